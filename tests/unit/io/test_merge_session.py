"""Merging a copy into an open session, as the window will: undoable steps, conflicts kept."""

from __future__ import annotations

import shutil

import pytest
from shapely import Point

from zoneeditor.core import edits
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge import ConflictKind
from zoneeditor.core.merge.resolve import MARKER, is_open, is_resolved, resolution
from zoneeditor.io.lineage import merge_from_file, read_conflicts
from zoneeditor.io.session import Session


@pytest.fixture
def copies(sample_copy, tmp_path):
    """Two copies of the sample: ours renames Ghouta and moves a post, theirs moves it too."""
    other = tmp_path / "other.gpkg"
    shutil.copyfile(sample_copy, other)
    for path, dx, note in ((sample_copy, 0.01, "ours"), (other, -0.01, "theirs")):
        with Session.open(path) as s:
            v = s.document.project.versions["Proposal B"]
            post = v.features["post-rastan"]
            s.document.history.push(edits.set_geometry(
                v, post, Point(post.geometry.x + dx, post.geometry.y), "Move point"))
            ghouta = v.features["zone-ghouta"]
            s.document.history.push(edits.set_attributes(v, ghouta, notes=note))
            s.save()
    return sample_copy, other


def test_a_merge_is_one_undoable_step_and_its_conflicts_resolve_and_unresolve(copies):
    ours_path, other = copies
    with Session.open(ours_path) as s:
        done = merge_from_file(s, "Proposal B", other)
        name = done.proposal.name
        assert name == "Proposal B + other" and name in s.document.project.versions
        keys = sorted(c.key for c in done.result.conflicts)
        assert keys == ["attribute:notes@zone-ghouta", "geometry:whole@post-rastan"]
        s.document.history.undo()
        assert name not in s.document.project.versions
        s.document.history.redo()
        version = s.document.project.versions[name]
        assert not is_resolved(version)
        # resolve one conflict from the list, as a panel would, then undo it
        conflict = next(c for c in done.result.conflicts if c.kind == ConflictKind.ATTRIBUTE)
        s.document.history.push(resolution(conflict, "theirs", version))
        assert not is_open(conflict, version)
        assert version.features["zone-ghouta"].attributes["notes"] == "theirs"
        s.document.history.undo()
        assert is_open(conflict, version)
        assert version.features["zone-ghouta"].attributes["notes"] == "ours"
        assert version.features["zone-ghouta"].attributes[MARKER] == conflict.key
        s.save()
    # after reopening, the open conflicts come back from the file with their three states
    back = read_conflicts(ours_path, name)
    assert sorted(c.key for c in back) == keys
    point = next(c for c in back if c.feature_id == "post-rastan")
    assert point.base.geometry.x == pytest.approx(point.ours.geometry.x - 0.01)
    assert point.spans[0].whole


def test_merging_is_refused_clearly(copies, tmp_path):
    ours_path, other = copies
    with Session.open(ours_path) as s:
        with pytest.raises(ZoneEditorError, match="already has a version"):
            merge_from_file(s, "Proposal B", other, into="agreed")
        done = merge_from_file(s, "Proposal B", other, into="M")
        with pytest.raises(ZoneEditorError, match="open merge conflicts"):
            merge_from_file(s, "M", other)
        assert done.result.conflicts
    sample = Session.sample()
    try:
        with pytest.raises(ZoneEditorError, match="save the project once"):
            merge_from_file(sample, "Proposal B", other)
    finally:
        sample.close()


def test_the_conflicts_of_a_renamed_merge_proposal_are_kept(copies):
    from zoneeditor.core import versions

    ours_path, other = copies
    with Session.open(ours_path) as s:
        done = merge_from_file(s, "Proposal B", other)
        keys = sorted(c.key for c in done.result.conflicts)
        s.save()
        s.document.history.push(versions.rename(s.document.project, done.proposal.name,
                                                "Combined"))
        s.save()
    assert sorted(c.key for c in read_conflicts(ours_path, "Combined")) == keys
