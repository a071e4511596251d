"""The towns a comparison's report names are named on its map. The Changes summary says
"275.2 km² near Mūrak passes from Opposition to Government", and staff look for Mūrak on
the map: with the comparison shown, neither Mūrak nor An Nashābīyah was labelled at any
zoom, in the window or on paper (each sits next to the changed land, and a town's name
keeps off it). They are named first now, further from their dot with a leader if need be,
still clear of the changed land."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QImage, QPainter
from support.changed_land import hatched, lonlat_box

from zoneeditor.core.naming import strip_bidi
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl
from zoneeditor.render.map_names import MapNames, place_label
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions
from zoneeditor.render.style import MapStyle
from zoneeditor.render.town_spots import Spot, named_towns, town_spots

MOREK = (36.40, 35.20, 36.95, 35.56)
EASTERN_GHOUTA = (36.22, 33.42, 36.58, 33.66)
WIDE = (35.0, 32.0, 39.0, 37.0)


def _name_rect(canvas, town):
    """The rectangle the window's map gave ``town``'s name, or None when it is unnamed."""
    painter, scene, view = canvas.painter, canvas.scene(), canvas.viewport
    font = label_font(painter.style.town_font_pt * painter.style.scale)
    taken = {(round(r.x(), 2), round(r.y(), 2), round(r.width(), 2), round(r.height(), 2))
             for r in canvas.images.names_rects}
    name = place_label(town, scene)
    dot = QPointF(*view.to_screen(town.lon, town.lat))
    size = painter.text.rect_at(name, font, QPointF(0, 0))
    for spot in town_spots(dot, painter.style.px(2.0), size, is_rtl(name)):
        rect = painter.text.rect_at(name, font, spot.centre)
        if (round(rect.x(), 2), round(rect.y(), 2), round(rect.width(), 2),
                round(rect.height(), 2)) in taken:
            return rect
    return None


@pytest.mark.parametrize("where, town", [(MOREK, "Mūrak"), (EASTERN_GHOUTA, "An Nashābīyah"),
                                         (WIDE, "Mūrak")])
def test_the_window_names_the_towns_its_comparison_names(editor, where, town):
    drive = editor.map
    drive.version("Proposal B")
    panel = editor.addons.changes
    panel.set_versions("agreed", "Proposal B")
    report = panel.wait()
    assert report is not None
    # the sentence that sends the reader there
    assert f"near {town}" in strip_bidi(panel.summary_label.text())
    canvas = editor.canvas
    gazetteer = canvas.scene().gazetteer
    places = [*report.regions, *(p for t in report.transfers for p in t.pieces)]
    (found,) = [t for t in named_towns(places, gazetteer) if t.name == town]

    drive.show(*where)
    editor.findChild(QAction, "action_show_diff").setChecked(True)
    canvas.grab()
    rect = _name_rect(canvas, found)
    assert rect is not None, f"{town} is not named on the map"
    view = canvas.viewport
    over = [a for a in hatched(report) if a.intersects(lonlat_box(rect, view))]
    assert not over, f"{town}'s name lies over the land that changed"


def test_spots_start_beside_the_dot_on_the_reading_side_then_go_further_with_a_leader():
    size = TextPainter().rect_at("Mūrak", label_font(9), QPointF(0, 0))
    dot = QPointF(100, 100)
    ltr = town_spots(dot, 2.0, size, rtl=False)
    rtl = town_spots(dot, 2.0, size, rtl=True)
    assert ltr[0].centre.x() > dot.x() and ltr[1].centre.x() < dot.x()  # right, then left
    assert rtl[0].centre.x() < dot.x() and rtl[1].centre.x() > dot.x()
    assert ltr[0].centre.y() == dot.y() and not ltr[0].leader
    beside = [s for s in ltr if not s.leader]
    assert len(beside) == 8  # both sides, above, below, four diagonals
    far = [s for s in ltr if s.leader]
    assert far and all(_off(s, dot) > max(_off(b, dot) for b in beside) - 1e-9
                       for s in far[-8:])
    for spot in ltr:  # no spot puts the name over its own dot
        rect = size.translated(spot.centre - size.center())
        assert not rect.contains(dot)


def _off(spot: Spot, dot: QPointF) -> float:
    return ((spot.centre.x() - dot.x()) ** 2 + (spot.centre.y() - dot.y()) ** 2) ** 0.5


def test_the_towns_named_are_those_of_the_report_each_once_largest_change_first():
    gazetteer = load_gazetteer()
    from zoneeditor.core.diff import diff_versions

    project = read_project(sample_path())
    report = diff_versions(project.version("agreed"), project.version("Proposal B"),
                           gazetteer)
    places = [*report.regions, *(p for t in report.transfers for p in t.pieces)]
    towns = named_towns(places, gazetteer)
    names = [t.name for t in towns]
    assert len(names) == len(set(map(id, towns)))
    assert {p.near for p in places if p.near} == set(names)
    assert names[0] == "Mūrak"  # the 275 km² that pass near it are the largest change


def test_the_printed_comparison_names_the_towns_of_its_changes(qapp, monkeypatch):
    """The sheet goes through the same placement: the towns its changes are near are
    named on its map."""
    drawn: list = []
    first = MapNames._paint_first_towns

    def spy(self, painter, viewport, scene, space, keep_off, towns):
        named = first(self, painter, viewport, scene, space, keep_off, towns)
        drawn.append((viewport, [t.name for t in towns], named,
                      [t.name for t in towns if id(t) in named]))
        return named

    monkeypatch.setattr(MapNames, "_paint_first_towns", spy)
    project = read_project(sample_path())
    job = PrintJob(project, "Proposal B", PrintOptions(
        paper="A3", landscape=True, diff_against="agreed", date="2026-01-01"))
    job.render_image(job.pages()[0], 100)
    ((_view, asked, _ids, named),) = drawn
    assert job.diff is not None
    assert asked[0] == "Mūrak" and "An Nashābīyah" in asked  # the report's towns, in order
    assert {"Mūrak", "An Nashābīyah"} <= set(named)


def test_a_named_town_with_no_clear_spot_is_still_named(qapp):
    """Where every spot around the dot would cover a change, the town is named anyway (at
    its first free spot): the report sends the reader to it."""
    import shapely

    from zoneeditor.core.viewport import Viewport
    from zoneeditor.render.label_spots import AreaCover
    from zoneeditor.render.map_painter import MapPainter
    from zoneeditor.render.scene import Scene

    gazetteer = load_gazetteer()
    town = gazetteer.by_name("Mūrak")
    assert town is not None
    view = Viewport.fit((town.lon - 0.2, town.lat - 0.15, town.lon + 0.2, town.lat + 0.15),
                        600, 450)
    project = read_project(sample_path())
    scene = Scene(project=project, version="Proposal B", gazetteer=gazetteer,
                  label_language="en")
    everywhere = AreaCover([shapely.box(*view.bounds)])
    image = QImage(600, 450, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        named = MapPainter(MapStyle())._paint_first_towns(
            painter, view, scene, LabelSpace(), everywhere, [town])
    finally:
        painter.end()
    assert named == {id(town)}
