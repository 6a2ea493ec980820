//! Benchmark: renders a PDF report of 500 failed checks with 10,000 affected objects (20 per
//! check) several times and prints each time, the median and the 3 s target.
//!
//! Run it through `bench/report.sh`; the first argument is the number of runs (default 5).

use std::time::{Duration, Instant};

use cray::i18n::{Lang, Localizer};
use cray::model::{
    AffectedObject, Assessment, AssessmentId, AssessmentState, CheckId, Dataset, DatasetState,
    Effort, EffortClass, Finding, Severity, Status, TenantName, TriageStatus,
};
use cray::report::{ReportFormat, ReportInput, write_report};
use time::OffsetDateTime;

/// Render time the report must stay under.
const TARGET: Duration = Duration::from_secs(3);

fn findings() -> Vec<Finding> {
    let checks = [
        "CRAY-ENTRA-001",
        "CRAY-ENTRA-004",
        "CRAY-ENTRA-005",
        "CRAY-EXO-001",
    ];
    (0..500)
        .map(|i| Finding {
            check_id: CheckId(format!("{}-{i:03}", checks[i % checks.len()])),
            topic: "conditional_access".to_owned(),
            severity: Severity::DESCENDING[i % 5],
            likelihood: (i % 5 + 1) as u8,
            impact: ((i / 5) % 5 + 1) as u8,
            effort: Effort {
                class: [EffortClass::S, EffortClass::M, EffortClass::L][i % 3],
                hours: 2.5,
            },
            refs: vec!["cis-m365-v7:5.2.2.3".to_owned()],
            status: Status::Fail,
            reason: None,
            detail: format!("Condition {i} at https://graph.microsoft.com/v1.0/policies/{i}"),
            detail_message: None,
            affected: (0..20)
                .map(|j| AffectedObject {
                    id: format!("7c9e6679-7425-40de-944b-{i:06}{j:06}"),
                    display_name: format!("Benutzer {i}-{j} Größe"),
                    reason: "no MFA method registered".to_owned(),
                    reason_message: None,
                })
                .collect(),
            triage: TriageStatus::Open,
            triage_note: String::new(),
            annotations: Default::default(),
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args().nth(1).map_or(Ok(5), |a| a.parse())?;
    let findings = findings();
    let assessment = Assessment {
        id: AssessmentId::new(),
        tenant: TenantName::new("bench")?,
        started_at: OffsetDateTime::now_utc(),
        finished_at: None,
        state: AssessmentState::Evaluated,
        error: None,
    };
    let datasets = [(Dataset::Users, DatasetState::Complete)];
    let input = ReportInput {
        customer: "Benchmark GmbH",
        tenant_id: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        assessment: &assessment,
        findings: &findings,
        datasets: &datasets,
        triage: &[],
        consultant: Some("Jürgen Weiß"),
        company: None,
        logo: None,
        generated_at: OffsetDateTime::now_utc(),
    };
    let localizer = Localizer::new(Lang::DeDe)?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.pdf");
    let objects: usize = findings.iter().map(|f| f.affected.len()).sum();
    println!(
        "report of {} findings with {objects} affected objects",
        findings.len()
    );

    let mut times = Vec::with_capacity(runs);
    for run in 1..=runs {
        let start = Instant::now();
        write_report(ReportFormat::Pdf, &input, &localizer, &path)?;
        let elapsed = start.elapsed();
        println!("run {run}: {:.2} s", elapsed.as_secs_f64());
        times.push(elapsed);
    }
    times.sort();
    let median = times[times.len() / 2];
    let size = std::fs::metadata(&path)?.len();
    println!("size: {:.1} MB", size as f64 / 1_000_000.0);
    // pdfinfo comes with poppler-utils; without it the page count is skipped.
    if let Ok(info) = std::process::Command::new("pdfinfo").arg(&path).output() {
        let text = String::from_utf8_lossy(&info.stdout);
        if let Some(pages) = text.lines().find(|line| line.starts_with("Pages:")) {
            println!("{pages}");
        }
    }
    println!(
        "median: {:.2} s (target: at most {} s) {}",
        median.as_secs_f64(),
        TARGET.as_secs(),
        if median <= TARGET { "ok" } else { "TOO SLOW" }
    );
    Ok(())
}
