<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <translation>لم يُفتح المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/app.py" line="+7"/>
        <source>Cannot open project</source>
        <translation>يتعذر فتح المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/app.py" line="+1"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>تعذر فتح الملف %1.

%2</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <source>Name</source>
        <translation type="vanished">الاسم</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="vanished">الاسم المحلي</translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="vanished">الطرف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">النوع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">ملاحظات</translation>
    </message>
    <message>
        <location filename="../gui/attributes_panel.py" line="+122"/>
        <source>Zone</source>
        <extracomment>The script each interface language with an own-name column writes in.</extracomment>
        <translation>منطقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unset)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing selected. Click a feature on the map.</source>
        <translation>لا شيء محدد. انقر عنصرًا على الخريطة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/attributes_panel.py" line="+4"/>
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
        <location filename="../gui/attributes_panel.py" line="+4"/>
        <source>(several values)</source>
        <translation>(قيم متعددة)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Locked: unlock the layer or the agreed baseline in Layers to edit.</source>
        <translation>مقفل: افتح قفل الطبقة أو الأساس المتفق عليه في «الطبقات» للتعديل.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>as the local name: %1</source>
        <translation>كالاسم المحلي: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shared name in Latin letters, the one every party&apos;s tools and exported files read. The map and the printed sheet show it beside the local name when they show both names and the feature has no name in this window&apos;s language.</source>
        <translation>الاسم المشترك بالحروف اللاتينية، الذي تقرؤه أدوات جميع الأطراف والملفات المُصدَّرة. تعرضه الخريطة والورقة المطبوعة بجانب الاسم المحلي عندما تعرضان الاسمين معًا ولا يكون للعنصر اسم بالعربية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name in the local script, as it is written on the ground. The map and the printed sheet label the feature with it, alone or beside its other name.</source>
        <translation>الاسم بالخط المحلي كما يُكتب على الأرض. تُسمّي الخريطة والورقة المطبوعة العنصر به، وحده أو بجانب اسمه الآخر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name in this window&apos;s language. Fill it only when the local name is not written in this language: where it is, the map and the printed sheet show the local name (greyed here) and this field can stay empty. Otherwise they show this name beside the local name.</source>
        <translation>الاسم بالعربية. املأه فقط إذا لم يكن الاسم المحلي مكتوبًا بالعربية: فإن كان مكتوبًا بها، تعرض الخريطة والورقة المطبوعة الاسم المحلي (الظاهر هنا باللون الرمادي) ويمكن ترك هذا الحقل فارغًا. وإلا فتعرضان هذا الاسم بجانب الاسم المحلي.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Locked: this feature cannot be changed now</source>
        <translation>مقفل: لا يمكن تعديل هذا العنصر الآن</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1 of %2 features</source>
        <translation>تعديل %1 من %2 عنصرًا</translation>
    </message>
</context>
<context>
    <name>BufferDialog</name>
    <message>
        <location filename="../gui/tool_buffer_dialog.py" line="+32"/>
        <source>Buffer security zone</source>
        <extracomment>Width offered the first time (km): the 2017 memoranda spoke of a few km.</extracomment>
        <translation>منطقة عازلة أمنية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer zone around “%1”.
Left and right as seen walking the line from its first vertex to its last.</source>
        <translation>منطقة عازلة حول «%1».
اليسار واليمين كما يراهما من يسير على الخط من رأسه الأول إلى الأخير.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>ChangeMarks</name>
    <message>
        <location filename="../render/change_marks.py" line="+31"/>
        <source>A B C D E F G H J K L M N P Q R S T U V W X Y Z</source>
        <extracomment>The English sequence (the source text of the translation ``mark_letters`` reads): capital letters without I and O, which read as 1 and 0 next to the zone key&apos;s numbers. A translation lists its language&apos;s letters in the order its lists use, space-separated, leaving out any that looks like a digit.</extracomment>
        <translation>أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+61"/>
        <location filename="../gui/conflict_text.py" line="+155"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ولا غيره</numerusform>
            <numerusform>وعنصر آخر</numerusform>
            <numerusform>وعنصران آخران</numerusform>
            <numerusform>و%n عناصر أخرى</numerusform>
            <numerusform>و%n عنصرًا آخر</numerusform>
            <numerusform>و%n عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../gui/conflicts_panel.py" line="+65"/>
        <location line="+330"/>
        <source>Conflicts</source>
        <extracomment>Smallest box (degrees) shown around a conflict: a moved post is not zoomed to a street. Kinds the merge engine reports: the columns say them; a sync&apos;s own kinds (refused, not allowed, a version removed...) also have their sentence on hover. The list was rebuilt (its number of open conflicts may have changed). A sync conflict was decided (the team sync indicator recounts).</extracomment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="-94"/>
        <source>Feature</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-44"/>
        <source>Ours</source>
        <translation>لدينا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>لديهم</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+1"/>
        <source>Where</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+221"/>
        <source>Take ours</source>
        <extracomment>What is known about the open project&apos;s conflicts. What Take ours / Take theirs / Mark resolved do. The dock holding the panel (set by ``install``), shown by ``reveal``. Notices the user dragging the dock&apos;s height (set by ``install``): the fit then keeps their height. Rows the dock&apos;s height was last fitted to (None: not yet).</extracomment>
        <translation>اعتماد ما لدينا</translation>
    </message>
    <message>
        <location line="-219"/>
        <location line="+221"/>
        <source>Take theirs</source>
        <translation>اعتماد ما لديهم</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Mark resolved</source>
        <translation>اعتباره محسومًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the stretch as you redrew it by hand and close the conflict</source>
        <translation>الإبقاء على المقطع كما أعدت رسمه يدويًا وإغلاق التعارض</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <source>Show base, ours and theirs on the map</source>
        <translation>إظهار الأصل وما لدينا وما لديهم على الخريطة</translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+163"/>
        <source>The team sync record of this file cannot be read: %1</source>
        <translation>تتعذر قراءة سجل مزامنة الفريق لهذا الملف: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One open conflict in %1: it cannot be promoted or tabled until it is resolved.</source>
        <translation>تعارض واحد مفتوح في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+39"/>
        <location filename="../gui/conflicts_panel.py" line="+3"/>
        <source>%n open conflicts in %1: it cannot be promoted or tabled until each is resolved.</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة في %1.</numerusform>
            <numerusform>تعارض واحد مفتوح في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم.</numerusform>
            <numerusform>تعارضان مفتوحان في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم كل منهما.</numerusform>
            <numerusform>%n تعارضات مفتوحة في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم كل منها.</numerusform>
            <numerusform>%n تعارضًا مفتوحًا في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم كل منها.</numerusform>
            <numerusform>%n تعارض مفتوح في %1: لا يمكن جعلها الأساس المتفق عليه ولا طرحها على الفريق حتى يُحسم كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+4"/>
        <source>No open conflict in %1.</source>
        <translation>لا تعارضات مفتوحة في %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/conflicts_panel.py" line="+2"/>
        <source>%n more in other versions (listed below).</source>
        <translation>
            <numerusform>ولا غيرها في نسخ أخرى.</numerusform>
            <numerusform>وتعارض آخر في نسخة أخرى (مدرج أدناه).</numerusform>
            <numerusform>وتعارضان آخران في نسخ أخرى (مدرجان أدناه).</numerusform>
            <numerusform>و%n تعارضات أخرى في نسخ أخرى (مدرجة أدناه).</numerusform>
            <numerusform>و%n تعارضًا آخر في نسخ أخرى (مدرجة أدناه).</numerusform>
            <numerusform>و%n تعارض آخر في نسخ أخرى (مدرجة أدناه).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/conflicts_panel.py" line="+40"/>
        <source>Keep mine</source>
        <translation>الإبقاء على نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard mine</source>
        <translation>تجاهل نسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the server&apos;s</source>
        <translation>اعتماد نسخة الخادم</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-16"/>
        <source>Select a conflict to see it on the map.</source>
        <translation>اختر تعارضًا لرؤيته على الخريطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine sends your version at the next sync; take the server&apos;s replaces yours with it. Sync to carry it out.</source>
        <translation>«الإبقاء على نسختي» يرسل نسختك عند المزامنة التالية؛ و«اعتماد نسخة الخادم» يستبدل بها نسختك. زامِن لتنفيذ ذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is about the whole version: it is reported until the version is the same here and on the server.</source>
        <translation>يتعلق هذا بالنسخة كلها: يبقى ظاهرًا حتى تتطابق النسخة هنا وعلى الخادم.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The details of this conflict are no longer kept: check the feature, then Mark resolved.</source>
        <translation>لم تعد تفاصيل هذا التعارض محفوظة: تحقق من العنصر، ثم اختر «اعتباره محسومًا».</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Or draw it yourself: edit the stretch on the map, then Mark resolved.</source>
        <translation>أو ارسمه بنفسك: عدّل المقطع على الخريطة، ثم اختر «اعتباره محسومًا».</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The server&apos;s</source>
        <translation>نسخة الخادم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base: as at the last sync</source>
        <translation>الأصل: كما كان عند آخر مزامنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine: this working copy</source>
        <translation>نسختي: نسخة العمل هذه</translation>
    </message>
    <message>
        <source>Server&apos;s: as the server has it</source>
        <translation type="vanished">نسخة الخادم: كما هي على الخادم</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Base: before either edit</source>
        <translation>الأصل: قبل أي من التعديلين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours: this project</source>
        <translation>لدينا: هذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs: the other copy</source>
        <translation>لديهم: النسخة الأخرى من المشروع</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cannot resolve: %1 is locked (unlock it in Layers)</source>
        <translation>يتعذر الحسم: %1 مقفل (افتح قفله في «الطبقات»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not record the decision: %1</source>
        <translation>تعذر تسجيل القرار: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Decision recorded: the next sync carries it out</source>
        <translation>سُجّل القرار: ستنفذه المزامنة التالية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unset)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits are valid alone, but not together</source>
        <translation>تعديلات كل جانب صالحة منفردة، لا مجتمعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on one side, changed on the other</source>
        <translation>حُذف في جانب وعُدّل في الآخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on both sides, differently</source>
        <translation>أضيف في الجانبين بشكل مختلف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed here, but your role may not change this version on the server</source>
        <translation>عُدّل هنا، لكن دورك لا يسمح بتعديل هذه النسخة على الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed on the server while edited here</source>
        <translation>أزيل على الخادم بينما كان يُعدَّل هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on the server after it was removed here</source>
        <translation>عُدّل على الخادم بعد أن أزيل هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project details changed here and on the server</source>
        <translation>تغيرت تفاصيل المشروع هنا وعلى الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server: kept here</source>
        <translation>رفضه الخادم: محفوظ هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal refused by the server: kept here</source>
        <translation>رفض الخادم الإزالة: محفوظة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version refused by the server: kept here</source>
        <translation>رفض الخادم النسخة الجديدة: محفوظة هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted it</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left it as it was</source>
        <translation>تُرك كما كان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added the version</source>
        <translation>أُضيفت النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not have it</source>
        <translation>ليست لديه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show base, mine and the server&apos;s on the map</source>
        <translation>إظهار الأصل ونسختي ونسخة الخادم على الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided: take the server&apos;s at the next sync</source>
        <translation>تقرر: اعتماد نسخة الخادم عند المزامنة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided: send mine at the next sync</source>
        <translation>تقرر: إرسال نسختي عند المزامنة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded: the server&apos;s version is back (undo to keep mine)</source>
        <translation>تم التجاهل: عادت نسخة الخادم (تراجع للإبقاء على تعديلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role on the team server may not make this change, so it was not sent. Keep mine: it stays here and is tried again at every sync. Discard mine: the server&apos;s version is put back here (undo brings yours back).</source>
        <translation>دورك على خادم الفريق لا يسمح بهذا التعديل، لذا لم يُرسَل. الإبقاء على تعديلي: يبقى هنا ويُعاد إرساله عند كل مزامنة. تجاهل تعديلي: تُعاد نسخة الخادم هنا (التراجع يعيد تعديلك).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this change (your role or a rule of the server does not allow it). Keep mine: it is tried again at every sync. Discard mine: the server&apos;s version is put back here (undo brings yours back).</source>
        <translation>رفض الخادم هذا التعديل (دورك أو إحدى قواعد الخادم لا تسمح به). الإبقاء على تعديلي: يُعاد إرساله عند كل مزامنة. تجاهل تعديلي: تُعاد نسخة الخادم هنا (التراجع يعيد تعديلك).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both moved the same point</source>
        <translation>نقل الجانبان النقطة نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed here; your role may not remove it on the server</source>
        <translation>أُزيلت هنا؛ دورك لا يسمح بإزالتها على الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added here; your role may not add versions on the server</source>
        <translation>أُضيفت هنا؛ دورك لا يسمح بإضافة نسخ على الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved it</source>
        <translation>نُقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redrew this stretch</source>
        <translation>أعيد رسم هذا المقطع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added it</source>
        <translation>أضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed its %1</source>
        <translation>تغيّر فيه: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed the version</source>
        <translation>حُذفت النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keeps the version</source>
        <translation>النسخة باقية لديه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project details</source>
        <translation>تفاصيل المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s: as the server has it</source>
        <translation>نسخة الخادم: كما هي على الخادم</translation>
    </message>
    <message>
        <source>Server&apos;s</source>
        <translation type="vanished">نسخة الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both redrew the same stretch of line</source>
        <translation>أعاد الجانبان رسم المقطع نفسه من الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both redrew the same stretch of boundary</source>
        <translation>أعاد الجانبان رسم المقطع نفسه من الحدود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both changed %1</source>
        <translation>غيّر الجانبان: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version “%1”</source>
        <translation>النسخة «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleared %1</source>
        <translation>أُفرغ: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>set %1 to %2</source>
        <translation>عُيّنت قيمة %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 from %2</source>
        <translation>على بعد %1 من %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
</context>
<context>
    <name>ControlPointTable</name>
    <message>
        <location filename="../gui/georef_table.py" line="+40"/>
        <source>Use</source>
        <extracomment>The Use box of a point was ticked or unticked: (point id, use it). Delete was pressed on the table (the selected point).</extracomment>
        <translation>استخدام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan x</source>
        <translation>x في الصورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scan y</source>
        <translation>y في الصورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residual (m)</source>
        <translation>المتبقي (م)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave-one-out (m)</source>
        <translation>دون هذه النقطة (م)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Use this point for the fit (untick to leave a doubtful point out without deleting it)</source>
        <translation>استخدام هذه النقطة في حساب التحويل (ألغِ التحديد لاستبعاد نقطة مشكوك فيها دون حذفها)</translation>
    </message>
</context>
<context>
    <name>CoordinateEntry</name>
    <message>
        <source>Next vertex: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</source>
        <extracomment>Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation type="vanished">الرأس التالي: 33.51, 36.29 · 33°30&apos;36&quot;N 36°17&apos;29&quot;E · 37S 267000 3710000 · 37SBT4827211116 · @45 2.5km</translation>
    </message>
    <message>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (33.51, 36.29) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: 33°30&apos;36&quot;N 36°17&apos;29&quot;E or 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
Bearing (degrees from true north) and distance from the last vertex: @45 2.5km (km, m or nm).</source>
        <translation type="vanished">اكتب الرأس التالي واضغط Return (Ctrl+L أو Tab للوصول إلى هنا).
الدرجات العشرية: خط العرض أولًا (33.51, 36.29) ما لم تحدد الأحرف N/S/E/W غير ذلك.
الدرجات والدقائق والثواني: 33°30&apos;36&quot;N 36°17&apos;29&quot;E أو 33 30 36 N 36 17 29 E.
UTM: 37S 267000 3710000. MGRS: 37SBT4827211116.
الاتجاه (بالدرجات من الشمال الحقيقي) والمسافة من الرأس الأخير: @45 2.5km (km أو m أو nm).</translation>
    </message>
    <message>
        <location filename="../gui/tool_coords.py" line="+57"/>
        <source>Next vertex: %1</source>
        <extracomment>What can be typed, one example per notation (shown in the box and its tooltip). A bearing and distance with a decimal comma and a space before the unit (the tooltip). Return on an empty box: finish the drawing, as Enter on the map does. Escape or Tab: back to the map.</extracomment>
        <translation>الرأس التالي: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (%1) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: %2 or %3.
UTM: %4. MGRS: %5.
Bearing (degrees from true north) and distance from the last vertex: %6 or %7 (%8).</source>
        <extracomment>Why the last text was not taken, under the box (made with the box&apos;s window).</extracomment>
        <translation>اكتب الرأس التالي واضغط Return (Ctrl+L أو Tab للوصول إلى هنا).
الدرجات العشرية: خط العرض أولًا (%1) ما لم تحدد الأحرف N/S/E/W غير ذلك.
الدرجات والدقائق والثواني: %2 أو %3.
UTM: %4. MGRS: %5.
الاتجاه (بالدرجات من الشمال الحقيقي) والمسافة من الرأس الأخير: %6 أو %7 (%8).</translation>
    </message>
    <message>
        <source>Type the next vertex and press Return (Ctrl+L or Tab to come here).
Decimal degrees: latitude first (%1) unless N/S/E/W letters say otherwise.
Degrees, minutes, seconds: %2 or %3.
UTM: %4. MGRS: %5.
Bearing (degrees from true north) and distance from the last vertex: %6 (km, m or nm).</source>
        <translation type="vanished">اكتب الرأس التالي واضغط Return (Ctrl+L أو Tab للوصول إلى هنا).
الدرجات العشرية: خط العرض أولًا (%1) ما لم تحدد الأحرف N/S/E/W غير ذلك.
الدرجات والدقائق والثواني: %2 أو %3.
UTM: %4. MGRS: %5.
الاتجاه (بالدرجات من الشمال الحقيقي) والمسافة من الرأس الأخير: %6 (الوحدات km أو m أو nm).</translation>
    </message>
</context>
<context>
    <name>DataValues</name>
    <message>
        <location filename="values.py" line="+37"/>
        <source>Agreed baseline</source>
        <translation>الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed until %1</source>
        <extracomment>%1 is a date (2025-03-14): the old baseline after a proposal replaced it.</extracomment>
        <translation>الأساس المتفق عليه حتى %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Zones</source>
        <extracomment>Display names of the three layers.</extracomment>
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
        <source>name</source>
        <extracomment>Display names of the core attributes (``core.model.CORE_ATTRIBUTES``) and of the mark of an open merge conflict, as the Changes panel lists what changed; other attributes are shown by their own names.</extracomment>
        <translation type="vanished">الاسم</translation>
    </message>
    <message>
        <source>local name</source>
        <translation type="vanished">الاسم المحلي</translation>
    </message>
    <message>
        <source>party</source>
        <translation type="vanished">الطرف</translation>
    </message>
    <message>
        <source>status</source>
        <translation type="vanished">الحالة</translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="vanished">النوع</translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="vanished">الملاحظات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open merge conflict</source>
        <extracomment>The mark of an open merge conflict on a feature (core.merge.resolve.MARKER), as the Changes panel lists it among the changed attributes. The core attributes&apos; own names are ``core.model.ATTRIBUTE_NAMES`` (translated in the context of core&apos;s Messages, so a step&apos;s label &quot;Edit local name of Idlib&quot; and the panels name a field alike).</extracomment>
        <translation>تعارض دمج مفتوح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no party</source>
        <extracomment>The context core&apos;s Messages are translated in (``gui.tool_messages``).</extracomment>
        <translation>بلا طرف</translation>
    </message>
</context>
<context>
    <name>DiffOverlay</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+376"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-368"/>
        <location filename="../gui/diff_panel.py" line="+76"/>
        <location line="+287"/>
        <source>Changes</source>
        <extracomment>Quiet time after the last edit before the diff is recomputed (typing, dragging). Characters of a feature&apos;s name the docked table would like to show at first (a longer name keeps both its ends: ``gui.diff_table.NameDelegate``). Emitted on the UI thread when a new report is shown.</extracomment>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="-275"/>
        <source>List unchanged features too</source>
        <extracomment>The report on the map: the overlay, the clicked change&apos;s flash (``gui.diff_map``). The compared versions (``from_box``, ``to_box``).</extracomment>
        <translation>اعرض العناصر غير المتغيرة أيضًا</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+160"/>
        <source>Click a change to see it on the map.</source>
        <extracomment>The map&apos;s label language the feature names follow (``canvas.label_language``). Which columns the table shows; the others are a click away (``column_menu``). The summary above the table (``status_label``, ``summary_label``, ``details_label``).</extracomment>
        <translation>انقر تغييرًا لرؤيته على الخريطة.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-9"/>
        <location filename="../gui/diff_panel.py" line="-159"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="+2"/>
        <source>Choose the columns of the table</source>
        <translation>اختيار أعمدة الجدول</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <location line="+3"/>
        <source>Show large</source>
        <translation>عرض موسّع</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the changes in a large window of their own, with every column (again: back in the dock)</source>
        <translation>عرض التغييرات في نافذة كبيرة خاصة بها، بكل الأعمدة (بنقرة ثانية: العودة إلى اللوحة)</translation>
    </message>
    <message>
        <location filename="../gui/diff_panel.py" line="+8"/>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot compare these versions: %1</source>
        <translation>تتعذر مقارنة هاتين النسختين: %1</translation>
    </message>
    <message>
        <source>%1 → %2: %3 changed features</source>
        <translation type="vanished">من %1 إلى %2: عدد العناصر المتغيرة %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 and %2 hold the same map content</source>
        <translation>%1 و%2 تحملان المحتوى نفسه على الخريطة</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <source>Back in the dock</source>
        <translation>العودة إلى اللوحة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: من %2 إلى %3 (%4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>near %1</source>
        <translation>قرب %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+1"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Fit the columns to the panel</source>
        <translation>ملاءمة الأعمدة للوحة</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location filename="../gui/diff_panel.py" line="-1"/>
        <source>%1 → %2: %n changed feature(s)</source>
        <translation>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
            <numerusform>من %1 إلى %2: عدد العناصر المتغيرة %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 لم تكن لأي طرف وتنتقل إلى %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 تخرج من يد %3 ولا تنتقل إلى أي طرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1 km²</source>
        <translation>أقل من %1 كم²</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Territory per party (buffer zones excluded):</source>
        <translation>الأراضي لكل طرف (باستثناء المناطق العازلة):</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>لا يذكر %1 طرفًا لأي منطقة: لم تُحسب مساحات الأطراف ولا الأراضي المنتقلة بين الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zones of %1: %2 → %3 (%4)</source>
        <translation>المناطق العازلة للطرف «%1»: %2 ← %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the tolerance, so not changes: %1</source>
        <translation>ضمن حد التسامح، فلا تُعد تغييرات: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>largest shift %1</source>
        <translation>أكبر إزاحة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attributes changed: %1</source>
        <translation>الخصائص المتغيرة: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 or thinner than %2</source>
        <translation>%1 أو أرفع من %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Land gained or lost, too small to list: %1 (%2); the totals include them</source>
        <translation>أراضٍ مكتسبة أو مفقودة أصغر من أن تُدرج: %1 (%2)؛ والمجاميع تشملها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1, lost %2</source>
        <translation>المكتسب %1، والمفقود %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area %1 → %2</source>
        <translation>المساحة من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to %2 also: %3</source>
        <translation>ومن %1 إلى %2 أيضًا: %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2، %3): %4</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 تنتقل من %3 إلى %4</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>and %n more pieces from %1 to %2, %3 in all</source>
        <translation>
            <numerusform>ولا قطع أخرى من %1 إلى %2، %3 إجمالًا</numerusform>
            <numerusform>وقطعة أخرى من %1 إلى %2، %3 إجمالًا</numerusform>
            <numerusform>وقطعتان أخريان من %1 إلى %2، %3 إجمالًا</numerusform>
            <numerusform>و%n قطع أخرى من %1 إلى %2، %3 إجمالًا</numerusform>
            <numerusform>و%n قطعة أخرى من %1 إلى %2، %3 إجمالًا</numerusform>
            <numerusform>و%n قطعة أخرى من %1 إلى %2، %3 إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+14"/>
        <source>no party</source>
        <translation>بلا طرف</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../gui/diff_map.py" line="+86"/>
        <source>Show &amp;changes on map</source>
        <extracomment>True while View ▸ Show changes on map is on. The overlay&apos;s labels as last drawn (``render.diff_overlay.Callout``).</extracomment>
        <translation>إظهار الت&amp;غييرات على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/diff_map.py" line="+5"/>
        <source>Hatch the land gained and lost against the compared version, dash the old boundaries and label the largest shifts</source>
        <translation>تظليل الأرض المكتسبة والمفقودة مقارنة بالنسخة المقارَنة، ورسم الحدود القديمة بخط متقطع، وتسمية أكبر الإزاحات</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <location filename="../gui/diff_summary.py" line="+69"/>
        <source>%n smaller piece, %1</source>
        <extracomment>Pieces of land changing hands listed one by one in the summary (the rest are summed). A party&apos;s or a buffer&apos;s net change smaller than this reads as none (0.0 km² either way).</extracomment>
        <translation>
            <numerusform>لا قطع أصغر، %1</numerusform>
            <numerusform>قطعة أصغر واحدة، %1</numerusform>
            <numerusform>قطعتان أصغر، %1</numerusform>
            <numerusform>%n قطع أصغر، %1</numerusform>
            <numerusform>%n قطعة أصغر، %1</numerusform>
            <numerusform>%n قطعة أصغر، %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>لا قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>قطعة أصغر واحدة، %1 إجمالًا</numerusform>
            <numerusform>قطعتان أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة أصغر، %1 إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/diff_summary.py" line="+62"/>
        <source>and %n more piece from %1 to %2, %3</source>
        <translation>
            <numerusform>ولا قطع أخرى من %1 إلى %2، %3</numerusform>
            <numerusform>وقطعة أخرى من %1 إلى %2، %3</numerusform>
            <numerusform>وقطعتان أخريان من %1 إلى %2، %3</numerusform>
            <numerusform>و%n قطع أخرى من %1 إلى %2، %3</numerusform>
            <numerusform>و%n قطعة أخرى من %1 إلى %2، %3</numerusform>
            <numerusform>و%n قطعة أخرى من %1 إلى %2، %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffTableModel</name>
    <message>
        <location filename="../gui/diff_table.py" line="+68"/>
        <source>Feature</source>
        <extracomment>The measures&apos; columns: numbers, right-aligned, sorted as numbers. Columns the docked table shows at first: what changed and how much land; the others (party, layer, largest shift, areas before and after, attributes) are in the Columns menu, in the selected change&apos;s details and in &quot;Show large&quot; (the parties&apos; totals and the land changing hands are in the summary above the table).</extracomment>
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
    <name>DiffText</name>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+407"/>
        <location filename="extra_strings.py" line="+1295"/>
        <source>%n smaller piece(s), %1 in all</source>
        <translation>
            <numerusform>لا قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>قطعة أصغر واحدة، %1 إجمالًا</numerusform>
            <numerusform>قطعتان أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة أصغر، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة أصغر، %1 إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%n piece(s), %1 in all</source>
        <translation>
            <numerusform>لا قطع، %1 إجمالًا</numerusform>
            <numerusform>قطعة واحدة، %1 إجمالًا</numerusform>
            <numerusform>قطعتان، %1 إجمالًا</numerusform>
            <numerusform>%n قطع، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة، %1 إجمالًا</numerusform>
            <numerusform>%n قطعة، %1 إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وموضع آخر</numerusform>
            <numerusform>%1 وموضعان آخران</numerusform>
            <numerusform>%1 و%n مواضع أخرى</numerusform>
            <numerusform>%1 و%n موضعًا آخر</numerusform>
            <numerusform>%1 و%n موضع آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>Within the tolerance of %1 (the same line): %n boundaries, %2.</source>
        <translation>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): لا حدود، %2.</numerusform>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): حد واحد، %2.</numerusform>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): حدّان، %2.</numerusform>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): %n حدود، %2.</numerusform>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): %n حدًّا، %2.</numerusform>
            <numerusform>ضمن حد التسامح %1 (الخط نفسه): %n حد، %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="-87"/>
        <source>Changes from &quot;%1&quot; (%2) to &quot;%3&quot; (%4)</source>
        <extracomment>The sentences of ``zoneeditor diff``&apos;s text report (``core.diff_report.summary_text``, its words in ``core.diff_words``; %1... are names and figures), translated by ``i18n.report_words`` for ``--lang``.</extracomment>
        <translation>التغييرات من «%1» (%2) إلى «%3» (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modified, %2 added, %3 removed, %4 unchanged.</source>
        <translation>المعدَّلة: %1، المضافة: %2، المحذوفة: %3، دون تغيير: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features with different ids matched %1.</source>
        <translation>طوبقت عناصر ذات معرّفات مختلفة: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by code</source>
        <translation>%1 بالرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by name</source>
        <translation>%1 بالاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by name variant</source>
        <translation>%1 بصيغة أخرى للاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by overlap</source>
        <translation>%1 بالتداخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 حسب «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions hold the same map content.</source>
        <translation>النسختان تحملان المحتوى نفسه على الخريطة.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <location filename="values.py" line="+128"/>
        <source>zone %1</source>
        <extracomment>The script each interface language is written in (Unicode character name prefixes). A feature without a name, by layer (context &quot;DiffText&quot;: the comparison&apos;s texts say the same; ``core.diff_report``).</extracomment>
        <translation>منطقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="values.py" line="+1"/>
        <source>line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="values.py" line="+1"/>
        <source>point %1</source>
        <translation>نقطة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer zone</source>
        <translation>منطقة عازلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: modified</source>
        <translation>%1: عُدِّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: added</source>
        <translation>%1: أُضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: removed</source>
        <translation>%1: حُذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unchanged</source>
        <translation>%1: لم يتغير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new zone of %1</source>
        <translation>منطقة جديدة مساحتها %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer a zone</source>
        <translation>مساحة %1 لم تعد منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1</source>
        <translation>المكتسب %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gained %1 (%2)</source>
        <translation>المكتسب %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost %1</source>
        <translation>المفقود %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost %1 (%2)</source>
        <translation>المفقود %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max shift %1</source>
        <translation>أكبر إزاحة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved up to %1 (mean %2), %3 between old and new line</source>
        <translation>أُزيح حتى %1 (بمتوسط %2)، و%3 بين الخط القديم والخط الجديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved %1</source>
        <translation>أُزيح بمقدار %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed from %1 to %2</source>
        <translation>انتقل من %1 إلى %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1</source>
        <translation>الخصائص المتغيرة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boundary within the tolerance (moved up to %1)</source>
        <translation>الحد ضمن حد التسامح (أُزيح حتى %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by code: %1</source>
        <translation>طوبق بالرمز: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name: %1</source>
        <translation>طوبق بالاسم: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by name variant: %1</source>
        <translation>طوبق بصيغة أخرى للاسم: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by overlap: %1</source>
        <translation>طوبق بالتداخل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched by %1: %2</source>
        <translation>طوبق حسب «%1»: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near %1</source>
        <translation>قرب %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>عند %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party (buffer zones excluded)</source>
        <translation>الأراضي لكل طرف (باستثناء المناطق العازلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zones (no party&apos;s territory, not counted above)</source>
        <translation>المناطق العازلة (ليست أرضًا لأي طرف، ولم تُحسب أعلاه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: من %2 إلى %3 (%4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no party</source>
        <translation>لا طرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands</source>
        <translation>الأراضي المنتقلة بين الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 تنتقل من %3 إلى %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 تخرج من يد %3 ولا تنتقل إلى أي طرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 لم تكن لأي طرف وتنتقل إلى %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land gained or lost, too small to list: %1 (%2); the totals include them</source>
        <translation>أراضٍ مكتسبة أو مفقودة أصغر من أن تُدرج: %1 (%2)؛ والمجاميع تشملها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under %1</source>
        <translation>أقل من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thinner than %1</source>
        <translation>أرفع من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed in what both versions give; the notes say what one of them does not give.</source>
        <translation>لم يتغيّر شيء فيما تذكره النسختان كلتاهما؛ والملاحظات تبيّن ما لا تذكره إحداهما.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no party column recognised, or it is empty; if one of its columns holds the parties, map it with --map-%2 party=COLUMN</source>
        <translation>%1: لم يُتعرَّف على عمود للأطراف، أو أنه فارغ؛ إن كان أحد أعمدته يحمل الأطراف فاربطه بالخيار ‎--map-%2 party=COLUMN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: its column %2 holds the other side&apos;s parties; to compare them, add %3</source>
        <translation>%1: عمودها %2 يحمل أطراف الجانب الآخر؛ لمقارنتها أضف %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s statuses; to compare them, add %3</source>
        <translation>%1: عمودها %2 يحمل حالات الجانب الآخر؛ لمقارنتها أضف %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s kinds of feature; to compare them, add %3</source>
        <translation>%1: عمودها %2 يحمل أنواع عناصر الجانب الآخر؛ لمقارنتها أضف %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its column %2 holds the other side&apos;s ids; to pair the features by them, add %3</source>
        <translation>%1: عمودها %2 يحمل معرّفات الجانب الآخر؛ لمطابقة العناصر بها أضف %3</translation>
    </message>
</context>
<context>
    <name>DrawingPartyCombo</name>
    <message>
        <location filename="../gui/drawing_party.py" line="+39"/>
        <source>Party given to the zones and lines you draw. None: they get no party (choose one in Attributes later).</source>
        <translation>الطرف الذي يُعطى للمناطق والخطوط التي ترسمها. «غير محدد»: تبقى بلا طرف (اختر طرفًا لاحقًا في «الخصائص»).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>none</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party: %1</source>
        <translation>الطرف: %1</translation>
    </message>
</context>
<context>
    <name>EditingManager</name>
    <message>
        <location filename="../gui/tool_manager.py" line="+62"/>
        <source>Problems</source>
        <extracomment>How long a refused edit&apos;s location stays marked (ms).</extracomment>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+14"/>
        <source>Coordinates</source>
        <translation>الإحداثيات</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+69"/>
        <source>Vertex not added: correct the coordinates in the box</source>
        <translation>لم يُضف الرأس: صحّح الإحداثيات في الخانة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vertex at %1: read as longitude, latitude</source>
        <translation>رأس عند %1: قُرئ خط طول ثم خط عرض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertex at %1: read as longitude, latitude, since %2 cannot be a latitude</source>
        <translation>رأس عند %1: قُرئ خط طول ثم خط عرض، لأن %2 لا يمكن أن يكون خط عرض</translation>
    </message>
    <message>
        <source>Longitude first? Vertex at %1, far off; latitude first it is %2 (Backspace on the map removes the vertex)</source>
        <translation type="vanished">هل كُتب خط الطول أولاً؟ الرأس عند %1 بعيد؛ بقراءة خط العرض أولاً يكون %2 (مفتاح Backspace على الخريطة يزيل الرأس)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not taken: the reason is under the coordinate box</source>
        <translation>لم يُؤخذ الموقع: السبب مكتوب تحت خانة الإحداثيات</translation>
    </message>
    <message>
        <source>Vertex at %1, far from where you are drawing: typed longitude first? Read latitude first it is %2. Backspace on the map takes the vertex back</source>
        <translation type="vanished">رأس عند %1، بعيد عن مكان الرسم: هل كتبت خط الطول أولًا؟ إذا قُرئ خط العرض أولًا فهو %2. Backspace على الخريطة يسحب الرأس</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Centred on %1 (choose a drawing tool to add a vertex there)</source>
        <translation>تم التوسيط على %1 (اختر أداة رسم لإضافة رأس هناك)</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-362"/>
        <source>Undo and Redo stop at “%1”. %2</source>
        <translation>يتوقف التراجع والإعادة عند «%1». %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreed baseline is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>الأساس المتفق عليه مقفل: افتح قفله في لوحة الطبقات للتراجع عن هذه الخطوة أو إعادتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer %1 of %2 is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>الطبقة «%1» مقفلة في %2: افتح قفلها في لوحة الطبقات للتراجع عن هذه الخطوة أو إعادتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers %1 of %2 are locked: unlock them in the Layers panel to undo or redo this step.</source>
        <translation>الطبقات %1 مقفلة في %2: افتح أقفالها في لوحة الطبقات للتراجع عن هذه الخطوة أو إعادتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer %1 of the agreed baseline is locked: unlock it in the Layers panel to undo or redo this step.</source>
        <translation>الطبقة «%1» مقفلة في الأساس المتفق عليه: افتح قفلها في لوحة الطبقات للتراجع عن هذه الخطوة أو إعادتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layers %1 of the agreed baseline are locked: unlock them in the Layers panel to undo or redo this step.</source>
        <translation>الطبقات %1 مقفلة في الأساس المتفق عليه: افتح أقفالها في لوحة الطبقات للتراجع عن هذه الخطوة أو إعادتها.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../gui/export_dialog.py" line="+99"/>
        <location line="+59"/>
        <source>Export</source>
        <extracomment>Emitted after a verified export, with its one-line summary.</extracomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>UTF-8 (recommended)</source>
        <extracomment>What the target&apos;s name starts with: the project file&apos;s stem (or its title).</extracomment>
        <translation>UTF-8 (موصى به)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1256 (Arabic, for old readers)</source>
        <translation>Windows-1256 (عربي، للبرامج القديمة)</translation>
    </message>
    <message>
        <source>Pack the shapefiles into one .zip</source>
        <translation type="vanished">ضم ملفات Shapefile في ملف .zip واحد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack the shapefiles into one %1 file</source>
        <translation>ضم ملفات Shapefile في ملف %1 واحد</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+113"/>
        <source>Will be written (shapefile field names are at most 10 bytes: 10 Latin letters, 5 Arabic or Cyrillic ones in UTF-8; the full names are saved beside the files in %1):</source>
        <extracomment>Above the preview: what it lists (the field names only for shapefiles).</extracomment>
        <translation>سيُكتب (أسماء حقول Shapefile لا تتجاوز 10 بايت: 10 أحرف لاتينية، أو 5 أحرف عربية أو سيريلية في UTF-8؛ تُحفظ الأسماء الكاملة بجانب الملفات في %1):</translation>
    </message>
    <message>
        <source>Will be written (shapefile field names are at most 10 bytes: 10 Latin letters, 5 Arabic or Cyrillic ones in UTF-8; the full names are saved beside the files in .fields.json):</source>
        <extracomment>Above the preview: what it lists (the field names only for shapefiles).</extracomment>
        <translation type="vanished">سيُكتب (أسماء حقول Shapefile لا تتجاوز 10 بايت: 10 أحرف لاتينية، أو 5 أحرف عربية أو سيريلية في UTF-8؛ تُحفظ الأسماء الكاملة بجانب الملفات في .fields.json):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will be written:</source>
        <translation>سيُكتب:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Folder for the shapefiles</source>
        <translation>مجلد ملفات Shapefile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick at least one version.</source>
        <translation>حدد نسخة واحدة على الأقل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to save.</source>
        <translation>اختر مكان الحفظ.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing was exported; existing files are unchanged.</source>
        <translation>لم يُصدَّر شيء؛ الملفات الموجودة لم تتغير.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-50"/>
        <source>Exported %1 to %2 (%3); read back and verified</source>
        <translation>صُدِّر %1 إلى %2 (%3)؛ وأُعيدت قراءته والتحقق منه</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="-295"/>
        <source>%n zone</source>
        <extracomment>Extensions the dialog gives its targets (a shapefile export without .zip is a folder).</extracomment>
        <translation>
            <numerusform>لا منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n zones</source>
        <translation>
            <numerusform>لا مناطق</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n line</source>
        <translation>
            <numerusform>لا خط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n lines</source>
        <translation>
            <numerusform>لا خطوط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n point</source>
        <translation>
            <numerusform>لا نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/export_dialog.py" line="+2"/>
        <source>%n points</source>
        <translation>
            <numerusform>لا نقاط</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation type="vanished">
            <numerusform>لا منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="vanished">
            <numerusform>لا خط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="vanished">
            <numerusform>لا نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <source>Some features could not be loaded: %1</source>
        <extracomment>&quot;module:function&quot; strings, called in order with the MainWindow.</extracomment>
        <translation type="vanished">تعذر تحميل بعض الميزات: %1</translation>
    </message>
</context>
<context>
    <name>FarVertexQuestion</name>
    <message>
        <location filename="../gui/far_vertex_question.py" line="+38"/>
        <source>Vertex far away</source>
        <translation>رأس بعيد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be a latitude, so the numbers were read as longitude, latitude.</source>
        <translation>لا يمكن أن يكون %1 خط عرض، لذا قُرئ الرقمان خط طول ثم خط عرض.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it anyway?</source>
        <translation>أتضيفه مع ذلك؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add anyway</source>
        <translation>أضِف مع ذلك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read as longitude, latitude, it is %1, %2 from it.</source>
        <translation>وإذا قُرئ خط طول ثم خط عرض فهو %1، على بعد %2 منه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add it in one of the two readings, or not at all?</source>
        <translation>أتضيفه بإحدى القراءتين، أم لا تضيفه؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as latitude, longitude</source>
        <translation>أضِف خط عرض ثم خط طول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as longitude, latitude</source>
        <translation>أضِف خط طول ثم خط عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not add</source>
        <translation>لا تُضف</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vertex typed, %1, lies %2 from what you are drawing.</source>
        <translation>الرأس المكتوب، %1، يقع على بعد %2 مما ترسمه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vertex typed, %1, lies %2 from the selected features.</source>
        <translation>الرأس المكتوب، %1، يقع على بعد %2 من العناصر المحددة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vertex typed, %1, lies %2 from the part of the map shown.</source>
        <translation>الرأس المكتوب، %1، يقع على بعد %2 من الجزء المعروض من الخريطة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from what you are drawing.</source>
        <translation>إذا قُرئ الرأس المكتوب خط عرض ثم خط طول فهو %1، على بعد %2 مما ترسمه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from the selected features.</source>
        <translation>إذا قُرئ الرأس المكتوب خط عرض ثم خط طول فهو %1، على بعد %2 من العناصر المحددة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as latitude, longitude, the vertex typed is %1, %2 from the part of the map shown.</source>
        <translation>إذا قُرئ الرأس المكتوب خط عرض ثم خط طول فهو %1، على بعد %2 من الجزء المعروض من الخريطة.</translation>
    </message>
</context>
<context>
    <name>FeatureKind</name>
    <message>
        <location filename="values.py" line="-157"/>
        <source>de-escalation</source>
        <extracomment>Display names of the kinds the editor itself gives (tools, sample) and that negotiation maps commonly use; other kinds are shown as stored.</extracomment>
        <translation>خفض التصعيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer</source>
        <translation>عازلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>سيطرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demilitarised</source>
        <translation>منزوعة السلاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact</source>
        <translation>خط التماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation post</source>
        <translation>نقطة مراقبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checkpoint</source>
        <translation>حاجز تفتيش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring centre</source>
        <translation>مركز رصد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crossing</source>
        <translation>معبر</translation>
    </message>
</context>
<context>
    <name>FeatureStatus</name>
    <message>
        <location line="-16"/>
        <source>proposed</source>
        <extracomment>Display names of the statuses a feature may carry (core.model.STATUSES).</extracomment>
        <translation>مقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed</source>
        <translation>متنازع عليه</translation>
    </message>
</context>
<context>
    <name>GeorefDialog</name>
    <message>
        <location filename="../gui/georef_dialog.py" line="+64"/>
        <source>Georeference image</source>
        <translation>الإسناد الجغرافي لصورة</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading %1…</source>
        <extracomment>The georeferencing shown (a draft until its first point) and its change sets. The control point being placed (its scan half and its place).</extracomment>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+17"/>
        <location filename="../gui/georef_dialog.py" line="+52"/>
        <source>No scan</source>
        <translation>لا صورة ممسوحة</translation>
    </message>
    <message>
        <location filename="../gui/georef_dialog.py" line="+8"/>
        <source>%1, page %2 of %3</source>
        <translation>%1، الصفحة %2 من %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>RMS %1 m in %2</source>
        <translation>RMS: %1 م في %2</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-5"/>
        <source>Now click the same place on the map, or type its coordinate and press Enter</source>
        <translation>انقر الآن المكان نفسه على الخريطة، أو اكتب إحداثياته واضغط Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now click the same place on the scan (or type its x and y) and press Add point</source>
        <translation>انقر الآن المكان نفسه على الصورة الممسوحة (أو اكتب قيمتي x وy) واضغط «إضافة نقطة»</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Click a landmark on the scan (a grid crossing, a junction), then the same place on the map</source>
        <translation>انقر معلمًا على الصورة الممسوحة (تقاطع شبكة، مفترق طرق)، ثم المكان نفسه على الخريطة</translation>
    </message>
    <message>
        <location filename="../gui/georef_dialog.py" line="+57"/>
        <source>Not a place: %1</source>
        <translation>ليس موقعًا صالحًا: %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+30"/>
        <location filename="../gui/georef_save.py" line="+42"/>
        <source>Save georeferenced image</source>
        <translation>حفظ الصورة المسندة جغرافيًا</translation>
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
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 and shown it as a reference layer</source>
        <translation>حُفظ %1 وعُرض طبقةً مرجعية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the georeferenced image</source>
        <translation>يتعذر حفظ الصورة المسندة جغرافيًا</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-28"/>
        <source>Affine (3 points or more)</source>
        <translation>تحويل تآلفي (3 نقاط أو أكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polynomial, 2nd order (6 points or more)</source>
        <translation>كثير حدود من الدرجة الثانية (6 نقاط أو أكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin-plate spline (3 points or more)</source>
        <translation>شريحة الصفيحة الرقيقة (3 نقاط أو أكثر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open scan…</source>
        <translation>&amp;فتح صورة ممسوحة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page </source>
        <translation>الصفحة </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page of the PDF annex to georeference</source>
        <translation>صفحة ملحق PDF المراد إسنادها جغرافيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the UTM zone of the points</source>
        <translation>نطاق UTM للنقاط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate system the scanned map is drawn in, e.g. EPSG:32637 (UTM 37N) or EPSG:4326 (a latitude/longitude grid); empty: the UTM zone of the control points</source>
        <translation>نظام الإحداثيات الذي رُسمت به الخريطة الممسوحة، مثل EPSG:32637 (UTM 37N) أو EPSG:4326 (شبكة خطوط عرض وطول)؛ وإن تُرك فارغًا: نطاق UTM لنقاط التحكم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a scanned map (PNG, JPEG, TIFF) or a PDF annex</source>
        <translation>فتح خريطة ممسوحة (PNG أو JPEG أو TIFF) أو ملحق PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column on the scan (pixels from the left edge)</source>
        <translation>العمود على الصورة الممسوحة (بكسلات من الحافة اليسرى)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row on the scan (pixels from the top edge)</source>
        <translation>الصف على الصورة الممسوحة (بكسلات من الحافة العليا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude, longitude — or DMS, UTM, MGRS</source>
        <translation>خط العرض، خط الطول — أو DMS أو UTM أو MGRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the point lies, in any notation: 35.93, 36.55 · 35°55&apos;48&quot;N 36°33&apos;E · 37S 267000 3710000 · 37SBT4827211116</source>
        <translation>موقع النقطة، بأي صيغة: 35.93, 36.55 · 35°55&apos;48&quot;N 36°33&apos;E · 37S 267000 3710000 · 37SBT4827211116</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add point</source>
        <translation>إ&amp;ضافة نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete point</source>
        <translation>ح&amp;ذف نقطة</translation>
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
        <location line="+1"/>
        <source>&amp;Save GeoTIFF and add as reference…</source>
        <translation>&amp;حفظ GeoTIFF وإضافته طبقةً مرجعية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transform:</source>
        <translation>التح&amp;ويل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map &amp;grid:</source>
        <translation>&amp;شبكة الخريطة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan: click a landmark</source>
        <translation>الصورة الممسوحة: انقر معلمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map: click the same place</source>
        <translation>الخريطة: انقر المكان نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan &amp;x:</source>
        <translation>&amp;x في الصورة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;y:</source>
        <translation>&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>ال&amp;موقع:</translation>
    </message>
</context>
<context>
    <name>GuideHelp</name>
    <message>
        <location filename="../gui/help_guide.py" line="+324"/>
        <source>User &amp;guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not installed with this copy of ZoneEditor.</source>
        <translation>دليل المستخدم غير مثبّت مع هذا التثبيت من ZoneEditor.</translation>
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
        <location filename="../../build/i18n/tr_aliases.py" line="+87"/>
        <location filename="../gui/import_dialog/dialog.py" line="+82"/>
        <location line="+268"/>
        <source>Import</source>
        <extracomment>Emitted after an import was pushed on the history, with what the status bar says (the files, what came in and what was left out) and how many features were left out.</extracomment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../gui/import_dialog/file_picker.py" line="+63"/>
        <source>Add files…</source>
        <extracomment>The folder of the files last picked or imported (None until then)</extracomment>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/import_dialog/file_picker.py" line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Into the agreed baseline</source>
        <translation>إلى الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a new proposal named:</source>
        <translation>كمقترح جديد باسم:</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+1"/>
        <source>Text encoding:</source>
        <translation>ترميز النص:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system:</source>
        <translation>نظام الإحداثيات:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check again</source>
        <translation>تحقق مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colu&amp;mns and fields</source>
        <translation>الأعمدة والح&amp;قول</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/import_dialog/dialog.py" line="-77"/>
        <source>Pro&amp;blems</source>
        <translation>المش&amp;كلات</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>From the file</source>
        <translation>من الملف</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-1"/>
        <source>Pro&amp;blems (%1)</source>
        <translation>المش&amp;كلات (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 to import</source>
        <translation>%1 للاستيراد</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+2"/>
        <source>Imported %1: %2</source>
        <translation>استُورد %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Files (shapefile, zip, GeoPackage, GeoJSON, KML):</source>
        <translation>الملفات (shapefile أو zip أو GeoPackage أو GeoJSON أو KML):</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Imported %1</source>
        <translation>تم استيراد %1</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-200"/>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-19"/>
        <source>cannot be read: %1</source>
        <translation>تتعذر قراءته: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>check the file; nothing was changed</source>
        <translation>تحقق من الملف؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>check the file; the editor is unaffected</source>
        <translation type="vanished">تحقق من الملف؛ المحرر لم يتأثر</translation>
    </message>
    <message>
        <source>Read %1 file(s).</source>
        <translation type="vanished">تمت قراءة %1 ملف(ات).</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1: %2; coordinates %3; text %4</source>
        <translation>%1: %2؛ الإحداثيات %3؛ النص %4</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no features</source>
        <translation>لا عناصر</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Columns of &amp;file:</source>
        <translation>أعمدة المل&amp;ف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;recognised columns</source>
        <translation>استخدام الأعمدة الم&amp;تعرَّف عليها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the feature labels</source>
        <translation>معاينة تسميات العناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view (labels of the first features):</source>
        <translation>معاي&amp;نة (تسميات العناصر الأولى):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>نوع القيم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>المملوء</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Sample values</source>
        <translation>قيم نموذجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised as</source>
        <translation>مُعرَّف بوصفه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a file to see its columns.</source>
        <translation>اقرأ ملفًا لرؤية أعمدته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has no attribute columns.</source>
        <translation>لا يحتوي هذا الملف على أعمدة خصائص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using the columns you chose before for files with these columns.</source>
        <translation>تُستخدم الأعمدة التي اخترتها سابقًا للملفات ذات هذه الأعمدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your choice is remembered for files with these columns when you import.</source>
        <translation>عند الاستيراد يُحفظ اختيارك للملفات ذات هذه الأعمدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns are taken as recognised.</source>
        <translation>تُعتمد الأعمدة كما تم التعرف عليها.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <location filename="../gui/window_wording.py" line="+29"/>
        <source>tick &quot;swap them&quot; above, or fix the source file</source>
        <translation>حدد «بدّلهما» أعلاه، أو أصلح الملف المصدر</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>repair offered: tick &quot;Accept the offered repairs&quot;</source>
        <extracomment>Template of the floors -&gt; (translation context, the window&apos;s wording; same %1, %2...). The import dialog&apos;s hints keep their context (its &quot;What to do&quot; column words them so). (QT_TRANSLATE_NOOP marks the wording for lupdate; its stub returns ``object``.)</extracomment>
        <translation>إصلاح مقترح: حدد «قبول الإصلاحات المقترحة»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>enter the coordinate system above, e.g. EPSG:32637</source>
        <translation>أدخل نظام الإحداثيات أعلاه، مثل EPSG:32637</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the coordinate system %1 entered above is not one PROJ knows</source>
        <translation>نظام الإحداثيات %1 المُدخل أعلاه غير معروف لـPROJ</translation>
    </message>
    <message>
        <source>choose the columns on the Columns and fields tab</source>
        <translation type="vanished">اختر الأعمدة في تبويب «الأعمدة والحقول»</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+6"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../gui/window_wording.py" line="+4"/>
        <source>choose another text encoding above if names look wrong</source>
        <translation>اختر ترميز نص آخر أعلاه إذا بدت الأسماء خاطئة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the text encoding %1 above</source>
        <translation>اختر ترميز النص %1 أعلاه</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation type="vanished">
            <numerusform>لا منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="vanished">
            <numerusform>لا خط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation type="vanished">
            <numerusform>لا نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+51"/>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local-script name</source>
        <translation>الاسم بالخط المحلي</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="-77"/>
        <location filename="../gui/import_dialog/file_picker.py" line="-36"/>
        <source>Maps (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;All files (*)</source>
        <translation>خرائط (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Columns taken for what they hold (the project&apos;s values): %1. Choose others below if that is wrong.</source>
        <translation>أعمدة أُخذت بحسب ما تحمله (قيم المشروع): %1. اختر غيرها أدناه إن كان ذلك خطأ.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 as %2</source>
        <translation>%1 بوصفه %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the layers %1 of %2 are locked (unlock them in the Layers panel, or import as a new proposal)</source>
        <translation>الطبقات %1 مقفلة في %2 (افتح أقفالها في لوحة الطبقات، أو استورد كمقترح جديد)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the layer %1 of %2 is locked (unlock it in the Layers panel, or import as a new proposal)</source>
        <translation>الطبقة «%1» مقفلة في %2 (افتح قفلها في لوحة الطبقات، أو استورد كمقترح جديد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party and status values the project does not know</source>
        <translation>قيم الأطراف والحالات التي لا يعرفها المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the files</source>
        <translation>القيمة في الملفات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>تُقرأ على أنها</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>These party and status values are not ones the project knows. Choose what each is read as; a party kept as it is becomes a new party.</source>
        <translation>هذه قيم أطراف وحالات لا يعرفها المشروع. اختر ما تُقرأ عليه كل قيمة؛ والطرف الذي يُبقى كما هو يصبح طرفًا جديدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every party and status value of the files is one the project knows (letter case, spacing and spelling variants of Arabic letters aside).</source>
        <translation>كل قيم الأطراف والحالات في الملفات يعرفها المشروع (بصرف النظر عن حالة الأحرف والمسافات وصور كتابة الحروف العربية).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no party)</source>
        <translation>(بلا طرف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no status)</source>
        <translation>(بلا حالة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read %1 as</source>
        <translation>اقرأ %1 على أنها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep %1 as a new party</source>
        <translation>أبقِ %1 طرفًا جديدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep %1 as it is</source>
        <translation>أبقِ %1 كما هي</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../gui/import_dialog/dialog.py" line="+142"/>
        <source>Part&amp;y and status values</source>
        <translation>قيم الأطرا&amp;ف والحالات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other name</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name column recognised: choose one below</source>
        <translation>لم يُتعرف على عمود للاسم: اختر واحدًا أدناه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local-script name:</source>
        <translation>الاسم بالخط ال&amp;محلي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party:</source>
        <translation>ال&amp;طرف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>الن&amp;وع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id (stable):</source>
        <translation>الم&amp;عرّف (ثابت):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no</source>
        <translation>نعم/لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code (%1)</source>
        <translation>رمز (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names from %1</source>
        <translation>الأسماء من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, ids from %1</source>
        <translation>، والمعرّفات من %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no usable coordinate system</source>
        <translation>لا نظام إحداثيات صالحاً للاستعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no geometry</source>
        <translation>بلا شكل هندسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a geometry that cannot be read or imported</source>
        <translation>شكل هندسي لا يمكن قراءته أو استيراده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, with no repair</source>
        <translation>غير صالح، ولا إصلاح له</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp and .dbf do not pair them</source>
        <translation>ملفا ‎.shp‎ و‎.dbf‎ لا يقرنان بينها</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>, codes from %1 (%2)</source>
        <translation>، والرموز من %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, level %2</source>
        <translation>%1، المستوى %2</translation>
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
            <numerusform>لم يُقرأ أي ملف.</numerusform>
            <numerusform>قُرئ ملف واحد.</numerusform>
            <numerusform>قُرئ ملفان.</numerusform>
            <numerusform>قُرئت %n ملفات.</numerusform>
            <numerusform>قُرئ %n ملفًا.</numerusform>
            <numerusform>قُرئ %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>Read %n files.</source>
        <translation>
            <numerusform>لم يُقرأ أي ملف.</numerusform>
            <numerusform>قُرئ ملف واحد.</numerusform>
            <numerusform>قُرئ ملفان.</numerusform>
            <numerusform>قُرئت %n ملفات.</numerusform>
            <numerusform>قُرئ %n ملفًا.</numerusform>
            <numerusform>قُرئ %n ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n zone</source>
        <translation>
            <numerusform>لا منطقة</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n zones</source>
        <translation>
            <numerusform>لا مناطق</numerusform>
            <numerusform>منطقة واحدة</numerusform>
            <numerusform>منطقتان</numerusform>
            <numerusform>%n مناطق</numerusform>
            <numerusform>%n منطقة</numerusform>
            <numerusform>%n منطقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n line</source>
        <translation>
            <numerusform>لا خط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n lines</source>
        <translation>
            <numerusform>لا خطوط</numerusform>
            <numerusform>خط واحد</numerusform>
            <numerusform>خطان</numerusform>
            <numerusform>%n خطوط</numerusform>
            <numerusform>%n خطًا</numerusform>
            <numerusform>%n خط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n point</source>
        <translation>
            <numerusform>لا نقطة</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n points</source>
        <translation>
            <numerusform>لا نقاط</numerusform>
            <numerusform>نقطة واحدة</numerusform>
            <numerusform>نقطتان</numerusform>
            <numerusform>%n نقاط</numerusform>
            <numerusform>%n نقطة</numerusform>
            <numerusform>%n نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+6"/>
        <source>%n problem needs a decision first — see Problems</source>
        <translation>
            <numerusform>لا مشكلة تحتاج إلى قرار</numerusform>
            <numerusform>مشكلة واحدة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>مشكلتان تحتاجان إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلات تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n problems need a decision first — see Problems</source>
        <translation>
            <numerusform>لا مشكلة تحتاج إلى قرار</numerusform>
            <numerusform>مشكلة واحدة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>مشكلتان تحتاجان إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلات تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
            <numerusform>%n مشكلة تحتاج إلى قرار أولًا — انظر «المشكلات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+7"/>
        <source>%n file cannot be read — see Problems; nothing is imported while it is on the list</source>
        <translation>
            <numerusform>لا ملف تتعذر قراءته</numerusform>
            <numerusform>ملف واحد تتعذر قراءته — انظر «المشكلات»؛ لا يُستورد شيء ما دام في القائمة</numerusform>
            <numerusform>ملفان تتعذر قراءتهما — انظر «المشكلات»؛ لا يُستورد شيء ما داما في القائمة</numerusform>
            <numerusform>%n ملفات تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
            <numerusform>%n ملفًا تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
            <numerusform>%n ملف تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n files cannot be read — see Problems; nothing is imported while they are on the list</source>
        <translation>
            <numerusform>لا ملف تتعذر قراءته</numerusform>
            <numerusform>ملف واحد تتعذر قراءته — انظر «المشكلات»؛ لا يُستورد شيء ما دام في القائمة</numerusform>
            <numerusform>ملفان تتعذر قراءتهما — انظر «المشكلات»؛ لا يُستورد شيء ما داما في القائمة</numerusform>
            <numerusform>%n ملفات تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
            <numerusform>%n ملفًا تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
            <numerusform>%n ملف تتعذر قراءتها — انظر «المشكلات»؛ لا يُستورد شيء ما دامت في القائمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+8"/>
        <source>%n repair offered</source>
        <translation>
            <numerusform>لا إصلاح مقترح</numerusform>
            <numerusform>إصلاح واحد مقترح</numerusform>
            <numerusform>إصلاحان مقترحان</numerusform>
            <numerusform>%n إصلاحات مقترحة</numerusform>
            <numerusform>%n إصلاحًا مقترحًا</numerusform>
            <numerusform>%n إصلاح مقترح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+1"/>
        <source>%n repairs offered</source>
        <translation>
            <numerusform>لا إصلاح مقترح</numerusform>
            <numerusform>إصلاح واحد مقترح</numerusform>
            <numerusform>إصلاحان مقترحان</numerusform>
            <numerusform>%n إصلاحات مقترحة</numerusform>
            <numerusform>%n إصلاحًا مقترحًا</numerusform>
            <numerusform>%n إصلاح مقترح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+24"/>
        <source>%n feature left out: %1 — see Problems</source>
        <translation>
            <numerusform>لم يُستبعد أي عنصر: %1</numerusform>
            <numerusform>استُبعد عنصر واحد: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد عنصران: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعدت %n عناصر: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد %n عنصرًا: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد %n عنصر: %1 — انظر «المشكلات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n features left out: %1 — see Problems</source>
        <translation>
            <numerusform>لم يُستبعد أي عنصر: %1</numerusform>
            <numerusform>استُبعد عنصر واحد: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد عنصران: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعدت %n عناصر: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد %n عنصرًا: %1 — انظر «المشكلات»</numerusform>
            <numerusform>استُبعد %n عنصر: %1 — انظر «المشكلات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+10"/>
        <source>%n feature left out (%1)</source>
        <translation>
            <numerusform>لم يُستبعد أي عنصر (%1)</numerusform>
            <numerusform>استُبعد عنصر واحد (%1)</numerusform>
            <numerusform>استُبعد عنصران (%1)</numerusform>
            <numerusform>استُبعدت %n عناصر (%1)</numerusform>
            <numerusform>استُبعد %n عنصرًا (%1)</numerusform>
            <numerusform>استُبعد %n عنصر (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+2"/>
        <source>%n features left out (%1)</source>
        <translation>
            <numerusform>لم يُستبعد أي عنصر (%1)</numerusform>
            <numerusform>استُبعد عنصر واحد (%1)</numerusform>
            <numerusform>استُبعد عنصران (%1)</numerusform>
            <numerusform>استُبعدت %n عناصر (%1)</numerusform>
            <numerusform>استُبعد %n عنصرًا (%1)</numerusform>
            <numerusform>استُبعد %n عنصر (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+9"/>
        <source>%n new party: %1 — see Party and status values</source>
        <translation>
            <numerusform>لا أطراف جديدة: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>طرف جديد واحد: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>طرفان جديدان: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n أطراف جديدة: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n طرفًا جديدًا: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n طرف جديد: %1 — انظر «قيم الأطراف والحالات»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/import_dialog/words.py" line="+3"/>
        <source>%n new parties: %1 — see Party and status values</source>
        <translation>
            <numerusform>لا أطراف جديدة: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>طرف جديد واحد: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>طرفان جديدان: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n أطراف جديدة: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n طرفًا جديدًا: %1 — انظر «قيم الأطراف والحالات»</numerusform>
            <numerusform>%n طرف جديد: %1 — انظر «قيم الأطراف والحالات»</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read the text as %1</source>
        <translation>اقرأ النص بترميز %1</translation>
    </message>
    <message>
        <source>%1 zones, %2 lines, %3 points to import</source>
        <translation type="vanished">للاستيراد: %1 مناطق، %2 خطوط، %3 نقاط</translation>
    </message>
    <message>
        <source>%1 problem(s) need a decision first</source>
        <translation type="vanished">مشكلات تحتاج إلى قرار أولًا: %1</translation>
    </message>
    <message>
        <source>%1 repair(s) offered</source>
        <translation type="vanished">إصلاحات مقترحة: %1</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="-1"/>
        <source>Part&amp;y and status values (%1)</source>
        <translation>قيم الأطرا&amp;ف والحالات (%1)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+5"/>
        <source>the agreed baseline is locked (unlock it in the Layers panel, or import as a proposal)</source>
        <translation>الأساس المتفق عليه مقفل (افتح قفله في لوحة الطبقات، أو استورد كمقترح)</translation>
    </message>
    <message>
        <location filename="../gui/import_dialog/dialog.py" line="+85"/>
        <source>Import %1, leave out %2</source>
        <translation>استيراد %1، واستبعاد %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-51"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import shapefiles, GeoPackage, GeoJSON or KML from another party</source>
        <translation>استيراد ملفات Shapefile أو GeoPackage أو GeoJSON أو KML من طرف آخر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="extra_strings.py" line="-1205"/>
        <source>From the file (.cpg)</source>
        <extracomment>The import dialog&apos;s text encodings (``import_dialog.reading_options.ENCODINGS``).</extracomment>
        <translation>من الملف (.cpg)</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+1"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (العربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (السيريلية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (اللاتينية-1)</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+89"/>
        <location filename="../gui/layers_panel.py" line="+48"/>
        <source>Zones</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/layers_panel.py" line="+1"/>
        <source>Lines</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/layers_panel.py" line="+1"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../gui/layers_panel.py" line="+18"/>
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
        <location line="+170"/>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Move the layer up (drawn above the others)</source>
        <translation>نقل الطبقة إلى أعلى (تُرسم فوق غيرها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the layer down</source>
        <translation>نقل الطبقة إلى أسفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed baseline locked</source>
        <translation>الأساس المتفق عليه مقفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While locked, the agreed baseline cannot be edited by mistake</source>
        <translation>ما دام مقفلًا، لا يمكن تعديل الأساس المتفق عليه عن طريق الخطأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show agreed beneath proposals</source>
        <translation>إظهار المتفق عليه تحت المقترحات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>الدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Towns</source>
        <translation>البلدات</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Lock this layer of the agreed baseline against edits</source>
        <extracomment>The reference layers&apos; rows (None when the panel was made without references).</extracomment>
        <translation>قفل هذه الطبقة من الأساس المتفق عليه ضد التعديل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock this layer of every proposal against edits</source>
        <translation>قفل هذه الطبقة في كل المقترحات ضد التعديل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show layer %1</source>
        <translation>إظهار طبقة «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows or hides layer %1 in every version</source>
        <translation>يُظهر طبقة «%1» أو يخفيها في كل النسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock layer %1 of the agreed baseline</source>
        <translation>قفل طبقة «%1» في الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While ticked, layer %1 of the agreed baseline cannot be edited</source>
        <translation>ما دام محددًا، لا يمكن تعديل طبقة «%1» في الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock layer %1 of every proposal</source>
        <translation>قفل طبقة «%1» في كل المقترحات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While ticked, layer %1 cannot be edited in %2 or in any other proposal</source>
        <translation>ما دام محددًا، لا يمكن تعديل طبقة «%1» في %2 ولا في أي مقترح آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity of layer %1</source>
        <translation>عتامة طبقة «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show or hide this layer</source>
        <translation>إظهار هذه الطبقة أو إخفاؤها</translation>
    </message>
    <message>
        <source>Lock this layer against edits</source>
        <translation type="vanished">قفل هذه الطبقة ضد التعديل</translation>
    </message>
</context>
<context>
    <name>Locator</name>
    <message>
        <location filename="../gui/locator.py" line="+89"/>
        <source>zone of the project</source>
        <extracomment>The locator&apos;s key. Results listed at most. Half the side (degrees) of the view shown around a town (about 1:250,000 on a laptop). Half the side (degrees) of the view around a point feature. How far around the project&apos;s extent (degrees) places count as &quot;near&quot; for the ranking. How long the place gone to stays marked (ms).</extracomment>
        <translation>منطقة في المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of the project</source>
        <translation>خط في المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point of the project</source>
        <translation>نقطة في المشروع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go to place or feature…</source>
        <translation>الانتقال إلى مكان أو &amp;عنصر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a town, a country or a feature of the project by its name and show it on the map</source>
        <translation>البحث عن بلدة أو دولة أو عنصر في المشروع باسمه وعرضه على الخريطة</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Type a name: a town, a country, or a zone, line or point of the project. Enter goes there, Escape closes.</source>
        <translation>اكتب اسمًا: بلدة أو دولة، أو منطقة أو خطًا أو نقطة في المشروع. Enter ينقلك إليه، وEscape يغلق.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is called “%1”.</source>
        <translation>لا شيء يحمل الاسم «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/locator.py" line="+3"/>
        <source>%n found; Enter shows the first.</source>
        <translation>
            <numerusform>لم يُعثر على شيء.</numerusform>
            <numerusform>عُثر على نتيجة واحدة؛ Enter يعرضها.</numerusform>
            <numerusform>عُثر على نتيجتين؛ Enter يعرض الأولى.</numerusform>
            <numerusform>عُثر على %n نتائج؛ Enter يعرض الأولى.</numerusform>
            <numerusform>عُثر على %n نتيجة؛ Enter يعرض الأولى.</numerusform>
            <numerusform>عُثر على %n نتيجة؛ Enter يعرض الأولى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/locator.py" line="+4"/>
        <source>(Towns and countries are still being loaded.)</source>
        <translation>(لا يزال تحميل البلدات والدول جاريًا.)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>town in %1</source>
        <translation>بلدة في %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>بلدة</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(its layer is hidden: show it in Layers)</source>
        <translation>(طبقته مخفية: أظهرها في «الطبقات»)</translation>
    </message>
</context>
<context>
    <name>LocatorPopup</name>
    <message>
        <location filename="../gui/locator_popup.py" line="+109"/>
        <source>Place or feature name (English, Arabic or Russian)</source>
        <extracomment>Item roles of a result row: the name shown (first line) and what it is (second line).</extracomment>
        <translation>اسم مكان أو عنصر (بالإنجليزية أو العربية أو الروسية)</translation>
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
        <location line="+4"/>
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
        <source>%1 is already open in this ZoneEditor.</source>
        <translation>%1 مفتوح بالفعل في ZoneEditor هذا.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 is locked by a lock file that cannot be read:
%2</source>
        <translation>%1 مقفل بملف قفل تتعذر قراءته:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="-6"/>
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
        <location line="+23"/>
        <source>Cannot open project</source>
        <translation>يتعذر فتح المشروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 could not be opened.

%2</source>
        <translation>تعذر فتح الملف %1.

%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1</source>
        <translation>تم فتح %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location filename="../gui/main_window.py" line="+358"/>
        <source>%1 (bundled sample)</source>
        <extracomment>How long the map&apos;s view must rest before it is remembered for the next start (ms). The standard menus, in menu-bar order (an add-on&apos;s own menu goes before Help). The start is complete: panels, add-ons, menus and toolbars are all there. A frame of the map was painted after the start completed and the basemap and towns arrived: the window as the user sees it from then on (emitted once). The map&apos;s part was built (``build``): ``editor``, ``canvas``, menus and toolbars. The version the start showed (the start-up snapshot is true only on it) The first step of a three-step start (None once built, or when not started so) Where a toolbar goes: the first row, or a row of its own (``gui.toolbar_rows``). Toolbars drop their button texts when a row is short of room (``gui.toolbar_fit``) The docks and how they fit the screen (``gui.dock_layout``). F6, Ctrl+digit and Esc between the map and the docks (``gui.window_focus``).</extracomment>
        <translation>%1 (العيّنة المرفقة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save project as</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage project (*.gpkg)</source>
        <translation>مشروع GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save project</source>
        <translation>يتعذر حفظ المشروع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project could not be saved to %1.

%2</source>
        <translation>تعذر حفظ المشروع في %1.

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
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Saved %1</source>
        <translation>تم حفظ %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+99"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1%2</source>
        <translation>عرض %1%2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> (locked: unlock it in Layers to edit)</source>
        <translation> (مقفلة: افتح قفلها في الطبقات للتعديل)</translation>
    </message>
    <message>
        <location line="-106"/>
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
        <source>%1[*] — ZoneEditor</source>
        <translation type="vanished">%1[*] — ZoneEditor</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="vanished">ملف</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">تحرير</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">عرض</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="vanished">أدوات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="vanished">النسخة</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="vanished">طبقة</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">مساعدة</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="-70"/>
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
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+114"/>
        <location filename="../gui/window_parts.py" line="+94"/>
        <source>&amp;Reset panel layout</source>
        <translation>إ&amp;عادة ترتيب اللوحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/window_parts.py" line="+2"/>
        <source>Put every panel back in its place, arranged for this screen</source>
        <translation>إعادة كل لوحة إلى مكانها، بترتيب يناسب هذه الشاشة</translation>
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
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ve&amp;rsion</source>
        <translation>ال&amp;نسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Layer</source>
        <translation>&amp;طبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
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
        <translation>إظهار الموقع بالدرجات والدقائق والثواني</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location line="-66"/>
        <source>%n taken from ours</source>
        <translation>
            <numerusform>لا شيء مأخوذ مما لدينا</numerusform>
            <numerusform>عنصر واحد مأخوذ مما لدينا</numerusform>
            <numerusform>عنصران مأخوذان مما لدينا</numerusform>
            <numerusform>%n عناصر مأخوذة مما لدينا</numerusform>
            <numerusform>%n عنصرًا مأخوذًا مما لدينا</numerusform>
            <numerusform>%n عنصر مأخوذ مما لدينا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n from theirs</source>
        <translation>
            <numerusform>لا شيء مما لديهم</numerusform>
            <numerusform>واحد مما لديهم</numerusform>
            <numerusform>اثنان مما لديهم</numerusform>
            <numerusform>%n مما لديهم</numerusform>
            <numerusform>%n مما لديهم</numerusform>
            <numerusform>%n مما لديهم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n combined</source>
        <translation>
            <numerusform>لا شيء مدمج</numerusform>
            <numerusform>واحد مدمج</numerusform>
            <numerusform>اثنان مدمجان</numerusform>
            <numerusform>%n مدمجة</numerusform>
            <numerusform>%n مدمجًا</numerusform>
            <numerusform>%n مدمج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(%n within one geometry)</source>
        <translation>
            <numerusform>(لا شيء ضمن شكل واحد)</numerusform>
            <numerusform>(واحد ضمن شكل واحد)</numerusform>
            <numerusform>(اثنان ضمن شكل واحد)</numerusform>
            <numerusform>(%n ضمن شكل واحد)</numerusform>
            <numerusform>(%n ضمن شكل واحد)</numerusform>
            <numerusform>(%n ضمن شكل واحد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed alike on both</source>
        <translation>
            <numerusform>لا شيء تغيّر بالشكل نفسه في الجانبين</numerusform>
            <numerusform>واحد تغيّر بالشكل نفسه في الجانبين</numerusform>
            <numerusform>اثنان تغيّرا بالشكل نفسه في الجانبين</numerusform>
            <numerusform>%n تغيّرت بالشكل نفسه في الجانبين</numerusform>
            <numerusform>%n تغيّر بالشكل نفسه في الجانبين</numerusform>
            <numerusform>%n تغيّر بالشكل نفسه في الجانبين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+88"/>
        <source>%n conflict</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/merge_preview.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/merge_dialog.py" line="+72"/>
        <source>Merge from file</source>
        <extracomment>Quiet time after typing a path before the preview is recomputed.</extracomment>
        <translation>الدمج من ملف</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Combine the edits made in another copy of this project with yours, as a new proposal. Neither version is changed.</source>
        <extracomment>The last preview shown (None while none succeeded).</extracomment>
        <translation>ادمج التعديلات التي أُجريت في ملف آخر لهذا المشروع مع تعديلاتك، في مقترح جديد. لا تتغير أي من النسختين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another copy of this project (.gpkg)</source>
        <translation>ملف آخر لهذا المشروع (.gpkg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Other copy:</source>
        <translation>الملف الآخر:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their version:</source>
        <translation>نسختهم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our version:</source>
        <translation>نسختنا:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal:</source>
        <translation>المقترح الجديد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the common ancestor myself</source>
        <translation>تحديد الأصل المشترك بنفسي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy holding the version both started from</source>
        <translation>ملف يحوي النسخة التي بدأ منها الجانبان</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add their version and compare in the Changes panel</source>
        <translation>إضافة نسختهم ومقارنتها في لوحة التغييرات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will happen</source>
        <translation>ما الذي سيحدث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Another copy of this project</source>
        <translation>ملف آخر لهذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>ZoneEditor projects (*.gpkg)</source>
        <translation>مشاريع ZoneEditor (*.gpkg)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The copy both started from</source>
        <translation>الملف الذي بدأ منه الجانبان</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the other copy.</source>
        <translation>اختر الملف الآخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this project first: a merge finds the common ancestor from the project file&apos;s history.</source>
        <translation>احفظ هذا المشروع أولًا: يجد الدمج الأصل المشترك من سجل ملف المشروع.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking for the common ancestor and merging…</source>
        <translation>جارٍ البحث عن الأصل المشترك والدمج…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>found from the two files&apos; history</source>
        <translation>عُثر عليه من سجل الملفين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named by you</source>
        <translation>حددته أنت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common ancestor (%1): %2</source>
        <translation>الأصل المشترك (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts will be marked in the new proposal: decide each in the Conflicts panel (until then the proposal keeps ours there).</source>
        <translation>ستُعلَّم التعارضات في المقترح الجديد: احسم كلًا منها في لوحة التعارضات (وحتى ذلك الحين يبقى فيها ما لدينا).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their version brings nothing new: the proposal will be a copy of ours.</source>
        <translation>لا تأتي نسختهم بجديد: سيكون المقترح مطابقًا لنسختنا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflict: every edit of both sides is kept.</source>
        <translation>لا تعارض: تُحفظ كل تعديلات الجانبين.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These two copies have no common ancestor this project knows of, so a three-way merge cannot tell who changed what. Compare them instead, or name the version both started from above.</source>
        <translation>لا يعرف هذا المشروع أصلًا مشتركًا لهذين الملفين، لذا لا يستطيع الدمج الثلاثي معرفة من غيّر ماذا. قارن بينهما بدلًا من ذلك، أو حدد أعلاه النسخة التي بدأ منها الجانبان.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still has open merge conflicts: resolve them in the Conflicts panel before merging it again.</source>
        <translation>لا تزال في %1 تعارضات دمج مفتوحة: احسمها في لوحة التعارضات قبل دمجها مجددًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Cannot merge: %1</source>
        <translation>يتعذر الدمج: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged %1 into %2: %3</source>
        <translation>دُمج %1 في %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compare: %1</source>
        <translation>تتعذر المقارنة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 as the version %2 to compare (undo removes it)</source>
        <translation>أضيف %1 بوصفه النسخة %2 للمقارنة (التراجع يزيلها)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-7"/>
        <source>name the file holding the common ancestor</source>
        <translation>حدد الملف الذي يحوي الأصل المشترك</translation>
    </message>
</context>
<context>
    <name>MergeFromFile</name>
    <message>
        <location filename="../gui/merge_action.py" line="+28"/>
        <source>&amp;Merge from file…</source>
        <extracomment>The dialog last opened (tests drive it).</extracomment>
        <translation>ال&amp;دمج من ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge another copy of this project into a new proposal; conflicts go to the Conflicts panel</source>
        <translation>دمج ملف آخر لهذا المشروع في مقترح جديد؛ وتذهب التعارضات إلى لوحة التعارضات</translation>
    </message>
</context>
<context>
    <name>PaneFocus</name>
    <message>
        <location filename="../gui/window_focus.py" line="+109"/>
        <source>&amp;Keyboard focus</source>
        <extracomment>Docks past this many get no Ctrl+digit key (Ctrl+0 is the map&apos;s). Width (px) of the frame around the pane the keys go to. The order of the panes across the window in reading order: the docks on the side read first (left in English, right in Arabic), the top ones, the map, the docks on the other side, the bottom ones, the floating ones. The widget that had the focus last in each dock (entering it goes back there).</extracomment>
        <translation>ت&amp;ركيز لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Map</source>
        <translation>ال&amp;خريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next panel</source>
        <translation>اللوحة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous panel</source>
        <translation>اللوحة ال&amp;سابقة</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../gui/print_dialog.py" line="+88"/>
        <source>Print</source>
        <extracomment>Extent choices of the dialog (``render.print_options.MAP_AREAS``). The preview&apos;s sheet is painted at this resolution at least, then scaled to fit. Emitted after a file was written, with its path. Reference layers drawn under the project (``RenderReference``, bottom to top); their attributions go in the sheet&apos;s footer.</extracomment>
        <translation>طباعة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Landscape</source>
        <extracomment>What the suggested file names start with: the project file&apos;s stem (or title).</extracomment>
        <translation>أفقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole version</source>
        <translation>النسخة كاملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed scale</source>
        <translation>مقياس ثابت</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <source>Both names side by side</source>
        <translation>الاسمان جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="+10"/>
        <location filename="../gui/print_dialog.py" line="+106"/>
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
        <location filename="../gui/print_dialog.py" line="+3"/>
        <source>Fingerprint %1</source>
        <translation>البصمة %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="-2"/>
        <location filename="../gui/print_action.py" line="+42"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/print_action.py" line="+3"/>
        <source>Print the map to PDF, PNG or a printer</source>
        <translation>طباعة الخريطة إلى PDF أو PNG أو طابعة</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <location line="+148"/>
        <source>Version: %1</source>
        <translation>النسخة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — changes against %1</source>
        <translation> — التغييرات مقارنةً بالنسخة «%1»</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Zone: %1 (page %2 of %3)</source>
        <translation>المنطقة: %1 (الصفحة %2 من %3)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 %2 passes from no party to %3</source>
        <translation>%1 %2 لم تكن لأي طرف وتنتقل إلى %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to %4</source>
        <translation>%1 %2 تنتقل من %3 إلى %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 passes from %3 to no party</source>
        <translation>%1 %2 تخرج من يد %3 ولا تنتقل إلى أي طرف</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DRAFT — for discussion — without prejudice</source>
        <translation>مسودة — للنقاش — دون المساس بمواقف الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place names: %1 (%2).</source>
        <translation>أسماء الأماكن: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base map: %1 (public domain).</source>
        <translation>الخريطة الأساسية: %1 (ملك عام).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../render/print_scalebar.py" line="+116"/>
        <source>Scale %1 (true at %2)</source>
        <extracomment>The paper length the scale is measured over at the map&apos;s centre: 1,000 pixels of the PDF (42.3 mm). A length of paper, not of pixels: measured over 1,000 pixels of a 40 dpi preview (635 mm, a geodesic shorter than the parallel), its scale read 0.07 % off the PDF&apos;s. The sheet&apos;s direction: the statement is one of its sentences. Set by the layout once the map frame (hence the viewport) is known.</extracomment>
        <translation>المقياس %1 (صحيح عند %2)</translation>
    </message>
    <message>
        <location filename="../render/print_titleblock.py" line="+113"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../build/i18n/tr_aliases.py" line="+6"/>
        <location filename="../render/print_zonetable.py" line="+160"/>
        <source>Zones (geodesic areas)</source>
        <extracomment>The sheet&apos;s direction: on a right-to-left sheet each row is mirrored (colour at the right, every line set right to left from it). Compact: the local name follows the name on its line (bidi keeps each run in its own direction); used where height is scarce (portrait sheets). The number circle&apos;s diameter and the bold line it sits on (set per device by ``_measure``: what a number needs, &quot;12&quot; included).</extracomment>
        <translation>المناطق (مساحات جيوديسية)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The two versions hold the same map content.</source>
        <translation>تحمل النسختان المحتوى نفسه على الخريطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territory per party</source>
        <translation>الأراضي لكل طرف</translation>
    </message>
    <message>
        <source>Land changing hands (numbers as on the map)</source>
        <translation type="vanished">أراضٍ تنتقل بين الأطراف (الأرقام كما على الخريطة)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Changes against %1</source>
        <translation>التغييرات مقارنة بـ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no change</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land changing hands (letters as on the map)</source>
        <translation>أراضٍ تنتقل بين الأطراف (الحروف كما على الخريطة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>لا يذكر %1 طرفًا لأي منطقة: لم تُحسب مساحات الأطراف ولا الأراضي المنتقلة بين الأطراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near %1</source>
        <translation>قرب %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1</source>
        <translation>عند %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 before, %3 after (%4)</source>
        <translation>%1: %2 قبل، %3 بعد (%4)</translation>
    </message>
    <message>
        <source>(%1) %2 %3, from %4 to %5</source>
        <translation type="vanished">(%1) %2 %3، من %4 إلى %5</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 modified, %2 added, %3 removed</source>
        <translation>معدَّل: %1، مضاف: %2، محذوف: %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n smaller piece, %1</source>
        <extracomment>Pieces of land changing hands listed by name; smaller ones are summed up.</extracomment>
        <translation type="vanished">
            <numerusform>ولا قطع أصغر، %1</numerusform>
            <numerusform>وقطعة أصغر واحدة، %1</numerusform>
            <numerusform>وقطعتان أصغر، %1</numerusform>
            <numerusform>و%n قطع أصغر، %1</numerusform>
            <numerusform>و%n قطعة أصغر، %1</numerusform>
            <numerusform>و%n قطعة أصغر، %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %n smaller pieces, %1 in all</source>
        <translation>
            <numerusform>ولا قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>وقطعة أصغر واحدة، %1 إجمالًا</numerusform>
            <numerusform>وقطعتان أصغر، %1 إجمالًا</numerusform>
            <numerusform>و%n قطع أصغر، %1 إجمالًا</numerusform>
            <numerusform>و%n قطعة أصغر، %1 إجمالًا</numerusform>
            <numerusform>و%n قطعة أصغر، %1 إجمالًا</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projection: equirectangular on %1 (%2), scale true at the map centre.</source>
        <translation>الإسقاط: أسطواني متساوي المسافات على %1 (%2)، والمقياس صحيح في مركز الخريطة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with zoneeditor %1.</source>
        <translation>أُعدّت باستخدام zoneeditor %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2.</source>
        <translation>الصفحة %1 من %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no status given (solid outline)</source>
        <translation>بلا حالة محددة (حدود متصلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (solid outline)</source>
        <translation>%1 (حدود متصلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>Legend</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location line="-8"/>
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
        <source>line of contact, no status given</source>
        <translation>خط التماس، بلا حالة محددة</translation>
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
        <location line="+9"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>km</source>
        <translation>كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>م</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two sheets show the same content if and only if their fingerprints match.</source>
        <translation>تعرض ورقتان المحتوى نفسه إذا وفقط إذا تطابقت بصمتاهما.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The QR code holds the full SHA-256.</source>
        <translation>يحمل رمز QR قيمة SHA-256 كاملة.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>line of contact, %1</source>
        <translation>خط التماس، %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kinds: %1</source>
        <translation>الأنواع: %1</translation>
    </message>
    <message>
        <location filename="../render/print_legend.py" line="+28"/>
        <source>agreed (solid outline)</source>
        <extracomment>Statuses in the order they are explained, with what shows them on the map.</extracomment>
        <translation>متفق عليه (حدود متصلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed (dashed outline)</source>
        <translation>مقترح (حدود متقطعة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disputed (hatched)</source>
        <translation>متنازع عليه (تظليل بخطوط)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line of contact, agreed</source>
        <extracomment>The line of contact per status, whole sentences so each language can make the status agree with &quot;line&quot; (Russian &quot;линия …, согласованная&quot;).</extracomment>
        <translation>خط التماس، متفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact, proposed</source>
        <translation>خط التماس، مقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line of contact, disputed</source>
        <translation>خط التماس، متنازع عليه</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../gui/tool_problems_panel.py" line="+108"/>
        <source>No problems in %1</source>
        <extracomment>Wait this long after the last change before re-validating (a drag sends many changes). Half-size (degrees) of the view shown around a problem&apos;s location.</extracomment>
        <translation>لا مشكلات في %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>km²</source>
        <translation>كم²</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; zones overlapping: %3</source>
        <translation type="vanished">عدد المشكلات في %2: %1؛ تداخل المناطق: %3</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; overlaps between parties: %3</source>
        <translation type="vanished">عدد المشكلات في %2: %1؛ التداخل بين الأطراف: %3</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; overlaps between parties: %3 km²</source>
        <translation type="vanished">عدد المشكلات في %2: %1؛ التداخل بين الأطراف: %3 كم²</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-67"/>
        <location filename="../gui/tool_problems_panel.py" line="-6"/>
        <source>%n problem(s) in %1</source>
        <translation>
            <numerusform>لا مشكلات في %1</numerusform>
            <numerusform>مشكلة واحدة في %1</numerusform>
            <numerusform>مشكلتان في %1</numerusform>
            <numerusform>%n مشكلات في %1</numerusform>
            <numerusform>%n مشكلة في %1</numerusform>
            <numerusform>%n مشكلة في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/tool_problems_panel.py" line="+8"/>
        <source>%n problem(s) in %1; zones overlapping: %2</source>
        <translation>
            <numerusform>لا مشكلات في %1؛ تداخل المناطق: %2</numerusform>
            <numerusform>مشكلة واحدة في %1؛ تداخل المناطق: %2</numerusform>
            <numerusform>مشكلتان في %1؛ تداخل المناطق: %2</numerusform>
            <numerusform>%n مشكلات في %1؛ تداخل المناطق: %2</numerusform>
            <numerusform>%n مشكلة في %1؛ تداخل المناطق: %2</numerusform>
            <numerusform>%n مشكلة في %1؛ تداخل المناطق: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalStart</name>
    <message>
        <location filename="../gui/import_dialog/proposal_start.py" line="+58"/>
        <source>P&amp;ut the imported features into a copy of</source>
        <extracomment>The user changed the choice or the version (the dialog&apos;s summary follows). What putting the current features into the chosen version would do (None: no features, or no version to copy). The attributes each feature&apos;s file gives (``ImportResult.given``).</extracomment>
        <translation>وضع العناصر المستوردة في نسخة من</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The imported features replace the ones they match (by id, code, name or shared area), new ones are added, and every other feature is kept.</source>
        <translation>تحل العناصر المستوردة محل العناصر التي تطابقها (بالمعرّف أو الرمز أو الاسم أو المساحة المشتركة)، وتُضاف العناصر الجديدة، ويبقى كل عنصر آخر كما هو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;the imported features</source>
        <translation>العناصر المستوردة فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proposal holds nothing else, so Changes lists every other feature as removed.</source>
        <translation>لا يحوي المقترح شيئًا غيرها، لذا تعرض لوحة التغييرات كل عنصر آخر على أنه محذوف.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>into a copy of %1: %2 replaced, %3 added, %4 kept unchanged</source>
        <translation>في نسخة من %1: استُبدل %2، وأضيف %3، وبقي %4 دون تغيير</translation>
    </message>
    <message>
        <source>into a copy of %1: %2 replaced, %3 added, %4 kept</source>
        <translation type="vanished">في نسخة من %1: استُبدل %2، وأضيف %3، وبقي %4</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="qt_strings.py" line="+18"/>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ملفّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>ملفّ %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-5"/>
        <source>&amp;Look in:</source>
        <translation>&amp;اعثر في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفّات:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="+25"/>
        <source>Discard</source>
        <extracomment>Standard buttons whose catalogue wording misleads where zoneeditor shows them: the only Discard button is the save-on-quit question&apos;s (``gui.project_files.maybe_save``), where Qt&apos;s Russian &quot;Отклонить&quot; (reject) and Arabic &quot;ارفض&quot; (refuse) did not say that the changes are dropped; desktop programs say &quot;Не сохранять&quot; / &quot;لا تحفظ&quot; there.</extracomment>
        <translation>لا تحفظ</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-16"/>
        <source>Page &amp;Set:</source>
        <extracomment>The print dialog&apos;s Options page.</extracomment>
        <translation>&amp;مجموعة الصفحات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side binding</source>
        <translation>التجليد على الجانب الطويل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side binding</source>
        <translation>التجليد على الجانب القصير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>حدّد الصفحات أو نطاقات الصفحات مفصولةً بفواصل. يُحدَّد النطاق برقمين بينهما شَرطة. مثال: 3,5-7,9 يطبع الصفحات 3 و5 و6 و7 و9.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../gui/recovery_dialog.py" line="+88"/>
        <location line="+5"/>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;ZoneEditor was closed by a logout or shutdown&lt;/b&gt; before it could ask to save. Your unsaved work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;أُغلق ZoneEditor بتسجيل خروج أو إيقاف تشغيل&lt;/b&gt; قبل أن يتمكن من السؤال عن الحفظ. عملك غير المحفوظ على &lt;b&gt;%1&lt;/b&gt; محفوظ ويمكن استعادته.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Your work on &lt;b&gt;%1&lt;/b&gt; was kept and can be restored.</source>
        <translation>&lt;b&gt;لم يُغلق ZoneEditor بشكل طبيعي.&lt;/b&gt; عملك على &lt;b&gt;%1&lt;/b&gt; محفوظ ويمكن استعادته.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;The project file is no longer there&lt;/b&gt; (deleted, or on a disk that was removed). Recovering opens your edits as unsaved: save them, or use Save as to choose another place.</source>
        <translation>&lt;b&gt;لم يعد ملف المشروع موجودًا&lt;/b&gt; (حُذف، أو كان على قرص أُزيل). تفتح الاستعادة تعديلاتك غير محفوظة: احفظها، أو استخدم «حفظ باسم» لاختيار مكان آخر.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The project file was changed after your last save&lt;/b&gt; (by another program, a copy, or a save that was cut short). Recovering shows your version as unsaved; saving it will replace the file — use Save as to keep both.</source>
        <translation>&lt;b&gt;تغيّر ملف المشروع بعد آخر حفظ قمت به&lt;/b&gt; (بواسطة برنامج آخر أو نسخة أو حفظ انقطع). الاستعادة تعرض نسختك على أنها غير محفوظة؛ وحفظها سيستبدل الملف — استخدم «حفظ باسم» للإبقاء على الاثنين.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The project was moved since: it is now at %1.</source>
        <translation>نُقل المشروع منذ ذلك الحين: أصبح الآن في %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reopen with undo history</source>
        <translation>إعادة ال&amp;فتح مع سجل التراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;without it</source>
        <translation>البدء &amp;بدونه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the undo history in a file without opening it, and start normally</source>
        <translation>احفظ سجل التراجع في ملف دون فتحه، وابدأ بشكل طبيعي</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+42"/>
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
        <location line="+25"/>
        <source>restored with the edits</source>
        <translation>مستعاد مع التعديلات</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>none since the last save</source>
        <translation>لا شيء منذ آخر حفظ</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Restore undo history</source>
        <translation>استعادة سجل التراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ZoneEditor did not close normally.&lt;/b&gt; Nothing was lost: every edit to &lt;b&gt;%1&lt;/b&gt; had been saved. The undo history of that session was kept: reopen the project with it to undo or redo those edits.</source>
        <translation>&lt;b&gt;لم يُغلق ZoneEditor بشكل طبيعي.&lt;/b&gt; لم يُفقد شيء: كل تعديل على &lt;b&gt;%1&lt;/b&gt; كان قد حُفظ. احتُفظ بسجل التراجع لتلك الجلسة: أعد فتح المشروع معه للتراجع عن تلك التعديلات أو إعادتها.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>last: %1</source>
        <translation>الأخير: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 step, restored with the project</source>
        <translation>خطوة واحدة، تُستعاد مع المشروع</translation>
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
        <location filename="../../build/i18n/tr_aliases.py" line="-84"/>
        <source>Edits set aside</source>
        <translation>وُضعت التعديلات جانبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot recover yet</source>
        <translation>تتعذر الاستعادة حاليًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history set aside</source>
        <translation>وُضع سجل التراجع جانبًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Unreadable recovery file</source>
        <translation>ملف استعادة غير مقروء</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 was not opened. The bundled sample is shown instead; open the file again (File ▸ Open) when it is free.</source>
        <translation>لم يُفتح %1. تُعرض العيّنة المرفقة بدلًا منه؛ افتح الملف مرة أخرى («فتح…» في قائمة «ملف») عندما يصبح متاحًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened %1 with its undo history (ZoneEditor did not close normally; nothing was lost)</source>
        <translation>أُعيد فتح %1 مع سجل التراجع (لم يُغلق ZoneEditor بشكل طبيعي؛ لم يُفقد شيء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered 1 unsaved edit of %1 — save to keep it</source>
        <translation>استُعيد تعديل واحد غير محفوظ من %1 — احفظ للإبقاء عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not set the edits aside</source>
        <translation>تعذر وضع التعديلات جانبًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

Nothing was changed. Choose Retry once there is space; otherwise the edits are offered again at the next start.</source>
        <translation>%1

لم يتغير شيء. اختر «إعادة المحاولة» عند توفر المساحة؛ وإلا فستُعرض التعديلات مجددًا عند البدء التالي.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not opened: the unsaved edits a session that ended unexpectedly left for it are kept for your decision. The bundled sample is shown instead; open the file again (File ▸ Open) to recover the edits or set them aside.</source>
        <translation>لم يُفتح %1: التعديلات غير المحفوظة التي تركتها له جلسة انتهت على نحو غير متوقع محفوظة حتى تقرر بشأنها. تُعرض العيّنة المرفقة بدلًا منه؛ افتح الملف مرة أخرى («فتح…» في قائمة «ملف») لاستعادة التعديلات أو لوضعها جانبًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cannot recover</source>
        <translation>تتعذر الاستعادة</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../gui/recovery_dialog.py" line="-7"/>
        <source>%n steps, restored with the project</source>
        <translation>
            <numerusform>لا خطوات</numerusform>
            <numerusform>خطوة واحدة، تُستعاد مع المشروع</numerusform>
            <numerusform>خطوتان، تُستعادان مع المشروع</numerusform>
            <numerusform>%n خطوات، تُستعاد مع المشروع</numerusform>
            <numerusform>%n خطوة، تُستعاد مع المشروع</numerusform>
            <numerusform>%n خطوة، تُستعاد مع المشروع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/recovery_dialog.py" line="+51"/>
        <source>Recovered %n unsaved edits of %1 — save to keep them</source>
        <extracomment>A recovery dialog is at least this many average characters wide: its text reads in lines. How long the status bar says what a recovery brought back (ms): longer than a passing message, as it asks for a save.</extracomment>
        <translation>
            <numerusform>لم يُستعد أي تعديل غير محفوظ من %1</numerusform>
            <numerusform>استُعيد تعديل واحد غير محفوظ من %1 — احفظ للإبقاء عليه</numerusform>
            <numerusform>استُعيد تعديلان غير محفوظين من %1 — احفظ للإبقاء عليهما</numerusform>
            <numerusform>استُعيدت %n تعديلات غير محفوظة من %1 — احفظ للإبقاء عليها</numerusform>
            <numerusform>استُعيد %n تعديلًا غير محفوظ من %1 — احفظ للإبقاء عليها</numerusform>
            <numerusform>استُعيد %n تعديل غير محفوظ من %1 — احفظ للإبقاء عليها</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Recovery failed before</source>
        <translation>فشلت الاستعادة سابقًا</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The unsaved edits of %1 were kept in
%2

Nothing was deleted.</source>
        <translation>حُفظت التعديلات غير المحفوظة لـ %1 في
%2

لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The undo history of %1 was kept in
%2

Nothing was deleted.</source>
        <translation>احتُفظ بسجل التراجع لـ %1 في
%2

لم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A recovery file could not be read and was set aside:
%1

%2</source>
        <translation>تعذرت قراءة ملف استعادة فوُضع جانبًا:
%1

%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The edits of %1 could not be restored.

%2

ZoneEditor starts normally; nothing was deleted.</source>
        <translation>تعذرت استعادة تعديلات %1.

%2

يبدأ ZoneEditor بشكل طبيعي؛ ولم يُحذف شيء.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restoring the edits of %1 stopped ZoneEditor last time, so it was not tried again. The edits were kept in
%2</source>
        <translation>توقف ZoneEditor في المرة السابقة أثناء استعادة تعديلات %1، لذا لم تُجرَّب مجددًا. حُفظت التعديلات في
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery file of %1 could not be read and was set aside (nothing was deleted).

%2</source>
        <translation>تعذرت قراءة ملف الاستعادة لـ %1 فوُضع جانبًا (لم يُحذف شيء).

%2</translation>
    </message>
</context>
<context>
    <name>ReferenceActions</name>
    <message>
        <location filename="../gui/reference_actions.py" line="+89"/>
        <source>Add &amp;reference layer…</source>
        <extracomment>The key that turns tracing on and off (JOSM&apos;s and QGIS&apos;s habit). The snap tooltip&apos;s text now (&apos;&apos; when nothing is snapped to).</extracomment>
        <translation>إضافة &amp;طبقة مرجعية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reference</source>
        <translation>طبقة مرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show an OpenStreetMap extract, imagery (GeoTIFF, MBTiles, GeoPackage tiles) or any map file under the project</source>
        <translation>عرض مقتطف OpenStreetMap أو صور (GeoTIFF أو MBTiles أو بلاطات GeoPackage) أو أي ملف خرائط تحت المشروع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trace along reference lines</source>
        <translation>تتبّع الخطوط ال&amp;مرجعية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trace</source>
        <translation>تتبّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace along reference lines (T): two clicks on a river or road follow it</source>
        <translation>تتبّع الخطوط المرجعية (T): نقرتان على نهر أو طريق تتبعانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw zone and Draw line follow a reference line between two clicks snapped onto it</source>
        <translation>تتبع أداتا «رسم منطقة» و«رسم خط» الخطَّ المرجعي بين نقرتين ملتقطتين عليه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Georeference image…</source>
        <translation>الإ&amp;سناد الجغرافي لصورة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Georeference</source>
        <translation>إسناد جغرافي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place a scanned map or a PDF annex on the map with control points</source>
        <translation>وضع خريطة ممسوحة أو ملحق PDF على الخريطة باستخدام نقاط تحكم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference layers</source>
        <translation>الطبقات المرجعية</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference layer %1 added</source>
        <translation>أضيفت الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot add reference layer</source>
        <translation>تتعذر إضافة الطبقة المرجعية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracing off</source>
        <translation>التتبّع متوقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracing on — it follows reference lines once snapping is on (N)</source>
        <translation>التتبّع مفعّل — يتبع الخطوط المرجعية متى فُعّل الالتقاط (N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracing on — add a reference layer to trace along (Layer ▸ Add reference layer…)</source>
        <translation>التتبّع مفعّل — أضف طبقة مرجعية لتتبعها (من قائمة «طبقة»: «إضافة طبقة مرجعية…»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracing on: two clicks on a reference line follow it</source>
        <translation>التتبّع مفعّل: نقرتان على خط مرجعي تتبعانه</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+3"/>
        <source>Vertex of a feature of this version</source>
        <translation>رأس عنصر في هذه النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a feature of this version</source>
        <translation>على عنصر في هذه النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of %1 — reference layer %2</source>
        <translation>رأس %1 — الطبقة المرجعية %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On %1 — reference layer %2</source>
        <translation>على %1 — الطبقة المرجعية %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of the agreed baseline</source>
        <translation>رأس في الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the agreed baseline</source>
        <translation>على الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape&apos;s first vertex</source>
        <translation>الرأس الأول للشكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape being drawn</source>
        <translation>الشكل قيد الرسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of the border of %1</source>
        <translation>رأس على حدود %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the border of %1</source>
        <translation>على حدود %1</translation>
    </message>
</context>
<context>
    <name>ReferenceFiles</name>
    <message>
        <location line="+2"/>
        <source>Add reference layer</source>
        <translation>إضافة طبقة مرجعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeference image</source>
        <translation>الإسناد الجغرافي لصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference layers (*.osm *.pbf *.tif *.tiff *.mbtiles *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz)</source>
        <translation>الطبقات المرجعية (*.osm *.pbf *.tif *.tiff *.mbtiles *.gpkg *.shp *.zip *.geojson *.json *.kml *.kmz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap extracts (*.osm *.pbf)</source>
        <translation>مقتطفات OpenStreetMap (*.osm *.pbf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery: GeoTIFF, MBTiles, GeoPackage tiles (*.tif *.tiff *.mbtiles *.gpkg)</source>
        <translation>صور: GeoTIFF وMBTiles وبلاطات GeoPackage (*.tif *.tiff *.mbtiles *.gpkg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz)</source>
        <translation>ملفات متجهة (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Scans and PDF annexes (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</source>
        <translation>صور ممسوحة وملاحق PDF (*.png *.jpg *.jpeg *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>ReferencePainter</name>
    <message>
        <location line="+120"/>
        <location filename="../render/reference_painter.py" line="+72"/>
        <source>Reference: {name}</source>
        <extracomment>Cell sizes in degrees, and the highest zoom bucket each is used up to. At most this many reference names are placed in one frame.</extracomment>
        <translation>مرجع: {name}</translation>
    </message>
</context>
<context>
    <name>ReferenceRowsView</name>
    <message>
        <location filename="../gui/reference_panel.py" line="+61"/>
        <source>Reference layers</source>
        <extracomment>Rows shown before the reference table scrolls.</extracomment>
        <translation>الطبقات المرجعية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reference layer: an OpenStreetMap extract, imagery or any map file</source>
        <translation>إضافة طبقة مرجعية: مقتطف OpenStreetMap أو صور أو أي ملف خرائط</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snap</source>
        <translation>التقاط</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+172"/>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>None yet: Layer ▸ Add reference layer… shows roads, rivers, imagery or a georeferenced scan under the project.</source>
        <translation>لا شيء بعد: «إضافة طبقة مرجعية…» من قائمة «طبقة» تعرض تحت المشروع الطرق أو الأنهار أو الصور أو صورة ممسوحة مسندة جغرافيًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the reference layer up (drawn above the others)</source>
        <translation>نقل الطبقة المرجعية إلى أعلى (تُرسم فوق غيرها)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the reference layer down</source>
        <translation>نقل الطبقة المرجعية إلى أسفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the reference layer (its file stays)</source>
        <translation>إزالة الطبقة المرجعية (يبقى ملفها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in project</source>
        <translation>الإبقاء في المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this reference layer in the project (it is shown for this run only)</source>
        <translation>إبقاء هذه الطبقة المرجعية في المشروع (تُعرض الآن لهذه الجلسة فقط)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to layer</source>
        <translation>تكبير إلى الطبقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole reference layer on the map</source>
        <translation>عرض الطبقة المرجعية كاملة على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locate file…</source>
        <translation>تحديد موقع الملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell where the missing file of this reference layer is now</source>
        <translation>حدد أين أصبح الملف المفقود لهذه الطبقة المرجعية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locate…</source>
        <translation>تحديد الموقع…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In italics: shown for this run only. Keep adds it to the project.</source>
        <translation>بخط مائل: معروضة لهذه الجلسة فقط. «إبقاء» يضيفها إلى المشروع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carry a copy inside the project</source>
        <translation>تضمين نسخة من الملف داخل المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the file inside the project, so the project shows it on a laptop without the file</source>
        <translation>حفظ نسخة من الملف داخل المشروع، ليعرضها المشروع على حاسوب لا يحوي الملف</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Show or hide this reference layer</source>
        <translation>إظهار هذه الطبقة المرجعية أو إخفاؤها</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imagery cannot be snapped to</source>
        <translation>لا يمكن الالتقاط إلى الصور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snap to this layer&apos;s lines and trace along them</source>
        <translation>الالتقاط إلى خطوط هذه الطبقة وتتبّعها</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>OpenStreetMap extract</source>
        <translation>مقتطف OpenStreetMap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imagery</source>
        <translation>صور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map file</source>
        <translation>ملف خرائط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is missing: shown from the copy carried in the project</source>
        <translation>الملف مفقود: تُعرض من النسخة المضمَّنة في المشروع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown for this run only: Keep adds it to the project</source>
        <translation>معروضة لهذه الجلسة فقط: «إبقاء» يضيفها إلى المشروع</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Where is %1 now?</source>
        <translation>أين أصبح %1 الآن؟</translation>
    </message>
</context>
<context>
    <name>ReferenceState</name>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-128"/>
        <source>Reference layer &apos;%1&apos; is not shown: %2</source>
        <translation>الطبقة المرجعية «%1» غير معروضة: %2</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../gui/help_shortcuts.py" line="+276"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location line="-236"/>
        <source>hold %1</source>
        <translation>مع الضغط على %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 + click</source>
        <translation>%1 + نقرة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pan the map</source>
        <extracomment>Keys the map answers to that no action carries (gui/map_input.py, its keys and the mouse handlers, core/tools): (what it does, how the keys are written, the keys as Qt names them — shown as the platform writes them). Checked by tests/gui/test_help.py. The texts are QT_TRANSLATE_NOOP constants: the source strings, typed ``object``.</extracomment>
        <translation>تحريك الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in / out at the centre</source>
        <translation>تكبير / تصغير حول المركز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan while dragging (also the middle button)</source>
        <translation>التحريك أثناء السحب (وكذلك بالزر الأوسط)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom at the pointer</source>
        <translation>التكبير والتصغير عند المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wheel</source>
        <translation>العجلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish a drawing</source>
        <translation>إنهاء الرسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a drawing, clear the selection</source>
        <translation>إلغاء الرسم، ومسح التحديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the last vertex drawn</source>
        <translation>إزالة آخر رأس مرسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the next vertex in the coordinate box (Esc or Tab goes back to the map)</source>
        <translation>كتابة الرأس التالي في مربع الإحداثيات (Esc أو Tab للعودة إلى الخريطة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to or remove from the selection</source>
        <translation>الإضافة إلى التحديد أو الإزالة منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend snapping while clicking</source>
        <translation>إيقاف الالتقاط مؤقتًا أثناء النقر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move a shared vertex in one feature only</source>
        <translation>نقل رأس مشترك في عنصر واحد فقط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the map</source>
        <extracomment>Keys of a panel (a dock) that no action carries (gui/window_focus.py: F6 and the panels&apos; own keys are actions, listed under View), written as ``MAP_KEYS``.</extracomment>
        <translation>العودة إلى الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field</source>
        <translation>الحقل التالي / السابق</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Keyboard shortcuts</source>
        <extracomment>Qt key codes from here on are the special keys of some keyboards (Open, Save, Zoom In, Undo, media keys...): the platform binds them too, but they would only clutter the sheet. Function keys past F12 exist on few keyboards (Sun&apos;s Undo is F14).</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ZoneEditor keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح في ZoneEditor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the shortcuts as PDF</source>
        <translation>حفظ الاختصارات بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoneeditor-shortcuts.pdf</source>
        <translation>zoneeditor-shortcuts.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-213"/>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a panel</source>
        <translation>في لوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other keys</source>
        <translation>مفاتيح أخرى</translation>
    </message>
</context>
<context>
    <name>StepMessages</name>
    <message numerus="yes">
        <location line="+223"/>
        <location filename="../gui/statusbar.py" line="+76"/>
        <source>Deleted %n features</source>
        <translation>
            <numerusform>لم يُحذف أي عنصر</numerusform>
            <numerusform>حُذف عنصر واحد</numerusform>
            <numerusform>حُذف عنصران</numerusform>
            <numerusform>حُذفت %n عناصر</numerusform>
            <numerusform>حُذف %n عنصرًا</numerusform>
            <numerusform>حُذف %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/statusbar.py" line="-15"/>
        <source>Undone: %1</source>
        <translation>تم التراجع: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redone: %1</source>
        <translation>تمت الإعادة: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted zone %1</source>
        <translation>حُذفت المنطقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted line %1</source>
        <translation>حُذف الخط %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted point %1</source>
        <translation>حُذفت النقطة %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Undo: %2)</source>
        <translation>%1 (للتراجع: %2)</translation>
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
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_status.py" line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1</source>
        <translation>خادم الفريق: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to sync now.</source>
        <translation>انقر للمزامنة الآن.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync record unreadable</source>
        <translation>سجل المزامنة غير مقروء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: your edits stay here and go with the next sync.</source>
        <translation>يتعذر الوصول إلى الخادم: تبقى تعديلاتك هنا وتُرسل مع المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced: %1 UTC</source>
        <translation>آخر مزامنة: %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last sync said: %1</source>
        <translation>نتيجة آخر مزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n to send</source>
        <translation>
            <numerusform>لا شيء للإرسال</numerusform>
            <numerusform>واحد للإرسال</numerusform>
            <numerusform>اثنان للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
            <numerusform>%n للإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to receive</source>
        <translation>
            <numerusform>لا شيء للاستلام</numerusform>
            <numerusform>واحد للاستلام</numerusform>
            <numerusform>اثنان للاستلام</numerusform>
            <numerusform>%n للاستلام</numerusform>
            <numerusform>%n للاستلام</numerusform>
            <numerusform>%n للاستلام</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamOpenDialog</name>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server %1: check the host name and the port, and that this computer is on the network.</source>
        <translation>تعذّر الوصول إلى الخادم %1: تحقّق من اسم المضيف والمنفذ ومن اتصال هذا الحاسوب بالشبكة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for a password: type it below (it is not stored).</source>
        <translation>يطلب الخادم %1 كلمة مرور: اكتبها أدناه (لا تُحفظ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 did not accept this user name and password.</source>
        <translation>لم يقبل الخادم %1 اسم المستخدم وكلمة المرور هذين.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s own words, for whoever looks after it: %1</source>
        <translation>كلمات الخادم نفسه، لمن يتولى إدارته: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 accepts no login of this user from this computer: ask its administrator.</source>
        <translation>لا يقبل الخادم %1 دخول هذا المستخدم من هذا الحاسوب: راجع مسؤول الخادم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 has no such database: check its name.</source>
        <translation>لا توجد على الخادم %1 قاعدة بيانات بهذا الاسم: تحقّق من الاسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 let you in, but you are not a member of its team: ask its administrator to add you.</source>
        <translation>سمح لك الخادم %1 بالدخول، لكنك لست عضوًا في فريقه: اطلب من مسؤوله إضافتك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 holds no team projects (its administrator runs %3 there first).</source>
        <translation>قاعدة البيانات %1 لا تحوي مشاريع فريق (يشغّل مديرها %3 فيها أولًا).</translation>
    </message>
    <message>
        <source>The database %1 holds no team projects (its administrator runs &apos;zoneeditor team init&apos; there first).</source>
        <translation type="vanished">لا تحتوي قاعدة البيانات %1 على مشاريع فريق (على مسؤولها تشغيل &apos;zoneeditor team init&apos; فيها أولًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 has no project called %2 that you may open.</source>
        <translation>لا يوجد على الخادم %1 مشروع باسم %2 يمكنك فتحه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 refused: you have no permission for this.</source>
        <translation>رفض الخادم %1: ليست لديك صلاحية لذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team project on %1 could not be opened; nothing was changed.</source>
        <translation>تعذّر فتح مشروع الفريق على %1؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team project…</source>
        <translation>فتح مشروع ف&amp;ريق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in to a team server and open one of its projects</source>
        <translation>سجّل الدخول إلى خادم فريق وافتح أحد مشاريعه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open team project</source>
        <translation>تعذّر فتح مشروع الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened the team project %1</source>
        <translation>فُتح مشروع الفريق %1</translation>
    </message>
    <message>
        <location filename="../gui/team_open_dialog.py" line="+54"/>
        <source>Open team project</source>
        <translation>فتح مشروع فريق</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>server name or address</source>
        <extracomment>The chosen project&apos;s address and working copy (set when accepted). The projects the server offered at the last Connect.</extracomment>
        <translation>اسم الخادم أو عنوانه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for this session only, never stored. A password in ~/.pgpass is used without asking.</source>
        <translation>تُستخدم لهذه الجلسة فقط ولا تُحفظ أبدًا. تُستخدم كلمة المرور الموجودة في ~/.pgpass دون سؤال.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect to list the projects, or type a name</source>
        <translation>اتصل لعرض المشاريع، أو اكتب اسمًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recent servers:</source>
        <translation>الخوادم الأخيرة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(type a new server below)</source>
        <translation>(اكتب خادمًا جديدًا أدناه)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connected to %1. Choose a project and open it.</source>
        <translation>تم الاتصال بـ %1. اختر مشروعًا وافتحه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1, but it offers you no project yet.</source>
        <translation>تم الاتصال بـ %1، لكنه لا يتيح لك أي مشروع بعد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the project on %1…</source>
        <translation>جارٍ فتح المشروع على %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../gui/sync_action.py" line="+88"/>
        <source>S&amp;ync with team server</source>
        <extracomment>How many times a sync the user edited through is run again before giving up. A sync finished and its result is applied (the ``SyncReport``). A sync could not be done (the sentence shown). Passwords typed in this run (None: libpq&apos;s ~/.pgpass and service files only). The sentence of the last failed sync (&quot;&quot; after a good one).</extracomment>
        <translation>م&amp;زامنة مع خادم الفريق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your edits to the team server and receive the others&apos;; conflicts go to the Conflicts panel</source>
        <translation>إرسال تعديلاتك إلى خادم الفريق وتلقي تعديلات الآخرين؛ وتذهب التعارضات إلى لوحة التعارضات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Table this proposal…</source>
        <translation>&amp;طرح هذا المقترح على الفريق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the proposal to every member of the team (cannot be taken back)</source>
        <translation>عرض المقترح على كل أعضاء الفريق (لا يمكن التراجع عنه)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>This project is not a working copy of a team project (make one with &apos;zoneeditor team clone&apos;)</source>
        <translation type="vanished">هذا المشروع ليس نسخة عمل من مشروع فريق (أنشئ واحدة بالأمر &apos;zoneeditor team clone&apos;)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A sync of a project no longer open ended; it finishes at that project&apos;s next sync</source>
        <translation>انتهت مزامنة مشروع لم يعد مفتوحًا؛ وستكتمل عند المزامنة التالية لذلك المشروع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You edited while syncing: syncing again</source>
        <translation>عدّلت أثناء المزامنة: تجري المزامنة مجددًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project kept being edited while syncing; sync again when you pause (nothing was lost)</source>
        <translation>استمر تعديل المشروع أثناء المزامنة؛ زامِن مجددًا عندما تتوقف (لم يضِع شيء)</translation>
    </message>
    <message>
        <source>Cannot reach the team server: your edits stay here and go with the next sync (%1)</source>
        <translation type="vanished">يتعذر الوصول إلى خادم الفريق: تبقى تعديلاتك هنا وتُرسل مع المزامنة التالية (%1)</translation>
    </message>
    <message>
        <source>The team server refused: %1</source>
        <translation type="vanished">رفض خادم الفريق: %1</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Read-only: your role on the team server is observer, so you can look at the map and sync, but not change it</source>
        <translation>للقراءة فقط: دورك على خادم الفريق هو مراقب، لذا يمكنك عرض الخريطة ومزامنتها، لكن لا يمكنك تعديلها</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only: %1</source>
        <translation>للقراءة فقط: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This project is not a working copy of a team project: open one with File ▸ Open team project…</source>
        <translation>هذا المشروع ليس نسخة عمل من مشروع فريق: افتح واحدًا عبر «فتح مشروع فريق…» في قائمة «ملف»</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot reach the team server %1: your edits stay here and go with the next sync</source>
        <translation>يتعذر الوصول إلى خادم الفريق %1: تبقى تعديلاتك هنا وتُرسل مع المزامنة التالية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync failed, nothing was lost: %1</source>
        <translation>فشلت المزامنة، ولم يضِع شيء: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 did not accept the password. Password:</source>
        <translation>لم يقبل الخادم %1 كلمة المرور. كلمة المرور:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 asks for a password (it is not stored). Password:</source>
        <translation>يطلب الخادم %1 كلمة مرور (لا تُحفظ). كلمة المرور:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team server</source>
        <translation>خادم الفريق</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Synced: %1 received, %2 sent</source>
        <translation>تمت المزامنة: استُلم %1، وأُرسل %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(see the Conflicts panel)</source>
        <translation>(انظر لوحة التعارضات)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agreed baseline is already everyone&apos;s: show a proposal to table it</source>
        <translation>الأساس المتفق عليه مشترك بين الجميع أصلًا: اعرض مقترحًا لطرحه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table this proposal</source>
        <translation>طرح المقترح على الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1 to every member of the team? This cannot be taken back.</source>
        <translation>عرض %1 على كل أعضاء الفريق؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 still has open conflicts: resolve them in the Conflicts panel before tabling it</source>
        <translation>لا تزال في %1 تعارضات مفتوحة: احسمها في لوحة التعارضات قبل طرحها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync first: the server must have your latest %1 before it is tabled</source>
        <translation>زامِن أولًا: يجب أن يحوي الخادم أحدث ما لديك من %1 قبل طرحها</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is on the table: every member sees it now</source>
        <translation>طُرحت %1: يراها الآن كل الأعضاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot table it: %1</source>
        <translation>يتعذر الطرح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new version(s) received: %1</source>
        <translation type="vanished">
            <numerusform>لم تصل أي نسخة جديدة: %1</numerusform>
            <numerusform>وصلت نسخة جديدة واحدة: %1</numerusform>
            <numerusform>وصلت نسختان جديدتان: %1</numerusform>
            <numerusform>وصلت %n نسخ جديدة: %1</numerusform>
            <numerusform>وصلت %n نسخة جديدة: %1</numerusform>
            <numerusform>وصلت %n نسخة جديدة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-31"/>
        <location filename="../gui/sync_action.py" line="-82"/>
        <source>Synced: %n version(s) newly shared with you (%1), %2 sent</source>
        <translation>
            <numerusform>تمت المزامنة: لم تُتح لك أي نسخة جديدة (%1)، وأُرسل %2</numerusform>
            <numerusform>تمت المزامنة: أُتيحت لك نسخة واحدة (%1)، وأُرسل %2</numerusform>
            <numerusform>تمت المزامنة: أُتيحت لك نسختان (%1)، وأُرسل %2</numerusform>
            <numerusform>تمت المزامنة: أُتيحت لك %n نسخ (%1)، وأُرسل %2</numerusform>
            <numerusform>تمت المزامنة: أُتيحت لك %n نسخة (%1)، وأُرسل %2</numerusform>
            <numerusform>تمت المزامنة: أُتيحت لك %n نسخة (%1)، وأُرسل %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+6"/>
        <source>%n version(s) newly shared with you: %1</source>
        <translation>
            <numerusform>لم تُتح لك أي نسخة جديدة: %1</numerusform>
            <numerusform>أُتيحت لك نسخة واحدة: %1</numerusform>
            <numerusform>أُتيحت لك نسختان: %1</numerusform>
            <numerusform>أُتيحت لك %n نسخ: %1</numerusform>
            <numerusform>أُتيحت لك %n نسخة: %1</numerusform>
            <numerusform>أُتيحت لك %n نسخة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+8"/>
        <source>%n change(s) refused by the server, kept here</source>
        <translation>
            <numerusform>لم يرفض الخادم أي تعديل</numerusform>
            <numerusform>رفض الخادم تعديلًا واحدًا، محفوظ هنا</numerusform>
            <numerusform>رفض الخادم تعديلين، محفوظين هنا</numerusform>
            <numerusform>رفض الخادم %n تعديلات، محفوظة هنا</numerusform>
            <numerusform>رفض الخادم %n تعديلًا، محفوظة هنا</numerusform>
            <numerusform>رفض الخادم %n تعديل، محفوظة هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/sync_action.py" line="+3"/>
        <source>%n change(s) your role may not make on the server, kept here</source>
        <translation>
            <numerusform>لا تعديلات يمنعها دورك على الخادم</numerusform>
            <numerusform>تعديل واحد لا يسمح به دورك على الخادم، محفوظ هنا</numerusform>
            <numerusform>تعديلان لا يسمح بهما دورك على الخادم، محفوظان هنا</numerusform>
            <numerusform>%n تعديلات لا يسمح بها دورك على الخادم، محفوظة هنا</numerusform>
            <numerusform>%n تعديلًا لا يسمح به دورك على الخادم، محفوظة هنا</numerusform>
            <numerusform>%n تعديل لا يسمح به دورك على الخادم، محفوظة هنا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolMessages</name>
    <message>
        <location filename="extra_strings.py" line="+5"/>
        <source>Selected %1</source>
        <extracomment>Templates of ``core.messages.Message`` (tools&apos; status-bar messages; %1... are data).</extracomment>
        <translation>حُدد %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no %2 for any feature: these are not counted as changes, and each zone keeps the kind of the zone it is paired with (a buffer zone stays one)</source>
        <translation>لا يعطي %1 قيمة %2 لأي عنصر: لا تُعدّ هذه تغييرات، وتحتفظ كل منطقة بنوع المنطقة المقترنة بها (تبقى المنطقة العازلة عازلة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives no %2 for any feature: these are not counted as changes</source>
        <translation>لا يعطي %1 قيمة %2 لأي عنصر: لا تُعدّ هذه تغييرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>two of its parts overlap or share a stretch of boundary</source>
        <translation>جزآن منه يتداخلان أو يشتركان في جزء من الحدود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deselected %1</source>
        <translation>أُلغي تحديد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing here</source>
        <translation>لا شيء هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now “proposed”: its shape changed in this proposal</source>
        <translation>%1 الآن «مقترح»: تغيّر شكله في هذا المقترح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features are now “proposed”: their shapes changed in this proposal</source>
        <translation>%1 من المعالم الآن «مقترحة»: تغيّرت أشكالها في هذا المقترح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected by the box</source>
        <translation>عدد العناصر المحددة بالمربع: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the control points lie on one line (or repeat): spread them over the map</source>
        <translation>تقع نقاط التحكم على خط واحد (أو تتكرر): وزّعها على الخريطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an affine transform needs at least %1 control points (%2 in use)</source>
        <translation>يحتاج التحويل التآلفي إلى %1 نقاط تحكم على الأقل (المستخدم منها %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a 2nd-order polynomial needs at least %1 control points (%2 in use)</source>
        <translation>يحتاج كثير الحدود من الدرجة الثانية إلى %1 نقاط تحكم على الأقل (المستخدم منها %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a thin-plate spline needs at least %1 control points (%2 in use)</source>
        <translation>تحتاج شريحة الصفيحة الرقيقة إلى %1 نقاط تحكم على الأقل (المستخدم منها %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a coordinate system PROJ knows (%2)</source>
        <translation>%1 ليس نظام إحداثيات يعرفه PROJ (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some control points lie outside what %1 can show</source>
        <translation>بعض نقاط التحكم تقع خارج ما يستطيع %1 عرضه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as opened in %2 on %3 UTC</source>
        <translation>%1 كما فُتحت في %2 بتاريخ %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as saved in %2 on %3 UTC</source>
        <translation>%1 كما حُفظت في %2 بتاريخ %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as merged in %2 on %3 UTC</source>
        <translation>%1 كما دُمجت في %2 بتاريخ %3 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as merged from %2 on %3 UTC</source>
        <translation>%1 كما دُمجت من %2 بتاريخ %3 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure: click points; double-click or Enter to finish; Esc clears</source>
        <translation>قياس: انقر نقاطًا؛ نقرة مزدوجة أو Enter للإنهاء؛ Esc للمسح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click at least 2 points to measure</source>
        <translation>انقر نقطتين على الأقل للقياس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure: click points along the path</source>
        <translation>قياس: انقر نقاطًا على طول المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance %1 km</source>
        <translation>المسافة %1 كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last leg %1 km</source>
        <translation>المقطع الأخير %1 كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bearing %1°</source>
        <translation>الاتجاه %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>area %1 km² (perimeter %2 km)</source>
        <translation>المساحة %1 كم² (المحيط %2 كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vertex is repeated</source>
        <translation>رأس مكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shape is not valid</source>
        <translation>الشكل غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shape is not valid (%1)</source>
        <translation>الشكل غير صالح (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name</source>
        <extracomment>The names of the core attributes (``core.model.ATTRIBUTE_NAMES``): inside a step&apos;s label (&quot;Edit local name of Idlib&quot;), in the Changes panel, and capitalised as the Attributes panel&apos;s field labels (``i18n.values.attribute_name``, ``attribute_title``).</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local name</source>
        <translation>الاسم المحلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (Russian)</source>
        <translation>الاسم (بالروسية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buffer&apos;s line</source>
        <translation>خط المنطقة العازلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer width on the left</source>
        <translation>عرض المنطقة العازلة على اليسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buffer width on the right</source>
        <translation>عرض المنطقة العازلة على اليمين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add zone %1</source>
        <extracomment>Labels of undoable steps (``ChangeSet.label`` made in core and io as ``Message``): the History panel and Edit ▸ Undo/Redo show them translated (``gui.tool_messages``).</extracomment>
        <translation>إضافة المنطقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line %1</source>
        <translation>إضافة الخط %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add point %1</source>
        <translation>إضافة النقطة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add zone</source>
        <translation>إضافة منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add line</source>
        <translation>إضافة خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add point</source>
        <translation>إضافة نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 features</source>
        <translation>حذف عناصر (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1 of %2</source>
        <translation>تعديل %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move vertex</source>
        <translation>نقل رأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert vertex</source>
        <translation>إدراج رأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete vertex</source>
        <translation>حذف رأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 features</source>
        <translation>نقل عناصر (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape %1</source>
        <translation>إعادة تشكيل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone %1</source>
        <translation>تقسيم المنطقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zones %1</source>
        <translation>تقسيم المناطق %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones %1</source>
        <translation>دمج المناطق %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no party</source>
        <translation>بلا طرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge zones %1 and %2</source>
        <translation>دمج المناطق %1 و%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add buffer zone around %1 (%2 km)</source>
        <translation>إضافة منطقة عازلة حول %1 (%2 كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add buffer zone around %1 (%2 km left, %3 km right)</source>
        <translation>إضافة منطقة عازلة حول %1 (%2 كم يسارًا، %3 كم يمينًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild %1 from %2</source>
        <translation>إعادة بناء %1 من %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New proposal %1</source>
        <translation>مقترح جديد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a proposal needs a name</source>
        <translation>يحتاج المقترح إلى اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project on a team server needs a name</source>
        <translation>يحتاج المشروع على خادم الفريق إلى اسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; your edits stay in %2 and go with the next sync</source>
        <translation>%1؛ تبقى تعديلاتك في %2 وتُرسل مع المزامنة التالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address sets %1 to a value PostgreSQL does not know</source>
        <translation>يضبط العنوان %1 على قيمة لا يعرفها PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no service %1 in ~/.pg_service.conf (or in the file PGSERVICEFILE names)</source>
        <translation>لا توجد خدمة %1 في ‎~/.pg_service.conf (أو في الملف الذي يسمّيه PGSERVICEFILE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 does not offer the encrypted connection (TLS) the address asks for with sslmode: ask its administrator</source>
        <translation>لا يوفّر خادم الفريق %1 الاتصال المشفّر (TLS) الذي يطلبه العنوان عبر sslmode: اسأل مسؤوله</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team server %1 could not be trusted: its certificate does not check out against ~/.postgresql/root.crt (or sslrootcert)</source>
        <translation>تعذّر الوثوق بخادم الفريق %1: شهادته لا تطابق ‎~/.postgresql/root.crt (أو sslrootcert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot name a project on a team server: a name has no /, ? or #, and does not begin or end with a space</source>
        <translation>لا يصلح %1 اسمًا لمشروع على خادم الفريق: لا يحتوي الاسم على / أو ? أو #، ولا يبدأ بمسافة ولا ينتهي بها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only delegates belong to a delegation, not the role %1</source>
        <translation>المندوبون وحدهم ينتمون إلى وفد، لا الدور %1</translation>
    </message>
    <message>
        <source>the heights (Z) of %1 feature(s) were left out: zones, lines and points are kept on the ground, by longitude and latitude</source>
        <translation type="vanished">أُسقطت الارتفاعات (Z) لعدد %1 من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a version called %1 already exists</source>
        <translation>توجد نسخة باسم %1 بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove proposal %1</source>
        <translation>إزالة المقترح %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit project details</source>
        <translation>تعديل تفاصيل المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename version %1 to %2</source>
        <translation>إعادة تسمية النسخة %1 إلى %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate %1 as %2</source>
        <translation>تكرار %1 باسم %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete proposal %1</source>
        <translation>حذف المقترح %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 agreed</source>
        <translation>اعتبار %1 متفقًا عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old baseline as %1</source>
        <translation>الاحتفاظ بالأساس القديم باسم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 the agreed baseline</source>
        <translation>جعل %1 الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reference layer %1</source>
        <translation>إضافة الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reference layer %1</source>
        <translation>إزالة الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reference layer %1</source>
        <translation>إظهار الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide reference layer %1</source>
        <translation>إخفاء الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity of reference layer %1</source>
        <translation>عتامة الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change reference layer %1</source>
        <translation>تغيير الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder reference layer %1</source>
        <translation>إعادة ترتيب الطبقة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeference %1</source>
        <translation>الإسناد الجغرافي لـ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove georeferencing of %1</source>
        <translation>إزالة الإسناد الجغرافي لـ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeferencing method %1</source>
        <translation>طريقة الإسناد الجغرافي %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georeferencing options of %1</source>
        <translation>خيارات الإسناد الجغرافي لـ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add control point %1</source>
        <translation>إضافة نقطة التحكم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use control point %1</source>
        <translation>استخدام نقطة التحكم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out control point %1</source>
        <translation>استبعاد نقطة التحكم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move control point %1</source>
        <translation>نقل نقطة التحكم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete control point %1</source>
        <translation>حذف نقطة التحكم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge %1 into %2</source>
        <translation>دمج %1 في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark conflict on %1 resolved</source>
        <translation>اعتبار التعارض على %1 محسومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict on %1: take ours</source>
        <translation>حسم التعارض على %1: اعتماد ما لدينا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflict on %1: take theirs</source>
        <translation>حسم التعارض على %1: اعتماد ما لديهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received from the team server</source>
        <translation>مستلم من خادم الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the change the server refused: %1</source>
        <translation>تجاهل التعديل الذي رفضه الخادم: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the removal the server refused: %1</source>
        <translation>تجاهل الحذف الذي رفضه الخادم: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new version the server refused: %1</source>
        <translation>تجاهل النسخة الجديدة التي رفضها الخادم: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw zone: click the first vertex (snaps to borders; Ctrl: no snap; Tab: type a coordinate)</source>
        <extracomment>The editing tools&apos; hints, status messages and refusals (core/tools, core/edits: the refused edit&apos;s action and reason; core/validity: why a shape is not acceptable, where). Figures are formatted in core and passed as %1...; a reason is a Message inside another.</extracomment>
        <translation>رسم منطقة: انقر الرأس الأول (يلتقط الحدود؛ Ctrl: بلا التقاط؛ Tab: اكتب إحداثيًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw zone, vertices: %1 — Enter or double-click to finish, Backspace removes the last, Esc cancels</source>
        <translation>رسم منطقة: عدد الرؤوس %1 — Enter أو النقر المزدوج للإنهاء، Backspace يحذف الأخير، Esc يلغي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A zone needs at least 3 vertices</source>
        <translation>تحتاج المنطقة إلى 3 رؤوس على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 km²</source>
        <translation>%1 — %2 كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A zone needs at least 3 distinct vertices</source>
        <translation>تحتاج المنطقة إلى 3 رؤوس مختلفة على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused: %2</source>
        <translation>تم رفض %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a zone</source>
        <translation>إضافة المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — press Enter to add the repaired shape (shown), Backspace to fix</source>
        <translation>%1 — اضغط Enter لإضافة الشكل المُصلَح (المعروض)، أو Backspace للتصحيح بنفسك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added zone %1 (%2 km²)</source>
        <translation>أُضيفت المنطقة %1 (%2 كم²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw line: click the first vertex (Ctrl: no snap; Tab: type a coordinate)</source>
        <translation>رسم خط: انقر الرأس الأول (Ctrl: بلا التقاط؛ Tab: اكتب إحداثيًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw line, vertices: %1 — Enter or double-click to finish, Backspace removes the last, Esc cancels</source>
        <translation>رسم خط: عدد الرؤوس %1 — Enter أو النقر المزدوج للإنهاء، Backspace يحذف الأخير، Esc يلغي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line needs at least 2 vertices</source>
        <translation>يحتاج الخط إلى رأسين على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 km</source>
        <translation>%1 — %2 كم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line needs at least 2 distinct vertices</source>
        <translation>يحتاج الخط إلى رأسين مختلفين على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added line %1 (%2 km)</source>
        <translation>أُضيف الخط %1 (%2 كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place point: click where the post goes (Tab: type a coordinate)</source>
        <translation>وضع نقطة: انقر حيث يقع المركز (Tab: اكتب إحداثيًا)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added point %1 at %2°N %3°E</source>
        <translation>أُضيفت النقطة %1 عند %2° شمالًا %3° شرقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (repaired shape)</source>
        <translation>%1 (الشكل المُصلَح)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click at least %1 points first</source>
        <translation>انقر %1 نقاط على الأقل أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed baseline is locked: make or open a proposal to edit, or unlock the baseline first</source>
        <translation>الأساس المتفق عليه مقفل: أنشئ مقترحًا أو افتحه للتحرير، أو ألغِ قفل الأساس أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 is locked: unlock it to edit</source>
        <translation>النسخة %1 مقفلة: ألغِ قفلها للتحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lines layer is locked: unlock it to edit</source>
        <translation>طبقة الخطوط مقفلة: ألغِ قفلها للتحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points layer is locked: unlock it to edit</source>
        <translation>طبقة النقاط مقفلة: ألغِ قفلها للتحرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zones layer is locked: unlock it to edit</source>
        <translation>طبقة المناطق مقفلة: ألغِ قفلها للتحرير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move feature: drag a feature (or the selection); Ctrl: no snapping; Esc cancels</source>
        <translation>نقل عنصر: اسحب عنصرًا (أو التحديد)؛ Ctrl: بلا التقاط؛ Esc يلغي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving %1</source>
        <translation>نقل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed meanwhile</source>
        <translation>حُذف %1 في هذه الأثناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved %1 km at bearing %2°</source>
        <translation>نُقل %1 كم باتجاه %2°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit vertices: drag a vertex (shared borders follow; Alt: this feature only), double-click a segment to add one, Delete removes the one under the pointer</source>
        <translation>تحرير الرؤوس: اسحب رأسًا (تتبعه الحدود المشتركة؛ Alt: هذا العنصر وحده)، وانقر نقرًا مزدوجًا على قطعة لإضافة رأس؛ Delete يحذف الرأس تحت المؤشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vertex shared by %1</source>
        <translation>رأس مشترك بين %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertex of %1</source>
        <translation>رأس من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2: layer locked, will not follow)</source>
        <translation>%1 (%2: الطبقة مقفلة، لن يتبع)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving vertex</source>
        <translation>نقل الرأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving vertex of %1 features</source>
        <translation>نقل رأس مشترك بين %1 عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved vertex to %1°N %2°E</source>
        <translation>نُقل الرأس إلى %1° شمالًا %2° شرقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a vertex here already</source>
        <translation>يوجد رأس هنا بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click on a boundary to add a vertex</source>
        <translation>انقر نقرًا مزدوجًا على حدّ لإضافة رأس</translation>
    </message>
    <message>
        <source>Inserted a vertex in %1 feature(s)</source>
        <translation type="vanished">أُدرج رأس في عدد من العناصر: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point at a vertex (or click one) first, then press Delete</source>
        <translation>أشر إلى رأس (أو انقره) أولًا، ثم اضغط Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vertex there any more</source>
        <translation>لم يعد هناك رأس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No vertex there</source>
        <translation>لا يوجد رأس هناك</translation>
    </message>
    <message>
        <source>Deleted a vertex of %1 feature(s)</source>
        <translation type="vanished">حُذف رأس من عدد من العناصر: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>select two or more zones to merge (shift-click adds to the selection)</source>
        <translation>حدّد منطقتين أو أكثر لدمجها (Shift مع النقر يضيف إلى التحديد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zones of different parties cannot be merged (%1): give them the same party first</source>
        <translation>لا يمكن دمج مناطق أطراف مختلفة (%1): اجعلها للطرف نفسه أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the merged shape is not an area</source>
        <translation>الشكل الناتج عن الدمج ليس مساحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merging zones</source>
        <translation>دمج المناطق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge zones: shift-click the zones to merge, then Enter</source>
        <translation>دمج المناطق: انقر المناطق المراد دمجها مع Shift، ثم Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the zones do not touch, the result has several parts</source>
        <translation>%1: المناطق غير متلامسة، والنتيجة من عدة أجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click inside a zone</source>
        <translation>انقر داخل منطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 zones selected — Enter merges them</source>
        <translation>عدد المناطق المحددة: %1 — Enter يدمجها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line does not cross %1</source>
        <translation>الخط لا يعبر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line must cross %1 from one side to the other (start and end outside it or on its border)</source>
        <translation>يجب أن يعبر الخط %1 من جانب إلى آخر (ابدأ وانتهِ خارجها أو على حدّها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Splitting %1</source>
        <translation>تقسيم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split zone: click a line across the zone (start and end outside it), then Enter or double-click; a selected zone is split, else every zone crossed</source>
        <translation>تقسيم منطقة: انقر خطًا يعبر المنطقة (ابدأ وانتهِ خارجها)، ثم Enter أو النقر المزدوج؛ تُقسَّم المنطقة المحددة، وإلا فكل منطقة يعبرها الخط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click at least 2 points: a line across the zone</source>
        <translation>انقر نقطتين على الأقل: خطًا يعبر المنطقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line does not cut any zone in two: draw it across a zone</source>
        <translation>الخط لا يقسم أي منطقة إلى قسمين: ارسمه عبر منطقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the drawn line must cross or touch the zone&apos;s border twice</source>
        <translation>يجب أن يعبر الخط المرسوم حدّ المنطقة أو يلمسه مرتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reshaped zone would cross itself</source>
        <translation>ستتقاطع المنطقة المعاد تشكيلها مع نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start and end the drawn line on the line to reshape (they snap)</source>
        <translation>ابدأ الخط المرسوم وأنهِه على الخط المراد إعادة تشكيله (يلتقطان إليه)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points cannot be reshaped: move them</source>
        <translation>لا يمكن إعادة تشكيل النقاط: انقلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshaping %1</source>
        <translation>إعادة تشكيل %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reshape: draw the new boundary from one point of the border to another (a selected zone or line, else the one the line meets), then Enter</source>
        <translation>إعادة التشكيل: ارسم الحدّ الجديد من نقطة على الحدّ إلى أخرى (منطقة أو خط محدد، وإلا فما يلتقي به الخط)، ثم Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the drawn line meets no zone or line: start and end it on a border</source>
        <translation>الخط المرسوم لا يلتقي بأي منطقة أو خط: ابدأه وأنهِه على حدّ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a line: a buffer zone is made from a line</source>
        <translation>%1 ليس خطًا: تُنشأ المنطقة العازلة من خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer zone: click a line of contact, then give the width on each side (km)</source>
        <translation>منطقة عازلة: انقر خط تماس، ثم حدّد العرض على كل جانب (كم)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buffer around %1: give the widths</source>
        <translation>منطقة عازلة حول %1: حدّد العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click on a line of contact</source>
        <translation>انقر على خط تماس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a line first</source>
        <translation>اختر خطًا أولًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 km²)</source>
        <translation>%1 (%2 كم²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adding a line</source>
        <translation>إضافة الخط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a point</source>
        <translation>إضافة النقطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the boundary crosses itself</source>
        <translation>الحدّ يتقاطع مع نفسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring touches itself</source>
        <translation>حلقة تلمس نفسها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few vertices</source>
        <translation>عدد الرؤوس قليل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside its zone</source>
        <translation>فجوة تقع خارج منطقتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole cuts the zone in two</source>
        <translation>فجوة تقسم المنطقة إلى قسمين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one part lies inside another</source>
        <translation>جزء يقع داخل جزء آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>فجوة تقع داخل فجوة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a number</source>
        <translation>إحداثي ليس رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>حلقة غير مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rings are the same</source>
        <translation>حلقتان متطابقتان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no geometry</source>
        <translation>ليس له شكل هندسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry is empty</source>
        <translation>شكله الهندسي فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the lines layer (%2)</source>
        <translation>لا يمكن وضع %1 في طبقة الخطوط (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the points layer (%2)</source>
        <translation>لا يمكن وضع %1 في طبقة النقاط (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiPoint</source>
        <translation>نقاط متعددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LineString</source>
        <translation>خط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiLineString</source>
        <translation>خط متعدد الأجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinearRing</source>
        <translation>حلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>مضلع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MultiPolygon</source>
        <translation>مضلع متعدد الأجزاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeometryCollection</source>
        <translation>مجموعة أشكال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot go in the zones layer (%2)</source>
        <translation>لا يمكن وضع %1 في طبقة المناطق (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate is not a finite number</source>
        <translation>إحداثي ليس رقمًا منتهيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate %1, %2 is outside longitude/latitude range</source>
        <translation>الإحداثي %1، %2 خارج نطاق خطوط الطول والعرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinate %1, %2 is outside longitude/latitude range (latitude and longitude swapped?)</source>
        <translation>الإحداثي %1، %2 خارج نطاق خطوط الطول والعرض (هل تبادل خط العرض وخط الطول مكانيهما؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line needs at least two distinct vertices</source>
        <translation>يحتاج الخط إلى رأسين مختلفين على الأقل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2°N %3°E</source>
        <translation>%1 عند %2° شمالًا %3° شرقًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (latitude, longitude)</source>
        <extracomment>Templates of ``core.messages.Message`` for what the window shows about files and errors: the readers&apos; problems and refusals (the import dialog), reasons a file cannot be read or written (open, save, export, print, reference layers), the system&apos;s refusals in our words (``io.os_errors``). %1... are file names, counts, columns and places.</extracomment>
        <translation>%1 (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (bearing and distance from the last vertex)</source>
        <translation>%1 (الاتجاه والمسافة من آخر رأس)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 · %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Expected e.g. %2</source>
        <translation>%1. المتوقع مثلًا %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bearing and distance is written &apos;@bearing distance&apos;, e.g. %1 or %2 (degrees from true north, then the distance in %3)</source>
        <translation>يُكتب الاتجاه والمسافة هكذا ‎&apos;@الاتجاه المسافة&apos;‎، مثل %1 أو %2 (بالدرجات من الشمال الحقيقي، ثم المسافة بوحدة من %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a bearing and distance needs a previous vertex: place the first vertex by click or by coordinates</source>
        <translation>يحتاج الاتجاه والمسافة إلى رأس سابق: ضع الرأس الأول بالنقر أو بالإحداثيات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a bearing is 0 to 360 degrees, not %1</source>
        <translation>الاتجاه من 0 إلى 360 درجة، وليس %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distance must be more than zero</source>
        <translation>يجب أن تكون المسافة أكبر من صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTM zones are numbered 1 to 60, not %1</source>
        <translation>تُرقَّم مناطق UTM من 1 إلى 60، وليس %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a UTM easting lies between 100000 and 900000 m, not %1 (were easting and northing swapped?)</source>
        <translation>يقع الإحداثي الشرقي في UTM بين 100000 و900000 م، وليس %1 (هل تبادل الشرقي والشمالي مكانيهما؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a UTM northing lies between 0 and 10000000 m, not %1</source>
        <translation>يقع الإحداثي الشمالي في UTM بين 0 و10000000 م، وليس %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lies in band %2, not %3: check the northing</source>
        <translation>يقع %1 في الحزام %2، لا في %3: تحقق من الإحداثي الشمالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MGRS reference has an even number of digits (2 to 10) after the square letters, not %1: e.g. 37SBT4827211116</source>
        <translation>في مرجع MGRS عدد زوجي من الأرقام (من 2 إلى 10) بعد حرفي المربع، وليس %1: مثل 37SBT4827211116</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid MGRS reference</source>
        <translation>%1 ليس مرجع MGRS صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1 in %2</source>
        <translation>تتعذر قراءة %1 في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter %1 must follow its number</source>
        <translation>يجب أن يأتي الحرف %1 بعد رقمه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no number before %1 in %2</source>
        <translation>لا رقم قبل %1 في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many numbers in one coordinate of %1</source>
        <translation>أرقام كثيرة جدًا في إحداثي واحد من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the last of degrees/minutes/seconds may have decimals (%1 in %2)</source>
        <translation>الكسور مسموحة في آخر الدرجات/الدقائق/الثواني فقط (%1 في %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes and seconds cannot be negative in %1</source>
        <translation>لا يمكن أن تكون الدقائق والثواني سالبة في %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes must be 0 to 59.999, not %1 (in %2)</source>
        <translation>يجب أن تكون الدقائق من 0 إلى 59.999، وليس %1 (في %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds must be 0 to 59.999, not %1 (in %2)</source>
        <translation>يجب أن تكون الثواني من 0 إلى 59.999، وليس %1 (في %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give either a minus sign or a letter N/S/E/W, not both (in %1)</source>
        <translation>اكتب إما إشارة السالب أو أحد الحروف N/S/E/W، لا كليهما (في %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not look like one latitude and one longitude</source>
        <translation>لا يبدو %1 خط عرض واحدًا وخط طول واحدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has two latitudes or two longitudes (N/S with E/W)</source>
        <translation>في %1 خطا عرض أو خطا طول (N/S مع E/W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude must be between -90 and 90, not %1</source>
        <translation>يجب أن يكون خط العرض بين ⁦-90⁩ و90، وليس %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude must be between -180 and 180, not %1</source>
        <translation>يجب أن يكون خط الطول بين ⁦-180⁩ و180، وليس %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinate given</source>
        <translation>لم يُعطَ إحداثي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a UTM position is &apos;zone+band easting northing&apos;, e.g. 37S 267000 3710000</source>
        <translation>يُكتب موقع UTM هكذا ‎&apos;المنطقة+الحزام الشرقي الشمالي&apos;‎، مثل 37S 267000 3710000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>تتعذر قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write %1: %2</source>
        <translation>تتعذر كتابة %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot map to %1: choose one of %2</source>
        <translation>لا يمكن الربط بـ%1: اختر واحدًا من %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no column %1 to use as %2 (columns: %3)</source>
        <translation>لا يوجد عمود %1 لاستخدامه بوصفه %2 (الأعمدة: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no column %1 to use as %2 (columns: none)</source>
        <translation>لا يوجد عمود %1 لاستخدامه بوصفه %2 (لا أعمدة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer %1 has %2 columns; zoneeditor accepts at most %3</source>
        <translation>في الطبقة %1 عدد %2 من الأعمدة؛ ويقبل zoneeditor %3 على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has a column name %2 characters long (%3); at most %4 are accepted</source>
        <translation>في الطبقة %1 اسم عمود طوله %2 حرفًا (%3)؛ ويُقبل %4 على الأكثر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the value of column %2 is %3 of text; zoneeditor accepts at most %4 per value</source>
        <translation>%1: قيمة العمود %2 نصها %3؛ ويقبل zoneeditor %4 على الأكثر لكل قيمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no party (each zone belongs to a party: choose it in Attributes)</source>
        <translation>ليس له طرف (كل منطقة تتبع طرفًا: اختره في «السمات»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1 is not one of %2</source>
        <translation>الحالة %1 ليست من بين %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>party values read up to letter case and spacing: %1</source>
        <translation>قيم الطرف قُرئت بصرف النظر عن حالة الأحرف والمسافات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party values read by the party&apos;s local name: %1</source>
        <translation>قيم الطرف قُرئت بالاسم المحلي للطرف: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>party values mapped as you chose: %1</source>
        <translation>قيم الطرف رُبطت كما اخترت: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status values read up to letter case and spacing: %1</source>
        <translation>قيم الحالة قُرئت بصرف النظر عن حالة الأحرف والمسافات: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status values mapped as you chose: %1</source>
        <translation>قيم الحالة رُبطت كما اخترت: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → (none)</source>
        <translation>%1 ← (لا شيء)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: write ATTRIBUTE=VALUE:MEANT with ATTRIBUTE party or status, e.g. party=OPP:Opposition</source>
        <translation>%1: اكتب ATTRIBUTE=VALUE:MEANT حيث ATTRIBUTE هو party أو status، مثل party=OPP:Opposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a status is one of %2</source>
        <translation>%1: الحالة واحدة من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gives no party for any zone: party totals and land changing hands are not computed</source>
        <translation>لا يذكر %1 طرفًا لأي منطقة: لم تُحسب مساحات الأطراف ولا الأراضي المنتقلة بين الأطراف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no name (a printed map and a comparison refer to it by its id)</source>
        <translation>بلا اسم (تشير إليه الخريطة المطبوعة والمقارنة بمعرّفه)</translation>
    </message>
    <message>
        <source>has the name of %1 other zone(s): a comparison cannot pair them by name</source>
        <translation type="vanished">يحمل اسم %1 من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</translation>
    </message>
    <message>
        <source>has the code %1 (%2) of %3 other feature(s): a comparison cannot pair them by code</source>
        <translation type="vanished">يحمل الرمز %1 (%2) الذي تحمله %3 من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>party %1 is not a party of this project</source>
        <translation>%1 ليس طرفًا في هذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was made from a line that is no longer in this version: check it, or redraw it</source>
        <translation>صُنع من خط لم يعد في هذا الإصدار: تحقق منه أو أعد رسمه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer follows %1 (rebuild it from the line, or clear its source_line to keep this shape)</source>
        <translation>لم يعد يتبع %1 (أعد بناءه من الخط، أو امسح source_line للإبقاء على هذا الشكل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a second buffer zone of %1 over %2 (%3 km² covered by both): delete one of them</source>
        <translation>منطقة عازلة ثانية لـ %1 فوق %2 (%3 كم² تغطيها المنطقتان): احذف إحداهما</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap with %1 could not be computed (the shapes are too intricate for the geometry library)</source>
        <translation>تعذر حساب التداخل مع %1 (الأشكال معقدة جدًا على مكتبة الهندسة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps %1 of %2 by %3 km²</source>
        <translation>يتداخل مع %1 التابعة لطرف %2 بمساحة %3 كم²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps %1 of no party by %2 km²</source>
        <translation>يتداخل مع %1 التي لا طرف لها بمساحة %2 كم²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the undo step %1 does not fit feature %2 as it is now; nothing was changed</source>
        <translation>خطوة التراجع %1 لا تناسب العنصر %2 بحالته الحالية؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unexpected error occurred: %1</source>
        <translation>حدث خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format %1 (choose %2)</source>
        <translation>صيغة غير معروفة %1 (اختر %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only shapefile sets are zipped; the other formats are one file</source>
        <translation>لا تُضغط في zip إلا مجموعات ملفات Shapefile؛ أما الصيغ الأخرى فملف واحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a GeoJSON file holds one version; export them one at a time</source>
        <translation>يحمل ملف GeoJSON إصدارًا واحدًا؛ صدّر الإصدارات واحدًا تلو الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name should end in %1</source>
        <translation>يجب أن ينتهي اسم الملف بـ%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is nothing to export: the version has no features</source>
        <translation>لا شيء للتصدير: الإصدار لا يحوي عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1</source>
        <translation>الطبقة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying %1…</source>
        <translation>جارٍ التحقق من %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file written cannot be read back (%1); nothing was replaced</source>
        <translation>تتعذر إعادة قراءة الملف المكتوب (%1)؛ لم يُستبدل شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-back check failed for %1: %2; nothing was replaced</source>
        <translation>فشل التحقق بإعادة القراءة لـ%1: %2؛ لم يُستبدل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 features read back; ids, geometry and attributes match</source>
        <translation>%1: أُعيدت قراءة %2 عنصرًا؛ المعرفات والهندسة والسمات متطابقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>و%1 غيرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving files into place…</source>
        <translation>جارٍ نقل الملفات إلى أماكنها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zipping…</source>
        <translation>جارٍ الضغط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip written is damaged</source>
        <translation>ملف zip المكتوب تالف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 files, CRC checked</source>
        <translation>%1: %2 ملفات، تم التحقق من CRC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a position is not [longitude, latitude] (%1)</source>
        <translation>موقع ليس [خط الطول، خط العرض] (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a ring are not a list</source>
        <translation>إحداثيات الحلقة ليست قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a line are not a list</source>
        <translation>إحداثيات الخط ليست قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed (its first and last positions differ)</source>
        <translation>حلقة غير مغلقة (يختلف أول مواقعها عن آخرها)</translation>
    </message>
    <message>
        <source>a ring has %1 positions (at least 4 are needed)</source>
        <translation type="vanished">في الحلقة %1 مواقع (يلزم 4 على الأقل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the geometry is not an object</source>
        <translation>الهندسة ليست كائنًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown geometry type %1</source>
        <translation>نوع هندسة غير معروف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 without coordinates</source>
        <translation>%1 بلا إحداثيات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Polygon needs a list of rings</source>
        <translation>يحتاج Polygon إلى قائمة حلقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinates of a %1 are not a list</source>
        <translation>إحداثيات %1 ليست قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a MultiPolygon part needs a list of rings</source>
        <translation>يحتاج جزء MultiPolygon إلى قائمة حلقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a value is missing or is not a JSON value</source>
        <translation>قيمة مفقودة أو ليست قيمة JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comma or a closing bracket is missing</source>
        <translation>تنقص فاصلة أو قوس إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a colon is missing after a member&apos;s name</source>
        <translation>تنقص نقطتان بعد اسم عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a member&apos;s name is missing or not in double quotes (or a comma is left before a closing brace)</source>
        <translation>اسم عضو مفقود أو ليس بين علامتي تنصيص مزدوجتين (أو بقيت فاصلة قبل قوس معقوف مغلق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comma is left before a closing bracket</source>
        <translation>بقيت فاصلة قبل قوس إغلاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string is not closed</source>
        <translation>سلسلة نصية غير مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string holds a control character (such as a line break)</source>
        <translation>سلسلة نصية تحوي محرف تحكم (مثل فاصل سطر)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text string holds a broken \u escape</source>
        <translation>سلسلة نصية تحوي تسلسل ‎\u‎ معطوبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string holds an invalid backslash escape</source>
        <translation>سلسلة نصية تحوي تسلسل هروب غير صالح بالشرطة المائلة العكسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is more text after the end of the JSON document</source>
        <translation>يوجد نص آخر بعد نهاية مستند JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the text is not valid JSON at line %1, column %2</source>
        <translation>ليس GeoJSON: النص ليس JSON صالحًا عند السطر %1، العمود %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)</source>
        <translation>ليس GeoJSON: النص ليس JSON صالحًا عند السطر %1، العمود %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is an HTML page, not GeoJSON (perhaps a web server&apos;s error page saved under a .geojson name)</source>
        <translation>إنه صفحة HTML وليس GeoJSON (ربما صفحة خطأ من خادم ويب حُفظت باسم ‎.geojson)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is XML, not GeoJSON</source>
        <translation>إنه XML وليس GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the text is not UTF-8 (byte %1)</source>
        <translation>ليس GeoJSON: النص ليس بترميز UTF-8 (البايت %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the JSON is nested too deeply</source>
        <translation>ليس GeoJSON: تداخل JSON عميق جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not usable GeoJSON: %1</source>
        <translation>GeoJSON غير صالح للاستخدام: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text string</source>
        <translation>سلسلة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: the top level is %1, not an object</source>
        <translation>ليس GeoJSON: المستوى الأعلى %1، وليس كائنًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not GeoJSON: a FeatureCollection without a &apos;features&apos; list</source>
        <translation>ليس GeoJSON: مجموعة FeatureCollection بلا قائمة &apos;features&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not GeoJSON: unknown type %1 (expected FeatureCollection, Feature or a geometry)</source>
        <translation>ليس GeoJSON: نوع غير معروف %1 (المتوقع FeatureCollection أو Feature أو هندسة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a GeoJSON Feature object</source>
        <translation>ليس كائن GeoJSON من نوع Feature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry cannot be built (%1)</source>
        <translation>تتعذر بناء هندسته (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed</source>
        <translation>مشوه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is not UTF-8, as %1 requires (byte %2)</source>
        <translation>النص ليس بترميز UTF-8 كما يتطلب %1 (البايت %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its XML declaration says the text is %1, but it is not (byte %2)</source>
        <translation>يقول إعلان XML فيه إن النص بترميز %1، لكنه ليس كذلك (البايت %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; it reads as %2</source>
        <translation>%1؛ يُقرأ بوصفه %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 بترميز %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words in %1</source>
        <translation>كلمات بـ%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, and no encoding zoneeditor knows reads it as words; it was read byte for byte, so names may show wrongly</source>
        <translation>%1، ولا يقرؤه أي ترميز يعرفه zoneeditor كلماتٍ؛ قُرئ بايتًا بايتًا، فقد تظهر الأسماء خطأً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is UTF-16 (it starts with a byte order mark), not UTF-8; it was read as UTF-16</source>
        <translation>النص بترميز UTF-16 (يبدأ بعلامة ترتيب البايتات)، لا UTF-8؛ وقد قُرئ بترميز UTF-16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text starts as UTF-16 (a byte order mark) but is not UTF-16 (byte %1)</source>
        <translation>يبدأ النص كأنه UTF-16 (علامة ترتيب البايتات) لكنه ليس UTF-16 (البايت %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not decode as %1, as you chose (byte %2): names would show wrongly</source>
        <translation>لا يُفك ترميز النص بـ%1 كما اخترت (البايت %2): ستظهر الأسماء خطأً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its XML declaration says the text is %1, but it is not; it was read as %2, as you chose</source>
        <translation>يقول إعلان XML فيه إن النص بترميز %1، لكنه ليس كذلك؛ قُرئ بترميز %2 كما اخترت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its XML declaration names an unknown encoding %1</source>
        <translation>يذكر إعلان XML فيه ترميزًا مجهولًا %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says its text is %1, so the encoding you chose (%2) was not used</source>
        <translation>يقول الملف إن نصه بترميز %1، لذا لم يُستخدم الترميز الذي اخترته (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repair offered (--repair)</source>
        <translation>يُعرض إصلاح (‎--repair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has no features</source>
        <translation>الطبقة %1 لا تحوي عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 more of the same (%2) not listed</source>
        <translation>%1 أخرى من النوع نفسه (%2) غير مدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix it in the source file; it cannot be repaired here</source>
        <translation>أصلحه في الملف المصدر؛ لا يمكن إصلاحه هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no geometry, so it was left out</source>
        <translation>ليس له هندسة، لذا تُرك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 cannot be imported (zones, lines and points only)</source>
        <translation>لا يمكن استيراد %1 (المناطق والخطوط والنقاط فقط)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split it in the source file</source>
        <translation>قسّمه في الملف المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a %1 of %2 parts became %2 features</source>
        <translation>%1 من %2 أجزاء صار %2 عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id %1 is used more than once; this feature got a new id</source>
        <translation>المعرف %1 مستخدم أكثر من مرة؛ أُعطي هذا العنصر معرفًا جديدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no automatic repair</source>
        <translation>لا إصلاح تلقائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no automatic repair; fix it in the source file</source>
        <translation>لا إصلاح تلقائي؛ أصلحه في الملف المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude look swapped: the features lie at %1..%2°N %3..%4°E, outside the area worked on, where they would fall if swapped</source>
        <translation>يبدو أن خطي العرض والطول متبادلان: تقع العناصر بين %1..%2° شمالًا و%3..%4° شرقًا، خارج منطقة العمل، حيث كانت ستقع لو بُودلت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import with --swap-xy, or fix the source file</source>
        <translation>استورد مع ‎--swap-xy، أو أصلح الملف المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 features</source>
        <translation>عناصر (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to import: no feature could be read</source>
        <translation>لا شيء للاستيراد: تعذرت قراءة أي عنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project has no agreed baseline</source>
        <translation>لا يحوي المشروع الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a version called %1 already exists: the features can be put into a copy of %2 only as a new proposal</source>
        <translation>توجد نسخة باسم %1 بالفعل: لا يمكن وضع العناصر في نسخة من %2 إلا كمقترح جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project has no version called %1</source>
        <translation>لا يحوي المشروع نسخة باسم %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not well-formed XML at line %1, column %2</source>
        <translation>ليس XML سليم البنية عند السطر %1، العمود %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not well-formed XML</source>
        <translation>ليس XML سليم البنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a coordinate %1 is not &apos;longitude,latitude&apos;</source>
        <translation>الإحداثي %1 ليس ‎&apos;خط الطول,خط العرض&apos;‎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root element is &lt;%1&gt;, not &lt;kml&gt;</source>
        <translation>العنصر الجذر هو &lt;%1&gt; وليس &lt;kml&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its geometry cannot be read (%1)</source>
        <translation>تتعذر قراءة هندسته (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .prj file is empty</source>
        <translation>ملف ‎.prj فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .prj file is not a coordinate system PROJ understands</source>
        <translation>ملف ‎.prj ليس نظام إحداثيات يفهمه PROJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its crs member cannot be understood</source>
        <translation>تعذر فهم العضو crs فيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty (0 bytes)</source>
        <translation>الملف فارغ (0 بايت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a file type zoneeditor reads (shapefile, GeoPackage, GeoJSON, KML, or a zip of them)</source>
        <translation>ليس نوع ملف يقرؤه zoneeditor (ملف Shapefile أو GeoPackage أو GeoJSON أو KML أو zip منها)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature %1 (%2)</source>
        <translation>العنصر %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>لا يوجد ملف كهذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied (the file is not readable)</source>
        <translation>الإذن مرفوض (الملف غير قابل للقراءة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the coordinate system with --assume-crs EPSG:N</source>
        <translation>اختر نظام الإحداثيات باستخدام ‎--assume-crs EPSG:N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinate system %1 includes a vertical datum (%2); only its horizontal part (%3) is used</source>
        <translation>يتضمن نظام الإحداثيات %1 مرجعًا رأسيًا (%2)؛ ولا يُستخدم إلا جزؤه الأفقي (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--assume-crs %1 is not a coordinate system PROJ knows</source>
        <translation>‎--assume-crs %1 ليس نظام إحداثيات يعرفه PROJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the file&apos;s own coordinate system was ignored; %2 was assumed as asked</source>
        <translation>%1: تم تجاهل نظام إحداثيات الملف نفسه؛ وافتُرض %2 كما طُلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the coordinates are not longitude/latitude, so they cannot be in %2 as assumed</source>
        <translation>%1: ليست الإحداثيات خطوط طول وعرض، فلا يمكن أن تكون في %2 كما افتُرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its coordinate system cannot be understood</source>
        <translation>تعذر فهم نظام إحداثياته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2; its coordinates are within longitude/latitude range, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1: %2؛ إحداثياته ضمن نطاق خطوط الطول/العرض، لذا افتُرض WGS 84 ‏(EPSG:4326)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, and its coordinates are not longitude/latitude</source>
        <translation>%1: %2، وإحداثياته ليست خطوط طول/عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no coordinate system given (no .prj); all coordinates are within longitude/latitude range, so WGS 84 (EPSG:4326) was assumed</source>
        <translation>%1: لم يُعطَ نظام إحداثيات (لا ملف ‎.prj)؛ جميع الإحداثيات ضمن نطاق خطوط الطول/العرض، لذا افتُرض WGS 84 ‏(EPSG:4326)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose another with --assume-crs EPSG:N if that is wrong</source>
        <translation>اختر غيره باستخدام ‎--assume-crs EPSG:N إن كان هذا خطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: no coordinate system given (the .prj file is missing) and the coordinates are not longitude/latitude</source>
        <translation>%1: لم يُعطَ نظام إحداثيات (ملف ‎.prj مفقود) والإحداثيات ليست خطوط طول/عرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its coordinate system cannot be understood</source>
        <translation>%1: تعذر فهم نظام إحداثياته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reprojected from %2 (%3) to WGS 84</source>
        <translation>%1: أُعيد إسقاطه من %2 (%3) إلى WGS 84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a GeoPackage (it is not an SQLite database)</source>
        <translation>ليس GeoPackage (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a zoneeditor project: a %1 file is brought into a project with &apos;zoneeditor import&apos;</source>
        <translation>ليس مشروع zoneeditor: يُدخَل ملف %1 في مشروع بالأمر «zoneeditor import»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is damaged (%1)</source>
        <translation>قاعدة البيانات تالفة (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is damaged (it fails SQLite&apos;s integrity check)</source>
        <translation>قاعدة البيانات تالفة (لا تجتاز فحص السلامة في SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database but not a GeoPackage (no gpkg_contents table)</source>
        <translation>قاعدة بيانات SQLite لكنها ليست GeoPackage (لا جدول gpkg_contents)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its table %1 has been replaced by a database view, which zoneeditor never runs</source>
        <translation>استُبدل جدوله %1 بعرض قاعدة بيانات، وzoneeditor لا يشغّل العروض أبدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its layers cannot be listed (%1)</source>
        <translation>تتعذر سرد طبقاته (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a zoneeditor project: its agreed version was read (open it with the editor to see every version)</source>
        <translation>مشروع zoneeditor: قُرئ إصداره المتفق عليه (افتحه في المحرر لرؤية كل الإصدارات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer %1 is a database view, which zoneeditor never runs (a view can run forever or fill the memory); it was not read</source>
        <translation>الطبقة %1 عرض قاعدة بيانات، وzoneeditor لا يشغّل العروض أبدًا (قد يعمل العرض بلا نهاية أو يملأ الذاكرة)؛ لم تُقرأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export the view&apos;s rows as a table with another tool</source>
        <translation>صدّر صفوف العرض جدولًا ببرنامج آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer %1 has no geometry (a plain table); it was not imported</source>
        <translation>الطبقة %1 بلا هندسة (جدول عادي)؛ لم تُستورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the GeoPackage has no feature layers</source>
        <translation>لا يحوي GeoPackage طبقات عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is malformed</source>
        <translation>إنه مشوه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it declares XML entities</source>
        <translation>يعلن كيانات XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains a document type declaration (DTD)</source>
        <translation>يحوي تعريف نوع مستند (DTD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it refers to external files</source>
        <translation>يشير إلى ملفات خارجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it uses an XML feature that is not allowed</source>
        <translation>يستخدم ميزة XML غير مسموحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsafe KML refused: %1, which could expand without limit or reveal local files</source>
        <translation>رُفض KML غير آمن: %1، وهذا قد يتضخم بلا حد أو يكشف ملفات محلية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid KML (%1)</source>
        <translation>KML غير صالح (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zip refused: %1</source>
        <translation>رُفض ملف zip: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip holds no shapefile, GeoPackage, GeoJSON or KML</source>
        <translation>لا يحوي ملف zip ملف Shapefile أو GeoPackage أو GeoJSON أو KML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zipped files</source>
        <translation>ملفات مضغوطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zipped %1</source>
        <translation>%1 مضغوط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 %3 has characters (%4) that %5 cannot hold</source>
        <translation>%1: %2 %3 فيه محارف (%4) لا يستطيع %5 حفظها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 is %3 bytes long; a shapefile text field holds at most %4 (use GeoPackage or GeoJSON for long text)</source>
        <translation>%1: طول %2 هو %3 بايت؛ وحقل النص في ملف Shapefile يتسع لـ%4 على الأكثر (استخدم GeoPackage أو GeoJSON للنصوص الطويلة)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2 قيم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (1 value)</source>
        <translation>%1 (قيمة واحدة)</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>it has more than %1 features; at most %1 can be read here</source>
        <translation>فيه أكثر من %1 من العناصر؛ لا يُقرأ هنا أكثر من %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has more than %2 features: a comparison takes at most %2 in each version</source>
        <translation>في %1 أكثر من %2 من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot combine changes to two different versions</source>
        <extracomment>Templates of ``core.messages.Message`` about the team server, sync conflicts and changes that do not fit (``ConflictError``): errors, refusals (PostgreSQL&apos;s in our words, ``io.team.pgerrors``), what a sync kept here, conflict descriptions (also the merge engine&apos;s), byte sizes and script names. %1... are servers, versions, features, figures; commands and options (``zoneeditor team init``, ``--delegation NAME``) are arguments.</extracomment>
        <translation>لا يمكن دمج تغييرات على نسختين مختلفتين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot combine changes that create, drop or rename versions</source>
        <translation>لا يمكن دمج تغييرات تُنشئ نسخًا أو تحذفها أو تعيد تسميتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes to %1 do not follow each other</source>
        <translation>التغييرات على %1 لا يتبع بعضها بعضًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project details were changed meanwhile</source>
        <translation>تغيّرت تفاصيل المشروع في الأثناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed meanwhile</source>
        <translation>تغيّر %1 في الأثناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a project must keep its agreed baseline, first among versions</source>
        <translation>يجب أن يحتفظ المشروع بأساسه المتفق عليه، أولًا بين النسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists</source>
        <translation>%1 موجود بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no %1 in this project</source>
        <translation>لا يوجد %1 في هذا المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 still has features</source>
        <translation>لا يزال %1 يحوي عناصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreed baseline cannot be removed</source>
        <translation>لا يمكن حذف الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 already exists in %2</source>
        <translation>العنصر %1 موجود بالفعل في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 is not as expected in %2</source>
        <translation>العنصر %1 ليس كما هو متوقع في %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the agreed baseline</source>
        <translation>الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides changed %1 of %2: %3 %4, %5 %6 (was %7).</source>
        <translation>غيّر الطرفان %1 في %2: %3 %4، %5 %6 (كان %7).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted %2; %3 changed its %4.</source>
        <translation>حذف %1 %2؛ وغيّر %3 %4 فيه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2 both added %3 (same id) with different content.</source>
        <translation>أضاف كل من %1 و%2 %3 (بالمعرّف نفسه) بمحتوى مختلف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides redrew the same stretch of %1.</source>
        <translation>أعاد الطرفان رسم المقطع نفسه من %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits of %1 are valid alone, but together %2.</source>
        <translation>تعديلات كل طرف على %1 صالحة منفردة، لكنها معًا %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unset</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ours</source>
        <translation>لدينا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>لدينا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theirs</source>
        <translation>لديهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>لديهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted %2; %3 changed it.</source>
        <translation>حذف %1 %2؛ وغيّره %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (a border they share)</source>
        <translation>%1 (حدٌّ مشترك بينهما)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides changed the geometry of %1, in ways that cannot be combined stretch by stretch.</source>
        <translation>غيّر الطرفان الشكل الهندسي لـ%1 بطرق لا يمكن دمجها مقطعًا مقطعًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides redrew the same stretch of %1 near %2.</source>
        <translation>أعاد الطرفان رسم المقطع نفسه من %1 قرب %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side&apos;s edits of %1 are valid alone, but together %2 at %3.</source>
        <translation>تعديلات كل طرف على %1 صالحة منفردة، لكنها معًا %2 عند %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both sides changed the geometry of %1 near %2, in ways that cannot be combined stretch by stretch.</source>
        <translation>غيّر الطرفان الشكل الهندسي لـ%1 قرب %2 بطرق لا يمكن دمجها مقطعًا مقطعًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a feature</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometry</source>
        <translation>الشكل الهندسي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin</source>
        <translation>اللاتينية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>السيريلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian</source>
        <translation>الأرمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syriac</source>
        <translation>السريانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thaana</source>
        <translation>الثانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NKo</source>
        <translation>أنكو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devanagari</source>
        <translation>الديفاناغارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gurmukhi</source>
        <translation>الغورموخية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gujarati</source>
        <translation>الغوجاراتية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oriya</source>
        <translation>الأوريا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telugu</source>
        <translation>التيلوغوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kannada</source>
        <translation>الكنادية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malayalam</source>
        <translation>المالايالامية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinhala</source>
        <translation>السنهالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao</source>
        <translation>اللاوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tibetan</source>
        <translation>التبتية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar</source>
        <translation>الميانمارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgian</source>
        <translation>الجورجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hangul</source>
        <translation>الهانغول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopic</source>
        <translation>الإثيوبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cherokee</source>
        <translation>الشيروكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation>الخميرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>المنغولية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tifinagh</source>
        <translation>التيفيناغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana</source>
        <translation>الكانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han</source>
        <translation>الهانية (الصينية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yi</source>
        <translation>اليي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1… (%2 more characters)</source>
        <translation>%1… (%2 حرفًا إضافيًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields with text %1 cannot hold: %2; leave them out with %3, or export as UTF-8</source>
        <translation>حقول بنص لا يستوعبه %1: %2؛ استبعدها بـ%3، أو صدّر بترميز UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a project on a team server: %1 (expected %2)</source>
        <translation>ليس مشروعًا على خادم فريق: %1 (المتوقع %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 names no project (expected %2)</source>
        <translation>%1 لا يسمّي أي مشروع (المتوقع %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a PostgreSQL address (expected a postgresql:// URL or key=value settings)</source>
        <translation>ليس عنوان PostgreSQL (المتوقع عنوان postgresql://‎ أو إعدادات key=value)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown role %1 (roles: %2)</source>
        <translation>دور غير معروف %1 (الأدوار: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a delegate needs a delegation (%1)</source>
        <translation>يحتاج المندوب إلى وفد (%1)</translation>
    </message>
    <message>
        <source>%1 has %2 open conflict(s) from the team sync: decide them with %3 or %4 (or in the Conflicts panel of the window), then table it</source>
        <translation type="vanished">ما زال في %1 تعارضات مفتوحة من المزامنة مع خادم الفريق (%2): احسمها بالأمر %3 أو %4 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</translation>
    </message>
    <message>
        <source>%1 has %2 open merge conflict(s): resolve them in the Conflicts panel of the window, then table it</source>
        <translation type="vanished">ما زال في %1 تعارضات دمج مفتوحة (%2): احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</translation>
    </message>
    <message>
        <source>only delegates belong to a delegation, not a %1</source>
        <translation type="vanished">المندوبون وحدهم ينتمون إلى وفد، لا %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 runs PostgreSQL %2; a team server needs PostgreSQL 13 or newer</source>
        <translation>يشغّل %1 الإصدار PostgreSQL %2؛ يحتاج خادم الفريق إلى PostgreSQL 13 أو أحدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database user %1 on %2: create it first (%3)</source>
        <translation>لا يوجد مستخدم قاعدة بيانات %1 على %2: أنشئه أولًا (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a member of the team on %2</source>
        <translation>%1 ليس عضوًا في الفريق على %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this user may not create roles on %1: run %2 as the database owner with CREATEROLE, or as a superuser</source>
        <translation>لا يحق لهذا المستخدم إنشاء أدوار على %1: شغّل %2 بصفتك مالك قاعدة البيانات مع CREATEROLE، أو بصفتك مستخدمًا فائقًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostGIS is not enabled in %1 and this user may not enable it: ask the database superuser to run %2 in that database</source>
        <translation>PostGIS غير مفعّل في %1 ولا يحق لهذا المستخدم تفعيله: اطلب من المستخدم الفائق لقاعدة البيانات تشغيل %2 فيها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostGIS could not be enabled in %1: %2</source>
        <translation>تعذّر تفعيل PostGIS في %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database user %1 is not a member of the team on %2 (ask its administrator: %3)</source>
        <translation>مستخدم قاعدة البيانات %1 ليس عضوًا في الفريق على %2 (اسأل مديره: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database user is not a member of the team on %1</source>
        <translation>مستخدم قاعدة البيانات ليس عضوًا في الفريق على %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a working copy of a team project (make one with %2)</source>
        <translation>%1 ليس نسخة عمل من مشروع فريق (أنشئ واحدة بـ%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part of it is missing or cannot be decoded</source>
        <translation>جزء منه مفقود أو يتعذر فك ترميزه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: its team sync record is damaged (%2)</source>
        <translation>%1: سجل مزامنة الفريق فيه تالف (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your role on the team server is observer, so you can look at the map and sync, but not change it</source>
        <translation>دورك على خادم الفريق هو مراقب، لذا يمكنك عرض الخريطة ومزامنتها، لكن لا يمكنك تعديلها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to the delegation %2: you cannot change it, but you can copy it into a proposal of your own</source>
        <translation>تعديل %1 من صلاحية الوفد %2 وحده، لكن يمكنك نسخ المحتوى إلى مقترح خاص بك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is the coordinators&apos; to change: you cannot change it, but you can copy it into a proposal of your own</source>
        <translation>تعديل %1 من صلاحية المنسقين وحدهم، لكن يمكنك نسخ المحتوى إلى مقترح خاص بك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already shown to every member of the team</source>
        <translation>سبق عرض %1 على جميع أعضاء الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a coordinators&apos; proposal, already shown to every member of the team: there is nothing to table</source>
        <translation>%1 مقترح من المنسقين يراه جميع أعضاء الفريق بالفعل، فلا حاجة إلى طرحه على الفريق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the delegation %1 can put %2 on the table</source>
        <translation>طرح %2 على الفريق من صلاحية الوفد %1 وحده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot record the changes being sent (%1)</source>
        <translation>يتعذر تسجيل التغييرات الجاري إرسالها (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server&apos;s change log cannot be changed afterwards</source>
        <translation>لا يمكن تغيير سجل تغييرات خادم الفريق لاحقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your role on the team server does not allow this change</source>
        <translation>دورك على خادم الفريق لا يسمح بهذا التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change breaks a rule of the team server&apos;s data</source>
        <translation>التغيير يخالف قاعدة من قواعد بيانات خادم الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server is out of resources (disk, memory or connections)</source>
        <translation>نفدت موارد خادم الفريق (القرص أو الذاكرة أو الاتصالات)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server stopped the request (it took too long)</source>
        <translation>أوقف خادم الفريق الطلب (استغرق وقتًا طويلًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server was shut down</source>
        <translation>أُوقف خادم الفريق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server ended a transaction that waited too long</source>
        <translation>أنهى خادم الفريق معاملة انتظرت طويلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server could not finish the request at the same time as another one: sync again</source>
        <translation>تعذّر على خادم الفريق إنهاء الطلب بالتزامن مع طلب آخر: زامِن مجددًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server reported an error</source>
        <translation>أبلغ خادم الفريق عن خطأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server reported an error (code %1)</source>
        <translation>أبلغ خادم الفريق عن خطأ (الرمز %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 reported an error (code %2)</source>
        <translation>أبلغ خادم الفريق %1 عن خطأ (الرمز %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a zoneeditor team server (run %2 there first)</source>
        <translation>%1 ليس خادم فريق لـzoneeditor (شغّل %2 هناك أولًا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the team server %1</source>
        <translation>يتعذر الوصول إلى خادم الفريق %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change names version %1 but was sent for %2</source>
        <translation>التغيير يسمّي النسخة %1 لكنه أُرسل لـ%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server already has %1</source>
        <translation>لدى الخادم %1 بالفعل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server has no %1</source>
        <translation>ليس لدى الخادم %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project details were changed on the server meanwhile</source>
        <translation>تغيّرت تفاصيل المشروع على الخادم في الأثناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 already exists in %2 on the server</source>
        <translation>العنصر %1 موجود بالفعل في %2 على الخادم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 of %2 was changed on the server meanwhile</source>
        <translation>تغيّر العنصر %1 من %2 على الخادم في الأثناء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tabled proposal cannot be withdrawn from the table</source>
        <translation>لا يمكن سحب مقترح مطروح من الطاولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server moved on meanwhile (%1)</source>
        <translation>تقدّم خادم الفريق في الأثناء (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused: %2</source>
        <translation>رفض خادم الفريق %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused the change: %2</source>
        <translation>رفض خادم الفريق %1 التغيير: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 did not accept the login</source>
        <translation>لم يقبل خادم الفريق %1 تسجيل الدخول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 asks for a password</source>
        <translation>يطلب خادم الفريق %1 كلمة مرور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a PostgreSQL address: write it as %1 (or as key=value settings, or service=NAME)</source>
        <translation>ليس عنوان PostgreSQL: اكتبه بالشكل %1 (أو كإعدادات key=value، أو service=NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address holds a password: put it in ~/.pgpass (or use a libpq service file) and give the address without it</source>
        <translation>يحتوي العنوان على كلمة مرور: ضعها في ‎~/.pgpass (أو استخدم ملف خدمة libpq) واكتب العنوان من دونها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 did not accept the user name or password</source>
        <translation>لم يقبل خادم الفريق %1 اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 accepts no login of this user from this computer</source>
        <translation>لا يقبل خادم الفريق %1 دخول هذا المستخدم من هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server %1 has no such database</source>
        <translation>ليس لدى خادم الفريق %1 قاعدة بيانات كهذه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 has no database %2 (name the team&apos;s database at the end of the address: postgresql://HOST/DATABASE)</source>
        <translation>ليس لدى خادم الفريق %1 قاعدة البيانات %2 (اكتب اسم قاعدة بيانات الفريق في آخر العنوان: postgresql://HOST/DATABASE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was changed here, but your role may not change %2 on the server: the change stays here until you take the server&apos;s side</source>
        <translation>تغيّر %1 هنا، لكن دورك لا يسمح بتغيير %2 على الخادم: يبقى التغيير هنا حتى تأخذ بما لدى الخادم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your change of the project details stays here: only coordinators change them on the server</source>
        <translation>يبقى تغييرك لتفاصيل المشروع هنا: المنسقون وحدهم يغيّرونها على الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project details were changed here and on the server; yours are kept here</source>
        <translation>تغيّرت تفاصيل المشروع هنا وعلى الخادم؛ وتُحفظ تفاصيلك هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new version %1 stays here: your role may not add versions on the server</source>
        <translation>تبقى النسخة الجديدة %1 هنا: دورك لا يسمح بإضافة نسخ على الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was removed on the server while it was edited here; it is kept here</source>
        <translation>حُذف %1 على الخادم أثناء تعديله هنا؛ ويُحتفظ به هنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the removal of %1 stays here: your role may not remove it on the server</source>
        <translation>يبقى حذف %1 هنا: دورك لا يسمح بحذفه على الخادم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed on the server after it was removed here; it is back</source>
        <translation>تغيّر %1 على الخادم بعد حذفه هنا؛ وقد أُعيد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the team server is %2 that shares the name of yours: yours is kept here as %3 and the server&apos;s arrives as %1</source>
        <translation>%1 على خادم الفريق هو %2 يحمل اسم نسختك نفسه: تبقى نسختك هنا باسم %3 وتصل نسخة الخادم باسم %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another delegation&apos;s proposal</source>
        <translation>مقترح وفد آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the coordinators&apos; proposal</source>
        <translation>مقترح المنسقين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your %1 apart from the team server&apos;s, as %2</source>
        <translation>إبقاء نسختك %1 منفصلة عن نسخة خادم الفريق، باسم %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names %2 features with open conflicts (ids %3): give one of these ids with %4</source>
        <translation>الاسم %1 يطابق %2 من المعالم ذات التعارضات المفتوحة (المعرّفات %3): اذكر أحد هذه المعرّفات مع %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the server refused this change (%2); it stays here until the server allows it or you discard it</source>
        <translation>%1: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new version %1 stays here: the server refused it (%2); perhaps another delegation already has a draft of that name: rename yours and sync again</source>
        <translation>تبقى النسخة الجديدة %1 هنا: رفضها الخادم (%2)؛ ربما لدى وفد آخر مسودة بهذا الاسم: أعد تسمية نسختك وزامِن مجددًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the removal of %1 stays here: the server refused it (%2)</source>
        <translation>يبقى حذف %1 هنا: رفضه الخادم (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your change of the project details stays here: the server refused it (%1)</source>
        <translation>يبقى تغييرك لتفاصيل المشروع هنا: رفضه الخادم (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the team server moved on meanwhile (revision %1 was added after %2)</source>
        <translation>تقدّم خادم الفريق في الأثناء (أُضيفت المراجعة %1 بعد %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no project %1 on %2 (or you are not a member of its team)</source>
        <translation>لا مشروع %1 على %2 (أو لست عضوًا في فريقه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a usable PostgreSQL address: %1</source>
        <translation>ليس عنوان PostgreSQL صالحًا للاستخدام: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is already a project %1 on %2</source>
        <translation>يوجد بالفعل مشروع %1 على %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no proposal %1 of your delegation in project %2 on %3</source>
        <translation>لا مقترح %1 لوفدك في المشروع %2 على %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team server kept changing while syncing (%1); nothing was lost: sync again</source>
        <translation>ظل خادم الفريق يتغير أثناء المزامنة (%1)؛ لم يُفقد شيء: زامِن مجددًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this project has no file yet, so it is not a working copy</source>
        <translation>ليس لهذا المشروع ملف بعد، فهو ليس نسخة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project was edited while it was syncing; sync again (nothing was lost)</source>
        <translation>عُدّل المشروع أثناء مزامنته؛ زامِن مجددًا (لم يُفقد شيء)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no open conflict about %1 in %2</source>
        <translation>لا تعارض مفتوحًا بشأن %1 في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team server %1 refused: %2 (perhaps another delegation already has a draft called %3: rename yours and sync again)</source>
        <translation>رفض خادم الفريق %1: %2 (ربما لدى وفد آخر مسودة باسم %3: أعد تسمية نسختك وزامِن مجددًا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists: choose another %2</source>
        <translation>%1 موجود بالفعل: اختر %2 آخر</translation>
    </message>
    <message>
        <source>fields with text %1 cannot hold: %2; leave them out with --omit-unencodable (the dialog&apos;s &apos;leave out fields&apos; choice), or export as UTF-8</source>
        <translation type="vanished">حقول فيها نص لا يستطيع %1 حفظه: %2؛ اتركها باستخدام ‎--omit-unencodable (خيار «ترك الحقول» في مربع الحوار)، أو صدّر بترميز UTF-8</translation>
    </message>
    <message>
        <location line="-503"/>
        <source>unknown shapefile encoding %1 (choose %2)</source>
        <translation>ترميز ملف Shapefile غير معروف %1 (اختر %2)</translation>
    </message>
    <message>
        <source>%1 text value(s) cannot be written as %2: %3 — %4</source>
        <translation type="vanished">%1 من القيم النصية لا يمكن كتابتها بترميز %2: %3 — %4</translation>
    </message>
    <message>
        <source>%1 text value(s) cannot be written as %2: %3</source>
        <translation type="vanished">%1 من القيم النصية لا يمكن كتابتها بترميز %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .shp file is empty (0 bytes)</source>
        <translation>ملف ‎.shp فارغ (0 بايت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a shapefile: it is a text file (it starts with %1)</source>
        <translation>ليس ملف Shapefile: إنه ملف نصي (يبدأ بـ%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a shapefile (its header is not a shapefile header)</source>
        <translation>ليس ملف Shapefile (ترويسته ليست ترويسة ملف Shapefile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp file is truncated (%1 bytes; its header alone is 100)</source>
        <translation>ملف ‎.shp مبتور (%1 بايت؛ وترويسته وحدها 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .shp file is truncated: %1 of %2 bytes are there; features past the cut have no geometry</source>
        <translation>ملف ‎.shp مبتور: الموجود %1 من %2 بايت؛ والعناصر بعد موضع البتر بلا هندسة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ask the sender for the complete file</source>
        <translation>اطلب من المرسل الملف كاملًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shx index file is missing; it was rebuilt from the .shp (in a private copy, your files were not changed)</source>
        <translation>ملف الفهرس ‎.shx مفقود؛ أُعيد بناؤه من ‎.shp (في نسخة خاصة، ولم تُغيَّر ملفاتك)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .dbf file (attributes) is missing: the shapes were read without names, parties or ids</source>
        <translation>ملف ‎.dbf (السمات) مفقود: قُرئت الأشكال بلا أسماء أو أطراف أو معرفات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the files disagree: the .dbf has %1 records but the .shp/.shx have %2 shapes; only %3 features could be matched with their attributes</source>
        <translation>الملفات غير متوافقة: في ‎.dbf ‏%1 سجلات لكن في ‎.shp/.shx ‏%2 أشكال؛ ولم يمكن مطابقة سوى %3 عناصر مع سماتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ask the sender for a consistent set of files</source>
        <translation>اطلب من المرسل مجموعة ملفات متسقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown encoding %1</source>
        <translation>ترميز غير معروف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you chose</source>
        <translation>اخترتَ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .cpg names an unknown encoding (%1); %2 was used (%3)</source>
        <oldsource>the .cpg names an unknown encoding (%1)</oldsource>
        <translation>يسمي ملف ‎.cpg ترميزًا غير معروف (%1)؛ استُخدم %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no .cpg file says how the text is encoded; %1 was used (%2)</source>
        <translation>لا يوجد ملف ‎.cpg يبين ترميز النص؛ استُخدم %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose another with --encoding if names look wrong</source>
        <translation>اختر غيره باستخدام ‎--encoding إن بدت الأسماء خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .cpg says</source>
        <translation>يقول ملف ‎.cpg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text looks garbled as %1 (%2): e.g. %3; as %4 it reads %5</source>
        <translation>يبدو النص مشوهًا بترميز %1 (%2): مثل %3؛ وبترميز %4 يُقرأ %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose --encoding %1</source>
        <translation>اختر ‎--encoding %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the sender which encoding the file uses</source>
        <translation>اسأل المرسل عن الترميز الذي يستخدمه الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .shp file (the shapes) is missing from the set</source>
        <translation>ملف ‎.shp (الأشكال) مفقود من المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents do not follow the shapefile format</source>
        <translation>محتواه لا يتبع صيغة ملف Shapefile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shapefile cannot be read (%1)</source>
        <translation>تتعذر قراءة ملف Shapefile (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 long field names were restored from %3</source>
        <translation>%1: استُعيد %2 من أسماء الحقول الطويلة من %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all text is plain ASCII</source>
        <translation>كل النص ASCII عادي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is valid UTF-8</source>
        <translation>النص UTF-8 صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text reads as %1 in %2</source>
        <translation>يُقرأ النص بترميز %1 في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text reads as text in %1</source>
        <translation>يُقرأ النص نصًا في %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no encoding reads the text cleanly; it was read byte for byte as latin-1 and may show wrongly</source>
        <translation>لا ترميز يقرأ النص قراءة سليمة؛ قُرئ بايتًا بايتًا بترميز latin-1 وقد يظهر خطأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not decode as %1, and no other encoding reads it cleanly; it may show wrongly</source>
        <translation>لا يُفك ترميز النص بـ%1، ولا ترميز آخر يقرؤه قراءة سليمة؛ قد يظهر خطأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text does not read as words as %1, and no other encoding reads it cleanly; it may show wrongly</source>
        <translation>لا يُقرأ النص كلمات بترميز %1، ولا ترميز آخر يقرؤه قراءة سليمة؛ قد يظهر خطأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 features read back instead of %2</source>
        <translation>أُعيدت قراءة %1 عنصرًا بدلًا من %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: id %2 read back instead of %3</source>
        <translation>%1: أُعيدت قراءة المعرف %2 بدلًا من %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the geometry read back differs</source>
        <translation>%1: الهندسة المعادة قراءتها مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3 read back instead of %4</source>
        <translation>%1: أُعيدت قراءة %2 %3 بدلًا من %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a geometry is not stored as a GeoPackage geometry</source>
        <translation>هندسة غير مخزنة بوصفها هندسة GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a geometry has a damaged header</source>
        <translation>هندسة ترويستها تالفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 is damaged (%2)</source>
        <translation>السجل %1 تالف (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a zoneeditor journal, or one from a newer version</source>
        <translation>%1 ليس سجل zoneeditor، أو هو سجل من إصدار أحدث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in use by a running editor</source>
        <translation>%1 مستخدم من محرر قيد التشغيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 cannot be read (%2)</source>
        <translation>تتعذر قراءة السجل %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal %1 cannot be opened (%2)</source>
        <translation>يتعذر فتح السجل %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds edits of another session</source>
        <translation>%1 يحوي أصلًا تعديلات جلسة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open the edit journal — %1</source>
        <translation>يتعذر فتح سجل التعديلات — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edits cannot be made safe there</source>
        <translation>لا يمكن حفظ التعديلات هناك بأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the edit could not be made safe on disk — %1</source>
        <translation>تعذر حفظ التعديل على القرص بأمان — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was not made</source>
        <translation>لم يُجرَ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reset the edit journal — %1</source>
        <translation>تتعذر إعادة تعيين سجل التعديلات — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it still holds the edits</source>
        <translation>ما زال يحوي التعديلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name a common ancestor with --base FILE:VERSION, or compare the two with &apos;zoneeditor diff &quot;%1&quot; &quot;%2&quot;&apos;</source>
        <translation>حدد سلفًا مشتركًا باستخدام ‎--base FILE:VERSION، أو قارن بينهما بالأمر ‎&apos;zoneeditor diff &quot;%1&quot; &quot;%2&quot;&apos;‎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 share %3, but neither file keeps its content any more; %4</source>
        <translation>يشترك %1 و%2 في %3، لكن لم يعد أي من الملفين يحتفظ بمحتواه؛ %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no merge history (it was last saved by an older zoneeditor or another program), so no common ancestor can be found; %2</source>
        <translation>لا تاريخ دمج لـ%1 (حُفظ آخر مرة بإصدار أقدم من zoneeditor أو ببرنامج آخر)، لذا لا يمكن إيجاد سلف مشترك؛ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2 come from two different projects (no state in common); %3</source>
        <translation>%1 و%2 من مشروعين مختلفين (لا حالة مشتركة)؛ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 share no saved state; %3</source>
        <translation>لا حالة محفوظة مشتركة بين %1 و%2؛ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no version %1 in it (versions: %2)</source>
        <translation>لا إصدار %1 فيه (الإصدارات: %2)</translation>
    </message>
    <message>
        <source>%1 still has %2 feature(s) with open merge conflicts; resolve them before merging it again</source>
        <translation type="vanished">ما زال في %1 عدد %2 من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the project once before merging another copy into it</source>
        <translation>احفظ المشروع مرة واحدة قبل دمج نسخة أخرى فيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has a version %2; choose another name</source>
        <translation>لدى %1 إصدار باسم %2 أصلًا؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your share of the disk (quota) is used up</source>
        <translation>نفدت حصتك من القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is larger than the disk allows</source>
        <translation>الملف أكبر مما يسمح به القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد كهذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>جزء من المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file of that name already exists</source>
        <translation>يوجد ملف بهذا الاسم أصلًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>تعذرت القراءة من القرص أو الكتابة عليه (خطأ إدخال/إخراج)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many files are open at once</source>
        <translation>ملفات كثيرة جدًا مفتوحة في آن واحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file or disk is in use</source>
        <translation>الملف أو القرص قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is not enough memory</source>
        <translation>لا تكفي الذاكرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path has too many symbolic links</source>
        <translation>في المسار روابط رمزية كثيرة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or device is not available</source>
        <translation>القرص أو الجهاز غير متاح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be moved to another disk this way</source>
        <translation>لا يمكن نقل الملف إلى قرص آخر بهذه الطريقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not empty</source>
        <translation>المجلد ليس فارغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or network share did not answer in time</source>
        <translation>لم يستجب القرص أو المجلد الشبكي في الوقت المحدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network share is no longer available</source>
        <translation>لم يعد المجلد الشبكي متاحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the operating system refused (error %1)</source>
        <translation>رفض نظام التشغيل (الخطأ %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be used</source>
        <translation>تعذر استخدام الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number in it has more digits than any real value (over %1)</source>
        <translation>فيه عدد أرقامه أكثر من أي قيمة حقيقية (أكثر من %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a ring has %1 points (at least 4 are needed)</source>
        <translation>في الحلقة %1 نقاط (يلزم 4 على الأقل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line has only one point</source>
        <translation>للخط نقطة واحدة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database lacks a table it names</source>
        <translation>تفتقر قاعدة البيانات إلى جدول تشير إليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a readable database</source>
        <translation>ليس قاعدة بيانات قابلة للقراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has more columns than the database can hold</source>
        <translation>فيه أعمدة أكثر مما تتسع له قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not in a format zoneeditor reads</source>
        <translation>ليس بصيغة يقرؤها zoneeditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is missing</source>
        <translation>الملف مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk could not be read</source>
        <translation>تعذرت القراءة من القرص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder cannot be written to</source>
        <translation>لا يمكن الكتابة في المجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its contents cannot be read</source>
        <translation>تتعذر قراءة محتواه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading it needs more memory than is allowed</source>
        <translation>تحتاج قراءته إلى ذاكرة أكثر من المسموح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is nested too deeply to read</source>
        <translation>تداخله عميق جدًا فلا تمكن قراءته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its text is not in the encoding it claims</source>
        <translation>نصه ليس بالترميز الذي يدّعيه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text value holds characters (%1) that %2 cannot store</source>
        <translation>قيمة نصية فيها محارف (%1) لا يستطيع %2 حفظها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project could not be written</source>
        <translation>تعذرت كتابة المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its table %1 has been replaced by a database view; zoneeditor never runs views in project files (a view can run forever or fill the memory)</source>
        <translation>استُبدل جدوله %1 بعرض قاعدة بيانات؛ وzoneeditor لا يشغّل العروض في ملفات المشاريع أبدًا (قد يعمل العرض بلا نهاية أو يملأ الذاكرة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a zoneeditor project (no zoneeditor_meta table); use &apos;zoneeditor import&apos; to bring its layers into a project</source>
        <translation>ليس مشروع zoneeditor (لا جدول zoneeditor_meta)؛ استخدم ‎&apos;zoneeditor import&apos;‎ لنقل طبقاته إلى مشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column %1 of table %2 is computed by the database; zoneeditor does not run such columns</source>
        <translation>العمود %1 من الجدول %2 تحسبه قاعدة البيانات؛ وzoneeditor لا يشغّل مثل هذه الأعمدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list of versions cannot be read (%1)</source>
        <translation>تتعذر قراءة قائمة الإصدارات (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an attribute holds binary data</source>
        <translation>سمة تحوي بيانات ثنائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by a newer zoneeditor (format %1); please upgrade</source>
        <translation>صُنع بإصدار أحدث من zoneeditor (الصيغة %1)؛ يُرجى الترقية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project details</source>
        <translation>تفاصيل المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature %1 of %2</source>
        <translation>العنصر %1 من %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its table %1 is an SQLite virtual table, which zoneeditor cannot keep safely; nothing was saved (remove the table with another tool, or export the project instead)</source>
        <translation>جدوله %1 جدول افتراضي في SQLite لا يستطيع zoneeditor الاحتفاظ به بأمان؛ لم يُحفظ شيء (احذف الجدول ببرنامج آخر، أو صدّر المشروع بدلًا من ذلك)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the tables other programs added to %1 could not be kept (%2); nothing was saved</source>
        <translation>تعذر الاحتفاظ بالجداول التي أضافتها برامج أخرى إلى %1 (%2)؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the undo history made a change that is not in the journal</source>
        <translation>أجرى تاريخ التراجع تغييرًا ليس في السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal says %1 %2, but replaying it gave %3 %4</source>
        <translation>يقول السجل %1 %2، لكن إعادة تشغيله أعطت %3 %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 is damaged (a record cannot be decoded)</source>
        <translation>السجل %1 تالف (يتعذر فك ترميز قيد فيه)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal %1 holds no edits</source>
        <translation>لا يحوي السجل %1 تعديلات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal undoes a step that is not there</source>
        <translation>يتراجع السجل عن خطوة غير موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal redoes a step that is not there</source>
        <translation>يعيد السجل خطوة غير موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown journal origin %1</source>
        <translation>مصدر قيد سجل غير معروف %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaying %1 changed nothing</source>
        <translation>لم تغيّر إعادة تشغيل %1 شيئًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot replay %1: %2</source>
        <translation>تتعذر إعادة تشغيل %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is being recovered by another ZoneEditor</source>
        <translation>يجري استرداد %1 بنسخة أخرى من ZoneEditor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding %1 is full (%2 free, about %3 needed): free some space there and recover again — the unsaved edits are kept, untouched, in %4.</source>
        <translation>القرص الذي يحوي %1 ممتلئ (الفارغ %2، والمطلوب نحو %3): أفرغ مساحة هناك ثم استرد مجددًا — التعديلات غير المحفوظة باقية كما هي في %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full (%2 free): free some space there and recover again — the unsaved edits are kept, untouched, in %3.</source>
        <translation>القرص الذي يحوي %1 ممتلئ (الفارغ %2): أفرغ مساحة هناك ثم استرد مجددًا — التعديلات غير المحفوظة باقية كما هي في %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding %1 is full: free some space there and recover again — the unsaved edits are kept, untouched, in %2.</source>
        <translation>القرص الذي يحوي %1 ممتلئ: أفرغ مساحة هناك ثم استرد مجددًا — التعديلات غير المحفوظة باقية كما هي في %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file, and the project&apos;s copy of it is missing</source>
        <translation>لا يوجد ملف كهذا، ونسخته في المشروع مفقودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference layer %1 is not shown: %2</source>
        <translation>الطبقة المرجعية %1 غير معروضة: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading took longer than %1 s and was stopped; the file may be damaged or too large</source>
        <translation>استغرقت القراءة أكثر من %1 ث فأُوقفت؛ قد يكون الملف تالفًا أو كبيرًا جدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it crashed the file reader (signal %1); the file may be damaged or hostile</source>
        <translation>تعطل قارئ الملفات أثناء قراءته (الإشارة %1)؛ قد يكون الملف تالفًا أو ضارًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader stopped unexpectedly (exit status %1); the file may be damaged or hostile</source>
        <translation>توقف قارئ الملفات على نحو غير متوقع (رمز الخروج %1)؛ قد يكون الملف تالفًا أو ضارًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it needs more memory than the file reader may use (%1 GiB)</source>
        <translation>تحتاج قراءته إلى ذاكرة أكثر مما يُسمح لقارئ الملفات باستخدامه (%1 غيبيبايت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDAL cannot read it as an image (%1)</source>
        <translation>لا يستطيع GDAL قراءته صورةً (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an image file GDAL knows</source>
        <translation>ليس ملف صورة يعرفه GDAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has control points but no map transform: georeference it with Tools ▸ Georeference image first</source>
        <translation>فيه نقاط تحكم لكن بلا تحويل خرائطي: نفّذ أولًا «الإسناد الجغرافي لصورة» في قائمة «أدوات»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no coordinate system (an image that is not georeferenced): georeference it first</source>
        <translation>لا نظام إحداثيات له (صورة غير مسندة جغرافيًا): أسندها جغرافيًا أولًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its extent cannot be mapped to longitude/latitude (its coordinate system is one PROJ cannot convert)</source>
        <translation>لا يمكن تحويل امتداده إلى خطوط طول/عرض (نظام إحداثياته لا يستطيع PROJ تحويله)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its extent is not a place on Earth</source>
        <translation>امتداده ليس مكانًا على الأرض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a PDF that can be read (damaged, or protected by a password)</source>
        <translation>ليس ملف PDF قابلًا للقراءة (تالف، أو محمي بكلمة مرور)</translation>
    </message>
    <message>
        <source>it has %1 page(s); page %2 does not exist</source>
        <translation type="vanished">فيه %1 صفحة؛ والصفحة %2 غير موجودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an image GDAL can read (PNG, JPEG or TIFF)</source>
        <translation>ليس صورة يستطيع GDAL قراءتها (PNG أو JPEG أو TIFF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is %1 x %2 pixels; scans up to %3 pixels a side are read</source>
        <translation>أبعاده %1 × %2 بكسل؛ وتُقرأ المسوح حتى %3 بكسل للضلع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an image has one page only</source>
        <translation>للصورة صفحة واحدة فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scan must be a PNG, JPEG, TIFF or PDF file</source>
        <translation>يجب أن يكون المسح ملف PNG أو JPEG أو TIFF أو PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file reader returned a damaged image</source>
        <translation>أعاد قارئ الملفات صورة تالفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the transform stretches the scan too far: check the control points</source>
        <translation>يمدّ التحويل المسح أكثر من اللازم: تحقق من نقاط التحكم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scan itself was not changed</source>
        <translation>لم يُغيَّر المسح نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the copy of a reference file (%1) carried in the project is missing</source>
        <translation>نسخة الملف المرجعي (%1) المحمولة في المشروع مفقودة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open it to read a carried copy (%1)</source>
        <translation>يتعذر فتحه لقراءة نسخة محمولة (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not carry the reference copy %1</source>
        <translation>لا يحمل النسخة المرجعية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its carried reference copy is damaged (%1)</source>
        <translation>النسخة المرجعية المحمولة فيه تالفة (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader returned damaged data</source>
        <translation>أعاد قارئ الملفات بيانات تالفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains an entry with an absolute path (%1)</source>
        <translation>يحوي مدخلًا بمسار مطلق (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains an entry that points outside its folder (%1)</source>
        <translation>يحوي مدخلًا يشير إلى خارج مجلده (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a valid zip file</source>
        <translation>ليس ملف zip صالحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has %1 entries (at most %2 allowed)</source>
        <translation>فيه %1 مدخلات (المسموح %2 على الأكثر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains a symbolic link (%1)</source>
        <translation>يحوي رابطًا رمزيًا (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it unpacks to more than %1 MiB (a zip bomb?)</source>
        <translation>يتجاوز عند فك ضغطه %1 ميبيبايت (قنبلة zip؟)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expands more than %2 times its packed size (a zip bomb?)</source>
        <translation>يتضخم %1 أكثر من %2 ضعفًا من حجمه المضغوط (قنبلة zip؟)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 is damaged</source>
        <translation>المدخل %1 تالف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading took longer than %1 s and was stopped; the file may be damaged or hostile</source>
        <translation>استغرقت القراءة أكثر من %1 ث فأُوقفت؛ قد يكون الملف تالفًا أو ضارًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading it crashed the file reader (%1, signal %2); the file may be damaged or hostile</source>
        <translation>تعطل قارئ الملفات أثناء قراءته (%1، الإشارة %2)؛ قد يكون الملف تالفًا أو ضارًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file reader returned a damaged answer</source>
        <translation>أعاد قارئ الملفات إجابة تالفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading it needs more memory than the file reader may use (%1 GiB); the file may be damaged, hostile or simply too large</source>
        <translation>تحتاج قراءته إلى ذاكرة أكثر مما يُسمح لقارئ الملفات باستخدامه (%1 غيبيبايت)؛ قد يكون الملف تالفًا أو ضارًا أو كبيرًا جدًا ببساطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is nested too deeply to read</source>
        <translation>تداخل الملف عميق جدًا فلا تمكن قراءته</translation>
    </message>
    <message>
        <source>%1 has %2 unsaved edit(s) from a session that ended unexpectedly (last edit %3)</source>
        <translation type="vanished">في %1 عدد %2 من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovering %1 failed before; its journal was kept at %2</source>
        <translation>فشل استرداد %1 من قبل؛ وحُفظ سجله في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; the journal was kept at %2</source>
        <translation>%1؛ وحُفظ السجل في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundled sample is read-only: save it under another name</source>
        <translation>المثال المرفق للقراءة فقط: احفظه باسم آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the previous file was kept</source>
        <translation>احتُفظ بالملف السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was written</source>
        <translation>لم يُكتب شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was replaced</source>
        <translation>لم يُستبدل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full (%1 free): free some space or choose another disk; %2</source>
        <translation>القرص ممتلئ (الفارغ %1): أفرغ بعض المساحة أو اختر قرصًا آخر؛ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full (%1 free): free some space; %2</source>
        <translation>القرص ممتلئ (الفارغ %1): أفرغ بعض المساحة؛ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full: free some space or choose another disk; %1</source>
        <translation>القرص ممتلئ: أفرغ بعض المساحة أو اختر قرصًا آخر؛ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full: free some space; %1</source>
        <translation>القرص ممتلئ: أفرغ بعض المساحة؛ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only (write-protected, or mounted read-only): choose another place; %1</source>
        <translation>القرص للقراءة فقط (محمي من الكتابة، أو مركّب للقراءة فقط): اختر مكانًا آخر؛ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are not allowed to write in the folder %1: choose another folder or ask for write permission; %2</source>
        <translation>لا يحق لك الكتابة في المجلد %1: اختر مجلدًا آخر أو اطلب إذن الكتابة؛ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a file, not a folder: choose another place; %2</source>
        <translation>%1 ملف وليس مجلدًا: اختر مكانًا آخر؛ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder %1 is no longer there (was a disk removed?): choose another place; %2</source>
        <translation>لم يعد المجلد %1 موجودًا (هل نُزع قرص؟): اختر مكانًا آخر؛ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file could not be written</source>
        <translation>تعذرت كتابة الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 has no zones to print</source>
        <translation>لا مناطق للطباعة في الإصدار %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 has nothing to print</source>
        <translation>لا شيء للطباعة في الإصدار %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the content does not fit on %1: choose a larger paper or a shorter title</source>
        <translation>لا يتسع المحتوى على %1: اختر ورقًا أكبر أو عنوانًا أقصر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no version %1 (versions: %2)</source>
        <translation>لا إصدار %1 (الإصدارات: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot compare: %1</source>
        <translation>تتعذر المقارنة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown paper size %1 (choose from %2)</source>
        <translation>مقاس ورق غير معروف %1 (اختر من %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale 1:%1 is outside 1:%2 … 1:%3</source>
        <translation>المقياس 1:%1 خارج النطاق 1:%2 … 1:%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels %1: choose %2</source>
        <translation>التسميات %1: اختر %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dpi %1 is outside 30 … 1200</source>
        <translation>الدقة %1 نقطة/بوصة خارج النطاق 30 … 1200</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extent %1 is not a west, south, east, north box</source>
        <translation>الامتداد %1 ليس مربعًا بالغرب والجنوب والشرق والشمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map area %1: choose %2</source>
        <translation>منطقة الخريطة %1: اختر %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF could not be started</source>
        <translation>تعذر بدء ملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image could not be encoded</source>
        <translation>تعذر ترميز الصورة</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="+29"/>
        <location filename="../gui/tool_messages.py" line="+71"/>
        <source>New zone %1</source>
        <translation>منطقة جديدة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>New line %1</source>
        <translation>خط جديد %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>New point %1</source>
        <translation>نقطة جديدة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+2"/>
        <source>Buffer zone %1 (%2 km)</source>
        <translation>منطقة عازلة %1 (%2 كم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../gui/tool_messages.py" line="+1"/>
        <source>Buffer zone %1 (%2 km left, %3 km right)</source>
        <translation>منطقة عازلة %1 (%2 كم يسارًا، %3 كم يمينًا)</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <location filename="extra_strings.py" line="+241"/>
        <source>the heights (Z) were left out of %n feature(s): zones, lines and points are kept on the ground, by longitude and latitude</source>
        <translation>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
            <numerusform>أُسقطت الارتفاعات (Z) لعدد %n من العناصر: تُحفظ المناطق والخطوط والنقاط على سطح الأرض، بخطوط الطول والعرض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Inserted a vertex in %n feature(s)</source>
        <translation>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
            <numerusform>أُدرج رأس في عدد من العناصر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>%1 and %n more column(s)</source>
        <translation>
            <numerusform>%1 ولا أعمدة أخرى</numerusform>
            <numerusform>%1 وعمود آخر</numerusform>
            <numerusform>%1 وعمودان آخران</numerusform>
            <numerusform>%1 و%n أعمدة أخرى</numerusform>
            <numerusform>%1 و%n عمودًا آخر</numerusform>
            <numerusform>%1 و%n عمود آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>kept from %1 for %n matched feature(s): %2, which the files have no column for (a missing column empties nothing; an empty value in a column does)</source>
        <translation>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لـ%n عنصر مطابق، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لعنصر مطابق واحد، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لعنصرين مطابقين، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لـ%n عناصر مطابقة، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لـ%n عنصرًا مطابقًا، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
            <numerusform>أُبقيت قيم %2 كما هي في %1 لـ%n عنصر مطابق، إذ لا عمود لها في الملفات (غياب العمود لا يمحو شيئًا، أما القيمة الفارغة في عمود موجود فتُعدّ تعديلًا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>a ring has %n position(s) in the file (at least 4 are needed: three corners and the first repeated at the end)</source>
        <translation>
            <numerusform>ليس في الحلقة في الملف أي موقع (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
            <numerusform>في الحلقة في الملف موقع واحد (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
            <numerusform>في الحلقة في الملف موقعان (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
            <numerusform>في الحلقة في الملف %n مواقع (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
            <numerusform>في الحلقة في الملف %n موقعًا (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
            <numerusform>في الحلقة في الملف %n موقع (يلزم 4 مواقع على الأقل: ثلاث زوايا والأول مكررًا في آخرها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>Deleted a vertex of %n feature(s)</source>
        <translation>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
            <numerusform>حُذف رأس من عدد من العناصر: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>has the name of %n other zone(s): a comparison cannot pair them by name</source>
        <translation>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
            <numerusform>يحمل اسم %n من المناطق الأخرى: لا تستطيع المقارنة أن تقرن بينها بالاسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>has the code %1 (%2) of %n other feature(s): a comparison cannot pair them by code</source>
        <translation>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
            <numerusform>يحمل الرمز %1 (%2) الذي تحمله %n من العناصر الأخرى: لا تستطيع المقارنة أن تقرن بينها بالرمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%n text value(s) cannot be written as %1: %2 — %3</source>
        <translation>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%n text value(s) cannot be written as %1: %2</source>
        <translation>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
            <numerusform>%n من القيم النصية لا يمكن كتابتها بترميز %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has %n feature(s) with open merge conflicts; resolve them before merging it again</source>
        <translation>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
            <numerusform>ما زال في %1 عدد %n من العناصر ذات تعارضات دمج مفتوحة؛ احسمها قبل دمجه مجددًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n page(s); page %1 does not exist</source>
        <translation>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
            <numerusform>عدد صفحاته %n؛ والصفحة %1 غير موجودة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+1"/>
        <source>%1 has %n unsaved edit(s) from a session that ended unexpectedly (last edit %2)</source>
        <translation>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
            <numerusform>في %1 عدد %n من التعديلات غير المحفوظة من جلسة انتهت على نحو غير متوقع (آخر تعديل %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 still has open merge conflicts on %n feature(s): resolve them before making it the baseline</source>
        <translation>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
            <numerusform>ما زالت في %1 تعارضات دمج مفتوحة على عدد %n من العناصر: احسمها قبل جعلها الأساس المتفق عليه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open conflict(s) from the team sync: decide them with %2 or %3 (or in the Conflicts panel of the window), then table it</source>
        <translation>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من التعارضات المفتوحة من المزامنة مع خادم الفريق: احسمها بالأمر %2 أو %3 (أو في لوحة التعارضات في النافذة)، ثم اطرحه على الفريق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 has %n open merge conflict(s): resolve them in the Conflicts panel of the window, then table it</source>
        <translation>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
            <numerusform>ما زال في %1 عدد %n من تعارضات الدمج المفتوحة: احسمها في لوحة التعارضات في النافذة، ثم اطرحه على الفريق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>%1 and %n feature(s) changed with it: the server refused this change (%2); it stays here until the server allows it or you discard it</source>
        <translation>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
            <numerusform>%1 وعدد %n من العناصر التي تغيّرت معه: رفض الخادم هذا التغيير (%2)؛ ويبقى هنا حتى يسمح به الخادم أو تتخلى عنه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+6"/>
        <source>%1 has %n feature(s): a comparison takes at most %2 in each version</source>
        <translation>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
            <numerusform>في %1 عدد %n من العناصر: لا تقبل المقارنة أكثر من %2 في كل نسخة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+4"/>
        <source>%1 has %n feature(s): comparing them may take minutes</source>
        <translation>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
            <numerusform>في %1 عدد %n من العناصر: قد تستغرق مقارنتها دقائق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="extra_strings.py" line="+5"/>
        <source>it has %n feature(s); at most %1 can be read here</source>
        <translation>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
            <numerusform>فيه عدد %n من العناصر؛ لا يُقرأ هنا أكثر من %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../gui/help_guide.py" line="-153"/>
        <source>User guide</source>
        <extracomment>Link schemes that lead off this computer: never followed. What the keyboard page&apos;s table is made from (the window&apos;s shortcut table, as it is now). A link was not followed: its address and why (&quot;network&quot;, or &quot;missing&quot;: no such page).</extracomment>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="vanished">ابدأ من هنا</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find in page (Ctrl+F)</source>
        <translation>البحث في الصفحة (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>هذه الصفحة لم تُترجم بعد: تُعرض بالإنجليزية.</translation>
    </message>
    <message>
        <source>The user guide is written in English.</source>
        <translation type="vanished">دليل المستخدم مكتوب بالإنجليزية.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ZoneEditor works offline and does not open web pages. The address was copied: %1</source>
        <translation>يعمل ZoneEditor دون اتصال ولا يفتح صفحات الويب. نُسخ العنوان: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This page is not part of the guide: %1</source>
        <translation>هذه الصفحة ليست جزءًا من الدليل: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not on this page.</source>
        <translation>«%1» غير موجود في هذه الصفحة.</translation>
    </message>
    <message>
        <source>The editor window, canvas and renderer</source>
        <extracomment>Titles of the user guide&apos;s pages in its contents (``gui.help_guide.PAGES``, each page&apos;s first heading up to a colon). The pages are English; their titles are listed translated so a reader finds the page. tests/unit/test_i18n_catalogue.py checks the list is whole.</extracomment>
        <translation type="vanished">نافذة المحرر ولوحة الخريطة والعرض</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation type="vanished">التحرير</translation>
    </message>
    <message>
        <source>The diff</source>
        <translation type="vanished">المقارنة بين النسخ</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="vanished">الطباعة</translation>
    </message>
    <message>
        <source>Exchange with other parties</source>
        <translation type="vanished">التبادل مع الأطراف الأخرى</translation>
    </message>
    <message>
        <source>Reference layers</source>
        <translation type="vanished">الطبقات المرجعية</translation>
    </message>
    <message>
        <source>Merging proposals</source>
        <translation type="vanished">دمج المقترحات</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="vanished">خادم الفريق</translation>
    </message>
    <message>
        <source>Never lose an edit</source>
        <translation type="vanished">لا يضيع أي تعديل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="vanished">اللغات</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="vanished">التحزيم والتثبيت</translation>
    </message>
</context>
<context>
    <name>VersionMenu</name>
    <message>
        <location filename="../gui/version_menu.py" line="+78"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate…</source>
        <translation>ت&amp;كرار…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this proposal the agreed &amp;baseline…</source>
        <translation>جعل هذا المقترح الأساس المت&amp;فق عليه…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rename %1</source>
        <translation>إعادة تسمية %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1 into a new proposal</source>
        <translation>نسخ %1 إلى مقترح جديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1 with its features (undoable)</source>
        <translation>حذف %1 مع عناصرها (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make %1 the agreed baseline; the old baseline is kept as a version</source>
        <translation>جعل %1 الأساس المتفق عليه؛ ويُحفظ الأساس القديم نسخةً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a proposal to make it the agreed baseline</source>
        <translation>اعرض مقترحًا لجعله الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rename version</source>
        <translation>إعادة تسمية النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of %1:</source>
        <translation>الاسم الجديد لـ %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1 to %2</source>
        <translation>إعادة تسمية %1 إلى %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة مكررة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate version</source>
        <translation>تكرار النسخة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the copy of %1:</source>
        <translation>اسم النسخة المكررة من %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate %1 as %2</source>
        <translation>تكرار %1 باسم %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete version</source>
        <translation>حذف النسخة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="-91"/>
        <location filename="../gui/version_menu.py" line="+1"/>
        <source>Delete the proposal %1 and its %n feature(s)?</source>
        <translation>
            <numerusform>حذف المقترح %1 وهو بلا عناصر؟</numerusform>
            <numerusform>حذف المقترح %1 وعنصره الوحيد؟</numerusform>
            <numerusform>حذف المقترح %1 وعنصريه الاثنين؟</numerusform>
            <numerusform>حذف المقترح %1 و%n عناصر فيه؟</numerusform>
            <numerusform>حذف المقترح %1 و%n عنصرًا فيه؟</numerusform>
            <numerusform>حذف المقترح %1 و%n عنصر فيه؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/version_menu.py" line="+3"/>
        <source>Edit ▸ Undo brings it back, as long as the project is open.</source>
        <translation>يعيده الأمر «تراجع» في قائمة «تحرير» ما دام المشروع مفتوحًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete proposal %1</source>
        <translation>حذف المقترح %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Make the agreed baseline</source>
        <translation>جعله الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make %1 the agreed baseline?</source>
        <translation>جعل %1 الأساس المتفق عليه؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current agreed baseline is kept, unchanged, as the version %1.</source>
        <translation>يُحفظ الأساس المتفق عليه الحالي دون تغيير بوصفه النسخة %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 becomes the agreed baseline, first in the list and locked like the baseline.</source>
        <translation>تصبح %1 الأساس المتفق عليه، الأولى في القائمة ومقفلة مثل الأساس.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../build/i18n/tr_aliases.py" line="+1"/>
        <location filename="../gui/version_menu.py" line="+4"/>
        <source>%n feature(s) marked proposed will be marked agreed.</source>
        <translation>
            <numerusform>لا عناصر بحالة «مقترح».</numerusform>
            <numerusform>عنصر واحد بحالة «مقترح» سيصبح بحالة «متفق عليه».</numerusform>
            <numerusform>عنصران بحالة «مقترح» سيصبحان بحالة «متفق عليه».</numerusform>
            <numerusform>%n عناصر بحالة «مقترح» ستصبح بحالة «متفق عليه».</numerusform>
            <numerusform>%n عنصرًا بحالة «مقترح» ستصبح بحالة «متفق عليه».</numerusform>
            <numerusform>%n عنصر بحالة «مقترح» ستصبح بحالة «متفق عليه».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../gui/version_menu.py" line="+3"/>
        <source>%n disputed feature(s) stay disputed.</source>
        <translation>
            <numerusform>لا عناصر متنازع عليها.</numerusform>
            <numerusform>عنصر واحد متنازع عليه يبقى متنازعًا عليه.</numerusform>
            <numerusform>عنصران متنازع عليهما يبقيان متنازعًا عليهما.</numerusform>
            <numerusform>%n عناصر متنازع عليها تبقى متنازعًا عليها.</numerusform>
            <numerusform>%n عنصرًا متنازعًا عليه تبقى متنازعًا عليها.</numerusform>
            <numerusform>%n عنصر متنازع عليه تبقى متنازعًا عليها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/version_menu.py" line="+1"/>
        <source>Edit ▸ Undo restores both versions as they were.</source>
        <translation>يعيد الأمر «تراجع» في قائمة «تحرير» النسختين كما كانتا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make agreed baseline</source>
        <translation>جعله الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 the agreed baseline</source>
        <translation>جعل %1 الأساس المتفق عليه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the agreed baseline now; the old baseline is %2.</source>
        <translation>أصبحت %1 الأساس المتفق عليه؛ والأساس القديم هو %2.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/tr_aliases.py" line="-7"/>
        <source>A version needs a name.</source>
        <translation>يجب أن يكون للنسخة اسم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“agreed” is the name of the baseline: choose another name.</source>
        <translation>«agreed» هو اسم الأساس المتفق عليه: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A version name has at most %1 characters.</source>
        <translation>لا يتجاوز اسم النسخة %1 حرفًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is a version called “%1” already.</source>
        <translation>توجد نسخة باسم «%1» بالفعل.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Panels</source>
        <translation type="vanished">اللوحات</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>&amp;Panels</source>
        <translation>ال&amp;لوحات</translation>
    </message>
    <message>
        <location filename="../gui/window_actions.py" line="+103"/>
        <source>&amp;New project</source>
        <extracomment>The toolbar&apos;s version switcher grows with the longest name up to this many characters. What changes the version shown, off while it is read-only (an observer&apos;s team copy, or a version of another delegation or of the coordinators). New proposal… copies the version shown: the way out of one the user may not change, off only while the whole project is read-only.</extracomment>
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
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;حذف المحدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="vanished">إلغاء التحديد</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <translation>إظ&amp;هار التسميات</translation>
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
        <location line="-11"/>
        <source>&amp;Clear selection</source>
        <translation>إ&amp;لغاء التحديد</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Labels in local la&amp;nguage</source>
        <translation>الت&amp;سميات باللغة المحلية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Position in &amp;degrees, minutes, seconds</source>
        <translation>الموقع بال&amp;درجات والدقائق والثواني</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;proposal…</source>
        <translation>مق&amp;ترح جديد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ZoneEditor</source>
        <translation>&amp;حول ZoneEditor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version shown and edited</source>
        <translation>النسخة المعروضة والمعدَّلة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Main</source>
        <extracomment>Toolbar controls that switch what is edited: never keyboard-focused, never switched by the wheel (``MapFocus.keep_off``), so only a deliberate choice counts.</extracomment>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cannot delete: %1 is locked</source>
        <translation>يتعذر الحذف: %1 مقفلة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing selected</source>
        <translation>لا شيء محدد</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New proposal</source>
        <translation>مقترح جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new proposal:</source>
        <translation>اسم المقترح الجديد:</translation>
    </message>
    <message>
        <source>A version called %1 already exists</source>
        <translation type="vanished">توجد نسخة باسم %1 بالفعل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New proposal %1 from %2</source>
        <translation>مقترح جديد %1 من %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>Agreed baseline</source>
        <translation type="vanished">الأساس المتفق عليه</translation>
    </message>
</context>
<context>
    <name>WindowWording</name>
    <message>
        <location filename="../gui/window_wording.py" line="+3"/>
        <source>fields with text %1 cannot hold: %2; choose &quot;UTF-8 (recommended)&quot; as the shapefile text</source>
        <translation>حقول بنص لا يستوعبه %1: %2؛ اختر «UTF-8 (موصى به)» ترميزًا لنص Shapefile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a zoneeditor project (no zoneeditor_meta table); bring its layers into a project with File ▸ Import…</source>
        <translation>ليس مشروع zoneeditor (لا جدول zoneeditor_meta)؛ أدخل طبقاته في مشروع عبر «استيراد…» في قائمة «ملف»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a zoneeditor project: a %1 file is brought into a project with File ▸ Import…</source>
        <translation>ليس مشروع zoneeditor: يُدخَل ملف %1 في مشروع عبر «استيراد…» في قائمة «ملف»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tick &quot;Name the common ancestor myself&quot; and choose it, or compare the two with &quot;Add their version and compare in the Changes panel&quot;</source>
        <translation>حدّد «تحديد الأصل المشترك بنفسي» واختره، أو قارن بينهما بـ«إضافة نسختهم ومقارنتها في لوحة التغييرات»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a working copy of a team project (open one with File ▸ Open team project…)</source>
        <translation>%1 ليس نسخة عمل من مشروع فريق (افتح واحدة عبر «فتح مشروع فريق…» في قائمة «ملف»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database user %1 is not a member of the team on %2: ask its administrator to add you</source>
        <translation>مستخدم قاعدة البيانات %1 ليس عضوًا في الفريق على %2: اطلب من مديره إضافتك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists</source>
        <translation>%1 موجود بالفعل</translation>
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
