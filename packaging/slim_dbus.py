"""Build the D-Bus client library Qt loads in the bundle without systemd (Linux).

    <build-venv>/bin/python packaging/slim_dbus.py --cache DIR

Why: Qt talks D-Bus (``libQt6DBus``: the desktop portal's file dialogs, input methods,
accessibility, the theme), through ``libdbus-1``. Debian builds that library with systemd
support, so the bundle carried libsystemd and what it links: libgcrypt, libgpg-error, lz4
and libcap, 2.5 MB. In libdbus, systemd serves the message bus daemon only (socket
activation, readiness and journal reporting, console users: ``dbus/dbus-sysdeps-unix.c``,
``dbus-sysdeps-util-unix.c``, ``dbus-spawn-unix.c``, ``dbus-userdb-util.c``), never a client
such as Qt. Debian itself builds a libdbus without it, for its installer (the "udeb" flags
of ``debian/rules``); this is that build, of the same release as the build machine's library.

1. **Source**: D-Bus's release as Debian's archive ships it (``DBUS_SOURCE``, pinned by its
   SHA-256; Debian's only patch to it changes a test's timeouts), configured as Debian
   configures it (``CONFIGURE_OPTIONS``: the same system bus socket, configuration and
   machine-id paths, the installer's flags: no systemd, SELinux, AppArmor or audit).
2. **Built once** into ``--cache`` (a folder named for the version and the options), under a
   minute on two cores; Debian's ``libexpat1-dev`` gives the headers configure asks for.
3. **Checked**: it links nothing but the C library and names no folder to search, and
   loaded it reports its release; otherwise this exits non-zero. It is built only when the
   build machine's ``libdbus-1.so.3`` (the one it replaces, which Qt was collected with) is
   that release; on another machine (Debian 13 has D-Bus 1.16) this says so, prints an
   empty line and the machine's library is shipped as it is, with what it links.

It prints the built library's path as its last line on stdout; build.sh hands it to the
spec (``ZE_BUILT_LIBRARIES``), where it takes the place of the build machine's copy, and
what only that copy linked (libsystemd, ...) is left out by the pruning.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import build_deps  # packaging/ is on the path (this file's folder)
from build_deps import log
from bundle_shrink import elf_needed, elf_search_paths

DBUS_VERSION = "1.14.10"
#: D-Bus's source release from Debian's archive (bookworm's D-Bus), and its SHA-256.
DBUS_SOURCE = ("https://deb.debian.org/debian/pool/main/d/dbus/dbus_1.14.10.orig.tar.xz",
               "ba1f21d2bd9d339da2d4aa8780c09df32fea87998b73da24f49ab9df1e36a50f")
#: The library's file name (libtool's version for D-Bus 1.14.10) and its SONAME.
LIBRARY = "libdbus-1.so.3.32.4"
SONAME = "libdbus-1.so.3"
#: The only libraries it may link.
ALLOWED_NEEDED = frozenset({"libc.so.6", "libpthread.so.0"})
#: The release's licence (the client library is under the AFL 2.1 or the GPL 2; COPYING holds
#: both), for the bundle's licence folder.
LICENCES = ("COPYING",)
#: Debian's paths (debhelper's and ``debian/rules``' common flags) and, of the installer's
#: ("udeb") flags, those that leave out systemd, SELinux, AppArmor and audit (not ``-Os``, and
#: argument checks and statistics stay, as in Debian's library): the library finds the system
#: bus, its configuration and the machine id where the machine's own libdbus does, and
#: exports the same symbols.
CONFIGURE_OPTIONS = (
    "--prefix=/usr", "--sysconfdir=/etc", "--localstatedir=/var", "--runstatedir=/run",
    "--libexecdir=/usr/lib/dbus-1.0", "--with-system-socket=/run/dbus/system_bus_socket",
    "--enable-traditional-activation",  # Debian's (the bus's, not the library's concern)
    "--with-session-socket-dir=/tmp", "--disable-static", "--enable-shared",
    "--disable-systemd", "--disable-selinux", "--disable-apparmor", "--disable-libaudit",
    "--disable-user-session", "--disable-installed-tests", "--disable-xml-docs",
    "--disable-doxygen-docs", "--disable-ducktype-docs", "--disable-tests",
)


def build_folder(cache: Path) -> Path:
    """Where this D-Bus is kept: named for the version and a digest of the source and the
    options, so a change of either builds afresh."""
    return build_deps.keyed_folder(cache, f"dbus-{DBUS_VERSION}",
                                   [DBUS_SOURCE, CONFIGURE_OPTIONS, LICENCES])


def build_dbus(prefix: Path, jobs: int) -> None:
    """Configure D-Bus and build its client library (only) into ``prefix/lib``."""
    start = time.monotonic()
    built = build_deps.autotools_library(DBUS_SOURCE, f"dbus-{DBUS_VERSION}",
                                         CONFIGURE_OPTIONS, "dbus", LIBRARY, prefix, jobs,
                                         LICENCES)
    log(f"== D-Bus {DBUS_VERSION} built without systemd in "
        f"{(time.monotonic() - start) / 60:.1f} min ({LIBRARY} "
        f"{built.stat().st_size / 1e6:.2f} MB unstripped)")


#: Run in a child: the release a libdbus reports (``dbus_get_version``, since D-Bus 1.2).
_PROBE = """
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
v = [ctypes.c_int() for _ in range(3)]
lib.dbus_get_version(*map(ctypes.byref, v))
print(".".join(str(n.value) for n in v))
"""


def version_of(library: str) -> str:
    """The D-Bus release ``library`` (a path, or a SONAME the loader finds) reports; '' when
    it cannot be loaded."""
    try:
        return build_deps.child_output(_PROBE, library)
    except subprocess.CalledProcessError:
        return ""


def problems(library: Path, needed: list[str], version: str,
             search_paths: Sequence[str] = ()) -> str:
    """Why the built library is not the one the bundle should ship ('' when it is): the
    libraries it links and the folders it names to search, and a release other than its
    own."""
    wrong = build_deps.link_problems(needed, search_paths, ALLOWED_NEEDED)
    if version != DBUS_VERSION:
        wrong.append(f"it reports D-Bus {version or 'nothing (it does not load)'}")
    return "; ".join(f"{library.name}: {w}" for w in wrong)


def main(argv: list[str] | None = None) -> int:
    """Build (once) and check; print the library's path (or an empty line when the build
    machine's libdbus is another release: that one is shipped then). 0 when ready."""
    args = build_deps.library_arguments(__doc__.splitlines()[0], argv)
    build_deps.require_readelf("slim_dbus")
    machines = version_of(SONAME)
    if machines != DBUS_VERSION:
        # Qt was collected with the machine's library: one of another release is not built
        # to stand in for it (a new DBUS_SOURCE is), and the machine's is shipped as it is.
        log(f"== the build machine's {SONAME} is "
            f"{'D-Bus ' + machines if machines else 'missing'}, not D-Bus {DBUS_VERSION}: "
            "it is shipped as it is, with what it links")
        print("", flush=True)
        return 0
    folder = build_folder(args.cache)
    prefix = build_deps.built_once(
        folder, lambda p: build_dbus(p, args.jobs),
        f"== building D-Bus {DBUS_VERSION}'s library without systemd (once; kept in "
        f"{folder})", DBUS_VERSION)
    library = prefix / "lib" / LIBRARY
    problem = problems(library, elf_needed(str(library)), version_of(str(library)),
                       elf_search_paths(str(library)))
    if problem:
        log(f"slim_dbus: {problem}")
        return 1
    log(f"== D-Bus {DBUS_VERSION}'s library without systemd")
    print(library, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
