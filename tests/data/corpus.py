"""Shared by the corpus tests: the expectation table and where each case's file is."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

DATA = Path(__file__).parent
BAD = DATA / "bad"


def cases() -> list[dict]:
    """Every case of bad/expected.json (written by make_bad_corpus.py)."""
    return json.loads((BAD / "expected.json").read_text(encoding="utf-8"))


def needs_skip(case: dict) -> str | None:
    """Why a case cannot run here (None when it can)."""
    if "chmod 000" in case["case"] and hasattr(os, "geteuid") and os.geteuid() == 0:
        return "root reads files whatever their permissions"
    return None


def make_large(folder: Path) -> None:
    """Generate the large cases into ``folder``."""
    sys.path.insert(0, str(DATA))
    try:
        import make_bad_corpus
    finally:
        sys.path.remove(str(DATA))
    make_bad_corpus.make_large(folder)


def large_folder(tmp_path_factory) -> Path:
    """The large cases, generated once per test session (several modules read them)."""
    folder = tmp_path_factory.getbasetemp() / "bad-corpus-large"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(exist_ok=True)
        make_large(folder)
        done.touch()
    return folder


def file_of(case: dict, large: Path) -> Path:
    """The path a case reads."""
    rel = case["file"]
    return large / rel.split("/", 1)[1] if rel.startswith("@large/") else BAD / rel
