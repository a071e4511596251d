"""Reading a shapefile set defensively (runs in the sandboxed reader process).

Checked before GDAL sees the files: the .shp header, a missing .shx (rebuilt in a private
copy, never beside the user's files), a missing .dbf, .shp/.shx/.dbf that disagree about
the number of features, a .shp shorter than its header says (truncated: GDAL then returns
features without geometry), the .prj, and the text encoding (.cpg, or a stated guess), which
decodes the field names as well as the values.
"""

from __future__ import annotations

import shutil
import struct
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from zoneeditor.core.messages import Message
from zoneeditor.io.exchange import textcodec
from zoneeditor.io.exchange.feature_limit import check_count, check_seen
from zoneeditor.io.exchange.fields import MAX_FIELD_NAME, read_sidecar
from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions
from zoneeditor.io.exchange.readers import (
    PRJ_EMPTY,
    PRJ_UNKNOWN,
    SHP_MAGIC,
    RawLayer,
    RawRead,
    typed_value,
)
from zoneeditor.io.plain_errors import plain_reason


def _component(shp: Path, ext: str) -> Path | None:
    """The set's file with extension ``ext`` (any case), or None."""
    for cand in (shp.with_suffix(ext), shp.with_suffix(ext.upper())):
        if cand.is_file():
            return cand
    stem = shp.stem.casefold()
    for cand in shp.parent.glob(f"{shp.stem[:1]}*"):
        if cand.stem.casefold() == stem and cand.suffix.casefold() == ext:
            return cand
    return None


def _check_header(shp: Path, result: RawRead) -> None:
    size = shp.stat().st_size
    with shp.open("rb") as fh:
        head = fh.read(100)
    if size == 0:
        raise ReadFailure(Message("the .shp file is empty (0 bytes)"))
    if not head.startswith(SHP_MAGIC):
        sample = head[:40]
        if sample and all(32 <= b < 127 or b in (9, 10, 13) for b in sample):
            text = sample.decode("ascii").strip().splitlines()[0][:30]
            raise ReadFailure(Message("not a shapefile: it is a text file (it starts with %1)",
                                      repr(text)))
        raise ReadFailure(Message("not a shapefile (its header is not a shapefile header)"))
    if size < 100:
        raise ReadFailure(Message("the .shp file is truncated (%1 bytes; its header alone is "
                                  "100)", size))
    declared = struct.unpack(">i", head[24:28])[0] * 2
    if size < declared:
        result.note("warning", "truncated",
                    Message("the .shp file is truncated: %1 of %2 bytes are there; features "
                            "past the cut have no geometry", size, declared),
                    Message("ask the sender for the complete file"))


def _dbf_count(dbf: Path) -> int | None:
    with dbf.open("rb") as fh:
        head = fh.read(32)
    if len(head) < 32:
        return None
    count: int = struct.unpack("<I", head[4:8])[0]
    return count


def _trusted_count(shp: Path) -> int | None:
    """How many features the set holds when its files prove it, else None: a .shp as long
    as its header says, a .shx of exactly one 8-byte entry per shape and a .dbf whose
    header counts as many records and is long enough to hold them, less the records it
    marks deleted (GDAL skips those). A truncated .shp, a missing .shx (rebuilt) or files
    that disagree give no count (``check_seen`` counts what is read instead): a header is
    only a claim."""
    shx, dbf = _component(shp, ".shx"), _component(shp, ".dbf")
    if shx is None or dbf is None:
        return None
    with shp.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or shp.stat().st_size < struct.unpack(">i", head[24:28])[0] * 2:
        return None
    entries, odd = divmod(shx.stat().st_size - 100, 8)
    with dbf.open("rb") as fh:
        dbf_head = fh.read(32)
    if odd or entries < 0 or len(dbf_head) < 32:
        return None
    rows, header, width = struct.unpack("<IHH", dbf_head[4:12])
    if rows != entries or width < 1 or dbf.stat().st_size < header + rows * width:
        return None
    return entries - _deleted_rows(dbf, header, width, rows)


def _deleted_rows(dbf: Path, header: int, width: int, rows: int) -> int:
    """How many of the .dbf's ``rows`` records (``width`` bytes each, after ``header``
    bytes) are marked deleted: their first byte is "*"."""
    import numpy as np

    deleted = 0
    per = max(1, (1 << 20) // width)  # records per read: about a megabyte at a time
    with dbf.open("rb") as fh:
        fh.seek(header)
        while rows > 0:
            block = fh.read(min(per, rows) * width)
            deleted += int((np.frombuffer(block, dtype=np.uint8)[::width] == 0x2A).sum())
            rows -= per
    return deleted


def _private_copy(shp: Path, tmp: Path, result: RawRead) -> tuple[Path, bool]:
    """Copy the set into ``tmp`` with lower-case extensions; True when the .shx was rebuilt."""
    target = tmp / "layer.shp"
    shutil.copyfile(shp, target)
    shx, dbf = _component(shp, ".shx"), _component(shp, ".dbf")
    restore = shx is None
    if shx is None:
        result.note("warning", "missing-shx",
                    Message("the .shx index file is missing; it was rebuilt from the .shp (in a "
                            "private copy, your files were not changed)"))
    else:
        shutil.copyfile(shx, target.with_suffix(".shx"))
    if dbf is None:
        result.note("warning", "missing-dbf",
                    Message("the .dbf file (attributes) is missing: the shapes were read "
                            "without names, parties or ids"))
    else:
        shutil.copyfile(dbf, target.with_suffix(".dbf"))
    if shx is not None and dbf is not None:
        shapes = max(0, (shx.stat().st_size - 100) // 8)
        rows = _dbf_count(dbf)
        if rows is not None and rows != shapes:
            result.note("warning", "count-mismatch",
                        Message("the files disagree: the .dbf has %1 records but the .shp/.shx "
                                "have %2 shapes; only %3 features could be matched with their "
                                "attributes", rows, shapes, min(rows, shapes)),
                        Message("ask the sender for a consistent set of files"),
                        left_out=abs(rows - shapes))  # GDAL reads as many as both have
    return target, restore


def _crs_text(shp: Path) -> str:
    prj = _component(shp, ".prj")
    if prj is None:
        return ""
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    text = prj.read_bytes()[:100_000].decode("latin-1").strip()
    if not text:
        return "!" + PRJ_EMPTY
    try:
        CRS.from_user_input(text)
    except CRSError:
        return "!" + PRJ_UNKNOWN
    return text


def _encoding(shp: Path, raw: list[bytes], options: ReadOptions,
              result: RawRead) -> str:
    """Choose the text encoding: the user's, the .cpg's, or a stated guess; spot mojibake.

    See ``textcodec``: valid UTF-8 under a .cpg saying UTF-8 is never questioned; a guess
    is made only when the file does not say; only plausible encodings are suggested.
    """
    if options.encoding:
        chosen = textcodec.codec_name(options.encoding)
        if chosen is None:
            raise ReadFailure(Message("unknown encoding %1", repr(options.encoding[:40])))
        source, severity = Message("you chose"), "warning"
    else:
        cpg = _component(shp, ".cpg")
        label = cpg.read_bytes()[:100].decode("latin-1") if cpg else ""
        chosen = textcodec.cpg_encoding(label) if cpg else None
        if chosen is None:
            chosen, why = textcodec.guess(raw)
            severity = "note" if why.startswith(("all text", "the text is valid")) else "warning"
            # one sentence: an unreadable .cpg is as good as none, and said as such
            said = Message("no .cpg file says how the text is encoded; %1 was used (%2)",
                           chosen, why) if cpg is None else \
                Message("the .cpg names an unknown encoding (%1); %2 was used (%3)",
                        repr(label.strip()[:30]), chosen, why)
            result.note("warning" if cpg is not None else severity,
                        "encoding-guessed", said,
                        Message("choose another with --encoding if names look wrong"))
            return chosen
        source, severity = Message("the .cpg says"), "error"
    if chosen == "utf-8" and textcodec.decodes(raw, "utf-8"):
        return chosen  # valid UTF-8 as declared: whatever the script, it is right
    fix = textcodec.mojibake_fix(raw, chosen)
    if fix is not None:
        better, garbled, fixed = fix
        result.note(severity, "mojibake",
                    Message("the text looks garbled as %1 (%2): e.g. %3; as %4 it reads %5",
                            chosen, source, repr(garbled[:24]), better, repr(fixed[:24])),
                    choose_encoding(better))
        return chosen
    note = textcodec.unreadable_note(raw, chosen)
    if note is not None:
        result.note("warning", "encoding-unreadable",
                    Message("%1 (%2 %3)", note, source, chosen),
                    Message("ask the sender which encoding the file uses"))
    return chosen


def _name_bytes(name: str) -> bytes:
    """A field name's bytes as stored in the .dbf, without a character cut in half at its end.

    GDAL hands the name over as latin-1 (byte for byte). dBASE names hold 10 bytes, and some
    GDAL versions (3.6, for one) cut a longer UTF-8 name there even inside a character
    ('aНазв' and half an 'а'): the stray lead byte would make the whole file look "not UTF-8".
    """
    raw = name.encode("latin-1", errors="replace")
    if len(raw) < MAX_FIELD_NAME:
        return raw  # only a name at the limit can have been cut
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            return raw[:exc.start]
    return raw


def _judged(raw: bytes) -> bytes:
    """A field name's bytes as the encoding judge should see them: words, not identifiers.

    ``core.scripts`` counts ``_`` and digits inside a word as signs of garbled text, which
    they are in a place name but not in a column name (``Название_зоны``, ``name_ru``).
    ASCII bytes never occur inside a multi-byte UTF-8 character, so this is safe for every
    encoding the judge tries.
    """
    return bytes(b if b >= 0x80 or chr(b).isalpha() else 0x20 for b in raw)


def field_names(fields: Iterable[str], encoding: str) -> dict[str, str]:
    """Each field name as GDAL gave it (latin-1) -> the name decoded with ``encoding``.

    The values' encoding is the names' (a dBASE file has one code page). Names stay distinct:
    two that only differ in bytes ``encoding`` cannot decode would otherwise merge into one
    column, so the later one gets a numeric suffix.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()
    for field in fields:
        raw = _name_bytes(field) if encoding == "utf-8" else field.encode("latin-1", "replace")
        name = base = raw.decode(encoding, errors="replace")
        n = 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        out[field] = name
        taken.add(name)
    return out


def read_shapefile(path: Path, options: ReadOptions) -> RawRead:
    """Read a shapefile set (given by its .shp, .shx or .dbf) into raw WGS84-ready records."""
    import fiona

    shp = _component(path, ".shp")
    if shp is None:
        raise ReadFailure(Message("the .shp file (the shapes) is missing from the set"))
    result = RawRead("ESRI Shapefile")
    _check_header(shp, result)
    if options.max_features is not None and (count := _trusted_count(shp)) is not None:
        check_count(count, options.max_features)  # before a byte is copied or read
    with tempfile.TemporaryDirectory(prefix="zoneeditor-shp-") as tmp:
        copy, restore = _private_copy(shp, Path(tmp), result)
        env = {"SHAPE_RESTORE_SHX": "YES"} if restore else {}
        rows: list[Any] = []
        try:
            with fiona.Env(**env), fiona.open(copy, encoding="latin-1") as src:
                kinds = dict(src.schema.get("properties") or {})
                for rec in src:
                    rows.append((str(rec.id), rec.geometry, dict(rec.properties)))
                    check_seen(len(rows), options.max_features)  # stop at one too many
        except ReadFailure:
            raise
        except Exception as exc:  # fiona/GDAL raise many classes; all mean "cannot read"
            reason = plain_reason(exc, Message("its contents do not follow the shapefile format"))
            raise ReadFailure(Message("the shapefile cannot be read (%1)", reason)) from exc
    text_fields = {k for k, kind in kinds.items() if str(kind).startswith("str")}
    raw = [v.encode("latin-1", errors="replace") for _, _, p in rows for k, v in p.items()
           if isinstance(v, str) and k in text_fields]
    # Field names are bytes in the same encoding as the values (GDAL hands them over as
    # latin-1 too), so they are judged with the values and decoded with the same choice:
    # a file whose values are ASCII and whose names are Cyrillic is still read as Cyrillic.
    encoding = _encoding(shp, raw + [_judged(_name_bytes(k)) for k in kinds], options, result)
    decoded = field_names(kinds, encoding)
    names = read_sidecar(shp)
    layer = RawLayer(shp.stem, crs=_crs_text(shp), encoding=encoding)
    import shapely

    from zoneeditor.io.exchange.arrays import fast_shape

    for fid, geometry, props in rows:
        clean = {}
        for k, v in props.items():
            if isinstance(v, str) and k in text_fields:
                v = v.encode("latin-1", errors="replace").decode(encoding, errors="replace")
            else:
                v = typed_value(v, kinds.get(k))
            clean[names.get(decoded[k], decoded[k])] = v
        geom, issue = None, None
        if geometry is not None:
            try:
                geom = fast_shape(geometry)  # = shapely.geometry.shape, from arrays
            except (ValueError, TypeError, AttributeError,
                    shapely.errors.GEOSException) as exc:
                issue = Message("its geometry cannot be read (%1)",
                                plain_reason(exc, Message("it is malformed")))
        layer.records.append({"fid": fid, "geometry": geom, "props": clean, "issue": issue})
    restored = sum(1 for short, long in names.items() if short != long)
    if restored:
        result.note("note", "long-names",
                    Message("%1: %2 long field names were restored from %3", shp.name, restored,
                            f"{shp.stem}.fields.json"))
    result.layers.append(layer)
    return result


def choose_encoding(encoding: str) -> Message:
    """The advice to read the text as ``encoding`` (``suggested_encoding`` reads it back)."""
    return Message("choose --encoding %1", encoding)


def suggested_encoding(suggestion: str) -> str | None:
    """The encoding a problem's suggestion (``choose_encoding``) names, or None: the
    import dialog offers it as a button."""
    if isinstance(suggestion, Message) and suggestion.template == choose_encoding("").template:
        return suggestion.args[0]
    return None
