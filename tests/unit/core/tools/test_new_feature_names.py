"""A new feature's ``name`` is the shared English default whatever the window's language, and
the interface language's own name column (``name_ru``, ``name_ar``) gets the translation,
from every tool alike.

A tester placed points in the Arabic window: they were "نقطة جديدة 1" in ``name``, and stayed
Arabic-only in the English and Russian windows, the Russian sheet and ``zoneeditor diff``;
the Buffer tool, the other way round, named its zone in English only.
"""

from __future__ import annotations

import pytest
from shapely import Point
from support.sample import sample_document

from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import label_name, own_name, own_name_key
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.buffer_tool import BufferTool
from zoneeditor.core.tools.draw import DrawZoneTool, PlacePointTool
from zoneeditor.core.tools.new_names import NewNames

#: What the Arabic and Russian windows pass (their catalogues' translations).
ARABIC = NewNames("ar", zone="منطقة جديدة %1", line="خط جديد %1", point="نقطة جديدة %1",
                  buffer="منطقة عازلة %1 (%2 كم)",
                  buffer_sides="منطقة عازلة %1 (%2 كم يسارًا، %3 كم يمينًا)")
RUSSIAN = NewNames("ru", zone="Новая зона %1", line="Новая линия %1", point="Новая точка %1",
                   buffer="Буферная зона %1 (%2 км)",
                   buffer_sides="Буферная зона %1 (%2 км слева, %3 км справа)")
TOL = 0.01


def _place(ctx: ToolContext, lon: float, lat: float) -> Feature:
    result = PlacePointTool(ctx).pointer(PointerEvent("press", lon, lat, tolerance=TOL))
    assert result.changeset is not None, result.refused
    ctx.document.history.push(result.changeset)
    return result.changeset.deltas[0].new


def test_a_point_placed_in_the_arabic_window_is_named_in_english_and_in_arabic():
    doc = sample_document()
    ctx = ToolContext(doc, Selection(), new_names=ARABIC)
    first, second = _place(ctx, 38.5, 34.5), _place(ctx, 38.6, 34.5)
    assert (first.name, first.attributes["name_ar"]) == ("New point 1", "نقطة جديدة 1")
    assert (second.name, second.attributes["name_ar"]) == ("New point 2", "نقطة جديدة 2")
    assert first.attributes.get("name_local", "") == ""  # not the place's local name
    # every other window, the sheet and the diff read the shared name
    assert label_name(first, interface="en") == "New point 1"
    assert label_name(first, interface="ru") == "New point 1"
    # the Arabic window's map (local labels) reads its Arabic name
    assert label_name(first, "local", interface="ar") == "نقطة جديدة 1"
    assert own_name(first, "ar") == "نقطة جديدة 1"


def test_a_zone_drawn_in_the_russian_window_gets_name_ru_and_an_english_name():
    doc = sample_document()
    ctx = ToolContext(doc, Selection(), new_names=RUSSIAN)
    tool = DrawZoneTool(ctx)
    for xy in [(38.0, 34.0), (38.2, 34.0), (38.2, 34.2)]:
        tool.pointer(PointerEvent("press", *xy, tolerance=TOL))
        tool.pointer(PointerEvent("release", *xy, tolerance=TOL))
    result = tool.key(KeyEvent("Enter"))
    zone = result.changeset.deltas[0].new
    assert (zone.name, zone.attributes["name_ru"]) == ("New zone 1", "Новая зона 1")
    assert "name_ar" not in zone.attributes
    # the step names it as the Russian window's map does (it said "New zone 1")
    assert result.changeset.label == "Add zone Новая зона 1"


def test_the_english_window_writes_the_name_alone():
    doc = sample_document()
    point = _place(ToolContext(doc, Selection()), 38.5, 34.5)
    assert point.name == "New point 1"
    assert not [k for k in point.attributes if k.startswith("name_") and k != "name_local"]


def test_numbers_follow_the_highest_default_in_either_language_and_older_names():
    """A version holding "New point 4", "Новая точка 6" (name_ru) and, from before the
    change, "Новая точка 7" in ``name`` goes on at 8 in both columns."""
    doc = sample_document()
    version = [Feature.create("points", Point(0, 0), name="New point 4"),
               Feature.create("points", Point(0, 0), name="Post", name_ru="Новая точка 6"),
               Feature.create("points", Point(0, 0), name="Новая точка 7")]
    assert RUSSIAN.feature(LayerKind.POINTS, version) == {"name": "New point 8",
                                                          "name_ru": "Новая точка 8"}
    assert NewNames().feature(LayerKind.POINTS, version) == {"name": "New point 5"}
    assert RUSSIAN.feature(LayerKind.LINES, doc.version)["name"] == "New line 1"


@pytest.mark.parametrize(("names", "key", "own"), [
    (ARABIC, "name_ar", "منطقة عازلة Idlib–Hama line of contact (3 كم)"),
    (RUSSIAN, "name_ru", "Буферная зона Idlib–Hama line of contact (3 км)"),
])
def test_the_buffer_zone_is_named_like_the_other_tools_new_features(names, key, own):
    doc = sample_document()
    ctx = ToolContext(doc, Selection(), new_names=names)
    ctx.selection.set({"line-idlib-hama"})
    tool = BufferTool(ctx)
    tool.activate()
    zone = tool.make(3.0).changeset.deltas[0].new
    assert zone.name == "Buffer zone Idlib–Hama line of contact (3 km)"
    assert zone.attributes[key] == own
    assert own_name_key(names.language) == key


def test_a_buffer_names_its_line_in_the_window_language_where_the_line_has_it():
    doc = sample_document()
    line = doc.feature("line-idlib-hama").with_attributes(name_ru="Линия Идлиб–Хама")
    sides = RUSSIAN.buffer_zone(line, 1.5, 3.0)
    assert sides == {"name": "Buffer zone Idlib–Hama line of contact (1.5 km left, 3 km right)",
                     "name_ru": "Буферная зона Линия Идлиб–Хама (1.5 км слева, 3 км справа)"}
    assert NewNames().buffer_zone(line, 2.0, 2.0) == {
        "name": "Buffer zone Idlib–Hama line of contact (2 km)"}


def test_the_name_a_window_s_user_reads_is_their_own_language_s():
    ru = NewNames("ru", point="Новая точка %1")
    assert ru.shown(ru.feature(LayerKind.POINTS, [])) == "Новая точка 1"
    assert NewNames().shown(NewNames().feature(LayerKind.POINTS, [])) == "New point 1"
    # a language without its own name column (English), or a feature without one
    assert ru.shown({"name": "Idlib"}) == "Idlib"
