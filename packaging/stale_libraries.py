"""Which of the build machine's libraries in the bundle have a newer release waiting in the
machine's package archive (Debian and derivatives).

    python packaging/stale_libraries.py dist/zoneeditor

Why: the bundle carries the build machine's copies of the system libraries Qt, GDAL and
Python link (GLib, X11, fontconfig, ...), and Debian ships their security fixes as new
package releases. A machine whose packages were not upgraded builds a bundle with the old
ones: on 3 December 2026 the development machine had libcups2 2.4.2-3+deb12u8 while the
archive had deb12u10 (20 CVEs fixed), and GnuTLS and GLib had fixes waiting too. Nothing in the
build or the self-test shows that, and a delegate's laptop would run them.

Each library at the top of the bundle that is a copy of a file the machine's package manager
installed is traced to its package: ``dpkg -S`` finds the files of that name, and one counts
only when its GNU build ID (which ``strip`` keeps) is the bundled copy's, so a library of the
same name from elsewhere (pyenv's libpython, a wheel's) is not taken for the package's. Each
package's installed release is then compared with the archive's candidate (``apt-cache
policy``, the machine's own package lists: no network). build.sh runs it after
every build and prints what it finds; ``--strict`` makes a stale package an error (a release
build). Where there is no ``dpkg`` (not Debian), it says so and finds nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

#: Folders of the bundle whose libraries come from wheels or are built for it, not from the
#: machine's packages.
NOT_THE_MACHINES = ("pyproj.libs", "psycopg_binary.libs", "shapely.libs", "numpy.libs",
                    "pypdfium2_raw", "PySide6", "rasterio", "fiona", "python3.")


@dataclass(frozen=True)
class Stale:
    """A package of the build machine whose libraries are in the bundle, and the newer
    release its archive has."""

    package: str
    installed: str
    candidate: str
    libraries: tuple[str, ...]

    def sentence(self) -> str:
        """One line for the build log."""
        return (f"{self.package} {self.installed} is installed, the archive has "
                f"{self.candidate} ({', '.join(self.libraries)} in the bundle)")


def machine_libraries(bundle: Path) -> dict[str, str]:
    """``{name: file}`` of the shared libraries at the bundle's top (where PyInstaller puts
    the machine's), less those of ``NOT_THE_MACHINES``'s folders linked there."""
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    out = {}
    for entry in sorted(inner.iterdir()):
        if not re.match(r"lib.+\.so(\.\d+)*$", entry.name):
            continue
        target = os.path.realpath(entry)
        if any(f"{os.sep}{folder}" in target for folder in NOT_THE_MACHINES):
            continue
        out[entry.name] = target
    return out


def build_id(path: str) -> str:
    """The GNU build ID of an ELF file ('' without one, or without ``readelf``)."""
    tool = shutil.which("readelf")
    if tool is None:
        return ""
    out = subprocess.run([tool, "-n", path], capture_output=True, text=True).stdout
    found = re.search(r"Build ID: ([0-9a-f]+)", out)
    return found[1] if found else ""


def owners(bundled: dict[str, str]) -> dict[str, list[str]]:
    """``{package: [library names]}`` for the libraries of ``bundled`` (name -> the bundled
    file) that are copies of a file a package installed: same name in ``dpkg``'s records and
    the same build ID. Others (built for the bundle, from a wheel or another Python) are left
    out."""
    if not bundled:
        return {}
    result = subprocess.run(["dpkg", "-S", *(f"*/{n}" for n in bundled)], capture_output=True,
                            text=True)
    ids = {name: build_id(path) for name, path in bundled.items()}
    found: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        head, _, path = line.partition(": ")
        name = os.path.basename(path.strip())
        if name not in bundled or "diversion" in head or not ids[name] \
                or not os.path.exists(path.strip()) or build_id(path.strip()) != ids[name]:
            continue
        for package in head.split(", "):
            package = package.split(":", 1)[0]
            if name not in found.setdefault(package, []):
                found[package].append(name)
    return found


def policies(text: str) -> dict[str, tuple[str, str]]:
    """``{package: (installed, candidate)}`` from ``apt-cache policy``'s output."""
    out: dict[str, tuple[str, str]] = {}
    package = installed = ""
    for line in text.splitlines():
        if line and not line.startswith(" "):
            package, installed = line.rstrip(":").split(":", 1)[0], ""
        elif line.strip().startswith("Installed:"):
            installed = line.split(":", 1)[1].strip()
        elif line.strip().startswith("Candidate:") and package:
            out[package] = (installed, line.split(":", 1)[1].strip())
    return out


def newer(candidate: str, installed: str) -> bool:
    """True when Debian's version ordering puts ``candidate`` after ``installed``."""
    if candidate in ("", "(none)") or installed in ("", "(none)"):
        return False
    return subprocess.run(["dpkg", "--compare-versions", candidate, "gt", installed],
                          capture_output=True).returncode == 0


def stale(found: dict[str, list[str]], policy: dict[str, tuple[str, str]]) -> list[Stale]:
    """The packages of ``found`` whose archive has a newer release than the installed one."""
    out = []
    for package, libraries in sorted(found.items()):
        installed, candidate = policy.get(package, ("", ""))
        if newer(candidate, installed):
            out.append(Stale(package, installed, candidate, tuple(sorted(libraries))))
    return out


def check(bundle: Path) -> list[Stale]:
    """The stale packages whose libraries the bundle in ``bundle`` carries."""
    found = owners(machine_libraries(bundle))
    if not found:
        return []
    text = subprocess.run(["apt-cache", "policy", *found], capture_output=True,
                          text=True).stdout
    return stale(found, policies(text))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the stale packages; 1 with ``--strict`` when there are any, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the built bundle (dist/zoneeditor)")
    parser.add_argument("--strict", action="store_true",
                        help="a stale package is an error (for a release build)")
    args = parser.parse_args(argv)
    if not (shutil.which("dpkg") and shutil.which("apt-cache")):
        print("stale_libraries: no dpkg/apt-cache on this machine: its libraries' releases "
              "are not checked", file=sys.stderr)
        return 0
    found = check(args.bundle)
    for item in found:
        print(f"stale_libraries: {item.sentence()}", file=sys.stderr)
    if found:
        print(f"stale_libraries: {len(found)} package(s) of this machine have newer releases "
              "(often security fixes): upgrade them (apt-get install --only-upgrade "
              + " ".join(i.package for i in found) + ") and build again", file=sys.stderr)
        return 1 if args.strict else 0
    print("== the machine's libraries in the bundle are the archive's newest releases",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
