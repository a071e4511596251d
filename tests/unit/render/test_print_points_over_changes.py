"""Point symbols stay visible over a printed comparison's changes.

On the sample's A3 comparison the overlay was painted after the project's layers, so the
hatching and tint of the changed land lay over Observation post Morek's triangle, which
stands on it. The symbols are drawn after the overlay, as their names are.
"""

from __future__ import annotations

import shapely
from PySide6.QtGui import QColor

from zoneeditor.core.model import LayerKind
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.diff_overlay import changed_areas
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions


def test_a_post_on_changed_land_keeps_its_own_colour(qapp):
    project = read_project(sample_path())
    job = PrintJob(project, "Proposal B", PrintOptions(
        paper="A3", landscape=True, diff_against="agreed", date="2026-01-01"))
    image, result = job.render_image(job.pages()[0], 150)
    assert job.diff is not None
    post = project.version("Proposal B").get("post-morek")
    assert post is not None and post.layer == LayerKind.POINTS
    view = result.viewport
    # the post stands on changed land: the overlay hatches and tints it
    assert any(a.contains(post.geometry) for a in changed_areas(view, job.diff.report))
    frame = result.layout.map_frame
    x, y = view.to_screen(post.geometry.x, post.geometry.y)
    x, y = round(frame.left() + x), round(frame.top() + y)
    fill = QColor(project.meta.party(post.party).colour)
    # the middle of its triangle (point radius 5 px at 96 dpi, ~8 px here) is its colour
    for dx in (-2, 0, 2):
        for dy in (0, 2):
            c = QColor(image.pixel(x + dx, y + dy))
            diff = max(abs(c.red() - fill.red()), abs(c.green() - fill.green()),
                       abs(c.blue() - fill.blue()))
            assert diff <= 6, (dx, dy, c.name(), fill.name())
    assert shapely.Point(post.geometry.x, post.geometry.y).within(
        shapely.box(*view.bounds))
