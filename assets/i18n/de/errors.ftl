# Die Fehlermeldungen des Kerns, wie die App sie zeigt (src/i18n/errors.rs).

## Eine Projektdatei öffnen
err-open-not-found = { $path }: keine solche Datei
err-open-empty = { $path }: die Datei ist leer (0 Byte) und kein Projekt; legen Sie ein Projekt mit `import` oder „Neu“ an
err-open-not-sqlite = { $path }: keine Projektdatei (weder SQLite-Datenbank noch GeoPackage)
err-open-truncated = { $path }: die Datei ist abgeschnitten ({ $actual } von { $expected } Byte); stellen Sie sie aus einer Sicherung wieder her
err-open-corrupt = { $path }: die Datei ist beschädigt ({ $detail }); sie blieb unverändert, stellen Sie sie aus einer Sicherung wieder her
err-open-foreign-sqlite = { $path }: eine SQLite-Datenbank eines anderen Programms, kein GeoPackage-Projekt; sie blieb unverändert
err-open-foreign-geopackage = { $path }: ein GeoPackage eines anderen Programms, kein Symbiosis-Explorer-Projekt; es blieb unverändert. Importieren Sie seine Daten stattdessen in ein neues Projekt (Layer als CSV exportieren und `symbiosis-explorer import` ausführen)
err-open-too-new = { $path }: von einem neueren Symbiosis Explorer geschrieben (Projektschema { $found }; diese Version liest bis { $supported }); die Datei blieb unverändert, öffnen Sie sie mit einer neueren Version
err-open-bad-version = { $path }: die Schemaversion '{ $found }' (se_metadata) hat diese App nie geschrieben (1 bis { $supported }); die Datei blieb unverändert
err-open-needs-upgrade = { $path }: Projektschema { $found } muss auf { $supported } aktualisiert werden, aber die Datei ist schreibgeschützt; öffnen Sie eine beschreibbare Kopie
err-open-locked = { $path }: von einem anderen Prozess gesperrt (ein anderer Symbiosis Explorer oder QGIS schreibt hinein); schließen Sie sie dort und versuchen Sie es erneut
err-open-triggers = { $path }: enthält Trigger, die nicht von GeoPackage oder GDAL stammen ({ $names }); ein Trigger läuft bei jeder Änderung mit, daher wurde die Datei abgelehnt und blieb unverändert. Entfernen Sie sie (DROP TRIGGER), wenn Sie der Datei vertrauen
err-open-not-tables = { $path }: { $detail }, wo die App eine Tabelle erwartet; die Datei wurde abgelehnt und blieb unverändert
err-open-too-slow = { $path }: das Lesen der Datei dauert zu lange (über { $seconds } s); sie enthält womöglich eine endlose Abfrage. Sie blieb unverändert
err-open-invalid = { $path }: das Projekt enthält Daten, die die App nicht annehmen kann: { $detail }; die Datei blieb unverändert. Korrigieren Sie sie in dem Programm, das sie geschrieben hat (oder stellen Sie eine Sicherung wieder her), und öffnen Sie sie erneut
err-open-unsaved-wal = { $path }: die Datei liegt auf einem schreibgeschützten Datenträger und hat ungesicherte Änderungen in { $path }-wal; kopieren Sie beide Dateien in einen beschreibbaren Ordner und öffnen Sie die Kopie
err-path-detail = { $path }: { $detail }

## Ein geöffnetes Projekt lesen und bearbeiten
err-store-read-only = das Projekt ist schreibgeschützt geöffnet; bearbeiten Sie mit „Speichern unter“ eine Kopie
err-store-locked = die Projektdatei ist von einem anderen Prozess gesperrt; versuchen Sie es gleich noch einmal
err-store-too-slow = das Lesen der Projektdatei dauert zu lange (über 10 s); sie enthält womöglich eine endlose Abfrage
err-store-not-found = { $what } nicht gefunden
err-store-exists = { $path } existiert bereits; wählen Sie einen anderen Namen
err-store-sqlite = Projektdatei: { $detail }

## Der Server des Teams
err-team-connect = Server { $server }: keine Verbindung möglich: { $detail }
err-team-read-only = nur lesen: { $detail }
err-team-server = Server { $server }: { $detail }
err-team-conflicts = { $count ->
    [one] { $count } Konflikt
   *[other] { $count } Konflikte
}; weder auf dem Server noch in der Kopie wurde etwas geändert; wählen Sie eine Seite (--prefer local|server)

## Eingegebene Zahlen, Codes und Einheiten
err-number-empty = keine Zahl angegeben
err-number-not-a-number = '{ $text }' ist keine Zahl
err-number-too-large = '{ $text }' ist zu groß
err-fkko-length = '{ $text }' ist kein FKKO-Code: er hat { $digits } Ziffern, ein FKKO-Code hat 11 (z. B. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' ist kein FKKO-Code: nur Ziffern und Leerzeichen sind erlaubt (z. B. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' ist kein FKKO-Code: seine erste Ziffer, der Block, ist 1 bis 9
err-fkko-class = '{ $text }' ist kein Code einer Abfallart: seine letzte Ziffer, die Gefahrenklasse, ist { $class }; eine Abfallart hat Klasse 1 bis 5 (0 kennzeichnet eine Überschrift des Katalogs)
err-unit-no-density = { $material } wird in { $unit } gemessen, nicht in { $from }, und der Katalog nennt keine Dichte (t je m3) zum Umrechnen (ergänzen Sie { $column } in materials.csv oder geben Sie die Menge in { $unit } an)
err-unit-no-energy = { $material } wird in { $unit } gemessen, nicht in { $from }, und der Katalog nennt keinen Energiegehalt (MWh je t) zum Umrechnen (ergänzen Sie { $column } in materials.csv oder geben Sie die Menge in { $unit } an)

## Probleme in importierten CSV-Dateien (jeweils nach Datei:Zeile:Spalte)
err-csv-line-too-long = die Zeile ist länger als { $bytes } Byte; ist das eine CSV-Datei? (jeder Datensatz steht in einer Zeile)
err-csv-stopped = nach { $count } Problemen abgebrochen; beheben Sie diese und starten Sie den Import erneut
err-csv-unclosed-quote = hier öffnet ein Anführungszeichen (") ein Feld und wird nie geschlossen; schließen Sie es oder verdoppeln Sie Anführungszeichen im Feld ("")
err-csv-field-too-long = das Feld ist länger als { $bytes } Byte
err-csv-unreadable-row = unlesbarer CSV-Datensatz: { $detail }
err-csv-empty-file = die Datei ist leer; sie braucht eine Kopfzeile mit { $columns }
err-csv-unknown-column = unbekannte Spalte '{ $name }' (erwartet: { $known })
err-csv-column-twice = Spalte '{ $name }' kommt zweimal vor
err-csv-more-in-header = und { $count } weitere Probleme in der Kopfzeile
err-csv-missing-column = Pflichtspalte '{ $name }' fehlt
err-csv-row-width = der Datensatz hat { $fields } Felder, die Kopfzeile aber { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' ist in einer kommagetrennten Datei mehrdeutig; verwenden Sie einen Punkt als Dezimalzeichen
err-csv-not-a-number = { $name } '{ $text }' ist keine Zahl
err-csv-implausible-year = { $name } { $year } ist kein plausibles Jahr (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' ist keine Jahreszahl
err-csv-not-yes-no = { $name } '{ $text }' ist nicht ja/nein (schreiben Sie true oder false)
err-csv-required = { $name } ist ein Pflichtfeld
err-csv-unknown-value = { $what }: unbekannter Wert '{ $text }' (möglich: { $expected })
err-csv-duplicate-firm = doppelte Betriebs-ID '{ $id }' (zuerst in Zeile { $line })
err-csv-coordinate-outside = { $name } { $value } liegt außerhalb von -{ $limit }..{ $limit }
err-csv-unknown-nace = unbekannter NACE-Rev.-2-Code '{ $code }'
err-csv-unknown-firm = unbekannte Betriebs-ID '{ $id }' (nicht in der Betriebsdatei)
err-csv-unknown-material = unbekanntes Material '{ $id }' (in materials.csv ergänzen oder eine ID des Katalogs verwenden)
err-csv-unit-mismatch-density = Einheiten passen nicht: { $material } wird in { $unit } gemessen, nicht in { $from }, und der Katalog nennt keine Dichte (t je m3) zum Umrechnen (ergänzen Sie { $column } in materials.csv oder geben Sie die Menge in { $unit } an)
err-csv-unit-mismatch-energy = Einheiten passen nicht: { $material } wird in { $unit } gemessen, nicht in { $from }, und der Katalog nennt keinen Energiegehalt (MWh je t) zum Umrechnen (ergänzen Sie { $column } in materials.csv oder geben Sie die Menge in { $unit } an)
err-csv-years-reversed = das Endjahr { $to } liegt vor dem Anfangsjahr { $from }
err-csv-negative-quantity = negative Menge { $value }; Mengen gelten je Jahr und sind null oder mehr
err-csv-unknown-ewc = unbekannter AVV/EWC-Code '{ $code }' (Europäisches Abfallverzeichnis, z. B. 10 01 05)
err-csv-not-negative = { $name } darf nicht negativ sein
err-csv-not-positive = { $name } muss größer als null sein, nicht { $value }
err-csv-unknown-workshop = unbekannter Workshop '{ $id }' (nicht in workshops.csv)
err-csv-ratio-positive = ratio muss positiv sein, nicht { $value }
err-csv-employees = employees muss eine ganze Zahl von null oder mehr sein, nicht { $text }
err-csv-needs-crs = { $x }/{ $y } brauchen ein Koordinatensystem: eine Spalte 'crs' ergänzen (z. B. EPSG:3006) oder mit --crs importieren
err-csv-id-not-whole = id '{ $text }' ist keine ganze Zahl ab 1
err-csv-exchange-id-twice = Austausch-ID { $id } kommt zweimal vor
err-csv-same-firm-twice = ein Austausch braucht zwei verschiedene Betriebe, nicht zweimal '{ $id }'
err-csv-counterfactual-km = counterfactual_km muss 0 bis 20000 km sein, nicht { $value }
err-csv-not-utf8 = die Datei ist nicht UTF-8; als „CSV UTF-8“ speichern und erneut versuchen
err-csv-not-a-date = { $name } '{ $text }' ist kein Datum der Form JJJJ-MM-TT (z. B. 2021-06-14)
err-csv-unknown-exchange = unbekannter Austausch { $id } (die IDs, die `exchanges` und die App zeigen, oder die Spalte id in exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' ist keine ganze Zahl
err-csv-workshop-id-twice = Workshop-ID '{ $id }' kommt zweimal vor
err-csv-unknown-firm-in-csv = unbekannter Betrieb '{ $id }' (nicht in firms.csv)
err-csv-reason-not-dropped = ein Grund wird nur angegeben, wo die Stufe abgebrochen ist (dropped)
err-csv-outside-range = { $name } { $value } liegt außerhalb von { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' ist kein übersetzter Schlüssel: description.<Code> oder tour_N.<Code>, <Code> einer von { $codes }
err-csv-tour-step = Tourschritt '{ $key }' braucht eine Nummer ab 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = Einheiten passen nicht: Material wird in { $canonical } gemessen, nicht in { $unit }
err-csv-kind-unit-energy = Einheiten passen nicht: Energie wird in { $canonical } gemessen, nicht in { $unit }
err-csv-kind-unit-water = Einheiten passen nicht: Wasser wird in { $canonical } gemessen, nicht in { $unit }
err-csv-unknown-country = unbekanntes Land '{ $text }' (ein ISO-3166-Alpha-2-Code der Karte, z. B. { $codes })
err-csv-cell-control-name = die Zelle enthält das Steuerzeichen { $code } (IDs und Namen dürfen keine Steuerzeichen enthalten)
err-csv-cell-control-free = die Zelle enthält das Steuerzeichen { $code } (Text darf außer Tabulator und Zeilenumbrüchen keine Steuerzeichen enthalten)
err-range-not-usable = { $name } { $value } ist keine Zahl, mit der die App rechnen kann
err-range-negative = { $name } { $value } ist negativ; der Wert muss null oder mehr sein (bis { $max })
err-csv-project-key = { $problem } (Projektschlüssel: { $keys })
err-csv-in-material-unit = { $name } in der Einheit des Materials:
err-csv-two-positions = sowohl Spalten lat/lon als auch { $x }/{ $y }: ein Paar behalten, damit keine Position zweimal gelesen wird
err-csv-unknown-port = unbekannter Hafen '{ $text }' (ein Hafen der Grundkarte, z. B. Kalundborg, Aalborg)
err-csv-unknown-language = unbekannte Sprache '{ $code }'; die Sprachen sind { $codes }
err-csv-outcome-twice = Austausch { $id } hat ein zweites Ergebnis für { $year }; eine Zeile je Austausch und Jahr
err-param-not-a-number = { $key } muss eine Zahl sein
err-param-rate-not-positive = { $key } muss größer als null sein (Einheiten der Währung je EUR)
err-param-not-ets-flag = { $key } muss 1 (im EU-ETS) oder 0 sein
err-param-not-a-fraction = { $key } ist ein Anteil (0,05 = 5 %), nicht { $value }
err-param-lifetime = { $key } muss 1 bis 200 Jahre betragen, nicht { $value }
err-param-circuity = { $key } muss mindestens 1 sein (ein Weg ist nie kürzer als die Luftlinie)
err-param-negative = { $key } darf nicht negativ sein
err-param-unknown-currency = unbekannte Währung '{ $code }' in '{ $key }' (möglich: { $expected })
err-param-country-key = unbekannter Parameter '{ $key }' (Länderschlüssel sehen aus wie country.DK.grid_ef)
err-param-unknown-country = unbekanntes Land '{ $code }' in '{ $key }' (möglich: { $expected })
err-param-country-field = unbekannter Parameter '{ $key }' (ein Land hat grid_ef, heat_ef, landfill_cost und in_ets)
err-param-unknown = unbekannter Parameter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = unbekannter Verkehrsträger in '{ $key }'
err-crs-unknown = unbekanntes Koordinatensystem '{ $text }' (möglich: { $known })
err-crs-unsupported = Koordinatensystem EPSG:{ $epsg } wird nicht unterstützt (unterstützt: { $known })
err-crs-not-numbers = Koordinaten müssen Zahlen sein
err-crs-from-grid = Umrechnung aus { $code } nicht möglich: { $detail }
err-crs-to-grid = Umrechnung nach { $code } nicht möglich: { $detail }
err-crs-outside = Rechtswert { $easting } / Hochwert { $northing } in { $code } ({ $name }) liegt außerhalb des Ostseeraums (Breite { $lat }, Länge { $lon }); ist das das richtige Koordinatensystem?
err-crs-outside-swapped = Rechtswert { $easting } / Hochwert { $northing } in { $code } ({ $name }) liegt außerhalb des Ostseeraums (Breite { $lat }, Länge { $lon }); Rechts- und Hochwert scheinen vertauscht
err-crs-no-position = Breite { $lat }, Länge { $lon } hat keine Position in { $code }

## Hinweise zu importierten Werten
note-text = Hinweis: { $text }
converted = { $quantity } { $from } in { $converted } { $unit } umgerechnet für { $material }
converted-energy = { $quantity } { $from } in { $converted } { $unit } umgerechnet für { $material } mit { $factor } MWh je t ({ $source })
converted-density = { $quantity } { $from } in { $converted } { $unit } umgerechnet für { $material } mit { $factor } t je m3 ({ $source })
note-no-country = Hinweis: Betrieb '{ $id }' liegt in keinem Land der Karte (auch nicht binnen { $km } km von einem): sein Land in einer Spalte 'country' angeben; Länderparameter gelten für ihn nicht
note-stage-wins = Hinweis: Austausch { $id } hat den Status { $status }, seine letzte Stufe ist aber { $stage } ({ $date }): die Stufe gilt, Status { $wins }
overfill-flow = Strom { $flow } ist um { $excess } überfüllt
overfill-supply = das Angebot von { $firm } an { $material } (Strom { $flow }) ist um { $excess } { $unit } überzogen
overfill-demand = der Bedarf von { $firm } an { $material } (Strom { $flow }) ist um { $excess } { $unit } überfüllt
overfill-exchange = Austausch { $id } ({ $from } -> { $to }, { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = Betrieb { $name } hinzufügen
edit-edit-firm = Betrieb { $name } bearbeiten
edit-delete-firm = Betrieb { $name } löschen
edit-add-supply = Strom { $firm } Angebot { $material } hinzufügen
edit-add-demand = Strom { $firm } Bedarf { $material } hinzufügen
edit-edit-flow = Strom { $id } bearbeiten
edit-delete-supply = Strom { $firm } Angebot { $material } löschen
edit-delete-demand = Strom { $firm } Bedarf { $material } löschen
edit-add-pasted-flows = eingefügte Ströme hinzufügen: { $count }
edit-edit-flows = Ströme bearbeiten: { $count }
edit-delete-flows = Ströme löschen: { $count }
edit-add-exchange = Austausch { $from } -> { $to } { $material } hinzufügen
edit-edit-exchange = Austausch { $from } -> { $to } bearbeiten ({ $status })
edit-delete-exchange = Austausch { $from } -> { $to } löschen
edit-import = Import von Betrieben: { $firms }, Strömen: { $flows }, Austauschen: { $exchanges }
edit-project-settings = Projekteinstellungen von { $name }
edit-record-stage = Austausch { $from } -> { $to }: { $stage } am { $date }
edit-set-parameter = Parameter { $key } = { $value }
edit-add-contact = Kontakt { $name } bei { $firm } hinzufügen
edit-edit-contact = Kontakt { $name } bei { $firm } bearbeiten
edit-outcome = Ergebnis von Austausch { $id } im Jahr { $year }
edit-remove-outcome = Ergebnis von Austausch { $id } im Jahr { $year } entfernen
edit-workshop = Workshop { $id } am { $date }
edit-remove-workshop = Workshop { $id } entfernen
edit-erase-contact = Kontakt { $id } bei { $firm } vollständig entfernt (nicht rückgängig zu machen)
