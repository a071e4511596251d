"""A refused login means the same whatever language the server speaks (a real PostgreSQL).

One throw-away cluster (tests/support/pg.py's ``Cluster``, with a pg_hba.conf of this test)
refuses logins in every way the window tells apart — a wrong password, an unknown user
(with a password method and with trust), no such database, no pg_hba.conf line, a
pg_hba.conf "reject", a NOLOGIN role, no CONNECT privilege, no password given — first in
English, then with ``lc_messages`` Russian and German, then Russian from a server started
without a locale (glibc transliterates: "VAZHNO:  pol`zovatel` …"). ``login_error`` must
give the same kinds every time, and must have read them from the server's own language.
A last test runs the client in Russian with the system's libpq, which then words its own
prefix in Russian too.

PostgreSQL can only speak a language whose OS locale exists: a missing one fails the test
with the command that generates it (never a skip), as in .ci/run.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.pg import Cluster, find_bindir

from zoneeditor.io.team.errors import LoginProblem, ServerUnreachable
from zoneeditor.io.team.login_sentences import recognise
from zoneeditor.io.team.server import TeamServer

#: case -> (user, database, password or None for none at all), and the kind it must give.
CASES: dict[str, tuple[str, str, str | None]] = {
    "wrong password": ("alice", "postgres", "not-her-password"),
    "unknown user": ("nobody_here", "postgres", "whatever"),
    "unknown user, trust": ("nobody_here", "trusted", "whatever"),
    "no such database": ("alice", "nosuchdb", "her-password"),
    "no pg_hba.conf line": ("alice", "shut", "her-password"),
    "pg_hba.conf reject": ("rejected", "postgres", "her-password"),
    "NOLOGIN role": ("bob", "postgres", "his-password"),
    "no CONNECT privilege": ("alice", "noconnect", "her-password"),
    "no password": ("alice", "postgres", None),
}
EXPECTED = {
    "wrong password": "password-wrong",
    "unknown user": "password-wrong",
    "unknown user, trust": "password-wrong",
    "no such database": "no-database",
    "no pg_hba.conf line": "not-allowed-here",
    "pg_hba.conf reject": "not-allowed-here",
    "NOLOGIN role": "not-allowed-here",
    "no CONNECT privilege": "not-allowed-here",
    "no password": "password-needed",
}
#: The first line wins: "rejected" is refused before anything else is looked at; the
#: "trusted" database lets anyone in without a password (so an unknown user is named).
HBA = """\
host all rejected 127.0.0.1/32 reject
host trusted all 127.0.0.1/32 trust
host postgres,nosuchdb,noconnect all 127.0.0.1/32 scram-sha-256
"""


def require_locale(name: str) -> None:
    """Fail (never skip) when the OS locale ``name`` is not generated on this machine."""
    probe = subprocess.run([sys.executable, "-c", "import locale, sys; "
                            "locale.setlocale(locale.LC_MESSAGES, sys.argv[1])", name],
                           capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.fail(f"the OS locale {name} is missing, so PostgreSQL cannot speak it: "
                    f"generate it as root with  sed -i 's/^# *{name}/{name}/' "
                    "/etc/locale.gen && locale-gen  (.ci/run does)")


@contextlib.contextmanager
def environment(**values: str) -> Iterator[None]:
    """``os.environ`` with ``values`` set for the block (what the server starts with)."""
    old = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class Speaking:
    """The cluster, the language it speaks and the locale it was started in."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.started_in = "C.UTF-8"

    def speak(self, lc_messages: str, started_in: str = "C.UTF-8") -> None:
        """Set ``lc_messages`` (new sessions follow); restart in ``started_in`` if needed."""
        self.cluster.sql(f"ALTER SYSTEM SET lc_messages = '{lc_messages}'")
        if started_in != self.started_in:
            with environment(LC_ALL=started_in):
                self.cluster.restart()
            self.started_in = started_in
        else:
            self.cluster.sql("SELECT pg_reload_conf()")
        for _ in range(100):  # a reload is a signal: wait until new sessions have it
            if self.cluster.sql("SHOW lc_messages") == [(lc_messages,)]:
                return
        raise AssertionError(f"the server did not take lc_messages = {lc_messages}")

    def url(self, user: str, database: str) -> str:
        return self.cluster.url(user, database)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Speaking]:
    """A cluster refusing logins in every way the window tells apart."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "initdb").exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI needs PostgreSQL for the team tests: no initdb found")
        pytest.skip("PostgreSQL is not installed here: team tests skipped")
    old = os.environ.get("PGPASSFILE")
    with environment(LC_ALL="C.UTF-8"):
        cluster = Cluster(bindir)
    os.environ["PGPASSFILE"] = str(cluster.pgpass)  # the superuser's, for the set-up
    try:
        cluster.sql("CREATE ROLE alice LOGIN PASSWORD 'her-password'")
        cluster.sql("CREATE ROLE bob NOLOGIN PASSWORD 'his-password'")
        for database in ("shut", "trusted", "noconnect"):
            cluster.sql(f"CREATE DATABASE {database}")
        cluster.sql("REVOKE CONNECT ON DATABASE noconnect FROM PUBLIC")
        (cluster.data / "pg_hba.conf").write_text(HBA)
        cluster.sql("SELECT pg_reload_conf()")
        yield Speaking(cluster)
    finally:
        cluster.destroy()
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old


def refusals(server: Speaking, tmp_path: Path) -> dict[str, LoginProblem]:
    """Each case's error from ``TeamServer.connect`` (which calls ``login_error``)."""
    empty = tmp_path / "pgpass-empty"  # "no password": none typed, none in a pgpass file
    empty.write_text("")
    empty.chmod(0o600)
    found: dict[str, LoginProblem] = {}
    for case, (user, database, password) in CASES.items():
        with environment(PGPASSFILE=str(empty)):
            try:
                TeamServer.connect(server.url(user, database), password=password,
                                   timeout_s=20).close()
            except LoginProblem as exc:
                found[case] = exc
                continue
            except ServerUnreachable as exc:
                pytest.fail(f"{case}: taken for an unreachable server: {exc}")
        pytest.fail(f"{case}: the server let {user} in to {database}")
    return found


@pytest.mark.parametrize(("lc_messages", "started_in", "language", "severity"), [
    ("C", "C.UTF-8", "en", "FATAL"),
    ("ru_RU.UTF-8", "C.UTF-8", "ru", "ВАЖНО"),
    ("de_DE.UTF-8", "C.UTF-8", "de", "FATAL"),
    ("ru_RU.UTF-8", "C", "ru", "VAZHNO"),  # a server started without a locale
], ids=["english", "russian", "german", "russian-ascii"])
def test_a_refused_login_has_the_same_kind_in_every_language(server, tmp_path, lc_messages,
                                                              started_in, language, severity):
    if lc_messages != "C":
        require_locale(lc_messages)
    server.speak(lc_messages, started_in)
    found = refusals(server, tmp_path)
    assert {case: exc.kind for case, exc in found.items()} == EXPECTED
    # which database it lacks: the address's, or libpq's default named like the user
    assert "no database 'nosuchdb'" in str(found["no such database"])
    for case, exc in found.items():
        if case == "no password":  # said by libpq itself, not by the server
            continue
        # Read from the server's own words in its language, not from an English fallback:
        assert exc.detail.startswith(f"{severity}:  "), (case, exc.detail)
        recognised = recognise(exc.detail)
        assert recognised is not None and recognised.language == language, (case, exc.detail)
        assert "connection to server" not in exc.detail, (case, exc.detail)


#: Run in a child: the window sets the locale from the environment (QCoreApplication does
#: setlocale), and the system's libpq then translates its own words to the user's language.
CLIENT = textwrap.dedent("""
    import json, locale, sys
    locale.setlocale(locale.LC_ALL, "")
    import psycopg
    from zoneeditor.io.team.server import TeamServer
    from zoneeditor.io.team.errors import LoginProblem, TeamError
    out = {"libpq": psycopg.pq.__impl__}
    for name, url, password in (("wrong", sys.argv[1], "not-her-password"),
                                ("dead", sys.argv[2], "x")):
        try:
            psycopg.connect(url, password=password).close()
        except psycopg.OperationalError as exc:
            out[name + "_raw"] = exc.pgconn.error_message.decode("utf-8", "replace")
        try:
            TeamServer.connect(url, password=password, timeout_s=20).close()
        except LoginProblem as exc:
            out[name] = [type(exc).__name__, exc.kind, str(exc), exc.detail]
        except TeamError as exc:
            out[name] = [type(exc).__name__, "", str(exc), exc.detail]
    print(json.dumps(out))
""")


def test_a_client_in_russian_with_the_systems_libpq_reads_the_same(server):
    require_locale("ru_RU.UTF-8")
    server.speak("ru_RU.UTF-8")
    with contextlib.closing(__import__("socket").socket()) as s:  # a port nothing answers
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    env = {**os.environ, "LC_ALL": "ru_RU.UTF-8", "PSYCOPG_IMPL": "python"}
    env.pop("LANGUAGE", None)
    done = subprocess.run([sys.executable, "-c", CLIENT, server.url("alice", "postgres"),
                           f"postgresql://alice@127.0.0.1:{dead}/postgres"],
                          capture_output=True, text=True, env=env, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["libpq"] == "python"  # the system's libpq (Debian's libpq5), not the wheel's
    # libpq's own words are Russian around the server's Russian sentence ...
    assert out["wrong_raw"].startswith("подключиться к серверу"), out["wrong_raw"]
    assert out["dead_raw"].startswith("подключиться к серверу"), out["dead_raw"]
    # ... and the kinds are read all the same; the detail is cut to what matters.
    kind_name, kind, _message, detail = out["wrong"]
    assert (kind_name, kind) == ("LoginRefused", "password-wrong")
    assert detail.startswith("ВАЖНО:  пользователь \"alice\""), detail
    kind_name, _kind, message, detail = out["dead"]
    assert kind_name == "ServerUnreachable" and "подключиться" not in message, message
    why = out["dead_raw"].splitlines()[0].split("не удалось: ", 1)[1]  # the OS's words
    # our sentence alone; libpq's (and the OS's) words are kept aside, never in it
    assert message == f"cannot reach the team server alice@127.0.0.1:{dead}/postgres"
    assert why in detail, detail
