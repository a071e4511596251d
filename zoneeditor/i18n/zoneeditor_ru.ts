<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>PrintLayout</source>
        <comment>The QR code holds the full SHA-256.</comment>
        <translation type="vanished">PrintLayout</translation>
    </message>
    <message>
        <source>PrintLayout</source>
        <comment>Two sheets show the same content if and only if their fingerprints match.</comment>
        <translation type="vanished">PrintLayout</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+3"/>
        <location filename="../gui/app.py" line="+168"/>
        <source>Project not opened</source>
        <translation>Проект не открыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/app.py" line="+7"/>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/app.py" line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>Не удалось открыть файл %1.

%2</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <source>Name</source>
        <translation type="vanished">Название</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="vanished">Местное название</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="vanished">Сторона</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Вид</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">Примечания</translation>
    </message>
    <message>
        <location filename="../gui/attributes_panel.py" line="+122"/>
        <source>Zone</source>
        <extracomment>The script each interface language with an own-name column writes in.</extracomment>
        <translation>Зона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unset)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing selected. Click a feature on the map.</source>
        <translation>Ничего не выбрано. Щёлкните объект на карте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 — версия «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/attributes_panel.py" line="+4"/>
        <source>%n features selected</source>
        <translation>
            <numerusform>Выбран %n объект</numerusform>
            <numerusform>Выбрано %n объекта</numerusform>
            <numerusform>Выбрано %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/attributes_panel.py" line="+4"/>
        <source>(several values)</source>
        <translation>(разные значения)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Locked: unlock the layer or the agreed baseline in Layers to edit.</source>
        <translation>Заблокировано: снимите блокировку слоя или согласованной основы в «Слоях», чтобы редактировать.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>as the local name: %1</source>
        <translation>как местное название: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shared name in Latin letters, the one every party&apos;s tools and exported files read. The map and the printed sheet show it beside the local name when they show both names and the feature has no name in this window&apos;s language.</source>
        <translation>Общее название латиницей — его читают программы всех сторон и экспортированные файлы. Карта и печатный лист показывают его рядом с местным названием, когда показаны оба названия, а названия по-русски у объекта нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name in the local script, as it is written on the ground. The map and the printed sheet label the feature with it, alone or beside its other name.</source>
        <translation>Название местным письмом, как его пишут на месте. Карта и печатный лист подписывают объект им — отдельно или рядом с другим названием.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in this window&apos;s language. Fill it only when the local name is not written in this language: where it is, the map and the printed sheet show the local name (greyed here) and this field can stay empty. Otherwise they show this name beside the local name.</source>
        <translation>Название по-русски. Если местное название уже написано по-русски, карта и печатный лист показывают его (здесь оно серым), и это поле можно оставить пустым; иначе заполните его — карта и лист покажут его рядом с местным названием.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locked: this feature cannot be changed now</source>
        <translation>Заблокировано: этот объект сейчас нельзя изменить</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 of %2 features</source>
        <translation>Изменить %1 из %2 объектов</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <location filename="../gui/tool_buffer_dialog.py" line="+32"/>
        <source>Buffer security zone</source>
        <extracomment>Width offered the first time (km): the 2017 memoranda spoke of a few km.</extracomment>
        <translation>Буферная зона безопасности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer zone around “%1”.
Left and right as seen walking the line from its first vertex to its last.</source>
        <translation>Буферная зона вокруг «%1».
Лево и право — если идти вдоль линии от первой вершины к последней.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ChangeMarks</name>
    <message>
        <location filename="../render/change_marks.py" line="+31"/>
        <source>A B C D E F G H J K L M N P Q R S T U V W X Y Z</source>
        <extracomment>The English sequence (the source text of the translation ``mark_letters`` reads): capital letters without I and O, which read as 1 and 0 next to the zone key&apos;s numbers. A translation lists its language&apos;s letters in the order its lists use, space-separated, leaving out any that looks like a digit.</extracomment>
        <translation>А Б В Г Д Е Ж И К Л М Н П Р С Т У Ф Х Ц Ш Щ Э Ю Я</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+61"/>
        <location filename="../gui/conflict_text.py" line="+155"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n объект</numerusform>
            <numerusform>и ещё %n объекта</numerusform>
            <numerusform>и ещё %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gui/conflicts_panel.py" line="+65"/>
        <location line="+330"/>
        <source>Conflicts</source>
        <extracomment>Smallest box (degrees) shown around a conflict: a moved post is not zoomed to a street. Kinds the merge engine reports: the columns say them; a sync&apos;s own kinds (refused, not allowed, a version removed...) also have their sentence on hover. The list was rebuilt (its number of open conflicts may have changed). A sync conflict was decided (the team sync indicator recounts).</extracomment>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="-94"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-44"/>
        <source>Ours</source>
        <translation>Наше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+221"/>
        <source>Take ours</source>
        <extracomment>What is known about the open project&apos;s conflicts. What Take ours / Take theirs / Mark resolved do. The dock holding the panel (set by ``install``), shown by ``reveal``. Notices the user dragging the dock&apos;s height (set by ``install``): the fit then keeps their height. Rows the dock&apos;s height was last fitted to (None: not yet).</extracomment>
        <translation>Взять наше</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+221"/>
        <source>Take theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Mark resolved</source>
        <translation>Отметить как решённый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the stretch as you redrew it by hand and close the conflict</source>
        <translation>Оставить участок таким, как вы перерисовали его вручную, и закрыть конфликт</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <source>Show base, ours and theirs on the map</source>
        <translation>Показать на карте исходное, наше и их</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+163"/>
        <source>The team sync record of this file cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал командной синхронизации этого файла: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One open conflict in %1: it cannot be promoted or tabled until it is resolved.</source>
        <translation>В версии %1 один открытый конфликт: её нельзя сделать согласованной основой или представить команде, пока он не решён.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+39"/>
        <location filename="../gui/conflicts_panel.py" line="+3"/>
        <source>%n open conflicts in %1: it cannot be promoted or tabled until each is resolved.</source>
        <translation>
            <numerusform>В версии %1 %n открытый конфликт: её нельзя сделать согласованной основой или представить команде, пока каждый не решён.</numerusform>
            <numerusform>В версии %1 %n открытых конфликта: её нельзя сделать согласованной основой или представить команде, пока каждый не решён.</numerusform>
            <numerusform>В версии %1 %n открытых конфликтов: её нельзя сделать согласованной основой или представить команде, пока каждый не решён.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+4"/>
        <source>No open conflict in %1.</source>
        <translation>В версии %1 нет открытых конфликтов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/conflicts_panel.py" line="+2"/>
        <source>%n more in other versions (listed below).</source>
        <translation>
            <numerusform>Ещё %n — в других версиях (см. ниже).</numerusform>
            <numerusform>Ещё %n — в других версиях (см. ниже).</numerusform>
            <numerusform>Ещё %n — в других версиях (см. ниже).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+40"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard mine</source>
        <translation>Отказаться от моей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s</source>
        <translation>Взять с сервера</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-16"/>
        <source>Select a conflict to see it on the map.</source>
        <translation>Выберите конфликт, чтобы увидеть его на карте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine sends your version at the next sync; take the server&apos;s replaces yours with it. Sync to carry it out.</source>
        <translation>«Оставить мою» отправит вашу версию при следующей синхронизации; «Взять с сервера» заменит вашу версией с сервера. Чтобы выполнить решение, синхронизируйте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is about the whole version: it is reported until the version is the same here and on the server.</source>
        <translation>Это касается всей версии: сообщение останется, пока версия здесь и на сервере не совпадёт.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The details of this conflict are no longer kept: check the feature, then Mark resolved.</source>
        <translation>Подробности этого конфликта больше не хранятся: проверьте объект, затем нажмите «Отметить как решённый».</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Or draw it yourself: edit the stretch on the map, then Mark resolved.</source>
        <translation>Или нарисуйте сами: измените участок на карте, затем нажмите «Отметить как решённый».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server&apos;s</source>
        <translation>С сервера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base: as at the last sync</source>
        <translation>Исходное: как при последней синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine: this working copy</source>
        <translation>Моя: эта рабочая копия</translation>
    </message>
    <message>
        <source>Server&apos;s: as the server has it</source>
        <translation type="vanished">С сервера: как на сервере</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Base: before either edit</source>
        <translation>Исходное: до обеих правок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours: this project</source>
        <translation>Наше: этот проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: the other copy</source>
        <translation>Их: другая копия</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cannot resolve: %1 is locked (unlock it in Layers)</source>
        <translation>Нельзя решить: объект %1 заблокирован (снимите блокировку в «Слоях»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not record the decision: %1</source>
        <translation>Не удалось записать решение: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Decision recorded: the next sync carries it out</source>
        <translation>Решение записано: его выполнит следующая синхронизация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unset)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits are valid alone, but not together</source>
        <translation>Правки каждой копии допустимы по отдельности, но не вместе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on one side, changed on the other</source>
        <translation>Удалён в одной копии, изменён в другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on both sides, differently</source>
        <translation>Добавлен в обеих копиях, но по-разному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here, but your role may not change this version on the server</source>
        <translation>Изменён здесь, но ваша роль не позволяет менять эту версию на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed on the server while edited here</source>
        <translation>Удалена на сервере, пока редактировалась здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on the server after it was removed here</source>
        <translation>Изменена на сервере после удаления здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project details changed here and on the server</source>
        <translation>Сведения о проекте изменены и здесь, и на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server: kept here</source>
        <translation>Отклонено сервером: сохранено здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal refused by the server: kept here</source>
        <translation>Удаление отклонено сервером: сохранено здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version refused by the server: kept here</source>
        <translation>Новая версия отклонена сервером: сохранена здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted it</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left it as it was</source>
        <translation>оставлен без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added the version</source>
        <translation>версия добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not have it</source>
        <translation>версии нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show base, mine and the server&apos;s on the map</source>
        <translation>Показать на карте исходную версию, мою и с сервера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided: take the server&apos;s at the next sync</source>
        <translation>решено: взять с сервера при следующей синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided: send mine at the next sync</source>
        <translation>решено: отправить мою при следующей синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded: the server&apos;s version is back (undo to keep mine)</source>
        <translation>отменено: возвращена версия сервера (отмена действия вернёт мою)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on the team server may not make this change, so it was not sent. Keep mine: it stays here and is tried again at every sync. Discard mine: the server&apos;s version is put back here (undo brings yours back).</source>
        <translation>Ваша роль на сервере команды не позволяет сделать это изменение, поэтому оно не отправлено. «Оставить мою»: изменение остаётся здесь и отправляется снова при каждой синхронизации. «Отказаться от моей»: здесь восстанавливается версия сервера (отмена действия вернёт вашу).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this change (your role or a rule of the server does not allow it). Keep mine: it is tried again at every sync. Discard mine: the server&apos;s version is put back here (undo brings yours back).</source>
        <translation>Сервер отклонил это изменение (ваша роль или правило сервера его не допускают). «Оставить мою»: изменение отправляется снова при каждой синхронизации. «Отказаться от моей»: здесь восстанавливается версия сервера (отмена действия вернёт вашу).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both moved the same point</source>
        <translation>Обе копии сдвинули одну и ту же точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed here; your role may not remove it on the server</source>
        <translation>Удалена здесь; ваша роль не позволяет удалить её на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added here; your role may not add versions on the server</source>
        <translation>Добавлена здесь; ваша роль не позволяет добавлять версии на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved it</source>
        <translation>перемещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redrew this stretch</source>
        <translation>участок перерисован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added it</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed its %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed the version</source>
        <translation>версия удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the version</source>
        <translation>версия сохранена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project details</source>
        <translation>Сведения о проекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s: as the server has it</source>
        <translation>С сервера: как на сервере</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation type="vanished">С сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both redrew the same stretch of line</source>
        <translation>Обе копии перерисовали один и тот же участок линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both redrew the same stretch of boundary</source>
        <translation>Обе копии перерисовали один и тот же участок границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed %1</source>
        <translation>Обе копии изменили: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape</source>
        <translation>форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version “%1”</source>
        <translation>Версия «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared %1</source>
        <translation>очищено: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>set %1 to %2</source>
        <translation>задано значение %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 from %2</source>
        <translation>%1 от пункта %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>км</translation>
    </message>
</context>
<context>
    <name>ControlPointTable</name>
    <message>
        <location filename="../gui/georef_table.py" line="+40"/>
        <source>Use</source>
        <extracomment>The Use box of a point was ticked or unticked: (point id, use it). Delete was pressed on the table (the selected point).</extracomment>
        <translation>Учитывать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>x на скане</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>y на скане</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>Невязка (м)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave-one-out (m)</source>
        <translation>Без этой точки (м)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Use this point for the fit (untick to leave a doubtful point out without deleting it)</source>
        <translation>Использовать эту точку при расчёте (снимите отметку, чтобы исключить сомнительную точку, не удаляя её)</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <source>Next vertex: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</source>
        <extracomment>Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation type="vanished">Следующая вершина: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</translation>
    </message>
    <message>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (33.51, 36.29) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: 33°30&apos;36&quot;N 36°17&apos;29&quot;E or 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Bearing (degrees from true north) and distance from the last vertex: @45 2.5km (km, m or nm).</source>
        <translation type="vanished">Введите следующую вершину и нажмите Return (сюда — Ctrl+L или Tab).
Десятичные градусы: сначала широта (33.51, 36.29), если буквы N/S/E/W не указывают иное.
Градусы, минуты, секунды: 33°30&apos;36&quot;N 36°17&apos;29&quot;E или 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Азимут (градусы от истинного севера) и расстояние от последней вершины: @45 2.5km (km, m или nm).</translation>
    </message>
    <message>
        <location filename="../gui/tool_coords.py" line="+57"/>
        <source>Next vertex: %1</source>
        <extracomment>What can be typed, one example per notation (shown in the box and its tooltip). A bearing and distance with a decimal comma and a space before the unit (the tooltip). Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation>Следующая вершина: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (%1) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: %2 or %3.
UTM: %4. MGRS: %5.
Bearing (degrees from true north) and distance from the last vertex: %6 or %7 (%8).</source>
        <extracomment>Why the last text was not taken, under the box (made with the box&apos;s window).</extracomment>
        <translation>Введите следующую вершину и нажмите Return (сюда — Ctrl+L или Tab).
Десятичные градусы: сначала широта (%1), если буквы N/S/E/W не указывают иное.
Градусы, минуты, секунды: %2 или %3.
UTM: %4. MGRS: %5.
Азимут (градусы от истинного севера) и расстояние от последней вершины: %6 или %7 (%8).</translation>
    </message>
    <message>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (%1) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: %2 or %3.
UTM: %4. MGRS: %5.
Bearing (degrees from true north) and distance from the last vertex: %6 (km, m or nm).</source>
        <translation type="vanished">Введите следующую вершину и нажмите Return (сюда — Ctrl+L или Tab).
Десятичные градусы: сначала широта (%1), если буквы N/S/E/W не указывают иное.
Градусы, минуты, секунды: %2 или %3.
UTM: %4. MGRS: %5.
Азимут (градусы от истинного севера) и расстояние от последней вершины: %6 (единицы km, m или nm).</translation>
    </message>
</context>
<context>
    <name>DataValues</name>
    <message>
        <location filename="values.py" line="+37"/>
        <source>Agreed baseline</source>
        <translation>Согласованная основа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed until %1</source>
        <extracomment>%1 is a date (2025-03-14): the old baseline after a proposal replaced it.</extracomment>
        <translation>Согласованная основа до %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zones</source>
        <extracomment>Display names of the three layers.</extracomment>
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
        <source>name</source>
        <extracomment>Display names of the core attributes (``core.model.CORE_ATTRIBUTES``) and of the mark of an open merge conflict, as the Changes panel lists what changed; other attributes are shown by their own names.</extracomment>
        <translation type="vanished">название</translation>
    </message>
    <message>
        <source>local name</source>
        <translation type="vanished">местное название</translation>
    </message>
    <message>
        <source>party</source>
        <translation type="vanished">сторона</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="vanished">статус</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="vanished">вид</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">примечания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open merge conflict</source>
        <extracomment>The mark of an open merge conflict on a feature (core.merge.resolve.MARKER), as the Changes panel lists it among the changed attributes. The core attributes&apos; own names are ``core.model.ATTRIBUTE_NAMES`` (translated in the context of core&apos;s Messages, so a step&apos;s label &quot;Edit local name of Idlib&quot; and the panels name a field alike).</extracomment>
        <translation>открытый конфликт слияния</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no party</source>
        <extracomment>The context core&apos;s Messages are translated in (``gui.tool_messages``).</extracomment>
        <translation>без стороны</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+376"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-368"/>
        <location filename="../gui/diff_panel.py" line="+76"/>
        <location line="+287"/>
        <source>Changes</source>
        <extracomment>Quiet time after the last edit before the diff is recomputed (typing, dragging). Characters of a feature&apos;s name the docked table would like to show at first (a longer name keeps both its ends: ``gui.diff_table.NameDelegate``). Emitted on the UI thread when a new report is shown.</extracomment>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="-275"/>
        <source>List unchanged features too</source>
        <extracomment>The report on the map: the overlay, the clicked change&apos;s flash (``gui.diff_map``). The compared versions (``from_box``, ``to_box``).</extracomment>
        <translation>Показывать и неизменённые объекты</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+160"/>
        <source>Click a change to see it on the map.</source>
        <extracomment>The map&apos;s label language the feature names follow (``canvas.label_language``). Which columns the table shows; the others are a click away (``column_menu``). The summary above the table (``status_label``, ``summary_label``, ``details_label``).</extracomment>
        <translation>Щёлкните изменение, чтобы увидеть его на карте.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-9"/>
        <location filename="../gui/diff_panel.py" line="-159"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="+2"/>
        <source>Choose the columns of the table</source>
        <translation>Выбрать столбцы таблицы</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <location line="+3"/>
        <source>Show large</source>
        <translation>Развернуть</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the changes in a large window of their own, with every column (again: back in the dock)</source>
        <translation>Показать изменения в отдельном большом окне со всеми столбцами (повторное нажатие — вернуть на панель)</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="+8"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>К:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot compare these versions: %1</source>
        <translation>Невозможно сравнить эти версии: %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3 changed features</source>
        <translation type="vanished">%1 → %2: изменённых объектов — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 and %2 hold the same map content</source>
        <translation>%1 и %2 содержат одинаковую карту</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>Back in the dock</source>
        <translation>Вернуть на панель</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>near %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+1"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Fit the columns to the panel</source>
        <translation>Подогнать столбцы к панели</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location filename="../gui/diff_panel.py" line="-1"/>
        <source>%1 → %2: %n changed feature(s)</source>
        <translation>
            <numerusform>%1 → %2: изменённых объектов — %n</numerusform>
            <numerusform>%1 → %2: изменённых объектов — %n</numerusform>
            <numerusform>%1 → %2: изменённых объектов — %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 не принадлежала ни одной стороне, теперь — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 больше не принадлежит ни одной стороне (было — %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1 km²</source>
        <translation>меньше %1 км²</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory per party (buffer zones excluded):</source>
        <translation>Территория по сторонам (без буферных зон):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>%1 не указывает сторону ни для одной зоны: площади сторон и переход территории между сторонами не вычислены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zones of %1: %2 → %3 (%4)</source>
        <translation>Буферные зоны стороны «%1»: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the tolerance, so not changes: %1</source>
        <translation>В пределах допуска, поэтому не считаются изменениями: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest shift %1</source>
        <translation>наибольшее смещение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributes changed: %1</source>
        <translation>изменены атрибуты: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 or thinner than %2</source>
        <translation>%1 или уже %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Land gained or lost, too small to list: %1 (%2); the totals include them</source>
        <translation>Полученные или потерянные участки, слишком мелкие для списка: %1 (%2); в итоги они включены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1, lost %2</source>
        <translation>получено %1, потеряно %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area %1 → %2</source>
        <translation>площадь %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2 also: %3</source>
        <translation>Также %1 → %2: %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 переходит: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>and %n more pieces from %1 to %2, %3 in all</source>
        <translation>
            <numerusform>и ещё %n участок %1 → %2, всего %3</numerusform>
            <numerusform>и ещё %n участка %1 → %2, всего %3</numerusform>
            <numerusform>и ещё %n участков %1 → %2, всего %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+14"/>
        <source>no party</source>
        <translation>без стороны</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../gui/diff_map.py" line="+86"/>
        <source>Show &amp;changes on map</source>
        <extracomment>True while View ▸ Show changes on map is on. The overlay&apos;s labels as last drawn (``render.diff_overlay.Callout``).</extracomment>
        <translation>Показать &amp;изменения на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/diff_map.py" line="+5"/>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation>Штриховать полученную и потерянную территорию относительно сравниваемой версии, показывать старые границы пунктиром и подписывать наибольшие смещения</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <location filename="../gui/diff_summary.py" line="+69"/>
        <source>%n smaller piece, %1</source>
        <extracomment>Pieces of land changing hands listed one by one in the summary (the rest are summed). A party&apos;s or a buffer&apos;s net change smaller than this reads as none (0.0 km² either way).</extracomment>
        <translation>
            <numerusform>%n мелкий участок, %1</numerusform>
            <numerusform>%n мелких участка, %1</numerusform>
            <numerusform>%n мелких участков, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>%n мелкий участок, всего %1</numerusform>
            <numerusform>%n мелких участка, всего %1</numerusform>
            <numerusform>%n мелких участков, всего %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/diff_summary.py" line="+62"/>
        <source>and %n more piece from %1 to %2, %3</source>
        <translation>
            <numerusform>и ещё %n участок %1 → %2, %3</numerusform>
            <numerusform>и ещё %n участка %1 → %2, %3</numerusform>
            <numerusform>и ещё %n участков %1 → %2, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <location filename="../gui/diff_table.py" line="+68"/>
        <source>Feature</source>
        <extracomment>The measures&apos; columns: numbers, right-aligned, sorted as numbers. Columns the docked table shows at first: what changed and how much land; the others (party, layer, largest shift, areas before and after, attributes) are in the Columns menu, in the selected change&apos;s details and in &quot;Show large&quot; (the parties&apos; totals and the land changing hands are in the summary above the table).</extracomment>
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
    <name>DiffText</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+407"/>
        <location filename="extra_strings.py" line="+1295"/>
        <source>%n smaller piece(s), %1 in all</source>
        <translation>
            <numerusform>%n мелкий участок, всего %1</numerusform>
            <numerusform>%n мелких участка, всего %1</numerusform>
            <numerusform>%n мелких участков, всего %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%n piece(s), %1 in all</source>
        <translation>
            <numerusform>%n участок, всего %1</numerusform>
            <numerusform>%n участка, всего %1</numerusform>
            <numerusform>%n участков, всего %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>Within the tolerance of %1 (the same line): %n boundaries, %2.</source>
        <translation>
            <numerusform>В пределах допуска %1 (одна и та же линия): %n граница, %2.</numerusform>
            <numerusform>В пределах допуска %1 (одна и та же линия): %n границы, %2.</numerusform>
            <numerusform>В пределах допуска %1 (одна и та же линия): %n границ, %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="-87"/>
        <source>Changes from &quot;%1&quot; (%2) to &quot;%3&quot; (%4)</source>
        <extracomment>The sentences of ``zoneeditor diff``&apos;s text report (``core.diff_report.summary_text``, its words in ``core.diff_words``; %1... are names and figures), translated by ``i18n.report_words`` for ``--lang``.</extracomment>
        <translation>Изменения: «%1» (%2) → «%3» (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modified, %2 added, %3 removed, %4 unchanged.</source>
        <translation>изменено: %1, добавлено: %2, удалено: %3, без изменений: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features with different ids matched %1.</source>
        <translation>Объекты с разными идентификаторами сопоставлены: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by code</source>
        <translation>%1 — по коду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by name</source>
        <translation>%1 — по названию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by name variant</source>
        <translation>%1 — по варианту написания названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by overlap</source>
        <translation>%1 — по перекрытию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 — по признаку «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions hold the same map content.</source>
        <translation>Обе версии содержат одинаковую карту.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <location filename="values.py" line="+128"/>
        <source>zone %1</source>
        <extracomment>The script each interface language is written in (Unicode character name prefixes). A feature without a name, by layer (context &quot;DiffText&quot;: the comparison&apos;s texts say the same; ``core.diff_report``).</extracomment>
        <translation>зона %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="values.py" line="+1"/>
        <source>line %1</source>
        <translation>линия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="values.py" line="+1"/>
        <source>point %1</source>
        <translation>точка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer zone</source>
        <translation>буферная зона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: modified</source>
        <translation>%1: изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: added</source>
        <translation>%1: добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: removed</source>
        <translation>%1: удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unchanged</source>
        <translation>%1: без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new zone of %1</source>
        <translation>новая зона площадью %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer a zone</source>
        <translation>зона площадью %1 упразднена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1</source>
        <translation>получено %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1 (%2)</source>
        <translation>получено %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost %1</source>
        <translation>потеряно %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost %1 (%2)</source>
        <translation>потеряно %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max shift %1</source>
        <translation>наибольшее смещение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved up to %1 (mean %2), %3 between old and new line</source>
        <translation>смещена до %1 (в среднем на %2), между старой и новой линией %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved %1</source>
        <translation>перемещено на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed from %1 to %2</source>
        <translation>передано: %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1</source>
        <translation>изменены атрибуты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boundary within the tolerance (moved up to %1)</source>
        <translation>граница в пределах допуска (смещена не более чем на %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by code: %1</source>
        <translation>сопоставлено по коду: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name: %1</source>
        <translation>сопоставлено по названию: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name variant: %1</source>
        <translation>сопоставлено по варианту написания названия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by overlap: %1</source>
        <translation>сопоставлено по перекрытию: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by %1: %2</source>
        <translation>сопоставлено (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>в точке %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party (buffer zones excluded)</source>
        <translation>Территория по сторонам (без буферных зон)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zones (no party&apos;s territory, not counted above)</source>
        <translation>Буферные зоны (не территория сторон, выше не учтены)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no party</source>
        <translation>без стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands</source>
        <translation>Территория, переходящая от стороны к стороне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 переходит: %3 → %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 больше не принадлежит ни одной стороне (было — %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 не принадлежала ни одной стороне, теперь — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land gained or lost, too small to list: %1 (%2); the totals include them</source>
        <translation>Полученные или потерянные участки, слишком мелкие для списка: %1 (%2); в итоги они включены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under %1</source>
        <translation>меньше %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thinner than %1</source>
        <translation>уже %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed in what both versions give; the notes say what one of them does not give.</source>
        <translation>В том, что указано в обеих версиях, ничего не изменилось; чего нет в одной из них — сказано в примечаниях.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no party column recognised, or it is empty; if one of its columns holds the parties, map it with --map-%2 party=COLUMN</source>
        <translation>%1: столбец сторон не распознан или пуст; если стороны указаны в одном из столбцов, сопоставьте его: --map-%2 party=COLUMN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: its column %2 holds the other side&apos;s parties; to compare them, add %3</source>
        <translation>%1: в столбце %2 — стороны, как их называет другая версия; чтобы сравнить их, добавьте %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s statuses; to compare them, add %3</source>
        <translation>%1: в столбце %2 — статусы, как их называет другая версия; чтобы сравнить их, добавьте %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s kinds of feature; to compare them, add %3</source>
        <translation>%1: в столбце %2 — виды объектов, как их называет другая версия; чтобы сравнить их, добавьте %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s ids; to pair the features by them, add %3</source>
        <translation>%1: в столбце %2 — идентификаторы объектов другой версии; чтобы сопоставить объекты по ним, добавьте %3</translation>
    </message>
</context>
<context>
    <name>DrawingPartyCombo</name>
    <message>
        <location filename="../gui/drawing_party.py" line="+39"/>
        <source>Party given to the zones and lines you draw. None: they get no party (choose one in Attributes later).</source>
        <translation>Сторона, которая присваивается нарисованным зонам и линиям. «Нет»: они остаются без стороны (её можно выбрать позже в «Атрибутах»).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party: %1</source>
        <translation>Сторона: %1</translation>
    </message>
</context>
<context>
    <name>EditingManager</name>
    <message>
        <location filename="../gui/tool_manager.py" line="+62"/>
        <source>Problems</source>
        <extracomment>How long a refused edit&apos;s location stays marked (ms).</extracomment>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+14"/>
        <source>Coordinates</source>
        <translation>Координаты</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+69"/>
        <source>Vertex not added: correct the coordinates in the box</source>
        <translation>Вершина не добавлена: исправьте координаты в поле</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vertex at %1: read as longitude, latitude</source>
        <translation>Вершина в точке %1: прочитано как долгота, широта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertex at %1: read as longitude, latitude, since %2 cannot be a latitude</source>
        <translation>Вершина в точке %1: прочитано как долгота, широта, поскольку %2 не может быть широтой</translation>
    </message>
    <message>
        <source>Longitude first? Vertex at %1, far off; latitude first it is %2 (Backspace on the map removes the vertex)</source>
        <translation type="vanished">Долгота первой? Вершина в %1 — далеко; если первой читать широту, это %2 (Backspace на карте убирает вершину)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not taken: the reason is under the coordinate box</source>
        <translation>Не принято: причина — под полем координат</translation>
    </message>
    <message>
        <source>Vertex at %1, far from where you are drawing: typed longitude first? Read latitude first it is %2. Backspace on the map takes the vertex back</source>
        <translation type="vanished">Вершина в точке %1 — далеко от места, где вы рисуете: вы ввели сначала долготу? Если первой читать широту, это %2. Backspace на карте убирает вершину</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Centred on %1 (choose a drawing tool to add a vertex there)</source>
        <translation>Центрировано на %1 (выберите инструмент рисования, чтобы добавить туда вершину)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-362"/>
        <source>Undo and Redo stop at “%1”. %2</source>
        <translation>Отмена и повтор останавливаются на «%1». %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreed baseline is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>Согласованная основа заблокирована: снимите блокировку на панели «Слои», чтобы отменить или повторить этот шаг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer %1 of %2 is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>В версии %2 заблокирован слой «%1»: снимите блокировку на панели «Слои», чтобы отменить или повторить этот шаг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers %1 of %2 are locked: unlock them in the Layers panel to undo or redo this step.</source>
        <translation>В версии %2 заблокированы слои %1: снимите блокировку на панели «Слои», чтобы отменить или повторить этот шаг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer %1 of the agreed baseline is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>В согласованной основе заблокирован слой «%1»: снимите блокировку на панели «Слои», чтобы отменить или повторить этот шаг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers %1 of the agreed baseline are locked: unlock them in the Layers panel to undo or redo this step.</source>
        <translation>В согласованной основе заблокированы слои %1: снимите блокировку на панели «Слои», чтобы отменить или повторить этот шаг.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+99"/>
        <location line="+59"/>
        <source>Export</source>
        <extracomment>Emitted after a verified export, with its one-line summary.</extracomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>UTF-8 (recommended)</source>
        <extracomment>What the target&apos;s name starts with: the project file&apos;s stem (or its title).</extracomment>
        <translation>UTF-8 (рекомендуется)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1256 (Arabic, for old readers)</source>
        <translation>Windows-1256 (арабская, для старых программ)</translation>
    </message>
    <message>
        <source>Pack the shapefiles into one .zip</source>
        <translation type="vanished">Упаковать файлы Shapefile в один .zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack the shapefiles into one %1 file</source>
        <translation>Упаковать файлы Shapefile в один файл %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+113"/>
        <source>Will be written (shapefile field names are at most 10 bytes: 10 Latin letters, 5 Arabic or Cyrillic ones in UTF-8; the full names are saved beside the files in %1):</source>
        <extracomment>Above the preview: what it lists (the field names only for shapefiles).</extracomment>
        <translation>Будет записано (имена полей Shapefile — не более 10 байт: 10 латинских букв или 5 кириллических либо арабских в UTF-8; полные имена сохраняются рядом с файлами в %1):</translation>
    </message>
    <message>
        <source>Will be written (shapefile field names are at most 10 bytes: 10 Latin letters, 5 Arabic or Cyrillic ones in UTF-8; the full names are saved beside the files in .fields.json):</source>
        <extracomment>Above the preview: what it lists (the field names only for shapefiles).</extracomment>
        <translation type="vanished">Будет записано (имена полей Shapefile — не более 10 байт: 10 латинских букв или 5 кириллических либо арабских в UTF-8; полные имена сохраняются рядом с файлами в .fields.json):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will be written:</source>
        <translation>Будет записано:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder for the shapefiles</source>
        <translation>Папка для файлов Shapefile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one version.</source>
        <translation>Отметьте хотя бы одну версию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save.</source>
        <translation>Выберите, куда сохранить.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing was exported; existing files are unchanged.</source>
        <translation>Ничего не экспортировано; существующие файлы не изменены.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-50"/>
        <source>Exported %1 to %2 (%3); read back and verified</source>
        <translation>Экспортировано в %2 (%3): %1; прочитано заново и проверено</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="-295"/>
        <source>%n zone</source>
        <extracomment>Extensions the dialog gives its targets (a shapefile export without .zip is a folder).</extracomment>
        <translation>
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n zones</source>
        <translation>
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n line</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n point</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation type="vanished">
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="vanished">
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="vanished">
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation type="vanished">Не удалось загрузить некоторые функции: %1</translation>
    </message>
</context>
<context>
    <name>FarVertexQuestion</name>
    <message>
        <location filename="../gui/far_vertex_question.py" line="+38"/>
        <source>Vertex far away</source>
        <translation>Вершина далеко</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be a latitude, so the numbers were read as longitude, latitude.</source>
        <translation>%1 не может быть широтой, поэтому числа прочитаны как долгота, широта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it anyway?</source>
        <translation>Всё равно добавить?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read as longitude, latitude, it is %1, %2 from it.</source>
        <translation>Если читать как долготу, широту, это %1, в %2 от него.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it in one of the two readings, or not at all?</source>
        <translation>Добавить её в одном из двух прочтений или не добавлять?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as latitude, longitude</source>
        <translation>Добавить как широту, долготу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as longitude, latitude</source>
        <translation>Добавить как долготу, широту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not add</source>
        <translation>Не добавлять</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vertex typed, %1, lies %2 from what you are drawing.</source>
        <translation>Введённая вершина %1 лежит в %2 от того, что вы рисуете.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vertex typed, %1, lies %2 from the selected features.</source>
        <translation>Введённая вершина %1 лежит в %2 от выбранных объектов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertex typed, %1, lies %2 from the part of the map shown.</source>
        <translation>Введённая вершина %1 лежит в %2 от показанной части карты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from what you are drawing.</source>
        <translation>Если читать как широту, долготу, введённая вершина — это %1, в %2 от того, что вы рисуете.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from the selected features.</source>
        <translation>Если читать как широту, долготу, введённая вершина — это %1, в %2 от выбранных объектов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from the part of the map shown.</source>
        <translation>Если читать как широту, долготу, введённая вершина — это %1, в %2 от показанной части карты.</translation>
    </message>
</context>
<context>
    <name>FeatureKind</name>
    <message>
        <location filename="values.py" line="-157"/>
        <source>de-escalation</source>
        <extracomment>Display names of the kinds the editor itself gives (tools, sample) and that negotiation maps commonly use; other kinds are shown as stored.</extracomment>
        <translation>деэскалация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer</source>
        <translation>буферная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>контроль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demilitarised</source>
        <translation>демилитаризованная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact</source>
        <translation>линия соприкосновения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation post</source>
        <translation>наблюдательный пост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkpoint</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring centre</source>
        <translation>центр мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossing</source>
        <translation>переход</translation>
    </message>
</context>
<context>
    <name>FeatureStatus</name>
    <message>
        <location line="-16"/>
        <source>proposed</source>
        <extracomment>Display names of the statuses a feature may carry (core.model.STATUSES).</extracomment>
        <translation>предложено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>оспаривается</translation>
    </message>
</context>
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../gui/georef_dialog.py" line="+64"/>
        <source>Georeference image</source>
        <translation>Геопривязка изображения</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading %1…</source>
        <extracomment>The georeferencing shown (a draft until its first point) and its change sets. The control point being placed (its scan half and its place).</extracomment>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+17"/>
        <location filename="../gui/georef_dialog.py" line="+52"/>
        <source>No scan</source>
        <translation>Нет скана</translation>
    </message>
    <message>
        <location filename="../gui/georef_dialog.py" line="+8"/>
        <source>%1, page %2 of %3</source>
        <translation>%1, страница %2 из %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>RMS %1 m in %2</source>
        <translation>СКО %1 м в %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-5"/>
        <source>Now click the same place on the map, or type its coordinate and press Enter</source>
        <translation>Теперь щёлкните то же место на карте или введите его координаты и нажмите Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now click the same place on the scan (or type its x and y) and press Add point</source>
        <translation>Теперь щёлкните то же место на скане (или введите x и y) и нажмите «Добавить точку»</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Click a landmark on the scan (a grid crossing, a junction), then the same place on the map</source>
        <translation>Щёлкните ориентир на скане (пересечение сетки, перекрёсток), затем то же место на карте</translation>
    </message>
    <message>
        <location filename="../gui/georef_dialog.py" line="+57"/>
        <source>Not a place: %1</source>
        <translation>Это не координаты: %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+30"/>
        <location filename="../gui/georef_save.py" line="+42"/>
        <source>Save georeferenced image</source>
        <translation>Сохранить геопривязанное изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/georef_save.py" line="+1"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../gui/georef_dialog.py" line="+69"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and shown it as a reference layer</source>
        <translation>%1 сохранён и показан как опорный слой</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the georeferenced image</source>
        <translation>Не удаётся сохранить геопривязанное изображение</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-28"/>
        <source>Affine (3 points or more)</source>
        <translation>Аффинное (3 точки и более)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial, 2nd order (6 points or more)</source>
        <translation>Полином 2-й степени (6 точек и более)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin-plate spline (3 points or more)</source>
        <translation>Сплайн тонкой пластины (3 точки и более)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open scan…</source>
        <translation>&amp;Открыть скан…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>Страница </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page of the PDF annex to georeference</source>
        <translation>Страница PDF-приложения для геопривязки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the UTM zone of the points</source>
        <translation>зона UTM точек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate system the scanned map is drawn in, e.g. EPSG:32637 (UTM 37N) or EPSG:4326 (a latitude/longitude grid); empty: the UTM zone of the control points</source>
        <translation>Система координат, в которой нарисована сканированная карта, например EPSG:32637 (UTM 37N) или EPSG:4326 (сетка широт и долгот); если пусто — зона UTM контрольных точек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a scanned map (PNG, JPEG, TIFF) or a PDF annex</source>
        <translation>Открыть сканированную карту (PNG, JPEG, TIFF) или PDF-приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column on the scan (pixels from the left edge)</source>
        <translation>Столбец на скане (пиксели от левого края)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row on the scan (pixels from the top edge)</source>
        <translation>Строка на скане (пиксели от верхнего края)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude, longitude — or DMS, UTM, MGRS</source>
        <translation>широта, долгота — или DMS, UTM, MGRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the point lies, in any notation: 35.93, 36.55 · 35°55&apos;48&quot;N 36°33&apos;E · 37S 267000 3710000 · 37SBT4827211116</source>
        <translation>Где находится точка, в любой записи: 35.93, 36.55 · 35°55&apos;48&quot;N 36°33&apos;E · 37S 267000 3710000 · 37SBT4827211116</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add point</source>
        <translation>&amp;Добавить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete point</source>
        <translation>&amp;Удалить точку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>От&amp;менить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Повто&amp;рить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save GeoTIFF and add as reference…</source>
        <translation>&amp;Сохранить GeoTIFF и добавить как опорный слой…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transform:</source>
        <translation>Пр&amp;еобразование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map &amp;grid:</source>
        <translation>Сет&amp;ка карты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan: click a landmark</source>
        <translation>Скан: щёлкните ориентир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: click the same place</source>
        <translation>Карта: щёлкните то же место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan &amp;x:</source>
        <translation>&amp;x на скане:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>Мес&amp;то:</translation>
    </message>
</context>
<context>
    <name>GuideHelp</name>
    <message>
        <location filename="../gui/help_guide.py" line="+324"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not installed with this copy of ZoneEditor.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией ZoneEditor.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../gui/history_panel.py" line="+43"/>
        <source>Opened project</source>
        <translation>Открытие проекта</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+87"/>
        <location filename="../gui/import_dialog/dialog.py" line="+82"/>
        <location line="+268"/>
        <source>Import</source>
        <extracomment>Emitted after an import was pushed on the history, with what the status bar says (the files, what came in and what was left out) and how many features were left out.</extracomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../gui/import_dialog/file_picker.py" line="+63"/>
        <source>Add files…</source>
        <extracomment>The folder of the files last picked or imported (None until then)</extracomment>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/import_dialog/file_picker.py" line="+1"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Into the agreed baseline</source>
        <translation>В согласованную основу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a new proposal named:</source>
        <translation>Как новое предложение с именем:</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+1"/>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system:</source>
        <translation>Система координат:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and fields</source>
        <translation>Стол&amp;бцы и поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/import_dialog/dialog.py" line="-77"/>
        <source>Pro&amp;blems</source>
        <translation>Пробл&amp;емы</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>From the file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-1"/>
        <source>Pro&amp;blems (%1)</source>
        <translation>Пробл&amp;емы (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 to import</source>
        <translation>к импорту: %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <source>Imported %1: %2</source>
        <translation>Импортировано из %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Files (shapefile, zip, GeoPackage, GeoJSON, KML):</source>
        <translation>Файлы (shapefile, zip, GeoPackage, GeoJSON, KML):</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Imported %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-200"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-19"/>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>check the file; nothing was changed</source>
        <translation>проверьте файл; ничего не изменено</translation>
    </message>
    <message>
        <source>check the file; the editor is unaffected</source>
        <translation type="vanished">проверьте файл; на редактор это не влияет</translation>
    </message>
    <message>
        <source>Read %1 file(s).</source>
        <translation type="vanished">Прочитано файлов: %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: %2; coordinates %3; text %4</source>
        <translation>%1: %2; координаты %3; текст %4</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no features</source>
        <translation>нет объектов</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Columns of &amp;file:</source>
        <translation>Столбцы &amp;файла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recognised columns</source>
        <translation>Вернуть &amp;распознанные столбцы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file</source>
        <translation>Столбцы файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the feature labels</source>
        <translation>Предпросмотр подписей объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view (labels of the first features):</source>
        <translation>&amp;Предпросмотр (подписи первых объектов):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Заполнено</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a file to see its columns.</source>
        <translation>Прочитайте файл, чтобы увидеть его столбцы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has no attribute columns.</source>
        <translation>В этом файле нет столбцов атрибутов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the columns you chose before for files with these columns.</source>
        <translation>Используются столбцы, выбранные вами ранее для файлов с такими столбцами.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your choice is remembered for files with these columns when you import.</source>
        <translation>При импорте ваш выбор запоминается для файлов с такими столбцами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns are taken as recognised.</source>
        <translation>Столбцы берутся так, как они распознаны.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <location filename="../gui/window_wording.py" line="+29"/>
        <source>tick &quot;swap them&quot; above, or fix the source file</source>
        <translation>отметьте «поменять местами» выше или исправьте исходный файл</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>repair offered: tick &quot;Accept the offered repairs&quot;</source>
        <extracomment>Template of the floors -&gt; (translation context, the window&apos;s wording; same %1, %2...). The import dialog&apos;s hints keep their context (its &quot;What to do&quot; column words them so). (QT_TRANSLATE_NOOP marks the wording for lupdate; its stub returns ``object``.)</extracomment>
        <translation>предложено исправление: отметьте «Принять предложенные исправления»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>enter the coordinate system above, e.g. EPSG:32637</source>
        <translation>укажите систему координат выше, например EPSG:32637</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the coordinate system %1 entered above is not one PROJ knows</source>
        <translation>система координат %1, указанная выше, неизвестна PROJ</translation>
    </message>
    <message>
        <source>choose the columns on the Columns and fields tab</source>
        <translation type="vanished">выберите столбцы на вкладке «Столбцы и поля»</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+6"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../gui/window_wording.py" line="+4"/>
        <source>choose another text encoding above if names look wrong</source>
        <translation>выберите другую кодировку выше, если названия выглядят неверно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the text encoding %1 above</source>
        <translation>выберите кодировку %1 выше</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation type="vanished">
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="vanished">
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="vanished">
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+51"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local-script name</source>
        <translation>название в местной письменности</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location line="-77"/>
        <location filename="../gui/import_dialog/file_picker.py" line="-36"/>
        <source>Maps (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>Карты (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Columns taken for what they hold (the project&apos;s values): %1. Choose others below if that is wrong.</source>
        <translation>Столбцы выбраны по содержимому (значения проекта): %1. Если это неверно, выберите другие ниже.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 as %2</source>
        <translation>%1 — как %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the layers %1 of %2 are locked (unlock them in the Layers panel, or import as a new proposal)</source>
        <translation>в версии %2 заблокированы слои %1 (снимите блокировку на панели «Слои» или импортируйте как новое предложение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer %1 of %2 is locked (unlock it in the Layers panel, or import as a new proposal)</source>
        <translation>в версии %2 заблокирован слой «%1» (снимите блокировку на панели «Слои» или импортируйте как новое предложение)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party and status values the project does not know</source>
        <translation>Значения сторон и статусов, неизвестные проекту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the files</source>
        <translation>Значение в файлах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>These party and status values are not ones the project knows. Choose what each is read as; a party kept as it is becomes a new party.</source>
        <translation>Эти значения сторон и статусов проекту неизвестны. Выберите, как читать каждое; сторона, оставленная как есть, станет новой стороной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every party and status value of the files is one the project knows (letter case, spacing and spelling variants of Arabic letters aside).</source>
        <translation>Все значения сторон и статусов в файлах известны проекту (без учёта регистра, пробелов и вариантов написания арабских букв).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no party)</source>
        <translation>(без стороны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no status)</source>
        <translation>(без статуса)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1 as</source>
        <translation>Читать %1 как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep %1 as a new party</source>
        <translation>оставить %1 как новую сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep %1 as it is</source>
        <translation>оставить %1 как есть</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gui/import_dialog/dialog.py" line="+142"/>
        <source>Part&amp;y and status values</source>
        <translation>&amp;Значения сторон и статусов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>другое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name column recognised: choose one below</source>
        <translation>столбец названия не распознан: выберите его ниже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local-script name:</source>
        <translation>&amp;Местное название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id (stable):</source>
        <translation>&amp;Идентификатор (постоянный):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no</source>
        <translation>да/нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>пустой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code (%1)</source>
        <translation>код (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names from %1</source>
        <translation>названия из %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, ids from %1</source>
        <translation>, идентификаторы из %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable coordinate system</source>
        <translation>нет пригодной системы координат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no geometry</source>
        <translation>нет геометрии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a geometry that cannot be read or imported</source>
        <translation>геометрия, которую нельзя прочитать или импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, with no repair</source>
        <translation>некорректная геометрия без возможности исправления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp and .dbf do not pair them</source>
        <translation>файлы .shp и .dbf не сопоставляют их</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>, codes from %1 (%2)</source>
        <translation>, коды из %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, level %2</source>
        <translation>%1, уровень %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+87"/>
        <source>Read %n file.</source>
        <extracomment>The attributes the mapping step offers, in the order shown.</extracomment>
        <translation>
            <numerusform>Прочитан %n файл.</numerusform>
            <numerusform>Прочитано %n файла.</numerusform>
            <numerusform>Прочитано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>Read %n files.</source>
        <translation>
            <numerusform>Прочитан %n файл.</numerusform>
            <numerusform>Прочитано %n файла.</numerusform>
            <numerusform>Прочитано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n zone</source>
        <translation>
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n zones</source>
        <translation>
            <numerusform>%n зона</numerusform>
            <numerusform>%n зоны</numerusform>
            <numerusform>%n зон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n line</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n lines</source>
        <translation>
            <numerusform>%n линия</numerusform>
            <numerusform>%n линии</numerusform>
            <numerusform>%n линий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n point</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n points</source>
        <translation>
            <numerusform>%n точка</numerusform>
            <numerusform>%n точки</numerusform>
            <numerusform>%n точек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n problem needs a decision first — see Problems</source>
        <translation>
            <numerusform>%n проблема требует решения — см. «Проблемы»</numerusform>
            <numerusform>%n проблемы требуют решения — см. «Проблемы»</numerusform>
            <numerusform>%n проблем требуют решения — см. «Проблемы»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n problems need a decision first — see Problems</source>
        <translation>
            <numerusform>%n проблема требует решения — см. «Проблемы»</numerusform>
            <numerusform>%n проблемы требуют решения — см. «Проблемы»</numerusform>
            <numerusform>%n проблем требуют решения — см. «Проблемы»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+7"/>
        <source>%n file cannot be read — see Problems; nothing is imported while it is on the list</source>
        <translation>
            <numerusform>%n файл не читается — см. «Проблемы»; пока он в списке, ничего не импортируется</numerusform>
            <numerusform>%n файла не читаются — см. «Проблемы»; пока они в списке, ничего не импортируется</numerusform>
            <numerusform>%n файлов не читаются — см. «Проблемы»; пока они в списке, ничего не импортируется</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n files cannot be read — see Problems; nothing is imported while they are on the list</source>
        <translation>
            <numerusform>%n файл не читается — см. «Проблемы»; пока он в списке, ничего не импортируется</numerusform>
            <numerusform>%n файла не читаются — см. «Проблемы»; пока они в списке, ничего не импортируется</numerusform>
            <numerusform>%n файлов не читаются — см. «Проблемы»; пока они в списке, ничего не импортируется</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+8"/>
        <source>%n repair offered</source>
        <translation>
            <numerusform>предложено %n исправление</numerusform>
            <numerusform>предложено %n исправления</numerusform>
            <numerusform>предложено %n исправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n repairs offered</source>
        <translation>
            <numerusform>предложено %n исправление</numerusform>
            <numerusform>предложено %n исправления</numerusform>
            <numerusform>предложено %n исправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+24"/>
        <source>%n feature left out: %1 — see Problems</source>
        <translation>
            <numerusform>%n объект пропущен: %1 — см. «Проблемы»</numerusform>
            <numerusform>%n объекта пропущены: %1 — см. «Проблемы»</numerusform>
            <numerusform>%n объектов пропущены: %1 — см. «Проблемы»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n features left out: %1 — see Problems</source>
        <translation>
            <numerusform>%n объект пропущен: %1 — см. «Проблемы»</numerusform>
            <numerusform>%n объекта пропущены: %1 — см. «Проблемы»</numerusform>
            <numerusform>%n объектов пропущены: %1 — см. «Проблемы»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+10"/>
        <source>%n feature left out (%1)</source>
        <translation>
            <numerusform>%n объект пропущен (%1)</numerusform>
            <numerusform>%n объекта пропущены (%1)</numerusform>
            <numerusform>%n объектов пропущены (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n features left out (%1)</source>
        <translation>
            <numerusform>%n объект пропущен (%1)</numerusform>
            <numerusform>%n объекта пропущены (%1)</numerusform>
            <numerusform>%n объектов пропущены (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+9"/>
        <source>%n new party: %1 — see Party and status values</source>
        <translation>
            <numerusform>%n новая сторона: %1 — см. «Значения сторон и статусов»</numerusform>
            <numerusform>%n новые стороны: %1 — см. «Значения сторон и статусов»</numerusform>
            <numerusform>%n новых сторон: %1 — см. «Значения сторон и статусов»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n new parties: %1 — see Party and status values</source>
        <translation>
            <numerusform>%n новая сторона: %1 — см. «Значения сторон и статусов»</numerusform>
            <numerusform>%n новые стороны: %1 — см. «Значения сторон и статусов»</numerusform>
            <numerusform>%n новых сторон: %1 — см. «Значения сторон и статусов»</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read the text as %1</source>
        <translation>Читать текст как %1</translation>
    </message>
    <message>
        <source>%1 zones, %2 lines, %3 points to import</source>
        <translation type="vanished">К импорту: зон %1, линий %2, точек %3</translation>
    </message>
    <message>
        <source>%1 problem(s) need a decision first</source>
        <translation type="vanished">Сначала нужно решить проблемы: %1</translation>
    </message>
    <message>
        <source>%1 repair(s) offered</source>
        <translation type="vanished">Предложено исправлений: %1</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-1"/>
        <source>Part&amp;y and status values (%1)</source>
        <translation>&amp;Значения сторон и статусов (%1)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+5"/>
        <source>the agreed baseline is locked (unlock it in the Layers panel, or import as a proposal)</source>
        <translation>согласованная основа заблокирована (снимите блокировку на панели «Слои» или импортируйте как предложение)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="+85"/>
        <source>Import %1, leave out %2</source>
        <translation>Импортировать %1, пропустить %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-51"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation>Импорт Shapefile, GeoPackage, GeoJSON или KML от другой стороны</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="extra_strings.py" line="-1205"/>
        <source>From the file (.cpg)</source>
        <extracomment>The import dialog&apos;s text encodings (``import_dialog.reading_options.ENCODINGS``).</extracomment>
        <translation>Из файла (.cpg)</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+1"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (арабская)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (латиница-1)</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+89"/>
        <location filename="../gui/layers_panel.py" line="+48"/>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/layers_panel.py" line="+1"/>
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/layers_panel.py" line="+1"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location filename="../gui/layers_panel.py" line="+18"/>
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
        <location line="+170"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Move the layer up (drawn above the others)</source>
        <translation>Переместить слой вверх (рисуется поверх других)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the layer down</source>
        <translation>Переместить слой вниз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed baseline locked</source>
        <translation>Согласованная основа заблокирована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While locked, the agreed baseline cannot be edited by mistake</source>
        <translation>Пока основа заблокирована, её нельзя изменить по ошибке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show agreed beneath proposals</source>
        <translation>Показывать согласованное под предложениями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Lock this layer of the agreed baseline against edits</source>
        <extracomment>The reference layers&apos; rows (None when the panel was made without references).</extracomment>
        <translation>Заблокировать этот слой согласованной основы от правок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock this layer of every proposal against edits</source>
        <translation>Заблокировать этот слой во всех предложениях от правок</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show layer %1</source>
        <translation>Показать слой «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or hides layer %1 in every version</source>
        <translation>Показывает или скрывает слой «%1» во всех версиях</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock layer %1 of the agreed baseline</source>
        <translation>Заблокировать слой «%1» согласованной основы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While ticked, layer %1 of the agreed baseline cannot be edited</source>
        <translation>Пока флажок установлен, слой «%1» согласованной основы нельзя изменить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock layer %1 of every proposal</source>
        <translation>Заблокировать слой «%1» во всех предложениях</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While ticked, layer %1 cannot be edited in %2 or in any other proposal</source>
        <translation>Пока флажок установлен, слой «%1» нельзя изменить ни в версии «%2», ни в других предложениях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity of layer %1</source>
        <translation>Непрозрачность слоя «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show or hide this layer</source>
        <translation>Показать или скрыть этот слой</translation>
    </message>
    <message>
        <source>Lock this layer against edits</source>
        <translation type="vanished">Заблокировать этот слой от правок</translation>
    </message>
</context>
<context>
    <name>Locator</name>
    <message>
        <location filename="../gui/locator.py" line="+89"/>
        <source>zone of the project</source>
        <extracomment>The locator&apos;s key. Results listed at most. Half the side (degrees) of the view shown around a town (about 1:250,000 on a laptop). Half the side (degrees) of the view around a point feature. How far around the project&apos;s extent (degrees) places count as &quot;near&quot; for the ranking. How long the place gone to stays marked (ms).</extracomment>
        <translation>зона проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of the project</source>
        <translation>линия проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point of the project</source>
        <translation>точка проекта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to place or feature…</source>
        <translation>Перейти к &amp;месту или объекту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a town, a country or a feature of the project by its name and show it on the map</source>
        <translation>Найти населённый пункт, страну или объект проекта по названию и показать на карте</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Type a name: a town, a country, or a zone, line or point of the project. Enter goes there, Escape closes.</source>
        <translation>Введите название населённого пункта, страны или зоны, линии, точки проекта. Enter — перейти, Escape — закрыть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is called “%1”.</source>
        <translation>Ничего с названием «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/locator.py" line="+3"/>
        <source>%n found; Enter shows the first.</source>
        <translation>
            <numerusform>Найден %n результат; Enter — показать первый.</numerusform>
            <numerusform>Найдено %n результата; Enter — показать первый.</numerusform>
            <numerusform>Найдено %n результатов; Enter — показать первый.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="+4"/>
        <source>(Towns and countries are still being loaded.)</source>
        <translation>(Населённые пункты и страны ещё загружаются.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>town in %1</source>
        <translation>населённый пункт, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(its layer is hidden: show it in Layers)</source>
        <translation>(его слой скрыт: включите его в «Слоях»)</translation>
    </message>
</context>
<context>
    <name>LocatorPopup</name>
    <message>
        <location filename="../gui/locator_popup.py" line="+109"/>
        <source>Place or feature name (English, Arabic or Russian)</source>
        <extracomment>Item roles of a result row: the name shown (first line) and what it is (second line).</extracomment>
        <translation>Название места или объекта (на английском, арабском или русском)</translation>
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
        <location line="+4"/>
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
        <source>%1 is already open in this ZoneEditor.</source>
        <translation>%1 уже открыт в этом экземпляре ZoneEditor.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is locked by a lock file that cannot be read:
%2</source>
        <translation>%1 заблокирован файлом блокировки, который не удаётся прочитать:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+23"/>
        <source>Cannot open project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>Не удалось открыть файл %1.

%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../gui/main_window.py" line="+358"/>
        <source>%1 (bundled sample)</source>
        <extracomment>How long the map&apos;s view must rest before it is remembered for the next start (ms). The standard menus, in menu-bar order (an add-on&apos;s own menu goes before Help). The start is complete: panels, add-ons, menus and toolbars are all there. A frame of the map was painted after the start completed and the basemap and towns arrived: the window as the user sees it from then on (emitted once). The map&apos;s part was built (``build``): ``editor``, ``canvas``, menus and toolbars. The version the start showed (the start-up snapshot is true only on it) The first step of a three-step start (None once built, or when not started so) Where a toolbar goes: the first row, or a row of its own (``gui.toolbar_rows``). Toolbars drop their button texts when a row is short of room (``gui.toolbar_fit``) The docks and how they fit the screen (``gui.dock_layout``). F6, Ctrl+digit and Esc between the map and the docks (``gui.window_focus``).</extracomment>
        <translation>%1 (встроенный пример)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>Проект GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save project</source>
        <translation>Не удаётся сохранить проект</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project could not be saved to %1.

%2</source>
        <translation>Не удалось сохранить проект в %1.

%2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../gui/window_shell.py" line="+66"/>
        <source>Opening %1…</source>
        <extracomment>The overlay goes after this long, whatever else happened (ms).</extracomment>
        <translation>Открывается %1…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1%2</source>
        <translation>Показана версия %1%2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (locked: unlock it in Layers to edit)</source>
        <translation> (заблокирована: снимите блокировку в «Слоях», чтобы редактировать)</translation>
    </message>
    <message>
        <location line="-106"/>
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
        <source>%1[*] — ZoneEditor</source>
        <translation type="vanished">%1[*] — ZoneEditor</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">Файл</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">Правка</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">Вид</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="vanished">Инструменты</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="vanished">Версия</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="vanished">Слой</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Справка</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="-70"/>
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
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+114"/>
        <location filename="../gui/window_parts.py" line="+94"/>
        <source>&amp;Reset panel layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/window_parts.py" line="+2"/>
        <source>Put every panel back in its place, arranged for this screen</source>
        <translation>Вернуть все панели на места, с раскладкой под этот экран</translation>
    </message>
    <message>
        <location line="-18"/>
        <location filename="../gui/version_menu.py" line="+66"/>
        <source>%1[*] — %2 — ZoneEditor</source>
        <translation>%1[*] — %2 — ZoneEditor</translation>
    </message>
    <message>
        <location filename="../gui/window_services.py" line="+26"/>
        <source>&amp;File</source>
        <extracomment>The menu bar&apos;s titles with their Alt letters (Alt+F opens File), by the names panels and add-ons ask for (``menu(&quot;File&quot;)``); a translation gives each its own letter. A menu not listed here is titled by its name, translated, with no Alt letter.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ve&amp;rsion</source>
        <translation>В&amp;ерсия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layer</source>
        <translation>&amp;Слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
</context>
<context>
    <name>MapStatus</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-46"/>
        <location filename="../gui/statusbar.py" line="+47"/>
        <source>DMS</source>
        <translation>DMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/statusbar.py" line="+2"/>
        <source>Show the position in degrees, minutes and seconds</source>
        <translation>Показывать координаты в градусах, минутах и секундах</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location line="-66"/>
        <source>%n taken from ours</source>
        <translation>
            <numerusform>%n объект из нашей копии</numerusform>
            <numerusform>%n объекта из нашей копии</numerusform>
            <numerusform>%n объектов из нашей копии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n from theirs</source>
        <translation>
            <numerusform>%n из их копии</numerusform>
            <numerusform>%n из их копии</numerusform>
            <numerusform>%n из их копии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n combined</source>
        <translation>
            <numerusform>%n объединённый</numerusform>
            <numerusform>%n объединённых</numerusform>
            <numerusform>%n объединённых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n within one geometry)</source>
        <translation>
            <numerusform>(%n внутри одной геометрии)</numerusform>
            <numerusform>(%n внутри одной геометрии)</numerusform>
            <numerusform>(%n внутри одной геометрии)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed alike on both</source>
        <translation>
            <numerusform>%n одинаково изменённый в обеих</numerusform>
            <numerusform>%n одинаково изменённых в обеих</numerusform>
            <numerusform>%n одинаково изменённых в обеих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+88"/>
        <source>%n conflict</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/merge_dialog.py" line="+72"/>
        <source>Merge from file</source>
        <extracomment>Quiet time after typing a path before the preview is recomputed.</extracomment>
        <translation>Слияние из файла</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Combine the edits made in another copy of this project with yours, as a new proposal. Neither version is changed.</source>
        <extracomment>The last preview shown (None while none succeeded).</extracomment>
        <translation>Объединить правки, сделанные в другой копии этого проекта, с вашими в новом предложении. Ни одна из версий не изменяется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another copy of this project (.gpkg)</source>
        <translation>Другая копия этого проекта (.gpkg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Other copy:</source>
        <translation>Другая копия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their version:</source>
        <translation>Их версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our version:</source>
        <translation>Наша версия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal:</source>
        <translation>Новое предложение:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the common ancestor myself</source>
        <translation>Указать общего предка вручную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy holding the version both started from</source>
        <translation>Копия с версией, с которой начинали обе</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add their version and compare in the Changes panel</source>
        <translation>Добавить их версию и сравнить на панели «Изменения»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will happen</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge</source>
        <translation>Слить</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Another copy of this project</source>
        <translation>Другая копия этого проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ZoneEditor projects (*.gpkg)</source>
        <translation>Проекты ZoneEditor (*.gpkg)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The copy both started from</source>
        <translation>Копия, с которой начинали обе</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the other copy.</source>
        <translation>Выберите другую копию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this project first: a merge finds the common ancestor from the project file&apos;s history.</source>
        <translation>Сначала сохраните проект: слияние находит общего предка по истории файла проекта.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for the common ancestor and merging…</source>
        <translation>Поиск общего предка и слияние…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>found from the two files&apos; history</source>
        <translation>найден по истории обоих файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named by you</source>
        <translation>указан вами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common ancestor (%1): %2</source>
        <translation>Общий предок (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts will be marked in the new proposal: decide each in the Conflicts panel (until then the proposal keeps ours there).</source>
        <translation>Конфликты будут отмечены в новом предложении: решите каждый на панели «Конфликты» (до тех пор в этих местах остаётся наше).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their version brings nothing new: the proposal will be a copy of ours.</source>
        <translation>Их версия не приносит ничего нового: предложение будет копией нашей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflict: every edit of both sides is kept.</source>
        <translation>Конфликтов нет: все правки обеих копий сохраняются.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These two copies have no common ancestor this project knows of, so a three-way merge cannot tell who changed what. Compare them instead, or name the version both started from above.</source>
        <translation>Общий предок этих двух копий проекту не известен, поэтому трёхстороннее слияние не может определить, кто что изменил. Сравните их или укажите выше версию, с которой начинали обе.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still has open merge conflicts: resolve them in the Conflicts panel before merging it again.</source>
        <translation>В %1 ещё есть открытые конфликты слияния: решите их на панели «Конфликты», прежде чем снова выполнять слияние.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Cannot merge: %1</source>
        <translation>Слияние невозможно: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged %1 into %2: %3</source>
        <translation>%1 слит в %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compare: %1</source>
        <translation>Сравнение невозможно: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 as the version %2 to compare (undo removes it)</source>
        <translation>%1 добавлен как версия %2 для сравнения (отмена её удалит)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-7"/>
        <source>name the file holding the common ancestor</source>
        <translation>укажите файл с общим предком</translation>
    </message>
</context>
<context>
    <name>MergeFromFile</name>
    <message>
        <location filename="../gui/merge_action.py" line="+28"/>
        <source>&amp;Merge from file…</source>
        <extracomment>The dialog last opened (tests drive it).</extracomment>
        <translation>&amp;Слияние из файла…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge another copy of this project into a new proposal; conflicts go to the Conflicts panel</source>
        <translation>Слить другую копию этого проекта в новое предложение; конфликты попадут на панель «Конфликты»</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <location filename="../gui/window_focus.py" line="+109"/>
        <source>&amp;Keyboard focus</source>
        <extracomment>Docks past this many get no Ctrl+digit key (Ctrl+0 is the map&apos;s). Width (px) of the frame around the pane the keys go to. The order of the panes across the window in reading order: the docks on the side read first (left in English, right in Arabic), the top ones, the map, the docks on the other side, the bottom ones, the floating ones. The widget that had the focus last in each dock (entering it goes back there).</extracomment>
        <translation>Фокус &amp;клавиатуры</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next panel</source>
        <translation>&amp;Следующая панель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous panel</source>
        <translation>&amp;Предыдущая панель</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../gui/print_dialog.py" line="+88"/>
        <source>Print</source>
        <extracomment>Extent choices of the dialog (``render.print_options.MAP_AREAS``). The preview&apos;s sheet is painted at this resolution at least, then scaled to fit. Emitted after a file was written, with its path. Reference layers drawn under the project (``RenderReference``, bottom to top); their attributions go in the sheet&apos;s footer.</extracomment>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Landscape</source>
        <extracomment>What the suggested file names start with: the project file&apos;s stem (or title).</extracomment>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current view</source>
        <translation>Текущий вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole version</source>
        <translation>Вся версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation>Фиксированный масштаб</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Both names side by side</source>
        <translation>Оба названия рядом</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="+10"/>
        <location filename="../gui/print_dialog.py" line="+106"/>
        <source>of %n, scale %1</source>
        <translation>
            <numerusform>из %n, масштаб %1</numerusform>
            <numerusform>из %n, масштаб %1</numerusform>
            <numerusform>из %n, масштаб %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/print_dialog.py" line="+3"/>
        <source>Fingerprint %1</source>
        <translation>Отпечаток %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="-2"/>
        <location filename="../gui/print_action.py" line="+42"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/print_action.py" line="+3"/>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation>Печать карты в PDF, PNG или на принтер</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <location line="+148"/>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — changes against %1</source>
        <translation> — изменения относительно версии «%1»</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Zone: %1 (page %2 of %3)</source>
        <translation>Зона: %1 (страница %2 из %3)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 не принадлежала ни одной стороне, теперь — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 переходит: было — %3, стало — %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 больше не принадлежит ни одной стороне (было — %3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DRAFT — for discussion — without prejudice</source>
        <translation>ПРОЕКТ — для обсуждения — без ущерба для позиций сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place names: %1 (%2).</source>
        <translation>Названия мест: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base map: %1 (public domain).</source>
        <translation>Основа карты: %1 (общественное достояние).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../render/print_scalebar.py" line="+116"/>
        <source>Scale %1 (true at %2)</source>
        <extracomment>The paper length the scale is measured over at the map&apos;s centre: 1,000 pixels of the PDF (42.3 mm). A length of paper, not of pixels: measured over 1,000 pixels of a 40 dpi preview (635 mm, a geodesic shorter than the parallel), its scale read 0.07 % off the PDF&apos;s. The sheet&apos;s direction: the statement is one of its sentences. Set by the layout once the map frame (hence the viewport) is known.</extracomment>
        <translation>Масштаб %1 (верен на %2)</translation>
    </message>
    <message>
        <location filename="../render/print_titleblock.py" line="+113"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="+6"/>
        <location filename="../render/print_zonetable.py" line="+160"/>
        <source>Zones (geodesic areas)</source>
        <extracomment>The sheet&apos;s direction: on a right-to-left sheet each row is mirrored (colour at the right, every line set right to left from it). Compact: the local name follows the name on its line (bidi keeps each run in its own direction); used where height is scarce (portrait sheets). The number circle&apos;s diameter and the bold line it sits on (set per device by ``_measure``: what a number needs, &quot;12&quot; included).</extracomment>
        <translation>Зоны (геодезические площади)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The two versions hold the same map content.</source>
        <translation>Обе версии содержат одинаковую карту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party</source>
        <translation>Территория по сторонам</translation>
    </message>
    <message>
        <source>Land changing hands (numbers as on the map)</source>
        <translation type="vanished">Территория, переходящая из рук в руки (номера как на карте)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Changes against %1</source>
        <translation>Изменения по сравнению с версией «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands (letters as on the map)</source>
        <translation>Территория, переходящая из рук в руки (буквы как на карте)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>%1 не указывает сторону ни для одной зоны: площади сторон и переход территории между сторонами не вычислены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>в точке %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 before, %3 after (%4)</source>
        <translation>%1: %2 до, %3 после (%4)</translation>
    </message>
    <message>
        <source>(%1) %2 %3, from %4 to %5</source>
        <translation type="vanished">(%1) %2 %3, от стороны %4 к стороне %5</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 modified, %2 added, %3 removed</source>
        <translation>изменено: %1, добавлено: %2, удалено: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n smaller piece, %1</source>
        <extracomment>Pieces of land changing hands listed by name; smaller ones are summed up.</extracomment>
        <translation type="vanished">
            <numerusform>и %n мелкий участок, %1</numerusform>
            <numerusform>и %n мелких участка, %1</numerusform>
            <numerusform>и %n мелких участков, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>и %n мелкий участок, всего %1</numerusform>
            <numerusform>и %n мелких участка, всего %1</numerusform>
            <numerusform>и %n мелких участков, всего %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projection: equirectangular on %1 (%2), scale true at the map centre.</source>
        <translation>Проекция: равнопромежуточная цилиндрическая на %1 (%2), масштаб верен в центре карты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with zoneeditor %1.</source>
        <translation>Сделано в zoneeditor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2.</source>
        <translation>Страница %1 из %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no status given (solid outline)</source>
        <translation>статус не указан (сплошной контур)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (solid outline)</source>
        <translation>%1 (сплошной контур)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location line="-8"/>
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
        <source>line of contact, no status given</source>
        <translation>линия соприкосновения, статус не указан</translation>
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
        <location line="+9"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two sheets show the same content if and only if their fingerprints match.</source>
        <translation>Два листа показывают одно и то же тогда и только тогда, когда их отпечатки совпадают.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code holds the full SHA-256.</source>
        <translation>QR-код содержит полный SHA-256.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>line of contact, %1</source>
        <translation>линия соприкосновения, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kinds: %1</source>
        <translation>Виды: %1</translation>
    </message>
    <message>
        <location filename="../render/print_legend.py" line="+28"/>
        <source>agreed (solid outline)</source>
        <extracomment>Statuses in the order they are explained, with what shows them on the map.</extracomment>
        <translation>согласовано (сплошной контур)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed (dashed outline)</source>
        <translation>предложено (пунктирный контур)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed (hatched)</source>
        <translation>оспаривается (штриховка)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line of contact, agreed</source>
        <extracomment>The line of contact per status, whole sentences so each language can make the status agree with &quot;line&quot; (Russian &quot;линия …, согласованная&quot;).</extracomment>
        <translation>линия соприкосновения, согласованная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact, proposed</source>
        <translation>линия соприкосновения, предложенная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact, disputed</source>
        <translation>линия соприкосновения, оспариваемая</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../gui/tool_problems_panel.py" line="+108"/>
        <source>No problems in %1</source>
        <extracomment>Wait this long after the last change before re-validating (a drag sends many changes). Half-size (degrees) of the view shown around a problem&apos;s location.</extracomment>
        <translation>%1: проблем нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; zones overlapping: %3</source>
        <translation type="vanished">Проблем в %2: %1; перекрытия зон: %3</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; overlaps between parties: %3</source>
        <translation type="vanished">Проблем в %2: %1; перекрытия между сторонами: %3</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; overlaps between parties: %3 km²</source>
        <translation type="vanished">Проблем в %2: %1; перекрытия между сторонами: %3 км²</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-67"/>
        <location filename="../gui/tool_problems_panel.py" line="-6"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>%1: %n проблема</numerusform>
            <numerusform>%1: %n проблемы</numerusform>
            <numerusform>%1: %n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/tool_problems_panel.py" line="+8"/>
        <source>%n problem(s) in %1; zones overlapping: %2</source>
        <translation>
            <numerusform>%1: %n проблема; перекрытия зон: %2</numerusform>
            <numerusform>%1: %n проблемы; перекрытия зон: %2</numerusform>
            <numerusform>%1: %n проблем; перекрытия зон: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalStart</name>
    <message>
        <location filename="../gui/import_dialog/proposal_start.py" line="+58"/>
        <source>P&amp;ut the imported features into a copy of</source>
        <extracomment>The user changed the choice or the version (the dialog&apos;s summary follows). What putting the current features into the chosen version would do (None: no features, or no version to copy). The attributes each feature&apos;s file gives (``ImportResult.given``).</extracomment>
        <translation>П&amp;оместить импортированные объекты в копию версии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The imported features replace the ones they match (by id, code, name or shared area), new ones are added, and every other feature is kept.</source>
        <translation>Импортированные объекты заменяют совпавшие с ними (по идентификатору, коду, имени или общей площади), новые добавляются, а все остальные объекты сохраняются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;the imported features</source>
        <translation>То&amp;лько импортированные объекты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proposal holds nothing else, so Changes lists every other feature as removed.</source>
        <translation>Больше предложение ничего не содержит, поэтому панель «Изменения» покажет все остальные объекты как удалённые.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>into a copy of %1: %2 replaced, %3 added, %4 kept unchanged</source>
        <translation>в копию %1: заменено %2, добавлено %3, оставлено без изменений %4</translation>
    </message>
    <message>
        <source>into a copy of %1: %2 replaced, %3 added, %4 kept</source>
        <translation type="vanished">в копию версии «%1»: заменено %2, добавлено %3, сохранено %4</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="qt_strings.py" line="+18"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-5"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+25"/>
        <source>Discard</source>
        <extracomment>Standard buttons whose catalogue wording misleads where zoneeditor shows them: the only Discard button is the save-on-quit question&apos;s (``gui.project_files.maybe_save``), where Qt&apos;s Russian &quot;Отклонить&quot; (reject) and Arabic &quot;ارفض&quot; (refuse) did not say that the changes are dropped; desktop programs say &quot;Не сохранять&quot; / &quot;لا تحفظ&quot; there.</extracomment>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-16"/>
        <source>Page &amp;Set:</source>
        <extracomment>The print dialog&apos;s Options page.</extracomment>
        <translation>&amp;Набор страниц:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>Переплёт по длинной стороне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>Переплёт по короткой стороне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Укажите страницы или диапазоны, разделяя их запятыми. Диапазоны задаются двумя числами, разделёнными дефисом. Например: при указании 3,5-7,9 будут напечатаны страницы 3, 5, 6, 7 и 9.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../gui/recovery_dialog.py" line="+88"/>
        <location line="+5"/>
        <source>Recover unsaved work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;ZoneEditor was closed by a logout or shutdown&lt;/b&gt; before it could ask to save. Your unsaved work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;ZoneEditor был закрыт при выходе из системы или выключении&lt;/b&gt;, не успев предложить сохранение. Ваша несохранённая работа над &lt;b&gt;%1&lt;/b&gt; сохранена и может быть восстановлена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Your work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;ZoneEditor не был закрыт нормально.&lt;/b&gt; Ваша работа над &lt;b&gt;%1&lt;/b&gt; сохранена и может быть восстановлена.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;The project file is no longer there&lt;/b&gt; (deleted, or on a disk that was removed). Recovering opens your edits as unsaved: save them, or use Save as to choose another place.</source>
        <translation>&lt;b&gt;Файла проекта больше нет&lt;/b&gt; (он удалён или был на извлечённом диске). Восстановление откроет ваши правки как несохранённые: сохраните их или выберите другое место через «Сохранить как».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The project file was changed after your last save&lt;/b&gt; (by another program, a copy, or a save that was cut short). Recovering shows your version as unsaved; saving it will replace the file — use Save as to keep both.</source>
        <translation>&lt;b&gt;Файл проекта изменился после вашего последнего сохранения&lt;/b&gt; (другой программой, копированием или прерванным сохранением). После восстановления ваша версия будет несохранённой; её сохранение заменит файл — используйте «Сохранить как», чтобы сохранить обе.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project was moved since: it is now at %1.</source>
        <translation>С тех пор проект перемещён: теперь он находится в %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reopen with undo history</source>
        <translation>&amp;Открыть с историей отмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;without it</source>
        <translation>Начать &amp;без неё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the undo history in a file without opening it, and start normally</source>
        <translation>Сохранить историю отмены в файле, не открывая её, и начать как обычно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set aside</source>
        <translation>&amp;Отложить в файл</translation>
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
        <location line="+42"/>
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
        <location line="+25"/>
        <source>restored with the edits</source>
        <translation>восстановлена с правками</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>none since the last save</source>
        <translation>нет с последнего сохранения</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Restore undo history</source>
        <translation>Восстановление истории отмены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Nothing was lost: every edit to &lt;b&gt;%1&lt;/b&gt; had been saved. The undo history of that session was kept: reopen the project with it to undo or redo those edits.</source>
        <translation>&lt;b&gt;ZoneEditor не был закрыт нормально.&lt;/b&gt; Ничего не потеряно: все правки &lt;b&gt;%1&lt;/b&gt; были сохранены. История отмены того сеанса сохранена: откройте проект вместе с ней, чтобы отменить или повторить эти правки.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>last: %1</source>
        <translation>последняя: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 step, restored with the project</source>
        <translation>1 шаг, восстанавливается с проектом</translation>
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
        <location filename="../../build/i18n/tr_aliases.py" line="-84"/>
        <source>Edits set aside</source>
        <translation>Правки отложены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot recover yet</source>
        <translation>Пока восстановить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history set aside</source>
        <translation>История отмены отложена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Unreadable recovery file</source>
        <translation>Нечитаемый файл восстановления</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 was not opened. The bundled sample is shown instead; open the file again (File ▸ Open) when it is free.</source>
        <translation>%1 не открыт. Вместо него показан встроенный пример; откройте файл снова (Файл ▸ Открыть), когда он освободится.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened %1 with its undo history (ZoneEditor did not close normally; nothing was lost)</source>
        <translation>%1 открыт снова с историей отмены (ZoneEditor не был закрыт нормально; ничего не потеряно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered 1 unsaved edit of %1 — save to keep it</source>
        <translation>Восстановлена 1 несохранённая правка %1 — сохраните, чтобы не потерять её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the edits aside</source>
        <translation>Не удалось отложить правки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Nothing was changed. Choose Retry once there is space; otherwise the edits are offered again at the next start.</source>
        <translation>%1

Ничего не изменено. Нажмите «Повторить», когда освободится место; иначе правки будут предложены снова при следующем запуске.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not opened: the unsaved edits a session that ended unexpectedly left for it are kept for your decision. The bundled sample is shown instead; open the file again (File ▸ Open) to recover the edits or set them aside.</source>
        <translation>%1 не открыт: несохранённые правки, оставленные для него неожиданно завершившимся сеансом, сохранены до вашего решения. Вместо него показан встроенный пример; откройте файл снова (Файл ▸ Открыть), чтобы восстановить правки или отложить их в сторону.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cannot recover</source>
        <translation>Восстановление невозможно</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../gui/recovery_dialog.py" line="-7"/>
        <source>%n steps, restored with the project</source>
        <translation>
            <numerusform>%n шаг, восстанавливается с проектом</numerusform>
            <numerusform>%n шага, восстанавливаются с проектом</numerusform>
            <numerusform>%n шагов, восстанавливаются с проектом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/recovery_dialog.py" line="+51"/>
        <source>Recovered %n unsaved edits of %1 — save to keep them</source>
        <extracomment>A recovery dialog is at least this many average characters wide: its text reads in lines. How long the status bar says what a recovery brought back (ms): longer than a passing message, as it asks for a save.</extracomment>
        <translation>
            <numerusform>Восстановлена %n несохранённая правка %1 — сохраните её</numerusform>
            <numerusform>Восстановлены %n несохранённые правки %1 — сохраните их</numerusform>
            <numerusform>Восстановлено %n несохранённых правок %1 — сохраните их</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Recovery failed before</source>
        <translation>Восстановление уже не удалось</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The unsaved edits of %1 were kept in
%2

Nothing was deleted.</source>
        <translation>Несохранённые правки %1 сохранены в
%2

Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The undo history of %1 was kept in
%2

Nothing was deleted.</source>
        <translation>История отмены %1 сохранена в
%2

Ничего не удалено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recovery file could not be read and was set aside:
%1

%2</source>
        <translation>Файл восстановления не удалось прочитать, он отложен:
%1

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edits of %1 could not be restored.

%2

ZoneEditor starts normally; nothing was deleted.</source>
        <translation>Правки %1 не удалось восстановить.

%2

ZoneEditor запускается как обычно; ничего не удалено.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restoring the edits of %1 stopped ZoneEditor last time, so it was not tried again. The edits were kept in
%2</source>
        <translation>В прошлый раз восстановление правок %1 остановило ZoneEditor, поэтому повторно оно не выполнялось. Правки сохранены в
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery file of %1 could not be read and was set aside (nothing was deleted).

%2</source>
        <translation>Файл восстановления %1 не удалось прочитать, он отложен (ничего не удалено).

%2</translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../gui/reference_actions.py" line="+89"/>
        <source>Add &amp;reference layer…</source>
        <extracomment>The key that turns tracing on and off (JOSM&apos;s and QGIS&apos;s habit). The snap tooltip&apos;s text now (&apos;&apos; when nothing is snapped to).</extracomment>
        <translation>Добавить &amp;опорный слой…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reference</source>
        <translation>Опорный слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an OpenStreetMap extract, imagery (GeoTIFF, MBTiles, GeoPackage tiles) or any map file under the project</source>
        <translation>Показать под проектом выгрузку OpenStreetMap, снимки (GeoTIFF, MBTiles, тайлы GeoPackage) или любой картографический файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trace along reference lines</source>
        <translation>&amp;Трассировка по опорным линиям</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trace</source>
        <translation>Трассировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace along reference lines (T): two clicks on a river or road follow it</source>
        <translation>Трассировка по опорным линиям (T): два щелчка на реке или дороге — и граница пойдёт вдоль неё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw zone and Draw line follow a reference line between two clicks snapped onto it</source>
        <translation>«Нарисовать зону» и «Нарисовать линию» идут вдоль опорной линии между двумя щелчками, привязанными к ней</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Georeference image…</source>
        <translation>&amp;Геопривязка изображения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Georeference</source>
        <translation>Геопривязка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a scanned map or a PDF annex on the map with control points</source>
        <translation>Разместить сканированную карту или PDF-приложение на карте по контрольным точкам</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference layers</source>
        <translation>Опорные слои</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference layer %1 added</source>
        <translation>Опорный слой %1 добавлен</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot add reference layer</source>
        <translation>Не удаётся добавить опорный слой</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracing off</source>
        <translation>Трассировка выключена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing on — it follows reference lines once snapping is on (N)</source>
        <translation>Трассировка включена — работает вдоль опорных линий, когда включена привязка (N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracing on — add a reference layer to trace along (Layer ▸ Add reference layer…)</source>
        <translation>Трассировка включена — добавьте опорный слой, вдоль которого вести (Слой ▸ Добавить опорный слой…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracing on: two clicks on a reference line follow it</source>
        <translation>Трассировка включена: два щелчка на опорной линии — и граница пойдёт вдоль неё</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+3"/>
        <source>Vertex of a feature of this version</source>
        <translation>Вершина объекта этой версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a feature of this version</source>
        <translation>На объекте этой версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line</source>
        <translation>линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of %1 — reference layer %2</source>
        <translation>Вершина: %1 — опорный слой %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On %1 — reference layer %2</source>
        <translation>На объекте: %1 — опорный слой %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of the agreed baseline</source>
        <translation>Вершина согласованной основы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the agreed baseline</source>
        <translation>На согласованной основе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape&apos;s first vertex</source>
        <translation>Первая вершина фигуры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape being drawn</source>
        <translation>Рисуемая фигура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of the border of %1</source>
        <translation>Вершина границы: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the border of %1</source>
        <translation>На границе: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceFiles</name>
    <message>
        <location line="+2"/>
        <source>Add reference layer</source>
        <translation>Добавить опорный слой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeference image</source>
        <translation>Геопривязка изображения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference layers (*.osm *.pbf *.tif *.tiff *.mbtiles *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz)</source>
        <translation>Опорные слои (*.osm *.pbf *.tif *.tiff *.mbtiles *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap extracts (*.osm *.pbf)</source>
        <translation>Выгрузки OpenStreetMap (*.osm *.pbf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery: GeoTIFF, MBTiles, GeoPackage tiles (*.tif *.tiff *.mbtiles *.gpkg)</source>
        <translation>Снимки: GeoTIFF, MBTiles, тайлы GeoPackage (*.tif *.tiff *.mbtiles *.gpkg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz)</source>
        <translation>Векторные файлы (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scans and PDF annexes (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>Сканы и PDF-приложения (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>ReferencePainter</name>
    <message>
        <location line="+120"/>
        <location filename="../render/reference_painter.py" line="+72"/>
        <source>Reference: {name}</source>
        <extracomment>Cell sizes in degrees, and the highest zoom bucket each is used up to. At most this many reference names are placed in one frame.</extracomment>
        <translation>Опорный слой: {name}</translation>
    </message>
</context>
<context>
    <name>ReferenceRowsView</name>
    <message>
        <location filename="../gui/reference_panel.py" line="+61"/>
        <source>Reference layers</source>
        <extracomment>Rows shown before the reference table scrolls.</extracomment>
        <translation>Опорные слои</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reference layer: an OpenStreetMap extract, imagery or any map file</source>
        <translation>Добавить опорный слой: выгрузку OpenStreetMap, снимки или любой картографический файл</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snap</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+172"/>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>None yet: Layer ▸ Add reference layer… shows roads, rivers, imagery or a georeferenced scan under the project.</source>
        <translation>Пока нет: Слой ▸ Добавить опорный слой… показывает под проектом дороги, реки, снимки или геопривязанный скан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reference layer up (drawn above the others)</source>
        <translation>Переместить опорный слой вверх (рисуется поверх других)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the reference layer down</source>
        <translation>Переместить опорный слой вниз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the reference layer (its file stays)</source>
        <translation>Убрать опорный слой (файл остаётся)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in project</source>
        <translation>Оставить в проекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this reference layer in the project (it is shown for this run only)</source>
        <translation>Сохранить этот опорный слой в проекте (сейчас он показан только в этом сеансе)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>В проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to layer</source>
        <translation>Масштаб по слою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole reference layer on the map</source>
        <translation>Показать весь опорный слой на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>К слою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate file…</source>
        <translation>Найти файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell where the missing file of this reference layer is now</source>
        <translation>Указать, где теперь находится пропавший файл этого опорного слоя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In italics: shown for this run only. Keep adds it to the project.</source>
        <translation>Курсивом — показанные только в этом сеансе; кнопка «В проект» сохраняет слой в проекте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carry a copy inside the project</source>
        <translation>Хранить копию внутри проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the file inside the project, so the project shows it on a laptop without the file</source>
        <translation>Сохранить копию файла внутри проекта, чтобы проект показывал его и на ноутбуке без этого файла</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Show or hide this reference layer</source>
        <translation>Показать или скрыть этот опорный слой</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imagery cannot be snapped to</source>
        <translation>К снимкам привязка невозможна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to this layer&apos;s lines and trace along them</source>
        <translation>Привязка к линиям этого слоя и трассировка вдоль них</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OpenStreetMap extract</source>
        <translation>Выгрузка OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map file</source>
        <translation>Картографический файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is missing: shown from the copy carried in the project</source>
        <translation>Файл отсутствует: показана копия, хранящаяся в проекте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown for this run only: Keep adds it to the project</source>
        <translation>Показан только в этом сеансе: кнопка «В проект» сохранит его в проекте</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Where is %1 now?</source>
        <translation>Где теперь находится %1?</translation>
    </message>
</context>
<context>
    <name>ReferenceState</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-128"/>
        <source>Reference layer &apos;%1&apos; is not shown: %2</source>
        <translation>Опорный слой «%1» не показан: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../gui/help_shortcuts.py" line="+276"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location line="-236"/>
        <source>hold %1</source>
        <translation>удерживая %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + click</source>
        <translation>%1 + щелчок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pan the map</source>
        <extracomment>Keys the map answers to that no action carries (gui/map_input.py, its keys and the mouse handlers, core/tools): (what it does, how the keys are written, the keys as Qt names them — shown as the platform writes them). Checked by tests/gui/test_help.py. The texts are QT_TRANSLATE_NOOP constants: the source strings, typed ``object``.</extracomment>
        <translation>Сдвинуть карту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in / out at the centre</source>
        <translation>Приблизить / отдалить относительно центра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan while dragging (also the middle button)</source>
        <translation>Сдвигать карту перетаскиванием (также средней кнопкой)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom at the pointer</source>
        <translation>Масштаб относительно указателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wheel</source>
        <translation>колесо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish a drawing</source>
        <translation>Завершить рисование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drawing, clear the selection</source>
        <translation>Отменить рисование, снять выделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last vertex drawn</source>
        <translation>Удалить последнюю нарисованную вершину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the next vertex in the coordinate box (Esc or Tab goes back to the map)</source>
        <translation>Ввести следующую вершину в поле координат (Esc или Tab — обратно к карте)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to or remove from the selection</source>
        <translation>Добавить к выделению или убрать из него</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend snapping while clicking</source>
        <translation>Временно отключить привязку при щелчке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a shared vertex in one feature only</source>
        <translation>Сдвинуть общую вершину только у одного объекта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the map</source>
        <extracomment>Keys of a panel (a dock) that no action carries (gui/window_focus.py: F6 and the panels&apos; own keys are actions, listed under View), written as ``MAP_KEYS``.</extracomment>
        <translation>Назад к карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field</source>
        <translation>Следующее / предыдущее поле</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Qt key codes from here on are the special keys of some keyboards (Open, Save, Zoom In, Undo, media keys...): the platform binds them too, but they would only clutter the sheet. Function keys past F12 exist on few keyboards (Sun&apos;s Undo is F14).</extracomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ZoneEditor keyboard shortcuts</source>
        <translation>Сочетания клавиш ZoneEditor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the shortcuts as PDF</source>
        <translation>Сохранить сочетания клавиш в PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoneeditor-shortcuts.pdf</source>
        <translation>zoneeditor-shortcuts.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-213"/>
        <source>On the map</source>
        <translation>На карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a panel</source>
        <translation>На панели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys</source>
        <translation>Другие клавиши</translation>
    </message>
</context>
<context>
    <name>StepMessages</name>
    <message numerus="yes">
        <location line="+223"/>
        <location filename="../gui/statusbar.py" line="+76"/>
        <source>Deleted %n features</source>
        <translation>
            <numerusform>Удалён %n объект</numerusform>
            <numerusform>Удалено %n объекта</numerusform>
            <numerusform>Удалено %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/statusbar.py" line="-15"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted zone %1</source>
        <translation>Удалена зона %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted line %1</source>
        <translation>Удалена линия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted point %1</source>
        <translation>Удалена точка %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Undo: %2)</source>
        <translation>%1 (отменить: %2)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+14"/>
        <location filename="../gui/sync_status.py" line="+53"/>
        <source>%n conflict</source>
        <extracomment>How often the server is asked while a working copy is open (ms). Quiet time after the last edit before the local count is redone (ms).</extracomment>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_status.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1</source>
        <translation>Сервер команды: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to sync now.</source>
        <translation>Щёлкните, чтобы синхронизировать сейчас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync record unreadable</source>
        <translation>журнал синхронизации не читается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: your edits stay here and go with the next sync.</source>
        <translation>Сервер недоступен: ваши правки остаются здесь и уйдут при следующей синхронизации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1 UTC</source>
        <translation>Последняя синхронизация: %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last sync said: %1</source>
        <translation>Итог последней синхронизации: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
            <numerusform>%n к отправке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to receive</source>
        <translation>
            <numerusform>%n к получению</numerusform>
            <numerusform>%n к получению</numerusform>
            <numerusform>%n к получению</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOpenDialog</name>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server %1: check the host name and the port, and that this computer is on the network.</source>
        <translation>Сервер %1 недоступен: проверьте имя узла и порт, а также подключение этого компьютера к сети.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for a password: type it below (it is not stored).</source>
        <translation>Сервер %1 запрашивает пароль: введите его ниже (он не сохраняется).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 did not accept this user name and password.</source>
        <translation>Сервер %1 не принял это имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s own words, for whoever looks after it: %1</source>
        <translation>Слова самого сервера — для того, кто его обслуживает: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 accepts no login of this user from this computer: ask its administrator.</source>
        <translation>Сервер %1 не допускает вход этого пользователя с этого компьютера: обратитесь к его администратору.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 has no such database: check its name.</source>
        <translation>На сервере %1 нет такой базы данных: проверьте её имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 let you in, but you are not a member of its team: ask its administrator to add you.</source>
        <translation>Сервер %1 впустил вас, но вы не участник его команды: попросите администратора добавить вас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 holds no team projects (its administrator runs %3 there first).</source>
        <translation>База данных %1 не содержит командных проектов (её администратор сначала запускает там %3).</translation>
    </message>
    <message>
        <source>The database %1 holds no team projects (its administrator runs &apos;zoneeditor team init&apos; there first).</source>
        <translation type="vanished">В базе данных %1 нет командных проектов (её администратор сначала выполняет там &apos;zoneeditor team init&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 has no project called %2 that you may open.</source>
        <translation>На сервере %1 нет доступного вам проекта с именем %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 refused: you have no permission for this.</source>
        <translation>Сервер %1 отказал: у вас нет на это прав.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team project on %1 could not be opened; nothing was changed.</source>
        <translation>Не удалось открыть командный проект на %1; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team project…</source>
        <translation>Открыть ко&amp;мандный проект…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to a team server and open one of its projects</source>
        <translation>Войти на командный сервер и открыть один из его проектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open team project</source>
        <translation>Не удаётся открыть командный проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the team project %1</source>
        <translation>Открыт командный проект %1</translation>
    </message>
    <message>
        <location filename="../gui/team_open_dialog.py" line="+54"/>
        <source>Open team project</source>
        <translation>Открыть командный проект</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>server name or address</source>
        <extracomment>The chosen project&apos;s address and working copy (set when accepted). The projects the server offered at the last Connect.</extracomment>
        <translation>имя или адрес сервера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for this session only, never stored. A password in ~/.pgpass is used without asking.</source>
        <translation>Используется только в этом сеансе и никогда не сохраняется. Пароль из ~/.pgpass используется без запроса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect to list the projects, or type a name</source>
        <translation>подключитесь, чтобы увидеть проекты, или введите имя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent servers:</source>
        <translation>Недавние серверы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(type a new server below)</source>
        <translation>(введите новый сервер ниже)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected to %1. Choose a project and open it.</source>
        <translation>Подключено к %1. Выберите проект и откройте его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, but it offers you no project yet.</source>
        <translation>Подключено к %1, но доступных вам проектов пока нет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the project on %1…</source>
        <translation>Открывается проект на %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../gui/sync_action.py" line="+88"/>
        <source>S&amp;ync with team server</source>
        <extracomment>How many times a sync the user edited through is run again before giving up. A sync finished and its result is applied (the ``SyncReport``). A sync could not be done (the sentence shown). Passwords typed in this run (None: libpq&apos;s ~/.pgpass and service files only). The sentence of the last failed sync (&quot;&quot; after a good one).</extracomment>
        <translation>Син&amp;хронизировать с сервером команды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your edits to the team server and receive the others&apos;; conflicts go to the Conflicts panel</source>
        <translation>Отправить ваши правки на сервер команды и получить правки остальных; конфликты попадут на панель «Конфликты»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Table this proposal…</source>
        <translation>Представить это предложение &amp;команде…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the proposal to every member of the team (cannot be taken back)</source>
        <translation>Показать предложение всем участникам команды (отменить нельзя)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>This project is not a working copy of a team project (make one with &apos;zoneeditor team clone&apos;)</source>
        <translation type="vanished">Этот проект не является рабочей копией командного проекта (создайте её командой &apos;zoneeditor team clone&apos;)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A sync of a project no longer open ended; it finishes at that project&apos;s next sync</source>
        <translation>Завершилась синхронизация уже закрытого проекта; она будет доведена до конца при следующей синхронизации этого проекта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You edited while syncing: syncing again</source>
        <translation>Вы вносили правки во время синхронизации: синхронизация повторяется</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project kept being edited while syncing; sync again when you pause (nothing was lost)</source>
        <translation>Проект продолжали редактировать во время синхронизации; синхронизируйте снова, когда сделаете паузу (ничего не потеряно)</translation>
    </message>
    <message>
        <source>Cannot reach the team server: your edits stay here and go with the next sync (%1)</source>
        <translation type="vanished">Сервер команды недоступен: ваши правки остаются здесь и уйдут при следующей синхронизации (%1)</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation type="vanished">Сервер команды отказал: %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Read-only: your role on the team server is observer, so you can look at the map and sync, but not change it</source>
        <translation>Только чтение: ваша роль на сервере команды — наблюдатель, поэтому вы можете смотреть карту и синхронизировать, но не изменять её</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only: %1</source>
        <translation>Только чтение: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This project is not a working copy of a team project: open one with File ▸ Open team project…</source>
        <translation>Этот проект не является рабочей копией командного проекта: откройте её через Файл ▸ Открыть командный проект…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot reach the team server %1: your edits stay here and go with the next sync</source>
        <translation>Сервер команды %1 недоступен: ваши правки остаются здесь и уйдут при следующей синхронизации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync failed, nothing was lost: %1</source>
        <translation>Синхронизация не удалась, ничего не потеряно: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 did not accept the password. Password:</source>
        <translation>Сервер %1 не принял пароль. Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for a password (it is not stored). Password:</source>
        <translation>Сервер %1 запрашивает пароль (он не сохраняется). Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team server</source>
        <translation>Командный сервер</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Synced: %1 received, %2 sent</source>
        <translation>Синхронизировано: получено %1, отправлено %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(see the Conflicts panel)</source>
        <translation>(см. панель «Конфликты»)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreed baseline is already everyone&apos;s: show a proposal to table it</source>
        <translation>Согласованная основа и так общая: откройте предложение, чтобы представить его</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table this proposal</source>
        <translation>Представить предложение команде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1 to every member of the team? This cannot be taken back.</source>
        <translation>Показать %1 всем участникам команды? Отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 still has open conflicts: resolve them in the Conflicts panel before tabling it</source>
        <translation>В %1 ещё есть открытые конфликты: решите их на панели «Конфликты», прежде чем представлять её</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync first: the server must have your latest %1 before it is tabled</source>
        <translation>Сначала синхронизируйте: на сервере должна быть ваша последняя версия %1, прежде чем её представить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on the table: every member sees it now</source>
        <translation>%1 представлена команде: теперь её видят все участники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot table it: %1</source>
        <translation>Представить нельзя: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s) received: %1</source>
        <translation type="vanished">
            <numerusform>получена %n новая версия: %1</numerusform>
            <numerusform>получены %n новые версии: %1</numerusform>
            <numerusform>получено %n новых версий: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-31"/>
        <location filename="../gui/sync_action.py" line="-82"/>
        <source>Synced: %n version(s) newly shared with you (%1), %2 sent</source>
        <translation>
            <numerusform>Синхронизировано: %n версия стала доступна вам (%1), отправлено %2</numerusform>
            <numerusform>Синхронизировано: %n версии стали доступны вам (%1), отправлено %2</numerusform>
            <numerusform>Синхронизировано: %n версий стали доступны вам (%1), отправлено %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+6"/>
        <source>%n version(s) newly shared with you: %1</source>
        <translation>
            <numerusform>%n версия стала доступна вам: %1</numerusform>
            <numerusform>%n версии стали доступны вам: %1</numerusform>
            <numerusform>%n версий стали доступны вам: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+8"/>
        <source>%n change(s) refused by the server, kept here</source>
        <translation>
            <numerusform>%n изменение отклонено сервером, сохранено здесь</numerusform>
            <numerusform>%n изменения отклонены сервером, сохранены здесь</numerusform>
            <numerusform>%n изменений отклонено сервером, сохранены здесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+3"/>
        <source>%n change(s) your role may not make on the server, kept here</source>
        <translation>
            <numerusform>%n изменение ваша роль не позволяет сделать на сервере, сохранено здесь</numerusform>
            <numerusform>%n изменения ваша роль не позволяет сделать на сервере, сохранены здесь</numerusform>
            <numerusform>%n изменений ваша роль не позволяет сделать на сервере, сохранены здесь</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolMessages</name>
    <message>
        <location filename="extra_strings.py" line="+5"/>
        <source>Selected %1</source>
        <extracomment>Templates of ``core.messages.Message`` (tools&apos; status-bar messages; %1... are data).</extracomment>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no %2 for any feature: these are not counted as changes, and each zone keeps the kind of the zone it is paired with (a buffer zone stays one)</source>
        <translation>%1 не задаёт %2 ни для одного объекта: это не считается изменениями, и каждая зона сохраняет тип зоны, с которой она сопоставлена (буферная зона остаётся буферной)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives no %2 for any feature: these are not counted as changes</source>
        <translation>%1 не задаёт %2 ни для одного объекта: это не считается изменениями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two of its parts overlap or share a stretch of boundary</source>
        <translation>две его части перекрываются или имеют общий участок границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deselected %1</source>
        <translation>Выбор снят: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here</source>
        <translation>Здесь ничего нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now “proposed”: its shape changed in this proposal</source>
        <translation>%1 теперь со статусом «предложено»: его форма изменена в этом предложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features are now “proposed”: their shapes changed in this proposal</source>
        <translation>%1 объект(ов) теперь со статусом «предложено»: их формы изменены в этом предложении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected by the box</source>
        <translation>Выбрано рамкой: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the control points lie on one line (or repeat): spread them over the map</source>
        <translation>контрольные точки лежат на одной прямой (или повторяются): распределите их по карте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an affine transform needs at least %1 control points (%2 in use)</source>
        <translation>для аффинного преобразования нужно не менее %1 контрольных точек (используется %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a 2nd-order polynomial needs at least %1 control points (%2 in use)</source>
        <translation>для полинома 2-й степени нужно не менее %1 контрольных точек (используется %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a thin-plate spline needs at least %1 control points (%2 in use)</source>
        <translation>для сплайна тонкой пластины нужно не менее %1 контрольных точек (используется %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a coordinate system PROJ knows (%2)</source>
        <translation>%1 — не система координат, известная PROJ (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some control points lie outside what %1 can show</source>
        <translation>некоторые контрольные точки лежат вне области, которую может показать %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state %1</source>
        <translation>состояние %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as opened in %2 on %3 UTC</source>
        <translation>%1 в том виде, как открыта в %2 %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as saved in %2 on %3 UTC</source>
        <translation>%1 в том виде, как сохранена в %2 %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as merged in %2 on %3 UTC</source>
        <translation>%1 в том виде, как слита в %2 %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as merged from %2 on %3 UTC</source>
        <translation>%1 в том виде, как слита из %2 %3 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: click points; double-click or Enter to finish; Esc clears</source>
        <translation>Измерение: щёлкайте точки; двойной щелчок или Enter — завершить; Esc — очистить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click at least 2 points to measure</source>
        <translation>Для измерения щёлкните не менее 2 точек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: click points along the path</source>
        <translation>Измерение: щёлкайте точки вдоль пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance %1 km</source>
        <translation>Расстояние %1 км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last leg %1 km</source>
        <translation>последний отрезок %1 км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bearing %1°</source>
        <translation>азимут %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area %1 km² (perimeter %2 km)</source>
        <translation>площадь %1 км² (периметр %2 км)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vertex is repeated</source>
        <translation>вершина повторяется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shape is not valid</source>
        <translation>фигура недопустима</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shape is not valid (%1)</source>
        <translation>фигура недопустима (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name</source>
        <extracomment>The names of the core attributes (``core.model.ATTRIBUTE_NAMES``): inside a step&apos;s label (&quot;Edit local name of Idlib&quot;), in the Changes panel, and capitalised as the Attributes panel&apos;s field labels (``i18n.values.attribute_name``, ``attribute_title``).</extracomment>
        <translation>название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local name</source>
        <translation>местное название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name (Arabic)</source>
        <translation>название (по-арабски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (Russian)</source>
        <translation>название (по-русски)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer&apos;s line</source>
        <translation>линия буферной зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer width on the left</source>
        <translation>ширина буферной зоны слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer width on the right</source>
        <translation>ширина буферной зоны справа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add zone %1</source>
        <extracomment>Labels of undoable steps (``ChangeSet.label`` made in core and io as ``Message``): the History panel and Edit ▸ Undo/Redo show them translated (``gui.tool_messages``).</extracomment>
        <translation>Добавление зоны %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line %1</source>
        <translation>Добавление линии %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add point %1</source>
        <translation>Добавление точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add zone</source>
        <translation>Добавление зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line</source>
        <translation>Добавление линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add point</source>
        <translation>Добавление точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 features</source>
        <translation>Удаление объектов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 of %2</source>
        <translation>Изменение %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move vertex</source>
        <translation>Перемещение вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert vertex</source>
        <translation>Вставка вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete vertex</source>
        <translation>Удаление вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1</source>
        <translation>Перемещение: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 features</source>
        <translation>Перемещение объектов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape %1</source>
        <translation>Изменение формы: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone %1</source>
        <translation>Разделение зоны %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zones %1</source>
        <translation>Разделение зон %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones %1</source>
        <translation>Объединение зон %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no party</source>
        <translation>без стороны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge zones %1 and %2</source>
        <translation>Объединение зон %1 и %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add buffer zone around %1 (%2 km)</source>
        <translation>Добавление буферной зоны вокруг %1 (%2 км)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add buffer zone around %1 (%2 km left, %3 km right)</source>
        <translation>Добавление буферной зоны вокруг %1 (%2 км слева, %3 км справа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild %1 from %2</source>
        <translation>Перестроение %1 по %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal %1</source>
        <translation>Новое предложение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a proposal needs a name</source>
        <translation>у предложения должно быть название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project on a team server needs a name</source>
        <translation>у проекта на сервере команды должно быть название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; your edits stay in %2 and go with the next sync</source>
        <translation>%1; ваши правки остаются в %2 и уйдут при следующей синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address sets %1 to a value PostgreSQL does not know</source>
        <translation>в адресе для %1 задано значение, которого PostgreSQL не знает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no service %1 in ~/.pg_service.conf (or in the file PGSERVICEFILE names)</source>
        <translation>службы %1 нет в ~/.pg_service.conf (или в файле, который указан в PGSERVICEFILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 does not offer the encrypted connection (TLS) the address asks for with sslmode: ask its administrator</source>
        <translation>сервер команды %1 не предлагает зашифрованного соединения (TLS), которого требует sslmode в адресе: обратитесь к его администратору</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team server %1 could not be trusted: its certificate does not check out against ~/.postgresql/root.crt (or sslrootcert)</source>
        <translation>серверу команды %1 нельзя доверять: его сертификат не проходит проверку по ~/.postgresql/root.crt (или sslrootcert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot name a project on a team server: a name has no /, ? or #, and does not begin or end with a space</source>
        <translation>%1 не может быть названием проекта на сервере команды: в названии нет /, ? и #, и оно не начинается и не кончается пробелом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delegates belong to a delegation, not the role %1</source>
        <translation>к делегации относятся только делегаты, а не роль %1</translation>
    </message>
    <message>
        <source>the heights (Z) of %1 feature(s) were left out: zones, lines and points are kept on the ground, by longitude and latitude</source>
        <translation type="vanished">высоты (Z) объектов (%1) не сохранены: зоны, линии и точки хранятся на поверхности земли, по долготе и широте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a version called %1 already exists</source>
        <translation>версия с названием %1 уже есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove proposal %1</source>
        <translation>Удаление предложения %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit project details</source>
        <translation>Изменение сведений о проекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename version %1 to %2</source>
        <translation>Переименование версии %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate %1 as %2</source>
        <translation>Дублирование %1 как %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete proposal %1</source>
        <translation>Удаление предложения %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 agreed</source>
        <translation>Отметка %1 как согласованного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old baseline as %1</source>
        <translation>Сохранение прежней основы как %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 the agreed baseline</source>
        <translation>Назначение %1 согласованной основой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reference layer %1</source>
        <translation>Добавление опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reference layer %1</source>
        <translation>Удаление опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reference layer %1</source>
        <translation>Показ опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide reference layer %1</source>
        <translation>Скрытие опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity of reference layer %1</source>
        <translation>Непрозрачность опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change reference layer %1</source>
        <translation>Изменение опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder reference layer %1</source>
        <translation>Перестановка опорного слоя %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeference %1</source>
        <translation>Геопривязка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove georeferencing of %1</source>
        <translation>Удаление геопривязки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeferencing method %1</source>
        <translation>Метод геопривязки: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeferencing options of %1</source>
        <translation>Параметры геопривязки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add control point %1</source>
        <translation>Добавление контрольной точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use control point %1</source>
        <translation>Включение контрольной точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out control point %1</source>
        <translation>Исключение контрольной точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move control point %1</source>
        <translation>Перемещение контрольной точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete control point %1</source>
        <translation>Удаление контрольной точки %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2</source>
        <translation>Слияние %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark conflict on %1 resolved</source>
        <translation>Отметка конфликта по %1 как решённого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict on %1: take ours</source>
        <translation>Решение конфликта по %1: взять наше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict on %1: take theirs</source>
        <translation>Решение конфликта по %1: взять их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from the team server</source>
        <translation>Получено с сервера команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the change the server refused: %1</source>
        <translation>Отказаться от изменения, отклонённого сервером: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the removal the server refused: %1</source>
        <translation>Отказаться от удаления, отклонённого сервером: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new version the server refused: %1</source>
        <translation>Отказаться от новой версии, отклонённой сервером: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw zone: click the first vertex (snaps to borders; Ctrl: no snap; Tab: type a coordinate)</source>
        <extracomment>The editing tools&apos; hints, status messages and refusals (core/tools, core/edits: the refused edit&apos;s action and reason; core/validity: why a shape is not acceptable, where). Figures are formatted in core and passed as %1...; a reason is a Message inside another.</extracomment>
        <translation>Рисование зоны: щёлкните первую вершину (привязка к границам; Ctrl — без привязки; Tab — ввести координату)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw zone, vertices: %1 — Enter or double-click to finish, Backspace removes the last, Esc cancels</source>
        <translation>Рисование зоны: вершин — %1. Enter или двойной щелчок — завершить, Backspace — удалить последнюю, Esc — отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A zone needs at least 3 vertices</source>
        <translation>Для зоны нужно не меньше 3 вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 km²</source>
        <translation>%1 — %2 км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zone needs at least 3 distinct vertices</source>
        <translation>Для зоны нужно не меньше 3 различных вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused: %2</source>
        <translation>%1 отклонено: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a zone</source>
        <translation>Добавление зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — press Enter to add the repaired shape (shown), Backspace to fix</source>
        <translation>%1 — нажмите Enter, чтобы добавить исправленную форму (показана), или Backspace, чтобы исправить самому</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added zone %1 (%2 km²)</source>
        <translation>Добавлена зона %1 (%2 км²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw line: click the first vertex (Ctrl: no snap; Tab: type a coordinate)</source>
        <translation>Рисование линии: щёлкните первую вершину (Ctrl — без привязки; Tab — ввести координату)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw line, vertices: %1 — Enter or double-click to finish, Backspace removes the last, Esc cancels</source>
        <translation>Рисование линии: вершин — %1. Enter или двойной щелчок — завершить, Backspace — удалить последнюю, Esc — отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line needs at least 2 vertices</source>
        <translation>Для линии нужно не меньше 2 вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 km</source>
        <translation>%1 — %2 км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line needs at least 2 distinct vertices</source>
        <translation>Для линии нужно не меньше 2 различных вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added line %1 (%2 km)</source>
        <translation>Добавлена линия %1 (%2 км)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place point: click where the post goes (Tab: type a coordinate)</source>
        <translation>Точка: щёлкните там, где будет пост (Tab — ввести координату)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added point %1 at %2°N %3°E</source>
        <translation>Добавлена точка %1 в %2° с. ш. %3° в. д.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (repaired shape)</source>
        <translation>%1 (исправленная форма)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click at least %1 points first</source>
        <translation>Сначала щёлкните не меньше %1 точек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed baseline is locked: make or open a proposal to edit, or unlock the baseline first</source>
        <translation>Согласованная основа заблокирована: создайте или откройте предложение для правки или сначала разблокируйте основу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 is locked: unlock it to edit</source>
        <translation>Версия %1 заблокирована: разблокируйте её для правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lines layer is locked: unlock it to edit</source>
        <translation>Слой линий заблокирован: разблокируйте его для правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points layer is locked: unlock it to edit</source>
        <translation>Слой точек заблокирован: разблокируйте его для правки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zones layer is locked: unlock it to edit</source>
        <translation>Слой зон заблокирован: разблокируйте его для правки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move feature: drag a feature (or the selection); Ctrl: no snapping; Esc cancels</source>
        <translation>Перемещение объекта: перетащите объект (или выделение); Ctrl — без привязки; Esc — отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving %1</source>
        <translation>Перемещение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed meanwhile</source>
        <translation>%1 тем временем удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 km at bearing %2°</source>
        <translation>Перемещено на %1 км по азимуту %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit vertices: drag a vertex (shared borders follow; Alt: this feature only), double-click a segment to add one, Delete removes the one under the pointer</source>
        <translation>Правка вершин: перетащите вершину (общие границы следуют за ней; Alt — только этот объект), двойной щелчок по отрезку добавляет вершину, Delete удаляет вершину под указателем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertex shared by %1</source>
        <translation>Общая вершина: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of %1</source>
        <translation>Вершина объекта %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2: layer locked, will not follow)</source>
        <translation>%1 (%2: слой заблокирован, не последует)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving vertex</source>
        <translation>Перемещение вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving vertex of %1 features</source>
        <translation>Перемещение общей вершины (объектов: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved vertex to %1°N %2°E</source>
        <translation>Вершина перемещена в %1° с. ш. %2° в. д.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a vertex here already</source>
        <translation>Здесь уже есть вершина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click on a boundary to add a vertex</source>
        <translation>Дважды щёлкните по границе, чтобы добавить вершину</translation>
    </message>
    <message>
        <source>Inserted a vertex in %1 feature(s)</source>
        <translation type="vanished">Вершина вставлена в объекты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a vertex (or click one) first, then press Delete</source>
        <translation>Сначала наведите указатель на вершину (или щёлкните её), затем нажмите Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vertex there any more</source>
        <translation>Там больше нет вершины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vertex there</source>
        <translation>Там нет вершины</translation>
    </message>
    <message>
        <source>Deleted a vertex of %1 feature(s)</source>
        <translation type="vanished">Вершина удалена из объектов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>select two or more zones to merge (shift-click adds to the selection)</source>
        <translation>выделите две зоны или больше для слияния (щелчок с Shift добавляет к выделению)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zones of different parties cannot be merged (%1): give them the same party first</source>
        <translation>зоны разных сторон нельзя слить (%1): сначала назначьте им одну сторону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged shape is not an area</source>
        <translation>результат слияния — не площадной объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging zones</source>
        <translation>Слияние зон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones: shift-click the zones to merge, then Enter</source>
        <translation>Слияние зон: щёлкните зоны с Shift, затем нажмите Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the zones do not touch, the result has several parts</source>
        <translation>%1: зоны не соприкасаются, результат состоит из нескольких частей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click inside a zone</source>
        <translation>Щёлкните внутри зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 zones selected — Enter merges them</source>
        <translation>Выделено зон: %1. Enter — слить их</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line does not cross %1</source>
        <translation>линия не пересекает %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line must cross %1 from one side to the other (start and end outside it or on its border)</source>
        <translation>линия должна пересечь %1 с одной стороны на другую (начните и закончите снаружи или на границе)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting %1</source>
        <translation>Разделение %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone: click a line across the zone (start and end outside it), then Enter or double-click; a selected zone is split, else every zone crossed</source>
        <translation>Разделение зоны: щёлкните линию поперёк зоны (начало и конец снаружи), затем Enter или двойной щелчок; делится выделенная зона, иначе все пересечённые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click at least 2 points: a line across the zone</source>
        <translation>Щёлкните не меньше 2 точек: линию поперёк зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line does not cut any zone in two: draw it across a zone</source>
        <translation>линия не делит ни одну зону надвое: проведите её поперёк зоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the drawn line must cross or touch the zone&apos;s border twice</source>
        <translation>нарисованная линия должна дважды пересечь границу зоны или коснуться её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reshaped zone would cross itself</source>
        <translation>изменённая зона пересекала бы саму себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start and end the drawn line on the line to reshape (they snap)</source>
        <translation>начните и закончите линию на изменяемой линии (концы привязываются)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points cannot be reshaped: move them</source>
        <translation>точки нельзя изменять по форме: переместите их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshaping %1</source>
        <translation>Изменение формы %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape: draw the new boundary from one point of the border to another (a selected zone or line, else the one the line meets), then Enter</source>
        <translation>Изменение формы: нарисуйте новую границу от одной точки границы до другой (выделенная зона или линия, иначе та, которую встречает линия), затем Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the drawn line meets no zone or line: start and end it on a border</source>
        <translation>нарисованная линия не встречает ни зоны, ни линии: начните и закончите её на границе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a line: a buffer zone is made from a line</source>
        <translation>%1 — не линия: буферная зона строится от линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone: click a line of contact, then give the width on each side (km)</source>
        <translation>Буферная зона: щёлкните линию соприкосновения, затем задайте ширину с каждой стороны (км)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer around %1: give the widths</source>
        <translation>Буфер вокруг %1: задайте ширину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on a line of contact</source>
        <translation>Щёлкните линию соприкосновения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a line first</source>
        <translation>Сначала выберите линию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 km²)</source>
        <translation>%1 (%2 км²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding a line</source>
        <translation>Добавление линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a point</source>
        <translation>Добавление точки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the boundary crosses itself</source>
        <translation>граница пересекает саму себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring touches itself</source>
        <translation>контур касается сам себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few vertices</source>
        <translation>слишком мало вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its zone</source>
        <translation>дыра лежит вне своей зоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole cuts the zone in two</source>
        <translation>дыра разрезает зону надвое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one part lies inside another</source>
        <translation>одна часть лежит внутри другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>дыра лежит внутри другой дыры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>координата — не число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>контур не замкнут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rings are the same</source>
        <translation>два контура совпадают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no geometry</source>
        <translation>у объекта нет геометрии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry is empty</source>
        <translation>его геометрия пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the lines layer (%2)</source>
        <translation>%1 не может быть в слое линий (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the points layer (%2)</source>
        <translation>%1 не может быть в слое точек (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point</source>
        <translation>точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiPoint</source>
        <translation>мультиточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LineString</source>
        <translation>линия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiLineString</source>
        <translation>мультилиния</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinearRing</source>
        <translation>кольцо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>полигон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiPolygon</source>
        <translation>мультиполигон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeometryCollection</source>
        <translation>набор геометрий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the zones layer (%2)</source>
        <translation>%1 не может быть в слое зон (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a finite number</source>
        <translation>координата — не конечное число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate %1, %2 is outside longitude/latitude range</source>
        <translation>координата %1, %2 вне диапазона долготы и широты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate %1, %2 is outside longitude/latitude range (latitude and longitude swapped?)</source>
        <translation>координата %1, %2 вне диапазона долготы и широты (перепутаны широта и долгота?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line needs at least two distinct vertices</source>
        <translation>для линии нужно не меньше двух различных вершин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2°N %3°E</source>
        <translation>%1 в точке %2° с. ш. %3° в. д.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (latitude, longitude)</source>
        <extracomment>Templates of ``core.messages.Message`` for what the window shows about files and errors: the readers&apos; problems and refusals (the import dialog), reasons a file cannot be read or written (open, save, export, print, reference layers), the system&apos;s refusals in our words (``io.os_errors``). %1... are file names, counts, columns and places.</extracomment>
        <translation>%1 (широта, долгота)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (bearing and distance from the last vertex)</source>
        <translation>%1 (азимут и расстояние от последней вершины)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 · %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Expected e.g. %2</source>
        <translation>%1. Ожидается, например, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bearing and distance is written &apos;@bearing distance&apos;, e.g. %1 or %2 (degrees from true north, then the distance in %3)</source>
        <translation>азимут и расстояние записываются как «@азимут расстояние», например %1 или %2 (градусы от истинного севера, затем расстояние в %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bearing and distance needs a previous vertex: place the first vertex by click or by coordinates</source>
        <translation>для азимута и расстояния нужна предыдущая вершина: поставьте первую вершину щелчком или по координатам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bearing is 0 to 360 degrees, not %1</source>
        <translation>азимут — от 0 до 360 градусов, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distance must be more than zero</source>
        <translation>расстояние должно быть больше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTM zones are numbered 1 to 60, not %1</source>
        <translation>зоны UTM нумеруются от 1 до 60, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a UTM easting lies between 100000 and 900000 m, not %1 (were easting and northing swapped?)</source>
        <translation>восточное смещение UTM лежит между 100000 и 900000 м, а не %1 (не перепутаны ли восточное и северное смещения?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UTM northing lies between 0 and 10000000 m, not %1</source>
        <translation>северное смещение UTM лежит между 0 и 10000000 м, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lies in band %2, not %3: check the northing</source>
        <translation>%1 лежит в полосе %2, а не %3: проверьте северное смещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MGRS reference has an even number of digits (2 to 10) after the square letters, not %1: e.g. 37SBT4827211116</source>
        <translation>в ссылке MGRS после букв квадрата чётное число цифр (от 2 до 10), а не %1: например, 37SBT4827211116</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid MGRS reference</source>
        <translation>%1 — недопустимая ссылка MGRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1 in %2</source>
        <translation>не удаётся прочитать %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter %1 must follow its number</source>
        <translation>буква %1 должна стоять после своего числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no number before %1 in %2</source>
        <translation>нет числа перед %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many numbers in one coordinate of %1</source>
        <translation>слишком много чисел в одной координате %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the last of degrees/minutes/seconds may have decimals (%1 in %2)</source>
        <translation>дробная часть допустима только у последнего из градусов/минут/секунд (%1 в %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes and seconds cannot be negative in %1</source>
        <translation>минуты и секунды не могут быть отрицательными в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes must be 0 to 59.999, not %1 (in %2)</source>
        <translation>минуты должны быть от 0 до 59,999, а не %1 (в %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds must be 0 to 59.999, not %1 (in %2)</source>
        <translation>секунды должны быть от 0 до 59,999, а не %1 (в %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give either a minus sign or a letter N/S/E/W, not both (in %1)</source>
        <translation>укажите либо знак минус, либо букву N/S/E/W, но не то и другое (в %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not look like one latitude and one longitude</source>
        <translation>%1 не похоже на одну широту и одну долготу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has two latitudes or two longitudes (N/S with E/W)</source>
        <translation>в %1 две широты или две долготы (N/S вместе с E/W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude must be between -90 and 90, not %1</source>
        <translation>широта должна быть между -90 и 90, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude must be between -180 and 180, not %1</source>
        <translation>долгота должна быть между -180 и 180, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinate given</source>
        <translation>координата не указана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a UTM position is &apos;zone+band easting northing&apos;, e.g. 37S 267000 3710000</source>
        <translation>позиция UTM записывается как «зона+полоса восток север», например 37S 267000 3710000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot map to %1: choose one of %2</source>
        <translation>нельзя сопоставить с %1: выберите одно из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no column %1 to use as %2 (columns: %3)</source>
        <translation>нет столбца %1, который можно использовать как %2 (столбцы: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no column %1 to use as %2 (columns: none)</source>
        <translation>нет столбца %1, который можно использовать как %2 (столбцов нет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer %1 has %2 columns; zoneeditor accepts at most %3</source>
        <translation>в слое %1 %2 столбцов; zoneeditor принимает не более %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has a column name %2 characters long (%3); at most %4 are accepted</source>
        <translation>в слое %1 имя столбца длиной %2 символов (%3); допускается не более %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the value of column %2 is %3 of text; zoneeditor accepts at most %4 per value</source>
        <translation>%1: значение столбца %2 — %3 текста; zoneeditor принимает не более %4 на значение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no party (each zone belongs to a party: choose it in Attributes)</source>
        <translation>не имеет стороны (каждая зона принадлежит стороне: выберите её в «Атрибутах»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 is not one of %2</source>
        <translation>статус %1 не входит в %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>party values read up to letter case and spacing: %1</source>
        <translation>значения стороны прочитаны без учёта регистра и пробелов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party values read by the party&apos;s local name: %1</source>
        <translation>значения стороны прочитаны по местному названию стороны: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party values mapped as you chose: %1</source>
        <translation>значения стороны сопоставлены по вашему выбору: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status values read up to letter case and spacing: %1</source>
        <translation>значения статуса прочитаны без учёта регистра и пробелов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status values mapped as you chose: %1</source>
        <translation>значения статуса сопоставлены по вашему выбору: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → (none)</source>
        <translation>%1 → (нет)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: write ATTRIBUTE=VALUE:MEANT with ATTRIBUTE party or status, e.g. party=OPP:Opposition</source>
        <translation>%1: напишите ATTRIBUTE=VALUE:MEANT, где ATTRIBUTE — party или status, например party=OPP:Opposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a status is one of %2</source>
        <translation>%1: статус — одно из значений %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>%1 не указывает сторону ни для одной зоны: площади сторон и переход территории между сторонами не вычислены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no name (a printed map and a comparison refer to it by its id)</source>
        <translation>не имеет названия (печатная карта и сравнение называют его по идентификатору)</translation>
    </message>
    <message>
        <source>has the name of %1 other zone(s): a comparison cannot pair them by name</source>
        <translation type="vanished">носит то же название, что и другие зоны (%1): сравнение не может сопоставить их по названию</translation>
    </message>
    <message>
        <source>has the code %1 (%2) of %3 other feature(s): a comparison cannot pair them by code</source>
        <translation type="vanished">имеет тот же код %1 (%2), что и другие объекты (%3): сравнение не может сопоставить их по коду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>party %1 is not a party of this project</source>
        <translation>%1 не является стороной этого проекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was made from a line that is no longer in this version: check it, or redraw it</source>
        <translation>построена по линии, которой больше нет в этой версии: проверьте её или перерисуйте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer follows %1 (rebuild it from the line, or clear its source_line to keep this shape)</source>
        <translation>больше не следует за %1 (постройте заново по линии или очистите source_line, чтобы сохранить эту форму)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a second buffer zone of %1 over %2 (%3 km² covered by both): delete one of them</source>
        <translation>вторая буферная зона линии %1 поверх %2 (%3 км² покрыты обеими): удалите одну из них</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap with %1 could not be computed (the shapes are too intricate for the geometry library)</source>
        <translation>пересечение с %1 не удалось вычислить (формы слишком сложны для геометрической библиотеки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps %1 of %2 by %3 km²</source>
        <translation>перекрывает %1 стороны %2 на %3 км²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps %1 of no party by %2 km²</source>
        <translation>перекрывает %1 без стороны на %2 км²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the undo step %1 does not fit feature %2 as it is now; nothing was changed</source>
        <translation>шаг отмены %1 не подходит к объекту %2 в его нынешнем виде; ничего не изменено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error occurred: %1</source>
        <translation>Произошла непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format %1 (choose %2)</source>
        <translation>неизвестный формат %1 (выберите %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only shapefile sets are zipped; the other formats are one file</source>
        <translation>в zip упаковываются только наборы файлов Shapefile; другие форматы — один файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a GeoJSON file holds one version; export them one at a time</source>
        <translation>файл GeoJSON содержит одну версию; экспортируйте их по одной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name should end in %1</source>
        <translation>имя файла должно оканчиваться на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to export: the version has no features</source>
        <translation>экспортировать нечего: в версии нет объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>слой %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file written cannot be read back (%1); nothing was replaced</source>
        <translation>записанный файл не удаётся прочитать заново (%1); ничего не заменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-back check failed for %1: %2; nothing was replaced</source>
        <translation>проверка чтением не прошла для %1: %2; ничего не заменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 features read back; ids, geometry and attributes match</source>
        <translation>%1: прочитано заново объектов: %2; идентификаторы, геометрия и атрибуты совпадают</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving files into place…</source>
        <translation>Перемещение файлов на место…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zipping…</source>
        <translation>Упаковка в zip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip written is damaged</source>
        <translation>записанный zip повреждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 files, CRC checked</source>
        <translation>%1: файлов: %2, контрольные суммы CRC проверены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a position is not [longitude, latitude] (%1)</source>
        <translation>позиция не является [долгота, широта] (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a ring are not a list</source>
        <translation>координаты кольца — не список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a line are not a list</source>
        <translation>координаты линии — не список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed (its first and last positions differ)</source>
        <translation>кольцо не замкнуто (его первая и последняя позиции различаются)</translation>
    </message>
    <message>
        <source>a ring has %1 positions (at least 4 are needed)</source>
        <translation type="vanished">в кольце %1 позиций (нужно не менее 4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the geometry is not an object</source>
        <translation>геометрия — не объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown geometry type %1</source>
        <translation>неизвестный тип геометрии %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>%1 без координат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Polygon needs a list of rings</source>
        <translation>для Polygon нужен список колец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a %1 are not a list</source>
        <translation>координаты %1 — не список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a MultiPolygon part needs a list of rings</source>
        <translation>для части MultiPolygon нужен список колец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value is missing or is not a JSON value</source>
        <translation>значение отсутствует или не является значением JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma or a closing bracket is missing</source>
        <translation>не хватает запятой или закрывающей скобки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon is missing after a member&apos;s name</source>
        <translation>после имени члена не хватает двоеточия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member&apos;s name is missing or not in double quotes (or a comma is left before a closing brace)</source>
        <translation>имя члена отсутствует или не в двойных кавычках (или перед закрывающей фигурной скобкой осталась запятая)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comma is left before a closing bracket</source>
        <translation>перед закрывающей скобкой осталась запятая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string is not closed</source>
        <translation>текстовая строка не закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string holds a control character (such as a line break)</source>
        <translation>текстовая строка содержит управляющий символ (например, перевод строки)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text string holds a broken \u escape</source>
        <translation>текстовая строка содержит испорченную последовательность \u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string holds an invalid backslash escape</source>
        <translation>текстовая строка содержит недопустимую экранирующую последовательность с обратной косой чертой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is more text after the end of the JSON document</source>
        <translation>после конца документа JSON есть ещё текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the text is not valid JSON at line %1, column %2</source>
        <translation>не GeoJSON: текст не является корректным JSON в строке %1, столбце %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)</source>
        <translation>не GeoJSON: текст не является корректным JSON в строке %1, столбце %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an HTML page, not GeoJSON (perhaps a web server&apos;s error page saved under a .geojson name)</source>
        <translation>это HTML-страница, а не GeoJSON (возможно, страница ошибки веб-сервера, сохранённая под именем .geojson)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is XML, not GeoJSON</source>
        <translation>это XML, а не GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the text is not UTF-8 (byte %1)</source>
        <translation>не GeoJSON: текст не в кодировке UTF-8 (байт %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the JSON is nested too deeply</source>
        <translation>не GeoJSON: JSON вложен слишком глубоко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable GeoJSON: %1</source>
        <translation>непригодный GeoJSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string</source>
        <translation>текстовая строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the top level is %1, not an object</source>
        <translation>не GeoJSON: на верхнем уровне %1, а не объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: a FeatureCollection without a &apos;features&apos; list</source>
        <translation>не GeoJSON: FeatureCollection без списка «features»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON: unknown type %1 (expected FeatureCollection, Feature or a geometry)</source>
        <translation>не GeoJSON: неизвестный тип %1 (ожидались FeatureCollection, Feature или геометрия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a GeoJSON Feature object</source>
        <translation>это не объект GeoJSON Feature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry cannot be built (%1)</source>
        <translation>его геометрию не удаётся построить (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed</source>
        <translation>искажённый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is not UTF-8, as %1 requires (byte %2)</source>
        <translation>текст не в UTF-8, как того требует %1 (байт %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its XML declaration says the text is %1, but it is not (byte %2)</source>
        <translation>объявление XML называет кодировку %1, но текст не в ней (байт %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; it reads as %2</source>
        <translation>%1; он читается как %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in %1</source>
        <translation>слова на %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, and no encoding zoneeditor knows reads it as words; it was read byte for byte, so names may show wrongly</source>
        <translation>%1, и ни одна известная zoneeditor кодировка не даёт осмысленных слов; текст прочитан побайтно, названия могут отображаться неверно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is UTF-16 (it starts with a byte order mark), not UTF-8; it was read as UTF-16</source>
        <translation>текст в UTF-16 (начинается с метки порядка байтов), а не в UTF-8; он прочитан как UTF-16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text starts as UTF-16 (a byte order mark) but is not UTF-16 (byte %1)</source>
        <translation>текст начинается как UTF-16 (метка порядка байтов), но не является UTF-16 (байт %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not decode as %1, as you chose (byte %2): names would show wrongly</source>
        <translation>текст не декодируется как %1, выбранная вами кодировка (байт %2): названия отображались бы неверно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its XML declaration says the text is %1, but it is not; it was read as %2, as you chose</source>
        <translation>объявление XML называет кодировку %1, но текст не в ней; он прочитан как %2, как вы выбрали</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its XML declaration names an unknown encoding %1</source>
        <translation>объявление XML называет неизвестную кодировку %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says its text is %1, so the encoding you chose (%2) was not used</source>
        <translation>файл указывает кодировку %1, поэтому выбранная вами кодировка (%2) не использована</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repair offered (--repair)</source>
        <translation>предлагается исправление (--repair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has no features</source>
        <translation>в слое %1 нет объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more of the same (%2) not listed</source>
        <translation>ещё %1 такого же рода (%2) не перечислены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix it in the source file; it cannot be repaired here</source>
        <translation>исправьте это в исходном файле; здесь это исправить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no geometry, so it was left out</source>
        <translation>у него нет геометрии, поэтому он пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot be imported (zones, lines and points only)</source>
        <translation>%1 нельзя импортировать (только зоны, линии и точки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split it in the source file</source>
        <translation>разделите его в исходном файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 of %2 parts became %2 features</source>
        <translation>%1 из %2 частей стал %2 объектами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id %1 is used more than once; this feature got a new id</source>
        <translation>идентификатор %1 встречается более одного раза; этот объект получил новый идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no automatic repair</source>
        <translation>автоматического исправления нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no automatic repair; fix it in the source file</source>
        <translation>автоматического исправления нет; исправьте это в исходном файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude look swapped: the features lie at %1..%2°N %3..%4°E, outside the area worked on, where they would fall if swapped</source>
        <translation>широта и долгота, похоже, перепутаны: объекты лежат в пределах %1..%2° с. ш. %3..%4° в. д., вне рабочей области, куда они попали бы при перестановке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import with --swap-xy, or fix the source file</source>
        <translation>импортируйте с --swap-xy или исправьте исходный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 features</source>
        <translation>объектов: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to import: no feature could be read</source>
        <translation>импортировать нечего: не удалось прочитать ни одного объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no agreed baseline</source>
        <translation>в проекте нет согласованной основы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a version called %1 already exists: the features can be put into a copy of %2 only as a new proposal</source>
        <translation>версия с именем %1 уже существует: поместить объекты в копию %2 можно только как новое предложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project has no version called %1</source>
        <translation>в проекте нет версии с именем %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not well-formed XML at line %1, column %2</source>
        <translation>это некорректный XML в строке %1, столбце %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not well-formed XML</source>
        <translation>это некорректный XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate %1 is not &apos;longitude,latitude&apos;</source>
        <translation>координата %1 — не «долгота,широта»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root element is &lt;%1&gt;, not &lt;kml&gt;</source>
        <translation>корневой элемент — &lt;%1&gt;, а не &lt;kml&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry cannot be read (%1)</source>
        <translation>его геометрию не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .prj file is empty</source>
        <translation>файл .prj пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .prj file is not a coordinate system PROJ understands</source>
        <translation>файл .prj не является системой координат, понятной PROJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its crs member cannot be understood</source>
        <translation>его член crs непонятен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty (0 bytes)</source>
        <translation>файл пуст (0 байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a file type zoneeditor reads (shapefile, GeoPackage, GeoJSON, KML, or a zip of them)</source>
        <translation>это не тип файлов, который читает zoneeditor (файл Shapefile, GeoPackage, GeoJSON, KML или zip с ними)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature %1 (%2)</source>
        <translation>объект %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1</source>
        <translation>объект %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>такого файла нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied (the file is not readable)</source>
        <translation>доступ запрещён (файл нельзя прочитать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the coordinate system with --assume-crs EPSG:N</source>
        <translation>выберите систему координат с помощью --assume-crs EPSG:N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinate system %1 includes a vertical datum (%2); only its horizontal part (%3) is used</source>
        <translation>система координат %1 включает вертикальный датум (%2); используется только её горизонтальная часть (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--assume-crs %1 is not a coordinate system PROJ knows</source>
        <translation>--assume-crs %1 — не система координат, известная PROJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the file&apos;s own coordinate system was ignored; %2 was assumed as asked</source>
        <translation>%1: собственная система координат файла проигнорирована; принята %2, как указано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the coordinates are not longitude/latitude, so they cannot be in %2 as assumed</source>
        <translation>%1: координаты — не долгота и широта, поэтому они не могут быть в %2, как предположено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinate system cannot be understood</source>
        <translation>его систему координат не удаётся понять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; its coordinates are within longitude/latitude range, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1: %2; его координаты в пределах диапазона долготы/широты, поэтому принята WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, and its coordinates are not longitude/latitude</source>
        <translation>%1: %2, а его координаты — не долгота/широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no coordinate system given (no .prj); all coordinates are within longitude/latitude range, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1: система координат не указана (нет .prj); все координаты в пределах диапазона долготы/широты, поэтому принята WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose another with --assume-crs EPSG:N if that is wrong</source>
        <translation>выберите другую с помощью --assume-crs EPSG:N, если это неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no coordinate system given (the .prj file is missing) and the coordinates are not longitude/latitude</source>
        <translation>%1: система координат не указана (файл .prj отсутствует), а координаты — не долгота/широта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its coordinate system cannot be understood</source>
        <translation>%1: его систему координат не удаётся понять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reprojected from %2 (%3) to WGS 84</source>
        <translation>%1: перепроецирован из %2 (%3) в WGS 84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a GeoPackage (it is not an SQLite database)</source>
        <translation>не GeoPackage (это не база данных SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a zoneeditor project: a %1 file is brought into a project with &apos;zoneeditor import&apos;</source>
        <translation>это не проект zoneeditor: файл %1 переносят в проект командой «zoneeditor import»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is damaged (%1)</source>
        <translation>база данных повреждена (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is damaged (it fails SQLite&apos;s integrity check)</source>
        <translation>база данных повреждена (не проходит проверку целостности SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database but not a GeoPackage (no gpkg_contents table)</source>
        <translation>база данных SQLite, но не GeoPackage (нет таблицы gpkg_contents)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its table %1 has been replaced by a database view, which zoneeditor never runs</source>
        <translation>его таблица %1 заменена представлением базы данных, которое zoneeditor никогда не выполняет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its layers cannot be listed (%1)</source>
        <translation>его слои не удаётся перечислить (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zoneeditor project: its agreed version was read (open it with the editor to see every version)</source>
        <translation>проект zoneeditor: прочитана его согласованная версия (откройте его в редакторе, чтобы увидеть все версии)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer %1 is a database view, which zoneeditor never runs (a view can run forever or fill the memory); it was not read</source>
        <translation>слой %1 — представление базы данных, которое zoneeditor никогда не выполняет (представление может выполняться бесконечно или заполнить память); он не прочитан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export the view&apos;s rows as a table with another tool</source>
        <translation>экспортируйте строки представления в таблицу другой программой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has no geometry (a plain table); it was not imported</source>
        <translation>у слоя %1 нет геометрии (обычная таблица); он не импортирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GeoPackage has no feature layers</source>
        <translation>в GeoPackage нет слоёв объектов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is malformed</source>
        <translation>он искажён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it declares XML entities</source>
        <translation>в нём объявлены сущности XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains a document type declaration (DTD)</source>
        <translation>в нём есть объявление типа документа (DTD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it refers to external files</source>
        <translation>он ссылается на внешние файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it uses an XML feature that is not allowed</source>
        <translation>в нём используется недопустимая возможность XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsafe KML refused: %1, which could expand without limit or reveal local files</source>
        <translation>небезопасный KML отклонён: %1, что может разрастаться без предела или раскрыть локальные файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid KML (%1)</source>
        <translation>некорректный KML (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zip refused: %1</source>
        <translation>zip отклонён: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip holds no shapefile, GeoPackage, GeoJSON or KML</source>
        <translation>в zip нет файла Shapefile, GeoPackage, GeoJSON или KML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zipped files</source>
        <translation>упакованные файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zipped %1</source>
        <translation>упакованный %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 %3 has characters (%4) that %5 cannot hold</source>
        <translation>%1: %2 %3 содержит символы (%4), которые %5 не может хранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is %3 bytes long; a shapefile text field holds at most %4 (use GeoPackage or GeoJSON for long text)</source>
        <translation>%1: %2 длиной %3 байт; текстовое поле файла Shapefile вмещает не более %4 (для длинного текста используйте GeoPackage или GeoJSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 values)</source>
        <translation>%1 (значений: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (1 value)</source>
        <translation>%1 (1 значение)</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>it has more than %1 features; at most %1 can be read here</source>
        <translation>в нём больше %1 объектов; здесь можно прочитать не более %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has more than %2 features: a comparison takes at most %2 in each version</source>
        <translation>в %1 больше %2 объектов: сравнение принимает не более %2 в каждой версии</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot combine changes to two different versions</source>
        <extracomment>Templates of ``core.messages.Message`` about the team server, sync conflicts and changes that do not fit (``ConflictError``): errors, refusals (PostgreSQL&apos;s in our words, ``io.team.pgerrors``), what a sync kept here, conflict descriptions (also the merge engine&apos;s), byte sizes and script names. %1... are servers, versions, features, figures; commands and options (``zoneeditor team init``, ``--delegation NAME``) are arguments.</extracomment>
        <translation>нельзя объединить изменения двух разных версий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot combine changes that create, drop or rename versions</source>
        <translation>нельзя объединить изменения, которые создают, удаляют или переименовывают версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes to %1 do not follow each other</source>
        <translation>изменения %1 не следуют друг за другом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project details were changed meanwhile</source>
        <translation>тем временем изменились сведения о проекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed meanwhile</source>
        <translation>%1 тем временем изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project must keep its agreed baseline, first among versions</source>
        <translation>проект должен сохранять согласованную основу первой среди версий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 in this project</source>
        <translation>в этом проекте нет %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 still has features</source>
        <translation>в %1 ещё есть объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreed baseline cannot be removed</source>
        <translation>согласованную основу удалить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 already exists in %2</source>
        <translation>объект %1 уже есть в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 is not as expected in %2</source>
        <translation>объект %1 в %2 не такой, как ожидалось</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agreed baseline</source>
        <translation>согласованная основа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides changed %1 of %2: %3 %4, %5 %6 (was %7).</source>
        <translation>Обе стороны изменили %1 у %2: %3 %4, %5 %6 (было %7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted %2; %3 changed its %4.</source>
        <translation>%1 удалили %2; %3 изменили его %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 both added %3 (same id) with different content.</source>
        <translation>%1 и %2 обе добавили %3 (тот же идентификатор) с разным содержимым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides redrew the same stretch of %1.</source>
        <translation>Обе стороны перерисовали один и тот же участок %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits of %1 are valid alone, but together %2.</source>
        <translation>Правки каждой стороны в %1 корректны по отдельности, но вместе %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unset</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ours</source>
        <translation>у нас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>У нас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theirs</source>
        <translation>у них</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>У них</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted %2; %3 changed it.</source>
        <translation>%1 удалили %2; %3 изменили его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (a border they share)</source>
        <translation>%1 (их общая граница)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides changed the geometry of %1, in ways that cannot be combined stretch by stretch.</source>
        <translation>Обе стороны изменили геометрию %1 так, что объединить их по участкам нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides redrew the same stretch of %1 near %2.</source>
        <translation>Обе стороны перерисовали один и тот же участок %1 около %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits of %1 are valid alone, but together %2 at %3.</source>
        <translation>Правки каждой стороны в %1 корректны по отдельности, но вместе %2 в точке %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides changed the geometry of %1 near %2, in ways that cannot be combined stretch by stretch.</source>
        <translation>Обе стороны изменили геометрию %1 около %2 так, что объединить их по участкам нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a feature</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry</source>
        <translation>геометрия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>греческое письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian</source>
        <translation>армянское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>иврит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>арабское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syriac</source>
        <translation>сирийское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thaana</source>
        <translation>тана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NKo</source>
        <translation>нко</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devanagari</source>
        <translation>деванагари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation>бенгальское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gurmukhi</source>
        <translation>гурмукхи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gujarati</source>
        <translation>гуджарати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oriya</source>
        <translation>ория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil</source>
        <translation>тамильское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telugu</source>
        <translation>телугу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kannada</source>
        <translation>каннада</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>малаялам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinhala</source>
        <translation>сингальское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>тайское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao</source>
        <translation>лаосское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>тибетское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>мьянманское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgian</source>
        <translation>грузинское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hangul</source>
        <translation>хангыль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopic</source>
        <translation>эфиопское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherokee</source>
        <translation>письмо чероки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation>кхмерское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>монгольское письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tifinagh</source>
        <translation>тифинаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>кана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han</source>
        <translation>китайские иероглифы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yi</source>
        <translation>письмо и</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1… (%2 more characters)</source>
        <translation>%1… (ещё %2 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields with text %1 cannot hold: %2; leave them out with %3, or export as UTF-8</source>
        <translation>поля с текстом, который %1 не вмещает: %2; исключите их с помощью %3 или экспортируйте в UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a project on a team server: %1 (expected %2)</source>
        <translation>это не проект на сервере команды: %1 (ожидалось %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names no project (expected %2)</source>
        <translation>%1 не указывает проект (ожидалось %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a PostgreSQL address (expected a postgresql:// URL or key=value settings)</source>
        <translation>это не адрес PostgreSQL (ожидался URL postgresql:// или параметры key=value)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown role %1 (roles: %2)</source>
        <translation>неизвестная роль %1 (роли: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a delegate needs a delegation (%1)</source>
        <translation>делегату нужна делегация (%1)</translation>
    </message>
    <message>
        <source>%1 has %2 open conflict(s) from the team sync: decide them with %3 or %4 (or in the Conflicts panel of the window), then table it</source>
        <translation type="vanished">в %1 остаются открытые конфликты синхронизации с сервером команды (%2): решите их командой %3 или %4 (или на панели «Конфликты» в окне), затем представьте её команде</translation>
    </message>
    <message>
        <source>%1 has %2 open merge conflict(s): resolve them in the Conflicts panel of the window, then table it</source>
        <translation type="vanished">в %1 остаются открытые конфликты слияния (%2): разрешите их на панели «Конфликты» в окне, затем представьте её команде</translation>
    </message>
    <message>
        <source>only delegates belong to a delegation, not a %1</source>
        <translation type="vanished">к делегации относятся только делегаты, а не %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs PostgreSQL %2; a team server needs PostgreSQL 13 or newer</source>
        <translation>на %1 работает PostgreSQL %2; серверу команды нужен PostgreSQL 13 или новее</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database user %1 on %2: create it first (%3)</source>
        <translation>на %2 нет пользователя базы данных %1: сначала создайте его (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a member of the team on %2</source>
        <translation>%1 не входит в команду на %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user may not create roles on %1: run %2 as the database owner with CREATEROLE, or as a superuser</source>
        <translation>этот пользователь не может создавать роли на %1: запустите %2 от имени владельца базы данных с CREATEROLE или суперпользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostGIS is not enabled in %1 and this user may not enable it: ask the database superuser to run %2 in that database</source>
        <translation>PostGIS не включён в %1, и этот пользователь не может его включить: попросите суперпользователя базы данных выполнить там %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostGIS could not be enabled in %1: %2</source>
        <translation>не удалось включить PostGIS в %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database user %1 is not a member of the team on %2 (ask its administrator: %3)</source>
        <translation>пользователь базы данных %1 не входит в команду на %2 (обратитесь к её администратору: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database user is not a member of the team on %1</source>
        <translation>пользователь базы данных не входит в команду на %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a working copy of a team project (make one with %2)</source>
        <translation>%1 не является рабочей копией командного проекта (создайте её командой %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of it is missing or cannot be decoded</source>
        <translation>часть его отсутствует или не декодируется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its team sync record is damaged (%2)</source>
        <translation>%1: журнал командной синхронизации повреждён (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role on the team server is observer, so you can look at the map and sync, but not change it</source>
        <translation>ваша роль на сервере команды — наблюдатель, поэтому вы можете смотреть карту и синхронизировать, но не изменять её</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to the delegation %2: you cannot change it, but you can copy it into a proposal of your own</source>
        <translation>%1 принадлежит делегации %2: вы не можете её изменить, но можете скопировать её в собственное предложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the coordinators&apos; to change: you cannot change it, but you can copy it into a proposal of your own</source>
        <translation>%1 — в ведении координаторов: вы не можете её изменить, но можете скопировать её в собственное предложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already shown to every member of the team</source>
        <translation>%1 уже видна всем участникам команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a coordinators&apos; proposal, already shown to every member of the team: there is nothing to table</source>
        <translation>%1 — предложение координаторов, его уже видят все участники команды: представлять его команде не нужно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the delegation %1 can put %2 on the table</source>
        <translation>%2: представить команде может только делегация %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot record the changes being sent (%1)</source>
        <translation>не удаётся записать отправляемые изменения (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server&apos;s change log cannot be changed afterwards</source>
        <translation>журнал изменений сервера команды нельзя менять задним числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role on the team server does not allow this change</source>
        <translation>ваша роль на сервере команды не допускает это изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change breaks a rule of the team server&apos;s data</source>
        <translation>изменение нарушает правило данных сервера команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server is out of resources (disk, memory or connections)</source>
        <translation>у сервера команды кончились ресурсы (диск, память или соединения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server stopped the request (it took too long)</source>
        <translation>сервер команды прервал запрос (он выполнялся слишком долго)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server was shut down</source>
        <translation>сервер команды был остановлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server ended a transaction that waited too long</source>
        <translation>сервер команды завершил слишком долго ожидавшую транзакцию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server could not finish the request at the same time as another one: sync again</source>
        <translation>сервер команды не смог выполнить запрос одновременно с другим: синхронизируйте ещё раз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server reported an error</source>
        <translation>сервер команды сообщил об ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server reported an error (code %1)</source>
        <translation>сервер команды сообщил об ошибке (код %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 reported an error (code %2)</source>
        <translation>сервер команды %1 сообщил об ошибке (код %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a zoneeditor team server (run %2 there first)</source>
        <translation>%1 — не сервер команды zoneeditor (сначала запустите там %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the team server %1</source>
        <translation>сервер команды %1 недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change names version %1 but was sent for %2</source>
        <translation>изменение относится к версии %1, но отправлено для %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server already has %1</source>
        <translation>на сервере уже есть %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server has no %1</source>
        <translation>на сервере нет %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project details were changed on the server meanwhile</source>
        <translation>тем временем сведения о проекте изменились на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 already exists in %2 on the server</source>
        <translation>объект %1 уже есть в %2 на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 of %2 was changed on the server meanwhile</source>
        <translation>объект %1 из %2 тем временем изменён на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tabled proposal cannot be withdrawn from the table</source>
        <translation>представленное предложение нельзя снять со стола переговоров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server moved on meanwhile (%1)</source>
        <translation>сервер команды тем временем ушёл вперёд (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused: %2</source>
        <translation>сервер команды %1 отказал: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused the change: %2</source>
        <translation>сервер команды %1 отклонил изменение: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 did not accept the login</source>
        <translation>сервер команды %1 не принял вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 asks for a password</source>
        <translation>сервер команды %1 запрашивает пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a PostgreSQL address: write it as %1 (or as key=value settings, or service=NAME)</source>
        <translation>это не адрес PostgreSQL: запишите его как %1 (или параметрами key=value, или service=NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address holds a password: put it in ~/.pgpass (or use a libpq service file) and give the address without it</source>
        <translation>в адресе есть пароль: поместите его в ~/.pgpass (или используйте файл служб libpq) и укажите адрес без него</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 did not accept the user name or password</source>
        <translation>сервер команды %1 не принял имя пользователя или пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 accepts no login of this user from this computer</source>
        <translation>сервер команды %1 не принимает вход этого пользователя с этого компьютера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 has no such database</source>
        <translation>на сервере команды %1 нет такой базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 has no database %2 (name the team&apos;s database at the end of the address: postgresql://HOST/DATABASE)</source>
        <translation>на сервере команды %1 нет базы данных %2 (укажите базу данных команды в конце адреса: postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed here, but your role may not change %2 on the server: the change stays here until you take the server&apos;s side</source>
        <translation>объект %1 изменён здесь, но ваша роль не позволяет менять %2 на сервере: изменение остаётся здесь, пока вы не примете версию сервера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your change of the project details stays here: only coordinators change them on the server</source>
        <translation>ваше изменение сведений о проекте остаётся здесь: на сервере их меняют только координаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project details were changed here and on the server; yours are kept here</source>
        <translation>сведения о проекте изменены и здесь, и на сервере; ваши сохранены здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new version %1 stays here: your role may not add versions on the server</source>
        <translation>новая версия %1 остаётся здесь: ваша роль не позволяет добавлять версии на сервер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was removed on the server while it was edited here; it is kept here</source>
        <translation>%1 удалена на сервере, пока её правили здесь; здесь она сохранена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the removal of %1 stays here: your role may not remove it on the server</source>
        <translation>удаление %1 остаётся здесь: ваша роль не позволяет удалить её на сервере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed on the server after it was removed here; it is back</source>
        <translation>%1 изменена на сервере после удаления здесь; она возвращена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the team server is %2 that shares the name of yours: yours is kept here as %3 and the server&apos;s arrives as %1</source>
        <translation>%1 на сервере команды — это %2 с тем же именем, что и ваше: ваше остаётся здесь под именем %3, а версия сервера приходит как %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another delegation&apos;s proposal</source>
        <translation>предложение другой делегации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinators&apos; proposal</source>
        <translation>предложение координаторов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your %1 apart from the team server&apos;s, as %2</source>
        <translation>Сохранить вашу версию %1 отдельно от версии сервера команды под именем %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names %2 features with open conflicts (ids %3): give one of these ids with %4</source>
        <translation>Имя %1 носят объекты с открытыми конфликтами (%2; идентификаторы %3): укажите в %4 один из этих идентификаторов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server refused this change (%2); it stays here until the server allows it or you discard it</source>
        <translation>%1: сервер отклонил это изменение (%2); оно остаётся здесь, пока сервер его не допустит или вы от него не откажетесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new version %1 stays here: the server refused it (%2); perhaps another delegation already has a draft of that name: rename yours and sync again</source>
        <translation>новая версия %1 остаётся здесь: сервер её отклонил (%2); возможно, у другой делегации уже есть черновик с таким именем: переименуйте свой и синхронизируйте снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the removal of %1 stays here: the server refused it (%2)</source>
        <translation>удаление %1 остаётся здесь: сервер его отклонил (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your change of the project details stays here: the server refused it (%1)</source>
        <translation>ваше изменение сведений о проекте остаётся здесь: сервер его отклонил (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team server moved on meanwhile (revision %1 was added after %2)</source>
        <translation>сервер команды тем временем ушёл вперёд (ревизия %1 добавлена после %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project %1 on %2 (or you are not a member of its team)</source>
        <translation>на %2 нет проекта %1 (или вы не входите в его команду)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a usable PostgreSQL address: %1</source>
        <translation>непригодный адрес PostgreSQL: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is already a project %1 on %2</source>
        <translation>на %2 уже есть проект %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no proposal %1 of your delegation in project %2 on %3</source>
        <translation>в проекте %2 на %3 нет предложения %1 вашей делегации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server kept changing while syncing (%1); nothing was lost: sync again</source>
        <translation>сервер команды продолжал меняться во время синхронизации (%1); ничего не потеряно: синхронизируйте снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this project has no file yet, so it is not a working copy</source>
        <translation>у этого проекта ещё нет файла, поэтому он не рабочая копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project was edited while it was syncing; sync again (nothing was lost)</source>
        <translation>проект правили во время синхронизации; синхронизируйте снова (ничего не потеряно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open conflict about %1 in %2</source>
        <translation>нет открытого конфликта по %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused: %2 (perhaps another delegation already has a draft called %3: rename yours and sync again)</source>
        <translation>сервер команды %1 отказал: %2 (возможно, у другой делегации уже есть черновик %3: переименуйте свой и синхронизируйте снова)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists: choose another %2</source>
        <translation>%1 уже существует: выберите другое значение для «%2»</translation>
    </message>
    <message>
        <source>fields with text %1 cannot hold: %2; leave them out with --omit-unencodable (the dialog&apos;s &apos;leave out fields&apos; choice), or export as UTF-8</source>
        <translation type="vanished">поля с текстом, который %1 не может хранить: %2; пропустите их с --omit-unencodable (выбор «пропустить поля» в диалоге) или экспортируйте в UTF-8</translation>
    </message>
    <message>
        <location line="-503"/>
        <source>unknown shapefile encoding %1 (choose %2)</source>
        <translation>неизвестная кодировка файла Shapefile %1 (выберите %2)</translation>
    </message>
    <message>
        <source>%1 text value(s) cannot be written as %2: %3 — %4</source>
        <translation type="vanished">текстовые значения (%1) нельзя записать в кодировке %2: %3 — %4</translation>
    </message>
    <message>
        <source>%1 text value(s) cannot be written as %2: %3</source>
        <translation type="vanished">текстовые значения (%1) нельзя записать в кодировке %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .shp file is empty (0 bytes)</source>
        <translation>файл .shp пуст (0 байт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a shapefile: it is a text file (it starts with %1)</source>
        <translation>не файл Shapefile: это текстовый файл (он начинается с %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a shapefile (its header is not a shapefile header)</source>
        <translation>не файл Shapefile (его заголовок — не заголовок файла Shapefile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp file is truncated (%1 bytes; its header alone is 100)</source>
        <translation>файл .shp усечён (%1 байт; один его заголовок занимает 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .shp file is truncated: %1 of %2 bytes are there; features past the cut have no geometry</source>
        <translation>файл .shp усечён: есть %1 из %2 байт; объекты после обрыва остались без геометрии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask the sender for the complete file</source>
        <translation>попросите отправителя прислать полный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shx index file is missing; it was rebuilt from the .shp (in a private copy, your files were not changed)</source>
        <translation>индексный файл .shx отсутствует; он восстановлен по .shp (в личной копии, ваши файлы не изменены)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .dbf file (attributes) is missing: the shapes were read without names, parties or ids</source>
        <translation>файл .dbf (атрибуты) отсутствует: формы прочитаны без названий, сторон и идентификаторов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the files disagree: the .dbf has %1 records but the .shp/.shx have %2 shapes; only %3 features could be matched with their attributes</source>
        <translation>файлы не согласуются: в .dbf %1 записей, а в .shp/.shx %2 форм; сопоставить с атрибутами удалось только %3 объектов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask the sender for a consistent set of files</source>
        <translation>попросите отправителя прислать согласованный набор файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown encoding %1</source>
        <translation>неизвестная кодировка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose</source>
        <translation>вы выбрали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .cpg names an unknown encoding (%1); %2 was used (%3)</source>
        <oldsource>the .cpg names an unknown encoding (%1)</oldsource>
        <translation>файл .cpg называет неизвестную кодировку (%1); использована %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no .cpg file says how the text is encoded; %1 was used (%2)</source>
        <translation>ни один файл .cpg не сообщает кодировку текста; использована %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose another with --encoding if names look wrong</source>
        <translation>выберите другую с помощью --encoding, если названия выглядят неправильно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .cpg says</source>
        <translation>в .cpg указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text looks garbled as %1 (%2): e.g. %3; as %4 it reads %5</source>
        <translation>текст в %1 выглядит искажённым (%2): например, %3; в %4 он читается как %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose --encoding %1</source>
        <translation>выберите --encoding %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the sender which encoding the file uses</source>
        <translation>спросите отправителя, в какой кодировке файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp file (the shapes) is missing from the set</source>
        <translation>в наборе отсутствует файл .shp (формы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents do not follow the shapefile format</source>
        <translation>его содержимое не соответствует формату файла Shapefile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shapefile cannot be read (%1)</source>
        <translation>файл Shapefile не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 long field names were restored from %3</source>
        <translation>%1: %2 длинных имён полей восстановлено из %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all text is plain ASCII</source>
        <translation>весь текст — обычный ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is valid UTF-8</source>
        <translation>текст — корректный UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text reads as %1 in %2</source>
        <translation>текст читается как %1 в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text reads as text in %1</source>
        <translation>текст читается как текст в %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no encoding reads the text cleanly; it was read byte for byte as latin-1 and may show wrongly</source>
        <translation>ни одна кодировка не читает текст чисто; он прочитан побайтно как latin-1 и может отображаться неправильно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not decode as %1, and no other encoding reads it cleanly; it may show wrongly</source>
        <translation>текст не декодируется как %1, и ни одна другая кодировка не читает его чисто; он может отображаться неправильно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not read as words as %1, and no other encoding reads it cleanly; it may show wrongly</source>
        <translation>текст в %1 не читается как слова, и ни одна другая кодировка не читает его чисто; он может отображаться неправильно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 features read back instead of %2</source>
        <translation>прочитано заново %1 объектов вместо %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: id %2 read back instead of %3</source>
        <translation>%1: прочитан заново идентификатор %2 вместо %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the geometry read back differs</source>
        <translation>%1: прочитанная заново геометрия отличается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3 read back instead of %4</source>
        <translation>%1: %2 %3 прочитано заново вместо %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a geometry is not stored as a GeoPackage geometry</source>
        <translation>геометрия хранится не как геометрия GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a geometry has a damaged header</source>
        <translation>у геометрии повреждён заголовок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 is damaged (%2)</source>
        <translation>журнал %1 повреждён (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a zoneeditor journal, or one from a newer version</source>
        <translation>%1 — не журнал zoneeditor или журнал более новой версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in use by a running editor</source>
        <translation>%1 используется работающим редактором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 cannot be read (%2)</source>
        <translation>журнал %1 не удаётся прочитать (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 cannot be opened (%2)</source>
        <translation>журнал %1 не удаётся открыть (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds edits of another session</source>
        <translation>%1 уже содержит правки другого сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the edit journal — %1</source>
        <translation>не удаётся открыть журнал правок — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edits cannot be made safe there</source>
        <translation>правки нельзя надёжно сохранить там</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the edit could not be made safe on disk — %1</source>
        <translation>правку не удалось надёжно сохранить на диске — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was not made</source>
        <translation>она не внесена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reset the edit journal — %1</source>
        <translation>не удаётся сбросить журнал правок — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it still holds the edits</source>
        <translation>в нём по-прежнему хранятся правки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name a common ancestor with --base FILE:VERSION, or compare the two with &apos;zoneeditor diff &quot;%1&quot; &quot;%2&quot;&apos;</source>
        <translation>укажите общего предка с помощью --base ФАЙЛ:ВЕРСИЯ или сравните их командой &apos;zoneeditor diff &quot;%1&quot; &quot;%2&quot;&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 share %3, but neither file keeps its content any more; %4</source>
        <translation>у %1 и %2 общее %3, но ни один из файлов больше не хранит его содержимое; %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no merge history (it was last saved by an older zoneeditor or another program), so no common ancestor can be found; %2</source>
        <translation>у %1 нет истории слияний (последний раз он сохранён более старой версией zoneeditor или другой программой), поэтому общего предка найти нельзя; %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 come from two different projects (no state in common); %3</source>
        <translation>%1 и %2 относятся к двум разным проектам (нет общего состояния); %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 share no saved state; %3</source>
        <translation>у %1 и %2 нет общего сохранённого состояния; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no version %1 in it (versions: %2)</source>
        <translation>в нём нет версии %1 (версии: %2)</translation>
    </message>
    <message>
        <source>%1 still has %2 feature(s) with open merge conflicts; resolve them before merging it again</source>
        <translation type="vanished">в %1 ещё есть объекты с открытыми конфликтами слияния (%2); разрешите их, прежде чем снова выполнять слияние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the project once before merging another copy into it</source>
        <translation>сохраните проект хотя бы раз, прежде чем сливать в него другую копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has a version %2; choose another name</source>
        <translation>в %1 уже есть версия %2; выберите другое имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your share of the disk (quota) is used up</source>
        <translation>ваша доля диска (квота) исчерпана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than the disk allows</source>
        <translation>файл больше, чем допускает диск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name already exists</source>
        <translation>файл с таким именем уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>диск не удалось прочитать или записать (ошибка ввода-вывода)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many files are open at once</source>
        <translation>одновременно открыто слишком много файлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>имя файла слишком длинное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or disk is in use</source>
        <translation>файл или диск занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is not enough memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path has too many symbolic links</source>
        <translation>в пути слишком много символических ссылок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or device is not available</source>
        <translation>диск или устройство недоступно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be moved to another disk this way</source>
        <translation>так файл нельзя переместить на другой диск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not empty</source>
        <translation>папка не пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or network share did not answer in time</source>
        <translation>диск или сетевой ресурс не ответил вовремя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network share is no longer available</source>
        <translation>сетевой ресурс больше недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operating system refused (error %1)</source>
        <translation>операционная система отказала (ошибка %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be used</source>
        <translation>файл не удалось использовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number in it has more digits than any real value (over %1)</source>
        <translation>в нём есть число с большим количеством цифр, чем у любого реального значения (более %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a ring has %1 points (at least 4 are needed)</source>
        <translation>в кольце %1 точек (нужно не менее 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line has only one point</source>
        <translation>в линии только одна точка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database lacks a table it names</source>
        <translation>в базе данных нет таблицы, на которую она ссылается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is damaged</source>
        <translation>база данных повреждена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable database</source>
        <translation>это нечитаемая база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has more columns than the database can hold</source>
        <translation>в нём больше столбцов, чем может вместить база данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not in a format zoneeditor reads</source>
        <translation>он не в том формате, который читает zoneeditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is missing</source>
        <translation>файл отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read</source>
        <translation>диск не удалось прочитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder cannot be written to</source>
        <translation>в папку нельзя записывать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents cannot be read</source>
        <translation>его содержимое не удаётся прочитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading it needs more memory than is allowed</source>
        <translation>для его чтения нужно больше памяти, чем разрешено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is nested too deeply to read</source>
        <translation>он вложен слишком глубоко для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is not in the encoding it claims</source>
        <translation>его текст не в той кодировке, которую он заявляет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text value holds characters (%1) that %2 cannot store</source>
        <translation>текстовое значение содержит символы (%1), которые %2 не может хранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project could not be written</source>
        <translation>проект не удалось записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its table %1 has been replaced by a database view; zoneeditor never runs views in project files (a view can run forever or fill the memory)</source>
        <translation>его таблица %1 заменена представлением базы данных; zoneeditor никогда не выполняет представления в файлах проектов (представление может выполняться бесконечно или заполнить память)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a zoneeditor project (no zoneeditor_meta table); use &apos;zoneeditor import&apos; to bring its layers into a project</source>
        <translation>это не проект zoneeditor (нет таблицы zoneeditor_meta); используйте &apos;zoneeditor import&apos;, чтобы перенести его слои в проект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 of table %2 is computed by the database; zoneeditor does not run such columns</source>
        <translation>столбец %1 таблицы %2 вычисляется базой данных; zoneeditor не выполняет такие столбцы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list of versions cannot be read (%1)</source>
        <translation>список версий не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attribute holds binary data</source>
        <translation>атрибут содержит двоичные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer zoneeditor (format %1); please upgrade</source>
        <translation>создан более новой версией zoneeditor (формат %1); обновите программу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project details</source>
        <translation>сведения о проекте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 of %2</source>
        <translation>объект %1 из %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its table %1 is an SQLite virtual table, which zoneeditor cannot keep safely; nothing was saved (remove the table with another tool, or export the project instead)</source>
        <translation>его таблица %1 — виртуальная таблица SQLite, которую zoneeditor не может надёжно сохранить; ничего не сохранено (удалите таблицу другой программой или экспортируйте проект)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the tables other programs added to %1 could not be kept (%2); nothing was saved</source>
        <translation>таблицы, добавленные в %1 другими программами, не удалось сохранить (%2); ничего не сохранено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the undo history made a change that is not in the journal</source>
        <translation>история отмены внесла изменение, которого нет в журнале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal says %1 %2, but replaying it gave %3 %4</source>
        <translation>в журнале записано %1 %2, но воспроизведение дало %3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 is damaged (a record cannot be decoded)</source>
        <translation>журнал %1 повреждён (запись не удаётся декодировать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 holds no edits</source>
        <translation>в журнале %1 нет правок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal undoes a step that is not there</source>
        <translation>журнал отменяет шаг, которого нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal redoes a step that is not there</source>
        <translation>журнал повторяет шаг, которого нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown journal origin %1</source>
        <translation>неизвестное происхождение записи журнала %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaying %1 changed nothing</source>
        <translation>воспроизведение %1 ничего не изменило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot replay %1: %2</source>
        <translation>не удаётся воспроизвести %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being recovered by another ZoneEditor</source>
        <translation>%1 восстанавливается другим экземпляром ZoneEditor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding %1 is full (%2 free, about %3 needed): free some space there and recover again — the unsaved edits are kept, untouched, in %4.</source>
        <translation>Диск, на котором находится %1, заполнен (свободно %2, нужно около %3): освободите там место и восстановите снова — несохранённые правки сохранены нетронутыми в %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full (%2 free): free some space there and recover again — the unsaved edits are kept, untouched, in %3.</source>
        <translation>Диск, на котором находится %1, заполнен (свободно %2): освободите там место и восстановите снова — несохранённые правки сохранены нетронутыми в %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full: free some space there and recover again — the unsaved edits are kept, untouched, in %2.</source>
        <translation>Диск, на котором находится %1, заполнен: освободите там место и восстановите снова — несохранённые правки сохранены нетронутыми в %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file, and the project&apos;s copy of it is missing</source>
        <translation>такого файла нет, и его копия в проекте отсутствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference layer %1 is not shown: %2</source>
        <translation>Опорный слой %1 не показан: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading took longer than %1 s and was stopped; the file may be damaged or too large</source>
        <translation>чтение длилось дольше %1 с и было остановлено; файл может быть повреждён или слишком велик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it crashed the file reader (signal %1); the file may be damaged or hostile</source>
        <translation>при чтении произошёл сбой программы чтения файлов (сигнал %1); файл может быть повреждён или вредоносен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader stopped unexpectedly (exit status %1); the file may be damaged or hostile</source>
        <translation>программа чтения файлов неожиданно остановилась (код завершения %1); файл может быть повреждён или вредоносен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it needs more memory than the file reader may use (%1 GiB)</source>
        <translation>для его чтения нужно больше памяти, чем может использовать программа чтения файлов (%1 ГиБ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDAL cannot read it as an image (%1)</source>
        <translation>GDAL не может прочитать его как изображение (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an image file GDAL knows</source>
        <translation>это не файл изображения, известный GDAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has control points but no map transform: georeference it with Tools ▸ Georeference image first</source>
        <translation>у него есть контрольные точки, но нет картографического преобразования: сначала выполните Инструменты ▸ Геопривязка изображения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no coordinate system (an image that is not georeferenced): georeference it first</source>
        <translation>у него нет системы координат (непривязанное изображение): сначала привяжите его</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its extent cannot be mapped to longitude/latitude (its coordinate system is one PROJ cannot convert)</source>
        <translation>его охват нельзя перевести в долготу/широту (его систему координат PROJ преобразовать не может)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its extent is not a place on Earth</source>
        <translation>его охват — не место на Земле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PDF that can be read (damaged, or protected by a password)</source>
        <translation>PDF не удаётся прочитать (повреждён или защищён паролем)</translation>
    </message>
    <message>
        <source>it has %1 page(s); page %2 does not exist</source>
        <translation type="vanished">в нём страниц: %1; страницы %2 нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an image GDAL can read (PNG, JPEG or TIFF)</source>
        <translation>это не изображение, которое может прочитать GDAL (PNG, JPEG или TIFF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is %1 x %2 pixels; scans up to %3 pixels a side are read</source>
        <translation>его размер %1 x %2 пикселей; читаются сканы до %3 пикселей по стороне</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image has one page only</source>
        <translation>у изображения только одна страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scan must be a PNG, JPEG, TIFF or PDF file</source>
        <translation>скан должен быть файлом PNG, JPEG, TIFF или PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file reader returned a damaged image</source>
        <translation>программа чтения файлов вернула повреждённое изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the transform stretches the scan too far: check the control points</source>
        <translation>преобразование слишком сильно растягивает скан: проверьте контрольные точки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scan itself was not changed</source>
        <translation>сам скан не изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the copy of a reference file (%1) carried in the project is missing</source>
        <translation>копия опорного файла (%1), хранящаяся в проекте, отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open it to read a carried copy (%1)</source>
        <translation>не удаётся открыть его, чтобы прочитать хранимую копию (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not carry the reference copy %1</source>
        <translation>в нём нет опорной копии %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its carried reference copy is damaged (%1)</source>
        <translation>хранимая в нём опорная копия повреждена (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader returned damaged data</source>
        <translation>программа чтения файлов вернула повреждённые данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains an entry with an absolute path (%1)</source>
        <translation>в нём есть запись с абсолютным путём (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains an entry that points outside its folder (%1)</source>
        <translation>в нём есть запись, указывающая за пределы своей папки (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a valid zip file</source>
        <translation>это некорректный zip-файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has %1 entries (at most %2 allowed)</source>
        <translation>в нём %1 записей (допускается не более %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains a symbolic link (%1)</source>
        <translation>в нём есть символическая ссылка (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it unpacks to more than %1 MiB (a zip bomb?)</source>
        <translation>при распаковке он занимает более %1 МиБ (zip-бомба?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expands more than %2 times its packed size (a zip bomb?)</source>
        <translation>%1 разрастается более чем в %2 раз относительно упакованного размера (zip-бомба?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 is damaged</source>
        <translation>запись %1 повреждена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading took longer than %1 s and was stopped; the file may be damaged or hostile</source>
        <translation>чтение длилось дольше %1 с и было остановлено; файл может быть повреждён или вредоносен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it crashed the file reader (%1, signal %2); the file may be damaged or hostile</source>
        <translation>при чтении произошёл сбой программы чтения файлов (%1, сигнал %2); файл может быть повреждён или вредоносен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader returned a damaged answer</source>
        <translation>программа чтения файлов вернула повреждённый ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading it needs more memory than the file reader may use (%1 GiB); the file may be damaged, hostile or simply too large</source>
        <translation>для его чтения нужно больше памяти, чем может использовать программа чтения файлов (%1 ГиБ); файл может быть повреждён, вредоносен или просто слишком велик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is nested too deeply to read</source>
        <translation>файл вложен слишком глубоко для чтения</translation>
    </message>
    <message>
        <source>%1 has %2 unsaved edit(s) from a session that ended unexpectedly (last edit %3)</source>
        <translation type="vanished">в %1 есть несохранённые правки (%2) из сеанса, завершившегося неожиданно (последняя правка %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovering %1 failed before; its journal was kept at %2</source>
        <translation>восстановление %1 уже не удалось; его журнал сохранён в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; the journal was kept at %2</source>
        <translation>%1; журнал сохранён в %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled sample is read-only: save it under another name</source>
        <translation>встроенный пример доступен только для чтения: сохраните его под другим именем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the previous file was kept</source>
        <translation>предыдущий файл сохранён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was replaced</source>
        <translation>ничего не заменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full (%1 free): free some space or choose another disk; %2</source>
        <translation>диск заполнен (свободно %1): освободите место или выберите другой диск; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full (%1 free): free some space; %2</source>
        <translation>диск заполнен (свободно %1): освободите место; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full: free some space or choose another disk; %1</source>
        <translation>диск заполнен: освободите место или выберите другой диск; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full: free some space; %1</source>
        <translation>диск заполнен: освободите место; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only (write-protected, or mounted read-only): choose another place; %1</source>
        <translation>диск доступен только для чтения (защищён от записи или смонтирован только для чтения): выберите другое место; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are not allowed to write in the folder %1: choose another folder or ask for write permission; %2</source>
        <translation>у вас нет права записи в папку %1: выберите другую папку или запросите право записи; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a file, not a folder: choose another place; %2</source>
        <translation>%1 — файл, а не папка: выберите другое место; %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 is no longer there (was a disk removed?): choose another place; %2</source>
        <translation>папки %1 больше нет (диск извлечён?): выберите другое место; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be written</source>
        <translation>файл не удалось записать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 has no zones to print</source>
        <translation>в версии %1 нет зон для печати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 has nothing to print</source>
        <translation>в версии %1 нечего печатать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the content does not fit on %1: choose a larger paper or a shorter title</source>
        <translation>содержимое не помещается на %1: выберите бумагу большего формата или более короткий заголовок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version %1 (versions: %2)</source>
        <translation>нет версии %1 (версии: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot compare: %1</source>
        <translation>сравнение невозможно: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown paper size %1 (choose from %2)</source>
        <translation>неизвестный формат бумаги %1 (выберите из %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale 1:%1 is outside 1:%2 … 1:%3</source>
        <translation>масштаб 1:%1 вне диапазона 1:%2 … 1:%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1: choose %2</source>
        <translation>подписи %1: выберите %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpi %1 is outside 30 … 1200</source>
        <translation>разрешение %1 dpi вне диапазона 30 … 1200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extent %1 is not a west, south, east, north box</source>
        <translation>охват %1 — не прямоугольник запад, юг, восток, север</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map area %1: choose %2</source>
        <translation>область карты %1: выберите %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF could not be started</source>
        <translation>не удалось начать PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image could not be encoded</source>
        <translation>изображение не удалось закодировать</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+29"/>
        <location filename="../gui/tool_messages.py" line="+71"/>
        <source>New zone %1</source>
        <translation>Новая зона %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>New line %1</source>
        <translation>Новая линия %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>New point %1</source>
        <translation>Новая точка %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+2"/>
        <source>Buffer zone %1 (%2 km)</source>
        <translation>Буферная зона %1 (%2 км)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>Buffer zone %1 (%2 km left, %3 km right)</source>
        <translation>Буферная зона %1 (%2 км слева, %3 км справа)</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <location filename="extra_strings.py" line="+241"/>
        <source>the heights (Z) were left out of %n feature(s): zones, lines and points are kept on the ground, by longitude and latitude</source>
        <translation>
            <numerusform>высоты (Z) не сохранены у %n объекта: зоны, линии и точки хранятся на поверхности земли, по долготе и широте</numerusform>
            <numerusform>высоты (Z) не сохранены у %n объектов: зоны, линии и точки хранятся на поверхности земли, по долготе и широте</numerusform>
            <numerusform>высоты (Z) не сохранены у %n объектов: зоны, линии и точки хранятся на поверхности земли, по долготе и широте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Inserted a vertex in %n feature(s)</source>
        <translation>
            <numerusform>Вершина вставлена в %n объект</numerusform>
            <numerusform>Вершина вставлена в %n объекта</numerusform>
            <numerusform>Вершина вставлена в %n объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>%1 and %n more column(s)</source>
        <translation>
            <numerusform>%1 и ещё %n столбец</numerusform>
            <numerusform>%1 и ещё %n столбца</numerusform>
            <numerusform>%1 и ещё %n столбцов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>kept from %1 for %n matched feature(s): %2, which the files have no column for (a missing column empties nothing; an empty value in a column does)</source>
        <translation>
            <numerusform>сохранено из %1 для %n сопоставленного объекта: %2 — таких столбцов в файлах нет (отсутствующий столбец ничего не стирает, а пустое значение в имеющемся столбце — это правка)</numerusform>
            <numerusform>сохранено из %1 для %n сопоставленных объектов: %2 — таких столбцов в файлах нет (отсутствующий столбец ничего не стирает, а пустое значение в имеющемся столбце — это правка)</numerusform>
            <numerusform>сохранено из %1 для %n сопоставленных объектов: %2 — таких столбцов в файлах нет (отсутствующий столбец ничего не стирает, а пустое значение в имеющемся столбце — это правка)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>a ring has %n position(s) in the file (at least 4 are needed: three corners and the first repeated at the end)</source>
        <translation>
            <numerusform>в кольце в файле %n позиция (нужно не менее 4: три угла и первая, повторённая в конце)</numerusform>
            <numerusform>в кольце в файле %n позиции (нужно не менее 4: три угла и первая, повторённая в конце)</numerusform>
            <numerusform>в кольце в файле %n позиций (нужно не менее 4: три угла и первая, повторённая в конце)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Deleted a vertex of %n feature(s)</source>
        <translation>
            <numerusform>Вершина удалена из %n объекта</numerusform>
            <numerusform>Вершина удалена из %n объектов</numerusform>
            <numerusform>Вершина удалена из %n объектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>has the name of %n other zone(s): a comparison cannot pair them by name</source>
        <translation>
            <numerusform>носит то же название, что и ещё %n зона: сравнение не может сопоставить их по названию</numerusform>
            <numerusform>носит то же название, что и ещё %n зоны: сравнение не может сопоставить их по названию</numerusform>
            <numerusform>носит то же название, что и ещё %n зон: сравнение не может сопоставить их по названию</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>has the code %1 (%2) of %n other feature(s): a comparison cannot pair them by code</source>
        <translation>
            <numerusform>имеет тот же код %1 (%2), что и ещё %n объект: сравнение не может сопоставить их по коду</numerusform>
            <numerusform>имеет тот же код %1 (%2), что и ещё %n объекта: сравнение не может сопоставить их по коду</numerusform>
            <numerusform>имеет тот же код %1 (%2), что и ещё %n объектов: сравнение не может сопоставить их по коду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%n text value(s) cannot be written as %1: %2 — %3</source>
        <translation>
            <numerusform>%n текстовое значение нельзя записать в кодировке %1: %2 — %3</numerusform>
            <numerusform>%n текстовых значения нельзя записать в кодировке %1: %2 — %3</numerusform>
            <numerusform>%n текстовых значений нельзя записать в кодировке %1: %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%n text value(s) cannot be written as %1: %2</source>
        <translation>
            <numerusform>%n текстовое значение нельзя записать в кодировке %1: %2</numerusform>
            <numerusform>%n текстовых значения нельзя записать в кодировке %1: %2</numerusform>
            <numerusform>%n текстовых значений нельзя записать в кодировке %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has %n feature(s) with open merge conflicts; resolve them before merging it again</source>
        <translation>
            <numerusform>в %1 ещё %n объект с открытыми конфликтами слияния; разрешите их, прежде чем снова выполнять слияние</numerusform>
            <numerusform>в %1 ещё %n объекта с открытыми конфликтами слияния; разрешите их, прежде чем снова выполнять слияние</numerusform>
            <numerusform>в %1 ещё %n объектов с открытыми конфликтами слияния; разрешите их, прежде чем снова выполнять слияние</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n page(s); page %1 does not exist</source>
        <translation>
            <numerusform>в нём %n страница; страницы %1 нет</numerusform>
            <numerusform>в нём %n страницы; страницы %1 нет</numerusform>
            <numerusform>в нём %n страниц; страницы %1 нет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 has %n unsaved edit(s) from a session that ended unexpectedly (last edit %2)</source>
        <translation>
            <numerusform>в %1 есть %n несохранённая правка из сеанса, завершившегося неожиданно (последняя правка %2)</numerusform>
            <numerusform>в %1 есть %n несохранённые правки из сеанса, завершившегося неожиданно (последняя правка %2)</numerusform>
            <numerusform>в %1 есть %n несохранённых правок из сеанса, завершившегося неожиданно (последняя правка %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has open merge conflicts on %n feature(s): resolve them before making it the baseline</source>
        <translation>
            <numerusform>в %1 ещё есть открытые конфликты слияния у %n объекта: разрешите их, прежде чем делать эту версию согласованной основой</numerusform>
            <numerusform>в %1 ещё есть открытые конфликты слияния у %n объектов: разрешите их, прежде чем делать эту версию согласованной основой</numerusform>
            <numerusform>в %1 ещё есть открытые конфликты слияния у %n объектов: разрешите их, прежде чем делать эту версию согласованной основой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open conflict(s) from the team sync: decide them with %2 or %3 (or in the Conflicts panel of the window), then table it</source>
        <translation>
            <numerusform>в %1 остаётся %n открытый конфликт синхронизации с сервером команды: решите его командой %2 или %3 (или на панели «Конфликты» в окне), затем представьте её команде</numerusform>
            <numerusform>в %1 остаются %n открытых конфликта синхронизации с сервером команды: решите их командой %2 или %3 (или на панели «Конфликты» в окне), затем представьте её команде</numerusform>
            <numerusform>в %1 остаются %n открытых конфликтов синхронизации с сервером команды: решите их командой %2 или %3 (или на панели «Конфликты» в окне), затем представьте её команде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open merge conflict(s): resolve them in the Conflicts panel of the window, then table it</source>
        <translation>
            <numerusform>в %1 остаётся %n открытый конфликт слияния: разрешите его на панели «Конфликты» в окне, затем представьте её команде</numerusform>
            <numerusform>в %1 остаются %n открытых конфликта слияния: разрешите их на панели «Конфликты» в окне, затем представьте её команде</numerusform>
            <numerusform>в %1 остаются %n открытых конфликтов слияния: разрешите их на панели «Конфликты» в окне, затем представьте её команде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 and %n feature(s) changed with it: the server refused this change (%2); it stays here until the server allows it or you discard it</source>
        <translation>
            <numerusform>%1 и %n объект, изменённый вместе с ним: сервер отклонил это изменение (%2); оно остаётся здесь, пока сервер его не допустит или вы от него не откажетесь</numerusform>
            <numerusform>%1 и %n объекта, изменённые вместе с ним: сервер отклонил это изменение (%2); оно остаётся здесь, пока сервер его не допустит или вы от него не откажетесь</numerusform>
            <numerusform>%1 и %n объектов, изменённых вместе с ним: сервер отклонил это изменение (%2); оно остаётся здесь, пока сервер его не допустит или вы от него не откажетесь</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+6"/>
        <source>%1 has %n feature(s): a comparison takes at most %2 in each version</source>
        <translation>
            <numerusform>в %1 %n объект: сравнение принимает не более %2 в каждой версии</numerusform>
            <numerusform>в %1 %n объекта: сравнение принимает не более %2 в каждой версии</numerusform>
            <numerusform>в %1 %n объектов: сравнение принимает не более %2 в каждой версии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 has %n feature(s): comparing them may take minutes</source>
        <translation>
            <numerusform>в %1 %n объект: сравнение может занять несколько минут</numerusform>
            <numerusform>в %1 %n объекта: сравнение может занять несколько минут</numerusform>
            <numerusform>в %1 %n объектов: сравнение может занять несколько минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n feature(s); at most %1 can be read here</source>
        <translation>
            <numerusform>в нём %n объект; здесь можно прочитать не более %1</numerusform>
            <numerusform>в нём %n объекта; здесь можно прочитать не более %1</numerusform>
            <numerusform>в нём %n объектов; здесь можно прочитать не более %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../gui/help_guide.py" line="-153"/>
        <source>User guide</source>
        <extracomment>Link schemes that lead off this computer: never followed. What the keyboard page&apos;s table is made from (the window&apos;s shortcut table, as it is now). A link was not followed: its address and why (&quot;network&quot;, or &quot;missing&quot;: no such page).</extracomment>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="vanished">Начните здесь</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>Найти на странице (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Эта страница ещё не переведена: она показана на английском.</translation>
    </message>
    <message>
        <source>The user guide is written in English.</source>
        <translation type="vanished">Руководство пользователя написано на английском языке.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZoneEditor works offline and does not open web pages. The address was copied: %1</source>
        <translation>ZoneEditor работает без сети и не открывает веб-страницы. Адрес скопирован: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is not part of the guide: %1</source>
        <translation>Эта страница не входит в руководство: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not on this page.</source>
        <translation>«%1» на этой странице нет.</translation>
    </message>
    <message>
        <source>The editor window, canvas and renderer</source>
        <extracomment>Titles of the user guide&apos;s pages in its contents (``gui.help_guide.PAGES``, each page&apos;s first heading up to a colon). The pages are English; their titles are listed translated so a reader finds the page. tests/unit/test_i18n_catalogue.py checks the list is whole.</extracomment>
        <translation type="vanished">Окно редактора, холст и отрисовка</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="vanished">Редактирование</translation>
    </message>
    <message>
        <source>The diff</source>
        <translation type="vanished">Сравнение версий</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">Печать</translation>
    </message>
    <message>
        <source>Exchange with other parties</source>
        <translation type="vanished">Обмен с другими сторонами</translation>
    </message>
    <message>
        <source>Reference layers</source>
        <translation type="vanished">Опорные слои</translation>
    </message>
    <message>
        <source>Merging proposals</source>
        <translation type="vanished">Слияние предложений</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="vanished">Сервер команды</translation>
    </message>
    <message>
        <source>Never lose an edit</source>
        <translation type="vanished">Ни одна правка не теряется</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="vanished">Языки</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="vanished">Сборка и установка</translation>
    </message>
</context>
<context>
    <name>VersionMenu</name>
    <message>
        <location filename="../gui/version_menu.py" line="+78"/>
        <source>&amp;Rename…</source>
        <translation>Пере&amp;именовать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Дублировать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this proposal the agreed &amp;baseline…</source>
        <translation>Сделать это предложение согласованной &amp;основой…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rename %1</source>
        <translation>Переименовать %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1 into a new proposal</source>
        <translation>Скопировать %1 в новое предложение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 with its features (undoable)</source>
        <translation>Удалить %1 со всеми объектами (можно отменить)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 the agreed baseline; the old baseline is kept as a version</source>
        <translation>Сделать %1 согласованной основой; прежняя основа сохраняется как версия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a proposal to make it the agreed baseline</source>
        <translation>Откройте предложение, чтобы сделать его согласованной основой</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rename version</source>
        <translation>Переименование версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of %1:</source>
        <translation>Новое имя для %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1 to %2</source>
        <translation>Переименовать %1 в %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate version</source>
        <translation>Дублирование версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy of %1:</source>
        <translation>Имя копии %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate %1 as %2</source>
        <translation>Дублировать %1 как %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete version</source>
        <translation>Удаление версии</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-91"/>
        <location filename="../gui/version_menu.py" line="+1"/>
        <source>Delete the proposal %1 and its %n feature(s)?</source>
        <translation>
            <numerusform>Удалить предложение %1 и его %n объект?</numerusform>
            <numerusform>Удалить предложение %1 и его %n объекта?</numerusform>
            <numerusform>Удалить предложение %1 и его %n объектов?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/version_menu.py" line="+3"/>
        <source>Edit ▸ Undo brings it back, as long as the project is open.</source>
        <translation>Правка ▸ Отменить вернёт его, пока проект открыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete proposal %1</source>
        <translation>Удалить предложение %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the agreed baseline</source>
        <translation>Сделать согласованной основой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 the agreed baseline?</source>
        <translation>Сделать %1 согласованной основой?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current agreed baseline is kept, unchanged, as the version %1.</source>
        <translation>Текущая согласованная основа сохраняется без изменений как версия %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes the agreed baseline, first in the list and locked like the baseline.</source>
        <translation>%1 станет согласованной основой — первой в списке и заблокированной, как основа.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/version_menu.py" line="+4"/>
        <source>%n feature(s) marked proposed will be marked agreed.</source>
        <translation>
            <numerusform>%n объект со статусом «предложено» получит статус «согласовано».</numerusform>
            <numerusform>%n объекта со статусом «предложено» получат статус «согласовано».</numerusform>
            <numerusform>%n объектов со статусом «предложено» получат статус «согласовано».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/version_menu.py" line="+3"/>
        <source>%n disputed feature(s) stay disputed.</source>
        <translation>
            <numerusform>%n оспариваемый объект остаётся оспариваемым.</numerusform>
            <numerusform>%n оспариваемых объекта остаются оспариваемыми.</numerusform>
            <numerusform>%n оспариваемых объектов остаются оспариваемыми.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/version_menu.py" line="+1"/>
        <source>Edit ▸ Undo restores both versions as they were.</source>
        <translation>Правка ▸ Отменить вернёт обе версии в прежнее состояние.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make agreed baseline</source>
        <translation>Сделать основой</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 the agreed baseline</source>
        <translation>Сделать %1 согласованной основой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the agreed baseline now; the old baseline is %2.</source>
        <translation>%1 теперь согласованная основа; прежняя основа — %2.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-7"/>
        <source>A version needs a name.</source>
        <translation>У версии должно быть имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“agreed” is the name of the baseline: choose another name.</source>
        <translation>«agreed» — имя согласованной основы: выберите другое имя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A version name has at most %1 characters.</source>
        <translation>Имя версии — не более %1 символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a version called “%1” already.</source>
        <translation>Версия с именем «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Panels</source>
        <translation type="vanished">Панели</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>Па&amp;нели</translation>
    </message>
    <message>
        <location filename="../gui/window_actions.py" line="+103"/>
        <source>&amp;New project</source>
        <extracomment>The toolbar&apos;s version switcher grows with the longest name up to this many characters. What changes the version shown, off while it is read-only (an observer&apos;s team copy, or a version of another delegation or of the coordinators). New proposal… copies the version shown: the way out of one the user may not change, off only while the whole project is read-only.</extracomment>
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
        <translation>Открыть н&amp;едавние</translation>
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
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Удалить выбранное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="vanished">Снять выделение</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <translation>Масштаб по в&amp;ыделению</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;labels</source>
        <translation>Показывать по&amp;дписи</translation>
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
        <location line="-11"/>
        <source>&amp;Clear selection</source>
        <translation>Сн&amp;ять выделение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Labels in local la&amp;nguage</source>
        <translation>Подписи на местном &amp;языке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in &amp;degrees, minutes, seconds</source>
        <translation>Координаты в &amp;градусах, минутах, секундах</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;proposal…</source>
        <translation>Новое &amp;предложение…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ZoneEditor</source>
        <translation>&amp;О программе ZoneEditor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version shown and edited</source>
        <translation>Показываемая и редактируемая версия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main</source>
        <extracomment>Toolbar controls that switch what is edited: never keyboard-focused, never switched by the wheel (``MapFocus.keep_off``), so only a deliberate choice counts.</extracomment>
        <translation>Основная</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cannot delete: %1 is locked</source>
        <translation>Нельзя удалить: объект %1 заблокирован</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New proposal</source>
        <translation>Новое предложение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new proposal:</source>
        <translation>Название нового предложения:</translation>
    </message>
    <message>
        <source>A version called %1 already exists</source>
        <translation type="vanished">Версия с именем %1 уже существует</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New proposal %1 from %2</source>
        <translation>Новое предложение %1 на основе %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>Agreed baseline</source>
        <translation type="vanished">Согласованная основа</translation>
    </message>
</context>
<context>
    <name>WindowWording</name>
    <message>
        <location filename="../gui/window_wording.py" line="+3"/>
        <source>fields with text %1 cannot hold: %2; choose &quot;UTF-8 (recommended)&quot; as the shapefile text</source>
        <translation>поля с текстом, который %1 не вмещает: %2; выберите «UTF-8 (рекомендуется)» для текста Shapefile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a zoneeditor project (no zoneeditor_meta table); bring its layers into a project with File ▸ Import…</source>
        <translation>это не проект zoneeditor (нет таблицы zoneeditor_meta); перенесите его слои в проект через Файл ▸ Импорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a zoneeditor project: a %1 file is brought into a project with File ▸ Import…</source>
        <translation>это не проект zoneeditor: файл %1 переносят в проект через Файл ▸ Импорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tick &quot;Name the common ancestor myself&quot; and choose it, or compare the two with &quot;Add their version and compare in the Changes panel&quot;</source>
        <translation>отметьте «Указать общего предка вручную» и выберите его или сравните обе копии через «Добавить их версию и сравнить на панели «Изменения»»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a working copy of a team project (open one with File ▸ Open team project…)</source>
        <translation>%1 не является рабочей копией командного проекта (откройте её через Файл ▸ Открыть командный проект…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database user %1 is not a member of the team on %2: ask its administrator to add you</source>
        <translation>пользователь базы данных %1 не входит в команду на %2: попросите её администратора добавить вас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
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
