//! PDF reports rendered to real files and read back with poppler's `pdftotext` and `pdfinfo`.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers outside #[test] functions panic on setup failures"
)]

mod report_fixture;

use std::fs;
use std::path::Path;
use std::process::Command;

use cray::i18n::Lang;
use cray::model::{AffectedObject, Finding, Severity, Status};
use cray::report::{ReportError, write_pdf};
use report_fixture::{GUID, LONG_URL, finding, findings, model, model_of};

fn pdftotext(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Returns the value of one `pdfinfo` field, such as `Pages` or `Title`.
fn pdfinfo(path: &Path, field: &str) -> String {
    let output = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    assert!(
        output.status.success(),
        "pdfinfo failed on {}",
        path.display()
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .map(|value| value.trim().to_owned())
        .unwrap_or_default()
}

fn render(lang: Lang) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_pdf(&model(lang), &path).unwrap();
    (dir, path)
}

/// Returns the rows of `pdffonts`: font name, type, encoding, embedded, subset, unicode.
fn pdffonts(path: &Path) -> Vec<Vec<String>> {
    let output = Command::new("pdffonts")
        .arg(path)
        .output()
        .expect("pdffonts runs");
    assert!(output.status.success(), "pdffonts failed");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .skip(2)
        .map(|line| line.split_whitespace().map(str::to_owned).collect())
        .collect()
}

#[test]
fn german_report_has_every_section() {
    let (_dir, path) = render(Lang::DeDe);
    let text = pdftotext(&path);
    for expected in [
        "Sicherheitsbewertung",
        "Management-Zusammenfassung",
        "Gesamtwert",
        "Die fünf höchsten Risiken",
        "Risiko und Aufwand",
        "Maßnahmenplan",
        "Sofort (innerhalb von 30 Tagen)",
        "Datenabdeckung",
        "Befunde",
        "Maßnahmen",
        "Betroffene Objekte (2)",
        "Bestandene Prüfungen",
        "Nicht bewertbare Prüfungen",
        "Anhang: akzeptierte Risiken und Fehlalarme",
        "Vorgehen",
        "Glossar",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn german_report_formats_dates_numbers_and_names() {
    let (_dir, path) = render(Lang::DeDe);
    let text = pdftotext(&path);
    for expected in [
        "Jürgen Weiß",
        "Bäckerei Weiß & Söhne GmbH",
        "Example Security Consulting GmbH",
        "4. Dezember 2026",
        "31. März 2027",
        "2,5 h",
        "Übergangslösung bis März",
        "abgelaufen am 30. November 2026",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // The coverage table wraps this reason inside its cell.
    let compact: String = text.split_whitespace().collect();
    assert!(compact.contains("fehlendeBerechtigungRoleManagement.Read.Directory"));
}

#[test]
fn english_report_has_every_section() {
    let (_dir, path) = render(Lang::EnUs);
    let text = pdftotext(&path);
    for expected in [
        "Security assessment",
        "Executive summary",
        "Overall score",
        "The five highest risks",
        "Risk and effort",
        "Roadmap",
        "Data coverage",
        "Findings",
        "Remediation steps",
        "Affected objects (2)",
        "Passed checks",
        "Checks not assessable",
        "Appendix: accepted risks and false positives",
        "Methodology",
        "Glossary",
        "December 4, 2026",
        "CRAY-ENTRA-002",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn reports_have_no_replacement_characters() {
    for lang in [Lang::DeDe, Lang::EnUs] {
        let (_dir, path) = render(lang);
        let text = pdftotext(&path);
        assert!(!text.contains('\u{FFFD}'), "U+FFFD in the {lang} report");
    }
}

#[test]
fn only_embedded_fonts_are_used() {
    let (_dir, path) = render(Lang::DeDe);
    let fonts = pdffonts(&path);
    assert_eq!(
        fonts.len(),
        4,
        "expected the four Liberation styles: {fonts:?}"
    );
    for font in &fonts {
        // The type column may hold two words, so the flags are counted from the end.
        let flag = |from_end: usize| font[font.len() - from_end].as_str();
        assert_eq!(flag(5), "yes", "font not embedded: {font:?}");
        assert_eq!(flag(3), "yes", "font without a Unicode map: {font:?}");
    }
}

#[test]
fn fixed_report_has_expected_page_count() {
    // Cover, two summary pages, coverage, one page of findings, passed checks with the
    // appendix, and two pages of methodology and glossary.
    let (_dir, path) = render(Lang::EnUs);
    assert_eq!(pdfinfo(&path, "Pages"), "8");
}

#[test]
fn long_url_and_guid_survive_wrapping() {
    let (_dir, path) = render(Lang::EnUs);
    let compact: String = pdftotext(&path).split_whitespace().collect();
    let url: String = LONG_URL.split_whitespace().collect();
    assert_eq!(LONG_URL.len(), 120);
    assert!(
        compact.contains(&format!("Policyat{url}isreport-only")),
        "detail lost: {compact}"
    );
    assert!(
        compact.contains(&format!("JürgenWeiß({GUID}):listedat{url}")),
        "affected lost"
    );
}

#[test]
fn footer_counts_pages_in_german() {
    let (_dir, path) = render(Lang::DeDe);
    let pages: usize = pdfinfo(&path, "Pages").parse().unwrap();
    let text = pdftotext(&path);
    assert!(
        pages >= 3,
        "cover, summary and findings need at least 3 pages, got {pages}"
    );
    assert!(text.contains(&format!("Seite 1 von {pages}")));
    assert!(text.contains(&format!("Seite {pages} von {pages}")));
}

#[test]
fn footer_counts_pages_in_english() {
    let (_dir, path) = render(Lang::EnUs);
    let pages: usize = pdfinfo(&path, "Pages").parse().unwrap();
    let text = pdftotext(&path);
    assert!(text.contains(&format!("Page 1 of {pages}")));
    assert!(!text.contains(&format!("of {}", pages + 1)));
}

#[test]
fn pdf_title_metadata_is_ascii() {
    let (_dir, path) = render(Lang::DeDe);
    let title = pdfinfo(&path, "Title");
    assert!(title.is_ascii(), "title {title:?} is not ASCII");
    assert!(
        title.contains("Baeckerei Weiss & Soehne GmbH"),
        "title {title:?}"
    );
}

#[test]
fn missing_directory_fails_without_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("report.pdf");
    let error = write_pdf(&model(Lang::EnUs), &path).unwrap_err();
    assert!(
        matches!(error, ReportError::MissingDirectory { .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().contains(&path.display().to_string()),
        "{error}"
    );
    assert!(!path.exists());
    assert!(!path.parent().unwrap().exists());
}

#[test]
fn directory_at_output_path_is_kept() {
    // Renaming over a directory would fail or replace it, so it is rejected before rendering.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), b"old").unwrap();

    let error = write_pdf(&model(Lang::EnUs), &path).unwrap_err();

    assert!(
        matches!(error, ReportError::NotRegularFile { .. }),
        "{error:?}"
    );
    assert_eq!(fs::read(path.join("keep.txt")).unwrap(), b"old");
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "temporary file left behind");
}

#[test]
fn rewrite_replaces_old_report() {
    let (_dir, path) = render(Lang::DeDe);
    write_pdf(&model(Lang::EnUs), &path).unwrap();
    assert!(pdftotext(&path).contains("Executive summary"));
}

#[test]
fn large_report_keeps_every_finding() {
    let findings: Vec<Finding> = (0..500)
        .map(|i| {
            let mut failed = finding(&format!("CRAY-LOAD-{i:03}"), Status::Fail, Severity::Medium);
            failed.detail = format!("Condition {i} at {LONG_URL}");
            failed.affected = (0..4)
                .map(|j| AffectedObject {
                    id: GUID.to_owned(),
                    display_name: format!("Benutzer {i}-{j} Größe"),
                    reason: "no MFA".to_owned(),
                    reason_message: None,
                })
                .collect();
            failed
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.pdf");
    write_pdf(&model_of(&findings, Lang::DeDe), &path).unwrap();

    let text = pdftotext(&path);
    let missing: Vec<String> = (0..500)
        .map(|i| format!("CRAY-LOAD-{i:03}"))
        .filter(|id| !text.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "findings missing from the PDF: {missing:?}"
    );
    let pages = pdfinfo(&path, "Pages");
    assert!(text.contains(&format!("Seite {pages} von {pages}")));
}

#[test]
fn glyphs_missing_from_font_still_render() {
    let mut findings = findings();
    findings[0].affected[1].display_name = "山田太郎 🙂 Иван".to_owned();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    write_pdf(&model_of(&findings, Lang::EnUs), &path).unwrap();
    assert!(pdftotext(&path).contains("Иван"));
}

#[test]
fn logo_with_alpha_channel_renders() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.png");
    image::RgbaImage::from_pixel(300, 100, image::Rgba([20, 60, 110, 128]))
        .save(&logo)
        .unwrap();
    let mut model = model(Lang::EnUs);
    model.cover.logo = Some(logo);
    let path = dir.path().join("report.pdf");
    write_pdf(&model, &path).unwrap();
    let images = Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .expect("pdfimages runs");
    let listing = String::from_utf8_lossy(&images.stdout);
    assert!(listing.contains(" 300   100 "), "logo missing:\n{listing}");
}

#[test]
fn unreadable_logo_names_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("missing-logo.png");
    let mut model = model(Lang::EnUs);
    model.cover.logo = Some(logo.clone());
    let path = dir.path().join("report.pdf");
    let error = write_pdf(&model, &path).unwrap_err();
    assert!(matches!(error, ReportError::Logo(_)), "{error:?}");
    assert!(
        error.to_string().contains(&logo.display().to_string()),
        "{error}"
    );
    assert!(!path.exists());
}
