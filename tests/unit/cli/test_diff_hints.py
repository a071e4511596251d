"""The sentences naming the --map to add for a file's columns (cli.diff_hints)."""

from __future__ import annotations

from zoneeditor.cli.diff_hints import HINTS, map_hints


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
