"""``zoneeditor info PATH [--json]``: what a file holds, as ``ogrinfo`` would say it.

A project: its versions, layers, feature counts, extent, zone areas and fingerprints, and
any table another program added (kept through saves; views listed, never run). Any other
file zoneeditor reads (shapefile, GeoPackage, GeoJSON, KML, zip): read through the same
sandboxed reader as ``import``, then per layer its features, geometry types, extent, CRS,
text encoding, every column with its kind and sample values, and what the columns were
recognised as ("names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE").
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from zoneeditor.cli.common import (
    EXIT_OK,
    counted,
    is_project_file,
    load_project,
    parse_mapping,
    split_spec,
)
from zoneeditor.core.figures import area_figure
from zoneeditor.core.summary import project_summary

NAME = "info"
HELP = ("Describe a project (versions, layers, counts, extent, zone areas, fingerprints) or "
        "any file zoneeditor reads (layers, geometry, CRS, encoding, columns).")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="PATH", help="project file (.gpkg) or any map file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--encoding", metavar="E", help="text encoding of a shapefile, or of "
                        "a GeoJSON or KML that is not UTF-8 (e.g. cp1256)")
    parser.add_argument("--assume-crs", metavar="EPSG:N", help="CRS of a file without one")
    parser.add_argument("--map", action="append", default=[], metavar="TARGET=COLUMN",
                        help="take TARGET (name, name_local, ...) from COLUMN (repeatable)")


def run(args: argparse.Namespace) -> int:
    """Print the description of the file at ``args.path``."""
    path, _ = split_spec(args.path)
    if path.exists() and not path.is_dir() and not is_project_file(path):
        summary = file_summary(path, args)
        print(json.dumps(summary, ensure_ascii=False, indent=2) if args.json
              else render_file(summary))
        return EXIT_OK
    summary = project_summary(load_project(path))
    summary["path"] = str(path)
    summary["other_tables"] = _other_tables(path)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(render_text(summary))
    return EXIT_OK


def _other_tables(path: Path) -> list[dict[str, Any]]:
    import sqlite3

    from zoneeditor.io.project_tables import other_tables

    try:
        return [t._asdict() for t in other_tables(path)]
    except sqlite3.Error:
        return []  # the project itself was read; a listing is a courtesy


def render_text(s: dict[str, Any]) -> str:
    """The human-readable form of a project summary."""
    lines = [f"{s['title']}", f"  file:     {s['path']} (GeoPackage, format {s['format_version']})",
             f"  CRS:      {s['crs']} (WGS 84, longitude/latitude)"]
    if s["author"]:
        lines.append(f"  author:   {s['author']}")
    lines.append(f"  created:  {s['created']}   modified: {s['modified']}")
    if s["parties"]:
        parties = ", ".join(f"{p['name']} ({p['colour']})" for p in s["parties"])
        lines.append(f"  parties:  {parties}")
    for v in s["versions"]:
        c = v["counts"]
        lines.append("")
        lines.append(f"version {v['name']}   fingerprint {v['fingerprint_short']}")
        lines.append(f"  {c['zones']} zones, {c['lines']} lines, {c['points']} points")
        if v["bbox"]:
            x0, y0, x1, y1 = v["bbox"]
            lines.append(f"  extent:   {x0:.4f}..{x1:.4f} E, {y0:.4f}..{y1:.4f} N")
        for z in v["zones"]:
            party = f" [{z['party']}]" if z["party"] else ""
            area = area_figure(z["area_km2"])
            lines.append(f"  zone {z['name'] or z['id'][:8]}{party}: {area} km²")
    others = s.get("other_tables") or []
    if others:
        lines += ["", "other tables (kept through saves; views and triggers are never run)"]
        for t in others:
            rows = f", {t['rows']:,} rows" if t["rows"] is not None else ""
            owner = f", written by zoneeditor {t['owner']}" if t["owner"] else ""
            lines.append(f"  {t['name']} ({t['kind']}{rows}{owner})")
    return "\n".join(lines)


# -- any other file ------------------------------------------------------------------------------
def file_summary(path: Path, args: argparse.Namespace) -> dict[str, Any]:
    """What a non-project file holds, read as an import would read it."""
    import shapely

    from zoneeditor.io.exchange import read_any

    result = read_any(path, encoding=args.encoding, assume_crs=args.assume_crs,
                      reference=None, mapping=parse_mapping(args.map) or None)
    layers = []
    raw_layers = result.raw.layers if result.raw is not None else []
    for layer in raw_layers:
        geoms = [r["geometry"] for r in layer.records if r.get("geometry") is not None]
        kinds = Counter(g.geom_type for g in geoms)
        present = [g for g in geoms if not g.is_empty]
        bbox = list(shapely.total_bounds(present).tolist()) if present else None
        schema = result.schemas.get(layer.name)
        layers.append({
            "name": layer.name, "features": len(layer.records),
            "without_geometry": len(layer.records) - len(geoms),
            "geometry_types": dict(kinds), "extent": bbox, "crs": layer.crs,
            "placed": layer.placed, "encoding": layer.encoding,
            "recognised": schema.describe() if schema is not None else "",
            "columns": [c.__dict__ for c in result.columns.get(layer.name, [])],
        })
    counts = Counter(p.severity for p in result.problems if p.code != "schema")
    return {"path": str(path), "format": result.format, "layers": layers,
            "problems": {k: counts.get(k, 0) for k in ("error", "warning", "note")},
            "notes": [p.line() for p in result.problems
                      if p.code not in ("schema",) and p.severity != "error"][:10]}


def render_file(s: dict[str, Any]) -> str:
    """The readable form of ``file_summary`` (in the manner of ``ogrinfo -so``)."""
    from zoneeditor.core.validity import coordinate_text

    lines = [f"{s['path']}", f"  format:   {s['format']}"]
    for layer in s["layers"]:
        lines.append("")
        types = ", ".join(f"{n} {t}" for t, n in layer["geometry_types"].items()) or "none"
        lines.append(f"layer {layer['name']}: {layer['features']:,} features ({types}"
                     + (f"; {layer['without_geometry']} without geometry"
                        if layer["without_geometry"] else "") + ")")
        placed = layer.get("placed", True)
        if placed:
            lines.append(f"  CRS:      {layer['crs'] or 'none given'} (read as WGS 84)")
        else:
            given = "not understood" if str(layer["crs"]).startswith("!") else "none given"
            lines.append(f"  CRS:      {given}, and the coordinates are not longitude/latitude"
                         " (choose one with --assume-crs EPSG:N)")
        if layer["encoding"]:
            lines.append(f"  text:     {layer['encoding']}")
        if layer["extent"]:
            # 4 decimals, metres of a projected file in full, a hostile 1e308 in a few
            x0, y0, x1, y1 = (coordinate_text(v, 4, far=1e9) for v in layer["extent"])
            lines.append(f"  extent:   {x0}..{x1} E, {y0}..{y1} N" if placed
                         else f"  extent:   x {x0}..{x1}, y {y0}..{y1} "
                         "(the file's own units)")
        if layer["recognised"]:
            lines.append(f"  columns:  {layer['recognised']}")
        width = max((len(c["name"]) for c in layer["columns"]), default=4)
        for c in layer["columns"]:
            role = f"  -> {c['role']}" if c["role"] else ""
            samples = ", ".join(c["samples"][:3])
            lines.append(f"    {c['name']:<{width}}  {c['kind']:<7} {c['filled']:>5}/"
                         f"{c['total']:<5} {samples}{role}")
    p = s["problems"]
    if p["error"] or p["warning"]:
        lines += ["", f"{counted(p['error'], 'error', 'errors')}, "
                  f"{counted(p['warning'], 'warning', 'warnings')}: see "
                      f"'zoneeditor validate {s['path']}'"]
    for note in s["notes"]:
        lines.append(f"  {note}")
    return "\n".join(lines)
