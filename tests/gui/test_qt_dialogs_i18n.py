"""Qt's own file and print dialogs in Arabic and Russian: no English label left.

Qt 6.11's own catalogues lack some of the texts these dialogs ask for ("&Look in:",
"Files of &type:", "Folder", the duplex options); zoneeditor's catalogues carry them
(``zoneeditor/i18n/qt_strings.py``). A new user saw "Look in:" in a Russian Save dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QWidget

from zoneeditor import i18n

ENGLISH = re.compile(r"[A-Za-z]{3}")


def english_texts(dialog: QWidget) -> set[str]:
    """Texts of the dialog's labels, buttons, lists and tooltips with an English word."""
    found = set()
    for w in dialog.findChildren(QWidget):
        texts = [w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        found |= {t for t in texts if t and ENGLISH.search(t)}
    return found


@pytest.fixture(params=["ru", "ar"])
def language(qapp, request):
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def test_the_file_dialog_speaks_the_interface_language(language, tmp_path):
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter("PDF (*.pdf)")
    # the filter's own name and the folder's path are data, not words of the dialog
    assert english_texts(dialog) - {"PDF (*.pdf)", str(tmp_path)} == set()
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") != "Folder"


def test_the_print_dialog_speaks_the_interface_language(language):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    printer = QPrinter()
    dialog = QPrintDialog(printer)
    left = english_texts(dialog)
    # Printer and paper names, and each printer's type, place and description (a CUPS
    # printer's PPD: "Generic CUPS-PDF Printer (w/ options)"), come from the system's
    # printing service, not from Qt.
    service = {printer.printerName(), "PDF"}
    for info in QPrinterInfo.availablePrinters():
        service |= {info.printerName(), info.makeAndModel(), info.location(),
                    info.description()}
    left = {t for t in left if t not in service and "A4" not in t and "Letter" not in t}
    assert left == set()


def test_the_save_question_says_do_not_save(language):
    """The save-on-quit question's Discard button: Qt's catalogues say "Отклонить" (reject)
    and "ارفض" (refuse), which an outside tester read as refusing the question."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      buttons.Save | buttons.Discard | buttons.Cancel)
    expected = {"ru": "Не сохранять", "ar": "لا تحفظ"}[language]
    assert box.button(buttons.Discard).text() == expected
    assert box.button(buttons.Save).text() != "Save"  # Qt's own catalogue still speaks
