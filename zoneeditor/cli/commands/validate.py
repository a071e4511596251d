"""``zoneeditor validate PATH [--json]``: exit 0 valid, 1 problems (one line each), 2 unreadable.

PATH is a project, or any file the app imports (shapefile, GeoPackage, GeoJSON, KML, zip):
those are read by the same sandboxed reader as ``zoneeditor import``.
"""

from __future__ import annotations

import argparse
import json

from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAP_VALUES_HELP,
    is_project_file,
    load_project,
    pick_version,
    split_spec,
)
from zoneeditor.core.validate import naming, validate_project, validate_version

NAME = "validate"
HELP = ("Check a project (or any file zoneeditor imports) for invalid geometry, bad values "
        "and overlaps between parties' zones.")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="PATH[:VERSION]", help="project file, optionally a version")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--encoding", metavar="E", help="text encoding of a shapefile (.cpg), "
                        "or of a GeoJSON or KML that is not UTF-8 (e.g. cp1256)")
    parser.add_argument("--assume-crs", metavar="EPSG:N", help="CRS of a file without one")
    parser.add_argument("--swap-xy", action="store_true",
                        help="a file that is not a project gives latitude, longitude: swap them")
    parser.add_argument("--map", action="append", default=[], metavar="TARGET=COLUMN",
                        help="take TARGET (name, name_local, ...) from COLUMN of a file that is "
                             "not a project (repeatable)")
    parser.add_argument("--map-values", action="append", default=[],
                        metavar="ATTRIBUTE=VALUE:MEANT", help=MAP_VALUES_HELP)


def run(args: argparse.Namespace) -> int:
    """Validate and print one line per problem."""
    path, version = split_spec(args.path)
    if not is_project_file(path):
        from zoneeditor.cli.commands.import_ import validate_foreign

        return validate_foreign(path, args)
    project = load_project(path)
    versions = list(project.versions.values()) if version is None \
        else [pick_version(project, path, version)]
    problems = validate_project(project) if version is None \
        else validate_version(versions[0], project.meta)
    for v in versions:  # names a printed key and a comparison tell features apart by
        problems += naming(v)
    if args.json:
        print(json.dumps({"path": str(path), "valid": not problems,
                          "problems": [p.as_dict() for p in problems]},
                         ensure_ascii=False, indent=2))
    else:
        for p in problems:
            print(p.line())
        if not problems:
            print(f"{path}: valid")
    return EXIT_PROBLEMS if problems else EXIT_OK
