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
