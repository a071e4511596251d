"""A worker thread for work that releases the GIL, or none when the work is too small.

``diff_versions`` hands the areas and party unions (GEOS and PROJ calls, which release the
interpreter lock) to a second thread while it measures the changed features: on a diff of
hundreds of large zones that puts the machine's second core to work. On a small diff (the
sample: ~5,000 vertices) the thread buys nothing, while importing ``concurrent.futures``
(with ``logging``) and starting the thread cost ~8 ms of a ~300 ms ``zoneeditor diff``
process (#19.3). ``side_worker(size)`` gives either a one-thread ``ThreadPoolExecutor`` or
``Here``, which runs what it is given at once: the same calls, the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, Self, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Below this many coordinates (both versions together) no worker thread is started.
WORKER_MIN_COORDINATES = 50_000


class Pending(Protocol[T_co]):
    """A value being computed, as ``concurrent.futures.Future`` gives it."""

    def result(self) -> T_co:
        """The value (waiting for it if need be)."""
        ...


class Submitter(Protocol):
    """Where work is handed (``ThreadPoolExecutor``'s ``submit`` and context manager)."""

    def submit(self, fn: Callable[..., T], /, *args: Any) -> Pending[T]:
        """Start ``fn(*args)``."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: Any, exc: Any, traceback: Any, /) -> Any: ...


class Ready(Generic[T]):
    """A value computed already."""

    def __init__(self, value: T) -> None:
        self._value = value

    def result(self) -> T:
        """The value."""
        return self._value


class Here:
    """Runs what it is given at once, on the caller's thread."""

    def submit(self, fn: Callable[..., T], /, *args: Any) -> Ready[T]:
        """``fn(*args)``, computed now."""
        return Ready(fn(*args))

    def __enter__(self) -> Here:
        return self

    def __exit__(self, exc_type: Any, exc: Any, traceback: Any, /) -> None:
        return None


def side_worker(coordinates: int, name: str) -> Submitter:
    """A one-thread pool named ``name`` for work on ``coordinates`` coordinates, or ``Here``
    when there are fewer than ``WORKER_MIN_COORDINATES``."""
    if coordinates < WORKER_MIN_COORDINATES:
        return Here()
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
