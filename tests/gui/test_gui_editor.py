"""The Editor on its own (no window): it follows the open document and re-emits its signals,
keeps selection and tool context consistent, turns refusals into a signal, and rebinds in one
place when another project is opened."""

from __future__ import annotations

import shapely

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.errors import WriteError
from zoneeditor.core.model import AGREED, Project
from zoneeditor.core.tools.draw import DrawZoneTool
from zoneeditor.core.tools.select import SelectTool
from zoneeditor.gui.editor import Editor
from zoneeditor.io.session import Session


def _editor() -> Editor:
    return Editor(Session.sample(durable=False))


def _record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_document_signals_are_re_emitted(qapp):
    editor = _editor()
    changes, history, clean, versions = (_record(editor.document_changed),
                                         _record(editor.history_changed),
                                         _record(editor.clean_changed),
                                         _record(editor.version_changed))
    editor.switch_version("Proposal B")
    doc = editor.document
    cs = edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="Idlib governorate")
    assert editor.push(cs)
    assert changes == [(cs,)] and versions == [("Proposal B",)]
    assert history and clean == [(False,)]
    assert editor.undo() and editor.redo() and editor.go_to(0)
    assert doc.feature("zone-idlib").name == "Idlib"
    editor.switch_version("no such version")  # ignored, as the version box would
    assert doc.current_version == "Proposal B"


def test_removed_features_leave_the_selection_and_a_version_switch_clears_it(qapp):
    editor = _editor()
    editor.switch_version("Proposal B")
    doc = editor.document
    editor.selection.set({"post-morek", "zone-idlib"})
    editor.push(edits.delete_features(doc.version, ["post-morek"]))
    assert editor.selection.ids == {"zone-idlib"}
    editor.switch_version(AGREED)
    assert editor.selection.ids == frozenset()


def test_a_refused_edit_is_a_signal_not_an_exception(qapp):
    editor = _editor()
    editor.switch_version("Proposal B")
    refused = _record(editor.refused)

    class FullDisk:
        def append(self, changeset, origin):
            raise WriteError("talks.gpkg.zej", "the disk is full")

    doc = editor.document
    assert editor.push(edits.set_attributes(doc.version, doc.feature("zone-hama"), name="H"))
    doc.journal = FullDisk()
    cs = edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="X")
    assert editor.push(cs) is False
    assert doc.feature("zone-idlib").name == "Idlib"
    assert len(refused) == 1 and "disk is full" in refused[0][0]
    assert editor.undo() is False  # the undo could not be made durable either
    assert doc.feature("zone-hama").name == "H" and len(refused) == 2


def test_tool_context_follows_the_layer_locks_and_the_version(qapp):
    editor = _editor()
    ctx = editor.tool_context
    assert ctx.version_locked  # the agreed baseline is locked by default
    editor.switch_version("Proposal B")
    assert not ctx.version_locked
    editor.layer_state.set_locked("lines", True)
    editor.layer_state.set_visible("points", False)
    assert ctx.locked_layers == {"lines"} and ctx.hidden_layers == {"points"}
    editor.layer_state.set_flag("show_basemap", False)
    assert ctx.edit_state.snap_to_basemap is False
    editor.set_background("countries", "places")
    assert ctx.edit_state.basemap == "countries" and editor.gazetteer == "places"


def test_choosing_a_tool_emits_changed_then_chosen(qapp):
    editor = _editor()
    assert isinstance(editor.tool, SelectTool)
    order = []
    editor.tool_changed.connect(lambda tool: order.append(("changed", type(tool))))
    editor.tool_chosen.connect(lambda tool: order.append(("chosen", type(tool))))
    editor.choose_tool(DrawZoneTool)
    editor.choose_tool(DrawZoneTool)  # again: restarts the tool, and is a choice again
    assert order == [("changed", DrawZoneTool), ("chosen", DrawZoneTool)] * 2
    assert editor.tool is editor.tool_for(DrawZoneTool)


def test_a_new_session_rebinds_once_and_carries_the_switches_over(qapp):
    editor = _editor()
    old_doc, old_tool = editor.document, editor.tool
    editor.edit_state.snap_enabled = False
    editor.edit_state.drawing_party = "Government"
    editor.selection.set({"zone-idlib"})
    events = []
    editor.session_closing.connect(lambda s: events.append(("closing", s)))
    editor.session_changed.connect(lambda s: events.append(("changed", s)))
    editor.tool_changed.connect(lambda t: events.append(("tool", t)))
    old_session = editor.session
    new = Session(Document(Project()), None, durable=False)
    editor.set_session(new)
    assert [e[0] for e in events] == ["closing", "tool", "changed"]
    assert events[0][1] is old_session and events[2][1] is new
    assert editor.document is new.document and editor.selection.ids == frozenset()
    assert editor.tool is not old_tool and type(editor.tool) is type(old_tool)
    assert editor.tool_context.document is new.document
    assert editor.edit_state.snap_enabled is False and editor.edit_state.drawing_party == ""
    # the old document is not followed any more: its edits reach nobody
    changes = _record(editor.document_changed)
    old_doc.current_version = "Proposal B"
    old_doc.apply(edits.add_feature(old_doc.version, "zones", shapely.box(40, 30, 41, 31)))
    assert changes == []
    editor.push(edits.add_feature(editor.document.version, "zones",
                                  shapely.box(40, 30, 41, 31)))
    assert len(changes) == 1


def test_close_stops_following_the_document(qapp):
    editor = _editor()
    changes = _record(editor.document_changed)
    doc = editor.document
    editor.close()
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="Y"))
    assert changes == []


class _Services:
    """The smallest WindowServices: no main window, just a widget and lists of what was put
    where (what a panel or add-on test can use instead of the whole window)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QWidget

        self._widget = QWidget()
        self.menus: dict = {}
        self.docks: dict = {}
        self.toolbars: list = []
        self.file_actions: list = []
        self.status_widgets: list = []
        self.messages: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self._settings = None

    @property
    def main_widget(self):
        return self._widget

    def menu(self, name):
        from PySide6.QtWidgets import QMenu

        return self.menus.setdefault(name, QMenu(name, self._widget))

    def add_dock(self, widget, title, area=None, on_demand=False):
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self._widget)
        dock.setWidget(widget)
        self.docks[widget.objectName()] = dock
        return dock

    def add_toolbar(self, bar, new_row=False):
        self.toolbars.append(bar)

    def add_file_action(self, action):
        self.file_actions.append(action)

    def add_status_widget(self, widget):
        self.status_widgets.append(widget)

    def status(self, message, timeout_ms=6000):
        self.messages.append(message)

    def show_error(self, title, text):
        self.errors.append((title, text))

    @property
    def settings(self):
        import tempfile

        from PySide6.QtCore import QSettings

        from zoneeditor.gui.settings import Settings

        if self._settings is None:
            folder = tempfile.mkdtemp(prefix="zoneeditor-services-")
            self._settings = Settings(QSettings(f"{folder}/settings.ini",
                                                QSettings.Format.IniFormat))
        return self._settings

    def maybe_save(self):
        return True


def test_the_addons_need_only_the_editor_the_services_and_the_canvas(qapp):
    from zoneeditor.gui.addons import install_addons
    from zoneeditor.gui.canvas import MapCanvas

    editor = _editor()
    services = _Services()
    canvas = MapCanvas(editor, services.main_widget)
    installed = install_addons(editor, services, canvas)
    assert [a.objectName() for a in services.file_actions] == [
        "action_import", "action_export", "action_print", "action_sync", "action_open_team"]
    assert installed.team_open.action in services.file_actions  # no Open recent to follow
    assert set(services.docks) == {"problemsPanel", "diffPanel", "conflictsPanel"}
    assert [b.objectName() for b in services.toolbars] == ["coordinatesToolbar", "teamToolbar",
                                                           "referenceToolbar"]
    assert [w.objectName() for w in services.status_widgets] == ["syncStatus"]
    assert installed.merge.action in services.menus["Version"].actions()
    assert installed.sync.act_table in services.menus["Version"].actions()
    assert [a.objectName() for a in services.menus["Layer"].actions()] == [
        "action_add_reference"]
    assert installed.changes.wait() is not None  # the Changes panel follows the editor
    installed.editing.act_snap.toggle()
    assert editor.edit_state.snap_enabled is False and services.messages == ["Snapping off"]
    editor.switch_version("Proposal B")
    editor.push(edits.add_feature(editor.document.version, "zones",
                                  shapely.box(40, 30, 41, 31), name="Far"))
    assert any(fd.name == "Far" for fd in installed.changes.wait().changed)
    canvas.shutdown()
    editor.close()
