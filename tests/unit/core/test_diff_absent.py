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
    assert note.startswith("'theirs.shp' gives no name_local, kind for any feature")
    assert "a buffer zone stays one" in note


def test_the_same_drawing_with_its_kinds_cleared_is_a_change():
    cleared = Version("P", {fid: Feature(fid, f.layer, f.geometry, {**f.attributes, "kind": ""})
                            for fid, f in _agreed().features.items()})
    report = diff_versions(_agreed(), cleared)
    assert report.attributes_missing == ()
    assert all("kind" in fd.changed_attributes for fd in report.features
               if fd.change.value == "modified")
