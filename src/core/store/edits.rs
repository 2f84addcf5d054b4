//! The edits of an open project file, each one transaction.

#[allow(unused_imports)]
use super::*;

impl ProjectFile {
    /// Starts an editing session (the desktop app's many small edits): WAL with
    /// `synchronous=NORMAL`, so that a commit does not wait for the disk. A committed edit
    /// survives the app being killed (it is in the `-wal` file, which the next open reads back);
    /// only a power cut can lose the last ones. Closing the file checkpoints everything back into
    /// the project file and leaves no side files. A read-only file is left as it is.
    pub fn begin_editing(&mut self) -> Result<(), StoreError> {
        if self.read_only || self.editing || self.conn.path().is_none_or(str::is_empty) {
            return Ok(());
        }
        let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if mode.eq_ignore_ascii_case("wal") {
            self.conn.pragma_update(None, "synchronous", "NORMAL")?;
            self.editing = true;
        }
        Ok(())
    }

    /// Runs one edit as one transaction.
    pub(super) fn edit<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T, StoreError>) -> Result<T, StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.checked.get_mut().take();
        let tx = self.conn.transaction()?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    pub fn set_meta(&mut self, meta: &ProjectMeta) -> Result<(), StoreError> {
        first_problem(validate::meta_problems_of(meta))?;
        self.edit(|tx| write_meta(tx, meta))
    }

    /// Sets one evaluation parameter (see [`EvaluationParams::to_rows`] for the keys).
    pub fn set_parameter(&mut self, key: &str, value: f64, source: &str) -> Result<(), StoreError> {
        let mut probe = EvaluationParams::default();
        probe.set(key, value, source).map_err(|e| StoreError::Invalid(e.to_string()))?;
        if let Some(problem) = EvaluationParams::problem(key, value) {
            return Err(StoreError::Invalid(problem.to_string()));
        }
        self.edit(|tx| {
            tx.execute(
                "INSERT INTO se_parameters (key, value, source) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value, source = excluded.source",
                params![key, value, source],
            )?;
            Ok(())
        })
    }

    pub fn insert_firm(&mut self, firm: &Firm) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            if firm_location(tx, &firm.id)?.is_some() {
                return Err(StoreError::Invalid(format!("a firm with id '{}' already exists", firm.id)));
            }
            insert_firm(tx, firm)?;
            touch_firms(tx, None, Some(firm.location))
        })
    }

    /// Updates the firm with `firm.id`; moving it redraws its exchange lines.
    pub fn update_firm(&mut self, firm: &Firm) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            let Some(old) = firm_location(tx, &firm.id)? else {
                return Err(StoreError::NotFound(format!("firm '{}'", firm.id)));
            };
            update_firm_row(tx, firm)?;
            touch_firms(tx, (old != firm.location).then_some(old), Some(firm.location))?;
            if old != firm.location {
                redraw_exchanges_of(tx, &firm.id)?;
            }
            Ok(())
        })
    }

    /// Deletes a firm with its flows and exchanges.
    pub fn delete_firm(&mut self, id: &FirmId) -> Result<(), StoreError> {
        self.edit(|tx| {
            let Some(at) = firm_location(tx, id)? else {
                return Err(StoreError::NotFound(format!("firm '{id}'")));
            };
            tx.execute("DELETE FROM firms WHERE id = ?1", [id.as_str()])?;
            tx.execute("DELETE FROM flows WHERE firm_id = ?1", [id.as_str()])?;
            if tx.execute("DELETE FROM contacts WHERE firm_id = ?1", [id.as_str()])? > 0 {
                touch(tx, "contacts")?;
            }
            let lines =
                tx.execute("DELETE FROM exchanges WHERE from_firm_id = ?1 OR to_firm_id = ?1", [id.as_str()])?;
            touch_firms(tx, Some(at), None)?;
            touch(tx, "flows")?;
            if lines > 0 {
                touch(tx, "exchanges")?;
            }
            Ok(())
        })
    }

    /// Adds several flows in one transaction (pasted rows, an import); returns their ids.
    pub fn insert_flows(&mut self, flows: &[Flow]) -> Result<Vec<FlowId>, StoreError> {
        self.edit(|tx| {
            let mut ids = Vec::with_capacity(flows.len());
            for flow in flows {
                validate_flow(tx, flow)?;
                ids.push(insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?);
            }
            touch(tx, "flows")?;
            Ok(ids)
        })
    }

    /// Updates several flows in one transaction (a multi-row edit).
    pub fn update_flows(&mut self, flows: &[Flow]) -> Result<(), StoreError> {
        self.edit(|tx| {
            for flow in flows {
                validate_flow(tx, flow)?;
                if tx.execute("DELETE FROM flows WHERE fid = ?1", [flow.id.0])? == 0 {
                    return Err(StoreError::NotFound(format!("flow {}", flow.id)));
                }
                insert_flow(tx, flow, Some(flow.id))?;
            }
            touch(tx, "flows")
        })
    }

    /// Deletes several flows in one transaction.
    pub fn delete_flows(&mut self, ids: &[FlowId]) -> Result<(), StoreError> {
        self.edit(|tx| {
            for id in ids {
                tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])?;
            }
            touch(tx, "flows")
        })
    }

    /// Merges an imported project into this one in one transaction: firms are added or updated
    /// by id, flows and exchanges added, custom materials and rules added or replaced. Returns
    /// what changed, so that [`ProjectFile::unmerge`] can take it back.
    pub fn merge(&mut self, imported: &ProjectData) -> Result<Merged, StoreError> {
        self.edit(|tx| {
            let mut merged = Merged::default();
            for m in imported.materials.iter().filter(|m| !m.builtin) {
                match read_material(tx, &m.id)? {
                    Some(before) if &before == m => continue,
                    Some(before) => merged.materials_before.push(before),
                    None => merged.materials_added.push(m.id.clone()),
                }
                tx.execute("DELETE FROM materials WHERE id = ?1", [m.id.as_str()])?;
                insert_material(tx, m)?;
            }
            for rule in &imported.rules {
                let before = read_rule(tx, &rule.supply, &rule.demand)?;
                match before {
                    Some(before) if &before == rule => continue,
                    Some(before) => merged.rules_before.push(before),
                    None => merged.rules_added.push((rule.supply.clone(), rule.demand.clone())),
                }
                upsert_rule_row(tx, rule)?;
            }
            for firm in &imported.firms {
                validate_firm(firm)?;
                match read_firm(tx, &firm.id)? {
                    Some(before) => {
                        update_firm_row(tx, firm)?;
                        redraw_exchanges_of(tx, &firm.id)?;
                        merged.firms_before.push(before);
                    }
                    None => {
                        insert_firm(tx, firm)?;
                        merged.firms_added.push(firm.id.clone());
                    }
                }
            }
            for flow in &imported.flows {
                validate_flow(tx, flow)?;
                merged.flows_added.push(insert_flow(tx, flow, None)?);
            }
            for exchange in &imported.exchanges {
                validate_exchange(tx, exchange)?;
                merged.exchanges_added.push(insert_exchange(tx, exchange, None)?);
            }
            for table in ["firms", "flows", "exchanges", "materials", "substitution_rules"] {
                touch(tx, table)?;
            }
            // New materials need their colour in the QGIS style of the exchanges layer.
            crate::core::qgis::write_default_styles(tx)?;
            Ok(merged)
        })
    }

    /// Takes back a merge (undo of an import into an open project), in one transaction: what it
    /// added is deleted, what it replaced is put back as it was.
    pub fn unmerge(&mut self, merged: &Merged) -> Result<(), StoreError> {
        self.edit(|tx| {
            for id in &merged.exchanges_added {
                tx.execute("DELETE FROM exchanges WHERE fid = ?1", [id.0])?;
            }
            for id in &merged.flows_added {
                tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])?;
            }
            for id in &merged.firms_added {
                tx.execute("DELETE FROM firms WHERE id = ?1", [id.as_str()])?;
            }
            for firm in &merged.firms_before {
                update_firm_row(tx, firm)?;
                redraw_exchanges_of(tx, &firm.id)?;
            }
            for (supply, demand) in &merged.rules_added {
                tx.execute(
                    "DELETE FROM substitution_rules WHERE supply_material = ?1 AND demand_material = ?2",
                    params![supply.as_str(), demand.as_str()],
                )?;
            }
            for rule in &merged.rules_before {
                upsert_rule_row(tx, rule)?;
            }
            for id in &merged.materials_added {
                tx.execute("DELETE FROM materials WHERE id = ?1", [id.as_str()])?;
            }
            for m in &merged.materials_before {
                tx.execute("DELETE FROM materials WHERE id = ?1", [m.id.as_str()])?;
                insert_material(tx, m)?;
            }
            for table in ["firms", "flows", "exchanges", "materials", "substitution_rules"] {
                touch(tx, table)?;
            }
            crate::core::qgis::write_default_styles(tx)?;
            Ok(())
        })
    }

    /// Puts back a deleted firm with its flows and exchanges, ids kept, in one transaction
    /// (undo of a delete).
    pub fn restore_firm(
        &mut self,
        firm: &Firm,
        flows: &[Flow],
        exchanges: &[Exchange],
        contacts: &[crate::core::workbench::Contact],
    ) -> Result<(), StoreError> {
        validate_firm(firm)?;
        self.edit(|tx| {
            insert_firm(tx, firm)?;
            for flow in flows {
                validate_flow(tx, flow)?;
                insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
            }
            for exchange in exchanges {
                validate_exchange(tx, exchange)?;
                insert_exchange(tx, exchange, (exchange.id.0 > 0).then_some(exchange.id))?;
            }
            for contact in contacts {
                super::workbench_rows::insert_contact(tx, contact)?;
            }
            for table in ["firms", "flows", "exchanges", "contacts"] {
                touch(tx, table)?;
            }
            Ok(())
        })
    }

    /// Adds a flow. A flow with id 0 gets a new id from the file; a flow with an id keeps it
    /// (restoring a deleted flow on undo), which fails if the id is taken.
    pub fn insert_flow(&mut self, flow: &Flow) -> Result<FlowId, StoreError> {
        self.edit(|tx| {
            validate_flow(tx, flow)?;
            let id = insert_flow(tx, flow, (flow.id.0 > 0).then_some(flow.id))?;
            touch(tx, "flows")?;
            Ok(id)
        })
    }

    pub fn update_flow(&mut self, flow: &Flow) -> Result<(), StoreError> {
        self.edit(|tx| {
            validate_flow(tx, flow)?;
            if tx.execute("DELETE FROM flows WHERE fid = ?1", [flow.id.0])? == 0 {
                return Err(StoreError::NotFound(format!("flow {}", flow.id)));
            }
            insert_flow(tx, flow, Some(flow.id))?;
            touch(tx, "flows")
        })
    }

    pub fn delete_flow(&mut self, id: FlowId) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM flows WHERE fid = ?1", [id.0])? == 0 {
                return Err(StoreError::NotFound(format!("flow {id}")));
            }
            touch(tx, "flows")
        })
    }

    /// Adds an exchange (id 0: a new id; otherwise that id, as for flows); its line is drawn
    /// from the supplier to the receiver.
    pub fn insert_exchange(&mut self, exchange: &Exchange) -> Result<ExchangeId, StoreError> {
        self.edit(|tx| {
            validate_exchange(tx, exchange)?;
            let id = insert_exchange(tx, exchange, (exchange.id.0 > 0).then_some(exchange.id))?;
            touch(tx, "exchanges")?;
            Ok(id)
        })
    }

    pub fn update_exchange(&mut self, exchange: &Exchange) -> Result<(), StoreError> {
        self.edit(|tx| {
            validate_exchange(tx, exchange)?;
            if tx.execute("DELETE FROM exchanges WHERE fid = ?1", [exchange.id.0])? == 0 {
                return Err(StoreError::NotFound(format!("exchange {}", exchange.id)));
            }
            insert_exchange(tx, exchange, Some(exchange.id))?;
            touch(tx, "exchanges")
        })
    }

    /// Records a stage change of an exchange and sets the status it stands for, in one
    /// transaction; returns the stage row's id (to undo it).
    pub fn record_stage(
        &mut self,
        change: &crate::core::workbench::StageChange,
        exchange: &Exchange,
    ) -> Result<i64, StoreError> {
        let mut one = ProjectData::new(ProjectMeta::default());
        one.stages.push(change.clone());
        if let Some(problem) = crate::core::validate::problems(&one).into_iter().next() {
            return Err(StoreError::Invalid(problem));
        }
        self.edit(|tx| {
            validate_exchange(tx, exchange)?;
            if tx.execute("DELETE FROM exchanges WHERE fid = ?1", [exchange.id.0])? == 0 {
                return Err(StoreError::NotFound(format!("exchange {}", exchange.id)));
            }
            insert_exchange(tx, exchange, Some(exchange.id))?;
            let fid = super::workbench_rows::insert_stage(tx, change)?;
            touch(tx, "exchanges")?;
            touch(tx, "stages")?;
            Ok(fid)
        })
    }

    /// Takes back [`Self::record_stage`]: the stage row goes, the exchange is as it was.
    pub fn unrecord_stage(&mut self, fid: i64, exchange: &Exchange) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM stages WHERE fid = ?1", [fid])? == 0 {
                return Err(StoreError::NotFound(format!("stage change {fid}")));
            }
            tx.execute("DELETE FROM exchanges WHERE fid = ?1", [exchange.id.0])?;
            insert_exchange(tx, exchange, Some(exchange.id))?;
            touch(tx, "exchanges")?;
            touch(tx, "stages")
        })
    }

    pub fn delete_exchange(&mut self, id: ExchangeId) -> Result<(), StoreError> {
        self.edit(|tx| {
            if tx.execute("DELETE FROM exchanges WHERE fid = ?1", [id.0])? == 0 {
                return Err(StoreError::NotFound(format!("exchange {id}")));
            }
            touch(tx, "exchanges")
        })
    }

    /// Adds a material to the catalogue or replaces the one with the same id.
    pub fn upsert_material(&mut self, material: &Material) -> Result<(), StoreError> {
        if let Some(problem) = material_problem(material) {
            return Err(StoreError::Invalid(problem));
        }
        self.edit(|tx| {
            let in_use: i64 = tx.query_row(
                "SELECT count(*) FROM flows WHERE material = ?1 AND unit != ?2",
                params![material.id.as_str(), material.unit.as_str()],
                |r| r.get(0),
            )?;
            if in_use > 0 {
                return Err(StoreError::Invalid(format!(
                    "{in_use} flows of '{}' are in another unit; change them before the material's unit",
                    material.id
                )));
            }
            tx.execute("DELETE FROM materials WHERE id = ?1", [material.id.as_str()])?;
            insert_material(tx, material)?;
            touch(tx, "materials")?;
            crate::core::qgis::write_default_styles(tx)?;
            Ok(())
        })
    }

    /// Adds a substitution rule or replaces the one for the same pair of materials.
    pub fn upsert_rule(&mut self, rule: &SubstitutionRule) -> Result<(), StoreError> {
        first_problem(validate::rule_problems(rule))?;
        self.edit(|tx| {
            for m in [&rule.supply, &rule.demand] {
                require_material(tx, m)?;
            }
            upsert_rule_row(tx, rule)?;
            touch(tx, "substitution_rules")
        })
    }
}
