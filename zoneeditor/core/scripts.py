"""Which writing system a text is in, and whether it reads as real words in it.

Two questions come up with other parties' files. Which of a file's name columns holds the
romanised (Latin) name and which the local-script one (Arabic, Cyrillic, Hebrew...)? And,
for a shapefile that does not say how its text is encoded, does a candidate decoding read as
plausible words or as mojibake (``Ø¥Ø¯Ù„Ø¨`` for ``إدلب``, ``ÇáÑÞÉ`` for ``الرقة``)? Both are
answered from Unicode blocks, without any list of example words.

>>> script_of("Idlib"), script_of("إدلب"), script_of("Идлиб"), script_of("Ἀθῆναι")
('Latin', 'Arabic', 'Cyrillic', 'Greek')
>>> word_ok("Ø¥Ø¯Ù„Ø¨"), word_ok("ÇáÑÞÉ"), word_ok("Hôpital"), word_ok("חיפה")
(False, False, True, True)
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from collections.abc import Iterable

from zoneeditor.core.messages import Message

# (first code point, last code point, script): the blocks place names are written in.
_BLOCKS = sorted([
    (0x0041, 0x005A, "Latin"), (0x0061, 0x007A, "Latin"), (0x00C0, 0x024F, "Latin"),
    (0x1E00, 0x1EFF, "Latin"), (0x2C60, 0x2C7F, "Latin"), (0xA720, 0xA7FF, "Latin"),
    (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"), (0x1C80, 0x1C8F, "Cyrillic"), (0x2DE0, 0x2DFF, "Cyrillic"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"), (0xFB13, 0xFB17, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
    (0x0700, 0x074F, "Syriac"), (0x0860, 0x086F, "Syriac"),
    (0x0780, 0x07BF, "Thaana"), (0x07C0, 0x07FF, "NKo"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"), (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1C90, 0x1CBF, "Georgian"), (0x1100, 0x11FF, "Hangul"), (0x3130, 0x318F, "Hangul"),
    (0xAC00, 0xD7AF, "Hangul"), (0x1200, 0x139F, "Ethiopic"), (0x2D80, 0x2DDF, "Ethiopic"),
    (0x13A0, 0x13FF, "Cherokee"), (0x1780, 0x17FF, "Khmer"), (0x1800, 0x18AF, "Mongolian"),
    (0x2D30, 0x2D7F, "Tifinagh"), (0x3040, 0x30FF, "Kana"), (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Han"), (0x4E00, 0x9FFF, "Han"), (0xF900, 0xFAFF, "Han"),
    (0x20000, 0x2FA1F, "Han"), (0xA000, 0xA4CF, "Yi"),
])
_STARTS = [b[0] for b in _BLOCKS]
#: Scripts written together in one word (Japanese mixes kanji and kana; Korean may use Han).
_COMPATIBLE = ({"Han", "Kana"}, {"Han", "Hangul"})
#: Final letter forms (Hebrew, Greek sigma): never inside a word; they betray a wrong page.
_FINALS = set("\u05da\u05dd\u05df\u05e3\u05e5ς")
#: Greek vowels with an accent or diaeresis ("ΰ", "ϊ"): Hebrew read as cp1253 is full of them.
_GREEK_ACCENTED = set("άέήίόύώΐΰϊϋΆΈΉΊΌΎΏ")
#: Punctuation that real names hold inside a word: hyphens, apostrophes, dots, ayn/hamza marks.
#: Vowels of the alphabets that write them: a word of 4+ letters without one is not a word
#: (Hebrew read as cp1251 gives vowelless Cyrillic "зйфд"); abbreviations are capitals.
_VOWELS = set("aeiouyаеёиоуыэюяіїєαεηιουωάέήίόύώ")
_ALPHABETS = {"Latin", "Cyrillic", "Greek"}
_INNER_OK = set("-'’‘ʼʻʿʾ`.·/&()") | {"\u0640", "\u200c", "\u200d"}


#: Each script's name as a sentence shows it ("the text reads as Arabic in cp1256"): a
#: Message, so the window shows it in the interface language; the code keeps the key.
SCRIPT_NAMES: dict[str, Message] = {
    "Latin": Message("Latin"),
    "Greek": Message("Greek"),
    "Cyrillic": Message("Cyrillic"),
    "Armenian": Message("Armenian"),
    "Hebrew": Message("Hebrew"),
    "Arabic": Message("Arabic"),
    "Syriac": Message("Syriac"),
    "Thaana": Message("Thaana"),
    "NKo": Message("NKo"),
    "Devanagari": Message("Devanagari"),
    "Bengali": Message("Bengali"),
    "Gurmukhi": Message("Gurmukhi"),
    "Gujarati": Message("Gujarati"),
    "Oriya": Message("Oriya"),
    "Tamil": Message("Tamil"),
    "Telugu": Message("Telugu"),
    "Kannada": Message("Kannada"),
    "Malayalam": Message("Malayalam"),
    "Sinhala": Message("Sinhala"),
    "Thai": Message("Thai"),
    "Lao": Message("Lao"),
    "Tibetan": Message("Tibetan"),
    "Myanmar": Message("Myanmar"),
    "Georgian": Message("Georgian"),
    "Hangul": Message("Hangul"),
    "Ethiopic": Message("Ethiopic"),
    "Cherokee": Message("Cherokee"),
    "Khmer": Message("Khmer"),
    "Mongolian": Message("Mongolian"),
    "Tifinagh": Message("Tifinagh"),
    "Kana": Message("Kana"),
    "Han": Message("Han"),
    "Yi": Message("Yi"),
}


def script_name(script: str) -> str:
    """``script`` ("Arabic") as a sentence names it (a Message; an unknown one as it is)."""
    return SCRIPT_NAMES.get(script, script)


def char_script(ch: str) -> str:
    """The script of one letter ('' for digits, punctuation, symbols and unknown blocks)."""
    cp = ord(ch)
    i = bisect.bisect_right(_STARTS, cp) - 1
    if i >= 0:
        lo, hi, name = _BLOCKS[i]
        if lo <= cp <= hi and (ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")):
            return name
    return ""


def scripts_in(text: str) -> Counter[str]:
    """How many letters of each script ``text`` holds (combining marks count for their block)."""
    return Counter(s for s in map(char_script, text) if s)


def script_of(text: str) -> str:
    """The script most letters of ``text`` are written in ('' when it has no letters)."""
    counts = scripts_in(text)
    return counts.most_common(1)[0][0] if counts else ""


def is_latin(text: str) -> bool:
    """True when ``text`` is written in Latin letters (or has no letters at all)."""
    return script_of(text) in ("Latin", "")


def word_ok(word: str) -> bool:
    """True when ``word`` could be a word of a real name (see module doc).

    Refused: control, private-use and replacement characters; symbols inside the word (the
    ``©``, ``¥``, ``„`` of mojibake); letters of two scripts that are not written together;
    Latin words made mostly of accented capitals-and-lowercase soup (``ÇáÑÞÉ``); a lower
    case letter followed by an upper case one (``ЗбСЮЙ``, Arabic read as Cyrillic);
    Hebrew final letters or Greek final sigma in the middle of a word, two accents in a
    Greek word; Latin, Cyrillic or Greek words of four
    letters or more without a vowel (except abbreviations in capitals).
    """
    core = word.strip(".,;:!?\"'()[]{}«»“”„‹›-–—")
    if not core:
        return True
    scripts: set[str] = set()
    accented = letters = greek_accents = 0
    prev_lower = False
    for i, ch in enumerate(core):
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cs", "Cn") and ch not in _INNER_OK:
            return False
        if ch == "\ufffd":
            return False
        if cat[0] in ("S", "P") and ch not in _INNER_OK:
            return False
        script = char_script(ch)
        if script:
            scripts.add(script)
        if ch.isalpha():
            letters += 1
            if "\u00c0" <= ch <= "\u00ff":
                accented += 1
            if ch.isupper() and prev_lower:
                return False
            prev_lower = ch.islower()
        elif cat[0] != "M":
            prev_lower = False  # "Deir-ez-Zor": a new part may start with a capital
        if ch in _FINALS and i < len(core) - 1 and core[i + 1].isalpha():
            return False
        if ch in _GREEK_ACCENTED:
            greek_accents += 1
            if ch in "ϊϋΐΰ" and (i == 0 or core[i - 1].casefold() not in "αεηιουω"):
                return False  # a diaeresis only separates a vowel from the one before
    if len(scripts) > 1 and not any(scripts <= pair for pair in _COMPATIBLE):
        return False
    if greek_accents > 1:  # modern Greek writes one accent per word
        return False
    if letters >= 4 and scripts <= _ALPHABETS and not core.isupper():
        folded = core.casefold()
        if not any(c in _VOWELS or (c not in "йў" and unicodedata.normalize("NFD", c)[0]
                                    in _VOWELS) for c in folded):
            return False
    return not (letters >= 3 and accented * 2 > letters)


def plausibility(texts: Iterable[str]) -> float:
    """Share (0..1) of the words in ``texts`` that could be words of real names."""
    total = good = 0
    for text in texts:
        for word in text.split():
            total += 1
            good += word_ok(word)
    return good / total if total else 1.0


def dominant_script(texts: Iterable[str]) -> str:
    """The script most letters of all ``texts`` together are written in ('' when none)."""
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(scripts_in(t))
    return counts.most_common(1)[0][0] if counts else ""
