"""The child side of io.sandbox: limit itself, read one file (or project), answer in JSON.

Run as ``python -m zoneeditor.io.sandbox_worker REQUEST.json ANSWER.json``. Limits are set
before GDAL is even imported. An expected failure (a damaged file) is an answer with
``ok: false`` and a reason; a crash leaves no answer, and the parent reports the signal.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any


def _limit(memory_bytes: int, seconds: float) -> None:
    try:
        import resource
    except ImportError:  # Windows: only the parent's timeout applies
        return
    for kind, value in ((resource.RLIMIT_AS, memory_bytes),
                        (resource.RLIMIT_CPU, int(seconds) + 5),
                        (resource.RLIMIT_CORE, 0)):
        try:
            _soft, hard = resource.getrlimit(kind)
            cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
            resource.setrlimit(kind, (cap, hard))
        except (ValueError, OSError):
            pass


def _fault(kind: str) -> None:
    """Misbehave on purpose (tests only, via ZONEEDITOR_SANDBOX_FAULT)."""
    if kind == "abort":
        os.abort()
    if kind == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    if kind == "hang":
        while True:
            time.sleep(1)
    if kind == "memory":
        hog = []
        while True:
            hog.append(bytearray(64 << 20))


def _write(answer: Path, payload: dict[str, Any]) -> None:
    tmp = answer.with_suffix(".part")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    os.replace(tmp, answer)


def main(argv: list[str]) -> int:
    """Serve one request; the exit status matters only when no answer was written."""
    request, answer = Path(argv[0]), Path(argv[1])
    req = json.loads(request.read_text(encoding="utf-8"))
    _limit(int(req["memory_bytes"]), float(req["seconds"]))
    try:
        from zoneeditor.core.errors import ReadError
        from zoneeditor.io import safezip
        from zoneeditor.io.exchange.readers import ReadFailure, ReadOptions, read_raw
        from zoneeditor.io.plain_errors import plain_reason
        from zoneeditor.io.sandbox_codec import encode_project, encode_result
    except (ImportError, MemoryError, OSError):
        # Under a tight RLIMIT_AS the libraries cannot even be mapped into memory.
        _write(answer, {"ok": False, "memory": True, "reason": "out of memory while starting"})
        return 0

    try:
        fault = os.environ.get("ZONEEDITOR_SANDBOX_FAULT", "")
        if fault:
            _fault(fault)
        if req.get("kind") == "project":
            from zoneeditor.io.project_file import read_project_here

            _write(answer, encode_project(read_project_here(Path(req["path"]))))
            return 0
        opts = dict(req.get("options") or {})
        opts["zip_limits"] = safezip.ZipLimits(**(opts.get("zip_limits") or {}))
        result = read_raw(Path(req["path"]), ReadOptions(**opts))
        _write(answer, encode_result(result))
    except ReadFailure as exc:
        _write(answer, {"ok": False, "reason": str(exc)})
    except ReadError as exc:
        _write(answer, {"ok": False, "reason": exc.reason})
    except MemoryError:
        _write(answer, {"ok": False, "memory": True, "reason": "out of memory"})
    except PermissionError as exc:
        _write(answer, {"ok": False, "reason": f"permission denied ({exc.strerror})"})
    except RecursionError:
        _write(answer, {"ok": False, "reason": "the file is nested too deeply to read"})
    except Exception as exc:  # any other failure of a C library on this file
        _write(answer, {"ok": False, "reason": plain_reason(exc)})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
