# Check texts for the exchange checks CRAY-EXO-002 onwards.

## CRAY-EXO-002

check-cray-exo-002-title = No mailbox forwards mail to an outside address
check-cray-exo-002-description =
    Lists mailboxes whose forwarding address (ForwardingSmtpAddress, set by the user in
    Outlook on the web or by an administrator) is outside the organization's accepted
    domains. Whether Exchange Online delivers the forwarded mail depends on the outbound spam
    policy that applies to the mailbox and on the remote domains (CRAY-EXO-001); the finding
    says what the Default policy does. Forwarding to a recipient object (ForwardingAddress) is
    not judged, because cray does not read the target of mail contacts.
check-cray-exo-002-risk =
    Setting a forwarding address is one of the first things attackers do in a taken-over
    mailbox: they keep receiving the mail after the password is reset. A forwarding address
    that is blocked today starts working as soon as someone relaxes the outbound policy.
check-cray-exo-002-remediation =
    1. Ask each listed mailbox owner whether the forwarding is wanted; treat an unknown one as
       a sign of compromise (reset the password, revoke sessions, review inbox rules).
    2. Exchange admin center: Recipients, Mailboxes, select the mailbox, Mail flow settings,
       Email forwarding, Manage email forwarding; turn forwarding off.
    3. Keep external forwarding blocked in the outbound spam policies (CRAY-EXO-001).
    PowerShell (Exchange Online): Set-Mailbox -Identity <mailbox> -ForwardingSmtpAddress $null
    -DeliverToMailboxAndForward $false.

## CRAY-EXO-003

check-cray-exo-003-title = No transport rule sends mail to outside recipients
check-cray-exo-003-description =
    Lists enabled mail flow (transport) rules in enforce mode that redirect messages, copy
    them (Bcc or Cc) or add recipients at addresses outside the accepted domains. Transport
    rules forward whatever the outbound spam policy says, so they are a path of their own.
    Disabled rules and rules in test mode are named in a note, because turning them on would
    start the forwarding.
check-cray-exo-003-risk =
    An administrator account that is taken over can quietly copy all mail of a department to
    an outside mailbox with one rule. Legitimate rules of this kind (an external auditor, an
    archiving service) also send confidential mail out of the organization's control.
check-cray-exo-003-remediation =
    1. Exchange admin center: Mail flow, Rules. Open each listed rule and check who created
       it, when, and why.
    2. Delete rules nobody can justify. For a real business need, prefer a journaling or
       archiving connector under contract, and document the exception.
    3. If a rule is unknown, investigate the account that created it (CreatedBy) for
       compromise.
    PowerShell (Exchange Online): Get-TransportRule | Format-List Name,State,RedirectMessageTo,
    BlindCopyTo,CopyTo,AddToRecipients; Remove-TransportRule -Identity <rule> or
    Disable-TransportRule -Identity <rule>.

## CRAY-EXO-004

check-cray-exo-004-title = DKIM signing is on for every accepted domain
check-cray-exo-004-description =
    Checks that Exchange Online signs outgoing mail with DKIM for every accepted domain it is
    authoritative for: each such domain needs a DKIM signing configuration that is enabled.
    SPF and DMARC records live in DNS, which cray does not read, so they are not part of this
    check; verify them with a DNS lookup.
check-cray-exo-004-risk =
    Without DKIM, receivers cannot verify that mail from the domain really comes from the
    organization, so a DMARC policy cannot be enforced and phishing that spoofs the domain
    is more likely to reach its targets.
check-cray-exo-004-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Email authentication settings, DKIM.
    2. Select each listed domain. Publish the two CNAME records (selector1 and selector2)
       that the page shows at the domain's DNS host.
    3. After the records resolve, turn on Sign messages for this domain with DKIM signatures.
    PowerShell (Exchange Online): New-DkimSigningConfig -DomainName <domain> -Enabled $false
    creates the keys; after publishing the CNAME records, Set-DkimSigningConfig -Identity
    <domain> -Enabled $true.

## CRAY-EXO-005

check-cray-exo-005-title = SMTP AUTH is off for the organization
check-cray-exo-005-description =
    Checks that authenticated SMTP submission (SMTP AUTH) is turned off for the whole
    organization: TransportConfig SmtpClientAuthenticationDisabled must be true. Single
    mailboxes can still turn it back on; cray does not read those per-mailbox settings.
check-cray-exo-005-risk =
    SMTP AUTH is used by old devices and scripts and is a favourite target of password
    spraying. Where it still accepts basic authentication, it lets attackers test and use
    stolen passwords without meeting multifactor authentication.
check-cray-exo-005-remediation =
    1. Find out which devices and applications still send with SMTP AUTH (Exchange admin
       center, Reports, Mail flow, SMTP AUTH clients report).
    2. Move them to OAuth, to Microsoft Graph sending, or to a connector or relay.
    3. Microsoft 365 admin center: Settings, Org settings, Services, Modern authentication;
       clear Authenticated SMTP. Allow it only on the mailboxes that still need it.
    PowerShell (Exchange Online): Set-TransportConfig -SmtpClientAuthenticationDisabled $true;
    for an exception, Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled
    $false.

## CRAY-EXO-006

check-cray-exo-006-title = Modern authentication is on for Exchange Online
check-cray-exo-006-description =
    Checks that Outlook and other Exchange clients sign in with modern authentication
    (OAuth 2.0): OrganizationConfig OAuth2ClientProfileEnabled must be true.
check-cray-exo-006-risk =
    Without modern authentication, Outlook falls back to sign-in methods that cannot enforce
    multifactor authentication or Conditional Access, so a stolen password is enough.
check-cray-exo-006-remediation =
    1. Microsoft 365 admin center: Settings, Org settings, Services, Modern authentication.
    2. Select Turn on modern authentication for Outlook 2013 for Windows and later, and
       save.
    PowerShell (Exchange Online): Set-OrganizationConfig -OAuth2ClientProfileEnabled $true.

## CRAY-EXO-007

check-cray-exo-007-title = Customer Lockbox is on
check-cray-exo-007-description =
    Checks that Customer Lockbox is on: OrganizationConfig CustomerLockboxEnabled must be
    true. With it, a Microsoft engineer who needs access to mailbox content for a support
    case gets it only after an administrator of the organization approves. The check applies
    to tenants with a Customer Lockbox licence.
check-cray-exo-007-risk =
    Without Customer Lockbox, Microsoft support staff can be granted access to content
    during a support case without the organization's explicit approval, and the
    organization has no record of approving it.
check-cray-exo-007-remediation =
    1. Microsoft 365 admin center: Settings, Org settings, Security and privacy, Customer
       Lockbox.
    2. Select Require approval for all data access requests, and save.
    3. Assign the Customer Lockbox access approver role to the people who decide on requests.
    PowerShell (Exchange Online): Set-OrganizationConfig -CustomerLockboxEnabled $true.

## CRAY-EXO-008

check-cray-exo-008-title = The unified audit log is on
check-cray-exo-008-description =
    Checks that Microsoft 365 records user and administrator activity in the unified audit
    log: AdminAuditLogConfig UnifiedAuditLogIngestionEnabled must be true.
check-cray-exo-008-risk =
    Without the audit log, an investigation cannot tell who read, forwarded or deleted mail
    or changed settings. Attackers turn it off to hide their traces.
check-cray-exo-008-remediation =
    1. Microsoft Purview portal: Solutions, Audit.
    2. If the page offers Start recording user and admin activity, select it. Recording can
       take up to an hour to begin.
    PowerShell (Exchange Online): Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled
    $true.

## CRAY-EXO-009

check-cray-exo-009-title = Mailbox auditing is on by default
check-cray-exo-009-description =
    Checks that mailbox auditing is on for the organization: OrganizationConfig
    AuditDisabled must be false. When it is true, no mailbox records owner, delegate or
    administrator actions, whatever each mailbox's own setting says.
check-cray-exo-009-risk =
    Without mailbox audit records, nobody can tell which messages an attacker or a delegate
    opened, sent or deleted, for example when deciding whether a breach must be reported.
check-cray-exo-009-remediation =
    1. Mailbox auditing by default has no switch in the admin centers; use Exchange Online
       PowerShell.
    2. Turn it on for the organization and check a few mailboxes afterwards with
       Get-MailboxAuditBypassAssociation and Get-Mailbox | Format-List AuditEnabled.
    PowerShell (Exchange Online): Set-OrganizationConfig -AuditDisabled $false.

## CRAY-EXO-010

check-cray-exo-010-title = No account bypasses mailbox auditing
check-cray-exo-010-description =
    Lists mailboxes and accounts that have a mailbox audit bypass association
    (AuditBypassEnabled true): actions they take in any mailbox are not audited. An
    association without a reported AuditBypassEnabled value is listed too, because cray
    cannot confirm it is off.
check-cray-exo-010-risk =
    An account that bypasses auditing can read and delete mail in other mailboxes without a
    trace. Service accounts with this exemption are attractive targets.
check-cray-exo-010-remediation =
    1. For each listed account, find out why it was exempted; backup and migration tools
       sometimes ask for it.
    2. Remove the exemption. For a tool that needs it, use a dedicated account and review it
       regularly.
    PowerShell (Exchange Online): Set-MailboxAuditBypassAssociation -Identity <account>
    -AuditBypassEnabled $false.

## CRAY-EXO-011

check-cray-exo-011-title = Outlook tags mail from outside the organization
check-cray-exo-011-description =
    Checks that Outlook shows the External tag on messages from outside the organization:
    Get-ExternalInOutlook must report Enabled true.
check-cray-exo-011-risk =
    Without the tag, a message that imitates a colleague or a manager looks like internal
    mail, which makes phishing and payment fraud easier.
check-cray-exo-011-remediation =
    1. Exchange Online PowerShell is the only place to turn the tag on.
    2. Add trusted partner domains to the allow list only if their mail must not be tagged.
    PowerShell (Exchange Online): Set-ExternalInOutlook -Enabled $true.

## CRAY-EXO-012

check-cray-exo-012-title = Calendar details are not shared with every external domain
check-cray-exo-012-description =
    Lists enabled sharing policies that let users share calendar details (subjects,
    locations, or full details) with every external domain (*) or with anonymous users.
    Sharing only free/busy times is allowed, and so is sharing details with named partner
    domains.
check-cray-exo-012-risk =
    Calendar entries reveal who meets whom, travel, projects and dial-in details. Shared
    with everyone, they help attackers plan targeted phishing and social engineering.
check-cray-exo-012-remediation =
    1. Exchange admin center: Organization, Sharing, Individual Sharing.
    2. Open each listed policy. For the entry Sharing with all domains (and anonymous), set
       the calendar information to Calendar free/busy information with time only, or remove
       the entry. Add named partner domains for fuller sharing where needed.
    PowerShell (Exchange Online): Set-SharingPolicy -Identity <policy> -Domains
    "*:CalendarSharingFreeBusySimple".

## CRAY-EXO-013

check-cray-exo-013-title = Anti-phishing policies use spoof protection and DMARC
check-cray-exo-013-description =
    Checks every anti-phishing policy that applies to someone for spoof intelligence
    (EnableSpoofIntelligence), honouring the sender domain's DMARC policy
    (HonorDmarcPolicy) and the question mark for unauthenticated senders
    (EnableUnauthenticatedSender). The default policy applies to everyone that no other
    policy covers; the Standard and Strict presets apply through their enabled rules; custom
    policies count as applying, because cray does not read their rules.
check-cray-exo-013-risk =
    Without these defences, mail that forges the sender domain of a partner or of the
    organization itself lands in the inbox looking genuine.
check-cray-exo-013-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-phishing.
    2. Open each listed policy, Edit protection settings, and under Spoof turn on Enable
       spoof intelligence, Honor DMARC record policy and Show (?) for unauthenticated
       senders for spoof.
    PowerShell (Exchange Online): Set-AntiPhishPolicy -Identity <policy>
    -EnableSpoofIntelligence $true -HonorDmarcPolicy $true -EnableUnauthenticatedSender $true.

## CRAY-EXO-014

check-cray-exo-014-title = Anti-phishing policies protect against impersonation
check-cray-exo-014-description =
    Checks every anti-phishing policy that applies to someone for the impersonation
    protection of Defender for Office 365: protected users (with at least one user named),
    the organization's own domains, and mailbox intelligence with its protection; mail that
    impersonates a user or domain must go to quarantine. The check applies to tenants with
    Defender for Office 365 Plan 1 or higher.
check-cray-exo-014-risk =
    Impersonation of executives, finance staff or the organization's domain is the core of
    business email compromise; without protection such mail reaches the inbox.
check-cray-exo-014-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-phishing.
    2. Open each listed policy, Edit protection settings: add the people most likely to be
       impersonated under Enable users to protect, turn on Include domains I own, Enable
       mailbox intelligence and Enable intelligence for impersonation protection.
    3. Under Actions, set user and domain impersonation to Quarantine the message.
    The Standard and Strict presets do this for the recipients they cover.
    PowerShell (Exchange Online): Set-AntiPhishPolicy -Identity <policy>
    -EnableTargetedUserProtection $true -TargetedUsersToProtect "<name>;<address>"
    -EnableOrganizationDomainsProtection $true -EnableMailboxIntelligence $true
    -EnableMailboxIntelligenceProtection $true -TargetedUserProtectionAction Quarantine
    -TargetedDomainProtectionAction Quarantine.

## CRAY-EXO-015

check-cray-exo-015-title = Anti-spam policies quarantine phishing and limit bulk mail
check-cray-exo-015-description =
    Checks every anti-spam policy that applies to someone: phishing and high-confidence
    phishing go to quarantine, zero-hour auto purge removes spam and phishing after
    delivery, and the bulk threshold is 6 or lower, as in the Standard preset. Which
    policies apply is decided as for anti-phishing policies.
check-cray-exo-015-risk =
    Phishing left in the junk folder is still one click away, and mail recognised as
    malicious only after delivery stays in the inbox without zero-hour auto purge.
check-cray-exo-015-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-spam policies.
    2. Open each listed inbound policy, Edit actions: set Phishing and High confidence
       phishing to Quarantine message, and turn on zero-hour auto purge for spam and phishing.
    3. Edit bulk email threshold and spam properties: set the bulk threshold to 6 or lower.
    PowerShell (Exchange Online): Set-HostedContentFilterPolicy -Identity <policy>
    -PhishSpamAction Quarantine -HighConfidencePhishAction Quarantine -SpamZapEnabled $true
    -PhishZapEnabled $true -BulkThreshold 6.

## CRAY-EXO-016

check-cray-exo-016-title = Anti-spam policies allow no sender domains or senders
check-cray-exo-016-description =
    Lists anti-spam policies that apply to someone and let named sender domains
    (AllowedSenderDomains) or sender addresses (AllowedSenders) skip spam filtering.
check-cray-exo-016-risk =
    Sender addresses are easy to forge. An allowed domain lets anyone who spoofs it deliver
    spam and phishing straight to the inbox.
check-cray-exo-016-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-spam policies.
    2. Open each listed inbound policy, Allowed and blocked senders and domains, and remove
       the allowed senders and domains.
    3. For mail wrongly caught as spam, report it to Microsoft or use the Tenant
       Allow/Block List, which checks authentication, instead.
    PowerShell (Exchange Online): Set-HostedContentFilterPolicy -Identity <policy>
    -AllowedSenderDomains $null -AllowedSenders $null.

## CRAY-EXO-017

check-cray-exo-017-title = The connection filter trusts no sender IP address
check-cray-exo-017-description =
    Checks the connection filter policy: its IP allow list (IPAllowList) must be empty and
    the safe list of Microsoft (EnableSafeList) off. Mail from allowed addresses skips spam
    filtering.
check-cray-exo-017-risk =
    Mail from an allowed IP address is not filtered for spam; if that server or service is
    misused or shared with others, their mail arrives unchecked.
check-cray-exo-017-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-spam policies, Connection filter policy (Default).
    2. Edit connection filter policy: remove every address under Always allow messages from
       the following IP addresses or address range, and clear Turn on safe list.
    PowerShell (Exchange Online): Set-HostedConnectionFilterPolicy -Identity Default
    -IPAllowList $null -EnableSafeList $false.

## CRAY-EXO-018

check-cray-exo-018-title = Anti-malware policies block risky attachments and purge malware
check-cray-exo-018-description =
    Checks every anti-malware policy that applies to someone for the common attachments
    filter (EnableFileFilter), which blocks file types such as executables and scripts, and
    for zero-hour auto purge (ZapEnabled), which removes malware recognised after delivery.
check-cray-exo-018-risk =
    Executable and script attachments are a common way to deliver malware; without the
    filter and purge, a new variant that scanners do not yet know reaches the user.
check-cray-exo-018-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-malware.
    2. Open each listed policy, Edit protection settings, turn on Enable the common
       attachments filter and Enable zero-hour auto purge for malware.
    PowerShell (Exchange Online): Set-MalwareFilterPolicy -Identity <policy>
    -EnableFileFilter $true -ZapEnabled $true.

## CRAY-EXO-019

check-cray-exo-019-title = Administrators learn when internal senders send malware
check-cray-exo-019-description =
    Checks every anti-malware policy that applies to someone: notifications about malware
    from internal senders (EnableInternalSenderAdminNotifications) must be on and go to an
    administrator address (InternalSenderAdminAddress).
check-cray-exo-019-risk =
    Malware sent from inside the organization usually means a compromised account or
    device. Without a notification, nobody notices until the damage spreads.
check-cray-exo-019-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-malware.
    2. Open each listed policy, Edit notification settings, turn on Notify an admin about
       undelivered messages from internal senders and enter the security team's address.
    PowerShell (Exchange Online): Set-MalwareFilterPolicy -Identity <policy>
    -EnableInternalSenderAdminNotifications $true -InternalSenderAdminAddress <address>.

## CRAY-EXO-020

check-cray-exo-020-title = Safe Links protects mail, Teams and Office apps
check-cray-exo-020-description =
    Checks every Safe Links policy that applies to someone: links are checked in mail, Teams
    and Office apps, scanned before delivery, clicks are recorded, and users cannot click
    through to a site found to be malicious. The Built-In Protection policy applies to
    everyone that no other policy covers and lets users click through, so it fails unless a
    Standard or Strict preset rule covers every accepted domain. The check applies to
    tenants with Defender for Office 365 Plan 1 or higher.
check-cray-exo-020-risk =
    Phishing links often turn malicious only after delivery. Without time-of-click checks,
    or with click-through allowed, a user can still reach the credential-harvesting page.
check-cray-exo-020-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Preset security policies: turn on the Standard preset for all recipients
       (or create a Safe Links policy covering them).
    2. For each listed custom policy, open Safe Links, Edit URL and click protection
       settings: turn on protection for email, Teams and Office apps, real-time URL
       scanning and click tracking, and clear Let users click through to the original URL.
    PowerShell (Exchange Online): Set-SafeLinksPolicy -Identity <policy>
    -EnableSafeLinksForEmail $true -EnableSafeLinksForTeams $true -EnableSafeLinksForOffice
    $true -ScanUrls $true -TrackClicks $true -AllowClickThrough $false.

## CRAY-EXO-021

check-cray-exo-021-title = Safe Attachments blocks malicious attachments
check-cray-exo-021-description =
    Checks every Safe Attachments policy that applies to someone: it is on (Enable) and
    blocks malicious attachments (Action Block). Which policies apply is decided as for Safe
    Links. The check applies to tenants with Defender for Office 365 Plan 1 or higher.
check-cray-exo-021-risk =
    Attachments with unknown malware pass signature scanning; without detonation in a
    sandbox, or with the Allow action, they reach the user.
check-cray-exo-021-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Safe Attachments.
    2. Open each listed policy, Edit settings, and set Safe Attachments unknown malware
       response to Block.
    PowerShell (Exchange Online): Set-SafeAttachmentPolicy -Identity <policy> -Enable $true
    -Action Block.

## CRAY-EXO-022

check-cray-exo-022-title = Defender scans files in SharePoint, OneDrive and Teams
check-cray-exo-022-description =
    Checks the global Defender for Office 365 settings (AtpPolicyForO365): Safe Attachments
    for SharePoint, OneDrive and Microsoft Teams (EnableATPForSPOTeamsODB) must be on.
    Safe Documents needs Microsoft 365 E5 and is not required; where it is on, users must
    not be able to open a file it flagged (AllowSafeDocsOpen false).
check-cray-exo-022-risk =
    A malicious file uploaded to a team or shared from OneDrive spreads to everyone who
    opens it; without scanning, nothing stops it.
check-cray-exo-022-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Safe Attachments, Global settings.
    2. Turn on Defender for Office 365 for SharePoint, OneDrive and Microsoft Teams. With
       Safe Documents on, clear Allow people to click through Protected View even if Safe
       Documents identified the file as malicious.
    PowerShell (Exchange Online): Set-AtpPolicyForO365 -EnableATPForSPOTeamsODB $true
    -AllowSafeDocsOpen $false.

## CRAY-EXO-023

check-cray-exo-023-title = The Standard and Strict preset security policies are on
check-cray-exo-023-description =
    Checks that both preset security policies are turned on: each has an enabled Exchange
    Online Protection rule and, where the Defender for Office 365 preset rules were
    collected, an enabled Defender rule. Presets carry Microsoft's recommended settings and
    follow them as they change. Whom each preset covers is the organization's choice; Strict
    is meant for people at higher risk.
check-cray-exo-023-risk =
    Hand-made policies drift from the recommended settings over time, and new protections
    stay off. Without presets, every improvement must be found and switched on by hand.
check-cray-exo-023-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Preset security policies.
    2. Under Standard protection and Strict protection, select Manage protection settings,
       choose the recipients (Standard for all, Strict for executives and administrators),
       and turn the preset on.
    PowerShell (Exchange Online): Enable-EOPProtectionPolicyRule -Identity "Standard Preset
    Security Policy" and Enable-ATPProtectionPolicyRule -Identity "Standard Preset Security
    Policy"; the same for "Strict Preset Security Policy".

## CRAY-EXO-024

check-cray-exo-024-title = Sign-in is blocked for shared mailboxes
check-cray-exo-024-description =
    Lists shared mailboxes whose Entra ID user account (found through the mailbox's
    ExternalDirectoryObjectId) can sign in. A shared mailbox without a matching user in the
    data, or whose user has no reported sign-in state, is listed too, because cray cannot
    confirm the block.
check-cray-exo-024-risk =
    People open shared mailboxes with their own accounts. An enabled account behind a
    shared mailbox has a password that nobody owns or rotates, and attackers who guess it
    get the mailbox without multifactor authentication.
check-cray-exo-024-remediation =
    1. Microsoft 365 admin center: Users, Active users. Open the user of each listed shared
       mailbox and select Block sign-in.
    2. Make sure the people who work with the mailbox have Full Access or Send As
       permissions instead of the password.
    PowerShell (Microsoft Graph): Update-MgUser -UserId <object id> -AccountEnabled:$false.

## CRAY-EXO-025

check-cray-exo-025-title = Users cannot install Outlook add-ins themselves
check-cray-exo-025-description =
    Lists role assignment policies that let users install Outlook add-ins (roles My Custom
    Apps, My Marketplace Apps or My ReadWriteMailbox Apps) and that apply to mailboxes: the
    default policy and every policy a mailbox uses. Without the mailbox list every policy
    counts.
check-cray-exo-025-risk =
    Add-ins can read and send mail as the user. A malicious or careless add-in installed by
    a user gives its publisher lasting access to the mailbox.
check-cray-exo-025-remediation =
    1. Exchange admin center: Roles, User roles. Open each listed policy.
    2. Under Other roles, clear My Custom Apps, My Marketplace Apps and My ReadWriteMailbox
       Apps, and save.
    3. Deploy the add-ins the organization needs centrally (Microsoft 365 admin center,
       Settings, Integrated apps).
    PowerShell (Exchange Online): Get-ManagementRoleAssignment -RoleAssignee <policy> -Role
    "My Custom Apps" | Remove-ManagementRoleAssignment; the same for the other two roles.

## CRAY-EXO-026

check-cray-exo-026-title = No transport rule lets sender domains skip spam filtering
check-cray-exo-026-description =
    Lists enabled transport rules that set the spam confidence level to -1 (bypass spam
    filtering) for senders chosen by domain or address. Rules that choose senders only by
    IP address, such as one for a filtering gateway in front of Exchange Online, are not
    listed.
check-cray-exo-026-risk =
    Sender domains and addresses are easy to forge. Such a rule lets anyone who spoofs the
    domain deliver phishing straight to the inbox, past every spam and phishing filter.
check-cray-exo-026-remediation =
    1. Exchange admin center: Mail flow, Rules. Open each listed rule.
    2. Delete it, or narrow it to the partner's sending IP addresses and require that the
       message passes authentication. Prefer the Tenant Allow/Block List for false
       positives.
    PowerShell (Exchange Online): Remove-TransportRule -Identity <rule>, or
    Set-TransportRule -Identity <rule> -SenderIpRanges <addresses> -SenderDomainIs $null.
