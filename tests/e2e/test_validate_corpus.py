"""``zoneeditor validate`` on every bad-input case: its exit status and message, no traceback.

Runs the real command in a subprocess, as a user would; cases run in parallel threads.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "data"))
import corpus

CASES = corpus.cases()


def _validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", "validate", str(path)],
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    large = corpus.large_folder(tmp_path_factory)
    runnable = [c for c in CASES if not corpus.needs_skip(c)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        done = pool.map(lambda c: _validate(corpus.file_of(c, large)), runnable)
        return {c["case"]: r for c, r in zip(runnable, done, strict=True)}


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_validate_gives_status_and_message(case, runs):
    if reason := corpus.needs_skip(case):
        pytest.skip(reason)
    proc = runs[case["case"]]
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    assert proc.returncode == case["exit"], out
    assert case["message"] in out
    if case["outcome"] == "unreadable":
        # One line on stderr naming the file, nothing on stdout.
        assert proc.stdout == ""
        assert len(proc.stderr.strip().splitlines()) == 1
        assert proc.stderr.startswith("zoneeditor: cannot read ")


def test_validate_json_for_a_foreign_file():
    import json

    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "validate", "--json",
                           str(corpus.BAD / "bowtie.geojson")], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["valid"] is False and doc["format"] == "GeoJSON"
    (problem,) = [p for p in doc["problems"] if p["code"] == "invalid-geometry"]
    assert problem["feature_id"] == "z-bowtie" and problem["lon"] is not None


def test_validate_with_a_choice_clears_the_problem():
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "validate", "--encoding", "utf-8",
                           str(corpus.BAD / "wrong_cpg" / "zones.shp")], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().endswith(": valid")
