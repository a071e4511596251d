"""The recovery question names the last edit's features in the window's language.

An Arabic window asked about «دمج المناطق Idlib، North of Homs وEastern Ghouta»: the journal
keeps the step's label with the romanised names, and the dialog translated only its words.
It now reads the journal's project and names each feature as the window does (إدلب, شمال
حمص, الغوطة الشرقية; «Восточная Гута» in Russian), keeping the label's own names where the
project cannot be read; a conjunction glued to its word in Arabic («و») is not glued to a
Latin name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from zoneeditor import i18n
from zoneeditor.core import edits
from zoneeditor.core.messages import listing
from zoneeditor.core.naming import FSI, strip_isolates
from zoneeditor.core.tools.merge import merge_changeset
from zoneeditor.gui.recovery_dialog import RecoveryDialog
from zoneeditor.gui.recovery_names import last_edit_text
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io import recovery
from zoneeditor.io.session import Session
from zoneeditor.testing import crash as harness

ZONES = ("zone-idlib", "zone-homs", "zone-ghouta")


@pytest.fixture
def language(request, qapp) -> str:
    """The window's language (the test's parameter), English again after the test."""
    lang = request.param
    assert i18n.install(qapp, lang) == lang
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    return lang


def _merge_then_crash(project: Path) -> recovery.Candidate:
    """Give three zones one party and save; merge them (unsaved) and 'crash'."""
    s = Session.open(project)
    doc = s.document
    doc.current_version = "Proposal B"
    party = doc.feature("zone-idlib").party
    for fid in ZONES[1:]:
        doc.history.push(edits.set_attributes(doc.version, doc.feature(fid), party=party))
    s.save()
    doc.history.push(merge_changeset(doc.version, [doc.feature(f) for f in ZONES]))
    harness.abandon(s)
    found = recovery.find_for(project.resolve())
    assert found is not None and found.last_label.startswith("Merge zones Idlib")
    return found


@pytest.mark.parametrize(("language", "names", "gone"), [
    ("ar", ["إدلب", "شمال حمص", "الغوطة الشرقية"], ["Idlib", "North of Homs", "Eastern Ghouta"]),
    # the sample has a Russian name for Eastern Ghouta only: the others stay romanised
    ("ru", ["Восточная Гута", "Idlib"], ["Eastern Ghouta"]),
], indirect=["language"])
def test_the_last_edit_names_the_features_as_the_window_does(qtbot, sample_copy, language,
                                                              names, gone):
    candidate = _merge_then_crash(sample_copy)
    text = strip_isolates(last_edit_text(candidate))
    for name in names:
        assert name in text, text
    for name in gone:
        assert name not in text, text
    dialog = RecoveryDialog(candidate)
    qtbot.addWidget(dialog)
    assert names[-1] in strip_isolates(dialog.details.text())


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_without_the_project_the_labels_own_names_are_kept(sample_copy, language):
    candidate = _merge_then_crash(sample_copy)
    sample_copy.unlink()
    text = last_edit_text(candidate)
    assert "Idlib" in text and "Eastern Ghouta" in text, text
    # «و» stands apart from a Latin name, isolated so it keeps its place in the sentence
    assert f"و {FSI}Eastern Ghouta" in text, text


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_arabic_and_stays_glued_to_an_arabic_name(language):
    text = translated(listing(["Idlib", "North of Homs", "الغوطة الشرقية"]))
    assert f"و{FSI}الغوطة الشرقية" in text, text
    text = translated(listing(["إدلب", "Eastern Ghouta"]))
    assert f"و {FSI}Eastern Ghouta" in text, text


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_spaced_conjunction_is_left_as_it_is(language):
    text = translated(listing(["Идлиб", "Eastern Ghouta"]))
    assert strip_isolates(text) == "Идлиб и Eastern Ghouta", text
