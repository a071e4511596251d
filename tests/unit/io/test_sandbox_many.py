"""Several files in one sandbox child (issue #19.3): each answered, one bad file blamed alone."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError
from zoneeditor.core.model import Project
from zoneeditor.io.exchange.readers import RawRead
from zoneeditor.io.sandbox import FAULT_ENV, Limits, Request, read_many


def _geojson(path: Path, name: str) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": name},
        "geometry": {"type": "Point", "coordinates": [36.63, 35.93]}}]}, ensure_ascii=False),
        encoding="utf-8")
    return path


@pytest.fixture
def children(monkeypatch) -> list[list[str]]:
    """The reader children started (their command lines), by watching Popen."""
    started: list[list[str]] = []
    real = subprocess.Popen

    def popen(cmd, *args, **kwargs):
        started.append(list(cmd))
        return real(cmd, *args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", popen)
    return started


def _name(raw: RawRead) -> str:
    return raw.layers[0].records[0]["props"]["name"]


def test_several_files_and_a_project_in_one_child(tmp_path, sample_copy, children):
    a, b = _geojson(tmp_path / "a.geojson", "إدلب"), _geojson(tmp_path / "b.geojson", "Hama")
    answers = read_many([Request(a), Request(b), Request(sample_copy, "project")])
    assert len(children) == 1
    assert [_name(answers[0]), _name(answers[1])] == ["إدلب", "Hama"]
    assert isinstance(answers[2], Project) and "Proposal B" in answers[2].versions


def test_a_crashing_file_is_blamed_alone_and_the_others_are_read(tmp_path, monkeypatch,
                                                                 children):
    good1 = _geojson(tmp_path / "good1.geojson", "A")
    bad = _geojson(tmp_path / "bad.geojson", "B")
    good2 = _geojson(tmp_path / "good2.geojson", "C")
    monkeypatch.setenv(FAULT_ENV, "segv:bad")
    answers = read_many([Request(good1), Request(bad), Request(good2)])
    assert _name(answers[0]) == "A" and _name(answers[2]) == "C"
    assert isinstance(answers[1], ReadError) and answers[1].path == str(bad)
    assert "crashed the file reader (SIGSEGV, signal 11)" in str(answers[1])
    assert len(children) == 2  # the files after the crash were read in a fresh child


def test_each_file_has_its_own_time_limit(tmp_path, monkeypatch):
    slow = _geojson(tmp_path / "slow.geojson", "A")
    fine = _geojson(tmp_path / "fine.geojson", "B")
    monkeypatch.setenv(FAULT_ENV, "hang:slow")
    answers = read_many([Request(fine), Request(slow), Request(fine)], Limits(seconds=3))
    assert _name(answers[0]) == "B" and _name(answers[2]) == "B"
    assert isinstance(answers[1], ReadError)
    assert "took longer than 3 s and was stopped" in str(answers[1])


def test_a_file_that_cannot_be_read_does_not_stop_the_others(tmp_path):
    broken = tmp_path / "broken.geojson"
    broken.write_text("{ not json", encoding="utf-8")
    good = _geojson(tmp_path / "good.geojson", "A")
    answers = read_many([Request(broken), Request(good)])
    assert isinstance(answers[0], ReadError) and answers[0].path == str(broken)
    assert _name(answers[1]) == "A"


@pytest.fixture
def two_lanes(monkeypatch):
    """Any two files or more are split between two children (as large files are)."""
    from zoneeditor.io import sandbox

    monkeypatch.setattr(sandbox, "TWO_LANES_MIN_BYTES", 0)
    monkeypatch.setattr(sandbox.os, "cpu_count", lambda: 2)


def test_large_files_are_read_by_two_children_at_once(tmp_path, two_lanes, children):
    names = ["A", "إدلب", "C", "Hama", "E"]
    files = [_geojson(tmp_path / f"f{i}.geojson", n) for i, n in enumerate(names)]
    answers = read_many([Request(f) for f in files])
    assert len(children) == 2
    assert [_name(a) for a in answers] == names  # in the order asked, whoever read them


def test_with_two_lanes_a_crash_or_a_hang_is_blamed_alone(tmp_path, monkeypatch, two_lanes,
                                                          children):
    good = [_geojson(tmp_path / f"good{i}.geojson", f"G{i}") for i in range(3)]
    bad = _geojson(tmp_path / "bad.geojson", "B")
    slow = _geojson(tmp_path / "slow.geojson", "S")
    monkeypatch.setenv(FAULT_ENV, "segv:bad")
    answers = read_many([Request(good[0]), Request(bad), Request(good[1]), Request(good[2])])
    assert [_name(answers[i]) for i in (0, 2, 3)] == ["G0", "G1", "G2"]
    assert isinstance(answers[1], ReadError) and answers[1].path == str(bad)
    assert "crashed the file reader (SIGSEGV, signal 11)" in str(answers[1])
    monkeypatch.setenv(FAULT_ENV, "hang:slow")
    answers = read_many([Request(slow), Request(good[0]), Request(good[1])], Limits(seconds=3))
    assert isinstance(answers[0], ReadError)
    assert "took longer than 3 s and was stopped" in str(answers[0])
    assert [_name(answers[i]) for i in (1, 2)] == ["G0", "G1"]


def test_with_two_lanes_each_hang_is_stopped_at_its_own_limit(tmp_path, monkeypatch,
                                                             two_lanes, children):
    """A file hanging in each lane: both stopped about the limit after they started, not
    one limit after the other (the lanes are followed at the same time)."""
    slow = [_geojson(tmp_path / f"slow{i}.geojson", f"S{i}") for i in range(2)]
    monkeypatch.setenv(FAULT_ENV, "hang:slow")
    start = time.monotonic()
    answers = read_many([Request(f) for f in slow], Limits(seconds=3))
    took = time.monotonic() - start
    assert len(children) == 2
    assert all(isinstance(a, ReadError) and "took longer than 3 s" in str(a) for a in answers)
    # one after the other would take two limits (6 s) and more; margin for slow starts
    assert took < 5.5, f"the two hangs took {took:.1f} s to stop"


def test_a_failing_lane_stops_the_other_lane_at_once(tmp_path, monkeypatch, two_lanes):
    """The first lane fails (here its answer cannot be decoded; an interrupt is the same):
    the second lane's hanging child is stopped at once, not after its time limits, and no
    child or folder is left behind."""
    from zoneeditor.io import sandbox

    boom = _geojson(tmp_path / "boom.geojson", "B" * 20_000)  # the largest: the first lane
    slow = [_geojson(tmp_path / f"slow{i}.geojson", f"S{i}") for i in range(2)]
    started: list[subprocess.Popen] = []
    real_popen, real_decode = subprocess.Popen, sandbox._decode

    def popen(cmd, *args, **kwargs):
        started.append(real_popen(cmd, *args, **kwargs))
        return started[-1]

    def decode(request, answer, limits):
        if request.path == boom:
            raise RuntimeError("cannot decode")
        return real_decode(request, answer, limits)

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(sandbox, "_decode", decode)
    monkeypatch.setenv(FAULT_ENV, "hang:slow")
    assert sandbox._lanes([Request(boom), *map(Request, slow)]) == [[0], [1, 2]]
    start = time.monotonic()
    with pytest.raises(RuntimeError, match="cannot decode"):
        read_many([Request(boom), *map(Request, slow)], Limits(seconds=5))
    took = time.monotonic() - start
    assert took < 4.5, f"the failure waited {took:.1f} s for the other lane"  # was 10 s+
    assert len(started) == 2 and all(proc.poll() is not None for proc in started)
    assert not any(Path(proc.args[-1]).exists() for proc in started)  # their folders


def test_the_lanes_share_the_bytes_and_small_reads_keep_one_child(tmp_path, monkeypatch):
    from zoneeditor.io import sandbox

    monkeypatch.setattr(sandbox.os, "cpu_count", lambda: 2)
    sizes = [5, 1, 3, 3, 0]
    files = []
    for i, size in enumerate(sizes):
        f = tmp_path / f"f{i}.bin"
        f.write_bytes(b"x" * size * 1000)
        files.append(Request(f))
    monkeypatch.setattr(sandbox, "TWO_LANES_MIN_BYTES", 0)
    lanes = sandbox._lanes(files)
    assert sorted(i for lane in lanes for i in lane) == [0, 1, 2, 3, 4]
    assert [sum(sizes[i] for i in lane) for lane in lanes] == [6, 6]
    monkeypatch.setattr(sandbox, "TWO_LANES_MIN_BYTES", 13_000)  # more than the files
    assert sandbox._lanes(files) == [[0, 1, 2, 3, 4]]
    monkeypatch.setattr(sandbox.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(sandbox, "TWO_LANES_MIN_BYTES", 0)
    assert sandbox._lanes(files) == [[0, 1, 2, 3, 4]]
