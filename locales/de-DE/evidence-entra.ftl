# Evidence texts for the entra checks CRAY-ENTRA-030 onwards.

## CRAY-ENTRA-030

evidence-cray-entra-030-gaps = Der Workflow für die Administratoreinwilligung von { $policy } ist nicht nutzbar:
evidence-cray-entra-030-off = Der Workflow ist ausgeschaltet (isEnabled ist nicht true).
evidence-cray-entra-030-no-reviewers = Es ist kein Prüfer benannt.

## CRAY-ENTRA-031

evidence-cray-entra-031-allowed = { $policy } erlaubt Benutzern die Einwilligung in riskante Apps (allowUserConsentForRiskyApps ist true).
evidence-cray-entra-031-not-reported = { $policy } meldet allowUserConsentForRiskyApps nicht; die Einstellung ist daher unbekannt.
evidence-cray-entra-031-default = allowUserConsentForRiskyApps ist null: Es gilt die Microsoft-Vorgabe, die riskante Einwilligungsanfragen an einen Administrator leitet.

## CRAY-ENTRA-032

evidence-cray-entra-032-policy = { $policy } erlaubt normalen Benutzern, Mandanten zu erstellen.
evidence-cray-entra-032-allowed = defaultUserRolePermissions.allowedToCreateTenants ist { $value }.

## CRAY-ENTRA-033

evidence-cray-entra-033-policy = { $policy } erlaubt normalen Benutzern, Sicherheitsgruppen zu erstellen.
evidence-cray-entra-033-allowed = defaultUserRolePermissions.allowedToCreateSecurityGroups ist { $value }.

## CRAY-ENTRA-034

evidence-cray-entra-034-policy = { $policy } erlaubt Benutzern, die BitLocker-Schlüssel ihrer eigenen Geräte zu lesen.
evidence-cray-entra-034-allowed = defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice ist { $value }.
