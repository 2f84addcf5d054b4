# Symbiosis Explorer: eesti keel.

## Kogu rakenduses kasutatavad sõnad

status-candidate = kandidaat
status-proposed = pakutud
status-agreed = kokku lepitud
status-realised = teostatud
status-rejected = tagasi lükatud
status-ended = lõppenud
scenario-existing = Olemasolevad
scenario-existing-plus-proposed = Olemasolevad + pakutud
scenario-optimal = Optimaalne jaotus
assumption = eeldus

## HTML-aruanne

report-title = { $name } — Symbiosis Exploreri aruanne
report-meta = Piirkond: { $region } · Tööstuspark aastal { $year } · Valuuta: { $currency } ({ $priceyear }. aasta hinnad) · Aruande koostas { $date } Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } konfidentsiaalne voog on aruandest ja kõigist selle näitajatest välja jäetud.
       *[other] { $count } konfidentsiaalset voogu on aruandest ja kõigist selle näitajatest välja jäetud.
    }
report-confidential-included = Aruanne sisaldab konfidentsiaalseid vooge: ärge jagage seda väljaspool projekti.
report-summary = Kokkuvõte
report-card-firms = ettevõtet
report-card-flows = voogu (pakkumine ja vajadus)
report-card-running = { $running } / { $total }
report-card-running-label = vahetust toimib aastal { $year }
report-card-co2 = t CO₂ välditud aastas (toimivad vahetused, { $year })
report-card-benefit = { $currency } netokasu aastas
report-card-candidates = leitud võimalikku vahetust
report-col-status = olek
report-col-exchanges = vahetused
report-map = Kaart
report-map-alt = { $name }: ettevõtete ja vahetuste kaart
report-map-every-firm = { $name }: kõik ettevõtted
report-indicators = Näitajad
report-col-scenario = stsenaarium
report-col-firms-linked = seotud ettevõtteid
report-col-links = seosed
report-col-link-density = seoste tihedus L/S
report-col-connectance = seotus
report-col-cyclicity = tsüklilisus
report-col-co2-avoided = t CO₂/a välditud
report-col-net-benefit = netokasu { $currency }/a
report-col-finn = Finni ringlusindeks
report-finn-undefined = määramata ({ $unit })
report-indicators-note = Seoste tihedus: seoseid ettevõtte kohta; seotus: seoste osa võimalikest; tsüklilisus: ettevõtete võrgu spektraalraadius (ahela puhul 0, ringi puhul 1); Finni indeks: ringlevate voogude osa läbivoolust ühiku kaupa.
report-time-limit = Optimaalne stsenaarium on ajapiiri jooksul leitud parim jaotus: optimumist kuni { $gap } % kaugusel (tõestatud piir).
report-charts = Joonised
report-chart-co2-by-material = Välditud CO₂ aastas materjalide kaupa (toimivad vahetused)
report-chart-co2-by-scenario = Välditud CO₂ aastas stsenaariumide kaupa
report-chart-benefit-by-scenario = Netokasu aastas stsenaariumide kaupa
report-chart-co2-by-year = Tööstuspargi välditud CO₂ aastate kaupa
report-exchanges = Vahetused
report-exchanges-intro = Iga vahetuse näitajad on tema osa tööstuspargist aastal { $year }: toimivad vahetused jaotatakse üks kord nende voogude mahtude vahel (alguse aasta järjekorras), nii et read annavad kokku kokkuvõtte. Kogused on see, mida jaotus igale vahetusele annab; vahetusel, mis aastal { $year } ei toimi, kogust pole.
report-col-from = kellelt
report-col-to = kellele
report-col-material = materjal
report-col-quantity = kogus/a
report-col-years = aastad
report-col-transport = transport
report-col-co2 = t CO₂/a
report-col-money = { $currency }/a
report-col-source = allikas
report-years-since = alates { $year }
report-years-until = kuni { $year }
report-not-running = — (ei toimi aastal { $year })
report-product-sale = (toote müük)
report-quantity-states = (märgitud { $quantity })
report-quantity-from-flows = (tema voogude järgi)
report-quantity-unknown = teadmata
report-quantity-stated = { $quantity } { $unit } (märgitud)
report-overfill = { $text }: hinnatud selle järgi, mida vood võimaldavad.
report-how-evaluated = Kuidas hinnati: { $counterfactual }
report-proposed-adds = Pakutud: mida see lisaks toimivatele vahetustele annaks ({ $co2 } t CO₂/a, { $benefit } { $currency }/a; ei ole kogusummades)
report-not-running-row = Ei toimi aastal { $year }: ei ole selle aasta näitajates.
report-not-evaluated = Hindamata: projektis pole sellele vahetusele sobivaid pakkumis- ja vajadusvooge.
report-not-evaluated-confidential = Hindamata: projektis pole sellele vahetusele sobivaid pakkumis- ja vajadusvooge (või on need konfidentsiaalsed).
report-total =
    { $running ->
        [one] Kokku { $running } aastal { $year } toimiv vahetus
       *[other] Kokku { $running } aastal { $year } toimivat vahetust
    }
report-breakdowns-left-out = Üksikasjalikud arvutused on välja jäetud: projektis on { $count } vahetust (üle { $max }); `symbiosis-explorer exchanges` loetleb iga vahetuse näitajad ja `explain` selle arvutuse.
report-col-term = komponent
report-col-value = väärtus
report-col-formula = valem
report-col-parameters = parameetrid (allikas)
report-candidates = Parimad võimalikud vahetused
report-candidates-best = { $shown } parimat { $total } võimalikust vahetusest netokasu järgi.
report-col-supplier = tarnija
report-col-receiver = saaja
report-col-supply-demand = pakkumine → vajadus
report-col-distance = kaugus km
report-firms = Ettevõtted: mis neil on ja mida nad vajavad
report-col-firm = ettevõte
report-col-nace = NACE
report-col-has = pakub
report-col-wants = vajab
report-firms-listed = Loetletud on esimesed { $shown } ettevõtet { $total }-st; `symbiosis-explorer export --format csv` kirjutab kõik.
report-parameters = Hindamise parameetrid ja allikad
report-col-parameter = parameeter
report-credits = Aluskaart: { $basemap }. Jäätmekoodid: Euroopa jäätmenimistu (komisjoni otsus 2000/532/EÜ); tegevusalad: NACE Rev. 2 (Eurostat).

## Kaardipilt ja kaardi legend

map-title-year = { $name } aastal { $year }
map-legend-sectors = Ettevõtted tegevusalade kaupa
map-legend-exchanges = Vahetused
map-running = toimib
map-planned = kavandatud
map-ended = lõppenud
map-credits = Aluskaart: { $basemap }  ·  Symbiosis Explorer
kind-material = materjal
kind-energy = energia
kind-water = vesi
sector-agriculture-and-fishing = Põllumajandus ja kalandus
sector-mining-and-refining = Kaevandamine ja rafineerimine
sector-food-and-drink = Toit ja joogid
sector-manufacturing = Töötlev tööstus
sector-chemicals-and-pharma = Keemia ja farmaatsia
sector-energy = Energeetika
sector-water-and-waste = Vesi ja jäätmed
sector-other = Muu

## Printable have/want cards (PDF)

cards-heading = Kaart: pakume / vajame
cards-firm = Ettevõte
cards-nace-address = NACE-kood, aadress
cards-sheet = (leht { $i }/{ $n })
cards-workshop = Töötuba
cards-date = Kuupäev
cards-contact = Kontakt
cards-has = PAKUME
cards-has-hint = kõrvalsaadused, jäägid, üleliigne soojus või vesi, mida saate loovutada
cards-wants = VAJAME
cards-wants-hint = sisendid, mida ostate ja mida naabri jääk võiks asendada
cards-col-material = Materjal
cards-col-quantity = Kogus aastas
cards-col-unit = Ühik
cards-col-quality = Kvaliteet, jäätmekood
cards-col-years = Aastad
cards-from = alates { $year }
cards-until = kuni { $year }
cards-footer = Kogused aastas antud ühikus. Jätke kaart moderaatorile. Kaardile ei trükita isikuandmeid.

## Messages of the command line (with --lang; English without it)

cli-wrote = kirjutatud { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } konfidentsiaalne voog jäeti välja (eksportimiseks kasutage --include-confidential)
       *[other] { $count } konfidentsiaalset voogu jäeti välja (eksportimiseks kasutage --include-confidential)
    }
cli-wrote-cards = kirjutatud { $file } ({ $sheets } A4-lehte, neist { $blank } tühja)
basemap-credits = Tehtud Natural Earthi abil · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = viga: { $text }
cli-wrote-programme = kirjutatud { $file } (sünergiaid: { $synergies })
cli-from-after-to = --from { $from } on hilisem kui --to { $to }
cli-no-such-programme = ükski vahetus ei kuulu programmi „{ $programme }“ (projekti programmid: { $known })
cli-none = puuduvad
cli-year-implausible = --year { $year } ei ole usutav aasta (1800..2200)
cli-blank-too-many = --blank { $blank }: kõige rohkem 1000 tühja kaarti
cli-top-at-least-one = --top peab olema vähemalt 1
cli-project-or-db = andke projektifail või --db URL --schema NIMI
cli-top-and-time-limit = --top peab olema vähemalt 1 ja --time-limit positiivne
cli-no-such-flow = { $file }: voogu { $id } ei ole (voogude tunnused loetleb `match`)
cli-personal-csv-only = --include-personal kehtib ainult --format csv puhul; kontaktid ei ilmu üheski teises ekspordis
cli-png-only = --size, --view ja --year kehtivad ainult --format png puhul
cli-crs-csv-only = --crs kehtib ainult --format csv puhul; GeoJSON on alati WGS 84 pikkus/laius (RFC 7946)
cli-firms-at-least-one = --firms peab olema vähemalt 1
cli-firms-too-many = --firms { $firms } on rohkem, kui generaator loob (kõige rohkem { $most })
cli-generate-progress = generate: ettevõtteid { $done }/{ $firms }
cli-generate-writing = generate: kirjutan { $file } (ettevõtteid { $firms }, vooge { $flows })
cli-could-not-write = faili { $file } ei saanud kirjutada
cli-generate-done = generate: valmis { $seconds } s-ga
cli-note-overfill = märkus: { $text }; seda hinnatakse selle järgi, mida vood võimaldavad
cli-note-exchange-overfill = märkus: vahetus { $text }; hinnatud selle järgi, mida vood võimaldavad
cli-imported = imporditi faili { $path }: ettevõtteid { $firms }, vooge { $flows }, vahetusi { $exchanges }
cf-supply-product = pakkumine: { $material } on toode, mida ettevõte müüb (kaubandus, võrdlusstsenaariumi suhtes tasaarveldust ei ole)
cf-supply-chp = pakkumine: { $material } võetakse koostootmisjaamast selle elektri arvel, mida see muidu toodaks
cf-supply-chp-in = pakkumine: { $material } võetakse koostootmisjaamast ({ $country }) selle elektri arvel, mida see muidu toodaks
cf-supply-route = pakkumine: vahetuseta { $material }: { $route }
cf-supply-route-in = pakkumine: vahetuseta { $material }: { $route } ({ $country })
cf-demand-energy = nõudlus: asendab { $material } (riik teadmata)
cf-demand-energy-of = nõudlus: asendab { $material } ({ $country })
cf-demand-as-is = nõudlus: võtab { $material } sellisena, nagu see on (ostu ei asendata)
cf-demand-new = nõudlus: asendab uuena ostetud või toodetud: { $material }
route-none = jääb kasutamata ilma kuludeta (midagi ei välditata)
route-landfill = ladestamine prügilasse (saastetasu ja vastuvõtutasu)
route-incineration = põletamine
route-flaring = tõrvikpõletamine
route-discharge = väljalase (tasud)
route-cooling = jahutamine
route-treatment = käitlemine jäätmena
route-spreading = laotamine maale töötlemata
formula-haversine = suurringjoone kaugus ettevõtete vahel (haversine, R = 6371,0088 km)
formula-road-legs = maanteelõigud (ettevõttest sadamasse + sadamast ettevõttesse)
formula-shipped-cheaper = laevaga, odavam kui kogu tee maanteel
formula-capacity-before = võimsus enne seda vahetust
formula-product-transport = toote müük arvestab ainult säästetud veo
formula-product-sale = toote müük: selle müümine, milleks ettevõte olemas on, on kaubandus, mitte sümbioos; vältitud käitlemise või asendamise eest arvestust ei ole (võrdlustarnijat pole antud)
formula-use-emits = vastuvõtja kasutus tekitab selle heite
formula-suppliers-country = tarnija riik
formula-ets-burns-less = HKS-i käitis põletab vähem
formula-ets-emits = HKS-i käitis paiskab selle välja
formula-ets-flares-less = HKS-i käitis põletab tõrvikul vähem
formula-not-paid = ei maksta
source-term-above = rida ülal
source-as-above = nagu ülal
source-in-tonnes = kogus tonnides
source-unit-conversion = ühikute teisendus
source-own-quantity = vahetuse enda kogus
source-stated-supplier = vahetuses antud võrdlustarnija

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = pakkumisvoog { $id }: { $source }
source-demand-flow = nõudlusvoog { $id }: { $source }
source-flow = voog { $id }: { $source }
source-country-grid = elektrivõrk { $country }: { $source }
source-country-heat = kaugküte { $country }: { $source }
source-country-landfill = prügilamaks ja vastuvõtutasu { $country }: { $source }
source-crf = { $formula }, kus r = { $r } ({ $r_source }) ja n = { $n } aastat ({ $n_source })
source-road-legs = suurring sadamateni { $from } ja { $to } (Natural Earthi sadamad)
source-sea-leg = { $from } – { $to }
source-identity = samasus: sama materjal
source-water-t = vesi: 1 t m³ kohta
source-tag-assumption = eeldus
source-tag-illustrative = illustratiivne
source-tag-computed = arvutatud
source-tag-computed-upper = arvutatud ülempiir

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = kaugus
term-transport_km = veokaugus
term-sea_km = merekaugus
term-quantity = vahetatud kogus
term-quantity_supply = pakkumisest võetud kogus
term-supply_left_after = pakkumist alles pärast
term-demand_left_after = nõudlust alles pärast
term-co2_displaced = asendatava CO2
term-co2_disposal_avoided = välditud kõrvaldamise CO2
term-co2_transport = veo CO2
term-co2_transport_sea = mereveo CO2
term-co2_use_emitted = kasutamisel eralduv CO2
term-chp_power_lost = kaotatud koostootmiselekter
term-co2_chp_power_lost = kaotatud koostootmiselektri CO2
term-co2_avoided_t = välditud CO2
term-purchase_avoided = välditud ost
term-disposal_avoided = välditud kõrvaldamiskulu
term-handling_cost = käitluskulu
term-transport_cost = veokulu
term-transport_cost_sea = mereveo kulu
term-port_handling_cost = sadamakäitluse kulu
term-fixed_link_cost = püsiühenduse kulu (aastas)
term-carbon_value_displaced = asendatava süsinikuhind
term-carbon_value_flaring = välditud tõrvikpõletuse süsinikuhind
term-carbon_cost_use = kasutamise heite süsinikuhind
term-product_sale = toote müük
term-net_benefit = netokasu

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
unit-unit = ühik
unit-per = { $a } { $b } kohta
unit-per-year = aastas

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programmi aruanne
programme-scope-everything = kõik sünergiad, kõik kuupäevad
programme-scope-programme = programm { $programme }
programme-scope-all-programmes = kõik programmid
programme-scope-window = { $scope }, etapimuutused { $from } kuni { $to }
programme-scope-start = algusest
programme-scope-today = tänaseni
programme-lead = Sünergiaid: { $synergies }. Teatatud tulemused on see, mida programm teatab, mudeli näitajate kõrval samade vahetuste kohta (toimivad, { $year }); neid ei liideta kunagi kokku.
programme-without-history = Sünergiaid ilma registreeritud etapimuutuseta: { $without }/{ $synergies }. Igaüks loetakse etappi, millele tema olek vastab, justkui oleks ta läbinud kõik eelnevad etapid, mis tõstab allpool varaste etappide üleminekumäärasid.
programme-by-stage = Sünergiad etappide kaupa
programme-col-stage = etapp
programme-col-synergies = sünergiad
programme-col-dropped-because = loobuti, sest
programme-reason-not-given = pole märgitud
programme-conversion = Üleminek etappide vahel
programme-col-from = etapist
programme-col-to = etappi
programme-col-reached-from = jõudsid lähteetappi
programme-col-reached-to = jõudsid järgmisse
programme-col-rate = määr
programme-outcomes = Tulemused: teatatud modelleeritute kõrval
programme-outcomes-meta = Teatatud: summa üle sünergiate ja aastate, mille kohta need teatati (t, m³, töökohad, { $currency }). Modelleeritud: aastas, { $year }, toimivate sünergiate kohta. Erinevad suurused, mida ei liideta kunagi.
programme-col-figure = näitaja
programme-col-reporting = teatanud sünergiad
programme-col-reported = teatatud
programme-col-verified = sellest kontrollitud
programme-col-modelled = modelleeritud
programme-modelled-co2 = { $all } t/a (kõik toimivad); { $reporting } t/a teatanutel ({ $synergies })
programme-not-reported = pole teatatud
programme-net-benefit = puhaskasu (ainult modelleeritud)
programme-per-year = { $value } { $currency }/a
programme-per-workshop = Töötubade kaupa
programme-per-facilitator = Moderaatorite kaupa
programme-col-in-progress = pooleli
programme-col-completed = ellu viidud või lõpetatud
programme-col-dropped = loobutud
programme-no-workshop = (töötoata)
programme-no-facilitator = (pole märgitud)
