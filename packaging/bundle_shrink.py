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
import re
import shutil
import sqlite3
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

from bundle_rules import (  # packaging/ is on the path
    DLOPENED,
    is_shared_library,
    reachable_libraries,
)

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


# -- one copy of a shared library ----------------------------------------------------------
#: Library families (by SONAME, without auditwheel's hash) of which one copy serves every
#: package that ships its own, when one copy provides every symbol the others' users take
#: from them (checked, else both copies stay):
#:
#: * ``libgdal.so.35``: fiona's GDAL 3.9.2 and rasterio's 3.9.3 (one ABI within a release
#:   series; pyproject.toml pins the pair). rasterio's build has every driver zoneeditor
#:   uses (Shapefile, GeoPackage, GeoJSON, KML, OSM, GTiff, MBTiles, PNG/JPEG/JP2); fiona's
#:   extra vector drivers (CSV, DXF, GML, GPX, FlatGeobuf, OpenFileGDB, S57, DGN) are not
#:   read or written by zoneeditor (its readers take shapefile, GeoPackage, GeoJSON, KML/KMZ).
#:   With it goes fiona's whole stack: its PROJ, GEOS, OpenSSL 1.1, curl, sqlite, tiff, ...
#: * ``libgeos_c.so.1``: the GEOS C API, stable since GEOS 3.0 under one SONAME; shapely's
#:   GEOS 3.14 serves rasterio's GDAL (built against 3.11) too.
#: * ``libssl.so.3``/``libcrypto.so.3``: OpenSSL 3 keeps one ABI under one SONAME (symbol
#:   versions say since which release a function exists); psycopg's copy serves Python's
#:   ``_ssl`` too.
#: * Kerberos (``libgssapi_krb5.so.2``, ``libkrb5.so.3``, ``libk5crypto.so.3``,
#:   ``libkrb5support.so.0``, ``libcom_err.so.2``, ``libkeyutils.so.1``): libpq (psycopg's
#:   wheel) and Python's ``_ssl`` bring MIT Kerberos (and the user's libcups, left to the
#:   system, finds it through the library path); its libraries version their symbols,
#:   which the check compares.
#: * ``libcurl.so.4``: curl's ABI has not changed under this SONAME since 2006; pyproj's
#:   PROJ links a 6 MB curl (its TLS and HTTP/2 built in) for network grids, which the
#:   offline bundle never fetches. The curl built for it (packaging/slim_curl.py: HTTP(S) on
#:   the bundle's OpenSSL 3, 0.6 MB) serves it; with the wheels' GDAL, GDAL's curl. curl's
#:   library file is ``libcurl.so.4.8.0`` in every release, so ``release`` sees a tie here
#:   and slim_curl.py checks that its curl is not older than the wheel's.
#:
#: * ``libzstd.so.1``, ``liblzma.so.5``, ``libpng16.so.16``: rasterio's GDAL stack brings
#:   zstd 1.5.0, xz 5.2.2 and libpng 1.6.35, the build machine's (for Qt and FreeType)
#:   newer releases of the same SONAMEs, whose ABI holds within them (liblzma and
#:   libpng version their symbols, which the check compares): 1.5 MB, rasterio's copies
#:   (which strip cannot shrink) go.
#:
#: * ``libproj.so.25``: the GDAL built for the bundle (packaging/slim_gdal.py) links the
#:   build machine's PROJ 9.1, whose ABI pyproj's newer PROJ keeps under the same SONAME:
#:   pyproj's copy serves both, and the machine's (with the curl, GnuTLS and libtiff it
#:   links) goes. The GDAL wheels' PROJ cannot be shared so: it renames its geodesic
#:   functions (``internal_geod_*``, which their GDAL calls) and pyproj's does not
#:   (``geod_*``), which the symbol check sees (checked with pyproj 3.7.0's PROJ 9.4.1), so a
#:   build with the wheels' GDAL (``ZE_GDAL_WHEELS=1``) keeps both.
#:
#: * ``libsqlite3.so.0``: pyproj's PROJ brings SQLite 3.46 to read ``proj.db``; the build
#:   machine's (3.40, which Python's ``sqlite3`` and the bundle's GDAL link) serves it, as
#:   ``MACHINE_COPY_SERVES`` says. One SQLite in the process is also SQLite's own advice:
#:   two copies in one process do not see each other's POSIX locks on a file both open
#:   (sqlite.org, "How To Corrupt An SQLite Database File", 2.2.1). 1.6 MB.
SHARED_FAMILIES = ("libgdal.so.35", "libgeos_c.so.1", "libssl.so.3", "libcrypto.so.3",
                   "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3",
                   "libkrb5support.so.0", "libcom_err.so.2", "libkeyutils.so.1",
                   "libcurl.so.4", "libzstd.so.1", "liblzma.so.5", "libpng16.so.16",
                   "libproj.so.25", "libsqlite3.so.0")

#: Families whose kept copy is the build machine's (collected under its plain SONAME, no
#: auditwheel tag), whatever the release of the wheels' copies: SQLite, because the
#: journal's durability rests on the SQLite Python's ``sqlite3`` was built and tested with
#: (its compile-time defaults, ``SYNCHRONOUS`` and the like, differ between builds without a
#: symbol showing it), and PROJ only reads ``proj.db`` with the API SQLite 3.11 already had
#: (PROJ's own minimum; the symbol check still applies).
MACHINE_COPY_SERVES = ("libsqlite3.so.0",)

_AUDITWHEEL_TAG = re.compile(r"-(?:[A-Za-z0-9_]+-)?[0-9a-f]{8}(?=\.so)")
_SO_VERSION = re.compile(r"^(?P<stem>.+?\.so)(?P<version>(?:\.\d+)*)$")


def family(name: str) -> tuple[str, tuple[int, ...]] | None:
    """(``libfoo.so.MAJOR``, full version) of a shared library's file name, auditwheel's
    ``-<package>-<hash>`` tag removed: ``libgdal-fiona-e8f6bdb0.so.35.3.9.2`` ->
    (``libgdal.so.35``, (35, 3, 9, 2)). None when the name has no ``.so``."""
    match = _SO_VERSION.match(_AUDITWHEEL_TAG.sub("", os.path.basename(name)))
    if match is None:
        return None
    numbers = tuple(int(n) for n in match["version"].split(".") if n)
    major = f".{numbers[0]}" if numbers else ""
    return match["stem"] + major, numbers


def release(dest: str, src: str) -> tuple[int, ...]:
    """The release of a bundled library: the longer of the versions in its name in the
    bundle and in the file it was copied from. A wheel's copy carries its release in its
    name (``libzstd-rasterio-8255c9c1.so.1.5.0``); the build machine's is collected under its
    SONAME (``libzstd.so.1``), a link to the release (``libzstd.so.1.5.4``)."""
    mine = family(dest)
    real = family(os.path.realpath(src))
    if mine is None:
        return ()
    if real is not None and real[0] == mine[0] and len(real[1]) > len(mine[1]):
        return real[1]
    return mine[1]


def _dynamic_section(path: str) -> str:
    """``readelf -dW``'s listing of an ELF file's dynamic section ('' without the tool)."""
    tool = shutil.which("readelf")
    if tool is None:
        return ""
    return subprocess.run([tool, "-dW", path], capture_output=True, text=True).stdout


def elf_needed(path: str) -> list[str]:
    """The libraries an ELF file names itself (``DT_NEEDED``, via ``readelf``): direct
    dependencies only, unlike ``ldd`` (and PyInstaller's reader), which list the whole tree."""
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", _dynamic_section(path))


def elf_soname(path: str) -> str | None:
    """The SONAME an ELF library gives itself (``DT_SONAME``, via ``readelf``); None without
    one or without the tool."""
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _dynamic_section(path))
    return found[1] if found else None


def elf_search_paths(path: str) -> list[str]:
    """The folders an ELF file tells the loader to search (``DT_RPATH``/``DT_RUNPATH``)."""
    return re.findall(r"\((?:RPATH|RUNPATH)\)\s+Library r(?:un)?path: \[([^\]]+)\]",
                      _dynamic_section(path))


def built_libraries(paths: str, soname: Callable[[str], str | None] = elf_soname
                    ) -> dict[str, str]:
    """``{SONAME: path}`` of the libraries built for the bundle from their source releases
    (packaging/slim_curl.py, packaging/slim_dbus.py), named in ``paths`` (separated by
    ``os.pathsep``, as build.sh hands them over in ``ZE_BUILT_LIBRARIES``); a missing file,
    or a library with no SONAME (it cannot stand for another), is refused in one sentence."""
    named = [path for path in paths.split(os.pathsep) if path]
    if named and shutil.which("readelf") is None:
        raise SystemExit("bundle_shrink: readelf (binutils) is needed to place the "
                         "libraries built for the bundle")
    out: dict[str, str] = {}
    for path in named:
        if not os.path.isfile(path):
            raise SystemExit(f"bundle_shrink: the library built for the bundle {path} is "
                             "not there")
        name = soname(path)
        if name is None:
            raise SystemExit(f"bundle_shrink: {path} has no SONAME")
        out[name] = path
    return out


def put_built_libraries(binaries: list, built: dict[str, str]) -> tuple[list, dict[str, str]]:
    """Entries with each library PyInstaller collected from the build machine under a SONAME
    of ``built`` taken from the library built for the bundle instead (before the pruning, so
    that what only the machine's copy linked goes: libdbus without systemd leaves
    libsystemd and its stack out); and the built libraries PyInstaller collected no copy of
    (curl: pyproj's PROJ names its own tagged copy), which join their family in
    ``share_libraries``."""
    out, placed = [], set()
    for dest, src, typecode in binaries:
        name = os.path.basename(dest)
        if typecode != "SYMLINK" and name in built:
            out.append((dest, built[name], typecode))
            placed.add(name)
        else:
            out.append((dest, src, typecode))
    return out, {name: path for name, path in built.items() if name not in placed}


def _symbols(path: str, defined: bool) -> set[str]:
    """Dynamic symbols of an ELF file (``name@version`` where versioned), defined or
    undefined ones; empty when ``nm`` is missing or fails."""
    tool = shutil.which("nm")
    if tool is None:
        return set()
    result = subprocess.run([tool, "-D", "--defined-only" if defined else "--undefined-only",
                             path], capture_output=True, text=True)
    out = set()
    for line in result.stdout.splitlines():
        parts = line.split()
        if parts:
            out.add(parts[-1].replace("@@", "@"))
    return out


def _plain(symbol: str) -> str:
    return symbol.split("@", 1)[0]


def share_libraries(binaries: list, needed: Callable[[str], list[str]] = elf_needed,
                    families: tuple[str, ...] = SHARED_FAMILIES,
                    log: Callable[[str], None] = print,
                    machine_copy: tuple[str, ...] = MACHINE_COPY_SERVES) -> list:
    """Entries with one copy per family in ``families``: the others become symbolic links to
    it, and libraries no longer reachable from what is kept (the replaced copies' own
    dependencies) are left out.

    The kept copy is one of the newest release (``release``: by the version in its name) that
    defines every symbol (with its version) that any binary in the bundle imports from any
    copy of the family, and of those the one whose choice leaves out the most bytes; when
    none qualifies, the family keeps all its copies (logged); in a family of
    ``machine_copy``, the build machine's copy (no auditwheel tag) instead of the newest
    release. The dynamic loader opens a
    link and finds the file it already mapped, so a process holds one copy. ``needed``
    lists a binary's direct dependencies (``elf_needed``).
    """
    libs = [e for e in binaries if e[2] != "SYMLINK" and is_shared_library(e[0])
            and is_elf(e[1])]
    by_family: dict[str, list[tuple]] = {}
    for entry in libs:
        fam = family(entry[0])
        if fam is not None and fam[0] in families:
            by_family.setdefault(fam[0], []).append(entry)
    users: dict[str, list[str]] = {}  # library base name -> sources of binaries that need it
    for _dest, src, typecode in binaries:
        if typecode != "SYMLINK" and is_elf(src):
            for name in needed(src):
                users.setdefault(os.path.basename(name), []).append(src)
    replaced: dict[str, tuple] = {}  # dest of a copy -> the entry kept instead
    saved = 0
    for fam, copies in sorted(by_family.items()):
        if len(copies) < 2:
            continue
        exports = {e[1]: _symbols(e[1], defined=True) for e in copies}
        wanted: set[str] = set()
        for e in copies:
            mine = exports[e[1]]
            mine_plain = {_plain(s) for s in mine}
            for user in users.get(os.path.basename(e[0]), ()):
                wanted |= {s for s in _symbols(user, defined=False) if _plain(s) in mine_plain}
        # only the newest release may serve the others (within one SONAME a library keeps
        # working for programs built against an older release, not a newer one); of its
        # copies that define every wanted symbol, the one that lets the most bytes go
        newest = max(release(e[0], e[1]) for e in copies)
        if fam in machine_copy:  # the build machine's copy: no auditwheel tag
            eligible = [e for e in copies if not _AUDITWHEEL_TAG.search(os.path.basename(e[0]))]
        else:
            eligible = [e for e in copies if release(e[0], e[1]) == newest]
        able = [e for e in eligible if wanted <= exports[e[1]]]
        keep = max(able, key=lambda e: _bytes_saved(e, copies, binaries, libs, needed),
                   default=None)
        if keep is None:
            log(f"bundle_shrink: {fam}: no copy provides every symbol its users take; "
                f"all {len(copies)} copies stay")
            continue
        for e in copies:
            if e is not keep:
                replaced[os.path.normpath(e[0])] = keep
                saved += os.path.getsize(e[1])
        log(f"bundle_shrink: {fam}: {os.path.basename(keep[0])} serves "
            + ", ".join(os.path.basename(e[0]) for e in copies if e is not keep)
            + f" ({len(wanted)} symbols checked)")
    if not replaced:
        return binaries
    only_theirs = _only_theirs(binaries, libs, needed, replaced)
    out, dropped = [], []
    for dest, src, typecode in binaries:
        kept = replaced.get(os.path.normpath(dest))
        if kept is not None:
            link = os.path.relpath(kept[0], os.path.dirname(dest) or ".")
            out.append((dest, link, "SYMLINK"))
        elif typecode != "SYMLINK" and src in only_theirs:
            dropped.append(os.path.basename(dest))
            saved += os.path.getsize(src)
        else:
            out.append((dest, src, typecode))
    out = _without_dangling_links(out)
    log(f"bundle_shrink: shared copies replace {len(replaced)} libraries and leave out "
        f"{len(dropped)} only they needed ({', '.join(sorted(dropped))}): "
        f"{saved / 1e6:.1f} MB")
    return out


def _only_theirs(binaries: list, libs: list, needed: Callable[[str], list[str]],
                 replaced: dict[str, tuple]) -> set[str]:
    """Sources of the libraries only the copies in ``replaced`` needed: reachable before,
    not once they point at the kept ones (a library reachable from nothing either way stays
    as PyInstaller chose it)."""
    lib_srcs = {src for _d, src, _t in libs}
    roots = [src for dest, src, t in binaries if t != "SYMLINK" and src not in lib_srcs]
    roots += [src for dest, src, _ in libs if os.path.basename(dest).startswith("libpython")
              or os.path.basename(dest) in DLOPENED]
    return _reachable(roots, needed, libs, {}) - _reachable(roots, needed, libs, replaced)


def _bytes_saved(keep: tuple, copies: list, binaries: list, libs: list,
                 needed: Callable[[str], list[str]]) -> int:
    """Bytes left out if ``keep`` serves the other ``copies``."""
    replaced = {os.path.normpath(e[0]): keep for e in copies if e is not keep}
    gone = _only_theirs(binaries, libs, needed, replaced)
    return sum(os.path.getsize(e[1]) for e in libs if e[1] in gone or
               os.path.normpath(e[0]) in replaced)


def _reachable(roots: list[str], needed: Callable[[str], list[str]], libs: list,
               replaced: dict[str, tuple]) -> set[str]:
    """Sources of the libraries in ``libs`` reachable from ``roots`` through ``needed``, with
    the copies in ``replaced`` (by destination) standing for the entries kept instead."""
    by_name: dict[str, list[str]] = {}
    for dest, src, _ in libs:
        kept = replaced.get(os.path.normpath(dest))
        by_name.setdefault(os.path.basename(dest), []).append(
            kept[1] if kept is not None else src)
    return reachable_libraries(roots, needed, by_name)


def _without_dangling_links(entries: list) -> list:
    """Entries without symbolic links whose target (followed through other links) is not
    in the bundle."""
    files = {os.path.normpath(d) for d, _s, t in entries if t != "SYMLINK"}
    links = {os.path.normpath(d): os.path.normpath(os.path.join(os.path.dirname(d), s))
             for d, s, t in entries if t == "SYMLINK"}

    def resolves(path: str, depth: int = 0) -> bool:
        if path in files:
            return True
        return depth < 8 and path in links and resolves(links[path], depth + 1)

    return [e for e in entries if e[2] != "SYMLINK" or resolves(os.path.normpath(e[0]))]
