# Symbiosis Explorer: the desktop app's own words (et). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Sobitamine katkestati
ui-optimisation-cancelled = Optimeerimine katkestati
ui-layout-reset = Paigutus lähtestati
ui-undone = Võeti tagasi
ui-could-not-undo = Tagasivõtmine ei õnnestunud
ui-nothing-to-undo = Pole midagi tagasi võtta
ui-redone = Tehti uuesti
ui-could-not-redo = Uuesti tegemine ei õnnestunud
ui-nothing-to-redo = Pole midagi uuesti teha
ui-the-open-project-is-not-an = Avatud projekt ei ole serveriprojekti võrguühenduseta koopia (Fail > Meeskonnaserver > Laenuta)
ui-type-a-path-for-save-as = Sisestage tee käsu „Salvesta nimega” jaoks (näiteks /home/me/park.gpkg)
ui-save-as-needs-a-different-file = „Salvesta nimega” vajab teist failinime
ui-type-a-path-for-the-new = Sisestage uue projekti tee (näiteks /home/me/park.gpkg)
ui-not-saved = Ei salvestatud: { $error }
ui-undo-history-cleared = { $what }; tagasivõtmise ajalugu tühjendati
ui-not-removed = Ei eemaldatud: { $error }
ui-opening = Avatakse { $path }…
ui-choose-another-file = { $error }. Valige teine fail (Fail > Ava).
ui-saving-as = Salvestatakse nimega { $path }…
ui-save-as-failed = „Salvesta nimega” ebaõnnestus: { $error }
ui-saved-a-copy = Faili { $from } koopia salvestati nimega { $path }
ui-saved-as = Salvestati nimega { $path }; muudatused lähevad nüüd sinna
ui-could-not-create = Faili { $path } ei saanud luua: { $error }
ui-proposed = Pakutud: { $material } { $from } -> { $to }

## dock.rs

ui-map = Kaart
ui-about-tour = Teave ja ringkäik
ui-firms = Ettevõtted
ui-flows = Vood
ui-settings = Seaded
ui-all-flows = Kõik vood
ui-candidates = Kandidaadid
ui-exchanges = Vahetused
ui-charts = Diagrammid
ui-flow-diagram = Vooskeem
ui-workshops = Töötoad

## map/mod.rs

ui-no-cache-folder = vahemälu kaust puudub
ui-quantity-unknown = kogus teadmata
ui-years-unknown = aastad teadmata
ui-hover-firm =
    NACE/EMTAK { $nace } · { $flows ->
        [one] { $flows } voog
       *[other] { $flows } voogu
    }
ui-per-year = { $quantity } { $unit }/a
ui-since-year = alates { $year }
ui-hover-candidate =
    Kandidaat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/a · { $km } km
    CO₂ { $co2 } t/a · kasu { $benefit }
ui-choose-mbtiles = { $error }. Valige .mbtiles-rasterfail.
ui-online-tiles-on = OpenStreetMapi võrgupaanid sees; vaadatud alad salvestatakse vahemällu { $cache }
ui-basemap-named = Aluskaart: { $name }

## map/overlay.rs

ui-zoom-in = Suurenda
ui-zoom-out = Vähenda
ui-fit = Kogu
ui-zoom-to-project = Näita kogu projekti
ui-legend = Legend
ui-energy = Energia
ui-water = Vesi
ui-materials = Materjalid
ui-solid-realised-dashed-proposed-agreed-faded = pidev — toimib · katkendlik — pakutud/kokku lepitud · kahvatu — lõppenud
ui-candidate = Kandidaat
ui-credits-online = Kaardiandmed © OpenStreetMapi kaastöötajad (ODbL), võrgupaanid · { $basemap } · Asulad: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Aluskaart: { $name } { $attribution } · { $basemap } · Asulad: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Asulad: GeoNames (CC BY 4.0)
ui-matching-progress = Sobitamine { $done }/{ $total } pakkumisvoogu

## map/timeline.rs

ui-timeline = Ajatelg
ui-pause = Paus
ui-play = Esita
ui-timeline-year =
    { $year }: { $running ->
        [one] toimib { $running } vahetus
       *[other] toimib { $running } vahetust
    }; teadaolevad kogused { $totals } aastas
ui-timeline-new = Uus: { $from } -> { $to }: { $material }
ui-timeline-ended = Lõppenud: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Fail
ui-open-or-save-as-a-path = Ava või salvesta teele:
ui-open = Ava
ui-save-as = Salvesta nimega
ui-new = Uus
ui-browse = Sirvi…
ui-check-out-from-server = Laenuta serverist…
ui-check-in = Tagasta serverisse
ui-open-an-offline-copy-checked-out = Avage võrguühenduseta koopia, mille on laenutanud muutmisõigusega roll
ui-refresh-from-server = Värskenda serverist
ui-open-an-offline-copy-of-a = Avage serveriprojekti võrguühenduseta koopia
ui-merge-two-copies = Ühenda kaks koopiat…
ui-recent-projects = Viimased projektid
ui-samples = Näited
ui-import-csv = Impordi CSV…
ui-export = Ekspordi…
ui-edit = Redigeeri
ui-undo-ctrl-z = Võta tagasi  (Ctrl+Z)
ui-redo-ctrl-shift-z = Tee uuesti  (Ctrl+Shift+Z)
ui-view = Vaade
ui-quick-entry-ctrl-e = Kiirsisestus (Ctrl+E)
ui-present-f11 = Esitle (F11)
ui-presenter-view = Esitleja vaade
ui-the-projector-shows-the-clean-view = Projektor näitab puhast vaadet teises aknas (lohistage see projektori ekraanile); see aken säilitab juhtelemendid
ui-sample-working-copy = näide (töökoopia)
ui-firm-labels = Ettevõtete nimed
ui-towns = Asulad
ui-candidates-shown = näidatud kandidaate
ui-panes = Paanid
ui-reset-layout = Lähtesta paigutus
ui-the-default-arrangement-of-map-panes = Kaardi, paanide ja tabelite vaikepaigutus
ui-language = Keel
ui-the-language-of-the-report-the = Rakenduse, aruande, kaardipildi ja materjalinimede keel
ui-basemap = Aluskaart
ui-built-in-offline-basemap = Sisseehitatud võrguühenduseta aluskaart
ui-openstreetmap-online = OpenStreetMap (võrgus)
ui-downloads-map-tiles-from-openstreetmap-while = Kui sees, laadib kaardipaane OpenStreetMapist; iga vaadatud ala jääb kettavahemällu ja on saadaval ka võrguühenduseta. Vaikimisi väljas: rakendus ei tee ühtegi päringut, enne kui selle sisse lülitate.
ui-path-to-an-mbtiles-file = tee .mbtiles-failini
ui-use-mbtiles = Kasuta MBTilesi
ui-open-sample = Ava näide { $sample }
ui-read-only = kirjutuskaitstud

## panels/all_flows.rs

ui-firm = Ettevõte
ui-direction = Suund
ui-material = Materjal
ui-quantity = Kogus
ui-role = Roll
ui-years = Aastad
ui-confidential = Konfidentsiaalne
ui-id = Tunnus
ui-source = Allikas
ui-paste-rows-from-a-spreadsheet = Kleebi read arvutustabelist
ui-filter = Filter
ui-firm-material-direction-or-source = ettevõte, materjal, suund või allikas
ui-select-shown = Vali näidatud
ui-clear-selection = Tühjenda valik
ui-mark-confidential = Märgi konfidentsiaalseks
ui-unmark-confidential = Eemalda konfidentsiaalsus
ui-source-for-the-selected = valitute allikas
ui-set-source = Määra allikas
ui-delete-selected = Kustuta valitud
ui-tab-separated-rows-in-the-flows = Tabeldusmärkidega eraldatud read flows.csv veergude järjekorras (firm_id, direction, material, quantity, unit, ...) või selle päisereaga. Kontrollitakse nagu CSV-importi.
ui-paste-rows-here = kleepige read siia
ui-entered-at-the-workshop = Sisestatud töötoas
ui-check-and-add-pasted-rows = Kontrolli ja lisa kleebitud read
ui-nothing-to-add-paste-rows-first = Pole midagi lisada: kleepige esmalt read
ui-select-flow = vali voog { $id }
ui-showing-flows = näidatakse { $shown } voogu { $total }-st; kitsendage filtriga
ui-n-selected = valitud: { $count }
ui-added-pasted-flows =
    { $count ->
        [one] Lisati { $count } kleebitud voog (Ctrl+Z võtab tagasi)
       *[other] Lisati { $count } kleebitud voogu (Ctrl+Z võtab tagasi)
    }
ui-yes = jah
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Katkesta sobitamine
ui-run-matching = Käivita sobitamine
ui-greenfield-ignore-existing-exchanges = nullist (olemasolevaid vahetusi arvestamata)
ui-cancel-optimising = Katkesta optimeerimine
ui-optimise = Optimeeri
ui-the-allocation-with-the-largest-total = Jaotus suurima kogu netokasuga (täpne LP); näidatud kaardil
ui-include-products = koos toodetega
ui-also-offer-flows-whose-role-is = Paku ka voogusid, mille roll on toode (mida ettevõte müügiks toodab): need on toodete müük ega anna arvestust
ui-optimal-allocation = Optimaalne jaotus
ui-why-not-explain-any-pair-of = Miks mitte? Selgita mis tahes voogude paari
ui-supply-flow-id = pakkumisvoo tunnus
ui-demand-flow-id = nõudlusvoo tunnus
ui-why-not = Miks mitte?
ui-no-candidates-yet-press-run-matching = Kandidaate veel pole: vajutage „Käivita sobitamine”.
ui-firm-or-material = ettevõte või materjal
ui-sort-by = Sordi
ui-from-to = Kust -> kuhu
ui-quantity-per-year = Kogus aastas
ui-distance = Kaugus
ui-co2-t-yr = CO₂ t/a
ui-score = Hinne
ui-transport = Transport
ui-propose = Paku
ui-turn-this-candidate-into-a-proposed = Tee sellest kandidaadist pakutud vahetus
ui-why-this-candidate-every-term-and = Miks see kandidaat: iga liige ja selle allikas
ui-best-allocation-within = Parim ajapiirangu jooksul leitud jaotus (optimumist kuni { $gap } %)
ui-allocation-summary = { $what }: vahetusi { $count }, välditud { $co2 } t CO₂/a, netokasu { $benefit } { $currency }/a (näidatud kaardil)
ui-not-a-flow-id = „{ $text }” ei ole voo tunnus (vt tabelit „Kõik vood”)
ui-benefit-per-year = Kasu { $currency }/a
ui-sort-score = hinne
ui-sort-co2 = CO₂
ui-sort-benefit = kasu
ui-sort-distance = kaugus
ui-sort-quantity = kogus

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ vahetuste kaupa: modelleeritud (t/a) kõrvuti teatatuga (t CO₂e), kunagi kokku liitmata
ui-not-running-in-the-year-shown = näidatud aastal ei toimi
ui-not-verified = kontrollimata
ui-modelled-co2-avoided-t-yr = modelleeritud välditud CO₂, t/a
ui-reported-co2-t = teatatud CO₂, t
ui-of-it-verified = sellest kontrollitud
ui-scenarios-existing-existing-proposed-optimal = Stsenaariumid: olemasolevad, olemasolevad + pakutud, optimaalne
ui-compare-scenarios = Võrdle stsenaariume
ui-runs-matching-and-the-optimal-allocation = Käivitab taustal sobitamise ja optimaalse jaotuse (kuni 20 s)
ui-link-density-l-s = seosetihedus L/S
ui-co2-avoided-t-yr = Välditud CO₂, t/a
ui-net-benefit-yr = netokasu /a
ui-co2-avoided-kt-yr = Välditud CO₂, kt/a
ui-net-benefit-m-yr = Netokasu, mln/a
ui-exchanged-quantity-by-year-known-quantities = Vahetatud kogus aastate kaupa (teadaolevad kogused)
ui-quantity-per-year-outputs-up-inputs = kogus aastas (väljundid üles, sisendid alla)
ui-select-a-firm-to-see-its = Valige ettevõte, et näha selle sisendeid ja väljundeid.
ui-t-per-year = { $value } t/a
ui-verified-lower = kontrollitud
ui-outcome-chart-line = { $exchange }: modelleeritud { $modelled }, teatatud { $reported } t aastal { $year } ({ $verified })
ui-by-material = Olemasolevad vahetused materjalide kaupa: välditud CO₂ (t/a) ja netokasu (tuhat aastas)
ui-by-material-in = Olemasolevad vahetused aastal { $year } materjalide kaupa: välditud CO₂ (t/a) ja netokasu (tuhat aastas)
ui-net-benefit-k = Netokasu, tuhat { $currency }/a
ui-thousand-unit-per-year = tuhat { $unit }/a
ui-firm-inputs-outputs = { $firm }: sisendid (vajab) ja väljundid (pakub)

## panels/contacts.rs

ui-a-contact-needs-a-name = kontaktil peab olema nimi
ui-personal-data-never-shown-in-presentation = Isikuandmed: ei näidata kunagi esitlusrežiimis, aruandes, kaardipildil ega eksportides (CSV ainult valikuga „kaasa isikuandmed”).
ui-no-consent-recorded = nõusolekut pole salvestatud
ui-remove-this-person = Eemalda see isik…
ui-remove-completely = Eemalda täielikult
ui-keep = Säilita
ui-edit-contact = Muuda kontakti
ui-add-a-contact = Lisa kontakt
ui-name = Nimi
ui-full-name = täisnimi
ui-e-g-energy-manager = nt energiajuht
ui-email = E-post
ui-phone = Telefon
ui-consent-date = Nõusoleku kuupäev
ui-consent-basis = Nõusoleku alus
ui-e-g-agreed-at-the-workshop = nt antud töötoas
ui-save-contact = Salvesta kontakt
ui-add-contact = Lisa kontakt
ui-cancel = Loobu
ui-consent-date-bad = nõusoleku kuupäev „{ $date }” ei ole kujul AAAA-KK-PP (YYYY-MM-DD)
ui-contacts-count = Kontaktid ({ $count })
ui-consent-on = nõusolek { $date }
ui-consent-basis-only = nõusolek: { $basis }
ui-remove-person-warning = Kas eemaldada { $name } täielikult? Rida kustutatakse, nimi, e-post ja telefon asendatakse tekstiga „{ $placeholder }” kõikjal, kus projekti tekstid neid mainivad, ja fail puhastatakse kõigist koopiatest. Seda ei saa tagasi võtta ning see tühjendab tagasivõtmise ajaloo.

## panels/diagram.rs

ui-energy-mwh = energia (MWh)
ui-materials-t = materjalid (t)
ui-water-m3 = vesi (m³)
ui-no-exchanges-with-known-quantities-in = Selles ühikus pole teadaolevate kogustega vahetusi
ui-only-firm = ainult { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = ettevõte, materjal või olek
ui-no-due-date = tähtajata
ui-from-to-material = Kust -> kuhu: materjal
ui-status = Olek
ui-evaluation-every-term-and-its-source = Hindamine: iga liige ja selle allikas
ui-no-evaluation-the-flows-behind-this = Hindamine puudub: selle vahetuse vood ei ole projektis (lisage saatjale pakkumisvoog ja saajale nõudlusvoog)
ui-exchanges-count =
    { $count ->
        [one] { $count } vahetus
       *[other] { $count } vahetust
    }
ui-my-actions = Minu ülesanded: { $open } avatud, { $overdue } hilinenud
ui-due-date = tähtaeg { $date }
ui-overdue = { $action } (hilinenud)
ui-until-year = kuni { $year }
ui-year-to = kuni
ui-year-open = avatud
ui-source-is = Allikas: { $source }
ui-exchange-figures = { $quantity } { $unit } aastas: välditud { $co2 } t CO₂, netokasu { $benefit } { $currency }

## panels/firms.rs

ui-no-project-open-use-file-open = Ühtegi projekti pole avatud. Kasutage Fail > Ava.
ui-search = Otsi
ui-name-nace-or-material = nimi, NACE või materjal
ui-move-firms-by-dragging-them-on = Liiguta ettevõtteid kaardil lohistades (parema nupuga lohistamine nihutab kaarti)
ui-select-a-firm-in-the-list = Valige ettevõte loendist või kaardilt, et seda muuta.
ui-click-an-empty-spot-on-the = Klõpsake kaardil tühjal kohal ja vajutage allolevat nuppu, et lisada sinna ettevõte.
ui-latitude = Laius
ui-longitude = Pikkus
ui-search-nace-by-code-or-words = otsi NACE koodi või sõnade järgi
ui-country = Riik
ui-its-grid-district-heat-and-landfill = Selle elektrivõrgu, kaugkütte ja prügila näitajad kehtivad selle ettevõtte vahetustele
ui-eu-ets = EL HKS
ui-an-eu-ets-installation = ELi heitkogustega kauplemise süsteemi (EU ETS) käitis
ui-fuel-it-stops-burning-on-its = Kütus, mida see oma territooriumil enam ei põleta, säästab lubatud heitkoguseid süsiniku hinnaga
ui-notes = Märkused
ui-show-flows = Näita voogusid
ui-delete-this-firm-with-its-flows = Kas kustutada see ettevõte koos selle voogude, vahetuste ja kontaktidega?
ui-yes-delete = Jah, kustuta
ui-delete-firm = Kustuta ettevõte…
ui-firms-shown = { $shown } ettevõtet { $total }-st
ui-add-firm-at = Lisa ettevõte punkti { $lat }, { $lon }
ui-use-country = kasuta { $code } (asukoha järgi)
ui-country-none = puudub

## panels/flow_form.rs

ui-edit-the-flow = Muuda voogu
ui-add-a-flow = Lisa voog
ui-find-a-name-or-word-in = otsi: nimi või sõna mis tahes keeles
ui-search-ewc-code-or-words = otsi jäätmekoodi (EWC) või sõnu
ui-russian-waste-code-11-digits-the = Venemaa jäätmekood (ФККО): 11 numbrit, viimane on ohuklass (1–4 ohtlikud)
ui-flags = Tunnused
ui-accepts-hazardous = võtab vastu ohtlikke
ui-waste-by-product-surplus-energy-or = Jäätmed, kõrvalsaadus, üleliigne energia või vesi: vahetus väldib nende kõrvaldamist
ui-what-the-firm-exists-to-sell = Mida ettevõte müügiks toodab: müük on kaubandus, mitte sümbioos, ega anna arvestust
ui-save-changes = Salvesta muudatused
ui-add-flow = Lisa voog
ui-quantity-must-be-zero-or-more = Kogus peab olema null või rohkem
ui-unit-converted = { $unit }/a (teisendatud ühikusse { $to })
ui-hazard-class = ohuklass { $class }
ui-saved-note = Salvestatud: { $note }
ui-unknown-material = Tundmatu materjal „{ $material }”
ui-quantity-bad = Kogus: { $error }; sisestage näiteks 1500
ui-not-a-year-range = „{ $text }” ei ole aasta ({ $from }..{ $to })
ui-years-reversed = Saadaval alates { $from } on hiljem kui saadaval kuni { $to }
ui-eg = nt { $example }
ui-hint-from = alates
ui-hint-to = kuni
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Valige ettevõte (vahekaart Ettevõtted või kaart), et näha, mida see pakub ja mida vajab.
ui-has-supply = Pakub (pakkumine)
ui-wants-demand = Vajab (nõudlus)
ui-edit-flow = Muuda voogu
ui-load-this-flow-into-the-form = Laadi see voog allolevasse vormi
ui-delete = Kustuta
ui-delete-this-flow-ctrl-z-undoes = Kustuta see voog (Ctrl+Z võtab tagasi)
ui-flows-of = Ettevõtte { $firm } vood
ui-from-year = alates { $year }
ui-confidential-tag = konfidentsiaalne

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Näidatud aastal ei toimi: hinnatud nii, nagu oleks see lisatud pärast kõiki toimivaid vahetusi.
ui-counterfactual = Võrdlusstsenaarium: { $text }
ui-evaluated-at-flows = { $exchange }: hinnatud selle järgi, mida vood lubavad

## panels/pipeline.rs

ui-landfill-diversion-t = Prügilast kõrvale suunatud (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Loodud töökohad
ui-jobs-safeguarded = Säilitatud töökohad
ui-water-saved-m3 = Säästetud vesi (m³)
ui-virgin-material-saved-t = Säästetud esmane toore (t)
ui-type-at-least-one-reported-figure = sisestage vähemalt üks teatatud näitaja
ui-pipeline = Kulg
ui-stage = Etapp
ui-because = Põhjus
ui-date = Kuupäev
ui-by = Kes
ui-note = Märkus
ui-what-happened = mis juhtus
ui-next-action = Järgmine samm
ui-what-is-to-be-done-next = mida tuleb järgmisena teha
ui-owner = Vastutaja
ui-who-takes-it = kes selle enda peale võtab
ui-due = Tähtaeg
ui-record-stage = Salvesta etapp
ui-reported-outcomes-beside-the-modelled-figures = Teatatud tulemused (modelleeritud näitajate kõrval, neile kunagi juurde liitmata)
ui-none-reported-yet = Midagi pole veel teatatud.
ui-remove = Eemalda
ui-report-an-outcome = Teata tulemusest
ui-year = Aasta
ui-not-reported = teatamata
ui-evidence = Tõend
ui-a-text-or-a-document-path = tekst või dokumendi tee
ui-verified = Kontrollitud
ui-checked-against-evidence = tõendiga võrreldud
ui-save-outcome = Salvesta tulemus
ui-cost-savings = Kulude kokkuhoid ({ $currency })
ui-additional-sales = Lisamüük ({ $currency })
ui-private-investment = Erainvesteeringud ({ $currency })
ui-not-a-year = aasta „{ $text }” ei ole aasta
ui-figure-not-a-number = { $figure }: „{ $text }” ei ole arv 0 või rohkem
ui-modelled-co2 = modelleeritud { $value } t CO₂ aastas
ui-reported-figures = teatatud { $figures }
ui-no-stage = puudub
ui-no-stage-yet-implied = Etappi pole veel salvestatud (selle olekule vastab: { $stage })
ui-next-action-is = Järgmisena: { $action }
ui-hint-who = kes
ui-exchange-not-in-project = vahetust { $id } pole projektis
ui-evidence-is = tõend: { $evidence }

## panels/settings.rs

ui-evaluation = Hindamine
ui-evaluation-year = Hindamisaasta
ui-unticked-the-park-is-evaluated-as = Märkimata: parki hinnatakse sellisena, nagu see on tänavu
ui-currency = Valuuta
ui-every-money-figure-is-shown-in = Kõik rahasummad näidatakse selles; kataloogi ja parameetrite väärtused (EUR) teisendatakse kursiga fx.CODE
ui-evaluation-parameters = Hindamise parameetrid
ui-each-value-with-its-source-an = Iga väärtus oma allikaga; muudetud väärtus salvestatakse (üks tagasivõtmise samm) allikaga „edited in Symbiosis Explorer”. Rahalised parameetrid on eurodes (EUR).
ui-this-year-is = tänavu ({ $year })
ui-per-eur = { $rate } EUR kohta
ui-max-km = kuni { $km } km
ui-material-factors = HT esmane { $virgin } · kõrvaldamine { $disposal }
ui-material-factors-sources =
    HT esmane toore: { $virgin }
    HT kõrvaldamine: { $disposal }
    hind { $price } EUR: { $price_source }
    kõrvaldamine { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fikseeritud

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustreeriv näide: vood, mille allikas ütleb „illustrative”, on harjutuse jaoks välja mõeldud.
ui-this-year = tänavu
ui-guided-tour = Juhendatud ringkäik
ui-back = Tagasi
ui-next = Edasi
ui-would-the-matcher-have-found-this = Kas sobitamine oleks selle pargi leidnud?
ui-greenfield-matching-existing-exchanges-ignored-compared = Sobitamine nullist (olemasolevaid vahetusi arvestamata) võrreldes dokumenteeritud vahetustega
ui-tour-computed-here = Siin arvutatud olemasolevatele vahetustele ({ $count }) aastal { $year }: välditud { $co2 } t CO₂ aastas; aastas vahetatakse { $tonnes } t materjale, { $mwh } MWh energiat ja { $m3 } m³ vett (iga vahetuse osa ühes jaotuses selle voogudele; teadaolevad või voogudest tuletatud kogused, lihtsad heitetegurid)
ui-step-of = samm { $step }/{ $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = töötoal peab olema tunnus (nt kalundborg-2021-05)
ui-1-workshop = 1 töötuba
ui-programme-report = Programmi aruanne…
ui-file-export-the-programme-report-as = Fail > Ekspordi: programmi aruanne HTML- või CSV-vormingus
ui-workshop = Töötuba
ui-venue = Koht
ui-facilitator = Juhendaja
ui-programme = Programm
ui-new-workshop = Uus töötuba
ui-e-g-kalundborg-2021-05 = nt kalundborg-2021-05
ui-who-leads-it = kes seda juhib
ui-e-g-bis-interreg-2019-2021 = nt BIS Interreg 2019-2021
ui-agenda-remarks = päevakord, märkused
ui-add-workshop = Lisa töötuba
ui-enter-haves-and-wants-at-this = Sisesta selles töötoas pakkumised ja vajadused (kiirsisestus)
ui-not-an-attendee = ei osale
ui-add-an-attending-firm-a-few = lisa osalev ettevõte: paar tähte
ui-leads-not-matched-yet = Vihjed: veel sobitamata
ui-no-stage-recorded-yet = etappe pole veel salvestatud
ui-hint-where = kus
ui-stage-on = { $stage } { $date }
ui-workshop-exists = töötuba „{ $id }” on juba olemas
ui-date-bad = kuupäev „{ $date }” ei ole kujul AAAA-KK-PP (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } töötuba
       *[other] { $count } töötuba
    }
ui-attendees =
    Osalejad ({ $count ->
        [one] { $count } ettevõte
       *[other] { $count } ettevõtet
    })
ui-produced = Tulemus: sisestatud { $count } pakkumist ja vajadust
ui-leads =
    Vihjed: { $count ->
        [one] { $count } kandidaat
       *[other] { $count } kandidaati
    } selle sisestustest
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ aastas)
ui-synergies-from-it = Sellest tulenenud sünergiad: { $count }
ui-reached-since = Saavutatud alates { $date }: { $stages }

## presentation.rs

ui-firms-linked = seotud ettevõtet
ui-materials-per-year = materjale aastas
ui-co2-avoided-per-year = välditud CO₂ aastas
ui-exit-presentation-f11 = Lõpeta esitlus (F11)
ui-anonymise-firms = Anonüümi ettevõtted
ui-in-year = aastal { $year }
ui-headline-exchanges = vahetust
ui-second-language = Teine keel
ui-second-language-none = puudub

## quick_entry.rs

ui-type-has-or-wants = sisestage pakub või vajab
ui-quantity-not-a-number = kogus „{ $text }” ei ole arv
ui-no-firm-called = ettevõtet nimega „{ $name }” pole
ui-no-material-called = materjali nimega „{ $name }” pole

## tasks.rs

ui-save-as-stopped-without-a-result = „Salvesta nimega” lõppes tulemuseta
ui-opening-the-project-stopped-without-a = Projekti avamine lõppes tulemuseta
ui-export-failed-it-stopped-without-a = Eksport ebaõnnestus: see lõppes tulemuseta
ui-rediscovery-found = Sobitamine nullist leidis { $found } vahetust { $documented } dokumenteeritust, igaühe aastal, mil see toimis (10 kandidaati pakkumisvoo kohta).
ui-rediscovery-products =
    { $count ->
        [one] { $count } toote müük (mida ettevõte müügiks toodab) ei ole sümbioosikandidaat ja jäetakse välja.
       *[other] { $count } toodete müüki (mida ettevõte müügiks toodab) ei ole sümbioosikandidaadid ja jäetakse välja.
    }
ui-rediscovery-not-found = Ei leitud: { $missed }.
ui-result-dropped = { $job }: tulemus heideti kõrvale, projekt muutus töö ajal; käivitage uuesti
ui-matching-found =
    { $count ->
        [one] Sobitamine leidis { $count } kandidaadi
       *[other] Sobitamine leidis { $count } kandidaati
    }
ui-best-allocation-found = Parim ajapiirangu jooksul leitud jaotus: vahetusi { $count }, optimumist kuni { $gap } %
ui-optimal-allocation-count = Optimaalne jaotus: vahetusi { $count }
ui-optimisation-stopped = Optimeerimine peatus: { $error }
ui-scenarios-stopped = Stsenaariumide võrdlus peatus: { $error }
ui-export-failed = Eksport ebaõnnestus: { $error }

## windows/export.rs

ui-export-2 = Eksport
ui-folder = Kaust
ui-include-confidential-flows-left-out-by = Kaasa konfidentsiaalsed vood (vaikimisi välja jäetud)
ui-csv-the-import-formats = CSV (impordivormingud)
ui-lat-lon-wgs-84 = laius/pikkus (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (ettevõtted, vahetused, kandidaadid; pikkus/laius)
ui-html-report-one-self-contained-file = HTML-aruanne (üks iseseisev fail)
ui-map-image-png-of-the-current = Praeguse vaate kaardipilt (PNG)
ui-the-map-image-has-a-legend = Kaardipildil on legend, mõõtkava ja aluskaardi allikad; see näitab ajatelje aastat.
ui-programme-report-of = Programmi aruanne:
ui-all-synergies = kõik sünergiad
ui-programme-report-html = Programmi aruanne (HTML)
ui-programme-report-csv = Programmi aruanne (CSV)
ui-type-the-folder-to-export-into = Sisestage kaust, kuhu eksportida
ui-wrote = Kirjutati: { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } konfidentsiaalne voog jäeti välja
       *[other] { $count } konfidentsiaalset voogu jäeti välja
    }
ui-xy-in = x/y süsteemis { $code } { $name }
ui-export-cards = Pakkumise/vajaduse kaardid (PDF, A4: leht iga ettevõtte kohta, siis { $blank } tühja kaarti)
ui-exporting-into = Eksporditakse kausta { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Valige firms.csv ja flows.csv
ui-checking-the-files-stopped-without-a = Failide kontroll lõppes tulemuseta
ui-import-csv-2 = Impordi CSV
ui-files-in-the-csv-formats-of = Failid README CSV-vormingutes (vaja on firms.csv ja flows.csv). Projektis juba olevaid ettevõtteid uuendatakse tunnuse järgi; vood ja vahetused lisatakse.
ui-path-to-firms-csv = tee failini firms.csv
ui-path-to-flows-csv = tee failini flows.csv
ui-coordinates = Koordinaadid
ui-lat-lon-or-x-y-with = laius/pikkus või x/y koos veeruga crs
ui-check-files = Kontrolli faile
ui-leave-out = (jäta välja)
ui-optional = valikuline
ui-import-counts = Impordi { $firms } ettevõtet, { $flows } voogu, { $exchanges } vahetust
ui-column-mapping = Veergude vastavus failile { $file } (vormingust väljas olevad veerud)
ui-import-problems =
    { $count ->
        [one] { $count } probleem; midagi ei imporditud. Parandage see failides (või määrake veerud) ja kontrollige uuesti:
       *[other] { $count } probleemi; midagi ei imporditud. Parandage need failides (või määrake veerud) ja kontrollige uuesti:
    }
ui-imported-counts = Imporditi { $firms } ettevõtet, { $flows } voogu, { $exchanges } vahetust (Ctrl+Z võtab tagasi)

## windows/quick.rs

ui-quick-have-want-entry = Pakkumise ja vajaduse kiirsisestus
ui-type-tab-to-the-next-field = Kirjutage, Tab viib järgmisele väljale, Enter lisab. Paarist tähest ettevõtte või materjali nimest piisab.
ui-firm-name-or-id = ettevõtte nimi või tunnus
ui-has-or-wants = Pakub või vajab
ui-has-wants = pakub / vajab
ui-material-name-or-id = materjali nimi või tunnus
ui-rough-figure = ligikaudne arv
ui-add-enter = Lisa (Enter)
ui-discard = Loobu
ui-entries-to-review = Ülevaatamist ootavaid töötoa sisestusi: { $count }

## windows/team.rs

ui-open-an-offline-copy-first-file = Avage esmalt võrguühenduseta koopia (Fail > Meeskonnaserver > Laenuta)
ui-the-server-job-stopped-without-a = Serveritöö lõppes tulemuseta
ui-team-server = Meeskonnaserver
ui-this-copy = See koopia
ui-send-this-copys-changes-since-it = Saada selle koopia muudatused alates laenutamisest, ühendatuna serveri omadega, ühe tehinguna
ui-refresh = Värskenda
ui-take-the-servers-changes-into-this = Võta serveri muudatused sellesse koopiasse midagi saatmata
ui-read-only-this-role-may-view = Kirjutuskaitstud: see roll võib serveriprojekti vaadata, kuid mitte muuta.
ui-the-open-project-is-not-an-2 = Avatud projekt ei ole serveriprojekti võrguühenduseta koopia.
ui-check-out-from-server-2 = Laenuta serverist
ui-server = Server
ui-project-schema = Projekt (skeem)
ui-area-w-s-e-n = Ala L,L,I,P (W,S,E,N)
ui-empty-the-whole-project = tühi: kogu projekt
ui-offline-copy = Võrguühenduseta koopia
ui-the-password-comes-from-pgpassword-or = Parool tuleb muutujast PGPASSWORD või failist ~/.pgpass; seda ei salvestata kunagi koopiasse.
ui-check-out = Laenuta
ui-give-the-project-schema-and-a = Andke projekt (skeem) ja võrguühenduseta koopia tee
ui-merge-two-copies-no-server = Ühenda kaks koopiat (ilma serverita)
ui-base = Alus
ui-the-copy-both-started-from-gpkg = koopia, millest mõlemad alustasid (.gpkg)
ui-mine = Minu
ui-your-copy-gpkg = teie koopia (.gpkg)
ui-theirs = Teiste
ui-the-other-copy-gpkg = teine koopia (.gpkg)
ui-merged = Ühendatud
ui-the-file-to-write-gpkg = kirjutatav fail (.gpkg)
ui-merge = Ühenda
ui-give-all-four-files-base-mine = Andke kõik neli faili: alus, minu, teiste ja kirjutatav ühendatud fail
ui-working-with-the-server = Töö serveriga…
ui-row = Rida
ui-field = Väli
ui-mine-for-all = Minu kõigile
ui-theirs-for-all = Teiste kõigile
ui-this-copys-values-for-all = Selle koopia väärtused kõigile
ui-the-servers-values-for-all = Serveri väärtused kõigile
ui-merge-with-these-choices = Ühenda nende valikutega
ui-check-in-with-these-choices = Tagasta nende valikutega
ui-refresh-with-these-choices = Värskenda nende valikutega
ui-checked-out = Laenutati { $schema } (versioon { $revision }): { $firms } ettevõtet, { $flows } voogu, { $exchanges } vahetust
ui-role-view-only = kirjutuskaitstud: see roll võib seda ainult vaadata
ui-refreshed = Värskendatud: serverist { $count } muudatus(t); serveri versioon { $revision }
ui-checked-in = Tagastatud: saadeti { $sent } rida, saadi { $received }; serveri versioon { $revision }
ui-conflicts-decided = lahendatud konflikte: { $count }
ui-checkin-conflicts = Konflikte: { $count } — sama välja muudeti siin ja serveris. Midagi ei muudetud; valige allpool igaühele pool
ui-merge-conflicts = Konflikte: { $count }; midagi ei kirjutatud. Valige allpool igaühele pool
ui-merged-into = Ühendati faili { $path }: minult { $mine } muudatus(t), teistelt { $theirs }
ui-nothing-written = { $error }; midagi ei kirjutatud
ui-sync-line = { $schema } koopia serveris { $server }, versioon { $revision }, sünkroonitud { $at }
ui-one-area = üks ala
ui-conflicts-count = Konfliktid ({ $count })
ui-conflicts-open = Poole valikut ootavaid konflikte: { $count }

## app.rs

ui-basemap-fallback = { $error } Selle asemel kasutatakse sisseehitatud aluskaarti.
ui-not-a-project-or-csv = { $path } ei ole projekt (.gpkg) ega CSV-fail

## recent.rs

ui-opened-working-copy = töökoopia: näide ise jääb muutmata; muudatuste säilitamiseks kasutage „Salvesta nimega”
ui-opened-read-only-role = kirjutuskaitstud: teie roll meeskonnaserveris võib seda projekti ainult vaadata
ui-opened-read-only = kirjutuskaitstud: koopia muutmiseks kasutage „Salvesta nimega”
ui-opened-redrawn =
    { $count ->
        [one] { $count } vahetusjoon joonistati ümber teises programmis (QGIS?) teisaldatud ettevõteteni
       *[other] { $count } vahetusjoont joonistati ümber teises programmis (QGIS?) teisaldatud ettevõteteni
    }
ui-opened-overfilled-one = { $exchange }: hinnatud selle järgi, mida vood lubavad
ui-opened-overfilled =
    { $count ->
        [one] { $count } vahetus märgib rohkem, kui selle vood lubavad (vt vahekaarti Vahetused)
       *[other] { $count } vahetust märgivad rohkem, kui nende vood lubavad (vt vahekaarti Vahetused)
    }
ui-opened = Avati { $path }
ui-could-not-copy-sample = Näidet { $path } ei saanud kopeerida: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Failide kontroll
job-evaluation = Hindamine
job-explanation = Selgitus
job-export = Eksport
job-existing-figures = Olemasolevate vahetuste näitajad
job-matching = Sobitamine
job-opening = Avamine
job-optimisation = Optimeerimine
job-presentation = Esitlus
job-rediscovery = Taasavastamine
job-save-as = Salvesta nimega
job-scenario-comparison = Stsenaariumide võrdlus
job-team-server = Meeskonnaserver

## words.rs (the project's enumerations)

stage-identified = tuvastatud
stage-contacted = ühendust võetud
stage-met = kohtutud
stage-feasibility = teostatavusuuring
stage-agreed = kokku lepitud
stage-implemented = ellu viidud
stage-completed = lõpetatud
stage-dropped = loobutud
reason-technical = tehnilised põhjused
reason-economic = majanduslikud põhjused
reason-regulatory = õigusnormid
reason-quality = kvaliteet
reason-no_interest = huvi puudub
reason-other = muu
direction-supply = pakub
direction-demand = vajab
role-residue = jääk
role-product = toode
transport-road = veoauto
transport-articulated = poolhaagisega autorong
transport-rail = raudtee
transport-ship = laev
transport-pipeline = torujuhe
transport-grid = võrk
ui-unit-kt = kt
