"""The sheet layout in process: nothing overlaps on any paper, the scale bar is geodesic.

These drive ``render.print_layout`` directly (offscreen Qt, no subprocess) so every paper
size and orientation can be checked quickly; ``test_print_cli`` checks the files a user
gets.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from zoneeditor.core.geodesy import distance_km
from zoneeditor.core.model import LayerKind
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.print_graticule import format_dm, pick_interval, ticks
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_map import PrintError
from zoneeditor.render.print_options import PAPERS, PrintOptions
from zoneeditor.render.print_qr import qr_matrix
from zoneeditor.render.print_scalebar import format_scale, nice_floor
from zoneeditor.render.print_sheet import page_size_points


@pytest.fixture
def app(qapp):
    """pytest-qt's application: one per session, shared with the GUI tests (a plain
    QGuiApplication here would make any later widget abort)."""
    return qapp


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (inner.left() >= outer.left() - 0.5 and inner.top() >= outer.top() - 0.5
            and inner.right() <= outer.right() + 0.5 and inner.bottom() <= outer.bottom() + 0.5)


@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("paper", list(PAPERS))
def test_nothing_overlaps_on_any_paper(app, project, paper, landscape):
    options = PrintOptions(paper=paper, landscape=landscape, show_basemap=False,
                           date="2026-05-04", diff_against=None)
    job = PrintJob(project, "Proposal B", options)
    _, result = job.render_image(job.pages()[0], 30)
    lay = result.layout
    assert lay.overlaps() == []
    page = lay.page
    for name, rect in lay.all_rects():
        assert _inside(rect, page), name
    margin = options.margin_mm * lay.px_per_mm
    for name, rect in lay.all_rects():
        assert rect.left() >= margin - 0.5 and rect.right() <= page.width() - margin + 0.5, name
    names = {n for n, _ in lay.all_rects()}
    assert {"banner", "title", "legend", "scale", "zones", "ident", "footer", "map"} <= names
    # the map keeps most of the sheet
    assert lay.map_frame.width() * lay.map_frame.height() > 0.3 * page.width() * page.height()


def test_a_very_long_title_wraps_and_still_nothing_overlaps(app, project):
    title = "Proposed adjustments to the lines of contact and buffer zones " * 4
    job = PrintJob(project, "Proposal B", PrintOptions(paper="A4", landscape=True,
                                                       title=title, show_basemap=False))
    _, result = job.render_image(job.pages()[0], 30)
    assert result.layout.overlaps() == []
    title_rect = next(r for n, _, r in result.layout.blocks if n == "title")
    assert title_rect.height() > 2 * 17 / 72 * 30  # wrapped on more than two lines


def test_scale_bar_length_is_the_geodesic_length_at_the_centre(app, project):
    job = PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True,
                                                       show_basemap=False))
    _, result = job.render_image(job.pages()[0], 100)
    bar, vp = result.scalebar, result.viewport
    _, lat_c = vp.to_map(vp.width / 2, vp.height / 2)
    lon_a, _ = vp.to_map(vp.width / 2 - bar.length_px / 2, vp.height / 2)
    lon_b, _ = vp.to_map(vp.width / 2 + bar.length_px / 2, vp.height / 2)
    assert distance_km(lon_a, lat_c, lon_b, lat_c) == pytest.approx(bar.km, rel=1e-3)
    assert bar.km == nice_floor(bar.km)  # a round number
    # the statement's denominator: ground per paper length at 100 dpi
    paper_m = bar.length_px / 100 * 0.0254
    assert bar.denominator == pytest.approx(bar.km * 1000 / paper_m, rel=1e-6)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("dpi", [30, 40, 96])
def test_the_preview_shows_the_scale_the_pdf_prints(app, project, tmp_path, lang, dpi):
    """The print dialog's preview (an image at its own few dpi) and the PDF are one sheet:
    the same layout, the same map frame, the same scale (a new user saw 1:1,940,000 in the
    Arabic preview of Proposal B and 1:1,930,000 on its PDF)."""
    from zoneeditor import i18n

    if lang != "en":
        assert i18n.install(app, lang) == lang
    try:
        job = PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True,
                                                           show_basemap=False,
                                                           date="2026-05-04"))
        page = job.pages()[0]
        _, shown = job.render_image(page, dpi)
        (printed,) = job.write_pdf(tmp_path / "sheet.pdf")
    finally:
        i18n.install(app, "en")
    assert format_scale(shown.scalebar.denominator) == format_scale(printed.scalebar.denominator)
    assert shown.scalebar.denominator == pytest.approx(printed.scalebar.denominator, rel=1e-9)
    factor = dpi / printed.layout.px_per_mm / 25.4
    frame = printed.layout.map_frame
    assert shown.layout.map_frame.width() == pytest.approx(frame.width() * factor)
    assert shown.layout.map_frame.height() == pytest.approx(frame.height() * factor)


@pytest.mark.parametrize("scale", [50_000, 250_000, 1_000_000])
def test_fixed_scale_is_honoured_at_the_centre(app, project, scale):
    job = PrintJob(project, "agreed", PrintOptions(paper="A4", scale=scale,
                                                   show_basemap=False))
    _, result = job.render_image(job.pages()[0], 96)
    assert result.scalebar.denominator == pytest.approx(scale, rel=0.005)
    assert format_scale(result.scalebar.denominator) == f"1:{scale:,}"


def test_per_zone_pages_zoom_to_each_zone(app, project):
    job = PrintJob(project, "agreed", PrintOptions(per_zone=True, show_basemap=False))
    pages = job.pages()
    assert [p.zone for p in pages] == [f.label for f in project.agreed.layer("zones")]
    _, result = job.render_image(pages[3], 40)  # Eastern Ghouta, about 15 km across
    w, s, e, n = result.viewport.bounds
    ghouta = project.agreed.get("zone-ghouta").geometry.bounds
    assert w <= ghouta[0] and s <= ghouta[1] and e >= ghouta[2] and n >= ghouta[3]
    assert (e - w) < 1.0  # zoomed in, not the whole country


def test_page_sizes_in_points(app):
    assert page_size_points(PrintOptions(paper="A3", landscape=True)) == pytest.approx(
        (1190.55, 841.89), abs=0.5)
    assert page_size_points(PrintOptions(paper="Letter")) == pytest.approx((612, 792),
                                                                           abs=0.5)


def test_errors_are_messages(app, project):
    with pytest.raises(PrintError, match="no version 'Nope'"):
        PrintJob(project, "Nope", PrintOptions())
    with pytest.raises(PrintError, match="cannot compare"):
        PrintJob(project, "agreed", PrintOptions(diff_against="Nope"))
    with pytest.raises(ValueError, match="unknown paper size"):
        PrintOptions(paper="B4")
    with pytest.raises(ValueError, match="outside"):
        PrintOptions(scale=100)


def test_graticule_and_scale_rounding():
    assert [nice_floor(v) for v in (7.3, 19.99, 0.31, 100.0)] == [5.0, 10.0, 0.2, 100.0]
    assert pick_interval(3.6, 6) == 0.5 and pick_interval(0.2, 6) == pytest.approx(1 / 30)
    assert format_dm(35.5, "N", "S") == "35°30′N" and format_dm(36.0, "E", "W") == "36°E"
    assert format_dm(-0.25, "N", "S") == "0°15′S"
    assert ticks(35.8, 37.1, 0.5) == [36.0, 36.5, 37.0]
    assert format_scale(1897145.6) == "1:1,900,000"


def test_qr_matrix_encodes_the_full_fingerprint():
    digest = "a" * 64
    matrix = qr_matrix(digest)
    assert len(matrix) == len(matrix[0]) >= 29  # 64 characters need version 3 or more
    assert matrix[0][:7] == [True] * 7  # finder pattern


def test_local_labels_change_the_map_not_the_layout(app, project):
    images = {}
    for labels in ("en", "local"):
        job = PrintJob(project, "agreed", PrintOptions(paper="A4", landscape=True,
                                                       labels=labels, show_basemap=False,
                                                       date="2026-05-04"))
        images[labels], result = job.render_image(job.pages()[0], 40)
        frame = result.layout.map_frame.toRect()
    assert images["en"].copy(frame) != images["local"].copy(frame)
    # outside the map frame (panel, titles) the two sheets are identical
    outside = images["en"].copy(0, 0, frame.left() - 40, images["en"].height())
    assert outside == images["local"].copy(0, 0, frame.left() - 40, images["en"].height())
    with pytest.raises(ValueError, match="labels"):
        PrintOptions(labels="fr")


def test_changes_block_states_the_diff_engines_figures(project):
    from zoneeditor.core.diff import diff_versions
    from zoneeditor.core.naming import strip_bidi
    from zoneeditor.render.print_changes import ChangeRow, change_lines

    report = diff_versions(project.agreed, project.version("Proposal B"))
    # as a reader sees them: without the invisible isolates around names and figures, a
    # no-break space between a figure and its unit read as a space
    lines = change_lines(report)
    rows = [" ".join(strip_bidi(row.text).split()) for row in lines]
    assert rows[0].startswith(f"{len([f for f in report.changed if f.change.value == 'modified'])}"
                              " modified")
    gov = next(p for p in report.parties if p.name == "Government")
    assert gov.net_km2 > 0  # Proposal B moves the Idlib edge north: Hama gains
    line = next(r for r in rows if r.startswith("Government:"))
    assert f"+{gov.net_km2:,.1f} km²" in line
    # the pieces are listed by letter (the zone key has the numbers), each row the Changes
    # panel's sentence after its lettered square (no gazetteer here: "at 35.380°N …")
    pieces = [(row.mark, " ".join(strip_bidi(row.text).split())) for row in lines if row.mark]
    assert [mark for mark, _ in pieces] == ["A", "B"]
    assert pieces[0][1].startswith("275.2 km² at ")
    assert pieces[0][1].endswith(" passes from Opposition to Government")
    assert pieces[1][1].startswith("57.2 km² at ")
    assert pieces[1][1].endswith(" passes from Opposition to no party")
    assert "Land changing hands (letters as on the map)" in rows
    same = change_lines(diff_versions(project.agreed, project.agreed))
    assert ChangeRow("The two versions hold the same map content.") in same


@pytest.mark.parametrize("handed_over", [6, 7])
def test_the_changes_block_names_every_piece_when_one_would_be_summed_up(handed_over):
    # A delegate read "and 1 smaller piece, 57.2 km²": who gave it, who took it? One piece
    # left over is listed like the others; two or more are still summed up.
    from shapely import box

    from zoneeditor.core.diff import diff_versions
    from zoneeditor.core.model import Feature, Version
    from zoneeditor.core.naming import strip_bidi
    from zoneeditor.render.print_changes import change_lines

    zones = [Feature(f"z{k}", "zones", box(36 + k, 34, 36.5 + k, 34.1 + 0.05 * k),
                     {"name": f"Zone {k}", "party": "A"}) for k in range(handed_over)]
    old = Version("agreed", {z.id: z for z in zones})
    new = Version("P", {z.id: z.with_attributes(party="B") for z in zones})
    lines = change_lines(diff_versions(old, new))
    rows = [" ".join(strip_bidi(row.text).split()) for row in lines]
    listed = [row.mark for row in lines
              if row.mark and "passes from A to B" in strip_bidi(row.text)]
    if handed_over == 6:
        assert listed == list("ABCDEF") and not any("smaller piece" in r for r in rows)
    else:
        assert listed == list("ABCDE")
        assert any(r.startswith("and 2 smaller pieces,") for r in rows)


def test_change_markers_avoid_the_map_labels(app, project):
    job = PrintJob(project, "Proposal B", PrintOptions(paper="A3", landscape=True,
                                                       diff_against="agreed",
                                                       show_basemap=False))
    page = job.pages()[0]
    from PySide6.QtGui import QImage, QPainter

    from zoneeditor.render.print_changes import listed_pieces, paint_change_markers
    from zoneeditor.render.print_map import frame_viewport, paint_map, print_style

    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(100 / 0.0254))
    image.setDotsPerMeterY(round(100 / 0.0254))
    painter = QPainter(image)
    frame = QRectF(0, 0, 1600, 1200)
    viewport = frame_viewport(frame, page.extent, None, 100)
    style = print_style(100)
    overlay = job.diff.overlay(style)
    labels = paint_map(painter, frame, viewport, project, job.version, style, (overlay,))
    markers = paint_change_markers(painter, viewport, job.diff.report, labels, 1.0, 100 / 25.4)
    painter.end()
    assert labels and len(markers) == min(5, len(listed_pieces(job.diff.report)))
    # the overlay's own labels are among them: marker (1) covered the "10.1 km" of the
    # largest shift on an A3 comparison sheet
    assert overlay.placed and all(r in labels for r in overlay.placed)
    for m in markers:
        assert not any(m.intersects(r) for r in labels)
    # the point symbols are among what the markers keep off (a marker covered an
    # observation post's symbol on a comparison sheet)
    frame_box = QRectF(0, 0, viewport.width, viewport.height)
    for f in job.version.layer(LayerKind.POINTS):
        spot = QPointF(*viewport.to_screen(f.geometry.x, f.geometry.y))
        if frame_box.contains(spot):
            assert any(r.contains(spot) and r.width() < 40 for r in labels), f.id
            assert not any(m.contains(spot) for m in markers), f.id
    for i, a in enumerate(markers):
        assert not any(a.intersects(b) for b in markers[i + 1:])
