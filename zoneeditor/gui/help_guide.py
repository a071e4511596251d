"""Help ▸ User guide (F1): the guide for delegates and staff, offline, in the interface's
language.

The pages are Markdown files installed with the application, one folder per language
(``gui.help_pages``: which pages, in which order, English where a language lacks one),
shown by a ``QTextBrowser``: headings, lists, tables and pictures render; links between pages
work (Back and Forward as in a browser); a link to a web site is not followed — ZoneEditor
never goes on the network — its address is shown and copied instead. The contents list the
pages in reading order, each titled by its own first heading, in its own language. An Arabic
page reads right to left (every paragraph, list and table); an English page shown in place
of a missing translation reads left to right and a line under the page says so. The
keyboard page's table is made from the window's own shortcut table each time it is shown.

Esc or Ctrl+W closes the window (it stays where it was, on the page last read).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QImage,
    QKeySequence,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.gui.help_menu import add_help_entry
from zoneeditor.gui.help_pages import (
    FALLBACK,
    PAGES,
    SHORTCUTS_PAGE,
    is_right_to_left,
    page_language,
    page_path,
    page_title,
    shown_markdown,
)
from zoneeditor.gui.help_shortcuts import Section, collect
from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n import current_language
from zoneeditor.io.resources import guide_root

#: Link schemes that lead off this computer: never followed.
EXTERNAL_SCHEMES = frozenset({"http", "https", "ftp", "mailto"})
#: What the keyboard page's table is made from (the window's shortcut table, as it is now).
Shortcuts = Callable[[], Sequence[Section]]


def _no_shortcuts() -> Sequence[Section]:
    return ()


class GuideBrowser(QTextBrowser):
    """A Markdown browser of the guide's pages: follows links between them (in the page's
    language, else English), refuses network ones, lays right-to-left pages out right to
    left, and fits wide pictures to the page's width."""

    #: A link was not followed: its address and why ("network", or "missing": no such page).
    refused = Signal(QUrl, str)

    def __init__(self, root: Path, shortcuts: Shortcuts = _no_shortcuts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideBrowser")
        self.root = root
        self._shortcuts = shortcuts
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)
        self.sourceChanged.connect(self._lay_out_direction)

    def page(self) -> Path:
        """The file of the page shown."""
        return Path(self.source().toLocalFile())

    def show_page(self, path: Path, fragment: str = "") -> None:
        """Show the Markdown page at ``path`` (scrolled to ``fragment`` when it has one)."""
        self.setSource(QUrl.fromLocalFile(str(path)),
                       QTextDocument.ResourceType.MarkdownResource)
        if fragment:
            self.scrollToAnchor(fragment)

    def follow(self, url: QUrl) -> None:
        """A link was clicked: another page of the guide (in the language of the page shown,
        else English), a place in this page, or (not followed) an address on the network or
        a file the guide does not have."""
        if url.scheme() in EXTERNAL_SCHEMES:
            self.refused.emit(url, "network")
            return
        if not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        path = Path(self.source().resolved(url).toLocalFile())
        if path.suffix.lower() == ".md" and path.parent.parent == self.root:
            path = page_path(self.root, page_language(path), path.name)
            if path.is_file():
                self.show_page(path, url.fragment())
                return
        self.refused.emit(url, "missing")

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """A page's Markdown as shown (``help_pages.shown_markdown``); pictures no wider
        than the page (a 1600-pixel screenshot fits the window)."""
        if kind == QTextDocument.ResourceType.MarkdownResource.value and isinstance(name, QUrl):
            path = Path(name.toLocalFile())
            if path.is_file():
                return shown_markdown(path, self._shortcuts())
        resource = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = QImage.fromData(resource) if not isinstance(resource, QImage) else resource
            room = max(200, self.viewport().width() - 40)
            if not image.isNull() and image.width() > room:
                return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            return image
        return resource

    def _lay_out_direction(self, url: QUrl) -> None:
        """Every paragraph, heading, list and table of a right-to-left page right to left
        (Qt would pick each paragraph's direction from its first letter, so a line that
        starts with a key name or a figure would read left to right), code blocks aside;
        a left-to-right page left to right whatever the interface."""
        rtl = is_right_to_left(Path(url.toLocalFile()))
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if not fmt.hasProperty(QTextFormat.Property.BlockCodeFence):
                fmt.setLayoutDirection(direction)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
            block = block.next()
        for frame in _frames(document.rootFrame()):
            if isinstance(frame, QTextTable):
                table_format = frame.format()
                table_format.setLayoutDirection(direction)
                table_format.setAlignment(Qt.AlignmentFlag.AlignRight if rtl
                                          else Qt.AlignmentFlag.AlignLeft)
                frame.setFormat(table_format)
        cursor.endEditBlock()
        document.setModified(False)


def _frames(frame: QTextFrame) -> list[QTextFrame]:
    found = []
    for child in frame.childFrames():
        found += [child, *_frames(child)]
    return found


class UserGuide(QWidget):
    """The guide's window: contents, the page, Back/Forward, find in page; Esc or Ctrl+W
    closes it."""

    def __init__(self, root: Path, parent: QWidget | None = None, *,
                 language: str | None = None, shortcuts: Shortcuts = _no_shortcuts) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.root = root
        self.language = language or current_language()
        self.browser = GuideBrowser(root, shortcuts, self)
        self.browser.refused.connect(self._refused)
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setWordWrap(True)
        for page in PAGES:
            path = page_path(root, self.language, page)
            if path.is_file():
                item = QListWidgetItem(page_title(path))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.contents.addItem(item)
        self.contents.currentItemChanged.connect(self._chosen)
        self.back = self._button(self.tr("Back"), self.browser.backward,
                                 QKeySequence.StandardKey.Back)
        self.forward = self._button(self.tr("Forward"), self.browser.forward,
                                    QKeySequence.StandardKey.Forward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("guideFind")
        self.find_box.setPlaceholderText(self.tr("Find in page (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        # actions without text: they are the guide's own keys, not the main window's (the
        # shortcut sheet lists the window's actions that have a text)
        find_action = QAction(self)
        find_action.setShortcuts(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_find)
        self.addAction(find_action)
        self.close_action = QAction(self)
        self.close_action.setObjectName("guideClose")
        self.close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape),
                                        *QKeySequence.keyBindings(
                                            QKeySequence.StandardKey.Close)])
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.note = QLabel(self)
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        self.browser.sourceChanged.connect(self._page_changed)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.forward)
        top.addWidget(self.find_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 750])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        screen = (parent or self).screen().availableGeometry()
        self.resize(QSize(min(1000, screen.width() - 40), min(720, screen.height() - 60)))
        self.home()

    def _button(self, text: str, slot: Callable[[], None],
                key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setShortcut(QKeySequence(key))
        button.clicked.connect(slot)
        return button

    def home(self) -> None:
        """Show the first page."""
        if self.contents.count():
            self.contents.setCurrentRow(0)
            self._chosen(self.contents.item(0))

    def show_page(self, page: str) -> None:
        """Show ``page`` (a file name of ``help_pages.PAGES``, e.g. "drawing.md") in the
        guide's language, else in English."""
        self.browser.show_page(page_path(self.root, self.language, page))

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            if self.browser.page() != path:
                self.browser.show_page(path)

    def _page_changed(self, url: QUrl) -> None:
        """Keep the contents' choice on the page shown (after a link, Back, Forward), and
        say when the page is shown in English for want of a translation."""
        path = url.toLocalFile()
        self.contents.blockSignals(True)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == path:
                self.contents.setCurrentRow(row)
                break
        else:
            self.contents.clearSelection()
        self.contents.blockSignals(False)
        if self.language != FALLBACK and page_language(Path(path)) == FALLBACK:
            self.note.setText(self.tr("This page is not translated yet: it is shown in "
                                      "English."))
        else:
            self.note.clear()

    def _focus_find(self) -> None:  # Ctrl+F
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _refused(self, url: QUrl, reason: str) -> None:
        address = url.toString()
        if reason == "network":
            QGuiApplication.clipboard().setText(address)
            self.note.setText(self.tr("ZoneEditor works offline and does not open web pages. "
                                      "The address was copied: %1").replace("%1", address))
        else:
            self.note.setText(self.tr("This page is not part of the guide: %1").replace(
                "%1", address))

    def find_next(self) -> bool:
        """Find the text of the find box after the cursor (from the top again at the end)."""
        text = self.find_box.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        found = self.browser.find(text)
        if not found:
            self.note.setText(self.tr("“%1” is not on this page.").replace("%1", text))
        return found


class GuideHelp(QObject):
    """Help ▸ User guide: the action and the guide's window."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("guideHelp")
        self._window = window
        self.guide: UserGuide | None = None
        self.action = QAction(self.tr("User &guide"), window.main_widget)
        self.action.setObjectName("action_user_guide")
        self.action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.action.triggered.connect(self.show_guide)

    def show_guide(self) -> UserGuide | None:
        """Open (or bring forward) the guide; says so when it is not installed."""
        root = guide_root()
        if root is None:
            self._window.show_error(self.tr("User guide"), self.tr(
                "The user guide is not installed with this copy of ZoneEditor."))
            return None
        if self.guide is None:
            main = self._window.main_widget
            self.guide = UserGuide(root, main, shortcuts=lambda: collect(main))
        elif self.guide.browser.page().name == SHORTCUTS_PAGE:
            self.guide.browser.reload()  # the keys as the window has them now
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide


def install(window: WindowServices) -> GuideHelp:
    """Add Help ▸ User guide (F1)."""
    helper = GuideHelp(window)
    add_help_entry(window.menu("Help"), helper.action)
    return helper


__all__ = ["EXTERNAL_SCHEMES", "GuideBrowser", "GuideHelp", "UserGuide", "install"]
