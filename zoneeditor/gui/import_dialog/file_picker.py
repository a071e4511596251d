"""The import dialog's files: the list of files chosen, and where the picker opens.

``ImportFolder`` is the window's memory of the folder files were last picked from (kept
between imports while the window is open), else the open project's folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from zoneeditor.core.naming import isolate


def file_filter() -> str:
    """The picker's filter in the interface language (a literal here, where Qt's lupdate
    finds it: ``tr(FILE_FILTER)`` of a constant was never extracted, and a Russian window
    offered "Maps (…)")."""
    return QCoreApplication.translate(
        "ImportDialog", "Maps (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;All files (*)")


class ImportFolder:
    """Where the import's file picker opens: the folder files were last picked or imported
    from while the window is open, else the open project's folder (``project_path`` gives
    the project file; None for a project never saved, when the picker chooses)."""

    def __init__(self, project_path: Callable[[], Path | None]) -> None:
        self._project_path = project_path
        #: The folder of the files last picked or imported (None until then)
        self.last: Path | None = None

    def start(self) -> str:
        """The folder to open the picker in ('' for the picker's own choice)."""
        if self.last is not None and self.last.is_dir():
            return str(self.last)
        project = self._project_path()
        return str(project.parent) if project is not None else ""

    def used(self, paths: list[str]) -> None:
        """Files of ``paths`` were picked or imported: the next picker starts beside them."""
        if paths:
            self.last = Path(paths[0]).parent


class FileList:
    """The files chosen, in order, with "Add files…" and "Clear" beside them (the dialog
    lays out ``row`` and connects the buttons)."""

    def __init__(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(70)
        self.file_list.setMinimumHeight(44)
        self.add_button = QPushButton(QCoreApplication.translate("ImportDialog", "Add files…"))
        self.clear_button = QPushButton(QCoreApplication.translate("ImportDialog", "Clear"))

    def row(self) -> QHBoxLayout:
        """The list with its buttons beside it."""
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        return row

    def files(self) -> list[str]:
        """The chosen file paths, in order."""
        return [self.file_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.file_list.count())]

    def add(self, paths: list[str]) -> None:
        """Add ``paths`` not listed yet."""
        for p in paths:
            if p not in self.files():
                # shown isolated: a path keeps its order in a right-to-left list
                item = QListWidgetItem(isolate(p))
                item.setData(Qt.ItemDataRole.UserRole, p)
                self.file_list.addItem(item)


__all__ = ["FileList", "ImportFolder", "file_filter"]
