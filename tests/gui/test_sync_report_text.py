"""The window's sentence after a sync counts what arrived: a proposal another delegation
tabled arrives whole, so "0 received" alone would say nothing came."""

from __future__ import annotations

from zoneeditor.io.team.sync import SyncReport


def test_versions_newly_shared_are_counted_not_zero_received(editor):
    sync = editor.addons.sync
    shared = SyncReport(0, 0, (), (), 11, 1, received_versions=("North plan", "North alt"))
    text = sync.report_text(shared)
    assert text.startswith("Synced: 2 versions newly shared with you ("), text
    assert "North plan" in text and "North alt" in text and "0 sent" in text
    assert "0 received" not in text
    both = sync.report_text(SyncReport(3, 1, (), (), 11, 1, received_versions=("North plan",)))
    assert both.startswith("Synced: 3 received, 1 sent · 1 version newly shared with you: ")
    plain = sync.report_text(SyncReport(0, 0, (), (), 11, 1))
    assert plain == "Synced: 0 received, 0 sent"
