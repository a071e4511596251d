"""What the build machine's Debian packages say of a file the bundle carries: which package
installed it, which ships the same library, which source package that is built from, and
the copyright file Debian keeps for it (packaging/licences.py's sources of licence texts).

Every function answers "nothing" where there is no ``dpkg`` (Windows, macOS, other Linux
distributions), so the build goes on and says what it could not trace.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import bundle_shrink
import stale_libraries


def debian_copyright(package: str) -> list[Path]:
    """The copyright file of a Debian package, where the machine has it."""
    text = Path("/usr/share/doc") / package / "copyright"
    return [text] if text.is_file() else []


def same_library_package(name: str) -> tuple[str, bool]:
    """The Debian package of the build machine that ships the library of ``name``, and
    whether it ships that very SONAME (``libcrypto-3a0647ea.so.3`` -> (``libssl3``, True));
    another release of it counts, not exactly (``libicuuc.so.73`` -> (``libicu72``, False)).
    ('', False) when none does."""
    named = bundle_shrink.family(name)
    if named is None or not shutil.which("dpkg"):
        return "", False
    stem = named[0].split(".so", 1)[0]
    for pattern in (f"*/{named[0]}", f"*/{stem}.so*", f"*/{stem}-*.so*"):
        out = subprocess.run(["dpkg", "-S", pattern], capture_output=True, text=True).stdout
        for line in out.splitlines():
            head, _, _path = line.partition(": ")
            if head and "diversion" not in head:
                return head.split(", ")[0].split(":", 1)[0], pattern == f"*/{named[0]}"
    return "", False


def machine_packages(files: dict[str, str]) -> dict[str, list[str]]:
    """``{package: [names]}`` of the build machine's packages that installed ``files``
    (``{name: file}``; ``stale_libraries.owners``); none where there is no ``dpkg``
    (Windows, macOS, other Linux distributions): those files are then of unknown origin."""
    if not files or not shutil.which("dpkg"):
        return {}
    return stale_libraries.owners(files)


def source_package(package: str) -> str:
    """The Debian source package a binary package is built from (``libkrb5-3`` -> ``krb5``):
    the libraries of one source share one copyright file. The package itself without dpkg."""
    if not shutil.which("dpkg-query"):
        return package
    out = subprocess.run(["dpkg-query", "-W", "-f=${source:Package}\\n", package],
                         capture_output=True, text=True).stdout.split()
    return out[0] if out else package  # one line per architecture installed
