"""What an import says about party and status values, the values it takes shown by their
display names.

``core.party_values.readings_notes`` says "status values mapped as you chose: PROP →
proposed" (the command prints it so): the stored value "proposed" is data, and an Arabic
window showed it so, in the status bar after the import, the dialog's footer and its
problems list, where the Attributes panel shows "مقترح" (and "المعارضة" for the party
stored as "Opposition"). ``shown_note`` shows each value taken as the panels do
(``i18n.values.status_name``, ``party_name``) and the file's own value as the file has it.
"""

from __future__ import annotations

from zoneeditor.core.messages import Message
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.party_values import NOTE_ATTRIBUTES
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.lists import listed
from zoneeditor.i18n.values import party_name, status_name


def shown_note(note: str, meta: ProjectMeta) -> str:
    """``note`` as the window shows it (``translated``), the values a party or status note
    lists as taken by their display names (parties of ``meta``); any other text as
    ``translated`` shows it."""
    if not isinstance(note, Message) or note.template not in NOTE_ATTRIBUTES:
        return translated(note)
    attribute = NOTE_ATTRIBUTES[note.template]
    pairs = note.args[0] if len(note.args) == 1 else None
    if not isinstance(pairs, Message):  # a note without its pairs as Messages
        return translated(note)
    shown = [translated(_shown_pair(p, attribute, meta)) for p in pairs.args]
    # the list as the interface writes one ("a، b" in Arabic)
    return translated(Message.restored(note.template, listed(shown)))


def _shown_pair(pair: str, attribute: str, meta: ProjectMeta) -> str:
    """One pair, "PROP → proposed", with the value taken by its display name."""
    if isinstance(pair, Message) and pair.template == "%1 → %2" and len(pair.args) == 2:
        read, taken = pair.args
        name = status_name(taken) if attribute == "status" else party_name(taken, meta)
        return Message.restored(pair.template, read, name)
    return pair  # "UN → (none)": translated as it is


__all__ = ["shown_note"]
