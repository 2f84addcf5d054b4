# Symbiosis Explorer: latviešu valoda.

## Visā lietotnē lietotie vārdi

status-candidate = kandidāts
status-proposed = ierosināta
status-agreed = saskaņota
status-realised = īstenota
status-rejected = noraidīta
status-ended = beigusies
scenario-existing = Esošās
scenario-existing-plus-proposed = Esošās + ierosinātās
scenario-optimal = Optimālais sadalījums
assumption = pieņēmums

## HTML pārskats

report-title = { $name } — Symbiosis Explorer pārskats
report-meta = Reģions: { $region } · Parks { $year }. gadā · Valūta: { $currency } ({ $priceyear }. gada cenās) · Pārskatu { $date } sagatavoja Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } konfidenciāla plūsma nav iekļauta pārskatā un nevienā tā rādītājā.
       *[other] { $count } konfidenciālas plūsmas nav iekļautas pārskatā un nevienā tā rādītājā.
    }
report-confidential-included = Pārskatā ir konfidenciālas plūsmas: nedalieties ar to ārpus projekta.
report-summary = Kopsavilkums
report-card-firms = uzņēmumi
report-card-flows = plūsmas (piedāvājums un pieprasījums)
report-card-running = { $running } no { $total }
report-card-running-label = apmaiņas darbojas { $year }. gadā
report-card-co2 = t CO₂ novērsts gadā (darbojošās apmaiņas, { $year })
report-card-benefit = { $currency } neto ieguvums gadā
report-card-candidates = atrastas iespējamās apmaiņas
report-col-status = statuss
report-col-exchanges = apmaiņas
report-map = Karte
report-map-alt = { $name }: uzņēmumu un apmaiņu karte
report-map-every-firm = { $name }: visi uzņēmumi
report-indicators = Rādītāji
report-col-scenario = scenārijs
report-col-firms-linked = saistītie uzņēmumi
report-col-links = saites
report-col-link-density = saišu blīvums L/S
report-col-connectance = saistītība
report-col-cyclicity = cikliskums
report-col-co2-avoided = t CO₂/g novērsts
report-col-net-benefit = neto ieguvums { $currency }/g
report-col-finn = Finna aprites indekss
report-finn-undefined = nav definēts ({ $unit })
report-indicators-note = Saišu blīvums: saites uz vienu uzņēmumu; saistītība: saišu daļa no iespējamām; cikliskums: uzņēmumu tīkla spektrālais rādiuss (ķēdei 0, cilpai 1); Finna indekss: caurplūsmas daļa, kas atgriežas apritē, katrai vienībai.
report-time-limit = Optimālais scenārijs ir labākais sadalījums, kas atrasts laika limitā: ne vairāk kā { $gap } % no optimuma (pierādīta robeža).
report-charts = Diagrammas
report-chart-co2-by-material = Novērstais CO₂ gadā pa materiāliem (darbojošās apmaiņas)
report-chart-co2-by-scenario = Novērstais CO₂ gadā pa scenārijiem
report-chart-benefit-by-scenario = Neto ieguvums gadā pa scenārijiem
report-chart-co2-by-year = Parka novērstais CO₂ pa gadiem
report-exchanges = Apmaiņas
report-exchanges-intro = Katras apmaiņas rādītāji ir tās daļa parkā { $year }. gadā: darbojošās apmaiņas vienreiz sadala pa to plūsmu jaudām (sākuma gada secībā), tāpēc rindu summa sakrīt ar kopsavilkumu. Daudzumi ir tas, ko sadalījums dod katrai apmaiņai; apmaiņai, kas { $year }. gadā nedarbojas, daudzuma nav.
report-col-from = no
report-col-to = uz
report-col-material = materiāls
report-col-quantity = daudzums/g
report-col-years = gadi
report-col-transport = transports
report-col-co2 = t CO₂/g
report-col-money = { $currency }/g
report-col-source = avots
report-years-since = kopš { $year }
report-years-until = līdz { $year }
report-not-running = — (nedarbojas { $year }. gadā)
report-product-sale = (produkcijas pārdošana)
report-quantity-states = (norādīts { $quantity })
report-quantity-from-flows = (pēc tās plūsmām)
report-quantity-unknown = nezināms
report-quantity-stated = { $quantity } { $unit } (norādīts)
report-overfill = { $text }: novērtēts tik, cik plūsmas ļauj.
report-how-evaluated = Kā tas novērtēts: { $counterfactual }
report-proposed-adds = Ierosināta: ko tā pievienotu darbojošām apmaiņām ({ $co2 } t CO₂/g, { $benefit } { $currency }/g; nav kopsummās)
report-not-running-row = Nedarbojas { $year }. gadā: nav šī gada rādītājos.
report-not-evaluated = Nav novērtēta: projektā nav šai apmaiņai atbilstošu piedāvājuma un pieprasījuma plūsmu.
report-not-evaluated-confidential = Nav novērtēta: projektā nav šai apmaiņai atbilstošu piedāvājuma un pieprasījuma plūsmu (vai tās ir konfidenciālas).
report-total =
    { $running ->
        [one] Kopā { $running } apmaiņa, kas darbojas { $year }. gadā
       *[other] Kopā { $running } apmaiņas, kas darbojas { $year }. gadā
    }
report-breakdowns-left-out = Aprēķinu sadalījumi nav iekļauti: projektā ir { $count } apmaiņas (vairāk nekā { $max }); `symbiosis-explorer exchanges` parāda katras rādītājus un `explain` tās aprēķinu.
report-col-term = pozīcija
report-col-value = vērtība
report-col-formula = formula
report-col-parameters = parametri (avots)
report-candidates = Labākās iespējamās apmaiņas
report-candidates-best = { $shown } labākās no { $total } iespējamām apmaiņām pēc neto ieguvuma.
report-col-supplier = piegādātājs
report-col-receiver = saņēmējs
report-col-supply-demand = piedāvājums → pieprasījums
report-col-distance = attālums km
report-firms = Uzņēmumi: kas tiem ir un kas tiem vajadzīgs
report-col-firm = uzņēmums
report-col-nace = NACE
report-col-has = piedāvā
report-col-wants = vajag
report-firms-listed = Uzskaitīti pirmie { $shown } no { $total } uzņēmumiem; `symbiosis-explorer export --format csv` ieraksta visus.
report-parameters = Novērtēšanas parametri un avoti
report-col-parameter = parametrs
report-credits = Pamatkarte: { $basemap }. Atkritumu kodi: Eiropas atkritumu saraksts (Komisijas lēmums 2000/532/EK); nozares: NACE Rev. 2 (Eurostat).

## Kartes attēls un kartes apzīmējumi

map-title-year = { $name } { $year }. gadā
map-legend-sectors = Uzņēmumi pa nozarēm
map-legend-exchanges = Apmaiņas
map-running = darbojas
map-planned = plānota
map-ended = beigusies
map-credits = Pamatkarte: { $basemap }  ·  Symbiosis Explorer
kind-material = materiāls
kind-energy = enerģija
kind-water = ūdens
sector-agriculture-and-fishing = Lauksaimniecība un zivsaimniecība
sector-mining-and-refining = Ieguve un pārstrāde
sector-food-and-drink = Pārtika un dzērieni
sector-manufacturing = Apstrādes rūpniecība
sector-chemicals-and-pharma = Ķīmija un farmācija
sector-energy = Enerģētika
sector-water-and-waste = Ūdens un atkritumi
sector-other = Citas

## Printable have/want cards (PDF)

cards-heading = Kartīte: piedāvājam / vajadzīgs
cards-firm = Uzņēmums
cards-nace-address = NACE kods, adrese
cards-sheet = (lapa { $i } no { $n })
cards-workshop = Darbnīca
cards-date = Datums
cards-contact = Kontaktpersona
cards-has = PIEDĀVĀJAM
cards-has-hint = blakusprodukti, atlikumi, siltuma vai ūdens pārpalikums, ko varat nodot
cards-wants = VAJADZĪGS
cards-wants-hint = izejvielas, ko pērkat un ko varētu aizstāt kaimiņa atlikumi
cards-col-material = Materiāls
cards-col-quantity = Daudzums gadā
cards-col-unit = Vienība
cards-col-quality = Kvalitāte, atkritumu kods
cards-col-years = Gadi
cards-from = no { $year }
cards-until = līdz { $year }
cards-footer = Daudzumi gadā norādītajā vienībā. Atstājiet kartīti moderatoram. Personas dati uz tās netiek drukāti.

## Messages of the command line (with --lang; English without it)

cli-wrote = ierakstīts { $file }
cli-confidential-left-out =
    { $count ->
        [zero] { $count } konfidenciālu plūsmu izlaists (lai tās eksportētu, lietojiet --include-confidential)
        [one] { $count } konfidenciāla plūsma izlaista (lai to eksportētu, lietojiet --include-confidential)
       *[other] { $count } konfidenciālas plūsmas izlaistas (lai tās eksportētu, lietojiet --include-confidential)
    }
cli-wrote-cards = ierakstīts { $file } (A4 lapas: { $sheets }, no tām tukšas: { $blank })
basemap-credits = Veidots, izmantojot Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = kļūda: { $text }
cli-wrote-programme = ierakstīts { $file } (sinerģijas: { $synergies })
cli-from-after-to = --from { $from } ir vēlāk nekā --to { $to }
cli-no-such-programme = neviena apmaiņa nepieder programmai “{ $programme }” (projekta programmas: { $known })
cli-none = nav
cli-year-implausible = --year { $year } nav ticams gads (1800..2200)
cli-blank-too-many = --blank { $blank }: ne vairāk kā 1000 tukšu kartīšu
cli-top-at-least-one = --top jābūt vismaz 1
cli-project-or-db = norādiet projekta failu vai --db URL --schema NOSAUKUMS
cli-top-and-time-limit = --top jābūt vismaz 1 un --time-limit pozitīvam
cli-no-such-flow = { $file }: plūsmas { $id } nav (plūsmu identifikatorus uzskaita `match`)
cli-personal-csv-only = --include-personal attiecas tikai uz --format csv; kontakti neparādās nevienā citā eksportā
cli-png-only = --size, --view un --year attiecas tikai uz --format png
cli-crs-csv-only = --crs attiecas tikai uz --format csv; GeoJSON vienmēr ir WGS 84 garums/platums (RFC 7946)
cli-firms-at-least-one = --firms jābūt vismaz 1
cli-firms-too-many = --firms { $firms } ir vairāk, nekā rada ģenerators (ne vairāk kā { $most })
cli-generate-progress = generate: uzņēmumi { $done }/{ $firms }
cli-generate-writing = generate: raksta { $file } (uzņēmumi: { $firms }, plūsmas: { $flows })
cli-could-not-write = neizdevās ierakstīt { $file }
cli-generate-done = generate: gatavs { $seconds } s laikā
cli-note-overfill = piezīme: { $text }; to vērtē tik, cik atļauj plūsmas
cli-note-exchange-overfill = piezīme: apmaiņa { $text }; novērtēta tik, cik atļauj plūsmas
cli-imported = importēts failā { $path }: uzņēmumi: { $firms }, plūsmas: { $flows }, apmaiņas: { $exchanges }
cf-supply-product = piedāvājums: { $material } ir produkts, ko uzņēmums pārdod (tirdzniecība, bez ieskaita pret atskaites scenāriju)
cf-supply-chp = piedāvājums: { $material } tiek ņemts no koģenerācijas stacijas uz tās elektroenerģijas rēķina, ko tā citādi saražotu
cf-supply-chp-in = piedāvājums: { $material } tiek ņemts no koģenerācijas stacijas ({ $country }) uz tās elektroenerģijas rēķina, ko tā citādi saražotu
cf-supply-route = piedāvājums: bez apmaiņas { $material }: { $route }
cf-supply-route-in = piedāvājums: bez apmaiņas { $material }: { $route } ({ $country })
cf-demand-energy = pieprasījums: aizstāj { $material } (valsts nav zināma)
cf-demand-energy-of = pieprasījums: aizstāj { $material } ({ $country })
cf-demand-as-is = pieprasījums: pieņem { $material } tādu, kāds tas ir (pirkums netiek aizstāts)
cf-demand-new = pieprasījums: aizstāj no jauna pirktu vai ražotu: { $material }
route-none = paliek neizmantots bez izmaksām (nekas netiek novērsts)
route-landfill = apglabāšana poligonā (DRN un pieņemšanas maksa)
route-incineration = sadedzināšana
route-flaring = sadedzināšana lāpā
route-discharge = novadīšana (maksas)
route-cooling = atdzesēšana
route-treatment = apstrāde kā atkritumi
route-spreading = izkliedēšana uz zemes bez apstrādes
formula-haversine = lielā loka attālums starp uzņēmumiem (haversine, R = 6371,0088 km)
formula-road-legs = autoceļa posmi (no uzņēmuma līdz ostai + no ostas līdz uzņēmumam)
formula-shipped-cheaper = ar kuģi, lētāk nekā viss ceļš pa autoceļu
formula-capacity-before = jauda pirms šīs apmaiņas
formula-product-transport = produkta pārdošana ieskaita tikai ietaupīto transportu
formula-product-sale = produkta pārdošana: pārdot to, kā dēļ uzņēmums pastāv, ir tirdzniecība, nevis simbioze; nav ieskaita par novērstu apsaimniekošanu vai aizstāšanu (atskaites piegādātājs nav norādīts)
formula-use-emits = saņēmēja izmantošana rada šīs emisijas
formula-suppliers-country = piegādātāja valsts
formula-ets-burns-less = ETS iekārta sadedzina mazāk
formula-ets-emits = ETS iekārta emitē šo
formula-ets-flares-less = ETS iekārta mazāk sadedzina lāpā
formula-not-paid = netiek maksāts
source-term-above = rinda augstāk
source-as-above = kā augstāk
source-in-tonnes = daudzums tonnās
source-unit-conversion = mērvienību pārrēķins
source-own-quantity = apmaiņas pašas daudzums
source-stated-supplier = apmaiņā norādītais atskaites piegādātājs

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = piedāvājuma plūsma { $id }: { $source }
source-demand-flow = pieprasījuma plūsma { $id }: { $source }
source-flow = plūsma { $id }: { $source }
source-country-grid = elektrotīkls { $country }: { $source }
source-country-heat = centralizētā siltumapgāde { $country }: { $source }
source-country-landfill = poligonu nodoklis un pieņemšanas maksa { $country }: { $source }
source-crf = { $formula }, kur r = { $r } ({ $r_source }) un n = { $n } gadi ({ $n_source })
source-road-legs = lielā riņķa loks līdz ostām { $from } un { $to } (Natural Earth ostas)
source-sea-leg = { $from } – { $to }
source-identity = identitāte: tas pats materiāls
source-water-t = ūdens: 1 t uz m³
source-tag-assumption = pieņēmums
source-tag-illustrative = ilustratīvs
source-tag-computed = aprēķināts
source-tag-computed-upper = aprēķinātā augšējā robeža

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = attālums
term-transport_km = pārvadājuma attālums
term-sea_km = attālums pa jūru
term-quantity = apmainītais daudzums
term-quantity_supply = no piedāvājuma ņemtais daudzums
term-supply_left_after = atlikušais piedāvājums pēc tam
term-demand_left_after = atlikušais pieprasījums pēc tam
term-co2_displaced = aizstātā CO2
term-co2_disposal_avoided = novērstās apsaimniekošanas CO2
term-co2_transport = pārvadājuma CO2
term-co2_transport_sea = jūras pārvadājuma CO2
term-co2_use_emitted = izmantošanā izdalītais CO2
term-chp_power_lost = zaudētā koģenerācijas elektroenerģija
term-co2_chp_power_lost = zaudētās koģenerācijas elektroenerģijas CO2
term-co2_avoided_t = novērstais CO2
term-purchase_avoided = novērstais pirkums
term-disposal_avoided = novērstās apsaimniekošanas izmaksas
term-handling_cost = kravas apstrādes izmaksas
term-transport_cost = pārvadājuma izmaksas
term-transport_cost_sea = jūras pārvadājuma izmaksas
term-port_handling_cost = ostas apstrādes izmaksas
term-fixed_link_cost = pastāvīgā savienojuma izmaksas (gadā)
term-carbon_value_displaced = aizstātā oglekļa cena
term-carbon_value_flaring = novērstās lāpas sadedzināšanas oglekļa cena
term-carbon_cost_use = izmantošanas emisiju oglekļa cena
term-product_sale = produkta pārdošana
term-net_benefit = neto ieguvums

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
unit-unit = vienību
unit-per = { $a } uz { $b }
unit-per-year = gadā

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programmas pārskats
programme-scope-everything = visas sinerģijas, visi datumi
programme-scope-programme = programma { $programme }
programme-scope-all-programmes = visas programmas
programme-scope-window = { $scope }, posmu maiņas no { $from } līdz { $to }
programme-scope-start = sākuma
programme-scope-today = šodienai
programme-lead = Sinerģijas: { $synergies }. Paziņotie rezultāti ir tas, ko paziņo programma, blakus modeļa rādītājiem par tām pašām apmaiņām (darbojošās, { $year }); tos nekad nesaskaita kopā.
programme-without-history = Sinerģijas bez reģistrētas posma maiņas: { $without } no { $synergies }. Katru uzskaita posmā, kam atbilst tās statuss, it kā tā būtu izgājusi visus iepriekšējos posmus, kas paaugstina zemāk redzamos agrīno posmu pārejas rādītājus.
programme-by-stage = Sinerģijas pa posmiem
programme-col-stage = posms
programme-col-synergies = sinerģijas
programme-col-dropped-because = pārtraukts, jo
programme-reason-not-given = nav norādīts
programme-conversion = Pāreja starp posmiem
programme-col-from = no posma
programme-col-to = uz posmu
programme-col-reached-from = sasniedza pirmo
programme-col-reached-to = sasniedza otro
programme-col-rate = īpatsvars
programme-outcomes = Rezultāti: paziņotie blakus modelētajiem
programme-outcomes-meta = Paziņotie: summa pa sinerģijām un gadiem, par kuriem tie paziņoti (t, m³, darbavietas, { $currency }). Modelētie: gadā, { $year }, darbojošām sinerģijām. Dažādi lielumi, nekad nesaskaitīti.
programme-col-figure = rādītājs
programme-col-reporting = sinerģijas, kas ziņo
programme-col-reported = paziņots
programme-col-verified = no tā pārbaudīts
programme-col-modelled = modelēts
programme-modelled-co2 = { $all } t/gadā (visas darbojošās); { $reporting } t/gadā tām, kas ziņo ({ $synergies })
programme-not-reported = nav paziņots
programme-net-benefit = tīrais ieguvums (tikai modelēts)
programme-per-year = { $value } { $currency }/gadā
programme-per-workshop = Pa semināriem
programme-per-facilitator = Pa moderatoriem
programme-col-in-progress = procesā
programme-col-completed = īstenotas vai pabeigtas
programme-col-dropped = pārtrauktas
programme-no-workshop = (bez semināra)
programme-no-facilitator = (nav norādīts)
