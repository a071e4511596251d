"""The sandboxed reader: a crash, hang or memory blow-up in the child is a message, not a crash."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.io import safezip
from zoneeditor.io.exchange import read_any
from zoneeditor.io.sandbox import FAULT_ENV, Limits, read_untrusted

GOOD = {"type": "FeatureCollection", "features": [{
    "type": "Feature", "properties": {"zid": "z1", "name": "إدلب"},
    "geometry": {"type": "Point", "coordinates": [36.63, 35.93]}}]}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.geojson"
    path.write_text(json.dumps(GOOD, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(("fault", "expected"), [
    ("abort", "crashed the file reader (SIGABRT, signal 6)"),
    ("segv", "crashed the file reader (SIGSEGV, signal 11)"),
])
def test_crash_in_the_reader_is_a_clear_message(good, monkeypatch, fault, expected):
    monkeypatch.setenv(FAULT_ENV, fault)
    with pytest.raises(ReadError) as err:
        read_any(good)
    assert expected in str(err.value)
    assert "the file may be damaged or hostile" in str(err.value)
    assert str(good) in str(err.value)
    # The caller carries on: the next read works.
    monkeypatch.delenv(FAULT_ENV)
    assert read_any(good).all_features[0].attributes["name"] == "إدلب"


def test_hang_is_stopped_at_the_time_limit(good, monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "hang")
    with pytest.raises(ReadError, match=r"took longer than 2 s and was stopped"):
        read_untrusted(good, limits=Limits(seconds=2))


def test_memory_blow_up_is_stopped_by_the_limit(good, monkeypatch):
    monkeypatch.setenv(FAULT_ENV, "memory")
    with pytest.raises(ReadError, match=r"more memory than the file reader may use \(1 GiB\)"):
        read_untrusted(good, limits=Limits(memory_bytes=1 << 30))


def test_child_answer_is_plain_data(good):
    raw = read_untrusted(good)
    rec = raw.layers[0].records[0]
    assert rec["geometry"].wkt == "POINT (36.63 35.93)"
    assert rec["props"] == {"zid": "z1", "name": "إدلب"}


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_safezip_extracts_inside_its_folder_only(tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    files = safezip.extract(_zip(tmp_path / "a.zip", {"d/x.txt": b"x", "y.txt": b"y"}), dest)
    assert sorted(p.relative_to(dest).as_posix() for p in files) == ["d/x.txt", "y.txt"]


@pytest.mark.parametrize(("name", "message"), [
    ("../evil.txt", "points outside its folder"),
    ("a/../../evil.txt", "points outside its folder"),
    ("/etc/evil.txt", "absolute path"),
    ("C:/evil.txt", "absolute path"),
])
def test_safezip_refuses_escaping_entries(tmp_path, name, message):
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(safezip.UnsafeZip, match=message):
        safezip.extract(_zip(tmp_path / "a.zip", {name: b"x"}), dest)
    assert not (tmp_path / "evil.txt").exists()


def test_safezip_limits(tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    many = _zip(tmp_path / "many.zip", {f"f{i}.txt": b"x" for i in range(20)})
    with pytest.raises(safezip.UnsafeZip, match="20 entries"):
        safezip.extract(many, dest, safezip.ZipLimits(max_entries=10))
    bomb = _zip(tmp_path / "bomb.zip", {"zeros.bin": b"\0" * (8 << 20)})
    with pytest.raises(safezip.UnsafeZip, match="zip bomb"):
        safezip.extract(bomb, dest)
    rng = random.Random(0)
    big = _zip(tmp_path / "big.zip", {f"r{i}.bin": rng.randbytes(1 << 20) for i in range(4)})
    with pytest.raises(safezip.UnsafeZip, match="more than 2 MiB"):
        safezip.extract(big, dest, safezip.ZipLimits(max_total=2 << 20))
