"""Importing a file that holds only some zones as a new proposal "put into a copy of" a
version: one undoable, journaled step whose proposal is the version with the file's
features in, so the diff reads only what the file changed (not every other zone removed)."""

from __future__ import annotations

import json

import pytest

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.model import AGREED
from zoneeditor.io import recovery
from zoneeditor.io.exchange import ImportRefused, import_changeset, put_in_preview, read_any
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.testing import crash as crashtest


def colleague_file(project, path, *, foreign: bool):
    """Proposal B's Idlib and Eastern Ghouta, alone in a GeoJSON file; ``foreign``: as
    another tool writes them (no ids, other column names, no party)."""
    features = []
    for f in project.versions["Proposal B"]:
        if f.name not in ("Idlib", "Eastern Ghouta"):
            continue
        props = {"ZONE_NM": f.name} if foreign else {"zid": f.id, "name": f.name,
                                                     "party": f.party}
        features.append({"type": "Feature", "properties": props,
                         "geometry": json.loads(json.dumps(f.geometry.__geo_interface__))})
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("foreign", [False, True])
def test_a_partial_file_put_into_a_copy_of_the_baseline(sample_copy, tmp_path, foreign):
    s = Session.open(sample_copy)
    doc = s.document
    agreed = doc.project.versions[AGREED]
    path = colleague_file(doc.project, tmp_path / "colleague.geojson", foreign=foreign)
    features = read_any(path, sandbox=False).accepted()
    preview = put_in_preview(doc.project, features, AGREED)
    assert preview.counts() == (2, 0, len(agreed) - 2) and not preview.covers_all
    assert set(preview.replaced) == {"zone-idlib", "zone-ghouta"}
    cs = import_changeset(doc.project, features, "Colleague", "Import colleague.geojson",
                          base=AGREED)
    doc.history.push(cs)
    made = doc.project.versions["Colleague"]
    assert set(made.features) == set(agreed.features)
    assert made.features["zone-idlib"].party == "Opposition"  # kept where the file had none
    report = diff_versions(agreed, made)
    assert {fd.id: fd.change for fd in report.changed} == {
        "zone-idlib": Change.MODIFIED, "zone-ghouta": Change.MODIFIED}
    # journaled: a crash right after the import loses nothing, and it is one undo step
    want = crashtest.digest(doc)
    crashtest.abandon(s)
    (candidate,), _ = recovery.scan()
    r = Session.recover(candidate)
    assert crashtest.digest(r.document) == want
    assert r.document.history.undo_label == "Import colleague.geojson"
    r.document.history.undo()
    assert "Colleague" not in r.document.project.versions
    r.close()


def test_only_the_files_features_stays_what_it_was(sample_copy, tmp_path):
    project = read_project(sample_copy)
    path = colleague_file(project, tmp_path / "colleague.geojson", foreign=False)
    features = read_any(path, sandbox=False).accepted()
    cs = import_changeset(project, features, "Colleague", "Import")
    assert {d.new.id for d in cs.deltas} == {"zone-idlib", "zone-ghouta"}


def test_a_copy_is_made_only_as_a_new_proposal_of_a_version_there_is(sample_copy, tmp_path):
    project = read_project(sample_copy)
    path = colleague_file(project, tmp_path / "colleague.geojson", foreign=False)
    features = read_any(path, sandbox=False).accepted()
    with pytest.raises(ImportRefused, match="already exists"):
        import_changeset(project, features, "Proposal B", "Import", base=AGREED)
    with pytest.raises(ImportRefused, match="no version called 'Plan C'"):
        import_changeset(project, features, "Colleague", "Import", base="Plan C")
