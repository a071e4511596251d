"""Change regions of zones with holes, several parts and enclaves, when the new version's
coordinates differ from the old's in their last bits.

A staff user diffed a project whose proposal had been read from a Web Mercator file: its
37.1 had come back as 37.099999999999994. The zone with a hole lost a corner, and the lost
region came out with a zero-width spike 25 km up the unchanged east edge: written with
fewer decimals it crossed itself, its label point sat on that edge, and the report said
"near Sinjār" instead of "near Al Ḩamrā’". Every case here takes the new version through the
same round trip (or moves its coordinates by one ulp), and every listed piece of land
(regions and the pieces of transfers) must then be the land a negotiator sees: a valid
polygon (also at the fingerprint's 7 decimals), the intended piece up to the noise, its label
point inside it, its area the geodesic area of the overlay, named after the town nearest
to it.
"""

from __future__ import annotations

import doctest

import numpy as np
import pytest
import shapely
from conftest import zone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Transformer
from shapely import LineString, MultiPolygon, Point, Polygon, box
from shapely.affinity import affine_transform
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from zoneeditor.core import diff_noise
from zoneeditor.core.diff import DiffReport, diff_versions
from zoneeditor.core.diff_regions import Region, pieces
from zoneeditor.core.diff_slivers import NOISE_KM2
from zoneeditor.core.geodesy import area_km2, distance_km
from zoneeditor.core.model import AGREED, Version
from zoneeditor.core.places import Gazetteer, Town

REL = 1e-6
#: The zone of the report (p4.gpkg "Maarat al-Numan Sector"): a box with a hole.
SHELL = box(36.3, 35.4, 37.1, 35.7)
HOLE = box(36.6, 35.5, 36.7, 35.58)
WITH_HOLE = Polygon(SHELL.exterior, [HOLE.exterior])
#: The proposal's outline: the south-east corner (36.9–37.1 × 35.40–35.45) cut off.
CUT = Polygon([(36.3, 35.4), (36.9, 35.4), (36.9, 35.45), (37.1, 35.45), (37.1, 35.7),
               (36.3, 35.7)])
CORNER = box(36.9, 35.4, 37.1, 35.45)

_TO_3857 = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_FROM_3857 = Transformer.from_crs("EPSG:3857", "EPSG:4326", always_xy=True)


def mercator(g: BaseGeometry) -> BaseGeometry:
    """``g`` written to Web Mercator and read back, as the reported proposal was: the same
    shape, some coordinates one ulp off (37.1 → 37.099999999999994, 35.7 →
    35.70000000000001)."""
    def there_and_back(xy: np.ndarray) -> np.ndarray:
        x, y = _TO_3857.transform(xy[:, 0], xy[:, 1])
        lon, lat = _FROM_3857.transform(x, y)
        return np.column_stack([lon, lat])
    return shapely.transform(g, there_and_back)


def toward(ring: BaseGeometry, x: float, y: float) -> np.ndarray:
    """The ring's coordinates, each one ulp toward (x, y): a hole redrawn a hair smaller."""
    xy = shapely.get_coordinates(ring)
    return np.nextafter(xy, np.array([x, y]))


def ulp_noise(seed: int):
    """A transform moving each coordinate one ulp up, down or not, decided by its value
    and ``seed`` (as a reprojection's rounding is): equal coordinates move alike, so rings
    stay closed and shared vertices stay shared."""
    def move(xy: np.ndarray) -> np.ndarray:
        bits = xy.view(np.uint64)
        steps = ((bits * np.uint64(0x9E3779B97F4A7C15) + np.uint64(seed)) >> np.uint64(40)) % 3
        up, down = np.nextafter(xy, np.inf), np.nextafter(xy, -np.inf)
        return np.where(steps == 1, up, np.where(steps == 2, down, xy))
    return move


def v(name: str, *features) -> Version:
    return Version(name, {f.id: f for f in features})


def town(k: int, name: str, lon: float, lat: float) -> Town:
    return Town(k, name, None, None, lon, lat, 1_000, "SY")


def inside_town(k: int, piece: BaseGeometry) -> Town:
    """A town in the middle of an intended piece of land (its centroid when inside)."""
    c = piece.centroid if piece.contains(piece.centroid) else piece.point_on_surface()
    return town(k, f"in piece {k}", c.x, c.y)


#: Towns a spike along the zone's edges would be named after: just outside each edge's middle
#: and each corner, where a label strayed along the edge lands nearest.
DECOYS = [town(900 + k, f"decoy {k}", x, y) for k, (x, y) in enumerate([
    (37.12, 35.55), (37.12, 35.62), (36.7, 35.72), (36.7, 35.38), (36.28, 35.55),
    (37.12, 35.72), (36.28, 35.72), (36.28, 35.38), (37.12, 35.38), (36.65, 35.54),
    (37.32, 35.65), (37.62, 35.55), (37.45, 35.72)])]


def gazetteer_for(intended: list[BaseGeometry]) -> Gazetteer:
    """One town inside each intended piece, and the decoys."""
    return Gazetteer([inside_town(k, p) for k, p in enumerate(intended)] + DECOYS)


def listed(report: DiffReport) -> list[Region]:
    """Every piece of land the report lists: regions and the pieces of transfers."""
    return list(report.regions) + [p for t in report.transfers for p in t.pieces]


def nearest_town_to(piece: BaseGeometry, gaz: Gazetteer) -> str:
    """The town geodesically nearest to the piece itself (0 km when inside it)."""
    def km(t: Town) -> float:
        at = Point(t.lon, t.lat)
        if piece.covers(at):
            return 0.0
        p = nearest_points(piece, at)[0]
        return distance_km(p.x, p.y, t.lon, t.lat)
    return min(gaz.towns, key=km).name


def valid_as_written(g: BaseGeometry) -> bool:
    """Valid in full precision and with its coordinates rounded to the fingerprint's 7
    decimals (a zero-width spike crosses itself there)."""
    return bool(g.is_valid and shapely.is_valid(shapely.set_precision(g, 1e-7,
                                                                      mode="pointwise")))


def check_land(report: DiffReport, gaz: Gazetteer | None = None) -> None:
    """The invariants of every listed piece of land."""
    for r in listed(report):
        assert r.geometry.geom_type == "Polygon", r
        assert valid_as_written(r.geometry), (r.kind, r.geometry.wkt)
        assert r.geometry.contains(Point(r.lon, r.lat)), (r.kind, r.lon, r.lat)
        assert r.area_km2 == pytest.approx(area_km2(r.geometry), rel=REL)
        if gaz is not None:
            assert r.near == gaz.nearest(r.lon, r.lat)[0].name
            assert r.near == nearest_town_to(r.geometry, gaz), (r.kind, r.near, r.lon, r.lat)


def check_areas(report: DiffReport, fid: str, old: BaseGeometry, new: BaseGeometry) -> None:
    """The feature's gained and lost km², and its listed regions, are the geodesic area of
    the overlay of ``old`` and ``new`` (the new shape as drawn, before its round trip: with
    the noise, the overlay's spikes count the lens between geodesics of different lengths
    as land; see ``test_a_hole_that_grows_loses_the_land_beside_it_alone``)."""
    measures = report.feature(fid).measures
    for kind, land in (("lost", old.difference(new)), ("gained", new.difference(old))):
        total = measures.lost_km2 if kind == "lost" else measures.gained_km2
        listed_km2 = sum(r.area_km2 for r in report.regions_of(fid) if r.kind == kind)
        assert listed_km2 == pytest.approx(total, rel=REL, abs=1e-6), kind
        assert total == pytest.approx(area_km2(land), rel=REL, abs=1e-6), kind


def check_extent(report: DiffReport, fid: str, intended: dict[str, list[BaseGeometry]]
                 ) -> None:
    """The listed regions cover the intended land, in square degrees, and add up to the
    feature's km².

    Square degrees, not km², against the intended land: where the noise decides whether a
    vertex lies on an edge (a bay's corner on a hole's edge), the two overlays cut that edge
    differently, and edges being geodesics, their km² differ by the bow (docs/diff.md, ~40 m²
    on a 0.02° edge) although they are the same land.
    """
    measures = report.feature(fid).measures
    for kind, want in intended.items():
        regions = [r for r in report.regions_of(fid) if r.kind == kind]
        total = measures.lost_km2 if kind == "lost" else measures.gained_km2
        assert sum(r.area_km2 for r in regions) == pytest.approx(total, rel=REL, abs=1e-6)
        assert sum(r.geometry.area for r in regions) == pytest.approx(
            sum(w.area for w in want), rel=REL, abs=1e-10), kind


def intended_pieces(old: BaseGeometry, new: BaseGeometry) -> dict[str, list[BaseGeometry]]:
    """The land the change means, from the new shape before its round trip."""
    out = {}
    for kind, land in (("lost", old.difference(new)), ("gained", new.difference(old))):
        out[kind] = [p for p in pieces(land) if area_km2(p) >= NOISE_KM2]
    return out


def check_pieces(report: DiffReport, fid: str, intended: dict[str, list[BaseGeometry]]) -> None:
    """Each region of the feature is one intended piece, up to the noise (~1e-9°)."""
    for kind, want in intended.items():
        got = [r.geometry for r in report.regions_of(fid) if r.kind == kind]
        assert len(got) == len(want), (kind, [g.wkt for g in got])
        for g in got:
            assert min(shapely.hausdorff_distance(g, w) for w in want) < 1e-8, (kind, g.wkt)


def run_case(old: BaseGeometry, exact_new: BaseGeometry, new: BaseGeometry) -> DiffReport:
    """Diff one zone of party A, old against the round-tripped new; check everything."""
    intended = intended_pieces(old, exact_new)
    gaz = gazetteer_for(intended["lost"] + intended["gained"])
    report = diff_versions(v(AGREED, zone("z", old, party="A")),
                           v("P", zone("z", new, party="A")), gazetteer=gaz)
    check_land(report, gaz)
    check_areas(report, "z", old, exact_new)
    check_pieces(report, "z", intended)
    return report


# -- the reported case -----------------------------------------------------------------------
def test_the_reported_corner_cut_from_a_zone_with_a_hole_is_the_corner_near_al_hamra():
    """p4.gpkg: the hole filled and the corner cut, the proposal read from Web Mercator."""
    from zoneeditor.io.gazetteer import load_gazetteer

    new = mercator(CUT)
    assert new.exterior.coords[3] == (37.099999999999994, 35.449999999999996)  # as in p4
    report = diff_versions(v(AGREED, zone("z", WITH_HOLE, party="A")),
                           v("P", zone("z", new, party="A")), gazetteer=load_gazetteer())
    check_land(report)
    # here the spike runs along a meridian (no lens): the noisy overlay measures the same
    check_areas(report, "z", WITH_HOLE, new)
    check_areas(report, "z", WITH_HOLE, CUT)
    (lost,) = [r for r in report.regions if r.kind == "lost"]
    assert (lost.lon, lost.lat) == pytest.approx((37.0, 35.425), abs=1e-9)
    assert lost.near == "Al Ḩamrā’" and lost.near_km == pytest.approx(14.5, abs=0.05)
    assert shapely.hausdorff_distance(lost.geometry, CORNER) < 1e-8
    (gained,) = [r for r in report.regions if r.kind == "gained"]
    assert shapely.hausdorff_distance(gained.geometry, HOLE) < 1e-8
    # the land changing hands is the same land
    (corner,) = [p for t in report.transfers if t.frm == "A" for p in t.pieces]
    assert shapely.hausdorff_distance(corner.geometry, CORNER) < 1e-8
    # nothing of the spike is drawn either: the lost land is the corner alone
    lost_land = report.feature("z").measures.lost
    assert lost_land.bounds == pytest.approx(CORNER.bounds, abs=1e-9)


def test_a_corner_cut_from_a_zone_whose_hole_stays():
    exact = Polygon(CUT.exterior, [HOLE.exterior])
    run_case(WITH_HOLE, exact, mercator(exact))


def test_a_hole_that_grows_loses_the_land_beside_it_alone():
    """The hole's bottom edge, 0.1° long, becomes one of 0.2° a ulp lower: the overlay's
    spike along it runs between a short and a long geodesic and would add the lens between
    them (0.04 km²) to the land lost; the zone lost exactly what its area says."""
    exact = Polygon(SHELL.exterior, [box(36.6, 35.5, 36.8, 35.58).exterior])
    new = mercator(exact)
    report = run_case(WITH_HOLE, exact, new)
    (lost,) = [r for r in report.regions if r.kind == "lost"]
    assert lost.geometry.bounds == pytest.approx((36.7, 35.5, 36.8, 35.58), abs=1e-9)
    assert report.feature("z").measures.lost_km2 == pytest.approx(
        area_km2(WITH_HOLE) - area_km2(new), rel=REL)


def test_a_hole_filled_in_part_gains_the_filled_part_alone():
    """The hole shrinks to its western half, its kept edges redrawn a hair inside."""
    small = box(36.6, 35.5, 36.65, 35.58)
    exact = Polygon(SHELL.exterior, [small.exterior])
    new = Polygon(SHELL.exterior, [toward(small.exterior, 36.625, 35.54)])
    report = run_case(WITH_HOLE, exact, new)
    (gained,) = [r for r in report.regions if r.kind == "gained"]
    assert gained.geometry.bounds == pytest.approx((36.65, 35.5, 36.7, 35.58), abs=1e-9)


def test_a_lost_piece_that_touches_the_hole():
    """A bay cut from the south edge up into the hole: the lost notch touches the hole."""
    notch = box(36.6, 35.4, 36.7, 35.5)
    exact = SHELL.difference(notch.union(HOLE))
    assert exact.geom_type == "Polygon" and not exact.interiors
    report = run_case(WITH_HOLE, exact, mercator(exact))
    (lost,) = [r for r in report.regions if r.kind == "lost"]
    assert lost.geometry.bounds == pytest.approx(notch.bounds, abs=1e-9)


def test_a_multipolygon_with_a_hole_in_one_part():
    old = MultiPolygon([WITH_HOLE, box(37.3, 35.4, 37.6, 35.7)])
    exact = MultiPolygon([Polygon(CUT.exterior, [HOLE.exterior]), box(37.3, 35.4, 37.6, 35.6)])
    report = run_case(old, exact, mercator(exact))
    lost = sorted((r for r in report.regions if r.kind == "lost"), key=lambda r: r.lon)
    assert [r.geometry.bounds for r in lost] == [
        pytest.approx(CORNER.bounds, abs=1e-9), pytest.approx((37.3, 35.6, 37.6, 35.7), abs=1e-9)]


def test_an_enclave_handed_over_while_the_corner_is_cut():
    """B's enclave fills A's hole; the proposal gives it to A and cuts A's corner: the land
    changing hands (pieces cut by the unchanged zones too) is as clean as the regions."""
    enclave_b = zone("b", HOLE, party="B")
    neighbour = zone("n", box(37.1, 35.4, 37.3, 35.7), party="B")  # unchanged, beside A
    new_a = mercator(CUT)
    gaz = gazetteer_for([CORNER, HOLE])
    report = diff_versions(v(AGREED, zone("a", WITH_HOLE, party="A"), enclave_b, neighbour),
                           v("P", zone("a", new_a, party="A"), neighbour), gazetteer=gaz)
    check_land(report, gaz)
    check_areas(report, "a", WITH_HOLE, CUT)
    flows = {(t.frm, t.to): t for t in report.transfers}
    (corner,) = flows["A", None].pieces
    (enclave,) = flows["B", "A"].pieces
    assert shapely.hausdorff_distance(corner.geometry, CORNER) < 1e-8
    assert shapely.hausdorff_distance(enclave.geometry, HOLE) < 1e-8


def test_a_real_thin_strip_joined_to_the_piece_does_not_carry_its_label():
    """Not noise: the east edge also moved in by a metre along its whole length. The strip
    is the piece's (valid, listed with it), but the label and the town are the corner's."""
    strip = 1e-5  # ~0.9 m at 35.5°N
    exact = Polygon([(36.3, 35.4), (36.9, 35.4), (36.9, 35.45), (37.1 - strip, 35.45),
                     (37.1 - strip, 35.7), (36.3, 35.7)])
    gaz = gazetteer_for([CORNER])
    report = diff_versions(v(AGREED, zone("z", SHELL, party="A")),
                           v("P", zone("z", exact, party="A")), gazetteer=gaz)
    check_land(report, gaz)
    (lost,) = [r for r in report.regions if r.kind == "lost"]
    assert CORNER.contains(Point(lost.lon, lost.lat))
    assert lost.near == "in piece 0"


def test_a_corner_cut_at_a_vertex_snapped_onto_a_slanted_edge():
    """No import at all: the proposal's new vertex was snapped onto the zone's slanted east
    edge, so it lies a few 1e-15° off it, and the lost corner had a needle up that edge to
    its far end. Its point on surface was the corner vertex (37.0, 35.4), on the boundary."""
    old = Polygon([(36.3, 35.4), (37.0, 35.4), (37.2, 35.7), (36.3, 35.7)],
                  [HOLE.exterior])
    on_edge = LineString([(37.0, 35.4), (37.2, 35.7)]).interpolate(1 / 6, normalized=True)
    assert on_edge.y == 35.45 and 0 < LineString([(37.0, 35.4), (37.2, 35.7)]).distance(
        Point(on_edge.x, on_edge.y)) < 1e-12
    new = Polygon([(36.3, 35.4), (36.8, 35.4), (36.8, 35.45), (on_edge.x, on_edge.y),
                   (37.2, 35.7), (36.3, 35.7)], [HOLE.exterior])
    corner = Polygon([(36.8, 35.4), (37.0, 35.4), (on_edge.x, on_edge.y), (36.8, 35.45)])
    gaz = gazetteer_for([corner])
    report = diff_versions(v(AGREED, zone("z", old, party="A")),
                           v("P", zone("z", new, party="A")), gazetteer=gaz)
    check_land(report, gaz)
    (lost,) = report.regions
    assert shapely.hausdorff_distance(lost.geometry, corner) < 1e-8
    assert lost.near == "in piece 0"
    # the corner's geodesic area: the needle's sides, the old edge and the new shorter one,
    # are different geodesics, and counted as land the lens between them took 0.18 km² off
    assert report.feature("z").measures.lost_km2 == pytest.approx(area_km2(corner), rel=REL)
    assert lost.area_km2 == pytest.approx(area_km2(corner), rel=REL)


@pytest.mark.parametrize(("wkt", "thin"), [
    # a needle whose tip is the ring's first vertex, and the same ring started elsewhere
    ("POLYGON ((37.2 35.7, 37 35.4, 36.8 35.4, 36.8 35.45, 37.03333333333333 35.45, "
     "37.2 35.7))", True),
    ("POLYGON ((37 35.4, 36.8 35.4, 36.8 35.45, 37.03333333333333 35.45, 37.2 35.7, "
     "37 35.4))", True),
    # a spike along a meridian, its tip an edge of one ulp
    ("POLYGON ((37.1 35.7, 37.1 35.4, 36.9 35.4, 36.9 35.45, 37.099999999999994 35.45, "
     "37.099999999999994 35.7, 37.1 35.7))", True),
    # a hole with a notch (a sharp turn, not thin), and the same with a needle of land
    # reaching into the hole from the notch
    ("POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35), (36.2 35.2, 36.8 35.2, 36.5 35.5, "
     "36.8 35.8, 36.2 35.8, 36.2 35.2))", False),
    ("POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35), (36.2 35.2, 36.8 35.2, 36.5 35.5, "
     "36.3 35.5, 36.5 35.50000000000001, 36.8 35.8, 36.2 35.8, 36.2 35.2))", True),
    # land as drawn: sharp (1°) but not thin, a hole, a triangle
    ("POLYGON ((36 35, 37 35, 36 35.0175, 36 35))", False),
    ("POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35), (36.2 35.2, 36.8 35.2, 36.8 35.8, "
     "36.2 35.8, 36.2 35.2))", False),
])
def test_thin_parts_are_found_in_any_orientation(wkt, thin):
    poly = shapely.from_wkt(wkt)
    assert poly.is_valid
    assert diff_noise.collapsed(np.array([poly, box(0, 0, 1, 1)])).tolist() == [thin, False]


def test_the_noise_module_examples():
    assert doctest.testmod(diff_noise).failed == 0


# -- drawn cases -----------------------------------------------------------------------------
GRID = 0.01  # the drawn zones' vertices: hundredths of a degree (~1 km), then noise


@st.composite
def zone_edits(draw):
    """(old, intended land, new as read): a box zone with a hole, one or two edits among
    cutting a box out at its edge or corner, growing, shrinking, moving or filling the hole,
    cutting a bay into it, and a second part changed or not; the whole drawing sheared or not
    (its vertices then lie on slanted edges only up to rounding, as a vertex snapped onto an
    edge does); the new one through Web Mercator, moved by one ulp per coordinate (randomly
    up, down or not) or as drawn. The intended land is the overlay before the shear and the
    noise, sheared."""
    n = draw(st.integers(20, 60))
    w, h = draw(st.integers(12, n)), draw(st.integers(12, n))
    x0, y0 = 36.0 + draw(st.integers(0, 50)) * GRID, 35.0 + draw(st.integers(0, 50)) * GRID

    def cell(i: int, j: int) -> tuple[float, float]:
        return x0 + i * GRID, y0 + j * GRID

    def rect(i0: int, j0: int, i1: int, j1: int) -> Polygon:
        return box(*cell(i0, j0), *cell(i1, j1))

    shell = rect(0, 0, w, h)
    hi0, hj0 = draw(st.integers(3, w - 8)), draw(st.integers(3, h - 8))
    hi1, hj1 = draw(st.integers(hi0 + 2, w - 4)), draw(st.integers(hj0 + 2, h - 4))
    hole = rect(hi0, hj0, hi1, hj1)
    old_part = Polygon(shell.exterior, [hole.exterior])
    new_part: BaseGeometry = old_part
    for edit in draw(st.lists(st.sampled_from(["corner", "edge", "grow", "shrink", "move",
                                               "fill", "bay"]), min_size=1, max_size=2)):
        if edit == "corner":
            i, j = draw(st.integers(1, hi0 - 1)), draw(st.integers(1, hj0 - 1))
            new_part = new_part.difference(rect(0, 0, i, j))
        elif edit == "edge":
            i0 = draw(st.integers(hi0, hi1 - 1))
            new_part = new_part.difference(rect(i0, h - draw(st.integers(1, 2)),
                                                draw(st.integers(i0 + 1, w)), h))
        elif edit == "grow":
            new_part = new_part.difference(rect(hi0, hj0, hi1 + draw(st.integers(1, 2)), hj1))
        elif edit == "shrink":
            new_part = new_part.union(rect(hi0, hj0, hi0 + 1, hj1))
        elif edit == "move":
            d = draw(st.integers(1, 2))
            new_part = new_part.union(hole).difference(rect(hi0 + d, hj0, hi1 + d, hj1))
        elif edit == "fill":
            new_part = new_part.union(hole)
        else:  # a bay from the south edge up into the hole
            new_part = new_part.difference(rect(hi0, 0, hi0 + 1, hj0))
    old: BaseGeometry = old_part
    new: BaseGeometry = new_part
    if draw(st.booleans()):  # a second part, east of the first, its top cut or not
        other = rect(w + 3, 0, w + 9, h)
        old = MultiPolygon([old_part, other])
        new = shapely.union_all([new_part, rect(w + 3, 0, w + 9, h - draw(st.integers(0, 2)))])
    intended = intended_pieces(old, new)
    shear = draw(st.sampled_from([0.0, 0.3, -0.7, 1.1]))
    if shear:
        def sheared(g: BaseGeometry) -> BaseGeometry:
            return affine_transform(g, [1.0, shear, 0.0, 1.0, -shear * y0, 0.0])
        old, new = sheared(old), sheared(new)
        intended = {kind: [sheared(p) for p in ps] for kind, ps in intended.items()}
    noise = draw(st.sampled_from(["mercator", "ulps", "none"]))
    if noise == "mercator":
        read = mercator(new)
    elif noise == "ulps":
        read = shapely.transform(new, ulp_noise(draw(st.integers(0, 2**31 - 1))))
    else:
        read = new
    if not read.is_valid:  # one ulp cannot break a ring of these boxes; keep the draw honest
        read = shapely.make_valid(read)
    return old, intended, read


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zone_edits())
def test_drawn_edits_of_zones_with_holes_give_clean_land(case):
    old, intended, new = case
    gaz = gazetteer_for(intended["lost"] + intended["gained"])
    report = diff_versions(v(AGREED, zone("z", old, party="A")),
                           v("P", zone("z", new, party="A")), gazetteer=gaz)
    for r in listed(report):
        assert valid_as_written(r.geometry), (r.kind, r.geometry.wkt)
        assert r.geometry.contains(Point(r.lon, r.lat)), (r.kind, r.lon, r.lat, r.geometry.wkt)
        assert r.near == gaz.nearest(r.lon, r.lat)[0].name
    for drawn in (report.feature("z").measures.gained, report.feature("z").measures.lost):
        assert valid_as_written(drawn), drawn.wkt
    check_extent(report, "z", intended)
    check_pieces(report, "z", intended)
