"""The login sentences of PostgreSQL in every language it ships (io/team/login_sentences.py).

The shipped table (io/team/pg_login_catalogue.py) must be exactly what
packaging/build_pg_login_catalogue.py makes from the PostgreSQL catalogues installed on this
machine, so it cannot drift from PostgreSQL's own words; every translation in it, in every
form, must be recognised as its kind behind libpq's prefix in any language, and sentences
that are not a refused login must not be.
"""

from __future__ import annotations

import gettext
import os
import re
import sys
from pathlib import Path

import pytest

from zoneeditor.io.team import pg_login_catalogue
from zoneeditor.io.team.login_sentences import (
    _SPEC,
    CLIENT_PREFIXES,
    SERVER_SENTENCES,
    reason,
    recognise,
)

PACKAGING = Path(__file__).resolve().parents[4] / "packaging"
sys.path.insert(0, str(PACKAGING))

import build_pg_login_catalogue as builder  # noqa: E402

#: Sample values for the placeholders, in order: user, host, database, encryption ...
VALUES = ("dana_7", "10.20.0.5", "team", "SSL encryption", "5432")


def fill(template: str, values: tuple[str, ...] = VALUES) -> str:
    """``template`` with its printf placeholders replaced, as the server would send it."""
    position = iter(range(len(values)))

    def value(spec: re.Match[str]) -> str:
        if spec.group() == "%%":
            return "%"
        explicit = re.match(r"%(\d+)\$", spec.group())
        return values[int(explicit.group(1)) - 1 if explicit else next(position)]

    return _SPEC.sub(value, template)


def machine_catalogues() -> tuple[Path, int]:
    """The folder and major version of the PostgreSQL catalogues installed here (CI has
    them: .ci/run installs postgresql); skipped elsewhere, failed in CI."""
    pg_config = builder.find_pg_config()
    if pg_config is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI needs PostgreSQL (pg_config and its message catalogues)")
        pytest.skip("PostgreSQL is not installed here: its catalogues cannot be compared")
    return builder.installed(pg_config)


def all_forms(table: dict[str, dict[str, tuple[str, ...]]], english: str
              ) -> list[tuple[str, str]]:
    return [("en", english)] + [(language, form) for language in sorted(table)
                                for form in table[language].get(english, ())]


def test_the_shipped_table_is_what_the_installed_catalogues_say():
    localedir, major = machine_catalogues()
    assert major == pg_login_catalogue.MAJOR, (
        f"the table was made from PostgreSQL {pg_login_catalogue.MAJOR}'s catalogues and "
        f"this machine has {major}'s: run packaging/build_pg_login_catalogue.py")
    made = builder.build(localedir, major)
    shipped = (Path(pg_login_catalogue.__file__)).read_text(encoding="utf-8")
    assert made == shipped, ("zoneeditor/io/team/pg_login_catalogue.py differs from what "
                             "PostgreSQL's catalogues say: run "
                             "packaging/build_pg_login_catalogue.py")
    # Every language PostgreSQL installed for the server is in it, Russian included.
    installed = set(builder.catalogues(localedir, f"postgres-{major}"))
    assert installed == set(pg_login_catalogue.SERVER) and {"ru", "de"} <= installed


def test_the_table_has_every_sentence_in_the_main_languages():
    for language in ("de", "es", "fr", "it", "ru", "sv", "uk"):
        assert set(pg_login_catalogue.SERVER[language]) == set(SERVER_SENTENCES), language
    # Russian as a server without a locale writes it: transliterated, never "?".
    ascii_ru = pg_login_catalogue.SERVER["ru"]['password authentication failed for user "%s"']
    assert ascii_ru[1] == 'pol`zovatel` "%s" ne proshyol proverku podlinnosti (po parolyu)'


@pytest.mark.parametrize("english", sorted(SERVER_SENTENCES))
def test_every_form_of_a_sentence_is_recognised_as_its_kind_behind_any_prefix(english):
    prefixes = [fill(form) for prefix in CLIENT_PREFIXES
                for _language, form in all_forms(pg_login_catalogue.CLIENT, prefix)]
    for n, (language, form) in enumerate(all_forms(pg_login_catalogue.SERVER, english)):
        sentence = fill(form)
        prefix = prefixes[n % len(prefixes)]
        for text in (f"{prefix}FATAL:  {sentence}\n",
                     f"{prefix}ВАЖНО:  {sentence}",  # another attempt's line before it:
                     f"{prefix}Connection refused\n\tIs the server running?\n"
                     f"{prefix}致命错误:  {sentence}\n"):
            found = recognise(text)
            assert found is not None, (language, text)
            assert found.kind == SERVER_SENTENCES[english], (language, text, found)
            assert found.sentence.endswith(" ".join(sentence.split())), (language, found)
            assert found.sentence.split(":  ")[0] in ("FATAL", "ВАЖНО", "致命错误")


def test_the_server_sentence_is_the_detail_and_libpq_prefixes_are_cut_in_any_language():
    found = recognise('подключиться к серверу "10.0.0.1", порту 5432 не удалось: ВАЖНО:  '
                      'база данных "team" не существует\n')
    assert found is not None and found.kind == "no-database" and found.language == "ru"
    assert found.sentence == 'ВАЖНО:  база данных "team" не существует'
    for prefix in CLIENT_PREFIXES:
        for language, form in all_forms(pg_login_catalogue.CLIENT, prefix):
            text = f"{fill(form)}Connection refused\n\tIs the server running on that host?\n"
            assert reason(text) == "Connection refused", (language, text)
    assert reason("timeout expired\n") == "timeout expired"
    assert reason("") == ""


def test_sentences_that_are_not_a_refused_login_are_not_taken_for_one():
    others = ['database "%s" does not exist, skipping', 'role "%s" does not exist, skipping',
              "the database system is starting up", "sorry, too many clients already",
              'too many connections for role "%s"', "could not load pg_hba.conf",
              'database "%s" is not currently accepting connections']
    texts = [fill(english) for english in others]
    localedir, major = machine_catalogues()  # the same sentences as each server sends them
    for path in builder.catalogues(localedir, f"postgres-{major}").values():
        with path.open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        logins = {catalogue.gettext(english) for english in SERVER_SENTENCES}
        # (zh_CN translates 'role "%s" does not exist, skipping', a notice of DROP ROLE IF
        # EXISTS that no login sends, exactly as the login's 'role "%s" does not exist'.)
        texts += [fill(catalogue.gettext(english)) for english in others
                  if catalogue.gettext(english) not in logins]
    for sentence in texts:
        text = f'connection to server at "h", port 1 failed: FATAL:  {sentence}\n'
        assert recognise(text) is None, text
    # A value that happens to contain a login sentence does not make one.
    assert recognise('FATAL:  database "role "x" does not exist" is not currently accepting '
                     'connections') is None
