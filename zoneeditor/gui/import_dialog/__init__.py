"""File ▸ Import…: the dialog that brings other parties' files into the project.

One concept per module: ``dialog`` (reading the files, the state, the import itself),
``widgets`` (the dialog's widgets and layout), ``file_picker`` (the files chosen, where the
picker opens), ``target`` (baseline or proposal), ``reading_options`` (encoding,
coordinates, swap, repairs), ``reading`` (what files are read with),
``mapping_step`` (the file's columns with sample values and the choice of the name, party,
code ... columns, remembered per schema), ``values_step`` (party and status values the
project does not know, mapped as ``--map-values`` maps them), ``proposal_start`` (a new
proposal as a copy of a version with the files' features put in, or them alone),
``problems`` (the list of what is wrong with the files), ``summary`` (the footer and the
status line after an import), ``words`` (the translatable vocabulary shared by them) and
``actions`` (the menu entry).
"""

from zoneeditor.gui.import_dialog.actions import install, open_import_dialog
from zoneeditor.gui.import_dialog.dialog import ImportDialog
from zoneeditor.gui.import_dialog.file_picker import file_filter
from zoneeditor.gui.import_dialog.mapping_step import MappingStep

__all__ = ["ImportDialog", "MappingStep", "file_filter", "install", "open_import_dialog"]
