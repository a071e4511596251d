"""Reading untrusted files in a child process with time and memory limits.

GDAL, PROJ, SQLite and GEOS are C code; a hostile or damaged file can crash them (segfault,
abort), make them loop forever or eat all memory. Here they run in a separate Python
process (``python -m zoneeditor.io.sandbox_worker``) that gets an address-space limit
(RLIMIT_AS) and a wall-clock timeout; whatever happens there becomes a ``ReadError`` with a
clear message, and the editor carries on. The child returns plain JSON (WKB in base64,
attributes, notes), never pickles, so even a subverted child cannot run code in the editor.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import shapely

from zoneeditor.core.errors import ReadError
from zoneeditor.io.exchange.readers import RawLayer, RawRead, ReadOptions

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


# -- encoding the child's answer -------------------------------------------------------------
def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def encode_result(result: RawRead) -> dict[str, Any]:
    """RawRead -> JSON-ready dict (geometries as base64 WKB)."""
    layers = []
    for layer in result.layers:
        recs = []
        for r in layer.records:
            g = r.get("geometry")
            recs.append({
                "fid": r.get("fid"),
                "wkb": base64.b64encode(shapely.to_wkb(g)).decode("ascii") if g is not None
                else None,
                "props": _jsonable(r.get("props") or {}),
                "issue": r.get("issue"),
                "where": list(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        layers.append({"name": layer.name, "crs": layer.crs, "encoding": layer.encoding,
                       "records": recs})
    return {"ok": True, "format": result.format, "layers": layers, "notes": result.notes}


def _from_wkb(text: str) -> Any:
    import numpy as np

    with np.errstate(invalid="ignore"):  # NaN coordinates are reported, not warned about
        return shapely.from_wkb(base64.b64decode(text))


def decode_result(payload: dict[str, Any]) -> RawRead:
    """The inverse of ``encode_result``."""
    result = RawRead(payload["format"], notes=list(payload.get("notes") or []))
    for lay in payload.get("layers") or []:
        layer = RawLayer(lay["name"], crs=lay.get("crs") or "", encoding=lay.get("encoding"))
        for r in lay.get("records") or []:
            wkb = r.get("wkb")
            layer.records.append({
                "fid": r.get("fid"),
                "geometry": _from_wkb(wkb) if wkb else None,
                "props": r.get("props") or {},
                "issue": r.get("issue"),
                "where": tuple(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        result.layers.append(layer)
    return result


# -- running the child -----------------------------------------------------------------------
def read_untrusted(path: Path | str, options: ReadOptions | None = None,
                   limits: Limits | None = None) -> RawRead:
    """Read ``path`` in a limited child process; ReadError (never a crash) when that fails."""
    path = Path(path)
    options = options or ReadOptions()
    limits = limits or Limits()
    with tempfile.TemporaryDirectory(prefix="zoneeditor-sandbox-") as tmp:
        request = Path(tmp) / "request.json"
        answer = Path(tmp) / "answer.json"
        opts = asdict(options)
        request.write_text(json.dumps({
            "path": str(path.absolute()), "options": opts,
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
            detail = f": {last[0][:200]}" if last[0] else ""
            raise ReadError(str(path), f"the file reader stopped unexpectedly (exit status "
                                       f"{proc.returncode}){detail}")
        try:
            payload = json.loads(answer.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise ReadError(str(path), "the file reader returned a damaged answer") from exc
    if not payload.get("ok"):
        reason = payload.get("reason") or "unknown problem"
        if payload.get("memory"):
            reason = _memory_message(limits)
        raise ReadError(str(path), reason)
    return decode_result(payload)


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
