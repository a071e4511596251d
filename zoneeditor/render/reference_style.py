"""The style table of reference layers: one look per feature class, not per file.

Reference data is the ground under the negotiation, so it is drawn quietly: muted road
colours by importance, blue water, a pale built-up tint, thin dark railways; the project's
zones and lines stay the strongest marks on the map. Minor classes appear only when zoomed
in far enough for them to be legible (``min_bucket``, a zoom bucket of core.viewport: ppd in
[2^b, 2^(b+1)) pixels per degree; bucket 10 shows a governorate, 14 a town, 17 streets),
as on every topographic map, which also keeps a governorate's tens of thousands of ways
fast to draw.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from zoneeditor.core.reference import ReferenceStyle


@dataclass(frozen=True)
class ClassStyle:
    """How one class is drawn: line colour and width (px at 96 dpi), optional fill, dash,
    the first zoom bucket it shows at, and its place in the drawing order (``z``)."""

    colour: str
    width: float = 1.0
    fill: str = ""
    dash: tuple[float, ...] = ()
    min_bucket: int = 0
    z: int = 0
    font_pt: float = 0.0  # places: label size


STYLES: dict[str, ClassStyle] = {
    # area fills are translucent: over imagery a town's outline must not hide the picture
    "builtup": ClassStyle("#d9c8bd", 0.0, fill="#dcc6b690", z=0),
    "area": ClassStyle("#6d4c8d", 1.0, fill="#6d4c8d30", z=1),
    "water": ClassStyle("#7fb0d8", 0.6, fill="#9fc5e6c0", z=2),
    "stream": ClassStyle("#7fb0d8", 0.8, min_bucket=12, z=3),
    "canal": ClassStyle("#5b97cc", 1.2, min_bucket=9, z=4),
    "river": ClassStyle("#4a88c7", 1.8, z=5),
    "track": ClassStyle("#a08a6a", 0.8, dash=(3.0, 2.0), min_bucket=13, z=6),
    "road.minor": ClassStyle("#b3aaa0", 0.8, min_bucket=13, z=7),
    "road.tertiary": ClassStyle("#c9b27a", 1.0, min_bucket=11, z=8),
    "road.secondary": ClassStyle("#d9a85e", 1.4, min_bucket=10, z=9),
    "road.primary": ClassStyle("#d98c4a", 1.8, min_bucket=8, z=10),
    "road.trunk": ClassStyle("#c96a3c", 2.1, z=11),
    "road.motorway": ClassStyle("#b8523a", 2.4, z=12),
    "railway": ClassStyle("#4d4d4d", 1.2, dash=(6.0, 3.0), min_bucket=8, z=13),
    "line": ClassStyle("#6d4c8d", 1.4, z=14),
    "point": ClassStyle("#6d4c8d", 4.0, z=20, font_pt=7.5),
    "place.hamlet": ClassStyle("#5a5a5a", 2.0, min_bucket=14, z=21, font_pt=7.0),
    "place.village": ClassStyle("#4a4a4a", 2.4, min_bucket=12, z=22, font_pt=7.5),
    "place.town": ClassStyle("#3a3a3a", 3.0, min_bucket=10, z=23, font_pt=8.5),
    "place.city": ClassStyle("#2a2a2a", 3.6, z=24, font_pt=10.0),
}

#: Line and area classes bottom to top.
DRAW_ORDER: tuple[str, ...] = tuple(
    c for c, s in sorted(STYLES.items(), key=lambda kv: kv[1].z)
    if not c.startswith("place.") and c != "point")
#: Point classes, most important first (their names are placed in that order).
PLACE_ORDER: tuple[str, ...] = ("place.city", "place.town", "point", "place.village",
                                "place.hamlet")


def class_style(cls: str, layer: ReferenceStyle) -> ClassStyle:
    """The style of ``cls`` with the layer's own choices applied (colour override for the
    plain classes of a generic file, width factor)."""
    base = STYLES.get(cls, STYLES["line"])
    if layer.colour and cls in ("line", "area", "point"):
        fill = f"{layer.colour}30" if base.fill else ""
        base = replace(base, colour=layer.colour, fill=fill)
    if layer.width != 1.0:
        base = replace(base, width=base.width * layer.width)
    return base
