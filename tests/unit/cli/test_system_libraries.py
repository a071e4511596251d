"""A library of the machine that the dynamic loader cannot give (cli/system_libraries.py): one
sentence naming it and the package to install, exit 2, never a traceback or "internal error";
read from the loader's own words, produced here by real libraries built with gcc."""

from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest
from support.elf_fakes import cc, folders, needs_binutils

from zoneeditor.cli.common import run_guarded
from zoneeditor.cli.system_libraries import loader_problem

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF loader")


def _load_error(path: str) -> OSError:
    """What ``ctypes`` raises for the library at ``path`` (which must fail to load)."""
    with pytest.raises(OSError) as caught:
        ctypes.CDLL(path)
    return caught.value


@needs_binutils
def test_a_missing_library_is_named(tmp_path):
    # a module linking a library the machine lacks (built against a stand-in that is then
    # removed): the loader's words name the missing library
    (libs,) = folders(tmp_path, "libs")
    cc(libs, "libzoneeditor-absent.so.1", "int fc(void) { return 1; }")
    module = cc(libs, "qtgui.so", "int fc(void); int g(void) { return fc(); }",
                "-l:libzoneeditor-absent.so.1")
    (libs / "libzoneeditor-absent.so.1").unlink()
    assert loader_problem(_load_error(module)) == (
        "this machine lacks the library libzoneeditor-absent.so.1, which zoneeditor takes "
        "from the system: install the package that provides libzoneeditor-absent.so.1")


def test_a_known_library_is_named_with_its_package():
    exc = ImportError("libfontconfig.so.1: cannot open shared object file: No such file or "
                      "directory")
    assert loader_problem(exc) == (
        "this machine lacks the library libfontconfig.so.1, which zoneeditor takes from the "
        "system: install the package libfontconfig1 (Debian, Ubuntu) or fontconfig (Fedora)")


@needs_binutils
def test_a_library_too_old_is_named_with_the_version_it_lacks(tmp_path):
    # a module built against release 2 of a versioned library, on a machine with release 1:
    # "version `LIBX_2' not found", as libstdc++'s GLIBCXX_3.4.32 on an older system
    (new, old) = folders(tmp_path, "new", "old")
    for folder, versions in ((new, "LIBX_1 { global: x1; local: *; }; LIBX_2 { global: x2; };"),
                             (old, "LIBX_1 { global: x1; local: *; };")):
        script = folder / "libx.map"
        script.write_text(versions)
        code = "int x1(void) { return 1; }" + (" int x2(void) { return 2; }"
                                                if folder is new else "")
        cc(folder, "libstdc++.so.6", code, f"-Wl,--version-script={script}")
    module = cc(new, "qtcore.so", "int x2(void); int c(void) { return x2(); }",
                "-l:libstdc++.so.6")
    (new / "libstdc++.so.6").unlink()
    (new / "libstdc++.so.6").symlink_to(old / "libstdc++.so.6")
    sentence = loader_problem(_load_error(module))
    assert sentence is not None
    assert sentence.startswith("this machine's libstdc++.so.6 is older than zoneeditor needs "
                               "(it lacks LIBX_2): update the package libstdc++6 (Debian, Ubuntu) "
                               "or libstdc++ (Fedora)")


def test_other_errors_stay_bugs():
    assert loader_problem(ImportError("cannot import name 'x' from 'y'")) is None
    assert loader_problem(ValueError("libfoo.so.1: cannot open shared object file")) is None
    assert loader_problem(OSError(2, "No such file or directory", "/tmp/x.gpkg")) is None


def test_pyinstaller_s_ctypes_error_is_read_through_its_cause():
    # In a bundle, PyInstaller's ctypes says "not found when the application was frozen" and
    # chains the loader's error as the cause.
    loader = OSError("libglib-2.0.so.0: cannot open shared object file: No such file or "
                     "directory")
    frozen = OSError("Failed to load dynlib/dll 'x.so'. Most likely this dynlib/dll was not "
                     "found when the application was frozen.")
    frozen.__cause__ = loader
    assert "libglib-2.0.so.0" in (loader_problem(frozen) or "")
    assert "libglib2.0-0" in (loader_problem(frozen) or "")


def test_a_command_that_meets_a_missing_library_exits_2_with_the_sentence(capsys):
    def body() -> int:
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or "
                          "directory")

    assert run_guarded(body) == 2
    err = capsys.readouterr().err
    assert err == ("zoneeditor: this machine lacks the library libEGL.so.1, which zoneeditor "
                   "takes from the system: install the package libegl1 (Debian, Ubuntu) or "
                   "libglvnd-egl (Fedora)\n")


def _console_meeting(tmp_path, error: str) -> subprocess.CompletedProcess:
    """``zoneeditor.__main__.console()`` in a child whose ``main`` raises
    ``ImportError(error)``, as the window's start does when Qt cannot be imported."""
    code = ("import zoneeditor.__main__ as m\n"
            "def main(**_):\n"
            f"    raise ImportError({error!r})\n"
            "m.main = main\n"
            "m.console()\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)


def test_the_program_turns_a_missing_library_at_start_into_the_sentence(tmp_path):
    # The window's path imports Qt outside any command: console() says it in one sentence.
    done = _console_meeting(tmp_path, "libxcb.so.1: cannot open shared object file: No such "
                                      "file or directory")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr == ("zoneeditor: this machine lacks the library libxcb.so.1, which "
                           "zoneeditor takes from the system: install the package libxcb1 "
                           "(Debian, Ubuntu) or libxcb (Fedora)\n")


def test_the_program_keeps_a_bug_a_bug(tmp_path):
    done = _console_meeting(tmp_path, "cannot import name x")
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_every_library_of_the_table_has_both_packages():
    from zoneeditor.cli.system_libraries import PACKAGES

    for library, (debian, fedora) in PACKAGES.items():
        assert library.startswith("lib") and ".so." in library, library
        assert debian and fedora, library
