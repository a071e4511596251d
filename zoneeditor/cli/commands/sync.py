"""``zoneeditor sync LOCAL.gpkg [--status]``: exchange edits with the team server.

``--status`` only reads the file (as saved) and asks the server: it takes no lock, so it
works while the window has the working copy open.

Pulls what others sent since the last sync, merges it with the local edits (journaled edits
of a crashed session included), sends the local edits that do not conflict, and saves the
working copy. Exit status 0 when everything went through, 1 when conflicts were found
(listed, and kept for the Conflicts panel) or a change stays here because the user's role
may not send it (a new version of an observer), 2 when the sync could not be done
(offline, refused); nothing is lost in any case.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.cli.common import EXIT_OK, EXIT_PROBLEMS, counted, split_spec

if TYPE_CHECKING:
    from zoneeditor.io.session import Session

NAME = "sync"
HELP = "Sync a working copy with its team server (pull, merge, push, save)."


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="LOCAL.gpkg", help="a working copy (team clone)")
    parser.add_argument("--status", action="store_true",
                        help="only say how much there is to send and to receive (reads "
                             "the file as saved; works while the window has it open)")
    parser.add_argument("--resolve", choices=("mine", "theirs"),
                        help="decide the open conflicts of the last sync first: send mine, "
                             "or take the server's")
    parser.add_argument("--feature", action="append", metavar="NAME",
                        help="with --resolve: only the conflicts about this feature, by its "
                             "name, local name or id (case-insensitive; repeatable)")


def run(args: argparse.Namespace) -> int:
    """Sync (or report the status of) the working copy at ``args.path``."""
    from zoneeditor.core.errors import ReadError, ZoneEditorError
    from zoneeditor.core.messages import Message
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.team.conflict_names import feature_ids
    from zoneeditor.io.team.errors import ServerUnreachable
    from zoneeditor.io.team.local_state import require_state
    from zoneeditor.io.team.sync import decide, status, sync

    if args.feature and not args.resolve:  # else it would sync, deciding nothing, silently
        raise ZoneEditorError("--feature names the conflicts --resolve decides: add "
                              "--resolve mine or --resolve theirs")
    path, _ = split_spec(args.path)
    if not path.exists():
        raise ReadError(str(path), "no such file")
    state = require_state(path)  # before locking: a plain project gets a plain answer
    if args.status:
        # Only reads: no lock and no save, so it answers while the window has the file
        # open (what the window has not saved yet is counted by its own indicator).
        print(status(read_project(path), state).text())
        return EXIT_OK
    with open_working_copy(path) as session:
        if args.resolve:
            wanted = args.feature
            if wanted:  # names as the user knows them (the ids appear in no message)
                wanted = feature_ids(wanted, state.conflicts, session.document.project)
            n = decide(session, "ours" if args.resolve == "mine" else "theirs", wanted)
            print(f"{counted(n, 'conflict', 'conflicts')} decided: {args.resolve}")
        try:
            report = sync(session)
        except ServerUnreachable as exc:  # offline: say that nothing is lost, as the window
            raise ServerUnreachable(Message("%1; your edits stay in %2 and go with the next "
                                            "sync", exc.message, str(path)),
                                    detail=exc.detail) from exc
    for line in report.lines():
        print(line)
    # a change that stays here for good is not "everything went through" (docs/team.md)
    return EXIT_PROBLEMS if report.conflicts or report.kept_local else EXIT_OK


def open_working_copy(path: Path) -> Session:
    """Open a working copy for a command, saving first any edits a crashed editor left.

    Closing a session removes its journal, so recovered edits are saved into the file
    before anything can fail (going offline, say): they are the user's, never dropped.
    """
    from zoneeditor.io.session import Session

    # take_over replaces only the lock of an editor that is gone (never a live one's).
    session = Session.open(path, pending="recover", take_over=True)
    if session.document.is_dirty:
        session.save()
    return session
