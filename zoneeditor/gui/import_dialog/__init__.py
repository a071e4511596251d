"""File ▸ Import…: the dialog that brings other parties' files into the project.

One concept per module: ``dialog`` (files, reading options, the import itself),
``mapping_step`` (the file's columns with sample values and the choice of the name, party,
code ... columns, remembered per schema), ``proposal_start`` (a new proposal as a copy of a
version with the files' features put in, or them alone), ``problems`` (the list of what is
wrong with the files), ``words`` (the translatable vocabulary shared by them) and
``actions`` (the menu entry).
"""

from zoneeditor.gui.import_dialog.actions import install, open_import_dialog
from zoneeditor.gui.import_dialog.dialog import FILE_FILTER, ImportDialog
from zoneeditor.gui.import_dialog.mapping_step import MappingStep

__all__ = ["FILE_FILTER", "ImportDialog", "MappingStep", "install", "open_import_dialog"]
