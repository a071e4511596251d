"""``zoneeditor print`` run as a user runs it, checked with poppler's own tools.

``pdfinfo`` (page size), ``pdffonts`` (every font embedded, only the bundled Noto fonts),
``pdftotext`` (title, legend, scale, fingerprint, Arabic names) and ``pdftoppm`` (a coarse
raster compared with a committed reference image) are independent of Qt, so they see what
a delegate's PDF viewer and printer see.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.geodesy import distance_km
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_print_reference as reference

#: Bidi controls pdftotext may put around right-to-left runs.
_MARKS = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def normalise(text: str) -> str:
    """NFKC (presentation forms back to letters) without direction marks, spaces folded."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return " ".join(text.split())


def zoneeditor(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=180, env=env)


def headless_env() -> dict:
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


def pdftotext(pdf: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", *extra, str(pdf), "-"], capture_output=True,
                          text=True, encoding="utf-8", check=True).stdout


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    """The reference sheet: sample "Proposal B" on A3 landscape, printed with no display."""
    out = tmp_path_factory.mktemp("print") / "sheet.pdf"
    result = zoneeditor("print", *reference.print_args(sample_path(), out),
                        env=headless_env())
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and "A3 landscape" in result.stdout
    return out


def test_page_size_is_a3_landscape(sheet):
    info = subprocess.run(["pdfinfo", str(sheet)], capture_output=True, text=True,
                          check=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size, info
    assert float(size.group(1)) == pytest.approx(1190.55, abs=0.5)
    assert float(size.group(2)) == pytest.approx(841.89, abs=0.5)
    assert re.search(r"Pages:\s+1\b", info)


def test_every_font_is_embedded_and_bundled(sheet):
    _assert_bundled_fonts_only(sheet)


def _assert_bundled_fonts_only(pdf: Path) -> None:
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing, "no fonts at all: the text was not written as text"
    names = []
    for row in listing:
        cols = row.split()
        names.append(cols[0])
        emb = cols[-5]  # emb sub uni object ID
        assert emb == "yes", row
    assert all(n.split("+")[-1].startswith(("NotoSans-", "NotoNaskhArabic-")) for n in names), \
        names
    assert any("NotoNaskhArabic" in n for n in names), names


def test_text_has_title_legend_scale_fingerprint_and_arabic(sheet):
    text = normalise(pdftotext(sheet))
    project = read_project(sample_path())
    assert normalise(project.meta.title) in text
    assert "DRAFT — for discussion — without prejudice" in text
    for entry in ("Legend", "Government", "Opposition", "Monitors", "line of contact",
                  "observation post", "agreed baseline"):
        assert entry in text, entry
    assert re.search(r"Scale 1:[\d,]+ \(true at \d+°\d\d′N\)", text), text
    digest = fingerprint(project.version("Proposal B"))
    assert short(digest) in text
    assert "Delegation of the Monitors" in text and "2026-05-04" in text
    assert "Natural Earth" in text and "GeoNames" in text
    arabic = [p.name_local for p in project.meta.parties]
    arabic += [str(f.attributes["name_local"]) for f in project.version("Proposal B")
               if f.layer == "zones"]
    for name in arabic:
        assert normalise(name) in text, name


def _word_boxes(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    html = pdftotext(pdf, "-bbox")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">([^<]*)</word>', html)
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in words]


def test_scale_statement_matches_a_geodesic_distance_between_grid_lines(sheet):
    """Measure on the page between two meridian labels and compare with the geodesic."""
    boxes = _word_boxes(sheet)
    text = normalise(pdftotext(sheet))
    m = re.search(r"Scale 1:([\d,]+) \(true at (\d+)°(\d\d)′N\)", text)
    denominator = int(m.group(1).replace(",", ""))
    lat = int(m.group(2)) + int(m.group(3)) / 60
    top = min(b[2] for b in boxes if re.fullmatch(r"\d+°(\d\d′)?E", b[0]))
    meridians = {}
    for word, x0, y0, x1, _ in boxes:
        hit = re.fullmatch(r"(\d+)°(?:(\d\d)′)?E", word)
        if hit and abs(y0 - top) < 1:  # the labels above the frame
            meridians[int(hit.group(1)) + int(hit.group(2) or 0) / 60] = (x0 + x1) / 2
    lons = sorted(meridians)
    assert len(lons) >= 3, meridians
    west, east = lons[0], lons[-1]
    paper_mm = (meridians[east] - meridians[west]) / 72 * 25.4
    ground_km = distance_km(west, lat, east, lat)
    # The statement rounds the denominator to 3 significant digits (<0.3 %); the minutes of
    # the latitude to 1′; label centres are read to ~0.1 pt.
    assert paper_mm * denominator / 1e6 == pytest.approx(ground_km, rel=0.01)


def _load_rgb(path: Path) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    assert not image.isNull(), path
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(),
                                                             image.bytesPerLine())
    return raw[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


#: Mean absolute difference per channel (0-255) allowed against the reference raster.
#: Measured when the reference was made: identical sheet 0.0; another date 0.003; another
#: title of similar length 0.7 (text only, nothing moves); a layout regression is far
#: above: banner gone 21, QR gone 18, grid gone 13, another scale 9, no basemap 6.4.
#: 3.0 passes different font rasterisers and poppler versions, fails any moved block.
MAX_MEAN_DIFF = 3.0


def test_low_resolution_render_matches_the_reference(sheet, tmp_path):
    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(reference.REFERENCE_DPI), "-png", "-singlefile",
                    str(sheet), str(stem)], check=True)
    got, want = _load_rgb(stem.with_suffix(".png")), _load_rgb(reference.REFERENCE)
    assert got.shape == want.shape
    diff = float(np.abs(got - want).mean())
    assert diff < MAX_MEAN_DIFF, (
        f"the sheet's layout changed (mean difference {diff:.2f}); if intended, run "
        "python tests/e2e/make_print_reference.py and look at the new image")


def test_per_zone_pdf_has_one_page_per_zone_with_its_name(tmp_path):
    out = tmp_path / "zones.pdf"
    result = zoneeditor("print", str(sample_path()), "--out", str(out), "--per-zone",
                        "--no-basemap", "--date", "2026-05-04")
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+6\b", info), info
    page3 = normalise(pdftotext(out, "-f", "3", "-l", "3"))
    # named as the map labels it, both names (pdftotext reads the Arabic part out of order)
    assert "Zone: North of Homs · " in page3 and "page 3 of 6)" in page3
    assert normalise("شمال حمص") in page3
    a4 = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert float(a4.group(1)) == pytest.approx(595.28, abs=0.5)


def test_png_at_a_chosen_dpi_and_a_fixed_scale(tmp_path):
    out = tmp_path / "sheet.png"
    result = zoneeditor("print", f"{sample_path()}:Proposal B", "--out", str(out),
                        "--paper", "A4", "--dpi", "72", "--scale", "250000", "--no-qr")
    assert result.returncode == 0, result.stderr
    assert "scale 1:250,000" in result.stdout
    image = _load_rgb(out)
    assert image.shape[:2] == (round(297 / 25.4 * 72), round(210 / 25.4 * 72))
    assert image.std() > 20  # a drawn sheet, not a blank page


@pytest.mark.parametrize(("args", "message"), [
    (["{sample}:No such version", "--out", "{out}.pdf"], "no version 'No such version'"),
    (["{sample}", "--out", "{out}.txt"], "must end in .pdf or .png"),
    (["{sample}", "--out", "{out}.pdf", "--paper", "B5"], "unknown paper size"),
    (["{sample}", "--out", "{out}.pdf", "--scale", "12"], "outside"),
    (["{sample}", "--out", "{out}.pdf", "--diff-against", "Proposal Z"], "no version"),
    (["{sample}:agreed", "--out", "{out}.pdf", "--diff-against", "agreed"], "is the version"),
    (["{sample}", "--out", "{out}.pdf", "--extent", "1,2,3"], "W,S,E,N"),
    (["{missing}", "--out", "{out}.pdf"], "cannot read"),
])
def test_mistakes_give_one_line_and_exit_2(tmp_path, args, message):
    fill = {"sample": str(sample_path()), "out": str(tmp_path / "x"),
            "missing": str(tmp_path / "missing.gpkg")}
    result = zoneeditor("print", *[a.format(**fill) for a in args])
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x*")), "nothing may be written on error"


def test_existing_file_is_replaced_whole(tmp_path):
    out = tmp_path / "sheet.pdf"
    out.write_bytes(b"old content")
    result = zoneeditor("print", str(sample_path()), "--out", str(out), "--no-basemap")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary left over



def test_proposal_with_the_diff_against_the_baseline(tmp_path):
    """The sheet of the task: Proposal B on A3 landscape with the changes against agreed."""
    out = tmp_path / "diff.pdf"
    result = zoneeditor("print", f"{sample_path()}:Proposal B", "--out", str(out), "--paper",
                        "A3", "--landscape", "--diff-against", "agreed", env=headless_env())
    assert result.returncode == 0, result.stderr
    text = normalise(pdftotext(out))
    project = read_project(sample_path())
    # the baseline by its display name (the stored name "agreed" is data)
    assert "Version: Proposal B — changes against Agreed baseline" in text
    assert f"Compared with: Agreed baseline ({short(fingerprint(project.agreed))})" in text
    assert "Changes against Agreed baseline" in text and "Territory per party" in text
    # NFKC turns ² into 2
    assert re.search(r"Government: [\d,.]+ km2 before, [\d,.]+ km2 after \(\+[\d,.]+ km2\)",
                     text), text
    assert "agreed baseline (under the proposal)" not in text  # the overlay replaces it
    for entry in ("Area gained", "Area lost"):  # the overlay's own legend rows
        assert entry in text
    _assert_bundled_fonts_only(out)


def test_hidden_layers_leave_the_map_and_the_legend(tmp_path):
    out = tmp_path / "no-points.pdf"
    result = zoneeditor("print", str(sample_path()), "--out", str(out), "--hide", "points",
                        "--hide", "towns", "--no-qr")
    assert result.returncode == 0, result.stderr
    text = normalise(pdftotext(out))
    assert "observation post" not in text and "checkpoint" not in text
    assert "line of contact" in text and "Government" in text


def test_an_arabic_title_is_set_right_to_left_against_the_right_margin(tmp_path):
    out = tmp_path / "arabic.pdf"
    title = "خريطة مناطق خفض التصعيد — المقترح ب"
    result = zoneeditor("print", f"{sample_path()}:Proposal B", "--out", str(out),
                        "--paper", "A4", "--landscape", "--title", title,
                        "--banner", "مسودة — للنقاش فقط", "--no-basemap")
    assert result.returncode == 0, result.stderr
    text = normalise(pdftotext(out))
    assert normalise(title) in text and normalise("مسودة — للنقاش فقط") in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "NotoNaskhArabic-Bold" in fonts  # the title is bold, in the Arabic face
    page_w = 841.89
    margin = 10 / 25.4 * 72
    title_words = [b for b in _word_boxes(out)
                   if normalise(b[0]) and normalise(b[0]) in normalise(title)
                   and 40 < b[2] < 80]  # the title line, under the banner
    assert title_words, "title not found"
    right = max(b[3] for b in title_words)
    left = min(b[1] for b in title_words)
    assert right == pytest.approx(page_w - margin, abs=2)  # flush right
    assert left > page_w / 2  # and not spread from the left edge
