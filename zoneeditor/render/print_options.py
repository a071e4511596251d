"""What a printed sheet shows: paper, extent or scale, titles, banner, overlays, output.

``PrintOptions`` is a plain frozen dataclass so the print dialog, the CLI and the tests build
the same thing and a sheet is reproducible from its options alone. Nothing here paints.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.file_names import file_slug
from zoneeditor.core.messages import Message
from zoneeditor.core.naming import sentence

if TYPE_CHECKING:
    from zoneeditor.render.scene import Scene

#: Paper sizes offered, by the name users type (``--paper A3``).
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1,
    "A0": QPageSize.PageSizeId.A0,
    "Letter": QPageSize.PageSizeId.Letter,
}

#: Fixed scales offered in the dialog (denominators); the CLI accepts any in SCALE_RANGE.
PRESET_SCALES = (50_000, 100_000, 200_000, 250_000, 500_000, 750_000, 1_000_000)
SCALE_RANGE = (5_000, 5_000_000)

#: What a sheet's map shows: the whole version (the default: no zone is ever cut off), the
#: window's current view, or a fixed scale around the version's centre.
MAP_AREAS = ("all", "view", "scale")
DEFAULT_MAP_AREA = "all"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: Map label languages: romanised names, or the local (Arabic) names.
LABEL_LANGUAGES = ("both", "en", "local")

#: The banner a sheet carries unless told otherwise. This English text also stands for "the
#: default banner": a sheet whose banner is exactly this prints it in the sheet's language
#: (``PrintOptions.banner_text``), so a dialog that offers it as editable text still gives
#: an Arabic sheet an Arabic banner.
DEFAULT_BANNER = "DRAFT — for discussion — without prejudice"
#: The base map's and the place names' credits, as their licensors ask for them: Natural
#: Earth's "Made with Natural Earth", GeoNames and its licence. These words stay as they are
#: in every language; what introduces them is translated (``attribution_text``).
BASEMAP_CREDIT = "Made with Natural Earth"
PLACES_CREDIT = "GeoNames"
PLACES_LICENCE = "CC BY 4.0"
DEFAULT_ATTRIBUTION = (
    f"Base map: {BASEMAP_CREDIT} (public domain). "
    f"Place names: {PLACES_CREDIT} ({PLACES_LICENCE})."
)


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


def default_banner() -> str:
    """The default banner in the interface language: what a print dialog should offer."""
    # the literal again (not the constant) so that lupdate collects it
    return _tr("DRAFT — for discussion — without prejudice")


def attribution_text(attribution: str) -> str:
    """The credit line a sheet prints for the ``attribution`` option: the default one with
    its lead-ins ("Base map:", "Place names:", "public domain") in the interface language
    and the licensors' own words unchanged; any other text as given."""
    if attribution != DEFAULT_ATTRIBUTION:
        return attribution
    return (sentence(_tr("Base map: %1 (public domain)."), BASEMAP_CREDIT) + " "
            + sentence(_tr("Place names: %1 (%2)."), PLACES_CREDIT, PLACES_LICENCE))


class OptionError(ZoneEditorError, ValueError):
    """A print option out of range, said as a Message (a ValueError, as callers expect)."""


def paper_name(name: str) -> str:
    """The canonical paper name for ``name`` (case-insensitive); ValueError if unknown."""
    for known in PAPERS:
        if known.casefold() == name.strip().casefold():
            return known
    raise OptionError(Message("unknown paper size %1 (choose from %2)", repr(name),
                              ", ".join(PAPERS)))


@dataclass(frozen=True)
class MapLook:
    """How the map layers look, as in the window: what is hidden, opacities, order.

    The print dialog copies it from the canvas's scene so the sheet shows what the delegate
    sees; the CLI sets ``hidden_layers`` from ``--hide``. ``layer_order`` is bottom to top
    (LayerKind values); None keeps the default order. ``opacity`` is (layer, 0..1) pairs.
    """

    hidden_layers: frozenset[str] = frozenset()
    opacity: tuple[tuple[str, float], ...] = ()
    layer_order: tuple[str, ...] | None = None
    show_towns: bool = True
    baseline_underlay: bool = True

    @classmethod
    def from_scene(cls, scene: Scene) -> MapLook:
        """The look of a ``render.scene.Scene`` (e.g. ``window.canvas.scene()``)."""
        return cls(hidden_layers=frozenset(scene.hidden_layers),
                   opacity=tuple(sorted((str(k), float(v)) for k, v in scene.opacity.items())),
                   layer_order=tuple(k.value for k in scene.layer_order),
                   show_towns=bool(scene.show_towns),
                   baseline_underlay=bool(scene.baseline_underlay))


@dataclass(frozen=True)
class PrintOptions:
    """Everything that decides what one printed sheet (or set of sheets) looks like.

    ``extent`` is a lon/lat box (west, south, east, north) to show; None means the version's
    features (with a margin). ``scale`` fixes the scale (denominator, 1:``scale``) around the
    centre of the extent; None fits the extent to the map frame. ``title`` None uses the
    project's title; ``date`` None prints today's date; ``author`` None the project's author.
    ``diff_against`` names the version whose differences are overlaid. ``per_zone`` makes one
    page per zone, each zoomed to that zone. ``dpi`` applies to PNG output only (PDF is vector).
    ``labels`` is "both" (name and local-script name side by side, the default), "en"
    (romanised names only) or "local" (Arabic / local names only).
    """

    paper: str = "A4"
    landscape: bool = False
    title: str | None = None
    subtitle: str = ""
    banner: str = DEFAULT_BANNER
    author: str | None = None
    date: str | None = None
    extent: tuple[float, float, float, float] | None = None
    scale: int | None = None
    diff_against: str | None = None
    per_zone: bool = False
    show_qr: bool = True
    show_graticule: bool = True
    show_legend: bool = True
    show_north_arrow: bool = True
    show_basemap: bool = True
    labels: str = "both"
    look: MapLook = MapLook()
    attribution: str = DEFAULT_ATTRIBUTION
    dpi: int = 150
    margin_mm: float = 10.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", paper_name(self.paper))
        if self.scale is not None:
            lo, hi = SCALE_RANGE
            if not lo <= int(self.scale) <= hi:
                raise OptionError(Message("scale 1:%1 is outside 1:%2 … 1:%3",
                                          f"{self.scale:,}", f"{lo:,}", f"{hi:,}"))
            object.__setattr__(self, "scale", int(self.scale))
        if self.labels not in LABEL_LANGUAGES:
            raise OptionError(Message("labels %1: choose %2", repr(self.labels),
                                      " or ".join(LABEL_LANGUAGES)))
        if not 30 <= self.dpi <= 1200:
            raise OptionError(Message("dpi %1 is outside 30 … 1200", self.dpi))
        if self.extent is not None:
            w, s, e, n = self.extent
            if not (w < e and s < n and w >= -180 and e <= 180 and s >= -90 and n <= 90):
                raise OptionError(Message("extent %1 is not a west, south, east, north box",
                                          self.extent))

    def banner_text(self) -> str:
        """The banner as printed: the default one (``DEFAULT_BANNER``) in the interface
        language, any other text as typed ('' for none)."""
        return default_banner() if self.banner == DEFAULT_BANNER else self.banner

    def with_(self, **changes) -> PrintOptions:
        """A copy with some options changed (validated again)."""
        return replace(self, **changes)

    def page_layout(self) -> QPageLayout:
        """The Qt page layout: paper size and orientation, no printer margins (we draw them)."""
        orientation = (QPageLayout.Orientation.Landscape if self.landscape
                       else QPageLayout.Orientation.Portrait)

        return QPageLayout(QPageSize(PAPERS[self.paper]), orientation, QMarginsF(0, 0, 0, 0),
                           QPageLayout.Unit.Millimeter)

    def paper_size_mm(self) -> QSizeF:
        """Width and height of the sheet in millimetres, orientation applied."""
        size = QPageSize(PAPERS[self.paper]).size(QPageSize.Unit.Millimeter)
        w, h = size.width(), size.height()
        if self.landscape:
            w, h = max(w, h), min(w, h)
        else:
            w, h = min(w, h), max(w, h)
        return QSizeF(w, h)


def map_area_extent(area: str, view_extent: tuple[float, float, float, float] | None
                    ) -> tuple[float, float, float, float] | None:
    """The ``PrintOptions.extent`` for a map area choice: the view's box for "view" (when
    known), else None, which prints the whole version (and, with a scale, its centre)."""
    if area not in MAP_AREAS:
        raise OptionError(Message("map area %1: choose %2", repr(area), ", ".join(MAP_AREAS)))
    return view_extent if area == "view" else None


def suggested_file_name(project: str, version: str, options: PrintOptions,
                        suffix: str = ".pdf") -> str:
    """A file name for the sheet that says what it shows, for the save dialog to offer:
    ``syria-deescalation-proposal_b-vs-agreed-per-zone-2025-03-14.pdf``.

    ``project`` is the project file's stem (or its title); the date is the sheet's. Names
    keep their own script (``core.file_names.file_slug``): "Предложение Д" gives
    ``…-предложение_д-2026-12-02.pdf``.
    """
    parts = [file_slug(project, 40, joiner="-") or "map", file_slug(version, 30) or "version"]
    if options.diff_against:
        parts.append("vs-" + (file_slug(options.diff_against, 30) or "version"))
    if options.per_zone:
        parts.append("per-zone")
    parts.append(options.date if options.date and _DATE.match(options.date)
                 else _dt.date.today().isoformat())
    return "-".join(parts) + suffix

