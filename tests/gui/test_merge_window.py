"""Merging in the window: Version ▸ Merge from file… and the Conflicts panel.

The window is the testers' kit's ``editor`` on alice's copy of the sample (``editor_project``
is overridden here). ``two_copies`` (tests/support/merge.py) edits alice's and bob's copies
in two processes at once; the resolving tests add a geometry conflict on top (both move the
westernmost vertex of Idlib, differently).
"""

from __future__ import annotations

import shutil

import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from support.conflicts_panel import SYNC_WORDS, panel_words

from zoneeditor.core import edits, topology
from zoneeditor.core.merge.resolve import MARKER, is_resolved
from zoneeditor.core.vertices import iter_vertices
from zoneeditor.io.lineage import read_conflicts
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session, sample_path
from zoneeditor.render.conflict_overlay import DEFAULT_STYLE

PROPOSAL = "Proposal B"


def _west_vertex(path, dy: float) -> tuple[float, float]:
    """Move the westernmost vertex of Idlib (shared borders follow) in the copy at ``path``;
    returns where it went."""
    s = Session.open(path)
    doc = s.document
    v = doc.project.versions[PROPOSAL]
    _, xy = min(iter_vertices(v.features["zone-idlib"].geometry), key=lambda rx: rx[1][0])
    to = (xy[0] - 0.04, xy[1] + dy)
    doc.history.push(topology.move_shared(v, topology.shared_vertices(v, xy), to))
    s.save()
    s.close()
    return to


def _post(path, delete: bool) -> None:
    """Delete the joint monitoring centre in the copy at ``path``, or move it east."""
    s = Session.open(path)
    doc = s.document
    v = doc.project.versions[PROPOSAL]
    post = v.features["post-jmc"]
    if delete:
        doc.history.push(edits.delete_features(v, ["post-jmc"]))
    else:
        moved = shapely.Point(post.geometry.x + 0.02, post.geometry.y)
        doc.history.push(edits.set_geometry(v, post, moved, "Move point"))
    s.save()
    s.close()


@pytest.fixture
def copies(request, tmp_path):
    """(alice, bob, moves): ``two_copies``, or — parametrized "geometry" — two copies that
    move the same vertex of Idlib differently (a geometry conflict); "two" adds a second
    conflict elsewhere (ours deletes the monitoring centre, theirs moves it)."""
    if getattr(request, "param", "two_copies") == "two_copies":
        return request.getfixturevalue("two_copies")
    a, b = tmp_path / "alice.gpkg", tmp_path / "bob.gpkg"
    shutil.copyfile(sample_path(), a)
    shutil.copyfile(sample_path(), b)
    moves = {"ours": _west_vertex(a, 0.03), "theirs": _west_vertex(b, -0.03)}
    if request.param == "two":
        _post(a, delete=True)
        _post(b, delete=False)
    return a, b, moves


@pytest.fixture
def editor_project(copies):
    """The editor fixture opens alice's copy (ours)."""
    return copies[0]


GEOMETRY_CONFLICT = pytest.mark.parametrize("copies", ["geometry"], indirect=True)


def _merge(editor, other, qtbot):
    """Merge ``other`` into the open project through the dialog; returns the dialog and its
    preview. The window is made active again afterwards, as closing a modal dialog does."""
    editor.map.version(PROPOSAL)
    dialog = editor.addons.merge.make_dialog(other)
    dialog.show()
    preview = dialog.wait()
    assert preview is not None, dialog.outcome.text()
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert not dialog.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    return dialog, preview


def test_merge_from_file_end_to_end_through_the_window(editor, copies, qtbot):
    a, b, moves = copies
    before_ours = editor.document.project.versions[PROPOSAL].features
    before_b = read_project(b)
    steps = len(editor.document.history.entries)

    _, preview = _merge(editor, b, qtbot)
    result = preview.result
    assert preview.found == "history" and "as opened in" in preview.base_phrase
    # the same figures as the command's end-to-end test of these two copies
    assert set(result.taken_theirs) >= {"zone-hama", "line-idlib-hama", "zone-homs"}
    assert result.combined == ("zone-idlib",) and len(result.conflicts) == 1
    name = "Proposal B + bob"
    doc = editor.document
    assert doc.current_version == name
    assert len(doc.history.entries) == steps + 1  # one undoable step
    assert doc.history.undo_label == f"Merge bob.gpkg:{PROPOSAL} into {name}"
    merged = doc.project.versions[name]
    idlib = {tuple(c) for c in shapely.get_coordinates(merged.features["zone-idlib"].geometry)}
    assert tuple(moves["ours"]["to"]) in idlib and tuple(moves["theirs"]["to"]) in idlib
    assert merged.features["zone-homs"].status == "disputed"
    assert merged.features["zone-ghouta"].attributes["notes"] == "annex 2"
    # neither input changed
    assert doc.project.versions[PROPOSAL].features == before_ours
    assert read_project(b).versions[PROPOSAL].features == before_b.versions[PROPOSAL].features

    panel = editor.addons.conflicts
    assert panel.dock.isVisible()
    (entry,) = panel.entries
    assert (entry.kind, entry.feature_id, entry.version) == ("delete_modify", "post-jmc", name)
    assert panel.tree.topLevelItem(0).text(3) == "deleted it"
    assert panel.tree.topLevelItem(0).text(4) == "changed its position"
    assert "\u2069\u00a0km from Damascus" in panel.tree.topLevelItem(0).text(5)
    assert "1 taken from ours" in editor.statusBar().currentMessage()
    # neither tabled nor promoted while the conflict is open
    assert "still has open conflicts" in editor.addons.sync.table_refusal(name)
    from zoneeditor.core.errors import EditRefused
    from zoneeditor.core.versions import promote

    with pytest.raises(EditRefused, match="open merge conflicts"):
        promote(doc.project, name)

    # undo takes the whole merge back, redo brings it again
    editor.map.undo()
    assert name not in doc.project.versions and panel.entries == []
    editor.map.redo()
    assert name in doc.project.versions and len(panel.entries) == 1

    # saved and opened again, the proposal's conflict is still there for the panel
    editor.save()
    assert [c.feature_id for c in read_conflicts(a, name)] == ["post-jmc"]
    editor.addons.conflicts.on_session_changed()  # forget: read it back from the file
    assert [e.feature_id for e in panel.entries] == ["post-jmc"]
    assert panel.entries[0].merge is not None and panel.entries[0].main()[2] is not None


def test_no_common_ancestor_is_one_sentence_and_offers_the_two_way_comparison(editor, copies,
                                                                              tmp_path):
    stranger = tmp_path / "stranger.gpkg"
    project = read_project(sample_path())
    from dataclasses import replace

    from zoneeditor.io.project_file import write_project

    project.meta = replace(project.meta, title="Another project")
    v = project.versions[PROPOSAL]
    v.features["post-jmc"] = v.features["post-jmc"].with_attributes(notes="elsewhere")
    write_project(project, stranger)  # no history, not the sample, content never seen
    editor.map.version(PROPOSAL)
    dialog = editor.addons.merge.make_dialog(stranger)
    assert dialog.wait() is None
    assert "no common ancestor" in dialog.outcome.text()
    assert not dialog.merge_button.isEnabled() and dialog.compare_button.isVisibleTo(dialog)
    steps = len(editor.document.history.entries)
    assert dialog.compare()
    doc = editor.document
    name = f"{PROPOSAL} (stranger)"
    assert name in doc.project.versions and len(doc.history.entries) == steps + 1
    changes = editor.addons.changes
    assert (changes.from_box.currentText(), changes.to_box.currentText()) == (PROPOSAL, name)
    assert changes.wait() is not None


def _overlay_pixels(editor, colour: str) -> int:
    image = editor.canvas.grab().toImage()
    want = QColor(colour)
    hits = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - want.red()) < 30 and abs(c.green() - want.green()) < 30
                    and abs(c.blue() - want.blue()) < 30):
                hits += 1
    return hits


@GEOMETRY_CONFLICT
def test_resolving_a_conflict_from_the_panel_then_undoing(editor, copies, qtbot):
    _, b, moves = copies
    _merge(editor, b, qtbot)
    doc = editor.document
    name = doc.current_version
    panel = editor.addons.conflicts
    (entry,) = panel.entries
    assert entry.kind == "geometry" and entry.feature_ids[0] == "zone-idlib"
    # selecting the row zooms to it and draws base, ours and theirs with a legend
    item = panel.tree.topLevelItem(0)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picture = panel.picture
    assert picture is not None and picture.base and picture.ours and picture.theirs
    x0, y0, x1, y1 = editor.map.bounds
    assert x0 < moves["theirs"][0] < x1 and y0 < moves["theirs"][1] < y1
    assert _overlay_pixels(editor, DEFAULT_STYLE.theirs) > 20
    assert _overlay_pixels(editor, DEFAULT_STYLE.ours) > 20

    journaled = doc.journal.change_count()
    qtbot.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    idlib = doc.project.versions[name].features["zone-idlib"]
    vertices = {tuple(c) for c in shapely.get_coordinates(idlib.geometry)}
    assert moves["theirs"] in vertices and moves["ours"] not in vertices
    assert MARKER not in idlib.attributes and is_resolved(doc.project.versions[name])
    assert panel.entries == [] and "No open conflict" in panel.header.text()
    assert doc.history.undo_label == "Resolve conflict on Idlib: take theirs"
    assert doc.journal.change_count() == journaled + 1
    assert doc.journal.changes()[-1].changeset.label == doc.history.undo_label
    assert entry.feature_ids == ("zone-idlib",)

    editor.map.undo()  # Ctrl+Z: the conflict is open again, with ours on the map
    idlib = doc.project.versions[name].features["zone-idlib"]
    assert moves["ours"] in {tuple(c) for c in shapely.get_coordinates(idlib.geometry)}
    assert [e.key for e in panel.entries] == [entry.key]
    assert not is_resolved(doc.project.versions[name])
    assert doc.journal.changes()[-1].origin == "undo"


@GEOMETRY_CONFLICT
def test_a_stretch_edited_by_hand_can_be_marked_resolved(editor, copies, qtbot):
    _, b, moves = copies
    _merge(editor, b, qtbot)
    doc = editor.document
    name = doc.current_version
    panel = editor.addons.conflicts
    panel.select(0)
    key = panel.entries[0].key
    assert not panel.mark.isEnabled()  # still as ours: choose a side, or edit first
    # the delegate drags the conflicting vertex somewhere between the two proposals
    ours = moves["ours"]
    editor.map.tool("V")
    editor.map.drag(ours, (ours[0] + 0.004, ours[1] - 0.03))
    idlib = doc.project.versions[name].features["zone-idlib"]
    assert ours not in {tuple(c) for c in shapely.get_coordinates(idlib.geometry)}, \
        editor.map.message
    assert panel.mark.isEnabled()
    drawn = idlib.geometry
    qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert panel.entries == [] and is_resolved(doc.project.versions[name])
    idlib = doc.project.versions[name].features["zone-idlib"]
    assert idlib.geometry.equals_exact(drawn, 0)  # marking keeps the drawing
    assert doc.history.undo_label == "Mark conflict on Idlib resolved"
    editor.map.undo()
    assert [e.key for e in panel.entries] == [key]
    panel.select(0)
    assert panel.mark.isEnabled()  # still edited by hand: it can be marked again


@pytest.mark.parametrize("copies", ["two"], indirect=True)
def test_after_taking_a_side_the_map_and_attributes_follow_the_next_conflict(editor, copies,
                                                                              qtbot):
    _, b, _moves = copies
    _merge(editor, b, qtbot)
    panel = editor.addons.conflicts
    assert len(panel.entries) == 2
    first, second = panel.entries
    assert {first.feature_id, second.feature_id} == {"zone-idlib", "post-jmc"}
    item = panel.tree.topLevelItem(0)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert set(editor.selection.ids) == {first.feature_id}

    qtbot.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    assert [e.key for e in panel.entries] == [second.key]
    assert panel.selected() is not None and panel.selected().key == second.key
    # as a click on the row would: its feature selected (the Attributes panel shows it),
    # the map on it, and the overlay and legend are the new conflict's
    assert set(editor.selection.ids) == {second.feature_id}
    shown = editor.document.feature(second.feature_id)
    assert editor.attributes_panel.name.text() == shown.name
    x, y = second.where
    x0, y0, x1, y1 = editor.map.bounds
    assert x0 < x < x1 and y0 < y < y1
    assert panel.picture is not None and panel.picture.where == second.where
    tall = panel.dock.height()

    # the last one decided: "No open conflict" alone, and the dock gives the map its room
    qtbot.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    assert panel.entries == [] and "No open conflict" in panel.header.text()
    assert not panel.tree.isVisibleTo(panel) and not panel.take_theirs.isVisibleTo(panel)
    qtbot.waitUntil(lambda: panel.dock.height() < tall, timeout=3000)
    assert panel.dock.height() < editor.canvas.height() / 2


@GEOMETRY_CONFLICT
def test_a_merge_conflict_is_told_in_ours_and_theirs_only(editor, copies, qtbot):
    _merge(editor, copies[1], qtbot)
    panel = editor.addons.conflicts
    panel.select(0)
    words = panel_words(panel)
    assert "Ours" in words and "Theirs" in words and "Take theirs" in words
    assert SYNC_WORDS.search(words) is None, words


def _drag_dock_top(editor, dock, by: int) -> None:
    """Drag the separator above the bottom ``dock`` ``by`` pixels up (down if negative), as
    a user does with the mouse: the separator is the window's, between map and dock."""
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QStyle

    extent = editor.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent,
                                        None, editor)
    box = dock.geometry()
    start = QPoint(box.center().x(), box.top() - max(extent, 2) // 2 - 1)
    assert editor.childAt(start) is None  # the window's own separator, not a widget
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton,
             held: Qt.MouseButton) -> None:
        QApplication.sendEvent(editor, QMouseEvent(
            kind, QPointF(at), QPointF(editor.mapToGlobal(at)), button, held,
            Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start - QPoint(0, by * step // 5), none, left)
        editor.map.idle()  # Qt moves the separator on a timer
    send(QEvent.Type.MouseButtonRelease, start - QPoint(0, by), left, none)
    editor.map.idle()


@pytest.mark.parametrize("copies", ["two"], indirect=True)
def test_a_height_the_user_dragged_is_kept_when_the_rows_change(editor, copies, qtbot):
    _, b, _moves = copies
    _merge(editor, b, qtbot)
    panel = editor.addons.conflicts
    assert len(panel.entries) == 2
    qtbot.waitUntil(lambda: panel.dock.isVisible(), timeout=3000)
    editor.map.idle()
    fitted = panel.dock.height()
    _drag_dock_top(editor, panel.dock, 120)
    editor.map.idle()
    dragged = panel.dock.height()
    assert dragged > fitted + 60, (fitted, dragged)  # the drag itself took
    panel.select(0)
    qtbot.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    assert len(panel.entries) == 1
    qtbot.wait(50)  # the fit runs on the next turn of the event loop
    editor.map.idle()
    assert panel.dock.height() == dragged
    # closed and shown again (View's Panels menu), it comes back at the user's height
    panel.dock.hide()
    editor.map.idle()
    panel.reveal()
    qtbot.wait(50)
    editor.map.idle()
    assert panel.dock.height() == dragged
