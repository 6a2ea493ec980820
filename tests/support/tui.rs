//! Fixed data and helpers shared by the TUI tests: a tenant list, findings, a fixed clock,
//! and drawing into a ratatui `TestBackend`.

#![allow(
    dead_code,
    reason = "each test crate uses a different part of the fixtures"
)]

use cray::i18n::{Lang, Localizer};
use cray::model::{
    AffectedObject, AssessmentState, CheckId, CollectEvent, Dataset, Effort, EffortClass, Finding,
    NotAssessableReason, Severity, Status, TenantName, TenantSummary, TriageStatus,
};
use cray::tui::{App, Keymap, Msg, Theme, Ui, render};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::OffsetDateTime;
use time::macros::datetime;

/// The fixed "now" of every TUI test.
pub const NOW: OffsetDateTime = datetime!(2026-12-04 10:15 UTC);

/// A display name with an ANSI colour, an OSC title sequence and a bidi override.
pub const MALICIOUS_NAME: &str = "\u{1b}[31mEvil\u{1b}]0;pwned\u{7} Corp\u{202E}gnp.exe";

pub fn tenant_name(name: &str) -> TenantName {
    TenantName::new(name).unwrap()
}

pub fn tenants() -> Vec<TenantSummary> {
    vec![
        summary(
            "contoso",
            "Contoso Ltd.",
            Some(datetime!(2026-12-01 09:30 UTC)),
            [1, 2, 1, 1, 0],
        ),
        summary(
            "mueller",
            "Müller Bäckerei GmbH & Co. KG",
            Some(datetime!(2026-11-28 16:05 UTC)),
            [0, 1, 0, 2, 0],
        ),
        summary("evil", MALICIOUS_NAME, None, [0; 5]),
        TenantSummary {
            is_demo: true,
            ..summary(
                "demo",
                "Cray Demo Tenant",
                Some(datetime!(2026-12-03 08:00 UTC)),
                [2, 3, 4, 1, 1],
            )
        },
    ]
}

fn summary(
    name: &str,
    display_name: &str,
    last_assessed: Option<OffsetDateTime>,
    open_by_severity: [u32; 5],
) -> TenantSummary {
    TenantSummary {
        name: tenant_name(name),
        display_name: display_name.to_owned(),
        tenant_id: "00000000-0000-0000-0000-000000000001".to_owned(),
        is_demo: false,
        last_assessed,
        open_by_severity,
        passed: 10,
        not_assessable: 1,
        score: last_assessed.map(|_| 64),
        latest_state: last_assessed.map(|_| AssessmentState::Evaluated),
    }
}

/// Returns the message of a collector event of `tenant`'s run.
pub fn collect(tenant: &str, event: CollectEvent) -> Msg {
    Msg::Collect {
        tenant: tenant_name(tenant),
        event,
    }
}

/// Findings of `contoso`, deliberately not in risk order.
pub fn findings() -> Vec<Finding> {
    vec![
        finding(
            "CRAY-TEST-PIM",
            Severity::Low,
            (2, 2),
            (EffortClass::M, 8.0),
            Status::Fail,
        )
        .triaged(
            TriageStatus::FalsePositive,
            "PIM is handled by the parent company.",
        ),
        finding(
            "CRAY-TEST-GUEST-INVITE",
            Severity::Medium,
            (3, 3),
            (EffortClass::L, 40.0),
            Status::Pass,
        ),
        finding(
            "CRAY-TEST-MFA-ADMINS",
            Severity::Critical,
            (5, 5),
            (EffortClass::S, 4.0),
            Status::Fail,
        )
        .with_affected(),
        Finding {
            reason: Some(NotAssessableReason::MissingPermission {
                dataset: Dataset::ExoOrganizationConfig,
                permission: "Exchange.ManageAsApp".to_owned(),
            }),
            ..finding(
                "CRAY-TEST-MAIL-FORWARD",
                Severity::High,
                (4, 4),
                (EffortClass::S, 2.5),
                Status::NotAssessable,
            )
        },
        finding(
            "CRAY-TEST-LEGACY-AUTH",
            Severity::High,
            (4, 5),
            (EffortClass::M, 16.0),
            Status::Fail,
        )
        .triaged(
            TriageStatus::AcceptedRisk,
            "Legacy printer, replaced in Q1 2027.",
        ),
    ]
}

fn finding(
    id: &str,
    severity: Severity,
    (likelihood, impact): (u8, u8),
    (class, hours): (EffortClass, f32),
    status: Status,
) -> Finding {
    let detail = if status == Status::Fail {
        "No enabled conditional access policy requires MFA for the listed objects.".to_owned()
    } else {
        String::new()
    };
    Finding {
        check_id: CheckId(id.to_owned()),
        topic: "identity".to_owned(),
        severity,
        likelihood,
        impact,
        effort: Effort { class, hours },
        refs: vec!["cis-m365-v7:5.2.2.1".to_owned()],
        status,
        reason: None,
        detail,
        detail_message: None,
        affected: Vec::new(),
        triage: TriageStatus::Open,
        triage_note: String::new(),
        annotations: Default::default(),
    }
}

trait FindingExt {
    fn triaged(self, status: TriageStatus, note: &str) -> Self;
    fn with_affected(self) -> Self;
}

impl FindingExt for Finding {
    fn triaged(self, status: TriageStatus, note: &str) -> Self {
        Self {
            triage: status,
            triage_note: note.to_owned(),
            ..self
        }
    }

    fn with_affected(self) -> Self {
        let object = |id: &str, name: &str, reason: &str| AffectedObject {
            id: id.to_owned(),
            display_name: name.to_owned(),
            reason: reason.to_owned(),
            reason_message: None,
        };
        Self {
            detail: "3 of 4 Global Administrators are not covered by a policy that requires MFA."
                .to_owned(),
            affected: vec![
                object(
                    "5b1e0c1a-0001",
                    "Jürgen Müller",
                    "Global Administrator without MFA",
                ),
                object(
                    "5b1e0c1a-0002",
                    "\u{1b}[2J\u{1b}[HAdmin\u{200B}istrator",
                    "Global Administrator without MFA",
                ),
                object(
                    "5b1e0c1a-0003",
                    "Björn Weiß",
                    "Global Administrator without MFA",
                ),
            ],
            ..self
        }
    }
}

/// Returns an app on the tenants screen with the fixed tenant list loaded.
pub fn app_with_tenants(lang: Lang) -> App {
    let mut app = App::new(lang, NOW, None);
    app.update(Msg::TenantsLoaded(Ok(tenants())));
    app
}

/// Returns an app on the findings screen of `contoso` with the fixed findings loaded.
pub fn app_with_findings(lang: Lang) -> App {
    let mut app = app_with_tenants(lang);
    app.update(Msg::Action(cray::tui::Action::OpenFindings));
    app.update(Msg::FindingsLoaded {
        tenant: tenant_name("contoso"),
        result: Ok(findings()),
    });
    app
}

/// Presses a key the way the loop does: through the keymap of the current mode.
pub fn press(app: &mut App, code: KeyCode) -> Vec<cray::tui::Effect> {
    press_with(app, code, KeyModifiers::NONE)
}

/// Presses a key with modifiers through the keymap of the current mode.
pub fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Vec<cray::tui::Effect> {
    let event = KeyEvent::new(code, modifiers);
    match Keymap::default().message(app.mode(), event) {
        Some(msg) => app.update(msg),
        None => Vec::new(),
    }
}

/// Types text into the focused field.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Draws the app into a test terminal of the given size.
pub fn draw(app: &App, lang: Lang, width: u16, height: u16) -> Terminal<TestBackend> {
    let l10n = Localizer::new(lang).unwrap();
    let theme = Theme::dark(false).unwrap();
    let keymap = Keymap::default();
    let ui = Ui {
        theme: &theme,
        l10n: &l10n,
        keymap: &keymap,
    };
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| render(frame, app, &ui)).unwrap();
    terminal
}
