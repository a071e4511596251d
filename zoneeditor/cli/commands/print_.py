"""``zoneeditor print PROJECT[:VERSION] --out FILE.pdf|FILE.png``: a sheet for the table.

Paints with Qt, but needs no display: when neither DISPLAY nor WAYLAND_DISPLAY is set it
selects Qt's offscreen platform before Qt is imported, and it creates a QGuiApplication
(fonts and painting need one; widgets do not). The output replaces FILE atomically.

The sheet's words (legend, scale statement, footnotes, banner, units) are in the language
the window would use, chosen by the same rule (``i18n.install``): ``--lang`` when given,
else the language the user chose to keep in the window, else the system's (``LC_ALL``,
``LANG``...), else English. Arabic sheets are laid out right to left. What the command
prints on the terminal stays English.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.cli.common import (
    EXIT_OK,
    fail,
    load_project,
    output_path,
    pick_version,
    split_spec,
)

# LANGUAGES: the choices of --lang, as the window's (tests/e2e/test_print_languages.py)
from zoneeditor.cli.language import LANGUAGES as LANGUAGES
from zoneeditor.cli.language import add_language_option, install_language
from zoneeditor.core.errors import ZoneEditorError

if TYPE_CHECKING:
    from zoneeditor.core.model import Project
    from zoneeditor.render.print_layout import PageResult, PrintJob
    from zoneeditor.render.reference_painter import RenderReference

NAME = "print"
HELP = ("Print a version to a vector PDF (fonts embedded) or a PNG: map, legend, scale bar, "
        "grid, banner and fingerprint; optionally the changes against another version.")

_FORMATS = (".pdf", ".png")


class PrintUsageError(ZoneEditorError):
    """A print option the user gave cannot be honoured (message fit for the user)."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("path", metavar="PROJECT[:VERSION]",
                        help="project file, optionally with the version to print "
                             "(default: the agreed baseline)")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="output file: .pdf (vector) or .png (raster at --dpi)")
    parser.add_argument("--paper", default="A4", help="A4 (default), A3, A2, A1, A0 or Letter")
    parser.add_argument("--landscape", action="store_true", help="landscape orientation")
    parser.add_argument("--title", help="sheet title (default: the project's title)")
    parser.add_argument("--subtitle", default="", help="line under the title")
    parser.add_argument("--banner", default=None,
                        help="banner text (default: 'DRAFT — for discussion — without "
                             "prejudice'; an empty string prints no banner)")
    parser.add_argument("--scale", type=int, metavar="N",
                        help="fixed map scale 1:N at the centre (e.g. 250000); default: fit")
    parser.add_argument("--extent", metavar="W,S,E,N",
                        help="lon/lat box to show (default: all features of the version)")
    parser.add_argument("--diff-against", metavar="VERSION",
                        help="overlay the changes of the printed version against VERSION")
    parser.add_argument("--per-zone", action="store_true",
                        help="one page per zone, zoomed to it (PNG: FILE-1.png, FILE-2.png…)")
    parser.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    parser.add_argument("--no-qr", action="store_true",
                        help="leave out the QR code of the full fingerprint")
    parser.add_argument("--author", help="author or delegation (default: the project's)")
    parser.add_argument("--date", help="date printed on the sheet (default: today)")
    parser.add_argument("--no-grid", action="store_true", help="no latitude/longitude grid")
    parser.add_argument("--labels", choices=("both", "en", "local"), default="both",
                        help="map labels: both names side by side (both, default), romanised "
                             "names only (en) or the local, Arabic names only (local)")
    parser.add_argument("--hide", action="append", default=[], metavar="LAYER",
                        choices=("zones", "lines", "points", "towns"),
                        help="leave a layer off the map: zones, lines, points or towns "
                             "(repeatable)")
    parser.add_argument("--no-basemap", action="store_true",
                        help="no countries and towns under the zones")
    parser.add_argument("--reference", action="append", default=[], metavar="FILE",
                        help="draw a reference layer under the project: an OpenStreetMap "
                             "extract (.osm.pbf, .osm), a GeoTIFF, MBTiles or GeoPackage "
                             "tiles, or any file 'import' reads; its attribution is printed "
                             "on the sheet (repeatable, drawn in the order given)")
    parser.add_argument("--no-project-references", action="store_true",
                        help="leave out the reference layers stored in the project")
    add_language_option(parser, "language of the sheet's words (ar is right-to-left)")


def _extent(text: str | None) -> tuple[float, float, float, float] | None:
    if text is None:
        return None
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError:
        raise PrintUsageError(f"--extent {text!r}: expected four numbers W,S,E,N") from None
    return (w, s, e, n)


def _references(project: Project, path: Path, files: list[str], with_project: bool
                ) -> list[RenderReference]:
    """The project's visible references (a missing file is a warning: the sheet is still
    printed without it) and the ``--reference`` files (one that cannot be read stops the
    print: it was asked for), bottom to top."""
    from zoneeditor.io.reference import load_references, new_reference
    from zoneeditor.render.reference_painter import RenderReference, scene_references

    out: list[RenderReference] = []
    if with_project and project.meta.references:
        loaded, problems = load_references(project.meta.references, path, only_visible=True)
        for problem in problems.values():
            fail(f"warning: {problem}")
        out.extend(scene_references(project.meta.references, loaded))
    for name in files:
        layer, data = new_reference(Path(name))
        out.append(RenderReference(layer, data))
    return out


def run(args: argparse.Namespace) -> int:
    """Print the sheet(s) and say what was written."""
    out = Path(args.out)
    if out.suffix.lower() not in _FORMATS:
        raise PrintUsageError(f"--out {out}: the file name must end in .pdf or .png")
    output_path(args.out)  # its folder must exist: a mistyped one is never made
    path, version_name = split_spec(args.path)
    project = load_project(path)
    version = pick_version(project, path, version_name)
    against = None
    if args.diff_against:
        against = pick_version(project, path, args.diff_against).name
        if against == version.name:
            raise PrintUsageError(f"--diff-against {against!r} is the version being printed")
    references = _references(project, path, args.reference, not args.no_project_references)
    # a QGuiApplication (fonts and painting need one), the sheet's language installed
    _app, _lang = install_language(args.lang, gui=True)  # keep a reference while painting
    from zoneeditor.render.print_layout import PrintJob
    from zoneeditor.render.print_options import DEFAULT_BANNER, MapLook, PrintOptions

    try:
        options = PrintOptions(
            paper=args.paper, landscape=args.landscape, title=args.title,
            subtitle=args.subtitle,
            banner=DEFAULT_BANNER if args.banner is None else args.banner,
            author=args.author, date=args.date, extent=_extent(args.extent),
            scale=args.scale, diff_against=against, per_zone=args.per_zone,
            show_qr=not args.no_qr, show_graticule=not args.no_grid,
            show_basemap=not args.no_basemap, labels=args.labels, dpi=args.dpi,
            look=MapLook(hidden_layers=frozenset(h for h in args.hide if h != "towns"),
                         show_towns="towns" not in args.hide))
    except ValueError as exc:
        raise PrintUsageError(str(exc)) from None
    job = PrintJob(project, version, options, references=references)
    if out.suffix.lower() == ".pdf":
        results = job.write_pdf(out)
        written = [out]
    else:
        pairs = job.write_png(out)
        written = [p for p, _ in pairs]
        results = [r for _, r in pairs]
    print(summary(job, written, results))
    return EXIT_OK


def summary(job: PrintJob, written: list[Path], results: list[PageResult]) -> str:
    """What was written: files, pages, paper, scale, version and fingerprint.

    One page: its scale on the same line. Several pages (``--per-zone``): each page on a
    line of its own with its zone and its own scale, since every page is zoomed to its zone.
    """
    from zoneeditor.render.print_scalebar import format_scale

    options = job.options
    pages = job.pages()
    scales = [format_scale(r.scalebar.denominator) if r.scalebar is not None else ""
              for r in results]
    orientation = "landscape" if options.landscape else "portrait"
    names = ", ".join(str(p) for p in written)
    refs = (f", {len(job.references)} reference layer"
            f"{'s' if len(job.references) != 1 else ''}") if job.references else ""
    single = f", scale {scales[0]}" if len(pages) == 1 and scales and scales[0] else ""
    head = (f"wrote {names} ({len(pages)} page{'s' if len(pages) != 1 else ''}, "
            f"{options.paper} {orientation}{single}, version {job.version.name!r}{refs}, "
            f"fingerprint {job.identification().fingerprint_short})")
    if len(pages) == 1:
        return head
    lines = [head]
    for page, scale in zip(pages, scales, strict=False):
        what = f": {page.zone}" if page.zone else ""
        lines.append(f"  page {page.number}{what}, scale {scale}" if scale
                     else f"  page {page.number}{what}")
    return "\n".join(lines)
