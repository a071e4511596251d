"""Raster references through rasterio (GDAL): GeoTIFF / COG in any CRS, MBTiles, GeoPackage
tiles, georeferenced scans.

``RasterSource.render(box, width, height)`` answers the pixels of a lon/lat box, reprojected
to a lon/lat grid of ``width`` x ``height``: only the part of the file under the box is
read, from the overview (or MBTiles zoom level) whose resolution fits, so a 20,000 x 20,000
image shown whole reads a few hundred kilobytes, not 1.2 GB. The screen is an affine map of
lon/lat (core.viewport), so such a grid is drawn as it is. Each thread gets its own dataset
handles (GDAL handles are not shared between threads); rasterio releases the GIL while GDAL
reads and warps, so a render on the worker thread leaves the window responsive.

``probe(path)`` describes a file (run in the reader child first, see ``io.reference.child``).
"""

from __future__ import annotations

import contextlib
import itertools
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from zoneeditor.core.messages import Message
from zoneeditor.io.plain_errors import plain_reason

#: File endings read as raster references (a .gpkg is one when it holds tiles).
RASTER_SUFFIXES = (".tif", ".tiff", ".gtiff", ".mbtiles", ".jp2", ".vrt", ".png", ".jpg",
                   ".jpeg")


class RasterError(Exception):
    """The raster cannot be used; ``user_message`` says why in words (a Message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.user_message = message


@dataclass(frozen=True)
class RasterInfo:
    """What a raster file is: size, bands, CRS, extent in lon/lat, overviews, attribution."""

    path: str
    driver: str
    width: int
    height: int
    count: int
    dtype: str
    crs: str
    bounds: tuple[float, float, float, float]
    overviews: tuple[int, ...] = ()
    colour: str = "rgb"  # "rgb", "rgba", "grey", "palette"
    nodata: float | None = None
    value_range: tuple[float, float] = (0.0, 255.0)
    attribution: str = ""
    resolution: float = 0.0  # source units per pixel (x), full resolution
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the child's answer)."""
        from dataclasses import asdict

        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RasterInfo:
        """The inverse of ``to_dict``."""
        d = dict(d)
        d["bounds"] = tuple(d["bounds"])
        d["overviews"] = tuple(d.get("overviews") or ())
        d["value_range"] = tuple(d.get("value_range") or (0.0, 255.0))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def _attribution(src: Any) -> str:
    tags = {k.lower(): v for k, v in src.tags().items()}
    for key in ("attribution", "tifftag_copyright", "copyright", "source"):
        if tags.get(key):
            return str(tags[key]).strip()
    return ""


def _colour(src: Any) -> str:
    from rasterio.enums import ColorInterp

    interp = list(src.colorinterp)
    if src.count >= 4 and interp[3] == ColorInterp.alpha:
        return "rgba"
    if src.count >= 3:
        return "rgb"
    if src.count >= 1 and interp[0] == ColorInterp.palette:
        return "palette"
    if src.count == 2 and interp[1] == ColorInterp.alpha:
        return "greya"
    return "grey"


def describe(path: Path) -> RasterInfo:
    """Open ``path`` and describe it (RasterError when GDAL cannot use it as an image)."""
    import rasterio
    from rasterio.errors import RasterioIOError
    from rasterio.warp import transform_bounds

    try:
        src = rasterio.open(path)
    except RasterioIOError as exc:
        raise RasterError(Message("GDAL cannot read it as an image (%1)",
                                  plain_reason(exc, Message("it is not an image file GDAL "
                                                            "knows")))) from exc
    with src:
        if src.crs is None:
            if src.gcps[0]:
                raise RasterError(Message("it has control points but no map transform: "
                                          "georeference it with Tools ▸ Georeference image "
                                          "first"))
            raise RasterError(Message("it has no coordinate system (an image that is not "
                                      "georeferenced): georeference it first"))
        try:
            w, s, e, n = transform_bounds(src.crs, "EPSG:4326", *src.bounds, densify_pts=21)
        except Exception as exc:  # PROJ cannot map it
            raise RasterError(Message("its extent cannot be mapped to longitude/latitude (its "
                                      "coordinate system is one PROJ cannot convert)")) from exc
        if not all(map(math.isfinite, (w, s, e, n))) or e <= w or n <= s:
            raise RasterError(Message("its extent is not a place on Earth"))
        colour = _colour(src)
        lo, hi = 0.0, 255.0
        if src.dtypes[0] != "uint8" and colour in ("grey", "greya", "rgb", "rgba"):
            lo, hi = _value_range(src)
        epsg = src.crs.to_epsg()
        return RasterInfo(
            path=str(path), driver=src.driver, width=src.width, height=src.height,
            count=src.count, dtype=src.dtypes[0],
            crs=f"EPSG:{epsg}" if epsg else src.crs.to_wkt(),
            bounds=(float(w), float(s), float(e), float(n)),
            overviews=tuple(src.overviews(1)), colour=colour, nodata=src.nodata,
            value_range=(lo, hi), attribution=_attribution(src),
            resolution=float(abs(src.transform.a)))


def _value_range(src: Any) -> tuple[float, float]:
    """2nd and 98th percentiles from the smallest overview: a stretch for 16-bit or float
    data (elevation, radar), computed once."""
    ovr = src.overviews(1)
    factor = ovr[-1] if ovr else max(1, max(src.width, src.height) // 512)
    out = (max(1, src.height // factor), max(1, src.width // factor))
    data = src.read(1, out_shape=out, masked=True).astype(float)
    values = data.compressed() if np.ma.isMaskedArray(data) else data.ravel()
    values = values[np.isfinite(values)]
    if not len(values):
        return (0.0, 1.0)
    lo, hi = np.percentile(values, [2, 98])
    return (float(lo), float(hi if hi > lo else lo + 1))


def probe(path: Path) -> dict[str, Any]:
    """Describe ``path`` and read a little of it (the smallest overview, one full-resolution
    block): run in the reader child, so a file that makes GDAL crash is refused there."""
    import rasterio
    from rasterio.windows import Window

    info = describe(path)
    with rasterio.open(path) as src:
        ovr = src.overviews(1)
        factor = ovr[-1] if ovr else max(1, max(src.width, src.height) // 256)
        src.read(1, out_shape=(max(1, src.height // factor), max(1, src.width // factor)))
        bw, bh = src.block_shapes[0][1], src.block_shapes[0][0]
        col = max(0, src.width // 2 - bw // 2)
        row = max(0, src.height // 2 - bh // 2)
        src.read(1, window=Window(col, row, min(bw, src.width), min(bh, src.height)))
    return info.to_dict()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


_SERIALS = itertools.count(1)


class RasterSource:
    """A raster reference ready to draw: ``render`` any lon/lat box at any size.

    ``serial`` is unique for the process's lifetime (tile caches key on it: an object id
    could be reused by a later source)."""

    def __init__(self, info: RasterInfo) -> None:
        self.info = info
        self.serial = next(_SERIALS)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Any] = []

    @classmethod
    def open(cls, path: Path) -> RasterSource:
        """Describe and prepare ``path`` in this process (trusted files, tests)."""
        try:
            return cls(describe(Path(path)))
        except RasterError as exc:
            from zoneeditor.core.errors import ReadError

            raise ReadError(str(path), exc.user_message) from exc

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """Lon/lat box of the image."""
        return self.info.bounds

    # -- datasets per thread and overview ----------------------------------------------------
    def _dataset(self, level: int | None) -> Any:
        import rasterio

        handles = getattr(self._local, "handles", None)
        if handles is None:
            handles = self._local.handles = {}
        ds = handles.get(level)
        if ds is None:
            kwargs = {} if level is None else {"overview_level": level}
            ds = rasterio.open(self.info.path, **kwargs)
            handles[level] = ds
            with self._lock:
                self._all.append(ds)
        return ds

    def _level_for(self, box: tuple[float, float, float, float], width: int) -> int | None:
        """The coarsest overview still at least as fine as the output (None: full res)."""
        if not self.info.overviews:
            return None
        from rasterio.warp import transform

        w, s, e, n = box
        cy = (s + n) / 2
        step = (e - w) / max(1, width)
        xs, ys = transform("EPSG:4326", self.info.crs, [w + (e - w) / 2, w + (e - w) / 2 + step],
                           [cy, cy])
        needed = math.hypot(xs[1] - xs[0], ys[1] - ys[0])
        if not math.isfinite(needed) or needed <= 0:
            return None
        best = None
        for i, factor in enumerate(self.info.overviews):
            if self.info.resolution * factor <= needed * 1.01:
                best = i
        return best

    # -- pixels ------------------------------------------------------------------------------
    def render(self, box: tuple[float, float, float, float], width: int, height: int,
               resampling: str = "bilinear") -> np.ndarray | None:
        """RGBA pixels (height, width, 4, uint8, straight alpha) of the lon/lat ``box``
        (west, south, east, north) on a regular lon/lat grid; None when the box misses
        the image."""
        from affine import Affine
        from rasterio.enums import Resampling
        from rasterio.warp import reproject

        w, s, e, n = box
        bw, bs, be, bn = self.info.bounds
        if e <= bw or w >= be or n <= bs or s >= bn or width < 1 or height < 1:
            return None
        level = self._level_for(box, width)
        src = self._dataset(level)
        info = self.info
        colour = info.colour
        bands = {"rgba": [1, 2, 3], "rgb": [1, 2, 3], "greya": [1]}.get(colour, [1])
        src_alpha = 4 if colour == "rgba" else (2 if colour == "greya" else 0)
        if src_alpha:
            bands = [*bands, src_alpha]
        if info.dtype == "uint8":
            dtype: Any = np.uint8
        else:
            dtype = np.uint16 if colour == "palette" else np.float32
        dst = np.zeros((len(bands) + (0 if src_alpha else 1), height, width), dtype=dtype)
        method = getattr(Resampling, resampling)
        if colour == "palette":
            method = Resampling.nearest  # palette indices cannot be averaged
        reproject(
            source=_bands(src, bands), destination=dst,
            dst_transform=Affine((e - w) / width, 0.0, w, 0.0, -(n - s) / height, n),
            dst_crs="EPSG:4326",
            src_nodata=info.nodata, src_alpha=len(bands) if src_alpha else 0,
            dst_alpha=dst.shape[0], resampling=method, init_dest_nodata=False,
        )
        alpha = dst[-1] if dtype is np.uint8 else np.where(dst[-1] > 0, 255, 0).astype(np.uint8)
        rgb = self._colours(dst[:-1])
        out = np.empty((height, width, 4), dtype=np.uint8)
        out[..., :3] = rgb
        out[..., 3] = alpha
        return out

    def _colours(self, data: np.ndarray) -> np.ndarray:
        """(bands, h, w) as read -> (h, w, 3) uint8 RGB."""
        info = self.info
        if info.colour == "palette":
            lut = self._palette()
            rgb: np.ndarray = lut[data[0].astype(np.int64).clip(0, len(lut) - 1)]
            return rgb
        if data.dtype != np.uint8:
            lo, hi = info.value_range
            data = ((data.astype(np.float32) - lo) * (255.0 / (hi - lo))).clip(0, 255)
            data = data.astype(np.uint8)
        if data.shape[0] >= 3:
            return np.moveaxis(data[:3], 0, -1)
        return np.repeat(data[0][..., None], 3, axis=2)

    def _palette(self) -> np.ndarray:
        lut = getattr(self, "_lut", None)
        if lut is None:
            cmap = self._dataset(None).colormap(1)
            size = max(256, max(cmap) + 1)
            lut = np.zeros((size, 3), dtype=np.uint8)
            for k, rgba in cmap.items():
                lut[k] = rgba[:3]
            self._lut = lut
        return lut

    def close(self) -> None:
        """Close every dataset handle (all threads)."""
        with self._lock:
            for ds in self._all:
                with contextlib.suppress(Exception):  # a finished thread's handle
                    ds.close()
            self._all.clear()
        self._local = threading.local()


def _bands(src: Any, indexes: list[int]) -> Any:
    import rasterio

    return rasterio.band(src, indexes)
