"""The typed accessors the type checker asked for: what they return, and how they refuse.

``Delta.feature`` / ``Delta.pair`` and ``ChangeSet.head_before`` / ``head_after`` replace
``(d.new or d.old)`` and ``cs.heads[1]`` at their callers (diff, document, journal);
``vertices.point_xy`` is a point feature's position for the painters.
"""

from __future__ import annotations

import pytest
from conftest import point, zone
from shapely import LineString, Point

from zoneeditor.core.changes import ChangeSet, Delta, Structure, VersionHead
from zoneeditor.core.vertices import point_xy


def test_delta_feature_is_the_new_one_or_the_old_one_of_a_delete():
    old = zone("z1", "POLYGON((0 0, 1 0, 1 1, 0 0))", name="Old")
    new = old.with_attributes(name="New")
    assert Delta(None, new).feature is new
    assert Delta(old, new).feature is new
    assert Delta(old, None).feature is old
    assert Delta(old, None).id == Delta(None, new).id == "z1"


def test_delta_pair_is_for_updates_only():
    old = zone("z1", "POLYGON((0 0, 1 0, 1 1, 0 0))")
    new = old.with_attributes(name="New")
    assert Delta(old, new).pair() == (old, new)
    with pytest.raises(ValueError, match=r"z1 was not updated \(insert\)"):
        Delta(None, new).pair()
    with pytest.raises(ValueError, match=r"z1 was not updated \(delete\)"):
        Delta(old, None).pair()


def test_heads_of_create_drop_and_rename():
    create = ChangeSet("New", "P", structure=Structure.CREATE)
    assert create.head_after == VersionHead("P")  # filled in by the constructor
    with pytest.raises(ValueError, match="create change set has no head before"):
        _ = create.head_before
    drop = ChangeSet("Drop", "P", structure=Structure.DROP)
    assert drop.head_before == VersionHead("P")
    with pytest.raises(ValueError, match="drop change set has no head after"):
        _ = drop.head_after
    rename = ChangeSet("Rename", "P", structure=Structure.RENAME,
                       heads=(VersionHead("P", "d", 1), VersionHead("Q", "d", 1)))
    assert (rename.head_before.name, rename.head_after.name) == ("P", "Q")
    assert (~rename).version == "Q" and (~rename).head_after.name == "P"
    with pytest.raises(ValueError, match="none change set has no head after"):
        _ = ChangeSet("Edit", "P").head_after


def test_point_xy_is_a_point_position_and_refuses_other_kinds():
    assert point_xy(point("p1", "POINT(36.2 34.1)").geometry) == (36.2, 34.1)
    assert point_xy(Point(1.5, -2.0)) == (1.5, -2.0)
    with pytest.raises(TypeError, match="a LineString has no single position"):
        point_xy(LineString([(0, 0), (1, 1)]))
