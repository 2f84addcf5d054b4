# Symbiosis Explorer: the desktop app's own words (de). The keys are exactly those of en/ui.ftl.

## command.rs

ui-matching-cancelled = Abgleich abgebrochen
ui-optimisation-cancelled = Optimierung abgebrochen
ui-layout-reset = Anordnung zurückgesetzt
ui-undone = Rückgängig gemacht
ui-could-not-undo = Rückgängigmachen nicht möglich
ui-nothing-to-undo = Nichts rückgängig zu machen
ui-redone = Wiederhergestellt
ui-could-not-redo = Wiederherstellen nicht möglich
ui-nothing-to-redo = Nichts wiederherzustellen
ui-the-open-project-is-not-an = Das geöffnete Projekt ist keine Offline-Kopie eines Serverprojekts (Datei > Teamserver > Auschecken)
ui-type-a-path-for-save-as = Pfad für „Speichern unter“ eingeben (zum Beispiel /home/me/park.gpkg)
ui-save-as-needs-a-different-file = „Speichern unter“ braucht einen anderen Dateinamen
ui-type-a-path-for-the-new = Pfad für das neue Projekt eingeben (zum Beispiel /home/me/park.gpkg)
ui-not-saved = Nicht gespeichert: { $error }
ui-undo-history-cleared = { $what }; der Rückgängig-Verlauf wurde geleert
ui-not-removed = Nicht entfernt: { $error }
ui-opening = { $path } wird geöffnet…
ui-choose-another-file = { $error }. Wählen Sie eine andere Datei (Datei > Öffnen).
ui-saving-as = Speichern unter { $path }…
ui-save-as-failed = „Speichern unter“ fehlgeschlagen: { $error }
ui-saved-a-copy = Kopie von { $from } gespeichert als { $path }
ui-saved-as = Gespeichert als { $path }; Änderungen gehen jetzt dorthin
ui-could-not-create = { $path } konnte nicht angelegt werden: { $error }
ui-proposed = Vorgeschlagen: { $material } { $from } -> { $to }

## dock.rs

ui-map = Karte
ui-about-tour = Über & Rundgang
ui-firms = Betriebe
ui-flows = Ströme
ui-settings = Einstellungen
ui-all-flows = Alle Ströme
ui-candidates = Kandidaten
ui-exchanges = Austausche
ui-charts = Diagramme
ui-flow-diagram = Stoffstromdiagramm
ui-workshops = Workshops

## map/mod.rs

ui-no-cache-folder = kein Cache-Ordner
ui-quantity-unknown = Menge unbekannt
ui-years-unknown = Jahre unbekannt
ui-hover-firm =
    NACE { $nace } · { $flows ->
        [one] { $flows } Strom
       *[other] { $flows } Ströme
    }
ui-per-year = { $quantity } { $unit }/Jahr
ui-since-year = seit { $year }
ui-hover-candidate =
    Kandidat: { $from } -> { $to }
    { $material } { $quantity } { $unit }/Jahr · { $km } km
    CO₂ { $co2 } t/Jahr · Nutzen { $benefit }
ui-choose-mbtiles = { $error }. Wählen Sie eine .mbtiles-Rasterdatei.
ui-online-tiles-on = Online-Kacheln von OpenStreetMap an; angesehene Gebiete werden in { $cache } zwischengespeichert
ui-basemap-named = Grundkarte: { $name }

## map/overlay.rs

ui-zoom-in = Vergrößern
ui-zoom-out = Verkleinern
ui-fit = Alles
ui-zoom-to-project = Auf das Projekt zoomen
ui-legend = Legende
ui-energy = Energie
ui-water = Wasser
ui-materials = Stoffe
ui-solid-realised-dashed-proposed-agreed-faded = durchgezogen in Betrieb · gestrichelt vorgeschlagen/vereinbart · blass beendet
ui-candidate = Kandidat
ui-credits-online = Kartendaten © OpenStreetMap-Mitwirkende (ODbL), Online-Kacheln · { $basemap } · Orte: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Grundkarte: { $name } { $attribution } · { $basemap } · Orte: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Orte: GeoNames (CC BY 4.0)
ui-matching-progress = Abgleich { $done }/{ $total } Angebotsströme

## map/timeline.rs

ui-timeline = Zeitleiste
ui-pause = Pause
ui-play = Abspielen
ui-timeline-year =
    { $year }: { $running ->
        [one] { $running } Austausch in Betrieb
       *[other] { $running } Austausche in Betrieb
    }; bekannte Mengen { $totals } pro Jahr
ui-timeline-new = Neu: { $from } -> { $to }: { $material }
ui-timeline-ended = Beendet: { $from } -> { $to }: { $material }

## menu.rs

ui-file = Datei
ui-open-or-save-as-a-path = Pfad öffnen oder speichern unter:
ui-open = Öffnen
ui-save-as = Speichern unter
ui-new = Neu
ui-browse = Durchsuchen…
ui-check-out-from-server = Vom Server auschecken…
ui-check-in = Einchecken
ui-open-an-offline-copy-checked-out = Öffnen Sie eine Offline-Kopie, die eine Rolle mit Schreibrecht ausgecheckt hat
ui-refresh-from-server = Vom Server aktualisieren
ui-open-an-offline-copy-of-a = Öffnen Sie eine Offline-Kopie eines Serverprojekts
ui-merge-two-copies = Zwei Kopien zusammenführen…
ui-recent-projects = Zuletzt geöffnet
ui-samples = Beispiele
ui-import-csv = CSV importieren…
ui-export = Exportieren…
ui-edit = Bearbeiten
ui-undo-ctrl-z = Rückgängig  (Strg+Z)
ui-redo-ctrl-shift-z = Wiederherstellen  (Strg+Umschalt+Z)
ui-view = Ansicht
ui-quick-entry-ctrl-e = Schnelleingabe (Strg+E)
ui-present-f11 = Präsentieren (F11)
ui-presenter-view = Referentenansicht
ui-the-projector-shows-the-clean-view = Der Projektor zeigt die aufgeräumte Ansicht in einem zweiten Fenster (auf den Bildschirm des Projektors ziehen); dieses Fenster behält die Bedienelemente
ui-sample-working-copy = Beispiel (Arbeitskopie)
ui-firm-labels = Betriebsnamen
ui-towns = Orte
ui-candidates-shown = angezeigte Kandidaten
ui-panes = Bereiche
ui-reset-layout = Anordnung zurücksetzen
ui-the-default-arrangement-of-map-panes = Die Standardanordnung von Karte, Bereichen und Tabellen
ui-language = Sprache
ui-the-language-of-the-report-the = Die Sprache der App, des Berichts, des Kartenbilds und der Stoffnamen
ui-basemap = Grundkarte
ui-built-in-offline-basemap = Eingebaute Offline-Grundkarte
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Lädt, solange eingeschaltet, Kartenkacheln von OpenStreetMap; jedes angesehene Gebiet bleibt in einem Festplatten-Cache und offline verfügbar. Standardmäßig aus: Die App stellt keine Anfrage, bis Sie dies einschalten.
ui-path-to-an-mbtiles-file = Pfad zu einer .mbtiles-Datei
ui-use-mbtiles = MBTiles verwenden
ui-open-sample = Beispiel { $sample } öffnen
ui-read-only = schreibgeschützt

## panels/all_flows.rs

ui-firm = Betrieb
ui-direction = Richtung
ui-material = Stoff
ui-quantity = Menge
ui-role = Rolle
ui-years = Jahre
ui-confidential = Vertraulich
ui-id = Kennung
ui-source = Quelle
ui-paste-rows-from-a-spreadsheet = Zeilen aus einer Tabellenkalkulation einfügen
ui-filter = Filter
ui-firm-material-direction-or-source = Betrieb, Stoff, Richtung oder Quelle
ui-select-shown = Angezeigte auswählen
ui-clear-selection = Auswahl aufheben
ui-mark-confidential = Als vertraulich markieren
ui-unmark-confidential = Vertraulich aufheben
ui-source-for-the-selected = Quelle für die ausgewählten
ui-set-source = Quelle setzen
ui-delete-selected = Ausgewählte löschen
ui-tab-separated-rows-in-the-flows = Tabulatorgetrennte Zeilen in der Spaltenfolge von flows.csv (firm_id, direction, material, quantity, unit, ...) oder mit dieser Kopfzeile. Geprüft wie ein CSV-Import.
ui-paste-rows-here = Zeilen hier einfügen
ui-entered-at-the-workshop = Im Workshop erfasst
ui-check-and-add-pasted-rows = Eingefügte Zeilen prüfen und hinzufügen
ui-nothing-to-add-paste-rows-first = Nichts hinzuzufügen: zuerst Zeilen einfügen
ui-select-flow = Strom { $id } auswählen
ui-showing-flows = { $shown } von { $total } Strömen angezeigt; zum Eingrenzen filtern
ui-n-selected = { $count } ausgewählt
ui-added-pasted-flows =
    { $count ->
        [one] { $count } eingefügter Strom hinzugefügt (Strg+Z macht rückgängig)
       *[other] { $count } eingefügte Ströme hinzugefügt (Strg+Z macht rückgängig)
    }
ui-yes = ja
ui-ewc = AVV/EWC

## panels/candidates.rs

ui-cancel-matching = Abgleich abbrechen
ui-run-matching = Abgleich starten
ui-greenfield-ignore-existing-exchanges = grüne Wiese (bestehende Austausche ignorieren)
ui-cancel-optimising = Optimierung abbrechen
ui-optimise = Optimieren
ui-the-allocation-with-the-largest-total = Die Zuordnung mit dem größten Gesamtnettonutzen (exaktes LP); auf der Karte gezeigt
ui-include-products = Produkte einbeziehen
ui-also-offer-flows-whose-role-is = Auch Ströme mit der Rolle Produkt anbieten (was ein Betrieb zum Verkauf herstellt): Das sind Produktverkäufe, sie werden nicht angerechnet
ui-optimal-allocation = Optimale Zuordnung
ui-why-not-explain-any-pair-of = Warum nicht? Ein beliebiges Strompaar erklären
ui-supply-flow-id = Kennung des Angebotsstroms
ui-demand-flow-id = Kennung des Bedarfsstroms
ui-why-not = Warum nicht?
ui-no-candidates-yet-press-run-matching = Noch keine Kandidaten: „Abgleich starten“ drücken.
ui-firm-or-material = Betrieb oder Stoff
ui-sort-by = Sortieren nach
ui-from-to = Von -> nach
ui-quantity-per-year = Menge pro Jahr
ui-distance = Entfernung
ui-co2-t-yr = CO₂ t/Jahr
ui-score = Bewertung
ui-transport = Transport
ui-propose = Vorschlagen
ui-turn-this-candidate-into-a-proposed = Diesen Kandidaten zu einem vorgeschlagenen Austausch machen
ui-why-this-candidate-every-term-and = Warum dieser Kandidat: jeder Term und seine Quelle
ui-best-allocation-within = Beste im Zeitlimit gefundene Zuordnung (innerhalb von { $gap } % des Optimums)
ui-allocation-summary = { $what }: { $count } Austausche, { $co2 } t CO₂/Jahr vermieden, Nettonutzen { $benefit } { $currency }/Jahr (auf der Karte gezeigt)
ui-not-a-flow-id = „{ $text }“ ist keine Stromkennung (siehe Tabelle „Alle Ströme“)
ui-benefit-per-year = Nutzen { $currency }/Jahr
ui-sort-score = Bewertung
ui-sort-co2 = CO₂
ui-sort-benefit = Nutzen
ui-sort-distance = Entfernung
ui-sort-quantity = Menge

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ je Austausch: modelliert (t/Jahr) neben berichtet (t CO₂e), nie addiert
ui-not-running-in-the-year-shown = im gezeigten Jahr nicht in Betrieb
ui-not-verified = nicht geprüft
ui-modelled-co2-avoided-t-yr = modelliert vermiedenes CO₂, t/Jahr
ui-reported-co2-t = berichtetes CO₂, t
ui-of-it-verified = davon geprüft
ui-scenarios-existing-existing-proposed-optimal = Szenarien: bestehend, bestehend + vorgeschlagen, optimal
ui-compare-scenarios = Szenarien vergleichen
ui-runs-matching-and-the-optimal-allocation = Führt Abgleich und optimale Zuordnung im Hintergrund aus (höchstens 20 s)
ui-link-density-l-s = Verknüpfungsdichte L/S
ui-co2-avoided-t-yr = Vermiedenes CO₂, t/Jahr
ui-net-benefit-yr = Nettonutzen /Jahr
ui-co2-avoided-kt-yr = Vermiedenes CO₂, kt/Jahr
ui-net-benefit-m-yr = Nettonutzen, Mio./Jahr
ui-exchanged-quantity-by-year-known-quantities = Ausgetauschte Menge nach Jahr (bekannte Mengen)
ui-quantity-per-year-outputs-up-inputs = Menge pro Jahr (Abgaben nach oben, Bezüge nach unten)
ui-select-a-firm-to-see-its = Wählen Sie einen Betrieb, um seine Bezüge und Abgaben zu sehen.
ui-t-per-year = { $value } t/Jahr
ui-verified-lower = geprüft
ui-outcome-chart-line = { $exchange }: modelliert { $modelled }, berichtet { $reported } t in { $year } ({ $verified })
ui-by-material = Bestehende Austausche nach Stoff: vermiedenes CO₂ (t/Jahr) und Nettonutzen (Tsd. pro Jahr)
ui-by-material-in = Bestehende Austausche { $year } nach Stoff: vermiedenes CO₂ (t/Jahr) und Nettonutzen (Tsd. pro Jahr)
ui-net-benefit-k = Nettonutzen, Tsd. { $currency }/Jahr
ui-thousand-unit-per-year = Tausend { $unit }/Jahr
ui-firm-inputs-outputs = { $firm }: Bezüge (Bedarf) und Abgaben (Angebot)

## panels/contacts.rs

ui-a-contact-needs-a-name = ein Kontakt braucht einen Namen
ui-personal-data-never-shown-in-presentation = Personenbezogene Daten: nie im Präsentationsmodus, im Bericht, im Kartenbild oder in Exporten gezeigt (CSV nur mit „personenbezogene Daten einschließen“).
ui-no-consent-recorded = keine Einwilligung erfasst
ui-remove-this-person = Diese Person entfernen…
ui-remove-completely = Vollständig entfernen
ui-keep = Behalten
ui-edit-contact = Kontakt bearbeiten
ui-add-a-contact = Kontakt hinzufügen
ui-name = Name
ui-full-name = vollständiger Name
ui-e-g-energy-manager = z. B. Energiemanagerin
ui-email = E-Mail
ui-phone = Telefon
ui-consent-date = Datum der Einwilligung
ui-consent-basis = Grundlage der Einwilligung
ui-e-g-agreed-at-the-workshop = z. B. im Workshop erteilt
ui-save-contact = Kontakt speichern
ui-add-contact = Kontakt hinzufügen
ui-cancel = Abbrechen
ui-consent-date-bad = Einwilligungsdatum „{ $date }“ ist kein Datum der Form JJJJ-MM-TT (YYYY-MM-DD)
ui-contacts-count = Kontakte ({ $count })
ui-consent-on = Einwilligung { $date }
ui-consent-basis-only = Einwilligung: { $basis }
ui-remove-person-warning = { $name } vollständig entfernen? Die Zeile wird gelöscht, Name, E-Mail und Telefon werden überall, wo die Texte des Projekts sie nennen, durch „{ $placeholder }“ ersetzt, und die Datei wird von jeder Kopie bereinigt. Das lässt sich nicht rückgängig machen und leert den Rückgängig-Verlauf.

## panels/diagram.rs

ui-energy-mwh = Energie (MWh)
ui-materials-t = Stoffe (t)
ui-water-m3 = Wasser (m³)
ui-no-exchanges-with-known-quantities-in = Keine Austausche mit bekannten Mengen in dieser Einheit
ui-only-firm = nur { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = Betrieb, Stoff oder Status
ui-no-due-date = ohne Frist
ui-from-to-material = Von -> nach: Stoff
ui-status = Status
ui-evaluation-every-term-and-its-source = Bewertung: jeder Term und seine Quelle
ui-no-evaluation-the-flows-behind-this = Keine Bewertung: Die Ströme hinter diesem Austausch sind nicht im Projekt (einen Angebotsstrom beim Absender und einen Bedarfsstrom beim Empfänger hinzufügen)
ui-exchanges-count =
    { $count ->
        [one] { $count } Austausch
       *[other] { $count } Austausche
    }
ui-my-actions = Meine Aufgaben: { $open } offen, { $overdue } überfällig
ui-due-date = fällig { $date }
ui-overdue = { $action } (überfällig)
ui-until-year = bis { $year }
ui-year-to = bis
ui-year-open = offen
ui-source-is = Quelle: { $source }
ui-exchange-figures = { $quantity } { $unit } pro Jahr: { $co2 } t CO₂ vermieden, { $benefit } { $currency } Nettonutzen

## panels/firms.rs

ui-no-project-open-use-file-open = Kein Projekt geöffnet. Datei > Öffnen verwenden.
ui-search = Suche
ui-name-nace-or-material = Name, NACE oder Stoff
ui-move-firms-by-dragging-them-on = Betriebe durch Ziehen auf der Karte verschieben (Rechtsziehen verschiebt die Karte)
ui-select-a-firm-in-the-list = Wählen Sie einen Betrieb in der Liste oder auf der Karte, um ihn zu bearbeiten.
ui-click-an-empty-spot-on-the = Klicken Sie auf eine freie Stelle der Karte und drücken Sie die Schaltfläche unten, um dort einen Betrieb anzulegen.
ui-latitude = Breite
ui-longitude = Länge
ui-search-nace-by-code-or-words = NACE nach Code oder Wörtern suchen
ui-country = Land
ui-its-grid-district-heat-and-landfill = Seine Werte für Stromnetz, Fernwärme und Deponie gelten für die Austausche dieses Betriebs
ui-eu-ets = EU-ETS
ui-an-eu-ets-installation = eine Anlage im EU-Emissionshandel (EU-ETS)
ui-fuel-it-stops-burning-on-its = Brennstoff, den sie am eigenen Standort nicht mehr verbrennt, spart Zertifikate zum CO₂-Preis
ui-notes = Notizen
ui-show-flows = Ströme zeigen
ui-delete-this-firm-with-its-flows = Diesen Betrieb mit seinen Strömen, Austauschen und Kontakten löschen?
ui-yes-delete = Ja, löschen
ui-delete-firm = Betrieb löschen…
ui-firms-shown = { $shown } von { $total } Betrieben
ui-add-firm-at = Betrieb anlegen bei { $lat }, { $lon }
ui-use-country = { $code } übernehmen (aus der Lage)
ui-country-none = keins

## panels/flow_form.rs

ui-edit-the-flow = Strom bearbeiten
ui-add-a-flow = Strom hinzufügen
ui-find-a-name-or-word-in = suchen: ein Name oder Wort in jeder Sprache
ui-search-ewc-code-or-words = AVV/EWC-Code oder Wörter suchen
ui-russian-waste-code-11-digits-the = Russischer Abfallcode (ФККО): 11 Ziffern, die letzte ist die Gefahrenklasse (1–4 gefährlich)
ui-flags = Merkmale
ui-accepts-hazardous = nimmt gefährliche an
ui-waste-by-product-surplus-energy-or = Abfall, Nebenprodukt, überschüssige Energie oder Wasser: Ein Austausch vermeidet die Entsorgung
ui-what-the-firm-exists-to-sell = Was der Betrieb zum Verkauf herstellt: Ein Verkauf ist Handel, keine Symbiose, und wird nicht angerechnet
ui-save-changes = Änderungen speichern
ui-add-flow = Strom hinzufügen
ui-quantity-must-be-zero-or-more = Die Menge muss null oder mehr sein
ui-unit-converted = { $unit }/Jahr (umgerechnet in { $to })
ui-hazard-class = Gefahrenklasse { $class }
ui-saved-note = Gespeichert: { $note }
ui-unknown-material = Unbekannter Stoff „{ $material }“
ui-quantity-bad = Menge: { $error }; zum Beispiel 1500 eingeben
ui-not-a-year-range = „{ $text }“ ist kein Jahr ({ $from }..{ $to })
ui-years-reversed = Verfügbar ab { $from } liegt nach verfügbar bis { $to }
ui-eg = z. B. { $example }
ui-hint-from = ab
ui-hint-to = bis
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Wählen Sie einen Betrieb (Registerkarte Betriebe oder Karte), um zu sehen, was er anbietet und braucht.
ui-has-supply = Bietet (Angebot)
ui-wants-demand = Braucht (Bedarf)
ui-edit-flow = Strom bearbeiten
ui-load-this-flow-into-the-form = Diesen Strom in das Formular unten laden
ui-delete = Löschen
ui-delete-this-flow-ctrl-z-undoes = Diesen Strom löschen (Strg+Z macht rückgängig)
ui-flows-of = Ströme von { $firm }
ui-from-year = ab { $year }
ui-confidential-tag = vertraulich

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Im gezeigten Jahr nicht in Betrieb: bewertet, als käme er nach allen laufenden Austauschen hinzu.
ui-counterfactual = Kontrafaktisches Szenario: { $text }
ui-evaluated-at-flows = { $exchange }: bewertet mit dem, was die Ströme zulassen

## panels/pipeline.rs

ui-landfill-diversion-t = Deponievermeidung (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Geschaffene Arbeitsplätze
ui-jobs-safeguarded = Gesicherte Arbeitsplätze
ui-water-saved-m3 = Eingespartes Wasser (m³)
ui-virgin-material-saved-t = Eingesparte Primärrohstoffe (t)
ui-type-at-least-one-reported-figure = mindestens eine berichtete Zahl eingeben
ui-pipeline = Verlauf
ui-stage = Stufe
ui-because = Grund
ui-date = Datum
ui-by = Von
ui-note = Notiz
ui-what-happened = was geschah
ui-next-action = Nächster Schritt
ui-what-is-to-be-done-next = was als Nächstes zu tun ist
ui-owner = Zuständig
ui-who-takes-it = wer es übernimmt
ui-due = Fällig
ui-record-stage = Stufe erfassen
ui-reported-outcomes-beside-the-modelled-figures = Berichtete Ergebnisse (neben den modellierten Zahlen, nie zu ihnen addiert)
ui-none-reported-yet = Noch nichts berichtet.
ui-remove = Entfernen
ui-report-an-outcome = Ergebnis berichten
ui-year = Jahr
ui-not-reported = nicht berichtet
ui-evidence = Nachweis
ui-a-text-or-a-document-path = ein Text oder ein Dokumentpfad
ui-verified = Geprüft
ui-checked-against-evidence = am Nachweis geprüft
ui-save-outcome = Ergebnis speichern
ui-cost-savings = Kosteneinsparungen ({ $currency })
ui-additional-sales = Zusätzliche Umsätze ({ $currency })
ui-private-investment = Private Investitionen ({ $currency })
ui-not-a-year = Jahr „{ $text }“ ist kein Jahr
ui-figure-not-a-number = { $figure } „{ $text }“ ist keine Zahl von 0 oder mehr
ui-modelled-co2 = modelliert { $value } t CO₂ pro Jahr
ui-reported-figures = berichtet { $figures }
ui-no-stage = keine
ui-no-stage-yet-implied = Noch keine Stufe erfasst (sein Status entspricht: { $stage })
ui-next-action-is = Als Nächstes: { $action }
ui-hint-who = wer
ui-exchange-not-in-project = Austausch { $id } ist nicht im Projekt
ui-evidence-is = Nachweis: { $evidence }

## panels/settings.rs

ui-evaluation = Bewertung
ui-evaluation-year = Bewertungsjahr
ui-unticked-the-park-is-evaluated-as = Nicht angehakt: Der Park wird so bewertet, wie er in diesem Jahr steht
ui-currency = Währung
ui-every-money-figure-is-shown-in = Jeder Geldbetrag wird in ihr gezeigt; Katalog- und Parameterwerte (EUR) werden mit fx.CODE umgerechnet
ui-evaluation-parameters = Bewertungsparameter
ui-each-value-with-its-source-an = Jeder Wert mit seiner Quelle; ein geänderter Wert wird (als ein Rückgängig-Schritt) mit der Quelle „edited in Symbiosis Explorer“ gespeichert. Geldparameter sind in EUR.
ui-this-year-is = dieses Jahr ({ $year })
ui-per-eur = { $rate } je EUR
ui-max-km = max. { $km } km
ui-material-factors = EF primär { $virgin } · Entsorgung { $disposal }
ui-material-factors-sources =
    EF primär: { $virgin }
    EF Entsorgung: { $disposal }
    Preis { $price } EUR: { $price_source }
    Entsorgung { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fest

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustratives Beispiel: Ströme, deren Quelle „illustrative“ nennt, sind für die Übung erfunden.
ui-this-year = dieses Jahr
ui-guided-tour = Rundgang
ui-back = Zurück
ui-next = Weiter
ui-would-the-matcher-have-found-this = Hätte der Abgleich diesen Park gefunden?
ui-greenfield-matching-existing-exchanges-ignored-compared = Abgleich auf der grünen Wiese (bestehende Austausche ignoriert), verglichen mit den dokumentierten Austauschen
ui-tour-computed-here = Hier berechnet für die { $count } bestehenden Austausche { $year }: { $co2 } t CO₂ pro Jahr vermieden; { $tonnes } t Stoffe, { $mwh } MWh Energie und { $m3 } m³ Wasser pro Jahr ausgetauscht (der Anteil jedes Austauschs an einer Zuordnung zu seinen Strömen; bekannte oder aus Strömen abgeleitete Mengen, einfache Emissionsfaktoren)
ui-step-of = Schritt { $step } von { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = ein Workshop braucht eine Kennung (z. B. kalundborg-2021-05)
ui-1-workshop = 1 Workshop
ui-programme-report = Programmbericht…
ui-file-export-the-programme-report-as = Datei > Exportieren: der Programmbericht als HTML oder CSV
ui-workshop = Workshop
ui-venue = Ort
ui-facilitator = Moderation
ui-programme = Programm
ui-new-workshop = Neuer Workshop
ui-e-g-kalundborg-2021-05 = z. B. kalundborg-2021-05
ui-who-leads-it = wer ihn leitet
ui-e-g-bis-interreg-2019-2021 = z. B. BIS Interreg 2019-2021
ui-agenda-remarks = Tagesordnung, Anmerkungen
ui-add-workshop = Workshop hinzufügen
ui-enter-haves-and-wants-at-this = Angebote und Bedarfe in diesem Workshop erfassen (Schnelleingabe)
ui-not-an-attendee = kein Teilnehmer
ui-add-an-attending-firm-a-few = teilnehmenden Betrieb hinzufügen: ein paar Buchstaben
ui-leads-not-matched-yet = Ansätze: noch nicht abgeglichen
ui-no-stage-recorded-yet = noch keine Stufe erfasst
ui-hint-where = wo
ui-stage-on = { $stage } am { $date }
ui-workshop-exists = Workshop „{ $id }“ gibt es schon
ui-date-bad = Datum „{ $date }“ ist kein Datum der Form JJJJ-MM-TT (YYYY-MM-DD)
ui-workshops-count =
    { $count ->
        [one] { $count } Workshop
       *[other] { $count } Workshops
    }
ui-attendees =
    Teilnehmende ({ $count ->
        [one] { $count } Betrieb
       *[other] { $count } Betriebe
    })
ui-produced = Ergebnis: { $count } Angebote und Bedarfe erfasst
ui-leads =
    Ansätze: { $count ->
        [one] { $count } Kandidat
       *[other] { $count } Kandidaten
    } aus seinen Einträgen
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ pro Jahr)
ui-synergies-from-it = Synergien daraus: { $count }
ui-reached-since = Erreicht seit { $date }: { $stages }

## presentation.rs

ui-firms-linked = verbundene Betriebe
ui-materials-per-year = Stoffe pro Jahr
ui-co2-avoided-per-year = CO₂ vermieden pro Jahr
ui-exit-presentation-f11 = Präsentation beenden (F11)
ui-anonymise-firms = Betriebe anonymisieren
ui-in-year = im Jahr { $year }
ui-headline-exchanges = Austausche
ui-second-language = Zweite Sprache
ui-second-language-none = keine

## quick_entry.rs

ui-type-has-or-wants = „bietet“ oder „braucht“ eingeben
ui-quantity-not-a-number = Menge „{ $text }“ ist keine Zahl
ui-no-firm-called = kein Betrieb namens „{ $name }“
ui-no-material-called = kein Stoff namens „{ $name }“

## tasks.rs

ui-save-as-stopped-without-a-result = „Speichern unter“ endete ohne Ergebnis
ui-opening-the-project-stopped-without-a = Das Öffnen des Projekts endete ohne Ergebnis
ui-export-failed-it-stopped-without-a = Export fehlgeschlagen: Er endete ohne Ergebnis
ui-rediscovery-found = Der Abgleich auf der grünen Wiese fand { $found } der { $documented } dokumentierten Austausche, jeden in einem Jahr, in dem er lief (10 Kandidaten je Angebotsstrom).
ui-rediscovery-products =
    { $count ->
        [one] { $count } Produktverkauf (was ein Betrieb zum Verkauf herstellt) ist kein Symbiose-Kandidat und bleibt außen vor.
       *[other] { $count } Produktverkäufe (was ein Betrieb zum Verkauf herstellt) sind keine Symbiose-Kandidaten und bleiben außen vor.
    }
ui-rediscovery-not-found = Nicht gefunden: { $missed }.
ui-result-dropped = { $job }: Ergebnis verworfen, das Projekt hat sich während der Berechnung geändert; bitte erneut starten
ui-matching-found =
    { $count ->
        [one] Der Abgleich fand { $count } Kandidaten
       *[other] Der Abgleich fand { $count } Kandidaten
    }
ui-best-allocation-found = Beste im Zeitlimit gefundene Zuordnung: { $count } Austausche, innerhalb von { $gap } % des Optimums
ui-optimal-allocation-count = Optimale Zuordnung: { $count } Austausche
ui-optimisation-stopped = Optimierung beendet: { $error }
ui-scenarios-stopped = Szenarienvergleich beendet: { $error }
ui-export-failed = Export fehlgeschlagen: { $error }

## windows/export.rs

ui-export-2 = Export
ui-folder = Ordner
ui-include-confidential-flows-left-out-by = Vertrauliche Ströme einschließen (standardmäßig weggelassen)
ui-csv-the-import-formats = CSV (die Importformate)
ui-lat-lon-wgs-84 = Breite/Länge (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (Betriebe, Austausche, Kandidaten; Länge/Breite)
ui-html-report-one-self-contained-file = HTML-Bericht (eine eigenständige Datei)
ui-map-image-png-of-the-current = Kartenbild (PNG) der aktuellen Ansicht
ui-the-map-image-has-a-legend = Das Kartenbild hat eine Legende, eine Maßstabsleiste und die Quellenangaben der Grundkarte; es zeigt das Jahr der Zeitleiste.
ui-programme-report-of = Programmbericht für
ui-all-synergies = alle Synergien
ui-programme-report-html = Programmbericht (HTML)
ui-programme-report-csv = Programmbericht (CSV)
ui-type-the-folder-to-export-into = Zielordner für den Export eingeben
ui-wrote = Geschrieben: { $files }
ui-confidential-left-out =
    { $count ->
        [one] { $count } vertraulicher Strom weggelassen
       *[other] { $count } vertrauliche Ströme weggelassen
    }
ui-xy-in = x/y in { $code } { $name }
ui-export-cards = Angebots-/Bedarfskarten (PDF, A4: ein Blatt je Betrieb, dann { $blank } leere Karten)
ui-exporting-into = Export nach { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Wählen Sie eine firms.csv und eine flows.csv
ui-checking-the-files-stopped-without-a = Die Prüfung der Dateien endete ohne Ergebnis
ui-import-csv-2 = CSV importieren
ui-files-in-the-csv-formats-of = Dateien in den CSV-Formaten der README (firms.csv und flows.csv sind nötig). Betriebe, die schon im Projekt sind, werden über die Kennung aktualisiert; Ströme und Austausche werden hinzugefügt.
ui-path-to-firms-csv = Pfad zu firms.csv
ui-path-to-flows-csv = Pfad zu flows.csv
ui-coordinates = Koordinaten
ui-lat-lon-or-x-y-with = Breite/Länge oder x/y mit einer Spalte crs
ui-check-files = Dateien prüfen
ui-leave-out = (weglassen)
ui-optional = optional
ui-import-counts = { $firms } Betriebe, { $flows } Ströme, { $exchanges } Austausche importieren
ui-column-mapping = Spaltenzuordnung für { $file } (Spalten außerhalb des Formats)
ui-import-problems =
    { $count ->
        [one] { $count } Problem; nichts wurde importiert. Beheben Sie es in den Dateien (oder ordnen Sie die Spalten zu) und prüfen Sie erneut:
       *[other] { $count } Probleme; nichts wurde importiert. Beheben Sie sie in den Dateien (oder ordnen Sie die Spalten zu) und prüfen Sie erneut:
    }
ui-imported-counts = { $firms } Betriebe, { $flows } Ströme, { $exchanges } Austausche importiert (Strg+Z macht rückgängig)

## windows/quick.rs

ui-quick-have-want-entry = Schnelleingabe: bietet/braucht
ui-type-tab-to-the-next-field = Tippen, Tab zum nächsten Feld, Eingabe zum Hinzufügen. Ein paar Buchstaben eines Betriebs oder Stoffs genügen.
ui-firm-name-or-id = Betriebsname oder Kennung
ui-has-or-wants = Bietet oder braucht
ui-has-wants = bietet / braucht
ui-material-name-or-id = Stoffname oder Kennung
ui-rough-figure = grobe Zahl
ui-add-enter = Hinzufügen (Eingabe)
ui-discard = Verwerfen
ui-entries-to-review = { $count } Workshop-Einträge zu prüfen

## windows/team.rs

ui-open-an-offline-copy-first-file = Zuerst eine Offline-Kopie öffnen (Datei > Teamserver > Auschecken)
ui-the-server-job-stopped-without-a = Der Serverauftrag endete ohne Ergebnis
ui-team-server = Teamserver
ui-this-copy = Diese Kopie
ui-send-this-copys-changes-since-it = Die Änderungen dieser Kopie seit dem Auschecken, mit denen des Servers zusammengeführt, in einer Transaktion senden
ui-refresh = Aktualisieren
ui-take-the-servers-changes-into-this = Die Änderungen des Servers in diese Kopie übernehmen, ohne etwas zu senden
ui-read-only-this-role-may-view = Schreibgeschützt: Diese Rolle darf das Serverprojekt ansehen, nicht ändern.
ui-the-open-project-is-not-an-2 = Das geöffnete Projekt ist keine Offline-Kopie eines Serverprojekts.
ui-check-out-from-server-2 = Vom Server auschecken
ui-server = Server
ui-project-schema = Projekt (Schema)
ui-area-w-s-e-n = Gebiet W,S,O,N (W,S,E,N)
ui-empty-the-whole-project = leer: das ganze Projekt
ui-offline-copy = Offline-Kopie
ui-the-password-comes-from-pgpassword-or = Das Passwort kommt aus PGPASSWORD oder ~/.pgpass; es wird nie in der Kopie gespeichert.
ui-check-out = Auschecken
ui-give-the-project-schema-and-a = Geben Sie das Projekt (Schema) und einen Pfad für die Offline-Kopie an
ui-merge-two-copies-no-server = Zwei Kopien zusammenführen (ohne Server)
ui-base = Basis
ui-the-copy-both-started-from-gpkg = die Kopie, von der beide ausgingen (.gpkg)
ui-mine = Meine
ui-your-copy-gpkg = Ihre Kopie (.gpkg)
ui-theirs = Deren
ui-the-other-copy-gpkg = die andere Kopie (.gpkg)
ui-merged = Ergebnis
ui-the-file-to-write-gpkg = die zu schreibende Datei (.gpkg)
ui-merge = Zusammenführen
ui-give-all-four-files-base-mine = Geben Sie alle vier Dateien an: Basis, meine, deren und die zu schreibende
ui-working-with-the-server = Arbeit mit dem Server…
ui-row = Zeile
ui-field = Feld
ui-mine-for-all = Meine für alle
ui-theirs-for-all = Deren für alle
ui-this-copys-values-for-all = Werte dieser Kopie für alle
ui-the-servers-values-for-all = Werte des Servers für alle
ui-merge-with-these-choices = Mit dieser Auswahl zusammenführen
ui-check-in-with-these-choices = Mit dieser Auswahl einchecken
ui-refresh-with-these-choices = Mit dieser Auswahl aktualisieren
ui-checked-out = { $schema } ausgecheckt (Revision { $revision }): { $firms } Betriebe, { $flows } Ströme, { $exchanges } Austausche
ui-role-view-only = schreibgeschützt: Diese Rolle darf es nur ansehen
ui-refreshed = Aktualisiert: { $count } Änderung(en) vom Server; Serverrevision { $revision }
ui-checked-in = Eingecheckt: { $sent } Zeile(n) gesendet, { $received } empfangen; Serverrevision { $revision }
ui-conflicts-decided = { $count } Konflikt(e) entschieden
ui-checkin-conflicts = { $count } Konflikt(e): Dasselbe Feld wurde hier und auf dem Server geändert. Nichts wurde geändert; wählen Sie unten für jeden eine Seite
ui-merge-conflicts = { $count } Konflikt(e); nichts wurde geschrieben. Wählen Sie unten für jeden eine Seite
ui-merged-into = Zusammengeführt in { $path }: { $mine } Änderung(en) aus meiner, { $theirs } aus deren
ui-nothing-written = { $error }; nichts wurde geschrieben
ui-sync-line = Kopie von { $schema } auf { $server }, Revision { $revision }, abgeglichen { $at }
ui-one-area = ein Gebiet
ui-conflicts-count = Konflikte ({ $count })
ui-conflicts-open = { $count } Konflikt(e) brauchen noch eine Seite

## app.rs

ui-basemap-fallback = { $error } Stattdessen wird die eingebaute Grundkarte verwendet.
ui-not-a-project-or-csv = { $path } ist weder ein Projekt (.gpkg) noch eine CSV-Datei

## recent.rs

ui-opened-working-copy = eine Arbeitskopie: Das Beispiel selbst bleibt wie ausgeliefert; mit „Speichern unter“ behalten Sie Ihre Änderungen
ui-opened-read-only-role = schreibgeschützt: Ihre Rolle auf dem Teamserver darf dieses Projekt nur ansehen
ui-opened-read-only = schreibgeschützt: mit „Speichern unter“ eine Kopie bearbeiten
ui-opened-redrawn =
    { $count ->
        [one] { $count } Austauschlinie zu in einem anderen Programm (QGIS?) verschobenen Betrieben neu gezeichnet
       *[other] { $count } Austauschlinien zu in einem anderen Programm (QGIS?) verschobenen Betrieben neu gezeichnet
    }
ui-opened-overfilled-one = { $exchange }: bewertet mit dem, was die Ströme zulassen
ui-opened-overfilled =
    { $count ->
        [one] { $count } Austausch gibt mehr an, als seine Ströme zulassen (siehe Registerkarte Austausche)
       *[other] { $count } Austausche geben mehr an, als ihre Ströme zulassen (siehe Registerkarte Austausche)
    }
ui-opened = { $path } geöffnet
ui-could-not-copy-sample = Das Beispiel { $path } konnte nicht kopiert werden: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Prüfung der Dateien
job-evaluation = Bewertung
job-explanation = Erklärung
job-export = Export
job-existing-figures = Zahlen der bestehenden Austausche
job-matching = Abgleich
job-opening = Öffnen
job-optimisation = Optimierung
job-presentation = Präsentation
job-rediscovery = Wiederentdeckung
job-save-as = Speichern unter
job-scenario-comparison = Szenarienvergleich
job-team-server = Teamserver

## words.rs (the project's enumerations)

stage-identified = erkannt
stage-contacted = kontaktiert
stage-met = getroffen
stage-feasibility = Machbarkeitsstudie
stage-agreed = vereinbart
stage-implemented = umgesetzt
stage-completed = abgeschlossen
stage-dropped = verworfen
reason-technical = technisch
reason-economic = wirtschaftlich
reason-regulatory = rechtlich
reason-quality = Qualität
reason-no_interest = kein Interesse
reason-other = sonstiges
direction-supply = bietet
direction-demand = braucht
role-residue = Reststoff
role-product = Produkt
transport-road = Lkw
transport-articulated = Sattelzug
transport-rail = Bahn
transport-ship = Schiff
transport-pipeline = Rohrleitung
transport-grid = Netz
ui-unit-kt = kt
