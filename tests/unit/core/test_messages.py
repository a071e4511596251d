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
    used, used_counted = set(), set()
    for path in PACKAGE.rglob("*.py"):  # core, io (and gui) make Messages
        if path == PACKAGE / "core" / "messages.py":
            continue  # where they are defined: counted() hands its template on
        tree = ast.parse(path.read_text(encoding="utf-8"))
        makers = {"Message"} | {"counted" for node in ast.walk(tree)
                                if isinstance(node, ast.ImportFrom)
                                and node.module == "zoneeditor.core.messages"
                                and "counted" in {a.name for a in node.names}}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in makers and node.args):
                (used if node.func.id == "Message" else used_counted).update(
                    _literals(node.args[0]))
    assert "Selected %1" in used and "Inserted a vertex in %n feature(s)" in used_counted
    assert not [t for t in used if "%n" in t], "a template with %n is made with counted()"
    listed, listed_counted = set(), set()
    extra = PACKAGE / "i18n" / "extra_strings.py"
    for node in ast.walk(ast.parse(extra.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == "ToolMessages"):
            continue
        if getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            listed.add(node.args[1].value)
        elif getattr(node.func, "attr", "") == "translate" and len(node.args) == 4:
            listed_counted.add(node.args[1].value)  # filed with plural forms by lupdate
    assert used - listed == set(), "list these in i18n/extra_strings.py TOOL_MESSAGES"
    assert used_counted - listed_counted == set(), (
        "list these in i18n/extra_strings.py _counted_tool_messages")


def test_a_counted_message_says_one_or_many_in_english_and_keeps_its_count():
    from zoneeditor.core.messages import counted, from_data, to_data

    one = counted("%1 still has %n feature(s) with open merge conflicts", 1, "Proposal B")
    many = counted("%1 still has %n feature(s) with open merge conflicts", 12, "Proposal B")
    assert one == "Proposal B still has 1 feature with open merge conflicts"
    assert many == "Proposal B still has 12 features with open merge conflicts"
    assert many.args == ("12", "Proposal B")  # the count first: journaled like any Message
    assert from_data(to_data(many)) == many
    # only a word's bracketed ending follows the count, not other brackets
    heights = counted("the heights (Z) were left out of %n feature(s)", 1)
    assert heights == "the heights (Z) were left out of 1 feature"
    assert counted("%n text value(s) cannot be written as %1", 0, "latin-1") == (
        "0 text values cannot be written as latin-1")
    # grouped as every figure is (core.figures): a refusal said "300000 features"
    assert counted("%1 has %n feature(s)", 300000, "big.shp") == "big.shp has 300,000 features"


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


def test_a_listing_of_any_length_is_one_flat_message_of_its_items():
    """``listing``: "a, b and c" with one argument per item (the window names each), flat
    however long (a merge of a hundred zones is one level in the journal)."""
    from zoneeditor.core.messages import from_data, is_listing, listing, to_data

    items = [f"Zone %{i}" if i == 2 else f"z{i}" for i in range(1, 13)]
    many = listing(items)
    assert many == ", ".join(items[:-1]) + " and z12"  # "%10"..."%12" are not "%1" + "0"
    assert many.args == tuple(items) and is_listing(many.template)
    assert from_data(to_data(many)) == many and len(to_data(many)) == 13
    assert listing(["a", "b"]) == "a and b" and listing(["a"]) == "a" and listing([]) == ""
    assert not is_listing("%1 and %2 share no saved state; %3")
    assert not is_listing("%2 and %1")
