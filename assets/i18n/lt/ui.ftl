# Symbiosis Explorer: the desktop app's own words (lt). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Derinimas atšauktas
ui-optimisation-cancelled = Optimizavimas atšauktas
ui-layout-reset = Išdėstymas atkurtas
ui-undone = Atšaukta
ui-could-not-undo = Nepavyko atšaukti
ui-nothing-to-undo = Nėra ko atšaukti
ui-redone = Pakartota
ui-could-not-redo = Nepavyko pakartoti
ui-nothing-to-redo = Nėra ko pakartoti
ui-the-open-project-is-not-an = Atvertas projektas nėra serverio projekto neprisijungus naudojama kopija (Failas > Komandos serveris > Paimti kopiją)
ui-type-a-path-for-save-as = Įveskite kelią komandai „Įrašyti kaip“ (pavyzdžiui, /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Komandai „Įrašyti kaip“ reikia kito failo vardo
ui-type-a-path-for-the-new = Įveskite naujo projekto kelią (pavyzdžiui, /home/me/park.gpkg)
ui-not-saved = Neįrašyta: { $error }
ui-undo-history-cleared = { $what }; atšaukimo istorija išvalyta
ui-not-removed = Nepašalinta: { $error }
ui-opening = Atveriama { $path }…
ui-choose-another-file = { $error }. Pasirinkite kitą failą (Failas > Atverti).
ui-saving-as = Įrašoma kaip { $path }…
ui-save-as-failed = „Įrašyti kaip“ nepavyko: { $error }
ui-saved-a-copy = { $from } kopija įrašyta kaip { $path }
ui-saved-as = Įrašyta kaip { $path }; pakeitimai dabar keliauja ten
ui-could-not-create = Nepavyko sukurti { $path }: { $error }
ui-proposed = Pasiūlyta: { $material } { $from } -> { $to }

## dock.rs

ui-map = Žemėlapis
ui-about-tour = Apie ir apžvalga
ui-firms = Įmonės
ui-flows = Srautai
ui-settings = Nustatymai
ui-all-flows = Visi srautai
ui-candidates = Kandidatai
ui-exchanges = Mainai
ui-charts = Diagramos
ui-flow-diagram = Srautų schema
ui-workshops = Dirbtuvės

## map/mod.rs

ui-no-cache-folder = nėra podėlio aplanko
ui-quantity-unknown = kiekis nežinomas
ui-years-unknown = metai nežinomi
ui-hover-firm =
    NACE/EVRK { $nace } · { $flows ->
        [one] { $flows } srautas
        [few] { $flows } srautai
       *[other] { $flows } srautų
    }
ui-per-year = { $quantity } { $unit }/m.
ui-since-year = nuo { $year }
ui-hover-candidate =
    Kandidatas: { $from } -> { $to }
    { $material } { $quantity } { $unit }/m. · { $km } km
    CO₂ { $co2 } t/m. · nauda { $benefit }
ui-choose-mbtiles = { $error }. Pasirinkite .mbtiles rastrinį failą.
ui-online-tiles-on = OpenStreetMap internetinės plytelės įjungtos; peržiūrėtos sritys išsaugomos podėlyje { $cache }
ui-basemap-named = Pagrindo žemėlapis: { $name }

## map/overlay.rs

ui-zoom-in = Priartinti
ui-zoom-out = Nutolinti
ui-fit = Visas
ui-zoom-to-project = Rodyti visą projektą
ui-legend = Legenda
ui-energy = Energija
ui-water = Vanduo
ui-materials = Medžiagos
ui-solid-realised-dashed-proposed-agreed-faded = ištisinė — veikia · brūkšninė — pasiūlyta/sutarta · blanki — baigta
ui-candidate = Kandidatas
ui-credits-online = Žemėlapio duomenys © OpenStreetMap bendraautoriai (ODbL), internetinės plytelės · { $basemap } · Gyvenvietės: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Pagrindo žemėlapis: { $name } { $attribution } · { $basemap } · Gyvenvietės: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Gyvenvietės: GeoNames (CC BY 4.0)
ui-matching-progress = Derinama { $done }/{ $total } pasiūlos srautų

## map/timeline.rs

ui-timeline = Laiko juosta
ui-pause = Pauzė
ui-play = Leisti
ui-timeline-year =
    { $year }: { $running ->
        [one] veikia { $running } mainai
        [few] veikia { $running } mainai
       *[other] veikia { $running } mainų
    }; žinomi kiekiai { $totals } per metus
ui-timeline-new = Nauji: { $from } -> { $to }: { $material }
ui-timeline-ended = Baigti: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Failas
ui-open-or-save-as-a-path = Atverti arba įrašyti kelyje:
ui-open = Atverti
ui-save-as = Įrašyti kaip
ui-new = Naujas
ui-browse = Naršyti…
ui-check-out-from-server = Paimti kopiją iš serverio…
ui-check-in = Grąžinti į serverį
ui-open-an-offline-copy-checked-out = Atverkite kopiją, kurią paėmė redagavimo teisę turinti rolė
ui-refresh-from-server = Atnaujinti iš serverio
ui-open-an-offline-copy-of-a = Atverkite serverio projekto kopiją
ui-merge-two-copies = Sujungti dvi kopijas…
ui-recent-projects = Naujausi projektai
ui-samples = Pavyzdžiai
ui-import-csv = Importuoti CSV…
ui-export = Eksportuoti…
ui-edit = Taisa
ui-undo-ctrl-z = Atšaukti  (Ctrl+Z)
ui-redo-ctrl-shift-z = Pakartoti  (Ctrl+Shift+Z)
ui-view = Rodymas
ui-quick-entry-ctrl-e = Greitas įvedimas (Ctrl+E)
ui-present-f11 = Pristatyti (F11)
ui-presenter-view = Pranešėjo vaizdas
ui-the-projector-shows-the-clean-view = Projektorius rodo švarų vaizdą antrame lange (nuvilkite jį į projektoriaus ekraną); šiame lange lieka valdikliai
ui-sample-working-copy = pavyzdys (darbinė kopija)
ui-firm-labels = Įmonių pavadinimai
ui-towns = Gyvenvietės
ui-candidates-shown = rodomi kandidatai
ui-panes = Skydeliai
ui-reset-layout = Atkurti išdėstymą
ui-the-default-arrangement-of-map-panes = Numatytasis žemėlapio, skydelių ir lentelių išdėstymas
ui-language = Kalba
ui-the-language-of-the-report-the = Programos, ataskaitos, žemėlapio vaizdo ir medžiagų pavadinimų kalba
ui-basemap = Pagrindo žemėlapis
ui-built-in-offline-basemap = Įtaisytas neprisijungus veikiantis pagrindo žemėlapis
ui-openstreetmap-online = OpenStreetMap (internetu)
ui-downloads-map-tiles-from-openstreetmap-while = Kol įjungta, atsisiunčia žemėlapio plyteles iš OpenStreetMap; kiekviena peržiūrėta sritis lieka disko podėlyje ir pasiekiama neprisijungus. Numatytai išjungta: programa nesiunčia jokių užklausų, kol to neįjungsite.
ui-path-to-an-mbtiles-file = kelias iki .mbtiles failo
ui-use-mbtiles = Naudoti MBTiles
ui-open-sample = Atverti pavyzdį { $sample }
ui-read-only = tik skaityti

## panels/all_flows.rs

ui-firm = Įmonė
ui-direction = Kryptis
ui-material = Medžiaga
ui-quantity = Kiekis
ui-role = Vaidmuo
ui-years = Metai
ui-confidential = Konfidencialu
ui-id = ID
ui-source = Šaltinis
ui-paste-rows-from-a-spreadsheet = Įklijuoti eilutes iš skaičiuoklės
ui-filter = Filtras
ui-firm-material-direction-or-source = įmonė, medžiaga, kryptis ar šaltinis
ui-select-shown = Pažymėti rodomus
ui-clear-selection = Išvalyti žymėjimą
ui-mark-confidential = Pažymėti kaip konfidencialius
ui-unmark-confidential = Panaikinti konfidencialumą
ui-source-for-the-selected = šaltinis pažymėtiems
ui-set-source = Nustatyti šaltinį
ui-delete-selected = Ištrinti pažymėtus
ui-tab-separated-rows-in-the-flows = Tabuliacija atskirtos eilutės flows.csv stulpelių tvarka (firm_id, direction, material, quantity, unit, ...) arba su ta antraštės eilute. Tikrinamos kaip CSV importas.
ui-paste-rows-here = įklijuokite eilutes čia
ui-entered-at-the-workshop = Įvesta dirbtuvėse
ui-check-and-add-pasted-rows = Patikrinti ir pridėti įklijuotas eilutes
ui-nothing-to-add-paste-rows-first = Nėra ką pridėti: pirmiausia įklijuokite eilutes
ui-select-flow = pažymėti srautą { $id }
ui-showing-flows = rodoma { $shown } iš { $total } srautų; susiaurinkite filtru
ui-n-selected = pažymėta: { $count }
ui-added-pasted-flows =
    { $count ->
        [one] Pridėtas { $count } įklijuotas srautas (Ctrl+Z atšaukia)
        [few] Pridėti { $count } įklijuoti srautai (Ctrl+Z atšaukia)
       *[other] Pridėta { $count } įklijuotų srautų (Ctrl+Z atšaukia)
    }
ui-yes = taip
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Atšaukti derinimą
ui-run-matching = Vykdyti derinimą
ui-greenfield-ignore-existing-exchanges = nuo nulio (be esamų mainų)
ui-cancel-optimising = Atšaukti optimizavimą
ui-optimise = Optimizuoti
ui-the-allocation-with-the-largest-total = Paskirstymas su didžiausia bendra grynąja nauda (tikslus TP); rodomas žemėlapyje
ui-include-products = su produktais
ui-also-offer-flows-whose-role-is = Siūlyti ir srautus, kurių vaidmuo yra produktas (tai, ką įmonė gamina parduoti): tai produktų pardavimas, jis neįskaitomas
ui-optimal-allocation = Optimalus paskirstymas
ui-why-not-explain-any-pair-of = Kodėl ne? Paaiškinti bet kurią srautų porą
ui-supply-flow-id = pasiūlos srauto ID
ui-demand-flow-id = paklausos srauto ID
ui-why-not = Kodėl ne?
ui-no-candidates-yet-press-run-matching = Kandidatų dar nėra: spauskite „Vykdyti derinimą“.
ui-firm-or-material = įmonė ar medžiaga
ui-sort-by = Rikiuoti pagal
ui-from-to = Iš -> į
ui-quantity-per-year = Kiekis per metus
ui-distance = Atstumas
ui-co2-t-yr = CO₂ t/m.
ui-score = Įvertis
ui-transport = Transportas
ui-propose = Pasiūlyti
ui-turn-this-candidate-into-a-proposed = Paversti šį kandidatą pasiūlytais mainais
ui-why-this-candidate-every-term-and = Kodėl šis kandidatas: kiekvienas dėmuo ir jo šaltinis
ui-best-allocation-within = Geriausias per laiko ribą rastas paskirstymas (iki { $gap } % nuo optimumo)
ui-allocation-summary = { $what }: mainų — { $count }, išvengta { $co2 } t CO₂/m., grynoji nauda { $benefit } { $currency }/m. (rodoma žemėlapyje)
ui-not-a-flow-id = „{ $text }“ nėra srauto ID (žr. lentelę „Visi srautai“)
ui-benefit-per-year = Nauda { $currency }/m.
ui-sort-score = įvertis
ui-sort-co2 = CO₂
ui-sort-benefit = nauda
ui-sort-distance = atstumas
ui-sort-quantity = kiekis

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ pagal mainus: modeliuotas (t/m.) šalia deklaruoto (t CO₂e), niekada nesumuojami
ui-not-running-in-the-year-shown = rodomais metais neveikia
ui-not-verified = nepatikrinta
ui-modelled-co2-avoided-t-yr = modeliuotas išvengtas CO₂, t/m.
ui-reported-co2-t = deklaruotas CO₂, t
ui-of-it-verified = iš jo patikrinta
ui-scenarios-existing-existing-proposed-optimal = Scenarijai: esami, esami + pasiūlyti, optimalus
ui-compare-scenarios = Palyginti scenarijus
ui-runs-matching-and-the-optimal-allocation = Fone vykdo derinimą ir optimalų paskirstymą (iki 20 s)
ui-link-density-l-s = ryšių tankis L/S
ui-co2-avoided-t-yr = Išvengtas CO₂, t/m.
ui-net-benefit-yr = grynoji nauda /m.
ui-co2-avoided-kt-yr = Išvengtas CO₂, kt/m.
ui-net-benefit-m-yr = Grynoji nauda, mln./m.
ui-exchanged-quantity-by-year-known-quantities = Mainų kiekis pagal metus (žinomi kiekiai)
ui-quantity-per-year-outputs-up-inputs = kiekis per metus (išeigos aukštyn, sąnaudos žemyn)
ui-select-a-firm-to-see-its = Pasirinkite įmonę, kad pamatytumėte jos sąnaudas ir išeigas.
ui-t-per-year = { $value } t/m.
ui-verified-lower = patikrinta
ui-outcome-chart-line = { $exchange }: modelis { $modelled }, deklaruota { $reported } t { $year } m. ({ $verified })
ui-by-material = Esami mainai pagal medžiagą: išvengtas CO₂ (t/m.) ir grynoji nauda (tūkst. per metus)
ui-by-material-in = Esami mainai { $year } m. pagal medžiagą: išvengtas CO₂ (t/m.) ir grynoji nauda (tūkst. per metus)
ui-net-benefit-k = Grynoji nauda, tūkst. { $currency }/m.
ui-thousand-unit-per-year = tūkst. { $unit }/m.
ui-firm-inputs-outputs = { $firm }: sąnaudos (reikia) ir išeigos (turi)

## panels/contacts.rs

ui-a-contact-needs-a-name = kontaktas turi turėti vardą
ui-personal-data-never-shown-in-presentation = Asmens duomenys: niekada nerodomi pristatymo režime, ataskaitoje, žemėlapio vaizde ar eksporte (CSV tik pasirinkus „įtraukti asmens duomenis“).
ui-no-consent-recorded = sutikimas neužregistruotas
ui-remove-this-person = Pašalinti šį asmenį…
ui-remove-completely = Pašalinti visiškai
ui-keep = Palikti
ui-edit-contact = Redaguoti kontaktą
ui-add-a-contact = Pridėti kontaktą
ui-name = Vardas ir pavardė
ui-full-name = visas vardas
ui-e-g-energy-manager = pvz., energetikos vadybininkas
ui-email = El. paštas
ui-phone = Telefonas
ui-consent-date = Sutikimo data
ui-consent-basis = Sutikimo pagrindas
ui-e-g-agreed-at-the-workshop = pvz., duotas dirbtuvėse
ui-save-contact = Įrašyti kontaktą
ui-add-contact = Pridėti kontaktą
ui-cancel = Atšaukti
ui-consent-date-bad = sutikimo data „{ $date }“ neužrašyta forma MMMM-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontaktai ({ $count })
ui-consent-on = sutikimas { $date }
ui-consent-basis-only = sutikimas: { $basis }
ui-remove-person-warning = Visiškai pašalinti { $name }? Eilutė ištrinama, vardas, el. paštas ir telefonas pakeičiami į „{ $placeholder }“ visur, kur juos mini projekto tekstai, o failas išvalomas nuo visų kopijų. To negalima atšaukti, be to, išvaloma atšaukimo istorija.

## panels/diagram.rs

ui-energy-mwh = energija (MWh)
ui-materials-t = medžiagos (t)
ui-water-m3 = vanduo (m³)
ui-no-exchanges-with-known-quantities-in = Šiuo vienetu nėra mainų su žinomais kiekiais
ui-only-firm = tik { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = įmonė, medžiaga ar būsena
ui-no-due-date = be termino
ui-from-to-material = Iš -> į: medžiaga
ui-status = Būsena
ui-evaluation-every-term-and-its-source = Vertinimas: kiekvienas dėmuo ir jo šaltinis
ui-no-evaluation-the-flows-behind-this = Vertinimo nėra: šių mainų srautų projekte nėra (pridėkite pasiūlos srautą siuntėjui ir paklausos srautą gavėjui)
ui-exchanges-count =
    { $count ->
        [one] { $count } mainai
        [few] { $count } mainai
       *[other] { $count } mainų
    }
ui-my-actions = Mano užduotys: atvirų { $open }, vėluojančių { $overdue }
ui-due-date = terminas { $date }
ui-overdue = { $action } (vėluoja)
ui-until-year = iki { $year }
ui-year-to = iki
ui-year-open = atvira
ui-source-is = Šaltinis: { $source }
ui-exchange-figures = { $quantity } { $unit } per metus: išvengta { $co2 } t CO₂, grynoji nauda { $benefit } { $currency }

## panels/firms.rs

ui-no-project-open-use-file-open = Projektas neatvertas. Naudokite Failas > Atverti.
ui-search = Paieška
ui-name-nace-or-material = pavadinimas, NACE ar medžiaga
ui-move-firms-by-dragging-them-on = Perkelti įmones vilkant jas žemėlapyje (vilkimas dešiniuoju mygtuku slenka žemėlapį)
ui-select-a-firm-in-the-list = Pasirinkite įmonę sąraše arba žemėlapyje, kad ją redaguotumėte.
ui-click-an-empty-spot-on-the = Spustelėkite tuščią žemėlapio vietą ir paspauskite mygtuką žemiau, kad ten pridėtumėte įmonę.
ui-latitude = Platuma
ui-longitude = Ilguma
ui-search-nace-by-code-or-words = ieškoti NACE pagal kodą ar žodžius
ui-country = Šalis
ui-its-grid-district-heat-and-landfill = Jos elektros tinklo, centralizuoto šilumos tiekimo ir sąvartyno rodikliai taikomi šios įmonės mainams
ui-eu-ets = ES ATLPS
ui-an-eu-ets-installation = ES apyvartinių taršos leidimų prekybos sistemos (EU ETS) įrenginys
ui-fuel-it-stops-burning-on-its = Kuras, kurio ji nebedegina savo teritorijoje, sutaupo leidimų pagal anglies kainą
ui-notes = Pastabos
ui-show-flows = Rodyti srautus
ui-delete-this-firm-with-its-flows = Ištrinti šią įmonę kartu su jos srautais, mainais ir kontaktais?
ui-yes-delete = Taip, ištrinti
ui-delete-firm = Ištrinti įmonę…
ui-firms-shown = { $shown } iš { $total } įmonių
ui-add-firm-at = Pridėti įmonę taške { $lat }, { $lon }
ui-use-country = naudoti { $code } (pagal vietą)
ui-country-none = nėra

## panels/flow_form.rs

ui-edit-the-flow = Redaguoti srautą
ui-add-a-flow = Pridėti srautą
ui-find-a-name-or-word-in = ieškoti: pavadinimas ar žodis bet kuria kalba
ui-search-ewc-code-or-words = ieškoti atliekų kodo (EWC) ar žodžių
ui-russian-waste-code-11-digits-the = Rusijos atliekų kodas (ФККО): 11 skaitmenų, paskutinis — pavojingumo klasė (1–4 pavojingos)
ui-flags = Požymiai
ui-accepts-hazardous = priima pavojingas
ui-waste-by-product-surplus-energy-or = Atliekos, šalutinis produktas, energijos ar vandens perteklius: mainai leidžia išvengti jų šalinimo
ui-what-the-firm-exists-to-sell = Tai, ką įmonė gamina parduoti: pardavimas yra prekyba, ne simbiozė, ir neįskaitomas
ui-save-changes = Įrašyti pakeitimus
ui-add-flow = Pridėti srautą
ui-quantity-must-be-zero-or-more = Kiekis turi būti nulis ar daugiau
ui-unit-converted = { $unit }/m. (perskaičiuota į { $to })
ui-hazard-class = pavojingumo klasė { $class }
ui-saved-note = Įrašyta: { $note }
ui-unknown-material = Nežinoma medžiaga „{ $material }“
ui-quantity-bad = Kiekis: { $error }; įveskite, pavyzdžiui, 1500
ui-not-a-year-range = „{ $text }“ nėra metai ({ $from }..{ $to })
ui-years-reversed = „Prieinama nuo“ { $from } yra vėliau nei „prieinama iki“ { $to }
ui-eg = pvz., { $example }
ui-hint-from = nuo
ui-hint-to = iki
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Pasirinkite įmonę (kortelė „Įmonės“ arba žemėlapis), kad pamatytumėte, ką ji turi ir ko jai reikia.
ui-has-supply = Turi (pasiūla)
ui-wants-demand = Reikia (paklausa)
ui-edit-flow = Redaguoti srautą
ui-load-this-flow-into-the-form = Įkelti šį srautą į formą žemiau
ui-delete = Ištrinti
ui-delete-this-flow-ctrl-z-undoes = Ištrinti šį srautą (Ctrl+Z atšaukia)
ui-flows-of = Srautai: { $firm }
ui-from-year = nuo { $year }
ui-confidential-tag = konfidencialu

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Rodomais metais neveikia: įvertinta taip, lyg būtų pridėta po visų veikiančių mainų.
ui-counterfactual = Alternatyvusis scenarijus: { $text }
ui-evaluated-at-flows = { $exchange }: įvertinta pagal tai, ką leidžia srautai

## panels/pipeline.rs

ui-landfill-diversion-t = Nukreipta nuo sąvartyno (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Sukurtos darbo vietos
ui-jobs-safeguarded = Išsaugotos darbo vietos
ui-water-saved-m3 = Sutaupytas vanduo (m³)
ui-virgin-material-saved-t = Sutaupytos pirminės žaliavos (t)
ui-type-at-least-one-reported-figure = įveskite bent vieną deklaruotą rodiklį
ui-pipeline = Eiga
ui-stage = Etapas
ui-because = Priežastis
ui-date = Data
ui-by = Kas
ui-note = Pastaba
ui-what-happened = kas įvyko
ui-next-action = Kitas žingsnis
ui-what-is-to-be-done-next = ką reikia daryti toliau
ui-owner = Atsakingas
ui-who-takes-it = kas tuo pasirūpins
ui-due = Terminas
ui-record-stage = Užregistruoti etapą
ui-reported-outcomes-beside-the-modelled-figures = Deklaruoti rezultatai (šalia modeliuotų rodiklių, niekada prie jų nepridedami)
ui-none-reported-yet = Kol kas nieko nedeklaruota.
ui-remove = Pašalinti
ui-report-an-outcome = Deklaruoti rezultatą
ui-year = Metai
ui-not-reported = nedeklaruota
ui-evidence = Įrodymas
ui-a-text-or-a-document-path = tekstas ar dokumento kelias
ui-verified = Patikrinta
ui-checked-against-evidence = sutikrinta su įrodymu
ui-save-outcome = Įrašyti rezultatą
ui-cost-savings = Sąnaudų sutaupymas ({ $currency })
ui-additional-sales = Papildomi pardavimai ({ $currency })
ui-private-investment = Privačios investicijos ({ $currency })
ui-not-a-year = metai „{ $text }“ nėra metai
ui-figure-not-a-number = { $figure }: „{ $text }“ nėra skaičius, lygus 0 ar didesnis
ui-modelled-co2 = modelis: { $value } t CO₂ per metus
ui-reported-figures = deklaruota: { $figures }
ui-no-stage = nėra
ui-no-stage-yet-implied = Etapas dar neužregistruotas (jo būsenai atitinka: { $stage })
ui-next-action-is = Toliau: { $action }
ui-hint-who = kas
ui-exchange-not-in-project = mainų { $id } projekte nėra
ui-evidence-is = įrodymas: { $evidence }

## panels/settings.rs

ui-evaluation = Vertinimas
ui-evaluation-year = Vertinimo metai
ui-unticked-the-park-is-evaluated-as = Nepažymėta: parkas vertinamas toks, koks yra šiais metais
ui-currency = Valiuta
ui-every-money-figure-is-shown-in = Visos pinigų sumos rodomos šia valiuta; katalogo ir parametrų vertės (EUR) perskaičiuojamos pagal fx.CODE
ui-evaluation-parameters = Vertinimo parametrai
ui-each-value-with-its-source-an = Kiekviena vertė su savo šaltiniu; pakeista vertė įrašoma (vienas atšaukimo žingsnis) su šaltiniu „edited in Symbiosis Explorer“. Piniginiai parametrai — eurais (EUR).
ui-this-year-is = šie metai ({ $year })
ui-per-eur = { $rate } už EUR
ui-max-km = iki { $km } km
ui-material-factors = EF pirminė { $virgin } · šalinimas { $disposal }
ui-material-factors-sources =
    EF pirminei žaliavai: { $virgin }
    EF šalinimui: { $disposal }
    kaina { $price } EUR: { $price_source }
    šalinimas { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = nustatyti

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Iliustracinis pavyzdys: srautai, kurių šaltinyje parašyta „illustrative“, sugalvoti pratybai.
ui-this-year = šie metai
ui-guided-tour = Apžvalga
ui-back = Atgal
ui-next = Toliau
ui-would-the-matcher-have-found-this = Ar derinimas būtų radęs šį parką?
ui-greenfield-matching-existing-exchanges-ignored-compared = Derinimas nuo nulio (be esamų mainų), palygintas su dokumentuotais mainais
ui-tour-computed-here = Čia apskaičiuota esamiems mainams ({ $count }) { $year } m.: išvengta { $co2 } t CO₂ per metus; per metus apsikeičiama { $tonnes } t medžiagų, { $mwh } MWh energijos ir { $m3 } m³ vandens (kiekvienų mainų dalis viename paskirstyme pagal jų srautus; žinomi arba iš srautų išvesti kiekiai, paprasti emisijos veiksniai)
ui-step-of = žingsnis { $step } iš { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = dirbtuvės turi turėti ID (pvz., kalundborg-2021-05)
ui-1-workshop = 1 dirbtuvės
ui-programme-report = Programos ataskaita…
ui-file-export-the-programme-report-as = Failas > Eksportuoti: programos ataskaita HTML arba CSV formatu
ui-workshop = Dirbtuvės
ui-venue = Vieta
ui-facilitator = Moderatorius
ui-programme = Programa
ui-new-workshop = Naujos dirbtuvės
ui-e-g-kalundborg-2021-05 = pvz., kalundborg-2021-05
ui-who-leads-it = kas jas veda
ui-e-g-bis-interreg-2019-2021 = pvz., BIS Interreg 2019-2021
ui-agenda-remarks = darbotvarkė, pastabos
ui-add-workshop = Pridėti dirbtuves
ui-enter-haves-and-wants-at-this = Įvesti „turi“ ir „reikia“ šiose dirbtuvėse (greitas įvedimas)
ui-not-an-attendee = nedalyvauja
ui-add-an-attending-firm-a-few = pridėti dalyvaujančią įmonę: kelios raidės
ui-leads-not-matched-yet = Užuominos: dar nederinta
ui-no-stage-recorded-yet = etapai dar neužregistruoti
ui-hint-where = kur
ui-stage-on = { $stage } { $date }
ui-workshop-exists = dirbtuvės „{ $id }“ jau yra
ui-date-bad = data „{ $date }“ neužrašyta forma MMMM-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } dirbtuvės
        [few] { $count } dirbtuvės
       *[other] { $count } dirbtuvių
    }
ui-attendees =
    Dalyviai ({ $count ->
        [one] { $count } įmonė
        [few] { $count } įmonės
       *[other] { $count } įmonių
    })
ui-produced = Rezultatas: įvesta „turi“ ir „reikia“ — { $count }
ui-leads =
    Užuominos: { $count ->
        [one] { $count } kandidatas
        [few] { $count } kandidatai
       *[other] { $count } kandidatų
    } iš jų įrašų
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ per metus)
ui-synergies-from-it = Iš jų kilusios sinergijos: { $count }
ui-reached-since = Pasiekta nuo { $date }: { $stages }

## presentation.rs

ui-firms-linked = susietų įmonių
ui-materials-per-year = medžiagų per metus
ui-co2-avoided-per-year = išvengta CO₂ per metus
ui-exit-presentation-f11 = Baigti pristatymą (F11)
ui-anonymise-firms = Anonimizuoti įmones
ui-in-year = { $year } m.
ui-headline-exchanges = mainų
ui-second-language = Antroji kalba
ui-second-language-none = nėra

## quick_entry.rs

ui-type-has-or-wants = įveskite „turi“ arba „reikia“
ui-quantity-not-a-number = kiekis „{ $text }“ nėra skaičius
ui-no-firm-called = nėra įmonės „{ $name }“
ui-no-material-called = nėra medžiagos „{ $name }“

## tasks.rs

ui-save-as-stopped-without-a-result = „Įrašyti kaip“ baigėsi be rezultato
ui-opening-the-project-stopped-without-a = Projekto atvėrimas baigėsi be rezultato
ui-export-failed-it-stopped-without-a = Eksportas nepavyko: jis baigėsi be rezultato
ui-rediscovery-found = Derinimas nuo nulio rado { $found } iš { $documented } dokumentuotų mainų, kiekvienus tais metais, kai jie veikė (10 kandidatų vienam pasiūlos srautui).
ui-rediscovery-products =
    { $count ->
        [one] { $count } produkto pardavimas (to, ką įmonė gamina parduoti) nėra simbiozės kandidatas ir neįtraukiamas.
        [few] { $count } produktų pardavimai (to, ką įmonė gamina parduoti) nėra simbiozės kandidatai ir neįtraukiami.
       *[other] { $count } produktų pardavimų (to, ką įmonė gamina parduoti) nėra simbiozės kandidatai ir neįtraukiami.
    }
ui-rediscovery-not-found = Nerasta: { $missed }.
ui-result-dropped = { $job }: rezultatas atmestas, projektas pasikeitė darbo metu; paleiskite dar kartą
ui-matching-found =
    { $count ->
        [one] Derinimas rado { $count } kandidatą
        [few] Derinimas rado { $count } kandidatus
       *[other] Derinimas rado { $count } kandidatų
    }
ui-best-allocation-found = Geriausias per laiko ribą rastas paskirstymas: mainų — { $count }, iki { $gap } % nuo optimumo
ui-optimal-allocation-count = Optimalus paskirstymas: mainų — { $count }
ui-optimisation-stopped = Optimizavimas sustabdytas: { $error }
ui-scenarios-stopped = Scenarijų palyginimas sustabdytas: { $error }
ui-export-failed = Eksportas nepavyko: { $error }

## windows/export.rs

ui-export-2 = Eksportas
ui-folder = Aplankas
ui-include-confidential-flows-left-out-by = Įtraukti konfidencialius srautus (numatytai praleidžiami)
ui-csv-the-import-formats = CSV (importo formatai)
ui-lat-lon-wgs-84 = platuma/ilguma (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (įmonės, mainai, kandidatai; ilguma/platuma)
ui-html-report-one-self-contained-file = HTML ataskaita (vienas savarankiškas failas)
ui-map-image-png-of-the-current = Dabartinio vaizdo žemėlapio paveikslas (PNG)
ui-the-map-image-has-a-legend = Žemėlapio paveiksle yra legenda, mastelio juosta ir pagrindo žemėlapio šaltiniai; jis rodo laiko juostos metus.
ui-programme-report-of = Programos ataskaita:
ui-all-synergies = visos sinergijos
ui-programme-report-html = Programos ataskaita (HTML)
ui-programme-report-csv = Programos ataskaita (CSV)
ui-type-the-folder-to-export-into = Įveskite aplanką, į kurį eksportuoti
ui-wrote = Įrašyta: { $files }
ui-confidential-left-out =
    { $count ->
        [one] praleistas { $count } konfidencialus srautas
        [few] praleisti { $count } konfidencialūs srautai
       *[other] praleista { $count } konfidencialių srautų
    }
ui-xy-in = x/y sistemoje { $code } { $name }
ui-export-cards = „Turi/reikia“ kortelės (PDF, A4: lapas kiekvienai įmonei, tada { $blank } tuščios kortelės)
ui-exporting-into = Eksportuojama į { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Pasirinkite firms.csv ir flows.csv
ui-checking-the-files-stopped-without-a = Failų tikrinimas baigėsi be rezultato
ui-import-csv-2 = Importuoti CSV
ui-files-in-the-csv-formats-of = Failai README aprašytais CSV formatais (reikia firms.csv ir flows.csv). Jau projekte esančios įmonės atnaujinamos pagal ID; srautai ir mainai pridedami.
ui-path-to-firms-csv = kelias iki firms.csv
ui-path-to-flows-csv = kelias iki flows.csv
ui-coordinates = Koordinatės
ui-lat-lon-or-x-y-with = platuma/ilguma arba x/y su stulpeliu crs
ui-check-files = Tikrinti failus
ui-leave-out = (praleisti)
ui-optional = nebūtina
ui-import-counts = Importuoti: įmonių — { $firms }, srautų — { $flows }, mainų — { $exchanges }
ui-column-mapping = Stulpelių atitiktis failui { $file } (stulpeliai už formato ribų)
ui-import-problems =
    { $count ->
        [one] { $count } problema; nieko neimportuota. Ištaisykite failus (arba priskirkite stulpelius) ir patikrinkite dar kartą:
        [few] { $count } problemos; nieko neimportuota. Ištaisykite failus (arba priskirkite stulpelius) ir patikrinkite dar kartą:
       *[other] { $count } problemų; nieko neimportuota. Ištaisykite failus (arba priskirkite stulpelius) ir patikrinkite dar kartą:
    }
ui-imported-counts = Importuota: įmonių — { $firms }, srautų — { $flows }, mainų — { $exchanges } (Ctrl+Z atšaukia)

## windows/quick.rs

ui-quick-have-want-entry = Greitas „turi/reikia“ įvedimas
ui-type-tab-to-the-next-field = Rašykite, Tab — į kitą lauką, Enter — pridėti. Užtenka kelių įmonės ar medžiagos pavadinimo raidžių.
ui-firm-name-or-id = įmonės pavadinimas ar ID
ui-has-or-wants = Turi ar reikia
ui-has-wants = turi / reikia
ui-material-name-or-id = medžiagos pavadinimas ar ID
ui-rough-figure = apytikslis skaičius
ui-add-enter = Pridėti (Enter)
ui-discard = Atmesti
ui-entries-to-review = Peržiūrėtini dirbtuvių įrašai: { $count }

## windows/team.rs

ui-open-an-offline-copy-first-file = Pirmiausia atverkite kopiją (Failas > Komandos serveris > Paimti kopiją)
ui-the-server-job-stopped-without-a = Darbas su serveriu baigėsi be rezultato
ui-team-server = Komandos serveris
ui-this-copy = Ši kopija
ui-send-this-copys-changes-since-it = Siųsti šios kopijos pakeitimus nuo jos paėmimo, sujungtus su serverio pakeitimais, viena transakcija
ui-refresh = Atnaujinti
ui-take-the-servers-changes-into-this = Perimti serverio pakeitimus į šią kopiją nieko nesiunčiant
ui-read-only-this-role-may-view = Tik skaityti: ši rolė gali peržiūrėti serverio projektą, bet ne keisti jį.
ui-the-open-project-is-not-an-2 = Atvertas projektas nėra serverio projekto kopija.
ui-check-out-from-server-2 = Paimti kopiją iš serverio
ui-server = Serveris
ui-project-schema = Projektas (schema)
ui-area-w-s-e-n = Sritis V,P,R,Š (W,S,E,N)
ui-empty-the-whole-project = tuščia: visas projektas
ui-offline-copy = Kopija darbui neprisijungus
ui-the-password-comes-from-pgpassword-or = Slaptažodis imamas iš PGPASSWORD arba ~/.pgpass; kopijoje jis niekada nesaugomas.
ui-check-out = Paimti kopiją
ui-give-the-project-schema-and-a = Nurodykite projektą (schemą) ir kopijos kelią
ui-merge-two-copies-no-server = Sujungti dvi kopijas (be serverio)
ui-base = Pagrindas
ui-the-copy-both-started-from-gpkg = kopija, nuo kurios pradėjo abi (.gpkg)
ui-mine = Mano
ui-your-copy-gpkg = jūsų kopija (.gpkg)
ui-theirs = Jų
ui-the-other-copy-gpkg = kita kopija (.gpkg)
ui-merged = Sujungta
ui-the-file-to-write-gpkg = įrašomas failas (.gpkg)
ui-merge = Sujungti
ui-give-all-four-files-base-mine = Nurodykite visus keturis failus: pagrindą, mano, jų ir įrašomą sujungtą
ui-working-with-the-server = Dirbama su serveriu…
ui-row = Eilutė
ui-field = Laukas
ui-mine-for-all = Mano visiems
ui-theirs-for-all = Jų visiems
ui-this-copys-values-for-all = Šios kopijos vertės visiems
ui-the-servers-values-for-all = Serverio vertės visiems
ui-merge-with-these-choices = Sujungti su šiais pasirinkimais
ui-check-in-with-these-choices = Grąžinti su šiais pasirinkimais
ui-refresh-with-these-choices = Atnaujinti su šiais pasirinkimais
ui-checked-out = Paimta { $schema } kopija (versija { $revision }): įmonių — { $firms }, srautų — { $flows }, mainų — { $exchanges }
ui-role-view-only = tik skaityti: ši rolė gali tik peržiūrėti
ui-refreshed = Atnaujinta: pakeitimų iš serverio — { $count }; serverio versija { $revision }
ui-checked-in = Grąžinta: išsiųsta eilučių — { $sent }, gauta — { $received }; serverio versija { $revision }
ui-conflicts-decided = išspręsta konfliktų: { $count }
ui-checkin-conflicts = Konfliktų: { $count } — tas pats laukas pakeistas čia ir serveryje. Niekas nepakeista; žemiau kiekvienam pasirinkite pusę
ui-merge-conflicts = Konfliktų: { $count }; niekas neįrašyta. Žemiau kiekvienam pasirinkite pusę
ui-merged-into = Sujungta į { $path }: pakeitimų iš mano — { $mine }, iš jų — { $theirs }
ui-nothing-written = { $error }; niekas neįrašyta
ui-sync-line = { $schema } kopija serveryje { $server }, versija { $revision }, sinchronizuota { $at }
ui-one-area = viena sritis
ui-conflicts-count = Konfliktai ({ $count })
ui-conflicts-open = Konfliktų be pasirinktos pusės: { $count }

## app.rs

ui-basemap-fallback = { $error } Vietoj jo naudojamas įtaisytas pagrindo žemėlapis.
ui-not-a-project-or-csv = { $path } nėra nei projektas (.gpkg), nei CSV failas

## recent.rs

ui-opened-working-copy = darbinė kopija: pats pavyzdys lieka nepakitęs; norėdami išsaugoti pakeitimus, naudokite „Įrašyti kaip“
ui-opened-read-only-role = tik skaityti: jūsų rolė komandos serveryje gali šį projektą tik peržiūrėti
ui-opened-read-only = tik skaityti: norėdami redaguoti kopiją, naudokite „Įrašyti kaip“
ui-opened-redrawn =
    { $count ->
        [one] { $count } mainų linija perbraižyta iki įmonių, perkeltų kita programa (QGIS?)
        [few] { $count } mainų linijos perbraižytos iki įmonių, perkeltų kita programa (QGIS?)
       *[other] { $count } mainų linijų perbraižyta iki įmonių, perkeltų kita programa (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: įvertinta pagal tai, ką leidžia srautai
ui-opened-overfilled =
    { $count ->
        [one] { $count } mainai nurodo daugiau, nei leidžia jų srautai (žr. kortelę „Mainai“)
        [few] { $count } mainai nurodo daugiau, nei leidžia jų srautai (žr. kortelę „Mainai“)
       *[other] { $count } mainų nurodo daugiau, nei leidžia jų srautai (žr. kortelę „Mainai“)
    }
ui-opened = Atverta { $path }
ui-could-not-copy-sample = Nepavyko nukopijuoti pavyzdžio { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Failų tikrinimas
job-evaluation = Vertinimas
job-explanation = Paaiškinimas
job-export = Eksportas
job-existing-figures = Esamų mainų rodikliai
job-matching = Derinimas
job-opening = Atvėrimas
job-optimisation = Optimizavimas
job-presentation = Pristatymas
job-rediscovery = Pakartotinis atradimas
job-save-as = Įrašyti kaip
job-scenario-comparison = Scenarijų palyginimas
job-team-server = Komandos serveris

## words.rs (the project's enumerations)

stage-identified = nustatyta
stage-contacted = susisiekta
stage-met = susitikta
stage-feasibility = galimybių studija
stage-agreed = sutarta
stage-implemented = įgyvendinta
stage-completed = užbaigta
stage-dropped = atsisakyta
reason-technical = techninės priežastys
reason-economic = ekonominės priežastys
reason-regulatory = teisinis reguliavimas
reason-quality = kokybė
reason-no_interest = nėra susidomėjimo
reason-other = kita
direction-supply = turi
direction-demand = reikia
role-residue = liekana
role-product = produktas
transport-road = sunkvežimis
transport-articulated = vilkikas su puspriekabe
transport-rail = geležinkelis
transport-ship = laivas
transport-pipeline = vamzdynas
transport-grid = tinklas
ui-unit-kt = kt
