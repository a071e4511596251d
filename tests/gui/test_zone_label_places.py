"""Every zone that can be named on the map is: another place when its own is taken, beside it
when it is too small to hold its name; country names never run together."""

from __future__ import annotations

from dataclasses import replace

import shapely
from conftest import point, project_with, zone
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from zoneeditor.core.basemap_model import Basemap, Country
from zoneeditor.core.model import Project
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import LabelSpace
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene


def _labels(project, view):
    scene = Scene(project=project, version="agreed", label_language="en")
    return MapPainter().feature_labels(view, scene)


def test_a_zone_whose_centre_is_taken_by_a_point_label_is_named_elsewhere_in_it(qapp):
    # a tall zone; a checkpoint just left of its centre whose label runs across the centre
    z = zone("z", shapely.box(36.0, 34.0, 36.4, 36.0), name="Northern Hama")
    p = point("p", "POINT (35.95 35.0)", name="Checkpoint with a long name", kind="checkpoint")
    project = project_with([z, p])
    view = Viewport.fit((35.5, 33.8, 36.9, 36.2), 800, 800, margin=0.0)
    labels = {lab.fid: lab for lab in _labels(project, view)}
    assert {"z", "p"} <= set(labels)
    centre = shapely.point_on_surface(z.geometry)
    taken = QRectF(labels["p"].rect)
    assert taken.contains(*view.to_screen(centre.x, centre.y)), "the point label covers it"
    placed = labels["z"].rect
    assert not placed.intersects(taken)
    lon, lat = view.to_map(placed.center().x(), placed.center().y())
    assert z.geometry.contains(shapely.Point(lon, lat))  # still on the zone


def test_a_small_zone_is_named_beside_it_and_a_dot_is_not(qapp):
    small = zone("s", shapely.box(36.0, 35.0, 36.05, 35.05), name="Eastern Ghouta")
    dot = zone("d", shapely.box(36.5, 35.0, 36.502, 35.002), name="Tiny")
    view = Viewport.fit((35.5, 34.5, 37.0, 35.5), 900, 600, margin=0.0)
    labels = {lab.fid: lab for lab in _labels(project_with([small, dot]), view)}
    assert "d" not in labels
    rect = labels["s"].rect
    x0, y0 = view.to_screen(36.0, 35.05)
    x1, y1 = view.to_screen(36.05, 35.0)
    zone_rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    assert not rect.intersects(zone_rect)  # beside the zone, not over it
    assert rect.adjusted(-8, -8, 8, 8).intersects(zone_rect)  # and next to it


def test_country_names_keep_apart(qapp):
    # two neighbours whose visible parts meet at the view's corner, as Jordan and Iraq did
    # in the sample's opening view ("JORDAN IRAQ" read as one name)
    jordan = shapely.box(38.7, 25.0, 39.0, 33.4).union(shapely.box(30.0, 25.0, 39.0, 31.0))
    iraq = shapely.box(39.0, 25.0, 48.0, 33.4)
    basemap = Basemap([Country("JOR", "Jordan", None, None, jordan),
                       Country("IRQ", "Iraq", None, None, iraq)])
    scene = Scene(Project(), basemap=basemap)
    view = Viewport.fit((33.0, 32.8, 39.9, 37.5), 870, 640, margin=0.0)
    painter = MapPainter()
    painter._ensure_basemap_index(scene)
    image = QImage(870, 640, QImage.Format.Format_ARGB32)
    qp = QPainter(image)
    try:
        names = painter._paint_country_names(qp, view, scene, LabelSpace())
    finally:
        qp.end()
    assert names, "at least one country is named"
    for i, (a, ra) in enumerate(names):
        for b, rb in names[i + 1:]:
            room = ra.adjusted(-2 * ra.height(), 0, 2 * ra.height(), 0)
            assert not room.intersects(rb), f"{a} and {b} run together"


def test_no_town_name_is_cut_by_the_map_s_edge(qapp):
    """A town near the edge is named on its dot's other side, or not at all: its name was
    drawn half outside ("Rukbar" for Rukban at the Russian window's right edge)."""
    from zoneeditor.io.gazetteer import load_gazetteer
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import sample_path

    project = read_project(sample_path())
    gazetteer = load_gazetteer()
    for lang in ("en", "local", "both"):
        scene = Scene(project=project, version="agreed", label_language=lang,
                      gazetteer=gazetteer)
        for bounds, size in (((35.6, 32.3, 38.9, 36.9), (620, 610)),
                             ((36.0, 33.0, 37.0, 34.0), (300, 300)),
                             ((38.35, 33.0, 39.2, 33.9), (400, 400))):
            view = Viewport.fit(bounds, *size, margin=0.0)
            image = QImage(*size, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            try:
                taken = MapPainter().paint_static(painter, view, scene)
            finally:
                painter.end()
            frame = QRectF(0, 0, *size)
            assert len(taken) >= 2, (lang, bounds)  # a town at least, dot and name
            # town dots (4 px) and point symbols may touch the edge: a clipped dot or symbol
            # is still where its place is; a clipped name is not its name
            symbols = MapPainter().point_symbol_rects(view, scene)
            cut = [r for r in taken if not frame.contains(r) and max(r.width(), r.height()) > 6
                   and r not in symbols]
            assert not cut, (lang, bounds, cut)


def test_no_country_or_town_name_covers_a_point_symbol(qapp):
    """"سوريا" was printed over an observation post of the sample (names avoided the
    features' labels, not their symbols)."""
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.gazetteer import load_gazetteer
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import sample_path

    project = read_project(sample_path())
    painter_ = MapPainter()
    for lang in ("en", "local"):
        scene = Scene(project=project, version="Proposal B", label_language=lang,
                      gazetteer=load_gazetteer(), basemap=load_basemap())
        for bounds, size in (((36.2, 34.9, 37.1, 35.7), (700, 620)),
                             ((35.6, 32.3, 38.9, 36.9), (620, 610))):
            view = Viewport.fit(bounds, *size, margin=0.0)
            symbols = painter_.point_symbol_rects(view, scene)
            labels = painter_.feature_labels(view, scene)
            image = QImage(*size, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            try:
                taken = painter_.paint_static(painter, view, scene, labels)
            finally:
                painter.end()
            names = [r for r in taken if r not in symbols
                     and all(r != lab.rect for lab in labels)]
            assert symbols and names, (lang, bounds)
            assert not [(n, s) for n in names for s in symbols if n.intersects(s)]


def test_a_long_name_never_lies_over_the_neighbouring_zones(qapp):
    """Four small squares in a row, the first at the map's edge with a long name: a tester's
    sheet printed that name "beside" the first square, centred over the second and third.
    A zone's label may cover other zones only where its own holds half of it; the first and
    the second (an 80-letter name) go unlabelled then, for print's numbered callouts."""
    names = ["Northern Countryside Of The Governorate Zone Alpha", "X" * 80, "Short",
             "Medium name zone"]
    zones = [zone(f"z{i}", shapely.box(36.0 + 0.2 * i, 35.0, 36.1 + 0.2 * i, 35.1), name=n)
             for i, n in enumerate(names)]
    view = Viewport.fit((35.99, 34.9, 36.8, 35.2), 700, 260, margin=0.0)
    labels = _labels(project_with(zones), view)
    for lab in labels:
        lon0, lat1 = view.to_map(lab.rect.left(), lab.rect.top())
        lon1, lat0 = view.to_map(lab.rect.right(), lab.rect.bottom())
        box = shapely.box(lon0, lat0, lon1, lat1)
        own = next(z for z in zones if z.id == lab.fid)
        others = [z.id for z in zones if z.id != lab.fid and z.geometry.intersects(box)]
        assert not others or own.geometry.intersection(box).area >= 0.5 * box.area, (
            lab.text, others)
    assert {lab.fid for lab in labels} >= {"z2"}  # "Short" fits its square


def test_a_town_at_the_centre_of_a_zoomed_view_keeps_its_name_clear_of_the_country(qapp):
    """The locator centres the town it goes to, and the country's name sat at the view's
    centre too: a tester found "SYRIA" on Tadmur and Tadmur unnamed at 1:167,000."""
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    tadmur = next(p for p in gazetteer.within(38.2, 34.5, 38.35, 34.62, 0) if p.name == "Tadmur")
    scene = Scene(Project(), basemap=load_basemap(), gazetteer=gazetteer)
    view = Viewport.fit((tadmur.lon - 0.12, tadmur.lat - 0.12, tadmur.lon + 0.12,
                         tadmur.lat + 0.12), 680, 600, margin=0.0)
    painter = MapPainter()
    image = QImage(680, 600, QImage.Format.Format_ARGB32)
    qp = QPainter(image)
    try:
        painter._ensure_basemap_index(scene)
        space = LabelSpace()
        countries = painter._paint_country_names(qp, view, scene, space)
        painter._paint_towns(qp, view, scene, space)
    finally:
        qp.end()
    sx, sy = view.to_screen(tadmur.lon, tadmur.lat)
    dot = QRectF(sx - 3, sy - 3, 6, 6)
    assert [name for name, _ in countries] == ["Syria"]  # still named, off the town
    assert not any(rect.intersects(dot) for _, rect in countries)
    town_rects = [r for r in space.taken if r.center().y() == sy or r.contains(sx + 10, sy)]
    assert any(r.left() >= sx for r in town_rects), "Tadmur's name is placed beside its dot"


def test_an_enclave_inside_a_larger_zone_keeps_its_name(qapp):
    """A reviewer found a small zone inside a larger one unnamed once names kept off other
    zones: the window has no numbered callouts to fall back on."""
    outer = zone("o", shapely.box(35, 34, 38, 36), name="Outer region")
    ghouta = zone("m", shapely.box(36, 35, 36.05, 35.05), name="Eastern Ghouta")
    strip = zone("s", shapely.box(36.6, 35, 36.7, 35.05), name="Buffer strip of the south")
    view = Viewport.fit((35.5, 34.5, 37, 35.5), 900, 600, margin=0.0)
    labels = {lab.fid for lab in _labels(project_with([outer, ghouta, strip]), view)}
    assert labels == {"o", "m", "s"}


def test_a_country_name_moved_off_a_town_stays_on_its_country(qapp):
    """A reviewer found 'Syria' over Turkey and 'Yemen' over Saudi Arabia once country names
    moved off town dots: a moved name must still lie on its country."""
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.gazetteer import load_gazetteer

    scene = Scene(Project(), basemap=load_basemap(), gazetteer=load_gazetteer())
    painter = MapPainter()
    painter._ensure_basemap_index(scene)
    countries = {c.name: c.geometry for c in scene.basemap.countries}
    for box, w, h in (((25, 20, 60, 42), 900, 600), ((-20, 30, 40, 60), 1000, 700),
                      ((60, 0, 120, 45), 1000, 700), ((-10, -35, 50, 38), 800, 900)):
        view = Viewport.fit(box, w, h, margin=0.0)
        image = QImage(w, h, QImage.Format.Format_ARGB32)
        qp = QPainter(image)
        try:
            placed = painter._paint_country_names(qp, view, scene, LabelSpace())
        finally:
            qp.end()
        assert placed
        for name, rect in placed:
            lon, lat = view.to_map(rect.center().x(), rect.center().y())
            assert countries[name].intersects(shapely.Point(lon, lat)), (name, lon, lat)


def test_a_zone_is_named_clear_of_what_is_drawn_over_the_map_later(qapp):
    # print's shift arrows: on the sample's A3 comparison "Northern Hama" sat on the end of
    # the arrow that says how far its border moved
    z = zone("z", shapely.box(36.0, 34.6, 36.8, 35.6), name="Northern Hama")
    project = project_with([z])
    view = Viewport.fit((35.6, 34.4, 37.2, 35.8), 900, 700, margin=0.0)
    scene = Scene(project=project, version="agreed", label_language="en")
    (free,) = MapPainter().feature_labels(view, scene)
    arrow = [QRectF(free.rect.center().x() - 4, free.rect.center().y() - 40 + 10 * k, 8, 8)
             for k in range(6)]  # a vertical arrow through the middle of the name
    (kept,) = MapPainter().feature_labels(view, scene, keep_clear=arrow)
    assert not any(kept.rect.intersects(r) for r in arrow)
    lon, lat = view.to_map(kept.rect.center().x(), kept.rect.center().y())
    assert z.geometry.contains(shapely.Point(lon, lat))  # still named on the zone


def test_the_shift_arrows_keep_clear_squares_cover_each_arrow_drawn(qapp):
    from zoneeditor.core.diff import diff_versions
    from zoneeditor.render.diff_overlay import DEFAULT_STYLE, shift_arrow_rects

    old = zone("z", shapely.box(36.0, 34.9, 36.8, 35.3), name="Z", party="A")
    new = zone("z", shapely.box(36.0, 34.9, 36.8, 35.6), name="Z", party="A")  # north 0.3°
    report = diff_versions(project_with([old]).versions["agreed"],
                           project_with([new]).versions["agreed"])
    shift = report.feature("z").measures.shift
    view = Viewport.fit((35.6, 34.6, 37.2, 35.8), 900, 700, margin=0.0)
    rects = shift_arrow_rects(view, report)
    for lon, lat in (shift.frm, shift.to,
                     ((shift.frm[0] + shift.to[0]) / 2, (shift.frm[1] + shift.to[1]) / 2)):
        assert any(r.contains(*view.to_screen(lon, lat)) for r in rects)
    far = Viewport.fit((20.0, 20.0, 60.0, 50.0), 300, 200, margin=0.0)  # arrow under 14 px
    assert shift_arrow_rects(far, report, DEFAULT_STYLE) == []


def _land_share(rect: QRectF, view: Viewport, land) -> float:
    lon0, lat1 = view.to_map(rect.left(), rect.top())
    lon1, lat0 = view.to_map(rect.right(), rect.bottom())
    box = shapely.box(lon0, lat0, lon1, lat1)
    return land.intersection(box).area / box.area


def test_a_coastal_zone_named_beside_it_is_named_on_land(qapp):
    """A zone named beside its outline was named just above it, in the sea: the places
    beside a zone on land are those on land, in the map's frame, next to the zone."""
    coast = shapely.box(35.0, 34.0, 36.06, 35.052)  # sea to the north and the east
    basemap = Basemap([Country("AAA", "Land", None, None, coast)])
    small = zone("s", shapely.box(36.0, 35.0, 36.05, 35.05), name="Eastern Ghouta")
    view = Viewport.fit((35.5, 34.5, 37.0, 35.5), 900, 600, margin=0.0)
    scene = Scene(project=project_with([small]), version="agreed", label_language="en",
                  basemap=basemap)
    (label,) = MapPainter().feature_labels(view, scene)
    assert _land_share(label.rect, view, coast) >= 0.5, label.rect
    x0, y0 = view.to_screen(36.0, 35.05)
    x1, y1 = view.to_screen(36.05, 35.0)
    zone_rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    assert QRectF(0, 0, 900, 600).contains(label.rect)
    assert not label.rect.intersects(zone_rect)  # beside it
    assert label.rect.adjusted(-8, -8, 8, 8).intersects(zone_rect)  # and next to it
    # without a basemap (--no-basemap) nothing is known to be sea: the first place beside
    (plain,) = MapPainter().feature_labels(view, replace(scene, basemap=None))
    assert plain.rect.bottom() < zone_rect.top()


def test_a_zone_whose_centre_a_post_takes_is_named_further_along_itself(qapp):
    """A diagonal strip whose middle holds a post's name: the places just above, below and
    beside the middle are off the strip, and the name went beside the strip's box, away
    from the zone. Places further along the strip are on it: the name goes there."""
    painter = MapPainter()
    name = "Band zone"
    _, box = painter.text.shaped(name, label_font(painter.style.feature_font_pt, bold=True))
    w, h = box.width(), box.height()
    view = Viewport.fit((35.0, 34.0, 37.0, 36.0), 1000, 1000, margin=0.0)
    c = QPointF(500, 500)
    step = QPointF(w / 2, -1.2 * h)  # along the strip, half a label across, a row up
    ends = [view.to_map(c.x() + k * step.x(), c.y() + k * step.y()) for k in (-3.5, 3.5)]
    strip = shapely.LineString(ends).buffer(4 / view.ppd, cap_style="flat")
    post = point("p", shapely.Point(*view.to_map(c.x() - w / 2, c.y())),
                 name="Checkpoint of the band zone", kind="checkpoint")
    labels = {lab.fid: lab for lab in _labels(project_with([zone("z", strip, name=name),
                                                            post]), view)}
    assert "p" in labels and labels["p"].rect.contains(c)  # the post's name on its middle
    placed = labels["z"].rect
    assert not placed.intersects(labels["p"].rect)
    lon, lat = view.to_map(placed.center().x(), placed.center().y())
    assert strip.intersects(shapely.Point(lon, lat).buffer(1 / view.ppd))  # on the strip
