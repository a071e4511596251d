"""``zoneeditor info PATH [--json]``: what a project holds, its areas and fingerprints."""

from __future__ import annotations

import argparse
import json

from zoneeditor.cli.common import EXIT_OK, load_project, split_spec
from zoneeditor.core.summary import project_summary

NAME = "info"
HELP = "Show a project's versions, layers, feature counts, extent, zone areas and fingerprints."


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="PATH", help="project file (.gpkg)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    """Print the summary of the project at ``args.path``."""
    path, _ = split_spec(args.path)
    summary = project_summary(load_project(path))
    summary["path"] = str(path)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(render_text(summary))
    return EXIT_OK


def render_text(s: dict) -> str:
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
            lines.append(f"  zone {z['name'] or z['id'][:8]}{party}: {z['area_km2']:,.1f} km²")
    return "\n".join(lines)
