"""What an exported file says about the version it holds: its name and fingerprint.

A recipient opening a KML in Google Earth or a GeoJSON in a text editor must tell "Proposal
B" from the agreed lines: an outside tester found only the project's title in a KML's
``<Document><name>`` and neither name nor fingerprint in a GeoJSON (``grep -c "Proposal B"``
found nothing in either). The words are the file's, in English like its column names: the
file is read by the other party, whatever the language of the exporter's window.
"""

from __future__ import annotations

from collections.abc import Sequence

from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.model import Version


def version_line(version: Version) -> str:
    """'"Proposal B", fingerprint 28E8-62E2-AD83': the version's name and the short form of
    its fingerprint, as ``zoneeditor info`` and a printed map give it."""
    return f'"{version.name}", fingerprint {short(fingerprint(version))}'


def file_name(title: str, versions: Sequence[Version]) -> str:
    """The name a file gives itself: "Proposal B — <project title>" for one version (the
    version first: a list of files cut at its width still shows it), the title for several
    (each version then has a folder of its own name)."""
    if len(versions) == 1:
        return f"{versions[0].name} — {title}" if title else versions[0].name
    return title


def file_description(title: str, versions: Sequence[Version]) -> str:
    """What a file holds, one sentence: 'Version "Proposal B", fingerprint 28E8-62E2-AD83,
    of "<title>" (exported by zoneeditor)'."""
    held = "; ".join(version_line(v) for v in versions)
    kind = "Version" if len(versions) == 1 else "Versions"
    of = f', of "{title}"' if title else ""
    return f"{kind} {held}{of} (exported by zoneeditor)"
