# Symbiosis Explorer: polski.

## Słowa używane w całym programie

status-candidate = kandydat
status-proposed = zaproponowana
status-agreed = uzgodniona
status-realised = zrealizowana
status-rejected = odrzucona
status-ended = zakończona
scenario-existing = Istniejące
scenario-existing-plus-proposed = Istniejące + zaproponowane
scenario-optimal = Optymalny przydział
assumption = założenie

## Raport HTML

report-title = { $name } — raport Symbiosis Explorer
report-meta = Region: { $region } · Park w roku { $year } · Waluta: { $currency } (ceny z { $priceyear } r.) · Raport sporządzony { $date } przez Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } poufny przepływ pominięto w raporcie i we wszystkich jego wynikach.
        [few] { $count } poufne przepływy pominięto w raporcie i we wszystkich jego wynikach.
        [many] { $count } poufnych przepływów pominięto w raporcie i we wszystkich jego wynikach.
       *[other] { $count } poufnego przepływu pominięto w raporcie i we wszystkich jego wynikach.
    }
report-confidential-included = Raport zawiera poufne przepływy: nie udostępniaj go poza projektem.
report-summary = Podsumowanie
report-card-firms = przedsiębiorstw
report-card-flows = przepływów (oferty i potrzeby)
report-card-running = { $running } z { $total }
report-card-running-label = wymian działających w { $year } r.
report-card-co2 = t CO₂ uniknięte rocznie (działające wymiany, { $year })
report-card-benefit = { $currency } korzyści netto rocznie
report-card-candidates = znalezionych możliwych wymian
report-col-status = status
report-col-exchanges = wymiany
report-map = Mapa
report-map-alt = Mapa przedsiębiorstw i wymian: { $name }
report-map-every-firm = { $name }: wszystkie przedsiębiorstwa
report-indicators = Wskaźniki
report-col-scenario = scenariusz
report-col-firms-linked = powiązane przedsiębiorstwa
report-col-links = powiązania
report-col-link-density = gęstość powiązań L/S
report-col-connectance = spójność
report-col-cyclicity = cykliczność
report-col-co2-avoided = t CO₂/rok uniknięte
report-col-net-benefit = korzyść netto { $currency }/rok
report-col-finn = wskaźnik cykliczności Finna
report-finn-undefined = nieokreślony ({ $unit })
report-indicators-note = Gęstość powiązań: powiązania na przedsiębiorstwo; spójność: powiązania w stosunku do możliwych; cykliczność: promień spektralny sieci przedsiębiorstw (0 dla łańcucha, 1 dla pętli); wskaźnik Finna: udział przepływu, który krąży w obiegu, dla każdej jednostki.
report-time-limit = Scenariusz optymalny to najlepszy przydział znaleziony w limicie czasu: najwyżej { $gap } % od optimum (udowodnione ograniczenie).
report-charts = Wykresy
report-chart-co2-by-material = Uniknięte CO₂ rocznie według materiału (działające wymiany)
report-chart-co2-by-scenario = Uniknięte CO₂ rocznie według scenariusza
report-chart-benefit-by-scenario = Korzyść netto rocznie według scenariusza
report-chart-co2-by-year = CO₂ uniknięte przez park rok po roku
report-exchanges = Wymiany
report-exchanges-intro = Wyniki każdej wymiany to jej udział w parku w { $year } r.: działające wymiany są raz przydzielane do przepustowości swoich przepływów (w kolejności roku rozpoczęcia), więc wiersze sumują się do podsumowania. Ilości to to, co ten przydział daje każdej wymianie; wymiana, która nie działa w { $year } r., nie ma żadnej.
report-col-from = od
report-col-to = do
report-col-material = materiał
report-col-quantity = ilość/rok
report-col-years = lata
report-col-transport = transport
report-col-co2 = t CO₂/rok
report-col-money = { $currency }/rok
report-col-source = źródło
report-years-since = od { $year }
report-years-until = do { $year }
report-not-running = — (nie działa w { $year } r.)
report-product-sale = (sprzedaż produktu)
report-quantity-states = (podano { $quantity })
report-quantity-from-flows = (z jej przepływów)
report-quantity-unknown = nieznana
report-quantity-stated = { $quantity } { $unit } (podano)
report-overfill = { $text }: oceniono w granicach tego, na co pozwalają przepływy.
report-how-evaluated = Jak to oceniono: { $counterfactual }
report-proposed-adds = Zaproponowana: co dodałaby po działających wymianach ({ $co2 } t CO₂/rok, { $benefit } { $currency }/rok; poza sumami)
report-not-running-row = Nie działa w { $year } r.: poza wynikami tego roku.
report-not-evaluated = Nie oceniono: projekt nie zawiera pasujących przepływów oferty i potrzeby dla tej wymiany.
report-not-evaluated-confidential = Nie oceniono: projekt nie zawiera pasujących przepływów oferty i potrzeby dla tej wymiany (lub są one poufne).
report-total =
    { $running ->
        [one] Razem { $running } wymiana działająca w { $year } r.
        [few] Razem { $running } wymiany działające w { $year } r.
       *[other] Razem { $running } wymian działających w { $year } r.
    }
report-breakdowns-left-out = Rozbicia pominięto: projekt ma { $count } wymian (więcej niż { $max }); `symbiosis-explorer exchanges` podaje wyniki każdej, a `explain` jej rozbicie.
report-col-term = składnik
report-col-value = wartość
report-col-formula = wzór
report-col-parameters = parametry (źródło)
report-candidates = Najlepsze możliwe wymiany
report-candidates-best = { $shown } najlepszych z { $total } możliwych wymian według korzyści netto.
report-col-supplier = dostawca
report-col-receiver = odbiorca
report-col-supply-demand = oferta → potrzeba
report-col-distance = odległość km
report-firms = Przedsiębiorstwa: co mają i czego potrzebują
report-col-firm = przedsiębiorstwo
report-col-nace = NACE
report-col-has = ma
report-col-wants = potrzebuje
report-firms-listed = Wymieniono pierwsze { $shown } z { $total } przedsiębiorstw; `symbiosis-explorer export --format csv` zapisuje wszystkie.
report-parameters = Parametry oceny i źródła
report-col-parameter = parametr
report-credits = Podkład mapy: { $basemap }. Kody odpadów: europejski katalog odpadów (decyzja Komisji 2000/532/WE); sektory: NACE Rev. 2 (Eurostat).

## Obraz mapy i legenda mapy

map-title-year = { $name } w { $year } r.
map-legend-sectors = Przedsiębiorstwa według sektora
map-legend-exchanges = Wymiany
map-running = działa
map-planned = planowana
map-ended = zakończona
map-credits = Podkład mapy: { $basemap }  ·  Symbiosis Explorer
kind-material = materiał
kind-energy = energia
kind-water = woda
sector-agriculture-and-fishing = Rolnictwo i rybołówstwo
sector-mining-and-refining = Górnictwo i rafinacja
sector-food-and-drink = Żywność i napoje
sector-manufacturing = Przetwórstwo przemysłowe
sector-chemicals-and-pharma = Chemia i farmacja
sector-energy = Energetyka
sector-water-and-waste = Woda i odpady
sector-other = Inne

## Printable have/want cards (PDF)

cards-heading = Karta: mamy / potrzebujemy
cards-firm = Firma
cards-nace-address = Kod NACE, adres
cards-sheet = (arkusz { $i } z { $n })
cards-workshop = Warsztat
cards-date = Data
cards-contact = Kontakt
cards-has = MAMY
cards-has-hint = produkty uboczne, odpady, nadwyżki ciepła lub wody, które możecie oddać
cards-wants = POTRZEBUJEMY
cards-wants-hint = surowce, które kupujecie, a które mógłby zastąpić odpad sąsiada
cards-col-material = Materiał
cards-col-quantity = Ilość rocznie
cards-col-unit = Jednostka
cards-col-quality = Jakość, kod odpadu
cards-col-years = Lata
cards-from = od { $year }
cards-until = do { $year }
cards-footer = Ilości rocznie w podanej jednostce. Zostaw kartę u moderatora. Na karcie nie drukuje się danych osobowych.

## Messages of the command line (with --lang; English without it)

cli-wrote = zapisano { $file }
cli-confidential-left-out =
    { $count ->
        [one] { $count } poufny przepływ pominięto (użyj --include-confidential, aby go wyeksportować)
        [few] { $count } poufne przepływy pominięto (użyj --include-confidential, aby je wyeksportować)
       *[other] { $count } poufnych przepływów pominięto (użyj --include-confidential, aby je wyeksportować)
    }
cli-wrote-cards = zapisano { $file } (arkuszy A4: { $sheets }, w tym pustych: { $blank })
basemap-credits = Wykonano z użyciem Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = błąd: { $text }
cli-wrote-programme = zapisano { $file } (synergie: { $synergies })
cli-from-after-to = --from { $from } jest późniejsze niż --to { $to }
cli-no-such-programme = żadna wymiana nie należy do programu „{ $programme }” (programy projektu: { $known })
cli-none = brak
cli-year-implausible = --year { $year } nie jest wiarygodnym rokiem (1800..2200)
cli-blank-too-many = --blank { $blank }: najwyżej 1000 pustych kart
cli-top-at-least-one = --top musi wynosić co najmniej 1
cli-project-or-db = podaj plik projektu albo --db URL --schema NAZWA
cli-top-and-time-limit = --top musi wynosić co najmniej 1, a --time-limit być dodatni
cli-no-such-flow = { $file }: nie ma strumienia { $id } (identyfikatory strumieni wypisuje `match`)
cli-personal-csv-only = --include-personal dotyczy tylko --format csv; kontakty nie trafiają do żadnego innego eksportu
cli-png-only = --size, --view i --year dotyczą tylko --format png
cli-crs-csv-only = --crs dotyczy tylko --format csv; GeoJSON jest zawsze w WGS 84 dł./szer. (RFC 7946)
cli-firms-at-least-one = --firms musi wynosić co najmniej 1
cli-firms-too-many = --firms { $firms } to więcej, niż tworzy generator (najwyżej { $most })
cli-generate-progress = generate: przedsiębiorstwa { $done }/{ $firms }
cli-generate-writing = generate: zapis do { $file } (przedsiębiorstwa: { $firms }, strumienie: { $flows })
cli-could-not-write = nie udało się zapisać { $file }
cli-generate-done = generate: gotowe w { $seconds } s
cli-note-overfill = uwaga: { $text }; ocenia się to, na co pozwalają strumienie
cli-note-exchange-overfill = uwaga: wymiana { $text }; oceniona w granicach tego, na co pozwalają strumienie
cli-imported = zaimportowano do { $path }: przedsiębiorstwa: { $firms }, przepływy: { $flows }, wymiany: { $exchanges }
cf-supply-product = podaż: { $material } to produkt, który przedsiębiorstwo sprzedaje (handel, bez zaliczenia względem scenariusza bazowego)
cf-supply-chp = podaż: { $material } pobierane z elektrociepłowni kosztem energii elektrycznej, którą by inaczej wytworzyła
cf-supply-chp-in = podaż: { $material } pobierane z elektrociepłowni ({ $country }) kosztem energii elektrycznej, którą by inaczej wytworzyła
cf-supply-route = podaż: bez wymiany { $material }: { $route }
cf-supply-route-in = podaż: bez wymiany { $material }: { $route } ({ $country })
cf-demand-energy = popyt: zastępuje { $material } (kraj nieznany)
cf-demand-energy-of = popyt: zastępuje { $material } ({ $country })
cf-demand-as-is = popyt: przyjmuje { $material } w obecnej postaci (bez zastąpienia zakupu)
cf-demand-new = popyt: zastępuje zakup lub wytworzenie nowego surowca: { $material }
route-none = pozostaje niewykorzystane bez kosztów (niczego się nie unika)
route-landfill = składowanie na składowisku (opłata środowiskowa i za przyjęcie)
route-incineration = spalanie
route-flaring = spalanie w pochodni
route-discharge = zrzut (opłaty)
route-cooling = odprowadzenie ciepła przez chłodzenie
route-treatment = przetwarzanie jako odpad
route-spreading = rozprowadzanie na gruncie bez przetworzenia
formula-haversine = odległość po łuku koła wielkiego między przedsiębiorstwami (haversine, R = 6371,0088 km)
formula-road-legs = odcinki drogowe (od przedsiębiorstwa do portu + od portu do przedsiębiorstwa)
formula-shipped-cheaper = statkiem, taniej niż cała droga lądem
formula-capacity-before = zdolność przed tą wymianą
formula-product-transport = sprzedaż produktu zalicza tylko zaoszczędzony transport
formula-product-sale = sprzedaż produktu: sprzedawanie tego, po co przedsiębiorstwo istnieje, to handel, a nie symbioza; bez zaliczenia za uniknięte unieszkodliwianie lub zastąpienie (nie podano dostawcy bazowego)
formula-use-emits = użycie u odbiorcy emituje to
formula-suppliers-country = kraj dostawcy
formula-ets-burns-less = instalacja ETS spala mniej
formula-ets-emits = instalacja ETS emituje to
formula-ets-flares-less = instalacja ETS mniej spala w pochodni
formula-not-paid = nie zapłacono
source-term-above = wiersz wyżej
source-as-above = jak wyżej
source-in-tonnes = ilość w tonach
source-unit-conversion = przeliczenie jednostek
source-own-quantity = własna ilość wymiany
source-stated-supplier = podany w wymianie dostawca bazowy

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = strumień podaży { $id }: { $source }
source-demand-flow = strumień zapotrzebowania { $id }: { $source }
source-flow = strumień { $id }: { $source }
source-country-grid = sieć { $country }: { $source }
source-country-heat = ciepło systemowe { $country }: { $source }
source-country-landfill = podatek od składowania i opłata za przyjęcie { $country }: { $source }
source-crf = { $formula } przy r = { $r } ({ $r_source }) i n = { $n } { $n ->
        [one] rok
        [few] lata
       *[other] lat
    } ({ $n_source })
source-road-legs = ortodroma do portów { $from } i { $to } (porty Natural Earth)
source-sea-leg = { $from } – { $to }
source-identity = tożsamość: ten sam materiał
source-water-t = woda: 1 t na m³
source-tag-assumption = założenie
source-tag-illustrative = ilustracyjne
source-tag-computed = obliczone
source-tag-computed-upper = obliczona górna granica

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = odległość
term-transport_km = odległość transportu
term-sea_km = odległość morska
term-quantity = wymieniona ilość
term-quantity_supply = ilość pobrana z podaży
term-supply_left_after = podaż pozostała potem
term-demand_left_after = zapotrzebowanie pozostałe potem
term-co2_displaced = CO2 tego, co zastąpione
term-co2_disposal_avoided = CO2 unikniętego zagospodarowania
term-co2_transport = CO2 transportu
term-co2_transport_sea = CO2 transportu morskiego
term-co2_use_emitted = CO2 emitowany przy użyciu
term-chp_power_lost = utracona produkcja energii elektrycznej w kogeneracji
term-co2_chp_power_lost = CO2 utraconej energii z kogeneracji
term-co2_avoided_t = uniknięty CO2
term-purchase_avoided = uniknięty zakup
term-disposal_avoided = uniknięte koszty zagospodarowania
term-handling_cost = koszt przeładunku
term-transport_cost = koszt transportu
term-transport_cost_sea = koszt transportu morskiego
term-port_handling_cost = koszt przeładunku w porcie
term-fixed_link_cost = koszt stałego połączenia (rocznie)
term-carbon_value_displaced = cena uprawnień dla tego, co zastąpione
term-carbon_value_flaring = cena uprawnień dla unikniętego spalania w pochodni
term-carbon_cost_use = cena uprawnień dla emisji przy użyciu
term-product_sale = sprzedaż produktu
term-net_benefit = korzyść netto

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
unit-unit = jednostkę
unit-per = { $a } na { $b }
unit-per-year = na rok

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — raport programu
programme-scope-everything = wszystkie synergie, wszystkie daty
programme-scope-programme = program { $programme }
programme-scope-all-programmes = wszystkie programy
programme-scope-window = { $scope }, zmiany etapów od { $from } do { $to }
programme-scope-start = początku
programme-scope-today = dziś
programme-lead = Synergie: { $synergies }. Raportowane wyniki to dane zgłaszane przez program, obok wartości modelowych dla tych samych wymian (działających, { $year }); obu nigdy się nie sumuje.
programme-without-history = Synergie bez zapisanej zmiany etapu: { $without } z { $synergies }. Każda liczy się na etapie, któremu odpowiada jej status, jak gdyby przeszła wszystkie wcześniejsze etapy, co zawyża poniższe wskaźniki przejścia we wczesnych etapach.
programme-by-stage = Synergie według etapów
programme-col-stage = etap
programme-col-synergies = synergie
programme-col-dropped-because = przerwane z powodu
programme-reason-not-given = nie podano
programme-conversion = Przejście między etapami
programme-col-from = z etapu
programme-col-to = do etapu
programme-col-reached-from = osiągnęły pierwszy
programme-col-reached-to = osiągnęły drugi
programme-col-rate = wskaźnik
programme-outcomes = Wyniki: raportowane obok modelowych
programme-outcomes-meta = Raportowane: suma po synergiach i latach, za które je zgłoszono (t, m³, miejsca pracy, { $currency }). Modelowe: rocznie, w { $year }, dla działających synergii. Różne wielkości, nigdy nie sumowane.
programme-col-figure = wskaźnik
programme-col-reporting = synergie raportujące
programme-col-reported = raportowane
programme-col-verified = w tym zweryfikowane
programme-col-modelled = modelowe
programme-modelled-co2 = { $all } t/rok (wszystkie działające); { $reporting } t/rok dla raportujących ({ $synergies })
programme-not-reported = nie raportowano
programme-net-benefit = korzyść netto (tylko modelowa)
programme-per-year = { $value } { $currency }/rok
programme-per-workshop = Według warsztatów
programme-per-facilitator = Według moderatorów
programme-col-in-progress = w toku
programme-col-completed = wdrożone lub zakończone
programme-col-dropped = przerwane
programme-no-workshop = (bez warsztatu)
programme-no-facilitator = (nie podano)
