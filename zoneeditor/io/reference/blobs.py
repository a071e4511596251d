"""Copies of reference files carried inside the project file ("so a laptop carries everything").

A copy is content-addressed (SHA-256): the model keeps only the hash
(``ReferenceLayer.embedded``), never the bytes, so the journal stays small. The bytes live in
a folder of the user's cache until the project is saved, then in the project file's table
``zoneeditor_reference_blobs`` (written and read by ``io.reference.store``), and are
extracted back into the cache folder when a project is opened on a machine without the
original file. A shapefile is carried as a zip of its parts (the import reader reads zips).
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.io.atomic import atomic_path

#: Side files that travel with a shapefile.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


def blob_dir() -> Path:
    """The folder of copies (content-addressed)."""
    from zoneeditor.io.reference.vector import cache_dir

    return cache_dir() / "blobs"


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file's bytes (read in chunks: imagery can be gigabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def blob_path(sha: str, name: str) -> Path:
    """Where the copy with hash ``sha`` lives (under its original file name)."""
    return blob_dir() / sha / name


def find_blob(sha: str) -> Path | None:
    """The stored copy with hash ``sha``, or None."""
    folder = blob_dir() / sha
    if not folder.is_dir():
        return None
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
    return files[0] if files else None


def embed_file(path: Path | str) -> tuple[str, Path]:
    """Copy ``path`` (a shapefile with its parts, zipped) into the store: (sha, copy)."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(str(path), Message("no such file"))
    blob_dir().mkdir(parents=True, exist_ok=True)
    staging = blob_dir() / f".staging-{path.name}"
    if path.suffix.lower() == ".shp":
        name = path.stem + ".zip"
        with atomic_path(staging) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for part in SHAPEFILE_PARTS:
                for candidate in (path.with_suffix(part), path.with_suffix(part.upper())):
                    if candidate.exists():
                        z.write(candidate, candidate.name)
                        break
    else:
        name = path.name
        with atomic_path(staging) as tmp:
            shutil.copyfile(path, tmp)
    sha = sha256_of(staging)
    target = blob_path(sha, name)
    if target.exists():
        staging.unlink()
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging.replace(target)
    return sha, target
