"""Every bad-input case ends in success or its specific message through ``read_any``.

Never a crash or a traceback: the table is tests/data/bad/expected.json, written by
tests/data/make_bad_corpus.py. Cases run in parallel threads (each read is its own child
process), so the whole table takes a few seconds.
"""

from __future__ import annotations

import filecmp
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.io.exchange import read_any

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "data"))
import corpus

CASES = corpus.cases()


def _read(path: Path):
    try:
        return "ok", read_any(path)
    except ReadError as exc:
        return "unreadable", str(exc)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, tuple]:
    large = corpus.large_folder(tmp_path_factory)
    runnable = [c for c in CASES if not corpus.needs_skip(c)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = pool.map(lambda c: _read(corpus.file_of(c, large)), runnable)
        return {c["case"]: r for c, r in zip(runnable, results, strict=True)}


def test_corpus_is_big_enough():
    assert len(CASES) >= 30
    assert {c["outcome"] for c in CASES} == {"ok", "problems", "unreadable"}


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_case_gives_its_message(case, outcomes):
    if reason := corpus.needs_skip(case):
        pytest.skip(reason)
    kind, value = outcomes[case["case"]]
    if case["outcome"] == "unreadable":
        assert kind == "unreadable", f"expected a ReadError, got {value}"
        assert case["message"] in value
        return
    assert kind == "ok", f"unexpected ReadError: {value}"
    lines = [p.line() for p in value.problems]
    counted = [p.line() for p in value.problems if p.severity != "note"]
    if case["outcome"] == "problems":
        assert any(case["message"] in line for line in counted), lines
    else:
        assert not counted, counted
        if case["message"] != ": valid":
            assert any(case["message"] in line for line in lines), lines


def test_repair_is_offered_not_applied():
    result = read_any(corpus.BAD / "bowtie.geojson")
    (feature,) = result.all_features
    assert not feature.geometry.is_valid  # as read: nothing changed silently
    assert result.accepted(repair=False) == []
    (fixed,) = result.accepted(repair=True)
    assert fixed.id == "z-bowtie" and fixed.geometry.is_valid
    assert fixed.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert result.blocking(repair=True) == []


def test_unclosed_ring_repair_closes_it():
    result = read_any(corpus.BAD / "unclosed_ring.geojson")
    (problem,) = result.errors
    assert problem.where == (36.35, 35.75)
    assert "a ring is not closed" in problem.line() and "35.75000°N 36.35000°E" in problem.line()
    (fixed,) = result.accepted(repair=True)
    assert fixed.geometry.exterior.coords[0] == fixed.geometry.exterior.coords[-1]


def test_encoding_choice_fixes_garbled_text():
    shp = corpus.BAD / "wrong_cpg" / "zones.shp"
    garbled = read_any(shp)
    assert any(p.code == "mojibake" and "--encoding utf-8" in p.line() for p in garbled.errors)
    fixed = read_any(shp, encoding="utf-8")
    assert fixed.errors == []
    assert fixed.all_features[0].attributes["name_local"] == "إدلب"


def test_cp1256_guess_reads_arabic():
    result = read_any(corpus.BAD / "cp1256_no_cpg" / "zones.shp")
    assert result.encoding == "cp1256"
    assert result.all_features[0].attributes["name_local"] == "إدلب"


def test_assume_crs_reprojects_utm():
    result = read_any(corpus.BAD / "utm_no_prj" / "zones.shp", assume_crs="EPSG:32637")
    assert result.errors == []
    minx, _, _, maxy = result.all_features[0].geometry.bounds
    assert abs(minx - 36.35) < 1e-6 and abs(maxy - 36.15) < 1e-6


def test_swap_xy_puts_syria_back():
    result = read_any(corpus.BAD / "swapped_latlon.geojson", swap=True)
    assert result.errors == []
    idlib = next(f for f in result.all_features if f.id == "z-idlib")
    assert idlib.geometry.bounds == (36.35, 35.75, 36.95, 36.15)


def test_truncated_shapefile_reports_each_missing_geometry():
    result = read_any(corpus.BAD / "truncated_shp" / "zones.shp")
    missing = [p for p in result.problems if p.code == "no-geometry"]
    assert missing and len(missing) + len(result.all_features) == 5


def test_generator_is_deterministic(tmp_path):
    sys.path.insert(0, str(corpus.DATA))
    import make_bad_corpus

    try:
        make_bad_corpus.main(tmp_path)
    finally:
        make_bad_corpus.HERE = corpus.BAD
    committed = sorted(p.relative_to(corpus.BAD) for p in corpus.BAD.rglob("*") if p.is_file())
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert fresh == committed
    _, mismatch, errors = filecmp.cmpfiles(corpus.BAD, tmp_path, [str(p) for p in committed],
                                           shallow=False)
    assert mismatch == [] and errors == []
