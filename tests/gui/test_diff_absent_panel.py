"""The Changes panel says, as the command does, when a file lacks a column (core.diff_absent)."""

from __future__ import annotations

from shapely import box

from zoneeditor import i18n
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.gui.diff_summary import summary_text


def _zone(fid: str, geometry, name: str, **more: str) -> Feature:
    return Feature(fid, LayerKind.ZONES, geometry, {"name": name, "party": "Monitors", **more})


def test_the_summary_says_the_kinds_were_carried_over(qapp):
    agreed = Version("agreed", {"b": _zone("b", box(37, 36, 37.2, 36.2), "Buffer",
                                          kind="buffer")})
    theirs = Version("theirs.shp", {"1": _zone("1", box(37, 36, 37.25, 36.2), "Buffer")})
    report = diff_versions(agreed, theirs)
    text = summary_text(report)
    assert "'theirs.shp' gives no kind for any feature" in text
    assert "a buffer zone stays one" in text
    try:
        i18n.install(qapp, "ru")
        russian = summary_text(report)
    finally:
        i18n.install(qapp, "en")
    assert "буферная зона остаётся буферной" in russian
