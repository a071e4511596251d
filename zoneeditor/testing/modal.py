"""Which dialog holds the editor window: the modal dialog a user would have to answer or
close before the window takes a key or a click again (``MapDriver``'s guard).

A window-modal dialog opened with ``open()`` (Export, Print, Import) blocks its parent
window and the windows above it in its parent chain; an application-modal one (a question
run with ``exec()``) blocks every window. Qt then drops a key aimed at the editor, and an
event the driver sends straight to the canvas would reach it where a user's could not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from zoneeditor.core.naming import strip_bidi

#: Characters of a message box's text quoted in a failure.
QUOTED_CHARS = 80


def _blocks(dialog: QWidget, window: QWidget) -> bool:
    """True when the shown modal ``dialog`` keeps input from ``window``."""
    if dialog is window or not dialog.isVisible():
        return False
    modality = dialog.windowModality()
    if modality == Qt.WindowModality.ApplicationModal:
        return True
    if modality != Qt.WindowModality.WindowModal:
        return False
    parent = dialog.parentWidget()
    while parent is not None:  # its parent window, that window's parent window ...
        if parent.window() is window:
            return True
        parent = parent.window().parentWidget()
    return False


def blocking_dialog(window: QWidget) -> QWidget | None:
    """The modal dialog that keeps input from ``window`` now (the one in front when there
    are several), or None."""
    blocking = [w for w in QApplication.topLevelWidgets() if _blocks(w, window)]
    if not blocking:
        return None
    front = QApplication.activeModalWidget()
    return front if front in blocking else blocking[-1]


def describe(dialog: QWidget) -> str:
    """The dialog as a failure names it: its class and window title (and a message box's
    text): ``ExportDialog 'Export'``."""
    text = f"{type(dialog).__name__} {strip_bidi(dialog.windowTitle())!r}"
    if isinstance(dialog, QMessageBox) and dialog.text():
        said = " ".join(strip_bidi(dialog.text()).split())
        if len(said) > QUOTED_CHARS:
            said = said[:QUOTED_CHARS - 1] + "…"
        text += f" saying {said!r}"
    return text


__all__ = ["blocking_dialog", "describe"]
