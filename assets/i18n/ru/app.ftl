# Symbiosis Explorer: русский.

## Слова, общие для всего приложения

status-candidate = кандидат
status-proposed = предложен
status-agreed = согласован
status-realised = реализован
status-rejected = отклонён
status-ended = завершён
scenario-existing = Действующие
scenario-existing-plus-proposed = Действующие и предложенные
scenario-optimal = Оптимальное распределение
assumption = допущение

## Отчёт HTML

report-title = { $name } — отчёт Symbiosis Explorer
report-meta = Регион: { $region } · Парк в { $year } году · Валюта: { $currency } (цены { $priceyear } года) · Отчёт составлен { $date } программой Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } конфиденциальный поток исключён из отчёта и из всех его показателей.
        [few] { $count } конфиденциальных потока исключены из отчёта и из всех его показателей.
        [many] { $count } конфиденциальных потоков исключены из отчёта и из всех его показателей.
       *[other] { $count } конфиденциального потока исключены из отчёта и из всех его показателей.
    }
report-confidential-included = Отчёт содержит конфиденциальные потоки: не передавайте его за пределы проекта.
report-summary = Сводка
report-card-firms = предприятий
report-card-flows = потоков (предложение и спрос)
report-card-running = { $running } из { $total }
report-card-running-label = обменов действует в { $year } году
report-card-co2 = т CO₂ предотвращённых выбросов в год (действующие обмены, { $year })
report-card-benefit = { $currency } чистой выгоды в год
report-card-candidates = найдено возможных обменов
report-col-status = статус
report-col-exchanges = обмены
report-map = Карта
report-map-alt = Карта предприятий и обменов: { $name }
report-map-every-firm = { $name }: все предприятия
report-indicators = Показатели
report-col-scenario = сценарий
report-col-firms-linked = связанных предприятий
report-col-links = связи
report-col-link-density = плотность связей L/S
report-col-connectance = связность
report-col-cyclicity = цикличность
report-col-co2-avoided = т CO₂/год предотвращено
report-col-net-benefit = чистая выгода, { $currency }/год
report-col-finn = индекс рециклинга Финна
report-finn-undefined = не определён ({ $unit })
report-indicators-note = Плотность связей: связи на одно предприятие; связность: доля связей от возможных; цикличность: спектральный радиус сети предприятий (0 для цепочки, 1 для замкнутого цикла); индекс Финна: доля проходящего потока, идущая по циклу, для каждой единицы.
report-time-limit = Оптимальный сценарий — лучшее распределение, найденное за отведённое время: не более чем на { $gap } % хуже оптимума (доказанная граница).
report-charts = Диаграммы
report-chart-co2-by-material = Предотвращённые выбросы CO₂ в год по материалам (действующие обмены)
report-chart-co2-by-scenario = Предотвращённые выбросы CO₂ в год по сценариям
report-chart-benefit-by-scenario = Чистая выгода в год по сценариям
report-chart-co2-by-year = Предотвращённые выбросы CO₂ парка по годам
report-exchanges = Обмены
report-exchanges-intro = Показатели каждого обмена — его доля в парке { $year } года: действующие обмены один раз распределяются по мощностям своих потоков (в порядке года начала), поэтому строки в сумме дают сводку. Количества — то, что это распределение даёт каждому обмену; у обмена, не действующего в { $year } году, их нет.
report-col-from = от кого
report-col-to = кому
report-col-material = материал
report-col-quantity = количество/год
report-col-years = годы
report-col-transport = транспорт
report-col-co2 = т CO₂/год
report-col-money = { $currency }/год
report-col-source = источник
report-years-since = с { $year }
report-years-until = до { $year }
report-not-running = — (не действует в { $year } году)
report-product-sale = (продажа продукции)
report-quantity-states = (указано { $quantity })
report-quantity-from-flows = (по его потокам)
report-quantity-unknown = неизвестно
report-quantity-stated = { $quantity } { $unit } (указано)
report-overfill = { $text }: оценено в пределах того, что позволяют потоки.
report-how-evaluated = Как это оценено: { $counterfactual }
report-proposed-adds = Предложен: что он добавил бы к действующим обменам ({ $co2 } т CO₂/год, { $benefit } { $currency }/год; не входит в итоги)
report-not-running-row = Не действует в { $year } году: не входит в показатели этого года.
report-not-evaluated = Не оценён: в проекте нет подходящих потоков предложения и спроса для этого обмена.
report-not-evaluated-confidential = Не оценён: в проекте нет подходящих потоков предложения и спроса для этого обмена (или они конфиденциальны).
report-total =
    { $running ->
        [one] Итого по { $running } обмену, действующему в { $year } году
       *[other] Итого по { $running } обменам, действующим в { $year } году
    }
report-breakdowns-left-out = Расчёты по отдельным обменам опущены: в проекте { $count } обменов (больше { $max }); `symbiosis-explorer exchanges` выводит показатели каждого, а `explain` — его расчёт.
report-col-term = составляющая
report-col-value = значение
report-col-formula = формула
report-col-parameters = параметры (источник)
report-candidates = Лучшие возможные обмены
report-candidates-best = { $shown } лучших из { $total } возможных обменов по чистой выгоде.
report-col-supplier = поставщик
report-col-receiver = получатель
report-col-supply-demand = предложение → спрос
report-col-distance = расстояние, км
report-firms = Предприятия: что у них есть и что им нужно
report-col-firm = предприятие
report-col-nace = NACE
report-col-has = есть
report-col-wants = нужно
report-firms-listed = Показаны первые { $shown } из { $total } предприятий; `symbiosis-explorer export --format csv` выводит все.
report-parameters = Параметры оценки и источники
report-col-parameter = параметр
report-credits = Основа карты: { $basemap }. Коды отходов: Европейский перечень отходов (решение Комиссии 2000/532/EC); отрасли: NACE Rev. 2 (Евростат).

## Изображение карты и легенда

map-title-year = { $name } в { $year } году
map-legend-sectors = Предприятия по отраслям
map-legend-exchanges = Обмены
map-running = действует
map-planned = планируется
map-ended = завершён
map-credits = Основа карты: { $basemap }  ·  Symbiosis Explorer
kind-material = материал
kind-energy = энергия
kind-water = вода
sector-agriculture-and-fishing = Сельское хозяйство и рыболовство
sector-mining-and-refining = Добыча и нефтепереработка
sector-food-and-drink = Пищевая промышленность
sector-manufacturing = Обрабатывающая промышленность
sector-chemicals-and-pharma = Химия и фармацевтика
sector-energy = Энергетика
sector-water-and-waste = Водоснабжение и отходы
sector-other = Прочие

## Printable have/want cards (PDF)

cards-heading = Карточка «есть / нужно»
cards-firm = Предприятие
cards-nace-address = Код NACE, адрес
cards-sheet = (лист { $i } из { $n })
cards-workshop = Семинар
cards-date = Дата
cards-contact = Контакт
cards-has = ЕСТЬ
cards-has-hint = побочные продукты, отходы, избыточное тепло или вода, которые вы можете отдать
cards-wants = НУЖНО
cards-wants-hint = сырьё, которое вы покупаете и которое могли бы заменить отходы соседа
cards-col-material = Материал
cards-col-quantity = Количество в год
cards-col-unit = Ед. изм.
cards-col-quality = Качество, код отходов
cards-col-years = Годы
cards-from = с { $year }
cards-until = до { $year }
cards-footer = Количества в год в указанных единицах. Оставьте карточку у модератора. Персональные данные на ней не печатаются.

## Messages of the command line (with --lang; English without it)

cli-wrote = записан { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } конфиденциальный поток исключён (чтобы экспортировать его, укажите --include-confidential)
        [few] { $count } конфиденциальных потока исключены (чтобы экспортировать их, укажите --include-confidential)
       *[other] { $count } конфиденциальных потоков исключены (чтобы экспортировать их, укажите --include-confidential)
    }
cli-wrote-cards = записан { $file } (листов A4: { $sheets }, из них пустых: { $blank })
basemap-credits = Создано с использованием Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = ошибка: { $text }
cli-wrote-programme = записан { $file } (синергий: { $synergies })
cli-from-after-to = --from { $from } позже, чем --to { $to }
cli-no-such-programme = ни один обмен не относится к программе «{ $programme }» (программы проекта: { $known })
cli-none = нет
cli-year-implausible = --year { $year } — неправдоподобный год (1800..2200)
cli-blank-too-many = --blank { $blank }: не более 1000 пустых карточек
cli-top-at-least-one = --top должен быть не меньше 1
cli-project-or-db = укажите файл проекта или --db URL --schema ИМЯ
cli-top-and-time-limit = --top должен быть не меньше 1, а --time-limit — положительным
cli-no-such-flow = { $file }: потока { $id } нет (идентификаторы потоков выводит `match`)
cli-personal-csv-only = --include-personal применим только к --format csv; контакты не попадают ни в один другой экспорт
cli-png-only = --size, --view и --year применимы только к --format png
cli-crs-csv-only = --crs применим только к --format csv; GeoJSON всегда в WGS 84 долгота/широта (RFC 7946)
cli-firms-at-least-one = --firms должен быть не меньше 1
cli-firms-too-many = --firms { $firms } — больше, чем создаёт генератор (не более { $most })
cli-generate-progress = generate: предприятий { $done }/{ $firms }
cli-generate-writing = generate: запись в { $file } (предприятий: { $firms }, потоков: { $flows })
cli-could-not-write = не удалось записать { $file }
cli-generate-done = generate: готово за { $seconds } с
cli-note-overfill = примечание: { $text }; оценивается в пределах того, что позволяют потоки
cli-note-exchange-overfill = примечание: обмен { $text }; оценивается в пределах того, что позволяют потоки
cli-imported = импортировано в { $path }: предприятий: { $firms }, потоков: { $flows }, обменов: { $exchanges }
cf-supply-product = поставка: { $material } — продукция, которую предприятие продаёт (торговля, без зачёта по контрфактическому сценарию)
cf-supply-chp = поставка: { $material } отбирается от ТЭЦ ценой электроэнергии, которую она иначе выработала бы
cf-supply-chp-in = поставка: { $material } отбирается от ТЭЦ ({ $country }) ценой электроэнергии, которую она иначе выработала бы
cf-supply-route = поставка: без обмена { $material }: { $route }
cf-supply-route-in = поставка: без обмена { $material }: { $route } ({ $country })
cf-demand-energy = спрос: замещает { $material } (страна неизвестна)
cf-demand-energy-of = спрос: замещает { $material } ({ $country })
cf-demand-as-is = спрос: принимает { $material } как есть (покупка не замещается)
cf-demand-new = спрос: замещает покупку или производство нового: { $material }
route-none = не используется, без затрат (ничего не предотвращается)
route-landfill = захоронение на полигоне (налог на захоронение и плата за приём)
route-incineration = сжигание
route-flaring = сжигание на факеле
route-discharge = сброс (платежи за сброс)
route-cooling = отвод тепла охлаждением
route-treatment = обезвреживание как отхода
route-spreading = внесение в почву без обработки
formula-haversine = расстояние между предприятиями по дуге большого круга (гаверсинус, R = 6371,0088 км)
formula-road-legs = автомобильные плечи (от предприятия до порта + от порта до предприятия)
formula-shipped-cheaper = морем дешевле, чем весь путь по дороге
formula-capacity-before = мощность до этого обмена
formula-product-transport = продажа продукции засчитывает только сэкономленную перевозку
formula-product-sale = продажа продукции: продавать то, ради чего предприятие существует, — это торговля, а не симбиоз; зачёта за предотвращённое удаление или замещение нет (контрфактический поставщик не указан)
formula-use-emits = использование у получателя даёт этот выброс
formula-suppliers-country = страна поставщика
formula-ets-burns-less = установка в системе ETS сжигает меньше
formula-ets-emits = установка в системе ETS выбрасывает это
formula-ets-flares-less = установка в системе ETS меньше сжигает на факеле
formula-not-paid = не оплачено
source-term-above = строка выше
source-as-above = как выше
source-in-tonnes = количество в тоннах
source-unit-conversion = перевод единиц
source-own-quantity = собственное количество обмена
source-stated-supplier = указанный в обмене контрфактический поставщик

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = поток поставки { $id }: { $source }
source-demand-flow = поток спроса { $id }: { $source }
source-flow = поток { $id }: { $source }
source-country-grid = энергосистема { $country }: { $source }
source-country-heat = централизованное теплоснабжение { $country }: { $source }
source-country-landfill = налог на захоронение и плата за приём { $country }: { $source }
source-crf = { $formula } при r = { $r } ({ $r_source }) и n = { $n } { $n ->
        [one] год
        [few] года
       *[other] лет
    } ({ $n_source })
source-road-legs = по дуге большого круга до портов { $from } и { $to } (порты Natural Earth)
source-sea-leg = { $from } — { $to }
source-identity = тождество: тот же материал
source-water-t = вода: 1 т на м³
source-tag-assumption = допущение
source-tag-illustrative = иллюстрация
source-tag-computed = рассчитано
source-tag-computed-upper = рассчитанная верхняя граница

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = расстояние
term-transport_km = расстояние перевозки
term-sea_km = расстояние по морю
term-quantity = объём обмена
term-quantity_supply = объём, взятый из поставки
term-supply_left_after = остаток поставки после обмена
term-demand_left_after = остаток спроса после обмена
term-co2_displaced = CO2 замещаемого
term-co2_disposal_avoided = CO2 предотвращённого удаления
term-co2_transport = CO2 перевозки
term-co2_transport_sea = CO2 морской перевозки
term-co2_use_emitted = CO2 при использовании
term-chp_power_lost = потеря выработки электроэнергии ТЭЦ
term-co2_chp_power_lost = CO2 потерянной выработки ТЭЦ
term-co2_avoided_t = предотвращённые выбросы CO2
term-purchase_avoided = предотвращённая покупка
term-disposal_avoided = предотвращённые затраты на удаление
term-handling_cost = погрузочно-разгрузочные затраты
term-transport_cost = затраты на перевозку
term-transport_cost_sea = затраты на морскую перевозку
term-port_handling_cost = затраты на портовую обработку
term-fixed_link_cost = затраты на постоянную линию (в год)
term-carbon_value_displaced = цена углерода замещаемого
term-carbon_value_flaring = цена углерода предотвращённого сжигания на факеле
term-carbon_cost_use = цена углерода выбросов при использовании
term-product_sale = продажа продукции
term-net_benefit = чистая выгода

## Units in breakdowns (currency codes stay as they are)
unit-t = т
unit-kg = кг
unit-km = км
unit-m = м
unit-m3 = м³
unit-MWh = МВт·ч
unit-kWh = кВт·ч
unit-GWh = ГВт·ч
unit-GJ = ГДж
unit-Gcal = Гкал
unit-kt = тыс. т
unit-t-km = т·км
unit-co2e = CO2-экв.
unit-unit = единицу
unit-per = { $a } на { $b }
unit-per-year = в год

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — отчёт по программе
programme-scope-everything = все синергии, все даты
programme-scope-programme = программа { $programme }
programme-scope-all-programmes = все программы
programme-scope-window = { $scope }, смены этапов с { $from } по { $to }
programme-scope-start = начала
programme-scope-today = сегодня
programme-lead = Синергий: { $synergies }. Отчётные результаты — то, что сообщает программа, рядом с модельными показателями тех же обменов (действующих, { $year } г.); одно с другим никогда не суммируется.
programme-without-history = Синергий без записанной смены этапа: { $without } из { $synergies }. Каждая учитывается на этапе, которому соответствует её статус, как прошедшая все предыдущие этапы, что завышает ранние коэффициенты перехода ниже.
programme-by-stage = Синергии по этапам
programme-col-stage = этап
programme-col-synergies = синергий
programme-col-dropped-because = причина прекращения
programme-reason-not-given = не указана
programme-conversion = Переход между этапами
programme-col-from = с этапа
programme-col-to = на этап
programme-col-reached-from = дошли до первого
programme-col-reached-to = дошли до второго
programme-col-rate = доля
programme-outcomes = Результаты: отчётные рядом с модельными
programme-outcomes-meta = Отчётные: сумма по синергиям и годам, за которые они отчитались (т, м³, рабочие места, { $currency }). Модельные: в год, в { $year } г., по действующим синергиям. Это разные величины, они никогда не суммируются.
programme-col-figure = показатель
programme-col-reporting = синергий отчиталось
programme-col-reported = отчётное
programme-col-verified = из него проверено
programme-col-modelled = модельное
programme-modelled-co2 = { $all } т/год (все действующие); { $reporting } т/год по отчитавшимся ({ $synergies })
programme-not-reported = нет отчёта
programme-net-benefit = чистая выгода (только модельная)
programme-per-year = { $value } { $currency }/год
programme-per-workshop = По семинарам
programme-per-facilitator = По модераторам
programme-col-in-progress = в работе
programme-col-completed = внедрены или завершены
programme-col-dropped = прекращены
programme-no-workshop = (без семинара)
programme-no-facilitator = (не указан)
