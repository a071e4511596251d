"""Where journals are, how they are found again, and how one is put aside: defined in
``io.journal_places`` (outside this package, so the window's start can ask whether a journal
waits without importing recovery), named here for the recovery code."""

from zoneeditor.io.journal_places import (
    SUFFIX,
    discard_empty,
    file_digest,
    journal_may_wait,
    journals_dir,
    pointers_dir,
    register,
    set_aside,
    state_dir,
    unregister,
)

__all__ = ["SUFFIX", "discard_empty", "file_digest", "journal_may_wait", "journals_dir",
           "pointers_dir", "register", "set_aside", "state_dir", "unregister"]
