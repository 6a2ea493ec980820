//! Rule evaluation: gates on licences and dataset completeness, then runs each check's Rego
//! rule on a clone of one engine that parsed every rule once.

use std::collections::{BTreeMap, HashMap};
use std::num::{NonZeroU32, NonZeroUsize};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use regorus::utils::limits::ExecutionTimerConfig;
use serde::Deserialize;

use super::{CheckDef, CheckError, facts};
use crate::i18n::Localizer;
use crate::model::{
    AffectedObject, CheckResult, Dataset, DatasetRecord, DatasetState, Message,
    NotAssessableReason, NotCollected, Status,
};

/// Wall-clock limit for one rule evaluation; a rule that runs longer is a rule error.
const RULE_TIME_LIMIT: Duration = Duration::from_secs(10);

/// Maximum number of threads that evaluate rules at once.
const MAX_WORKERS: usize = 8;

/// Service plan states that count as not granting the licence.
const INACTIVE_PLAN_STATES: [&str; 2] = ["Disabled", "Error"];

/// SKU capability states that count as not granting any of its plans.
const INACTIVE_SKU_STATES: [&str; 3] = ["Suspended", "Deleted", "LockedOut"];

/// Datasets that can contain hundreds of thousands of objects. Rules reach them through
/// `input.facts`. A raw array is in a rule's input only when its source reads
/// `input.datasets.<key>` or `object.get(input.datasets, "<key>", ...)`, because converting
/// it for every rule costs seconds in large tenants.
const DIRECTORY_DATASETS: [Dataset; 5] = [
    Dataset::Users,
    Dataset::Groups,
    Dataset::GroupMembers,
    Dataset::ServicePrincipals,
    Dataset::UserRegistrationDetails,
];

/// A regorus engine with the helper library and every check rule loaded.
pub(super) struct RuleEngine {
    engine: regorus::Engine,
    /// Per rule package, the directory datasets the rule's source names.
    raw_directory: HashMap<String, Vec<Dataset>>,
}

/// Output of a rule, before it becomes a [`CheckResult`].
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleOutput {
    status: String,
    #[serde(default)]
    detail: Evidence,
    #[serde(default)]
    affected: Vec<RuleAffected>,
}

/// An affected object as a rule writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleAffected {
    id: String,
    display_name: String,
    #[serde(default)]
    reason: Evidence,
}

/// A detail or reason as a rule writes it: a message, or plain text from rules written
/// before messages existed, which is shown as it is in every locale.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Evidence {
    Text(String),
    Message(RuleMessage),
}

impl Default for Evidence {
    fn default() -> Self {
        Self::Text(String::new())
    }
}

/// A message as a rule writes it; unknown fields are rejected to catch typos in rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleMessage {
    id: String,
    #[serde(default)]
    args: BTreeMap<String, String>,
    #[serde(default)]
    appended: Vec<RuleMessage>,
}

impl From<RuleMessage> for Message {
    fn from(message: RuleMessage) -> Self {
        Self {
            id: message.id,
            args: message.args,
            appended: message.appended.into_iter().map(Self::from).collect(),
        }
    }
}

impl Evidence {
    /// Returns the English text and the message, if the rule wrote one.
    fn render(self, english: &Localizer) -> (String, Option<Message>) {
        match self {
            Self::Text(text) => (text, None),
            Self::Message(message) => {
                let message = Message::from(message);
                (english.message(&message), Some(message))
            }
        }
    }
}

impl RuleEngine {
    /// Parses the library and the rules, checking that each rule declares its check's package.
    pub(super) fn load<'a>(
        library: &str,
        rules: impl Iterator<Item = (&'a str, &'a str)>,
        checks: &[CheckDef],
    ) -> Result<Self, CheckError> {
        let mut engine = regorus::Engine::new();
        engine.set_execution_timer_config(ExecutionTimerConfig {
            limit: RULE_TIME_LIMIT,
            check_interval: NonZeroU32::MIN,
        });
        add_policy(&mut engine, "lib.rego", library)?;
        let mut raw_directory = HashMap::new();
        for ((name, rule), check) in rules.zip(checks) {
            let named = DIRECTORY_DATASETS
                .into_iter()
                .filter(|dataset| {
                    let key = dataset.key();
                    rule.contains(&format!("datasets.{key}"))
                        || rule.contains(&format!("input.datasets, \"{key}\""))
                })
                .collect();
            raw_directory.insert(check.package().to_owned(), named);
            let file = format!("{name}.rego");
            let package = add_policy(&mut engine, &file, rule)?;
            if package != check.package() {
                return Err(CheckError::InvalidRule {
                    file,
                    message: format!("package is {package}; expected {}", check.package()),
                });
            }
        }
        // Evaluating once analyses the modules, so every clone starts prepared.
        engine
            .eval_rule("data.cray.lib.global_admin_role".to_owned())
            .map_err(|error| CheckError::InvalidRule {
                file: "lib.rego".to_owned(),
                message: format!("{error:#}"),
            })?;
        Ok(Self {
            engine,
            raw_directory,
        })
    }

    /// Evaluates every check, in the order given; `english` renders the rules' messages.
    ///
    /// The rules run on every core: each worker takes the next check from a shared counter,
    /// so one slow rule does not hold up the others. Datasets are converted for the rule
    /// engine once, before the workers start.
    pub(super) fn evaluate(
        &self,
        checks: &[CheckDef],
        records: &[DatasetRecord],
        english: &Localizer,
        times: Option<&mut Vec<(String, Duration)>>,
    ) -> Vec<CheckResult> {
        let started = Instant::now();
        let by_dataset: HashMap<Dataset, &DatasetRecord> = records
            .iter()
            .map(|record| (record.dataset, record))
            .collect();
        let plans = licensed_plans(&by_dataset);
        let complete: facts::Usable<'_> = by_dataset
            .iter()
            .filter(|(dataset, record)| usable(**dataset, Some(record)).is_ok())
            .map(|(dataset, record)| (*dataset, record.objects.as_slice()))
            .collect();
        let gates: Vec<Option<NotAssessableReason>> = checks
            .iter()
            .map(|check| {
                licence_gate(check, plans.as_ref()).or_else(|| dataset_gate(check, &by_dataset))
            })
            .collect();
        // The facts and the conversion of the datasets are independent, so they run side by
        // side. Each takes a few hundred milliseconds at 100k users.
        let (facts, converted) = std::thread::scope(|scope| {
            let facts = scope.spawn(|| facts::build(&complete));
            let converted = self.convert(checks, &gates, &by_dataset);
            match facts.join() {
                Ok(facts) => (facts, converted),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        });
        let prepared = started.elapsed();
        let outputs = self.run_all(checks, &gates, &by_dataset, &facts, &converted);
        if let Some(times) = times {
            times.push(("facts and conversion".to_owned(), prepared));
            times.extend(
                checks
                    .iter()
                    .zip(&outputs)
                    .map(|(check, (_, time))| (check.id.0.clone(), *time)),
            );
        }
        checks
            .iter()
            .zip(gates)
            .zip(outputs)
            .map(|((check, gate), (output, _))| match (gate, output) {
                (Some(reason), _) => no_verdict(check, reason, english),
                (None, Some(Ok(output))) => into_result(check, output, english),
                (None, Some(Err(message))) => {
                    no_verdict(check, NotAssessableReason::RuleError { message }, english)
                }
                (None, None) => no_verdict(
                    check,
                    NotAssessableReason::RuleError {
                        message: "the rule was not run".to_owned(),
                    },
                    english,
                ),
            })
            .collect()
    }

    /// Converts every dataset that a check to be run receives, once.
    fn convert(
        &self,
        checks: &[CheckDef],
        gates: &[Option<NotAssessableReason>],
        records: &HashMap<Dataset, &DatasetRecord>,
    ) -> HashMap<Dataset, regorus::Value> {
        let mut converted = HashMap::new();
        for (check, _) in checks.iter().zip(gates).filter(|(_, gate)| gate.is_none()) {
            for dataset in passed_datasets(check, records, self.raw(check)) {
                converted.entry(dataset).or_insert_with(|| {
                    let objects = records
                        .get(&dataset)
                        .map(|record| record.objects.clone())
                        .unwrap_or_default();
                    regorus::Value::from(serde_json::Value::Array(objects))
                });
            }
        }
        converted
    }

    /// Runs the rule of every check without a gate, on all cores; returns each output (none
    /// for gated checks) with the time its rule took.
    #[allow(clippy::type_complexity)]
    fn run_all(
        &self,
        checks: &[CheckDef],
        gates: &[Option<NotAssessableReason>],
        records: &HashMap<Dataset, &DatasetRecord>,
        facts: &facts::Facts,
        converted: &HashMap<Dataset, regorus::Value>,
    ) -> Vec<(Option<Result<RuleOutput, String>>, Duration)> {
        let next = AtomicUsize::new(0);
        let workers = std::thread::available_parallelism()
            .map_or(1, NonZeroUsize::get)
            .clamp(1, MAX_WORKERS);
        let work = || {
            let mut done = Vec::new();
            loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let (Some(check), Some(gate)) = (checks.get(index), gates.get(index)) else {
                    break;
                };
                let started = Instant::now();
                let output = gate.is_none().then(|| {
                    let input = rule_input(check, records, facts, self.raw(check), converted);
                    self.eval(check, input)
                });
                done.push((index, output, started.elapsed()));
            }
            done
        };
        let mut outputs: Vec<(Option<Result<RuleOutput, String>>, Duration)> =
            checks.iter().map(|_| (None, Duration::ZERO)).collect();
        let finished: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
            let mut all = work();
            for handle in handles {
                match handle.join() {
                    Ok(done) => all.extend(done),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            all
        });
        for (index, output, time) in finished {
            if let Some(slot) = outputs.get_mut(index) {
                *slot = (output, time);
            }
        }
        outputs
    }

    /// Returns the large datasets that a check's rule reads raw.
    fn raw(&self, check: &CheckDef) -> &[Dataset] {
        self.raw_directory
            .get(check.package())
            .map_or(&[][..], Vec::as_slice)
    }

    fn eval(
        &self,
        check: &CheckDef,
        input: Result<regorus::Value, String>,
    ) -> Result<RuleOutput, String> {
        let mut engine = self.engine.clone();
        engine.set_input(input?);
        let value = engine
            .eval_rule(check.rule_path().to_owned())
            .map_err(|error| format!("{error:#}"))?;
        if value == regorus::Value::Undefined {
            return Err(format!("{} is undefined for this input", check.rule_path()));
        }
        let json = value.to_json_str().map_err(|error| format!("{error:#}"))?;
        serde_json::from_str(&json)
            .map_err(|error| format!("result of {} has the wrong shape: {error}", check.id))
    }
}

/// Lists the datasets a check receives: those it requires and the optional ones that are
/// usable, without the large datasets its rule does not read raw.
fn passed_datasets(
    check: &CheckDef,
    records: &HashMap<Dataset, &DatasetRecord>,
    raw_directory: &[Dataset],
) -> Vec<Dataset> {
    declared_datasets(check, records)
        .into_iter()
        .filter(|dataset| !DIRECTORY_DATASETS.contains(dataset) || raw_directory.contains(dataset))
        .collect()
}

/// Lists the datasets a check requires and the optional ones that are usable.
fn declared_datasets(check: &CheckDef, records: &HashMap<Dataset, &DatasetRecord>) -> Vec<Dataset> {
    let optional = check
        .optional_datasets
        .iter()
        .filter(|&&dataset| usable(dataset, records.get(&dataset).copied()).is_ok());
    check.datasets.iter().chain(optional).copied().collect()
}

/// Builds `{"datasets": {<key>: [objects]}, "facts": {...}}` with the datasets the check
/// receives (see [`passed_datasets`]), taken from the conversions made before the run.
fn rule_input(
    check: &CheckDef,
    records: &HashMap<Dataset, &DatasetRecord>,
    facts: &facts::Facts,
    raw_directory: &[Dataset],
    converted: &HashMap<Dataset, regorus::Value>,
) -> Result<regorus::Value, String> {
    let mut datasets = regorus::Value::new_object();
    for dataset in passed_datasets(check, records, raw_directory) {
        let value = converted
            .get(&dataset)
            .cloned()
            .unwrap_or_else(regorus::Value::new_array);
        datasets
            .as_object_mut()
            .map_err(|error| format!("{error:#}"))?
            .insert(regorus::Value::from(dataset.key()), value);
    }
    let mut input = regorus::Value::new_object();
    input
        .as_object_mut()
        .map_err(|error| format!("{error:#}"))?
        .insert(regorus::Value::from("datasets"), datasets);
    input
        .as_object_mut()
        .map_err(|error| format!("{error:#}"))?
        .insert(
            regorus::Value::from("facts"),
            facts.for_check(&declared_datasets(check, records)),
        );
    Ok(input)
}

fn add_policy(engine: &mut regorus::Engine, file: &str, rego: &str) -> Result<String, CheckError> {
    engine
        .add_policy(file.to_owned(), rego.to_owned())
        .map_err(|error| CheckError::InvalidRule {
            file: file.to_owned(),
            message: format!("{error:#}"),
        })
}

fn into_result(check: &CheckDef, output: RuleOutput, english: &Localizer) -> CheckResult {
    let status = match output.status.as_str() {
        "pass" => Status::Pass,
        "fail" => Status::Fail,
        "not_applicable" => Status::NotApplicable,
        other => {
            let message =
                format!("rule returned status {other:?}; expected pass, fail or not_applicable");
            let reason = NotAssessableReason::RuleError { message };
            return no_verdict(check, reason, english);
        }
    };
    let (detail, detail_message) = output.detail.render(english);
    let affected = output
        .affected
        .into_iter()
        .map(|object| {
            let (reason, reason_message) = object.reason.render(english);
            AffectedObject {
                id: object.id,
                display_name: object.display_name,
                reason,
                reason_message,
            }
        })
        .collect();
    CheckResult {
        check_id: check.id.clone(),
        status,
        reason: None,
        detail,
        detail_message,
        affected,
    }
}

/// The result of a check that reached no verdict: not licensed when the licence is missing,
/// error when the rule failed, not assessable for every data problem.
fn no_verdict(check: &CheckDef, reason: NotAssessableReason, english: &Localizer) -> CheckResult {
    let status = match reason {
        NotAssessableReason::NotLicensed { .. } => Status::NotLicensed,
        NotAssessableReason::RuleError { .. } => Status::Error,
        _ => Status::NotAssessable,
    };
    let detail_message = failure_detail(&reason);
    CheckResult {
        check_id: check.id.clone(),
        status,
        detail: detail_message
            .as_ref()
            .map(|message| english.message(message))
            .unwrap_or_default(),
        detail_message,
        reason: Some(reason),
        affected: Vec::new(),
    }
}

/// Spells out a collection failure's message in the detail; other reasons are complete on their own.
/// The failure message itself is the collector's or service's text and stays as it is.
fn failure_detail(reason: &NotAssessableReason) -> Option<Message> {
    match reason {
        NotAssessableReason::NotCollected {
            dataset,
            cause: NotCollected::Failed { message },
        } => Some(Message {
            id: "evidence-common-dataset-unusable".to_owned(),
            args: BTreeMap::from([
                ("dataset".to_owned(), dataset.key().to_owned()),
                ("message".to_owned(), message.clone()),
            ]),
            appended: Vec::new(),
        }),
        _ => None,
    }
}

/// Returns the reason the first required dataset that is missing or incomplete blocks the
/// check, or `None` when all are usable.
fn dataset_gate(
    check: &CheckDef,
    records: &HashMap<Dataset, &DatasetRecord>,
) -> Option<NotAssessableReason> {
    check
        .datasets
        .iter()
        .find_map(|&dataset| usable(dataset, records.get(&dataset).copied()).err())
}

/// Checks that a dataset was collected completely and, when every tenant has at least one
/// such object, that it is not empty.
fn usable(dataset: Dataset, record: Option<&DatasetRecord>) -> Result<(), NotAssessableReason> {
    let Some(record) = record else {
        let cause = NotCollected::Failed {
            message: "the assessment has no record of this dataset".to_owned(),
        };
        return Err(NotAssessableReason::NotCollected { dataset, cause });
    };
    match &record.state {
        DatasetState::Complete => never_empty(dataset)
            .filter(|_| record.objects.is_empty())
            .map_or(Ok(()), |fact| Err(empty_reason(dataset, fact))),
        DatasetState::NotCollected(NotCollected::MissingPermission { permission }) => {
            Err(NotAssessableReason::MissingPermission {
                dataset,
                permission: permission.clone(),
            })
        }
        DatasetState::NotCollected(NotCollected::NotLicensed { licence }) => {
            Err(NotAssessableReason::NotLicensed {
                licence: licence.clone(),
            })
        }
        DatasetState::NotCollected(cause) => Err(NotAssessableReason::NotCollected {
            dataset,
            cause: cause.clone(),
        }),
    }
}

/// Returns why a dataset always holds at least one object in a working tenant, or `None`
/// when an empty dataset is a real answer (a tenant may have no Conditional Access policy).
fn never_empty(dataset: Dataset) -> Option<&'static str> {
    match dataset {
        Dataset::Organization => Some("every tenant has its organization object"),
        Dataset::Domains => Some("every tenant has its initial onmicrosoft.com domain"),
        Dataset::RoleDefinitions => Some("every tenant has the built-in directory roles"),
        Dataset::AuthorizationPolicy
        | Dataset::SecurityDefaults
        | Dataset::AuthenticationMethodsPolicy
        | Dataset::AdminConsentRequestPolicy
        | Dataset::CrossTenantAccessDefault
        | Dataset::DeviceRegistrationPolicy => Some("every tenant has this policy object"),
        Dataset::ExoOrganizationConfig => {
            Some("every Exchange Online organization has its organization configuration")
        }
        Dataset::ExoRemoteDomains => {
            Some("every Exchange Online organization has the Default remote domain (*)")
        }
        Dataset::ExoOutboundSpamPolicies => {
            Some("every Exchange Online organization has the Default outbound spam policy")
        }
        Dataset::ExoAcceptedDomains => {
            Some("every Exchange Online organization has its initial onmicrosoft.com domain")
        }
        Dataset::ExoAdminAuditLogConfig
        | Dataset::ExoTransportConfig
        | Dataset::ExoExternalInOutlook
        | Dataset::ExoAtpPolicy => {
            Some("every Exchange Online organization has this settings object")
        }
        Dataset::ExoDkimSigningConfig => {
            Some("every Exchange Online organization signs its onmicrosoft.com domain with DKIM")
        }
        Dataset::ExoSharingPolicies
        | Dataset::ExoMalwareFilterPolicies
        | Dataset::ExoContentFilterPolicies
        | Dataset::ExoConnectionFilterPolicies
        | Dataset::ExoAntiPhishPolicies
        | Dataset::ExoRoleAssignmentPolicies => {
            Some("every Exchange Online organization has a default policy of this kind")
        }
        Dataset::ExoSafeLinksPolicies | Dataset::ExoSafeAttachmentPolicies => {
            Some("Defender for Office 365 always has its Built-In Protection policy")
        }
        _ => None,
    }
}

fn empty_reason(dataset: Dataset, fact: &str) -> NotAssessableReason {
    let message = format!(
        "the service returned no objects, but {fact}, so the data is incomplete; collect again"
    );
    NotAssessableReason::NotCollected {
        dataset,
        cause: NotCollected::Failed { message },
    }
}

/// Returns `NotLicensed` when the tenant's SKUs are known and none grants the check's
/// licence, and the reason the SKUs are unusable when they are not known: a check that needs
/// a licence is not assessable without the licence inventory.
fn licence_gate(
    check: &CheckDef,
    plans: Result<&Vec<String>, &NotAssessableReason>,
) -> Option<NotAssessableReason> {
    let licence = check.licence.as_ref()?;
    let plans = match plans {
        Ok(plans) => plans,
        Err(reason) => return Some(reason.clone()),
    };
    if licence
        .service_plans()
        .any(|needed| plans.iter().any(|plan| plan == needed))
    {
        None
    } else {
        Some(NotAssessableReason::NotLicensed {
            licence: licence.name.clone(),
        })
    }
}

/// Returns the active service plan names of the tenant, or why they are unknown when the
/// subscribed SKUs were not collected completely.
fn licensed_plans(
    records: &HashMap<Dataset, &DatasetRecord>,
) -> Result<Vec<String>, NotAssessableReason> {
    let record = records.get(&Dataset::SubscribedSkus).copied();
    usable(Dataset::SubscribedSkus, record)?;
    let Some(record) = record else {
        return Ok(Vec::new());
    };
    let plans = record
        .objects
        .iter()
        .filter(|sku| !has_state(sku, "capabilityStatus", &INACTIVE_SKU_STATES))
        .filter_map(|sku| sku.get("servicePlans")?.as_array())
        .flatten()
        .filter(|plan| !has_state(plan, "provisioningStatus", &INACTIVE_PLAN_STATES))
        .filter_map(|plan| plan.get("servicePlanName")?.as_str())
        .map(str::to_owned)
        .collect();
    Ok(plans)
}

fn has_state(object: &serde_json::Value, field: &str, states: &[&str]) -> bool {
    object
        .get(field)
        .and_then(serde_json::Value::as_str)
        .is_some_and(|state| states.contains(&state))
}
