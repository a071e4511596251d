"""One editor per project file: a lock file beside the project says who is editing it.

``<project>.gpkg.lock`` is created with ``O_CREAT | O_EXCL`` (atomic: of two editors starting
at once exactly one gets it) and holds JSON: pid, host, user, time and the process start
token. ``acquire`` raises ``LockedError`` carrying the owner's ``LockInfo`` so the window can
say who holds it since when. A lock whose process is gone (same host, pid not running, or
running but started at another time: the pid was reused) is ``stale``; the window asks, then
``acquire(..., take_over=True)`` replaces it. A lock from another host is never called stale:
we cannot know whether that laptop is still editing (a shared folder).

One lock, one holder: a second ``acquire`` of a file this very process holds is refused like
any other (``LockedError.mine``). A session that replaces another on the same file (reopen,
revert) is handed the existing ``ProjectLock`` object instead (``io.session``), so no
process-wide table of held locks is needed.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.io.journal.store import process_start

SUFFIX = ".lock"


def lock_path_for(project_path: Path) -> Path:
    """Where the lock of the project at ``project_path`` lives (beside it)."""
    return project_path.with_name(project_path.name + SUFFIX)


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: enough to tell the user, and to tell whether it is still alive."""

    pid: int
    host: str
    user: str
    since: str
    start: str = ""

    @classmethod
    def mine(cls) -> LockInfo:
        """The info describing this process."""
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = ""
        return cls(os.getpid(), socket.gethostname(), user,
                   datetime.now(UTC).replace(microsecond=0).isoformat(),
                   process_start(os.getpid()))

    @property
    def is_mine(self) -> bool:
        """True when this very process holds it."""
        return (self.pid == os.getpid() and self.host == socket.gethostname()
                and self.start == process_start(os.getpid()))

    @property
    def is_stale(self) -> bool:
        """True when the holder is known to be gone (same host, process not running)."""
        if self.host != socket.gethostname():
            return False
        return not pid_alive(self.pid, self.start)


def pid_alive(pid: int, start: str = "") -> bool:
    """True when process ``pid`` runs on this host (and, if known, started at ``start``)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, it is just someone else's
    except OSError:
        return False
    if start and process_start(pid) not in ("", start):
        return False  # the pid was reused by another process since
    # A zombie (killed, not yet reaped by its parent) no longer edits anything.
    with contextlib.suppress(OSError, IndexError):
        if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


class LockedError(ZoneEditorError):
    """The project is being edited elsewhere; ``owner`` says by whom, ``stale`` if gone."""

    def __init__(self, path: Path, owner: LockInfo | None) -> None:
        self.path = path
        self.owner = owner
        self.stale = owner.is_stale if owner else False
        self.mine = owner.is_mine if owner else False
        if self.mine:
            super().__init__(f"{path.name} is already open in this ZoneEditor")
            return
        if owner is None:
            who = "another program (its lock file cannot be read)"
        else:
            who = f"{owner.user or 'someone'} on {owner.host} (process {owner.pid}) " \
                  f"since {owner.since}"
        state = " — that program is no longer running" if self.stale else ""
        super().__init__(f"{path.name} is already open in zoneeditor by {who}{state}")


def read_lock(path: Path) -> LockInfo | None:
    """The owner recorded in the lock file at ``path`` (None if unreadable or missing)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data.get("user", "")),
                        str(data.get("since", "")), str(data.get("start", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProjectLock:
    """A held lock on one project file; ``release`` (or closing the session) removes it."""

    def __init__(self, project_path: Path, info: LockInfo) -> None:
        self.project_path = project_path
        self.path = lock_path_for(project_path)
        self.info = info
        self._released = False

    @classmethod
    def acquire(cls, project_path: Path | str, take_over: bool = False) -> ProjectLock:
        """Lock ``project_path`` for this process; LockedError when someone else holds it.

        ``take_over`` replaces a lock only when it is stale (its process is gone) or
        unreadable; a live editor's lock is never taken.
        """
        project_path = Path(project_path)
        path = lock_path_for(project_path)
        info = LockInfo.mine()
        for _ in range(3):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_lock(path)
                if not take_over or (owner is not None and not owner.is_stale):
                    raise LockedError(project_path, owner) from None
                # Move the stale lock aside under a unique name first: if two editors take
                # over at once, only one rename succeeds and only one O_EXCL create wins.
                aside = path.with_name(f"{path.name}.stale-{os.getpid()}")
                try:
                    os.replace(path, aside)
                    aside.unlink()
                except FileNotFoundError:
                    pass
                continue
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(asdict(info), fh)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError:
                # A full disk: an empty lock file would later read as "locked by a program
                # that cannot be identified". Leave nothing.
                with contextlib.suppress(OSError):
                    path.unlink()
                raise
            return cls(project_path, info)
        raise LockedError(project_path, read_lock(path))

    @property
    def released(self) -> bool:
        """True once let go."""
        return self._released

    def release(self) -> None:
        """Let go; the lock file is removed if it is still ours."""
        if self._released:
            return
        self._released = True
        owner = read_lock(self.path)
        if owner is not None and owner.is_mine:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
