"""GeoJSON and KML that are not UTF-8 (written by Windows tools in their code page) import
with the encoding the user chooses, and without a choice say which encoding they read in.

The files are real: the text a Windows tool would save, encoded in Windows-1256 with Arabic
names, read as the import dialog reads them (``read_any``: in the sandboxed child).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.io.exchange import read_any

#: Names as delegations write them: hamza, ta marbuta, lam-alef, spaces, Latin beside Arabic.
NAMES = ["إدلب", "ريف حماة الشمالي", "الغوطة الشرقية", "منطقة خفض التصعيد", "جسر الشغور",
         "السلام"]


def _collection() -> dict:
    features = []
    for i, name in enumerate(NAMES):
        x, y = 36.0 + i * 0.2, 35.0 + i * 0.1
        ring = [[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]
        features.append({"type": "Feature", "id": f"z-{i}",
                         "properties": {"name": f"Zone {i}", "name_local": name,
                                        "notes": f"{name} — مقترح"},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return {"type": "FeatureCollection", "features": features}


def _geojson(path: Path, encoding: str) -> Path:
    path.write_bytes(json.dumps(_collection(), ensure_ascii=False, indent=1).encode(encoding))
    return path


def _kml_text(declaration: str = "") -> str:
    marks = "".join(
        f"<Placemark><name>{name}</name><ExtendedData><Data name=\"zid\"><value>z-{i}</value>"
        f"</Data></ExtendedData><Point><coordinates>{36 + i * 0.2},{35 + i * 0.1}"
        f"</coordinates></Point></Placemark>" for i, name in enumerate(NAMES))
    return (f"{declaration}<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>{marks}"
            "</Document></kml>")


def _names(result) -> list[str]:
    return [f.attributes.get("name_local") or f.name for f in result.all_features]


def test_a_windows_1256_geojson_imports_with_the_chosen_encoding(tmp_path):
    path = _geojson(tmp_path / "zones.geojson", "cp1256")
    result = read_any(path, encoding="cp1256")
    assert result.errors == [] and result.blocking() == []
    assert result.encoding == "cp1256"
    assert _names(result) == NAMES
    assert [f.attributes["notes"] for f in result.all_features] == [f"{n} — مقترح"
                                                                     for n in NAMES]
    assert not [p for p in result.problems if p.severity == "warning"]


def test_without_a_choice_it_says_which_encoding_and_waits_for_it(tmp_path):
    path = _geojson(tmp_path / "zones.geojson", "cp1256")
    result = read_any(path)
    (problem,) = result.errors
    assert problem.code == "not-utf8"
    line = problem.line()
    assert "the text is not UTF-8, as GeoJSON requires" in line
    assert "it reads as Arabic in cp1256" in line and "(choose --encoding cp1256)" in line
    assert result.blocking(repair=True) == [problem]  # nothing is imported on a guess
    assert _names(result) == NAMES  # read with the guess, so the dialog can show the names


def test_utf8_text_read_as_windows_1256_is_called_garbled(tmp_path):
    path = _geojson(tmp_path / "zones.geojson", "utf-8")
    result = read_any(path, encoding="cp1256")
    (garbled,) = [p for p in result.problems if p.code == "mojibake"]
    assert garbled.severity == "warning" and "(choose --encoding utf-8)" in garbled.line()
    assert read_any(path).problems == [p for p in read_any(path).problems
                                       if p.code == "schema"]  # UTF-8: nothing to say


def test_a_choice_the_bytes_do_not_decode_with_is_an_error(tmp_path):
    path = _geojson(tmp_path / "zones.geojson", "cp1256")
    result = read_any(path, encoding="utf-8")
    (problem,) = result.errors
    assert problem.code == "encoding-unreadable"
    assert "does not decode as utf-8, as you chose" in problem.line()
    assert "(choose --encoding cp1256)" in problem.line()


def test_an_unknown_encoding_is_refused_in_one_sentence(tmp_path):
    path = _geojson(tmp_path / "zones.geojson", "cp1256")
    with pytest.raises(ReadError) as caught:
        read_any(path, encoding="klingon-8")
    assert "unknown encoding 'klingon-8'" in str(caught.value)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "notepad.geojson"  # Notepad's "Unicode"
    path.write_bytes(json.dumps(_collection(), ensure_ascii=False).encode("utf-16"))
    result = read_any(path)
    assert result.errors == [] and _names(result) == NAMES
    assert any(p.code == "utf-16" and p.severity == "note" for p in result.problems)


def test_a_windows_1256_kml_without_a_declaration(tmp_path):
    path = tmp_path / "zones.kml"
    path.write_bytes(_kml_text().encode("cp1256"))
    guessed = read_any(path)
    (problem,) = guessed.errors
    assert problem.code == "not-utf8" and "as KML requires" in problem.line()
    assert "(choose --encoding cp1256)" in problem.line()
    chosen = read_any(path, encoding="cp1256")
    assert chosen.errors == [] and chosen.encoding == "cp1256"
    assert _names(chosen) == NAMES


def test_a_kml_declaring_its_encoding_needs_no_choice_and_its_declaration_wins(tmp_path):
    path = tmp_path / "zones.kml"
    path.write_bytes(_kml_text('<?xml version="1.0" encoding="windows-1256"?>\n')
                     .encode("cp1256"))
    result = read_any(path)
    assert result.errors == [] and _names(result) == NAMES and result.encoding == "cp1256"
    utf8 = tmp_path / "utf8.kml"
    utf8.write_bytes(_kml_text('<?xml version="1.0" encoding="UTF-8"?>\n').encode("utf-8"))
    result = read_any(utf8, encoding="cp1256")  # the choice does not override the file
    assert _names(result) == NAMES and result.errors == []
    (note,) = [p for p in result.problems if p.code == "encoding-declared"]
    assert "the file says its text is UTF-8, so the encoding you chose (cp1256) was not used" \
        in note.line()


def test_a_kml_whose_declaration_the_bytes_contradict(tmp_path):
    path = tmp_path / "notepad.kml"  # declared UTF-8, saved as "ANSI" on an Arabic Windows
    path.write_bytes(_kml_text('<?xml version="1.0" encoding="UTF-8"?>\n').encode("cp1256"))
    result = read_any(path)
    (problem,) = result.errors
    assert "its XML declaration says the text is UTF-8, but it is not" in problem.line()
    assert "(choose --encoding cp1256)" in problem.line()
    chosen = read_any(path, encoding="cp1256")
    assert chosen.errors == [] and _names(chosen) == NAMES
    assert any(p.code == "declaration-overridden" and p.severity == "warning"
               for p in chosen.problems)


def test_a_kmz_holding_a_windows_1256_kml(tmp_path):
    path = tmp_path / "zones.kmz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("doc.kml", _kml_text().encode("cp1256"))
    assert [p.code for p in read_any(path).errors] == ["not-utf8"]
    assert _names(read_any(path, encoding="cp1256")) == NAMES


def test_text_no_code_page_reads_waits_for_a_choice_and_latin1_takes_it_as_it_is(tmp_path):
    path = tmp_path / "odd.geojson"
    raw = json.dumps(_collection()).encode("ascii").replace(b'"Zone 0"', b'"Z\x81\x8d\x9d"')
    path.write_bytes(raw)
    result = read_any(path)
    (problem,) = result.errors
    assert "no encoding zoneeditor knows reads it as words" in problem.line()
    assert "--encoding" in problem.line()
    assert read_any(path, encoding="latin-1").errors == []  # an explicit choice is taken


def test_a_cpg_naming_an_unknown_encoding_is_one_sentence_with_the_guess(tmp_path):
    import fiona
    from shapely.geometry import Point, mapping

    shp = tmp_path / "posts.shp"
    with fiona.open(shp, "w", driver="ESRI Shapefile", encoding="cp1256", crs="EPSG:4326",
                    schema={"geometry": "Point", "properties": {"name": "str"}}) as sink:
        for i, name in enumerate(NAMES):
            sink.write({"geometry": mapping(Point(36 + i * 0.1, 35)),
                        "properties": {"name": name}})
    (tmp_path / "posts.cpg").write_text("XYZ-999")
    result = read_any(shp)
    said = [p.message for p in result.problems if "encod" in p.message]
    assert said == ["the .cpg names an unknown encoding ('XYZ-999'); cp1256 was used "
                    "(the text reads as Arabic in cp1256)"]
    assert [f.name for f in result.all_features] == NAMES
