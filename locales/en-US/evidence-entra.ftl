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
