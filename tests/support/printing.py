"""Helpers for the tests of printed sheets in several languages (plain functions, no
fixtures): a project whose fingerprint the bidi algorithm would reverse, the text of a PDF
in the order a reader sees it, and the glyph order of a line laid out by Qt."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.model import LayerKind, Project, Version
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

#: Bidi controls (marks, embeddings, isolates) a PDF's text may carry.
_MARKS = dict.fromkeys([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F),
                        *range(0x2066, 0x206A)])


def digits_first_project() -> tuple[Project, str]:
    """The sample project with Proposal B's first zone given a note, the note chosen so the
    short fingerprint's first group is all digits ("7375-7751-41AB"): after an Arabic word
    the bidi algorithm makes those digits an Arabic number laid out on its own, which is
    how the tester's sheet came to read "41AB-7751-7375". Returns (project, fingerprint
    short form) of "Proposal B"."""
    base = read_project(sample_path())
    proposal = base.version("Proposal B")
    first = proposal.layer(LayerKind.ZONES)[0]
    for i in range(500):
        changed = first.with_attributes(notes=f"printing test variant {i}")
        features = dict(proposal.features)
        features[first.id] = changed
        version = Version(proposal.name, features, proposal.description)
        fp = short(fingerprint(version))
        if fp.split("-")[0].isdigit():
            versions = [version if v.name == proposal.name else v
                        for v in base.versions.values()]
            return Project.from_versions(base.meta, versions), fp
    raise AssertionError("no variant with a fingerprint starting with digits")


def reading_text(text: str) -> str:
    """PDF text as a reader compares it: Arabic presentation forms back to letters (NFKC),
    no bidi controls, white space folded."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_MARKS).split())


def pdf_lines(pdf: Path) -> list[str]:
    """The lines of a PDF's first page in visual order, left to right as printed
    (``pdftotext -layout``: each line's words at their places on the page), read with
    ``reading_text``. A left-to-right run inside Arabic text comes out as it looks."""
    out = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                         capture_output=True, text=True, encoding="utf-8", check=True).stdout
    return [reading_text(line) for line in out.splitlines() if line.strip()]


def line_with(lines: list[str], pattern: str) -> str:
    """The first line matching the regular expression ``pattern`` (AssertionError if none)."""
    for line in lines:
        if re.search(pattern, line):
            return line
    raise AssertionError(f"no line matches {pattern!r}:\n" + "\n".join(lines))
