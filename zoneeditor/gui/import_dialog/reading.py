"""The import dialog's reading step: what it reads files with, and the reading itself.

``FileReading`` is the dialog's dependency (``ImportDialog(..., reading=...)``): the region
the files' features should lie near (for the swapped-axes check) and the reader of one
file. ``ExchangeReading``, the default, is ``zoneeditor.io.exchange`` (GDAL in a limited
child process); a test passes its own, e.g. one that fails. ``read_files`` is the work the
dialog runs on a background thread: every file in turn, a file that cannot be read
(``ReadError``) a line of its own; any other error ends the read and is the dialog's to say.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.errors import ReadError
from zoneeditor.core.naming import path_text

if TYPE_CHECKING:
    from zoneeditor.core.model import Project
    from zoneeditor.io.exchange.importing import ImportResult

#: A lon/lat box: west, south, east, north.
Bounds = tuple[float, float, float, float]
#: What a read gives: the files read, and (file name, reason) of those that could not be.
Outcome = tuple[list["ImportResult"], list[tuple[str, str]]]


class FileReading(Protocol):
    """How the import dialog reads files."""

    def region(self, project: Project) -> Bounds:
        """The box the imported features should lie near (the project's extent)."""
        ...

    def read(self, path: str, reference: Bounds, taken_ids: set[str],
             choices: dict[str, Any]) -> ImportResult:
        """Read one file with the dialog's ``choices`` (encoding, assume_crs, swap); ids
        in ``taken_ids`` are taken by files read before it. ReadError: it cannot be read."""
        ...


class ExchangeReading:
    """Files read by ``zoneeditor.io.exchange`` (imported on first use: the window starts
    without it)."""

    def region(self, project: Project) -> Bounds:
        """The project's extent, or the region the sample is about when it has none."""
        from zoneeditor.io.exchange import DEFAULT_REGION, project_extent

        return project_extent(project) or DEFAULT_REGION

    def read(self, path: str, reference: Bounds, taken_ids: set[str],
             choices: dict[str, Any]) -> ImportResult:
        """``io.exchange.read_any`` in its sandbox."""
        from zoneeditor.io.exchange import read_any

        return read_any(path, reference=reference, taken_ids=taken_ids, **choices)


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


def read_files(reading: FileReading, files: list[str], reference: Bounds,
               choices: dict[str, Any], progress: Callable[[str], None]) -> Outcome:
    """Read ``files`` in turn (on a background thread), saying which through ``progress``."""
    results, errors = [], []
    taken: set[str] = set()
    for path in files:
        progress(_tr("Reading %1…").replace("%1", path_text(Path(path).name)))
        try:
            result = reading.read(path, reference, taken, choices)
        except ReadError as exc:
            errors.append((Path(path).name, exc.reason))
            continue
        taken |= {f.id for f in result.all_features}
        results.append(result)
    return results, errors


__all__ = ["Bounds", "ExchangeReading", "FileReading", "Outcome", "read_files"]
