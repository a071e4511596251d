"""An attribute edit's undo label names the field as the user knows it ("Edit local name of
Idlib"), translatable, and keeps that through the journal; other attributes keep their column
name."""

from __future__ import annotations

from conftest import project_with, zone

from zoneeditor.core import edits
from zoneeditor.core.messages import Message
from zoneeditor.core.model import ATTRIBUTE_NAMES, CORE_ATTRIBUTES
from zoneeditor.io.journal.codec import decode_changeset, encode_changeset

SQUARE = "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))"


def _idlib():
    project = project_with(proposals={"B": [zone("z", SQUARE, name="Idlib")]})
    version = project.versions["B"]
    return version, version.get("z")


def test_a_core_attribute_is_named_not_given_by_its_column():
    version, feature = _idlib()
    label = edits.set_attributes(version, feature, name_local="إدلب").label
    assert label == "Edit local name of Idlib"
    assert isinstance(label, Message) and label.template == "Edit %1 of %2"
    field = label.args[0]
    assert isinstance(field, Message) and field.template == "local name"  # the window translates


def test_other_attributes_keep_their_column_name_beside_named_ones():
    version, feature = _idlib()
    label = edits.set_attributes(version, feature, ADM2_PCODE="SY07", notes="x").label
    assert label == "Edit ADM2_PCODE, notes of Idlib"
    assert edits.attribute_label("ADM2_PCODE") == "ADM2_PCODE"
    assert not isinstance(edits.attribute_label("ADM2_PCODE"), Message)


def test_every_core_attribute_has_a_name():
    assert set(ATTRIBUTE_NAMES) == set(CORE_ATTRIBUTES)
    assert all(isinstance(n, Message) and n.template == n for n in ATTRIBUTE_NAMES.values())


def test_the_named_field_survives_the_journal():
    version, feature = _idlib()
    back = decode_changeset(encode_changeset(edits.set_attributes(version, feature, party="A")))
    assert back.label == "Edit party of Idlib"
    field = back.label.args[0]
    assert isinstance(field, Message) and field.template == "party"


def test_an_interface_language_name_is_named_too():
    """The Attributes panel's "Name (Russian)" edits ``name_ru``: its step says so, in words
    the window translates, not by the column."""
    from zoneeditor.core.model import LANGUAGE_NAMES, attribute_words

    version, feature = _idlib()
    label = edits.set_attributes(version, feature, name_ru="Идлиб").label
    assert label == "Edit name (Russian) of Idlib"
    assert label.args[0] is LANGUAGE_NAMES["name_ru"] and attribute_words("name_ar") == \
        "name (Arabic)"
    assert attribute_words("ADM2_PCODE") is None
