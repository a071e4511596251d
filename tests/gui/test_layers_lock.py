"""The Layers panel's Lock column and "Agreed baseline locked" are one state: the column
shows the locks of the version shown, and while the baseline is shown the box is all of its
boxes ticked (reviewers saw three open locks beside a ticked box, on a baseline nobody could
edit)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from zoneeditor.core.model import AGREED


def lock_column(panel) -> dict[str, bool]:
    """Each layer row's Lock box, by the layer's name in the project."""
    table = panel.table
    return {kind.value: table.cellWidget(row, panel.COL_LOCK).isChecked()
            for row, kind in enumerate(panel.state.panel_order)}


def click(qtbot, box) -> None:
    """A click on a check box's square, as a user's."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def lock_box(panel, layer: str):
    return panel.table.cellWidget(panel.state.panel_order.index(
        next(k for k in panel.state.panel_order if k.value == layer)), panel.COL_LOCK)


def test_the_lock_column_shows_the_locked_baseline(editor):
    panel = editor.layers_panel
    assert editor.document.current_version == AGREED
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked
    assert lock_column(panel) == {"points": True, "lines": True, "zones": True}


def test_unticking_the_baseline_box_opens_every_lock_and_back(editor, qtbot):
    panel = editor.layers_panel
    click(qtbot, panel.baseline_locked)
    assert lock_column(panel) == {"points": False, "lines": False, "zones": False}
    assert editor.map.tool("Z").ctx.version_locked is False
    click(qtbot, panel.baseline_locked)
    assert lock_column(panel) == {"points": True, "lines": True, "zones": True}
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked


def test_one_open_lock_half_ticks_the_baseline_box_and_edits_that_layer_only(editor, qtbot):
    panel = editor.layers_panel
    drive = editor.map
    click(qtbot, lock_box(panel, "zones"))
    assert lock_column(panel) == {"points": True, "lines": True, "zones": False}
    assert panel.baseline_locked.checkState() == Qt.CheckState.PartiallyChecked
    drive.show(37.9, 33.9, 38.4, 34.4)  # desert east of Homs
    drive.tool("Z")
    before = len(drive.features("zones"))
    drive.click_path([(38.0, 34.0), (38.2, 34.0), (38.2, 34.2)], finish="enter")
    assert len(drive.features("zones")) == before + 1  # the baseline's zones are open
    drive.tool("L")
    drive.click_path([(38.0, 34.1), (38.2, 34.3)], finish="enter")
    assert "lines layer is locked" in drive.message
    # a click on the half-ticked box locks the whole baseline again, never half
    click(qtbot, panel.baseline_locked)
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked
    assert lock_column(panel) == {"points": True, "lines": True, "zones": True}


def test_ticking_every_lock_ticks_the_baseline_box(editor, qtbot):
    panel = editor.layers_panel
    click(qtbot, panel.baseline_locked)
    for layer in ("points", "lines", "zones"):
        click(qtbot, lock_box(panel, layer))
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked
    assert editor.editor.tool_context.version_locked


def test_a_proposal_shows_its_own_locks_and_keeps_the_baseline_box(editor, qtbot):
    panel = editor.layers_panel
    drive = editor.map
    drive.version("Proposal B")
    assert lock_column(panel) == {"points": False, "lines": False, "zones": False}
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked
    assert "proposal" in lock_box(panel, "lines").toolTip()
    click(qtbot, lock_box(panel, "lines"))
    assert panel.baseline_locked.checkState() == Qt.CheckState.Checked  # the baseline's
    drive.version("agreed")
    assert lock_column(panel) == {"points": True, "lines": True, "zones": True}
    assert "agreed baseline" in lock_box(panel, "lines").toolTip()
    drive.version("Proposal B")
    assert lock_column(panel) == {"points": False, "lines": True, "zones": False}
