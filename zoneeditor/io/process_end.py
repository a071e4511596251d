"""Ending a command's process without the interpreter's teardown, when nothing is left to do.

When ``zoneeditor diff`` (or any command) has printed its last line, CPython still tears the
interpreter down: it clears every module's namespace and frees every object one by one, and
numpy, shapely and pyproj's extension modules alone hold tens of thousands of them. On the
4-zone sample that is ~35 ms of a ~300 ms command (issue #19 item 3, ``bench/diff_process.py``)
during which the user's shell waits for nothing: the operating system reclaims a process's
memory at once. mypy ends its command-line runs the same way.

What the teardown does that matters is done here first, in order: the exit handlers
registered with ``atexit`` run (``logging`` flushes its handlers there), and the standard
streams are flushed. The shortcut is taken only when it is safe:

- no other Python thread is running (Python would wait for a non-daemon one to end).

Everything a command writes to a file is already closed, synced and renamed into place by
``io.atomic`` before the command returns (``docs/durability.md``), so no
buffered file data is left for the teardown to flush.

Only the program's entries call this: ``zoneeditor.__main__.console`` after a command, and
the file readers' children (``io.sandbox_worker``, ``io.reference.worker``) after their last
answer, whose teardown (GDAL's, fiona's) the parent would otherwise wait for. A test or a
program that calls ``main`` keeps its own process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading


def end_process(status: int) -> None:
    """Leave the process now with ``status`` when that is safe; else return (the caller then
    exits the ordinary way, e.g. ``sys.exit(status)``)."""
    if threading.active_count() > 1:
        return  # a thread is still working: the ordinary exit waits for it
    # CPython's own exit runs these too; running them leaves nothing registered behind.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        # A failure means the reader has gone (``| head``), or the disk behind ``> file`` is
        # full, which the command has already said (``cli.common.run_guarded`` flushes and
        # words it): nothing more can reach the stream, and the ordinary exit would only
        # add an "Exception ignored" trace.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(status)
