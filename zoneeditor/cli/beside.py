"""A computation run beside the command's own work: in a forked child where that is safe,
else in the caller when its result is asked for.

Why a child: ``zoneeditor diff`` names both versions by fingerprint, and writing the
canonical text of every geometry holds the interpreter lock (GEOS's WKB and WKT writers
through shapely, then the JSON text): on a worker thread it stalls the diff for as long as
it runs (~80 ms for two versions of 300 zones of 1,000 vertices, most of the gap to a bare
shapely script, issue #19 item 3). A child forked from this process already holds the
versions in memory and has its own interpreter: it computes on the machine's other core and
sends back only its small result, as JSON through a pipe.

A fork copies every thread's locks in whatever state they are, so it is used only on Linux
(fork without exec is not safe with macOS's system libraries) and only while this process
runs no other Python thread; otherwise, and whenever the child does not answer (it raised,
was killed, sent something unreadable), the computation runs here instead, when ``result()``
is called: the result is the same either way, only where it was computed differs. Not on a
thread: the work holds the interpreter lock, so a thread would only take turns with the diff
(and importing ``concurrent.futures`` with ``logging`` cost ~8 ms of every small diff).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Codec(NamedTuple, Generic[T]):
    """How a computation's value travels from the child as JSON data: ``decode(encode(v))``
    equals ``v``; ``decode`` raises ValueError (or TypeError, LookupError) for data that is not
    such a value."""

    encode: Callable[[T], object]
    decode: Callable[[object], T]


class Beside(Generic[T]):
    """``fn()`` running beside the caller; ``result()`` waits for its value.

    ``fn`` must be a pure computation whose value ``codec`` carries exactly. Use as a
    context manager: leaving the block ends a child whose result was not taken.
    ``fork=False`` computes it here when ``result()`` is called (a computation too small to
    be worth a child).
    """

    def __init__(self, fn: Callable[[], T], codec: Codec[T], *, fork: bool = True) -> None:
        self._fn = fn
        self._codec = codec
        self._pid = 0
        self._read_fd = -1
        if fork and can_fork():
            # no memory or process slot for a child: computed here when asked
            with contextlib.suppress(OSError):
                self._start_child()

    def _start_child(self) -> None:
        read_fd, write_fd = os.pipe()
        for stream in (sys.stdout, sys.stderr):  # the child must not repeat buffered text
            stream.flush()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            raise
        if pid == 0:  # the child: compute, answer, leave without running any exit handler
            status = 1
            try:
                os.close(read_fd)
                data = json.dumps(self._codec.encode(self._fn())).encode("utf-8")
                with os.fdopen(write_fd, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_fd)
        self._pid, self._read_fd = pid, read_fd

    def result(self) -> T:
        """The value of ``fn()``: the child's answer, or computed here if it gave none."""
        answer = self._collect()
        if answer is not None:
            try:
                return self._codec.decode(json.loads(answer))
            except (ValueError, TypeError, LookupError):
                pass  # an answer that does not decode is no answer
        return self._fn()

    def _collect(self) -> bytes | None:
        """The child's whole answer once it has exited cleanly, else None."""
        if self._pid == 0:
            return None
        chunks = []
        with os.fdopen(self._read_fd, "rb") as pipe:
            self._read_fd = -1
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        return b"".join(chunks) if os.waitstatus_to_exitcode(status) == 0 else None

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._read_fd >= 0:
            os.close(self._read_fd)
            self._read_fd = -1
        if self._pid:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = 0


def can_fork() -> bool:
    """True where a forked child may compute safely: Linux, and no other Python thread."""
    return sys.platform == "linux" and threading.active_count() == 1
