"""The drawing order of reference layers: a new image above the images and below the vector
references, a new vector on top; references shown for this run only drawn as if added."""

from __future__ import annotations

from zoneeditor.core.reference import ReferenceLayer
from zoneeditor.core.reference_order import new_position, raster_top, with_run_only


def layer(name: str, raster: bool) -> ReferenceLayer:
    return ReferenceLayer.create(f"/data/{name}.{'tif' if raster else 'gpkg'}",
                                 kind="raster" if raster else "vector")


def test_a_new_image_goes_under_the_vectors_and_a_new_vector_on_top():
    photo, roads, rivers = layer("photo", True), layer("roads", False), layer("rivers", False)
    project = [photo, roads, rivers]
    assert raster_top(project) == 1
    assert new_position(project, layer("scan", True)) == 1
    assert new_position(project, layer("wells", False)) is None
    assert raster_top([roads]) == 0 and raster_top([]) == 0


def test_run_only_references_are_drawn_where_they_would_be_added():
    photo, roads = layer("photo", True), layer("roads", False)
    scan, wells = layer("scan", True), layer("wells", False)
    assert with_run_only([photo, roads], [wells, scan]) == (photo, scan, roads, wells)
    assert with_run_only([photo, roads], []) == (photo, roads)
