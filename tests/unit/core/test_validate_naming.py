"""``zoneeditor validate`` says what a printed key and a comparison cannot tell apart:
zones and lines without a name, zones sharing one, features sharing a code."""

from __future__ import annotations

from conftest import line, point, project_with, zone

from zoneeditor.core.schema import recognise
from zoneeditor.core.validate import Problem, naming, shared_codes, validate_version

A = "POLYGON ((36.0 35.0, 36.2 35.0, 36.2 35.2, 36.0 35.0))"
B = "POLYGON ((37.0 35.0, 37.2 35.0, 37.2 35.2, 37.0 35.0))"


def test_unnamed_zones_and_lines_and_shared_zone_names_are_said():
    version = project_with(agreed=[
        zone("z-1", A, name="Maarat  al-Numan Sector", party="A"),
        zone("z-2", B, name="maarat al-numan sector", party="A"),  # case and spacing aside
        zone("z-3", A, party="A"),
        zone("z-4", B, name_local="منطقة", party="A"),  # an Arabic name is a name
        line("l-1", "LINESTRING (36 35, 37 35)"),
        point("p-1", "POINT (36 35)"),  # posts are often unnamed: not said
    ]).agreed
    said = {(p.feature_id, p.message.split(" (")[0].split(":")[0]) for p in naming(version)}
    assert said == {("z-1", "has the name of 1 other zone"),
                    ("z-2", "has the name of 1 other zone"),
                    ("z-3", "has no name"), ("l-1", "has no name")}
    assert all(p.where is not None for p in naming(version))
    # not after every edit in the window (a zone being drawn has no name yet)
    assert not [p for p in validate_version(version) if "name" in p.message]


def test_features_sharing_a_code_are_said_as_the_comparison_normalises_codes():
    version = project_with(agreed=[
        zone("z-1", A, name="Idlib", GID_1="SYR.7_1"),
        zone("z-2", B, name="Idleb", GID_1="syr.7_2"),  # the same GADM code, another version
        zone("z-3", B, name="Hama", GID_1="SYR.5_1"),
        point("p-1", "POINT (36 35)", name="Post", GID_1="SYR.7_1"),  # another layer
    ]).agreed
    code = recognise(["NAME_1", "GID_1"]).codes[0]
    problems = shared_codes(version, code.column, code.system)
    assert sorted(p.feature_id for p in problems) == ["z-1", "z-2"]
    assert "has the code 'SYR.7' (GID_1) of 1 other feature:" in problems[0].message


def test_an_unnamed_zone_is_named_once_in_a_problem_line():
    version = project_with(agreed=[zone("31c43832ab", A, party="A"),
                                   zone("a", B, name="Za", party="A")]).agreed
    lines = {p.feature_id: p.line() for p in naming(version)}
    assert lines["31c43832ab"].startswith("agreed: zone 31c43832: has no name")
    named = Problem("agreed", "a", "Za", "has no party")
    assert named.line().startswith("agreed: Za (a): ")  # a name ending like its id stays
