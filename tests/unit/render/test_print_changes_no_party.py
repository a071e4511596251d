"""A comparison with a side that gives no party: the printed sheet's Changes block and the
Changes panel's summary say, in one sentence, that the party figures are not computed,
instead of every zone passing to "no party" (``core.diff_report.parties_missing``)."""

from __future__ import annotations

from shapely import box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.naming import strip_bidi

SENTENCE = ("'names.kml' gives no party for any zone: party totals and land changing hands "
            "are not computed")


def _report():
    def zone(fid: str, name: str, x0: float, x1: float, party: str) -> Feature:
        return Feature(fid, LayerKind.ZONES, box(x0, 35, x1, 36), {"name": name, "party": party})

    agreed = Version("agreed", {"i": zone("i", "Idlib", 36, 37, "Opposition"),
                                "h": zone("h", "Hama", 37, 38, "Government")})
    # another source: its own ids, names only
    kml = Version("names.kml", {"k1": zone("k1", "Idlib", 36, 36.9, ""),
                                "k2": zone("k2", "Hama", 36.9, 38, "")})
    return diff_versions(agreed, kml)


def test_the_printed_changes_say_the_party_figures_are_not_computed():
    from zoneeditor.render.print_changes import change_lines

    rows = [strip_bidi(text) for text, *_ in change_lines(_report())]
    assert rows == ["2 modified, 0 added, 0 removed", SENTENCE.replace("'", "")]


def test_the_changes_panel_says_it_too():
    from zoneeditor.gui.diff_summary import summary_text

    text = strip_bidi(summary_text(_report()))
    assert "names.kml gives no party for any zone: party totals and land changing hands " \
           "are not computed" in text
    assert "no party" not in text.replace("gives no party for any zone", "")
    assert "passes" not in text and "Territory per party" not in text


def _report_without_kinds():
    def zone(fid: str, name: str, x0: float, x1: float, party: str, **more: str) -> Feature:
        return Feature(fid, LayerKind.ZONES, box(x0, 35, x1, 36),
                       {"name": name, "party": party, **more})

    agreed = Version("agreed", {"i": zone("i", "Idlib", 36, 37, "Opposition", kind="control"),
                                "b": zone("b", "Buffer", 37, 37.2, "Monitors", kind="buffer")})
    # another source: names and parties, no kind column
    shp = Version("theirs.shp", {"1": zone("1", "Idlib", 36, 37.1, "Opposition"),
                                 "2": zone("2", "Buffer", 37.1, 37.2, "Monitors")})
    return diff_versions(agreed, shp)


def test_the_printed_changes_say_a_side_gives_no_kinds_as_the_panel_does(qapp):
    """The figures below the sentence depend on it (a buffer zone stayed one): a sheet
    without it showed them unexplained."""
    from zoneeditor import i18n
    from zoneeditor.render.print_changes import change_lines

    rows = [strip_bidi(text) for text, *_ in change_lines(_report_without_kinds())]
    assert ("theirs.shp gives no kind for any feature: these are not counted as changes, "
            "and each zone keeps the kind of the zone it is paired with (a buffer zone stays "
            "one)") in rows
    try:
        i18n.install(qapp, "ru")
        russian = [strip_bidi(text) for text, *_ in change_lines(_report_without_kinds())]
    finally:
        i18n.install(qapp, "en")
    assert "theirs.shp не задаёт вид ни для одного объекта: это не считается изменениями, и " \
           "каждая зона сохраняет тип зоны, с которой она сопоставлена (буферная зона " \
           "остаётся буферной)" in russian


def test_the_printed_changes_count_dozens_of_columns_as_the_panel_does(qapp):
    """An OSM extract's thirty tag columns: the sheet names three and counts the rest, in
    the sheet's language and plural form, instead of a paragraph of column names."""
    from zoneeditor import i18n
    from zoneeditor.render.print_changes import change_lines

    def zone(fid: str, x1: float, **tags: str) -> Feature:
        return Feature(fid, LayerKind.ZONES, box(36, 35, x1, 36),
                       {"name": "Idlib", "party": "Opposition", **tags})

    osm = Version("osm", {"i": zone("i", 37.1, **{f"tag_{n:02d}": "x" for n in range(30)})})
    report = diff_versions(Version("agreed", {"i": zone("i", 37)}), osm)
    rows = {}
    try:
        for lang in ("en", "ru", "ar"):
            i18n.install(qapp, lang)
            rows[lang] = [strip_bidi(text) for text, *_ in change_lines(report)]
    finally:
        i18n.install(qapp, "en")
    assert ("agreed gives no tag_00, tag_01, tag_02 and 27 more columns for any feature: "
            "these are not counted as changes") in rows["en"]
    assert "agreed не задаёт tag_00, tag_01, tag_02 и ещё 27 столбцов ни для одного " \
           "объекта: это не считается изменениями" in rows["ru"]
    assert "لا يعطي agreed قيمة tag_00، tag_01، tag_02 و27 عمودًا آخر لأي عنصر: لا تُعدّ " \
           "هذه تغييرات" in rows["ar"]
