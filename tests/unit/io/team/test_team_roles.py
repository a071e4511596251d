"""Who may do what is enforced by PostgreSQL: each role tries what it must not, as raw SQL.

Every refusal asserted here comes from PostgreSQL itself (a SQLSTATE), not from our client:
the tests speak SQL directly, as a modified or hostile client would.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from conftest import project_with, zone
from psycopg.types.json import Jsonb

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import Feature
from zoneeditor.io.team import admin
from zoneeditor.io.team.errors import NotAllowed, TeamError
from zoneeditor.io.team.server import Outgoing, TeamServer
from zoneeditor.io.team.wire import changeset_to_json

SQUARE = "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))"
DRAFT = "North draft"


@pytest.fixture
def team(team_db):
    """A project with a baseline, a coordinator, two delegations and an observer.

    The North delegation has an untabled draft with one zone.
    """
    with TeamServer.connect(team_db.admin_url) as server:
        admin.init(server)
        admin.add_member(server, team_db.user("cora"), "coordinator", None)
        admin.add_member(server, team_db.user("dana"), "delegate", "North")
        admin.add_member(server, team_db.user("dave"), "delegate", "North")
        admin.add_member(server, team_db.user("sam"), "delegate", "South")
        admin.add_member(server, team_db.user("olga"), "observer", None)
        team_db.user("nemo")  # a login role that is not on the team
    with TeamServer.connect(team_db.url("cora")) as server:
        server.publish("talks", project_with(agreed=[zone("base", SQUARE, name="Base")]))
    draft = ChangeSet("Start draft", DRAFT, (Delta(None, Feature.create(
        "zones", zone("d1", SQUARE).geometry, id="d1", name="Secret line")),),
        structure=Structure.CREATE)
    with TeamServer.connect(team_db.url("dana")) as server:
        head = server.pull("talks", 0).head
        server.push("talks", [Outgoing(draft)], head)
    return team_db


def sqlstate(url: str, statement: str, params: tuple = ()) -> str | None:
    """Run ``statement`` as the user of ``url``; the SQLSTATE PostgreSQL refused it with."""
    try:
        with psycopg.connect(url) as con:
            con.execute(statement, params)
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


def rows(url: str, statement: str, params: tuple = ()) -> list:
    with psycopg.connect(url) as con:
        return con.execute(statement, params).fetchall()


def change_row(version: str, cs: ChangeSet) -> tuple:
    return ("talks", version, str(uuid.uuid4()), cs.label, Jsonb(changeset_to_json(cs)))


INSERT = ("INSERT INTO zoneeditor.changes (project, version, changeset_id, label, change)"
          " VALUES (%s, %s, %s, %s, %s)")


def baseline_edit(team_db) -> ChangeSet:
    with TeamServer.connect(team_db.url("cora")) as server:
        base = server.fetch("talks")[0].agreed.get("base")
    return ChangeSet("Rename", "agreed", (Delta(base, base.with_attributes(name="Mine")),))


def draft_view(team, layer: str = "zones") -> str:
    """The name of the draft's view (by its opaque key, which its delegation reads)."""
    (key,), = rows(team.url("dave"), "SELECT view_key FROM zoneeditor.versions WHERE name = %s",
                   (DRAFT,))
    return f"draft {key} / {layer}"


def test_another_delegations_draft_is_invisible_and_its_views_refused(team):
    sam, dave = team.url("sam"), team.url("dave")
    for table in ("features", "changes"):
        assert rows(sam, f"SELECT * FROM zoneeditor.{table} WHERE version = %s", (DRAFT,)) == []
    assert rows(sam, "SELECT * FROM zoneeditor.versions WHERE name = %s", (DRAFT,)) == []
    view = f'SELECT * FROM zoneeditor_maps."{draft_view(team)}"'
    assert sqlstate(sam, view) == "42501"  # permission denied for view
    assert sqlstate(team.url("olga"), view) == "42501"
    assert sqlstate(team.url("cora"), view) == "42501"  # drafts are the delegation's own
    # The same delegation sees its draft, in the tables and in QGIS's view.
    assert [r[0] for r in rows(dave, view)] == ["d1"]
    with TeamServer.connect(sam) as server:
        assert DRAFT not in server.fetch("talks")[0].versions


def test_the_catalogue_every_login_reads_says_nothing_of_a_draft(team):
    # PostgreSQL shows every login the names and definitions of all views: a tester read
    # "talks / North draft / zones" in pg_views as another delegation, an observer and a
    # login that was on no team. Until it is tabled a draft's views carry an opaque key.
    catalogue = ("SELECT c.relname || ' ' || coalesce(pg_get_viewdef(c.oid), '') FROM pg_class c"
                 " JOIN pg_namespace n ON n.oid = c.relnamespace"
                 " WHERE n.nspname = 'zoneeditor_maps'")
    for who in ("sam", "olga", "cora", "nemo", "dave"):
        seen = " ".join(r[0] for r in rows(team.url(who), catalogue))
        assert "talks / agreed / zones" in seen  # the shared views are there, named
        assert DRAFT not in seen and "North" not in seen, who
    key_view = draft_view(team)
    assert [r[0] for r in rows(team.url("dave"),
                               f'SELECT name FROM zoneeditor_maps."{key_view}"')] == ["Secret line"]
    with TeamServer.connect(team.url("dana")) as server:
        server.table("talks", DRAFT)
    # Tabled: named for all to find, and the keyed views are gone.
    names = [r[0] for r in rows(team.url("olga"), catalogue)]
    assert any(n.startswith(f"talks / {DRAFT} / zones") for n in names)
    assert not any(n.startswith(key_view) for n in names)


def test_coordinators_do_not_see_drafts_until_they_are_tabled(team):
    # The documented model (docs/team.md, "Roles and what each sees"): a draft is the
    # delegation's own, the coordinators' included, until the delegation tables it; a
    # mediator who read drafts would break the parties' confidence in the tool.
    cora, dave = team.url("cora"), team.url("dave")
    for table in ("features", "changes", "versions"):
        column = "name" if table == "versions" else "version"
        assert rows(cora, f"SELECT * FROM zoneeditor.{table} WHERE {column} = %s",
                    (DRAFT,)) == []
    with TeamServer.connect(cora) as server:
        assert DRAFT not in server.fetch("talks")[0].versions
        assert DRAFT not in server.projects()[0].versions
    with TeamServer.connect(dave) as server:
        server.table("talks", DRAFT)
    # Tabled: the coordinator reads it now, and still may not change it.
    with TeamServer.connect(cora) as server:
        assert server.fetch("talks")[0].versions[DRAFT].get("d1").name == "Secret line"
    d1 = rows(cora, "SELECT count(*) FROM zoneeditor.features WHERE version = %s", (DRAFT,))
    assert d1 == [(1,)]
    with TeamServer.connect(cora) as server:
        d1_feature = server.fetch("talks")[0].versions[DRAFT].get("d1")
    rename = ChangeSet("Rename", DRAFT, (Delta(d1_feature,
                                                d1_feature.with_attributes(name="Mine")),))
    assert sqlstate(cora, INSERT, change_row(DRAFT, rename)) == "42501"


def test_a_delegate_cannot_write_the_baseline(team):
    dana = team.url("dana")
    cs = baseline_edit(team)
    assert sqlstate(dana, INSERT, change_row("agreed", cs)) == "42501"  # row-level security
    assert sqlstate(dana, "UPDATE zoneeditor.features SET attributes = '{}'") == "42501"
    assert sqlstate(dana, "INSERT INTO zoneeditor.features (project, version, zid, layer, geom,"
                          " revision) VALUES ('talks', 'agreed', 'x', 'points',"
                          " ST_SetSRID(ST_Point(36, 35), 4326), 1)") == "42501"
    # ...nor through the client, which says so in one sentence.
    with TeamServer.connect(dana) as server, pytest.raises(NotAllowed) as err:
        server.push("talks", [Outgoing(cs)], server.pull("talks", 0).head)
    assert err.value.sqlstate == "42501"
    # The coordinator may.
    with TeamServer.connect(team.url("cora")) as server:
        server.push("talks", [Outgoing(cs)], server.pull("talks", 0).head)
        assert server.fetch("talks")[0].agreed.get("base").name == "Mine"


def test_the_author_is_the_database_user_and_cannot_be_forged(team):
    cora = team.url("cora")
    cs = baseline_edit(team)
    forged = ("INSERT INTO zoneeditor.changes (project, version, changeset_id, label, change,"
              " author) VALUES (%s, %s, %s, %s, %s, %s)")
    assert sqlstate(cora, forged, (*change_row("agreed", cs), team.user("dana"))) == "42501"
    for column, value in (("revision", 1), ("at", "2000-01-01")):
        stmt = INSERT.replace("change)", f"change, {column})").replace("%s)", "%s, %s)")
        assert sqlstate(cora, stmt, (*change_row("agreed", cs), value)) == "42501"
    assert sqlstate(cora, INSERT, change_row("agreed", cs)) is None
    authors = rows(cora, "SELECT author::text FROM zoneeditor.changes ORDER BY revision")
    assert authors == [(team.user("cora"),), (team.user("cora"),)]
    assert rows(team.url("dave"), "SELECT author::text FROM zoneeditor.changes"
                " WHERE version = %s", (DRAFT,)) == [(team.user("dana"),)]


@pytest.mark.parametrize("who", ["cora", "dana", "olga"])
def test_nobody_on_the_team_can_delete_or_rewrite_the_log(team, who):
    url = team.url(who)
    assert sqlstate(url, "DELETE FROM zoneeditor.changes") == "42501"
    assert sqlstate(url, "UPDATE zoneeditor.changes SET label = 'x'") == "42501"
    assert sqlstate(url, "TRUNCATE zoneeditor.changes") == "42501"


def test_not_even_the_owner_can_delete_or_rewrite_the_log(team):
    url = team.admin_url
    assert sqlstate(url, "DELETE FROM zoneeditor.changes") == "42501"
    assert sqlstate(url, "UPDATE zoneeditor.changes SET author = 'someone'") == "42501"
    assert sqlstate(url, "TRUNCATE zoneeditor.changes") == "42501"
    assert len(rows(url, "SELECT revision FROM zoneeditor.changes")) == 2


def test_an_observer_reads_but_writes_nothing(team):
    olga = team.url("olga")
    cs = baseline_edit(team)
    assert sqlstate(olga, INSERT, change_row("agreed", cs)) == "42501"
    assert sqlstate(olga, "INSERT INTO zoneeditor.projects (name, meta)"
                          " VALUES ('mine', '{}')") == "42501"
    assert sqlstate(olga, "UPDATE zoneeditor.versions SET tabled = true") == "42501"
    assert sqlstate(olga, "INSERT INTO zoneeditor.members (username, role)"
                          " VALUES (session_user, 'coordinator')") == "42501"
    assert [r[0] for r in rows(olga, 'SELECT name FROM zoneeditor_maps."talks / agreed / zones"'
                               )] == ["Base"]


def test_only_coordinators_publish_and_members_cannot_promote_themselves(team):
    dana = team.url("dana")
    assert sqlstate(dana, "INSERT INTO zoneeditor.projects (name, meta)"
                          " VALUES ('mine', '{}')") == "42501"
    assert sqlstate(dana, "UPDATE zoneeditor.members SET role = 'coordinator'") == "42501"
    with TeamServer.connect(dana) as server, pytest.raises(NotAllowed):
        server.publish("mine", project_with())


def test_someone_not_on_the_team_sees_nothing(team):
    nemo = team.url("nemo")
    # No group role: PostgreSQL refuses the schema outright.
    assert sqlstate(nemo, "SELECT * FROM zoneeditor.projects") == "42501"
    assert sqlstate(nemo, 'SELECT * FROM zoneeditor_maps."talks / agreed / zones"') == "42501"


def test_tabling_shares_a_draft_with_everyone_but_only_its_delegation_writes_it(team):
    sam, dana = team.url("sam"), team.url("dana")
    with TeamServer.connect(sam) as server, pytest.raises(TeamError):
        server.table("talks", DRAFT)  # not South's: invisible, so nothing to table
    with TeamServer.connect(dana) as server:
        server.table("talks", DRAFT)
    view = f'SELECT name FROM zoneeditor_maps."talks / {DRAFT} / zones"'  # tabled: named
    assert rows(sam, view) == [("Secret line",)]
    assert rows(team.url("olga"), view) == [("Secret line",)]
    with TeamServer.connect(sam) as server:
        feature = server.fetch("talks")[0].versions[DRAFT].get("d1")
    edit = ChangeSet("Edit", DRAFT, (Delta(feature, feature.with_attributes(name="x")),))
    assert sqlstate(sam, INSERT, change_row(DRAFT, edit)) == "42501"
    assert sqlstate(dana, "UPDATE zoneeditor.versions SET tabled = false"
                          " WHERE name = %s", (DRAFT,)) == "ZE002"  # no taking it back
    tabled_by = rows(team.admin_url, "SELECT tabled_by::text FROM zoneeditor.versions"
                     " WHERE name = %s", (DRAFT,))
    assert tabled_by == [(team.user("dana"),)]


def test_a_removed_draft_stays_its_delegations_when_another_reuses_its_name(team):
    """North removes its untabled draft; South makes a proposal of the same name. South
    must not read North's log rows of the old draft (a tester read every geometry and note
    of the removed draft this way), North still reads them, and everyone reads South's new
    rows once it is tabled."""
    with TeamServer.connect(team.url("dana")) as server:
        old = server.fetch("talks")[0].versions[DRAFT]
        head = server.pull("talks", 0).head
        removal = ChangeSet("Drop", DRAFT, tuple(Delta(f, None) for f in old),
                            structure=Structure.DROP)
        server.push("talks", [Outgoing(removal)], head)
    mine = ChangeSet("Start", DRAFT, (Delta(None, Feature.create(
        "zones", zone("s1", SQUARE).geometry, id="s1", name="South line")),),
        structure=Structure.CREATE)
    with TeamServer.connect(team.url("sam")) as server:
        server.push("talks", [Outgoing(mine)], server.pull("talks", 0).head)
    log = "SELECT author::text, label FROM zoneeditor.changes WHERE version = %s ORDER BY revision"
    dana = team.user("dana")
    assert [a for a, _ in rows(team.url("sam"), log, (DRAFT,))] == [team.user("sam")]
    assert not any("Secret" in str(r) for r in rows(team.url("sam"), log, (DRAFT,)))
    assert [a for a, _ in rows(team.url("dave"), log, (DRAFT,))] == [dana, dana]
    with TeamServer.connect(team.url("sam")) as server:  # South's pull: its own rows only
        entries = server.pull("talks", 0).entries
        assert {e.changeset.label for e in entries if e.changeset.version == DRAFT} == {"Start"}
    assert rows(team.url("olga"), log, (DRAFT,)) == []  # South's draft, untabled
    assert sqlstate(team.url("sam"), "UPDATE zoneeditor.versions SET tabled = true "
                                     "WHERE project = 'talks' AND name = %s", (DRAFT,)) is None
    # tabled: South's new rows are everyone's; North's removed draft is still North's
    assert [a for a, _ in rows(team.url("olga"), log, (DRAFT,))] == [team.user("sam")]
