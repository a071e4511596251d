"""View maths of the map: lon/lat <-> screen pixels, zoom at a point, fit, scale 1:N.

Storage is WGS84 lon/lat; the display projection is an equirectangular projection whose
x axis is scaled by ``cos(ref_lat)``. ``ref_lat`` is the latitude of the view centre when the
view was last fitted or re-centred; it stays fixed while panning so a pan is a pure
translation of pixels (which lets the canvas reuse a cached image of the basemap while the
user drags). At the latitudes of the Levant this shows shapes within a fraction of a percent
of their true proportions near the centre of the view, which is what a negotiator compares.

No Qt here: the canvas, the print layout and the tests all use the same numbers.

>>> v = Viewport.fit((35.0, 32.0, 42.0, 37.5), 800, 600)
>>> round(v.cx, 3), round(v.cy, 3)
(38.5, 34.75)
>>> x, y = v.to_screen(38.5, 34.75)
>>> (round(x), round(y))
(400, 300)
>>> lon, lat = v.to_map(*v.to_screen(36.7, 35.1))
>>> round(lon, 9), round(lat, 9)
(36.7, 35.1)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from zoneeditor.core.geodesy import distance_km

#: Size of a screen pixel in metres at 96 dpi (what the OS reports for a "logical" pixel).
PIXEL_METRES_96DPI = 0.0254 / 96

#: Zoom limits in pixels per degree of latitude: a whole world at 1 px/degree, down to
#: about 2 mm per pixel.
MIN_PPD = 0.5
MAX_PPD = 5.0e7

#: Latitudes beyond this are not shown (equirectangular needs cos(lat) > 0).
MAX_LAT = 85.0


@dataclass(frozen=True)
class Viewport:
    """What part of the map a widget or page shows, and how big.

    ``cx``/``cy``: lon/lat at the centre of the widget; ``ppd``: pixels per degree of latitude
    (the zoom); ``width``/``height``: size in pixels; ``ref_lat``: latitude whose cosine
    scales the x axis (see the module docstring). Immutable: every operation returns a new
    viewport, so a renderer can never see one half-updated.
    """

    cx: float
    cy: float
    ppd: float
    width: int
    height: int
    ref_lat: float = 0.0
    dpi: float = 96.0

    # -- projection ---------------------------------------------------------------------------
    @property
    def kx(self) -> float:
        """Horizontal squeeze: cos of the reference latitude (1 at the equator)."""
        return math.cos(math.radians(max(-MAX_LAT, min(MAX_LAT, self.ref_lat))))

    @property
    def ppd_x(self) -> float:
        """Pixels per degree of longitude."""
        return self.ppd * self.kx

    def to_screen(self, lon: float, lat: float) -> tuple[float, float]:
        """Screen pixel (x right, y down) of a lon/lat position."""
        return (
            self.width / 2.0 + (lon - self.cx) * self.ppd_x,
            self.height / 2.0 - (lat - self.cy) * self.ppd,
        )

    def to_map(self, x: float, y: float) -> tuple[float, float]:
        """Lon/lat of a screen pixel."""
        return (
            self.cx + (x - self.width / 2.0) / self.ppd_x,
            self.cy - (y - self.height / 2.0) / self.ppd,
        )

    def affine(self) -> tuple[float, float, float, float]:
        """``(sx, tx, sy, ty)`` with screen x = sx*lon + tx and screen y = sy*lat + ty.

        The renderer turns this into a QTransform so paths built once in degrees are drawn at
        any zoom without being rebuilt.
        """
        sx = self.ppd_x
        sy = -self.ppd
        return sx, self.width / 2.0 - self.cx * sx, sy, self.height / 2.0 - self.cy * sy

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(minx, miny, maxx, maxy) in degrees of the visible area."""
        x0, y1 = self.to_map(0, 0)
        x1, y0 = self.to_map(self.width, self.height)
        return (x0, y0, x1, y1)

    # -- measures -----------------------------------------------------------------------------
    def pixel_degrees(self, pixels: float = 1.0) -> float:
        """``pixels`` screen pixels as degrees of latitude (the smaller of the two axes).

        Used as pick tolerance and as the simplification tolerance: a tolerance measured in
        degrees of latitude is never more than ``pixels`` on screen in either direction.
        """
        return pixels / self.ppd

    def metres_per_pixel(self) -> float:
        """Ground metres covered by one horizontal pixel at the centre, geodesically."""
        span = 100.0  # measure over 100 px: one pixel is too short for float noise
        lon0, lat = self.to_map(self.width / 2.0 - span / 2.0, self.height / 2.0)
        lon1, _ = self.to_map(self.width / 2.0 + span / 2.0, self.height / 2.0)
        lat = max(-MAX_LAT, min(MAX_LAT, lat))
        return distance_km(lon0, lat, lon1, lat) * 1000.0 / span

    def scale_denominator(self) -> float:
        """N of the map scale 1:N at the view centre, for a screen of ``dpi`` dots per inch."""
        return self.metres_per_pixel() / (0.0254 / self.dpi)

    # -- changing the view --------------------------------------------------------------------
    def resized(self, width: int, height: int) -> Viewport:
        """Same centre and zoom in a widget of another size."""
        return replace(self, width=max(1, int(width)), height=max(1, int(height)))

    def panned(self, dx: float, dy: float) -> Viewport:
        """The view after dragging the map by (dx, dy) pixels (the map follows the cursor)."""
        cy = max(-MAX_LAT, min(MAX_LAT, self.cy + dy / self.ppd))
        return replace(self, cx=self.cx - dx / self.ppd_x, cy=cy)

    def zoomed(self, factor: float, at: tuple[float, float] | None = None) -> Viewport:
        """Zoom by ``factor`` (>1 zooms in) keeping the map point under pixel ``at`` fixed."""
        ppd = max(MIN_PPD, min(MAX_PPD, self.ppd * factor))
        if at is None:
            return replace(self, ppd=ppd)
        lon, lat = self.to_map(*at)
        moved = replace(self, ppd=ppd)
        # Shift the centre so (lon, lat) lands back under the cursor.
        nx, ny = moved.to_screen(lon, lat)
        return moved.panned(at[0] - nx, at[1] - ny)

    def centred_on(self, lon: float, lat: float) -> Viewport:
        """The same zoom centred on (lon, lat)."""
        return replace(self, cx=lon, cy=max(-MAX_LAT, min(MAX_LAT, lat)))

    def with_ref_lat(self, ref_lat: float | None = None) -> Viewport:
        """The view re-projected for ``ref_lat`` (default: the current centre latitude)."""
        return replace(self, ref_lat=self.cy if ref_lat is None else ref_lat)

    def with_scale(self, denominator: float) -> Viewport:
        """The same centre shown at map scale 1:``denominator``."""
        view = self
        for _ in range(3):  # N is not exactly linear in ppd (geodesic): refine
            view = view.zoomed(view.scale_denominator() / max(1.0, denominator))
        return view

    @classmethod
    def fit(
        cls,
        bounds: tuple[float, float, float, float],
        width: int,
        height: int,
        margin: float = 0.05,
        dpi: float = 96.0,
    ) -> Viewport:
        """The view showing ``bounds`` whole in a ``width`` x ``height`` widget.

        ``margin`` is the fraction of the widget left free on each side. A point or an empty
        extent gets a sensible zoom (about 10 km across) instead of an infinite one.
        """
        minx, miny, maxx, maxy = bounds
        width, height = max(1, int(width)), max(1, int(height))
        cx, cy = (minx + maxx) / 2.0, (miny + maxy) / 2.0
        cy = max(-MAX_LAT, min(MAX_LAT, cy))
        kx = math.cos(math.radians(cy))
        usable_w = width * (1 - 2 * margin)
        usable_h = height * (1 - 2 * margin)
        dx = max((maxx - minx) * kx, 1e-9)
        dy = max(maxy - miny, 1e-9)
        ppd = min(usable_w / dx, usable_h / dy)
        if maxx - minx < 1e-7 and maxy - miny < 1e-7:
            ppd = height / 0.1  # a single point: show ~0.1 degree
        ppd = max(MIN_PPD, min(MAX_PPD, ppd))
        return cls(cx, cy, ppd, width, height, ref_lat=cy, dpi=dpi)


def zoom_bucket(ppd: float) -> int:
    """Integer zoom level: ``floor(log2(ppd))``; each bucket is a factor of 2 in zoom.

    Level-of-detail caches key on it, so a simplification is reused for every zoom within
    a factor of two.
    """
    return math.floor(math.log2(max(ppd, 1e-9)))


def bucket_tolerance(bucket: int) -> float:
    """Simplification tolerance in degrees for a zoom bucket: at most one pixel on screen."""
    # ppd lies in [2^b, 2^(b+1)): half of 1/2^b degrees is between 0.5 and 1 pixel.
    return 2.0 ** -(bucket + 1)
