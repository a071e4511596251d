"""The party of the drawing session is chosen and shown in the toolbar ("Party: none ▾"):
new zones and lines get it, or no party at all when none is chosen; a project without that
party drops the choice. Tool buttons name their tool and key in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED, Party, Project, ProjectMeta, Version
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.gui.drawing_party import DrawingPartyCombo
from zoneeditor.io.session import Session

ZONE = [(38.9, 33.5), (39.1, 33.5), (39.1, 33.65), (38.9, 33.65)]  # desert east of Palmyra


def draw_zone(editor) -> str:
    """Draw a zone with the README's keys; returns the new feature's id."""
    before = set(editor.document.version.features)
    editor.map.show(38.8, 33.4, 39.2, 33.75)
    editor.map.tool("Z")
    editor.map.click_path(ZONE, finish="enter")
    (new,) = set(editor.document.version.features) - before
    return new


def choose(combo: DrawingPartyCombo, name: str) -> None:
    index = combo.findData(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a click in its list sends


def test_the_toolbar_shows_and_chooses_the_drawing_party(editor, qtbot):
    combo = editor.window_actions.party_combo
    assert combo.parentWidget() is editor.window_actions.toolbar
    assert combo.isVisible()
    assert combo.shown_text() == "Party: none"
    assert editor.editor.edit_state.drawing_party == ""
    parties = [combo.itemData(i) for i in range(combo.count())]
    assert parties == ["", *[p.name for p in editor.document.project.meta.parties]]
    editor.editor.switch_version("Proposal B")
    fid = draw_zone(editor)
    assert not editor.document.feature(fid).party  # neutral: no side picked for anyone
    choose(combo, "Opposition")
    assert editor.editor.edit_state.drawing_party == "Opposition"
    assert combo.shown_text() == "Party: Opposition"
    qtbot.waitUntil(  # the toolbar gives the longer text its room
        lambda: combo.width() >= combo.fontMetrics().horizontalAdvance(combo.shown_text()) + 16,
        timeout=2000)
    editor.map.key("Escape")
    fid = draw_zone(editor)
    assert editor.document.feature(fid).party == "Opposition"
    choose(combo, "")
    assert combo.shown_text() == "Party: none"


def test_a_project_without_that_party_drops_the_choice(editor):
    combo = editor.window_actions.party_combo
    choose(combo, "Government")
    meta = ProjectMeta(title="Other talks", parties=(Party("North", "#1f77b4"),
                                                     Party("South", "#2ca02c")))
    other = Session(Document(Project.from_versions(meta, [Version(AGREED, {})])), None)
    editor.set_session(other)
    assert editor.editor.edit_state.drawing_party == ""
    assert combo.shown_text() == "Party: none"
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "North", "South"]


@pytest.mark.zoneeditor_lang("ru")
def test_tool_tooltips_name_the_tool_in_the_interface_language(editor):
    from PySide6.QtCore import QCoreApplication

    for cls in tool_classes():
        act = editor.window_actions.tool_actions[cls]
        name = QCoreApplication.translate("MainWindow", cls.name)
        assert name != cls.name, f"{cls.name!r} has no Russian name"
        assert act.toolTip().startswith(name), act.toolTip()
        assert f"({cls.shortcut})" in act.toolTip()
        assert act.icon().availableSizes() or not act.icon().isNull()
    assert editor.window_actions.tools_toolbar.toolButtonStyle() in (
        Qt.ToolButtonStyle.ToolButtonIconOnly, Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
