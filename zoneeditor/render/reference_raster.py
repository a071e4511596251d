"""Raster references on screen: tiles per zoom level, read on a worker thread, cached.

The same scheme as the vector level of detail (``render.lod``): a zoom *level* per factor of
two; what a frame needs and is missing is read on a worker thread (``RasterSource.render``
releases the GIL while GDAL reads and warps), and meanwhile the frame draws the nearest
coarser tile it already has, scaled, so a frame never waits for the disk; ``on_ready`` is
called when tiles arrive and the canvas re-renders. Tiles are squares in lon/lat
(``TILE_PX`` pixels of ``2**-level * TILE_PX`` degrees), so they do not depend on the view's
reference latitude and are reused across pans; the screen is an affine map of lon/lat, so
each tile is one ``drawImage`` with a transform. Memory is bounded (least recently used
tiles are dropped). Unthreaded (print, tests) every tile is read when asked for.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from zoneeditor.core.viewport import Viewport
from zoneeditor.io.reference.raster import RasterSource

#: Pixels a side of a tile.
TILE_PX = 256
#: Tiles kept in memory (256 KB each).
MAX_TILES = 480
#: How many coarser levels are searched for a stand-in of a missing tile.
FALLBACK_LEVELS = 6
#: The worker says "more tiles are here" at most this often (seconds) during a batch.
READY_INTERVAL = 0.12

TileKey = tuple[int, int, int, int]  # source id, level, column, row


def level_for(viewport: Viewport) -> int:
    """Tile level for a view: the nearest power of two of pixels per degree (tiles are shown
    between 0.71x and 1.41x their size)."""
    return math.floor(math.log2(max(viewport.ppd, 1e-6)) + 0.5)


def tile_degrees(level: int) -> float:
    """Side of a tile of ``level`` in degrees."""
    return TILE_PX * 2.0 ** -level


def to_qimage(rgba: np.ndarray) -> QImage:
    """Straight-alpha RGBA pixels as a premultiplied ARGB32 QImage (fast to draw)."""
    h, w = rgba.shape[:2]
    a = rgba[..., 3:4].astype(np.uint16)
    out = np.empty((h, w, 4), dtype=np.uint8)
    # little-endian ARGB32 is B, G, R, A in memory
    out[..., 0] = (rgba[..., 2:3].astype(np.uint16) * a // 255)[..., 0]
    out[..., 1] = (rgba[..., 1:2].astype(np.uint16) * a // 255)[..., 0]
    out[..., 2] = (rgba[..., 0:1].astype(np.uint16) * a // 255)[..., 0]
    out[..., 3] = rgba[..., 3]
    img = QImage(out.data, w, h, w * 4, QImage.Format.Format_ARGB32_Premultiplied)
    return img.copy()  # own the pixels


class RasterTiles:
    """Tile cache and worker shared between frames (one per canvas)."""

    def __init__(self, threaded: bool = True) -> None:
        self._tiles: OrderedDict[TileKey, QImage | None] = OrderedDict()
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(1, "reference-tiles") if threaded else None
        self._wanted: dict[TileKey, tuple[RasterSource, tuple[float, float, float, float]]] = {}
        self._running = False
        self._closed = threading.Event()
        self._held = False
        self.on_ready: Callable[[], None] | None = None

    @property
    def threaded(self) -> bool:
        """True when tiles are read on a worker thread."""
        return self._executor is not None

    # -- queries -----------------------------------------------------------------------------
    def visible_tiles(self, source: RasterSource, viewport: Viewport, level: int
                      ) -> list[tuple[TileKey, tuple[float, float, float, float]]]:
        """Keys and lon/lat boxes of the tiles of ``level`` covering view ∩ image."""
        x0, y0, x1, y1 = viewport.bounds
        w, s, e, n = source.bounds
        x0, y0, x1, y1 = max(x0, w), max(y0, s), min(x1, e), min(y1, n)
        if x0 >= x1 or y0 >= y1:
            return []
        d = tile_degrees(level)
        out = []
        for ty in range(math.floor(y0 / d), math.floor(y1 / d) + 1):
            for tx in range(math.floor(x0 / d), math.floor(x1 / d) + 1):
                out.append(((source.serial, level, tx, ty), (tx * d, ty * d, (tx + 1) * d,
                                                          (ty + 1) * d)))
        return out

    def paint(self, painter: QPainter, viewport: Viewport, source: RasterSource) -> int:
        """Draw ``source`` for ``viewport``: cached tiles, stand-ins for missing ones (which
        are queued, or read now when unthreaded). Returns how many tiles are missing."""
        level = level_for(viewport)
        needed = self.visible_tiles(source, viewport, level)
        missing: list[tuple[TileKey, tuple[float, float, float, float]]] = []
        have: list[tuple[QImage, tuple[float, float, float, float], QRectF | None]] = []
        with self._lock:
            for key, box in needed:
                if key in self._tiles:
                    self._tiles.move_to_end(key)
                    img = self._tiles[key]
                    if img is not None:
                        have.append((img, box, None))
                else:
                    missing.append((key, box))
        if missing and not self.threaded:
            for key, box in missing:
                img = self._read(source, box)
                self._store(key, img)
                if img is not None:
                    have.append((img, box, None))
            missing = []
        stand_ins = [s for key, box in missing if (s := self._stand_in(key, box)) is not None]
        if missing:
            self._want(source, missing)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for img, box, part in stand_ins + have:
            self._draw(painter, viewport, img, box, part)
        painter.restore()
        return len(missing)

    @staticmethod
    def _draw(painter: QPainter, viewport: Viewport, img: QImage,
              box: tuple[float, float, float, float], part: QRectF | None) -> None:
        ax, ay = viewport.to_screen(box[0], box[3])
        bx, by = viewport.to_screen(box[2], box[1])
        # Whole-pixel edges: neighbouring tiles then meet exactly; fractional edges are
        # blended with what lies under them and show as faint seams between tiles.
        ax, ay, bx, by = round(ax), round(ay), round(bx), round(by)
        target = QRectF(ax, ay, bx - ax, by - ay)
        source = part if part is not None else QRectF(0, 0, img.width(), img.height())
        painter.drawImage(target, img, source)

    def _stand_in(self, key: TileKey, box: tuple[float, float, float, float]
                  ) -> tuple[QImage, tuple[float, float, float, float], QRectF] | None:
        """The part of the nearest coarser cached tile that covers ``box``."""
        sid, level, tx, ty = key
        with self._lock:
            for up in range(1, FALLBACK_LEVELS + 1):
                k = 2 ** up
                parent = (sid, level - up, tx // k, ty // k)
                img = self._tiles.get(parent)
                if img is None:
                    continue
                fx, fy = tx % k, ty % k
                size = TILE_PX / k
                # rows run north to south in the image; ty counts south to north
                part = QRectF(fx * size, (k - 1 - fy) * size, size, size)
                return img, box, part
        return None

    # -- reading -----------------------------------------------------------------------------
    @staticmethod
    def _read(source: RasterSource, box: tuple[float, float, float, float]) -> QImage | None:
        try:
            rgba = source.render(box, TILE_PX, TILE_PX)
        except Exception:  # a read error in one tile: leave the tile empty, keep drawing
            return None
        if rgba is None or not rgba[..., 3].any():
            return None
        return to_qimage(rgba)

    def _store(self, key: TileKey, img: QImage | None) -> None:
        with self._lock:
            self._tiles[key] = img
            self._tiles.move_to_end(key)
            while len(self._tiles) > MAX_TILES:
                self._tiles.popitem(last=False)

    def _want(self, source: RasterSource,
              missing: list[tuple[TileKey, tuple[float, float, float, float]]]) -> None:
        with self._lock:
            # only what the latest frame needs: tiles of a view already left are not read
            self._wanted = {key: (source, box) for key, box in missing} | {
                k: v for k, v in self._wanted.items() if k[0] != source.serial}
            start = not self._running and not self._held
            if start:
                self._running = True
        if start:
            assert self._executor is not None
            self._executor.submit(self._work)

    def _work(self) -> None:
        last = time.perf_counter()
        try:
            while not self._closed.is_set():
                with self._lock:
                    if not self._wanted or self._held:
                        break  # done, or a frame is being drawn: it resumes after it
                    key = next(iter(self._wanted))
                    source, box = self._wanted.pop(key)
                    if key in self._tiles:
                        continue
                img = self._read(source, box)
                self._store(key, img)
                now = time.perf_counter()
                if now - last >= READY_INTERVAL:
                    last = now
                    self._ready()
        finally:
            with self._lock:
                self._running = False
                again = bool(self._wanted) and not self._closed.is_set() and not self._held
                if again:
                    self._running = True
            if again and self._executor is not None:
                self._executor.submit(self._work)
            self._ready()

    def _ready(self) -> None:
        callback = self.on_ready
        if callback is not None and not self._closed.is_set():
            callback()

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold the worker while a frame is drawn (it would compete for the CPU)."""
        if self._held:
            yield
            return
        self._held = True
        try:
            yield
        finally:
            self._held = False
            with self._lock:
                start = bool(self._wanted) and not self._running and self._executor is not None
                if start:
                    self._running = True
            if start:
                assert self._executor is not None
                self._executor.submit(self._work)

    def wait(self, timeout: float = 60.0) -> None:
        """Block until no tile is wanted or being read (tests, benchmarks)."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            with self._lock:
                if not self._wanted and not self._running:
                    return
            time.sleep(0.005)

    def retain(self, sources: list[RasterSource]) -> None:
        """Drop the tiles of every source not in ``sources`` (references removed)."""
        live = {s.serial for s in sources}
        with self._lock:
            for key in [k for k in self._tiles if k[0] not in live]:
                del self._tiles[key]
            self._wanted = {k: v for k, v in self._wanted.items() if k[0] in live}

    def close(self) -> None:
        """Stop the worker (what it is reading is finished and dropped)."""
        self._closed.set()
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def paint_whole(painter: QPainter, viewport: Viewport, source: RasterSource,
                max_side: int = 6000) -> None:
    """Draw ``source`` for ``viewport`` as one image read at the view's resolution (print:
    one picture per reference in the PDF, not hundreds of tiles)."""
    x0, y0, x1, y1 = viewport.bounds
    w, s, e, n = source.bounds
    box = (max(x0, w), max(y0, s), min(x1, e), min(y1, n))
    if box[0] >= box[2] or box[1] >= box[3]:
        return
    ax, ay = viewport.to_screen(box[0], box[3])
    bx, by = viewport.to_screen(box[2], box[1])
    pw, ph = max(1, math.ceil(bx - ax)), max(1, math.ceil(by - ay))
    shrink = min(1.0, max_side / max(pw, ph))
    rgba = source.render(box, max(1, int(pw * shrink)), max(1, int(ph * shrink)))
    if rgba is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(QRectF(ax, ay, bx - ax, by - ay), to_qimage(rgba))
    painter.restore()
