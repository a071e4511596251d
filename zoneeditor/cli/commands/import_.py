"""``zoneeditor import FILE... --into PROJECT.gpkg``: bring other parties' files into a project.

Files are read in a limited child process (io.sandbox). Every problem is listed; invalid
geometry is repaired only with ``--repair``; a missing CRS needs ``--assume-crs``; garbled
text needs ``--encoding``. The project is created when it does not exist and saved
atomically. Exit 0 imported, 1 problems need a decision (nothing imported), 2 unreadable.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    is_project_file,
    load_project,
    parse_mapping,
)
from zoneeditor.core.errors import ReadError, ZoneEditorError

if TYPE_CHECKING:
    from zoneeditor.core.model import Feature
    from zoneeditor.io.exchange import ImportResult

NAME = "import"
HELP = ("Import shapefiles (also zipped), GeoPackages, GeoJSON or KML into a project, as the "
        "agreed baseline or as a new proposal.")


def add_reader_options(parser: argparse.ArgumentParser) -> None:
    """The choices a user can make about how a foreign file is read."""
    parser.add_argument("--encoding", metavar="E",
                        help="text encoding of a shapefile, e.g. utf-8 or cp1256 "
                             "(default: from its .cpg)")
    parser.add_argument("--assume-crs", metavar="EPSG:N",
                        help="coordinate system of files that give none (no .prj)")
    parser.add_argument("--swap-xy", action="store_true",
                        help="the file gives latitude, longitude: swap them")
    parser.add_argument("--layer", action="append", metavar="NAME",
                        help="read only this GeoPackage layer (repeatable)")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S",
                        help="give up reading a file after S seconds (default 60)")
    parser.add_argument("--max-memory", type=float, default=2.0, metavar="GIB",
                        help="memory the file reader may use, in GiB (default 2)")
    parser.add_argument("--map", action="append", default=[], metavar="TARGET=COLUMN",
                        help="take TARGET (name, name_local, party, status, kind, notes, id, "
                             "code) from COLUMN instead of the recognised one; COLUMN empty "
                             "for none (repeatable), e.g. --map name=ADM1_EN")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    parser.add_argument("--into", required=True, metavar="PROJECT.gpkg",
                        help="project to import into (created when missing)")
    parser.add_argument("--as", dest="target", default="agreed", metavar="agreed|proposal:NAME",
                        help="into the agreed baseline (default) or a new proposal NAME")
    parser.add_argument("--repair", action="store_true",
                        help="accept the offered repairs of invalid geometry (features that "
                             "cannot be repaired are left out, and listed)")
    add_reader_options(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _target(spec: str) -> str:
    if spec.casefold() == "agreed":
        return "agreed"
    head, sep, name = spec.partition(":")
    if head.casefold() != "proposal" or not sep or not name.strip():
        raise ReadError(spec, "--as must be 'agreed' or 'proposal:NAME'")
    return name.strip()


def read_files(paths: list[str], args: argparse.Namespace,
               reference: tuple[float, float, float, float] | None = None
               ) -> list[ImportResult]:
    """Read each file with the user's choices; ids stay unique across the files."""
    from zoneeditor.io.exchange import DEFAULT_REGION, read_any
    from zoneeditor.io.sandbox import Limits

    if not (0 < args.timeout <= 86400) or not (0.05 <= args.max_memory <= 1024):
        raise ZoneEditorError("--timeout must be 0..86400 seconds and --max-memory "
                              "0.05..1024 GiB")
    mapping = parse_mapping(args.map)
    results = []
    taken: set[str] = set()
    for p in paths:
        result = read_any(Path(p), encoding=args.encoding, assume_crs=args.assume_crs,
                          layers=args.layer, swap=args.swap_xy,
                          reference=reference or DEFAULT_REGION, taken_ids=taken,
                          limits=Limits(seconds=args.timeout,
                                        memory_bytes=int(args.max_memory * (1 << 30))),
                          mapping=mapping or None)
        taken |= {f.id for f in result.all_features}
        results.append(result)
    return results


def _counts(features: Iterable[Feature]) -> str:
    from collections import Counter

    c = Counter(f.layer.value for f in features)
    return ", ".join(f"{c[k]} {k}" for k in ("zones", "lines", "points") if c[k]) or "nothing"


def run(args: argparse.Namespace) -> int:
    """Read, report, and import when nothing needs a decision."""
    from zoneeditor.io.lock import ProjectLock

    into = Path(args.into)
    target = _target(args.target)
    # An editor with the project open holds its lock: never write under its feet.
    lock = ProjectLock.acquire(into)
    try:
        return _import(args, into, target)
    finally:
        lock.release()


def _import(args: argparse.Namespace, into: Path, target: str) -> int:
    from zoneeditor.core.document import Document
    from zoneeditor.core.model import Project, ProjectMeta
    from zoneeditor.io.exchange import import_changeset, project_extent
    from zoneeditor.io.project_file import write_project

    if into.exists():
        if not is_project_file(into):
            raise ReadError(str(into), "not a zoneeditor project (to create a new one, give a "
                                       "name that does not exist yet)")
        project = load_project(into)
    else:
        project = Project(ProjectMeta(title=into.stem))
    results = read_files(args.files, args, project_extent(project))
    blocking = [p for r in results for p in r.blocking(args.repair)]
    features = [f for r in results for f in r.accepted(args.repair)]
    if args.json:
        print(json.dumps({"files": [{"path": str(r.path), "format": r.format, "crs": r.crs,
                                     "encoding": r.encoding, "recognised": r.recognised,
                                     "columns": {layer: [c.__dict__ for c in cols]
                                                 for layer, cols in r.columns.items()},
                                     "problems": [p.as_dict() for p in r.problems]}
                                    for r in results],
                          "imported": 0 if blocking else len(features)},
                         ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(f"{r.path}: {r.format}, {_counts(r.all_features)} (CRS {r.crs}"
                  + (f", text {r.encoding}" if r.encoding else "") + ")")
            for p in r.problems:
                print(f"  {p.line()}")
    if blocking:
        if not args.json:
            print(f"nothing imported: {len(blocking)} problem(s) above need a decision "
                  "(see the suggestions in brackets)")
        return EXIT_PROBLEMS
    label = "Import " + ", ".join(Path(p).name for p in args.files)
    cs = import_changeset(project, features, target, label)
    Document(project).apply(cs)
    write_project(project, into)
    if not args.json:
        print(f"imported {_counts(features)} into {target!r} of {into}")
    return EXIT_OK


def validate_foreign(path: Path, args: argparse.Namespace) -> int:
    """``zoneeditor validate`` for a file that is not a project: read it as an import would."""
    from zoneeditor.core.model import AGREED, Version
    from zoneeditor.core.validate import validate_version
    from zoneeditor.io.exchange import read_any

    result = read_any(path, encoding=args.encoding, assume_crs=args.assume_crs,
                      swap=args.swap_xy, mapping=parse_mapping(args.map) or None)
    lines = [p.line() for p in result.problems]
    counted = [p for p in result.problems if p.severity != "note"]
    valid = Version(AGREED, {f.id: f for f in result.accepted(repair=False)})
    extra = [p for p in validate_version(valid) if "party" not in p.message]
    lines += [f"warning: {p.line()}" for p in extra]
    if args.json:
        print(json.dumps({"path": str(path), "format": result.format, "crs": result.crs,
                          "encoding": result.encoding, "valid": not counted and not extra,
                          "problems": [p.as_dict() for p in result.problems]
                          + [{"severity": "warning", **p.as_dict()} for p in extra]},
                         ensure_ascii=False, indent=2))
    else:
        for line in lines:
            print(line)
        summary = f"{path}: {result.format}, {_counts(result.all_features)}"
        print(f"{summary}: valid" if not counted and not extra else
              f"{summary}: {len(counted) + len(extra)} problem(s)")
    return EXIT_PROBLEMS if counted or extra else EXIT_OK
