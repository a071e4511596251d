"""The bundled sample project as a core ``Document`` (tools, snapping and other core tests
that edit the real sample rather than a built project).

It shows "Proposal B" by default: edits are made on a proposal, as in the window, where the
agreed baseline is locked."""

from __future__ import annotations

from zoneeditor.core.document import Document
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


def sample_document(version: str = "Proposal B") -> Document:
    """A fresh ``Document`` on the bundled sample, showing ``version``."""
    doc = Document(read_project(sample_path()))
    doc.current_version = version
    return doc
