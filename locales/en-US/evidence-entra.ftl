# Evidence texts for the entra checks CRAY-ENTRA-030 onwards.

## CRAY-ENTRA-030

evidence-cray-entra-030-gaps = The admin consent workflow of { $policy } is not usable:
evidence-cray-entra-030-off = The workflow is off (isEnabled is not true).
evidence-cray-entra-030-no-reviewers = No reviewer is named.

## CRAY-ENTRA-031

evidence-cray-entra-031-allowed = { $policy } lets users consent to risky apps (allowUserConsentForRiskyApps is true).
evidence-cray-entra-031-not-reported = { $policy } does not report allowUserConsentForRiskyApps, so the setting is unknown.
evidence-cray-entra-031-default = allowUserConsentForRiskyApps is null: Microsoft's default applies, which sends risky consent requests to an administrator.

## CRAY-ENTRA-032

evidence-cray-entra-032-policy = { $policy } lets ordinary users create tenants.
evidence-cray-entra-032-allowed = defaultUserRolePermissions.allowedToCreateTenants is { $value }.

## CRAY-ENTRA-033

evidence-cray-entra-033-policy = { $policy } lets ordinary users create security groups.
evidence-cray-entra-033-allowed = defaultUserRolePermissions.allowedToCreateSecurityGroups is { $value }.

## CRAY-ENTRA-034

evidence-cray-entra-034-policy = { $policy } lets users read the BitLocker keys of their own devices.
evidence-cray-entra-034-allowed = defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice is { $value }.

## CRAY-ENTRA-035

evidence-cray-entra-035-enabled = The { $method } method is enabled for: { $targets }.
evidence-cray-entra-035-targets = Enabled for: { $targets }.

## CRAY-ENTRA-036

evidence-cray-entra-036-enabled = The { $method } one-time passcode method is enabled for: { $targets }.
evidence-cray-entra-036-targets = Enabled for: { $targets }.

## CRAY-ENTRA-037

evidence-cray-entra-037-missing = Microsoft Authenticator does not show this context to all users: { $settings }.
evidence-cray-entra-037-state = The setting's state is { $state }, not enabled.
evidence-cray-entra-037-not-all-users = The setting is enabled only for { $target }, not for all users.

## CRAY-ENTRA-038

evidence-cray-entra-038-off = { $policy } does not let users register passkeys.
evidence-cray-entra-038-absent = The policy has no Fido2 configuration.
evidence-cray-entra-038-no-targets = The Fido2 method is enabled but has no include target.
evidence-cray-entra-038-state = The Fido2 method's state is { $state }.

## CRAY-ENTRA-039

evidence-cray-entra-039-off = The registration campaign of { $policy } does not run.
evidence-cray-entra-039-no-targets = The campaign is enabled but has no include target.
evidence-cray-entra-039-state = The campaign's state is { $state }.
evidence-cray-entra-039-microsoft-managed = The campaign is Microsoft-managed (default): it asks users of SMS or voice to set up Microsoft Authenticator.

## CRAY-ENTRA-040

evidence-cray-entra-040-incomplete = The migration of { $policy } is not complete.
evidence-cray-entra-040-state = policyMigrationState is { $state }.

## CRAY-ENTRA-041

evidence-cray-entra-041-expiring = Passwords expire on these verified domains: { $domains }.
evidence-cray-entra-041-days = Passwords expire after { $days } days.
evidence-cray-entra-041-unknown = The domain reports no password validity period.

## CRAY-ENTRA-042

evidence-cray-entra-042-weak = Smart lockout in { $setting } is weaker than recommended:
evidence-cray-entra-042-threshold = LockoutThreshold is { $value }; use 1 to 10.
evidence-cray-entra-042-duration = LockoutDurationInSeconds is { $value }; use 60 or more.
evidence-cray-entra-042-defaults = No Password Rule Settings exist, so Entra's defaults apply: 10 attempts and 60 seconds.

## CRAY-ENTRA-043

evidence-cray-entra-043-no-setting = No { $setting } exist, so no custom banned password list is enforced.
evidence-cray-entra-043-not-enforced = { $setting } do not enforce a custom banned password list:
evidence-cray-entra-043-check-off = EnableBannedPasswordCheck is "{ $value }", not True.
evidence-cray-entra-043-empty-list = BannedPasswordList is empty.
evidence-cray-entra-043-count = The custom banned password list holds { $count } entries.

## CRAY-ENTRA-044

evidence-cray-entra-044-open = { $setting } lets every user create Microsoft 365 groups.
evidence-cray-entra-044-no-setting = The Group.Unified setting does not exist, so Entra's default (everyone may create groups) applies.
evidence-cray-entra-044-enabled = EnableGroupCreation is "{ $value }", not false.
evidence-cray-entra-044-allowed-group = Members of group { $group } may still create Microsoft 365 groups.

## CRAY-ENTRA-045

evidence-cray-entra-045-holders = Service principals with tenant-takeover application permissions: { $names }.
evidence-cray-entra-045-roles = Holds { $roles }.

## CRAY-ENTRA-046

evidence-cray-entra-046-apps = App registrations with client secrets: { $names }.
evidence-cray-entra-046-secrets = Has { $count } client secret(s).

## CRAY-ENTRA-047

evidence-cray-entra-047-apps = App registrations with expired or expiring credentials: { $names }.
evidence-cray-entra-047-expired = Credential { $credential } expired on { $date }.
evidence-cray-entra-047-expiring = Credential { $credential } expires on { $date }.
evidence-cray-entra-047-unreadable = Credential { $credential } has no readable end date.

## CRAY-ENTRA-048

evidence-cray-entra-048-apps = App registrations with credentials valid for more than a year: { $names }.
evidence-cray-entra-048-long = Credential { $credential } is valid for { $days } days.
evidence-cray-entra-048-unreadable = Credential { $credential } has no readable start or end date.

## CRAY-ENTRA-049

evidence-cray-entra-049-apps = App registrations without an owner from the organization: { $names }.
evidence-cray-entra-049-no-owner = The app has no owner.
evidence-cray-entra-049-guest-owners = Guest owners: { $names }.

## CRAY-ENTRA-050

evidence-cray-entra-050-clients = Apps with tenant-wide consent to high-privilege delegated permissions: { $names }.
evidence-cray-entra-050-scopes = Granted for all users: { $scopes }.

## CRAY-ENTRA-051

evidence-cray-entra-051-holders = Apps of other organizations with sensitive application permissions: { $names }.
evidence-cray-entra-051-roles = Owned by tenant { $owner }; holds { $roles }.

## CRAY-ENTRA-052

evidence-cray-entra-052-apps = Apps of other organizations from unverified publishers hold permissions: { $names }.
evidence-cray-entra-052-unverified = Owned by tenant { $owner }; the publisher is not verified.

## CRAY-ENTRA-053

evidence-cray-entra-053-apps = App registrations that accept sign-ins from outside the organization: { $names }.
evidence-cray-entra-053-audience = signInAudience is { $audience }.

## CRAY-ENTRA-054

evidence-cray-entra-054-roles = Activation without MFA or justification: { $roles }.
evidence-cray-entra-054-no-policy = No PIM settings were found for the role.
evidence-cray-entra-054-no-mfa = Activation does not require MFA or an authentication context.
evidence-cray-entra-054-no-justification = Activation does not require a justification.

## CRAY-ENTRA-055

evidence-cray-entra-055-roles = Activation without approval: { $roles }.
evidence-cray-entra-055-no-policy = No PIM settings were found for the role.
evidence-cray-entra-055-no-approval = Activation does not require approval.
evidence-cray-entra-055-no-approvers = Approval is required, but no approver is named.

## CRAY-ENTRA-056

evidence-cray-entra-056-roles = Activation may last more than eight hours: { $roles }.
evidence-cray-entra-056-no-policy = No PIM settings were found for the role.
evidence-cray-entra-056-unreadable = The maximum activation duration "{ $duration }" cannot be read.
evidence-cray-entra-056-too-long = The maximum activation duration is { $duration }.

## CRAY-ENTRA-057

evidence-cray-entra-057-roles = Activation notifies no administrator: { $roles }.
evidence-cray-entra-057-no-policy = No PIM settings were found for the role.
evidence-cray-entra-057-nobody = The admin notification for activations has no recipient.

## CRAY-ENTRA-058

evidence-cray-entra-058-members = { $count } member user(s) have no registered MFA method: { $names }.
evidence-cray-entra-058-unregistered = { $upn } has not registered an MFA method.
evidence-cray-entra-058-more = { $count } more are not named here.
evidence-cray-entra-058-disabled-unknown = The user list was not available, so disabled accounts may be among them.

## CRAY-ENTRA-059

evidence-cray-entra-059-admins = Administrators without a registered MFA method: { $names }.
evidence-cray-entra-059-unregistered = { $upn } is an administrator without a registered MFA method.

## CRAY-ENTRA-060

evidence-cray-entra-060-users = System-preferred MFA does not apply to { $count } user(s): { $names }.
evidence-cray-entra-060-off = System-preferred MFA is off for this user.
evidence-cray-entra-060-unknown = The report does not show whether system-preferred MFA applies.
evidence-cray-entra-060-more = { $count } more are not named here.

## CRAY-ENTRA-061

evidence-cray-entra-061-trusted = The default cross-tenant access settings trust device claims from every tenant: { $claims }.
evidence-cray-entra-061-reason = Inbound trust accepts { $claims }.

## CRAY-ENTRA-062

evidence-cray-entra-062-open = The { $policy } cross-tenant access settings are open:
evidence-cray-entra-062-direct-connect = { $direction } access is { $access }, not blocked.
evidence-cray-entra-062-redemption = Automatic redemption is allowed ({ $setting }).

## CRAY-ENTRA-063

evidence-cray-entra-063-partners = Partner tenants with device trust or automatic redemption: { $tenants }.
evidence-cray-entra-063-device-trust = Inbound trust accepts { $claim }.
evidence-cray-entra-063-redemption = Inbound invitations are redeemed automatically.

## CRAY-ENTRA-064

evidence-cray-entra-064-reviews = Recurring guest reviews: { $names }.
evidence-cray-entra-064-none = None of the { $count } access review definitions is a recurring, unfinished review of guest users.

## CRAY-ENTRA-065

evidence-cray-entra-065-roles = Roles without a recurring access review: { $roles }.
evidence-cray-entra-065-unreviewed = No recurring, unfinished access review names this role.

## CRAY-ENTRA-066

evidence-cray-entra-066-policies = Terms of use are required for guests by: { $names }.
evidence-cray-entra-066-none = No enabled Conditional Access policy requires terms of use for guests ({ $count } agreements exist).

## CRAY-ENTRA-067

evidence-cray-entra-067-no-mfa = { $policy } lets users join or register devices without MFA.
evidence-cray-entra-067-setting = multiFactorAuthConfiguration is { $value }, and no enabled Conditional Access policy for all users requires MFA to register or join devices.
evidence-cray-entra-067-ca-unknown = The Conditional Access policies were not available, so a policy on the user action was not checked.
evidence-cray-entra-067-ca = MFA for registering or joining devices is required by: { $names }.

## CRAY-ENTRA-068

evidence-cray-entra-068-open = { $policy } leaves Microsoft Entra join open:
evidence-cray-entra-068-anyone-joins = Every user may join devices (allowedToJoin is { $kind }).
evidence-cray-entra-068-local-admin = The joining user becomes local administrator (registeringUsers is { $kind }).
evidence-cray-entra-068-no-laps = Windows LAPS is off (localAdminPassword.isEnabled is not true).

## CRAY-ENTRA-069

evidence-cray-entra-069-no-hash-sync = { $tenant } synchronises from Active Directory without password hash synchronization.
evidence-cray-entra-069-off = features.passwordSyncEnabled is { $value }.
evidence-cray-entra-069-no-settings = The on-premises synchronization settings are empty, so password hash synchronization cannot be confirmed.
evidence-cray-entra-069-cloud-only = The tenant does not synchronise from Active Directory.
