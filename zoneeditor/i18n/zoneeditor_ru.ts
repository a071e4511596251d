<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>Не удалось открыть файл %1.

%2</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <location filename="../gui/attributes_panel.py" line="+69"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local name</source>
        <translation>Местное название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unset)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing selected. Click a feature on the map.</source>
        <translation>Ничего не выбрано. Щёлкните объект на карте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n features selected</source>
        <translation>
            <numerusform>Выбран %n объект</numerusform>
            <numerusform>Выбрано %n объекта</numerusform>
            <numerusform>Выбрано %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(several values)</source>
        <translation>(разные значения)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locked: unlock the layer or the agreed baseline in Layers to edit.</source>
        <translation>Заблокировано: снимите блокировку слоя или согласованной основы в «Слоях», чтобы редактировать.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit %1 of %2 features</source>
        <translation>Изменить %1 из %2 объектов</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <location filename="../gui/tool_buffer_dialog.py" line="+31"/>
        <source>Buffer security zone</source>
        <extracomment>Width offered the first time (km): the 2017 memoranda spoke of a few km.</extracomment>
        <translation>Буферная зона безопасности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone around “%1”.
Left and right as seen walking the line from its first vertex to its last.</source>
        <translation>Буферная зона вокруг «%1».
Лево и право — если идти вдоль линии от первой вершины к последней.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same width on both sides</source>
        <translation>Одинаковая ширина с обеих сторон</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Width on the left (km):</source>
        <translation>Ширина слева (км):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width on the right (km):</source>
        <translation>Ширина справа (км):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> km</source>
        <translation> км</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <location filename="../gui/tool_coords.py" line="+37"/>
        <source>Next vertex: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</source>
        <extracomment>Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation>Следующая вершина: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (33.51, 36.29) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: 33°30&apos;36&quot;N 36°17&apos;29&quot;E or 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Bearing (degrees from true north) and distance from the last vertex: @45 2.5km (km, m or nm).</source>
        <translation>Введите следующую вершину и нажмите Return (сюда — Ctrl+L или Tab).
Десятичные градусы: сначала широта (33.51, 36.29), если буквы N/S/E/W не указывают иное.
Градусы, минуты, секунды: 33°30&apos;36&quot;N 36°17&apos;29&quot;E или 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Азимут (градусы от истинного севера) и расстояние от последней вершины: @45 2.5km (km, m или nm).</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+31"/>
        <source>Area gained</source>
        <translation>Полученная территория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area lost</source>
        <translation>Потерянная территория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between old and new line</source>
        <translation>Между старой и новой линией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary before (dashed)</source>
        <translation>Прежняя граница (пунктир)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest shift</source>
        <translation>Наибольшее смещение</translation>
    </message>
</context>
<context>
    <name>DiffPanel</name>
    <message>
        <location filename="../gui/diff_panel.py" line="+158"/>
        <location line="+325"/>
        <source>Changes</source>
        <extracomment>Emitted (from any thread) when a computation finished: (generation, report or error). Emitted on the UI thread when a new report is shown.</extracomment>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>List unchanged features too</source>
        <translation>Показывать и неизменённые объекты</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>К:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot compare these versions: %1</source>
        <translation>Невозможно сравнить эти версии: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 → %2: %3 changed features</source>
        <translation>%1 → %2: изменённых объектов: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 hold the same map content</source>
        <translation>%1 и %2 содержат одинаковую карту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>near %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 переходит от %3 к %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no party</source>
        <translation>без стороны</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Show &amp;changes on map</source>
        <translation>Показать &amp;изменения на карте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation>Штриховать полученную и потерянную территорию относительно сравниваемой версии, показывать старые границы пунктиром и подписывать наибольшие смещения</translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <location line="-421"/>
        <source>Feature</source>
        <extracomment>Quiet time after the last edit before the diff is recomputed (typing, dragging). How long a clicked change flashes, and how fast.</extracomment>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gained km²</source>
        <translation>Получено, км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost km²</source>
        <translation>Потеряно, км²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Max shift km</source>
        <translation>Макс. смещение, км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area before km²</source>
        <translation>Площадь до, км²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area after km²</source>
        <translation>Площадь после, км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>Атрибуты изменены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
</context>
<context>
    <name>EditingManager</name>
    <message>
        <location filename="../gui/tool_manager.py" line="+49"/>
        <source>Problems</source>
        <extracomment>How long a refused edit&apos;s location stays marked (ms).</extracomment>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Snapping</source>
        <translation>&amp;Привязка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snap to vertices and borders within 10 pixels (hold Ctrl to suspend while clicking)</source>
        <translation>Привязка к вершинам и границам в пределах 10 пикселей (удерживайте Ctrl при щелчке, чтобы отключить)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Avoid overlap with other parties</source>
        <translation>&amp;Избегать перекрытия с другими сторонами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clip new zones against zones of other parties</source>
        <translation>Обрезать новые зоны по зонам других сторон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type &amp;coordinates…</source>
        <translation>Ввести &amp;координаты…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapping on</source>
        <translation>Привязка включена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapping off</source>
        <translation>Привязка выключена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New zones are clipped against other parties&apos; zones</source>
        <translation>Новые зоны обрезаются по зонам других сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New zones may overlap other parties&apos; zones</source>
        <translation>Новые зоны могут перекрывать зоны других сторон</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Centred on %1 (choose a drawing tool to add a vertex there)</source>
        <translation>Центрировано на %1 (выберите инструмент рисования, чтобы добавить туда вершину)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+54"/>
        <location line="+52"/>
        <source>Export</source>
        <extracomment>Emitted after a verified export, with its one-line summary.</extracomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>UTF-8 (recommended)</source>
        <translation>UTF-8 (рекомендуется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1256 (Arabic, for old readers)</source>
        <translation>Windows-1256 (арабская, для старых программ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack the shapefiles into one .zip</source>
        <translation>Упаковать файлы Shapefile в один .zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions:</source>
        <translation>Версии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shapefile text:</source>
        <translation>Текст в Shapefile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full field name</source>
        <translation>Полное имя поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in the file</source>
        <translation>Имя в файле</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Will be written (shapefile field names are at most 10 characters; the full names are saved beside the files in .fields.json):</source>
        <translation>Будет записано (имена полей Shapefile — не более 10 символов; полные имена сохраняются рядом с файлами в .fields.json):</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Folder for the shapefiles</source>
        <translation>Папка для файлов Shapefile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tick at least one version.</source>
        <translation>Отметьте хотя бы одну версию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save.</source>
        <translation>Выберите, куда сохранить.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Nothing was exported; existing files are unchanged.</source>
        <translation>Ничего не экспортировано; существующие файлы не изменены.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-32"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export shapefiles, GeoPackage, GeoJSON or KML for another party</source>
        <translation>Экспорт в Shapefile, GeoPackage, GeoJSON или KML для другой стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../gui/extensions.py" line="+44"/>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation>Не удалось загрузить некоторые функции: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="+43"/>
        <source>Opened project</source>
        <translation>Открытый проект</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../gui/import_dialog.py" line="+88"/>
        <location line="+73"/>
        <source>Import</source>
        <extracomment>Emitted after an import was pushed on the history, with its label.</extracomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Into the agreed baseline</source>
        <translation>В согласованную основу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a new proposal named:</source>
        <translation>Как новое предложение с именем:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>from the file, e.g. EPSG:32637</source>
        <translation>из файла, например EPSG:32637</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file gives latitude, longitude (swap them)</source>
        <translation>В файле широта, долгота (поменять местами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the offered repairs of invalid shapes</source>
        <translation>Принять предложенные исправления недопустимых фигур</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system:</source>
        <translation>Система координат:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Files (shapefile, zip, GeoPackage, GeoJSON, KML):</source>
        <translation>Файлы (shapefile, zip, GeoPackage, GeoJSON, KML):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file; nothing was changed</source>
        <translation>проверьте файл; ничего не изменено</translation>
    </message>
    <message>
        <source>check the file; the editor is unaffected</source>
        <translation type="vanished">проверьте файл; на редактор это не влияет</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read %1 file(s).</source>
        <translation>Прочитано файлов: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2; coordinates %3; text %4</source>
        <translation>%1: %2; координаты %3; текст %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no features</source>
        <translation>нет объектов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tick &quot;swap them&quot; above, or fix the source file</source>
        <translation>отметьте «поменять местами» выше или исправьте исходный файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repair offered: tick &quot;Accept the offered repairs&quot;</source>
        <translation>предложено исправление: отметьте «Принять предложенные исправления»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the coordinate system above, e.g. EPSG:32637</source>
        <translation>укажите систему координат выше, например EPSG:32637</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose another text encoding above if names look wrong</source>
        <translation>выберите другую кодировку выше, если названия выглядят неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the text encoding %1 above</source>
        <translation>выберите кодировку %1 выше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read the text as %1</source>
        <translation>Читать текст как %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 zones, %2 lines, %3 points to import</source>
        <translation>К импорту: зон %1, линий %2, точек %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 problem(s) need a decision first</source>
        <translation>Сначала нужно решить проблемы: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 repair(s) offered</source>
        <translation>Предложено исправлений: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agreed baseline is locked (unlock it in the Layers panel, or import as a proposal)</source>
        <translation>согласованная основа заблокирована (снимите блокировку на панели «Слои» или импортируйте как предложение)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation>Импорт Shapefile, GeoPackage, GeoJSON или KML от другой стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../gui/layers_panel.py" line="+33"/>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+108"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Move the layer up (drawn above the others)</source>
        <translation>Переместить слой вверх (рисуется поверх других)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the layer down</source>
        <translation>Переместить слой вниз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed baseline locked</source>
        <translation>Согласованная основа заблокирована</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While locked, the agreed baseline cannot be edited by mistake</source>
        <translation>Пока основа заблокирована, её нельзя изменить по ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show agreed beneath proposals</source>
        <translation>Показывать согласованное под предложениями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show or hide this layer</source>
        <translation>Показать или скрыть этот слой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock this layer against edits</source>
        <translation>Заблокировать этот слой от правок</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>That ZoneEditor is no longer running (it probably stopped unexpectedly). You can take the file over; any edits it left will be offered for recovery.</source>
        <translation>Тот ZoneEditor больше не работает (вероятно, неожиданно завершился). Вы можете забрать файл; оставленные им правки будут предложены к восстановлению.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project in use</source>
        <translation>Проект используется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If no other ZoneEditor is editing it, you can take it over.</source>
        <translation>Если его не редактирует другой ZoneEditor, вы можете его забрать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two editors saving the same file would overwrite each other&apos;s work. Close it there first, or open a copy.</source>
        <translation>Два редактора, сохраняющие один файл, затрут работу друг друга. Сначала закройте его там или откройте копию.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take over</source>
        <translation>&amp;Забрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is locked by a lock file that cannot be read:
%2</source>
        <translation>%1 заблокирован файлом блокировки, который не удаётся прочитать:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was left locked by ZoneEditor of %2 on computer %3 (process %4), open since %5.</source>
        <translation>%1 остался заблокирован программой ZoneEditor пользователя %2 на компьютере %3 (процесс %4), открыт с %5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open in ZoneEditor by %2 on computer %3 (process %4) since %5.</source>
        <translation>%1 открыт в ZoneEditor пользователем %2 на компьютере %3 (процесс %4) с %5.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="+172"/>
        <source>Cannot open project</source>
        <extracomment>Emitted with the new Session after ``set_session`` replaced the open project.</extracomment>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>Не удалось открыть файл %1.

%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>Проект GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save project</source>
        <translation>Не удаётся сохранить проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project could not be saved to %1.

%2</source>
        <translation>Не удалось сохранить проект в %1.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="vanished">Панели</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="vanished">Слои</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">История</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="vanished">Атрибуты</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="vanished">&amp;Новый проект</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="vanished">Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="vanished">Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Выход</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation type="vanished">&amp;Удалить выбранное</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="vanished">Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="vanished">Снять выделение</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="vanished">&amp;Приблизить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="vanished">&amp;Отдалить</translation>
    </message>
    <message>
        <source>&amp;Fit to project</source>
        <translation type="vanished">&amp;Весь проект</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="vanished">Масштаб по &amp;выделению</translation>
    </message>
    <message>
        <source>Show &amp;labels</source>
        <translation type="vanished">Показывать &amp;подписи</translation>
    </message>
    <message>
        <source>Labels in local language</source>
        <translation type="vanished">Подписи на местном языке</translation>
    </message>
    <message>
        <source>Position in degrees, minutes, seconds</source>
        <translation type="vanished">Координаты в градусах, минутах, секундах</translation>
    </message>
    <message>
        <source>New &amp;proposal…</source>
        <translation type="vanished">Новое &amp;предложение…</translation>
    </message>
    <message>
        <source>&amp;About ZoneEditor</source>
        <translation type="vanished">&amp;О программе ZoneEditor</translation>
    </message>
    <message>
        <source>Version shown and edited</source>
        <translation type="vanished">Показываемая и редактируемая версия</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">Основная</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Showing %1%2</source>
        <translation>Показана версия %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (locked: unlock it in Layers to edit)</source>
        <translation> (заблокирована: снимите блокировку в «Слоях», чтобы редактировать)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage project (*.gpkg);;All files (*)</source>
        <translation>Проект GeoPackage (*.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot delete: %1 is locked</source>
        <translation type="vanished">Нельзя удалить: %1 заблокирован</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="vanished">Ничего не выбрано</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="vanished">Новое предложение</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translation type="vanished">Название нового предложения:</translation>
    </message>
    <message>
        <source>A version called %1 already exists</source>
        <translation type="vanished">Версия с именем %1 уже существует</translation>
    </message>
    <message>
        <source>About ZoneEditor</source>
        <translation type="vanished">О программе ZoneEditor</translation>
    </message>
    <message>
        <source>ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.
Works offline. Basemap: Natural Earth. Places: GeoNames.</source>
        <translation type="vanished">ZoneEditor — редактор карт для переговоров о зонах прекращения огня и деэскалации.
Работает без сети. Основа карты: Natural Earth. Населённые пункты: GeoNames.</translation>
    </message>
    <message>
        <source>Agreed baseline</source>
        <translation type="vanished">Согласованная основа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[*] — ZoneEditor</source>
        <translation>%1[*] — ZoneEditor</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+13"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select</source>
        <extracomment>Tool names (core/tools: ``Tool.name``), shown in the Tools menu and the status bar.</extracomment>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw zone</source>
        <translation>Нарисовать зону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw line</source>
        <translation>Нарисовать линию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place point</source>
        <translation>Поставить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit vertices</source>
        <translation>Правка вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move feature</source>
        <translation>Переместить объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone</source>
        <translation>Разделить зону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones</source>
        <translation>Объединить зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape</source>
        <translation>Изменить форму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone</source>
        <translation>Буферная зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Измерить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected</source>
        <translation>Удалить выбранное</translation>
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
        <translation>Показывать координаты в градусах, минутах и секундах</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../gui/print_dialog.py" line="+118"/>
        <source>Print</source>
        <extracomment>Extent choices of the dialog. Emitted after a file was written, with its path.</extracomment>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current view</source>
        <translation>Текущий вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole version</source>
        <translation>Вся версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation>Фиксированный масштаб</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(version and comparison)</source>
        <translation>(версия и сравнение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>author or delegation</source>
        <translation>автор или делегация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Romanised names</source>
        <translation>Названия латиницей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local (Arabic) names</source>
        <translation>Местные (арабские) названия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One page per zone</source>
        <translation>По странице на зону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the fingerprint</source>
        <translation>QR-код отпечатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude/longitude grid</source>
        <translation>Сетка широт и долгот</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries and towns</source>
        <translation>Страны и населённые пункты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map area:</source>
        <translation>Область карты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>Масштаб:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle:</source>
        <translation>Подзаголовок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner:</source>
        <translation>Плашка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared by:</source>
        <translation>Подготовил:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show changes against:</source>
        <translation>Показать изменения относительно:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map labels:</source>
        <translation>Подписи на карте:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG resolution:</source>
        <translation>Разрешение PNG:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page </source>
        <translation>Страница </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page shown in the preview</source>
        <translation>Страница в предпросмотре</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>of %n, scale %1</source>
        <translation>
            <numerusform>из %n, масштаб %1</numerusform>
            <numerusform>из %n, масштаб %1</numerusform>
            <numerusform>из %n, масштаб %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint %1</source>
        <translation>Отпечаток %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation>Печать карты в PDF, PNG или на принтер</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <location filename="../render/print_layout.py" line="+169"/>
        <source>Version: %1</source>
        <extracomment>How much fonts and symbols shrink per attempt when the content does not fit. The map frame must keep at least this share of the space between title and footer.</extracomment>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — changes against %1</source>
        <translation> — изменения относительно %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zone: %1 (page %2 of %3)</source>
        <translation>Зона: %1 (страница %2 из %3)</translation>
    </message>
    <message>
        <location filename="../render/print_scalebar.py" line="+105"/>
        <source>Scale %1 (true at %2)</source>
        <extracomment>Set by the layout once the map frame (hence the viewport) is known.</extracomment>
        <translation>Масштаб %1 (верен на %2)</translation>
    </message>
    <message>
        <location filename="../render/print_titleblock.py" line="-30"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with</source>
        <translation>Сравнение с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location filename="../render/print_zonetable.py" line="+93"/>
        <source>Zones (geodesic areas)</source>
        <extracomment>Compact: the local name follows the name on its line (bidi keeps each run in its own direction); used where height is scarce (portrait sheets).</extracomment>
        <translation>Зоны (геодезические площади)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+18"/>
        <source>The two versions hold the same map content.</source>
        <translation>Обе версии содержат одинаковую карту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party</source>
        <translation>Территория по сторонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands (numbers as on the map)</source>
        <translation>Территория, переходящая из рук в руки (номера как на карте)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against %1</source>
        <translation>Изменения относительно %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modified, %2 added, %3 removed</source>
        <translation>изменено: %1, добавлено: %2, удалено: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+2"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines and points</source>
        <translation>Линии и точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed baseline (under the proposal)</source>
        <translation>согласованная основа (под предложением)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes against the compared version</source>
        <translation>Изменения относительно сравниваемой версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line of contact, %1</source>
        <translation>линия соприкосновения, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds: %1</source>
        <translation>Виды: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../gui/tool_problems_panel.py" line="+76"/>
        <source>No problems in %1</source>
        <extracomment>Wait this long after the last change before re-validating (a drag sends many changes). Half-size (degrees) of the view shown around a problem&apos;s location.</extracomment>
        <translation>В %1 проблем нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problem(s) in %2; overlaps between parties: %3 km²</source>
        <translation>Проблем в %2: %1; перекрытия между сторонами: %3 км²</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../gui/recovery_dialog.py" line="+56"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Your work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;ZoneEditor не был закрыт нормально.&lt;/b&gt; Ваша работа над &lt;b&gt;%1&lt;/b&gt; сохранена и может быть восстановлена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;The project file was changed after your last save&lt;/b&gt; (by another program, a copy, or a save that was cut short). Recovering shows your version as unsaved; saving it will replace the file — use Save as to keep both.</source>
        <translation>&lt;b&gt;Файл проекта изменился после вашего последнего сохранения&lt;/b&gt; (другой программой, копированием или прерванным сохранением). После восстановления ваша версия будет несохранённой; её сохранение заменит файл — используйте «Сохранить как», чтобы сохранить обе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set aside</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the recovered edits in a file without opening them, and start normally</source>
        <translation>Сохранить восстановленные правки в файл, не открывая их, и запуститься как обычно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation>Решить &amp;позже</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not saved yet (based on %1)</source>
        <translation>ещё не сохранён (на основе %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last edit</source>
        <translation>Последняя правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved edits</source>
        <translation>Несохранённые правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>История отмены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored with the edits</source>
        <translation>восстановлен с правками</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none since the last save</source>
        <translation>нет с последнего сохранения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last: %1</source>
        <translation>последняя: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the bundled sample</source>
        <translation>встроенный пример</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new project</source>
        <translation>новый проект</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-31"/>
        <source>Edits set aside</source>
        <translation>Правки отложены</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Unreadable recovery file</source>
        <translation>Нечитаемый файл восстановления</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Could not set the edits aside</source>
        <translation>Не удалось отложить правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cannot recover</source>
        <translation>Восстановление невозможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery failed before</source>
        <translation>Восстановление уже не удалось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unsaved edits of %1 were kept in
%2

Nothing was deleted.</source>
        <translation>Несохранённые правки %1 сохранены в
%2

Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery file could not be read and was set aside:
%1

%2</source>
        <translation>Файл восстановления не удалось прочитать, он отложен:
%1

%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edits of %1 could not be restored.

%2

ZoneEditor starts normally; nothing was deleted.</source>
        <translation>Правки %1 не удалось восстановить.

%2

ZoneEditor запускается как обычно; ничего не удалено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring the edits of %1 stopped ZoneEditor last time, so it was not tried again. The edits were kept in
%2</source>
        <translation>В прошлый раз восстановление правок %1 остановило ZoneEditor, поэтому повторно оно не выполнялось. Правки сохранены в
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery file of %1 could not be read and was set aside (nothing was deleted).

%2</source>
        <translation>Файл восстановления %1 не удалось прочитать, он отложен (ничего не удалено).

%2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../gui/window_actions.py" line="+36"/>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Приблизить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Отдалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to project</source>
        <translation>&amp;Весь проект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;selection</source>
        <translation>Масштаб по &amp;выделению</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;labels</source>
        <translation>Показывать &amp;подписи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels in local language</source>
        <translation>Подписи на местном языке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in degrees, minutes, seconds</source>
        <translation>Координаты в градусах, минутах, секундах</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New &amp;proposal…</source>
        <translation>Новое &amp;предложение…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About ZoneEditor</source>
        <translation>&amp;О программе ZoneEditor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version shown and edited</source>
        <translation>Показываемая и редактируемая версия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot delete: %1 is locked</source>
        <translation>Нельзя удалить: %1 заблокирован</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new proposal:</source>
        <translation>Название нового предложения:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A version called %1 already exists</source>
        <translation>Версия с именем %1 уже существует</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About ZoneEditor</source>
        <translation>О программе ZoneEditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.
Works offline. Basemap: Natural Earth. Places: GeoNames.</source>
        <translation>ZoneEditor — редактор карт для переговоров о зонах прекращения огня и деэскалации.
Работает без сети. Основа карты: Natural Earth. Населённые пункты: GeoNames.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed baseline</source>
        <translation>Согласованная основа</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Changes</source>
        <translation type="vanished">Изменения</translation>
    </message>
    <message>
        <source>Show &amp;changes on map</source>
        <translation type="vanished">Показать &amp;изменения на карте</translation>
    </message>
    <message>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation type="vanished">Штриховать полученную и потерянную территорию относительно сравниваемой версии, показывать старые границы пунктиром и подписывать наибольшие смещения</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Show the position in degrees, minutes and seconds</source>
        <translation type="vanished">Показывать координаты в градусах, минутах и секундах</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="vanished">&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export shapefiles, GeoPackage, GeoJSON or KML for another party</source>
        <translation type="vanished">Экспорт в Shapefile, GeoPackage, GeoJSON или KML для другой стороны</translation>
    </message>
    <message>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation type="vanished">Не удалось загрузить некоторые функции: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="vanished">&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation type="vanished">Импорт Shapefile, GeoPackage, GeoJSON или KML от другой стороны</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="vanished">&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation type="vanished">Печать карты в PDF, PNG или на принтер</translation>
    </message>
</context>
</TS>
