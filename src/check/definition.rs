//! Check metadata: the `<ID>.toml` format, risk scoring and joining results into findings.

use serde::Deserialize;

use super::CheckError;
use crate::model::{
    CheckId, CheckResult, Dataset, Effort, EffortClass, Finding, Severity, TriageDecision,
    TriageStatus,
};

/// A licence a check needs, granted by any one of the service plans it lists in the tenant's
/// subscribed SKUs.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Licence name as shown to the consultant, for example `Microsoft Entra ID P1`.
    pub name: String,
    /// One service plan that grants the licence, for example `AAD_PREMIUM`; kept for
    /// definitions that name a single plan.
    #[serde(default)]
    service_plan: Option<String>,
    /// Service plans that grant the licence; any one of them enabled is enough.
    #[serde(default)]
    service_plans: Vec<String>,
}

impl Licence {
    /// Returns a licence granted by any of `plans`.
    #[must_use]
    pub fn new(name: &str, plans: &[&str]) -> Self {
        Self {
            name: name.to_owned(),
            service_plan: None,
            service_plans: plans.iter().map(|plan| (*plan).to_owned()).collect(),
        }
    }

    /// Returns every service plan that grants the licence.
    pub fn service_plans(&self) -> impl Iterator<Item = &str> {
        self.service_plan
            .iter()
            .chain(&self.service_plans)
            .map(String::as_str)
    }
}

/// The topic keys of the catalogue; each has the display name `topic-<key>` in every locale.
pub const TOPICS: [&str; 28] = [
    "legacy_auth",
    "mfa",
    "phishing_resistant_mfa",
    "risk_based_access",
    "auth_flows",
    "ca_hygiene",
    "privileged_access",
    "pim",
    "consent",
    "default_user_rights",
    "guest_access",
    "access_reviews",
    "terms_of_use",
    "auth_methods",
    "mfa_registration",
    "passwords",
    "group_creation",
    "applications",
    "devices",
    "hybrid",
    "licences",
    "mail_forwarding",
    "email_authentication",
    "exchange_auth",
    "auditing",
    "external_sharing",
    "threat_protection",
    "mailbox_hardening",
];

/// Prefixes a reference may start with: the CIS Microsoft 365 benchmark v7, CISA ScubaGear
/// baselines and MITRE ATT&CK techniques.
pub const REFERENCE_PREFIXES: [&str; 3] = ["cis-m365-v7:", "scuba:", "mitre:T"];

/// One check's metadata; the rule itself stays inside the rule engine.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckDef {
    /// Stable id such as `CRAY-ENTRA-001`.
    pub id: CheckId,
    /// Topic key; its display name is the message `topic-<topic>`.
    pub topic: String,
    /// Severity of a failure.
    pub severity: Severity,
    /// Likelihood of exploitation, 1 to 5.
    pub likelihood: u8,
    /// Impact of exploitation, 1 to 5.
    pub impact: u8,
    /// Estimated remediation effort.
    pub effort: Effort,
    /// Datasets the rule needs; each must be complete before the rule runs.
    pub datasets: Vec<Dataset>,
    /// Datasets the rule uses when they are complete; an incomplete one is left out of the
    /// rule's input and the rule says what it could not tell without it.
    pub optional_datasets: Vec<Dataset>,
    /// Licence the tenant must hold for the check to apply.
    pub licence: Option<Licence>,
    /// References such as `cis-m365-v7:5.2.2.3`, `scuba:MS.AAD.3.1v1` or `mitre:T1078`.
    pub references: Vec<String>,
    rule_path: String,
}

/// The TOML form of a check's metadata.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Metadata {
    id: String,
    topic: String,
    severity: Severity,
    likelihood: u8,
    impact: u8,
    effort: Effort,
    datasets: Vec<Dataset>,
    #[serde(default)]
    optional_datasets: Vec<Dataset>,
    licence: Option<Licence>,
    references: Vec<String>,
}

impl CheckDef {
    /// Parses the metadata file `<name>.toml`.
    pub(super) fn parse(name: &str, text: &str) -> Result<Self, CheckError> {
        let file = format!("{name}.toml");
        let meta: Metadata =
            toml::from_str(text).map_err(|source| CheckError::InvalidDefinition {
                file: file.clone(),
                source,
            })?;
        let invalid = |message: String| CheckError::InvalidMetadata {
            file: file.clone(),
            message,
        };
        if meta.id != name {
            return Err(invalid(format!(
                "id {:?} differs from the file name",
                meta.id
            )));
        }
        for (field, value) in [("likelihood", meta.likelihood), ("impact", meta.impact)] {
            if !(1..=5).contains(&value) {
                return Err(invalid(format!("{field} is {value}; use 1 to 5")));
            }
        }
        validate(&meta).map_err(invalid)?;
        let rule_path = format!("data.cray.checks.{}.result", package_name(&meta.id));
        Ok(Self {
            id: CheckId(meta.id),
            topic: meta.topic,
            severity: meta.severity,
            likelihood: meta.likelihood,
            impact: meta.impact,
            effort: meta.effort,
            datasets: meta.datasets,
            optional_datasets: meta.optional_datasets,
            licence: meta.licence,
            references: meta.references,
            rule_path,
        })
    }

    /// Returns the permissions the collector needs for the check's datasets, required ones
    /// first, without repeats.
    #[must_use]
    pub fn permissions(&self) -> Vec<&'static str> {
        let mut permissions = Vec::new();
        for &dataset in self.datasets.iter().chain(&self.optional_datasets) {
            let permission = crate::collect::dataset_request(dataset).permission;
            if !permissions.contains(&permission) {
                permissions.push(permission);
            }
        }
        permissions
    }

    /// Returns the risk score: likelihood times impact, from 1 to 25.
    #[must_use]
    pub fn risk(&self) -> u8 {
        self.likelihood.saturating_mul(self.impact)
    }

    /// Joins a result of this check and the tenant's triage decision into a finding.
    #[must_use]
    pub fn finding(&self, result: &CheckResult, triage: Option<&TriageDecision>) -> Finding {
        Finding {
            check_id: self.id.clone(),
            topic: self.topic.clone(),
            severity: self.severity,
            likelihood: self.likelihood,
            impact: self.impact,
            effort: self.effort,
            refs: self.references.clone(),
            status: result.status,
            reason: result.reason.clone(),
            detail: result.detail.clone(),
            detail_message: result.detail_message.clone(),
            affected: result.affected.clone(),
            triage: triage.map_or(TriageStatus::Open, |decision| decision.status),
            triage_note: triage
                .map(|decision| decision.note.clone())
                .unwrap_or_default(),
            annotations: crate::model::FindingAnnotations::default(),
        }
    }

    /// Rego path of the rule's result, for example `data.cray.checks.entra_001.result`.
    pub(super) fn rule_path(&self) -> &str {
        &self.rule_path
    }

    /// Rego package of the rule, for example `data.cray.checks.entra_001`.
    pub(super) fn package(&self) -> &str {
        self.rule_path.trim_end_matches(".result")
    }
}

/// Checks the values of a definition; the error says which field is wrong and how to fix it.
fn validate(meta: &Metadata) -> Result<(), String> {
    if !TOPICS.contains(&meta.topic.as_str()) {
        return Err(format!(
            "topic {:?} is unknown; use one of {}",
            meta.topic,
            TOPICS.join(", ")
        ));
    }
    let hours = meta.effort.hours;
    let limit = match meta.effort.class {
        EffortClass::S => 8.0,
        EffortClass::M => 40.0,
        EffortClass::L => f32::MAX,
    };
    if !(hours > 0.0 && hours <= limit) {
        return Err(format!(
            "effort.hours is {hours} for class {:?}; use more than 0 and at most 8 for S, 40 \
             for M",
            meta.effort.class
        ));
    }
    if meta.datasets.is_empty() {
        return Err("datasets is empty; list what the rule reads".to_owned());
    }
    if let Some(twice) = meta
        .optional_datasets
        .iter()
        .find(|dataset| meta.datasets.contains(dataset))
    {
        return Err(format!(
            "{twice} is in datasets and optional_datasets; list it once"
        ));
    }
    if meta.references.is_empty() {
        return Err(
            "references is empty; cite at least one of cis-m365-v7:, scuba: or mitre:T".to_owned(),
        );
    }
    if let Some(reference) = meta.references.iter().find(|reference| {
        !REFERENCE_PREFIXES
            .iter()
            .any(|prefix| reference.starts_with(prefix) && reference.len() > prefix.len())
    }) {
        return Err(format!(
            "reference {reference:?} has no known prefix; start it with one of {}",
            REFERENCE_PREFIXES.join(", ")
        ));
    }
    if let Some(licence) = &meta.licence {
        if licence.name.trim().is_empty() {
            return Err(
                "licence.name is empty; name the licence, e.g. Microsoft Entra ID P2".to_owned(),
            );
        }
        let plans: Vec<&str> = licence.service_plans().collect();
        if plans.is_empty() {
            return Err(
                "licence lists no service plan; add service_plans = [\"AAD_PREMIUM\"] \
                        or the plans that grant it"
                    .to_owned(),
            );
        }
        if let Some(plan) = plans.iter().find(|plan| {
            plan.is_empty()
                || !plan
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        }) {
            return Err(format!(
                "licence service plan {plan:?} is not a service plan name; use the \
                 servicePlanName from subscribedSkus, e.g. AAD_PREMIUM_P2"
            ));
        }
    }
    Ok(())
}

/// Maps a check id to its Rego package name: `CRAY-ENTRA-001` becomes `entra_001`.
fn package_name(id: &str) -> String {
    id.trim_start_matches("CRAY-")
        .to_lowercase()
        .replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: &str = r#"
id = "CRAY-TEST-001"
topic = "mfa"
severity = "high"
likelihood = 4
impact = 5
datasets = ["conditional_access_policies"]
references = ["mitre:T1078"]

[effort]
class = "S"
hours = 2.0
"#;

    #[test]
    fn valid_metadata_parses() {
        let def = CheckDef::parse("CRAY-TEST-001", VALID).unwrap();
        assert_eq!(def.risk(), 20);
        assert_eq!(def.rule_path(), "data.cray.checks.test_001.result");
        assert_eq!(def.licence, None);
    }

    #[test]
    fn likelihood_out_of_range_names_file() {
        let text = VALID.replace("likelihood = 4", "likelihood = 6");
        let error = CheckDef::parse("CRAY-TEST-001", &text)
            .unwrap_err()
            .to_string();
        assert!(error.contains("CRAY-TEST-001.toml"), "{error}");
        assert!(error.contains("likelihood is 6"), "{error}");
    }

    #[test]
    fn id_must_match_file_name() {
        let error = CheckDef::parse("CRAY-TEST-002", VALID)
            .unwrap_err()
            .to_string();
        assert!(error.contains("differs from the file name"), "{error}");
    }

    #[test]
    fn unknown_dataset_is_rejected() {
        let text = VALID.replace("conditional_access_policies", "mailboxes");
        let error = CheckDef::parse("CRAY-TEST-001", &text).unwrap_err();
        assert!(
            matches!(error, CheckError::InvalidDefinition { .. }),
            "{error}"
        );
    }

    #[test]
    fn optional_datasets_default_to_none() {
        let def = CheckDef::parse("CRAY-TEST-001", VALID).unwrap();
        assert!(def.optional_datasets.is_empty());
    }

    #[test]
    fn optional_dataset_parses() {
        let text = VALID.replace(
            "references",
            "optional_datasets = [\"role_eligibility_schedules\"]\nreferences",
        );
        let def = CheckDef::parse("CRAY-TEST-001", &text).unwrap();
        assert_eq!(def.optional_datasets, [Dataset::RoleEligibilitySchedules]);
    }

    #[test]
    fn dataset_both_required_and_optional_is_rejected() {
        let text = VALID.replace(
            "references",
            "optional_datasets = [\"conditional_access_policies\"]\nreferences",
        );
        let error = CheckDef::parse("CRAY-TEST-001", &text)
            .unwrap_err()
            .to_string();
        assert!(error.contains("list it once"), "{error}");
    }

    #[test]
    fn unknown_field_is_rejected() {
        let text = format!("{VALID}\n[extra]\nx = 1\n");
        assert!(CheckDef::parse("CRAY-TEST-001", &text).is_err());
    }
}
