//! Consistency of the TUI texts: every message id the TUI looks up exists in every locale, so
//! no screen falls back to showing a raw id.

#![allow(
    clippy::unwrap_used,
    reason = "a test should stop at the first unexpected value"
)]

use std::fs;
use std::path::Path;

use cray::i18n::{Lang, message_ids};
use cray::model::{Severity, Status, TriageStatus};
use cray::tui::{Action, Keymap, Mode};

const MODES: [Mode; 16] = [
    Mode::Tenants,
    Mode::Collection,
    Mode::Findings,
    Mode::TriageNote,
    Mode::Export,
    Mode::Help,
    Mode::ConfirmQuit,
    Mode::ConfirmPurge,
    Mode::ChooseKeyStorage,
    Mode::Runs,
    Mode::TenantForm,
    Mode::ConfirmCancel,
    Mode::TriageEdit,
    Mode::History,
    Mode::ConfirmDelete,
    Mode::Search,
];

/// Prefixes of the message ids that the TUI sources name literally.
const UI_PREFIXES: [&str; 10] = [
    "app-", "screen-", "detail-", "dialog-", "toast-", "run-", "dataset-", "reason-", "export-",
    "effort-",
];

fn assert_defined(ids: impl IntoIterator<Item = String>) {
    let ids: Vec<String> = ids.into_iter().collect();
    for lang in Lang::ALL {
        let defined = message_ids(lang);
        for id in &ids {
            assert!(defined.contains(id), "{id} is missing in {lang}");
        }
    }
}

#[test]
fn every_action_has_a_message() {
    assert_defined(Action::ALL.iter().map(|action| action.message_id()));
}

#[test]
fn every_bound_action_is_a_known_action() {
    let keymap = Keymap::default();
    for mode in MODES {
        for binding in keymap.bindings(mode) {
            assert!(
                Action::ALL.contains(&binding.action),
                "{mode:?} binds {:?}",
                binding.action
            );
        }
    }
}

#[test]
fn every_mode_has_a_name() {
    assert_defined(MODES.iter().map(|mode| format!("mode-{}", mode.name())));
}

#[test]
fn every_severity_has_long_and_short_names() {
    assert_defined(
        Severity::DESCENDING
            .iter()
            .map(|s| format!("severity-{}", s.key())),
    );
    assert_defined(
        Severity::DESCENDING
            .iter()
            .map(|s| format!("severity-short-{}", s.key())),
    );
}

#[test]
fn every_status_and_triage_has_a_name() {
    let statuses = [Status::Pass, Status::Fail, Status::NotAssessable];
    assert_defined(statuses.iter().map(|s| format!("status-{}", s.key())));
    let triage = [
        TriageStatus::Open,
        TriageStatus::AcceptedRisk,
        TriageStatus::FalsePositive,
    ];
    assert_defined(triage.iter().map(|t| format!("triage-{}", t.key())));
    let notes = [TriageStatus::AcceptedRisk, TriageStatus::FalsePositive];
    assert_defined(
        notes
            .iter()
            .map(|t| format!("dialog-note-title-{}", t.key())),
    );
}

#[test]
fn every_language_and_column_has_a_label() {
    assert_defined(
        Lang::ALL
            .iter()
            .map(|lang| format!("export-language-{}", lang.tag())),
    );
    let columns = ["severity", "title", "effort", "status", "triage"];
    assert_defined(columns.iter().map(|c| format!("screen-findings-col-{c}")));
}

/// Returns the string literals of a Rust source that look like message ids with a UI prefix.
fn literal_ids(source: &str) -> Vec<String> {
    let is_id_char = |c: char| c.is_ascii_lowercase() || c == '-' || c == '_';
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|text| !text.is_empty() && text.chars().all(is_id_char) && !text.ends_with('-'))
        .filter(|text| UI_PREFIXES.iter().any(|prefix| text.starts_with(prefix)))
        .map(str::to_owned)
        .collect()
}

fn sources(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.extend(literal_ids(&fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn every_literal_message_id_in_the_tui_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut ids = Vec::new();
    sources(&root, &mut ids);
    assert!(
        ids.len() > 40,
        "only {} ids found; the scan is broken",
        ids.len()
    );
    assert_defined(ids);
}
