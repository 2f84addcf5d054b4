# Kernens fejlmeddelelser, som appen viser dem (src/i18n/errors.rs).

## Åbne en projektfil
err-open-not-found = { $path }: ingen sådan fil
err-open-empty = { $path }: filen er tom (0 byte) og ikke et projekt; opret et projekt med `import` eller Ny
err-open-not-sqlite = { $path }: ikke en projektfil (hverken en SQLite-database eller en GeoPackage)
err-open-truncated = { $path }: filen er afkortet ({ $actual } af { $expected } byte); gendan den fra en sikkerhedskopi
err-open-corrupt = { $path }: filen er beskadiget ({ $detail }); den blev ikke ændret, gendan den fra en sikkerhedskopi
err-open-foreign-sqlite = { $path }: en SQLite-database fra et andet program, ikke et GeoPackage-projekt; den blev ikke ændret
err-open-foreign-geopackage = { $path }: en GeoPackage fra et andet program, ikke et Symbiosis Explorer-projekt; den blev ikke ændret. Importér i stedet dens data i et nyt projekt (eksportér lagene til CSV og kør `symbiosis-explorer import`)
err-open-too-new = { $path }: skrevet af en nyere Symbiosis Explorer (projektskema { $found }; denne version læser op til { $supported }); filen blev ikke ændret, åbn den med en nyere version
err-open-bad-version = { $path }: skemaversionen '{ $found }' (se_metadata) er ikke en, denne app har skrevet (1 til { $supported }); filen blev ikke ændret
err-open-needs-upgrade = { $path }: projektskema { $found } skal opgraderes til { $supported }, men filen er skrivebeskyttet; åbn en skrivbar kopi
err-open-locked = { $path }: låst af en anden proces (en anden Symbiosis Explorer eller QGIS skriver i den); luk den dér og prøv igen
err-open-triggers = { $path }: indeholder triggere, der ikke er GeoPackages eller GDAL's egne ({ $names }); en trigger kører ved hver redigering, så filen blev afvist og ikke ændret. Fjern dem (DROP TRIGGER), hvis du stoler på filen
err-open-not-tables = { $path }: { $detail }, hvor appen forventer en tabel; filen blev afvist og ikke ændret
err-open-too-slow = { $path }: filen tager for lang tid at læse (over { $seconds } s); den kan indeholde en uendelig forespørgsel. Den blev ikke ændret
err-open-invalid = { $path }: projektet indeholder data, appen ikke kan godtage: { $detail }; filen blev ikke ændret. Ret dem i det program, der skrev dem (eller gendan en sikkerhedskopi), og åbn filen igen
err-open-unsaved-wal = { $path }: filen ligger på skrivebeskyttet lager med ugemte ændringer i { $path }-wal; kopiér begge filer til en skrivbar mappe og åbn kopien
err-path-detail = { $path }: { $detail }

## Læse og redigere et åbent projekt
err-store-read-only = projektet er åbnet skrivebeskyttet; redigér en kopi med Gem som
err-store-locked = projektfilen er låst af en anden proces; prøv igen om et øjeblik
err-store-too-slow = projektfilen tager for lang tid at læse (over 10 s); den kan indeholde en uendelig forespørgsel
err-store-not-found = { $what } blev ikke fundet
err-store-exists = { $path } findes allerede; vælg et andet navn
err-store-sqlite = projektfil: { $detail }

## Teamets server
err-team-connect = server { $server }: kunne ikke forbinde: { $detail }
err-team-read-only = skrivebeskyttet: { $detail }
err-team-server = server { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konflikt
   *[other] { $count } konflikter
}; intet blev ændret på serveren eller i kopien; vælg en side (--prefer local|server)

## Indtastede tal, koder og enheder
err-number-empty = intet tal angivet
err-number-not-a-number = '{ $text }' er ikke et tal
err-number-too-large = '{ $text }' er for stort
err-fkko-length = '{ $text }' er ikke en FKKO-kode: den har { $digits } cifre, en FKKO-kode har 11 (f.eks. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' er ikke en FKKO-kode: kun cifre og mellemrum må skrives (f.eks. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' er ikke en FKKO-kode: dens første ciffer, blokken, er 1 til 9
err-fkko-class = '{ $text }' er ikke koden for en affaldsart: dens sidste ciffer, fareklassen, er { $class }; en affaldsart har klasse 1 til 5 (0 markerer en overskrift i kataloget)
err-unit-no-density = { $material } måles i { $unit }, ikke { $from }, og kataloget angiver ingen densitet (t pr. m3) at omregne med (tilføj { $column } i materials.csv, eller angiv mængden i { $unit })
err-unit-no-energy = { $material } måles i { $unit }, ikke { $from }, og kataloget angiver intet energiindhold (MWh pr. t) at omregne med (tilføj { $column } i materials.csv, eller angiv mængden i { $unit })

## Problemer i importerede CSV-filer (hvert efter fil:linje:kolonne)
err-csv-line-too-long = linjen er længere end { $bytes } byte; er dette en CSV-fil? (hver post står på én linje)
err-csv-stopped = stoppede efter { $count } problemer; ret dem og kør importen igen
err-csv-unclosed-quote = et anførselstegn (") åbner et felt her og lukkes aldrig; luk det, eller fordobl anførselstegn inde i et felt ("")
err-csv-field-too-long = feltet er længere end { $bytes } byte
err-csv-unreadable-row = ulæselig CSV-post: { $detail }
err-csv-empty-file = filen er tom; den skal have en overskriftslinje med { $columns }
err-csv-unknown-column = ukendt kolonne '{ $name }' (forventet: { $known })
err-csv-column-twice = kolonnen '{ $name }' optræder to gange
err-csv-more-in-header = og { $count } problemer mere i overskriftslinjen
err-csv-missing-column = den påkrævede kolonne '{ $name }' mangler
err-csv-row-width = posten har { $fields } felter, men overskriftslinjen har { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' er tvetydigt i en kommasepareret fil; brug punktum som decimaltegn
err-csv-not-a-number = { $name } '{ $text }' er ikke et tal
err-csv-implausible-year = { $name } { $year } er ikke et sandsynligt år (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' er ikke et årstal
err-csv-not-yes-no = { $name } '{ $text }' er ikke ja/nej (skriv true eller false)
err-csv-required = { $name } er påkrævet
err-csv-unknown-value = { $what }: ukendt værdi '{ $text }' (tilladte: { $expected })
err-csv-duplicate-firm = dobbelt virksomheds-id '{ $id }' (først på linje { $line })
err-csv-coordinate-outside = { $name } { $value } ligger uden for -{ $limit }..{ $limit }
err-csv-unknown-nace = ukendt NACE Rev.2-kode '{ $code }'
err-csv-unknown-firm = ukendt virksomheds-id '{ $id }' (ikke i virksomhedsfilen)
err-csv-unknown-material = ukendt materiale '{ $id }' (tilføj det i materials.csv eller brug et id fra kataloget)
err-csv-unit-mismatch-density = enhederne passer ikke: { $material } måles i { $unit }, ikke { $from }, og kataloget angiver ingen densitet (t pr. m3) at omregne med (tilføj { $column } i materials.csv, eller angiv mængden i { $unit })
err-csv-unit-mismatch-energy = enhederne passer ikke: { $material } måles i { $unit }, ikke { $from }, og kataloget angiver intet energiindhold (MWh pr. t) at omregne med (tilføj { $column } i materials.csv, eller angiv mængden i { $unit })
err-csv-years-reversed = slutåret { $to } ligger før startåret { $from }
err-csv-negative-quantity = negativ mængde { $value }; mængder er pr. år og nul eller mere
err-csv-unknown-ewc = ukendt EAK/EWC-kode '{ $code }' (Det Europæiske Affaldskatalog, f.eks. 10 01 05)
err-csv-not-negative = { $name } må ikke være negativ
err-csv-not-positive = { $name } skal være større end nul, ikke { $value }
err-csv-unknown-workshop = ukendt workshop '{ $id }' (ikke i workshops.csv)
err-csv-ratio-positive = ratio skal være positiv, ikke { $value }
err-csv-employees = employees skal være et helt tal på nul eller mere, ikke { $text }
err-csv-needs-crs = { $x }/{ $y } kræver et koordinatsystem: tilføj en kolonne 'crs' (f.eks. EPSG:3006) eller importér med --crs
err-csv-id-not-whole = id '{ $text }' er ikke et helt tal fra 1
err-csv-exchange-id-twice = udvekslings-id { $id } bruges to gange
err-csv-same-firm-twice = en udveksling kræver to forskellige virksomheder, ikke '{ $id }' to gange
err-csv-counterfactual-km = counterfactual_km skal være 0 til 20000 km, ikke { $value }
err-csv-not-utf8 = filen er ikke UTF-8; gem den som "CSV UTF-8" og prøv igen
err-csv-not-a-date = { $name } '{ $text }' er ikke en dato skrevet ÅÅÅÅ-MM-DD (f.eks. 2021-06-14)
err-csv-unknown-exchange = ukendt udveksling { $id } (de id'er, som `exchanges` og appen viser, eller id-kolonnen i exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' er ikke et helt tal
err-csv-workshop-id-twice = workshop-id '{ $id }' bruges to gange
err-csv-unknown-firm-in-csv = ukendt virksomhed '{ $id }' (ikke i firms.csv)
err-csv-reason-not-dropped = en årsag angives kun, hvor fasen er opgivet (dropped)
err-csv-outside-range = { $name } { $value } ligger uden for { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' er ikke en oversat nøgle: description.<kode> eller tour_N.<kode>, <kode> en af { $codes }
err-csv-tour-step = turtrinnet '{ $key }' skal have et nummer fra 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = enheder passer ikke: materiale måles i { $canonical }, ikke { $unit }
err-csv-kind-unit-energy = enheder passer ikke: energi måles i { $canonical }, ikke { $unit }
err-csv-kind-unit-water = enheder passer ikke: vand måles i { $canonical }, ikke { $unit }
err-csv-unknown-country = ukendt land '{ $text }' (en ISO 3166 alpha-2-kode fra kortet, f.eks. { $codes })
err-csv-cell-control-name = cellen indeholder kontroltegnet { $code } (id'er og navne må ikke indeholde kontroltegn)
err-csv-cell-control-free = cellen indeholder kontroltegnet { $code } (tekst må ikke indeholde andre kontroltegn end tabulator og linjeskift)
err-range-not-usable = { $name } { $value } er ikke et tal, appen kan bruge
err-range-negative = { $name } { $value } er negativ; den skal være nul eller mere (op til { $max })
err-csv-project-key = { $problem } (projektnøgler: { $keys })
err-csv-in-material-unit = { $name } i materialets enhed:
err-csv-two-positions = både kolonnerne lat/lon og { $x }/{ $y }: behold ét par, så ingen position læses to gange
err-csv-unknown-port = ukendt havn '{ $text }' (en havn på grundkortet, f.eks. Kalundborg, Aalborg)
err-csv-unknown-language = ukendt sprog '{ $code }'; sprogene er { $codes }
err-csv-outcome-twice = udveksling { $id } har et andet resultat for { $year }; én række pr. udveksling og år
err-param-not-a-number = { $key } skal være et tal
err-param-rate-not-positive = { $key } skal være større end nul (enheder af valutaen pr. EUR)
err-param-not-ets-flag = { $key } skal være 1 (i EU ETS) eller 0
err-param-not-a-fraction = { $key } er en brøkdel (0,05 = 5 %), ikke { $value }
err-param-lifetime = { $key } skal være 1 til 200 år, ikke { $value }
err-param-circuity = { $key } skal være mindst 1 (en rute er aldrig kortere end den lige linje)
err-param-negative = { $key } må ikke være negativ
err-param-unknown-currency = ukendt valuta '{ $code }' i '{ $key }' (tilladte: { $expected })
err-param-country-key = ukendt parameter '{ $key }' (landenøgler ser ud som country.DK.grid_ef)
err-param-unknown-country = ukendt land '{ $code }' i '{ $key }' (tilladte: { $expected })
err-param-country-field = ukendt parameter '{ $key }' (et land har grid_ef, heat_ef, landfill_cost og in_ets)
err-param-unknown = ukendt parameter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = ukendt transportform i '{ $key }'
err-crs-unknown = ukendt koordinatsystem '{ $text }' (tilladte: { $known })
err-crs-unsupported = koordinatsystemet EPSG:{ $epsg } understøttes ikke (understøttede: { $known })
err-crs-not-numbers = koordinaterne skal være tal
err-crs-from-grid = kan ikke omregne fra { $code }: { $detail }
err-crs-to-grid = kan ikke omregne til { $code }: { $detail }
err-crs-outside = øst { $easting } / nord { $northing } i { $code } ({ $name }) ligger uden for Østersøregionen (bredde { $lat }, længde { $lon }); er det det rigtige koordinatsystem?
err-crs-outside-swapped = øst { $easting } / nord { $northing } i { $code } ({ $name }) ligger uden for Østersøregionen (bredde { $lat }, længde { $lon }); øst og nord ser ud til at være byttet om
err-crs-no-position = bredde { $lat }, længde { $lon } har ingen position i { $code }

## Bemærkninger om importerede værdier
note-text = bemærk: { $text }
converted = { $quantity } { $from } omregnet til { $converted } { $unit } for { $material }
converted-energy = { $quantity } { $from } omregnet til { $converted } { $unit } for { $material } med { $factor } MWh pr. t ({ $source })
converted-density = { $quantity } { $from } omregnet til { $converted } { $unit } for { $material } med { $factor } t pr. m3 ({ $source })
note-no-country = bemærk: virksomheden '{ $id }' ligger ikke i noget land på kortet (heller ikke inden for { $km } km af et): angiv dens land i en kolonne 'country'; landeparametre gælder ikke for den
note-stage-wins = bemærk: udveksling { $id } har status { $status }, men dens seneste fase er { $stage } ({ $date }): fasen vinder, status { $wins }
overfill-flow = strøm { $flow } er overfyldt med { $excess }
overfill-supply = { $firm }s udbud af { $material } (strøm { $flow }) er overtrukket med { $excess } { $unit }
overfill-demand = { $firm }s efterspørgsel efter { $material } (strøm { $flow }) er overfyldt med { $excess } { $unit }
overfill-exchange = udveksling { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = tilføj virksomhed { $name }
edit-edit-firm = rediger virksomhed { $name }
edit-delete-firm = slet virksomhed { $name }
edit-add-supply = tilføj strøm { $firm } udbud { $material }
edit-add-demand = tilføj strøm { $firm } efterspørgsel { $material }
edit-edit-flow = rediger strøm { $id }
edit-delete-supply = slet strøm { $firm } udbud { $material }
edit-delete-demand = slet strøm { $firm } efterspørgsel { $material }
edit-add-pasted-flows = tilføj indsatte strømme: { $count }
edit-edit-flows = rediger strømme: { $count }
edit-delete-flows = slet strømme: { $count }
edit-add-exchange = tilføj udveksling { $from } -> { $to } { $material }
edit-edit-exchange = rediger udveksling { $from } -> { $to } ({ $status })
edit-delete-exchange = slet udveksling { $from } -> { $to }
edit-import = import af virksomheder: { $firms }, strømme: { $flows }, udvekslinger: { $exchanges }
edit-project-settings = projektindstillinger for { $name }
edit-record-stage = udveksling { $from } -> { $to }: { $stage } den { $date }
edit-set-parameter = parameter { $key } = { $value }
edit-add-contact = tilføj kontakt { $name } hos { $firm }
edit-edit-contact = rediger kontakt { $name } hos { $firm }
edit-outcome = resultat af udveksling { $id } i { $year }
edit-remove-outcome = fjern resultatet af udveksling { $id } i { $year }
edit-workshop = workshop { $id } den { $date }
edit-remove-workshop = fjern workshop { $id }
edit-erase-contact = kontakt { $id } hos { $firm } helt fjernet (kan ikke fortrydes)
