# Symbiosis Explorer: the desktop app's own words (fi). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Haku peruttu
ui-optimisation-cancelled = Optimointi peruttu
ui-layout-reset = Asettelu palautettu
ui-undone = Kumottu
ui-could-not-undo = Kumoaminen ei onnistunut
ui-nothing-to-undo = Ei kumottavaa
ui-redone = Tehty uudelleen
ui-could-not-redo = Uudelleen tekeminen ei onnistunut
ui-nothing-to-redo = Ei uudelleen tehtävää
ui-the-open-project-is-not-an = Avoin projekti ei ole palvelinprojektin offline-kopio (Tiedosto > Tiimipalvelin > Lainaa)
ui-type-a-path-for-save-as = Kirjoita polku Tallenna nimellä -toiminnolle (esimerkiksi /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Tallenna nimellä tarvitsee eri tiedostonimen
ui-type-a-path-for-the-new = Kirjoita uuden projektin polku (esimerkiksi /home/me/park.gpkg)
ui-not-saved = Ei tallennettu: { $error }
ui-undo-history-cleared = { $what }; kumoushistoria tyhjennettiin
ui-not-removed = Ei poistettu: { $error }
ui-opening = Avataan { $path }…
ui-choose-another-file = { $error }. Valitse toinen tiedosto (Tiedosto > Avaa).
ui-saving-as = Tallennetaan nimellä { $path }…
ui-save-as-failed = Tallenna nimellä epäonnistui: { $error }
ui-saved-a-copy = Kopio tiedostosta { $from } tallennettu nimellä { $path }
ui-saved-as = Tallennettu nimellä { $path }; muutokset menevät nyt sinne
ui-could-not-create = Tiedostoa { $path } ei voitu luoda: { $error }
ui-proposed = Ehdotettu: { $material } { $from } -> { $to }

## dock.rs

ui-map = Kartta
ui-about-tour = Tietoja ja esittely
ui-firms = Yritykset
ui-flows = Virrat
ui-settings = Asetukset
ui-all-flows = Kaikki virrat
ui-candidates = Ehdokkaat
ui-exchanges = Vaihdot
ui-charts = Kaaviot
ui-flow-diagram = Virtakaavio
ui-workshops = Työpajat

## map/mod.rs

ui-no-cache-folder = ei välimuistikansiota
ui-quantity-unknown = määrä tuntematon
ui-years-unknown = vuodet tuntemattomat
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [one] { $flows } virta
       *[other] { $flows } virtaa
    }
ui-per-year = { $quantity } { $unit }/v
ui-since-year = vuodesta { $year }
ui-hover-candidate =
    Ehdokas: { $from } -> { $to }
    { $material } { $quantity } { $unit }/v · { $km } km
    CO₂ { $co2 } t/v · hyöty { $benefit }
ui-choose-mbtiles = { $error }. Valitse .mbtiles-rasteritiedosto.
ui-online-tiles-on = OpenStreetMapin verkkotiilet käytössä; katsotut alueet tallentuvat välimuistiin { $cache }
ui-basemap-named = Taustakartta: { $name }

## map/overlay.rs

ui-zoom-in = Lähennä
ui-zoom-out = Loitonna
ui-fit = Koko
ui-zoom-to-project = Näytä koko projekti
ui-legend = Selite
ui-energy = Energia
ui-water = Vesi
ui-materials = Materiaalit
ui-solid-realised-dashed-proposed-agreed-faded = yhtenäinen toteutunut · katkoviiva ehdotettu/sovittu · haalea päättynyt
ui-candidate = Ehdokas
ui-credits-online = Karttatiedot © OpenStreetMapin tekijät (ODbL), verkkotiilet · { $basemap } · Taajamat: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Taustakartta: { $name } { $attribution } · { $basemap } · Taajamat: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Taajamat: GeoNames (CC BY 4.0)
ui-matching-progress = Haku { $done }/{ $total } tarjontavirtaa

## map/timeline.rs

ui-timeline = Aikajana
ui-pause = Tauko
ui-play = Toista
ui-timeline-year =
    { $year }: { $running ->
        [one] { $running } vaihto käynnissä
       *[other] { $running } vaihtoa käynnissä
    }; tunnetut määrät { $totals } vuodessa
ui-timeline-new = Uusi: { $from } -> { $to }: { $material }
ui-timeline-ended = Päättynyt: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Tiedosto
ui-open-or-save-as-a-path = Avaa tai tallenna polkuun:
ui-open = Avaa
ui-save-as = Tallenna nimellä
ui-new = Uusi
ui-browse = Selaa…
ui-check-out-from-server = Lainaa palvelimelta…
ui-check-in = Palauta
ui-open-an-offline-copy-checked-out = Avaa offline-kopio, jonka muokkausoikeudellinen rooli on lainannut
ui-refresh-from-server = Päivitä palvelimelta
ui-open-an-offline-copy-of-a = Avaa palvelinprojektin offline-kopio
ui-merge-two-copies = Yhdistä kaksi kopiota…
ui-recent-projects = Viimeisimmät projektit
ui-samples = Esimerkit
ui-import-csv = Tuo CSV…
ui-export = Vie…
ui-edit = Muokkaa
ui-undo-ctrl-z = Kumoa  (Ctrl+Z)
ui-redo-ctrl-shift-z = Tee uudelleen  (Ctrl+Shift+Z)
ui-view = Näytä
ui-quick-entry-ctrl-e = Pikasyöttö (Ctrl+E)
ui-present-f11 = Esitä (F11)
ui-presenter-view = Esittäjän näkymä
ui-the-projector-shows-the-clean-view = Projektori näyttää pelkistetyn näkymän toisessa ikkunassa (vedä se projektorin näytölle); tämä ikkuna säilyttää ohjaimet
ui-sample-working-copy = esimerkki (työkopio)
ui-firm-labels = Yritysten nimet
ui-towns = Taajamat
ui-candidates-shown = näytettävät ehdokkaat
ui-panes = Paneelit
ui-reset-layout = Palauta asettelu
ui-the-default-arrangement-of-map-panes = Kartan, paneelien ja taulukoiden oletusasettelu
ui-language = Kieli
ui-the-language-of-the-report-the = Sovelluksen, raportin, karttakuvan ja materiaalien nimien kieli
ui-basemap = Taustakartta
ui-built-in-offline-basemap = Sisäänrakennettu offline-taustakartta
ui-openstreetmap-online = OpenStreetMap (verkossa)
ui-downloads-map-tiles-from-openstreetmap-while = Lataa päällä ollessaan karttatiiliä OpenStreetMapista; jokainen katsottu alue säilyy levyvälimuistissa ja on käytettävissä offline-tilassa. Oletuksena pois päältä: sovellus ei tee pyyntöjä ennen kuin kytket tämän päälle.
ui-path-to-an-mbtiles-file = polku .mbtiles-tiedostoon
ui-use-mbtiles = Käytä MBTilesia
ui-open-sample = Avaa esimerkki { $sample }
ui-read-only = vain luku

## panels/all_flows.rs

ui-firm = Yritys
ui-direction = Suunta
ui-material = Materiaali
ui-quantity = Määrä
ui-role = Rooli
ui-years = Vuodet
ui-confidential = Luottamuksellinen
ui-id = Tunnus
ui-source = Lähde
ui-paste-rows-from-a-spreadsheet = Liitä rivejä taulukkolaskennasta
ui-filter = Suodatin
ui-firm-material-direction-or-source = yritys, materiaali, suunta tai lähde
ui-select-shown = Valitse näytetyt
ui-clear-selection = Tyhjennä valinta
ui-mark-confidential = Merkitse luottamukselliseksi
ui-unmark-confidential = Poista luottamuksellisuus
ui-source-for-the-selected = lähde valituille
ui-set-source = Aseta lähde
ui-delete-selected = Poista valitut
ui-tab-separated-rows-in-the-flows = Sarkaimin erotettuja rivejä flows.csv-tiedoston sarakejärjestyksessä (firm_id, direction, material, quantity, unit, ...) tai otsikkorivin kanssa. Tarkistetaan kuten CSV-tuonti.
ui-paste-rows-here = liitä rivit tähän
ui-entered-at-the-workshop = Syötetty työpajassa
ui-check-and-add-pasted-rows = Tarkista ja lisää liitetyt rivit
ui-nothing-to-add-paste-rows-first = Ei lisättävää: liitä ensin rivejä
ui-select-flow = valitse virta { $id }
ui-showing-flows = näytetään { $shown }/{ $total } virtaa; rajaa suodattimella
ui-n-selected = { $count } valittu
ui-added-pasted-flows =
    { $count ->
        [one] Lisättiin { $count } liitetty virta (Ctrl+Z kumoaa)
       *[other] Lisättiin { $count } liitettyä virtaa (Ctrl+Z kumoaa)
    }
ui-yes = kyllä
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Peru haku
ui-run-matching = Hae vaihtoja
ui-greenfield-ignore-existing-exchanges = puhtaalta pöydältä (ohita nykyiset vaihdot)
ui-cancel-optimising = Peru optimointi
ui-optimise = Optimoi
ui-the-allocation-with-the-largest-total = Kohdistus, jonka kokonaisnettohyöty on suurin (tarkka LP); näytetään kartalla
ui-include-products = mukaan lukien tuotteet
ui-also-offer-flows-whose-role-is = Tarjoa myös virtoja, joiden rooli on tuote (mitä yritys on olemassa myydäkseen): ne ovat tuotemyyntiä eivätkä tuota hyvitystä
ui-optimal-allocation = Optimaalinen kohdistus
ui-why-not-explain-any-pair-of = Miksi ei? Selitä mikä tahansa virtapari
ui-supply-flow-id = tarjontavirran tunnus
ui-demand-flow-id = kysyntävirran tunnus
ui-why-not = Miksi ei?
ui-no-candidates-yet-press-run-matching = Ei vielä ehdokkaita: paina Hae vaihtoja.
ui-firm-or-material = yritys tai materiaali
ui-sort-by = Lajitteluperuste
ui-from-to = Mistä -> mihin
ui-quantity-per-year = Määrä vuodessa
ui-distance = Etäisyys
ui-co2-t-yr = CO₂ t/v
ui-score = Pisteet
ui-transport = Kuljetus
ui-propose = Ehdota
ui-turn-this-candidate-into-a-proposed = Tee tästä ehdokkaasta ehdotettu vaihto
ui-why-this-candidate-every-term-and = Miksi tämä ehdokas: jokainen termi ja sen lähde
ui-best-allocation-within = Paras aikarajassa löydetty kohdistus (enintään { $gap } % optimista)
ui-allocation-summary = { $what }: { $count } vaihtoa, { $co2 } t CO₂/v vältetty, nettohyöty { $benefit } { $currency }/v (näytetään kartalla)
ui-not-a-flow-id = ”{ $text }” ei ole virran tunnus (katso Kaikki virrat -taulukko)
ui-benefit-per-year = Hyöty { $currency }/v
ui-sort-score = pisteet
ui-sort-co2 = CO₂
ui-sort-benefit = hyöty
ui-sort-distance = etäisyys
ui-sort-quantity = määrä

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ vaihdoittain: mallinnettu (t/v) raportoidun (t CO₂e) rinnalla, ei koskaan yhteen laskettuna
ui-not-running-in-the-year-shown = ei käynnissä näytettynä vuonna
ui-not-verified = ei varmennettu
ui-modelled-co2-avoided-t-yr = mallinnettu vältetty CO₂, t/v
ui-reported-co2-t = raportoitu CO₂, t
ui-of-it-verified = siitä varmennettu
ui-scenarios-existing-existing-proposed-optimal = Skenaariot: nykyiset, nykyiset + ehdotetut, optimaalinen
ui-compare-scenarios = Vertaa skenaarioita
ui-runs-matching-and-the-optimal-allocation = Ajaa haun ja optimaalisen kohdistuksen taustalla (enintään 20 s)
ui-link-density-l-s = yhteystiheys L/S
ui-co2-avoided-t-yr = Vältetty CO₂, t/v
ui-net-benefit-yr = nettohyöty /v
ui-co2-avoided-kt-yr = Vältetty CO₂, kt/v
ui-net-benefit-m-yr = Nettohyöty, milj./v
ui-exchanged-quantity-by-year-known-quantities = Vaihdettu määrä vuosittain (tunnetut määrät)
ui-quantity-per-year-outputs-up-inputs = määrä vuodessa (tuotokset ylös, panokset alas)
ui-select-a-firm-to-see-its = Valitse yritys nähdäksesi sen panokset ja tuotokset.
ui-t-per-year = { $value } t/v
ui-verified-lower = varmennettu
ui-outcome-chart-line = { $exchange }: mallinnettu { $modelled }, raportoitu { $reported } t vuonna { $year } ({ $verified })
ui-by-material = Nykyiset vaihdot materiaaleittain: vältetty CO₂ (t/v) ja nettohyöty (tuhatta vuodessa)
ui-by-material-in = Nykyiset vaihdot vuonna { $year } materiaaleittain: vältetty CO₂ (t/v) ja nettohyöty (tuhatta vuodessa)
ui-net-benefit-k = Nettohyöty, tuhatta { $currency }/v
ui-thousand-unit-per-year = tuhatta { $unit }/v
ui-firm-inputs-outputs = { $firm }: panokset (tarvitsee) ja tuotokset (tarjoaa)

## panels/contacts.rs

ui-a-contact-needs-a-name = yhteyshenkilöllä on oltava nimi
ui-personal-data-never-shown-in-presentation = Henkilötiedot: ei koskaan näytetä esitystilassa, raportissa, karttakuvassa eikä vienneissä (CSV vain valinnalla ”sisällytä henkilötiedot”).
ui-no-consent-recorded = suostumusta ei kirjattu
ui-remove-this-person = Poista tämä henkilö…
ui-remove-completely = Poista kokonaan
ui-keep = Säilytä
ui-edit-contact = Muokkaa yhteyshenkilöä
ui-add-a-contact = Lisää yhteyshenkilö
ui-name = Nimi
ui-full-name = koko nimi
ui-e-g-energy-manager = esim. energiapäällikkö
ui-email = Sähköposti
ui-phone = Puhelin
ui-consent-date = Suostumuksen päivämäärä
ui-consent-basis = Suostumuksen peruste
ui-e-g-agreed-at-the-workshop = esim. annettu työpajassa
ui-save-contact = Tallenna yhteyshenkilö
ui-add-contact = Lisää yhteyshenkilö
ui-cancel = Peruuta
ui-consent-date-bad = suostumuksen päivämäärä ”{ $date }” ei ole muodossa VVVV-KK-PP (YYYY-MM-DD)
ui-contacts-count = Yhteyshenkilöt ({ $count })
ui-consent-on = suostumus { $date }
ui-consent-basis-only = suostumus: { $basis }
ui-remove-person-warning = Poistetaanko { $name } kokonaan? Rivi poistetaan, nimi, sähköposti ja puhelin korvataan tekstillä ”{ $placeholder }” kaikkialla, missä projektin tekstit mainitsevat ne, ja tiedosto puhdistetaan kaikista kopioista. Tätä ei voi kumota, ja se tyhjentää kumoushistorian.

## panels/diagram.rs

ui-energy-mwh = energia (MWh)
ui-materials-t = materiaalit (t)
ui-water-m3 = vesi (m³)
ui-no-exchanges-with-known-quantities-in = Ei vaihtoja, joiden määrät tunnetaan tässä yksikössä
ui-only-firm = vain { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = yritys, materiaali tai tila
ui-no-due-date = ei määräpäivää
ui-from-to-material = Mistä -> mihin: materiaali
ui-status = Tila
ui-evaluation-every-term-and-its-source = Arviointi: jokainen termi ja sen lähde
ui-no-evaluation-the-flows-behind-this = Ei arviointia: tämän vaihdon virrat eivät ole projektissa (lisää tarjontavirta lähettäjälle ja kysyntävirta vastaanottajalle)
ui-exchanges-count =
    { $count ->
        [one] { $count } vaihto
       *[other] { $count } vaihtoa
    }
ui-my-actions = Omat tehtävät: { $open } avoinna, { $overdue } myöhässä
ui-due-date = määräpäivä { $date }
ui-overdue = { $action } (myöhässä)
ui-until-year = vuoteen { $year } asti
ui-year-to = –
ui-year-open = avoin
ui-source-is = Lähde: { $source }
ui-exchange-figures = { $quantity } { $unit } vuodessa: { $co2 } t CO₂ vältetty, { $benefit } { $currency } nettohyöty

## panels/firms.rs

ui-no-project-open-use-file-open = Ei avointa projektia. Valitse Tiedosto > Avaa.
ui-search = Haku
ui-name-nace-or-material = nimi, NACE tai materiaali
ui-move-firms-by-dragging-them-on = Siirrä yrityksiä vetämällä kartalla (oikealla painikkeella vetäminen siirtää karttaa)
ui-select-a-firm-in-the-list = Valitse yritys luettelosta tai kartalta muokataksesi sitä.
ui-click-an-empty-spot-on-the = Napsauta tyhjää kohtaa kartalla ja paina alla olevaa painiketta lisätäksesi sinne yrityksen.
ui-latitude = Leveysaste
ui-longitude = Pituusaste
ui-search-nace-by-code-or-words = hae NACE koodilla tai sanoilla
ui-country = Maa
ui-its-grid-district-heat-and-landfill = Sen sähköverkon, kaukolämmön ja kaatopaikan luvut koskevat tämän yrityksen vaihtoja
ui-eu-ets = EU:n päästökauppa
ui-an-eu-ets-installation = EU:n päästökauppajärjestelmän (EU ETS) laitos
ui-fuel-it-stops-burning-on-its = Polttoaine, jonka se lakkaa polttamasta omalla toimipaikallaan, säästää päästöoikeuksia hiilen hinnalla
ui-notes = Muistiinpanot
ui-show-flows = Näytä virrat
ui-delete-this-firm-with-its-flows = Poistetaanko tämä yritys virtoineen, vaihtoineen ja yhteyshenkilöineen?
ui-yes-delete = Kyllä, poista
ui-delete-firm = Poista yritys…
ui-firms-shown = { $shown }/{ $total } yritystä
ui-add-firm-at = Lisää yritys kohtaan { $lat }, { $lon }
ui-use-country = käytä maata { $code } (sijainnin mukaan)
ui-country-none = ei mitään

## panels/flow_form.rs

ui-edit-the-flow = Muokkaa virtaa
ui-add-a-flow = Lisää virta
ui-find-a-name-or-word-in = etsi: nimi tai sana millä tahansa kielellä
ui-search-ewc-code-or-words = hae jäteluettelon (EWC) koodia tai sanoja
ui-russian-waste-code-11-digits-the = Venäläinen jätekoodi (ФККО): 11 numeroa, viimeinen on vaaraluokka (1–4 vaarallisia)
ui-flags = Ominaisuudet
ui-accepts-hazardous = ottaa vastaan vaarallista
ui-waste-by-product-surplus-energy-or = Jäte, sivuvirta, ylijäämäenergia tai vesi: vaihto välttää sen loppukäsittelyn
ui-what-the-firm-exists-to-sell = Mitä yritys on olemassa myydäkseen: myynti on kauppaa, ei symbioosia, eikä tuota hyvitystä
ui-save-changes = Tallenna muutokset
ui-add-flow = Lisää virta
ui-quantity-must-be-zero-or-more = Määrän on oltava nolla tai enemmän
ui-unit-converted = { $unit }/v (muunnettuna yksikköön { $to })
ui-hazard-class = vaaraluokka { $class }
ui-saved-note = Tallennettu: { $note }
ui-unknown-material = Tuntematon materiaali ”{ $material }”
ui-quantity-bad = Määrä: { $error }; kirjoita esimerkiksi 1500
ui-not-a-year-range = ”{ $text }” ei ole vuosi ({ $from }..{ $to })
ui-years-reversed = Saatavilla alkaen { $from } on myöhemmin kuin saatavilla asti { $to }
ui-eg = esim. { $example }
ui-hint-from = alkaen
ui-hint-to = asti
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Valitse yritys (Yritykset-välilehti tai kartta) nähdäksesi, mitä sillä on tarjota ja mitä se tarvitsee.
ui-has-supply = Tarjoaa (tarjonta)
ui-wants-demand = Tarvitsee (kysyntä)
ui-edit-flow = Muokkaa virtaa
ui-load-this-flow-into-the-form = Lataa tämä virta alla olevaan lomakkeeseen
ui-delete = Poista
ui-delete-this-flow-ctrl-z-undoes = Poista tämä virta (Ctrl+Z kumoaa)
ui-flows-of = Yrityksen { $firm } virrat
ui-from-year = vuodesta { $year }
ui-confidential-tag = luottamuksellinen

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Ei käynnissä näytettynä vuonna: arvioitu ikään kuin se lisättäisiin kaikkien käynnissä olevien vaihtojen jälkeen.
ui-counterfactual = Vertailuskenaario: { $text }
ui-evaluated-at-flows = { $exchange }: arvioitu sen mukaan, mitä virrat sallivat

## panels/pipeline.rs

ui-landfill-diversion-t = Kaatopaikalta ohjattu (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Luodut työpaikat
ui-jobs-safeguarded = Turvatut työpaikat
ui-water-saved-m3 = Säästetty vesi (m³)
ui-virgin-material-saved-t = Säästetty neitseellinen raaka-aine (t)
ui-type-at-least-one-reported-figure = kirjoita vähintään yksi raportoitu luku
ui-pipeline = Eteneminen
ui-stage = Vaihe
ui-because = Syy
ui-date = Päivämäärä
ui-by = Kuka
ui-note = Huomautus
ui-what-happened = mitä tapahtui
ui-next-action = Seuraava toimenpide
ui-what-is-to-be-done-next = mitä tehdään seuraavaksi
ui-owner = Vastuuhenkilö
ui-who-takes-it = kuka ottaa sen hoitaakseen
ui-due = Määräpäivä
ui-record-stage = Kirjaa vaihe
ui-reported-outcomes-beside-the-modelled-figures = Raportoidut tulokset (mallinnettujen lukujen rinnalla, ei koskaan niihin lisättynä)
ui-none-reported-yet = Ei vielä raportoitu.
ui-remove = Poista
ui-report-an-outcome = Raportoi tulos
ui-year = Vuosi
ui-not-reported = ei raportoitu
ui-evidence = Näyttö
ui-a-text-or-a-document-path = teksti tai asiakirjan polku
ui-verified = Varmennettu
ui-checked-against-evidence = tarkistettu näyttöä vasten
ui-save-outcome = Tallenna tulos
ui-cost-savings = Kustannussäästöt ({ $currency })
ui-additional-sales = Lisämyynti ({ $currency })
ui-private-investment = Yksityiset investoinnit ({ $currency })
ui-not-a-year = vuosi ”{ $text }” ei ole vuosi
ui-figure-not-a-number = { $figure } ”{ $text }” ei ole luku 0 tai enemmän
ui-modelled-co2 = mallinnettu { $value } t CO₂ vuodessa
ui-reported-figures = raportoitu { $figures }
ui-no-stage = ei mitään
ui-no-stage-yet-implied = Vaihetta ei vielä kirjattu (sen tila vastaa vaihetta: { $stage })
ui-next-action-is = Seuraavaksi: { $action }
ui-hint-who = kuka
ui-exchange-not-in-project = vaihto { $id } ei ole projektissa
ui-evidence-is = näyttö: { $evidence }

## panels/settings.rs

ui-evaluation = Arviointi
ui-evaluation-year = Arviointivuosi
ui-unticked-the-park-is-evaluated-as = Ilman valintaa: puisto arvioidaan sellaisena kuin se on tänä vuonna
ui-currency = Valuutta
ui-every-money-figure-is-shown-in = Kaikki rahaluvut näytetään siinä; luettelon ja parametrien arvot (EUR) muunnetaan kurssilla fx.CODE
ui-evaluation-parameters = Arviointiparametrit
ui-each-value-with-its-source-an = Jokainen arvo lähteineen; muokattu arvo tallennetaan (yksi kumousaskel) lähteellä ”edited in Symbiosis Explorer”. Rahaparametrit ovat euroina (EUR).
ui-this-year-is = tämä vuosi ({ $year })
ui-per-eur = { $rate } / EUR
ui-max-km = enint. { $km } km
ui-material-factors = PK neitseellinen { $virgin } · loppukäsittely { $disposal }
ui-material-factors-sources =
    PK neitseellinen: { $virgin }
    PK loppukäsittely: { $disposal }
    hinta { $price } EUR: { $price_source }
    loppukäsittely { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = kiinteä

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Havainnollistava esimerkki: virrat, joiden lähteessä lukee ”illustrative”, on keksitty harjoitusta varten.
ui-this-year = tämä vuosi
ui-guided-tour = Opastettu esittely
ui-back = Edellinen
ui-next = Seuraava
ui-would-the-matcher-have-found-this = Olisiko haku löytänyt tämän puiston?
ui-greenfield-matching-existing-exchanges-ignored-compared = Haku puhtaalta pöydältä (nykyiset vaihdot ohitettuina) verrattuna dokumentoituihin vaihtoihin
ui-tour-computed-here = Laskettu tässä { $count } nykyiselle vaihdolle vuonna { $year }: { $co2 } t CO₂ vältetty vuodessa; { $tonnes } t materiaaleja, { $mwh } MWh energiaa ja { $m3 } m³ vettä vaihdettu vuodessa (kunkin vaihdon osuus yhdestä virtoihin kohdistuksesta; tunnetut tai virroista johdetut määrät, yksinkertaiset päästökertoimet)
ui-step-of = vaihe { $step }/{ $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = työpajalla on oltava tunnus (esim. kalundborg-2021-05)
ui-1-workshop = 1 työpaja
ui-programme-report = Ohjelmaraportti…
ui-file-export-the-programme-report-as = Tiedosto > Vie: ohjelmaraportti HTML- tai CSV-muodossa
ui-workshop = Työpaja
ui-venue = Paikka
ui-facilitator = Fasilitaattori
ui-programme = Ohjelma
ui-new-workshop = Uusi työpaja
ui-e-g-kalundborg-2021-05 = esim. kalundborg-2021-05
ui-who-leads-it = kuka vetää
ui-e-g-bis-interreg-2019-2021 = esim. BIS Interreg 2019-2021
ui-agenda-remarks = asialista, huomiot
ui-add-workshop = Lisää työpaja
ui-enter-haves-and-wants-at-this = Syötä tarjonnat ja tarpeet tässä työpajassa (pikasyöttö)
ui-not-an-attendee = ei osallistuja
ui-add-an-attending-firm-a-few = lisää osallistuva yritys: muutama kirjain
ui-leads-not-matched-yet = Vihjeet: hakua ei vielä tehty
ui-no-stage-recorded-yet = vaihetta ei vielä kirjattu
ui-hint-where = missä
ui-stage-on = { $stage } { $date }
ui-workshop-exists = työpaja ”{ $id }” on jo olemassa
ui-date-bad = päivämäärä ”{ $date }” ei ole muodossa VVVV-KK-PP (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } työpaja
       *[other] { $count } työpajaa
    }
ui-attendees =
    Osallistujat ({ $count ->
        [one] { $count } yritys
       *[other] { $count } yritystä
    })
ui-produced = Tulos: { $count } tarjontaa ja tarvetta syötetty
ui-leads =
    Vihjeet: { $count ->
        [one] { $count } ehdokas
       *[other] { $count } ehdokasta
    } sen syötteistä
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ vuodessa)
ui-synergies-from-it = Siitä syntyneet synergiat: { $count }
ui-reached-since = Saavutettu { $date } jälkeen: { $stages }

## presentation.rs

ui-firms-linked = yhdistettyä yritystä
ui-materials-per-year = materiaaleja vuodessa
ui-co2-avoided-per-year = CO₂ vältetty vuodessa
ui-exit-presentation-f11 = Lopeta esitys (F11)
ui-anonymise-firms = Anonymisoi yritykset
ui-in-year = vuonna { $year }
ui-headline-exchanges = vaihtoa
ui-second-language = Toinen kieli
ui-second-language-none = ei mitään

## quick_entry.rs

ui-type-has-or-wants = kirjoita tarjoaa tai tarvitsee
ui-quantity-not-a-number = määrä ”{ $text }” ei ole luku
ui-no-firm-called = ei yritystä nimeltä ”{ $name }”
ui-no-material-called = ei materiaalia nimeltä ”{ $name }”

## tasks.rs

ui-save-as-stopped-without-a-result = Tallenna nimellä päättyi ilman tulosta
ui-opening-the-project-stopped-without-a = Projektin avaaminen päättyi ilman tulosta
ui-export-failed-it-stopped-without-a = Vienti epäonnistui: se päättyi ilman tulosta
ui-rediscovery-found = Haku puhtaalta pöydältä löysi { $found }/{ $documented } dokumentoidusta vaihdosta, kunkin vuonna, jona se oli käynnissä (10 ehdokasta tarjontavirtaa kohden).
ui-rediscovery-products =
    { $count ->
        [one] { $count } tuotemyynti (mitä yritys on olemassa myydäkseen) ei ole symbioosiehdokas, ja se jätetään pois.
       *[other] { $count } tuotemyyntiä (mitä yritys on olemassa myydäkseen) eivät ole symbioosiehdokkaita, ja ne jätetään pois.
    }
ui-rediscovery-not-found = Ei löytynyt: { $missed }.
ui-result-dropped = { $job }: tulos hylättiin, projekti muuttui ajon aikana; aja uudelleen
ui-matching-found =
    { $count ->
        [one] Haku löysi { $count } ehdokkaan
       *[other] Haku löysi { $count } ehdokasta
    }
ui-best-allocation-found = Paras aikarajassa löydetty kohdistus: { $count } vaihtoa, enintään { $gap } % optimista
ui-optimal-allocation-count = Optimaalinen kohdistus: { $count } vaihtoa
ui-optimisation-stopped = Optimointi pysähtyi: { $error }
ui-scenarios-stopped = Skenaariovertailu pysähtyi: { $error }
ui-export-failed = Vienti epäonnistui: { $error }

## windows/export.rs

ui-export-2 = Vienti
ui-folder = Kansio
ui-include-confidential-flows-left-out-by = Sisällytä luottamukselliset virrat (oletuksena jätetään pois)
ui-csv-the-import-formats = CSV (tuontimuodot)
ui-lat-lon-wgs-84 = leveys/pituus (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (yritykset, vaihdot, ehdokkaat; pituus/leveys)
ui-html-report-one-self-contained-file = HTML-raportti (yksi itsenäinen tiedosto)
ui-map-image-png-of-the-current = Karttakuva (PNG) nykyisestä näkymästä
ui-the-map-image-has-a-legend = Karttakuvassa on selite, mittakaava ja taustakartan lähdetiedot; se näyttää aikajanan vuoden.
ui-programme-report-of = Ohjelmaraportti:
ui-all-synergies = kaikki synergiat
ui-programme-report-html = Ohjelmaraportti (HTML)
ui-programme-report-csv = Ohjelmaraportti (CSV)
ui-type-the-folder-to-export-into = Kirjoita kansio, johon viedään
ui-wrote = Kirjoitettu: { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } luottamuksellinen virta jätetty pois
       *[other] { $count } luottamuksellista virtaa jätetty pois
    }
ui-xy-in = x/y järjestelmässä { $code } { $name }
ui-export-cards = Tarjonta- ja tarvekortit (PDF, A4: arkki yritystä kohden, sitten { $blank } tyhjää korttia)
ui-exporting-into = Viedään kansioon { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Valitse firms.csv ja flows.csv
ui-checking-the-files-stopped-without-a = Tiedostojen tarkistus päättyi ilman tulosta
ui-import-csv-2 = Tuo CSV
ui-files-in-the-csv-formats-of = Tiedostot README:n CSV-muodoissa (firms.csv ja flows.csv tarvitaan). Projektissa jo olevat yritykset päivitetään tunnuksen mukaan; virrat ja vaihdot lisätään.
ui-path-to-firms-csv = polku tiedostoon firms.csv
ui-path-to-flows-csv = polku tiedostoon flows.csv
ui-coordinates = Koordinaatit
ui-lat-lon-or-x-y-with = leveys/pituus tai x/y ja crs-sarake
ui-check-files = Tarkista tiedostot
ui-leave-out = (jätä pois)
ui-optional = valinnainen
ui-import-counts = Tuo { $firms } yritystä, { $flows } virtaa, { $exchanges } vaihtoa
ui-column-mapping = Sarakkeiden vastaavuus tiedostolle { $file } (muodon ulkopuoliset sarakkeet)
ui-import-problems =
    { $count ->
        [one] { $count } ongelma; mitään ei tuotu. Korjaa se tiedostoissa (tai määritä sarakkeet) ja tarkista uudelleen:
       *[other] { $count } ongelmaa; mitään ei tuotu. Korjaa ne tiedostoissa (tai määritä sarakkeet) ja tarkista uudelleen:
    }
ui-imported-counts = Tuotiin { $firms } yritystä, { $flows } virtaa, { $exchanges } vaihtoa (Ctrl+Z kumoaa)

## windows/quick.rs

ui-quick-have-want-entry = Tarjonnan ja tarpeen pikasyöttö
ui-type-tab-to-the-next-field = Kirjoita, Tab seuraavaan kenttään, Enter lisää. Muutama kirjain yrityksestä tai materiaalista riittää.
ui-firm-name-or-id = yrityksen nimi tai tunnus
ui-has-or-wants = Tarjoaa vai tarvitsee
ui-has-wants = tarjoaa / tarvitsee
ui-material-name-or-id = materiaalin nimi tai tunnus
ui-rough-figure = karkea luku
ui-add-enter = Lisää (Enter)
ui-discard = Hylkää
ui-entries-to-review = { $count } työpajasyötettä tarkistettavana

## windows/team.rs

ui-open-an-offline-copy-first-file = Avaa ensin offline-kopio (Tiedosto > Tiimipalvelin > Lainaa)
ui-the-server-job-stopped-without-a = Palvelintyö päättyi ilman tulosta
ui-team-server = Tiimipalvelin
ui-this-copy = Tämä kopio
ui-send-this-copys-changes-since-it = Lähetä tämän kopion muutokset lainaamisen jälkeen palvelimen muutoksiin yhdistettyinä yhdessä transaktiossa
ui-refresh = Päivitä
ui-take-the-servers-changes-into-this = Ota palvelimen muutokset tähän kopioon lähettämättä mitään
ui-read-only-this-role-may-view = Vain luku: tämä rooli voi katsoa palvelinprojektia mutta ei muuttaa sitä.
ui-the-open-project-is-not-an-2 = Avoin projekti ei ole palvelinprojektin offline-kopio.
ui-check-out-from-server-2 = Lainaa palvelimelta
ui-server = Palvelin
ui-project-schema = Projekti (skeema)
ui-area-w-s-e-n = Alue L,E,I,P (W,S,E,N)
ui-empty-the-whole-project = tyhjä: koko projekti
ui-offline-copy = Offline-kopio
ui-the-password-comes-from-pgpassword-or = Salasana tulee PGPASSWORD-muuttujasta tai tiedostosta ~/.pgpass; sitä ei koskaan tallenneta kopioon.
ui-check-out = Lainaa
ui-give-the-project-schema-and-a = Anna projekti (skeema) ja offline-kopion polku
ui-merge-two-copies-no-server = Yhdistä kaksi kopiota (ilman palvelinta)
ui-base = Pohja
ui-the-copy-both-started-from-gpkg = kopio, josta molemmat lähtivät (.gpkg)
ui-mine = Oma
ui-your-copy-gpkg = oma kopiosi (.gpkg)
ui-theirs = Toisen
ui-the-other-copy-gpkg = toinen kopio (.gpkg)
ui-merged = Yhdistetty
ui-the-file-to-write-gpkg = kirjoitettava tiedosto (.gpkg)
ui-merge = Yhdistä
ui-give-all-four-files-base-mine = Anna kaikki neljä tiedostoa: pohja, oma, toisen ja kirjoitettava yhdistetty
ui-working-with-the-server = Työskennellään palvelimen kanssa…
ui-row = Rivi
ui-field = Kenttä
ui-mine-for-all = Oma kaikille
ui-theirs-for-all = Toisen kaikille
ui-this-copys-values-for-all = Tämän kopion arvot kaikille
ui-the-servers-values-for-all = Palvelimen arvot kaikille
ui-merge-with-these-choices = Yhdistä näillä valinnoilla
ui-check-in-with-these-choices = Palauta näillä valinnoilla
ui-refresh-with-these-choices = Päivitä näillä valinnoilla
ui-checked-out = Lainattu { $schema } (versio { $revision }): { $firms } yritystä, { $flows } virtaa, { $exchanges } vaihtoa
ui-role-view-only = vain luku: tämä rooli voi vain katsoa sitä
ui-refreshed = Päivitetty: { $count } muutosta palvelimelta; palvelimen versio { $revision }
ui-checked-in = Palautettu: { $sent } riviä lähetetty, { $received } vastaanotettu; palvelimen versio { $revision }
ui-conflicts-decided = { $count } ristiriitaa ratkaistu
ui-checkin-conflicts = { $count } ristiriitaa: sama kenttä muutettiin täällä ja palvelimella. Mitään ei muutettu; valitse kullekin puoli alla
ui-merge-conflicts = { $count } ristiriitaa; mitään ei kirjoitettu. Valitse kullekin puoli alla
ui-merged-into = Yhdistetty tiedostoon { $path }: { $mine } muutosta omasta, { $theirs } toisesta
ui-nothing-written = { $error }; mitään ei kirjoitettu
ui-sync-line = kopio { $schema } palvelimella { $server }, versio { $revision }, synkronoitu { $at }
ui-one-area = yksi alue
ui-conflicts-count = Ristiriidat ({ $count })
ui-conflicts-open = { $count } ristiriitaa odottaa vielä puolen valintaa

## app.rs

ui-basemap-fallback = { $error } Sen sijaan käytetään sisäänrakennettua taustakarttaa.
ui-not-a-project-or-csv = { $path } ei ole projekti (.gpkg) eikä CSV-tiedosto

## recent.rs

ui-opened-working-copy = työkopio: esimerkki itse pysyy ennallaan; käytä Tallenna nimellä säilyttääksesi muutoksesi
ui-opened-read-only-role = vain luku: roolisi tiimipalvelimella voi vain katsoa tätä projektia
ui-opened-read-only = vain luku: käytä Tallenna nimellä muokataksesi kopiota
ui-opened-redrawn =
    { $count ->
        [one] { $count } vaihtoviiva piirrettiin uudelleen toisessa ohjelmassa (QGIS?) siirrettyihin yrityksiin
       *[other] { $count } vaihtoviivaa piirrettiin uudelleen toisessa ohjelmassa (QGIS?) siirrettyihin yrityksiin
    }
ui-opened-overfilled-one = { $exchange }: arvioitu sen mukaan, mitä virrat sallivat
ui-opened-overfilled =
    { $count ->
        [one] { $count } vaihto ilmoittaa enemmän kuin sen virrat sallivat (katso Vaihdot-välilehti)
       *[other] { $count } vaihtoa ilmoittaa enemmän kuin niiden virrat sallivat (katso Vaihdot-välilehti)
    }
ui-opened = Avattu { $path }
ui-could-not-copy-sample = Esimerkkiä { $path } ei voitu kopioida: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Tiedostojen tarkistus
job-evaluation = Arviointi
job-explanation = Selitys
job-export = Vienti
job-existing-figures = Nykyisten vaihtojen luvut
job-matching = Haku
job-opening = Avaaminen
job-optimisation = Optimointi
job-presentation = Esitys
job-rediscovery = Uudelleenlöytäminen
job-save-as = Tallenna nimellä
job-scenario-comparison = Skenaariovertailu
job-team-server = Tiimipalvelin

## words.rs (the project's enumerations)

stage-identified = tunnistettu
stage-contacted = yhteydessä
stage-met = tavattu
stage-feasibility = toteutettavuusselvitys
stage-agreed = sovittu
stage-implemented = toteutettu
stage-completed = valmis
stage-dropped = hylätty
reason-technical = tekninen
reason-economic = taloudellinen
reason-regulatory = sääntely
reason-quality = laatu
reason-no_interest = ei kiinnostusta
reason-other = muu
direction-supply = tarjoaa
direction-demand = tarvitsee
role-residue = sivuvirta
role-product = tuote
transport-road = maantie
transport-articulated = täysperävaunuyhdistelmä
transport-rail = rautatie
transport-ship = laiva
transport-pipeline = putki
transport-grid = verkko
ui-unit-kt = kt
