"""``ThreadSignal``: a signal any thread may emit, delivered on the receiver's own thread.

Why not a signal of the receiver itself? A worker thread that emits a signal *of* a Qt object
races with the UI thread deleting that object (a window or canvas closing while a job ends):
Qt makes emitting from another thread safe only while the *sender* lives, and a sender
destroyed during ``emit`` crashes the process (seen once as a segfault at the end of a test
run). Here the sender is a small courier object that only Python references keep alive — the
worker holds one for as long as it emits — so it cannot die mid-emit; the *receiver* may be
deleted at any time: Qt removes the connection (and drops the queued call) under its own lock
when a receiver is destroyed, which is the thread-safe direction. The courier belongs to no
thread (``moveToThread(None)``), so whichever thread drops the last reference may delete it.

Connect bound methods of Qt objects (or their signals), never lambdas: the connection is then
tied to the receiver and ends with it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class _Courier(QObject):
    """The sender: a parentless object with one signal carrying a tuple of arguments."""

    fired = Signal(object)


class ThreadSignal:
    """Emit from any thread; connected slots run queued on their object's thread.

    ``emit(*args)`` packs the arguments into one tuple; a slot receives that tuple as its
    single argument.
    """

    def __init__(self) -> None:
        self._courier = _Courier()
        # No thread affinity: it receives no events, and a worker may drop the last reference.
        self._courier.moveToThread(None)  # type: ignore[arg-type]  # Qt takes nullptr

    def connect(self, slot: Callable[[tuple], object]) -> None:
        """Call ``slot(args)`` queued on the thread of the object ``slot`` belongs to."""
        self._courier.fired.connect(slot, Qt.ConnectionType.QueuedConnection)

    def emit(self, *args: object) -> None:
        """Deliver ``args`` to every connected slot (safe from any thread, also while a
        receiver is being deleted: a receiver that is gone simply gets nothing)."""
        courier = self._courier  # held on this thread's stack for the whole emit
        with contextlib.suppress(RuntimeError):  # the courier's C++ side already deleted
            courier.fired.emit(args)

    def emitter(self) -> Callable[[], None]:
        """A callable with no arguments that emits (what a worker's ``on_ready`` is set to)."""
        return self.emit
