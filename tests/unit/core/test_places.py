"""The gazetteer: geodesic nearest town, towns in a box, lookup by name, bundled data."""

from __future__ import annotations

import random
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from zoneeditor.core.places import Gazetteer, Town, fold_name
from zoneeditor.io.gazetteer import load_gazetteer

GEOD = Geod(ellps="WGS84")


def brute_force_nearest(towns: list[Town] | tuple[Town, ...], lon: float, lat: float):
    """The geodesic nearest town by measuring to every town (the reference answer)."""
    n = len(towns)
    _, _, dist = GEOD.inv(
        np.full(n, lon), np.full(n, lat), [t.lon for t in towns], [t.lat for t in towns]
    )
    best = int(np.argmin(dist))
    return towns[best], float(dist[best]) / 1000.0


def town(id_: int, lon: float, lat: float, population: int = 1000, name: str = "") -> Town:
    return Town(id_, name or f"T{id_}", None, None, lon, lat, population, "XX")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# ------------------------------------------------------------------ bundled data


def test_bundled_gazetteer_covers_the_region_and_big_world_cities(gazetteer: Gazetteer) -> None:
    assert 10_000 < len(gazetteer) < 40_000
    syrian = [t for t in gazetteer.towns if t.country == "SY"]
    assert len(syrian) > 250  # every GeoNames place >= 1000 people in Syria
    # Outside the Middle East box only cities of >= 100,000 are kept.
    outside = [t for t in gazetteer.towns if not (25 <= t.lon <= 65 and 10 <= t.lat <= 45)]
    assert outside and min(t.population for t in outside) >= 100_000
    assert gazetteer.by_name("London").country == "GB"


def test_khan_shaykhun_is_nearest_to_its_outskirts(gazetteer: Gazetteer) -> None:
    found, km = gazetteer.nearest(36.64, 35.44)
    assert found.name == "Khān Shaykhūn"
    assert found.country == "SY"
    assert found.name_ar == "خان شيخون"
    assert 0.5 < km < 2.0
    assert km == pytest.approx(brute_force_nearest(gazetteer.towns, 36.64, 35.44)[1])


def test_damascus_and_aleppo_by_name_with_arabic_names(gazetteer: Gazetteer) -> None:
    damascus = gazetteer.by_name("Damascus")
    assert damascus is not None
    assert damascus.country == "SY"  # not Damascus, Maryland
    assert damascus.name_ar == "دمشق"
    assert damascus.name_ru == "Дамаск"
    assert damascus.population > 1_000_000
    assert (damascus.lon, damascus.lat) == pytest.approx((36.29, 33.51), abs=0.01)
    assert gazetteer.by_name("دمشق") is damascus
    assert gazetteer.by_name("  DAMASCUS ") is damascus
    aleppo = gazetteer.by_name("aleppo")
    assert aleppo is not None and aleppo.name_ar == "حلب"
    assert gazetteer.by_name("حلب") is aleppo


def test_lookup_ignores_accents_and_arabic_hamza(gazetteer: Gazetteer) -> None:
    khan = gazetteer.by_name("Khan Shaykhun")
    assert khan is not None and khan.name == "Khān Shaykhūn"
    idlib = gazetteer.by_name("إدلب")
    assert idlib is not None and idlib.name == "Idlib"
    assert gazetteer.by_name("ادلب") is idlib  # typed without the hamza
    assert gazetteer.by_name("Идлиб") is idlib
    assert gazetteer.by_name("Atlantis") is None


def test_arabic_names_are_arabic_not_persian(gazetteer: Gazetteer) -> None:
    persian_letters = set("پچژگکی")
    with_arabic = [t for t in gazetteer.towns if t.name_ar]
    assert len(with_arabic) > 5000
    assert not [t for t in with_arabic if persian_letters & set(t.name_ar)]
    # Where GeoNames lists Persian or Kurdish forms too, the Arabic one is chosen.
    assert gazetteer.by_name("Mosul").name_ar == "الموصل"
    assert gazetteer.by_name("Ar Raqqah").name_ar == "الرقة"
    assert gazetteer.by_name("Ţarţūs").name_ar == "طرطوس"


def test_within_sorts_by_population(gazetteer: Gazetteer) -> None:
    syria_box = (35.5, 32.3, 42.4, 37.4)
    towns = gazetteer.within(*syria_box)
    pops = [t.population for t in towns]
    assert pops == sorted(pops, reverse=True)
    assert towns[0].name == "Gaziantep"  # the box reaches into Turkey
    assert [t.name for t in towns if t.country == "SY"][:3] == ["Aleppo", "Damascus", "Homs"]
    for t in towns:
        assert 35.5 <= t.lon <= 42.4 and 32.3 <= t.lat <= 37.4
    big = gazetteer.within(*syria_box, min_population=500_000)
    assert big == [t for t in towns if t.population >= 500_000]
    assert {"Aleppo", "Damascus", "Homs"} <= {t.name for t in big}


def test_nearest_agrees_with_brute_force_near_syria(gazetteer: Gazetteer) -> None:
    rng = random.Random(20240601)
    towns = gazetteer.towns
    for _ in range(50):
        lon, lat = rng.uniform(34.5, 43.0), rng.uniform(31.5, 38.0)
        found, km = gazetteer.nearest(lon, lat)
        expected, expected_km = brute_force_nearest(towns, lon, lat)
        assert km == pytest.approx(expected_km, abs=1e-9)
        assert found.id == expected.id or km == expected_km


def test_nearest_is_fast(gazetteer: Gazetteer) -> None:
    rng = random.Random(7)
    points = [(rng.uniform(30, 50), rng.uniform(25, 40)) for _ in range(300)]
    gazetteer.nearest(*points[0])
    start = time.perf_counter()
    for lon, lat in points:
        gazetteer.nearest(lon, lat)
    per_call = (time.perf_counter() - start) / len(points)
    assert per_call < 1e-3, f"nearest() took {per_call * 1e3:.3f} ms"


# ------------------------------------------------------------- synthetic towns


def test_nearest_is_geodesic_not_spherical() -> None:
    # From (0, 0): A is 1° north, B is 0.995° east. On a sphere B is nearer (the degree of
    # longitude and latitude are equal); on WGS84 a degree of latitude at the equator is
    # 110.574 km and of longitude 111.320 km, so A is nearer.
    a = town(1, 0.0, 1.0, name="North")
    b = town(2, 0.995, 0.0, name="East")
    found, km = Gazetteer([a, b]).nearest(0.0, 0.0)
    assert found is a
    assert km == pytest.approx(110.574, abs=0.001)


def test_nearest_across_the_antimeridian_and_at_a_pole() -> None:
    fiji = town(1, 179.9, -17.0)
    samoa = town(2, -171.8, -13.8)
    far = town(3, 170.0, -17.0)
    gaz = Gazetteer([far, samoa, fiji])
    assert gaz.nearest(-179.95, -17.0)[0] is fiji
    assert gaz.nearest(-179.95, -17.0)[1] == pytest.approx(15.9, abs=0.2)
    pole = Gazetteer([town(1, 0.0, 89.0), town(2, 180.0, 88.9)])
    assert pole.nearest(0.0, 90.0)[0].id == 1


def test_nearest_rejects_bad_positions_and_empty_gazetteer() -> None:
    gaz = Gazetteer([town(1, 0.0, 0.0)])
    assert gaz.nearest(0.0, 0.0) == (gaz.towns[0], 0.0)
    with pytest.raises(ValueError):
        gaz.nearest(0.0, 91.0)
    with pytest.raises(ValueError):
        gaz.nearest(float("nan"), 0.0)
    with pytest.raises(LookupError):
        Gazetteer([]).nearest(0.0, 0.0)


@settings(max_examples=60, deadline=None)
@given(
    towns=st.lists(
        st.tuples(
            st.floats(-180, 180, allow_nan=False),
            st.floats(-89, 89, allow_nan=False),
        ),
        min_size=1,
        max_size=40,
    ),
    lon=st.floats(-180, 180, allow_nan=False),
    lat=st.floats(-89, 89, allow_nan=False),
)
def test_nearest_matches_brute_force_anywhere(towns, lon: float, lat: float) -> None:
    places = [town(i, x, y) for i, (x, y) in enumerate(towns)]
    _, km = Gazetteer(places).nearest(lon, lat)
    _, expected_km = brute_force_nearest(places, lon, lat)
    assert km == pytest.approx(expected_km, rel=1e-12, abs=1e-9)


def test_within_wraps_the_antimeridian_and_filters_population() -> None:
    gaz = Gazetteer(
        [
            town(1, 179.0, 0.0, 5_000),
            town(2, -179.0, 0.0, 50_000),
            town(3, 0.0, 0.0, 900_000),
            town(4, 178.5, 0.5, 5_000),
        ]
    )
    assert [t.id for t in gaz.within(170, -1, -170, 1)] == [2, 1, 4]  # population, then id
    assert [t.id for t in gaz.within(170, -1, -170, 1, min_population=10_000)] == [2]
    assert [t.id for t in gaz.within(-1, -1, 1, 1)] == [3]
    assert gaz.within(10, 10, 20, 20) == []
    with pytest.raises(ValueError):
        gaz.within(0, 1, 1, 0)


def test_shared_names_resolve_to_the_most_populous() -> None:
    small = Town(1, "Tripoli", None, None, 13.0, 32.9, 1_000, "XX")
    big = Town(2, "Tripoli", "طرابلس", "Триполи", 13.19, 32.89, 1_150_000, "LY")
    gaz = Gazetteer([small, big])
    assert gaz.by_name("tripoli") is big
    assert gaz.by_name("طرابلس") is big
    assert gaz.by_name("ТРИПОЛИ") is big


def test_fold_name() -> None:
    assert fold_name("  Khān   Shaykhūn ") == "khan shaykhun"
    assert fold_name("Deir ez-Zor") == "deir ez zor"
    assert fold_name("إدلب") == fold_name("ادلب")
    assert fold_name("القُدْس") == "القدس"  # vowel marks dropped
    assert fold_name("Алёшки") == "алешки"
