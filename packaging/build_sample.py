"""Rebuild the bundled sample project ``resources/sample/syria-deescalation.gpkg``.

Run from the repository root: ``python packaging/build_sample.py``. The shapes are
ILLUSTRATIVE, drawn by hand around the four 2017 de-escalation areas (Idlib, north of Homs,
Eastern Ghouta, the south) to exercise the editor; they are not the agreed boundaries.
Ids are fixed so the file is reproducible and tests can name features.
"""

from __future__ import annotations

import sys
from pathlib import Path

from shapely import LineString, Point, Polygon

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zoneeditor.core.buffer import buffer_zone  # noqa: E402
from zoneeditor.core.model import AGREED, Feature, Party, Project, ProjectMeta, Version  # noqa: E402
from zoneeditor.io.project_file import write_project  # noqa: E402

OUT = ROOT / "resources" / "sample" / "syria-deescalation.gpkg"

GOV, OPP, MON = "Government", "Opposition", "Monitors"
PARTIES = (
    Party(GOV, "#c0392b", "الحكومة"),
    Party(OPP, "#1f77b4", "المعارضة"),
    Party(MON, "#7b3fa0", "المراقبون"),
)

# The Idlib zone's southern edge is also the northern edge of the Hama zone: shared vertices.
IDLIB_HAMA_BORDER = [(36.35, 35.45), (36.48, 35.36), (36.60, 35.30), (36.80, 35.35),
                     (36.90, 35.47), (36.95, 35.60)]
IDLIB_NORTH = [(37.00, 35.85), (37.05, 36.05), (36.95, 36.18), (36.85, 36.25), (36.66, 36.22),
               (36.56, 36.27), (36.38, 36.22), (36.17, 36.25), (36.10, 36.15), (36.00, 35.95),
               (36.05, 35.80), (36.20, 35.65)]
HAMA_SOUTH = [(36.25, 35.25), (36.50, 35.05), (36.90, 35.05), (37.10, 35.40)]


def zone(fid: str, ring, party: str, name: str, name_local: str, **attrs) -> Feature:
    """A de-escalation or control zone."""
    return Feature(fid, "zones", Polygon(ring), dict(name=name, name_local=name_local,
                                                     party=party, **attrs))


def agreed_version() -> Version:
    """The illustrative agreed baseline."""
    idlib = zone("zone-idlib", IDLIB_HAMA_BORDER + IDLIB_NORTH, OPP, "Idlib", "إدلب",
                 status="agreed", kind="de-escalation")
    hama = zone("zone-hama", list(reversed(IDLIB_HAMA_BORDER)) + HAMA_SOUTH, GOV,
                "Northern Hama", "ريف حماة الشمالي", status="agreed", kind="control")
    homs = zone("zone-homs", [(36.50, 34.85), (36.55, 34.95), (36.75, 34.97), (36.85, 34.88),
                              (36.80, 34.80), (36.62, 34.78)], OPP, "North of Homs",
                "شمال حمص", status="agreed", kind="de-escalation")
    ghouta = zone("zone-ghouta", [(36.33, 33.50), (36.36, 33.59), (36.45, 33.62), (36.52, 33.58),
                                  (36.50, 33.48), (36.40, 33.47)], OPP, "Eastern Ghouta",
                  "الغوطة الشرقية", status="agreed", kind="de-escalation",
                  name_ru="Восточная Гута")
    south = zone("zone-south", [(35.85, 33.30), (36.05, 33.25), (36.25, 33.05), (36.40, 32.75),
                                (36.20, 32.62), (35.95, 32.70), (35.80, 32.78), (35.83, 33.05)],
                 OPP, "Southern zone", "المنطقة الجنوبية", status="agreed", kind="de-escalation")
    contact = Feature("line-idlib-hama", "lines", LineString(IDLIB_HAMA_BORDER),
                      dict(name="Idlib–Hama line of contact", name_local="خط التماس إدلب–حماة",
                           status="agreed", kind="line of contact"))
    ghouta_line = Feature("line-ghouta-west", "lines",
                          LineString([(36.33, 33.50), (36.36, 33.59), (36.45, 33.62)]),
                          dict(name="Eastern Ghouta western line", name_local="خط الغوطة الغربي",
                               status="agreed", kind="line of contact"))
    buffer = Feature("zone-buffer-idlib", "zones", buffer_zone(contact.geometry, 2.0, 2.0),
                     dict(name="Idlib buffer security zone", name_local="المنطقة العازلة في إدلب",
                          party=MON, status="agreed", kind="buffer",
                          source_line=contact.id, width_left_km=2.0, width_right_km=2.0))
    posts = [
        Feature("post-morek", "points", Point(36.67, 35.37),
                dict(name="Observation post Morek", name_local="نقطة مراقبة مورك", party=MON,
                     status="agreed", kind="observation post")),
        Feature("post-surman", "points", Point(36.78, 35.52),
                dict(name="Observation post Surman", name_local="نقطة مراقبة الصرمان", party=MON,
                     status="agreed", kind="observation post")),
        Feature("post-rastan", "points", Point(36.70, 34.93),
                dict(name="Checkpoint Rastan", name_local="حاجز الرستن", party=MON,
                     status="agreed", kind="checkpoint")),
        Feature("post-jmc", "points", Point(36.29, 33.51),
                dict(name="Joint monitoring centre", name_local="مركز المراقبة المشترك",
                     party=MON, status="agreed", kind="monitoring centre",
                     name_ru="Совместный центр мониторинга")),
    ]
    features = [idlib, hama, homs, ghouta, south, buffer, contact, ghouta_line, *posts]
    return Version(AGREED, {f.id: f for f in features}, "Illustrative agreed baseline")


def proposal(agreed: Version) -> Version:
    """A proposal that differs in several ways a diff must report."""
    v = agreed.copy("Proposal B")
    v.description = "Illustrative proposal: southern Idlib edge moves north, Ghouta shrinks"
    moved = list(IDLIB_HAMA_BORDER)
    moved[2] = (36.62, 35.40)  # near Khan Shaykhun: territory passes from Idlib to Hama
    moved[3] = (36.80, 35.43)
    v.features["zone-idlib"] = agreed.features["zone-idlib"].with_geometry(
        Polygon(moved + IDLIB_NORTH)).with_attributes(status="proposed")
    v.features["zone-hama"] = agreed.features["zone-hama"].with_geometry(
        Polygon(list(reversed(moved)) + HAMA_SOUTH)).with_attributes(status="proposed")
    contact = agreed.features["line-idlib-hama"].with_geometry(LineString(moved))
    v.features[contact.id] = contact.with_attributes(status="proposed")
    v.features["zone-buffer-idlib"] = agreed.features["zone-buffer-idlib"].with_geometry(
        buffer_zone(contact.geometry, 2.0, 2.0)).with_attributes(status="proposed")
    v.features["zone-ghouta"] = agreed.features["zone-ghouta"].with_geometry(Polygon(
        [(36.33, 33.50), (36.36, 33.59), (36.45, 33.62), (36.48, 33.56), (36.45, 33.48),
         (36.40, 33.47)])).with_attributes(status="disputed")
    v.features["zone-south"] = agreed.features["zone-south"].with_attributes(
        notes="Quneitra crossing to be discussed")
    del v.features["post-surman"]
    new_post = Feature("post-khan-shaykhun", "points", Point(36.64, 35.45),
                       dict(name="Observation post Khan Shaykhun",
                            name_local="نقطة مراقبة خان شيخون", party=MON, status="proposed",
                            kind="observation post"))
    v.features[new_post.id] = new_post
    return v


def build() -> Project:
    """The whole sample project."""
    meta = ProjectMeta(
        title="Syria de-escalation zones — ILLUSTRATIVE sample, not the agreed boundaries",
        parties=PARTIES, author="zoneeditor sample",
        created="2017-05-04T00:00:00+00:00", modified="2017-05-04T00:00:00+00:00",
    )
    agreed = agreed_version()
    return Project.from_versions(meta, [agreed, proposal(agreed)])


if __name__ == "__main__":
    write_project(build(), OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")
