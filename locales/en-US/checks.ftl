# Check texts: title, description, risk and step-by-step remediation per check, and the
# display names of the check topics. The ids follow check-<lowercase check id>-<part>.

## Topics

topic-conditional_access = Conditional Access
topic-privileged_access = Privileged access
topic-application_consent = Applications and consent
topic-external_collaboration = External collaboration
topic-authentication_methods = Authentication methods
topic-exchange_mail_flow = Exchange mail flow
topic-legacy_auth = Legacy authentication
topic-mfa = Multifactor authentication
topic-phishing_resistant_mfa = Phishing-resistant MFA
topic-risk_based_access = Risk-based access
topic-auth_flows = Authentication flows
topic-ca_hygiene = Conditional Access hygiene
topic-pim = Privileged Identity Management
topic-consent = User consent
topic-default_user_rights = Default user rights
topic-guest_access = Guest and cross-tenant access
topic-access_reviews = Access reviews
topic-terms_of_use = Terms of use
topic-auth_methods = Authentication methods policy
topic-mfa_registration = MFA registration
topic-passwords = Passwords and lockout
topic-group_creation = Group creation
topic-applications = Applications and service principals
topic-devices = Device registration
topic-hybrid = Hybrid identity
topic-licences = Licences
topic-mail_forwarding = Mail forwarding
topic-email_authentication = Email authentication
topic-exchange_auth = Exchange authentication
topic-auditing = Auditing
topic-external_sharing = External sharing and tagging
topic-threat_protection = Threat protection
topic-mailbox_hardening = Mailbox hardening

## CRAY-ENTRA-001

check-cray-entra-001-title = MFA is required for all users
check-cray-entra-001-description =
    An enabled Conditional Access policy requires multifactor authentication for all users
    and all cloud apps, or security defaults are on. The grant must leave no way around
    MFA: "Require multifactor authentication" alone, MFA with other controls under "Require
    all the selected controls", or an authentication strength. Report-only and disabled
    policies do not count, nor does a policy narrowed by conditions, by app exclusions or
    filters, or aimed at user actions; all four client app types count as all. Up to two
    excluded user accounts and two role-assignable groups are accepted for emergency access;
    excluded roles, guests (also by keyword) or plain groups are not.
check-cray-entra-001-risk =
    Without MFA a stolen or guessed password is enough to sign in. Password spraying,
    phishing and reused passwords from other breaches then give an attacker a working
    account with the user's access to mail, files and Teams.
check-cray-entra-001-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy
       (or open the report-only policy listed in this finding).
    2. Users: include All users; exclude only your two emergency access accounts or a
       role-assignable group that holds them.
    3. Target resources: All cloud apps (All resources), with no exclusions.
    4. Conditions: leave platforms, locations and client apps unconfigured.
    5. Grant: Require authentication strength "Multifactor authentication" (or Require
       multifactor authentication as the only control).
    6. Start in Report-only, review the sign-in logs for a few days, then set Enable policy
       to On.
    PowerShell (Microsoft Graph module): New-MgIdentityConditionalAccessPolicy with the same
    settings, or Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id>
    -State enabled for an existing report-only policy. Graph: PATCH
    /identity/conditionalAccess/policies/<id> with state set to enabled.
    Tenants without Entra ID P1 turn on security defaults instead (Identity, Overview,
    Properties, Manage security defaults).

## CRAY-ENTRA-002

check-cray-entra-002-title = Legacy authentication is blocked
check-cray-entra-002-description =
    An enabled Conditional Access policy blocks the client app types Exchange ActiveSync
    and Other clients for all users and all cloud apps, or security defaults are on. The
    same emergency access exclusions and the same rules for app scope, application filters
    and client app types as for the MFA check apply.
check-cray-entra-002-risk =
    Legacy protocols such as IMAP, POP, SMTP AUTH and older Office clients cannot perform
    MFA. Attackers use them for password spraying and to sign in with stolen passwords even
    where MFA is required for modern clients.
check-cray-entra-002-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: include All users; exclude only your emergency access accounts.
    3. Target resources: All cloud apps.
    4. Conditions, Client apps: Configure Yes; select Exchange ActiveSync clients and Other
       clients only.
    5. Grant: Block access.
    6. Run it in Report-only first and check the sign-in logs (filter Client app) for
       remaining legacy sign-ins, then set it to On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with conditions.clientAppTypes set to
    exchangeActiveSync and other, and grantControls.builtInControls set to block. Graph:
    POST /identity/conditionalAccess/policies with the same body.

## CRAY-ENTRA-003

check-cray-entra-003-title = Between two and four Global Administrators
check-cray-entra-003-description =
    Counts the user accounts with an active Global Administrator assignment. Two to four
    pass. Disabled accounts still hold the role, so they count and are flagged. A group
    that holds the role makes the check fail and is named: cray does not collect group
    members, so the real number is unknown and the group's members hold the role out of
    sight. Service principals that hold the role are listed but not counted.
check-cray-entra-003-risk =
    A single Global Administrator is a single point of failure: if the account is lost or
    locked out, nobody can administer the tenant. More than four widen the attack surface,
    since each one can take over the whole tenant.
check-cray-entra-003-remediation =
    1. Microsoft Entra admin center: Identity, Roles and admins, Global Administrator,
       Assignments.
    2. Too many: remove the assignment from accounts that need less; give them a narrower
       role (for example User Administrator or Exchange Administrator).
    3. Too few: add a second, cloud-only emergency access account.
    4. A listed group: review its members, since each holds the role, and assign the role
       to named accounts instead. Remove the assignment from disabled accounts.
    5. With Entra ID P2, make day-to-day administrators eligible in Privileged Identity
       Management instead of active.
    PowerShell: Get-MgRoleManagementDirectoryRoleAssignment -Filter "roleDefinitionId eq
    '62e90394-69f5-4237-9190-012177145e10'" lists the holders;
    Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId <id> removes one.

## CRAY-ENTRA-004

check-cray-entra-004-title = No permanent Global Administrator
check-cray-entra-004-description =
    Lists every principal with an active Global Administrator assignment, read from the role
    assignments, which include direct assignments made without Privileged Identity
    Management. Principals that are only eligible are not permanent. Emergency access
    accounts are the one exception: enabled, cloud-only member accounts whose display name
    or sign-in name says "break glass" or "emergency access" are named in the finding's
    detail but do not make the check fail. Guest, external, synchronised or disabled
    accounts are never exempt, whatever their name. A principal that is both eligible and
    active is listed, since the active assignment may be a permanent one. Without the PIM
    eligibility data (it needs Entra ID P2) the check still runs on the role assignments and
    says so in the detail.
check-cray-entra-004-risk =
    A permanent Global Administrator holds full control of the tenant at every moment. If
    the account is phished or its token stolen, the attacker gets that control at once, with
    no approval, justification or time limit in the way.
check-cray-entra-004-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Roles, Global Administrator.
    2. For each listed account: Add assignments, type Eligible, then remove the active
       assignment (Assignments, Active assignments, Remove).
    3. Settings of the role: require MFA and a justification on activation, and limit the
       activation to a few hours.
    4. Keep only the two emergency access accounts permanent, cloud-only, excluded from
       Conditional Access and monitored.
    PIM needs Entra ID P2. PowerShell: New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest
    with action adminAssign creates the eligible assignment;
    New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest with action adminRemove ends
    the active one.

## CRAY-ENTRA-005

check-cray-entra-005-title = User consent to applications is restricted
check-cray-entra-005-description =
    Checks the permission grant policies assigned to the default user role. The legacy
    policy microsoft-user-default-legacy lets every user consent to any delegated permission
    that does not need admin consent, so it fails. The policy microsoft-user-default-low
    (verified publishers, low-impact permissions) passes, with a note naming it.
check-cray-entra-005-risk =
    Consent phishing tricks a user into granting a malicious app access to mail and files.
    The grant survives password resets and MFA, because the app holds its own tokens.
check-cray-entra-005-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications,
       Consent and permissions, User consent settings.
    2. Select Do not allow user consent, or Allow user consent for apps from verified
       publishers, for selected permissions.
    3. Turn on the admin consent workflow (Admin consent settings) so users can ask for
       apps they need.
    PowerShell: Update-MgPolicyAuthorizationPolicy with
    DefaultUserRolePermissions.PermissionGrantPoliciesAssigned set without
    ManagePermissionGrantsForSelf.microsoft-user-default-legacy. Graph: PATCH
    /policies/authorizationPolicy with the same property.

## CRAY-ENTRA-006

check-cray-entra-006-title = Guest invitations are restricted
check-cray-entra-006-description =
    Checks who may invite guest users (allowInvitesFrom in the authorization policy). Only
    "none" and "adminsAndGuestInviters" (administrators and the Guest Inviter role) pass;
    "adminsGuestInvitersAndAllMembers" (every member) and "everyone" (guests included)
    fail.
check-cray-entra-006-risk =
    When anyone can invite, guests can invite further guests and external accounts enter
    the tenant without review. Each one can read directory data and may be given access to
    Teams and files.
check-cray-entra-006-remediation =
    1. Microsoft Entra admin center: Identity, External Identities, External collaboration
       settings.
    2. Guest invite settings: select Only users assigned to specific admin roles can invite
       guest users.
    3. Assign the Guest Inviter role to the people who invite partners.
    PowerShell: Update-MgPolicyAuthorizationPolicy -AllowInvitesFrom adminsAndGuestInviters.
    Graph: PATCH /policies/authorizationPolicy with allowInvitesFrom set to
    adminsAndGuestInviters.

## CRAY-ENTRA-007

check-cray-entra-007-title = Report-only Conditional Access policies are finished
check-cray-entra-007-description =
    Lists Conditional Access policies in report-only mode. They are evaluated and logged but
    never enforced, so a report-only policy is not protection, however well it is built.
    The check fails while any policy is in report-only mode.
check-cray-entra-007-risk =
    A report-only policy reads like enforcement in a policy list and in reviews. Teams
    assume the control is active while every sign-in it targets goes through unchecked.
check-cray-entra-007-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies; filter State
       Report-only.
    2. For each listed policy, check its impact in Monitoring, Insights and reporting.
    3. Set Enable policy to On, or to Off if it is no longer wanted.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id>
    -State enabled (or disabled). Graph: PATCH /identity/conditionalAccess/policies/<id>
    with state set to enabled.

## CRAY-ENTRA-008

check-cray-entra-008-title = Users cannot register applications
check-cray-entra-008-description =
    Checks allowedToCreateApps in the default user role permissions. When it is true, every
    member user can register applications.
check-cray-entra-008-risk =
    App registrations created by ordinary users become owners' backdoors: an attacker with a
    user account can register an app, add credentials and use it for persistent access or
    for consent phishing that looks like an internal app.
check-cray-entra-008-remediation =
    1. Microsoft Entra admin center: Identity, Users, User settings.
    2. Set Users can register applications to No.
    3. Give the Application Developer role to the people who need to register apps.
    PowerShell: Update-MgPolicyAuthorizationPolicy with
    DefaultUserRolePermissions.AllowedToCreateApps set to false. Graph: PATCH
    /policies/authorizationPolicy with defaultUserRolePermissions.allowedToCreateApps set
    to false.

## CRAY-ENTRA-009

check-cray-entra-009-title = Guest access to the directory is limited
check-cray-entra-009-description =
    Checks the guest user access level (guestUserRoleId). Guests with the same access as
    members fail; limited and restricted access pass.
check-cray-entra-009-risk =
    Guests with member access can enumerate all users, groups and their memberships. That
    map helps an attacker who controls a guest account pick targets for phishing and
    privilege escalation.
check-cray-entra-009-remediation =
    1. Microsoft Entra admin center: Identity, External Identities, External collaboration
       settings.
    2. Guest user access: select Guest user access is restricted to properties and
       memberships of their own directory objects.
    PowerShell: Update-MgPolicyAuthorizationPolicy -GuestUserRoleId
    2af84b1e-32c8-42b7-82bc-daa82404023b. Graph: PATCH /policies/authorizationPolicy with
    guestUserRoleId set to that id.

## CRAY-ENTRA-010

check-cray-entra-010-title = SMS is not an authentication method
check-cray-entra-010-description =
    Checks the SMS method in the authentication methods policy. It fails while SMS is
    enabled for any user or group, and says whether SMS may also be used to sign in without
    a password (SMS sign-in).
check-cray-entra-010-risk =
    SMS codes can be intercepted through SIM swapping, number porting and real-time phishing
    proxies. Where SMS sign-in is allowed, the phone number alone becomes the key to the
    account.
check-cray-entra-010-remediation =
    1. Make sure users have registered a stronger method first (Microsoft Authenticator,
       passkeys or FIDO2 keys): Protection, Authentication methods, User registration
       details.
    2. Microsoft Entra admin center: Protection, Authentication methods, Policies, SMS.
    3. Set Enable to off, or narrow the target to a group that still needs it and turn off
       Use for sign-in.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Sms with state set to disabled. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Sms with state
    set to disabled.

## CRAY-EXO-001

check-cray-exo-001-title = External mail forwarding is blocked
check-cray-exo-001-description =
    Checks the two Exchange Online controls for automatic forwarding to external
    recipients. Every outbound spam filter policy that applies to someone must have
    automatic forwarding set to Off or Automatic (Automatic means off). The default policy
    always applies; any other policy applies through its enabled rule, whose scope the
    finding names. Every remote domain, not only the default one, must have automatic
    forwarding turned off. Every Exchange Online organization has a Default outbound
    policy and a Default remote domain, so when either list arrives empty the data is
    incomplete and the check is not assessable.
check-cray-exo-001-risk =
    Attackers who take over a mailbox add a forwarding rule to an outside address and keep
    reading mail after the password is reset. Forwarding also lets insiders move data out
    of the organisation unnoticed.
check-cray-exo-001-remediation =
    1. Microsoft Defender portal: Email and collaboration, Policies and rules, Threat
       policies, Anti-spam policies.
    2. Open each listed outbound policy; under Forwarding rules set Automatic forwarding
       rules to Off - Forwarding is disabled. For a business exception, scope a separate
       policy to as few senders as possible and document it.
    3. Exchange admin center: Mail flow, Remote domains. For each listed domain, Edit reply
       types and turn off Allow automatic forwarding.
    PowerShell (Exchange Online): Set-HostedOutboundSpamFilterPolicy -Identity <name>
    -AutoForwardingMode Off and Set-RemoteDomain -Identity <name> -AutoForwardEnabled $false.

## CRAY-ENTRA-011

check-cray-entra-011-title = MFA is required for every administrator
check-cray-entra-011-description =
    Every account that holds a privileged directory role, actively or as eligible, directly
    or through a group, must pass MFA at every sign-in: an enforced Conditional Access
    policy includes the account (all users, one of its roles, or the account itself), does
    not exclude it or one of its roles, covers all cloud apps without narrowing conditions,
    and its grant can only be met with MFA. Security defaults also pass. Emergency access
    accounts are exempt; report-only and disabled policies never count.
check-cray-entra-011-risk =
    An administrator account protected by a password alone is the shortest path to the
    whole tenant: one phished or sprayed password gives an attacker the role's rights over
    every user, policy and mailbox.
check-cray-entra-011-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: include Directory roles and select every privileged role (or All users);
       exclude only the emergency access accounts.
    3. Target resources: All cloud apps; Conditions: none.
    4. Grant: Require authentication strength "Multifactor authentication"; Enable policy:
       On.
    5. Remove the exclusions that leave the listed administrators out.
    PowerShell: New-MgIdentityConditionalAccessPolicy with conditions.users.includeRoles set
    to the role template ids. Graph: POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-012

check-cray-entra-012-title = Administrators sign in with phishing-resistant MFA
check-cray-entra-012-description =
    Every account that holds a privileged directory role must be reached by an enforced
    Conditional Access policy for all cloud apps that requires an authentication strength
    whose every allowed combination resists phishing: FIDO2 security keys, Windows Hello for
    Business, certificate-based MFA or device-bound passkeys. The built-in "Multifactor
    authentication" strength and the "Require MFA" control allow phone codes and push, so
    they do not count. Emergency access accounts are exempt.
check-cray-entra-012-risk =
    Adversary-in-the-middle phishing kits relay codes and push approvals in real time and
    steal the session. Against an administrator that yields the tenant; only methods bound
    to the site's origin or the device stop it.
check-cray-entra-012-remediation =
    1. Register FIDO2 keys, passkeys or Windows Hello for Business for every administrator
       (Protection, Authentication methods).
    2. Protection, Conditional Access, Policies, New policy: Users: Directory roles (every
       privileged role); Target resources: All cloud apps.
    3. Grant: Require authentication strength "Phishing-resistant MFA"; Enable policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with grantControls.authenticationStrength
    id 00000000-0000-0000-0000-000000000004. Graph: POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-013

check-cray-entra-013-title = Risky sign-ins are challenged
check-cray-entra-013-description =
    An enforced Conditional Access policy for all users and all cloud apps includes the
    sign-in risk level high and requires MFA or blocks access. Apart from the risk
    condition, the policy may not be narrowed. Sign-in risk needs Microsoft Entra ID P2;
    without it the check is not licensed.
check-cray-entra-013-risk =
    Entra ID Protection flags sign-ins from anonymising networks, impossible travel or known
    attack infrastructure. Without a policy the flag changes nothing and the attacker signs
    in.
check-cray-entra-013-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: All users (exclude the emergency access accounts); Target resources: All cloud
       apps.
    3. Conditions, Sign-in risk: High (and Medium if you accept more prompts).
    4. Grant: Require authentication strength "Multifactor authentication"; Session: Sign-in
       frequency Every time; Enable policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with conditions.signInRiskLevels
    high. Graph: POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-014

check-cray-entra-014-title = High-risk users are blocked or must change their password
check-cray-entra-014-description =
    An enforced Conditional Access policy for all users and all cloud apps includes the user
    risk level high and either blocks access or requires MFA and a password change together
    (all selected controls). Apart from the risk condition, the policy may not be narrowed.
    User risk needs Microsoft Entra ID P2; without it the check is not licensed.
check-cray-entra-014-risk =
    High user risk means the credentials are probably known to someone else, for example
    from a leak. Until the password changes, that person can keep signing in.
check-cray-entra-014-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: All users (exclude the emergency access accounts); Target resources: All cloud
       apps; Conditions, User risk: High.
    3. Grant: Require multifactor authentication and Require password change, with Require
       all the selected controls; Session: Sign-in frequency Every time; Enable policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with conditions.userRiskLevels
    high and grantControls operator AND, builtInControls ["mfa", "passwordChange"].

## CRAY-ENTRA-015

check-cray-entra-015-title = Device code flow is blocked
check-cray-entra-015-description =
    An enforced Conditional Access policy for all users and all cloud apps blocks the
    authentication flow "Device code flow". Apart from that condition, the policy may not
    be narrowed.
check-cray-entra-015-risk =
    Device code phishing sends the victim a genuine Microsoft sign-in page with a code the
    attacker requested; after the victim signs in, including MFA, the attacker's device
    holds the tokens.
check-cray-entra-015-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: All users (exclude the emergency access accounts and accounts that need the
       flow, such as meeting room devices, in a role-assignable group); Target resources:
       All cloud apps.
    3. Conditions, Authentication flows: Device code flow; Grant: Block access; Enable
       policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with
    conditions.authenticationFlows.transferMethods "deviceCodeFlow".

## CRAY-ENTRA-016

check-cray-entra-016-title = Authentication transfer is blocked
check-cray-entra-016-description =
    An enforced Conditional Access policy for all users and all cloud apps blocks the
    authentication flow "Authentication transfer", which moves a signed-in session from a
    computer to a phone. Apart from that condition, the policy may not be narrowed.
check-cray-entra-016-risk =
    Transferring a session skips the second device's own sign-in; a session taken over on
    one device can be carried to another without a new MFA prompt.
check-cray-entra-016-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: All users (exclude the emergency access accounts); Target resources: All cloud
       apps.
    3. Conditions, Authentication flows: Authentication transfer; Grant: Block access;
       Enable policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with
    conditions.authenticationFlows.transferMethods "authenticationTransfer".

## CRAY-ENTRA-017

check-cray-entra-017-title = Emergency access accounts exist and no blocking policy locks them out
check-cray-entra-017-description =
    At least one emergency access ("break glass") account exists: an enabled, cloud-only
    member account whose display name or sign-in name says "break glass" or "emergency
    access". Every such account is excluded, directly or through an excluded group, from
    every enforced or report-only Conditional Access policy that blocks access. Policies
    for workload or agent identities that select no users are skipped.
check-cray-entra-017-risk =
    A blocking policy with a mistake, or an outage of the MFA service, can lock every
    administrator out of the tenant. Without an excluded emergency access account, only a
    Microsoft support case opens it again.
check-cray-entra-017-remediation =
    1. Microsoft 365 admin center or Entra admin center: create two cloud-only accounts on
       the onmicrosoft.com domain, named as emergency access accounts, with Global
       Administrator, long random passwords and FIDO2 keys kept in a safe.
    2. Put them in a role-assignable group and exclude that group from every Conditional
       Access policy (Protection, Conditional Access, Policies, each policy, Users,
       Exclude).
    3. Alert on every sign-in of these accounts.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id>
    with conditions.users.excludeGroups containing the group's id.

## CRAY-ENTRA-018

check-cray-entra-018-title = Conditional Access excludes no deleted objects
check-cray-entra-018-description =
    No enforced or report-only Conditional Access policy excludes a user or group id that
    no longer exists in the directory. The ids are compared with the complete user and
    group lists of the assessment.
check-cray-entra-018-risk =
    An exclusion of a deleted object is an exception nobody can review any more. It hides
    what the policy really covers, and reviewers learn to ignore exclusion lists.
check-cray-entra-018-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies; open each
       listed policy.
    2. Users, Exclude: remove the entries shown as unknown or deleted (the ids in this
       finding); Save.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id>
    with conditions.users.excludeUsers and excludeGroups without the listed ids. Graph:
    PATCH /identity/conditionalAccess/policies/<id>.

## CRAY-ENTRA-019

check-cray-entra-019-title = Groups excluded from Conditional Access are role-assignable
check-cray-entra-019-description =
    Every group excluded from an enforced or report-only Conditional Access policy is
    role-assignable, so only Privileged Role Administrators and Global Administrators can
    change its members. Report-only policies count because they can be switched on at any
    time.
check-cray-entra-019-risk =
    Owners of an ordinary group, User Administrators and Groups Administrators can add any
    account to it and so take that account out of the policy, MFA or a block included.
check-cray-entra-019-remediation =
    1. Microsoft Entra admin center: Groups, New group, with "Microsoft Entra roles can be
       assigned to the group" set to Yes (it cannot be changed on an existing group).
    2. Add the members of the listed group, then replace the listed group in each policy's
       Users, Exclude with the new group.
    PowerShell: New-MgGroup -IsAssignableToRole:$true -SecurityEnabled:$true
    -MailEnabled:$false, then Update-MgIdentityConditionalAccessPolicy.

## CRAY-ENTRA-020

check-cray-entra-020-title = No protection exists only in report-only mode
check-cray-entra-020-description =
    A report-only Conditional Access policy for all users that requires MFA or blocks
    access fails this check when no enforced policy for all users grants the same control.
    Report-only mode logs what would happen and enforces nothing.
check-cray-entra-020-risk =
    The policy list suggests a protection that does not exist: every sign-in the report-only
    policy would stop goes through.
check-cray-entra-020-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies; open the
       listed policy.
    2. Review its report-only results (Monitoring, Insights and reporting), then set Enable
       policy to On.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <id>
    -State enabled. Graph: PATCH /identity/conditionalAccess/policies/<id> with state
    enabled.

## CRAY-ENTRA-021

check-cray-entra-021-title = Administrators are cloud-only accounts
check-cray-entra-021-description =
    No account synchronised from on-premises Active Directory holds a privileged directory
    role, actively or as eligible, directly or through a group.
check-cray-entra-021-risk =
    Whoever controls the on-premises directory can reset a synchronised account's password
    or take it over, so a compromise of the local domain becomes a compromise of the tenant.
check-cray-entra-021-remediation =
    1. Create a cloud-only administrator account (on the onmicrosoft.com domain or a cloud
       domain) for each listed person, with phishing-resistant MFA.
    2. Microsoft Entra admin center: Roles and administrators; assign the roles to the new
       accounts (eligible through PIM) and remove them from the listed accounts.
    PowerShell: New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest for the new
    account, Remove-MgRoleManagementDirectoryRoleAssignment for the old one.

## CRAY-ENTRA-022

check-cray-entra-022-title = Privileged roles are not held permanently
check-cray-entra-022-description =
    No user or group holds a privileged directory role as a permanent active assignment,
    apart from emergency access accounts. Active holders come from the role assignments,
    which include direct assignments made without PIM; an active assignment is temporary
    only when a role assignment schedule instance shows a time-bound activation. Without
    those instances the finding says that an activation cannot be told apart.
check-cray-entra-022-risk =
    A standing privileged role is usable at any moment by anyone who takes over the account.
    Eligible assignments need an activation with MFA, justification or approval, for a
    limited time, and leave a trace.
check-cray-entra-022-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Assignments (needs Entra ID P2).
    2. For each listed holder, add an eligible assignment of the role, then remove the
       active one.
    3. Roles, Settings: require MFA and justification on activation, approval for Global
       Administrator.
    PowerShell: New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest and
    Remove-MgRoleManagementDirectoryRoleAssignment. Graph: POST
    /roleManagement/directory/roleEligibilityScheduleRequests.

## CRAY-ENTRA-023

check-cray-entra-023-title = No service principal holds a privileged role
check-cray-entra-023-description =
    No service principal (application or managed identity) holds a privileged directory
    role, actively or as eligible.
check-cray-entra-023-risk =
    An application signs in with a secret or certificate, without MFA or user Conditional
    Access. Whoever finds the credential, in code, a pipeline or a backup, holds the role.
check-cray-entra-023-remediation =
    1. Microsoft Entra admin center: Roles and administrators; open the listed role and the
       service principal's assignment.
    2. Replace the role with the narrowest Graph application permission the app needs, or a
       role scoped to an administrative unit; remove the assignment.
    PowerShell: Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId
    <id>. Graph: DELETE /roleManagement/directory/roleAssignments/<id>.

## CRAY-ENTRA-024

check-cray-entra-024-title = No guest holds a directory role
check-cray-entra-024-description =
    No guest or external account (userType Guest, or #EXT# in the sign-in name) holds a
    directory role, actively or as eligible, directly or through a group.
check-cray-entra-024-risk =
    A guest's password, MFA and offboarding are managed by another organisation. When that
    account is taken over or its owner leaves, the role stays.
check-cray-entra-024-remediation =
    1. Microsoft Entra admin center: Users, filter by user type Guest; open each listed
       account, Assigned roles.
    2. Remove the roles; give people who need them a member account in this tenant.
    PowerShell: Remove-MgRoleManagementDirectoryRoleAssignment. Graph: DELETE
    /roleManagement/directory/roleAssignments/<id>.

## CRAY-ENTRA-025

check-cray-entra-025-title = Administrator sessions are limited
check-cray-entra-025-description =
    For every holder of a privileged directory role, an enforced Conditional Access policy
    that reaches the account sets a sign-in frequency, and one sets the persistent browser
    session to Never persistent. Emergency access accounts are exempt.
check-cray-entra-025-risk =
    Long-lived administrator sessions on shared or lost devices, and session cookies stolen
    by malware, keep the role usable without a new sign-in.
check-cray-entra-025-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, Policies, New policy.
    2. Users: Directory roles (every privileged role); Target resources: All cloud apps.
    3. Session: Sign-in frequency, for example 4 hours; Persistent browser session: Never
       persistent; Enable policy: On.
    PowerShell: New-MgIdentityConditionalAccessPolicy with sessionControls.signInFrequency
    and sessionControls.persistentBrowser mode "never".
