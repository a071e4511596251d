"""The licence texts of everything the bundle carries, gathered at build time into
``licences/`` beside the application, with an index (``licences/README.txt``).

Why: the bundle redistributes Qt (LGPL 3), psycopg (LGPL 3), GDAL, PROJ, numpy, OpenSSL, the
build machine's system libraries and a hundred Python modules, and almost every one of their
licences asks that its text travel with the copies. Nothing did before December 2026.

Each file the spec keeps (``(dest, src, typecode)``, before stripping, while ``src`` is still
the file it was copied from) is traced to what it came from, in this order:

* a library a wheel carries beside its own code (auditwheel's ``<package>.libs``, delocate's
  ``.dylibs``, the ICU among PySide6's Qt libraries): the copyright file of the build
  machine's Debian package of the same library (OpenSSL's for libcrypto); of another release
  of it, or the wheel's own texts, where that is all there is, and the index notes it;
* a Python distribution (a wheel installed in the build's environment): its licence files
  (PEP 639 ``License-File`` entries, or the ``LICENSE``/``COPYING``/``NOTICE`` files of its
  ``.dist-info``) and those it carries among its data (zoneeditor's ``LICENSES.md``, the
  fonts' ``OFL.txt``); a distribution with none whose licence expression we hold the text of
  (PySide6's wheels: ``LGPL-3.0-only OR ...``) gets that text from ``licence_texts/``;
* a library built for the bundle (``<name>-<version>-<key>/prefix/lib/...`` in the build
  cache): the licence files its build put into ``prefix/share/licences`` or the release
  installed into ``prefix/share/<name>/`` (GDAL's ``LICENSE.TXT``);
* Python itself (its library, standard modules and extension modules): its ``LICENSE.txt``;
* a package of the build machine (Debian, with ``dpkg``): its
  ``/usr/share/doc/<package>/copyright``, matched by ``dpkg -S`` and the GNU build ID
  (``stale_libraries.owners``); the libraries of one source package are one part.

Anything traced to none of them is named in the build log and the index as having no text:
never passed over in silence. Each part's texts go into a folder of its own, complete.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import Distribution, distributions
from pathlib import Path

import build_deps
import bundle_shrink
from debian_packages import (
    debian_copyright,
    machine_packages,
    same_library_package,
    source_package,
)

#: Texts of licences some distributions name but do not ship, by SPDX identifier; a licence
#: that adds to another (LGPL 3 to GPL 3) brings that one too.
TEXTS = Path(__file__).resolve().parent / "licence_texts"
CHOSEN_TEXTS = {"LGPL-3.0-only": ("LGPL-3.0-only.txt", "GPL-3.0-only.txt"),
                "LGPL-3.0-or-later": ("LGPL-3.0-only.txt", "GPL-3.0-only.txt")}
_LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


@dataclass
class Component:
    """One thing the bundle carries under one licence: a Python distribution, a library
    built for the bundle, Python, a package of the build machine, or a wheel's copy of a
    library; the bundled files it covers and the texts of its licence."""

    key: str
    title: str
    origin: str
    licence: str = ""
    texts: list[Path] = field(default_factory=list)
    covers: set[str] = field(default_factory=set)
    #: Why the texts are not certainly the part's own ('' when they are): another release's,
    #: or the wheel's standing in for a library it carries.
    stand_in: str = ""


def distribution_texts(dist: Distribution) -> list[Path]:
    """A distribution's licence files: its PEP 639 ``License-File`` entries, else the
    ``LICENSE``/``COPYING``/``NOTICE`` files of its metadata folder."""
    info = Path(str(dist.locate_file(""))).resolve()
    found: list[Path] = []
    for entry in dist.files or ():
        parts = Path(str(entry)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if (len(parts) > 2 and parts[1] == "licenses") or (
                len(parts) == 2 and _LICENCE_NAME.match(parts[1])):
            path = info / Path(str(entry))
            if path.is_file():
                found.append(path)
    return sorted(found)


def chosen_texts(expression: str) -> list[Path]:
    """The texts we hold for the first licence of an SPDX ``expression`` ('' if none)."""
    first = expression.split(" OR ")[0].strip("() ")
    return [TEXTS / name for name in CHOSEN_TEXTS.get(first, ())]


def python_owners(dists: Iterable[Distribution]) -> dict[str, Distribution]:
    """``{real path: distribution}`` for every file the distributions installed."""
    owners: dict[str, Distribution] = {}
    for dist in dists:
        for entry in dist.files or ():
            owners[os.path.realpath(str(dist.locate_file(entry)))] = dist
    return owners


def built_prefix(src: str) -> Path | None:
    """The install prefix of a library built for the bundle that ``src`` lies in, or None."""
    path = Path(os.path.realpath(src))
    for parent in path.parents:
        if parent.name == "prefix" and build_deps.keyed_stem(parent.parent.name):
            return parent
    return None


def built_texts(prefix: Path) -> list[Path]:
    """A built library's licence files: what its build put into ``share/licences``, else
    the licence files its release installed into ``share/<name>/``."""
    own = prefix / "share" / "licences"
    if own.is_dir():
        return sorted(p for p in own.iterdir() if p.is_file())
    return sorted(p for p in (prefix / "share").glob("*/*")
                  if p.is_file() and _LICENCE_NAME.match(p.name))


def python_runtime_texts() -> list[Path]:
    """Python's own licence: ``LICENSE.txt`` beside its standard library (python.org's and
    pyenv's builds; Windows: beside the interpreter), else the copyright file of the Debian
    package of the interpreter (Debian's Python ships no ``LICENSE.txt``)."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for text in (Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
                 Path(sys.base_prefix) / "LICENSE.txt"):
        if text.is_file():
            return [text]
    owners = machine_packages({Path(sys.executable).name: os.path.realpath(sys.executable)})
    return [t for package in sorted(owners) for t in debian_copyright(package)][:1]


def is_python_runtime(real: str, dest: str) -> bool:
    """True for a file of the Python the bundle runs on: its standard library and extension
    modules (``<base>/lib/pythonX.Y``; Windows ``Lib``, ``DLLs``), its ``libpython``, what
    lies at the top of its base (Windows: ``python311.dll`` and the C runtime python.org's
    installer ships under Python's licence), and the archive PyInstaller makes of its
    start-up modules. Debian's Python has ``/usr`` for its base: only those places count,
    not every library under it."""
    base = os.path.realpath(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    folders = tuple(os.path.join(base, *p) + os.sep for p in (("lib", version), ("Lib",),
                                                                ("DLLs",)))
    name = Path(real).name
    return (real.startswith(folders) or GENERATED.get(Path(dest).name) == "python"
            or os.path.dirname(real) == base
            or (name.startswith("libpython") and real.startswith(base + os.sep)))


def carried_library(real: str) -> bool:
    """True for a third-party library a wheel carries beside its own code: auditwheel's and
    delocate's folders (``psycopg_binary.libs``, ``.dylibs``), and the ICU that PySide6's
    wheel ships among Qt's libraries (``libicuuc.so.73``: the Unicode licence, not Qt's)."""
    path = Path(real)
    return path.parent.name.endswith((".libs", ".dylibs")) or path.name.startswith("libicu")


def is_licence_file(dest: str) -> bool:
    """True for a licence file a package carries among its data (zoneeditor's
    ``resources/LICENSES.md`` and its fonts' ``OFL.txt``, GDAL's ``LICENSE.TXT``)."""
    name = Path(dest).name
    return bool(_LICENCE_NAME.match(name)) or name.upper().startswith("OFL")


#: Files PyInstaller makes rather than copies, by the component they belong to: the archive
#: of standard modules Python needs to start.
GENERATED = {"base_library.zip": "python"}


def _python_runtime(components: dict[str, Component]) -> Component:
    """The component of the Python the bundle runs on (made on first use)."""
    return components.setdefault("python", Component(
        "python", f"Python {sys.version.split()[0]}", "the Python the bundle runs on",
        "PSF-2.0", python_runtime_texts()))


def _python_component(components: dict[str, Component], dist: Distribution) -> Component:
    """The component of a Python distribution (made on first use)."""
    name, version = dist.metadata["Name"], dist.version
    key = f"python/{name}-{version}"
    if key not in components:
        # PEP 639's field, else the older free-text one (PySide6 puts its SPDX there)
        legacy = (dist.metadata.get("License") or "").strip().splitlines()
        licence = dist.metadata.get("License-Expression") or (legacy[0] if legacy else "")
        components[key] = Component(key, f"{name} {version}", "a Python distribution",
                                    licence, distribution_texts(dist) or chosen_texts(licence))
    return components[key]


def _wheel_library(components: dict[str, Component], dist: Distribution, real: str,
                   found: tuple[str, bool], source: str) -> Component:
    """The component of a library a wheel carries: the copyright file of the Debian package
    of the same library where the machine has one (``found``: package, same SONAME), else
    the wheel's own texts standing in, and said so."""
    wheel = f"{dist.metadata['Name']} {dist.version}"
    package, exact = found
    texts = debian_copyright(package) if package else []
    named = bundle_shrink.family(real)
    name = source if texts else (named[0] if named else Path(real).name)
    key = f"wheel-libraries/{dist.metadata['Name']}/{name}"
    if texts:
        origin = (f"libraries carried in the wheel of {wheel}; their licence as Debian's "
                  f"{source} states it")
        note = "" if exact else f"the text of another release of it ({package})"
    else:
        origin = f"a library carried in the wheel of {wheel}"
        note = "its own licence text was not found: the wheel's stands in"
    if key not in components:
        components[key] = Component(key, f"{name} (in {wheel}'s wheel)", origin, "",
                                    list(texts or _python_component(components, dist).texts))
    # one library of the part matched only another release: the part says so, whichever
    # of its libraries came first
    components[key].stand_in = components[key].stand_in or note
    return components[key]


def _built_component(components: dict[str, Component], prefix: Path) -> Component:
    """The component of a library built for the bundle, from its cached install prefix."""
    stem = build_deps.keyed_stem(prefix.parent.name)  # gdal-3.10.3 (build_deps.keyed_folder)
    assert stem is not None  # built_prefix only answers such folders
    key = f"built/{stem}"
    return components.setdefault(key, Component(
        key, stem.replace("-", " "), "built for the bundle from its source release", "",
        built_texts(prefix)))


def trace(files: Iterable[tuple[str, str]], owners: dict[str, Distribution],
          machine: Callable[[dict[str, str]], dict[str, list[str]]] = machine_packages,
          same_library: Callable[[str], tuple[str, bool]] = same_library_package,
          source_of: Callable[[str], str] = source_package) -> dict[str, Component]:
    """The components of ``files`` (``(bundled name, source file)``), by ``key``.

    ``owners`` maps real paths to the Python distributions that installed them; ``machine``
    traces libraries to the build machine's packages (``{name: file}`` -> ``{package:
    [names]}``); ``same_library`` names the package shipping a wheel's library, and
    ``source_of`` a package's source package (one component, one text, per source)."""
    components: dict[str, Component] = {}
    unowned: dict[str, list[str]] = {}  # source file name -> bundled names
    sources: dict[str, str] = {}
    strays: set[str] = set()  # a second file of a name already asked about
    for dest, src in files:
        real = os.path.realpath(src)
        dist = owners.get(real)
        prefix = built_prefix(real)
        if dist is not None and carried_library(real):
            found = same_library(real)
            source = source_of(found[0]) if found[0] else ""
            _wheel_library(components, dist, real, found, source).covers.add(dest)
        elif dist is not None:
            part = _python_component(components, dist)
            part.covers.add(dest)
            if is_licence_file(dest) and Path(real) not in part.texts:
                part.texts.append(Path(real))  # a licence it carries among its data
        elif prefix is not None:
            _built_component(components, prefix).covers.add(dest)
        elif is_python_runtime(real, dest):
            _python_runtime(components).covers.add(dest)
        elif sources.setdefault(Path(real).name, real) != real:
            strays.add(dest)
        else:
            unowned.setdefault(Path(real).name, []).append(dest)
    for package, names in sorted(machine(sources).items()):
        source = source_of(package)
        key = f"debian/{source}"
        if key not in components:
            components[key] = Component(key, source, "packages of the build machine built "
                                        f"from Debian's source package {source}", "",
                                        debian_copyright(package))
        components[key].title = _with_package(components[key].title, package)
        for name in names:
            components[key].covers.update(unowned.pop(name, []))
    strays.update(d for ds in unowned.values() for d in ds)
    if strays:
        components["unknown"] = Component("unknown", "files of unknown origin",
                                          "traced to no distribution, build or package",
                                          covers=strays)
    return components


def _with_package(title: str, package: str) -> str:
    """``krb5`` + ``libkrb5-3`` -> ``krb5 (libkrb5-3)``; then ``krb5 (libkrb5-3, ...)``."""
    if title.endswith(")"):
        return f"{title[:-1]}, {package})"
    return f"{title} ({package})"


def _index_entry(component: Component, written: list[str]) -> str:
    """The index's paragraph on one component."""
    covers = sorted(component.covers)
    lines = [component.title, f"  from: {component.origin}"]
    if component.licence:
        lines.append(f"  licence: {component.licence}")
    lines.append("  texts: " + (", ".join(written) if written else
                                "NONE FOUND (see the build log)"))
    if component.stand_in:
        lines.append(f"  note: {component.stand_in}")
    lines.append(f"  in the bundle: {len(covers)} file(s), e.g. {', '.join(covers[:3])}")
    return "\n".join(lines)


def text_name(text: Path) -> str:
    """The name a licence text keeps in its part's folder: its path below a distribution's
    ``licenses`` folder (numpy's several ``LICENSE.txt`` stay apart), else its file name."""
    parts = text.parts
    for i in range(len(parts) - 2):
        if parts[i].endswith(".dist-info") and parts[i + 1] == "licenses":
            return "/".join(parts[i + 2:])
    return text.name


def _free_name(name: str, content: bytes, written: dict[str, bytes]) -> str:
    """``name``, or ``name`` numbered (``LICENSE-2``) when a different text has it."""
    stem, dot, suffix = name.rpartition(".") if "." in Path(name).name else (name, "", "")
    candidate, number = name, 2
    while candidate in written and written[candidate] != content:
        candidate = f"{stem}-{number}{dot}{suffix}"
        number += 1
    return candidate


def write(components: dict[str, Component], out: Path, header: str = ""
          ) -> list[tuple[str, str, str]]:
    """Copy each component's texts into its folder under ``out`` and write the index
    ``out/README.txt``; returns the spec's ``(licences/..., file, "DATA")`` entries."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    entries: list[tuple[str, str, str]] = []
    paragraphs = []
    for key in sorted(components, key=lambda k: (k == "unknown", k.lower())):
        component = components[key]
        written: dict[str, bytes] = {}
        for text in component.texts:
            content = text.read_bytes()
            name = _free_name(f"{component.key}/{text_name(text)}", content, written)
            if name in written:
                continue  # the same text twice
            target = out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            entries.append((f"licences/{name}", str(target), "DATA"))
            written[name] = content
        paragraphs.append(_index_entry(component, list(written)))
    index = out / "README.txt"
    index.write_text(header + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    entries.append(("licences/README.txt", str(index), "DATA"))
    return entries


#: The index's opening.
HEADER = """Licences of the software and data in this bundle of zoneeditor

zoneeditor itself is under the MIT licence (python/zoneeditor-*/LICENSE); the data it
bundles (country outlines, towns, fonts) are described with their sources and licences in
python/zoneeditor-*/LICENSES.md, the fonts' licence in python/zoneeditor-*/OFL.txt. Each
entry below is one part of the bundle: what it is, where the build took it from, its
licence, the files in this folder that hold the licence texts, and some of the bundle's
files it covers. Qt (PySide6's libraries) is used under the GNU LGPL version 3: its
libraries are separate files in _internal/PySide6/Qt/lib, which may be replaced with
compatible builds of the user's own. Code of other projects compiled into Qt's libraries
(PCRE2, HarfBuzz, libpng, double-conversion, md4c, ...) is listed with its licences in
Qt's documentation, "Licenses Used in Qt"; PySide6's wheel ships no texts of them, and
they are not among the parts below.

"""


#: The distribution whose start-up code (the bootloader) is the bundle's executable.
BOOTLOADER = ("pyinstaller", "zoneeditor (the executable's start-up code)")


def gather(entries: Iterable[tuple[str, str, str]], out: Path,
           log: Callable[[str], None] = print) -> list[tuple[str, str, str]]:
    """The licence folder of the files ``entries`` (the spec's binaries, datas and pure
    modules) written under ``out``; returns its ``DATA`` entries for the spec. Files with
    no licence found are logged, by name."""
    files = [(dest, src) for dest, src, kind in entries
             if kind != "SYMLINK" and src and os.path.isfile(src)]
    dists = list(distributions())
    components = trace(files, python_owners(dists))
    for dist in dists:
        if (dist.metadata["Name"] or "").lower() == BOOTLOADER[0]:
            _python_component(components, dist).covers.add(BOOTLOADER[1])
    result = write(components, out, HEADER)
    unknown = sorted(components["unknown"].covers) if "unknown" in components else []
    if unknown:
        log(f"licences: {len(unknown)} file(s) traced to no distribution, build or package: "
            + ", ".join(unknown[:12]))
    missing = sorted(c.title for c in components.values() if not c.texts)
    stand_ins = sorted(f"{c.title}: {c.stand_in}" for c in components.values() if c.stand_in)
    size = sum(os.path.getsize(src) for _, src, _ in result)
    log(f"licences: {len(components)} components, {len(result) - 1} texts "
        f"({size / 1e6:.2f} MB) in licences/")
    for line in stand_ins:
        log(f"licences: {line}")
    if missing:
        log(f"licences: no licence text found for {len(missing)}: {', '.join(missing)}")
    if not any(c.covers & {BOOTLOADER[1]} for c in components.values()):
        log(f"licences: no {BOOTLOADER[0]} distribution here: {BOOTLOADER[1]} has no text")
    return result
