"""Pictures and a written state of the editor window, for a test that failed.

``window_picture`` is what a user would see: the window and, over it where they are, the
other windows shown (a question, the Export dialog, a menu), each drawn by Qt itself
(``QWidget.grab``), so it works offscreen where there is no screen to capture.
``window_state`` is the same in words, for the plugin's failure report: the status bar's
message, the version shown, the active tool and the modal dialog open with its text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zoneeditor.gui.main_window import MainWindow
from zoneeditor.testing.changes import plain
from zoneeditor.testing.modal import blocking_dialog

#: Messages of ``MapDriver.messages`` quoted in a failure report (the last ones).
LAST_MESSAGES = 5


def shown_windows(window: QWidget) -> list[QWidget]:
    """``window`` and the other top-level windows shown now, back to front (the active
    modal dialog last)."""
    others = [w for w in QApplication.topLevelWidgets()
              if w is not window and w.isVisible()
              and w.windowType() != Qt.WindowType.ToolTip]
    front = QApplication.activeModalWidget()
    if front in others:
        others.remove(front)
        others.append(front)
    return [window, *others]


def window_picture(window: QWidget) -> QPixmap:
    """The window with the dialogs and other windows shown over it, where they are."""
    windows = shown_windows(window)
    area = QRect()
    for w in windows:
        area = area.united(w.geometry())
    ratio = window.devicePixelRatioF()
    picture = QPixmap(area.size() * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(QColor("#808080"))  # what lies between windows: no desktop offscreen
    painter = QPainter(picture)
    painter.setPen(QColor("#404040"))
    for w in windows:
        place = w.geometry().translated(-area.topLeft())
        painter.drawPixmap(place.topLeft(), w.grab())
        if w is not window:  # offscreen windows have no frame: outline each dialog
            painter.drawRect(place.adjusted(0, 0, -1, -1))
    painter.end()
    return picture


def save_picture(window: QWidget, path: Path | str) -> Path:
    """``window_picture`` saved as PNG at ``path``, its missing folders made; OSError
    saying why when it cannot be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OSError(f"could not write {path}: its folder {path.parent} cannot be made "
                      f"({exc.strerror or exc})") from exc
    if not window_picture(window).save(str(path), "PNG"):
        raise OSError(f"could not write {path} (the folder exists; is it writable, is there "
                      f"room?)")
    return path


def dialog_text(dialog: QWidget) -> str:
    """A dialog as the failure report names it: class, title and a message box's text."""
    text = f"{type(dialog).__name__} {plain(dialog.windowTitle())!r}"
    if isinstance(dialog, QMessageBox):
        said = [plain(t) for t in (dialog.text(), dialog.informativeText()) if t]
        if said:
            text += ": " + " / ".join(" ".join(s.split()) for s in said)
    return text


def window_state(window: MainWindow, messages: list[str]) -> list[str]:
    """What the window shows now, in lines: status message, recent messages, version,
    tool, the modal dialog open."""
    lines = [f"status bar: {plain(window.statusBar().currentMessage())!r}"]
    if messages:
        lines.append(f"last messages: {messages[-LAST_MESSAGES:]!r}")
    lines.append(f"shown version: {window.editor.document.current_version!r}")
    lines.append(f"active tool: {window.editor.tool.name}")
    dialog = blocking_dialog(window)
    lines.append(f"modal dialog: {dialog_text(dialog) if dialog is not None else 'none'}")
    return lines


__all__ = ["save_picture", "shown_windows", "window_picture", "window_state"]
