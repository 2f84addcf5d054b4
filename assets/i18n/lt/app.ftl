# Symbiosis Explorer: lietuvių kalba.

## Visoje programoje vartojami žodžiai

status-candidate = kandidatas
status-proposed = pasiūlyta
status-agreed = suderinta
status-realised = įgyvendinta
status-rejected = atmesta
status-ended = baigta
scenario-existing = Esami
scenario-existing-plus-proposed = Esami + pasiūlyti
scenario-optimal = Optimalus paskirstymas
assumption = prielaida

## HTML ataskaita

report-title = { $name } — Symbiosis Explorer ataskaita
report-meta = Regionas: { $region } · Parkas { $year } m. · Valiuta: { $currency } ({ $priceyear } m. kainomis) · Ataskaitą { $date } parengė Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } konfidencialus srautas neįtrauktas į ataskaitą ir į jokius jos rodiklius.
        [few] { $count } konfidencialūs srautai neįtraukti į ataskaitą ir į jokius jos rodiklius.
       *[other] { $count } konfidencialių srautų neįtraukta į ataskaitą ir į jokius jos rodiklius.
    }
report-confidential-included = Ataskaitoje yra konfidencialių srautų: neplatinkite jos už projekto ribų.
report-summary = Santrauka
report-card-firms = įmonės
report-card-flows = srautai (pasiūla ir poreikis)
report-card-running = { $running } iš { $total }
report-card-running-label = mainai, veikiantys { $year } m.
report-card-co2 = t CO₂ išvengta per metus (veikiantys mainai, { $year })
report-card-benefit = { $currency } grynoji nauda per metus
report-card-candidates = rasti galimi mainai
report-col-status = būsena
report-col-exchanges = mainai
report-map = Žemėlapis
report-map-alt = { $name }: įmonių ir mainų žemėlapis
report-map-every-firm = { $name }: visos įmonės
report-indicators = Rodikliai
report-col-scenario = scenarijus
report-col-firms-linked = susietos įmonės
report-col-links = ryšiai
report-col-link-density = ryšių tankis L/S
report-col-connectance = jungtumas
report-col-cyclicity = cikliškumas
report-col-co2-avoided = t CO₂/m. išvengta
report-col-net-benefit = grynoji nauda { $currency }/m.
report-col-finn = Finno ciklinimo indeksas
report-finn-undefined = neapibrėžta ({ $unit })
report-indicators-note = Ryšių tankis: ryšiai vienai įmonei; jungtumas: ryšių dalis iš galimų; cikliškumas: įmonių tinklo spektrinis spindulys (grandinei 0, ciklui 1); Finno indeksas: srauto dalis, kuri cirkuliuoja cikle, kiekvienam vienetui.
report-time-limit = Optimalus scenarijus yra geriausias per laiko ribą rastas paskirstymas: ne daugiau kaip { $gap } % nuo optimumo (įrodyta riba).
report-charts = Diagramos
report-chart-co2-by-material = Išvengta CO₂ per metus pagal medžiagą (veikiantys mainai)
report-chart-co2-by-scenario = Išvengta CO₂ per metus pagal scenarijų
report-chart-benefit-by-scenario = Grynoji nauda per metus pagal scenarijų
report-chart-co2-by-year = Parko išvengta CO₂ kiekvienais metais
report-exchanges = Mainai
report-exchanges-intro = Kiekvienų mainų rodikliai yra jų dalis parke { $year } m.: veikiantys mainai vieną kartą paskirstomi pagal jų srautų pajėgumus (pradžios metų tvarka), todėl eilučių suma atitinka santrauką. Kiekiai yra tai, ką šis paskirstymas suteikia kiekvieniems mainams; mainai, neveikiantys { $year } m., kiekio neturi.
report-col-from = iš
report-col-to = kam
report-col-material = medžiaga
report-col-quantity = kiekis/m.
report-col-years = metai
report-col-transport = transportas
report-col-co2 = t CO₂/m.
report-col-money = { $currency }/m.
report-col-source = šaltinis
report-years-since = nuo { $year }
report-years-until = iki { $year }
report-not-running = — (neveikia { $year } m.)
report-product-sale = (produkcijos pardavimas)
report-quantity-states = (nurodyta { $quantity })
report-quantity-from-flows = (pagal jo srautus)
report-quantity-unknown = nežinoma
report-quantity-stated = { $quantity } { $unit } (nurodyta)
report-overfill = { $text }: įvertinta tiek, kiek leidžia srautai.
report-how-evaluated = Kaip įvertinta: { $counterfactual }
report-proposed-adds = Pasiūlyta: ką tai pridėtų prie veikiančių mainų ({ $co2 } t CO₂/m., { $benefit } { $currency }/m.; neįtraukta į sumas)
report-not-running-row = Neveikia { $year } m.: neįtraukta į šių metų rodiklius.
report-not-evaluated = Neįvertinta: projekte nėra šiems mainams tinkamų pasiūlos ir poreikio srautų.
report-not-evaluated-confidential = Neįvertinta: projekte nėra šiems mainams tinkamų pasiūlos ir poreikio srautų (arba jie konfidencialūs).
report-total =
    { $running ->
        [one] Iš viso { $running } mainai, veikiantys { $year } m.
        [few] Iš viso { $running } mainai, veikiantys { $year } m.
       *[other] Iš viso { $running } mainų, veikiančių { $year } m.
    }
report-breakdowns-left-out = Skaičiavimų išklotinės praleistos: projekte yra { $count } mainų (daugiau nei { $max }); `symbiosis-explorer exchanges` pateikia kiekvienų rodiklius, o `explain` — jų skaičiavimą.
report-col-term = dedamoji
report-col-value = vertė
report-col-formula = formulė
report-col-parameters = parametrai (šaltinis)
report-candidates = Geriausi galimi mainai
report-candidates-best = { $shown } geriausi iš { $total } galimų mainų pagal grynąją naudą.
report-col-supplier = tiekėjas
report-col-receiver = gavėjas
report-col-supply-demand = pasiūla → poreikis
report-col-distance = atstumas km
report-firms = Įmonės: ką jos turi ir ko joms reikia
report-col-firm = įmonė
report-col-nace = NACE
report-col-has = turi
report-col-wants = reikia
report-firms-listed = Išvardytos pirmosios { $shown } iš { $total } įmonių; `symbiosis-explorer export --format csv` įrašo visas.
report-parameters = Vertinimo parametrai ir šaltiniai
report-col-parameter = parametras
report-credits = Pagrindo žemėlapis: { $basemap }. Atliekų kodai: Europos atliekų sąrašas (Komisijos sprendimas 2000/532/EB); sektoriai: NACE Rev. 2 (Eurostatas).

## Žemėlapio vaizdas ir žemėlapio legenda

map-title-year = { $name } { $year } m.
map-legend-sectors = Įmonės pagal sektorių
map-legend-exchanges = Mainai
map-running = veikia
map-planned = planuojama
map-ended = baigta
map-credits = Pagrindo žemėlapis: { $basemap }  ·  Symbiosis Explorer
kind-material = medžiaga
kind-energy = energija
kind-water = vanduo
sector-agriculture-and-fishing = Žemės ūkis ir žuvininkystė
sector-mining-and-refining = Kasyba ir perdirbimas
sector-food-and-drink = Maistas ir gėrimai
sector-manufacturing = Apdirbamoji gamyba
sector-chemicals-and-pharma = Chemija ir farmacija
sector-energy = Energetika
sector-water-and-waste = Vanduo ir atliekos
sector-other = Kita

## Printable have/want cards (PDF)

cards-heading = Kortelė: turime / reikia
cards-firm = Įmonė
cards-nace-address = NACE kodas, adresas
cards-sheet = (lapas { $i } iš { $n })
cards-workshop = Dirbtuvės
cards-date = Data
cards-contact = Kontaktinis asmuo
cards-has = TURIME
cards-has-hint = šalutiniai produktai, liekanos, šilumos ar vandens perteklius, kurį galite atiduoti
cards-wants = REIKIA
cards-wants-hint = žaliavos, kurias perkate ir kurias galėtų pakeisti kaimyno liekanos
cards-col-material = Medžiaga
cards-col-quantity = Kiekis per metus
cards-col-unit = Matas
cards-col-quality = Kokybė, atliekų kodas
cards-col-years = Metai
cards-from = nuo { $year }
cards-until = iki { $year }
cards-footer = Kiekiai per metus nurodytu matu. Palikite kortelę moderatoriui. Asmens duomenys joje nespausdinami.

## Messages of the command line (with --lang; English without it)

cli-wrote = įrašyta { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } konfidencialus srautas praleistas (norėdami jį eksportuoti, naudokite --include-confidential)
        [few] { $count } konfidencialūs srautai praleisti (norėdami juos eksportuoti, naudokite --include-confidential)
       *[other] { $count } konfidencialių srautų praleista (norėdami juos eksportuoti, naudokite --include-confidential)
    }
cli-wrote-cards = įrašyta { $file } (A4 lapų: { $sheets }, iš jų tuščių: { $blank })
basemap-credits = Sukurta naudojant Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = klaida: { $text }
cli-wrote-programme = įrašyta { $file } (sinergijos: { $synergies })
cli-from-after-to = --from { $from } yra vėliau nei --to { $to }
cli-no-such-programme = nė vienas mainų sandoris nepriklauso programai „{ $programme }“ (projekto programos: { $known })
cli-none = nėra
cli-year-implausible = --year { $year } nėra tikėtini metai (1800..2200)
cli-blank-too-many = --blank { $blank }: ne daugiau kaip 1000 tuščių kortelių
cli-top-at-least-one = --top turi būti bent 1
cli-project-or-db = nurodykite projekto failą arba --db URL --schema PAVADINIMAS
cli-top-and-time-limit = --top turi būti bent 1, o --time-limit teigiamas
cli-no-such-flow = { $file }: srauto { $id } nėra (srautų identifikatorius išvardija `match`)
cli-personal-csv-only = --include-personal taikomas tik --format csv; kontaktai nepatenka į jokį kitą eksportą
cli-png-only = --size, --view ir --year taikomi tik --format png
cli-crs-csv-only = --crs taikomas tik --format csv; GeoJSON visada yra WGS 84 ilguma/platuma (RFC 7946)
cli-firms-at-least-one = --firms turi būti bent 1
cli-firms-too-many = --firms { $firms } yra daugiau, nei sukuria generatorius (ne daugiau kaip { $most })
cli-generate-progress = generate: įmonės { $done }/{ $firms }
cli-generate-writing = generate: rašoma į { $file } (įmonės: { $firms }, srautai: { $flows })
cli-could-not-write = nepavyko įrašyti { $file }
cli-generate-done = generate: baigta per { $seconds } s
cli-note-overfill = pastaba: { $text }; vertinama pagal tai, ką leidžia srautai
cli-note-exchange-overfill = pastaba: mainai { $text }; įvertinta pagal tai, ką leidžia srautai
cli-imported = importuota į { $path }: įmonių: { $firms }, srautų: { $flows }, mainų: { $exchanges }
cf-supply-product = pasiūla: { $material } yra produktas, kurį įmonė parduoda (prekyba, be įskaitymo palyginti su baziniu scenarijumi)
cf-supply-chp = pasiūla: { $material } imama iš kogeneracinės jėgainės elektros, kurią ji kitaip pagamintų, sąskaita
cf-supply-chp-in = pasiūla: { $material } imama iš kogeneracinės jėgainės ({ $country }) elektros, kurią ji kitaip pagamintų, sąskaita
cf-supply-route = pasiūla: be mainų { $material }: { $route }
cf-supply-route-in = pasiūla: be mainų { $material }: { $route } ({ $country })
cf-demand-energy = paklausa: pakeičia { $material } (šalis nežinoma)
cf-demand-energy-of = paklausa: pakeičia { $material } ({ $country })
cf-demand-as-is = paklausa: ima { $material } tokią, kokia yra (pirkimas nepakeičiamas)
cf-demand-new = paklausa: pakeičia naujai pirktą ar pagamintą: { $material }
route-none = lieka nepanaudota be išlaidų (niekas neišvengiama)
route-landfill = šalinimas sąvartyne (sąvartyno mokestis ir priėmimo rinkliava)
route-incineration = deginimas
route-flaring = deginimas fakele
route-discharge = išleidimas (mokesčiai)
route-cooling = aušinimas
route-treatment = tvarkymas kaip atliekų
route-spreading = paskleidimas ant žemės neapdorotos
formula-haversine = didžiojo apskritimo atstumas tarp įmonių (haversine, R = 6371,0088 km)
formula-road-legs = kelio atkarpos (nuo įmonės iki uosto + nuo uosto iki įmonės)
formula-shipped-cheaper = laivu, pigiau nei visas kelias sausuma
formula-capacity-before = pajėgumas prieš šiuos mainus
formula-product-transport = produkto pardavimas įskaito tik sutaupytą transportą
formula-product-sale = produkto pardavimas: parduoti tai, dėl ko įmonė egzistuoja, yra prekyba, o ne simbiozė; jokio įskaitymo už išvengtą tvarkymą ar pakeitimą (bazinis tiekėjas nenurodytas)
formula-use-emits = gavėjo naudojimas išmeta tai
formula-suppliers-country = tiekėjo šalis
formula-ets-burns-less = ATLPS įrenginys sudegina mažiau
formula-ets-emits = ATLPS įrenginys išmeta tai
formula-ets-flares-less = ATLPS įrenginys mažiau degina fakele
formula-not-paid = nemokama
source-term-above = eilutė aukščiau
source-as-above = kaip aukščiau
source-in-tonnes = kiekis tonomis
source-unit-conversion = vienetų perskaičiavimas
source-own-quantity = pačių mainų kiekis
source-stated-supplier = mainuose nurodytas bazinis tiekėjas

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = pasiūlos srautas { $id }: { $source }
source-demand-flow = poreikio srautas { $id }: { $source }
source-flow = srautas { $id }: { $source }
source-country-grid = elektros tinklas { $country }: { $source }
source-country-heat = centralizuotas šilumos tiekimas { $country }: { $source }
source-country-landfill = sąvartynų mokestis ir priėmimo mokestis { $country }: { $source }
source-crf = { $formula }, kai r = { $r } ({ $r_source }) ir n = { $n } m. ({ $n_source })
source-road-legs = didžiojo apskritimo lankas iki uostų { $from } ir { $to } (Natural Earth uostai)
source-sea-leg = { $from } – { $to }
source-identity = tapatumas: ta pati medžiaga
source-water-t = vanduo: 1 t m³
source-tag-assumption = prielaida
source-tag-illustrative = iliustracinis
source-tag-computed = apskaičiuota
source-tag-computed-upper = apskaičiuota viršutinė riba

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = atstumas
term-transport_km = transportavimo atstumas
term-sea_km = atstumas jūra
term-quantity = mainų kiekis
term-quantity_supply = iš pasiūlos paimtas kiekis
term-supply_left_after = likusi pasiūla po mainų
term-demand_left_after = likęs poreikis po mainų
term-co2_displaced = pakeičiamo CO2
term-co2_disposal_avoided = išvengto šalinimo CO2
term-co2_transport = transportavimo CO2
term-co2_transport_sea = jūrinio transportavimo CO2
term-co2_use_emitted = naudojant išmetamas CO2
term-chp_power_lost = prarasta kogeneracinės elektros gamyba
term-co2_chp_power_lost = prarastos kogeneracinės elektros CO2
term-co2_avoided_t = išvengtas CO2
term-purchase_avoided = išvengtas pirkimas
term-disposal_avoided = išvengtos šalinimo sąnaudos
term-handling_cost = krovos sąnaudos
term-transport_cost = transportavimo sąnaudos
term-transport_cost_sea = jūrinio transportavimo sąnaudos
term-port_handling_cost = krovos uoste sąnaudos
term-fixed_link_cost = nuolatinės jungties sąnaudos (per metus)
term-carbon_value_displaced = pakeičiamo anglies dioksido kaina
term-carbon_value_flaring = išvengto deginimo fakele anglies dioksido kaina
term-carbon_cost_use = naudojimo emisijų anglies dioksido kaina
term-product_sale = produkto pardavimas
term-net_benefit = grynoji nauda

## Units in breakdowns (currency codes stay as they are)
unit-t = t
unit-kg = kg
unit-km = km
unit-m = m
unit-m3 = m³
unit-MWh = MWh
unit-kWh = kWh
unit-GWh = GWh
unit-GJ = GJ
unit-Gcal = Gcal
unit-kt = kt
unit-t-km = tkm
unit-co2e = CO2e
unit-unit = vienetą
unit-per = { $a }/{ $b }
unit-per-year = per metus

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programos ataskaita
programme-scope-everything = visos sinergijos, visos datos
programme-scope-programme = programa { $programme }
programme-scope-all-programmes = visos programos
programme-scope-window = { $scope }, etapų pokyčiai nuo { $from } iki { $to }
programme-scope-start = pradžios
programme-scope-today = šiandien
programme-lead = Sinergijos: { $synergies }. Deklaruoti rezultatai yra tai, ką praneša programa, šalia modelio rodiklių tiems patiems mainams (veikiantiems, { $year }); jie niekada nesumuojami.
programme-without-history = Sinergijos be užregistruoto etapo pokyčio: { $without } iš { $synergies }. Kiekviena skaičiuojama tame etape, kurį atitinka jos būsena, tarsi būtų perėjusi visus ankstesnius etapus, todėl toliau pateikti ankstyvųjų etapų perėjimo rodikliai padidėja.
programme-by-stage = Sinergijos pagal etapus
programme-col-stage = etapas
programme-col-synergies = sinergijos
programme-col-dropped-because = nutraukta, nes
programme-reason-not-given = nenurodyta
programme-conversion = Perėjimas tarp etapų
programme-col-from = iš etapo
programme-col-to = į etapą
programme-col-reached-from = pasiekė pirmąjį
programme-col-reached-to = pasiekė antrąjį
programme-col-rate = dalis
programme-outcomes = Rezultatai: deklaruoti šalia modeliuotų
programme-outcomes-meta = Deklaruoti: suma pagal sinergijas ir metus, už kuriuos jie pateikti (t, m³, darbo vietos, { $currency }). Modeliuoti: per metus, { $year }, veikiančioms sinergijoms. Skirtingi dydžiai, niekada nesumuojami.
programme-col-figure = rodiklis
programme-col-reporting = pranešusios sinergijos
programme-col-reported = deklaruota
programme-col-verified = iš jų patikrinta
programme-col-modelled = modeliuota
programme-modelled-co2 = { $all } t/m. (visos veikiančios); { $reporting } t/m. pranešusioms ({ $synergies })
programme-not-reported = nepranešta
programme-net-benefit = grynoji nauda (tik modeliuota)
programme-per-year = { $value } { $currency }/m.
programme-per-workshop = Pagal seminarus
programme-per-facilitator = Pagal moderatorius
programme-col-in-progress = vykdoma
programme-col-completed = įgyvendinta arba užbaigta
programme-col-dropped = nutraukta
programme-no-workshop = (be seminaro)
programme-no-facilitator = (nenurodyta)
