"""Stretch records mixed with version operations and dated attributes: the replay state
follows renames, duplicates, promotions and drops of versions, so a stretch record written
after them still finds its base, and every attribute type comes back as the same type."""

from __future__ import annotations

import datetime

from conftest import project_with, zone
from test_journal_stretch import assert_same_document, big_doc, journaled, record_sizes

from zoneeditor.core import edits, versions
from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import AGREED
from zoneeditor.io.journal import decode_changeset, encode_changeset
from zoneeditor.io.journal.codec import STRETCH_FORMAT, STRUCTURE_FORMAT, WHOLE_FORMAT
from zoneeditor.io.recovery import replay


def move(doc, index: int) -> None:
    """Push vertex ``index`` of zone z a little outwards (a valid edit)."""
    f = doc.feature("z")
    x, y = f.geometry.exterior.coords[index]
    out = (x + (x - 36.0) * 0.002, y + (y - 35.0) * 0.002)
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, index), out))


def test_stretch_records_after_rename_duplicate_promote_and_delete_replay_exactly(tmp_path):
    doc = big_doc()
    doc.history.push(versions.duplicate(doc.project, AGREED, "Proposal B"))
    doc.current_version = "Proposal B"
    j = journaled(tmp_path, doc)
    move(doc, 10)                       # a stretch record in "Proposal B"
    doc.history.push(versions.rename(doc.project, "Proposal B", "Northern option"))
    doc.current_version = "Northern option"
    move(doc, 20)                       # made under the new name
    doc.history.push(versions.promote(doc.project, "Northern option", today="2026-12-01"))
    doc.current_version = AGREED
    move(doc, 30)                       # the promoted version is "agreed" now
    doc.history.push(versions.delete(doc.project, "Agreed until 2026-12-01"))
    doc.history.undo()                                 # the old baseline comes back
    doc.current_version = "Agreed until 2026-12-01"
    move(doc, 40)                       # and is edited
    formats = [d[3] for (d,) in j._con.execute("SELECT data FROM changes ORDER BY seq")]
    assert STRETCH_FORMAT in formats and STRUCTURE_FORMAT in formats
    assert max(size for size, fmt in zip(record_sizes(j), formats, strict=True)
               if fmt == STRETCH_FORMAT) < 600
    assert_same_document(replay(j), doc)
    j.close()


def test_dates_times_and_plain_records_round_trip():
    day = datetime.date(2017, 5, 4)
    stamp = datetime.datetime(2017, 5, 4, 14, 30, 5)
    noon = datetime.time(12, 0)
    old = zone("z1", "POLYGON ((36 35, 37 35, 37 36, 36 35))", signed=day)
    new = old.with_attributes(signed=stamp, checked=noon, visits=3, note=None)
    cs = ChangeSet("Edit attributes", AGREED, (Delta(old, new),))
    data = encode_changeset(cs, patches=True)
    assert data[3] == WHOLE_FORMAT  # small and plain: readable by the first journal reader
    back = decode_changeset(data)
    assert back == cs
    got = back.deltas[0].new.attributes
    assert type(got["signed"]) is datetime.datetime and type(got["checked"]) is datetime.time
    assert type(back.deltas[0].old.attributes["signed"]) is datetime.date
    assert project_with(agreed=[new]).agreed.get("z1") == back.deltas[0].new
