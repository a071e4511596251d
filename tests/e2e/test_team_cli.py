"""``zoneeditor team ...`` as a user types it, against a real PostgreSQL with PostGIS."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.io.team.local_state import read_state


def ze(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=120, check=False)


def test_set_up_publish_list_clone_from_the_command_line(team_db, tmp_path):
    admin_url = team_db.admin_url
    cora, dana = team_db.user("cora"), team_db.user("dana")
    first = ze("team", "init", admin_url)
    assert first.returncode == 0, first.stderr
    assert "team schema created" in first.stdout
    assert ze("team", "init", admin_url).stdout.strip() == "team schema up to date"
    r = ze("team", "add-member", admin_url, cora, "--role", "coordinator")
    assert r.returncode == 0 and r.stdout.strip() == f"{cora}: coordinator"
    r = ze("team", "add-member", admin_url, dana, "--role", "delegate", "--delegation", "North")
    assert r.stdout.strip() == f"{dana}: delegate of North"
    assert ze("team", "members", team_db.url("cora")).stdout.splitlines() == [
        f"{cora}\tcoordinator", f"{dana}\tdelegate\tNorth"]

    # A delegate may not publish; PostgreSQL says no and the CLI says so in one line.
    r = ze("team", "publish", str(sample_path()), team_db.url("dana"), "--name", "mine")
    assert r.returncode == 2 and "refused" in r.stderr and "Traceback" not in r.stderr
    r = ze("team", "publish", str(sample_path()), team_db.url("cora"), "--name", "Syria 2017")
    assert r.returncode == 0, r.stderr
    assert "published 'Syria 2017'" in r.stdout
    listed = ze("team", "list", team_db.url("dana")).stdout.splitlines()
    assert len(listed) == 1 and listed[0].startswith("Syria 2017\t")

    out = tmp_path / "mine.gpkg"
    r = ze("team", "clone", team_db.url("dana"), "Syria 2017", "--out", str(out))
    assert r.returncode == 0, r.stderr
    sample = read_project(sample_path())
    local = read_project(out)
    assert list(local.versions) == list(sample.versions)
    for name, version in sample.versions.items():
        assert local.versions[name].features == version.features
    state = read_state(out)
    assert state is not None and state.project == "Syria 2017" and state.revision > 0
    assert "@" in state.remote and ":" not in state.remote.split("@")[0].split("//")[1]
    # The working copy is an ordinary GeoPackage: Debian's ogrinfo lists its layers.
    info = subprocess.run(["/usr/bin/ogrinfo", "-ro", "-q", str(out)], capture_output=True,
                          text=True, check=False)
    assert info.returncode == 0 and "zones__agreed" in info.stdout
    # ...and no password went into it.
    con = sqlite3.connect(out)
    dump = "\n".join(con.iterdump())
    con.close()
    assert "password" not in dump.lower()

    r = ze("team", "clone", team_db.url("dana"), "Syria 2017", "--out", str(out))
    assert r.returncode == 2 and "already exists" in r.stderr
    r = ze("team", "list", "postgresql://nobody@127.0.0.1:1/none")
    assert r.returncode == 2 and "cannot reach the team server" in r.stderr


def test_sync_status_conflict_resolve_and_table_from_the_command_line(team_project):
    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Delta, Structure
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    cora, carl, dana, sami = (team.clone(w) for w in ("cora", "carl", "dana", "sami"))

    def rename(path, name):
        with Session.open(path) as session:
            old = session.document.feature("z1")
            session.document.history.push(ChangeSet("Rename", "agreed",
                                                    (Delta(old, old.with_attributes(name=name)),)))
            session.save()

    rename(cora, "Cora's")
    rename(carl, "Carl's")
    assert ze("sync", str(cora), "--status").stdout.strip() == "1 to send · 0 to receive"
    assert ze("sync", str(cora)).returncode == 0
    assert ze("sync", str(carl), "--status").stdout.strip() == "1 to send · 1 to receive"
    r = ze("sync", str(carl))
    assert r.returncode == 1 and "conflict in 'agreed'" in r.stdout
    r = ze("sync", str(carl), "--resolve", "theirs")
    assert r.returncode == 0, r.stdout + r.stderr
    assert read_project(carl).agreed.get("z1").name == "Cora's"

    with Session.open(dana) as session:
        session.document.history.push(ChangeSet("New", "North plan", structure=Structure.CREATE))
        session.save()
    r = ze("team", "table", f"{dana}:North plan")
    assert r.returncode == 0, r.stderr
    assert ze("sync", str(sami)).returncode == 0
    assert "North plan" in read_project(sami).versions
    r = ze("sync", str(sample_path()))
    assert r.returncode == 2 and "not a working copy" in r.stderr


def test_what_the_command_line_says_to_a_stranger_a_mistyped_address_and_a_password(
        team_db, tmp_path):
    """A tester's first day (docs/team.md followed as written): a login not on the team got
    "your role ... does not allow this change" from list, members and publish; a mistyped
    address "the team server the team server reported an error (code ?)"; an address with
    a password was taken, and the copy it cloned could not sync."""
    admin_url = team_db.admin_url
    assert ze("team", "init", admin_url).returncode == 0
    stranger = team_db.url("eve")
    for args in (("list", stranger), ("members", stranger),
                 ("publish", str(sample_path()), stranger)):
        r = ze("team", *args)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert f"{team_db.user('eve')!r} is not a member of the team" in r.stderr, r.stderr
        assert "add-member" in r.stderr  # what to do
    # the team's owner, not a member, still lists the members
    assert ze("team", "members", admin_url).returncode == 0
    for address in ("not a url", "dana@localhost/team", "http://dana@localhost:5432/team",
                    "postgresql://dana@localhost:notaport/team"):
        r = ze("team", "list", address)
        assert r.returncode == 2, r.stderr
        assert "not a PostgreSQL address: write it as postgresql://USER@HOST[:PORT]/DATABASE" \
            in r.stderr and "the team server the team server" not in r.stderr, r.stderr
    with_password = stranger.replace("@", ":secret@", 1)
    for args in (("list", with_password),
                 ("clone", with_password, "talks", "--out", str(tmp_path / "x.gpkg"))):
        r = ze("team", *args)
        assert r.returncode == 2 and "the address holds a password" in r.stderr, r.stderr
        assert "secret" not in r.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_a_change_the_role_may_not_send_is_exit_1_and_feature_needs_resolve(team_project,
                                                                          tmp_path):
    """An observer's new proposal stays here for good: sync said so but exited 0 (a tester);
    --feature without --resolve synced silently; a missing file was "not a working copy"."""
    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Structure
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    olga = team.clone("olga")
    with Session.open(olga) as session:
        session.document.history.push(ChangeSet("New", "Olga idea", structure=Structure.CREATE))
        session.save()
    r = ze("sync", str(olga))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "'Olga idea' stays here" in r.stdout
    r = ze("sync", str(olga), "--feature", "z1")
    assert r.returncode == 2 and "add --resolve mine or --resolve theirs" in r.stderr
    r = ze("sync", str(tmp_path / "missing.gpkg"))
    assert r.returncode == 2 and "no such file" in r.stderr, r.stderr


def test_a_project_name_the_server_would_refuse_is_said_why(team_db):
    """'--name "Geneva/Round 2"' got 'the change breaks a rule of the team server's data';
    '--name ""' published under the file's name without a word."""
    assert ze("team", "init", team_db.admin_url).returncode == 0
    assert ze("team", "add-member", team_db.admin_url, team_db.user("cora"), "--role",
              "coordinator").returncode == 0
    for name in ("Geneva/Round 2", " padded"):
        r = ze("team", "publish", str(sample_path()), team_db.url("cora"), "--name", name)
        assert r.returncode == 2, r.stdout + r.stderr
        assert "cannot name a project on a team server" in r.stderr, r.stderr
    r = ze("team", "publish", str(sample_path()), team_db.url("cora"), "--name", "")
    assert r.returncode == 2 and "a project on a team server needs a name" in r.stderr
    r = ze("team", "add-member", team_db.admin_url, team_db.user("olga"), "--role",
           "observer", "--delegation", "South")
    assert r.returncode == 2 and "not the role 'observer'" in r.stderr, r.stderr


def test_an_offline_sync_says_the_edits_stay(team_project):
    """Offline, the command line said only 'cannot reach the team server …'; the window
    adds that nothing is lost (a tester's finding)."""
    import socket

    from conftest import project_with, zone

    from zoneeditor.io.session import Session
    from zoneeditor.io.team.local_state import state_writer

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    cora = team.clone("cora")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    state = read_state(cora)
    with Session.open(cora) as session:
        session.save(extra=[state_writer(state.with_(
            remote=f"postgresql://nobody@127.0.0.1:{dead}/team"))])
    r = ze("sync", str(cora))
    assert r.returncode == 2, r.stdout + r.stderr
    assert "cannot reach the team server" in r.stderr
    assert f"your edits stay in {cora} and go with the next sync" in r.stderr


def test_resolve_feature_takes_the_name_the_user_knows(team_project):
    """'--resolve mine --feature Idlib' said "no open conflict about Idlib" although there
    was one: only the internal id (zone-idlib), shown in no message, was accepted."""
    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Delta
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("zone-idlib", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))",
             name="Idlib"),
        zone("zone-hama", "POLYGON ((37 35, 37.5 35, 37.5 35.5, 37 35.5, 37 35))",
             name="Hama")]))
    cora, carl = team.clone("cora"), team.clone("carl")

    def note(path, fid, text):
        with Session.open(path) as session:
            old = session.document.feature(fid)
            session.document.history.push(ChangeSet("Note", "agreed", (
                Delta(old, old.with_attributes(notes=text)),)))
            session.save()

    for fid in ("zone-idlib", "zone-hama"):
        note(cora, fid, "cora")
        note(carl, fid, "carl")
    assert ze("sync", str(cora)).returncode == 0
    r = ze("sync", str(carl))
    assert r.returncode == 1 and r.stdout.count("conflict in 'agreed'") == 2, r.stdout
    r = ze("sync", str(carl), "--resolve", "mine", "--feature", "idlib")
    assert r.stdout.startswith("1 conflict decided: mine"), r.stdout + r.stderr
    assert r.returncode == 1  # Hama's is still open
    assert team.server_content().agreed.get("zone-idlib").attributes["notes"] == "carl"
    r = ze("sync", str(carl), "--resolve", "theirs", "--feature", "Aleppo")
    assert r.returncode == 2 and "no open conflict about Aleppo" in r.stderr, r.stderr
    assert "name, local name or id" in ze("sync", "--help").stdout


def test_status_answers_while_the_window_has_the_file_open(team_project):
    """'sync --status' was refused ("… is already open in zoneeditor by …", exit 2) while the
    window had the working copy open, although it only reads."""
    import hashlib

    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Delta
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    cora = team.clone("cora")
    with Session.open(cora) as session:  # saved: one to send
        old = session.document.feature("z1")
        session.document.history.push(ChangeSet("Rename", "agreed",
                                                (Delta(old, old.with_attributes(name="Z")),)))
        session.save()
    with Session.open(cora) as window:  # as the window holds it: locked, journaled
        assert window.lock is not None
        before = hashlib.sha256(cora.read_bytes()).hexdigest()
        around = sorted(p.name for p in cora.parent.iterdir())
        r = ze("sync", str(cora), "--status")
        assert r.returncode == 0, r.stderr
        assert r.stdout.strip() == "1 to send · 0 to receive"
        # nothing written: neither the file nor anything beside it
        assert hashlib.sha256(cora.read_bytes()).hexdigest() == before
        assert sorted(p.name for p in cora.parent.iterdir()) == around
        r = ze("sync", str(cora))  # a real sync still waits for the window
        assert r.returncode == 2 and "already open" in r.stderr, r.stderr


def test_table_refuses_a_proposal_the_sync_left_in_conflict(team_project):
    """'team table' synced, then tabled the proposal although that sync had just reported a
    conflict on it (exit 0; the window refuses): now one sentence naming the version, how
    many conflicts and what to do, exit 2, and nothing is tabled until they are decided."""
    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Delta, Structure
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    dana, dave = team.clone("dana"), team.clone("dave")  # both of the North delegation
    with Session.open(dana) as session:
        feature = session.document.feature("z1")
        session.document.history.push(ChangeSet("New", "North plan", (Delta(None, feature),),
                                                structure=Structure.CREATE))
        session.save()
    assert ze("sync", str(dana)).returncode == 0
    assert ze("sync", str(dave)).returncode == 0

    def rename(path, name):
        with Session.open(path) as session:
            old = session.document.project.versions["North plan"].get("z1")
            session.document.history.push(ChangeSet(
                "Rename", "North plan", (Delta(old, old.with_attributes(name=name)),)))
            session.save()

    rename(dana, "Dana's")
    rename(dave, "Dave's")
    assert ze("sync", str(dana)).returncode == 0
    r = ze("team", "table", f"{dave}:North plan")
    assert r.returncode == 2, r.stdout + r.stderr
    assert "'North plan' has 1 open conflict from the team sync" in r.stderr, r.stderr
    assert "--resolve mine" in r.stderr and "--resolve theirs" in r.stderr
    assert "Traceback" not in r.stderr and "on the table" not in r.stdout
    sami = team.clone("sami")  # another delegation: sees no draft
    assert "North plan" not in read_project(sami).versions
    assert ze("sync", str(dave), "--resolve", "theirs").returncode == 0
    r = ze("team", "table", f"{dave}:North plan")
    assert r.returncode == 0, r.stdout + r.stderr
    assert ze("sync", str(sami)).returncode == 0
    assert read_project(sami).versions["North plan"].get("z1").name == "Dana's"


def test_a_coordinator_is_told_there_is_nothing_to_table(team_project):
    """'team table' by a coordinator ended in the server's generic 'your role on the team
    server does not allow this change'; the role says why before any server is asked: a
    coordinators' proposal is already shown to everyone (docs/team.md)."""
    from conftest import project_with, zone

    from zoneeditor.core.changes import ChangeSet, Delta, Structure
    from zoneeditor.io.session import Session

    team = team_project.publish(project_with(agreed=[
        zone("z1", "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))", name="Zone")]))
    cora = team.clone("cora")  # a coordinator
    with Session.open(cora) as session:
        feature = session.document.feature("z1")
        session.document.history.push(ChangeSet("New", "Plan C", (Delta(None, feature),),
                                                structure=Structure.CREATE))
        session.save()
    revision = read_state(cora).revision
    for synced in (False, True):
        r = ze("team", "table", f"{cora}:Plan C")
        assert r.returncode == 2, r.stdout + r.stderr
        assert ("is a coordinators' proposal, already shown to every member of the team: "
                "there is nothing to table") in r.stderr, r.stderr
        assert "does not allow this change" not in r.stderr and "Traceback" not in r.stderr
        assert read_state(cora).revision == revision  # decided here: nothing was synced
        if not synced:
            assert ze("sync", str(cora)).returncode == 0
            revision = read_state(cora).revision
    assert team.server_content().versions["Plan C"].get("z1").name == "Zone"
