# Symbiosis Explorer: the desktop app's own words (nb). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Matchingen ble avbrutt
ui-optimisation-cancelled = Optimeringen ble avbrutt
ui-layout-reset = Layout tilbakestilt
ui-undone = Angret
ui-could-not-undo = Kunne ikke angre
ui-nothing-to-undo = Ingenting å angre
ui-redone = Gjort om
ui-could-not-redo = Kunne ikke gjøre om
ui-nothing-to-redo = Ingenting å gjøre om
ui-the-open-project-is-not-an = Det åpne prosjektet er ikke en offlinekopi av et serverprosjekt (Fil > Teamserver > Sjekk ut)
ui-type-a-path-for-save-as = Skriv en sti til Lagre som (for eksempel /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Lagre som krever et annet filnavn
ui-type-a-path-for-the-new = Skriv en sti til det nye prosjekt (for eksempel /home/me/park.gpkg)
ui-not-saved = Ikke lagret: { $error }
ui-undo-history-cleared = { $what }; angrehistorikken ble tømt
ui-not-removed = Ikke fjernet: { $error }
ui-opening = Åpner { $path }…
ui-choose-another-file = { $error }. Velg en anden fil (Fil > Åpne).
ui-saving-as = Lagrer som { $path }…
ui-save-as-failed = Lagre som mislyktes: { $error }
ui-saved-a-copy = En kopi av { $from } ble lagret som { $path }
ui-saved-as = Lagret som { $path }; endringer går nå dit
ui-could-not-create = Kunne ikke opprette { $path }: { $error }
ui-proposed = Foreslået: { $material } { $from } -> { $to }

## dock.rs

ui-map = Kort
ui-about-tour = Om & omvisning
ui-firms = Bedrifter
ui-flows = Strømmer
ui-settings = Innstillinger
ui-all-flows = Alle strømmer
ui-candidates = Kandidater
ui-exchanges = Utvekslinger
ui-charts = Diagrammer
ui-flow-diagram = Strømdiagram
ui-workshops = Workshops

## map/mod.rs

ui-no-cache-folder = ingen cachemappe
ui-quantity-unknown = mengde ukjent
ui-years-unknown = år ukjente
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [one] { $flows } strøm
       *[other] { $flows } strømmer
    }
ui-per-year = { $quantity } { $unit }/år
ui-since-year = siden { $year }
ui-hover-candidate =
    Kandidat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/år · { $km } km
    CO₂ { $co2 } t/år · gevinst { $benefit }
ui-choose-mbtiles = { $error }. Velg en .mbtiles-rasterfil.
ui-online-tiles-on = OpenStreetMap-fliser online slået til; viste områder lagres i cachen { $cache }
ui-basemap-named = Bakgrunnskart: { $name }

## map/overlay.rs

ui-zoom-in = Zoom inn
ui-zoom-out = Zoom ut
ui-fit = Alt
ui-zoom-to-project = Zoom til prosjektet
ui-legend = Tegnforklaring
ui-energy = Energi
ui-water = Vann
ui-materials = Materialer
ui-solid-realised-dashed-proposed-agreed-faded = heltrukket i drift · stiplet foreslået/avtalt · blek avsluttet
ui-candidate = Kandidat
ui-credits-online = Kartdata © OpenStreetMap-bidragsytere (ODbL), nettfliser · { $basemap } · Tettsteder: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Bakgrunnskart: { $name } { $attribution } · { $basemap } · Tettsteder: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Tettsteder: GeoNames (CC BY 4.0)
ui-matching-progress = Matcher { $done }/{ $total } tilbudsstrømmer

## map/timeline.rs

ui-timeline = Tidslinje
ui-pause = Pause
ui-play = Spill av
ui-timeline-year =
    { $year }: { $running ->
        [one] { $running } utveksling i drift
       *[other] { $running } utvekslinger i drift
    }; kjente mengder { $totals } per år
ui-timeline-new = Ny: { $from } -> { $to }: { $material }
ui-timeline-ended = Avsluttet: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Fil
ui-open-or-save-as-a-path = Åpne eller gem som en sti:
ui-open = Åpne
ui-save-as = Lagre som
ui-new = Ny
ui-browse = Bla gjennom…
ui-check-out-from-server = Sjekk ut fra serveren…
ui-check-in = Sjekk inn
ui-open-an-offline-copy-checked-out = Åpne en offlinekopi, der er sjekket ut av en rolle med skrivetilgang
ui-refresh-from-server = Oppdater fra serveren
ui-open-an-offline-copy-of-a = Åpne en offlinekopi av et serverprosjekt
ui-merge-two-copies = Slå sammen to kopier…
ui-recent-projects = Siste projekter
ui-samples = Eksempler
ui-import-csv = Importer CSV…
ui-export = Eksporter…
ui-edit = Rediger
ui-undo-ctrl-z = Angre  (Ctrl+Z)
ui-redo-ctrl-shift-z = Gjør om  (Ctrl+Skift+Z)
ui-view = Vis
ui-quick-entry-ctrl-e = Hurtigregistrering (Ctrl+E)
ui-present-f11 = Presenter (F11)
ui-presenter-view = Presentasjonsvisning
ui-the-projector-shows-the-clean-view = Projektoren viser den rene visningen i et andre vindu (dra det til projektorens skjerm); dette vinduet beholder kontrollene
ui-sample-working-copy = eksempel (arbeidskopi)
ui-firm-labels = Bedriftsnavn
ui-towns = Tettsteder
ui-candidates-shown = viste kandidater
ui-panes = Paneler
ui-reset-layout = Tilbakestill layout
ui-the-default-arrangement-of-map-panes = Standardoppsettet av kart, paneler og tabeller
ui-language = Språk
ui-the-language-of-the-report-the = Språket i appen, rapporten, kartbildet og materialnavnene
ui-basemap = Bakgrunnskart
ui-built-in-offline-basemap = Innebygd offline bakgrunnskart
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Henter kartfliser fra OpenStreetMap, mens det er slått på; hvert viste område lagres i en diskbuffer og er tilgjengelig offline. Av som standard: appen sender ingen forespørsler, før du slår dette på.
ui-path-to-an-mbtiles-file = sti til en .mbtiles-fil
ui-use-mbtiles = Bruk MBTiles
ui-open-sample = Åpne eksemplet { $sample }
ui-read-only = skrivebeskyttet

## panels/all_flows.rs

ui-firm = Bedrift
ui-direction = Retning
ui-material = Materiale
ui-quantity = Mengde
ui-role = Rolle
ui-years = År
ui-confidential = Fortrolig
ui-id = Id
ui-source = Kilde
ui-paste-rows-from-a-spreadsheet = Lim inn rader fra et regneark
ui-filter = Filter
ui-firm-material-direction-or-source = bedrift, materiale, retning eller kilde
ui-select-shown = Velg viste
ui-clear-selection = Fjern utvalg
ui-mark-confidential = Merk som fortrolige
ui-unmark-confidential = Fjern fortrolig
ui-source-for-the-selected = kilde til de valgte
ui-set-source = Angi kilde
ui-delete-selected = Slett valgte
ui-tab-separated-rows-in-the-flows = Tabulatorseparerte rader i kolonnerekkefølgen for flows.csv (firm_id, direction, material, quantity, unit, ...) eller med den overskriftslinjen. Kontrolleres som en CSV-import.
ui-paste-rows-here = lim inn rader her
ui-entered-at-the-workshop = Registrert på workshopen
ui-check-and-add-pasted-rows = Kontroller og legg til innlimte rader
ui-nothing-to-add-paste-rows-first = Ingenting å legge til: lim inn rader først
ui-select-flow = velg strøm { $id }
ui-showing-flows = viser { $shown } av { $total } strømmer; filtrer for å snevre inn
ui-n-selected = { $count } valgt
ui-added-pasted-flows =
    { $count ->
        [one] La til { $count } innlimt strøm (Ctrl+Z angrer)
       *[other] La til { $count } innlimte strømmer (Ctrl+Z angrer)
    }
ui-yes = ja
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Avbryt matching
ui-run-matching = Kjør matching
ui-greenfield-ignore-existing-exchanges = fra bunnen av (se bort fra eksisterende utvekslinger)
ui-cancel-optimising = Avbryt optimering
ui-optimise = Optimer
ui-the-allocation-with-the-largest-total = Fordelingen med den største samlede nettogevinst (eksakt LP); vist på kartet
ui-include-products = ta med produkter
ui-also-offer-flows-whose-role-is = Tilby også strømmer med rollen produkt (det bedriften finnes for å selge): de er produktsalg og gir ingen godskriving
ui-optimal-allocation = Optimal fordeling
ui-why-not-explain-any-pair-of = Hvorfor ikke? Forklar et hvilket som helst par strømmer
ui-supply-flow-id = udbudsstrømmens id
ui-demand-flow-id = efterspørgselsstrømmens id
ui-why-not = Hvorfor ikke?
ui-no-candidates-yet-press-run-matching = Ingen kandidater ennå: trykk på Kjør matching.
ui-firm-or-material = bedrift eller materiale
ui-sort-by = Sorter etter
ui-from-to = Fra -> til
ui-quantity-per-year = Mengde per år
ui-distance = Avstand
ui-co2-t-yr = CO₂ t/år
ui-score = Score
ui-transport = Transport
ui-propose = Foreslå
ui-turn-this-candidate-into-a-proposed = Gjør denne kandidaten til en foreslått utveksling
ui-why-this-candidate-every-term-and = Hvorfor denne kandidaten: hvert ledd og kilden til det
ui-best-allocation-within = Beste fordeling funnet innenfor tidsgrensen (innenfor { $gap } % av optimum)
ui-allocation-summary = { $what }: { $count } utvekslinger, { $co2 } t CO₂/år unngått, nettogevinst { $benefit } { $currency }/år (vist på kartet)
ui-not-a-flow-id = «{ $text }» er ikke en strøm-id (se tabellen Alle strømmer)
ui-benefit-per-year = Gevinst { $currency }/år
ui-sort-score = score
ui-sort-co2 = CO₂
ui-sort-benefit = gevinst
ui-sort-distance = avstand
ui-sort-quantity = mengde

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ per utveksling: modellert (t/år) ved siden av rapportert (t CO₂e), aldri lagt sammen
ui-not-running-in-the-year-shown = ikke i drift i det viste året
ui-not-verified = ikke verifisert
ui-modelled-co2-avoided-t-yr = modellert unngått CO₂, t/år
ui-reported-co2-t = rapportert CO₂, t
ui-of-it-verified = herav verifisert
ui-scenarios-existing-existing-proposed-optimal = Scenarioer: eksisterende, eksisterende + foreslåtte, optimalt
ui-compare-scenarios = Sammenlign scenarier
ui-runs-matching-and-the-optimal-allocation = Kjører matching og optimal fordeling i bakgrunnen (høyst 20 s)
ui-link-density-l-s = koblingstetthet L/S
ui-co2-avoided-t-yr = Unngått CO₂, t/år
ui-net-benefit-yr = nettogevinst /år
ui-co2-avoided-kt-yr = Unngått CO₂, kt/år
ui-net-benefit-m-yr = Nettogevinst, mill./år
ui-exchanged-quantity-by-year-known-quantities = Utvekslet mengde per år (kjente mengder)
ui-quantity-per-year-outputs-up-inputs = mengde per år (utgående opp, inngående ned)
ui-select-a-firm-to-see-its = Velg en bedrift for å se hva den tar inn og gir ut.
ui-t-per-year = { $value } t/år
ui-verified-lower = verifisert
ui-outcome-chart-line = { $exchange }: modellert { $modelled }, rapportert { $reported } t i { $year } ({ $verified })
ui-by-material = Eksisterende utvekslinger pr. materiale: unngått CO₂ (t/år) og nettogevinst (tusener per år)
ui-by-material-in = Eksisterende utvekslinger i { $year } pr. materiale: unngått CO₂ (t/år) og nettogevinst (tusener per år)
ui-net-benefit-k = Nettogevinst, tusen { $currency }/år
ui-thousand-unit-per-year = tusen { $unit }/år
ui-firm-inputs-outputs = { $firm }: input (trenger) og output (har)

## panels/contacts.rs

ui-a-contact-needs-a-name = en kontakt må ha et navn
ui-personal-data-never-shown-in-presentation = Personopplysninger: vises aldri i presentasjonsmodus, rapporten, kartbildet eller eksporter (CSV bare med «ta med personopplysninger»).
ui-no-consent-recorded = ingen samtykke registrert
ui-remove-this-person = Fjern denne personen…
ui-remove-completely = Fjern helt
ui-keep = Behold
ui-edit-contact = Rediger kontakt
ui-add-a-contact = Legg til en kontakt
ui-name = Navn
ui-full-name = fullt navn
ui-e-g-energy-manager = f.eks. energiansvarlig
ui-email = E-mail
ui-phone = Telefon
ui-consent-date = Dato for samtykke
ui-consent-basis = Grunnlag for samtykke
ui-e-g-agreed-at-the-workshop = f.eks. gitt på workshopen
ui-save-contact = Gem kontakt
ui-add-contact = Legg til kontakt
ui-cancel = Avbryt
ui-consent-date-bad = samtykkedatoen «{ $date }» er ikke en dato skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontakter ({ $count })
ui-consent-on = samtykke { $date }
ui-consent-basis-only = samtykke: { $basis }
ui-remove-person-warning = Fjern { $name } helt? Raden slettes, navn, e-mail og telefon erstattes med «{ $placeholder }» overalt der prosjektets tekster nevner dem, og filen renses for alle kopier. Det kan ikke angres og tømmer angrehistorikken.

## panels/diagram.rs

ui-energy-mwh = energi (MWh)
ui-materials-t = materialer (t)
ui-water-m3 = vann (m³)
ui-no-exchanges-with-known-quantities-in = Ingen utvekslinger med kjente mengder i denne enheten
ui-only-firm = bare { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = bedrift, materiale eller status
ui-no-due-date = ingen frist
ui-from-to-material = Fra -> til: materiale
ui-status = Status
ui-evaluation-every-term-and-its-source = Vurdering: hvert ledd og kilden til det
ui-no-evaluation-the-flows-behind-this = Ingen vurdering: strømmene bag denne utveksling er ikke i prosjektet (legg til en tilbudsstrøm hos avsenderen og en etterspørselsstrøm hos mottakeren)
ui-exchanges-count =
    { $count ->
        [one] { $count } utveksling
       *[other] { $count } utvekslinger
    }
ui-my-actions = Mine oppgaver: { $open } åpne, { $overdue } forsinket
ui-due-date = frist { $date }
ui-overdue = { $action } (forsinket)
ui-until-year = til { $year }
ui-year-to = til
ui-year-open = åpen
ui-source-is = Kilde: { $source }
ui-exchange-figures = { $quantity } { $unit } per år: { $co2 } t CO₂ unngått, { $benefit } { $currency } nettogevinst

## panels/firms.rs

ui-no-project-open-use-file-open = Ikke noe prosjekt åpent. Bruk Fil > Åpne.
ui-search = Søk
ui-name-nace-or-material = navn, NACE eller materiale
ui-move-firms-by-dragging-them-on = Flytt bedrifter ved å dra dem på kartet (høyredra panorerer)
ui-select-a-firm-in-the-list = Velg en bedrift i listen eller på kartet for å redigere den.
ui-click-an-empty-spot-on-the = Klikk på et tomt sted på kartet og trykk på knappen nedenfor for å legge til en bedrift der.
ui-latitude = Breddegrad
ui-longitude = Lengdegrad
ui-search-nace-by-code-or-words = søk NACE etter kode eller ord
ui-country = Land
ui-its-grid-district-heat-and-landfill = Landets tall for strømnett, fjernvarme og deponi gjelder for denne bedrifts utvekslinger
ui-eu-ets = EU ETS
ui-an-eu-ets-installation = et anlegg i EUs kvotesystem (EU ETS)
ui-fuel-it-stops-burning-on-its = Brensel som anlegget slutter å brenne på eget område, sparer kvoter til CO₂-prisen
ui-notes = Notater
ui-show-flows = Vis strømmer
ui-delete-this-firm-with-its-flows = Slette denne bedriften med strømmene, utvekslingene og kontaktene?
ui-yes-delete = Ja, slett
ui-delete-firm = Slett bedrift…
ui-firms-shown = { $shown } av { $total } bedrifter
ui-add-firm-at = Legg til en bedrift ved { $lat }, { $lon }
ui-use-country = bruk { $code } (ut fra plasseringen)
ui-country-none = ingenting

## panels/flow_form.rs

ui-edit-the-flow = Rediger strømmen
ui-add-a-flow = Legg til en strøm
ui-find-a-name-or-word-in = finn: et navn eller ord på hvilket som helst språk
ui-search-ewc-code-or-words = søk EWC-kode eller ord
ui-russian-waste-code-11-digits-the = Russisk avfallskode (ФККО): 11 sifre, det siste er fareklassen (1–4 farlig)
ui-flags = Egenskaper
ui-accepts-hazardous = tar imot farlig avfall
ui-waste-by-product-surplus-energy-or = Avfall, biprodukt, overskuddsenergi eller vann: en utveksling unngår sluttbehandlingen
ui-what-the-firm-exists-to-sell = Det bedriften finnes for å selge: et salg er handel, ikke symbiose, og gir ingen godskriving
ui-save-changes = Lagre endringer
ui-add-flow = Legg til strøm
ui-quantity-must-be-zero-or-more = Mengden må være null eller mer
ui-unit-converted = { $unit }/år (regnet om til { $to })
ui-hazard-class = fareklasse { $class }
ui-saved-note = Lagret: { $note }
ui-unknown-material = Ukjent materiale «{ $material }»
ui-quantity-bad = Mengde: { $error }; skriv for eksempel 1500
ui-not-a-year-range = «{ $text }» er ikke et år ({ $from }..{ $to })
ui-years-reversed = Tilgjengelig fra { $from } er etter tilgjengelig til { $to }
ui-eg = f.eks. { $example }
ui-hint-from = fra
ui-hint-to = til
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Velg en bedrift (fanen Bedrifter eller kartet) for å se hva den har og hva den trenger.
ui-has-supply = Har (tilbud)
ui-wants-demand = Trenger (etterspørsel)
ui-edit-flow = Rediger strøm
ui-load-this-flow-into-the-form = Last denne strømmen inn i skjemaet nedenfor
ui-delete = Slett
ui-delete-this-flow-ctrl-z-undoes = Slett denne strøm (Ctrl+Z angrer)
ui-flows-of = Strømmer for { $firm }
ui-from-year = fra { $year }
ui-confidential-tag = fortrolig

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Ikke i drift i det viste år: vurdert som om den ble lagt til etter alle utvekslinger i drift.
ui-counterfactual = Kontrafaktisk scenario: { $text }
ui-evaluated-at-flows = { $exchange }: vurdert etter hva strømmene tillater

## panels/pipeline.rs

ui-landfill-diversion-t = Unngått deponering (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Skapte arbeidsplasser
ui-jobs-safeguarded = Sikrede arbeidsplasser
ui-water-saved-m3 = Spart vann (m³)
ui-virgin-material-saved-t = Sparte jomfruelige råvarer (t)
ui-type-at-least-one-reported-figure = skriv minst ett rapportert tall
ui-pipeline = Forløp
ui-stage = Fase
ui-because = Årsak
ui-date = Dato
ui-by = Af
ui-note = Note
ui-what-happened = hva som skjedde
ui-next-action = Neste handling
ui-what-is-to-be-done-next = hva som skal gjøres som neste
ui-owner = Ansvarlig
ui-who-takes-it = hvem som tar den
ui-due = Frist
ui-record-stage = Registrer fase
ui-reported-outcomes-beside-the-modelled-figures = Rapporterte resultater (ved siden av de modellerte tallene, aldri lagt til dem)
ui-none-reported-yet = Ingenting rapportert ennå.
ui-remove = Fjern
ui-report-an-outcome = Rapporter et resultat
ui-year = År
ui-not-reported = ikke rapportert
ui-evidence = Dokumentasjon
ui-a-text-or-a-document-path = en tekst eller en dokumentsti
ui-verified = Verificeret
ui-checked-against-evidence = kontrollert mot dokumentationen
ui-save-outcome = Lagre resultat
ui-cost-savings = Kostnadsbesparelser ({ $currency })
ui-additional-sales = Ekstra salg ({ $currency })
ui-private-investment = Private investeringer ({ $currency })
ui-not-a-year = året «{ $text }» er ikke et år
ui-figure-not-a-number = { $figure } «{ $text }» er ikke et tall på 0 eller mer
ui-modelled-co2 = modellert { $value } t CO₂ per år
ui-reported-figures = rapportert { $figures }
ui-no-stage = ingen
ui-no-stage-yet-implied = Ingen fase registrert ennå (statusen svarer til: { $stage })
ui-next-action-is = Neste: { $action }
ui-hint-who = hvem
ui-exchange-not-in-project = utveksling { $id } er ikke i prosjektet
ui-evidence-is = dokumentasjon: { $evidence }

## panels/settings.rs

ui-evaluation = Vurdering
ui-evaluation-year = Vurderingsår
ui-unticked-the-park-is-evaluated-as = Ikke avkrysset: parken vurderes slik den står i år
ui-currency = Valuta
ui-every-money-figure-is-shown-in = Alle beløp vises i den; katalog- og parameterverdier (EUR) regnes om med fx.CODE
ui-evaluation-parameters = Vurderingsparametere
ui-each-value-with-its-source-an = Hver verdi med sin kilde; en endret verdi lagres (ét angretrinn) med kilden «edited in Symbiosis Explorer». Pengeparametere er i EUR.
ui-this-year-is = i år ({ $year })
ui-per-eur = { $rate } pr. EUR
ui-max-km = maks. { $km } km
ui-material-factors = EF jomfruelig { $virgin } · sluttbehandling { $disposal }
ui-material-factors-sources =
    EF jomfruelig: { $virgin }
    EF sluttbehandling: { $disposal }
    pris { $price } EUR: { $price_source }
    sluttbehandling { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fast

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustrerende eksempel: strømmer der kilden sier «illustrative», er oppdiktet for øvelsen.
ui-this-year = i år
ui-guided-tour = Omvisning
ui-back = Tilbake
ui-next = Neste
ui-would-the-matcher-have-found-this = Ville matchingen have fundet denne park?
ui-greenfield-matching-existing-exchanges-ignored-compared = Matching fra bunnen av (eksisterende utvekslinger ignorert) sammenlignet med de dokumenterte utvekslinger
ui-tour-computed-here = Beregnet her for de { $count } eksisterende utvekslinger i { $year }: { $co2 } t CO₂ unngått per år; { $tonnes } t materialer, { $mwh } MWh energi og { $m3 } m³ vann utvekslet per år (hver utvekslings andel av én fordeling på strømmene; kjente eller strømbaserte mengder, enkle utslippsfaktorer)
ui-step-of = trinn { $step } av { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = en workshop må ha en id (f.eks. kalundborg-2021-05)
ui-1-workshop = 1 workshop
ui-programme-report = Programrapport…
ui-file-export-the-programme-report-as = Fil > Eksporter: programrapporten som HTML eller CSV
ui-workshop = Workshop
ui-venue = Sted
ui-facilitator = Fasilitator
ui-programme = Program
ui-new-workshop = Ny workshop
ui-e-g-kalundborg-2021-05 = f.eks. kalundborg-2021-05
ui-who-leads-it = hvem som leder den
ui-e-g-bis-interreg-2019-2021 = f.eks. BIS Interreg 2019-2021
ui-agenda-remarks = dagsorden, merknader
ui-add-workshop = Legg til workshop
ui-enter-haves-and-wants-at-this = Registrer har og trenger på denne workshopen (hurtigregistrering)
ui-not-an-attendee = ikke deltaker
ui-add-an-attending-firm-a-few = legg til en deltakende bedrift: noen bokstaver
ui-leads-not-matched-yet = Spor: ikke matchet ennå
ui-no-stage-recorded-yet = ingen fase registrert ennå
ui-hint-where = hvor
ui-stage-on = { $stage } den { $date }
ui-workshop-exists = workshopen «{ $id }» finnes allerede
ui-date-bad = datoen «{ $date }» er ikke skrevet ÅÅÅÅ-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } workshop
       *[other] { $count } workshops
    }
ui-attendees =
    Deltakere ({ $count ->
        [one] { $count } bedrift
       *[other] { $count } bedrifter
    })
ui-produced = Resultat: { $count } har og trenger registrert
ui-leads =
    Spor: { $count ->
        [one] { $count } kandidat
       *[other] { $count } kandidater
    } fra registreringene der
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ per år)
ui-synergies-from-it = Synergier derfra: { $count }
ui-reached-since = Nådd siden { $date }: { $stages }

## presentation.rs

ui-firms-linked = tilknyttede bedrifter
ui-materials-per-year = materialer per år
ui-co2-avoided-per-year = CO₂ unngått per år
ui-exit-presentation-f11 = Avslutt presentasjon (F11)
ui-anonymise-firms = Anonymiser bedrifter
ui-in-year = i { $year }
ui-headline-exchanges = utvekslinger
ui-second-language = Andre språk
ui-second-language-none = ingenting

## quick_entry.rs

ui-type-has-or-wants = skriv har eller trenger
ui-quantity-not-a-number = mengden «{ $text }» er ikke et tall
ui-no-firm-called = ingen bedrift ved navn «{ $name }»
ui-no-material-called = ingenting materiale ved navn «{ $name }»

## tasks.rs

ui-save-as-stopped-without-a-result = Lagre som stoppet uten resultat
ui-opening-the-project-stopped-without-a = Åpningen av prosjektet stoppet uten resultat
ui-export-failed-it-stopped-without-a = Eksporten mislyktes: den stoppet uten resultat
ui-rediscovery-found = Matching fra bunnen av fant { $found } av de { $documented } dokumenterte utvekslinger, hver i et år den var i drift (10 kandidater pr. tilbudsstrøm).
ui-rediscovery-products =
    { $count ->
        [one] { $count } produktsalg (det en bedrift finnes for å selge) er ikke en symbiosekandidat og utelates.
       *[other] { $count } produktsalg (det en bedrift finnes for å selge) er ikke symbiosekandidater og utelates.
    }
ui-rediscovery-not-found = Ikke funnet: { $missed }.
ui-result-dropped = { $job }: resultatet ble forkastet, prosjektet endret seg under kjøringen; kjør igjen
ui-matching-found =
    { $count ->
        [one] Matchingen fant { $count } kandidat
       *[other] Matchingen fant { $count } kandidater
    }
ui-best-allocation-found = Beste fordeling innenfor tidsgrensen: { $count } utvekslinger, innenfor { $gap } % av optimum
ui-optimal-allocation-count = Optimal fordeling: { $count } utvekslinger
ui-optimisation-stopped = Optimeringen stoppet: { $error }
ui-scenarios-stopped = Scenariosammenligningen stoppet: { $error }
ui-export-failed = Eksporten mislyktes: { $error }

## windows/export.rs

ui-export-2 = Eksport
ui-folder = Mappe
ui-include-confidential-flows-left-out-by = Ta med fortrolige strømmer (utelatt som standard)
ui-csv-the-import-formats = CSV (importformatene)
ui-lat-lon-wgs-84 = bredde/lengde (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (bedrifter, utvekslinger, kandidater; lengde/bredde)
ui-html-report-one-self-contained-file = HTML-rapport (én frittstående fil)
ui-map-image-png-of-the-current = Kartbilde (PNG) av gjeldende visning
ui-the-map-image-has-a-legend = Kartbildet har tegnforklaring, målestokk og bakgrunnskartets kilder; det viser tidslinjens år.
ui-programme-report-of = Programrapport for
ui-all-synergies = alle synergier
ui-programme-report-html = Programrapport (HTML)
ui-programme-report-csv = Programrapport (CSV)
ui-type-the-folder-to-export-into = Skriv mappen det skal eksporteres til
ui-wrote = Skrev { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } fortrolig strøm utelatt
       *[other] { $count } fortrolige strømmer utelatt
    }
ui-xy-in = x/y i { $code } { $name }
ui-export-cards = Har/trenger-kort (PDF, A4: ett ark per bedrift, deretter { $blank } tomme kort)
ui-exporting-into = Eksporterer til { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Velg en firms.csv og en flows.csv
ui-checking-the-files-stopped-without-a = Kontrollen av filene stoppet uten resultat
ui-import-csv-2 = Importer CSV
ui-files-in-the-csv-formats-of = Fil i CSV-formatene i README (firms.csv og flows.csv trengs). Bedrifter som allerede er i prosjektet, oppdateres etter id; strømmer og utvekslinger legges til.
ui-path-to-firms-csv = sti til firms.csv
ui-path-to-flows-csv = sti til flows.csv
ui-coordinates = Koordinater
ui-lat-lon-or-x-y-with = bredde/lengde eller x/y med en crs-kolonne
ui-check-files = Kontroller filer
ui-leave-out = (utelat)
ui-optional = valgfri
ui-import-counts = Importer { $firms } bedrifter, { $flows } strømmer, { $exchanges } utvekslinger
ui-column-mapping = Kolonnetilordning for { $file } (kolonner utenfor formatet)
ui-import-problems =
    { $count ->
        [one] { $count } problem; ingenting ble importert. Rett det i filene (eller tilordne kolonnene) og kontroller igjen:
       *[other] { $count } problemer; ingenting ble importert. Rett dem i filene (eller tilordne kolonnene) og kontroller igjen:
    }
ui-imported-counts = Importerte { $firms } bedrifter, { $flows } strømmer, { $exchanges } utvekslinger (Ctrl+Z angrer)

## windows/quick.rs

ui-quick-have-want-entry = Hurtigregistrering av har/trenger
ui-type-tab-to-the-next-field = Skriv, Tab til neste felt, Enter for å legge til. Noen bokstaver av en bedrift eller et materiale er nok.
ui-firm-name-or-id = bedriftsnavn eller id
ui-has-or-wants = Har eller trenger
ui-has-wants = har / trenger
ui-material-name-or-id = materialnavn eller id
ui-rough-figure = grovt tall
ui-add-enter = Legg til (Enter)
ui-discard = Forkast
ui-entries-to-review = { $count } workshopregistreringer til gjennomgang

## windows/team.rs

ui-open-an-offline-copy-first-file = Åpne først en offlinekopi (Fil > Teamserver > Sjekk ut)
ui-the-server-job-stopped-without-a = Serveroppgaven stoppet uten resultat
ui-team-server = Teamserver
ui-this-copy = Denne kopien
ui-send-this-copys-changes-since-it = Send kopiens endringer siden utsjekkingen, slått sammen med serverens, i én transaksjon
ui-refresh = Oppdater
ui-take-the-servers-changes-into-this = Ta serverens endringer inn i denne kopien uten å sende noe
ui-read-only-this-role-may-view = Skrivebeskyttet: denne rollen kan se serverprosjektet, ikke endre det.
ui-the-open-project-is-not-an-2 = Det åpne prosjektet er ikke en offlinekopi av et serverprosjekt.
ui-check-out-from-server-2 = Sjekk ut fra serveren
ui-server = Server
ui-project-schema = Prosjekt (skjema)
ui-area-w-s-e-n = Område V,S,Ø,N (W,S,E,N)
ui-empty-the-whole-project = tomt: hele prosjektet
ui-offline-copy = Offlinekopi
ui-the-password-comes-from-pgpassword-or = Passordet kommer fra PGPASSWORD eller ~/.pgpass; det lagres aldri i kopien.
ui-check-out = Sjekk ut
ui-give-the-project-schema-and-a = Angi prosjektet (skjema) og en sti til offlinekopien
ui-merge-two-copies-no-server = Slå sammen to kopier (uten server)
ui-base = Basis
ui-the-copy-both-started-from-gpkg = kopien begge startet fra (.gpkg)
ui-mine = Min
ui-your-copy-gpkg = din kopi (.gpkg)
ui-theirs = Deres
ui-the-other-copy-gpkg = den andre kopien (.gpkg)
ui-merged = Sammenslått
ui-the-file-to-write-gpkg = filen som skal skrives (.gpkg)
ui-merge = Slå sammen
ui-give-all-four-files-base-mine = Angi alle fire filer: basis, min, deres og den sammenslåtte som skal skrives
ui-working-with-the-server = Arbeider mot serveren…
ui-row = Rad
ui-field = Felt
ui-mine-for-all = Min for alle
ui-theirs-for-all = Deres for alle
ui-this-copys-values-for-all = Denne kopiens verdier for alle
ui-the-servers-values-for-all = Serverens verdier for alle
ui-merge-with-these-choices = Slå sammen med disse valgene
ui-check-in-with-these-choices = Sjekk inn med disse valgene
ui-refresh-with-these-choices = Oppdater med disse valgene
ui-checked-out = Sjekket { $schema } ut (revisjon { $revision }): { $firms } bedrifter, { $flows } strømmer, { $exchanges } utvekslinger
ui-role-view-only = skrivebeskyttet: denne rollen kan bare se det
ui-refreshed = Oppdatert: { $count } endring(er) fra serveren; serverrevisjon { $revision }
ui-checked-in = Sjekket inn: { $sent } rad(r) sendt, { $received } modtaget; serverrevisjon { $revision }
ui-conflicts-decided = { $count } konflikt(er) avgjort
ui-checkin-conflicts = { $count } konflikt(er): det samme feltet ble endret her og på serveren. Ingenting ble endret; velg en side for hver nedenfor
ui-merge-conflicts = { $count } konflikt(er); ingenting ble skrevet. Velg en side for hver nedenfor
ui-merged-into = Sammenslått til { $path }: { $mine } endring(er) fra min, { $theirs } fra deres
ui-nothing-written = { $error }; ingenting ble skrevet
ui-sync-line = kopi av { $schema } på { $server }, revisjon { $revision }, synkronisert { $at }
ui-one-area = ett område
ui-conflicts-count = Konflikter ({ $count })
ui-conflicts-open = { $count } konflikt(er) mangler fortsatt en side

## app.rs

ui-basemap-fallback = { $error } Det innebygde bakgrunnskartet brukes i stedet.
ui-not-a-project-or-csv = { $path } er verken et prosjekt (.gpkg) eller en CSV-fil

## recent.rs

ui-opened-working-copy = en arbeidskopi: selve eksemplet forblir som levert; bruk Lagre som for å beholde endringene dine
ui-opened-read-only-role = skrivebeskyttet: rollen din på teamserveren kan bare se dette prosjektet
ui-opened-read-only = skrivebeskyttet: bruk Lagre som for å redigere en kopi
ui-opened-redrawn =
    { $count ->
        [one] { $count } udvekslingslinje tegnet på nytt til bedrifter som er flyttet i et annet program (QGIS?)
       *[other] { $count } udvekslingslinjer tegnet på nytt til bedrifter som er flyttet i et annet program (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: vurdert etter hva strømmene tillater
ui-opened-overfilled =
    { $count ->
        [one] { $count } utveksling oppgir mer enn strømmene tillater (se fanen Utvekslinger)
       *[other] { $count } utvekslinger oppgir mer enn strømmene deres tillater (se fanen Utvekslinger)
    }
ui-opened = Åpnet { $path }
ui-could-not-copy-sample = Kunne ikke kopiere eksemplet { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Kontrol av filerne
job-evaluation = Vurdering
job-explanation = Forklaring
job-export = Eksport
job-existing-figures = Tall for eksisterende utvekslinger
job-matching = Matching
job-opening = Åpning
job-optimisation = Optimering
job-presentation = Presentasjon
job-rediscovery = Gjenoppdagelse
job-save-as = Lagre som
job-scenario-comparison = Scenariosammenligning
job-team-server = Teamserver

## words.rs (the project's enumerations)

stage-identified = identificeret
stage-contacted = kontaktet
stage-met = møtt
stage-feasibility = forstudie
stage-agreed = avtalt
stage-implemented = gjennomført
stage-completed = avsluttet
stage-dropped = oppgitt
reason-technical = tekniske årsaker
reason-economic = økonomiske årsaker
reason-regulatory = regelverk
reason-quality = kvalitet
reason-no_interest = ingen interesse
reason-other = annet
direction-supply = har
direction-demand = trenger
role-residue = restprodukt
role-product = produkt
transport-road = lastbil
transport-articulated = semitrailer
transport-rail = jernbane
transport-ship = skip
transport-pipeline = rørledning
transport-grid = nett
ui-unit-kt = kt
