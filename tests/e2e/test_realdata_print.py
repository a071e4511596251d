"""Every zone on a printed map is named: by its label, or by a numbered callout (issue #12).

The six units of the publishers' test data plus two pockets far too small for a label, on
A4: each zone is either labelled or called out with its number from the zone key, and no
callout covers a label or another callout.
"""

from __future__ import annotations

import shapely
from conftest import project_with, zone
from support.realdata import UNITS, truth

from zoneeditor.core.model import LayerKind
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import PrintOptions


def _project():
    shapes = truth(0.02)
    feats = [zone(f"u{i}", shapes[en], name=en, name_local=ar)
             for i, (en, ar, *_) in enumerate(UNITS)]
    feats += [zone("p1", shapely.box(37.0, 35.5, 37.02, 35.51), name="Tiny pocket"),
              zone("p2", shapely.box(37.03, 35.5, 37.05, 35.51), name="Second pocket",
                   name_local="جيب")]
    return project_with(agreed=feats)


def test_every_zone_gets_a_label_or_a_numbered_callout(qapp):
    from zoneeditor.render.map_painter import MapPainter
    from zoneeditor.render.print_map import frame_viewport, print_style
    from zoneeditor.render.print_zonetable import zone_rows
    from zoneeditor.render.scene import Scene

    project = _project()
    job = PrintJob(project, "agreed", PrintOptions(paper="A4", show_basemap=False,
                                                  date="2026-05-04"))
    page = job.pages()[0]
    image, result = job.render_image(page, 96)
    assert not image.isNull()
    rows = zone_rows(project, project.agreed)
    assert [r.number for r in rows] == list(range(1, 9))
    numbers = {r.id: r.number for r in rows}
    painter = MapPainter(print_style(96))
    viewport = frame_viewport(result.layout.map_frame, page.extent, None, 96)
    scene = Scene(project=project, version="agreed", show_vertices=False,
                  label_language="both")
    labels = painter.feature_labels(viewport, scene)
    callouts = painter.zone_callouts(viewport, scene, labels, numbers)
    named = {lab.fid for lab in labels} | {c.fid for c in callouts}
    assert named >= {f.id for f in project.agreed.layer(LayerKind.ZONES)}
    assert {c.fid for c in callouts} >= {"p1", "p2"}
    assert {c.number for c in callouts} >= {7, 8}
    rects = [lab.rect for lab in labels] + [c.rect for c in callouts]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
