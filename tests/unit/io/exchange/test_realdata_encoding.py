"""Shapefile text in any script (issue #12 item 2): valid UTF-8 is never called garbled, a
guess is made only when the file does not say, and only plausible encodings are suggested."""

from __future__ import annotations

import fiona
import pytest
import shapely
from fiona.crs import CRS
from shapely.geometry import mapping

from zoneeditor.io.exchange import read_any
from zoneeditor.io.exchange.textcodec import assess, guess, mojibake_fix

NAMES = {
    "hebrew": ["חיפה", "תל אביב-יפו", "באר שבע"],
    "syriac": ["ܐܘܪܗܝ", "ܢܨܝܒܝܢ", "ܡܪܕܝܢ"],
    "armenian": ["Երևան", "Գյումրի", "Վանաձոր"],
    "greek": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα"],
    "russian_tamil": ["Москва", "சென்னை", "Санкт-Петербург"],
    "arabic": ["إدلب", "حماة", "دير الزور"],
    "russian": ["Идлиб", "Хама", "Дейр-эз-Зор"],
    "french": ["Île-de-France", "Hôpital", "Pays de la Loire"],
}
CODE_PAGES = {"hebrew": "cp1255", "greek": "cp1253", "arabic": "cp1256", "russian": "cp1251",
              "french": "cp1252"}


def write(folder, names, encoding, cpg=True):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "places.shp"
    with fiona.open(path, "w", driver="ESRI Shapefile", encoding=encoding,
                    crs=CRS.from_epsg(4326),
                    schema={"geometry": "Point", "properties": {"name": "str:80"}}) as sink:
        for i, n in enumerate(names):
            sink.write({"geometry": mapping(shapely.Point(36 + i * 0.1, 35)),
                        "properties": {"name": n}})
    if cpg:
        path.with_suffix(".cpg").write_text("UTF-8" if encoding == "utf-8" else
                                            encoding.replace("cp", ""), "ascii")
    else:
        path.with_suffix(".cpg").unlink(missing_ok=True)
    return path


def names_of(result):
    return [f.name for f in result.all_features]


@pytest.mark.parametrize("script", list(NAMES))
@pytest.mark.parametrize("cpg", [True, False], ids=["with .cpg", "without .cpg"])
def test_utf8_in_any_script_reads_as_written_and_is_never_questioned(tmp_path, script, cpg):
    result = read_any(write(tmp_path / script, NAMES[script], "utf-8", cpg))
    assert names_of(result) == NAMES[script]
    assert result.encoding == "utf-8"
    counted = [p.line() for p in result.problems if p.severity != "note"]
    assert counted == []
    assert not any("cp12" in p.line() for p in result.problems)


@pytest.mark.parametrize("script", list(CODE_PAGES))
def test_a_code_page_without_cpg_is_guessed_and_said(tmp_path, script):
    page = CODE_PAGES[script]
    result = read_any(write(tmp_path / script, NAMES[script], page, cpg=False))
    assert result.encoding == page
    assert names_of(result) == NAMES[script]
    (note,) = [p for p in result.problems if p.code == "encoding-guessed"]
    assert f"{page} was used" in note.line() and "choose another with --encoding" in note.line()


@pytest.mark.parametrize("script", list(CODE_PAGES))
def test_a_code_page_named_by_its_cpg_is_used(tmp_path, script):
    page = CODE_PAGES[script]
    result = read_any(write(tmp_path / script, NAMES[script], page, cpg=True))
    assert names_of(result) == NAMES[script]
    assert [p for p in result.problems if p.severity == "error"] == []


def test_a_lying_cpg_gets_a_suggestion_that_reads_correctly(tmp_path):
    path = write(tmp_path / "lie", NAMES["arabic"], "utf-8", cpg=True)
    path.with_suffix(".cpg").write_text("1252", "ascii")
    result = read_any(path)
    (err,) = [p for p in result.errors if p.code == "mojibake"]
    assert "--encoding utf-8" in err.line()
    fixed = read_any(path, encoding=err.suggestion.split()[-1])
    assert names_of(fixed) == NAMES["arabic"]
    # cp1256 bytes under a .cpg saying UTF-8: cp1256 is suggested, and it reads as Arabic.
    path = write(tmp_path / "lie2", NAMES["arabic"], "cp1256", cpg=True)
    path.with_suffix(".cpg").write_text("UTF-8", "ascii")
    result = read_any(path)
    (err,) = [p for p in result.errors if p.code == "mojibake"]
    assert err.suggestion == "choose --encoding cp1256"
    assert names_of(read_any(path, encoding="cp1256")) == NAMES["arabic"]


def test_no_suggestion_is_ever_mojibake():
    # For every script and every wrong page, whatever is suggested reads as the original.
    for script, names in NAMES.items():
        raw = [n.encode("utf-8") for n in names]
        for wrong in ("cp1252", "cp1256", "cp1251", "latin-1"):
            fix = mojibake_fix(raw, wrong)
            if fix is not None:
                better, _, fixed = fix
                assert fixed in names, (script, wrong, better, fixed)
        assert mojibake_fix(raw, "utf-8") is None
        assert guess(raw)[0] == "utf-8"
    # Bytes no encoding reads cleanly get no suggestion at all.
    noise = [bytes(range(128, 256))]
    assert mojibake_fix(noise, "utf-8") is None
    enc, why = guess(noise)
    assert enc == "latin-1" and "no encoding reads the text cleanly" in why
    assert assess([b"plain"], "utf-8").plausible
