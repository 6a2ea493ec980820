//! The evidence the rules write (details and reasons) reads in the chosen locale: every
//! message id a rule can emit has a text in both locales, and German output carries no
//! English sentence of the rules.

#![expect(
    clippy::unwrap_used,
    reason = "helpers read fixtures; a fixture that does not load should fail the test"
)]

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::check::{Catalogue, detail_text, reason_text};
use cray::i18n::{Lang, Localizer, message_ids};
use cray::model::{CheckResult, Finding, Message, Status};
use fixtures::Tenant;

/// Returns every string literal starting with `evidence-` in the given source text.
fn evidence_literals(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|literal| literal.starts_with("evidence-"))
        .map(str::to_owned)
        .collect()
}

/// Returns the message ids the rules under checks/ and the rule engine can emit.
fn emitted_ids() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(format!("{root}/checks")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "rego") {
            ids.extend(evidence_literals(&std::fs::read_to_string(path).unwrap()));
        }
    }
    let engine = std::fs::read_to_string(format!("{root}/src/check/engine.rs")).unwrap();
    ids.extend(evidence_literals(&engine));
    ids.sort();
    ids.dedup();
    ids
}

/// Returns a message and every message appended to it, depth first.
fn flatten(message: &Message) -> Vec<&Message> {
    let mut all = vec![message];
    for next in &message.appended {
        all.extend(flatten(next));
    }
    all
}

/// Returns every message in a set of results: details and reasons.
fn messages(results: &[CheckResult]) -> Vec<&Message> {
    let details = results.iter().filter_map(|r| r.detail_message.as_ref());
    let reasons = results
        .iter()
        .flat_map(|r| &r.affected)
        .filter_map(|object| object.reason_message.as_ref());
    details.chain(reasons).flat_map(flatten).collect()
}

fn demo_findings() -> Vec<Finding> {
    let catalogue = Catalogue::embedded().unwrap();
    let results = Tenant::fixture("demo").evaluate();
    results
        .values()
        .map(|result| {
            catalogue
                .get(&result.check_id)
                .unwrap()
                .finding(result, None)
        })
        .collect()
}

#[test]
fn rules_emit_evidence_ids() {
    assert!(emitted_ids().len() > 50, "{:?}", emitted_ids());
}

#[test]
fn every_emitted_id_exists_in_every_locale() {
    for lang in Lang::ALL {
        let defined = message_ids(lang);
        let missing: Vec<_> = emitted_ids()
            .into_iter()
            .filter(|id| !defined.contains(id))
            .collect();
        assert!(missing.is_empty(), "missing in {lang}: {missing:?}");
    }
}

#[test]
fn every_evidence_text_is_translated() {
    let english = Localizer::new(Lang::EnUs).unwrap();
    let german = Localizer::new(Lang::DeDe).unwrap();
    let same: Vec<String> = message_ids(Lang::EnUs)
        .into_iter()
        .filter(|id| id.starts_with("evidence-"))
        .filter(|id| english.text(id) == german.text(id))
        .collect();
    assert!(same.is_empty(), "German text equals English: {same:?}");
}

#[test]
fn demo_failures_carry_messages() {
    for finding in demo_findings() {
        if finding.status != Status::Fail {
            continue;
        }
        assert!(
            finding.detail_message.is_some(),
            "{}: no detail message",
            finding.check_id
        );
        for object in &finding.affected {
            assert!(
                object.reason_message.is_some(),
                "{}: no reason message for {}",
                finding.check_id,
                object.id
            );
        }
    }
}

#[test]
fn demo_messages_exist_in_both_locales() {
    let results = Tenant::fixture("demo").evaluate();
    let results: Vec<CheckResult> = results.into_values().collect();
    let english = message_ids(Lang::EnUs);
    let german = message_ids(Lang::DeDe);
    for message in messages(&results) {
        assert!(english.contains(&message.id), "{} not in en-US", message.id);
        assert!(german.contains(&message.id), "{} not in de-DE", message.id);
    }
}

#[test]
fn german_demo_evidence_has_no_english_sentence() {
    let results = Tenant::fixture("demo").evaluate();
    let results: Vec<CheckResult> = results.into_values().collect();
    let english = Localizer::new(Lang::EnUs).unwrap();
    let german = Localizer::new(Lang::DeDe).unwrap();
    for message in messages(&results) {
        let alone = Message {
            appended: Vec::new(),
            ..message.clone()
        };
        assert_ne!(german.message(&alone), english.message(&alone), "{alone:?}");
    }
}

#[test]
fn german_demo_details_and_reasons_differ_from_english() {
    let english = Localizer::new(Lang::EnUs).unwrap();
    let german = Localizer::new(Lang::DeDe).unwrap();
    for finding in demo_findings() {
        if finding.detail_message.is_some() {
            assert_eq!(detail_text(&finding, &english), finding.detail);
            assert_ne!(detail_text(&finding, &german), finding.detail);
        }
        for object in &finding.affected {
            assert_eq!(reason_text(object, &english), object.reason);
            assert_ne!(reason_text(object, &german), object.reason);
        }
    }
}

#[test]
fn demo_mfa_reason_renders_in_german() {
    let german = Localizer::new(Lang::DeDe).unwrap();
    let findings = demo_findings();
    let mfa = findings
        .iter()
        .find(|f| f.check_id.0 == "CRAY-ENTRA-001")
        .unwrap();
    let pilot = mfa
        .affected
        .iter()
        .find(|object| object.display_name.contains("(pilot)"))
        .unwrap();
    let text = reason_text(pilot, &german);
    assert!(text.starts_with("Verlangt MFA für alle Benutzer"), "{text}");
    assert!(text.contains("„Nur Bericht“"), "{text}");
    assert!(text.contains("CA-Pilot-Exclusions"), "{text}");
}

#[test]
fn stored_result_without_messages_loads() {
    let stored = r#"{"check_id":"CRAY-ENTRA-007","status":"fail",
        "detail":"Conditional Access policies in report-only mode, enforcing nothing: CA001.",
        "affected":[{"id":"p1","display_name":"CA001","reason":"report-only"}]}"#;
    let result: CheckResult = serde_json::from_str(stored).unwrap();
    assert_eq!(result.detail_message, None);
    assert_eq!(result.affected[0].reason_message, None);
}

#[test]
fn stored_text_is_shown_when_message_is_missing() {
    let german = Localizer::new(Lang::DeDe).unwrap();
    let mut finding = demo_findings().remove(0);
    finding.detail = "stored text".to_owned();
    finding.detail_message = None;
    assert_eq!(detail_text(&finding, &german), "stored text");
}

#[test]
fn rule_messages_are_serialized_with_results() {
    let results = Tenant::fixture("demo").evaluate();
    let json = serde_json::to_string(&results["CRAY-ENTRA-007"]).unwrap();
    assert!(
        json.contains(r#""detail_message":{"id":"evidence-cray-entra-007-report-only""#),
        "{json}"
    );
}
