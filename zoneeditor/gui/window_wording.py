"""The window's own words for sentences of the floors that tell the reader to type a
command-line option or command.

io and core say what to do in the command line's terms ("choose the coordinate system with
--assume-crs EPSG:N", "make one with 'zoneeditor team clone …'"): the CLI prints them as
they are. A window user has no command line to type into; the window says the same thing in
its own terms — a dialog's field, a menu entry. Each such sentence is recognised by its
``core.messages.Message`` template (a constant of the code that decides when to say it, so
nothing is matched in English text and no decision is made twice), and worded here with the
same arguments (a worded sentence may leave an argument out: the option's value, the
command). ``gui.tool_messages.translated`` applies it, so every place that shows a Message
shows the window's wording. A test checks that no template the window can show still names
an option.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Template of the floors -> (translation context, the window's wording; same %1, %2...).
#: The import dialog's hints keep their context (its "What to do" column words them so).
#: (QT_TRANSLATE_NOOP marks the wording for lupdate; its stub returns ``object``.)
WINDOW_WORDING: dict[str, tuple[str, object]] = {
    # io.exchange (the import dialog's problems and what to do about them)
    "repair offered (--repair)":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "repair offered: tick \"Accept the offered repairs\"")),
    "import with --swap-xy, or fix the source file":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "tick \"swap them\" above, or fix the source file")),
    "choose the coordinate system with --assume-crs EPSG:N":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "enter the coordinate system above, e.g. EPSG:32637")),
    "choose another with --assume-crs EPSG:N if that is wrong":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "enter the coordinate system above, e.g. EPSG:32637")),
    "--assume-crs %1 is not a coordinate system PROJ knows":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "the coordinate system %1 entered above is not one "
                                           "PROJ knows")),
    "choose another with --encoding if names look wrong":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog",
                                           "choose another text encoding above if names look "
                                           "wrong")),
    "choose --encoding %1":
        ("ImportDialog", QT_TRANSLATE_NOOP("ImportDialog", "choose the text encoding %1 above")),
    # io.exchange.shapefile (the export dialog: it writes 8-bit text only when asked to)
    "fields with text %1 cannot hold: %2; leave them out with %3, or export as UTF-8":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "fields with text %1 cannot hold: %2; choose "
                                            "\"UTF-8 (recommended)\" as the shapefile text")),
    # io.project_file (opening a GeoPackage that is not a project)
    "not a zoneeditor project (no zoneeditor_meta table); use 'zoneeditor import' to bring "
    "its layers into a project":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "not a zoneeditor project (no zoneeditor_meta "
                                            "table); bring its layers into a project with "
                                            "File ▸ Import…")),
    # io.project_sqlite (File ▸ Open on a shapefile, GeoJSON, KML or zip)
    "not a zoneeditor project: a %1 file is brought into a project with 'zoneeditor import'":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "not a zoneeditor project: a %1 file is brought "
                                            "into a project with File ▸ Import…")),
    # io.lineage.find (Merge from file: no common ancestor)
    "name a common ancestor with --base FILE:VERSION, or compare the two with 'zoneeditor "
    "diff \"%1\" \"%2\"'":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "tick \"Name the common ancestor myself\" and "
                                            "choose it, or compare the two with \"Add their "
                                            "version and compare in the Changes panel\"")),
    # io.team (sync, File ▸ Open team project…)
    "%1 is not a working copy of a team project (make one with %2)":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "%1 is not a working copy of a team project (open "
                                            "one with File ▸ Open team project…)")),
    "the database user %1 is not a member of the team on %2 (ask its administrator: %3)":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording",
                                            "the database user %1 is not a member of the team "
                                            "on %2: ask its administrator to add you")),
    "%1 already exists: choose another %2":
        ("WindowWording", QT_TRANSLATE_NOOP("WindowWording", "%1 already exists")),
}


def window_template(template: str) -> str | None:
    """The window's wording of ``template``, translated (None: the template is the window's
    wording too)."""
    found = WINDOW_WORDING.get(template)
    if found is None:
        return None
    context, text = found
    return QCoreApplication.translate(context, str(text))


__all__ = ["WINDOW_WORDING", "window_template"]
