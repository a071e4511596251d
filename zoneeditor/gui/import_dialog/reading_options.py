"""How the import dialog reads the files: text encoding, coordinate system for files without
one, swapped axes, and whether offered repairs are accepted (the command's ``--encoding``,
``--assume-crs``, ``--swap-xy``, ``--repair``).

The encoding the reader suggests for garbled text is offered as a button ("Read the text as
Windows-1256 (Arabic)"); the dialog places it beside its reading state.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

#: Files whose text encoding a companion .cpg can give: a shapefile (or its .dbf), and a zip,
#: which usually holds one. GeoJSON, KML and GeoPackage have no .cpg.
CPG_SUFFIXES = (".shp", ".dbf", ".zip")

#: The encodings offered (code, name; translated where shown, i18n/extra_strings.py).
ENCODINGS = (("", "From the file (.cpg)"), ("utf-8", "UTF-8"),
             ("cp1256", "Windows-1256 (Arabic)"), ("cp1251", "Windows-1251 (Cyrillic)"),
             ("latin-1", "ISO-8859-1 (Latin-1)"))


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


class ReadingOptions:
    """The reading choices' widgets (the dialog lays them out and connects them) and what
    they say: ``choices`` for the reader, the encoding suggested for garbled text."""

    def __init__(self) -> None:
        self.encoding_box = QComboBox()
        for code, text in ENCODINGS:
            self.encoding_box.addItem(_tr(text), code)
        self.crs_edit = QLineEdit()
        self.crs_edit.setPlaceholderText(_tr("from the file, e.g. EPSG:32637"))
        self.swap_check = QCheckBox(_tr("The file gives latitude, longitude (swap them)"))
        self.repair_check = QCheckBox(_tr("Accept the offered repairs of invalid shapes"))
        self.suggest_button = QPushButton()
        self.suggest_button.setVisible(False)
        #: The encoding the reader suggests (None: none, or the text reads well)
        self.suggested_encoding: str | None = None
        self.word_file_encoding([])

    def rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Encoding and coordinate system side by side (the dialog fits a 1366 x 768
        screen), then the two check boxes."""
        form = QHBoxLayout()
        form.addWidget(QLabel(_tr("Text encoding:")))
        form.addWidget(self.encoding_box, 1)
        form.addWidget(QLabel(_tr("Coordinate system:")))
        form.addWidget(self.crs_edit, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.swap_check)
        checks.addWidget(self.repair_check)
        checks.addStretch(1)
        return form, checks

    def choices(self) -> dict[str, Any]:
        """The reader options chosen (``FileReading.read``'s ``choices``)."""
        return {"encoding": self.encoding_box.currentData() or None,
                "assume_crs": self.crs_edit.text().strip() or None,
                "swap": self.swap_check.isChecked()}

    def word_file_encoding(self, files: list[str]) -> None:
        """Word the encoding box's first choice for ``files``: "From the file (.cpg)" only
        where a shapefile may have a .cpg beside it, else "From the file" (a GeoJSON file
        has no .cpg). What is read is the same either way."""
        cpg = any(Path(p).suffix.casefold() in CPG_SUFFIXES for p in files)
        self.encoding_box.setItemText(self.encoding_box.findData(""),
                                      _tr("From the file (.cpg)") if cpg
                                      else _tr("From the file"))

    def suggest(self, results: list) -> None:
        """Offer the encoding the reader suggests for garbled text in ``results`` (files
        read), as a button to press."""
        from zoneeditor.io.exchange.shapefile_reader import suggested_encoding

        box = self.encoding_box
        self.suggested_encoding = None
        for r in results:
            for p in r.problems:
                code = suggested_encoding(p.suggestion)
                if code is not None and box.findData(code) < 0:
                    box.addItem(code, code)  # a code page not listed
                if code is not None and box.findData(code) >= 0:
                    self.suggested_encoding = code
        if self.suggested_encoding:
            name = box.itemText(box.findData(self.suggested_encoding))
            self.suggest_button.setText(_tr("Read the text as %1").replace("%1", name))
        self.suggest_button.setVisible(self.suggested_encoding is not None)

    def use_suggestion(self) -> None:
        """Choose the suggested encoding (the dialog reads the files again)."""
        if self.suggested_encoding:
            self.encoding_box.setCurrentIndex(self.encoding_box.findData(self.suggested_encoding))


__all__ = ["CPG_SUFFIXES", "ENCODINGS", "ReadingOptions"]
