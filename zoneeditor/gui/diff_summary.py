"""The Changes panel's words: the summary above the table (``summary_text``) and one change
described in full (``details_text``), in the interface language (context "DiffPanel").

The summary says what ``zoneeditor diff`` says, in the same figures (``core.figures``): the
territory per party under a heading saying buffer zones are left out, then what the buffer
zones did (``core.diff_report.buffer_totals``: "Buffer zones of Monitors: 313.8 → 283.1 km²
(−30.7 km²)"), then the land changing hands. It never drops what the report counted: pieces
of land changing hands beyond the few named are summed, a transfer's pieces too small to
list (``Transfer.smaller``) and the report's sliver line (``DiffReport.slivers``,
docs/diff.md) are said with their area.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.diff import DiffReport, FeatureDiff
from zoneeditor.core.diff_report import attributes_missing_notes, buffer_totals
from zoneeditor.core.diff_slivers import Tally
from zoneeditor.core.diff_totals import PartyTotals
from zoneeditor.core.figures import area_figure, distance_figure, distance_parts
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import display_position, figure, isolate, ltr
from zoneeditor.gui.diff_table import DiffTableModel
from zoneeditor.gui.tool_messages import translated

#: Pieces of land changing hands listed one by one in the summary (the rest are summed).
SUMMARY_PIECES = 3


def area_text(value: float) -> str:
    """An area for a sum of small pieces: "19.6 km²", and "0.00028 km²" rather than 0.0."""
    if value >= 0.1 or value == 0:
        return area(value)
    return figure(f"{value:.2g}", _tr("km²"))


def _tr(text: str) -> str:
    # Strings first written in the panel: their translations are filed under its context.
    return QCoreApplication.translate("DiffPanel", text)


def area(value: float, sign: str = "") -> str:
    """ "275.2 km²" as one left-to-right run (never split or reordered in Arabic)."""
    return figure(f"{sign}{area_figure(value)}", _tr("km²"))


#: A party's or a buffer's net change smaller than this reads as none (0.0 km² either way).
NO_CHANGE_KM2 = 0.05


def _totals(template: str, name: str, totals: PartyTotals) -> str:
    """One line of areas before and after and the net change: ``template`` (translated)
    is "%1: %2 → %3 (%4)" or like it, %1 the name."""
    sign = "+" if totals.net_km2 > 0 else "−"
    return (substitute(template,
                       (name,
                        ltr(area_figure(totals.area_before_km2)),
                        area(totals.area_after_km2),
                        area(abs(totals.net_km2), sign))))


def pieces_text(tally: Tally) -> str:
    """ "8 smaller pieces, 0.00028 km² in all" (translated; an area too small for one
    decimal is not rounded to nothing)."""
    if tally.count == 1:
        text = QCoreApplication.translate("DiffPanel", "%n smaller piece, %1", "", 1)
    else:
        text = QCoreApplication.translate("DiffPanel", "%n smaller pieces, %1 in all", "",
                                          tally.count)
    return text.replace("%1", area_text(tally.area_km2))


def rule_text(report: DiffReport) -> str:
    """What "smaller" meant for this comparison: "under 0.05 km² or thinner than 150 m"."""
    rule = report.slivers.rule
    text = _tr("under %1 km²").replace("%1", ltr(f"{rule.min_area_km2:g}"))
    if rule.min_width_km > 0:
        digits, unit = distance_parts(rule.min_width_km)
        width = figure(digits, _tr("m") if unit == "m" else _tr("km"))
        text = substitute(_tr("%1 or thinner than %2"), (text, width))
    return text


def _transfer_template(frm: str | None, to: str | None) -> str:
    """The sentence of a piece of land changing hands; to or from no party its own one
    (%3 the one party), so Arabic need not say "to without-party" (an outside tester)."""
    if frm and to:
        return _tr("%1 %2 passes from %3 to %4")
    if frm:
        return _tr("%1 %2 passes from %3 to no party")
    return _tr("%1 %2 passes from no party to %3")


def summary_text(report: DiffReport, party_label: Callable[[str], str] = str,
                 place_label: Callable[[str], str] = str) -> str:
    """The summary above the table: each party's territory before and after (buffer zones
    left out, and said on their own), the land changing hands (a few pieces by name, the
    rest summed), and what was too small to list.
    ``party_label`` gives a party's name as shown (in the interface's script),
    ``place_label`` a town's (in the interface's language)."""

    def party(name: str | None) -> str:
        return isolate(party_label(name)) if name else _tr("no party")

    lines = []
    for name in report.parties_missing_names[:1]:  # no totals, no transfers: say why
        lines.append(_tr("%1 gives no party for any zone: party totals and land changing "
                         "hands are not computed").replace("%1", isolate(name)))
    # a column one side does not have at all (core.diff_absent): not counted as changes
    lines += [translated(note) for note in attributes_missing_notes(report)]
    moved = [p for p in report.parties if abs(p.net_km2) >= NO_CHANGE_KM2]
    if moved:  # the heading the command line gives them: buffers are nobody's territory
        lines.append(_tr("Territory per party (buffer zones excluded):"))
    lines += [_totals(_tr("%1: %2 → %3 (%4)"), party(p.name), p) for p in moved]
    for b in buffer_totals(report):
        if abs(b.net_km2) >= NO_CHANGE_KM2:
            lines.append(_totals(_tr("Buffer zones of %1: %2 → %3 (%4)"), party(b.name), b))
    for t in report.transfers:
        frm, to = party(t.frm), party(t.to)
        for piece in t.pieces[:SUMMARY_PIECES]:
            where = (_tr("near %1").replace("%1", isolate(place_label(piece.near)))
                     if piece.near
                     else display_position(piece.lon, piece.lat))
            lines.append(substitute(_transfer_template(t.frm, t.to),
                                    (area(piece.area_km2), where, frm if t.frm else to, to)))
        rest = t.pieces[SUMMARY_PIECES:]
        if rest:  # listed in the report but not here: say so, never drop them silently
            more = (QCoreApplication.translate("DiffPanel", "and %n more piece from %1 to %2, "
                                               "%3", "", 1) if len(rest) == 1 else
                    QCoreApplication.translate("DiffPanel", "and %n more pieces from %1 to "
                                               "%2, %3 in all", "", len(rest)))
            lines.append(substitute(more, (frm, to, area(sum(p.area_km2 for p in rest)))))
        if t.smaller.count:
            lines.append(substitute(_tr("From %1 to %2 also: %3"),
                                    (frm, to, pieces_text(t.smaller))))
    slivers = report.slivers
    if slivers.regions.count:
        # the report's aggregation line: what was too small to list, never dropped
        lines.append(substitute(_tr("Land gained or lost, too small to list: %1 (%2); the totals "
                                    "include them"),
                                (pieces_text(slivers.regions), rule_text(report))))
    if slivers.tolerated.count:
        lines.append(_tr("Within the tolerance, so not changes: %1")
                     .replace("%1", pieces_text(slivers.tolerated)))
    return "\n".join(lines)


def details_text(model: DiffTableModel, fd: FeatureDiff) -> str:
    """Every figure of one change in words (what the hidden columns hold)."""
    v = {c: model.value(fd, c) for c in DiffTableModel.COLUMNS}
    parts = [substitute(_tr("%1 (%2, %3): %4"),
                        (isolate(str(v["feature"])),
                         str(v["layer"]),
                         v["party"] or _tr("no party"),
                         str(v["change"])))]
    if v["gained"] is not None:
        parts.append(substitute(_tr("gained %1, lost %2"), (area(v["gained"]), area(v["lost"]))))
        parts.append(substitute(_tr("area %1 → %2"), (area(v["before"]), area(v["after"]))))
    if v["shift"] is not None:
        # as the column and the command line say it (a 30 m shift does not read as none)
        shift = figure(distance_figure(v["shift"]), _tr("km"))
        parts.append(_tr("largest shift %1").replace("%1", shift))
    if v["attributes"]:
        parts.append(_tr("attributes changed: %1").replace("%1", v["attributes"]))
    return "; ".join(parts)

