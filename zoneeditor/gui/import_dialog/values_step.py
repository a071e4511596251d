"""The value-mapping step of the import dialog: party and status values the project does not
know, and what each is to be read as (the command's ``--map-values party=OPP:Opposition``).

Values that differ from a known party or status only in letter case, spacing, Unicode forms
or Arabic letter variants are read as that one anyway (``core.party_values``) and are not
listed. Each value listed shows how many features hold it and offers: keep it (a party the
project does not know becomes a new party, as the command does without ``--map-values``),
no party (status), or one of the project's parties (our statuses). The choices are a value
mapping (``values``) that the mapping step hands to the reader (``ImportResult.remap``),
which applies it with the command's own function (``core.party_values.canonical_values``).
A choice stays while its value is still listed (the files are read again, a column changes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.model import STATUSES, ProjectMeta
from zoneeditor.core.naming import isolate
from zoneeditor.gui.drawing_party import swatch
from zoneeditor.i18n.values import party_name, status_name

#: What "keep the value as it is" is stored as in a row's choice.
KEEP = None


def _data(meant: str | None) -> str:
    """A choice as a box's item data (a string: Qt keeps no None apart from "")."""
    return "keep" if meant is KEEP else f"={meant}"


def _meant(data: str) -> str | None:
    """The choice an item's data stands for (``_data`` undone)."""
    return KEEP if data == "keep" else data[1:]


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


class ValuesStep(QWidget):
    """One row per unknown party or status value: the attribute, the value, how many
    features hold it, and what it is read as."""

    #: The user changed what a value is read as.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: (attribute, value as listed) -> the value meant ("" for none); KEEP: as it is
        self._choices: dict[tuple[str, str], str | None] = {}
        self._rows: list[tuple[str, str, int]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([_tr("Attribute"), _tr("Value in the files"),
                                              _tr("Features"), _tr("Read as")])
        self.table.setAccessibleName(_tr("Party and status values the project does not know"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.set_values({}, [], ProjectMeta())

    def set_values(self, unknown: dict[str, list[tuple[str, int]]], parties: list[str],
                   meta: ProjectMeta) -> None:
        """List ``unknown`` (attribute -> [(value, features)], ``io.exchange.unknown_values``)
        with ``parties`` (the project's, ``io.exchange.known_parties``; shown as the
        project's ``meta`` names them in the interface's script) to choose from; choices
        made for values still listed are kept. Emits nothing: the caller applies
        ``values()``."""
        self._rows = [(attr, value, n) for attr in ("party", "status")
                      for value, n in unknown.get(attr, [])]
        listed = {(attr, value) for attr, value, _ in self._rows}
        self._choices = {k: v for k, v in self._choices.items() if k in listed}
        self.table.setRowCount(len(self._rows))
        for row, (attr, value, n) in enumerate(self._rows):
            name = _tr("party") if attr == "party" else _tr("status")
            for col, text in enumerate((name, isolate(value), str(n))):
                self.table.setItem(row, col, QTableWidgetItem(text))
            self.table.setCellWidget(row, 3, self._combo(attr, value, parties, meta))
        self.intro.setText(
            _tr("These party and status values are not ones the project knows. Choose what "
                "each is read as; a party kept as it is becomes a new party.") if self._rows
            else _tr("Every party and status value of the files is one the project knows "
                     "(letter case, spacing and spelling variants of Arabic letters aside)."))

    def _combo(self, attr: str, value: str, parties: list[str], meta: ProjectMeta
               ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"value_{attr}_{value}")
        combo.setAccessibleName(_tr("Read %1 as").replace("%1", value))
        if attr == "party":
            combo.addItem(_tr("keep %1 as a new party").replace("%1", isolate(value)),
                          _data(KEEP))
            combo.addItem(_tr("(no party)"), _data(""))
            for party in parties:
                known = meta.party(party)
                shown = isolate(party_name(party, meta))
                if known is not None:  # its colour, as the drawing party's box shows it
                    combo.addItem(swatch(known.colour), shown, _data(party))
                else:  # a party only features name
                    combo.addItem(shown, _data(party))
        else:
            combo.addItem(_tr("keep %1 as it is").replace("%1", isolate(value)), _data(KEEP))
            combo.addItem(_tr("(no status)"), _data(""))
            for status in STATUSES:
                combo.addItem(status_name(status), _data(status))
        chosen = self._choices.get((attr, value), KEEP)
        combo.setCurrentIndex(max(0, combo.findData(_data(chosen))))
        combo.currentIndexChanged.connect(
            lambda _i, a=attr, v=value, c=combo: self._on_choice(a, v, _meant(c.currentData())))
        return combo

    def _on_choice(self, attr: str, value: str, meant: str | None) -> None:
        self._choices[(attr, value)] = meant
        self.changed.emit()

    def count(self) -> int:
        """How many values are listed."""
        return len(self._rows)

    def listed(self) -> list[tuple[str, str, int]]:
        """The rows: (attribute, value, features holding it)."""
        return list(self._rows)

    def choose(self, attr: str, value: str, meant: str | None) -> None:
        """Read ``value`` of ``attr`` as ``meant`` ("" for none, KEEP as it is), as a user
        would with the row's box."""
        row = self._rows.index(next(r for r in self._rows if r[:2] == (attr, value)))
        combo = self.table.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(_data(meant)))

    def values(self) -> dict[str, dict[str, str]]:
        """The value mapping chosen (``read_any``'s ``values``; kept values are not in it)."""
        out: dict[str, dict[str, str]] = {}
        for (attr, value), meant in self._choices.items():
            if meant is not KEEP:
                out.setdefault(attr, {})[value] = meant
        return out


__all__ = ["KEEP", "ValuesStep"]
