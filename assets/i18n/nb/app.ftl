# Symbiosis Explorer: norsk bokmål.

## Ord som brukes i hele programmet

status-candidate = kandidat
status-proposed = foreslått
status-agreed = avtalt
status-realised = gjennomført
status-rejected = avvist
status-ended = avsluttet
scenario-existing = Eksisterende
scenario-existing-plus-proposed = Eksisterende + foreslåtte
scenario-optimal = Optimal fordeling
assumption = antakelse

## HTML-rapporten

report-title = { $name } — rapport fra Symbiosis Explorer
report-meta = Region: { $region } · Parken i { $year } · Valuta: { $currency } ({ $priceyear }-priser) · Rapporten ble laget { $date } av Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } konfidensiell strøm er utelatt fra rapporten og fra alle tallene i den.
       *[other] { $count } konfidensielle strømmer er utelatt fra rapporten og fra alle tallene i den.
    }
report-confidential-included = Rapporten inneholder konfidensielle strømmer: ikke del den utenfor prosjektet.
report-summary = Sammendrag
report-card-firms = bedrifter
report-card-flows = strømmer (tilbud og behov)
report-card-running = { $running } av { $total }
report-card-running-label = utvekslinger i drift i { $year }
report-card-co2 = t CO₂ unngått per år (utvekslinger i drift, { $year })
report-card-benefit = { $currency } netto nytte per år
report-card-candidates = mulige utvekslinger funnet
report-col-status = status
report-col-exchanges = utvekslinger
report-map = Kart
report-map-alt = Kart over bedrifter og utvekslinger i { $name }
report-map-every-firm = { $name }: alle bedrifter
report-indicators = Nøkkeltall
report-col-scenario = scenario
report-col-firms-linked = tilknyttede bedrifter
report-col-links = koblinger
report-col-link-density = koblingstetthet L/S
report-col-connectance = konnektans
report-col-cyclicity = syklisitet
report-col-co2-avoided = t CO₂/år unngått
report-col-net-benefit = netto nytte { $currency }/år
report-col-finn = Finns syklusindeks
report-finn-undefined = udefinert ({ $unit })
report-indicators-note = Koblingstetthet: koblinger per bedrift; konnektans: koblinger i forhold til mulige koblinger; syklisitet: spektralradien til bedriftsnettverket (0 for en kjede, 1 for en sløyfe); Finns indeks: andelen av gjennomstrømningen som går i kretsløp, per enhet.
report-time-limit = Det optimale scenarioet er den beste fordelingen funnet innenfor tidsgrensen: høyst { $gap } % fra optimum (en bevist grense).
report-charts = Diagrammer
report-chart-co2-by-material = Unngått CO₂ per år etter materiale (utvekslinger i drift)
report-chart-co2-by-scenario = Unngått CO₂ per år etter scenario
report-chart-benefit-by-scenario = Netto nytte per år etter scenario
report-chart-co2-by-year = Parkens unngåtte CO₂ år for år
report-exchanges = Utvekslinger
report-exchanges-intro = Tallene for hver utveksling er dens andel av parken i { $year }: utvekslingene i drift fordeles én gang på strømmenes kapasitet (i rekkefølge etter startår), slik at radene summeres til sammendraget. Mengdene er det fordelingen gir hver utveksling; en utveksling som ikke er i drift i { $year }, viser ingen.
report-col-from = fra
report-col-to = til
report-col-material = materiale
report-col-quantity = mengde/år
report-col-years = år
report-col-transport = transport
report-col-co2 = t CO₂/år
report-col-money = { $currency }/år
report-col-source = kilde
report-years-since = siden { $year }
report-years-until = til { $year }
report-not-running = — (ikke i drift i { $year })
report-product-sale = (salg av produkt)
report-quantity-states = (oppgir { $quantity })
report-quantity-from-flows = (fra strømmene)
report-quantity-unknown = ukjent
report-quantity-stated = { $quantity } { $unit } (oppgitt)
report-overfill = { $text }: vurdert ut fra det strømmene tillater.
report-how-evaluated = Slik ble det vurdert: { $counterfactual }
report-proposed-adds = Foreslått: hva den ville tilføre etter utvekslingene i drift ({ $co2 } t CO₂/år, { $benefit } { $currency }/år; ikke med i summene)
report-not-running-row = Ikke i drift i { $year }: ikke med i årets tall.
report-not-evaluated = Ikke vurdert: prosjektet har ingen passende tilbuds- og behovsstrømmer for denne utvekslingen.
report-not-evaluated-confidential = Ikke vurdert: prosjektet har ingen passende tilbuds- og behovsstrømmer for denne utvekslingen (eller de er konfidensielle).
report-total =
    { $running ->
        [one] Sum for den { $running } utvekslingen i drift i { $year }
       *[other] Sum for de { $running } utvekslingene i drift i { $year }
    }
report-breakdowns-left-out = Oppdelingene er utelatt: prosjektet har { $count } utvekslinger (flere enn { $max }); `symbiosis-explorer exchanges` viser tallene for hver og `explain` oppdelingen.
report-col-term = post
report-col-value = verdi
report-col-formula = formel
report-col-parameters = parametere (kilde)
report-candidates = De beste mulige utvekslingene
report-candidates-best = De { $shown } beste av { $total } mulige utvekslinger etter netto nytte.
report-col-supplier = leverandør
report-col-receiver = mottaker
report-col-supply-demand = tilbud → behov
report-col-distance = avstand km
report-firms = Bedrifter: hva de har og hva de trenger
report-col-firm = bedrift
report-col-nace = NACE
report-col-has = har
report-col-wants = trenger
report-firms-listed = De første { $shown } av { $total } bedrifter vises; `symbiosis-explorer export --format csv` skriver alle.
report-parameters = Vurderingsparametere og kilder
report-col-parameter = parameter
report-credits = Bakgrunnskart: { $basemap }. Avfallskoder: Det europeiske avfallskatalogen (kommisjonsvedtak 2000/532/EF); bransjer: NACE Rev. 2 (Eurostat).

## Kartbildet og kartets tegnforklaring

map-title-year = { $name } i { $year }
map-legend-sectors = Bedrifter etter bransje
map-legend-exchanges = Utvekslinger
map-running = i drift
map-planned = planlagt
map-ended = avsluttet
map-credits = Bakgrunnskart: { $basemap }  ·  Symbiosis Explorer
kind-material = materiale
kind-energy = energi
kind-water = vann
sector-agriculture-and-fishing = Jordbruk og fiske
sector-mining-and-refining = Bergverk og raffinering
sector-food-and-drink = Mat og drikke
sector-manufacturing = Industri
sector-chemicals-and-pharma = Kjemi og legemidler
sector-energy = Energi
sector-water-and-waste = Vann og avfall
sector-other = Annet

## Printable have/want cards (PDF)

cards-heading = Kort: har / søker
cards-firm = Bedrift
cards-nace-address = NACE-kode, adresse
cards-sheet = (ark { $i } av { $n })
cards-workshop = Workshop
cards-date = Dato
cards-contact = Kontakt
cards-has = HAR
cards-has-hint = biprodukter, restprodukter, overskuddsvarme eller vann dere kan gi fra dere
cards-wants = SØKER
cards-wants-hint = innsatsvarer dere kjøper som en nabos restprodukt kunne erstatte
cards-col-material = Materiale
cards-col-quantity = Mengde per år
cards-col-unit = Enhet
cards-col-quality = Kvalitet, avfallskode (EAL)
cards-col-years = År
cards-from = fra { $year }
cards-until = til { $year }
cards-footer = Mengder per år i oppgitt enhet. Lever kortet til fasilitatoren. Ingen personopplysninger skrives ut på det.

## Messages of the command line (with --lang; English without it)

cli-wrote = skrev { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } fortrolig strøm utelatt (bruk --include-confidential for å eksportere den)
       *[other] { $count } fortrolige strømmer utelatt (bruk --include-confidential for å eksportere dem)
    }
cli-wrote-cards = skrev { $file } ({ $sheets } A4-ark, hvorav { $blank } tomme)
basemap-credits = Laget med Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = feil: { $text }
cli-wrote-programme = skrev { $file } (synergier: { $synergies })
cli-from-after-to = --from { $from } er etter --to { $to }
cli-no-such-programme = ingen utveksling hører til programmet '{ $programme }' (prosjektets programmer: { $known })
cli-none = ingen
cli-year-implausible = --year { $year } er ikke et sannsynlig år (1800..2200)
cli-blank-too-many = --blank { $blank }: høyst 1000 tomme kort
cli-top-at-least-one = --top må være minst 1
cli-project-or-db = oppgi en prosjektfil, eller --db URL --schema NAVN
cli-top-and-time-limit = --top må være minst 1 og --time-limit positiv
cli-no-such-flow = { $file }: det finnes ingen strøm { $id } (strømmenes id-er vises av `match`)
cli-personal-csv-only = --include-personal gjelder bare --format csv; kontakter inngår ikke i noen annen eksport
cli-png-only = --size, --view og --year gjelder bare --format png
cli-crs-csv-only = --crs gjelder bare --format csv; GeoJSON er alltid WGS 84 lon/lat (RFC 7946)
cli-firms-at-least-one = --firms må være minst 1
cli-firms-too-many = --firms { $firms } er flere enn generatoren lager (høyst { $most })
cli-generate-progress = generate: { $done }/{ $firms } virksomheter
cli-generate-writing = generate: skriver { $firms } virksomheter og { $flows } strømmer til { $file }
cli-could-not-write = kunne ikke skrive { $file }
cli-generate-done = generate: ferdig på { $seconds } s
cli-note-overfill = merk: { $text }; den vurderes ut fra det strømmene tillater
cli-note-exchange-overfill = merk: utveksling { $text }; vurdert ut fra det strømmene tillater
cli-imported = importert til { $path }: bedrifter: { $firms }, strømmer: { $flows }, utvekslinger: { $exchanges }
cf-supply-product = tilbud: { $material } er et produkt bedriften selger (handel, ingen godskriving mot et referansescenario)
cf-supply-chp = tilbud: { $material } tas ut fra et kraftvarmeverk på bekostning av strømmen det ellers ville produsert
cf-supply-chp-in = tilbud: { $material } tas ut fra et kraftvarmeverk i { $country } på bekostning av strømmen det ellers ville produsert
cf-supply-route = tilbud: uten utvekslingen { $material }: { $route }
cf-supply-route-in = tilbud: uten utvekslingen { $material }: { $route } ({ $country })
cf-demand-energy = etterspørsel: erstatter { $material } (ikke noe land kjent)
cf-demand-energy-of = etterspørsel: erstatter { $material } i { $country }
cf-demand-as-is = etterspørsel: tar { $material } som det er (ingen innkjøp erstattet)
cf-demand-new = etterspørsel: erstatter nyinnkjøpt eller nyprodusert { $material }
route-none = blir liggende ubrukt uten kostnad (ingenting unngått)
route-landfill = deponering (deponiavgift og mottaksgebyr)
route-incineration = forbrenning
route-flaring = fakling
route-discharge = utslipp (avgifter)
route-cooling = bortkjøling
route-treatment = behandling som avfall
route-spreading = spredning på jord ubehandlet
formula-haversine = storsirkelavstand mellom bedriftene (haversine, R = 6371,0088 km)
formula-road-legs = veistrekninger (bedrift til havn + havn til bedrift)
formula-shipped-cheaper = med skip, billigere enn hele veien på vei
formula-capacity-before = kapasitet før denne utvekslingen
formula-product-transport = et produktsalg gir bare transporten det sparer
formula-product-sale = produktsalg: å selge det en bedrift er til for, er handel, ikke symbiose; ingen godskriving for unngått håndtering eller fortrengning (ingen referanseleverandør oppgitt)
formula-use-emits = mottakerens bruk slipper ut dette
formula-suppliers-country = leverandørens land
formula-ets-burns-less = et ETS-anlegg brenner mindre
formula-ets-emits = ETS-anlegget slipper ut dette
formula-ets-flares-less = ETS-anlegget fakler mindre
formula-not-paid = ikke betalt
source-term-above = raden over
source-as-above = som over
source-in-tonnes = mengde i tonn
source-unit-conversion = enhetsomregning
source-own-quantity = utvekslingens egen mengde
source-stated-supplier = utvekslingens oppgitte referanseleverandør

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = tilbudsstrøm { $id }: { $source }
source-demand-flow = behovsstrøm { $id }: { $source }
source-flow = strøm { $id }: { $source }
source-country-grid = strømnett { $country }: { $source }
source-country-heat = fjernvarme { $country }: { $source }
source-country-landfill = deponiavgift og mottaksavgift { $country }: { $source }
source-crf = { $formula } med r = { $r } ({ $r_source }) og n = { $n } år ({ $n_source })
source-road-legs = storsirkel til havnene { $from } og { $to } (Natural Earths havner)
source-sea-leg = { $from } til { $to }
source-identity = identitet: samme materiale
source-water-t = vann: 1 t per m³
source-tag-assumption = antakelse
source-tag-illustrative = illustrativ
source-tag-computed = beregnet
source-tag-computed-upper = beregnet øvre grense

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = avstand
term-transport_km = transportavstand
term-sea_km = avstand til sjøs
term-quantity = utvekslet mengde
term-quantity_supply = mengde tatt fra tilbudet
term-supply_left_after = tilbud igjen etterpå
term-demand_left_after = behov igjen etterpå
term-co2_displaced = CO2 for det som fortrenges
term-co2_disposal_avoided = CO2 for unngått disponering
term-co2_transport = CO2 for transporten
term-co2_transport_sea = CO2 for sjøtransporten
term-co2_use_emitted = CO2 sluppet ut ved bruk
term-chp_power_lost = tapt kraftvarme-strøm
term-co2_chp_power_lost = CO2 for tapt kraftvarme-strøm
term-co2_avoided_t = unngått CO2
term-purchase_avoided = unngått innkjøp
term-disposal_avoided = unngåtte disponeringskostnader
term-handling_cost = håndteringskostnad
term-transport_cost = transportkostnad
term-transport_cost_sea = kostnad for sjøtransport
term-port_handling_cost = havnehåndteringskostnad
term-fixed_link_cost = kostnad for fast forbindelse (årlig)
term-carbon_value_displaced = karbonpris for det som fortrenges
term-carbon_value_flaring = karbonpris for unngått fakling
term-carbon_cost_use = karbonpris for utslipp ved bruk
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
unit-unit = enhet
unit-per = { $a } per { $b }
unit-per-year = per år

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programrapport
programme-scope-everything = alle synergier, alle datoer
programme-scope-programme = program { $programme }
programme-scope-all-programmes = alle programmer
programme-scope-window = { $scope }, faseskifter fra { $from } til { $to }
programme-scope-start = starten
programme-scope-today = i dag
programme-lead = Synergier: { $synergies }. Rapporterte resultater er det programmet rapporterer, ved siden av modellens tall for de samme utvekslingene (de som er i drift, { $year }); de to legges aldri sammen.
programme-without-history = Synergier uten registrert faseskifte: { $without } av { $synergies }. Hver telles i fasen statusen dens står for, som om den har passert alle faser før den, noe som hever de tidlige overgangsratene nedenfor.
programme-by-stage = Synergier etter fase
programme-col-stage = fase
programme-col-synergies = synergier
programme-col-dropped-because = avbrutt fordi
programme-reason-not-given = ikke oppgitt
programme-conversion = Overgang mellom faser
programme-col-from = fra
programme-col-to = til
programme-col-reached-from = nådde fra
programme-col-reached-to = nådde til
programme-col-rate = rate
programme-outcomes = Resultater: rapportert ved siden av modellert
programme-outcomes-meta = Rapportert: summert over synergiene og årene de har rapportert (t, m³, arbeidsplasser, { $currency }). Modellert: per år, i { $year }, for synergiene i drift. Ulike størrelser, aldri lagt sammen.
programme-col-figure = tall
programme-col-reporting = synergier som rapporterer
programme-col-reported = rapportert
programme-col-verified = herav verifisert
programme-col-modelled = modellert
programme-modelled-co2 = { $all } t/år (alle i drift); { $reporting } t/år for dem som rapporterer ({ $synergies })
programme-not-reported = ikke rapportert
programme-net-benefit = nettogevinst (kun modellert)
programme-per-year = { $value } { $currency }/år
programme-per-workshop = Per workshop
programme-per-facilitator = Per fasilitator
programme-col-in-progress = pågår
programme-col-completed = gjennomført eller fullført
programme-col-dropped = avbrutt
programme-no-workshop = (ingen workshop)
programme-no-facilitator = (ikke oppgitt)
