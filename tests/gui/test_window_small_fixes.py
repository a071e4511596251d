"""Smaller window points of a delegate's day: the print dialog shows the whole version and
offers a file name that says what the sheet shows; the export names its target for the
versions it holds; the recovery and lock dialogs, shown before the window, use the window's
font; undo leaves no stale snap ring nor stale vertex handles on the map."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from zoneeditor.core import edits
from zoneeditor.core.file_names import export_stem
from zoneeditor.gui.export_dialog import ExportDialog
from zoneeditor.gui.print_dialog import PrintDialog
from zoneeditor.io.session import Session
from zoneeditor.render.print_options import suggested_file_name
from zoneeditor.testing import crash


def test_print_dialog_defaults_to_the_whole_version_and_names_the_file(editor, monkeypatch):
    editor.editor.switch_version("Proposal B")
    editor.map.show(36.5, 35.3, 36.8, 35.5)  # a small view: a sheet of it would cut zones
    editor.addons.print_action.trigger()
    dialog = editor.findChild(PrintDialog)
    assert dialog.extent_box.currentData() == "all"
    assert dialog.options().extent is None  # the layout fits every feature of the version
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, where, pattern: asked.append(where) or ("", ""))
    dialog.diff_box.setCurrentIndex(dialog.diff_box.findData("agreed"))
    dialog.on_export_pdf()
    dialog.on_export_png()
    project = editor.session.path
    options = dialog.options()
    assert asked == [str(project.parent / suggested_file_name(project.stem, "Proposal B",
                                                              options, suffix))
                     for suffix in (".pdf", ".png")]
    assert Path(asked[0]).name.startswith(f"{project.stem}-proposal_b-vs-agreed-")
    dialog.close()


def test_export_names_its_target_for_the_versions_it_holds(editor):
    editor.addons.export_action.trigger()
    dialog = editor.findChild(ExportDialog)
    stem = editor.session.path.stem
    folder = editor.session.path.parent
    assert dialog.out_edit.text() == str(folder / f"{stem}-agreed-shapefiles")
    item = dialog.versions.findItems("Proposal B", Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)  # both versions: never "agreed-shapefiles"
    assert dialog.out_edit.text() == str(
        folder / f"{export_stem(stem, ['agreed', 'Proposal B'], 2)}-shapefiles")
    assert dialog.out_edit.text().endswith("-all-versions-shapefiles")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("gpkg"))
    assert dialog.out_edit.text().endswith("-all-versions.gpkg")
    dialog.out_edit.setText(str(folder / "mine.gpkg"))
    dialog.out_edit.textEdited.emit(dialog.out_edit.text())  # typed by the user: kept
    item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.out_edit.text() == str(folder / "mine.gpkg")
    dialog.close()


def test_recovery_and_lock_dialogs_use_the_windows_font(tmp_path, sample_copy):
    """In a fresh process, as at start-up: the dialogs come before the window."""
    session = Session.open(sample_copy)  # edits left by a session that crashed
    doc = session.document
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                          name="Idlib (edited)"))
    crash.abandon(session)
    script = textwrap.dedent("""
        from pathlib import Path
        from PySide6.QtGui import QFontInfo
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from zoneeditor.gui.lock_dialog import make_box
        from zoneeditor.gui.recovery_dialog import RecoveryDialog
        from zoneeditor.io import recovery
        from zoneeditor.io.lock import LockedError
        (candidate,), _ = recovery.scan()
        dialog = RecoveryDialog(candidate)
        box = make_box(None, LockedError(Path("talks.gpkg"), None))
        fonts = [QFontInfo(dialog.details.font()).family(), QFontInfo(box.font()).family()]
        from zoneeditor.gui.main_window import MainWindow
        window = MainWindow()
        fonts += [QFontInfo(window.menuBar().font()).family(),
                  QFontInfo(window.history_panel.list.font()).family()]
        print("|".join(fonts))
        window.wait_background()
        window.editor.close()
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    recovery_font, lock_font, menu_font, panel_font = done.stdout.strip().split("|")
    assert recovery_font == lock_font == menu_font == panel_font, done.stdout


def test_undo_leaves_no_stale_snap_ring(editor):
    editor.editor.switch_version("Proposal B")
    editor.map.show(36.45, 34.70, 36.95, 35.05)
    editor.map.tool("M")
    rastan = editor.document.feature("post-rastan").geometry
    on_border = (36.65, 34.96 + 2 * editor.map.pixel_degrees)  # by the Homs zone's edge
    editor.map.drag((rastan.x, rastan.y), on_border)
    preview = editor.canvas.preview
    assert preview is not None and preview.snap is not None  # snapped onto the border
    editor.map.key("Ctrl+Z")
    assert editor.document.feature("post-rastan").geometry.equals(rastan)
    preview = editor.canvas.preview
    assert preview is None or preview.snap is None, "the snap ring stayed after undo"


def test_undo_renews_the_vertex_handles(editor):
    editor.editor.switch_version("Proposal B")
    editor.map.show(36.45, 35.30, 36.95, 35.55)
    editor.map.tool("V")
    editor.selection.set({"zone-hama"})  # its vertices are shown as handles
    hama = editor.document.feature("zone-hama")
    corner = (36.8, 35.43)  # a vertex of Northern Hama's border with Idlib
    assert corner in list(hama.geometry.exterior.coords)
    editor.map.drag(corner, (36.75, 35.50))
    moved = editor.canvas.preview
    assert moved is not None and corner not in moved.vertices
    editor.map.key("Ctrl+Z")
    assert editor.document.feature("zone-hama").geometry.equals(hama.geometry)
    preview = editor.canvas.preview
    assert preview is not None and corner in preview.vertices  # the outline as it is again
    assert (36.75, 35.50) not in preview.vertices


def test_a_zone_moved_in_a_proposal_is_no_longer_shown_agreed(editor):
    # A delegate moved North of Homs 19 km south in a proposal: it stayed "agreed", drawn
    # with the agreed outline, printed and exported as agreed.
    editor.editor.switch_version("Proposal B")
    editor.map.show(36.3, 34.5, 37.1, 35.1)
    homs = editor.map.feature(id="zone-homs")
    assert homs.status == "agreed"
    editor.map.tool("M")
    editor.selection.set({"zone-homs"})
    editor.map.drag((36.67, 34.86), (36.70, 34.70))
    moved = editor.map.feature(id="zone-homs")
    assert not moved.geometry.equals(homs.geometry)
    assert moved.status == "proposed"
    assert "North of Homs is now “proposed”" in editor.map.message
    assert editor.map.history.undo_label.startswith("Move")  # one step: the move itself
    editor.map.undo()
    back = editor.map.feature(id="zone-homs")
    assert back.geometry.equals(homs.geometry) and back.status == "agreed"
