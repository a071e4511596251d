"""Everything the window shows goes through translation: its own texts (tr) and the data
values it shows (``i18n.values``: version names, statuses, kinds, parties), while what is
stored stays as it is; coordinates and figures read left to right in Arabic; locked
features look read-only.

A *marking* translator wraps every string Qt translates in «…»: a text on screen without
the mark did not go through translation. The .qm files get the real words in the
translation pass; this proves the strings will reach them.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from support.i18n_walk import Marking

from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import LRI, PDI, strip_bidi
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.io.session import Session


@pytest.fixture
def marked(qapp, windows, sample_copy):
    """A window built with the marking translator installed (English otherwise)."""
    translator = Marking()
    qapp.installTranslator(translator)
    yield windows.shown(QSize(1400, 900), Session.open(sample_copy), settings="s.ini")
    windows.close_all()  # before the translator goes
    qapp.removeTranslator(translator)


def data_words(window: MainWindow) -> set[str]:
    """Texts that are the project's own data: names of features, parties, versions, the
    project's file and title; shown as they are written."""
    project = window.document.project
    words = {project.meta.title, window.session.display_name, *project.versions}
    for party in project.meta.parties:
        words |= {party.name, party.name_local}
    for version in project.versions.values():
        for f in version:
            words |= {f.name, str(f.attributes.get("name_local") or "")}
    return {w for w in words if w}


def is_data(text: str, words: set[str]) -> bool:
    """No letters (figures, coordinates, separators), a key sequence, or project data."""
    plain = strip_bidi(text).replace("&", "").strip()
    if not re.search(r"[^\W\d_]", plain):
        return True
    if re.fullmatch(r"((Ctrl|Shift|Alt|Meta)\+)*(F\d+|[A-Z]|Del|Esc|Tab|[+\-/])", plain):
        return True
    parts = re.split(r"\s+[—·]\s+|, ", plain)
    return all(p.strip() in words or not re.search(r"[^\W\d_]", p) for p in parts)


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see now in the window: menus and their
    entries, dock titles, labels, buttons, combo entries, placeholders, table headers."""
    found: list[tuple[str, str]] = []

    def menu(m: QMenu, where: str) -> None:
        found.append((where, m.title()))
        for a in m.actions():
            if a.menu() is not None:
                menu(a.menu(), f"{where} ▸ {a.menu().title()}")
            elif not a.isSeparator() and a.isVisible():
                found.append((f"{where} entry", a.text()))

    for top in window.menuBar().actions():
        menu(top.menu(), "menu")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if isinstance(w, QDockWidget):
            found.append((name, w.windowTitle()))
        elif isinstance(w, QLabel | QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox) and not w.isEditable():
            found += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append((f"{name} placeholder", w.placeholderText()))
    for view in window.findChildren(QTableView):
        model = view.model()
        if view.isVisibleTo(window) and model is not None:
            columns = range(view.horizontalHeader().count())
            found += [(f"{view.objectName()} header",
                       str(model.headerData(c, Qt.Orientation.Horizontal))) for c in columns]
            found += [(f"{view.objectName()} cell", str(model.index(r, c).data() or ""))
                      for r in range(view.verticalHeader().count()) for c in columns]
    for items in window.findChildren(QListWidget):
        if items.isVisibleTo(window):
            found += [(f"{items.objectName()} row", items.item(r).text())
                      for r in range(items.count())]
    return [(where, text) for where, text in found if text and text.strip()]


def untranslated(window: MainWindow) -> list[str]:
    words = data_words(window)
    return [f"{where}: {text!r}" for where, text in shown_texts(window)
            if "«" not in text and not is_data(text, words)]


def test_every_text_of_the_window_goes_through_translation(marked, qtbot):
    window = marked
    window.selection.set({"zone-idlib"})
    window.addons.changes.wait()
    assert untranslated(window) == []
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib", "zone-hama"})
    window.addons.changes.wait()
    qtbot.wait(300)  # the Problems panel validates after a pause
    assert untranslated(window) == []


def test_data_values_show_by_display_name_and_store_their_value(marked):
    window = marked
    panel = window.attributes_panel
    window.selection.set({"zone-idlib"})
    assert "«Agreed baseline»" in panel.summary.text()  # the version shown, by its title
    assert panel.status.currentText() == "«agreed»" and panel.status.currentData() == "agreed"
    assert panel.kind.currentText() == "«de-escalation»"
    assert window.window_actions.version_combo.itemText(0) == "«Agreed baseline»"
    changes = window.addons.changes
    assert changes.from_box.currentText() == "«Agreed baseline»"
    assert changes.from_box.currentData() == AGREED
    problems = window.addons.editing.problems
    problems.refresh()
    assert "«Agreed baseline»" in problems.summary.text()
    # a kind chosen by its display name stores its value
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    i = panel.kind.findText("«buffer»")
    panel.kind.setCurrentIndex(i)
    panel.kind.activated.emit(i)
    assert window.document.feature("zone-idlib").attributes["kind"] == "buffer"
    assert panel.kind.currentText() == "«buffer»"


def test_selected_idlib_in_the_status_bar_is_translated(marked, qtbot):
    window = marked
    window.canvas.fit_to_project()
    idlib = window.document.feature("zone-idlib")
    point = idlib.geometry.representative_point()
    x, y = window.canvas.viewport.to_screen(point.x, point.y)
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    QTest.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    message = window.statusBar().currentMessage()
    assert message.startswith("«Selected ") and "Idlib" in message


@pytest.mark.zoneeditor_lang("ar")
def test_arabic_party_names_and_left_to_right_figures(editor):
    editor.map.version("Proposal B")
    changes = editor.addons.changes
    changes.wait()
    parties = {changes.model.index(r, 1).data() for r in range(changes.model.rowCount())}
    assert "المعارضة" in parties  # the Opposition's Arabic name in an Arabic interface
    assert "Opposition" not in parties
    summary = changes.summary_label.text()
    assert "المعارضة" in summary and "Opposition" not in summary
    # the figure (with its sign) isolated left to right, its Arabic unit after it in the
    # sentence's direction (read number first), held to it by a no-break space
    assert re.search(f"{LRI}[−+]?[0-9,.]+{PDI}\u00a0كم²", summary), \
        "areas are isolated left to right, number and unit held together"
    assert "−" not in summary.replace(LRI + "−", ""), "a sign stays with its figure"
    status = editor.map_status
    status.dms.setChecked(True)
    status.set_position(36.2753, 33.51)
    text = status.position.text()
    assert text.startswith(LRI) and text.endswith(PDI) and "33°30′36.0″N" in text
    box = editor.findChild(QLineEdit, "coordinateEntry")
    assert f"{LRI}33°30'36\"N 36°17'29\"E{PDI}" in box.placeholderText()


def test_locked_features_look_read_only(editor):
    panel = editor.attributes_panel
    editor.selection.set({"zone-idlib"})  # in the agreed baseline, locked
    window_colour = panel.palette().color(QPalette.ColorRole.Window)
    for field in (panel.name, panel.name_local):
        assert field.isReadOnly() and not field.hasFrame()
        assert field.palette().color(QPalette.ColorRole.Base) == window_colour
    assert panel.notes.isReadOnly()
    assert not panel.party.isEnabled() and not panel.status.isEnabled()
    editor.map.version("Proposal B")
    editor.selection.set({"zone-idlib"})
    assert not panel.name.isReadOnly() and panel.name.hasFrame()
    assert panel.name.palette().color(QPalette.ColorRole.Base) != window_colour
    assert QApplication.instance() is not None and QCoreApplication.instance() is not None


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "1 problem in Proposal B; zones overlapping: "),
    ("ru", "Proposal B: 1 проблема; перекрытия зон: "),  # name first: "в %1" cannot decline a name
])
def test_the_problems_summary_counts_in_words_and_reads_areas_as_figures(
        editor, qapp, lang, expected):
    """An outside tester read "1 problem(s) in Proposal B; zones overlapping: 283.086 km²":
    an English "(s)" and three decimals beside "283.1 km²" in the line below."""
    from shapely import box

    from zoneeditor import i18n
    from zoneeditor.core import edits
    from zoneeditor.core.naming import strip_bidi

    editor.map.version("Proposal B")
    problems = editor.addons.editing.problems
    doc = editor.document
    # a Government zone over Opposition's Idlib: one cross-party overlap
    idlib = doc.feature("zone-idlib").geometry
    x0, y0, _, _ = idlib.bounds
    over = box(x0, y0, x0 + 0.5, y0 + 0.5).intersection(idlib)
    assert editor.editor.push(edits.add_feature(doc.version, "zones", over, name="Over",
                                                party="Government"))
    try:
        i18n.install(qapp, lang)
        problems.refresh()
        text = strip_bidi(problems.summary.text()).replace("\xa0", " ")
    finally:
        i18n.install(qapp, "en")
    assert text.startswith(expected), text
    figure, unit = text[len(expected):].split(" ")
    assert unit in ("km²", "км²")
    assert len(figure.split(".")[1]) == 1  # one decimal, as every area reads
