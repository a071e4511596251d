"""The add-ons of the editor window, installed in one place by direct imports.

An add-on is a module of gui/ with an ``install`` function that takes what it needs (the
``Editor``, the ``WindowServices``, the ``MapCanvas``), adds its menu entries, docks,
toolbars and canvas overlays, connects to the editor's signals and returns its main object.
``install_addons`` calls each in turn, so the import graph shows every add-on and a type
checker checks every call. An installer that fails raises: that is a bug, and the window's
tests (which build the whole window) fail on it.

To add one: write ``gui/<name>.py`` with ``install(...)``, import it here, call it in
``install_addons`` and give ``AddOns`` a field for what it returns (tests reach it as
``window.addons.<field>``). Order matters only for menu placement: File entries appear in
the order installed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction

from zoneeditor.gui import (
    conflicts_panel,
    diff_panel,
    export_dialog,
    help_guide,
    help_shortcuts,
    import_dialog,
    locator,
    merge_action,
    print_action,
    reference_actions,
    statusbar,
    sync_action,
    team_open,
    tool_manager,
    version_menu,
)
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.conflicts_panel import ConflictsPanel
from zoneeditor.gui.diff_panel import DiffPanel
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.help_guide import GuideHelp
from zoneeditor.gui.help_shortcuts import ShortcutHelp
from zoneeditor.gui.locator import Locator
from zoneeditor.gui.merge_action import MergeFromFile
from zoneeditor.gui.reference_actions import ReferenceActions
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.statusbar import StepMessages
from zoneeditor.gui.sync_action import TeamSync
from zoneeditor.gui.team_open import TeamOpener
from zoneeditor.gui.tool_manager import EditingManager
from zoneeditor.gui.version_menu import VersionMenu
from zoneeditor.io.team.login import Passwords


@dataclass(frozen=True)
class AddOns:
    """What each installed add-on returned."""

    #: File ▸ Import… (Ctrl+I).
    import_action: QAction
    #: File ▸ Export… (Ctrl+E).
    export_action: QAction
    #: File ▸ Print… (Ctrl+P).
    print_action: QAction
    #: Snapping and avoid-overlap toggles, coordinate box, buffer dialog, Problems dock.
    editing: EditingManager
    #: The Changes dock and View ▸ Show changes on map.
    changes: DiffPanel
    #: The Conflicts dock (merge proposals and team sync) and its map overlay.
    conflicts: ConflictsPanel
    #: Version ▸ Merge from file….
    merge: MergeFromFile
    #: File ▸ Sync with team server, its toolbar button, the status-bar indicator and
    #: Version ▸ Table this proposal….
    sync: TeamSync
    #: File ▸ Open team project… (log in, choose a project; passwords typed for this run
    #: are shared with the sync through ``Passwords``).
    team_open: TeamOpener
    #: Layer ▸ Add reference layer…, the trace key, Tools ▸ Georeference image…, snap tooltip.
    references: ReferenceActions
    #: View ▸ Go to place or feature… (Ctrl+K).
    locator: Locator
    #: Version ▸ Rename…, Duplicate…, Delete…, Make this proposal the agreed baseline….
    versions: VersionMenu
    #: Help ▸ User guide (F1): the README and docs, offline.
    guide: GuideHelp
    #: Help ▸ Keyboard shortcuts (Ctrl+/): a printable sheet made from the window's actions.
    shortcuts: ShortcutHelp
    #: What Delete, Undo and Redo did, said in the status bar.
    step_messages: StepMessages


def install_addons(editor: Editor, window: WindowServices, canvas: MapCanvas) -> AddOns:
    """Install every add-on into the window; returns what they made."""
    import_action = import_dialog.install(editor, window)
    export_action = export_dialog.install(editor, window)
    print_entry = print_action.install(editor, window, canvas)
    editing = tool_manager.install(editor, window, canvas)
    changes = diff_panel.install(editor, window, canvas)
    conflicts = conflicts_panel.install(editor, window, canvas)
    passwords = Passwords()  # typed in this window, kept in memory only
    return AddOns(
        import_action=import_action,
        export_action=export_action,
        print_action=print_entry,
        editing=editing,
        changes=changes,
        conflicts=conflicts,
        merge=merge_action.install(editor, window, conflicts, changes),
        sync=sync_action.install(editor, window, conflicts, passwords=passwords),
        team_open=team_open.install(editor, window, canvas, passwords),
        references=reference_actions.install(editor, window, canvas),
        locator=locator.install(editor, window, canvas),
        versions=version_menu.install(editor, window, canvas),
        guide=help_guide.install(window),
        shortcuts=help_shortcuts.install(window),
        step_messages=statusbar.install(editor, window),
    )
