"""KML 2.2 for Google Earth users: written with xml.etree, read with defusedxml.

Why not fiona: the GDAL bundled in fiona's wheels has no KML/LIBKML driver. Why not
``simplekml``: it is unmaintained (last release 2016) and KML is small enough to write with
the standard library, whose serializer escapes text correctly (names with ``&``, ``<`` or
Arabic survive). Reading uses ``defusedxml``, which refuses DTDs, entity expansion
(billion laughs) and external references (``SYSTEM "file:///etc/passwd"``).

Each party gets a shared style in its colour; each version is a Folder, each layer a
sub-Folder; a Placemark carries the name, the notes as description and every attribute
(the stable id as ``zid``) in typed ExtendedData (a ``Schema`` with SimpleFields of type
string, int, double or bool), so a KML round trip keeps ids, text and numbers.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message
from zoneeditor.core.model import LayerKind, ProjectMeta, Version
from zoneeditor.io.exchange import about, records

KML_NS = "http://www.opengis.net/kml/2.2"
_DEFAULT_COLOUR = "#808080"
SCHEMA_ID = "zoneeditor"
#: The column a foreign placemark's folder path is kept in.
FOLDER_FIELD = "folder"
#: KML has no date type: dates travel as ISO 8601 text (and compare equal to it, see
#: ``core.fingerprint.canonical_value``).
_KML_TYPES = {"str": "string", "int": "int", "float": "double", "bool": "bool",
              "date": "string", "datetime": "string", "time": "string"}
_LAYER_TITLES = {LayerKind.ZONES: "Zones", LayerKind.LINES: "Lines", LayerKind.POINTS: "Points"}


def kml_colour(hex_rgb: str, alpha: int) -> str:
    """KML's aabbggrr form of ``#rrggbb`` with the given alpha (0-255)."""
    h = hex_rgb.lstrip("#")
    if not re.fullmatch(r"[0-9a-fA-F]{6}", h):
        h = _DEFAULT_COLOUR.lstrip("#")
    return f"{alpha:02x}{h[4:6]}{h[2:4]}{h[0:2]}".lower()


def style_id(party: str) -> str:
    """The XML id of a party's style (ASCII, stable)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", party).strip("-").lower()
    return f"party-{slug}" if slug else "party-none"


def _coords(seq: Any) -> str:
    return " ".join(f"{round(x, 7)!r},{round(y, 7)!r}" for x, y, *_ in seq)


def _geometry(parent: ET.Element, geom: BaseGeometry) -> None:
    kind = geom.geom_type
    if kind == "Point":
        ET.SubElement(ET.SubElement(parent, "Point"), "coordinates").text = _coords(geom.coords)
    elif kind == "LineString":
        el = ET.SubElement(parent, "LineString")
        ET.SubElement(el, "tessellate").text = "1"
        ET.SubElement(el, "coordinates").text = _coords(geom.coords)
    elif isinstance(geom, shapely.Polygon):
        el = ET.SubElement(parent, "Polygon")
        ET.SubElement(el, "tessellate").text = "1"
        poly = shapely.orient_polygons(geom) if hasattr(shapely, "orient_polygons") else \
            shapely.geometry.polygon.orient(geom)
        ring = ET.SubElement(ET.SubElement(el, "outerBoundaryIs"), "LinearRing")
        ET.SubElement(ring, "coordinates").text = _coords(poly.exterior.coords)
        for hole in poly.interiors:
            ring = ET.SubElement(ET.SubElement(el, "innerBoundaryIs"), "LinearRing")
            ET.SubElement(ring, "coordinates").text = _coords(hole.coords)
    else:  # Multi* and collections
        multi = ET.SubElement(parent, "MultiGeometry")
        for part in shapely.get_parts(geom):
            _geometry(multi, part)


def _styles(doc: ET.Element, meta: ProjectMeta, parties: set[str]) -> None:
    colours = {p.name: p.colour for p in meta.parties}
    for party in sorted(parties | {""}):
        colour = colours.get(party, _DEFAULT_COLOUR)
        style = ET.SubElement(doc, "Style", id=style_id(party))
        line = ET.SubElement(style, "LineStyle")
        ET.SubElement(line, "color").text = kml_colour(colour, 255)
        ET.SubElement(line, "width").text = "2"
        poly = ET.SubElement(style, "PolyStyle")
        ET.SubElement(poly, "color").text = kml_colour(colour, 0x66)
        icon = ET.SubElement(style, "IconStyle")
        ET.SubElement(icon, "color").text = kml_colour(colour, 255)


def _kml_value(value: Any, kind: str) -> str:
    if kind == "bool":
        return "1" if value else "0"
    if kind == "float":
        return repr(float(value))
    return records.text_value(value)


def _typed(text: str, kind: str | None) -> Any:
    """A SimpleData text as its declared type (the text itself when it does not parse)."""
    try:
        if kind in ("int", "uint", "short", "ushort"):
            return int(text)
        if kind in ("double", "float"):
            return float(text)
        if kind == "bool":
            return text.strip().lower() in ("1", "true")
    except ValueError:
        pass
    return text


def _description(attrs: dict[str, Any]) -> str:
    parts = [str(attrs.get("notes") or "")]
    facts = [f"{k}: {attrs[k]}" for k in ("name_local", "party", "status", "kind") if attrs.get(k)]
    return "\n".join(p for p in (parts[0], "\n".join(facts)) if p)


def build_kml(versions: Sequence[Version], meta: ProjectMeta) -> ET.ElementTree:
    """The KML document for ``versions`` (one Folder each), styled per party."""
    ET.register_namespace("", KML_NS)
    root = ET.Element("kml", xmlns=KML_NS)
    doc = ET.SubElement(root, "Document")
    # which version(s) the file holds, with the fingerprint to check them by (``about``)
    ET.SubElement(doc, "name").text = about.file_name(meta.title, versions)
    ET.SubElement(doc, "description").text = about.file_description(meta.title, versions)
    _styles(doc, meta, {f.party for v in versions for f in v})
    everything = [f for v in versions for f in v]
    kinds = {k: records.field_type([f.id if k == records.ID_FIELD else f.attributes.get(k)
                                    for f in everything])
             for k in records.field_order(everything)}
    schema = ET.SubElement(doc, "Schema", name=SCHEMA_ID, id=SCHEMA_ID)
    for key, kind in kinds.items():
        ET.SubElement(schema, "SimpleField", name=key, type=_KML_TYPES[kind])
    for version in versions:
        # One version: its layer folders sit in the Document, so GIS readers that list
        # folders as layers (GDAL's LIBKML) show no empty version layer.
        folder = doc
        if len(versions) > 1:
            folder = ET.SubElement(doc, "Folder")
            ET.SubElement(folder, "name").text = version.name
            ET.SubElement(folder, "description").text = f"Version {about.version_line(version)}"
        for layer in LayerKind:
            feats = version.layer(layer)
            if not feats:
                continue
            sub = ET.SubElement(folder, "Folder")
            ET.SubElement(sub, "name").text = _LAYER_TITLES[layer]
            for f in feats:
                pm = ET.SubElement(sub, "Placemark", id=f"zid-{f.id}")
                # what Google Earth lists: the name, else the local name ("نقطة إدلب"); an
                # unnamed feature gets no made-up label other tools would take for a name
                shown = f.name or str(f.attributes.get("name_local") or "")
                if shown:
                    ET.SubElement(pm, "name").text = shown
                desc = _description(dict(f.attributes))
                if desc:
                    ET.SubElement(pm, "description").text = desc
                ET.SubElement(pm, "styleUrl").text = f"#{style_id(f.party)}"
                ext = ET.SubElement(ET.SubElement(pm, "ExtendedData"), "SchemaData",
                                    schemaUrl=f"#{SCHEMA_ID}")
                values = {records.ID_FIELD: f.id, **dict(f.attributes)}
                for key, value in values.items():
                    if value is None or value == "":
                        continue
                    ET.SubElement(ext, "SimpleData", name=key).text = _kml_value(value,
                                                                                 kinds[key])
                _geometry(pm, f.geometry)
    ET.indent(root, space=" ")
    return ET.ElementTree(root)


def write_kml(versions: Sequence[Version], meta: ProjectMeta, path: Path) -> list[Path]:
    """Write ``versions`` as a KML 2.2 file at ``path`` (UTF-8, XML declaration).

    A carriage return in a text value (a Windows line break, CRLF) is written as the
    character reference ``&#13;``: XML readers turn a literal CR LF into LF, so the text
    would not come back as it was. ElementTree escapes CR in attributes but not in text, and
    the indentation it adds holds no CR, so every literal CR in the output is from a value.
    """
    buf = io.BytesIO()
    build_kml(versions, meta).write(buf, encoding="utf-8", xml_declaration=True)
    Path(path).write_bytes(buf.getvalue().replace(b"\r", b"&#13;"))
    return [path]


# -- reading (runs in the sandboxed reader process) -----------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class KmlProblem(ValueError):
    """Something in a KML document we cannot read, said in our words (``reason``)."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


def kml_reason(exc: Exception) -> str:
    """Why a KML document (or a geometry in it) cannot be read, as a Message: ours, the XML
    parser's place of the fault, or a plain reason, never the parser's own words."""
    from zoneeditor.io.plain_errors import plain_reason

    if isinstance(exc, KmlProblem):
        return exc.reason
    if isinstance(exc, ET.ParseError):  # expat's position of the fault (column from 0)
        line, column = exc.position
        return Message("it is not well-formed XML at line %1, column %2", line, column + 1)
    return plain_reason(exc, Message("it is not well-formed XML"))


def _parse_coords(text: str | None) -> list[tuple[float, float]]:
    out = []
    for token in (text or "").split():
        parts = token.split(",")
        try:
            if len(parts) < 2:
                raise ValueError(token)
            out.append((float(parts[0]), float(parts[1])))
        except ValueError:
            raise KmlProblem(Message("a coordinate %1 is not 'longitude,latitude'",
                                     repr(token[:40]))) from None
    return out


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if _local(c.tag) == name), None)


def _ring(el: ET.Element | None) -> list[tuple[float, float]]:
    if el is None:
        return []
    ring = next((c for c in el.iter() if _local(c.tag) == "coordinates"), None)
    return _parse_coords(ring.text if ring is not None else "")


def _polygon_ring(el: ET.Element | None) -> list[tuple[float, float]]:
    """A polygon's ring as the file gives it; KmlProblem when, even closed, it has fewer
    than 4 positions (said with the count the file has: shapely would close it first and
    GEOS then count the position it added)."""
    pts = _ring(el)
    closed = len(pts) + (1 if pts and pts[0] != pts[-1] else 0)
    if pts and closed < 4:
        from zoneeditor.io.exchange.readers import ring_too_short

        raise KmlProblem(ring_too_short(len(pts)))
    return pts


def _to_geometry(el: ET.Element) -> BaseGeometry | None:
    kind = _local(el.tag)
    if kind == "Point":
        pts = _ring(el)
        return shapely.Point(pts[0]) if pts else None
    if kind == "LineString":
        return shapely.LineString(_ring(el))
    if kind == "Polygon":
        shell = _polygon_ring(_child(el, "outerBoundaryIs"))
        holes = [_polygon_ring(c) for c in el if _local(c.tag) == "innerBoundaryIs"]
        return shapely.Polygon(shell, holes)
    if kind in _MULTI:
        # Not KML 2.2, but written by common tools (GML habits) and read by GDAL: parts are
        # children, or wrapped in <polygonMember>, <lineStringMember>, <pointMember>.
        want = _MULTI[kind]
        members = []
        for c in el:
            if _local(c.tag) == want:
                members.append(c)
            elif _local(c.tag).endswith("Member"):
                members += [m for m in c if _local(m.tag) == want]
        # every member is a <want>: the multi-geometry of that kind
        return _multi([g for g in (_to_geometry(c) for c in members) if g is not None])
    if kind == "MultiGeometry":
        return _multi([g for g in (_to_geometry(c) for c in el) if g is not None])
    return None


def _multi(parts: list[BaseGeometry]) -> BaseGeometry | None:
    """The multi-geometry of parts of one kind, a collection of mixed ones; None for none."""
    if not parts:
        return None
    polygons = [p for p in parts if isinstance(p, shapely.Polygon)]
    lines = [p for p in parts if isinstance(p, shapely.LineString)]
    points = [p for p in parts if isinstance(p, shapely.Point)]
    if len(polygons) == len(parts):
        return shapely.MultiPolygon(polygons)
    if len(lines) == len(parts):
        return shapely.MultiLineString(lines)
    if len(points) == len(parts):
        return shapely.MultiPoint(points)
    return shapely.GeometryCollection(parts)


_MULTI = {"MultiPolygon": "Polygon", "MultiLineString": "LineString", "MultiPoint": "Point"}
_GEOMETRY_TAGS = {"Point", "LineString", "Polygon", "MultiGeometry", *_MULTI}


def _name_of_our_export(props: dict[str, Any], shown: str | None) -> None:
    """The name of a placemark of our own export: its ``<name>``, which another tool
    (Google Earth) may have edited — the ExtendedData copy is then the old name — except
    the local name shown for a feature that has only one, and the made-up label
    ("zone 31c43832") exports before 2026-12 gave unnamed features."""
    zid = str(props.get(records.ID_FIELD) or "")
    made_up = bool(zid) and shown is not None \
        and re.fullmatch(rf"(zone|line|point) {re.escape(zid[:8])}", shown) is not None
    # a feature with only a local name shows it as its <name>; its name stays empty
    local_shown = shown is not None and not props.get("name") \
        and shown == str(props.get("name_local") or "")
    if shown is not None and not (made_up or local_shown):
        props["name"] = shown


def parse_kml(data: bytes | str, max_features: int | None = None) -> list[dict[str, Any]]:
    """Placemarks of a KML document as raw records ``{"geometry", "props", "issue"}``.

    ``data`` is the file's bytes (the parser decodes them as the document says), or its
    text already decoded (``textfile.decode_xml``; a declaration's encoding is then ignored).
    More placemarks than ``max_features`` are refused (``feature_limit.TooManyFeatures``)
    before any of them is read.

    defusedxml raises on DTDs, entities and external references; the caller turns that
    into a message.
    """
    from defusedxml import ElementTree as SafeET

    root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    if _local(root.tag) != "kml":
        raise KmlProblem(Message("the root element is <%1>, not <kml>", _local(root.tag)[:40]))
    schemas: dict[str, dict[str, str | None]] = {}
    for el in root.iter():
        if _local(el.tag) == "Schema":
            fields = {name: f.get("type") for f in el
                      if _local(f.tag) == "SimpleField" and (name := f.get("name"))}
            for key in (el.get("id"), el.get("name")):
                if key:
                    schemas[key] = fields
    from zoneeditor.io.exchange.feature_limit import check_count

    placemarks = [el for el in root.iter() if _local(el.tag) == "Placemark"]
    check_count(len(placemarks), max_features)  # the parsed tree's count: exact
    out = []
    folders = _folders(root)
    for pm in placemarks:
        props: dict[str, Any] = {}
        ours = False  # our own export: every attribute is in its schema's ExtendedData
        shown: str | None = None
        for c in pm:
            tag = _local(c.tag)
            if tag == "name" and c.text:
                shown = c.text.strip()  # taken below: ExtendedData may name it too
            elif tag == "description" and c.text:
                props[tag] = _plain_text(c.text.strip())
            elif tag == "ExtendedData":
                for d in c.iter():
                    dtag = _local(d.tag)
                    if dtag == "Data" and (key := d.get("name")):
                        v = _child(d, "value")
                        props[key] = (v.text or "") if v is not None else ""
                    elif dtag == "SchemaData":
                        url = (d.get("schemaUrl") or "").lstrip("#")
                        ours = ours or url == SCHEMA_ID
                        types = schemas.get(url, {})
                        for sd in d:
                            if _local(sd.tag) == "SimpleData" and (name := sd.get("name")):
                                props[name] = _typed(sd.text or "", types.get(name))
        if "notes" in props or records.ID_FIELD in props:
            props.pop("description", None)  # our own export: notes are in ExtendedData
        if ours:
            _name_of_our_export(props, shown)
        elif shown is not None:
            props.setdefault("name", shown)  # a foreign file's ExtendedData name wins
        if not ours and folders.get(pm) and FOLDER_FIELD not in props:
            # Google Earth users sort placemarks into folders ("Government positions"):
            # the folder is what they said about them, kept as a column
            props[FOLDER_FIELD] = folders[pm]
        geom_el = next((c for c in pm if _local(c.tag) in _GEOMETRY_TAGS), None)
        geometry, issue = None, None
        if geom_el is not None:
            try:
                geometry = _to_geometry(geom_el)
            except KmlProblem as exc:
                issue = Message("its geometry cannot be read (%1)", exc.reason)
            except (ValueError, shapely.errors.GEOSException) as exc:
                from zoneeditor.io.plain_errors import plain_reason

                issue = Message("its geometry cannot be read (%1)",
                                plain_reason(exc, Message("malformed")))
        out.append({"geometry": geometry, "props": props, "issue": issue,
                    "had_z": geom_el is not None and _has_heights(geom_el)})
    return out


def _plain_text(text: str) -> str:
    """A placemark's description as text: Google Earth and ArcGIS write HTML there
    ("<b>Idlib West</b><br/>Proposed by: …"), which would show its tags in the notes.
    Line breaks and paragraphs become new lines, tags go, entities are decoded; text that
    holds no tag is kept exactly."""
    if not re.search(r"<[A-Za-z/][^>]*>", text):
        return text
    import html

    text = re.sub(r"(?i)<br\s*/?>|<(p|div|li|tr)\b[^>]*>|</(p|div|li|tr|h[1-6])\s*>", "\n",
                  text)
    text = re.sub(r"<[^>]+>", "", text)
    lines = [" ".join(line.split()) for line in html.unescape(text).splitlines()]
    return "\n".join(line for line in lines if line)


def _folders(root: ET.Element) -> dict[ET.Element, str]:
    """Each placemark's folder path ("Positions / North"), from the outermost named
    ``<Folder>`` in; a placemark outside any folder has none."""
    out: dict[ET.Element, str] = {}

    def walk(el: ET.Element, path: tuple[str, ...]) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag == "Placemark":
                if path:
                    out[child] = " / ".join(path)
            elif tag in ("Folder", "Document"):
                name = next((c.text.strip() for c in child
                             if _local(c.tag) == "name" and c.text and c.text.strip()), "")
                walk(child, (*path, name) if tag == "Folder" and name else path)

    walk(root, ())
    return out


def _has_heights(geom_el: ET.Element) -> bool:
    """Whether a placemark's coordinates carry an altitude other than 0 (Google Earth writes
    ",0" for a point on the ground; any other height is left out and counted by the reader:
    ``readers.flatten_heights``)."""
    for el in geom_el.iter():
        if _local(el.tag) != "coordinates":
            continue
        for token in (el.text or "").split():
            parts = token.split(",")
            try:
                if len(parts) >= 3 and float(parts[2]) != 0.0:
                    return True
            except ValueError:
                continue
    return False
