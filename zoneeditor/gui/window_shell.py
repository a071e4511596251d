"""What the window shows in the first step of its start, before anything of the project is
read (docs/window.md, "Start-up"): ``MainWindow(opening=...)`` is only a shell — its title,
its size and place from the settings — showing either the **last view** of the project (a
``SnapshotOverlay`` over the whole window, ``gui.window_snapshot``) or a plain centred line,
"Opening syria-deescalation…" (``OpeningNote``). The window builds itself under it.

The overlay is transparent for the mouse (a click reaches the map under it) and goes when
the live window is complete (``MainWindow.map_complete``), at the user's first input, or
after ``OVERLAY_LIMIT_MS``, whichever comes first; the user then sees the live window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from zoneeditor.gui.window_snapshot import Snapshot
from zoneeditor.gui.window_start import USER_INPUT

if TYPE_CHECKING:
    from zoneeditor.gui.main_window import MainWindow

#: The overlay goes after this long, whatever else happened (ms).
OVERLAY_LIMIT_MS = 3000


@dataclass(frozen=True)
class Opening:
    """What a window started in three steps (``zoneeditor``) opens: ``path`` (None: the
    bundled sample) on ``version`` when one was asked for; ``build(window)`` reads it (the
    recovery check, the session) and builds the window's map part (``MainWindow.build``).
    ``snapshot``: False never shows the last view (a team project: its working copy is
    found when it is opened); ``label`` names the project when ``path`` does not."""

    path: Path | None
    version: str | None
    build: Callable[[MainWindow], None]
    snapshot: bool = True
    label: str = ""

    @property
    def name(self) -> str:
        """The project's name as the line says it ("syria-deescalation")."""
        if self.label:
            return self.label
        if self.path is not None:
            return self.path.stem
        from zoneeditor.io.resources import SAMPLE_NAME

        return Path(SAMPLE_NAME).stem


class OpeningNote(QLabel):
    """The shell's central widget: one centred line, "Opening <project>…". ``painted`` is
    emitted after each of its paints (the shell's first paint is the start's first)."""

    painted = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Opening %1…")
                         .replace("%1", name), parent)
        self.setObjectName("openingNote")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the line, then say so."""
        super().paintEvent(event)
        self.painted.emit()


class SnapshotOverlay(QWidget):
    """The last view of the project, over the whole window while it builds underneath.

    Transparent for the mouse; not opaque to Qt (the widgets under it are painted as usual,
    so the live window is ready the moment it goes). ``remove()`` hides and deletes it;
    ``removed`` is emitted once.
    """

    painted = Signal()
    removed = Signal()

    def __init__(self, snapshot: Snapshot, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("startSnapshot")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._image = snapshot.image
        self._size = snapshot.size
        self._window = window
        self._gone = False
        self.setGeometry(QRect(0, 0, window.width(), window.height()))
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(OVERLAY_LIMIT_MS)
        self._limit.timeout.connect(self.remove)
        self._limit.start()
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def showing(self) -> bool:
        """True until it was removed."""
        return not self._gone

    def cover(self) -> None:
        """Keep it above what the build added to the window."""
        if not self._gone:
            self.raise_()

    def remove(self) -> None:
        """Take it away: the live window is seen (nothing happens the second time)."""
        if self._gone:
            return
        self._gone = True
        self._limit.stop()
        self._window.removeEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        self.removed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture, at the window's top left corner."""
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.end()
        self.painted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window resized away from the picture's size: the picture is no longer true;
        the user's first input: they see the live window at once (the input goes on)."""
        if self._gone:
            return False
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize:
            if self._window.size() != self._size:
                self.remove()
            else:
                self.setGeometry(QRect(0, 0, self._window.width(), self._window.height()))
        elif (kind in USER_INPUT and isinstance(watched, QWidget)
              and watched.window() is self._window):
            self.remove()
        return False
