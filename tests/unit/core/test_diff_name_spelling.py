"""Between two sources, a name spelled in other letter case or spacing is the same name
(core.diff_change.spelled_alike); between two versions of one project, a rename is a rename."""

from __future__ import annotations

from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Feature, LayerKind, Version


def zone(fid: str, name: str, geometry, **more: str) -> Feature:
    return Feature(fid, LayerKind.ZONES, geometry,
                   {"name": name, "party": "Opposition", **more})


def _agreed() -> Version:
    return Version("agreed", {
        "i": zone("i", "Idlib", box(36, 35, 37, 36), name_local="إدلب"),
        "g": zone("g", "Eastern Ghouta", box(36.3, 33.4, 36.6, 33.6))})


def test_another_sources_capitals_and_spacing_are_not_a_change_of_name():
    theirs = Version("theirs.shp", {
        "1": zone("1", "IDLIB", box(36, 35, 37, 36), name_local="ادلب"),  # alef without hamza
        "2": zone("2", "eastern  ghouta ", box(36.3, 33.4, 36.6, 33.6))})
    report = diff_versions(_agreed(), theirs)
    assert {fd.change.value for fd in report.features} == {"unchanged"}


def test_another_sources_other_name_is_still_a_change():
    theirs = Version("theirs.shp", {
        "1": zone("1", "IDLIB", box(36, 35, 37, 36), name_local="إدلب"),
        "2": zone("2", "Ghouta East", box(36.3, 33.4, 36.6, 33.6))})
    report = diff_versions(_agreed(), theirs)
    changed = {fd.name: fd.changed_attributes for fd in report.features
               if fd.change.value == "modified"}
    assert changed == {"Ghouta East": ("name",)}


def test_a_rename_in_a_proposal_of_the_same_project_is_reported():
    agreed = _agreed()
    proposal = Version("P", {**agreed.features,
                             "i": agreed.features["i"].with_attributes(name="IDLIB")})
    report = diff_versions(agreed, proposal)
    (fd,) = [fd for fd in report.features if fd.change.value == "modified"]
    assert fd.changed_attributes == ("name",)
