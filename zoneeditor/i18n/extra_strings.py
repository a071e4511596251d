"""Strings translated at run time whose text lupdate cannot see in the code.

The main window builds menus and tool actions from names held in variables
(``self.tr(name)`` with name "File", or a tool class's ``name``), so the sources have no
literal for lupdate. Listing them here with ``QT_TRANSLATE_NOOP`` puts them in the .ts files
under the context Qt uses at run time. Nothing imports this module; it is read by
``pyside6-lupdate`` only (packaging/update_translations.sh). A new menu or tool name goes here.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "File"),
    QT_TRANSLATE_NOOP("MainWindow", "Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "View"),
    QT_TRANSLATE_NOOP("MainWindow", "Tools"),
    QT_TRANSLATE_NOOP("MainWindow", "Version"),
    QT_TRANSLATE_NOOP("MainWindow", "Layer"),
    QT_TRANSLATE_NOOP("MainWindow", "Help"),
)

#: Tool names (core/tools: ``Tool.name``), shown in the Tools menu and the status bar.
TOOLS = (
    QT_TRANSLATE_NOOP("MainWindow", "Select"),
    QT_TRANSLATE_NOOP("MainWindow", "Draw zone"),
    QT_TRANSLATE_NOOP("MainWindow", "Draw line"),
    QT_TRANSLATE_NOOP("MainWindow", "Place point"),
    QT_TRANSLATE_NOOP("MainWindow", "Edit vertices"),
    QT_TRANSLATE_NOOP("MainWindow", "Move feature"),
    QT_TRANSLATE_NOOP("MainWindow", "Split zone"),
    QT_TRANSLATE_NOOP("MainWindow", "Merge zones"),
    QT_TRANSLATE_NOOP("MainWindow", "Reshape"),
    QT_TRANSLATE_NOOP("MainWindow", "Buffer zone"),
    QT_TRANSLATE_NOOP("MainWindow", "Measure"),
    QT_TRANSLATE_NOOP("MainWindow", "Delete selected"),
)

#: Templates of ``core.messages.Message`` (tools' status-bar messages; %1... are data).
TOOL_MESSAGES = (
    QT_TRANSLATE_NOOP("ToolMessages", "Selected %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Deselected %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Nothing here"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 selected by the box"),
    # core.georef: why control points give no transform (the georeferencing dialog)
    QT_TRANSLATE_NOOP("ToolMessages", "the control points lie on one line (or repeat): "
                                      "spread them over the map"),
    QT_TRANSLATE_NOOP("ToolMessages", "an affine transform needs at least %1 control points "
                                      "(%2 in use)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a 2nd-order polynomial needs at least %1 control "
                                      "points (%2 in use)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a thin-plate spline needs at least %1 control points "
                                      "(%2 in use)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a coordinate system PROJ knows (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "some control points lie outside what %1 can show"),
    # io.lineage.find: the common ancestor a merge found (%1 version, %2 file, %3 date)
    QT_TRANSLATE_NOOP("ToolMessages", "state %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 as opened in %2 on %3 UTC"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 as saved in %2 on %3 UTC"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 as merged in %2 on %3 UTC"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 as merged from %2 on %3 UTC"),
    # the Measure tool (core.tools.measure_tool, core.measure): %1, %2 are figures
    QT_TRANSLATE_NOOP("ToolMessages", "Measure: click points; double-click or Enter to finish; "
                                      "Esc clears"),
    QT_TRANSLATE_NOOP("ToolMessages", "Click at least 2 points to measure"),
    QT_TRANSLATE_NOOP("ToolMessages", "Measure: click points along the path"),
    QT_TRANSLATE_NOOP("ToolMessages", "Distance %1 km"),
    QT_TRANSLATE_NOOP("ToolMessages", "last leg %1 km"),
    QT_TRANSLATE_NOOP("ToolMessages", "bearing %1°"),
    QT_TRANSLATE_NOOP("ToolMessages", "area %1 km² (perimeter %2 km)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 — %2"),  # two parts of a status line, in order
    # core.validity: GEOS's other reasons, and one it may add later (%1: GEOS's words)
    QT_TRANSLATE_NOOP("ToolMessages", "a vertex is repeated"),
    QT_TRANSLATE_NOOP("ToolMessages", "the shape is not valid"),
    QT_TRANSLATE_NOOP("ToolMessages", "the shape is not valid (%1)"),
)

#: Titles of the user guide's pages in its contents (``gui.help_guide.PAGES``, each page's
#: first heading up to a colon). The pages are English; their titles are listed translated
#: so a reader finds the page. tests/unit/test_i18n_catalogue.py checks the list is whole.
GUIDE_TITLES = (
    QT_TRANSLATE_NOOP("UserGuide", "The editor window, canvas and renderer"),
    QT_TRANSLATE_NOOP("UserGuide", "Editing"),
    QT_TRANSLATE_NOOP("UserGuide", "The diff"),
    QT_TRANSLATE_NOOP("UserGuide", "Printing"),
    QT_TRANSLATE_NOOP("UserGuide", "Exchange with other parties"),
    QT_TRANSLATE_NOOP("UserGuide", "Reference layers"),
    QT_TRANSLATE_NOOP("UserGuide", "Merging proposals"),
    QT_TRANSLATE_NOOP("UserGuide", "Team server"),
    QT_TRANSLATE_NOOP("UserGuide", "Never lose an edit"),
    QT_TRANSLATE_NOOP("UserGuide", "Languages"),
    QT_TRANSLATE_NOOP("UserGuide", "Packaging"),
)

#: Labels of undoable steps (``ChangeSet.label`` made in core and io as ``Message``): the
#: History panel and Edit ▸ Undo/Redo show them translated (``gui.tool_messages``).
CHANGE_LABELS = (
    QT_TRANSLATE_NOOP("ToolMessages", "Add zone %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add line %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add zone"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add line"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add point"),
    QT_TRANSLATE_NOOP("ToolMessages", "Delete %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Delete %1 features"),
    QT_TRANSLATE_NOOP("ToolMessages", "Edit %1 of %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Move vertex"),
    QT_TRANSLATE_NOOP("ToolMessages", "Insert vertex"),
    QT_TRANSLATE_NOOP("ToolMessages", "Delete vertex"),
    QT_TRANSLATE_NOOP("ToolMessages", "Move %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Move %1 features"),
    QT_TRANSLATE_NOOP("ToolMessages", "Reshape %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Split zone %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Split zones %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Merge zones %1 and %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add buffer zone around %1 (%2 km)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add buffer zone around %1 (%2 km left, %3 km right)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Rebuild %1 from %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "New proposal %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Remove proposal %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Edit project details"),
    QT_TRANSLATE_NOOP("ToolMessages", "Rename version %1 to %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Duplicate %1 as %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Delete proposal %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Mark %1 agreed"),
    QT_TRANSLATE_NOOP("ToolMessages", "Keep the old baseline as %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Make %1 the agreed baseline"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Remove reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Show reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Hide reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Opacity of reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Change reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Reorder reference layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Georeference %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Remove georeferencing of %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Georeferencing method %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Georeferencing options of %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add control point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Use control point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Leave out control point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Move control point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Delete control point %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Merge %1 into %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Mark conflict on %1 resolved"),
    QT_TRANSLATE_NOOP("ToolMessages", "Resolve conflict on %1: take ours"),
    QT_TRANSLATE_NOOP("ToolMessages", "Resolve conflict on %1: take theirs"),
    QT_TRANSLATE_NOOP("ToolMessages", "Received from the team server"),
    QT_TRANSLATE_NOOP("ToolMessages", "Discard the change the server refused: %1"),
)

#: The editing tools' hints, status messages and refusals (core/tools, core/edits: the
#: refused edit's action and reason; core/validity: why a shape is not acceptable, where).
#: Figures are formatted in core and passed as %1...; a reason is a Message inside another.
EDITING_MESSAGES = (
    # core/tools/draw.py
    QT_TRANSLATE_NOOP("ToolMessages", "Draw zone: click the first vertex (snaps to borders; Ctrl: "
                                      "no snap; Tab: type a coordinate)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Draw zone: %1 vertices — Enter or double-click to finish, "
                                      "Backspace removes the last, Esc cancels"),
    QT_TRANSLATE_NOOP("ToolMessages", "A zone needs at least 3 vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 — %2 km²"),
    QT_TRANSLATE_NOOP("ToolMessages", "A zone needs at least 3 distinct vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 refused: %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Adding a zone"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 — press Enter to add the repaired shape (shown), "
                                      "Backspace to fix"),
    QT_TRANSLATE_NOOP("ToolMessages", "Added zone %1 (%2 km²)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Draw line: click the first vertex (Ctrl: no snap; Tab: "
                                      "type a coordinate)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Draw line: %1 vertices — Enter or double-click to finish, "
                                      "Backspace removes the last, Esc cancels"),
    QT_TRANSLATE_NOOP("ToolMessages", "A line needs at least 2 vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 — %2 km"),
    QT_TRANSLATE_NOOP("ToolMessages", "A line needs at least 2 distinct vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "Added line %1 (%2 km)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Place point: click where the post goes (Tab: type a "
                                      "coordinate)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Added point %1 at %2°N %3°E"),
    # core/tools/path.py
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (repaired shape)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Cancelled"),
    QT_TRANSLATE_NOOP("ToolMessages", "Click at least %1 points first"),
    # core/tools/editing.py
    QT_TRANSLATE_NOOP("ToolMessages", "The agreed baseline is locked: make or open a proposal to "
                                      "edit, or unlock the baseline first"),
    QT_TRANSLATE_NOOP("ToolMessages", "Version %1 is locked: unlock it to edit"),
    QT_TRANSLATE_NOOP("ToolMessages", "The lines layer is locked: unlock it to edit"),
    QT_TRANSLATE_NOOP("ToolMessages", "The points layer is locked: unlock it to edit"),
    QT_TRANSLATE_NOOP("ToolMessages", "The zones layer is locked: unlock it to edit"),
    # core/tools/move.py
    QT_TRANSLATE_NOOP("ToolMessages", "Move feature: drag a feature (or the selection); Ctrl: no "
                                      "snapping; Esc cancels"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moving %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 was removed meanwhile"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moved %1 km at bearing %2°"),
    # core/tools/vertex_edit.py
    QT_TRANSLATE_NOOP("ToolMessages", "Edit vertices: drag a vertex (shared borders follow; Alt: "
                                      "this feature only), double-click a segment to add one, "
                                      "Delete removes the one under the pointer"),
    QT_TRANSLATE_NOOP("ToolMessages", "Vertex shared by %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Vertex of %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (%2: layer locked, will not follow)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moving vertex"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moving vertex of %1 features"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moved vertex to %1°N %2°E"),
    QT_TRANSLATE_NOOP("ToolMessages", "There is a vertex here already"),
    QT_TRANSLATE_NOOP("ToolMessages", "Double-click on a boundary to add a vertex"),
    QT_TRANSLATE_NOOP("ToolMessages", "Inserted a vertex in %1 feature(s)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Point at a vertex (or click one) first, then press Delete"),
    QT_TRANSLATE_NOOP("ToolMessages", "No vertex there any more"),
    QT_TRANSLATE_NOOP("ToolMessages", "No vertex there"),
    QT_TRANSLATE_NOOP("ToolMessages", "Deleted a vertex of %1 feature(s)"),
    # core/tools/merge.py
    QT_TRANSLATE_NOOP("ToolMessages", "select two or more zones to merge (shift-click adds to the "
                                      "selection)"),
    QT_TRANSLATE_NOOP("ToolMessages", "zones of different parties cannot be merged (%1): give "
                                      "them the same party first"),
    QT_TRANSLATE_NOOP("ToolMessages", "the merged shape is not an area"),
    QT_TRANSLATE_NOOP("ToolMessages", "Merging zones"),
    QT_TRANSLATE_NOOP("ToolMessages", "Merge zones: shift-click the zones to merge, then Enter"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the zones do not touch, the result has several parts"),
    QT_TRANSLATE_NOOP("ToolMessages", "Click inside a zone"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 zones selected — Enter merges them"),
    # core/tools/split.py
    QT_TRANSLATE_NOOP("ToolMessages", "the line does not cross %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the line must cross %1 from one side to the other (start "
                                      "and end outside it or on its border)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Splitting %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Split zone: click a line across the zone (start and end "
                                      "outside it), then Enter or double-click; a selected zone "
                                      "is split, else every zone crossed"),
    QT_TRANSLATE_NOOP("ToolMessages", "Click at least 2 points: a line across the zone"),
    QT_TRANSLATE_NOOP("ToolMessages", "the line does not cut any zone in two: draw it across a "
                                      "zone"),
    # core/tools/reshape.py
    QT_TRANSLATE_NOOP("ToolMessages", "the drawn line must cross or touch the zone's border twice"),
    QT_TRANSLATE_NOOP("ToolMessages", "the reshaped zone would cross itself"),
    QT_TRANSLATE_NOOP("ToolMessages", "start and end the drawn line on the line to reshape (they "
                                      "snap)"),
    QT_TRANSLATE_NOOP("ToolMessages", "points cannot be reshaped: move them"),
    QT_TRANSLATE_NOOP("ToolMessages", "Reshaping %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Reshape: draw the new boundary from one point of the "
                                      "border to another (a selected zone or line, else the one "
                                      "the line meets), then Enter"),
    QT_TRANSLATE_NOOP("ToolMessages", "the drawn line meets no zone or line: start and end it on "
                                      "a border"),
    # core/tools/buffer_tool.py
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a line: a buffer zone is made from a line"),
    QT_TRANSLATE_NOOP("ToolMessages", "Buffer zone: click a line of contact, then give the width "
                                      "on each side (km)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Buffer around %1: give the widths"),
    QT_TRANSLATE_NOOP("ToolMessages", "Click on a line of contact"),
    QT_TRANSLATE_NOOP("ToolMessages", "Pick a line first"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (%2 km²)"),
    # core/edits.py
    QT_TRANSLATE_NOOP("ToolMessages", "Adding a line"),
    QT_TRANSLATE_NOOP("ToolMessages", "Adding a point"),
    # core/validity.py
    QT_TRANSLATE_NOOP("ToolMessages", "the boundary crosses itself"),
    QT_TRANSLATE_NOOP("ToolMessages", "a ring touches itself"),
    QT_TRANSLATE_NOOP("ToolMessages", "too few vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "a hole lies outside its zone"),
    QT_TRANSLATE_NOOP("ToolMessages", "a hole cuts the zone in two"),
    QT_TRANSLATE_NOOP("ToolMessages", "one part lies inside another"),
    QT_TRANSLATE_NOOP("ToolMessages", "a hole lies inside another hole"),
    QT_TRANSLATE_NOOP("ToolMessages", "a coordinate is not a number"),
    QT_TRANSLATE_NOOP("ToolMessages", "a ring is not closed"),
    QT_TRANSLATE_NOOP("ToolMessages", "two rings are the same"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has no geometry"),
    QT_TRANSLATE_NOOP("ToolMessages", "its geometry is empty"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 cannot go in the lines layer (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 cannot go in the points layer (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 cannot go in the zones layer (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a coordinate is not a finite number"),
    QT_TRANSLATE_NOOP("ToolMessages", "coordinate %1, %2 is outside longitude/latitude range"),
    QT_TRANSLATE_NOOP("ToolMessages", "coordinate %1, %2 is outside longitude/latitude range "
                                      "(latitude and longitude swapped?)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a line needs at least two distinct vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 at %2°N %3°E"),
)
