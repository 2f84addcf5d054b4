# Symbiosis Explorer: the desktop app's own words (sv). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Matchningen avbröts
ui-optimisation-cancelled = Optimeringen avbröts
ui-layout-reset = Layouten återställd
ui-undone = Ångrat
ui-could-not-undo = Kunde inte ångra
ui-nothing-to-undo = Inget att ångra
ui-redone = Gjort om
ui-could-not-redo = Kunde inte göra om
ui-nothing-to-redo = Inget att göra om
ui-the-open-project-is-not-an = Det öppna projektet är inte en offlinekopia av ett serverprojekt (Arkiv > Teamserver > Checka ut)
ui-type-a-path-for-save-as = Skriv en sökväg för Spara som (till exempel /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Spara som behöver ett annat filnamn
ui-type-a-path-for-the-new = Skriv en sökväg för det nya projektet (till exempel /home/me/park.gpkg)
ui-not-saved = Inte sparat: { $error }
ui-undo-history-cleared = { $what }; ångrahistoriken rensades
ui-not-removed = Inte borttaget: { $error }
ui-opening = Öppnar { $path }…
ui-choose-another-file = { $error }. Välj en annan fil (Arkiv > Öppna).
ui-saving-as = Sparar som { $path }…
ui-save-as-failed = Spara som misslyckades: { $error }
ui-saved-a-copy = En kopia av { $from } sparades som { $path }
ui-saved-as = Sparat som { $path }; ändringar går nu dit
ui-could-not-create = Kunde inte skapa { $path }: { $error }
ui-proposed = Föreslaget: { $material } { $from } -> { $to }

## dock.rs

ui-map = Karta
ui-about-tour = Om & rundtur
ui-firms = Företag
ui-flows = Flöden
ui-settings = Inställningar
ui-all-flows = Alla flöden
ui-candidates = Kandidater
ui-exchanges = Utbyten
ui-charts = Diagram
ui-flow-diagram = Flödesdiagram
ui-workshops = Workshoppar

## map/mod.rs

ui-no-cache-folder = ingen cachemapp
ui-quantity-unknown = mängd okänd
ui-years-unknown = år okända
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [one] { $flows } flöde
       *[other] { $flows } flöden
    }
ui-per-year = { $quantity } { $unit }/år
ui-since-year = sedan { $year }
ui-hover-candidate =
    Kandidat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/år · { $km } km
    CO₂ { $co2 } t/år · nytta { $benefit }
ui-choose-mbtiles = { $error }. Välj en .mbtiles-rasterfil.
ui-online-tiles-on = OpenStreetMap-rutor online på; visade områden cachas i { $cache }
ui-basemap-named = Bakgrundskarta: { $name }

## map/overlay.rs

ui-zoom-in = Zooma in
ui-zoom-out = Zooma ut
ui-fit = Allt
ui-zoom-to-project = Zooma till projektet
ui-legend = Teckenförklaring
ui-energy = Energi
ui-water = Vatten
ui-materials = Material
ui-solid-realised-dashed-proposed-agreed-faded = heldragen i drift · streckad föreslagen/överenskommen · blek avslutad
ui-candidate = Kandidat
ui-credits-online = Kartdata © OpenStreetMaps bidragsgivare (ODbL), rutor online · { $basemap } · Orter: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Bakgrundskarta: { $name } { $attribution } · { $basemap } · Orter: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Orter: GeoNames (CC BY 4.0)
ui-matching-progress = Matchar { $done }/{ $total } utbudsflöden

## map/timeline.rs

ui-timeline = Tidslinje
ui-pause = Paus
ui-play = Spela
ui-timeline-year =
    { $year }: { $running ->
        [one] { $running } utbyte i drift
       *[other] { $running } utbyten i drift
    }; kända mängder { $totals } per år
ui-timeline-new = Nytt: { $from } -> { $to }: { $material }
ui-timeline-ended = Avslutat: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Arkiv
ui-open-or-save-as-a-path = Öppna eller spara som en sökväg:
ui-open = Öppna
ui-save-as = Spara som
ui-new = Nytt
ui-browse = Bläddra…
ui-check-out-from-server = Checka ut från servern…
ui-check-in = Checka in
ui-open-an-offline-copy-checked-out = Öppna en offlinekopia som utcheckats av en roll som får redigera
ui-refresh-from-server = Uppdatera från servern
ui-open-an-offline-copy-of-a = Öppna en offlinekopia av ett serverprojekt
ui-merge-two-copies = Slå samman två kopior…
ui-recent-projects = Senaste projekt
ui-samples = Exempel
ui-import-csv = Importera CSV…
ui-export = Exportera…
ui-edit = Redigera
ui-undo-ctrl-z = Ångra  (Ctrl+Z)
ui-redo-ctrl-shift-z = Gör om  (Ctrl+Skift+Z)
ui-view = Visa
ui-quick-entry-ctrl-e = Snabbinmatning (Ctrl+E)
ui-present-f11 = Presentera (F11)
ui-presenter-view = Presentatörsvy
ui-the-projector-shows-the-clean-view = Projektorn visar den rena vyn i ett andra fönster (dra det till projektorns skärm); det här fönstret behåller kontrollerna
ui-sample-working-copy = exempel (arbetskopia)
ui-firm-labels = Företagsnamn
ui-towns = Orter
ui-candidates-shown = visade kandidater
ui-panes = Paneler
ui-reset-layout = Återställ layout
ui-the-default-arrangement-of-map-panes = Standardplaceringen av karta, paneler och tabeller
ui-language = Språk
ui-the-language-of-the-report-the = Språket i appen, rapporten, kartbilden och materialnamnen
ui-basemap = Bakgrundskarta
ui-built-in-offline-basemap = Inbyggd offlinekarta
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Hämtar kartrutor från OpenStreetMap medan det är på; varje visat område sparas i en diskcache och finns kvar offline. Av som standard: appen gör inga anrop förrän du slår på detta.
ui-path-to-an-mbtiles-file = sökväg till en .mbtiles-fil
ui-use-mbtiles = Använd MBTiles
ui-open-sample = Öppna exemplet { $sample }
ui-read-only = skrivskyddad

## panels/all_flows.rs

ui-firm = Företag
ui-direction = Riktning
ui-material = Material
ui-quantity = Mängd
ui-role = Roll
ui-years = År
ui-confidential = Konfidentiellt
ui-id = Id
ui-source = Källa
ui-paste-rows-from-a-spreadsheet = Klistra in rader från ett kalkylblad
ui-filter = Filter
ui-firm-material-direction-or-source = företag, material, riktning eller källa
ui-select-shown = Markera visade
ui-clear-selection = Rensa markering
ui-mark-confidential = Markera som konfidentiella
ui-unmark-confidential = Ta bort konfidentiell
ui-source-for-the-selected = källa för de markerade
ui-set-source = Ange källa
ui-delete-selected = Ta bort markerade
ui-tab-separated-rows-in-the-flows = Tabbseparerade rader i kolumnordningen för flows.csv (firm_id, direction, material, quantity, unit, ...), eller med den rubrikraden. Kontrolleras som en CSV-import.
ui-paste-rows-here = klistra in rader här
ui-entered-at-the-workshop = Inmatat på workshoppen
ui-check-and-add-pasted-rows = Kontrollera och lägg till inklistrade rader
ui-nothing-to-add-paste-rows-first = Inget att lägga till: klistra in rader först
ui-select-flow = markera flöde { $id }
ui-showing-flows = visar { $shown } av { $total } flöden; filtrera för att begränsa
ui-n-selected = { $count } markerade
ui-added-pasted-flows =
    { $count ->
        [one] Lade till { $count } inklistrat flöde (Ctrl+Z ångrar)
       *[other] Lade till { $count } inklistrade flöden (Ctrl+Z ångrar)
    }
ui-yes = ja
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Avbryt matchning
ui-run-matching = Kör matchning
ui-greenfield-ignore-existing-exchanges = från grunden (bortse från befintliga utbyten)
ui-cancel-optimising = Avbryt optimering
ui-optimise = Optimera
ui-the-allocation-with-the-largest-total = Fördelningen med störst total nettonytta (exakt LP); visas på kartan
ui-include-products = inklusive produkter
ui-also-offer-flows-whose-role-is = Erbjud även flöden med rollen produkt (det företaget finns till för att sälja): de är produktförsäljning och ger ingen tillgodoräkning
ui-optimal-allocation = Optimal fördelning
ui-why-not-explain-any-pair-of = Varför inte? Förklara valfritt flödespar
ui-supply-flow-id = utbudsflödets id
ui-demand-flow-id = efterfrågeflödets id
ui-why-not = Varför inte?
ui-no-candidates-yet-press-run-matching = Inga kandidater ännu: tryck på Kör matchning.
ui-firm-or-material = företag eller material
ui-sort-by = Sortera efter
ui-from-to = Från -> till
ui-quantity-per-year = Mängd per år
ui-distance = Avstånd
ui-co2-t-yr = CO₂ t/år
ui-score = Poäng
ui-transport = Transport
ui-propose = Föreslå
ui-turn-this-candidate-into-a-proposed = Gör denna kandidat till ett föreslaget utbyte
ui-why-this-candidate-every-term-and = Varför denna kandidat: varje term och dess källa
ui-best-allocation-within = Bästa fördelning som hittades inom tidsgränsen (inom { $gap } % av optimum)
ui-allocation-summary = { $what }: { $count } utbyten, { $co2 } t CO₂/år undviket, nettonytta { $benefit } { $currency }/år (visas på kartan)
ui-not-a-flow-id = ”{ $text }” är inte ett flödes-id (se tabellen Alla flöden)
ui-benefit-per-year = Nytta { $currency }/år
ui-sort-score = poäng
ui-sort-co2 = CO₂
ui-sort-benefit = nytta
ui-sort-distance = avstånd
ui-sort-quantity = mängd

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ per utbyte: modellerat (t/år) bredvid rapporterat (t CO₂e), aldrig sammanlagt
ui-not-running-in-the-year-shown = inte i drift det visade året
ui-not-verified = ej verifierat
ui-modelled-co2-avoided-t-yr = modellerad undviken CO₂, t/år
ui-reported-co2-t = rapporterad CO₂, t
ui-of-it-verified = varav verifierat
ui-scenarios-existing-existing-proposed-optimal = Scenarier: befintliga, befintliga + föreslagna, optimalt
ui-compare-scenarios = Jämför scenarier
ui-runs-matching-and-the-optimal-allocation = Kör matchning och optimal fördelning i bakgrunden (högst 20 s)
ui-link-density-l-s = länktäthet L/S
ui-co2-avoided-t-yr = Undviken CO₂, t/år
ui-net-benefit-yr = nettonytta /år
ui-co2-avoided-kt-yr = Undviken CO₂, kt/år
ui-net-benefit-m-yr = Nettonytta, milj./år
ui-exchanged-quantity-by-year-known-quantities = Utbytt mängd per år (kända mängder)
ui-quantity-per-year-outputs-up-inputs = mängd per år (utflöden upp, inflöden ner)
ui-select-a-firm-to-see-its = Välj ett företag för att se dess inflöden och utflöden.
ui-t-per-year = { $value } t/år
ui-verified-lower = verifierat
ui-outcome-chart-line = { $exchange }: modellerat { $modelled }, rapporterat { $reported } t år { $year } ({ $verified })
ui-by-material = Befintliga utbyten per material: undviken CO₂ (t/år) och nettonytta (tusental per år)
ui-by-material-in = Befintliga utbyten { $year } per material: undviken CO₂ (t/år) och nettonytta (tusental per år)
ui-net-benefit-k = Nettonytta, tusen { $currency }/år
ui-thousand-unit-per-year = tusen { $unit }/år
ui-firm-inputs-outputs = { $firm }: inflöden (behöver) och utflöden (har)

## panels/contacts.rs

ui-a-contact-needs-a-name = en kontakt behöver ett namn
ui-personal-data-never-shown-in-presentation = Personuppgifter: visas aldrig i presentationsläge, rapporten, kartbilden eller exporter (CSV endast med ”inkludera personuppgifter”).
ui-no-consent-recorded = inget samtycke registrerat
ui-remove-this-person = Ta bort den här personen…
ui-remove-completely = Ta bort helt
ui-keep = Behåll
ui-edit-contact = Redigera kontakt
ui-add-a-contact = Lägg till en kontakt
ui-name = Namn
ui-full-name = fullständigt namn
ui-e-g-energy-manager = t.ex. energichef
ui-email = E-post
ui-phone = Telefon
ui-consent-date = Datum för samtycke
ui-consent-basis = Grund för samtycke
ui-e-g-agreed-at-the-workshop = t.ex. lämnat på workshoppen
ui-save-contact = Spara kontakt
ui-add-contact = Lägg till kontakt
ui-cancel = Avbryt
ui-consent-date-bad = samtyckesdatumet ”{ $date }” är inte ett datum skrivet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontakter ({ $count })
ui-consent-on = samtycke { $date }
ui-consent-basis-only = samtycke: { $basis }
ui-remove-person-warning = Ta bort { $name } helt? Raden försvinner, namn, e-post och telefon ersätts med ”{ $placeholder }” överallt där projektets texter nämner dem, och filen rensas från varje kopia. Det går inte att ångra, och ångrahistoriken rensas.

## panels/diagram.rs

ui-energy-mwh = energi (MWh)
ui-materials-t = material (t)
ui-water-m3 = vatten (m³)
ui-no-exchanges-with-known-quantities-in = Inga utbyten med kända mängder i denna enhet
ui-only-firm = bara { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = företag, material eller status
ui-no-due-date = inget slutdatum
ui-from-to-material = Från -> till: material
ui-status = Status
ui-evaluation-every-term-and-its-source = Utvärdering: varje term och dess källa
ui-no-evaluation-the-flows-behind-this = Ingen utvärdering: flödena bakom detta utbyte finns inte i projektet (lägg till ett utbudsflöde hos avsändaren och ett efterfrågeflöde hos mottagaren)
ui-exchanges-count =
    { $count ->
        [one] { $count } utbyte
       *[other] { $count } utbyten
    }
ui-my-actions = Mina åtgärder: { $open } öppna, { $overdue } försenade
ui-due-date = senast { $date }
ui-overdue = { $action } (försenad)
ui-until-year = till { $year }
ui-year-to = till
ui-year-open = öppet
ui-source-is = Källa: { $source }
ui-exchange-figures = { $quantity } { $unit } per år: { $co2 } t CO₂ undviket, { $benefit } { $currency } nettonytta

## panels/firms.rs

ui-no-project-open-use-file-open = Inget projekt öppet. Använd Arkiv > Öppna.
ui-search = Sök
ui-name-nace-or-material = namn, NACE eller material
ui-move-firms-by-dragging-them-on = Flytta företag genom att dra dem på kartan (högerdrag panorerar)
ui-select-a-firm-in-the-list = Välj ett företag i listan eller på kartan för att redigera det.
ui-click-an-empty-spot-on-the = Klicka på en tom plats på kartan och tryck på knappen nedan för att lägga till ett företag där.
ui-latitude = Latitud
ui-longitude = Longitud
ui-search-nace-by-code-or-words = sök NACE efter kod eller ord
ui-country = Land
ui-its-grid-district-heat-and-landfill = Dess värden för elnät, fjärrvärme och deponi gäller detta företags utbyten
ui-eu-ets = EU ETS
ui-an-eu-ets-installation = en anläggning i EU:s utsläppshandel (EU ETS)
ui-fuel-it-stops-burning-on-its = Bränsle som den slutar elda på egen anläggning sparar utsläppsrätter till koldioxidpriset
ui-notes = Anteckningar
ui-show-flows = Visa flöden
ui-delete-this-firm-with-its-flows = Ta bort företaget med dess flöden, utbyten och kontakter?
ui-yes-delete = Ja, ta bort
ui-delete-firm = Ta bort företag…
ui-firms-shown = { $shown } av { $total } företag
ui-add-firm-at = Lägg till ett företag vid { $lat }, { $lon }
ui-use-country = använd { $code } (från positionen)
ui-country-none = inget

## panels/flow_form.rs

ui-edit-the-flow = Redigera flödet
ui-add-a-flow = Lägg till ett flöde
ui-find-a-name-or-word-in = sök: ett namn eller ord på valfritt språk
ui-search-ewc-code-or-words = sök EWC-kod eller ord
ui-russian-waste-code-11-digits-the = Rysk avfallskod (ФККО): 11 siffror, den sista är farlighetsklassen (1–4 farligt)
ui-flags = Egenskaper
ui-accepts-hazardous = tar emot farligt avfall
ui-waste-by-product-surplus-energy-or = Avfall, biprodukt, överskottsenergi eller vatten: ett utbyte undviker dess omhändertagande
ui-what-the-firm-exists-to-sell = Det företaget finns till för att sälja: en försäljning är handel, inte symbios, och ger ingen tillgodoräkning
ui-save-changes = Spara ändringar
ui-add-flow = Lägg till flöde
ui-quantity-must-be-zero-or-more = Mängden måste vara noll eller mer
ui-unit-converted = { $unit }/år (omräknat till { $to })
ui-hazard-class = farlighetsklass { $class }
ui-saved-note = Sparat: { $note }
ui-unknown-material = Okänt material ”{ $material }”
ui-quantity-bad = Mängd: { $error }; skriv till exempel 1500
ui-not-a-year-range = ”{ $text }” är inte ett år ({ $from }..{ $to })
ui-years-reversed = Tillgängligt från { $from } är efter tillgängligt till { $to }
ui-eg = t.ex. { $example }
ui-hint-from = från
ui-hint-to = till
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Välj ett företag (fliken Företag eller kartan) för att se vad det har och behöver.
ui-has-supply = Har (utbud)
ui-wants-demand = Behöver (efterfrågan)
ui-edit-flow = Redigera flöde
ui-load-this-flow-into-the-form = Läs in detta flöde i formuläret nedan
ui-delete = Ta bort
ui-delete-this-flow-ctrl-z-undoes = Ta bort detta flöde (Ctrl+Z ångrar)
ui-flows-of = Flöden för { $firm }
ui-from-year = från { $year }
ui-confidential-tag = konfidentiellt

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Inte i drift det visade året: utvärderat som om det lades till efter alla utbyten i drift.
ui-counterfactual = Kontrafaktiskt scenario: { $text }
ui-evaluated-at-flows = { $exchange }: utvärderat efter vad flödena tillåter

## panels/pipeline.rs

ui-landfill-diversion-t = Undviken deponering (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Skapade jobb
ui-jobs-safeguarded = Tryggade jobb
ui-water-saved-m3 = Sparat vatten (m³)
ui-virgin-material-saved-t = Sparat jungfruligt material (t)
ui-type-at-least-one-reported-figure = skriv minst en rapporterad siffra
ui-pipeline = Förlopp
ui-stage = Steg
ui-because = Orsak
ui-date = Datum
ui-by = Av
ui-note = Anteckning
ui-what-happened = vad som hände
ui-next-action = Nästa åtgärd
ui-what-is-to-be-done-next = vad som ska göras härnäst
ui-owner = Ansvarig
ui-who-takes-it = vem som tar den
ui-due = Senast
ui-record-stage = Registrera steg
ui-reported-outcomes-beside-the-modelled-figures = Rapporterade resultat (bredvid de modellerade siffrorna, aldrig sammanlagda med dem)
ui-none-reported-yet = Inget rapporterat ännu.
ui-remove = Ta bort
ui-report-an-outcome = Rapportera ett resultat
ui-year = År
ui-not-reported = inte rapporterat
ui-evidence = Belägg
ui-a-text-or-a-document-path = en text eller en dokumentsökväg
ui-verified = Verifierat
ui-checked-against-evidence = kontrollerat mot belägg
ui-save-outcome = Spara resultat
ui-cost-savings = Kostnadsbesparingar ({ $currency })
ui-additional-sales = Ytterligare försäljning ({ $currency })
ui-private-investment = Privata investeringar ({ $currency })
ui-not-a-year = året ”{ $text }” är inte ett år
ui-figure-not-a-number = { $figure } ”{ $text }” är inte ett tal på 0 eller mer
ui-modelled-co2 = modellerat { $value } t CO₂ per år
ui-reported-figures = rapporterat { $figures }
ui-no-stage = inget
ui-no-stage-yet-implied = Inget steg registrerat ännu (dess status motsvarar: { $stage })
ui-next-action-is = Nästa: { $action }
ui-hint-who = vem
ui-exchange-not-in-project = utbyte { $id } finns inte i projektet
ui-evidence-is = belägg: { $evidence }

## panels/settings.rs

ui-evaluation = Utvärdering
ui-evaluation-year = Utvärderingsår
ui-unticked-the-park-is-evaluated-as = Ej markerad: parken utvärderas som den ser ut i år
ui-currency = Valuta
ui-every-money-figure-is-shown-in = Alla belopp visas i den; katalog- och parametervärden (EUR) räknas om med fx.CODE
ui-evaluation-parameters = Utvärderingsparametrar
ui-each-value-with-its-source-an = Varje värde med sin källa; ett ändrat värde sparas (ett ångrasteg) med källan ”edited in Symbiosis Explorer”. Penningparametrar är i EUR.
ui-this-year-is = i år ({ $year })
ui-per-eur = { $rate } per EUR
ui-max-km = max { $km } km
ui-material-factors = EF jungfruligt { $virgin } · omhändertagande { $disposal }
ui-material-factors-sources =
    EF jungfruligt: { $virgin }
    EF omhändertagande: { $disposal }
    pris { $price } EUR: { $price_source }
    omhändertagande { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fast

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustrativt exempel: flöden vars källa säger ”illustrative” är påhittade för övningen.
ui-this-year = i år
ui-guided-tour = Guidad rundtur
ui-back = Tillbaka
ui-next = Nästa
ui-would-the-matcher-have-found-this = Skulle matchningen ha hittat den här parken?
ui-greenfield-matching-existing-exchanges-ignored-compared = Matchning från grunden (befintliga utbyten ignoreras), jämförd med de dokumenterade utbytena
ui-tour-computed-here = Beräknat här för de { $count } befintliga utbytena { $year }: { $co2 } t CO₂ undviket per år; { $tonnes } t material, { $mwh } MWh energi och { $m3 } m³ vatten utbytt per år (varje utbytes andel av en fördelning på dess flöden; kända eller flödesbaserade mängder, enkla emissionsfaktorer)
ui-step-of = steg { $step } av { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = en workshop behöver ett id (t.ex. kalundborg-2021-05)
ui-1-workshop = 1 workshop
ui-programme-report = Programrapport…
ui-file-export-the-programme-report-as = Arkiv > Exportera: programrapporten som HTML eller CSV
ui-workshop = Workshop
ui-venue = Plats
ui-facilitator = Processledare
ui-programme = Program
ui-new-workshop = Ny workshop
ui-e-g-kalundborg-2021-05 = t.ex. kalundborg-2021-05
ui-who-leads-it = vem som leder den
ui-e-g-bis-interreg-2019-2021 = t.ex. BIS Interreg 2019-2021
ui-agenda-remarks = dagordning, kommentarer
ui-add-workshop = Lägg till workshop
ui-enter-haves-and-wants-at-this = Mata in har och behöver på den här workshoppen (snabbinmatning)
ui-not-an-attendee = inte deltagare
ui-add-an-attending-firm-a-few = lägg till ett deltagande företag: några bokstäver
ui-leads-not-matched-yet = Uppslag: inte matchat ännu
ui-no-stage-recorded-yet = inget steg registrerat ännu
ui-hint-where = var
ui-stage-on = { $stage } den { $date }
ui-workshop-exists = workshoppen ”{ $id }” finns redan
ui-date-bad = datumet ”{ $date }” är inte skrivet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } workshop
       *[other] { $count } workshoppar
    }
ui-attendees =
    Deltagare ({ $count ->
        [one] { $count } företag
       *[other] { $count } företag
    })
ui-produced = Resultat: { $count } har och behöver inmatade
ui-leads =
    Uppslag: { $count ->
        [one] { $count } kandidat
       *[other] { $count } kandidater
    } från dess inmatningar
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ per år)
ui-synergies-from-it = Synergier därifrån: { $count }
ui-reached-since = Uppnått sedan { $date }: { $stages }

## presentation.rs

ui-firms-linked = sammankopplade företag
ui-materials-per-year = material per år
ui-co2-avoided-per-year = CO₂ undviket per år
ui-exit-presentation-f11 = Avsluta presentationen (F11)
ui-anonymise-firms = Anonymisera företag
ui-in-year = år { $year }
ui-headline-exchanges = utbyten
ui-second-language = Andra språk
ui-second-language-none = inget

## quick_entry.rs

ui-type-has-or-wants = skriv har eller behöver
ui-quantity-not-a-number = mängden ”{ $text }” är inte ett tal
ui-no-firm-called = inget företag som heter ”{ $name }”
ui-no-material-called = inget material som heter ”{ $name }”

## tasks.rs

ui-save-as-stopped-without-a-result = Spara som avbröts utan resultat
ui-opening-the-project-stopped-without-a = Öppnandet av projektet avbröts utan resultat
ui-export-failed-it-stopped-without-a = Exporten misslyckades: den avbröts utan resultat
ui-rediscovery-found = Matchningen från grunden hittade { $found } av de { $documented } dokumenterade utbytena, vart och ett ett år då det var i drift (10 kandidater per utbudsflöde).
ui-rediscovery-products =
    { $count ->
        [one] { $count } produktförsäljning (det ett företag finns till för att sälja) är ingen symbioskandidat och lämnas utanför.
       *[other] { $count } produktförsäljningar (det ett företag finns till för att sälja) är inga symbioskandidater och lämnas utanför.
    }
ui-rediscovery-not-found = Hittades inte: { $missed }.
ui-result-dropped = { $job }: resultatet kastades, projektet ändrades under körningen; kör igen
ui-matching-found =
    { $count ->
        [one] Matchningen hittade { $count } kandidat
       *[other] Matchningen hittade { $count } kandidater
    }
ui-best-allocation-found = Bästa fördelning inom tidsgränsen: { $count } utbyten, inom { $gap } % av optimum
ui-optimal-allocation-count = Optimal fördelning: { $count } utbyten
ui-optimisation-stopped = Optimeringen stoppades: { $error }
ui-scenarios-stopped = Scenariojämförelsen stoppades: { $error }
ui-export-failed = Exporten misslyckades: { $error }

## windows/export.rs

ui-export-2 = Export
ui-folder = Mapp
ui-include-confidential-flows-left-out-by = Ta med konfidentiella flöden (utelämnas som standard)
ui-csv-the-import-formats = CSV (importformaten)
ui-lat-lon-wgs-84 = lat/lon (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (företag, utbyten, kandidater; lon/lat)
ui-html-report-one-self-contained-file = HTML-rapport (en fristående fil)
ui-map-image-png-of-the-current = Kartbild (PNG) av aktuell vy
ui-the-map-image-has-a-legend = Kartbilden har teckenförklaring, skalstock och bakgrundskartans källor; den visar tidslinjens år.
ui-programme-report-of = Programrapport för
ui-all-synergies = alla synergier
ui-programme-report-html = Programrapport (HTML)
ui-programme-report-csv = Programrapport (CSV)
ui-type-the-folder-to-export-into = Skriv mappen att exportera till
ui-wrote = Skrev { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } konfidentiellt flöde utelämnat
       *[other] { $count } konfidentiella flöden utelämnade
    }
ui-xy-in = x/y i { $code } { $name }
ui-export-cards = Har/behöver-kort (PDF, A4: ett blad per företag, sedan { $blank } tomma kort)
ui-exporting-into = Exporterar till { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Välj en firms.csv och en flows.csv
ui-checking-the-files-stopped-without-a = Kontrollen av filerna avbröts utan resultat
ui-import-csv-2 = Importera CSV
ui-files-in-the-csv-formats-of = Filer i README:s CSV-format (firms.csv och flows.csv behövs). Företag som redan finns i projektet uppdateras efter id; flöden och utbyten läggs till.
ui-path-to-firms-csv = sökväg till firms.csv
ui-path-to-flows-csv = sökväg till flows.csv
ui-coordinates = Koordinater
ui-lat-lon-or-x-y-with = lat/lon, eller x/y med en crs-kolumn
ui-check-files = Kontrollera filer
ui-leave-out = (utelämna)
ui-optional = valfritt
ui-import-counts = Importera { $firms } företag, { $flows } flöden, { $exchanges } utbyten
ui-column-mapping = Kolumnmappning för { $file } (kolumner utanför formatet)
ui-import-problems =
    { $count ->
        [one] { $count } problem; inget importerades. Rätta det i filerna (eller mappa kolumnerna) och kontrollera igen:
       *[other] { $count } problem; inget importerades. Rätta dem i filerna (eller mappa kolumnerna) och kontrollera igen:
    }
ui-imported-counts = Importerade { $firms } företag, { $flows } flöden, { $exchanges } utbyten (Ctrl+Z ångrar)

## windows/quick.rs

ui-quick-have-want-entry = Snabbinmatning av har/behöver
ui-type-tab-to-the-next-field = Skriv, Tabb till nästa fält, Enter för att lägga till. Några bokstäver av ett företag eller material räcker.
ui-firm-name-or-id = företagsnamn eller id
ui-has-or-wants = Har eller behöver
ui-has-wants = har / behöver
ui-material-name-or-id = materialnamn eller id
ui-rough-figure = ungefärlig siffra
ui-add-enter = Lägg till (Enter)
ui-discard = Förkasta
ui-entries-to-review = { $count } workshopinmatningar att granska

## windows/team.rs

ui-open-an-offline-copy-first-file = Öppna först en offlinekopia (Arkiv > Teamserver > Checka ut)
ui-the-server-job-stopped-without-a = Serverjobbet avbröts utan resultat
ui-team-server = Teamserver
ui-this-copy = Denna kopia
ui-send-this-copys-changes-since-it = Skicka kopians ändringar sedan utcheckningen, sammanslagna med serverns, i en transaktion
ui-refresh = Uppdatera
ui-take-the-servers-changes-into-this = Ta in serverns ändringar i denna kopia utan att skicka något
ui-read-only-this-role-may-view = Skrivskyddad: denna roll får se serverprojektet, inte ändra det.
ui-the-open-project-is-not-an-2 = Det öppna projektet är inte en offlinekopia av ett serverprojekt.
ui-check-out-from-server-2 = Checka ut från servern
ui-server = Server
ui-project-schema = Projekt (schema)
ui-area-w-s-e-n = Område V,S,Ö,N (W,S,E,N)
ui-empty-the-whole-project = tomt: hela projektet
ui-offline-copy = Offlinekopia
ui-the-password-comes-from-pgpassword-or = Lösenordet kommer från PGPASSWORD eller ~/.pgpass; det lagras aldrig i kopian.
ui-check-out = Checka ut
ui-give-the-project-schema-and-a = Ange projektet (schema) och en sökväg för offlinekopian
ui-merge-two-copies-no-server = Slå samman två kopior (ingen server)
ui-base = Bas
ui-the-copy-both-started-from-gpkg = kopian båda utgick från (.gpkg)
ui-mine = Min
ui-your-copy-gpkg = din kopia (.gpkg)
ui-theirs = Deras
ui-the-other-copy-gpkg = den andra kopian (.gpkg)
ui-merged = Sammanslagen
ui-the-file-to-write-gpkg = filen att skriva (.gpkg)
ui-merge = Slå samman
ui-give-all-four-files-base-mine = Ange alla fyra filer: bas, min, deras och den sammanslagna att skriva
ui-working-with-the-server = Arbetar mot servern…
ui-row = Rad
ui-field = Fält
ui-mine-for-all = Min för alla
ui-theirs-for-all = Deras för alla
ui-this-copys-values-for-all = Denna kopias värden för alla
ui-the-servers-values-for-all = Serverns värden för alla
ui-merge-with-these-choices = Slå samman med dessa val
ui-check-in-with-these-choices = Checka in med dessa val
ui-refresh-with-these-choices = Uppdatera med dessa val
ui-checked-out = Checkade ut { $schema } (revision { $revision }): { $firms } företag, { $flows } flöden, { $exchanges } utbyten
ui-role-view-only = skrivskyddad: denna roll får bara se det
ui-refreshed = Uppdaterat: { $count } ändring(ar) från servern; serverrevision { $revision }
ui-checked-in = Incheckat: { $sent } rad(er) skickade, { $received } mottagna; serverrevision { $revision }
ui-conflicts-decided = { $count } konflikt(er) avgjorda
ui-checkin-conflicts = { $count } konflikt(er): samma fält ändrades här och på servern. Inget ändrades; välj en sida för var och en nedan
ui-merge-conflicts = { $count } konflikt(er); inget skrevs. Välj en sida för var och en nedan
ui-merged-into = Sammanslaget till { $path }: { $mine } ändring(ar) från min, { $theirs } från deras
ui-nothing-written = { $error }; inget skrevs
ui-sync-line = kopia av { $schema } på { $server }, revision { $revision }, synkad { $at }
ui-one-area = ett område
ui-conflicts-count = Konflikter ({ $count })
ui-conflicts-open = { $count } konflikt(er) behöver fortfarande en sida

## app.rs

ui-basemap-fallback = { $error } Den inbyggda bakgrundskartan används i stället.
ui-not-a-project-or-csv = { $path } är varken ett projekt (.gpkg) eller en CSV-fil

## recent.rs

ui-opened-working-copy = en arbetskopia: själva exemplet förblir som levererat; använd Spara som för att behålla dina ändringar
ui-opened-read-only-role = skrivskyddad: din roll på teamservern får bara se detta projekt
ui-opened-read-only = skrivskyddad: använd Spara som för att redigera en kopia
ui-opened-redrawn =
    { $count ->
        [one] { $count } utbyteslinje ritades om till företag som flyttats i ett annat program (QGIS?)
       *[other] { $count } utbyteslinjer ritades om till företag som flyttats i ett annat program (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: utvärderat efter vad flödena tillåter
ui-opened-overfilled =
    { $count ->
        [one] { $count } utbyte anger mer än dess flöden tillåter (se fliken Utbyten)
       *[other] { $count } utbyten anger mer än deras flöden tillåter (se fliken Utbyten)
    }
ui-opened = Öppnade { $path }
ui-could-not-copy-sample = Kunde inte kopiera exemplet { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Kontroll av filerna
job-evaluation = Utvärdering
job-explanation = Förklaring
job-export = Export
job-existing-figures = Siffror för befintliga utbyten
job-matching = Matchning
job-opening = Öppnande
job-optimisation = Optimering
job-presentation = Presentation
job-rediscovery = Återupptäckt
job-save-as = Spara som
job-scenario-comparison = Scenariojämförelse
job-team-server = Teamserver

## words.rs (the project's enumerations)

stage-identified = identifierad
stage-contacted = kontaktad
stage-met = möte hållet
stage-feasibility = förstudie
stage-agreed = överenskommen
stage-implemented = genomförd
stage-completed = slutförd
stage-dropped = avbruten
reason-technical = tekniska skäl
reason-economic = ekonomiska skäl
reason-regulatory = regelverk
reason-quality = kvalitet
reason-no_interest = inget intresse
reason-other = annat
direction-supply = har
direction-demand = behöver
role-residue = restprodukt
role-product = produkt
transport-road = lastbil
transport-articulated = lastbil med släp
transport-rail = järnväg
transport-ship = fartyg
transport-pipeline = rörledning
transport-grid = nät
ui-unit-kt = kt
