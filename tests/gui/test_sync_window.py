"""Team sync in the window, against a real throw-away PostgreSQL (tests/support/pg.py).

Two working copies of one project: cora syncs an edit from her laptop (a plain Session, as
``zoneeditor sync`` does); dana's window shows "1 to receive", syncs from the Team menu and
shows the edit. The indicator says "offline" while the cluster is stopped, and a conflict
of a sync appears in the Conflicts panel, decided there for the next sync.
"""

from __future__ import annotations

import math

import pytest
import shapely
from conftest import project_with, zone
from PySide6.QtCore import QSize
from support.conflicts_panel import MERGE_WORDS, panel_words

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import AGREED, Feature
from zoneeditor.io.session import Session
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.sync import sync


def ring(cx: float, cy: float, r: float = 0.1, n: int = 40) -> shapely.Polygon:
    """A polygon of ``n`` vertices on a circle."""
    return shapely.Polygon([(cx + r * math.cos(2 * math.pi * i / n),
                             cy + r * math.sin(2 * math.pi * i / n)) for i in range(n)])


def moved(f: Feature, index: int, dx: float) -> Feature:
    """``f`` with vertex ``index`` of its ring moved east by ``dx``."""
    coords = list(f.geometry.exterior.coords)[:-1]
    x, y = coords[index]
    coords[index] = (x + dx, y)
    return f.with_geometry(shapely.Polygon(coords))


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(agreed=[
        zone("z1", ring(36.5, 35.5), name="Border zone", party="A"),
    ]))


@pytest.fixture
def window_on(windows):
    """``window_on(path)``: the editor window on a working copy, closed without questions."""

    def make(path):
        return windows.shown(QSize(1280, 860), Session.open(path),
                             settings=f"settings-{len(windows.made)}.ini")

    return make


def edit_and_sync(path, version: str, fid: str, change) -> None:
    """Another laptop: edit one feature of the working copy and sync it (no window)."""
    with Session.open(path) as session:
        old = session.document.feature(fid, version)
        session.document.history.push(ChangeSet("Edit", version, (Delta(old, change(old)),)))
        sync(session)


def test_sync_in_the_window_receives_what_another_copy_sent(talks, window_on, qtbot):
    cora, dana = talks.clone("cora"), talks.clone("dana")
    window = window_on(dana)
    team = window.addons.sync
    figures = team.watcher.wait()
    assert team.watcher.is_working_copy and team.indicator.isVisible()
    assert team.toolbar.isVisible() and team.act_sync.isEnabled()
    assert (figures.to_send, figures.to_receive, figures.conflicts) == (0, 0, 0)
    assert team.indicator.text() == "0 to send · 0 to receive"

    edit_and_sync(cora, AGREED, "z1", lambda f: moved(f, 3, 0.01))
    team.watcher.refresh()
    team.watcher.wait()
    assert team.indicator.text() == "0 to send · 1 to receive"

    steps = len(window.document.history.entries)
    team.act_sync.trigger()
    assert team.is_running and team.indicator.text() == "Syncing…"
    assert team.wait()
    assert not team.is_running, team.last_error
    team.watcher.wait()
    assert team.indicator.text() == "0 to send · 0 to receive"
    z1 = window.document.project.versions[AGREED].features["z1"]
    server = talks.server_content().agreed.get("z1")
    assert z1 == server and z1.geometry.equals_exact(read_state(cora).base.agreed.get(
        "z1").geometry, 0)
    # applied through the history (journaled, undoable) and saved with the sync state
    assert len(window.document.history.entries) == steps + 1
    assert not window.document.is_dirty
    assert "1 received" in window.statusBar().currentMessage()
    assert read_state(dana).revision == read_state(cora).revision

    # an edit here counts as one to send, without asking the server
    old = window.document.feature("z1", AGREED)
    window.editor.push(ChangeSet("Edit", AGREED, (Delta(old, old.with_attributes(notes="d")),)))
    assert team.watcher.wait().to_send == 1
    assert team.indicator.text().startswith("1 to send")


def test_the_indicator_says_offline_when_the_server_is_stopped(talks, window_on, pg_cluster):
    dana = talks.clone("dana")
    window = window_on(dana)
    team = window.addons.sync
    team.watcher.wait()
    pg_cluster.stop()
    try:
        team.watcher.refresh()
        figures = team.watcher.wait()
        assert figures.to_receive is None
        assert team.indicator.text() == "0 to send · offline"
        assert "cannot be reached" in team.indicator.toolTip()
        # a sync asked for now fails in one sentence, and the window goes on working
        team.act_sync.trigger()
        assert team.wait()
        assert team.last_error.startswith("Cannot reach the team server")
        assert "\n" not in team.last_error and "Traceback" not in team.last_error
        assert team.act_sync.isEnabled()
    finally:
        pg_cluster.start()
    team.watcher.refresh()
    assert team.watcher.wait().to_receive == 0


def test_a_sync_conflict_is_listed_and_decided_in_the_conflicts_panel(talks, window_on):
    cora, dana = talks.clone("cora"), talks.clone("dana")
    # both move the same vertex of the agreed zone: dana's sync merges cora's change with
    # hers and finds them overlapping — a geometry conflict, kept in dana's working copy
    edit_and_sync(cora, AGREED, "z1", lambda f: moved(f, 3, 0.01))
    window = window_on(dana)
    old = window.document.feature("z1", AGREED)
    window.editor.push(ChangeSet("Edit", AGREED, (Delta(old, moved(old, 3, -0.02)),)))
    team = window.addons.sync
    team.watcher.wait()
    team.act_sync.trigger()
    assert team.wait()
    panel = window.addons.conflicts
    sync_rows = [e for e in panel.entries if e.is_sync]
    assert [(e.kind, e.feature_id) for e in sync_rows] == [("geometry", "z1")]
    assert panel.dock.isVisible()
    row = panel.entries.index(sync_rows[0])
    panel.select(row)
    assert panel.take_theirs.text() == "Take the server's"
    assert panel.picture is not None and panel.picture.theirs
    # one pair of words for a sync everywhere in the panel: mine / the server's
    head = panel.tree.headerItem()
    assert (head.text(3), head.text(4)) == ("Mine", "The server's")
    assert panel.picture.labels[1:] == ("Mine: this working copy",
                                        "The server's: as the server has it")
    assert panel.show_on_map.text() == "Show base, mine and the server's on the map"
    words = panel_words(panel)
    assert MERGE_WORDS.search(words) is None, words
    assert team.watcher.wait().conflicts == 1
    assert panel.take("theirs")
    (decided,) = [e for e in panel.entries if e.is_sync]
    assert decided.decided == "theirs"
    assert team.watcher.wait().conflicts == 0
    team.act_sync.trigger()
    assert team.wait()
    z1 = window.document.project.versions[AGREED].features["z1"]
    assert z1 == talks.server_content().agreed.get("z1")
    assert [e for e in panel.entries if e.is_sync and not e.decided] == []


def test_a_team_address_opens_its_working_copy_in_the_window(talks, qtbot):
    from zoneeditor.cli.team_window import team_window_target
    from zoneeditor.gui.app import create_window
    from zoneeditor.io.team.workcopy import cache_path

    url = f"{talks.url('dana')}/{talks.name}"
    assert team_window_target([url]) is not None  # what `zoneeditor URL` does first
    window, error = create_window(url)
    try:
        assert error is None
        assert window.session.path == cache_path(url)
        assert window.session.journal is not None  # journal-first, as for any file
        window.show()
        team = window.addons.sync
        assert team.watcher.wait().to_receive == 0
        assert team.indicator.isVisible() and team.toolbar.isVisible()
        assert "z1" in window.document.project.versions[AGREED].features
    finally:
        window.document.history.set_clean()
        window.close()
        window.deleteLater()


def test_the_window_says_a_version_that_arrived_whole(talks, window_on):
    """Not "Synced: 0 received" when a colleague's tabled proposal arrived whole: the
    status bar counts the version newly shared."""
    from support.pg import table_after_their_sync

    sami = table_after_their_sync(talks, "sami", "North plan")
    window = window_on(sami)
    team = window.addons.sync
    team.watcher.wait()
    team.act_sync.trigger()
    assert team.wait() and not team.last_error
    assert "North plan" in window.document.project.versions
    said = window.statusBar().currentMessage()
    assert said.startswith("Synced: 1 version newly shared with you ("), said
    assert "0 received" not in said and "0 sent" in said
    assert "North plan" in said
