# The core's errors, as the desktop app shows them (src/i18n/errors.rs). English reads exactly
# as the command line writes them; arguments are paths, ids, cell texts and details from the
# system, which stay as they are.

## Opening a project file
err-open-not-found = { $path }: no such file
err-open-empty = { $path }: the file is empty (0 bytes), not a project; create a project with `import` or New
err-open-not-sqlite = { $path }: not a project file (not an SQLite database or GeoPackage)
err-open-truncated = { $path }: the file is truncated ({ $actual } of { $expected } bytes); restore it from a backup
err-open-corrupt = { $path }: the file is damaged ({ $detail }); it was left unchanged, restore it from a backup
err-open-foreign-sqlite = { $path }: an SQLite database from another program, not a GeoPackage project; it was left unchanged
err-open-foreign-geopackage = { $path }: a GeoPackage from another program, not a Symbiosis Explorer project; it was left unchanged. Import its data into a new project instead (export its layers to CSV and run `symbiosis-explorer import`)
err-open-too-new = { $path }: written by a newer Symbiosis Explorer (project schema { $found }; this version reads up to { $supported }); it was left unchanged, open it with a newer version
err-open-bad-version = { $path }: its schema version '{ $found }' (se_metadata) is not one this app wrote (1 to { $supported }); the file was left unchanged
err-open-needs-upgrade = { $path }: project schema { $found } needs upgrading to { $supported }, but the file is read-only; open a writable copy
err-open-locked = { $path }: locked by another process (another Symbiosis Explorer or QGIS is writing to it); close it there and try again
err-open-triggers = { $path }: holds triggers that are not GeoPackage's or GDAL's own ({ $names }); a trigger runs inside every edit, so the file was refused and left unchanged. Remove them (DROP TRIGGER) if you trust the file
err-open-not-tables = { $path }: { $detail } where the app expects a table; the file was refused and left unchanged
err-open-too-slow = { $path }: the file takes too long to read (over { $seconds } s); it may hold an endless query. It was left unchanged
err-open-invalid = { $path }: the project holds data the app cannot accept: { $detail }; the file was left unchanged. Correct it in the program that wrote it (or restore a backup) and open it again
err-open-unsaved-wal = { $path }: the file is on read-only storage with unsaved changes in { $path }-wal; copy both files to a writable folder and open the copy
err-path-detail = { $path }: { $detail }

## Reading and editing an open project
err-store-read-only = the project is open read-only; use Save As to edit a copy
err-store-locked = the project file is locked by another process; try again in a moment
err-store-too-slow = the project file takes too long to read (over 10 s); it may hold an endless query
err-store-not-found = { $what } not found
err-store-exists = { $path } already exists; choose another name
err-store-sqlite = project file: { $detail }

## The team's server
err-team-connect = server { $server }: could not connect: { $detail }
err-team-read-only = read-only: { $detail }
err-team-server = server { $server }: { $detail }
err-team-conflicts = { $count } conflict(s); nothing was changed on the server or in the copy; choose a side with --prefer local|server

## Typed numbers, codes and units
err-number-empty = no number given
err-number-not-a-number = '{ $text }' is not a number
err-number-too-large = '{ $text }' is too large
err-fkko-length = '{ $text }' is not an FKKO code: it has { $digits } digits, an FKKO code has 11 (e.g. 4 71 101 01 52 1)
err-fkko-characters = '{ $text }' is not an FKKO code: only digits and spaces may be written (e.g. 4 71 101 01 52 1)
err-fkko-block = '{ $text }' is not an FKKO code: its first digit, the block, is 1 to 9
err-fkko-class = '{ $text }' is not the code of a kind of waste: its last digit, the hazard class, is { $class }; a kind of waste has class 1 to 5 (0 marks a heading of the catalogue)
err-unit-no-density = { $material } is measured in { $unit }, not { $from }, and the catalogue gives no density (t per m3) to convert it (add { $column } in materials.csv, or give the quantity in { $unit })
err-unit-no-energy = { $material } is measured in { $unit }, not { $from }, and the catalogue gives no energy content (MWh per t) to convert it (add { $column } in materials.csv, or give the quantity in { $unit })

## Problems in imported CSV files (each shown after its file:line:column)
err-csv-line-too-long = the line is longer than { $bytes } bytes; is this a CSV file? (rows are one line each)
err-csv-stopped = stopped after { $count } problems; correct these and run the import again
err-csv-unclosed-quote = a quote (") opens a field here and is never closed; close it, or double a quote inside a field ("")
err-csv-field-too-long = the field is longer than { $bytes } bytes
err-csv-unreadable-row = unreadable CSV row: { $detail }
err-csv-empty-file = the file is empty; it needs a header with { $columns }
err-csv-unknown-column = unknown column '{ $name }' (expected: { $known })
err-csv-column-twice = column '{ $name }' appears twice
err-csv-more-in-header = and { $count } more problems in the header
err-csv-missing-column = missing required column '{ $name }'
err-csv-row-width = row has { $fields } fields but the header has { $width }
err-csv-ambiguous-comma = { $name } '{ $text }' is ambiguous in a comma-separated file; use a point as decimal mark
err-csv-not-a-number = { $name } '{ $text }' is not a number
err-csv-implausible-year = { $name } { $year } is not a plausible year (1800..2200)
err-csv-not-a-year = { $name } '{ $text }' is not a year
err-csv-not-yes-no = { $name } '{ $text }' is not yes/no (use true or false)
err-csv-required = { $name } is required
err-csv-unknown-value = unknown { $what } '{ $text }' (expected one of: { $expected })
err-csv-duplicate-firm = duplicate firm id '{ $id }' (first on line { $line })
err-csv-coordinate-outside = { $name } { $value } is outside -{ $limit }..{ $limit }
err-csv-unknown-nace = unknown NACE Rev.2 code '{ $code }'
err-csv-unknown-firm = unknown firm id '{ $id }' (not in the firms file)
err-csv-unknown-material = unknown material '{ $id }' (add it in materials.csv or use a catalogue id)
err-csv-unit-mismatch-density = unit mismatch: { $material } is measured in { $unit }, not { $from }, and the catalogue gives no density (t per m3) to convert it (add { $column } in materials.csv, or give the quantity in { $unit })
err-csv-unit-mismatch-energy = unit mismatch: { $material } is measured in { $unit }, not { $from }, and the catalogue gives no energy content (MWh per t) to convert it (add { $column } in materials.csv, or give the quantity in { $unit })
err-csv-years-reversed = end year { $to } is before start year { $from }
err-csv-negative-quantity = negative quantity { $value }; quantities are per year and zero or more
err-csv-unknown-ewc = unknown EWC code '{ $code }' (European List of Waste, e.g. 10 01 05)
err-csv-not-negative = { $name } must not be negative
err-csv-not-positive = { $name } must be more than zero, not { $value }
err-csv-unknown-workshop = unknown workshop '{ $id }' (not in workshops.csv)
err-csv-ratio-positive = ratio must be positive, not { $value }
err-csv-employees = employees must be a whole number of zero or more, not { $text }
err-csv-needs-crs = { $x }/{ $y } need a CRS: add a 'crs' column (e.g. EPSG:3006) or import with --crs
err-csv-id-not-whole = id '{ $text }' is not a whole number from 1
err-csv-exchange-id-twice = exchange id { $id } is used twice
err-csv-same-firm-twice = an exchange needs two different firms, not '{ $id }' twice
err-csv-counterfactual-km = counterfactual_km must be 0 to 20000 km, not { $value }
err-csv-not-utf8 = the file is not UTF-8; save it as "CSV UTF-8" and try again
err-csv-not-a-date = { $name } '{ $text }' is not a date written YYYY-MM-DD (e.g. 2021-06-14)
err-csv-unknown-exchange = unknown exchange { $id } (the ids that `exchanges` and the app show, or the id column of exchanges.csv)
err-csv-exchange-id-not-whole = exchange_id '{ $text }' is not a whole number
err-csv-workshop-id-twice = workshop id '{ $id }' is used twice
err-csv-unknown-firm-in-csv = unknown firm '{ $id }' (not in firms.csv)
err-csv-reason-not-dropped = a reason is given only where the stage is dropped
err-csv-outside-range = { $name } { $value } is outside { $from }..{ $to }
err-csv-not-translated-key = '{ $key }' is not a translated key: description.<code> or tour_N.<code>, <code> one of { $codes }
err-csv-tour-step = tour step '{ $key }' needs a number from 1 (tour_1, tour_2, ...)
err-csv-kind-unit-material = unit mismatch: material is measured in { $canonical }, not { $unit }
err-csv-kind-unit-energy = unit mismatch: energy is measured in { $canonical }, not { $unit }
err-csv-kind-unit-water = unit mismatch: water is measured in { $canonical }, not { $unit }
err-csv-unknown-country = unknown country '{ $text }' (an ISO 3166 alpha-2 code of the map, e.g. { $codes })
err-csv-cell-control-name = the cell holds the control character { $code } (ids and names may hold no control characters)
err-csv-cell-control-free = the cell holds the control character { $code } (text may hold no control characters other than tab and line breaks)
err-range-not-usable = { $name } { $value } is not a number the app can use
err-range-negative = { $name } { $value } is negative; it must be zero or more (up to { $max })
err-csv-project-key = { $problem } (project keys: { $keys })
err-csv-in-material-unit = { $name } in the material's unit:
err-csv-two-positions = both lat/lon and { $x }/{ $y } columns: keep one pair, so that no position is read twice
err-csv-unknown-port = unknown port '{ $text }' (a port of the basemap, e.g. Kalundborg, Aalborg)
err-csv-unknown-language = unknown language '{ $code }'; the languages are { $codes }
err-csv-outcome-twice = exchange { $id } has a second outcome for { $year }; one row per exchange and year
err-param-not-a-number = { $key } must be a number
err-param-rate-not-positive = { $key } must be more than zero (units of the currency per EUR)
err-param-not-ets-flag = { $key } must be 1 (in the EU ETS) or 0
err-param-not-a-fraction = { $key } is a fraction (0.05 = 5 %), not { $value }
err-param-lifetime = { $key } must be 1 to 200 years, not { $value }
err-param-circuity = { $key } must be at least 1 (a route is never shorter than the straight line)
err-param-negative = { $key } must not be negative
err-param-unknown-currency = unknown currency '{ $code }' in '{ $key }' (expected one of: { $expected })
err-param-country-key = unknown parameter '{ $key }' (country keys look like country.DK.grid_ef)
err-param-unknown-country = unknown country '{ $code }' in '{ $key }' (expected one of: { $expected })
err-param-country-field = unknown parameter '{ $key }' (a country has grid_ef, heat_ef, landfill_cost and in_ets)
err-param-unknown = unknown parameter '{ $key }'
err-param-mode = { $detail }
err-param-unknown-mode = unknown transport mode in '{ $key }'
err-crs-unknown = unknown CRS '{ $text }' (expected one of: { $known })
err-crs-unsupported = unsupported CRS EPSG:{ $epsg } (supported: { $known })
err-crs-not-numbers = coordinates must be numbers
err-crs-from-grid = cannot transform from { $code }: { $detail }
err-crs-to-grid = cannot transform to { $code }: { $detail }
err-crs-outside = easting { $easting } / northing { $northing } in { $code } ({ $name }) lies outside the Baltic region (lat { $lat }, lon { $lon }); is this the right grid?
err-crs-outside-swapped = easting { $easting } / northing { $northing } in { $code } ({ $name }) lies outside the Baltic region (lat { $lat }, lon { $lon }); easting and northing look swapped
err-crs-no-position = lat { $lat }, lon { $lon } has no position in { $code }

## Notes on imported values
note-text = note: { $text }
converted = { $quantity } { $from } converted to { $converted } { $unit } for { $material }
converted-energy = { $quantity } { $from } converted to { $converted } { $unit } for { $material } using { $factor } MWh per t ({ $source })
converted-density = { $quantity } { $from } converted to { $converted } { $unit } for { $material } using { $factor } t per m3 ({ $source })
note-no-country = note: firm '{ $id }' lies in no country of the map (nor within { $km } km of one): give its country in a 'country' column; country parameters do not apply to it
note-stage-wins = note: exchange { $id } has status { $status } but its latest stage is { $stage } ({ $date }): the stage wins, status { $wins }
overfill-flow = flow { $flow } is over-filled by { $excess }
overfill-supply = { $firm }'s { $material } supply (flow { $flow }) is over-drawn by { $excess } { $unit }
overfill-demand = { $firm }'s { $material } demand (flow { $flow }) is over-filled by { $excess } { $unit }
overfill-exchange = exchange { $id } ({ $from } -> { $to } { $material }): { $text }

## What an edit did (the status bar after an edit, an undo or a redo)
edit-add-firm = add firm { $name }
edit-edit-firm = edit firm { $name }
edit-delete-firm = delete firm { $name }
edit-add-supply = add flow { $firm } supply { $material }
edit-add-demand = add flow { $firm } demand { $material }
edit-edit-flow = edit flow { $id }
edit-delete-supply = delete flow { $firm } supply { $material }
edit-delete-demand = delete flow { $firm } demand { $material }
edit-add-pasted-flows = add { $count } pasted flows
edit-edit-flows = edit { $count } flows
edit-delete-flows = delete { $count } flows
edit-add-exchange = add exchange { $from } -> { $to } { $material }
edit-edit-exchange = edit exchange { $from } -> { $to } ({ $status })
edit-delete-exchange = delete exchange { $from } -> { $to }
edit-import = import of { $firms } firms, { $flows } flows, { $exchanges } exchanges
edit-project-settings = project settings of { $name }
edit-record-stage = exchange { $from } -> { $to }: { $stage } on { $date }
edit-set-parameter = parameter { $key } = { $value }
edit-add-contact = add contact { $name } at { $firm }
edit-edit-contact = edit contact { $name } at { $firm }
edit-outcome = outcome of exchange { $id } in { $year }
edit-remove-outcome = remove the outcome of exchange { $id } in { $year }
edit-workshop = workshop { $id } on { $date }
edit-remove-workshop = remove workshop { $id }
edit-erase-contact = removed contact { $id } at { $firm } completely (not undoable)
