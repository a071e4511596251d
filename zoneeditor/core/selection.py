"""The set of selected feature ids, shared by the canvas, the panels and the tools."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from psygnal import Signal


class Selection:
    """Selected feature ids of the current version, with a ``changed`` signal."""

    changed = Signal(frozenset)

    def __init__(self) -> None:
        self._ids: frozenset[str] = frozenset()

    @property
    def ids(self) -> frozenset[str]:
        """The selected ids."""
        return self._ids

    def set(self, ids: Iterable[str]) -> None:
        """Replace the selection."""
        new = frozenset(ids)
        if new != self._ids:
            self._ids = new
            self.changed.emit(new)

    def add(self, ids: Iterable[str]) -> None:
        """Add to the selection (shift-click)."""
        self.set(self._ids | frozenset(ids))

    def toggle(self, ids: Iterable[str]) -> None:
        """Flip the given ids in or out of the selection."""
        self.set(self._ids ^ frozenset(ids))

    def clear(self) -> None:
        """Select nothing."""
        self.set(())

    def __contains__(self, fid: object) -> bool:
        return fid in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._ids))
