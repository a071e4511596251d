"""Level of detail: geometries simplified to about one pixel per zoom level, as Qt paths.

Drawing the Natural Earth 10 m world (550,000 vertices) at full detail takes far longer
than a frame; at world extent one pixel is ~0.2 degrees and 12,000 vertices look the same.
``LodCache`` keeps, per geometry and per zoom bucket (a factor of two in zoom, see
``core.viewport.zoom_bucket``), a QPainterPath of the geometry simplified with a tolerance
of one pixel. Missing paths are computed on a worker thread; until they arrive the painter
uses the nearest bucket it already has, so a frame never waits for simplification; a large
project geometry never seen before is left out of the frame until the worker has it (one
made by an edit of a large geometry is drawn with the paths of the geometry it was edited
from meanwhile: ``geompatch.origin_of``). The
basemap (``pin``) is never left out: unseen, it is computed at once; the window's loader
thread warms it before the first frame.

Geometries are immutable, so the cache keys on the geometry object itself: an edit makes a
new geometry and the old entry is dropped by ``retain``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np
import shapely
from PySide6.QtGui import QPainterPath
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.viewport import bucket_tolerance
from zoneeditor.render.qpath import path_from_geometry

#: Geometries with at most this many vertices are never simplified (one path for all zooms).
SMALL = 256
#: Missing work up to this many vertices is done at once rather than on the worker.
SYNC_VERTICES = 60_000
#: Buckets at or above this one use full detail (one pixel is under a metre).
FULL_DETAIL_BUCKET = 17

_FULL = 10_000  # pseudo-bucket of full-detail paths


def _simplified_paths(
    geoms: Sequence[BaseGeometry], bucket: int, cancelled: Callable[[], bool] | None = None
) -> list[QPainterPath] | None:
    """Paths of ``geoms`` simplified for ``bucket`` (runs on any thread); None when
    ``cancelled()`` turned true meanwhile (the cache was closed)."""
    out: list[QPainterPath] = []
    step = 64 if cancelled is not None else max(1, len(geoms))
    for start in range(0, len(geoms), step):  # in chunks: a closed cache stops soon
        if cancelled is not None and cancelled():
            return None
        chunk: Sequence[BaseGeometry] | np.ndarray = list(geoms[start:start + step])
        if bucket != _FULL:
            # Douglas-Peucker without topology repair: a sliver that collapses is below a
            # pixel anyway, and it is 15x faster than the topology-preserving variant.
            chunk = shapely.simplify(np.array(chunk, dtype=object), bucket_tolerance(bucket),
                                     preserve_topology=False)
        out.extend(path_from_geometry(g) for g in chunk)
    return out


class LodCache:
    """Per-geometry, per-zoom-bucket simplified paths, computed on a worker thread.

    ``on_ready`` (settable) is called from the worker thread when new paths are available;
    the canvas turns it into a queued Qt signal and repaints. With ``threaded=False``
    (printing, tests) every path is computed when asked for.
    """

    def __init__(self, threaded: bool = True) -> None:
        self._paths: dict[int, dict[int, tuple[BaseGeometry, QPainterPath]]] = {}
        self._lock = threading.Lock()
        self._pending: dict[int, Future] = {}
        self._executor = ThreadPoolExecutor(1, "lod") if threaded else None
        self._closed = threading.Event()
        self.on_ready: Callable[[], None] | None = None
        self._pinned: set[int] = set()
        self._pinned_refs: list[BaseGeometry] = []
        self._held: list[tuple[list[BaseGeometry], int]] | None = None

    # -- queries -------------------------------------------------------------------------------
    def paths(self, geoms: Sequence[BaseGeometry], bucket: int) -> list[QPainterPath | None]:
        """Paths for ``geoms`` at zoom ``bucket`` (None where nothing can be drawn yet).

        Small geometries and missing work under ``SYNC_VERTICES`` are done now; larger work
        goes to the worker, and meanwhile the nearest bucket already cached is returned (or
        None when there is none). Unthreaded caches always compute at once.
        """
        bucket = min(bucket, FULL_DETAIL_BUCKET)
        out: list[QPainterPath | None] = [None] * len(geoms)
        missing: list[int] = []
        counts: Sequence[int] | np.ndarray = \
            shapely.get_num_coordinates(np.array(geoms, dtype=object)) if len(geoms) else []
        full = [bucket >= FULL_DETAIL_BUCKET or n <= SMALL for n in counts]
        with self._lock:
            for i, g in enumerate(geoms):
                hit = self._paths.get(_FULL if full[i] else bucket, {}).get(id(g))
                if hit is not None and hit[0] is g:
                    out[i] = hit[1]
                else:
                    missing.append(i)
        if not missing:
            return out
        small = [i for i in missing if full[i]]
        big = [i for i in missing if not full[i]]
        if small:
            self._compute_now([geoms[i] for i in small], _FULL, out, small)
        if big:
            work = int(sum(counts[i] for i in big))
            if self._executor is None or work <= SYNC_VERTICES:
                self._compute_now([geoms[i] for i in big], bucket, out, big)
            else:
                fallback = self._nearest([geoms[i] for i in big], bucket)
                # An edited large geometry: until its paths arrive, the shape it was edited
                # from stands in (a vertex off for a moment), instead of the zone vanishing.
                for k, i in enumerate(big):
                    if fallback[k] is None:
                        before = gp.origin_of(geoms[i])
                        if before is not None:
                            fallback[k] = self._nearest([before], bucket)[0]
                # Geometries never seen before have no stand-in: they are left out of this
                # frame (None) and appear when the worker delivers, instead of freezing the
                # window. (A numpy decimation as stand-in was tried: slower, by its per-ring
                # Python loop.)
                unseen = [i for i, p in zip(big, fallback, strict=True)
                          if p is None and id(geoms[i]) in self._pinned]
                if unseen:  # the basemap is never left out: compute it now
                    self._compute_now([geoms[i] for i in unseen], bucket, out, unseen)
                for i, p in zip(big, fallback, strict=True):
                    if out[i] is None:
                        out[i] = p
                self._submit([geoms[i] for i in big], bucket)
        return out

    def cached(self, geoms: Sequence[BaseGeometry], bucket: int) -> list[QPainterPath | None]:
        """The paths already computed for ``geoms`` at exactly ``bucket`` (None where there is
        none); never computes or schedules anything."""
        bucket = min(bucket, FULL_DETAIL_BUCKET)
        with self._lock:
            slot = self._paths.get(bucket, {})
            out: list[QPainterPath | None] = []
            for g in geoms:
                hit = slot.get(id(g))
                out.append(hit[1] if hit is not None and hit[0] is g else None)
        return out

    def _nearest(self, geoms: list[BaseGeometry], bucket: int) -> list[QPainterPath | None]:
        with self._lock:
            have = sorted(self._paths, key=lambda b: abs(b - bucket))
            result: list[QPainterPath | None] = []
            for g in geoms:
                found = None
                for b in have:
                    hit = self._paths[b].get(id(g))
                    if hit is not None and hit[0] is g:
                        found = hit[1]
                        break
                result.append(found)
        return result

    # -- filling -------------------------------------------------------------------------------
    def _store(self, geoms: Sequence[BaseGeometry], bucket: int, paths: list[QPainterPath]) -> None:
        with self._lock:
            slot = self._paths.setdefault(bucket, {})
            for g, p in zip(geoms, paths, strict=True):
                slot[id(g)] = (g, p)

    def _compute_now(self, geoms, bucket, out, indices) -> None:
        paths = _simplified_paths(geoms, bucket)
        assert paths is not None
        self._store(geoms, bucket, paths)
        for i, p in zip(indices, paths, strict=True):
            out[i] = p

    def _submit(self, geoms: list[BaseGeometry], bucket: int) -> None:
        assert self._executor is not None
        if self._held is not None:
            if all(b != bucket for _, b in self._held):
                self._held.append((geoms, bucket))
            return
        with self._lock:
            if bucket in self._pending and not self._pending[bucket].done():
                return  # one job per bucket at a time; the next frame asks again
        future = self._executor.submit(self._work, geoms, bucket)
        with self._lock:
            self._pending[bucket] = future

    def _work(self, geoms: list[BaseGeometry], bucket: int) -> None:
        try:
            paths = _simplified_paths(geoms, bucket, self._closed.is_set)
            if paths is None:
                return
            self._store(geoms, bucket, paths)
        finally:
            callback = self.on_ready
            if callback is not None:
                callback()

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold work for the worker until the block ends (the canvas wraps a frame in it):
        the worker's simplification and path building would otherwise compete with the
        frame for the CPU and the GIL, and the frame is what the user waits for."""
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            if self._executor is not None:
                for geoms, bucket in held:
                    self._submit(geoms, bucket)

    def prefetch(self, geoms: Sequence[BaseGeometry], bucket: int) -> None:
        """Start computing ``bucket`` for ``geoms`` in the background (no-op unthreaded)."""
        if self._executor is not None:
            self._submit(list(geoms), min(bucket, FULL_DETAIL_BUCKET))

    def wait(self) -> None:
        """Block until the worker is idle (tests and benchmarks)."""
        while True:
            with self._lock:
                pending = [f for f in self._pending.values() if not f.done()]
            if not pending:
                return
            for f in pending:
                f.result()

    # -- housekeeping --------------------------------------------------------------------------
    def pin(self, geoms: Sequence[BaseGeometry]) -> None:
        """Keep the paths of ``geoms`` whatever ``retain`` is told (the static basemap)."""
        with self._lock:  # painters pin while the worker reads the set
            self._pinned_refs.extend(geoms)
            # A new set, never one changed in place: readers on another thread see the old
            # set or the new one whole.
            self._pinned = self._pinned | {id(g) for g in geoms}

    def retain(self, live: Sequence[BaseGeometry]) -> None:
        """Forget paths of geometries neither in ``live`` nor pinned (after edits)."""
        keep = {id(g) for g in live} | self._pinned
        # and what a live geometry was edited from, until its own paths are there
        keep |= {id(b) for b in map(gp.origin_of, live) if b is not None}
        with self._lock:
            for slot in self._paths.values():
                for key in [k for k in slot if k not in keep]:
                    del slot[key]

    def close(self) -> None:
        """Stop the worker thread (pending work is dropped)."""
        self._closed.set()  # a job under way stops at its next check
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
