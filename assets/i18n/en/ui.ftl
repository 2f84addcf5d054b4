# Symbiosis Explorer: the desktop app's own words, English (the reference language).
# Every other language's ui.ftl has exactly these keys.

## command.rs

ui-matching-cancelled = Matching cancelled
ui-optimisation-cancelled = Optimisation cancelled
ui-layout-reset = Layout reset
ui-undone = Undone
ui-could-not-undo = Could not undo
ui-nothing-to-undo = Nothing to undo
ui-redone = Redone
ui-could-not-redo = Could not redo
ui-nothing-to-redo = Nothing to redo
ui-the-open-project-is-not-an = The open project is not an offline copy of a server project (File > Team server > Check out)
ui-type-a-path-for-save-as = Type a path for Save As (for example /home/me/park.gpkg)
ui-save-as-needs-a-different-file = Save As needs a different file name
ui-type-a-path-for-the-new = Type a path for the new project (for example /home/me/park.gpkg)
ui-not-saved = Not saved: { $error }
ui-undo-history-cleared = { $what }; the undo history was cleared
ui-not-removed = Not removed: { $error }
ui-opening = Opening { $path }…
ui-choose-another-file = { $error }. Choose another file (File > Open).
ui-saving-as = Saving as { $path }…
ui-save-as-failed = Save As failed: { $error }
ui-saved-a-copy = Saved a copy of { $from } as { $path }
ui-saved-as = Saved as { $path }; edits now go there
ui-could-not-create = Could not create { $path }: { $error }
ui-proposed = Proposed: { $material } { $from } -> { $to }

## dock.rs

ui-map = Map
ui-about-tour = About & tour
ui-firms = Firms
ui-flows = Flows
ui-settings = Settings
ui-all-flows = All flows
ui-candidates = Candidates
ui-exchanges = Exchanges
ui-charts = Charts
ui-flow-diagram = Flow diagram
ui-workshops = Workshops

## map/mod.rs

ui-no-cache-folder = no cache folder
ui-quantity-unknown = quantity unknown
ui-years-unknown = years unknown
ui-hover-firm =
    NACE { $nace } · { $flows ->
    [one] { $flows } flow
   *[other] { $flows } flows
    }
ui-per-year = { $quantity } { $unit }/yr
ui-since-year = since { $year }
ui-hover-candidate =
    Candidate: { $from } -> { $to }
    { $material } { $quantity } { $unit }/yr · { $km } km
    CO₂ { $co2 } t/yr · benefit { $benefit }
ui-choose-mbtiles = { $error }. Choose an .mbtiles raster file.
ui-online-tiles-on = Online OpenStreetMap tiles on; areas viewed are cached in { $cache }
ui-basemap-named = Basemap: { $name }

## map/overlay.rs

ui-zoom-in = Zoom in
ui-zoom-out = Zoom out
ui-fit = Fit
ui-zoom-to-project = Zoom to project
ui-legend = Legend
ui-energy = Energy
ui-water = Water
ui-materials = Materials
ui-solid-realised-dashed-proposed-agreed-faded = solid realised · dashed proposed/agreed · faded ended
ui-candidate = Candidate
ui-credits-online = Map data © OpenStreetMap contributors (ODbL), online tiles · { $basemap } · Towns: GeoNames (CC BY 4.0)
ui-credits-mbtiles = Basemap: { $name } { $attribution } · { $basemap } · Towns: GeoNames (CC BY 4.0)
ui-credits = { $basemap } · Towns: GeoNames (CC BY 4.0)
ui-matching-progress = Matching { $done }/{ $total } supply flows

## map/timeline.rs

ui-timeline = Timeline
ui-pause = Pause
ui-play = Play
ui-timeline-year =
    { $year }: { $running ->
    [one] { $running } exchange running
   *[other] { $running } exchanges running
    }; known quantities { $totals } per year
ui-timeline-new = New: { $from } -> { $to }: { $material }
ui-timeline-ended = Ended: { $from } -> { $to }: { $material }

## menu.rs

ui-file = File
ui-open-or-save-as-a-path = Open or Save As a path:
ui-open = Open
ui-save-as = Save As
ui-new = New
ui-browse = Browse…
ui-check-out-from-server = Check out from server…
ui-check-in = Check in
ui-open-an-offline-copy-checked-out = Open an offline copy checked out by a role that may edit
ui-refresh-from-server = Refresh from server
ui-open-an-offline-copy-of-a = Open an offline copy of a server project
ui-merge-two-copies = Merge two copies…
ui-recent-projects = Recent projects
ui-samples = Samples
ui-import-csv = Import CSV…
ui-export = Export…
ui-edit = Edit
ui-undo-ctrl-z = Undo  (Ctrl+Z)
ui-redo-ctrl-shift-z = Redo  (Ctrl+Shift+Z)
ui-view = View
ui-quick-entry-ctrl-e = Quick entry (Ctrl+E)
ui-present-f11 = Present (F11)
ui-presenter-view = Presenter view
ui-the-projector-shows-the-clean-view = The projector shows the clean view in a second window (drag it to the projector's display); this window keeps the controls
ui-sample-working-copy = sample (working copy)
ui-firm-labels = Firm labels
ui-towns = Towns
ui-candidates-shown = candidates shown
ui-panes = Panes
ui-reset-layout = Reset layout
ui-the-default-arrangement-of-map-panes = The default arrangement of map, panes and tables
ui-language = Language
ui-the-language-of-the-report-the = The language of the app, the report, the map image and material names
ui-basemap = Basemap
ui-built-in-offline-basemap = Built-in offline basemap
ui-openstreetmap-online = OpenStreetMap (online)
ui-downloads-map-tiles-from-openstreetmap-while = Downloads map tiles from OpenStreetMap while on; every area viewed is kept in a disk cache and stays available offline. Off by default: the app makes no request until you turn this on.
ui-path-to-an-mbtiles-file = path to an .mbtiles file
ui-use-mbtiles = Use MBTiles
ui-open-sample = Open the { $sample } sample
ui-read-only = read-only

## panels/all_flows.rs

ui-firm = Firm
ui-direction = Direction
ui-material = Material
ui-quantity = Quantity
ui-role = Role
ui-years = Years
ui-confidential = Confidential
ui-id = Id
ui-source = Source
ui-paste-rows-from-a-spreadsheet = Paste rows from a spreadsheet
ui-filter = Filter
ui-firm-material-direction-or-source = firm, material, direction or source
ui-select-shown = Select shown
ui-clear-selection = Clear selection
ui-mark-confidential = Mark confidential
ui-unmark-confidential = Unmark confidential
ui-source-for-the-selected = source for the selected
ui-set-source = Set source
ui-delete-selected = Delete selected
ui-tab-separated-rows-in-the-flows = Tab-separated rows in the flows.csv column order (firm_id, direction, material, quantity, unit, ...), or with that header line. Checked like a CSV import.
ui-paste-rows-here = paste rows here
ui-entered-at-the-workshop = Entered at the workshop
ui-check-and-add-pasted-rows = Check and add pasted rows
ui-nothing-to-add-paste-rows-first = Nothing to add: paste rows first
ui-select-flow = select flow { $id }
ui-showing-flows = showing { $shown } of { $total } flows; filter to narrow
ui-n-selected = { $count } selected
ui-added-pasted-flows =
    { $count ->
    [one] Added { $count } pasted flow (Ctrl+Z undoes)
   *[other] Added { $count } pasted flows (Ctrl+Z undoes)
    }
ui-yes = yes
ui-ewc = EWC

## panels/candidates.rs

ui-cancel-matching = Cancel matching
ui-run-matching = Run matching
ui-greenfield-ignore-existing-exchanges = greenfield (ignore existing exchanges)
ui-cancel-optimising = Cancel optimising
ui-optimise = Optimise
ui-the-allocation-with-the-largest-total = The allocation with the largest total net benefit (exact LP); shown on the map
ui-include-products = include products
ui-also-offer-flows-whose-role-is = Also offer flows whose role is product (what a firm exists to sell): they are product sales and earn no credit
ui-optimal-allocation = Optimal allocation
ui-why-not-explain-any-pair-of = Why not? Explain any pair of flows
ui-supply-flow-id = supply flow id
ui-demand-flow-id = demand flow id
ui-why-not = Why not?
ui-no-candidates-yet-press-run-matching = No candidates yet: press Run matching.
ui-firm-or-material = firm or material
ui-sort-by = Sort by
ui-from-to = From -> to
ui-quantity-per-year = Quantity per year
ui-distance = Distance
ui-co2-t-yr = CO₂ t/yr
ui-score = Score
ui-transport = Transport
ui-propose = Propose
ui-turn-this-candidate-into-a-proposed = Turn this candidate into a proposed exchange
ui-why-this-candidate-every-term-and = Why this candidate: every term and its source
ui-best-allocation-within = Best allocation found in the time limit (within { $gap } % of the optimum)
ui-allocation-summary = { $what }: { $count } exchanges, { $co2 } t CO₂/yr avoided, net benefit { $benefit } { $currency }/yr (shown on the map)
ui-not-a-flow-id = '{ $text }' is not a flow id (see the All flows table)
ui-benefit-per-year = Benefit { $currency }/yr
ui-sort-score = score
ui-sort-co2 = CO₂
ui-sort-benefit = benefit
ui-sort-distance = distance
ui-sort-quantity = quantity

## panels/charts.rs

ui-co2-per-exchange-modelled-t-yr = CO₂ per exchange: modelled (t/yr) beside reported (t CO₂e), never added together
ui-not-running-in-the-year-shown = not running in the year shown
ui-not-verified = not verified
ui-modelled-co2-avoided-t-yr = modelled CO₂ avoided, t/yr
ui-reported-co2-t = reported CO₂, t
ui-of-it-verified = of it verified
ui-scenarios-existing-existing-proposed-optimal = Scenarios: existing, existing + proposed, optimal
ui-compare-scenarios = Compare scenarios
ui-runs-matching-and-the-optimal-allocation = Runs matching and the optimal allocation in the background (bounded to 20 s)
ui-link-density-l-s = link density L/S
ui-co2-avoided-t-yr = CO₂ avoided, t/yr
ui-net-benefit-yr = net benefit /yr
ui-co2-avoided-kt-yr = CO₂ avoided, kt/yr
ui-net-benefit-m-yr = Net benefit, M/yr
ui-exchanged-quantity-by-year-known-quantities = Exchanged quantity by year (known quantities)
ui-quantity-per-year-outputs-up-inputs = quantity per year (outputs up, inputs down)
ui-select-a-firm-to-see-its = Select a firm to see its inputs and outputs.
ui-t-per-year = { $value } t/yr
ui-verified-lower = verified
ui-outcome-chart-line = { $exchange }: modelled { $modelled }, reported { $reported } t in { $year } ({ $verified })
ui-by-material = Existing exchanges by material: avoided CO₂ (t/yr) and net benefit (k per yr)
ui-by-material-in = Existing exchanges in { $year } by material: avoided CO₂ (t/yr) and net benefit (k per yr)
ui-net-benefit-k = Net benefit, k{ $currency }/yr
ui-thousand-unit-per-year = thousand { $unit }/yr
ui-firm-inputs-outputs = { $firm }: inputs (wants) and outputs (has)

## panels/contacts.rs

ui-a-contact-needs-a-name = a contact needs a name
ui-personal-data-never-shown-in-presentation = Personal data: never shown in presentation mode, the report, the map image or exports (CSV only with “include personal data”).
ui-no-consent-recorded = no consent recorded
ui-remove-this-person = Remove this person…
ui-remove-completely = Remove completely
ui-keep = Keep
ui-edit-contact = Edit contact
ui-add-a-contact = Add a contact
ui-name = Name
ui-full-name = full name
ui-e-g-energy-manager = e.g. energy manager
ui-email = Email
ui-phone = Phone
ui-consent-date = Consent date
ui-consent-basis = Consent basis
ui-e-g-agreed-at-the-workshop = e.g. agreed at the workshop
ui-save-contact = Save contact
ui-add-contact = Add contact
ui-cancel = Cancel
ui-consent-date-bad = consent date '{ $date }' is not a date written YYYY-MM-DD
ui-contacts-count = Contacts ({ $count })
ui-consent-on = consent { $date }
ui-consent-basis-only = consent: { $basis }
ui-remove-person-warning = Remove { $name } completely? The row goes, the name, email and phone are replaced by “{ $placeholder }” wherever the project's texts mention them, and the file is cleaned of every copy. This cannot be undone, and it clears the undo history.

## panels/diagram.rs

ui-energy-mwh = energy (MWh)
ui-materials-t = materials (t)
ui-water-m3 = water (m3)
ui-no-exchanges-with-known-quantities-in = No exchanges with known quantities in this unit
ui-only-firm = only { $firm }

## panels/exchanges.rs

ui-firm-material-or-status = firm, material or status
ui-no-due-date = no due date
ui-from-to-material = From -> to: material
ui-status = Status
ui-evaluation-every-term-and-its-source = Evaluation: every term and its source
ui-no-evaluation-the-flows-behind-this = No evaluation: the flows behind this exchange are not in the project (add a supply flow at the sender and a demand flow at the receiver)
ui-exchanges-count =
    { $count ->
    [one] { $count } exchange
   *[other] { $count } exchanges
    }
ui-my-actions = My actions: { $open } open, { $overdue } overdue
ui-due-date = due { $date }
ui-overdue = { $action } (overdue)
ui-until-year = until { $year }
ui-year-to = to
ui-year-open = open
ui-source-is = Source: { $source }
ui-exchange-figures = { $quantity } { $unit } per year: { $co2 } t CO₂ avoided, { $benefit } { $currency } net benefit

## panels/firms.rs

ui-no-project-open-use-file-open = No project open. Use File > Open.
ui-search = Search
ui-name-nace-or-material = name, NACE or material
ui-move-firms-by-dragging-them-on = Move firms by dragging them on the map (right-drag pans)
ui-select-a-firm-in-the-list = Select a firm in the list or on the map to edit it.
ui-click-an-empty-spot-on-the = Click an empty spot on the map and press the button below to add a firm there.
ui-latitude = Latitude
ui-longitude = Longitude
ui-search-nace-by-code-or-words = search NACE by code or words
ui-country = Country
ui-its-grid-district-heat-and-landfill = Its grid, district-heat and landfill figures apply to this firm's exchanges
ui-eu-ets = EU ETS
ui-an-eu-ets-installation = an EU ETS installation
ui-fuel-it-stops-burning-on-its = Fuel it stops burning on its own site saves allowances at the carbon price
ui-notes = Notes
ui-show-flows = Show flows
ui-delete-this-firm-with-its-flows = Delete this firm with its flows, exchanges and contacts?
ui-yes-delete = Yes, delete
ui-delete-firm = Delete firm…
ui-firms-shown = { $shown } of { $total } firms
ui-add-firm-at = Add a firm at { $lat }, { $lon }
ui-use-country = use { $code } (from the position)
ui-country-none = none

## panels/flow_form.rs

ui-edit-the-flow = Edit the flow
ui-add-a-flow = Add a flow
ui-find-a-name-or-word-in = find: a name or word in any language
ui-search-ewc-code-or-words = search EWC code or words
ui-russian-waste-code-11-digits-the = Russian waste code (ФККО): 11 digits, the last is the hazard class (1-4 hazardous)
ui-flags = Flags
ui-accepts-hazardous = accepts hazardous
ui-waste-by-product-surplus-energy-or = Waste, by-product, surplus energy or water: an exchange avoids its disposal
ui-what-the-firm-exists-to-sell = What the firm exists to sell: a sale is trade, not symbiosis, and earns no credit
ui-save-changes = Save changes
ui-add-flow = Add flow
ui-quantity-must-be-zero-or-more = Quantity must be zero or more
ui-unit-converted = { $unit }/yr (converted to { $to })
ui-hazard-class = hazard class { $class }
ui-saved-note = Saved: { $note }
ui-unknown-material = Unknown material '{ $material }'
ui-quantity-bad = Quantity: { $error }; type for example 1500
ui-not-a-year-range = '{ $text }' is not a year ({ $from }..{ $to })
ui-years-reversed = Available from { $from } is after available to { $to }
ui-eg = e.g. { $example }
ui-hint-from = from
ui-hint-to = to
ui-fkko = FKKO

## panels/flows.rs

ui-select-a-firm-firms-tab-or = Select a firm (Firms tab or the map) to see what it has and wants.
ui-has-supply = Has (supply)
ui-wants-demand = Wants (demand)
ui-edit-flow = Edit flow
ui-load-this-flow-into-the-form = Load this flow into the form below
ui-delete = Delete
ui-delete-this-flow-ctrl-z-undoes = Delete this flow (Ctrl+Z undoes)
ui-flows-of = Flows of { $firm }
ui-from-year = from { $year }
ui-confidential-tag = confidential

## panels/mod.rs

ui-not-running-in-the-year-shown-2 = Not running in the year shown: evaluated as if added after every running exchange.
ui-counterfactual = Counterfactual: { $text }
ui-evaluated-at-flows = { $exchange }: evaluated at what the flows allow

## panels/pipeline.rs

ui-landfill-diversion-t = Landfill diversion (t)
ui-co2-t-co2e = CO₂ (t CO₂e)
ui-jobs-created = Jobs created
ui-jobs-safeguarded = Jobs safeguarded
ui-water-saved-m3 = Water saved (m3)
ui-virgin-material-saved-t = Virgin material saved (t)
ui-type-at-least-one-reported-figure = type at least one reported figure
ui-pipeline = Pipeline
ui-stage = Stage
ui-because = Because
ui-date = Date
ui-by = By
ui-note = Note
ui-what-happened = what happened
ui-next-action = Next action
ui-what-is-to-be-done-next = what is to be done next
ui-owner = Owner
ui-who-takes-it = who takes it
ui-due = Due
ui-record-stage = Record stage
ui-reported-outcomes-beside-the-modelled-figures = Reported outcomes (beside the modelled figures, never added to them)
ui-none-reported-yet = None reported yet.
ui-remove = Remove
ui-report-an-outcome = Report an outcome
ui-year = Year
ui-not-reported = not reported
ui-evidence = Evidence
ui-a-text-or-a-document-path = a text or a document path
ui-verified = Verified
ui-checked-against-evidence = checked against evidence
ui-save-outcome = Save outcome
ui-cost-savings = Cost savings ({ $currency })
ui-additional-sales = Additional sales ({ $currency })
ui-private-investment = Private investment ({ $currency })
ui-not-a-year = year '{ $text }' is not a year
ui-figure-not-a-number = { $figure } '{ $text }' is not a number of 0 or more
ui-modelled-co2 = modelled { $value } t CO₂ per year
ui-reported-figures = reported { $figures }
ui-no-stage = none
ui-no-stage-yet-implied = No stage recorded yet (its status stands for: { $stage })
ui-next-action-is = Next: { $action }
ui-hint-who = who
ui-exchange-not-in-project = exchange { $id } is not in the project
ui-evidence-is = evidence: { $evidence }

## panels/settings.rs

ui-evaluation = Evaluation
ui-evaluation-year = Evaluation year
ui-unticked-the-park-is-evaluated-as = Unticked: the park is evaluated as it stands this year
ui-currency = Currency
ui-every-money-figure-is-shown-in = Every money figure is shown in it; catalogue and parameter values (EUR) are converted at fx.CODE
ui-evaluation-parameters = Evaluation parameters
ui-each-value-with-its-source-an = Each value with its source; an edited value is saved (one undo step) with the source "edited in Symbiosis Explorer". Money parameters are in EUR.
ui-this-year-is = this year ({ $year })
ui-per-eur = { $rate } per EUR
ui-max-km = max { $km } km
ui-material-factors = EF virgin { $virgin } · disposal { $disposal }
ui-material-factors-sources =
    EF virgin: { $virgin }
    EF disposal: { $disposal }
    price { $price } EUR: { $price_source }
    disposal { $cost } EUR ({ $route }): { $cost_source }
ui-year-fixed = fixed

## panels/tour.rs

ui-illustrative-sample-flows-whose-source-says = Illustrative sample: flows whose source says 'illustrative' are invented for the exercise.
ui-this-year = this year
ui-guided-tour = Guided tour
ui-back = Back
ui-next = Next
ui-would-the-matcher-have-found-this = Would the matcher have found this park?
ui-greenfield-matching-existing-exchanges-ignored-compared = Greenfield matching (existing exchanges ignored), compared with the documented exchanges
ui-tour-computed-here = Computed here for the { $count } existing exchanges in { $year }: { $co2 } t CO₂ avoided per year; { $tonnes } t materials, { $mwh } MWh energy and { $m3 } m³ water exchanged per year (each exchange's share of one allocation to its flows; known or flow-based quantities, simple emission factors)
ui-step-of = step { $step } of { $total }

## panels/workshops.rs

ui-a-workshop-needs-an-id-e = a workshop needs an id (e.g. kalundborg-2021-05)
ui-1-workshop = 1 workshop
ui-programme-report = Programme report…
ui-file-export-the-programme-report-as = File > Export: the programme report as HTML or CSV
ui-workshop = Workshop
ui-venue = Venue
ui-facilitator = Facilitator
ui-programme = Programme
ui-new-workshop = New workshop
ui-e-g-kalundborg-2021-05 = e.g. kalundborg-2021-05
ui-who-leads-it = who leads it
ui-e-g-bis-interreg-2019-2021 = e.g. BIS Interreg 2019-2021
ui-agenda-remarks = agenda, remarks
ui-add-workshop = Add workshop
ui-enter-haves-and-wants-at-this = Enter haves and wants at this workshop (quick entry)
ui-not-an-attendee = not an attendee
ui-add-an-attending-firm-a-few = add an attending firm: a few letters
ui-leads-not-matched-yet = Leads: not matched yet
ui-no-stage-recorded-yet = no stage recorded yet
ui-hint-where = where
ui-stage-on = { $stage } on { $date }
ui-workshop-exists = workshop '{ $id }' exists already
ui-date-bad = date '{ $date }' is not a date written YYYY-MM-DD
ui-workshops-count =
    { $count ->
    [one] { $count } workshop
   *[other] { $count } workshops
    }
ui-attendees =
    Attendees ({ $count ->
    [one] { $count } firm
   *[other] { $count } firms
    })
ui-produced = Produced: { $count } haves and wants entered
ui-leads =
    Leads: { $count ->
    [one] { $count } candidate
   *[other] { $count } candidates
    } from its entries
ui-lead-line = { $from } -> { $to }: { $material } ({ $co2 } t CO₂ per year)
ui-synergies-from-it = Synergies from it: { $count }
ui-reached-since = Reached since { $date }: { $stages }

## presentation.rs

ui-firms-linked = firms linked
ui-materials-per-year = materials per year
ui-co2-avoided-per-year = CO₂ avoided per year
ui-exit-presentation-f11 = Exit presentation (F11)
ui-anonymise-firms = Anonymise firms
ui-in-year = in { $year }
ui-headline-exchanges = exchanges
ui-second-language = Second language
ui-second-language-none = none

## quick_entry.rs

ui-type-has-or-wants = type has or wants
ui-quantity-not-a-number = quantity '{ $text }' is not a number
ui-no-firm-called = no firm called '{ $name }'
ui-no-material-called = no material called '{ $name }'

## tasks.rs

ui-save-as-stopped-without-a-result = Save As stopped without a result
ui-opening-the-project-stopped-without-a = Opening the project stopped without a result
ui-export-failed-it-stopped-without-a = Export failed: it stopped without a result
ui-rediscovery-found = Greenfield matching found { $found } of the { $documented } documented exchanges, each in a year in which it ran (10 candidates per supply flow).
ui-rediscovery-products =
    { $count ->
    [one] { $count } product sale (what a firm exists to sell) is not a symbiosis candidate and is left out.
   *[other] { $count } product sales (what a firm exists to sell) are not symbiosis candidates and are left out.
    }
ui-rediscovery-not-found = Not found: { $missed }.
ui-result-dropped = { $job }: result dropped, the project changed while it ran; run it again
ui-matching-found =
    { $count ->
    [one] Matching found { $count } candidate
   *[other] Matching found { $count } candidates
    }
ui-best-allocation-found = Best allocation found in the time limit: { $count } exchanges, within { $gap } % of the optimum
ui-optimal-allocation-count = Optimal allocation: { $count } exchanges
ui-optimisation-stopped = Optimisation stopped: { $error }
ui-scenarios-stopped = Scenario comparison stopped: { $error }
ui-export-failed = Export failed: { $error }

## windows/export.rs

ui-export-2 = Export
ui-folder = Folder
ui-include-confidential-flows-left-out-by = Include confidential flows (left out by default)
ui-csv-the-import-formats = CSV (the import formats)
ui-lat-lon-wgs-84 = lat/lon (WGS 84)
ui-geojson-firms-exchanges-candidates-lon-lat = GeoJSON (firms, exchanges, candidates; lon/lat)
ui-html-report-one-self-contained-file = HTML report (one self-contained file)
ui-map-image-png-of-the-current = Map image (PNG) of the current view
ui-the-map-image-has-a-legend = The map image has a legend, a scale bar and the basemap credits; it shows the year of the timeline.
ui-programme-report-of = Programme report of
ui-all-synergies = all synergies
ui-programme-report-html = Programme report (HTML)
ui-programme-report-csv = Programme report (CSV)
ui-type-the-folder-to-export-into = Type the folder to export into
ui-wrote = Wrote { $files }
ui-confidential-left-out =
    { $count ->
    [one] { $count } confidential flow left out
   *[other] { $count } confidential flows left out
    }
ui-xy-in = x/y in { $code } { $name }
ui-export-cards = Have/want cards (PDF, A4: a sheet per firm, then { $blank } blank cards)
ui-exporting-into = Exporting into { $dir } …

## windows/import.rs

ui-choose-a-firms-csv-and-a = Choose a firms.csv and a flows.csv
ui-checking-the-files-stopped-without-a = Checking the files stopped without a result
ui-import-csv-2 = Import CSV
ui-files-in-the-csv-formats-of = Files in the CSV formats of the README (firms.csv and flows.csv are needed). Firms already in the project are updated by id; flows and exchanges are added.
ui-path-to-firms-csv = path to firms.csv
ui-path-to-flows-csv = path to flows.csv
ui-coordinates = Coordinates
ui-lat-lon-or-x-y-with = lat/lon, or x/y with a crs column
ui-check-files = Check files
ui-leave-out = (leave out)
ui-optional = optional
ui-import-counts = Import { $firms } firms, { $flows } flows, { $exchanges } exchanges
ui-column-mapping = Column mapping for { $file } (columns not in the format)
ui-import-problems =
    { $count ->
    [one] { $count } problem; nothing was imported. Fix it in the files (or map the columns) and check again:
   *[other] { $count } problems; nothing was imported. Fix them in the files (or map the columns) and check again:
    }
ui-imported-counts = Imported { $firms } firms, { $flows } flows, { $exchanges } exchanges (Ctrl+Z undoes)

## windows/quick.rs

ui-quick-have-want-entry = Quick have/want entry
ui-type-tab-to-the-next-field = Type, Tab to the next field, Enter to add. A few letters of a firm or material are enough.
ui-firm-name-or-id = firm name or id
ui-has-or-wants = Has or wants
ui-has-wants = has / wants
ui-material-name-or-id = material name or id
ui-rough-figure = rough figure
ui-add-enter = Add (Enter)
ui-discard = Discard
ui-entries-to-review = { $count } workshop entries to review

## windows/team.rs

ui-open-an-offline-copy-first-file = Open an offline copy first (File > Team server > Check out)
ui-the-server-job-stopped-without-a = The server job stopped without a result
ui-team-server = Team server
ui-this-copy = This copy
ui-send-this-copys-changes-since-it = Send this copy's changes since it was checked out, merged with the server's, in one transaction
ui-refresh = Refresh
ui-take-the-servers-changes-into-this = Take the server's changes into this copy without sending any
ui-read-only-this-role-may-view = Read-only: this role may view the server project, not change it.
ui-the-open-project-is-not-an-2 = The open project is not an offline copy of a server project.
ui-check-out-from-server-2 = Check out from server
ui-server = Server
ui-project-schema = Project (schema)
ui-area-w-s-e-n = Area W,S,E,N
ui-empty-the-whole-project = empty: the whole project
ui-offline-copy = Offline copy
ui-the-password-comes-from-pgpassword-or = The password comes from PGPASSWORD or ~/.pgpass; it is never stored in the copy.
ui-check-out = Check out
ui-give-the-project-schema-and-a = Give the project (schema) and a path for the offline copy
ui-merge-two-copies-no-server = Merge two copies (no server)
ui-base = Base
ui-the-copy-both-started-from-gpkg = the copy both started from (.gpkg)
ui-mine = Mine
ui-your-copy-gpkg = your copy (.gpkg)
ui-theirs = Theirs
ui-the-other-copy-gpkg = the other copy (.gpkg)
ui-merged = Merged
ui-the-file-to-write-gpkg = the file to write (.gpkg)
ui-merge = Merge
ui-give-all-four-files-base-mine = Give all four files: base, mine, theirs and the merged one to write
ui-working-with-the-server = Working with the server…
ui-row = Row
ui-field = Field
ui-mine-for-all = Mine for all
ui-theirs-for-all = Theirs for all
ui-this-copys-values-for-all = This copy's values for all
ui-the-servers-values-for-all = The server's values for all
ui-merge-with-these-choices = Merge with these choices
ui-check-in-with-these-choices = Check in with these choices
ui-refresh-with-these-choices = Refresh with these choices
ui-checked-out = Checked out { $schema } (revision { $revision }): { $firms } firms, { $flows } flows, { $exchanges } exchanges
ui-role-view-only = read-only: this role may only view it
ui-refreshed = Refreshed: { $count } change(s) from the server; server revision { $revision }
ui-checked-in = Checked in: { $sent } row(s) sent, { $received } received; server revision { $revision }
ui-conflicts-decided = { $count } conflict(s) decided
ui-checkin-conflicts = { $count } conflict(s): the same field was changed here and on the server. Nothing was changed; choose a side for each below
ui-merge-conflicts = { $count } conflict(s); nothing was written. Choose a side for each below
ui-merged-into = Merged into { $path }: { $mine } change(s) from mine, { $theirs } from theirs
ui-nothing-written = { $error }; nothing was written
ui-sync-line = copy of { $schema } on { $server }, revision { $revision }, synced { $at }
ui-one-area = one area
ui-conflicts-count = Conflicts ({ $count })
ui-conflicts-open = { $count } conflict(s) still need a side

## app.rs

ui-basemap-fallback = { $error } The built-in basemap is used instead.
ui-not-a-project-or-csv = { $path } is neither a project (.gpkg) nor a CSV file

## recent.rs

ui-opened-working-copy = a working copy: the sample itself stays as shipped; use Save As to keep your changes
ui-opened-read-only-role = read-only: your role on the team server may only view this project
ui-opened-read-only = read-only: use Save As to edit a copy
ui-opened-redrawn =
    { $count ->
    [one] { $count } exchange line redrawn to firms moved in another program (QGIS?)
   *[other] { $count } exchange lines redrawn to firms moved in another program (QGIS?)
    }
ui-opened-overfilled-one = { $exchange }: evaluated at what the flows allow
ui-opened-overfilled =
    { $count ->
    [one] { $count } exchange states more than its flows allow (see the Exchanges tab)
   *[other] { $count } exchanges state more than their flows allow (see the Exchanges tab)
    }
ui-opened = Opened { $path }
ui-could-not-copy-sample = Could not copy the sample { $path }: { $error }

## jobs.rs (work in the background; a label is a message key)

job-checking-files = Checking the files
job-evaluation = Evaluation
job-explanation = Explanation
job-export = Export
job-existing-figures = Figures of the existing exchanges
job-matching = Matching
job-opening = Opening
job-optimisation = Optimisation
job-presentation = Presentation
job-rediscovery = Rediscovery
job-save-as = Save As
job-scenario-comparison = Scenario comparison
job-team-server = Team server

## words.rs (the project's enumerations)

stage-identified = identified
stage-contacted = contacted
stage-met = met
stage-feasibility = feasibility study
stage-agreed = agreed
stage-implemented = implemented
stage-completed = completed
stage-dropped = dropped
reason-technical = technical
reason-economic = economic
reason-regulatory = regulatory
reason-quality = quality
reason-no_interest = no interest
reason-other = other
direction-supply = has
direction-demand = wants
role-residue = residue
role-product = product
transport-road = road
transport-articulated = articulated truck
transport-rail = rail
transport-ship = ship
transport-pipeline = pipeline
transport-grid = grid
ui-unit-kt = kt
