"""A throw-away PostgreSQL cluster with PostGIS for the team-server tests (a pytest plugin).

The cluster is made once per test run with ``initdb`` and ``pg_ctl`` (as the unprivileged
user ``nobody`` when the tests run as root: PostgreSQL refuses to run as root), listens on
127.0.0.1 only, on a free port (``ZONEEDITOR_PG_PORTS=FIRST-LAST`` narrows the choice), and
asks every client for a password (scram-sha-256), which the tests keep in a ``.pgpass`` file
named by ``PGPASSFILE`` — the same way a delegate's laptop authenticates.

Each test gets its own database (a copy of a template with PostGIS already in it, so it is
quick) owned by its own administrator role, and makes the users it needs with
``team_db.user("alice")``; role names carry a per-test number because roles are cluster-wide.

Where PostgreSQL is not installed the team tests are skipped, with one line saying so;
with ``CI=true`` they fail instead, so CI never passes by skipping them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

#: Debian installs each PostgreSQL major version's programs here.
_DEBIAN_BIN = "/usr/lib/postgresql"
_SUPERUSER = "postgres"
_TEMPLATE = "ze_template"


def find_bindir() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: $ZONEEDITOR_PG_BIN, PATH, or Debian's newest."""
    env = os.environ.get("ZONEEDITOR_PG_BIN")
    if env:
        return Path(env)
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # a symlink in PATH: the real bin folder
    versions = sorted(Path(_DEBIAN_BIN).glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


def _has_postgis(bindir: Path) -> bool:
    share = ""
    if (bindir / "pg_config").exists():
        share = subprocess.run([str(bindir / "pg_config"), "--sharedir"], capture_output=True,
                               text=True, check=False).stdout.strip()
    if not share:  # pg_config is in another package on some systems: Debian's layout
        share = f"/usr/share/postgresql/{bindir.parent.name}"
    return (Path(share) / "extension" / "postgis.control").exists()


def _free_port() -> int:
    wanted = os.environ.get("ZONEEDITOR_PG_PORTS", "")
    candidates: list[int] = [0]
    if wanted:
        first, _, last = wanted.partition("-")
        candidates = list(range(int(first), int(last or first) + 1))
    for port in candidates:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError(f"no free port in {wanted}")


class Cluster:
    """A running PostgreSQL cluster in a temporary folder, stopped and removed at the end."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="zoneeditor-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.password = secrets.token_hex(12)
        self.pgpass = self.root / "pgpass"
        self.port = _free_port()
        self._run_as = "nobody" if os.geteuid() == 0 else None
        self.pgpass.write_text("")
        self.pgpass.chmod(0o600)
        self.add_password(_SUPERUSER, self.password)
        if self._run_as:
            entry = pwd.getpwnam(self._run_as)
            os.chmod(self.root, 0o755)
            self.log.touch()
            for p in (self.root, self.log):
                os.chown(p, entry.pw_uid, entry.pw_gid)
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        pwfile.chmod(0o644)
        self._pg("initdb", "-D", str(self.data), "-U", _SUPERUSER, "--pwfile", str(pwfile),
                 "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                "unix_socket_directories = ''\n"
                # A test cluster: durability against power cuts is not what is tested here
                # (the server's own crash safety is PostgreSQL's), speed is.
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 120\nshared_buffers = 32MB\n")
        self.start()

    def _pg(self, program: str, *args: str) -> None:
        cmd = [str(self.bindir / program), *args]
        if self._run_as:
            cmd = ["runuser", "-u", self._run_as, "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=self.root)
        if proc.returncode != 0:
            raise RuntimeError(f"{program} failed: {proc.stderr.strip() or proc.stdout.strip()}"
                               f"\n{self.log.read_text() if self.log.exists() else ''}")

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        self._pg("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``fast`` ends open sessions, rolling back their transactions)."""
        self._pg("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop and start the server: every open connection is cut."""
        self.stop()
        self.start()

    def add_password(self, user: str, password: str) -> None:
        """Let libpq find ``user``'s password for this cluster (the ~/.pgpass way)."""
        with self.pgpass.open("a") as fh:
            fh.write(f"127.0.0.1:{self.port}:*:{user}:{password}\n")

    def url(self, user: str, database: str = "postgres") -> str:
        """A connection URL with no password in it (libpq takes it from PGPASSFILE)."""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres", user: str = _SUPERUSER) -> list:
        """Run one statement as ``user`` (default: the superuser); the rows it returned."""
        import psycopg

        with psycopg.connect(self.url(user, database), autocommit=True) as con:
            cur = con.execute(statement)
            return cur.fetchall() if cur.description else []

    def destroy(self) -> None:
        """Stop the server and remove its folder."""
        with contextlib.suppress(RuntimeError):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class TeamDB:
    """One test's database on the shared cluster, with an owner and users made on demand."""

    cluster: Cluster
    name: str
    owner: str
    suffix: str
    users: dict[str, str] = field(default_factory=dict)

    @property
    def admin_url(self) -> str:
        """URL of the database as its owner (who runs ``team init`` and ``add-member``)."""
        return self.cluster.url(self.owner, self.name)

    def user(self, base: str) -> str:
        """A login role for this test called ``<base>_<n>`` (made once); returns its name."""
        if base not in self.users:
            name = f"{base}_{self.suffix}"
            password = secrets.token_hex(8)
            self.cluster.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
            self.cluster.add_password(name, password)
            self.users[base] = name
        return self.users[base]

    def url(self, base: str) -> str:
        """Connection URL for the user ``base`` of this test (made if needed)."""
        return self.cluster.url(self.user(base), self.name)

    def sql(self, statement: str, user: str | None = None) -> list:
        """Run a statement in this database, as the owner unless ``user`` (a base) is given."""
        role = self.owner if user is None else self.user(user)
        return self.cluster.sql(statement, self.name, role)


_counter = itertools.count(1)


def _absence() -> str | None:
    """Why the team tests cannot run here (None: they can)."""
    bindir = find_bindir()
    if bindir is None or not (bindir / "initdb").exists():
        return "no initdb found"
    if not _has_postgis(bindir):
        return "the postgis extension is not installed"
    return None


def pytest_report_header(config: pytest.Config) -> str:
    """One line at the top of the run saying whether the team-server tests can run."""
    why = _absence()
    if why is None:
        return f"team server tests: PostgreSQL from {find_bindir()}, with PostGIS"
    if os.environ.get("CI", "").lower() == "true":
        return f"team server tests: will FAIL, PostgreSQL with PostGIS is required in CI ({why})"
    return f"team server tests: skipped, PostgreSQL with PostGIS is not installed ({why})"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs PostgreSQL with PostGIS for the team tests: {reason}")
    pytest.skip(f"PostgreSQL with PostGIS is not installed here ({reason}): team tests skipped")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's PostgreSQL cluster (PostGIS template ready), or a skip when absent."""
    why = _absence()
    if why is not None:
        _unavailable(why)
    old = os.environ.get("PGPASSFILE")
    cluster = Cluster(find_bindir())  # type: ignore[arg-type]
    os.environ["PGPASSFILE"] = str(cluster.pgpass)
    try:
        cluster.sql(f"CREATE DATABASE {_TEMPLATE}")
        cluster.sql("CREATE EXTENSION postgis", _TEMPLATE)
        yield cluster
    finally:
        cluster.destroy()
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old


@pytest.fixture
def team_db(pg_cluster: Cluster) -> Iterator[TeamDB]:
    """A fresh database (PostGIS enabled) owned by a CREATEROLE administrator of its own."""
    n = next(_counter)
    suffix = f"{os.getpid() % 10000}_{n}"
    name, owner = f"team_{suffix}", f"admin_{suffix}"
    password = secrets.token_hex(8)
    pg_cluster.sql(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
    pg_cluster.add_password(owner, password)
    for attempt in range(20):  # the template is busy while another copy is being made
        try:
            pg_cluster.sql(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE} OWNER {owner}")
            break
        except Exception:
            if attempt == 19:
                raise
            time.sleep(0.2)
    db = TeamDB(pg_cluster, name, owner, suffix)
    yield db
    with contextlib.suppress(Exception):
        pg_cluster.sql(f"DROP DATABASE {name} WITH (FORCE)")


#: The members of the team every ``team_project`` has: base name -> (role, delegation).
MEMBERS = {
    "cora": ("coordinator", None),
    "carl": ("coordinator", None),
    "dana": ("delegate", "North"),
    "dave": ("delegate", "North"),
    "sami": ("delegate", "South"),
    "olga": ("observer", None),
}


@dataclass
class TeamProject:
    """A team database with ``MEMBERS`` on it and one published project, ``talks``."""

    db: TeamDB
    folder: Path
    name: str = "talks"

    def url(self, who: str) -> str:
        """Connection URL (no password) of member ``who``."""
        return self.db.url(who)

    def clone(self, who: str, file: str | None = None) -> Path:
        """A fresh working copy of the project for ``who``."""
        from zoneeditor.io.team.workcopy import clone

        out = self.folder / (file or f"{who}.gpkg")
        clone(self.url(who), self.name, out)
        return out

    def publish(self, project) -> TeamProject:
        """Put ``project`` on the server as ``talks`` (as the coordinator cora)."""
        from zoneeditor.io.team.server import TeamServer

        with TeamServer.connect(self.url("cora")) as server:
            server.publish(self.name, project)
        return self

    def server_content(self, who: str = "cora"):
        """The project as ``who`` sees it on the server now."""
        from zoneeditor.io.team.server import TeamServer

        with TeamServer.connect(self.url(who)) as server:
            return server.fetch(self.name)[0]


@pytest.fixture
def team_project(team_db, tmp_path):
    """``MEMBERS`` on a fresh team server; ``.publish(project)`` puts the project up."""
    from zoneeditor.io.team import admin
    from zoneeditor.io.team.server import TeamServer

    with TeamServer.connect(team_db.admin_url) as server:
        admin.init(server)
        for who, (role, delegation) in MEMBERS.items():
            admin.add_member(server, team_db.user(who), role, delegation)
    folder = tmp_path / "team"
    folder.mkdir()
    return TeamProject(team_db, folder)


def table_after_their_sync(team: TeamProject, who: str, name: str) -> Path:
    """``who``'s working copy (of another delegation than North), and the North delegate
    dana's new proposal ``name`` (one point, "Checkpoint") tabled after ``who``'s last sync,
    which a coordinator's edit moved past the proposal's creation: the next sync of ``who``
    receives the proposal whole (a snapshot), not as change sets it could never read."""
    from conftest import point

    from zoneeditor.core.changes import ChangeSet, Delta, Structure
    from zoneeditor.io.session import Session
    from zoneeditor.io.team.sync import sync
    from zoneeditor.io.team.workcopy import table

    dana, cora, theirs = team.clone("dana"), team.clone("cora"), team.clone(who)
    with Session.open(dana) as session:
        session.document.history.push(ChangeSet(
            "New proposal", name,
            (Delta(None, point("p1", "POINT (36.5 35.5)", name="Checkpoint")),),
            structure=Structure.CREATE))
        sync(session)
    with Session.open(cora) as session:  # a change everyone reads, after the draft's
        old = next(iter(session.document.project.agreed))
        session.document.history.push(ChangeSet(
            "Note", "agreed", (Delta(old, old.with_attributes(notes="after the draft")),)))
        sync(session)
    with Session.open(theirs) as session:
        assert sync(session).received == 1  # cora's note; the draft is not theirs to read
    table(dana, name)
    return theirs


#: A site's own rule: nothing agreed may be changed (PostgreSQL refuses it: 42501).
FREEZE_AGREED = """
CREATE POLICY frozen_agreed ON zoneeditor.changes AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(coalesce(change -> 'deltas', '[]')) AS d
     WHERE d -> 'old' -> 'attributes' ->> 'status' = 'agreed'))
"""


@pytest.fixture
def frozen_talks(team_project):
    """Two zones on the server under ``FREEZE_AGREED``: "Signed" (agreed, so frozen) and
    "Far" (free to change)."""
    from conftest import project_with, zone
    from shapely import box

    talks = team_project.publish(project_with(agreed=[
        zone("signed", box(36.0, 35.0, 36.2, 35.2), name="Signed", party="A",
             status="agreed"),
        zone("far", box(38.0, 35.0, 38.2, 35.2), name="Far", party="B"),
    ]))
    talks.db.sql(FREEZE_AGREED)
    return talks


def propose(path: Path, name: str) -> None:
    """Copy the agreed baseline of the working copy at ``path`` into a new proposal
    ``name`` (as Version ▸ Duplicate… does) and sync it: a draft of the user's own."""
    from zoneeditor.core import versions
    from zoneeditor.core.model import AGREED
    from zoneeditor.io.session import Session
    from zoneeditor.io.team.sync import sync

    with Session.open(path) as session:
        session.document.history.push(versions.duplicate(session.document.project, AGREED,
                                                         name))
        sync(session)


def plans_of_each(team: TeamProject, *, north: str | None) -> TeamProject:
    """``team`` with a baseline (zone z1 "Idlib") and the coordinators' "Plan C"; South's
    "South plan", tabled; and, when ``north`` names it, a North draft (dana's) of that name."""
    from conftest import project_with, zone

    from zoneeditor.io.team.workcopy import table

    square = "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))"
    team.publish(project_with(agreed=[zone("z1", square, name="Idlib", party="A")],
                              proposals={"Plan C": [zone("z1", square, name="Idlib",
                                                         party="B")]}))
    if north:
        propose(team.clone("dana", "dana-first.gpkg"), north)
    sami = team.clone("sami", "sami-first.gpkg")
    propose(sami, "South plan")
    table(sami, "South plan")
    return team
