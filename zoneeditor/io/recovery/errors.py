"""What a recovery that cannot be done says (messages fit for the user)."""

from __future__ import annotations

from zoneeditor.core.errors import ZoneEditorError


class RecoveryError(ZoneEditorError):
    """A journal could not be replayed; the message says why (fit for the user)."""


class RecoveryBlocked(RecoveryError):
    """Recovery cannot be done now (the disk is full); the journal was left as it was and
    is offered again once the cause is gone."""
