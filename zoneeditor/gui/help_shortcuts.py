"""Help ▸ Keyboard shortcuts: a sheet of every key, made from the window itself.

The sheet is generated each time it is opened, from the window's menus (every action that
has a shortcut, under its menu's title, in the menu's order: the tools' keys come with the
Tools menu; a submenu's entries say which submenu they are in), the actions with a key
that are in no menu, the keys the map itself answers to (pan, zoom, finish or cancel a
drawing, the modifiers held while clicking) and those of a panel (Esc back to the map),
which are listed here beside the code that handles them. So it is never out of
date, and it is in the interface's language (the actions' own translated texts; key names
as the platform writes them, kept left to right in an Arabic interface).

It can be printed, or saved as a PDF to pin beside the screen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMenuBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.naming import ltr
from zoneeditor.gui.help_menu import add_help_entry
from zoneeditor.gui.services import WindowServices

_KEYS = "%1"
_HOLD = QT_TRANSLATE_NOOP("ShortcutSheet", "hold %1")
_CLICK = QT_TRANSLATE_NOOP("ShortcutSheet", "%1 + click")

#: Keys the map answers to that no action carries (gui/map_input.py, its keys and the
#: mouse handlers, core/tools): (what it does, how the keys are written, the keys as Qt
#: names them — shown as the platform writes them). Checked by tests/gui/test_help.py.
#: The texts are QT_TRANSLATE_NOOP constants: the source strings, typed ``object``.
MAP_KEYS: tuple[tuple[object, object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Pan the map"), _KEYS, ("Left", "Right", "Up", "Down")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Zoom in / out at the centre"), _KEYS, ("+", "-")),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Pan while dragging (also the middle button)"), _HOLD,
     ("Space",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Zoom at the pointer"),
     QT_TRANSLATE_NOOP("ShortcutSheet", "wheel"), ()),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Finish a drawing"), _KEYS, ("Enter",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Cancel a drawing, clear the selection"), _KEYS, ("Esc",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Remove the last vertex drawn"), _KEYS, ("Backspace",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Type the next vertex in the coordinate box (Esc or "
                                        "Tab goes back to the map)"), _KEYS, ("Tab",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Add to or remove from the selection"), _CLICK, ("Shift",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Suspend snapping while clicking"), _HOLD, ("Ctrl",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Move a shared vertex in one feature only"), _HOLD,
     ("Alt",)),
)


#: Keys of a panel (a dock) that no action carries (gui/window_focus.py: F6 and the
#: panels' own keys are actions, listed under View), written as ``MAP_KEYS``.
PANEL_KEYS: tuple[tuple[object, object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Back to the map"), _KEYS, ("Esc",)),
    (QT_TRANSLATE_NOOP("ShortcutSheet", "Next / previous field"), _KEYS, ("Tab", "Shift+Tab")),
)


def native(key: str) -> str:
    """A key Qt names ``key`` ("Left", "Ctrl") as the platform writes it for the user."""
    if key in ("Ctrl", "Shift", "Alt", "Meta"):  # a modifier alone is no QKeySequence
        return QKeySequence(f"{key}+A").toString(
            QKeySequence.SequenceFormat.NativeText)[:-2].rstrip("+")
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def map_keys_text(template: object, keys: tuple[str, ...]) -> str:
    """The keys of a ``MAP_KEYS`` line as shown: "Left / Right / Up / Down", "hold Space"."""
    text = " / ".join(native(k) for k in keys)
    return text if template == _KEYS else _tr(template).replace("%1", text)


def _tr(text: object) -> str:
    # ``text`` is a source string, some of them QT_TRANSLATE_NOOP constants typed ``object``
    return QCoreApplication.translate("ShortcutSheet", str(text))


@dataclass(frozen=True)
class Shortcut:
    """One line of the sheet: what (as the menu says it) and its keys (as written)."""

    what: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A heading of the sheet (a menu's title) and its lines."""

    title: str
    shortcuts: tuple[Shortcut, ...]


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks: "&Save" -> "Save", "&&" -> "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


#: Qt key codes from here on are the special keys of some keyboards (Open, Save, Zoom In,
#: Undo, media keys...): the platform binds them too, but they would only clutter the sheet.
_SPECIAL_KEYS = Qt.Key.Key_Back.value


#: Function keys past F12 exist on few keyboards (Sun's Undo is F14).
_RARE_KEYS = frozenset(Qt.Key(Qt.Key.Key_F13.value + i) for i in range(23)) | {Qt.Key.Key_Help}


def _on_every_keyboard(sequence: QKeySequence) -> bool:
    # PySide6's stub lacks QKeySequence.__getitem__ (operator[] in C++, there at run time)
    keys = [sequence[i].key()  # type: ignore[index]  # PySide6 stub: see above
            for i in range(sequence.count())]
    return bool(keys) and all(k.value < _SPECIAL_KEYS and k not in _RARE_KEYS for k in keys)


def _keys(action: QAction) -> tuple[str, ...]:
    return tuple(s.toString(QKeySequence.SequenceFormat.NativeText)
                 for s in action.shortcuts() if _on_every_keyboard(s))


def _menu_lines(menu: QMenu, seen: set[int], within: str = "") -> list[Shortcut]:
    """The lines of ``menu``'s actions with keys; those of a submenu say which it is in
    ("Keyboard focus ▸ Layers": an entry's own text may not say enough; the arrow points
    the way the submenu opens, to the left right to left)."""
    arrow = "◂" if menu.layoutDirection() == Qt.LayoutDirection.RightToLeft else "▸"
    lines = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            lines += _menu_lines(submenu, seen, f"{within}{_plain(submenu.title())} {arrow} ")
            continue
        keys = _keys(action)
        if keys and not action.isSeparator() and id(action) not in seen:
            seen.add(id(action))
            lines.append(Shortcut(within + _plain(action.text()), keys))
    return lines


def collect(main_widget: QWidget) -> list[Section]:
    """The sheet's sections for the window ``main_widget``: one per menu (in the menu bar's
    order) with the actions that have keys, "Other keys" for actions with keys that are in no
    menu, then the map's own keys."""
    sections = []
    seen: set[int] = set()
    for bar in main_widget.findChildren(QMenuBar):
        for top in bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                lines = _menu_lines(menu, seen)
                if lines:
                    sections.append(Section(_plain(menu.title()), tuple(lines)))
    others = []
    for action in main_widget.findChildren(QAction):
        keys = _keys(action)
        text = _plain(action.text())
        if keys and text and id(action) not in seen:
            seen.add(id(action))
            others.append(Shortcut(text, keys))
    if others:
        sections.append(Section(_tr("Other keys"), tuple(others)))
    sections.append(Section(_tr("On the map"), tuple(
        Shortcut(_tr(what), (map_keys_text(template, keys),))
        for what, template, keys in MAP_KEYS)))
    sections.append(Section(_tr("In a panel"), tuple(
        Shortcut(_tr(what), (map_keys_text(template, keys),))
        for what, template, keys in PANEL_KEYS)))
    return sections


def sheet_html(sections: list[Section], title: str, right_to_left: bool = False) -> str:
    """The sheet as (Qt rich text) HTML: a heading, then a two-column table per section
    (what, keys). Right to left (Arabic) the columns are mirrored and the headings right
    aligned; key names are always isolated left to right ("Ctrl+Shift+Z", never
    "Z+Shift+Ctrl")."""
    side = "right" if right_to_left else "left"
    parts = [f'<h2 align="{side}">{html.escape(title)}</h2>']
    for section in sections:
        parts.append(f'<h3 align="{side}">{html.escape(section.title)}</h3>')
        parts.append('<table cellspacing="0" cellpadding="3" width="100%">')
        for line in section.shortcuts:
            keys = ", ".join(html.escape(ltr(k)) for k in line.keys)
            what = f'<td width="62%" align="{side}">{html.escape(line.what)}</td>'
            keys_cell = f'<td align="{side}"><b>{keys}</b></td>'
            cells = (keys_cell, what) if right_to_left else (what, keys_cell)
            parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")
    return "\n".join(parts)


class ShortcutSheet(QDialog):
    """The sheet in a window of its own, with Print… and Save as PDF…."""

    def __init__(self, main_widget: QWidget) -> None:
        super().__init__(main_widget)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._main = main_widget
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("shortcutSheetText")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        for button in (self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.ask_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        screen = main_widget.screen().availableGeometry()
        self.resize(min(620, screen.width() - 40), min(760, screen.height() - 60))
        self.refresh()

    def refresh(self) -> None:
        """Make the sheet again from the window as it is now."""
        self.sections = collect(self._main)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.browser.setHtml(sheet_html(self.sections, self.tr("ZoneEditor keyboard shortcuts"),
                                        right_to_left))

    def _document(self) -> QTextDocument:
        document = self.browser.document().clone(self)
        document.setDefaultTextOption(self.browser.document().defaultTextOption())
        return document

    def write_pdf(self, path: str) -> None:
        """Save the sheet as an A4 PDF at ``path``."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                          QPageLayout.Orientation.Portrait,
                                          QMarginsF(15, 15, 15, 15),
                                          QPageLayout.Unit.Millimeter))
        self._document().print_(printer)

    def ask_pdf(self) -> None:
        """Ask where, then save the sheet as a PDF."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the shortcuts as PDF"),
                                              self.tr("zoneeditor-shortcuts.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.write_pdf(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def print_sheet(self) -> None:
        """Choose a printer and print the sheet."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)


class ShortcutHelp(QObject):
    """Help ▸ Keyboard shortcuts: the action and the sheet it opens."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("shortcutHelp")
        self._window = window
        self.sheet: ShortcutSheet | None = None
        self.action = QAction(self.tr("&Keyboard shortcuts"), window.main_widget)
        self.action.setObjectName("action_shortcuts")
        self.action.setShortcut(QKeySequence("Ctrl+/"))
        self.action.triggered.connect(self.show_sheet)

    def show_sheet(self) -> ShortcutSheet:
        """Open (or bring forward) the sheet, made afresh from the window."""
        if self.sheet is None:
            self.sheet = ShortcutSheet(self._window.main_widget)
        else:
            self.sheet.refresh()
        self.sheet.show()
        self.sheet.raise_()
        self.sheet.activateWindow()
        return self.sheet


def install(window: WindowServices) -> ShortcutHelp:
    """Add Help ▸ Keyboard shortcuts (Ctrl+/), with the other help entries above About."""
    helper = ShortcutHelp(window)
    add_help_entry(window.menu("Help"), helper.action)
    return helper


__all__ = [
    "MAP_KEYS",
    "PANEL_KEYS",
    "Section",
    "Shortcut",
    "ShortcutHelp",
    "ShortcutSheet",
    "collect",
    "install",
    "map_keys_text",
    "native",
    "sheet_html",
]
