"""``zoneeditor team ...``: set up a team server on PostgreSQL/PostGIS and work with it.

    zoneeditor team init URL
    zoneeditor team add-member URL USER --role coordinator|delegate|observer [--delegation NAME]
    zoneeditor team remove-member URL USER
    zoneeditor team members URL
    zoneeditor team publish PROJECT.gpkg URL [--name NAME]
    zoneeditor team list URL
    zoneeditor team clone URL PROJECT --out LOCAL.gpkg
    zoneeditor team table LOCAL.gpkg:VERSION

URL is any libpq address (``postgresql://user@host/db``, ``service=team``); passwords come
from ``~/.pgpass`` or a service file, never from the command line or a project file.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from zoneeditor.cli.common import EXIT_OK, counted, load_project, split_spec

if TYPE_CHECKING:
    from zoneeditor.io.team.server import TeamServer

T = TypeVar("T")

NAME = "team"
HELP = "Share projects on a PostgreSQL/PostGIS team server (init, members, publish, clone)."

ROLE_CHOICES = ("coordinator", "delegate", "observer")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the team sub-commands."""
    sub = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = sub.add_parser("init", help="create or update the team schema in a PostGIS database")
    p.add_argument("url", metavar="URL")
    p = sub.add_parser("add-member", help="put a database user on the team with a role")
    p.add_argument("url", metavar="URL")
    p.add_argument("user", metavar="USER", help="an existing PostgreSQL login role")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES)
    p.add_argument("--delegation", metavar="NAME", help="the delegate's delegation")
    p = sub.add_parser("remove-member", help="take a database user off the team")
    p.add_argument("url", metavar="URL")
    p.add_argument("user", metavar="USER")
    p = sub.add_parser("members", help="list the team's members (role, delegation)")
    p.add_argument("url", metavar="URL")
    p = sub.add_parser("publish", help="put a project file on the server (coordinators)")
    p.add_argument("path", metavar="PROJECT.gpkg")
    p.add_argument("url", metavar="URL")
    p.add_argument("--name", help="the project's name on the server (default: file name)")
    p = sub.add_parser("list", help="the projects on the server, one a line, name first")
    p.add_argument("url", metavar="URL")
    p = sub.add_parser("clone", help="make a local working copy of a project on the server")
    p.add_argument("url", metavar="URL")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--out", required=True, metavar="LOCAL.gpkg")
    p = sub.add_parser("table", help="share a delegation's proposal with the whole team")
    p.add_argument("spec", metavar="LOCAL.gpkg:VERSION")


def run(args: argparse.Namespace) -> int:
    """Run one team action."""
    from zoneeditor.io.team import admin
    from zoneeditor.io.team.server import TeamServer

    action = args.team_command
    if action == "clone":
        return _clone(args)
    if action == "table":
        return _table(args)
    if action == "publish":
        return _publish(args)
    with TeamServer.connect(args.url) as server:
        if action == "init":
            for line in admin.init(server):
                print(line)
        elif action == "add-member":
            m = admin.add_member(server, args.user, args.role, args.delegation)
            print(f"{m.user}: {m.role}" + (f" of {m.delegation}" if m.delegation else ""))
        elif action == "remove-member":
            admin.remove_member(server, args.user)
            print(f"{args.user}: no longer on the team")
        elif action == "members":
            for m in _as_member(server, admin.members):
                print("\t".join([m.user, m.role, m.delegation or ""]).rstrip())
        elif action == "list":
            for p in _as_member(server, lambda s: s.projects()):
                print(f"{p.name}\t{p.title}\trevision {p.revision}\t"
                      f"versions: {', '.join(p.versions)}")
    return EXIT_OK


def _as_member(server: TeamServer, read: Callable[[TeamServer], T]) -> T:
    """``read(server)``; when the server refuses it, NotMember with what to do if the user
    is not on the team (the team's owner, who may run this without being a member, and a
    member whose role may not do it keep the server's own refusal)."""
    from zoneeditor.io.team.errors import NotAllowed

    try:
        return read(server)
    except NotAllowed:
        server.require_member()  # NotMember when the user is not on the team
        raise


def _publish(args: argparse.Namespace) -> int:
    from zoneeditor.io.team.address import project_url
    from zoneeditor.io.team.server import TeamServer

    path, _ = split_spec(args.path)
    project = load_project(path)
    name = path.stem if args.name is None else args.name  # "" is refused, not replaced
    with TeamServer.connect(args.url) as server:
        revision = _as_member(server, lambda s: s.publish(name, project))
    versions = counted(len(project.versions), "version", "versions")
    print(f"published {name!r} ({versions}) at revision {revision}")
    url = project_url(args.url, name)
    print(f"work on it with: zoneeditor team clone {args.url} '{name}' --out LOCAL.gpkg"
          + (f"   (or open {url})" if url else ""))
    return EXIT_OK


def _clone(args: argparse.Namespace) -> int:
    from zoneeditor.io.team.workcopy import clone

    state = clone(args.url, args.project, Path(args.out))
    versions = ", ".join(state.base.versions)
    print(f"{args.out}: working copy of {state.project!r} at revision {state.revision} "
          f"(versions: {versions})")
    return EXIT_OK


def _table(args: argparse.Namespace) -> int:
    from zoneeditor.cli.commands.sync import open_working_copy
    from zoneeditor.io.team.errors import TeamError
    from zoneeditor.io.team.sync import sync
    from zoneeditor.io.team.workcopy import role_table_refusal, table, table_refusal

    path, version = split_spec(args.spec)
    if not version:
        raise TeamError(f"name the proposal to table: {path}:VERSION")
    refusal = role_table_refusal(path, version)  # the role says it: no sync, no server
    if refusal is not None:
        raise TeamError(refusal)
    with open_working_copy(path) as session:
        if version not in session.document.project.versions:
            raise TeamError(f"no version {version!r} in {path}")
        report = sync(session)  # the server must hold the proposal as it is here
        refusal = table_refusal(path, session.document.project, report.conflicts, version)
    if refusal is not None:  # as the window: not shown to everyone while conflicts remain
        raise TeamError(refusal)
    table(path, version)
    print(f"{version!r} is on the table: every member of the team can now see it")
    return EXIT_OK
