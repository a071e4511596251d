"""Why PostgreSQL refused a login, whatever language the server (and libpq) speak.

The server does say why in a language-independent way — the SQLSTATE (``C`` field of its
ErrorResponse: 28P01, 28000, 3D000) — but during the connection start libpq keeps that
field to itself: ``PQconnectPoll`` builds only the error *text*, ``psycopg``'s error then
has no ``sqlstate`` and an empty ``diag`` (psycopg issue #1188), and the text is the only
trace left (besides ``PQconnectionNeedsPassword``, read in ``pgerrors``). The sentence is
in the server's ``lc_messages`` language (the login happens before any setting of the
client could change it), so this module knows PostgreSQL's own translations of the few
sentences concerned (``pg_login_catalogue``, generated from PostgreSQL's message catalogues
by packaging/build_pg_login_catalogue.py) besides the English ones.

The server's sentence is found wherever it is in libpq's text: libpq writes it as
``SEVERITY:  sentence`` (two spaces), after a prefix of its own ("connection to server at …
failed: ") that the client's locale may translate too when the system's libpq is used —
the window sets the locale, so a Russian desktop reads "подключиться к серверу … не
удалось: ". Neither the prefix nor the severity word is needed to recognise the sentence;
the prefixes (also PostgreSQL's translations) only serve to cut the technical detail short.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

#: PostgreSQL's sentences for a refused login (its English source text, printf-style
#: placeholders) and the ``LoginProblem.kind`` each one means. From src/backend/libpq/auth.c
#: (ClientAuthentication, auth_failed), utils/init/postinit.c and utils/init/miscinit.c.
SERVER_SENTENCES: dict[str, str] = {
    # auth_failed(): the credentials were refused (a role that does not exist gets the
    # same sentence with password methods, so nobody can probe for user names).
    'password authentication failed for user "%s"': "password-wrong",
    '"trust" authentication failed for user "%s"': "password-wrong",
    'Ident authentication failed for user "%s"': "password-wrong",
    'Peer authentication failed for user "%s"': "password-wrong",
    'GSSAPI authentication failed for user "%s"': "password-wrong",
    'SSPI authentication failed for user "%s"': "password-wrong",
    'PAM authentication failed for user "%s"': "password-wrong",
    'BSD authentication failed for user "%s"': "password-wrong",
    'LDAP authentication failed for user "%s"': "password-wrong",
    'certificate authentication failed for user "%s"': "password-wrong",
    'RADIUS authentication failed for user "%s"': "password-wrong",
    'authentication failed for user "%s": invalid authentication method': "password-wrong",
    # InitializeSessionUserId(): a user name the server does not know (methods that do
    # not ask for a password: trust, peer, ident, cert).
    'role "%s" does not exist': "password-wrong",
    # pg_hba.conf has no line for this user, database and address, or a "reject" line.
    'no pg_hba.conf entry for host "%s", user "%s", database "%s", %s': "not-allowed-here",
    'pg_hba.conf rejects connection for host "%s", user "%s", database "%s", %s':
        "not-allowed-here",
    'authentication failed for user "%s": host rejected': "not-allowed-here",
    "connection requires a valid client certificate": "not-allowed-here",
    # The user exists but may not log in (NOLOGIN), or not to this database (no CONNECT
    # privilege): the window says the server accepts no login of this user from here.
    'role "%s" is not permitted to log in': "not-allowed-here",
    'permission denied for database "%s"': "not-allowed-here",
    # InitPostgres(): logged in, but there is no such database.
    'database "%s" does not exist': "no-database",
}

#: libpq's prefixes before the reason of a failed attempt (src/interfaces/libpq/
#: fe-connect.c, emitHostIdentityInfo), localised by the client's locale.
CLIENT_PREFIXES: tuple[str, ...] = (
    'connection to server at "%s" (%s), port %s failed: ',
    'connection to server at "%s", port %s failed: ',
    'connection to server on socket "%s" failed: ',
)

#: printf conversions as gettext catalogues write them (``%s``, ``%1$s``, ``%d``, ``%%``).
_SPEC = re.compile(r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?"
                   r"[diouxXeEfgGcspm%]")

#: The server's severity before its sentence: one word (FATAL, ВАЖНО, 致命错误, VAZHNO),
#: a colon and two spaces, as libpq's pqBuildErrorMessage3 writes it. A sentence at the
#: start of a line without one is looked for only when none is found after a severity (a
#: sentence that starts with a placeholder would otherwise take libpq's prefix for it).
_SEVERITY = r"(?P<severity>[^\s:：]+):  "


def template_pattern(template: str) -> str:
    """A regular expression matching a printf-style sentence: each placeholder matches any
    text on one line (a user name, a host, "no encryption"), the rest matches itself."""
    parts: list[str] = []
    pos = 0
    for spec in _SPEC.finditer(template):
        parts.append(re.escape(template[pos:spec.start()]))
        parts.append("%" if spec.group() == "%%" else ".*?")
        pos = spec.end()
    parts.append(re.escape(template[pos:]))
    return "".join(parts)


@dataclass(frozen=True)
class Recognised:
    """A server sentence found in libpq's text: what it means and where it was.

    ``kind`` is a ``LoginProblem.kind``; ``english`` the sentence's English source text;
    ``language`` the catalogue's language (``"en"`` for PostgreSQL's own English);
    ``sentence`` the server's words as sent, severity first, on one line (a tooltip).
    """

    kind: str
    english: str
    language: str
    sentence: str


@dataclass(frozen=True)
class _Sentences:
    """Every form of every sentence as one expression (one search finds the first)."""

    after_severity: re.Pattern[str]
    at_line_start: re.Pattern[str]
    forms: tuple[tuple[str, str], ...]  # (English, language) of alternative ``s<n>``


def _forms(table: dict[str, dict[str, tuple[str, ...]]], english: str
           ) -> list[tuple[str, str]]:
    """``(language, text)`` of every form of one sentence: English first, then each
    language's translation as the catalogue has it and as an ASCII server writes it."""
    found = [("en", english)]
    for language in sorted(table):
        found += [(language, form) for form in table[language].get(english, ())]
    return found


@functools.cache
def _server_sentences() -> _Sentences:
    from zoneeditor.io.team.pg_login_catalogue import SERVER

    forms = [(english, language, form) for english in SERVER_SENTENCES
             for language, form in _forms(SERVER, english)]
    bodies = "|".join(f"(?P<s{n}>{template_pattern(form)})"
                      for n, (_english, _language, form) in enumerate(forms))
    either = f"(?:{bodies})" + r"[ \t]*$"
    return _Sentences(re.compile(_SEVERITY + either, re.M), re.compile("^" + either, re.M),
                      tuple((english, language) for english, language, _form in forms))


@functools.cache
def _client_prefixes() -> tuple[re.Pattern[str], ...]:
    from zoneeditor.io.team.pg_login_catalogue import CLIENT

    return tuple(re.compile("^" + template_pattern(form))
                 for english in CLIENT_PREFIXES for _language, form in _forms(CLIENT, english))


def recognise(text: str) -> Recognised | None:
    """The first refused-login sentence of PostgreSQL's in libpq's error ``text``, in
    English or any language PostgreSQL translates it to; None when there is none."""
    sentences = _server_sentences()
    match = sentences.after_severity.search(text)
    with_severity = match is not None
    if match is None:
        match = sentences.at_line_start.search(text)
    if match is None or match.lastgroup is None:
        return None
    english, language = sentences.forms[int(match.lastgroup[1:])]
    words = " ".join(match.group().split())
    if with_severity:  # "FATAL:  sentence", with libpq's two spaces kept
        severity = match.group("severity")
        words = f"{severity}:  {words[len(severity) + 1:].lstrip()}"
    return Recognised(SERVER_SENTENCES[english], english, language, words)


def reason(text: str) -> str:
    """The first line of libpq's error ``text`` without libpq's own prefix ("connection to
    server at … failed: ", in any language libpq is translated to): the reason, for a
    tooltip or after "cannot reach the team server …"."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    first = lines[0]
    for prefix in _client_prefixes():
        match = prefix.match(first)
        if match is not None and match.end() < len(first):
            return first[match.end():].strip()
    return first
