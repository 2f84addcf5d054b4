# Ytimen virheilmoitukset sellaisina kuin sovellus ne näyttää (src/i18n/errors.rs).

## Projektitiedoston avaaminen
err-open-not-found = { $path }: tiedostoa ei ole
err-open-empty = { $path }: tiedosto on tyhjä (0 tavua) eikä ole projekti; luo projekti komennolla `import` tai valinnalla Uusi
err-open-not-sqlite = { $path }: ei projektitiedosto (ei SQLite-tietokanta eikä GeoPackage)
err-open-truncated = { $path }: tiedosto on katkennut ({ $actual } / { $expected } tavua); palauta se varmuuskopiosta
err-open-corrupt = { $path }: tiedosto on vioittunut ({ $detail }); se jätettiin ennalleen, palauta se varmuuskopiosta
err-open-foreign-sqlite = { $path }: toisen ohjelman SQLite-tietokanta, ei GeoPackage-projekti; se jätettiin ennalleen
err-open-foreign-geopackage = { $path }: toisen ohjelman GeoPackage, ei Symbiosis Explorer -projekti; se jätettiin ennalleen. Tuo sen tiedot uuteen projektiin (vie tasot CSV-muotoon ja aja `symbiosis-explorer import`)
err-open-too-new = { $path }: kirjoitettu uudemmalla Symbiosis Explorerilla (projektin skeema { $found }; tämä versio lukee enintään { $supported }); tiedosto jätettiin ennalleen, avaa se uudemmalla versiolla
err-open-bad-version = { $path }: skeeman versio '{ $found }' (se_metadata) ei ole tämän sovelluksen kirjoittama (1–{ $supported }); tiedosto jätettiin ennalleen
err-open-needs-upgrade = { $path }: projektin skeema { $found } pitää päivittää versioon { $supported }, mutta tiedosto on vain luku -tilassa; avaa kirjoitettava kopio
err-open-locked = { $path }: toinen prosessi on lukinnut tiedoston (toinen Symbiosis Explorer tai QGIS kirjoittaa siihen); sulje se siellä ja yritä uudelleen
err-open-triggers = { $path }: sisältää liipaisimia, jotka eivät ole GeoPackagen tai GDAL:n omia ({ $names }); liipaisin ajetaan jokaisen muokkauksen yhteydessä, joten tiedosto hylättiin ja jätettiin ennalleen. Poista ne (DROP TRIGGER), jos luotat tiedostoon
err-open-not-tables = { $path }: { $detail } kohdassa, jossa sovellus odottaa taulua; tiedosto hylättiin ja jätettiin ennalleen
err-open-too-slow = { $path }: tiedoston lukeminen kestää liian kauan (yli { $seconds } s); siinä voi olla loputon kysely. Se jätettiin ennalleen
err-open-invalid = { $path }: projektissa on tietoja, joita sovellus ei voi hyväksyä: { $detail }; tiedosto jätettiin ennalleen. Korjaa ne ohjelmassa, joka ne kirjoitti (tai palauta varmuuskopio), ja avaa tiedosto uudelleen
err-open-unsaved-wal = { $path }: tiedosto on vain luku -tallennusvälineellä, ja tiedostossa { $path }-wal on tallentamattomia muutoksia; kopioi molemmat tiedostot kansioon, johon voi kirjoittaa, ja avaa kopio
err-path-detail = { $path }: { $detail }

## Avoimen projektin lukeminen ja muokkaaminen
err-store-read-only = projekti on avattu vain luku -tilassa; muokkaa kopiota (Tallenna nimellä)
err-store-locked = toinen prosessi on lukinnut projektitiedoston; yritä hetken kuluttua uudelleen
err-store-too-slow = projektitiedoston lukeminen kestää liian kauan (yli 10 s); siinä voi olla loputon kysely
err-store-not-found = { $what }: ei löydy
err-store-exists = { $path } on jo olemassa; valitse toinen nimi
err-store-sqlite = projektitiedosto: { $detail }

## Tiimin palvelin
err-team-connect = palvelin { $server }: yhteys ei onnistunut: { $detail }
err-team-read-only = vain luku: { $detail }
err-team-server = palvelin { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } ristiriita
   *[other] { $count } ristiriitaa
}; palvelimella tai kopiossa ei muutettu mitään; valitse puoli (--prefer local|server)

## Syötetyt luvut, koodit ja yksiköt
err-number-empty = lukua ei annettu
err-number-not-a-number = '{ $text }' ei ole luku
err-number-too-large = '{ $text }' on liian suuri
err-fkko-length = '{ $text }' ei ole FKKO-koodi: siinä on { $digits } numeroa, FKKO-koodissa 11 (esim. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' ei ole FKKO-koodi: vain numerot ja välilyönnit ovat sallittuja (esim. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' ei ole FKKO-koodi: sen ensimmäinen numero, lohko, on 1–9
err-fkko-class = '{ $text }' ei ole jätelajin koodi: sen viimeinen numero, vaaraluokka, on { $class }; jätelajin luokka on 1–5 (0 merkitsee luettelon otsikkoa)
err-unit-no-density = { $material } mitataan yksikössä { $unit }, ei { $from }, eikä luettelo anna tiheyttä (t/m3) muunnokseen (lisää { $column } tiedostoon materials.csv tai anna määrä yksikössä { $unit })
err-unit-no-energy = { $material } mitataan yksikössä { $unit }, ei { $from }, eikä luettelo anna energiasisältöä (MWh/t) muunnokseen (lisää { $column } tiedostoon materials.csv tai anna määrä yksikössä { $unit })

## Tuotujen CSV-tiedostojen ongelmat (kukin tiedosto:rivi:sarake-tiedon jälkeen)
err-csv-line-too-long = rivi on pidempi kuin { $bytes } tavua; onko tämä CSV-tiedosto? (jokainen tietue on yhdellä rivillä)
err-csv-stopped = pysäytetty { $count } ongelman jälkeen; korjaa ne ja aja tuonti uudelleen
err-csv-unclosed-quote = lainausmerkki (") aloittaa tässä kentän eikä sulkeudu koskaan; sulje se tai kahdenna kentän sisäiset lainausmerkit ("")
err-csv-field-too-long = kenttä on pidempi kuin { $bytes } tavua
err-csv-unreadable-row = lukukelvoton CSV-tietue: { $detail }
err-csv-empty-file = tiedosto on tyhjä; siinä pitää olla otsikkorivi, jossa { $columns }
err-csv-unknown-column = tuntematon sarake '{ $name }' (odotetaan: { $known })
err-csv-column-twice = sarake '{ $name }' esiintyy kahdesti
err-csv-more-in-header = ja vielä { $count } ongelmaa otsikkorivillä
err-csv-missing-column = pakollinen sarake '{ $name }' puuttuu
err-csv-row-width = tietueessa on { $fields } kenttää, mutta otsikkorivillä { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' on pilkuin erotellussa tiedostossa monitulkintainen; käytä desimaalierottimena pistettä
err-csv-not-a-number = { $name } '{ $text }' ei ole luku
err-csv-implausible-year = { $name } { $year } ei ole uskottava vuosi (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' ei ole vuosi
err-csv-not-yes-no = { $name } '{ $text }' ei ole kyllä/ei (kirjoita true tai false)
err-csv-required = { $name } on pakollinen
err-csv-unknown-value = { $what }: tuntematon arvo '{ $text }' (sallitut: { $expected })
err-csv-duplicate-firm = toistuva yrityksen tunnus '{ $id }' (ensimmäisen kerran rivillä { $line })
err-csv-coordinate-outside = { $name } { $value } on välin -{ $limit }..{ $limit } ulkopuolella
err-csv-unknown-nace = tuntematon NACE Rev.2 -koodi '{ $code }'
err-csv-unknown-firm = tuntematon yrityksen tunnus '{ $id }' (ei yritystiedostossa)
err-csv-unknown-material = tuntematon materiaali '{ $id }' (lisää se tiedostoon materials.csv tai käytä luettelon tunnusta)
err-csv-unit-mismatch-density = yksiköt eivät täsmää: { $material } mitataan yksikössä { $unit }, ei { $from }, eikä luettelo anna tiheyttä (t/m3) muunnokseen (lisää { $column } tiedostoon materials.csv tai anna määrä yksikössä { $unit })
err-csv-unit-mismatch-energy = yksiköt eivät täsmää: { $material } mitataan yksikössä { $unit }, ei { $from }, eikä luettelo anna energiasisältöä (MWh/t) muunnokseen (lisää { $column } tiedostoon materials.csv tai anna määrä yksikössä { $unit })
err-csv-years-reversed = päättymisvuosi { $to } on ennen alkamisvuotta { $from }
err-csv-negative-quantity = negatiivinen määrä { $value }; määrät ovat vuotta kohden ja vähintään nolla
err-csv-unknown-ewc = tuntematon EWC-koodi '{ $code }' (Euroopan jäteluettelo, esim. 10 01 05)
err-csv-not-negative = { $name } ei saa olla negatiivinen
err-csv-not-positive = { $name } on oltava suurempi kuin nolla, ei { $value }
err-csv-unknown-workshop = tuntematon työpaja '{ $id }' (ei tiedostossa workshops.csv)
err-csv-ratio-positive = ratio on oltava positiivinen, ei { $value }
err-csv-employees = employees on oltava kokonaisluku, nolla tai enemmän, ei { $text }
err-csv-needs-crs = { $x }/{ $y } tarvitsevat koordinaattijärjestelmän: lisää sarake 'crs' (esim. EPSG:3006) tai tuo valitsimella --crs
err-csv-id-not-whole = id '{ $text }' ei ole kokonaisluku 1:stä alkaen
err-csv-exchange-id-twice = vaihdon tunniste { $id } on käytössä kahdesti
err-csv-same-firm-twice = vaihto tarvitsee kaksi eri yritystä, ei kahdesti '{ $id }'
err-csv-counterfactual-km = counterfactual_km on oltava 0–20000 km, ei { $value }
err-csv-not-utf8 = tiedosto ei ole UTF-8-muodossa; tallenna se muodossa "CSV UTF-8" ja yritä uudelleen
err-csv-not-a-date = { $name } '{ $text }' ei ole päivämäärä muodossa VVVV-KK-PP (esim. 2021-06-14)
err-csv-unknown-exchange = tuntematon vaihto { $id } (tunnisteet, jotka `exchanges` ja sovellus näyttävät, tai exchanges.csv:n id-sarake)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' ei ole kokonaisluku
err-csv-workshop-id-twice = työpajan tunniste '{ $id }' on käytössä kahdesti
err-csv-unknown-firm-in-csv = tuntematon yritys '{ $id }' (ei tiedostossa firms.csv)
err-csv-reason-not-dropped = syy annetaan vain, kun vaiheesta on luovuttu (dropped)
err-csv-outside-range = { $name } { $value } on välin { $from }..{ $to } ulkopuolella
err-csv-not-translated-key = '{ $key }' ei ole käännösavain: description.<koodi> tai tour_N.<koodi>, <koodi> jokin näistä: { $codes }
err-csv-tour-step = esittelyn vaihe '{ $key }' tarvitsee numeron 1:stä alkaen (tour_1, tour_2, ...)
err-csv-kind-unit-material = yksiköt eivät täsmää: materiaali mitataan yksikössä { $canonical }, ei { $unit }
err-csv-kind-unit-energy = yksiköt eivät täsmää: energia mitataan yksikössä { $canonical }, ei { $unit }
err-csv-kind-unit-water = yksiköt eivät täsmää: vesi mitataan yksikössä { $canonical }, ei { $unit }
err-csv-unknown-country = tuntematon maa '{ $text }' (kartan ISO 3166 alpha-2 -koodi, esim. { $codes })
err-csv-cell-control-name = solussa on ohjausmerkki { $code } (tunnisteissa ja nimissä ei saa olla ohjausmerkkejä)
err-csv-cell-control-free = solussa on ohjausmerkki { $code } (tekstissä saa olla vain sarkain ja rivinvaihdot)
err-range-not-usable = { $name } { $value } ei ole luku, jota sovellus voi käyttää
err-range-negative = { $name } { $value } on negatiivinen; sen on oltava nolla tai enemmän (enintään { $max })
err-csv-project-key = { $problem } (projektin avaimet: { $keys })
err-csv-in-material-unit = { $name } materiaalin yksikössä:
err-csv-two-positions = sekä sarakkeet lat/lon että { $x }/{ $y }: säilytä yksi pari, jotta sijaintia ei lueta kahdesti
err-csv-unknown-port = tuntematon satama '{ $text }' (taustakartan satama, esim. Kalundborg, Aalborg)
err-csv-unknown-language = tuntematon kieli '{ $code }'; kielet ovat { $codes }
err-csv-outcome-twice = vaihdolla { $id } on toinen tulos vuodelle { $year }; yksi rivi vaihtoa ja vuotta kohden
err-param-not-a-number = { $key } on oltava luku
err-param-rate-not-positive = { $key } on oltava suurempi kuin nolla (valuutan yksikköä euroa kohden)
err-param-not-ets-flag = { $key } on oltava 1 (EU:n päästökaupassa) tai 0
err-param-not-a-fraction = { $key } on osuus (0,05 = 5 %), ei { $value }
err-param-lifetime = { $key } on oltava 1–200 vuotta, ei { $value }
err-param-circuity = { $key } on oltava vähintään 1 (reitti ei ole koskaan suoraa viivaa lyhyempi)
err-param-negative = { $key } ei saa olla negatiivinen
err-param-unknown-currency = tuntematon valuutta '{ $code }' avaimessa '{ $key }' (sallitut: { $expected })
err-param-country-key = tuntematon parametri '{ $key }' (maan avaimet ovat muotoa country.DK.grid_ef)
err-param-unknown-country = tuntematon maa '{ $code }' avaimessa '{ $key }' (sallitut: { $expected })
err-param-country-field = tuntematon parametri '{ $key }' (maalla on grid_ef, heat_ef, landfill_cost ja in_ets)
err-param-unknown = tuntematon parametri '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = tuntematon kuljetusmuoto avaimessa '{ $key }'
err-crs-unknown = tuntematon koordinaattijärjestelmä '{ $text }' (sallitut: { $known })
err-crs-unsupported = koordinaattijärjestelmää EPSG:{ $epsg } ei tueta (tuetut: { $known })
err-crs-not-numbers = koordinaattien on oltava lukuja
err-crs-from-grid = muunnos järjestelmästä { $code } ei onnistu: { $detail }
err-crs-to-grid = muunnos järjestelmään { $code } ei onnistu: { $detail }
err-crs-outside = itä { $easting } / pohjoinen { $northing } järjestelmässä { $code } ({ $name }) on Itämeren alueen ulkopuolella (leveys { $lat }, pituus { $lon }); onko tämä oikea koordinaattijärjestelmä?
err-crs-outside-swapped = itä { $easting } / pohjoinen { $northing } järjestelmässä { $code } ({ $name }) on Itämeren alueen ulkopuolella (leveys { $lat }, pituus { $lon }); itä ja pohjoinen näyttävät olevan väärin päin
err-crs-no-position = pisteellä leveys { $lat }, pituus { $lon } ei ole sijaintia järjestelmässä { $code }

## Huomautukset tuoduista arvoista
note-text = huomautus: { $text }
converted = { $quantity } { $from } muunnettu arvoksi { $converted } { $unit } materiaalille { $material }
converted-energy = { $quantity } { $from } muunnettu arvoksi { $converted } { $unit } materiaalille { $material } käyttäen arvoa { $factor } MWh/t ({ $source })
converted-density = { $quantity } { $from } muunnettu arvoksi { $converted } { $unit } materiaalille { $material } käyttäen arvoa { $factor } t/m3 ({ $source })
note-no-country = huomautus: yritys '{ $id }' ei ole missään kartan maassa (eikä { $km } km:n päässä sellaisesta): anna sen maa sarakkeessa 'country'; maakohtaiset parametrit eivät koske sitä
note-stage-wins = huomautus: vaihdon { $id } tila on { $status }, mutta sen viimeisin vaihe on { $stage } ({ $date }): vaihe ratkaisee, tila { $wins }
overfill-flow = virta { $flow } on ylitäytetty määrällä { $excess }
overfill-supply = yrityksen { $firm } tarjonta ({ $material }, virta { $flow }) on ylitetty määrällä { $excess } { $unit }
overfill-demand = yrityksen { $firm } kysyntä ({ $material }, virta { $flow }) on ylitetty määrällä { $excess } { $unit }
overfill-exchange = vaihto { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = yrityksen { $name } lisäys
edit-edit-firm = yrityksen { $name } muokkaus
edit-delete-firm = yrityksen { $name } poisto
edit-add-supply = virran lisäys: { $firm }, tarjonta { $material }
edit-add-demand = virran lisäys: { $firm }, kysyntä { $material }
edit-edit-flow = virran { $id } muokkaus
edit-delete-supply = virran poisto: { $firm }, tarjonta { $material }
edit-delete-demand = virran poisto: { $firm }, kysyntä { $material }
edit-add-pasted-flows = liitettyjen virtojen lisäys: { $count }
edit-edit-flows = virtojen muokkaus: { $count }
edit-delete-flows = virtojen poisto: { $count }
edit-add-exchange = vaihdon lisäys { $from } -> { $to } { $material }
edit-edit-exchange = vaihdon muokkaus { $from } -> { $to } ({ $status })
edit-delete-exchange = vaihdon poisto { $from } -> { $to }
edit-import = tuonti: yrityksiä { $firms }, virtoja { $flows }, vaihtoja { $exchanges }
edit-project-settings = projektin { $name } asetukset
edit-record-stage = vaihto { $from } -> { $to }: { $stage } { $date }
edit-set-parameter = parametri { $key } = { $value }
edit-add-contact = yhteyshenkilön { $name } lisäys ({ $firm })
edit-edit-contact = yhteyshenkilön { $name } muokkaus ({ $firm })
edit-outcome = vaihdon { $id } tulos vuodelta { $year }
edit-remove-outcome = vaihdon { $id } tuloksen poisto vuodelta { $year }
edit-workshop = työpaja { $id } { $date }
edit-remove-workshop = työpajan { $id } poisto
edit-erase-contact = yhteyshenkilö { $id } ({ $firm }) poistettu kokonaan (ei voi kumota)
