"""Undo and Redo stop at a step that changes a layer locked in the Layers panel.

A user drew a zone in a proposal, locked Zones so nothing there would change by mistake,
pressed Ctrl+Z, and the zone went: undo changed the locked layer, which no tool may. Undo,
Redo and the History panel now stop at such a step, saying which layer is locked
(``gui.history_rule``), and go on once it is unlocked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from zoneeditor.core.model import AGREED

PROPOSAL = "Proposal B"
# the desert east of Homs: nothing of the sample there
DESERT = [(38.0, 34.0), (38.2, 34.0), (38.2, 34.2)]
TRACK = [(38.0, 34.25), (38.2, 34.35)]


def plain(text: str) -> str:
    """``text`` without the marks that isolate names in it."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def click(qtbot, box) -> None:
    """A click on a check box's square, as a user's (on the right in Arabic)."""
    x = box.width() - 6 if box.isRightToLeft() else 6
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))


def lock_box(panel, layer: str):
    """The Lock box of ``layer``'s row in the Layers panel."""
    row = [k.value for k in panel.state.panel_order].index(layer)
    return panel.table.cellWidget(row, panel.COL_LOCK)


def draw_zone(drive) -> None:
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("Z")
    drive.click_path(DESERT, finish="enter")


def stop(label: str, reason: str) -> str:
    return f"Undo and Redo stop at “{label}”. {reason}"


ZONES_LOCKED = ("The layer Zones of Proposal B is locked: unlock it in the Layers panel "
                "to undo or redo this step.")


def test_a_zone_drawn_then_locked_is_not_undone_until_unlocked(editor, qtbot):
    drive, panel = editor.map, editor.layers_panel
    acts, rows = editor.window_actions, editor.history_panel.list
    drive.version(PROPOSAL)
    before = len(drive.features("zones"))
    draw_zone(drive)
    assert len(drive.features("zones")) == before + 1
    label = drive.history.labels[-1]
    assert acts.act_undo.isEnabled()
    click(qtbot, lock_box(panel, "zones"))
    assert not acts.act_undo.isEnabled()
    why = stop(label, ZONES_LOCKED)
    assert plain(acts.act_undo.statusTip()) == why
    assert plain(acts.act_undo.toolTip()).endswith("\n" + why)
    # the shortcut and a direct call stop there, saying why; the zone stays
    drive.undo()
    assert not editor.editor.undo()
    assert plain(drive.message) == why
    assert len(drive.features("zones")) == before + 1
    # the History panel: the state before the drawing cannot be reached
    opened = rows.item(rows.count() - 2)
    assert not opened.flags() & Qt.ItemFlag.ItemIsEnabled
    assert plain(opened.toolTip()) == why
    assert not editor.editor.go_to(drive.history.index - 1)
    # unlocked, the history goes through again: undone, then redo stops at the lock too
    click(qtbot, lock_box(panel, "zones"))
    opened = rows.item(rows.count() - 2)  # the panel lists the history anew
    assert acts.act_undo.isEnabled() and opened.flags() & Qt.ItemFlag.ItemIsEnabled
    drive.undo()
    assert len(drive.features("zones")) == before
    click(qtbot, lock_box(panel, "zones"))
    assert not acts.act_redo.isEnabled()
    assert plain(acts.act_redo.statusTip()) == why
    drive.redo()
    assert len(drive.features("zones")) == before
    click(qtbot, lock_box(panel, "zones"))
    drive.redo()
    assert len(drive.features("zones")) == before + 1


def test_a_lock_of_another_layer_is_no_obstacle(editor, qtbot):
    drive, panel, acts = editor.map, editor.layers_panel, editor.window_actions
    drive.version(PROPOSAL)
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("L")
    drive.click_path(TRACK, finish="enter")
    lines = len(drive.features("lines"))
    click(qtbot, lock_box(panel, "zones"))
    click(qtbot, lock_box(panel, "points"))
    assert acts.act_undo.isEnabled() and acts.act_undo.statusTip() == ""
    drive.undo()
    assert len(drive.features("lines")) == lines - 1
    click(qtbot, lock_box(panel, "lines"))  # now the line's own layer
    assert not acts.act_redo.isEnabled()
    assert "The layer Lines of Proposal B is locked" in plain(acts.act_redo.statusTip())


def test_a_baseline_edit_stops_once_the_baseline_is_locked_again(editor, qtbot):
    drive, panel, acts = editor.map, editor.layers_panel, editor.window_actions
    assert editor.document.current_version == AGREED
    click(qtbot, panel.baseline_locked)  # unlocked on purpose, to edit the baseline
    before = len(drive.features("zones"))
    draw_zone(drive)
    label = drive.history.labels[-1]
    assert acts.act_undo.isEnabled()
    click(qtbot, panel.baseline_locked)  # locked again, as it is by default
    assert not acts.act_undo.isEnabled()
    assert plain(acts.act_undo.statusTip()) == stop(
        label, "The agreed baseline is locked: unlock it in the Layers panel to undo or "
               "redo this step.")
    drive.undo()
    assert len(drive.features("zones")) == before + 1
    # one layer of the baseline opened again: the sentence names what is still locked
    click(qtbot, lock_box(panel, "lines"))
    assert not acts.act_undo.isEnabled()
    assert "The layer Zones of the agreed baseline is locked" in plain(
        acts.act_undo.statusTip())
    click(qtbot, lock_box(panel, "zones"))
    assert acts.act_undo.isEnabled()
    drive.undo()
    assert len(drive.features("zones")) == before


@pytest.mark.zoneeditor_lang("ar")
def test_the_reason_reads_in_arabic(editor, qtbot):
    drive, panel, acts = editor.map, editor.layers_panel, editor.window_actions
    drive.version(PROPOSAL)
    draw_zone(drive)
    click(qtbot, lock_box(panel, "zones"))
    assert not acts.act_undo.isEnabled()
    why = plain(acts.act_undo.statusTip())
    assert "Undo" not in why and "locked" not in why
    assert "المناطق" in why and PROPOSAL in why  # the layer by its Arabic name


def test_the_undo_key_at_a_locked_step_says_why(editor, qtbot):
    """Qt takes no shortcut of an action that is off: Ctrl+Z at the locked step did nothing
    and said nothing. Now the key asks, and the status bar says why; with the layer
    unlocked the same key undoes (no second shortcut competes for it then)."""
    drive, panel, acts = editor.map, editor.layers_panel, editor.window_actions
    drive.version(PROPOSAL)
    before = len(drive.features("zones"))
    draw_zone(drive)
    label = drive.history.labels[-1]
    click(qtbot, lock_box(panel, "zones"))
    assert not acts.act_undo.isEnabled()
    editor.statusBar().showMessage("something else")
    drive.key("Ctrl+Z")
    assert plain(drive.message) == stop(label, ZONES_LOCKED)
    assert len(drive.features("zones")) == before + 1
    click(qtbot, lock_box(panel, "zones"))
    drive.key("Ctrl+Z")
    assert len(drive.features("zones")) == before
    click(qtbot, lock_box(panel, "zones"))  # and Redo the same way
    editor.statusBar().showMessage("something else")
    drive.key("Ctrl+Shift+Z")
    assert plain(drive.message) == stop(label, ZONES_LOCKED)
    click(qtbot, lock_box(panel, "zones"))
    drive.key("Ctrl+Shift+Z")
    assert len(drive.features("zones")) == before + 1
