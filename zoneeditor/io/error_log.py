"""Where zoneeditor writes the traceback of an error that is a bug: the user's log folder.

A user sees one sentence (the command line's "internal error: ...", the window's
"An unexpected error occurred: ..."); whoever fixes the bug needs the traceback, which goes
to ``platformdirs.user_log_dir("zoneeditor")/errors.log``, appended, one entry per error
headed by its time. The command line and the window write it through ``log_error``.
"""

from __future__ import annotations

import datetime
from pathlib import Path


def error_log_path() -> Path:
    """The file tracebacks are appended to."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("zoneeditor")) / "errors.log"


def log_error(exc: BaseException) -> Path | None:
    """Append ``exc``'s traceback to ``error_log_path``; the file written, or None when
    it cannot be written (a bug report must never become a second error)."""
    import traceback  # here: the window's start imports callers of this module

    try:
        log = error_log_path()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat()}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


__all__ = ["error_log_path", "log_error"]
