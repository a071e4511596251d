<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <location filename="../render/print_titleblock.py" line="+126"/>
        <source>PrintLayout</source>
        <comment>The QR code holds the full SHA-256.</comment>
        <translation>PrintLayout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PrintLayout</source>
        <comment>Two sheets show the same content if and only if their fingerprints match.</comment>
        <translation>PrintLayout</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../gui/app.py" line="+119"/>
        <source>Cannot open project</source>
        <extracomment>Qt&apos;s own command-line options that take a value (``-geometry 800x600``): they must not be mistaken for the project PATH.</extracomment>
        <translation>يتعذر فتح المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>تعذر فتح الملف %1.

%2</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <location filename="../gui/attributes_panel.py" line="+69"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unset)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing selected. Click a feature on the map.</source>
        <translation>لا شيء محدد. انقر عنصرًا على الخريطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n features selected</source>
        <translation>
            <numerusform>لم يُحدد أي عنصر</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%n عناصر محددة</numerusform>
            <numerusform>%n عنصرًا محددًا</numerusform>
            <numerusform>%n عنصر محدد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(several values)</source>
        <translation>(قيم متعددة)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locked: unlock the layer or the agreed baseline in Layers to edit.</source>
        <translation>مقفل: افتح قفل الطبقة أو الأساس المتفق عليه في «الطبقات» للتعديل.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit %1 of %2 features</source>
        <translation>تعديل %1 من %2 عنصرًا</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <location filename="../gui/tool_buffer_dialog.py" line="+31"/>
        <source>Buffer security zone</source>
        <extracomment>Width offered the first time (km): the 2017 memoranda spoke of a few km.</extracomment>
        <translation>منطقة عازلة أمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone around “%1”.
Left and right as seen walking the line from its first vertex to its last.</source>
        <translation>منطقة عازلة حول «%1».
اليسار واليمين كما يراهما من يسير على الخط من رأسه الأول إلى الأخير.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same width on both sides</source>
        <translation>العرض نفسه على الجانبين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Width on the left (km):</source>
        <translation>العرض على اليسار (كم):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width on the right (km):</source>
        <translation>العرض على اليمين (كم):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> km</source>
        <translation> كم</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <location filename="../gui/tool_coords.py" line="+37"/>
        <source>Next vertex: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</source>
        <extracomment>Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation>الرأس التالي: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (33.51, 36.29) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: 33°30&apos;36&quot;N 36°17&apos;29&quot;E or 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Bearing (degrees from true north) and distance from the last vertex: @45 2.5km (km, m or nm).</source>
        <translation>اكتب الرأس التالي واضغط Return (Ctrl+L أو Tab للوصول إلى هنا).
الدرجات العشرية: خط العرض أولًا (33.51, 36.29) ما لم تحدد الأحرف N/S/E/W غير ذلك.
الدرجات والدقائق والثواني: 33°30&apos;36&quot;N 36°17&apos;29&quot;E أو 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
الاتجاه (بالدرجات من الشمال الحقيقي) والمسافة من الرأس الأخير: @45 2.5km (km أو m أو nm).</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+31"/>
        <source>Area gained</source>
        <translation>مساحة مكتسبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area lost</source>
        <translation>مساحة مفقودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between old and new line</source>
        <translation>بين الخط القديم والجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary before (dashed)</source>
        <translation>الحدود السابقة (متقطعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest shift</source>
        <translation>أكبر إزاحة</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <location filename="../gui/diff_panel.py" line="+158"/>
        <location line="+325"/>
        <source>Changes</source>
        <extracomment>Emitted (from any thread) when a computation finished: (generation, report or error). Emitted on the UI thread when a new report is shown.</extracomment>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>List unchanged features too</source>
        <translation>اعرض العناصر غير المتغيرة أيضًا</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot compare these versions: %1</source>
        <translation>تتعذر مقارنة هاتين النسختين: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 → %2: %3 changed features</source>
        <translation>من %1 إلى %2: عدد العناصر المتغيرة %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 hold the same map content</source>
        <translation>%1 و%2 تحملان المحتوى نفسه على الخريطة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: من %2 إلى %3 (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>near %1</source>
        <translation>قرب %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 تنتقل من %3 إلى %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no party</source>
        <translation>بلا طرف</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show &amp;changes on map</source>
        <translation>إظهار الت&amp;غييرات على الخريطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation>تظليل الأرض المكتسبة والمفقودة مقارنة بالنسخة المقارَنة، ورسم الحدود القديمة بخط متقطع، وتسمية أكبر الإزاحات</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <location line="-421"/>
        <source>Feature</source>
        <extracomment>Quiet time after the last edit before the diff is recomputed (typing, dragging). How long a clicked change flashes, and how fast.</extracomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gained km²</source>
        <translation>المكتسب (كم²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost km²</source>
        <translation>المفقود (كم²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max shift km</source>
        <translation>أقصى إزاحة (كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area before km²</source>
        <translation>المساحة قبل (كم²)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area after km²</source>
        <translation>المساحة بعد (كم²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>تغيّرت الخصائص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>نقطة</translation>
    </message>
</context>
<context>
    <name>EditingManager</name>
    <message>
        <location filename="../gui/tool_manager.py" line="+49"/>
        <source>Problems</source>
        <extracomment>How long a refused edit&apos;s location stays marked (ms).</extracomment>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Snapping</source>
        <translation>ال&amp;التقاط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snap to vertices and borders within 10 pixels (hold Ctrl to suspend while clicking)</source>
        <translation>الالتقاط إلى الرؤوس والحدود ضمن 10 بكسل (اضغط Ctrl مع النقر لإيقافه مؤقتًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avoid overlap with other parties</source>
        <translation>&amp;تجنب التداخل مع الأطراف الأخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clip new zones against zones of other parties</source>
        <translation>قص المناطق الجديدة عند مناطق الأطراف الأخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &amp;coordinates…</source>
        <translation>كتابة الإ&amp;حداثيات…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapping on</source>
        <translation>الالتقاط مفعّل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapping off</source>
        <translation>الالتقاط متوقف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New zones are clipped against other parties&apos; zones</source>
        <translation>تُقص المناطق الجديدة عند مناطق الأطراف الأخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New zones may overlap other parties&apos; zones</source>
        <translation>يمكن أن تتداخل المناطق الجديدة مع مناطق الأطراف الأخرى</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Centred on %1 (choose a drawing tool to add a vertex there)</source>
        <translation>تم التوسيط على %1 (اختر أداة رسم لإضافة رأس هناك)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+54"/>
        <location line="+52"/>
        <source>Export</source>
        <extracomment>Emitted after a verified export, with its one-line summary.</extracomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8 (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1256 (Arabic, for old readers)</source>
        <translation>Windows-1256 (عربي، للبرامج القديمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack the shapefiles into one .zip</source>
        <translation>ضم ملفات Shapefile في ملف .zip واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions:</source>
        <translation>النسخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shapefile text:</source>
        <translation>نص ملفات Shapefile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full field name</source>
        <translation>الاسم الكامل للحقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be written (shapefile field names are at most 10 characters; the full names are saved beside the files in .fields.json):</source>
        <translation>سيُكتب (أسماء حقول Shapefile لا تتجاوز 10 أحرف؛ تُحفظ الأسماء الكاملة بجانب الملفات في .fields.json):</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Folder for the shapefiles</source>
        <translation>مجلد ملفات Shapefile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one version.</source>
        <translation>حدد نسخة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save.</source>
        <translation>اختر مكان الحفظ.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing was exported; existing files are unchanged.</source>
        <translation>لم يُصدَّر شيء؛ الملفات الموجودة لم تتغير.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-32"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export shapefiles, GeoPackage, GeoJSON or KML for another party</source>
        <translation>تصدير ملفات Shapefile أو GeoPackage أو GeoJSON أو KML لطرف آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../gui/extensions.py" line="+44"/>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation>تعذر تحميل بعض الميزات: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="+43"/>
        <source>Opened project</source>
        <translation>المشروع المفتوح</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gui/import_dialog.py" line="+88"/>
        <location line="+73"/>
        <source>Import</source>
        <extracomment>Emitted after an import was pushed on the history, with its label.</extracomment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Into the agreed baseline</source>
        <translation>إلى الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a new proposal named:</source>
        <translation>كمقترح جديد باسم:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file, e.g. EPSG:32637</source>
        <translation>من الملف، مثل EPSG:32637</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file gives latitude, longitude (swap them)</source>
        <translation>الملف يعطي خط العرض ثم خط الطول (بدّلهما)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the offered repairs of invalid shapes</source>
        <translation>قبول الإصلاحات المقترحة للأشكال غير الصالحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding:</source>
        <translation>ترميز النص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system:</source>
        <translation>نظام الإحداثيات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check again</source>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Files (shapefile, zip, GeoPackage, GeoJSON, KML):</source>
        <translation>الملفات (shapefile أو zip أو GeoPackage أو GeoJSON أو KML):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Imported %1</source>
        <translation>تم استيراد %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot be read: %1</source>
        <translation>تتعذر قراءته: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file; nothing was changed</source>
        <translation>تحقق من الملف؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>check the file; the editor is unaffected</source>
        <translation type="vanished">تحقق من الملف؛ المحرر لم يتأثر</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read %1 file(s).</source>
        <translation>تمت قراءة %1 ملف(ات).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2; coordinates %3; text %4</source>
        <translation>%1: %2؛ الإحداثيات %3؛ النص %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no features</source>
        <translation>لا عناصر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tick &quot;swap them&quot; above, or fix the source file</source>
        <translation>حدد «بدّلهما» أعلاه، أو أصلح الملف المصدر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair offered: tick &quot;Accept the offered repairs&quot;</source>
        <translation>إصلاح مقترح: حدد «قبول الإصلاحات المقترحة»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the coordinate system above, e.g. EPSG:32637</source>
        <translation>أدخل نظام الإحداثيات أعلاه، مثل EPSG:32637</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose another text encoding above if names look wrong</source>
        <translation>اختر ترميز نص آخر أعلاه إذا بدت الأسماء خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the text encoding %1 above</source>
        <translation>اختر ترميز النص %1 أعلاه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read the text as %1</source>
        <translation>اقرأ النص بترميز %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 zones, %2 lines, %3 points to import</source>
        <translation>للاستيراد: %1 مناطق، %2 خطوط، %3 نقاط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 problem(s) need a decision first</source>
        <translation>مشكلات تحتاج إلى قرار أولًا: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 repair(s) offered</source>
        <translation>إصلاحات مقترحة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agreed baseline is locked (unlock it in the Layers panel, or import as a proposal)</source>
        <translation>الأساس المتفق عليه مقفل (افتح قفله في لوحة الطبقات، أو استورد كمقترح)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation>استيراد ملفات Shapefile أو GeoPackage أو GeoJSON أو KML من طرف آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../gui/layers_panel.py" line="+33"/>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+108"/>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Move the layer up (drawn above the others)</source>
        <translation>نقل الطبقة إلى أعلى (تُرسم فوق غيرها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the layer down</source>
        <translation>نقل الطبقة إلى أسفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed baseline locked</source>
        <translation>الأساس المتفق عليه مقفل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While locked, the agreed baseline cannot be edited by mistake</source>
        <translation>ما دام مقفلًا، لا يمكن تعديل الأساس المتفق عليه عن طريق الخطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show agreed beneath proposals</source>
        <translation>إظهار المتفق عليه تحت المقترحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>البلدات</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show or hide this layer</source>
        <translation>إظهار هذه الطبقة أو إخفاؤها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock this layer against edits</source>
        <translation>قفل هذه الطبقة ضد التعديل</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>That ZoneEditor is no longer running (it probably stopped unexpectedly). You can take the file over; any edits it left will be offered for recovery.</source>
        <translation>لم يعد ذلك الـ ZoneEditor يعمل (ربما توقف فجأة). يمكنك تولي الملف؛ وستُعرض عليك أي تعديلات تركها للاستعادة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no other ZoneEditor is editing it, you can take it over.</source>
        <translation>إذا لم يكن ZoneEditor آخر يحرره، يمكنك توليه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two editors saving the same file would overwrite each other&apos;s work. Close it there first, or open a copy.</source>
        <translation>محرران يحفظان الملف نفسه سيكتب كل منهما فوق عمل الآخر. أغلقه هناك أولًا، أو افتح نسخة منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take over</source>
        <translation>&amp;تولي الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is locked by a lock file that cannot be read:
%2</source>
        <translation>%1 مقفل بملف قفل تتعذر قراءته:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was left locked by ZoneEditor of %2 on computer %3 (process %4), open since %5.</source>
        <translation>ترك ZoneEditor الخاص بـ %2 على الحاسوب %3 (العملية %4) الملف %1 مقفلًا، وهو مفتوح منذ %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in ZoneEditor by %2 on computer %3 (process %4) since %5.</source>
        <translation>%1 مفتوح في ZoneEditor لدى %2 على الحاسوب %3 (العملية %4) منذ %5.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="+172"/>
        <source>Cannot open project</source>
        <extracomment>Emitted with the new Session after ``set_session`` replaced the open project.</extracomment>
        <translation>يتعذر فتح المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>تعذر فتح الملف %1.

%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened %1</source>
        <translation>تم فتح %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save project as</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>مشروع GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save project</source>
        <translation>يتعذر حفظ المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project could not be saved to %1.

%2</source>
        <translation>تعذر حفظ المشروع في %1.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>في %1 تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="vanished">اللوحات</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="vanished">الطبقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">السجل</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="vanished">الخصائص</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="vanished">مشروع &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="vanished">فتح م&amp;لف حديث</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="vanished">حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;خروج</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="vanished">&amp;حذف المحدد</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="vanished">تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="vanished">إلغاء التحديد</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="vanished">ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="vanished">ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit to project</source>
        <translation type="vanished">&amp;ملاءمة المشروع</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="vanished">تكبير إلى ال&amp;تحديد</translation>
    </message>
    <message>
        <source>Show &amp;labels</source>
        <translation type="vanished">إظهار ال&amp;تسميات</translation>
    </message>
    <message>
        <source>Labels in local language</source>
        <translation type="vanished">التسميات باللغة المحلية</translation>
    </message>
    <message>
        <source>Position in degrees, minutes, seconds</source>
        <translation type="vanished">الموقع بالدرجات والدقائق والثواني</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation type="vanished">مق&amp;ترح جديد…</translation>
    </message>
    <message>
        <source>&amp;About ZoneEditor</source>
        <translation type="vanished">&amp;حول ZoneEditor</translation>
    </message>
    <message>
        <source>Version shown and edited</source>
        <translation type="vanished">النسخة المعروضة والمعدَّلة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">الرئيسي</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Showing %1%2</source>
        <translation>عرض %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (locked: unlock it in Layers to edit)</source>
        <translation> (مقفلة: افتح قفلها في الطبقات للتعديل)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage project (*.gpkg);;All files (*)</source>
        <translation>مشروع GeoPackage (*.gpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot delete: %1 is locked</source>
        <translation type="vanished">يتعذر الحذف: %1 مقفلة</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="vanished">لا شيء محدد</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="vanished">مقترح جديد</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translation type="vanished">اسم المقترح الجديد:</translation>
    </message>
    <message>
        <source>A version called %1 already exists</source>
        <translation type="vanished">توجد نسخة باسم %1 بالفعل</translation>
    </message>
    <message>
        <source>About ZoneEditor</source>
        <translation type="vanished">حول ZoneEditor</translation>
    </message>
    <message>
        <source>ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.
Works offline. Basemap: Natural Earth. Places: GeoNames.</source>
        <translation type="vanished">ZoneEditor — محرر خرائط للتفاوض على مناطق وقف إطلاق النار وخفض التصعيد.
يعمل دون اتصال بالإنترنت. الخريطة الأساسية: Natural Earth. الأماكن: GeoNames.</translation>
    </message>
    <message>
        <source>Agreed baseline</source>
        <translation type="vanished">الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[*] — ZoneEditor</source>
        <translation>%1[*] — ZoneEditor</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+13"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select</source>
        <extracomment>Tool names (core/tools: ``Tool.name``), shown in the Tools menu and the status bar.</extracomment>
        <translation>تحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw zone</source>
        <translation>رسم منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw line</source>
        <translation>رسم خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place point</source>
        <translation>وضع نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices</source>
        <translation>تحرير الرؤوس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move feature</source>
        <translation>نقل عنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone</source>
        <translation>تقسيم منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones</source>
        <translation>دمج مناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape</source>
        <translation>إعادة التشكيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone</source>
        <translation>منطقة عازلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>قياس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected</source>
        <translation>حذف المحدد</translation>
    </message>
</context>
<context>
    <name>MapStatus</name>
    <message>
        <location filename="../gui/statusbar.py" line="+30"/>
        <source>DMS</source>
        <translation>DMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the position in degrees, minutes and seconds</source>
        <translation>إظهار الموقع بالدرجات والدقائق والثواني</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../gui/print_dialog.py" line="+118"/>
        <source>Print</source>
        <extracomment>Extent choices of the dialog. Emitted after a file was written, with its path.</extracomment>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole version</source>
        <translation>النسخة كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation>مقياس ثابت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(version and comparison)</source>
        <translation>(النسخة والمقارنة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>author or delegation</source>
        <translation>المؤلف أو الوفد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Romanised names</source>
        <translation>الأسماء بالحروف اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local (Arabic) names</source>
        <translation>الأسماء المحلية (العربية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One page per zone</source>
        <translation>صفحة لكل منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the fingerprint</source>
        <translation>رمز QR للبصمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude/longitude grid</source>
        <translation>شبكة خطوط العرض والطول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries and towns</source>
        <translation>الدول والبلدات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>النسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map area:</source>
        <translation>منطقة الخريطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>العنوان الفرعي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner:</source>
        <translation>الشريط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by:</source>
        <translation>أعدّه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show changes against:</source>
        <translation>إظهار التغييرات مقارنة بـ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map labels:</source>
        <translation>تسميات الخريطة:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG resolution:</source>
        <translation>دقة PNG:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>تصدير PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page </source>
        <translation>الصفحة </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page shown in the preview</source>
        <translation>الصفحة المعروضة في المعاينة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>of %n, scale %1</source>
        <translation>
            <numerusform>من %n، المقياس %1</numerusform>
            <numerusform>من %n، المقياس %1</numerusform>
            <numerusform>من %n، المقياس %1</numerusform>
            <numerusform>من %n، المقياس %1</numerusform>
            <numerusform>من %n، المقياس %1</numerusform>
            <numerusform>من %n، المقياس %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint %1</source>
        <translation>البصمة %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>تمت كتابة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PNG</source>
        <translation>تصدير PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer could not be started.</source>
        <translation>تعذر تشغيل الطابعة.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation>طباعة الخريطة إلى PDF أو PNG أو طابعة</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <location filename="../render/print_layout.py" line="+169"/>
        <source>Version: %1</source>
        <extracomment>How much fonts and symbols shrink per attempt when the content does not fit. The map frame must keep at least this share of the space between title and footer.</extracomment>
        <translation>النسخة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — changes against %1</source>
        <translation> — التغييرات مقارنة بـ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zone: %1 (page %2 of %3)</source>
        <translation>المنطقة: %1 (الصفحة %2 من %3)</translation>
    </message>
    <message>
        <location filename="../render/print_scalebar.py" line="+105"/>
        <source>Scale %1 (true at %2)</source>
        <extracomment>Set by the layout once the map frame (hence the viewport) is known.</extracomment>
        <translation>المقياس %1 (صحيح عند %2)</translation>
    </message>
    <message>
        <location filename="../render/print_titleblock.py" line="-30"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with</source>
        <translation>مقارنة بـ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <location filename="../render/print_zonetable.py" line="+93"/>
        <source>Zones (geodesic areas)</source>
        <extracomment>Compact: the local name follows the name on its line (bidi keeps each run in its own direction); used where height is scarce (portrait sheets).</extracomment>
        <translation>المناطق (مساحات جيوديسية)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+18"/>
        <source>The two versions hold the same map content.</source>
        <translation>تحمل النسختان المحتوى نفسه على الخريطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party</source>
        <translation>الأراضي لكل طرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands (numbers as on the map)</source>
        <translation>أراضٍ تنتقل بين الأطراف (الأرقام كما على الخريطة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against %1</source>
        <translation>التغييرات مقارنة بـ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modified, %2 added, %3 removed</source>
        <translation>معدَّل: %1، مضاف: %2، محذوف: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Legend</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines and points</source>
        <translation>الخطوط والنقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed baseline (under the proposal)</source>
        <translation>الأساس المتفق عليه (تحت المقترح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the compared version</source>
        <translation>التغييرات مقارنة بالنسخة المقارَنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line of contact, %1</source>
        <translation>خط التماس، %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds: %1</source>
        <translation>الأنواع: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../gui/tool_problems_panel.py" line="+76"/>
        <source>No problems in %1</source>
        <extracomment>Wait this long after the last change before re-validating (a drag sends many changes). Half-size (degrees) of the view shown around a problem&apos;s location.</extracomment>
        <translation>لا مشكلات في %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problem(s) in %2; overlaps between parties: %3 km²</source>
        <translation>عدد المشكلات في %2: %1؛ التداخل بين الأطراف: %3 كم²</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../gui/recovery_dialog.py" line="+56"/>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Your work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;لم يُغلق ZoneEditor بشكل طبيعي.&lt;/b&gt; عملك على &lt;b&gt;%1&lt;/b&gt; محفوظ ويمكن استعادته.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;The project file was changed after your last save&lt;/b&gt; (by another program, a copy, or a save that was cut short). Recovering shows your version as unsaved; saving it will replace the file — use Save as to keep both.</source>
        <translation>&lt;b&gt;تغيّر ملف المشروع بعد آخر حفظ قمت به&lt;/b&gt; (بواسطة برنامج آخر أو نسخة أو حفظ انقطع). الاستعادة تعرض نسختك على أنها غير محفوظة؛ وحفظها سيستبدل الملف — استخدم «حفظ باسم» للإبقاء على الاثنين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recover</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set aside</source>
        <translation>&amp;وضع جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovered edits in a file without opening them, and start normally</source>
        <translation>احتفظ بالتعديلات المستعادة في ملف دون فتحها، وابدأ بشكل طبيعي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation>القرار &amp;لاحقًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not saved yet (based on %1)</source>
        <translation>لم يُحفظ بعد (مبني على %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last edit</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>سجل التراجع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored with the edits</source>
        <translation>مستعاد مع التعديلات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none since the last save</source>
        <translation>لا شيء منذ آخر حفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last: %1</source>
        <translation>الأخير: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bundled sample</source>
        <translation>المثال المرفق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-31"/>
        <source>Edits set aside</source>
        <translation>وُضعت التعديلات جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Unreadable recovery file</source>
        <translation>ملف استعادة غير مقروء</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Could not set the edits aside</source>
        <translation>تعذر وضع التعديلات جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cannot recover</source>
        <translation>تتعذر الاستعادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery failed before</source>
        <translation>فشلت الاستعادة سابقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unsaved edits of %1 were kept in
%2

Nothing was deleted.</source>
        <translation>حُفظت التعديلات غير المحفوظة لـ %1 في
%2

لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery file could not be read and was set aside:
%1

%2</source>
        <translation>تعذرت قراءة ملف استعادة فوُضع جانبًا:
%1

%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits of %1 could not be restored.

%2

ZoneEditor starts normally; nothing was deleted.</source>
        <translation>تعذرت استعادة تعديلات %1.

%2

يبدأ ZoneEditor بشكل طبيعي؛ ولم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring the edits of %1 stopped ZoneEditor last time, so it was not tried again. The edits were kept in
%2</source>
        <translation>توقف ZoneEditor في المرة السابقة أثناء استعادة تعديلات %1، لذا لم تُجرَّب مجددًا. حُفظت التعديلات في
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery file of %1 could not be read and was set aside (nothing was deleted).

%2</source>
        <translation>تعذرت قراءة ملف الاستعادة لـ %1 فوُضع جانبًا (لم يُحذف شيء).

%2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../gui/window_actions.py" line="+36"/>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New project</source>
        <translation>مشروع &amp;جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>فتح م&amp;لف حديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear selection</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to project</source>
        <translation>&amp;ملاءمة المشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;selection</source>
        <translation>تكبير إلى ال&amp;تحديد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;labels</source>
        <translation>إظهار ال&amp;تسميات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels in local language</source>
        <translation>التسميات باللغة المحلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in degrees, minutes, seconds</source>
        <translation>الموقع بالدرجات والدقائق والثواني</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New &amp;proposal…</source>
        <translation>مق&amp;ترح جديد…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ZoneEditor</source>
        <translation>&amp;حول ZoneEditor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version shown and edited</source>
        <translation>النسخة المعروضة والمعدَّلة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot delete: %1 is locked</source>
        <translation>يتعذر الحذف: %1 مقفلة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing selected</source>
        <translation>لا شيء محدد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New proposal</source>
        <translation>مقترح جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new proposal:</source>
        <translation>اسم المقترح الجديد:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A version called %1 already exists</source>
        <translation>توجد نسخة باسم %1 بالفعل</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About ZoneEditor</source>
        <translation>حول ZoneEditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.
Works offline. Basemap: Natural Earth. Places: GeoNames.</source>
        <translation>ZoneEditor — محرر خرائط للتفاوض على مناطق وقف إطلاق النار وخفض التصعيد.
يعمل دون اتصال بالإنترنت. الخريطة الأساسية: Natural Earth. الأماكن: GeoNames.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed baseline</source>
        <translation>الأساس المتفق عليه</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Changes</source>
        <translation type="vanished">التغييرات</translation>
    </message>
    <message>
        <source>Show &amp;changes on map</source>
        <translation type="vanished">إظهار الت&amp;غييرات على الخريطة</translation>
    </message>
    <message>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation type="vanished">تظليل الأرض المكتسبة والمفقودة مقارنة بالنسخة المقارَنة، ورسم الحدود القديمة بخط متقطع، وتسمية أكبر الإزاحات</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Show the position in degrees, minutes and seconds</source>
        <translation type="vanished">إظهار الموقع بالدرجات والدقائق والثواني</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="vanished">&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export shapefiles, GeoPackage, GeoJSON or KML for another party</source>
        <translation type="vanished">تصدير ملفات Shapefile أو GeoPackage أو GeoJSON أو KML لطرف آخر</translation>
    </message>
    <message>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation type="vanished">تعذر تحميل بعض الميزات: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="vanished">ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation type="vanished">استيراد ملفات Shapefile أو GeoPackage أو GeoJSON أو KML من طرف آخر</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation type="vanished">طباعة الخريطة إلى PDF أو PNG أو طابعة</translation>
    </message>
</context>
</TS>
