# Evidence of the checks: the failing condition of each result and the reason each affected
# object counts. The rules under checks/ choose the ids and pass the arguments; names from the
# tenant arrive as arguments, counts as numbers. Ids follow evidence-<lowercase check id>-<name>;
# texts several checks share start with evidence-common-. Sentences that a rule appends to
# another message are separated by a space.

## Shared

evidence-common-dataset-unusable = Dataset { $dataset } is not usable: { $message }.

# Shortfalls of a Conditional Access policy's user and app scope.
evidence-common-gap-not-all-users = It does not include all users.
evidence-common-gap-excluded-users =
    It excludes { $count ->
        [one] { $count } user account
       *[other] { $count } user accounts
    } (at most { $maximum } emergency access accounts are accepted).
evidence-common-gap-plain-groups = It excludes groups that are not role-assignable: { $groups }.
evidence-common-gap-too-many-groups = It excludes more than { $maximum } groups.
evidence-common-gap-excluded-roles = It excludes directory roles.
evidence-common-gap-excluded-guests = It excludes guests or external users.
evidence-common-gap-excludes-all-users = It excludes all users.
evidence-common-gap-excludes-all-guests = It excludes all guests and external users.
evidence-common-gap-user-actions = It targets user actions instead of cloud apps.
evidence-common-gap-authentication-contexts = It targets authentication contexts instead of cloud apps.
evidence-common-gap-not-all-apps = It does not include all cloud apps.
evidence-common-gap-excluded-apps =
    It excludes { $count ->
        [one] { $count } cloud app
       *[other] { $count } cloud apps
    }.
evidence-common-gap-app-filter = Its application filter (mode { $mode }) leaves out apps.
evidence-common-gap-narrowing-condition = Its { $condition } condition narrows it.

## CRAY-ENTRA-001

evidence-cray-entra-001-security-defaults = Security defaults are enabled and require MFA.
evidence-cray-entra-001-no-policy = No Conditional Access policy exists and security defaults are disabled, so no sign-in requires MFA.
evidence-cray-entra-001-no-candidate = No enforced Conditional Access policy requires MFA for all users and all cloud apps, and security defaults are disabled.
evidence-cray-entra-001-near-misses = No enforced Conditional Access policy requires MFA for all users and all cloud apps, and security defaults are disabled. Listed: policies that come close ({ $count }), with what they miss.
evidence-cray-entra-001-near-miss = Requires MFA for all users but falls short.
evidence-cray-entra-001-gap-report-only = It is in report-only mode, which does not enforce MFA.
evidence-cray-entra-001-gap-client-apps = It applies only to some client app types.

## CRAY-ENTRA-002

evidence-cray-entra-002-security-defaults = Security defaults are enabled and block legacy authentication.
evidence-cray-entra-002-no-policy = No Conditional Access policy exists and security defaults are disabled, so legacy authentication is allowed.
evidence-cray-entra-002-no-candidate = No enforced Conditional Access policy blocks Exchange ActiveSync and other legacy clients for all users and all cloud apps, and security defaults are disabled.
evidence-cray-entra-002-near-misses = No enforced Conditional Access policy blocks Exchange ActiveSync and other legacy clients for all users and all cloud apps, and security defaults are disabled. Listed: blocking policies that come close ({ $count }), with what they miss.
evidence-cray-entra-002-near-miss = Blocks access for all users but falls short.
evidence-cray-entra-002-gap-report-only = It is in report-only mode, which does not block anything.
evidence-cray-entra-002-gap-client-apps = Its client app types miss { $types }.

## CRAY-ENTRA-003

evidence-cray-entra-003-group-holders = Groups hold Global Administrator: { $groups }. Group members are not collected, so the number of Global Administrators is unknown; it is at least { $users } user accounts plus the members of those groups.
evidence-cray-entra-003-count =
    { $count ->
        [one] { $count } user account holds
       *[other] { $count } user accounts hold
    } Global Administrator; between { $minimum } and { $maximum } are expected.
evidence-cray-entra-003-disabled-note = Disabled accounts that still hold the role and count: { $names }.
evidence-cray-entra-003-others-note = Service principals or other objects that hold the role and are not counted: { $names }.
evidence-cray-entra-003-holder = Holds Global Administrator.
evidence-cray-entra-003-disabled-holder = Holds Global Administrator; the account is disabled but the assignment still counts.
evidence-cray-entra-003-group-holder = Holds Global Administrator as a group; its members are not collected, so they are missing from the count.
evidence-cray-entra-003-other-holder = Holds Global Administrator as a service principal or other object; not counted.

## CRAY-ENTRA-004

evidence-cray-entra-004-permanent-holders = Principals holding Global Administrator permanently: { $names }.
evidence-cray-entra-004-exempt-note = Exempt as emergency access accounts (enabled cloud-only members): { $names }.
evidence-cray-entra-004-eligibility-note = PIM eligibility data was not available, so a listed assignment may be a time-bound PIM activation.
evidence-cray-entra-004-permanent = Permanent active Global Administrator assignment.
evidence-cray-entra-004-maybe-activation = Active Global Administrator assignment; the principal is also eligible through PIM, so this may be a time-bound activation.
evidence-cray-entra-004-not-exempt = Named as an emergency access account but not exempt:
evidence-cray-entra-004-gap-not-member = It is not a member account (userType is not Member).
evidence-cray-entra-004-gap-external = It is an external account.
evidence-cray-entra-004-gap-disabled = It is not enabled.
evidence-cray-entra-004-gap-synchronised = It is synchronised from on-premises.

## CRAY-ENTRA-005

evidence-cray-entra-005-permissions-missing = The authorization policy lacks defaultUserRolePermissions, so user consent cannot be confirmed as limited.
evidence-cray-entra-005-permissions-missing-reason = defaultUserRolePermissions is missing.
evidence-cray-entra-005-legacy = Users may consent to any application that asks for permissions without admin consent (permission grant policy { $policy }).
evidence-cray-entra-005-legacy-reason = Assigns { $policy } to the default user role.
evidence-cray-entra-005-self-consent-note = Users may still consent within these policies: { $policies }.

## CRAY-ENTRA-006

evidence-cray-entra-006-restricted = Invitations are allowed from: { $setting }.
evidence-cray-entra-006-members-invite = Every member user, besides administrators and Guest Inviters, may invite guest users (allowInvitesFrom is { $setting }).
evidence-cray-entra-006-everyone-invites = Everyone in the tenant, guests included, may invite guest users (allowInvitesFrom is { $setting }).
evidence-cray-entra-006-others-invite = More than administrators and Guest Inviters may invite guest users (allowInvitesFrom is { $setting }).
evidence-cray-entra-006-setting = allowInvitesFrom is { $setting }.

## CRAY-ENTRA-007

evidence-cray-entra-007-report-only = Conditional Access policies in report-only mode, enforcing nothing: { $policies }.
evidence-cray-entra-007-report-only-reason = Report-only: evaluated and logged, not enforced.

## CRAY-ENTRA-008

evidence-cray-entra-008-users-create-apps = Every member user may register applications (allowedToCreateApps is true).
evidence-cray-entra-008-users-create-apps-reason = defaultUserRolePermissions.allowedToCreateApps is true.

## CRAY-ENTRA-009

evidence-cray-entra-009-member-access = Guest users have the same directory access as members.
evidence-cray-entra-009-role = guestUserRoleId is { $role }.
evidence-cray-entra-009-role-missing = The guest access level is not set (guestUserRoleId is empty), so it cannot be confirmed as limited.
evidence-cray-entra-009-role-missing-reason = guestUserRoleId is empty.
evidence-cray-entra-009-limited = Guest access level: limited access.
evidence-cray-entra-009-restricted = Guest access level: restricted access.
evidence-cray-entra-009-other-level = Guest access level: role { $role }.

## CRAY-ENTRA-010

evidence-cray-entra-010-enabled = The SMS authentication method is enabled for: { $targets }.
evidence-cray-entra-010-target = SMS enabled for { $type } { $id }.
evidence-cray-entra-010-sign-in-target = SMS enabled for { $type } { $id }, usable for sign-in.

## CRAY-EXO-001

evidence-cray-exo-001-forwarding-allowed = External automatic forwarding is allowed by outbound spam policies ({ $policies }) or remote domains ({ $domains }).
evidence-cray-exo-001-dormant-note = Policies that allow forwarding but apply to nobody (no enabled rule): { $policies }.
evidence-cray-exo-001-policy-forwards = Outbound spam policy with AutoForwardingMode { $mode }.
evidence-cray-exo-001-policy-mode-missing = Outbound spam policy without a reported AutoForwardingMode, so cray cannot confirm that it blocks forwarding.
evidence-cray-exo-001-default-scope = It applies to all senders (default policy).
evidence-cray-exo-001-rule-every-sender = Rule { $rule } applies to every sender.
evidence-cray-exo-001-rule-scope = Rule { $rule } applies to senders who meet all of these conditions:
evidence-cray-exo-001-condition-senders = Senders: { $values }.
evidence-cray-exo-001-condition-members-of = Members of: { $values }.
evidence-cray-exo-001-condition-sender-domains = Sender domains: { $values }.
evidence-cray-exo-001-domain-forwards = Remote domain { $name } ({ $domain }) has AutoForwardEnabled true.

## Shared: facts-based Conditional Access checks

evidence-common-near-miss = The policy comes close but falls short.
# One shortfall of a policy, named by a code from the computed facts.
evidence-common-fact-gap = { $gap ->
        [state-report_only] It is in report-only mode and enforces nothing.
        [state-disabled] It is disabled.
        [users-not_all_users] It does not include all users.
        [users-excluded_guests] It excludes guests or external users.
        [users-excluded_all_users] It excludes all users.
        [users-excluded_roles] It excludes directory roles.
        [users-unprotected_excluded_groups] It excludes groups that are not role-assignable.
        [users-excluded_unknown_objects] It excludes objects that no longer exist.
        [apps-not_all_apps] It does not include all cloud apps.
        [apps-excluded_apps] It excludes cloud apps.
        [apps-app_filter] Its application filter leaves out apps.
        [condition-platforms] Its device platform condition narrows it.
        [condition-locations] Its location condition narrows it.
        [condition-devices] Its device filter narrows it.
        [condition-clientAppTypes] It covers only some client app types.
        [condition-clientApplications] Its workload identity condition narrows it.
        [condition-signInRiskLevels] Its sign-in risk condition narrows it.
        [condition-userRiskLevels] Its user risk condition narrows it.
        [condition-servicePrincipalRiskLevels] Its service principal risk condition narrows it.
        [condition-insiderRiskLevels] Its insider risk condition narrows it.
        [condition-authenticationFlows] Its authentication flow condition narrows it.
       *[other] It is narrowed: { $gap }.
    }

## CRAY-ENTRA-011

evidence-cray-entra-011-security-defaults = Security defaults are enabled and require MFA for administrators.
evidence-cray-entra-011-fail = { $count ->
        [one] One administrator is
       *[other] { $count } administrators are
    } not reached by an enforced policy that requires MFA for all cloud apps.
evidence-cray-entra-011-unprotected = Holds { $roles }; no enforced policy that requires MFA reaches every sign-in of this account.

## CRAY-ENTRA-012

evidence-cray-entra-012-fail = { $count ->
        [one] One administrator is
       *[other] { $count } administrators are
    } not required to use phishing-resistant MFA.
evidence-cray-entra-012-only-mfa = A policy requires MFA, but its methods can be phished (codes, push, phone).
evidence-cray-entra-012-unprotected = No enforced policy that requires MFA reaches every sign-in of this account.

## CRAY-ENTRA-013

evidence-cray-entra-013-fail = No enforced policy for all users and all cloud apps requires MFA or blocks at high sign-in risk. Listed: policies that come close ({ $count }).

## CRAY-ENTRA-014

evidence-cray-entra-014-fail = No enforced policy for all users and all cloud apps blocks high-risk users or makes them change their password after MFA. Listed: policies that come close ({ $count }).
evidence-cray-entra-014-weak-grant = Its grant neither blocks nor requires MFA and a password change together.

## CRAY-ENTRA-015

evidence-cray-entra-015-fail = No enforced policy for all users and all cloud apps blocks device code flow. Listed: policies that come close ({ $count }).

## CRAY-ENTRA-016

evidence-cray-entra-016-fail = No enforced policy for all users and all cloud apps blocks authentication transfer. Listed: policies that come close ({ $count }).

## CRAY-ENTRA-017

evidence-cray-entra-017-none = No emergency access account was found: no enabled, cloud-only member account is named "break glass" or "emergency access".
evidence-cray-entra-017-pass = { $count ->
        [one] One emergency access account is
       *[other] { $count } emergency access accounts are
    } excluded from every blocking policy.
evidence-cray-entra-017-fail = { $count ->
        [one] One emergency access account is
       *[other] { $count } emergency access accounts are
    } not excluded from every blocking policy.
evidence-cray-entra-017-not-excluded = Not excluded from these blocking policies: { $policies }.
evidence-cray-entra-017-membership-unknown = Not excluded by id from these blocking policies, and the members of their excluded groups were not collected: { $policies }.

## CRAY-ENTRA-018

evidence-cray-entra-018-fail = { $count ->
        [one] One policy excludes
       *[other] { $count } policies exclude
    } objects that no longer exist.
evidence-cray-entra-018-deleted = Excludes ids that are neither a user nor a group of the directory: { $ids }.

## CRAY-ENTRA-019

evidence-cray-entra-019-fail = { $count ->
        [one] One excluded group is
       *[other] { $count } excluded groups are
    } not role-assignable.
evidence-cray-entra-019-plain-group = Not role-assignable, and excluded from: { $policies }.

## CRAY-ENTRA-020

evidence-cray-entra-020-fail = { $count ->
        [one] One report-only policy is
       *[other] { $count } report-only policies are
    } the only policy for all users with this control.
evidence-cray-entra-020-only-report = { $control ->
        [block] It would block access, but no enforced policy for all users blocks.
       *[mfa] It would require MFA, but no enforced policy for all users requires it.
    }

## CRAY-ENTRA-021

evidence-cray-entra-021-fail = { $count ->
        [one] One administrator is
       *[other] { $count } administrators are
    } synchronised from on-premises.
evidence-cray-entra-021-synchronised = Synchronised from on-premises Active Directory and holds { $roles }.

## CRAY-ENTRA-022

evidence-cray-entra-022-fail = { $count ->
        [one] One principal holds
       *[other] { $count } principals hold
    } a privileged role permanently.
evidence-cray-entra-022-permanent = Permanent active assignment of { $roles }.
evidence-cray-entra-022-maybe-activation = Active assignment of { $roles }; role assignment schedule instances were not collected, so a time-bound PIM activation cannot be told apart.

## CRAY-ENTRA-023

evidence-cray-entra-023-fail = { $count ->
        [one] One service principal holds
       *[other] { $count } service principals hold
    } a privileged role.
evidence-cray-entra-023-holder = Holds { $roles }.

## CRAY-ENTRA-024

evidence-cray-entra-024-fail = { $count ->
        [one] One guest holds
       *[other] { $count } guests hold
    } a directory role.
evidence-cray-entra-024-guest = Guest or external account holding { $roles }.

## CRAY-ENTRA-025

evidence-cray-entra-025-fail = { $count ->
        [one] One administrator has
       *[other] { $count } administrators have
    } sessions without limits.
evidence-cray-entra-025-no-frequency = No enforced policy that reaches the account sets a sign-in frequency.
evidence-cray-entra-025-persistent = No enforced policy that reaches the account sets the browser session to never persistent.
