"""``zoneeditor import FILE... --into PROJECT.gpkg``: bring other parties' files into a project.

Files are read in a limited child process (io.sandbox). Every problem is listed; invalid
geometry is repaired only with ``--repair``; a missing CRS needs ``--assume-crs``; garbled
text, or a GeoJSON or KML that is not UTF-8, needs ``--encoding``. Features that cannot be
imported at all (no geometry, an unreadable geometry, an invalid one with no repair) are
left out only with ``--skip-unreadable``: without it nothing is imported and one sentence
says how many and how to accept, so a truncated file never passes for a clean import. The
project is created when it does not exist and saved atomically. Exit 0 imported (with
``--skip-unreadable``, saying what was left out), 1 problems need a decision or features
would be left out (nothing imported), 2 unreadable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAP_VALUES_HELP,
    counted,
    is_project_file,
    load_project,
    parse_mapping,
    parse_values,
)
from zoneeditor.core.errors import ReadError, ZoneEditorError

if TYPE_CHECKING:
    from zoneeditor.core.changes import ChangeSet
    from zoneeditor.core.model import Feature, Project, Version
    from zoneeditor.io.exchange import ImportResult

NAME = "import"
HELP = ("Import shapefiles (also zipped), GeoPackages, GeoJSON or KML into a project, as the "
        "agreed baseline or as a new proposal.")


def add_reader_options(parser: argparse.ArgumentParser) -> None:
    """The choices a user can make about how a foreign file is read."""
    parser.add_argument("--encoding", metavar="E",
                        help="text encoding, e.g. cp1256 (Windows Arabic) or cp1251: of a "
                             "shapefile (default: its .cpg, else a stated guess), or of a "
                             "GeoJSON or KML that is not UTF-8 (default: UTF-8; a KML's own "
                             "XML declaration wins)")
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
    parser.add_argument("--map-values", action="append", default=[],
                        metavar="ATTRIBUTE=VALUE:MEANT", help=MAP_VALUES_HELP)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add this command's arguments."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to import")
    parser.add_argument("--into", required=True, metavar="PROJECT.gpkg",
                        help="project to import into (created when missing)")
    parser.add_argument("--as", dest="target", default="agreed", metavar="agreed|proposal:NAME",
                        help="into the agreed baseline (default) or the proposal NAME (made "
                             "when the project has none of that name). Features whose ids "
                             "are there already replace them; the others are added")
    parser.add_argument("--based-on", dest="base", metavar="VERSION",
                        help="with --as proposal:NAME: the new proposal starts as a copy of "
                             "VERSION (e.g. agreed) and the files' features are put in: those "
                             "paired with its features (by id, code, name or shared area, as "
                             "diff pairs them) replace them, the others are added, every "
                             "other feature is kept. For a file holding only some zones")
    parser.add_argument("--repair", action="store_true",
                        help="accept the offered repairs of invalid geometry")
    parser.add_argument("--skip-unreadable", action="store_true",
                        help="import the other features when some cannot be imported (no "
                             "geometry, e.g. a truncated .shp; a geometry that cannot be "
                             "read; an invalid one with no repair); each one left out is "
                             "listed and counted. Without it nothing is imported then")
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
                          mapping=mapping or None, values=parse_values(args.map_values))
        taken |= {f.id for f in result.all_features}
        results.append(result)
    return results


#: Why features are left out (``ImportResult.left_out``), as the summary line says it.
_LEFT_OUT = {"no-crs": "in a layer without a usable coordinate system",
             "no-geometry": "without geometry",
             "bad-geometry": "with a geometry that cannot be read or imported",
             "no-repair": "invalid with no repair",
             "count-mismatch": "not paired by the .shp and .dbf"}


def left_out(results: Iterable[ImportResult]) -> dict[str, int]:
    """How many features of all ``results`` will not be imported, by reason."""
    from collections import Counter

    total: Counter[str] = Counter()
    for r in results:
        total.update(r.left_out())
    return dict(total)


def left_out_text(left: dict[str, int]) -> str:
    """"4 features (4 without geometry)"."""
    n = sum(left.values())
    why = ", ".join(f"{k} {_LEFT_OUT.get(code, code)}" for code, k in left.items())
    return f"{counted(n, 'feature', 'features')} ({why})"


def file_counts(result: ImportResult) -> str:
    """What a file holds and what of it is read, each feature said once: "3 features in the
    file: 2 zones read, 1 feature (1 with a geometry that cannot be read or imported) left
    out" (a feature read is left out when it is invalid with no repair: it is not also
    counted as read)."""
    text = (f"{counted(result.in_file, 'feature', 'features')} in the file: "
            f"{_counts(result.importable)} read")
    if left := result.left_out():
        text += f", {left_out_text(left)} left out"
    return text


def _counts(features: Iterable[Feature]) -> str:
    from collections import Counter

    c = Counter(f.layer.value for f in features)
    return ", ".join(counted(c[k], k[:-1], k) for k in ("zones", "lines", "points")
                     if c[k]) or "nothing"


def run(args: argparse.Namespace) -> int:
    """Read, report, and import when nothing needs a decision."""
    from zoneeditor.io.lock import ProjectLock

    into = Path(args.into)
    target = _target(args.target)
    if args.base is not None and target == "agreed":
        raise ZoneEditorError("--based-on makes a new proposal: give --as proposal:NAME too")
    # An editor with the project open holds its lock: never write under its feet.
    lock = ProjectLock.acquire(into)
    try:
        return _import(args, into, target)
    finally:
        lock.release()


def _import(args: argparse.Namespace, into: Path, target: str) -> int:
    from zoneeditor.core.document import Document
    from zoneeditor.core.model import Project, ProjectMeta
    from zoneeditor.io.exchange import (
        import_changeset,
        project_extent,
        put_in_preview,
        unknown_values,
        value_notes,
        values_kept,
    )
    from zoneeditor.io.project_file import write_project
    from zoneeditor.io.team.workcopy import ChangeRefused, change_refusal

    if into.exists():
        if not is_project_file(into):
            raise ReadError(str(into), "not a zoneeditor project (to create a new one, give a "
                                       "name that does not exist yet)")
        refusal = change_refusal(into, target)
        if refusal is not None:  # a team working copy: the server would refuse it
            raise ChangeRefused(refusal)
        project = load_project(into)
    else:
        project = Project(ProjectMeta(title=into.stem))
    results = read_files(args.files, args, project_extent(project))
    blocking = [p for r in results for p in r.blocking(args.repair)]
    features = [f for r in results for f in r.accepted(args.repair)]
    left = left_out(results)
    refused = bool(blocking) or (bool(left) and not args.skip_unreadable)
    # the parties and statuses as the project spells them (said, never silent)
    read_as = [str(n) for n in value_notes(project, features)]
    # what the dialog lists on its values tab: new parties unless mapped (--map-values)
    unknown = unknown_values(project, features)
    maps = _columns_to_map(project, features)
    # what the files have no column for keeps the replaced feature's values (said)
    given = {fid: names for r in results for fid, names in r.given.items()}
    kept = values_kept(project, features, target, args.base, given) if features \
        else None
    kept_note = kept.note() if kept is not None else None
    if args.json:
        print(json.dumps({"files": [{"path": str(r.path), "format": r.format, "crs": r.crs,
                                     "encoding": r.encoding, "recognised": r.recognised,
                                     "columns": {layer: [c.__dict__ for c in cols]
                                                 for layer, cols in r.columns.items()},
                                     "problems": [p.as_dict() for p in r.problems],
                                     "left_out": r.left_out()}
                                    for r in results],
                          "imported": 0 if refused else len(features),
                          "read_as": read_as,
                          "unknown_values": {a: dict(v) for a, v in unknown.items()},
                          "columns_to_map": maps,
                          "kept_from_base": kept.as_dict() if kept is not None
                          and kept_note else None,
                          "left_out": left},
                         ensure_ascii=False, indent=2))
    else:
        for r in results:
            crs = "unknown" if r.crs.startswith("!") else r.crs
            print(f"{r.path}: {r.format}, {file_counts(r)} (CRS {crs}"
                  + (f", text {r.encoding}" if r.encoding else "") + ")")
            for p in r.problems:
                print(f"  {p.line_decided(args.repair)}")
        for note in read_as + _unknown_notes(unknown):
            print(f"note: {note}")
        if maps:
            from zoneeditor.cli.diff_hints import IMPORT_HINTS, map_hints

            files = ", ".join(Path(p).name for p in args.files)
            for hint in map_hints(files, "--map", maps, sentences=IMPORT_HINTS):
                print(f"note: {hint}")
    if refused:
        if not args.json:
            # "the other N": every feature read, as the header counts them (those waiting
            # for --repair included, which the sentence before this one speaks of)
            _say_refused(len(blocking), left, sum(len(r.importable) for r in results),
                         args.skip_unreadable)
        return EXIT_PROBLEMS
    label = "Import " + ", ".join(Path(p).name for p in args.files)
    existing = project.versions.get(target)
    had = existing is not None and bool(existing.features)
    cs = import_changeset(project, features, target, label, base=args.base, given=given)
    twins = _same_shapes(cs, existing) if existing is not None and had else 0  # before apply
    put = _put_in_counts(put_in_preview(project, features, args.base, given).counts(),
                         args.base) if args.base else ""
    partial = _only_part_of_agreed(project, features, target) \
        if existing is None and args.base is None else ""
    Document(project).apply(cs)
    write_project(project, into)
    if not args.json:
        done = f"imported {_counts(features)} into {target!r} of {into}"
        if put:
            done += f" ({put})"
        if had:  # into a version with features: say what it did to them
            replaced = sum(1 for d in cs.deltas if d.old is not None)
            same = len(features) - len(cs.deltas)
            done += (f" ({len(cs.deltas) - replaced} added, {replaced} replaced by id"
                     + (f", {same} unchanged" if same else "")
                     + f"; {target!r} now has {_counts(project.versions[target])})")
        print(f"{done}; left out {left_out_text(left)}, as --skip-unreadable asked" if left
              else done)
        if kept_note:
            print(f"note: {kept_note}")
        if twins:
            print(f"note: {counted(twins, 'added feature has', 'added features have')} the "
                  f"shape of a feature {target!r} had already: the same file imported twice? "
                  f"('zoneeditor validate {into}' lists the overlaps)")
    if partial:  # on stderr: also said beside --json, whose stdout stays JSON
        print(f"zoneeditor: {partial}", file=sys.stderr)
    return EXIT_OK


def _columns_to_map(project: Project, features: list[Feature]) -> dict[str, str]:
    """``{target: column}``: the file's columns that hold what the project gives its
    features (its parties, statuses, kinds, ids) while the file was read without them
    (``cli.diff_hints``: an outside tester's "camp" and "etat" came in as columns of their
    own, every zone of no party)."""
    from zoneeditor.core.column_guess import suggested_maps
    from zoneeditor.core.model import Version

    ours = {f.id: f for v in project.versions.values() for f in v}
    if not ours or not features:
        return {}
    return suggested_maps(Version("file", {f.id: f for f in features}),
                          Version("project", ours))


def _only_part_of_agreed(project: Project, features: list[Feature], target: str) -> str:
    """For a new proposal made of the files' features alone: when they stand for only part
    of the agreed baseline, the one sentence saying that a comparison will list the rest as
    removed and what to do instead (the import dialog says it beside its choice,
    ``gui.import_dialog.proposal_start``); "" otherwise.

    Part: some of the baseline's features are paired with the files', and the files hold
    no feature of a layer the baseline has (a zones-only shapefile) or stand for at most
    half of its features (a colleague's two redrawn zones). A whole proposal that drops a
    point on purpose is not warned about, nor files that redraw it all or are a map of
    their own (nothing paired)."""
    from zoneeditor.core.model import AGREED
    from zoneeditor.io.exchange import put_in_preview

    agreed = project.versions.get(AGREED)
    if target == AGREED or agreed is None or not len(agreed) or not features:
        return ""
    preview = put_in_preview(project, features, AGREED)
    if not preview.replaced or preview.covers_all:
        return ""
    missing_layer = bool({f.layer for f in agreed} - {f.layer for f in features})
    if not missing_layer and 2 * len(preview.kept) < len(agreed):
        return ""
    kept = set(preview.kept)
    rest = _counts(f for f in agreed if f.id in kept)
    return (f"{target!r} holds only the files' features, so comparing it with {AGREED!r} lists "
            f"the {rest} of {AGREED!r} the files do not hold as removed; to start from a copy "
            f"of {AGREED!r} with the files' features put in, import them as a new proposal "
            f"with --based-on {AGREED}")


def _unknown_notes(unknown: dict[str, list[tuple[str, int]]]) -> list[str]:
    """The party and status values the project does not know (``unknown_values``), said
    with how to map them: "2 new parties: GOV (1), UN (1) (to read them as the project's
    parties, add --map-values party=VALUE:PARTY)"."""
    out = []
    if parties := unknown.get("party"):
        listed = ", ".join(f"{value} ({n})" for value, n in parties)
        out.append(f"{counted(len(parties), 'new party', 'new parties')}: {listed} (to read "
                   "them as the project's parties, add --map-values party=VALUE:PARTY)")
    if statuses := unknown.get("status"):
        listed = ", ".join(f"{value} ({n})" for value, n in statuses)
        out.append(f"status values that are not proposed, agreed or disputed: {listed} (to "
                   "map them, add --map-values status=VALUE:STATUS)")
    return out


def _put_in_counts(counts: tuple[int, int, int], base: str) -> str:
    """What a copy of ``base`` with the files' features put in holds, in words: "a copy of
    'agreed': 2 replaced, 1 added, 10 kept unchanged". ``counts`` is ``PutIn.counts``, the
    dialog's too (a paired feature the file holds unchanged is kept unchanged)."""
    replaced, added, kept = counts
    return f"a copy of {base!r}: {replaced} replaced, {added} added, {kept} kept unchanged"


def _same_shapes(cs: ChangeSet, version: Version) -> int:
    """How many features ``cs`` adds that have the shape of a feature ``version`` holds
    (the same vertices from any start, to 1e-6° ≈ 10 cm: a file written by another tool
    rounds): a file imported a second time adds every zone again."""
    import shapely

    there = [shapely.normalize(f.geometry) for f in version]
    tree = shapely.STRtree(there)
    count = 0
    for d in cs.deltas:
        if d.old is not None or d.new is None:
            continue
        mine = shapely.normalize(d.new.geometry)
        near = tree.query(mine.envelope.buffer(1e-6))
        count += any(shapely.equals_exact(mine, there[i], 1e-6) for i in near)
    return count


def _say_refused(blocking: int, left: dict[str, int], others: int, skip: bool) -> None:
    """Why nothing was imported, in one sentence for each reason, and what to do."""
    if blocking:
        print(f"nothing imported: {counted(blocking, 'problem above needs', 'problems above need')}"
              " a decision (see the suggestions in brackets)")
    if left and not skip:
        head = "also, " if blocking else "nothing imported: "
        tail = (f"to import the other {others} and leave these out, add --skip-unreadable"
                if others else "no other feature could be read")
        print(f"{head}{left_out_text(left)} cannot be imported; {tail}")


def validate_foreign(path: Path, args: argparse.Namespace) -> int:
    """``zoneeditor validate`` for a file that is not a project: read it as an import would."""
    from zoneeditor.core.model import Version
    from zoneeditor.core.validate import naming, shared_codes, validate_version
    from zoneeditor.io.exchange import read_any

    result = read_any(path, encoding=args.encoding, assume_crs=args.assume_crs,
                      swap=args.swap_xy, mapping=parse_mapping(args.map) or None,
                      values=parse_values(args.map_values))
    lines = [p.line() for p in result.problems]
    found = [p for p in result.problems if p.severity != "note"]
    # named after the file: its problems read "zones.shp: Idlib: ...", not "agreed: ..."
    valid = Version(path.name, {f.id: f for f in result.accepted(repair=False)})
    extra = [p for p in validate_version(valid) + naming(valid) if "party" not in p.message]
    for column in dict.fromkeys((c.column, c.system) for schema in result.schemas.values()
                                for c in schema.codes[:1]):
        extra += shared_codes(valid, *column)
    lines += [f"warning: {p.line()}" for p in extra]
    if args.json:
        print(json.dumps({"path": str(path), "format": result.format, "crs": result.crs,
                          "encoding": result.encoding, "valid": not found and not extra,
                          "problems": [p.as_dict() for p in result.problems]
                          + [{"severity": "warning", **p.as_dict()} for p in extra]},
                         ensure_ascii=False, indent=2))
    else:
        for line in lines:
            print(line)
        summary = f"{path}: {result.format}, {file_counts(result)}"
        print(f"{summary}: valid" if not found and not extra else
              f"{summary}: {counted(len(found) + len(extra), 'problem', 'problems')}")
    return EXIT_PROBLEMS if found or extra else EXIT_OK
