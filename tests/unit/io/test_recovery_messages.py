"""Why edits left by a crash cannot be recovered is a Message the recovery dialogs translate,
with the journal's place as an argument and no SQLite or codec words in it."""

from __future__ import annotations

import sqlite3

import pytest

from zoneeditor.core import edits
from zoneeditor.core.messages import Message
from zoneeditor.io import recovery
from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.session import Session


def _crash(session: Session) -> None:
    """Leave the session as a killed editor would (journal and lock stay)."""
    from zoneeditor.testing import crash as harness

    harness.abandon(session)


def test_a_journal_that_is_no_database_is_damaged_in_our_words(sample_copy):
    journal_path_for(sample_copy).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(recovery.RecoveryError) as caught:
        Session.open(sample_copy)
    message = caught.value.message
    assert isinstance(message, Message)
    text = str(caught.value)
    assert "damaged" in text
    assert "file is not a database" not in text and "sqlite" not in text.lower()
    Session.open(sample_copy, pending="set_aside").close()


def test_a_record_that_cannot_be_decoded_names_the_journal_and_where_it_was_kept(sample_copy):
    s = Session.open(sample_copy)
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    jpath = s.journal.path
    _crash(s)
    con = sqlite3.connect(jpath)
    con.execute("UPDATE changes SET data = x'5a454a01ffff'")
    con.commit()
    con.close()
    (candidate,) = recovery.scan()[0]
    with pytest.raises(recovery.RecoveryError) as caught:
        Session.recover(candidate)
    message = caught.value.message
    assert message.template == "%1; the journal was kept at %2"
    damaged = message.args[0]
    assert damaged.template == "the journal %1 is damaged (a record cannot be decoded)"
    assert damaged.args == (str(jpath),)
