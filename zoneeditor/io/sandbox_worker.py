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
    """Misbehave on purpose (tests only, via ZONEEDITOR_SANDBOX_FAULT=KIND for every file,
    or KIND:PREFIX for the files whose name starts with PREFIX)."""
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


def _write(answer: Path, payload: dict[str, Any], block: bytes = b"") -> None:
    """The answer's WKB block (``answer-i.wkb``), then its JSON: the JSON file appearing is
    what says the answer is complete."""
    if block:
        part = answer.with_suffix(".wkb.part")
        part.write_bytes(block)
        os.replace(part, answer.with_suffix(".wkb"))
    tmp = answer.with_suffix(".part")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    os.replace(tmp, answer)


def main(argv: list[str]) -> int:
    """Serve the requests in order, an answer file each; the exit status matters only when
    an answer is missing.

    ``REQUEST.json`` holds ``items`` (path, kind, options) and the limits; the answer to
    item *i* is ``FOLDER/answer-i.json`` (its geometries in ``answer-i.wkb``, see
    ``io.sandbox_codec``), and a line on standard output says it is there (the parent times
    each file from the previous line, see ``io.sandbox``).
    """
    request, folder = Path(argv[0]), Path(argv[1])
    req = json.loads(request.read_text(encoding="utf-8"))
    items = list(req.get("items") or [])
    _limit(int(req["memory_bytes"]), float(req["seconds"]) * max(1, len(items)))
    try:  # everything _serve needs, imported here where a failure can still be answered
        from zoneeditor.core.errors import ReadError  # noqa: F401
        from zoneeditor.core.messages import Message, to_data  # noqa: F401
        from zoneeditor.io import safezip  # noqa: F401
        from zoneeditor.io.exchange.feature_limit import TooManyFeatures  # noqa: F401
        from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions  # noqa: F401
        from zoneeditor.io.exchange.readers import read_raw  # noqa
        from zoneeditor.io.plain_errors import plain_reason  # noqa: F401
        from zoneeditor.io.sandbox_codec import encode_project, encode_result  # noqa: F401
    except (ImportError, MemoryError, OSError):
        # Under a tight RLIMIT_AS the libraries cannot even be mapped into memory.
        for i in range(len(items)):  # the parent words it (``memory``): no Message needed
            _write(folder / f"answer-{i}.json",
                   {"ok": False, "memory": True, "reason": "out of memory while starting"})
        return 0
    fault = os.environ.get("ZONEEDITOR_SANDBOX_FAULT", "")
    for i, item in enumerate(items):
        _write(folder / f"answer-{i}.json", *_serve(item, fault))
        print(i, flush=True)
    return 0


def _serve(item: dict[str, Any], fault: str) -> tuple[dict[str, Any], bytes]:
    """The answer for one item and its WKB block (never raises for a problem of the
    file)."""
    from zoneeditor.core.errors import ReadError
    from zoneeditor.core.messages import Message, to_data
    from zoneeditor.io import safezip
    from zoneeditor.io.exchange.feature_limit import TooManyFeatures
    from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions
    from zoneeditor.io.exchange.readers import read_raw
    from zoneeditor.io.plain_errors import plain_reason
    from zoneeditor.io.sandbox_codec import encode_project, encode_result

    try:
        kind, _, prefix = fault.partition(":")
        if kind and Path(item["path"]).name.startswith(prefix):
            _fault(kind)
        if item.get("kind") == "project":
            from zoneeditor.io.project_file import read_project_here

            return encode_project(read_project_here(Path(item["path"])))
        opts = dict(item.get("options") or {})
        opts["zip_limits"] = safezip.ZipLimits(**(opts.get("zip_limits") or {}))
        return encode_result(read_raw(Path(item["path"]), ReadOptions(**opts)))
    except TooManyFeatures as exc:  # the parent words it for its purpose (io.sandbox)
        return {"ok": False, "reason": to_data(exc.reason),
                "too_many": {"limit": exc.limit, "count": exc.count}}, b""
    except ReadFailure as exc:
        return {"ok": False, "reason": to_data(exc.reason)}, b""
    except ReadError as exc:
        return {"ok": False, "reason": to_data(exc.reason)}, b""
    except MemoryError:
        return {"ok": False, "memory": True, "reason": "out of memory"}, b""
    except PermissionError:
        return {"ok": False, "reason": to_data(Message("permission denied (the file is not "
                                                       "readable)"))}, b""
    except RecursionError:
        return {"ok": False, "reason": to_data(Message("the file is nested too deeply to "
                                                       "read"))}, b""
    except Exception as exc:  # any other failure of a C library on this file
        return {"ok": False, "reason": to_data(plain_reason(exc))}, b""


if __name__ == "__main__":
    from zoneeditor.io.process_end import end_process

    # The parent waits for this process to end: skip the teardown (io/process_end.py).
    status = main(sys.argv[1:])
    end_process(status)
    sys.exit(status)
