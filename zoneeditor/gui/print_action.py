"""File ▸ Print… (Ctrl+P): the menu entry and opening the print dialog on what the map shows.

The dialog (``gui.print_dialog.PrintDialog``) gets the project, the version shown, the view,
the layers' look (visibility, opacity, order), the label language, the loaded basemap and the
reference layers shown, so the sheet matches the window. The entry's texts are translated in
the dialog's context ("PrintDialog"), where their translations are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.print_dialog import PrintDialog
from zoneeditor.gui.services import WindowServices
from zoneeditor.render.print_options import MapLook


def open_print_dialog(editor: Editor, window: WindowServices, canvas: MapCanvas) -> PrintDialog:
    """Open the print dialog on what the canvas shows: the project, current version, view,
    layer visibility/opacity/order and label language, the loaded basemap and the reference
    layers shown."""
    document = editor.document
    scene = canvas.scene()
    path = editor.session.path
    dialog = PrintDialog(document.project, document.current_version, canvas.viewport.bounds,
                         window.main_widget,
                         scene.basemap, scene.gazetteer, MapLook.from_scene(scene),
                         scene.label_language if scene.label_language in ("both", "en", "local")
                         else "both", references=scene.references,
                         file_stem=path.stem if path is not None else "",
                         folder=str(path.parent) if path is not None else "")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> QAction:
    """Add File ▸ Print… (Ctrl+P) to the main window, just above Quit; returns the action."""
    action = QAction(QCoreApplication.translate("PrintDialog", "&Print…"), window.main_widget)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.setObjectName("action_print")
    action.setStatusTip(QCoreApplication.translate("PrintDialog",
                                                    "Print the map to PDF, PNG or a printer"))
    action.triggered.connect(lambda: open_print_dialog(editor, window, canvas))
    window.add_file_action(action)
    return action
