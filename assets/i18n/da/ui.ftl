# Symbiosis Explorer: the desktop app's own words (da). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Matchningen blev annulleret
ui-optimisation-cancelled = Optimeringen blev annulleret
ui-layout-reset = Layout nulstillet
ui-undone = Fortrudt
ui-could-not-undo = Kunne ikke fortryde
ui-nothing-to-undo = Intet at fortryde
ui-redone = Gentaget
ui-could-not-redo = Kunne ikke gentage
ui-nothing-to-redo = Intet at gentage
ui-the-open-project-is-not-an = Det åbne projekt er ikke en offlinekopi af et serverprojekt (Filer > Teamserver > Tjek ud)
ui-type-a-path-for-save-as = Skriv en sti til Gem som (for eksempel /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Gem som kræver et andet filnavn
ui-type-a-path-for-the-new = Skriv en sti til det nye projekt (for eksempel /home/me/park.gpkg)
ui-not-saved = Ikke gemt: { $error }
ui-undo-history-cleared = { $what }; fortrydelseshistorikken blev ryddet
ui-not-removed = Ikke fjernet: { $error }
ui-opening = Åbner { $path }…
ui-choose-another-file = { $error }. Vælg en anden fil (Filer > Åbn).
ui-saving-as = Gemmer som { $path }…
ui-save-as-failed = Gem som mislykkedes: { $error }
ui-saved-a-copy = En kopi af { $from } blev gemt som { $path }
ui-saved-as = Gemt som { $path }; ændringer går nu dertil
ui-could-not-create = Kunne ikke oprette { $path }: { $error }
ui-proposed = Foreslået: { $material } { $from } -> { $to }

## dock.rs

ui-map = Kort
ui-about-tour = Om & rundvisning
ui-firms = Virksomheder
ui-flows = Strømme
ui-settings = Indstillinger
ui-all-flows = Alle strømme
ui-candidates = Kandidater
ui-exchanges = Udvekslinger
ui-charts = Diagrammer
ui-flow-diagram = Strømdiagram
ui-workshops = Workshops

## map/mod.rs

ui-no-cache-folder = ingen cachemappe
ui-quantity-unknown = mængde ukendt
ui-years-unknown = år ukendte
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [one] { $flows } strøm
       *[other] { $flows } strømme
    }
ui-per-year = { $quantity } { $unit }/år
ui-since-year = siden { $year }
ui-hover-candidate =
    Kandidat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/år · { $km } km
    CO₂ { $co2 } t/år · gevinst { $benefit }
ui-choose-mbtiles = { $error }. Vælg en .mbtiles-rasterfil.
ui-online-tiles-on = OpenStreetMap-fliser online slået til; viste områder gemmes i cachen { $cache }
ui-basemap-named = Baggrundskort: { $name }

## map/overlay.rs

ui-zoom-in = Zoom ind
ui-zoom-out = Zoom ud
ui-fit = Alt
ui-zoom-to-project = Zoom til projektet
ui-legend = Signaturforklaring
ui-energy = Energi
ui-water = Vand
ui-materials = Materialer
ui-solid-realised-dashed-proposed-agreed-faded = fuldt optrukket i drift · stiplet foreslået/aftalt · bleg ophørt
ui-candidate = Kandidat
ui-credits-online = Kortdata © OpenStreetMap-bidragydere (ODbL), online fliser · { $basemap } · Byer: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Baggrundskort: { $name } { $attribution } · { $basemap } · Byer: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Byer: GeoNames (CC BY 4.0)
ui-matching-progress = Matcher { $done }/{ $total } udbudsstrømme

## map/timeline.rs

ui-timeline = Tidslinje
ui-pause = Pause
ui-play = Afspil
ui-timeline-year =
    { $year }: { $running ->
        [one] { $running } udveksling i drift
       *[other] { $running } udvekslinger i drift
    }; kendte mængder { $totals } om året
ui-timeline-new = Ny: { $from } -> { $to }: { $material }
ui-timeline-ended = Ophørt: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Filer
ui-open-or-save-as-a-path = Åbn eller gem som en sti:
ui-open = Åbn
ui-save-as = Gem som
ui-new = Ny
ui-browse = Gennemse…
ui-check-out-from-server = Tjek ud fra serveren…
ui-check-in = Tjek ind
ui-open-an-offline-copy-checked-out = Åbn en offlinekopi, der er tjekket ud af en rolle med skriveret
ui-refresh-from-server = Opdater fra serveren
ui-open-an-offline-copy-of-a = Åbn en offlinekopi af et serverprojekt
ui-merge-two-copies = Flet to kopier…
ui-recent-projects = Seneste projekter
ui-samples = Eksempler
ui-import-csv = Importer CSV…
ui-export = Eksporter…
ui-edit = Rediger
ui-undo-ctrl-z = Fortryd  (Ctrl+Z)
ui-redo-ctrl-shift-z = Gentag  (Ctrl+Skift+Z)
ui-view = Vis
ui-quick-entry-ctrl-e = Hurtig indtastning (Ctrl+E)
ui-present-f11 = Præsenter (F11)
ui-presenter-view = Præsentationsvisning
ui-the-projector-shows-the-clean-view = Projektoren viser den rene visning i et andet vindue (træk det til projektorens skærm); dette vindue beholder betjeningen
ui-sample-working-copy = eksempel (arbejdskopi)
ui-firm-labels = Virksomhedsnavne
ui-towns = Byer
ui-candidates-shown = viste kandidater
ui-panes = Paneler
ui-reset-layout = Nulstil layout
ui-the-default-arrangement-of-map-panes = Standardopstillingen af kort, paneler og tabeller
ui-language = Sprog
ui-the-language-of-the-report-the = Sproget i appen, rapporten, kortbilledet og materialenavnene
ui-basemap = Baggrundskort
ui-built-in-offline-basemap = Indbygget offline baggrundskort
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Henter kortfliser fra OpenStreetMap, mens det er slået til; hvert vist område gemmes i en diskcache og er tilgængeligt offline. Slået fra som standard: appen sender ingen forespørgsler, før du slår dette til.
ui-path-to-an-mbtiles-file = sti til en .mbtiles-fil
ui-use-mbtiles = Brug MBTiles
ui-open-sample = Åbn eksemplet { $sample }
ui-read-only = skrivebeskyttet

## panels/all_flows.rs

ui-firm = Virksomhed
ui-direction = Retning
ui-material = Materiale
ui-quantity = Mængde
ui-role = Rolle
ui-years = År
ui-confidential = Fortroligt
ui-id = Id
ui-source = Kilde
ui-paste-rows-from-a-spreadsheet = Indsæt rækker fra et regneark
ui-filter = Filter
ui-firm-material-direction-or-source = virksomhed, materiale, retning eller kilde
ui-select-shown = Vælg viste
ui-clear-selection = Ryd valg
ui-mark-confidential = Marker som fortrolige
ui-unmark-confidential = Fjern fortrolig
ui-source-for-the-selected = kilde til de valgte
ui-set-source = Angiv kilde
ui-delete-selected = Slet valgte
ui-tab-separated-rows-in-the-flows = Tabulatorseparerede rækker i kolonnerækkefølgen for flows.csv (firm_id, direction, material, quantity, unit, ...) eller med den overskriftslinje. Kontrolleres som en CSV-import.
ui-paste-rows-here = indsæt rækker her
ui-entered-at-the-workshop = Indtastet på workshoppen
ui-check-and-add-pasted-rows = Kontroller og tilføj indsatte rækker
ui-nothing-to-add-paste-rows-first = Intet at tilføje: indsæt rækker først
ui-select-flow = vælg strøm { $id }
ui-showing-flows = viser { $shown } af { $total } strømme; filtrer for at indsnævre
ui-n-selected = { $count } valgt
ui-added-pasted-flows =
    { $count ->
        [one] Tilføjede { $count } indsat strøm (Ctrl+Z fortryder)
       *[other] Tilføjede { $count } indsatte strømme (Ctrl+Z fortryder)
    }
ui-yes = ja
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Annuller matchning
ui-run-matching = Kør matchning
ui-greenfield-ignore-existing-exchanges = fra bunden (se bort fra eksisterende udvekslinger)
ui-cancel-optimising = Annuller optimering
ui-optimise = Optimer
ui-the-allocation-with-the-largest-total = Fordelingen med den største samlede nettogevinst (eksakt LP); vist på kortet
ui-include-products = medtag produkter
ui-also-offer-flows-whose-role-is = Tilbyd også strømme med rollen produkt (det virksomheden eksisterer for at sælge): de er produktsalg og giver ingen godskrivning
ui-optimal-allocation = Optimal fordeling
ui-why-not-explain-any-pair-of = Hvorfor ikke? Forklar et vilkårligt par af strømme
ui-supply-flow-id = udbudsstrømmens id
ui-demand-flow-id = efterspørgselsstrømmens id
ui-why-not = Hvorfor ikke?
ui-no-candidates-yet-press-run-matching = Ingen kandidater endnu: tryk på Kør matchning.
ui-firm-or-material = virksomhed eller materiale
ui-sort-by = Sorter efter
ui-from-to = Fra -> til
ui-quantity-per-year = Mængde om året
ui-distance = Afstand
ui-co2-t-yr = CO₂ t/år
ui-score = Score
ui-transport = Transport
ui-propose = Foreslå
ui-turn-this-candidate-into-a-proposed = Gør denne kandidat til en foreslået udveksling
ui-why-this-candidate-every-term-and = Hvorfor denne kandidat: hvert led og dets kilde
ui-best-allocation-within = Bedste fordeling fundet inden for tidsgrænsen (inden for { $gap } % af optimum)
ui-allocation-summary = { $what }: { $count } udvekslinger, { $co2 } t CO₂/år undgået, nettogevinst { $benefit } { $currency }/år (vist på kortet)
ui-not-a-flow-id = »{ $text }« er ikke et strøm-id (se tabellen Alle strømme)
ui-benefit-per-year = Gevinst { $currency }/år
ui-sort-score = score
ui-sort-co2 = CO₂
ui-sort-benefit = gevinst
ui-sort-distance = afstand
ui-sort-quantity = mængde

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ pr. udveksling: modelleret (t/år) ved siden af rapporteret (t CO₂e), aldrig lagt sammen
ui-not-running-in-the-year-shown = ikke i drift i det viste år
ui-not-verified = ikke verificeret
ui-modelled-co2-avoided-t-yr = modelleret undgået CO₂, t/år
ui-reported-co2-t = rapporteret CO₂, t
ui-of-it-verified = heraf verificeret
ui-scenarios-existing-existing-proposed-optimal = Scenarier: eksisterende, eksisterende + foreslåede, optimalt
ui-compare-scenarios = Sammenlign scenarier
ui-runs-matching-and-the-optimal-allocation = Kører matchning og optimal fordeling i baggrunden (højst 20 s)
ui-link-density-l-s = forbindelsestæthed L/S
ui-co2-avoided-t-yr = Undgået CO₂, t/år
ui-net-benefit-yr = nettogevinst /år
ui-co2-avoided-kt-yr = Undgået CO₂, kt/år
ui-net-benefit-m-yr = Nettogevinst, mio./år
ui-exchanged-quantity-by-year-known-quantities = Udvekslet mængde pr. år (kendte mængder)
ui-quantity-per-year-outputs-up-inputs = mængde om året (output op, input ned)
ui-select-a-firm-to-see-its = Vælg en virksomhed for at se dens input og output.
ui-t-per-year = { $value } t/år
ui-verified-lower = verificeret
ui-outcome-chart-line = { $exchange }: modelleret { $modelled }, rapporteret { $reported } t i { $year } ({ $verified })
ui-by-material = Eksisterende udvekslinger pr. materiale: undgået CO₂ (t/år) og nettogevinst (tusinder pr. år)
ui-by-material-in = Eksisterende udvekslinger i { $year } pr. materiale: undgået CO₂ (t/år) og nettogevinst (tusinder pr. år)
ui-net-benefit-k = Nettogevinst, tusind { $currency }/år
ui-thousand-unit-per-year = tusind { $unit }/år
ui-firm-inputs-outputs = { $firm }: input (har brug for) og output (har)

## panels/contacts.rs

ui-a-contact-needs-a-name = en kontakt skal have et navn
ui-personal-data-never-shown-in-presentation = Personoplysninger: vises aldrig i præsentationstilstand, rapporten, kortbilledet eller eksporter (CSV kun med »medtag personoplysninger«).
ui-no-consent-recorded = intet samtykke registreret
ui-remove-this-person = Fjern denne person…
ui-remove-completely = Fjern helt
ui-keep = Behold
ui-edit-contact = Rediger kontakt
ui-add-a-contact = Tilføj en kontakt
ui-name = Navn
ui-full-name = fulde navn
ui-e-g-energy-manager = f.eks. energiansvarlig
ui-email = E-mail
ui-phone = Telefon
ui-consent-date = Dato for samtykke
ui-consent-basis = Grundlag for samtykke
ui-e-g-agreed-at-the-workshop = f.eks. givet på workshoppen
ui-save-contact = Gem kontakt
ui-add-contact = Tilføj kontakt
ui-cancel = Annuller
ui-consent-date-bad = samtykkedatoen »{ $date }« er ikke en dato skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontakter ({ $count })
ui-consent-on = samtykke { $date }
ui-consent-basis-only = samtykke: { $basis }
ui-remove-person-warning = Fjern { $name } helt? Rækken slettes, navn, e-mail og telefon erstattes af »{ $placeholder }« overalt, hvor projektets tekster nævner dem, og filen renses for enhver kopi. Det kan ikke fortrydes og rydder fortrydelseshistorikken.

## panels/diagram.rs

ui-energy-mwh = energi (MWh)
ui-materials-t = materialer (t)
ui-water-m3 = vand (m³)
ui-no-exchanges-with-known-quantities-in = Ingen udvekslinger med kendte mængder i denne enhed
ui-only-firm = kun { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = virksomhed, materiale eller status
ui-no-due-date = ingen frist
ui-from-to-material = Fra -> til: materiale
ui-status = Status
ui-evaluation-every-term-and-its-source = Vurdering: hvert led og dets kilde
ui-no-evaluation-the-flows-behind-this = Ingen vurdering: strømmene bag denne udveksling er ikke i projektet (tilføj en udbudsstrøm hos afsenderen og en efterspørgselsstrøm hos modtageren)
ui-exchanges-count =
    { $count ->
        [one] { $count } udveksling
       *[other] { $count } udvekslinger
    }
ui-my-actions = Mine opgaver: { $open } åbne, { $overdue } forsinkede
ui-due-date = frist { $date }
ui-overdue = { $action } (forsinket)
ui-until-year = indtil { $year }
ui-year-to = til
ui-year-open = åben
ui-source-is = Kilde: { $source }
ui-exchange-figures = { $quantity } { $unit } om året: { $co2 } t CO₂ undgået, { $benefit } { $currency } nettogevinst

## panels/firms.rs

ui-no-project-open-use-file-open = Intet projekt åbent. Brug Filer > Åbn.
ui-search = Søg
ui-name-nace-or-material = navn, NACE eller materiale
ui-move-firms-by-dragging-them-on = Flyt virksomheder ved at trække dem på kortet (højretræk panorerer)
ui-select-a-firm-in-the-list = Vælg en virksomhed i listen eller på kortet for at redigere den.
ui-click-an-empty-spot-on-the = Klik på et tomt sted på kortet, og tryk på knappen nedenfor for at tilføje en virksomhed der.
ui-latitude = Breddegrad
ui-longitude = Længdegrad
ui-search-nace-by-code-or-words = søg NACE efter kode eller ord
ui-country = Land
ui-its-grid-district-heat-and-landfill = Landets tal for elnet, fjernvarme og deponi gælder for denne virksomheds udvekslinger
ui-eu-ets = EU ETS
ui-an-eu-ets-installation = et anlæg i EU's kvotehandelssystem (EU ETS)
ui-fuel-it-stops-burning-on-its = Brændsel, som anlægget holder op med at brænde på egen grund, sparer kvoter til CO₂-prisen
ui-notes = Noter
ui-show-flows = Vis strømme
ui-delete-this-firm-with-its-flows = Slet denne virksomhed med dens strømme, udvekslinger og kontakter?
ui-yes-delete = Ja, slet
ui-delete-firm = Slet virksomhed…
ui-firms-shown = { $shown } af { $total } virksomheder
ui-add-firm-at = Tilføj en virksomhed ved { $lat }, { $lon }
ui-use-country = brug { $code } (ud fra placeringen)
ui-country-none = intet

## panels/flow_form.rs

ui-edit-the-flow = Rediger strømmen
ui-add-a-flow = Tilføj en strøm
ui-find-a-name-or-word-in = find: et navn eller ord på ethvert sprog
ui-search-ewc-code-or-words = søg EWC-kode eller ord
ui-russian-waste-code-11-digits-the = Russisk affaldskode (ФККО): 11 cifre, det sidste er fareklassen (1–4 farligt)
ui-flags = Egenskaber
ui-accepts-hazardous = modtager farligt affald
ui-waste-by-product-surplus-energy-or = Affald, biprodukt, overskudsenergi eller vand: en udveksling undgår bortskaffelsen
ui-what-the-firm-exists-to-sell = Det virksomheden eksisterer for at sælge: et salg er handel, ikke symbiose, og giver ingen godskrivning
ui-save-changes = Gem ændringer
ui-add-flow = Tilføj strøm
ui-quantity-must-be-zero-or-more = Mængden skal være nul eller mere
ui-unit-converted = { $unit }/år (omregnet til { $to })
ui-hazard-class = fareklasse { $class }
ui-saved-note = Gemt: { $note }
ui-unknown-material = Ukendt materiale »{ $material }«
ui-quantity-bad = Mængde: { $error }; skriv for eksempel 1500
ui-not-a-year-range = »{ $text }« er ikke et år ({ $from }..{ $to })
ui-years-reversed = Tilgængelig fra { $from } ligger efter tilgængelig til { $to }
ui-eg = f.eks. { $example }
ui-hint-from = fra
ui-hint-to = til
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Vælg en virksomhed (fanen Virksomheder eller kortet) for at se, hvad den har, og hvad den har brug for.
ui-has-supply = Har (udbud)
ui-wants-demand = Har brug for (efterspørgsel)
ui-edit-flow = Rediger strøm
ui-load-this-flow-into-the-form = Indlæs denne strøm i formularen nedenfor
ui-delete = Slet
ui-delete-this-flow-ctrl-z-undoes = Slet denne strøm (Ctrl+Z fortryder)
ui-flows-of = Strømme for { $firm }
ui-from-year = fra { $year }
ui-confidential-tag = fortroligt

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Ikke i drift i det viste år: vurderet, som om den blev tilføjet efter alle udvekslinger i drift.
ui-counterfactual = Kontrafaktisk scenarie: { $text }
ui-evaluated-at-flows = { $exchange }: vurderet efter, hvad strømmene tillader

## panels/pipeline.rs

ui-landfill-diversion-t = Undgået deponering (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Skabte job
ui-jobs-safeguarded = Sikrede job
ui-water-saved-m3 = Sparet vand (m³)
ui-virgin-material-saved-t = Sparede jomfruelige råstoffer (t)
ui-type-at-least-one-reported-figure = skriv mindst ét rapporteret tal
ui-pipeline = Forløb
ui-stage = Fase
ui-because = Årsag
ui-date = Dato
ui-by = Af
ui-note = Note
ui-what-happened = hvad der skete
ui-next-action = Næste handling
ui-what-is-to-be-done-next = hvad der skal gøres som det næste
ui-owner = Ansvarlig
ui-who-takes-it = hvem der tager den
ui-due = Frist
ui-record-stage = Registrer fase
ui-reported-outcomes-beside-the-modelled-figures = Rapporterede resultater (ved siden af de modellerede tal, aldrig lagt til dem)
ui-none-reported-yet = Intet rapporteret endnu.
ui-remove = Fjern
ui-report-an-outcome = Rapporter et resultat
ui-year = År
ui-not-reported = ikke rapporteret
ui-evidence = Dokumentation
ui-a-text-or-a-document-path = en tekst eller en dokumentsti
ui-verified = Verificeret
ui-checked-against-evidence = kontrolleret mod dokumentationen
ui-save-outcome = Gem resultat
ui-cost-savings = Omkostningsbesparelser ({ $currency })
ui-additional-sales = Yderligere salg ({ $currency })
ui-private-investment = Private investeringer ({ $currency })
ui-not-a-year = året »{ $text }« er ikke et år
ui-figure-not-a-number = { $figure } »{ $text }« er ikke et tal på 0 eller mere
ui-modelled-co2 = modelleret { $value } t CO₂ om året
ui-reported-figures = rapporteret { $figures }
ui-no-stage = ingen
ui-no-stage-yet-implied = Ingen fase registreret endnu (dens status svarer til: { $stage })
ui-next-action-is = Næste: { $action }
ui-hint-who = hvem
ui-exchange-not-in-project = udveksling { $id } er ikke i projektet
ui-evidence-is = dokumentation: { $evidence }

## panels/settings.rs

ui-evaluation = Vurdering
ui-evaluation-year = Vurderingsår
ui-unticked-the-park-is-evaluated-as = Ikke markeret: parken vurderes, som den står i år
ui-currency = Valuta
ui-every-money-figure-is-shown-in = Alle beløb vises i den; katalog- og parameterværdier (EUR) omregnes med fx.CODE
ui-evaluation-parameters = Vurderingsparametre
ui-each-value-with-its-source-an = Hver værdi med sin kilde; en ændret værdi gemmes (ét fortrydelsestrin) med kilden »edited in Symbiosis Explorer«. Pengeparametre er i EUR.
ui-this-year-is = i år ({ $year })
ui-per-eur = { $rate } pr. EUR
ui-max-km = maks. { $km } km
ui-material-factors = EF jomfrueligt { $virgin } · bortskaffelse { $disposal }
ui-material-factors-sources =
    EF jomfrueligt: { $virgin }
    EF bortskaffelse: { $disposal }
    pris { $price } EUR: { $price_source }
    bortskaffelse { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fast

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustrativt eksempel: strømme, hvis kilde siger »illustrative«, er opfundet til øvelsen.
ui-this-year = i år
ui-guided-tour = Rundvisning
ui-back = Tilbage
ui-next = Næste
ui-would-the-matcher-have-found-this = Ville matchningen have fundet denne park?
ui-greenfield-matching-existing-exchanges-ignored-compared = Matchning fra bunden (eksisterende udvekslinger ignoreret) sammenlignet med de dokumenterede udvekslinger
ui-tour-computed-here = Beregnet her for de { $count } eksisterende udvekslinger i { $year }: { $co2 } t CO₂ undgået om året; { $tonnes } t materialer, { $mwh } MWh energi og { $m3 } m³ vand udvekslet om året (hver udvekslings andel af én fordeling på dens strømme; kendte eller strømbaserede mængder, enkle emissionsfaktorer)
ui-step-of = trin { $step } af { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = en workshop skal have et id (f.eks. kalundborg-2021-05)
ui-1-workshop = 1 workshop
ui-programme-report = Programrapport…
ui-file-export-the-programme-report-as = Filer > Eksporter: programrapporten som HTML eller CSV
ui-workshop = Workshop
ui-venue = Sted
ui-facilitator = Facilitator
ui-programme = Program
ui-new-workshop = Ny workshop
ui-e-g-kalundborg-2021-05 = f.eks. kalundborg-2021-05
ui-who-leads-it = hvem der leder den
ui-e-g-bis-interreg-2019-2021 = f.eks. BIS Interreg 2019-2021
ui-agenda-remarks = dagsorden, bemærkninger
ui-add-workshop = Tilføj workshop
ui-enter-haves-and-wants-at-this = Indtast har og har brug for på denne workshop (hurtig indtastning)
ui-not-an-attendee = ikke deltager
ui-add-an-attending-firm-a-few = tilføj en deltagende virksomhed: et par bogstaver
ui-leads-not-matched-yet = Spor: ikke matchet endnu
ui-no-stage-recorded-yet = ingen fase registreret endnu
ui-hint-where = hvor
ui-stage-on = { $stage } den { $date }
ui-workshop-exists = workshoppen »{ $id }« findes allerede
ui-date-bad = datoen »{ $date }« er ikke skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } workshop
       *[other] { $count } workshops
    }
ui-attendees =
    Deltagere ({ $count ->
        [one] { $count } virksomhed
       *[other] { $count } virksomheder
    })
ui-produced = Resultat: { $count } har og har brug for indtastet
ui-leads =
    Spor: { $count ->
        [one] { $count } kandidat
       *[other] { $count } kandidater
    } fra dens indtastninger
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ om året)
ui-synergies-from-it = Synergier derfra: { $count }
ui-reached-since = Nået siden { $date }: { $stages }

## presentation.rs

ui-firms-linked = forbundne virksomheder
ui-materials-per-year = materialer om året
ui-co2-avoided-per-year = CO₂ undgået om året
ui-exit-presentation-f11 = Afslut præsentation (F11)
ui-anonymise-firms = Anonymiser virksomheder
ui-in-year = i { $year }
ui-headline-exchanges = udvekslinger
ui-second-language = Andet sprog
ui-second-language-none = intet

## quick_entry.rs

ui-type-has-or-wants = skriv har eller har brug for
ui-quantity-not-a-number = mængden »{ $text }« er ikke et tal
ui-no-firm-called = ingen virksomhed ved navn »{ $name }«
ui-no-material-called = intet materiale ved navn »{ $name }«

## tasks.rs

ui-save-as-stopped-without-a-result = Gem som stoppede uden resultat
ui-opening-the-project-stopped-without-a = Åbningen af projektet stoppede uden resultat
ui-export-failed-it-stopped-without-a = Eksporten mislykkedes: den stoppede uden resultat
ui-rediscovery-found = Matchning fra bunden fandt { $found } af de { $documented } dokumenterede udvekslinger, hver i et år, hvor den var i drift (10 kandidater pr. udbudsstrøm).
ui-rediscovery-products =
    { $count ->
        [one] { $count } produktsalg (det en virksomhed eksisterer for at sælge) er ikke en symbiosekandidat og udelades.
       *[other] { $count } produktsalg (det en virksomhed eksisterer for at sælge) er ikke symbiosekandidater og udelades.
    }
ui-rediscovery-not-found = Ikke fundet: { $missed }.
ui-result-dropped = { $job }: resultatet blev kasseret, projektet ændrede sig under kørslen; kør igen
ui-matching-found =
    { $count ->
        [one] Matchningen fandt { $count } kandidat
       *[other] Matchningen fandt { $count } kandidater
    }
ui-best-allocation-found = Bedste fordeling inden for tidsgrænsen: { $count } udvekslinger, inden for { $gap } % af optimum
ui-optimal-allocation-count = Optimal fordeling: { $count } udvekslinger
ui-optimisation-stopped = Optimeringen stoppede: { $error }
ui-scenarios-stopped = Scenariesammenligningen stoppede: { $error }
ui-export-failed = Eksporten mislykkedes: { $error }

## windows/export.rs

ui-export-2 = Eksport
ui-folder = Mappe
ui-include-confidential-flows-left-out-by = Medtag fortrolige strømme (udeladt som standard)
ui-csv-the-import-formats = CSV (importformaterne)
ui-lat-lon-wgs-84 = bredde/længde (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (virksomheder, udvekslinger, kandidater; længde/bredde)
ui-html-report-one-self-contained-file = HTML-rapport (én selvstændig fil)
ui-map-image-png-of-the-current = Kortbillede (PNG) af den aktuelle visning
ui-the-map-image-has-a-legend = Kortbilledet har signaturforklaring, målestok og baggrundskortets kilder; det viser tidslinjens år.
ui-programme-report-of = Programrapport for
ui-all-synergies = alle synergier
ui-programme-report-html = Programrapport (HTML)
ui-programme-report-csv = Programrapport (CSV)
ui-type-the-folder-to-export-into = Skriv mappen, der skal eksporteres til
ui-wrote = Skrev { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } fortrolig strøm udeladt
       *[other] { $count } fortrolige strømme udeladt
    }
ui-xy-in = x/y i { $code } { $name }
ui-export-cards = Har/har brug for-kort (PDF, A4: ét ark pr. virksomhed, derefter { $blank } tomme kort)
ui-exporting-into = Eksporterer til { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Vælg en firms.csv og en flows.csv
ui-checking-the-files-stopped-without-a = Kontrollen af filerne stoppede uden resultat
ui-import-csv-2 = Importer CSV
ui-files-in-the-csv-formats-of = Filer i README'ens CSV-formater (firms.csv og flows.csv er nødvendige). Virksomheder, der allerede er i projektet, opdateres efter id; strømme og udvekslinger tilføjes.
ui-path-to-firms-csv = sti til firms.csv
ui-path-to-flows-csv = sti til flows.csv
ui-coordinates = Koordinater
ui-lat-lon-or-x-y-with = bredde/længde eller x/y med en crs-kolonne
ui-check-files = Kontroller filer
ui-leave-out = (udelad)
ui-optional = valgfri
ui-import-counts = Importer { $firms } virksomheder, { $flows } strømme, { $exchanges } udvekslinger
ui-column-mapping = Kolonnetilknytning for { $file } (kolonner uden for formatet)
ui-import-problems =
    { $count ->
        [one] { $count } problem; intet blev importeret. Ret det i filerne (eller tilknyt kolonnerne), og kontroller igen:
       *[other] { $count } problemer; intet blev importeret. Ret dem i filerne (eller tilknyt kolonnerne), og kontroller igen:
    }
ui-imported-counts = Importerede { $firms } virksomheder, { $flows } strømme, { $exchanges } udvekslinger (Ctrl+Z fortryder)

## windows/quick.rs

ui-quick-have-want-entry = Hurtig indtastning af har/har brug for
ui-type-tab-to-the-next-field = Skriv, Tab til næste felt, Enter for at tilføje. Et par bogstaver af en virksomhed eller et materiale er nok.
ui-firm-name-or-id = virksomhedsnavn eller id
ui-has-or-wants = Har eller har brug for
ui-has-wants = har / har brug for
ui-material-name-or-id = materialenavn eller id
ui-rough-figure = groft tal
ui-add-enter = Tilføj (Enter)
ui-discard = Kassér
ui-entries-to-review = { $count } workshopindtastninger til gennemsyn

## windows/team.rs

ui-open-an-offline-copy-first-file = Åbn først en offlinekopi (Filer > Teamserver > Tjek ud)
ui-the-server-job-stopped-without-a = Serveropgaven stoppede uden resultat
ui-team-server = Teamserver
ui-this-copy = Denne kopi
ui-send-this-copys-changes-since-it = Send kopiens ændringer siden udtjekningen, flettet med serverens, i én transaktion
ui-refresh = Opdater
ui-take-the-servers-changes-into-this = Tag serverens ændringer ind i denne kopi uden at sende noget
ui-read-only-this-role-may-view = Skrivebeskyttet: denne rolle må se serverprojektet, ikke ændre det.
ui-the-open-project-is-not-an-2 = Det åbne projekt er ikke en offlinekopi af et serverprojekt.
ui-check-out-from-server-2 = Tjek ud fra serveren
ui-server = Server
ui-project-schema = Projekt (skema)
ui-area-w-s-e-n = Område V,S,Ø,N (W,S,E,N)
ui-empty-the-whole-project = tomt: hele projektet
ui-offline-copy = Offlinekopi
ui-the-password-comes-from-pgpassword-or = Adgangskoden kommer fra PGPASSWORD eller ~/.pgpass; den gemmes aldrig i kopien.
ui-check-out = Tjek ud
ui-give-the-project-schema-and-a = Angiv projektet (skema) og en sti til offlinekopien
ui-merge-two-copies-no-server = Flet to kopier (uden server)
ui-base = Basis
ui-the-copy-both-started-from-gpkg = kopien, som begge startede fra (.gpkg)
ui-mine = Min
ui-your-copy-gpkg = din kopi (.gpkg)
ui-theirs = Deres
ui-the-other-copy-gpkg = den anden kopi (.gpkg)
ui-merged = Flettet
ui-the-file-to-write-gpkg = filen, der skal skrives (.gpkg)
ui-merge = Flet
ui-give-all-four-files-base-mine = Angiv alle fire filer: basis, min, deres og den flettede, der skal skrives
ui-working-with-the-server = Arbejder med serveren…
ui-row = Række
ui-field = Felt
ui-mine-for-all = Min for alle
ui-theirs-for-all = Deres for alle
ui-this-copys-values-for-all = Denne kopis værdier for alle
ui-the-servers-values-for-all = Serverens værdier for alle
ui-merge-with-these-choices = Flet med disse valg
ui-check-in-with-these-choices = Tjek ind med disse valg
ui-refresh-with-these-choices = Opdater med disse valg
ui-checked-out = Tjekkede { $schema } ud (revision { $revision }): { $firms } virksomheder, { $flows } strømme, { $exchanges } udvekslinger
ui-role-view-only = skrivebeskyttet: denne rolle må kun se det
ui-refreshed = Opdateret: { $count } ændring(er) fra serveren; serverrevision { $revision }
ui-checked-in = Tjekket ind: { $sent } række(r) sendt, { $received } modtaget; serverrevision { $revision }
ui-conflicts-decided = { $count } konflikt(er) afgjort
ui-checkin-conflicts = { $count } konflikt(er): det samme felt blev ændret her og på serveren. Intet blev ændret; vælg en side for hver nedenfor
ui-merge-conflicts = { $count } konflikt(er); intet blev skrevet. Vælg en side for hver nedenfor
ui-merged-into = Flettet til { $path }: { $mine } ændring(er) fra min, { $theirs } fra deres
ui-nothing-written = { $error }; intet blev skrevet
ui-sync-line = kopi af { $schema } på { $server }, revision { $revision }, synkroniseret { $at }
ui-one-area = ét område
ui-conflicts-count = Konflikter ({ $count })
ui-conflicts-open = { $count } konflikt(er) mangler stadig en side

## app.rs

ui-basemap-fallback = { $error } Det indbyggede baggrundskort bruges i stedet.
ui-not-a-project-or-csv = { $path } er hverken et projekt (.gpkg) eller en CSV-fil

## recent.rs

ui-opened-working-copy = en arbejdskopi: selve eksemplet forbliver som leveret; brug Gem som for at beholde dine ændringer
ui-opened-read-only-role = skrivebeskyttet: din rolle på teamserveren må kun se dette projekt
ui-opened-read-only = skrivebeskyttet: brug Gem som for at redigere en kopi
ui-opened-redrawn =
    { $count ->
        [one] { $count } udvekslingslinje tegnet om til virksomheder, der er flyttet i et andet program (QGIS?)
       *[other] { $count } udvekslingslinjer tegnet om til virksomheder, der er flyttet i et andet program (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: vurderet efter, hvad strømmene tillader
ui-opened-overfilled =
    { $count ->
        [one] { $count } udveksling angiver mere, end dens strømme tillader (se fanen Udvekslinger)
       *[other] { $count } udvekslinger angiver mere, end deres strømme tillader (se fanen Udvekslinger)
    }
ui-opened = Åbnede { $path }
ui-could-not-copy-sample = Kunne ikke kopiere eksemplet { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Kontrol af filerne
job-evaluation = Vurdering
job-explanation = Forklaring
job-export = Eksport
job-existing-figures = Tal for eksisterende udvekslinger
job-matching = Matchning
job-opening = Åbning
job-optimisation = Optimering
job-presentation = Præsentation
job-rediscovery = Genopdagelse
job-save-as = Gem som
job-scenario-comparison = Scenariesammenligning
job-team-server = Teamserver

## words.rs (the project's enumerations)

stage-identified = identificeret
stage-contacted = kontaktet
stage-met = mødt
stage-feasibility = forundersøgelse
stage-agreed = aftalt
stage-implemented = gennemført
stage-completed = afsluttet
stage-dropped = opgivet
reason-technical = tekniske årsager
reason-economic = økonomiske årsager
reason-regulatory = regulering
reason-quality = kvalitet
reason-no_interest = ingen interesse
reason-other = andet
direction-supply = har
direction-demand = har brug for
role-residue = restprodukt
role-product = produkt
transport-road = lastbil
transport-articulated = sættevogn
transport-rail = jernbane
transport-ship = skib
transport-pipeline = rørledning
transport-grid = net
ui-unit-kt = kt
