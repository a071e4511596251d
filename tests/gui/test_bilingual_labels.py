"""Feature labels carry both names side by side when both exist, on screen and on paper."""

from __future__ import annotations

from zoneeditor.core.naming import display_name
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene


def labels_of(language: str):
    project = read_project(sample_path())
    idlib = project.agreed.get("zone-idlib")
    scene = Scene(project=project, version="agreed", label_language=language)
    view = Viewport.fit(idlib.geometry.bounds, 1200, 900, margin=0.2)
    return {lab.text for lab in MapPainter().feature_labels(view, scene)}, idlib


def test_both_names_side_by_side_isolated(qapp):
    texts, idlib = labels_of("both")
    assert display_name(idlib) in texts
    assert "Idlib" in display_name(idlib) and "إدلب" in display_name(idlib)
    assert "\u2068إدلب\u2069" in display_name(idlib)  # the Arabic part is bidi-isolated


def test_one_language_only_when_asked(qapp):
    assert "Idlib" in labels_of("en")[0]
    assert "إدلب" in labels_of("local")[0]
