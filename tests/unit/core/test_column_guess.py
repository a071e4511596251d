"""A file's columns found by what they hold (core.column_guess): an outside tester's "camp"
and "etat", a shapefile's "ID" and "STAT"."""

from __future__ import annotations

from shapely.geometry import Point

from zoneeditor.core.column_guess import suggested_maps
from zoneeditor.core.model import Feature, LayerKind, Version


def _point(fid: str, **attrs: str) -> Feature:
    return Feature(fid, LayerKind.POINTS, Point(36, 35), attrs)


OURS = Version("agreed", {
    "z1": _point("z1", name="Idlib", party="Opposition", status="agreed", kind="buffer"),
    "z2": _point("z2", name="Hama", party="Government", status="disputed"),
    "z3": _point("z3", name="Post", party="Monitors", status="agreed")})


def test_columns_are_named_by_what_they_hold():
    theirs = Version("x.geojson", {
        "a": _point("a", name="Idlib", camp="OPPOSITION", etat="Agreed", ID="z1", NOTE="x"),
        "b": _point("b", name="Hama", camp="government", etat="disputed", ID="z2", NOTE="y"),
        "c": _point("c", name="Post", camp="Monitors", etat="agreed", ID="z3", NOTE="z")})
    assert suggested_maps(theirs, OURS) == {"party": "camp", "status": "etat", "id": "ID"}


def test_nothing_is_suggested_for_what_the_file_gives_or_no_column_holds():
    theirs = Version("x.geojson", {
        "z1": _point("z1", name="Idlib", party="Opposition", REMARK="moved", CODE="SY07"),
        "z2": _point("z2", name="Hama", party="Government", REMARK="", CODE="SY05")})
    # its party is read, its ids are ours, and no column holds statuses or kinds
    assert suggested_maps(theirs, OURS) == {}


def test_a_column_mostly_of_other_values_is_not_taken():
    theirs = Version("x.geojson", {
        k: _point(k, name=k, colour=c) for k, c in
        (("a", "Opposition"), ("b", "red"), ("c", "blue"), ("d", "green"))})
    assert suggested_maps(theirs, OURS) == {}  # one value in four is a party
