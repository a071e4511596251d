"""The command line a delegate meets: a mistyped command is answered on the terminal (exit 2,
the closest command named, no window even without a display), ``PATH:VERSION`` is checked
before any window opens, and ``print --per-zone`` reports each page's own scale."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata

import pytest

from zoneeditor.io.session import sample_path


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, env=env)


def headless() -> dict:
    """No display at all: a window would fail or block here."""
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


@pytest.mark.parametrize("word, closest", [("prnt", "print"), ("valdate", "validate"),
                                           ("exprot", "export"), ("Info", "info")])
def test_a_mistyped_command_names_the_closest_one(word, closest):
    result = run(word, env=headless())
    assert result.returncode == 2
    assert result.stderr.strip() == (f"zoneeditor: no such command or file: {word!r} "
                                     f"(did you mean '{closest}'?)")
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_an_unknown_word_lists_the_commands_and_a_missing_file_is_named(tmp_path):
    result = run("frobnicate", env=headless())
    assert result.returncode == 2
    assert "no such command or file: 'frobnicate' (commands: diff, export, import, info, " \
        "merge, print, sync, team, validate" in result.stderr
    missing = tmp_path / "talks.gpkg"
    result = run(str(missing), "--lang", "ar", env=headless())
    assert result.returncode == 2
    assert result.stderr.strip() == f"zoneeditor: no such file: {missing}"


def test_an_option_before_the_command_is_the_commands(tmp_path):
    """``zoneeditor --lang ar print X``: the command runs with the option; an option the
    command does not have is named with its value, never mistaken for a file or a window's
    word ("no such command or file: 'info' (did you mean 'info'?)" before)."""
    out = tmp_path / "sheet.pdf"
    result = run("--lang", "ar", "print", str(sample_path()), "--out", str(out), env=headless())
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    result = run("--lang", "ru", "info", str(sample_path()), env=headless())
    assert result.returncode == 2
    assert "unrecognized arguments: --lang ru" in result.stderr
    assert "did you mean" not in result.stderr


def test_no_display_is_one_sentence_not_a_qt_abort():
    """``zoneeditor`` in a terminal without a desktop session: one sentence and exit 2, not
    Qt's plugin messages and SIGABRT (exit 134) as before."""
    for args in ((), (str(sample_path()),)):
        result = run(*args, env=headless())
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines() == [
            "zoneeditor: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set): start zoneeditor in a desktop session, or use one of its commands "
            "(zoneeditor --help)"]


def test_a_display_or_a_chosen_platform_is_not_refused():
    from zoneeditor.cli.window_target import display_problem

    assert display_problem([], {}, "linux") is not None
    for environ in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                    {"XDG_SESSION_TYPE": "wayland"}, {"QT_QPA_PLATFORM": "offscreen"}):
        assert display_problem([], environ, "linux") is None, environ
    assert display_problem(["--self-test"], {}, "linux") is None
    assert display_problem(["-platform", "offscreen"], {}, "linux") is None
    assert display_problem([], {}, "win32") is None and display_problem([], {}, "darwin") is None


def test_help_names_the_windows_options():
    help_text = run("--help", env=headless()).stdout
    for option in ("--lang", "--reference", "--self-test"):
        assert option in help_text


def test_no_window_code_is_even_imported_for_a_bad_word():
    code = ("import sys\nfrom zoneeditor.__main__ import main\nrc = main(['prnt'])\n"
            "print(rc, 'PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, env=headless())
    assert out.stdout.split() == ["2", "False"], out.stderr


def test_path_version_is_checked_before_a_window(tmp_path):
    sample = str(sample_path())
    result = run(f"{sample}:Proposal Z", env=headless())
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "no version 'Proposal Z' in it (versions: agreed, Proposal B)")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a map")
    result = run(f"{notes}:agreed", env=headless())
    assert result.returncode == 2 and "not a zoneeditor project" in result.stderr


def test_print_per_zone_reports_each_pages_own_scale(tmp_path):
    out = tmp_path / "zones.pdf"
    result = run("print", f"{sample_path()}:Proposal B", "--out", str(out), "--per-zone",
                 "--no-basemap", "--date", "2026-05-04")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"wrote {out} (6 pages, A4 portrait, version 'Proposal B'")
    assert "scale" not in lines[0]  # no single scale claimed for pages that differ
    reported = {}
    for line in lines[1:]:
        m = re.fullmatch(r"  page (\d): (.+), scale (1:[\d,]+)", line)
        assert m, line
        reported[int(m.group(1))] = (m.group(2), m.group(3))
    assert [name for name, _ in reported.values()][:2] == ["Idlib", "Northern Hama"]
    assert len({scale for _, scale in reported.values()}) > 1
    for number, (name, scale) in reported.items():
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(out),
                               "-"], capture_output=True, text=True).stdout
        assert f"Scale {scale} " in text, (number, scale)
        text = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬀ" ligature back
        # the subtitle names the zone as the map does, "Idlib · إدلب" (whose Arabic part
        # pdftotext reads out of order): the terminal's romanised name comes first
        assert f"Zone: {name} · " in text and f"page {number} of 6)" in text


def test_a_single_sheet_still_reports_its_scale_on_one_line(tmp_path):
    out = tmp_path / "sheet.pdf"
    result = run("print", str(sample_path()), "--out", str(out), "--scale", "500000")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and "scale 1:500,000" in result.stdout
