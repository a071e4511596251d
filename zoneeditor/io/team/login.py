"""Logging in to a team server from a window: an address made of fields, passwords typed
for this run only, and what the server offers this user.

``ServerLogin`` is what File ▸ Open team project… asks for (host, port, database, user) and
what it remembers between runs — never a password. ``Passwords`` keeps a password the user
typed, in memory, for this run: the sync and the status indicator connect through it
(``Passwords.connect`` is an ``io.team.server.Connect``), so a project opened with a typed
password also syncs; nothing is written anywhere, and ``~/.pgpass`` or a service file keep
working as they do for psql (libpq looks there when no password was typed).
``look`` connects once and says who the server takes this user for and which projects it
offers them; every way that can fail is a ``LoginProblem`` (or ``ServerUnreachable``) with
a ``kind`` a window words in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

from zoneeditor.io.team import address
from zoneeditor.io.team.server import Connect, Me, ProjectListing, TeamServer

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLogin:
    """A team server as the dialog's fields name it (no password, ever)."""

    host: str
    port: int
    database: str
    user: str

    def conninfo(self) -> str:
        """The libpq URL of this login: ``postgresql://user@host:port/database``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    def project_url(self, project: str) -> str:
        """The address that opens ``project`` (``zoneeditor URL`` on the command line)."""
        return address.project_url(self.conninfo(), project)

    def describe(self) -> str:
        """``user@host:port/database``, for messages and the recent list."""
        return address.describe(self.conninfo())

    @classmethod
    def from_url(cls, url: str) -> ServerLogin | None:
        """The fields of a ``postgresql://`` server URL (None: not one, or incomplete)."""
        if not address.is_url(url):
            return None
        parts = urlsplit(address.without_password(url))
        database = unquote(parts.path.strip("/").split("/", 1)[0])
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            return None
        if not (parts.hostname and parts.username and database):
            return None
        return cls(parts.hostname, port, database, unquote(parts.username))


class Passwords:
    """Passwords typed in this run, by server and user; in memory only, never written."""

    def __init__(self) -> None:
        self._typed: dict[str, str] = {}

    @staticmethod
    def _key(conninfo: str) -> str:
        return address.describe(conninfo)

    def remember(self, conninfo: str, password: str) -> None:
        """Use ``password`` for this server and user from now on (this run only)."""
        self._typed[self._key(conninfo)] = password

    def forget(self, conninfo: str) -> None:
        """Drop the password of this server and user (the server refused it)."""
        self._typed.pop(self._key(conninfo), None)

    def known(self, conninfo: str) -> bool:
        """True when a password was typed for this server and user in this run."""
        return self._key(conninfo) in self._typed

    def connect(self, conninfo: str) -> TeamServer:
        """Connect as ``TeamServer.connect`` does, with the typed password if there is one."""
        return TeamServer.connect(conninfo, password=self._typed.get(self._key(conninfo)))


@dataclass(frozen=True)
class Offer:
    """What a team server offers a user: who it takes them for, and its projects."""

    me: Me
    projects: tuple[ProjectListing, ...]


def look(conninfo: str, *, connect: Connect = TeamServer.connect) -> Offer:
    """Log in once and list the projects this user may open (raises LoginProblem,
    ServerUnreachable or another TeamError with one sentence)."""
    with connect(conninfo) as server:
        me = server.require_member()  # NotMember with what to do, whichever way it shows
        return Offer(me, tuple(server.projects()))
