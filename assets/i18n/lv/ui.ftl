# Symbiosis Explorer: the desktop app's own words (lv). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Saskaņošana atcelta
ui-optimisation-cancelled = Optimizācija atcelta
ui-layout-reset = Izkārtojums atiestatīts
ui-undone = Atsaukts
ui-could-not-undo = Neizdevās atsaukt
ui-nothing-to-undo = Nav ko atsaukt
ui-redone = Atcelta atsaukšana
ui-could-not-redo = Neizdevās atcelt atsaukšanu
ui-nothing-to-redo = Nav ko atkārtot
ui-the-open-project-is-not-an = Atvērtais projekts nav servera projekta bezsaistes kopija (Fails > Komandas serveris > Izņemt)
ui-type-a-path-for-save-as = Ievadiet ceļu komandai „Saglabāt kā” (piemēram, /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Komandai „Saglabāt kā” vajag citu faila nosaukumu
ui-type-a-path-for-the-new = Ievadiet jaunā projekta ceļu (piemēram, /home/me/park.gpkg)
ui-not-saved = Nav saglabāts: { $error }
ui-undo-history-cleared = { $what }; atsaukšanas vēsture notīrīta
ui-not-removed = Nav noņemts: { $error }
ui-opening = Atver { $path }…
ui-choose-another-file = { $error }. Izvēlieties citu failu (Fails > Atvērt).
ui-saving-as = Saglabā kā { $path }…
ui-save-as-failed = „Saglabāt kā” neizdevās: { $error }
ui-saved-a-copy = { $from } kopija saglabāta kā { $path }
ui-saved-as = Saglabāts kā { $path }; izmaiņas tagad nonāk tur
ui-could-not-create = Neizdevās izveidot { $path }: { $error }
ui-proposed = Ierosināts: { $material } { $from } -> { $to }

## dock.rs

ui-map = Karte
ui-about-tour = Par projektu un ekskursija
ui-firms = Uzņēmumi
ui-flows = Plūsmas
ui-settings = Iestatījumi
ui-all-flows = Visas plūsmas
ui-candidates = Kandidāti
ui-exchanges = Apmaiņas
ui-charts = Diagrammas
ui-flow-diagram = Plūsmu shēma
ui-workshops = Darbnīcas

## map/mod.rs

ui-no-cache-folder = nav kešatmiņas mapes
ui-quantity-unknown = daudzums nezināms
ui-years-unknown = gadi nezināmi
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [zero] { $flows } plūsmu
        [one] { $flows } plūsma
       *[other] { $flows } plūsmas
    }
ui-per-year = { $quantity } { $unit }/gadā
ui-since-year = kopš { $year }
ui-hover-candidate =
    Kandidāts: { $from } -> { $to }
    { $material } { $quantity } { $unit }/gadā · { $km } km
    CO₂ { $co2 } t/gadā · ieguvums { $benefit }
ui-choose-mbtiles = { $error }. Izvēlieties .mbtiles rastra failu.
ui-online-tiles-on = OpenStreetMap tiešsaistes flīzes ieslēgtas; skatītie apgabali tiek saglabāti kešatmiņā { $cache }
ui-basemap-named = Pamatkarte: { $name }

## map/overlay.rs

ui-zoom-in = Tuvināt
ui-zoom-out = Tālināt
ui-fit = Viss
ui-zoom-to-project = Rādīt visu projektu
ui-legend = Apzīmējumi
ui-energy = Enerģija
ui-water = Ūdens
ui-materials = Materiāli
ui-solid-realised-dashed-proposed-agreed-faded = nepārtraukta — darbojas · raustīta — ierosināta/saskaņota · bāla — beigusies
ui-candidate = Kandidāts
ui-credits-online = Kartes dati © OpenStreetMap līdzautori (ODbL), tiešsaistes flīzes · { $basemap } · Apdzīvotas vietas: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Pamatkarte: { $name } { $attribution } · { $basemap } · Apdzīvotas vietas: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Apdzīvotas vietas: GeoNames (CC BY 4.0)
ui-matching-progress = Saskaņo { $done }/{ $total } piedāvājuma plūsmas

## map/timeline.rs

ui-timeline = Laika josla
ui-pause = Pauze
ui-play = Atskaņot
ui-timeline-year =
    { $year }: { $running ->
        [zero] darbojas { $running } apmaiņu
        [one] darbojas { $running } apmaiņa
       *[other] darbojas { $running } apmaiņas
    }; zināmie daudzumi { $totals } gadā
ui-timeline-new = Jauna: { $from } -> { $to }: { $material }
ui-timeline-ended = Beigusies: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Fails
ui-open-or-save-as-a-path = Atvērt vai saglabāt ceļā:
ui-open = Atvērt
ui-save-as = Saglabāt kā
ui-new = Jauns
ui-browse = Pārlūkot…
ui-check-out-from-server = Izņemt no servera…
ui-check-in = Iesniegt serverī
ui-open-an-offline-copy-checked-out = Atveriet bezsaistes kopiju, ko izņēmusi loma ar rediģēšanas tiesībām
ui-refresh-from-server = Atjaunināt no servera
ui-open-an-offline-copy-of-a = Atveriet servera projekta bezsaistes kopiju
ui-merge-two-copies = Apvienot divas kopijas…
ui-recent-projects = Nesenie projekti
ui-samples = Piemēri
ui-import-csv = Importēt CSV…
ui-export = Eksportēt…
ui-edit = Rediģēt
ui-undo-ctrl-z = Atsaukt  (Ctrl+Z)
ui-redo-ctrl-shift-z = Atcelt atsaukšanu  (Ctrl+Shift+Z)
ui-view = Skats
ui-quick-entry-ctrl-e = Ātrā ievade (Ctrl+E)
ui-present-f11 = Prezentēt (F11)
ui-presenter-view = Prezentētāja skats
ui-the-projector-shows-the-clean-view = Projektors rāda tīro skatu otrā logā (velciet to uz projektora ekrānu); šajā logā paliek vadīklas
ui-sample-working-copy = piemērs (darba kopija)
ui-firm-labels = Uzņēmumu nosaukumi
ui-towns = Apdzīvotas vietas
ui-candidates-shown = rādīti kandidāti
ui-panes = Paneļi
ui-reset-layout = Atiestatīt izkārtojumu
ui-the-default-arrangement-of-map-panes = Kartes, paneļu un tabulu noklusējuma izkārtojums
ui-language = Valoda
ui-the-language-of-the-report-the = Lietotnes, pārskata, kartes attēla un materiālu nosaukumu valoda
ui-basemap = Pamatkarte
ui-built-in-offline-basemap = Iebūvēta bezsaistes pamatkarte
ui-openstreetmap-online = OpenStreetMap (tiešsaistē)
ui-downloads-map-tiles-from-openstreetmap-while = Kamēr ieslēgts, lejupielādē kartes flīzes no OpenStreetMap; katrs skatītais apgabals paliek diska kešatmiņā un ir pieejams bezsaistē. Pēc noklusējuma izslēgts: lietotne neveic pieprasījumus, kamēr to neieslēdzat.
ui-path-to-an-mbtiles-file = ceļš uz .mbtiles failu
ui-use-mbtiles = Izmantot MBTiles
ui-open-sample = Atvērt piemēru { $sample }
ui-read-only = tikai lasāms

## panels/all_flows.rs

ui-firm = Uzņēmums
ui-direction = Virziens
ui-material = Materiāls
ui-quantity = Daudzums
ui-role = Loma
ui-years = Gadi
ui-confidential = Konfidenciāli
ui-id = ID
ui-source = Avots
ui-paste-rows-from-a-spreadsheet = Ielīmēt rindas no izklājlapas
ui-filter = Filtrs
ui-firm-material-direction-or-source = uzņēmums, materiāls, virziens vai avots
ui-select-shown = Atlasīt rādītās
ui-clear-selection = Notīrīt atlasi
ui-mark-confidential = Atzīmēt kā konfidenciālas
ui-unmark-confidential = Noņemt konfidencialitāti
ui-source-for-the-selected = avots atlasītajām
ui-set-source = Iestatīt avotu
ui-delete-selected = Dzēst atlasītās
ui-tab-separated-rows-in-the-flows = Ar tabulēšanas zīmi atdalītas rindas flows.csv kolonnu secībā (firm_id, direction, material, quantity, unit, ...) vai ar šo galvenes rindu. Pārbauda kā CSV importu.
ui-paste-rows-here = ielīmējiet rindas šeit
ui-entered-at-the-workshop = Ievadīts darbnīcā
ui-check-and-add-pasted-rows = Pārbaudīt un pievienot ielīmētās rindas
ui-nothing-to-add-paste-rows-first = Nav ko pievienot: vispirms ielīmējiet rindas
ui-select-flow = atlasīt plūsmu { $id }
ui-showing-flows = rādītas { $shown } no { $total } plūsmām; sašauriniet ar filtru
ui-n-selected = atlasītas: { $count }
ui-added-pasted-flows =
    { $count ->
        [zero] Pievienotas { $count } ielīmētās plūsmas (Ctrl+Z atsauc)
        [one] Pievienota { $count } ielīmēta plūsma (Ctrl+Z atsauc)
       *[other] Pievienotas { $count } ielīmētas plūsmas (Ctrl+Z atsauc)
    }
ui-yes = jā
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Atcelt saskaņošanu
ui-run-matching = Palaist saskaņošanu
ui-greenfield-ignore-existing-exchanges = no nulles (bez esošajām apmaiņām)
ui-cancel-optimising = Atcelt optimizāciju
ui-optimise = Optimizēt
ui-the-allocation-with-the-largest-total = Sadalījums ar lielāko kopējo neto ieguvumu (precīza LP); parādīts kartē
ui-include-products = ar produktiem
ui-also-offer-flows-whose-role-is = Piedāvāt arī plūsmas, kuru loma ir produkts (tas, ko uzņēmums ražo pārdošanai): tā ir produktu pārdošana, un tā netiek ieskaitīta
ui-optimal-allocation = Optimāls sadalījums
ui-why-not-explain-any-pair-of = Kāpēc ne? Izskaidrot jebkuru plūsmu pāri
ui-supply-flow-id = piedāvājuma plūsmas ID
ui-demand-flow-id = pieprasījuma plūsmas ID
ui-why-not = Kāpēc ne?
ui-no-candidates-yet-press-run-matching = Kandidātu vēl nav: nospiediet „Palaist saskaņošanu”.
ui-firm-or-material = uzņēmums vai materiāls
ui-sort-by = Kārtot pēc
ui-from-to = No -> uz
ui-quantity-per-year = Daudzums gadā
ui-distance = Attālums
ui-co2-t-yr = CO₂ t/gadā
ui-score = Vērtējums
ui-transport = Transports
ui-propose = Ierosināt
ui-turn-this-candidate-into-a-proposed = Padarīt šo kandidātu par ierosinātu apmaiņu
ui-why-this-candidate-every-term-and = Kāpēc šis kandidāts: katrs saskaitāmais un tā avots
ui-best-allocation-within = Labākais laika ierobežojumā atrastais sadalījums (līdz { $gap } % no optimuma)
ui-allocation-summary = { $what }: apmaiņas — { $count }, novērsts { $co2 } t CO₂/gadā, neto ieguvums { $benefit } { $currency }/gadā (parādīts kartē)
ui-not-a-flow-id = „{ $text }” nav plūsmas ID (sk. tabulu „Visas plūsmas”)
ui-benefit-per-year = Ieguvums { $currency }/gadā
ui-sort-score = vērtējums
ui-sort-co2 = CO₂
ui-sort-benefit = ieguvums
ui-sort-distance = attālums
ui-sort-quantity = daudzums

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ pa apmaiņām: modelētais (t/gadā) blakus paziņotajam (t CO₂e), nekad nesaskaitīti
ui-not-running-in-the-year-shown = parādītajā gadā nedarbojas
ui-not-verified = nav pārbaudīts
ui-modelled-co2-avoided-t-yr = modelētais novērstais CO₂, t/gadā
ui-reported-co2-t = paziņotais CO₂, t
ui-of-it-verified = no tā pārbaudīts
ui-scenarios-existing-existing-proposed-optimal = Scenāriji: esošās, esošās + ierosinātās, optimālais
ui-compare-scenarios = Salīdzināt scenārijus
ui-runs-matching-and-the-optimal-allocation = Fonā palaiž saskaņošanu un optimālo sadalījumu (līdz 20 s)
ui-link-density-l-s = saišu blīvums L/S
ui-co2-avoided-t-yr = Novērstais CO₂, t/gadā
ui-net-benefit-yr = neto ieguvums /gadā
ui-co2-avoided-kt-yr = Novērstais CO₂, kt/gadā
ui-net-benefit-m-yr = Neto ieguvums, milj./gadā
ui-exchanged-quantity-by-year-known-quantities = Apmainītais daudzums pa gadiem (zināmie daudzumi)
ui-quantity-per-year-outputs-up-inputs = daudzums gadā (izejas uz augšu, ieejas uz leju)
ui-select-a-firm-to-see-its = Izvēlieties uzņēmumu, lai redzētu tā ieejas un izejas.
ui-t-per-year = { $value } t/gadā
ui-verified-lower = pārbaudīts
ui-outcome-chart-line = { $exchange }: modelēts { $modelled }, paziņots { $reported } t { $year }. gadā ({ $verified })
ui-by-material = Esošās apmaiņas pa materiāliem: novērstais CO₂ (t/gadā) un neto ieguvums (tūkst. gadā)
ui-by-material-in = Esošās apmaiņas { $year }. gadā pa materiāliem: novērstais CO₂ (t/gadā) un neto ieguvums (tūkst. gadā)
ui-net-benefit-k = Neto ieguvums, tūkst. { $currency }/gadā
ui-thousand-unit-per-year = tūkst. { $unit }/gadā
ui-firm-inputs-outputs = { $firm }: ieejas (vajag) un izejas (ir)

## panels/contacts.rs

ui-a-contact-needs-a-name = kontaktam jābūt vārdam
ui-personal-data-never-shown-in-presentation = Personas dati: nekad netiek rādīti prezentācijas režīmā, pārskatā, kartes attēlā vai eksportā (CSV tikai ar „iekļaut personas datus”).
ui-no-consent-recorded = piekrišana nav reģistrēta
ui-remove-this-person = Noņemt šo personu…
ui-remove-completely = Noņemt pilnībā
ui-keep = Paturēt
ui-edit-contact = Rediģēt kontaktu
ui-add-a-contact = Pievienot kontaktu
ui-name = Vārds, uzvārds
ui-full-name = pilns vārds
ui-e-g-energy-manager = piem., energopārvaldnieks
ui-email = E-pasts
ui-phone = Tālrunis
ui-consent-date = Piekrišanas datums
ui-consent-basis = Piekrišanas pamats
ui-e-g-agreed-at-the-workshop = piem., dota darbnīcā
ui-save-contact = Saglabāt kontaktu
ui-add-contact = Pievienot kontaktu
ui-cancel = Atcelt
ui-consent-date-bad = piekrišanas datums „{ $date }” nav rakstīts formā GGGG-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontakti ({ $count })
ui-consent-on = piekrišana { $date }
ui-consent-basis-only = piekrišana: { $basis }
ui-remove-person-warning = Pilnībā noņemt { $name }? Rinda tiek dzēsta, vārds, e-pasts un tālrunis tiek aizstāti ar „{ $placeholder }” visur, kur tos piemin projekta teksti, un fails tiek attīrīts no visām kopijām. To nevar atsaukt, un tiek notīrīta atsaukšanas vēsture.

## panels/diagram.rs

ui-energy-mwh = enerģija (MWh)
ui-materials-t = materiāli (t)
ui-water-m3 = ūdens (m³)
ui-no-exchanges-with-known-quantities-in = Šajā mērvienībā nav apmaiņu ar zināmiem daudzumiem
ui-only-firm = tikai { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = uzņēmums, materiāls vai statuss
ui-no-due-date = bez termiņa
ui-from-to-material = No -> uz: materiāls
ui-status = Statuss
ui-evaluation-every-term-and-its-source = Novērtējums: katrs saskaitāmais un tā avots
ui-no-evaluation-the-flows-behind-this = Nav novērtējuma: šīs apmaiņas plūsmu projektā nav (pievienojiet piedāvājuma plūsmu sūtītājam un pieprasījuma plūsmu saņēmējam)
ui-exchanges-count =
    { $count ->
        [zero] { $count } apmaiņu
        [one] { $count } apmaiņa
       *[other] { $count } apmaiņas
    }
ui-my-actions = Mani uzdevumi: atvērti { $open }, nokavēti { $overdue }
ui-due-date = termiņš { $date }
ui-overdue = { $action } (nokavēts)
ui-until-year = līdz { $year }
ui-year-to = līdz
ui-year-open = atvērts
ui-source-is = Avots: { $source }
ui-exchange-figures = { $quantity } { $unit } gadā: novērsts { $co2 } t CO₂, neto ieguvums { $benefit } { $currency }

## panels/firms.rs

ui-no-project-open-use-file-open = Nav atvērta projekta. Izmantojiet Fails > Atvērt.
ui-search = Meklēt
ui-name-nace-or-material = nosaukums, NACE vai materiāls
ui-move-firms-by-dragging-them-on = Pārvietot uzņēmumus, velkot tos kartē (vilkšana ar labo pogu pārvieto karti)
ui-select-a-firm-in-the-list = Izvēlieties uzņēmumu sarakstā vai kartē, lai to rediģētu.
ui-click-an-empty-spot-on-the = Noklikšķiniet uz tukšas vietas kartē un nospiediet pogu zemāk, lai tur pievienotu uzņēmumu.
ui-latitude = Platums
ui-longitude = Garums
ui-search-nace-by-code-or-words = meklēt NACE pēc koda vai vārdiem
ui-country = Valsts
ui-its-grid-district-heat-and-landfill = Tās elektrotīkla, centralizētās siltumapgādes un poligona rādītāji attiecas uz šī uzņēmuma apmaiņām
ui-eu-ets = ES ETS
ui-an-eu-ets-installation = ES emisijas kvotu tirdzniecības sistēmas (EU ETS) iekārta
ui-fuel-it-stops-burning-on-its = Kurināmais, ko tā pārstāj dedzināt savā teritorijā, ietaupa kvotas par oglekļa cenu
ui-notes = Piezīmes
ui-show-flows = Rādīt plūsmas
ui-delete-this-firm-with-its-flows = Dzēst šo uzņēmumu kopā ar tā plūsmām, apmaiņām un kontaktiem?
ui-yes-delete = Jā, dzēst
ui-delete-firm = Dzēst uzņēmumu…
ui-firms-shown = { $shown } no { $total } uzņēmumiem
ui-add-firm-at = Pievienot uzņēmumu punktā { $lat }, { $lon }
ui-use-country = izmantot { $code } (pēc atrašanās vietas)
ui-country-none = nav

## panels/flow_form.rs

ui-edit-the-flow = Rediģēt plūsmu
ui-add-a-flow = Pievienot plūsmu
ui-find-a-name-or-word-in = meklēt: nosaukums vai vārds jebkurā valodā
ui-search-ewc-code-or-words = meklēt atkritumu kodu (EWC) vai vārdus
ui-russian-waste-code-11-digits-the = Krievijas atkritumu kods (ФККО): 11 cipari, pēdējais ir bīstamības klase (1–4 bīstami)
ui-flags = Pazīmes
ui-accepts-hazardous = pieņem bīstamos
ui-waste-by-product-surplus-energy-or = Atkritumi, blakusprodukts, enerģijas vai ūdens pārpalikums: apmaiņa novērš to apglabāšanu
ui-what-the-firm-exists-to-sell = Tas, ko uzņēmums ražo pārdošanai: pārdošana ir tirdzniecība, nevis simbioze, un netiek ieskaitīta
ui-save-changes = Saglabāt izmaiņas
ui-add-flow = Pievienot plūsmu
ui-quantity-must-be-zero-or-more = Daudzumam jābūt nullei vai vairāk
ui-unit-converted = { $unit }/gadā (pārrēķināts uz { $to })
ui-hazard-class = bīstamības klase { $class }
ui-saved-note = Saglabāts: { $note }
ui-unknown-material = Nezināms materiāls „{ $material }”
ui-quantity-bad = Daudzums: { $error }; ievadiet, piemēram, 1500
ui-not-a-year-range = „{ $text }” nav gads ({ $from }..{ $to })
ui-years-reversed = „Pieejams no” { $from } ir vēlāk nekā „pieejams līdz” { $to }
ui-eg = piem., { $example }
ui-hint-from = no
ui-hint-to = līdz
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Izvēlieties uzņēmumu (cilne „Uzņēmumi” vai karte), lai redzētu, kas tam ir un kas vajadzīgs.
ui-has-supply = Ir (piedāvājums)
ui-wants-demand = Vajag (pieprasījums)
ui-edit-flow = Rediģēt plūsmu
ui-load-this-flow-into-the-form = Ielādēt šo plūsmu veidlapā zemāk
ui-delete = Dzēst
ui-delete-this-flow-ctrl-z-undoes = Dzēst šo plūsmu (Ctrl+Z atsauc)
ui-flows-of = Plūsmas: { $firm }
ui-from-year = no { $year }
ui-confidential-tag = konfidenciāli

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Parādītajā gadā nedarbojas: novērtēta tā, it kā tā būtu pievienota pēc visām darbojošajām apmaiņām.
ui-counterfactual = Alternatīvais scenārijs: { $text }
ui-evaluated-at-flows = { $exchange }: novērtēta pēc tā, ko atļauj plūsmas

## panels/pipeline.rs

ui-landfill-diversion-t = Novirzīts no poligona (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Radītās darbvietas
ui-jobs-safeguarded = Saglabātās darbvietas
ui-water-saved-m3 = Ietaupītais ūdens (m³)
ui-virgin-material-saved-t = Ietaupītās primārās izejvielas (t)
ui-type-at-least-one-reported-figure = ievadiet vismaz vienu paziņoto rādītāju
ui-pipeline = Gaita
ui-stage = Posms
ui-because = Iemesls
ui-date = Datums
ui-by = Kas
ui-note = Piezīme
ui-what-happened = kas notika
ui-next-action = Nākamais solis
ui-what-is-to-be-done-next = kas jādara tālāk
ui-owner = Atbildīgais
ui-who-takes-it = kas to uzņemas
ui-due = Termiņš
ui-record-stage = Reģistrēt posmu
ui-reported-outcomes-beside-the-modelled-figures = Paziņotie rezultāti (blakus modelētajiem rādītājiem, nekad tiem nepieskaitīti)
ui-none-reported-yet = Vēl nekas nav paziņots.
ui-remove = Noņemt
ui-report-an-outcome = Paziņot rezultātu
ui-year = Gads
ui-not-reported = nav paziņots
ui-evidence = Pierādījums
ui-a-text-or-a-document-path = teksts vai dokumenta ceļš
ui-verified = Pārbaudīts
ui-checked-against-evidence = salīdzināts ar pierādījumu
ui-save-outcome = Saglabāt rezultātu
ui-cost-savings = Izmaksu ietaupījums ({ $currency })
ui-additional-sales = Papildu pārdošana ({ $currency })
ui-private-investment = Privātās investīcijas ({ $currency })
ui-not-a-year = gads „{ $text }” nav gads
ui-figure-not-a-number = { $figure }: „{ $text }” nav skaitlis 0 vai vairāk
ui-modelled-co2 = modelēts { $value } t CO₂ gadā
ui-reported-figures = paziņots { $figures }
ui-no-stage = nav
ui-no-stage-yet-implied = Posms vēl nav reģistrēts (tā statusam atbilst: { $stage })
ui-next-action-is = Tālāk: { $action }
ui-hint-who = kas
ui-exchange-not-in-project = apmaiņas { $id } projektā nav
ui-evidence-is = pierādījums: { $evidence }

## panels/settings.rs

ui-evaluation = Novērtējums
ui-evaluation-year = Novērtējuma gads
ui-unticked-the-park-is-evaluated-as = Neatzīmēts: parks tiek novērtēts tāds, kāds tas ir šogad
ui-currency = Valūta
ui-every-money-figure-is-shown-in = Visas naudas summas tiek rādītas tajā; kataloga un parametru vērtības (EUR) tiek pārrēķinātas pēc fx.CODE
ui-evaluation-parameters = Novērtējuma parametri
ui-each-value-with-its-source-an = Katra vērtība ar savu avotu; mainīta vērtība tiek saglabāta (viens atsaukšanas solis) ar avotu „edited in Symbiosis Explorer”. Naudas parametri ir eiro (EUR).
ui-this-year-is = šogad ({ $year })
ui-per-eur = { $rate } par EUR
ui-max-km = līdz { $km } km
ui-material-factors = EK primārais { $virgin } · apglabāšana { $disposal }
ui-material-factors-sources =
    EK primārajām izejvielām: { $virgin }
    EK apglabāšanai: { $disposal }
    cena { $price } EUR: { $price_source }
    apglabāšana { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fiksēts

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Ilustratīvs piemērs: plūsmas, kuru avotā teikts „illustrative”, ir izdomātas vingrinājumam.
ui-this-year = šogad
ui-guided-tour = Ekskursija
ui-back = Atpakaļ
ui-next = Tālāk
ui-would-the-matcher-have-found-this = Vai saskaņošana būtu atradusi šo parku?
ui-greenfield-matching-existing-exchanges-ignored-compared = Saskaņošana no nulles (bez esošajām apmaiņām) salīdzinājumā ar dokumentētajām apmaiņām
ui-tour-computed-here = Šeit aprēķināts esošajām apmaiņām ({ $count }) { $year }. gadā: novērsts { $co2 } t CO₂ gadā; gadā apmaina { $tonnes } t materiālu, { $mwh } MWh enerģijas un { $m3 } m³ ūdens (katras apmaiņas daļa vienā sadalījumā pa tās plūsmām; zināmi vai no plūsmām izrietoši daudzumi, vienkārši emisijas faktori)
ui-step-of = solis { $step } no { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = darbnīcai jābūt ID (piem., kalundborg-2021-05)
ui-1-workshop = 1 darbnīca
ui-programme-report = Programmas pārskats…
ui-file-export-the-programme-report-as = Fails > Eksportēt: programmas pārskats HTML vai CSV formātā
ui-workshop = Darbnīca
ui-venue = Vieta
ui-facilitator = Moderators
ui-programme = Programma
ui-new-workshop = Jauna darbnīca
ui-e-g-kalundborg-2021-05 = piem., kalundborg-2021-05
ui-who-leads-it = kas to vada
ui-e-g-bis-interreg-2019-2021 = piem., BIS Interreg 2019-2021
ui-agenda-remarks = darba kārtība, piezīmes
ui-add-workshop = Pievienot darbnīcu
ui-enter-haves-and-wants-at-this = Ievadīt „ir” un „vajag” šajā darbnīcā (ātrā ievade)
ui-not-an-attendee = nav dalībnieks
ui-add-an-attending-firm-a-few = pievienot uzņēmumu-dalībnieku: dažus burtus
ui-leads-not-matched-yet = Norādes: vēl nav saskaņots
ui-no-stage-recorded-yet = posmi vēl nav reģistrēti
ui-hint-where = kur
ui-stage-on = { $stage } { $date }
ui-workshop-exists = darbnīca „{ $id }” jau ir
ui-date-bad = datums „{ $date }” nav rakstīts formā GGGG-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [zero] { $count } darbnīcu
        [one] { $count } darbnīca
       *[other] { $count } darbnīcas
    }
ui-attendees =
    Dalībnieki ({ $count ->
        [zero] { $count } uzņēmumu
        [one] { $count } uzņēmums
       *[other] { $count } uzņēmumi
    })
ui-produced = Rezultāts: ievadīti { $count } „ir” un „vajag”
ui-leads =
    Norādes: { $count ->
        [zero] { $count } kandidātu
        [one] { $count } kandidāts
       *[other] { $count } kandidāti
    } no tās ierakstiem
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ gadā)
ui-synergies-from-it = No tās radušās sinerģijas: { $count }
ui-reached-since = Sasniegts kopš { $date }: { $stages }

## presentation.rs

ui-firms-linked = saistīti uzņēmumi
ui-materials-per-year = materiālu gadā
ui-co2-avoided-per-year = novērstais CO₂ gadā
ui-exit-presentation-f11 = Beigt prezentāciju (F11)
ui-anonymise-firms = Anonimizēt uzņēmumus
ui-in-year = { $year }. gadā
ui-headline-exchanges = apmaiņas
ui-second-language = Otrā valoda
ui-second-language-none = nav

## quick_entry.rs

ui-type-has-or-wants = ievadiet „ir” vai „vajag”
ui-quantity-not-a-number = daudzums „{ $text }” nav skaitlis
ui-no-firm-called = nav uzņēmuma „{ $name }”
ui-no-material-called = nav materiāla „{ $name }”

## tasks.rs

ui-save-as-stopped-without-a-result = „Saglabāt kā” beidzās bez rezultāta
ui-opening-the-project-stopped-without-a = Projekta atvēršana beidzās bez rezultāta
ui-export-failed-it-stopped-without-a = Eksports neizdevās: tas beidzās bez rezultāta
ui-rediscovery-found = Saskaņošana no nulles atrada { $found } no { $documented } dokumentētajām apmaiņām, katru gadā, kad tā darbojās (10 kandidāti uz piedāvājuma plūsmu).
ui-rediscovery-products =
    { $count ->
        [zero] { $count } produktu pārdošanas (tā, ko uzņēmums ražo pārdošanai) nav simbiozes kandidāti un netiek iekļautas.
        [one] { $count } produkta pārdošana (tā, ko uzņēmums ražo pārdošanai) nav simbiozes kandidāts un netiek iekļauta.
       *[other] { $count } produktu pārdošanas (tā, ko uzņēmums ražo pārdošanai) nav simbiozes kandidāti un netiek iekļautas.
    }
ui-rediscovery-not-found = Nav atrastas: { $missed }.
ui-result-dropped = { $job }: rezultāts atmests, projekts mainījās darba laikā; palaidiet vēlreiz
ui-matching-found =
    { $count ->
        [zero] Saskaņošana atrada { $count } kandidātu
        [one] Saskaņošana atrada { $count } kandidātu
       *[other] Saskaņošana atrada { $count } kandidātus
    }
ui-best-allocation-found = Labākais laika ierobežojumā atrastais sadalījums: apmaiņas — { $count }, līdz { $gap } % no optimuma
ui-optimal-allocation-count = Optimāls sadalījums: apmaiņas — { $count }
ui-optimisation-stopped = Optimizācija apturēta: { $error }
ui-scenarios-stopped = Scenāriju salīdzināšana apturēta: { $error }
ui-export-failed = Eksports neizdevās: { $error }

## windows/export.rs

ui-export-2 = Eksports
ui-folder = Mape
ui-include-confidential-flows-left-out-by = Iekļaut konfidenciālās plūsmas (pēc noklusējuma izlaistas)
ui-csv-the-import-formats = CSV (importa formāti)
ui-lat-lon-wgs-84 = platums/garums (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (uzņēmumi, apmaiņas, kandidāti; garums/platums)
ui-html-report-one-self-contained-file = HTML pārskats (viens patstāvīgs fails)
ui-map-image-png-of-the-current = Pašreizējā skata kartes attēls (PNG)
ui-the-map-image-has-a-legend = Kartes attēlā ir apzīmējumi, mērogjosla un pamatkartes avoti; tas rāda laika joslas gadu.
ui-programme-report-of = Programmas pārskats:
ui-all-synergies = visas sinerģijas
ui-programme-report-html = Programmas pārskats (HTML)
ui-programme-report-csv = Programmas pārskats (CSV)
ui-type-the-folder-to-export-into = Ievadiet mapi, kurā eksportēt
ui-wrote = Ierakstīts: { $files }
ui-confidential-left-out =
    { $count ->
        [zero] izlaistas { $count } konfidenciālas plūsmas
        [one] izlaista { $count } konfidenciāla plūsma
       *[other] izlaistas { $count } konfidenciālas plūsmas
    }
ui-xy-in = x/y sistēmā { $code } { $name }
ui-export-cards = „Ir/vajag” kartītes (PDF, A4: lapa katram uzņēmumam, tad { $blank } tukšas kartītes)
ui-exporting-into = Eksportē uz { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Izvēlieties firms.csv un flows.csv
ui-checking-the-files-stopped-without-a = Failu pārbaude beidzās bez rezultāta
ui-import-csv-2 = Importēt CSV
ui-files-in-the-csv-formats-of = Faili README aprakstītajos CSV formātos (vajag firms.csv un flows.csv). Projektā jau esošie uzņēmumi tiek atjaunināti pēc ID; plūsmas un apmaiņas tiek pievienotas.
ui-path-to-firms-csv = ceļš uz firms.csv
ui-path-to-flows-csv = ceļš uz flows.csv
ui-coordinates = Koordinātas
ui-lat-lon-or-x-y-with = platums/garums vai x/y ar kolonnu crs
ui-check-files = Pārbaudīt failus
ui-leave-out = (izlaist)
ui-optional = neobligāti
ui-import-counts = Importēt: uzņēmumi — { $firms }, plūsmas — { $flows }, apmaiņas — { $exchanges }
ui-column-mapping = Kolonnu atbilstība failam { $file } (kolonnas ārpus formāta)
ui-import-problems =
    { $count ->
        [zero] { $count } problēmu; nekas netika importēts. Izlabojiet failus (vai piešķiriet kolonnas) un pārbaudiet vēlreiz:
        [one] { $count } problēma; nekas netika importēts. Izlabojiet to failos (vai piešķiriet kolonnas) un pārbaudiet vēlreiz:
       *[other] { $count } problēmas; nekas netika importēts. Izlabojiet tās failos (vai piešķiriet kolonnas) un pārbaudiet vēlreiz:
    }
ui-imported-counts = Importēts: uzņēmumi — { $firms }, plūsmas — { $flows }, apmaiņas — { $exchanges } (Ctrl+Z atsauc)

## windows/quick.rs

ui-quick-have-want-entry = Ātrā „ir/vajag” ievade
ui-type-tab-to-the-next-field = Rakstiet, Tab — uz nākamo lauku, Enter — pievienot. Pietiek ar dažiem uzņēmuma vai materiāla nosaukuma burtiem.
ui-firm-name-or-id = uzņēmuma nosaukums vai ID
ui-has-or-wants = Ir vai vajag
ui-has-wants = ir / vajag
ui-material-name-or-id = materiāla nosaukums vai ID
ui-rough-figure = aptuvens skaitlis
ui-add-enter = Pievienot (Enter)
ui-discard = Atmest
ui-entries-to-review = Pārskatāmi darbnīcas ieraksti: { $count }

## windows/team.rs

ui-open-an-offline-copy-first-file = Vispirms atveriet bezsaistes kopiju (Fails > Komandas serveris > Izņemt)
ui-the-server-job-stopped-without-a = Darbs ar serveri beidzās bez rezultāta
ui-team-server = Komandas serveris
ui-this-copy = Šī kopija
ui-send-this-copys-changes-since-it = Nosūtīt šīs kopijas izmaiņas kopš izņemšanas, apvienotas ar servera izmaiņām, vienā transakcijā
ui-refresh = Atjaunināt
ui-take-the-servers-changes-into-this = Pieņemt servera izmaiņas šajā kopijā, neko nesūtot
ui-read-only-this-role-may-view = Tikai lasāms: šī loma var skatīt servera projektu, bet ne mainīt to.
ui-the-open-project-is-not-an-2 = Atvērtais projekts nav servera projekta bezsaistes kopija.
ui-check-out-from-server-2 = Izņemt no servera
ui-server = Serveris
ui-project-schema = Projekts (shēma)
ui-area-w-s-e-n = Apgabals R,D,A,Z (W,S,E,N)
ui-empty-the-whole-project = tukšs: viss projekts
ui-offline-copy = Bezsaistes kopija
ui-the-password-comes-from-pgpassword-or = Parole tiek ņemta no PGPASSWORD vai ~/.pgpass; kopijā tā nekad netiek glabāta.
ui-check-out = Izņemt
ui-give-the-project-schema-and-a = Norādiet projektu (shēmu) un bezsaistes kopijas ceļu
ui-merge-two-copies-no-server = Apvienot divas kopijas (bez servera)
ui-base = Bāze
ui-the-copy-both-started-from-gpkg = kopija, no kuras sāka abas (.gpkg)
ui-mine = Mana
ui-your-copy-gpkg = jūsu kopija (.gpkg)
ui-theirs = Viņu
ui-the-other-copy-gpkg = otra kopija (.gpkg)
ui-merged = Apvienotā
ui-the-file-to-write-gpkg = ierakstāmais fails (.gpkg)
ui-merge = Apvienot
ui-give-all-four-files-base-mine = Norādiet visus četrus failus: bāzi, manu, viņu un ierakstāmo apvienoto
ui-working-with-the-server = Darbs ar serveri…
ui-row = Rinda
ui-field = Lauks
ui-mine-for-all = Manu visiem
ui-theirs-for-all = Viņu visiem
ui-this-copys-values-for-all = Šīs kopijas vērtības visiem
ui-the-servers-values-for-all = Servera vērtības visiem
ui-merge-with-these-choices = Apvienot ar šo izvēli
ui-check-in-with-these-choices = Iesniegt ar šo izvēli
ui-refresh-with-these-choices = Atjaunināt ar šo izvēli
ui-checked-out = Izņemts { $schema } (versija { $revision }): uzņēmumi — { $firms }, plūsmas — { $flows }, apmaiņas — { $exchanges }
ui-role-view-only = tikai lasāms: šī loma var to tikai skatīt
ui-refreshed = Atjaunināts: izmaiņas no servera — { $count }; servera versija { $revision }
ui-checked-in = Iesniegts: nosūtītas rindas — { $sent }, saņemtas — { $received }; servera versija { $revision }
ui-conflicts-decided = atrisināti konflikti: { $count }
ui-checkin-conflicts = Konflikti: { $count } — tas pats lauks mainīts šeit un serverī. Nekas netika mainīts; zemāk izvēlieties pusi katram
ui-merge-conflicts = Konflikti: { $count }; nekas netika ierakstīts. Zemāk izvēlieties pusi katram
ui-merged-into = Apvienots failā { $path }: izmaiņas no manas — { $mine }, no viņu — { $theirs }
ui-nothing-written = { $error }; nekas netika ierakstīts
ui-sync-line = { $schema } kopija serverī { $server }, versija { $revision }, sinhronizēts { $at }
ui-one-area = viens apgabals
ui-conflicts-count = Konflikti ({ $count })
ui-conflicts-open = Konflikti bez izvēlētas puses: { $count }

## app.rs

ui-basemap-fallback = { $error } Tās vietā tiek izmantota iebūvētā pamatkarte.
ui-not-a-project-or-csv = { $path } nav ne projekts (.gpkg), ne CSV fails

## recent.rs

ui-opened-working-copy = darba kopija: pats piemērs paliek nemainīts; lai saglabātu izmaiņas, izmantojiet „Saglabāt kā”
ui-opened-read-only-role = tikai lasāms: jūsu loma komandas serverī var šo projektu tikai skatīt
ui-opened-read-only = tikai lasāms: lai rediģētu kopiju, izmantojiet „Saglabāt kā”
ui-opened-redrawn =
    { $count ->
        [zero] { $count } apmaiņu līnijas pārzīmētas līdz uzņēmumiem, kas pārvietoti citā programmā (QGIS?)
        [one] { $count } apmaiņas līnija pārzīmēta līdz uzņēmumiem, kas pārvietoti citā programmā (QGIS?)
       *[other] { $count } apmaiņu līnijas pārzīmētas līdz uzņēmumiem, kas pārvietoti citā programmā (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: novērtēta pēc tā, ko atļauj plūsmas
ui-opened-overfilled =
    { $count ->
        [zero] { $count } apmaiņas norāda vairāk, nekā atļauj to plūsmas (sk. cilni „Apmaiņas”)
        [one] { $count } apmaiņa norāda vairāk, nekā atļauj tās plūsmas (sk. cilni „Apmaiņas”)
       *[other] { $count } apmaiņas norāda vairāk, nekā atļauj to plūsmas (sk. cilni „Apmaiņas”)
    }
ui-opened = Atvērts { $path }
ui-could-not-copy-sample = Neizdevās nokopēt piemēru { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Failu pārbaude
job-evaluation = Novērtējums
job-explanation = Skaidrojums
job-export = Eksports
job-existing-figures = Esošo apmaiņu rādītāji
job-matching = Saskaņošana
job-opening = Atvēršana
job-optimisation = Optimizācija
job-presentation = Prezentācija
job-rediscovery = Atkārtota atklāšana
job-save-as = Saglabāt kā
job-scenario-comparison = Scenāriju salīdzināšana
job-team-server = Komandas serveris

## words.rs (the project's enumerations)

stage-identified = identificēta
stage-contacted = sazinājās
stage-met = tikās
stage-feasibility = priekšizpēte
stage-agreed = saskaņota
stage-implemented = ieviesta
stage-completed = pabeigta
stage-dropped = atmesta
reason-technical = tehniski iemesli
reason-economic = ekonomiski iemesli
reason-regulatory = normatīvi
reason-quality = kvalitāte
reason-no_interest = nav intereses
reason-other = cits
direction-supply = ir
direction-demand = vajag
role-residue = atlikums
role-product = produkts
transport-road = kravas auto
transport-articulated = puspiekabes vilcējs
transport-rail = dzelzceļš
transport-ship = kuģis
transport-pipeline = cauruļvads
transport-grid = tīkls
ui-unit-kt = kt
