"""Help ▸ User guide (F1): the guide for delegates and staff, in the interface's language,
offline; its links, find, Back/Forward; right-to-left Arabic pages; the keyboard page made
from the window's own shortcut table; Esc and Ctrl+W close it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextFormat, QTextTable
from PySide6.QtTest import QTest

from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.help_guide import UserGuide
from zoneeditor.gui.help_pages import PAGES, SHORTCUTS_PAGE, page_title
from zoneeditor.gui.help_shortcuts import collect
from zoneeditor.io.resources import guide_root

LANGUAGES = ("en", "ar", "ru")


def open_guide(editor, qtbot):
    editor.activateWindow()  # F1 is the editor's key (a closed guide left no active window)
    qtbot.waitUntil(editor.isActiveWindow)
    editor.map.key("F1")
    guide = editor.addons.guide.guide
    assert guide is not None and guide.isVisible()
    qtbot.waitExposed(guide)
    return guide


def shown(guide) -> Path:
    return guide.browser.page()


def blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


# -- opening, links, find ------------------------------------------------------------------------
def test_f1_opens_the_guide_on_its_first_page_and_its_links_work(editor, qtbot):
    guide = open_guide(editor, qtbot)
    root = guide_root()
    assert shown(guide) == root / "en" / "first-steps.md"
    text = guide.browser.toPlainText()
    assert text.startswith("First steps") and "Open the sample" in text
    assert guide.contents.count() == len(PAGES)
    guide.browser.follow(QUrl("drawing.md"))  # what a click on the link does
    assert shown(guide) == root / "en" / "drawing.md"
    assert guide.contents.currentItem().text() == "Drawing and adjusting zones and lines"
    guide.browser.follow(QUrl("coordinates.md#what-you-can-type"))
    assert shown(guide).name == "coordinates.md"
    guide.back.click()
    guide.back.click()
    assert shown(guide).name == "first-steps.md"
    assert guide.forward.isEnabled()
    guide.contents.setCurrentRow(PAGES.index("printing.md"))  # the contents choose a page
    assert shown(guide).name == "printing.md"


def test_a_link_is_followed_when_clicked(editor, qtbot):
    guide = open_guide(editor, qtbot)
    browser = guide.browser
    cursor = browser.document().find("Typing coordinates")
    assert not cursor.isNull() and cursor.charFormat().isAnchor()
    cursor.setPosition(cursor.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    point = browser.cursorRect(cursor).center()
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: shown(guide).name == "coordinates.md")


def test_web_links_and_other_files_are_not_followed(editor, qtbot):
    guide = open_guide(editor, qtbot)
    page = guide.browser.source()
    guide.browser.follow(QUrl("https://www.geonames.org/"))
    assert guide.browser.source() == page
    assert "offline" in guide.note.text()
    assert QGuiApplication.clipboard().text() == "https://www.geonames.org/"
    guide.browser.follow(QUrl("../../../README.md"))  # a file that is not a page of the guide
    assert guide.browser.source() == page and "not part of the guide" in guide.note.text()


def test_find_in_page(editor, qtbot):
    guide = open_guide(editor, qtbot)
    guide.find_box.setText("sample project")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "sample project"
    guide.find_box.setText("no such words anywhere")
    assert not guide.find_next() and "not on this page" in guide.note.text()


# -- closing ---------------------------------------------------------------------------------------
def test_esc_and_ctrl_w_close_the_guide(editor, qtbot):
    guide = open_guide(editor, qtbot)
    QTest.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    guide = open_guide(editor, qtbot)  # the same window, on the page last read
    guide.find_box.setFocus()
    QTest.keyClick(guide.find_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not guide.isVisible()
    guide = open_guide(editor, qtbot)
    guide.find_box.setText("zone")
    QTest.keyClick(guide.find_box, Qt.Key.Key_Escape)  # also while typing in the find box
    assert not guide.isVisible()
    assert editor.isVisible()  # the editor's window stays


# -- the keyboard page -----------------------------------------------------------------------------
@pytest.mark.parametrize("lang", [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang))
                                  for lang in LANGUAGES])
def test_the_keyboard_page_lists_every_shortcut_of_the_window(editor, qtbot, lang):
    guide = open_guide(editor, qtbot)
    guide.show_page(SHORTCUTS_PAGE)
    assert shown(guide) == guide_root() / lang / SHORTCUTS_PAGE
    text = strip_bidi(guide.browser.toPlainText())
    sections = collect(editor)
    assert len(sections) >= 7  # the menus with keys, and the map's own keys
    for section in sections:
        assert strip_bidi(section.title) in text, section.title
        for line in section.shortcuts:
            keys = ", ".join(strip_bidi(k) for k in line.keys)
            assert f"{strip_bidi(line.what)}: {keys}" in text, (line.what, keys)


def test_the_keyboard_page_follows_the_window(editor, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    guide = open_guide(editor, qtbot)
    guide.show_page(SHORTCUTS_PAGE)
    assert "Measure the world" not in guide.browser.toPlainText()
    extra = QAction("Measure the world", editor)
    extra.setShortcut(QKeySequence("Ctrl+Shift+W"))
    editor.menu("Tools").addAction(extra)
    guide.close()
    guide = open_guide(editor, qtbot)  # opened again on the keyboard page: made afresh
    assert "Measure the world: Ctrl+Shift+W" in strip_bidi(guide.browser.toPlainText())


# -- languages -------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang))
                                  for lang in LANGUAGES])
def test_the_guide_opens_in_the_interface_language_with_its_own_pages(editor, qtbot, lang):
    guide = open_guide(editor, qtbot)
    root = guide_root()
    assert shown(guide) == root / lang / "first-steps.md"
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    assert titles == [page_title(root / lang / page) for page in PAGES]
    for row, page in enumerate(PAGES):
        guide.contents.setCurrentRow(row)
        assert shown(guide) == root / lang / page
        assert guide.note.text() == ""  # every page is in this language: nothing to say
    if lang != "en":
        english = [page_title(root / "en" / page) for page in PAGES]
        assert not set(titles) & set(english), "a title left in English"


@pytest.mark.zoneeditor_lang("ar")
def test_arabic_pages_read_right_to_left(editor, qtbot):
    guide = open_guide(editor, qtbot)
    assert guide.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for page in ("first-steps.md", "coordinates.md", SHORTCUTS_PAGE):
        guide.show_page(page)
        browser = guide.browser
        assert browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
        document = browser.document()
        for block in blocks(document):
            fmt = block.blockFormat()
            if not fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
                assert fmt.layoutDirection() == Qt.LayoutDirection.RightToLeft, \
                    (page, block.text())
    # a typed coordinate keeps its order inside the Arabic sentence
    guide.show_page("coordinates.md")
    assert "\u206633°30'36\"N 36°17'29\"E\u2069" in guide.browser.toPlainText()


def test_an_arabic_table_is_mirrored_and_a_missing_page_is_shown_in_english(qtbot, tmp_path):
    root = tmp_path / "guide"
    shutil.copytree(guide_root() / "en", root / "en")
    (root / "ar").mkdir()
    (root / "ar" / "first-steps.md").write_text(
        "# الخطوات الأولى\n\n| الأداة | المفتاح |\n|---|---|\n| رسم منطقة | `Z` |\n",
        encoding="utf-8")
    guide = UserGuide(root, language="ar")
    qtbot.addWidget(guide)
    document = guide.browser.document()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 1
    table = tables[0]
    assert table.format().alignment() & Qt.AlignmentFlag.AlignRight
    # Qt lays columns out left to right: the first column is written last, so it is on the
    # right, where an Arabic reader starts
    assert table.cellAt(0, 1).firstCursorPosition().block().text() == "الأداة"
    assert table.cellAt(1, 0).firstCursorPosition().block().text() == "\u2066Z\u2069"
    assert guide.note.text() == ""
    guide.show_page("drawing.md")  # not translated: English, left to right, and said so
    assert guide.browser.page() == root / "en" / "drawing.md"
    assert guide.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert guide.note.text()
    assert guide.contents.item(1).text() == "Drawing and adjusting zones and lines"
    guide.browser.follow(QUrl("coordinates.md"))  # a link from an English page
    assert guide.browser.page() == root / "en" / "coordinates.md"
    guide.contents.setCurrentRow(0)
    assert guide.browser.page() == root / "ar" / "first-steps.md"
    assert guide.note.text() == ""


def test_without_an_installed_guide_help_says_so(editor, monkeypatch):
    from zoneeditor.gui import help_guide

    monkeypatch.setattr(help_guide, "guide_root", lambda: None)
    errors = []
    monkeypatch.setattr(editor, "show_error", lambda title, text: errors.append(text))
    assert editor.addons.guide.show_guide() is None
    assert len(errors) == 1 and "not installed" in errors[0]
