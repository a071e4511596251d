"""``BackgroundJobs``: run slow work off the UI thread and get its result back on it.

Every piece of the window that computes or reads something slow (the basemap loader, the
Changes panel's diff, the import dialog's reader, the export) uses this one helper, so they
share one staleness rule and one way for tests to wait:

- ``submit(work, on_done, on_error, on_progress)`` starts ``work(progress)`` on a thread of
  its own and returns the job's *generation* (a number that grows with every submit);
- the result (or the exception, or a progress line) is delivered to the callbacks **on the
  UI thread**, through a queued Qt signal, and only if no newer job was submitted meanwhile:
  a stale result is dropped, never shown over a fresher one. ``cancel()`` makes every running
  job stale;
- ``is_busy()`` is True until every submitted job's result was delivered or dropped;
- ``wait()`` (tests, printing) processes events until then; ``join()`` only waits for the
  threads (a dialog closing must not run other events).

Work cannot be interrupted (GDAL and GEOS calls are not cancellable); the thread is a daemon,
so a window closed while it runs does not keep the process alive, and a result for a helper
whose Qt object is gone is dropped. The worker never emits a signal of this object (it may be
deleted meanwhile): results travel through a ``ThreadSignal`` (gui/thread_signal.py).

>>> jobs = BackgroundJobs(panel)                                         # doctest: +SKIP
>>> jobs.submit(lambda progress: diff_versions(a, b), on_done=panel.show_report)  # doctest: +SKIP
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from zoneeditor.gui import tool_messages
from zoneeditor.gui.thread_signal import ThreadSignal

T = TypeVar("T")
#: What ``work`` is given: call it with a line of text to show as progress.
Progress = Callable[[str], None]


def error_text(exc: BaseException) -> str:
    """One line for the user, translated (``gui.tool_messages.error_text``): a
    ZoneEditorError's own sentence, an OSError's meaning, else "An unexpected error
    occurred: ..." naming the error (never a traceback)."""
    return tool_messages.error_text(exc)


@dataclass
class _Job(Generic[T]):
    on_done: Callable[[T], None]
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[str], None] | None
    thread: threading.Thread | None = None


class BackgroundJobs(QObject):
    """Generation-stamped background jobs whose results arrive on the UI thread."""

    def __init__(self, parent: QObject | None = None, name: str = "background") -> None:
        super().__init__(parent)
        self._name = name
        self._generation = 0
        self._jobs: dict[int, _Job[Any]] = {}
        # Made and connected here, so both are queued to the thread this object lives on.
        self._delivered = ThreadSignal()  # (generation, result, exception or None)
        self._delivered.connect(self._on_delivered)
        self._progressed = ThreadSignal()  # (generation, text)
        self._progressed.connect(self._on_progressed)

    @property
    def generation(self) -> int:
        """The generation of the newest job (0 before the first)."""
        return self._generation

    def submit(self, work: Callable[[Progress], T], on_done: Callable[[T], None],
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[str], None] | None = None) -> int:
        """Run ``work(progress)`` on a new thread; returns its generation.

        ``on_done(result)`` or ``on_error(exception)`` is called on the UI thread when it
        ends, unless another job was submitted (or ``cancel`` called) meanwhile. Without
        ``on_error`` an exception in ``work`` is a bug and is raised on the UI thread.
        """
        self._generation += 1
        generation = self._generation
        job: _Job[T] = _Job(on_done, on_error, on_progress)
        delivered, progressed = self._delivered, self._progressed  # the worker's own refs

        def run() -> None:
            result: object = None
            error: BaseException | None = None
            try:
                result = work(lambda text: progressed.emit(generation, text))
            except BaseException as exc:  # delivered to on_error on the UI thread
                error = exc
            # This object may have been deleted meanwhile: then nobody is left to tell.
            delivered.emit(generation, result, error)

        job.thread = threading.Thread(target=run, name=f"{self._name}-{generation}",
                                      daemon=True)
        self._jobs[generation] = job
        job.thread.start()
        return generation

    def cancel(self) -> None:
        """Make every running job stale: their results will be dropped."""
        self._generation += 1

    def is_busy(self) -> bool:
        """True while a submitted job's result has not been delivered or dropped."""
        return bool(self._jobs)

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Process events until every job was delivered or dropped (tests, printing);
        False when ``timeout_s`` passed first."""
        end = time.monotonic() + timeout_s
        while self._jobs:
            if time.monotonic() > end:
                return False
            self.join(0.01)
            QCoreApplication.processEvents()
        return True

    def join(self, timeout_s: float | None = None) -> None:
        """Wait for the running threads without processing events (a closing dialog); their
        results are delivered later, if this object still exists."""
        end = None if timeout_s is None else time.monotonic() + timeout_s
        for job in list(self._jobs.values()):
            if job.thread is None:
                continue
            left = None if end is None else max(0.0, end - time.monotonic())
            job.thread.join(left)

    def _on_progressed(self, message: tuple) -> None:
        generation, text = message
        job = self._jobs.get(generation)
        if job is not None and generation == self._generation and job.on_progress is not None:
            job.on_progress(text)

    def _on_delivered(self, message: tuple) -> None:
        generation, result, error = message
        job = self._jobs.pop(generation, None)
        if job is None or generation != self._generation:
            return  # stale: a newer job was asked for
        if error is None:
            job.on_done(result)
        elif job.on_error is not None:
            job.on_error(error)
        else:
            raise error
