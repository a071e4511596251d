"""Build the curl that pyproj's PROJ loads in the bundle: HTTP and HTTPS on the bundle's own
OpenSSL 3, nothing else (Linux).

    <build-venv>/bin/python packaging/slim_curl.py --cache DIR

Why: PROJ links libcurl for its network grids (``PROJ_NETWORK=ON``: grids fetched from
cdn.proj.org or a mirror), and pyproj's wheel brings a curl with its own OpenSSL and HTTP/2
(nghttp2) built in: 6.2 MB of the bundle. libproj names it as a ``DT_NEEDED`` library, so it
cannot simply go, although zoneeditor never turns PROJ's network on (it reaches no network but
a team server the user configured). The curl built here keeps what PROJ's network file
manager does with curl (five ``curl_easy_*`` calls: HTTP and HTTPS requests with ranges,
redirects, proxies, timeouts; ``file://`` for a local mirror) and takes its TLS from the
OpenSSL 3 the bundle has anyway (psycopg's ``libssl``/``libcrypto``, shared with Python's
``_ssl``): 0.6 MB. Left out: every other protocol (FTP, LDAP, SMTP, SSH, ...), HTTP/2, IDN,
the public suffix list, brotli/zstd decoding and Kerberos, none of which PROJ asks for.

1. **Source**: curl's release as Debian's archive ships it (``CURL_SOURCE``, pinned by its
   SHA-256; the same file as curl's own release), at least as new as the curl in pyproj's
   wheel (checked: curl's library keeps the file name ``libcurl.so.4.8.0`` from release to
   release, so the bundle's library sharing cannot tell them apart by name, and within one
   SONAME a newer library serves programs built against an older one, not the reverse).
2. **Built once** into ``--cache`` (a folder named for the version and the options), about a
   minute on two cores, with ``CONFIGURE_OPTIONS``; Debian's ``libssl-dev`` and
   ``zlib1g-dev`` give the headers (``.ci/run`` installs them).
3. **Checked**: it links nothing but OpenSSL 3, zlib and the C library, and loaded it
   reports this release, OpenSSL 3 and the protocols PROJ uses; otherwise this exits
   non-zero.

It prints the built library's path as its last line on stdout; build.sh hands it to the spec
(``ZE_BUILT_LIBRARIES``), which adds it to the ``libcurl.so.4`` family: ``bundle_shrink.
share_libraries`` checks that it defines every symbol libproj takes from curl and lets it serve
libproj, and pyproj's curl and its nghttp2 go. When pyproj's wheel links no curl it prints an
empty line and builds nothing.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import build_deps  # packaging/ is on the path (this file's folder)
from build_deps import log
from bundle_shrink import elf_needed, elf_search_paths

CURL_VERSION = "8.14.1"
#: curl's source release from Debian's archive (bookworm-backports' curl), and its SHA-256.
CURL_SOURCE = ("https://deb.debian.org/debian/pool/main/c/curl/curl_8.14.1.orig.tar.gz",
               "6766ada7101d292b42b8b15681120acd68effa4a9660935853cf6d61f0d984d4")
#: The library's file name inside the install prefix (curl's libtool version, unchanged
#: since curl 7.16).
LIBRARY = "libcurl.so.4.8.0"
#: What PROJ's network file manager (src/networkfilemanager.cpp) asks of curl.
PROTOCOLS = frozenset({"http", "https", "file"})
#: The only libraries it may link: the bundle's OpenSSL 3 and zlib, and the C library.
ALLOWED_NEEDED = frozenset({"libssl.so.3", "libcrypto.so.3", "libz.so.1", "libc.so.6",
                            "libpthread.so.0", "libdl.so.2"})
#: The release's licence (curl's MIT-style licence), for the bundle's licence folder.
LICENCES = ("COPYING",)
#: ``./configure`` options: a shared library with HTTP(S) and file:// on OpenSSL and zlib.
#: The CA certificates are the system's (Debian's paths, which curl's own configure finds on
#: Debian and derivatives), then OpenSSL's default store; PROJ also honours
#: ``PROJ_CURL_CA_BUNDLE`` and ``SSL_CERT_FILE``.
CONFIGURE_OPTIONS = (
    "--disable-static", "--enable-shared", "--with-openssl", "--with-zlib",
    "--with-ca-bundle=/etc/ssl/certs/ca-certificates.crt", "--with-ca-path=/etc/ssl/certs",
    "--with-ca-fallback",
    "--without-zstd", "--without-brotli", "--without-libpsl", "--without-libidn2",
    "--without-nghttp2", "--without-nghttp3", "--without-ngtcp2", "--without-libssh2",
    "--without-libssh", "--without-librtmp", "--without-gssapi", "--without-libgsasl",
    "--disable-ldap", "--disable-ldaps", "--disable-rtsp", "--disable-dict",
    "--disable-telnet", "--disable-tftp", "--disable-pop3", "--disable-imap", "--disable-smb",
    "--disable-smtp", "--disable-gopher", "--disable-mqtt", "--disable-ftp", "--disable-ipfs",
    "--disable-websockets", "--disable-manual", "--disable-docs",
    "--disable-libcurl-option",
)
_RELEASE = re.compile(rb"libcurl/(\d+)\.(\d+)\.(\d+)")


def build_folder(cache: Path) -> Path:
    """Where this curl is kept: named for the version and a digest of the source and the
    options, so a change of either builds afresh."""
    return build_deps.keyed_folder(cache, f"curl-{CURL_VERSION}",
                                   [CURL_SOURCE, CONFIGURE_OPTIONS, LICENCES])


def release_in(library: Path) -> tuple[int, ...]:
    """The curl release a curl library names itself (its ``libcurl/X.Y.Z`` version text);
    () when it names none."""
    match = _RELEASE.search(library.read_bytes())
    return tuple(int(n) for n in match.groups()) if match else ()


def wheel_curl() -> Path | None:
    """The curl library pyproj's wheel links its PROJ with (in ``pyproj.libs``), located
    without importing pyproj; None when there is none."""
    spec = importlib.util.find_spec("pyproj")
    if spec is None or spec.origin is None:
        return None
    found = sorted((Path(spec.origin).parent.parent / "pyproj.libs").glob("libcurl*.so*"))
    return found[0] if found else None


def build_curl(prefix: Path, jobs: int) -> None:
    """Configure and build curl's library (only: not its command-line tool, documentation or
    unit-test library) into ``prefix/lib``."""
    start = time.monotonic()
    built = build_deps.autotools_library(
        CURL_SOURCE, f"curl-{CURL_VERSION}", (f"--prefix={prefix}", *CONFIGURE_OPTIONS),
        "lib", LIBRARY, prefix, jobs, LICENCES)
    log(f"== curl {CURL_VERSION} built for PROJ in {(time.monotonic() - start) / 60:.1f} min "
        f"({LIBRARY} {built.stat().st_size / 1e6:.2f} MB unstripped)")


#: Run in a child (loading a library into the build's own process is not undone): what the
#: built curl says of itself, from ``curl_version_info`` (curl/curl.h's
#: ``curl_version_info_data``, whose first fields have kept their order since curl 7.10).
_PROBE = """
import ctypes, json, sys
class Info(ctypes.Structure):
    _fields_ = [("age", ctypes.c_int), ("version", ctypes.c_char_p),
                ("version_num", ctypes.c_uint), ("host", ctypes.c_char_p),
                ("features", ctypes.c_int), ("ssl_version", ctypes.c_char_p),
                ("ssl_version_num", ctypes.c_long), ("libz_version", ctypes.c_char_p),
                ("protocols", ctypes.POINTER(ctypes.c_char_p))]
lib = ctypes.CDLL(sys.argv[1])
lib.curl_version_info.restype = ctypes.POINTER(Info)
info = lib.curl_version_info(10).contents  # CURLVERSION_ELEVENTH: any age >= 0 has these
protocols, k = [], 0
while info.protocols[k]:
    protocols.append(info.protocols[k].decode()); k += 1
print(json.dumps({"version": info.version.decode(), "ssl": (info.ssl_version or b"").decode(),
                  "protocols": protocols}))
"""


def probe(library: Path) -> dict:
    """What the library at ``library`` reports when loaded (see ``_PROBE``); libraries beside
    it are found first, as a wheel's ``.libs`` folder is laid out."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(library.parent))
    return dict(json.loads(build_deps.child_output(_PROBE, str(library), env=env)))


def problems(library: Path, needed: list[str], found: dict,
             wheel_release: tuple[int, ...], search_paths: Sequence[str] = ()) -> str:
    """Why the built curl is not the one the bundle should ship ('' when it is): the
    libraries it links and the folders it names to search, the release and TLS library it
    reports, its protocols, and a release older than the wheel's curl it replaces."""
    wrong = build_deps.link_problems(needed, search_paths, ALLOWED_NEEDED)
    if found["version"] != CURL_VERSION:
        wrong.append(f"it reports curl {found['version']}")
    if not found["ssl"].startswith("OpenSSL/3."):
        wrong.append(f"its TLS is {found['ssl'] or 'none'}")
    lacking = sorted(PROTOCOLS - set(found["protocols"]))
    if lacking:
        wrong.append(f"it lacks {', '.join(lacking)}")
    mine = tuple(int(n) for n in CURL_VERSION.split("."))
    if wheel_release and mine < wheel_release:
        wrong.append(f"pyproj's wheel has the newer curl {'.'.join(map(str, wheel_release))}")
    return "; ".join(f"{library.name}: {w}" for w in wrong)


def main(argv: list[str] | None = None) -> int:
    """Build (once) and check; print the library's path (or an empty line when pyproj's
    wheel links no curl). 0 when it is ready."""
    args = build_deps.library_arguments(__doc__.splitlines()[0], argv)
    build_deps.require_readelf("slim_curl")
    theirs = wheel_curl()
    if theirs is None:
        log("== pyproj's wheel links no curl: none is built for it")
        print("", flush=True)
        return 0
    folder = build_folder(args.cache)
    prefix = build_deps.built_once(
        folder, lambda p: build_curl(p, args.jobs),
        f"== building curl {CURL_VERSION} for PROJ, HTTP(S) only (once; kept in {folder})",
        CURL_VERSION)
    library = prefix / "lib" / LIBRARY
    problem = problems(library, elf_needed(str(library)), probe(library), release_in(theirs),
                       elf_search_paths(str(library)))
    if problem:
        log(f"slim_curl: {problem}")
        return 1
    log(f"== curl {CURL_VERSION} for PROJ (pyproj's wheel: "
        f"{'.'.join(map(str, release_in(theirs)))}, {theirs.stat().st_size / 1e6:.1f} MB)")
    print(library, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
