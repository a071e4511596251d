"""The working copy's sync record: in the project file, kept by every save, no password."""

from __future__ import annotations

import pytest
from conftest import project_with, zone
from shapely import Point

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import Feature
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import Session
from zoneeditor.io.team.address import (
    describe,
    project_url,
    split_project_url,
    without_password,
)
from zoneeditor.io.team.errors import NotAWorkingCopy, TeamError
from zoneeditor.io.team.local_state import SyncConflict, SyncState, read_state, require_state
from zoneeditor.io.team.local_state import state_writer as writer
from zoneeditor.io.team.wire import changeset_from_json, changeset_to_json

SQUARE = "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))"


def state_for(project) -> SyncState:
    z = project.agreed.get("z1")
    conflict = SyncConflict("agreed", "z1", "attribute", "both renamed Idlib", "name",
                            (36.2, 35.2), z, z.with_attributes(name="A"),
                            z.with_attributes(name="B"), "", ("z1",), "name@z1",
                            (("z1", z.with_attributes(name="B")),), (("z1", z),))
    return SyncState("postgresql://dana@server/team", "talks", 42, project.copy(), "c1",
                     "dana", "2026-01-01T00:00:00+00:00", (conflict,))


def test_state_round_trips_and_survives_an_ordinary_save(tmp_path):
    project = project_with(agreed=[zone("z1", SQUARE, name="Idlib", name_local="إدلب")])
    path = tmp_path / "copy.gpkg"
    state = state_for(project)
    write_project(project, path, extra=[writer(state)])
    assert read_state(path) == state
    # An ordinary save (the window's Ctrl+S) keeps the record as it is.
    with Session.open(path) as session:
        old = session.document.feature("z1")
        session.document.history.push(ChangeSet("Rename", "agreed",
                                                (Delta(old, old.with_attributes(name="X")),)))
        session.save()
    assert read_state(path) == state
    assert read_project(path).agreed.get("z1").name == "X"


def test_a_plain_project_is_not_a_working_copy(tmp_path):
    path = tmp_path / "plain.gpkg"
    write_project(project_with(), path)
    assert read_state(path) is None
    with pytest.raises(NotAWorkingCopy, match="team clone"):
        require_state(path)


def test_addresses_keep_no_password():
    assert without_password("postgresql://dana:s3cret@h:5432/team?sslmode=verify-full"
                            "&password=x") == "postgresql://dana@h:5432/team?sslmode=verify-full"
    assert "s3cret" not in without_password("host=h dbname=team user=dana password=s3cret")
    assert describe("postgresql://dana:s3cret@h:5433/team") == "dana@h:5433/team"
    assert describe("service=team") == "service team"
    assert split_project_url("postgresql://dana@h/team/Idlib%20talks?sslmode=require") == (
        "postgresql://dana@h/team?sslmode=require", "Idlib talks")
    assert project_url("postgresql://dana:pw@h/team", "Idlib talks") == \
        "postgresql://dana@h/team/Idlib%20talks"
    with pytest.raises(TeamError):
        split_project_url("postgresql://dana@h/team")


def test_wire_keeps_odd_attribute_types_and_geometry_bits():
    f = Feature.create("points", Point(36.123456789012345, 35.1), id="p",
                       tags=("a", "b"), data=b"\x00\x01", ratio=float("nan"), n=3, ok=True)
    cs = ChangeSet("Add", "agreed", (Delta(None, f),))
    back = changeset_from_json(changeset_to_json(cs)).deltas[0].new
    assert back.geometry.equals_exact(f.geometry, 0)
    assert back.attributes["tags"] == ("a", "b") and back.attributes["data"] == b"\x00\x01"
    assert back.attributes["n"] == 3 and back.attributes["ok"] is True
    assert str(back.attributes["ratio"]) == "nan"
