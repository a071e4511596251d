"""Regenerate the reference image of the printed sample sheet.

Run from the repository root after an intended change to the sheet's look:

    python tests/e2e/make_print_reference.py

It prints the bundled sample ("Proposal B", A3 landscape, fixed date and author so the
sheet is reproducible) with ``zoneeditor print``, rasterises the PDF at 20 dpi with
``pdftoppm`` (poppler-utils) and writes ``tests/data/print/reference-a3-landscape.png``.
Look at the new image before committing it: the test compares later sheets against it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE.parent / "data" / "print" / "reference-a3-landscape.png"
#: dots per inch of the comparison raster: enough to see every block, too coarse for the
#: sub-pixel differences between font rasterisers.
REFERENCE_DPI = 20


def print_args(project: Path | str, out: Path | str) -> list[str]:
    """The ``zoneeditor print`` arguments of the reference sheet."""
    return [f"{project}:Proposal B", "--out", str(out), "--paper", "A3", "--landscape",
            "--date", "2026-05-04", "--author", "Delegation of the Monitors"]


def render_reference(out_png: Path, project: Path | None = None) -> Path:
    """Print the reference sheet to PDF and rasterise it to ``out_png``; returns the PDF."""
    if project is None:
        from zoneeditor.io.session import sample_path

        project = sample_path()
    work = Path(tempfile.mkdtemp(prefix="zoneeditor-ref-"))
    pdf = work / "reference.pdf"
    subprocess.run([sys.executable, "-m", "zoneeditor", "print", *print_args(project, pdf)],
                   check=True, capture_output=True, timeout=180)
    stem = work / "page"
    subprocess.run(["pdftoppm", "-r", str(REFERENCE_DPI), "-png", "-singlefile", str(pdf),
                    str(stem)], check=True, timeout=60)
    out_png.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(stem.with_suffix(".png"), out_png)
    return pdf


if __name__ == "__main__":
    render_reference(REFERENCE)
    print(f"wrote {REFERENCE.relative_to(HERE.parent.parent)}")
