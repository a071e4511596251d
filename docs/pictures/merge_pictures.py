"""Draw the pictures of docs/merge.md from the bundled sample, offscreen with Qt.

Two cases, four panels each (base, ours, theirs, result), painted with the project's own
Qt path conversion (``render.qpath``) and bundled fonts:

- ``merge-combined.png``: ours moves the northern stretch of Idlib, theirs a vertex of the
  Idlib–Hama border (shared by both zones and the line of contact): both are applied, and
  the border stays shared;
- ``merge-conflict.png``: both move the same northern stretch: a conflict, kept as ours in
  the proposal and marked where it is, theirs' path shown as the alternative.

Run: ``QT_QPA_PLATFORM=offscreen python docs/pictures/merge_pictures.py`` (writes the PNGs
beside this script).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QTransform
from shapely import LineString

from zoneeditor.core import topology
from zoneeditor.core.merge import merge
from zoneeditor.core.merge.result import MergeResult
from zoneeditor.core.merge.units import side_units
from zoneeditor.core.model import Version
from zoneeditor.core.vertices import iter_vertices
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.fonts import label_font
from zoneeditor.render.qpath import path_from_geometry

HERE = Path(__file__).resolve().parent
PANEL, TITLE = 330, 34
OURS_PEN, THEIRS_PEN = QColor("#1f6fd1"), QColor("#e07b00")
FILLS = {"zone-idlib": QColor(46, 160, 67, 70), "zone-hama": QColor(192, 57, 43, 60)}


def _moved(version: Version, xy: tuple[float, float], to: tuple[float, float]) -> Version:
    out = version.copy()
    cs = topology.move_shared(version, topology.shared_vertices(version, xy), to)
    for d in cs.deltas:
        out.features[d.id] = d.new
    return out


def scenario() -> tuple[Version, Version, Version, Version]:
    """Base (Proposal B of the sample), ours, theirs (combining) and theirs (conflicting)."""
    base = read_project(sample_path()).versions["Proposal B"]
    idlib = base.features["zone-idlib"]
    _, north = max(iter_vertices(idlib.geometry), key=lambda rx: rx[1][1])
    ours = _moved(base, north, (north[0], north[1] + 0.06))
    hama = base.features["zone-hama"]
    border = sorted(xy for _, xy in iter_vertices(idlib.geometry)
                    if topology.vertices_at(hama, xy))
    south = border[len(border) // 2]
    theirs = _moved(base, south, (south[0], south[1] - 0.07))
    clash = _moved(base, north, (north[0] + 0.05, north[1] + 0.02))
    return base, ours, theirs, clash


def _stretches(base: Version, side: Version, fid: str) -> list[LineString]:
    b = base.features[fid]
    from zoneeditor.core.merge.shapes import decompose

    units = side_units(fid, b.geometry, decompose(b.geometry), side.features[fid].geometry, "x")
    return [LineString(u.new) for u in units if not u.whole and len(u.new) >= 2]


class Panel:
    """One panel: a title and a map frame with its viewport."""

    def __init__(self, painter: QPainter, left: int, title: str, view: Viewport) -> None:
        self.p, self.left, self.view = painter, left, view
        painter.save()
        painter.setFont(label_font(11, bold=True))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(left, 4, PANEL, TITLE - 6), Qt.AlignmentFlag.AlignCenter, title)
        painter.restore()
        sx, tx, sy, ty = view.affine()
        self.world = QTransform(sx, 0, 0, sy, tx + left, ty + TITLE)

    def _clip(self) -> None:
        self.p.setClipRect(QRectF(self.left, TITLE, PANEL, PANEL))

    def draw(self, geometry, pen: QPen, fill: QColor | None = None) -> None:
        self.p.save()
        self._clip()
        self.p.setPen(pen)
        self.p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        self.p.drawPath(self.world.map(path_from_geometry(geometry)))
        self.p.restore()

    def marker(self, lon: float, lat: float, text: str) -> None:
        x, y = self.view.to_screen(lon, lat)
        centre = QPointF(x + self.left, y + TITLE)
        self.p.save()
        self._clip()
        self.p.setPen(QPen(QColor("#c0392b"), 2.5))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawEllipse(centre, 11, 11)
        self.p.setFont(label_font(9, bold=True))
        self.p.drawText(centre + QPointF(8, 26), text)
        self.p.restore()


def _pen(colour: QColor | str, width: float, dashed: bool = False) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _features(panel: Panel, version: Version, base: Version | None) -> None:
    for fid in ("zone-hama", "zone-idlib"):
        if base is not None:
            panel.draw(base.features[fid].geometry, _pen("#777777", 1.2, dashed=True))
        panel.draw(version.features[fid].geometry, _pen("#333333", 1.3), FILLS[fid])
    panel.draw(version.features["line-idlib-hama"].geometry, _pen("#7b3fa0", 2.2))


def picture(path: Path, base: Version, ours: Version, theirs: Version, result: MergeResult,
            bounds: tuple[float, float, float, float], last_title: str) -> None:
    image = QImage(4 * PANEL, PANEL + TITLE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = Viewport.fit(bounds, PANEL, PANEL, margin=0.04)
    titles = ("Base", "Ours", "Theirs", last_title)
    panels = [Panel(painter, k * PANEL, t, view) for k, t in enumerate(titles)]
    _features(panels[0], base, None)
    for panel, side, colour in ((panels[1], ours, OURS_PEN), (panels[2], theirs, THEIRS_PEN)):
        _features(panel, side, base)
        for fid in ("zone-idlib", "zone-hama"):
            for s in _stretches(base, side, fid):
                panel.draw(s, _pen(colour, 3.5))
    last = panels[3]
    _features(last, result.merged, base)
    for side, colour in ((ours, OURS_PEN), (theirs, THEIRS_PEN)):
        for fid in ("zone-idlib", "zone-hama"):
            for s in _stretches(base, side, fid):
                kept = result.merged.features[fid].geometry.boundary.buffer(1e-9).contains(s)
                last.draw(s, _pen(colour, 3.5 if kept else 2.0, dashed=not kept))
    for c in result.conflicts:
        if c.where:
            last.marker(*c.where, "conflict")
    painter.setPen(QPen(QColor("#dddddd"), 1))
    for k in range(1, 4):
        painter.drawLine(k * PANEL, 0, k * PANEL, PANEL + TITLE)
    painter.end()
    image.save(str(path), "PNG")


def main() -> None:
    """Write both pictures."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    base, ours, theirs, clash = scenario()
    both = merge(base, ours, theirs)
    assert not both.conflicts and "zone-idlib" in both.within_geometry
    whole = base.features["zone-idlib"].geometry.union(base.features["zone-hama"].geometry)
    x0, y0, x1, y1 = whole.bounds
    picture(HERE / "merge-combined.png", base, ours, theirs, both,
            (x0, y0 - 0.08, x1, y1 + 0.08), "Merged: both applied")
    conflict = merge(base, ours, clash)
    assert len(conflict.conflicts) == 1
    lon, lat = conflict.conflicts[0].where  # type: ignore[misc]
    picture(HERE / "merge-conflict.png", base, ours, clash, conflict,
            (lon - 0.5, lat - 0.45, lon + 0.5, lat + 0.2), "Proposal: ours kept, marked")
    del app


if __name__ == "__main__":
    main()
