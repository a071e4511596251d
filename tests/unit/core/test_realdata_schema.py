"""Recognising publishers' schemas (issue #12 item 1): names, local names, codes, one line."""

from __future__ import annotations

import pytest

from zoneeditor.core.schema import SchemaError, codes_of, normalise_code, other_names, recognise

AR, RU = ["إدلب", "حماة"], ["Идлиб", "Хама"]

CASES = {
    "OCHA COD": (
        ["ADM1_EN", "ADM1_AR", "ADM1_PCODE", "ADM1_REF", "ADM0_EN", "ADM0_PCODE", "validOn"],
        {"ADM1_EN": ["Idlib", "Hama"], "ADM1_AR": AR, "ADM1_PCODE": ["SY07", "SY05"]},
        ("ADM1_EN", "ADM1_AR", "ADM1_PCODE", "pcode"),
        "OCHA COD, level 1: names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE (OCHA P-code)"),
    "OCHA COD level 2": (
        ["ADM2_EN", "ADM2_AR", "ADM2_PCODE", "ADM1_EN", "ADM1_AR", "ADM1_PCODE"],
        {"ADM2_EN": ["Harim"], "ADM2_AR": ["حارم"], "ADM2_PCODE": ["SY0703"],
         "ADM1_EN": ["Idlib"]},
        ("ADM2_EN", "ADM2_AR", "ADM2_PCODE", "pcode"), "level 2"),
    "OCHA COD lower case": (
        ["adm1_en", "adm1_ar", "adm1_pcode"], {"adm1_en": ["Idlib"], "adm1_ar": AR},
        ("adm1_en", "adm1_ar", "adm1_pcode", "pcode"), "names from adm1_en / adm1_ar"),
    "HDX COD": (
        ["admin1Name_en", "admin1Name_ar", "admin1Pcode", "admin0Name_en"],
        {"admin1Name_en": ["Idlib"], "admin1Name_ar": AR},
        ("admin1Name_en", "admin1Name_ar", "admin1Pcode", "pcode"), "HDX COD, level 1"),
    "geoBoundaries": (
        ["shapeName", "shapeISO", "shapeID", "shapeGroup", "shapeType"],
        {"shapeName": ["Idleb"], "shapeISO": ["SY-ID"], "shapeID": ["SYR-ADM1-1"]},
        ("shapeName", None, "shapeISO", "iso3166-2"),
        "geoBoundaries: names from shapeName, codes from shapeISO (ISO 3166-2)"),
    "GADM": (
        ["GID_0", "NAME_0", "GID_1", "NAME_1", "VARNAME_1", "NL_NAME_1", "TYPE_1", "HASC_1"],
        {"NAME_1": ["Idlib"], "NL_NAME_1": AR, "GID_1": ["SYR.7_1"], "HASC_1": ["SY.ID"]},
        ("NAME_1", "NL_NAME_1", "GID_1", "gadm"), "codes from GID_1 (GADM GID)"),
    "Natural Earth (upper case)": (
        ["FEATURECLA", "NAME", "NAME_AR", "NAME_RU", "NAME_EN", "ISO_3166_2", "ADM1_CODE",
         "ISO_A2"],
        {"NAME": ["Idlib"], "NAME_AR": AR, "NAME_RU": RU, "ISO_3166_2": ["SY-ID"],
         "ISO_A2": ["SY"]},
        ("NAME", "NAME_AR", "ISO_3166_2", "iso3166-2"), "Natural Earth"),
    "OpenStreetMap": (
        ["osm_id", "name", "name:en", "name:ar", "name:ru", "ISO3166-2", "admin_level"],
        {"name": ["محافظة إدلب"], "name:en": ["Idlib Governorate"], "name:ar": ["محافظة إدلب"],
         "name:ru": RU, "ISO3166-2": ["SY-ID"]},
        ("name:en", "name", "ISO3166-2", "iso3166-2"),
        "OpenStreetMap: names from name:en / name"),
    "our own export": (
        ["zid", "name", "name_local", "party", "status", "kind", "notes", "name_ru"],
        {"name": ["Idlib"], "name_local": AR, "name_ru": RU},
        ("name", "name_local", None, None), "ids from zid"),
    # A GeoJSON whose features carry ids ("id": "AZ-01", read as zid) and names in "title":
    # a zid alone does not make a file our own export.
    "another tool's GeoJSON with feature ids": (
        ["zid", "fid_code", "title", "side", "type"],
        {"title": ["Idleb", "Northern Hamah"], "side": ["Opposition", "Government"]},
        ("title", None, None, None), "names from title"),
    # Delegations' own tools: the kind of feature before "name", Russian and Arabic headers.
    "a zone_name beside a NAME_AR": (
        ["zone_name", "NAME_AR", "code"], {"zone_name": ["Idlib"], "NAME_AR": AR},
        ("zone_name", "NAME_AR", None, None), "names from zone_name / NAME_AR"),
    "abbreviated, with a language": (
        ["ZONE_NM", "ZONE_NM_AR", "LINE_LABEL"], {"ZONE_NM": ["Idlib"], "ZONE_NM_AR": AR},
        ("ZONE_NM", "ZONE_NM_AR", None, None), "names from ZONE_NM / ZONE_NM_AR"),
    "a label in two languages": (
        ["Label", "label_ru"], {"Label": ["Idlib"], "label_ru": RU},
        ("Label", "label_ru", None, None), "names from Label / label_ru"),
    "headers in Russian": (
        ["Название", "Сторона", "Статус", "Примечание"], {"Название": RU},
        ("Название", None, None, None), "names from Название"),
    "headers in Arabic": (
        ["الاسم", "الطرف", "الحالة", "ملاحظات"], {"الاسم": AR},
        ("الاسم", None, None, None), "names from الاسم"),
    "name of the zone, in Russian": (
        ["Название_зоны", "name_en"], {"Название_зоны": RU, "name_en": ["Idlib"]},
        ("name_en", "Название_зоны", None, None), "names from name_en / Название_зоны"),
}


@pytest.mark.parametrize("family", list(CASES))
def test_publishers_schemas_are_recognised(family):
    columns, samples, (name, local, code, system), line = CASES[family]
    s = recognise(columns, samples)
    assert s.column("name") == name
    assert s.column("name_local") == local
    if code:
        assert (s.codes[0].column, s.codes[0].system) == (code, system)
    else:
        assert s.codes == ()
    assert line in s.describe()
    assert "\n" not in s.describe()


def test_the_local_name_is_chosen_by_script_not_by_column_name():
    # Natural Earth has names in many scripts; Syria's local one is Arabic (by its code).
    s = recognise(["name", "name_ru", "name_ar", "name_zh", "iso_3166_2"],
                  {"name": ["Idlib"], "name_ru": RU, "name_ar": AR, "name_zh": ["伊德利卜"],
                   "iso_3166_2": ["SY-ID"]})
    assert s.column("name_local") == "name_ar"
    assert "name_ru" in s.alternates and "name_zh" in s.alternates
    # For Ukraine (by its code) the Ukrainian name is the local one, not the Russian.
    s = recognise(["name", "name_uk", "name_ru", "iso_3166_2"],
                  {"name": ["Kharkiv"], "name_uk": ["Харків"], "name_ru": ["Харьков"],
                   "iso_3166_2": ["UA-63"]})
    assert s.column("name_local") == "name_uk"
    # No country known and two local-script columns: the first is taken, the other named.
    s = recognise(["NAME", "NAME_AR", "NAME_RU"],
                  {"NAME": ["Syria"], "NAME_AR": ["سوريا"], "NAME_RU": ["Сирия"]})
    assert s.column("name_local") == "NAME_AR" and "(also NAME_RU)" in s.describe()
    # A file whose only name is in Arabic: that is its name.
    s = recognise(["NAME"], {"NAME": AR})
    assert s.column("name") == "NAME" and s.column("name_local") is None


def test_our_attributes_are_recognised_under_russian_and_arabic_headers():
    ru = recognise(["Название", "Сторона", "Статус", "Тип", "Примечание"])
    ar = recognise(["الاسم", "الطرف", "الحالة", "النوع", "ملاحظات"])
    for s in (ru, ar):
        assert [s.column(t) for t in ("name", "party", "status", "kind", "notes")] == \
            list(s.columns)
    # A kind word alone is not a name, nor is a column that merely ends in "name".
    s = recognise(["zone", "filename", "NAME_AR"], {"NAME_AR": AR, "zone": ["A"]})
    assert s.column("name") == "NAME_AR"


def test_explicit_mapping_wins_and_names_missing_columns():
    columns = ["ADM1_EN", "ADM1_AR", "ADM1_PCODE", "Control"]
    s = recognise(columns, {"ADM1_EN": ["Idlib"]}, {"name": "adm1_ar", "party": "Control",
                                                      "name_local": ""})
    assert s.column("name") == "ADM1_AR" and s.column("party") == "Control"
    assert s.column("name_local") is None
    assert "as you chose" in s.describe()
    with pytest.raises(SchemaError, match="no column 'NAME_EN' to use as name"):
        recognise(columns, {}, {"name": "NAME_EN"})
    with pytest.raises(SchemaError, match="cannot map to 'colour'"):
        recognise(columns, {}, {"colour": "ADM1_EN"})
    s = recognise([*columns, "myCode"], {}, {"code": "myCode"})
    assert s.codes[0].column == "myCode"
    assert "code=myCode as you chose" in s.describe()  # it said "code=(none)"


def test_codes_are_normalised_per_system():
    assert normalise_code("gadm", "SYR.7_1") == normalise_code("gadm", "syr.7_2") == "SYR.7"
    assert normalise_code("iso3166-2", " sy-id ") == "SY-ID"
    assert normalise_code("pcode", 7.0) == "7"
    assert normalise_code("wikidata", "https://www.wikidata.org/wiki/Q1234") == "Q1234"
    s = recognise(["NAME_1", "GID_1", "HASC_1", "VARNAME_1"], {"NAME_1": ["Idlib"]})
    attrs = {"GID_1": "SYR.7_1", "HASC_1": "SY.ID", "VARNAME_1": "Idleb|Edlib"}
    assert codes_of(s, attrs) == {"gadm": "SYR.7", "hasc": "SY.ID"}
    assert other_names(s, attrs) == ["Idleb", "Edlib"]


def test_schema_key_ignores_order_and_case():
    a = recognise(["ADM1_EN", "ADM1_PCODE"])
    b = recognise(["adm1_pcode", "adm1_en"])
    assert a.key == b.key
