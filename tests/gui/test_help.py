"""The Help menu and Help ▸ Keyboard shortcuts (a printable sheet made from the window's own
actions, in its language). The user guide (F1) has its own files: test_help_guide.py (the
window) and test_help_guide_pages.py (its pages)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtGui import QAction, QKeySequence

from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.gui.help_shortcuts import MAP_KEYS, collect, sheet_html


def sheet_lines(window) -> dict[str, tuple[str, ...]]:
    return {line.what: line.keys for section in collect(window) for line in section.shortcuts}


# -- the menu ------------------------------------------------------------------------------------
def test_help_menu_has_the_guide_and_the_shortcuts_above_about(editor):
    texts = [a.text().replace("&", "") for a in editor.menu("Help").actions()]
    assert texts == ["User guide", "Keyboard shortcuts", "", "About ZoneEditor"]


# -- the shortcut sheet ----------------------------------------------------------------------------
def test_every_action_with_a_key_is_on_the_sheet(editor):
    lines = sheet_lines(editor)
    for menu_action in editor.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.menu() is None and not action.shortcut().isEmpty():
                text = action.text().replace("&", "")
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                assert shown in lines[text], f"{text} {shown} is not on the sheet"
    for cls in tool_classes():  # the tools' keys, under the tools' names
        if cls.shortcut:
            assert lines[cls.name] == (cls.shortcut,)
    assert lines["Go to place or feature…"] == ("Ctrl+K",)
    assert lines["Keyboard shortcuts"] == ("Ctrl+/",)
    assert "Ctrl+Z" in lines["Undo"] and "Ctrl+Shift+Z" in lines["Redo"]
    assert not any("Zoom In" in k or k == "Open" for keys in lines.values() for k in keys), \
        "special keys of some keyboards clutter the sheet"


def test_the_sheet_follows_the_window_it_is_made_from(editor, qtbot):
    sheet = editor.addons.shortcuts.show_sheet()
    assert "Measure the world" not in sheet.browser.toPlainText()
    extra = QAction("Measure the world", editor)
    extra.setShortcut(QKeySequence("Ctrl+Shift+W"))
    editor.menu("Tools").addAction(extra)
    editor.findChild(QAction, "action_shortcuts").trigger()  # opened again: made afresh
    assert "Measure the world" in sheet.browser.toPlainText()
    assert "Ctrl+Shift+W" in sheet.browser.toPlainText()
    sheet.close()


def test_the_map_keys_on_the_sheet_do_what_it_says(editor):
    canvas = editor.canvas
    written = {what: keys for what, _template, keys in MAP_KEYS}
    for key in written["Pan the map"]:
        before = canvas.viewport
        editor.map.key(key)
        assert (canvas.viewport.cx, canvas.viewport.cy) != (before.cx, before.cy), key
    zoom_in, zoom_out = written["Zoom in / out at the centre"]
    before = canvas.viewport.ppd
    editor.map.key(zoom_in)
    assert canvas.viewport.ppd > before
    editor.map.key(zoom_out)
    assert canvas.viewport.ppd == pytest.approx(before)
    editor.map.version("Proposal B")  # (the agreed baseline is locked)
    editor.map.show(36.0, 35.0, 37.5, 36.5)
    editor.map.tool("Z")  # Backspace removes the last vertex, Esc cancels
    editor.map.click(36.5, 35.5)
    editor.map.click(36.7, 35.5)
    editor.map.click(36.7, 35.7)
    editor.map.key("Backspace")
    assert len(editor.editor.tool.points) == 2
    editor.map.key("Esc")
    assert editor.editor.tool.points == []


def test_the_sheet_prints_to_pdf(editor, tmp_path):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sheet = editor.addons.shortcuts.show_sheet()
    target = tmp_path / "keys.pdf"
    sheet.write_pdf(str(target))
    text = subprocess.run([pdftotext, "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("ZoneEditor keyboard shortcuts", "Go to place or feature", "Ctrl+K",
                     "Draw zone", "Pan the map", "hold Space"):
        assert expected in text
    sheet.close()


@pytest.mark.zoneeditor_lang("ru")
def test_the_sheet_is_in_the_interface_language(editor):
    sections = collect(editor)
    titles = [s.title for s in sections]
    assert titles[:2] == ["Файл", "Правка"]  # the menus' own (translated) titles
    lines = {line.what for s in sections for line in s.shortcuts}
    assert editor.window_actions.act_save.text().replace("&", "") in lines


@pytest.mark.zoneeditor_lang("ar")
def test_keys_stay_left_to_right_in_an_arabic_sheet(editor):
    html = sheet_html(collect(editor), "x", right_to_left=True)
    assert "\u2066Ctrl+Shift+Z\u2069" in html  # isolated: not "Z+Shift+Ctrl"
    sheet = editor.addons.shortcuts.show_sheet()
    assert sheet.isRightToLeft()
    # the table is mirrored: the keys' cell comes first, so it is drawn on the left
    row = re.search(r"<tr>(.*?)</tr>", sheet_html(sheet.sections, "x", True)).group(1)
    assert row.index("<b>") < row.index('width="62%"')
    sheet.close()
