"""What was read of the reference layers (``gui.reference_state``): each one's data — features
or a raster source — read off the UI thread through the sandboxed reader (``io.reference``),
the one-sentence problem of each that could not be read (a missing file never stops a
project from opening), and the render cache (``render.reference_painter.ReferenceCache``)
the window's map draws that data with, which keeps what it made for the data still known.

Every read, and every copy of a file into the project, runs on a thread of its own (one
``BackgroundJobs`` per request), so adding two files at once never drops one as stale. Reads
started for a project that was closed meanwhile are dropped (``forget_all_but``). The data
is prepared for the render cache on the worker, so the first frame does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from zoneeditor.core.messages import substitute
from zoneeditor.core.reference import ReferenceLayer
from zoneeditor.gui.background import BackgroundJobs, Progress, error_text
from zoneeditor.gui.thread_signal import ThreadSignal
from zoneeditor.io.reference import (
    LoadedReference,
    RasterData,
    VectorData,
    embed,
    load_reference,
    new_reference,
)
from zoneeditor.render.reference_painter import ReferenceCache

#: What reading a new file gives: the layer and its data, or why it cannot be read.
Outcome = tuple[ReferenceLayer, LoadedReference] | BaseException


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceState", text)


class ReferenceData(QObject):
    """The data and problems of the reference layers, the reads and copies under way, and
    the render cache."""

    #: Paths or tiles arrived from the render workers (emitted on the UI thread).
    ready = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        #: The render cache of the window's map (cells, paths and tiles between frames).
        self.cache = ReferenceCache(threaded=True)
        # From the workers: through a ThreadSignal (this object may be deleted meanwhile).
        self._cache_ready = ThreadSignal()
        self._cache_ready.connect(self._on_cache_ready)  # a bound method: ends with self
        self.cache.on_ready = self._cache_ready.emitter()
        self._retained: frozenset[int] = frozenset()
        self._data: dict[str, LoadedReference] = {}
        self._problems: dict[str, str] = {}
        self._loading: set[str] = set()
        self._copying: set[str] = set()
        self._epoch = 0  # grows with every project opened: older loads are dropped
        self._jobs: set[BackgroundJobs] = set()

    def _on_cache_ready(self, _args: tuple) -> None:
        self.ready.emit()  # on the UI thread now

    # -- what was read -------------------------------------------------------------------------
    def get(self, reference_id: str) -> LoadedReference | None:
        """The data of a reference (None while loading, or when it cannot be read)."""
        return self._data.get(reference_id)

    @property
    def loaded(self) -> Mapping[str, LoadedReference]:
        """The data read, by reference id."""
        return self._data

    @property
    def problems(self) -> Mapping[str, str]:
        """Why each reference that could not be read is not shown, by reference id."""
        return self._problems

    def problem_of(self, reference_id: str) -> str:
        """Why a reference is not shown ('' when it is, or is still loading)."""
        return self._problems.get(reference_id, "")

    def is_loading(self, reference_id: str) -> bool:
        """True while a reference's file is being read (or its copy being made)."""
        return reference_id in self._loading or reference_id in self._copying

    def is_copying(self, reference_id: str) -> bool:
        """True while a copy of a reference's file is being made for the project."""
        return reference_id in self._copying

    def bounds(self, reference_id: str) -> tuple[float, float, float, float] | None:
        """Lon/lat box of a loaded reference (to zoom to it), or None."""
        data = self._data.get(reference_id)
        if isinstance(data, RasterData):
            return data.bounds
        if isinstance(data, VectorData):
            return data.features.bounds
        return None

    # -- what is known changes -----------------------------------------------------------------
    def put(self, reference_id: str, data: LoadedReference) -> None:
        """``data`` was read for a reference (a new file, a GeoTIFF written again): any
        earlier problem of it is gone."""
        self._data[reference_id] = data
        self._problems.pop(reference_id, None)

    def forget(self, reference_ids: Iterable[str]) -> None:
        """Read these references again when asked (their file is elsewhere now)."""
        for reference_id in reference_ids:
            self._data.pop(reference_id, None)
            self._problems.pop(reference_id, None)

    def forget_all_but(self, keep: set[str]) -> None:
        """Another project: keep only the references in ``keep`` (shown for this run); the
        reads and copies still under way for the old one are dropped when they end."""
        self._epoch += 1
        self._data = {i: d for i, d in self._data.items() if i in keep}
        self._problems = {i: p for i, p in self._problems.items() if i in keep}
        self._loading.clear()
        self._copying.clear()

    def retain(self) -> None:
        """Let the render cache forget what it made for data no longer known. (Data of a
        removed project reference stays, so an undo brings it back at once; it goes with
        the project.)"""
        present = list(self._data.values())
        retained = frozenset(id(d) for d in present)
        if retained != self._retained:
            self.cache.retain(present)
            self._retained = retained

    # -- reading -------------------------------------------------------------------------------
    def load_missing(self, layers: Iterable[ReferenceLayer], project_path: Path | None,
                     on_done: Callable[[list[str]], None],
                     on_error: Callable[[BaseException], None]) -> None:
        """Read every reference of ``layers`` that has neither data nor a problem yet, and is
        not being read (relative paths from ``project_path``); then ``on_done`` with the
        sentences of those that could not be read — unless another project was opened."""
        todo = [r for r in layers if r.id not in self._data and r.id not in self._problems
                and r.id not in self._loading]
        if not todo:
            return
        epoch, cache = self._epoch, self.cache
        self._loading.update(r.id for r in todo)

        def work(_progress: Progress) -> tuple[dict[str, LoadedReference], dict[str, str]]:
            loaded: dict[str, LoadedReference] = {}
            problems: dict[str, str] = {}
            for layer in todo:  # one by one, so one unreadable file does not hide the rest
                try:
                    data = load_reference(layer, project_path)
                    cache.prepare(data)
                except Exception as exc:  # a ReadError, or a reader that broke: one sentence
                    problems[layer.id] = substitute(_tr("Reference layer '%1' is not shown: %2"),
                                                    (layer.name, error_text(exc)))
                else:
                    loaded[layer.id] = data
            return loaded, problems

        def done(result: tuple[dict[str, LoadedReference], dict[str, str]]) -> None:
            if epoch != self._epoch:
                return  # another project was opened meanwhile
            loaded, problems = result
            self._loading.difference_update(r.id for r in todo)
            self._data.update(loaded)
            self._problems.update(problems)
            on_done(list(problems.values()))

        self.run(work, done, on_error)

    def read_new(self, paths: list[Path], on_read: Callable[[Outcome], None]) -> None:
        """Read new files in parallel; ``on_read`` gets each one's outcome in the order
        given, as soon as it and those before it are read."""
        cache = self.cache
        results: list[Outcome | None] = [None] * len(paths)
        flushed = [0]

        def flush() -> None:
            while flushed[0] < len(results):
                outcome = results[flushed[0]]
                if outcome is None:  # not read yet: those after it wait
                    break
                flushed[0] += 1
                on_read(outcome)

        for i, path in enumerate(paths):
            def work(_progress: Progress, path: Path = path
                     ) -> tuple[ReferenceLayer, LoadedReference]:
                layer, data = new_reference(path)
                cache.prepare(data)
                return layer, data

            def arrived(outcome: Outcome, i: int = i) -> None:
                results[i] = outcome
                flush()

            self.run(work, arrived, arrived)

    def copy_file(self, layer: ReferenceLayer, on_done: Callable[[ReferenceLayer], None],
                  on_error: Callable[[BaseException], None]) -> None:
        """Copy the file of ``layer`` for the project to carry (``is_copying`` meanwhile);
        ``on_done`` with the layer naming its copy."""
        reference_id = layer.id
        self._copying.add(reference_id)

        def done(copied: ReferenceLayer) -> None:
            self._copying.discard(reference_id)
            on_done(copied)

        def failed(exc: BaseException) -> None:
            self._copying.discard(reference_id)
            on_error(exc)

        self.run(lambda _p: embed(layer), done, failed)

    def run(self, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
        """Run ``work`` on a thread of its own (requests never make each other stale)."""
        jobs = BackgroundJobs(self, "reference-reader")
        self._jobs.add(jobs)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._jobs.discard(jobs)
            jobs.deleteLater()
            callback(value)

        jobs.submit(work, on_done=lambda r: finish(on_done, r),
                    on_error=lambda e: finish(on_error, e))

    def is_busy(self) -> bool:
        """True while a file is read or a copy made."""
        return bool(self._jobs)

    def wait(self, until: float) -> None:
        """Process events until each read and copy under way now was delivered, or the
        ``time.monotonic()`` deadline ``until`` passed."""
        import time

        for jobs in list(self._jobs):
            jobs.wait(max(0.0, until - time.monotonic()))

    def close(self) -> None:
        """Stop the render workers (the window is closing)."""
        self.cache.on_ready = None
        self.cache.close()
