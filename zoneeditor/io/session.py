"""An open project on disk: the Document plus its file, for the window and headless scripts.

``Session.open(path)`` reads a project; ``Session.sample()`` opens a private copy of the
bundled sample (the installed resource is never written: its first save asks for a path,
signalled by ``needs_path``). ``save`` is atomic and marks the history clean.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.document import Document
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.resources import resource_path

SAMPLE_NAME = "syria-deescalation.gpkg"


def sample_path() -> Path:
    """Path of the bundled sample project (read-only: never save over it)."""
    return resource_path("sample", SAMPLE_NAME)


class Session:
    """A Document tied to a project file (or to none yet, for the sample and new projects)."""

    def __init__(self, document: Document, path: Path | None) -> None:
        self.document = document
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Session:
        """Open the project at ``path`` (ReadError when it cannot be read)."""
        path = Path(path).resolve()
        return cls(Document(read_project(path)), path)

    @classmethod
    def sample(cls) -> Session:
        """The bundled sample, with no path: saving it asks where."""
        return cls(Document(read_project(sample_path())), None)

    @property
    def needs_path(self) -> bool:
        """True when a save must first ask the user for a file name."""
        return self.path is None

    @property
    def display_name(self) -> str:
        """The file name for the title bar, or the project's title when never saved."""
        return self.path.name if self.path else self.document.project.meta.title

    def save(self, path: Path | str | None = None, keep_backup: bool = False) -> Path:
        """Write the project atomically to ``path`` (or its own path) and mark it clean."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("this project has no file yet: give a path")
        if target == sample_path().resolve():
            raise ValueError("the bundled sample is read-only: save it under another name")
        project = self.document.project
        project.meta = replace(project.meta,
                               modified=datetime.now(UTC).replace(microsecond=0).isoformat())
        write_project(project, target, keep_backup=keep_backup)
        self.path = target
        self.document.history.set_clean()
        return target
