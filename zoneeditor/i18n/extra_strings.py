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
)
