"""What the window remembers between runs (QSettings, organisation "zoneeditor").

Recent files, window geometry and dock layout, the DMS toggle, and the last view and version
shown of each project (so reopening a file shows the place and the version one was working
on, also when nothing was saved after switching versions).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:  # read at the window's start, before the view maths is imported
    from zoneeditor.core.viewport import Viewport

ORGANISATION = "zoneeditor"
APPLICATION = "zoneeditor"
MAX_RECENT = 10


def project_key(path: Path | None) -> str:
    """The key of a project's entries (its last view, version, start-up snapshot): a hash
    of its path, or of "<sample>" for the bundled sample (which has no path)."""
    return _text_key(str(path) if path is not None else "<sample>")


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Settings:
    """Typed access to the editor's QSettings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else QSettings(ORGANISATION, APPLICATION)

    def recent_files(self) -> list[str]:
        """Recently opened or saved projects, newest first (missing files left out)."""
        value = self.q.value("recent_files", [])
        paths = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [p for p in paths if Path(p).exists()]

    def add_recent(self, path: Path | str | None) -> None:
        """Put ``path`` first in the recent list."""
        if path is None:
            return
        text = str(path)
        files = [p for p in self.recent_files() if p != text]
        self.q.setValue("recent_files", [text, *files][:MAX_RECENT])

    def window_state(self) -> tuple[bytes | None, bytes | None]:
        """Saved geometry and dock/toolbar state, or Nones (also for an entry an earlier
        version wrote as a Python object, which another process cannot always read)."""
        return self._bytes("window/geometry"), self._bytes("window/state")

    def _bytes(self, key: str) -> bytes | None:
        try:
            value = self.q.value(key)
        except (EOFError, ValueError, TypeError, ImportError, AttributeError):
            # A Python object written after the interpreter had gone: nothing to read, and
            # writing the file back with it crashes PySide. Forget it; it is saved anew.
            self.q.remove(key)
            return None
        if isinstance(value, QByteArray):
            value = value.data()
        return value if isinstance(value, bytes) and value else None

    def set_window_state(self, geometry: bytes, state: bytes) -> None:
        """Remember geometry and dock/toolbar state, as QByteArray: Python ``bytes`` were
        stored as a wrapped Python object, written (pickled) only while the interpreter
        ran, and a QSettings holding one needed the interpreter lock when destroyed — a
        deadlock when a worker thread dropped the last reference while the UI thread made
        another QSettings."""
        self.q.setValue("window/geometry", QByteArray(geometry))
        self.q.setValue("window/state", QByteArray(state))

    def dms(self) -> bool:
        """True when positions are shown in degrees-minutes-seconds."""
        return str(self.q.value("view/dms", "false")).lower() == "true"

    def set_dms(self, value: bool) -> None:
        """Remember the DMS toggle."""
        self.q.setValue("view/dms", "true" if value else "false")

    def last_view(self, path: Path | None) -> Viewport | None:
        """The view last shown for the project at ``path`` (None if never, or unreadable)."""
        from zoneeditor.core.viewport import Viewport

        raw = self.last_view_text(path)
        try:
            cx, cy, ppd, ref_lat = (float(v) for v in str(raw).split(","))
        except (TypeError, ValueError):
            return None
        return Viewport(cx, cy, ppd, 1, 1, ref_lat=ref_lat)

    def last_view_text(self, path: Path | None) -> str:
        """The last view of the project at ``path`` as stored ('' if none): what the
        start-up snapshot's fingerprint compares, without the view maths."""
        return str(self.q.value(f"views/{project_key(path)}", ""))

    def set_last_view(self, path: Path | None, viewport: Viewport) -> None:
        """Remember ``viewport`` for the project at ``path``."""
        v = viewport
        self.q.setValue(f"views/{project_key(path)}", f"{v.cx!r},{v.cy!r},{v.ppd!r},{v.ref_lat!r}")
        self.q.sync()

    def last_version(self, path: Path | None) -> str | None:
        """The version last shown of the project at ``path`` (None if never)."""
        value = self.q.value(f"versions/{project_key(path)}")
        return value if isinstance(value, str) and value else None

    def set_last_version(self, path: Path | None, name: str) -> None:
        """Remember that version ``name`` of the project at ``path`` was shown last."""
        self.q.setValue(f"versions/{project_key(path)}", name)

    def recent_servers(self) -> list[str]:
        """Team servers logged in to lately, newest first: password-free
        ``postgresql://user@host:port/database`` addresses (File ▸ Open team project…)."""
        value = self.q.value("team_servers", [])
        found = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [s for s in found if isinstance(s, str) and s]

    def add_recent_server(self, conninfo: str, project: str = "") -> None:
        """Put a team server first in the recent list, with the project opened there last.
        Only the password-free address is kept: a password is never written here."""
        from zoneeditor.io.team.address import without_password

        clean = without_password(conninfo)
        servers = [s for s in self.recent_servers() if s != clean]
        self.q.setValue("team_servers", [clean, *servers][:MAX_RECENT])
        if project:
            self.q.setValue(f"team_projects/{_text_key(clean)}", project)

    def last_team_project(self, conninfo: str) -> str:
        """The project last opened on this team server ("" if none)."""
        from zoneeditor.io.team.address import without_password

        value = self.q.value(f"team_projects/{_text_key(without_password(conninfo))}")
        return value if isinstance(value, str) else ""
