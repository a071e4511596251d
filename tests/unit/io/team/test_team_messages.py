"""What the team server's code says is a ``Message`` the window translates: errors,
refusals, what a sync kept here and the conflicts it recorded, against a real PostgreSQL
(tests/support/pg.py). PostgreSQL's and libpq's own words are never in the sentence: they
are kept in ``TeamError.detail``.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sqlite3

import pytest
from conftest import project_with, zone
from shapely import box

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin, schema_sql
from zoneeditor.io.team.errors import (
    LoginProblem,
    LoginRefused,
    NotAllowed,
    NotMember,
    ServerUnreachable,
    StaleBase,
    TeamError,
)
from zoneeditor.io.team.local_state import CONFLICTS, read_state, require_state
from zoneeditor.io.team.login import look
from zoneeditor.io.team.pgerrors import OWN_REFUSALS, reason_of
from zoneeditor.io.team.server import Outgoing, TeamServer
from zoneeditor.io.team.sync import sync

#: What ``reason_of`` says when it does not recognise the refusal.
GENERAL = {"the team server reported an error", "the team server reported an error (code %1)"}


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(agreed=[
        zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Border zone", party="A"),
        zone("z2", box(37.0, 35.0, 37.2, 35.2), name="Second", party="B"),
    ]))


def edit(path, version: str, fid: str, **attributes) -> None:
    with Session.open(path) as session:
        old = session.document.feature(fid, version)
        session.document.history.push(ChangeSet("Edit", version,
                                                (Delta(old, old.with_attributes(**attributes)),)))
        session.save()


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


def raised(call) -> TeamError:
    with pytest.raises(TeamError) as caught:
        call()
    return caught.value


def test_every_refusal_our_server_raises_is_said_in_our_words():
    sql = "\n".join(getattr(schema_sql, n) for n in dir(schema_sql) if n.endswith("_SQL"))
    raised_forms = set(re.findall(r"RAISE EXCEPTION '([^']*)'", sql))
    assert len(raised_forms) >= 10
    assert raised_forms == {form for form, _ in OWN_REFUSALS}
    for form in raised_forms:
        said = form.replace("%", "v1")
        reason = reason_of("ZE001", said)
        assert isinstance(reason, Message) and reason.template not in GENERAL, form
        assert '"' not in reason  # values are quoted our way, never PostgreSQL's


def test_a_stale_push_names_the_feature_that_changed_meanwhile(talks):
    cora, carl = talks.clone("cora"), talks.clone("carl")
    edit(cora, AGREED, "z1", notes="first")
    do_sync(cora)
    old = read_project(carl).agreed.get("z1")  # what carl saw: no longer on the server
    with TeamServer.connect(talks.url("carl")) as server:
        head = server.pull(talks.name, 0).head
        exc = raised(lambda: server.push(talks.name, [Outgoing(ChangeSet(
            "Edit", AGREED, (Delta(old, old.with_attributes(notes="second")),)))], head))
    assert isinstance(exc, StaleBase)
    assert exc.message.template == "the team server moved on meanwhile (%1)"
    (why,) = exc.message.args
    assert why.template == "feature %1 of %2 was changed on the server meanwhile"
    assert why.args[0] == "z1" and why.args[1].template == "the agreed baseline"  # by its role
    assert str(why) == "feature z1 of the agreed baseline was changed on the server meanwhile"
    assert exc.detail == 'feature z1 of "agreed" was changed meanwhile'  # the server's own


def test_a_change_the_role_may_not_make_is_refused_in_our_words(talks):
    olga = talks.clone("olga")  # an observer
    z1 = read_project(olga).agreed.get("z1")
    with TeamServer.connect(talks.url("olga")) as server:
        head = server.pull(talks.name, 0).head
        exc = raised(lambda: server.push(talks.name, [Outgoing(ChangeSet(
            "Edit", AGREED, (Delta(z1, z1.with_attributes(notes="seen")),)))], head))
        where = server.where
    assert isinstance(exc, NotAllowed) and exc.sqlstate == "42501"
    assert exc.message.template == "the team server %1 refused: %2"
    assert exc.message.args[0] == where
    assert exc.message.args[1].template == ("your role on the team server does not allow "
                                            "this change")
    assert exc.detail and exc.detail not in str(exc)  # PostgreSQL's words, kept aside


def test_removing_the_baseline_is_refused_by_the_server_in_our_words(talks):
    content = talks.server_content()
    with TeamServer.connect(talks.url("cora")) as server:
        head = server.pull(talks.name, 0).head
        drop = ChangeSet("Drop", AGREED, tuple(Delta(f, None) for f in content.agreed),
                         structure=Structure.DROP)
        exc = raised(lambda: server.push(talks.name, [Outgoing(drop)], head))
    assert exc.message.template in ("the team server %1 refused the change: %2",
                                    "the team server %1 refused: %2")
    assert exc.message.args[1].template == "the agreed baseline cannot be removed"


def test_a_refused_login_and_a_silent_server_are_our_sentences(talks):
    with socket.socket() as s:  # a port nothing answers once closed
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    gone = raised(lambda: TeamServer.connect(f"postgresql://cora@127.0.0.1:{dead}/x",
                                             timeout_s=5))
    assert isinstance(gone, ServerUnreachable)
    assert gone.message.template == "cannot reach the team server %1"
    assert str(gone) == f"cannot reach the team server cora@127.0.0.1:{dead}/x"
    assert gone.detail  # libpq's words, kept aside
    wrong = raised(lambda: TeamServer.connect(talks.url("cora"), password="not-hers"))
    assert isinstance(wrong, LoginRefused) and wrong.kind == "password-wrong"
    assert wrong.message.template == ("the team server %1 did not accept the user name or "
                                      "password")
    assert wrong.message.args == (wrong.where,)
    assert "authentication" in wrong.detail and "authentication" not in str(wrong)


def test_someone_not_on_the_team_is_told_whom_to_ask(talks):
    outsider = talks.db.url("nina")  # a login of the database, not a member of the team
    exc = raised(lambda: look(outsider))
    assert isinstance(exc, NotMember) and exc.kind == "not-member" and exc.sqlstate == "42501"
    assert exc.message.template in (
        "the database user is not a member of the team on %1",
        "the database user %1 is not a member of the team on %2 (ask its administrator: %3)")
    dave = talks.clone("dave")
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.remove_member(server, talks.db.user("dave"))
    gone = raised(lambda: do_sync(dave))  # taken off the team: not even the schema is his
    assert isinstance(gone, NotMember) and gone.kind == "not-member"
    # named, with what to do (docs/team.md promises it; a tester got neither)
    assert gone.message.template == ("the database user %1 is not a member of the team on "
                                     "%2 (ask its administrator: %3)")
    assert gone.message.args[0] == repr(talks.db.user("dave"))
    assert gone.detail and gone.detail not in str(gone)
    # Given the group role by hand but not recorded as a member: the server answers, and
    # the sentence names the user and the command the administrator runs.
    talks.db.sql(f"GRANT zoneeditor_observer TO {talks.db.user('nina')}")
    named = raised(lambda: look(outsider))
    assert isinstance(named, NotMember)
    assert named.message.template == ("the database user %1 is not a member of the team on "
                                      "%2 (ask its administrator: %3)")
    assert named.message.args[0] == repr(talks.db.user("nina"))
    assert named.message.args[2] == "zoneeditor team add-member"  # a command: not translated



def test_a_database_that_is_no_team_server_and_a_project_that_is_not_there(team_db, talks):
    with TeamServer.connect(team_db.cluster.url(team_db.owner, "postgres")) as server:
        bare = raised(server.me)
    assert isinstance(bare, LoginProblem) and bare.kind == "not-team-server"
    assert bare.message.template == "%1 is not a zoneeditor team server (run %2 there first)"
    assert bare.message.args[1] == "'zoneeditor team init'"
    with TeamServer.connect(talks.url("cora")) as server:
        missing = raised(lambda: server.pull("no such talks", 0))
    assert isinstance(missing, LoginProblem) and missing.kind == "no-project"
    assert missing.message.template == "no project %1 on %2 (or you are not a member of its team)"
    assert missing.message.args[0] == "'no such talks'"


def test_what_a_sync_keeps_here_and_its_conflicts_carry_their_templates(talks):
    olga = talks.clone("olga")  # an observer: may change nothing on the server
    edit(olga, AGREED, "z2", notes="observed")
    with Session.open(olga) as session:
        session.document.history.push(ChangeSet("New", "Olga's idea",
                                                structure=Structure.CREATE))
        session.save()
    report = do_sync(olga)
    # the new version is a record like a refused change, so that it can be discarded
    [conflict, kept] = report.conflicts
    assert kept.kind == "refused" and kept.structure == "create"
    kept = kept.description
    assert kept.template == ("the new version %1 stays here: your role may not add versions "
                             "on the server")
    assert kept.args == ("\"Olga's idea\"",)
    assert conflict.kind == "not-allowed"
    assert conflict.description.template == (
        "%1 was changed here, but your role may not change %2 on the server: the change stays "
        "here until you take the server's side")
    assert conflict.description.args[0] == "Second"
    assert conflict.description.args[1].template == "the agreed baseline"
    # The working copy keeps the sentence with its template: the Conflicts panel shows it
    # translated after the file is opened again.
    [stored, stored_kept] = read_state(olga).conflicts
    assert stored_kept.description.template == kept.template
    assert isinstance(stored.description, Message)
    assert (stored.description.template, stored.description.args) == (
        conflict.description.template, conflict.description.args)


def test_a_working_copy_written_before_keeps_its_plain_descriptions(talks):
    olga = talks.clone("olga")
    edit(olga, AGREED, "z2", notes="observed")
    do_sync(olga)
    with contextlib.closing(sqlite3.connect(olga)) as con, con:
        (data,) = con.execute(f'SELECT data FROM "{CONFLICTS}"').fetchone()
        older = json.loads(data)
        del older["sentence"]  # what an older zoneeditor wrote: the English only
        con.execute(f'UPDATE "{CONFLICTS}" SET data = ?', (json.dumps(older),))
    [stored] = read_state(olga).conflicts
    assert type(stored.description) is str and stored.description.startswith("Second was ")


def test_a_file_that_is_no_working_copy_says_how_to_make_one(tmp_path, sample_copy):
    exc = raised(lambda: require_state(sample_copy))
    assert exc.message.template == ("%1 is not a working copy of a team project (make one "
                                    "with %2)")
    assert exc.message.args[1] == "'zoneeditor team clone URL PROJECT --out FILE'"


def test_what_libpq_refuses_itself_is_not_called_unreachable(talks):
    """sslmode=require against a server without TLS, a mistyped sslmode and an unknown
    service all read 'cannot reach the team server' (a tester's first day)."""
    from zoneeditor.io.team.errors import LoginProblem

    tls = raised(lambda: TeamServer.connect(talks.url("cora") + "?sslmode=require"))
    assert isinstance(tls, LoginProblem) and "encrypted connection (TLS)" in str(tls)
    bogus = raised(lambda: TeamServer.connect(talks.url("cora") + "?sslmode=bogus"))
    assert str(bogus) == "the address sets sslmode to a value PostgreSQL does not know"
    nosuch = raised(lambda: TeamServer.connect("service=nosuch_zoneeditor_test"))
    assert "there is no service 'nosuch_zoneeditor_test'" in str(nosuch)
