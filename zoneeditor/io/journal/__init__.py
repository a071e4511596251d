"""The edit journal: every applied change set is on disk before the edit is shown as done.

``Journal`` (store.py) is the ``core.document.JournalSink``; ``JournalReader``
(reading.py) opens a journal read-only (the start-up check's ``summary``); ``codec`` turns
change sets and project snapshots into compact versioned bytes (WKB geometry, JSON
attributes). Replaying a journal into a Document and its undo stack lives in
``zoneeditor.io.recovery``.
"""

from zoneeditor.io.journal.codec import (
    CodecError,
    decode_changeset,
    decode_project,
    encode_changeset,
    encode_project,
)
from zoneeditor.io.journal.reading import (
    Base,
    Change,
    JournalDamaged,
    JournalExists,
    JournalInUse,
    JournalReader,
    Summary,
)
from zoneeditor.io.journal.store import (
    SUFFIX,
    Journal,
    journal_path_for,
    open_for_reading,
    process_start,
)

__all__ = [
    "SUFFIX",
    "Base",
    "Change",
    "CodecError",
    "Journal",
    "JournalDamaged",
    "JournalExists",
    "JournalInUse",
    "JournalReader",
    "Summary",
    "decode_changeset",
    "decode_project",
    "encode_changeset",
    "encode_project",
    "journal_path_for",
    "open_for_reading",
    "process_start",
]
