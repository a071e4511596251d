"""``ThreadSignal``: a signal any thread may emit, delivered on the receiver's own thread.

Why not a signal of the receiver itself? A worker thread that emits a signal *of* a Qt object
races with the UI thread deleting that object (a window or canvas closing while a job ends):
Qt makes emitting from another thread safe only while the *sender* lives, and a sender
destroyed during ``emit`` crashes the process (seen once as a segfault at the end of a test
run). Here the sender is a small courier object that lives as long as a ``ThreadSignal``
refers to it, so it cannot die mid-emit; the *receiver* may be deleted at any time: Qt
removes the connection (and drops the queued call) under its own lock when a receiver is
destroyed, which is the thread-safe direction.

The courier itself is only ever destroyed on the UI thread. A worker often holds the last
reference to its ``ThreadSignal`` (the window closed while the job ran), and a courier
destroyed on the worker crashed the process when the UI thread was destroying a receiver at
the same moment (a full test run, once; ``tests/gui/test_gui_thread_signal.py`` makes it
happen at will): a receiver's destructor calls its sender's ``disconnectNotify``, which
PySide routes through the sender's Python wrapper — the very wrapper the worker was freeing.
So the courier is a child of the application (Qt owns it, and the application's wrapper keeps
its wrapper alive, so no thread's last reference frees either), and the ``ThreadSignal``,
when it goes — on whichever thread — asks for it to be deleted later, which Qt does on the
UI thread's event loop.

Connect bound methods of Qt objects (or their signals), never lambdas: the connection is then
tied to the receiver and ends with it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


class _Courier(QObject):
    """The sender: a child of the application with one signal carrying a tuple of
    arguments."""

    fired = Signal(object)


class ThreadSignal:
    """Emit from any thread; connected slots run queued on their object's thread.

    ``emit(*args)`` packs the arguments into one tuple; a slot receives that tuple as its
    single argument. Make it on the UI thread, once the application exists.
    """

    def __init__(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None, "a ThreadSignal needs the application (it owns the courier)"
        # Owned by the application, on its thread: never destroyed by a worker's last
        # reference (see the module's docstring), only by ``deleteLater`` in __del__.
        self._courier = _Courier(app)

    def __del__(self) -> None:
        # Whichever thread lets the last reference go, nobody can emit any more: the courier
        # is deleted on the UI thread, when its event loop next turns (deleteLater posts an
        # event, which Qt allows from any thread).
        with contextlib.suppress(RuntimeError, AttributeError):  # already gone at exit
            self._courier.deleteLater()

    def connect(self, slot: Callable[[tuple], object]) -> None:
        """Call ``slot(args)`` queued on the thread of the object ``slot`` belongs to."""
        self._courier.fired.connect(slot, Qt.ConnectionType.QueuedConnection)

    def emit(self, *args: object) -> None:
        """Deliver ``args`` to every connected slot (safe from any thread, also while a
        receiver is being deleted: a receiver that is gone simply gets nothing)."""
        courier = self._courier
        with contextlib.suppress(RuntimeError):  # the application (and its children) gone
            courier.fired.emit(args)

    def emitter(self) -> Callable[[], None]:
        """A callable with no arguments that emits (what a worker's ``on_ready`` is set to)."""
        return self.emit
