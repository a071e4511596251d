"""``cli.beside.Beside``: a computation run in a forked child (or here, when asked) gives the
value it gives here, and a child that gives no usable answer costs only time.

The forking cases run in a fresh interpreter: the test runner keeps a timer thread per test
(pytest-timeout), and no child is forked while another thread runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading

import pytest

from zoneeditor.cli.beside import Beside, Codec, can_fork

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="children are forked on Linux")

PRELUDE = """
import json, os, signal, sys, threading
from zoneeditor.cli.beside import Beside, Codec, can_fork
here = os.getpid()
PAIR = Codec(list, lambda v: (str(v[0]), float(v[1])))
"""


def run(script: str) -> dict[str, object]:
    """Run ``script`` (after PRELUDE) in a fresh interpreter; its printed JSON."""
    done = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(script)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    got: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return got


def test_a_child_computes_what_this_process_would():
    got = run("""
        with Beside(lambda: (str(os.getpid()), 0.1 + 0.2), PAIR) as pending:
            pid, value = pending.result()
        print(json.dumps({"forked": can_fork(), "pid": pid, "here": str(here),
                          "exact": value == 0.1 + 0.2}))
    """)
    assert got["forked"] and got["pid"] != got["here"]  # computed in the child
    assert got["exact"]  # a float survives the JSON round trip bit for bit


def test_a_child_that_fails_or_dies_is_replaced_by_computing_here():
    got = run("""
        calls = []
        def failing():
            if os.getpid() != here:
                raise RuntimeError("the child fails")
            calls.append("here")
            return "here", 1.0
        def killed():
            if os.getpid() != here:
                os.kill(os.getpid(), signal.SIGKILL)
            return "here", 2.0
        def garbled():
            return "here", 3.0
        GARBLE = Codec(lambda v: ["x"] if os.getpid() != here else list(v), PAIR.decode)
        with Beside(failing, PAIR) as a, Beside(killed, PAIR) as b, \\
                Beside(garbled, GARBLE) as c:
            out = [a.result(), b.result(), c.result()]
        print(json.dumps({"out": out, "calls": calls}))
    """)
    assert got["out"] == [["here", 1.0], ["here", 2.0], ["here", 3.0]]
    assert got["calls"] == ["here"]


def test_leaving_early_ends_the_child_and_buffered_text_is_not_repeated():
    got = run("""
        sys.stdout.write("before the fork\\n")  # still in the buffer (a pipe)
        with Beside(lambda: (threading.Event().wait(60) and "", 0.0), PAIR) as pending:
            child = pending._pid
        try:
            os.waitpid(child, os.WNOHANG)
            reaped = False
        except ChildProcessError:
            reaped = True
        print(json.dumps({"child": child, "reaped": reaped}))
    """)
    assert got["child"] and got["reaped"]


def test_before_the_fork_text_is_written_once():
    done = subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent("""
        sys.stdout.write("before the fork\\n")
        with Beside(lambda: ("x", 1.0), PAIR) as pending:
            pending.result()
    """)], capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.count("before the fork") == 1, done.stderr


def test_without_a_fork_or_with_another_thread_running_it_is_computed_here():
    pair: Codec[tuple[str, float]] = Codec(list, lambda v: (str(v[0]), float(v[1])))  # type: ignore[index]
    calls: list[int] = []
    with Beside(lambda: (calls.append(1), (str(os.getpid()), 2.0))[1], pair,
                fork=False) as pending:
        assert calls == []  # nothing runs beside: it is computed when asked for
        assert pending.result() == (str(os.getpid()), 2.0)
        assert calls == [1]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        with Beside(lambda: (str(os.getpid()), 1.0), pair) as pending:
            assert pending.result() == (str(os.getpid()), 1.0)  # here
    finally:
        stop.set()
        other.join()


def test_when_no_child_can_be_forked_it_is_computed_here():
    got = run("""
        def no_fork():
            raise BlockingIOError(11, "Resource temporarily unavailable")
        os.fork = no_fork
        with Beside(lambda: (str(os.getpid()), 4.0), PAIR) as pending:
            pid, value = pending.result()
        print(json.dumps({"pid": pid, "here": str(here), "value": value}))
    """)
    assert got["pid"] == got["here"] and got["value"] == 4.0
