"""Making the bundle smaller without leaving anything out: stripping and one copy of shared data.

Used by packaging/zoneeditor.spec after ``bundle_rules.prune``. Plain Python (no PyInstaller
import) so it can be tested alone.

* **Stripping, verified.** Every ELF library and extension module is stripped of its symbol
  table and debug sections (pyproj's extension modules, Python's own ``lib-dynload``,
  OpenBLAS, GEOS... carry megabytes of them). ``strip`` is known to corrupt some libraries
  that auditwheel rewrote with patchelf (their LOAD segments end up misaligned: "ELF load
  command address/offset not page-aligned"), which is why PyInstaller's own ``strip=True`` is
  not used. So each stripped copy is checked the way the dynamic loader checks it — every
  LOAD segment's file offset and address congruent modulo its alignment, and inside the
  file — and the original is kept when the copy fails.
* **One copy of PROJ and GDAL data.** fiona, pyproj and rasterio each ship a PROJ database
  (9 MB each), fiona and rasterio each their GDAL data. A PROJ library accepts any
  ``proj.db`` of the same layout major version and at least its own minor version, so the
  newest database serves all; likewise the newest GDAL data. The others are left out, and
  the launcher points ``PROJ_DATA``/``GDAL_DATA`` at the kept ones (``DATA_HOMES``), which
  fiona and rasterio honour before their own folders, and pyproj uses when its own is gone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

#: Where each package keeps its PROJ and GDAL data inside the bundle, in order of preference
#: when the versions cannot be read (newest library first).
PROJ_HOMES = ("rasterio/proj_data", "pyproj/proj_dir/share/proj", "fiona/proj_data")
GDAL_HOMES = ("rasterio/gdal_data", "fiona/gdal_data")


# -- ELF ---------------------------------------------------------------------------------------
def is_elf(path: str | Path) -> bool:
    """True for an ELF file (a library, an extension module, an executable)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def loadable(path: str | Path) -> bool:
    """True when the dynamic loader would map ``path``: every PT_LOAD segment has
    ``p_offset % p_align == p_vaddr % p_align`` and lies inside the file (64- and 32-bit,
    either byte order)."""
    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or len(data) < 52:
        return False
    wide = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if wide:
        phoff, = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
    else:
        phoff, = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
    if phoff + phentsize * phnum > len(data):
        return False
    for k in range(phnum):
        at = phoff + k * phentsize
        if wide:
            p_type, _flags, off, vaddr, _paddr, filesz, _memsz, align = struct.unpack_from(
                order + "IIQQQQQQ", data, at)
        else:
            p_type, off, vaddr, _paddr, filesz, _memsz, _flags, align = struct.unpack_from(
                order + "IIIIIIII", data, at)
        if p_type != 1:  # PT_LOAD
            continue
        if align > 1 and off % align != vaddr % align:
            return False
        if off + filesz > len(data):
            return False
    return True


def strip_binaries(binaries: list, folder: Path, log: Callable[[str], None] = print) -> list:
    """Entries with every ELF file replaced by a stripped copy that the loader accepts.

    A copy ``strip`` fails on, or that would not load, is dropped and the original kept;
    each such case is logged. Without a ``strip`` tool the entries come back unchanged.
    """
    tool = shutil.which("strip")
    if tool is None:
        log("bundle_shrink: no 'strip' tool; binaries left as they are")
        return binaries
    folder.mkdir(parents=True, exist_ok=True)
    out, saved, kept = [], 0, []
    for dest, src, typecode in binaries:
        if typecode == "SYMLINK" or not os.path.isfile(src) or not is_elf(src):
            out.append((dest, src, typecode))
            continue
        target = folder / dest.replace("/", "__").replace("\\", "__")
        shutil.copy2(src, target)
        ok = subprocess.run([tool, "--strip-unneeded", str(target)],
                            capture_output=True).returncode == 0
        if ok and loadable(target) and os.path.getsize(target) <= os.path.getsize(src):
            saved += os.path.getsize(src) - os.path.getsize(target)
            src = str(target)
        else:
            kept.append(os.path.basename(dest))
        out.append((dest, src, typecode))
    if kept:
        log(f"bundle_shrink: {len(kept)} binaries kept unstripped (strip broke them): "
            + ", ".join(sorted(kept)))
    log(f"bundle_shrink: stripping saved {saved / 1e6:.1f} MB")
    return out


# -- shared data ---------------------------------------------------------------------------
def proj_db_version(path: str | Path) -> tuple[int, int, str]:
    """(layout major, layout minor, PROJ version) of a ``proj.db`` ((0, 0, '') if unreadable)."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = dict(con.execute("SELECT key, value FROM metadata WHERE key IN "
                                    "('DATABASE.LAYOUT.VERSION.MAJOR', "
                                    "'DATABASE.LAYOUT.VERSION.MINOR', 'PROJ.VERSION')"))
        finally:
            con.close()
        return (int(rows.get("DATABASE.LAYOUT.VERSION.MAJOR", 0)),
                int(rows.get("DATABASE.LAYOUT.VERSION.MINOR", 0)),
                str(rows.get("PROJ.VERSION", "")))
    except (sqlite3.Error, ValueError):
        return (0, 0, "")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def _home_of(dest: str, homes: tuple[str, ...]) -> str | None:
    d = _norm(dest)
    for home in homes:
        if d == home or d.startswith(home + "/"):
            return home
    return None


def choose_homes(datas: list) -> dict[str, str]:
    """The data folders to keep: ``{"PROJ_DATA": home, "GDAL_DATA": home}`` (only kinds
    present). The PROJ home is the one whose ``proj.db`` has the newest layout (every PROJ
    in the bundle must have the same layout major); GDAL data goes by ``GDAL_HOMES`` order."""
    chosen: dict[str, str] = {}
    dbs = {}
    for dest, src, _ in datas:
        home = _home_of(dest, PROJ_HOMES)
        if home is not None and _norm(dest) == home + "/proj.db":
            dbs[home] = proj_db_version(src)
    if dbs:
        majors = {v[0] for v in dbs.values()}
        if len(majors) == 1:
            chosen["PROJ_DATA"] = max(dbs, key=lambda h: (dbs[h][1], -PROJ_HOMES.index(h)))
    present = {_home_of(d, GDAL_HOMES) for d, _, _ in datas} - {None}
    for home in GDAL_HOMES:
        if home in present:
            chosen["GDAL_DATA"] = home
            break
    return chosen


def one_copy_of_data(datas: list, log: Callable[[str], None] = print
                     ) -> tuple[list, dict[str, str]]:
    """``datas`` with only one PROJ data folder and one GDAL data folder; and the chosen
    homes (bundle-relative) for the launcher to point ``PROJ_DATA``/``GDAL_DATA`` at."""
    homes = choose_homes(datas)
    drop = set()
    if "PROJ_DATA" in homes:
        drop |= set(PROJ_HOMES) - {homes["PROJ_DATA"]}
    if "GDAL_DATA" in homes:
        drop |= set(GDAL_HOMES) - {homes["GDAL_DATA"]}
    out, saved = [], 0
    for entry in datas:
        home = _home_of(entry[0], tuple(drop))
        if home is not None:
            if os.path.isfile(entry[1]):
                saved += os.path.getsize(entry[1])
            continue
        out.append(entry)
    if saved:
        log(f"bundle_shrink: one copy of PROJ/GDAL data ({homes}) saved {saved / 1e6:.1f} MB")
    return out, homes
