"""Reading what ``zoneeditor diff`` compares: versions of projects and other parties' files.

A project version is read as it is (a project read once for both of its versions). A file
that is not a project is read through the exchange importer in a sandboxed child (one child
for the whole command, started first) and taken as ``import`` takes it: a problem that needs
a decision refuses it (``Undecided``: exit 1, each problem with its option), features that
cannot be read are left out only as the user allows (``Decided``), and the options given for
both inputs (``Side.fallback_*``) are taken only by a file that needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from zoneeditor.cli.common import counted, is_project_file, load_project, pick_version, split_spec
from zoneeditor.core.errors import ReadError, TooManyInFile, ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Party, Version

if TYPE_CHECKING:
    from zoneeditor.io.sandbox import PendingReads


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
    parser.add_argument("--swap-xy", action="store_true",
                        help="read a file written as latitude, longitude with its axes swapped; "
                             "for either input that looks swapped")
    parser.add_argument("--swap-xy-old", action="store_true", help="the same for OLD only")
    parser.add_argument("--swap-xy-new", action="store_true", help="the same for NEW only")
    parser.add_argument("--repair", action="store_true",
                        help="compare invalid geometries as repaired (the repair offered for "
                             "each) instead of refusing the file")
    parser.add_argument("--skip-unreadable", action="store_true",
                        help="compare what can be read and leave out the features that "
                             "cannot (no geometry, unusable geometry...), as the report says")


#: The description of a version read from another tool's file rather than a project.
IMPORTED = "imported"


def from_file(version: Version) -> bool:
    """Whether ``version`` was read from another tool's file (``read_versions``), not
    from a project: such a side lacks columns without that being a change."""
    return version.description == IMPORTED


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
    swap: bool = False
    fallback_swap: bool = False
    name: str = ""
    #: ``--map-values``: attribute -> value read -> value meant (``core.party_values``)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def reading(self) -> tuple[str | None, str | None]:
        """What the file's reading depends on (the mapping is applied after it)."""
        return self.encoding, self.assume_crs


class Decided(NamedTuple):
    """What the user accepted for files that are not projects (``--repair``,
    ``--skip-unreadable``); without it such a file with problems is not compared."""

    repair: bool = False
    skip_unreadable: bool = False


#: Nothing accepted: a file that is not a project and has problems is not compared.
NOTHING_DECIDED = Decided()


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


def read_versions(specs: Sequence[tuple[str, Side]], decided: Decided = NOTHING_DECIDED,
                  meanwhile: Callable[[], object] | None = None,
                  notes: list[str] | None = None,
                  parties: list[Party] | None = None,
                  max_features: int | None = None) -> list[Version]:
    """The versions named by ``specs`` (``(spec, side)`` pairs), each file read once.

    Two versions of one project read the project once; every file that needs the sandbox
    (another party's file, a project this installation did not write) is read in one
    child for the whole command (``io.sandbox.begin_many``), started first: this process
    reads its own projects and runs ``meanwhile`` (imports what the command needs next)
    while the child reads; without a child ``meanwhile`` is not run. ReadError for the
    first input, in order, that cannot be read; Undecided for one that needs a decision
    the user has not made (``decided``). ``parties`` receives the parties of the
    projects read (for ``values_as_known``). A file with more than ``max_features``
    features is refused while it is read (``core.diff_limits.TooManyFeatures``, the
    comparison's sentence), not once it has been read whole.
    """
    from zoneeditor.io.sqlite_header import starts_as_sqlite
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
                        or not starts_as_sqlite(path)):
            here[key] = path
        else:
            sandboxed.append(key)
    pending = _begin_sandboxed(sandboxed, max_features) if sandboxed else None
    try:
        for key, path in here.items():
            # trusted above (a file not a SQLite database is refused by the reader here)
            read[key] = load_project(path, sandbox=False)
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
        if isinstance(got, TooManyInFile):
            raise _too_large(path, got) from got
        if isinstance(got, ReadError):  # an empty, damaged or unknown file says why first
            raise ReadError(str(path), got.reason)
        if not project and name is not None:
            raise ReadError(str(path), f"it is not a zoneeditor project, so it has no "
                                       f"version {name!r}")
        if project and parties is not None:
            parties.extend(got.meta.parties)
        out.append(pick_version(got, path, name) if project
                   else _imported_version(path, got, side, decided, notes, max_features))
    return out


def _too_large(path: Path, error: TooManyInFile) -> ZoneEditorError:
    """The comparison's refusal of a file its reader stopped for holding too many
    features, in the sentence ``check_size`` says of a version."""
    from zoneeditor.core.diff_limits import TooManyFeatures, file_refused

    return TooManyFeatures(file_refused(path.name, error.limit, error.count))


def _has_importer() -> bool:
    """Whether this build reads other parties' files (the exchange package is present)."""
    import importlib.util

    return importlib.util.find_spec("zoneeditor.io.exchange") is not None


def _begin_sandboxed(keys: list[_ReadKey], max_features: int | None = None) -> PendingReads:
    """Every file that needs the sandbox, read in one child (started here; its
    ``results()`` are a result or a ReadError each); a file that is not a project is read
    up to ``max_features`` features."""
    from zoneeditor.io.exchange.read_terms import ReadOptions
    from zoneeditor.io.sandbox import Request, begin_many

    return begin_many([Request(path, "project") if project else
                       Request(path, "exchange", ReadOptions(encoding=encoding,
                                                             assume_crs=assume_crs,
                                                             max_features=max_features))
                       for path, project, (encoding, assume_crs) in keys])


#: Problems the shared ``--encoding`` / ``--assume-crs`` decide (``io.exchange`` codes).
_ENCODING_CODES = ("not-utf8", "encoding-unreadable", "encoding-guessed", "encoding-declared",
                   "mojibake")
_CRS_CODES = ("crs-missing", "crs-unreadable")


def _own_options(blocking: Sequence[Any], side: str) -> list[str]:
    """The per-file options that decide these problems ("--assume-crs-new" for a missing
    coordinate system), none for a repair or a side without a name: suggesting
    "--encoding-new" for a boundary that crosses itself sent people nowhere."""
    if not side:
        return []
    codes = {p.code for p in blocking}
    options = []
    if codes & set(_ENCODING_CODES):
        options.append(f"--encoding-{side}")
    if codes & set(_CRS_CODES):
        options.append(f"--assume-crs-{side}")
    if "swapped" in codes:
        options.append(f"--swap-xy-{side}")
    return options


def _fallbacks(problems: Sequence[Any], side: Side) -> tuple[str | None, str | None] | None:
    """(encoding, assumed CRS) to read a file again with, when the options given for both
    inputs decide one of its ``problems`` (what stops it, or a text encoding the reader had
    to guess: "no .cpg file says how the text is encoded; cp1256 was used ... choose another
    with --encoding" — an outside tester's ``--encoding utf-8`` was ignored there); None
    when they do not apply (or were given for it alone). A file whose text reads cleanly in
    the encoding it declares is never read again in another."""
    codes = {p.code for p in problems}
    encoding = side.encoding or (side.fallback_encoding if codes & set(_ENCODING_CODES)
                                 else None)
    crs = side.assume_crs or (side.fallback_crs if codes & set(_CRS_CODES) else None)
    if (encoding, crs) == (side.encoding, side.assume_crs):
        return None
    return encoding, crs


def _imported_version(path: Path, raw: Any, side: Side, decided: Decided,
                      notes: list[str] | None = None,
                      max_features: int | None = None) -> Version:
    """A non-project file's features (read raw in the sandbox) as one version.

    A file with problems is compared only as the user decided, as ``import`` would take
    it: errors that need a choice (encoding, coordinate system, a repair) refuse it, and
    features that cannot be read are left out only with ``--skip-unreadable`` — a report
    that called a zone "removed" because the file lost it would mislead.
    """
    from zoneeditor.cli.commands.import_ import left_out_text
    from zoneeditor.io.exchange import read_any

    mapping = {t: c for t, c in side.mapping.items() if t != "code"} or None
    values = side.values or None
    result = read_any(path, mapping=mapping, raw=raw, encoding=side.encoding,
                      assume_crs=side.assume_crs, swap=side.swap, values=values)
    first = result.blocking(decided.repair)
    again = _fallbacks([*first, *(p for p in result.problems if p.code == "encoding-guessed")],
                       side)
    # the options given for both inputs, where this file needs them: a new reading for an
    # encoding or a coordinate system, the same records for swapped axes
    swap = side.swap or (side.fallback_swap and any(p.code == "swapped" for p in first))
    if again is not None:
        try:
            result = read_any(path, mapping=mapping, encoding=again[0], assume_crs=again[1],
                              swap=swap, values=values, max_features=max_features)
        except TooManyInFile as exc:
            raise _too_large(path, exc) from exc
    elif swap != side.swap:
        result = read_any(path, mapping=mapping, raw=raw, encoding=side.encoding,
                          assume_crs=side.assume_crs, swap=swap, values=values)
    print(f"zoneeditor: {path.name}: {result.recognised}", file=sys.stderr)
    blocking = result.blocking(decided.repair)
    # what the user should know of what is compared (said once: not again when it is
    # also why nothing can be compared)
    said = [f"{path.name}: {p.line_decided(decided.repair)}" for p in result.problems
            if p.severity != "note" and p not in blocking]
    unread = result.left_out()  # never even read: no geometry, an unusable one...
    if blocking or (unread and not decided.skip_unreadable and result.accepted(decided.repair)):
        lines = said + [f"{path.name}: {p.line()}" for p in blocking[:10]]
        if len(blocking) > 10:
            lines.append(f"{path.name}: and {len(blocking) - 10} more")
        if unread and not decided.skip_unreadable:
            # skipping them is advice only when something would be left to compare (a
            # layer without a coordinate system: every feature unread, the fix is above)
            skip = ("; add --skip-unreadable to compare without them"
                    if result.accepted(decided.repair) else "")
            lines.append(f"{path.name}: {left_out_text(unread)} cannot be read{skip}")
        if blocking:
            need = counted(len(blocking), "problem above needs", "problems above need")
            options = _own_options(blocking, side.name)
            own = f"; for this file alone: {', '.join(options)}" if options else ""
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
    for line in said:
        print(f"zoneeditor: {line}", file=sys.stderr)
    for p in result.problems:  # values read as others: in the report too, never silent
        if p.code == "values":
            print(f"zoneeditor: {path.name}: {p.message}", file=sys.stderr)
            if notes is not None:
                notes.append(Message("%1: %2", path.name, p.message))  # translatable
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
    version.description = IMPORTED
    return version


def values_as_known(old: Version, new: Version, parties: Sequence[Party] = ()
                    ) -> tuple[Version, Version, list[str]]:
    """The party values of a file that is not a project as the other side (and the
    projects' ``parties``) spell them: its "OPPOSITION" is the agreed lines' Opposition,
    not a party of its own that all their land passes to (``core.party_values``). A
    project's versions are compared as they are. Returns both versions and what was read
    as what, one sentence per file ("x.shp: party values read up to letter case and
    spacing: OPPOSITION → Opposition")."""
    from zoneeditor.core.party_values import canonical_values, party_spellings, readings_notes

    out = [old, new]
    notes: list[str] = []
    for k in (1, 0):  # NEW as OLD spells its parties, then OLD as NEW does (two files)
        side, other = out[k], out[1 - k]
        if not from_file(side):
            continue
        known = party_spellings([*parties, *(f.party for f in other if f.party)])
        features, said = canonical_values(list(side), known)
        if said:
            out[k] = Version(side.name, {f.id: f for f in features}, side.description)
            notes += [Message("%1: %2", side.name, note) for note in readings_notes(said)]
    return out[0], out[1], notes
