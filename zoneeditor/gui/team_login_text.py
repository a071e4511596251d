"""What the window says when logging in to a team server fails (File ▸ Open team project…,
a sync, opening a project by its address): one sentence in the user's language naming the
server and the problem (``io.team.errors.LoginProblem.kind``), never psycopg's or libpq's
own words (those go in a tooltip, introduced as the server's words, for whoever looks after
the server)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import isolate, path_text
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.io.team.errors import LoginProblem, NotAllowed, ServerUnreachable, TeamError
from zoneeditor.io.team.pgerrors import INIT_COMMAND


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamOpenDialog", text)


def problem_text(exc: BaseException, where: str, project: str = "") -> str:
    """The sentence for a failed login or open on the server ``where`` (user@host:port/db)."""
    server = path_text(where)  # an address reads left to right, as a path
    kind = exc.kind if isinstance(exc, LoginProblem) else ""
    if isinstance(exc, ServerUnreachable):
        text = _tr("Cannot reach the server %1: check the host name and the port, and that "
                   "this computer is on the network.")
    elif kind == "password-needed":
        text = _tr("The server %1 asks for a password: type it below (it is not stored).")
    elif kind == "password-wrong":
        text = _tr("The server %1 did not accept this user name and password.")
    elif kind == "not-allowed-here":
        text = _tr("The server %1 accepts no login of this user from this computer: ask its "
                   "administrator.")
    elif kind == "no-database":
        text = _tr("The server %1 has no such database: check its name.")
    elif kind == "not-member":
        text = _tr("The server %1 let you in, but you are not a member of its team: ask its "
                   "administrator to add you.")
    elif kind == "not-team-server":
        text = _tr("The database %1 holds no team projects (its administrator runs %3 there "
                   "first).")
    elif kind == "no-project":
        text = _tr("The server %1 has no project called %2 that you may open.")
    elif isinstance(exc, NotAllowed):
        text = _tr("The server %1 refused: you have no permission for this.")
    else:
        text = _tr("The team project on %1 could not be opened; nothing was changed.")
    return substitute(text, (server, isolate(project), isolate(f"'{INIT_COMMAND}'")))


def detail_text(exc: BaseException) -> str:
    """The server's (or libpq's) own words behind the sentence, for a tooltip, introduced as
    such; "" when there are none."""
    if isinstance(exc, TeamError) and exc.detail:
        return _tr("The server's own words, for whoever looks after it: %1").replace(
            "%1", isolate(exc.detail))
    return ""


def team_error_text(exc: BaseException) -> str:
    """The one line the window shows for an error of the team server: a failed login by its
    kind (``problem_text``), anything else as ``gui.tool_messages.error_text`` says it (a
    missing project too: its sentence names the project)."""
    if isinstance(exc, LoginProblem) and exc.kind != "no-project":
        return problem_text(exc, exc.where)
    return error_text(exc)
