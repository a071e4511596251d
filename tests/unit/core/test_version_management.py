"""Version management as ordinary change sets: rename, duplicate, delete, promote; one undo
step each, all or none, exactly undone (names, order, descriptions, features, shown version)."""

from __future__ import annotations

import pytest
from conftest import line, project_with, zone
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core import versions
from zoneeditor.core.changes import ChangeSet, Structure, VersionHead, compound
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ConflictError, EditRefused
from zoneeditor.core.model import AGREED, ProjectMeta
from zoneeditor.io.journal import decode_changeset, encode_changeset


def make_doc() -> Document:
    z = zone("z1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="One", party="A",
             status="agreed")
    project = project_with(
        agreed=[z, line("l1", "LINESTRING (1 0, 1 1)", name="Contact", status="agreed")],
        proposals={
            "Proposal A": [z.with_attributes(status="proposed")],
            "Proposal B": [z.with_attributes(status="proposed", name="One bis"),
                           line("l2", "LINESTRING (0 0, 1 1)", status="disputed")],
        })
    project.versions[AGREED].description = "Signed in May"
    project.versions["Proposal B"].description = "Their counter-proposal"
    return Document(project)


def state(doc: Document) -> list:
    return [(n, v.description, dict(v.features)) for n, v in doc.project.versions.items()]


class Recorder:
    """A journal sink that keeps what it was given (and can be told to fail)."""

    def __init__(self) -> None:
        self.records: list[tuple[bytes, str]] = []

    def append(self, changeset: ChangeSet, origin: str) -> None:
        self.records.append((encode_changeset(changeset), origin))


def test_rename_keeps_place_and_the_shown_version_follows():
    doc = make_doc()
    doc.current_version = "Proposal A"
    before = state(doc)
    doc.history.push(versions.rename(doc.project, "Proposal A", "Northern option"))
    assert list(doc.project.versions) == [AGREED, "Northern option", "Proposal B"]
    assert doc.current_version == "Northern option"
    assert doc.project.meta.shown_version == "Northern option"
    assert doc.history.undo_label == "Rename version Proposal A to Northern option"
    doc.history.undo()
    assert state(doc) == before and doc.current_version == "Proposal A"


@pytest.mark.parametrize("name, why", [
    ("", "needs a name"),
    ("   ", "needs a name"),
    ("proposal b", "already exists"),
    ("Agreed", "name of the baseline"),
    ("x" * 81, "at most 80"),
])
def test_rename_refuses_bad_names(name, why):
    doc = make_doc()
    with pytest.raises(EditRefused, match=why):
        versions.rename(doc.project, "Proposal A", name)


def test_rename_cleans_the_name_and_may_change_only_its_case():
    doc = make_doc()
    cs = versions.rename(doc.project, "Proposal B", "  proposal\u202e   B ")
    assert cs.heads[1].name == "proposal B"  # bidi override and extra spaces removed
    doc.history.push(cs)
    assert "proposal B" in doc.project.versions


def test_the_baseline_keeps_its_name_and_cannot_be_deleted():
    doc = make_doc()
    with pytest.raises(EditRefused, match="keeps its name"):
        versions.rename(doc.project, AGREED, "Old")
    with pytest.raises(EditRefused, match="cannot be deleted"):
        versions.delete(doc.project, AGREED)
    # Even a hand-made change set cannot leave a project without its baseline.
    bad = ChangeSet("x", AGREED, structure=Structure.RENAME,
                    heads=(versions.head(doc.project, AGREED), VersionHead("Old", None, 0)))
    with pytest.raises(ConflictError, match="agreed baseline"):
        doc.apply(bad)
    assert AGREED in doc.project.versions


def test_duplicate_copies_features_after_the_source():
    doc = make_doc()
    doc.history.push(versions.duplicate(doc.project, "Proposal A", "Proposal A2"))
    names = list(doc.project.versions)
    assert names == [AGREED, "Proposal A", "Proposal A2", "Proposal B"]
    copy, source = doc.project.versions["Proposal A2"], doc.project.versions["Proposal A"]
    assert copy.features == source.features  # same ids, so a diff matches every feature
    assert copy.description == "Copy of Proposal A"
    doc.history.undo()
    assert list(doc.project.versions) == [AGREED, "Proposal A", "Proposal B"]


def test_delete_is_undone_in_place_with_its_description():
    doc = make_doc()
    doc.current_version = "Proposal B"
    before = state(doc)
    doc.history.push(versions.delete(doc.project, "Proposal B"))
    assert "Proposal B" not in doc.project.versions
    assert doc.current_version == AGREED
    doc.history.push(versions.delete(doc.project, "Proposal A"))
    doc.history.undo()
    doc.history.undo()
    assert state(doc) == before


def test_promote_is_one_undo_step_and_undoes_exactly():
    doc = make_doc()
    doc.current_version = "Proposal B"
    before = state(doc)
    depth = len(doc.history.entries)
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    assert len(doc.history.entries) == depth + 1
    assert list(doc.project.versions) == [AGREED, "Agreed until 2025-03-14", "Proposal A"]
    new_base = doc.project.versions[AGREED]
    assert new_base.features["z1"].name == "One bis"
    # proposed became agreed; the disputed line stays disputed
    assert new_base.features["z1"].status == "agreed"
    assert new_base.features["l2"].status == "disputed"
    old = doc.project.versions["Agreed until 2025-03-14"]
    assert old.features["l1"].name == "Contact"
    assert old.description == ("Agreed baseline until 2025-03-14, replaced by Proposal B. "
                               "Signed in May")
    assert new_base.description == "Their counter-proposal"
    assert doc.current_version == AGREED  # still showing the same content
    doc.history.undo()
    assert state(doc) == before
    assert doc.current_version == "Proposal B"
    doc.history.redo()
    assert list(doc.project.versions)[:2] == [AGREED, "Agreed until 2025-03-14"]


def test_promote_twice_the_same_day_names_the_archive_apart():
    doc = make_doc()
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    doc.history.push(versions.promote(doc.project, "Proposal A", today="2025-03-14"))
    assert "Agreed until 2025-03-14 (2)" in doc.project.versions
    with pytest.raises(EditRefused, match="already the agreed baseline"):
        versions.promote(doc.project, AGREED)


def test_a_compound_change_applies_all_or_nothing():
    doc = make_doc()
    journal = Recorder()
    doc.journal = journal
    before = state(doc)
    good = versions.rename(doc.project, "Proposal A", "First")
    clash = versions.rename(doc.project, "Proposal B", "First")  # fine alone, not after good
    with pytest.raises(ConflictError, match="already exists"):
        doc.apply(compound("both", "Proposal A", [good, clash]))
    assert state(doc) == before and journal.records == []  # nothing changed or journaled


def test_a_stale_version_change_is_refused():
    doc = make_doc()
    cs = versions.delete(doc.project, "Proposal B")
    doc.history.push(versions.rename(doc.project, "Proposal A", "Moved", description="new"))
    doc.project.versions["Proposal B"].description = "edited meanwhile"
    with pytest.raises(ConflictError, match="changed meanwhile"):
        doc.apply(cs)


def test_version_changes_go_to_the_journal_as_one_record_each():
    doc = make_doc()
    journal = Recorder()
    doc.journal = journal
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    doc.history.undo()
    assert [o for _, o in journal.records] == ["do", "undo"]
    promoted = decode_changeset(journal.records[0][0])
    assert promoted == doc.history.entries[0]
    assert promoted.structure == Structure.COMPOUND and len(promoted.parts) == 3
    # replaying the records on a fresh document gives the same state
    fresh = make_doc()
    for data, _ in journal.records:
        fresh.apply(decode_changeset(data))
    assert state(fresh) == state(doc)


def test_inverse_and_emptiness_of_version_changes():
    doc = make_doc()
    cs = versions.promote(doc.project, "Proposal B", today="2025-03-14")
    assert ~~cs == cs and not cs.is_empty
    assert cs.versions_touched == {AGREED, "Proposal B", "Agreed until 2025-03-14"}
    same = ChangeSet("noop", "Proposal A", structure=Structure.RENAME,
                     heads=(versions.head(doc.project, "Proposal A"),) * 2)
    assert same.is_empty
    with pytest.raises(ConflictError):
        cs + cs  # version changes never merge like a drag


def test_the_shown_version_is_view_state_not_an_edit():
    doc = make_doc()
    meta_before = doc.project.meta
    doc.current_version = "Proposal A"
    assert doc.project.meta.shown_version == "Proposal A"
    assert doc.project.meta == meta_before  # compares equal: switching is not an edit
    assert not doc.is_dirty
    reopened = Document(doc.project)
    assert reopened.current_version == "Proposal A"
    doc.project.meta = ProjectMeta(shown_version="gone")
    assert Document(doc.project).current_version == AGREED


@st.composite
def operations(draw):
    """A few version operations by index, resolved against the state when applied."""
    return draw(st.lists(st.tuples(st.sampled_from(["rename", "duplicate", "delete",
                                                    "promote"]),
                                   st.integers(0, 5), st.text("abcXY ", min_size=1,
                                                              max_size=6)),
                         min_size=1, max_size=8))


def _operation(doc, op: str, target: str, name: str) -> ChangeSet:
    if op == "rename":
        return versions.rename(doc.project, target, name)
    if op == "duplicate":
        return versions.duplicate(doc.project, target, name)
    if op == "delete":
        return versions.delete(doc.project, target)
    return versions.promote(doc.project, target, today="2025-01-02")


@settings(max_examples=60, deadline=None)
@given(ops=operations())
def test_any_sequence_of_version_operations_undoes_and_replays_exactly(ops):
    doc = make_doc()
    journal = Recorder()
    doc.journal = journal
    before = (state(doc), doc.current_version)
    for op, k, name in ops:
        names = list(doc.project.versions)
        target = names[k % len(names)]
        doc.current_version = names[(k + 1) % len(names)]
        try:
            cs = _operation(doc, op, target, name)
        except EditRefused:
            continue
        doc.history.push(cs)
        assert next(iter(doc.project.versions)) == AGREED
    after = state(doc)
    replayed = make_doc()
    for data, _ in journal.records:
        replayed.apply(decode_changeset(data))
    assert state(replayed) == after
    while doc.history.can_undo:
        doc.history.undo()
    assert state(doc) == before[0]
    while doc.history.can_redo:
        doc.history.redo()
    assert state(doc) == after
