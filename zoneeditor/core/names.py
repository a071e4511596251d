"""Place names compared across sources: spelling, script and transliteration set aside.

Two sources of the same boundaries rarely spell a place the same way: ``Idlib`` / ``Idleb``,
``Daraa`` / ``Dar'a`` / ``Deraa``, ``Deir ez-Zor`` / ``Deir-ez-Zor`` / ``Dayr az Zawr``,
``Hama`` / ``Hamah``, ``Al-Hasakah`` / ``Hasakeh``, ``Idlib Governorate`` / ``Idlib``,
``محافظة إدلب`` / ``إدلب``. Two keys are derived, from general rules of how Arabic, Cyrillic
and Latin names are romanised (not from a list of examples):

``name_key`` — the *same name*: Unicode-normalised, case-folded, accents, apostrophes and
hyphens dropped, the Arabic article (``al-``, ``ad-``, ``ez-``, ``ال``) and generic words for an
administrative unit (governorate, province, oblast, محافظة...) removed. Arabic letters are
normalised (hamza forms of alef, ta marbuta, alef maqsura, diacritics, tatweel).

``name_skeleton`` — a *spelling variant*: the consonant skeleton of the romanised name. Vowels
are what transliteration schemes disagree on most (Idlib/Idleb, Dayr/Deir, Zawr/Zor); so are
a final ``h`` (Hama/Hamah), doubled letters (Raqqa/Raqa), and consonants written with two
letters or another letter (``kh``/``h``, ``q``/``k``, ``ou``/``u``). Cyrillic is transliterated
and Arabic mapped letter by letter to the same skeleton, so ``Идлиб``, ``إدلب`` and ``Idleb``
agree. A skeleton is weaker evidence than a key: the diff confirms a skeleton match by the
geometry (see ``core.diff_match``).

>>> name_key("Idlib Governorate") == name_key("idlib"), name_key("Deir ez-Zor")
(True, 'deirzor')
>>> {name_skeleton(n) for n in ("Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "دير الزور")}
{'drzr'}
>>> {name_skeleton(n) for n in ("Idlib", "Idleb", "إدلب", "Идлиб")}
{'adlb'}
>>> {name_skeleton(n) for n in ("Daraa", "Dar'a", "Deraa", "درعا")}
{'dr'}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# -- normalising -------------------------------------------------------------------------------
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
#: Apostrophes and the signs used for ayn and hamza in romanised Arabic: simply dropped.
_MARKS = re.compile("['’‘ʼʻʿʾ`´ʹ\u02bc\u02bb]")
_ARABIC_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
    "ک": "ك", "ی": "ي", "ې": "ي", "ھ": "ه", "ۀ": "ه",
})
_LATIN_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d",
                                "ł": "l", "ı": "i", "þ": "th", "ħ": "h", "ŋ": "ng"})
#: The Arabic article as romanised, sun letters assimilated (ad-Dana, ar-Raqqa, ash-Sham...).
_ARTICLES = frozenset({"al", "el", "il", "ul", "l", "ad", "adh", "ag", "an", "ar", "as", "ash",
                       "at", "ath", "az", "ed", "edh", "en", "er", "es", "esh", "et", "eth",
                       "ez", "dh"})
#: An article glued to a word whose first consonant it doubles: "Ezzor", "Arraqqa".
_GLUED_ARTICLE = re.compile(r"^(?:a|e)([dnrstz])\1(?=[a-z]{2})")
#: Words naming the kind of unit rather than the place (dropped while something else remains).
_UNIT_WORDS = frozenset([
    "governorate", "governorat", "gouvernorat", "province", "provincia", "provinz",
    "region", "regione", "district", "subdistrict", "sub", "county", "state", "oblast",
    "oblast'", "raion", "rayon", "rajon", "kray", "krai", "okrug", "municipality",
    "municipio", "department", "departement", "departamento", "prefecture", "canton",
    "muhafazat", "muhafaza", "mohafaza", "mohafazat", "muhafazah", "mintaqa", "mantiqa",
    "nahiya", "nahia", "qada", "kaza", "liwa", "wilaya", "wilayat", "vilayet", "of", "the",
    "de", "du", "des", "la", "le", "d", "محافظه", "منطقه", "ناحيه", "قضاء", "لواء", "ولايه",
    "مديريه", "область", "район", "край", "округ", "республика", "провинция", "мухафаза",
    "губернаторство",
])

_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i",
    "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c",
    "ђ": "dj", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz",
})
_GREEK = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})
# Arabic letters to the romanised skeleton's consonant classes; long vowels and ayn/hamza
# become vowels (dropped inside a word, like romanised vowels).
_ARABIC_TO_LATIN = str.maketrans({
    "ا": "a", "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
    "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y", "ء": "a", "پ": "p", "چ": "j", "ژ": "j", "گ": "g", "ڤ": "v",
})


def _fold(text: str) -> str:
    """Compatibility-normalised, case-folded, bidi marks and Arabic diacritics removed."""
    text = unicodedata.normalize("NFKC", _BIDI.sub("", text)).casefold()
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_LETTERS)
    return text.translate(_LATIN_SPECIAL)


def fold(text: str) -> str:
    """``text`` compatibility-normalised (NFKC) and case-folded, bidi marks, Arabic diacritics
    and tatweel removed, Arabic letter forms unified (hamza forms of alef, ta marbuta, alef
    maqsura): the spellings of one word that say the same thing."""
    return _fold(text)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(
        c for c in decomposed if unicodedata.category(c) != "Mn"))


def words(text: str) -> list[str]:
    """The words of a name: folded, accents and apostrophes dropped, split on anything else
    than letters and digits, the article and unit words removed (while others remain)."""
    folded = _strip_accents(_MARKS.sub("", _fold(text)))
    tokens = [t for t in re.split(r"[^\w]+|_", folded) if t]
    out = []
    for i, t in enumerate(tokens):
        if t.startswith("ال") and len(t) > 3:
            t = t[2:]
        elif t in _ARTICLES and i < len(tokens) - 1:
            continue
        else:
            t = _GLUED_ARTICLE.sub(r"\1", t)
        out.append(t)
    kept = [t for t in out if t not in _UNIT_WORDS]
    return kept or out


def name_key(text: str | None) -> str:
    """The key under which two spellings count as the *same name* ('' for no name)."""
    return "".join(words(text or "")) if text else ""


# -- the consonant skeleton --------------------------------------------------------------------
_DIGRAPHS = (("shch", "s"), ("kh", "h"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"),
             ("dh", "d"), ("zh", "z"), ("ph", "f"), ("ck", "k"), ("dj", "j"), ("ts", "s"),
             ("tz", "z"), ("q", "k"), ("c", "k"), ("x", "ks"), ("v", "w"))
_VOWELS = frozenset("aeiouy")
_SEMIVOWELS = frozenset("wy")


_ARABIC_WORD = re.compile("[\u0600-\u06ff]")


def _romanise(word: str) -> tuple[str, bool]:
    """(the word in Latin letters, True when it was written in Arabic letters)."""
    arabic = bool(_ARABIC_WORD.search(word))
    if arabic and len(word) > 2 and word.endswith("ه"):
        word = word[:-1] + "ا"  # ta marbuta (normalised to ه): a vowel, as in "Hama"
    word = word.translate(_CYRILLIC).translate(_GREEK).translate(_ARABIC_TO_LATIN)
    return "".join(c for c in word if "a" <= c <= "z" or c.isdigit()), arabic


def _skeleton_word(word: str) -> str:
    w, arabic = _romanise(word)
    if not w:
        return ""
    if not arabic:  # Arabic letters map to one letter each; "k"+"h" there is no digraph
        for a, b in _DIGRAPHS:
            w = w.replace(a, b)
    if len(w) > 2 and w[-1] == "h" and w[-2] in _VOWELS:
        w = w[:-1]  # ta marbuta: Hamah / Hama, Hasakeh / Hasaka
    out = []
    for i, c in enumerate(w):
        if c in _VOWELS or (c in _SEMIVOWELS and i > 0):
            if i == 0:
                out.append("a")  # a name that starts with a vowel: Idlib, Edleb, إدلب
            continue
        if out and out[-1] == c:
            continue  # doubled letters: Raqqa / Raqa, Lattakia / Latakia
        out.append(c)
    return "".join(out)


def name_skeleton(text: str | None) -> str:
    """The consonant skeleton under which two spellings are *variants* ('' for no name)."""
    if not text:
        return ""
    parts = [_skeleton_word(w) for w in words(text)]
    joined = "".join(parts)
    # Doubling across a word boundary is a spelling choice too ("Ras al-Ain" / "Rasal Ain").
    return re.sub(r"(.)\1+", r"\1", joined)


def name_keys(names: Iterable[str | None]) -> set[str]:
    """The ``name_key`` of each name ('' left out)."""
    return {k for k in map(name_key, names) if k}


def name_skeletons(names: Iterable[str | None], min_length: int = 2) -> set[str]:
    """The ``name_skeleton`` of each name, those shorter than ``min_length`` left out."""
    return {k for k in map(name_skeleton, names) if len(k) >= min_length}


def split_alternates(value: object) -> list[str]:
    """The names in a field of alternates ("Idleb|Edlib", "Idleb; Edlib", "Idleb, Edlib")."""
    if value is None:
        return []
    text = str(value)
    return [p.strip() for p in re.split(r"[|;,/]", text) if p.strip()]
