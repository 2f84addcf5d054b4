# Symbiosis Explorer: suomi.

## Koko sovelluksen sanat

status-candidate = ehdokas
status-proposed = ehdotettu
status-agreed = sovittu
status-realised = toteutunut
status-rejected = hylätty
status-ended = päättynyt
scenario-existing = Nykyiset
scenario-existing-plus-proposed = Nykyiset + ehdotetut
scenario-optimal = Optimaalinen kohdentaminen
assumption = oletus

## HTML-raportti

report-title = { $name } — Symbiosis Explorer -raportti
report-meta = Alue: { $region } · Teollisuusalue vuonna { $year } · Valuutta: { $currency } (vuoden { $priceyear } hinnat) · Raportin laati { $date } Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } luottamuksellinen virta on jätetty pois raportista ja kaikista sen luvuista.
       *[other] { $count } luottamuksellista virtaa on jätetty pois raportista ja kaikista sen luvuista.
    }
report-confidential-included = Raportti sisältää luottamuksellisia virtoja: älä jaa sitä hankkeen ulkopuolelle.
report-summary = Yhteenveto
report-card-firms = yritystä
report-card-flows = virtaa (tarjonta ja tarve)
report-card-running = { $running } / { $total }
report-card-running-label = vaihtoa käynnissä vuonna { $year }
report-card-co2 = t CO₂ vältetty vuodessa (käynnissä olevat vaihdot, { $year })
report-card-benefit = { $currency } nettohyöty vuodessa
report-card-candidates = mahdollista vaihtoa löydetty
report-col-status = tila
report-col-exchanges = vaihdot
report-map = Kartta
report-map-alt = Kartta kohteen { $name } yrityksistä ja vaihdoista
report-map-every-firm = { $name }: kaikki yritykset
report-indicators = Tunnusluvut
report-col-scenario = skenaario
report-col-firms-linked = yhdistettyjä yrityksiä
report-col-links = yhteydet
report-col-link-density = yhteystiheys L/S
report-col-connectance = kytkeytyneisyys
report-col-cyclicity = syklisyys
report-col-co2-avoided = t CO₂/v vältetty
report-col-net-benefit = nettohyöty { $currency }/v
report-col-finn = Finnin kiertoindeksi
report-finn-undefined = määrittelemätön ({ $unit })
report-indicators-note = Yhteystiheys: yhteyksiä yritystä kohden; kytkeytyneisyys: yhteyksien osuus mahdollisista; syklisyys: yritysverkon spektrisäde (0 ketjulle, 1 silmukalle); Finnin indeksi: läpivirtauksen kiertävä osuus yksiköittäin.
report-time-limit = Optimaalinen skenaario on aikarajassa löydetty paras kohdentaminen: enintään { $gap } % optimista (todistettu raja).
report-charts = Kaaviot
report-chart-co2-by-material = Vältetty CO₂ vuodessa materiaaleittain (käynnissä olevat vaihdot)
report-chart-co2-by-scenario = Vältetty CO₂ vuodessa skenaarioittain
report-chart-benefit-by-scenario = Nettohyöty vuodessa skenaarioittain
report-chart-co2-by-year = Teollisuusalueen vältetty CO₂ vuosittain
report-exchanges = Vaihdot
report-exchanges-intro = Kunkin vaihdon luvut ovat sen osuus teollisuusalueesta vuonna { $year }: käynnissä olevat vaihdot kohdennetaan kerran virtojensa kapasiteettiin (aloitusvuoden järjestyksessä), joten rivit summautuvat yhteenvetoon. Määrät ovat se, minkä kohdentaminen antaa kullekin vaihdolle; vaihdolla, joka ei ole käynnissä vuonna { $year }, ei ole määrää.
report-col-from = mistä
report-col-to = mihin
report-col-material = materiaali
report-col-quantity = määrä/v
report-col-years = vuodet
report-col-transport = kuljetus
report-col-co2 = t CO₂/v
report-col-money = { $currency }/v
report-col-source = lähde
report-years-since = vuodesta { $year }
report-years-until = vuoteen { $year } asti
report-not-running = — (ei käynnissä vuonna { $year })
report-product-sale = (tuotteen myynti)
report-quantity-states = (ilmoitettu { $quantity })
report-quantity-from-flows = (virroistaan)
report-quantity-unknown = tuntematon
report-quantity-stated = { $quantity } { $unit } (ilmoitettu)
report-overfill = { $text }: arvioitu sen mukaan, mitä virrat sallivat.
report-how-evaluated = Näin arvioitiin: { $counterfactual }
report-proposed-adds = Ehdotettu: mitä se lisäisi käynnissä olevien vaihtojen jälkeen ({ $co2 } t CO₂/v, { $benefit } { $currency }/v; ei mukana summissa)
report-not-running-row = Ei käynnissä vuonna { $year }: ei mukana tämän vuoden luvuissa.
report-not-evaluated = Ei arvioitu: hankkeessa ei ole tähän vaihtoon sopivia tarjonta- ja tarvevirtoja.
report-not-evaluated-confidential = Ei arvioitu: hankkeessa ei ole tähän vaihtoon sopivia tarjonta- ja tarvevirtoja (tai ne ovat luottamuksellisia).
report-total =
    { $running ->
        [one] Yhteensä { $running } vaihto käynnissä vuonna { $year }
       *[other] Yhteensä { $running } vaihtoa käynnissä vuonna { $year }
    }
report-breakdowns-left-out = Erittelyt on jätetty pois: hankkeessa on { $count } vaihtoa (yli { $max }); `symbiosis-explorer exchanges` luettelee kunkin luvut ja `explain` sen erittelyn.
report-col-term = erä
report-col-value = arvo
report-col-formula = kaava
report-col-parameters = parametrit (lähde)
report-candidates = Parhaat mahdolliset vaihdot
report-candidates-best = { $shown } parasta { $total } mahdollisesta vaihdosta nettohyödyn mukaan.
report-col-supplier = toimittaja
report-col-receiver = vastaanottaja
report-col-supply-demand = tarjonta → tarve
report-col-distance = etäisyys km
report-firms = Yritykset: mitä niillä on ja mitä ne tarvitsevat
report-col-firm = yritys
report-col-nace = NACE
report-col-has = tarjoaa
report-col-wants = tarvitsee
report-firms-listed = Ensimmäiset { $shown } yritystä { $total } yrityksestä on lueteltu; `symbiosis-explorer export --format csv` kirjoittaa kaikki.
report-parameters = Arviointiparametrit ja lähteet
report-col-parameter = parametri
report-credits = Taustakartta: { $basemap }. Jätekoodit: Euroopan jäteluettelo (komission päätös 2000/532/EY); toimialat: NACE Rev. 2 (Eurostat).

## Karttakuva ja kartan selite

map-title-year = { $name } vuonna { $year }
map-legend-sectors = Yritykset toimialoittain
map-legend-exchanges = Vaihdot
map-running = käynnissä
map-planned = suunniteltu
map-ended = päättynyt
map-credits = Taustakartta: { $basemap }  ·  Symbiosis Explorer
kind-material = materiaali
kind-energy = energia
kind-water = vesi
sector-agriculture-and-fishing = Maatalous ja kalastus
sector-mining-and-refining = Kaivostoiminta ja jalostamot
sector-food-and-drink = Elintarvikkeet ja juomat
sector-manufacturing = Teollisuus
sector-chemicals-and-pharma = Kemia ja lääkkeet
sector-energy = Energia
sector-water-and-waste = Vesi ja jätehuolto
sector-other = Muut

## Printable have/want cards (PDF)

cards-heading = Kortti: tarjoamme / tarvitsemme
cards-firm = Yritys
cards-nace-address = NACE-koodi, osoite
cards-sheet = (arkki { $i }/{ $n })
cards-workshop = Työpaja
cards-date = Päivämäärä
cards-contact = Yhteyshenkilö
cards-has = TARJOAMME
cards-has-hint = sivutuotteet, jäännökset, ylijäämälämpö tai vesi, jonka voitte luovuttaa
cards-wants = TARVITSEMME
cards-wants-hint = ostamanne raaka-aineet, jotka naapurin sivuvirta voisi korvata
cards-col-material = Materiaali
cards-col-quantity = Määrä vuodessa
cards-col-unit = Yksikkö
cards-col-quality = Laatu, jätekoodi (EWC)
cards-col-years = Vuodet
cards-from = { $year } alkaen
cards-until = { $year } asti
cards-footer = Määrät vuodessa annetussa yksikössä. Jätä kortti fasilitaattorille. Korttiin ei tulosteta henkilötietoja.

## Messages of the command line (with --lang; English without it)

cli-wrote = kirjoitettu { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } luottamuksellinen virta jätetty pois (vie se valinnalla --include-confidential)
       *[other] { $count } luottamuksellista virtaa jätetty pois (vie ne valinnalla --include-confidential)
    }
cli-wrote-cards = kirjoitettu { $file } ({ $sheets } A4-arkkia, joista { $blank } tyhjää)
basemap-credits = Tehty Natural Earth -aineistolla · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = virhe: { $text }
cli-wrote-programme = kirjoitettu { $file } (synergioita: { $synergies })
cli-from-after-to = --from { $from } on myöhemmin kuin --to { $to }
cli-no-such-programme = mikään vaihto ei kuulu ohjelmaan '{ $programme }' (projektin ohjelmat: { $known })
cli-none = ei yhtään
cli-year-implausible = --year { $year } ei ole uskottava vuosi (1800..2200)
cli-blank-too-many = --blank { $blank }: enintään 1000 tyhjää korttia
cli-top-at-least-one = --top on oltava vähintään 1
cli-project-or-db = anna projektitiedosto tai --db URL --schema NIMI
cli-top-and-time-limit = --top on oltava vähintään 1 ja --time-limit positiivinen
cli-no-such-flow = { $file }: virtaa { $id } ei ole (virtojen tunnisteet luettelee `match`)
cli-personal-csv-only = --include-personal koskee vain --format csv -vientiä; yhteyshenkilöt eivät ole missään muussa viennissä
cli-png-only = --size, --view ja --year koskevat vain --format png -vientiä
cli-crs-csv-only = --crs koskee vain --format csv -vientiä; GeoJSON on aina WGS 84 pituus/leveys (RFC 7946)
cli-firms-at-least-one = --firms on oltava vähintään 1
cli-firms-too-many = --firms { $firms } on enemmän kuin generaattori tekee (enintään { $most })
cli-generate-progress = generate: yrityksiä { $done }/{ $firms }
cli-generate-writing = generate: kirjoitetaan { $file } (yrityksiä { $firms }, virtoja { $flows })
cli-could-not-write = tiedostoa { $file } ei voitu kirjoittaa
cli-generate-done = generate: valmis, { $seconds } s
cli-note-overfill = huom.: { $text }; se arvioidaan sen mukaan, mitä virrat sallivat
cli-note-exchange-overfill = huom.: vaihto { $text }; arvioitu sen mukaan, mitä virrat sallivat
cli-imported = tuotu tiedostoon { $path }: yrityksiä { $firms }, virtoja { $flows }, vaihtoja { $exchanges }
cf-supply-product = tarjonta: { $material } on tuote, jota yritys myy (kauppaa, ei hyvitystä vertailutilanteeseen nähden)
cf-supply-chp = tarjonta: { $material } otetaan CHP-laitokselta sen sähkön kustannuksella, jonka se muuten tuottaisi
cf-supply-chp-in = tarjonta: { $material } otetaan CHP-laitokselta ({ $country }) sen sähkön kustannuksella, jonka se muuten tuottaisi
cf-supply-route = tarjonta: ilman vaihtoa { $material }: { $route }
cf-supply-route-in = tarjonta: ilman vaihtoa { $material }: { $route } ({ $country })
cf-demand-energy = kysyntä: korvaa { $material } (maa ei tiedossa)
cf-demand-energy-of = kysyntä: korvaa { $material } ({ $country })
cf-demand-as-is = kysyntä: ottaa { $material } sellaisenaan (ei korvaa ostoa)
cf-demand-new = kysyntä: korvaa uutena ostetun tai tuotetun: { $material }
route-none = jää käyttämättä ilman kustannuksia (mitään ei vältetä)
route-landfill = kaatopaikalle (jäteveroa ja vastaanottomaksu)
route-incineration = poltto
route-flaring = soihdutus
route-discharge = päästö vesistöön tai viemäriin (maksut)
route-cooling = jäähdytys hukkaan
route-treatment = käsittely jätteenä
route-spreading = levitys pellolle käsittelemättä
formula-haversine = isoympyräetäisyys yritysten välillä (haversine, R = 6371,0088 km)
formula-road-legs = maantieosuudet (yritykseltä satamaan + satamasta yritykselle)
formula-shipped-cheaper = laivalla, halvempi kuin koko matka maanteitse
formula-capacity-before = kapasiteetti ennen tätä vaihtoa
formula-product-transport = tuotemyynti hyvittää vain säästetyn kuljetuksen
formula-product-sale = tuotemyynti: sen myyminen, mitä varten yritys on olemassa, on kauppaa eikä symbioosia; ei hyvitystä vältetystä käsittelystä tai korvautumisesta (vertailutoimittajaa ei annettu)
formula-use-emits = vastaanottajan käyttö aiheuttaa tämän päästön
formula-suppliers-country = toimittajan maa
formula-ets-burns-less = päästökauppalaitos polttaa vähemmän
formula-ets-emits = päästökauppalaitos päästää tämän
formula-ets-flares-less = päästökauppalaitos soihduttaa vähemmän
formula-not-paid = ei makseta
source-term-above = rivi yllä
source-as-above = kuten yllä
source-in-tonnes = määrä tonneina
source-unit-conversion = yksikkömuunnos
source-own-quantity = vaihdon oma määrä
source-stated-supplier = vaihdossa annettu vertailutoimittaja

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = tarjontavirta { $id }: { $source }
source-demand-flow = kysyntävirta { $id }: { $source }
source-flow = virta { $id }: { $source }
source-country-grid = sähköverkko { $country }: { $source }
source-country-heat = kaukolämpö { $country }: { $source }
source-country-landfill = kaatopaikkavero ja vastaanottomaksu { $country }: { $source }
source-crf = { $formula }, kun r = { $r } ({ $r_source }) ja n = { $n } vuotta ({ $n_source })
source-road-legs = isoympyrä satamiin { $from } ja { $to } (Natural Earthin satamat)
source-sea-leg = { $from } – { $to }
source-identity = identtinen: sama materiaali
source-water-t = vesi: 1 t/m³
source-tag-assumption = oletus
source-tag-illustrative = havainnollistava
source-tag-computed = laskettu
source-tag-computed-upper = laskettu yläraja

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = etäisyys
term-transport_km = kuljetusmatka
term-sea_km = merimatka
term-quantity = vaihdettu määrä
term-quantity_supply = tarjonnasta otettu määrä
term-supply_left_after = tarjontaa jäljellä jälkeenpäin
term-demand_left_after = kysyntää jäljellä jälkeenpäin
term-co2_displaced = korvattavan CO2
term-co2_disposal_avoided = vältetyn hävityksen CO2
term-co2_transport = kuljetuksen CO2
term-co2_transport_sea = merikuljetuksen CO2
term-co2_use_emitted = käytössä syntyvä CO2
term-chp_power_lost = menetetty CHP-sähkö
term-co2_chp_power_lost = menetetyn CHP-sähkön CO2
term-co2_avoided_t = vältetty CO2
term-purchase_avoided = vältetty hankinta
term-disposal_avoided = vältetyt hävityskustannukset
term-handling_cost = käsittelykustannus
term-transport_cost = kuljetuskustannus
term-transport_cost_sea = merikuljetuksen kustannus
term-port_handling_cost = satamakäsittelyn kustannus
term-fixed_link_cost = kiinteän yhteyden kustannus (vuotuinen)
term-carbon_value_displaced = korvattavan hiilen hinta
term-carbon_value_flaring = vältetyn soihdutuksen hiilen hinta
term-carbon_cost_use = käytön päästöjen hiilen hinta
term-product_sale = tuotemyynti
term-net_benefit = nettohyöty

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
unit-unit = yksikkö
unit-per = { $a }/{ $b }
unit-per-year = vuodessa

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — ohjelmaraportti
programme-scope-everything = kaikki synergiat, kaikki päivämäärät
programme-scope-programme = ohjelma { $programme }
programme-scope-all-programmes = kaikki ohjelmat
programme-scope-window = { $scope }, vaiheen muutokset { $from } – { $to }
programme-scope-start = alusta
programme-scope-today = tähän päivään
programme-lead = Synergioita: { $synergies }. Raportoidut tulokset ovat ohjelman ilmoittamia, ja ne esitetään mallin lukujen rinnalla samoista vaihdoista (käynnissä olevista, { $year }); niitä ei koskaan lasketa yhteen.
programme-without-history = Synergioita, joilla ei ole kirjattua vaiheen muutosta: { $without }/{ $synergies }. Kukin lasketaan siihen vaiheeseen, jota sen tila vastaa, ikään kuin se olisi läpäissyt kaikki aiemmat vaiheet, mikä nostaa alla olevia varhaisten vaiheiden siirtymäosuuksia.
programme-by-stage = Synergiat vaiheittain
programme-col-stage = vaihe
programme-col-synergies = synergiat
programme-col-dropped-because = luovuttu, koska
programme-reason-not-given = ei ilmoitettu
programme-conversion = Siirtyminen vaiheesta toiseen
programme-col-from = vaiheesta
programme-col-to = vaiheeseen
programme-col-reached-from = saavutti lähtövaiheen
programme-col-reached-to = saavutti seuraavan
programme-col-rate = osuus
programme-outcomes = Tulokset: raportoidut mallinnettujen rinnalla
programme-outcomes-meta = Raportoidut: synergioiden ja niiden raportoimien vuosien summa (t, m³, työpaikat, { $currency }). Mallinnetut: vuodessa, vuonna { $year }, käynnissä olevista synergioista. Eri suureita, ei koskaan laskettu yhteen.
programme-col-figure = luku
programme-col-reporting = raportoineet synergiat
programme-col-reported = raportoitu
programme-col-verified = siitä todennettu
programme-col-modelled = mallinnettu
programme-modelled-co2 = { $all } t/v (kaikki käynnissä olevat); { $reporting } t/v raportoineista ({ $synergies })
programme-not-reported = ei raportoitu
programme-net-benefit = nettohyöty (vain mallinnettu)
programme-per-year = { $value } { $currency }/v
programme-per-workshop = Työpajoittain
programme-per-facilitator = Fasilitaattoreittain
programme-col-in-progress = käynnissä
programme-col-completed = toteutettu tai valmis
programme-col-dropped = luovuttu
programme-no-workshop = (ei työpajaa)
programme-no-facilitator = (ei ilmoitettu)
