"""A file's columns that hold what it was not read as are named with the --map to add
(cli.diff_hints): an outside tester's "camp" and "etat", a shapefile's "ID" and "STAT"."""

from __future__ import annotations

from shapely.geometry import Point

from zoneeditor.cli.diff_hints import HINTS, map_hints, suggested_maps
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


def test_the_hints_name_the_options_for_the_input():
    assert map_hints("x.shp", "--map-new", {"party": "camp", "status": "etat"}) == [
        "x.shp: its column camp holds the other side's parties; to compare them, add "
        "--map-new party=camp",
        "x.shp: its column etat holds the other side's statuses; to compare them, add "
        "--map-new status=etat"]
    assert map_hints("y.kml", "--map-old", {"id": "ID"}) == [
        "y.kml: its column ID holds the other side's ids; to pair the features by them, add "
        "--map-old id=ID"]


def test_every_hint_is_listed_for_translation():
    from zoneeditor.i18n.extra_strings import DIFF_TEXT

    assert set(HINTS.values()) <= set(DIFF_TEXT)
