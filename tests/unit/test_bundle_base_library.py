"""The bundle's base_library.zip deflated (packaging/base_library.py): same members, same
bytes, smaller, and Python imports from it as from PyInstaller's stored archive."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import base_library  # noqa: E402


def _stored_archive(path: Path) -> dict[str, bytes]:
    """A zip written as PyInstaller writes base_library.zip (members stored), of a package
    and a module whose source repeats (as compiled modules do)."""
    members = {"demo/__init__.py": b"VALUE = 'package'\n",
               "demo/mod.py": b"def f():\n    return 'module'\n" + b"# padding\n" * 500}
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return members


def test_the_copy_has_the_same_members_deflated(tmp_path):
    members = _stored_archive(tmp_path / "base_library.zip")
    lines: list[str] = []
    out = base_library.deflated_copy(tmp_path / "base_library.zip", tmp_path / "out",
                                     log=lines.append)
    assert out == tmp_path / "out" / "base_library.zip"
    with zipfile.ZipFile(out) as zf:
        assert {i.filename: zf.read(i) for i in zf.infolist()} == members
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_DEFLATED}
    assert out.stat().st_size < (tmp_path / "base_library.zip").stat().st_size
    assert lines and lines[0].startswith("base_library: 2 modules deflated")
    assert not list((tmp_path / "out").glob("*.part"))


def test_python_imports_from_the_deflated_archive(tmp_path):
    _stored_archive(tmp_path / "base_library.zip")
    out = base_library.deflated_copy(tmp_path / "base_library.zip", tmp_path / "out",
                                     log=lambda _line: None)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import demo, demo.mod; "
            "print(demo.VALUE, demo.mod.f(), type(demo.__loader__).__name__)")
    done = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["package", "module", "zipimporter"]
