# Błędy rdzenia w postaci, w jakiej pokazuje je aplikacja (src/i18n/errors.rs).

## Otwieranie pliku projektu
err-open-not-found = { $path }: nie ma takiego pliku
err-open-empty = { $path }: plik jest pusty (0 bajtów) i nie jest projektem; utwórz projekt poleceniem `import` lub Nowy
err-open-not-sqlite = { $path }: to nie jest plik projektu (ani baza SQLite, ani GeoPackage)
err-open-truncated = { $path }: plik jest ucięty ({ $actual } z { $expected } bajtów); przywróć go z kopii zapasowej
err-open-corrupt = { $path }: plik jest uszkodzony ({ $detail }); pozostawiono go bez zmian, przywróć go z kopii zapasowej
err-open-foreign-sqlite = { $path }: baza SQLite innego programu, a nie projekt GeoPackage; pozostawiono ją bez zmian
err-open-foreign-geopackage = { $path }: GeoPackage innego programu, a nie projekt Symbiosis Explorer; pozostawiono go bez zmian. Zaimportuj jego dane do nowego projektu (wyeksportuj warstwy do CSV i uruchom `symbiosis-explorer import`)
err-open-too-new = { $path }: zapisany przez nowszy Symbiosis Explorer (schemat projektu { $found }; ta wersja czyta do { $supported }); plik pozostawiono bez zmian, otwórz go nowszą wersją
err-open-bad-version = { $path }: wersja schematu '{ $found }' (se_metadata) nie jest żadną z zapisywanych przez tę aplikację (od 1 do { $supported }); plik pozostawiono bez zmian
err-open-needs-upgrade = { $path }: schemat projektu { $found } wymaga aktualizacji do { $supported }, ale plik jest tylko do odczytu; otwórz kopię z prawem zapisu
err-open-locked = { $path }: zablokowany przez inny proces (zapisuje do niego inny Symbiosis Explorer lub QGIS); zamknij go tam i spróbuj ponownie
err-open-triggers = { $path }: zawiera wyzwalacze, które nie należą do GeoPackage ani GDAL ({ $names }); wyzwalacz uruchamia się przy każdej edycji, więc plik odrzucono i pozostawiono bez zmian. Usuń je (DROP TRIGGER), jeśli ufasz plikowi
err-open-not-tables = { $path }: { $detail } tam, gdzie aplikacja oczekuje tabeli; plik odrzucono i pozostawiono bez zmian
err-open-too-slow = { $path }: odczyt pliku trwa zbyt długo (ponad { $seconds } s); może zawierać niekończące się zapytanie. Pozostawiono go bez zmian
err-open-invalid = { $path }: projekt zawiera dane, których aplikacja nie może przyjąć: { $detail }; plik pozostawiono bez zmian. Popraw je w programie, który je zapisał (lub przywróć kopię zapasową), i otwórz plik ponownie
err-open-unsaved-wal = { $path }: plik leży na nośniku tylko do odczytu, a w { $path }-wal są niezapisane zmiany; skopiuj oba pliki do folderu z prawem zapisu i otwórz kopię
err-path-detail = { $path }: { $detail }

## Odczyt i edycja otwartego projektu
err-store-read-only = projekt jest otwarty tylko do odczytu; edytuj kopię (Zapisz jako)
err-store-locked = plik projektu jest zablokowany przez inny proces; spróbuj ponownie za chwilę
err-store-too-slow = odczyt pliku projektu trwa zbyt długo (ponad 10 s); może zawierać niekończące się zapytanie
err-store-not-found = nie znaleziono: { $what }
err-store-exists = { $path } już istnieje; wybierz inną nazwę
err-store-sqlite = plik projektu: { $detail }

## Serwer zespołu
err-team-connect = serwer { $server }: nie udało się połączyć: { $detail }
err-team-read-only = tylko do odczytu: { $detail }
err-team-server = serwer { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konflikt
    [few] { $count } konflikty
   *[many] { $count } konfliktów
}; ani na serwerze, ani w kopii niczego nie zmieniono; wybierz stronę (--prefer local|server)

## Wpisane liczby, kody i jednostki
err-number-empty = nie podano liczby
err-number-not-a-number = '{ $text }' nie jest liczbą
err-number-too-large = '{ $text }' to zbyt duża liczba
err-fkko-length = '{ $text }' nie jest kodem FKKO: ma { $digits } cyfr, a kod FKKO ma 11 (np. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' nie jest kodem FKKO: dozwolone są tylko cyfry i spacje (np. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' nie jest kodem FKKO: jego pierwsza cyfra, blok, wynosi od 1 do 9
err-fkko-class = '{ $text }' nie jest kodem rodzaju odpadu: jego ostatnia cyfra, klasa zagrożenia, to { $class }; rodzaj odpadu ma klasę od 1 do 5 (0 oznacza nagłówek katalogu)
err-unit-no-density = { $material } mierzy się w { $unit }, nie w { $from }, a katalog nie podaje gęstości (t na m3) do przeliczenia (dodaj { $column } w materials.csv albo podaj ilość w { $unit })
err-unit-no-energy = { $material } mierzy się w { $unit }, nie w { $from }, a katalog nie podaje wartości energetycznej (MWh na t) do przeliczenia (dodaj { $column } w materials.csv albo podaj ilość w { $unit })

## Problemy w importowanych plikach CSV (każdy po plik:wiersz:kolumna)
err-csv-line-too-long = wiersz jest dłuższy niż { $bytes } bajtów; czy to plik CSV? (każdy rekord zajmuje jeden wiersz)
err-csv-stopped = przerwano po { $count } problemach; popraw je i uruchom import ponownie
err-csv-unclosed-quote = cudzysłów (") otwiera tu pole i nigdzie się nie zamyka; zamknij go albo podwój cudzysłów wewnątrz pola ("")
err-csv-field-too-long = pole jest dłuższe niż { $bytes } bajtów
err-csv-unreadable-row = nieczytelny rekord CSV: { $detail }
err-csv-empty-file = plik jest pusty; potrzebny jest wiersz nagłówka z { $columns }
err-csv-unknown-column = nieznana kolumna '{ $name }' (oczekiwane: { $known })
err-csv-column-twice = kolumna '{ $name }' występuje dwukrotnie
err-csv-more-in-header = i jeszcze problemów w nagłówku: { $count }
err-csv-missing-column = brak wymaganej kolumny '{ $name }'
err-csv-row-width = rekord ma { $fields } pól, a nagłówek { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' jest niejednoznaczne w pliku rozdzielanym przecinkami; użyj kropki jako separatora dziesiętnego
err-csv-not-a-number = { $name } '{ $text }' nie jest liczbą
err-csv-implausible-year = { $name } { $year } to nieprawdopodobny rok (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' nie jest rokiem
err-csv-not-yes-no = { $name } '{ $text }' to nie tak/nie (wpisz true lub false)
err-csv-required = { $name }: pole wymagane
err-csv-unknown-value = { $what }: nieznana wartość '{ $text }' (dozwolone: { $expected })
err-csv-duplicate-firm = powtórzony identyfikator przedsiębiorstwa '{ $id }' (po raz pierwszy w wierszu { $line })
err-csv-coordinate-outside = { $name } { $value } poza zakresem -{ $limit }..{ $limit }
err-csv-unknown-nace = nieznany kod NACE Rev.2 '{ $code }'
err-csv-unknown-firm = nieznany identyfikator przedsiębiorstwa '{ $id }' (brak w pliku przedsiębiorstw)
err-csv-unknown-material = nieznany materiał '{ $id }' (dodaj go w materials.csv lub użyj identyfikatora z katalogu)
err-csv-unit-mismatch-density = jednostki nie pasują: { $material } mierzy się w { $unit }, nie w { $from }, a katalog nie podaje gęstości (t na m3) do przeliczenia (dodaj { $column } w materials.csv albo podaj ilość w { $unit })
err-csv-unit-mismatch-energy = jednostki nie pasują: { $material } mierzy się w { $unit }, nie w { $from }, a katalog nie podaje wartości energetycznej (MWh na t) do przeliczenia (dodaj { $column } w materials.csv albo podaj ilość w { $unit })
err-csv-years-reversed = rok końcowy { $to } jest wcześniejszy niż rok początkowy { $from }
err-csv-negative-quantity = ujemna ilość { $value }; ilości podaje się na rok i wynoszą zero lub więcej
err-csv-unknown-ewc = nieznany kod odpadu EWC '{ $code }' (europejski katalog odpadów, np. 10 01 05)
err-csv-not-negative = { $name } nie może być ujemne
err-csv-not-positive = { $name } musi być większe od zera, a nie { $value }
err-csv-unknown-workshop = nieznany warsztat '{ $id }' (brak w workshops.csv)
err-csv-ratio-positive = ratio musi być dodatnie, a nie { $value }
err-csv-employees = employees musi być liczbą całkowitą równą zero lub większą, a nie { $text }
err-csv-needs-crs = { $x }/{ $y } wymagają układu współrzędnych: dodaj kolumnę 'crs' (np. EPSG:3006) albo importuj z --crs
err-csv-id-not-whole = id '{ $text }' nie jest liczbą całkowitą od 1
err-csv-exchange-id-twice = id wymiany { $id } występuje dwa razy
err-csv-same-firm-twice = wymiana wymaga dwóch różnych przedsiębiorstw, a nie dwa razy '{ $id }'
err-csv-counterfactual-km = counterfactual_km musi wynosić od 0 do 20000 km, a nie { $value }
err-csv-not-utf8 = plik nie jest w UTF-8; zapisz go jako „CSV UTF-8” i spróbuj ponownie
err-csv-not-a-date = { $name } '{ $text }' nie jest datą w formacie RRRR-MM-DD (np. 2021-06-14)
err-csv-unknown-exchange = nieznana wymiana { $id } (identyfikatory pokazywane przez `exchanges` i aplikację albo kolumna id w exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' nie jest liczbą całkowitą
err-csv-workshop-id-twice = id warsztatu '{ $id }' występuje dwa razy
err-csv-unknown-firm-in-csv = nieznane przedsiębiorstwo '{ $id }' (brak w firms.csv)
err-csv-reason-not-dropped = powód podaje się tylko tam, gdzie etap jest przerwany (dropped)
err-csv-outside-range = { $name } { $value } poza zakresem { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' nie jest kluczem tłumaczenia: description.<kod> lub tour_N.<kod>, <kod> jeden z { $codes }
err-csv-tour-step = krok przewodnika '{ $key }' wymaga numeru od 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = niezgodność jednostek: materiał mierzy się w { $canonical }, a nie w { $unit }
err-csv-kind-unit-energy = niezgodność jednostek: energię mierzy się w { $canonical }, a nie w { $unit }
err-csv-kind-unit-water = niezgodność jednostek: wodę mierzy się w { $canonical }, a nie w { $unit }
err-csv-unknown-country = nieznany kraj '{ $text }' (dwuliterowy kod ISO 3166 z mapy, np. { $codes })
err-csv-cell-control-name = komórka zawiera znak sterujący { $code } (identyfikatory i nazwy nie mogą zawierać znaków sterujących)
err-csv-cell-control-free = komórka zawiera znak sterujący { $code } (tekst może zawierać tylko tabulację i podziały wierszy)
err-range-not-usable = { $name } { $value } nie jest liczbą, której aplikacja może użyć
err-range-negative = { $name } { $value } jest ujemne; musi wynosić zero lub więcej (do { $max })
err-csv-project-key = { $problem } (klucze projektu: { $keys })
err-csv-in-material-unit = { $name } w jednostce materiału:
err-csv-two-positions = są zarówno kolumny lat/lon, jak i { $x }/{ $y }: zostaw jedną parę, aby żadne położenie nie było czytane dwa razy
err-csv-unknown-port = nieznany port '{ $text }' (port z mapy bazowej, np. Kalundborg, Aalborg)
err-csv-unknown-language = nieznany język '{ $code }'; języki to { $codes }
err-csv-outcome-twice = wymiana { $id } ma drugi wynik za rok { $year }; jeden wiersz na wymianę i rok
err-param-not-a-number = { $key } musi być liczbą
err-param-rate-not-positive = { $key } musi być większy od zera (jednostki waluty za EUR)
err-param-not-ets-flag = { $key } musi wynosić 1 (w EU ETS) albo 0
err-param-not-a-fraction = { $key } to ułamek (0,05 = 5 %), a nie { $value }
err-param-lifetime = { $key } musi wynosić od 1 do 200 lat, a nie { $value }
err-param-circuity = { $key } musi wynosić co najmniej 1 (trasa nigdy nie jest krótsza niż linia prosta)
err-param-negative = { $key } nie może być ujemny
err-param-unknown-currency = nieznana waluta '{ $code }' w '{ $key }' (dozwolone: { $expected })
err-param-country-key = nieznany parametr '{ $key }' (klucze kraju wyglądają jak country.DK.grid_ef)
err-param-unknown-country = nieznany kraj '{ $code }' w '{ $key }' (dozwolone: { $expected })
err-param-country-field = nieznany parametr '{ $key }' (kraj ma grid_ef, heat_ef, landfill_cost i in_ets)
err-param-unknown = nieznany parametr '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = nieznany rodzaj transportu w '{ $key }'
err-crs-unknown = nieznany układ współrzędnych '{ $text }' (dozwolone: { $known })
err-crs-unsupported = układ współrzędnych EPSG:{ $epsg } nie jest obsługiwany (obsługiwane: { $known })
err-crs-not-numbers = współrzędne muszą być liczbami
err-crs-from-grid = nie można przeliczyć z { $code }: { $detail }
err-crs-to-grid = nie można przeliczyć do { $code }: { $detail }
err-crs-outside = wschód { $easting } / północ { $northing } w { $code } ({ $name }) leży poza regionem Morza Bałtyckiego (szerokość { $lat }, długość { $lon }); czy to właściwy układ współrzędnych?
err-crs-outside-swapped = wschód { $easting } / północ { $northing } w { $code } ({ $name }) leży poza regionem Morza Bałtyckiego (szerokość { $lat }, długość { $lon }); wschód i północ wyglądają na zamienione
err-crs-no-position = szerokość { $lat }, długość { $lon } nie ma położenia w { $code }

## Uwagi o zaimportowanych wartościach
note-text = uwaga: { $text }
converted = { $quantity } { $from } przeliczono na { $converted } { $unit } dla materiału { $material }
converted-energy = { $quantity } { $from } przeliczono na { $converted } { $unit } dla materiału { $material } przy { $factor } MWh na t ({ $source })
converted-density = { $quantity } { $from } przeliczono na { $converted } { $unit } dla materiału { $material } przy { $factor } t na m3 ({ $source })
note-no-country = uwaga: przedsiębiorstwo '{ $id }' nie leży w żadnym kraju mapy (ani w promieniu { $km } km od niego): podaj jego kraj w kolumnie 'country'; parametry kraju go nie dotyczą
note-stage-wins = uwaga: wymiana { $id } ma status { $status }, ale jej ostatni etap to { $stage } ({ $date }): decyduje etap, status { $wins }
overfill-flow = strumień { $flow } jest przepełniony o { $excess }
overfill-supply = przedsiębiorstwo { $firm }: podaż (materiał { $material }, strumień { $flow }) jest przekroczona o { $excess } { $unit }
overfill-demand = przedsiębiorstwo { $firm }: popyt (materiał { $material }, strumień { $flow }) jest przekroczony o { $excess } { $unit }
overfill-exchange = wymiana { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = dodanie przedsiębiorstwa { $name }
edit-edit-firm = edycja przedsiębiorstwa { $name }
edit-delete-firm = usunięcie przedsiębiorstwa { $name }
edit-add-supply = dodanie strumienia { $firm }: podaż { $material }
edit-add-demand = dodanie strumienia { $firm }: popyt { $material }
edit-edit-flow = edycja strumienia { $id }
edit-delete-supply = usunięcie strumienia { $firm }: podaż { $material }
edit-delete-demand = usunięcie strumienia { $firm }: popyt { $material }
edit-add-pasted-flows = dodanie wklejonych strumieni: { $count }
edit-edit-flows = edycja strumieni: { $count }
edit-delete-flows = usunięcie strumieni: { $count }
edit-add-exchange = dodanie wymiany { $from } -> { $to } { $material }
edit-edit-exchange = edycja wymiany { $from } -> { $to } ({ $status })
edit-delete-exchange = usunięcie wymiany { $from } -> { $to }
edit-import = import: przedsiębiorstwa { $firms }, strumienie { $flows }, wymiany { $exchanges }
edit-project-settings = ustawienia projektu { $name }
edit-record-stage = wymiana { $from } -> { $to }: { $stage }, { $date }
edit-set-parameter = parametr { $key } = { $value }
edit-add-contact = dodanie kontaktu { $name } w { $firm }
edit-edit-contact = edycja kontaktu { $name } w { $firm }
edit-outcome = wynik wymiany { $id } za rok { $year }
edit-remove-outcome = usunięcie wyniku wymiany { $id } za rok { $year }
edit-workshop = warsztat { $id }, { $date }
edit-remove-workshop = usunięcie warsztatu { $id }
edit-erase-contact = kontakt { $id } w { $firm } usunięty całkowicie (nie można cofnąć)
