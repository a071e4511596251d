"""The command line's texts name our attributes as the window does (an outside tester read
"theirs changed its name_ru and notes", "changed REMARK, name_local, name_ru, status" and
"name_ru 'Восточная Гута' has characters…"): "name (Russian)", "local name", "buffer width
on the left"; another tool's column ("REMARK") by its own name. The machine formats (JSON,
CSV) keep the keys."""

from __future__ import annotations

from conftest import point, zone
from shapely import Point, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import csv_rows, report_to_dict, summary_text
from zoneeditor.core.merge import merge
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Version
from zoneeditor.io.exchange.shapefile import check_encodable


def v(name, *features):
    return Version(name, {f.id: f for f in features})


def test_a_merge_names_the_attributes_a_side_changed_as_the_window_does():
    post = point("p", Point(36.4, 34.9), name="Checkpoint Rastan", name_ru="КПП", notes="")
    theirs = post.with_attributes(name_ru="КПП Растан", notes="moved north")
    (gone,) = merge(v("v", post), v("v"), v("v", theirs)).conflicts
    assert str(gone.description) == ("Ours deleted Checkpoint Rastan; theirs changed its "
                                     "name (Russian) and notes.")
    named = gone.description.args[3]
    assert isinstance(named, Message)  # the window translates the attribute's name too
    both = merge(v("v", post), v("v", post.with_attributes(name_ru="А")),
                 v("v", post.with_attributes(name_ru="Б"))).conflicts[0]
    assert str(both.description).startswith("Both sides changed name (Russian) of ")
    assert both.attribute == "name_ru"  # the conflict's key stays the column


def test_the_diff_report_names_our_attributes_and_keeps_other_tools_columns():
    old = v(AGREED, zone("a", box(35, 36, 36, 37), name="Idlib", name_local="", name_ru="Идлеб",
                         status="proposed", REMARK="x", width_left_km=1.0,
                         source_line="l1", kind="buffer"))
    new = v("plan", old.features["a"].with_attributes(
        name_local="إدلب", name_ru="Идлиб", status="agreed", REMARK="y", width_left_km=2.0,
        source_line="l2"))
    report = diff_versions(old, new)
    text = summary_text(report)
    assert ("changed REMARK, local name, name (Russian), buffer's line, status, "
            "buffer width on the left") in text, text
    for key in ("name_local", "name_ru", "width_left_km", "source_line"):
        assert key not in text, text
    # the machine formats keep the keys (docs/diff-format.md)
    record = report_to_dict(report)["features"][0]
    assert {"name_local", "name_ru", "REMARK", "width_left_km"} <= \
        set(record["changed_attributes"])
    assert "name_ru" in csv_rows(report)[0]["changed_attributes"]


def test_an_export_names_the_attribute_an_encoding_cannot_hold():
    ghouta = zone("g", box(36, 33, 37, 34), name="Eastern Ghouta", name_ru="Восточная Гута",
                  REMARK="Гута")
    problems = check_encodable([ghouta], "cp1256")
    assert any(p.startswith("Eastern Ghouta: name (Russian) 'Восточная Гута' has characters")
               for p in problems), problems
    assert any(p.startswith("Eastern Ghouta: REMARK 'Гута'") for p in problems), problems
    assert not any("name_ru" in p for p in problems), problems
