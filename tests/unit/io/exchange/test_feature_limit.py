"""A reading's feature limit (``ReadOptions.max_features``; a comparison's
``core.diff_limits.MAX_FEATURES``): a file with more features is refused as soon as the
reader knows, never after it has read the whole file.

Each reader is read here in this process (``read_raw``), so that what it pulled can be
counted: GDAL's records through a counting ``fiona.open``, geometries built through a
counting builder. A file at exactly the limit still reads. The sandboxed child carries the
refusal across as ``core.errors.TooManyInFile``.
"""

from __future__ import annotations

import fiona
import pytest
from support import many_features
from support.many_features import CountingSource, truncate_shp

from zoneeditor.core.errors import ReadError, TooManyInFile
from zoneeditor.io import sandbox
from zoneeditor.io.exchange import geojson_reader, kml
from zoneeditor.io.exchange.feature_limit import TooManyFeatures
from zoneeditor.io.exchange.read_terms import ReadOptions
from zoneeditor.io.exchange.readers import read_raw

LIMIT = 30


def _count(result) -> int:
    return sum(len(layer.records) for layer in result.layers)


def _counting(monkeypatch) -> CountingSource:
    """``fiona.open`` replaced by one that counts the records the readers pull (once the
    test's file is written)."""
    source = CountingSource(fiona.open)
    monkeypatch.setattr(fiona, "open", source)
    return source


@pytest.mark.parametrize("fmt", many_features.FORMATS)
def test_a_file_at_the_limit_reads_and_one_more_is_refused(tmp_path, fmt):
    at = many_features.write(tmp_path / "at", fmt, LIMIT)
    assert _count(read_raw(at, ReadOptions(max_features=LIMIT))) == LIMIT
    over = many_features.write(tmp_path / "over", fmt, LIMIT + 1)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(over, ReadOptions(max_features=LIMIT))
    assert caught.value.limit == LIMIT
    # the file's own count where it proves it; a zip's members are counted as they come
    assert caught.value.count == (None if fmt == "zip" else LIMIT + 1)
    # without a limit (import, validate) nothing changes
    assert _count(read_raw(over)) == LIMIT + 1


def test_a_geojson_file_over_the_limit_builds_no_geometry(tmp_path, monkeypatch):
    built = []
    real = geojson_reader.build
    monkeypatch.setattr(geojson_reader, "build", lambda g, n: built.append(1) or real(g, n))
    path = many_features.write(tmp_path, "geojson", 500)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT))
    assert caught.value.count == 500 and built == []
    assert str(caught.value.reason) == "it has 500 features; at most 30 can be read here"


def test_a_kml_file_over_the_limit_builds_no_geometry(tmp_path, monkeypatch):
    built = []
    real = kml._to_geometry
    monkeypatch.setattr(kml, "_to_geometry", lambda el: built.append(1) or real(el))
    path = many_features.write(tmp_path, "kml", 500)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT))
    assert caught.value.count == 500 and built == []


@pytest.mark.parametrize("fmt", ["shp", "gpkg"])
def test_a_file_that_proves_its_count_is_refused_before_a_record_is_read(tmp_path, monkeypatch,
                                                                         fmt):
    path = many_features.write(tmp_path, fmt, 500)
    counting = _counting(monkeypatch)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT))
    assert caught.value.count == 500
    assert counting.pulled == 0


def test_a_truncated_shapefile_is_counted_as_read_and_stops_at_one_too_many(tmp_path,
                                                                          monkeypatch):
    # its header declares 500 shapes, the .shp holds 40: the counts cannot be trusted, so
    # nothing is refused on their word, and reading stops at the 31st feature
    path = truncate_shp(many_features.write(tmp_path, "shp", 500), 40)
    counting = _counting(monkeypatch)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT))
    assert caught.value.count is None
    assert str(caught.value.reason) == "it has more than 30 features; at most 30 can be read here"
    assert counting.pulled == LIMIT + 1
    # under the limit it is read as before: the features past the cut have no geometry
    result = read_raw(path, ReadOptions(max_features=500))
    assert _count(result) == 500
    assert any(n["code"] == "truncated" for n in result.notes)


def test_a_shapefile_whose_dbf_claims_more_rows_than_it_holds_is_not_refused_on_its_word(
        tmp_path, monkeypatch):
    path = many_features.write(tmp_path, "shp", 10)
    dbf = path.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    data[4:8] = (1_000_000).to_bytes(4, "little")  # a header that lies
    dbf.write_bytes(bytes(data))
    counting = _counting(monkeypatch)
    result = read_raw(path, ReadOptions(max_features=LIMIT))
    assert _count(result) == counting.pulled == 10  # GDAL reads the 10 shapes there are
    assert [n["code"] for n in result.notes] == ["count-mismatch"]  # as without a limit


def test_the_records_a_dbf_marks_deleted_are_not_counted(tmp_path, monkeypatch):
    # GDAL skips a record whose first byte is "*": 31 records, one deleted, are 30 features
    path = many_features.write(tmp_path, "shp", LIMIT + 1)
    dbf = path.with_suffix(".dbf")
    data = bytearray(dbf.read_bytes())
    header, width = int.from_bytes(data[8:10], "little"), int.from_bytes(data[10:12], "little")
    data[header + 7 * width] = ord("*")
    dbf.write_bytes(bytes(data))
    assert _count(read_raw(path, ReadOptions(max_features=LIMIT))) == LIMIT
    data[header + 8 * width] = ord("*")  # with one more deleted, a limit of 28 says 29
    dbf.write_bytes(bytes(data))
    counting = _counting(monkeypatch)
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT - 2))
    assert caught.value.count == LIMIT - 1 and counting.pulled == 0


def test_the_members_of_a_zip_share_one_limit(tmp_path):
    path = many_features.write(tmp_path, "zip", 40)  # 20 and 20
    with pytest.raises(TooManyFeatures) as caught:
        read_raw(path, ReadOptions(max_features=LIMIT))
    assert (caught.value.limit, caught.value.count) == (LIMIT, None)
    assert _count(read_raw(path, ReadOptions(max_features=40))) == 40


def test_the_sandboxed_child_answers_with_the_limit_and_the_count(tmp_path):
    path = many_features.write(tmp_path, "geojson", LIMIT + 1)
    with pytest.raises(TooManyInFile) as caught:
        sandbox.read_untrusted(path, ReadOptions(max_features=LIMIT))
    assert (caught.value.limit, caught.value.count) == (LIMIT, LIMIT + 1)
    assert str(caught.value) == (f"cannot read {path}: it has 31 features; at most 30 can be "
                                 "read here")
    with pytest.raises(TooManyInFile) as caught:  # in this process (own exports) alike
        sandbox.read_trusted(path, ReadOptions(max_features=LIMIT))
    assert (caught.value.limit, caught.value.count) == (LIMIT, LIMIT + 1)


@pytest.mark.parametrize("value", [None, "30", {"limit": "30"}, {"limit": -1},
                                   {"limit": 30, "count": "many"}, {"limit": True}])
def test_a_damaged_refusal_from_the_child_is_a_plain_read_error(tmp_path, value):
    request = sandbox.Request(tmp_path / "x.geojson")
    payload = {"ok": False, "reason": "too many", "too_many": value}
    error = sandbox._decode(request, (payload, b""), sandbox.Limits())
    assert type(error) is ReadError
