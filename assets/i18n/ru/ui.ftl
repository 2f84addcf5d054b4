# Symbiosis Explorer: the desktop app's own words (ru). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Поиск обменов отменён
ui-optimisation-cancelled = Оптимизация отменена
ui-layout-reset = Расположение сброшено
ui-undone = Отменено
ui-could-not-undo = Не удалось отменить
ui-nothing-to-undo = Нечего отменять
ui-redone = Повторено
ui-could-not-redo = Не удалось повторить
ui-nothing-to-redo = Нечего повторять
ui-the-open-project-is-not-an = Открытый проект — не автономная копия серверного проекта (Файл > Командный сервер > Получить копию)
ui-type-a-path-for-save-as = Введите путь для «Сохранить как» (например, /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Для «Сохранить как» нужно другое имя файла
ui-type-a-path-for-the-new = Введите путь для нового проекта (например, /home/me/park.gpkg)
ui-not-saved = Не сохранено: { $error }
ui-undo-history-cleared = { $what }; история отмены очищена
ui-not-removed = Не удалено: { $error }
ui-opening = Открывается { $path }…
ui-choose-another-file = { $error }. Выберите другой файл (Файл > Открыть).
ui-saving-as = Сохранение как { $path }…
ui-save-as-failed = «Сохранить как» не удалось: { $error }
ui-saved-a-copy = Копия { $from } сохранена как { $path }
ui-saved-as = Сохранено как { $path }; изменения теперь идут туда
ui-could-not-create = Не удалось создать { $path }: { $error }
ui-proposed = Предложено: { $material } { $from } -> { $to }

## dock.rs

ui-map = Карта
ui-about-tour = О проекте и тур
ui-firms = Предприятия
ui-flows = Потоки
ui-settings = Настройки
ui-all-flows = Все потоки
ui-candidates = Кандидаты
ui-exchanges = Обмены
ui-charts = Диаграммы
ui-flow-diagram = Схема потоков
ui-workshops = Семинары

## map/mod.rs

ui-no-cache-folder = нет папки кэша
ui-quantity-unknown = количество неизвестно
ui-years-unknown = годы неизвестны
ui-hover-firm =
    ОКВЭД/NACE { $nace } · { $flows ->
        [one] { $flows } поток
        [few] { $flows } потока
        [many] { $flows } потоков
       *[other] { $flows } потока
    }
ui-per-year = { $quantity } { $unit }/год
ui-since-year = с { $year }
ui-hover-candidate =
    Кандидат: { $from } -> { $to }
    { $material } { $quantity } { $unit }/год · { $km } км
    CO₂ { $co2 } т/год · выгода { $benefit }
ui-choose-mbtiles = { $error }. Выберите растровый файл .mbtiles.
ui-online-tiles-on = Онлайн-тайлы OpenStreetMap включены; просмотренные области кэшируются в { $cache }
ui-basemap-named = Подложка: { $name }

## map/overlay.rs

ui-zoom-in = Приблизить
ui-zoom-out = Отдалить
ui-fit = Весь
ui-zoom-to-project = Показать весь проект
ui-legend = Легенда
ui-energy = Энергия
ui-water = Вода
ui-materials = Материалы
ui-solid-realised-dashed-proposed-agreed-faded = сплошная — действует · пунктир — предложен/согласован · бледная — прекращён
ui-candidate = Кандидат
ui-credits-online = Данные карты © участники OpenStreetMap (ODbL), онлайн-тайлы · { $basemap } · Населённые пункты: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Подложка: { $name } { $attribution } · { $basemap } · Населённые пункты: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Населённые пункты: GeoNames (CC BY 4.0)
ui-matching-progress = Поиск: { $done }/{ $total } потоков предложения

## map/timeline.rs

ui-timeline = Шкала времени
ui-pause = Пауза
ui-play = Пуск
ui-timeline-year =
    { $year }: { $running ->
        [one] действует { $running } обмен
        [few] действуют { $running } обмена
        [many] действуют { $running } обменов
       *[other] действуют { $running } обмена
    }; известные количества { $totals } в год
ui-timeline-new = Новый: { $from } -> { $to }: { $material }
ui-timeline-ended = Прекращён: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Файл
ui-open-or-save-as-a-path = Открыть или сохранить по пути:
ui-open = Открыть
ui-save-as = Сохранить как
ui-new = Создать
ui-browse = Обзор…
ui-check-out-from-server = Получить копию с сервера…
ui-check-in = Отправить на сервер
ui-open-an-offline-copy-checked-out = Откройте автономную копию, полученную ролью с правом правки
ui-refresh-from-server = Обновить с сервера
ui-open-an-offline-copy-of-a = Откройте автономную копию серверного проекта
ui-merge-two-copies = Объединить две копии…
ui-recent-projects = Недавние проекты
ui-samples = Примеры
ui-import-csv = Импорт CSV…
ui-export = Экспорт…
ui-edit = Правка
ui-undo-ctrl-z = Отменить  (Ctrl+Z)
ui-redo-ctrl-shift-z = Повторить  (Ctrl+Shift+Z)
ui-view = Вид
ui-quick-entry-ctrl-e = Быстрый ввод (Ctrl+E)
ui-present-f11 = Презентация (F11)
ui-presenter-view = Режим докладчика
ui-the-projector-shows-the-clean-view = Проектор показывает чистый вид во втором окне (перетащите его на экран проектора); в этом окне остаются элементы управления
ui-sample-working-copy = пример (рабочая копия)
ui-firm-labels = Подписи предприятий
ui-towns = Населённые пункты
ui-candidates-shown = показано кандидатов
ui-panes = Панели
ui-reset-layout = Сбросить расположение
ui-the-default-arrangement-of-map-panes = Исходное расположение карты, панелей и таблиц
ui-language = Язык
ui-the-language-of-the-report-the = Язык приложения, отчёта, изображения карты и названий материалов
ui-basemap = Подложка
ui-built-in-offline-basemap = Встроенная офлайн-подложка
ui-openstreetmap-online = OpenStreetMap (онлайн)
ui-downloads-map-tiles-from-openstreetmap-while = Пока включено, загружает тайлы OpenStreetMap; каждая просмотренная область сохраняется в дисковом кэше и остаётся доступной офлайн. По умолчанию выключено: приложение не делает запросов, пока вы это не включите.
ui-path-to-an-mbtiles-file = путь к файлу .mbtiles
ui-use-mbtiles = Использовать MBTiles
ui-open-sample = Открыть пример { $sample }
ui-read-only = только чтение

## panels/all_flows.rs

ui-firm = Предприятие
ui-direction = Направление
ui-material = Материал
ui-quantity = Количество
ui-role = Роль
ui-years = Годы
ui-confidential = Конфиденциально
ui-id = Код
ui-source = Источник
ui-paste-rows-from-a-spreadsheet = Вставить строки из электронной таблицы
ui-filter = Фильтр
ui-firm-material-direction-or-source = предприятие, материал, направление или источник
ui-select-shown = Выбрать показанные
ui-clear-selection = Снять выбор
ui-mark-confidential = Пометить конфиденциальными
ui-unmark-confidential = Снять пометку конфиденциальности
ui-source-for-the-selected = источник для выбранных
ui-set-source = Задать источник
ui-delete-selected = Удалить выбранные
ui-tab-separated-rows-in-the-flows = Строки с табуляцией в порядке столбцов flows.csv (firm_id, direction, material, quantity, unit, ...) или со строкой заголовка. Проверяются как при импорте CSV.
ui-paste-rows-here = вставьте строки сюда
ui-entered-at-the-workshop = Введено на семинаре
ui-check-and-add-pasted-rows = Проверить и добавить вставленные строки
ui-nothing-to-add-paste-rows-first = Нечего добавлять: сначала вставьте строки
ui-select-flow = выбрать поток { $id }
ui-showing-flows = показано { $shown } из { $total } потоков; уточните фильтр
ui-n-selected = выбрано: { $count }
ui-added-pasted-flows =
    { $count ->
        [one] Добавлен { $count } вставленный поток (Ctrl+Z отменяет)
        [few] Добавлено { $count } вставленных потока (Ctrl+Z отменяет)
        [many] Добавлено { $count } вставленных потоков (Ctrl+Z отменяет)
       *[other] Добавлено { $count } вставленного потока (Ctrl+Z отменяет)
    }
ui-yes = да
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Отменить поиск
ui-run-matching = Найти обмены
ui-greenfield-ignore-existing-exchanges = с чистого листа (без существующих обменов)
ui-cancel-optimising = Отменить оптимизацию
ui-optimise = Оптимизировать
ui-the-allocation-with-the-largest-total = Распределение с наибольшей суммарной чистой выгодой (точное ЛП); показано на карте
ui-include-products = включая продукцию
ui-also-offer-flows-whose-role-is = Предлагать и потоки с ролью «продукция» (то, ради продажи чего существует предприятие): это продажи продукции, они не засчитываются
ui-optimal-allocation = Оптимальное распределение
ui-why-not-explain-any-pair-of = Почему нет? Объяснение для любой пары потоков
ui-supply-flow-id = код потока предложения
ui-demand-flow-id = код потока спроса
ui-why-not = Почему нет?
ui-no-candidates-yet-press-run-matching = Кандидатов пока нет: нажмите «Найти обмены».
ui-firm-or-material = предприятие или материал
ui-sort-by = Сортировка
ui-from-to = Откуда -> куда
ui-quantity-per-year = Количество в год
ui-distance = Расстояние
ui-co2-t-yr = CO₂ т/год
ui-score = Оценка
ui-transport = Транспорт
ui-propose = Предложить
ui-turn-this-candidate-into-a-proposed = Сделать этого кандидата предложенным обменом
ui-why-this-candidate-every-term-and = Почему этот кандидат: каждое слагаемое и его источник
ui-best-allocation-within = Лучшее распределение, найденное за отведённое время (в пределах { $gap } % от оптимума)
ui-allocation-summary = { $what }: обменов — { $count }, { $co2 } т CO₂/год предотвращено, чистая выгода { $benefit } { $currency }/год (показано на карте)
ui-not-a-flow-id = «{ $text }» — не код потока (см. таблицу «Все потоки»)
ui-benefit-per-year = Выгода { $currency }/год
ui-sort-score = оценка
ui-sort-co2 = CO₂
ui-sort-benefit = выгода
ui-sort-distance = расстояние
ui-sort-quantity = количество

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ по обменам: модель (т/год) рядом с отчётными данными (т CO₂-экв.), никогда не суммируются
ui-not-running-in-the-year-shown = не действует в показанном году
ui-not-verified = не проверено
ui-modelled-co2-avoided-t-yr = предотвращённый CO₂ по модели, т/год
ui-reported-co2-t = отчётный CO₂, т
ui-of-it-verified = из них проверено
ui-scenarios-existing-existing-proposed-optimal = Сценарии: существующие, существующие + предложенные, оптимальный
ui-compare-scenarios = Сравнить сценарии
ui-runs-matching-and-the-optimal-allocation = Запускает поиск обменов и оптимальное распределение в фоне (не более 20 с)
ui-link-density-l-s = плотность связей L/S
ui-co2-avoided-t-yr = Предотвращённый CO₂, т/год
ui-net-benefit-yr = чистая выгода /год
ui-co2-avoided-kt-yr = Предотвращённый CO₂, тыс. т/год
ui-net-benefit-m-yr = Чистая выгода, млн/год
ui-exchanged-quantity-by-year-known-quantities = Объём обменов по годам (известные количества)
ui-quantity-per-year-outputs-up-inputs = количество в год (выходы вверх, входы вниз)
ui-select-a-firm-to-see-its = Выберите предприятие, чтобы увидеть его входы и выходы.
ui-t-per-year = { $value } т/год
ui-verified-lower = проверено
ui-outcome-chart-line = { $exchange }: модель { $modelled }, отчёт { $reported } т за { $year } ({ $verified })
ui-by-material = Существующие обмены по материалам: предотвращённый CO₂ (т/год) и чистая выгода (тыс. в год)
ui-by-material-in = Существующие обмены в { $year } г. по материалам: предотвращённый CO₂ (т/год) и чистая выгода (тыс. в год)
ui-net-benefit-k = Чистая выгода, тыс. { $currency }/год
ui-thousand-unit-per-year = тыс. { $unit }/год
ui-firm-inputs-outputs = { $firm }: входы (нужно) и выходы (есть)

## panels/contacts.rs

ui-a-contact-needs-a-name = у контакта должно быть имя
ui-personal-data-never-shown-in-presentation = Персональные данные: не показываются в режиме презентации, отчёте, изображении карты и экспорте (в CSV — только с «включить персональные данные»).
ui-no-consent-recorded = согласие не записано
ui-remove-this-person = Удалить этого человека…
ui-remove-completely = Удалить полностью
ui-keep = Оставить
ui-edit-contact = Изменить контакт
ui-add-a-contact = Добавить контакт
ui-name = Имя
ui-full-name = полное имя
ui-e-g-energy-manager = напр., энергоменеджер
ui-email = Эл. почта
ui-phone = Телефон
ui-consent-date = Дата согласия
ui-consent-basis = Основание согласия
ui-e-g-agreed-at-the-workshop = напр., дано на семинаре
ui-save-contact = Сохранить контакт
ui-add-contact = Добавить контакт
ui-cancel = Отмена
ui-consent-date-bad = дата согласия «{ $date }» записана не в виде ГГГГ-ММ-ДД (YYYY-MM-DD)
ui-contacts-count = Контакты ({ $count })
ui-consent-on = согласие { $date }
ui-consent-basis-only = согласие: { $basis }
ui-remove-person-warning = Удалить { $name } полностью? Строка удаляется, имя, эл. почта и телефон заменяются на «{ $placeholder }» везде, где их упоминают тексты проекта, и файл очищается от всех копий. Это нельзя отменить, и история отмены будет очищена.

## panels/diagram.rs

ui-energy-mwh = энергия (МВт·ч)
ui-materials-t = материалы (т)
ui-water-m3 = вода (м³)
ui-no-exchanges-with-known-quantities-in = Нет обменов с известными количествами в этой единице
ui-only-firm = только { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = предприятие, материал или статус
ui-no-due-date = без срока
ui-from-to-material = Откуда -> куда: материал
ui-status = Статус
ui-evaluation-every-term-and-its-source = Оценка: каждое слагаемое и его источник
ui-no-evaluation-the-flows-behind-this = Нет оценки: потоков этого обмена нет в проекте (добавьте поток предложения у отправителя и поток спроса у получателя)
ui-exchanges-count =
    { $count ->
        [one] { $count } обмен
        [few] { $count } обмена
        [many] { $count } обменов
       *[other] { $count } обмена
    }
ui-my-actions = Мои задачи: открыто { $open }, просрочено { $overdue }
ui-due-date = срок { $date }
ui-overdue = { $action } (просрочено)
ui-until-year = до { $year }
ui-year-to = по
ui-year-open = открыт
ui-source-is = Источник: { $source }
ui-exchange-figures = { $quantity } { $unit } в год: { $co2 } т CO₂ предотвращено, чистая выгода { $benefit } { $currency }

## panels/firms.rs

ui-no-project-open-use-file-open = Проект не открыт. Используйте Файл > Открыть.
ui-search = Поиск
ui-name-nace-or-material = название, NACE или материал
ui-move-firms-by-dragging-them-on = Перемещать предприятия перетаскиванием на карте (правая кнопка сдвигает карту)
ui-select-a-firm-in-the-list = Выберите предприятие в списке или на карте, чтобы изменить его.
ui-click-an-empty-spot-on-the = Щёлкните по свободному месту на карте и нажмите кнопку ниже, чтобы добавить туда предприятие.
ui-latitude = Широта
ui-longitude = Долгота
ui-search-nace-by-code-or-words = поиск NACE по коду или словам
ui-country = Страна
ui-its-grid-district-heat-and-landfill = Её показатели электросети, централизованного теплоснабжения и захоронения отходов применяются к обменам этого предприятия
ui-eu-ets = СТВ ЕС
ui-an-eu-ets-installation = установка в системе торговли выбросами ЕС (EU ETS)
ui-fuel-it-stops-burning-on-its = Топливо, которое оно перестаёт сжигать на своей площадке, экономит квоты по цене углерода
ui-notes = Примечания
ui-show-flows = Показать потоки
ui-delete-this-firm-with-its-flows = Удалить это предприятие вместе с его потоками, обменами и контактами?
ui-yes-delete = Да, удалить
ui-delete-firm = Удалить предприятие…
ui-firms-shown = { $shown } из { $total } предприятий
ui-add-firm-at = Добавить предприятие в точке { $lat }, { $lon }
ui-use-country = взять { $code } (по положению)
ui-country-none = нет

## panels/flow_form.rs

ui-edit-the-flow = Изменить поток
ui-add-a-flow = Добавить поток
ui-find-a-name-or-word-in = поиск: название или слово на любом языке
ui-search-ewc-code-or-words = поиск кода EWC по коду или словам
ui-russian-waste-code-11-digits-the = Код отхода по ФККО: 11 цифр, последняя — класс опасности (1–4 — опасные)
ui-flags = Признаки
ui-accepts-hazardous = принимает опасные
ui-waste-by-product-surplus-energy-or = Отход, побочный продукт, избыточная энергия или вода: обмен предотвращает их удаление
ui-what-the-firm-exists-to-sell = То, ради продажи чего существует предприятие: продажа — это торговля, а не симбиоз, и не засчитывается
ui-save-changes = Сохранить изменения
ui-add-flow = Добавить поток
ui-quantity-must-be-zero-or-more = Количество должно быть не меньше нуля
ui-unit-converted = { $unit }/год (пересчёт в { $to })
ui-hazard-class = класс опасности { $class }
ui-saved-note = Сохранено: { $note }
ui-unknown-material = Неизвестный материал «{ $material }»
ui-quantity-bad = Количество: { $error }; введите, например, 1500
ui-not-a-year-range = «{ $text }» — не год ({ $from }..{ $to })
ui-years-reversed = «Доступно с» { $from } позже, чем «доступно до» { $to }
ui-eg = напр., { $example }
ui-hint-from = с
ui-hint-to = по
ui-fkko = ФККО

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Выберите предприятие (вкладка «Предприятия» или карта), чтобы увидеть, что у него есть и что ему нужно.
ui-has-supply = Есть (предложение)
ui-wants-demand = Нужно (спрос)
ui-edit-flow = Изменить поток
ui-load-this-flow-into-the-form = Загрузить этот поток в форму ниже
ui-delete = Удалить
ui-delete-this-flow-ctrl-z-undoes = Удалить этот поток (Ctrl+Z отменяет)
ui-flows-of = Потоки: { $firm }
ui-from-year = с { $year }
ui-confidential-tag = конфиденциально

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Не действует в показанном году: оценён так, будто добавлен после всех действующих обменов.
ui-counterfactual = Контрфактический сценарий: { $text }
ui-evaluated-at-flows = { $exchange }: оценён по тому, что позволяют потоки

## panels/pipeline.rs

ui-landfill-diversion-t = Отвод от захоронения (т)
ui-co2-t-co2e = CO₂ (т CO₂-экв.)
ui-jobs-created = Создано рабочих мест
ui-jobs-safeguarded = Сохранено рабочих мест
ui-water-saved-m3 = Сэкономлено воды (м³)
ui-virgin-material-saved-t = Сэкономлено первичного сырья (т)
ui-type-at-least-one-reported-figure = введите хотя бы один отчётный показатель
ui-pipeline = Воронка
ui-stage = Этап
ui-because = Причина
ui-date = Дата
ui-by = Кто
ui-note = Заметка
ui-what-happened = что произошло
ui-next-action = Следующий шаг
ui-what-is-to-be-done-next = что нужно сделать дальше
ui-owner = Ответственный
ui-who-takes-it = кто берёт на себя
ui-due = Срок
ui-record-stage = Записать этап
ui-reported-outcomes-beside-the-modelled-figures = Отчётные результаты (рядом с модельными показателями, никогда не суммируются с ними)
ui-none-reported-yet = Пока ничего не сообщено.
ui-remove = Удалить
ui-report-an-outcome = Сообщить результат
ui-year = Год
ui-not-reported = не сообщено
ui-evidence = Подтверждение
ui-a-text-or-a-document-path = текст или путь к документу
ui-verified = Проверено
ui-checked-against-evidence = сверено с подтверждением
ui-save-outcome = Сохранить результат
ui-cost-savings = Экономия затрат ({ $currency })
ui-additional-sales = Дополнительные продажи ({ $currency })
ui-private-investment = Частные инвестиции ({ $currency })
ui-not-a-year = год «{ $text }» — не год
ui-figure-not-a-number = { $figure }: «{ $text }» — не число от 0 и выше
ui-modelled-co2 = модель: { $value } т CO₂ в год
ui-reported-figures = отчёт: { $figures }
ui-no-stage = нет
ui-no-stage-yet-implied = Этап ещё не записан (его статусу соответствует: { $stage })
ui-next-action-is = Далее: { $action }
ui-hint-who = кто
ui-exchange-not-in-project = обмена { $id } нет в проекте
ui-evidence-is = подтверждение: { $evidence }

## panels/settings.rs

ui-evaluation = Оценка
ui-evaluation-year = Год оценки
ui-unticked-the-park-is-evaluated-as = Без отметки: парк оценивается в нынешнем году
ui-currency = Валюта
ui-every-money-figure-is-shown-in = Все денежные показатели показываются в ней; значения каталога и параметров (EUR) пересчитываются по fx.CODE
ui-evaluation-parameters = Параметры оценки
ui-each-value-with-its-source-an = Каждое значение со своим источником; изменённое значение сохраняется (один шаг отмены) с источником «edited in Symbiosis Explorer». Денежные параметры — в EUR.
ui-this-year-is = текущий год ({ $year })
ui-per-eur = { $rate } за EUR
ui-max-km = не более { $km } км
ui-material-factors = КЭ первичного { $virgin } · удаления { $disposal }
ui-material-factors-sources =
    КЭ первичного сырья: { $virgin }
    КЭ удаления: { $disposal }
    цена { $price } EUR: { $price_source }
    удаление { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = задан

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Иллюстративный пример: потоки, в источнике которых сказано «illustrative», придуманы для упражнения.
ui-this-year = текущий год
ui-guided-tour = Экскурсия
ui-back = Назад
ui-next = Далее
ui-would-the-matcher-have-found-this = Нашёл бы поиск этот парк?
ui-greenfield-matching-existing-exchanges-ignored-compared = Поиск с чистого листа (без существующих обменов) в сравнении с документированными обменами
ui-tour-computed-here = Рассчитано здесь для существующих обменов ({ $count }) в { $year }: { $co2 } т CO₂ предотвращено в год; в год обменивается { $tonnes } т материалов, { $mwh } МВт·ч энергии и { $m3 } м³ воды (доля каждого обмена в одном распределении по его потокам; известные или рассчитанные по потокам количества, простые коэффициенты выбросов)
ui-step-of = шаг { $step } из { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = у семинара должен быть код (напр., kalundborg-2021-05)
ui-1-workshop = 1 семинар
ui-programme-report = Отчёт по программе…
ui-file-export-the-programme-report-as = Файл > Экспорт: отчёт по программе в HTML или CSV
ui-workshop = Семинар
ui-venue = Место
ui-facilitator = Модератор
ui-programme = Программа
ui-new-workshop = Новый семинар
ui-e-g-kalundborg-2021-05 = напр., kalundborg-2021-05
ui-who-leads-it = кто ведёт
ui-e-g-bis-interreg-2019-2021 = напр., BIS Interreg 2019-2021
ui-agenda-remarks = повестка, замечания
ui-add-workshop = Добавить семинар
ui-enter-haves-and-wants-at-this = Ввести «есть» и «нужно» на этом семинаре (быстрый ввод)
ui-not-an-attendee = не участник
ui-add-an-attending-firm-a-few = добавить предприятие-участника: несколько букв
ui-leads-not-matched-yet = Зацепки: поиск ещё не запускался
ui-no-stage-recorded-yet = этапы ещё не записаны
ui-hint-where = где
ui-stage-on = { $stage } { $date }
ui-workshop-exists = семинар «{ $id }» уже есть
ui-date-bad = дата «{ $date }» записана не в виде ГГГГ-ММ-ДД (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } семинар
        [few] { $count } семинара
        [many] { $count } семинаров
       *[other] { $count } семинара
    }
ui-attendees =
    Участники ({ $count ->
        [one] { $count } предприятие
        [few] { $count } предприятия
        [many] { $count } предприятий
       *[other] { $count } предприятия
    })
ui-produced = Итог: введено «есть» и «нужно» — { $count }
ui-leads =
    Зацепки: { $count ->
        [one] { $count } кандидат
        [few] { $count } кандидата
        [many] { $count } кандидатов
       *[other] { $count } кандидата
    } по его записям
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } т CO₂ в год)
ui-synergies-from-it = Синергии с него: { $count }
ui-reached-since = Достигнуто с { $date }: { $stages }

## presentation.rs

ui-firms-linked = связанных предприятий
ui-materials-per-year = материалов в год
ui-co2-avoided-per-year = CO₂ предотвращено в год
ui-exit-presentation-f11 = Выйти из презентации (F11)
ui-anonymise-firms = Скрыть названия предприятий
ui-in-year = в { $year } г.
ui-headline-exchanges = обменов
ui-second-language = Второй язык
ui-second-language-none = нет

## quick_entry.rs

ui-type-has-or-wants = введите «есть» или «нужно»
ui-quantity-not-a-number = количество «{ $text }» — не число
ui-no-firm-called = нет предприятия «{ $name }»
ui-no-material-called = нет материала «{ $name }»

## tasks.rs

ui-save-as-stopped-without-a-result = «Сохранить как» остановилось без результата
ui-opening-the-project-stopped-without-a = Открытие проекта остановилось без результата
ui-export-failed-it-stopped-without-a = Экспорт не удался: он остановился без результата
ui-rediscovery-found = Поиск с чистого листа нашёл { $found } из { $documented } документированных обменов, каждый в году, когда он действовал (10 кандидатов на поток предложения).
ui-rediscovery-products =
    { $count ->
        [one] { $count } продажа продукции (того, ради продажи чего существует предприятие) — не кандидат симбиоза и не учитывается.
        [few] { $count } продажи продукции (того, ради продажи чего существует предприятие) — не кандидаты симбиоза и не учитываются.
        [many] { $count } продаж продукции (того, ради продажи чего существует предприятие) — не кандидаты симбиоза и не учитываются.
       *[other] { $count } продажи продукции (того, ради продажи чего существует предприятие) — не кандидаты симбиоза и не учитываются.
    }
ui-rediscovery-not-found = Не найдены: { $missed }.
ui-result-dropped = { $job }: результат отброшен, проект изменился во время работы; запустите снова
ui-matching-found =
    { $count ->
        [one] Найден { $count } кандидат
        [few] Найдено { $count } кандидата
        [many] Найдено { $count } кандидатов
       *[other] Найдено { $count } кандидата
    }
ui-best-allocation-found = Лучшее распределение за отведённое время: обменов — { $count }, в пределах { $gap } % от оптимума
ui-optimal-allocation-count = Оптимальное распределение: обменов — { $count }
ui-optimisation-stopped = Оптимизация остановлена: { $error }
ui-scenarios-stopped = Сравнение сценариев остановлено: { $error }
ui-export-failed = Экспорт не удался: { $error }

## windows/export.rs

ui-export-2 = Экспорт
ui-folder = Папка
ui-include-confidential-flows-left-out-by = Включить конфиденциальные потоки (по умолчанию исключены)
ui-csv-the-import-formats = CSV (форматы импорта)
ui-lat-lon-wgs-84 = широта/долгота (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (предприятия, обмены, кандидаты; долгота/широта)
ui-html-report-one-self-contained-file = Отчёт HTML (один самодостаточный файл)
ui-map-image-png-of-the-current = Изображение карты (PNG) текущего вида
ui-the-map-image-has-a-legend = На изображении карты есть легенда, масштабная линейка и ссылки на источники подложки; оно показывает год шкалы времени.
ui-programme-report-of = Отчёт по программе:
ui-all-synergies = все синергии
ui-programme-report-html = Отчёт по программе (HTML)
ui-programme-report-csv = Отчёт по программе (CSV)
ui-type-the-folder-to-export-into = Введите папку для экспорта
ui-wrote = Записано: { $files }
ui-confidential-left-out =
    { $count ->
        [one] исключён { $count } конфиденциальный поток
        [few] исключено { $count } конфиденциальных потока
        [many] исключено { $count } конфиденциальных потоков
       *[other] исключено { $count } конфиденциального потока
    }
ui-xy-in = x/y в { $code } { $name }
ui-export-cards = Карточки «есть/нужно» (PDF, A4: лист на предприятие, затем { $blank } пустых карточек)
ui-exporting-into = Экспорт в { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Выберите firms.csv и flows.csv
ui-checking-the-files-stopped-without-a = Проверка файлов остановилась без результата
ui-import-csv-2 = Импорт CSV
ui-files-in-the-csv-formats-of = Файлы в CSV-форматах из README (нужны firms.csv и flows.csv). Предприятия, уже имеющиеся в проекте, обновляются по коду; потоки и обмены добавляются.
ui-path-to-firms-csv = путь к firms.csv
ui-path-to-flows-csv = путь к flows.csv
ui-coordinates = Координаты
ui-lat-lon-or-x-y-with = широта/долгота или x/y со столбцом crs
ui-check-files = Проверить файлы
ui-leave-out = (не брать)
ui-optional = необязательно
ui-import-counts = Импортировать: предприятий — { $firms }, потоков — { $flows }, обменов — { $exchanges }
ui-column-mapping = Сопоставление столбцов для { $file } (столбцы вне формата)
ui-import-problems =
    { $count ->
        [one] { $count } проблема; ничего не импортировано. Исправьте файлы (или сопоставьте столбцы) и проверьте снова:
        [few] { $count } проблемы; ничего не импортировано. Исправьте файлы (или сопоставьте столбцы) и проверьте снова:
        [many] { $count } проблем; ничего не импортировано. Исправьте файлы (или сопоставьте столбцы) и проверьте снова:
       *[other] { $count } проблемы; ничего не импортировано. Исправьте файлы (или сопоставьте столбцы) и проверьте снова:
    }
ui-imported-counts = Импортировано: предприятий — { $firms }, потоков — { $flows }, обменов — { $exchanges } (Ctrl+Z отменяет)

## windows/quick.rs

ui-quick-have-want-entry = Быстрый ввод «есть/нужно»
ui-type-tab-to-the-next-field = Вводите, Tab — к следующему полю, Enter — добавить. Достаточно нескольких букв названия предприятия или материала.
ui-firm-name-or-id = название или код предприятия
ui-has-or-wants = Есть или нужно
ui-has-wants = есть / нужно
ui-material-name-or-id = название или код материала
ui-rough-figure = примерная цифра
ui-add-enter = Добавить (Enter)
ui-discard = Отбросить
ui-entries-to-review = Записей семинара на проверку: { $count }

## windows/team.rs

ui-open-an-offline-copy-first-file = Сначала откройте автономную копию (Файл > Командный сервер > Получить копию)
ui-the-server-job-stopped-without-a = Работа с сервером остановилась без результата
ui-team-server = Командный сервер
ui-this-copy = Эта копия
ui-send-this-copys-changes-since-it = Отправить изменения этой копии с момента получения, объединённые с серверными, одной транзакцией
ui-refresh = Обновить
ui-take-the-servers-changes-into-this = Принять изменения с сервера в эту копию, ничего не отправляя
ui-read-only-this-role-may-view = Только чтение: эта роль может просматривать серверный проект, но не менять его.
ui-the-open-project-is-not-an-2 = Открытый проект — не автономная копия серверного проекта.
ui-check-out-from-server-2 = Получить копию с сервера
ui-server = Сервер
ui-project-schema = Проект (схема)
ui-area-w-s-e-n = Область З,Ю,В,С (W,S,E,N)
ui-empty-the-whole-project = пусто: весь проект
ui-offline-copy = Автономная копия
ui-the-password-comes-from-pgpassword-or = Пароль берётся из PGPASSWORD или ~/.pgpass; в копии он никогда не хранится.
ui-check-out = Получить копию
ui-give-the-project-schema-and-a = Укажите проект (схему) и путь для автономной копии
ui-merge-two-copies-no-server = Объединить две копии (без сервера)
ui-base = Основа
ui-the-copy-both-started-from-gpkg = копия, с которой начинали обе (.gpkg)
ui-mine = Моя
ui-your-copy-gpkg = ваша копия (.gpkg)
ui-theirs = Чужая
ui-the-other-copy-gpkg = другая копия (.gpkg)
ui-merged = Результат
ui-the-file-to-write-gpkg = файл для записи (.gpkg)
ui-merge = Объединить
ui-give-all-four-files-base-mine = Укажите все четыре файла: основу, мою, чужую и итоговую для записи
ui-working-with-the-server = Работа с сервером…
ui-row = Строка
ui-field = Поле
ui-mine-for-all = Моё для всех
ui-theirs-for-all = Чужое для всех
ui-this-copys-values-for-all = Значения этой копии для всех
ui-the-servers-values-for-all = Значения сервера для всех
ui-merge-with-these-choices = Объединить с этим выбором
ui-check-in-with-these-choices = Отправить с этим выбором
ui-refresh-with-these-choices = Обновить с этим выбором
ui-checked-out = Получена копия { $schema } (ревизия { $revision }): предприятий — { $firms }, потоков — { $flows }, обменов — { $exchanges }
ui-role-view-only = только чтение: эта роль может лишь просматривать
ui-refreshed = Обновлено: изменений с сервера — { $count }; ревизия сервера { $revision }
ui-checked-in = Отправлено: строк отправлено — { $sent }, получено — { $received }; ревизия сервера { $revision }
ui-conflicts-decided = конфликтов решено: { $count }
ui-checkin-conflicts = Конфликтов: { $count } — одно и то же поле изменено здесь и на сервере. Ничего не изменено; выберите сторону для каждого ниже
ui-merge-conflicts = Конфликтов: { $count }; ничего не записано. Выберите сторону для каждого ниже
ui-merged-into = Объединено в { $path }: изменений из моей — { $mine }, из чужой — { $theirs }
ui-nothing-written = { $error }; ничего не записано
ui-sync-line = копия { $schema } на { $server }, ревизия { $revision }, синхронизирована { $at }
ui-one-area = одна область
ui-conflicts-count = Конфликты ({ $count })
ui-conflicts-open = Конфликтов без выбранной стороны: { $count }

## app.rs

ui-basemap-fallback = { $error } Вместо неё используется встроенная подложка.
ui-not-a-project-or-csv = { $path } — ни проект (.gpkg), ни файл CSV

## recent.rs

ui-opened-working-copy = рабочая копия: сам пример остаётся как был; чтобы сохранить изменения, используйте «Сохранить как»
ui-opened-read-only-role = только чтение: ваша роль на командном сервере может лишь просматривать этот проект
ui-opened-read-only = только чтение: используйте «Сохранить как», чтобы править копию
ui-opened-redrawn =
    { $count ->
        [one] { $count } линия обмена перерисована к предприятиям, перемещённым в другой программе (QGIS?)
        [few] { $count } линии обменов перерисованы к предприятиям, перемещённым в другой программе (QGIS?)
        [many] { $count } линий обменов перерисованы к предприятиям, перемещённым в другой программе (QGIS?)
       *[other] { $count } линии обменов перерисованы к предприятиям, перемещённым в другой программе (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: оценён по тому, что позволяют потоки
ui-opened-overfilled =
    { $count ->
        [one] { $count } обмен указывает больше, чем позволяют его потоки (см. вкладку «Обмены»)
        [few] { $count } обмена указывают больше, чем позволяют их потоки (см. вкладку «Обмены»)
        [many] { $count } обменов указывают больше, чем позволяют их потоки (см. вкладку «Обмены»)
       *[other] { $count } обмена указывают больше, чем позволяют их потоки (см. вкладку «Обмены»)
    }
ui-opened = Открыт { $path }
ui-could-not-copy-sample = Не удалось скопировать пример { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Проверка файлов
job-evaluation = Оценка
job-explanation = Объяснение
job-export = Экспорт
job-existing-figures = Показатели существующих обменов
job-matching = Поиск обменов
job-opening = Открытие
job-optimisation = Оптимизация
job-presentation = Презентация
job-rediscovery = Повторное открытие
job-save-as = Сохранить как
job-scenario-comparison = Сравнение сценариев
job-team-server = Командный сервер

## words.rs (the project's enumerations)

stage-identified = выявлен
stage-contacted = установлен контакт
stage-met = встреча
stage-feasibility = технико-экономическое обоснование
stage-agreed = согласован
stage-implemented = внедрён
stage-completed = завершён
stage-dropped = отклонён
reason-technical = технические причины
reason-economic = экономические причины
reason-regulatory = нормативные причины
reason-quality = качество
reason-no_interest = нет интереса
reason-other = другое
direction-supply = есть
direction-demand = нужно
role-residue = отход/побочный продукт
role-product = продукция
transport-road = автотранспорт
transport-articulated = автопоезд
transport-rail = железная дорога
transport-ship = судно
transport-pipeline = трубопровод
transport-grid = сеть
ui-unit-kt = тыс. т
