"""What the bundle's build installs from source, and at which versions (Linux).

Two steps of the build replace a PyPI wheel with one built here (packaging/noblas_numpy.py:
numpy without OpenBLAS; packaging/slim_gdal.py: fiona and rasterio against a GDAL with only
the drivers zoneeditor uses). Both build **the version the tests ran with**, and both can
build ahead of the bundle, beside the test suite (``--prebuild``), for the version pip will
resolve for the tests. slim_gdal.py and packaging/slim_curl.py (the curl pyproj's PROJ
loads) build a C library from a source release pinned by its digest, once, into a cache.
These are the pieces they share.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO


def pip(*args: str, python: str = sys.executable, stdout: IO[str] | None = None) -> None:
    """Run ``python``'s pip (its output goes to the build log, or to ``stdout``)."""
    subprocess.run([python, "-m", "pip", *args], check=True, stdout=stdout)


def requirements(project: Path) -> list[str]:
    """``project``'s requirements and those of its ``test`` extra, from its pyproject.toml."""
    with (project / "pyproject.toml").open("rb") as f:
        meta = tomllib.load(f)["project"]
    return [*meta.get("dependencies", []), *meta.get("optional-dependencies", {}).get("test", [])]


def resolved_versions(project: Path, names: tuple[str, ...],
                      stdout: IO[str] | None = None) -> dict[str, str]:
    """The versions of ``names`` pip resolves now for ``project``'s requirements with its
    ``test`` extra, as the README's test command installs them. A dry run of the
    requirements, not of the project: building its metadata would write into the source
    folder while the test environment's own install of the project does the same."""
    with tempfile.TemporaryDirectory(prefix="build-deps-") as tmp:
        report = Path(tmp) / "report.json"
        pip("install", "-q", "--dry-run", "--ignore-installed", "--report", str(report),
            *requirements(project), stdout=stdout)
        install = json.loads(report.read_text(encoding="utf-8")).get("install", [])
    found = {str(item.get("metadata", {}).get("name", "")).lower():
             str(item.get("metadata", {}).get("version", "")) for item in install}
    missing = [name for name in names if name.lower() not in found]
    if missing:
        raise SystemExit(f"build_deps: pip resolves no {', '.join(missing)} for {project}")
    return {name: found[name.lower()] for name in names}


def installed_versions(python: str, names: tuple[str, ...]) -> dict[str, str]:
    """The versions of ``names`` installed in ``python``'s environment (its metadata, without
    importing them: a package built against a library not on the path still answers)."""
    code = ("import json, sys\nfrom importlib.metadata import version\n"
            "print(json.dumps({n: version(n) for n in sys.argv[1:]}))")
    out = subprocess.run([python, "-c", code, *names], check=True, capture_output=True,
                         text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def unpack_release(url: str, digest: str, into: Path) -> None:
    """Download the source release at ``url`` into ``into``, check that its SHA-256 is
    ``digest`` (a registry's file pinned by the build, never taken on trust), and unpack it
    there (tar's "data" filter: no links or paths leaving ``into``)."""
    archive = into / url.rsplit("/", 1)[1]
    with urllib.request.urlopen(url, timeout=300) as response, archive.open("wb") as out:
        shutil.copyfileobj(response, out)
    got = hashlib.sha256(archive.read_bytes()).hexdigest()
    if got != digest:
        raise SystemExit(f"build_deps: {url} has SHA-256 {got}, expected {digest}")
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def built_once(folder: Path, build: Callable[[Path], None], announce: str,
               stamp: str) -> Path:
    """The install prefix in ``folder``, made by ``build(prefix)`` unless a finished build is
    there already; a build cut short (no ``complete`` mark) is started again from nothing.
    ``announce`` goes to the build log before building; ``stamp`` into the mark."""
    prefix = folder / "prefix"
    mark = folder / "complete"
    if not mark.exists():
        shutil.rmtree(prefix, ignore_errors=True)
        print(announce, file=sys.stderr, flush=True)
        build(prefix)
        mark.write_text(stamp, encoding="utf-8")
    return prefix


def autotools_library(release: tuple[str, str], unpacked: str, options: Sequence[str],
                      folder: str, library: str, prefix: Path, jobs: int,
                      licences: Sequence[str] = ()) -> Path:
    """Build one shared library of an autotools source release: download and check it
    (``release``: URL and SHA-256), ``./configure`` it with ``options``, make only the
    library's libtool target in its ``folder`` (``libfoo.so.N.M.K`` is made by ``libfoo.la``:
    no programs, tests or documentation) and copy the library into ``prefix/lib``; its path
    there. The release's licence files (``licences``, paths in its source) go into
    ``prefix/share/licences``, where the bundle's licence folder takes them from
    (packaging/licences.py). The compiler's warnings and errors reach the build log, its
    progress lines not."""
    with tempfile.TemporaryDirectory(prefix="build-deps-") as tmp:
        unpack_release(*release, Path(tmp))
        source = Path(tmp) / unpacked
        quiet = {"stdout": subprocess.DEVNULL, "cwd": source}
        subprocess.run(["./configure", "-q", *options], check=True, **quiet)
        target = library.split(".so", 1)[0] + ".la"
        subprocess.run(["make", "-s", f"-j{jobs}", "-C", folder, target], check=True, **quiet)
        (prefix / "lib").mkdir(parents=True, exist_ok=True)
        built = prefix / "lib" / library
        shutil.copy2(source / folder / ".libs" / library, built)
        if licences:
            (prefix / "share" / "licences").mkdir(parents=True, exist_ok=True)
        for name in licences:
            shutil.copy2(source / name, prefix / "share" / "licences" / Path(name).name)
    return built


#: How many hex digits of the inputs' digest name a build's folder.
KEY_DIGITS = 10


def keyed_folder(cache: Path, stem: str, inputs: object) -> Path:
    """``cache/<stem>-<key>``: the folder a build is kept in, its key a digest of everything
    that decides what is built (``inputs``: source, options, as JSON), so a change of any of
    them builds afresh and an old build is never taken for a new one."""
    key = hashlib.sha256(json.dumps(inputs).encode()).hexdigest()[:KEY_DIGITS]
    return cache / f"{stem}-{key}"


def keyed_stem(folder: str) -> str | None:
    """The stem a ``keyed_folder`` name was made from (``gdal-3.10.3-ce981b6fc3`` ->
    ``gdal-3.10.3``), or None for a name that is not one."""
    stem, _, key = folder.rpartition("-")
    if stem and len(key) == KEY_DIGITS and all(c in "0123456789abcdef" for c in key):
        return stem
    return None


def log(text: str) -> None:
    """A line for the build log: on stderr, because these scripts' stdout carries only what
    build.sh reads from them (a folder, a library's path)."""
    print(text, file=sys.stderr, flush=True)


def library_arguments(description: str, argv: list[str] | None) -> argparse.Namespace:
    """The command line of a script that builds one library for the bundle once into a
    cache (``--cache``, ``--jobs``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cache", type=Path, required=True,
                        help="where the built library is kept between builds")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                        help="compilers at once (default: one per core)")
    return parser.parse_args(argv)


def child_output(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    """The last line ``code`` prints, run by this interpreter in a child process with
    ``args`` (loading a library or a package into the build's own process is not undone)."""
    out = subprocess.run([sys.executable, "-c", code, *args], check=True,
                         capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    return out.stdout.strip().splitlines()[-1]


def link_problems(needed: Sequence[str], search_paths: Sequence[str],
                  allowed: frozenset[str]) -> list[str]:
    """What is wrong with how a library built for the bundle links: libraries beyond
    ``allowed``, and any RPATH or RUNPATH (a folder of the build machine has no place in
    the bundle, and the bundle's loader finds its libraries beside it)."""
    wrong = []
    extra = sorted(set(needed) - allowed)
    if extra:
        wrong.append(f"it links {', '.join(extra)}")
    if search_paths:
        wrong.append(f"it names the folders {', '.join(search_paths)} to search")
    return wrong


def require_readelf(script: str) -> None:
    """Stop with one sentence when binutils' ``readelf`` is missing: a built library's links
    cannot be checked without it (a check that reads nothing would pass anything)."""
    if shutil.which("readelf") is None:
        raise SystemExit(f"{script}: readelf (binutils) is needed to check the library built "
                         "for the bundle")
