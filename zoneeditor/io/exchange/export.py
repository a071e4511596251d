"""Export versions for other parties: plan, write into a private folder, verify, move.

Nothing the user sees is touched until the new files are complete and have been read back
and compared (verify.py): files are written into a private folder beside the target (the
same file system, so the final rename is atomic per file), then moved into place. A
shapefile set can be zipped instead.
"""

from __future__ import annotations

import contextlib
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zoneeditor.core.errors import WriteError
from zoneeditor.core.file_names import typed_stem
from zoneeditor.core.messages import Message, joined
from zoneeditor.core.model import Feature, LayerKind, Project, Version
from zoneeditor.io import write_errors
from zoneeditor.io.atomic import (
    discard_staging,
    fsync_path,
    move_into_place,
    remove_leftovers,
    staging_prefix,
)
from zoneeditor.io.exchange import records, shapefile
from zoneeditor.io.exchange.fields import changed_names
from zoneeditor.io.exchange.verify import differences
from zoneeditor.io.fiona_strays import collect_strays

#: Formats offered, with the name shown to users and the usual file extension.
FORMATS = {
    "shp": ("ESRI Shapefile", ""),
    "gpkg": ("GeoPackage", ".gpkg"),
    "geojson": ("GeoJSON (RFC 7946)", ".geojson"),
    "kml": ("KML (Google Earth)", ".kml"),
}

Progress = Callable[[str], None]


@dataclass
class ExportPlan:
    """What an export will write: target, file names, renamed shapefile fields, warnings."""

    fmt: str
    target: Path
    versions: list[str]
    files: list[str] = field(default_factory=list)
    field_names: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    zipped: bool = False
    encoding: str = "utf-8"
    omit_unencodable: bool = False
    #: Per shapefile, the fields left out because the encoding cannot hold their text
    #: (field -> number of values), when ``omit_unencodable``.
    omitted: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass
class ExportReport:
    """A finished, verified export."""

    plan: ExportPlan
    written: list[Path]
    counts: dict[str, int]
    checks: list[str]

    def places(self) -> list[str]:
        """Where the export went, as the files written are called: a shapefile export's
        ``.shp`` files (``cp/propB_zones.shp``..., never the ``cp/propB.shp`` the user
        named, which does not exist), else the one file (a zip, a GeoPackage...)."""
        if self.plan.fmt == "shp" and not self.plan.zipped:
            return [str(p) for p in self.written if p.suffix.lower() == ".shp"]
        return [str(self.plan.target)]

    def summary(self) -> str:
        """One line for the terminal (the window words its own, with plural forms)."""
        what = ", ".join(f"{n} {k}" for k, n in self.counts.items() if n)
        kind = FORMATS[self.plan.fmt][0]
        if self.plan.fmt == "shp" and not self.plan.zipped:
            kind += ", each with its .shx, .dbf, .prj, .cpg and .fields.json"
        return (f"exported {what or 'nothing'} to {', '.join(self.places())} "
                f"({kind}); read back and verified")


def _select(project: Project, names: Sequence[str]) -> list[Version]:
    return [project.version(n) for n in names]


def plan_export(project: Project, versions: Sequence[str], fmt: str, out: Path | str,
                encoding: str = "utf-8", zipped: bool = False,
                omit_unencodable: bool = False) -> ExportPlan:
    """Work out the files an export would write, and what the user should know first.

    ``omit_unencodable`` (shapefiles in an 8-bit encoding) leaves out, per layer, the fields
    holding text the encoding cannot store; ``plan.omitted`` says which.
    """
    if fmt not in FORMATS:
        raise WriteError(str(out), Message("unknown format %1 (choose %2)", repr(fmt),
                                           ", ".join(FORMATS)))
    out = Path(out)
    chosen = _select(project, versions or [project.agreed.name])
    plan = ExportPlan(fmt, out, [v.name for v in chosen], zipped=zipped, encoding=encoding,
                      omit_unencodable=omit_unencodable and fmt == "shp")
    if zipped and fmt != "shp":
        plan.problems.append(Message("only shapefile sets are zipped; the other formats are "
                                     "one file"))
    if fmt == "geojson" and len(chosen) > 1:
        plan.problems.append(Message("a GeoJSON file holds one version; export them one at a "
                                     "time"))
    if fmt == "shp":
        if zipped and out.suffix.lower() != ".zip":
            plan.target = out.with_name(out.name + ".zip")
        prefixes = _set_prefixes(plan.target, chosen, zipped)
        for v in chosen:
            prefix = prefixes[v.name]
            for layer in LayerKind:
                feats = v.layer(layer)
                if not feats:
                    continue
                name = f"{prefix}_{layer.value}.shp"
                plan.files.append(name)
                omitted: dict[str, int] = {}
                if plan.omit_unencodable:
                    omitted = shapefile.unencodable_fields(feats, encoding)
                    omitted.pop(records.ID_FIELD, None)  # ids are never left out
                    if omitted:
                        plan.omitted[name] = omitted
                        feats = shapefile.omit_fields(feats, set(omitted))
                renamed = changed_names(shapefile.layer_field_names(feats, encoding))
                if renamed:
                    plan.field_names[name] = renamed
                plan.problems += shapefile.check_encodable(feats, encoding)
        if not plan.omit_unencodable:
            advice = shapefile.encoding_advice([f for v in chosen for f in v], encoding)
            if advice:
                plan.problems.append(advice)
    else:
        if out.suffix.lower() != FORMATS[fmt][1]:
            plan.problems.append(Message("the file name should end in %1", FORMATS[fmt][1]))
        plan.files.append(out.name)
    if not any(len(v) for v in chosen):
        plan.problems.append(Message("there is nothing to export: the version has no "
                                     "features"))
    return plan


def _set_prefixes(target: Path, versions: Sequence[Version], zipped: bool) -> dict[str, str]:
    """The shapefile sets' names for ``target``: after the file the user named, spelt as
    they typed it (``propB.shp`` -> ``propB_zones.shp``, ``core.file_names.typed_stem``),
    else, in a folder, after each version (``shapefile.set_prefixes``)."""
    named = zipped or target.suffix.lower() == ".shp"
    return shapefile.set_prefixes(versions,
                                  (typed_stem(target.stem) or "export") if named else None)


def _expected(versions: Sequence[Version]) -> list[Feature]:
    return [f for v in versions for layer in LayerKind for f in v.layer(layer)]


def _verify(plan: ExportPlan, project: Project, staged: Path, files: list[Path],
            progress: Progress) -> list[str]:
    """Read every staged file back and compare; WriteError naming differences."""
    from zoneeditor.io.exchange.gpkg import layer_names
    from zoneeditor.io.exchange.read_terms import ReadOptions
    from zoneeditor.io.sandbox import read_trusted

    versions = _select(project, plan.versions)
    checks: list[str] = []
    jobs: list[tuple[Path, list[str] | None, list[Feature], str]] = []
    if plan.fmt == "shp":
        shps = {p.name: p for p in files if p.suffix == ".shp"}
        prefixes = _set_prefixes(plan.target, versions, plan.zipped)
        for v in versions:
            prefix = prefixes[v.name]
            for layer in LayerKind:
                if v.layer(layer):
                    name = f"{prefix}_{layer.value}.shp"
                    expected = shapefile.omit_fields(v.layer(layer),
                                                     set(plan.omitted.get(name, {})))
                    jobs.append((shps[name], None, expected, name))
    elif plan.fmt == "gpkg":
        names = layer_names(versions)
        for v in versions:
            for layer in LayerKind:
                if v.layer(layer):
                    table = names[(v.name, layer)]
                    jobs.append((staged, [table], v.layer(layer), Message("layer %1", table)))
    else:
        jobs.append((staged, None, _expected(versions), staged.name))
    for path, layers, expected, what in jobs:
        progress(Message("Verifying %1…", what))
        try:
            raw = read_trusted(path, ReadOptions(layers=layers, encoding=None))
        except Exception as exc:
            from zoneeditor.io.plain_errors import plain_reason

            raise WriteError(str(plan.target), Message(
                "the file written cannot be read back (%1); nothing was replaced",
                plain_reason(exc))) from exc
        got = [r for layer in raw.layers for r in layer.records]
        diffs = differences(expected, got)
        if diffs:
            raise WriteError(str(plan.target), Message(
                "read-back check failed for %1: %2; nothing was replaced", what, joined(diffs)))
        checks.append(Message("%1: %2 features read back; ids, geometry and attributes match",
                              what, len(expected)))
    return checks


def export_versions(project: Project, versions: Sequence[str], fmt: str, out: Path | str,
                    encoding: str = "utf-8", zipped: bool = False,
                    progress: Progress | None = None,
                    omit_unencodable: bool = False) -> ExportReport:
    """Export ``versions`` of ``project`` as ``fmt`` to ``out``; verified before it counts.

    ``out`` is a folder or ``NAME.shp`` for shapefiles (``NAME.zip`` with ``zipped``) and
    the file for the other formats. WriteError (previous files untouched) on any problem.
    """
    progress = progress or (lambda _msg: None)
    plan = plan_export(project, versions, fmt, out, encoding, zipped, omit_unencodable)
    if plan.problems:
        shown = plan.problems[:3]
        if len(plan.problems) > 3:
            shown.append(Message("and %1 more", len(plan.problems) - 3))
            if plan.problems[-1].startswith("fields with text"):
                shown.append(plan.problems[-1])  # the advice always reaches the user
        raise WriteError(str(plan.target), joined(shown))
    chosen = _select(project, plan.versions)
    final_dir = plan.target if fmt == "shp" and not zipped and plan.target.suffix == "" \
        else plan.target.parent
    try:
        final_dir.mkdir(parents=True, exist_ok=True)
        remove_leftovers(final_dir)  # what an export killed here before left behind
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(), dir=final_dir))
    except OSError as exc:
        raise WriteError(str(plan.target), write_errors.explain(
            exc, plan.target, kept=write_errors.NOTHING_REPLACED)) from exc
    try:
        written, checks = _write_and_verify(plan, project, chosen, staging, progress)
        progress(Message("Moving files into place…"))
        moved = move_into_place(written, final_dir)  # never a mix of old and new files
    except WriteError:
        raise
    except Exception as exc:  # GDAL and the OS fail in many ways; all mean "not written"
        raise WriteError(str(plan.target), write_errors.explain(
            exc, staging, kept=write_errors.NOTHING_REPLACED)) from exc
    finally:
        discard_staging(staging)
    counts = {layer.value: sum(len(v.layer(layer)) for v in chosen) for layer in LayerKind}
    return ExportReport(plan, moved, counts, checks)


def _write_and_verify(plan: ExportPlan, project: Project, chosen: list[Version],
                      staging: Path, progress: Progress) -> tuple[list[Path], list[str]]:
    from zoneeditor.io.exchange.geojson import write_geojson
    from zoneeditor.io.exchange.gpkg import write_gpkg
    from zoneeditor.io.exchange.kml import write_kml

    progress(Message("Writing %1…", FORMATS[plan.fmt][0]))
    collect_strays()  # io.fiona_strays: no abandoned collection closes our GDAL env
    if plan.fmt == "shp":
        files = shapefile.write_shapefiles(chosen, staging,
                                           _set_prefixes(plan.target, chosen, plan.zipped),
                                           plan.encoding, plan.omit_unencodable)
        checks = _verify(plan, project, staging, files, progress)
        if plan.zipped:
            progress(Message("Zipping…"))
            archive = staging / plan.target.name
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
                for p in files:
                    zf.write(p, p.name)
            with zipfile.ZipFile(archive) as zf:
                bad = zf.testzip()
                if bad is not None or len(zf.namelist()) != len(files):
                    raise WriteError(str(plan.target), Message("the zip written is damaged"))
            checks.append(Message("%1: %2 files, CRC checked", archive.name, len(files)))
            files = [archive]
    else:
        target = staging / plan.target.name
        if plan.fmt == "gpkg":
            files = write_gpkg(chosen, target)
        elif plan.fmt == "geojson":
            files = write_geojson(chosen[0], target, project.meta.title)
        else:
            files = write_kml(chosen, project.meta, target)
        checks = _verify(plan, project, target, files, progress)
    for p in files:
        with contextlib.suppress(OSError):
            fsync_path(p)
    return files, checks
