"""The locator's search: tolerant of case, accents, Arabic letter forms and transliteration,
ranked so the place a delegate means comes first."""

from __future__ import annotations

import pytest
from conftest import zone
from shapely.geometry import Point, box

from zoneeditor.core.place_search import (
    PlaceIndex,
    PlaceKind,
    Tier,
    fold,
    places_from_countries,
    places_from_features,
    places_from_towns,
)
from zoneeditor.core.places import Town

#: Roughly the Levant: the area the sample project works on.
LEVANT = (33.5, 30.5, 44.0, 39.0)


@pytest.fixture(scope="module")
def world() -> PlaceIndex:
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.gazetteer import load_gazetteer

    return PlaceIndex(places_from_towns(load_gazetteer().towns)
                      + places_from_countries(load_basemap().countries))


def first(index: PlaceIndex, text: str, **kw) -> str:
    found = index.search(text, **kw)
    assert found, f"nothing found for {text!r}"
    return found[0].place.name


@pytest.mark.parametrize("typed", ["Idlib", "idlib", "IDLIB", "Idleb", "Edlib", "إدلب", "ادلب",
                                   "Идлиб", "идлиб", " idlib "])
def test_idlib_is_found_however_it_is_written(world, typed):
    assert first(world, typed, near=LEVANT) == "Idlib"


@pytest.mark.parametrize(("typed", "expected"), [
    ("Khan Shaykhun", "Khān Shaykhūn"),   # accents
    ("khan shaykhoun", "Khān Shaykhūn"),  # transliteration (ou / u)
    ("Daraa", "Dar‘ā"), ("Deraa", "Dar‘ā"), ("Dar'a", "Dar‘ā"), ("درعا", "Dar‘ā"),
    ("Hamah", "Ḩamāh"), ("حماه", "Ḩamāh"), ("حماة", "Ḩamāh"),  # ta marbuta either way
    ("Dayr az Zawr", "Deir ez-Zor"), ("Deir-ez-Zor", "Deir ez-Zor"),
    ("Latakia", "Latakia"), ("Lattakia", "Latakia"),
    ("Syria", "Syria"), ("سوريا", "Syria"), ("Сирия", "Syria"),
    ("Damas", "Damascus"),  # a beginning
    ("Raqqa", "Ar Raqqah"),  # a word of the name
])
def test_spellings_of_levant_places(world, typed, expected):
    assert first(world, typed, near=LEVANT) == expected


def test_the_arabic_article_may_be_left_out(world):
    assert first(world, "باب", near=LEVANT) == "Al Bāb"
    assert first(world, "الباب", near=LEVANT) == "Al Bāb"


def test_places_near_the_work_come_before_bigger_places_far_away(world):
    # Bab Ezzouar (Algeria) begins with "Bab" and is bigger; Al-Bab is where the work is.
    assert first(world, "Bab", near=LEVANT) == "Al Bāb"
    assert first(world, "Bab") != "Al Bāb"  # without the bias the world's order is kept


def test_an_exact_name_beats_a_nearer_beginning():
    towns = [Town(1, "Maarat", None, None, 36.6, 35.6, 50000, "SY"),
             Town(2, "Ma", None, None, 2.0, 48.0, 10, "FR")]
    index = PlaceIndex(places_from_towns(towns))
    assert [m.place.name for m in index.search("ma", near=LEVANT)] == ["Ma", "Maarat"]


def test_alef_forms_and_alef_maqsura_are_one_letter():
    towns = [Town(1, "Abu Dhabi", "أبو ظبي", None, 54.4, 24.5, 1, "AE"),
             Town(2, "Mina", "مينى", None, 39.9, 21.4, 1, "SA")]
    index = PlaceIndex(places_from_towns(towns))
    assert [m.place.name for m in index.search("ابو ظبي")] == ["Abu Dhabi"]
    assert [m.tier for m in index.search("ميني")] == [Tier.EXACT]  # ى = ي
    assert [m.tier for m in index.search("مينا")] == [Tier.VARIANT]  # a spelling variant
    assert fold("آمد") == fold("امد") == fold("إمد")


def test_project_features_come_first_and_are_found_by_local_name():
    towns = [Town(1, "Idlib", "إدلب", "Идлиб", 36.63, 35.93, 128840, "SY")]
    f = zone("z1", box(36.0, 35.5, 37.0, 36.3), name="Idlib", name_local="إدلب")
    unnamed = zone("z2", box(30, 30, 31, 31))
    index = PlaceIndex(places_from_towns(towns))
    found = index.search("idlib", extra=places_from_features([f, unnamed]))
    assert [m.place.kind for m in found] == [PlaceKind.FEATURE, PlaceKind.TOWN]
    assert found[0].place.key == f.id and found[0].place.bounds == (36.0, 35.5, 37.0, 36.3)
    found = index.search("إدل", extra=places_from_features([f]))
    assert found[0].place.item is f and found[0].tier == Tier.PREFIX


def test_a_country_is_shown_by_its_main_land():
    from shapely.geometry import MultiPolygon

    class Country:
        iso, name, name_ar, name_ru = "XXX", "Mainland", None, None
        geometry = MultiPolygon([box(0, 0, 10, 10), box(100, 0, 100.5, 0.5)])

    (place,) = places_from_countries([Country()])
    assert place.bounds == (0.0, 0.0, 10.0, 10.0)
    assert 0 <= place.position[0] <= 10


def test_blank_and_unknown_texts_find_nothing(world):
    assert world.search("") == [] and world.search("   ") == []
    assert world.search("7777") == []


def test_each_place_appears_once_with_its_best_match():
    towns = [Town(1, "Idlib", "إدلب", "Идлиб", 36.63, 35.93, 1, "SY")]
    found = PlaceIndex(places_from_towns(towns)).search("idl")
    assert len(found) == 1 and found[0].tier == Tier.PREFIX


def test_limit_is_kept(world):
    assert len(world.search("a", limit=7)) == 7


def test_a_point_feature_is_found_at_its_place():
    from conftest import point

    post = point("p1", Point(36.7, 35.4), name="Observation post Morek")
    (m,) = PlaceIndex([]).search("morek", extra=places_from_features([post]))
    assert m.tier == Tier.WORD_PREFIX and m.place.position == (36.7, 35.4)


def test_a_feature_is_found_by_its_names_in_other_languages():
    """Ctrl+K "Гута" finds Eastern Ghouta by its ``name_ru`` (a new user found nothing)."""
    ghouta = zone("g", box(36.3, 33.4, 36.6, 33.6), name="Eastern Ghouta",
                  name_local="الغوطة الشرقية", name_ru="Восточная Гута", notes="name_x")
    index = PlaceIndex(places_from_features([ghouta]))
    for typed in ("Гута", "Восточная Гута", "Ghouta", "الغوطة"):
        found = index.search(typed)
        assert found and found[0].place.key == "g", typed
