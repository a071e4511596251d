"""``zoneeditor print`` in Arabic and Russian, as staff batch-print them, read with poppler.

The language is chosen as the window chooses it (``i18n.install``): ``--lang``, else the
language kept in the window's settings, else LANG/LC_ALL, else English.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.printing import digits_first_project, line_with, pdf_lines, reading_text

from zoneeditor import i18n
from zoneeditor.cli.commands import print_ as print_command
from zoneeditor.io.project_file import write_project
from zoneeditor.io.session import sample_path

#: What the tester found still English on the Arabic and Russian sheets.
ENGLISH_LEFT = ("Legend", "Fingerprint", "agreed (solid outline)", "proposed (dashed outline)",
                "disputed (hatched)", "line of contact", "Two sheets show the same content",
                "The QR code holds the full SHA-256", "Base map:", "Place names:",
                "Projection:", "DRAFT — for discussion — without prejudice", "km2", " km ")


def zoneeditor(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The command as a user runs it, headless, with extra environment variables."""
    environ = dict(os.environ, **env)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        environ.pop(var, None)
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=180, env=environ)


def sheet_text(pdf: Path) -> str:
    return reading_text(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                       text=True, encoding="utf-8", check=True).stdout)


def print_sheet(tmp_path: Path, name: str, *args: str, project: str | None = None,
                **env: str) -> str:
    out = tmp_path / f"{name}.pdf"
    result = zoneeditor("print", project or f"{sample_path()}:Proposal B", "--out", str(out),
                        "--no-basemap", *args, **env)
    assert result.returncode == 0, result.stderr
    return sheet_text(out)


def test_the_languages_are_the_windows():
    assert print_command.LANGUAGES == i18n.LANGUAGES


def test_lang_ru_prints_a_russian_sheet(tmp_path):
    text = print_sheet(tmp_path, "ru", "--lang", "ru", "--paper", "A3", "--landscape")
    for words in ("Легенда", "Стороны", "Отпечаток", "Масштаб", "Версия", "км2",
                  "линия соприкосновения", "ПРОЕКТ"):
        assert words in text, words
    for words in ENGLISH_LEFT:
        assert words not in text, words


def test_lang_ar_prints_an_arabic_sheet(tmp_path):
    text = print_sheet(tmp_path, "ar", "--lang", "ar", "--paper", "A3", "--landscape")
    for words in ("المفتاح", "المناطق", "البصمة", "المقياس", "النسخة", "كم2", "خط التماس"):
        assert words in text, words
    for words in ENGLISH_LEFT:
        assert words not in text, words
    # the licensors' own words stay as they wrote them
    assert "Made with Natural Earth" in text and "GeoNames" in text


def test_the_system_language_decides_without_lang(tmp_path):
    assert "Легенда" in print_sheet(tmp_path, "lang", LANG="ru_RU.UTF-8", LC_ALL="")
    english = print_sheet(tmp_path, "en", "--lang", "en", LANG="ru_RU.UTF-8", LC_ALL="")
    assert "Legend" in english and "Легенда" not in english
    assert "Legend" in print_sheet(tmp_path, "c", LANG="C.UTF-8", LC_ALL="")


def test_a_language_kept_in_the_window_is_the_default_too(tmp_path):
    config = tmp_path / "config"
    (config / "zoneeditor").mkdir(parents=True)
    (config / "zoneeditor" / "zoneeditor.conf").write_text("[interface]\nlanguage=ru\n",
                                                          encoding="utf-8")
    text = print_sheet(tmp_path, "kept", XDG_CONFIG_HOME=str(config), LANG="C.UTF-8",
                       LC_ALL="")
    assert "Легенда" in text


def test_an_unknown_language_is_refused_in_one_line(tmp_path):
    result = zoneeditor("print", str(sample_path()), "--out", str(tmp_path / "x.pdf"),
                        "--lang", "fr")
    assert result.returncode == 2
    assert "--lang" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_arabic_sheet_shows_the_fingerprint_the_cli_reports(tmp_path):
    project, fp = digits_first_project()
    path = tmp_path / "digits.gpkg"
    write_project(project, path)
    out = tmp_path / "digits-ar.pdf"
    result = zoneeditor("print", f"{path}:Proposal B", "--out", str(out), "--lang", "ar",
                        "--paper", "A3", "--landscape", "--date", "2026-12-01",
                        "--no-basemap")
    assert result.returncode == 0, result.stderr
    assert f"fingerprint {fp}" in result.stdout  # what `zoneeditor info` and print say
    lines = pdf_lines(out)
    fingerprint_line = line_with(lines, "البصمة")
    assert fp in fingerprint_line, fingerprint_line
    assert "2026-12-01" in line_with(lines, "التاريخ")
    scale = line_with(lines, "المقياس")
    assert line_with([scale], r"\(?\d+°\d\d′N") and "N′" not in scale, scale
