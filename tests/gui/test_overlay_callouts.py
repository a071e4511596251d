"""The changes overlay's labels follow the map's collision rules: at the sample's Idlib/Hama
change (where the outside tester saw "−275.2 km²", "+275.2 km²", "10.1 km" and "Observation
post Morek" printed on top of each other) no label covers another, a map name or a point
symbol, none is cut by the view's edge, and what does not fit near its place is moved aside
with a leader line or numbered with a key."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.naming import NBSP, strip_bidi
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.basemap import load_basemap
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.diff_overlay import DEFAULT_STYLE, paint_diff
from zoneeditor.render.labels import CalloutLayout, LabelSpace
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

IDLIB_HAMA = (36.3, 35.0, 37.0, 35.6)


@pytest.fixture(scope="module")
def sample():
    project = read_project(sample_path())
    gazetteer = load_gazetteer()
    report = diff_versions(project.versions["agreed"], project.versions["Proposal B"],
                           gazetteer)
    return project, gazetteer, report


def paint(sample, width, height, bounds=IDLIB_HAMA, extra_avoid=()):
    """The map of Proposal B with the overlay over it, as the canvas and print paint it."""
    project, gazetteer, report = sample
    vp = Viewport.fit(bounds, width, height, margin=0.1)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    mp = MapPainter()
    scene = Scene(project, "Proposal B", basemap=load_basemap(), gazetteer=gazetteer,
                  label_language="both")
    labels = mp.feature_labels(vp, scene)
    names = mp.paint_static(p, vp, scene, labels)
    mp.paint_dynamic(p, vp, scene, labels)
    avoid = [lab.rect for lab in labels] + names + list(extra_avoid)
    placed = paint_diff(p, vp, report, DEFAULT_STYLE, avoid=avoid)
    p.end()
    return vp, image, labels, avoid, placed


def texts(placed):
    return sorted(strip_bidi(c.text) for c in placed)


def assert_no_collisions(vp, placed, avoid, points):
    frame = QRectF(0, 0, vp.width, vp.height)
    boxes = [c.rect for c in placed if c.number == 0] + [c.marker for c in placed if c.number]
    for box in boxes:
        assert frame.contains(box), f"cut by the view's edge: {box}"
        assert not any(box.intersects(r) for r in avoid), f"covers a map label: {box}"
        assert not any(box.contains(pt) for pt in points), f"covers a point symbol: {box}"
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), f"labels on top of each other: {a} {b}"


def point_symbols(sample, vp):
    project = sample[0]
    return [QPointF(*vp.to_screen(f.geometry.x, f.geometry.y))
            for f in project.versions["Proposal B"].layer("points")]


@pytest.mark.parametrize("size", [(900, 600), (420, 300), (1200, 800)])
def test_idlib_hama_labels_are_all_readable(qapp, sample, size):
    vp, _image, labels, avoid, placed = paint(sample, *size)
    assert_no_collisions(vp, placed, avoid, point_symbols(sample, vp))
    # the four figures the tester could not read are all on the map, once each
    shown = texts(placed)
    for figure in (f"−275.2{NBSP}km²", f"+275.2{NBSP}km²", f"10.1{NBSP}km"):
        assert shown.count(figure) == 1, shown
    assert any("Observation post Morek" in lab.text for lab in labels) or size[0] < 900
    # a label away from its place points back to it with a leader line
    assert any(c.leader for c in placed)
    for c in placed:
        if c.leader:
            box = c.marker if c.number else c.rect
            assert not box.contains(c.anchor)


def test_crowded_labels_become_numbered_callouts_with_a_key(qapp, sample):
    # leave only a band at the bottom free for the key: nothing fits near its place
    blocker = QRectF(0, 0, 900, 440)
    vp0 = Viewport.fit(IDLIB_HAMA, 900, 600, margin=0.1)
    anchors = []
    for c in paint(sample, 900, 600)[4]:
        anchors.append(c.anchor)
    # keep small holes at each place for the numbered markers
    holes = [QRectF(a.x() - 22, a.y() - 22, 44, 44) for a in anchors]
    avoid = _cut(blocker, holes)
    vp, _image, _labels, all_avoid, placed = paint(sample, 900, 600, extra_avoid=avoid)
    assert vp == vp0
    numbered = [c for c in placed if c.number]
    assert numbered, "expected numbered callouts when nothing fits near its place"
    assert [c.number for c in numbered] == list(range(1, len(numbered) + 1))
    # shown by letter, as every change's marker (the zone key's numbers are circles)
    assert [c.mark for c in numbered] == list("ABCDEFGH"[:len(numbered)])
    keys = [c.rect for c in numbered]
    for a, b in itertools.combinations(keys, 2):
        assert not a.intersects(b)  # one row each in the key
    for row in keys:
        assert QRectF(0, 0, 900, 600).contains(row) and row.top() >= 440
    assert_no_collisions(vp, placed, all_avoid, point_symbols(sample, vp))


def _cut(block: QRectF, holes: list[QRectF]) -> list[QRectF]:
    """``block`` as a grid of 10 px tiles, leaving out the tiles that meet a hole."""
    out = []
    y = block.top()
    while y < block.bottom():
        x = block.left()
        while x < block.right():
            tile = QRectF(x, y, 10, 10)
            if not any(tile.intersects(h) for h in holes):
                out.append(tile)
            x += 10
        y += 10
    return out


def test_no_room_anywhere_leaves_labels_out_rather_than_overlapping(qapp, sample):
    placed = paint(sample, 900, 600, extra_avoid=[QRectF(0, 0, 900, 600)])[4]
    assert placed == []


def test_callout_layout_rules(qapp):
    space = LabelSpace(padding=0)
    space.take(QRectF(90, 90, 20, 20))  # a label over the anchor
    layout = CalloutLayout(space, QRectF(0, 0, 200, 200), step=10, rings=3, margin=2)
    rect, away = layout.place((40, 12), QPointF(100, 100))
    assert away and not rect.intersects(QRectF(90, 90, 20, 20))
    # next to the edge: never cut, the label goes inwards
    rect, _ = layout.place((40, 12), QPointF(199, 50))
    assert QRectF(0, 0, 200, 200).contains(rect)
    # a key goes in a free corner, bottom left first
    assert layout.place_key((50, 30)).bottomLeft().x() < 10


@pytest.mark.parametrize(("lang", "area", "distance"),
                         [("ar", "كم²", "كم"), ("ru", "км²", "км")])
def test_the_figures_units_are_the_reader_s_language(qapp, sample, lang, area, distance):
    """The callouts wrote "km²" and "km" in every language; now the unit is translated and
    follows the number in the label's own direction (the number stays left to right)."""
    from zoneeditor import i18n

    assert i18n.install(qapp, lang) == lang
    try:
        _vp, _image, _labels, _avoid, placed = paint(sample, 900, 600)
    finally:
        i18n.install(qapp, "en")
    shown = texts(placed)
    for figure in (f"−275.2{NBSP}{area}", f"+275.2{NBSP}{area}", f"10.1{NBSP}{distance}"):
        assert shown.count(figure) == 1, shown
    assert all("km" not in text for text in shown), shown
