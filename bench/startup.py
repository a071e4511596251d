"""Start-up of the editor window against a bare PySide6 window, as fresh processes.

    python bench/startup.py [--rounds 7] [--platform offscreen|xcb|both] [--top 15]
                            [--no-snapshot] [--compare DIR]

Every round starts, one after the other (interleaved, the order alternating between rounds),
a fresh Python process for each contender and times it from just before the process is
started (``time.monotonic()``, CLOCK_MONOTONIC: one clock for all processes of the machine):

- **bare**: ``QApplication`` + a ``QMainWindow`` 1400×900 with a plain central widget, shown;
  done when that widget finished its first ``paintEvent``.
- **zoneeditor**: ``python -m zoneeditor`` (the bundled sample, as a user's first
  ``zoneeditor`` does) with ``ZONEEDITOR_STARTUP_TRACE`` set (``gui/startup_trace.py``), which
  records, in the process itself:
  *window shown* — the window's first paint: its shell, showing the project's last view
  (the snapshot its previous run kept) or the line "Opening …";
  *first frame* — the map canvas finished its first ``paintEvent`` (the window is built
  with the project drawn; under the last view, when it is shown);
  *interactive* — every add-on installed (menus, docks, toolbars complete; every action works);
  *map complete* — a frame painted after the basemap and the gazetteer arrived.
  The process is then ended with SIGTERM (a normal quit: ``gui/session_end.py``; it keeps
  the view, and the last view the warm-up start kept stays true).

Each process gets its own settings folders (``XDG_CONFIG_HOME`` and the like, one set per
contender kept for the whole run and warmed by one unmeasured start, so the rounds are a
returning user's starts: window and dock arrangement restored, and the last view kept by the
previous start's quit). zoneeditor is measured twice, interleaved: **with the snapshot** (the
returning user; every round checks that the last view was shown) and **plain** (its
snapshot removed before each start, so the shell shows "Opening …"; ``--no-snapshot``
measures only this one). Figures: median and minimum per milestone, and the ratio to the
bare window's first paint (median / median and min / min).

``--platform``: ``offscreen`` (Qt's offscreen platform, no display needed), ``xcb`` (the X
display in ``DISPLAY``, e.g. an ``Xvfb``), or ``both``. ``--compare DIR`` adds a third
contender, interleaved with the others: ``python -m zoneeditor`` from the checkout in DIR
(``PYTHONPATH=DIR``; it must have the start-up trace, e.g. the commit that added this
script), to measure before and after under the same load (its *window shown* is when
``show()`` returned, if it records it: not a paint). The run ends with a
``python -X importtime`` summary of one more zoneeditor start: what its imports cost before
the window is shown, before the map's first frame, before interactive and after, by
package, and the slowest modules.

zoneeditor (and a ``--compare`` checkout) runs from its byte-code, as every installation
has it (pip compiles a package when it installs it; the bundle ships compiled modules): a
development checkout on a machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one does)
would compile every module from source at every start (~150 ms here), so the script compiles
the packages once before timing; ``--from-source`` times that case instead.

Not part of the tests: it prints figures (docs/window.md records them).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

#: How long one start may take before the bench gives up on it (seconds).
TIMEOUT = 120.0
TRACE_ENV = "ZONEEDITOR_STARTUP_TRACE"
STDERR_PREFIX = "zoneeditor-startup:"
MILESTONES = ("shown", "first_frame", "interactive", "map_complete")
#: What an older checkout (``--compare``) records for certain.
OLD_MILESTONES = ("first_frame", "interactive", "map_complete")

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class Canvas(QWidget):
    done = False
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#cfe3f0"))
        painter.end()
        if not Canvas.done:
            Canvas.done = True
            with open(sys.argv[1], "a") as out:
                out.write(f"first_frame {time.monotonic():.6f}\n")
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(Canvas())
window.resize(1400, 900)
window.show()
app.exec()
"""


#: The warm-up start of a contender: ``zoneeditor`` as a user runs it, quit normally (the
#: window closed) once its map is complete, so it keeps its last view for the next start (a
#: SIGTERM, how the measured starts end, keeps the journal and the view, not a new snapshot).
WARM_UP = r"""
import sys
from PySide6.QtCore import QTimer
from zoneeditor.gui import app as app_module

start = app_module.start_window

def start_window(*args, **kwargs):
    window = start(*args, **kwargs)
    window.map_complete.connect(lambda: QTimer.singleShot(500, window.close))
    return window

app_module.start_window = start_window
sys.exit(app_module.run([]))
"""


def child_env(platform: str, home: Path, trace: str, path: Path | None = None) -> dict[str, str]:
    """The environment of a measured process: its platform, its own settings folders (and
    the checkout it imports zoneeditor from, when ``path`` is given)."""
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    env["QT_QPA_PLATFORM"] = platform
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        env[var] = str(home / sub)
    env[TRACE_ENV] = trace
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def read_trace(path: Path, notes: dict[str, str] | None = None) -> dict[str, float]:
    """The milestones written so far (and in ``notes`` the word written after a time:
    what the shown window showed, "snapshot" or "plain")."""
    out: dict[str, float] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return out
    for line in text.splitlines():
        parts = line.split()
        if len(parts) in (2, 3) and parts[0] not in out:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
            if notes is not None and len(parts) == 3:
                notes[parts[0]] = parts[2]
    return out


def snapshot_folder(home: Path) -> Path:
    """Where zoneeditor keeps its start-up snapshots in ``home``'s settings folder."""
    return home / "config" / "zoneeditor" / "snapshots"


def run_once(kind: str, platform: str, home: Path, path: Path | None = None,
             notes: dict[str, str] | None = None) -> dict[str, float]:
    """Start one process of ``kind`` ("bare" or "zoneeditor", from the checkout ``path``
    when given); seconds to each milestone (``notes``: what the shown window showed)."""
    fd, name = tempfile.mkstemp(prefix=f"startup-{kind}-", suffix=".trace")
    os.close(fd)
    trace = Path(name)
    trace.unlink()
    wanted = (("first_frame",) if kind == "bare" else OLD_MILESTONES if path is not None
              else MILESTONES)
    if kind == "bare":
        argv = [sys.executable, "-c", BARE, str(trace)]
    elif kind == "warm-up":
        argv = [sys.executable, "-c", WARM_UP]
    else:
        argv = [sys.executable, "-m", "zoneeditor"]
    home.mkdir(parents=True, exist_ok=True)
    env = child_env(platform, home, str(trace), path)
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=home)
    try:
        while True:
            marks = read_trace(trace, notes)
            if all(m in marks for m in wanted):
                break
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise SystemExit(f"{kind} exited with {proc.returncode} before "
                                 f"{[m for m in wanted if m not in marks]}:\n{err[-2000:]}")
            if time.monotonic() - t0 > TIMEOUT:
                raise SystemExit(f"{kind} did not reach {wanted} in {TIMEOUT:.0f} s")
            time.sleep(0.004)
        if kind == "zoneeditor":
            proc.send_signal(signal.SIGTERM)  # a normal quit (gui/session_end.py)
        _out, err_bytes = proc.communicate(timeout=TIMEOUT)
        if proc.returncode != 0:
            raise SystemExit(f"{kind} exited with {proc.returncode}:\n"
                             f"{err_bytes.decode(errors='replace')[-2000:]}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        trace.unlink(missing_ok=True)
    return {m: t - t0 for m, t in marks.items() if m in MILESTONES}


def summary(values: list[float]) -> str:
    """Median and minimum in ms."""
    return f"median {statistics.median(values) * 1000:7.0f} ms   min {min(values) * 1000:7.0f} ms"


#: The zoneeditor contenders of this checkout: (name, keeps its snapshot).
SNAPSHOT, PLAIN = "zoneeditor", "zoneeditor plain"


def measure(platform: str, rounds: int, home: Path, compare: Path | None,
            snapshot: bool = True) -> None:
    """Interleaved rounds on one platform; prints the figures and ratios."""
    print(f"\n== platform {platform}: {rounds} rounds, interleaved; "
          f"load average before {os.getloadavg()[0]:.1f}", flush=True)
    # (name, checkout or None for this one, its settings home)
    contenders: list[tuple[str, Path | None, Path]] = [(PLAIN, None, home / "plain")]
    if snapshot:
        contenders.insert(0, (SNAPSHOT, None, home / "this"))
    if compare is not None:
        contenders.append((f"zoneeditor@{compare.name}", compare, home / compare.name))
    for _name, path, own in contenders:  # warm-up: settings and the snapshot written
        run_once("warm-up" if path is None else "zoneeditor", platform, own, path)
    run_once("bare", platform, home)
    bare: list[float] = []
    ours: dict[str, dict[str, list[float]]] = {n: defaultdict(list) for n, _p, _h in contenders}
    shown: dict[str, list[str]] = {n: [] for n, _p, _h in contenders}
    for i in range(rounds):
        order: list[tuple[str, Path | None, Path]] = [("bare", None, home), *contenders]
        if i % 2:
            order.reverse()
        line = []
        for name, path, own in order:
            if name == "bare":
                bare.append(run_once("bare", platform, home)["first_frame"])
                line.append(f"bare {bare[-1] * 1000:4.0f}")
                continue
            if name == PLAIN:  # its last view forgotten: the shell shows "Opening …"
                shutil.rmtree(snapshot_folder(own), ignore_errors=True)
            notes: dict[str, str] = {}
            marks = run_once("zoneeditor", platform, own, path, notes)
            shown[name].append(notes.get("shown", "?"))
            for m, t in marks.items():
                ours[name][m].append(t)
            line.append(f"{name} " + "/".join(f"{marks[m] * 1000:.0f}" if m in marks else "-"
                                              for m in MILESTONES))
        print(f"  round {i + 1} (ms; shown/first frame/interactive/map complete): "
              + ", ".join(line), flush=True)
    bmed, bmin = statistics.median(bare), min(bare)
    print(f"\n  bare QMainWindow, first paint                  {summary(bare)}")
    labels = {"shown": "window shown", "first_frame": "map's first frame",
              "interactive": "interactive", "map_complete": "map complete"}
    for name, _path, _own in contenders:
        what = ", ".join(f"{shown[name].count(k)}× {k}" for k in sorted(set(shown[name])))
        print(f"  {name}: the shown window showed {what}")
        for m in MILESTONES:
            values = ours[name][m]
            if not values:
                continue
            label = f"{name}, {labels[m]}"
            print(f"  {label:<46} {summary(values)}   ratio "
                  f"{statistics.median(values) / bmed:4.2f} (min {min(values) / bmin:4.2f})")
    print(f"  load average after {os.getloadavg()[0]:.1f}")


IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def import_summary(platform: str, home: Path, top: int) -> None:
    """One start under ``-X importtime``: import costs by phase, package and module."""
    env = child_env(platform, home, "-")
    proc = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "zoneeditor"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=home, text=True)
    assert proc.stderr is not None
    phase = "before the window is shown"
    seen: set[str] = set()
    self_us: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    modules: list[tuple[int, int, str, str]] = []  # cumulative, self, name, phase
    deadline = time.monotonic() + TIMEOUT
    for line in proc.stderr:
        if line.startswith(STDERR_PREFIX):
            name = line.split()[1]
            seen.add(name)
            if name == "shown" and phase == "before the window is shown":
                phase = "shown → first frame"
            if name == "first_frame":
                phase = "first frame → interactive"
            if {"interactive", "first_frame"} <= seen and phase != "after interactive":
                phase = "after interactive"
            if set(MILESTONES) <= seen:
                proc.send_signal(signal.SIGTERM)
            continue
        match = IMPORT_LINE.match(line.rstrip("\n"))
        if match:
            own, cumulative, _indent, module = match.groups()
            package = module.split(".")[0]
            if package == "zoneeditor":
                package = ".".join(module.split(".")[:3])
            self_us[phase][package] += int(own)
            modules.append((int(cumulative), int(own), module, phase))
        if time.monotonic() > deadline:
            proc.kill()
            break
    proc.wait()
    print(f"\n== python -X importtime -m zoneeditor ({platform}; importtime's own overhead "
          "inflates every figure)")
    for ph in ("before the window is shown", "shown → first frame",
               "first frame → interactive", "after interactive"):
        packages = self_us.get(ph, {})
        total = sum(packages.values())
        print(f"\n  imports {ph}: {total / 1000:.0f} ms in {len(packages)} packages; "
              f"the costliest (self time):")
        for pkg, us in sorted(packages.items(), key=lambda kv: -kv[1])[:top]:
            print(f"    {us / 1000:7.1f} ms  {pkg}")
    print("\n  slowest zoneeditor modules (cumulative, with what they import first):")
    ours = [m for m in modules if m[2].startswith("zoneeditor")]
    for cumulative, _own, module, ph in sorted(ours, reverse=True)[:top]:
        print(f"    {cumulative / 1000:7.1f} ms  {module}  ({ph})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    ap.add_argument("--top", type=int, default=15, help="rows of the import summary")
    ap.add_argument("--no-imports", action="store_true", help="skip the import summary")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="measure zoneeditor only without its last view (the plain shell)")
    ap.add_argument("--compare", type=Path, metavar="DIR",
                    help="also measure the zoneeditor checkout in DIR (before/after)")
    ap.add_argument("--from-source", action="store_true",
                    help="do not compile zoneeditor's byte-code first (see module doc)")
    args = ap.parse_args()
    if not args.from_source:
        import compileall

        import zoneeditor

        packages = [Path(zoneeditor.__file__).parent]
        if args.compare is not None:
            packages.append(args.compare.resolve() / "zoneeditor")
        for package in packages:
            compileall.compile_dir(package, quiet=1)
    platforms = ["offscreen", "xcb"] if args.platform == "both" else [args.platform]
    if "xcb" in platforms and not os.environ.get("DISPLAY"):
        if args.platform == "xcb":
            raise SystemExit("--platform xcb needs an X display in DISPLAY (e.g. an Xvfb)")
        print("no DISPLAY: measuring offscreen only")
        platforms.remove("xcb")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; "
          f"DISPLAY={os.environ.get('DISPLAY', '')}")
    with tempfile.TemporaryDirectory(prefix="zoneeditor-bench-startup-") as tmp:
        home = Path(tmp)
        for platform in platforms:
            measure(platform, args.rounds, home,
                    args.compare.resolve() if args.compare else None,
                    snapshot=not args.no_snapshot)
        if not args.no_imports:
            import_summary(platforms[0], home / "this", args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
