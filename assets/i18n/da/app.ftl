# Symbiosis Explorer: dansk.

## Ord, der bruges i hele programmet

status-candidate = kandidat
status-proposed = foreslået
status-agreed = aftalt
status-realised = gennemført
status-rejected = afvist
status-ended = ophørt
scenario-existing = Eksisterende
scenario-existing-plus-proposed = Eksisterende + foreslåede
scenario-optimal = Optimal fordeling
assumption = antagelse

## HTML-rapporten

report-title = { $name } — rapport fra Symbiosis Explorer
report-meta = Region: { $region } · Parken i { $year } · Valuta: { $currency } ({ $priceyear }-priser) · Rapporten er lavet { $date } af Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } fortrolig strøm er udeladt af denne rapport og af alle dens tal.
       *[other] { $count } fortrolige strømme er udeladt af denne rapport og af alle dens tal.
    }
report-confidential-included = Denne rapport indeholder fortrolige strømme: del den ikke uden for projektet.
report-summary = Sammenfatning
report-card-firms = virksomheder
report-card-flows = strømme (udbud og behov)
report-card-running = { $running } af { $total }
report-card-running-label = udvekslinger i drift i { $year }
report-card-co2 = t CO₂ undgået om året (udvekslinger i drift, { $year })
report-card-benefit = { $currency } nettogevinst om året
report-card-candidates = mulige udvekslinger fundet
report-col-status = status
report-col-exchanges = udvekslinger
report-map = Kort
report-map-alt = Kort over virksomheder og udvekslinger i { $name }
report-map-every-firm = { $name }: alle virksomheder
report-indicators = Nøgletal
report-col-scenario = scenarie
report-col-firms-linked = forbundne virksomheder
report-col-links = forbindelser
report-col-link-density = forbindelsestæthed L/S
report-col-connectance = konnektans
report-col-cyclicity = cyklicitet
report-col-co2-avoided = t CO₂/år undgået
report-col-net-benefit = nettogevinst { $currency }/år
report-col-finn = Finns kredsløbsindeks
report-finn-undefined = ikke defineret ({ $unit })
report-indicators-note = Forbindelsestæthed: forbindelser pr. virksomhed; konnektans: forbindelser i forhold til de mulige; cyklicitet: spektralradius af virksomhedsnetværket (0 for en kæde, 1 for et kredsløb); Finns indeks: den andel af gennemstrømningen, der går i kredsløb, pr. enhed.
report-time-limit = Det optimale scenarie er den bedste fordeling fundet inden for tidsgrænsen: højst { $gap } % fra optimum (en bevist grænse).
report-charts = Diagrammer
report-chart-co2-by-material = Undgået CO₂ om året efter materiale (udvekslinger i drift)
report-chart-co2-by-scenario = Undgået CO₂ om året efter scenarie
report-chart-benefit-by-scenario = Nettogevinst om året efter scenarie
report-chart-co2-by-year = Parkens undgåede CO₂ år for år
report-exchanges = Udvekslinger
report-exchanges-intro = Hver udvekslings tal er dens andel af parken i { $year }: udvekslingerne i drift fordeles én gang på deres strømmes kapacitet (i rækkefølge efter startår), så rækkerne summerer til sammenfatningen. Mængderne er det, fordelingen giver hver udveksling; en udveksling, der ikke er i drift i { $year }, viser ingen.
report-col-from = fra
report-col-to = til
report-col-material = materiale
report-col-quantity = mængde/år
report-col-years = år
report-col-transport = transport
report-col-co2 = t CO₂/år
report-col-money = { $currency }/år
report-col-source = kilde
report-years-since = siden { $year }
report-years-until = indtil { $year }
report-not-running = — (ikke i drift i { $year })
report-product-sale = (salg af produkt)
report-quantity-states = (angiver { $quantity })
report-quantity-from-flows = (ud fra dens strømme)
report-quantity-unknown = ukendt
report-quantity-stated = { $quantity } { $unit } (angivet)
report-overfill = { $text }: vurderet ud fra det, strømmene tillader.
report-how-evaluated = Sådan er den vurderet: { $counterfactual }
report-proposed-adds = Foreslået: hvad den ville tilføje efter udvekslingerne i drift ({ $co2 } t CO₂/år, { $benefit } { $currency }/år; ikke med i totalerne)
report-not-running-row = Ikke i drift i { $year }: ikke med i årets tal.
report-not-evaluated = Ikke vurderet: projektet har ingen passende udbuds- og behovsstrømme til denne udveksling.
report-not-evaluated-confidential = Ikke vurderet: projektet har ingen passende udbuds- og behovsstrømme til denne udveksling (eller de er fortrolige).
report-total =
    { $running ->
        [one] I alt for den { $running } udveksling i drift i { $year }
       *[other] I alt for de { $running } udvekslinger i drift i { $year }
    }
report-breakdowns-left-out = Opdelingerne er udeladt: projektet har { $count } udvekslinger (flere end { $max }); `symbiosis-explorer exchanges` viser hver enkelts tal og `explain` dens opdeling.
report-col-term = post
report-col-value = værdi
report-col-formula = formel
report-col-parameters = parametre (kilde)
report-candidates = De bedste mulige udvekslinger
report-candidates-best = De { $shown } bedste af { $total } mulige udvekslinger efter nettogevinst.
report-col-supplier = leverandør
report-col-receiver = modtager
report-col-supply-demand = udbud → behov
report-col-distance = afstand km
report-firms = Virksomheder: hvad de har, og hvad de har brug for
report-col-firm = virksomhed
report-col-nace = NACE
report-col-has = har
report-col-wants = har brug for
report-firms-listed = De første { $shown } af { $total } virksomheder er vist; `symbiosis-explorer export --format csv` skriver dem alle.
report-parameters = Vurderingsparametre og kilder
report-col-parameter = parameter
report-credits = Baggrundskort: { $basemap }. Affaldskoder: Det Europæiske Affaldskatalog (Kommissionens beslutning 2000/532/EF); brancher: NACE Rev. 2 (Eurostat).

## Kortbilledet og kortets signaturforklaring

map-title-year = { $name } i { $year }
map-legend-sectors = Virksomheder efter branche
map-legend-exchanges = Udvekslinger
map-running = i drift
map-planned = planlagt
map-ended = ophørt
map-credits = Baggrundskort: { $basemap }  ·  Symbiosis Explorer
kind-material = materiale
kind-energy = energi
kind-water = vand
sector-agriculture-and-fishing = Landbrug og fiskeri
sector-mining-and-refining = Råstofudvinding og raffinering
sector-food-and-drink = Fødevarer og drikkevarer
sector-manufacturing = Fremstilling
sector-chemicals-and-pharma = Kemi og medicinal
sector-energy = Energi
sector-water-and-waste = Vand og affald
sector-other = Andre

## Printable have/want cards (PDF)

cards-heading = Kort: har / søger
cards-firm = Virksomhed
cards-nace-address = NACE-kode, adresse
cards-sheet = (ark { $i } af { $n })
cards-workshop = Workshop
cards-date = Dato
cards-contact = Kontakt
cards-has = HAR
cards-has-hint = biprodukter, restprodukter, overskudsvarme eller vand, I kan afgive
cards-wants = SØGER
cards-wants-hint = input, I køber, som en nabos restprodukt kunne erstatte
cards-col-material = Materiale
cards-col-quantity = Mængde pr. år
cards-col-unit = Enhed
cards-col-quality = Kvalitet, EAK-kode
cards-col-years = År
cards-from = fra { $year }
cards-until = til { $year }
cards-footer = Mængder pr. år i den angivne enhed. Aflever kortet til facilitatoren. Kortet indeholder ingen personoplysninger.

## Messages of the command line (with --lang; English without it)

cli-wrote = skrev { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } fortrolig strøm udeladt (brug --include-confidential for at eksportere den)
       *[other] { $count } fortrolige strømme udeladt (brug --include-confidential for at eksportere dem)
    }
cli-wrote-cards = skrev { $file } ({ $sheets } A4-ark, heraf { $blank } tomme)
basemap-credits = Lavet med Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = fejl: { $text }
cli-wrote-programme = skrev { $file } (synergier: { $synergies })
cli-from-after-to = --from { $from } ligger efter --to { $to }
cli-no-such-programme = ingen udveksling hører til programmet '{ $programme }' (projektets programmer: { $known })
cli-none = ingen
cli-year-implausible = --year { $year } er ikke et sandsynligt år (1800..2200)
cli-blank-too-many = --blank { $blank }: højst 1000 tomme kort
cli-top-at-least-one = --top skal være mindst 1
cli-project-or-db = angiv en projektfil eller --db URL --schema NAVN
cli-top-and-time-limit = --top skal være mindst 1 og --time-limit positiv
cli-no-such-flow = { $file }: der er ingen strøm { $id } (strømmenes id'er vises af `match`)
cli-personal-csv-only = --include-personal gælder kun for --format csv; kontakter indgår ikke i nogen anden eksport
cli-png-only = --size, --view og --year gælder kun for --format png
cli-crs-csv-only = --crs gælder kun for --format csv; GeoJSON er altid WGS 84 lon/lat (RFC 7946)
cli-firms-at-least-one = --firms skal være mindst 1
cli-firms-too-many = --firms { $firms } er flere end generatoren laver (højst { $most })
cli-generate-progress = generate: { $done }/{ $firms } virksomheder
cli-generate-writing = generate: skriver { $firms } virksomheder og { $flows } strømme til { $file }
cli-could-not-write = kunne ikke skrive { $file }
cli-generate-done = generate: færdig på { $seconds } s
cli-note-overfill = bemærk: { $text }; den vurderes ud fra det, strømmene tillader
cli-note-exchange-overfill = bemærk: udveksling { $text }; vurderet ud fra det, strømmene tillader
cli-imported = importeret til { $path }: virksomheder: { $firms }, strømme: { $flows }, udvekslinger: { $exchanges }
cf-supply-product = udbud: { $material } er et produkt, virksomheden sælger (handel, ingen godskrivning mod et referencescenarie)
cf-supply-chp = udbud: { $material } udtages fra et kraftvarmeværk på bekostning af den el, det ellers ville producere
cf-supply-chp-in = udbud: { $material } udtages fra et kraftvarmeværk i { $country } på bekostning af den el, det ellers ville producere
cf-supply-route = udbud: uden udvekslingen { $material }: { $route }
cf-supply-route-in = udbud: uden udvekslingen { $material }: { $route } ({ $country })
cf-demand-energy = efterspørgsel: erstatter { $material } (intet land kendt)
cf-demand-energy-of = efterspørgsel: erstatter { $material } i { $country }
cf-demand-as-is = efterspørgsel: tager { $material }, som det er (intet indkøb erstattet)
cf-demand-new = efterspørgsel: erstatter nyindkøbt eller nyproduceret { $material }
route-none = forbliver ubrugt uden omkostning (intet undgået)
route-landfill = deponering (deponeringsafgift og modtagegebyr)
route-incineration = forbrænding
route-flaring = afbrænding i fakkel
route-discharge = udledning (afgifter)
route-cooling = bortkøling
route-treatment = behandling som affald
route-spreading = udspredning på jord ubehandlet
formula-haversine = storcirkelafstand mellem virksomhederne (haversine, R = 6371,0088 km)
formula-road-legs = vejstrækninger (virksomhed til havn + havn til virksomhed)
formula-shipped-cheaper = med skib, billigere end hele vejen ad landevej
formula-capacity-before = kapacitet før denne udveksling
formula-product-transport = et produktsalg giver kun den transport, det sparer
formula-product-sale = produktsalg: at sælge det, en virksomhed er til for, er handel, ikke symbiose; ingen godskrivning for undgået bortskaffelse eller fortrængning (ingen referenceleverandør angivet)
formula-use-emits = modtagerens brug udleder dette
formula-suppliers-country = leverandørens land
formula-ets-burns-less = et ETS-anlæg brænder mindre
formula-ets-emits = ETS-anlægget udleder dette
formula-ets-flares-less = ETS-anlægget flarer mindre
formula-not-paid = ikke betalt
source-term-above = rækken ovenfor
source-as-above = som ovenfor
source-in-tonnes = mængde i ton
source-unit-conversion = enhedsomregning
source-own-quantity = udvekslingens egen mængde
source-stated-supplier = udvekslingens angivne referenceleverandør

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = udbudsstrøm { $id }: { $source }
source-demand-flow = behovsstrøm { $id }: { $source }
source-flow = strøm { $id }: { $source }
source-country-grid = elnet { $country }: { $source }
source-country-heat = fjernvarme { $country }: { $source }
source-country-landfill = deponiafgift og modtagegebyr { $country }: { $source }
source-crf = { $formula } med r = { $r } ({ $r_source }) og n = { $n } år ({ $n_source })
source-road-legs = storcirkel til havnene { $from } og { $to } (Natural Earths havne)
source-sea-leg = { $from } til { $to }
source-identity = identitet: samme materiale
source-water-t = vand: 1 t pr. m³
source-tag-assumption = antagelse
source-tag-illustrative = illustrativ
source-tag-computed = beregnet
source-tag-computed-upper = beregnet øvre grænse

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = afstand
term-transport_km = transportafstand
term-sea_km = afstand til søs
term-quantity = udvekslet mængde
term-quantity_supply = mængde taget fra udbuddet
term-supply_left_after = udbud tilbage bagefter
term-demand_left_after = behov tilbage bagefter
term-co2_displaced = CO2 for det fortrængte
term-co2_disposal_avoided = CO2 for den undgåede bortskaffelse
term-co2_transport = CO2 for transporten
term-co2_transport_sea = CO2 for søtransporten
term-co2_use_emitted = CO2 udledt ved brug
term-chp_power_lost = tabt kraftvarme-elproduktion
term-co2_chp_power_lost = CO2 for den tabte kraftvarme-el
term-co2_avoided_t = undgået CO2
term-purchase_avoided = undgået indkøb
term-disposal_avoided = undgåede bortskaffelsesomkostninger
term-handling_cost = håndteringsomkostning
term-transport_cost = transportomkostning
term-transport_cost_sea = omkostning til søtransport
term-port_handling_cost = havnehåndteringsomkostning
term-fixed_link_cost = omkostning til fast forbindelse (årlig)
term-carbon_value_displaced = CO2-pris for det fortrængte
term-carbon_value_flaring = CO2-pris for den undgåede fakling
term-carbon_cost_use = CO2-pris for udledningen ved brug
term-product_sale = produktsalg
term-net_benefit = nettogevinst

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
unit-unit = enhed
unit-per = { $a } pr. { $b }
unit-per-year = pr. år

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programrapport
programme-scope-everything = alle synergier, alle datoer
programme-scope-programme = program { $programme }
programme-scope-all-programmes = alle programmer
programme-scope-window = { $scope }, faseskift fra { $from } til { $to }
programme-scope-start = starten
programme-scope-today = i dag
programme-lead = Synergier: { $synergies }. Rapporterede resultater er det, programmet rapporterer, ved siden af modellens tal for de samme udvekslinger (de kørende, { $year }); de to lægges aldrig sammen.
programme-without-history = Synergier uden registreret faseskift: { $without } af { $synergies }. Hver tælles i den fase, dens status står for, som om den har passeret alle faser før den, hvilket hæver de tidlige overgangsrater nedenfor.
programme-by-stage = Synergier efter fase
programme-col-stage = fase
programme-col-synergies = synergier
programme-col-dropped-because = opgivet fordi
programme-reason-not-given = ikke angivet
programme-conversion = Overgang mellem faser
programme-col-from = fra
programme-col-to = til
programme-col-reached-from = nåede fra
programme-col-reached-to = nåede til
programme-col-rate = rate
programme-outcomes = Resultater: rapporteret ved siden af modelleret
programme-outcomes-meta = Rapporteret: summeret over synergierne og de år, de har rapporteret (t, m³, job, { $currency }). Modelleret: pr. år, i { $year }, for de kørende synergier. Forskellige størrelser, aldrig lagt sammen.
programme-col-figure = tal
programme-col-reporting = synergier der rapporterer
programme-col-reported = rapporteret
programme-col-verified = heraf verificeret
programme-col-modelled = modelleret
programme-modelled-co2 = { $all } t/år (alle kørende); { $reporting } t/år for dem der rapporterer ({ $synergies })
programme-not-reported = ikke rapporteret
programme-net-benefit = nettogevinst (kun modelleret)
programme-per-year = { $value } { $currency }/år
programme-per-workshop = Pr. workshop
programme-per-facilitator = Pr. facilitator
programme-col-in-progress = i gang
programme-col-completed = gennemført eller afsluttet
programme-col-dropped = opgivet
programme-no-workshop = (ingen workshop)
programme-no-facilitator = (ikke angivet)
