# Kjernens feilmeldinger slik appen viser dem (src/i18n/errors.rs).

## Åpne en prosjektfil
err-open-not-found = { $path }: ingen slik fil
err-open-empty = { $path }: filen er tom (0 byte) og ikke et prosjekt; opprett et prosjekt med `import` eller Ny
err-open-not-sqlite = { $path }: ikke en prosjektfil (verken en SQLite-database eller en GeoPackage)
err-open-truncated = { $path }: filen er avkortet ({ $actual } av { $expected } byte); gjenopprett den fra en sikkerhetskopi
err-open-corrupt = { $path }: filen er skadet ({ $detail }); den ble ikke endret, gjenopprett den fra en sikkerhetskopi
err-open-foreign-sqlite = { $path }: en SQLite-database fra et annet program, ikke et GeoPackage-prosjekt; den ble ikke endret
err-open-foreign-geopackage = { $path }: en GeoPackage fra et annet program, ikke et Symbiosis Explorer-prosjekt; den ble ikke endret. Importer heller dataene i et nytt prosjekt (eksporter lagene til CSV og kjør `symbiosis-explorer import`)
err-open-too-new = { $path }: skrevet av en nyere Symbiosis Explorer (prosjektskjema { $found }; denne versjonen leser opptil { $supported }); filen ble ikke endret, åpne den med en nyere versjon
err-open-bad-version = { $path }: skjemaversjonen '{ $found }' (se_metadata) er ikke en denne appen har skrevet (1 til { $supported }); filen ble ikke endret
err-open-needs-upgrade = { $path }: prosjektskjema { $found } må oppgraderes til { $supported }, men filen er skrivebeskyttet; åpne en skrivbar kopi
err-open-locked = { $path }: låst av en annen prosess (en annen Symbiosis Explorer eller QGIS skriver i den); lukk den der og prøv igjen
err-open-triggers = { $path }: inneholder triggere som ikke er GeoPackages eller GDALs egne ({ $names }); en trigger kjører ved hver endring, så filen ble avvist og ikke endret. Fjern dem (DROP TRIGGER) hvis du stoler på filen
err-open-not-tables = { $path }: { $detail } der appen venter en tabell; filen ble avvist og ikke endret
err-open-too-slow = { $path }: filen tar for lang tid å lese (over { $seconds } s); den kan inneholde en uendelig spørring. Den ble ikke endret
err-open-invalid = { $path }: prosjektet inneholder data appen ikke kan godta: { $detail }; filen ble ikke endret. Rett dem i programmet som skrev dem (eller gjenopprett en sikkerhetskopi), og åpne filen igjen
err-open-unsaved-wal = { $path }: filen ligger på skrivebeskyttet lagring med ulagrede endringer i { $path }-wal; kopier begge filene til en skrivbar mappe og åpne kopien
err-path-detail = { $path }: { $detail }

## Lese og redigere et åpent prosjekt
err-store-read-only = prosjektet er åpnet skrivebeskyttet; rediger en kopi med Lagre som
err-store-locked = prosjektfilen er låst av en annen prosess; prøv igjen om et øyeblikk
err-store-too-slow = prosjektfilen tar for lang tid å lese (over 10 s); den kan inneholde en uendelig spørring
err-store-not-found = { $what } ble ikke funnet
err-store-exists = { $path } finnes allerede; velg et annet navn
err-store-sqlite = prosjektfil: { $detail }

## Teamets server
err-team-connect = server { $server }: kunne ikke koble til: { $detail }
err-team-read-only = skrivebeskyttet: { $detail }
err-team-server = server { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konflikt
   *[other] { $count } konflikter
}; ingenting ble endret på serveren eller i kopien; velg en side (--prefer local|server)

## Inntastede tall, koder og enheter
err-number-empty = ikke noe tall oppgitt
err-number-not-a-number = '{ $text }' er ikke et tall
err-number-too-large = '{ $text }' er for stort
err-fkko-length = '{ $text }' er ikke en FKKO-kode: den har { $digits } sifre, en FKKO-kode har 11 (f.eks. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' er ikke en FKKO-kode: bare sifre og mellomrom kan skrives (f.eks. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' er ikke en FKKO-kode: det første sifferet, blokken, er 1 til 9
err-fkko-class = '{ $text }' er ikke koden for en avfallstype: det siste sifferet, fareklassen, er { $class }; en avfallstype har klasse 1 til 5 (0 markerer en overskrift i katalogen)
err-unit-no-density = { $material } måles i { $unit }, ikke { $from }, og katalogen oppgir ingen tetthet (t per m3) å regne om med (legg til { $column } i materials.csv, eller oppgi mengden i { $unit })
err-unit-no-energy = { $material } måles i { $unit }, ikke { $from }, og katalogen oppgir ikke noe energiinnhold (MWh per t) å regne om med (legg til { $column } i materials.csv, eller oppgi mengden i { $unit })

## Problemer i importerte CSV-filer (hvert etter fil:linje:kolonne)
err-csv-line-too-long = linjen er lengre enn { $bytes } byte; er dette en CSV-fil? (hver post står på én linje)
err-csv-stopped = stoppet etter { $count } problemer; rett dem og kjør importen igjen
err-csv-unclosed-quote = et anførselstegn (") åpner et felt her og lukkes aldri; lukk det, eller doble anførselstegn inne i et felt ("")
err-csv-field-too-long = feltet er lengre enn { $bytes } byte
err-csv-unreadable-row = uleselig CSV-post: { $detail }
err-csv-empty-file = filen er tom; den må ha en overskriftslinje med { $columns }
err-csv-unknown-column = ukjent kolonne '{ $name }' (ventet: { $known })
err-csv-column-twice = kolonnen '{ $name }' forekommer to ganger
err-csv-more-in-header = og { $count } problemer til i overskriftslinjen
err-csv-missing-column = den påkrevde kolonnen '{ $name }' mangler
err-csv-row-width = posten har { $fields } felt, men overskriftslinjen har { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' er tvetydig i en kommaseparert fil; bruk punktum som desimaltegn
err-csv-not-a-number = { $name } '{ $text }' er ikke et tall
err-csv-implausible-year = { $name } { $year } er ikke et sannsynlig år (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' er ikke et årstall
err-csv-not-yes-no = { $name } '{ $text }' er ikke ja/nei (skriv true eller false)
err-csv-required = { $name } er påkrevd
err-csv-unknown-value = { $what }: ukjent verdi '{ $text }' (tillatt: { $expected })
err-csv-duplicate-firm = duplisert bedrifts-id '{ $id }' (først på linje { $line })
err-csv-coordinate-outside = { $name } { $value } ligger utenfor -{ $limit }..{ $limit }
err-csv-unknown-nace = ukjent NACE Rev.2-kode '{ $code }'
err-csv-unknown-firm = ukjent bedrifts-id '{ $id }' (ikke i bedriftsfilen)
err-csv-unknown-material = ukjent materiale '{ $id }' (legg det til i materials.csv eller bruk en id fra katalogen)
err-csv-unit-mismatch-density = enhetene stemmer ikke: { $material } måles i { $unit }, ikke { $from }, og katalogen oppgir ingen tetthet (t per m3) å regne om med (legg til { $column } i materials.csv, eller oppgi mengden i { $unit })
err-csv-unit-mismatch-energy = enhetene stemmer ikke: { $material } måles i { $unit }, ikke { $from }, og katalogen oppgir ikke noe energiinnhold (MWh per t) å regne om med (legg til { $column } i materials.csv, eller oppgi mengden i { $unit })
err-csv-years-reversed = sluttåret { $to } ligger før startåret { $from }
err-csv-negative-quantity = negativ mengde { $value }; mengder er per år og null eller mer
err-csv-unknown-ewc = ukjent EAL/EWC-kode '{ $code }' (Den europeiske avfallslisten, f.eks. 10 01 05)
err-csv-not-negative = { $name } kan ikke være negativ
err-csv-not-positive = { $name } må være større enn null, ikke { $value }
err-csv-unknown-workshop = ukjent workshop '{ $id }' (ikke i workshops.csv)
err-csv-ratio-positive = ratio må være positiv, ikke { $value }
err-csv-employees = employees må være et heltall på null eller mer, ikke { $text }
err-csv-needs-crs = { $x }/{ $y } trenger et koordinatsystem: legg til en kolonne 'crs' (f.eks. EPSG:3006) eller importer med --crs
err-csv-id-not-whole = id '{ $text }' er ikke et heltall fra 1
err-csv-exchange-id-twice = utvekslings-id { $id } brukes to ganger
err-csv-same-firm-twice = en utveksling trenger to ulike virksomheter, ikke '{ $id }' to ganger
err-csv-counterfactual-km = counterfactual_km må være 0 til 20000 km, ikke { $value }
err-csv-not-utf8 = filen er ikke UTF-8; lagre den som "CSV UTF-8" og prøv igjen
err-csv-not-a-date = { $name } '{ $text }' er ikke en dato skrevet ÅÅÅÅ-MM-DD (f.eks. 2021-06-14)
err-csv-unknown-exchange = ukjent utveksling { $id } (id-ene som `exchanges` og appen viser, eller id-kolonnen i exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' er ikke et heltall
err-csv-workshop-id-twice = workshop-id '{ $id }' brukes to ganger
err-csv-unknown-firm-in-csv = ukjent virksomhet '{ $id }' (ikke i firms.csv)
err-csv-reason-not-dropped = en årsak oppgis bare der fasen er avbrutt (dropped)
err-csv-outside-range = { $name } { $value } ligger utenfor { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' er ikke en oversatt nøkkel: description.<kode> eller tour_N.<kode>, <kode> en av { $codes }
err-csv-tour-step = omvisningstrinnet '{ $key }' trenger et nummer fra 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = enhetene passer ikke: materiale måles i { $canonical }, ikke { $unit }
err-csv-kind-unit-energy = enhetene passer ikke: energi måles i { $canonical }, ikke { $unit }
err-csv-kind-unit-water = enhetene passer ikke: vann måles i { $canonical }, ikke { $unit }
err-csv-unknown-country = ukjent land '{ $text }' (en ISO 3166 alpha-2-kode fra kartet, f.eks. { $codes })
err-csv-cell-control-name = cellen inneholder kontrolltegnet { $code } (id-er og navn kan ikke inneholde kontrolltegn)
err-csv-cell-control-free = cellen inneholder kontrolltegnet { $code } (tekst kan ikke inneholde andre kontrolltegn enn tabulator og linjeskift)
err-range-not-usable = { $name } { $value } er ikke et tall appen kan bruke
err-range-negative = { $name } { $value } er negativ; den må være null eller mer (opptil { $max })
err-csv-project-key = { $problem } (prosjektnøkler: { $keys })
err-csv-in-material-unit = { $name } i materialets enhet:
err-csv-two-positions = både kolonnene lat/lon og { $x }/{ $y }: behold ett par, så ingen posisjon leses to ganger
err-csv-unknown-port = ukjent havn '{ $text }' (en havn på grunnkartet, f.eks. Kalundborg, Aalborg)
err-csv-unknown-language = ukjent språk '{ $code }'; språkene er { $codes }
err-csv-outcome-twice = utveksling { $id } har et andre resultat for { $year }; én rad per utveksling og år
err-param-not-a-number = { $key } må være et tall
err-param-rate-not-positive = { $key } må være større enn null (enheter av valutaen per EUR)
err-param-not-ets-flag = { $key } må være 1 (i EU ETS) eller 0
err-param-not-a-fraction = { $key } er en andel (0,05 = 5 %), ikke { $value }
err-param-lifetime = { $key } må være 1 til 200 år, ikke { $value }
err-param-circuity = { $key } må være minst 1 (en rute er aldri kortere enn den rette linjen)
err-param-negative = { $key } kan ikke være negativ
err-param-unknown-currency = ukjent valuta '{ $code }' i '{ $key }' (tillatt: { $expected })
err-param-country-key = ukjent parameter '{ $key }' (landnøkler ser ut som country.DK.grid_ef)
err-param-unknown-country = ukjent land '{ $code }' i '{ $key }' (tillatt: { $expected })
err-param-country-field = ukjent parameter '{ $key }' (et land har grid_ef, heat_ef, landfill_cost og in_ets)
err-param-unknown = ukjent parameter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = ukjent transportform i '{ $key }'
err-crs-unknown = ukjent koordinatsystem '{ $text }' (tillatt: { $known })
err-crs-unsupported = koordinatsystemet EPSG:{ $epsg } støttes ikke (støttes: { $known })
err-crs-not-numbers = koordinatene må være tall
err-crs-from-grid = kan ikke transformere fra { $code }: { $detail }
err-crs-to-grid = kan ikke transformere til { $code }: { $detail }
err-crs-outside = øst { $easting } / nord { $northing } i { $code } ({ $name }) ligger utenfor Østersjøregionen (bredde { $lat }, lengde { $lon }); er dette riktig koordinatsystem?
err-crs-outside-swapped = øst { $easting } / nord { $northing } i { $code } ({ $name }) ligger utenfor Østersjøregionen (bredde { $lat }, lengde { $lon }); øst og nord ser ut til å være byttet om
err-crs-no-position = bredde { $lat }, lengde { $lon } har ingen posisjon i { $code }

## Merknader om importerte verdier
note-text = merk: { $text }
converted = { $quantity } { $from } regnet om til { $converted } { $unit } for { $material }
converted-energy = { $quantity } { $from } regnet om til { $converted } { $unit } for { $material } med { $factor } MWh per t ({ $source })
converted-density = { $quantity } { $from } regnet om til { $converted } { $unit } for { $material } med { $factor } t per m3 ({ $source })
note-no-country = merk: bedriften '{ $id }' ligger ikke i noe land på kartet (heller ikke innenfor { $km } km fra ett): oppgi landet i en kolonne 'country'; landparametere gjelder ikke for den
note-stage-wins = merk: utveksling { $id } har status { $status }, men den siste fasen er { $stage } ({ $date }): fasen gjelder, status { $wins }
overfill-flow = strøm { $flow } er overfylt med { $excess }
overfill-supply = { $firm }s tilbud av { $material } (strøm { $flow }) er overtrukket med { $excess } { $unit }
overfill-demand = { $firm }s etterspørsel etter { $material } (strøm { $flow }) er overfylt med { $excess } { $unit }
overfill-exchange = utveksling { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = legg til bedrift { $name }
edit-edit-firm = rediger bedrift { $name }
edit-delete-firm = slett bedrift { $name }
edit-add-supply = legg til strøm { $firm } tilbud { $material }
edit-add-demand = legg til strøm { $firm } etterspørsel { $material }
edit-edit-flow = rediger strøm { $id }
edit-delete-supply = slett strøm { $firm } tilbud { $material }
edit-delete-demand = slett strøm { $firm } etterspørsel { $material }
edit-add-pasted-flows = legg til innlimte strømmer: { $count }
edit-edit-flows = rediger strømmer: { $count }
edit-delete-flows = slett strømmer: { $count }
edit-add-exchange = legg til utveksling { $from } -> { $to } { $material }
edit-edit-exchange = rediger utveksling { $from } -> { $to } ({ $status })
edit-delete-exchange = slett utveksling { $from } -> { $to }
edit-import = import av bedrifter: { $firms }, strømmer: { $flows }, utvekslinger: { $exchanges }
edit-project-settings = prosjektinnstillinger for { $name }
edit-record-stage = utveksling { $from } -> { $to }: { $stage } den { $date }
edit-set-parameter = parameter { $key } = { $value }
edit-add-contact = legg til kontakt { $name } hos { $firm }
edit-edit-contact = rediger kontakt { $name } hos { $firm }
edit-outcome = resultat av utveksling { $id } i { $year }
edit-remove-outcome = fjern resultatet av utveksling { $id } i { $year }
edit-workshop = verksted { $id } den { $date }
edit-remove-workshop = fjern verksted { $id }
edit-erase-contact = kontakt { $id } hos { $firm } helt fjernet (kan ikke angres)
