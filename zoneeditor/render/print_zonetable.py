"""The zone key: each zone on the sheet with its local (Arabic) name, party and area.

Negotiators read areas off the sheet ("Idlib: 6,951 km²"), and the key puts every zone's
name in both languages (in the local one only when the map is labelled so: ``--labels
local``) as real, searchable text in the PDF (map labels are drawn as glyph
outlines by the shared renderer so their halos look right on any background). Areas are
geodesic (``core.geodesy.area_km2``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.model import LayerKind, Project, Version
from zoneeditor.core.naming import SEPARATOR, isolate, label_name, own_name
from zoneeditor.i18n.values import party_name
from zoneeditor.render.print_text import (
    area_text,
    draw_text,
    leading_split,
    sheet_font,
    text_size,
)


@dataclass(frozen=True)
class ZoneRow:
    """One zone of the key; ``number`` is the one a callout on the map shows for it."""

    name: str
    local: str
    party: str  # as shown: the party's local name in the interface's script, else its name
    colour: str
    area_km2: float
    id: str = ""
    number: int = 0


def zone_rows(project: Project, version: Version,
              extent: tuple[float, float, float, float] | None = None,
              labels: str = "both", language: str = "en") -> list[ZoneRow]:
    """Rows for the zones of ``version`` (only those meeting ``extent`` when given), each
    named first as the map labels it for the interface ``language`` (``core.naming.own_name``:
    "Восточная Гута" on a Russian sheet, as on its map and in the Changes panel), else by its
    romanised name; with ``labels`` "en" (romanised names on the map) by its romanised name;
    the local name follows. With ``labels`` "local" (the map in local names only) by the
    name the map shows (``core.naming.label_name``: "إدلب"), once: an Arabic sheet printed
    so had its map in Arabic and its key in Latin names. The party follows the same rule."""
    from shapely import box

    area = box(*extent) if extent else None
    rows: list[ZoneRow] = []
    for f in version.layer(LayerKind.ZONES):
        if f.geometry.is_empty or (area is not None and not f.geometry.intersects(area)):
            continue
        party = project.meta.party(f.party) if f.party else None
        if labels == "local":
            name, local = label_name(f, "local", f.label, language), ""
        else:
            name = (own_name(f, language) if labels != "en" else "") or f.label
            local = str(f.attributes.get("name_local") or "")
        # the party as the legend names it: in local names only with the map's local labels
        # (an English sheet so printed said "Opposition" here and "المعارضة" in its legend)
        said = label_name(party, "local", party.name, language) \
            if labels == "local" and party is not None else party_name(f.party, project.meta)
        rows.append(ZoneRow(name, local, said,
                            party.colour if party else "#7f7f7f", area_km2(f.geometry),
                            f.id, len(rows) + 1))
    return rows


class ZoneTableBlock:
    """Sheet block: a compact key of the zones, two text lines per zone."""

    def __init__(self, rows: Sequence[ZoneRow], font_scale: float, px_per_mm: float,
                 compact: bool = False,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
        self.rows = list(rows)
        #: The sheet's direction: on a right-to-left sheet each row is mirrored (colour at
        #: the right, every line set right to left from it).
        self.direction = direction
        #: Compact: the local name follows the name on its line (bidi keeps each run in its
        #: own direction); used where height is scarce (portrait sheets).
        self.compact = compact
        self.title_font = sheet_font(10 * font_scale, bold=True)
        self.font = sheet_font(7.5 * font_scale)
        self.bold = sheet_font(7.5 * font_scale, bold=True)
        self.swatch = 2.2 * px_per_mm * font_scale
        self.gap = 1.5 * px_per_mm * font_scale
        self.number_font = sheet_font(6 * font_scale, bold=True)
        #: The number circle's diameter and the bold line it sits on (set per device by
        #: ``_measure``: what a number needs, "12" included).
        self.circle = 0.0
        self.first_line = 0.0

    def _measure(self, device) -> None:
        self.first_line = text_size(self.bold, "8", device).height()
        widest = max((str(r.number) for r in self.rows), key=len, default="8")
        ink = text_size(self.number_font, widest, device)
        self.circle = max(self.first_line * 0.95, (ink.width() ** 2 + ink.height() ** 2) ** 0.5
                          * 0.8)

    @staticmethod
    def _detail(row: ZoneRow) -> str:
        """ "Opposition · 6,951 km²": the party (isolated) and the area, unit translated."""
        area = area_text(row.area_km2)
        return f"{isolate(row.party)}{SEPARATOR}{area}" if row.party else area

    def _name_line(self, row: ZoneRow) -> str:
        # Names isolated: a local (Arabic) name beside a Latin one must not reorder what is
        # around it. The number goes in its circle before the line (``_split_number``).
        name = isolate(row.name) if row.number else row.name
        return f"{name}  {isolate(row.local)}" if self.compact and row.local else name

    def _split_number(self, row: ZoneRow, line: QRectF) -> tuple[QRectF | None, QRectF]:
        """(the number's circle or None, the name's rect) of ``row``'s first line ``line``:
        the number the map's callout shows for a zone whose name has no room there ("every
        zone gets a label or a numbered callout"), in the same white circle, at the line's
        leading edge (a change is lettered in a dark square: ``render.change_marks``)."""
        if not row.number:
            return None, line
        strip, rest = leading_split(line, self.circle, self.circle * 0.35, self.direction)
        d = self.circle
        return QRectF(strip.left(), strip.top() + (self.first_line - d) / 2, d, d), rest

    @property
    def numbers(self) -> dict[str, int]:
        """Zone id -> its number in the key (what callouts on the map show)."""
        return {r.id: r.number for r in self.rows if r.id}

    def _row_height(self, row: ZoneRow, device, width: float) -> float:
        tw = max(10.0, width - self.swatch - self.gap)
        self._measure(device)
        _, name = self._split_number(row, QRectF(0, 0, tw, 1))
        h = text_size(self.bold, self._name_line(row), device, max(10.0, name.width())).height()
        if row.local and not self.compact:
            h += text_size(self.font, row.local, device, tw).height()
        return h + text_size(self.font, self._detail(row), device, tw).height() * 1.15

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide (0 when there are no zones)."""
        if not self.rows:
            return 0.0
        h = text_size(self.title_font, "Zones", device).height() * 1.2
        return h + sum(self._row_height(r, device, width) for r in self.rows)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the key in ``rect``: name (bold), local name (its own direction), details."""
        if not self.rows:
            return
        device = painter.device()
        rtl = self.direction == Qt.LayoutDirection.RightToLeft
        th = text_size(self.title_font, "Zones", device).height()
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), th),
                  QCoreApplication.translate("PrintLayout", "Zones (geodesic areas)"),
                  self.title_font, direction=self.direction)
        y = rect.top() + th * 1.2
        strip, column = leading_split(rect, self.swatch, self.gap, self.direction)
        tx, tw = column.left(), max(10.0, column.width())
        # The lines of a row all start at the colour: every one set in the sheet's direction
        # on a right-to-left sheet; else each in its own, a lone Arabic name aligned to the
        # column's left edge like the Latin names, so the key reads as one column.
        data = self.direction if rtl else None
        local_align = (Qt.AlignmentFlag.AlignLeft if rtl else
                       Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft)
        self._measure(device)
        for row in self.rows:
            name = self._name_line(row)
            circle, name_rect = self._split_number(row, QRectF(tx, y, tw, 1))
            nw = max(10.0, name_rect.width())
            nh = text_size(self.bold, name, device, nw).height()
            painter.save()
            painter.setPen(QPen(QColor(row.colour).darker(120), 1.0))
            painter.setBrush(QColor(row.colour))
            # beside the first line, with the number's circle (a long name wraps under it)
            painter.drawRect(QRectF(strip.left(), y + (self.first_line - self.swatch) / 2,
                                    self.swatch, self.swatch))
            painter.restore()
            if circle is not None:
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(QColor("#202020"), max(1.0, circle.width() * 0.08)))
                painter.setBrush(QColor("#ffffff"))
                painter.drawEllipse(circle)
                painter.restore()
                draw_text(painter, circle, str(row.number), self.number_font, "#202020",
                          align=Qt.AlignmentFlag.AlignCenter)
            draw_text(painter, QRectF(name_rect.left(), y, nw, nh), name, self.bold,
                      align=local_align | Qt.AlignmentFlag.AlignTop, wrap=True,
                      direction=data)
            y += nh
            if row.local and not self.compact:
                lh = text_size(self.font, row.local, device, tw).height()
                draw_text(painter, QRectF(tx, y, tw, lh), row.local, self.font,
                          align=local_align | Qt.AlignmentFlag.AlignTop, wrap=True,
                          direction=data)
                y += lh
            detail = self._detail(row)
            dh = text_size(self.font, detail, device, tw).height()
            draw_text(painter, QRectF(tx, y, tw, dh), detail, self.font, "#444444", wrap=True,
                      direction=self.direction)
            y += dh * 1.15
