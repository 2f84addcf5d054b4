//! One pair evaluated: the route and its transport, whether a rule excludes it, and its
//! economics and avoided CO2 against the stated counterfactuals.

use super::search::great_circle_from_chord;
use super::*;

impl<'a> Matcher<'a> {
    /// The ship route between two firms' ports: legs by the material's own mode to and from the
    /// ports, port to port at sea.
    pub(super) fn ship_route(&self, own: TransportMode, from: (u16, f32), to: (u16, f32)) -> Route {
        let land = self.modes[&own].circuity;
        let sea = self.modes[&TransportMode::Ship].circuity;
        let (a, b) = (self.ports[usize::from(from.0)], self.ports[usize::from(to.0)]);
        let chord = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
        let legs = f64::from(from.1) + f64::from(to.1);
        Route { mode: TransportMode::Ship, land_km: legs * land, sea_km: great_circle_from_chord(chord) * sea }
    }

    /// Transport t CO2e and cost (project currency) per unit supplied on a ship route, over what
    /// the material's own mode costs to load (its handling is in the fixed part already).
    pub(super) fn route_per_unit(&self, route: Route, own: TransportMode, tonnes: f64) -> (f64, f64) {
        let land = self.modes[&own];
        let ship = self.modes[&TransportMode::Ship];
        let co2 = tonnes * (route.land_km * land.ef_kg_per_tkm + route.sea_km * ship.ef_kg_per_tkm) / 1000.0;
        let cost =
            tonnes * (route.land_km * land.cost_per_tkm + route.sea_km * ship.cost_per_tkm + ship.handling_per_t);
        (co2, cost)
    }

    /// The route a pair takes: by the material's own mode, or by ship where it may and that is
    /// better for the objective (the same choice as the hot loop).
    pub(super) fn route(&self, s: usize, d: usize, distance: f64, quantity_supply: f64) -> Route {
        let figures = &self.materials[self.flow_material[s]];
        let mode = self.modes[&figures.mode];
        let own = Route { mode: figures.mode, land_km: distance * mode.circuity, sea_km: 0.0 };
        let (Some(sp), Some(dp)) = (self.flow_port[s], self.flow_port[d]) else { return own };
        if !figures.ship || sp.0 == dp.0 {
            return own;
        }
        let tonnes = tonnes_per_unit(figures.unit).filter(|_| figures.mode.carries_tonnes()).unwrap_or(0.0);
        let ship = self.ship_route(figures.mode, sp, dp);
        let (c, m) = self.route_per_unit(ship, figures.mode, tonnes);
        let own_co2 = tonnes * mode.ef_kg_per_tkm / 1000.0 * own.land_km;
        let own_cost = tonnes * mode.cost_per_tkm * own.land_km
            + mode.annual_link_cost_per_km * own.land_km / quantity_supply.max(f64::MIN_POSITIVE);
        let better = match self.options.objective {
            Objective::Co2 => c < own_co2,
            _ => m < own_cost,
        };
        if better { ship } else { own }
    }

    /// The rules a pair passes or fails, other than material and distance (checked by the caller).
    pub(super) fn check_pair(&self, s: usize, d: usize) -> Result<(), Exclusion> {
        let flows = &self.project.flows;
        let (supply, demand) = (&flows[s], &flows[d]);
        if self.flow_firm[s] == self.flow_firm[d] {
            return Err(Exclusion::SameFirm { firm_id: supply.firm.clone() });
        }
        let years_ok = match self.options.year {
            Some(y) => supply.available_in(y) && demand.available_in(y),
            None => {
                let start = supply.available_from.unwrap_or(i32::MIN).max(demand.available_from.unwrap_or(i32::MIN));
                let end = supply.available_to.unwrap_or(i32::MAX).min(demand.available_to.unwrap_or(i32::MAX));
                start <= end
            }
        };
        if !years_ok {
            return Err(Exclusion::Years {
                supply: (supply.available_from, supply.available_to),
                demand: (demand.available_from, demand.available_to),
                year: self.options.year,
            });
        }
        if let Some(code) = &self.flow_hazardous[s]
            && !demand.accepts_hazardous
        {
            return Err(match code {
                HazardCode::Ewc(ewc) => Exclusion::Hazardous { ewc: Some(ewc.clone()), fkko: None },
                HazardCode::Fkko(fkko) => Exclusion::Hazardous { ewc: None, fkko: Some(fkko.clone()) },
            });
        }
        if supply.role == FlowRole::Product && !self.options.include_products {
            return Err(Exclusion::Product { flow_id: supply.id });
        }
        if self.left[s] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Supply, flow_id: supply.id });
        }
        if self.left[d] <= 0.0 {
            return Err(Exclusion::CapacityUsed { side: Direction::Demand, flow_id: demand.id });
        }
        Ok(())
    }

    /// Evaluates `quantity` (demand units) flowing from supply flow `s` to demand flow `d`: every
    /// term with its parameters, and the totals they add up to.
    pub(super) fn evaluate(
        &self,
        s: usize,
        d: usize,
        ratio: f64,
        quantity: f64,
        distance: f64,
        capacity: Capacity,
    ) -> Evaluation {
        use crate::core::evaluation::{given, money_parameters, parameter as p, product, sum};
        let project = self.project;
        let flows = &project.flows;
        let (supply, demand) = (&flows[s], &flows[d]);
        let supply_m = &project.materials[self.flow_material[s]];
        let demand_m = &project.materials[self.flow_material[d]];
        let firm = |i: usize| project.firms.get(self.flow_firm[i]);
        let electricity = project.material(&MaterialId::new("electricity")).map_or(0.0, |m| m.virgin_price.value);
        let st = crate::core::evaluation::FlowTerms::of(project, supply, Some(supply_m), firm(s), self.fx, electricity);
        let dt = crate::core::evaluation::FlowTerms::of(project, demand, Some(demand_m), firm(d), self.fx, electricity);
        let mode_p = project.params.mode(supply_m.transport);
        let ship_p = project.params.mode(TransportMode::Ship);
        let tonnes = tonnes_per_unit(supply_m.unit).filter(|_| supply_m.transport.carries_tonnes());
        let quantity_supply = quantity / ratio;
        let route = self.route(s, d, distance, quantity_supply);
        let shipped = route.mode == TransportMode::Ship && supply_m.transport != TransportMode::Ship;
        let transport_km = route.land_km;
        let cur = project.meta.currency.as_str();
        let fx_source = project.params.rate(cur).map_or("", |r| r.source.as_str()).to_string();
        let (su, du) = (supply.unit.as_str(), demand.unit.as_str());
        let rule = project.rules.iter().find(|r| r.supply == supply_m.id && r.demand == demand_m.id);
        let rule_source = match rule {
            _ if supply_m.id == demand_m.id => "identity: same material".to_string(),
            Some(r) => r.source.clone(),
            None => String::new(),
        };
        let use_ef = if supply_m.id == demand_m.id { 0.0 } else { rule.map_or(0.0, |r| r.use_ef) };
        let counterfactual = format!("{}; {}", st.supply_counterfactual(), dt.demand_counterfactual());
        let counterfactual_phrases = vec![st.supply_counterfactual_phrase(), dt.demand_counterfactual_phrase()];

        let mut terms = vec![given(
            "distance_km",
            "great-circle distance between the firms (haversine, R = 6371.0088 km)",
            distance,
            "km",
            vec![p("max_distance_km", supply_m.max_distance_km.value, "km", &supply_m.max_distance_km.source)],
        )];
        let ports = |i: usize| project.firms.get(self.flow_firm[i]).map_or(String::new(), |f| f.port.clone());
        if shipped {
            let legs =
                self.flow_port[s].map_or(0.0, |p| f64::from(p.1)) + self.flow_port[d].map_or(0.0, |p| f64::from(p.1));
            let sea = self.modes[&TransportMode::Ship].circuity;
            terms.push(product(
                "transport_km",
                &format!("road legs (firm to port + port to firm) x circuity({})", supply_m.transport),
                "km",
                1.0,
                vec![
                    p(
                        "road_legs_km",
                        legs,
                        "km",
                        &format!("great circle to the ports {} and {} (Natural Earth ports)", ports(s), ports(d)),
                    ),
                    p("circuity", mode_p.circuity.value.max(1.0), "", &mode_p.circuity.source),
                ],
            ));
            terms.push(product(
                "sea_km",
                "port-to-port great circle x sea circuity: shipped, cheaper than the whole way by road",
                "km",
                1.0,
                vec![
                    p("port_to_port_km", route.sea_km / sea, "km", &format!("{} to {}", ports(s), ports(d))),
                    p("sea_circuity", sea, "", &ship_p.circuity.source),
                ],
            ));
        } else {
            terms.push(product(
                "transport_km",
                &format!("distance_km x circuity({})", supply_m.transport),
                "km",
                1.0,
                vec![
                    p("distance_km", distance, "km", "term above"),
                    p("circuity", mode_p.circuity.value.max(1.0), "", &mode_p.circuity.source),
                ],
            ));
        }
        let mut quantity_parameters = vec![
            p("supply_left", capacity.supply_before, su, &format!("supply flow {}: {}", supply.id, supply.source)),
            p("ratio", ratio, &format!("{du} per {su}"), &rule_source),
            p("demand_left", capacity.demand_before, du, &format!("demand flow {}: {}", demand.id, demand.source)),
        ];
        if let Some(q) = capacity.stated {
            quantity_parameters.push(p("stated_quantity", q, su, "the exchange's own quantity"));
        }
        let q_formula = if capacity.stated.is_some() {
            "q = min(supply_left x ratio, demand_left, stated_quantity x ratio), capacity before this exchange"
        } else {
            "q = min(supply_left x ratio, demand_left), capacity before this exchange"
        };
        terms.push(crate::core::evaluation::Term {
            name: "quantity".into(),
            formula: q_formula.into(),
            value: quantity,
            unit: du.into(),
            op: crate::core::evaluation::Op::Min,
            sign: 1.0,
            parameters: quantity_parameters,
        });
        terms.push(product(
            "quantity_supply",
            "q_supply = q / ratio",
            su,
            1.0,
            vec![
                p("q", quantity, du, "term above"),
                p("1/ratio", 1.0 / ratio, &format!("{su} per {du}"), &rule_source),
            ],
        ));
        terms.push(sum(
            "supply_left_after",
            su,
            &[
                &given("supply_left", "", capacity.supply_before, su, vec![]),
                &given("minus_quantity_supply", "", -quantity_supply, su, vec![]),
            ],
        ));
        terms.push(sum(
            "demand_left_after",
            du,
            &[
                &given("demand_left", "", capacity.demand_before, du, vec![]),
                &given("minus_quantity", "", -quantity, du, vec![]),
            ],
        ));

        let mut co2_terms = Vec::new();
        let mut money_terms = Vec::new();
        if st.product {
            match (capacity.counterfactual_km, tonnes) {
                (Some(cf_km), Some(t)) => {
                    // The most a product sale earns: the transport it saves against the supplier
                    // the receiver would otherwise buy from.
                    let saved = (cf_km - transport_km).max(0.0);
                    terms.push(given(
                        "transport_km_saved",
                        "max(0, counterfactual_km - transport_km): a product sale earns only the transport it saves",
                        saved,
                        "km",
                        vec![
                            p("counterfactual_km", cf_km, "km", "the exchange's stated counterfactual supplier"),
                            p("transport_km", transport_km, "km", "term above"),
                        ],
                    ));
                    co2_terms.push(product(
                        "co2_transport_saved",
                        "q_supply x t_per_unit x transport_km_saved x EF_tkm(mode) / 1000",
                        "t CO2e",
                        1.0,
                        vec![
                            p("q_supply", quantity_supply, su, "term above"),
                            p("t_per_unit", t, &format!("t/{su}"), "quantity in tonnes"),
                            p("transport_km_saved", saved, "km", "term above"),
                            p("EF_tkm", mode_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &mode_p.ef_kg_per_tkm.source),
                            p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                        ],
                    ));
                    let cost = crate::core::evaluation::Money::of(&mode_p.cost_per_tkm, self.fx);
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "quantity in tonnes"),
                        p("transport_km_saved", saved, "km", "term above"),
                    ];
                    ps.extend(money_parameters("cost_tkm", &cost, cur, "t-km", &fx_source));
                    money_terms.push(product(
                        "transport_cost_saved",
                        "q_supply x t_per_unit x transport_km_saved x cost_tkm(mode)",
                        cur,
                        1.0,
                        ps,
                    ));
                }
                _ => {
                    let why = "product sale: selling what a firm exists to sell is trade, not symbiosis; no disposal or \
                               displacement credit (no counterfactual supplier stated)";
                    co2_terms.push(given("product_sale", why, 0.0, "t CO2e", vec![]));
                    money_terms.push(given("product_sale", why, 0.0, cur, vec![]));
                }
            }
        } else {
            co2_terms.push(product(
                "co2_displaced",
                &format!("q x EF({}): {}", demand_m.id, dt.demand_counterfactual()),
                "t CO2e",
                1.0,
                vec![
                    p("q", quantity, du, "term above"),
                    p("EF_displaced", dt.ef_virgin.value, &format!("t CO2e/{du}"), &dt.ef_virgin.source),
                ],
            ));
            co2_terms.push(product(
                "co2_disposal_avoided",
                &format!("q_supply x EF_disposal({}): {}", supply_m.id, st.supply_counterfactual()),
                "t CO2e",
                1.0,
                vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("EF_disposal", st.ef_disposal.value, &format!("t CO2e/{su}"), &st.ef_disposal.source),
                ],
            ));
            if use_ef != 0.0 {
                co2_terms.push(product(
                    "co2_use_emitted",
                    "- q_supply x EF_use (the receiver's use emits this)",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("EF_use", use_ef, &format!("t CO2e/{su}"), rule.map_or("", |r| r.use_ef_source.as_str())),
                    ],
                ));
            }
            if let Some((loss, grid, price)) = &st.chp {
                co2_terms.push(product(
                    "co2_chp_power_lost",
                    "- q_supply x power_loss_ratio x EF_grid(supplier's country)",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("power_loss_ratio", loss.value, &format!("MWh/{su}"), &loss.source),
                        p("EF_grid", grid.value, "t CO2e/MWh", &grid.source),
                    ],
                ));
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("power_loss_ratio", loss.value, &format!("MWh/{su}"), &loss.source),
                ];
                ps.extend(money_parameters(
                    "electricity_price",
                    &crate::core::evaluation::Money::of(price, self.fx),
                    cur,
                    "MWh",
                    &fx_source,
                ));
                money_terms.push(product(
                    "chp_power_lost",
                    "- q_supply x power_loss_ratio x electricity_price",
                    cur,
                    -1.0,
                    ps,
                ));
            }
            if let Some(t) = tonnes {
                co2_terms.push(product(
                    "co2_transport",
                    "- q_supply x t_per_unit x transport_km x EF_tkm(mode) / 1000",
                    "t CO2e",
                    -1.0,
                    vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p(
                            "t_per_unit",
                            t,
                            &format!("t/{su}"),
                            if supply.unit == Unit::CubicMetre { "water: 1 t per m3" } else { "quantity in tonnes" },
                        ),
                        p("transport_km", transport_km, "km", "term above"),
                        p("EF_tkm", mode_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &mode_p.ef_kg_per_tkm.source),
                        p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                    ],
                ));
                if shipped {
                    co2_terms.push(product(
                        "co2_transport_sea",
                        "- q_supply x t_per_unit x sea_km x EF_tkm(ship) / 1000",
                        "t CO2e",
                        -1.0,
                        vec![
                            p("q_supply", quantity_supply, su, "term above"),
                            p("t_per_unit", t, &format!("t/{su}"), "as above"),
                            p("sea_km", route.sea_km, "km", "term above"),
                            p("EF_tkm", ship_p.ef_kg_per_tkm.value, "kg CO2e/t-km", &ship_p.ef_kg_per_tkm.source),
                            p("t_per_kg", 0.001, "t/kg", "unit conversion"),
                        ],
                    ));
                }
            }
            let mut ps = vec![p("q", quantity, du, "term above")];
            ps.extend(money_parameters("price", &dt.price, cur, du, &fx_source));
            money_terms.push(product(
                "purchase_avoided",
                &format!("q x price({}) not paid", demand_m.id),
                cur,
                1.0,
                ps,
            ));
            let mut ps = vec![p("q_supply", quantity_supply, su, "term above")];
            ps.extend(money_parameters("disposal_cost", &st.disposal_cost, cur, su, &fx_source));
            money_terms.push(product(
                "disposal_avoided",
                &format!("q_supply x disposal_cost({}): {}", supply_m.id, st.route.describe()),
                cur,
                1.0,
                ps,
            ));
            let carbon_terms: [(&str, &str, f64, f64, &crate::core::evaluation::FlowTerms, bool); 3] = [
                (
                    "carbon_value_displaced",
                    "q x EF_displaced x carbon_price (an ETS site burns less)",
                    quantity,
                    dt.ef_virgin.value,
                    &dt,
                    dt.burned_on_site(),
                ),
                (
                    "carbon_cost_use",
                    "- q_supply x EF_use x carbon_price (the ETS site emits this)",
                    quantity_supply,
                    use_ef,
                    &dt,
                    use_ef != 0.0,
                ),
                (
                    "carbon_value_flaring",
                    "q_supply x EF_disposal x carbon_price (the ETS site flares less)",
                    quantity_supply,
                    st.ef_disposal.value,
                    &st,
                    st.route == DisposalRoute::Flaring,
                ),
            ];
            for (name, formula, q, ef, side, applies) in carbon_terms {
                let Some(price) = side.carbon_eur.as_ref().filter(|_| applies && ef != 0.0) else { continue };
                let sign = if name == "carbon_cost_use" { -1.0 } else { 1.0 };
                let mut ps = vec![
                    p("q", q, if name == "carbon_value_displaced" { du } else { su }, "term above"),
                    p("EF", ef, "t CO2e per unit", "term above"),
                ];
                ps.extend(money_parameters(
                    "carbon_price",
                    &crate::core::evaluation::Money::of(price, self.fx),
                    cur,
                    "t CO2e",
                    &fx_source,
                ));
                money_terms.push(product(name, formula, cur, sign, ps));
            }
            if let Some(t) = tonnes {
                let handling = crate::core::evaluation::Money::of(&mode_p.handling_per_t, self.fx);
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("t_per_unit", t, &format!("t/{su}"), "as above"),
                ];
                ps.extend(money_parameters("handling_per_t", &handling, cur, "t", &fx_source));
                money_terms.push(product(
                    "handling_cost",
                    "- q_supply x t_per_unit x handling_per_t(mode)",
                    cur,
                    -1.0,
                    ps,
                ));
                let cost = crate::core::evaluation::Money::of(&mode_p.cost_per_tkm, self.fx);
                let mut ps = vec![
                    p("q_supply", quantity_supply, su, "term above"),
                    p("t_per_unit", t, &format!("t/{su}"), "as above"),
                    p("transport_km", transport_km, "km", "term above"),
                ];
                ps.extend(money_parameters("cost_tkm", &cost, cur, "t-km", &fx_source));
                money_terms.push(product(
                    "transport_cost",
                    "- q_supply x t_per_unit x transport_km x cost_tkm(mode)",
                    cur,
                    -1.0,
                    ps,
                ));
                if shipped {
                    let eur = |v: &Sourced<f64>| crate::core::evaluation::Money::of(v, self.fx);
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "as above"),
                    ];
                    ps.extend(money_parameters("handling_per_t", &eur(&ship_p.handling_per_t), cur, "t", &fx_source));
                    money_terms.push(product(
                        "port_handling_cost",
                        "- q_supply x t_per_unit x handling_per_t(ship)",
                        cur,
                        -1.0,
                        ps,
                    ));
                    let mut ps = vec![
                        p("q_supply", quantity_supply, su, "term above"),
                        p("t_per_unit", t, &format!("t/{su}"), "as above"),
                        p("sea_km", route.sea_km, "km", "term above"),
                    ];
                    ps.extend(money_parameters("cost_tkm", &eur(&ship_p.cost_per_tkm), cur, "t-km", &fx_source));
                    money_terms.push(product(
                        "transport_cost_sea",
                        "- q_supply x t_per_unit x sea_km x cost_tkm(ship)",
                        cur,
                        -1.0,
                        ps,
                    ));
                }
            }
            let capex = crate::core::evaluation::Money::of(&mode_p.capex_per_km, self.fx);
            if capex.value != 0.0 {
                let params = &project.params;
                let crf = params.capital_recovery_factor();
                let mut ps = money_parameters("capex_per_km", &capex, cur, "km", &fx_source);
                ps.push(p("transport_km", transport_km, "km", "term above"));
                ps.push(p(
                    "CRF",
                    crf,
                    "per year",
                    &format!(
                        "r(1+r)^n / ((1+r)^n - 1) with r = {} ({}) and n = {} years ({})",
                        format_number(params.discount_rate.value),
                        params.discount_rate.source,
                        format_number(params.link_lifetime_years.value),
                        params.link_lifetime_years.source
                    ),
                ));
                money_terms.push(product("fixed_link_cost", "- capex_per_km x transport_km x CRF", cur, -1.0, ps));
            }
        }
        let co2_total = sum("co2_avoided_t", "t CO2e", &co2_terms.iter().collect::<Vec<_>>());
        let money_total = sum("net_benefit", cur, &money_terms.iter().collect::<Vec<_>>());
        let fixed_link_cost = -money_terms.iter().find(|t| t.name == "fixed_link_cost").map_or(0.0, |t| t.value);
        let (co2_avoided_t, net_benefit) = (co2_total.value, money_total.value);
        terms.extend(co2_terms);
        terms.push(co2_total);
        terms.extend(money_terms);
        terms.push(money_total);
        let per = |v: f64| if quantity > 0.0 { v / quantity } else { 0.0 };
        Evaluation {
            quantity,
            quantity_supply,
            distance_km: distance,
            transport_km: route.land_km + route.sea_km,
            mode: route.mode,
            co2_per_unit: per(co2_avoided_t),
            benefit_per_unit: per(net_benefit + fixed_link_cost),
            co2_avoided_t,
            net_benefit,
            fixed_link_cost,
            counterfactual,
            counterfactual_phrases,
            terms,
        }
    }

    /// A kept pair as a full candidate, at the capacity left on both flows.
    pub(super) fn candidate(&self, s: usize, d: usize, ratio: f64) -> (Candidate, Evaluation) {
        let firms = &self.project.firms;
        let distance = distance_km(firms[self.flow_firm[s]].location, firms[self.flow_firm[d]].location);
        let quantity = (self.left[s] * ratio).min(self.left[d]);
        let capacity = Capacity {
            supply_before: self.left[s],
            demand_before: self.left[d],
            stated: None,
            counterfactual_km: None,
        };
        let eval = self.evaluate(s, d, ratio, quantity, distance, capacity);
        (self.candidate_with(s, d, ratio, &eval), eval)
    }

    pub(super) fn candidate_with(&self, s: usize, d: usize, ratio: f64, eval: &Evaluation) -> Candidate {
        let flows = &self.project.flows;
        let firms = &self.project.firms;
        let (supply, demand) = (&flows[s], &flows[d]);
        Candidate {
            supply_flow_id: supply.id,
            supply_firm_id: supply.firm.clone(),
            supply_firm: firms[self.flow_firm[s]].name.clone(),
            demand_flow_id: demand.id,
            demand_firm_id: demand.firm.clone(),
            demand_firm: firms[self.flow_firm[d]].name.clone(),
            supply_material: supply.material.clone(),
            demand_material: demand.material.clone(),
            ratio,
            quantity: eval.quantity,
            unit: demand.unit,
            quantity_supply: eval.quantity_supply,
            supply_unit: supply.unit,
            distance_km: eval.distance_km,
            transport_km: eval.transport_km,
            transport: eval.mode,
            co2_avoided_t: eval.co2_avoided_t,
            net_benefit: eval.net_benefit,
            fixed_link_cost: eval.fixed_link_cost,
            benefit_per_unit: eval.benefit_per_unit,
            co2_per_unit: eval.co2_per_unit,
            score: eval.score(self.options.objective),
            supply_role: supply.role,
        }
    }
}

/// Capacity on both flows before an evaluated quantity takes its share.
#[derive(Clone, Copy, Debug)]
pub(super) struct Capacity {
    pub(super) supply_before: f64,
    pub(super) demand_before: f64,
    /// The exchange's own quantity (supply units), where it states one.
    pub(super) stated: Option<f64>,
    /// A product sale's counterfactual supplier, km away by the same mode, where stated.
    pub(super) counterfactual_km: Option<f64>,
}

pub(super) struct Evaluation {
    pub(super) quantity: f64,
    pub(super) quantity_supply: f64,
    pub(super) distance_km: f64,
    pub(super) transport_km: f64,
    pub(super) co2_per_unit: f64,
    pub(super) benefit_per_unit: f64,
    pub(super) co2_avoided_t: f64,
    pub(super) net_benefit: f64,
    pub(super) fixed_link_cost: f64,
    pub(super) counterfactual: String,
    /// The same in words any language can say: the supply side, then the demand side.
    pub(super) counterfactual_phrases: Vec<crate::core::lang::Phrase>,
    pub(super) terms: Vec<Term>,
    /// The mode it travels by (the material's own, or ship).
    pub(super) mode: TransportMode,
}

impl Evaluation {
    pub(super) fn score(&self, objective: Objective) -> f64 {
        match objective {
            Objective::Benefit => self.net_benefit,
            Objective::Co2 => self.co2_avoided_t,
            Objective::Quantity => self.quantity,
        }
    }
}
