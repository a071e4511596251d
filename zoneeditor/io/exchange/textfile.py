"""Decoding a whole text file (GeoJSON, KML) that may not be in UTF-8 (runs in the reader).

RFC 8259 says JSON is UTF-8, and XML without an encoding declaration is UTF-8 too, but files
from Windows tools arrive in the local code page (Windows-1256 Arabic, Windows-1251
Cyrillic). The guessing is the shapefile reader's (``textcodec``): the words with non-ASCII
bytes are judged by how plausible the words each code page makes of them are.

Rules:

1. The user's choice is used as it is. A warning when the text reads as garbled with it
   (naming the encoding that reads it); an error when the bytes do not decode with it at
   all (names would come in with replacement characters).
2. No choice: UTF-8 when the bytes are UTF-8 (a UTF-8 byte order mark is skipped; a UTF-16
   one is honoured, with a note).
3. Otherwise the text is read with the most plausible code page, so that the user sees its
   columns and names, and an *error* says that the text is not UTF-8 and names the
   encodings it reads as words in: nothing is imported until the user chooses one (a wrong
   guess would change every name, and the guess between, say, Hebrew and Greek code pages
   can be close).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from zoneeditor.core.messages import Message, joined
from zoneeditor.core.scripts import script_name
from zoneeditor.io.exchange import textcodec
from zoneeditor.io.exchange.read_terms import ReadFailure
from zoneeditor.io.exchange.readers import RawRead
from zoneeditor.io.exchange.shapefile_reader import choose_encoding

#: A word holding non-ASCII bytes, cut at whitespace and at JSON and XML punctuation (which
#: are ASCII in every encoding tried, so they never cut a character in two).
_WORD = re.compile(rb"[^\s\"'<>=&{}\[\],:\\]*[\x80-\xff][^\s\"'<>=&{}\[\],:\\]*")
#: Words judged at most (a large file's first ones tell its encoding as well as all).
MAX_WORDS = 20_000
#: At most this many encodings are named when several read the words plausibly.
MAX_NAMED = 3


@dataclass(frozen=True)
class Decoded:
    """The text of a file and how it was decoded.

    ``guessed`` is True when the bytes are not UTF-8 (``not_utf8`` is the first byte that
    is not), no encoding was chosen and no encoding reads them as words: the text was read
    byte for byte (latin-1), and a parser failing on it should say that the text is not
    UTF-8 rather than what it tripped on.
    """

    text: str
    encoding: str
    guessed: bool = False
    not_utf8: int = -1


def words(data: bytes) -> list[bytes]:
    """The file's words that hold non-ASCII bytes (the ones an encoding changes)."""
    out = []
    for match in _WORD.finditer(data):
        out.append(match.group())
        if len(out) >= MAX_WORDS:
            break
    return out


def plausible(raw: list[bytes]) -> list[textcodec.Reading]:
    """The code pages that read ``raw`` as words, the most plausible first, one for each
    script (Windows-1253 and ISO-8859-7 both read Greek: the first tried is named)."""
    readings = [r for enc in textcodec.CANDIDATES
                if (r := textcodec.assess(raw, enc)) is not None and r.plausible]
    readings.sort(key=lambda r: -r.score)  # stable: CANDIDATES order breaks ties
    best = textcodec.best_reading(raw)
    if best is not None and best.plausible and best.encoding != "utf-8":
        readings = [best, *(r for r in readings if r.encoding != best.encoding)]
    seen: set[str] = set()
    out = []
    for r in readings:
        if r.script not in seen:
            seen.add(r.script)
            out.append(r)
    return out


def _readings_text(readings: list[textcodec.Reading]) -> str:
    """"Arabic in cp1256", or "words in cp1253 (Greek), cp1255 (Hebrew), cp874 (Thai)"."""
    if len(readings) == 1:
        r = readings[0]
        return Message("%1 in %2", script_name(r.script), r.encoding) if r.script else \
            Message("words in %1", r.encoding)
    return Message("words in %1", joined([Message("%1 (%2)", r.encoding, script_name(r.script))
                                          if r.script else r.encoding
                                          for r in readings[:MAX_NAMED]], comma=True))


def _not_utf8(fmt: str, position: int, declared: str | None) -> Message:
    if declared:
        return Message("its XML declaration says the text is %1, but it is not (byte %2)",
                       declared, position)
    return Message("the text is not UTF-8, as %1 requires (byte %2)", fmt, position)


def decode(data: bytes, chosen: str | None, fmt: str, result: RawRead,
           declared: str | None = None) -> Decoded:
    """The text of ``data`` (a whole GeoJSON or KML file) by the rules above; what the user
    must hear goes to ``result``'s notes. ``fmt`` names the format in sentences;
    ``declared`` is an XML declaration's encoding that the bytes do not decode with."""
    if chosen:
        return _decode_chosen(data, chosen, result, declared)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadFailure(Message("the text starts as UTF-16 (a byte order mark) but is "
                                      "not UTF-16 (byte %1)", exc.start)) from exc
        result.note("note", "utf-16", Message("the text is UTF-16 (it starts with a byte "
                                              "order mark), not UTF-8; it was read as UTF-16"))
        return Decoded(text.lstrip("\ufeff"), "utf-16")
    try:
        return Decoded(data.decode("utf-8").removeprefix("\ufeff"), "utf-8")
    except UnicodeDecodeError as exc:
        position = exc.start  # in the file (utf-8-sig would count from after a BOM)
    raw = words(data)
    readings = plausible(raw)
    problem = _not_utf8(fmt, position, declared)
    if not readings:
        result.note("error", "not-utf8",
                    Message("%1, and no encoding zoneeditor knows reads it as words; it was "
                            "read byte for byte, so names may show wrongly", problem),
                    Message("choose another with --encoding if names look wrong"))
        return Decoded(data.decode("latin-1"), "latin-1", guessed=True, not_utf8=position)
    best = readings[0]
    result.note("error", "not-utf8",
                Message("%1; it reads as %2", problem, _readings_text(readings)),
                choose_encoding(best.encoding))
    return Decoded(data.decode(best.encoding, errors="replace"), best.encoding)


def _decode_chosen(data: bytes, chosen: str, result: RawRead,
                   declared: str | None) -> Decoded:
    encoding = textcodec.codec_name(chosen)
    if encoding is None:
        raise ReadFailure(Message("unknown encoding %1", repr(chosen[:40])))
    try:
        text = data.decode(encoding)
        if encoding == "utf-8":
            text = text.removeprefix("\ufeff")  # a byte order mark is not part of the text
    except UnicodeDecodeError as exc:
        raw = words(data)
        readings = [r for r in plausible(raw) if r.encoding != textcodec.codec_name(chosen)]
        result.note("error", "encoding-unreadable",
                    Message("the text does not decode as %1, as you chose (byte %2): names "
                            "would show wrongly", chosen, exc.start),
                    choose_encoding(readings[0].encoding) if readings else
                    Message("ask the sender which encoding the file uses"))
        return Decoded(data.decode(encoding, errors="replace"), encoding)
    if declared:
        result.note("warning", "declaration-overridden",
                    Message("its XML declaration says the text is %1, but it is not; it was "
                            "read as %2, as you chose", declared, encoding))
    raw = words(data)
    fix = textcodec.mojibake_fix(raw, encoding)
    if fix is not None:
        better, garbled, fixed = fix
        result.note("warning", "mojibake",
                    Message("the text looks garbled as %1 (%2): e.g. %3; as %4 it reads %5",
                            encoding, Message("you chose"), repr(garbled[:24]), better,
                            repr(fixed[:24])),
                    choose_encoding(better))
    elif (note := textcodec.unreadable_note(raw, encoding)) is not None:
        result.note("warning", "encoding-unreadable",
                    Message("%1 (%2 %3)", note, Message("you chose"), encoding),
                    Message("ask the sender which encoding the file uses"))
    return Decoded(text, encoding)


#: An XML declaration naming an encoding, at the very start (after a UTF-8 byte order mark).
_XML_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?<\?xml\s[^>]*?encoding\s*=\s*"
                              rb"[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']")


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML document's declaration names (``<?xml version="1.0"
    encoding="windows-1256"?>``), or None when it names none."""
    match = _XML_DECLARATION.match(data[:400])
    return match.group(1).decode("ascii") if match else None


def decode_xml(data: bytes, chosen: str | None, fmt: str, result: RawRead
               ) -> tuple[bytes | str, str]:
    """What to give the XML parser for ``data``, and the text's encoding.

    The document's own word wins: a byte order mark, or a declaration naming an encoding
    that the bytes decode with, and the parser decodes the bytes itself (a chosen encoding
    that differs is noted as not used). Without either the XML rule is UTF-8, and text that
    is not UTF-8 is decoded as ``decode`` says (the user's choice, or a guess that needs a
    decision); so is a declaration the bytes contradict (it says UTF-8, they are not).
    """
    boms = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16",
            codecs.BOM_UTF16_BE: "utf-16"}
    own = next((enc for bom, enc in boms.items() if data.startswith(bom)), None)
    declared = declared_encoding(data)
    contradicted = None
    if own is None and declared is not None:
        codec = textcodec.codec_name(declared)
        if codec is None:
            raise ReadFailure(Message("its XML declaration names an unknown encoding %1",
                                      repr(declared)))
        try:
            data.decode(codec)
            own = codec
        except UnicodeDecodeError:
            contradicted = declared
    if own is not None:
        if chosen and textcodec.codec_name(chosen) != own:
            said = declared if declared and textcodec.codec_name(declared) == own else own
            result.note("note", "encoding-declared",
                        Message("the file says its text is %1, so the encoding you chose (%2) "
                                "was not used", said, chosen))
        return data, own
    decoded = decode(data, chosen, fmt, result, declared=contradicted)
    return decoded.text, decoded.encoding
