"""Delete the selected features (the Delete key): one undo step, named for what went.

Chosen as a tool it acts at once on the selection (``activate``) and the window returns to
the previous tool; inside other tools the Delete key is theirs (Edit vertices deletes a
vertex).
"""

from __future__ import annotations

from zoneeditor.core.edits import delete_features
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.tools.base import KeyEvent, Preview, ToolResult
from zoneeditor.core.tools.editing import EditingTool, refusal


class DeleteSelectionTool(EditingTool):
    """Delete the selected features."""

    name = "Delete selected"
    shortcut = "Delete"
    #: The window switches back to the previous tool after ``activate``.
    one_shot = True

    def activate(self) -> ToolResult:
        """Delete the selection now."""
        return self.delete()

    def delete(self) -> ToolResult:
        """A change set deleting every selected feature (locked layers refuse)."""
        refused = self.locked()
        if refused is not None:
            return refused
        version = self.ctx.document.version
        ids = [i for i in self.ctx.selection if version.get(i) is not None]
        if not ids:
            msg = "Nothing selected to delete"
            return ToolResult(refused=msg, message=msg)
        locked = {str(x) for x in self.ctx.locked_layers}
        blocked = [version.get(i).label for i in ids if version.get(i).layer.value in locked]
        if blocked:
            msg = f"Cannot delete {', '.join(blocked)}: its layer is locked"
            return ToolResult(refused=msg, message=msg)
        try:
            cs = delete_features(version, ids)
        except EditRefused as exc:
            return refusal(exc)
        return ToolResult(changeset=cs, selection=frozenset(), preview=Preview(),
                          message=cs.label)

    def key(self, event: KeyEvent) -> ToolResult:
        """Delete deletes the selection."""
        if event.key == "Delete":
            return self.delete()
        return ToolResult(handled=False)
