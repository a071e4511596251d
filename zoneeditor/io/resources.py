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
    """The folder of the user guide (``README.md`` and ``docs/``), or None when missing.

    Installed (a wheel, the frozen bundle) it is ``zoneeditor/guide/``, laid out as in the
    source tree (pyproject.toml's package data); in a checkout or an editable install it is
    the checkout itself. Either way the links between pages (``docs/window.md``,
    ``../README.md``) work as written.
    """
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "guide", package.parent):
        if (folder / "README.md").is_file() and (folder / "docs").is_dir():
            return folder
    return None
