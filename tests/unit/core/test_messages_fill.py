"""A sentence's placeholders are filled in one pass: an argument is never read again.

``fill`` replaced ``%3``, then ``%2``, then ``%1``, each in the text the previous one left, so
a later argument holding "%1" (a zone named "Zone %1", a file "plan%1.gpkg") was filled
again with the first argument, and the window said something nobody wrote. Qt's
``QString.arg(a, b)`` does it in one pass; so does ``fill`` now.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zoneeditor.core.messages import Message, counted, fill, substitute

#: Text a user may give a feature, a version or a file, placeholders and regex marks too.
HOSTILE = st.text(alphabet=st.sampled_from(list("%0123456789n\\g<>()[]$ az")), max_size=12)


def test_an_argument_that_holds_a_placeholder_stays_as_it_is():
    assert fill("Moving %1 refused: %2", ("Idlib", "Zone %1")) == "Moving Idlib refused: Zone %1"
    assert fill("%1 passes from %2 to %3", ("Zone %2", "%3", "B")) == "Zone %2 passes from %3 to B"
    assert Message("Selected %1 in %2", "Zone %2", "P").args == ("Zone %2", "P")
    assert Message("Selected %1 in %2", "Zone %2", "P") == "Selected Zone %2 in P"
    assert fill("%1 and %10", tuple(str(i) for i in range(1, 11))) == "1 and 10"
    assert fill("%10 of %2", ("a", "b")) == "a0 of b"  # %10 with two arguments: %1 then 0
    # the window's sentences, translated by Qt, are filled with ``substitute``
    assert substitute("%2 then %1", ("a%2", "b%1")) == "b%1 then a%2"
    assert substitute("%n of %1", ("x",)) == "%n of x"  # no count here: %n is Qt's


@given(st.lists(HOSTILE, min_size=1, max_size=12))
def test_every_argument_lands_once_and_untouched(args):
    template = "|".join(f"%{i}" for i in range(1, len(args) + 1))
    assert fill(template, tuple(args)) == "|".join(args)


@given(HOSTILE, HOSTILE, st.integers(min_value=-2, max_value=100000))
def test_a_counted_sentence_keeps_its_arguments_too(a, tail, n):
    b = f"Zone %1{tail}"  # the second argument names the first placeholder
    m = counted("%1 has %n feature(s) in %2", n, a, b)
    word = "feature" if n in (1, -1) else "features"
    assert m == f"{a} has {n:,} {word} in {b}"
