"""Walk a window (or dialog) for every text a user can read in it, and tell which of them
did not come out in the interface language.

``shown_texts(root)`` lists ``(where, text)`` for the window title, the menu bar and every
menu and entry (titles, entries, tooltips, also menus not open now such as context menus),
toolbars and their buttons, dock titles, labels, buttons, check boxes, group boxes, tabs,
combo entries, placeholders, spin box prefixes and suffixes, tooltips, the status bar's
message, and the headers and cells of tables, trees and lists.

Two ways to judge them (tests/gui/test_i18n_window_walk.py):

- ``unmarked``: with a translator that wraps everything it is asked for in «…», a text
  without the mark never went through translation;
- ``english_left``: in Arabic or Russian, a text that still holds an English word, once the
  project's own data (feature, party, version and layer names, figures, coordinates, keys
  and file patterns) and the few words that are the same in every language (``SAME``) are
  taken out, was not translated.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QWidget,
)

from zoneeditor.core.naming import strip_bidi

#: Words that are legitimately the same in Arabic and Russian interfaces: the product, file
#: formats and standards, coordinate notations and units that professionals write in Latin
#: letters in every language. Nothing else: a word of an English sentence is never here.
SAME = frozenset({
    "ZoneEditor", "PDF", "PNG", "JPEG", "TIFF", "GeoTIFF", "GeoPackage", "GeoJSON", "KML",
    "KMZ", "MBTiles", "Shapefile", "shapefile", "OpenStreetMap", "OSM", "CSV", "DBF", "QR",
    "DMS", "UTM", "MGRS", "EPSG", "WGS84", "RMS", "UTF", "Windows", "dpi", "OCHA", "GADM",
    "Ctrl", "Shift", "Alt", "Esc", "Tab", "Del", "Return", "Enter", "Backspace", "Space",
    "PgUp", "PgDown", "Home", "End", "Up", "Down", "Left", "Right", "Ins", "PROJ",
    "UTC", "x", "y",  # time standard; a scan's axes
    "km", "m", "nm",  # units as typed in the coordinate box ("@45 2.5km")
})

_LETTER = re.compile(r"[^\W\d_]")
#: Key sequences ("Ctrl+Shift+Z", "F1"), file patterns ("*.gpkg"), EPSG codes, UTM and MGRS
#: examples ("37S 267000 3710000", "37SBT4827211116"), hemisphere letters after figures.
_NOT_WORDS = re.compile(
    r"((Ctrl|Shift|Alt|Meta)\+)+\S+|\bF\d{1,2}\b|https?://\S+|\*?\.[a-z]{2,7}\b|\*|EPSG:\d+|\b\d+[A-Z]{1,3}\d*\b"
    r"|(?<=[\d°′″'\"])\s?[NSEW]\b|\b[NSEW]/[NSEW]\b")


class Marking(QTranslator):
    """Marks every translated string: «source» (a string shown without the marks did not
    go through translation)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return None
        text = source.replace("%n", str(n)) if n >= 0 else source
        return f"«{text}»"


def _html_text(text: str) -> str:
    """Rich text without its tags ("<b>Saved</b>" reads "Saved")."""
    return re.sub(r"</?[a-zA-Z][^<>]*>", " ", text)


def _model_texts(model: QAbstractItemModel, where: str, parent: QModelIndex | None = None,
                 limit: int = 200) -> list[tuple[str, str]]:
    """Cells of a model (rows under ``parent`` and their children), up to ``limit`` rows."""
    parent = parent if parent is not None else QModelIndex()
    found: list[tuple[str, str]] = []
    flat = isinstance(model, QAbstractListModel)  # columnCount is private there
    tree = not isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if flat else model.columnCount(parent)
    for r in range(min(model.rowCount(parent), limit)):
        for c in range(columns):
            index = model.index(r, c, parent)
            for role, what in ((Qt.ItemDataRole.DisplayRole, "cell"),
                               (Qt.ItemDataRole.ToolTipRole, "cell tooltip")):
                value = index.data(role)
                if isinstance(value, str):
                    found.append((f"{where} {what} {r},{c}", value))
            if c == 0 and tree and model.hasChildren(index):
                found += _model_texts(model, where, index, limit)
    return found


def _menu_texts(menu: QMenu, where: str, seen: set[int]) -> list[tuple[str, str]]:
    if id(menu) in seen:
        return []
    seen.add(id(menu))
    found = [(where, menu.title())]
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_texts(sub, f"{where} ▸ {sub.title()}", seen)
        elif action.isVisible():
            found.append((f"{where} ▸ entry", action.text()))
            found.append((f"{where} ▸ {action.text()} tooltip", action.toolTip()))
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root`` as it is now (see module)."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle().replace("[*]", ""))]
    seen: set[int] = set()
    if isinstance(root, QMainWindow):
        for top in root.menuBar().actions():
            if isinstance(top.menu(), QMenu):
                found += _menu_texts(top.menu(), "menu", seen)
        found.append(("status bar message", root.statusBar().currentMessage()))
    for menu in root.findChildren(QMenu):  # context menus, toolbar button menus
        found += _menu_texts(menu, f"menu {menu.objectName()}".strip(), seen)
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or isinstance(w, QMenu):
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if w.toolTip():
            found.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QDockWidget | QToolBar):
            found.append((name, w.windowTitle()))
            if isinstance(w, QToolBar):
                for a in w.actions():
                    if a.isVisible() and not a.isSeparator():
                        found += [(f"{name} button", a.text()),
                                  (f"{name} {a.text()} tooltip", a.toolTip())]
        elif isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QTabBar):
            found += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [(f"{name} entry", w.itemText(i)) for i in range(w.count())]
            if w.isEditable() and w.lineEdit() is not None:
                found.append((f"{name} placeholder", w.lineEdit().placeholderText()))
        elif isinstance(w, QLineEdit):
            found.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):
            if isinstance(w, QSpinBox) or hasattr(w, "suffix"):
                found += [(f"{name} prefix", w.prefix()), (f"{name} suffix", w.suffix())]
            found.append((f"{name} special value", w.specialValueText()))
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QTextBrowser):
            model = w.model()
            if model is None:
                continue
            if isinstance(w, QTableView | QTreeView):
                horizontal = Qt.Orientation.Horizontal
                found += [(f"{name} header {c}", str(model.headerData(c, horizontal) or ""))
                          for c in range(model.columnCount(QModelIndex()))
                          if not isinstance(model, QAbstractListModel)]
            found += _model_texts(model, name)
    return [(where, _html_text(text)) for where, text in found
            if isinstance(text, str) and text.strip()]


def has_letters(text: str) -> bool:
    """True when ``text`` holds a letter of any script (not only figures and signs)."""
    return bool(_LETTER.search(text))


def unmarked(texts: list[tuple[str, str]], data: set[str]) -> list[str]:
    """Texts with words outside the «…» of a marking translator that are not data: they
    (or a part of them) never went through translation."""
    out = []
    for where, text in texts:
        rest = text
        while (inner := re.sub(r"«[^«»]*»", " ", rest)) != rest:
            rest = inner
        rest = re.sub(r"«[^»]*$", " ", rest)  # a mark a filled-in «key» cut short
        words = english_words(rest, data, latin_only=False)
        if words:
            out.append(f"{where}: {text!r} ({' '.join(words)})")
    return sorted(set(out))


def _latin(word: str) -> bool:
    return any(unicodedata.name(c, "").startswith("LATIN") for c in word)


def english_words(text: str, data: set[str], latin_only: bool = True,
                  names: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` left once data, key sequences, file patterns, coordinates and
    the ``SAME`` words are taken out (words in Latin letters only, unless ``latin_only`` is
    False: then any word). ``names`` are single words of place names the bundled data has
    only in Latin letters (a town with no Russian name is shown as "Mūrak")."""
    plain = strip_bidi(text).replace("&", "")
    for word in sorted(data, key=len, reverse=True):
        plain = plain.replace(word, " ")
    plain = _NOT_WORDS.sub(" ", plain)
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", plain)
    if latin_only:
        words = [w for w in words if _latin(w)]
    # a single capital is a key ("Ctrl+K" written with a translated "Ctrl")
    return [w for w in words if w not in SAME and w not in names
            and not (len(w) == 1 and w.isupper())]


def english_left(texts: list[tuple[str, str]], data: set[str],
                 names: frozenset[str] = frozenset()) -> list[str]:
    """Texts that still hold an English word: not translated (see module)."""
    out = []
    for where, text in texts:
        words = english_words(text, data, names=names)
        if words:
            out.append(f"{where}: {text!r} ({' '.join(words)})")
    return sorted(set(out))
