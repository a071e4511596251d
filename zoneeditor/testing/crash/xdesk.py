"""An X display of our own and what a person at it does: Xvfb, xdotool, screenshots; the
``zoneeditor`` process on it. Used by ``window`` (the kill chains)."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

#: Displays to use, comma separated (":12,:22"); without it Xvfb picks free ones.
DISPLAYS_ENV = "ZONEEDITOR_TEST_DISPLAYS"
TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = (1600, 1000)
#: How long Xvfb may take to accept clients (it says when it does; this only ends a hang).
START_TIMEOUT_S = 60.0
#: Mean difference per colour channel that makes a patch "changed".
CHANGED = 10.0
#: Two patch colours this close (mean per channel) are the same colour: a zone's fill over
#: the same ground, drawn again after a restart (measured: identical to the unit).
SAME_COLOUR = 4.0


def missing_tools() -> list[str]:
    """The programs a chain needs that are not installed."""
    return [t for t in TOOLS if shutil.which(t) is None]


def configured_displays() -> list[str]:
    """Displays named in ``ZONEEDITOR_TEST_DISPLAYS`` (empty: start Xvfb on free ones)."""
    raw = os.environ.get(DISPLAYS_ENV, "")
    return [d.strip() for d in raw.split(",") if d.strip()]


# -- the X server ------------------------------------------------------------------------------
class Xvfb:
    """An Xvfb server of our own: on ``display`` (":12") or on a free one it picks."""

    def __init__(self, display: str | None = None) -> None:
        self.display = display
        self.proc: subprocess.Popen[bytes] | None = None
        fd, name = tempfile.mkstemp(prefix="xvfb-", suffix=".log")
        os.close(fd)
        self._log = Path(name)

    def start(self) -> str:
        """Start it and wait until it accepts clients; returns the display name.

        Xvfb itself says when it is ready: it writes its display number to ``-displayfd``
        once it listens (on the display given, or on a free one it picked), and exits
        without writing when it cannot (the display is another server's). No polling, no
        fixed pause, so a loaded machine only makes this slower. ``-noreset`` keeps the
        server up when its last client leaves: by default Xvfb then resets, and a client
        connecting during the reset is refused — the editor restarted right after a kill
        (the only client) found the display unreachable (17 of 400 connections right after
        a disconnect failed on this 2-core machine under load; none with ``-noreset``)."""
        args = ["Xvfb", *([self.display] if self.display else []), "-screen", "0",
                f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp", "-noreset"]
        read, write = os.pipe()
        # Its messages go to a file: a pipe nobody reads fills up, and the server then hangs
        # on writing a warning (one per client, and every screenshot is a client).
        with self._log.open("wb") as log:
            self.proc = subprocess.Popen([*args, "-displayfd", str(write)], pass_fds=(write,),
                                         stdout=subprocess.DEVNULL, stderr=log)
        os.close(write)
        with os.fdopen(read) as fh:
            ready, _w, _x = select.select([fh], [], [], START_TIMEOUT_S)
            number = fh.readline().strip() if ready else ""
        wanted = self.display or "a free display"
        if not number and ready:
            # The pipe closed without a number: Xvfb could not listen and is exiting (it may
            # not have exited yet when the end of the pipe is read).
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.proc.wait(START_TIMEOUT_S)
        if not number:
            if self.proc.poll() is None:
                said = self._messages()
                self.stop()
                raise RuntimeError(f"Xvfb on {wanted} did not start within "
                                   f"{START_TIMEOUT_S:.0f} s: {said}")
            raise RuntimeError(f"Xvfb could not start on {wanted} (in use by another "
                               f"server?): {self._messages()}")
        self.display = f":{number}"
        return self.display

    def _messages(self) -> str:
        try:
            return self._log.read_text(errors="replace")[-500:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop it (only the server this object started)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        with contextlib.suppress(OSError):
            self._log.unlink()

    def __enter__(self) -> Xvfb:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- looking and typing ------------------------------------------------------------------------
class Desk:
    """The screen and the keyboard and mouse of one display (xdotool, ImageMagick)."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}

    def xdo(self, *args: str, check: bool = True) -> str:
        """Run xdotool; its output."""
        done = subprocess.run(["xdotool", *args], capture_output=True, text=True,
                              env=self.env, timeout=30)
        if check and done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def grab(self) -> np.ndarray:
        """The whole screen as an array (height, width, 3) of uint8."""
        raw = subprocess.run(["import", "-window", "root", "-depth", "8", "rgb:-"],
                             capture_output=True, env=self.env, timeout=30, check=True).stdout
        return np.frombuffer(raw, dtype=np.uint8).reshape(SCREEN[1], SCREEN[0], 3)

    def save(self, path: Path) -> None:
        """A PNG of the screen (to look at a failed trial)."""
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, timeout=30,
                       check=False)

    def windows(self, pid: int, name: str = "") -> list[int]:
        """Visible top-level windows of process ``pid`` whose title contains ``name``."""
        # --all: every condition must hold (xdotool's default is any one of them)
        out = self.xdo("search", "--all", "--onlyvisible", "--pid", str(pid),
                       "--name", name or ".", check=False)
        return [int(w) for w in out.split()]

    def wait_window(self, pid: int, name: str, timeout: float) -> int:
        """The window of ``pid`` titled ``name`` once it is shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(pid, name)
            if found:
                return found[0]
            time.sleep(0.1)
        raise TimeoutError(f"no window {name!r} of process {pid} after {timeout:.0f} s")

    def title(self, window: int) -> str:
        """The window's title ('' once it is gone)."""
        return self.xdo("getwindowname", str(window), check=False)

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """x, y, width, height of a window on the screen."""
        out = self.xdo("getwindowgeometry", "--shell", str(window))
        vals = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return int(vals["X"]), int(vals["Y"]), int(vals["WIDTH"]), int(vals["HEIGHT"])

    def focus(self, window: int) -> None:
        """Give ``window`` the X input focus (there is no window manager to do it)."""
        self.xdo("windowfocus", "--sync", str(window), check=False)

    def focused_pid(self) -> int:
        """The process owning the window that has the X input focus (0: none known)."""
        wid = self.xdo("getwindowfocus", check=False)
        if not wid.isdigit():
            return 0
        pid = self.xdo("getwindowpid", wid, check=False)
        return int(pid) if pid.isdigit() else 0

    def wait_focus(self, pid: int, timeout: float) -> bool:
        """Wait until a window of ``pid`` has the input focus (Qt gives it to a new dialog
        itself; forcing it onto the window found by title can pick the wrong X window)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.focused_pid() == pid:
                return True
            time.sleep(0.05)
        return False

    def key(self, *keys: str) -> None:
        """Press keys (xdotool names: "z", "Return", "ctrl+z", "ctrl+shift+z")."""
        self.xdo("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        """Type text into the focused field."""
        self.xdo("type", "--delay", "30", text)

    def click(self, x: int, y: int, ctrl: bool = False) -> None:
        """Move there and click (holding Ctrl: no snapping, README)."""
        if ctrl:
            self.xdo("keydown", "ctrl", "mousemove", "--sync", str(x), str(y), "click", "1",
                     "keyup", "ctrl")
        else:
            self.xdo("mousemove", "--sync", str(x), str(y), "click", "1")

    def press(self, x: int, y: int) -> None:
        """Move there and press the left button (a drag begins)."""
        self.xdo("mousemove", "--sync", str(x), str(y), "mousedown", "1")

    def move(self, x: int, y: int) -> None:
        """Move the pointer (the button state as it is)."""
        self.xdo("mousemove", "--sync", str(x), str(y))

    def release(self) -> None:
        """Let the left button go (also after a kill mid-drag: the server still holds it)."""
        self.xdo("mouseup", "1", check=False)


def mean_patch(img: np.ndarray, x: int, y: int, r: int = 2) -> np.ndarray:
    """Mean colour of the (2r+1)² pixels around (x, y)."""
    mean: np.ndarray = img[y - r:y + r + 1, x - r:x + r + 1].reshape(-1, 3).astype(float) \
        .mean(axis=0)
    return mean


def differs(a: np.ndarray, b: np.ndarray, threshold: float = CHANGED) -> bool:
    """True when two patch colours differ by more than ``threshold`` per channel on average."""
    return float(np.abs(a - b).mean()) > threshold


# -- the editor process ------------------------------------------------------------------------
class Editor:
    """One ``zoneeditor`` process on ``desk``'s display, with its own user folders."""

    def __init__(self, desk: Desk, project: Path, home: Path) -> None:
        self.desk = desk
        self.project = project
        self.home = home
        self.proc: subprocess.Popen[bytes] | None = None
        self.window = 0

    def env(self) -> dict[str, str]:
        """The process's environment: the display, xcb, private config/state/cache."""
        env = {**self.desk.env, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8",
               "XDG_CONFIG_HOME": str(self.home / "config"),
               "XDG_STATE_HOME": str(self.home / "state"),
               "XDG_CACHE_HOME": str(self.home / "cache"),
               "XDG_DATA_HOME": str(self.home / "data")}
        env.pop("QT_QPA_PLATFORMTHEME", None)
        return env

    def start(self) -> None:
        """Start ``zoneeditor PROJECT --lang en``."""
        log = (self.home / "editor.log").open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "zoneeditor", str(self.project), "--lang", "en"],
            env=self.env(), stdout=log, stderr=log)
        log.close()

    @property
    def pid(self) -> int:
        """The process id."""
        assert self.proc is not None
        return self.proc.pid

    def wait_window(self, title: str, timeout: float) -> int:
        """The editor's window titled ``title`` once it is shown. When the process ends
        first, the TimeoutError says so at once, with its status and the last line of its
        log (Qt could not reach the display, a crash at start), rather than only that no
        window came."""
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while True:
            found = self.desk.windows(self.pid, title)
            if found:
                return found[0]
            status = self.proc.poll()
            if status is not None:
                log = (self.home / "editor.log").read_text(errors="replace").strip()
                last = log.splitlines()[-1] if log else "(no output)"
                raise TimeoutError(f"zoneeditor (process {self.pid}) ended with status "
                                   f"{status} before showing {title!r}; its log ends: {last}")
            if time.monotonic() > deadline:
                raise TimeoutError(f"no window {title!r} of process {self.pid} after "
                                   f"{timeout:.0f} s")
            time.sleep(0.1)

    def main_window(self, timeout: float) -> int:
        """Wait for the main window ("<file> — ZoneEditor") and return it."""
        self.window = self.wait_window("— ZoneEditor", timeout)
        deadline = time.monotonic() + timeout
        while not self.desk.title(self.window).startswith(self.project.name):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the window shows {self.desk.title(self.window)!r}")
            time.sleep(0.1)
            found = self.desk.windows(self.pid, self.project.name)
            self.window = found[0] if found else self.window
        return self.window

    def modified(self) -> bool:
        """True while the title bar marks unsaved changes ("talks.gpkg* — ZoneEditor")."""
        return self.desk.title(self.window).startswith(self.project.name + "*")

    def keys(self, *keys: str) -> None:
        """Keys to the editor: to the window Qt made active, else to the main window."""
        if self.desk.focused_pid() != self.pid:
            self.desk.focus(self.window)
        self.desk.key(*keys)

    def answer_dialog(self, title: str, timeout: float, *keys: str, text: str = "") -> None:
        """Wait for the dialog titled ``title`` to be shown and focused, type ``text``, then
        press ``keys``; once more, into the dialog given the focus explicitly, when it is
        still there a few seconds later.

        "Focused" is only known per process: on a loaded display the main window may still
        hold the focus when the dialog is mapped, and the typed name went to it (seen with
        four chains at once: "A version needs a name." and an empty field). An answer that
        never arrives stays an error: the second try waits for the dialog to go as well.
        """
        dialog = self.wait_window(title, timeout)
        self.desk.wait_focus(self.pid, timeout)
        time.sleep(0.3)  # shown and focused; let it finish laying out before typing
        for attempt in range(2):
            if attempt:
                self.desk.focus(dialog)
                if text:
                    self.desk.key("ctrl+a")  # what a lost first try may have left
            if text:
                self.desk.type(text)
            if keys:
                self.desk.key(*keys)
            if not keys or self._gone(dialog, 8.0 if attempt == 0 else timeout):
                return
        raise TimeoutError(f"the dialog {title!r} took no answer")

    def _gone(self, window: int, timeout: float) -> bool:
        """True once ``window`` is no longer shown (within ``timeout`` seconds)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if window not in self.desk.windows(self.pid):
                return True
            time.sleep(0.1)
        return False

    def kill(self, sig: int = signal.SIGKILL) -> int | None:
        """Send ``sig``; the exit status once it ended (None if it did not within 20 s)."""
        if self.proc is None:
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, sig)
        try:
            return self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


def remember_view(config_home: Path, project: Path, cx: float, cy: float, ppd: float) -> None:
    """Write the view the editor shows for ``project`` into its settings, as the editor
    itself remembers the last view of each project (gui.settings)."""
    from PySide6.QtCore import QSettings

    from zoneeditor.core.viewport import Viewport
    from zoneeditor.gui.settings import APPLICATION, ORGANISATION, Settings

    path = config_home / ORGANISATION / f"{APPLICATION}.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set_last_view(project.resolve(), Viewport(cx, cy, ppd, 1, 1, ref_lat=cy))
