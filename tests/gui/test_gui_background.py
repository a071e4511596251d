"""BackgroundJobs: results arrive on the UI thread, a newer job makes older results stale,
errors and progress are delivered, and wait()/join() tell tests when it is all over."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from zoneeditor.core.errors import ReadError
from zoneeditor.gui.background import BackgroundJobs, error_text


@pytest.fixture
def jobs(qapp):
    owner = QObject()
    yield BackgroundJobs(owner, "test")
    owner.deleteLater()


def test_the_result_arrives_on_the_ui_thread(jobs):
    ui = threading.current_thread()
    seen: list[tuple[object, threading.Thread]] = []
    ran_on: list[threading.Thread] = []

    def work(_progress):
        ran_on.append(threading.current_thread())
        return 42

    generation = jobs.submit(work, on_done=lambda r: seen.append((r, threading.current_thread())))
    assert generation == jobs.generation == 1
    assert jobs.wait(10)
    assert seen == [(42, ui)]
    assert ran_on and ran_on[0] is not ui
    assert not jobs.is_busy()


def test_a_newer_job_makes_the_older_result_stale(jobs):
    release = threading.Event()
    shown: list[str] = []

    def slow(_progress):
        release.wait(10)
        return "old"

    jobs.submit(slow, on_done=shown.append)
    jobs.submit(lambda _p: "new", on_done=shown.append)
    assert jobs.is_busy()
    release.set()
    assert jobs.wait(10)
    assert shown == ["new"]  # the old result was dropped, whatever order they finished in


def test_cancel_drops_running_work(jobs):
    release = threading.Event()
    shown: list[str] = []
    jobs.submit(lambda _p: release.wait(10) and "late", on_done=shown.append)
    jobs.cancel()
    release.set()
    assert jobs.wait(10)
    assert shown == []


def test_errors_and_progress_are_delivered(jobs):
    lines: list[str] = []
    errors: list[BaseException] = []

    def work(progress):
        progress("reading a.shp")
        progress("reading b.shp")
        raise ReadError("b.shp", "the file is truncated")

    jobs.submit(work, on_done=lambda _r: pytest.fail("no result expected"),
                on_error=errors.append, on_progress=lines.append)
    assert jobs.wait(10)
    assert lines == ["reading a.shp", "reading b.shp"]
    assert len(errors) == 1 and isinstance(errors[0], ReadError)
    assert error_text(errors[0]) == str(errors[0])
    # a bug of ours: one sentence (translated in the window) that still names the error
    assert error_text(ValueError("bad")) == "An unexpected error occurred: ValueError: bad"
    # the system's refusal in our words, never its strerror
    assert error_text(OSError(28, "No space left on device")) == "the disk is full"


def test_join_waits_for_the_threads_without_delivering(jobs):
    shown: list[int] = []
    jobs.submit(lambda _p: 7, on_done=shown.append)
    jobs.join(10)
    assert shown == [] and jobs.is_busy()  # delivered only when the event loop runs
    assert jobs.wait(10)
    assert shown == [7]


def test_a_deleted_owner_drops_the_result_quietly(qapp):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    owner = QObject()
    jobs = BackgroundJobs(owner, "gone")
    release = threading.Event()
    shown: list[str] = []
    jobs.submit(lambda _p: release.wait(10) and "late", on_done=shown.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(jobs)  # the window closed while the work ran
    release.set()
    jobs.join(10)  # the worker's delivery met a deleted object and gave up quietly
    QCoreApplication.processEvents()
    assert shown == []


def test_owners_deleted_while_their_workers_deliver_never_crash(qapp):
    """The race that once ended a run with a segfault: the UI thread deletes the owner at
    the very moment the worker delivers. Hundreds of rounds, the deletion and the delivery
    released together; every result is either shown (owner alive) or dropped, never a crash."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    shown: list[int] = []
    for k in range(300):
        owner = QObject()
        jobs = BackgroundJobs(owner, "race")
        go = threading.Barrier(2)

        def work(_progress, k=k, go=go):
            go.wait(10)
            return k

        jobs.submit(work, on_done=shown.append)
        go.wait(10)
        owner.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        assert not shiboken6.isValid(jobs)
        jobs.join(10)
    QCoreApplication.processEvents()
    assert shown == []  # every owner was gone before its event loop turn
