"""Bilingual display names: both scripts side by side, bidi-isolated, hostile marks removed."""

from __future__ import annotations

import unicodedata

import pytest
from conftest import zone

from zoneeditor.core.model import Party
from zoneeditor.core.naming import (
    FSI,
    PDI,
    clean,
    display_name,
    has_rtl,
    name_parts,
    plain_display_name,
    strip_isolates,
)

SQUARE = "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))"


def test_both_names_side_by_side_with_local_part_isolated():
    f = zone("z", SQUARE, name="Idlib", name_local="إدلب")
    assert display_name(f) == f"Idlib · {FSI}إدلب{PDI}"


def test_only_one_name_is_shown_alone():
    assert display_name(zone("z", SQUARE, name="Idlib")) == "Idlib"
    # A local name on its own is still isolated: it is safe to embed in a sentence.
    assert display_name(zone("z", SQUARE, name_local="إدلب")) == f"{FSI}إدلب{PDI}"


def test_no_name_gives_the_fallback():
    f = zone("z", SQUARE)
    assert display_name(f) == ""
    assert display_name(f, fallback=f.label) == f.label


def test_local_first_order_for_an_arabic_interface():
    f = zone("z", SQUARE, name="Idlib", name_local="إدلب")
    assert display_name(f, order="local_first") == f"{FSI}إدلب{PDI} · Idlib"


def test_a_local_name_repeating_the_name_is_not_shown_twice():
    f = zone("z", SQUARE, name="Daraa", name_local="daraa")
    assert display_name(f) == "Daraa"


def test_an_arabic_name_in_the_name_field_is_isolated_too():
    # Imported shapefiles often put Arabic in 'name' itself.
    f = zone("z", SQUARE, name="حماة", name_local="")
    assert display_name(f) == f"{FSI}حماة{PDI}"


def test_cyrillic_local_name_is_isolated_and_left_to_right():
    f = zone("z", SQUARE, name="Idlib", name_local="Идлиб")
    assert display_name(f) == f"Idlib · {FSI}Идлиб{PDI}"
    assert not has_rtl("Идлиб")


@pytest.mark.parametrize("mark", ["\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f"])
def test_bidi_controls_from_foreign_files_are_removed(mark):
    # An override in an imported name could make it read backwards on the map.
    f = zone("z", SQUARE, name=f"Id{mark}lib", name_local=f"{mark}إدلب")
    shown = display_name(f)
    assert shown == f"Idlib · {FSI}إدلب{PDI}"
    # Our isolates are balanced: one FSI, one PDI, in that order.
    assert shown.count(FSI) == shown.count(PDI) == 1
    assert shown.index(FSI) < shown.index(PDI)


def test_parties_and_plain_mappings_work_as_well():
    party = Party("Armed opposition", "#1f77b4", name_local="المعارضة المسلحة")
    assert display_name(party) == f"Armed opposition · {FSI}المعارضة المسلحة{PDI}"
    assert display_name({"name": "Post", "name_local": None}) == "Post"


def test_plain_variant_has_no_control_characters():
    f = zone("z", SQUARE, name=" Idlib ", name_local="إدلب\n")
    plain = plain_display_name(f)
    assert plain == "Idlib · إدلب"
    assert not any(unicodedata.category(ch) == "Cf" for ch in plain)
    assert strip_isolates(display_name(f)) == plain


def test_white_space_is_normalised():
    assert clean("  Eastern\tGhouta \n") == "Eastern Ghouta"
    assert name_parts({"name": "A  B", "name_local": " "}) == ("A B", "")


def test_rtl_detection():
    assert has_rtl("إدلب")
    assert has_rtl("שלום")
    assert not has_rtl("Idlib 4")
    assert not has_rtl("")


def test_sample_project_names_are_bilingual():
    # The bundled sample has Arabic local names for its zones: each shows both scripts.
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import sample_path

    agreed = read_project(sample_path()).agreed
    idlib = agreed.get("zone-idlib")
    assert idlib is not None
    shown = display_name(idlib)
    assert shown.startswith(idlib.name + " · " + FSI)
    assert shown.endswith(PDI)
    assert has_rtl(shown)


def test_a_name_in_the_interface_language_is_shown_beside_the_local_one():
    """A Russian window labels Eastern Ghouta by its ``name_ru`` beside the Arabic name;
    English, romanised or local labels, and features without such a name, are unchanged."""
    from zoneeditor.core.naming import label_name

    ghouta = zone("z", SQUARE, name="Eastern Ghouta", name_local="الغوطة الشرقية",
                  name_ru="Восточная Гута")
    both = f"Восточная Гута · {FSI}الغوطة الشرقية{PDI}"
    assert label_name(ghouta, "both", interface="ru") == both
    assert label_name(ghouta, "both", interface="en") == display_name(ghouta)
    assert label_name(ghouta, "both", interface="ar") == display_name(ghouta)  # no name_ar
    assert label_name(ghouta, "en", interface="ru") == "Eastern Ghouta"
    assert label_name(ghouta, "local", interface="ru") == "الغوطة الشرقية"
    idlib = zone("i", SQUARE, name="Idlib", name_local="إدلب")
    assert label_name(idlib, "both", interface="ru") == display_name(idlib)
    assert label_name(Party("Monitors", "#000", "المراقبون"), "both", interface="ru") \
        == display_name(Party("Monitors", "#000", "المراقبون"))


def test_the_interface_languages_own_name_is_one_column_by_one_rule():
    """Russian's own name is ``name_ru``, Arabic's ``name_ar``; English's is ``name`` itself
    (no column of its own): what the map labels, the Attributes panel edits and the tools
    fill."""
    from zoneeditor.core.naming import own_name, own_name_key

    assert [own_name_key(lang) for lang in ("ru", "ar", "en", "")] == ["name_ru", "name_ar",
                                                                       "", ""]
    ghouta = zone("z", SQUARE, name="Eastern Ghouta", name_ru="Восточная Гута",
                  name_ar="الغوطة الشرقية")
    assert own_name(ghouta, "ru") == ghouta.attributes[own_name_key("ru")]
    assert own_name(ghouta, "ar") == "الغوطة الشرقية" and own_name(ghouta, "en") == ""


def test_local_labels_fall_back_on_the_interface_name_before_the_romanised_one():
    """A point placed in an Arabic window has no local name: the Arabic window's local
    labels show its ``name_ar``, not the English "New point 1"; a local name still comes
    first."""
    from zoneeditor.core.naming import label_name

    post = zone("p", SQUARE, name="New point 1", name_ar="نقطة جديدة 1")
    assert label_name(post, "local", interface="ar") == "نقطة جديدة 1"
    assert label_name(post, "local", interface="en") == "New point 1"
    assert label_name(post, "en", interface="ar") == "New point 1"
    named = zone("q", SQUARE, name="Morek", name_local="مورك", name_ar="مورك (نقطة)")
    assert label_name(named, "local", interface="ar") == "مورك"
