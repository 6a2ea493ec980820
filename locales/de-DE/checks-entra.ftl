# Check texts for the entra checks CRAY-ENTRA-030 onwards.

## CRAY-ENTRA-030

check-cray-entra-030-title = Der Workflow für die Administratoreinwilligung ist aktiv
check-cray-entra-030-description =
    Liest die Richtlinie für Anforderungen der Administratoreinwilligung. Die Prüfung besteht,
    wenn der Workflow aktiviert ist und mindestens einen Prüfer (Benutzer, Gruppe oder Rolle)
    nennt, der über die Anfragen entscheidet.
check-cray-entra-030-risk =
    Ohne den Workflow haben Benutzer, die einer App nicht selbst zustimmen dürfen, keinen
    geregelten Weg, sie anzufragen. Sie suchen Umwege, oder Administratoren erteilen die
    Einwilligung in Eile, ohne die angeforderten Berechtigungen zu prüfen.
check-cray-entra-030-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen,
       Einwilligung und Berechtigungen, Einstellungen für die Administratoreinwilligung.
    2. „Benutzer können die Administratoreinwilligung für Apps anfordern, für die sie keine
       Einwilligung erteilen können“ auf „Ja“ stellen.
    3. Prüfer auswählen (Benutzer, Gruppen oder Rollen wie „Cloudanwendungsadministrator“),
       E-Mail-Benachrichtigungen und Erinnerungen einschalten und speichern.
    PowerShell: Update-MgPolicyAdminConsentRequestPolicy -IsEnabled:$true -Reviewers mit einer
    Prüferabfrage wie /users/<id>. Graph: PUT
    /policies/adminConsentRequestPolicy mit isEnabled auf true und den Prüfern.

## CRAY-ENTRA-031

check-cray-entra-031-title = Benutzer können riskanten Apps nicht zustimmen
check-cray-entra-031-description =
    Liest allowUserConsentForRiskyApps in der Autorisierungsrichtlinie. Bei true schlägt die
    Prüfung fehl: Benutzer dürfen dann Apps zustimmen, die Entra als riskant einstuft und
    sonst an einen Administrator weiterleiten würde. False besteht; null ist die
    Microsoft-Vorgabe (riskante Anfragen gehen an einen Administrator) und besteht mit einem
    Hinweis. Meldet die Richtlinie die Einstellung nicht, schlägt die Prüfung fehl.
check-cray-entra-031-risk =
    Die risikobasierte Hochstufung fängt Einwilligungsanfragen ab, die nach Consent Phishing
    aussehen, etwa neue mehrinstanzenfähige Apps unverifizierter Herausgeber. Dürfen Benutzer
    sie übergehen, verschafft ein Klick einer bösartigen App dauerhaften Zugriff auf E-Mail
    und Dateien.
check-cray-entra-031-remediation =
    1. Sicherstellen, dass kein Geschäftsprozess davon abhängt, dass Benutzer riskanten Apps
       zustimmen; solche Anfragen übernimmt der Workflow für die Administratoreinwilligung.
    2. Microsoft Graph PowerShell: Update-MgPolicyAuthorizationPolicy
       -AllowUserConsentForRiskyApps:$false.
    3. Graph: PATCH /policies/authorizationPolicy mit allowUserConsentForRiskyApps auf false.
    Im Entra Admin Center gibt es für diese Einstellung keine Seite; sie lässt sich nur über
    Graph ändern.

## CRAY-ENTRA-032

check-cray-entra-032-title = Benutzer können keine Mandanten erstellen
check-cray-entra-032-description =
    Liest allowedToCreateTenants in den Berechtigungen der Standardbenutzerrolle der
    Autorisierungsrichtlinie. Nur false besteht; true, null oder ein fehlender Wert erlaubt
    jedem Benutzer, neue Microsoft Entra-Mandanten anzulegen.
check-cray-entra-032-risk =
    Ein Mandant, den ein Benutzer anlegt, liegt außerhalb der Kontrolle der Organisation,
    doch der Benutzer ist dort globaler Administrator. Dorthin kopierte Daten entziehen sich
    den Richtlinien der Organisation, und der neue Mandant kann Partnern als offizieller
    erscheinen.
check-cray-entra-032-remediation =
    1. Microsoft Entra Admin Center: Identität, Benutzer, Benutzereinstellungen.
    2. „Erstellen von Mandanten durch Benutzer ohne Administratorrechte einschränken“ auf
       „Ja“ stellen und speichern.
    3. Den wenigen Personen, die Mandanten anlegen, die Rolle „Mandantenersteller“ zuweisen.
    PowerShell: Update-MgPolicyAuthorizationPolicy mit
    DefaultUserRolePermissions.AllowedToCreateTenants auf false. Graph: PATCH /policies/authorizationPolicy mit
    defaultUserRolePermissions.allowedToCreateTenants auf false.

## CRAY-ENTRA-033

check-cray-entra-033-title = Benutzer können keine Sicherheitsgruppen erstellen
check-cray-entra-033-description =
    Liest allowedToCreateSecurityGroups in den Berechtigungen der Standardbenutzerrolle der
    Autorisierungsrichtlinie. Nur false besteht; true, null oder ein fehlender Wert erlaubt
    jedem Benutzer, Sicherheitsgruppen im Azure-Portal, in den Admin Centern und über Graph
    anzulegen.
check-cray-entra-033-risk =
    Sicherheitsgruppen vergeben Zugriff auf Apps, Dateien und Ausnahmen vom bedingten
    Zugriff. Gruppen, die jeder anlegt und besitzt, wachsen ohne Prüfung, und ihre Besitzer
    entscheiden, wer beitritt.
check-cray-entra-033-remediation =
    1. Microsoft Entra Admin Center: Identität, Gruppen, Alle Gruppen, Allgemein
       (Einstellungen).
    2. „Benutzer können Sicherheitsgruppen in Azure-Portalen, per API oder PowerShell
       erstellen“ auf „Nein“ stellen und speichern.
    3. Benötigte Gruppen durch Gruppenadministratoren oder über einen Antragsprozess anlegen
       lassen.
    PowerShell: Update-MgPolicyAuthorizationPolicy mit
    DefaultUserRolePermissions.AllowedToCreateSecurityGroups auf false. Graph: PATCH /policies/authorizationPolicy mit
    defaultUserRolePermissions.allowedToCreateSecurityGroups auf false.

## CRAY-ENTRA-034

check-cray-entra-034-title = Benutzer können die BitLocker-Schlüssel ihrer Geräte nicht lesen
check-cray-entra-034-description =
    Liest allowedToReadBitlockerKeysForOwnedDevice in den Berechtigungen der
    Standardbenutzerrolle der Autorisierungsrichtlinie. Nur false besteht; true, null oder
    ein fehlender Wert erlaubt Benutzern, die BitLocker-Wiederherstellungsschlüssel ihrer
    eigenen Geräte zu lesen.
check-cray-entra-034-risk =
    Wer das Konto eines Benutzers kontrolliert, kann den Wiederherstellungsschlüssel lesen
    und die Festplatte eines verlorenen oder gestohlenen Laptops entsperren. Auch der
    Benutzer selbst kann damit Gerätekontrollen umgehen.
check-cray-entra-034-remediation =
    1. Microsoft Entra Admin Center: Identität, Geräte, Alle Geräte, Geräteeinstellungen.
    2. „Benutzer daran hindern, die BitLocker-Schlüssel ihrer eigenen Geräte
       wiederherzustellen“ auf „Ja“ stellen und speichern.
    3. Schlüssel für Benutzer durch den Helpdesk wiederherstellen lassen
       (Cloudgeräteadministrator oder Helpdeskadministrator).
    PowerShell: Update-MgPolicyAuthorizationPolicy mit
    DefaultUserRolePermissions.AllowedToReadBitlockerKeysForOwnedDevice auf false. Graph: PATCH
    /policies/authorizationPolicy mit derselben Eigenschaft.
