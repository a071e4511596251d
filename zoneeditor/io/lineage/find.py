"""Finding the base of a merge from the two files alone.

``find_base(a_path, a_version, b_path, b_version)`` reads both files' state histories, finds
their newest common state (``core.merge.ancestry``) and fetches its content from whichever
file still keeps it (or from a file whose version *is* that state). When the histories share
nothing, ``NoCommonAncestor`` says so in one sentence and what to do instead.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge.ancestry import Head, StateRecord, common_ancestors
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Version
from zoneeditor.io.lineage import store
from zoneeditor.io.lineage.tracker import Digests


class NoCommonAncestor(ZoneEditorError):
    """Two versions share no recorded state whose content is still kept."""


@dataclass(frozen=True)
class Base:
    """The common ancestor found: its content, digest and a phrase saying what it is."""

    version: Version
    digest: str
    record: StateRecord | None
    phrase: str
    #: True when the newest common state's content was pruned and an older one is used.
    older: bool = False


_HOW = {"open": "as opened", "save": "as saved", "merge": "as merged",
        "merged-from": "as merged from"}


def _phrase(record: StateRecord | None, digest: str) -> str:
    if record is None:
        return Message("state %1", digest[:12])
    o = record.origin
    if record.file and record.saved and o in _HOW:
        # the usual phrase as a Message, so the merge dialog shows it translated
        return Message("%1 as opened in %2 on %3 UTC" if o == "open" else
                       "%1 as saved in %2 on %3 UTC" if o == "save" else
                       "%1 as merged in %2 on %3 UTC" if o == "merge" else
                       "%1 as merged from %2 on %3 UTC",
                       repr(record.version), record.file,
                       record.saved.replace("T", " ")[:16])
    how = _HOW.get(record.origin, f"as recorded ({record.origin})")
    where = f" {'from' if record.origin == 'merged-from' else 'in'} {record.file}" \
        if record.file else ""
    how = how.replace(" from", "") if record.origin == "merged-from" else how
    when = f" on {record.saved.replace('T', ' ')[:16]} UTC" if record.saved else ""
    return f"{record.version!r} {how}{where}{when}"


def version_digest(version: Version, digests: Digests | None = None) -> str:
    """The state digest of a version's current content."""
    return (digests or Digests()).state(version)[0]


def find_base(a_path: Path, a: Version, b_path: Path, b: Version,
              a_label: str | None = None, b_label: str | None = None) -> Base:
    """The common ancestor of version ``a`` of ``a_path`` and ``b`` of ``b_path``."""
    a_label = a_label or f"{a_path.name}:{a.name}"
    b_label = b_label or f"{b_path.name}:{b.name}"
    digests = Digests()
    pid_a, rec_a = store.read_records(a_path)
    pid_b, rec_b = store.read_records(b_path)
    head_a = Head(version_digest(a, digests), a.name, tuple(rec_a))
    head_b = Head(version_digest(b, digests), b.name, tuple(rec_b))
    found = common_ancestors(head_a, head_b)
    for k, anc in enumerate(found):
        features: dict[str, Feature] | None = None
        if anc.digest == head_a.digest:
            features = dict(a.features)
        elif anc.digest == head_b.digest:
            features = dict(b.features)
        else:
            features = store.read_content(a_path, anc.digest)
            if features is None:
                features = store.read_content(b_path, anc.digest)
        if features is None:
            continue
        record = anc.newest if anc.records else None
        name = record.version if record else a.name
        return Base(Version(name, features), anc.digest, record, _phrase(record, anc.digest),
                    older=k > 0)
    sample = _bundled_sample_base(a_path, b_path, a.name, b.name)
    if sample is not None:
        return sample
    advice = Message("name a common ancestor with --base FILE:VERSION, or compare the two "
                     "with 'zoneeditor diff \"%1\" \"%2\"'", a_label, b_label)
    if found:
        newest = found[0]
        raise NoCommonAncestor(Message(
            "%1 and %2 share %3, but neither file keeps its content any more; %4", a_label,
            b_label, _phrase(newest.newest, newest.digest), advice))
    if not rec_a or not rec_b:
        which = a_label if not rec_a else b_label
        raise NoCommonAncestor(Message(
            "%1 has no merge history (it was last saved by an older zoneeditor or another "
            "program), so no common ancestor can be found; %2", which, advice))
    if pid_a and pid_b and pid_a != pid_b:
        raise NoCommonAncestor(Message(
            "%1 and %2 come from two different projects (no state in common); %3", a_label,
            b_label, advice))
    raise NoCommonAncestor(Message("%1 and %2 share no saved state; %3", a_label, b_label,
                                   advice))


def _meta(path: Path) -> tuple[str, str] | None:
    """(title, created) of a project file, read with SQLite (None when unreadable)."""
    try:
        with closing(store.connect(path, readonly=True)) as con:
            rows = dict(con.execute("SELECT key, value FROM zoneeditor_meta").fetchall())
    except sqlite3.Error:
        return None
    return (rows.get("title") or "", rows.get("created") or "")


def _bundled_sample_base(a_path: Path, b_path: Path, a_name: str, b_name: str) -> Base | None:
    """The bundled sample's version, when both files are copies of it made without history.

    Every install ships the sample, so its content is always at hand: two copies edited by
    other programs (which record no history) still share it. A copy is recognised by the
    sample's title and creation time in both files, and a version both name alike.
    """
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import sample_path  # here: session imports this package

    sample = sample_path()
    if not sample.is_file() or a_name != b_name:
        return None
    mine = _meta(sample)
    if mine is None or _meta(a_path) != mine or _meta(b_path) != mine:
        return None
    version = read_project(sample).versions.get(a_name)
    if version is None:
        return None
    return Base(version, version_digest(version), None,
                f"the bundled sample's {a_name!r} (both files are copies of it)")
