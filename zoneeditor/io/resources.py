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


def resource_path(*parts: str) -> Path:
    """A real file-system path to a bundled file or folder (the package is never zipped)."""
    item = resources_root()
    for part in parts:
        item = item / part
    return Path(str(item))
