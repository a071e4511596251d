"""The last view of a project: a picture of the window taken at a normal close, shown at the
next start while the window builds, if it is still true (docs/window.md, "Start-up").

A snapshot is a PNG in the settings folder (``snapshots/<project key>.png``, written
atomically with ``QSaveFile``) carrying, as PNG text, the window title and a **fingerprint**
of everything that decides what the window would show: the project file (absolute path,
size, mtime_ns), the version asked for, the interface language, zoneeditor's version, the
saved window geometry and dock state, the project's last view and the DMS toggle, the
screen's available size, device pixel ratio, the platform and the style. The start shows it
only when the fingerprint it computes is exactly the one stored and no journal waits to be
recovered. A file that is missing, unreadable, corrupt or of another fingerprint is simply
not shown: a snapshot is never a reason for an error.

Light on purpose (PySide6 and the standard library): it runs before the window is on screen.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSaveFile, QSize
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from zoneeditor import __version__
from zoneeditor.gui.settings import Settings, project_key

#: PNG text keys of the snapshot.
FINGERPRINT_KEY = "zoneeditor-fingerprint"
TITLE_KEY = "zoneeditor-title"
#: PNG compression: a quick one (level 1); decoding it is part of the start.
PNG_QUALITY = 90


@dataclass(frozen=True)
class Snapshot:
    """A snapshot that matched: the picture (device pixels) and the title it was taken with."""

    image: QImage
    title: str

    @property
    def size(self) -> QSize:
        """The window's size (logical pixels) the picture covers."""
        ratio = self.image.devicePixelRatio() or 1.0
        return QSize(round(self.image.width() / ratio), round(self.image.height() / ratio))


def snapshot_file(settings: Settings, project: Path | None) -> Path:
    """Where the snapshot of ``project`` (None: the bundled sample) is kept: beside the
    settings file, so a test's or a benchmark's private settings keep their own."""
    folder = Path(settings.q.fileName()).parent / "snapshots"
    return folder / f"{project_key(project)}.png"


def project_file(project: Path | None) -> Path:
    """The file a window on ``project`` reads (the bundled sample for None)."""
    if project is not None:
        return project
    from zoneeditor.io.resources import sample_path

    return sample_path()


def fingerprint(window: QWidget, settings: Settings, project: Path | None,
                version: str | None, language: str) -> str:
    """Everything that decides what a window on ``project`` would show at its start, as one
    string ('' when the project file cannot be read: nothing is shown then). ``version``:
    the version asked for (``PATH:VERSION``, else the one last shown; None: the file's)."""
    try:
        stat = os.stat(project_file(project))
    except OSError:
        return ""
    geometry, state = settings.window_state()
    screen: QScreen | None = window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size() if screen is not None else QSize()
    style = QApplication.style()
    parts = {
        "project": str(project) if project is not None else "<sample>",
        "file": [stat.st_size, stat.st_mtime_ns],
        "version": version or "",
        "language": language,
        "zoneeditor": __version__,
        "window": hashlib.sha1((geometry or b"") + b"|" + (state or b"")).hexdigest(),
        "view": settings.last_view_text(project),
        "dms": settings.dms(),
        "screen": [available.width(), available.height(),
                   screen.devicePixelRatio() if screen is not None else 1.0],
        "platform": QGuiApplication.platformName(),
        "style": style.name() if style is not None else "",
    }
    return json.dumps(parts, sort_keys=True, ensure_ascii=False)


def load(path: Path, expected: str) -> Snapshot | None:
    """The snapshot at ``path`` when its fingerprint is ``expected``; None when it is not,
    or when the file is missing, unreadable or corrupt."""
    if not expected or not path.is_file():
        return None
    reader = QImageReader(str(path), b"png")
    if not reader.canRead() or reader.text(FINGERPRINT_KEY) != expected:
        return None
    title = reader.text(TITLE_KEY)
    image = reader.read()
    if image.isNull():
        return None
    with contextlib.suppress(json.JSONDecodeError, TypeError, IndexError, ValueError):
        image.setDevicePixelRatio(float(json.loads(expected)["screen"][2]))
    return Snapshot(image, title)


def save(path: Path, image: QImage, fingerprint_text: str, title: str) -> bool:
    """Write the snapshot atomically (the old one stays until the new one is complete);
    False when it could not be written (a snapshot is never worth an error)."""
    if image.isNull() or not fingerprint_text:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    image = QImage(image)
    image.setText(FINGERPRINT_KEY, fingerprint_text)
    image.setText(TITLE_KEY, title)
    out = QSaveFile(str(path))
    if not out.open(QSaveFile.OpenModeFlag.WriteOnly):
        return False
    # PySide6's stub has no (QIODevice, str, int) overload, yet it is the one that works:
    # bytes as the format crashed the process (segmentation fault) when the window closed
    if not image.save(out, "PNG", PNG_QUALITY):  # type: ignore[call-overload]  # wrong stub
        out.cancelWriting()
        out.commit()
        return False
    return out.commit()


def discard(path: Path) -> None:
    """Remove a snapshot that would no longer be true (nothing when there is none)."""
    with contextlib.suppress(OSError):
        path.unlink()
