"""The Changes panel says, as the command does, when a file lacks a column (core.diff_absent)."""

from __future__ import annotations

from shapely import box

from zoneeditor import i18n
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.diff_summary import summary_text


def _zone(fid: str, geometry, name: str, **more: str) -> Feature:
    return Feature(fid, LayerKind.ZONES, geometry, {"name": name, "party": "Monitors", **more})


def test_the_summary_says_the_kinds_were_carried_over(qapp):
    agreed = Version("agreed", {"b": _zone("b", box(37, 36, 37.2, 36.2), "Buffer",
                                          kind="buffer")})
    theirs = Version("theirs.shp", {"1": _zone("1", box(37, 36, 37.25, 36.2), "Buffer")})
    report = diff_versions(agreed, theirs)
    text = strip_bidi(summary_text(report))  # names isolated as in every language
    assert "'theirs.shp' gives no kind for any feature" in text
    assert "a buffer zone stays one" in text
    try:
        i18n.install(qapp, "ru")
        russian = summary_text(report)
    finally:
        i18n.install(qapp, "en")
    assert "буферная зона остаётся буферной" in russian


def test_dozens_of_columns_are_named_by_three_and_counted(qapp):
    # an OSM extract's thirty tag columns on every zone, none in the agreed lines: three
    # are named, the rest counted with the plural form of each language
    tags = {f"tag_{n:02d}": "x" for n in range(30)}
    agreed = Version("agreed", {"b": _zone("b", box(37, 36, 37.2, 36.2), "Buffer",
                                          kind="buffer")})
    osm = Version("osm.geojson", {"b": _zone("b", box(37, 36, 37.25, 36.2), "Buffer",
                                            kind="buffer", **tags)})
    report = diff_versions(agreed, osm)
    texts = {}
    try:
        for lang in ("ru", "ar", "en"):
            i18n.install(qapp, lang)
            texts[lang] = strip_bidi(summary_text(report))
    finally:
        i18n.install(qapp, "en")
    assert ("'agreed' gives no tag_00, tag_01, tag_02 and 27 more columns for any feature: "
            "these are not counted as changes") in texts["en"]
    assert "tag_03" not in texts["en"]
    assert "'agreed' не задаёт tag_00, tag_01, tag_02 и ещё 27 столбцов ни для" in texts["ru"]
    assert "قيمة tag_00، tag_01، tag_02 و27 عمودًا آخر لأي عنصر" in texts["ar"]  # Arabic comma
