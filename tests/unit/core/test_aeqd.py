"""``core.aeqd``: the azimuthal equidistant frame computed with the geodesic agrees with
PROJ's ``+proj=aeqd`` pipeline on the ellipsoid (what ``geodesy`` used before, #19.3), both
ways, anywhere on Earth, and goes back to the very point it came from."""

from __future__ import annotations

import numpy as np
import pyproj
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core.aeqd import AeqdForward, AeqdInverse
from zoneeditor.core.geodesy import aeqd_transformers, geod

lons = st.floats(-179.0, 179.0)
lats = st.floats(-85.0, 85.0)


def proj_pipeline(lon0: float, lat0: float) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    aeqd = f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +x_0=0 +y_0=0 +ellps=WGS84"
    return (pyproj.Transformer.from_pipeline(
                f"+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step {aeqd}"),
            pyproj.Transformer.from_pipeline(
                f"+proj=pipeline +step +inv {aeqd} +step +proj=unitconvert +xy_in=rad "
                "+xy_out=deg"))


@settings(max_examples=60, deadline=None)
@given(lons, lats, st.lists(st.tuples(st.floats(-8, 8), st.floats(-8, 8)), min_size=1,
                            max_size=20))
def test_it_agrees_with_projs_aeqd_both_ways(lon0, lat0, offsets):
    lon = np.array([lon0 + dx for dx, _ in offsets])
    lat = np.clip(np.array([lat0 + dy for _, dy in offsets]), -89.0, 89.0)
    fwd, inv = proj_pipeline(lon0, lat0)
    ours_fwd, ours_inv = AeqdForward(geod(), lon0, lat0), AeqdInverse(geod(), lon0, lat0)
    x, y = ours_fwd.transform(lon, lat)
    px, py = fwd.transform(lon, lat)
    assert np.abs(x - px).max() < 1e-6 and np.abs(y - py).max() < 1e-6  # metres
    back_lon, back_lat = ours_inv.transform(x, y)
    plon, plat = inv.transform(px, py)
    assert np.abs(back_lat - plat).max() < 1e-9
    assert np.abs((back_lon - plon + 180) % 360 - 180).max() < 1e-9
    assert np.abs((back_lon - lon + 180) % 360 - 180).max() < 1e-9  # the point it came from
    assert np.abs(back_lat - lat).max() < 1e-9


def test_the_centre_is_the_origin_and_scalars_stay_scalars():
    fwd, inv = aeqd_transformers(36.5, 35.2)
    x, y = fwd.transform(36.5, 35.2)
    assert float(x) == 0.0 and float(y) == 0.0
    assert np.ndim(x) == 0
    lon, lat = inv.transform(0.0, 0.0)
    assert (float(lon), float(lat)) == (36.5, 35.2)


def test_a_kilometre_east_is_a_kilometre():
    _, inv = aeqd_transformers(36.0, 35.0)
    lon, lat = inv.transform(1000.0, 0.0)
    _, _, metres = geod().inv(36.0, 35.0, float(lon), float(lat))
    assert abs(metres - 1000.0) < 1e-6
