"""``zoneeditor diff OLD NEW [--format text|json|csv|gpkg] [--out PATH]``: compare two versions.

OLD and NEW are ``PROJECT.gpkg:VERSION`` (``sample.gpkg:"Proposal B"``); a project path with
no version means its agreed baseline. Any other file the app imports (a party's shapefile,
GeoJSON, KML or plain GeoPackage) is read through the exchange importer, safely, as one
version named after the file; its features are matched by name, as their ids are new.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from zoneeditor.cli.common import EXIT_OK, load_project, pick_version, split_spec
from zoneeditor.core.diff import DiffReport, diff_versions
from zoneeditor.core.diff_report import CSV_COLUMNS, csv_rows, report_to_dict, summary_text
from zoneeditor.core.errors import ReadError, ZoneEditorError
from zoneeditor.core.model import LayerKind, Version

NAME = "diff"
HELP = ("Compare two versions (agreed baseline vs a proposal, or two proposals): changes per "
        "feature, areas gained and lost, shifts, land changing hands between parties.")
FORMATS = ("text", "json", "csv", "gpkg")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("old", metavar="OLD",
                        help="PROJECT.gpkg[:VERSION] (default version: agreed) or another file")
    parser.add_argument("new", metavar="NEW", help="PROJECT.gpkg[:VERSION] or another file")
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="text (default): a readable summary; json: the documented report "
                             "(docs/diff-format.md); csv: one row per feature; gpkg: change "
                             "regions as polygons (needs --out)")
    parser.add_argument("--out", metavar="PATH",
                        help="write to this file instead of standard output (written atomically)")
    parser.add_argument("--no-places", action="store_true",
                        help="do not name the nearest town of each change region")


def read_version(spec: str) -> Version:
    """The version named by ``spec`` (see module doc); ReadError when it cannot be read."""
    path, name = split_spec(spec)
    if not path.exists():
        raise ReadError(str(path), "no such file")
    if path.is_dir():
        raise ReadError(str(path), "is a folder, not a project or map file")
    try:
        project = load_project(path)
    except ReadError as project_error:
        imported = _import_other(path, name)
        if imported is None:
            raise project_error from None
        return imported
    return pick_version(project, path, name)


def _import_other(path: Path, name: str | None) -> Version | None:
    """A non-project file read through the exchange importer, or None when unavailable."""
    try:
        from zoneeditor.io.exchange import read_any
    except ImportError:
        return None
    if name is not None:
        raise ReadError(str(path), f"is not a zoneeditor project, so it has no version {name!r}")
    result = read_any(path)
    features = result.accepted(repair=False)
    if not features:
        reasons = "; ".join(p.line() for p in result.errors[:2]) or "no features in it"
        raise ReadError(str(path), reasons)
    skipped = len(result.all_features) - len(features)
    if skipped:
        print(f"zoneeditor: {path.name}: {skipped} invalid feature(s) left out of the comparison",
              file=sys.stderr)
    version = Version(path.name, {f.id: f for f in features})
    version.description = "imported"
    return version


def _layers(version: Version) -> set[LayerKind]:
    return {f.layer for f in version}


def restrict_to_common_layers(old: Version, new: Version) -> tuple[Version, Version]:
    """When one side is an imported file holding only some layers (a zones shapefile), compare
    only those layers: the others are not "removed", they are simply not in that file."""
    for side, other in ((old, new), (new, old)):
        if side.description != "imported":
            continue
        keep = _layers(side)
        missing = _layers(other) - keep
        if keep and missing:
            names = ", ".join(sorted(k.value for k in missing))
            print(f"zoneeditor: {side.name} has no {names}: comparing "
                  f"{', '.join(sorted(k.value for k in keep))} only", file=sys.stderr)
            old = Version(old.name, {i: f for i, f in old.features.items() if f.layer in keep},
                          old.description)
            new = Version(new.name, {i: f for i, f in new.features.items() if f.layer in keep},
                          new.description)
    return old, new


def _gazetteer():
    try:
        from zoneeditor.io.gazetteer import load_gazetteer

        return load_gazetteer()
    except (ImportError, OSError, ZoneEditorError):
        return None  # regions keep their coordinates; the names are a convenience


def render(report: DiffReport, fmt: str) -> str:
    """The report in a text format (text, json or csv)."""
    if fmt == "json":
        return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_rows(report))
        return buf.getvalue().rstrip("\n")
    return summary_text(report)


def run(args: argparse.Namespace) -> int:
    """Compare the two versions and write the report."""
    if args.format == "gpkg" and not args.out:
        raise ZoneEditorError("--format gpkg writes a file: give it with --out PATH")
    old, new = restrict_to_common_layers(read_version(args.old), read_version(args.new))
    report = diff_versions(old, new, None if args.no_places else _gazetteer())
    if args.format == "gpkg":
        from zoneeditor.io.diff_export import write_diff_gpkg

        write_diff_gpkg(report, args.out)
        print(f"wrote {len(report.regions)} change regions to {args.out}", file=sys.stderr)
        return EXIT_OK
    text = render(report, args.format)
    if args.out:
        _write_text(Path(args.out), text + "\n")
    else:
        print(text)
    return EXIT_OK


def _write_text(path: Path, text: str) -> None:
    from zoneeditor.core.errors import WriteError
    from zoneeditor.io.atomic import atomic_path

    try:
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise WriteError(str(path), exc.strerror or str(exc)) from exc
