"""``core.side_worker``: small work is done at once on the caller's thread, large work on one
worker thread; either way the same values come back."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from zoneeditor.core.side_worker import WORKER_MIN_COORDINATES, Here, side_worker


def test_small_work_runs_at_once_here():
    calls: list[str] = []
    with side_worker(WORKER_MIN_COORDINATES - 1, "t") as worker:
        assert isinstance(worker, Here)
        pending = worker.submit(lambda a, b: calls.append(threading.current_thread().name)
                                or a + b, 2, 3)
        assert calls == [threading.current_thread().name]  # done before it was asked for
        assert pending.result() == 5


def test_large_work_runs_on_one_named_worker_thread():
    with side_worker(WORKER_MIN_COORDINATES, "zoneeditor-test") as worker:
        assert isinstance(worker, ThreadPoolExecutor)
        pending = worker.submit(lambda: threading.current_thread().name)
        assert pending.result().startswith("zoneeditor-test")
