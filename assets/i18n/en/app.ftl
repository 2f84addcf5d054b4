# Symbiosis Explorer: English, the reference language. Every other file has exactly these keys.
# Numbers given to a message are written with the language's separators by the app.

## Words used across the app

status-candidate = candidate
status-proposed = proposed
status-agreed = agreed
status-realised = realised
status-rejected = rejected
status-ended = ended
scenario-existing = Existing
scenario-existing-plus-proposed = Existing + proposed
scenario-optimal = Optimal allocation
assumption = assumption

## The HTML report

report-title = { $name } — Symbiosis Explorer report
report-meta = Region: { $region } · The park in { $year } · Currency: { $currency } (prices of { $priceyear }) · Report generated { $date } by Symbiosis Explorer { $version }
report-confidential-left-out =
    { $count ->
        [one] { $count } confidential flow is left out of this report and of every figure in it.
       *[other] { $count } confidential flows are left out of this report and of every figure in it.
    }
report-confidential-included = This report includes confidential flows: do not share it outside the project.
report-summary = Summary
report-card-firms = firms
report-card-flows = flows (has and wants)
report-card-running = { $running } of { $total }
report-card-running-label = exchanges running in { $year }
report-card-co2 = t CO₂ avoided per year (running exchanges, { $year })
report-card-benefit = { $currency } net benefit per year
report-card-candidates = candidate exchanges found
report-col-status = status
report-col-exchanges = exchanges
report-map = Map
report-map-alt = Map of the firms and exchanges of { $name }
report-map-every-firm = { $name }: every firm
report-indicators = Indicators
report-col-scenario = scenario
report-col-firms-linked = firms linked
report-col-links = links
report-col-link-density = link density L/S
report-col-connectance = connectance
report-col-cyclicity = cyclicity
report-col-co2-avoided = t CO₂/yr avoided
report-col-net-benefit = net benefit { $currency }/yr
report-col-finn = Finn cycling index
report-finn-undefined = undefined ({ $unit })
report-indicators-note = Link density: links per firm; connectance: links over possible links; cyclicity: spectral radius of the firm network (0 for a chain, 1 for a loop); Finn index: share of throughflow that cycles, per unit.
report-time-limit = The optimal scenario is the best allocation found within the time limit: within { $gap } % of the optimum (a proven bound).
report-charts = Charts
report-chart-co2-by-material = CO₂ avoided per year by material (running exchanges)
report-chart-co2-by-scenario = CO₂ avoided per year by scenario
report-chart-benefit-by-scenario = Net benefit per year by scenario
report-chart-co2-by-year = CO₂ avoided per year by the park, year by year
report-exchanges = Exchanges
report-exchanges-intro = Each exchange's figures are its share of the park in { $year }: the running exchanges are allocated once to their flows' capacities (in order of start year), so the rows add up to the summary. Quantities are what that allocation gives each exchange; an exchange not running in { $year } shows none.
report-col-from = from
report-col-to = to
report-col-material = material
report-col-quantity = quantity/yr
report-col-years = years
report-col-transport = transport
report-col-co2 = t CO₂/yr
report-col-money = { $currency }/yr
report-col-source = source
report-years-since = since { $year }
report-years-until = until { $year }
report-not-running = — (not running in { $year })
report-product-sale = (product sale)
report-quantity-states = (states { $quantity })
report-quantity-from-flows = (from its flows)
report-quantity-unknown = unknown
report-quantity-stated = { $quantity } { $unit } (stated)
report-overfill = { $text }: evaluated at what the flows allow.
report-how-evaluated = How this was evaluated: { $counterfactual }
report-proposed-adds = Proposed: what it would add after the running exchanges ({ $co2 } t CO₂/yr, { $benefit } { $currency }/yr; not in the totals)
report-not-running-row = Not running in { $year }: not in this year's figures.
report-not-evaluated = Not evaluated: the project holds no matching supply and demand flows for this exchange.
report-not-evaluated-confidential = Not evaluated: the project holds no matching supply and demand flows for this exchange (or they are confidential).
report-total =
    { $running ->
        [one] Total of the { $running } exchange running in { $year }
       *[other] Total of the { $running } exchanges running in { $year }
    }
report-breakdowns-left-out = Breakdowns are left out: the project has { $count } exchanges (more than { $max }); `symbiosis-explorer exchanges` lists each one's figures and `explain` its breakdown.
report-col-term = term
report-col-value = value
report-col-formula = formula
report-col-parameters = parameters (source)
report-candidates = Best candidate exchanges
report-candidates-best = The { $shown } best of { $total } candidates by net benefit.
report-col-supplier = supplier
report-col-receiver = receiver
report-col-supply-demand = supply → demand
report-col-distance = distance km
report-firms = Firms: what they have and want
report-col-firm = firm
report-col-nace = NACE
report-col-has = has
report-col-wants = wants
report-firms-listed = The first { $shown } of { $total } firms are listed; `symbiosis-explorer export --format csv` writes them all.
report-parameters = Evaluation parameters and sources
report-col-parameter = parameter
report-credits = Basemap: { $basemap }. Waste codes: European List of Waste (Commission Decision 2000/532/EC); sectors: NACE Rev. 2 (Eurostat).

## The map image and the map's legend

map-title-year = { $name } in { $year }
map-legend-sectors = Firms by sector
map-legend-exchanges = Exchanges
map-running = running
map-planned = planned
map-ended = ended
map-credits = Basemap: { $basemap }  ·  Symbiosis Explorer
kind-material = material
kind-energy = energy
kind-water = water
sector-agriculture-and-fishing = Agriculture and fishing
sector-mining-and-refining = Mining and refining
sector-food-and-drink = Food and drink
sector-manufacturing = Manufacturing
sector-chemicals-and-pharma = Chemicals and pharma
sector-energy = Energy
sector-water-and-waste = Water and waste
sector-other = Other

## Printable have/want cards (PDF)

cards-heading = Have / want card
cards-firm = Firm
cards-nace-address = NACE code, address
cards-sheet = (sheet { $i } of { $n })
cards-workshop = Workshop
cards-date = Date
cards-contact = Contact
cards-has = HAS
cards-has-hint = by-products, residues, surplus heat or water you could give
cards-wants = WANTS
cards-wants-hint = inputs you buy that a neighbour's residue could replace
cards-col-material = Material
cards-col-quantity = Quantity per year
cards-col-unit = Unit
cards-col-quality = Quality, EWC code
cards-col-years = Years
cards-from = from { $year }
cards-until = until { $year }
cards-footer = Quantities per year in the unit given. Leave this card with the facilitator. No personal data is printed on it.

## Messages of the command line (with --lang; English without it)

cli-wrote = wrote { $file }
# Kept word for word as the command line has always printed it (scripts read it).
cli-confidential-left-out = { $count } confidential flows left out (use --include-confidential to export them)
cli-wrote-cards = wrote { $file } ({ $sheets } A4 sheets, { $blank } of them blank)
basemap-credits = Made with Natural Earth · GSHHG, Wessel & Smith (LGPL-3.0)
cli-error = error: { $text }
cli-wrote-programme =
    { $synergies ->
        [one] wrote { $file } ({ $synergies } synergy)
       *[other] wrote { $file } ({ $synergies } synergies)
    }
cli-from-after-to = --from { $from } is after --to { $to }
cli-no-such-programme = no exchange belongs to programme '{ $programme }' (the project's programmes: { $known })
cli-none = none
cli-year-implausible = --year { $year } is not a plausible year (1800..2200)
cli-blank-too-many = --blank { $blank }: at most 1000 blank cards
cli-top-at-least-one = --top must be at least 1
cli-project-or-db = give a project file, or --db URL --schema NAME
cli-top-and-time-limit = --top must be at least 1 and --time-limit positive
cli-no-such-flow = { $file }: there is no flow { $id } (flow ids are listed by `match`)
cli-personal-csv-only = --include-personal applies to --format csv only; contacts appear in no other export
cli-png-only = --size, --view and --year apply to --format png only
cli-crs-csv-only = --crs applies to --format csv only; GeoJSON is always WGS 84 lon/lat (RFC 7946)
cli-firms-at-least-one = --firms must be at least 1
cli-firms-too-many = --firms { $firms } is more than the generator makes (at most { $most })
cli-generate-progress = generate: { $done }/{ $firms } firms
cli-generate-writing = generate: writing { $firms } firms and { $flows } flows to { $file }
cli-could-not-write = could not write { $file }
cli-generate-done = generate: done in { $seconds } s
cli-note-overfill = note: { $text }; it is evaluated at what the flows allow
cli-note-exchange-overfill = note: exchange { $text }; evaluated at what the flows allow
cli-imported = imported { $firms } firms, { $flows } flows, { $exchanges } exchanges into { $path }
cf-supply-product = supply: { $material } is a product the firm sells (trade, no counterfactual credit)
cf-supply-chp = supply: { $material } extracted from a CHP at the cost of the power it would otherwise make
cf-supply-chp-in = supply: { $material } extracted from a CHP in { $country } at the cost of the power it would otherwise make
cf-supply-route = supply: { $material } would otherwise be { $route }
cf-supply-route-in = supply: { $material } would otherwise be { $route } in { $country }
cf-demand-energy = demand: displaces { $material } (no country known)
cf-demand-energy-of = demand: displaces { $material } of { $country }
cf-demand-as-is = demand: takes { $material } as it is (no purchase displaced)
cf-demand-new = demand: displaces { $material } bought or made new
route-none = left unused at no cost (nothing avoided)
route-landfill = landfilled (landfill tax and gate fee)
route-incineration = incinerated
route-flaring = flared
route-discharge = discharged (fees)
route-cooling = cooled away
route-treatment = treated as waste
route-spreading = spread on land untreated
formula-haversine = great-circle distance between the firms (haversine, R = 6371.0088 km)
formula-road-legs = road legs (firm to port + port to firm)
formula-shipped-cheaper = shipped, cheaper than the whole way by road
formula-capacity-before = capacity before this exchange
formula-product-transport = a product sale earns only the transport it saves
formula-product-sale = product sale: selling what a firm exists to sell is trade, not symbiosis; no disposal or displacement credit (no counterfactual supplier stated)
formula-use-emits = the receiver's use emits this
formula-suppliers-country = supplier's country
formula-ets-burns-less = an ETS site burns less
formula-ets-emits = the ETS site emits this
formula-ets-flares-less = the ETS site flares less
formula-not-paid = not paid
source-term-above = term above
source-as-above = as above
source-in-tonnes = quantity in tonnes
source-unit-conversion = unit conversion
source-own-quantity = the exchange's own quantity
source-stated-supplier = the exchange's stated counterfactual supplier

## Sources the evaluation composes from a flow's, a country's or a parameter's own source
source-supply-flow = supply flow { $id }: { $source }
source-demand-flow = demand flow { $id }: { $source }
source-flow = flow { $id }: { $source }
source-country-grid = { $country } grid: { $source }
source-country-heat = { $country } district heat: { $source }
source-country-landfill = { $country } landfill tax and gate fee: { $source }
source-crf = { $formula } with r = { $r } ({ $r_source }) and n = { $n } years ({ $n_source })
source-road-legs = great circle to the ports { $from } and { $to } (Natural Earth ports)
source-sea-leg = { $from } to { $to }
source-identity = identity: same material
source-water-t = water: 1 t per m3
# How a project's own source begins ("assumption: …"): the word is translated, the rest stays as written.
source-tag-assumption = assumption
source-tag-illustrative = illustrative
source-tag-computed = computed
source-tag-computed-upper = computed upper bound

## The terms of an evaluation (their symbols stay beside them, as the formulas use them)
term-distance_km = distance
term-transport_km = transport distance
term-sea_km = distance by sea
term-quantity = quantity exchanged
term-quantity_supply = quantity taken from the supply
term-supply_left_after = supply left afterwards
term-demand_left_after = demand left afterwards
term-co2_displaced = CO2 of what is displaced
term-co2_disposal_avoided = CO2 of the disposal avoided
term-co2_transport = CO2 of transport
term-co2_transport_sea = CO2 of transport by sea
term-co2_use_emitted = CO2 emitted in use
term-chp_power_lost = CHP power lost
term-co2_chp_power_lost = CO2 of the CHP power lost
term-co2_avoided_t = CO2 avoided
term-purchase_avoided = purchase avoided
term-disposal_avoided = disposal cost avoided
term-handling_cost = handling cost
term-transport_cost = transport cost
term-transport_cost_sea = cost of transport by sea
term-port_handling_cost = port handling cost
term-fixed_link_cost = fixed link cost (annualised)
term-carbon_value_displaced = carbon price of what is displaced
term-carbon_value_flaring = carbon price of the flaring avoided
term-carbon_cost_use = carbon price of the emissions in use
term-product_sale = product sale
term-net_benefit = net benefit

## Units in breakdowns (currency codes stay as they are)
unit-t = t
unit-kg = kg
unit-km = km
unit-m = m
unit-m3 = m3
unit-MWh = MWh
unit-kWh = kWh
unit-GWh = GWh
unit-GJ = GJ
unit-Gcal = Gcal
unit-kt = kt
unit-t-km = t-km
unit-co2e = CO2e
unit-unit = unit
unit-per = { $a } per { $b }
unit-per-year = per year

## The programme report (programme-report --format html, File > Export)
programme-title = { $name } — programme report
programme-scope-everything = all synergies, all dates
programme-scope-programme = programme { $programme }
programme-scope-all-programmes = all programmes
programme-scope-window = { $scope }, stage changes { $from } to { $to }
programme-scope-start = the start
programme-scope-today = today
programme-lead = Synergies: { $synergies }. Reported outcomes are what the programme reports, beside the model's figures for the same exchanges (running ones, { $year }); the two are never added together.
programme-without-history =
    { $synergies ->
        [one] { $without } of the { $synergies } synergy has
       *[other] { $without } of the { $synergies } synergies have
    } no stage change recorded: each counts at the stage its status stands for, as having passed every stage before it, which raises the early conversion rates below.
programme-by-stage = Synergies by stage
programme-col-stage = stage
programme-col-synergies = synergies
programme-col-dropped-because = dropped because
programme-reason-not-given = not given
programme-conversion = Conversion between stages
programme-col-from = from
programme-col-to = to
programme-col-reached-from = reached from
programme-col-reached-to = reached to
programme-col-rate = rate
programme-outcomes = Outcomes: reported beside modelled
programme-outcomes-meta = Reported: summed over the synergies and the years they reported (t, m3, jobs, { $currency }). Modelled: per year, in { $year }, for the running synergies. Different quantities, never added together.
programme-col-figure = figure
programme-col-reporting = synergies reporting
programme-col-reported = reported
programme-col-verified = of it verified
programme-col-modelled = modelled
programme-modelled-co2 = { $all } t/yr (all running); { $reporting } t/yr for those reporting ({ $synergies })
programme-not-reported = not reported
programme-net-benefit = net benefit (modelled only)
programme-per-year = { $value } { $currency }/yr
programme-per-workshop = Per workshop
programme-per-facilitator = Per facilitator
programme-col-in-progress = in progress
programme-col-completed = implemented or completed
programme-col-dropped = dropped
programme-no-workshop = (no workshop)
programme-no-facilitator = (not given)
