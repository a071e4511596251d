"""Small ELF libraries built with gcc for the bundle's packaging tests (plain functions, no
fixtures): a library linking others by SONAME stands in for a wheel's, a build's or the
machine's, so the rules that read DT_NEEDED and symbols are tested on real ELF files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

#: Tests that build small libraries with gcc and read them with binutils.
needs_binutils = pytest.mark.skipif(not all(shutil.which(t) for t in ("gcc", "nm", "readelf")),
                                    reason="needs gcc, nm and readelf (binutils)")


def cc(tmp: Path, name: str, code: str, *link: str) -> str:
    """A shared library (or extension-like module) built with gcc; returns its path."""
    src = tmp / (name + ".c")
    src.write_text(code)
    out = tmp / name
    subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{name}", "-o", str(out),
                    str(src), f"-L{tmp}", *link], check=True, capture_output=True)
    return str(out)


def folders(tmp: Path, *names: str) -> list[Path]:
    """Fresh folders ``tmp/name`` (a wheel's, the machine's, a build's libraries)."""
    out = [tmp / name for name in names]
    for folder in out:
        folder.mkdir()
    return out
