"""Reading untrusted files in a child process with time and memory limits.

GDAL, PROJ, SQLite and GEOS are C code; a hostile or damaged file can crash them (segfault,
abort), make them loop forever or eat all memory. Here they run in a separate Python
process (``python -m zoneeditor.io.sandbox_worker``) that gets an address-space limit
(RLIMIT_AS) and a wall-clock timeout; whatever happens there becomes a ``ReadError`` with a
clear message, and the editor carries on. The child returns plain JSON (WKB in base64,
attributes, notes), never pickles, so even a subverted child cannot run code in the editor.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoneeditor.core.errors import ReadError
from zoneeditor.io.exchange.readers import RawRead, ReadOptions
from zoneeditor.io.sandbox_codec import decode_project, decode_result, encode_result

if TYPE_CHECKING:
    from zoneeditor.core.model import Project

__all__ = ["FAULT_ENV", "Limits", "decode_result", "encode_result", "read_project_untrusted",
           "read_trusted", "read_untrusted", "worker_command"]

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
def read_untrusted(path: Path | str, options: ReadOptions | None = None,
                   limits: Limits | None = None) -> RawRead:
    """Read ``path`` in a limited child process; ReadError (never a crash) when that fails."""
    options = options or ReadOptions()
    payload = _run_child(Path(path), "exchange", asdict(options), limits or Limits())
    return decode_result(payload)


def read_project_untrusted(path: Path | str, limits: Limits | None = None) -> Project:
    """A project file read in the limited child (``io.project_file`` rules), as a Project."""
    payload = _run_child(Path(path), "project", {}, limits or Limits())
    try:
        return decode_project(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReadError(str(path), "the file reader returned a damaged answer") from exc


def _run_child(path: Path, kind: str, options: dict[str, Any], limits: Limits
               ) -> dict[str, Any]:
    """Run the worker on one request; its JSON answer, or ReadError saying what happened."""
    with tempfile.TemporaryDirectory(prefix="zoneeditor-sandbox-") as tmp:
        request = Path(tmp) / "request.json"
        answer = Path(tmp) / "answer.json"
        request.write_text(json.dumps({
            "path": str(path.absolute()), "kind": kind, "options": options,
            "memory_bytes": limits.memory_bytes, "seconds": limits.seconds,
        }), encoding="utf-8")
        cmd = [*worker_command(), str(request), str(answer)]
        env = dict(os.environ)
        env.pop("PYTHONFAULTHANDLER", None)  # a crash dump on stderr is not wanted here
        try:
            proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=limits.seconds, env=env,
                                  cwd=tmp, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(str(path), f"reading took longer than {limits.seconds:g} s and was "
                                       "stopped; the file may be damaged or hostile") from exc
        if proc.returncode < 0:
            sig = -proc.returncode
            raise ReadError(str(path), f"reading it crashed the file reader ({_signal_name(sig)}"
                                       f", signal {sig}); the file may be damaged or hostile")
        if not answer.exists():
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            if "MemoryError" in last[0] or "std::bad_alloc" in last[0]:
                raise ReadError(str(path), _memory_message(limits))
            raise ReadError(str(path), f"the file reader stopped unexpectedly (exit status "
                                       f"{proc.returncode}); the file may be damaged or hostile")
        try:
            payload = json.loads(answer.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise ReadError(str(path), "the file reader returned a damaged answer") from exc
    if not isinstance(payload, dict) or not payload.get("ok"):
        reason = (payload.get("reason") if isinstance(payload, dict) else None) \
            or "unknown problem"
        if isinstance(payload, dict) and payload.get("memory"):
            reason = _memory_message(limits)
        raise ReadError(str(path), str(reason))
    return payload


def _memory_message(limits: Limits) -> str:
    return (f"reading it needs more memory than the file reader may use "
            f"({limits.memory_bytes / (1 << 30):g} GiB); the file may be damaged, hostile "
            "or simply too large")


def read_trusted(path: Path | str, options: ReadOptions | None = None) -> RawRead:
    """Read in this process: only for files we have just written ourselves (verification)."""
    from zoneeditor.io.exchange.readers import ReadFailure, read_raw

    try:
        return read_raw(Path(path), options)
    except ReadFailure as exc:
        raise ReadError(str(path), str(exc)) from exc


#: The private flag a frozen bundle's executable answers with the worker (see __main__).
WORKER_FLAG = "--sandbox-worker"


def worker_command() -> list[str]:
    """How to start the reader child: the interpreter with ``-m``, or, in a frozen bundle
    (where ``sys.executable`` is the app itself), the app with a private flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "zoneeditor.io.sandbox_worker"]
