"""A diff of many features grows with their number, not with its square.

An outside tester compared the sample's agreed baseline with a file of 300,000 tiny squares
(each with a party): it ran for 17 minutes. The checks here count operations, never time:
each would count a number of the order of the features' square with the code it guards
against.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from conftest import zone
from shapely import box

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_parties import FeatureInput, party_transfers
from zoneeditor.core.model import AGREED, Version

#: Features in the scaling checks: their square (22,500) is far above any linear count.
N = 150


def squares(n: int, prefix: str = "s", **attrs: str) -> list:
    """``n`` disjoint squares of 0.001° in a row, alternately of parties A and B."""
    return [zone(f"{prefix}{i}", box(36 + 0.01 * i, 35, 36.001 + 0.01 * i, 35.001),
                 party="AB"[i % 2], name=f"Square {i}", **attrs)
            for i in range(n)]


@pytest.fixture
def intersects_tests(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pairs ``shapely.intersects`` is asked about (one per element)."""
    asked: list[int] = []
    real = shapely.intersects

    def counting(a, b, **kwargs):
        asked.append(int(np.broadcast(np.asarray(a, dtype=object),
                                      np.asarray(b, dtype=object)).size))
        return real(a, b, **kwargs)

    monkeypatch.setattr(shapely, "intersects", counting)
    return asked


def test_transfers_ask_each_face_only_about_the_zones_at_it(intersects_tests):
    # every added zone is an event and a face of the overlay: each face used to ask every
    # event whether it holds the face's point (N × N tests)
    added = squares(N)
    items = [FeatureInput(Delta(None, f), shapely.Polygon(), shapely.Polygon(), True,
                          0.0, 0.0) for f in added]
    transfers = party_transfers(items)
    assert {(t.frm, t.to) for t in transfers} == {(None, "A"), (None, "B")}
    assert sum(len(t.pieces) for t in transfers) == N
    assert sum(intersects_tests) <= 4 * N


def test_a_file_of_many_squares_against_a_baseline_keeps_its_transfers():
    base = zone("big", box(35.9, 34.9, 38, 35.2), party="C")
    new = Version("P", {f.id: f for f in squares(40)})
    r = diff_versions(Version(AGREED, {"big": base}), new)
    pairs = {(t.frm, t.to): t for t in r.transfers}
    # the squares lie inside C's old zone: C's land passes to A and B, the rest to no one
    assert set(pairs) == {("C", "A"), ("C", "B"), ("C", None)}
    assert len(pairs["C", "A"].pieces) == len(pairs["C", "B"].pieces) == 20


class _Counted(tuple):
    """A tuple that counts how often it is gone through."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_writers_find_a_feature_and_its_regions_without_going_through_all(monkeypatch):
    from dataclasses import replace

    from zoneeditor.core.diff_report import summary_text

    # N zones each grown by ~1 km² (so each sentence names where it gained land)
    old = [zone(f"z{i}", box(36 + 0.1 * i, 35, 36.05 + 0.1 * i, 35.05), party="A")
           for i in range(N)]
    new = [zone(f.id, box(36 + 0.1 * i, 35, 36.06 + 0.1 * i, 35.05), party="A")
           for i, f in enumerate(old)]
    r = diff_versions(Version(AGREED, {f.id: f for f in old}),
                      Version("P", {f.id: f for f in new}))
    assert len(r.regions) == N
    monkeypatch.setattr(_Counted, "walks", 0)
    counted = replace(r, features=_Counted(r.features), regions=_Counted(r.regions),
                      digests=("0" * 64, "1" * 64))
    text = summary_text(counted)
    assert text.count("gained 5.1 km² (at 35.0") == N
    rows = [counted.feature(reg.feature_id).name for reg in counted.regions]
    assert len(rows) == N
    assert _Counted.walks <= 20


def test_a_version_beyond_the_limit_is_refused_in_one_sentence_naming_it(monkeypatch):
    from zoneeditor.core import diff_limits
    from zoneeditor.core.diff_limits import TooManyFeatures

    monkeypatch.setattr(diff_limits, "MAX_FEATURES", 30)
    old = Version(AGREED, {f.id: f for f in squares(3)})
    big = Version("tiny.geojson", {f.id: f for f in squares(31, "t")})
    with pytest.raises(TooManyFeatures) as refused:
        diff_versions(old, big)
    assert str(refused.value) == ("tiny.geojson has 31 features: a comparison takes at most "
                                  "30 in each version")
    assert refused.value.message.template.startswith("%1 has %n feature(s)")
    with pytest.raises(TooManyFeatures):
        diff_versions(big, old)
    # at the limit it is compared
    at = Version("tiny.geojson", {f.id: f for f in squares(30, "t")})
    assert len(diff_versions(old, at).features) == 30  # three paired by name
    # the figures read grouped, as every count and figure does (core.figures)
    wide = Version("wide.geojson", {f.id: f for f in squares(1234, "t")})
    assert str(diff_limits.too_many(old, wide, limit=1000)) == (
        "wide.geojson has 1,234 features: a comparison takes at most 1,000 in each version")


def test_a_large_comparison_is_announced(monkeypatch):
    from zoneeditor.core import diff_limits

    monkeypatch.setattr(diff_limits, "LARGE_FEATURES", 20)
    small = Version(AGREED, {f.id: f for f in squares(20)})
    large = Version("tiny.geojson", {f.id: f for f in squares(21, "t")})
    assert diff_limits.large_note(small, small) is None
    assert diff_limits.large_note(small, large) == ("tiny.geojson has 21 features: comparing "
                                                    "them may take minutes")
