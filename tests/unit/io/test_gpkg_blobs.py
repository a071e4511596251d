"""GeoPackage geometry blobs decoded a layer at once agree with decoding one by one."""

from __future__ import annotations

import sqlite3
import struct

import numpy as np
import pytest
import shapely

from zoneeditor.io.gpkg_blobs import decode_gpkg_blobs, wkb_of
from zoneeditor.io.project_file import gpkg_geometry, read_project_here


def _blob(geom: shapely.Geometry, envelope: int) -> bytes:
    sizes = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
    header = b"GP\x00" + bytes([1 | (envelope << 1)]) + struct.pack("<i", 4326)
    return header + struct.pack(f"<{sizes[envelope]}d", *range(sizes[envelope])) + \
        shapely.to_wkb(geom)


def test_every_envelope_kind_and_null():
    geoms = [shapely.box(36, 35, 37, 36), shapely.LineString([(0, 0), (1, 1)]),
             shapely.Point(1, 2), shapely.MultiPolygon([shapely.box(0, 0, 1, 1)]),
             shapely.Point(3, 4)]
    blobs = [_blob(g, e) for g, e in zip(geoms, range(5), strict=True)] + [None]
    out = decode_gpkg_blobs(blobs)
    assert list(out[:5]) == geoms and out[5] is None
    assert [gpkg_geometry(b) for b in blobs] == [*geoms, None]
    assert decode_gpkg_blobs([]).size == 0


@pytest.mark.parametrize("blob", [b"XX\x00\x01" + b"\x00" * 30, b"GP", "text",
                                  b"GP\x00" + bytes([5 << 1]) + b"\x00" * 40])
def test_what_is_not_a_geopackage_geometry_is_refused(blob):
    with pytest.raises(ValueError, match=r"GeoPackage geometry|damaged header"):
        decode_gpkg_blobs([_blob(shapely.Point(0, 0), 0), blob])
    with pytest.raises(ValueError):
        wkb_of(blob)


def test_the_sample_reads_the_same_as_blob_by_blob(sample_copy):
    project = read_project_here(sample_copy)
    con = sqlite3.connect(sample_copy)
    for version in project.versions.values():
        slug = con.execute("SELECT slug FROM zoneeditor_versions WHERE name=?",
                           (version.name,)).fetchone()[0]
        for layer in ("zones", "lines", "points"):
            for zid, blob in con.execute(f'SELECT zid, geom FROM "{layer}__{slug}"'):
                one = gpkg_geometry(blob)
                got = version.features[zid].geometry
                assert shapely.equals_exact(got, one, 0) or (one.is_empty and got.is_empty)
                assert np.array_equal(shapely.get_coordinates(got), shapely.get_coordinates(one))
    con.close()
