"""Recording a project's states as it is saved: the Session's side of the lineage.

A ``LineageTracker`` remembers the content each version had when the session started (its
features are immutable, so this is a dict of references) and, on every save, writes the
lineage into the new file before it replaces the old one (``hook``):

- the rows of the file being replaced (or of the file the session came from, on Save As);
- for each version, the state the session started from — recorded and *pinned* on the first
  save of a session (a copy of a file starts a session there, so the state two copies share
  keeps its content in the copy for good) — and the state being saved, with the previous
  one as its parent;
- what a merge noted (``note_merge``): the merged proposal's parents, the other file's state
  history, the other side's content (pinned), the open conflicts;
- then old unpinned content is pruned (``KEEP_RECENT`` newest states per version stay).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.merge.ancestry import StateRecord
from zoneeditor.core.merge.result import Conflict
from zoneeditor.core.model import Feature, Project
from zoneeditor.io.lineage import codec, store
from zoneeditor.io.project_tables import ExtraTables, own_tables

#: Unpinned states whose content each version keeps (the newest saves).
KEEP_RECENT = 10


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass
class MergeNote:
    """What a merge adds to the lineage at the next save.

    ``version``: the proposal the merge wrote; ``parents``: digests of the two merged states;
    ``other_file``: the file the other side came from (its state history is learnt);
    ``keep``: (version name, features, file name) of states to keep pinned (the other side);
    ``conflicts``: the proposal's open conflicts, ``states``: (base, ours, theirs) of every
    feature they concern.
    """

    version: str
    parents: tuple[str, ...]
    other_file: Path | None = None
    keep: list[tuple[str, Mapping[str, Feature], str]] = field(default_factory=list)
    conflicts: tuple[Conflict, ...] = ()
    states: dict[str, tuple[Feature | None, Feature | None, Feature | None]] = field(
        default_factory=dict)


class Digests:
    """Revision hashes of features, remembered per feature object (features are immutable)."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[Feature, str]] = {}

    def of(self, feature: Feature) -> str:
        """The revision hash of one feature."""
        hit = self._memo.get(id(feature))
        if hit is not None and hit[0] is feature:
            return hit[1]
        h = codec.revision_hash(feature)
        self._memo[id(feature)] = (feature, h)
        return h

    def state(self, features: Iterable[Feature]) -> tuple[str, dict[str, str]]:
        """(state digest, feature id -> revision hash) of a version's content."""
        hashes = {f.id: self.of(f) for f in features}
        return codec.state_digest(list(hashes.values())), hashes


class LineageTracker:
    """The lineage side of a Session (see module doc)."""

    def __init__(self, source: Path | None, project: Project) -> None:
        self.source = source
        self._start = {n: dict(v.features) for n, v in project.versions.items()}
        self._first_save = True
        self._notes: list[MergeNote] = []
        self.digests = Digests()

    def note_merge(self, note: MergeNote) -> None:
        """Record a merge at the next save."""
        self._notes.append(note)

    def hook(self, project: Project, target: Path) -> ExtraTables:
        """The lineage tables, written into the new file at this save
        (``write_project(extra=[...])``; their old copies are not carried over)."""
        return own_tables("merge lineage", store.SCHEMA,
                          lambda tmp: self.write(project, tmp, target.name))

    def saved(self, project: Project, target: Path) -> None:
        """After a successful save: the saved file and content are the new starting point."""
        self.source = target
        self._start = {n: dict(v.features) for n, v in project.versions.items()}
        self._first_save = False
        self._notes = []

    def write(self, project: Project, tmp: Path, file_name: str) -> None:
        """Write the lineage tables into ``tmp`` (a complete new project file)."""
        with closing(sqlite3.connect(tmp)) as con:
            store.ensure_tables(con)
            if self.source is not None and self.source.exists():
                store.copy_from(con, self.source)
            for note in self._notes:
                if note.other_file is not None and note.other_file.exists():
                    store.copy_from(con, note.other_file, graph_only=True,
                                    file_name=note.other_file.name)
            if store.get_value(con, "project_id") is None:
                store.set_value(con, "project_id", uuid.uuid4().hex)
            self._record(con, project, file_name)
            store.prune(con, KEEP_RECENT)
            con.commit()

    def _record(self, con: sqlite3.Connection, project: Project, file_name: str) -> None:
        # Imported at the first save: every opened project makes a tracker, few save
        # conflicts, and the conflict code imports the merge machinery (start-up time).
        from zoneeditor.io.lineage.conflicts import drop_settled, write_conflicts

        seq, now = store.next_seq(con), _now()
        notes = {n.version: n for n in self._notes}
        for name, version in project.versions.items():
            digest, hashes = self.digests.state(version)
            last = store.latest(con, name)
            parents: tuple[str, ...] = (last,) if last else ()
            start = self._start.get(name)
            start_digest = None
            if start is not None:
                start_digest, start_hashes = self.digests.state(start.values())
                if self._first_save or last != start_digest:
                    store.put_state(con, StateRecord(
                        start_digest, name, seq, now, "open",
                        (last,) if last and last != start_digest else (), True, file=file_name))
                    seq += 1
                    if not store.has_content(con, start_digest):
                        store.put_content(con, start_digest, start.values(), start_hashes)
                parents = (start_digest,)
            note = notes.get(name)
            if note is not None:
                record = StateRecord(digest, name, seq, now, "merge", note.parents, True,
                                     file=file_name)
            elif digest != start_digest:
                record = StateRecord(digest, name, seq, now, "save", parents, False,
                                     file=file_name)
            else:
                continue
            store.put_state(con, record)
            seq += 1
            if not store.has_content(con, digest):
                store.put_content(con, digest, version.features.values(), hashes)
        for note in self._notes:
            for other_name, features, other_file in note.keep:
                other_digest, other_hashes = self.digests.state(features.values())
                con.execute(
                    f"INSERT OR IGNORE INTO {store.STATES} ({store.SCHEMA[store.STATES][1]}) "
                    "VALUES (?, ?, 0, ?, 'merged-from', '', 1, ?, 0)",
                    (other_digest, other_name, now, other_file))
                store.pin(con, other_digest, other_name)
                if not store.has_content(con, other_digest):
                    store.put_content(con, other_digest, features.values(), other_hashes)
            if note.conflicts:
                write_conflicts(con, note.version, note.conflicts, self.digests, note.states)
        drop_settled(con, project)
