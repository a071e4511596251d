"""Writers for a ``DiffReport``: the JSON document, CSV rows and a summary a negotiator reads.

Kept apart from the engine (as Kart keeps its diff writers apart from its diff structures).
The JSON layout is documented in ``docs/diff-format.md``; change ``FORMAT_VERSION`` whenever
a key changes meaning or disappears (adding keys keeps the version).
"""

from __future__ import annotations

from typing import Any

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff import DiffReport, FeatureDiff
from zoneeditor.core.diff_change import Change
from zoneeditor.core.diff_slivers import Tally
from zoneeditor.core.diff_totals import BUFFER_KIND, PartyTotals, held_area_km2
from zoneeditor.core.figures import area_figure, distance_figure
from zoneeditor.core.fingerprint import short
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind

#: Version of the JSON layout written by ``report_to_dict``.
FORMAT_VERSION = 1

#: CSV columns, one row per feature (new columns are only ever added at the end).
CSV_COLUMNS = (
    "id", "old_id", "name", "party", "party_before", "layer", "kind", "change",
    "changed_attributes", "area_before_km2", "area_after_km2", "gained_km2", "lost_km2",
    "max_shift_km", "area_between_km2", "mean_shift_km",
    "matched_by", "match_detail", "smaller_pieces", "smaller_pieces_km2",
)
#: The rows a CSV adds after the features: one per kind of aggregated pieces.
CSV_SUMMARY_CHANGE = "smaller pieces"


def _r(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(float(value), digits)


def feature_record(fd: FeatureDiff) -> dict[str, Any]:
    """The JSON-ready record of one feature's change (areas null where they do not apply)."""
    m = fd.measures
    zone = fd.layer == LayerKind.ZONES
    line = fd.layer == LayerKind.LINES
    rec: dict[str, Any] = {
        "id": fd.id,
        "old_id": fd.old_id,
        "name": fd.name,
        "party": fd.party or None,
        "party_before": fd.party_before or None,
        "layer": fd.layer.value,
        "kind": fd.kind or None,
        "change": fd.change.value,
        "changed_attributes": list(fd.changed_attributes),
        "geometry_changed": fd.geometry_changed and fd.change == Change.MODIFIED,
        "area_before_km2": _r(m.area_before_km2) if zone else None,
        "area_after_km2": _r(m.area_after_km2) if zone else None,
        "gained_km2": _r(m.gained_km2) if zone else None,
        "lost_km2": _r(m.lost_km2) if zone else None,
        "max_shift_km": _r(m.shift.km) if fd.change == Change.MODIFIED else 0.0,
        "max_shift_from": list(m.shift.frm) if m.shift.km > 0 else None,
        "max_shift_to": list(m.shift.to) if m.shift.km > 0 else None,
    }
    if line:
        rec["area_between_km2"] = _r(m.area_between_km2)
        rec["mean_shift_km"] = _r(m.mean_shift_km)
    rec["matched_by"] = fd.matched_by or None
    rec["match_detail"] = fd.match_detail or None
    rec["smaller_pieces"] = {"count": fd.smaller.count, "area_km2": _r(fd.smaller.area_km2)} \
        if zone else None
    rec["within_tolerance_km"] = _r(fd.within_tolerance_km)
    return rec


def _tally(t: Tally) -> dict[str, Any]:
    return {"count": t.count, "area_km2": _r(t.area_km2)}


def matching_counts(report: DiffReport) -> dict[str, int]:
    """How many pairs were matched by each method (id, code, name, name variant, overlap)."""
    counts: dict[str, int] = {}
    for fd in report.features:
        if fd.matched_by:
            counts[fd.matched_by] = counts.get(fd.matched_by, 0) + 1
    return counts


def parties_missing_note(report: DiffReport) -> Message | None:
    """ "'x.kml' gives no party for any zone: party totals and land changing hands are not
    computed", when a side of the comparison has no party information (None otherwise)."""
    names = report.parties_missing_names
    if not names:
        return None
    return Message("%1 gives no party for any zone: party totals and land changing hands "
                   "are not computed", repr(names[0]))


def attributes_missing_notes(report: DiffReport) -> list[Message]:
    """What the report did about attributes a side does not have at all (``diff_absent``):
    one sentence per side, naming the version as the report does."""
    from zoneeditor.core.diff_absent import absent_note

    absent = dict(report.attributes_missing)
    return absent_note(absent, repr(report.old_name), repr(report.new_name)) if absent else []


def report_to_dict(report: DiffReport) -> dict[str, Any]:
    """The whole report as the documented JSON document (see docs/diff-format.md)."""
    counts = {c.value: 0 for c in Change}
    for fd in report.features:
        counts[fd.change.value] += 1
    return {
        "format_version": FORMAT_VERSION,
        "old": {"version": report.old_name, "fingerprint": report.old_fingerprint,
                "fingerprint_short": short(report.old_fingerprint)},
        "new": {"version": report.new_name, "fingerprint": report.new_fingerprint,
                "fingerprint_short": short(report.new_fingerprint)},
        "summary": counts,
        "features": [feature_record(fd) for fd in report.features],
        "regions": [
            {"feature_id": r.feature_id, "kind": r.kind, "area_km2": _r(r.area_km2),
             "near": r.near, "near_km": _r(r.near_km, 3), "lon": _r(r.lon, 7),
             "lat": _r(r.lat, 7)}
            for r in report.regions
        ],
        "parties": [
            {"name": p.name, "area_before_km2": _r(p.area_before_km2),
             "area_after_km2": _r(p.area_after_km2), "net_km2": _r(p.net_km2)}
            for p in report.parties
        ],
        "buffers": [
            {"holder": b.name or None, "area_before_km2": _r(b.area_before_km2),
             "area_after_km2": _r(b.area_after_km2), "net_km2": _r(b.net_km2)}
            for b in buffer_totals(report)
        ],
        "transfers": [
            {"from": t.frm, "to": t.to, "area_km2": _r(t.area_km2),
             "pieces": [{"area_km2": _r(r.area_km2), "near": r.near,
                         "near_km": _r(r.near_km, 3), "lon": _r(r.lon, 7), "lat": _r(r.lat, 7)}
                        for r in t.pieces],
             "smaller_pieces": _tally(t.smaller)}
            for t in report.transfers
        ],
        "matching": matching_counts(report),
        # false when a side gives no party at all: "parties" and "transfers" are empty
        # because they were not computed, as "parties_note" says
        "parties_computed": not report.parties_missing,
        "parties_note": parties_missing_note(report),
        "slivers": {
            "min_area_km2": _r(report.slivers.rule.min_area_km2),
            "min_width_km": _r(report.slivers.rule.min_width_km),
            "tolerance_km": _r(report.slivers.rule.tolerance_km),
            "from_data": report.slivers.rule.from_data,
            "regions": _tally(report.slivers.regions),
            "transfers": _tally(report.slivers.transfers),
            "within_tolerance": {**_tally(report.slivers.tolerated),
                                 "features": report.slivers.tolerated_features},
        },
    }


def csv_rows(report: DiffReport, summary: bool = True) -> list[dict[str, Any]]:
    """One flat row per feature, keys ``CSV_COLUMNS`` (attribute names joined with ';').

    With ``summary``, one more row at the end sums up the pieces of land changing hands too
    small to list (``change`` = "smaller pieces", their count and total area), when any.
    """
    rows = []
    for fd in report.features:
        rec = feature_record(fd)
        row = {k: rec.get(k) for k in CSV_COLUMNS}
        row["changed_attributes"] = ";".join(fd.changed_attributes)
        small = rec.get("smaller_pieces")
        row["smaller_pieces"] = small["count"] if small else None
        row["smaller_pieces_km2"] = small["area_km2"] if small else None
        rows.append({k: ("" if v is None else v) for k, v in row.items()})
    tally = report.slivers.transfers
    if summary and tally.count:
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update({"change": CSV_SUMMARY_CHANGE, "name": "land changing hands",
                    "match_detail": report.slivers.rule.describe(),
                    "smaller_pieces": tally.count, "smaller_pieces_km2": _r(tally.area_km2)})
        rows.append(row)
    return rows


# -- the readable summary ------------------------------------------------------------------
def km2(value: float) -> str:
    """ "275.2 km²", with thousands separators and one decimal (``core.figures``, as the
    window shows it)."""
    return f"{area_figure(value)} km²"


def km(value: float) -> str:
    """ "11.2 km", "0.35 km" (two significant digits below 1 km, so a 30 m shift does not
    read as none; ``core.figures``, as the window shows it)."""
    return f"{distance_figure(value)} km"


def _is_buffer(feature: Feature | None) -> bool:
    return (feature is not None and feature.layer == LayerKind.ZONES
            and str(feature.attributes.get("kind") or "").strip().casefold() == BUFFER_KIND)


#: Shapes and their measured areas (km²) of one holder's buffer zones on one side.
_Held = tuple[list[BaseGeometry], list[float]]


def buffer_totals(report: DiffReport) -> list[PartyTotals]:
    """The buffer zones' area before and after, per party holding them ("" for none), in
    the order they first appear: what the territory per party leaves out (a buffer zone is
    no party's territory, ``core.diff_totals.is_territory``), so a reader still learns that
    the Monitors' buffer shrank by 30.7 km². The ground a holder's buffers cover: ground two
    of them cover counts once (``diff_totals.held_area_km2``; the Problems list says when
    one line has two buffer zones)."""
    if report.parties_missing:  # who holds them is not known on one side
        return []
    # holder: ((geometries, areas) before, (geometries, areas) after), in order of appearance
    sides: dict[str, tuple[_Held, _Held]] = {}
    for fd in report.features:
        old, new = fd.delta.old, fd.delta.new
        for k, (f, area) in enumerate(((old, fd.measures.area_before_km2),
                                       (new, fd.measures.area_after_km2))):
            if f is not None and _is_buffer(f):
                side = sides.setdefault(f.party, (([], []), ([], [])))[k]
                side[0].append(f.geometry)
                side[1].append(area)
    return [PartyTotals(name, held_area_km2(*before), held_area_km2(*after))
            for name, (before, after) in sides.items()]


def party_name(name: str | None) -> str:
    """A party for prose: "no party" for None."""
    return name if name else "no party"


def feature_sentence(fd: FeatureDiff, report: DiffReport | None = None) -> str:
    """One line about one feature: "Idlib (Opposition): modified — lost 275.2 km², ..."."""
    who = fd.name or f"{fd.layer.value[:-1]} {fd.id[:8]}"
    tags = [t for t in (fd.party, "buffer zone" if fd.is_buffer else "") if t]
    head = f"{who} ({', '.join(tags)})" if tags else who
    m = fd.measures
    parts: list[str] = []
    if fd.change == Change.ADDED:
        if fd.layer == LayerKind.ZONES:
            parts.append(f"new zone of {km2(m.area_after_km2)}")
    elif fd.change == Change.REMOVED:
        if fd.layer == LayerKind.ZONES:
            parts.append(f"{km2(m.area_before_km2)} no longer a zone")
    elif fd.change == Change.MODIFIED and fd.geometry_changed:
        if fd.layer == LayerKind.ZONES:
            for label, value, kind in (("gained", m.gained_km2, "gained"),
                                       ("lost", m.lost_km2, "lost")):
                if value >= 0.05:
                    where = ""
                    if report is not None:
                        regions = [r for r in report.regions_of(fd.id) if r.kind == kind]
                        if regions:
                            where = f" ({regions[0].where}"
                            where += f" and {len(regions) - 1} more)" if len(regions) > 1 else ")"
                    parts.append(f"{label} {km2(value)}{where}")
            parts.append(f"max shift {km(m.shift.km)}")
        elif fd.layer == LayerKind.LINES:
            parts.append(f"moved up to {km(m.shift.km)} (mean {km(m.mean_shift_km)}), "
                         f"{km2(m.area_between_km2)} between old and new line")
        else:
            parts.append(f"moved {km(m.shift.km)}")
    if fd.delta.old is not None and fd.delta.new is not None and \
            "party" in fd.changed_attributes:  # not when one side gives no party at all
        parts.append(f"handed from {party_name(fd.party_before)} "
                     f"to {party_name(fd.feature.party)}")
    if fd.changed_attributes:
        parts.append("changed " + ", ".join(fd.changed_attributes))
    if fd.within_tolerance_km is not None:
        parts.append(f"boundary within the tolerance (moved up to {km(fd.within_tolerance_km)})")
    if fd.matched_by and fd.matched_by != "id":
        parts.append(f"matched by {fd.matched_by}: {fd.match_detail}")
    text = f"{head}: {fd.change.value}"
    return text + (" — " + "; ".join(parts) if parts else "")


def summary_text(report: DiffReport) -> str:
    """The report as plain text for the terminal and for minutes of a meeting."""
    d = report_to_dict(report)
    counts = d["summary"]
    lines = [
        f'Changes from "{report.old_name}" ({d["old"]["fingerprint_short"]}) '
        f'to "{report.new_name}" ({d["new"]["fingerprint_short"]})',
        f"{counts['modified']} modified, {counts['added']} added, {counts['removed']} removed, "
        f"{counts['unchanged']} unchanged.",
    ]
    matched = {k: n for k, n in d["matching"].items() if k != "id"}
    if matched:
        how = ", ".join(f"{n} by {k}" for k, n in matched.items())
        lines.append(f"Features with different ids matched {how}.")
    sl = report.slivers
    if sl.tolerated_features or sl.tolerated.count:
        lines.append(f"Within the tolerance of {km(sl.rule.tolerance_km)} (the same line): "
                     f"{sl.tolerated_features} boundaries, {sl.tolerated.line('pieces')}.")
    if report.is_empty:
        lines.append("The two versions hold the same map content.")
        return "\n".join(lines)
    titles = {LayerKind.ZONES: "Zones", LayerKind.LINES: "Lines", LayerKind.POINTS: "Points"}
    for layer, title in titles.items():
        changed = [fd for fd in report.changed if fd.layer == layer]
        if changed:
            lines += ["", title]
            lines += [f"  {feature_sentence(fd, report)}" for fd in changed]
    moved = [p for p in report.parties if abs(p.net_km2) >= 0.05]
    note = parties_missing_note(report)
    if note is not None:  # no totals, no transfers: said once, where they would be
        lines += ["", note]
    if report.parties:
        lines += ["", "Territory per party (buffer zones excluded)"]
        for p in report.parties:
            sign = "+" if p.net_km2 >= 0 else "−"
            net = f"{sign}{km2(abs(p.net_km2))}" if p in moved else "no change"
            lines.append(f"  {p.name}: {area_figure(p.area_before_km2)} → "
                         f"{km2(p.area_after_km2)} ({net})")
    buffers = buffer_totals(report)
    if buffers:
        lines += ["", "Buffer zones (no party's territory, not counted above)"]
        for b in buffers:
            net = (f"{'+' if b.net_km2 >= 0 else '−'}{km2(abs(b.net_km2))}"
                   if abs(b.net_km2) >= 0.05 else "no change")
            lines.append(f"  {party_name(b.name)}: {area_figure(b.area_before_km2)} → "
                         f"{km2(b.area_after_km2)} ({net})")
    if report.transfers:
        lines += ["", "Land changing hands"]
        for t in report.transfers:
            for piece in t.pieces:
                lines.append(f"  {km2(piece.area_km2)} {piece.where} passes from "
                             f"{party_name(t.frm)} to {party_name(t.to)}")
        if sl.transfers.count:
            lines.append(f"  {sl.transfer_line()}")
    if sl.regions.count:  # as the Changes panel says it: what was too small to list
        lines += ["", f"Land gained or lost, too small to list: {sl.regions.line()} "
                      f"({sl.rule.describe()}); the totals include them"]
    return "\n".join(lines)
