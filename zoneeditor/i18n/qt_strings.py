"""Qt's own strings that Qt's Arabic and Russian catalogues (qtbase_ar/ru, Qt 6.11) lack.

Qt's file and print dialogs ask for some texts under sources its catalogues no longer carry
(the mnemonic moved: "&Look in:" where the catalogue has "Look in:"), so a Russian file
dialog said "Look in:" and "Folder" in English. Listed here with ``QT_TRANSLATE_NOOP`` under
Qt's own contexts, they go into zoneeditor's catalogues, which the application consults
before Qt's (``i18n.install``). Found by listing what Qt asks for while it builds those
dialogs; a string Qt's catalogues translate is not repeated here. Nothing imports this
module; ``pyside6-lupdate`` reads it (packaging/update_translations.sh).
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: The non-native file dialog (Open, Save as, Export).
FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
)

#: The print dialog's Options page.
PRINT_DIALOG = (
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Specify pages or ranges separated by commas. "
                                              "Ranges are specified by two numbers separated "
                                              "by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, "
                                              "6, 7 and 9."),
)

#: Standard buttons whose catalogue wording misleads where zoneeditor shows them: the only
#: Discard button is the save-on-quit question's (``gui.project_files.maybe_save``), where
#: Qt's Russian "Отклонить" (reject) and Arabic "ارفض" (refuse) did not say that the changes
#: are dropped; desktop programs say "Не сохранять" / "لا تحفظ" there.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
)
