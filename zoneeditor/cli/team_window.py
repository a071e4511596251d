"""``zoneeditor postgresql://USER@HOST/DATABASE/PROJECT``: check a team project before the window.

The window opens a project on a team server through its working copy, kept in the user's
state folder (``io.team.workcopy.open_remote``): an ordinary project file, journaled like any
other, so editing goes on offline. What needs the server — making that working copy the
first time — happens here, on the terminal, before any window: a server that cannot be
reached, a login it refuses or a project it does not have is one sentence and exit status 2,
never a window that cannot show anything. Once the working copy exists the window opens it
even offline (its status bar then says "offline"; the edits go with the next sync).

Passwords come from ``~/.pgpass`` or a libpq service file only: an address carrying one is
refused (it would sit in the shell history and the process list).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from zoneeditor.cli.window_target import WindowTarget, window_positionals


def is_team_address(word: str) -> bool:
    """True when ``word`` names a project on a team server (postgresql:// or postgres://)."""
    if "://" not in word:  # a file: the team client's address module is not imported
        return False
    from zoneeditor.io.team.address import is_url

    return is_url(word)


def team_window_target(argv: Iterable[str]) -> WindowTarget | None:
    """The window's target when its argument is a team project (None when it is not).

    Makes the working copy if there is none yet (cloning: that connects to the server).
    Raises ``TeamError`` with one sentence when it cannot.
    """
    args = list(argv)
    positionals = window_positionals(args)
    if not positionals:
        return None
    url = positionals[0][1]
    if "://" in url and not Path(url).exists() and not is_team_address(url):
        # an address of another kind ("http://…"): the team's sentence, not "no such file:
        # http:/dana@localhost" (a path would fold its "//")
        from zoneeditor.io.team.address import checked

        checked(url)
    if not is_team_address(url):
        return None
    path = prepare(url)
    return WindowTarget(path, None, tuple(args))


def prepare(url: str) -> Path:
    """The working copy of the team project at ``url``, cloned first when there is none."""
    from zoneeditor.io.team.address import checked, split_project_url
    from zoneeditor.io.team.workcopy import cache_path, clone

    server, project = split_project_url(checked(url))
    path = cache_path(url)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        clone(server, project, path)
    return path
