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
from zoneeditor.core.diff_words import ENGLISH, ReportWords
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


def party_name(name: str | None, words: ReportWords = ENGLISH) -> str:
    """A party for prose: "no party" for None (in ``words``' language, as the window
    names the party)."""
    return words.party_name(name)


#: What a feature without a name is called: "zone 1a2b3c4d".
_UNNAMED = {LayerKind.ZONES: "zone %1", LayerKind.LINES: "line %1", LayerKind.POINTS: "point %1"}
#: "Idlib: modified", per kind of change.
_CHANGED = {Change.MODIFIED: "%1: modified", Change.ADDED: "%1: added",
            Change.REMOVED: "%1: removed", Change.UNCHANGED: "%1: unchanged"}
#: "matched by name: Idleb / Idlib", per matching method (``core.diff_match.Method``).
_MATCHED_BY = {"code": "matched by code: %1", "name": "matched by name: %1",
               "name variant": "matched by name variant: %1",
               "overlap": "matched by overlap: %1"}
#: "2 by name" in "Features with different ids matched 2 by name, 1 by code."
_COUNT_BY = {"code": "%1 by code", "name": "%1 by name", "name variant": "%1 by name variant",
             "overlap": "%1 by overlap"}
#: The layers' headings, in the report's order.
_LAYER_TITLES = {LayerKind.ZONES: "Zones", LayerKind.LINES: "Lines", LayerKind.POINTS: "Points"}


def _where(fd: FeatureDiff, report: DiffReport | None, kind: str, words: ReportWords) -> str:
    """ "near Mūrak", "near Mūrak and 2 more": where a feature gained (or lost) land."""
    if report is None:
        return ""
    regions = [r for r in report.regions_of(fd.id) if r.kind == kind]
    if not regions:
        return ""
    where = regions[0].where_in(words)
    return words.say("%1 and %n more", where, count=len(regions) - 1) \
        if len(regions) > 1 else where


def _geometry_parts(fd: FeatureDiff, report: DiffReport | None,
                    words: ReportWords) -> list[str]:
    """What the drawing of a feature did: areas, shifts, where."""
    m = fd.measures
    parts: list[str] = []
    zone = fd.layer == LayerKind.ZONES
    if fd.change == Change.ADDED:
        if zone:
            parts.append(words.say("new zone of %1", words.area(m.area_after_km2)))
    elif fd.change == Change.REMOVED:
        if zone:
            parts.append(words.say("%1 no longer a zone", words.area(m.area_before_km2)))
    elif fd.change == Change.MODIFIED and fd.geometry_changed:
        if zone:
            for value, kind, said in ((m.gained_km2, "gained", ("gained %1", "gained %1 (%2)")),
                                      (m.lost_km2, "lost", ("lost %1", "lost %1 (%2)"))):
                if value >= 0.05:
                    where = _where(fd, report, kind, words)
                    parts.append(words.say(said[1] if where else said[0], words.area(value),
                                           where))
            parts.append(words.say("max shift %1", words.distance(m.shift.km)))
        elif fd.layer == LayerKind.LINES:
            parts.append(words.say("moved up to %1 (mean %2), %3 between old and new line",
                                   words.distance(m.shift.km), words.distance(m.mean_shift_km),
                                   words.area(m.area_between_km2)))
        else:
            parts.append(words.say("moved %1", words.distance(m.shift.km)))
    return parts


def feature_sentence(fd: FeatureDiff, report: DiffReport | None = None,
                     words: ReportWords = ENGLISH) -> str:
    """One line about one feature: "Idlib (Opposition): modified — lost 275.2 km², ...",
    in ``words``' language."""
    who = words.feature_name(fd.feature, fd.name) or words.say(
        _UNNAMED[fd.layer], words.name(fd.id[:8]))
    tags = [t for t in (words.name(words.party(fd.party)) if fd.party else "",
                        words.say("buffer zone") if fd.is_buffer else "") if t]
    head = words.say("%1 (%2)", who, words.listing(tags)) if tags else who
    parts = _geometry_parts(fd, report, words)
    if fd.delta.old is not None and fd.delta.new is not None and \
            "party" in fd.changed_attributes:  # not when one side gives no party at all
        parts.append(words.say("handed from %1 to %2", words.party_name(fd.party_before),
                               words.party_name(fd.feature.party)))
    if fd.changed_attributes:
        parts.append(words.say("changed %1", words.listing(
            [words.attribute(a) for a in fd.changed_attributes])))
    if fd.within_tolerance_km is not None:
        parts.append(words.say("boundary within the tolerance (moved up to %1)",
                               words.distance(fd.within_tolerance_km)))
    if fd.matched_by and fd.matched_by != "id":
        detail = words.name(words.message(fd.match_detail))  # a name, a code, a share
        parts.append(words.say(_MATCHED_BY[fd.matched_by], detail)
                     if fd.matched_by in _MATCHED_BY
                     else words.say("matched by %1: %2", fd.matched_by, detail))
    text = words.say(_CHANGED[fd.change], head)
    return words.say("%1 — %2", text, words.joined(parts, "%1; %2")) if parts else text


def _net(value: float, moved: bool, words: ReportWords) -> str:
    """ "+275.2 km²", "−30.7 km²" or "no change"."""
    if not moved:
        return words.say("no change")
    return words.area(abs(value), "+" if value >= 0 else "−")


def _totals_lines(report: DiffReport, words: ReportWords) -> list[str]:
    """Territory per party, then the buffer zones (no party's territory)."""
    lines: list[str] = []
    if report.parties:
        lines += ["", words.say("Territory per party (buffer zones excluded)")]
        for p in report.parties:
            lines.append("  " + words.say("%1: %2 → %3 (%4)", words.name(words.party(p.name)),
                                          words.number(area_figure(p.area_before_km2)),
                                          words.area(p.area_after_km2),
                                          _net(p.net_km2, abs(p.net_km2) >= 0.05, words)))
    buffers = buffer_totals(report)
    if buffers:
        lines += ["", words.say("Buffer zones (no party's territory, not counted above)")]
        for b in buffers:
            lines.append("  " + words.say("%1: %2 → %3 (%4)", words.party_name(b.name),
                                          words.number(area_figure(b.area_before_km2)),
                                          words.area(b.area_after_km2),
                                          _net(b.net_km2, abs(b.net_km2) >= 0.05, words)))
    return lines


def transfer_sentence(words: ReportWords, area: str, where: str, frm: str | None,
                      to: str | None) -> str:
    """ "12.5 km² near Kafr Nabl passes from A to B"; land that passes to or from no party
    has its own template ("passes from A to no party", "passes from no party to B"), so a
    language that cannot put "no party" where a party's name goes (Arabic "إلى بلا طرف")
    says it in its own words."""
    if frm and to:
        return words.say("%1 %2 passes from %3 to %4", area, where, words.party_name(frm),
                         words.party_name(to))
    if frm:
        return words.say("%1 %2 passes from %3 to no party", area, where,
                         words.party_name(frm))
    return words.say("%1 %2 passes from no party to %3", area, where, words.party_name(to))


def summary_text(report: DiffReport, words: ReportWords = ENGLISH) -> str:
    """The report as plain text for the terminal and for minutes of a meeting, in
    ``words``' language (English by default)."""
    d = report_to_dict(report)
    counts = d["summary"]
    lines = [
        words.say('Changes from "%1" (%2) to "%3" (%4)', words.version_name(report.old_name),
                  words.name(d["old"]["fingerprint_short"]),
                  words.version_name(report.new_name),
                  words.name(d["new"]["fingerprint_short"])),
        words.say("%1 modified, %2 added, %3 removed, %4 unchanged.",
                  *(str(counts[k]) for k in ("modified", "added", "removed", "unchanged"))),
    ]
    matched = {k: n for k, n in d["matching"].items() if k != "id"}
    if matched:
        how = words.listing([words.say(_COUNT_BY[k], str(n)) if k in _COUNT_BY
                             else words.say("%1 by %2", str(n), k)
                             for k, n in matched.items()])
        lines.append(words.say("Features with different ids matched %1.", how))
    sl = report.slivers
    if sl.tolerated_features or sl.tolerated.count:
        lines.append(words.say("Within the tolerance of %1 (the same line): %n boundaries, %2.",
                               words.distance(sl.rule.tolerance_km),
                               sl.tolerated.line(words, smaller=False),
                               count=sl.tolerated_features))
    if report.is_empty:
        note = parties_missing_note(report)
        if report.attributes_missing or note is not None:
            # equal only in what both give: a file lacking columns does not "hold the
            # same map content" (an outside tester's file had lost its party column)
            lines.append(words.say("Nothing changed in what both versions give; the notes "
                                   "say what one of them does not give."))
            if note is not None:
                lines += ["", words.message(note)]
        else:
            lines.append(words.say("The two versions hold the same map content."))
        return "\n".join(lines)
    for layer, title in _LAYER_TITLES.items():
        changed = [fd for fd in report.changed if fd.layer == layer]
        if changed:
            lines += ["", words.say(title)]
            lines += [f"  {feature_sentence(fd, report, words)}" for fd in changed]
    note = parties_missing_note(report)
    if note is not None:  # no totals, no transfers: said once, where they would be
        lines += ["", words.message(note)]
    lines += _totals_lines(report, words)
    if report.transfers:
        lines += ["", words.say("Land changing hands")]
        for t in report.transfers:
            for piece in t.pieces:
                lines.append("  " + transfer_sentence(words, words.area(piece.area_km2),
                                                      piece.where_in(words), t.frm, t.to))
        if sl.transfers.count:
            lines.append(f"  {sl.transfer_line(words)}")
    if sl.regions.count:  # as the Changes panel says it: what was too small to list
        lines += ["", words.say("Land gained or lost, too small to list: %1 (%2); the totals "
                                "include them", sl.regions.line(words),
                                sl.rule.describe(words))]
    return "\n".join(lines)
