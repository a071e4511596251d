"""What the self-test's checks share: the result of a check, the failure a check raises, and
the ``Context`` (one temporary folder, the sample project and one QApplication)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from zoneeditor.core.model import Project

#: The proposal the sample project carries beside the agreed baseline.
PROPOSAL = "Proposal B"
#: A sample zone whose Arabic name must survive every round trip.
PROBE_ZONE = "zone-idlib"


@dataclass
class CheckResult:
    """The outcome of one check."""

    name: str
    ok: bool
    figure: str
    seconds: float

    def line(self, width: int = 14) -> str:
        """The check as one aligned line for the terminal."""
        status = "ok" if self.ok else "FAILED"
        return f"  {self.name:<{width}} {status:<7} {self.figure}  ({self.seconds:.1f} s)"


class LogCatcher(logging.Handler):
    """Collects error records of a logger (and keeps them off the terminal) while active."""

    def __init__(self, name: str) -> None:
        super().__init__(logging.ERROR)
        self.logger = logging.getLogger(name)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> LogCatcher:
        self._propagate = self.logger.propagate
        self.logger.addHandler(self)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.propagate = self._propagate


class CheckFailed(Exception):
    """A check ran and found something wrong (the message says what)."""


def require(condition: bool, message: str) -> None:
    """Fail the check with ``message`` unless ``condition`` holds."""
    if not condition:
        raise CheckFailed(message)


class Context:
    """What the checks share: a temporary folder, the sample project (opened once, not
    durable) and the QApplication (made once, by the first check that needs Qt)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._project: Project | None = None
        self.app: QCoreApplication | None = None

    def project(self) -> Project:
        """The bundled sample, opened on first use."""
        if self._project is None:
            from zoneeditor.io.session import Session

            # Not durable: the self-test must never leave a journal in the user's folders.
            self._project = Session.sample(durable=False).document.project
        return self._project

    def qt_app(self) -> QCoreApplication:
        """The QApplication (this process's, or one made now)."""
        if self.app is None:
            from PySide6.QtWidgets import QApplication

            self.app = QApplication.instance() or QApplication(["zoneeditor-self-test"])
        return self.app


def bundle_folder() -> Path | None:
    """The frozen bundle's folder (``sys._MEIPASS``, PyInstaller's documented name for it),
    or None in a Python install."""
    folder = getattr(sys, "_MEIPASS", None)
    return None if folder is None else Path(folder)


def mapped_libraries(fragment: str) -> set[str]:
    """The libraries this process has mapped whose file name holds ``fragment``, as real
    paths (Linux, where /proc tells; empty elsewhere)."""
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    fields = (line.split(None, 5) for line in maps.splitlines())
    return {os.path.realpath(f[5].strip()) for f in fields
            if len(f) == 6 and fragment in Path(f[5].strip()).name}


def gdal_libraries() -> set[str]:
    """The GDAL libraries this process has mapped, as real paths (Linux, where /proc tells;
    empty elsewhere)."""
    return mapped_libraries("libgdal")


def gdal_copies() -> str:
    """How many GDAL libraries this process has mapped, as a figure (empty where that cannot
    be told): one when fiona and rasterio share a GDAL, as in the bundle."""
    files = gdal_libraries()
    return f", {len(files)} libgdal in memory" if files else ""
