"""``zoneeditor diff OLD NEW [--format text|json|csv|gpkg] [--out PATH]``: compare two versions.

OLD and NEW are ``PROJECT.gpkg:VERSION`` (``sample.gpkg:"Proposal B"``); a project path with
no version means its agreed baseline. Any other file the app imports (a party's shapefile,
GeoJSON, KML or plain GeoPackage) is read through the exchange importer, safely, as one
version named after the file, its columns recognised (``core.schema``) or mapped with
``--map``. Features whose ids differ are matched by code, name, spelling variant or shared
area (``core.diff_match``); the report says how. ``--min-area``/``--min-width`` and
``--tolerance`` control how slivers between two drawings of one boundary are reported.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zoneeditor.cli.beside import Beside, Codec
from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    counted,
    is_project_file,
    load_project,
    output_path,
    parse_mapping,
    pick_version,
    split_spec,
)
from zoneeditor.core.errors import ReadError, ZoneEditorError
from zoneeditor.core.model import LayerKind, Version

if TYPE_CHECKING:
    from zoneeditor.core.diff import DiffReport
    from zoneeditor.core.diff_regions import NearestTown
    from zoneeditor.io.sandbox import PendingReads

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


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """The decisions a file that is not a project may need before it can be compared, as
    ``import`` takes them: text encoding, coordinate system, repairs, features left out."""
    for flag, meta, what in (("encoding", "E", "read the text of a file that is not a project "
                              "in this encoding (cp1256, cp1251, utf-8...)"),
                             ("assume-crs", "EPSG:N", "the coordinate system of a file that "
                              "gives none (or one that cannot be understood)")):
        parser.add_argument(f"--{flag}", metavar=meta,
                            help=what + "; for either input that needs it (a file that "
                                 "states its own is read by it)")
        parser.add_argument(f"--{flag}-old", metavar=meta, help="the same for OLD only")
        parser.add_argument(f"--{flag}-new", metavar=meta, help="the same for NEW only")
    parser.add_argument("--repair", action="store_true",
                        help="compare invalid geometries as repaired (the repair offered for "
                             "each) instead of refusing the file")
    parser.add_argument("--skip-unreadable", action="store_true",
                        help="compare what can be read and leave out, said on standard error, "
                             "the features that cannot (no geometry, unusable geometry...)")


@dataclass(frozen=True)
class Side:
    """How one input that is not a project is read: its column mapping (target ->
    column), the text encoding and coordinate system the user chose for it alone (None:
    the file's), and those given for both inputs (``fallback_*``), taken only where the
    file's own cannot be used: ``--encoding koi8_r`` for a KOI8-R file must not re-read
    the UTF-8 one beside it, nor ``--assume-crs`` override a file's stated system.
    ``name`` is the input's place in the command ("old", "new"), for its own options."""

    mapping: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None
    assume_crs: str | None = None
    fallback_encoding: str | None = None
    fallback_crs: str | None = None
    name: str = ""

    @property
    def reading(self) -> tuple[str | None, str | None]:
        """What the file's reading depends on (the mapping is applied after it)."""
        return self.encoding, self.assume_crs


@dataclass(frozen=True)
class Decided:
    """What the user accepted for files that are not projects (``--repair``,
    ``--skip-unreadable``); without it such a file with problems is not compared."""

    repair: bool = False
    skip_unreadable: bool = False


#: One reading of one input: its path, whether it is a project, (encoding, assumed CRS).
_ReadKey = tuple[Path, bool, tuple[str | None, str | None]]


class Undecided(ZoneEditorError):
    """A file needs a decision before it can be compared (exit 1, as ``import``): the
    lines say each problem and the option that decides it."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines[-1])
        self.lines = lines


def read_version(spec: str, mapping: dict[str, str] | None = None) -> Version:
    """The version named by ``spec`` (see module doc); ReadError when it cannot be read.

    ``mapping`` (target -> column) applies to a file that is not a project.
    """
    (version,) = read_versions([(spec, Side(dict(mapping or {})))])
    return version


def read_versions(specs: Sequence[tuple[str, Side]], decided: Decided = Decided(),
                  meanwhile: Callable[[], object] | None = None,
                  notes: list[str] | None = None) -> list[Version]:
    """The versions named by ``specs`` (``(spec, side)`` pairs), each file read once.

    Two versions of one project read the project once; every file that needs the sandbox
    (another party's file, a project this installation did not write) is read in one
    child for the whole command (``io.sandbox.begin_many``), started first: this process
    reads its own projects and runs ``meanwhile`` (imports what the command needs next)
    while the child reads; without a child ``meanwhile`` is not run. ReadError for the
    first input, in order, that cannot be read; Undecided for one that needs a decision
    the user has not made (``decided``).
    """
    from zoneeditor.io.trust import is_trusted

    parsed = []
    for spec, side in specs:
        path, name = split_spec(spec)
        if not path.exists():
            raise ReadError(str(path), "no such file")
        if path.is_dir():
            raise ReadError(str(path), "it is a folder, not a file")
        project = is_project_file(path) or not _has_importer()
        parsed.append((path, name, side, project))
    read: dict[_ReadKey, Any] = {}
    here: dict[_ReadKey, Path] = {}
    sandboxed: list[_ReadKey] = []
    for path, _name, side, project in parsed:
        # a project is read once whatever the side says; a file once per way of reading it
        key = (path.resolve(), project, (None, None) if project else side.reading)
        if key in here or key in sandboxed:
            continue
        if project and (is_trusted(path)  # else refused with the project reader's sentence
                        or not path.read_bytes()[:16].startswith(b"SQLite format 3")):
            here[key] = path
        else:
            sandboxed.append(key)
    pending = _begin_sandboxed(sandboxed) if sandboxed else None
    try:
        for key, path in here.items():
            read[key] = load_project(path)
        if pending is not None:
            if meanwhile is not None:
                meanwhile()
            read.update(zip(sandboxed, pending.results(), strict=True))
    except BaseException:
        if pending is not None:
            pending.cancel()
        raise
    out = []
    for path, name, side, project in parsed:
        got = read[(path.resolve(), project, (None, None) if project else side.reading)]
        if isinstance(got, ReadError):  # an empty, damaged or unknown file says why first
            raise ReadError(str(path), got.reason)
        if not project and name is not None:
            raise ReadError(str(path), f"it is not a zoneeditor project, so it has no "
                                       f"version {name!r}")
        out.append(pick_version(got, path, name) if project
                   else _imported_version(path, got, side, decided, notes))
    return out


def _has_importer() -> bool:
    """Whether this build reads other parties' files (the exchange package is present)."""
    import importlib.util

    return importlib.util.find_spec("zoneeditor.io.exchange") is not None


def _begin_sandboxed(keys: list[_ReadKey]) -> PendingReads:
    """Every file that needs the sandbox, read in one child (started here; its
    ``results()`` are a result or a ReadError each)."""
    from zoneeditor.io.exchange.readers import ReadOptions
    from zoneeditor.io.sandbox import Request, begin_many

    return begin_many([Request(path, "project") if project else
                       Request(path, "exchange", ReadOptions(encoding=encoding,
                                                             assume_crs=assume_crs))
                       for path, project, (encoding, assume_crs) in keys])


def _prepare_report() -> None:
    """Import what comparing and reporting need (run while the sandbox child reads)."""
    import zoneeditor.core.diff
    import zoneeditor.core.diff_report  # noqa: F401
    from zoneeditor.core.geodesy import geod
    from zoneeditor.io.exchange import read_any  # noqa: F401

    geod()  # pyproj, imported on the first measure


#: Problems the shared ``--encoding`` / ``--assume-crs`` decide (``io.exchange`` codes).
_ENCODING_CODES = ("not-utf8", "encoding-unreadable", "encoding-guessed", "encoding-declared",
                   "mojibake")
_CRS_CODES = ("crs-missing", "crs-unreadable")


def _fallbacks(blocking: Sequence[Any], side: Side) -> tuple[str | None, str | None] | None:
    """(encoding, assumed CRS) to read a file again with, when the options given for both
    inputs decide what stops it; None when they do not apply (or were given for it alone)."""
    codes = {p.code for p in blocking}
    encoding = side.encoding or (side.fallback_encoding if codes & set(_ENCODING_CODES)
                                 else None)
    crs = side.assume_crs or (side.fallback_crs if codes & set(_CRS_CODES) else None)
    if (encoding, crs) == (side.encoding, side.assume_crs):
        return None
    return encoding, crs


def _imported_version(path: Path, raw: Any, side: Side, decided: Decided,
                      notes: list[str] | None = None) -> Version:
    """A non-project file's features (read raw in the sandbox) as one version.

    A file with problems is compared only as the user decided, as ``import`` would take
    it: errors that need a choice (encoding, coordinate system, a repair) refuse it, and
    features that cannot be read are left out only with ``--skip-unreadable`` — a report
    that called a zone "removed" because the file lost it would mislead.
    """
    from zoneeditor.cli.commands.import_ import left_out_text
    from zoneeditor.io.exchange import read_any

    mapping = {t: c for t, c in side.mapping.items() if t != "code"} or None
    result = read_any(path, mapping=mapping, raw=raw, encoding=side.encoding,
                      assume_crs=side.assume_crs)
    again = _fallbacks(result.blocking(decided.repair), side)
    if again is not None:  # the options given for both inputs, where this file needs them
        result = read_any(path, mapping=mapping, encoding=again[0], assume_crs=again[1])
    print(f"zoneeditor: {path.name}: {result.recognised}", file=sys.stderr)
    blocking = result.blocking(decided.repair)
    for p in result.problems:  # what the user should know of what is compared
        if p.severity != "note" and p not in blocking:
            print(f"zoneeditor: {path.name}: {p.line_decided(decided.repair)}", file=sys.stderr)
    unread = result.left_out()  # never even read: no geometry, an unusable one...
    if blocking or (unread and not decided.skip_unreadable and result.accepted(decided.repair)):
        lines = [f"{path.name}: {p.line()}" for p in blocking[:10]]
        if len(blocking) > 10:
            lines.append(f"{path.name}: and {len(blocking) - 10} more")
        if unread and not decided.skip_unreadable:
            lines.append(f"{path.name}: {left_out_text(unread)} cannot be read; add "
                         "--skip-unreadable to compare without them")
        if blocking:
            need = counted(len(blocking), "problem above needs", "problems above need")
            own = (f"; for this file alone: --encoding-{side.name}, "
                   f"--assume-crs-{side.name}") if side.name else ""
            lines.append(f"cannot compare {path.name}: {need} a decision (see the "
                         f"suggestions in brackets{own})")
        else:
            lines.append(f"cannot compare {path.name} without the features it lost")
        raise Undecided(lines)
    features = result.accepted(repair=decided.repair)
    if not features:
        # the problems that left nothing to compare, as "validate" words them (a truncated
        # .shp said only "no features in it"), without the "error:" of the listing
        why = result.errors[:2] or [p for p in result.problems if p.severity == "warning"][:2]
        reasons = "; ".join(p.sentence() for p in why) or "no features in it"
        raise ReadError(str(path), reasons)
    if unread:  # as --skip-unreadable asked
        print(f"zoneeditor: {path.name}: {left_out_text(unread)} left out of the comparison",
              file=sys.stderr)
        if notes is not None:  # the report says it too: a saved report outlives stderr
            notes.append(f"{path.name}: {left_out_text(unread)} could not be read and were "
                         "left out of the comparison as asked (--skip-unreadable); what it "
                         "calls removed or added may be among them")
    sources = [layer.name for layer in raw.layers if layer.records] if raw is not None else []
    if len(sources) > 1:  # two parties' layers in one file would read as one map
        print(f"zoneeditor: {path.name}: its layers {', '.join(sources)} are compared as one "
              "version (to compare one alone, import it with --layer NAME into a project)",
              file=sys.stderr)
    version = Version(path.name, {f.id: f for f in features})
    version.description = "imported"
    return version


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
    import shapely

    geometries = [f.geometry for v in versions for f in v]
    return int(shapely.get_num_coordinates(geometries).sum()) >= CHILD_MIN_COORDINATES


def _gazetteer() -> NearestTown | None:
    """The towns near the change regions, read lazily (a few cells of the indexed file,
    not the whole table: ``io.gazetteer.LazyGazetteer`` names the same towns)."""
    try:
        from zoneeditor.io.gazetteer import LazyGazetteer

        return LazyGazetteer()
    except (ImportError, OSError, ValueError, ZoneEditorError):
        return None  # regions keep their coordinates; the names are a convenience


def render(report: DiffReport, fmt: str, notes: Sequence[str] = ()) -> str:
    """The report in a text format (text, json or csv); ``notes`` are what the reader
    must know to read it right (features a file lost, left out as the user allowed): at
    its head in text, as ``"notes"`` in JSON (docs/diff-format.md), on stderr for CSV."""
    from zoneeditor.core.diff_report import (
        CSV_COLUMNS,
        csv_rows,
        report_to_dict,
        summary_text,
    )

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
    return "\n".join([*(f"Note: {n}" for n in notes), summary_text(report)])


def run(args: argparse.Namespace) -> int:
    """Compare the two versions and write the report."""
    if args.format == "gpkg" and not args.out:
        raise ZoneEditorError("--format gpkg writes a file: give it with --out PATH")
    if args.out:
        output_path(args.out)  # its folder must exist: a mistyped one is never made
    both = parse_mapping(args.map)
    old_map = {**both, **parse_mapping(args.map_old)}
    new_map = {**both, **parse_mapping(args.map_new)}
    sides = (Side(old_map, args.encoding_old, args.assume_crs_old, args.encoding,
                  args.assume_crs, "old"),
             Side(new_map, args.encoding_new, args.assume_crs_new, args.encoding,
                  args.assume_crs, "new"))
    for value, flag in ((args.min_area, "--min-area"), (args.min_width, "--min-width"),
                        (args.tolerance, "--tolerance")):
        if value is not None and not (0 <= value < 1e6):
            raise ZoneEditorError(f"{flag} must be a number of zero or more")
    try:
        notes: list[str] = []
        read = read_versions([(args.old, sides[0]), (args.new, sides[1])],
                             Decided(args.repair, args.skip_unreadable),
                             meanwhile=_prepare_report, notes=notes)
    except Undecided as exc:
        for line in exc.lines:
            print(f"zoneeditor: {line}", file=sys.stderr)
        return EXIT_PROBLEMS
    old, new = restrict_to_common_layers(*read)
    from zoneeditor.core.diff import diff_versions
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
        report = diff_versions(old, new, None if args.no_places else _gazetteer(),
                               code_column=code, min_area_km2=args.min_area,
                               min_width_km=args.min_width, tolerance_km=args.tolerance)
        if digests is not None:
            report = replace(report, digests=digests.result())
    if args.format == "gpkg":
        from zoneeditor.io.diff_export import write_diff_gpkg

        write_diff_gpkg(report, args.out)
        print(f"wrote {len(report.regions)} change regions to {args.out}", file=sys.stderr)
        return EXIT_OK
    text = render(report, args.format, notes)
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
