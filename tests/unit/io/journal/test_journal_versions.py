"""Version management survives a crash and a save: journaled, replayed, written to the file;
a project reopens on the version last shown."""

from __future__ import annotations

from zoneeditor.core import versions
from zoneeditor.core.model import AGREED
from zoneeditor.io import recovery
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import Session
from zoneeditor.testing import crash as crashtest


def names(doc) -> list[str]:
    return list(doc.project.versions)


def test_promote_rename_delete_recover_after_a_crash(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.current_version = "Proposal B"
    doc.history.push(versions.duplicate(doc.project, "Proposal B", "Proposal C"))
    doc.history.push(versions.rename(doc.project, "Proposal C", "Northern option"))
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    doc.history.push(versions.delete(doc.project, "Northern option"))
    doc.history.undo()
    want = crashtest.digest(doc)
    want_names, shown = names(doc), doc.current_version
    crashtest.abandon(s)
    (candidate,), _ = recovery.scan()
    r = Session.recover(candidate)
    assert crashtest.digest(r.document) == want
    assert names(r.document) == want_names == [AGREED, "Agreed until 2025-03-14",
                                               "Northern option"]
    assert r.document.current_version == shown == AGREED
    h = r.document.history
    assert h.redo_label == "Delete proposal Northern option"
    while h.can_undo:
        h.undo()
    assert names(r.document) == [AGREED, "Proposal B"]
    r.close()


def test_a_project_reopens_on_the_version_last_shown(sample_copy, tmp_path):
    s = Session.open(sample_copy)
    s.document.current_version = "Proposal B"
    assert not s.document.is_dirty  # looking at another version is not an edit
    s.save()
    s.close()
    assert read_project(sample_copy).meta.shown_version == "Proposal B"
    again = Session.open(sample_copy)
    assert again.document.current_version == "Proposal B"
    again.close()
    # A file naming a version it no longer has (edited elsewhere) opens on the baseline.
    project = read_project(sample_copy)
    del project.versions["Proposal B"]
    other = tmp_path / "other.gpkg"
    write_project(project, other)
    assert read_project(other).meta.shown_version == ""
    third = Session.open(other)
    assert third.document.current_version == AGREED
    third.close()


def test_renamed_versions_are_saved_in_their_order(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    s.save()
    s.close()
    back = read_project(sample_copy)
    assert list(back.versions) == [AGREED, "Agreed until 2025-03-14"]
    assert back.versions[AGREED].description.startswith("Illustrative proposal")
    assert back.versions["Agreed until 2025-03-14"].features["zone-idlib"].status == "agreed"
