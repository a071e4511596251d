"""The window as it is today follows version management done through the change model:
renamed, promoted and deleted versions appear in the toolbar combo and the Changes panel,
and one undo brings everything back (the Version menu's entries come with the window work)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from zoneeditor.core import versions
from zoneeditor.core.model import AGREED
from zoneeditor.io.session import Session


@pytest.fixture
def window(windows, sample_copy):
    return windows.shown(QSize(1400, 900), Session.open(sample_copy), background=False)


def combo(window) -> list[str]:
    box = window.window_actions.version_combo
    return [box.itemData(i) for i in range(box.count())]


def test_promote_rename_delete_show_in_the_window(qtbot, window):
    doc = window.document
    window.editor.switch_version("Proposal B")
    doc.history.push(versions.promote(doc.project, "Proposal B", today="2025-03-14"))
    assert combo(window) == [AGREED, "Agreed until 2025-03-14"]
    assert doc.current_version == AGREED
    assert window.window_actions.version_combo.currentData() == AGREED
    doc.history.push(versions.rename(doc.project, "Agreed until 2025-03-14", "Old baseline"))
    assert combo(window) == [AGREED, "Old baseline"]
    doc.history.push(versions.delete(doc.project, "Old baseline"))
    assert combo(window) == [AGREED]
    for _ in range(3):
        doc.history.undo()
    assert combo(window) == [AGREED, "Proposal B"]
    assert window.window_actions.version_combo.currentData() == "Proposal B"
    qtbot.wait(50)  # let the Changes panel recompute on the restored versions
