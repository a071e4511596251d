"""Georeferencing maths: fit scan pixels to the ground from control points, and say how well.

Three transforms, as in QGIS's georeferencer and GDAL:

- **affine** (shift, scale, rotation, shear), least squares, 3 points or more: right for a
  clean scan of a map drawn in one projection;
- **2nd-order polynomial**, least squares, 6 points or more: absorbs a paper that was bent,
  folded or scanned at a slant;
- **thin-plate spline** (TPS), 3 points or more: passes exactly through every point and bends
  smoothly between them, for old or hand-drawn annex maps; its residuals are zero by
  construction, so each point's *leave-one-out* error (the transform fitted without it) is
  given too — a misplaced point shows there.

The fit is made in the coordinate system the map is drawn in (``crs``: a UTM sheet is affine
in UTM metres, not in degrees); '' picks the UTM zone of the control points. Both directions
are fitted separately (pixel → map for drawing the scan's corners and the residuals, map →
pixel for resampling), as GDAL does. Residuals are geodesic distances on WGS84 in metres
between where the fit puts each control pixel and where the user said it is.

>>> from zoneeditor.core.reference import ControlPoint
>>> pts = [ControlPoint("a", 0, 0, 36.0, 36.0), ControlPoint("b", 1000, 0, 36.1, 36.0),
...        ControlPoint("c", 0, 1000, 36.0, 35.9), ControlPoint("d", 1000, 1000, 36.1, 35.9)]
>>> result = fit(pts, "affine", "EPSG:4326")
>>> [round(v, 6) for v in result.to_lonlat(500, 500)], round(result.rms_m, 6)
([36.05, 35.95], 0.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.geodesy import geod
from zoneeditor.core.messages import Message
from zoneeditor.core.reference import ControlPoint, GeorefMethod

if TYPE_CHECKING:
    import pyproj

#: The fit's refusal when the points cannot fix a transform (a Message: the window shows it
#: translated, gui.tool_messages).
_SPREAD = Message("the control points lie on one line (or repeat): spread them over the map")
#: Fewest enabled control points each method needs.
MIN_POINTS = {GeorefMethod.AFFINE: 3, GeorefMethod.POLYNOMIAL2: 6, GeorefMethod.TPS: 3}



class GeorefError(ZoneEditorError):
    """The control points cannot give the asked transform (too few, all on one line...)."""


def utm_crs(lon: float, lat: float) -> str:
    """The UTM zone of a place as "EPSG:326NN" (north) or "EPSG:327NN" (south)."""
    zone = int((lon + 180) // 6) % 60 + 1
    return f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}"


@lru_cache(maxsize=16)
def _transformers(crs: str) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    import pyproj  # on first use: the reference layers' start-up never fits (core.geodesy)

    target = pyproj.CRS.from_user_input(crs)
    to_map = pyproj.Transformer.from_crs("EPSG:4326", target, always_xy=True)
    to_wgs = pyproj.Transformer.from_crs(target, "EPSG:4326", always_xy=True)
    return to_map, to_wgs


# -- the three models ----------------------------------------------------------------------------
class _Model:
    """Maps (n, 2) arrays of (u, v) to (n, 2) arrays; fitted on normalised coordinates."""

    def __init__(self, src: np.ndarray, dst: np.ndarray) -> None:
        self.centre = src.mean(axis=0)
        spread = np.abs(src - self.centre).max()
        self.scale = float(spread) if spread > 0 else 1.0
        self._fit(self._norm(src), dst)

    def _norm(self, uv: np.ndarray) -> np.ndarray:
        normed: np.ndarray = (np.asarray(uv, dtype=float) - self.centre) / self.scale
        return normed

    def __call__(self, uv: np.ndarray) -> np.ndarray:
        return self._eval(self._norm(np.atleast_2d(uv)))

    def _fit(self, s: np.ndarray, dst: np.ndarray) -> None:
        raise NotImplementedError

    def _eval(self, s: np.ndarray) -> np.ndarray:
        raise NotImplementedError


class _Polynomial(_Model):
    def __init__(self, src: np.ndarray, dst: np.ndarray, order: int) -> None:
        self.order = order
        super().__init__(src, dst)

    def _terms(self, s: np.ndarray) -> np.ndarray:
        u, v = s[:, 0], s[:, 1]
        cols = [np.ones_like(u), u, v]
        if self.order == 2:
            cols += [u * u, u * v, v * v]
        return np.column_stack(cols)

    def _fit(self, s: np.ndarray, dst: np.ndarray) -> None:
        a = self._terms(s)
        coef, _res, rank, _sv = np.linalg.lstsq(a, dst, rcond=None)
        if rank < a.shape[1]:
            raise GeorefError(_SPREAD)
        self.coef = coef

    def _eval(self, s: np.ndarray) -> np.ndarray:
        mapped: np.ndarray = self._terms(s) @ self.coef
        return mapped


class _ThinPlateSpline(_Model):
    def _fit(self, s: np.ndarray, dst: np.ndarray) -> None:
        n = len(s)
        k = _tps_kernel(s, s)
        p = np.column_stack([np.ones(n), s])
        a = np.zeros((n + 3, n + 3))
        a[:n, :n] = k
        a[:n, n:] = p
        a[n:, :n] = p.T
        b = np.zeros((n + 3, 2))
        b[:n] = dst
        try:
            sol = np.linalg.solve(a, b)
        except np.linalg.LinAlgError:
            raise GeorefError(_SPREAD) from None
        if not np.isfinite(sol).all() or np.linalg.cond(a) > 1e14:
            raise GeorefError(_SPREAD)
        self.nodes, self.w, self.a = s, sol[:n], sol[n:]

    def _eval(self, s: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.column_stack([np.ones(len(s)), s]) @ self.a
        for start in range(0, len(s), 65536):  # bounded memory for a whole output grid
            chunk = s[start:start + 65536]
            out[start:start + 65536] += _tps_kernel(chunk, self.nodes) @ self.w
        return out


def _tps_kernel(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    r2 = ((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        k = 0.5 * r2 * np.log(r2)  # r² log r
    return np.where(r2 > 0, k, 0.0)


def _model(method: GeorefMethod, src: np.ndarray, dst: np.ndarray) -> _Model:
    if method == GeorefMethod.TPS:
        return _ThinPlateSpline(src, dst)
    return _Polynomial(src, dst, 2 if method == GeorefMethod.POLYNOMIAL2 else 1)


# -- fitting -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PointResidual:
    """How far the fit puts one control point from where the user placed it, in metres.

    ``leave_one_out_m``: the same with the transform fitted without this point (None when
    too few points remain); a large value marks a point that disagrees with the others.
    """

    point_id: str
    residual_m: float
    leave_one_out_m: float | None


@dataclass(frozen=True, eq=False)
class GeorefFit:
    """A fitted transform between scan pixels and the map, and its quality."""

    method: GeorefMethod
    crs: str
    forward: _Model   # pixel (col, row) -> map x, y in ``crs``
    inverse: _Model   # map x, y in ``crs`` -> pixel
    residuals: tuple[PointResidual, ...]
    rms_m: float

    def to_map(self, px: np.ndarray) -> np.ndarray:
        """Map coordinates in ``crs`` of (n, 2) pixel positions."""
        return self.forward(np.asarray(px, dtype=float))

    def to_pixel(self, xy: np.ndarray) -> np.ndarray:
        """Pixel positions of (n, 2) map coordinates in ``crs``."""
        return self.inverse(np.asarray(xy, dtype=float))

    def to_lonlat(self, px: float, py: float) -> tuple[float, float]:
        """Lon/lat of one scan pixel position."""
        x, y = self.to_map(np.array([[px, py]]))[0]
        lon, lat = _transformers(self.crs)[1].transform(x, y)
        return float(lon), float(lat)

    def pixel_of(self, lon: float, lat: float) -> tuple[float, float]:
        """Scan pixel position of a lon/lat (to show a map click on the scan)."""
        x, y = _transformers(self.crs)[0].transform(lon, lat)
        px, py = self.to_pixel(np.array([[x, y]]))[0]
        return float(px), float(py)

    @property
    def affine(self) -> tuple[float, float, float, float, float, float] | None:
        """GDAL geotransform (x0, dx/dcol, dx/drow, y0, dy/dcol, dy/drow) of an affine fit,
        None for the others."""
        if self.method != GeorefMethod.AFFINE:
            return None
        c = self.forward(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]]))
        return (float(c[0, 0]), float(c[1, 0] - c[0, 0]), float(c[2, 0] - c[0, 0]),
                float(c[0, 1]), float(c[1, 1] - c[0, 1]), float(c[2, 1] - c[0, 1]))


def _errors_m(model: _Model, px: np.ndarray, lonlat: np.ndarray, crs: str) -> np.ndarray:
    xy = model(px)
    lon, lat = _transformers(crs)[1].transform(xy[:, 0], xy[:, 1])
    _az, _baz, dist = geod().inv(np.asarray(lon), np.asarray(lat), lonlat[:, 0], lonlat[:, 1])
    return np.asarray(dist, dtype=float)


def fit(points: Sequence[ControlPoint], method: str | GeorefMethod, crs: str = "") -> GeorefFit:
    """Fit ``method`` to the enabled ``points`` in ``crs`` ('' = their UTM zone).

    Raises GeorefError when there are too few points or they cannot fix the transform.
    """
    method = GeorefMethod(method)
    used = [p for p in points if p.enabled]
    need = MIN_POINTS[method]
    if len(used) < need:
        raise GeorefError(Message(
            "an affine transform needs at least %1 control points (%2 in use)"
            if method == GeorefMethod.AFFINE else
            "a 2nd-order polynomial needs at least %1 control points (%2 in use)"
            if method == GeorefMethod.POLYNOMIAL2 else
            "a thin-plate spline needs at least %1 control points (%2 in use)",
            need, len(used)))
    lonlat = np.array([[p.lon, p.lat] for p in used], dtype=float)
    if not crs:
        crs = utm_crs(float(lonlat[:, 0].mean()), float(lonlat[:, 1].mean()))
    from pyproj.exceptions import CRSError

    try:
        to_map = _transformers(crs)[0]
    except CRSError as exc:
        raise GeorefError(Message("%1 is not a coordinate system PROJ knows (%2)", repr(crs),
                                  exc)) from None
    px = np.array([[p.px, p.py] for p in used], dtype=float)
    mx, my = to_map.transform(lonlat[:, 0], lonlat[:, 1])
    xy = np.column_stack([mx, my])
    if not np.isfinite(xy).all():
        raise GeorefError(Message("some control points lie outside what %1 can show", crs))
    forward = _model(method, px, xy)
    inverse = _model(method, xy, px)
    errors = _errors_m(forward, px, lonlat, crs)
    loo: list[float | None] = []
    for i in range(len(used)):
        keep = np.arange(len(used)) != i
        if keep.sum() < need:
            loo.append(None)
            continue
        try:
            m = _model(method, px[keep], xy[keep])
        except GeorefError:
            loo.append(None)
            continue
        loo.append(float(_errors_m(m, px[i:i + 1], lonlat[i:i + 1], crs)[0]))
    residuals = tuple(PointResidual(p.id, float(e), o)
                      for p, e, o in zip(used, errors, loo, strict=True))
    rms = float(np.sqrt(np.mean(errors ** 2)))
    return GeorefFit(method, crs, forward, inverse, residuals, rms)
