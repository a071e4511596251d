"""The whole window, its help windows and its new dialogs read in the interface language.

One window per language with everything showing: a merge with a conflict (the Conflicts
panel and its rows), a reference layer (the Layers panel's reference rows), the Changes
panel comparing the baseline with the merged proposal, a selection in Attributes, every dock
brought forward in turn; the Merge from file and Georeference image dialogs, the keyboard
shortcut sheet and the user guide. Every text shown (tests/support/i18n_walk.py) is judged:

- ``marked``: a translator wraps every string it is asked for in «…»; a word outside the
  marks that is not the project's data never went through translation;
- ``ar``, ``ru``: the real translations; a text that still holds an English word (once
  data, figures, keys and the few words that are the same in every language, ``SAME``,
  are taken out) was not translated.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget
from support.i18n_walk import Marking, english_left, shown_texts, unmarked

from zoneeditor import i18n
from zoneeditor.gui import georef_dialog
from zoneeditor.i18n.values import place_name
from zoneeditor.testing.messages import MessageLog

PROPOSAL = "Proposal B"


@pytest.fixture
def language(request, qapp):
    """The interface language of the window built after it ("marked": the marking
    translator over English); English again afterwards."""
    lang = request.param
    if lang == "marked":
        i18n.install(qapp, "en")  # English's own file (plural forms) under the marking
        marking = Marking()
        qapp.installTranslator(marking)
        yield lang
        qapp.removeTranslator(marking)
        return
    assert i18n.install(qapp, lang) == lang
    yield lang
    i18n.install(qapp, "en")


@pytest.fixture
def editor_project(two_copies):
    """The window opens alice's copy; bob's is merged into it."""
    return two_copies[0]


@pytest.fixture
def window(language, editor):
    """The editor window, built after the language is installed."""
    return editor


def data_words(window) -> set[str]:
    """The project's own data, shown as written: names of features, parties, versions,
    reference layers, the project's title and file."""
    project = window.document.project
    words = {project.meta.title, window.session.display_name, *project.versions}
    if window.session.path is not None:
        words |= {window.session.path.name, window.session.path.stem}
    for party in project.meta.parties:
        words |= {party.name, party.name_local}
    for version in project.versions.values():
        for f in version:
            words |= {f.name, f.id, str(f.attributes.get("name_local") or "")}
    for ref in window.editor.references.layers():
        # a reference's name, file and its source's attribution ("© OpenStreetMap
        # contributors (ODbL)": a licence, never translated)
        words |= {ref.name, ref.path, Path(ref.path).name, ref.attribution}
    return {w for w in words if w}


def untranslated_places(window) -> frozenset[str]:
    """Words of the towns the bundled gazetteer names only in Latin letters in this
    language (many small towns have no Russian name): shown as the data has them."""
    gazetteer = window.editor.gazetteer
    assert gazetteer is not None
    words: set[str] = set()
    for town in gazetteer.towns:
        if place_name(town) == town.name:
            # capitalised words only ("An", "Nashābīyah"): never "of", "on" of a sentence
            words.update(w for w in re.findall(r"[^\W\d_]+", town.name) if w[0].isupper())
    return frozenset(words)


def everything_showing(window, other, reference, qtbot) -> list[tuple[str, str]]:
    """Merge ``other`` (one conflict), add ``reference``, compare, select; every dock
    brought forward in turn. Returns the texts of the Merge dialog and the window, with
    every status-bar message shown meanwhile: the bar clears a message after a few seconds,
    and on a loaded machine the walk outlasts it (seen in a parallel run)."""
    log = MessageLog(window.statusBar())
    window.map.version(PROPOSAL)
    dialog = window.addons.merge.make_dialog(other)
    dialog.show()
    assert dialog.wait() is not None, dialog.outcome.text()
    texts = [(f"merge dialog: {w}", t) for w, t in shown_texts(dialog)]
    dialog.merge_button.click()
    window.activateWindow()
    conflicts = window.addons.conflicts
    assert len(conflicts.entries) == 1
    conflicts.select(0)
    window.addons.references.add([str(reference)])
    assert window.editor.references.wait(60)
    window.selection.set({"zone-idlib"})
    changes = window.addons.changes
    changes.wait()
    window.addons.editing.problems.refresh()
    qtbot.wait(300)  # the Problems panel validates after a pause
    for dock in window.findChildren(QDockWidget):
        dock.show()
        dock.raise_()
        QApplication.processEvents()
        texts += shown_texts(window)
    return texts + [("status bar message shown", m) for m in log.shown]


def help_texts(window, qtbot, scan, monkeypatch, marked: bool) -> list[tuple[str, str]]:
    """The shortcut sheet (its lines too), the user guide's frame and the georeferencing
    dialog on a scan. The guide's pages are its own text, written in each language (not
    through the translator): their titles in its contents are judged in Arabic and Russian,
    not in the ``marked`` run."""
    sheet = window.addons.shortcuts.show_sheet()
    texts = [(f"shortcut sheet: {w}", t) for w, t in shown_texts(sheet)]
    texts += [("shortcut sheet line", line) for line in sheet.browser.toPlainText().split("\n")]
    sheet.close()
    guide = window.addons.guide.show_guide()
    assert guide is not None
    texts += [(f"user guide: {w}", t) for w, t in shown_texts(guide)
              if "GuideBrowser" not in w and not (marked and "guideContents" in w)]
    guide.close()
    monkeypatch.setattr(georef_dialog, "ask_scan_file", lambda parent, folder="": str(scan))
    window.addons.references.act_georef.trigger()
    dlg = window.addons.references.georef_dialog
    assert dlg is not None and dlg.wait(60)
    texts += [(f"georeference: {w}", t.replace(str(scan), "").replace(scan.name, ""))
              for w, t in shown_texts(dlg)]  # the scan's file is data
    dlg.close()
    return texts


@pytest.mark.parametrize("language", ["marked", "ar", "ru"], indirect=True)
def test_every_text_of_the_window_is_in_the_interface_language(
        language, window, two_copies, osm_xml, scan_png, qtbot, monkeypatch):
    texts = everything_showing(window, two_copies[1], osm_xml, qtbot)
    texts += help_texts(window, qtbot, scan_png, monkeypatch, marked=language == "marked")
    assert len(texts) > 500
    wheres = " ".join(w for w, _ in texts)
    for part in ("conflictsList", "referenceTable", "menu ▸", "QToolBar", "status bar",
                 "shortcut sheet", "user guide", "georeference", "merge dialog"):
        assert part in wheres, f"the walk did not reach {part}"
    data = data_words(window) | {two_copies[1].name, two_copies[1].stem}  # the other copy
    left = (unmarked(texts, data) if language == "marked"
            else english_left(texts, data, untranslated_places(window)))
    assert not left, f"{len(left)} text(s) not in the interface language:\n" + "\n".join(left)
