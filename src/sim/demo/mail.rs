//! Exchange Online protection, mailbox and transport settings of the demo tenant, in
//! InvokeCommand's JSON conventions.
//!
//! Good and bad settings are mixed. Safe Links and Safe Attachments are on, but DKIM is off for
//! the custom domain, and a transport rule and the spam policy allowlist the partner domain.
//! SMTP AUTH is on, one mailbox forwards externally and one mailbox bypasses auditing.

use serde_json::{Value, json};

use super::exchange::{Common, add_common};
use super::{DEFAULT_DOMAIN, INITIAL_DOMAIN, ObjectKind, object_id, user_id};

/// Domain that carries mail routing in a hybrid setup.
const MAIL_DOMAIN: &str = "contosodemo.mail.onmicrosoft.com";

/// Location of an Exchange object: its object class, schema category and container.
struct Kind {
    class: &'static str,
    category: &'static str,
    container: &'static str,
}

/// Adds the common Exchange properties for an object of `kind` called `name`.
fn exchange_object(
    mut fields: Value,
    name: &str,
    kind: &Kind,
    created: &str,
    changed: &str,
) -> Value {
    add_common(
        &mut fields,
        &Common {
            name,
            container: kind.container,
            category: kind.category,
            class: kind.class,
            created,
            changed,
            version: "0.20 (15.0.0.0)",
        },
    );
    fields
}

/// A typed collection of strings with its annotation: returns the two JSON members.
macro_rules! strings {
    ($object:ident, $key:literal, $value:expr) => {
        $object[concat!($key, "@odata.type")] = json!("#Collection(String)");
        $object[$key] = json!($value);
    };
}

/// The `Get-AcceptedDomain` result: initial, mail routing and the default custom domain.
pub fn accepted_domains() -> Value {
    let kind = Kind {
        class: "msExchAcceptedDomain",
        category: "ms-Exch-Accepted-Domain",
        container: "CN=Accepted Domains,CN=Transport Settings,CN=Configuration",
    };
    let domains = [
        (INITIAL_DOMAIN, false, true),
        (MAIL_DOMAIN, false, false),
        (DEFAULT_DOMAIN, true, false),
    ];
    let objects = domains.iter().map(|(domain, default, initial)| {
        let fields = json!({
            "DomainName": domain,
            "DomainType": "Authoritative",
            "Default": default,
            "InitialDomain": initial,
            "IsCoexistenceDomain": *domain == MAIL_DOMAIN,
            "SendingFromDomainDisabled": false,
            "SendingToDomainDisabled": false,
            "AuthenticationType": "Managed",
            "MatchSubDomains": false,
            "AddressBookEnabled": true,
            "PendingRemoval": false,
            "SmtpDaneStatus": "Disabled",
            "OutboundOnly": false,
        });
        exchange_object(
            fields,
            domain,
            &kind,
            "2019-03-11T10:00:40",
            "2024-10-02T12:00:00",
        )
    });
    Value::Array(objects.collect())
}

/// The `Get-AdminAuditLogConfig` result: unified audit log ingestion on.
pub fn admin_audit_log_config() -> Value {
    let mut config = json!({
        "AdminAuditLogEnabled": true,
        "LogLevel": "None",
        "TestCmdletLoggingEnabled": false,
        "AdminAuditLogAgeLimit": "90.00:00:00",
        "LoadBalancerCount@data.type": "System.Int32",
        "LoadBalancerCount": 3,
        "RefreshInterval@data.type": "System.Int32",
        "RefreshInterval": 10,
        "AdminAuditLogMailbox": "",
        "UnifiedAuditLogIngestionEnabled": true,
        "UnifiedAuditLogFirstOptInDate@data.type": "System.DateTime",
        "UnifiedAuditLogFirstOptInDate": "2021-04-13T14:36:51.1620000+00:00",
    });
    strings!(config, "AdminAuditLogCmdlets", ["*"]);
    strings!(config, "AdminAuditLogParameters", ["*"]);
    strings!(config, "AdminAuditLogExcludedCmdlets", Vec::<String>::new());
    let kind = Kind {
        class: "msExchAdminAuditLogConfig",
        category: "ms-Exch-Admin-Audit-Log-Config",
        container: "CN=Global Settings,CN=Configuration",
    };
    json!([exchange_object(
        config,
        "Admin Audit Log Settings",
        &kind,
        "2019-03-11T10:00:40",
        "2021-04-13T14:36:51"
    )])
}

/// The `Get-AtpPolicyForO365` result: Defender for SharePoint, OneDrive and Teams on, Safe
/// Documents off.
pub fn atp_policy() -> Value {
    let fields = json!({
        "EnableATPForSPOTeamsODB": true,
        "EnableSafeDocs": false,
        "AllowSafeDocsOpen": false,
    });
    let kind = Kind {
        class: "msExchAtpPolicyForO365",
        category: "ms-Exch-Atp-Policy-For-O365",
        container: "CN=Transport Settings,CN=Configuration",
    };
    json!([exchange_object(
        fields,
        "Default",
        &kind,
        "2020-02-03T09:00:00",
        "2024-11-12T10:30:00"
    )])
}

/// The `Get-DkimSigningConfig` result: signing on for the Microsoft domains, off for the
/// custom domain because its CNAME records are missing.
pub fn dkim_signing_config() -> Value {
    let kind = Kind {
        class: "msExchDkimSigningConfig",
        category: "ms-Exch-Dkim-Signing-Config",
        container: "CN=Dkim Signing Config,CN=Transport Settings,CN=Configuration",
    };
    let domains = [
        (INITIAL_DOMAIN, true, "Valid", true),
        (MAIL_DOMAIN, true, "Valid", false),
        (DEFAULT_DOMAIN, false, "CnameMissing", false),
    ];
    let objects = domains.iter().map(|(domain, enabled, status, default)| {
        let selector = |n: u8| {
            let host = domain.replace('.', "-");
            format!("selector{n}-{host}._domainkey.{INITIAL_DOMAIN}")
        };
        let fields = json!({
            "Domain": domain,
            "Selector1KeySize@data.type": "System.Int32",
            "Selector1KeySize": 2048,
            "Selector1CNAME": selector(1),
            "Selector1PublicKey": "v=DKIM1; k=rsa; p=TUlJQklqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FROEFNSUlCQ2dLQ0FRRUFkZW1v;",
            "Selector2KeySize@data.type": "System.Int32",
            "Selector2KeySize": 2048,
            "Selector2CNAME": selector(2),
            "Selector2PublicKey": "v=DKIM1; k=rsa; p=TUlJQklqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FROEFNSUlCQ2dLQ0FRRUFkZW1w;",
            "Enabled": enabled,
            "IsDefault": default,
            "HeaderCanonicalization": "Relaxed",
            "BodyCanonicalization": "Relaxed",
            "Algorithm": "RsaSHA256",
            "NumberOfBytesToSign": "All",
            "IncludeSignatureCreationTime": true,
            "IncludeKeyExpiration": false,
            "KeyCreationTime@data.type": "System.DateTime",
            "KeyCreationTime": "2022-05-26T22:21:58.6100000+00:00",
            "LastChecked@data.type": "System.DateTime",
            "LastChecked": "2025-11-18T16:02:09.6470000+00:00",
            "RotateOnDate@data.type": "System.DateTime",
            "RotateOnDate": "2022-05-30T22:21:58.6100000+00:00",
            "SelectorBeforeRotateOnDate": "selector1",
            "SelectorAfterRotateOnDate": "selector2",
            "Status": status,
        });
        exchange_object(fields, domain, &kind, "2022-05-26T22:21:58", "2025-11-18T16:02:09")
    });
    Value::Array(objects.collect())
}

/// One demo mailbox: UPN prefix, display name, alias, type, external forwarding address.
struct MailboxSpec {
    local: &'static str,
    name: &'static str,
    kind: &'static str,
    forward_to: Option<&'static str>,
    audit: bool,
}

/// The demo mailboxes: users, one forwarding to a private address, a shared mailbox, a room and
/// the scanner mailbox with auditing off.
const MAILBOXES: [MailboxSpec; 7] = [
    MailboxSpec {
        local: "adele.vance",
        name: "Adele Vance",
        kind: "UserMailbox",
        forward_to: None,
        audit: true,
    },
    MailboxSpec {
        local: "megan.bowen",
        name: "Megan Bowen",
        kind: "UserMailbox",
        forward_to: Some("megan.bowen.home@mail.example"),
        audit: true,
    },
    MailboxSpec {
        local: "alex.wilber",
        name: "Alex Wilber",
        kind: "UserMailbox",
        forward_to: None,
        audit: true,
    },
    MailboxSpec {
        local: "juergen.weiss",
        name: "Jürgen Weiß",
        kind: "UserMailbox",
        forward_to: None,
        audit: true,
    },
    MailboxSpec {
        local: "finance.shared",
        name: "Finance Shared Mailbox",
        kind: "SharedMailbox",
        forward_to: None,
        audit: true,
    },
    MailboxSpec {
        local: "room.spree",
        name: "Besprechungsraum Spree",
        kind: "RoomMailbox",
        forward_to: None,
        audit: true,
    },
    MailboxSpec {
        local: "scanner",
        name: "Legacy Scanner",
        kind: "UserMailbox",
        forward_to: None,
        audit: false,
    },
];

/// The `Get-Mailbox` result.
pub fn mailboxes() -> Value {
    let objects = MAILBOXES.iter().map(|spec| {
        let upn = format!("{}@{DEFAULT_DOMAIN}", spec.local);
        let alias: String = spec.local.chars().filter(char::is_ascii_alphanumeric).collect();
        let guid = object_id(ObjectKind::Exchange, &format!("mailbox:{}", spec.local));
        let user_mailbox = spec.kind == "UserMailbox";
        let mut mailbox = json!({
            "Database": "EURPR05DG112-db041",
            "DeliverToMailboxAndForward": spec.forward_to.is_some(),
            "ForwardingAddress": null,
            "ForwardingSmtpAddress": spec.forward_to.map(|address| format!("smtp:{address}")),
            "LitigationHoldEnabled": false,
            "RetentionPolicy": "Default MRM Policy",
            "ExchangeGuid@data.type": "System.Guid",
            "ExchangeGuid@odata.type": "#Guid",
            "ExchangeGuid": object_id(ObjectKind::Exchange, &format!("exchange-guid:{}", spec.local)),
            "AuditEnabled": spec.audit,
            "AuditLogAgeLimit": "90.00:00:00",
            "SKUAssigned": user_mailbox,
            "AccountDisabled": !user_mailbox || spec.local == "scanner",
            "WhenMailboxCreated@data.type": "System.DateTime",
            "WhenMailboxCreated": "2022-09-21T08:07:47.0000000+00:00",
            "UsageLocation": "Germany",
            "UserPrincipalName": upn,
            "WindowsLiveID": upn,
            "MicrosoftOnlineServicesID": upn,
            "DisplayName": spec.name,
            "Alias": alias,
            "PrimarySmtpAddress": upn,
            "ExternalDirectoryObjectId": user_id(spec.local),
            "RecipientType": "UserMailbox",
            "RecipientTypeDetails": spec.kind,
            "IsDirSynced": spec.local == "juergen.weiss",
            "HiddenFromAddressListsEnabled": false,
        });
        let identity = json!({
            "Identity": alias,
            "Id": alias,
            "Name": alias,
            "IsValid": true,
            "ExchangeVersion": "0.20 (15.0.0.0)",
            "DistinguishedName": format!(
                "CN={alias},OU={INITIAL_DOMAIN},OU=Microsoft Exchange Hosted Organizations,DC=EURPR05A012,DC=PROD,DC=OUTLOOK,DC=COM"
            ),
            "WhenChanged@data.type": "System.DateTime",
            "WhenChanged": "2025-04-10T08:56:22.0000000+00:00",
            "WhenChangedUTC@data.type": "System.DateTime",
            "WhenChangedUTC": "2025-04-10T08:56:22.0000000Z",
            "ExchangeObjectId@data.type": "System.Guid",
            "ExchangeObjectId@odata.type": "#Guid",
            "ExchangeObjectId": guid,
            "Guid@data.type": "System.Guid",
            "Guid@odata.type": "#Guid",
            "Guid": guid,
        });
        if let (Value::Object(target), Value::Object(extra)) = (&mut mailbox, identity) {
            target.extend(extra);
        }
        let audit_actions = if spec.audit {
            vec!["Update", "MoveToDeletedItems", "SoftDelete", "HardDelete", "UpdateFolderPermissions", "UpdateInboxRules", "MailItemsAccessed"]
        } else {
            Vec::new()
        };
        strings!(mailbox, "AuditAdmin", audit_actions);
        strings!(mailbox, "AuditDelegate", audit_actions);
        strings!(mailbox, "AuditOwner", audit_actions);
        strings!(mailbox, "EmailAddresses", [
            format!("smtp:{alias}@{INITIAL_DOMAIN}"),
            format!("SMTP:{upn}"),
        ]);
        mailbox
    });
    Value::Array(objects.collect())
}

/// Appends the identity properties of a rule object: name, ids and change time.
fn add_rule_identity(rule: &mut Value, key: &str, name: &str, changed: &str) {
    let guid = object_id(ObjectKind::Exchange, key);
    let identity = json!({
        "Identity": name,
        "Name": name,
        "Guid@data.type": "System.Guid",
        "Guid@odata.type": "#Guid",
        "Guid": guid,
        "ImmutableId@data.type": "System.Guid",
        "ImmutableId@odata.type": "#Guid",
        "ImmutableId": guid,
        "WhenChanged@data.type": "System.DateTime",
        "WhenChanged": format!("{changed}.0000000+00:00"),
        "IsValid": true,
        "ObjectState": "Unchanged",
    });
    if let (Value::Object(target), Value::Object(extra)) = (rule, identity) {
        target.extend(extra);
    }
}

/// Kind of the Defender for Office 365 and EOP policies.
fn policy_kind(class: &'static str, category: &'static str, container: &'static str) -> Kind {
    Kind {
        class,
        category,
        container,
    }
}

/// The `Get-SafeLinksPolicy` result: the built-in protection policy and a custom policy that
/// lets users click through.
pub fn safe_links_policies() -> Value {
    let kind = policy_kind(
        "msExchSafeLinksConfig",
        "ms-Exch-Safe-Links-Config",
        "CN=Safe Links,CN=Transport Settings,CN=Configuration",
    );
    let policy = |name: &str, click_through: bool, built_in: bool| {
        let mut fields = json!({
            "EnableSafeLinksForEmail": true,
            "EnableSafeLinksForTeams": true,
            "EnableSafeLinksForOffice": true,
            "TrackClicks": true,
            "AllowClickThrough": click_through,
            "ScanUrls": true,
            "EnableForInternalSenders": !built_in,
            "DeliverMessageAfterScan": true,
            "DisableUrlRewrite": built_in,
            "CustomNotificationText": "",
            "EnableOrganizationBranding": false,
            "RecommendedPolicyType": "Custom",
            "IsBuiltInProtection": built_in,
        });
        strings!(fields, "DoNotRewriteUrls", Vec::<String>::new());
        exchange_object(
            fields,
            name,
            &kind,
            "2023-05-02T09:00:00",
            "2025-02-11T14:20:00",
        )
    };
    json!([
        policy("Built-In Protection Policy", true, true),
        policy("Contoso Safe Links", true, false),
    ])
}

/// The `Get-SafeAttachmentPolicy` result: the built-in protection policy, blocking.
pub fn safe_attachment_policies() -> Value {
    let kind = policy_kind(
        "msExchSafeAttachmentConfig",
        "ms-Exch-Safe-Attachment-Config",
        "CN=Safe Attachments,CN=Transport Settings,CN=Configuration",
    );
    let fields = json!({
        "Action": "Block",
        "Enable": true,
        "QuarantineTag": "AdminOnlyAccessPolicy",
        "Redirect": false,
        "RedirectAddress": null,
        "RecommendedPolicyType": "Custom",
        "IsBuiltInProtection": true,
    });
    json!([exchange_object(
        fields,
        "Built-In Protection Policy",
        &kind,
        "2023-05-02T09:00:00",
        "2023-05-02T09:00:00"
    )])
}

/// The `Get-SharingPolicy` result: free/busy with details for everyone, more for the partner.
pub fn sharing_policies() -> Value {
    let kind = policy_kind(
        "msExchSharingPolicy",
        "ms-Exch-Sharing-Policy",
        "CN=Federation,CN=Configuration",
    );
    let mut fields = json!({"Enabled": true, "Default": true});
    strings!(
        fields,
        "Domains",
        [
            "*:CalendarSharingFreeBusyDetail",
            "partner-lab.example:CalendarSharingFreeBusyDetail, ContactsSharing",
        ]
    );
    json!([exchange_object(
        fields,
        "Default Sharing Policy",
        &kind,
        "2019-03-11T10:00:40",
        "2024-02-19T11:10:00"
    )])
}

/// The `Get-TransportRule` result: an external sender tag, a rule that lets the partner domain
/// skip spam filtering, and a rule that copies finance mail to the auditors.
pub fn transport_rules() -> Value {
    let rules = [
        (
            "External sender tag",
            "FromScopePredicate",
            "PrependSubjectAction",
            "If the message:\r\n\tIs received from 'Outside the organization'\r\nTake the following actions:\r\n\tPrepend the subject with '[Extern]'\r\n",
        ),
        (
            "Bypass spam filtering for partner lab",
            "SenderDomainIsPredicate",
            "SetSclAction",
            "If the message:\r\n\tIncludes these words in the sender's domain name: 'partner-lab.example'\r\nTake the following actions:\r\n\tSet the spam confidence level (SCL) to '-1'\r\n",
        ),
        (
            "Copy finance mail to auditors",
            "SentToMemberOfPredicate",
            "BlindCopyToAction",
            "If the message:\r\n\tIs sent to members of 'finance@contoso-demo.example'\r\nTake the following actions:\r\n\tBlind carbon copy (Bcc) the message to 'audit@auditors.example'\r\n",
        ),
    ];
    let objects = rules.iter().enumerate().map(|(priority, (name, condition, action, description))| {
        let mut rule = json!({
            "Priority@data.type": "System.Int32",
            "Priority": priority,
            "DlpPolicy": null,
            "Comments": null,
            "CreatedBy": "Alex Wilber",
            "LastModifiedBy": "Alex Wilber",
            "ManuallyModified": false,
            "ActivationDate": null,
            "ExpiryDate": null,
            "Description": description,
            "State": "Enabled",
            "Mode": "Enforce",
            "RuleErrorAction": "Ignore",
            "SenderAddressLocation": "Header",
            "Exceptions": null,
            "FromScope": (priority == 0).then_some("NotInOrganization"),
            "SentToScope": null,
            "SenderDomainIs": (priority == 1).then(|| json!(["partner-lab.example"])),
            "ExceptIfSenderDomainIs": null,
            "PrependSubject": (priority == 0).then_some("[Extern] "),
            "SetSCL": (priority == 1).then_some("-1"),
            "BlindCopyTo": (priority == 2).then(|| json!(["audit@auditors.example"])),
            "SentToMemberOf": (priority == 2).then(|| json!([format!("finance@{DEFAULT_DOMAIN}")])),
            "RedirectMessageTo": null,
        });
        add_rule_identity(&mut rule, &format!("transport-rule:{name}"), name, "2024-06-01T09:02:00");
        strings!(rule, "Conditions", [format!("Microsoft.Exchange.MessagingPolicies.Rules.Tasks.{condition}")]);
        strings!(rule, "Actions", [format!("Microsoft.Exchange.MessagingPolicies.Rules.Tasks.{action}")]);
        rule
    });
    Value::Array(objects.collect())
}

/// The `Get-MalwareFilterPolicy` result: the default policy with the common attachment filter
/// and zero-hour purge on.
pub fn malware_filter_policies() -> Value {
    let kind = policy_kind(
        "msExchMalwareFilterConfig",
        "ms-Exch-Malware-Filter-Config",
        "CN=Malware Filter,CN=Transport Settings,CN=Configuration",
    );
    let mut fields = json!({
        "EnableFileFilter": true,
        "FileTypeAction": "Reject",
        "ZapEnabled": true,
        "QuarantineTag": "AdminOnlyAccessPolicy",
        "EnableInternalSenderAdminNotifications": false,
        "EnableExternalSenderAdminNotifications": false,
        "InternalSenderAdminAddress": null,
        "IsDefault": true,
        "RecommendedPolicyType": "Custom",
    });
    strings!(
        fields,
        "FileTypes",
        [
            "ace", "ani", "apk", "app", "cab", "cmd", "com", "deb", "dmg", "exe", "hta", "img",
            "iso", "jar", "js", "jse", "lnk", "msi", "ps1", "reg", "scr", "vbe", "vbs", "wsc",
            "wsf",
        ]
    );
    json!([exchange_object(
        fields,
        "Default",
        &kind,
        "2019-03-11T10:01:00",
        "2024-03-05T08:00:00"
    )])
}

/// The `Get-HostedContentFilterPolicy` result: the default policy moves high-confidence spam to
/// junk and allowlists the partner domain.
pub fn content_filter_policies() -> Value {
    let kind = policy_kind(
        "msExchHostedContentFilterConfig",
        "ms-Exch-Hosted-Content-Filter-Config",
        "CN=Hosted Content Filter,CN=Transport Settings,CN=Configuration",
    );
    let mut fields = json!({
        "BulkThreshold@data.type": "System.Int32",
        "BulkThreshold": 7,
        "SpamAction": "MoveToJmf",
        "HighConfidenceSpamAction": "MoveToJmf",
        "PhishSpamAction": "Quarantine",
        "HighConfidencePhishAction": "Quarantine",
        "BulkSpamAction": "MoveToJmf",
        "QuarantineRetentionPeriod@data.type": "System.Int32",
        "QuarantineRetentionPeriod": 30,
        "InlineSafetyTipsEnabled": true,
        "PhishZapEnabled": true,
        "SpamZapEnabled": true,
        "EnableEndUserSpamNotifications": false,
        "IsDefault": true,
        "RecommendedPolicyType": "Custom",
    });
    strings!(fields, "AllowedSenderDomains", ["partner-lab.example"]);
    strings!(fields, "AllowedSenders", Vec::<String>::new());
    strings!(fields, "BlockedSenderDomains", Vec::<String>::new());
    json!([exchange_object(
        fields,
        "Default",
        &kind,
        "2019-03-11T10:01:00",
        "2024-02-19T11:20:00"
    )])
}

/// The `Get-AntiPhishPolicy` result: the default policy with spoof intelligence on and
/// impersonation protection off.
pub fn anti_phish_policies() -> Value {
    let kind = policy_kind(
        "msExchAntiPhishConfig",
        "ms-Exch-Anti-Phish-Config",
        "CN=AntiPhish,CN=Transport Settings,CN=Configuration",
    );
    let mut fields = json!({
        "Enabled": true,
        "IsDefault": true,
        "PhishThresholdLevel@data.type": "System.Int32",
        "PhishThresholdLevel": 1,
        "EnableSpoofIntelligence": true,
        "EnableMailboxIntelligence": true,
        "EnableMailboxIntelligenceProtection": false,
        "EnableTargetedUserProtection": false,
        "EnableTargetedDomainsProtection": false,
        "EnableOrganizationDomainsProtection": false,
        "EnableFirstContactSafetyTips": false,
        "EnableSimilarUsersSafetyTips": false,
        "EnableUnusualCharactersSafetyTips": false,
        "EnableUnauthenticatedSender": true,
        "EnableViaTag": true,
        "HonorDmarcPolicy": true,
        "AuthenticationFailAction": "MoveToJmf",
        "TargetedUserProtectionAction": "NoAction",
        "RecommendedPolicyType": "Custom",
    });
    strings!(fields, "TargetedUsersToProtect", Vec::<String>::new());
    json!([exchange_object(
        fields,
        "Office365 AntiPhish Default",
        &kind,
        "2019-03-11T10:01:00",
        "2023-09-14T13:00:00"
    )])
}

/// The `Get-OwaMailboxPolicy` result: the default policy lets users open files from other
/// storage providers.
pub fn owa_mailbox_policies() -> Value {
    let kind = policy_kind(
        "msExchOWAMailboxPolicy",
        "ms-Exch-OWA-Mailbox-Policy",
        "CN=OWA Mailbox Policies,CN=Configuration",
    );
    let fields = json!({
        "AdditionalStorageProvidersAvailable": true,
        "ThirdPartyFileProvidersEnabled": false,
        "OneDriveAttachmentsEnabled": true,
        "PersonalAccountsEnabled": true,
        "PersonalAccountCalendarsEnabled": true,
        "BoxAttachmentsEnabled": true,
        "DropboxAttachmentsEnabled": true,
        "GoogleDriveAttachmentsEnabled": true,
        "WacExternalServicesEnabled": true,
        "ExternalImageProxyEnabled": true,
        "IsDefault": true,
    });
    json!([exchange_object(
        fields,
        "OwaMailboxPolicy-Default",
        &kind,
        "2019-03-11T10:01:00",
        "2022-01-20T09:00:00"
    )])
}

/// The `Get-TransportConfig` result: SMTP AUTH still on for the whole organization.
pub fn transport_config() -> Value {
    let kind = policy_kind(
        "msExchTransportSettings",
        "ms-Exch-Transport-Settings",
        "CN=Transport Settings,CN=Configuration",
    );
    let fields = json!({
        "SmtpClientAuthenticationDisabled": false,
        "AllowLegacyTLSClients": false,
        "ExternalDelayDsnEnabled": true,
        "InternalSMTPServers": null,
        "MaxReceiveSize": "36 MB (37,748,736 bytes)",
        "MaxSendSize": "35 MB (36,700,160 bytes)",
        "ReplyAllStormProtectionEnabled": true,
        "ConvertDisclaimerWrapperToEml": false,
        "AddressBookPolicyRoutingEnabled": false,
    });
    json!([exchange_object(
        fields,
        "Transport Settings",
        &kind,
        "2019-03-11T10:00:40",
        "2023-06-06T08:00:00"
    )])
}

/// The `Get-ExternalInOutlook` result: the external sender tag is on.
pub fn external_in_outlook() -> Value {
    let mut fields = json!({"Enabled": true});
    strings!(fields, "AllowList", Vec::<String>::new());
    let kind = policy_kind(
        "msExchExternalInOutlook",
        "ms-Exch-External-In-Outlook",
        "CN=Transport Settings,CN=Configuration",
    );
    json!([exchange_object(
        fields,
        INITIAL_DOMAIN,
        &kind,
        "2021-03-24T10:00:00",
        "2024-06-03T07:45:00"
    )])
}

/// The `Get-MailboxAuditBypassAssociation` result: one entry per mailbox; the scanner's
/// mailbox bypasses auditing.
pub fn mailbox_audit_bypass() -> Value {
    let objects = MAILBOXES.iter().map(|spec| {
        let alias: String = spec
            .local
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let guid = object_id(ObjectKind::Exchange, &format!("bypass:{}", spec.local));
        json!({
            "AuditBypassEnabled": spec.local == "scanner",
            "Name": alias,
            "Identity": alias,
            "Id": alias,
            "ObjectId": alias,
            "IsValid": true,
            "ExchangeVersion": "0.10 (14.0.100.0)",
            "Guid@data.type": "System.Guid",
            "Guid@odata.type": "#Guid",
            "Guid": guid,
            "ObjectState": "Unchanged",
        })
    });
    Value::Array(objects.collect())
}

/// The `Get-RoleAssignmentPolicy` result: the default policy lets users install add-ins.
pub fn role_assignment_policies() -> Value {
    let kind = policy_kind(
        "msExchRBACPolicy",
        "ms-Exch-RBAC-Policy",
        "CN=Policies,CN=RBAC,CN=Configuration",
    );
    let mut fields = json!({
        "IsDefault": true,
        "Description": "This policy grants end users the permission to set their options in Outlook on the web and perform other self-administration tasks.",
    });
    strings!(
        fields,
        "AssignedRoles",
        [
            "MyTeamMailboxes",
            "MyTextMessaging",
            "MyDistributionGroupMembership",
            "MyMailSubscriptions",
            "MyBaseOptions",
            "MyVoiceMail",
            "MyProfileInformation",
            "MyContactInformation",
            "MyRetentionPolicies",
            "My Marketplace Apps",
            "My Custom Apps",
            "My ReadWriteMailbox Apps",
        ]
    );
    json!([exchange_object(
        fields,
        "Default Role Assignment Policy",
        &kind,
        "2019-03-11T10:00:40",
        "2019-03-11T10:00:40"
    )])
}

/// The `Get-HostedConnectionFilterPolicy` result: the default policy allowlists the scanner's
/// relay address.
pub fn connection_filter_policies() -> Value {
    let kind = policy_kind(
        "msExchHostedConnectionFilterConfig",
        "ms-Exch-Hosted-Connection-Filter-Config",
        "CN=Hosted Connection Filter,CN=Transport Settings,CN=Configuration",
    );
    let mut fields = json!({"EnableSafeList": false, "IsDefault": true, "DirectoryBasedEdgeBlockMode": "Default"});
    strings!(fields, "IPAllowList", ["203.0.113.25"]);
    strings!(fields, "IPBlockList", Vec::<String>::new());
    json!([exchange_object(
        fields,
        "Default",
        &kind,
        "2019-03-11T10:01:00",
        "2023-01-17T15:00:00"
    )])
}

/// The rule that applies a preset security policy: `policies` are (property, policy name).
fn preset_rule(name: &str, priority: u32, policies: &[(&str, &str)]) -> Value {
    let mut rule = json!({
        "Priority@data.type": "System.Int32",
        "Priority": priority,
        "State": "Enabled",
        "Comments": null,
        "SentTo": null,
        "RecipientDomainIs": null,
        "ExceptIfSentTo": null,
        "ExceptIfSentToMemberOf": null,
        "ExceptIfRecipientDomainIs": null,
    });
    add_rule_identity(
        &mut rule,
        &format!("preset-rule:{name}"),
        name,
        "2024-11-12T10:30:00",
    );
    strings!(
        rule,
        "SentToMemberOf",
        [format!("allstaff@{DEFAULT_DOMAIN}")]
    );
    for (property, policy) in policies {
        rule[*property] = json!(policy);
    }
    rule
}

/// The `Get-EOPProtectionPolicyRule` result: the standard preset applies to all staff.
pub fn eop_protection_policy_rules() -> Value {
    json!([preset_rule(
        "Standard Preset Security Policy",
        1,
        &[
            (
                "HostedContentFilterPolicy",
                "Standard Preset Security Policy1731406200000"
            ),
            (
                "AntiPhishPolicy",
                "Standard Preset Security Policy1731406200000"
            ),
            (
                "MalwareFilterPolicy",
                "Standard Preset Security Policy1731406200000"
            ),
        ],
    )])
}

/// The `Get-ATPProtectionPolicyRule` result: the standard preset applies to all staff.
pub fn atp_protection_policy_rules() -> Value {
    json!([preset_rule(
        "Standard Preset Security Policy",
        1,
        &[
            (
                "SafeAttachmentPolicy",
                "Standard Preset Security Policy1731406200000"
            ),
            (
                "SafeLinksPolicy",
                "Standard Preset Security Policy1731406200000"
            ),
        ],
    )])
}
