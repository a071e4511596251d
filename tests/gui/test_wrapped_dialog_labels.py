"""Word-wrapped sentences of dialogs are drawn whole in an Arabic window: with a plain
``QLabel`` an Arabic line that filled the label's width was drawn a space's width too far
left and lost its end at the label's left edge («…من رأسه» of the Buffer dialog lost its «ه»
at 1366×768, the import's "copy of" sentences likewise), and letters reaching below the
font's descent lost a pixel row (``gui.wrapped_label``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from support.label_ink import ink_outside

from zoneeditor import i18n
from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog.proposal_start import ProposalStart
from zoneeditor.gui.tool_buffer_dialog import BufferDialog
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.fixture
def arabic(qapp):
    """The Arabic interface for the test, English again after it."""
    assert i18n.install(qapp, "ar") == "ar"
    yield
    i18n.install(qapp, "en")


def _cut(label: QLabel) -> dict[int, dict[str, int]]:
    """Widths (those of a dialog at 1366×768 and around) at which some of ``label``'s text
    is drawn outside it, with how far."""
    cut = {}
    for width in range(200, 480, 3):
        label.setFixedSize(width, label.heightForWidth(width))
        outside = ink_outside(label)
        if max(outside.values()) > 0:
            cut[width] = outside
    return cut


def test_the_buffer_dialogs_sentence_is_drawn_whole_in_arabic(arabic, qtbot):
    dialog = BufferDialog("خط التماس إدلب–حماة")
    qtbot.addWidget(dialog)
    dialog.show()
    intro = next(label for label in dialog.findChildren(QLabel) if label.wordWrap())
    assert "رأسه" in intro.text()
    assert not _cut(intro), _cut(intro)


def test_the_import_choices_sentences_are_drawn_whole_in_arabic(arabic, qtbot):
    start = ProposalStart(Document(read_project(sample_path())))
    qtbot.addWidget(start)
    start.show()
    for label in (start.copy_text, start.only_text):
        assert not _cut(label), (label.text(), _cut(label))
