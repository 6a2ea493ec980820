//! Triage dialogs besides the decision note: excepting one affected object, overriding the
//! severity, and the free note; plus the app's reactions to them.
//!
//! Every change is saved through [`Effect::SaveAnnotation`], after which the findings are
//! read again, because an exception can turn a finding into an accepted risk.

use time::OffsetDateTime;

use super::app::App;
use super::dialog::Dialog;
use super::msg::Effect;
use super::text_input::{EditKey, TextInput};
use super::toast::ToastLevel;
use crate::model::{CheckId, Finding, ObjectException, Severity, Status, TenantName};
use crate::tui::action::Action;

/// One change of a tenant's triage records other than the decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnotationChange {
    /// Excepts one affected object.
    Except(ObjectException),
    /// Removes the exception of one affected object.
    RemoveException {
        /// Which check.
        check_id: CheckId,
        /// Which object.
        object_id: String,
    },
    /// Sets the severity with a reason, or with `None` returns to the catalogue's.
    Override {
        /// Which check.
        check_id: CheckId,
        /// New severity and reason.
        severity: Option<(Severity, String)>,
    },
    /// Replaces the free note; a blank text removes it.
    Note {
        /// Which check.
        check_id: CheckId,
        /// The note.
        text: String,
    },
}

impl AnnotationChange {
    /// Returns the check the change applies to.
    #[must_use]
    pub fn check_id(&self) -> &CheckId {
        match self {
            Self::Except(exception) => &exception.check_id,
            Self::RemoveException { check_id, .. }
            | Self::Override { check_id, .. }
            | Self::Note { check_id, .. } => check_id,
        }
    }
}

/// An affected object offered in the exception dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptTarget {
    /// Object id.
    pub id: String,
    /// Display name (untrusted text).
    pub display_name: String,
    /// Reason of the object's current exception, if it has one.
    pub current: Option<String>,
}

/// The dialog that excepts one affected object of a finding: ↑↓ choose the object, and the
/// reason is typed below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptDialog {
    /// Check whose object is excepted.
    pub check_id: CheckId,
    /// The finding's affected objects.
    pub objects: Vec<ExceptTarget>,
    /// Index of the chosen object.
    pub index: usize,
    /// The reason.
    pub reason: TextInput,
    /// True after Enter with a blank reason on an object without an exception.
    pub is_reason_missing: bool,
}

impl ExceptDialog {
    /// Creates the dialog on the first affected object, or `None` when there is none.
    #[must_use]
    pub fn new(finding: &Finding) -> Option<Self> {
        let objects: Vec<ExceptTarget> = finding
            .affected
            .iter()
            .map(|object| ExceptTarget {
                id: object.id.clone(),
                display_name: object.display_name.clone(),
                current: finding.exception(&object.id).map(|e| e.reason.clone()),
            })
            .collect();
        if objects.is_empty() {
            return None;
        }
        Some(Self {
            check_id: finding.check_id.clone(),
            objects,
            index: 0,
            reason: TextInput::new(""),
            is_reason_missing: false,
        })
    }

    /// Returns the chosen object.
    #[must_use]
    pub fn target(&self) -> &ExceptTarget {
        &self.objects[self.index.min(self.objects.len() - 1)]
    }

    /// Moves to the next object when `forward`, else to the previous one, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let count = self.objects.len();
        self.index = if forward {
            (self.index + 1) % count
        } else {
            (self.index + count - 1) % count
        };
        self.is_reason_missing = false;
    }

    /// Applies an editing key to the reason.
    pub fn edit(&mut self, key: EditKey) {
        self.reason.edit(key);
        self.is_reason_missing = false;
    }

    /// Returns the change Enter saves: an exception with the typed reason, the removal of the
    /// current exception when the reason is blank, or `None` when a reason is missing.
    #[must_use]
    pub fn change(&self, now: OffsetDateTime) -> Option<AnnotationChange> {
        let target = self.target();
        let reason = self.reason.value().trim();
        if reason.is_empty() {
            return target
                .current
                .as_ref()
                .map(|_| AnnotationChange::RemoveException {
                    check_id: self.check_id.clone(),
                    object_id: target.id.clone(),
                });
        }
        Some(AnnotationChange::Except(ObjectException {
            check_id: self.check_id.clone(),
            object_id: target.id.clone(),
            display_name: target.display_name.clone(),
            reason: reason.to_owned(),
            decided_at: now,
        }))
    }
}

/// The severity override dialog: ↑↓ change the severity, and the reason is typed below.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideDialog {
    /// Check whose severity changes.
    pub check_id: CheckId,
    /// The catalogue's severity.
    pub catalogue: Severity,
    /// The chosen severity.
    pub severity: Severity,
    /// The reason; it starts with the current override's reason.
    pub reason: TextInput,
    /// True after Enter with a blank reason and a severity other than the catalogue's.
    pub is_reason_missing: bool,
}

impl OverrideDialog {
    /// Creates the dialog with the finding's current severity and override reason.
    #[must_use]
    pub fn new(finding: &Finding) -> Self {
        let current = finding.annotations.severity_override.as_ref();
        Self {
            check_id: finding.check_id.clone(),
            catalogue: current.map_or(finding.severity, |o| o.catalogue),
            severity: finding.severity,
            reason: TextInput::new(current.map_or("", |o| o.reason.as_str())),
            is_reason_missing: false,
        }
    }

    /// Moves the severity one step up (more severe) when `up`, else down, stopping at the ends.
    pub fn step(&mut self, up: bool) {
        let order = Severity::DESCENDING;
        let index = order.iter().position(|s| *s == self.severity).unwrap_or(0);
        let index = if up {
            index.saturating_sub(1)
        } else {
            (index + 1).min(order.len() - 1)
        };
        self.severity = order[index];
        self.is_reason_missing = false;
    }

    /// Applies an editing key to the reason.
    pub fn edit(&mut self, key: EditKey) {
        self.reason.edit(key);
        self.is_reason_missing = false;
    }

    /// Returns the change Enter saves, or `None` when a reason is missing. The catalogue's
    /// severity removes the override.
    #[must_use]
    pub fn change(&self) -> Option<AnnotationChange> {
        let reason = self.reason.value().trim();
        let severity = if self.severity == self.catalogue {
            None
        } else if reason.is_empty() {
            return None;
        } else {
            Some((self.severity, reason.to_owned()))
        };
        Some(AnnotationChange::Override {
            check_id: self.check_id.clone(),
            severity,
        })
    }
}

/// The free note dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentDialog {
    /// Check the note belongs to.
    pub check_id: CheckId,
    /// The note; it starts with the current one.
    pub text: TextInput,
}

impl App {
    /// Opens the exception dialog for the selected failed finding.
    pub(super) fn open_except(&mut self) {
        let Some(finding) = self.failed_selection() else {
            return;
        };
        match ExceptDialog::new(finding) {
            Some(dialog) => self.dialog = Some(Dialog::Except(dialog)),
            None => self.toast(ToastLevel::Info, "toast-except-no-objects", Vec::new()),
        }
    }

    /// Opens the severity override dialog for the selected finding.
    pub(super) fn open_override(&mut self) {
        if let Some(finding) = self.selected_finding() {
            self.dialog = Some(Dialog::Override(OverrideDialog::new(finding)));
        }
    }

    /// Opens the free note dialog for the selected finding.
    pub(super) fn open_comment(&mut self) {
        if let Some(finding) = self.selected_finding() {
            self.dialog = Some(Dialog::Comment(CommentDialog {
                check_id: finding.check_id.clone(),
                text: TextInput::new(&finding.annotations.comment),
            }));
        }
    }

    /// Returns the selected finding when it failed, and toasts otherwise.
    fn failed_selection(&mut self) -> Option<&Finding> {
        let failed = self
            .selected_finding()
            .is_some_and(|f| f.status == Status::Fail);
        if !failed {
            self.toast(ToastLevel::Info, "toast-triage-only-failed", Vec::new());
            return None;
        }
        self.selected_finding()
    }

    /// Reacts to a key in the exception, override or note dialog.
    pub(super) fn on_triage_edit_action(&mut self, action: Action) -> Vec<Effect> {
        let now = self.now;
        let change = match (self.dialog.as_mut(), action) {
            (_, Action::Cancel) => {
                self.dialog = None;
                return Vec::new();
            }
            (Some(Dialog::Except(except)), Action::NextField | Action::PreviousField) => {
                except.step(action == Action::NextField);
                return Vec::new();
            }
            (Some(Dialog::Override(change)), Action::NextField | Action::PreviousField) => {
                change.step(action == Action::PreviousField);
                return Vec::new();
            }
            (Some(Dialog::Except(except)), Action::Confirm) => except.change(now).or_else(|| {
                except.is_reason_missing = true;
                None
            }),
            (Some(Dialog::Override(change)), Action::Confirm) => change.change().or_else(|| {
                change.is_reason_missing = true;
                None
            }),
            (Some(Dialog::Comment(comment)), Action::Confirm) => Some(AnnotationChange::Note {
                check_id: comment.check_id.clone(),
                text: comment.text.value().trim().to_owned(),
            }),
            _ => None,
        };
        let (Some(change), Some(findings)) = (change, self.findings.as_ref()) else {
            return Vec::new();
        };
        let tenant = findings.tenant.clone();
        self.dialog = None;
        vec![Effect::SaveAnnotation { tenant, change }]
    }

    /// Applies an editing key to the open exception, override or note dialog.
    pub(super) fn on_triage_edit(&mut self, key: EditKey) {
        match self.dialog.as_mut() {
            Some(Dialog::Except(except)) => except.edit(key),
            Some(Dialog::Override(change)) => change.edit(key),
            Some(Dialog::Comment(comment)) => comment.text.edit(key),
            _ => {}
        }
    }

    /// Toasts the outcome of a saved change and reads the findings again on success.
    pub(super) fn on_annotation_saved(
        &mut self,
        tenant: TenantName,
        change: &AnnotationChange,
        result: Result<(), String>,
    ) -> Vec<Effect> {
        let check = ("check", change.check_id().to_string());
        if let Err(error) = result {
            self.toast(
                ToastLevel::Error,
                "toast-annotation-failed",
                vec![check, ("error", error)],
            );
            return Vec::new();
        }
        self.toast(ToastLevel::Info, "toast-annotation-saved", vec![check]);
        let is_shown = self.findings.as_ref().is_some_and(|f| f.tenant == tenant);
        if is_shown {
            vec![Effect::LoadFindings(tenant)]
        } else {
            Vec::new()
        }
    }
}
