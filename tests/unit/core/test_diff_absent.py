"""A column one side of a comparison does not have is not a change (core.diff_absent)."""

from __future__ import annotations

from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import attributes_missing_notes
from zoneeditor.core.model import Feature, LayerKind, Version


def zone(fid: str, geometry, party: str, name: str, **more: str) -> Feature:
    return Feature(fid, LayerKind.ZONES, geometry, {"name": name, "party": party, **more})


def _agreed() -> Version:
    return Version("agreed", {
        "i": zone("i", box(36, 35, 37, 36), "Opposition", "Idlib", kind="de-escalation",
                  name_local="إدلب"),
        "h": zone("h", box(37, 35, 38, 36), "Government", "Hama", kind="control",
                  name_local="حماة"),
        "b": zone("b", box(37, 36, 37.2, 36.2), "Monitors", "Buffer", kind="buffer",
                  name_local="عازلة")})


def test_a_file_without_kinds_keeps_its_buffer_zone_out_of_the_territory():
    # another party's file: names and parties, no kind and no local-name column; Idlib
    # took 0.1° of Hama
    theirs = Version("theirs.shp", {
        "1": zone("1", box(36, 35, 37.1, 36), "Opposition", "Idlib"),
        "2": zone("2", box(37.1, 35, 38, 36), "Government", "Hama"),
        "3": zone("3", box(37, 36, 37.2, 36.2), "Monitors", "Buffer")})
    report = diff_versions(_agreed(), theirs)
    assert dict(report.attributes_missing) == {"kind": "new", "name_local": "new"}
    for fd in report.features:
        assert "kind" not in fd.changed_attributes
        assert "name_local" not in fd.changed_attributes
    assert report.feature("b") is None or report.feature("b").change.value == "unchanged"
    # the buffer zone is no one's territory on either side: no Monitors total, and the only
    # land changing hands is what Idlib took from Hama
    assert "Monitors" not in {p.name for p in report.parties}
    assert [(t.frm, t.to) for t in report.transfers] == [
        ("Government", "Opposition")]
    (note,) = attributes_missing_notes(report)
    # our attributes named as the window names them ("local name"), another tool's columns
    # by their own names
    assert note.startswith("'theirs.shp' gives no local name, kind for any feature")
    assert "a buffer zone stays one" in note


def test_the_same_drawing_with_its_kinds_cleared_is_a_change():
    cleared = Version("P", {fid: Feature(fid, f.layer, f.geometry, {**f.attributes, "kind": ""})
                            for fid, f in _agreed().features.items()})
    report = diff_versions(_agreed(), cleared)
    assert report.attributes_missing == ()
    assert all("kind" in fd.changed_attributes for fd in report.features
               if fd.change.value == "modified")


def _with(version: Version, name: str, fids, **attrs) -> Version:
    """``version`` renamed, with ``attrs`` set on the features ``fids``."""
    return Version(name, {fid: (Feature(fid, f.layer, f.geometry, {**f.attributes, **attrs})
                                if fid in fids else f)
                          for fid, f in version.features.items()})


def test_a_column_another_tool_brought_to_every_zone_is_no_change_of_each():
    # a file imported into a copy of the agreed lines: every zone carries its STATUS_CODE
    # column, and Idlib's boundary moved; the agreed lines have no such column
    imported = _with(_agreed(), "Their GeoJSON", {"i", "h", "b"}, STATUS_CODE="PROP")
    moved = imported.features["i"]
    imported.features["i"] = Feature("i", moved.layer, box(36, 35, 37.05, 36),
                                     moved.attributes)
    report = diff_versions(_agreed(), imported)
    assert [fd.feature.id for fd in report.features if fd.change.value == "modified"] == ["i"]
    assert report.feature("i").changed_attributes == ()
    assert dict(report.attributes_missing) == {"STATUS_CODE": "old"}
    (note,) = attributes_missing_notes(report)
    assert note.startswith("'agreed' gives no STATUS_CODE for any feature")
    # the other way round: the column is what the older side had
    back = diff_versions(imported, _agreed())
    assert dict(back.attributes_missing) == {"STATUS_CODE": "new"}
    assert [fd.feature.id for fd in back.features if fd.change.value == "modified"] == ["i"]


def test_a_column_on_some_features_only_or_given_on_both_sides_is_a_change():
    # a delegate's remark on one zone of a proposal: that zone changed
    remarked = _with(_agreed(), "P", {"h"}, remark="see annex 2")
    report = diff_versions(_agreed(), remarked)
    assert report.attributes_missing == ()
    assert report.feature("h").changed_attributes == ("remark",)
    # a column both versions give, with another value: a change of that feature
    coded = _with(_agreed(), "agreed", {"i", "h", "b"}, sector="north")
    recoded = _with(coded, "P", {"i"}, sector="west")
    report = diff_versions(coded, recoded)
    assert report.attributes_missing == ()
    assert report.feature("i").changed_attributes == ("sector",)
    assert report.feature("h").change.value == "unchanged"


def _sent_back(**renamed: str) -> Version:
    """The agreed lines as another party's tool sends them back: the same ids, no kind,
    local-name or notes column, the attributes in ``renamed`` under the file's own names."""
    out = {}
    for fid, f in _agreed().features.items():
        attrs = {"name": f.attributes["name"]}
        for ours, theirs in renamed.items():
            attrs[theirs] = f.attributes[ours]
        out[fid] = Feature(fid, f.layer, f.geometry, attrs)
    return Version("theirs.geojson", out)


def test_a_file_with_the_same_ids_lacking_columns_changes_nothing():
    """An outside tester's export sent back with renamed columns: by id, every feature had
    "changed kind, name_local, notes, party, status" and all land passed to no party."""
    theirs = _sent_back(party="camp")
    report = diff_versions(_agreed(), theirs, files=("new",))
    assert all(fd.change.value == "unchanged" for fd in report.features), \
        [(fd.id, fd.changed_attributes) for fd in report.features]
    assert report.parties_missing == ("new",)
    assert report.transfers == () and report.parties == ()
    assert {a: side for a, side in report.attributes_missing} == {
        "kind": "new", "name_local": "new", "camp": "old"}
    # the same versions said to be one project's: a cleared column is a change there
    same_project = diff_versions(_agreed(), theirs)
    assert same_project.parties_missing == ()
    assert any("kind" in fd.changed_attributes for fd in same_project.features)


def test_what_a_file_adds_where_the_project_has_nothing_is_its_change():
    theirs = _with(_agreed(), "theirs.geojson", ["i"], notes="moved north")
    report = diff_versions(_agreed(), theirs, files=("new",))
    assert dict(report.attributes_missing) == {}
    assert report.feature("i").changed_attributes == ("notes",)
    assert [fd.id for fd in report.changed] == ["i"]

def _tagged(count: int) -> Version:
    """The agreed lines as an OSM extract brought them: ``count`` tag columns on every zone,
    each zone's own values (so the agreed lines, which have none, lack every column)."""
    tags = {f"tag_{n:02d}": "x" for n in range(count)}
    return _with(_agreed(), "osm.geojson", {"i", "h", "b"}, **tags)


def test_a_file_with_dozens_of_foreign_columns_gets_a_short_note():
    # thirty tag columns: three named in a stable order, the rest counted
    report = diff_versions(_agreed(), _tagged(30))
    assert len(report.attributes_missing) == 30
    (note,) = attributes_missing_notes(report)
    assert note == ("'agreed' gives no tag_00, tag_01, tag_02 and 27 more columns for any "
                    "feature: these are not counted as changes")
    # the count is a counted Message the window translates with its plural form
    assert note.args[1].template == "%1 and %n more column(s)"
    assert note.args[1].args == ("27", "tag_00, tag_01, tag_02")


def test_a_few_columns_are_all_named():
    # four are named: "and 1 more column" would take the room of the name
    (four,) = attributes_missing_notes(diff_versions(_agreed(), _tagged(4)))
    assert four.startswith("'agreed' gives no tag_00, tag_01, tag_02, tag_03 for any feature")
    (five,) = attributes_missing_notes(diff_versions(_agreed(), _tagged(5)))
    assert five.startswith("'agreed' gives no tag_00, tag_01, tag_02 and 2 more columns ")


def test_kind_is_named_first_among_many_columns():
    # the agreed lines with eight columns of another tool's, against a shapefile of its own
    # ids without kinds, local names or those columns: the sentence about kinds names kind
    # however many other columns it lists
    agreed = _with(_agreed(), "agreed", {"i", "h", "b"}, **{f"TAG{n}": "y" for n in range(8)})
    theirs = Version("theirs.shp", {
        str(n): zone(str(n), f.geometry, f.attributes["party"], f.attributes["name"])
        for n, f in enumerate(_agreed().features.values())})
    (note,) = attributes_missing_notes(diff_versions(agreed, theirs))
    assert note.startswith("'theirs.shp' gives no local name, kind, TAG0 and 7 more columns "
                           "for any feature: these are not counted as changes, and each zone "
                           "keeps the kind")
