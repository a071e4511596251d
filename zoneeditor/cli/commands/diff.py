"""``zoneeditor diff OLD NEW [--format text|json|csv|gpkg] [--out PATH]``: compare two versions.

OLD and NEW are ``PROJECT.gpkg:VERSION`` (``sample.gpkg:"Proposal B"``); a project path with
no version means its agreed baseline. Any other file the app imports (a party's shapefile,
GeoJSON, KML or plain GeoPackage) is read through the exchange importer, safely, as one
version named after the file, its columns recognised (``core.schema``) or mapped with
``--map``. Features whose ids differ are matched by code, name, spelling variant or shared
area (``core.diff_match``); the report says how. ``--min-area``/``--min-width`` and
``--tolerance`` control how slivers between two drawings of one boundary are reported.

The text report is written in ``--lang``, else the terminal's language (``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as every command-line tool reads them:
``cli.language.terminal_language``), else English; parties, versions, attributes and
towns are named as the window names them in that language (``i18n.report_words``). JSON,
CSV and GeoPackage are data for other programs and stay English (docs/diff-format.md), as
do the lines on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.cli.beside import Beside, Codec
from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAP_VALUES_HELP,
    output_path,
    parse_mapping,
    parse_values,
)
from zoneeditor.cli.diff_inputs import (
    Decided,
    Side,
    Undecided,
    add_read_options,
    from_file,
    read_versions,
    values_as_known,
)
from zoneeditor.cli.language import TERMINAL_RULE, add_language_option
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import LayerKind, Party, Version

if TYPE_CHECKING:
    from zoneeditor.core.diff import DiffReport
    from zoneeditor.core.diff_words import ReportWords
    from zoneeditor.io.gazetteer import LazyGazetteer

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
    add_map_options(parser)
    add_read_options(parser)
    parser.add_argument("--min-area", type=float, metavar="KM2",
                        help="list pieces of changed land of at least this area; smaller ones "
                             "are summed up (default: from the data)")
    parser.add_argument("--min-width", type=float, metavar="KM",
                        help="list pieces at least this wide; thinner ones (slivers between two "
                             "drawings of one boundary) are summed up (default: from the data)")
    parser.add_argument("--tolerance", type=float, default=0.0, metavar="KM",
                        help="treat boundaries within this distance of each other as the same "
                             "line (default 0: any difference counts)")
    add_language_option(parser, "language of the text report (json and csv stay English)",
                        TERMINAL_RULE)


def add_map_options(parser: argparse.ArgumentParser) -> None:
    """``--map TARGET=COLUMN`` for both inputs, ``--map-old``/``--map-new`` for one."""
    help_text = ("take TARGET (name, name_local, party, status, kind, notes, id, code) from "
                 "COLUMN of a file that is not a project; COLUMN empty for none (repeatable)")
    parser.add_argument("--map", action="append", default=[], metavar="TARGET=COLUMN",
                        help=help_text + "; applies to both inputs")
    parser.add_argument("--map-old", action="append", default=[], metavar="TARGET=COLUMN",
                        help="the same for OLD only")
    parser.add_argument("--map-new", action="append", default=[], metavar="TARGET=COLUMN",
                        help="the same for NEW only")
    parser.add_argument("--map-values", action="append", default=[],
                        metavar="ATTRIBUTE=VALUE:MEANT",
                        help=MAP_VALUES_HELP + "; for a file that is not a project")


def _prepare_report() -> None:
    """Import what comparing and reporting need (run while the sandbox child reads)."""
    import zoneeditor.core.diff
    import zoneeditor.core.diff_report  # noqa: F401
    from zoneeditor.core.geodesy import geod
    from zoneeditor.io.exchange import read_any  # noqa: F401

    geod()  # pyproj, imported on the first measure


#: The column a code chosen under two different names is compared under (``--map-old
#: code=A --map-new code=B``); a name no file uses.
_SHARED_CODE = "__zoneeditor_code__"


def _shared_code_column(old: Version, new: Version, old_col: str | None,
                        new_col: str | None) -> tuple[Version, Version]:
    """Copy each side's chosen code column under one shared name, so they can be compared."""
    def copy(v: Version, col: str | None) -> Version:
        if not col:
            return v
        folded = col.casefold()
        out = {}
        for fid, f in v.features.items():
            key = next((k for k in f.attributes if k.casefold() == folded), None)
            out[fid] = f.with_attributes(**{_SHARED_CODE: f.attributes.get(key)}) if key else f
        return Version(v.name, out, v.description)

    return copy(old, old_col), copy(new, new_col)


def _layers(version: Version) -> set[LayerKind]:
    return {f.layer for f in version}


def restrict_to_common_layers(old: Version, new: Version) -> tuple[Version, Version]:
    """When one side is an imported file holding only some layers (a zones shapefile), compare
    only those layers: the others are not "removed", they are simply not in that file."""
    for side, other in ((old, new), (new, old)):
        if not from_file(side):
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


def _digest_pair(value: object) -> tuple[str, str]:
    """The two fingerprints as a child sent them (a JSON list of two texts)."""
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, str) for v in value)):
        return value[0], value[1]
    raise ValueError("not two fingerprints")


#: Two fingerprints as JSON data and back.
DIGEST_PAIR: Codec[tuple[str, str]] = Codec(list, _digest_pair)

#: Below this many coordinates in the two versions a child costs more than it saves
#: (a fork and a pipe: ~2 ms; the sample's fingerprints take under 1 ms).
CHILD_MIN_COORDINATES = 20_000


def _two(digests: tuple[str, ...]) -> tuple[str, str]:
    old_digest, new_digest = digests
    return old_digest, new_digest


def _worth_a_child(versions: tuple[Version, Version]) -> bool:
    """Whether the versions are large enough for work beside the diff to go to a child."""
    from zoneeditor.core.diff_limits import coordinates

    return coordinates(*versions) >= CHILD_MIN_COORDINATES


def _gazetteer() -> LazyGazetteer | None:
    """The towns near the change regions, read lazily (a few cells of the indexed file,
    not the whole table: ``io.gazetteer.LazyGazetteer`` names the same towns)."""
    try:
        from zoneeditor.io.gazetteer import LazyGazetteer

        return LazyGazetteer()
    except (ImportError, OSError, ValueError, ZoneEditorError):
        return None  # regions keep their coordinates; the names are a convenience


def render(report: DiffReport, fmt: str, notes: Sequence[str] = (),
           words: ReportWords | None = None) -> str:
    """The report in a text format (text, json or csv); ``notes`` are what the reader
    must know to read it right (features a file lost, left out as the user allowed): at
    its head in text, as ``"notes"`` in JSON (docs/diff-format.md), on stderr for CSV.
    ``words``: the text report's language (None: English)."""
    from zoneeditor.core.diff_report import (
        CSV_COLUMNS,
        csv_rows,
        report_to_dict,
        summary_text,
    )
    from zoneeditor.core.diff_words import ENGLISH

    if fmt == "json":
        data = report_to_dict(report)
        if notes:
            data["notes"] = list(notes)
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_rows(report))
        return buf.getvalue().rstrip("\n")
    words = words or ENGLISH
    return "\n".join([*(words.say("Note: %1", words.message(n)) for n in notes),
                      summary_text(report, words)])


def report_words(lang: str | None, parties: Sequence[Party],
                 gazetteer: LazyGazetteer | None) -> tuple[ReportWords | None, object]:
    """The text report's words in ``lang`` or else the terminal's language
    (``cli.language.terminal_language``), and the application holding the translations
    (kept while the report is written); (None, None) for English, which needs no Qt.
    ``parties`` hold the parties' local names (the projects'), ``gazetteer`` the towns the
    report names."""
    from zoneeditor.cli.language import install_language, terminal_language

    lang = terminal_language(lang)
    if lang == "en":  # no Qt to import
        return None, None
    app, installed = install_language(lang)
    if installed == "en":
        return None, app
    from zoneeditor.core.model import ProjectMeta
    from zoneeditor.i18n.report_words import report_words as words_in
    from zoneeditor.i18n.values import place_name

    def place(name: str) -> str:
        town = gazetteer.by_name(name) if gazetteer is not None else None
        return place_name(town, installed) if town is not None else name

    return words_in(installed, ProjectMeta(parties=tuple(parties)), place), app


def run(args: argparse.Namespace) -> int:
    """Compare the two versions and write the report."""
    if args.format == "gpkg" and not args.out:
        raise ZoneEditorError("--format gpkg writes a file: give it with --out PATH")
    if args.out:
        output_path(args.out)  # its folder must exist: a mistyped one is never made
    both = parse_mapping(args.map)
    old_map = {**both, **parse_mapping(args.map_old)}
    new_map = {**both, **parse_mapping(args.map_new)}
    shared = Side(fallback_encoding=args.encoding, fallback_crs=args.assume_crs,
                  fallback_swap=args.swap_xy,
                  values=parse_values(args.map_values))  # given for both inputs
    sides = (replace(shared, mapping=old_map, encoding=args.encoding_old,
                     assume_crs=args.assume_crs_old, swap=args.swap_xy_old, name="old"),
             replace(shared, mapping=new_map, encoding=args.encoding_new,
                     assume_crs=args.assume_crs_new, swap=args.swap_xy_new, name="new"))
    for value, flag in ((args.min_area, "--min-area"), (args.min_width, "--min-width"),
                        (args.tolerance, "--tolerance")):
        if value is not None and not (0 <= value < 1e6):
            raise ZoneEditorError(f"{flag} must be a number of zero or more")
    from zoneeditor.core import diff_limits

    try:
        notes: list[str] = []
        parties: list[Party] = []
        # a file with more features than a comparison takes is refused while it is read
        read = read_versions([(args.old, sides[0]), (args.new, sides[1])],
                             Decided(args.repair, args.skip_unreadable),
                             meanwhile=_prepare_report, notes=notes, parties=parties,
                             max_features=diff_limits.MAX_FEATURES)
    except Undecided as exc:
        for line in exc.lines:
            print(f"zoneeditor: {line}", file=sys.stderr)
        return EXIT_PROBLEMS
    old, new, read_as = values_as_known(read[0], read[1], parties)
    for note in read_as:
        print(f"zoneeditor: {note}", file=sys.stderr)
    notes += read_as
    old, new = restrict_to_common_layers(old, new)
    from zoneeditor.core.diff import diff_versions
    from zoneeditor.core.diff_limits import check_size, large_note
    from zoneeditor.core.diff_report import attributes_missing_notes

    check_size(old, new)  # before anything is started: one sentence, exit 2
    if (large := large_note(old, new)) is not None:
        print(f"zoneeditor: {large}", file=sys.stderr, flush=True)
    from zoneeditor.core.fingerprint import fingerprints

    old_code, new_code = old_map.get("code"), new_map.get("code")
    code = old_code
    if old_code != new_code:  # one code system under two column names
        old, new = _shared_code_column(old, new, old_code, new_code)
        code = _SHARED_CODE if old_code and new_code else None
    # The report names both versions by fingerprint (not the CSV): computed beside the diff,
    # in a forked child where it can be (the canonical text holds the interpreter lock).
    # The versions as named, whole: compared on zones only (a zones shapefile against a
    # project), the header's fingerprint must still be the one 'info' and a printed sheet
    # show for that version (a tester found another one).
    pair = (read[0], read[1])
    with contextlib.ExitStack() as stack:
        digests = (stack.enter_context(Beside(lambda: _two(fingerprints(*pair)), DIGEST_PAIR,
                                              fork=_worth_a_child(pair)))
                   if args.format != "csv" else None)
        gazetteer = None if args.no_places else _gazetteer()
        report = diff_versions(old, new, gazetteer,
                               code_column=code, min_area_km2=args.min_area,
                               min_width_km=args.min_width, tolerance_km=args.tolerance,
                               files=[role for role, v in (("old", old), ("new", new))
                                      if from_file(v)])
        if digests is not None:
            report = replace(report, digests=digests.result())
    words, _app = (report_words(args.lang, parties, gazetteer) if args.format == "text"
                   else (None, None))  # the machine formats stay English
    # The hints also go to stderr, where a user sees them when the report goes to a file, a
    # pipe or a machine format; a text report on the terminal shows them once, as its notes.
    on_terminal = args.format == "text" and not args.out and sys.stdout.isatty()
    notes += _no_party_hints(report, args.format, words, echo=not on_terminal)
    notes += attributes_missing_notes(report)
    if args.format == "gpkg":
        from zoneeditor.io.diff_export import write_diff_gpkg

        write_diff_gpkg(report, args.out)
        print(f"wrote {len(report.regions)} change regions to {args.out}", file=sys.stderr)
        return EXIT_OK
    text = render(report, args.format, notes, words)
    if args.out:
        _write_text(Path(args.out), text + "\n")
    else:
        print(text)
    return EXIT_OK


#: How to map a column to party, for a file that gives none (%1 the file, %2 old or new).
NO_PARTY_HINT = ("%1: no party column recognised, or it is empty; if one of its columns "
                 "holds the parties, map it with --map-%2 party=COLUMN")


def _no_party_hints(report: DiffReport, fmt: str, words: ReportWords | None = None,
                    echo: bool = True) -> list[str]:
    """What the user can add to compare what a file's columns hold (``cli.diff_hints``:
    "--map-new status=etat"), and when a file gives no party at all
    (``DiffReport.parties_missing``) and no column of it holds the parties, how to map one:
    as notes in ``words``' language, and with ``echo`` on stderr too, in English (with the
    report's sentence for the formats that have no place for it)."""
    from zoneeditor.cli.diff_hints import map_hints
    from zoneeditor.core.column_guess import suggested_maps
    from zoneeditor.core.diff_report import parties_missing_note
    from zoneeditor.core.diff_words import ENGLISH

    said = words or ENGLISH
    hints: list[str] = []
    for role, side, other in (("old", report.old, report.new), ("new", report.new, report.old)):
        if not from_file(side):
            continue
        maps = suggested_maps(side, other)
        option = f"--map-{role}"
        for english, line in zip(map_hints(side.name, option, maps),
                                 map_hints(side.name, option, maps, said), strict=True):
            if echo:
                print(f"zoneeditor: {english}", file=sys.stderr)
            hints.append(line)
        if role in report.parties_missing and "party" not in maps:
            if echo:
                print(f"zoneeditor: {ENGLISH.say(NO_PARTY_HINT, side.name, role)}",
                      file=sys.stderr)
            hints.append(said.say(NO_PARTY_HINT, said.name(side.name), role))
    note = parties_missing_note(report)
    if note is not None and fmt in ("csv", "gpkg"):
        print(f"zoneeditor: {note}", file=sys.stderr)
    return hints


def _write_text(path: Path, text: str) -> None:
    from zoneeditor.core.errors import WriteError
    from zoneeditor.io.atomic import atomic_path

    try:
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise WriteError(str(path), exc.strerror or str(exc)) from exc
