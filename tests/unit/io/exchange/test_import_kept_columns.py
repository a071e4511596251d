"""A version sent back without some columns: a feature matched to one of the version it
replaces keeps that one's values for what the file has no column for, so the comparison
with the base reads only the real changes; a column the file has but leaves empty is an
edit; a new feature keeps what the file gives. Geometry-only and party-only files too."""

from __future__ import annotations

import json

import pytest
from support.sent_back import MOVED, edit_feature

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED
from zoneeditor.io.exchange import (
    export_versions,
    import_changeset,
    put_in_preview,
    read_any,
    values_kept,
)
from zoneeditor.io.project_file import read_project

B = "Proposal B"


@pytest.fixture
def project(sample_copy):
    """The sample, with notes the delegation wrote on every zone of Proposal B."""
    project = read_project(sample_copy)
    doc = Document(project)
    from zoneeditor.core.changes import ChangeSet, Delta

    zones = [f for f in project.versions[B] if f.layer.value == "zones"]
    doc.apply(ChangeSet("notes", B, tuple(
        Delta(f, f.with_attributes(notes=f"our note on {f.name}")) for f in zones)))
    return project


def sent_back(project, tmp_path, edit, name="back.geojson"):
    """Proposal B exported to GeoJSON, its features' properties edited by ``edit`` (as
    another party's tool would), and the file read as the import reads it."""
    export_versions(project, [B], "geojson", tmp_path / "b.geojson")
    data = json.loads((tmp_path / "b.geojson").read_text(encoding="utf-8"))
    for feature in data["features"]:
        edit(feature)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return read_any(path, sandbox=False)


def drop(*names):
    """An edit that removes the properties ``names`` and moves a vertex of Northern Hama."""
    def edit(feature):
        edit_feature(feature, names)
    return edit


def changes(old, new):
    report = diff_versions(old, new)
    return {fd.id: (fd.change, tuple(fd.changed_attributes)) for fd in report.changed}


@pytest.mark.parametrize("how", ["into", "copy"])
def test_a_file_without_notes_keeps_the_notes_of_the_version(project, tmp_path, how):
    result = sent_back(project, tmp_path, drop("notes", "name_local"))
    features = result.accepted()
    assert "notes" not in result.given[MOVED] and "name" in result.given[MOVED]
    before = project.versions[B]
    snapshot = {f.id: f for f in before}
    target, base = (B, None) if how == "into" else ("Back", B)
    kept = values_kept(project, features, target, base, result.given)
    cs = import_changeset(project, features, target, "Import back.geojson", base=base,
                          given=result.given)
    doc = Document(project)
    doc.apply(cs)
    made = project.versions[target]
    from zoneeditor.core.model import Version

    old = Version(B, dict(snapshot))
    assert changes(old, made) == {MOVED: (Change.MODIFIED, ())}
    assert made.features[MOVED].attributes["notes"] == "our note on Northern Hama"
    assert made.features["zone-idlib"].attributes["name_local"] == "إدلب"
    # said in one sentence: which, from which version, for how many
    assert kept.names() == ["name_local", "notes"]
    note = str(kept.note())
    assert note.startswith("kept from 'Proposal B' for ")
    assert "local name, notes" in note or "name_local, notes" in note
    assert "have no column for" in note


@pytest.mark.parametrize("target,base", [(B, None), ("Back", B)])
def test_an_empty_value_in_a_column_the_file_has_is_an_edit(project, tmp_path, target, base):
    def edit(feature):
        if feature["properties"]["zid"] == MOVED:
            feature["properties"]["notes"] = ""
    result = sent_back(project, tmp_path, edit)
    assert "notes" in result.given[MOVED]
    features = result.accepted()
    copy = {f.id: f for f in project.versions[B]}
    assert values_kept(project, features, target, base, result.given).note() is None
    cs = import_changeset(project, features, target, "Import", base=base,
                          given=result.given)
    Document(project).apply(cs)
    from zoneeditor.core.model import Version

    assert changes(Version(B, copy), project.versions[target]) == {
        MOVED: (Change.MODIFIED, ("notes",))}


def test_a_new_feature_keeps_what_the_file_gives(project, tmp_path):
    result = sent_back(project, tmp_path, drop("notes"))
    features = result.accepted()
    new = features[0].with_attributes()
    from zoneeditor.core.model import Feature

    fresh = Feature("zone-new", new.layer, new.geometry.buffer(-0.01), dict(new.attributes))
    given = {**result.given, "zone-new": result.given[new.id]}
    cs = import_changeset(project, [*features, fresh], B, "Import", given=given)
    Document(project).apply(cs)
    assert project.versions[B].features["zone-new"].attributes["notes"] == ""


def test_a_geometry_only_file_keeps_every_attribute(project, tmp_path):
    def edit(feature):
        feature["properties"] = {"zid": feature["properties"]["zid"]}
        drop()(feature)
    result = sent_back(project, tmp_path, edit)
    features = result.accepted()
    old = {f.id: f for f in project.versions[B]}
    preview = put_in_preview(project, features, B, result.given)
    assert preview.counts() == (1, 0, len(old) - 1)
    Document(project).apply(import_changeset(project, features, B, "Import",
                                             given=result.given))
    from zoneeditor.core.model import Version

    assert changes(Version(B, old), project.versions[B]) == {MOVED: (Change.MODIFIED, ())}
    assert project.versions[B].features[MOVED].party == "Government"


def test_a_geometry_only_file_without_ids_put_into_a_copy(project, tmp_path):
    def edit(feature):
        feature["properties"] = {}
    result = sent_back(project, tmp_path, edit)
    # zones are paired by shared area (lines and points need an id, code or name)
    features = [f for f in result.accepted() if f.layer.value == "zones"]
    cs = import_changeset(project, features, "Shapes", "Import", base=B, given=result.given)
    Document(project).apply(cs)
    assert changes(project.versions[B], project.versions["Shapes"]) == {}
    kept = values_kept(project, features, "Shapes", B, result.given)
    assert "name" in kept.names() and "party" in kept.names()


def test_a_party_only_file_changes_parties_and_keeps_the_rest(project, tmp_path):
    def edit(feature):
        props = feature["properties"]
        party = "Government" if props["zid"] == "zone-south" else props["party"]
        feature["properties"] = {"zid": props["zid"], "party": party}
    result = sent_back(project, tmp_path, edit)
    features = result.accepted()
    old = {f.id: f for f in project.versions[B]}
    Document(project).apply(import_changeset(project, features, B, "Import",
                                             given=result.given))
    from zoneeditor.core.model import Version

    assert changes(Version(B, old), project.versions[B]) == {
        "zone-south": (Change.MODIFIED, ("party",))}
    assert project.versions[B].features["zone-south"].name == "Southern zone"


def test_the_import_is_one_undoable_step(project, tmp_path):
    result = sent_back(project, tmp_path, drop("notes"))
    doc = Document(project)
    before = dict(project.versions[B].features)
    doc.history.push(import_changeset(project, result.accepted(), "Back", "Import",
                                      base=B, given=result.given))
    assert "Back" in project.versions
    doc.history.undo()
    assert "Back" not in project.versions and project.versions[B].features == before
    assert AGREED in project.versions
