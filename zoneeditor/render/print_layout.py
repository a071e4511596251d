"""A print job: the pages of a version, the blocks of each sheet, and painting them.

``PrintJob`` makes each page's blocks (banner, title, legend, scale, changes, zone key,
identification, footer) from the project and the options; ``render.print_sheet`` places
them, and when they do not fit every font and symbol shrinks a step and the sheet is
placed again, so nothing ever overlaps.

The same code paints the dialog's live preview (a QImage at screen resolution), PNG files
(QImage at the chosen dpi) and vector PDF (QPdfWriter); only the device differs.

>>> # job = PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True))
>>> # job.write_pdf("out.pdf")
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage, QPaintDevice, QPainter, QPen

from zoneeditor import __version__
from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Project, Version
from zoneeditor.core.naming import embedded, label_name, sentence
from zoneeditor.core.viewport import Viewport
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import place_name, version_title
from zoneeditor.render.print_changes import ChangesBlock, paint_change_markers
from zoneeditor.render.print_graticule import Graticule, paint_graticule
from zoneeditor.render.print_legend import LegendBlock, legend_entries
from zoneeditor.render.print_map import (
    DiffSetup,
    PrintError,
    diff_setup,
    frame_viewport,
    no_version,
    paint_map,
    print_style,
    version_extent,
    zone_pages,
)
from zoneeditor.render.print_north import NorthScaleBlock
from zoneeditor.render.print_options import PrintOptions, attribution_text
from zoneeditor.render.print_scalebar import ScaleBar, ScaleBarBlock
from zoneeditor.render.print_sheet import (
    MAX_ATTEMPTS,
    SHRINK,
    Page,
    SheetLayout,
    arrange,
    base_font_scale,
)
from zoneeditor.render.print_text import sheet_direction
from zoneeditor.render.print_titleblock import (
    BannerBlock,
    FooterBlock,
    Identification,
    IdentificationBlock,
    TitleBlock,
)
from zoneeditor.render.print_zonetable import ZoneRow, ZoneTableBlock, zone_rows


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


#: Width of the line round the map frame (mm); half of it lies over the map, which the map's
#: names keep clear of (``MapStyle.edge_margin``).
FRAME_LINE_MM = 0.35


def frame_line_width(px_per_mm: float) -> float:
    """The map frame's line width in device pixels (never thinner than one pixel)."""
    return max(1.0, FRAME_LINE_MM * px_per_mm)


@dataclass
class PageResult:
    """What was painted on a page: the layout, the map's viewport, the bar and the grid."""

    layout: SheetLayout
    viewport: Viewport
    scalebar: ScaleBar | None
    graticule: Graticule | None


class PrintJob:
    """A version of a project printed with some options: one or more pages.

    Raises PrintError (a message for users) when the version or the compared version does
    not exist, or when the diff overlay is asked for and is not available.
    """

    def __init__(self, project: Project, version: str | Version, options: PrintOptions,
                 basemap=None, gazetteer=None, references=()) -> None:
        """``references``: reference layers drawn under the project, bottom to top
        (``render.reference_painter.RenderReference``); their attributions go in the footer."""
        self.project = project
        self.references = tuple(references)
        if isinstance(version, Version):
            self.version = version
        else:
            try:
                self.version = project.version(version)
            except KeyError:
                raise PrintError(no_version(project, version)) from None
        self.options = options
        if options.show_basemap and basemap is None:
            from zoneeditor.io.basemap import load_basemap

            basemap = load_basemap()
        if options.show_basemap and gazetteer is None:
            from zoneeditor.io.gazetteer import load_gazetteer

            gazetteer = load_gazetteer()
        self.basemap = basemap if options.show_basemap else None
        self.gazetteer = gazetteer if options.show_basemap else None
        self.digest = fingerprint(self.version)
        # the zone table's rows (geodesic areas) per page extent: a layout measures its
        # blocks on the PDF device and makes them again for the device it paints on
        self._zone_rows: dict[tuple[float, float, float, float] | None, list[ZoneRow]] = {}
        #: The direction of the sheet's own rows and sentences: that of the language its
        #: words are printed in (the installed interface language), fixed for the job.
        self.direction = sheet_direction()
        self.diff: DiffSetup | None = None
        if options.diff_against:  # computed once, and before any file is opened
            self.diff = diff_setup(project, self.version, options.diff_against, self.gazetteer)

    # -- content ------------------------------------------------------------------------------
    def pages(self) -> list[Page]:
        """The pages: one for the extent, or one per zone."""
        if self.options.per_zone:
            zones = zone_pages(self.version)
            if not zones:
                raise PrintError(Message("version %1 has no zones to print",
                                         repr(self.version.name)))
            return [Page(i + 1, len(zones), ext, name, fid)
                    for i, (name, ext, fid) in enumerate(zones)]
        extent = self.options.extent or version_extent(self.version)
        if extent is None:
            raise PrintError(Message("version %1 has nothing to print", repr(self.version.name)))
        return [Page(1, 1, extent)]

    def title(self) -> str:
        """The sheet title: the option, else the project title."""
        return self.options.title or self.project.meta.title

    def subtitle(self, page: Page) -> str:
        """The subtitle: the option, else what the sheet shows (version, comparison, zone)."""
        parts = [self.options.subtitle] if self.options.subtitle else [
            sentence(_tr("Version: %1"), version_title(self.version.name))
            + (sentence(_tr(" — changes against %1"), version_title(self.options.diff_against))
               if self.options.diff_against else "")]
        if page.zone:
            parts.append(sentence(_tr("Zone: %1 (page %2 of %3)"), self.zone_title(page),
                                  str(page.number), str(page.count)))
        return " — ".join(parts)

    def zone_title(self, page: Page) -> str:
        """The zone of a per-zone ``page`` named as the sheet's map labels it (the options'
        label language in the interface language, ``core.naming.label_name``): "Восточная
        Гута · الغوطة الشرقية" on a Russian sheet, whose subtitle said "Eastern Ghouta" under
        a map that did not. '' on a page of no zone."""
        if not page.zone:
            return ""
        feature = self.version.get(page.zone_id) if page.zone_id else None
        if feature is None:
            return page.zone
        return label_name(feature, self.options.labels, fallback=page.zone,
                          interface=current_language())

    def identification(self) -> Identification:
        """Version and fingerprint(s) for the identification block."""
        against = self.options.diff_against
        compared = None
        if against:
            compared = short(fingerprint(self.project.version(against)))
        # versions by their display names ("Agreed baseline"): the fingerprints identify them
        return Identification(version_title(self.version.name), self.digest, short(self.digest),
                              version_title(against) if against else against, compared)

    def footer_text(self, page: Page) -> str:
        """Attributions, projection and producer, plus the page number on multi-page jobs,
        in the interface language (the licensors' own credits as they wrote them)."""
        text = attribution_text(self.options.attribution)
        if self.references:  # each reference's licence or source, as its owner requires
            from zoneeditor.render.reference_painter import attributions

            text += " " + "; ".join(embedded(a) for a in attributions(self.references)) + "."
        text += " " + sentence(
            _tr("Projection: equirectangular on %1 (%2), scale true at the map centre."),
            "WGS 84", "EPSG:4326")
        text += " " + sentence(_tr("Made with zoneeditor %1."), __version__)
        if page.count > 1:
            text += " " + sentence(_tr("Page %1 of %2."), str(page.number), str(page.count))
        return text

    def place_label(self, name: str) -> str:
        """A town the diff names (in English) as the sheet prints it: in the interface
        language when the gazetteer has that name ("Mūrak" reads "مورك" in Arabic)."""
        town = self.gazetteer.by_name(name) if self.gazetteer is not None else None
        return place_name(town) if town is not None else name

    def zone_rows(self, page: Page) -> list[ZoneRow]:
        """The zone table's rows for ``page`` (its zones only on a per-zone page), computed
        once per extent."""
        extent = page.extent if page.zone else None
        if extent not in self._zone_rows:
            # named as the sheet's map labels them (its Scene's language: the interface's)
            self._zone_rows[extent] = zone_rows(self.project, self.version, extent,
                                                labels=self.options.labels,
                                                language=current_language())
        return self._zone_rows[extent]

    # -- layout -------------------------------------------------------------------------------
    def layout(self, device: QPaintDevice, page: Page) -> tuple[SheetLayout, dict]:
        """Compute the page layout for ``device``; shrinks type until everything fits.

        The sheet is laid out once, as on the PDF (text measured on a PDF device of
        ``PDF_RESOLUTION``), and scaled to ``device``: every device gets the same sheet.
        Laid out on the device itself, text measured in whole pixels of the print dialog's
        40 dpi preview gave the title and footer other heights, the map another frame and a
        fitted map another scale (1:1,940,000 in the preview, 1:1,930,000 on the PDF). The
        blocks are made for ``device`` and paint into the scaled places.
        """
        from zoneeditor.render.print_output import PDF_RESOLUTION, metrics_device

        reference = metrics_device()
        fs = base_font_scale(self.options)
        for _ in range(MAX_ATTEMPTS):
            result = self._try_layout(reference, page, fs)
            if result is not None:
                lay, blocks = result
                dpi = device.logicalDpiX()
                if dpi == reference.logicalDpiX():  # the PDF: the blocks are its own
                    return lay, blocks
                blocks = self._blocks(device, page, lay.font_scale, dpi / 25.4)
                return lay.scaled(dpi / PDF_RESOLUTION, blocks), blocks
            fs *= SHRINK
        raise PrintError(Message("the content does not fit on %1: choose a larger paper or a "
                                 "shorter title", self.options.paper))

    def _blocks(self, device: QPaintDevice, page: Page, fs: float, ppm: float) -> dict:
        opts = self.options
        style = print_style(device.logicalDpiX())
        diff = self.diff
        author = self.project.meta.author if opts.author is None else opts.author
        when = opts.date if opts.date is not None else _date.today().isoformat()
        direction = self.direction
        banner = opts.banner_text()
        blocks: dict = {
            "banner": BannerBlock(banner, fs) if banner.strip() else None,
            "title": TitleBlock(self.title(), self.subtitle(page), fs),
            "footer": FooterBlock(self.footer_text(page), fs, direction),
            "legend": LegendBlock(
                legend_entries(self.project, self.version,
                               baseline_shown=(not self.version.is_agreed and diff is None
                                               and opts.look.baseline_underlay),
                               diff_legend=diff.legend(style) if diff else (),
                               hidden_layers=opts.look.hidden_layers,
                               direction=direction, labels=opts.labels,
                               language=current_language()),
                style, fs, ppm, direction) if opts.show_legend else None,
            "scale": NorthScaleBlock(ScaleBarBlock(ppm, fs, direction), fs, ppm,
                                     opts.show_north_arrow),
            "changes": (ChangesBlock(diff.report, version_title(diff.against.name), fs,
                                     self.project.meta, direction, self.place_label)
                        if diff else None),
            "zones": ZoneTableBlock(self.zone_rows(page), fs, ppm,
                                    compact=not self._landscape(), direction=direction),
            "ident": IdentificationBlock(self.identification(), when, author, opts.show_qr,
                                         fs, ppm, direction),
        }
        return blocks

    def _landscape(self) -> bool:
        size = self.options.paper_size_mm()
        return size.width() >= size.height()

    def _try_layout(self, device: QPaintDevice, page: Page,
                    fs: float) -> tuple[SheetLayout, dict] | None:
        blocks = self._blocks(device, page, fs, device.logicalDpiX() / 25.4)
        lay = arrange(device, self.options, blocks, fs)
        return None if lay is None else (lay, blocks)

    # -- painting -----------------------------------------------------------------------------
    def paint_page(self, painter: QPainter, page: Page) -> PageResult:
        """Paint one whole page on ``painter`` (its device decides the resolution)."""
        device = painter.device()
        lay, blocks = self.layout(device, page)
        dpi = device.logicalDpiX()
        style = print_style(dpi)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(lay.page, QColor("#ffffff"))
        frame = lay.map_frame
        viewport = frame_viewport(frame, page.extent, self.options.scale, dpi)
        overlays = (self.diff.overlay(style),) if self.diff is not None else ()
        zones: ZoneTableBlock = blocks["zones"]
        label_rects = paint_map(painter, frame, viewport, self.project, self.version, style,
                                overlays, self.basemap, self.gazetteer, self.options.labels,
                                self.options.look, callouts=zones.numbers,
                                references=self.references)
        if self.diff is not None:
            painter.save()
            painter.setClipRect(frame)
            painter.translate(frame.topLeft())
            paint_change_markers(painter, viewport, self.diff.report, label_rects,
                                 lay.font_scale, lay.px_per_mm)
            painter.restore()
        grid = None
        if self.options.show_graticule:
            grid = paint_graticule(painter, frame, viewport, lay.font_scale, lay.px_per_mm)
        painter.setPen(QPen(QColor("#000000"), frame_line_width(lay.px_per_mm)))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRect(frame)
        scale_block: NorthScaleBlock = blocks["scale"]
        scale_block.scalebar.viewport = viewport
        for _, block, rect in lay.blocks:
            block.paint(painter, rect)
        painter.restore()
        return PageResult(lay, viewport, scale_block.scalebar.bar, grid)

    def render_image(self, page: Page, dpi: float) -> tuple[QImage, PageResult]:
        """The page as an RGB image at ``dpi`` (PNG export, dialog preview)."""
        from zoneeditor.render.print_output import render_image

        return render_image(self, page, dpi)

    def write_pdf(self, path: Path | str) -> list[PageResult]:
        """Write all pages to one vector PDF, atomically; WriteError when it cannot."""
        from zoneeditor.render.print_output import write_pdf

        return write_pdf(self, path)

    def write_png(self, path: Path | str) -> list[tuple[Path, PageResult]]:
        """Write each page as a PNG at the options' dpi, atomically (see print_output)."""
        from zoneeditor.render.print_output import write_png

        return write_png(self, path)
