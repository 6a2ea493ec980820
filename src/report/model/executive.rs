//! The executive summary: overall score and grade, the highest risks, the risk-by-effort
//! matrix and the roadmap.
//!
//! Only open failed checks count as findings here. Accepted risks still lower the score,
//! because accepting a risk does not remove it, but they leave the roadmap. False positives
//! count as passed.

use super::{Texts, format};
use crate::model::{EffortClass, Finding, Severity, Status, TriageStatus};

/// Number of risks the executive summary describes in plain words.
pub const TOP_RISKS: usize = 5;

/// Executive summary for readers who will not read the findings.
#[derive(Debug, Clone, PartialEq)]
pub struct Executive {
    /// Section heading.
    pub heading: String,
    /// One paragraph that states the result in plain words.
    pub verdict: String,
    /// Overall score and grade.
    pub score: Score,
    /// Heading of the list of highest risks.
    pub top_risks_heading: String,
    /// The highest open risks, at most [`TOP_RISKS`], highest first.
    pub top_risks: Vec<TopRisk>,
    /// Text printed when no check failed.
    pub top_risks_none: String,
    /// Open findings counted by risk band and effort class.
    pub matrix: RiskMatrix,
    /// Open findings grouped into now, next and later.
    pub roadmap: Roadmap,
}

/// Grade of the overall score, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grade {
    /// Score of 90 or more.
    A,
    /// Score of 75 to 89.
    B,
    /// Score of 60 to 74; also the best grade while a critical check fails.
    C,
    /// Score of 40 to 59.
    D,
    /// Score below 40.
    F,
}

impl Grade {
    /// Returns the grade for a score from 0 to 100; a failed critical check caps it at C.
    #[must_use]
    pub fn from_score(score: u8, critical_failed: bool) -> Self {
        let grade = match score {
            90.. => Self::A,
            75..=89 => Self::B,
            60..=74 => Self::C,
            40..=59 => Self::D,
            _ => Self::F,
        };
        if critical_failed {
            grade.max(Self::C)
        } else {
            grade
        }
    }

    /// Returns the letter, which is also the message id suffix (`report-grade-a`).
    #[must_use]
    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
            Self::D => "D",
            Self::F => "F",
        }
    }
}

/// Overall score: the share of assessed risk that the tenant does not carry.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// "Overall score".
    pub label: String,
    /// Score from 0 to 100; `None` when no check could be assessed.
    pub value: Option<u8>,
    /// The score as printed, such as "72 of 100", or a dash.
    pub text: String,
    /// "Grade".
    pub grade_label: String,
    /// Grade of the score; `None` when no check could be assessed.
    pub grade: Option<Grade>,
    /// Grade letter and its meaning, such as "C: needs improvement".
    pub grade_text: String,
    /// Score formula, in one sentence.
    pub explanation: String,
}

/// One of the highest risks, in plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct TopRisk {
    /// Check id.
    pub check_id: String,
    /// Localized check title.
    pub title: String,
    /// Severity, for the colour.
    pub severity: Severity,
    /// Severity and risk score, such as "High, risk 20 of 25".
    pub rating: String,
    /// Possible consequence, from the check's risk text.
    pub statement: String,
}

/// Risk band of a risk score (likelihood times impact).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RiskBand {
    /// Risk 15 to 25.
    High,
    /// Risk 8 to 14.
    Medium,
    /// Risk 1 to 7.
    Low,
}

impl RiskBand {
    /// Every band, highest first.
    pub const DESCENDING: [Self; 3] = [Self::High, Self::Medium, Self::Low];

    /// Returns the band of a risk score from 1 to 25.
    #[must_use]
    pub fn of(risk: u8) -> Self {
        match risk {
            15.. => Self::High,
            8..=14 => Self::Medium,
            _ => Self::Low,
        }
    }

    /// Returns the snake_case key used in JSON and message ids.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
        }
    }

    fn rank(self) -> u8 {
        match self {
            Self::High => 0,
            Self::Medium => 1,
            Self::Low => 2,
        }
    }
}

/// Table of open findings: rows are risk bands, columns effort classes S, M and L.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskMatrix {
    /// Heading.
    pub heading: String,
    /// Sentence under the table that explains how to read it.
    pub caption: String,
    /// Label of the top-left cell.
    pub corner: String,
    /// Column headers for S, M and L.
    pub efforts: [String; 3],
    /// One row per risk band, highest first.
    pub rows: Vec<MatrixRow>,
}

/// One risk band of the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    /// The band.
    pub band: RiskBand,
    /// Localized band name with its score range.
    pub label: String,
    /// Open findings with effort S, M and L.
    pub counts: [usize; 3],
    /// The counts formatted for the locale.
    pub texts: [String; 3],
}

/// Phase of the roadmap in which a finding should be fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// High risk with small or medium effort, and medium risk with small effort.
    Now,
    /// High risk with large effort, medium with medium, low with small.
    Next,
    /// Everything else.
    Later,
}

impl Phase {
    /// Every phase in order.
    pub const ALL: [Self; 3] = [Self::Now, Self::Next, Self::Later];

    /// Returns the phase of a finding: risk band rank (high 0, medium 1, low 2) plus effort
    /// rank (S 0, M 1, L 2); a sum up to 1 is now, 2 is next, more is later.
    #[must_use]
    pub fn of(finding: &Finding) -> Self {
        let effort = match finding.effort.class {
            EffortClass::S => 0,
            EffortClass::M => 1,
            EffortClass::L => 2,
        };
        match RiskBand::of(finding.risk()).rank() + effort {
            0 | 1 => Self::Now,
            2 => Self::Next,
            _ => Self::Later,
        }
    }

    /// Returns the snake_case key used in JSON and message ids.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Now => "now",
            Self::Next => "next",
            Self::Later => "later",
        }
    }
}

/// Open findings in three phases, quick wins first.
#[derive(Debug, Clone, PartialEq)]
pub struct Roadmap {
    /// Heading.
    pub heading: String,
    /// Sentence that explains the order.
    pub intro: String,
    /// Now, next and later.
    pub phases: Vec<RoadmapPhase>,
}

/// One phase of the roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapPhase {
    /// The phase.
    pub phase: Phase,
    /// Phase name with its time frame.
    pub heading: String,
    /// Findings of the phase: highest risk first, then least effort.
    pub items: Vec<RoadmapItem>,
    /// Text printed for an empty phase.
    pub none_text: String,
}

/// One finding on the roadmap.
#[derive(Debug, Clone, PartialEq)]
pub struct RoadmapItem {
    /// Check id.
    pub check_id: String,
    /// Localized check title.
    pub title: String,
    /// Risk score and effort, such as "risk 20 · effort S, 2 h".
    pub note: String,
}

/// Computes the overall score from 0 to 100: every assessed check weighs its risk score,
/// and the score is the share of that weight in checks that passed or were false positives.
/// Returns `None` when no check passed or failed.
#[must_use]
pub fn score(findings: &[Finding]) -> Option<u8> {
    let weight = |f: &Finding| u32::from(f.risk().max(1));
    let assessed: u32 = findings
        .iter()
        .filter(|f| f.status.is_verdict())
        .map(weight)
        .sum();
    let carried: u32 = findings
        .iter()
        .filter(|f| carries_risk(f))
        .map(weight)
        .sum();
    if assessed == 0 {
        return None;
    }
    let share = 100.0 * f64::from(assessed - carried) / f64::from(assessed);
    // The share lies in 0..=100, so the cast cannot truncate.
    Some(share.round() as u8)
}

/// Returns true for a failed check whose risk the tenant carries: open or accepted.
fn carries_risk(finding: &Finding) -> bool {
    finding.status == Status::Fail && finding.triage != TriageStatus::FalsePositive
}

/// Returns true for a failed check that still needs a fix.
pub(super) fn is_open(finding: &Finding) -> bool {
    finding.status == Status::Fail && finding.triage == TriageStatus::Open
}

/// Builds the executive summary; `open` contains the open findings in risk order.
pub(super) fn build(findings: &[Finding], open: &[&Finding], texts: &Texts<'_>) -> Executive {
    let score = score_section(findings, texts);
    Executive {
        heading: texts.get("report-executive-heading"),
        verdict: verdict(findings, open, &score, texts),
        score,
        top_risks_heading: texts.get("report-top-risks-heading"),
        top_risks: open
            .iter()
            .take(TOP_RISKS)
            .map(|f| top_risk(f, texts))
            .collect(),
        top_risks_none: texts.get("report-top-risks-none"),
        matrix: matrix(open, texts),
        roadmap: roadmap(open, texts),
    }
}

fn score_section(findings: &[Finding], texts: &Texts<'_>) -> Score {
    let value = score(findings);
    let critical_failed = findings
        .iter()
        .any(|f| carries_risk(f) && f.severity == Severity::Critical);
    let grade = value.map(|v| Grade::from_score(v, critical_failed));
    let text = match value {
        Some(v) => texts.with("report-score-value", &[("score", v.to_string().into())]),
        None => texts.get("report-score-none"),
    };
    let grade_text = match grade {
        Some(g) => texts.get(&format!("report-grade-{}", g.letter().to_ascii_lowercase())),
        None => texts.get("report-score-none"),
    };
    Score {
        label: texts.get("report-score-label"),
        value,
        text,
        grade_label: texts.get("report-grade-label"),
        grade,
        grade_text,
        explanation: texts.para("report-score-explanation"),
    }
}

fn verdict(findings: &[Finding], open: &[&Finding], score: &Score, texts: &Texts<'_>) -> String {
    let lang = texts.lang();
    let assessed = findings.iter().filter(|f| f.status.is_verdict()).count();
    let high = open
        .iter()
        .filter(|f| RiskBand::of(f.risk()) == RiskBand::High)
        .count();
    texts.with(
        "report-executive-verdict",
        &[
            ("assessed", format::count(lang, assessed).into()),
            ("total", format::count(lang, findings.len()).into()),
            ("open", format::count(lang, open.len()).into()),
            ("high", format::count(lang, high).into()),
            ("grade", score.grade.map_or("-", Grade::letter).into()),
        ],
    )
}

fn top_risk(finding: &Finding, texts: &Texts<'_>) -> TopRisk {
    let check_id = finding.check_id.0.as_str();
    let severity = texts.get(&format!("severity-{}", finding.severity.key()));
    TopRisk {
        check_id: check_id.to_owned(),
        title: texts.check_text(check_id, "title"),
        severity: finding.severity,
        rating: texts.with(
            "report-top-risk-rating",
            &[
                ("severity", severity.into()),
                ("risk", finding.risk().to_string().into()),
            ],
        ),
        statement: super::join_lines(&texts.check_text(check_id, "risk")),
    }
}

fn effort_index(class: EffortClass) -> usize {
    match class {
        EffortClass::S => 0,
        EffortClass::M => 1,
        EffortClass::L => 2,
    }
}

fn matrix(open: &[&Finding], texts: &Texts<'_>) -> RiskMatrix {
    let rows = RiskBand::DESCENDING
        .into_iter()
        .map(|band| {
            let mut counts = [0; 3];
            for finding in open.iter().filter(|f| RiskBand::of(f.risk()) == band) {
                counts[effort_index(finding.effort.class)] += 1;
            }
            MatrixRow {
                band,
                label: texts.get(&format!("report-band-{}", band.key())),
                counts,
                texts: counts.map(|c| format::count(texts.lang(), c)),
            }
        })
        .collect();
    RiskMatrix {
        heading: texts.get("report-matrix-heading"),
        caption: texts.para("report-matrix-caption"),
        corner: texts.get("report-matrix-corner"),
        efforts: ["S", "M", "L"].map(|class| texts.get(&format!("report-matrix-effort-{class}"))),
        rows,
    }
}

fn roadmap(open: &[&Finding], texts: &Texts<'_>) -> Roadmap {
    let phases = Phase::ALL
        .into_iter()
        .map(|phase| {
            let mut members: Vec<&Finding> = open
                .iter()
                .copied()
                .filter(|f| Phase::of(f) == phase)
                .collect();
            members.sort_by(|a, b| {
                b.risk()
                    .cmp(&a.risk())
                    .then(a.effort.hours.total_cmp(&b.effort.hours))
                    .then(a.check_id.cmp(&b.check_id))
            });
            RoadmapPhase {
                phase,
                heading: texts.get(&format!("report-phase-{}", phase.key())),
                items: members.iter().map(|f| roadmap_item(f, texts)).collect(),
                none_text: texts.get("report-phase-none"),
            }
        })
        .collect();
    Roadmap {
        heading: texts.get("report-roadmap-heading"),
        intro: texts.para("report-roadmap-intro"),
        phases,
    }
}

fn roadmap_item(finding: &Finding, texts: &Texts<'_>) -> RoadmapItem {
    let check_id = finding.check_id.0.as_str();
    let class = match finding.effort.class {
        EffortClass::S => "S",
        EffortClass::M => "M",
        EffortClass::L => "L",
    };
    RoadmapItem {
        check_id: check_id.to_owned(),
        title: texts.check_text(check_id, "title"),
        note: texts.with(
            "report-roadmap-item",
            &[
                ("risk", finding.risk().to_string().into()),
                ("class", class.into()),
                (
                    "hours",
                    format::hours(texts.lang(), finding.effort.hours).into(),
                ),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grade_thresholds() {
        assert_eq!(Grade::from_score(100, false), Grade::A);
        assert_eq!(Grade::from_score(90, false), Grade::A);
        assert_eq!(Grade::from_score(89, false), Grade::B);
        assert_eq!(Grade::from_score(75, false), Grade::B);
        assert_eq!(Grade::from_score(74, false), Grade::C);
        assert_eq!(Grade::from_score(59, false), Grade::D);
        assert_eq!(Grade::from_score(39, false), Grade::F);
    }

    #[test]
    fn failed_critical_caps_grade_at_c() {
        assert_eq!(Grade::from_score(95, true), Grade::C);
        assert_eq!(Grade::from_score(30, true), Grade::F);
    }

    #[test]
    fn risk_bands_split_at_8_and_15() {
        assert_eq!(RiskBand::of(25), RiskBand::High);
        assert_eq!(RiskBand::of(15), RiskBand::High);
        assert_eq!(RiskBand::of(14), RiskBand::Medium);
        assert_eq!(RiskBand::of(8), RiskBand::Medium);
        assert_eq!(RiskBand::of(7), RiskBand::Low);
        assert_eq!(RiskBand::of(1), RiskBand::Low);
    }
}
