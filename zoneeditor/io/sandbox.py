"""Reading untrusted files in a child process with time and memory limits.

GDAL, PROJ, SQLite and GEOS are C code; a hostile or damaged file can crash them (segfault,
abort), make them loop forever or eat all memory. Here they run in a separate Python
process (``python -m zoneeditor.io.sandbox_worker``) that gets an address-space limit
(RLIMIT_AS) and a wall-clock timeout; whatever happens there becomes a ``ReadError`` with a
clear message, and the editor carries on. The child returns plain JSON (attributes, notes)
and one block of WKB its records point into (``io.sandbox_codec``), never pickles, so even a
subverted child cannot run code in the editor.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoneeditor.core.errors import ReadError, TooManyInFile
from zoneeditor.core.messages import Message, from_data, to_data
from zoneeditor.io.exchange.read_terms import ReadOptions
from zoneeditor.io.exchange.readers import RawRead
from zoneeditor.io.sandbox_codec import decode_project, decode_result, encode_result

if TYPE_CHECKING:
    from zoneeditor.core.model import Project

__all__ = ["FAULT_ENV", "Limits", "PendingReads", "Request", "begin_many", "decode_result",
           "encode_result", "read_many", "read_project_untrusted", "read_trusted",
           "read_untrusted", "worker_command"]

#: Environment variable a test sets to make the child misbehave: abort, segv, hang, memory.
FAULT_ENV = "ZONEEDITOR_SANDBOX_FAULT"


@dataclass(frozen=True)
class Limits:
    """How long and how much memory one read may take."""

    seconds: float = 60.0
    memory_bytes: int = 2 << 30  # 2 GiB of address space


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


# -- running the child -----------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    """One file for the child to read: ``kind`` "exchange" (a RawRead, with ``options``)
    or "project" (a whole project file, ``io.project_file`` rules)."""

    path: Path
    kind: str = "exchange"
    options: ReadOptions | None = None


def read_untrusted(path: Path | str, options: ReadOptions | None = None,
                   limits: Limits | None = None) -> RawRead:
    """Read ``path`` in a limited child process; ReadError (never a crash) when that fails."""
    (answer,) = read_many([Request(Path(path), "exchange", options)], limits)
    if isinstance(answer, ReadError):
        raise answer
    assert isinstance(answer, RawRead)  # what an "exchange" request is answered with
    return answer


def read_project_untrusted(path: Path | str, limits: Limits | None = None) -> Project:
    """A project file read in the limited child (``io.project_file`` rules), as a Project."""
    (answer,) = read_many([Request(Path(path), "project")], limits)
    if isinstance(answer, ReadError):
        raise answer
    assert not isinstance(answer, RawRead)  # a "project" request is answered with a Project
    return answer


def read_many(requests: Sequence[Request], limits: Limits | None = None
              ) -> list[RawRead | Project | ReadError]:
    """Read several files in one limited child: per request a RawRead, a Project or the
    ReadError saying why it could not be read (the others are still read).

    One child for a command's files instead of one each: starting Python and GDAL is most of
    the cost of a small file (large files are shared between two children reading at the
    same time, ``PendingReads``). Each file keeps its own time limit (``limits.seconds``,
    counted from the end of the previous one in its child); the memory limit is the
    child's. When a file crashes, hangs or exhausts the child, that file gets the ReadError
    and the files after it are read in a fresh child, so one hostile file never takes a
    good one down with it.
    """
    return begin_many(requests, limits).results()


#: Files of at least this many bytes in all are read by two children at once (on a machine
#: with two cores or more): below it, starting a second Python and GDAL (~0.2 s of CPU)
#: costs more than reading the files one after the other saves.
TWO_LANES_MIN_BYTES = 4 << 20


class PendingReads:
    """``read_many`` begun: the child is reading while the caller does other work (reads
    its own project, imports what it will need); ``results()`` waits for the answers.

    Several large files are split between two children that read at the same time (two
    *lanes*, on a machine with two cores or more; ``TWO_LANES_MIN_BYTES``): each lane is
    exactly the one-child reading described in ``read_many``, with its own limits.
    """

    def __init__(self, requests: Sequence[Request], limits: Limits) -> None:
        self._requests = list(requests)
        self._limits = limits
        self._lanes: list[_Lane] = []
        try:
            for part in _lanes(self._requests):
                self._lanes.append(_Lane(self._requests, part, limits))
        except BaseException:  # the second child could not start: stop the first
            self.cancel()
            raise

    def cancel(self) -> None:
        """Stop the children and remove their folders, when the caller no longer needs the
        answers (it failed before asking for them); nothing after ``results``."""
        lanes, self._lanes = self._lanes, []
        for lane in lanes:
            lane.cancel()

    def results(self) -> list[RawRead | Project | ReadError]:
        """Per request, in order: the result or the ReadError (see ``read_many``).

        The lanes are followed at the same time (the second on a thread that waits on its
        child's pipe), so each file's time limit runs from the end of the file before it in
        its own lane, and one lane's answers are decoded while the other still reads.
        """
        from concurrent.futures import ThreadPoolExecutor

        answers: dict[int, RawRead | Project | ReadError] = {}
        lanes, self._lanes = self._lanes, []
        try:
            if len(lanes) < 2:
                for lane in lanes:
                    answers.update(lane.results())
            else:
                with ThreadPoolExecutor(len(lanes) - 1, "zoneeditor-lane") as others:
                    pending = [others.submit(lane.results) for lane in lanes[1:]]
                    try:
                        answers.update(lanes[0].results())
                        for future in pending:
                            answers.update(future.result())
                    except BaseException:  # interrupted, or a lane failed: stop the
                        for lane in lanes:  # others before the executor waits for them
                            lane.cancel()
                        raise
        finally:
            for lane in lanes:
                lane.cancel()  # a lane not waited for (an error above) leaves no child
        return [answers[i] for i in range(len(self._requests))]


def _lanes(requests: list[Request]) -> list[list[int]]:
    """The requests' indexes split into one or two lanes (see ``PendingReads``): two when
    there are two files or more, two cores or more and enough bytes to read, the files
    dealt out so that both lanes read about as many bytes."""
    indexes = list(range(len(requests)))
    if len(requests) < 2 or (os.cpu_count() or 1) < 2:
        return [indexes] if requests else []
    sizes = []
    for r in requests:
        try:
            sizes.append(r.path.stat().st_size)
        except OSError:
            sizes.append(0)  # the child says what is wrong with it
    if sum(sizes) < TWO_LANES_MIN_BYTES:
        return [indexes]
    lanes: list[list[int]] = [[], []]
    load = [0, 0]
    for i in sorted(indexes, key=lambda k: -sizes[k]):
        k = 0 if load[0] <= load[1] else 1
        lanes[k].append(i)
        load[k] += sizes[i]
    return [sorted(lane) for lane in lanes]


class _Lane:
    """Some of the requests, read in order by one child at a time (a fresh child after a
    file that crashed, hung or exhausted the one before).

    ``results`` may run on another thread than ``cancel``: the child being followed stays
    reachable (under a lock), so ``cancel`` stops it at once and no fresh child starts after.
    """

    def __init__(self, requests: list[Request], todo: list[int], limits: Limits) -> None:
        self._requests = requests
        self._todo = todo
        self._limits = limits
        self._lock = threading.Lock()
        self._stopped = False
        self._following = False  # results() owns the child: cancel only kills it
        self._child: _Child | None = _start_child([requests[i] for i in todo], limits)

    def results(self) -> dict[int, RawRead | Project | ReadError]:
        """Per request of this lane (by its index among all requests): result or
        ReadError; the answers so far when the lane was cancelled meanwhile."""
        requests, limits = self._requests, self._limits
        answers: dict[int, RawRead | Project | ReadError] = {}
        todo = self._todo
        with self._lock:
            child, self._following = self._child, True
        try:
            while todo:
                if child is None:
                    with self._lock:
                        if self._stopped:
                            break
                        child = self._child = _start_child([requests[i] for i in todo], limits)
                done, failure = _finish_child(child, limits)  # cleans the child up
                with self._lock:
                    child = self._child = None
                for k, payload in enumerate(done):
                    answers[todo[k]] = _decode(requests[todo[k]], payload, limits)
                if failure is None:
                    break
                answers[todo[len(done)]] = failure
                todo = todo[len(done) + 1:]
        finally:
            with self._lock:
                self._following = False
        return answers

    def cancel(self) -> None:
        """Stop this lane's child, if it still has one, and remove its folder (while
        ``results`` follows the child, kill it only: ``results`` cleans up and stops)."""
        with self._lock:
            self._stopped = True
            child = self._child
            if self._following:
                if child is not None and child.proc.poll() is None:
                    child.proc.kill()  # its pipe ends: results() sees the end and stops
                return
            self._child = None
        if child is not None:
            if child.proc.poll() is None:
                child.proc.kill()
            child.proc.wait()
            if child.proc.stdout is not None:
                child.proc.stdout.close()
            child.err.close()
            child.folder.cleanup()


def begin_many(requests: Sequence[Request], limits: Limits | None = None) -> PendingReads:
    """Start reading ``requests`` in a limited child and return at once (see
    ``PendingReads``); ``read_many`` is ``begin_many(...).results()``."""
    return PendingReads(requests, limits or Limits())


def _decode(request: Request, answer: tuple[dict[str, Any], bytes], limits: Limits
            ) -> RawRead | Project | ReadError:
    """A child's answer (JSON and WKB block) for one request: the result, or the ReadError
    it reports."""
    payload, block = answer
    path = str(request.path)
    if not isinstance(payload, dict) or not payload.get("ok"):
        reason: str = DAMAGED_ANSWER
        if isinstance(payload, dict) and payload.get("memory"):
            reason = _memory_message(limits.memory_bytes)
        elif isinstance(payload, dict) and payload.get("reason"):
            with contextlib.suppress(ValueError, TypeError, RecursionError):  # else damaged
                reason = from_data(payload["reason"])
        if reason is not DAMAGED_ANSWER and isinstance(payload, dict):
            limit, count = _too_many(payload.get("too_many"))
            if limit is not None:
                return TooManyInFile(path, reason, limit, count)
        return ReadError(path, reason)
    try:
        if request.kind == "project":
            return decode_project(payload, block)
        return decode_result(payload, block)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        error = ReadError(path, DAMAGED_ANSWER)
        error.__cause__ = exc
        return error


def _too_many(value: object) -> tuple[int | None, int | None]:
    """The limit and the count of a refusal for too many features, as the child sent them
    (``{"limit": 30, "count": 31 or null}``); (None, None) for anything else."""
    if not isinstance(value, dict):
        return None, None
    limit, count = value.get("limit"), value.get("count")
    if type(limit) is not int or limit < 0 or not (count is None or type(count) is int):
        return None, None
    return limit, count


@dataclass
class _Child:
    """A started reader child: its folder (request, answers, stderr) and process."""

    folder: tempfile.TemporaryDirectory[str]
    requests: list[Request]
    proc: subprocess.Popen[bytes]
    err: Any


def _start_child(requests: Sequence[Request], limits: Limits) -> _Child:
    """Write the request file and start the worker on it (returns at once)."""
    folder = tempfile.TemporaryDirectory(prefix="zoneeditor-sandbox-")
    try:
        tmp = Path(folder.name)
        request = tmp / "request.json"
        request.write_text(json.dumps({
            "items": [{"path": str(r.path.absolute()), "kind": r.kind,
                       "options": asdict(r.options or ReadOptions())} for r in requests],
            "memory_bytes": limits.memory_bytes, "seconds": limits.seconds,
        }), encoding="utf-8")
        cmd = [*worker_command(), str(request), str(tmp)]
        env = dict(os.environ)
        env.pop("PYTHONFAULTHANDLER", None)  # a crash dump on stderr is not wanted here
        err = (tmp / "stderr.txt").open("wb")
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=err, env=env, cwd=tmp)
        except BaseException:
            err.close()
            raise
    except BaseException:
        folder.cleanup()
        raise
    return _Child(folder, list(requests), proc, err)


def _finish_child(child: _Child, limits: Limits
                  ) -> tuple[list[tuple[dict[str, Any], bytes]], ReadError | None]:
    """Wait for the worker's answers to ``child.requests`` in order: the answers it gave,
    and the ReadError for the first request it did not answer (crash, hang, memory), or
    None when all were."""
    requests, proc = child.requests, child.proc
    answers: list[tuple[dict[str, Any], bytes]] = []
    with child.folder as name:
        tmp = Path(name)
        try:
            timed_out = _follow(proc, len(requests), limits.seconds)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
            child.err.close()
        for i in range(len(requests)):
            answer = tmp / f"answer-{i}.json"
            if not answer.exists():
                break
            block = answer.with_suffix(".wkb")
            try:
                answers.append((json.loads(answer.read_text(encoding="utf-8")),
                                block.read_bytes() if block.exists() else b""))
            except (ValueError, OSError):
                answers.append(({"ok": False, "reason": to_data(DAMAGED_ANSWER)}, b""))
        if len(answers) == len(requests):
            return answers, None
        path = str(requests[len(answers)].path)
        if timed_out:
            return answers, ReadError(path, Message(
                "reading took longer than %1 s and was stopped; the file may be damaged or "
                "hostile", f"{limits.seconds:g}"))
        if proc.returncode < 0:
            sig = -proc.returncode
            return answers, ReadError(path, Message(
                "reading it crashed the file reader (%1, signal %2); the file may be damaged "
                "or hostile", _signal_name(sig), sig))
        last = (tmp / "stderr.txt").read_text("utf-8", "replace").strip().splitlines()[-1:] \
            or [""]
        if "MemoryError" in last[0] or "std::bad_alloc" in last[0]:
            return answers, ReadError(path, _memory_message(limits.memory_bytes))
        return answers, ReadError(path, Message(
            "the file reader stopped unexpectedly (exit status %1); the file may be damaged "
            "or hostile", proc.returncode))


def _follow(proc: subprocess.Popen[bytes], count: int, seconds: float) -> bool:
    """Wait for the child's "done" lines, ``seconds`` at most for each; True on a timeout.

    The child prints one line after writing each answer, so a hang in the second file is
    caught ``seconds`` after the first was answered, not after ``count * seconds``.
    """
    assert proc.stdout is not None
    if os.name == "nt":  # no select() on pipes: one limit for the whole child
        try:
            proc.wait(timeout=seconds * count)
        except subprocess.TimeoutExpired:
            return True
        return False
    fd = proc.stdout.fileno()
    buffered = b""
    answered = 0
    deadline = time.monotonic() + seconds
    while answered < count:
        left = deadline - time.monotonic()
        if left <= 0:
            return True
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 4096)
        if not chunk:  # the child ended (answered all, crashed, or gave up)
            return False
        buffered += chunk
        lines = buffered.count(b"\n")
        if lines > answered:
            answered = lines
            deadline = time.monotonic() + seconds
    return False


#: The reason when the child's answer cannot be decoded.
DAMAGED_ANSWER = Message("the file reader returned a damaged answer")


def _memory_message(memory_bytes: int) -> str:
    return Message("reading it needs more memory than the file reader may use (%1 GiB); the "
                   "file may be damaged, hostile or simply too large",
                   f"{memory_bytes / (1 << 30):g}")


def read_trusted(path: Path | str, options: ReadOptions | None = None) -> RawRead:
    """Read in this process: only for files we have just written ourselves (verification)."""
    from zoneeditor.io.exchange.feature_limit import TooManyFeatures
    from zoneeditor.io.exchange.read_terms import ReadFailure
    from zoneeditor.io.exchange.readers import read_raw

    try:
        return read_raw(Path(path), options)
    except TooManyFeatures as exc:
        raise TooManyInFile(str(path), exc.reason, exc.limit, exc.count) from exc
    except ReadFailure as exc:
        raise ReadError(str(path), exc.reason) from exc


#: The private flag a frozen bundle's executable answers with the worker (see __main__).
WORKER_FLAG = "--sandbox-worker"


def worker_command() -> list[str]:
    """How to start the reader child: the interpreter with ``-m``, or, in a frozen bundle
    (where ``sys.executable`` is the app itself), the app with a private flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "zoneeditor.io.sandbox_worker"]
