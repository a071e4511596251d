"""A keyboard-only user reaches every panel: F6 / Shift+F6 round the map and the docks they
can see, Ctrl+digit to show one, Esc back to the map, typed keys kept in the panel, a mark
on the pane the keys go to; and the menus open with Alt and a letter."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QListWidget, QMenu

from zoneeditor.gui.help_shortcuts import collect
from zoneeditor.gui.window_focus import PaneFocus


def focus_pane(window) -> object:
    return window.pane_focus.pane_of(QApplication.focusWidget())


def dock(window, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, f"dock_{name}")
    assert found is not None, name
    return found


def test_f6_goes_round_the_map_and_the_docks_in_sight_and_shift_f6_back(editor):
    focus: PaneFocus = editor.pane_focus
    panes = focus.panes()
    assert panes[0] is not editor.canvas and editor.canvas in panes  # left docks, map, right
    assert all(d.isVisible() and not d.visibleRegion().isEmpty()
               for d in panes if d is not editor.canvas)
    hidden = [d for d in editor.findChildren(QDockWidget)
              if d.isVisible() is False or d.visibleRegion().isEmpty()]
    assert not set(hidden) & set(panes)  # behind another's tab, or closed: not visited
    editor.canvas.setFocus()
    start = panes.index(editor.canvas)
    visited = []
    for _ in panes:
        editor.map.key("F6")
        visited.append(focus_pane(editor))
    assert visited == panes[start + 1:] + panes[:start + 1]  # round, back on the map
    editor.map.key("Shift+F6")
    assert focus_pane(editor) is panes[start - 1]
    assert focus.marked is panes[start - 1]  # the mark shows where the keys go
    assert focus._mark.isVisible() and focus._mark.parentWidget() is panes[start - 1]


def test_a_dock_is_entered_on_its_first_field_and_typing_stays_there(editor):
    editor.map.version("Proposal B")
    editor.selection.set({"zone-idlib"})
    attributes = editor.attributes_panel
    editor.map.key("Ctrl+3")  # Attributes
    assert QApplication.focusWidget() is attributes.name
    tool = type(editor.editor.tool)
    attributes.name.selectAll()
    editor.map.type("Zaza")  # Z is the Draw zone key on the map; here it is a letter
    assert attributes.name.text() == "Zaza"
    assert type(editor.editor.tool) is tool
    attributes.name.setCursorPosition(3)
    editor.map.key("Delete")  # deletes a letter, not the selected zone
    assert attributes.name.text() == "Zaz"
    assert editor.document.feature("zone-idlib") is not None
    editor.map.key("Tab")
    assert QApplication.focusWidget() is attributes.name_local
    editor.map.key("Escape")  # back to the map; the name was taken on leaving the field
    assert QApplication.focusWidget() is editor.canvas
    assert editor.pane_focus.marked is editor.canvas
    assert editor.document.feature("zone-idlib").name == "Zaz"
    assert set(editor.selection) == {"zone-idlib"}  # Esc reached no tool on the map
    for _ in editor.pane_focus.panes():  # round to the dock again: where the focus was in it
        editor.map.key("F6")
        if focus_pane(editor) is dock(editor, "attributesPanel"):
            break
    assert QApplication.focusWidget() is attributes.name_local


def test_a_digit_key_brings_a_dock_from_behind_its_tab_or_closed(editor):
    history = dock(editor, "historyPanel")
    layers = dock(editor, "layersPanel")
    editor.tabifyDockWidget(layers, history)
    layers.raise_()
    QApplication.processEvents()
    assert history.visibleRegion().isEmpty()
    editor.map.key("Ctrl+2")
    QApplication.processEvents()
    assert not history.visibleRegion().isEmpty()
    assert isinstance(QApplication.focusWidget(), QListWidget)
    tool = type(editor.editor.tool)
    editor.map.key("Z")  # a letter in a list: searches it, switches no tool
    assert type(editor.editor.tool) is tool
    history.close()
    editor.map.key("Ctrl+0")
    assert QApplication.focusWidget() is editor.canvas
    editor.map.key("Ctrl+2")
    assert history.isVisible() and focus_pane(editor) is history
    editor.map.key("Ctrl+Z")  # keys with Ctrl still reach the window from a panel
    editor.map.key("Escape")
    editor.map.key("Z")  # and on the map a letter is the tool's key again
    assert type(editor.editor.tool) is not tool


def test_a_dock_with_nothing_to_type_in_is_entered_all_the_same(editor):
    editor.selection.clear()
    attributes = dock(editor, "attributesPanel")
    editor.map.key("Ctrl+3")
    assert focus_pane(editor) is attributes  # its scrolling area: Esc and F6 work from it
    assert QApplication.focusWidget() is attributes.widget()
    editor.map.key("Escape")
    assert QApplication.focusWidget() is editor.canvas


def test_every_dock_has_its_key_in_view_keyboard_focus(editor):
    focus = editor.pane_focus
    assert focus.menu.menuAction() in editor.menu("View").actions()
    keys = {d.objectName(): a.shortcut().toString() for d, a in focus.dock_actions.items()}
    assert keys["dock_layersPanel"] == "Ctrl+1" and keys["dock_historyPanel"] == "Ctrl+2"
    assert keys["dock_attributesPanel"] == "Ctrl+3"
    assert len(set(keys.values())) == len(keys)
    assert focus.act_next.shortcut().toString() == "F6"
    assert focus.act_previous.shortcut().toString() == "Shift+F6"


def test_the_shortcut_sheet_lists_the_panel_keys(editor):
    lines = {line.what: line.keys for section in collect(editor) for line in section.shortcuts}
    assert lines["Keyboard focus ▸ Next panel"] == ("F6",)
    assert lines["Keyboard focus ▸ Previous panel"] == ("Shift+F6",)
    assert lines["Keyboard focus ▸ Attributes"] == ("Ctrl+3",)
    assert lines["Keyboard focus ▸ Map"] == ("Ctrl+0",)
    assert lines["Back to the map"] == ("Esc",)


def test_the_mark_leaves_when_the_mouse_moves_the_focus(editor, qtbot):
    from PySide6.QtCore import Qt

    attributes = editor.attributes_panel
    editor.map.version("Proposal B")
    editor.selection.set({"zone-idlib"})
    editor.map.key("Ctrl+0")
    assert editor.pane_focus.marked is editor.canvas
    qtbot.mousePress(attributes.notes.viewport(), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is attributes.notes
    assert editor.pane_focus.marked is None  # a mouse user is not shown a keyboard mark
    qtbot.mouseRelease(attributes.notes.viewport(), Qt.MouseButton.LeftButton)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_each_menu_title_opens_with_alt_and_its_letter(editor, qtbot):
    titles = [a.text() for a in editor.menuBar().actions()]
    letters = [re.search(r"&(?!&)(.)", t) for t in titles]
    assert all(letters), titles
    assert len({m.group(1).casefold() for m in letters}) == len(titles)
    file_menu: QMenu = editor.menu("File")
    editor.map.key("Alt+F")
    qtbot.waitUntil(file_menu.isVisible, timeout=3000)
    file_menu.close()


def test_main_actions_have_alt_letters(windows):
    window = windows.shown(QSize(1200, 800), background=False)
    view = window.menu("View")
    for menu in (window.menu("Edit"), view):
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.menu().title() if action.menu() is not None else action.text()
            assert re.search(r"&(?!&)", text), f"{text!r} has no Alt letter"
    for action in window.pane_focus.menu.actions()[:3]:
        assert "&" in action.text()
    # shown without the mark in a toolbar, a tooltip and the shortcut sheet
    assert "&" not in window.window_actions.act_undo.toolTip()
    assert "&" not in window.window_actions.act_undo.iconText()
    assert all("&" not in line.what for section in collect(window)
               for line in section.shortcuts)


def test_a_line_edit_in_a_dock_keeps_its_own_keys(editor):
    editor.map.version("Proposal B")
    editor.selection.set({"zone-idlib"})
    editor.map.key("Ctrl+3")
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    field.setText("abc")
    field.setCursorPosition(3)
    editor.map.key("Backspace")
    assert field.text() == "ab"
