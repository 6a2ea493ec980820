//! Every check has its four texts and its topic name in every shipped locale.

use cray::check::{Catalogue, MESSAGE_PARTS, message_id};
use cray::i18n::{Lang, Localizer, message_ids};

#[test]
fn every_check_has_all_texts_in_every_locale() {
    let catalogue = Catalogue::embedded().unwrap();
    for lang in Lang::ALL {
        let defined = message_ids(lang);
        for check in catalogue.checks() {
            for part in MESSAGE_PARTS {
                let id = message_id(&check.id, part);
                assert!(defined.contains(&id), "{lang} lacks {id}");
            }
        }
    }
}

#[test]
fn every_topic_has_a_name_in_every_locale() {
    let catalogue = Catalogue::embedded().unwrap();
    for lang in Lang::ALL {
        let defined = message_ids(lang);
        for check in catalogue.checks() {
            let id = format!("topic-{}", check.topic);
            assert!(defined.contains(&id), "{lang} lacks {id}");
        }
    }
}

#[test]
fn remediation_formats_as_multiline_steps() {
    let catalogue = Catalogue::embedded().unwrap();
    for lang in Lang::ALL {
        let localizer = Localizer::new(lang).unwrap();
        for check in catalogue.checks() {
            let text = localizer.text(&message_id(&check.id, "remediation"));
            assert!(text.starts_with("1. "), "{lang} {}: {text}", check.id);
            assert!(text.contains("\n2. "), "{lang} {}: {text}", check.id);
        }
    }
}

#[test]
fn german_texts_are_german() {
    let localizer = Localizer::new(Lang::DeDe).unwrap();
    let title = localizer.text("check-cray-entra-001-title");
    assert_eq!(title, "MFA ist für alle Benutzer erforderlich");
    let risk = localizer.text("check-cray-exo-001-risk");
    assert!(risk.contains("Postfach übernehmen"), "{risk}");
}
