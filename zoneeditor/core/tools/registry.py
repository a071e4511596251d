"""The map tools the window offers, in toolbar order.

The window makes one checkable action per class (text = ``name``, shortcut = ``shortcut``).
Add a tool by appending its class here; the window needs no change.
"""

from __future__ import annotations

from zoneeditor.core.tools.base import Tool
from zoneeditor.core.tools.catalogue import EDITING_TOOLS
from zoneeditor.core.tools.select import SelectTool


def tool_classes() -> list[type[Tool]]:
    """Every available tool class, in toolbar order (Select first: it is the default)."""
    return [SelectTool, *EDITING_TOOLS]
