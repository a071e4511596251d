"""Non-Latin shapefile field names: read in the values' encoding, written within 10 bytes.

Reading: a .dbf stores its field names in the same code page as its values, so the names
follow the values' encoding — the .cpg's, the user's choice, or the stated guess (before,
they were shown as latin-1: "Íàçâàíèå" for "Название", and ``--map name=Название`` found
no column). Writing: a dBASE name holds 10 bytes in the file's encoding; a Cyrillic or
Arabic name is cut at a character boundary within them (before, every non-ASCII name
became "field", "field_2"...), and ``.fields.json`` restores the full name on import.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import fiona
import pytest
import shapely
from conftest import project_with, zone
from fiona.crs import CRS
from shapely.geometry import mapping

from zoneeditor.io.exchange import export_versions, read_any

#: Columns as a Russian delegation's ogr2ogr wrote them (-lco ENCODING=CP1251).
RUSSIAN = {"Название": ["Идлиб-Запад", "Саракиб-Восток"], "КОД": ["DZ-01", "DZ-02"],
           "Сторона": ["Оппозиция", "Правительство"]}
ARABIC = {"الاسم": ["إدلب", "حماة"], "المصدر": ["الأمم المتحدة", "محلي"]}
ZONE = "POLYGON ((36.3 35.4, 36.6 35.4, 36.6 35.7, 36.3 35.4))"


def write(path: Path, columns: dict[str, list[str]], encoding: str,
          cpg: str | None = None) -> Path:
    """A point shapefile with ``columns`` written in ``encoding``; ``cpg`` None: no .cpg."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = len(next(iter(columns.values())))
    with fiona.open(path, "w", driver="ESRI Shapefile", encoding=encoding,
                    crs=CRS.from_epsg(4326),
                    schema={"geometry": "Point",
                            "properties": {k: "str:80" for k in columns}}) as sink:
        for i in range(rows):
            sink.write({"geometry": mapping(shapely.Point(36 + i * 0.1, 35)),
                        "properties": {k: v[i] for k, v in columns.items()}})
    if cpg is None:
        path.with_suffix(".cpg").unlink(missing_ok=True)
    else:
        path.with_suffix(".cpg").write_text(cpg, encoding="ascii")
    return path


def dbf_names(dbf: Path) -> list[bytes]:
    """The field names exactly as the .dbf header stores them (11 bytes, NUL-padded)."""
    data = dbf.read_bytes()
    header = struct.unpack("<H", data[8:10])[0]
    names, at = [], 32
    while at < header - 1 and data[at] != 0x0D:
        names.append(data[at:at + 11].split(b"\0", 1)[0])
        at += 32
    return names


def columns_of(result) -> list[str]:
    return [c.name for cols in result.columns.values() for c in cols]


def warnings_of(result) -> list[str]:
    return [p.line() for p in result.problems if p.severity != "note"]


# Reading


def test_cp1251_names_declared_by_the_cpg_read_as_written(tmp_path):
    shp = write(tmp_path / "ru" / "soglasovano.shp", RUSSIAN, "cp1251", cpg="CP1251")
    result = read_any(shp, mapping={"name": "Название", "party": "Сторона"})
    assert result.encoding == "cp1251"
    assert columns_of(result) == list(RUSSIAN)
    assert warnings_of(result) == []
    features = result.all_features
    assert [f.name for f in features] == RUSSIAN["Название"]
    assert [f.attributes["party"] for f in features] == RUSSIAN["Сторона"]
    assert [f.attributes["КОД"] for f in features] == RUSSIAN["КОД"]


def test_utf8_names_declared_by_the_cpg_read_as_written(tmp_path):
    # At most 10 bytes each, as a dBASE name holds: "Назва" and "الاسم" are 10 in UTF-8.
    columns = {"Назва": RUSSIAN["Название"], "الاسم": ARABIC["الاسم"], "ИД": ["1", "2"]}
    shp = write(tmp_path / "utf8" / "zones.shp", columns, "utf-8", cpg="UTF-8")
    result = read_any(shp)
    assert result.encoding == "utf-8"
    assert columns_of(result) == list(columns)
    assert warnings_of(result) == []
    assert [f.attributes["ИД"] for f in result.all_features] == ["1", "2"]


def test_without_a_cpg_names_follow_the_guess_made_for_the_values(tmp_path):
    shp = write(tmp_path / "guess" / "zones.shp", RUSSIAN, "cp1251")
    result = read_any(shp)
    assert result.encoding == "cp1251"
    assert columns_of(result) == list(RUSSIAN)
    (note,) = [p for p in result.problems if p.code == "encoding-guessed"]
    assert "cp1251 was used" in note.line()


def test_without_a_cpg_names_alone_are_enough_to_guess(tmp_path):
    # Codes and numbers in the values, Arabic only in the names: the guess must see them.
    columns = {"الرمز": ["Z-1", "Z-2"], "الطرف": ["A", "B"]}
    shp = write(tmp_path / "names-only" / "zones.shp", columns, "cp1256")
    result = read_any(shp)
    assert result.encoding == "cp1256"
    assert columns_of(result) == list(columns)


def test_a_chosen_encoding_decodes_names_and_values_alike(tmp_path):
    shp = write(tmp_path / "ar" / "proposal.shp", ARABIC, "cp1256")
    chosen = read_any(shp, encoding="cp1256")
    assert columns_of(chosen) == list(ARABIC)
    assert [f.attributes["المصدر"] for f in chosen.all_features] == ARABIC["المصدر"]
    # Another choice re-decodes both: the names read as that code page reads the bytes,
    # exactly as the values do (and the user sees the same garbling in both).
    wrong = read_any(shp, encoding="cp1251")
    assert wrong.encoding == "cp1251"
    assert columns_of(wrong) == [k.encode("cp1256").decode("cp1251") for k in ARABIC]
    key = "المصدر".encode("cp1256").decode("cp1251")
    assert [f.attributes[key] for f in wrong.all_features] == \
        [v.encode("cp1256").decode("cp1251") for v in ARABIC["المصدر"]]


def test_a_utf8_name_cut_inside_a_character_is_not_called_garbled(tmp_path):
    # GDAL 3.6 cuts "aНазвание" to 10 bytes, leaving half a Cyrillic letter at the end.
    shp = write(tmp_path / "cut" / "zones.shp", {"aaaaaaaaaa": ["Идлиб", "Хама"]}, "utf-8",
                cpg="UTF-8")
    dbf = shp.with_suffix(".dbf")
    data = dbf.read_bytes()
    dbf.write_bytes(data.replace(b"aaaaaaaaaa", "aНазв".encode() + b"\xd0", 1))
    result = read_any(shp)
    assert result.encoding == "utf-8"
    assert columns_of(result) == ["aНазв"]
    assert warnings_of(result) == []


# Writing


def _project(**attributes: str):
    return project_with(agreed=[zone("zone-1", ZONE, name="Idlib West", **attributes)])


def test_export_keeps_non_latin_names_within_ten_bytes_unique_and_restores_them(tmp_path):
    # Column names no import recognises as a name, party... column, so they stay as they are.
    long_names = {"ИД": "101", "Сектор_наблюдения": "Север", "Сектор_контроля": "Юг",
                  "المصدر": "الأمم المتحدة", "مصدر": "محلي"}
    project = _project(**long_names)
    report = export_versions(project, ["agreed"], "shp", tmp_path / "out")  # verified
    shp = tmp_path / "out" / "agreed_zones.shp"
    stored = dbf_names(shp.with_suffix(".dbf"))
    assert all(len(b) <= 10 for b in stored)
    names = [b.decode("utf-8") for b in stored]  # strict: never half a character
    assert {"ИД", "مصدر"} <= set(names)  # short enough: kept as they are
    assert "المصد" in names  # 12 bytes -> 5 letters, 10 bytes
    assert "Секто" in names and "Сект_2" in names  # 29 and 33 bytes; the collision numbered
    assert len({n.casefold() for n in names}) == len(names)
    assert not any(n.startswith("field") for n in names)
    assert report.plan.field_names["agreed_zones.shp"] == {
        "Сектор_контроля": "Секто", "Сектор_наблюдения": "Сект_2", "المصدر": "المصد"}
    back = read_any(shp).all_features[0]
    for key, value in long_names.items():
        assert back.attributes[key] == value


def test_cp1256_export_counts_bytes_of_cp1256_and_renames_what_it_cannot_hold(tmp_path):
    long_names = {"المصدر_الأصلي": "الأمم المتحدة", "مُحَافَظَةُ_المصدر": "محلي", "ИД": "101"}
    project = _project(**long_names)
    report = export_versions(project, ["agreed"], "shp", tmp_path / "out", encoding="cp1256")
    shp = tmp_path / "out" / "agreed_zones.shp"
    assert shp.with_suffix(".cpg").read_text() == "CP1256"
    stored = dbf_names(shp.with_suffix(".dbf"))
    assert all(len(b) <= 10 for b in stored)
    names = [b.decode("cp1256") for b in stored]
    # One byte per Arabic letter in cp1256: ten of them fit (never a letter without its
    # vowel sign); Cyrillic does not exist there, so that name becomes "field".
    assert report.plan.field_names["agreed_zones.shp"] == {
        "المصدر_الأصلي": "المصدر_الأ", "مُحَافَظَةُ_المصدر": "مُحَافَظَ", "ИД": "field"}
    assert {"المصدر_الأ", "مُحَافَظَ", "field"} <= set(names)
    back = read_any(shp).all_features[0]
    for key, value in long_names.items():
        assert back.attributes[key] == value


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs gdal-bin")
def test_another_gdal_reads_the_exported_names(tmp_path):
    project = _project(**{"Сектор_наблюдения": "Север", "ИД": "101", "المصدر": "محلي"})
    export_versions(project, ["agreed"], "shp", tmp_path / "out")
    proc = subprocess.run(["ogrinfo", "-ro", "-so", "-al",
                           str(tmp_path / "out" / "agreed_zones.shp")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    for name in ("Секто", "ИД", "المصد"):
        assert f"\n{name}: String" in proc.stdout
