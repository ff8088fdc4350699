# Слова, которые spheres пишет по-русски. Те же сообщения и те же переменные, что в en.ftl.
# $power, $region, $event, $title — имена из сценария, уже по-русски и в именительном
# падеже: их не склоняют, поэтому там, где нужен другой падеж, имя стоит в кавычках после
# слова, которое склоняется («после события „…“»). Стрелку «→» пишет программа.
# review: имя державы тоже стоит в именительном падеже и может быть любого рода
# («Японская империя», «СССР»), поэтому глаголы с ним не согласуются: вместо
# «Японская империя приобрела …» — «Японская империя: приобретено — …».

## Даты, числа, перечисления

# Месяц в родительном падеже: «31 декабря 1912 г.».
date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
# День и месяц над годом в штампе даты анимации.
day-month = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
year = { $year } г.
# Неразрывный пробел между группами разрядов: «1 000».
group-separator = {"\u00A0"}
decimal-mark = {","}
area = { $area } км²
list-separator = {", "}
list-last = { $init } и { $last }
parts-separator = {"; "}
sentence = { $text }.
sentence-separator = {" "}
bracket = { $name } ({ $gloss })
gloss-more = { $gloss }; { $more }
# Регион под названием своего времени: «Северная Маньчжурия (под названием Маньчжоу-го)».
gloss-as = под названием { $name }
gloss-including = включая { $names }
gloss-doubtful = под вопросом

## Контроль и моменты

none = нет
control = { $power }, { $status }
status-as = { $status }, под названием { $name }
change-of = { $region }: { $before } → { $after }
moment-event = { $date } ({ $event })
moment-latest = { $date } (последнее событие: { $event }, { $event-date })
moment-before = { $date } (до первого события хронологии)
event-dated = { $event } ({ $date })
dated-event = { $date } — { $event }

## Карта года

subtitle-event = { $date } — { $event }
subtitle-after = { $date } — после события «{ $event }» ({ $event-date })
subtitle-before = { $date } — до первого события хронологии
# review: двоеточие, а не тире: в подзаголовке своё тире («31 декабря 1912 г. — после …»),
# и так же устроен заголовок карты изменений («…: 1909 г. → 1912 г.»).
map-title = { $title }: { $subtitle }
caption = { $title }, { $subtitle }
alt-intro = Карта «{ $title }» по состоянию на { $date }
alt-intro-after = Карта «{ $title }» по состоянию на { $date }, после события «{ $event }» ({ $event-date })
alt-power = { $power }: { $holdings }
alt-status = { $status } — { $regions }
alt-home = Собственная территория: { $regions }
alt-free = Не принадлежат ни одной из держав: { $regions }
alt-none-held = Ни один из показанных регионов не принадлежит ни одной из держав
credit-world = Береговая линия и современные границы — Natural Earth (общественное достояние), показаны для ориентировки.
credit-latest = Источник последнего события: { $source }.
modern-borders = Современные границы (Natural Earth), для ориентировки
region-unheld = { $region }: не принадлежит ни одной из держав
region-held = { $region }: { $power }, { $status } (после события «{ $event }», { $event-date })
region-held-doubtful = { $region }: { $power }, { $status }, под вопросом (после события «{ $event }», { $event-date })
# review: через тире, а не в скобках: у названия линии часто свои скобки
# («Линия 1907 г. (первое соглашение)»), две скобки подряд читаются плохо.
line-tooltip = { $line } — достоверность прохождения: { $certainty ->
    [high] высокая
    [medium] средняя
   *[low] низкая
}
legend-home = собственная территория
# review: «приблизительное прохождение», «приблизительная граница» — обычные слова
# легенд русских карт. «Спорный» здесь неверно: doubtful — не оспаривается, а под
# вопросом (так же, как в подсказках и в альтернативном тексте).
legend-course-uncertain = приблизительное прохождение (пунктир)
legend-boundary-uncertain = приблизительная граница
legend-doubtful = контроль под вопросом или частичный (бледнее)
legend-railway = железная дорога
scale-along = Масштаб вдоль параллели { $latitude }
scale-at = Масштаб в точке { $latitude }, { $longitude }
latitude = { $degrees }° { $hemisphere ->
    [north] с. ш.
   *[south] ю. ш.
}
longitude = { $degrees }° { $hemisphere ->
    [east] в. д.
   *[west] з. д.
}
scale-km = { $km } км

## Карта изменений

# $from и $to — даты (или даты с названием события в скобках): «с 31 декабря 1909 г.».
diff-title = { $title }: { $from } → { $to }
diff-subtitle = Что изменилось с { $from } по { $to }
diff-alt-intro = Карта изменений «{ $title }» с { $from } по { $to }
diff-alt-none = Ни один регион не изменился
diff-alt-events = События за этот период: { $events }
diff-caption-none = Событий за этот период нет.
diff-caption-events = События за этот период:
diff-caption-events-grey = События за этот период (серым — без изменений в показанных регионах):
region-unchanged = { $region }: без изменений ({ $control })
legend-changed = Изменения
legend-unchanged = Без изменений
# review: «приобретено: Японская империя» читалось как «приобретена сама Японская
# империя»; держава (в именительном падеже) — первой, что с ней произошло — после.
change-gained = { $power }: приобретения
change-lost = { $power }: потери
change-transferred = { $from } → { $to }
change-status = { $power }: новый статус
change-name = { $power }: новое название

## Хронология (spheres timeline)

timeline-heading = { $title }: хронология
timeline-changed = изменения:
timeline-nothing = изменений на карте нет
# Markdown: обратные кавычки оставить.
timeline-event-source = Событие `{ $id }`, { $source }.
timeline-source-link = источник
timeline-event-cited = Событие `{ $id }`, источник: { $source }.
timeline-no-change = На карте ничего не изменилось.
timeline-after = После него:
holding-status = { $status }: { $regions }
holding-power = { $power }, { $area } — { $holdings }
holding-free = не принадлежат ни одной из держав: { $regions }

## Сравнение (spheres diff)

report-from-to = С { $from } по { $to }:
report-no-changes = Изменений нет.
report-event = { $event }, { $date }
report-change-events = { $change } — { $events }
report-area-unchanged = без изменений, { $area }
report-area-changed = { $before } → { $after }
report-area-changed-by = { $before } → { $after } ({ $difference })
# review: тире, а не двоеточие: вся строка стоит после «Площадь владений:».
report-power-area = { $power } — { $area }
report-area-held = Площадь владений: { $powers }.
report-md-heading = Изменения с { $from } по { $to }
column-region = Регион
column-before = До
column-after = После
column-area = Площадь (км²)
column-events = События
summary-none = С { $from } по { $to } ни один регион не изменился
# Число регионов с глаголом в нужной форме: 1, 21 регион изменился; 3 региона; 5 регионов.
summary-intro = С { $from } по { $to } { $count ->
    [one] изменился { $count } регион
    [few] изменились { $count } региона
    [many] изменились { $count } регионов
   *[other] изменились { $count } регионов
}
# review: «отошло: …» не согласовалось с названием региона (любого рода); «прежний» и
# «новый владелец» стоят при любом названии.
gloss-from = прежний владелец: { $power }
gloss-to = новый владелец: { $power }
# «Японская империя: приобретено — Корея (прежний владелец: …); изменён статус — …;
# площадь владений изменилась с … до … км²»: после двоеточия у державы — тире, как в
# альтернативном тексте («сфера влияния — …»).
summary-gained = приобретено — { $regions }
summary-lost = утрачено — { $regions }
summary-changed = изменён статус — { $regions }
summary-area-unchanged = площадь владений не изменилась: { $area }
summary-area-went = площадь владений изменилась с { $before } до { $after }
summary-power = { $power }: { $clauses }; { $area }

## Галерея карт (index.html)

# Текст HTML: без символов разметки < > & ".
gallery-title = { $title } — галерея карт
gallery-description = Карты «{ $title }» за каждый год с { $first } по { $last } г., с подписями, альтернативным текстом и источниками.
gallery-skip = Перейти к картам
gallery-kicker = Галерея карт
gallery-sections = Разделы
gallery-years = По годам
gallery-between = { $compared ->
    [treaties] Между договорами
   *[events] Между событиями
}
gallery-manifest-note = (подписи, альтернативный текст и источники каждого файла)
gallery-colophon = Сделано с помощью spheres. Все карты находятся в этой папке в форматах SVG и PNG; в { $manifest } они перечислены с подписями, альтернативным текстом и источниками.
gallery-lede-years = { $count } { $count ->
    [one] карта
    [few] карты
    [many] карт
   *[other] карт
}, по одной на каждый год с { $first } по { $last }
gallery-lede-diffs = , и ещё { $count } { $count ->
    [one] карта
    [few] карты
    [many] карт
   *[other] карт
} изменений между { $compared ->
    [treaties] соседними договорами
   *[events] соседними событиями
}
gallery-lede-files = . Каждая карта дана в форматах SVG и PNG с подписью, альтернативным текстом, источниками и фрагментом { $figure } для вставки на страницу.
gallery-years-hint = Каждая карта показывает положение на 31 декабря соответствующего года.
gallery-slider-hint = Передвигайте ползунок или нажимайте на нём клавиши со стрелками, чтобы листать годы.
gallery-ticks-hint = Отметки под ползунком — годы договоров.
gallery-previous = Предыдущий
gallery-previous-sr = {" "}год
gallery-next = Следующий
gallery-next-sr = {" "}год
gallery-year = Год
gallery-no-event = В { $year } г. событий нет.
gallery-events-in = События { $year } г.
gallery-alt-text = Альтернативный текст
gallery-sources = Источники ({ $count })
gallery-source = { $date }: { $source }
gallery-embed = Код для вставки
gallery-treaty-tag = договор
gallery-no-change = (на карте без изменений)
gallery-copy-figure = Скопировать код figure для { $format }
gallery-copy = Копировать
gallery-copied = Скопировано
gallery-selected = Выделено
gallery-copied-toast = Скопировано в буфер обмена
gallery-selected-toast = Выделено: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать
gallery-diffs-hint = Каждая карта сравнивает положение сразу после { $compared ->
    [treaties] одного договора
   *[events] одного события
} с положением сразу после следующего и показывает только изменения; пары, после которых на карте ничего не изменилось, пропущены.
gallery-comparisons = Сравнения
gallery-diff-caption = { $title }: что изменилось от события «{ $from }» ({ $from-date }) до события «{ $to }» ({ $to-date })
gallery-what-changed = Что изменилось
gallery-events-between = События за этот период
gallery-held-by-none = не принадлежит ни одной из держав

## График (spheres chart)

# Короткая дата в перечне событий графика: «8 июля 1912».
date-short = { $day } { $month ->
    [1] янв.
    [2] февр.
    [3] марта
    [4] апр.
    [5] мая
    [6] июня
    [7] июля
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
} { $year }
chart-title = Площадь владений каждой державы, { $from }–{ $to } гг.
chart-reading = Геодезическая площадь регионов, которыми владела каждая держава, по статусам; пронумерованные кружки — события, перечисленные ниже
chart-method = Площади геодезические (WGS84), по целым регионам; сфера влияния учитывается всей площадью своего региона, полоса отчуждения — собственной; регионы, контроль над которыми под вопросом (на картах они бледнее), не учитываются.
chart-desc-intro = Ступенчатый график площади владений каждой державы с { $from } по { $to } г., по статусу
chart-desc-nothing = { $power }: владений нет
chart-desc-power = { $power }: { $first } в начале { $from } г., наибольшая площадь { $peak } с { $peak-date }, { $last } в конце { $to } г.
# review: год впереди: в узком ключе графика «г.» после года иначе уходит на отдельную строку
# («Советская Россия с 1920 / г.»), а «с 1922 г. — СССР» и читается как строка ключа.
chart-later-name = с { $year } г. — { $name }
chart-axis = Площадь ({ $unit })
chart-unit-million = млн км²
chart-unit-thousand = тыс. км²
chart-unit-km2 = км²
chart-held-nothing = владений нет
chart-events = События
chart-events-note = закрашенный кружок — изменилась принадлежность регионов; полый — на карте без изменений
