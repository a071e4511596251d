"""The legend: what each colour, outline and symbol on the map means.

Entries are built from the data actually printed (parties present, statuses present, zone
kinds, lines, points, the agreed baseline underlay, the diff colours when the overlay is on),
and every symbol is drawn with the same ``MapStyle`` pens and brushes the map uses, so the
legend cannot drift from the map. Party names are followed by their local (Arabic) names,
each run shaped and ordered by Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from zoneeditor.core.model import LayerKind, Project, Version
from zoneeditor.i18n.values import kind_name
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_text import draw_text, sheet_font, text_size
from zoneeditor.render.style import MapStyle

#: Statuses in the order they are explained.
_STATUS_LABELS = {
    "agreed": "agreed (solid outline)",
    "proposed": "proposed (dashed outline)",
    "disputed": "disputed (hatched)",
}


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: a symbol (``symbol`` says which) and its text.

    symbol: "zone" (fill + outline), "line", "point", "baseline", "diff" (fill of colour),
    "heading" (no symbol: a bold group title).
    """

    symbol: str
    label: str
    colour: str = "#000000"
    status: str = "agreed"
    local: str = ""

    @property
    def text(self) -> str:
        """The row's text; a local name is set apart by a middle dot, in its own bidi run."""
        return f"{self.label}  ·  {self.local}" if self.local else self.label


def legend_entries(project: Project, version: Version, baseline_shown: bool,
                   diff_legend: Sequence[tuple[str, str]] = (),
                   hidden_layers: frozenset[str] = frozenset()) -> list[LegendEntry]:
    """The rows for ``version``: parties, statuses, kinds, lines, points, baseline, diff.

    ``diff_legend`` is a list of (label, colour) pairs of the diff overlay, shown when the
    diff is printed. Layers in ``hidden_layers`` are not on the map, so not in the legend.
    """
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
            out.append(LegendEntry("zone", p.name, p.colour, "agreed", p.name_local))
        for name in unknown:
            out.append(LegendEntry("zone", name, MapStyle().default_party_colour))
    statuses = [s for s in _STATUS_LABELS if any((f.status or "agreed") == s for f in zones)]
    if zones:
        out.append(LegendEntry("heading", _tr("Zones")))
        for s in statuses:
            out.append(LegendEntry("zone", _STATUS_LABELS[s], "#555555", s))
        kinds = sorted({str(f.attributes.get("kind") or "") for f in zones} - {""})
        if kinds:
            out.append(LegendEntry("text", _tr("Kinds: %1").replace(
                "%1", ", ".join(kind_name(k) for k in kinds))))
    if lines or points or baseline_shown:
        out.append(LegendEntry("heading", _tr("Lines and points")))
    line_statuses = sorted({f.status or "agreed" for f in lines},
                           key=lambda s: list(_STATUS_LABELS).index(s)
                           if s in _STATUS_LABELS else 9)
    for s in line_statuses:
        out.append(LegendEntry("line", _tr("line of contact, %1").replace("%1", s), "#333333", s))
    if baseline_shown:
        out.append(LegendEntry("baseline", _tr("agreed baseline (under the proposal)")))
    kinds_seen: dict[str, str] = {}
    for f in points:  # one row per kind, in the colour of the first party using it
        kind = str(f.attributes.get("kind") or "point")
        if kind not in kinds_seen:
            kinds_seen[kind] = MapStyle().party_colour(meta, f.party).name()
    for kind in sorted(kinds_seen):
        out.append(LegendEntry("point", kind_name(kind), kinds_seen[kind]))
    if diff_legend:
        out.append(LegendEntry("heading", _tr("Changes against the compared version")))
        for label, colour in diff_legend:
            out.append(LegendEntry("diff", label, colour))
    return out


class LegendBlock:
    """Sheet block drawing the legend entries one per row, symbol left of the text."""

    def __init__(self, entries: Sequence[LegendEntry], style: MapStyle, font_scale: float,
                 px_per_mm: float) -> None:
        self.entries = list(entries)
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
                  self.title_font)
        y = rect.top() + title_h * 1.2
        for entry in self.entries:
            row_h = self._row_height(entry, device, rect.width())
            if entry.symbol in ("heading", "text"):
                font = self.heading_font if entry.symbol == "heading" else self.font
                top = y + (row_h * 0.2 if entry.symbol == "heading" else 0)
                draw_text(painter, QRectF(rect.left(), top, rect.width(), row_h), entry.text,
                          font, wrap=True)
            else:
                line_h = text_size(self.font, "Ag", device).height()
                sym = QRectF(rect.left(), y + line_h * 0.12, self.symbol_w, line_h * 0.76)
                self._paint_symbol(painter, sym, entry)
                tx = rect.left() + self.symbol_w + self.gap
                draw_text(painter, QRectF(tx, y, rect.right() - tx, row_h), entry.text,
                          self.font, wrap=True,
                          align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            y += row_h

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
            # The renderer's own symbol for this kind, so legend and map cannot disagree.
            radius = style.px(style.point_radius)
            painter.setPen(QPen(QColor("#ffffff"), style.px(1.5)))
            painter.setBrush(colour)
            painter.drawPath(MapPainter(style)._symbol(entry.label, r.center(), radius))
        elif entry.symbol == "diff":
            fill = QColor(colour)
            painter.setPen(QPen(fill.darker(130), style.px(1.0)))
            fill.setAlpha(140)
            painter.setBrush(fill)
            painter.drawRect(r.adjusted(1, 1, -1, -1))
        painter.restore()
