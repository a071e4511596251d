"""What the window makes in the second part of its start (``MainWindow._complete_start``):
the standard panels in their docks (``make_panels``) and the basemap and towns, loaded off
the UI thread (``load_background``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.core.viewport import Viewport, bucket_tolerance, zoom_bucket
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.io.session import Session
from zoneeditor.render.lod import FULL_DETAIL_BUCKET

if TYPE_CHECKING:
    from zoneeditor.gui.attributes_panel import AttributesPanel
    from zoneeditor.gui.history_panel import HistoryPanel
    from zoneeditor.gui.layers_panel import LayersPanel


class Panels(NamedTuple):
    """The window's standard panels (made when the start completes)."""

    layers: LayersPanel
    attributes: AttributesPanel
    history: HistoryPanel


def _actions_tr(text: str) -> str:
    # Strings first written in the window's actions: their translations are filed there.
    return QCoreApplication.translate("WindowActions", text)


def make_panels(editor: Editor, window: WindowServices) -> Panels:
    """The Layers and History panels docked on the left, Attributes on the right (their
    modules are imported here: the first frame does not need them)."""
    from zoneeditor.gui.attributes_panel import AttributesPanel
    from zoneeditor.gui.history_panel import HistoryPanel
    from zoneeditor.gui.layers_panel import LayersPanel

    parent = window.main_widget
    layers = LayersPanel(editor.layer_state, parent, references=editor.references)
    layers.setObjectName("layersPanel")
    attributes = AttributesPanel(editor, window, parent)
    attributes.setObjectName("attributesPanel")
    history = HistoryPanel(editor, parent)
    history.setObjectName("historyPanel")
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    window.add_dock(layers, _actions_tr("Layers"), left)
    window.add_dock(history, _actions_tr("History"), left)
    window.add_dock(attributes, _actions_tr("Attributes"))
    return Panels(layers, attributes, history)


def load_background(viewport: Viewport) -> tuple[Any, Any]:
    """(basemap, gazetteer), each None when it cannot be loaded (a degraded map, never a
    failed start). Runs off the UI thread: it also simplifies the countries for the zoom of
    ``viewport`` (``Basemap.simplified``, kept with the basemap and shared by every renderer),
    so the first frame with the basemap only builds the paths of what reaches the view
    (``render.land``). It touches no renderer's cache: those belong to the UI thread."""
    basemap = gazetteer = None
    try:
        from zoneeditor.io.basemap import load_basemap

        basemap = load_basemap()
        bucket = zoom_bucket(viewport.ppd)
        if bucket < FULL_DETAIL_BUCKET:  # deeper zooms draw the outlines as they are
            basemap.simplified(bucket_tolerance(bucket))
    except Exception:  # no basemap is a degraded map, never a failed start
        basemap = None
    try:
        from zoneeditor.io.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except Exception:
        gazetteer = None
    return basemap, gazetteer


def panels_menu(view_menu: QMenu, reset: Callable[[], object]) -> tuple[QMenu, QAction]:
    """View ▸ Panels (each dock's toggle is added to it as the dock is made) with its
    Reset panel layout entry calling ``reset``; returns the menu and that action."""
    menu = view_menu.addMenu(_actions_tr("&Panels"))
    menu.setObjectName("menuPanels")
    act = menu.addAction(QCoreApplication.translate("MainWindow", "&Reset panel layout"))
    act.setObjectName("action_reset_layout")
    act.setStatusTip(QCoreApplication.translate(
        "MainWindow", "Put every panel back in its place, arranged for this screen"))
    act.triggered.connect(lambda: reset())
    menu.addSeparator()
    return menu, act


def start_session(status: Callable[[str], None]) -> Session:
    """The bundled sample; an empty project, said in the status bar, when the installation
    cannot give it (the window opens whatever happens)."""
    try:
        return Session.sample()
    except (ZoneEditorError, OSError) as exc:
        status(error_text(exc))
        return Session(Document(Project()), None)
