"""Running a reference job in a limited child process (the parent side of ``worker``).

Reference files come from elsewhere (an OSM extract downloaded by a colleague, imagery on a
USB stick, a PDF annex): GDAL and pdfium parse them in a child process with the same
memory and time limits as the import reader (``io.sandbox.Limits``). Whatever happens there
becomes a ``ReadError`` naming the file; the editor carries on.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message, from_data
from zoneeditor.io.sandbox import DAMAGED_ANSWER, Limits

#: The private flag a frozen bundle's executable answers with this worker (see __main__).
WORKER_FLAG = "--reference-worker"

#: Parsing a governorate's OSM extract takes GDAL tens of seconds on a slow laptop.
DEFAULT_LIMITS = Limits(seconds=600.0, memory_bytes=6 << 30)


def worker_command() -> list[str]:
    """The interpreter with ``-m``, or in a frozen bundle the app with a private flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "zoneeditor.io.reference.worker"]


def run_job(job: str, path: Path, limits: Limits | None = None, **fields: Any
            ) -> dict[str, Any]:
    """Run ``job`` on ``path`` in the child; its answer, or ReadError naming ``path``."""
    limits = limits or DEFAULT_LIMITS
    with tempfile.TemporaryDirectory(prefix="zoneeditor-reference-") as tmp:
        request = Path(tmp) / "request.json"
        answer = Path(tmp) / "answer.json"
        request.write_text(json.dumps({
            "job": job, "path": str(Path(path).absolute()),
            "memory_bytes": limits.memory_bytes, "seconds": limits.seconds,
            **{k: str(v) if isinstance(v, Path) else v for k, v in fields.items()},
        }), encoding="utf-8")
        env = dict(os.environ)
        env.pop("PYTHONFAULTHANDLER", None)
        try:
            proc = subprocess.run([*worker_command(), str(request), str(answer)],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=limits.seconds, env=env,
                                  cwd=tmp, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(str(path), Message(
                "reading took longer than %1 s and was stopped; the file may be damaged or too "
                "large", f"{limits.seconds:g}")) from exc
        if proc.returncode < 0:
            raise ReadError(str(path), Message(
                "reading it crashed the file reader (signal %1); the file may be damaged or "
                "hostile", -proc.returncode))
        if not answer.exists():
            # the child's last words (a Python or GDAL message) stay out of the sentence
            raise ReadError(str(path), Message(
                "the file reader stopped unexpectedly (exit status %1); the file may be damaged "
                "or hostile", proc.returncode))
        try:
            payload: dict[str, Any] = json.loads(answer.read_text(encoding="utf-8"))
        except (ValueError, OSError) as exc:
            raise ReadError(str(path), DAMAGED_ANSWER) from exc
    if not payload.get("ok"):
        reason: str = DAMAGED_ANSWER
        if payload.get("memory"):
            reason = Message("reading it needs more memory than the file reader may use (%1 "
                             "GiB)", f"{limits.memory_bytes / (1 << 30):g}")
        elif payload.get("reason"):
            with contextlib.suppress(ValueError, TypeError, RecursionError):  # else damaged
                reason = from_data(payload["reason"])
        raise ReadError(str(path), reason)
    return payload
