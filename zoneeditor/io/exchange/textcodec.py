"""Shapefile text encodings: read the .cpg, decode raw dBASE bytes, spot mojibake.

The shapefile reader hands over each text value as raw bytes (read as latin-1, which maps
byte to character one to one); this module decides how to decode them. Typical trouble:
no .cpg at all (old exports), a .cpg that lies, UTF-8 Arabic read as ISO-8859-1, which
shows as ``Ø¥Ø¯Ù„Ø¨`` instead of ``إدلب``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def codec_name(name: str) -> str | None:
    """Python's name for an encoding label, or None when unknown."""
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        return None


def cpg_encoding(text: str) -> str | None:
    """The Python codec a .cpg file names ("UTF-8", "1256", "ANSI 1256", "88591"...)."""
    label = text.strip().strip("\x00").upper().replace("ANSI", "").strip()
    if not label:
        return None
    if label in ("65001", "UTF8"):
        return "utf-8"
    if label.isdigit():
        if label.startswith("8859") and len(label) > 4:
            return codec_name(f"iso-8859-{label[4:].lstrip('-')}")
        return codec_name(f"cp{label}")
    return codec_name(label)


def script_of(text: str) -> str:
    """'Arabic', 'Cyrillic', 'Latin' or '' by the letters that dominate the non-ASCII part."""
    rest = [c for c in text if ord(c) > 127 and c.isalpha()]
    if not rest:
        return "Latin" if text.strip() else ""
    arabic = sum(1 for c in rest if _ARABIC.match(c))
    cyrillic = sum(1 for c in rest if _CYRILLIC.match(c))
    if arabic / len(rest) > 0.8:
        return "Arabic"
    if cyrillic / len(rest) > 0.8:
        return "Cyrillic"
    return "other"


def decodes(raw: Iterable[bytes], encoding: str) -> bool:
    """True when every value decodes strictly with ``encoding``."""
    try:
        for b in raw:
            b.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def looks_readable(texts: Iterable[str]) -> bool:
    """True when decoded texts are plausible words: a single script each, no control chars."""
    for t in texts:
        if any(ord(c) < 32 and c not in "\t\r\n" for c in t):
            return False
        if script_of(t) == "other":
            return False
    return True


def guess(raw: list[bytes]) -> tuple[str, str]:
    """(encoding, why) for text with no .cpg: ASCII, UTF-8 when valid, else an 8-bit page."""
    nonascii = [b for b in raw if any(ch > 127 for ch in b)]
    if not nonascii:
        return "utf-8", "all text is plain ASCII"
    if decodes(nonascii, "utf-8"):
        return "utf-8", "the text is valid UTF-8"
    for enc, script in (("cp1256", "Arabic"), ("cp1251", "Cyrillic")):
        texts = [b.decode(enc, errors="replace") for b in nonascii]
        if all(script_of(t) == script for t in texts):
            return enc, f"the text reads as {script} in {enc}"
    return "latin-1", "no other encoding fits; accents may show wrongly"


def mojibake_fix(raw: list[bytes], used: str) -> tuple[str, str, str] | None:
    """When text decoded with ``used`` looks garbled: (better encoding, garbled, fixed) sample.

    Checks the classic cases: UTF-8 bytes decoded with an 8-bit page (``Ø§Ù...``) and
    Arabic cp1256 bytes claimed to be UTF-8 (which then fail to decode).
    """
    nonascii = [b for b in raw if any(ch > 127 for ch in b)]
    if not nonascii:
        return None
    if used != "utf-8" and decodes(nonascii, "utf-8"):
        sample = nonascii[0]
        garbled = sample.decode(used, errors="replace")
        fixed = sample.decode("utf-8")
        if garbled != fixed:
            return "utf-8", garbled, fixed
    if not decodes(nonascii, used) or not looks_readable(
            b.decode(used, errors="replace") for b in nonascii):
        for enc, script in (("utf-8", ""), ("cp1256", "Arabic"), ("cp1251", "Cyrillic")):
            if enc == used or not decodes(nonascii, enc):
                continue
            texts = [b.decode(enc) for b in nonascii]
            if (not script and looks_readable(texts)) or all(script_of(t) == script
                                                            for t in texts):
                return enc, nonascii[0].decode(used, errors="replace"), texts[0]
    return None
