"""Which ``--map`` would have compared (or imported) what a file's columns hold: the
sentences ``zoneeditor diff`` and ``import`` say beside their output, for the columns
``core.column_guess.suggested_maps`` finds by their values."""

from __future__ import annotations

from zoneeditor.core.diff_words import ENGLISH, ReportWords

#: The sentence for a column found to hold each target's values: %1 the file, %2 the
#: column, %3 the option to add (listed for translation in ``i18n.extra_strings``).
HINTS = {
    "party": "%1: its column %2 holds the other side's parties; to compare them, add %3",
    "status": "%1: its column %2 holds the other side's statuses; to compare them, add %3",
    "kind": "%1: its column %2 holds the other side's kinds of feature; to compare them, "
            "add %3",
    "id": "%1: its column %2 holds the other side's ids; to pair the features by them, "
          "add %3",
}


#: The same for ``zoneeditor import``, whose other side is the project imported into.
IMPORT_HINTS = {
    "party": "%1: its column %2 holds the project's parties; to import them as such, add %3",
    "status": "%1: its column %2 holds the project's statuses; to import them as such, "
              "add %3",
    "kind": "%1: its column %2 holds the project's kinds of feature; to import them as such, "
            "add %3",
    "id": "%1: its column %2 holds the ids of the project's features; to keep them as the "
          "features' ids, add %3",
}


def map_hints(name: str, option: str, maps: dict[str, str],
              words: ReportWords = ENGLISH, sentences: dict[str, str] = HINTS) -> list[str]:
    """One sentence per column of ``maps`` (``suggested_maps``) of the file ``name``, to be
    mapped with the command's ``option`` ("--map-new" for diff's NEW input, "--map" for
    import), in ``words``' language: "x.shp: its column camp holds the other side's
    parties; to compare them, add --map-new party=camp" (``sentences``: ``HINTS``, or
    ``IMPORT_HINTS`` for import)."""
    return [words.say(sentences[target], words.name(name), words.name(column),
                      words.name(f"{option} {target}={column}"))
            for target, column in maps.items()]


__all__ = ["HINTS", "IMPORT_HINTS", "map_hints"]
