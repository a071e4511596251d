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
)
