"""The status bar writes a zone's area as the Changes table does ("5,392.4 km²", not
"5392.45"), and says what Delete, Undo and Redo did."""

from __future__ import annotations

from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.diff_panel import DiffTableModel

#: A large zone in the desert east of Homs (thousands of km²: grouped figures).
CORNERS = [(38.0, 34.0), (38.9, 34.0), (38.9, 34.6), (38.0, 34.6)]


def said(editor) -> str:
    """The status bar's message as a reader sees it (no bidi marks, plain spaces)."""
    return strip_bidi(editor.map.message).replace("\xa0", " ")


def test_a_new_zones_area_reads_as_in_the_changes_table(editor):
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.7, 33.7, 39.2, 34.9)
    drive.tool("Z")
    drive.click_path(CORNERS, finish="enter")
    zone = next(f for f in drive.features("zones") if f.id in drive.selection)
    message = said(editor)
    assert message.startswith(f"Added zone {zone.name} ("), message
    panel = editor.addons.changes
    panel.set_versions("agreed", "Proposal B")
    report = panel.wait()
    assert report is not None and report.feature(zone.id) is not None
    proxy = panel.proxy
    row = next(r for r in range(proxy.rowCount())
               if panel.model.row(proxy.mapToSource(proxy.index(r, 0)).row()).id == zone.id)
    gained = proxy.index(row, DiffTableModel.COLUMNS.index("gained")).data()
    assert "," in gained  # thousands grouped: 4,xxx.x
    assert message == f"Added zone {zone.name} ({gained} km²)"


def test_delete_undo_and_redo_say_what_they_did(editor):
    drive = editor.map
    drive.version("Proposal B")
    ghouta = drive.feature(name="Eastern Ghouta")
    editor.selection.set([ghouta.id])
    drive.key("Delete")
    assert ghouta.id not in {f.id for f in drive.features()}
    assert said(editor) == "Deleted zone Eastern Ghouta · الغوطة الشرقية (Undo: Ctrl+Z)"
    drive.undo()
    assert ghouta.id in {f.id for f in drive.features()}
    assert said(editor) == "Undone: Delete Eastern Ghouta"
    drive.redo()
    assert said(editor) == "Redone: Delete Eastern Ghouta"
    drive.undo()
    posts = [f for f in drive.features("points") if f.name.startswith("Observation post")]
    editor.selection.set(f.id for f in posts)
    drive.key("Delete")
    assert said(editor) == f"Deleted {len(posts)} features (Undo: Ctrl+Z)"
    drive.undo()
    assert said(editor) == f"Undone: Delete {len(posts)} features"
