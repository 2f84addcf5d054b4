# Symbiosis Explorer: svenska.

## Ord som används i hela programmet

status-candidate = kandidat
status-proposed = föreslagen
status-agreed = överenskommen
status-realised = genomförd
status-rejected = avvisad
status-ended = avslutad
scenario-existing = Befintliga
scenario-existing-plus-proposed = Befintliga + föreslagna
scenario-optimal = Optimal fördelning
assumption = antagande

## HTML-rapporten

report-title = { $name } — rapport från Symbiosis Explorer
report-meta = Region: { $region } · Parken år { $year } · Valuta: { $currency } ({ $priceyear } års priser) · Rapporten skapades { $date } av Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } konfidentiellt flöde är utelämnat ur rapporten och ur alla dess siffror.
       *[other] { $count } konfidentiella flöden är utelämnade ur rapporten och ur alla dess siffror.
    }
report-confidential-included = Rapporten innehåller konfidentiella flöden: dela den inte utanför projektet.
report-summary = Sammanfattning
report-card-firms = företag
report-card-flows = flöden (utbud och behov)
report-card-running = { $running } av { $total }
report-card-running-label = utbyten i drift år { $year }
report-card-co2 = t CO₂ undviket per år (utbyten i drift, { $year })
report-card-benefit = { $currency } nettonytta per år
report-card-candidates = möjliga utbyten hittade
report-col-status = status
report-col-exchanges = utbyten
report-map = Karta
report-map-alt = Karta över företag och utbyten i { $name }
report-map-every-firm = { $name }: alla företag
report-indicators = Nyckeltal
report-col-scenario = scenario
report-col-firms-linked = sammankopplade företag
report-col-links = länkar
report-col-link-density = länktäthet L/S
report-col-connectance = konnektans
report-col-cyclicity = cyklicitet
report-col-co2-avoided = t CO₂/år undviket
report-col-net-benefit = nettonytta { $currency }/år
report-col-finn = Finns cykelindex
report-finn-undefined = odefinierat ({ $unit })
report-indicators-note = Länktäthet: länkar per företag; konnektans: länkar i förhållande till möjliga länkar; cyklicitet: spektralradien för företagsnätverket (0 för en kedja, 1 för en slinga); Finns index: den andel av genomflödet som cirkulerar, per enhet.
report-time-limit = Det optimala scenariot är den bästa fördelning som hittades inom tidsgränsen: högst { $gap } % från optimum (en bevisad gräns).
report-charts = Diagram
report-chart-co2-by-material = Undviket CO₂ per år efter material (utbyten i drift)
report-chart-co2-by-scenario = Undviket CO₂ per år efter scenario
report-chart-benefit-by-scenario = Nettonytta per år efter scenario
report-chart-co2-by-year = Parkens undvikta CO₂ år för år
report-exchanges = Utbyten
report-exchanges-intro = Varje utbytes siffror är dess andel av parken år { $year }: utbytena i drift fördelas en gång på sina flödens kapacitet (i ordning efter startår), så att raderna summeras till sammanfattningen. Mängderna är vad fördelningen ger varje utbyte; ett utbyte som inte är i drift år { $year } visar ingen.
report-col-from = från
report-col-to = till
report-col-material = material
report-col-quantity = mängd/år
report-col-years = år
report-col-transport = transport
report-col-co2 = t CO₂/år
report-col-money = { $currency }/år
report-col-source = källa
report-years-since = sedan { $year }
report-years-until = till { $year }
report-not-running = — (inte i drift år { $year })
report-product-sale = (produktförsäljning)
report-quantity-states = (anger { $quantity })
report-quantity-from-flows = (från dess flöden)
report-quantity-unknown = okänd
report-quantity-stated = { $quantity } { $unit } (angiven)
report-overfill = { $text }: bedömt utifrån vad flödena tillåter.
report-how-evaluated = Så bedömdes det: { $counterfactual }
report-proposed-adds = Föreslaget: vad det skulle tillföra efter utbytena i drift ({ $co2 } t CO₂/år, { $benefit } { $currency }/år; ingår inte i summorna)
report-not-running-row = Inte i drift år { $year }: ingår inte i årets siffror.
report-not-evaluated = Inte bedömt: projektet har inga passande utbuds- och behovsflöden för detta utbyte.
report-not-evaluated-confidential = Inte bedömt: projektet har inga passande utbuds- och behovsflöden för detta utbyte (eller så är de konfidentiella).
report-total =
    { $running ->
        [one] Summa för det { $running } utbytet i drift år { $year }
       *[other] Summa för de { $running } utbytena i drift år { $year }
    }
report-breakdowns-left-out = Uppdelningarna är utelämnade: projektet har { $count } utbyten (fler än { $max }); `symbiosis-explorer exchanges` listar varje utbytes siffror och `explain` dess uppdelning.
report-col-term = post
report-col-value = värde
report-col-formula = formel
report-col-parameters = parametrar (källa)
report-candidates = De bästa möjliga utbytena
report-candidates-best = De { $shown } bästa av { $total } möjliga utbyten efter nettonytta.
report-col-supplier = leverantör
report-col-receiver = mottagare
report-col-supply-demand = utbud → behov
report-col-distance = avstånd km
report-firms = Företag: vad de har och vad de behöver
report-col-firm = företag
report-col-nace = NACE
report-col-has = har
report-col-wants = behöver
report-firms-listed = De första { $shown } av { $total } företag visas; `symbiosis-explorer export --format csv` skriver alla.
report-parameters = Bedömningsparametrar och källor
report-col-parameter = parameter
report-credits = Bakgrundskarta: { $basemap }. Avfallskoder: Europeiska avfallsförteckningen (kommissionens beslut 2000/532/EG); branscher: NACE Rev. 2 (Eurostat).

## Kartbilden och kartans teckenförklaring

map-title-year = { $name } år { $year }
map-legend-sectors = Företag efter bransch
map-legend-exchanges = Utbyten
map-running = i drift
map-planned = planerat
map-ended = avslutat
map-credits = Bakgrundskarta: { $basemap }  ·  Symbiosis Explorer
kind-material = material
kind-energy = energi
kind-water = vatten
sector-agriculture-and-fishing = Jordbruk och fiske
sector-mining-and-refining = Gruvdrift och raffinering
sector-food-and-drink = Livsmedel och drycker
sector-manufacturing = Tillverkning
sector-chemicals-and-pharma = Kemi och läkemedel
sector-energy = Energi
sector-water-and-waste = Vatten och avfall
sector-other = Övrigt

## Printable have/want cards (PDF)

cards-heading = Kort: har / söker
cards-firm = Företag
cards-nace-address = NACE-kod, adress
cards-sheet = (blad { $i } av { $n })
cards-workshop = Workshop
cards-date = Datum
cards-contact = Kontakt
cards-has = HAR
cards-has-hint = biprodukter, restprodukter, överskottsvärme eller vatten ni kan lämna
cards-wants = SÖKER
cards-wants-hint = insatsvaror ni köper som en grannes restprodukt kunde ersätta
cards-col-material = Material
cards-col-quantity = Mängd per år
cards-col-unit = Enhet
cards-col-quality = Kvalitet, avfallskod (EWC)
cards-col-years = År
cards-from = från { $year }
cards-until = till { $year }
cards-footer = Mängder per år i angiven enhet. Lämna kortet till facilitatorn. Inga personuppgifter skrivs ut på det.

## Messages of the command line (with --lang; English without it)

cli-wrote = skrev { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } konfidentiellt flöde utelämnat (använd --include-confidential för att exportera det)
       *[other] { $count } konfidentiella flöden utelämnade (använd --include-confidential för att exportera dem)
    }
cli-wrote-cards = skrev { $file } ({ $sheets } A4-ark, varav { $blank } tomma)
basemap-credits = Skapad med Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = fel: { $text }
cli-wrote-programme = skrev { $file } (synergier: { $synergies })
cli-from-after-to = --from { $from } ligger efter --to { $to }
cli-no-such-programme = inget utbyte hör till programmet '{ $programme }' (projektets program: { $known })
cli-none = inga
cli-year-implausible = --year { $year } är inget rimligt år (1800..2200)
cli-blank-too-many = --blank { $blank }: högst 1000 tomma kort
cli-top-at-least-one = --top måste vara minst 1
cli-project-or-db = ange en projektfil, eller --db URL --schema NAMN
cli-top-and-time-limit = --top måste vara minst 1 och --time-limit positiv
cli-no-such-flow = { $file }: det finns inget flöde { $id } (flödenas id listas av `match`)
cli-personal-csv-only = --include-personal gäller endast --format csv; kontakter ingår inte i någon annan export
cli-png-only = --size, --view och --year gäller endast --format png
cli-crs-csv-only = --crs gäller endast --format csv; GeoJSON är alltid WGS 84 lon/lat (RFC 7946)
cli-firms-at-least-one = --firms måste vara minst 1
cli-firms-too-many = --firms { $firms } är fler än generatorn skapar (högst { $most })
cli-generate-progress = generate: { $done }/{ $firms } företag
cli-generate-writing = generate: skriver { $firms } företag och { $flows } flöden till { $file }
cli-could-not-write = kunde inte skriva { $file }
cli-generate-done = generate: klart på { $seconds } s
cli-note-overfill = obs: { $text }; det utvärderas utifrån vad flödena medger
cli-note-exchange-overfill = obs: utbyte { $text }; utvärderat utifrån vad flödena medger
cli-imported = importerat till { $path }: företag: { $firms }, flöden: { $flows }, utbyten: { $exchanges }
cf-supply-product = utbud: { $material } är en produkt som företaget säljer (handel, ingen tillgodoräkning mot ett referensscenario)
cf-supply-chp = utbud: { $material } tas ut från ett kraftvärmeverk på bekostnad av den el det annars skulle producera
cf-supply-chp-in = utbud: { $material } tas ut från ett kraftvärmeverk i { $country } på bekostnad av den el det annars skulle producera
cf-supply-route = utbud: utan utbytet { $material }: { $route }
cf-supply-route-in = utbud: utan utbytet { $material }: { $route } ({ $country })
cf-demand-energy = efterfrågan: ersätter { $material } (inget land känt)
cf-demand-energy-of = efterfrågan: ersätter { $material } i { $country }
cf-demand-as-is = efterfrågan: tar { $material } som det är (inget inköp ersätts)
cf-demand-new = efterfrågan: ersätter nyköpt eller nyproducerat { $material }
route-none = lämnas oanvänt utan kostnad (inget undviks)
route-landfill = deponering (deponiskatt och mottagningsavgift)
route-incineration = förbränning
route-flaring = fackling
route-discharge = utsläpp (avgifter)
route-cooling = bortkylning
route-treatment = behandling som avfall
route-spreading = spridning på mark obehandlat
formula-haversine = storcirkelavstånd mellan företagen (haversine, R = 6371,0088 km)
formula-road-legs = vägsträckor (företag till hamn + hamn till företag)
formula-shipped-cheaper = med fartyg, billigare än hela vägen på väg
formula-capacity-before = kapacitet före detta utbyte
formula-product-transport = en produktförsäljning ger bara den transport den sparar
formula-product-sale = produktförsäljning: att sälja det ett företag finns till för är handel, inte symbios; ingen tillgodoräkning för undviken hantering eller ersättning (ingen referensleverantör angiven)
formula-use-emits = mottagarens användning släpper ut detta
formula-suppliers-country = leverantörens land
formula-ets-burns-less = en ETS-anläggning förbränner mindre
formula-ets-emits = ETS-anläggningen släpper ut detta
formula-ets-flares-less = ETS-anläggningen facklar mindre
formula-not-paid = inte betalt
source-term-above = raden ovan
source-as-above = som ovan
source-in-tonnes = mängd i ton
source-unit-conversion = enhetsomräkning
source-own-quantity = utbytets egen mängd
source-stated-supplier = utbytets angivna referensleverantör

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = utbudsflöde { $id }: { $source }
source-demand-flow = behovsflöde { $id }: { $source }
source-flow = flöde { $id }: { $source }
source-country-grid = elnät { $country }: { $source }
source-country-heat = fjärrvärme { $country }: { $source }
source-country-landfill = deponiskatt och mottagningsavgift { $country }: { $source }
source-crf = { $formula } med r = { $r } ({ $r_source }) och n = { $n } år ({ $n_source })
source-road-legs = storcirkel till hamnarna { $from } och { $to } (Natural Earths hamnar)
source-sea-leg = { $from } till { $to }
source-identity = identitet: samma material
source-water-t = vatten: 1 t per m³
source-tag-assumption = antagande
source-tag-illustrative = illustrativt
source-tag-computed = beräknat
source-tag-computed-upper = beräknad övre gräns

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = avstånd
term-transport_km = transportavstånd
term-sea_km = avstånd till sjöss
term-quantity = utbytt mängd
term-quantity_supply = mängd tagen ur utbudet
term-supply_left_after = utbud kvar efteråt
term-demand_left_after = behov kvar efteråt
term-co2_displaced = CO2 för det som ersätts
term-co2_disposal_avoided = CO2 för undviket bortskaffande
term-co2_transport = CO2 för transporten
term-co2_transport_sea = CO2 för sjötransporten
term-co2_use_emitted = CO2 vid användning
term-chp_power_lost = förlorad kraftvärme-el
term-co2_chp_power_lost = CO2 för förlorad kraftvärme-el
term-co2_avoided_t = undviken CO2
term-purchase_avoided = undvikt inköp
term-disposal_avoided = undvikna bortskaffningskostnader
term-handling_cost = hanteringskostnad
term-transport_cost = transportkostnad
term-transport_cost_sea = kostnad för sjötransport
term-port_handling_cost = hamnhanteringskostnad
term-fixed_link_cost = kostnad för fast förbindelse (årlig)
term-carbon_value_displaced = koldioxidpris för det som ersätts
term-carbon_value_flaring = koldioxidpris för undviken fackling
term-carbon_cost_use = koldioxidpris för utsläpp vid användning
term-product_sale = produktförsäljning
term-net_benefit = nettonytta

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
unit-unit = enhet
unit-per = { $a } per { $b }
unit-per-year = per år

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programrapport
programme-scope-everything = alla synergier, alla datum
programme-scope-programme = program { $programme }
programme-scope-all-programmes = alla program
programme-scope-window = { $scope }, stegbyten från { $from } till { $to }
programme-scope-start = början
programme-scope-today = i dag
programme-lead = Synergier: { $synergies }. Rapporterade resultat är det programmet rapporterar, bredvid modellens siffror för samma utbyten (de som är i drift, { $year }); de två läggs aldrig ihop.
programme-without-history = Synergier utan registrerat stegbyte: { $without } av { $synergies }. Var och en räknas i det steg dess status står för, som om den passerat alla steg före det, vilket höjer de tidiga övergångstalen nedan.
programme-by-stage = Synergier per steg
programme-col-stage = steg
programme-col-synergies = synergier
programme-col-dropped-because = avbrutna eftersom
programme-reason-not-given = inte angivet
programme-conversion = Övergång mellan steg
programme-col-from = från
programme-col-to = till
programme-col-reached-from = nådde från
programme-col-reached-to = nådde till
programme-col-rate = andel
programme-outcomes = Resultat: rapporterade bredvid modellerade
programme-outcomes-meta = Rapporterade: summerade över synergierna och de år de rapporterat (t, m³, jobb, { $currency }). Modellerade: per år, { $year }, för synergierna i drift. Olika storheter, aldrig sammanlagda.
programme-col-figure = mått
programme-col-reporting = synergier som rapporterar
programme-col-reported = rapporterat
programme-col-verified = varav verifierat
programme-col-modelled = modellerat
programme-modelled-co2 = { $all } t/år (alla i drift); { $reporting } t/år för de rapporterande ({ $synergies })
programme-not-reported = inte rapporterat
programme-net-benefit = nettonytta (endast modellerad)
programme-per-year = { $value } { $currency }/år
programme-per-workshop = Per workshop
programme-per-facilitator = Per processledare
programme-col-in-progress = pågår
programme-col-completed = genomförda eller avslutade
programme-col-dropped = avbrutna
programme-no-workshop = (ingen workshop)
programme-no-facilitator = (inte angiven)
