"""ThreadSignal: emitted from any thread, delivered queued on the receiver's thread; a
receiver deleted meanwhile gets nothing and nobody crashes."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from zoneeditor.gui.thread_signal import ThreadSignal


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
    """A worker that outlives everything on the UI side deletes the courier itself."""
    receiver = _Receiver()
    signal = ThreadSignal()
    signal.connect(receiver.take)
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
