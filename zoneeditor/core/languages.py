"""Which language a country's local place names are written in, for choosing ``name_local``.

A Natural Earth or OpenStreetMap layer carries names in twenty languages (``name_ar``,
``name_ru``, ``name_zh``...); which of them is *local* depends on the country. Only
countries whose official language is written in another script than Latin are listed: for
the others the romanised name is the local one. Codes are ISO 3166-1 (alpha-2 and alpha-3)
and ISO 639-1 (``zht``: Natural Earth's traditional Chinese).

>>> local_languages("SY"), local_languages("UKR"), local_languages("FR")
(('ar',), ('uk', 'ru'), ())
"""

from __future__ import annotations

# alpha-2, alpha-3, languages (most used first)
_TABLE = """
AE ARE ar; BH BHR ar; DZ DZA ar; EG EGY ar; IQ IRQ ar ku; JO JOR ar; KW KWT ar; LB LBN ar;
LY LBY ar; MA MAR ar; OM OMN ar; PS PSE ar; QA QAT ar; SA SAU ar; SD SDN ar; SY SYR ar;
TN TUN ar; YE YEM ar; MR MRT ar; SO SOM ar; DJ DJI ar; KM COM ar; EH ESH ar; TD TCD ar;
IR IRN fa; AF AFG ps fa; PK PAK ur; IL ISR he ar;
RU RUS ru; UA UKR uk ru; BY BLR be ru; BG BGR bg; MK MKD mk; RS SRB sr; BA BIH sr;
KZ KAZ kk ru; KG KGZ ky ru; TJ TJK tg; MN MNG mn;
GR GRC el; CY CYP el tr; AM ARM hy; GE GEO ka;
CN CHN zh; TW TWN zht zh; HK HKG zh zht; MO MAC zh zht; JP JPN ja; KR KOR ko; KP PRK ko;
TH THA th; LA LAO lo; KH KHM km; MM MMR my; LK LKA si ta; IN IND hi; BD BGD bn; NP NPL ne;
BT BTN dz; MV MDV dv; ET ETH am; ER ERI ti
"""


def _parse() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for entry in _TABLE.replace("\n", " ").split(";"):
        parts = entry.split()
        if len(parts) >= 3:
            a2, a3, *langs = parts
            out[a2] = out[a3] = tuple(langs)
    return out


_LOCAL = _parse()

#: Two- and three-letter language codes that may follow ``name_`` / ``name:`` in a column.
LANGUAGE_CODES = frozenset([
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bo", "br", "bs", "ca", "cs", "cy",
    "da", "de", "dv", "dz", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr", "fy",
    "ga", "gd", "gl", "gu", "ha", "he", "hi", "hr", "hu", "hy", "id", "ig", "is", "it",
    "ja", "jv", "ka", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lo", "lt", "lv",
    "mg", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "nb", "ne", "nl", "nn", "no",
    "oc", "om", "or", "pa", "pl", "ps", "pt", "qu", "rm", "ro", "ru", "rw", "sa", "sd",
    "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "st", "su", "sv", "sw", "ta", "te",
    "tg", "th", "ti", "tk", "tl", "tn", "tr", "ts", "tt", "ug", "uk", "ur", "uz", "vi",
    "wo", "xh", "yi", "yo", "zh", "zu", "zht", "zhs",
])


def local_languages(country: str | None) -> tuple[str, ...]:
    """Languages of a country's local names in a non-Latin script (() when Latin or unknown)."""
    if not country:
        return ()
    return _LOCAL.get(country.strip().upper(), ())
