//! The Exchange Online checks on the hardened tenant, on tenants that break one setting at a
//! time, and without their data. The forwarding tests cover every combination of outbound
//! spam policy mode and rule that decides whether external automatic forwarding works.

// Fixture errors should panic with the value that broke.
#![allow(clippy::unwrap_used)]

#[path = "support/check_fixtures.rs"]
mod fixtures;

use cray::i18n::{Lang, Localizer};
use cray::model::{CheckResult, Dataset, NotCollected, Status};
use fixtures::{Tenant, affected_ids, affected_names, assert_status};
use serde_json::{Value, json};

fn hardened() -> Tenant {
    Tenant::fixture("hardened")
}

/// Returns the hardened tenant with one property of a dataset's first object changed.
fn with_first(dataset: Dataset, key: &str, value: Value) -> Tenant {
    hardened().edit(dataset, |objects| objects[0][key] = value)
}

/// Returns the hardened tenant with one property of a dataset's named object changed.
fn with_named(dataset: Dataset, name: &str, key: &str, value: Value) -> Tenant {
    hardened().edit(dataset, |objects| {
        let object = objects
            .iter_mut()
            .find(|object| object["Name"] == name)
            .unwrap();
        object[key] = value;
    })
}

/// Asserts a failure whose affected objects have `names` and whose detail and reasons
/// together contain every text in `evidence`.
fn assert_fails(result: &CheckResult, names: &[&str], evidence: &[&str]) {
    assert_status(result, Status::Fail);
    assert_eq!(affected_names(result), names, "{result:#?}");
    let mut text = result.detail.clone();
    for object in &result.affected {
        text.push(' ');
        text.push_str(&object.reason);
    }
    for expected in evidence {
        assert!(text.contains(expected), "{expected:?} missing in {text}");
    }
}

fn assert_passes(id: &str) {
    assert_status(&hardened().result(id), Status::Pass);
}

/// Asserts that the check is not assessable when a dataset it needs is not collected.
fn assert_needs(id: &str, dataset: Dataset) {
    let cause = NotCollected::MissingPermission {
        permission: "Exchange.ManageAsApp".to_owned(),
    };
    let result = hardened().not_collected(dataset, cause).result(id);
    assert_status(&result, Status::NotAssessable);
    let result = hardened().without(dataset).result(id);
    assert_status(&result, Status::NotAssessable);
}

// CRAY-EXO-001: outbound spam policies, their rules and remote domains.

fn outbound_policy(name: &str, default: bool, mode: Option<&str>) -> Value {
    let mut policy = json!({"Name": name, "Identity": name, "IsDefault": default});
    if let Some(mode) = mode {
        policy["AutoForwardingMode"] = json!(mode);
    }
    policy
}

fn outbound_rule(policy: &str, state: &str) -> Value {
    json!({
        "Name": format!("{policy} rule"), "Identity": format!("{policy} rule"), "State": state,
        "Priority": 0, "HostedOutboundSpamFilterPolicy": policy,
        "FromMemberOf": ["finance@fabrikam-lab.example"], "From": null, "SenderDomainIs": null
    })
}

fn forwarding_tenant(default_mode: &str, custom: Option<(&str, Option<&str>)>) -> Tenant {
    let mut policies = vec![outbound_policy("Default", true, Some(default_mode))];
    let mut rules = Vec::new();
    if let Some((mode, state)) = custom {
        policies.push(outbound_policy("Finance exception", false, Some(mode)));
        if let Some(state) = state {
            rules.push(outbound_rule("Finance exception", state));
        }
    }
    hardened()
        .with(Dataset::ExoOutboundSpamPolicies, Value::Array(policies))
        .with(Dataset::ExoOutboundSpamRules, Value::Array(rules))
}

#[test]
fn forwarding_default_policy_modes() {
    for (mode, status) in [
        ("Off", Status::Pass),
        ("Automatic", Status::Pass),
        ("automatic", Status::Pass),
        ("On", Status::Fail),
    ] {
        let result = forwarding_tenant(mode, None).result("CRAY-EXO-001");
        assert_status(&result, status);
        if status == Status::Fail {
            assert_eq!(affected_names(&result), ["Default"]);
            assert!(
                result.affected[0].reason.contains("all senders"),
                "{result:#?}"
            );
        }
    }
}

#[test]
fn custom_forwarding_policy_needs_enabled_rule() {
    // (custom mode, rule state, whether the custom policy lets its senders forward)
    let cases = [
        ("On", Some("Enabled"), true),
        ("On", Some("Disabled"), false),
        ("On", None, false),
        ("Automatic", Some("Enabled"), false),
        ("Off", Some("Enabled"), false),
        ("Automatic", None, false),
        ("Off", Some("Disabled"), false),
    ];
    for default_mode in ["Off", "Automatic", "On"] {
        for (mode, state, custom_forwards) in cases {
            let tenant = forwarding_tenant(default_mode, Some((mode, state)));
            let result = tenant.result("CRAY-EXO-001");
            let mut expected = Vec::new();
            if default_mode == "On" {
                expected.push("Default");
            }
            if custom_forwards {
                expected.push("Finance exception");
            }
            expected.sort_unstable();
            let case = format!("default {default_mode}, custom {mode}, rule {state:?}");
            assert_eq!(affected_names(&result), expected, "{case}: {result:#?}");
            let status = if expected.is_empty() {
                Status::Pass
            } else {
                Status::Fail
            };
            assert_eq!(result.status, status, "{case}: {result:#?}");
            if custom_forwards {
                let reason = &result
                    .affected
                    .iter()
                    .find(|object| object.display_name == "Finance exception")
                    .unwrap()
                    .reason;
                assert!(reason.contains("finance@fabrikam-lab.example"), "{reason}");
            }
            let dormant = mode == "On" && state != Some("Enabled");
            assert_eq!(
                result.detail.contains("apply to nobody"),
                dormant,
                "{case}: {result:#?}"
            );
        }
    }
}

#[test]
fn forwarding_mode_missing_fails() {
    let policies = json!([outbound_policy("Default", true, None)]);
    let tenant = hardened().with(Dataset::ExoOutboundSpamPolicies, policies);
    let result = tenant.result("CRAY-EXO-001");
    assert_fails(&result, &["Default"], &["cannot confirm"]);
}

#[test]
fn forwarding_exception_and_partner_domain_fail() {
    let domains = json!([
        {"Name": "Default", "Identity": "Default", "DomainName": "*", "AutoForwardEnabled": false},
        {"Name": "PartnerForwarding", "Identity": "PartnerForwarding",
         "DomainName": "partner-lab.example", "AutoForwardEnabled": true}
    ]);
    let tenant = forwarding_tenant("Automatic", Some(("On", Some("Enabled"))))
        .with(Dataset::ExoRemoteDomains, domains);
    let result = tenant.result("CRAY-EXO-001");
    assert_fails(
        &result,
        &["Finance exception", "partner-lab.example"],
        &[
            "AutoForwardingMode On",
            "finance@fabrikam-lab.example",
            "(partner-lab.example)",
        ],
    );
}

#[test]
fn forwarding_needs_datasets() {
    for dataset in [
        Dataset::ExoOutboundSpamPolicies,
        Dataset::ExoOutboundSpamRules,
        Dataset::ExoRemoteDomains,
    ] {
        assert_needs("CRAY-EXO-001", dataset);
    }
    let empty = hardened().with(Dataset::ExoOutboundSpamPolicies, json!([]));
    assert_status(&empty.result("CRAY-EXO-001"), Status::NotAssessable);
}

// CRAY-EXO-002: mailbox forwarding addresses.

fn forwarding_mailbox(address: Value, keep_copy: bool) -> Tenant {
    hardened().edit(Dataset::ExoMailboxes, |mailboxes| {
        mailboxes[0]["ForwardingSmtpAddress"] = address;
        mailboxes[0]["DeliverToMailboxAndForward"] = json!(keep_copy);
    })
}

#[test]
fn external_mailbox_forwarding_fails() {
    let tenant = forwarding_mailbox(json!("smtp:mirja.private@mailbox-lab.example"), true);
    let result = tenant.result("CRAY-EXO-002");
    assert_fails(
        &result,
        &["Mirja Solberg"],
        &[
            "Mirja Solberg",
            "mirja.private@mailbox-lab.example",
            "keeps a copy",
            "blocks external forwarding (AutoForwardingMode Off)",
        ],
    );
    assert_eq!(affected_ids(&result), ["MSolberg"]);
}

#[test]
fn mailbox_forwarding_names_policy_state() {
    let tenant = forwarding_mailbox(json!("SMTP:someone@mailbox-lab.example"), false).edit(
        Dataset::ExoOutboundSpamPolicies,
        |policies| {
            policies[0]["AutoForwardingMode"] = json!("On");
        },
    );
    let result = tenant.result("CRAY-EXO-002");
    assert_fails(
        &result,
        &["Mirja Solberg"],
        &["without keeping", "does not block"],
    );
    let unknown = forwarding_mailbox(json!("smtp:someone@mailbox-lab.example"), false)
        .without(Dataset::ExoOutboundSpamPolicies)
        .result("CRAY-EXO-002");
    assert_fails(&unknown, &["Mirja Solberg"], &["were not collected"]);
}

#[test]
fn internal_mailbox_forwarding_passes() {
    assert_passes("CRAY-EXO-002");
    let subdomains = hardened()
        .edit(Dataset::ExoAcceptedDomains, |domains| {
            domains[1]["MatchSubDomains"] = json!(true);
        })
        .edit(Dataset::ExoMailboxes, |mailboxes| {
            mailboxes[0]["ForwardingSmtpAddress"] = json!("smtp:desk@eu.fabrikam-lab.example");
        });
    assert_status(&subdomains.result("CRAY-EXO-002"), Status::Pass);
    let sub_without_match = hardened().edit(Dataset::ExoMailboxes, |mailboxes| {
        mailboxes[0]["ForwardingSmtpAddress"] = json!("smtp:desk@eu.fabrikam-lab.example");
    });
    assert_status(&sub_without_match.result("CRAY-EXO-002"), Status::Fail);
}

#[test]
fn mailbox_forwarding_needs_datasets() {
    assert_needs("CRAY-EXO-002", Dataset::ExoMailboxes);
    assert_needs("CRAY-EXO-002", Dataset::ExoAcceptedDomains);
}

// CRAY-EXO-003 and CRAY-EXO-026: transport rules.

fn transport_rule(name: &str, extra: Value) -> Value {
    let mut rule = json!({
        "Name": name, "Identity": name, "Guid": format!("guid-{name}"), "Priority": 1,
        "State": "Enabled", "Mode": "Enforce", "RedirectMessageTo": null, "BlindCopyTo": null,
        "CopyTo": null, "AddToRecipients": null, "SetSCL": null, "SenderDomainIs": null
    });
    for (key, value) in extra.as_object().unwrap() {
        rule[key] = value.clone();
    }
    rule
}

fn with_rules(rules: Value) -> Tenant {
    hardened().with(Dataset::ExoTransportRules, rules)
}

#[test]
fn external_transport_copy_fails() {
    let rules = json!([
        transport_rule(
            "Bcc auditor",
            json!({"BlindCopyTo": ["auditor@partner-lab.example"]})
        ),
        transport_rule("Redirect", json!({"RedirectMessageTo": ["Finance Team"]})),
        transport_rule(
            "Copy inside",
            json!({"CopyTo": ["desk@fabrikam-lab.example"]})
        ),
        transport_rule(
            "Add outside",
            json!({"AddToRecipients": ["x@mailbox-lab.example"]})
        ),
    ]);
    let result = with_rules(rules).result("CRAY-EXO-003");
    assert_fails(
        &result,
        &["Add outside", "Bcc auditor"],
        &[
            "BlindCopyTo auditor@partner-lab.example",
            "AddToRecipients x@mailbox-lab.example",
        ],
    );
    assert_eq!(
        affected_ids(&result),
        ["guid-Add outside", "guid-Bcc auditor"]
    );
}

#[test]
fn inactive_transport_rule_is_noted() {
    let rules = json!([
        transport_rule(
            "Off",
            json!({"State": "Disabled", "CopyTo": ["a@partner-lab.example"]})
        ),
        transport_rule(
            "Test",
            json!({"Mode": "AuditAndNotify", "CopyTo": ["a@partner-lab.example"]})
        ),
    ]);
    let result = with_rules(rules).result("CRAY-EXO-003");
    assert_status(&result, Status::Pass);
    assert!(result.detail.contains("Off, Test"), "{result:#?}");
    assert_passes("CRAY-EXO-003");
    assert_needs("CRAY-EXO-003", Dataset::ExoTransportRules);
    assert_needs("CRAY-EXO-003", Dataset::ExoAcceptedDomains);
}

#[test]
fn sender_spam_bypass_rule_fails() {
    let rules = json!([
        transport_rule(
            "Partner allow",
            json!({"SetSCL": "-1", "SenderDomainIs": ["partner-lab.example"]})
        ),
        transport_rule(
            "Number",
            json!({"SetSCL": -1, "From": ["boss@partner-lab.example"]})
        ),
        transport_rule(
            "Gateway",
            json!({"SetSCL": -1, "SenderIpRanges": ["192.0.2.0/24"]})
        ),
        transport_rule(
            "Disabled",
            json!({"State": "Disabled", "SetSCL": "-1", "SenderDomainIs": ["x.example"]})
        ),
        transport_rule(
            "Junk",
            json!({"SetSCL": "5", "SenderDomainIs": ["y.example"]})
        ),
    ]);
    let result = with_rules(rules).result("CRAY-EXO-026");
    assert_fails(
        &result,
        &["Number", "Partner allow"],
        &[
            "SenderDomainIs partner-lab.example",
            "From boss@partner-lab.example",
        ],
    );
    assert_passes("CRAY-EXO-026");
    assert_needs("CRAY-EXO-026", Dataset::ExoTransportRules);
}

// CRAY-EXO-004: DKIM.

#[test]
fn unsigned_dkim_domains_fail() {
    let tenant = hardened()
        .edit(Dataset::ExoAcceptedDomains, |domains| {
            domains.push(json!({"DomainName": "new.example", "Name": "new.example",
                "DomainType": "Authoritative"}));
            domains.push(
                json!({"DomainName": "relay.example", "Name": "relay.example",
                "DomainType": "InternalRelay"}),
            );
        })
        .edit(Dataset::ExoDkimSigningConfig, |configs| {
            configs[1]["Enabled"] = json!(false);
            configs[1]["Status"] = json!("CnameMissing");
        });
    let result = tenant.result("CRAY-EXO-004");
    assert_fails(
        &result,
        &["fabrikam-lab.example", "new.example"],
        &[
            "2 of 3 (fabrikam-lab.example, new.example)",
            "no DKIM signing configuration",
            "Enabled false, status CnameMissing",
        ],
    );
    assert_passes("CRAY-EXO-004");
    assert_needs("CRAY-EXO-004", Dataset::ExoDkimSigningConfig);
    assert_needs("CRAY-EXO-004", Dataset::ExoAcceptedDomains);
}

// Organization-wide settings objects.

/// Lists each settings check with its dataset, its property and a value that fails it.
fn settings_cases() -> Vec<(&'static str, Dataset, &'static str, Value)> {
    vec![
        (
            "CRAY-EXO-005",
            Dataset::ExoTransportConfig,
            "SmtpClientAuthenticationDisabled",
            json!(false),
        ),
        (
            "CRAY-EXO-006",
            Dataset::ExoOrganizationConfig,
            "OAuth2ClientProfileEnabled",
            json!(false),
        ),
        (
            "CRAY-EXO-007",
            Dataset::ExoOrganizationConfig,
            "CustomerLockboxEnabled",
            json!(null),
        ),
        (
            "CRAY-EXO-008",
            Dataset::ExoAdminAuditLogConfig,
            "UnifiedAuditLogIngestionEnabled",
            json!(false),
        ),
        (
            "CRAY-EXO-009",
            Dataset::ExoOrganizationConfig,
            "AuditDisabled",
            json!(true),
        ),
        (
            "CRAY-EXO-011",
            Dataset::ExoExternalInOutlook,
            "Enabled",
            json!(false),
        ),
        (
            "CRAY-EXO-022",
            Dataset::ExoAtpPolicy,
            "EnableATPForSPOTeamsODB",
            json!(false),
        ),
    ]
}

fn first_name(dataset: Dataset) -> String {
    let object = &hardened().records[&dataset].objects[0];
    object
        .get("Name")
        .unwrap_or(&object["Identity"])
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn wrong_setting_fails_with_value() {
    for (id, dataset, key, value) in settings_cases() {
        let result = with_first(dataset, key, value.clone()).result(id);
        let value_text = if value.is_null() {
            "-".to_owned()
        } else {
            value.to_string()
        };
        let expected = format!("{key}: {value_text} →");
        assert_fails(&result, &[&first_name(dataset)], &[&expected]);
    }
}

#[test]
fn missing_setting_fails() {
    for (id, dataset, key, _) in settings_cases() {
        let tenant = hardened().edit(dataset, |objects| {
            objects[0].as_object_mut().unwrap().remove(key);
        });
        let result = tenant.result(id);
        assert_fails(&result, &[&first_name(dataset)], &[&format!("{key}: - →")]);
    }
}

#[test]
fn text_boolean_setting_passes() {
    let tenant = with_first(
        Dataset::ExoTransportConfig,
        "SmtpClientAuthenticationDisabled",
        json!("True"),
    );
    assert_status(&tenant.result("CRAY-EXO-005"), Status::Pass);
}

#[test]
fn settings_checks_need_data() {
    for (id, dataset, _, _) in settings_cases() {
        assert_passes(id);
        assert_needs(id, dataset);
        let empty = hardened().with(dataset, json!([]));
        assert_status(&empty.result(id), Status::NotAssessable);
    }
}

#[test]
fn flagged_safe_documents_stay_closed() {
    let tenant = with_first(Dataset::ExoAtpPolicy, "AllowSafeDocsOpen", json!(true));
    let result = tenant.result("CRAY-EXO-022");
    assert_fails(&result, &["Default"], &["AllowSafeDocsOpen: true → false"]);
    let off = hardened().edit(Dataset::ExoAtpPolicy, |policies| {
        policies[0]["EnableSafeDocs"] = json!(false);
        policies[0]["AllowSafeDocsOpen"] = json!(true);
    });
    assert_status(&off.result("CRAY-EXO-022"), Status::Pass);
}

#[test]
fn defender_checks_need_licence() {
    let skus = json!([{
        "id": "sku-e3", "skuPartNumber": "SPE_E3", "capabilityStatus": "Enabled",
        "servicePlans": [{"servicePlanName": "EXCHANGE_S_ENTERPRISE", "provisioningStatus": "Success"}]
    }]);
    let tenant = hardened().with(Dataset::SubscribedSkus, skus);
    for id in [
        "CRAY-EXO-007",
        "CRAY-EXO-014",
        "CRAY-EXO-020",
        "CRAY-EXO-021",
        "CRAY-EXO-022",
    ] {
        assert_status(&tenant.result(id), Status::NotLicensed);
    }
    assert_status(&tenant.result("CRAY-EXO-013"), Status::Pass);
}

// CRAY-EXO-010: mailbox audit bypass.

#[test]
fn audit_bypass_accounts_fail() {
    let tenant = hardened().edit(Dataset::ExoMailboxAuditBypass, |accounts| {
        accounts.push(
            json!({"Name": "svc-backup", "Identity": "svc-backup", "AuditBypassEnabled": true}),
        );
        accounts.push(json!({"Name": "svc-unknown", "Identity": "svc-unknown"}));
    });
    let result = tenant.result("CRAY-EXO-010");
    assert_fails(
        &result,
        &["svc-backup", "svc-unknown"],
        &["svc-backup, svc-unknown", "is true", "is -"],
    );
    assert_passes("CRAY-EXO-010");
    assert_status(
        &hardened()
            .with(Dataset::ExoMailboxAuditBypass, json!([]))
            .result("CRAY-EXO-010"),
        Status::Pass,
    );
    assert_needs("CRAY-EXO-010", Dataset::ExoMailboxAuditBypass);
}

// CRAY-EXO-012: calendar sharing.

#[test]
fn calendar_details_for_everyone_fail() {
    let tenant = hardened().edit(Dataset::ExoSharingPolicies, |policies| {
        policies[0]["Domains"] = json!([
            "*:CalendarSharingFreeBusyReviewer, ContactsSharing",
            "partner-lab.example:CalendarSharingFreeBusyDetail"
        ]);
        policies.push(json!({"Name": "Anon", "Identity": "Anon", "Enabled": true,
            "Domains": ["Anonymous:CalendarSharingFreeBusyDetail"]}));
        policies.push(json!({"Name": "Off", "Identity": "Off", "Enabled": false,
            "Domains": ["*:CalendarSharingFreeBusyDetail"]}));
        policies.push(
            json!({"Name": "Partner", "Identity": "Partner", "Enabled": true,
            "Domains": ["partner-lab.example:CalendarSharingFreeBusyReviewer"]}),
        );
    });
    let result = tenant.result("CRAY-EXO-012");
    assert_fails(
        &result,
        &["Anon", "Default Sharing Policy"],
        &[
            "*:CalendarSharingFreeBusyReviewer, ContactsSharing",
            "Anonymous:CalendarSharingFreeBusyDetail",
        ],
    );
    assert_passes("CRAY-EXO-012");
    assert_needs("CRAY-EXO-012", Dataset::ExoSharingPolicies);
}

// Threat policies: which policy applies, and each check's settings.

/// Lists each threat policy check with its dataset, a property, a failing value and the
/// evidence that names it.
fn policy_cases() -> Vec<(&'static str, Dataset, &'static str, Value, &'static str)> {
    vec![
        (
            "CRAY-EXO-013",
            Dataset::ExoAntiPhishPolicies,
            "HonorDmarcPolicy",
            json!(false),
            "HonorDmarcPolicy: false → true",
        ),
        (
            "CRAY-EXO-014",
            Dataset::ExoAntiPhishPolicies,
            "TargetedUsersToProtect",
            json!([]),
            "TargetedUsersToProtect: - → 1+",
        ),
        (
            "CRAY-EXO-014",
            Dataset::ExoAntiPhishPolicies,
            "TargetedUserProtectionAction",
            json!("MoveToJmf"),
            "TargetedUserProtectionAction: MoveToJmf → Quarantine",
        ),
        (
            "CRAY-EXO-015",
            Dataset::ExoContentFilterPolicies,
            "BulkThreshold",
            json!(7),
            "BulkThreshold: 7 → 6",
        ),
        (
            "CRAY-EXO-015",
            Dataset::ExoContentFilterPolicies,
            "PhishSpamAction",
            json!("MoveToJmf"),
            "PhishSpamAction: MoveToJmf → Quarantine",
        ),
        (
            "CRAY-EXO-016",
            Dataset::ExoContentFilterPolicies,
            "AllowedSenderDomains",
            json!(["partner-lab.example"]),
            "AllowedSenderDomains: partner-lab.example → $null",
        ),
        (
            "CRAY-EXO-018",
            Dataset::ExoMalwareFilterPolicies,
            "EnableFileFilter",
            json!(false),
            "EnableFileFilter: false → true",
        ),
        (
            "CRAY-EXO-019",
            Dataset::ExoMalwareFilterPolicies,
            "InternalSenderAdminAddress",
            json!(null),
            "InternalSenderAdminAddress: - →",
        ),
        (
            "CRAY-EXO-020",
            Dataset::ExoSafeLinksPolicies,
            "EnableSafeLinksForTeams",
            json!(false),
            "EnableSafeLinksForTeams: false → true",
        ),
        (
            "CRAY-EXO-021",
            Dataset::ExoSafeAttachmentPolicies,
            "Action",
            json!("Allow"),
            "Action: Allow → Block",
        ),
    ]
}

fn default_policy_name(dataset: Dataset) -> &'static str {
    match dataset {
        Dataset::ExoAntiPhishPolicies => "Office365 AntiPhish Default",
        Dataset::ExoSafeLinksPolicies | Dataset::ExoSafeAttachmentPolicies => {
            "Built-In Protection Policy"
        }
        _ => "Default",
    }
}

/// Returns the preset rule dataset that turns on the presets of a policy dataset.
fn preset_rules(dataset: Dataset) -> Dataset {
    match dataset {
        Dataset::ExoSafeLinksPolicies | Dataset::ExoSafeAttachmentPolicies => {
            Dataset::ExoAtpProtectionPolicyRules
        }
        _ => Dataset::ExoEopProtectionPolicyRules,
    }
}

#[test]
fn weak_enabled_preset_fails() {
    for (id, dataset, key, value, evidence) in policy_cases() {
        let name = "Strict Preset Security Policy1";
        let result = with_named(dataset, name, key, value.clone()).result(id);
        assert_fails(
            &result,
            &[name],
            &[
                evidence,
                "settings: 1 (Strict Preset Security Policy1)",
                "turned on by the rule Strict Preset Security Policy",
            ],
        );
        let rules = preset_rules(dataset);
        let off = with_named(dataset, name, key, value.clone()).edit(rules, |rules| {
            for rule in rules
                .iter_mut()
                .filter(|rule| rule["Name"] == "Strict Preset Security Policy")
            {
                rule["State"] = json!("Disabled");
            }
        });
        let result = off.result(id);
        assert_status(&result, Status::Pass);
        assert!(result.detail.contains(name), "{id}: {result:#?}");
    }
}

#[test]
fn weak_default_policy_fails_uncovered() {
    for (id, dataset, key, value, evidence) in policy_cases() {
        let name = default_policy_name(dataset);
        let tenant = with_named(dataset, name, key, value.clone());
        let rules = preset_rules(dataset);
        // The hardened Standard preset covers every accepted domain, so the default policy
        // applies to nobody.
        let result = tenant.result(id);
        assert_status(&result, Status::Pass);
        assert!(result.detail.contains(name), "{id}: {result:#?}");
        // With an exception in the preset rule, the default policy applies again.
        let narrowed = tenant.clone().edit(rules, |rules| {
            for rule in rules.iter_mut() {
                rule["ExceptIfSentTo"] = json!(["oskar.lindqvist@fabrikam-lab.example"]);
            }
        });
        assert_fails(
            &narrowed.result(id),
            &[name],
            &[evidence, "no other policy covers"],
        );
        // Without the preset rules, presets count as applying and the default applies.
        let unknown = tenant.without(rules).result(id);
        assert_fails(&unknown, &[name], &[evidence]);
    }
}

#[test]
fn weak_custom_policy_fails() {
    for (id, dataset, key, value, evidence) in policy_cases() {
        let tenant = hardened().edit(dataset, |policies| {
            let mut custom = policies[1].clone();
            custom["Name"] = json!("Sales");
            custom["Identity"] = json!("Sales");
            custom["RecommendedPolicyType"] = json!("Custom");
            custom[key] = value.clone();
            policies.push(custom);
        });
        assert_fails(&tenant.result(id), &["Sales"], &[evidence, "custom policy"]);
    }
}

#[test]
fn threat_policy_checks_need_data() {
    for (id, dataset, _, _, _) in policy_cases() {
        assert_passes(id);
        assert_needs(id, dataset);
        let empty = hardened().with(dataset, json!([]));
        assert_status(&empty.result(id), Status::NotAssessable);
    }
}

#[test]
fn connection_filter_allow_lists_fail() {
    let tenant = hardened().edit(Dataset::ExoConnectionFilterPolicies, |policies| {
        policies[0]["IPAllowList"] = json!(["192.0.2.10", "198.51.100.0/24"]);
        policies[0]["EnableSafeList"] = json!(true);
    });
    let result = tenant.result("CRAY-EXO-017");
    assert_fails(
        &result,
        &["Default"],
        &[
            "EnableSafeList: true → false",
            "IPAllowList: 192.0.2.10, 198.51.100.0/24 → $null",
        ],
    );
    assert_passes("CRAY-EXO-017");
    assert_needs("CRAY-EXO-017", Dataset::ExoConnectionFilterPolicies);
}

#[test]
fn allowed_senders_fail() {
    let tenant = with_named(
        Dataset::ExoContentFilterPolicies,
        "Default",
        "AllowedSenders",
        json!(["ceo@partner-lab.example"]),
    )
    .without(Dataset::ExoEopProtectionPolicyRules);
    let result = tenant.result("CRAY-EXO-016");
    assert_fails(
        &result,
        &["Default"],
        &["AllowedSenders: ceo@partner-lab.example → $null"],
    );
}

#[test]
fn built_in_safe_links_fails() {
    // The Built-In Protection policy as Exchange Online ships it lets users click through.
    let tenant = hardened().edit(Dataset::ExoAtpProtectionPolicyRules, |rules| {
        rules.retain(|rule| rule["Name"] == "Strict Preset Security Policy");
    });
    let result = tenant.result("CRAY-EXO-020");
    assert_fails(
        &result,
        &["Built-In Protection Policy"],
        &[
            "AllowClickThrough: true → false",
            "Built-In Protection policy",
        ],
    );
}

// CRAY-EXO-023: preset security policies.

#[test]
fn disabled_presets_fail() {
    let tenant = hardened()
        .edit(Dataset::ExoEopProtectionPolicyRules, |rules| {
            rules.retain(|rule| rule["Name"] == "Standard Preset Security Policy");
        })
        .edit(Dataset::ExoAtpProtectionPolicyRules, |rules| {
            rules[1]["State"] = json!("Disabled");
        });
    let result = tenant.result("CRAY-EXO-023");
    assert_fails(
        &result,
        &[
            "Standard Preset Security Policy",
            "Strict Preset Security Policy",
        ],
        &[
            "never turned on",
            "not enabled (state Disabled)",
            "2 (Standard Preset Security Policy, Strict Preset Security Policy)",
        ],
    );
    let none = hardened().with(Dataset::ExoEopProtectionPolicyRules, json!([]));
    assert_eq!(none.result("CRAY-EXO-023").affected.len(), 2);
}

#[test]
fn presets_without_defender_rules_pass() {
    let result = hardened()
        .without(Dataset::ExoAtpProtectionPolicyRules)
        .result("CRAY-EXO-023");
    assert_status(&result, Status::Pass);
    assert!(result.detail.contains("were not collected"), "{result:#?}");
    assert_passes("CRAY-EXO-023");
    assert_needs("CRAY-EXO-023", Dataset::ExoEopProtectionPolicyRules);
}

// CRAY-EXO-024: shared mailboxes.

fn shared_mailbox(name: &str, object_id: Value) -> Value {
    json!({"Name": name, "Identity": name, "DisplayName": format!("{name} desk"),
        "RecipientTypeDetails": "SharedMailbox", "ExternalDirectoryObjectId": object_id,
        "PrimarySmtpAddress": format!("{name}@fabrikam-lab.example")})
}

#[test]
fn shared_mailbox_sign_in_fails() {
    let tenant = hardened()
        .edit(Dataset::ExoMailboxes, |mailboxes| {
            mailboxes.push(shared_mailbox(
                "open",
                json!("b7e2c9d4-1a5f-4e83-9c6b-2d8f0a4e1c73"),
            ));
            mailboxes.push(shared_mailbox(
                "blocked",
                json!("aa000000-0000-4000-8000-000000000001"),
            ));
            mailboxes.push(shared_mailbox(
                "orphan",
                json!("aa000000-0000-4000-8000-000000000002"),
            ));
            mailboxes.push(shared_mailbox(
                "unknown",
                json!("aa000000-0000-4000-8000-000000000003"),
            ));
            mailboxes.push(shared_mailbox("no-id", Value::Null));
        })
        .edit(Dataset::Users, |users| {
            users.push(
                json!({"id": "aa000000-0000-4000-8000-000000000001", "displayName": "Blocked",
                "accountEnabled": false}),
            );
            users.push(
                json!({"id": "AA000000-0000-4000-8000-000000000003", "displayName": "Unknown"}),
            );
        });
    let result = tenant.result("CRAY-EXO-024");
    assert_fails(
        &result,
        &["no-id desk", "open desk", "orphan desk", "unknown desk"],
        &[
            "4 of 5 (no-id desk, open desk, orphan desk, unknown desk)",
            "Mirja Solberg is enabled",
            "(aa000000-0000-4000-8000-000000000002)",
            "no accountEnabled",
            "open@fabrikam-lab.example",
        ],
    );
    assert!(affected_ids(&result).contains(&"b7e2c9d4-1a5f-4e83-9c6b-2d8f0a4e1c73".to_owned()));
    assert_passes("CRAY-EXO-024");
    assert_needs("CRAY-EXO-024", Dataset::ExoMailboxes);
    assert_needs("CRAY-EXO-024", Dataset::Users);
}

// CRAY-EXO-025: Outlook add-ins.

#[test]
fn add_in_roles_fail() {
    let tenant = hardened()
        .edit(Dataset::ExoRoleAssignmentPolicies, |policies| {
            policies[0]["AssignedRoles"] = json!(["MyBaseOptions", "My Marketplace Apps"]);
            policies.push(
                json!({"Name": "Staff", "Identity": "Staff", "IsDefault": false,
                "AssignedRoles": ["My Custom Apps", "My ReadWriteMailbox Apps"]}),
            );
            policies.push(
                json!({"Name": "Unused", "Identity": "Unused", "IsDefault": false,
                "AssignedRoles": ["My Custom Apps"]}),
            );
        })
        .edit(Dataset::ExoMailboxes, |mailboxes| {
            mailboxes[0]["RoleAssignmentPolicy"] = json!("Staff");
        });
    let result = tenant.result("CRAY-EXO-025");
    assert_fails(
        &result,
        &["Default Role Assignment Policy", "Staff"],
        &[
            "assigns My Marketplace Apps",
            "My Custom Apps, My ReadWriteMailbox Apps",
            "Mailboxes that use it: 1",
            "new mailboxes",
        ],
    );
    let without = tenant.without(Dataset::ExoMailboxes).result("CRAY-EXO-025");
    assert_fails(
        &without,
        &["Default Role Assignment Policy", "Staff", "Unused"],
        &["counts the policy as in use"],
    );
    assert_passes("CRAY-EXO-025");
    assert_needs("CRAY-EXO-025", Dataset::ExoRoleAssignmentPolicies);
}

#[test]
fn policies_without_default_fail() {
    for (id, dataset, _, _, _) in policy_cases() {
        let name = default_policy_name(dataset);
        let tenant = hardened().edit(dataset, |policies| {
            policies.retain(|policy| policy["Name"] != name);
        });
        let result = tenant.result(id);
        assert_status(&result, Status::Fail);
        assert!(result.detail.contains("incomplete"), "{id}: {result:#?}");
    }
}

#[test]
fn exchange_evidence_renders_in_german() {
    let german = Localizer::new(Lang::DeDe).unwrap();
    let tenant = hardened().edit(Dataset::ExoMailboxes, |mailboxes| {
        mailboxes[0]["ForwardingSmtpAddress"] = json!("smtp:x@mailbox-lab.example");
    });
    let result = tenant.result("CRAY-EXO-002");
    let message = result.detail_message.as_ref().unwrap();
    let detail = german.message(message);
    assert!(detail.starts_with("Postfächer, die E-Mails an eine Adresse außerhalb der akzeptierten Domänen weiterleiten: 1"), "{detail}");
    assert!(
        detail.contains("blockiert externe Weiterleitung"),
        "{detail}"
    );
    let reason = german.message(result.affected[0].reason_message.as_ref().unwrap());
    assert!(
        reason.contains("leitet an x@mailbox-lab.example weiter"),
        "{reason}"
    );
}
