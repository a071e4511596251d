"""Put the pure-Python wheels of packages that also ship compiled ones into the bundle's build
environment (any system).

    <build-venv>/bin/python packaging/pure_python.py [--tested PYTHON]

Why: psygnal (the core's change signals: ``Document.changed``, the undo stack, the
selection) publishes, besides its ``py3-none-any`` wheel, wheels compiled with mypyc from the
same source: 1.25 MB of the bundle (a 1.15 MB mypyc library and a stub module per compiled
module), for emitting a few signals per edit. Measured interleaved, 9 rounds, in the test
environment: importing psygnal 56.0 ms compiled, 55.2 ms pure (the same: most of it is
``typing``); one ``emit`` to two listeners 3.2 µs compiled, 5.1 µs pure, a difference of
microseconds per edit. The pure wheel is psygnal's own build of the same release (mypyc
compiles it when ``HATCH_BUILD_HOOKS_ENABLE`` is set; its tests run against both).

What it does, in the interpreter that runs it (the build environment), for each package of
``PURE``:

1. **The version** the tested environment has (``--tested``, the interpreter the test suite
   ran with; without one, the one this environment resolved).
2. **The wheel**: pip downloads that release's pure-Python wheel (``--platform any``: a
   compiled wheel cannot match) and installs it in place of the compiled one (``--no-deps``,
   then ``pip check``).
3. **Checked**: the installed package must say it is not compiled (psygnal's
   ``_compiled``) and be of the tested version; otherwise this exits non-zero.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import build_deps  # packaging/ is on the path (this file's folder)

#: Packages shipped as their pure-Python wheel, and the code that prints True when the
#: installed copy is compiled.
PURE: dict[str, str] = {
    "psygnal": "import psygnal; print(psygnal._compiled)",
}


def compiled(name: str) -> bool:
    """True when this environment's ``name`` is a compiled build (``PURE``'s probe, in a
    child: the build's own process must not import it)."""
    return build_deps.child_output(PURE[name]) == "True"


def install_pure(name: str, version: str) -> None:
    """Download ``name`` ``version``'s pure-Python wheel and install it over this
    environment's copy."""
    with tempfile.TemporaryDirectory(prefix="pure-python-") as tmp:
        build_deps.pip("download", "-q", "--no-deps", "--only-binary=:all:",
                       "--platform", "any",
                       "--python-version", f"{sys.version_info.major}.{sys.version_info.minor}",
                       "-d", tmp, f"{name}=={version}", stdout=sys.stderr)
        wheels = sorted(Path(tmp).glob("*-py3-none-any.whl"))
        if not wheels:
            raise SystemExit(f"pure_python: {name} {version} has no pure-Python wheel")
        build_deps.pip("install", "-q", "--no-deps", "--force-reinstall", str(wheels[-1]),
                       stdout=sys.stderr)


def problems(name: str, wanted: str, installed: str, is_compiled: bool) -> str:
    """Why the installed ``name`` is not the pure build of ``wanted`` ('' when it is)."""
    wrong = []
    if installed != wanted:
        wrong.append(f"{installed} is installed, not {wanted}")
    if is_compiled:
        wrong.append("it is still the compiled build")
    return "; ".join(f"{name}: {w}" for w in wrong)


def main(argv: list[str] | None = None) -> int:
    """Install and check every package of ``PURE``; 0 when all are pure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tested", help="the interpreter the test suite ran with")
    args = parser.parse_args(argv)
    tested = args.tested if args.tested and os.access(args.tested, os.X_OK) else sys.executable
    names = tuple(PURE)
    versions = build_deps.installed_versions(tested, names)
    for name in names:
        install_pure(name, versions[name])
    build_deps.pip("check", stdout=sys.stderr)
    now = build_deps.installed_versions(sys.executable, names)
    found = [problems(name, versions[name], now[name], compiled(name)) for name in names]
    wrong = "; ".join(p for p in found if p)
    if wrong:
        print(f"pure_python: {wrong}", file=sys.stderr)
        return 1
    print("== pure-Python wheels of " + ", ".join(f"{n} {versions[n]}" for n in names),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
