# Tuuma veateated nii, nagu rakendus neid näitab (src/i18n/errors.rs).

## Projektifaili avamine
err-open-not-found = { $path }: sellist faili pole
err-open-empty = { $path }: fail on tühi (0 baiti) ega ole projekt; looge projekt käsuga `import` või valikuga Uus
err-open-not-sqlite = { $path }: ei ole projektifail (ei SQLite'i andmebaas ega GeoPackage)
err-open-truncated = { $path }: fail on kärbitud ({ $actual } baiti { $expected }-st); taastage see varukoopiast
err-open-corrupt = { $path }: fail on rikutud ({ $detail }); see jäeti muutmata, taastage see varukoopiast
err-open-foreign-sqlite = { $path }: teise programmi SQLite'i andmebaas, mitte GeoPackage'i projekt; see jäeti muutmata
err-open-foreign-geopackage = { $path }: teise programmi GeoPackage, mitte Symbiosis Exploreri projekt; see jäeti muutmata. Importige selle andmed hoopis uude projekti (eksportige kihid CSV-vormingusse ja käivitage `symbiosis-explorer import`)
err-open-too-new = { $path }: kirjutatud uuema Symbiosis Exploreriga (projekti skeem { $found }; see versioon loeb kuni { $supported }); fail jäeti muutmata, avage see uuema versiooniga
err-open-bad-version = { $path }: skeemi versioon '{ $found }' (se_metadata) ei ole see rakendus kunagi kirjutanud (1 kuni { $supported }); fail jäeti muutmata
err-open-needs-upgrade = { $path }: projekti skeem { $found } tuleb uuendada versioonini { $supported }, kuid fail on kirjutuskaitstud; avage kirjutatav koopia
err-open-locked = { $path }: teine protsess on faili lukustanud (sellesse kirjutab teine Symbiosis Explorer või QGIS); sulgege see seal ja proovige uuesti
err-open-triggers = { $path }: sisaldab päästikuid, mis ei ole GeoPackage'i ega GDAL-i omad ({ $names }); päästik käivitub iga muudatuse juures, seega fail lükati tagasi ja jäeti muutmata. Eemaldage need (DROP TRIGGER), kui faili usaldate
err-open-not-tables = { $path }: { $detail } kohas, kus rakendus ootab tabelit; fail lükati tagasi ja jäeti muutmata
err-open-too-slow = { $path }: faili lugemine võtab liiga kaua (üle { $seconds } s); selles võib olla lõputu päring. See jäeti muutmata
err-open-invalid = { $path }: projektis on andmeid, mida rakendus ei saa vastu võtta: { $detail }; fail jäeti muutmata. Parandage need programmis, mis need kirjutas (või taastage varukoopia), ja avage fail uuesti
err-open-unsaved-wal = { $path }: fail on kirjutuskaitstud andmekandjal ja failis { $path }-wal on salvestamata muudatusi; kopeerige mõlemad failid kirjutatavasse kausta ja avage koopia
err-path-detail = { $path }: { $detail }

## Avatud projekti lugemine ja muutmine
err-store-read-only = projekt on avatud kirjutuskaitstuna; muutke koopiat (Salvesta nimega)
err-store-locked = teine protsess on projektifaili lukustanud; proovige hetke pärast uuesti
err-store-too-slow = projektifaili lugemine võtab liiga kaua (üle 10 s); selles võib olla lõputu päring
err-store-not-found = { $what }: ei leitud
err-store-exists = { $path } on juba olemas; valige teine nimi
err-store-sqlite = projektifail: { $detail }

## Meeskonna server
err-team-connect = server { $server }: ühendus ebaõnnestus: { $detail }
err-team-read-only = ainult lugemiseks: { $detail }
err-team-server = server { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konflikt
   *[other] { $count } konflikti
}; serveris ega koopias ei muudetud midagi; valige pool (--prefer local|server)

## Sisestatud arvud, koodid ja ühikud
err-number-empty = arvu ei antud
err-number-not-a-number = '{ $text }' ei ole arv
err-number-too-large = '{ $text }' on liiga suur
err-fkko-length = '{ $text }' ei ole FKKO kood: selles on { $digits } numbrit, FKKO koodis on 11 (nt 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' ei ole FKKO kood: lubatud on ainult numbrid ja tühikud (nt 4 71 101 01 52 1)
err-fkko-block = '{ $text }' ei ole FKKO kood: selle esimene number, plokk, on 1 kuni 9
err-fkko-class = '{ $text }' ei ole jäätmeliigi kood: selle viimane number, ohuklass, on { $class }; jäätmeliigi klass on 1 kuni 5 (0 tähistab kataloogi pealkirja)
err-unit-no-density = { $material } mõõdetakse ühikus { $unit }, mitte { $from }, ja kataloog ei anna tihedust (t m3 kohta) teisendamiseks (lisage { $column } faili materials.csv või andke kogus ühikus { $unit })
err-unit-no-energy = { $material } mõõdetakse ühikus { $unit }, mitte { $from }, ja kataloog ei anna energiasisaldust (MWh t kohta) teisendamiseks (lisage { $column } faili materials.csv või andke kogus ühikus { $unit })

## Imporditud CSV-failide probleemid (igaüks pärast fail:rida:veerg)
err-csv-line-too-long = rida on pikem kui { $bytes } baiti; kas see on CSV-fail? (iga kirje on ühel real)
err-csv-stopped = peatati pärast { $count } probleemi; parandage need ja käivitage import uuesti
err-csv-unclosed-quote = jutumärk (") avab siin välja ega sulgu kunagi; sulgege see või kahekordistage välja sees olevad jutumärgid ("")
err-csv-field-too-long = väli on pikem kui { $bytes } baiti
err-csv-unreadable-row = loetamatu CSV-kirje: { $detail }
err-csv-empty-file = fail on tühi; selles peab olema päiserida veergudega { $columns }
err-csv-unknown-column = tundmatu veerg '{ $name }' (oodatakse: { $known })
err-csv-column-twice = veerg '{ $name }' esineb kaks korda
err-csv-more-in-header = ja veel { $count } probleemi päisereal
err-csv-missing-column = kohustuslik veerg '{ $name }' puudub
err-csv-row-width = kirjes on { $fields } välja, päisereal aga { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' on komaga eraldatud failis mitmetähenduslik; kasutage kümnendkohtade eraldajana punkti
err-csv-not-a-number = { $name } '{ $text }' ei ole arv
err-csv-implausible-year = { $name } { $year } ei ole usutav aasta (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' ei ole aasta
err-csv-not-yes-no = { $name } '{ $text }' ei ole jah/ei (kirjutage true või false)
err-csv-required = { $name } on kohustuslik
err-csv-unknown-value = { $what }: tundmatu väärtus '{ $text }' (lubatud: { $expected })
err-csv-duplicate-firm = korduv ettevõtte ID '{ $id }' (esimest korda real { $line })
err-csv-coordinate-outside = { $name } { $value } on väljaspool vahemikku -{ $limit }..{ $limit }
err-csv-unknown-nace = tundmatu NACE Rev.2 kood '{ $code }'
err-csv-unknown-firm = tundmatu ettevõtte ID '{ $id }' (ettevõtete failis pole)
err-csv-unknown-material = tundmatu materjal '{ $id }' (lisage see faili materials.csv või kasutage kataloogi ID-d)
err-csv-unit-mismatch-density = ühikud ei sobi: { $material } mõõdetakse ühikus { $unit }, mitte { $from }, ja kataloog ei anna tihedust (t m3 kohta) teisendamiseks (lisage { $column } faili materials.csv või andke kogus ühikus { $unit })
err-csv-unit-mismatch-energy = ühikud ei sobi: { $material } mõõdetakse ühikus { $unit }, mitte { $from }, ja kataloog ei anna energiasisaldust (MWh t kohta) teisendamiseks (lisage { $column } faili materials.csv või andke kogus ühikus { $unit })
err-csv-years-reversed = lõpuaasta { $to } on enne algusaastat { $from }
err-csv-negative-quantity = negatiivne kogus { $value }; kogused on aasta kohta ja vähemalt null
err-csv-unknown-ewc = tundmatu EWC kood '{ $code }' (Euroopa jäätmenimistu, nt 10 01 05)
err-csv-not-negative = { $name } ei tohi olla negatiivne
err-csv-not-positive = { $name } peab olema nullist suurem, mitte { $value }
err-csv-unknown-workshop = tundmatu töötuba '{ $id }' (pole failis workshops.csv)
err-csv-ratio-positive = ratio peab olema positiivne, mitte { $value }
err-csv-employees = employees peab olema täisarv null või rohkem, mitte { $text }
err-csv-needs-crs = { $x }/{ $y } vajavad koordinaatsüsteemi: lisage veerg 'crs' (nt EPSG:3006) või importige võtmega --crs
err-csv-id-not-whole = id '{ $text }' ei ole täisarv alates 1
err-csv-exchange-id-twice = vahetuse tunnus { $id } esineb kaks korda
err-csv-same-firm-twice = vahetus vajab kaht eri ettevõtet, mitte kaks korda '{ $id }'
err-csv-counterfactual-km = counterfactual_km peab olema 0 kuni 20000 km, mitte { $value }
err-csv-not-utf8 = fail ei ole UTF-8 kodeeringus; salvestage see kui „CSV UTF-8“ ja proovige uuesti
err-csv-not-a-date = { $name } '{ $text }' ei ole kuupäev kujul AAAA-KK-PP (nt 2021-06-14)
err-csv-unknown-exchange = tundmatu vahetus { $id } (tunnused, mida näitavad `exchanges` ja rakendus, või exchanges.csv veerg id)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' ei ole täisarv
err-csv-workshop-id-twice = töötoa tunnus '{ $id }' esineb kaks korda
err-csv-unknown-firm-in-csv = tundmatu ettevõte '{ $id }' (pole failis firms.csv)
err-csv-reason-not-dropped = põhjus märgitakse ainult siis, kui etapist on loobutud (dropped)
err-csv-outside-range = { $name } { $value } on väljaspool vahemikku { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' ei ole tõlkevõti: description.<kood> või tour_N.<kood>, <kood> üks järgmistest: { $codes }
err-csv-tour-step = tuuri samm '{ $key }' vajab numbrit alates 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = ühikud ei sobi: materjali mõõdetakse ühikus { $canonical }, mitte { $unit }
err-csv-kind-unit-energy = ühikud ei sobi: energiat mõõdetakse ühikus { $canonical }, mitte { $unit }
err-csv-kind-unit-water = ühikud ei sobi: vett mõõdetakse ühikus { $canonical }, mitte { $unit }
err-csv-unknown-country = tundmatu riik '{ $text }' (kaardi ISO 3166 alpha-2 kood, nt { $codes })
err-csv-cell-control-name = lahter sisaldab juhtmärki { $code } (tunnustes ja nimedes ei tohi juhtmärke olla)
err-csv-cell-control-free = lahter sisaldab juhtmärki { $code } (tekstis on lubatud ainult tabeldusmärk ja reavahetused)
err-range-not-usable = { $name } { $value } ei ole arv, mida rakendus saab kasutada
err-range-negative = { $name } { $value } on negatiivne; see peab olema null või rohkem (kuni { $max })
err-csv-project-key = { $problem } (projekti võtmed: { $keys })
err-csv-in-material-unit = { $name } materjali ühikus:
err-csv-two-positions = nii veerud lat/lon kui ka { $x }/{ $y }: jätke üks paar, et asukohta ei loetaks kaks korda
err-csv-unknown-port = tundmatu sadam '{ $text }' (aluskaardi sadam, nt Kalundborg, Aalborg)
err-csv-unknown-language = tundmatu keel '{ $code }'; keeled on { $codes }
err-csv-outcome-twice = vahetusel { $id } on teine tulemus aastaks { $year }; üks rida vahetuse ja aasta kohta
err-param-not-a-number = { $key } peab olema arv
err-param-rate-not-positive = { $key } peab olema suurem kui null (valuutaühikut euro kohta)
err-param-not-ets-flag = { $key } peab olema 1 (EL HKS-is) või 0
err-param-not-a-fraction = { $key } on osakaal (0,05 = 5 %), mitte { $value }
err-param-lifetime = { $key } peab olema 1 kuni 200 aastat, mitte { $value }
err-param-circuity = { $key } peab olema vähemalt 1 (teekond pole kunagi sirgjoonest lühem)
err-param-negative = { $key } ei tohi olla negatiivne
err-param-unknown-currency = tundmatu valuuta '{ $code }' võtmes '{ $key }' (lubatud: { $expected })
err-param-country-key = tundmatu parameeter '{ $key }' (riigi võtmed on kujul country.DK.grid_ef)
err-param-unknown-country = tundmatu riik '{ $code }' võtmes '{ $key }' (lubatud: { $expected })
err-param-country-field = tundmatu parameeter '{ $key }' (riigil on grid_ef, heat_ef, landfill_cost ja in_ets)
err-param-unknown = tundmatu parameeter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = tundmatu transpordiliik võtmes '{ $key }'
err-crs-unknown = tundmatu koordinaatsüsteem '{ $text }' (lubatud: { $known })
err-crs-unsupported = koordinaatsüsteemi EPSG:{ $epsg } ei toetata (toetatud: { $known })
err-crs-not-numbers = koordinaadid peavad olema arvud
err-crs-from-grid = ei saa teisendada süsteemist { $code }: { $detail }
err-crs-to-grid = ei saa teisendada süsteemi { $code }: { $detail }
err-crs-outside = ida { $easting } / põhi { $northing } süsteemis { $code } ({ $name }) jääb Läänemere piirkonnast välja (laius { $lat }, pikkus { $lon }); kas see on õige koordinaatsüsteem?
err-crs-outside-swapped = ida { $easting } / põhi { $northing } süsteemis { $code } ({ $name }) jääb Läänemere piirkonnast välja (laius { $lat }, pikkus { $lon }); ida ja põhi paistavad olevat vahetuses
err-crs-no-position = laiusel { $lat }, pikkusel { $lon } pole asukohta süsteemis { $code }

## Märkused imporditud väärtuste kohta
note-text = märkus: { $text }
converted = { $quantity } { $from } teisendati väärtuseks { $converted } { $unit } materjalile { $material }
converted-energy = { $quantity } { $from } teisendati väärtuseks { $converted } { $unit } materjalile { $material } kasutades { $factor } MWh t kohta ({ $source })
converted-density = { $quantity } { $from } teisendati väärtuseks { $converted } { $unit } materjalile { $material } kasutades { $factor } t m3 kohta ({ $source })
note-no-country = märkus: ettevõte '{ $id }' ei asu üheski kaardi riigis (ega { $km } km kaugusel ühestki): andke selle riik veerus 'country'; riigi parameetrid sellele ei kehti
note-stage-wins = märkus: vahetuse { $id } olek on { $status }, kuid selle viimane etapp on { $stage } ({ $date }): kehtib etapp, olek { $wins }
overfill-flow = voog { $flow } on ületatud { $excess } võrra
overfill-supply = ettevõtte { $firm } pakkumine ({ $material }, voog { $flow }) on ületatud { $excess } { $unit } võrra
overfill-demand = ettevõtte { $firm } nõudlus ({ $material }, voog { $flow }) on ületatud { $excess } { $unit } võrra
overfill-exchange = vahetus { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = ettevõtte { $name } lisamine
edit-edit-firm = ettevõtte { $name } muutmine
edit-delete-firm = ettevõtte { $name } kustutamine
edit-add-supply = voo lisamine: { $firm }, pakkumine { $material }
edit-add-demand = voo lisamine: { $firm }, nõudlus { $material }
edit-edit-flow = voo { $id } muutmine
edit-delete-supply = voo kustutamine: { $firm }, pakkumine { $material }
edit-delete-demand = voo kustutamine: { $firm }, nõudlus { $material }
edit-add-pasted-flows = kleebitud voogude lisamine: { $count }
edit-edit-flows = voogude muutmine: { $count }
edit-delete-flows = voogude kustutamine: { $count }
edit-add-exchange = vahetuse lisamine { $from } -> { $to } { $material }
edit-edit-exchange = vahetuse muutmine { $from } -> { $to } ({ $status })
edit-delete-exchange = vahetuse kustutamine { $from } -> { $to }
edit-import = import: ettevõtteid { $firms }, vooge { $flows }, vahetusi { $exchanges }
edit-project-settings = projekti { $name } seaded
edit-record-stage = vahetus { $from } -> { $to }: { $stage } { $date }
edit-set-parameter = parameeter { $key } = { $value }
edit-add-contact = kontakti { $name } lisamine ({ $firm })
edit-edit-contact = kontakti { $name } muutmine ({ $firm })
edit-outcome = vahetuse { $id } tulemus aastal { $year }
edit-remove-outcome = vahetuse { $id } tulemuse eemaldamine aastal { $year }
edit-workshop = seminar { $id } { $date }
edit-remove-workshop = seminari { $id } eemaldamine
edit-erase-contact = kontakt { $id } ({ $firm }) täielikult eemaldatud (ei saa tagasi võtta)
