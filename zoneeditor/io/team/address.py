"""Where a team server is: libpq connection strings, without passwords, and project URLs.

A server is named as libpq names it — a URL (``postgresql://alice@host:5432/team``), a
``key=value`` string, or ``service=team`` from a libpq service file — so ``~/.pgpass``,
service files and ``sslmode`` work as they do for psql. A working copy records the address
with any password taken out (``without_password``): passwords stay in ``~/.pgpass``.

A project on a server is written as the server URL plus one more path segment:
``postgresql://alice@host/team/Idlib%20talks`` is project "Idlib talks" in database "team".

>>> without_password("postgresql://alice:secret@host:5433/team?sslmode=require")
'postgresql://alice@host:5433/team?sslmode=require'
>>> split_project_url("postgresql://alice@host/team/Idlib%20talks")
('postgresql://alice@host/team', 'Idlib talks')
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from zoneeditor.core.messages import Message
from zoneeditor.core.textlimits import quote as quote_text
from zoneeditor.io.team.errors import TeamError

SCHEMES = ("postgresql", "postgres")
#: The form of a project's address (an argument of sentences, never translated).
PROJECT_URL_FORM = "postgresql://USER@HOST/DATABASE/PROJECT"


def is_url(text: str) -> bool:
    """True when ``text`` is a postgresql:// URL (rather than a key=value string)."""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def without_password(conninfo: str) -> str:
    """The same address with any password removed (safe to store in a project file)."""
    if is_url(conninfo):
        parts = urlsplit(conninfo)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, hosts = netloc.rpartition("@")
            netloc = f"{userinfo.split(':', 1)[0]}@{hosts}"
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                           if k != "password"], safe="/:")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(conninfo)
    except Exception as exc:  # psycopg.ProgrammingError: not a connection string
        # the text itself is not repeated: it may hold a password
        raise TeamError(Message("not a PostgreSQL address (expected a postgresql:// URL or "
                                "key=value settings)"), detail=str(exc)) from exc
    params.pop("password", None)
    return make_conninfo(**{k: str(v) for k, v in params.items()})


#: The form of a server's address (an argument of sentences, never translated).
SERVER_URL_FORM = "postgresql://USER@HOST[:PORT]/DATABASE"


def checked(conninfo: str) -> str:
    """``conninfo`` when it is a PostgreSQL address with no password in it, else TeamError.

    The window refused an address holding a password and the command line took it (and
    the copy it cloned could not sync later); a mistyped address ("dana@host/team",
    "http://…") read "the team server the team server reported an error (code ?)". The
    text is not repeated in the sentence: it may hold a password.
    """
    from psycopg.conninfo import conninfo_to_dict

    try:
        conninfo_to_dict(conninfo)
        if is_url(conninfo):
            _ = urlsplit(conninfo).port  # ValueError for "host:notaport"
    except Exception as exc:  # psycopg.ProgrammingError: not a connection string
        raise TeamError(Message("not a PostgreSQL address: write it as %1 (or as key=value "
                                "settings, or service=NAME)", SERVER_URL_FORM),
                        detail=str(exc)) from exc
    if has_password(conninfo):
        raise TeamError(Message("the address holds a password: put it in ~/.pgpass (or use a "
                                "libpq service file) and give the address without it"))
    return conninfo


def has_password(conninfo: str) -> bool:
    """Whether ``conninfo`` (a URL or key=value settings) carries a password itself.

    Asked of the address, never by comparing it with ``without_password``'s rewrite, which
    reorders settings and re-encodes a URL's query ("host=h dbname=team" was refused).
    """
    from psycopg.conninfo import conninfo_to_dict

    if is_url(conninfo):
        parts = urlsplit(conninfo)
        userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
        return ":" in userinfo or any(k == "password" for k, _ in
                                      parse_qsl(parts.query, keep_blank_values=True))
    return "password" in conninfo_to_dict(conninfo)


def split_project_url(url: str) -> tuple[str, str]:
    """``postgresql://…/DATABASE/PROJECT`` → (server URL, project name)."""
    if not is_url(url):
        raise TeamError(Message("not a project on a team server: %1 (expected %2)",
                                quote_text(url), PROJECT_URL_FORM))
    parts = urlsplit(url)
    segments = parts.path.strip("/").split("/")
    if len(segments) != 2 or not all(segments):
        raise TeamError(Message("%1 names no project (expected %2)", without_password(url),
                                PROJECT_URL_FORM))
    database, project = segments
    server = urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, ""))
    return server, unquote(project)


def project_url(server: str, project: str) -> str:
    """The URL that opens ``project`` on ``server`` (a URL; key=value strings have none)."""
    if not is_url(server):
        return ""
    parts = urlsplit(without_password(server))
    path = parts.path.rstrip("/") + "/" + quote(project, safe="")
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def describe(conninfo: str) -> str:
    """A short, password-free name of a server for messages: ``user@host:port/database``."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        p = conninfo_to_dict(conninfo)
    except Exception:
        return without_password(conninfo) if is_url(conninfo) else "the team server"
    if p.get("service") and not p.get("host"):
        return f"service {p['service']}"
    user = f"{p['user']}@" if p.get("user") else ""
    port = f":{p['port']}" if p.get("port") else ""
    db = f"/{p['dbname']}" if p.get("dbname") else ""
    return f"{user}{p.get('host') or 'localhost'}{port}{db}"
