"""The status bar names features and parties as the rest of the window does in its language.

An Arabic window said «حُدد Idlib» after a click on Idlib, whose Arabic name (إدلب) the
Attributes and History panels show: core's sentence names a feature by its English label,
and the status bar showed that label. Selecting, deleting, a refusal naming a feature or a
party, all now name them as the History panel does (``gui.named_messages``).
"""

from __future__ import annotations

import pytest

from zoneeditor.core.edits import delete_features
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message
from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.named_messages import named, named_error


def _inside(drive, fid: str) -> tuple[float, float]:
    """A place inside feature ``fid`` and inside no other feature of the version shown."""
    feature = drive.feature(id=fid)
    alone = feature.geometry
    for other in drive.features():
        if other.id != fid:
            alone = alone.difference(other.geometry.buffer(0.02))
    point = alone.representative_point()
    return point.x, point.y


def _select(editor, fid: str) -> str:
    """Click feature ``fid`` on the map with the selection tool; the status bar's message."""
    drive = editor.map
    drive.version("Proposal B")
    drive.show(*drive.feature(id=fid).geometry.buffer(0.3).bounds)
    drive.click(*_inside(drive, fid))
    assert editor.selection.ids == {fid}
    return strip_bidi(drive.message)


@pytest.mark.zoneeditor_lang("ar")
def test_an_arabic_window_says_it_selected_idlib_by_its_arabic_name(editor):
    said = _select(editor, "zone-idlib")
    assert said == "حُدد إدلب", said


@pytest.mark.zoneeditor_lang("ru")
def test_a_russian_window_says_it_selected_ghouta_by_its_russian_name(editor):
    said = _select(editor, "zone-ghouta")
    assert "Восточная Гута" in said and "Eastern Ghouta" not in said, said


def test_an_english_window_keeps_the_english_label(editor):
    assert _select(editor, "zone-idlib") == "Selected Idlib"


@pytest.mark.zoneeditor_lang("ar")
def test_an_arabic_window_names_what_delete_deleted_in_arabic(editor):
    drive = editor.map
    drive.version("Proposal B")
    editor.selection.set({"zone-ghouta"})
    drive.key("Delete")
    said = strip_bidi(drive.message)
    assert "الغوطة الشرقية" in said and "Eastern Ghouta" not in said, said


@pytest.mark.zoneeditor_lang("ar")
def test_a_refusal_names_its_feature_and_party_in_arabic(editor):
    editor.map.version("Proposal B")
    document = editor.document
    overlap = Message("overlaps %1 of %2 by %3 km²", "Idlib", "Opposition", "1.500")
    said = strip_bidi(named(Message("%1 refused: %2", Message("Moving %1", "Northern Hama"),
                                    overlap), document))
    for arabic in ("إدلب", "المعارضة", "ريف حماة الشمالي"):
        assert arabic in said, said
    assert not any(english in said for english in ("Idlib", "Opposition", "Hama")), said
    refused = strip_bidi(named_error(EditRefused(Message("the line does not cross %1",
                                                         "Idlib")), document))
    assert "إدلب" in refused and "Idlib" not in refused, refused
    # a feature no longer in the version (what a step removed) is named when given
    gone = document.feature("zone-homs")
    assert editor.editor.push(delete_features(document.version, ["zone-homs"]))
    assert document.feature("zone-homs") is None
    said = strip_bidi(named(Message("Selected %1", "North of Homs"), document, [gone]))
    assert "شمال حمص" in said and "Homs" not in said, said
