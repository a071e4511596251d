"""Which team-server addresses are taken: any PostgreSQL address without a password in it.

A reviewer found the first version refusing "host=h dbname=team" as "holding a password"
(it compared the address with a rewrite that reorders settings and re-encodes queries)."""

from __future__ import annotations

import pytest

from zoneeditor.io.team.address import checked, has_password
from zoneeditor.io.team.errors import TeamError


@pytest.mark.parametrize("address", [
    "host=h dbname=team", "user=dana host=h dbname=team", "host=h  dbname=team user=dana",
    "service=team", "postgresql://dana@host/team", "postgresql://dana@host:5433/team?",
    "postgresql://dana@host/team?application_name=my%20app&sslmode=verify-full",
    "postgres://host/team",
])
def test_an_address_without_a_password_is_taken_as_written(address):
    assert checked(address) == address and not has_password(address)


@pytest.mark.parametrize("address", [
    "postgresql://dana:secret@host/team", "postgresql://dana@host/team?password=secret",
    "host=h dbname=team password=secret", "password=secret service=team",
])
def test_an_address_with_a_password_is_refused_without_repeating_it(address):
    with pytest.raises(TeamError) as refused:
        checked(address)
    assert "holds a password" in str(refused.value) and "secret" not in str(refused.value)


@pytest.mark.parametrize("address", ["not a url", "dana@localhost/team",
                                     "http://dana@localhost:5432/team"])
def test_a_mistyped_address_says_how_to_write_one(address):
    with pytest.raises(TeamError) as refused:
        checked(address)
    assert "not a PostgreSQL address: write it as postgresql://USER@HOST[:PORT]/DATABASE" \
        in str(refused.value)
