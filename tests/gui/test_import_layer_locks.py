"""The Import dialog honours the lock of each layer it would write, not only a locked
version.

Into the agreed baseline it refused only when all three of the baseline's layers were
locked ("Agreed baseline locked"): with only Zones locked in the Layers panel, a file of
zones went into the baseline's locked zones layer. The dialog now refuses (Import off, the
footer saying which layer of which version is locked) when a layer the import would change
is locked — the baseline's own locks, or the proposals' for an existing proposal — and a
lock of a layer it does not write does not stand in its way. A new proposal is a new
version, as Version ▸ New proposal… makes one: no lock is in its way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sample import sample_document

from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.gui.import_dialog import ImportDialog, open_import_dialog
from zoneeditor.gui.layer_state import LayerState

BAD = Path(__file__).parents[1] / "data" / "bad"
ZONE_FILE = BAD / "good_arabic.kml"  # one zone
PROPOSAL = "Proposal B"


@pytest.fixture
def document() -> Document:
    return sample_document()


@pytest.fixture
def locks(qapp) -> LayerState:
    """The Layers panel's state with nothing locked anywhere."""
    state = LayerState()
    state.set_flag("baseline_locked", False)
    return state


def lock(state: LayerState, version: str, *layers: LayerKind) -> None:
    """Lock ``layers`` as the Layers panel does while ``version`` is shown."""
    state.show_version(version)
    for layer in layers:
        state.set_locked(layer, True)


def read(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    return dialog


def plain(text: str) -> str:
    """``text`` without the marks that isolate names in it."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def opened(qtbot, document, locks: LayerState) -> ImportDialog:
    return read(qtbot, ImportDialog(document, None, [str(ZONE_FILE)], locks.locked_in))


def test_the_baseline_with_only_its_zones_locked_takes_no_zones(qtbot, document,
                                                                 locks):
    lock(locks, AGREED, LayerKind.ZONES)
    assert not locks.baseline_locked and locks.baseline_partly_locked
    dialog = opened(qtbot, document, locks)
    assert dialog.import_button.isEnabled()  # as a new proposal: fine
    dialog.agreed_radio.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert plain(dialog.summary_label.text()) == (
        "1 zone to import; the layer Zones of Agreed baseline is locked (unlock it in the "
        "Layers panel, or import as a new proposal)")
    before = len(document.project.agreed)
    dialog.import_button.click()
    assert len(document.project.agreed) == before


def test_a_lock_of_a_layer_the_import_does_not_write_is_no_obstacle(qtbot, document,
                                                                     locks):
    lock(locks, AGREED, LayerKind.POINTS, LayerKind.LINES)
    dialog = opened(qtbot, document, locks)
    dialog.agreed_radio.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert "locked" not in dialog.summary_label.text()
    dialog.import_button.click()
    assert any(f.name == "إدلب & حماة" for f in document.project.agreed)


def test_the_whole_baseline_locked_says_so_as_before(qtbot, document, locks):
    locks.set_flag("baseline_locked", True)
    dialog = opened(qtbot, document, locks)
    dialog.agreed_radio.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert "the agreed baseline is locked (unlock it in the Layers panel, or import as a " \
           "proposal)" in dialog.summary_label.text()


def test_an_existing_proposal_follows_the_proposals_locks(qtbot, document, locks):
    lock(locks, PROPOSAL, LayerKind.ZONES)  # a proposal's locks hold for every proposal
    dialog = opened(qtbot, document, locks)
    dialog.proposal_name.setText(PROPOSAL)
    assert not dialog.is_new_proposal() and not dialog.import_button.isEnabled()
    assert "the layer Zones of Proposal B is locked" in plain(dialog.summary_label.text())
    dialog.proposal_name.setText("Their map")  # a new version: nothing of it is locked
    assert dialog.import_button.isEnabled()
    dialog.agreed_radio.setChecked(True)  # the baseline's locks are its own
    assert dialog.import_button.isEnabled()


def test_the_window_gives_the_dialog_its_layer_locks(qtbot, windows, locks):
    from support.window import LAPTOP_SCREEN

    from zoneeditor.io.session import Session

    window = windows.shown(LAPTOP_SCREEN, Session.sample())
    state = window.editor.layer_state
    state.set_flag("baseline_locked", False)
    lock(state, AGREED, LayerKind.ZONES)
    dialog = read(qtbot, open_import_dialog(window.editor, window, [str(ZONE_FILE)]))
    dialog.agreed_radio.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert "the layer Zones of Agreed baseline is locked" in plain(dialog.summary_label.text())
    dialog.reject()


def test_every_layer_written_is_asked_also_that_of_a_replaced_feature(qapp):
    from conftest import line, point, project_with, zone

    from zoneeditor.gui.import_dialog.target import lock_refusal

    square = "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))"
    project = project_with(agreed=[zone("z1", square, name="Idlib"),
                                   point("p1", "POINT (36.7 35.6)", name="Post")])
    locked = {AGREED: {"zones", "points"}}.get
    new_zone, new_post = zone("z9", square, name="New"), point("p9", "POINT (36 35)")
    assert plain(lock_refusal(project, [new_zone, new_post], AGREED, locked)) == (
        "the layers Zones, Points of Agreed baseline are locked (unlock them in the Layers "
        "panel, or import as a new proposal)")
    # a line with the id of the baseline's post replaces it: the points layer changes too
    line_p1 = line("p1", "LINESTRING (36 35, 36.1 35.1)")
    assert "the layer Points of" in plain(lock_refusal(project, [line_p1], AGREED, locked))
    assert lock_refusal(project, [line("l9", "LINESTRING (36 35, 36.1 35.1)")], AGREED,
                        locked) == ""
    assert lock_refusal(project, [new_zone], "Their map", locked) == ""  # a new version
