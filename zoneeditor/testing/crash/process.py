"""The children of the kill trials, read line by line and killed; and, for tests in one
process, what a kill leaves behind (``abandon``)."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneeditor.io.session import Session


class PipeLines:
    """The lines a child process writes to its stdout pipe, read as they come.

    Unbuffered, straight from the pipe: a buffered reader would read ahead and keep lines a
    kill's final read never sees (``rest`` hands over what was read but not yet a line).
    """

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.proc = proc
        #: Every line read so far.
        self.lines: list[str] = []
        self._buffer = b""

    def next(self, timeout: float) -> str | None:
        """The next line (None at the end of output or after ``timeout`` seconds)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                return None
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\n", 1)
        line = raw.decode()
        self.lines.append(line)
        return line

    def rest(self) -> bytes:
        """What was read but is not a whole line yet (then forgotten)."""
        rest, self._buffer = self._buffer, b""
        return rest


class Child:
    """A ``python -m zoneeditor.testing.crash`` child: its lines as they come, and the kill."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "zoneeditor.testing.crash", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or dict(os.environ))
        self._out = PipeLines(self.proc)

    @property
    def lines(self) -> list[str]:
        """Every line the child printed that was read so far."""
        return self._out.lines

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.proc.pid

    def read_line(self, timeout: float = 60.0) -> str | None:
        """The next line (None at the end of output or after ``timeout`` seconds)."""
        return self._out.next(timeout)

    def wait_for(self, prefix: str, timeout: float = 120.0) -> str:
        """Read until a line starting with ``prefix``; RuntimeError if none comes."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.read_line(max(0.0, deadline - time.monotonic()))
            if line is None:
                raise RuntimeError(f"the child never said {prefix!r}: {self.lines[-5:]} "
                                   f"{self._stderr()[-2000:]}")
            if line.startswith(prefix):
                return line

    def _stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode(errors="replace")

    def kill(self) -> list[str]:
        """SIGKILL it and collect every line it printed; returns all lines."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        out, _err = self.proc.communicate()
        rest = (self._out.rest() + out).decode(errors="replace")
        self.lines.extend(x for x in rest.split("\n") if x)
        return self.lines


def integrity(path: Path) -> str:
    """SQLite's own verdict on a file ('ok' when sound)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict: str = con.execute("PRAGMA integrity_check").fetchone()[0]
        return verdict
    finally:
        con.close()


def last_mark(lines: list[str], marks: tuple[str, ...]) -> str:
    for line in reversed(lines):
        if line.startswith(marks):
            return line
    return ""


def dead_pid() -> int:
    """The pid of a process that has finished (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def abandon(session: Session) -> None:
    """Leave ``session`` as a killed editor would (for tests in one process).

    Its journal and lock stay on disk, and both are made to name a process that has ended,
    exactly what a SIGKILL leaves behind, without having to kill the test runner.
    """
    from zoneeditor.io.lock import lock_path_for

    dead = dead_pid()
    j = session.journal
    assert j is not None, "abandon needs a session with a journal"
    doc = session.document
    doc.current_version_changed.disconnect(j.note_current_version)
    doc.journal = None
    j.close()  # this process never touches it again; the file stays
    con = sqlite3.connect(j.path)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("UPDATE info SET value=? WHERE key='owner_pid'", (str(dead),))
    con.commit()
    con.close()
    lock = session.lock
    if lock is not None:
        path = lock_path_for(lock.project_path)
        path.write_text(path.read_text().replace(f'"pid": {lock.info.pid}', f'"pid": {dead}'))
    session.journal = None
    session.lock = None  # dropped, never released: the file stays
