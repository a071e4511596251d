"""``zoneeditor diff --lang``: the text report in the window's language, through the real
command in a subprocess on the bundled sample ("agreed" against "Proposal B").

The report's sentences are templates (``core.diff_words``) listed for translation under
"DiffText" (i18n/extra_strings.py); every name and figure in a translated report is a bidi
isolate (``core.naming``). So what is left of a translated report once its isolates are
taken out is template text alone, and none of the templates' English words may be in it;
the same check finds them in the English report (it cannot pass on an untranslated one).
The language is ``--lang``, else the terminal's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as
every command-line tool reads them), never the one kept in the window: reading the window's
settings takes Qt, whose import would slow every English comparison (issue #19, item 3).
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from zoneeditor.core.naming import FSI, LRI, PDI

PACKAGE = Path(__file__).resolve().parents[2] / "zoneeditor"
#: Right-to-left isolate: not ours, but an isolate all the same.
RLI = "\u2067"


def template_words() -> set[str]:
    """The English words of the report's templates (context "DiffText")."""
    tree = ast.parse((PACKAGE / "i18n" / "extra_strings.py").read_text(encoding="utf-8"))
    templates = [node.args[1].value for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and len(node.args) >= 2
                 and isinstance(node.args[0], ast.Constant) and node.args[0].value == "DiffText"
                 and isinstance(node.args[1], ast.Constant)]
    assert len(templates) > 50, "the scan found too few templates: it is broken"
    return {w.casefold() for t in templates for w in re.findall(r"[A-Za-z]{2,}", t)}


def without_isolates(text: str) -> str:
    """``text`` with every isolated run (names, figures; nested ones too) taken out."""
    out, depth = [], 0
    for ch in text:
        if ch in (FSI, LRI, RLI):
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif not depth:
            out.append(ch)
    return "".join(out)


def english_words(report: str) -> set[str]:
    """The templates' English words found in what a report says outside its values."""
    said = {w.casefold() for w in re.findall(r"[A-Za-z]{2,}", without_isolates(report))}
    return said & template_words()


@pytest.fixture(scope="module")
def sample(module_sample):
    return module_sample


@pytest.fixture(scope="module")
def settings(tmp_path_factory) -> Path:
    """A settings folder of our own: no language kept in the window."""
    return tmp_path_factory.mktemp("config")


def diff(sample: Path, config: Path, *args: str, **env: str) -> str:
    """The command as a user runs it, its standard output (it must succeed quietly)."""
    environ = dict(os.environ, XDG_CONFIG_HOME=str(config), LANG="C.UTF-8", LC_ALL="",
                   LANGUAGE="")
    environ.update(env)
    for var in ("DISPLAY", "WAYLAND_DISPLAY"):
        environ.pop(var, None)
    result = subprocess.run([sys.executable, "-m", "zoneeditor", "diff", str(sample),
                             f"{sample}:Proposal B", *args], capture_output=True, text=True,
                            encoding="utf-8", timeout=180, env=environ)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture(scope="module")
def reports(sample, settings) -> dict[str, str]:
    return {lang: diff(sample, settings, "--lang", lang) for lang in ("en", "ru", "ar")}


def window_party(sample: Path, name: str, language: str) -> str:
    """A party as the window names it in ``language`` (``i18n.values.party_name``)."""
    from zoneeditor.i18n.values import party_name
    from zoneeditor.io.project_file import read_project

    return party_name(name, read_project(sample, sandbox=False).meta, language)


def test_the_check_finds_the_english_report_english(reports):
    assert {"changes", "from", "modified", "zones", "territory", "passes", "near",
            "party"} <= english_words(reports["en"])


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_a_translated_report_has_no_english_words_of_its_templates(reports, lang):
    report = reports[lang]
    assert report.count("\n") == reports["en"].count("\n")  # the same report, line for line
    assert english_words(report) == set(), report


def test_the_english_report_is_what_it_was_and_needs_no_flag(sample, settings, reports):
    assert reports["en"] == diff(sample, settings)
    assert reports["en"].startswith('Changes from "agreed" (')
    assert FSI not in reports["en"] and LRI not in reports["en"]


def test_parties_are_named_as_the_window_names_them(sample, reports):
    for lang in ("ru", "ar"):
        for party in ("Opposition", "Government", "Monitors"):
            shown = window_party(sample, party, lang)
            assert FSI + shown + PDI in reports[lang] or LRI + shown + PDI in reports[lang]
    # the sample's parties have Arabic local names: the Arabic report uses them only
    arabic = window_party(sample, "Opposition", "ar")
    assert arabic != "Opposition" and "Opposition" not in reports["ar"]


def test_versions_towns_and_figures_as_the_window_shows_them(reports):
    from zoneeditor.i18n import load_translator

    ar = reports["ar"]
    assert "⁨مورك⁩" in ar  # Mūrak, as the gazetteer names it in Arabic
    assert "Mūrak" not in ar
    assert LRI + "275.2" + PDI in ar and LRI + "CBD5-84E4-E9C5" + PDI in ar
    baseline = load_translator("ru").translate("DataValues", "Agreed baseline")
    assert baseline != "Agreed baseline"
    assert reports["ru"].splitlines()[0].startswith(f"Изменения: «{LRI}{baseline}{PDI}»")


def test_the_language_follows_the_terminal_not_the_window(sample, settings, tmp_path,
                                                         reports):
    assert diff(sample, settings, LANG="ru_RU.UTF-8") == reports["ru"]
    assert diff(sample, settings, LANGUAGE="ar:ru", LANG="ru_RU.UTF-8") == reports["ar"]
    assert diff(sample, settings, LANGUAGE="ru:en", LANG="C.UTF-8") == reports["ru"]
    assert diff(sample, settings, "--lang", "en", LANG="ru_RU.UTF-8") == reports["en"]
    kept = tmp_path / "kept"
    (kept / "zoneeditor").mkdir(parents=True)
    (kept / "zoneeditor" / "zoneeditor.conf").write_text("[interface]\nlanguage=ar\n",
                                                         encoding="utf-8")
    assert diff(sample, kept, LANG="ru_RU.UTF-8") == reports["ru"]
    assert diff(sample, kept) == reports["en"]


def test_an_english_report_imports_no_qt(sample, settings):
    """The comparison as a process is measured against a bare shapely script (#19.3):
    English, the terminal's language here, must not pay for Qt."""
    probe = ("import sys\n"
             "from zoneeditor.__main__ import main\n"
             "main(['diff', sys.argv[1], sys.argv[1] + ':Proposal B'])\n"
             "print('QT', any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)\n")
    environ = dict(os.environ, XDG_CONFIG_HOME=str(settings), LANG="C.UTF-8", LC_ALL="",
                   LANGUAGE="")
    result = subprocess.run([sys.executable, "-c", probe, str(sample)], capture_output=True,
                            text=True, timeout=180, env=environ)
    assert "QT False" in result.stderr, result.stderr


def test_machine_formats_stay_english(sample, settings):
    for fmt in ("json", "csv"):
        english = diff(sample, settings, "--format", fmt)
        assert diff(sample, settings, "--format", fmt, "--lang", "ar") == english
    data = json.loads(diff(sample, settings, "--format", "json", "--lang", "ru"))
    assert data["old"]["version"] == "agreed"


def test_help_says_the_option_and_its_default(sample, settings):
    result = subprocess.run([sys.executable, "-m", "zoneeditor", "diff", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert "--lang {en,ar,ru}" in result.stdout
    assert "the terminal's language" in " ".join(result.stdout.split())
