"""Help ▸ User guide (F1): the README and the documents in docs/, read offline.

The pages are the Markdown files installed with the application (``zoneeditor/guide/``, the
same layout as the source tree: ``io.resources.guide_root``), shown by a ``QTextBrowser``:
headings, tables, code and the screenshots render; links between pages work (relative links
as written in the files, Back and Forward as in a browser); a link to a web site is not
followed — ZoneEditor never goes on the network — its address is shown and copied instead.
The contents list the pages a user reads, in reading order, each titled by its own first
heading; the other documents (design notes) are reached through links.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n import current_language
from zoneeditor.io.resources import guide_root

#: The pages in the guide's contents, in reading order (relative to the guide's folder).
PAGES = ("README.md", "docs/window.md", "docs/editing.md", "docs/diff.md",
         "docs/printing.md", "docs/exchange.md", "docs/reference-layers.md", "docs/merge.md",
         "docs/team.md", "docs/durability.md", "docs/i18n.md", "docs/packaging.md")
#: Link schemes that lead off this computer: never followed.
EXTERNAL_SCHEMES = frozenset({"http", "https", "ftp", "mailto"})


def page_title(path: Path) -> str:
    """The first heading of a Markdown page, up to a colon ("# Editing: tools, snapping…" ->
    "Editing"), else the file name."""
    try:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# "):
                    return line[2:].split(":")[0].strip()
    except OSError:
        pass
    return path.name


class GuideBrowser(QTextBrowser):
    """A Markdown browser of local pages: follows local links, refuses network ones, and
    fits wide pictures to the page's width."""

    #: A link was not followed: its address and why ("network", or "missing": no such page).
    refused = Signal(QUrl, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideBrowser")
        self.setOpenLinks(False)
        # The guide is written in English: laid out left to right in any interface.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.anchorClicked.connect(self.follow)

    def show_page(self, path: Path, fragment: str = "") -> None:
        """Show the Markdown page at ``path`` (scrolled to ``fragment`` when it has one)."""
        self.setSource(QUrl.fromLocalFile(str(path)),
                       QTextDocument.ResourceType.MarkdownResource)
        if fragment:
            self.scrollToAnchor(fragment)

    def follow(self, url: QUrl) -> None:
        """A link was clicked: another page of the guide, a place in this page, or (not
        followed) an address on the network or a file the guide does not have."""
        if url.scheme() in EXTERNAL_SCHEMES:
            self.refused.emit(url, "network")
            return
        if not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        target = self.source().resolved(url)
        path = Path(target.toLocalFile())
        if path.suffix.lower() == ".md" and path.is_file():
            self.show_page(path, url.fragment())
            return
        self.refused.emit(url, "missing")

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Pictures no wider than the page (a 1600-pixel screenshot fits the window)."""
        resource = super().loadResource(kind, name)
        if kind == QTextDocument.ResourceType.ImageResource.value and resource is not None:
            image = QImage.fromData(resource) if not isinstance(resource, QImage) else resource
            room = max(200, self.viewport().width() - 40)
            if not image.isNull() and image.width() > room:
                return image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            return image
        return resource


class UserGuide(QWidget):
    """The guide's window: contents, the page, Back/Forward, find in page."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.root = root
        self.browser = GuideBrowser(self)
        self.browser.refused.connect(self._refused)
        self.contents = QListWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setWordWrap(True)
        for page in PAGES:
            path = root / page
            if path.is_file():
                # the pages are English; their titles in the contents are translated
                # (listed in i18n/extra_strings.py), an unlisted title shows as written
                title = (self.tr("Start here") if page == "README.md"
                         else self.tr(page_title(path)))
                item = QListWidgetItem(title)
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
        find_action = QAction(self)
        find_action.setShortcuts(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_find)
        self.addAction(find_action)
        self.note = QLabel(self)
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        if current_language() != "en":
            self.note.setText(self.tr("The user guide is written in English."))
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

    def _button(self, text: str, slot, key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setShortcut(QKeySequence(key))
        button.clicked.connect(slot)
        return button

    def home(self) -> None:
        """Show the first page (the README)."""
        if self.contents.count():
            self.contents.setCurrentRow(0)
            self._chosen(self.contents.item(0))

    def show_page(self, page: str) -> None:
        """Show ``page`` (relative to the guide's folder, e.g. "docs/window.md")."""
        self.browser.show_page(self.root / page)

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            if Path(self.browser.source().toLocalFile()) != path:
                self.browser.show_page(path)

    def _page_changed(self, url: QUrl) -> None:
        """Keep the contents' choice on the page shown (after a link, Back, Forward)."""
        path = url.toLocalFile()
        self.contents.blockSignals(True)
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == path:
                self.contents.setCurrentRow(row)
                break
        else:
            self.contents.clearSelection()
        self.contents.blockSignals(False)
        if current_language() == "en":
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
            self.guide = UserGuide(root, self._window.main_widget)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide


def add_help_entry(menu: QMenu, action: QAction) -> None:
    """Put ``action`` with the help entries at the top of ``menu``, above its last entry
    (About) and the separator kept before it."""
    actions = menu.actions()
    if not actions:
        menu.addAction(action)
        return
    about = actions[-1]
    before = actions[-2] if len(actions) > 1 and actions[-2].isSeparator() else None
    if before is None:
        before = menu.insertSeparator(about)
    menu.insertAction(before, action)


def install(window: WindowServices) -> GuideHelp:
    """Add Help ▸ User guide (F1)."""
    helper = GuideHelp(window)
    add_help_entry(window.menu("Help"), helper.action)
    return helper


__all__ = ["PAGES", "GuideBrowser", "GuideHelp", "UserGuide", "add_help_entry", "install",
           "page_title"]
