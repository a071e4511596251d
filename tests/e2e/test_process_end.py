"""A command's process ends without the interpreter's teardown, and loses nothing by it
(io/process_end.py, issue #19 item 3).

Each case runs a real process: ``end_process`` ends the process that calls it, so it is
never called in the test's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zoneeditor.__main__ import main


def zoneeditor(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """``python -m zoneeditor ARGS`` as a user runs it (the console entry)."""
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=240, check=False)


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_the_command_prints_all_it_printed_in_process(sample_copy, capsys):
    spec_old, spec_new = f"{sample_copy}:agreed", f"{sample_copy}:Proposal B"
    assert main(["diff", spec_old, spec_new]) == 0
    in_process = capsys.readouterr().out
    proc = zoneeditor("diff", spec_old, spec_new)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == in_process
    assert proc.stderr == ""
    assert "Land changing hands" in proc.stdout


def test_a_long_output_into_a_file_is_whole(sample_copy, tmp_path, capsys):
    """JSON larger than the stream's buffer, written to a file (block-buffered): the tail
    that is still buffered when the command returns reaches the file."""
    spec_old, spec_new = f"{sample_copy}:agreed", f"{sample_copy}:Proposal B"
    assert main(["diff", spec_old, spec_new, "--format", "json"]) == 0
    in_process = capsys.readouterr().out
    assert len(in_process.encode()) > 8192  # more than one buffer's worth
    out = tmp_path / "report.json"
    with out.open("w") as fh:
        proc = zoneeditor("diff", spec_old, spec_new, "--format", "json", stdout=fh)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == in_process


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_a_full_disk_behind_the_output_is_one_sentence_and_exit_2(sample_copy):
    with open("/dev/full", "w") as full:
        proc = zoneeditor("diff", f"{sample_copy}:agreed", f"{sample_copy}:Proposal B",
                          stdout=full)
    assert proc.returncode == 2
    assert proc.stderr == "zoneeditor: cannot write the output: the disk is full\n"


def test_a_reader_that_goes_away_ends_the_command_quietly(sample_copy):
    """``zoneeditor diff ... | head -1``: no "Exception ignored", no error status."""
    proc = subprocess.Popen([sys.executable, "-m", "zoneeditor", "diff",
                             f"{sample_copy}:agreed", f"{sample_copy}:Proposal B",
                             "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(10)
    proc.stdout.close()  # as ``head`` does once it has its lines
    err = proc.stderr.read()
    assert proc.wait(timeout=240) == 0
    assert first.startswith(b"{")
    assert err == b""


def test_exit_handlers_run_and_the_status_is_kept():
    proc = python("""
        import atexit, sys
        from zoneeditor.io.process_end import end_process
        atexit.register(lambda: print("handler ran", flush=True))
        print("buffered, not flushed", end="")
        end_process(5)
        print("never reached")
    """)
    assert proc.returncode == 5
    assert proc.stdout == "buffered, not flushedhandler ran\n"
    assert "never reached" not in proc.stdout


def test_a_thread_still_working_gets_the_ordinary_exit(tmp_path: Path):
    """A non-daemon thread that is still writing when the command returns is waited for."""
    done = tmp_path / "done.txt"
    proc = python(f"""
        import sys, threading, time
        from pathlib import Path
        from zoneeditor.io.process_end import end_process
        def late():
            time.sleep(0.5)
            Path({str(done)!r}).write_text("written")
        threading.Thread(target=late).start()
        end_process(0)
        print("returned", flush=True)
        sys.exit(4)
    """)
    assert proc.stdout == "returned\n"
    assert proc.returncode == 4
    assert done.read_text() == "written"
