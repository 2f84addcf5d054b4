//! Printable have/want cards for paper-first round tables ("quick-fire" workshops): per firm an
//! A4 sheet pre-filled with what it has and wants, with blank rows to add to, and blank cards
//! for firms that come without data. The layout is built first ([`card_pages`], what tests
//! read), then drawn as PDF ([`cards_pdf`], krilla with the Ubuntu font egui ships: Latin,
//! Nordic, Baltic and Cyrillic letters).

use krilla::Document;
use krilla::geom::{PathBuilder, Point};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

use crate::core::model::{Direction, FirmId, Flow, ProjectData};

/// A4 in PDF points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 42.0;
const ROW_H: f32 = 22.0;
/// Rows a section keeps blank under the firm's own flows, and rows of a blank card's section.
const BLANK_ROWS: usize = 3;
const BLANK_CARD_ROWS: usize = 9;
/// Rows of both sections that fit on one sheet with its header and footer.
const ROWS_PER_PAGE: usize = 24;

#[derive(Debug, thiserror::Error)]
pub enum CardsError {
    #[error("unknown firm '{0}': no firm of the project has this id")]
    UnknownFirm(String),
    #[error("nothing to print: the project has no firms and no blank cards were asked for (--blank N)")]
    Nothing,
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
}

/// One row of a section: the flow's figures, or blank (`None`) for the firm to fill in.
#[derive(Clone, Debug, PartialEq)]
pub struct CardRow {
    pub material: String,
    pub quantity: String,
    pub unit: String,
    pub quality: String,
    pub years: String,
}

/// What one sheet shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CardPage {
    /// The firm's name, or empty on a blank card.
    pub firm: String,
    /// Id, NACE code and address, or empty on a blank card.
    pub details: String,
    /// "2 of 3" where a firm's flows need more than one sheet.
    pub sheet: Option<(usize, usize)>,
    pub has: Vec<Option<CardRow>>,
    pub wants: Vec<Option<CardRow>>,
}

/// The message `key` of the cards in `lang`, with its arguments.
fn words(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    crate::i18n::message(lang, key, (!args.is_empty()).then_some(&fluent))
}

fn row(project: &ProjectData, flow: &Flow, lang: &str) -> CardRow {
    let material = project.material_name(&flow.material, lang).to_string();
    // Years are passed as text: a year is not a number to group ("1,990").
    let years = match (flow.available_from, flow.available_to) {
        (None, None) => String::new(),
        (Some(a), None) => words(lang, "cards-from", &[("year", a.to_string())]),
        (None, Some(b)) => words(lang, "cards-until", &[("year", b.to_string())]),
        (Some(a), Some(b)) => format!("{a}-{b}"),
    };
    let quality = match (&flow.ewc, flow.quality.trim()) {
        (Some(ewc), "") => format!("EWC {ewc}"),
        (Some(ewc), q) => format!("EWC {ewc}; {q}"),
        (None, q) => q.to_string(),
    };
    let decimals = if flow.quantity.fract() == 0.0 || flow.quantity.abs() >= 1000.0 { 0 } else { 2 };
    let quantity = crate::i18n::number(lang, flow.quantity, decimals);
    CardRow { material, quantity, unit: flow.unit.as_str().to_string(), quality, years }
}

/// The sheets for `firms` (all firms where empty) and then `blank` blank cards. Confidential
/// flows are printed only with `include_confidential` (a card lies on a shared table). Material
/// names, years and numbers are written in `lang`.
pub fn card_pages(
    project: &ProjectData,
    firms: &[FirmId],
    blank: usize,
    include_confidential: bool,
    lang: &str,
) -> Result<Vec<CardPage>, CardsError> {
    let chosen: Vec<&crate::core::model::Firm> = if firms.is_empty() {
        project.firms.iter().collect()
    } else {
        firms
            .iter()
            .map(|id| project.firm(id).ok_or_else(|| CardsError::UnknownFirm(id.to_string())))
            .collect::<Result<_, _>>()?
    };
    if chosen.is_empty() && blank == 0 {
        return Err(CardsError::Nothing);
    }
    let mut by_firm: std::collections::HashMap<&FirmId, Vec<&Flow>> = std::collections::HashMap::new();
    for flow in project.flows.iter().filter(|f| include_confidential || !f.confidential) {
        by_firm.entry(&flow.firm).or_default().push(flow);
    }
    let mut pages = Vec::new();
    for firm in chosen {
        let flows = by_firm.get(&firm.id).map_or(&[][..], Vec::as_slice);
        let rows = |direction: Direction| -> Vec<Option<CardRow>> {
            let mut rows: Vec<Option<CardRow>> =
                flows.iter().filter(|f| f.direction == direction).map(|f| Some(row(project, f, lang))).collect();
            rows.extend(std::iter::repeat_n(None, BLANK_ROWS));
            rows
        };
        let (has, wants) = (rows(Direction::Supply), rows(Direction::Demand));
        let mut details = vec![format!("id {}", firm.id)];
        if !firm.nace.is_empty() {
            details.push(format!("NACE {}", firm.nace));
        }
        if !firm.address.is_empty() {
            details.push(firm.address.clone());
        }
        // Split over sheets: each sheet takes up to half its rows from each section, more where
        // the other section has fewer.
        let mut sheets = Vec::new();
        let (mut h, mut w) = (&has[..], &wants[..]);
        while !h.is_empty() || !w.is_empty() || sheets.is_empty() {
            let take_h = h.len().min(ROWS_PER_PAGE - w.len().min(ROWS_PER_PAGE / 2));
            let take_w = w.len().min(ROWS_PER_PAGE - take_h);
            sheets.push((h[..take_h].to_vec(), w[..take_w].to_vec()));
            (h, w) = (&h[take_h..], &w[take_w..]);
        }
        let count = sheets.len();
        for (i, (has, wants)) in sheets.into_iter().enumerate() {
            pages.push(CardPage {
                firm: firm.name.clone(),
                details: details.join("  ·  "),
                sheet: (count > 1).then_some((i + 1, count)),
                has,
                wants,
            });
        }
    }
    for _ in 0..blank {
        pages.push(CardPage {
            firm: String::new(),
            details: String::new(),
            sheet: None,
            has: vec![None; BLANK_CARD_ROWS],
            wants: vec![None; BLANK_CARD_ROWS],
        });
    }
    Ok(pages)
}

/// The cards as one PDF, an A4 sheet per [`CardPage`], its words in `lang`.
pub fn cards_pdf(project: &ProjectData, pages: &[CardPage], lang: &str) -> Result<Vec<u8>, CardsError> {
    let font = Font::new(epaint_default_fonts::UBUNTU_LIGHT.to_vec().into(), 0)
        .ok_or_else(|| CardsError::Pdf("the font could not be read".into()))?;
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| CardsError::Pdf("page size".into()))?;
    let mut document = Document::new();
    for (number, card) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut pen = Pen { surface: &mut surface, font: font.clone() };
        draw_card(&mut pen, project, card, (number + 1, pages.len()), lang);
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| CardsError::Pdf(format!("{e:?}")))
}

/// Blank cards the app adds after the firms' sheets.
pub const APP_BLANK_CARDS: usize = 5;

/// File > Export's cards: `cards.pdf` in `dir`, a sheet per firm and [`APP_BLANK_CARDS`] blank
/// cards, in `lang`.
pub fn export_cards(
    project: &ProjectData,
    dir: &std::path::Path,
    include_confidential: bool,
    lang: &str,
) -> Result<crate::core::export::ExportSummary, crate::core::export::ExportError> {
    use crate::core::export::ExportError;
    let render = |e: CardsError| ExportError::Render(e.to_string());
    let pages = card_pages(project, &[], APP_BLANK_CARDS, include_confidential, lang).map_err(render)?;
    let pdf = cards_pdf(project, &pages, lang).map_err(render)?;
    std::fs::create_dir_all(dir).map_err(|error| ExportError::Io { path: dir.to_path_buf(), error })?;
    let path = dir.join("cards.pdf");
    crate::core::output::write_atomic(&path, &pdf)?;
    let left_out = if include_confidential { 0 } else { project.flows.iter().filter(|f| f.confidential).count() };
    Ok(crate::core::export::ExportSummary { files: vec![path], confidential_left_out: left_out })
}

struct Pen<'a, 'b> {
    surface: &'a mut krilla::surface::Surface<'b>,
    font: Font,
}

impl Pen<'_, '_> {
    fn text(&mut self, x: f32, y: f32, size: f32, grey: u8, text: &str) {
        self.surface.set_fill(Some(Fill {
            paint: krilla::color::rgb::Color::new(grey, grey, grey).into(),
            opacity: NormalizedF32::ONE,
            rule: Default::default(),
        }));
        self.surface.draw_text(Point::from_xy(x, y), self.font.clone(), size, text, false, TextDirection::Auto);
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, grey: u8) {
        let mut pb = PathBuilder::new();
        pb.move_to(x1, y1);
        pb.line_to(x2, y2);
        let Some(path) = pb.finish() else { return };
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            paint: krilla::color::rgb::Color::new(grey, grey, grey).into(),
            width,
            ..Stroke::default()
        }));
        self.surface.draw_path(&path);
        self.surface.set_stroke(None);
    }
}

/// Cuts text to about `width` points at `size`.
fn fit(text: &str, width: f32, size: f32) -> String {
    if width_of(text, size) <= width {
        return text.to_string();
    }
    let mut cut = String::new();
    for c in text.chars() {
        if width_of(&cut, size) + width_of(&format!("{c}…"), size) > width {
            break;
        }
        cut.push(c);
    }
    cut.push('…');
    cut
}

/// `text` in lines of about `width` points at `size`, broken between words.
fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width_of(&format!("{line} {word}"), size) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.into_iter().map(|l| fit(&l, width, size)).collect()
}

/// Columns of a section: the message of its heading and its left edge.
const COLUMNS: [(&str, f32); 5] = [
    ("cards-col-material", 0.0),
    ("cards-col-quantity", 160.0),
    ("cards-col-unit", 245.0),
    ("cards-col-quality", 280.0),
    ("cards-col-years", 448.0),
];

/// About how wide `text` is at `size` in Ubuntu Light: Latin lower case averages under half an
/// em, Cyrillic lower case and capitals more (a safe overestimate: text is cut, never overlaps).
fn width_of(text: &str, size: f32) -> f32 {
    let em = |c: char| match c {
        c if c.is_uppercase() => 0.68,
        '\u{0400}'..='\u{04ff}' => 0.56,
        ' ' | '.' | ',' | ':' | ';' | 'i' | 'l' | 'j' | 't' | 'f' | '(' | ')' => 0.3,
        _ => 0.5,
    };
    text.chars().map(em).sum::<f32>() * size
}

fn draw_card(pen: &mut Pen, project: &ProjectData, card: &CardPage, (number, total): (usize, usize), lang: &str) {
    let t = |key: &str| words(lang, key, &[]);
    let (left, right) = (MARGIN, PAGE_W - MARGIN);
    let mut y = MARGIN + 10.0;
    let heading = if project.meta.name.is_empty() {
        t("cards-heading")
    } else {
        format!("{}  ·  {}", t("cards-heading"), project.meta.name)
    };
    pen.text(left, y, 10.0, 90, &fit(&heading, right - left, 10.0));
    y += 30.0;
    // A label and the line to write on after it.
    let field = |pen: &mut Pen, x: f32, y: f32, size: f32, grey: u8, label: &str, end: f32| {
        pen.text(x, y, size, grey, label);
        let start = (x + width_of(label, size) + 10.0).min(end - 40.0);
        pen.line(start, y + 2.0, end, y + 2.0, 0.6, 120);
    };
    if card.firm.is_empty() {
        field(pen, left, y, 13.0, 0, &t("cards-firm"), right);
        y += 26.0;
        field(pen, left, y, 10.0, 60, &t("cards-nace-address"), right);
    } else {
        let sheet = card.sheet.map_or(String::new(), |(i, n)| {
            format!("  {}", words(lang, "cards-sheet", &[("i", i.to_string()), ("n", n.to_string())]))
        });
        pen.text(left, y, 20.0, 0, &fit(&format!("{}{sheet}", card.firm), right - left, 20.0));
        y += 20.0;
        pen.text(left, y, 10.0, 60, &fit(&card.details, right - left, 10.0));
    }
    y += 26.0;
    field(pen, left, y, 10.0, 60, &t("cards-workshop"), left + 250.0);
    field(pen, left + 262.0, y, 10.0, 60, &t("cards-date"), left + 380.0);
    field(pen, left + 392.0, y, 10.0, 60, &t("cards-contact"), right);
    y += 34.0;
    for (title, hint, rows) in
        [(t("cards-has"), t("cards-has-hint"), &card.has), (t("cards-wants"), t("cards-wants-hint"), &card.wants)]
    {
        pen.text(left, y, 15.0, 0, &title);
        let hint_x = left + (width_of(&title, 15.0) + 12.0).max(62.0);
        pen.text(hint_x, y, 10.0, 60, &fit(&hint, right - hint_x, 10.0));
        y += 16.0;
        for (i, (key, x)) in COLUMNS.iter().enumerate() {
            let width = COLUMNS.get(i + 1).map_or(right - left, |c| c.1) - x - 4.0;
            pen.text(left + x, y, 8.5, 90, &fit(&t(key), width, 8.5));
        }
        y += 4.0;
        pen.line(left, y, right, y, 1.0, 0);
        for row in rows.iter() {
            y += ROW_H;
            if let Some(r) = row {
                let cells = [&r.material, &r.quantity, &r.unit, &r.quality, &r.years];
                for (i, (cell, (_, x))) in cells.iter().zip(COLUMNS).enumerate() {
                    let width = COLUMNS.get(i + 1).map_or(right - left, |c| c.1) - x - 6.0;
                    pen.text(left + x, y - 6.0, 10.0, 0, &fit(cell, width, 10.0));
                }
            }
            pen.line(left, y, right, y, 0.5, 150);
        }
        y += 30.0;
    }
    // The footer, wrapped (a language may need two lines), above the page number's line.
    let lines = wrap(&t("cards-footer"), right - left - 50.0, 8.5);
    let footer_y = PAGE_H - MARGIN;
    let top = footer_y - 11.0 * (lines.len() - 1) as f32;
    pen.line(left, top - 14.0, right, top - 14.0, 0.5, 150);
    for (i, line) in lines.iter().enumerate() {
        pen.text(left, top + 11.0 * i as f32, 8.5, 90, line);
    }
    pen.text(right - 40.0, footer_y, 8.5, 90, &format!("{number} / {total}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::*;

    fn park() -> ProjectData {
        let mut p = ProjectData::new(ProjectMeta { name: "Test park".into(), ..ProjectMeta::default() });
        for (id, name) in [("a", "Åbo Kraft"), ("b", "Завод Б")] {
            p.firms.push(Firm {
                id: FirmId::new(id),
                name: name.into(),
                location: LatLon::new(55.0, 11.0),
                nace: "35.11".into(),
                employees: None,
                address: String::new(),
                notes: String::new(),
                source: String::new(),
                country: String::new(),
                ets: false,
                port: String::new(),
            });
        }
        let flow = |id: i64, firm: &str, direction, material: &str, q: f64, confidential: bool| Flow {
            id: FlowId(id),
            firm: FirmId::new(firm),
            direction,
            material: MaterialId::new(material),
            role: FlowRole::Residue,
            quantity: q,
            unit: Unit::Tonne,
            ewc: None,
            fkko: None,
            workshop_id: String::new(),
            quality: String::new(),
            available_from: None,
            available_to: None,
            price_per_unit: None,
            disposal_cost_per_unit: None,
            accepts_hazardous: false,
            confidential,
            source: String::new(),
        };
        p.flows = vec![
            flow(1, "a", Direction::Supply, "fly_ash", 12_000.0, false),
            flow(2, "a", Direction::Demand, "process_water", 500.0, false),
            flow(3, "a", Direction::Supply, "steel_slag", 7.0, true),
        ];
        p
    }

    #[test]
    fn a_firm_sheet_lists_its_haves_and_wants_with_blank_rows_and_blank_cards_follow() {
        let p = park();
        let pages = card_pages(&p, &[FirmId::new("a")], 2, false, "en").unwrap();
        assert_eq!(pages.len(), 3);
        let first = &pages[0];
        assert_eq!(first.firm, "Åbo Kraft");
        let filled: Vec<&CardRow> = first.has.iter().flatten().collect();
        assert_eq!(filled.len(), 1, "the confidential slag is left out");
        assert_eq!(filled[0].quantity, "12,000");
        assert_eq!(first.has.len(), 1 + BLANK_ROWS);
        assert_eq!(first.wants.iter().flatten().count(), 1);
        assert!(pages[1].firm.is_empty() && pages[1].has.iter().all(Option::is_none));
        let with = card_pages(&p, &[FirmId::new("a")], 0, true, "en").unwrap();
        assert_eq!(with[0].has.iter().flatten().count(), 2);
    }

    #[test]
    fn without_firms_named_every_firm_gets_a_sheet_and_an_unknown_firm_is_refused() {
        let p = park();
        let pages = card_pages(&p, &[], 0, false, "en").unwrap();
        assert_eq!(pages.iter().map(|c| c.firm.as_str()).collect::<Vec<_>>(), ["Åbo Kraft", "Завод Б"]);
        let err = card_pages(&p, &[FirmId::new("zz")], 0, false, "en").unwrap_err().to_string();
        assert_eq!(err, "unknown firm 'zz': no firm of the project has this id");
        let empty = ProjectData::new(ProjectMeta::default());
        assert!(matches!(card_pages(&empty, &[], 0, false, "en"), Err(CardsError::Nothing)));
        assert_eq!(card_pages(&empty, &[], 1, false, "en").unwrap().len(), 1);
    }

    #[test]
    fn a_firm_with_many_flows_continues_on_numbered_sheets() {
        let mut p = park();
        for i in 0..40 {
            let mut f = p.flows[0].clone();
            f.id = FlowId(100 + i);
            p.flows.push(f);
        }
        let pages = card_pages(&p, &[FirmId::new("a")], 0, false, "en").unwrap();
        assert!(pages.len() >= 2);
        assert_eq!(pages[0].sheet, Some((1, pages.len())));
        let rows: usize = pages.iter().map(|c| c.has.iter().flatten().count()).sum();
        assert_eq!(rows, 41, "every flow is printed once");
        assert!(pages.iter().all(|c| c.has.len() + c.wants.len() <= ROWS_PER_PAGE));
    }

    #[test]
    fn the_pdf_has_one_a4_page_per_card() {
        let p = park();
        let pages = card_pages(&p, &[], 3, false, "en").unwrap();
        let pdf = cards_pdf(&p, &pages, "en").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&pdf);
        let count = |pattern: &str| text.matches(pattern).count();
        let pages = count("/Type /Page") + count("/Type/Page") - count("/Type /Pages") - count("/Type/Pages");
        assert_eq!(pages, 5, "2 firms + 3 blank");
        assert!(text.contains("595.28") && text.contains("841.89"), "A4: {}", &text[..text.len().min(3000)]);
    }

    #[test]
    fn cards_speak_the_language_asked_for() {
        let mut p = park();
        p.flows[0].available_from = Some(1990);
        p.flows[0].quantity = 12_500.0;
        let en = card_pages(&p, &[FirmId::new("a")], 0, false, "en").unwrap();
        let ru = card_pages(&p, &[FirmId::new("a")], 0, false, "ru").unwrap();
        let (en, ru) = (en[0].has[0].clone().unwrap(), ru[0].has[0].clone().unwrap());
        let fly_ash = p.material(&MaterialId::new("fly_ash")).unwrap();
        assert_eq!(en.material, fly_ash.name);
        assert_eq!(ru.material, fly_ash.name_in("ru"));
        assert!(
            ru.material.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
            "{}",
            ru.material
        );
        assert_eq!((en.years.as_str(), ru.years.as_str()), ("from 1990", "с 1990"), "a year is not grouped");
        assert_eq!(en.quantity, "12,500");
        assert_eq!(ru.quantity, "12\u{a0}500", "Russian groups with a no-break space");
        // Every word of the sheet is a message of every language: none falls back to English.
        for key in ["cards-heading", "cards-has", "cards-wants", "cards-footer", "cards-col-quantity"] {
            for lang in ["ru", "da", "fi", "lt"] {
                assert_ne!(words(lang, key, &[]), words("en", key, &[]), "{key} in {lang}");
            }
        }
        let pdf = cards_pdf(&p, &card_pages(&p, &[], 1, false, "fi").unwrap(), "fi").unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
