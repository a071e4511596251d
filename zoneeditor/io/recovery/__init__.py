"""Crash recovery: find journals left by an editor that died, and replay them.

Where journals are: beside each saved project (``<name>.gpkg.zej``) and, for projects never
saved (the sample, a new project) or kept in a read-only folder, in ``<user state
dir>/journals``. Every open journal is also registered by a small pointer file in ``<user
state dir>/open``, so the start-up check finds journals beside projects anywhere without
searching the disk.

Which project a journal belongs to is decided by where it is and what it holds, not by the
path recorded inside it (a folder moved after a crash must not lose its edits): a journal
beside a file, named after it, is that file's wherever the folder now lives; a journal whose
recorded file is no longer there belongs to the file holding exactly the bytes it was based
on (its fingerprint) — a renamed file, a moved folder of a read-only medium.

Replaying rebuilds the Document *and* its undo history: the base record restores the
snapshot and the undo stack (entries, index, clean index), then every journaled change is
re-done through the UndoStack with the same call that made it (push, undo or redo). A
verifying sink checks that the stack makes exactly the journaled change with the journaled
origin, so a merge that would not merge again, or a change that does not fit, stops the
replay instead of producing a subtly different document.

Before replaying, an attempt counter is written into the journal: if replay crashes the
process, the next start sees the counter and sets the journal aside (renamed, never deleted)
instead of crashing again. A recovery that cannot even start because the disk is full
(``RecoveryBlocked``) changes nothing and is offered again at the next start.

Modules: ``places`` (where journals are, pointers, set aside), ``candidates`` (which
project a journal belongs to, what it holds), ``room`` (a full disk), ``replay``.
"""

from zoneeditor.io.recovery.candidates import Candidate, find_for, inspect, read_summary, scan
from zoneeditor.io.recovery.errors import RecoveryBlocked, RecoveryError
from zoneeditor.io.recovery.places import (
    discard_empty,
    file_digest,
    journals_dir,
    register,
    set_aside,
    state_dir,
    unregister,
)
from zoneeditor.io.recovery.replay import (
    MAX_ATTEMPTS,
    begin_attempt,
    give_back_attempt,
    replay,
)
from zoneeditor.io.recovery.room import (
    SPACE_MARGIN_BYTES,
    blocked_by,
    check_space,
    journal_bytes,
)

__all__ = [
    "MAX_ATTEMPTS",
    "SPACE_MARGIN_BYTES",
    "Candidate",
    "RecoveryBlocked",
    "RecoveryError",
    "begin_attempt",
    "blocked_by",
    "check_space",
    "discard_empty",
    "file_digest",
    "find_for",
    "give_back_attempt",
    "inspect",
    "journal_bytes",
    "journals_dir",
    "read_summary",
    "register",
    "replay",
    "scan",
    "set_aside",
    "state_dir",
    "unregister",
]
