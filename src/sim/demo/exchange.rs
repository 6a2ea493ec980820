//! Exchange Online cmdlet results of the demo tenant, in InvokeCommand's JSON conventions.
//!
//! Like the real endpoint, every object carries the common Exchange object properties, and
//! typed values carry `@data.type` / `@odata.type` annotation keys next to them.

use serde_json::{Map, Value, json};

use super::{INITIAL_DOMAIN, ObjectKind, object_id};
use crate::sim::DEMO_DISPLAY_NAME;

/// Exchange's internal name of the demo organization's forest.
const FOREST: &str = "EURPR05A012.PROD.OUTLOOK.COM";

/// The `Get-OrganizationConfig` result: one object.
pub fn organization_config() -> Value {
    let mut config = json!({
        "DisplayName": DEMO_DISPLAY_NAME,
        "AuditDisabled": false,
        "IsDehydrated": false,
        "OAuth2ClientProfileEnabled": true,
        "CustomerLockboxEnabled": false,
        "SendFromAliasEnabled": false,
        "DefaultAuthenticationPolicy": null,
        "SmtpActionableMessagesEnabled": true,
        "ConnectorsEnabled": true,
        "ConnectorsEnabledForTeams": true,
        "BookingsEnabled": true,
        "AutoExpandingArchiveEnabled": false,
        "MailTipsExternalRecipientsTipsEnabled": false,
        "MailTipsAllTipsEnabled": true,
        "ActivityBasedAuthenticationTimeoutEnabled": true,
        "ActivityBasedAuthenticationTimeoutInterval": "06:00:00",
        "HybridConfigurationStatus": "Unknown",
        "EwsApplicationAccessPolicy": null,
        "EwsEnabled": null,
        "FocusedInboxOn": true,
        "DelayedDelicensingEnabled": false,
        "AuditDisabledReason": null,
        "DistributionGroupNameBlockedWordsList@odata.type": "#Collection(String)",
        "DistributionGroupNameBlockedWordsList": [],
        "MicrosoftExchangeRecipientEmailAddresses@odata.type": "#Collection(String)",
        "MicrosoftExchangeRecipientEmailAddresses": [
            format!("SMTP:MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{INITIAL_DOMAIN}")
        ],
    });
    add_common(
        &mut config,
        &Common {
            name: INITIAL_DOMAIN,
            container: "CN=Configuration",
            category: "ms-Exch-Configuration-Unit-Container",
            class: "msExchConfigurationUnitContainer",
            created: "2019-03-11T10:00:12",
            changed: "2025-10-30T07:41:02",
            version: "0.20 (15.0.0.0)",
        },
    );
    json!([config])
}

/// The `Get-RemoteDomain` result: the default `*` domain and a partner domain that allows
/// automatic forwarding.
pub fn remote_domains() -> Value {
    json!([
        remote_domain(
            "Default",
            "*",
            false,
            "2019-03-11T10:00:12",
            "2025-05-04T07:31:21"
        ),
        remote_domain(
            "PartnerForwarding",
            "partner-lab.example",
            true,
            "2024-02-19T11:05:00",
            "2024-02-19T11:05:00",
        ),
    ])
}

/// One remote domain object.
fn remote_domain(
    name: &str,
    domain: &str,
    auto_forward: bool,
    created: &str,
    changed: &str,
) -> Value {
    let mut remote = json!({
        "DomainName": domain,
        "IsInternal": false,
        "TargetDeliveryDomain": false,
        "AllowedOOFType": "External",
        "AutoReplyEnabled": true,
        "AutoForwardEnabled": auto_forward,
        "DeliveryReportEnabled": false,
        "NDREnabled": true,
        "MeetingForwardNotificationEnabled": false,
        "ContentType": "MimeHtmlText",
        "DisplaySenderName": true,
        "TNEFEnabled": null,
        "LineWrapSize": "Unlimited",
        "TrustedMailOutboundEnabled": false,
        "TrustedMailInboundEnabled": false,
        "UseSimpleDisplayName": false,
        "NDRDiagnosticInfoEnabled": true,
        "MessageCountThreshold@data.type": "System.Int32",
        "MessageCountThreshold": 2_147_483_647,
        "CharacterSet": "iso-8859-1",
        "NonMimeCharacterSet": "iso-8859-1",
    });
    add_common(
        &mut remote,
        &Common {
            name,
            container: "CN=Internet Message Formats,CN=Global Settings,CN=Configuration",
            category: "ms-Exch-Domain-Content-Config",
            class: "msExchDomainContentConfig",
            created,
            changed,
            version: "0.1 (8.0.535.0)",
        },
    );
    remote
}

/// The `Get-HostedOutboundSpamFilterPolicy` result: the default policy (automatic forwarding
/// control) and a custom policy that turns external forwarding on.
pub fn outbound_spam_policies() -> Value {
    json!([
        outbound_policy(
            "Default",
            "Automatic",
            true,
            "2019-03-11T10:01:00",
            "2023-08-01T08:00:00"
        ),
        outbound_policy(
            "Finance forwarding exception",
            "On",
            false,
            "2024-06-01T09:00:00",
            "2024-06-01T09:00:00",
        ),
    ])
}

/// One outbound spam filter policy object.
fn outbound_policy(name: &str, mode: &str, default: bool, created: &str, changed: &str) -> Value {
    let recipients: Vec<String> = if default {
        Vec::new()
    } else {
        vec![format!("secops@{}", super::DEFAULT_DOMAIN)]
    };
    let mut policy = json!({
        "ActionWhenThresholdReached": "BlockUserForToday",
        "AutoForwardingMode": mode,
        "BccSuspiciousOutboundAdditionalRecipients@odata.type": "#Collection(String)",
        "BccSuspiciousOutboundAdditionalRecipients": [],
        "BccSuspiciousOutboundMail": false,
        "NotifyOutboundSpam": !default,
        "NotifyOutboundSpamRecipients@odata.type": "#Collection(String)",
        "NotifyOutboundSpamRecipients": recipients,
        "RecipientLimitExternalPerHour@data.type": "System.Int32",
        "RecipientLimitExternalPerHour": 0,
        "RecipientLimitInternalPerHour@data.type": "System.Int32",
        "RecipientLimitInternalPerHour": 0,
        "RecipientLimitPerDay@data.type": "System.Int32",
        "RecipientLimitPerDay": 0,
        "IsDefault": default,
        "Enabled": true,
        "ConfigurationType": "Configuration",
        "RecommendedPolicyType": "Custom",
        "DirectoryBasedEdgeBlockMode": "Default",
    });
    add_common(
        &mut policy,
        &Common {
            name,
            container: "CN=Outbound Spam Filter,CN=Configuration",
            category: "ms-Exch-Hosted-Outbound-Spam-Filter-Config",
            class: "msExchHostedOutboundSpamFilterConfig",
            created,
            changed,
            version: "0.20 (15.0.0.0)",
        },
    );
    policy
}

/// The `Get-HostedOutboundSpamFilterRule` result: the rule that applies the finance policy.
///
/// NOTE: no captured response of this cmdlet was available; the property set follows the
/// cmdlet's documented output and the conventions of the other Exchange objects.
pub fn outbound_spam_rules() -> Value {
    let name = "Finance forwarding exception";
    let guid = object_id(ObjectKind::Exchange, "rule:finance-forwarding");
    json!([{
        "HostedOutboundSpamFilterPolicy": name,
        "State": "Enabled",
        "Priority@data.type": "System.Int32",
        "Priority": 0,
        "Comments": "Finance needs to forward invoices to the external accounting firm.",
        "Description": "If the message:\r\n\tIs sent by a member of group: 'finance@contoso-demo.example'\r\nTake the following actions:\r\n\tApply hosted outbound spam filter policy \"Finance forwarding exception\".\r\n",
        "From@odata.type": "#Collection(String)",
        "From": [],
        "FromMemberOf@odata.type": "#Collection(String)",
        "FromMemberOf": [format!("finance@{}", super::DEFAULT_DOMAIN)],
        "SenderDomainIs@odata.type": "#Collection(String)",
        "SenderDomainIs": [],
        "ExceptIfFrom": null,
        "ExceptIfFromMemberOf": null,
        "ExceptIfSenderDomainIs": null,
        "RuleVersion": "15.0.5.0",
        "Identity": name,
        "DistinguishedName": format!(
            "CN={name},CN=HostedOutboundSpamFilterVersioned,CN=Rules,CN=Transport Settings,CN=Configuration,CN={INITIAL_DOMAIN},CN=ConfigurationUnits,DC=EURPR05A012,DC=PROD,DC=OUTLOOK,DC=COM"
        ),
        "Guid@data.type": "System.Guid",
        "Guid@odata.type": "#Guid",
        "Guid": guid,
        "ImmutableId@data.type": "System.Guid",
        "ImmutableId@odata.type": "#Guid",
        "ImmutableId": guid,
        "Name": name,
        "WhenChanged@data.type": "System.DateTime",
        "WhenChanged": "2024-06-01T09:02:00.0000000+00:00",
        "IsValid": true,
        "ObjectState": "Unchanged",
    }])
}

/// Values for the properties every Exchange configuration object carries.
pub(super) struct Common<'a> {
    pub name: &'a str,
    pub container: &'a str,
    pub category: &'a str,
    pub class: &'a str,
    pub created: &'a str,
    pub changed: &'a str,
    pub version: &'a str,
}

/// Appends the common Exchange object properties, with their annotations, to `object`.
pub(super) fn add_common(object: &mut Value, common: &Common<'_>) {
    let guid = object_id(
        ObjectKind::Exchange,
        &format!("{}:{}", common.class, common.name),
    );
    let config_unit = format!(
        "CN={INITIAL_DOMAIN},CN=ConfigurationUnits,DC=EURPR05A012,DC=PROD,DC=OUTLOOK,DC=COM"
    );
    let organization_id = format!(
        "{FOREST}/Microsoft Exchange Hosted Organizations/{INITIAL_DOMAIN} - {FOREST}/ConfigurationUnits/{INITIAL_DOMAIN}/Configuration"
    );
    let fields = json!({
        "AdminDisplayName": "",
        "ExchangeVersion": common.version,
        "Name": common.name,
        "DistinguishedName": format!("CN={},{},{config_unit}", common.name, common.container),
        "Identity": common.name,
        "ObjectCategory": format!("{FOREST}/Configuration/Schema/{}", common.category),
        "ObjectClass@odata.type": "#Collection(String)",
        "ObjectClass": ["top", common.class],
        "WhenChanged@data.type": "System.DateTime",
        "WhenChanged": format!("{}.0000000+00:00", common.changed),
        "WhenCreated@data.type": "System.DateTime",
        "WhenCreated": format!("{}.0000000+00:00", common.created),
        "WhenChangedUTC@data.type": "System.DateTime",
        "WhenChangedUTC": format!("{}.0000000Z", common.changed),
        "WhenCreatedUTC@data.type": "System.DateTime",
        "WhenCreatedUTC": format!("{}.0000000Z", common.created),
        "ExchangeObjectId@data.type": "System.Guid",
        "ExchangeObjectId@odata.type": "#Guid",
        "ExchangeObjectId": guid,
        "OrganizationalUnitRoot": INITIAL_DOMAIN,
        "OrganizationId": organization_id,
        "Id": common.name,
        "Guid@data.type": "System.Guid",
        "Guid@odata.type": "#Guid",
        "Guid": guid,
        "OriginatingServer": format!("AM8PR05A12DC003.{FOREST}"),
        "IsValid": true,
        "ObjectState": "Unchanged",
    });
    if let (Value::Object(target), Value::Object(extra)) = (object, fields) {
        let extra: Map<String, Value> = extra;
        target.extend(extra);
    }
}
