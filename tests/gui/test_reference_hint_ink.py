"""The reference layers' "None yet…" hint is drawn whole inside its label, in Arabic, Russian
and English, at 1366×768 and in narrower or wider docks: an Arabic line that filled the
label's width was drawn a space's width too far left, and the dock's edge cut 3 px off its
closing «» (a reviewer; ``gui.wrapped_label``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from support.label_ink import ink_outside

from zoneeditor import i18n


@pytest.fixture
def hint(windows, qapp):
    """``make(lang)``: the reference layers' empty hint of a window at 1366×768 in
    ``lang``."""

    def make(lang: str) -> QLabel:
        assert i18n.install(qapp, lang) == lang
        window = windows.on_laptop()
        label = window.findChild(QLabel, "referenceEmpty")
        assert label is not None and label.isVisible()
        return label

    yield make
    windows.close_all()
    i18n.install(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_the_hint_is_drawn_whole_at_every_width(hint, lang):
    label = hint(lang)
    assert max(ink_outside(label).values()) <= 0, ink_outside(label)
    cut = {}
    for width in range(180, 400, 3):  # a narrower or wider dock
        label.setFixedSize(width, label.heightForWidth(width))
        outside = ink_outside(label)
        if max(outside.values()) > 0:
            cut[width] = outside
    assert not cut, f"ink cut off at widths {cut}"
