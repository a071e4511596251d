"""Self-test checks that need Qt: the window built offscreen, printing a sheet and a sheet of
changes to PDF, the machine's printers, and the translations."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from zoneeditor.selftest.context import (
    PROPOSAL,
    CheckFailed,
    Context,
    LogCatcher,
    bundle_folder,
    mapped_libraries,
    require,
)


def check_window(ctx: Context) -> str:
    """The editor window builds offscreen, paints the map, and closes without asking."""
    from PySide6.QtCore import QSettings

    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    app = ctx.qt_app()
    settings = QSettings(str(ctx.folder / "settings.ini"), QSettings.Format.IniFormat)
    with LogCatcher("zoneeditor") as errors:  # add-ons that fail log and carry on
        window = MainWindow(Session.sample(durable=False), settings=settings)
    try:
        if errors.records:
            first = errors.records[0].getMessage().splitlines()
            last = next((ln for ln in reversed(first) if ln.strip()), "")
            raise CheckFailed(f"the window opened but {len(errors.records)} part(s) failed "
                              f"to load: {first[0]} {last.strip()}")
        window.resize(1200, 800)
        window.show()
        if hasattr(window, "wait_background"):
            window.wait_background(30.0)
        for _ in range(5):
            app.processEvents()
        image = window.canvas.grab().toImage()
        w, h = image.width(), image.height()
        require(w > 100 and h > 100, f"canvas is only {w}x{h} pixels")
        colours = set()
        step = max(1, min(w, h) // 60)
        for yy in range(0, h, step):
            for xx in range(0, w, step):
                colours.add(image.pixel(xx, yy))
        require(len(colours) > 8, f"the map looks blank ({len(colours)} colours)")
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        require(len(menus) >= 4, f"only {len(menus)} menus")
        figure = f"canvas {w}x{h}, {len(colours)} colours sampled, menus: {', '.join(menus)}"
    finally:
        window.document.history.set_clean()  # never prompt: nothing of the user's here
        window.close()
        window.deleteLater()
        app.processEvents()
    return figure


def _print(ctx: Context, name: str, **options: Any) -> str:
    """Print the proposal to ``name`` and check the PDF; returns the figure."""
    from zoneeditor.render.print_layout import PrintJob
    from zoneeditor.render.print_options import PrintOptions

    ctx.qt_app()
    target = ctx.folder / name
    job = PrintJob(ctx.project(), PROPOSAL, PrintOptions(**options))
    results = job.write_pdf(target)
    data = target.read_bytes()
    require(data.startswith(b"%PDF-"), "the output is not a PDF")
    require(b"%%EOF" in data[-1024:], "the PDF is truncated")
    require(b"/FontFile2" in data, "no font is embedded")
    require(b"NotoNaskhArabic" in data, "the Arabic font is not embedded")
    return (f"{len(results)} page(s), {len(data) // 1024} kB, "
            f"Noto Sans and Noto Naskh Arabic embedded")


def check_print(ctx: Context) -> str:
    """A PDF sheet of the proposal, fonts embedded (Arabic included)."""
    return _print(ctx, "sheet.pdf")


def check_print_diff(ctx: Context) -> str:
    """A PDF sheet of the proposal with its changes against the agreed lines overlaid."""
    return _print(ctx, "sheet-changes.pdf", diff_against="agreed")


def check_printers(ctx: Context) -> str:
    """Qt's print support reaches the machine's printers through the machine's own CUPS.

    The bundle leaves libcups to the system (packaging/bundle_rules.py): where the machine
    has CUPS, Qt's CUPS plugin must load it; where it has none, printing goes to PDF files.
    Either passes. CUPS there but not loaded fails (a plugin the bundle lost, or a libcups
    that cannot load beside the bundle's libraries), and so does a libcups from the bundle.
    """
    from PySide6.QtPrintSupport import QPrinterInfo

    ctx.qt_app()
    names = QPrinterInfo.availablePrinterNames()  # loads Qt's print support plugin
    if not sys.platform.startswith("linux"):
        return f"{len(names)} printer(s)"
    loaded = sorted(mapped_libraries("libcups.so.2"))
    bundle = bundle_folder()
    if loaded:
        require(bundle is None or not loaded[0].startswith(str(bundle)),
                f"the bundle carries its own libcups ({loaded[0]}), not the machine's")
        return f"{len(names)} printer(s) through this machine's CUPS ({loaded[0]})"
    try:
        ctypes.CDLL("libcups.so.2")
    except OSError as exc:
        # The dynamic loader's own words: in a bundle PyInstaller's ctypes replaces them
        # with its "not found when the application was frozen" and chains the loader's
        # error as the cause. "libcups.so.2: cannot open..." is libcups itself not there; a
        # library it links that is missing, or a symbol, is named instead.
        loader = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
        if str(loader).startswith("libcups.so.2: cannot open shared object file"):
            return "no CUPS on this machine: printing goes to PDF files"
        raise CheckFailed("this machine's CUPS library does not load beside the bundle's "
                          f"libraries ({loader}): only PDF files can be printed to") from None
    raise CheckFailed("this machine has CUPS (libcups.so.2) but Qt's print support did not "
                      "load it: only PDF files can be printed to")


def check_system_libraries(ctx: Context) -> str:
    """The libraries the bundle leaves to the machine (its desktop's base: libstdc++, GLib,
    X11, fontconfig, FreeType, xkbcommon; packaging/bundle_rules.py says why) are the
    machine's.

    Qt Gui links all but libX11-xcb (the xcb platform's) and libcups (printing's, checked by
    ``printers``), so after the window's Qt is up the others must be in memory, and in a
    bundle none may come from the bundle's folder: a copy there would shadow the machine's
    for the machine's own libraries loaded beside it (GL drivers, input methods).
    """
    from zoneeditor.cli.system_libraries import FROM_THE_SYSTEM

    ctx.qt_app()
    if not sys.platform.startswith("linux"):
        return "not Linux: nothing is left to the system"
    bundle = bundle_folder()
    found = []
    for name in FROM_THE_SYSTEM:
        loaded = sorted(mapped_libraries(name))
        if not loaded:
            require(name in _LOADED_ELSEWHERE, f"{name} is not in memory after Qt started")
            continue
        require(bundle is None or not any(p.startswith(str(bundle)) for p in loaded),
                f"{name} came from the bundle ({loaded[0]}), not from the machine")
        found.append(loaded[0].rsplit("/", 1)[-1])
    where = "the machine's, none from the bundle" if bundle is not None else "in memory"
    return f"{len(found)} libraries, {where}: " + ", ".join(found)


#: Libraries left to the machine that the offscreen window need not load: the xcb
#: platform's libX11-xcb and printing's libcups (``check_printers``).
_LOADED_ELSEWHERE = ("libX11-xcb.so.1", "libcups.so.2")


def check_translations(ctx: Context) -> str:
    """The Arabic and Russian interface files load and translate the menus, Qt's own
    translations (standard buttons, file and print dialogs) are there too, and English's
    plural forms ("1 feature selected") load."""
    from PySide6.QtCore import QCoreApplication

    from zoneeditor import i18n

    ctx.qt_app()
    found = []
    for lang in ("ar", "ru"):
        translator = i18n.load_translator(lang)
        if translator is None:
            raise CheckFailed(f"{i18n.qm_path(lang).name} missing or unreadable")
        text = translator.translate("MainWindow", "&Undo") or ""
        require(bool(text) and text != "&Undo", f"'Undo' is not translated to {lang}")
        qt_own = i18n.qt_translator(lang)  # standard buttons and dialogs
        if qt_own is None:
            raise CheckFailed(f"Qt's own {lang} translation (qtbase_{lang}.qm) is missing")
        cancel = qt_own.translate("QPlatformTheme", "Cancel")
        require(bool(cancel) and cancel != "Cancel", f"Qt's 'Cancel' is not in {lang}")
        found.append(f"{lang} '{text.replace('&', '')}' / '{cancel}'")
    english = i18n.load_translator("en")  # English's plural forms only
    if english is None:
        raise CheckFailed(f"{i18n.qm_path('en').name} missing or unreadable")
    one = english.translate("AttributesPanel", "%n features selected", "", 1)
    require(one == "%n feature selected", f"English plural forms: {one!r}")
    found.append("en plurals")
    QCoreApplication.processEvents()
    return ", ".join(found)
