"""ThreadSignal: emitted from any thread, delivered queued on the receiver's thread; a
receiver deleted meanwhile gets nothing, the courier is only ever destroyed on the UI thread,
and nobody crashes."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from zoneeditor.gui.thread_signal import ThreadSignal, _Courier


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[tuple, threading.Thread]] = []

    def take(self, args: tuple) -> None:
        self.got.append((args, threading.current_thread()))


def test_a_worker_emits_and_the_slot_runs_on_the_ui_thread(qapp):
    receiver = _Receiver()
    signal = ThreadSignal()
    signal.connect(receiver.take)
    worker = threading.Thread(target=signal.emit, args=(1, "two"))
    worker.start()
    worker.join(10)
    assert receiver.got == []  # queued: nothing before the event loop turns
    QCoreApplication.processEvents()
    assert receiver.got == [((1, "two"), threading.main_thread())]


def test_a_deleted_receiver_gets_nothing(qapp):
    receiver = _Receiver()
    got = receiver.got
    signal = ThreadSignal()
    signal.connect(receiver.take)
    receiver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    worker = threading.Thread(target=signal.emit, args=("late",))
    worker.start()
    worker.join(10)
    QCoreApplication.processEvents()
    assert got == []


def test_the_last_reference_may_be_dropped_by_a_worker(qapp):
    """A worker that outlives everything on the UI side lets go of the last reference; the
    courier is then deleted on the UI thread, never on the worker (see the stress test)."""
    receiver = _Receiver()
    signal = ThreadSignal()
    signal.connect(receiver.take)
    destroyed_on: list[threading.Thread] = []
    signal._courier.destroyed.connect(lambda: destroyed_on.append(threading.current_thread()))
    emit = signal.emitter()
    del signal
    release = threading.Event()
    done: list[bool] = []

    def work(emit) -> None:
        release.wait(10)
        emit()
        done.append(True)

    worker = threading.Thread(target=work, args=(emit,))
    worker.start()
    del emit  # the worker's arguments hold the last reference; Thread drops them on its end
    receiver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    release.set()
    worker.join(10)
    gc.collect()
    QCoreApplication.processEvents()
    assert done == [True]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert destroyed_on == [threading.main_thread()]  # not on the worker


def test_couriers_do_not_pile_up(qapp):
    """Every courier let go of (here by a worker) is deleted once the UI's loop turns."""
    before = sum(isinstance(c, _Courier) for c in qapp.children())
    signals = [ThreadSignal() for _ in range(50)]
    worker = threading.Thread(target=signals.clear)
    worker.start()
    worker.join(10)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert sum(isinstance(c, _Courier) for c in qapp.children()) == before


# A window deleted on the UI thread while its jobs' threads end: the worker's end drops the
# last reference to the job's ThreadSignal while the UI thread destroys the receiver. When the
# courier was destroyed there, on the worker, the receiver's destructor called the courier's
# disconnectNotify through the Python wrapper the worker was freeing: a segfault in 10 runs of
# 10 (3,000 windows, ~0.5 s each), seen once in a full test run. Its own process, so that a
# crash is this test's failure with its stacks, not the end of the run.
_DELETED_WHILE_ENDING = """
import faulthandler, sys
faulthandler.enable()
from PySide6.QtWidgets import QApplication, QWidget
from zoneeditor.gui.background import BackgroundJobs

app = QApplication([])

def work(_progress):
    return sum(range(2000))  # short: the thread ends while its window is being deleted

for n in range(int(sys.argv[1])):
    window = QWidget()
    jobs = BackgroundJobs(window, "stress")
    jobs.submit(work, on_done=print)
    del jobs
    del window  # deleted here, on the UI thread, while the worker ends
    if n % 100 == 0:
        app.processEvents()
print("survived")
"""


def test_a_window_deleted_while_its_workers_end_does_not_crash(qapp):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", _DELETED_WHILE_ENDING, "3000"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-3000:]
