<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttributesPanel</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+6"/>
        <location filename="../gui/attributes_panel.py" line="+207"/>
        <source>%n features selected</source>
        <translation>
            <numerusform>%n feature selected</numerusform>
            <numerusform>%n features selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location line="+61"/>
        <location filename="../gui/conflict_text.py" line="+155"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/conflicts_panel.py" line="+266"/>
        <source>%n open conflicts in %1: it cannot be promoted or tabled until each is resolved.</source>
        <translation>
            <numerusform>%n open conflict in %1: it cannot be promoted or tabled until it is resolved.</numerusform>
            <numerusform>%n open conflicts in %1: it cannot be promoted or tabled until each is resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/conflicts_panel.py" line="+6"/>
        <source>%n more in other versions (listed below).</source>
        <translation>
            <numerusform>%n more in other versions (listed below).</numerusform>
            <numerusform>%n more in other versions (listed below).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message numerus="yes">
        <location line="+10"/>
        <location filename="../gui/diff_panel.py" line="+262"/>
        <source>%1 → %2: %n changed feature(s)</source>
        <translation>
            <numerusform>%1 → %2: %n changed feature</numerusform>
            <numerusform>%1 → %2: %n changed features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <location filename="../gui/diff_summary.py" line="+69"/>
        <source>%n smaller piece, %1</source>
        <extracomment>Pieces of land changing hands listed one by one in the summary (the rest are summed). A party&apos;s or a buffer&apos;s net change smaller than this reads as none (0.0 km² either way).</extracomment>
        <translation>
            <numerusform>%n smaller piece, %1</numerusform>
            <numerusform>%n smaller pieces, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>%n smaller piece, %1</numerusform>
            <numerusform>%n smaller pieces, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/diff_summary.py" line="+62"/>
        <source>and %n more piece from %1 to %2, %3</source>
        <translation>
            <numerusform>and %n more piece from %1 to %2, %3</numerusform>
            <numerusform>and %n more pieces from %1 to %2, %3 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n more pieces from %1 to %2, %3 in all</source>
        <translation>
            <numerusform>and %n more piece from %1 to %2, %3</numerusform>
            <numerusform>and %n more pieces from %1 to %2, %3 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffText</name>
    <message numerus="yes">
        <location line="+406"/>
        <location filename="extra_strings.py" line="+1295"/>
        <source>%n smaller piece(s), %1 in all</source>
        <translation>
            <numerusform>%n smaller piece, %1 in all</numerusform>
            <numerusform>%n smaller pieces, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%n piece(s), %1 in all</source>
        <translation>
            <numerusform>%n piece, %1 in all</numerusform>
            <numerusform>%n pieces, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>Within the tolerance of %1 (the same line): %n boundaries, %2.</source>
        <translation>
            <numerusform>Within the tolerance of %1 (the same line): %n boundary, %2.</numerusform>
            <numerusform>Within the tolerance of %1 (the same line): %n boundaries, %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location line="-403"/>
        <location filename="../gui/export_dialog.py" line="+67"/>
        <source>%n zone</source>
        <extracomment>Extensions the dialog gives its targets (a shapefile export without .zip is a folder).</extracomment>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n zones</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n line</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n point</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location line="+155"/>
        <location filename="../gui/import_dialog/words.py" line="+87"/>
        <source>Read %n file.</source>
        <extracomment>The attributes the mapping step offers, in the order shown.</extracomment>
        <translation>
            <numerusform>Read %n file.</numerusform>
            <numerusform>Read %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>Read %n files.</source>
        <translation>
            <numerusform>Read %n file.</numerusform>
            <numerusform>Read %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n zone</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n zones</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n line</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n point</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n problem needs a decision first — see Problems</source>
        <translation>
            <numerusform>%n problem needs a decision first — see Problems</numerusform>
            <numerusform>%n problems need a decision first — see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n problems need a decision first — see Problems</source>
        <translation>
            <numerusform>%n problem needs a decision first — see Problems</numerusform>
            <numerusform>%n problems need a decision first — see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+7"/>
        <source>%n file cannot be read — see Problems; nothing is imported while it is on the list</source>
        <translation>
            <numerusform>%n file cannot be read — see Problems; nothing is imported while it is on the list</numerusform>
            <numerusform>%n files cannot be read — see Problems; nothing is imported while they are on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n files cannot be read — see Problems; nothing is imported while they are on the list</source>
        <translation>
            <numerusform>%n file cannot be read — see Problems; nothing is imported while it is on the list</numerusform>
            <numerusform>%n files cannot be read — see Problems; nothing is imported while they are on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+8"/>
        <source>%n repair offered</source>
        <translation>
            <numerusform>%n repair offered</numerusform>
            <numerusform>%n repairs offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n repairs offered</source>
        <translation>
            <numerusform>%n repair offered</numerusform>
            <numerusform>%n repairs offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+24"/>
        <source>%n feature left out: %1 — see Problems</source>
        <translation>
            <numerusform>%n feature left out: %1 — see Problems</numerusform>
            <numerusform>%n features left out: %1 — see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n features left out: %1 — see Problems</source>
        <translation>
            <numerusform>%n feature left out: %1 — see Problems</numerusform>
            <numerusform>%n features left out: %1 — see Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+10"/>
        <source>%n feature left out (%1)</source>
        <translation>
            <numerusform>%n feature left out (%1)</numerusform>
            <numerusform>%n features left out (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n features left out (%1)</source>
        <translation>
            <numerusform>%n feature left out (%1)</numerusform>
            <numerusform>%n features left out (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+9"/>
        <source>%n new party: %1 — see Party and status values</source>
        <translation>
            <numerusform>%n new party: %1 — see Party and status values</numerusform>
            <numerusform>%n new parties: %1 — see Party and status values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n new parties: %1 — see Party and status values</source>
        <translation>
            <numerusform>%n new party: %1 — see Party and status values</numerusform>
            <numerusform>%n new parties: %1 — see Party and status values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Locator</name>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../gui/locator.py" line="+195"/>
        <source>%n found; Enter shows the first.</source>
        <translation>
            <numerusform>%n found; Enter shows it.</numerusform>
            <numerusform>%n found; Enter shows the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n taken from ours</source>
        <translation>
            <numerusform>%n taken from ours</numerusform>
            <numerusform>%n taken from ours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n from theirs</source>
        <translation>
            <numerusform>%n from theirs</numerusform>
            <numerusform>%n from theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n combined</source>
        <translation>
            <numerusform>%n combined</numerusform>
            <numerusform>%n combined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n within one geometry)</source>
        <translation>
            <numerusform>(%n within one geometry)</numerusform>
            <numerusform>(%n within one geometry)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed alike on both</source>
        <translation>
            <numerusform>%n changed alike on both</numerusform>
            <numerusform>%n changed alike on both</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+88"/>
        <source>%n conflict</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../gui/print_dialog.py" line="+322"/>
        <source>of %n, scale %1</source>
        <translation>
            <numerusform>of %n, scale %1</numerusform>
            <numerusform>of %n, scale %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message numerus="yes">
        <location line="+142"/>
        <source>and %n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>and %n smaller piece, %1</numerusform>
            <numerusform>and %n smaller pieces, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location line="-46"/>
        <location filename="../gui/tool_problems_panel.py" line="+110"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%n problem in %1</numerusform>
            <numerusform>%n problems in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/tool_problems_panel.py" line="+8"/>
        <source>%n problem(s) in %1; zones overlapping: %2</source>
        <translation>
            <numerusform>%n problem in %1; zones overlapping: %2</numerusform>
            <numerusform>%n problems in %1; zones overlapping: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
        <location line="-64"/>
        <location filename="../gui/recovery_dialog.py" line="+219"/>
        <source>%n steps, restored with the project</source>
        <translation>
            <numerusform>%n step, restored with the project</numerusform>
            <numerusform>%n steps, restored with the project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/recovery_dialog.py" line="+51"/>
        <source>Recovered %n unsaved edits of %1 — save to keep them</source>
        <extracomment>A recovery dialog is at least this many average characters wide: its text reads in lines. How long the status bar says what a recovery brought back (ms): longer than a passing message, as it asks for a save.</extracomment>
        <translation>
            <numerusform>Recovered %n unsaved edit of %1 — save to keep it</numerusform>
            <numerusform>Recovered %n unsaved edits of %1 — save to keep them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepMessages</name>
    <message numerus="yes">
        <location line="+24"/>
        <location filename="../gui/statusbar.py" line="+125"/>
        <source>Deleted %n features</source>
        <translation>
            <numerusform>Deleted %n feature</numerusform>
            <numerusform>Deleted %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location line="+14"/>
        <location filename="../gui/sync_status.py" line="+53"/>
        <source>%n conflict</source>
        <extracomment>How often the server is asked while a working copy is open (ms). Quiet time after the last edit before the local count is redone (ms).</extracomment>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_status.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to receive</source>
        <translation>
            <numerusform>%n to receive</numerusform>
            <numerusform>%n to receive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>%n new version(s) received: %1</source>
        <translation type="vanished">
            <numerusform>%n new version received: %1</numerusform>
            <numerusform>%n new versions received: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <location filename="../gui/sync_action.py" line="+292"/>
        <source>Synced: %n version(s) newly shared with you (%1), %2 sent</source>
        <translation>
            <numerusform>Synced: %n version newly shared with you (%1), %2 sent</numerusform>
            <numerusform>Synced: %n versions newly shared with you (%1), %2 sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+6"/>
        <source>%n version(s) newly shared with you: %1</source>
        <translation>
            <numerusform>%n version newly shared with you: %1</numerusform>
            <numerusform>%n versions newly shared with you: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+8"/>
        <source>%n change(s) refused by the server, kept here</source>
        <translation>
            <numerusform>%n change refused by the server, kept here</numerusform>
            <numerusform>%n changes refused by the server, kept here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+3"/>
        <source>%n change(s) your role may not make on the server, kept here</source>
        <translation>
            <numerusform>%n change your role may not make on the server, kept here</numerusform>
            <numerusform>%n changes your role may not make on the server, kept here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolMessages</name>
    <message numerus="yes">
        <location line="+113"/>
        <location filename="extra_strings.py" line="-174"/>
        <source>the heights (Z) were left out of %n feature(s): zones, lines and points are kept on the ground, by longitude and latitude</source>
        <translation>
            <numerusform>the heights (Z) were left out of %n feature: zones, lines and points are kept on the ground, by longitude and latitude</numerusform>
            <numerusform>the heights (Z) were left out of %n features: zones, lines and points are kept on the ground, by longitude and latitude</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Inserted a vertex in %n feature(s)</source>
        <translation>
            <numerusform>Inserted a vertex in %n feature</numerusform>
            <numerusform>Inserted a vertex in %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>%1 and %n more column(s)</source>
        <translation>
            <numerusform>%1 and %n more column</numerusform>
            <numerusform>%1 and %n more columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>kept from %1 for %n matched feature(s): %2, which the files have no column for (a missing column empties nothing; an empty value in a column does)</source>
        <translation>
            <numerusform>kept from %1 for %n matched feature: %2, which the files have no column for (a missing column empties nothing; an empty value in a column does)</numerusform>
            <numerusform>kept from %1 for %n matched features: %2, which the files have no column for (a missing column empties nothing; an empty value in a column does)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>a ring has %n position(s) in the file (at least 4 are needed: three corners and the first repeated at the end)</source>
        <translation>
            <numerusform>a ring has %n position in the file (at least 4 are needed: three corners and the first repeated at the end)</numerusform>
            <numerusform>a ring has %n positions in the file (at least 4 are needed: three corners and the first repeated at the end)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Deleted a vertex of %n feature(s)</source>
        <translation>
            <numerusform>Deleted a vertex of %n feature</numerusform>
            <numerusform>Deleted a vertex of %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>has the name of %n other zone(s): a comparison cannot pair them by name</source>
        <translation>
            <numerusform>has the name of %n other zone: a comparison cannot pair them by name</numerusform>
            <numerusform>has the name of %n other zones: a comparison cannot pair them by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>has the code %1 (%2) of %n other feature(s): a comparison cannot pair them by code</source>
        <translation>
            <numerusform>has the code %1 (%2) of %n other feature: a comparison cannot pair them by code</numerusform>
            <numerusform>has the code %1 (%2) of %n other features: a comparison cannot pair them by code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%n text value(s) cannot be written as %1: %2 — %3</source>
        <translation>
            <numerusform>%n text value cannot be written as %1: %2 — %3</numerusform>
            <numerusform>%n text values cannot be written as %1: %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%n text value(s) cannot be written as %1: %2</source>
        <translation>
            <numerusform>%n text value cannot be written as %1: %2</numerusform>
            <numerusform>%n text values cannot be written as %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has %n feature(s) with open merge conflicts; resolve them before merging it again</source>
        <translation>
            <numerusform>%1 still has %n feature with open merge conflicts; resolve them before merging it again</numerusform>
            <numerusform>%1 still has %n features with open merge conflicts; resolve them before merging it again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n page(s); page %1 does not exist</source>
        <translation>
            <numerusform>it has %n page; page %1 does not exist</numerusform>
            <numerusform>it has %n pages; page %1 does not exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 has %n unsaved edit(s) from a session that ended unexpectedly (last edit %2)</source>
        <translation>
            <numerusform>%1 has %n unsaved edit from a session that ended unexpectedly (last edit %2)</numerusform>
            <numerusform>%1 has %n unsaved edits from a session that ended unexpectedly (last edit %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has open merge conflicts on %n feature(s): resolve them before making it the baseline</source>
        <translation>
            <numerusform>%1 still has open merge conflicts on %n feature: resolve them before making it the baseline</numerusform>
            <numerusform>%1 still has open merge conflicts on %n features: resolve them before making it the baseline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open conflict(s) from the team sync: decide them with %2 or %3 (or in the Conflicts panel of the window), then table it</source>
        <translation>
            <numerusform>%1 has %n open conflict from the team sync: decide them with %2 or %3 (or in the Conflicts panel of the window), then table it</numerusform>
            <numerusform>%1 has %n open conflicts from the team sync: decide them with %2 or %3 (or in the Conflicts panel of the window), then table it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open merge conflict(s): resolve them in the Conflicts panel of the window, then table it</source>
        <translation>
            <numerusform>%1 has %n open merge conflict: resolve them in the Conflicts panel of the window, then table it</numerusform>
            <numerusform>%1 has %n open merge conflicts: resolve them in the Conflicts panel of the window, then table it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 and %n feature(s) changed with it: the server refused this change (%2); it stays here until the server allows it or you discard it</source>
        <translation>
            <numerusform>%1 and %n feature changed with it: the server refused this change (%2); it stays here until the server allows it or you discard it</numerusform>
            <numerusform>%1 and %n features changed with it: the server refused this change (%2); it stays here until the server allows it or you discard it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+6"/>
        <source>%1 has %n feature(s): a comparison takes at most %2 in each version</source>
        <translation>
            <numerusform>%1 has %n feature: a comparison takes at most %2 in each version</numerusform>
            <numerusform>%1 has %n features: a comparison takes at most %2 in each version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 has %n feature(s): comparing them may take minutes</source>
        <translation>
            <numerusform>%1 has %n feature: comparing them may take minutes</numerusform>
            <numerusform>%1 has %n features: comparing them may take minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n feature(s); at most %1 can be read here</source>
        <translation>
            <numerusform>it has %n feature; at most %1 can be read here</numerusform>
            <numerusform>it has %n features; at most %1 can be read here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionMenu</name>
    <message numerus="yes">
        <location line="-91"/>
        <location filename="../gui/version_menu.py" line="+272"/>
        <source>Delete the proposal %1 and its %n feature(s)?</source>
        <translation>
            <numerusform>Delete the proposal %1 and its %n feature?</numerusform>
            <numerusform>Delete the proposal %1 and its %n features?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/version_menu.py" line="+39"/>
        <source>%n feature(s) marked proposed will be marked agreed.</source>
        <translation>
            <numerusform>%n feature marked proposed will be marked agreed.</numerusform>
            <numerusform>%n features marked proposed will be marked agreed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/version_menu.py" line="+3"/>
        <source>%n disputed feature(s) stay disputed.</source>
        <translation>
            <numerusform>%n disputed feature stays disputed.</numerusform>
            <numerusform>%n disputed features stay disputed.</numerusform>
        </translation>
    </message>
</context>
</TS>
