"""The layers panel's per-layer check boxes and sliders tell a screen reader which layer they
are for, in the window's language.

They had object names only: the boxes have no text (the column title and the layer's name
are other cells), so a screen reader said "check box, checked" for each of six boxes. Now
each is named for its layer, and a lock for the versions it holds for ("Lock layer Zones of
every proposal"), its description naming the version shown.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QCheckBox, QSlider
from support.i18n_walk import english_words

from zoneeditor.core.model import LayerKind
from zoneeditor.gui.layers_panel import LayersPanel, layer_title

SCRIPT = {"ar": "[\u0600-\u06ff]", "ru": "[\u0400-\u04ff]", "en": "[A-Za-z]"}


def _spoken(widget) -> tuple[str, str]:
    """What the accessibility bridge reads for ``widget``: its name and description."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def _widgets(window) -> dict[str, tuple[str, str]]:
    """objectName -> (name, description) of every per-layer box and slider."""
    panel = window.findChild(LayersPanel)
    found = {}
    for kind in LayerKind:
        for prefix, cls in (("visible", QCheckBox), ("lock", QCheckBox),
                            ("opacity", QSlider)):
            widget = panel.findChild(cls, f"{prefix}_{kind.value}")
            assert widget is not None, (prefix, kind)
            found[widget.objectName()] = _spoken(widget)
    return found


@pytest.mark.parametrize("lang", [
    pytest.param("ar", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", marks=pytest.mark.zoneeditor_lang("ru")),
    "en",
])
def test_each_layer_box_is_named_for_its_layer_and_versions(editor, lang):
    editor.map.version("agreed")
    agreed = _widgets(editor)
    editor.map.version("Proposal B")
    proposal = _widgets(editor)
    for spoken in (agreed, proposal):
        names = [name for name, _ in spoken.values()]
        assert len(set(names)) == len(names) == 9, names  # each says which one it is
        for key, (name, description) in spoken.items():
            title = layer_title(LayerKind(key.split("_")[1]))
            assert title in name, (key, name)
            assert re.search(SCRIPT[lang], name), name
            if lang != "en":
                assert english_words(name + " " + description, {"Proposal B"}) == [], name
            if not key.startswith("opacity"):
                assert title in description, (key, description)
    # a lock holds for the baseline, or for every proposal: its name says which
    for kind in LayerKind:
        key = f"lock_{kind.value}"
        assert agreed[key][0] != proposal[key][0], agreed[key]
        assert "Proposal B" in proposal[key][1], proposal[key]
        assert agreed[f"visible_{kind.value}"] == proposal[f"visible_{kind.value}"]
