//! Findings views, mouse, themes and resizing: `App::update` tests without a terminal, and
//! screens drawn into a ratatui `TestBackend`.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

#[path = "support/tui.rs"]
mod support;

use cray::config::ThemeName;
use cray::i18n::{Lang, Localizer};
use cray::model::{
    AffectedObject, CheckId, CollectEvent, Dataset, Effort, EffortClass, Finding, Severity, Status,
};
use cray::tui::{
    App, Hit, Keymap, Mode, Msg, SortKey, StatusFilter, Theme, Ui, hit_test, prepare_frame, render,
};
use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use support::{app_with_findings, app_with_tenants, findings, press, tenant_name, type_text};

fn shown_checks(app: &App) -> Vec<String> {
    let state = app.findings.as_ref().unwrap();
    state
        .visible
        .iter()
        .map(|&index| state.findings[index].check_id.0.clone())
        .collect()
}

fn selected_check(app: &App) -> String {
    let state = app.findings.as_ref().unwrap();
    state.selected_finding().unwrap().check_id.0.clone()
}

#[test]
fn sort_key_cycles_through_orders() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('s'));
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.query.sort, SortKey::Severity);
    assert_eq!(shown_checks(&app)[0], "CRAY-TEST-MFA-ADMINS");
    assert_eq!(shown_checks(&app)[4], "CRAY-TEST-PIM");

    press(&mut app, KeyCode::Char('s'));
    let by_effort = shown_checks(&app);
    assert_eq!(by_effort[0], "CRAY-TEST-MAIL-FORWARD", "2.5 h comes first");
    assert_eq!(by_effort[4], "CRAY-TEST-GUEST-INVITE", "40 h comes last");

    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('s'));
    let by_id = shown_checks(&app);
    let mut sorted = by_id.clone();
    sorted.sort();
    assert_eq!(by_id, sorted);

    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.findings.as_ref().unwrap().query.sort, SortKey::Risk);
}

#[test]
fn sorting_keeps_selected_finding() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Down);
    let before = selected_check(&app);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(selected_check(&app), before);
}

#[test]
fn status_filter_shows_failed_only() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('S'));
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.query.status, StatusFilter::Fail);
    assert_eq!(shown_checks(&app).len(), 3);
    press(&mut app, KeyCode::Char('S'));
    press(&mut app, KeyCode::Char('S'));
    assert_eq!(shown_checks(&app), ["CRAY-TEST-MAIL-FORWARD"]);
    assert_eq!(selected_check(&app), "CRAY-TEST-MAIL-FORWARD");
}

#[test]
fn severity_filter_moves_selection_to_visible_row() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('V'));
    assert_eq!(shown_checks(&app), ["CRAY-TEST-MFA-ADMINS"]);
    press(&mut app, KeyCode::Char('V'));
    assert_eq!(
        shown_checks(&app),
        ["CRAY-TEST-LEGACY-AUTH", "CRAY-TEST-MAIL-FORWARD"]
    );
    assert_eq!(selected_check(&app), "CRAY-TEST-LEGACY-AUTH");
}

#[test]
fn selection_moves_over_visible_rows_only() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('S'));
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(selected_check(&app), "CRAY-TEST-PIM");
    press(&mut app, KeyCode::Up);
    assert_eq!(selected_check(&app), "CRAY-TEST-LEGACY-AUTH");
}

#[test]
fn topic_filter_cycles_back_to_all() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('T'));
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.query.topic.as_deref(), Some("identity"));
    press(&mut app, KeyCode::Char('T'));
    assert_eq!(app.findings.as_ref().unwrap().query.topic, None);
}

#[test]
fn search_filters_while_typing() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('/'));
    assert_eq!(app.mode(), Mode::Search);
    type_text(&mut app, "legacy");
    assert_eq!(shown_checks(&app), ["CRAY-TEST-LEGACY-AUTH"]);
    assert_eq!(selected_check(&app), "CRAY-TEST-LEGACY-AUTH");
}

#[test]
fn enter_keeps_search_and_esc_clears_it() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "mfa");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Findings);
    assert_eq!(shown_checks(&app), ["CRAY-TEST-MFA-ADMINS"]);

    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Findings);
    assert_eq!(shown_checks(&app).len(), 5);
}

#[test]
fn search_matches_title_and_topic() {
    let mut app = app_with_findings(Lang::EnUs);
    let title = (
        CheckId("CRAY-TEST-PIM".to_owned()),
        "Privileged Identity Management".to_owned(),
    );
    app.update(Msg::FindingTitles(vec![title]));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "privileged");
    assert_eq!(shown_checks(&app), ["CRAY-TEST-PIM"]);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "IDENTITY");
    assert_eq!(
        shown_checks(&app).len(),
        5,
        "every fixture has topic identity"
    );
}

#[test]
fn search_without_match_leaves_nothing_selected() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "no such check");
    let state = app.findings.as_ref().unwrap();
    assert!(state.visible.is_empty());
    assert!(state.selected_finding().is_none());
    press(&mut app, KeyCode::Enter);
    assert!(press(&mut app, KeyCode::Char('a')).is_empty());
    assert!(app.dialog.is_none(), "no finding to accept");
}

fn quick_win(id: &str, (likelihood, impact): (u8, u8), hours: f32, status: Status) -> Finding {
    let mut finding = findings()[0].clone();
    finding.check_id = CheckId(id.to_owned());
    finding.likelihood = likelihood;
    finding.impact = impact;
    finding.effort = Effort {
        class: EffortClass::M,
        hours,
    };
    finding.status = status;
    finding.triage = cray::model::TriageStatus::Open;
    finding
}

#[test]
fn quick_wins_order_by_risk_then_effort() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::Action(cray::tui::Action::OpenFindings));
    let list = vec![
        quick_win("SLOW-HIGH", (4, 5), 40.0, Status::Fail),
        quick_win("FAST-HIGH", (5, 4), 2.0, Status::Fail),
        quick_win("FAST-LOW", (1, 2), 1.0, Status::Fail),
        quick_win("PASSED", (5, 5), 1.0, Status::Pass),
        quick_win("TOP", (5, 5), 8.0, Status::Fail),
    ];
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(list),
    });
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(
        shown_checks(&app),
        ["TOP", "FAST-HIGH", "SLOW-HIGH", "FAST-LOW"]
    );
    press(&mut app, KeyCode::Char('w'));
    assert_eq!(shown_checks(&app).len(), 5);
}

#[test]
fn backspace_clears_filters_but_keeps_sort() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('S'));
    press(&mut app, KeyCode::Char('V'));
    press(&mut app, KeyCode::Backspace);
    let state = app.findings.as_ref().unwrap();
    assert!(!state.query.is_filtered());
    assert_eq!(state.query.sort, SortKey::Severity);
    assert_eq!(state.visible.len(), 5);
}

#[test]
fn page_down_scrolls_one_pane_height() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::DetailMaxScroll(100));
    app.update(Msg::DetailPage(12));
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 11);
}

#[test]
fn focused_detail_takes_arrow_and_end_keys() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::DetailMaxScroll(200_000));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    let state = app.findings.as_ref().unwrap();
    assert_eq!(state.detail_scroll, 2);
    assert_eq!(selected_check(&app), "CRAY-TEST-MFA-ADMINS");
    press(&mut app, KeyCode::End);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 200_000);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 0);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Down);
    assert_eq!(selected_check(&app), "CRAY-TEST-LEGACY-AUTH");
}

#[test]
fn click_selects_finding_row() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::Click(Hit::FindingRow(2)));
    assert_eq!(selected_check(&app), shown_checks(&app)[2]);
    app.update(Msg::Click(Hit::DetailPane));
    assert!(app.findings.as_ref().unwrap().is_detail_focused);
}

#[test]
fn click_selects_tenant_row() {
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::Click(Hit::TenantRow(3)));
    assert_eq!(app.tenants.selected, 3);
}

#[test]
fn click_under_dialog_is_ignored() {
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('?'));
    app.update(Msg::Click(Hit::FindingRow(3)));
    assert_eq!(selected_check(&app), "CRAY-TEST-MFA-ADMINS");
}

#[test]
fn wheel_scrolls_lists_and_detail() {
    let mut app = app_with_findings(Lang::EnUs);
    app.update(Msg::DetailMaxScroll(50));
    app.update(Msg::Wheel {
        hit: Hit::DetailPane,
        lines: 3,
    });
    assert_eq!(app.findings.as_ref().unwrap().detail_scroll, 3);
    app.update(Msg::Wheel {
        hit: Hit::FindingsTable,
        lines: 3,
    });
    assert_eq!(selected_check(&app), shown_checks(&app)[3]);

    let mut tenants = app_with_tenants(Lang::EnUs);
    tenants.update(Msg::Wheel {
        hit: Hit::TenantRow(0),
        lines: 3,
    });
    assert_eq!(tenants.tenants.selected, 3);
}

#[test]
fn collection_cursor_moves_and_follows_again() {
    let mut app = collecting_last_dataset(Lang::EnUs);
    let last = Dataset::COLLECTED.len() - 1;
    assert_eq!(app.collection().unwrap().focus(), last);
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.collection().unwrap().cursor, Some(0));
    press(&mut app, KeyCode::Down);
    assert_eq!(app.collection().unwrap().cursor, Some(1));
    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.collection().unwrap().cursor, None);
}

/// Returns an app collecting every dataset with the last one being read.
fn collecting_last_dataset(lang: Lang) -> App {
    let mut app = app_with_tenants(lang);
    press(&mut app, KeyCode::Char('c'));
    let tenant = app.tenants.selected_tenant().unwrap().name.clone();
    let mut events = vec![CollectEvent::Started {
        datasets: Dataset::COLLECTED.to_vec(),
    }];
    let (last, done) = Dataset::COLLECTED.split_last().unwrap();
    events.extend(done.iter().map(|dataset| CollectEvent::DatasetFinished {
        dataset: *dataset,
        objects: 2,
    }));
    events.push(CollectEvent::DatasetStarted { dataset: *last });
    for event in events {
        app.update(Msg::Collect {
            tenant: tenant.clone(),
            event,
        });
    }
    app
}

fn ui_parts(lang: Lang, theme: ThemeName, no_color: bool) -> (Localizer, Theme, Keymap) {
    (
        Localizer::new(lang).unwrap(),
        Theme::builtin(theme, no_color).unwrap(),
        Keymap::default(),
    )
}

/// Draws `app` after the measurements the loop makes before each frame.
fn draw_with(
    app: &mut App,
    parts: &(Localizer, Theme, Keymap),
    size: (u16, u16),
) -> Terminal<TestBackend> {
    let ui = Ui {
        l10n: &parts.0,
        theme: &parts.1,
        keymap: &parts.2,
    };
    let (width, height) = size;
    prepare_frame(app, &ui, Rect::new(0, 0, width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(frame, app, &ui)).unwrap();
    terminal
}

fn screen_text(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width);
    let symbols: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    symbols.chunks(width).map(|row| row.concat()).collect()
}

/// Snapshots an app in both locales at 80x24 and 120x40 as `<name>_<lang>_<size>`.
fn snapshot_all(name: &str, build: impl Fn(Lang) -> App) {
    for lang in Lang::ALL {
        let parts = ui_parts(lang, ThemeName::Dark, false);
        for size in [(80, 24), (120, 40)] {
            let mut app = build(lang);
            let terminal = draw_with(&mut app, &parts, size);
            let snapshot = format!("{name}_{}_{}x{}", lang.tag(), size.0, size.1);
            insta::assert_snapshot!(snapshot, terminal.backend());
        }
    }
}

#[test]
fn header_with_sort_and_filters() {
    snapshot_all("findings_filtered", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('s'));
        press(&mut app, KeyCode::Char('S'));
        press(&mut app, KeyCode::Char('V'));
        press(&mut app, KeyCode::Char('V'));
        press(&mut app, KeyCode::Char('T'));
        app
    });
}

#[test]
fn header_while_searching() {
    snapshot_all("findings_searching", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "auth");
        app
    });
}

#[test]
fn header_of_quick_wins() {
    snapshot_all("findings_quick_wins", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('w'));
        app
    });
}

#[test]
fn header_when_nothing_matches() {
    snapshot_all("findings_no_match", |lang| {
        let mut app = app_with_findings(lang);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "zzz");
        press(&mut app, KeyCode::Enter);
        app
    });
}

#[test]
fn collection_shows_active_dataset_at_80x24() {
    snapshot_all("collection_scrolled", collecting_last_dataset);
    let parts = ui_parts(Lang::EnUs, ThemeName::Dark, false);
    let mut app = collecting_last_dataset(Lang::EnUs);
    let last = Dataset::COLLECTED.last().unwrap().key();
    let screen = screen_text(&draw_with(&mut app, &parts, (80, 24))).join("\n");
    assert!(screen.contains(last), "{screen}");
}

/// Returns the findings app with 100k affected objects on the selected finding.
fn app_with_many_objects() -> App {
    let mut list = findings();
    let index = list
        .iter()
        .position(|f| f.check_id.0 == "CRAY-TEST-MFA-ADMINS")
        .unwrap();
    list[index].affected = (0..100_000)
        .map(|n| AffectedObject {
            id: format!("id-{n}"),
            display_name: format!("User {n}"),
            reason: "Global Administrator without MFA".to_owned(),
            reason_message: None,
        })
        .collect();
    let mut app = app_with_tenants(Lang::EnUs);
    app.update(Msg::Action(cray::tui::Action::OpenFindings));
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(list),
    });
    app
}

#[test]
fn detail_scrolls_through_100k_objects() {
    let parts = ui_parts(Lang::EnUs, ThemeName::Dark, false);
    let mut app = app_with_many_objects();
    draw_with(&mut app, &parts, (120, 40));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::End);
    let end = screen_text(&draw_with(&mut app, &parts, (120, 40))).join("\n");
    assert!(end.contains("User 99999 (id-99999)"), "{end}");
    assert!(end.contains("cis-m365-v7:5.2.2.1"), "{end}");

    let state = app.findings.as_mut().unwrap();
    state.detail_scroll = state.detail_max_scroll.unwrap() / 2;
    let middle = screen_text(&draw_with(&mut app, &parts, (120, 40))).join("\n");
    assert!(middle.contains("User 499"), "{middle}");
    assert!(!middle.contains("cis-m365-v7"), "{middle}");
}

#[test]
fn resize_redraws_at_new_size() {
    let parts = ui_parts(Lang::EnUs, ThemeName::Dark, false);
    let ui = Ui {
        l10n: &parts.0,
        theme: &parts.1,
        keymap: &parts.2,
    };
    let mut app = app_with_findings(Lang::EnUs);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| render(frame, &app, &ui)).unwrap();
    terminal.backend_mut().resize(80, 24);
    prepare_frame(&mut app, &ui, Rect::new(0, 0, 80, 24));
    terminal.draw(|frame| render(frame, &app, &ui)).unwrap();

    let fresh = draw_with(&mut app, &parts, (80, 24));
    assert_eq!(screen_text(&terminal), screen_text(&fresh));
    assert_eq!(terminal.backend().buffer().area, Rect::new(0, 0, 80, 24));
}

#[test]
fn click_position_finds_drawn_row_at_both_sizes() {
    for (width, height) in [(80, 24), (120, 40)] {
        let parts = ui_parts(Lang::EnUs, ThemeName::Dark, false);
        let ui = Ui {
            l10n: &parts.0,
            theme: &parts.1,
            keymap: &parts.2,
        };
        let mut app = app_with_findings(Lang::EnUs);
        let rows = screen_text(&draw_with(&mut app, &parts, (width, height)));
        let row = rows
            .iter()
            .position(|r| r.contains("CRAY-TEST-LEGACY-AUTH"))
            .unwrap();
        let area = Rect::new(0, 0, width, height);
        let hit = hit_test(&app, &ui, area, 20, u16::try_from(row).unwrap());
        assert_eq!(hit, Some(Hit::FindingRow(1)), "{width}x{height}");
        let detail = hit_test(&app, &ui, area, 20, height - 3);
        assert_eq!(detail, Some(Hit::DetailPane), "{width}x{height}");
    }
}

#[test]
fn click_position_finds_tenant_row() {
    let parts = ui_parts(Lang::EnUs, ThemeName::Dark, false);
    let ui = Ui {
        l10n: &parts.0,
        theme: &parts.1,
        keymap: &parts.2,
    };
    let mut app = app_with_tenants(Lang::EnUs);
    let rows = screen_text(&draw_with(&mut app, &parts, (80, 24)));
    let row = rows.iter().position(|r| r.contains("mueller")).unwrap();
    let hit = hit_test(
        &app,
        &ui,
        Rect::new(0, 0, 80, 24),
        5,
        u16::try_from(row).unwrap(),
    );
    assert_eq!(hit, Some(Hit::TenantRow(1)));
}

/// Returns the cell at the first occurrence of `text` on the screen.
fn cell_of<'a>(terminal: &'a Terminal<TestBackend>, text: &str) -> &'a ratatui::buffer::Cell {
    let rows = screen_text(terminal);
    let (y, row) = rows
        .iter()
        .enumerate()
        .find(|(_, r)| r.contains(text))
        .unwrap();
    let byte = row.find(text).unwrap();
    let x = row[..byte].chars().count();
    let buffer = terminal.backend().buffer();
    &buffer[(u16::try_from(x).unwrap(), u16::try_from(y).unwrap())]
}

#[test]
fn each_theme_colours_key_cells() {
    for name in ThemeName::ALL {
        let parts = ui_parts(Lang::EnUs, name, false);
        let theme = parts.1.clone();
        let mut app = app_with_findings(Lang::EnUs);
        let terminal = draw_with(&mut app, &parts, (120, 40));

        let critical = cell_of(&terminal, "Critical");
        assert_eq!(
            Some(critical.fg),
            theme.severity_critical.fg,
            "{}",
            name.key()
        );
        let selected = cell_of(&terminal, "▶");
        let selection = theme.selection_bg;
        if let Some(bg) = selection.bg {
            assert_eq!(selected.bg, bg, "{}", name.key());
        } else {
            assert!(
                selected.modifier.contains(Modifier::REVERSED),
                "{}",
                name.key()
            );
        }
        let title = cell_of(&terminal, "Findings of");
        assert_eq!(Some(title.fg), theme.title.fg, "{}", name.key());
    }
}

#[test]
fn no_color_draws_without_colours_but_keeps_selection() {
    for name in ThemeName::ALL {
        let parts = ui_parts(Lang::EnUs, name, true);
        let mut app = app_with_findings(Lang::EnUs);
        let terminal = draw_with(&mut app, &parts, (80, 24));
        for cell in terminal.backend().buffer().content() {
            assert_eq!(cell.fg, Color::Reset, "{}", name.key());
            assert_eq!(cell.bg, Color::Reset, "{}", name.key());
        }
        let selected = cell_of(&terminal, "▶");
        assert!(
            selected.modifier.contains(Modifier::REVERSED),
            "{}",
            name.key()
        );
        let critical = cell_of(&terminal, "Critical");
        assert!(critical.modifier.contains(Modifier::BOLD), "{}", name.key());
    }
}

#[test]
fn theme_snapshots_show_styles() {
    for name in ThemeName::ALL {
        let parts = ui_parts(Lang::EnUs, name, false);
        let mut app = app_with_findings(Lang::EnUs);
        let terminal = draw_with(&mut app, &parts, (80, 24));
        let buffer = terminal.backend().buffer();
        let styles: Vec<String> = screen_text(&terminal)
            .iter()
            .take(12)
            .enumerate()
            .map(|(y, row)| {
                let y = u16::try_from(y).unwrap();
                let first = &buffer[(2, y)];
                let severity = &buffer[(4, y)];
                format!(
                    "{row}\n    fg={:?} bg={:?} mod={:?} | sev fg={:?} mod={:?}",
                    first.fg, first.bg, first.modifier, severity.fg, severity.modifier
                )
            })
            .collect();
        insta::assert_snapshot!(format!("theme_{}", name.key()), styles.join("\n"));
    }
}

#[test]
fn severity_filter_names_severity_in_header() {
    let parts = ui_parts(Lang::DeDe, ThemeName::Dark, false);
    let mut app = app_with_findings(Lang::DeDe);
    press(&mut app, KeyCode::Char('V'));
    let rows = screen_text(&draw_with(&mut app, &parts, (80, 24)));
    let header = rows.iter().find(|r| r.contains("Sortiert")).unwrap();
    assert!(header.contains("Schweregrad: Kritisch"), "{header}");
    assert_eq!(
        app.findings.as_ref().unwrap().query.severity,
        Some(Severity::Critical)
    );
}

#[test]
fn help_lists_keys_from_config() {
    let keys = [("cycle_sort".to_owned(), vec!["F5".to_owned()])].into();
    let parts = (
        Localizer::new(Lang::EnUs).unwrap(),
        Theme::builtin(ThemeName::Dark, false).unwrap(),
        Keymap::with_overrides(&keys).unwrap(),
    );
    let mut app = app_with_findings(Lang::EnUs);
    press(&mut app, KeyCode::Char('?'));
    let screen = screen_text(&draw_with(&mut app, &parts, (120, 40)));
    let sort = screen.iter().find(|row| row.contains("Sort ")).unwrap();
    assert!(sort.contains("F5"), "{sort}");
    assert!(!screen.iter().any(|row| row.contains("│s ")), "{screen:#?}");
}
