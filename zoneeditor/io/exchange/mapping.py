"""The field-mapping step of an import, without Qt: columns with sample values, and memory.

What a dialog needs to let a user say "this column is the name": every column of a layer
with its kind of values, how many records fill it, a few sample values (quoted short), and
what the recognised schema made of it. A choice is remembered per schema — keyed by the
file's set of column names, so next month's file from the same publisher is mapped the same
way — in a small JSON file in the user's configuration folder (``MappingStore``).

>>> cols = column_listing([{"ADM1_EN": "Idlib", "ADM1_PCODE": "SY07"}],
...                       recognise(["ADM1_EN", "ADM1_PCODE"], {"ADM1_EN": ["Idlib"]}))
>>> [(c.name, c.kind, c.samples, c.role) for c in cols]
[('ADM1_EN', 'text', ('Idlib',), 'name'), ('ADM1_PCODE', 'text', ('SY07',), 'code (OCHA P-code)')]
"""

from __future__ import annotations

import datetime
import hashlib
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zoneeditor.core.schema import TARGETS, Schema, recognise
from zoneeditor.core.textlimits import quote

#: Sample values shown per column.
SAMPLES = 5
#: Schemas remembered at most (the oldest choice is forgotten first).
MAX_REMEMBERED = 200


@dataclass(frozen=True)
class ColumnInfo:
    """One column of a layer as a mapping step shows it."""

    name: str
    kind: str
    samples: tuple[str, ...]
    filled: int
    total: int
    role: str


def _kind(values: list[Any]) -> str:
    present = [v for v in values if v not in (None, "")]
    if not present:
        return "empty"
    kinds = set()
    for v in present:
        if isinstance(v, bool):
            kinds.add("yes/no")
        elif isinstance(v, int):
            kinds.add("integer")
        elif isinstance(v, float):
            kinds.add("number")
        elif isinstance(v, (datetime.date, datetime.time)):
            kinds.add("date")
        else:
            kinds.add("text")
    if kinds <= {"integer", "number"}:
        return "number" if "number" in kinds else "integer"
    return kinds.pop() if len(kinds) == 1 else "mixed"


def _role(schema: Schema, column: str) -> str:
    for target, col in schema.fields.items():
        if col == column:
            return target
    for code in schema.codes:
        if code.column == column:
            return f"code ({code.title})"
    if column in schema.alternates:
        return "other name"
    return ""


def column_listing(records: Sequence[Mapping[str, Any]], schema: Schema) -> list[ColumnInfo]:
    """Every column of ``schema`` with kind, filled count, samples and recognised role."""
    out = []
    for column in schema.columns:
        values = [r.get(column) for r in records]
        samples: list[str] = []
        for v in values:
            if v in (None, ""):
                continue
            text = quote(v, 40)[1:-1] if isinstance(v, str) and len(v) <= 40 else \
                (quote(v, 40) if isinstance(v, str) else str(v))
            if text not in samples:
                samples.append(text)
            if len(samples) >= SAMPLES:
                break
        out.append(ColumnInfo(column, _kind(values), tuple(samples),
                              sum(1 for v in values if v not in (None, "")), len(values),
                              _role(schema, column)))
    return out


def columns_and_samples(records: Sequence[Mapping[str, Any]], per_column: int = 20
                        ) -> tuple[list[str], dict[str, list[Any]]]:
    """The columns of a layer's records (first-seen order) and a few values of each."""
    columns: dict[str, None] = {}
    samples: dict[str, list[Any]] = {}
    for r in records:
        for k, v in r.items():
            if k not in columns:
                columns[k] = None
                samples[k] = []
            if v not in (None, "") and len(samples[k]) < per_column:
                samples[k].append(v)
    return list(columns), samples


def schema_key(columns: Sequence[str]) -> str:
    """A schema's identity: the digest of its sorted, case-folded column names."""
    text = "\x1f".join(sorted({c.casefold() for c in columns}))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class MappingStore:
    """Mapping choices remembered per schema (JSON in the user's configuration folder)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from platformdirs import user_config_dir

            path = Path(user_config_dir("zoneeditor")) / "import-mappings.json"
        self.path = Path(path)

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def recall(self, columns: Sequence[str]) -> dict[str, str] | None:
        """The mapping chosen before for a layer with these columns (None when none was)."""
        entry = self._load().get(schema_key(columns))
        if not isinstance(entry, dict) or not isinstance(entry.get("mapping"), dict):
            return None
        wanted = {c.casefold() for c in columns}
        mapping = {t: str(c) for t, c in entry["mapping"].items()
                   if t in TARGETS and (c == "" or str(c).casefold() in wanted)}
        return mapping or None

    def remember(self, columns: Sequence[str], mapping: Mapping[str, str]) -> None:
        """Keep ``mapping`` (target -> column, "" for none) for layers with these columns."""
        from zoneeditor.io.atomic import atomic_path

        data = self._load()
        data[schema_key(columns)] = {"columns": sorted(columns)[:50], "time": time.time(),
                                     "mapping": {t: c for t, c in mapping.items()
                                                 if t in TARGETS}}
        if len(data) > MAX_REMEMBERED:
            oldest = sorted(data, key=lambda k: data[k].get("time", 0)
                            if isinstance(data[k], dict) else 0)
            for k in oldest[:len(data) - MAX_REMEMBERED]:
                del data[k]
        try:
            with atomic_path(self.path) as tmp:
                tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1),
                               encoding="utf-8")
        except OSError:
            pass  # a choice not remembered is asked again; never an error for the import


__all__ = ["ColumnInfo", "MappingStore", "column_listing", "columns_and_samples",
           "recognise", "schema_key"]
