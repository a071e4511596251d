"""Help ▸ User guide (the README and docs, offline, links working) and Help ▸ Keyboard
shortcuts (a printable sheet made from the window's own actions, in its language)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtTest import QTest

from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.gui.help_guide import PAGES, page_title
from zoneeditor.gui.help_shortcuts import MAP_KEYS, collect, sheet_html
from zoneeditor.io.resources import guide_root

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


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


# -- the user guide ------------------------------------------------------------------------------
def open_guide(editor, qtbot):
    editor.map.key("F1")
    guide = editor.addons.guide.guide
    assert guide is not None and guide.isVisible()
    qtbot.waitExposed(guide)
    return guide


def test_f1_opens_the_guide_on_the_readme_and_its_links_work(editor, qtbot):
    guide = open_guide(editor, qtbot)
    browser = guide.browser
    assert Path(browser.source().toLocalFile()).name == "README.md"
    assert "A desktop map editor for people who negotiate" in browser.toPlainText()
    screenshot = browser.source().resolved(QUrl("docs/screenshot.png"))
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource, screenshot)
    assert image is not None and not image.isNull()
    assert image.width() <= browser.viewport().width()  # fitted to the page
    browser.follow(QUrl("docs/editing.md"))  # what a click on the link does
    assert Path(browser.source().toLocalFile()) == guide.root / "docs" / "editing.md"
    assert guide.contents.currentItem().text() == "Editing"
    browser.follow(QUrl("window.md"))  # a link between two pages of docs/
    assert browser.toPlainText().startswith("The editor window")
    guide.back.click()
    guide.back.click()
    assert Path(browser.source().toLocalFile()).name == "README.md"
    assert guide.forward.isEnabled()


def test_a_link_is_followed_when_clicked(editor, qtbot):
    guide = open_guide(editor, qtbot)
    browser = guide.browser
    cursor = browser.document().find("docs/editing.md")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: browser.source().toLocalFile().endswith("editing.md"))


def test_web_links_are_not_followed_and_their_address_is_copied(editor, qtbot):
    guide = open_guide(editor, qtbot)
    page = guide.browser.source()
    guide.browser.follow(QUrl("https://www.geonames.org/"))
    assert guide.browser.source() == page
    assert "offline" in guide.note.text()
    assert QGuiApplication.clipboard().text() == "https://www.geonames.org/"
    guide.browser.follow(QUrl("../tests/gui/test_testers_kit.py"))
    assert guide.browser.source() == page and "not part of the guide" in guide.note.text()


def test_find_in_page(editor, qtbot):
    guide = open_guide(editor, qtbot)
    guide.find_box.setText("Natural Earth")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "Natural Earth"
    guide.find_box.setText("no such words anywhere")
    assert not guide.find_next() and "not on this page" in guide.note.text()


@pytest.mark.zoneeditor_lang("ar")
def test_the_english_guide_reads_left_to_right_in_an_arabic_interface(editor, qtbot):
    guide = open_guide(editor, qtbot)
    assert guide.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert guide.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert guide.note.text()  # says the guide is in English


# -- the guide is complete, installed as in the checkout ----------------------------------------
def guide_files() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert data["package-dir"]["zoneeditor.guide"] == "."
    return data["package-data"]["zoneeditor.guide"]


def test_the_contents_pages_exist_and_have_titles():
    root = guide_root()
    assert root is not None
    for page in PAGES:
        assert (root / page).is_file(), page
        assert page_title(root / page) != Path(page).name, f"{page} has no # heading"


def test_every_link_between_pages_lands_on_a_page_that_is_installed():
    root = guide_root()
    patterns = guide_files()
    pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    for page in pages:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            target = target.split("#")[0]
            if not target or re.match(r"^[a-z]+:", target):
                continue  # an anchor in the page, or a web address (not followed)
            resolved = (page.parent / target).resolve()
            if resolved.suffix not in (".md", ".png"):
                continue  # source files: the guide says they are not part of it
            assert resolved.is_file(), f"{page.name}: broken link {target}"
            relative = resolved.relative_to(ROOT).as_posix()
            assert any(fnmatch(relative, p) for p in patterns), \
                f"{relative} (linked from {page.name}) is not installed with the guide"


def test_without_an_installed_guide_help_says_so(editor, monkeypatch):
    from zoneeditor.gui import help_guide

    monkeypatch.setattr(help_guide, "guide_root", lambda: None)
    errors = []
    monkeypatch.setattr(editor, "show_error", lambda title, text: errors.append(text))
    assert editor.addons.guide.show_guide() is None
    assert len(errors) == 1 and "not installed" in errors[0]
