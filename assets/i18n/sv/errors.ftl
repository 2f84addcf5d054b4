# Kärnans felmeddelanden så som appen visar dem (src/i18n/errors.rs).

## Öppna en projektfil
err-open-not-found = { $path }: ingen sådan fil
err-open-empty = { $path }: filen är tom (0 byte) och inget projekt; skapa ett projekt med `import` eller Nytt
err-open-not-sqlite = { $path }: ingen projektfil (varken SQLite-databas eller GeoPackage)
err-open-truncated = { $path }: filen är avkortad ({ $actual } av { $expected } byte); återställ den från en säkerhetskopia
err-open-corrupt = { $path }: filen är skadad ({ $detail }); den lämnades oförändrad, återställ den från en säkerhetskopia
err-open-foreign-sqlite = { $path }: en SQLite-databas från ett annat program, inte ett GeoPackage-projekt; den lämnades oförändrad
err-open-foreign-geopackage = { $path }: ett GeoPackage från ett annat program, inte ett Symbiosis Explorer-projekt; det lämnades oförändrat. Importera dess data till ett nytt projekt i stället (exportera lagren till CSV och kör `symbiosis-explorer import`)
err-open-too-new = { $path }: skriven av en nyare Symbiosis Explorer (projektschema { $found }; den här versionen läser upp till { $supported }); filen lämnades oförändrad, öppna den med en nyare version
err-open-bad-version = { $path }: schemaversionen '{ $found }' (se_metadata) är inte en som den här appen skrivit (1 till { $supported }); filen lämnades oförändrad
err-open-needs-upgrade = { $path }: projektschema { $found } behöver uppgraderas till { $supported }, men filen är skrivskyddad; öppna en skrivbar kopia
err-open-locked = { $path }: låst av en annan process (en annan Symbiosis Explorer eller QGIS skriver i den); stäng den där och försök igen
err-open-triggers = { $path }: innehåller triggrar som inte är GeoPackages eller GDAL:s egna ({ $names }); en trigger körs vid varje ändring, så filen avvisades och lämnades oförändrad. Ta bort dem (DROP TRIGGER) om du litar på filen
err-open-not-tables = { $path }: { $detail } där appen väntar sig en tabell; filen avvisades och lämnades oförändrad
err-open-too-slow = { $path }: filen tar för lång tid att läsa (över { $seconds } s); den kan innehålla en oändlig fråga. Den lämnades oförändrad
err-open-invalid = { $path }: projektet innehåller data som appen inte kan godta: { $detail }; filen lämnades oförändrad. Rätta dem i programmet som skrev dem (eller återställ en säkerhetskopia) och öppna filen igen
err-open-unsaved-wal = { $path }: filen ligger på skrivskyddad lagring med osparade ändringar i { $path }-wal; kopiera båda filerna till en skrivbar mapp och öppna kopian
err-path-detail = { $path }: { $detail }

## Läsa och redigera ett öppet projekt
err-store-read-only = projektet är öppnat skrivskyddat; redigera en kopia med Spara som
err-store-locked = projektfilen är låst av en annan process; försök igen om en stund
err-store-too-slow = projektfilen tar för lång tid att läsa (över 10 s); den kan innehålla en oändlig fråga
err-store-not-found = { $what } hittades inte
err-store-exists = { $path } finns redan; välj ett annat namn
err-store-sqlite = projektfil: { $detail }

## Teamets server
err-team-connect = server { $server }: kunde inte ansluta: { $detail }
err-team-read-only = skrivskyddad: { $detail }
err-team-server = server { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konflikt
   *[other] { $count } konflikter
}; inget ändrades på servern eller i kopian; välj en sida (--prefer local|server)

## Inskrivna tal, koder och enheter
err-number-empty = inget tal angivet
err-number-not-a-number = '{ $text }' är inget tal
err-number-too-large = '{ $text }' är för stort
err-fkko-length = '{ $text }' är ingen FKKO-kod: den har { $digits } siffror, en FKKO-kod har 11 (t.ex. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' är ingen FKKO-kod: bara siffror och mellanslag får skrivas (t.ex. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' är ingen FKKO-kod: dess första siffra, blocket, är 1 till 9
err-fkko-class = '{ $text }' är ingen kod för ett avfallsslag: dess sista siffra, faroklassen, är { $class }; ett avfallsslag har klass 1 till 5 (0 markerar en rubrik i katalogen)
err-unit-no-density = { $material } mäts i { $unit }, inte { $from }, och katalogen anger ingen densitet (t per m3) att räkna om med (lägg till { $column } i materials.csv, eller ange mängden i { $unit })
err-unit-no-energy = { $material } mäts i { $unit }, inte { $from }, och katalogen anger inget energiinnehåll (MWh per t) att räkna om med (lägg till { $column } i materials.csv, eller ange mängden i { $unit })

## Problem i importerade CSV-filer (var och ett efter fil:rad:kolumn)
err-csv-line-too-long = raden är längre än { $bytes } byte; är detta en CSV-fil? (varje post står på en rad)
err-csv-stopped = stoppade efter { $count } problem; rätta dem och kör importen igen
err-csv-unclosed-quote = ett citattecken (") öppnar ett fält här och stängs aldrig; stäng det, eller dubblera citattecken inuti ett fält ("")
err-csv-field-too-long = fältet är längre än { $bytes } byte
err-csv-unreadable-row = oläslig CSV-post: { $detail }
err-csv-empty-file = filen är tom; den behöver en rubrikrad med { $columns }
err-csv-unknown-column = okänd kolumn '{ $name }' (väntade: { $known })
err-csv-column-twice = kolumnen '{ $name }' förekommer två gånger
err-csv-more-in-header = och { $count } problem till i rubrikraden
err-csv-missing-column = den obligatoriska kolumnen '{ $name }' saknas
err-csv-row-width = posten har { $fields } fält men rubrikraden har { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' är tvetydigt i en kommaseparerad fil; använd punkt som decimaltecken
err-csv-not-a-number = { $name } '{ $text }' är inget tal
err-csv-implausible-year = { $name } { $year } är inget rimligt år (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' är inget år
err-csv-not-yes-no = { $name } '{ $text }' är inte ja/nej (skriv true eller false)
err-csv-required = { $name } är obligatoriskt
err-csv-unknown-value = { $what }: okänt värde '{ $text }' (tillåtna: { $expected })
err-csv-duplicate-firm = dubblett av företags-id '{ $id }' (först på rad { $line })
err-csv-coordinate-outside = { $name } { $value } ligger utanför -{ $limit }..{ $limit }
err-csv-unknown-nace = okänd NACE Rev.2-kod '{ $code }'
err-csv-unknown-firm = okänt företags-id '{ $id }' (finns inte i företagsfilen)
err-csv-unknown-material = okänt material '{ $id }' (lägg till det i materials.csv eller använd ett id ur katalogen)
err-csv-unit-mismatch-density = enheterna stämmer inte: { $material } mäts i { $unit }, inte { $from }, och katalogen anger ingen densitet (t per m3) att räkna om med (lägg till { $column } i materials.csv, eller ange mängden i { $unit })
err-csv-unit-mismatch-energy = enheterna stämmer inte: { $material } mäts i { $unit }, inte { $from }, och katalogen anger inget energiinnehåll (MWh per t) att räkna om med (lägg till { $column } i materials.csv, eller ange mängden i { $unit })
err-csv-years-reversed = slutåret { $to } ligger före startåret { $from }
err-csv-negative-quantity = negativ mängd { $value }; mängder anges per år och är noll eller mer
err-csv-unknown-ewc = okänd EWC-kod '{ $code }' (Europeiska avfallsförteckningen, t.ex. 10 01 05)
err-csv-not-negative = { $name } får inte vara negativ
err-csv-not-positive = { $name } måste vara större än noll, inte { $value }
err-csv-unknown-workshop = okänd workshop '{ $id }' (finns inte i workshops.csv)
err-csv-ratio-positive = ratio måste vara positiv, inte { $value }
err-csv-employees = employees måste vara ett heltal, noll eller mer, inte { $text }
err-csv-needs-crs = { $x }/{ $y } behöver ett koordinatsystem: lägg till en kolumn 'crs' (t.ex. EPSG:3006) eller importera med --crs
err-csv-id-not-whole = id '{ $text }' är inget heltal från 1
err-csv-exchange-id-twice = utbytes-id { $id } används två gånger
err-csv-same-firm-twice = ett utbyte behöver två olika företag, inte '{ $id }' två gånger
err-csv-counterfactual-km = counterfactual_km måste vara 0 till 20000 km, inte { $value }
err-csv-not-utf8 = filen är inte UTF-8; spara den som "CSV UTF-8" och försök igen
err-csv-not-a-date = { $name } '{ $text }' är inget datum skrivet ÅÅÅÅ-MM-DD (t.ex. 2021-06-14)
err-csv-unknown-exchange = okänt utbyte { $id } (de id som `exchanges` och appen visar, eller id-kolumnen i exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' är inget heltal
err-csv-workshop-id-twice = workshop-id '{ $id }' används två gånger
err-csv-unknown-firm-in-csv = okänt företag '{ $id }' (finns inte i firms.csv)
err-csv-reason-not-dropped = en orsak anges bara där steget är avbrutet (dropped)
err-csv-outside-range = { $name } { $value } ligger utanför { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' är ingen översatt nyckel: description.<kod> eller tour_N.<kod>, <kod> en av { $codes }
err-csv-tour-step = rundturssteget '{ $key }' behöver ett nummer från 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = enheterna stämmer inte: material mäts i { $canonical }, inte { $unit }
err-csv-kind-unit-energy = enheterna stämmer inte: energi mäts i { $canonical }, inte { $unit }
err-csv-kind-unit-water = enheterna stämmer inte: vatten mäts i { $canonical }, inte { $unit }
err-csv-unknown-country = okänt land '{ $text }' (en ISO 3166 alpha-2-kod från kartan, t.ex. { $codes })
err-csv-cell-control-name = cellen innehåller styrtecknet { $code } (id och namn får inte innehålla styrtecken)
err-csv-cell-control-free = cellen innehåller styrtecknet { $code } (text får inte innehålla andra styrtecken än tabb och radbrytningar)
err-range-not-usable = { $name } { $value } är inget tal som appen kan använda
err-range-negative = { $name } { $value } är negativ; den måste vara noll eller mer (upp till { $max })
err-csv-project-key = { $problem } (projektnycklar: { $keys })
err-csv-in-material-unit = { $name } i materialets enhet:
err-csv-two-positions = både kolumnerna lat/lon och { $x }/{ $y }: behåll ett par, så att ingen position läses två gånger
err-csv-unknown-port = okänd hamn '{ $text }' (en hamn på baskartan, t.ex. Kalundborg, Aalborg)
err-csv-unknown-language = okänt språk '{ $code }'; språken är { $codes }
err-csv-outcome-twice = utbyte { $id } har ett andra utfall för { $year }; en rad per utbyte och år
err-param-not-a-number = { $key } måste vara ett tal
err-param-rate-not-positive = { $key } måste vara större än noll (enheter av valutan per EUR)
err-param-not-ets-flag = { $key } måste vara 1 (i EU ETS) eller 0
err-param-not-a-fraction = { $key } är en andel (0,05 = 5 %), inte { $value }
err-param-lifetime = { $key } måste vara 1 till 200 år, inte { $value }
err-param-circuity = { $key } måste vara minst 1 (en rutt är aldrig kortare än den raka linjen)
err-param-negative = { $key } får inte vara negativ
err-param-unknown-currency = okänd valuta '{ $code }' i '{ $key }' (tillåtna: { $expected })
err-param-country-key = okänd parameter '{ $key }' (landsnycklar ser ut som country.DK.grid_ef)
err-param-unknown-country = okänt land '{ $code }' i '{ $key }' (tillåtna: { $expected })
err-param-country-field = okänd parameter '{ $key }' (ett land har grid_ef, heat_ef, landfill_cost och in_ets)
err-param-unknown = okänd parameter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = okänt transportslag i '{ $key }'
err-crs-unknown = okänt koordinatsystem '{ $text }' (tillåtna: { $known })
err-crs-unsupported = koordinatsystemet EPSG:{ $epsg } stöds inte (stöds: { $known })
err-crs-not-numbers = koordinaterna måste vara tal
err-crs-from-grid = kan inte transformera från { $code }: { $detail }
err-crs-to-grid = kan inte transformera till { $code }: { $detail }
err-crs-outside = öst { $easting } / nord { $northing } i { $code } ({ $name }) ligger utanför Östersjöregionen (latitud { $lat }, longitud { $lon }); är det rätt koordinatsystem?
err-crs-outside-swapped = öst { $easting } / nord { $northing } i { $code } ({ $name }) ligger utanför Östersjöregionen (latitud { $lat }, longitud { $lon }); öst och nord verkar ha bytt plats
err-crs-no-position = latitud { $lat }, longitud { $lon } har ingen position i { $code }

## Anmärkningar om importerade värden
note-text = anmärkning: { $text }
converted = { $quantity } { $from } omräknat till { $converted } { $unit } för { $material }
converted-energy = { $quantity } { $from } omräknat till { $converted } { $unit } för { $material } med { $factor } MWh per t ({ $source })
converted-density = { $quantity } { $from } omräknat till { $converted } { $unit } för { $material } med { $factor } t per m3 ({ $source })
note-no-country = anmärkning: företaget '{ $id }' ligger inte i något land på kartan (inte heller inom { $km } km från ett): ange dess land i en kolumn 'country'; landsparametrar gäller inte för det
note-stage-wins = anmärkning: utbyte { $id } har status { $status } men dess senaste steg är { $stage } ({ $date }): steget gäller, status { $wins }
overfill-flow = flöde { $flow } är överfyllt med { $excess }
overfill-supply = { $firm }s utbud av { $material } (flöde { $flow }) är övertecknat med { $excess } { $unit }
overfill-demand = { $firm }s efterfrågan på { $material } (flöde { $flow }) är överfylld med { $excess } { $unit }
overfill-exchange = utbyte { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = lägg till företag { $name }
edit-edit-firm = redigera företag { $name }
edit-delete-firm = ta bort företag { $name }
edit-add-supply = lägg till flöde { $firm } utbud { $material }
edit-add-demand = lägg till flöde { $firm } efterfrågan { $material }
edit-edit-flow = redigera flöde { $id }
edit-delete-supply = ta bort flöde { $firm } utbud { $material }
edit-delete-demand = ta bort flöde { $firm } efterfrågan { $material }
edit-add-pasted-flows = lägg till inklistrade flöden: { $count }
edit-edit-flows = redigera flöden: { $count }
edit-delete-flows = ta bort flöden: { $count }
edit-add-exchange = lägg till utbyte { $from } -> { $to } { $material }
edit-edit-exchange = redigera utbyte { $from } -> { $to } ({ $status })
edit-delete-exchange = ta bort utbyte { $from } -> { $to }
edit-import = import av företag: { $firms }, flöden: { $flows }, utbyten: { $exchanges }
edit-project-settings = projektinställningar för { $name }
edit-record-stage = utbyte { $from } -> { $to }: { $stage } den { $date }
edit-set-parameter = parameter { $key } = { $value }
edit-add-contact = lägg till kontakt { $name } på { $firm }
edit-edit-contact = redigera kontakt { $name } på { $firm }
edit-outcome = utfall för utbyte { $id } år { $year }
edit-remove-outcome = ta bort utfallet för utbyte { $id } år { $year }
edit-workshop = workshop { $id } den { $date }
edit-remove-workshop = ta bort workshop { $id }
edit-erase-contact = kontakt { $id } på { $firm } helt borttagen (kan inte ångras)
