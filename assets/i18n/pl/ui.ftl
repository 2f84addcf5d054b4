# Symbiosis Explorer: the desktop app's own words (pl). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Dopasowywanie anulowane
ui-optimisation-cancelled = Optymalizacja anulowana
ui-layout-reset = Układ przywrócony
ui-undone = Cofnięto
ui-could-not-undo = Nie można cofnąć
ui-nothing-to-undo = Nie ma czego cofnąć
ui-redone = Ponowiono
ui-could-not-redo = Nie można ponowić
ui-nothing-to-redo = Nie ma czego ponowić
ui-the-open-project-is-not-an = Otwarty projekt nie jest kopią offline projektu z serwera (Plik > Serwer zespołu > Pobierz kopię)
ui-type-a-path-for-save-as = Wpisz ścieżkę dla „Zapisz jako” (na przykład /home/me/park.gpkg)
ui-save-as-needs-a-different-file = „Zapisz jako” wymaga innej nazwy pliku
ui-type-a-path-for-the-new = Wpisz ścieżkę nowego projektu (na przykład /home/me/park.gpkg)
ui-not-saved = Nie zapisano: { $error }
ui-undo-history-cleared = { $what }; historia cofania została wyczyszczona
ui-not-removed = Nie usunięto: { $error }
ui-opening = Otwieranie { $path }…
ui-choose-another-file = { $error }. Wybierz inny plik (Plik > Otwórz).
ui-saving-as = Zapisywanie jako { $path }…
ui-save-as-failed = „Zapisz jako” nie powiodło się: { $error }
ui-saved-a-copy = Kopię { $from } zapisano jako { $path }
ui-saved-as = Zapisano jako { $path }; zmiany trafiają teraz tam
ui-could-not-create = Nie można utworzyć { $path }: { $error }
ui-proposed = Zaproponowano: { $material } { $from } -> { $to }

## dock.rs

ui-map = Mapa
ui-about-tour = O projekcie i prezentacja
ui-firms = Firmy
ui-flows = Przepływy
ui-settings = Ustawienia
ui-all-flows = Wszystkie przepływy
ui-candidates = Kandydaci
ui-exchanges = Wymiany
ui-charts = Wykresy
ui-flow-diagram = Diagram przepływów
ui-workshops = Warsztaty

## map/mod.rs

ui-no-cache-folder = brak folderu pamięci podręcznej
ui-quantity-unknown = ilość nieznana
ui-years-unknown = lata nieznane
ui-hover-firm =
    NACE/PKD { $nace } · { $flows ->
        [one] { $flows } przepływ
        [few] { $flows } przepływy
        [many] { $flows } przepływów
       *[other] { $flows } przepływu
    }
ui-per-year = { $quantity } { $unit }/rok
ui-since-year = od { $year }
ui-hover-candidate =
    Kandydat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/rok · { $km } km
    CO₂ { $co2 } t/rok · korzyść { $benefit }
ui-choose-mbtiles = { $error }. Wybierz rastrowy plik .mbtiles.
ui-online-tiles-on = Kafelki OpenStreetMap online włączone; oglądane obszary są buforowane w { $cache }
ui-basemap-named = Podkład: { $name }

## map/overlay.rs

ui-zoom-in = Przybliż
ui-zoom-out = Oddal
ui-fit = Całość
ui-zoom-to-project = Pokaż cały projekt
ui-legend = Legenda
ui-energy = Energia
ui-water = Woda
ui-materials = Materiały
ui-solid-realised-dashed-proposed-agreed-faded = ciągła — działa · przerywana — proponowana/uzgodniona · blada — zakończona
ui-candidate = Kandydat
ui-credits-online = Dane mapy © współtwórcy OpenStreetMap (ODbL), kafelki online · { $basemap } · Miejscowości: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Podkład: { $name } { $attribution } · { $basemap } · Miejscowości: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Miejscowości: GeoNames (CC BY 4.0)
ui-matching-progress = Dopasowywanie { $done }/{ $total } przepływów podaży

## map/timeline.rs

ui-timeline = Oś czasu
ui-pause = Pauza
ui-play = Odtwórz
ui-timeline-year =
    { $year }: { $running ->
        [one] działa { $running } wymiana
        [few] działają { $running } wymiany
        [many] działa { $running } wymian
       *[other] działa { $running } wymiany
    }; znane ilości { $totals } rocznie
ui-timeline-new = Nowa: { $from } -> { $to }: { $material }
ui-timeline-ended = Zakończona: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Plik
ui-open-or-save-as-a-path = Otwórz lub zapisz pod ścieżką:
ui-open = Otwórz
ui-save-as = Zapisz jako
ui-new = Nowy
ui-browse = Przeglądaj…
ui-check-out-from-server = Pobierz kopię z serwera…
ui-check-in = Wyślij na serwer
ui-open-an-offline-copy-checked-out = Otwórz kopię offline pobraną przez rolę z prawem edycji
ui-refresh-from-server = Odśwież z serwera
ui-open-an-offline-copy-of-a = Otwórz kopię offline projektu z serwera
ui-merge-two-copies = Scal dwie kopie…
ui-recent-projects = Ostatnie projekty
ui-samples = Przykłady
ui-import-csv = Importuj CSV…
ui-export = Eksportuj…
ui-edit = Edycja
ui-undo-ctrl-z = Cofnij  (Ctrl+Z)
ui-redo-ctrl-shift-z = Ponów  (Ctrl+Shift+Z)
ui-view = Widok
ui-quick-entry-ctrl-e = Szybkie wprowadzanie (Ctrl+E)
ui-present-f11 = Prezentuj (F11)
ui-presenter-view = Widok prowadzącego
ui-the-projector-shows-the-clean-view = Projektor pokazuje czysty widok w drugim oknie (przeciągnij je na ekran projektora); to okno zachowuje elementy sterujące
ui-sample-working-copy = przykład (kopia robocza)
ui-firm-labels = Nazwy firm
ui-towns = Miejscowości
ui-candidates-shown = pokazanych kandydatów
ui-panes = Panele
ui-reset-layout = Przywróć układ
ui-the-default-arrangement-of-map-panes = Domyślny układ mapy, paneli i tabel
ui-language = Język
ui-the-language-of-the-report-the = Język aplikacji, raportu, obrazu mapy i nazw materiałów
ui-basemap = Podkład
ui-built-in-offline-basemap = Wbudowany podkład offline
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Gdy włączone, pobiera kafelki mapy z OpenStreetMap; każdy oglądany obszar zostaje w pamięci podręcznej na dysku i jest dostępny offline. Domyślnie wyłączone: aplikacja nie wysyła żadnych żądań, dopóki tego nie włączysz.
ui-path-to-an-mbtiles-file = ścieżka do pliku .mbtiles
ui-use-mbtiles = Użyj MBTiles
ui-open-sample = Otwórz przykład { $sample }
ui-read-only = tylko do odczytu

## panels/all_flows.rs

ui-firm = Firma
ui-direction = Kierunek
ui-material = Materiał
ui-quantity = Ilość
ui-role = Rola
ui-years = Lata
ui-confidential = Poufne
ui-id = Id
ui-source = Źródło
ui-paste-rows-from-a-spreadsheet = Wklej wiersze z arkusza kalkulacyjnego
ui-filter = Filtr
ui-firm-material-direction-or-source = firma, materiał, kierunek lub źródło
ui-select-shown = Zaznacz pokazane
ui-clear-selection = Wyczyść zaznaczenie
ui-mark-confidential = Oznacz jako poufne
ui-unmark-confidential = Usuń oznaczenie poufności
ui-source-for-the-selected = źródło dla zaznaczonych
ui-set-source = Ustaw źródło
ui-delete-selected = Usuń zaznaczone
ui-tab-separated-rows-in-the-flows = Wiersze rozdzielone tabulatorami w kolejności kolumn flows.csv (firm_id, direction, material, quantity, unit, ...) lub z tym wierszem nagłówka. Sprawdzane jak import CSV.
ui-paste-rows-here = wklej wiersze tutaj
ui-entered-at-the-workshop = Wprowadzone na warsztatach
ui-check-and-add-pasted-rows = Sprawdź i dodaj wklejone wiersze
ui-nothing-to-add-paste-rows-first = Nie ma czego dodać: najpierw wklej wiersze
ui-select-flow = zaznacz przepływ { $id }
ui-showing-flows = pokazano { $shown } z { $total } przepływów; zawęź filtrem
ui-n-selected = zaznaczono: { $count }
ui-added-pasted-flows =
    { $count ->
        [one] Dodano { $count } wklejony przepływ (Ctrl+Z cofa)
        [few] Dodano { $count } wklejone przepływy (Ctrl+Z cofa)
        [many] Dodano { $count } wklejonych przepływów (Ctrl+Z cofa)
       *[other] Dodano { $count } wklejonego przepływu (Ctrl+Z cofa)
    }
ui-yes = tak
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Anuluj dopasowywanie
ui-run-matching = Uruchom dopasowywanie
ui-greenfield-ignore-existing-exchanges = od zera (bez istniejących wymian)
ui-cancel-optimising = Anuluj optymalizację
ui-optimise = Optymalizuj
ui-the-allocation-with-the-largest-total = Przydział o największej łącznej korzyści netto (dokładne PL); pokazany na mapie
ui-include-products = z produktami
ui-also-offer-flows-whose-role-is = Proponuj też przepływy o roli produktu (tego, co firma istnieje, by sprzedawać): to sprzedaż produktów i nie jest zaliczana
ui-optimal-allocation = Optymalny przydział
ui-why-not-explain-any-pair-of = Dlaczego nie? Wyjaśnij dowolną parę przepływów
ui-supply-flow-id = id przepływu podaży
ui-demand-flow-id = id przepływu popytu
ui-why-not = Dlaczego nie?
ui-no-candidates-yet-press-run-matching = Brak kandydatów: naciśnij „Uruchom dopasowywanie”.
ui-firm-or-material = firma lub materiał
ui-sort-by = Sortuj według
ui-from-to = Skąd -> dokąd
ui-quantity-per-year = Ilość rocznie
ui-distance = Odległość
ui-co2-t-yr = CO₂ t/rok
ui-score = Ocena
ui-transport = Transport
ui-propose = Zaproponuj
ui-turn-this-candidate-into-a-proposed = Zamień tego kandydata w proponowaną wymianę
ui-why-this-candidate-every-term-and = Dlaczego ten kandydat: każdy składnik i jego źródło
ui-best-allocation-within = Najlepszy przydział znaleziony w limicie czasu (w granicach { $gap } % od optimum)
ui-allocation-summary = { $what }: wymian — { $count }, uniknięto { $co2 } t CO₂/rok, korzyść netto { $benefit } { $currency }/rok (pokazane na mapie)
ui-not-a-flow-id = „{ $text }” nie jest id przepływu (zob. tabelę „Wszystkie przepływy”)
ui-benefit-per-year = Korzyść { $currency }/rok
ui-sort-score = ocena
ui-sort-co2 = CO₂
ui-sort-benefit = korzyść
ui-sort-distance = odległość
ui-sort-quantity = ilość

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ na wymianę: modelowane (t/rok) obok raportowanego (t CO₂e), nigdy nie sumowane
ui-not-running-in-the-year-shown = nie działa w pokazanym roku
ui-not-verified = niezweryfikowane
ui-modelled-co2-avoided-t-yr = modelowane uniknięte CO₂, t/rok
ui-reported-co2-t = raportowane CO₂, t
ui-of-it-verified = w tym zweryfikowane
ui-scenarios-existing-existing-proposed-optimal = Scenariusze: istniejące, istniejące + proponowane, optymalny
ui-compare-scenarios = Porównaj scenariusze
ui-runs-matching-and-the-optimal-allocation = Uruchamia dopasowywanie i optymalny przydział w tle (do 20 s)
ui-link-density-l-s = gęstość powiązań L/S
ui-co2-avoided-t-yr = Uniknięte CO₂, t/rok
ui-net-benefit-yr = korzyść netto /rok
ui-co2-avoided-kt-yr = Uniknięte CO₂, tys. t/rok
ui-net-benefit-m-yr = Korzyść netto, mln/rok
ui-exchanged-quantity-by-year-known-quantities = Wymieniana ilość według lat (znane ilości)
ui-quantity-per-year-outputs-up-inputs = ilość rocznie (wyjścia w górę, wejścia w dół)
ui-select-a-firm-to-see-its = Wybierz firmę, aby zobaczyć jej wejścia i wyjścia.
ui-t-per-year = { $value } t/rok
ui-verified-lower = zweryfikowane
ui-outcome-chart-line = { $exchange }: model { $modelled }, raport { $reported } t w { $year } ({ $verified })
ui-by-material = Istniejące wymiany według materiału: uniknięte CO₂ (t/rok) i korzyść netto (tys. rocznie)
ui-by-material-in = Istniejące wymiany w { $year } r. według materiału: uniknięte CO₂ (t/rok) i korzyść netto (tys. rocznie)
ui-net-benefit-k = Korzyść netto, tys. { $currency }/rok
ui-thousand-unit-per-year = tys. { $unit }/rok
ui-firm-inputs-outputs = { $firm }: wejścia (potrzebuje) i wyjścia (ma)

## panels/contacts.rs

ui-a-contact-needs-a-name = kontakt musi mieć imię i nazwisko
ui-personal-data-never-shown-in-presentation = Dane osobowe: nigdy nie są pokazywane w trybie prezentacji, raporcie, obrazie mapy ani w eksportach (CSV tylko z opcją „uwzględnij dane osobowe”).
ui-no-consent-recorded = brak zapisanej zgody
ui-remove-this-person = Usuń tę osobę…
ui-remove-completely = Usuń całkowicie
ui-keep = Zachowaj
ui-edit-contact = Edytuj kontakt
ui-add-a-contact = Dodaj kontakt
ui-name = Imię i nazwisko
ui-full-name = pełne imię i nazwisko
ui-e-g-energy-manager = np. kierownik ds. energii
ui-email = E-mail
ui-phone = Telefon
ui-consent-date = Data zgody
ui-consent-basis = Podstawa zgody
ui-e-g-agreed-at-the-workshop = np. udzielona na warsztatach
ui-save-contact = Zapisz kontakt
ui-add-contact = Dodaj kontakt
ui-cancel = Anuluj
ui-consent-date-bad = data zgody „{ $date }” nie jest zapisana jako RRRR-MM-DD (YYYY-MM-DD)
ui-contacts-count = Kontakty ({ $count })
ui-consent-on = zgoda { $date }
ui-consent-basis-only = zgoda: { $basis }
ui-remove-person-warning = Całkowicie usunąć { $name }? Wiersz zostanie usunięty, imię i nazwisko, e-mail i telefon zostaną zastąpione przez „{ $placeholder }” wszędzie, gdzie wspominają je teksty projektu, a plik zostanie oczyszczony z wszystkich kopii. Tego nie można cofnąć; historia cofania zostanie wyczyszczona.

## panels/diagram.rs

ui-energy-mwh = energia (MWh)
ui-materials-t = materiały (t)
ui-water-m3 = woda (m³)
ui-no-exchanges-with-known-quantities-in = Brak wymian ze znanymi ilościami w tej jednostce
ui-only-firm = tylko { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = firma, materiał lub status
ui-no-due-date = bez terminu
ui-from-to-material = Skąd -> dokąd: materiał
ui-status = Status
ui-evaluation-every-term-and-its-source = Ocena: każdy składnik i jego źródło
ui-no-evaluation-the-flows-behind-this = Brak oceny: przepływów tej wymiany nie ma w projekcie (dodaj przepływ podaży u nadawcy i przepływ popytu u odbiorcy)
ui-exchanges-count =
    { $count ->
        [one] { $count } wymiana
        [few] { $count } wymiany
        [many] { $count } wymian
       *[other] { $count } wymiany
    }
ui-my-actions = Moje zadania: otwarte { $open }, po terminie { $overdue }
ui-due-date = termin { $date }
ui-overdue = { $action } (po terminie)
ui-until-year = do { $year }
ui-year-to = do
ui-year-open = otwarte
ui-source-is = Źródło: { $source }
ui-exchange-figures = { $quantity } { $unit } rocznie: uniknięto { $co2 } t CO₂, korzyść netto { $benefit } { $currency }

## panels/firms.rs

ui-no-project-open-use-file-open = Brak otwartego projektu. Użyj Plik > Otwórz.
ui-search = Szukaj
ui-name-nace-or-material = nazwa, NACE lub materiał
ui-move-firms-by-dragging-them-on = Przesuwaj firmy, przeciągając je na mapie (prawy przycisk przesuwa mapę)
ui-select-a-firm-in-the-list = Wybierz firmę z listy lub na mapie, aby ją edytować.
ui-click-an-empty-spot-on-the = Kliknij puste miejsce na mapie i naciśnij przycisk poniżej, aby dodać tam firmę.
ui-latitude = Szerokość
ui-longitude = Długość
ui-search-nace-by-code-or-words = szukaj NACE po kodzie lub słowach
ui-country = Kraj
ui-its-grid-district-heat-and-landfill = Jego wskaźniki sieci elektroenergetycznej, ciepła systemowego i składowania dotyczą wymian tej firmy
ui-eu-ets = EU ETS
ui-an-eu-ets-installation = instalacja objęta systemem handlu uprawnieniami do emisji UE (EU ETS)
ui-fuel-it-stops-burning-on-its = Paliwo, którego przestaje spalać na własnym terenie, oszczędza uprawnienia po cenie emisji
ui-notes = Uwagi
ui-show-flows = Pokaż przepływy
ui-delete-this-firm-with-its-flows = Usunąć tę firmę wraz z jej przepływami, wymianami i kontaktami?
ui-yes-delete = Tak, usuń
ui-delete-firm = Usuń firmę…
ui-firms-shown = { $shown } z { $total } firm
ui-add-firm-at = Dodaj firmę w punkcie { $lat }, { $lon }
ui-use-country = użyj { $code } (według położenia)
ui-country-none = brak

## panels/flow_form.rs

ui-edit-the-flow = Edytuj przepływ
ui-add-a-flow = Dodaj przepływ
ui-find-a-name-or-word-in = szukaj: nazwa lub słowo w dowolnym języku
ui-search-ewc-code-or-words = szukaj kodu odpadu (EWC) lub słów
ui-russian-waste-code-11-digits-the = Rosyjski kod odpadu (ФККО): 11 cyfr, ostatnia to klasa zagrożenia (1–4 niebezpieczne)
ui-flags = Cechy
ui-accepts-hazardous = przyjmuje niebezpieczne
ui-waste-by-product-surplus-energy-or = Odpad, produkt uboczny, nadwyżka energii lub wody: wymiana pozwala uniknąć jego unieszkodliwienia
ui-what-the-firm-exists-to-sell = To, co firma istnieje, by sprzedawać: sprzedaż to handel, nie symbioza, i nie jest zaliczana
ui-save-changes = Zapisz zmiany
ui-add-flow = Dodaj przepływ
ui-quantity-must-be-zero-or-more = Ilość musi wynosić zero lub więcej
ui-unit-converted = { $unit }/rok (przeliczone na { $to })
ui-hazard-class = klasa zagrożenia { $class }
ui-saved-note = Zapisano: { $note }
ui-unknown-material = Nieznany materiał „{ $material }”
ui-quantity-bad = Ilość: { $error }; wpisz na przykład 1500
ui-not-a-year-range = „{ $text }” nie jest rokiem ({ $from }..{ $to })
ui-years-reversed = „Dostępne od” { $from } jest później niż „dostępne do” { $to }
ui-eg = np. { $example }
ui-hint-from = od
ui-hint-to = do
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Wybierz firmę (karta Firmy lub mapa), aby zobaczyć, co ma i czego potrzebuje.
ui-has-supply = Ma (podaż)
ui-wants-demand = Potrzebuje (popyt)
ui-edit-flow = Edytuj przepływ
ui-load-this-flow-into-the-form = Wczytaj ten przepływ do formularza poniżej
ui-delete = Usuń
ui-delete-this-flow-ctrl-z-undoes = Usuń ten przepływ (Ctrl+Z cofa)
ui-flows-of = Przepływy: { $firm }
ui-from-year = od { $year }
ui-confidential-tag = poufne

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Nie działa w pokazanym roku: oceniona tak, jakby dodano ją po wszystkich działających wymianach.
ui-counterfactual = Scenariusz kontrfaktyczny: { $text }
ui-evaluated-at-flows = { $exchange }: oceniona według tego, na co pozwalają przepływy

## panels/pipeline.rs

ui-landfill-diversion-t = Odpady nieskierowane na składowisko (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Utworzone miejsca pracy
ui-jobs-safeguarded = Utrzymane miejsca pracy
ui-water-saved-m3 = Zaoszczędzona woda (m³)
ui-virgin-material-saved-t = Zaoszczędzone surowce pierwotne (t)
ui-type-at-least-one-reported-figure = wpisz co najmniej jedną raportowaną wartość
ui-pipeline = Przebieg
ui-stage = Etap
ui-because = Powód
ui-date = Data
ui-by = Kto
ui-note = Notatka
ui-what-happened = co się wydarzyło
ui-next-action = Następny krok
ui-what-is-to-be-done-next = co trzeba zrobić dalej
ui-owner = Odpowiedzialny
ui-who-takes-it = kto się tym zajmie
ui-due = Termin
ui-record-stage = Zapisz etap
ui-reported-outcomes-beside-the-modelled-figures = Raportowane wyniki (obok wartości modelowych, nigdy do nich nie dodawane)
ui-none-reported-yet = Jeszcze nic nie zgłoszono.
ui-remove = Usuń
ui-report-an-outcome = Zgłoś wynik
ui-year = Rok
ui-not-reported = nie zgłoszono
ui-evidence = Dowód
ui-a-text-or-a-document-path = tekst lub ścieżka do dokumentu
ui-verified = Zweryfikowane
ui-checked-against-evidence = sprawdzone z dowodem
ui-save-outcome = Zapisz wynik
ui-cost-savings = Oszczędności kosztów ({ $currency })
ui-additional-sales = Dodatkowa sprzedaż ({ $currency })
ui-private-investment = Inwestycje prywatne ({ $currency })
ui-not-a-year = rok „{ $text }” nie jest rokiem
ui-figure-not-a-number = { $figure }: „{ $text }” nie jest liczbą równą 0 lub większą
ui-modelled-co2 = model: { $value } t CO₂ rocznie
ui-reported-figures = raport: { $figures }
ui-no-stage = brak
ui-no-stage-yet-implied = Nie zapisano jeszcze etapu (jego status odpowiada: { $stage })
ui-next-action-is = Dalej: { $action }
ui-hint-who = kto
ui-exchange-not-in-project = wymiany { $id } nie ma w projekcie
ui-evidence-is = dowód: { $evidence }

## panels/settings.rs

ui-evaluation = Ocena
ui-evaluation-year = Rok oceny
ui-unticked-the-park-is-evaluated-as = Bez zaznaczenia: park jest oceniany w obecnym roku
ui-currency = Waluta
ui-every-money-figure-is-shown-in = Wszystkie kwoty są w niej pokazywane; wartości katalogu i parametrów (EUR) są przeliczane według fx.CODE
ui-evaluation-parameters = Parametry oceny
ui-each-value-with-its-source-an = Każda wartość ze swoim źródłem; zmieniona wartość jest zapisywana (jeden krok cofania) ze źródłem „edited in Symbiosis Explorer”. Parametry pieniężne są w EUR.
ui-this-year-is = bieżący rok ({ $year })
ui-per-eur = { $rate } za EUR
ui-max-km = maks. { $km } km
ui-material-factors = WE pierwotny { $virgin } · unieszkodliwienie { $disposal }
ui-material-factors-sources =
    WE surowca pierwotnego: { $virgin }
    WE unieszkodliwienia: { $disposal }
    cena { $price } EUR: { $price_source }
    unieszkodliwienie { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = stały

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Przykład poglądowy: przepływy, których źródło mówi „illustrative”, wymyślono na potrzeby ćwiczenia.
ui-this-year = bieżący rok
ui-guided-tour = Prezentacja z przewodnikiem
ui-back = Wstecz
ui-next = Dalej
ui-would-the-matcher-have-found-this = Czy dopasowywanie znalazłoby ten park?
ui-greenfield-matching-existing-exchanges-ignored-compared = Dopasowywanie od zera (bez istniejących wymian) w porównaniu z udokumentowanymi wymianami
ui-tour-computed-here = Obliczone tutaj dla istniejących wymian ({ $count }) w { $year }: uniknięto { $co2 } t CO₂ rocznie; rocznie wymienia się { $tonnes } t materiałów, { $mwh } MWh energii i { $m3 } m³ wody (udział każdej wymiany w jednym przydziale do jej przepływów; ilości znane lub wynikające z przepływów, proste wskaźniki emisji)
ui-step-of = krok { $step } z { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = warsztat musi mieć id (np. kalundborg-2021-05)
ui-1-workshop = 1 warsztat
ui-programme-report = Raport programu…
ui-file-export-the-programme-report-as = Plik > Eksportuj: raport programu jako HTML lub CSV
ui-workshop = Warsztat
ui-venue = Miejsce
ui-facilitator = Moderator
ui-programme = Program
ui-new-workshop = Nowy warsztat
ui-e-g-kalundborg-2021-05 = np. kalundborg-2021-05
ui-who-leads-it = kto prowadzi
ui-e-g-bis-interreg-2019-2021 = np. BIS Interreg 2019-2021
ui-agenda-remarks = program, uwagi
ui-add-workshop = Dodaj warsztat
ui-enter-haves-and-wants-at-this = Wprowadź „ma” i „potrzebuje” na tych warsztatach (szybkie wprowadzanie)
ui-not-an-attendee = nie uczestniczy
ui-add-an-attending-firm-a-few = dodaj firmę uczestniczącą: kilka liter
ui-leads-not-matched-yet = Tropy: jeszcze nie dopasowano
ui-no-stage-recorded-yet = nie zapisano jeszcze etapów
ui-hint-where = gdzie
ui-stage-on = { $stage } { $date }
ui-workshop-exists = warsztat „{ $id }” już istnieje
ui-date-bad = data „{ $date }” nie jest zapisana jako RRRR-MM-DD (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } warsztat
        [few] { $count } warsztaty
        [many] { $count } warsztatów
       *[other] { $count } warsztatu
    }
ui-attendees =
    Uczestnicy ({ $count ->
        [one] { $count } firma
        [few] { $count } firmy
        [many] { $count } firm
       *[other] { $count } firmy
    })
ui-produced = Wynik: wprowadzono { $count } „ma” i „potrzebuje”
ui-leads =
    Tropy: { $count ->
        [one] { $count } kandydat
        [few] { $count } kandydaci
        [many] { $count } kandydatów
       *[other] { $count } kandydata
    } z jego wpisów
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ rocznie)
ui-synergies-from-it = Synergie z niego: { $count }
ui-reached-since = Osiągnięte od { $date }: { $stages }

## presentation.rs

ui-firms-linked = powiązanych firm
ui-materials-per-year = materiałów rocznie
ui-co2-avoided-per-year = uniknięte CO₂ rocznie
ui-exit-presentation-f11 = Zakończ prezentację (F11)
ui-anonymise-firms = Ukryj nazwy firm
ui-in-year = w { $year } r.
ui-headline-exchanges = wymian
ui-second-language = Drugi język
ui-second-language-none = brak

## quick_entry.rs

ui-type-has-or-wants = wpisz „ma” lub „potrzebuje”
ui-quantity-not-a-number = ilość „{ $text }” nie jest liczbą
ui-no-firm-called = brak firmy „{ $name }”
ui-no-material-called = brak materiału „{ $name }”

## tasks.rs

ui-save-as-stopped-without-a-result = „Zapisz jako” zakończyło się bez wyniku
ui-opening-the-project-stopped-without-a = Otwieranie projektu zakończyło się bez wyniku
ui-export-failed-it-stopped-without-a = Eksport nie powiódł się: zakończył się bez wyniku
ui-rediscovery-found = Dopasowywanie od zera znalazło { $found } z { $documented } udokumentowanych wymian, każdą w roku, w którym działała (10 kandydatów na przepływ podaży).
ui-rediscovery-products =
    { $count ->
        [one] { $count } sprzedaż produktu (tego, co firma istnieje, by sprzedawać) nie jest kandydatem symbiozy i zostaje pominięta.
        [few] { $count } sprzedaże produktów (tego, co firma istnieje, by sprzedawać) nie są kandydatami symbiozy i zostają pominięte.
        [many] { $count } sprzedaży produktów (tego, co firma istnieje, by sprzedawać) nie jest kandydatami symbiozy i zostaje pominiętych.
       *[other] { $count } sprzedaży produktów (tego, co firma istnieje, by sprzedawać) nie jest kandydatami symbiozy i zostaje pominięte.
    }
ui-rediscovery-not-found = Nie znaleziono: { $missed }.
ui-result-dropped = { $job }: wynik odrzucony, projekt zmienił się w trakcie pracy; uruchom ponownie
ui-matching-found =
    { $count ->
        [one] Znaleziono { $count } kandydata
        [few] Znaleziono { $count } kandydatów
        [many] Znaleziono { $count } kandydatów
       *[other] Znaleziono { $count } kandydata
    }
ui-best-allocation-found = Najlepszy przydział w limicie czasu: wymian — { $count }, w granicach { $gap } % od optimum
ui-optimal-allocation-count = Optymalny przydział: wymian — { $count }
ui-optimisation-stopped = Optymalizacja przerwana: { $error }
ui-scenarios-stopped = Porównanie scenariuszy przerwane: { $error }
ui-export-failed = Eksport nie powiódł się: { $error }

## windows/export.rs

ui-export-2 = Eksport
ui-folder = Folder
ui-include-confidential-flows-left-out-by = Uwzględnij przepływy poufne (domyślnie pomijane)
ui-csv-the-import-formats = CSV (formaty importu)
ui-lat-lon-wgs-84 = szer./dł. (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (firmy, wymiany, kandydaci; dł./szer.)
ui-html-report-one-self-contained-file = Raport HTML (jeden samodzielny plik)
ui-map-image-png-of-the-current = Obraz mapy (PNG) bieżącego widoku
ui-the-map-image-has-a-legend = Obraz mapy ma legendę, podziałkę i informacje o źródłach podkładu; pokazuje rok z osi czasu.
ui-programme-report-of = Raport programu:
ui-all-synergies = wszystkie synergie
ui-programme-report-html = Raport programu (HTML)
ui-programme-report-csv = Raport programu (CSV)
ui-type-the-folder-to-export-into = Wpisz folder docelowy eksportu
ui-wrote = Zapisano: { $files }
ui-confidential-left-out =
    { $count ->
        [one] pominięto { $count } poufny przepływ
        [few] pominięto { $count } poufne przepływy
        [many] pominięto { $count } poufnych przepływów
       *[other] pominięto { $count } poufnego przepływu
    }
ui-xy-in = x/y w { $code } { $name }
ui-export-cards = Karty „ma/potrzebuje” (PDF, A4: arkusz na firmę, potem { $blank } pustych kart)
ui-exporting-into = Eksport do { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Wybierz firms.csv i flows.csv
ui-checking-the-files-stopped-without-a = Sprawdzanie plików zakończyło się bez wyniku
ui-import-csv-2 = Import CSV
ui-files-in-the-csv-formats-of = Pliki w formatach CSV z README (potrzebne są firms.csv i flows.csv). Firmy już obecne w projekcie są aktualizowane według id; przepływy i wymiany są dodawane.
ui-path-to-firms-csv = ścieżka do firms.csv
ui-path-to-flows-csv = ścieżka do flows.csv
ui-coordinates = Współrzędne
ui-lat-lon-or-x-y-with = szer./dł. lub x/y z kolumną crs
ui-check-files = Sprawdź pliki
ui-leave-out = (pomiń)
ui-optional = opcjonalnie
ui-import-counts = Importuj: firm — { $firms }, przepływów — { $flows }, wymian — { $exchanges }
ui-column-mapping = Przypisanie kolumn dla { $file } (kolumny spoza formatu)
ui-import-problems =
    { $count ->
        [one] { $count } problem; nic nie zaimportowano. Popraw pliki (lub przypisz kolumny) i sprawdź ponownie:
        [few] { $count } problemy; nic nie zaimportowano. Popraw pliki (lub przypisz kolumny) i sprawdź ponownie:
        [many] { $count } problemów; nic nie zaimportowano. Popraw pliki (lub przypisz kolumny) i sprawdź ponownie:
       *[other] { $count } problemu; nic nie zaimportowano. Popraw pliki (lub przypisz kolumny) i sprawdź ponownie:
    }
ui-imported-counts = Zaimportowano: firm — { $firms }, przepływów — { $flows }, wymian — { $exchanges } (Ctrl+Z cofa)

## windows/quick.rs

ui-quick-have-want-entry = Szybkie wprowadzanie „ma/potrzebuje”
ui-type-tab-to-the-next-field = Pisz, Tab — następne pole, Enter — dodaj. Wystarczy kilka liter nazwy firmy lub materiału.
ui-firm-name-or-id = nazwa lub id firmy
ui-has-or-wants = Ma czy potrzebuje
ui-has-wants = ma / potrzebuje
ui-material-name-or-id = nazwa lub id materiału
ui-rough-figure = przybliżona liczba
ui-add-enter = Dodaj (Enter)
ui-discard = Odrzuć
ui-entries-to-review = Wpisy z warsztatów do przejrzenia: { $count }

## windows/team.rs

ui-open-an-offline-copy-first-file = Najpierw otwórz kopię offline (Plik > Serwer zespołu > Pobierz kopię)
ui-the-server-job-stopped-without-a = Praca z serwerem zakończyła się bez wyniku
ui-team-server = Serwer zespołu
ui-this-copy = Ta kopia
ui-send-this-copys-changes-since-it = Wyślij zmiany tej kopii od jej pobrania, scalone z serwerowymi, w jednej transakcji
ui-refresh = Odśwież
ui-take-the-servers-changes-into-this = Przyjmij zmiany z serwera do tej kopii, niczego nie wysyłając
ui-read-only-this-role-may-view = Tylko do odczytu: ta rola może oglądać projekt na serwerze, ale nie może go zmieniać.
ui-the-open-project-is-not-an-2 = Otwarty projekt nie jest kopią offline projektu z serwera.
ui-check-out-from-server-2 = Pobierz kopię z serwera
ui-server = Serwer
ui-project-schema = Projekt (schemat)
ui-area-w-s-e-n = Obszar Z,Pd,W,Pn (W,S,E,N)
ui-empty-the-whole-project = puste: cały projekt
ui-offline-copy = Kopia offline
ui-the-password-comes-from-pgpassword-or = Hasło pochodzi z PGPASSWORD lub ~/.pgpass; nigdy nie jest zapisywane w kopii.
ui-check-out = Pobierz kopię
ui-give-the-project-schema-and-a = Podaj projekt (schemat) i ścieżkę kopii offline
ui-merge-two-copies-no-server = Scal dwie kopie (bez serwera)
ui-base = Baza
ui-the-copy-both-started-from-gpkg = kopia, od której zaczęły obie (.gpkg)
ui-mine = Moja
ui-your-copy-gpkg = twoja kopia (.gpkg)
ui-theirs = Cudza
ui-the-other-copy-gpkg = druga kopia (.gpkg)
ui-merged = Wynik
ui-the-file-to-write-gpkg = plik do zapisania (.gpkg)
ui-merge = Scal
ui-give-all-four-files-base-mine = Podaj wszystkie cztery pliki: bazę, moją, cudzą i scaloną do zapisania
ui-working-with-the-server = Praca z serwerem…
ui-row = Wiersz
ui-field = Pole
ui-mine-for-all = Moje dla wszystkich
ui-theirs-for-all = Cudze dla wszystkich
ui-this-copys-values-for-all = Wartości tej kopii dla wszystkich
ui-the-servers-values-for-all = Wartości serwera dla wszystkich
ui-merge-with-these-choices = Scal z tymi wyborami
ui-check-in-with-these-choices = Wyślij z tymi wyborami
ui-refresh-with-these-choices = Odśwież z tymi wyborami
ui-checked-out = Pobrano kopię { $schema } (rewizja { $revision }): firm — { $firms }, przepływów — { $flows }, wymian — { $exchanges }
ui-role-view-only = tylko do odczytu: ta rola może jedynie oglądać
ui-refreshed = Odświeżono: zmian z serwera — { $count }; rewizja serwera { $revision }
ui-checked-in = Wysłano: wierszy wysłanych — { $sent }, odebranych — { $received }; rewizja serwera { $revision }
ui-conflicts-decided = rozstrzygnięte konflikty: { $count }
ui-checkin-conflicts = Konflikty: { $count } — to samo pole zmieniono tutaj i na serwerze. Niczego nie zmieniono; wybierz stronę dla każdego poniżej
ui-merge-conflicts = Konflikty: { $count }; niczego nie zapisano. Wybierz stronę dla każdego poniżej
ui-merged-into = Scalono do { $path }: zmian z mojej — { $mine }, z cudzej — { $theirs }
ui-nothing-written = { $error }; niczego nie zapisano
ui-sync-line = kopia { $schema } na { $server }, rewizja { $revision }, synchronizacja { $at }
ui-one-area = jeden obszar
ui-conflicts-count = Konflikty ({ $count })
ui-conflicts-open = Konflikty bez wybranej strony: { $count }

## app.rs

ui-basemap-fallback = { $error } Zamiast niego używany jest wbudowany podkład.
ui-not-a-project-or-csv = { $path } nie jest ani projektem (.gpkg), ani plikiem CSV

## recent.rs

ui-opened-working-copy = kopia robocza: sam przykład pozostaje bez zmian; aby zachować zmiany, użyj „Zapisz jako”
ui-opened-read-only-role = tylko do odczytu: twoja rola na serwerze zespołu może jedynie oglądać ten projekt
ui-opened-read-only = tylko do odczytu: użyj „Zapisz jako”, aby edytować kopię
ui-opened-redrawn =
    { $count ->
        [one] { $count } linię wymiany przerysowano do firm przesuniętych w innym programie (QGIS?)
        [few] { $count } linie wymian przerysowano do firm przesuniętych w innym programie (QGIS?)
        [many] { $count } linii wymian przerysowano do firm przesuniętych w innym programie (QGIS?)
       *[other] { $count } linii wymian przerysowano do firm przesuniętych w innym programie (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: oceniona według tego, na co pozwalają przepływy
ui-opened-overfilled =
    { $count ->
        [one] { $count } wymiana podaje więcej, niż pozwalają jej przepływy (zob. kartę Wymiany)
        [few] { $count } wymiany podają więcej, niż pozwalają ich przepływy (zob. kartę Wymiany)
        [many] { $count } wymian podaje więcej, niż pozwalają ich przepływy (zob. kartę Wymiany)
       *[other] { $count } wymiany podaje więcej, niż pozwalają ich przepływy (zob. kartę Wymiany)
    }
ui-opened = Otwarto { $path }
ui-could-not-copy-sample = Nie można skopiować przykładu { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Sprawdzanie plików
job-evaluation = Ocena
job-explanation = Wyjaśnienie
job-export = Eksport
job-existing-figures = Wartości istniejących wymian
job-matching = Dopasowywanie
job-opening = Otwieranie
job-optimisation = Optymalizacja
job-presentation = Prezentacja
job-rediscovery = Ponowne odkrycie
job-save-as = Zapisz jako
job-scenario-comparison = Porównanie scenariuszy
job-team-server = Serwer zespołu

## words.rs (the project's enumerations)

stage-identified = zidentyfikowana
stage-contacted = nawiązano kontakt
stage-met = spotkanie
stage-feasibility = studium wykonalności
stage-agreed = uzgodniona
stage-implemented = wdrożona
stage-completed = zakończona
stage-dropped = porzucona
reason-technical = techniczne
reason-economic = ekonomiczne
reason-regulatory = regulacyjne
reason-quality = jakość
reason-no_interest = brak zainteresowania
reason-other = inne
direction-supply = ma
direction-demand = potrzebuje
role-residue = odpad/produkt uboczny
role-product = produkt
transport-road = samochód ciężarowy
transport-articulated = ciągnik z naczepą
transport-rail = kolej
transport-ship = statek
transport-pipeline = rurociąg
transport-grid = sieć
ui-unit-kt = tys. t
