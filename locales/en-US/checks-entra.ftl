# Check texts for the entra checks CRAY-ENTRA-030 onwards.

## CRAY-ENTRA-030

check-cray-entra-030-title = The admin consent workflow is on
check-cray-entra-030-description =
    Reads the admin consent request policy. It passes when the workflow is enabled and names
    at least one reviewer (a user, group or role) who decides the requests.
check-cray-entra-030-risk =
    Without the workflow, users who meet a consent prompt they may not accept have no
    sanctioned way to ask for the app. They look for workarounds, or administrators grant
    consent in a hurry without a review of the permissions the app asks for.
check-cray-entra-030-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications,
       Consent and permissions, Admin consent settings.
    2. Set Users can request admin consent to apps they are unable to consent to to Yes.
    3. Select the reviewers (users, groups or roles such as Cloud Application Administrator)
       and turn on email notifications and reminders; save.
    PowerShell: Update-MgPolicyAdminConsentRequestPolicy -IsEnabled:$true -Reviewers with a
    reviewer query such as /users/<id>. Graph: PUT
    /policies/adminConsentRequestPolicy with isEnabled true and the reviewers.

## CRAY-ENTRA-031

check-cray-entra-031-title = Users cannot consent to risky apps
check-cray-entra-031-description =
    Reads allowUserConsentForRiskyApps in the authorization policy. True fails: users may then
    consent to apps that Entra marks as risky, where it would otherwise send the request to an
    administrator. False passes; null is Microsoft's default (risky requests go to an
    administrator) and passes with a note. A policy that does not report the setting fails.
check-cray-entra-031-risk =
    Risk-based step-up catches consent requests that look like consent phishing, such as new
    multi-tenant apps from unverified publishers. When users may override it, one click gives
    a malicious app lasting access to mail and files.
check-cray-entra-031-remediation =
    1. Confirm that no business process relies on users consenting to risky apps; the admin
       consent workflow takes those requests.
    2. Microsoft Graph PowerShell: Update-MgPolicyAuthorizationPolicy
       -AllowUserConsentForRiskyApps:$false.
    3. Graph: PATCH /policies/authorizationPolicy with allowUserConsentForRiskyApps set to
       false.
    The setting has no page in the Entra admin center; it is changed through Graph only.

## CRAY-ENTRA-032

check-cray-entra-032-title = Users cannot create tenants
check-cray-entra-032-description =
    Reads allowedToCreateTenants in the default user role permissions of the authorization
    policy. Only false passes; true, null or a missing value lets every user create new
    Microsoft Entra tenants.
check-cray-entra-032-risk =
    A tenant a user creates is outside the organization's control, yet the user is its Global
    Administrator. Data copied there escapes the organization's policies, and the new tenant
    can look like an official one to partners.
check-cray-entra-032-remediation =
    1. Microsoft Entra admin center: Identity, Users, User settings.
    2. Set Restrict non-admin users from creating tenants to Yes and save.
    3. Give the Tenant Creator role to the few people who do create tenants.
    PowerShell: Update-MgPolicyAuthorizationPolicy with
    DefaultUserRolePermissions.AllowedToCreateTenants set to false. Graph: PATCH
    /policies/authorizationPolicy with defaultUserRolePermissions.allowedToCreateTenants
    set to false.

## CRAY-ENTRA-033

check-cray-entra-033-title = Users cannot create security groups
check-cray-entra-033-description =
    Reads allowedToCreateSecurityGroups in the default user role permissions of the
    authorization policy. Only false passes; true, null or a missing value lets every user
    create security groups in the Azure portal, the admin centers and through Graph.
check-cray-entra-033-risk =
    Security groups grant access to apps, files and Conditional Access exclusions. Groups that
    anyone creates and owns grow without review, and their owners decide who joins them.
check-cray-entra-033-remediation =
    1. Microsoft Entra admin center: Identity, Groups, All groups, General (Settings).
    2. Set Users can create security groups in Azure portals, API or PowerShell to No and
       save.
    3. Let group administrators, or a request process, create the groups people need.
    PowerShell: Update-MgPolicyAuthorizationPolicy with
    DefaultUserRolePermissions.AllowedToCreateSecurityGroups set to false. Graph: PATCH
    /policies/authorizationPolicy with defaultUserRolePermissions.allowedToCreateSecurityGroups
    set to false.

## CRAY-ENTRA-034

check-cray-entra-034-title = Users cannot read the BitLocker keys of their devices
check-cray-entra-034-description =
    Reads allowedToReadBitlockerKeysForOwnedDevice in the default user role permissions of
    the authorization policy. Only false passes; true, null or a missing value lets users
    read the BitLocker recovery keys of devices they own themselves.
check-cray-entra-034-risk =
    Whoever controls a user's account can read the recovery key and unlock the disk of a lost
    or stolen laptop. A user can also unlock the disk to get around device controls.
check-cray-entra-034-remediation =
    1. Microsoft Entra admin center: Identity, Devices, All devices, Device settings.
    2. Set Restrict users from recovering the BitLocker key(s) for their owned devices to Yes
       and save.
    3. Let the helpdesk recover keys for users (Cloud Device Administrator or Helpdesk
       Administrator).
    PowerShell: Update-MgPolicyAuthorizationPolicy with
    DefaultUserRolePermissions.AllowedToReadBitlockerKeysForOwnedDevice set to false. Graph:
    PATCH /policies/authorizationPolicy with the same property.

## CRAY-ENTRA-035

check-cray-entra-035-title = Voice call is not an authentication method
check-cray-entra-035-description =
    Reads the Voice configuration of the authentication methods policy. The check fails while
    voice calls are enabled for any user or group and names the targets.
check-cray-entra-035-risk =
    A phone call can be redirected through SIM swapping, number porting or call forwarding,
    and users approve calls they did not expect. Voice is one of the weakest second factors.
check-cray-entra-035-remediation =
    1. Make sure users have a stronger method registered first: Protection, Authentication
       methods, User registration details.
    2. Microsoft Entra admin center: Protection, Authentication methods, Policies, Voice call.
    3. Turn Enable off, or limit the target to a group that still needs it, and save.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Voice with state disabled. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Voice with
    state set to disabled (and the @odata.type of the voice configuration).

## CRAY-ENTRA-036

check-cray-entra-036-title = Email one-time passcodes are off for members
check-cray-entra-036-description =
    Reads the Email configuration of the authentication methods policy. The check fails
    while email one-time passcodes are enabled for any user or group of the tenant and names
    the targets. An enabled method without include targets serves only guests signing in
    with B2B collaboration and passes.
check-cray-entra-036-risk =
    An email code proves only access to a mailbox. For members the mailbox often sits behind
    the same account, so the code adds no independent factor; a mailbox taken over elsewhere
    also passes it.
check-cray-entra-036-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Policies, Email OTP.
    2. Remove the user and group targets (or turn Enable off if guests do not need email
       one-time passcodes) and save.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Email with empty includeTargets. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Email with
    includeTargets set to an empty list.

## CRAY-ENTRA-037

check-cray-entra-037-title = Microsoft Authenticator shows the app and the location
check-cray-entra-037-description =
    Reads the feature settings of the Microsoft Authenticator configuration. Showing the
    application name and the geographic location must both be "enabled" and include all
    users. "default" (Microsoft-managed) fails, because Microsoft may change its meaning. A
    disabled Authenticator sends no notifications, so the check then passes. Number matching
    is always on and not checked.
check-cray-entra-037-risk =
    Without context a user cannot tell a real push notification from one an attacker
    triggered with a stolen password. MFA fatigue attacks send notifications until someone
    approves one.
check-cray-entra-037-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Policies, Microsoft
       Authenticator, Configure.
    2. Show application name in push and passwordless notifications: Status Enabled, Target
       All users.
    3. Show geographic location in push and passwordless notifications: Status Enabled,
       Target All users; save.
    Graph: PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/
    MicrosoftAuthenticator with featureSettings.displayAppInformationRequiredState and
    displayLocationInformationRequiredState set to state enabled and includeTarget all_users.

## CRAY-ENTRA-038

check-cray-entra-038-title = Passkeys (FIDO2) are enabled
check-cray-entra-038-description =
    Reads the Passkey (FIDO2) configuration of the authentication methods policy. It passes
    when the method is enabled for at least one user or group. A disabled method, one without
    targets, or a policy without the configuration fails.
check-cray-entra-038-risk =
    Without passkeys users cannot register a phishing-resistant method. Every other method
    they have can be relayed by a phishing proxy, and Conditional Access cannot require
    phishing-resistant strength for administrators.
check-cray-entra-038-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Policies, Passkey
       (FIDO2).
    2. Turn Enable on and target All users (or at least the administrators); allow
       self-service setup.
    3. On Configure, enforce attestation and, if needed, restrict the allowed key models
       (AAGUIDs); save.
    Graph: PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/
    Fido2 with state enabled and includeTargets naming all_users or a group.

## CRAY-ENTRA-039

check-cray-entra-039-title = The registration campaign promotes Microsoft Authenticator
check-cray-entra-039-description =
    Reads the registration campaign of the authentication methods policy. "enabled" with at
    least one target passes; "default" (Microsoft-managed, which asks users of SMS or voice
    to set up Authenticator) passes with a note. "disabled", a missing campaign and enabled
    without targets fail.
check-cray-entra-039-risk =
    Users who registered only SMS or voice keep using these weak methods unless something
    asks them to move. Without the campaign the move depends on each user acting alone.
check-cray-entra-039-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Registration
       campaign, Edit.
    2. State: Enabled; include All users (exclude only the emergency access accounts); set
       the days allowed to snooze; save.
    Graph: PATCH /policies/authenticationMethodsPolicy with
    registrationEnforcement.authenticationMethodsRegistrationCampaign.state set to enabled and
    the include targets.

## CRAY-ENTRA-040

check-cray-entra-040-title = The authentication methods migration is complete
check-cray-entra-040-description =
    Reads policyMigrationState of the authentication methods policy. Only migrationComplete
    passes; preMigration, migrationInProgress and a missing value fail.
check-cray-entra-040-risk =
    Until the migration is complete, the legacy MFA and self-service password reset settings
    still enable methods alongside the policy. A method turned off in the policy can stay
    usable through the legacy settings, so the policy does not show what users can use.
check-cray-entra-040-remediation =
    1. Compare the legacy settings (per-user MFA service settings, Password reset,
       Authentication methods) with the authentication methods policy and move every method
       still needed into the policy.
    2. Microsoft Entra admin center: Protection, Authentication methods, Policies, Manage
       migration.
    3. Select Migration Complete and save.
    Graph: PATCH /policies/authenticationMethodsPolicy with policyMigrationState set to
    migrationComplete.

## CRAY-ENTRA-041

check-cray-entra-041-title = Passwords do not expire
check-cray-entra-041-description =
    Reads passwordValidityPeriodInDays of every verified domain. Only 2147483647, the value
    for "never expire", passes; a number of days or a missing value on a verified domain
    fails. Unverified domains are skipped.
check-cray-entra-041-risk =
    Forced regular changes lead users to predictable passwords (a season and a year, a
    counter at the end) and to writing them down. Current NIST and Microsoft guidance is to
    change a password only when there is a sign of compromise.
check-cray-entra-041-remediation =
    1. Make sure MFA is required for all users and banned passwords are enforced first.
    2. Microsoft 365 admin center: Settings, Org settings, Security & privacy, Password
       expiration policy.
    3. Select Set passwords to never expire and save.
    PowerShell: Update-MgDomain -DomainId <domain> -PasswordValidityPeriodInDays 2147483647
    for each listed domain. Graph: PATCH /domains/<domain> with
    passwordValidityPeriodInDays set to 2147483647.

## CRAY-ENTRA-042

check-cray-entra-042-title = Smart lockout stops password guessing
check-cray-entra-042-description =
    Reads LockoutThreshold and LockoutDurationInSeconds from the directory setting Password
    Rule Settings. A threshold of 1 to 10 failed sign-ins and a lockout of at least 60
    seconds pass. Without the setting Entra uses its defaults (10 and 60), which pass with a
    note; a value that is not a whole number fails.
check-cray-entra-042-risk =
    A high threshold or a short lockout lets an attacker try many passwords against each
    account before smart lockout slows them down, which makes password spraying and guessing
    more likely to succeed.
check-cray-entra-042-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Password protection.
    2. Set Lockout threshold to 10 or less and Lockout duration in seconds to 60 or more;
       save.
    3. In hybrid tenants, keep the on-premises Active Directory lockout threshold at least
       two to three times higher than the Entra threshold.
    Graph: PATCH /groupSettings/<id> of the Password Rule Settings with the values
    LockoutThreshold and LockoutDurationInSeconds.

## CRAY-ENTRA-043

check-cray-entra-043-title = A custom banned password list is enforced
check-cray-entra-043-description =
    Reads the directory setting Password Rule Settings. It passes when
    EnableBannedPasswordCheck is True and BannedPasswordList holds at least one word. A
    missing setting, a disabled check or an empty list fails.
check-cray-entra-043-risk =
    Attackers spray passwords built from the company's name, products and locations. The
    global banned list does not know these words, so users can still choose them.
check-cray-entra-043-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Password protection.
    2. Set Enforce custom list to Yes and add the company's names, brands, products, places
       and common local terms to Custom banned password list; save.
    3. In hybrid tenants, also deploy Password Protection for Windows Server Active
       Directory.
    Custom banned passwords need Entra ID P1. Graph: PATCH /groupSettings/<id> (or POST
    /groupSettings from the Password Rule Settings template) with EnableBannedPasswordCheck
    True and BannedPasswordList.

## CRAY-ENTRA-044

check-cray-entra-044-title = Microsoft 365 group creation is restricted
check-cray-entra-044-description =
    Reads EnableGroupCreation from the directory setting Group.Unified. "false" passes; the
    group in GroupCreationAllowedGroupId, if any, is named in a note, since its members can
    still create groups. A missing setting (Entra's default lets everyone create groups) or
    any other value fails.
check-cray-entra-044-risk =
    Every Microsoft 365 group brings a mailbox, a SharePoint site and often a team. When
    anyone can create them, groups with sensitive content, external members and no owner
    multiply without governance.
check-cray-entra-044-remediation =
    1. Create a security group for the people who may create Microsoft 365 groups.
    2. PowerShell (Microsoft Graph beta module): read the Group.Unified setting with
       Get-MgBetaDirectorySetting, or create it from its template with
       New-MgBetaDirectorySetting.
    3. Set EnableGroupCreation to false and GroupCreationAllowedGroupId to the id of the
       group; update the setting with Update-MgBetaDirectorySetting.
    Graph: PATCH /groupSettings/<id> (or POST /groupSettings with templateId
    62375ab9-6b52-47ed-826b-58e47e0e304b) with the two values. The Entra admin center
    (Groups, General) only controls creation in the Azure portal, not in Outlook or Teams.

## CRAY-ENTRA-045

check-cray-entra-045-title = No app holds tenant-takeover permissions
check-cray-entra-045-description =
    Lists every service principal that holds an application permission which lets it make
    itself or anyone an administrator or take over sign-in: RoleManagement.ReadWrite.Directory,
    AppRoleAssignment.ReadWrite.All, Directory.ReadWrite.All, Application.ReadWrite.All,
    UserAuthenticationMethod.ReadWrite.All, Policy.ReadWrite.PermissionGrant,
    PrivilegedAccess.ReadWrite.AzureADGroup and Domain.ReadWrite.All. Permissions are named
    from the app roles of the resource, or from the known Microsoft Graph role ids.
check-cray-entra-045-risk =
    Application permissions work without a signed-in user, MFA or Conditional Access for
    users. Whoever obtains the app's secret or certificate can grant themselves Global
    Administrator or add credentials to any app, and keeps that access after password resets.
check-cray-entra-045-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications, open
       each listed app, Permissions.
    2. Confirm with the app's owner which permissions it needs; replace the listed ones with
       narrower permissions (for example a read permission, or Application.ReadWrite.OwnedBy).
    3. Review admin consent to remove the permission, and rotate the app's credentials if it
       may have been exposed.
    PowerShell: Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id> lists the
    permissions; Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id>
    -AppRoleAssignmentId <assignment id> removes one. Graph: DELETE
    /servicePrincipals/<id>/appRoleAssignments/<assignment id>.

## CRAY-ENTRA-046

check-cray-entra-046-title = App registrations use certificates, not client secrets
check-cray-entra-046-description =
    Lists every app registration with at least one client secret (password credential),
    with the number of its secrets. Expired secrets count too.
check-cray-entra-046-risk =
    A client secret is a password: it is copied into scripts, configuration files and
    tickets, and anyone who reads it can sign in as the app. A certificate's private key can
    stay in a key store and is harder to leak.
check-cray-entra-046-remediation =
    1. Microsoft Entra admin center: Identity, Applications, App registrations, open each
       listed app, Certificates & secrets.
    2. Upload a certificate (or add a federated credential or use a managed identity) and
       switch the app's code or configuration to it.
    3. Delete the client secrets once nothing uses them.
    PowerShell: Update-MgApplication -ApplicationId <id> -KeyCredentials for the
    certificate; Remove-MgApplicationPassword -ApplicationId <id> -KeyId <secret key id>
    for each secret. Graph: POST /applications/<id>/removePassword.

## CRAY-ENTRA-047

check-cray-entra-047-title = No app credential has expired or expires within 30 days
check-cray-entra-047-description =
    Reads the end date of every client secret and certificate of every app registration.
    A credential that has expired, expires within 30 days, or has no readable end date
    is listed with its app.
check-cray-entra-047-risk =
    Expired credentials clutter the registrations and hide which ones are in use. Credentials
    about to expire break the app unless someone renews them, and hasty renewals tend to
    produce long-lived secrets.
check-cray-entra-047-remediation =
    1. Microsoft Entra admin center: Identity, Applications, App registrations, open each
       listed app, Certificates & secrets.
    2. For credentials about to expire: add a new certificate, switch the app to it, then
       remove the old credential.
    3. Delete expired credentials.
    PowerShell: Remove-MgApplicationPassword or Update-MgApplication -KeyCredentials for
    each app. Graph: POST /applications/<id>/removePassword or /removeKey.

## CRAY-ENTRA-048

check-cray-entra-048-title = App credentials are valid for at most a year
check-cray-entra-048-description =
    Reads the start and end dates of every client secret and certificate of every app
    registration. A credential valid for more than 366 days, or without readable dates, is
    listed with its app.
check-cray-entra-048-risk =
    A long-lived credential that leaks stays usable for years. Short lifetimes limit how
    long a stolen secret or key works and force regular rotation.
check-cray-entra-048-remediation =
    1. Microsoft Entra admin center: Identity, Applications, App registrations, open each
       listed app, Certificates & secrets.
    2. Add a credential valid for twelve months or less, switch the app to it, and delete
       the long-lived one.
    3. With Workload ID Premium, set an app management policy that limits credential
       lifetimes for all apps.
    PowerShell: Add-MgApplicationPassword with an EndDateTime at most a year away, then
    Remove-MgApplicationPassword for the old secret. Graph: POST
    /applications/<id>/addPassword and /removePassword.

## CRAY-ENTRA-049

check-cray-entra-049-title = Every app registration has an owner from the organization
check-cray-entra-049-description =
    Reads the owners of every app registration. An app without an owner is listed, and so is
    an app with a guest owner (userType Guest or an external sign-in name).
check-cray-entra-049-risk =
    An app without an owner has nobody who answers for its permissions and credentials. A
    guest owner can add credentials to the app and use its permissions from outside the
    organization.
check-cray-entra-049-remediation =
    1. Microsoft Entra admin center: Identity, Applications, App registrations, open each
       listed app, Owners.
    2. Add at least one member account that is responsible for the app (better two), and
       remove guest owners.
    PowerShell: New-MgApplicationOwnerByRef -ApplicationId <id> -OdataId
    https://graph.microsoft.com/v1.0/directoryObjects/<user id>; Remove-MgApplicationOwnerByRef
    for a guest. Graph: POST /applications/<id>/owners/$ref.

## CRAY-ENTRA-050

check-cray-entra-050-title = No tenant-wide consent to high-privilege delegated permissions
check-cray-entra-050-description =
    Reads the delegated permission grants. An app is listed when a grant for all users
    (consentType AllPrincipals) includes a high-privilege scope such as
    Directory.ReadWrite.All, Directory.AccessAsUser.All, RoleManagement.ReadWrite.Directory,
    Application.ReadWrite.All, Mail.ReadWrite, Mail.Send, Files.ReadWrite.All,
    Sites.FullControl.All or full_access_as_user.
check-cray-entra-050-risk =
    With a tenant-wide grant the app acts with these permissions for every user who signs in
    to it, without asking them. For an administrator, Directory.AccessAsUser.All gives the app
    the administrator's full rights.
check-cray-entra-050-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications, open
       each listed app, Permissions, Admin consent.
    2. Confirm with the app's owner which permissions it needs; revoke the others (Review
       permissions) or remove the grant.
    PowerShell: Get-MgOauth2PermissionGrant -Filter "clientId eq '<id>'" lists the grants;
    Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId <id> -Scope "<remaining scopes>"
    narrows one, Remove-MgOauth2PermissionGrant removes it. Graph: PATCH or DELETE
    /oauth2PermissionGrants/<id>.

## CRAY-ENTRA-051

check-cray-entra-051-title = Apps of other organizations hold no sensitive permissions
check-cray-entra-051-description =
    Lists the service principals of apps owned by another organization (neither this tenant
    nor Microsoft) that hold a sensitive application permission: any .ReadWrite.All
    permission, tenant-control permissions, or reading all mail, files, sites, chats or
    calendars. Service principals without an owning organization, such as managed
    identities, are not counted as foreign.
check-cray-entra-051-risk =
    A vendor's app with these permissions reads or changes the tenant's data without a
    signed-in user. If the vendor is breached, its credentials open every customer tenant
    that granted them.
check-cray-entra-051-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications,
       Application type: All applications; open each listed app, Permissions.
    2. Ask the vendor which permissions the product needs and whether narrower ones (for
       example access limited to selected mailboxes or sites) work.
    3. Remove the permissions that are not needed, or the app itself if nobody uses it.
    PowerShell: Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id>
    -AppRoleAssignmentId <assignment id>. Graph: DELETE
    /servicePrincipals/<id>/appRoleAssignments/<assignment id>.

## CRAY-ENTRA-052

check-cray-entra-052-title = Apps of other organizations come from verified publishers
check-cray-entra-052-description =
    Lists enabled service principals of apps owned by another organization (neither this
    tenant nor Microsoft) that hold at least one application permission or delegated grant
    and whose publisher is not verified (no verifiedPublisherId).
check-cray-entra-052-risk =
    A verified publisher has proven its identity to Microsoft through a Microsoft partner
    account. Attackers publish consent-phishing apps under convincing names without that
    proof; unverified apps with permissions deserve a closer look.
check-cray-entra-052-remediation =
    1. Microsoft Entra admin center: Identity, Applications, Enterprise applications; open
       each listed app and check its publisher, users, sign-ins and permissions.
    2. Remove apps nobody needs (Properties, Delete) or disable their sign-in (Enabled for
       users to sign in: No).
    3. Allow user consent only for apps from verified publishers (Consent and permissions,
       User consent settings).
    PowerShell: Update-MgServicePrincipal -ServicePrincipalId <id> -AccountEnabled:$false, or
    Remove-MgServicePrincipal. Graph: PATCH /servicePrincipals/<id> with accountEnabled set to
    false.

## CRAY-ENTRA-053

check-cray-entra-053-title = App registrations are single-tenant
check-cray-entra-053-description =
    Lists every app registration of the tenant whose signInAudience is not AzureADMyOrg,
    that is, which accepts sign-ins from other organizations or personal Microsoft accounts,
    so you can confirm that it has to. A missing value is listed as unknown.
check-cray-entra-053-risk =
    A multi-tenant app can be consented to in any tenant. If its credentials or redirect URIs
    are weak, attackers can use it against other organizations or misuse its name and
    consent screen for phishing.
check-cray-entra-053-remediation =
    1. Microsoft Entra admin center: Identity, Applications, App registrations, open each
       listed app, Authentication.
    2. Under Supported account types select Accounts in this organizational directory only,
       unless the app serves other organizations; save.
    PowerShell: Update-MgApplication -ApplicationId <id> -SignInAudience AzureADMyOrg.
    Graph: PATCH /applications/<id> with signInAudience set to AzureADMyOrg.

## CRAY-ENTRA-054

check-cray-entra-054-title = Activating the top admin roles requires MFA and a justification
check-cray-entra-054-description =
    Reads the Privileged Identity Management settings of Global Administrator and Privileged
    Role Administrator. Activation must require multifactor authentication (or a
    Conditional Access authentication context) and a justification. A role without PIM
    settings in the data fails.
check-cray-entra-054-risk =
    Without MFA on activation, a stolen session of an eligible user is enough to become
    Global Administrator. Without a justification nobody can tell later why the role was
    used.
check-cray-entra-054-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Settings.
    2. Open Global Administrator, Edit; under Activation select On activation, require Azure
       MFA (or a Microsoft Entra Conditional Access authentication context) and Require
       justification on activation; update.
    3. Repeat for Privileged Role Administrator.
    PIM needs Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<policy id>/rules/
    Enablement_EndUser_Assignment with enabledRules MultiFactorAuthentication and
    Justification (Update-MgPolicyRoleManagementPolicyRule in PowerShell).

## CRAY-ENTRA-055

check-cray-entra-055-title = Activating the top admin roles needs approval
check-cray-entra-055-description =
    Reads the Privileged Identity Management settings of Global Administrator and Privileged
    Role Administrator. Activation must require approval, and at least one approver must be
    named. A role without PIM settings in the data fails.
check-cray-entra-055-risk =
    Without approval, anyone who takes over an eligible account activates the role alone.
    A second person who must approve stops such an activation or at least notices it.
check-cray-entra-055-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Settings.
    2. Open Global Administrator, Edit; select Require approval to activate and add
       approvers (users or groups other than the eligible people); update.
    3. Repeat for Privileged Role Administrator. Keep the emergency access accounts
       permanently active so an approval bottleneck cannot lock you out.
    PIM needs Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<policy id>/rules/
    Approval_EndUser_Assignment with setting.isApprovalRequired true and the approvers.

## CRAY-ENTRA-056

check-cray-entra-056-title = Activations of the top admin roles last at most eight hours
check-cray-entra-056-description =
    Reads the maximum activation duration in the Privileged Identity Management settings of
    Global Administrator and Privileged Role Administrator. Eight hours or less passes; a
    longer or unreadable duration, or a role without PIM settings in the data, fails.
check-cray-entra-056-risk =
    A long activation keeps the role active long after the task is done, so a stolen
    session or token carries full rights for longer.
check-cray-entra-056-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Settings.
    2. Open Global Administrator, Edit; set Activation maximum duration (hours) to 8 or
       less (one to four hours for most tasks); update.
    3. Repeat for Privileged Role Administrator.
    PIM needs Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<policy id>/rules/
    Expiration_EndUser_Assignment with maximumDuration set to, for example, PT4H.

## CRAY-ENTRA-057

check-cray-entra-057-title = Activations of the top admin roles notify administrators
check-cray-entra-057-description =
    Reads the notification settings for role activation in Privileged Identity Management
    for Global Administrator and Privileged Role Administrator. The admin notification must
    go to the default recipients or to named recipients. A role without PIM settings in the
    data fails.
check-cray-entra-057-risk =
    An activation nobody hears about goes unnoticed. A notification lets administrators
    spot an activation they did not expect while the attacker is still at work.
check-cray-entra-057-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Settings.
    2. Open Global Administrator, Edit, Notification; under Send notifications when eligible
       members activate this role, turn on Role activation alert with the default recipients
       or add a monitored mailbox; update.
    3. Repeat for Privileged Role Administrator.
    PIM needs Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<policy id>/rules/
    Notification_Admin_EndUser_Assignment with isDefaultRecipientsEnabled true or
    notificationRecipients.

## CRAY-ENTRA-058

check-cray-entra-058-title = Every member user has registered for MFA
check-cray-entra-058-description =
    Reads the authentication methods registration report. Every member user must have a
    registered multifactor method (isMfaRegistered). Guests register in their home tenant
    and are left out; disabled accounts are left out when the user list was collected. The
    report needs Entra ID P1 or P2.
check-cray-entra-058-risk =
    A user without a registered method cannot be asked for MFA. Where Conditional Access
    requires MFA, an attacker who knows the password may register the first method and so
    take the account over for good.
check-cray-entra-058-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, User registration
       details; filter Multifactor authentication capable: Not capable.
    2. Ask the listed users to register at https://aka.ms/mysecurityinfo, or issue a
       Temporary Access Pass to set up passkeys or Microsoft Authenticator.
    3. Protect registration with a Conditional Access policy for the user action Register
       security information (trusted location or compliant device), and turn on the
       registration campaign.
    PowerShell: Get-MgReportAuthenticationMethodUserRegistrationDetail -Filter
    "isMfaRegistered eq false" lists them. Graph: GET
    /reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false.

## CRAY-ENTRA-059

check-cray-entra-059-title = Every administrator has registered for MFA
check-cray-entra-059-description =
    Reads the authentication methods registration report. Every user it marks as an
    administrator (isAdmin) must have a registered multifactor method. Guests and disabled
    accounts count here. The report needs Entra ID P1 or P2.
check-cray-entra-059-risk =
    An administrator without MFA is one password away from losing the tenant. Attackers
    who guess or phish it may also register their own method and lock the owner out.
check-cray-entra-059-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, User registration
       details; filter User role: Privileged.
    2. Have each listed administrator register a phishing-resistant method (passkey or
       FIDO2 key), for example with a Temporary Access Pass issued after checking who they
       are.
    3. Remove administrator roles from accounts nobody uses.
    PowerShell: Get-MgReportAuthenticationMethodUserRegistrationDetail -Filter "isAdmin eq
    true and isMfaRegistered eq false". Graph: GET
    /reports/authenticationMethods/userRegistrationDetails with the same filter.

## CRAY-ENTRA-060

check-cray-entra-060-title = System-preferred MFA applies to every user
check-cray-entra-060-description =
    Reads isSystemPreferredAuthenticationMethodEnabled from the authentication methods
    registration report. Every user must show true; users with false are excluded or the
    feature is off, and a missing value counts as not shown. The report needs Entra ID P1
    or P2.
check-cray-entra-060-risk =
    Without system-preferred MFA, users are asked for the method they chose as default,
    often SMS or a phone call, even when they have registered a stronger one.
check-cray-entra-060-remediation =
    1. Microsoft Entra admin center: Protection, Authentication methods, Settings.
    2. System-preferred multifactor authentication: State Enabled, include All users, and
       exclude nobody (or only a group that needs time); save.
    Graph (beta): PATCH /beta/policies/authenticationMethodsPolicy with
    systemCredentialPreferences.state set to enabled and includeTargets all_users.

## CRAY-ENTRA-061

check-cray-entra-061-title = Cross-tenant defaults do not trust other tenants' devices
check-cray-entra-061-description =
    Reads the inbound trust of the default cross-tenant access settings, which apply to
    every organization without its own settings. Accepting compliant or hybrid joined
    device claims fails; trusting other tenants' MFA is not judged here.
check-cray-entra-061-risk =
    Device claims then come from any tenant in the world, including one an attacker set up.
    Conditional Access policies that require a compliant or hybrid joined device accept
    such claims from guests without the organization managing the device.
check-cray-entra-061-remediation =
    1. Microsoft Entra admin center: Identity, External Identities, Cross-tenant access
       settings, Default settings, Inbound access settings, Edit, Trust settings.
    2. Clear Trust compliant devices and Trust Microsoft Entra hybrid joined devices; save.
    3. Trust device claims only for named partners under Organizational settings.
    Graph: PATCH /policies/crossTenantAccessPolicy/default with
    inboundTrust.isCompliantDeviceAccepted and isHybridAzureADJoinedDeviceAccepted set to
    false (Update-MgPolicyCrossTenantAccessPolicyDefault in PowerShell).

## CRAY-ENTRA-062

check-cray-entra-062-title = Cross-tenant defaults keep direct connect and automatic redemption off
check-cray-entra-062-description =
    Reads the default cross-tenant access settings. B2B direct connect must be blocked for
    all users inbound and outbound, and automatic redemption of invitations must be allowed
    in neither direction. An access type that is missing or not blocked fails.
check-cray-entra-062-risk =
    B2B direct connect gives users of any other tenant access to shared Teams channels
    without a guest account the organization can see and review. Automatic redemption skips
    the consent prompt that tells users they are entering another organization.
check-cray-entra-062-remediation =
    1. Microsoft Entra admin center: Identity, External Identities, Cross-tenant access
       settings, Default settings.
    2. Inbound and outbound access settings, B2B direct connect: set External users and
       groups and Applications to Block access; save.
    3. Trust settings (inbound) and outbound settings: clear Automatically redeem
       invitations; allow these only for named partners.
    Graph: PATCH /policies/crossTenantAccessPolicy/default with b2bDirectConnectInbound and
    b2bDirectConnectOutbound blocked and automaticUserConsentSettings set to false.

## CRAY-ENTRA-063

check-cray-entra-063-title = Partner organizations get device trust and automatic redemption only on purpose
check-cray-entra-063-description =
    Lists every partner organization in the cross-tenant access settings whose inbound
    trust accepts compliant or hybrid joined device claims, or whose inbound invitations
    are redeemed automatically, so you can confirm each one. A partner that inherits the
    default is checked by CRAY-ENTRA-061.
check-cray-entra-063-risk =
    Each such partner's device management and user lifecycle become part of the
    organization's own defences. A weakly managed or breached partner passes device
    requirements for its users without the organization seeing the devices.
check-cray-entra-063-remediation =
    1. Microsoft Entra admin center: Identity, External Identities, Cross-tenant access
       settings, Organizational settings; open each listed tenant.
    2. Inbound access, Trust settings: keep device trust and automatic redemption only for
       partners with a contract and known device management; clear them for the rest.
    Graph: PATCH /policies/crossTenantAccessPolicy/partners/<tenant id> with the inbound
    trust and automaticUserConsentSettings.

## CRAY-ENTRA-064

check-cray-entra-064-title = Guest access is reviewed regularly
check-cray-entra-064-description =
    Reads the access review definitions. It passes when at least one recurring review that
    has not ended selects guest users (its scope filters userType eq 'Guest'). Access
    reviews need Entra ID P2 or Entra ID Governance.
check-cray-entra-064-risk =
    Guests keep their access after the project or contract ends. Without a review nobody
    removes them, and each forgotten guest account is a way in that the organization does
    not watch.
check-cray-entra-064-remediation =
    1. Microsoft Entra admin center: Identity Governance, Access reviews, New access review.
    2. Review type: Teams + Groups (all Microsoft 365 groups with guest users), scope Guest
       users only.
    3. Reviewers: group owners, with a fallback reviewer; recurrence quarterly; upon
       completion auto apply results and remove access if reviewers do not respond; start.
    Graph: POST /identityGovernance/accessReviews/definitions with a scope query filtering
    userType eq 'Guest' and settings.recurrence (New-MgIdentityGovernanceAccessReviewDefinition
    in PowerShell).

## CRAY-ENTRA-065

check-cray-entra-065-title = The top admin roles are reviewed regularly
check-cray-entra-065-description =
    Reads the access review definitions. For Global Administrator and Privileged Role
    Administrator there must be a recurring review that has not ended and whose scope
    names the role. Access reviews need Entra ID P2 or Entra ID Governance.
check-cray-entra-065-risk =
    Administrator roles pile up: people change jobs, projects end, but the role stays. Each
    needless administrator is one more account whose takeover gives full control.
check-cray-entra-065-remediation =
    1. Microsoft Entra admin center: Identity Governance, Privileged Identity Management,
       Microsoft Entra roles, Access reviews, New.
    2. Select Global Administrator (and in a second review Privileged Role Administrator),
       assignment type all active and eligible, reviewers: selected users or the members
       themselves with a fallback reviewer.
    3. Frequency quarterly (or monthly), duration a few days; upon completion auto apply
       results and remove access if reviewers do not respond; start.
    Graph: POST /identityGovernance/accessReviews/definitions with a scope query on
    /roleManagement/directory/roleAssignmentScheduleInstances filtered by the role's
    roleDefinitionId, and settings.recurrence.

## CRAY-ENTRA-066

check-cray-entra-066-title = Guests accept terms of use
check-cray-entra-066-description =
    Reads the terms of use agreements and the Conditional Access policies. It passes when an
    enabled policy that applies to guests (All users, GuestsOrExternalUsers, or a guest and
    external user condition) requires an existing terms of use agreement. Report-only
    policies do not count. Terms of use need Entra ID P1.
check-cray-entra-066-risk =
    Without accepted terms, guests have not agreed to the organization's rules on
    confidentiality and data use, which weakens the legal footing when a guest misuses the
    access.
check-cray-entra-066-remediation =
    1. Microsoft Entra admin center: Identity Governance, Terms of use, New terms; upload the
       document (a PDF per language) and require users to expand it.
    2. Protection, Conditional Access, New policy: Users, include Guest or external users;
       Target resources, All cloud apps; Grant, the new terms of use; enable the policy.
    Graph: POST /identityGovernance/termsOfUse/agreements, then a Conditional Access policy
    with grantControls.termsOfUse naming the agreement id.

## CRAY-ENTRA-067

check-cray-entra-067-title = Joining or registering a device requires MFA
check-cray-entra-067-description =
    Passes when the device registration policy requires multifactor authentication, or when
    an enabled Conditional Access policy for all users on the user action Register or join
    devices requires MFA (Microsoft's recommended way). Without the Conditional Access data
    only the device setting counts, and the detail says so.
check-cray-entra-067-risk =
    A device joined or registered with only a stolen password gets a device identity in the
    tenant. Attackers use it to obtain a Primary Refresh Token and to pass policies that
    trust registered devices.
check-cray-entra-067-remediation =
    1. Microsoft Entra admin center: Protection, Conditional Access, New policy.
    2. Users: All users (exclude the emergency access accounts); Target resources: User
       actions, Register or join devices.
    3. Grant: Require authentication strength Multifactor authentication; enable the policy.
    4. Then set Identity, Devices, Device settings, Require Multifactor Authentication to
       register or join devices to No, so the two settings do not conflict.
    Graph: POST /identity/conditionalAccess/policies with
    conditions.applications.includeUserActions set to urn:user:registerdevice.

## CRAY-ENTRA-068

check-cray-entra-068-title = Microsoft Entra join stays under control
check-cray-entra-068-description =
    Reads the device registration policy. Fails when every user may join devices to
    Microsoft Entra ID, when the joining user becomes a local administrator of the device,
    or when Windows LAPS is off. A setting whose kind cannot be read counts as open.
check-cray-entra-068-risk =
    When every user joins devices and is local administrator on them, anyone can put an
    unmanaged machine into the directory and switch off its protections. Without LAPS,
    local administrator passwords are shared or never change, which helps attackers move
    from one device to the next.
check-cray-entra-068-remediation =
    1. Microsoft Entra admin center: Identity, Devices, All devices, Device settings.
    2. Users may join devices to Microsoft Entra: Selected, with a group of people who set
       up devices.
    3. Registering user is added as local administrator on the device during Microsoft
       Entra join: None (or Selected); manage local administrators with Intune instead.
    4. Enable Microsoft Entra Local Administrator Password Solution (LAPS): Yes; save, and
       configure the LAPS policy in Intune.
    Graph (beta): PUT /beta/policies/deviceRegistrationPolicy with azureADJoin.allowedToJoin,
    azureADJoin.localAdmins.registeringUsers and localAdminPassword.isEnabled.

## CRAY-ENTRA-069

check-cray-entra-069-title = Hybrid tenants synchronise password hashes
check-cray-entra-069-description =
    For a tenant that synchronises from Active Directory (onPremisesSyncEnabled of the
    organization), the on-premises synchronization settings must have password hash
    synchronization on. A cloud-only tenant passes with a note. Seamless single sign-on is
    not exposed through Microsoft Graph and is not checked.
check-cray-entra-069-risk =
    Without password hash synchronization, sign-in depends on federation or pass-through
    agents: an on-premises outage or compromise stops cloud sign-in, and Entra ID Protection
    cannot detect leaked credentials.
check-cray-entra-069-remediation =
    1. On the Microsoft Entra Connect server: start Microsoft Entra Connect, Configure,
       Change user sign-in (or Customize synchronization options).
    2. Select Password Hash Synchronization (as the sign-in method, or as an optional
       feature next to federation); finish the wizard.
    3. With Cloud Sync: Microsoft Entra admin center, Hybrid management, Cloud sync,
       configuration, Properties, Password hash sync: Enabled.
    Graph: GET /directory/onPremisesSynchronization shows features.passwordSyncEnabled; the
    setting is changed in Entra Connect or Cloud Sync.
