# Ошибки ядра, как их показывает приложение (src/i18n/errors.rs).

## Открытие файла проекта
err-open-not-found = { $path }: такого файла нет
err-open-empty = { $path }: файл пуст (0 байт) и не является проектом; создайте проект командой `import` или «Создать»
err-open-not-sqlite = { $path }: это не файл проекта (не база SQLite и не GeoPackage)
err-open-truncated = { $path }: файл обрезан ({ $actual } из { $expected } байт); восстановите его из резервной копии
err-open-corrupt = { $path }: файл повреждён ({ $detail }); он оставлен без изменений, восстановите его из резервной копии
err-open-foreign-sqlite = { $path }: база SQLite другой программы, а не проект GeoPackage; файл оставлен без изменений
err-open-foreign-geopackage = { $path }: GeoPackage другой программы, а не проект Symbiosis Explorer; файл оставлен без изменений. Импортируйте его данные в новый проект (выгрузите слои в CSV и выполните `symbiosis-explorer import`)
err-open-too-new = { $path }: записан более новой версией Symbiosis Explorer (схема проекта { $found }; эта версия читает до { $supported }); файл оставлен без изменений, откройте его более новой версией
err-open-bad-version = { $path }: версия схемы '{ $found }' (se_metadata) не из тех, что пишет это приложение (от 1 до { $supported }); файл оставлен без изменений
err-open-needs-upgrade = { $path }: схему проекта { $found } нужно обновить до { $supported }, но файл доступен только для чтения; откройте копию, доступную для записи
err-open-locked = { $path }: файл заблокирован другим процессом (в него пишет другой Symbiosis Explorer или QGIS); закройте его там и повторите попытку
err-open-triggers = { $path }: содержит триггеры, не принадлежащие GeoPackage или GDAL ({ $names }); триггер срабатывает при каждой правке, поэтому файл отклонён и оставлен без изменений. Удалите их (DROP TRIGGER), если доверяете файлу
err-open-not-tables = { $path }: { $detail } там, где приложение ожидает таблицу; файл отклонён и оставлен без изменений
err-open-too-slow = { $path }: файл читается слишком долго (более { $seconds } с); возможно, в нём бесконечный запрос. Файл оставлен без изменений
err-open-invalid = { $path }: в проекте есть данные, которые приложение не может принять: { $detail }; файл оставлен без изменений. Исправьте их в программе, которая их записала (или восстановите резервную копию), и откройте файл снова
err-open-unsaved-wal = { $path }: файл лежит на носителе только для чтения, а в { $path }-wal есть несохранённые изменения; скопируйте оба файла в папку с правом записи и откройте копию
err-path-detail = { $path }: { $detail }

## Чтение и правка открытого проекта
err-store-read-only = проект открыт только для чтения; чтобы править, сохраните копию («Сохранить как»)
err-store-locked = файл проекта заблокирован другим процессом; повторите попытку чуть позже
err-store-too-slow = файл проекта читается слишком долго (более 10 с); возможно, в нём бесконечный запрос
err-store-not-found = { $what }: не найдено
err-store-exists = { $path } уже существует; выберите другое имя
err-store-sqlite = файл проекта: { $detail }

## Сервер команды
err-team-connect = сервер { $server }: не удалось подключиться: { $detail }
err-team-read-only = только чтение: { $detail }
err-team-server = сервер { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } конфликт
    [few] { $count } конфликта
   *[other] { $count } конфликтов
}; ни на сервере, ни в копии ничего не изменено; выберите сторону (--prefer local|server)

## Введённые числа, коды и единицы
err-number-empty = число не введено
err-number-not-a-number = '{ $text }' — не число
err-number-too-large = '{ $text }' — слишком большое число
err-fkko-length = '{ $text }' — не код ФККО: в нём { $digits } цифр, а в коде ФККО 11 (например, 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' — не код ФККО: допускаются только цифры и пробелы (например, 4 71 101 01 52 1)
err-fkko-block = '{ $text }' — не код ФККО: его первая цифра, блок, от 1 до 9
err-fkko-class = '{ $text }' — не код вида отходов: его последняя цифра, класс опасности, равна { $class }; у вида отходов класс от 1 до 5 (0 обозначает заголовок каталога)
err-unit-no-density = { $material } измеряется в { $unit }, а не в { $from }, и в каталоге нет плотности (т на м3) для пересчёта (добавьте { $column } в materials.csv или укажите количество в { $unit })
err-unit-no-energy = { $material } измеряется в { $unit }, а не в { $from }, и в каталоге нет энергосодержания (МВт·ч на т) для пересчёта (добавьте { $column } в materials.csv или укажите количество в { $unit })

## Ошибки в импортируемых файлах CSV (после файл:строка:столбец)
err-csv-line-too-long = строка длиннее { $bytes } байт; это точно файл CSV? (каждая запись занимает одну строку)
err-csv-stopped = остановлено после { $count } ошибок; исправьте их и запустите импорт снова
err-csv-unclosed-quote = здесь кавычка (") открывает поле и нигде не закрывается; закройте её или удвойте кавычку внутри поля ("")
err-csv-field-too-long = поле длиннее { $bytes } байт
err-csv-unreadable-row = не удаётся прочитать запись CSV: { $detail }
err-csv-empty-file = файл пуст; нужна строка заголовков с { $columns }
err-csv-unknown-column = неизвестный столбец '{ $name }' (ожидаются: { $known })
err-csv-column-twice = столбец '{ $name }' встречается дважды
err-csv-more-in-header = и ещё ошибок в заголовке: { $count }
err-csv-missing-column = нет обязательного столбца '{ $name }'
err-csv-row-width = в записи { $fields } полей, а в заголовке { $width }
err-csv-ambiguous-comma = { $name } '{ $text }': в файле с разделителем-запятой это неоднозначно; используйте точку как десятичный знак
err-csv-not-a-number = { $name } '{ $text }' — не число
err-csv-implausible-year = { $name } { $year } — неправдоподобный год (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' — не год
err-csv-not-yes-no = { $name } '{ $text }' — не «да/нет» (пишите true или false)
err-csv-required = { $name }: поле обязательно
err-csv-unknown-value = { $what }: неизвестное значение '{ $text }' (допустимы: { $expected })
err-csv-duplicate-firm = повторный id предприятия '{ $id }' (впервые в строке { $line })
err-csv-coordinate-outside = { $name } { $value } вне диапазона -{ $limit }..{ $limit }
err-csv-unknown-nace = неизвестный код NACE Rev.2 '{ $code }'
err-csv-unknown-firm = неизвестный id предприятия '{ $id }' (его нет в файле предприятий)
err-csv-unknown-material = неизвестный материал '{ $id }' (добавьте его в materials.csv или используйте id из каталога)
err-csv-unit-mismatch-density = единицы не совпадают: { $material } измеряется в { $unit }, а не в { $from }, и в каталоге нет плотности (т на м3) для пересчёта (добавьте { $column } в materials.csv или укажите количество в { $unit })
err-csv-unit-mismatch-energy = единицы не совпадают: { $material } измеряется в { $unit }, а не в { $from }, и в каталоге нет энергосодержания (МВт·ч на т) для пересчёта (добавьте { $column } в materials.csv или укажите количество в { $unit })
err-csv-years-reversed = год окончания { $to } раньше года начала { $from }
err-csv-negative-quantity = отрицательное количество { $value }; количества даются за год и не меньше нуля
err-csv-unknown-ewc = неизвестный код EWC '{ $code }' (Европейский перечень отходов, например 10 01 05)
err-csv-not-negative = { $name } не может быть отрицательным
err-csv-not-positive = { $name } должен быть больше нуля, а не { $value }
err-csv-unknown-workshop = неизвестный семинар '{ $id }' (нет в workshops.csv)
err-csv-ratio-positive = ratio должен быть положительным, а не { $value }
err-csv-employees = employees должно быть целым числом не меньше нуля, а не { $text }
err-csv-needs-crs = для { $x }/{ $y } нужна система координат: добавьте столбец 'crs' (например, EPSG:3006) или импортируйте с --crs
err-csv-id-not-whole = id '{ $text }' — не целое число от 1
err-csv-exchange-id-twice = id обмена { $id } встречается дважды
err-csv-same-firm-twice = обмену нужны два разных предприятия, а не дважды '{ $id }'
err-csv-counterfactual-km = counterfactual_km должен быть от 0 до 20000 км, а не { $value }
err-csv-not-utf8 = файл не в кодировке UTF-8; сохраните его как «CSV UTF-8» и повторите
err-csv-not-a-date = { $name } '{ $text }' — не дата в виде ГГГГ-ММ-ДД (например, 2021-06-14)
err-csv-unknown-exchange = неизвестный обмен { $id } (id, которые показывают `exchanges` и приложение, или столбец id в exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' — не целое число
err-csv-workshop-id-twice = id семинара '{ $id }' встречается дважды
err-csv-unknown-firm-in-csv = неизвестное предприятие '{ $id }' (нет в firms.csv)
err-csv-reason-not-dropped = причина указывается только для прекращённого этапа (dropped)
err-csv-outside-range = { $name } { $value } вне диапазона { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' — не ключ перевода: description.<код> или tour_N.<код>, <код> — один из { $codes }
err-csv-tour-step = шагу тура '{ $key }' нужен номер от 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = несовпадение единиц: материал измеряется в { $canonical }, а не в { $unit }
err-csv-kind-unit-energy = несовпадение единиц: энергия измеряется в { $canonical }, а не в { $unit }
err-csv-kind-unit-water = несовпадение единиц: вода измеряется в { $canonical }, а не в { $unit }
err-csv-unknown-country = неизвестная страна '{ $text }' (двухбуквенный код ISO 3166 из карты, например { $codes })
err-csv-cell-control-name = ячейка содержит управляющий символ { $code } (в id и названиях управляющие символы недопустимы)
err-csv-cell-control-free = ячейка содержит управляющий символ { $code } (в тексте допустимы только табуляция и переводы строки)
err-range-not-usable = { $name } { $value } — не число, с которым может работать приложение
err-range-negative = { $name } { $value } отрицательно; значение должно быть от нуля (до { $max })
err-csv-project-key = { $problem } (ключи проекта: { $keys })
err-csv-in-material-unit = { $name } в единице материала:
err-csv-two-positions = есть и столбцы lat/lon, и { $x }/{ $y }: оставьте одну пару, чтобы положение не читалось дважды
err-csv-unknown-port = неизвестный порт '{ $text }' (порт базовой карты, например Kalundborg, Aalborg)
err-csv-unknown-language = неизвестный язык '{ $code }'; языки: { $codes }
err-csv-outcome-twice = у обмена { $id } второй результат за { $year } год; по одной строке на обмен и год
err-param-not-a-number = { $key } должен быть числом
err-param-rate-not-positive = { $key } должен быть больше нуля (единиц валюты за евро)
err-param-not-ets-flag = { $key } должен быть 1 (в EU ETS) или 0
err-param-not-a-fraction = { $key } — доля (0,05 = 5 %), а не { $value }
err-param-lifetime = { $key } должен быть от 1 до 200 лет, а не { $value }
err-param-circuity = { $key } должен быть не меньше 1 (путь не бывает короче прямой)
err-param-negative = { $key } не может быть отрицательным
err-param-unknown-currency = неизвестная валюта '{ $code }' в '{ $key }' (допустимы: { $expected })
err-param-country-key = неизвестный параметр '{ $key }' (ключи страны выглядят как country.DK.grid_ef)
err-param-unknown-country = неизвестная страна '{ $code }' в '{ $key }' (допустимы: { $expected })
err-param-country-field = неизвестный параметр '{ $key }' (у страны есть grid_ef, heat_ef, landfill_cost и in_ets)
err-param-unknown = неизвестный параметр '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = неизвестный вид транспорта в '{ $key }'
err-crs-unknown = неизвестная система координат '{ $text }' (допустимы: { $known })
err-crs-unsupported = система координат EPSG:{ $epsg } не поддерживается (поддерживаются: { $known })
err-crs-not-numbers = координаты должны быть числами
err-crs-from-grid = не удаётся пересчитать из { $code }: { $detail }
err-crs-to-grid = не удаётся пересчитать в { $code }: { $detail }
err-crs-outside = восток { $easting } / север { $northing } в { $code } ({ $name }) лежит вне Балтийского региона (широта { $lat }, долгота { $lon }); та ли это система координат?
err-crs-outside-swapped = восток { $easting } / север { $northing } в { $code } ({ $name }) лежит вне Балтийского региона (широта { $lat }, долгота { $lon }); похоже, восток и север перепутаны
err-crs-no-position = у точки с широтой { $lat }, долготой { $lon } нет положения в { $code }

## Примечания к импортированным значениям
note-text = примечание: { $text }
converted = { $quantity } { $from } пересчитано в { $converted } { $unit } для материала { $material }
converted-energy = { $quantity } { $from } пересчитано в { $converted } { $unit } для материала { $material } по { $factor } МВт·ч на т ({ $source })
converted-density = { $quantity } { $from } пересчитано в { $converted } { $unit } для материала { $material } по { $factor } т на м3 ({ $source })
note-no-country = примечание: предприятие '{ $id }' не лежит ни в одной стране карты (и не ближе { $km } км к ней): укажите его страну в столбце 'country'; параметры страны к нему не применяются
note-stage-wins = примечание: у обмена { $id } статус { $status }, но его последний этап — { $stage } ({ $date }): решает этап, статус { $wins }
overfill-flow = поток { $flow } переполнен на { $excess }
overfill-supply = предприятие { $firm }: предложение (материал { $material }, поток { $flow }) превышено на { $excess } { $unit }
overfill-demand = предприятие { $firm }: спрос (материал { $material }, поток { $flow }) превышен на { $excess } { $unit }
overfill-exchange = обмен { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = добавление предприятия { $name }
edit-edit-firm = изменение предприятия { $name }
edit-delete-firm = удаление предприятия { $name }
edit-add-supply = добавление потока { $firm }: предложение { $material }
edit-add-demand = добавление потока { $firm }: спрос { $material }
edit-edit-flow = изменение потока { $id }
edit-delete-supply = удаление потока { $firm }: предложение { $material }
edit-delete-demand = удаление потока { $firm }: спрос { $material }
edit-add-pasted-flows = добавление вставленных потоков: { $count }
edit-edit-flows = изменение потоков: { $count }
edit-delete-flows = удаление потоков: { $count }
edit-add-exchange = добавление обмена { $from } -> { $to } { $material }
edit-edit-exchange = изменение обмена { $from } -> { $to } ({ $status })
edit-delete-exchange = удаление обмена { $from } -> { $to }
edit-import = импорт: предприятий { $firms }, потоков { $flows }, обменов { $exchanges }
edit-project-settings = настройки проекта { $name }
edit-record-stage = обмен { $from } -> { $to }: { $stage }, { $date }
edit-set-parameter = параметр { $key } = { $value }
edit-add-contact = добавление контакта { $name } в { $firm }
edit-edit-contact = изменение контакта { $name } в { $firm }
edit-outcome = результат обмена { $id } за { $year } год
edit-remove-outcome = удаление результата обмена { $id } за { $year } год
edit-workshop = семинар { $id }, { $date }
edit-remove-workshop = удаление семинара { $id }
edit-erase-contact = контакт { $id } в { $firm } удалён полностью (отменить нельзя)
