"""Strings translated at run time whose text lupdate cannot see in the code.

The main window builds its tool actions from names held in variables (a tool class's
``name``), so the sources have no literal for lupdate. Listing them here with
``QT_TRANSLATE_NOOP`` puts them in the .ts files under the context Qt uses at run time.
Nothing imports this module; it is read by ``pyside6-lupdate`` only
(packaging/update_translations.sh). A new tool name goes here; a new menu of the menu bar
goes in ``MENU_TITLES`` (gui/window_services.py), with its Alt letter.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
    # core.diff_absent: a column one side of a comparison does not have
    QT_TRANSLATE_NOOP("ToolMessages", "%1 gives no %2 for any feature: these are not counted "
                                      "as changes, and each zone keeps the kind of the zone it "
                                      "is paired with (a buffer zone stays one)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 gives no %2 for any feature: these are not counted "
                                      "as changes"),
    # core.validity: a MultiPolygon whose parts share an edge or overlap
    QT_TRANSLATE_NOOP("ToolMessages", "two of its parts overlap or share a stretch of boundary"),
    QT_TRANSLATE_NOOP("ToolMessages", "Deselected %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Nothing here"),
    # core.status_rule: an agreed feature reshaped in a proposal
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is now “proposed”: its shape changed in this proposal"),
    QT_TRANSLATE_NOOP("ToolMessages",
                      "%1 features are now “proposed”: their shapes changed in this proposal"),
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

#: The import dialog's text encodings (``import_dialog.reading_options.ENCODINGS``).
IMPORT_ENCODINGS = (
    QT_TRANSLATE_NOOP("ImportDialog", "From the file (.cpg)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Windows-1256 (Arabic)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Windows-1251 (Cyrillic)"),
    QT_TRANSLATE_NOOP("ImportDialog", "ISO-8859-1 (Latin-1)"),
)

#: The names of the core attributes (``core.model.ATTRIBUTE_NAMES``): inside a step's label
#: ("Edit local name of Idlib"), in the Changes panel, and capitalised as the Attributes
#: panel's field labels (``i18n.values.attribute_name``, ``attribute_title``).
ATTRIBUTE_NAMES = (
    QT_TRANSLATE_NOOP("ToolMessages", "name"),
    QT_TRANSLATE_NOOP("ToolMessages", "local name"),
    QT_TRANSLATE_NOOP("ToolMessages", "party"),
    QT_TRANSLATE_NOOP("ToolMessages", "status"),
    QT_TRANSLATE_NOOP("ToolMessages", "kind"),
    QT_TRANSLATE_NOOP("ToolMessages", "notes"),
    # the interface languages' own name columns (``core.model.LANGUAGE_NAMES``)
    QT_TRANSLATE_NOOP("ToolMessages", "name (Arabic)"),
    QT_TRANSLATE_NOOP("ToolMessages", "name (Russian)"),
    # what the buffer tool records on a buffer zone (``core.model.DERIVATION_NAMES``)
    QT_TRANSLATE_NOOP("ToolMessages", "buffer's line"),
    QT_TRANSLATE_NOOP("ToolMessages", "buffer width on the left"),
    QT_TRANSLATE_NOOP("ToolMessages", "buffer width on the right"),
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
    QT_TRANSLATE_NOOP("ToolMessages", "Merge zones %1"),  # %1: the zones (core.messages.listing)
    QT_TRANSLATE_NOOP("ToolMessages", "no party"),  # in the merge's refusal, a zone's party
    # the merge's label before it listed each zone: a journal written then still names it
    QT_TRANSLATE_NOOP("ToolMessages", "Merge zones %1 and %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add buffer zone around %1 (%2 km)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Add buffer zone around %1 (%2 km left, %3 km right)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Rebuild %1 from %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "New proposal %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "a proposal needs a name"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot read %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the folder %1 does not exist"),
    QT_TRANSLATE_NOOP("ToolMessages", "a project on a team server needs a name"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1; your edits stay in %2 and go with the next sync"),
    QT_TRANSLATE_NOOP("ToolMessages", "the address sets %1 to a value PostgreSQL does not know"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is no service %1 in ~/.pg_service.conf (or in the "
                      "file PGSERVICEFILE names)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 does not offer the encrypted "
                      "connection (TLS) the address asks for with sslmode: ask its "
                      "administrator"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 could not be trusted: its certificate "
                      "does not check out against ~/.postgresql/root.crt (or sslrootcert)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 cannot name a project on a team server: a name has "
                      "no /, ? or #, and does not begin or end with a space"),
    QT_TRANSLATE_NOOP("ToolMessages", "only delegates belong to a delegation, not the role %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "a version called %1 already exists"),
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
    # io.team.version_refusals: discarding a removal or a new version that stays here
    QT_TRANSLATE_NOOP("ToolMessages", "Discard the removal the server refused: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Discard the new version the server refused: %1"),
)

#: The editing tools' hints, status messages and refusals (core/tools, core/edits: the
#: refused edit's action and reason; core/validity: why a shape is not acceptable, where).
#: Figures are formatted in core and passed as %1...; a reason is a Message inside another.
EDITING_MESSAGES = (
    # core/tools/draw.py
    QT_TRANSLATE_NOOP("ToolMessages", "Draw zone: click the first vertex (snaps to borders; Ctrl: "
                                      "no snap; Tab: type a coordinate)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Draw zone, vertices: %1 — Enter or double-click to finish, "
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
    QT_TRANSLATE_NOOP("ToolMessages", "Draw line, vertices: %1 — Enter or double-click to finish, "
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
    QT_TRANSLATE_NOOP("ToolMessages", "Point at a vertex (or click one) first, then press Delete"),
    QT_TRANSLATE_NOOP("ToolMessages", "No vertex there any more"),
    QT_TRANSLATE_NOOP("ToolMessages", "No vertex there"),
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
    # core.validity.GEOMETRY_WORDS: the geometry types those sentences name
    QT_TRANSLATE_NOOP("ToolMessages", "Point"),
    QT_TRANSLATE_NOOP("ToolMessages", "MultiPoint"),
    QT_TRANSLATE_NOOP("ToolMessages", "LineString"),
    QT_TRANSLATE_NOOP("ToolMessages", "MultiLineString"),
    QT_TRANSLATE_NOOP("ToolMessages", "LinearRing"),
    QT_TRANSLATE_NOOP("ToolMessages", "Polygon"),
    QT_TRANSLATE_NOOP("ToolMessages", "MultiPolygon"),
    QT_TRANSLATE_NOOP("ToolMessages", "GeometryCollection"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 or %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 cannot go in the zones layer (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a coordinate is not a finite number"),
    QT_TRANSLATE_NOOP("ToolMessages", "coordinate %1, %2 is outside longitude/latitude range"),
    QT_TRANSLATE_NOOP("ToolMessages", "coordinate %1, %2 is outside longitude/latitude range "
                                      "(latitude and longitude swapped?)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a line needs at least two distinct vertices"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 at %2°N %3°E"),
)

#: Templates of ``core.messages.Message`` for what the window shows about files and errors:
#: the readers' problems and refusals (the import dialog), reasons a file cannot be read or
#: written (open, save, export, print, reference layers), the system's refusals in our words
#: (``io.os_errors``). %1... are file names, counts, columns and places.
FILE_MESSAGES = (
    # core.coords
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (latitude, longitude)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (bearing and distance from the last vertex)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 · %2 · %3 · %4 · %5 · %6"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1. Expected e.g. %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "a bearing and distance is written '@bearing distance', "
                                      "e.g. %1 or %2 (degrees from true north, then the "
                                      "distance in %3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a bearing and distance needs a previous vertex: place "
                                      "the first vertex by click or by coordinates"),
    QT_TRANSLATE_NOOP("ToolMessages", "a bearing is 0 to 360 degrees, not %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the distance must be more than zero"),
    QT_TRANSLATE_NOOP("ToolMessages", "UTM zones are numbered 1 to 60, not %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "a UTM easting lies between 100000 and 900000 m, not %1 "
                                      "(were easting and northing swapped?)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a UTM northing lies between 0 and 10000000 m, not %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 lies in band %2, not %3: check the northing"),
    QT_TRANSLATE_NOOP("ToolMessages", "an MGRS reference has an even number of digits (2 to 10) "
                                      "after the square letters, not %1: e.g. 37SBT4827211116"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a valid MGRS reference"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot read %1 in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the letter %1 must follow its number"),
    QT_TRANSLATE_NOOP("ToolMessages", "no number before %1 in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "too many numbers in one coordinate of %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "only the last of degrees/minutes/seconds may have "
                                      "decimals (%1 in %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "minutes and seconds cannot be negative in %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "minutes must be 0 to 59.999, not %1 (in %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "seconds must be 0 to 59.999, not %1 (in %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "give either a minus sign or a letter N/S/E/W, not both "
                                      "(in %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 does not look like one latitude and one longitude"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 has two latitudes or two longitudes (N/S with E/W)"),
    QT_TRANSLATE_NOOP("ToolMessages", "latitude must be between -90 and 90, not %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "longitude must be between -180 and 180, not %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "no coordinate given"),
    QT_TRANSLATE_NOOP("ToolMessages", "a UTM position is 'zone+band easting northing', e.g. 37S "
                                      "267000 3710000"),
    # core.errors
    QT_TRANSLATE_NOOP("ToolMessages", "cannot read %1: %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot write %1: %2"),
    # core.messages
    # core.messages: "%1, %2" also joins a list's items (core.messages.listing, i18n.lists)
    QT_TRANSLATE_NOOP("ToolMessages", "%1, %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1; %2"),
    # core.schema
    QT_TRANSLATE_NOOP("ToolMessages", "cannot map to %1: choose one of %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is no column %1 to use as %2 (columns: %3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is no column %1 to use as %2 (columns: none)"),
    # core.textlimits
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1 has %2 columns; zoneeditor accepts at most %3"),
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1 has a column name %2 characters long (%3); at "
                                      "most %4 are accepted"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the value of column %2 is %3 of text; zoneeditor "
                                      "accepts at most %4 per value"),
    # core.validate
    QT_TRANSLATE_NOOP("ToolMessages", "has no party (each zone belongs to a party: choose it in "
                                      "Attributes)"),
    QT_TRANSLATE_NOOP("ToolMessages", "status %1 is not one of %2"),
    # core.party_values: values another source spells otherwise (%1: "OPP → Opposition, …")
    QT_TRANSLATE_NOOP("ToolMessages", "party values read up to letter case and spacing: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "party values read by the party's local name: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "party values mapped as you chose: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "status values read up to letter case and spacing: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "status values mapped as you chose: %1"),
    # core.party_values: one value read as another ("PROP → proposed"; "UN → (none)")
    QT_TRANSLATE_NOOP("ToolMessages", "%1 → %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 → (none)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: write ATTRIBUTE=VALUE:MEANT with ATTRIBUTE party or "
                                      "status, e.g. party=OPP:Opposition"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: a status is one of %2"),
    # core.diff_report: a side of a comparison without any party (%1: its name)
    QT_TRANSLATE_NOOP("ToolMessages", "%1 gives no party for any zone: party totals and land "
                                      "changing hands are not computed"),
    QT_TRANSLATE_NOOP("ToolMessages", "has no name (a printed map and a comparison refer to it "
                                      "by its id)"),
    QT_TRANSLATE_NOOP("ToolMessages", "party %1 is not a party of this project"),
    QT_TRANSLATE_NOOP("ToolMessages", "was made from a line that is no longer in this version: "
                                      "check it, or redraw it"),
    QT_TRANSLATE_NOOP("ToolMessages", "no longer follows %1 (rebuild it from the line, or clear "
                                      "its source_line to keep this shape)"),
    QT_TRANSLATE_NOOP("ToolMessages", "is a second buffer zone of %1 over %2 (%3 km² covered by "
                                      "both): delete one of them"),
    QT_TRANSLATE_NOOP("ToolMessages", "overlap with %1 could not be computed (the shapes are "
                                      "too intricate for the geometry library)"),
    QT_TRANSLATE_NOOP("ToolMessages", "overlaps %1 of %2 by %3 km²"),
    QT_TRANSLATE_NOOP("ToolMessages", "overlaps %1 of no party by %2 km²"),
    # core.undo_slim
    QT_TRANSLATE_NOOP("ToolMessages", "the undo step %1 does not fit feature %2 as it is now; "
                                      "nothing was changed"),
    # gui.tool_messages
    QT_TRANSLATE_NOOP("ToolMessages", "An unexpected error occurred: %1"),
    # io.exchange.export
    QT_TRANSLATE_NOOP("ToolMessages", "unknown format %1 (choose %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "only shapefile sets are zipped; the other formats are "
                                      "one file"),
    QT_TRANSLATE_NOOP("ToolMessages", "a GeoJSON file holds one version; export them one at a "
                                      "time"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file name should end in %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is nothing to export: the version has no features"),
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "Verifying %1…"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file written cannot be read back (%1); nothing was "
                                      "replaced"),
    QT_TRANSLATE_NOOP("ToolMessages", "read-back check failed for %1: %2; nothing was replaced"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 features read back; ids, geometry and attributes "
                                      "match"),
    QT_TRANSLATE_NOOP("ToolMessages", "and %1 more"),
    QT_TRANSLATE_NOOP("ToolMessages", "Moving files into place…"),
    QT_TRANSLATE_NOOP("ToolMessages", "Writing %1…"),
    QT_TRANSLATE_NOOP("ToolMessages", "Zipping…"),
    QT_TRANSLATE_NOOP("ToolMessages", "the zip written is damaged"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 files, CRC checked"),
    # io.exchange.geojson_reader
    QT_TRANSLATE_NOOP("ToolMessages", "a position is not [longitude, latitude] (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the coordinates of a ring are not a list"),
    QT_TRANSLATE_NOOP("ToolMessages", "the coordinates of a line are not a list"),
    QT_TRANSLATE_NOOP("ToolMessages", "a ring is not closed (its first and last positions "
                                      "differ)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the geometry is not an object"),
    QT_TRANSLATE_NOOP("ToolMessages", "unknown geometry type %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 without coordinates"),
    QT_TRANSLATE_NOOP("ToolMessages", "a Polygon needs a list of rings"),
    QT_TRANSLATE_NOOP("ToolMessages", "the coordinates of a %1 are not a list"),
    QT_TRANSLATE_NOOP("ToolMessages", "a MultiPolygon part needs a list of rings"),
    QT_TRANSLATE_NOOP("ToolMessages", "a value is missing or is not a JSON value"),
    QT_TRANSLATE_NOOP("ToolMessages", "a comma or a closing bracket is missing"),
    QT_TRANSLATE_NOOP("ToolMessages", "a colon is missing after a member's name"),
    QT_TRANSLATE_NOOP("ToolMessages", "a member's name is missing or not in double quotes (or a "
                                      "comma is left before a closing brace)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a comma is left before a closing bracket"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text string is not closed"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text string holds a control character (such as a line "
                                      "break)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text string holds a broken \\u escape"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text string holds an invalid backslash escape"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is more text after the end of the JSON document"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: the text is not valid JSON at line %1, "
                                      "column %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: the text is not valid JSON at line %1, "
                                      "column %2 (%3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is an HTML page, not GeoJSON (perhaps a web server's "
                                      "error page saved under a .geojson name)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is XML, not GeoJSON"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: the text is not UTF-8 (byte %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: the JSON is nested too deeply"),
    QT_TRANSLATE_NOOP("ToolMessages", "not usable GeoJSON: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "a list"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text string"),
    QT_TRANSLATE_NOOP("ToolMessages", "a number"),
    QT_TRANSLATE_NOOP("ToolMessages", "null"),
    QT_TRANSLATE_NOOP("ToolMessages", "true or false"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: the top level is %1, not an object"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: a FeatureCollection without a 'features' "
                                      "list"),
    QT_TRANSLATE_NOOP("ToolMessages", "not GeoJSON: unknown type %1 (expected "
                                      "FeatureCollection, Feature or a geometry)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not a GeoJSON Feature object"),
    QT_TRANSLATE_NOOP("ToolMessages", "its geometry cannot be built (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "malformed"),
    # io.exchange.textfile (GeoJSON and KML that are not UTF-8)
    QT_TRANSLATE_NOOP("ToolMessages", "the text is not UTF-8, as %1 requires (byte %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "its XML declaration says the text is %1, but it is not "
                                      "(byte %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1; it reads as %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "words in %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1, and no encoding zoneeditor knows reads it as words; "
                                      "it was read byte for byte, so names may show wrongly"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text is UTF-16 (it starts with a byte order mark), "
                                      "not UTF-8; it was read as UTF-16"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text starts as UTF-16 (a byte order mark) but is "
                                      "not UTF-16 (byte %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text does not decode as %1, as you chose (byte %2): "
                                      "names would show wrongly"),
    QT_TRANSLATE_NOOP("ToolMessages", "its XML declaration says the text is %1, but it is not; "
                                      "it was read as %2, as you chose"),
    QT_TRANSLATE_NOOP("ToolMessages", "its XML declaration names an unknown encoding %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file says its text is %1, so the encoding you chose "
                                      "(%2) was not used"),
    # io.exchange.importing
    QT_TRANSLATE_NOOP("ToolMessages", "repair offered (--repair)"),
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1 has no features"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 more of the same (%2) not listed"),
    QT_TRANSLATE_NOOP("ToolMessages", "fix it in the source file; it cannot be repaired here"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has no geometry, so it was left out"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 cannot be imported (zones, lines and points only)"),
    QT_TRANSLATE_NOOP("ToolMessages", "split it in the source file"),
    QT_TRANSLATE_NOOP("ToolMessages", "a %1 of %2 parts became %2 features"),
    QT_TRANSLATE_NOOP("ToolMessages", "id %1 is used more than once; this feature got a new id"),
    QT_TRANSLATE_NOOP("ToolMessages", "no automatic repair"),
    QT_TRANSLATE_NOOP("ToolMessages", "no automatic repair; fix it in the source file"),
    QT_TRANSLATE_NOOP("ToolMessages", "latitude and longitude look swapped: the features lie at "
                                      "%1..%2°N %3..%4°E, outside the area worked on, where "
                                      "they would fall if swapped"),
    QT_TRANSLATE_NOOP("ToolMessages", "import with --swap-xy, or fix the source file"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2"),
    # core.edits.vertex_label: a vertex edit of more features than it names
    QT_TRANSLATE_NOOP("ToolMessages", "%1 features"),
    QT_TRANSLATE_NOOP("ToolMessages", "nothing to import: no feature could be read"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project has no agreed baseline"),
    # io.exchange.into_project: a file's features put into a copy of a version
    QT_TRANSLATE_NOOP("ToolMessages", "a version called %1 already exists: the features can be "
                                      "put into a copy of %2 only as a new proposal"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project has no version called %1"),
    # io.exchange.kml
    QT_TRANSLATE_NOOP("ToolMessages", "it is not well-formed XML at line %1, column %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not well-formed XML"),
    QT_TRANSLATE_NOOP("ToolMessages", "a coordinate %1 is not 'longitude,latitude'"),
    QT_TRANSLATE_NOOP("ToolMessages", "the root element is <%1>, not <kml>"),
    QT_TRANSLATE_NOOP("ToolMessages", "its geometry cannot be read (%1)"),
    # io.exchange.readers
    QT_TRANSLATE_NOOP("ToolMessages", "the .prj file is empty"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .prj file is not a coordinate system PROJ understands"),
    QT_TRANSLATE_NOOP("ToolMessages", "its crs member cannot be understood"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a file type zoneeditor reads (shapefile, GeoPackage, "
                                      "GeoJSON, KML, or a zip of them)"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "no such file"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("ToolMessages", "permission denied (the file is not readable)"),
    QT_TRANSLATE_NOOP("ToolMessages", "choose the coordinate system with --assume-crs EPSG:N"),
    QT_TRANSLATE_NOOP("ToolMessages", "the coordinate system %1 includes a vertical datum (%2); "
                                      "only its horizontal part (%3) is used"),
    QT_TRANSLATE_NOOP("ToolMessages", "--assume-crs %1 is not a coordinate system PROJ knows"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the file's own coordinate system was ignored; %2 was "
                                      "assumed as asked"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the coordinates are not longitude/latitude, so they "
                                      "cannot be in %2 as assumed"),
    QT_TRANSLATE_NOOP("ToolMessages", "its coordinate system cannot be understood"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2; its coordinates are within longitude/latitude "
                                      "range, so WGS 84 (EPSG:4326) was assumed"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2, and its coordinates are not longitude/latitude"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: no coordinate system given (no .prj); all "
                                      "coordinates are within longitude/latitude range, so WGS "
                                      "84 (EPSG:4326) was assumed"),
    QT_TRANSLATE_NOOP("ToolMessages", "choose another with --assume-crs EPSG:N if that is wrong"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: no coordinate system given (the .prj file is "
                                      "missing) and the coordinates are not longitude/latitude"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: its coordinate system cannot be understood"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: reprojected from %2 (%3) to WGS 84"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a GeoPackage (it is not an SQLite database)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a zoneeditor project: a %1 file is brought into a "
                                      "project with 'zoneeditor import'"),
    QT_TRANSLATE_NOOP("ToolMessages", "the database is damaged (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the database is damaged (it fails SQLite's integrity "
                                      "check)"),
    QT_TRANSLATE_NOOP("ToolMessages", "an SQLite database but not a GeoPackage (no "
                                      "gpkg_contents table)"),
    QT_TRANSLATE_NOOP("ToolMessages", "its table %1 has been replaced by a database view, which "
                                      "zoneeditor never runs"),
    QT_TRANSLATE_NOOP("ToolMessages", "its layers cannot be listed (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a zoneeditor project: its agreed version was read (open "
                                      "it with the editor to see every version)"),
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1 is a database view, which zoneeditor never runs "
                                      "(a view can run forever or fill the memory); it was not "
                                      "read"),
    QT_TRANSLATE_NOOP("ToolMessages", "export the view's rows as a table with another tool"),
    QT_TRANSLATE_NOOP("ToolMessages", "layer %1 has no geometry (a plain table); it was not "
                                      "imported"),
    QT_TRANSLATE_NOOP("ToolMessages", "the GeoPackage has no feature layers"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is malformed"),
    QT_TRANSLATE_NOOP("ToolMessages", "it declares XML entities"),
    QT_TRANSLATE_NOOP("ToolMessages", "it contains a document type declaration (DTD)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it refers to external files"),
    QT_TRANSLATE_NOOP("ToolMessages", "it uses an XML feature that is not allowed"),
    QT_TRANSLATE_NOOP("ToolMessages", "unsafe KML refused: %1, which could expand without limit "
                                      "or reveal local files"),
    QT_TRANSLATE_NOOP("ToolMessages", "not valid KML (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "zip refused: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the zip holds no shapefile, GeoPackage, GeoJSON or KML"),
    QT_TRANSLATE_NOOP("ToolMessages", "zipped files"),
    QT_TRANSLATE_NOOP("ToolMessages", "zipped %1"),
    # io.exchange.shapefile
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 %3 has characters (%4) that %5 cannot hold"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 is %3 bytes long; a shapefile text field holds at "
                                      "most %4 (use GeoPackage or GeoJSON for long text)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (%2 values)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (1 value)"),
    QT_TRANSLATE_NOOP("ToolMessages", "unknown shapefile encoding %1 (choose %2)"),
    # io.exchange.shapefile_reader
    QT_TRANSLATE_NOOP("ToolMessages", "the .shp file is empty (0 bytes)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a shapefile: it is a text file (it starts with %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a shapefile (its header is not a shapefile header)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .shp file is truncated (%1 bytes; its header alone "
                                      "is 100)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .shp file is truncated: %1 of %2 bytes are there; "
                                      "features past the cut have no geometry"),
    QT_TRANSLATE_NOOP("ToolMessages", "ask the sender for the complete file"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .shx index file is missing; it was rebuilt from the "
                                      ".shp (in a private copy, your files were not changed)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .dbf file (attributes) is missing: the shapes were "
                                      "read without names, parties or ids"),
    QT_TRANSLATE_NOOP("ToolMessages", "the files disagree: the .dbf has %1 records but the "
                                      ".shp/.shx have %2 shapes; only %3 features could be "
                                      "matched with their attributes"),
    QT_TRANSLATE_NOOP("ToolMessages", "ask the sender for a consistent set of files"),
    QT_TRANSLATE_NOOP("ToolMessages", "unknown encoding %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "you chose"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .cpg names an unknown encoding (%1); %2 was used "
                                      "(%3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "no .cpg file says how the text is encoded; %1 was used "
                                      "(%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "choose another with --encoding if names look wrong"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .cpg says"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text looks garbled as %1 (%2): e.g. %3; as %4 it "
                                      "reads %5"),
    QT_TRANSLATE_NOOP("ToolMessages", "choose --encoding %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (%2 %3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "ask the sender which encoding the file uses"),
    QT_TRANSLATE_NOOP("ToolMessages", "the .shp file (the shapes) is missing from the set"),
    QT_TRANSLATE_NOOP("ToolMessages", "its contents do not follow the shapefile format"),
    QT_TRANSLATE_NOOP("ToolMessages", "the shapefile cannot be read (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 long field names were restored from %3"),
    # io.exchange.textcodec
    QT_TRANSLATE_NOOP("ToolMessages", "all text is plain ASCII"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text is valid UTF-8"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text reads as %1 in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text reads as text in %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "no encoding reads the text cleanly; it was read byte for "
                                      "byte as latin-1 and may show wrongly"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text does not decode as %1, and no other encoding "
                                      "reads it cleanly; it may show wrongly"),
    QT_TRANSLATE_NOOP("ToolMessages", "the text does not read as words as %1, and no other "
                                      "encoding reads it cleanly; it may show wrongly"),
    # io.exchange.verify
    QT_TRANSLATE_NOOP("ToolMessages", "%1 features read back instead of %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: id %2 read back instead of %3"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the geometry read back differs"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: %2 %3 read back instead of %4"),
    # io.gpkg_blobs
    QT_TRANSLATE_NOOP("ToolMessages", "a geometry is not stored as a GeoPackage geometry"),
    QT_TRANSLATE_NOOP("ToolMessages", "a geometry has a damaged header"),
    # io.journal.reading
    QT_TRANSLATE_NOOP("ToolMessages", "the journal %1 is damaged (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a zoneeditor journal, or one from a newer "
                                      "version"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is in use by a running editor"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal %1 cannot be read (%2)"),
    # io.journal.store
    QT_TRANSLATE_NOOP("ToolMessages", "the journal %1 cannot be opened (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 already holds edits of another session"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot open the edit journal — %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "edits cannot be made safe there"),
    QT_TRANSLATE_NOOP("ToolMessages", "the edit could not be made safe on disk — %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "it was not made"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot reset the edit journal — %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "it still holds the edits"),
    # io.lineage.find
    QT_TRANSLATE_NOOP("ToolMessages", "name a common ancestor with --base FILE:VERSION, or "
                                      "compare the two with 'zoneeditor diff \"%1\" \"%2\"'"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 and %2 share %3, but neither file keeps its content "
                                      "any more; %4"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 has no merge history (it was last saved by an older "
                                      "zoneeditor or another program), so no common ancestor "
                                      "can be found; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 and %2 come from two different projects (no state in "
                                      "common); %3"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 and %2 share no saved state; %3"),
    # io.lineage.merging
    QT_TRANSLATE_NOOP("ToolMessages", "no version %1 in it (versions: %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "save the project once before merging another copy into it"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 already has a version %2; choose another name"),
    # io.os_errors
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is full"),
    QT_TRANSLATE_NOOP("ToolMessages", "your share of the disk (quota) is used up"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file is larger than the disk allows"),
    QT_TRANSLATE_NOOP("ToolMessages", "permission denied"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is read-only"),
    QT_TRANSLATE_NOOP("ToolMessages", "no such file or folder"),
    QT_TRANSLATE_NOOP("ToolMessages", "a part of the path is a file, not a folder"),
    QT_TRANSLATE_NOOP("ToolMessages", "a file of that name already exists"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk could not be read or written (input/output "
                                      "error)"),
    QT_TRANSLATE_NOOP("ToolMessages", "too many files are open at once"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file name is too long"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file or disk is in use"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is not enough memory"),
    QT_TRANSLATE_NOOP("ToolMessages", "the path has too many symbolic links"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk or device is not available"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file cannot be moved to another disk this way"),
    QT_TRANSLATE_NOOP("ToolMessages", "the folder is not empty"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk or network share did not answer in time"),
    QT_TRANSLATE_NOOP("ToolMessages", "the network share is no longer available"),
    QT_TRANSLATE_NOOP("ToolMessages", "the operating system refused (error %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file could not be used"),
    # io.plain_errors
    QT_TRANSLATE_NOOP("ToolMessages", "a number in it has more digits than any real value (over "
                                      "%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a ring has %1 points (at least 4 are needed)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a line has only one point"),
    QT_TRANSLATE_NOOP("ToolMessages", "the database lacks a table it names"),
    QT_TRANSLATE_NOOP("ToolMessages", "the database is damaged"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not a readable database"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has more columns than the database can hold"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not in a format zoneeditor reads"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file is missing"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk could not be read"),
    QT_TRANSLATE_NOOP("ToolMessages", "the folder cannot be written to"),
    QT_TRANSLATE_NOOP("ToolMessages", "its contents cannot be read"),
    QT_TRANSLATE_NOOP("ToolMessages", "reading it needs more memory than is allowed"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is nested too deeply to read"),
    QT_TRANSLATE_NOOP("ToolMessages", "its text is not in the encoding it claims"),
    QT_TRANSLATE_NOOP("ToolMessages", "a text value holds characters (%1) that %2 cannot store"),
    # io.project_file
    QT_TRANSLATE_NOOP("ToolMessages", "the project could not be written"),
    QT_TRANSLATE_NOOP("ToolMessages", "its table %1 has been replaced by a database view; "
                                      "zoneeditor never runs views in project files (a view can "
                                      "run forever or fill the memory)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a zoneeditor project (no zoneeditor_meta table); use "
                                      "'zoneeditor import' to bring its layers into a project"),
    QT_TRANSLATE_NOOP("ToolMessages", "column %1 of table %2 is computed by the database; "
                                      "zoneeditor does not run such columns"),
    QT_TRANSLATE_NOOP("ToolMessages", "the list of versions cannot be read (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "an attribute holds binary data"),
    QT_TRANSLATE_NOOP("ToolMessages", "made by a newer zoneeditor (format %1); please upgrade"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project details"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 of %2"),
    # io.project_tables
    QT_TRANSLATE_NOOP("ToolMessages", "its table %1 is an SQLite virtual table, which "
                                      "zoneeditor cannot keep safely; nothing was saved (remove "
                                      "the table with another tool, or export the project "
                                      "instead)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the tables other programs added to %1 could not be kept "
                                      "(%2); nothing was saved"),
    # io.recovery.replay
    QT_TRANSLATE_NOOP("ToolMessages", "the undo history made a change that is not in the journal"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal says %1 %2, but replaying it gave %3 %4"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal %1 is damaged (a record cannot be decoded)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal %1 holds no edits"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal undoes a step that is not there"),
    QT_TRANSLATE_NOOP("ToolMessages", "the journal redoes a step that is not there"),
    QT_TRANSLATE_NOOP("ToolMessages", "unknown journal origin %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "replaying %1 changed nothing"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot replay %1: %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is being recovered by another ZoneEditor"),
    # io.recovery.room
    QT_TRANSLATE_NOOP("ToolMessages", "The disk holding %1 is full (%2 free, about %3 needed): "
                                      "free some space there and recover again — the unsaved "
                                      "edits are kept, untouched, in %4."),
    QT_TRANSLATE_NOOP("ToolMessages", "The disk holding %1 is full (%2 free): free some space "
                                      "there and recover again — the unsaved edits are kept, "
                                      "untouched, in %3."),
    QT_TRANSLATE_NOOP("ToolMessages", "The disk holding %1 is full: free some space there and "
                                      "recover again — the unsaved edits are kept, untouched, "
                                      "in %2."),
    # io.reference.__init__
    QT_TRANSLATE_NOOP("ToolMessages", "no such file, and the project's copy of it is missing"),
    QT_TRANSLATE_NOOP("ToolMessages", "Reference layer %1 is not shown: %2"),
    # io.reference.child
    QT_TRANSLATE_NOOP("ToolMessages", "reading took longer than %1 s and was stopped; the file "
                                      "may be damaged or too large"),
    QT_TRANSLATE_NOOP("ToolMessages", "reading it crashed the file reader (signal %1); the file "
                                      "may be damaged or hostile"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file reader stopped unexpectedly (exit status %1); "
                                      "the file may be damaged or hostile"),
    QT_TRANSLATE_NOOP("ToolMessages", "reading it needs more memory than the file reader may "
                                      "use (%1 GiB)"),
    # io.reference.raster
    QT_TRANSLATE_NOOP("ToolMessages", "GDAL cannot read it as an image (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not an image file GDAL knows"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has control points but no map transform: georeference "
                                      "it with Tools ▸ Georeference image first"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has no coordinate system (an image that is not "
                                      "georeferenced): georeference it first"),
    QT_TRANSLATE_NOOP("ToolMessages", "its extent cannot be mapped to longitude/latitude (its "
                                      "coordinate system is one PROJ cannot convert)"),
    QT_TRANSLATE_NOOP("ToolMessages", "its extent is not a place on Earth"),
    # io.reference.scan
    QT_TRANSLATE_NOOP("ToolMessages", "not a PDF that can be read (damaged, or protected by a "
                                      "password)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not an image GDAL can read (PNG, JPEG or TIFF)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is %1 x %2 pixels; scans up to %3 pixels a side are "
                                      "read"),
    QT_TRANSLATE_NOOP("ToolMessages", "an image has one page only"),
    QT_TRANSLATE_NOOP("ToolMessages", "a scan must be a PNG, JPEG, TIFF or PDF file"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file reader returned a damaged image"),
    QT_TRANSLATE_NOOP("ToolMessages", "the transform stretches the scan too far: check the "
                                      "control points"),
    QT_TRANSLATE_NOOP("ToolMessages", "the scan itself was not changed"),
    # io.reference.store
    QT_TRANSLATE_NOOP("ToolMessages", "the copy of a reference file (%1) carried in the project "
                                      "is missing"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot open it to read a carried copy (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it does not carry the reference copy %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "its carried reference copy is damaged (%1)"),
    # io.reference.vector
    QT_TRANSLATE_NOOP("ToolMessages", "the file reader returned damaged data"),
    # io.safezip
    QT_TRANSLATE_NOOP("ToolMessages", "it contains an entry with an absolute path (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it contains an entry that points outside its folder (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it is not a valid zip file"),
    QT_TRANSLATE_NOOP("ToolMessages", "it has %1 entries (at most %2 allowed)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it contains a symbolic link (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "it unpacks to more than %1 MiB (a zip bomb?)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 expands more than %2 times its packed size (a zip "
                                      "bomb?)"),
    QT_TRANSLATE_NOOP("ToolMessages", "entry %1 is damaged"),
    # io.sandbox
    QT_TRANSLATE_NOOP("ToolMessages", "reading took longer than %1 s and was stopped; the file "
                                      "may be damaged or hostile"),
    QT_TRANSLATE_NOOP("ToolMessages", "reading it crashed the file reader (%1, signal %2); the "
                                      "file may be damaged or hostile"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file reader returned a damaged answer"),
    QT_TRANSLATE_NOOP("ToolMessages", "reading it needs more memory than the file reader may "
                                      "use (%1 GiB); the file may be damaged, hostile or simply "
                                      "too large"),
    # io.sandbox_worker
    QT_TRANSLATE_NOOP("ToolMessages", "the file is nested too deeply to read"),
    # io.session
    QT_TRANSLATE_NOOP("ToolMessages", "recovering %1 failed before; its journal was kept at %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1; the journal was kept at %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the bundled sample is read-only: save it under another "
                                      "name"),
    # io.write_errors
    QT_TRANSLATE_NOOP("ToolMessages", "the previous file was kept"),
    QT_TRANSLATE_NOOP("ToolMessages", "nothing was written"),
    QT_TRANSLATE_NOOP("ToolMessages", "nothing was replaced"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is full (%1 free): free some space or choose "
                                      "another disk; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is full (%1 free): free some space; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is full: free some space or choose another "
                                      "disk; %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is full: free some space; %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the disk is read-only (write-protected, or mounted "
                                      "read-only): choose another place; %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "you are not allowed to write in the folder %1: choose "
                                      "another folder or ask for write permission; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is a file, not a folder: choose another place; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the folder %1 is no longer there (was a disk removed?): "
                                      "choose another place; %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the file could not be written"),
    # render.print_layout
    QT_TRANSLATE_NOOP("ToolMessages", "version %1 has no zones to print"),
    QT_TRANSLATE_NOOP("ToolMessages", "version %1 has nothing to print"),
    QT_TRANSLATE_NOOP("ToolMessages", "the content does not fit on %1: choose a larger paper or "
                                      "a shorter title"),
    # render.print_map
    QT_TRANSLATE_NOOP("ToolMessages", "no version %1 (versions: %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot compare: %1"),
    # render.print_options
    QT_TRANSLATE_NOOP("ToolMessages", "unknown paper size %1 (choose from %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "scale 1:%1 is outside 1:%2 … 1:%3"),
    QT_TRANSLATE_NOOP("ToolMessages", "labels %1: choose %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "dpi %1 is outside 30 … 1200"),
    QT_TRANSLATE_NOOP("ToolMessages", "extent %1 is not a west, south, east, north box"),
    QT_TRANSLATE_NOOP("ToolMessages", "map area %1: choose %2"),
    # render.print_output
    QT_TRANSLATE_NOOP("ToolMessages", "the PDF could not be started"),
    QT_TRANSLATE_NOOP("ToolMessages", "the image could not be encoded"),
    # io.exchange.feature_limit and core.diff_limits: a file with more features than a
    # reading takes, refused at the first feature too many (its count not known)
    QT_TRANSLATE_NOOP("ToolMessages",
                      "it has more than %1 features; at most %1 can be read here"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 has more than %2 features: a comparison takes at "
                                      "most %2 in each version"),
)

#: Templates of ``core.messages.Message`` about the team server, sync conflicts and changes
#: that do not fit (``ConflictError``): errors, refusals (PostgreSQL's in our words,
#: ``io.team.pgerrors``), what a sync kept here, conflict descriptions (also the merge
#: engine's), byte sizes and script names. %1... are servers, versions, features, figures;
#: commands and options (``zoneeditor team init``, ``--delegation NAME``) are arguments.
TEAM_MESSAGES = (
    # core.changes
    QT_TRANSLATE_NOOP("ToolMessages", "cannot combine changes to two different versions"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot combine changes that create, drop or rename "
                                      "versions"),
    QT_TRANSLATE_NOOP("ToolMessages", "changes to %1 do not follow each other"),
    # core.document
    QT_TRANSLATE_NOOP("ToolMessages", "project details were changed meanwhile"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 was changed meanwhile"),
    QT_TRANSLATE_NOOP("ToolMessages", "a project must keep its agreed baseline, first among "
                                      "versions"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 already exists"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is no %1 in this project"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 still has features"),
    QT_TRANSLATE_NOOP("ToolMessages", "the agreed baseline cannot be removed"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 already exists in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 is not as expected in %2"),
    # core.model
    QT_TRANSLATE_NOOP("ToolMessages", "the agreed baseline"),
    QT_TRANSLATE_NOOP("ToolMessages", "version %1"),
    # core.merge.describe
    QT_TRANSLATE_NOOP("ToolMessages", "Both sides changed %1 of %2: %3 %4, %5 %6 (was %7)."),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 deleted %2; %3 changed its %4."),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 and %2 both added %3 (same id) with different content."),
    QT_TRANSLATE_NOOP("ToolMessages", "Both sides redrew the same stretch of %1."),
    QT_TRANSLATE_NOOP("ToolMessages", "Each side's edits of %1 are valid alone, but together %2."),
    # also a list's last two items (core.messages.listing: "a, b and c")
    QT_TRANSLATE_NOOP("ToolMessages", "%1 and %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "unset"),
    QT_TRANSLATE_NOOP("ToolMessages", "ours"),
    QT_TRANSLATE_NOOP("ToolMessages", "Ours"),
    QT_TRANSLATE_NOOP("ToolMessages", "theirs"),
    QT_TRANSLATE_NOOP("ToolMessages", "Theirs"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 deleted %2; %3 changed it."),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 (a border they share)"),
    QT_TRANSLATE_NOOP("ToolMessages", "Both sides changed the geometry of %1, in ways that "
                                      "cannot be combined stretch by stretch."),
    QT_TRANSLATE_NOOP("ToolMessages", "Both sides redrew the same stretch of %1 near %2."),
    QT_TRANSLATE_NOOP("ToolMessages", "Each side's edits of %1 are valid alone, but together %2 "
                                      "at %3."),
    QT_TRANSLATE_NOOP("ToolMessages", "Both sides changed the geometry of %1 near %2, in ways "
                                      "that cannot be combined stretch by stretch."),
    QT_TRANSLATE_NOOP("ToolMessages", "a feature"),
    QT_TRANSLATE_NOOP("ToolMessages", "geometry"),
    # core.scripts
    QT_TRANSLATE_NOOP("ToolMessages", "Latin"),
    QT_TRANSLATE_NOOP("ToolMessages", "Greek"),
    QT_TRANSLATE_NOOP("ToolMessages", "Cyrillic"),
    QT_TRANSLATE_NOOP("ToolMessages", "Armenian"),
    QT_TRANSLATE_NOOP("ToolMessages", "Hebrew"),
    QT_TRANSLATE_NOOP("ToolMessages", "Arabic"),
    QT_TRANSLATE_NOOP("ToolMessages", "Syriac"),
    QT_TRANSLATE_NOOP("ToolMessages", "Thaana"),
    QT_TRANSLATE_NOOP("ToolMessages", "NKo"),
    QT_TRANSLATE_NOOP("ToolMessages", "Devanagari"),
    QT_TRANSLATE_NOOP("ToolMessages", "Bengali"),
    QT_TRANSLATE_NOOP("ToolMessages", "Gurmukhi"),
    QT_TRANSLATE_NOOP("ToolMessages", "Gujarati"),
    QT_TRANSLATE_NOOP("ToolMessages", "Oriya"),
    QT_TRANSLATE_NOOP("ToolMessages", "Tamil"),
    QT_TRANSLATE_NOOP("ToolMessages", "Telugu"),
    QT_TRANSLATE_NOOP("ToolMessages", "Kannada"),
    QT_TRANSLATE_NOOP("ToolMessages", "Malayalam"),
    QT_TRANSLATE_NOOP("ToolMessages", "Sinhala"),
    QT_TRANSLATE_NOOP("ToolMessages", "Thai"),
    QT_TRANSLATE_NOOP("ToolMessages", "Lao"),
    QT_TRANSLATE_NOOP("ToolMessages", "Tibetan"),
    QT_TRANSLATE_NOOP("ToolMessages", "Myanmar"),
    QT_TRANSLATE_NOOP("ToolMessages", "Georgian"),
    QT_TRANSLATE_NOOP("ToolMessages", "Hangul"),
    QT_TRANSLATE_NOOP("ToolMessages", "Ethiopic"),
    QT_TRANSLATE_NOOP("ToolMessages", "Cherokee"),
    QT_TRANSLATE_NOOP("ToolMessages", "Khmer"),
    QT_TRANSLATE_NOOP("ToolMessages", "Mongolian"),
    QT_TRANSLATE_NOOP("ToolMessages", "Tifinagh"),
    QT_TRANSLATE_NOOP("ToolMessages", "Kana"),
    QT_TRANSLATE_NOOP("ToolMessages", "Han"),
    QT_TRANSLATE_NOOP("ToolMessages", "Yi"),
    # core.textlimits
    QT_TRANSLATE_NOOP("ToolMessages", "%1… (%2 more characters)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 GB"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 bytes"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 KB"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 MB"),
    # io.exchange.shapefile
    QT_TRANSLATE_NOOP("ToolMessages", "fields with text %1 cannot hold: %2; leave them out with "
                                      "%3, or export as UTF-8"),
    # io.team.address
    QT_TRANSLATE_NOOP("ToolMessages", "not a project on a team server: %1 (expected %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 names no project (expected %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a PostgreSQL address (expected a postgresql:// URL "
                                      "or key=value settings)"),
    # io.team.admin
    QT_TRANSLATE_NOOP("ToolMessages", "unknown role %1 (roles: %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a delegate needs a delegation (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 runs PostgreSQL %2; a team server needs PostgreSQL 13 "
                                      "or newer"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is no database user %1 on %2: create it first (%3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a member of the team on %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "this user may not create roles on %1: run %2 as the "
                                      "database owner with CREATEROLE, or as a superuser"),
    QT_TRANSLATE_NOOP("ToolMessages", "PostGIS is not enabled in %1 and this user may not "
                                      "enable it: ask the database superuser to run %2 in that "
                                      "database"),
    QT_TRANSLATE_NOOP("ToolMessages", "PostGIS could not be enabled in %1: %2"),
    # io.team.errors
    QT_TRANSLATE_NOOP("ToolMessages", "the database user %1 is not a member of the team on %2 "
                                      "(ask its administrator: %3)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the database user is not a member of the team on %1"),
    # io.team.local_state
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a working copy of a team project (make one "
                                      "with %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "a part of it is missing or cannot be decoded"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1: its team sync record is damaged (%2)"),
    # io.team.rights: a version this user may not change (%1 the version, %2 its delegation)
    QT_TRANSLATE_NOOP("ToolMessages", "your role on the team server is observer, so you can "
                                      "look at the map and sync, but not change it"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 belongs to the delegation %2: you cannot change it, "
                                      "but you can copy it into a proposal of your own"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is the coordinators' to change: you cannot change it, "
                                      "but you can copy it into a proposal of your own"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is already shown to every member of the team"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is a coordinators' proposal, already shown to every "
                                      "member of the team: there is nothing to table"),
    QT_TRANSLATE_NOOP("ToolMessages", "only the delegation %1 can put %2 on the table"),
    # io.team.outbox
    QT_TRANSLATE_NOOP("ToolMessages", "cannot record the changes being sent (%1)"),
    # io.team.pgerrors
    QT_TRANSLATE_NOOP("ToolMessages", "the team server's change log cannot be changed afterwards"),
    QT_TRANSLATE_NOOP("ToolMessages", "your role on the team server does not allow this change"),
    QT_TRANSLATE_NOOP("ToolMessages", "the change breaks a rule of the team server's data"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server is out of resources (disk, memory or "
                                      "connections)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server stopped the request (it took too long)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server was shut down"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server ended a transaction that waited too long"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server could not finish the request at the same "
                                      "time as another one: sync again"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server reported an error"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server reported an error (code %1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 reported an error (code %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 is not a zoneeditor team server (run %2 there first)"),
    QT_TRANSLATE_NOOP("ToolMessages", "cannot reach the team server %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the change names version %1 but was sent for %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the server already has %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the server has no %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project details were changed on the server meanwhile"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 already exists in %2 on the server"),
    QT_TRANSLATE_NOOP("ToolMessages", "feature %1 of %2 was changed on the server meanwhile"),
    QT_TRANSLATE_NOOP("ToolMessages", "a tabled proposal cannot be withdrawn from the table"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server moved on meanwhile (%1)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 refused: %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 refused the change: %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 did not accept the login"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 asks for a password"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a PostgreSQL address: write it as %1 (or as "
                      "key=value settings, or service=NAME)"),
    QT_TRANSLATE_NOOP("ToolMessages", "the address holds a password: put it in ~/.pgpass (or "
                      "use a libpq service file) and give the address without it"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 did not accept the user name or "
                                      "password"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 accepts no login of this user from "
                                      "this computer"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 has no such database"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 has no database %2 (name the team's "
                                      "database at the end of the address: "
                                      "postgresql://HOST/DATABASE)"),
    # io.team.plan
    QT_TRANSLATE_NOOP("ToolMessages", "%1 was changed here, but your role may not change %2 on "
                                      "the server: the change stays here until you take the "
                                      "server's side"),
    QT_TRANSLATE_NOOP("ToolMessages", "your change of the project details stays here: only "
                                      "coordinators change them on the server"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project details were changed here and on the server; "
                                      "yours are kept here"),
    QT_TRANSLATE_NOOP("ToolMessages", "the new version %1 stays here: your role may not add "
                                      "versions on the server"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 was removed on the server while it was edited here; "
                                      "it is kept here"),
    QT_TRANSLATE_NOOP("ToolMessages", "the removal of %1 stays here: your role may not remove "
                                      "it on the server"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 was changed on the server after it was removed here; "
                                      "it is back"),
    QT_TRANSLATE_NOOP("ToolMessages", "%1 on the team server is %2 that shares the name of "
                                      "yours: yours is kept here as %3 and the server's arrives "
                                      "as %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "another delegation's proposal"),
    QT_TRANSLATE_NOOP("ToolMessages", "the coordinators' proposal"),
    QT_TRANSLATE_NOOP("ToolMessages", "Keep your %1 apart from the team server's, as %2"),
    # io.team.conflict_names
    QT_TRANSLATE_NOOP("ToolMessages", "%1 names %2 features with open conflicts (ids %3): give "
                                      "one of these ids with %4"),
    # io.team.refusals
    QT_TRANSLATE_NOOP("ToolMessages", "%1: the server refused this change (%2); it stays here "
                                      "until the server allows it or you discard it"),
    QT_TRANSLATE_NOOP("ToolMessages", "the new version %1 stays here: the server refused it "
                                      "(%2); perhaps another delegation already has a draft of "
                                      "that name: rename yours and sync again"),
    QT_TRANSLATE_NOOP("ToolMessages", "the removal of %1 stays here: the server refused it (%2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "your change of the project details stays here: the "
                                      "server refused it (%1)"),
    # io.team.server
    QT_TRANSLATE_NOOP("ToolMessages", "the team server moved on meanwhile (revision %1 was "
                                      "added after %2)"),
    QT_TRANSLATE_NOOP("ToolMessages", "no project %1 on %2 (or you are not a member of its team)"),
    QT_TRANSLATE_NOOP("ToolMessages", "not a usable PostgreSQL address: %1"),
    QT_TRANSLATE_NOOP("ToolMessages", "there is already a project %1 on %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "no proposal %1 of your delegation in project %2 on %3"),
    # io.team.sync
    QT_TRANSLATE_NOOP("ToolMessages", "the team server kept changing while syncing (%1); "
                                      "nothing was lost: sync again"),
    QT_TRANSLATE_NOOP("ToolMessages", "this project has no file yet, so it is not a working copy"),
    QT_TRANSLATE_NOOP("ToolMessages", "the project was edited while it was syncing; sync again "
                                      "(nothing was lost)"),
    QT_TRANSLATE_NOOP("ToolMessages", "no open conflict about %1 in %2"),
    QT_TRANSLATE_NOOP("ToolMessages", "the team server %1 refused: %2 (perhaps another "
                                      "delegation already has a draft called %3: rename yours "
                                      "and sync again)"),
    # io.team.workcopy
    QT_TRANSLATE_NOOP("ToolMessages", "%1 already exists: choose another %2"),
)


def _counted_tool_messages() -> None:
    """Templates of ``core.messages.counted`` ("%n" is the count, "%1"... the other
    arguments): the window translates them with their count, so lupdate must file them with
    plural forms, which it does for a ``translate`` call given a count. Never called."""
    QCoreApplication.translate(
        "ToolMessages",
        "the heights (Z) were left out of %n feature(s): zones, lines and points are kept"
        " on the ground, by longitude and latitude",
        None, 1)
    QCoreApplication.translate("ToolMessages", "Inserted a vertex in %n feature(s)", None, 1)
    # core.diff_absent.column_list: the columns a side lacks, beyond the few named
    QCoreApplication.translate("ToolMessages", "%1 and %n more column(s)", None, 1)
    # core.kept_attributes.Kept.note: values an import keeps for columns a file lacks
    QCoreApplication.translate(
        "ToolMessages",
        "kept from %1 for %n matched feature(s): %2, which the files have no column for (a "
        "missing column empties nothing; an empty value in a column does)", None, 1)
    # io.exchange.readers.ring_too_short (GeoJSON and KML)
    QCoreApplication.translate(
        "ToolMessages",
        "a ring has %n position(s) in the file (at least 4 are needed: three corners and the "
        "first repeated at the end)",
        None, 1)
    QCoreApplication.translate("ToolMessages", "Deleted a vertex of %n feature(s)", None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "has the name of %n other zone(s): a comparison cannot pair them by name",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "has the code %1 (%2) of %n other feature(s): a comparison cannot pair them by "
        "code",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%n text value(s) cannot be written as %1: %2 — %3",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%n text value(s) cannot be written as %1: %2",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 still has %n feature(s) with open merge conflicts; resolve them before "
        "merging it again",
        None, 1)
    QCoreApplication.translate("ToolMessages", "it has %n page(s); page %1 does not exist", None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 has %n unsaved edit(s) from a session that ended unexpectedly (last edit %2)",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 still has open merge conflicts on %n feature(s): resolve them before making "
        "it the baseline",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 has %n open conflict(s) from the team sync: decide them with %2 or %3 (or in "
        "the Conflicts panel of the window), then table it",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 has %n open merge conflict(s): resolve them in the Conflicts panel of the "
        "window, then table it",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 and %n feature(s) changed with it: the server refused this change (%2); it "
        "stays here until the server allows it or you discard it",
        None, 1)
    # core.diff_limits: a comparison too large to make, or large enough to take a while
    QCoreApplication.translate(
        "ToolMessages",
        "%1 has %n feature(s): a comparison takes at most %2 in each version",
        None, 1)
    QCoreApplication.translate(
        "ToolMessages",
        "%1 has %n feature(s): comparing them may take minutes",
        None, 1)
    # io.exchange.feature_limit: a file whose own count is over a reading's limit
    QCoreApplication.translate(
        "ToolMessages",
        "it has %n feature(s); at most %1 can be read here",
        None, 1)


#: The sentences of ``zoneeditor diff``'s text report (``core.diff_report.summary_text``,
#: its words in ``core.diff_words``; %1... are names and figures), translated by
#: ``i18n.report_words`` for ``--lang``.
DIFF_TEXT = (
    QT_TRANSLATE_NOOP("DiffText", "Changes from \"%1\" (%2) to \"%3\" (%4)"),
    QT_TRANSLATE_NOOP("DiffText", "%1 modified, %2 added, %3 removed, %4 unchanged."),
    QT_TRANSLATE_NOOP("DiffText", "Features with different ids matched %1."),
    QT_TRANSLATE_NOOP("DiffText", "%1 by code"),
    QT_TRANSLATE_NOOP("DiffText", "%1 by name"),
    QT_TRANSLATE_NOOP("DiffText", "%1 by name variant"),
    QT_TRANSLATE_NOOP("DiffText", "%1 by overlap"),
    QT_TRANSLATE_NOOP("DiffText", "%1 by %2"),
    QT_TRANSLATE_NOOP("DiffText", "The two versions hold the same map content."),
    QT_TRANSLATE_NOOP("DiffText", "Zones"),
    QT_TRANSLATE_NOOP("DiffText", "Lines"),
    QT_TRANSLATE_NOOP("DiffText", "Points"),
    # a feature without a name: %1 is the start of its id
    QT_TRANSLATE_NOOP("DiffText", "zone %1"),
    QT_TRANSLATE_NOOP("DiffText", "line %1"),
    QT_TRANSLATE_NOOP("DiffText", "point %1"),
    QT_TRANSLATE_NOOP("DiffText", "buffer zone"),
    QT_TRANSLATE_NOOP("DiffText", "%1 (%2)"),  # a feature and its party; a line and its rule
    QT_TRANSLATE_NOOP("DiffText", "%1: modified"),
    QT_TRANSLATE_NOOP("DiffText", "%1: added"),
    QT_TRANSLATE_NOOP("DiffText", "%1: removed"),
    QT_TRANSLATE_NOOP("DiffText", "%1: unchanged"),
    QT_TRANSLATE_NOOP("DiffText", "%1 — %2"),  # a feature's change and what it did
    QT_TRANSLATE_NOOP("DiffText", "%1; %2"),  # what a feature did, part after part
    QT_TRANSLATE_NOOP("DiffText", "%1, %2"),  # items of a list
    QT_TRANSLATE_NOOP("DiffText", "new zone of %1"),
    QT_TRANSLATE_NOOP("DiffText", "%1 no longer a zone"),
    QT_TRANSLATE_NOOP("DiffText", "gained %1"),
    QT_TRANSLATE_NOOP("DiffText", "gained %1 (%2)"),  # %2: near which town
    QT_TRANSLATE_NOOP("DiffText", "lost %1"),
    QT_TRANSLATE_NOOP("DiffText", "lost %1 (%2)"),
    QT_TRANSLATE_NOOP("DiffText", "max shift %1"),
    QT_TRANSLATE_NOOP("DiffText", "moved up to %1 (mean %2), %3 between old and new line"),
    QT_TRANSLATE_NOOP("DiffText", "moved %1"),
    QT_TRANSLATE_NOOP("DiffText", "handed from %1 to %2"),
    QT_TRANSLATE_NOOP("DiffText", "changed %1"),  # %1: the attributes' names
    QT_TRANSLATE_NOOP("DiffText", "boundary within the tolerance (moved up to %1)"),
    QT_TRANSLATE_NOOP("DiffText", "matched by code: %1"),
    QT_TRANSLATE_NOOP("DiffText", "matched by name: %1"),
    QT_TRANSLATE_NOOP("DiffText", "matched by name variant: %1"),
    QT_TRANSLATE_NOOP("DiffText", "matched by overlap: %1"),
    QT_TRANSLATE_NOOP("DiffText", "matched by %1: %2"),
    QT_TRANSLATE_NOOP("DiffText", "near %1"),
    QT_TRANSLATE_NOOP("DiffText", "at %1"),  # %1: a latitude and longitude
    QT_TRANSLATE_NOOP("DiffText", "Territory per party (buffer zones excluded)"),
    QT_TRANSLATE_NOOP("DiffText", "Buffer zones (no party's territory, not counted above)"),
    QT_TRANSLATE_NOOP("DiffText", "%1: %2 → %3 (%4)"),  # a party: area before, after, net
    QT_TRANSLATE_NOOP("DiffText", "no change"),
    QT_TRANSLATE_NOOP("DiffText", "no party"),
    QT_TRANSLATE_NOOP("DiffText", "Land changing hands"),
    QT_TRANSLATE_NOOP("DiffText", "%1 %2 passes from %3 to %4"),
    # land no party holds afterwards, or held before (%3: the one party)
    QT_TRANSLATE_NOOP("DiffText", "%1 %2 passes from %3 to no party"),
    QT_TRANSLATE_NOOP("DiffText", "%1 %2 passes from no party to %3"),
    QT_TRANSLATE_NOOP("DiffText", "Land gained or lost, too small to list: %1 (%2); the totals "
                                  "include them"),
    QT_TRANSLATE_NOOP("DiffText", "under %1"),
    QT_TRANSLATE_NOOP("DiffText", "thinner than %1"),
    QT_TRANSLATE_NOOP("DiffText", "%1 or %2"),
    QT_TRANSLATE_NOOP("DiffText", "km²"),
    QT_TRANSLATE_NOOP("DiffText", "km"),
    QT_TRANSLATE_NOOP("DiffText", "m"),
    QT_TRANSLATE_NOOP("DiffText", "Nothing changed in what both versions give; the notes say "
                                  "what one of them does not give."),
    QT_TRANSLATE_NOOP("DiffText", "Note: %1"),  # what the reader must know, before the report
    # cli/commands/diff.py: %1 a file, %2 "old" or "new" (part of the option's name)
    QT_TRANSLATE_NOOP("DiffText", "%1: no party column recognised, or it is empty; if one of "
                                  "its columns holds the parties, map it with --map-%2 "
                                  "party=COLUMN"),
    # cli/diff_hints.py HINTS: %1 a file, %2 its column, %3 the option to add
    QT_TRANSLATE_NOOP("DiffText", "%1: its column %2 holds the other side's parties; to "
                                  "compare them, add %3"),
    QT_TRANSLATE_NOOP("DiffText", "%1: its column %2 holds the other side's statuses; to "
                                  "compare them, add %3"),
    QT_TRANSLATE_NOOP("DiffText", "%1: its column %2 holds the other side's kinds of "
                                  "feature; to compare them, add %3"),
    QT_TRANSLATE_NOOP("DiffText", "%1: its column %2 holds the other side's ids; to pair the "
                                  "features by them, add %3"),
)


def _counted_diff_text() -> None:
    """The report's sentences with a count (``ReportWords.say(..., count=n)``), filed with
    plural forms. Never called."""
    QCoreApplication.translate("DiffText", "%n smaller piece(s), %1 in all", None, 1)
    QCoreApplication.translate("DiffText", "%n piece(s), %1 in all", None, 1)
    QCoreApplication.translate("DiffText", "%1 and %n more", None, 1)  # near a town, and more
    QCoreApplication.translate(
        "DiffText", "Within the tolerance of %1 (the same line): %n boundaries, %2.", None, 1)
