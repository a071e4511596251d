"""Undo labels keep their template through the journal: a recovered History reads in the
interface's language, and a record that does not give back its own label is not trusted."""

from __future__ import annotations

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.messages import Message
from zoneeditor.io.journal.codec import decode_changeset, encode_changeset


def test_a_message_label_comes_back_as_the_same_message():
    label = Message("Moved %1", Message("%1 — %2", "Idlib", "إدلب"))
    back = decode_changeset(encode_changeset(ChangeSet(label, "agreed")))
    assert isinstance(back.label, Message)
    assert back.label == label
    assert back.label.template == "Moved %1"
    inner = back.label.args[0]
    assert isinstance(inner, Message) and inner.template == "%1 — %2"
    assert inner.args == ("Idlib", "إدلب")


def test_a_plain_label_stays_plain():
    back = decode_changeset(encode_changeset(ChangeSet("Imported 3 features", "agreed")))
    assert back.label == "Imported 3 features" and not isinstance(back.label, Message)


def test_a_template_that_disagrees_with_the_label_is_ignored():
    data = encode_changeset(ChangeSet(Message("Deleted %1", "Idlib"), "agreed"))
    tampered = data.replace(b'"Deleted %1"', b'"Removed %1"')
    assert tampered != data
    back = decode_changeset(tampered)
    assert back.label == "Deleted Idlib" and not isinstance(back.label, Message)
    # a template that is not text (same length: the record's framing stays intact)
    assert b'"lt":["Deleted %1","Idlib"]' in data
    broken = data.replace(b'"lt":["Deleted %1"', b'"lt":[123456789012')
    back = decode_changeset(broken)
    assert back.label == "Deleted Idlib" and not isinstance(back.label, Message)


def test_the_journal_summary_gives_the_last_label_as_its_message(sample_copy):
    """What the recovery dialog shows as the last edit comes back as a Message (the window
    translates it), read from the last record's header only."""
    from shapely.geometry import box

    from zoneeditor.core import edits
    from zoneeditor.core.model import LayerKind
    from zoneeditor.io.journal import JournalReader, journal_path_for
    from zoneeditor.io.session import Session
    from zoneeditor.testing.crash import abandon

    session = Session.open(sample_copy)
    doc = session.document
    doc.current_version = "Proposal B"
    cs = edits.add_feature(doc.version, LayerKind.ZONES, box(38.0, 33.0, 38.03, 33.03),
                           name="Zone 1")
    assert isinstance(cs.label, Message)
    doc.history.push(cs)
    abandon(session)  # as a killed editor leaves it: what recovery then reads
    with JournalReader(journal_path_for(sample_copy)) as reader:
        last = reader.summary().last_label
    assert last == cs.label
    assert isinstance(last, Message) and last.template == cs.label.template
