"""Tool messages carry their template so the window can translate them, and every template
is listed for the translation tools."""

from __future__ import annotations

import ast
from pathlib import Path

from zoneeditor.core.messages import Message, fill

PACKAGE = Path(__file__).resolve().parents[3] / "zoneeditor"


def test_a_message_is_its_english_sentence_and_keeps_its_parts():
    m = Message("%1 passes from %2 to %3", "12.5 km²", "A", "B")
    assert m == "12.5 km² passes from A to B" and isinstance(m, str)
    assert m.template == "%1 passes from %2 to %3" and m.args == ("12.5 km²", "A", "B")
    assert fill("%1 and %10", tuple(str(i) for i in range(1, 11))) == "1 and 10"
    assert Message("Nothing here").args == ()


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    raise AssertionError(f"Message() needs a literal template, not {ast.unparse(node)}")


def test_every_template_is_listed_for_translation():
    used = set()
    for path in PACKAGE.rglob("*.py"):  # core, io (and gui) make Messages
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message" and node.args):
                used.update(_literals(node.args[0]))
    assert "Selected %1" in used
    listed = set()
    extra = PACKAGE / "i18n" / "extra_strings.py"
    for node in ast.walk(ast.parse(extra.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and node.args[0].value == "ToolMessages"):
            listed.add(node.args[1].value)
    assert used - listed == set(), "list these in i18n/extra_strings.py TOOL_MESSAGES"


def test_a_message_crosses_a_process_boundary_as_json_data():
    import json

    from zoneeditor.core.messages import from_data, to_data

    inner = Message("a comma or a closing bracket is missing")
    m = Message("not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)", 2, 34, inner)
    back = from_data(json.loads(json.dumps(to_data(m))))
    assert back == m and isinstance(back, Message)
    assert back.template == m.template and back.args == ("2", "34", inner)
    assert isinstance(back.args[2], Message) and back.args[2].template == inner.template
    assert from_data(to_data("plain text")) == "plain text"
    assert type(from_data("plain text")) is str
    for junk in (None, 3, [], [1, "x"], {"template": "x"}):
        try:
            from_data(junk)
        except ValueError:
            continue
        raise AssertionError(f"{junk!r} was taken for a message")
    deep: object = "x"
    for _ in range(50):  # a hostile child nesting without end is refused, not followed
        deep = ["%1", deep]
    try:
        from_data(deep)
    except ValueError:
        pass
    else:
        raise AssertionError("nesting without end was followed")


def test_an_error_raised_with_a_message_keeps_it():
    from zoneeditor.core.errors import ReadError, ZoneEditorError

    reason = Message("the .shp file is truncated (%1 bytes; its header alone is 100)", 60)
    error = ReadError("/data/zones.shp", reason)
    assert str(error) == "cannot read /data/zones.shp: " + reason
    assert error.message.template == "cannot read %1: %2" and error.message.args[1] is reason
    assert error.reason is reason
    plain = ZoneEditorError("cannot read x.gpkg")
    assert plain.message == "cannot read x.gpkg" and not isinstance(plain.message, Message)
