"""Unpacking untrusted zip files (zipped shapefiles, KMZ) without surprises.

Refused: absolute paths, ``..`` components, drive letters, symbolic links, more than
``max_entries`` entries, more than ``max_total`` bytes unpacked in all (counted while
unpacking, since a zip bomb lies about its sizes) and entries that expand more than
``max_ratio`` times. Everything lands in the caller's private folder and nowhere else.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from zoneeditor.core.messages import Message


class UnsafeZip(ValueError):
    """The zip cannot be unpacked safely; ``reason`` says why, for the user (a Message)."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class ZipLimits:
    """Bounds for unpacking one zip."""

    max_entries: int = 1000
    max_total: int = 1 << 30  # 1 GiB unpacked
    max_ratio: float = 200.0  # a shapefile compresses ~3-10x; bombs ~1000x and more


def _safe_name(name: str) -> PurePosixPath:
    norm = name.replace("\\", "/")
    path = PurePosixPath(norm)
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        raise UnsafeZip(Message("it contains an entry with an absolute path (%1)", repr(name)))
    if any(part == ".." for part in path.parts):
        raise UnsafeZip(Message("it contains an entry that points outside its folder (%1)",
                                repr(name)))
    return path


def extract(zip_path: Path, dest: Path, limits: ZipLimits | None = None) -> list[Path]:
    """Unpack ``zip_path`` into ``dest`` (which must exist and be private); the files made."""
    limits = limits or ZipLimits()
    try:
        archive = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile as exc:
        # zipfile's own words ("File is not a zip file") say no more than ours
        raise UnsafeZip(Message("it is not a valid zip file")) from exc
    out: list[Path] = []
    total = 0
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise UnsafeZip(Message("it has %1 entries (at most %2 allowed)", len(infos),
                                    limits.max_entries))
        for info in infos:
            rel = _safe_name(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeZip(Message("it contains a symbolic link (%1)", repr(info.filename)))
            target = dest.joinpath(*rel.parts)
            if not target.resolve().is_relative_to(dest.resolve()):
                raise UnsafeZip(Message("it contains an entry that points outside its folder "
                                        "(%1)", repr(info.filename)))
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            allowed = max(limits.max_ratio * max(info.compress_size, 1), 64 * 1024)
            written = 0
            try:
                with archive.open(info) as src, target.open("wb") as dst:
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        total += len(chunk)
                        if total > limits.max_total:
                            raise UnsafeZip(Message(
                                "it unpacks to more than %1 MiB (a zip bomb?)",
                                limits.max_total // (1 << 20)))
                        if written > allowed:
                            raise UnsafeZip(Message(
                                "%1 expands more than %2 times its packed size (a zip bomb?)",
                                repr(info.filename), f"{limits.max_ratio:.0f}"))
                        dst.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError,
                    RuntimeError) as exc:
                raise UnsafeZip(Message("entry %1 is damaged", repr(info.filename))) from exc
            out.append(target)
    return out


def clear(folder: Path) -> None:
    """Remove an unpack folder and everything in it (errors ignored)."""
    shutil.rmtree(folder, ignore_errors=True)
