"""The child side of ``io.reference.child``: limit itself, do one job on one file, answer.

Run as ``python -m zoneeditor.io.reference.worker REQUEST.json ANSWER.json`` (in a frozen
bundle: ``zoneeditor --reference-worker ...``). Jobs:

- ``osm``: parse an OpenStreetMap extract and write the reference feature file ``out``;
- ``raster``: open an image with rasterio (GDAL), read its smallest overview and one block
  of full resolution, and answer its description (so a file that crashes GDAL is refused
  here, before the editor reads windows of it in-process);
- ``scan``: read a scan (PNG, JPEG, TIFF, or one page of a PDF rendered with pdfium) and
  write its pixels as a plain ``.npy`` array ``out`` (read back without pickles).

Limits are set before GDAL or pdfium is imported (the same as the import reader's).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from zoneeditor.core.messages import Message, to_data


def _write(answer: Path, payload: dict[str, Any]) -> None:
    tmp = answer.with_suffix(".part")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, allow_nan=False), encoding="utf-8")
    os.replace(tmp, answer)


def _osm(req: dict[str, Any]) -> dict[str, Any]:
    from zoneeditor.io.reference.featurefile import write_features
    from zoneeditor.io.reference.osm import read_osm

    features, info = read_osm(Path(req["path"]))
    write_features(features, Path(req["out"]), info)
    return {"ok": True, "count": len(features), "info": info}


def _raster(req: dict[str, Any]) -> dict[str, Any]:
    from zoneeditor.io.reference.raster import probe

    return {"ok": True, "description": probe(Path(req["path"]))}


def _scan(req: dict[str, Any]) -> dict[str, Any]:
    import numpy as np

    from zoneeditor.io.reference.scan import read_scan_pixels

    pixels, pages = read_scan_pixels(Path(req["path"]), int(req.get("page", 0)),
                                     float(req.get("dpi", 200.0)))
    out = Path(req["out"])
    tmp = out.with_suffix(".part.npy")
    np.save(tmp, np.ascontiguousarray(pixels), allow_pickle=False)
    os.replace(tmp, out)
    return {"ok": True, "width": int(pixels.shape[1]), "height": int(pixels.shape[0]),
            "pages": pages}


_JOBS = {"osm": _osm, "raster": _raster, "scan": _scan}


def main(argv: list[str]) -> int:
    """Serve one request; the exit status matters only when no answer was written."""
    request, answer = Path(argv[0]), Path(argv[1])
    req = json.loads(request.read_text(encoding="utf-8"))
    from zoneeditor.io.sandbox_worker import _limit  # the import reader's limits, reused

    _limit(int(req["memory_bytes"]), float(req["seconds"]))
    job = _JOBS.get(str(req.get("job")))
    if job is None:
        _write(answer, {"ok": False, "reason": "unknown job"})  # a bug: the parent says so
        return 0
    try:
        _write(answer, job(req))
    except MemoryError:
        _write(answer, {"ok": False, "memory": True, "reason": "out of memory"})
    except PermissionError:
        _write(answer, {"ok": False, "reason": to_data(Message(
            "permission denied (the file is not readable)"))})
    except Exception as exc:  # any failure of a C library on this file
        from zoneeditor.io.plain_errors import plain_reason
        from zoneeditor.io.reference.raster import RasterError
        from zoneeditor.io.reference.scan import ScanError

        # our own refusal, else what the library's failure means, in our words
        reason = (exc.user_message if isinstance(exc, (RasterError, ScanError))
                  else plain_reason(exc))
        _write(answer, {"ok": False, "reason": to_data(reason)})
    return 0


if __name__ == "__main__":
    from zoneeditor.io.process_end import end_process

    # The parent waits for this process to end: skip the teardown (io/process_end.py).
    status = main(sys.argv[1:])
    end_process(status)
    sys.exit(status)
