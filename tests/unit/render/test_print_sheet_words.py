"""A sheet's own words go through Qt's translation; its legend draws each point kind with
the map's symbol in every language; a right-to-left sheet mirrors its legend rows.

A translator that marks every string it is asked for («…») shows what went through
translation without depending on the .qm files (the translation pass fills those).
"""

from __future__ import annotations

import re
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from support.printing import reading_text

from zoneeditor import i18n
from zoneeditor.core.model import LayerKind
from zoneeditor.core.naming import strip_bidi
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_changes import change_lines
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_legend import LegendBlock, legend_entries, listed
from zoneeditor.render.print_options import DEFAULT_BANNER, PrintOptions, default_banner
from zoneeditor.render.print_text import area_text, leading_split, length_text
from zoneeditor.render.style import MapStyle

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
#: The point kinds of the sample, each with its own symbol on the map.
KINDS = ("checkpoint", "monitoring centre", "observation post")


#: The sheet's context and those of the data values it shows (kinds, statuses, versions).
CONTEXTS = ("PrintLayout", "FeatureKind", "FeatureStatus", "DataValues")


class Marking(QTranslator):
    """Marks every string of the sheet's contexts: «source» (counts filled in)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in CONTEXTS or not source:
            return None
        return "«" + (source.replace("%n", str(n)) if n >= 0 else source) + "»"


@pytest.fixture
def marking(qapp):
    translator = Marking()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


def _marked(text: str) -> bool:
    return "«" in text and "»" in text


def test_the_legend_words_go_through_translation(marking, project):
    entries = legend_entries(project, project.version("Proposal B"), baseline_shown=True)
    parties = {p.name for p in project.meta.parties}
    for entry in entries:
        if entry.symbol == "zone" and entry.label in parties:
            continue  # a party's names are data
        assert _marked(entry.text), entry
    texts = [strip_bidi(e.text) for e in entries]
    for words in ("agreed (solid outline)", "proposed (dashed outline)",
                  "line of contact, agreed", "line of contact, proposed", "Lines and points"):
        assert f"«{words}»" in texts, (words, texts)


def test_the_banner_footnote_credits_and_units_go_through_translation(marking, project):
    assert PrintOptions().banner_text() == f"«{DEFAULT_BANNER}»" == default_banner()
    assert PrintOptions(banner="DRAFT — not for distribution").banner_text() == \
        "DRAFT — not for distribution"  # a typed banner is printed as typed
    job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False))
    footer = strip_bidi(job.footer_text(job.pages()[0]))
    # the lead-ins are translated, the licensors' own words are not
    assert "«Base map: Made with Natural Earth (public domain).»" in footer
    assert "«Place names: GeoNames (CC BY 4.0).»" in footer
    assert "«Projection: equirectangular on WGS 84 (EPSG:4326)" in footer
    assert re.search(r"«Made with zoneeditor [\d.]+\.»", footer)
    assert strip_bidi(area_text(6951.2)) == "6,951\xa0«km²»"
    assert strip_bidi(length_text(100)) == "100\xa0«km»"
    assert strip_bidi(length_text(0.5)) == "500\xa0«m»"


def test_the_changes_block_goes_through_translation(marking, project):
    from zoneeditor.core.diff import diff_versions

    rows = change_lines(diff_versions(project.agreed, project.version("Proposal B")),
                        project.meta)
    assert len(rows) > 4
    for row in rows:
        assert _marked(row.text), row.text


def test_the_whole_sheet_has_no_unmarked_sheet_words(marking, project, tmp_path):
    """The words the tester found English on the Arabic and Russian sheets, read from the
    PDF: each occurrence is inside a marked (translated) string."""
    pdf = tmp_path / "marked.pdf"
    PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True,
                                                 show_basemap=False)).write_pdf(pdf)
    text = reading_text(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, encoding="utf-8", check=True).stdout)
    for words in ("agreed (solid outline)", "proposed (dashed outline)", "line of contact",
                  "Two sheets show the same content", "The QR code holds", "Base map:",
                  "Place names:", "DRAFT — for discussion", "Projection:", "Legend",
                  "Fingerprint"):
        assert text.count(words) >= 1, words
        assert text.count(words) == text.count("«" + words), words
    assert text.count("km2") == text.count("«km2»") > 0  # NFKC: ² reads 2
    assert re.search(r"100 «km»", text)


def test_lists_use_the_translated_separator(qapp):
    class ArabicComma(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "%1، %2" if (context, source) == ("PrintLayout", "%1, %2") else None

    assert strip_bidi(listed(["a", "b", "c"])) == "a, b, c"
    comma = ArabicComma()
    qapp.installTranslator(comma)
    try:
        assert strip_bidi(listed(["عازلة", "سيطرة", "خفض التصعيد"])) == \
            "عازلة، سيطرة، خفض التصعيد"
    finally:
        qapp.removeTranslator(comma)


@pytest.fixture
def languages(qapp):
    """Installs each interface language in turn, English again at the end."""
    def use(lang: str) -> None:
        assert i18n.install(qapp, lang) == lang
    yield use
    i18n.install(qapp, "en")


def _symbols(project, direction=LTR) -> dict[str, list[tuple[float, float]]]:
    """The outline of each point kind's legend symbol, by stored kind."""
    entries = legend_entries(project, project.version("Proposal B"), baseline_shown=False,
                             direction=direction)
    block = LegendBlock(entries, MapStyle(), 1.0, 4.0, direction)
    rect = QRectF(0, 0, 32, 16)
    return {e.kind: [(p.x(), p.y()) for p in block.symbol_path(e, rect).toFillPolygon()]
            for e in entries if e.symbol == "point"}


def test_the_legend_draws_each_kind_with_the_maps_symbol_in_every_language(languages,
                                                                          project):
    style = MapStyle()
    radius = style.px(style.point_radius)
    on_map = {kind: [(p.x(), p.y()) for p in
                     MapPainter(style)._symbol(kind, QPointF(16, 8), radius).toFillPolygon()]
              for kind in KINDS}
    assert len({tuple(shape) for shape in on_map.values()}) == 3  # three different shapes
    kinds = {str(f.attributes.get("kind")) for f in project.version("Proposal B")
             if f.layer == LayerKind.POINTS}
    assert set(KINDS) <= kinds
    for lang in ("en", "ar", "ru"):
        languages(lang)
        shapes = _symbols(project, (i18n.current_language() == "ar" and RTL) or LTR)
        assert {k: shapes[k] for k in KINDS} == on_map, lang


def _ink_columns(image: QImage, top: float, bottom: float) -> np.ndarray:
    """x of every column holding a dark or coloured pixel between ``top`` and ``bottom``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                             image.bytesPerLine())
    rgb = raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)
    band = rgb[int(top) + 1:int(bottom) - 1]
    return np.nonzero((band < 200).any(axis=2).any(axis=0))[0]


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_a_legend_row_sets_its_symbol_beside_its_text(qapp, project, direction):
    entries = [e for e in legend_entries(project, project.version("Proposal B"),
                                         baseline_shown=False, direction=direction)
               if e.symbol == "point"]
    block = LegendBlock(entries, MapStyle(), 1.0, 4.0, direction)
    width = 400.0
    image = QImage(int(width), 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    height = block.height(image, width)
    block.paint(painter, QRectF(0, 0, width, height))
    painter.end()
    title = block.height(image, width) - sum(block._row_height(e, image, width)
                                             for e in entries)
    y = title
    for entry in entries:
        row_h = block._row_height(entry, image, width)
        strip, text_rect = leading_split(QRectF(0, y, width, row_h), block.symbol_w,
                                         block.gap, direction)
        ink = _ink_columns(image, y, y + row_h)
        symbol = ink[(ink >= strip.left()) & (ink <= strip.right())]
        words = ink[(ink >= text_rect.left()) & (ink <= text_rect.right())]
        assert symbol.size and words.size, entry
        # the text starts at the symbol, a gap away, not at the far side of the column
        if direction == RTL:
            assert strip.left() - words.max() < block.gap * 2.5, entry
            assert words.min() > width / 3, entry
        else:
            assert words.min() - strip.right() < block.gap * 2.5, entry
        y += row_h


def test_a_right_to_left_sheet_mirrors_its_legend_and_lists_local_names_first(languages,
                                                                           project):
    languages("ar")
    job = PrintJob(project, "Proposal B", PrintOptions(show_basemap=False))
    assert job.direction == RTL
    entries = legend_entries(project, project.version("Proposal B"), baseline_shown=False,
                             direction=job.direction)
    government = next(e for e in entries if e.label == "Government")
    assert strip_bidi(government.text).startswith("الحكومة")
    languages("en")
    assert QCoreApplication.translate("PrintLayout", "Legend") == "Legend"


def test_zones_and_lines_without_a_status_are_never_called_agreed(qapp, project):
    """A party's file without a status column printed "Zones: agreed (solid outline)" on a
    sheet of that party's proposal (a tester's finding); a status of its own is named."""
    version = project.version("Proposal B").copy()
    for fid, f in list(version.features.items()):
        if f.layer == LayerKind.ZONES:
            version.features[fid] = f.with_attributes(status="" if fid < "zone-n" else "draft")
        elif f.layer == LayerKind.LINES:
            version.features[fid] = f.with_attributes(status="")
    texts = [strip_bidi(e.text) for e in legend_entries(project, version,
                                                        baseline_shown=False)]
    assert "no status given (solid outline)" in texts
    assert "draft (solid outline)" in texts
    assert "line of contact, no status given" in texts
    assert not any("agreed" in t for t in texts), texts
