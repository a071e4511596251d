"""``zoneeditor export PROJECT[:VERSION] --format F --out PATH``: files for other parties.

Formats: shp (one set per geometry type, .prj, .cpg, long field names mapped and saved in
``.fields.json``; ``--zip`` packs the set), gpkg, geojson (RFC 7946), kml. Every export is
written privately, read back and compared before it replaces anything.
"""

from __future__ import annotations

import argparse
import json

from zoneeditor.cli.common import EXIT_OK, load_project, output_path, pick_version, split_spec

NAME = "export"
HELP = "Export a version as shapefiles, GeoPackage, GeoJSON or KML (verified after writing)."


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="PROJECT[:VERSION]",
                        help="project file, optionally a version (default: agreed)")
    parser.add_argument("--format", required=True, choices=("shp", "gpkg", "geojson", "kml"))
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="file to write (for shp: a folder, NAME.shp, or NAME.zip with --zip)")
    parser.add_argument("--encoding", default="utf-8", choices=("utf-8", "cp1256"),
                        help="shapefile text encoding (cp1256: Windows Arabic, for old readers)")
    parser.add_argument("--zip", action="store_true", help="zip the shapefile set")
    parser.add_argument("--omit-unencodable", action="store_true",
                        help="with --encoding cp1256: leave out the fields whose text it cannot "
                             "hold (Russian names, say), field by field, and say which")
    parser.add_argument("--all-versions", action="store_true",
                        help="every version (gpkg: a layer each; kml: a folder each; "
                             "shp: a set each)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Export and print what was written and checked."""
    from zoneeditor.io.exchange import export_versions

    output_path(args.out)  # its folder must exist: a mistyped one is never made
    path, version = split_spec(args.path)
    project = load_project(path)
    if args.all_versions:
        names = list(project.versions)
    else:
        names = [pick_version(project, path, version).name]
    report = export_versions(project, names, args.format, args.out, encoding=args.encoding,
                             zipped=args.zip, omit_unencodable=args.omit_unencodable)
    if args.json:
        print(json.dumps({"target": str(report.plan.target), "format": args.format,
                          "files": [str(p) for p in report.written], "counts": report.counts,
                          "field_names": report.plan.field_names,
                          "omitted_fields": report.plan.omitted, "checks": report.checks},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    for shp, mapping in report.plan.field_names.items():
        renamed = ", ".join(f"{long} -> {short}" for long, short in mapping.items())
        print(f"{shp}: field names renamed to fit a shapefile (at most 10 bytes of "
              f"{args.encoding}, letters it can hold): {renamed} (the full names are saved "
              "in the .fields.json beside it)")
    for shp, fields in report.plan.omitted.items():
        left = ", ".join(f"{k} ({n} value{'s' if n > 1 else ''})" for k, n in fields.items())
        print(f"{shp}: left out fields {args.encoding} cannot hold: {left}")
    for line in report.checks:
        print(f"  {line}")
    print(report.summary())
    return EXIT_OK
