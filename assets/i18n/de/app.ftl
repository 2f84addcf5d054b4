# Symbiosis Explorer: Deutsch.

## Wörter der ganzen Anwendung

status-candidate = Kandidat
status-proposed = vorgeschlagen
status-agreed = vereinbart
status-realised = umgesetzt
status-rejected = abgelehnt
status-ended = beendet
scenario-existing = Bestehend
scenario-existing-plus-proposed = Bestehend + vorgeschlagen
scenario-optimal = Optimale Zuordnung
assumption = Annahme

## Der HTML-Bericht

report-title = { $name } — Bericht von Symbiosis Explorer
report-meta = Region: { $region } · Der Park im Jahr { $year } · Währung: { $currency } (Preise von { $priceyear }) · Bericht erstellt am { $date } mit Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } vertraulicher Stoffstrom ist in diesem Bericht und in allen seinen Zahlen nicht enthalten.
       *[other] { $count } vertrauliche Stoffströme sind in diesem Bericht und in allen seinen Zahlen nicht enthalten.
    }
report-confidential-included = Dieser Bericht enthält vertrauliche Stoffströme: nicht außerhalb des Projekts weitergeben.
report-summary = Zusammenfassung
report-card-firms = Unternehmen
report-card-flows = Stoffströme (Angebot und Bedarf)
report-card-running = { $running } von { $total }
report-card-running-label = Austausche in Betrieb im Jahr { $year }
report-card-co2 = t CO₂ vermieden pro Jahr (laufende Austausche, { $year })
report-card-benefit = { $currency } Nettonutzen pro Jahr
report-card-candidates = gefundene mögliche Austausche
report-col-status = Status
report-col-exchanges = Austausche
report-map = Karte
report-map-alt = Karte der Unternehmen und Austausche von { $name }
report-map-every-firm = { $name }: alle Unternehmen
report-indicators = Kennzahlen
report-col-scenario = Szenario
report-col-firms-linked = verbundene Unternehmen
report-col-links = Verbindungen
report-col-link-density = Verbindungsdichte L/S
report-col-connectance = Konnektanz
report-col-cyclicity = Zyklizität
report-col-co2-avoided = t CO₂/Jahr vermieden
report-col-net-benefit = Nettonutzen { $currency }/Jahr
report-col-finn = Finn-Zyklusindex
report-finn-undefined = nicht definiert ({ $unit })
report-indicators-note = Verbindungsdichte: Verbindungen je Unternehmen; Konnektanz: Verbindungen im Verhältnis zu den möglichen; Zyklizität: Spektralradius des Unternehmensnetzes (0 für eine Kette, 1 für einen Kreislauf); Finn-Index: Anteil des Durchflusses, der im Kreislauf geführt wird, je Einheit.
report-time-limit = Das optimale Szenario ist die beste innerhalb des Zeitlimits gefundene Zuordnung: höchstens { $gap } % vom Optimum entfernt (eine bewiesene Schranke).
report-charts = Diagramme
report-chart-co2-by-material = Vermiedenes CO₂ pro Jahr nach Material (laufende Austausche)
report-chart-co2-by-scenario = Vermiedenes CO₂ pro Jahr nach Szenario
report-chart-benefit-by-scenario = Nettonutzen pro Jahr nach Szenario
report-chart-co2-by-year = Vom Park vermiedenes CO₂, Jahr für Jahr
report-exchanges = Austausche
report-exchanges-intro = Die Zahlen jedes Austauschs sind sein Anteil am Park im Jahr { $year }: Die laufenden Austausche werden einmal auf die Kapazitäten ihrer Stoffströme verteilt (in der Reihenfolge ihres Startjahres), sodass die Zeilen die Zusammenfassung ergeben. Mengen sind das, was diese Verteilung jedem Austausch gibt; ein Austausch, der { $year } nicht läuft, zeigt keine.
report-col-from = von
report-col-to = an
report-col-material = Material
report-col-quantity = Menge/Jahr
report-col-years = Jahre
report-col-transport = Transport
report-col-co2 = t CO₂/Jahr
report-col-money = { $currency }/Jahr
report-col-source = Quelle
report-years-since = seit { $year }
report-years-until = bis { $year }
report-not-running = — (läuft { $year } nicht)
report-product-sale = (Produktverkauf)
report-quantity-states = (angegeben { $quantity })
report-quantity-from-flows = (aus seinen Stoffströmen)
report-quantity-unknown = unbekannt
report-quantity-stated = { $quantity } { $unit } (angegeben)
report-overfill = { $text }: bewertet mit dem, was die Stoffströme zulassen.
report-how-evaluated = So wurde bewertet: { $counterfactual }
report-proposed-adds = Vorgeschlagen: was er zu den laufenden Austauschen hinzufügen würde ({ $co2 } t CO₂/Jahr, { $benefit } { $currency }/Jahr; nicht in den Summen)
report-not-running-row = Läuft { $year } nicht: nicht in den Zahlen dieses Jahres.
report-not-evaluated = Nicht bewertet: Das Projekt enthält keine passenden Angebots- und Bedarfsströme für diesen Austausch.
report-not-evaluated-confidential = Nicht bewertet: Das Projekt enthält keine passenden Angebots- und Bedarfsströme für diesen Austausch (oder sie sind vertraulich).
report-total =
    { $running ->
        [one] Summe des { $running } im Jahr { $year } laufenden Austauschs
       *[other] Summe der { $running } im Jahr { $year } laufenden Austausche
    }
report-breakdowns-left-out = Die Aufschlüsselungen fehlen: Das Projekt hat { $count } Austausche (mehr als { $max }); `symbiosis-explorer exchanges` listet die Zahlen jedes Austauschs und `explain` seine Aufschlüsselung.
report-col-term = Posten
report-col-value = Wert
report-col-formula = Formel
report-col-parameters = Parameter (Quelle)
report-candidates = Die besten möglichen Austausche
report-candidates-best = Die { $shown } besten von { $total } möglichen Austauschen nach Nettonutzen.
report-col-supplier = Lieferant
report-col-receiver = Abnehmer
report-col-supply-demand = Angebot → Bedarf
report-col-distance = Entfernung km
report-firms = Unternehmen: was sie haben und was sie brauchen
report-col-firm = Unternehmen
report-col-nace = NACE
report-col-has = hat
report-col-wants = braucht
report-firms-listed = Die ersten { $shown } von { $total } Unternehmen sind aufgeführt; `symbiosis-explorer export --format csv` schreibt alle.
report-parameters = Bewertungsparameter und Quellen
report-col-parameter = Parameter
report-credits = Kartengrundlage: { $basemap }. Abfallschlüssel: Europäisches Abfallverzeichnis (Entscheidung 2000/532/EG der Kommission); Branchen: NACE Rev. 2 (Eurostat).

## Das Kartenbild und die Legende der Karte

map-title-year = { $name } im Jahr { $year }
map-legend-sectors = Unternehmen nach Branche
map-legend-exchanges = Austausche
map-running = in Betrieb
map-planned = geplant
map-ended = beendet
map-credits = Kartengrundlage: { $basemap }  ·  Symbiosis Explorer
kind-material = Material
kind-energy = Energie
kind-water = Wasser
sector-agriculture-and-fishing = Landwirtschaft und Fischerei
sector-mining-and-refining = Bergbau und Raffinerien
sector-food-and-drink = Lebensmittel und Getränke
sector-manufacturing = Verarbeitendes Gewerbe
sector-chemicals-and-pharma = Chemie und Pharma
sector-energy = Energie
sector-water-and-waste = Wasser und Abfall
sector-other = Sonstige

## Printable have/want cards (PDF)

cards-heading = Karte: Angebot / Bedarf
cards-firm = Unternehmen
cards-nace-address = NACE-Code, Adresse
cards-sheet = (Blatt { $i } von { $n })
cards-workshop = Workshop
cards-date = Datum
cards-contact = Kontakt
cards-has = ANGEBOT
cards-has-hint = Nebenprodukte, Reststoffe, Abwärme oder Wasser, die Sie abgeben könnten
cards-wants = BEDARF
cards-wants-hint = Einsatzstoffe, die Sie kaufen und die ein Reststoff des Nachbarn ersetzen könnte
cards-col-material = Material
cards-col-quantity = Menge pro Jahr
cards-col-unit = Einheit
cards-col-quality = Qualität, Abfallschlüssel (AVV)
cards-col-years = Jahre
cards-from = ab { $year }
cards-until = bis { $year }
cards-footer = Mengen pro Jahr in der angegebenen Einheit. Geben Sie diese Karte bei der Moderation ab. Es werden keine personenbezogenen Daten gedruckt.

## Messages of the command line (with --lang; English without it)

cli-wrote = geschrieben: { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } vertraulicher Strom weggelassen (mit --include-confidential exportieren)
       *[other] { $count } vertrauliche Ströme weggelassen (mit --include-confidential exportieren)
    }
cli-wrote-cards = geschrieben: { $file } ({ $sheets } A4-Blätter, davon { $blank } leer)
basemap-credits = Erstellt mit Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = Fehler: { $text }
cli-wrote-programme = geschrieben: { $file } (Synergien: { $synergies })
cli-from-after-to = --from { $from } liegt nach --to { $to }
cli-no-such-programme = kein Austausch gehört zum Programm „{ $programme }“ (Programme des Projekts: { $known })
cli-none = keine
cli-year-implausible = --year { $year } ist kein plausibles Jahr (1800..2200)
cli-blank-too-many = --blank { $blank }: höchstens 1000 leere Karten
cli-top-at-least-one = --top muss mindestens 1 sein
cli-project-or-db = eine Projektdatei angeben oder --db URL --schema NAME
cli-top-and-time-limit = --top muss mindestens 1 und --time-limit positiv sein
cli-no-such-flow = { $file }: es gibt keinen Strom { $id } (die Strom-IDs listet `match`)
cli-personal-csv-only = --include-personal gilt nur für --format csv; Kontakte erscheinen in keinem anderen Export
cli-png-only = --size, --view und --year gelten nur für --format png
cli-crs-csv-only = --crs gilt nur für --format csv; GeoJSON ist immer WGS 84 Länge/Breite (RFC 7946)
cli-firms-at-least-one = --firms muss mindestens 1 sein
cli-firms-too-many = --firms { $firms } ist mehr, als der Generator erzeugt (höchstens { $most })
cli-generate-progress = generate: { $done }/{ $firms } Betriebe
cli-generate-writing = generate: schreibe { $firms } Betriebe und { $flows } Ströme nach { $file }
cli-could-not-write = { $file } konnte nicht geschrieben werden
cli-generate-done = generate: fertig in { $seconds } s
cli-note-overfill = Hinweis: { $text }; bewertet wird, was die Ströme zulassen
cli-note-exchange-overfill = Hinweis: Austausch { $text }; bewertet mit dem, was die Ströme zulassen
cli-imported = importiert nach { $path }: Betriebe: { $firms }, Ströme: { $flows }, Austausche: { $exchanges }
cf-supply-product = Angebot: { $material } ist ein Produkt, das der Betrieb verkauft (Handel, keine Gutschrift gegenüber einem Referenzszenario)
cf-supply-chp = Angebot: { $material } wird einem Heizkraftwerk entnommen, auf Kosten des Stroms, den es sonst erzeugen würde
cf-supply-chp-in = Angebot: { $material } wird einem Heizkraftwerk in { $country } entnommen, auf Kosten des Stroms, den es sonst erzeugen würde
cf-supply-route = Angebot: ohne den Austausch { $material }: { $route }
cf-supply-route-in = Angebot: ohne den Austausch { $material }: { $route } ({ $country })
cf-demand-energy = Nachfrage: ersetzt { $material } (kein Land bekannt)
cf-demand-energy-of = Nachfrage: ersetzt { $material } aus { $country }
cf-demand-as-is = Nachfrage: nimmt { $material } wie es ist (kein Kauf ersetzt)
cf-demand-new = Nachfrage: ersetzt neu gekauftes oder hergestelltes { $material }
route-none = bleibt ungenutzt, ohne Kosten (nichts vermieden)
route-landfill = Deponierung (Deponiesteuer und Annahmegebühr)
route-incineration = Verbrennung
route-flaring = Abfackelung
route-discharge = Einleitung (Gebühren)
route-cooling = Wegkühlung
route-treatment = Behandlung als Abfall
route-spreading = unbehandelte Ausbringung auf Flächen
formula-haversine = Großkreisentfernung zwischen den Betrieben (Haversine, R = 6371,0088 km)
formula-road-legs = Straßenabschnitte (Betrieb zum Hafen + Hafen zum Betrieb)
formula-shipped-cheaper = verschifft, günstiger als der ganze Weg auf der Straße
formula-capacity-before = Kapazität vor diesem Austausch
formula-product-transport = ein Produktverkauf bringt nur den eingesparten Transport
formula-product-sale = Produktverkauf: zu verkaufen, wofür ein Betrieb besteht, ist Handel, keine Symbiose; keine Gutschrift für vermiedene Entsorgung oder Verdrängung (kein Referenzlieferant angegeben)
formula-use-emits = die Nutzung beim Empfänger emittiert dies
formula-suppliers-country = Land des Lieferanten
formula-ets-burns-less = eine ETS-Anlage verbrennt weniger
formula-ets-emits = die ETS-Anlage emittiert dies
formula-ets-flares-less = die ETS-Anlage fackelt weniger ab
formula-not-paid = nicht bezahlt
source-term-above = Zeile oben
source-as-above = wie oben
source-in-tonnes = Menge in Tonnen
source-unit-conversion = Einheitenumrechnung
source-own-quantity = die eigene Menge des Austauschs
source-stated-supplier = der im Austausch angegebene Referenzlieferant

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = Angebotsstrom { $id }: { $source }
source-demand-flow = Bedarfsstrom { $id }: { $source }
source-flow = Strom { $id }: { $source }
source-country-grid = Stromnetz { $country }: { $source }
source-country-heat = Fernwärme { $country }: { $source }
source-country-landfill = Deponiesteuer und Annahmegebühr { $country }: { $source }
source-crf = { $formula } mit r = { $r } ({ $r_source }) und n = { $n } Jahren ({ $n_source })
source-road-legs = Großkreis zu den Häfen { $from } und { $to } (Häfen von Natural Earth)
source-sea-leg = { $from } nach { $to }
source-identity = Identität: dasselbe Material
source-water-t = Wasser: 1 t je m³
source-tag-assumption = Annahme
source-tag-illustrative = illustrativ
source-tag-computed = berechnet
source-tag-computed-upper = berechnete Obergrenze

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = Entfernung
term-transport_km = Transportstrecke
term-sea_km = Strecke auf See
term-quantity = ausgetauschte Menge
term-quantity_supply = dem Angebot entnommene Menge
term-supply_left_after = verbleibendes Angebot danach
term-demand_left_after = verbleibender Bedarf danach
term-co2_displaced = CO2 des Ersetzten
term-co2_disposal_avoided = CO2 der vermiedenen Entsorgung
term-co2_transport = CO2 des Transports
term-co2_transport_sea = CO2 des Seetransports
term-co2_use_emitted = CO2 bei der Nutzung
term-chp_power_lost = verlorene KWK-Stromerzeugung
term-co2_chp_power_lost = CO2 der verlorenen KWK-Stromerzeugung
term-co2_avoided_t = vermiedenes CO2
term-purchase_avoided = vermiedener Einkauf
term-disposal_avoided = vermiedene Entsorgungskosten
term-handling_cost = Umschlagkosten
term-transport_cost = Transportkosten
term-transport_cost_sea = Kosten des Seetransports
term-port_handling_cost = Hafenumschlagkosten
term-fixed_link_cost = Kosten der festen Verbindung (annualisiert)
term-carbon_value_displaced = CO2-Preis des Ersetzten
term-carbon_value_flaring = CO2-Preis der vermiedenen Abfackelung
term-carbon_cost_use = CO2-Preis der Emissionen bei der Nutzung
term-product_sale = Produktverkauf
term-net_benefit = Nettonutzen

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
unit-unit = Einheit
unit-per = { $a } je { $b }
unit-per-year = pro Jahr

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — Programmbericht
programme-scope-everything = alle Synergien, alle Daten
programme-scope-programme = Programm { $programme }
programme-scope-all-programmes = alle Programme
programme-scope-window = { $scope }, Stufenwechsel von { $from } bis { $to }
programme-scope-start = Beginn
programme-scope-today = heute
programme-lead = Synergien: { $synergies }. Berichtete Ergebnisse sind das, was das Programm meldet, neben den Zahlen des Modells für dieselben Austausche (laufende, { $year }); beide werden nie addiert.
programme-without-history = Synergien ohne erfassten Stufenwechsel: { $without } von { $synergies }. Jede zählt auf der Stufe, für die ihr Status steht, als habe sie jede Stufe davor durchlaufen; das hebt die frühen Übergangsquoten unten an.
programme-by-stage = Synergien nach Stufe
programme-col-stage = Stufe
programme-col-synergies = Synergien
programme-col-dropped-because = abgebrochen wegen
programme-reason-not-given = nicht angegeben
programme-conversion = Übergang zwischen Stufen
programme-col-from = von
programme-col-to = zu
programme-col-reached-from = erreichten „von“
programme-col-reached-to = erreichten „zu“
programme-col-rate = Quote
programme-outcomes = Ergebnisse: berichtet neben modelliert
programme-outcomes-meta = Berichtet: summiert über die Synergien und die Jahre, für die sie berichtet haben (t, m³, Arbeitsplätze, { $currency }). Modelliert: pro Jahr, { $year }, für die laufenden Synergien. Verschiedene Größen, nie addiert.
programme-col-figure = Kennzahl
programme-col-reporting = berichtende Synergien
programme-col-reported = berichtet
programme-col-verified = davon verifiziert
programme-col-modelled = modelliert
programme-modelled-co2 = { $all } t/a (alle laufenden); { $reporting } t/a für die berichtenden ({ $synergies })
programme-not-reported = nicht berichtet
programme-net-benefit = Nettonutzen (nur modelliert)
programme-per-year = { $value } { $currency }/a
programme-per-workshop = Je Workshop
programme-per-facilitator = Je Moderator
programme-col-in-progress = in Arbeit
programme-col-completed = umgesetzt oder abgeschlossen
programme-col-dropped = abgebrochen
programme-no-workshop = (kein Workshop)
programme-no-facilitator = (nicht angegeben)
