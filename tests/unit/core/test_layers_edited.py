"""``layers_edited``: which layers of which versions a history step changes, what the Layers
panel's locks govern for Undo and Redo (``gui.history_rule``), the same for a step kept
slim (``core.undo_slim``) as for the step it was made from."""

from __future__ import annotations

from conftest import line, point, zone
from shapely import Polygon

from zoneeditor.core.changes import ChangeSet, Delta, Structure, compound
from zoneeditor.core.model import LayerKind
from zoneeditor.core.undo_slim import Slimming, SlimStep

RING = [(i, (i * 7) % 5) for i in range(40)] + [(39, 10), (0, 10)]


def test_a_step_names_the_layers_of_its_deltas_per_version():
    z = zone("z", Polygon(RING))
    moved = z.with_attributes(name="Moved")
    cs = compound("Several", "P", [
        ChangeSet("Rename", "P", (Delta(z, moved),)),
        ChangeSet("Add", "Q", (Delta(None, point("p", "POINT (1 1)")),
                               Delta(line("l", "LINESTRING (0 0, 1 1)"), None))),
    ])
    assert cs.layers_edited == {("P", LayerKind.ZONES), ("Q", LayerKind.POINTS),
                                ("Q", LayerKind.LINES)}
    assert ChangeSet("Nothing", "P").layers_edited == set()


def test_making_or_dropping_a_version_whole_edits_none_of_its_layers():
    made = ChangeSet("New proposal", "N", (Delta(None, zone("z", Polygon(RING))),),
                     structure=Structure.CREATE)
    assert made.layers_edited == set() and (~made).layers_edited == set()


def test_a_slim_step_names_the_layers_of_the_step_it_keeps():
    z = zone("z", Polygon(RING))
    bigger = z.with_geometry(Polygon([(x, y * 1.5) for x, y in RING]))
    cs = ChangeSet("Stretch", "P", (Delta(z, bigger), Delta(None, point("p", "POINT (1 1)"))))
    slim = Slimming(min_vertices=10).step(cs, applied=False)
    assert isinstance(slim, SlimStep)
    assert slim.layers_edited == cs.layers_edited == {("P", LayerKind.ZONES),
                                                      ("P", LayerKind.POINTS)}
