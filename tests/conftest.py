"""Shared test set-up: Qt offscreen, no user settings touched, and model builders.

Builders keep tests short: ``zone("a", "POLYGON ((...))", party="A")``,
``project_with(agreed=[...], proposals={"P": [...]})``, and ``sample_copy`` (a private copy
of the bundled sample project).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import shapely

# Before anything imports Qt: never need a display, never read the developer's settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

from zoneeditor.core.model import (
    AGREED,
    Feature,
    Party,
    Project,
    ProjectMeta,
    Version,
)

# Fixtures of one area (a PostgreSQL cluster, reference-layer files, ...) live in their own
# module under tests/support/ so this file stays small; each module there is a pytest plugin.
# Listed here, not discovered, so a reader sees every plugin the suite loads.
pytest_plugins: list[str] = ["support.durability", "support.realdata", "support.pg",
                             "support.reference", "support.merge"]
pytest_plugins += ["support.window"]


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Point user config/state/log folders at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    yield


def _geom(wkt_or_geom):
    return shapely.from_wkt(wkt_or_geom) if isinstance(wkt_or_geom, str) else wkt_or_geom


def quadrangle_km2(lon0: float, lat0: float, lon1: float, lat1: float) -> float:
    """The WGS84 area in km² between two meridians and two parallels, in closed form (the
    authalic-latitude formula): the truth for a lon/lat box, whose edges are measured as
    drawn, along the meridians and parallels (core/geodesy). Independent of pyproj."""
    import math

    a, f = 6378137.0, 1 / 298.257223563
    b, e = a * (1 - f), math.sqrt(f * (2 - f))

    def q(lat: float) -> float:
        s = math.sin(math.radians(lat))
        return s / (1 - e * e * s * s) + math.log((1 + e * s) / (1 - e * s)) / (2 * e)

    return abs(math.radians(lon1 - lon0) * b * b / 2 * (q(lat1) - q(lat0))) / 1e6


def zone(fid: str, wkt, **attrs) -> Feature:
    """A zone feature with id ``fid`` from WKT (or a shapely geometry)."""
    return Feature(fid, "zones", _geom(wkt), attrs)


def line(fid: str, wkt, **attrs) -> Feature:
    """A line feature with id ``fid``."""
    return Feature(fid, "lines", _geom(wkt), attrs)


def point(fid: str, wkt, **attrs) -> Feature:
    """A point feature with id ``fid``."""
    return Feature(fid, "points", _geom(wkt), attrs)


def project_with(agreed=(), proposals=None, parties=("A", "B"), title="Test project") -> Project:
    """A project whose baseline holds ``agreed`` and each proposal its own features."""
    colours = ["#c0392b", "#1f77b4", "#2ca02c", "#7b3fa0"]
    meta = ProjectMeta(title=title,
                       parties=tuple(Party(p, colours[i % 4]) for i, p in enumerate(parties)))
    versions = [Version(AGREED, {f.id: f for f in agreed})]
    for name, feats in (proposals or {}).items():
        versions.append(Version(name, {f.id: f for f in feats}))
    return Project.from_versions(meta, versions)


@pytest.fixture
def builders():
    """The builder functions, for tests that prefer a fixture to an import."""
    return {"zone": zone, "line": line, "point": point, "project_with": project_with}


def copy_of_sample(folder: Path, name: str = "sample.gpkg") -> Path:
    """A writable copy of the bundled sample project in ``folder``, named ``name``."""
    from zoneeditor.io.session import sample_path

    target = folder / name
    shutil.copyfile(sample_path(), target)
    return target


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A private, writable copy of the bundled sample project."""
    return copy_of_sample(tmp_path)


@pytest.fixture(scope="module")
def module_sample(tmp_path_factory) -> Path:
    """A copy of the bundled sample project shared by one test module (read only)."""
    return copy_of_sample(tmp_path_factory.mktemp("sample"))


# -- GUI tests never block on a modal message box nobody arranged for ----------------------
# pytest-qt closes windows at teardown; a window left with edits asks "Save changes?" in a
# modal QMessageBox, which would wait forever offscreen. In tests/gui every static
# QMessageBox call a test did not patch itself is answered at once (Discard when offered, else
# the box's safe choice) and recorded. Tests about a prompt patch QMessageBox themselves; their
# patch wins because it is applied after this one.
@pytest.fixture(autouse=True)
def unexpected_dialogs(request, monkeypatch) -> list[tuple[str, str]]:
    """(kind, title) of each message box answered automatically during a GUI test."""
    seen: list[tuple[str, str]] = []
    if "gui" not in request.node.path.parts:
        return seen
    from PySide6.QtWidgets import QMessageBox

    from zoneeditor.testing.guard import safe_answer as answer  # the kit's: one safe choice

    b = QMessageBox.StandardButton

    def make(kind: str, default_buttons):
        def box(parent, title, text, buttons=default_buttons, *args, **kwargs):
            seen.append((kind, str(title)))
            return answer(buttons)

        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "question", make("question", b.Yes | b.No))
    monkeypatch.setattr(QMessageBox, "warning", make("warning", b.Ok))
    monkeypatch.setattr(QMessageBox, "critical", make("critical", b.Ok))
    monkeypatch.setattr(QMessageBox, "information", make("information", b.Ok))
    return seen


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str, str]]:
    """Information and warning boxes are recorded, (kind, title, text), instead of shown
    (requested after ``unexpected_dialogs``, so this patch wins)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, _k=kind, **kw:
                            shown.append((_k, title, text)))
    return shown
