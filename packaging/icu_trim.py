"""A smaller ICU data library for the bundle: Qt's 32 MB ``libicudata`` cut to what Qt uses.

Qt 6 Core calls ICU for four things only (``nm -D libQt6Core.so.6``): collation (``ucol_*``,
e.g. the file dialog's sorting), code page converters (``ucnv_*``, ``QStringConverter``),
locale case mapping (``u_strTo{Upper,Lower}``) and time zone display names (``ucal_*``);
Qt Gui, Widgets and PrintSupport call none (they reach converters through Qt Core). The
library holds ICU's data for ~800 locales, break iterators, transliterators, units,
currencies, number spellings... This keeps:

* every single-byte code page converter (the Windows, ISO 8859, KOI8, DOS and Mac code pages
  of every script; ``QStringConverter`` by name) and the converter alias table,
* collation, time zone names and locale bundles for the interface languages (English,
  Arabic, Russian) and the root locale every other locale falls back to,
* everything that is not per-locale and that collation, case mapping or time zones may
  read (supplemental data, normalisation, likely subtags, time zone rules, ...),

and leaves out the per-locale bundles of other languages, the trees Qt never opens
(break iterators, transliteration, units, currencies, languages and regions names, number
spelling), the items only ICU functions Qt never calls open (character names for
``u_charName``, StringPrep profiles and UTS #46 for IDNA, spoof detection's confusables), and
the multi-byte code page tables (Shift-JIS, EUC, GBK/GB 18030, Big5, EBCDIC DBCS: 4.7 MB).
Those are reached only through ``QStringConverter`` by name, which neither zoneeditor nor
any Qt path it uses asks for: foreign files are decoded by Python's codecs (which keep every
CJK encoding), Qt's clipboard and X11 code call no converter by name, Qt Widgets decodes HTML
by its declared charset (the guide is UTF-8) and the print dialog the PPD's
``LanguageEncoding`` (ISOLatin1/2/5, WindowsANSI, MacStandard: single-byte), falling back to
UTF-8 for a name it cannot open.

The kept items are packed with ICU's ``icupkg`` and linked into a shared library of the same
name and symbol (``icudt<NN>_dat``). Each library built is checked before use: ICU loads it,
opens Arabic and Russian collators and the Arabic and Cyrillic code pages (``verify``); any
failure, or a missing tool (``icupkg``, ``gcc``, ``nm``), keeps the original library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

#: Locales whose bundles are kept (the interface languages and the root).
KEEP_LOCALES = frozenset({"root", "en", "ar", "ru"})
#: Per-locale trees Qt opens (collation, time zone names); their other locales go.
KEEP_TREES = ("coll", "zone")
#: Non-locale items kept inside those trees.
KEEP_SPECIAL = frozenset({"res_index", "pool", "tzdbNames", "ucadata"})
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")


#: Items of functions Qt never calls: character names (``u_charName``), spoof detection
#: (``uspoof_*``), IDNA's UTS #46 mapping (``uidna_*``); StringPrep profiles (``*.spp``) too.
UNUSED_ITEMS = frozenset({"unames.icu", "confusables.cfu", "uts46.nrm"})


def keep_item(item: str, bytes_per_char: int = 1) -> bool:
    """True for an ICU data item (``coll/ar.res``, ``ibm-5352_P100-1998.cnv``) Qt may need.

    ``bytes_per_char`` is a converter's largest character in bytes (``converter_width``):
    only single-byte converters are kept."""
    parts = item.split("/")
    stem = parts[-1].rsplit(".", 1)[0]
    if item in UNUSED_ITEMS or item.endswith(".spp"):
        return False
    if item.endswith(".cnv"):
        return bytes_per_char == 1
    if len(parts) == 1:
        if parts[0].endswith(".res") and _LOCALE.match(stem) and stem not in ("pool",):
            return stem in KEEP_LOCALES or stem == "res_index"
        return True  # converters, alias table, supplemental data, normalisation...
    if parts[0] in KEEP_TREES:
        return stem in KEEP_LOCALES or stem in KEEP_SPECIAL
    return False


def converter_width(data: bytes) -> int:
    """The largest character, in bytes, of an ICU converter file (``*.cnv``): the
    ``maxBytesPerChar`` of its ``UConverterStaticData`` (ucnv_bld.h), which follows the data
    header (whose size is the file's first 16-bit word): 4 bytes of size, a 60-byte name, a
    32-bit code page, platform, conversion type, minimum and maximum bytes per character.
    ValueError for a file too short to hold it."""
    if len(data) < 2:
        raise ValueError("not an ICU converter file")
    header = int.from_bytes(data[:2], "little")
    at = header + 4 + 60 + 4 + 3
    if len(data) <= at:
        raise ValueError("not an ICU converter file")
    return data[at]


def _converter_widths(whole: Path, items: list[str], work: Path) -> dict[str, int]:
    """``{item: bytes per character}`` of the converters among ``items`` of the ICU package
    ``whole``, read from the items extracted into ``work`` (``icupkg -x``)."""
    converters = [i for i in items if i.endswith(".cnv")]
    listing = work / "converters.txt"
    listing.write_text("\n".join(converters) + "\n")
    (work / "cnv").mkdir()
    subprocess.run(["icupkg", "-x", str(listing), "-d", str(work / "cnv"), str(whole)],
                   capture_output=True, check=True)
    return {i: converter_width((work / "cnv" / i).read_bytes()) for i in converters}


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudt<NN>_dat`` symbol of an ICU data library."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size, name = int(fields[0], 16), int(fields[1], 16), fields[3]
            break
    else:
        raise ValueError(f"no icudt*_dat symbol in {library}")
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True,
                              text=True, check=True).stdout
    for line in sections.splitlines():
        m = re.search(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]{8,16})\s+([0-9a-f]{6,16})\s+"
                      r"([0-9a-f]{6,16})", line)
        if m:
            start, offset, length = (int(m.group(i), 16) for i in (2, 3, 4))
            if start <= address < start + length:
                return name, offset + (address - start), size
    raise ValueError(f"icudt*_dat of {library} is in no section")


def trimmed_library(library: Path, folder: Path, log: Callable[[str], None] = print
                    ) -> Path | None:
    """A trimmed copy of the ICU data ``library`` in ``folder`` (same file name), or None
    when it cannot be built or does not pass ``verify``."""
    for tool in ("icupkg", "gcc", "nm", "readelf"):
        if shutil.which(tool) is None:
            log(f"icu_trim: no '{tool}' (Debian: icu-devtools, gcc, binutils); ICU data kept whole")
            return None
    try:
        name, offset, size = _symbol(library)
        work = Path(tempfile.mkdtemp(dir=folder))
        package = name.replace("_dat", "l")  # icudt73l: little-endian package name
        whole = work / f"{package}.dat"
        with library.open("rb") as fh:
            fh.seek(offset)
            whole.write_bytes(fh.read(size))
        items = subprocess.run(["icupkg", "-l", str(whole)], capture_output=True, text=True,
                               check=True).stdout.split()
        widths = _converter_widths(whole, items, work)
        drop = [i for i in items if not keep_item(i, widths.get(i, 1))]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        # icupkg names the items after the output file: it must be called like the input
        (work / "out").mkdir()
        small = work / "out" / whole.name
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(whole), str(small)],
                       capture_output=True, check=True)
        asm = work / "data.S"
        asm.write_text(
            ".section .rodata\n"
            f".globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n"
            f'.incbin "{small}"\n.size {name}, .-{name}\n'
            '.section .note.GNU-stack,"",@progbits\n')
        target = folder / library.name
        soname = library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", "-o", str(target), str(asm),
                        f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"],
                       capture_output=True, check=True)
    except (subprocess.CalledProcessError, OSError, ValueError) as exc:
        log(f"icu_trim: could not build a trimmed ICU data library ({exc}); kept whole")
        return None
    problem = verify(target, library.parent)
    if problem:
        log(f"icu_trim: the trimmed ICU data failed its check ({problem}); kept whole")
        return None
    log(f"icu_trim: ICU data {library.stat().st_size / 1e6:.1f} MB -> "
        f"{target.stat().st_size / 1e6:.1f} MB ({len(items) - len(drop)} of {len(items)} "
        "items: single-byte converters, en/ar/ru collation and time zone names, root)")
    return target


#: The converters ``verify`` opens: the Arabic and Cyrillic single-byte code pages.
CODE_PAGES = ("windows-1256", "KOI8-R", "ISO-8859-6", "ibm-866", "macintosh")


def verify(data_library: Path, icu_folder: Path,
           converters: tuple[str, ...] = CODE_PAGES) -> str:
    """'' when ICU works with ``data_library``: run in a child process (a library loaded
    stays loaded) that opens collators for Arabic and Russian and the ``converters`` (by
    default the Arabic and Cyrillic code pages: Windows, KOI8, ISO, DOS, Mac) with the ICU
    code libraries of ``icu_folder``; else what failed."""
    child = (
        "import ctypes, sys, re, glob\n"
        "data, folder = sys.argv[1], sys.argv[2]\n"
        "ctypes.CDLL(data, mode=ctypes.RTLD_GLOBAL)\n"
        "uc = ctypes.CDLL(sorted(glob.glob(folder + '/libicuuc.so.*'))[0], "
        "mode=ctypes.RTLD_GLOBAL)\n"
        "i18n = ctypes.CDLL(sorted(glob.glob(folder + '/libicui18n.so.*'))[0])\n"
        "v = re.search(r'icudt(\\d+)_dat', open(data, 'rb').read().decode('latin-1')).group(1)\n"
        "for loc in (b'ar', b'ru', b'en'):\n"
        "    st = ctypes.c_int(0)\n"
        "    col = getattr(i18n, 'ucol_open_' + v)(loc, ctypes.byref(st))\n"
        "    if st.value > 0 or not col: sys.exit('collator ' + loc.decode())\n"
        "for name in sys.argv[3:]:\n"
        "    st = ctypes.c_int(0)\n"
        "    cnv = getattr(uc, 'ucnv_open_' + v)(name.encode(), ctypes.byref(st))\n"
        "    if st.value > 0 or not cnv: sys.exit('converter ' + name)\n"
    )
    done = subprocess.run([sys.executable, "-c", child, str(data_library), str(icu_folder),
                           *converters], capture_output=True, text=True)
    return "" if done.returncode == 0 else (done.stderr.strip().splitlines() or ["failed"])[-1]


