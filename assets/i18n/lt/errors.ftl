# Branduolio klaidų pranešimai taip, kaip juos rodo programa (src/i18n/errors.rs).

## Projekto failo atidarymas
err-open-not-found = { $path }: tokio failo nėra
err-open-empty = { $path }: failas tuščias (0 baitų) ir nėra projektas; sukurkite projektą komanda `import` arba Naujas
err-open-not-sqlite = { $path }: ne projekto failas (nei SQLite duomenų bazė, nei GeoPackage)
err-open-truncated = { $path }: failas nukirstas ({ $actual } iš { $expected } baitų); atkurkite jį iš atsarginės kopijos
err-open-corrupt = { $path }: failas sugadintas ({ $detail }); jis paliktas nepakeistas, atkurkite jį iš atsarginės kopijos
err-open-foreign-sqlite = { $path }: kitos programos SQLite duomenų bazė, o ne GeoPackage projektas; ji palikta nepakeista
err-open-foreign-geopackage = { $path }: kitos programos GeoPackage, o ne Symbiosis Explorer projektas; jis paliktas nepakeistas. Verčiau importuokite jo duomenis į naują projektą (eksportuokite sluoksnius į CSV ir paleiskite `symbiosis-explorer import`)
err-open-too-new = { $path }: įrašytas naujesne Symbiosis Explorer versija (projekto schema { $found }; ši versija skaito iki { $supported }); failas paliktas nepakeistas, atidarykite jį naujesne versija
err-open-bad-version = { $path }: schemos versija '{ $found }' (se_metadata) nėra nė viena iš tų, kurias rašo ši programa (nuo 1 iki { $supported }); failas paliktas nepakeistas
err-open-needs-upgrade = { $path }: projekto schemą { $found } reikia atnaujinti iki { $supported }, bet failas tik skaitomas; atidarykite kopiją, į kurią galima rašyti
err-open-locked = { $path }: užrakintas kito proceso (į jį rašo kitas Symbiosis Explorer arba QGIS); uždarykite jį ten ir bandykite dar kartą
err-open-triggers = { $path }: turi trigerių, kurie nėra GeoPackage ar GDAL ({ $names }); trigeris vykdomas per kiekvieną keitimą, todėl failas atmestas ir paliktas nepakeistas. Pašalinkite juos (DROP TRIGGER), jei pasitikite failu
err-open-not-tables = { $path }: { $detail } ten, kur programa tikisi lentelės; failas atmestas ir paliktas nepakeistas
err-open-too-slow = { $path }: failas skaitomas per ilgai (ilgiau nei { $seconds } s); jame gali būti begalinė užklausa. Jis paliktas nepakeistas
err-open-invalid = { $path }: projekte yra duomenų, kurių programa negali priimti: { $detail }; failas paliktas nepakeistas. Pataisykite juos programoje, kuri juos įrašė (arba atkurkite atsarginę kopiją), ir atidarykite failą vėl
err-open-unsaved-wal = { $path }: failas yra tik skaitomoje laikmenoje, o faile { $path }-wal yra neįrašytų pakeitimų; nukopijuokite abu failus į aplanką, į kurį galima rašyti, ir atidarykite kopiją
err-path-detail = { $path }: { $detail }

## Atidaryto projekto skaitymas ir redagavimas
err-store-read-only = projektas atidarytas tik skaityti; redaguokite kopiją (Įrašyti kaip)
err-store-locked = projekto failą užrakino kitas procesas; netrukus bandykite dar kartą
err-store-too-slow = projekto failas skaitomas per ilgai (ilgiau nei 10 s); jame gali būti begalinė užklausa
err-store-not-found = { $what }: nerasta
err-store-exists = { $path } jau yra; pasirinkite kitą pavadinimą
err-store-sqlite = projekto failas: { $detail }

## Komandos serveris
err-team-connect = serveris { $server }: nepavyko prisijungti: { $detail }
err-team-read-only = tik skaityti: { $detail }
err-team-server = serveris { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } konfliktas
    [few] { $count } konfliktai
   *[other] { $count } konfliktų
}; nei serveryje, nei kopijoje nieko nepakeista; pasirinkite pusę (--prefer local|server)

## Įvesti skaičiai, kodai ir vienetai
err-number-empty = skaičius neįvestas
err-number-not-a-number = '{ $text }' nėra skaičius
err-number-too-large = '{ $text }' per didelis
err-fkko-length = '{ $text }' nėra FKKO kodas: jame { $digits } skaitmenys, o FKKO kode 11 (pvz., 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' nėra FKKO kodas: leidžiami tik skaitmenys ir tarpai (pvz., 4 71 101 01 52 1)
err-fkko-block = '{ $text }' nėra FKKO kodas: jo pirmasis skaitmuo, blokas, yra nuo 1 iki 9
err-fkko-class = '{ $text }' nėra atliekų rūšies kodas: jo paskutinis skaitmuo, pavojingumo klasė, yra { $class }; atliekų rūšies klasė yra nuo 1 iki 5 (0 žymi katalogo antraštę)
err-unit-no-density = { $material } matuojama vienetais { $unit }, ne { $from }, o kataloge nėra tankio (t/m3) perskaičiavimui (pridėkite { $column } faile materials.csv arba nurodykite kiekį vienetais { $unit })
err-unit-no-energy = { $material } matuojama vienetais { $unit }, ne { $from }, o kataloge nėra energijos kiekio (MWh/t) perskaičiavimui (pridėkite { $column } faile materials.csv arba nurodykite kiekį vienetais { $unit })

## Importuotų CSV failų problemos (kiekviena po failas:eilutė:stulpelis)
err-csv-line-too-long = eilutė ilgesnė nei { $bytes } baitų; ar tai CSV failas? (kiekvienas įrašas yra vienoje eilutėje)
err-csv-stopped = sustabdyta po { $count } problemų; ištaisykite jas ir paleiskite importą dar kartą
err-csv-unclosed-quote = kabutė (") čia atveria lauką ir niekur neužsidaro; uždarykite ją arba padvigubinkite kabutes lauko viduje ("")
err-csv-field-too-long = laukas ilgesnis nei { $bytes } baitų
err-csv-unreadable-row = neperskaitomas CSV įrašas: { $detail }
err-csv-empty-file = failas tuščias; jam reikia antraštės eilutės su { $columns }
err-csv-unknown-column = nežinomas stulpelis '{ $name }' (tikimasi: { $known })
err-csv-column-twice = stulpelis '{ $name }' kartojasi du kartus
err-csv-more-in-header = ir dar problemų antraštėje: { $count }
err-csv-missing-column = trūksta privalomo stulpelio '{ $name }'
err-csv-row-width = įraše yra { $fields } laukai, o antraštėje { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' kableliais atskirtame faile yra dviprasmiškas; dešimtainiam skyrikliui naudokite tašką
err-csv-not-a-number = { $name } '{ $text }' nėra skaičius
err-csv-implausible-year = { $name } { $year } nėra tikėtini metai (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' nėra metai
err-csv-not-yes-no = { $name } '{ $text }' nėra taip/ne (rašykite true arba false)
err-csv-required = { $name } yra privalomas
err-csv-unknown-value = { $what }: nežinoma reikšmė '{ $text }' (leidžiamos: { $expected })
err-csv-duplicate-firm = pasikartojantis įmonės ID '{ $id }' (pirmą kartą eilutėje { $line })
err-csv-coordinate-outside = { $name } { $value } yra už ribų -{ $limit }..{ $limit }
err-csv-unknown-nace = nežinomas NACE 2 red. kodas '{ $code }'
err-csv-unknown-firm = nežinomas įmonės ID '{ $id }' (nėra įmonių faile)
err-csv-unknown-material = nežinoma medžiaga '{ $id }' (pridėkite ją faile materials.csv arba naudokite katalogo ID)
err-csv-unit-mismatch-density = vienetai nesutampa: { $material } matuojama vienetais { $unit }, ne { $from }, o kataloge nėra tankio (t/m3) perskaičiavimui (pridėkite { $column } faile materials.csv arba nurodykite kiekį vienetais { $unit })
err-csv-unit-mismatch-energy = vienetai nesutampa: { $material } matuojama vienetais { $unit }, ne { $from }, o kataloge nėra energijos kiekio (MWh/t) perskaičiavimui (pridėkite { $column } faile materials.csv arba nurodykite kiekį vienetais { $unit })
err-csv-years-reversed = pabaigos metai { $to } yra ankstesni nei pradžios metai { $from }
err-csv-negative-quantity = neigiamas kiekis { $value }; kiekiai nurodomi per metus ir yra nulis arba daugiau
err-csv-unknown-ewc = nežinomas EWC kodas '{ $code }' (Europos atliekų sąrašas, pvz., 10 01 05)
err-csv-not-negative = { $name } negali būti neigiamas
err-csv-not-positive = { $name } turi būti didesnis už nulį, o ne { $value }
err-csv-unknown-workshop = nežinomas seminaras '{ $id }' (nėra workshops.csv)
err-csv-ratio-positive = ratio turi būti teigiamas, o ne { $value }
err-csv-employees = employees turi būti sveikasis skaičius, nulis ar daugiau, o ne { $text }
err-csv-needs-crs = { $x }/{ $y } reikia koordinačių sistemos: pridėkite stulpelį 'crs' (pvz., EPSG:3006) arba importuokite su --crs
err-csv-id-not-whole = id '{ $text }' nėra sveikasis skaičius nuo 1
err-csv-exchange-id-twice = mainų id { $id } naudojamas du kartus
err-csv-same-firm-twice = mainams reikia dviejų skirtingų įmonių, o ne du kartus '{ $id }'
err-csv-counterfactual-km = counterfactual_km turi būti nuo 0 iki 20000 km, o ne { $value }
err-csv-not-utf8 = failas nėra UTF-8 koduotės; išsaugokite jį kaip „CSV UTF-8“ ir bandykite dar kartą
err-csv-not-a-date = { $name } '{ $text }' nėra data formatu MMMM-MM-DD (pvz., 2021-06-14)
err-csv-unknown-exchange = nežinomi mainai { $id } (id, kuriuos rodo `exchanges` ir programa, arba exchanges.csv stulpelis id)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' nėra sveikasis skaičius
err-csv-workshop-id-twice = seminaro id '{ $id }' naudojamas du kartus
err-csv-unknown-firm-in-csv = nežinoma įmonė '{ $id }' (nėra firms.csv)
err-csv-reason-not-dropped = priežastis nurodoma tik ten, kur etapas nutrauktas (dropped)
err-csv-outside-range = { $name } { $value } yra už ribų { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' nėra vertimo raktas: description.<kodas> arba tour_N.<kodas>, <kodas> vienas iš { $codes }
err-csv-tour-step = turo žingsniui '{ $key }' reikia numerio nuo 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = vienetai nesutampa: medžiaga matuojama { $canonical }, o ne { $unit }
err-csv-kind-unit-energy = vienetai nesutampa: energija matuojama { $canonical }, o ne { $unit }
err-csv-kind-unit-water = vienetai nesutampa: vanduo matuojamas { $canonical }, o ne { $unit }
err-csv-unknown-country = nežinoma šalis '{ $text }' (žemėlapio ISO 3166 alpha-2 kodas, pvz., { $codes })
err-csv-cell-control-name = langelyje yra valdymo simbolis { $code } (id ir pavadinimuose valdymo simbolių negali būti)
err-csv-cell-control-free = langelyje yra valdymo simbolis { $code } (tekste leidžiami tik tabuliacija ir eilučių lūžiai)
err-range-not-usable = { $name } { $value } nėra skaičius, kurį programa gali naudoti
err-range-negative = { $name } { $value } yra neigiamas; turi būti nulis ar daugiau (iki { $max })
err-csv-project-key = { $problem } (projekto raktai: { $keys })
err-csv-in-material-unit = { $name } medžiagos vienetais:
err-csv-two-positions = yra ir stulpeliai lat/lon, ir { $x }/{ $y }: palikite vieną porą, kad jokia padėtis nebūtų skaitoma du kartus
err-csv-unknown-port = nežinomas uostas '{ $text }' (pagrindo žemėlapio uostas, pvz., Kalundborg, Aalborg)
err-csv-unknown-language = nežinoma kalba '{ $code }'; kalbos yra { $codes }
err-csv-outcome-twice = mainai { $id } turi antrą rezultatą už { $year } m.; po vieną eilutę mainams ir metams
err-param-not-a-number = { $key } turi būti skaičius
err-param-rate-not-positive = { $key } turi būti didesnis už nulį (valiutos vienetų už EUR)
err-param-not-ets-flag = { $key } turi būti 1 (ES ATLPS) arba 0
err-param-not-a-fraction = { $key } yra dalis (0,05 = 5 %), o ne { $value }
err-param-lifetime = { $key } turi būti nuo 1 iki 200 metų, o ne { $value }
err-param-circuity = { $key } turi būti bent 1 (maršrutas niekada nėra trumpesnis už tiesę)
err-param-negative = { $key } negali būti neigiamas
err-param-unknown-currency = nežinoma valiuta '{ $code }' rakte '{ $key }' (leidžiamos: { $expected })
err-param-country-key = nežinomas parametras '{ $key }' (šalies raktai atrodo kaip country.DK.grid_ef)
err-param-unknown-country = nežinoma šalis '{ $code }' rakte '{ $key }' (leidžiamos: { $expected })
err-param-country-field = nežinomas parametras '{ $key }' (šalis turi grid_ef, heat_ef, landfill_cost ir in_ets)
err-param-unknown = nežinomas parametras '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = nežinoma transporto rūšis rakte '{ $key }'
err-crs-unknown = nežinoma koordinačių sistema '{ $text }' (leidžiamos: { $known })
err-crs-unsupported = koordinačių sistema EPSG:{ $epsg } nepalaikoma (palaikomos: { $known })
err-crs-not-numbers = koordinatės turi būti skaičiai
err-crs-from-grid = nepavyksta perskaičiuoti iš { $code }: { $detail }
err-crs-to-grid = nepavyksta perskaičiuoti į { $code }: { $detail }
err-crs-outside = rytai { $easting } / šiaurė { $northing } sistemoje { $code } ({ $name }) yra už Baltijos jūros regiono ribų (platuma { $lat }, ilguma { $lon }); ar tai tinkama koordinačių sistema?
err-crs-outside-swapped = rytai { $easting } / šiaurė { $northing } sistemoje { $code } ({ $name }) yra už Baltijos jūros regiono ribų (platuma { $lat }, ilguma { $lon }); atrodo, kad rytai ir šiaurė sukeisti
err-crs-no-position = platumai { $lat }, ilgumai { $lon } nėra padėties sistemoje { $code }

## Pastabos apie importuotas reikšmes
note-text = pastaba: { $text }
converted = { $quantity } { $from } perskaičiuota į { $converted } { $unit } medžiagai { $material }
converted-energy = { $quantity } { $from } perskaičiuota į { $converted } { $unit } medžiagai { $material } naudojant { $factor } MWh/t ({ $source })
converted-density = { $quantity } { $from } perskaičiuota į { $converted } { $unit } medžiagai { $material } naudojant { $factor } t/m3 ({ $source })
note-no-country = pastaba: įmonė '{ $id }' nėra jokioje žemėlapio šalyje (nei { $km } km atstumu nuo jos): nurodykite jos šalį stulpelyje 'country'; šalies parametrai jai netaikomi
note-stage-wins = pastaba: mainų { $id } būsena yra { $status }, bet paskutinis jų etapas yra { $stage } ({ $date }): lemia etapas, būsena { $wins }
overfill-flow = srautas { $flow } perpildytas { $excess }
overfill-supply = įmonės { $firm } pasiūla ({ $material }, srautas { $flow }) viršyta { $excess } { $unit }
overfill-demand = įmonės { $firm } paklausa ({ $material }, srautas { $flow }) viršyta { $excess } { $unit }
overfill-exchange = mainai { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = įmonės { $name } pridėjimas
edit-edit-firm = įmonės { $name } taisymas
edit-delete-firm = įmonės { $name } šalinimas
edit-add-supply = srauto pridėjimas: { $firm }, pasiūla { $material }
edit-add-demand = srauto pridėjimas: { $firm }, paklausa { $material }
edit-edit-flow = srauto { $id } taisymas
edit-delete-supply = srauto šalinimas: { $firm }, pasiūla { $material }
edit-delete-demand = srauto šalinimas: { $firm }, paklausa { $material }
edit-add-pasted-flows = įklijuotų srautų pridėjimas: { $count }
edit-edit-flows = srautų taisymas: { $count }
edit-delete-flows = srautų šalinimas: { $count }
edit-add-exchange = mainų pridėjimas { $from } -> { $to } { $material }
edit-edit-exchange = mainų taisymas { $from } -> { $to } ({ $status })
edit-delete-exchange = mainų šalinimas { $from } -> { $to }
edit-import = importas: įmonių { $firms }, srautų { $flows }, mainų { $exchanges }
edit-project-settings = projekto { $name } nustatymai
edit-record-stage = mainai { $from } -> { $to }: { $stage }, { $date }
edit-set-parameter = parametras { $key } = { $value }
edit-add-contact = kontakto { $name } pridėjimas ({ $firm })
edit-edit-contact = kontakto { $name } taisymas ({ $firm })
edit-outcome = mainų { $id } rezultatas už { $year } m.
edit-remove-outcome = mainų { $id } rezultato už { $year } m. šalinimas
edit-workshop = seminaras { $id }, { $date }
edit-remove-workshop = seminaro { $id } šalinimas
edit-erase-contact = kontaktas { $id } ({ $firm }) visiškai pašalintas (atšaukti negalima)
