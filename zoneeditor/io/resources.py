"""Where the bundled data lives: installed as ``zoneeditor.resources``, or ``resources/`` in a
source checkout that was never installed. One place, so every loader finds the same folder."""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resources_root() -> Traversable:
    """The bundled resources directory, installed or in a source checkout."""
    try:
        return importlib.resources.files("zoneeditor.resources")
    except ModuleNotFoundError:
        # The zoneeditor.resources -> resources/ mapping exists only once the package is
        # installed (or installed editable); a bare checkout has the folder beside the package.
        return Path(__file__).resolve().parents[2] / "resources"


#: The file name of the bundled sample project.
SAMPLE_NAME = "syria-deescalation.gpkg"


def sample_path() -> Path:
    """Path of the bundled sample project (read-only: never save over it)."""
    return Path(str(importlib.resources.files("zoneeditor.resources") / "sample" / SAMPLE_NAME))


def resource_path(*parts: str) -> Path:
    """A real file-system path to a bundled file or folder (the package is never zipped)."""
    item = resources_root()
    for part in parts:
        item = item / part
    return Path(str(item))


def guide_root() -> Path | None:
    """The folder of the user guide (``guide/<language>/*.md`` in the bundled resources, the
    English pages at least), or None when this copy has none.

    It is installed with the other resources (a wheel, the frozen bundle), and is
    ``resources/guide`` in a checkout; the developer documents in ``docs/`` are not part of it.
    """
    folder = resource_path("guide")
    return folder if (folder / "en").is_dir() else None
