//! Benchmark: evaluates the whole check catalogue on one synthetic assessment of a large
//! tenant (100,000 users by default) several times and prints each time, the median and the
//! 2 s target. The input build (datasets as JSON) is not timed; the evaluation is, facts
//! included.
//!
//! `cargo run --release --example eval_synthetic -- [RUNS] [USERS]`

use std::time::{Duration, Instant};

use cray::check::Catalogue;
use cray::model::{Dataset, DatasetRecord, DatasetState};
use serde_json::{Value, json};
use time::OffsetDateTime;

/// Evaluation time the catalogue must stay under.
const TARGET: Duration = Duration::from_secs(2);

const GLOBAL_ADMIN: &str = "62e90394-69f5-4237-9190-012177145e10";

fn user_id(i: usize) -> String {
    format!("00000000-0000-4000-8000-{i:012}")
}

fn group_id(i: usize) -> String {
    format!("10000000-0000-4000-8000-{i:012}")
}

fn record(dataset: Dataset, objects: Vec<Value>) -> DatasetRecord {
    DatasetRecord {
        dataset,
        state: DatasetState::Complete,
        objects,
        pages: 1,
        collected_at: OffsetDateTime::UNIX_EPOCH,
    }
}

fn policy(i: usize, groups: usize) -> Value {
    let grant = match i % 4 {
        0 => json!({"operator": "OR", "builtInControls": ["mfa"]}),
        1 => json!({"operator": "OR", "builtInControls": ["block"]}),
        2 => json!({"operator": "AND", "builtInControls": ["mfa", "compliantDevice"]}),
        _ => json!({"operator": "OR", "builtInControls": [], "authenticationStrength":
                {"id": "00000000-0000-0000-0000-000000000004", "requirementsSatisfied": "mfa",
                 "allowedCombinations": ["fido2", "windowsHelloForBusiness"]}}),
    };
    let state = ["enabled", "enabledForReportingButNotEnforced", "disabled"][i % 3];
    json!({
        "id": format!("policy-{i}"), "displayName": format!("Policy {i}"),
        "state": state,
        "conditions": {
            "clientAppTypes": if i.is_multiple_of(5) { json!(["exchangeActiveSync", "other"]) } else { json!(["all"]) },
            "applications": {"includeApplications": ["All"], "excludeApplications": []},
            "users": {
                "includeUsers": ["All"],
                "excludeUsers": [user_id(i), user_id(i + 1)],
                "includeGroups": [], "excludeGroups": [group_id(i % groups)],
                "includeRoles": [], "excludeRoles": []
            },
            "signInRiskLevels": if i.is_multiple_of(7) { json!(["high"]) } else { json!([]) }
        },
        "grantControls": grant
    })
}

fn tenant(users: usize) -> Vec<DatasetRecord> {
    let groups = users / 20;
    let user_objects: Vec<Value> = (0..users)
        .map(|i| {
            json!({"id": user_id(i), "displayName": format!("User {i}"),
                   "userPrincipalName": format!("user{i}@bench.example"),
                   "userType": if i.is_multiple_of(10) { "Guest" } else { "Member" },
                   "accountEnabled": !i.is_multiple_of(13),
                   "onPremisesSyncEnabled": i.is_multiple_of(2)})
        })
        .collect();
    let group_objects: Vec<Value> = (0..groups)
        .map(|i| {
            json!({"id": group_id(i), "displayName": format!("Group {i}"),
                   "isAssignableToRole": if i.is_multiple_of(3) { json!(true) } else { Value::Null },
                   "securityEnabled": true})
        })
        .collect();
    // Every user in one group, and every tenth group nested in another.
    let mut members: Vec<Value> = (0..users)
        .map(|i| {
            json!({"@odata.type": "#microsoft.graph.user", "id": user_id(i),
                   "displayName": format!("User {i}"), "parentId": group_id(i % groups)})
        })
        .collect();
    members.extend((1..groups).step_by(10).map(|i| {
        json!({"@odata.type": "#microsoft.graph.group", "id": group_id(i),
               "parentId": group_id(i - 1)})
    }));
    let policies: Vec<Value> = (0..200).map(|i| policy(i, groups)).collect();
    let assignments: Vec<Value> = (0..60)
        .map(|i| {
            json!({"id": format!("ra-{i}"), "principalId": user_id(i * 7),
                   "roleDefinitionId": GLOBAL_ADMIN, "directoryScopeId": "/"})
        })
        .collect();
    let service_principals: Vec<Value> = (0..10_000)
        .map(|i| json!({"id": format!("sp-{i}"), "displayName": format!("App {i}")}))
        .collect();
    let skus = vec![json!({"capabilityStatus": "Enabled", "servicePlans": [
        {"servicePlanName": "AAD_PREMIUM", "provisioningStatus": "Success"},
        {"servicePlanName": "AAD_PREMIUM_P2", "provisioningStatus": "Success"},
        {"servicePlanName": "EXCHANGE_S_ENTERPRISE", "provisioningStatus": "Success"}]})];
    let mut records = vec![
        record(Dataset::Users, user_objects),
        record(Dataset::Groups, group_objects),
        record(Dataset::GroupMembers, members),
        record(Dataset::ConditionalAccessPolicies, policies),
        record(Dataset::RoleAssignments, assignments),
        record(Dataset::RoleEligibilitySchedules, Vec::new()),
        record(Dataset::ServicePrincipals, service_principals),
        record(Dataset::SubscribedSkus, skus),
        record(
            Dataset::SecurityDefaults,
            vec![json!({"id": "sd", "isEnabled": false})],
        ),
    ];
    // Every other dataset the catalogue knows arrives complete with one empty-ish object, so
    // that every check runs its rule rather than stopping at a gate.
    for dataset in Dataset::ALL {
        if !records.iter().any(|r| r.dataset == dataset) {
            records.push(record(dataset, vec![json!({"id": "placeholder"})]));
        }
    }
    records
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let runs: usize = args.next().map_or(Ok(5), |a| a.parse())?;
    let users: usize = args.next().map_or(Ok(100_000), |a| a.parse())?;
    let catalogue = Catalogue::embedded()?;
    let records = tenant(users);
    let mut times = Vec::new();
    for run in 1..=runs {
        let start = Instant::now();
        let results = catalogue.evaluate(&records);
        let elapsed = start.elapsed();
        let errors = results
            .iter()
            .filter(|r| r.status == cray::model::Status::Error)
            .count();
        println!(
            "run {run}: {} checks on {users} users in {:.3} s ({errors} rule errors)",
            results.len(),
            elapsed.as_secs_f64()
        );
        times.push(elapsed);
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "median {:.3} s, target {:.1} s: {}",
        median.as_secs_f64(),
        TARGET.as_secs_f64(),
        if median <= TARGET { "met" } else { "missed" }
    );
    Ok(())
}
