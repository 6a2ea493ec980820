//! Snapshots of the report model: every text, number and date the renderers print, for a
//! fixed tenant and clock in both languages.

mod report_fixture;

use cray::i18n::Lang;

#[test]
fn model_snapshot_en_us() {
    insta::assert_debug_snapshot!("model_en-US", report_fixture::model(Lang::EnUs));
}

#[test]
fn model_snapshot_de_de() {
    insta::assert_debug_snapshot!("model_de-DE", report_fixture::model(Lang::DeDe));
}
