"""The legend: what each colour, outline and symbol on the map means.

Entries are built from the data actually printed (parties present, statuses present, zone
kinds, lines, points, the agreed baseline underlay, the diff colours when the overlay is on),
and every symbol is drawn with the same ``MapStyle`` pens and brushes the map uses, so the
legend cannot drift from the map. Party names are followed by their local (Arabic) names,
each run shaped and ordered by Qt; on a map labelled in local names only (``--labels local``)
a party is named once, in its local name, as the zone key names the zones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from zoneeditor.core.model import LayerKind, Project, Version
from zoneeditor.core.naming import SEPARATOR, embedded, isolate, label_name, sentence
from zoneeditor.i18n.values import kind_name, status_name
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_text import draw_text, leading_split, sheet_font, text_size
from zoneeditor.render.style import MapStyle

#: Statuses in the order they are explained, with what shows them on the map.
_STATUS_LABELS = {
    "agreed": QT_TRANSLATE_NOOP("PrintLayout", "agreed (solid outline)"),
    "proposed": QT_TRANSLATE_NOOP("PrintLayout", "proposed (dashed outline)"),
    "disputed": QT_TRANSLATE_NOOP("PrintLayout", "disputed (hatched)"),
}


#: The line of contact per status, whole sentences so each language can make the status
#: agree with "line" (Russian "линия …, согласованная").
_LINE_LABELS = {
    "agreed": QT_TRANSLATE_NOOP("PrintLayout", "line of contact, agreed"),
    "proposed": QT_TRANSLATE_NOOP("PrintLayout", "line of contact, proposed"),
    "disputed": QT_TRANSLATE_NOOP("PrintLayout", "line of contact, disputed"),
}


def _in_legend_order(statuses: set[str]) -> list[str]:
    """Statuses as the legend explains them: agreed, proposed, disputed, then any other a
    file brought (by name), then none given ("")."""
    known = [s for s in _STATUS_LABELS if s in statuses]
    return known + sorted(statuses - set(_STATUS_LABELS) - {""}) + (
        [""] if "" in statuses else [])


def _zone_status_label(status: str) -> str:
    """The legend's words for zones of ``status``. Zones with no status are drawn as agreed
    ones are (solid), but never called agreed: an imported party's file without a status
    column said "Zones: agreed" on a sheet of that party's proposal."""
    if status in _STATUS_LABELS:
        return _tr(_STATUS_LABELS[status])
    if not status:
        return _tr("no status given (solid outline)")
    return sentence(_tr("%1 (solid outline)"), status_name(status))


def _tr(text: object) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed).
    ``text`` may be a ``QT_TRANSLATE_NOOP`` constant (the source string, typed ``object``)."""
    return QCoreApplication.translate("PrintLayout", str(text))


def listed(items: Sequence[str]) -> str:
    """``items`` as one list in the interface language: "a, b, c" in English, "a، b، c"
    in Arabic (the separator is translated: "%1, %2"); each item isolated once
    (``core.naming.embedded``), the list itself not nested deeper at every item."""
    if not items:
        return ""
    head, sep, tail = _tr("%1, %2").partition("%2")
    if not sep:  # a translation without "%2": keep the English separator
        head, tail = "%1, ", ""
    text = embedded(items[0])
    for item in items[1:]:
        text = head.replace("%1", text, 1) + embedded(item) + tail.replace("%1", text, 1)
    return text


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: a symbol (``symbol`` says which) and its text.

    symbol: "zone" (fill + outline), "line", "point", "baseline", "diff" (fill of colour),
    "heading" (no symbol: a bold group title), "text" (no symbol: a plain line).
    ``kind`` is the stored kind a "point" row stands for (``attributes["kind"]``, never
    translated): the symbol is chosen by it, exactly as the map chooses it, whatever
    language ``label`` is in. ``local_first``: the local name leads (a right-to-left sheet).
    """

    symbol: str
    label: str
    colour: str = "#000000"
    status: str = "agreed"
    local: str = ""
    kind: str = ""
    local_first: bool = False

    @property
    def text(self) -> str:
        """The row's text; a local name is set apart by a middle dot, each name in its own
        bidi isolate so neither reorders the other."""
        if not self.local:
            return self.label
        parts = [self.local, self.label] if self.local_first else [self.label, self.local]
        return SEPARATOR.join(isolate(p) for p in parts)


def legend_entries(project: Project, version: Version, baseline_shown: bool,
                   diff_legend: Sequence[tuple[str, str]] = (),
                   hidden_layers: frozenset[str] = frozenset(),
                   direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
                   labels: str = "en", language: str = "en") -> list[LegendEntry]:
    """The rows for ``version``: parties, statuses, kinds, lines, points, baseline, diff.

    ``diff_legend`` is a list of (label, colour) pairs of the diff overlay, shown when the
    diff is printed. Layers in ``hidden_layers`` are not on the map, so not in the legend.
    Texts are in the interface language; on a right-to-left sheet (``direction``) a
    party's local name leads. With ``labels`` "local" (the map labelled in local names
    only) a party is named once, as ``core.naming.label_name`` names it for the interface
    ``language`` ("الحكومة"; its romanised name when it has no local one), as the zone key
    names the zones: the legend of such a sheet said "Government · الحكومة" beside a key
    and a map in Arabic only.
    """
    rtl = direction == Qt.LayoutDirection.RightToLeft
    meta = project.meta

    def shown(kind: LayerKind) -> list:
        return [] if kind.value in hidden_layers else version.layer(kind)

    zones, lines, points = shown(LayerKind.ZONES), shown(LayerKind.LINES), \
        shown(LayerKind.POINTS)
    out: list[LegendEntry] = []
    used_parties = {f.party for f in (*zones, *lines, *points) if f.party}
    parties = [p for p in meta.parties if p.name in used_parties]
    unknown = sorted(used_parties - {p.name for p in parties})
    if parties or unknown:
        out.append(LegendEntry("heading", _tr("Parties")))
        for p in parties:
            if labels == "local":
                out.append(LegendEntry("zone", label_name(p, "local", p.name, language),
                                       p.colour))
            else:
                out.append(LegendEntry("zone", p.name, p.colour, "agreed", p.name_local,
                                       local_first=rtl))
        for name in unknown:
            out.append(LegendEntry("zone", name, MapStyle().default_party_colour))
    if zones:
        out.append(LegendEntry("heading", _tr("Zones")))
        for s in _in_legend_order({f.status or "" for f in zones}):
            out.append(LegendEntry("zone", _zone_status_label(s), "#555555", s or "agreed"))
        kinds = sorted({str(f.attributes.get("kind") or "") for f in zones} - {""})
        if kinds:
            out.append(LegendEntry("text", _tr("Kinds: %1").replace(
                "%1", listed([kind_name(k) for k in kinds]))))
    if lines or points or baseline_shown:
        out.append(LegendEntry("heading", _tr("Lines and points")))
    for s in _in_legend_order({f.status or "" for f in lines}):
        label = (_tr(_LINE_LABELS[s]) if s in _LINE_LABELS  # else a status of an import
                 else _tr("line of contact, no status given") if not s
                 else sentence(_tr("line of contact, %1"), status_name(s)))
        out.append(LegendEntry("line", label, "#333333", s or "agreed"))
    if baseline_shown:
        out.append(LegendEntry("baseline", _tr("agreed baseline (under the proposal)")))
    kinds_seen: dict[str, str] = {}
    for f in points:  # one row per kind, in the colour of the first party using it
        kind = str(f.attributes.get("kind") or "")
        if kind not in kinds_seen:
            kinds_seen[kind] = MapStyle().party_colour(meta, f.party).name()
    # in the order of the stored kinds, so every language lists them alike
    for kind in sorted(kinds_seen):
        label = kind_name(kind) if kind else _tr("point")
        out.append(LegendEntry("point", label, kinds_seen[kind], kind=kind))
    if diff_legend:
        out.append(LegendEntry("heading", _tr("Changes against the compared version")))
        for label, colour in diff_legend:
            out.append(LegendEntry("diff", label, colour))
    return out


class LegendBlock:
    """Sheet block drawing the legend entries one per row, the symbol where the row starts:
    left of its text, and right of it on a right-to-left sheet (the row mirrored, the text
    set right to left against the symbol)."""

    def __init__(self, entries: Sequence[LegendEntry], style: MapStyle, font_scale: float,
                 px_per_mm: float,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
        self.entries = list(entries)
        self.direction = direction
        self.style = style
        self.px_per_mm = px_per_mm
        self.title_font = sheet_font(10 * font_scale, bold=True)
        self.heading_font = sheet_font(8 * font_scale, bold=True)
        self.font = sheet_font(8 * font_scale)
        self.symbol_w = 8 * px_per_mm * font_scale
        self.gap = 2 * px_per_mm * font_scale

    def _row_height(self, entry: LegendEntry, device, width: float) -> float:
        font = self.heading_font if entry.symbol == "heading" else self.font
        text_w = width - (0 if entry.symbol in ("heading", "text") else self.symbol_w + self.gap)
        h = text_size(font, entry.text, device, max(10.0, text_w)).height()
        return h * (1.35 if entry.symbol == "heading" else 1.15)

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        h = text_size(self.title_font, _tr("Legend"), device).height() * 1.2
        return h + sum(self._row_height(e, device, width) for e in self.entries)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the legend in ``rect``."""
        device = painter.device()
        title_h = text_size(self.title_font, _tr("Legend"), device).height()
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), title_h), _tr("Legend"),
                  self.title_font, direction=self.direction)
        y = rect.top() + title_h * 1.2
        for entry in self.entries:
            row_h = self._row_height(entry, device, rect.width())
            if entry.symbol in ("heading", "text"):
                font = self.heading_font if entry.symbol == "heading" else self.font
                top = y + (row_h * 0.2 if entry.symbol == "heading" else 0)
                draw_text(painter, QRectF(rect.left(), top, rect.width(), row_h), entry.text,
                          font, wrap=True, direction=self.direction)
            else:
                line_h = text_size(self.font, "Ag", device).height()
                strip, text_rect = leading_split(QRectF(rect.left(), y, rect.width(), row_h),
                                                 self.symbol_w, self.gap, self.direction)
                self._paint_symbol(painter, QRectF(strip.left(), y + line_h * 0.12,
                                                   self.symbol_w, line_h * 0.76), entry)
                # leading alignment: against the symbol, on either side
                draw_text(painter, text_rect, entry.text, self.font, wrap=True,
                          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                          direction=self.direction)
            y += row_h

    def symbol_path(self, entry: LegendEntry, rect: QRectF) -> QPainterPath:
        """The outline of a "point" row's symbol in ``rect``: the renderer's own symbol
        for the row's stored kind (so legend and map cannot disagree, in any language)."""
        style = self.style
        radius = style.px(style.point_radius)
        return MapPainter(style)._symbol(entry.kind, rect.center(), radius)

    def _paint_symbol(self, painter: QPainter, r: QRectF, entry: LegendEntry) -> None:
        style = self.style
        colour = QColor(entry.colour)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if entry.symbol == "zone":
            painter.setBrush(style.zone_brush(colour, entry.status))
            painter.setPen(style.outline_pen(colour, style.zone_width, entry.status))
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        elif entry.symbol == "line":
            painter.setPen(style.outline_pen(colour, style.line_width, entry.status))
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        elif entry.symbol == "baseline":
            painter.setPen(style.baseline_pen())
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        elif entry.symbol == "point":
            painter.setPen(QPen(QColor("#ffffff"), style.px(1.5)))
            painter.setBrush(colour)
            painter.drawPath(self.symbol_path(entry, r))
        elif entry.symbol == "diff":
            fill = QColor(colour)
            painter.setPen(QPen(fill.darker(130), style.px(1.0)))
            fill.setAlpha(140)
            painter.setBrush(fill)
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        painter.restore()
