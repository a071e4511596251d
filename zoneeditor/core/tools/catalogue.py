"""The editing tools in toolbar order, with their single-key shortcuts (``docs/editing.md``).

``registry.tool_classes()`` appends this list after Select. Deleting the selection is the
window's Edit > Delete (the Delete key), which first lets the active tool use the key.
"""

from __future__ import annotations

from zoneeditor.core.tools.buffer_tool import BufferTool
from zoneeditor.core.tools.draw import DrawLineTool, DrawZoneTool, PlacePointTool
from zoneeditor.core.tools.measure_tool import MeasureTool
from zoneeditor.core.tools.merge import MergeZonesTool
from zoneeditor.core.tools.move import MoveFeatureTool
from zoneeditor.core.tools.reshape import ReshapeTool
from zoneeditor.core.tools.split import SplitZoneTool
from zoneeditor.core.tools.vertex_edit import EditVerticesTool

#: Every editing tool class, in toolbar order.
EDITING_TOOLS = [
    DrawZoneTool,
    DrawLineTool,
    PlacePointTool,
    EditVerticesTool,
    MoveFeatureTool,
    SplitZoneTool,
    MergeZonesTool,
    ReshapeTool,
    BufferTool,
    MeasureTool,
]
