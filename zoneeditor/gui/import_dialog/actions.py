"""File ▸ Import… in the main window: the menu action and how the dialog is opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction

from zoneeditor.gui.editor import Editor
from zoneeditor.gui.import_dialog.dialog import ImportDialog
from zoneeditor.gui.import_dialog.file_picker import ImportFolder
from zoneeditor.gui.read_only import ReadOnlyActions
from zoneeditor.gui.services import WindowServices


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)

def open_import_dialog(editor: Editor, window: WindowServices,
                       files: list[str] | None = None,
                       folder: ImportFolder | None = None) -> ImportDialog:
    """Show the import dialog for the editor's document; its file picker opens where
    ``folder`` says (by default in the project's folder)."""
    if folder is None:
        folder = ImportFolder(lambda: editor.session.path)
    dialog = ImportDialog(editor.document, window.main_widget, files,
                          editor.layer_state.locked_in, folder=folder)
    # What was left out stays in the status bar until the next message replaces it.
    dialog.imported.connect(lambda text, lost: window.status(text, 0 if lost else 6000))
    dialog.open()
    if not files:  # from the menu: ask for the files straight away
        QTimer.singleShot(0, dialog.on_add_clicked)
    return dialog


def install(editor: Editor, window: WindowServices) -> QAction:
    """Add File ▸ Import… (Ctrl+I) to the main window; returns the action."""
    action = QAction(_tr("&Import…"), window.main_widget)
    action.setShortcut("Ctrl+I")
    action.setObjectName("action_import")
    action.setStatusTip(_tr("Import shapefiles, GeoPackage, GeoJSON or KML from another party"))
    # one for the window: the picker opens where files were last picked, not in the home
    # folder each time
    folder = ImportFolder(lambda: editor.session.path)
    action.triggered.connect(lambda: open_import_dialog(editor, window, folder=folder))
    ReadOnlyActions(editor, [action], action)  # off while the project is read-only
    window.add_file_action(action)
    return action
