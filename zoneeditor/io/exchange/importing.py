"""Any supported file -> core features, with every problem found listed for the user.

``read_any`` reads through the sandbox (io.sandbox), maps attributes (records), checks each
geometry (core.validity) and offers repairs without applying them. ``import_changeset``
(``io.exchange.into_project``) turns accepted features into one undoable ChangeSet for the
baseline or a new proposal.

Severities: an *error* needs a decision before import (repair, encoding, CRS, swap); a
*warning* says something was changed or left out; a *note* says what was assumed.

Features that cannot be imported at all (no geometry, a geometry that cannot be read or
is not a zone, line or point, an invalid one with no repair, shapes and attributes that
the .shp and .dbf do not pair) are counted by reason in ``left_out()``, every one of them,
also those past the listing limit: importing the others is a decision of its own (the
dialog's "Import 3, leave out 4", the CLI's ``--skip-unreadable``), never a side effect.

A problem's ``message`` and ``suggestion`` are ``core.messages.Message``s (the file's names,
counts and places are their arguments), so the import dialog shows them translated while the
CLI prints the English.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Project, new_id
from zoneeditor.core.party_values import VALUE_ATTRIBUTES, canonical_values, readings_notes
from zoneeditor.core.schema import Schema, SchemaError, recognise
from zoneeditor.core.validity import describe, problem, repair
from zoneeditor.io.exchange import records
from zoneeditor.io.exchange.mapping import ColumnInfo, column_listing, columns_and_samples
from zoneeditor.io.exchange.read_terms import ReadOptions
from zoneeditor.io.exchange.readers import RawRead

#: Where the app's users work (Syria: its bounding box), used to spot swapped lat/lon when
#: the target project has no features yet to compare with.
DEFAULT_REGION = (35.6, 32.3, 42.4, 37.4)
#: At most this many per-feature lines of one kind are listed; the rest are counted.
MAX_LISTED = 25

SEVERITIES = ("error", "warning", "note")
#: The advice for an invalid shape that has a repair (the dialog words it as its checkbox).
REPAIR_OFFERED = Message("repair offered (--repair)")
#: Why features are left out (``ImportResult.left_out``), in the order they are told.
LEFT_OUT_REASONS = ("no-crs", "no-geometry", "bad-geometry", "no-repair", "count-mismatch")


@dataclass(frozen=True)
class ImportProblem:
    """One thing the user must hear about an imported file."""

    severity: str
    code: str
    message: str
    suggestion: str = ""
    feature_id: str | None = None
    feature: str = ""
    where: tuple[float, float] | None = None
    #: For the row that stands for problems past the listing limit: how many it stands for.
    more: int = 0

    def line(self) -> str:
        """One line for the CLI and the dialog's list."""
        return f"{self.severity}: {self.sentence()}"

    def sentence(self) -> str:
        """What is wrong, with the feature, place and suggestion (``line`` without the
        severity: a reason inside another sentence)."""
        who = f"{self.feature}: " if self.feature else ""
        text = f"{who}{describe(self.message, self.where)}"
        return f"{text} ({self.suggestion})" if self.suggestion else text

    def line_decided(self, repair: bool) -> str:
        """``line`` once the user has answered ``--repair``: a geometry repaired as asked is
        a note saying so, not an error still offering the repair."""
        if repair and self.code == "invalid-geometry" and self.suggestion == REPAIR_OFFERED:
            who = f"{self.feature}: " if self.feature else ""
            return f"note: {who}{describe(self.message, self.where)} (repaired, as --repair asked)"
        return self.line()

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"severity": self.severity, "code": self.code, "message": self.message,
                "suggestion": self.suggestion, "feature_id": self.feature_id,
                "feature": self.feature,
                "lon": self.where[0] if self.where else None,
                "lat": self.where[1] if self.where else None}


@dataclass
class ImportResult:
    """What a file holds as features, what is wrong with it, and the repairs on offer."""

    path: Path
    format: str
    features: dict[LayerKind, list[Feature]] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    repairs: dict[str, Feature | None] = field(default_factory=dict)
    #: The source coordinate system; "!" and a reason when a layer's could not be placed.
    crs: str = "EPSG:4326"
    encoding: str | None = None
    schemas: dict[str, Schema] = field(default_factory=dict)
    columns: dict[str, list[ColumnInfo]] = field(default_factory=dict)
    raw: RawRead | None = field(default=None, repr=False)
    options: dict[str, Any] = field(default_factory=dict, repr=False)
    #: Features of the file that no feature stands for, by reason ("no-crs", "no-geometry",
    #: "bad-geometry", "count-mismatch"), every one counted (see ``left_out``).
    dropped: Counter[str] = field(default_factory=Counter)
    #: How many features the file holds: every record read, and those the reader had to
    #: leave unread (shapes and attribute records a .shp and .dbf do not pair).
    in_file: int = 0
    #: Feature id -> the attributes its layer of the file gives: a column there is (mapped
    #: to ours or kept under its name) or a value some feature of the layer has. What is
    #: not in it the file says nothing about (``import_changeset``'s ``given``:
    #: a feature replacing one of a version keeps that one's values for the rest).
    given: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def recognised(self) -> str:
        """What the layers' columns were taken as, in one line (see ``core.schema``)."""
        lines = [s.describe() for s in self.schemas.values() if s.columns]
        unique = list(dict.fromkeys(lines))
        if not unique and self.raw is not None \
                and not any(layer.records for layer in self.raw.layers):
            # an empty shapefile still has its .dbf's columns, but nothing read says so
            return "no features, so no columns were read"
        if len(unique) <= 1:
            return unique[0] if unique else "no attribute columns"
        return "; ".join(f"{name}: {s.describe()}" for name, s in self.schemas.items()
                         if s.columns)

    def remap(self, mapping: Mapping[str, str],
              values: Mapping[str, Mapping[str, str]] | None = None) -> ImportResult:
        """The same file read with another column mapping (target -> column; "" for none)
        and value mapping (``read_any``'s ``values``; None: the one it was read with).

        The file is not read again: the records already read are mapped anew, so a mapping
        dialog can try choices instantly. SchemaError when a column does not exist.
        """
        if self.raw is None:
            raise ValueError("this result keeps no records to map again")
        opts = dict(self.options)
        if values is None:
            values = opts.get("values")
        result = _Builder(self.raw, self.path, opts.get("swap", False),
                          set(opts.get("taken", ())), mapping, values).run()
        result.options = {**opts, "mapping": dict(mapping), "values": values}
        reference = opts.get("reference")
        if reference is not None and not opts.get("swap", False):
            for box in dict.fromkeys([DEFAULT_REGION, widen(reference)]):
                if check_swapped(result, box):
                    break
        return result

    @property
    def all_features(self) -> list[Feature]:
        """Every feature read (invalid ones included), zones first."""
        return [f for layer in LayerKind for f in self.features.get(layer, [])]

    @property
    def importable(self) -> list[Feature]:
        """The features read that can come in (invalid ones with a repair on offer
        included): ``all_features`` without the invalid ones that have no repair, which
        ``left_out`` counts. A feature is said once, as read or as left out, never as
        both (an outside tester's one-feature file was "1 zone (1 feature ... left out)")."""
        gone = {fid for fid, fixed in self.repairs.items() if fixed is None}
        return [f for f in self.all_features if f.id not in gone]

    @property
    def errors(self) -> list[ImportProblem]:
        """Problems that need a decision before importing."""
        return [p for p in self.problems if p.severity == "error"]

    def count(self, *severities: str) -> int:
        """How many problems of these severities the file has, every one counted (the row
        that stands for more of the same past the listing limit counts as all of them)."""
        return sum(p.more or 1 for p in self.problems if p.severity in severities)

    @property
    def repairable(self) -> int:
        """How many invalid features have a repair on offer."""
        return sum(1 for r in self.repairs.values() if r is not None)

    def blocking(self, repair: bool = False) -> list[ImportProblem]:
        """Errors still in the way when ``repair`` is (or is not) accepted.

        A feature that cannot be imported whatever is chosen (its geometry unreadable, or
        invalid with no repair) is not in the way: it is left out (``left_out``), which
        the importer must accept in its own words.
        """
        unrepairable = {fid for fid, fixed in self.repairs.items() if fixed is None}
        return [p for p in self.errors if not (
            p.code == "bad-geometry"
            or (p.code == "invalid-geometry" and (repair or p.feature_id in unrepairable)))]

    def left_out(self) -> dict[str, int]:
        """How many of the file's features will not be imported, by reason (in the order of
        ``LEFT_OUT_REASONS``; empty when every feature can come in).

        "no-crs": records of a layer whose coordinates cannot be placed (no coordinate
        system, and not longitude/latitude); "no-geometry": records without geometry (a
        truncated .shp); "bad-geometry": a
        geometry that cannot be read or is not a zone, line or point; "no-repair": an
        invalid geometry with no repair on offer; "count-mismatch": shapes and attribute
        records the .shp/.shx and .dbf do not pair. Invalid features that have a repair
        are not counted: they wait for the repair to be accepted (``blocking``).
        """
        counts = Counter(self.dropped)
        counts["no-repair"] += sum(1 for fixed in self.repairs.values() if fixed is None)
        return {reason: counts[reason] for reason in LEFT_OUT_REASONS if counts[reason]}

    def accepted(self, repair: bool = False) -> list[Feature]:
        """The features to import: the valid ones, plus repaired ones when ``repair``.

        Features with no possible repair are left out (they were listed as problems).
        """
        out: list[Feature] = []
        for f in self.all_features:
            if f.id not in self.repairs:
                out.append(f)
            elif repair and (fixed := self.repairs[f.id]) is not None:
                out.append(fixed)
        return out


def _bbox(geoms: Iterable[BaseGeometry]) -> tuple[float, float, float, float] | None:
    parts = [shapely.get_coordinates(g) for g in geoms if g is not None and not g.is_empty]
    if not parts:
        return None
    xy = np.concatenate(parts)
    xy = xy[np.isfinite(xy).all(axis=1)]
    if xy.size == 0:
        return None
    return (float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()),
            float(xy[:, 1].max()))


def share_inside(box: Sequence[float], ref: Sequence[float]) -> float:
    """The fraction (0..1) of ``box`` that lies within ``ref``; for a point box, 0 or 1."""
    w, h = box[2] - box[0], box[3] - box[1]
    ix = max(0.0, min(box[2], ref[2]) - max(box[0], ref[0]))
    iy = max(0.0, min(box[3], ref[3]) - max(box[1], ref[1]))
    if w <= 0 or h <= 0:  # a single point, or points on a line: test the centre
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        return 1.0 if ref[0] <= cx <= ref[2] and ref[1] <= cy <= ref[3] else 0.0
    return (ix * iy) / (w * h)


def content_id(seed: str, geometry: BaseGeometry) -> str:
    """An id for a feature its file gives none: from where the record sits in the file
    (``seed``: layer, record, part) and its shape, shaped like ``new_id``'s.

    Reading the same file twice gives the same ids, so its fingerprint names "the file
    Delegation B sent" on every run, and an unchanged feature of two files pairs by id.
    """
    digest = hashlib.sha256(seed.encode("utf-8", "surrogatepass") + b"\x1f"
                            + shapely.to_wkb(geometry)).digest()
    return uuid.UUID(bytes=digest[:16], version=5).hex


def swap_xy(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry with x and y exchanged (for files written as latitude, longitude)."""
    return shapely.transform(geometry, lambda xy: xy[:, ::-1])


class _Builder:
    """Turns raw records into features and problems (one instance per file)."""

    def __init__(self, raw: RawRead, path: Path, swap: bool, taken: set[str],
                 mapping: Mapping[str, str] | None = None,
                 values: Mapping[str, Mapping[str, str]] | None = None) -> None:
        self.raw, self.swap, self.taken = raw, swap, taken
        self.mapping = dict(mapping or {})
        self.values = values
        self.result = ImportResult(path, raw.format, raw=raw)
        self.listed: Counter[str] = Counter()
        #: The features read from the layer being read (``layer_gives``).
        self.layer_features: list[Feature] = []

    def add(self, problem_: ImportProblem) -> None:
        self.listed[problem_.code] += 1
        if self.listed[problem_.code] <= MAX_LISTED or problem_.severity == "error":
            self.result.problems.append(problem_)

    def run(self) -> ImportResult:
        self.result.in_file = sum(len(layer.records) for layer in self.raw.layers)
        for note in self.raw.notes:
            self.add(ImportProblem(note["severity"], note["code"], note["message"],
                                   note.get("suggestion", "")))
            lost = note.get("left_out")
            if isinstance(lost, int) and lost > 0:  # from the reader's process: checked
                self.result.dropped[note["code"]] += lost
                self.result.in_file += lost
        layers = [(layer, *columns_and_samples([r.get("props") or {} for r in layer.records]))
                  for layer in self.raw.layers]
        everywhere = {c.casefold() for _, cols, _ in layers for c in cols}
        for target, column in self.mapping.items():
            if column and column.casefold() not in everywhere:
                recognise([c for _, cols, _ in layers for c in cols], {}, {target: column})
        for layer, columns, samples in layers:
            # "!" marks coordinates that could not be placed (the GUI and CLI say "unknown")
            self.result.crs = (layer.crs or self.result.crs) if layer.placed \
                else (layer.crs if layer.crs.startswith("!") else "!none")
            self.result.encoding = layer.encoding or self.result.encoding
            if not layer.records:
                self.add(ImportProblem("warning", "empty", Message("layer %1 has no features",
                                                                   repr(layer.name))))
            present = {c.casefold() for c in columns}
            explicit = {t: c for t, c in self.mapping.items()
                        if not c or c.casefold() in present}
            schema = recognise(columns, samples, explicit)
            self.result.schemas[layer.name] = schema
            self.result.columns[layer.name] = column_listing(
                [r.get("props") or {} for r in layer.records], schema)
            if columns:
                self.add(ImportProblem("note", "schema",
                                       Message("%1: %2", layer.name, schema.describe())))
            empty = {c for c in columns if not any(
                (r.get("props") or {}).get(c) is not None for r in layer.records)}
            self.layer_features = []
            for rec in layer.records:
                self.record(layer.name, rec, schema, empty, layer.placed)
            gives = records.layer_gives(columns, schema, self.layer_features)
            self.result.given.update(dict.fromkeys((f.id for f in self.layer_features),
                                                   gives))
        self.read_values()
        for code, n in self.listed.items():
            if n > MAX_LISTED:
                self.result.problems.append(ImportProblem(
                    "warning", code, Message("%1 more of the same (%2) not listed",
                                             n - MAX_LISTED, code), more=n - MAX_LISTED))
        return self.result

    def read_values(self) -> None:
        """Statuses as our vocabulary spells them ("PROPOSED" is proposed) and the user's
        value mapping (``values``), each reading said in a note (``core.party_values``);
        parties meet the project's or the other side's later (import, diff)."""
        features = self.result.all_features
        fixed, said = canonical_values(features, None, self.values)
        if not said:
            return
        by_id = {f.id: f for f in fixed}
        self.result.features = {layer: [by_id[f.id] for f in kept]
                                for layer, kept in self.result.features.items()}
        self.result.repairs = {
            fid: None if r is None else r.with_attributes(
                **{a: by_id[fid].attributes.get(a, "") for a in VALUE_ATTRIBUTES})
            for fid, r in self.result.repairs.items()}
        for note in readings_notes(said):
            self.add(ImportProblem("note", "values", note))

    def record(self, layer_name: str, rec: dict[str, Any], schema: Schema,
               empty: set[str], placed: bool = True) -> None:
        if not placed:
            # The layer's one error says where its coordinates cannot be placed; checking
            # them as longitude/latitude would repeat it per feature, in meaningless degrees.
            self.result.dropped["no-crs"] += 1
            return
        zid, attrs, _ = records.map_attributes(rec.get("props") or {}, schema, empty)
        label = str(attrs.get("name") or "") or f"{layer_name} #{rec.get('fid')}"
        geom: BaseGeometry | None = rec.get("geometry")
        if geom is not None and self.swap:
            geom = swap_xy(geom)
        if geom is None:
            self.result.dropped["bad-geometry" if rec.get("issue") else "no-geometry"] += 1
            if rec.get("issue"):
                self.add(ImportProblem("error", "bad-geometry", rec["issue"],
                                       Message("fix it in the source file; it cannot be "
                                               "repaired here"), zid, label, rec.get("where")))
            else:
                self.add(ImportProblem("warning", "no-geometry",
                                       Message("it has no geometry, so it was left out"), "",
                                       zid, label))
            return
        layer = records.layer_for(geom.geom_type)
        if layer is None:
            self.result.dropped["bad-geometry"] += 1
            self.add(ImportProblem("error", "bad-geometry",
                                   Message("a %1 cannot be imported (zones, lines and points "
                                           "only)", geom.geom_type),
                                   Message("split it in the source file"), zid, label))
            return
        parts = [geom]
        if geom.geom_type in ("MultiLineString", "MultiPoint"):
            parts = list(shapely.get_parts(geom))
            if len(parts) > 1:
                self.add(ImportProblem("warning", "split",
                                       Message("a %1 of %2 parts became %2 features",
                                               geom.geom_type, len(parts)), "", zid, label))
        for i, part in enumerate(parts):
            fid = zid if len(parts) == 1 else (f"{zid}-{i + 1}" if zid else None)
            if fid is None:
                # a one-layer file's layer is named after the file: a renamed copy of it
                # must name the same features
                where = layer_name if len(self.raw.layers) > 1 else ""
                fid = content_id(f"{where}\x1f{rec.get('fid')}\x1f{i}", part)
                if fid in self.taken:  # the same file given twice in one import
                    fid = new_id()
            self.feature(fid, layer, part, attrs, label, rec)

    def feature(self, fid: str, layer: LayerKind, geom: BaseGeometry,
                attrs: dict[str, Any], label: str, rec: dict[str, Any]) -> None:
        if fid in self.taken:
            self.add(ImportProblem("warning", "duplicate-id",
                                   Message("id %1 is used more than once; this feature got a "
                                           "new id", repr(fid)), "", fid, label))
            fid = new_id()
        self.taken.add(fid)
        f = Feature(fid, layer, geom, attrs)
        self.layer_features.append(f)
        self.result.features.setdefault(layer, []).append(f)
        if rec.get("issue"):  # readable but not as written (e.g. a ring not closed)
            fixed = geom if problem(geom, layer) is None else repair(geom, layer)
            self.result.repairs[fid] = f.with_geometry(fixed) if fixed is not None else None
            self.add(ImportProblem("error", "invalid-geometry", rec["issue"],
                                   REPAIR_OFFERED if fixed is not None
                                   else Message("no automatic repair"), fid, label,
                                   rec.get("where")))
            return
        found = problem(geom, layer)
        if found is None:
            return
        reason, where = found
        fixed = None
        if "finite" not in reason and "outside" not in reason:
            fixed = repair(geom, layer)
        self.result.repairs[fid] = f.with_geometry(fixed) if fixed is not None else None
        hint = REPAIR_OFFERED if fixed is not None else \
            Message("no automatic repair; fix it in the source file")
        self.add(ImportProblem("error", "invalid-geometry", reason, hint, fid, label, where))


def check_swapped(result: ImportResult, reference: Sequence[float]) -> bool:
    """Add an error (and say True) when the features lie outside ``reference`` but fit it
    swapped."""
    box = _bbox(f.geometry for f in result.all_features)
    if box is None:
        return False
    swapped = (box[1], box[0], box[3], box[2])
    if share_inside(box, reference) < 0.5 and share_inside(swapped, reference) >= 0.9:
        result.problems.insert(0, ImportProblem(
            "error", "swapped", Message(
                "latitude and longitude look swapped: the features lie at %1..%2°N %3..%4°E, "
                "outside the area worked on, where they would fall if swapped",
                f"{box[1]:.2f}", f"{box[3]:.2f}", f"{box[0]:.2f}", f"{box[2]:.2f}"),
            Message("import with --swap-xy, or fix the source file")))
        return True
    return False


def read_any(
    path: Path | str,
    *,
    encoding: str | None = None,
    assume_crs: str | None = None,
    layers: list[str] | None = None,
    swap: bool = False,
    reference: Sequence[float] | None = DEFAULT_REGION,
    taken_ids: Iterable[str] = (),
    sandbox: bool = True,
    limits: Any = None,
    mapping: Mapping[str, str] | None = None,
    raw: RawRead | None = None,
    values: Mapping[str, Mapping[str, str]] | None = None,
    max_features: int | None = None,
) -> ImportResult:
    """Read any supported file safely into features by layer, with problems, CRS and encoding.

    ``encoding`` and ``assume_crs`` are the user's choices (None: from the file, or a stated
    guess). ``reference`` is a lon/lat box the data should be near, e.g. the target
    project's extent (for the swapped-axes check, which also tries ``DEFAULT_REGION``;
    None to skip it). ``taken_ids`` are ids already used by earlier files of the same
    import. With ``sandbox`` (the default) GDAL runs in a limited child process; a crash,
    hang or memory blow-up there is a ReadError naming the file. Raises ReadError when the
    file cannot be read at all. ``mapping`` (target -> column, e.g. ``{"name": "NAME_EN"}``)
    overrides the recognised schema (``core.schema``); SchemaError names a missing column.
    ``raw`` is the file already read with these options (``io.sandbox.read_many`` reads a
    command's files in one child); the file is then not read again. ``values``
    (attribute -> value read -> value meant: ``{"party": {"OPP": "Opposition"}}``) maps
    party and status values (``core.party_values``; statuses are read up to case anyway).
    A file with more than ``max_features`` features is refused as soon as the reader knows
    (``core.errors.TooManyInFile``; ``io.exchange.feature_limit``).
    """
    from zoneeditor.io.sandbox import read_trusted, read_untrusted

    options = ReadOptions(encoding=encoding, assume_crs=assume_crs, layers=layers,
                          max_features=max_features)
    path = Path(path)
    if raw is None:
        raw = read_untrusted(path, options, limits) if sandbox else \
            read_trusted(path, options)
    taken = set(taken_ids)
    try:
        result = _Builder(raw, path, swap, set(taken), mapping, values).run()
    except SchemaError as exc:
        raise SchemaError(Message("%1: %2", path.name, exc.message)) from None
    result.options = {"swap": swap, "taken": frozenset(taken), "reference": reference,
                      "mapping": dict(mapping or {}), "values": values}
    if reference is not None and not swap:
        for box in dict.fromkeys([DEFAULT_REGION, widen(reference)]):
            if check_swapped(result, box):
                break
    return result


def widen(box: Sequence[float], margin: float = 1.0) -> tuple[float, float, float, float]:
    """``box`` grown by ``margin`` degrees, or by half its size when that is more."""
    mx = max(margin, (box[2] - box[0]) / 2)
    my = max(margin, (box[3] - box[1]) / 2)
    return (box[0] - mx, box[1] - my, box[2] + mx, box[3] + my)


def project_extent(project: Project) -> tuple[float, float, float, float] | None:
    """The lon/lat box of every feature in the project (None when it has none)."""
    return _bbox(f.geometry for v in project.versions.values() for f in v)
