"""Rebuild zoneeditor/io/team/pg_login_catalogue.py from PostgreSQL's message catalogues.

Run from the repository root, in the project's environment, on a machine with PostgreSQL::

    python packaging/build_pg_login_catalogue.py            # write the module
    python packaging/build_pg_login_catalogue.py --check    # exit 1 if it is out of date

Sources: the compiled catalogues PostgreSQL installs with its programs — the server's
``postgres-<major>.mo`` and libpq's ``libpq5-<major>.mo`` in
``<localedir>/<language>/LC_MESSAGES/`` (``pg_config --localedir``; Debian's
``postgresql-15`` and ``libpq5`` put them in /usr/share/locale). Every language found is
taken; only the sentences listed in ``zoneeditor.io.team.login_sentences`` are kept.

Each translation is kept twice when the two differ: as the catalogue has it (what a server
whose locale is UTF-8 sends) and as glibc's gettext writes it for a process whose locale is
ASCII (C/POSIX: ``iconv -t ASCII//TRANSLIT`` in the C locale; Cyrillic becomes Latin
letters, other letters "?"), which is what a server started without a locale sends.

The translations are PostgreSQL's, under the PostgreSQL Licence (its notice is written into
the module). The output is deterministic (sorted, no dates), so a rebuild that changes
nothing leaves git clean.
"""

from __future__ import annotations

import argparse
import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT = REPO_ROOT / "zoneeditor" / "io" / "team" / "pg_login_catalogue.py"
#: Debian installs each PostgreSQL major version's programs here.
DEBIAN_BIN = Path("/usr/lib/postgresql")

LICENCE = """\
PostgreSQL Database Management System
(formerly known as Postgres, then as Postgres95)

Portions Copyright (c) 1996-2022, The PostgreSQL Global Development Group

Portions Copyright (c) 1994, The Regents of the University of California

Permission to use, copy, modify, and distribute this software and its
documentation for any purpose, without fee, and without a written agreement
is hereby granted, provided that the above copyright notice and this
paragraph and the following two paragraphs appear in all copies.

IN NO EVENT SHALL THE UNIVERSITY OF CALIFORNIA BE LIABLE TO ANY PARTY FOR
DIRECT, INDIRECT, SPECIAL, INCIDENTAL, OR CONSEQUENTIAL DAMAGES, INCLUDING
LOST PROFITS, ARISING OUT OF THE USE OF THIS SOFTWARE AND ITS
DOCUMENTATION, EVEN IF THE UNIVERSITY OF CALIFORNIA HAS BEEN ADVISED OF THE
POSSIBILITY OF SUCH DAMAGE.

THE UNIVERSITY OF CALIFORNIA SPECIFICALLY DISCLAIMS ANY WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS FOR A PARTICULAR PURPOSE.  THE SOFTWARE PROVIDED HEREUNDER IS
ON AN "AS IS" BASIS, AND THE UNIVERSITY OF CALIFORNIA HAS NO OBLIGATIONS TO
PROVIDE MAINTENANCE, SUPPORT, UPDATES, ENHANCEMENTS, OR MODIFICATIONS.
"""

Table = dict[str, dict[str, tuple[str, ...]]]


def find_pg_config() -> Path | None:
    """``pg_config`` on PATH, else Debian's newest; None when PostgreSQL is not installed."""
    found = shutil.which("pg_config")
    if found:
        return Path(found)
    versions = sorted(DEBIAN_BIN.glob("*/bin/pg_config"),
                      key=lambda p: int(p.parent.parent.name)
                      if p.parent.parent.name.isdigit() else 0)
    return versions[-1] if versions else None


def installed(pg_config: Path) -> tuple[Path, int]:
    """The catalogues' folder and the major version of the PostgreSQL ``pg_config`` is of."""
    def ask(option: str) -> str:
        return subprocess.run([str(pg_config), option], capture_output=True, text=True,
                              check=True).stdout.strip()

    version = re.match(r"PostgreSQL (\d+)", ask("--version"))
    if version is None:
        raise SystemExit(f"{pg_config} --version does not name a PostgreSQL version")
    return Path(ask("--localedir")), int(version.group(1))


def catalogues(localedir: Path, domain: str) -> dict[str, Path]:
    """``language -> .mo file`` of one catalogue (``postgres-15``) in every language."""
    return {mo.parent.parent.name: mo
            for mo in sorted(localedir.glob(f"*/LC_MESSAGES/{domain}.mo"))}


def ascii_form(text: str) -> str:
    """``text`` as glibc's gettext writes it for a process whose locale is C (ASCII)."""
    done = subprocess.run(["iconv", "-f", "UTF-8", "-t", "ASCII//TRANSLIT"],
                          input=text.encode("utf-8"), capture_output=True, check=True,
                          env={**os.environ, "LC_ALL": "C"})
    return done.stdout.decode("ascii")


def translations(files: dict[str, Path], sentences: list[str]) -> Table:
    """``language -> English sentence -> forms`` for the sentences a catalogue translates:
    the translation, then its ASCII form when that differs (and from the English)."""
    table: Table = {}
    for language, path in sorted(files.items()):
        with path.open("rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        found: dict[str, tuple[str, ...]] = {}
        for english in sentences:
            text = catalogue.gettext(english)
            if text == english:  # not translated: the server sends the English
                continue
            forms = [text]
            plain = ascii_form(text)
            if plain not in (text, english):
                forms.append(plain)
            found[english] = tuple(forms)
        if found:
            table[language] = found
    return table


def _literal(value: object, indent: int) -> str:
    """A dict of dicts of tuples of str as Python source, one entry a line."""
    pad = " " * indent
    if isinstance(value, dict):
        inner = "".join(f"{pad}    {key!r}: {_literal(item, indent + 4)},\n"
                        for key, item in value.items())
        return "{\n" + inner + pad + "}"
    assert isinstance(value, tuple)
    return "(" + ", ".join(repr(item) for item in value) + ("," if len(value) == 1 else "") + ")"


def render(major: int, server: Table, client: Table) -> str:
    """The module's text."""
    licence = "".join(f"#   {line}".rstrip() + "\n" for line in LICENCE.splitlines())
    return (
        '"""PostgreSQL\'s own translations of the sentences of a refused login (generated).\n'
        "\n"
        "Made by packaging/build_pg_login_catalogue.py from PostgreSQL's message catalogues\n"
        f"(postgres-{major}.mo and libpq5-{major}.mo); do not edit by hand, run the script.\n"
        "``SERVER``: language -> English sentence (login_sentences.SERVER_SENTENCES) -> the\n"
        "forms a server writes it in (UTF-8, then ASCII as a server without a locale writes it,\n"
        "when that differs); ``CLIENT``: the same for libpq's prefixes (CLIENT_PREFIXES).\n"
        '"""\n'
        "# ruff: noqa: E501\n"
        "#\n"
        "# The translations are part of PostgreSQL and are distributed under its licence:\n"
        "#\n"
        f"{licence}"
        "\n"
        "from __future__ import annotations\n"
        "\n"
        "#: The PostgreSQL major version whose catalogues these are.\n"
        f"MAJOR = {major}\n"
        "\n"
        "SERVER: dict[str, dict[str, tuple[str, ...]]] = "
        f"{_literal(server, 0)}\n"
        "\n"
        "CLIENT: dict[str, dict[str, tuple[str, ...]]] = "
        f"{_literal(client, 0)}\n")


def build(localedir: Path, major: int) -> str:
    """The module's text from the catalogues of PostgreSQL ``major`` in ``localedir``."""
    from zoneeditor.io.team.login_sentences import CLIENT_PREFIXES, SERVER_SENTENCES

    server = translations(catalogues(localedir, f"postgres-{major}"), list(SERVER_SENTENCES))
    client = translations(catalogues(localedir, f"libpq5-{major}"), list(CLIENT_PREFIXES))
    if not server:
        raise SystemExit(f"no postgres-{major}.mo under {localedir}: install PostgreSQL "
                         f"{major} with its translations (Debian: postgresql-{major})")
    return render(major, server, client)


def main(argv: list[str] | None = None) -> int:
    """Write (or ``--check``) the module; 0 when done or up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-config", type=Path, help="pg_config of the PostgreSQL to read")
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed module instead of writing it")
    args = parser.parse_args(argv)
    pg_config = args.pg_config or find_pg_config()
    if pg_config is None:
        raise SystemExit("pg_config not found: install PostgreSQL (Debian: postgresql-15)")
    localedir, major = installed(pg_config)
    text = build(localedir, major)
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.relative_to(REPO_ROOT)} is "
              f"{'up to date' if same else 'OUT OF DATE: run this script'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(REPO_ROOT)} from PostgreSQL {major}'s catalogues "
          f"in {localedir}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    sys.exit(main())
