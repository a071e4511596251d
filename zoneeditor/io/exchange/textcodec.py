"""Shapefile text encodings: read the .cpg, decode raw dBASE bytes, spot mojibake.

The shapefile reader hands over each text value as raw bytes (read as latin-1, which maps
byte to character one to one); this module decides how to decode them.

Rules, in order:

1. The user's choice is used as it is (a warning if it reads as garbled).
2. A ``.cpg`` is believed when the bytes decode cleanly with it and read as plausible words
   (``core.scripts``): a ``.cpg`` saying UTF-8 over valid UTF-8 is UTF-8, whatever the
   script (Hebrew, Syriac, Armenian, Greek, Tamil...), and no warning is given.
3. Otherwise (no ``.cpg``, or a ``.cpg`` that does not fit the bytes) a guess is made:
   valid UTF-8 first (random 8-bit text is almost never valid UTF-8), then the Windows and
   ISO code pages, each judged by whether it decodes strictly and how plausible the words it
   gives are. A guess is stated; an encoding whose decoding is not plausible is never
   suggested.

Typical trouble: no .cpg at all (old exports), a .cpg that lies, UTF-8 Arabic read as
ISO-8859-1, which shows as ``Ø¥Ø¯Ù„Ø¨`` instead of ``إدلب``.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable
from dataclasses import dataclass

from zoneeditor.core.messages import Message
from zoneeditor.core.scripts import dominant_script, plausibility, script_name

#: 8-bit code pages tried for text that is not UTF-8, most common in the region first.
CANDIDATES = ("cp1256", "cp1251", "cp1252", "cp1253", "cp1255", "cp1250", "cp1254", "cp1257",
              "cp874", "koi8_r", "cp866", "iso8859_6", "iso8859_8", "iso8859_7", "cp720")
#: Share of words that must read as plausible for an encoding to be accepted or suggested.
PLAUSIBLE = 0.9


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


def _nonascii(raw: Iterable[bytes]) -> list[bytes]:
    return [b for b in raw if any(ch > 127 for ch in b)]


def decodes(raw: Iterable[bytes], encoding: str) -> bool:
    """True when every value decodes strictly with ``encoding``."""
    try:
        for b in raw:
            b.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


@dataclass(frozen=True)
class Reading:
    """How well one encoding reads the text: plausibility (0..1) and the script it gives."""

    encoding: str
    score: float
    script: str
    sample: str

    @property
    def plausible(self) -> bool:
        """True when the decoded text reads as real words."""
        return self.score >= PLAUSIBLE


def assess(raw: list[bytes], encoding: str) -> Reading | None:
    """How ``encoding`` reads the non-ASCII values ``raw`` (None: it cannot decode them)."""
    nonascii = _nonascii(raw)
    if not decodes(nonascii, encoding):
        return None
    texts = [b.decode(encoding) for b in nonascii]
    return Reading(encoding, plausibility(texts), dominant_script(texts),
                   texts[0] if texts else "")


def best_reading(raw: list[bytes], exclude: Iterable[str] = ()) -> Reading | None:
    """The most plausible reading of ``raw``: UTF-8 when valid, else the best code page."""
    skip = {codec_name(e) for e in exclude}
    utf8 = assess(raw, "utf-8") if "utf-8" not in skip else None
    if utf8 is not None and utf8.plausible:
        return utf8
    readings = [r for enc in CANDIDATES if codec_name(enc) not in skip
                and (r := assess(raw, enc)) is not None]
    if utf8 is not None:
        readings.insert(0, utf8)
    if not readings:
        return None
    # max() keeps the first of equal scores: the order of CANDIDATES breaks ties.
    return max(readings, key=lambda r: r.score)


def guess(raw: list[bytes]) -> tuple[str, str]:
    """(encoding, why) for text whose file does not say how it is encoded."""
    nonascii = _nonascii(raw)
    if not nonascii:
        return "utf-8", Message("all text is plain ASCII")
    best = best_reading(raw)
    if best is not None and best.encoding == "utf-8" and best.plausible:
        return "utf-8", Message("the text is valid UTF-8")
    if best is not None and best.plausible:
        if best.script:
            return best.encoding, Message("the text reads as %1 in %2",
                                          script_name(best.script), best.encoding)
        return best.encoding, Message("the text reads as text in %1", best.encoding)
    return "latin-1", Message("no encoding reads the text cleanly; it was read byte for byte "
                              "as latin-1 and may show wrongly")


def mojibake_fix(raw: list[bytes], used: str) -> tuple[str, str, str] | None:
    """When text decoded with ``used`` looks garbled: (better encoding, garbled, fixed).

    Only an encoding whose own decoding is plausible is ever offered; valid, plausible text
    in the encoding used gives None (nothing to fix).
    """
    nonascii = _nonascii(raw)
    if not nonascii:
        return None
    current = assess(raw, used)
    utf8 = assess(raw, "utf-8") if codec_name(used) != "utf-8" else None
    if current is not None and current.plausible:
        # Valid UTF-8 decoded with an 8-bit page is the classic mojibake, even when the
        # page happens to give letters (UTF-8 Cyrillic read as cp1251 is Cyrillic soup).
        if utf8 is not None and utf8.plausible and utf8.sample != current.sample:
            return "utf-8", current.sample, utf8.sample
        return None
    better = best_reading(raw, exclude=[used])
    if better is None or not better.plausible:
        return None
    garbled = nonascii[0].decode(used, errors="replace")
    return better.encoding, garbled, better.sample


def unreadable_note(raw: list[bytes], used: str) -> str | None:
    """A sentence when text decoded with ``used`` is garbled and no encoding reads it."""
    nonascii = _nonascii(raw)
    current = assess(raw, used) if nonascii else None
    if not nonascii or (current is not None and current.plausible):
        return None
    if mojibake_fix(raw, used) is not None:
        return None
    if current is None:
        return Message("the text does not decode as %1, and no other encoding reads it "
                       "cleanly; it may show wrongly", used)
    return Message("the text does not read as words as %1, and no other encoding reads it "
                   "cleanly; it may show wrongly", used)
