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
    DefaultUserRolePermissions.AllowedToCreateTenants set to false. Graph: PATCH /policies/authorizationPolicy with
    defaultUserRolePermissions.allowedToCreateTenants set to false.

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
    DefaultUserRolePermissions.AllowedToCreateSecurityGroups set to false. Graph: PATCH /policies/authorizationPolicy with
    defaultUserRolePermissions.allowedToCreateSecurityGroups set to false.

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
    DefaultUserRolePermissions.AllowedToReadBitlockerKeysForOwnedDevice set to false. Graph: PATCH
    /policies/authorizationPolicy with the same property.
