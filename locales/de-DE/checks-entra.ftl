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
    DefaultUserRolePermissions.AllowedToCreateTenants auf false. Graph: PATCH
    /policies/authorizationPolicy mit defaultUserRolePermissions.allowedToCreateTenants
    auf false.

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
    DefaultUserRolePermissions.AllowedToCreateSecurityGroups auf false. Graph: PATCH
    /policies/authorizationPolicy mit defaultUserRolePermissions.allowedToCreateSecurityGroups
    auf false.

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
    DefaultUserRolePermissions.AllowedToReadBitlockerKeysForOwnedDevice auf false. Graph:
    PATCH /policies/authorizationPolicy mit derselben Eigenschaft.

## CRAY-ENTRA-035

check-cray-entra-035-title = Sprachanruf ist keine Authentifizierungsmethode
check-cray-entra-035-description =
    Liest die Konfiguration „Sprachanruf“ (Voice) der Richtlinie für
    Authentifizierungsmethoden. Die Prüfung schlägt fehl, solange Sprachanrufe für einen
    Benutzer oder eine Gruppe aktiviert sind, und nennt die Ziele.
check-cray-entra-035-risk =
    Ein Anruf lässt sich über SIM-Swapping, Rufnummernportierung oder Anrufweiterleitung
    umleiten, und Benutzer bestätigen auch unerwartete Anrufe. Sprachanrufe gehören zu den
    schwächsten zweiten Faktoren.
check-cray-entra-035-remediation =
    1. Zuerst sicherstellen, dass Benutzer eine stärkere Methode registriert haben: Schutz,
       Authentifizierungsmethoden, Details zur Benutzerregistrierung.
    2. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien,
       Sprachanruf.
    3. „Aktivieren“ ausschalten oder das Ziel auf eine Gruppe begrenzen, die Anrufe noch
       braucht, und speichern.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Voice mit state disabled. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Voice mit state
    auf disabled (und dem @odata.type der Sprachanruf-Konfiguration).

## CRAY-ENTRA-036

check-cray-entra-036-title = Einmalpasscodes per E-Mail sind für Mitglieder ausgeschaltet
check-cray-entra-036-description =
    Liest die Konfiguration „E-Mail-OTP“ (Email) der Richtlinie für
    Authentifizierungsmethoden. Die Prüfung schlägt fehl, solange Einmalpasscodes per E-Mail
    für einen Benutzer oder eine Gruppe des Mandanten aktiviert sind, und nennt die Ziele.
    Eine aktivierte Methode ohne Einschlussziele dient nur Gästen bei der Anmeldung über
    B2B-Zusammenarbeit und besteht.
check-cray-entra-036-risk =
    Ein E-Mail-Code belegt nur den Zugriff auf ein Postfach. Bei Mitgliedern liegt das
    Postfach oft hinter demselben Konto, der Code ist also kein unabhängiger Faktor; auch ein
    anderswo übernommenes Postfach besteht ihn.
check-cray-entra-036-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien,
       E-Mail-OTP.
    2. Die Benutzer- und Gruppenziele entfernen (oder „Aktivieren“ ausschalten, wenn Gäste
       keine Einmalpasscodes per E-Mail brauchen) und speichern.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Email mit leeren includeTargets. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Email mit
    includeTargets als leerer Liste.

## CRAY-ENTRA-037

check-cray-entra-037-title = Microsoft Authenticator zeigt App und Standort an
check-cray-entra-037-description =
    Liest die Featureeinstellungen der Konfiguration „Microsoft Authenticator“. Die Anzeige
    des Anwendungsnamens und des geografischen Standorts müssen beide „enabled“ sein und
    alle Benutzer einschließen. „default“ (von Microsoft verwaltet) schlägt fehl, weil
    Microsoft die Bedeutung ändern kann. Ein deaktivierter Authenticator sendet keine
    Benachrichtigungen; dann besteht die Prüfung. Der Zahlenabgleich ist immer aktiv und wird
    nicht geprüft.
check-cray-entra-037-risk =
    Ohne Kontext kann ein Benutzer eine echte Push-Benachrichtigung nicht von einer
    unterscheiden, die ein Angreifer mit einem gestohlenen Kennwort ausgelöst hat. Bei
    MFA-Fatigue-Angriffen kommen Benachrichtigungen, bis jemand eine bestätigt.
check-cray-entra-037-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien,
       Microsoft Authenticator, Konfigurieren.
    2. „Anwendungsname in Push- und kennwortlosen Benachrichtigungen anzeigen“: Status
       „Aktiviert“, Ziel „Alle Benutzer“.
    3. „Geografischen Standort in Push- und kennwortlosen Benachrichtigungen anzeigen“:
       Status „Aktiviert“, Ziel „Alle Benutzer“; speichern.
    Graph: PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/
    MicrosoftAuthenticator mit featureSettings.displayAppInformationRequiredState und
    displayLocationInformationRequiredState auf state enabled und includeTarget all_users.

## CRAY-ENTRA-038

check-cray-entra-038-title = Passkeys (FIDO2) sind aktiviert
check-cray-entra-038-description =
    Liest die Konfiguration „Passkey (FIDO2)“ der Richtlinie für Authentifizierungsmethoden.
    Die Prüfung besteht, wenn die Methode für mindestens einen Benutzer oder eine Gruppe
    aktiviert ist. Eine deaktivierte Methode, eine ohne Ziele oder eine Richtlinie ohne
    diese Konfiguration schlägt fehl.
check-cray-entra-038-risk =
    Ohne Passkeys können Benutzer keine phishingresistente Methode registrieren. Jede andere
    Methode lässt sich über einen Phishing-Proxy weiterreichen, und der bedingte Zugriff kann
    für Administratoren keine phishingresistente Stärke verlangen.
check-cray-entra-038-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien,
       Passkey (FIDO2).
    2. „Aktivieren“ einschalten und „Alle Benutzer“ (oder mindestens die Administratoren)
       als Ziel wählen; die Selbstregistrierung erlauben.
    3. Unter „Konfigurieren“ den Nachweis (Attestation) erzwingen und bei Bedarf die
       zulässigen Schlüsselmodelle (AAGUIDs) einschränken; speichern.
    Graph: PATCH /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/
    Fido2 mit state enabled und includeTargets mit all_users oder einer Gruppe.

## CRAY-ENTRA-039

check-cray-entra-039-title = Die Registrierungskampagne wirbt für Microsoft Authenticator
check-cray-entra-039-description =
    Liest die Registrierungskampagne der Richtlinie für Authentifizierungsmethoden.
    „enabled“ mit mindestens einem Ziel besteht; „default“ (von Microsoft verwaltet; fordert
    Benutzer von SMS oder Sprachanruf auf, Authenticator einzurichten) besteht mit einem
    Hinweis. „disabled“, eine fehlende Kampagne und „enabled“ ohne Ziele schlagen fehl.
check-cray-entra-039-risk =
    Benutzer, die nur SMS oder Sprachanruf registriert haben, bleiben bei diesen schwachen
    Methoden, solange sie nichts zum Wechsel auffordert. Ohne Kampagne hängt der Wechsel vom
    Einzelnen ab.
check-cray-entra-039-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden,
       Registrierungskampagne, Bearbeiten.
    2. Status „Aktiviert“; „Alle Benutzer“ einschließen (nur die Notfallzugriffskonten
       ausschließen); die Tage zum Zurückstellen festlegen; speichern.
    Graph: PATCH /policies/authenticationMethodsPolicy mit
    registrationEnforcement.authenticationMethodsRegistrationCampaign.state auf enabled und
    den Einschlusszielen.

## CRAY-ENTRA-040

check-cray-entra-040-title = Die Migration der Authentifizierungsmethoden ist abgeschlossen
check-cray-entra-040-description =
    Liest policyMigrationState der Richtlinie für Authentifizierungsmethoden. Nur
    migrationComplete besteht; preMigration, migrationInProgress und ein fehlender Wert
    schlagen fehl.
check-cray-entra-040-risk =
    Bis zum Abschluss der Migration aktivieren die Legacy-Einstellungen für MFA und die
    Self-Service-Kennwortzurücksetzung weiterhin Methoden neben der Richtlinie. Eine in der
    Richtlinie ausgeschaltete Methode kann über die Legacy-Einstellungen nutzbar bleiben; die
    Richtlinie zeigt dann nicht, was Benutzer verwenden können.
check-cray-entra-040-remediation =
    1. Die Legacy-Einstellungen (Diensteinstellungen der MFA pro Benutzer,
       Kennwortzurücksetzung, Authentifizierungsmethoden) mit der Richtlinie vergleichen und
       jede noch benötigte Methode in die Richtlinie übernehmen.
    2. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien,
       Migration verwalten.
    3. „Migration abgeschlossen“ wählen und speichern.
    Graph: PATCH /policies/authenticationMethodsPolicy mit policyMigrationState auf
    migrationComplete.

## CRAY-ENTRA-041

check-cray-entra-041-title = Kennwörter laufen nicht ab
check-cray-entra-041-description =
    Liest passwordValidityPeriodInDays jeder verifizierten Domäne. Nur 2147483647, der Wert
    für „läuft nie ab“, besteht; eine Anzahl von Tagen oder ein fehlender Wert bei einer
    verifizierten Domäne schlägt fehl. Nicht verifizierte Domänen werden übersprungen.
check-cray-entra-041-risk =
    Erzwungene regelmäßige Wechsel führen zu vorhersagbaren Kennwörtern (Jahreszeit und
    Jahr, ein Zähler am Ende) und dazu, dass Benutzer sie notieren. NIST und Microsoft raten
    heute, ein Kennwort nur bei Anzeichen einer Kompromittierung zu ändern.
check-cray-entra-041-remediation =
    1. Zuerst sicherstellen, dass MFA für alle Benutzer verlangt wird und gesperrte
       Kennwörter erzwungen werden.
    2. Microsoft 365 Admin Center: Einstellungen, Organisationseinstellungen, Sicherheit und
       Datenschutz, Kennwortablaufrichtlinie.
    3. „Kennwörter so festlegen, dass sie nie ablaufen“ wählen und speichern.
    PowerShell: Update-MgDomain -DomainId <Domäne> -PasswordValidityPeriodInDays 2147483647
    für jede aufgeführte Domäne. Graph: PATCH /domains/<Domäne> mit
    passwordValidityPeriodInDays auf 2147483647.

## CRAY-ENTRA-042

check-cray-entra-042-title = Die intelligente Sperrung bremst das Erraten von Kennwörtern
check-cray-entra-042-description =
    Liest LockoutThreshold und LockoutDurationInSeconds aus der Verzeichniseinstellung
    „Password Rule Settings“. Ein Schwellenwert von 1 bis 10 Fehlanmeldungen und eine
    Sperrdauer von mindestens 60 Sekunden bestehen. Ohne die Einstellung gelten die
    Entra-Vorgaben (10 und 60), die mit einem Hinweis bestehen; ein Wert, der keine ganze
    Zahl ist, schlägt fehl.
check-cray-entra-042-risk =
    Ein hoher Schwellenwert oder eine kurze Sperre lässt einen Angreifer viele Kennwörter je
    Konto ausprobieren, bevor die intelligente Sperrung ihn bremst. Password Spraying und
    Erraten haben so mehr Erfolg.
check-cray-entra-042-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Kennwortschutz.
    2. „Sperrschwellenwert“ auf 10 oder weniger und „Sperrdauer in Sekunden“ auf 60 oder
       mehr stellen; speichern.
    3. In hybriden Mandanten den Sperrschwellenwert im lokalen Active Directory mindestens
       zwei- bis dreimal höher halten als in Entra.
    Graph: PATCH /groupSettings/<id> der „Password Rule Settings“ mit den Werten
    LockoutThreshold und LockoutDurationInSeconds.

## CRAY-ENTRA-043

check-cray-entra-043-title = Eine benutzerdefinierte Liste gesperrter Kennwörter wird erzwungen
check-cray-entra-043-description =
    Liest die Verzeichniseinstellung „Password Rule Settings“. Die Prüfung besteht, wenn
    EnableBannedPasswordCheck auf True steht und BannedPasswordList mindestens ein Wort
    enthält. Eine fehlende Einstellung, eine ausgeschaltete Prüfung oder eine leere Liste
    schlägt fehl.
check-cray-entra-043-risk =
    Angreifer probieren Kennwörter aus Firmenname, Produkten und Standorten durch. Die
    globale Sperrliste kennt diese Wörter nicht, Benutzer können sie also weiterhin wählen.
check-cray-entra-043-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Kennwortschutz.
    2. „Benutzerdefinierte Liste erzwingen“ auf „Ja“ stellen und Firmennamen, Marken,
       Produkte, Orte und gängige lokale Begriffe in die benutzerdefinierte Liste gesperrter
       Kennwörter eintragen; speichern.
    3. In hybriden Mandanten auch den Kennwortschutz für Windows Server Active Directory
       bereitstellen.
    Benutzerdefinierte gesperrte Kennwörter erfordern Entra ID P1. Graph: PATCH
    /groupSettings/<id> (oder POST /groupSettings aus der Vorlage „Password Rule Settings“)
    mit EnableBannedPasswordCheck True und BannedPasswordList.

## CRAY-ENTRA-044

check-cray-entra-044-title = Das Erstellen von Microsoft 365-Gruppen ist eingeschränkt
check-cray-entra-044-description =
    Liest EnableGroupCreation aus der Verzeichniseinstellung „Group.Unified“. „false“
    besteht; die Gruppe in GroupCreationAllowedGroupId wird, falls vorhanden, in einem
    Hinweis genannt, da ihre Mitglieder weiterhin Gruppen erstellen können. Eine fehlende
    Einstellung (nach der Entra-Vorgabe darf jeder Gruppen erstellen) oder jeder andere Wert
    schlägt fehl.
check-cray-entra-044-risk =
    Jede Microsoft 365-Gruppe bringt ein Postfach, eine SharePoint-Website und oft ein Team
    mit. Darf jeder sie anlegen, vermehren sich Gruppen mit vertraulichen Inhalten, externen
    Mitgliedern und ohne Besitzer ohne jede Steuerung.
check-cray-entra-044-remediation =
    1. Eine Sicherheitsgruppe für die Personen anlegen, die Microsoft 365-Gruppen erstellen
       dürfen.
    2. PowerShell (Microsoft Graph Beta-Modul): die Einstellung „Group.Unified“ mit
       Get-MgBetaDirectorySetting lesen oder mit New-MgBetaDirectorySetting aus ihrer Vorlage
       anlegen.
    3. EnableGroupCreation auf false und GroupCreationAllowedGroupId auf die ID der Gruppe
       setzen; die Einstellung mit Update-MgBetaDirectorySetting speichern.
    Graph: PATCH /groupSettings/<id> (oder POST /groupSettings mit templateId
    62375ab9-6b52-47ed-826b-58e47e0e304b) mit beiden Werten. Das Entra Admin Center
    (Gruppen, Allgemein) steuert nur das Erstellen im Azure-Portal, nicht in Outlook oder
    Teams.

## CRAY-ENTRA-045

check-cray-entra-045-title = Keine App hat Berechtigungen zur Übernahme des Mandanten
check-cray-entra-045-description =
    Führt jeden Dienstprinzipal auf, der eine Anwendungsberechtigung besitzt, mit der er sich
    oder andere zum Administrator machen oder Anmeldungen übernehmen kann:
    RoleManagement.ReadWrite.Directory, AppRoleAssignment.ReadWrite.All,
    Directory.ReadWrite.All, Application.ReadWrite.All,
    UserAuthenticationMethod.ReadWrite.All, Policy.ReadWrite.PermissionGrant,
    PrivilegedAccess.ReadWrite.AzureADGroup und Domain.ReadWrite.All. Die Berechtigungen
    werden über die App-Rollen der Ressource benannt oder über die bekannten Rollen-IDs von
    Microsoft Graph.
check-cray-entra-045-risk =
    Anwendungsberechtigungen wirken ohne angemeldeten Benutzer, ohne MFA und ohne bedingten
    Zugriff für Benutzer. Wer das Geheimnis oder Zertifikat der App erlangt, kann sich die
    Rolle „Globaler Administrator“ geben oder beliebigen Apps Anmeldeinformationen
    hinzufügen und behält diesen Zugriff auch nach Kennwortänderungen.
check-cray-entra-045-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen, jede
       aufgeführte App öffnen, Berechtigungen.
    2. Mit dem Besitzer der App klären, welche Berechtigungen sie braucht; die aufgeführten
       durch engere ersetzen (etwa eine Leseberechtigung oder
       Application.ReadWrite.OwnedBy).
    3. Die Administratoreinwilligung überprüfen und die Berechtigung entfernen; die
       Anmeldeinformationen der App erneuern, falls sie offengelegt sein könnten.
    PowerShell: Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id> listet die
    Berechtigungen; Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id>
    -AppRoleAssignmentId <Zuweisungs-ID> entfernt eine. Graph: DELETE
    /servicePrincipals/<id>/appRoleAssignments/<Zuweisungs-ID>.

## CRAY-ENTRA-046

check-cray-entra-046-title = App-Registrierungen verwenden Zertifikate statt geheimer Clientschlüssel
check-cray-entra-046-description =
    Führt jede App-Registrierung mit mindestens einem geheimen Clientschlüssel
    (Kennwortanmeldeinformation) und der Anzahl ihrer Schlüssel auf. Abgelaufene Schlüssel
    zählen mit.
check-cray-entra-046-risk =
    Ein geheimer Clientschlüssel ist ein Kennwort: Er landet in Skripten,
    Konfigurationsdateien und Tickets, und wer ihn liest, kann sich als die App anmelden.
    Der private Schlüssel eines Zertifikats kann in einem Schlüsselspeicher bleiben und
    gelangt schwerer nach außen.
check-cray-entra-046-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, App-Registrierungen, jede
       aufgeführte App öffnen, Zertifikate und Geheimnisse.
    2. Ein Zertifikat hochladen (oder eine Verbundanmeldeinformation hinzufügen bzw. eine
       verwaltete Identität verwenden) und Code oder Konfiguration der App darauf umstellen.
    3. Die geheimen Clientschlüssel löschen, sobald nichts sie mehr verwendet.
    PowerShell: Update-MgApplication -ApplicationId <id> -KeyCredentials für das Zertifikat;
    Remove-MgApplicationPassword -ApplicationId <id> -KeyId <Schlüssel-ID> für jeden
    Schlüssel. Graph: POST /applications/<id>/removePassword.

## CRAY-ENTRA-047

check-cray-entra-047-title = Keine App-Anmeldeinformation ist abgelaufen oder läuft in 30 Tagen ab
check-cray-entra-047-description =
    Liest das Enddatum jedes geheimen Clientschlüssels und Zertifikats jeder
    App-Registrierung. Eine Anmeldeinformation, die abgelaufen ist, innerhalb von 30 Tagen
    abläuft oder kein lesbares Enddatum hat, wird mit ihrer App aufgeführt.
check-cray-entra-047-risk =
    Abgelaufene Anmeldeinformationen machen die Registrierungen unübersichtlich und
    verdecken, welche genutzt werden. Bald ablaufende legen die App lahm, wenn niemand sie
    erneuert, und hastige Erneuerungen erzeugen oft langlebige Geheimnisse.
check-cray-entra-047-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, App-Registrierungen, jede
       aufgeführte App öffnen, Zertifikate und Geheimnisse.
    2. Für bald ablaufende Anmeldeinformationen: ein neues Zertifikat hinzufügen, die App
       darauf umstellen und danach die alte Anmeldeinformation entfernen.
    3. Abgelaufene Anmeldeinformationen löschen.
    PowerShell: Remove-MgApplicationPassword oder Update-MgApplication -KeyCredentials für
    jede App. Graph: POST /applications/<id>/removePassword oder /removeKey.

## CRAY-ENTRA-048

check-cray-entra-048-title = App-Anmeldeinformationen gelten höchstens ein Jahr
check-cray-entra-048-description =
    Liest Beginn und Ende jedes geheimen Clientschlüssels und Zertifikats jeder
    App-Registrierung. Eine Anmeldeinformation, die länger als 366 Tage gilt oder keine
    lesbaren Daten hat, wird mit ihrer App aufgeführt.
check-cray-entra-048-risk =
    Eine langlebige Anmeldeinformation, die nach außen gelangt, bleibt jahrelang nutzbar.
    Kurze Laufzeiten begrenzen, wie lange ein gestohlenes Geheimnis oder ein gestohlener
    Schlüssel wirkt, und erzwingen regelmäßigen Wechsel.
check-cray-entra-048-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, App-Registrierungen, jede
       aufgeführte App öffnen, Zertifikate und Geheimnisse.
    2. Eine Anmeldeinformation mit höchstens zwölf Monaten Laufzeit hinzufügen, die App
       darauf umstellen und die langlebige löschen.
    3. Mit Workload ID Premium eine App-Verwaltungsrichtlinie festlegen, die die Laufzeit
       für alle Apps begrenzt.
    PowerShell: Add-MgApplicationPassword mit einem EndDateTime höchstens ein Jahr in der
    Zukunft, danach Remove-MgApplicationPassword für das alte Geheimnis. Graph: POST
    /applications/<id>/addPassword und /removePassword.

## CRAY-ENTRA-049

check-cray-entra-049-title = Jede App-Registrierung hat einen Besitzer aus der Organisation
check-cray-entra-049-description =
    Liest die Besitzer jeder App-Registrierung. Eine App ohne Besitzer wird aufgeführt,
    ebenso eine App mit einem Gast als Besitzer (userType Guest oder externer Anmeldename).
check-cray-entra-049-risk =
    Für eine App ohne Besitzer steht niemand für Berechtigungen und Anmeldeinformationen
    ein. Ein Gast als Besitzer kann der App Anmeldeinformationen hinzufügen und ihre
    Berechtigungen von außerhalb der Organisation nutzen.
check-cray-entra-049-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, App-Registrierungen, jede
       aufgeführte App öffnen, Besitzer.
    2. Mindestens ein verantwortliches Mitgliedskonto hinzufügen (besser zwei) und Gäste als
       Besitzer entfernen.
    PowerShell: New-MgApplicationOwnerByRef -ApplicationId <id> -OdataId
    https://graph.microsoft.com/v1.0/directoryObjects/<Benutzer-ID>;
    Remove-MgApplicationOwnerByRef für einen Gast. Graph: POST
    /applications/<id>/owners/$ref.

## CRAY-ENTRA-050

check-cray-entra-050-title = Keine mandantenweite Einwilligung in delegierte Berechtigungen mit hohen Rechten
check-cray-entra-050-description =
    Liest die delegierten Berechtigungserteilungen. Eine App wird aufgeführt, wenn eine
    Erteilung für alle Benutzer (consentType AllPrincipals) einen Bereich mit hohen Rechten
    enthält, etwa Directory.ReadWrite.All, Directory.AccessAsUser.All,
    RoleManagement.ReadWrite.Directory, Application.ReadWrite.All, Mail.ReadWrite,
    Mail.Send, Files.ReadWrite.All, Sites.FullControl.All oder full_access_as_user.
check-cray-entra-050-risk =
    Mit einer mandantenweiten Erteilung handelt die App mit diesen Berechtigungen für jeden
    Benutzer, der sich bei ihr anmeldet, ohne ihn zu fragen. Bei einem Administrator gibt
    Directory.AccessAsUser.All der App dessen volle Rechte.
check-cray-entra-050-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen, jede
       aufgeführte App öffnen, Berechtigungen, Administratoreinwilligung.
    2. Mit dem Besitzer der App klären, welche Berechtigungen sie braucht; die übrigen
       widerrufen (Berechtigungen überprüfen) oder die Erteilung entfernen.
    PowerShell: Get-MgOauth2PermissionGrant -Filter "clientId eq '<id>'" listet die
    Erteilungen; Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId <id> -Scope
    "<verbleibende Bereiche>" schränkt eine ein, Remove-MgOauth2PermissionGrant entfernt sie.
    Graph: PATCH oder DELETE /oauth2PermissionGrants/<id>.

## CRAY-ENTRA-051

check-cray-entra-051-title = Apps anderer Organisationen haben keine sensiblen Berechtigungen
check-cray-entra-051-description =
    Führt die Dienstprinzipale von Apps auf, die einer anderen Organisation gehören (weder
    diesem Mandanten noch Microsoft) und eine sensible Anwendungsberechtigung besitzen: jede
    Berechtigung .ReadWrite.All, Berechtigungen zur Steuerung des Mandanten oder das Lesen
    aller E-Mails, Dateien, Websites, Chats oder Kalender. Dienstprinzipale ohne besitzende
    Organisation, etwa verwaltete Identitäten, gelten nicht als fremd.
check-cray-entra-051-risk =
    Die App eines Anbieters mit diesen Berechtigungen liest oder ändert die Daten des
    Mandanten ohne angemeldeten Benutzer. Wird der Anbieter kompromittiert, öffnen seine
    Anmeldeinformationen jeden Kundenmandanten, der sie erteilt hat.
check-cray-entra-051-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen,
       Anwendungstyp „Alle Anwendungen“; jede aufgeführte App öffnen, Berechtigungen.
    2. Beim Anbieter erfragen, welche Berechtigungen das Produkt braucht und ob engere (etwa
       auf ausgewählte Postfächer oder Websites begrenzt) genügen.
    3. Nicht benötigte Berechtigungen entfernen, oder die App selbst, wenn niemand sie nutzt.
    PowerShell: Remove-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <id>
    -AppRoleAssignmentId <Zuweisungs-ID>. Graph: DELETE
    /servicePrincipals/<id>/appRoleAssignments/<Zuweisungs-ID>.

## CRAY-ENTRA-052

check-cray-entra-052-title = Apps anderer Organisationen stammen von verifizierten Herausgebern
check-cray-entra-052-description =
    Führt aktivierte Dienstprinzipale von Apps auf, die einer anderen Organisation gehören
    (weder diesem Mandanten noch Microsoft), mindestens eine Anwendungsberechtigung oder
    delegierte Erteilung besitzen und deren Herausgeber nicht verifiziert ist (keine
    verifiedPublisherId).
check-cray-entra-052-risk =
    Ein verifizierter Herausgeber hat seine Identität gegenüber Microsoft über ein
    Microsoft-Partnerkonto nachgewiesen. Angreifer veröffentlichen Apps für Consent Phishing
    unter überzeugenden Namen ohne diesen Nachweis; unverifizierte Apps mit Berechtigungen
    verdienen einen genaueren Blick.
check-cray-entra-052-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen; jede
       aufgeführte App öffnen und Herausgeber, Benutzer, Anmeldungen und Berechtigungen
       prüfen.
    2. Nicht benötigte Apps entfernen (Eigenschaften, Löschen) oder ihre Anmeldung sperren
       („Aktiviert für die Benutzeranmeldung“: Nein).
    3. Benutzereinwilligung nur für Apps verifizierter Herausgeber zulassen (Einwilligung
       und Berechtigungen, Einstellungen für die Benutzereinwilligung).
    PowerShell: Update-MgServicePrincipal -ServicePrincipalId <id> -AccountEnabled:$false
    oder Remove-MgServicePrincipal. Graph: PATCH /servicePrincipals/<id> mit accountEnabled
    auf false.

## CRAY-ENTRA-053

check-cray-entra-053-title = App-Registrierungen sind auf einen Mandanten beschränkt
check-cray-entra-053-description =
    Führt jede App-Registrierung des Mandanten auf, deren signInAudience nicht AzureADMyOrg
    ist, die also Anmeldungen aus anderen Organisationen oder mit persönlichen
    Microsoft-Konten annimmt, damit Sie bestätigen können, dass sie das muss. Ein fehlender
    Wert wird als unbekannt aufgeführt.
check-cray-entra-053-risk =
    Einer mehrinstanzenfähigen App kann in jedem Mandanten zugestimmt werden. Sind ihre
    Anmeldeinformationen oder Umleitungs-URIs schwach, können Angreifer sie gegen andere
    Organisationen einsetzen oder Namen und Einwilligungsdialog für Phishing missbrauchen.
check-cray-entra-053-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, App-Registrierungen, jede
       aufgeführte App öffnen, Authentifizierung.
    2. Unter „Unterstützte Kontotypen“ „Nur Konten in diesem Organisationsverzeichnis“
       wählen, sofern die App nicht anderen Organisationen dient; speichern.
    PowerShell: Update-MgApplication -ApplicationId <id> -SignInAudience AzureADMyOrg.
    Graph: PATCH /applications/<id> mit signInAudience auf AzureADMyOrg.

## CRAY-ENTRA-054

check-cray-entra-054-title = Die Aktivierung der wichtigsten Administratorrollen verlangt MFA und eine Begründung
check-cray-entra-054-description =
    Liest die Einstellungen von Privileged Identity Management für „Globaler Administrator“
    und „Administrator für privilegierte Rollen“. Die Aktivierung muss
    Multi-Faktor-Authentifizierung (oder einen Authentifizierungskontext des bedingten
    Zugriffs) und eine Begründung verlangen. Eine Rolle ohne PIM-Einstellungen in den Daten
    schlägt fehl.
check-cray-entra-054-risk =
    Ohne MFA bei der Aktivierung genügt eine gestohlene Sitzung eines berechtigten Benutzers,
    um globaler Administrator zu werden. Ohne Begründung lässt sich später nicht
    nachvollziehen, wozu die Rolle genutzt wurde.
check-cray-entra-054-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Einstellungen.
    2. „Globaler Administrator“ öffnen, Bearbeiten; unter „Aktivierung“ „Bei Aktivierung
       Azure MFA anfordern“ (oder einen Authentifizierungskontext des bedingten Zugriffs)
       und „Begründung bei Aktivierung anfordern“ wählen; aktualisieren.
    3. Dasselbe für „Administrator für privilegierte Rollen“ wiederholen.
    PIM erfordert Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<Richtlinien-ID>/
    rules/Enablement_EndUser_Assignment mit enabledRules MultiFactorAuthentication und
    Justification (in PowerShell Update-MgPolicyRoleManagementPolicyRule).

## CRAY-ENTRA-055

check-cray-entra-055-title = Die Aktivierung der wichtigsten Administratorrollen muss genehmigt werden
check-cray-entra-055-description =
    Liest die Einstellungen von Privileged Identity Management für „Globaler Administrator“
    und „Administrator für privilegierte Rollen“. Die Aktivierung muss eine Genehmigung
    verlangen, und mindestens ein Genehmigender muss benannt sein. Eine Rolle ohne
    PIM-Einstellungen in den Daten schlägt fehl.
check-cray-entra-055-risk =
    Ohne Genehmigung aktiviert jeder, der ein berechtigtes Konto übernimmt, die Rolle allein.
    Eine zweite Person, die zustimmen muss, hält eine solche Aktivierung auf oder bemerkt sie
    zumindest.
check-cray-entra-055-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Einstellungen.
    2. „Globaler Administrator“ öffnen, Bearbeiten; „Zum Aktivieren ist eine Genehmigung
       erforderlich“ wählen und Genehmigende hinzufügen (Benutzer oder Gruppen außer den
       berechtigten Personen); aktualisieren.
    3. Dasselbe für „Administrator für privilegierte Rollen“ wiederholen. Die
       Notfallzugriffskonten dauerhaft aktiv lassen, damit ein Engpass bei der Genehmigung
       Sie nicht aussperrt.
    PIM erfordert Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<Richtlinien-ID>/
    rules/Approval_EndUser_Assignment mit setting.isApprovalRequired true und den
    Genehmigenden.

## CRAY-ENTRA-056

check-cray-entra-056-title = Aktivierungen der wichtigsten Administratorrollen dauern höchstens acht Stunden
check-cray-entra-056-description =
    Liest die maximale Aktivierungsdauer in den Einstellungen von Privileged Identity
    Management für „Globaler Administrator“ und „Administrator für privilegierte Rollen“.
    Acht Stunden oder weniger bestehen; eine längere oder nicht lesbare Dauer oder eine
    Rolle ohne PIM-Einstellungen in den Daten schlägt fehl.
check-cray-entra-056-risk =
    Eine lange Aktivierung hält die Rolle aktiv, lange nachdem die Aufgabe erledigt ist; eine
    gestohlene Sitzung oder ein gestohlenes Token trägt so länger die vollen Rechte.
check-cray-entra-056-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Einstellungen.
    2. „Globaler Administrator“ öffnen, Bearbeiten; „Maximale Aktivierungsdauer (Stunden)“
       auf 8 oder weniger setzen (für die meisten Aufgaben eine bis vier Stunden);
       aktualisieren.
    3. Dasselbe für „Administrator für privilegierte Rollen“ wiederholen.
    PIM erfordert Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<Richtlinien-ID>/
    rules/Expiration_EndUser_Assignment mit maximumDuration etwa auf PT4H.

## CRAY-ENTRA-057

check-cray-entra-057-title = Aktivierungen der wichtigsten Administratorrollen benachrichtigen Administratoren
check-cray-entra-057-description =
    Liest die Benachrichtigungseinstellungen für die Rollenaktivierung in Privileged
    Identity Management für „Globaler Administrator“ und „Administrator für privilegierte
    Rollen“. Die Administratorbenachrichtigung muss an die Standardempfänger oder an
    benannte Empfänger gehen. Eine Rolle ohne PIM-Einstellungen in den Daten schlägt fehl.
check-cray-entra-057-risk =
    Eine Aktivierung, von der niemand erfährt, bleibt unbemerkt. Eine Benachrichtigung lässt
    Administratoren eine unerwartete Aktivierung erkennen, solange der Angreifer noch am
    Werk ist.
check-cray-entra-057-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Einstellungen.
    2. „Globaler Administrator“ öffnen, Bearbeiten, Benachrichtigung; unter
       „Benachrichtigungen senden, wenn berechtigte Mitglieder diese Rolle aktivieren“ die
       Warnung zur Rollenaktivierung mit den Standardempfängern einschalten oder ein
       überwachtes Postfach hinzufügen; aktualisieren.
    3. Dasselbe für „Administrator für privilegierte Rollen“ wiederholen.
    PIM erfordert Entra ID P2. Graph: PATCH /policies/roleManagementPolicies/<Richtlinien-ID>/
    rules/Notification_Admin_EndUser_Assignment mit isDefaultRecipientsEnabled true oder
    notificationRecipients.

## CRAY-ENTRA-058

check-cray-entra-058-title = Jeder Mitgliedsbenutzer hat sich für MFA registriert
check-cray-entra-058-description =
    Liest den Registrierungsbericht der Authentifizierungsmethoden. Jeder Mitgliedsbenutzer
    muss eine Methode für die Multi-Faktor-Authentifizierung registriert haben
    (isMfaRegistered). Gäste registrieren sich in ihrem Heimatmandanten und bleiben außen
    vor; deaktivierte Konten bleiben außen vor, wenn die Benutzerliste erfasst wurde. Der
    Bericht erfordert Entra ID P1 oder P2.
check-cray-entra-058-risk =
    Ein Benutzer ohne registrierte Methode kann nicht nach MFA gefragt werden. Wo der
    bedingte Zugriff MFA verlangt, kann ein Angreifer mit dem Kennwort die erste Methode
    selbst registrieren und das Konto so dauerhaft übernehmen.
check-cray-entra-058-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Details zur
       Benutzerregistrierung; nach „MFA-fähig: Nicht fähig“ filtern.
    2. Die aufgeführten Benutzer bitten, sich unter https://aka.ms/mysecurityinfo zu
       registrieren, oder einen befristeten Zugriffspass ausstellen, um Passkeys oder
       Microsoft Authenticator einzurichten.
    3. Die Registrierung mit einer Richtlinie für bedingten Zugriff für die Benutzeraktion
       „Sicherheitsinformationen registrieren“ schützen (vertrauenswürdiger Standort oder
       konformes Gerät) und die Registrierungskampagne einschalten.
    PowerShell: Get-MgReportAuthenticationMethodUserRegistrationDetail -Filter
    "isMfaRegistered eq false" listet sie. Graph: GET
    /reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false.

## CRAY-ENTRA-059

check-cray-entra-059-title = Jeder Administrator hat sich für MFA registriert
check-cray-entra-059-description =
    Liest den Registrierungsbericht der Authentifizierungsmethoden. Jeder Benutzer, den er
    als Administrator ausweist (isAdmin), muss eine Methode für die
    Multi-Faktor-Authentifizierung registriert haben. Gäste und deaktivierte Konten zählen
    hier mit. Der Bericht erfordert Entra ID P1 oder P2.
check-cray-entra-059-risk =
    Einem Administrator ohne MFA fehlt nur ein Kennwort bis zum Verlust des Mandanten.
    Angreifer, die es erraten oder abfischen, können zudem eine eigene Methode registrieren
    und den Inhaber aussperren.
check-cray-entra-059-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Details zur
       Benutzerregistrierung; nach „Benutzerrolle: Privilegiert“ filtern.
    2. Jeden aufgeführten Administrator eine phishingresistente Methode (Passkey oder
       FIDO2-Schlüssel) registrieren lassen, etwa mit einem befristeten Zugriffspass, der
       nach Prüfung der Identität ausgestellt wird.
    3. Administratorrollen von Konten entfernen, die niemand nutzt.
    PowerShell: Get-MgReportAuthenticationMethodUserRegistrationDetail -Filter "isAdmin eq
    true and isMfaRegistered eq false". Graph: GET
    /reports/authenticationMethods/userRegistrationDetails mit demselben Filter.

## CRAY-ENTRA-060

check-cray-entra-060-title = Systembevorzugte MFA gilt für jeden Benutzer
check-cray-entra-060-description =
    Liest isSystemPreferredAuthenticationMethodEnabled aus dem Registrierungsbericht der
    Authentifizierungsmethoden. Jeder Benutzer muss true zeigen; Benutzer mit false sind
    ausgeschlossen oder die Funktion ist aus, und ein fehlender Wert gilt als nicht
    nachgewiesen. Der Bericht erfordert Entra ID P1 oder P2.
check-cray-entra-060-risk =
    Ohne systembevorzugte MFA werden Benutzer nach der Methode gefragt, die sie als Standard
    gewählt haben, oft SMS oder ein Anruf, selbst wenn sie eine stärkere registriert haben.
check-cray-entra-060-remediation =
    1. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Einstellungen.
    2. „Systembevorzugte Multi-Faktor-Authentifizierung“: Status „Aktiviert“, „Alle
       Benutzer“ einschließen und niemanden ausschließen (oder nur eine Gruppe, die noch Zeit
       braucht); speichern.
    Graph (Beta): PATCH /beta/policies/authenticationMethodsPolicy mit
    systemCredentialPreferences.state auf enabled und includeTargets all_users.

## CRAY-ENTRA-061

check-cray-entra-061-title = Die mandantenübergreifenden Standardeinstellungen vertrauen keinen fremden Geräten
check-cray-entra-061-description =
    Liest die eingehenden Vertrauenseinstellungen der Standardeinstellungen für den
    mandantenübergreifenden Zugriff, die für jede Organisation ohne eigene Einstellungen
    gelten. Werden Ansprüche konformer oder hybrid eingebundener Geräte akzeptiert, schlägt
    die Prüfung fehl; das Vertrauen in die MFA anderer Mandanten wird hier nicht bewertet.
check-cray-entra-061-risk =
    Geräteansprüche kommen dann aus jedem Mandanten der Welt, auch aus einem, den ein
    Angreifer angelegt hat. Richtlinien für bedingten Zugriff, die ein konformes oder hybrid
    eingebundenes Gerät verlangen, akzeptieren solche Ansprüche von Gästen, ohne dass die
    Organisation das Gerät verwaltet.
check-cray-entra-061-remediation =
    1. Microsoft Entra Admin Center: Identität, Externe Identitäten, Mandantenübergreifende
       Zugriffseinstellungen, Standardeinstellungen, Einstellungen für eingehenden Zugriff,
       Bearbeiten, Vertrauenseinstellungen.
    2. „Konformen Geräten vertrauen“ und „In Microsoft Entra Hybrid eingebundenen Geräten
       vertrauen“ abwählen; speichern.
    3. Geräteansprüchen nur bei benannten Partnern unter „Organisationseinstellungen“
       vertrauen.
    Graph: PATCH /policies/crossTenantAccessPolicy/default mit
    inboundTrust.isCompliantDeviceAccepted und isHybridAzureADJoinedDeviceAccepted auf false
    (in PowerShell Update-MgPolicyCrossTenantAccessPolicyDefault).

## CRAY-ENTRA-062

check-cray-entra-062-title = Die mandantenübergreifenden Standardeinstellungen lassen Direktverbindung und automatische Einlösung aus
check-cray-entra-062-description =
    Liest die Standardeinstellungen für den mandantenübergreifenden Zugriff.
    B2B-Direktverbindung muss für alle Benutzer eingehend und ausgehend blockiert sein, und
    die automatische Einlösung von Einladungen darf in keiner Richtung erlaubt sein. Ein
    fehlender oder nicht blockierter Zugriffstyp schlägt fehl.
check-cray-entra-062-risk =
    B2B-Direktverbindung gibt Benutzern jedes anderen Mandanten Zugriff auf freigegebene
    Teams-Kanäle, ohne Gastkonto, das die Organisation sehen und prüfen kann. Die
    automatische Einlösung überspringt die Zustimmungsabfrage, die Benutzern zeigt, dass sie
    eine andere Organisation betreten.
check-cray-entra-062-remediation =
    1. Microsoft Entra Admin Center: Identität, Externe Identitäten, Mandantenübergreifende
       Zugriffseinstellungen, Standardeinstellungen.
    2. Einstellungen für eingehenden und ausgehenden Zugriff, B2B-Direktverbindung: externe
       Benutzer und Gruppen sowie Anwendungen auf „Zugriff blockieren“ setzen; speichern.
    3. Vertrauenseinstellungen (eingehend) und ausgehende Einstellungen: „Einladungen
       automatisch einlösen“ abwählen; nur für benannte Partner zulassen.
    Graph: PATCH /policies/crossTenantAccessPolicy/default mit b2bDirectConnectInbound und
    b2bDirectConnectOutbound auf blocked und automaticUserConsentSettings auf false.

## CRAY-ENTRA-063

check-cray-entra-063-title = Partnerorganisationen erhalten Gerätevertrauen und automatische Einlösung nur gezielt
check-cray-entra-063-description =
    Führt jede Partnerorganisation in den mandantenübergreifenden Zugriffseinstellungen auf,
    deren eingehendes Vertrauen Ansprüche konformer oder hybrid eingebundener Geräte
    akzeptiert oder deren eingehende Einladungen automatisch eingelöst werden, damit Sie
    jede bestätigen können. Ein Partner, der die Standardeinstellungen erbt, wird von
    CRAY-ENTRA-061 geprüft.
check-cray-entra-063-risk =
    Die Geräteverwaltung und der Benutzerlebenszyklus jedes solchen Partners werden Teil der
    eigenen Abwehr. Ein schwach verwalteter oder kompromittierter Partner erfüllt
    Geräteanforderungen für seine Benutzer, ohne dass die Organisation die Geräte sieht.
check-cray-entra-063-remediation =
    1. Microsoft Entra Admin Center: Identität, Externe Identitäten, Mandantenübergreifende
       Zugriffseinstellungen, Organisationseinstellungen; jeden aufgeführten Mandanten
       öffnen.
    2. Eingehender Zugriff, Vertrauenseinstellungen: Gerätevertrauen und automatische
       Einlösung nur für Partner mit Vertrag und bekannter Geräteverwaltung behalten, bei
       allen anderen abwählen.
    Graph: PATCH /policies/crossTenantAccessPolicy/partners/<Mandanten-ID> mit dem
    eingehenden Vertrauen und automaticUserConsentSettings.

## CRAY-ENTRA-064

check-cray-entra-064-title = Der Zugriff von Gästen wird regelmäßig überprüft
check-cray-entra-064-description =
    Liest die Definitionen der Zugriffsüberprüfungen. Die Prüfung besteht, wenn mindestens
    eine wiederkehrende, nicht beendete Überprüfung Gastbenutzer auswählt (ihr Bereich
    filtert userType eq 'Guest'). Zugriffsüberprüfungen erfordern Entra ID P2 oder Entra ID
    Governance.
check-cray-entra-064-risk =
    Gäste behalten ihren Zugriff, wenn Projekt oder Vertrag enden. Ohne Überprüfung entfernt
    sie niemand, und jedes vergessene Gastkonto ist ein Zugang, den die Organisation nicht
    beobachtet.
check-cray-entra-064-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Zugriffsüberprüfungen, Neue
       Zugriffsüberprüfung.
    2. Überprüfungstyp: Teams + Gruppen (alle Microsoft 365-Gruppen mit Gastbenutzern),
       Bereich „Nur Gastbenutzer“.
    3. Prüfer: Gruppenbesitzer mit einem Ausweichprüfer; Wiederholung vierteljährlich; nach
       Abschluss Ergebnisse automatisch anwenden und den Zugriff entfernen, wenn Prüfer nicht
       antworten; starten.
    Graph: POST /identityGovernance/accessReviews/definitions mit einer Bereichsabfrage, die
    userType eq 'Guest' filtert, und settings.recurrence (in PowerShell
    New-MgIdentityGovernanceAccessReviewDefinition).

## CRAY-ENTRA-065

check-cray-entra-065-title = Die wichtigsten Administratorrollen werden regelmäßig überprüft
check-cray-entra-065-description =
    Liest die Definitionen der Zugriffsüberprüfungen. Für „Globaler Administrator“ und
    „Administrator für privilegierte Rollen“ muss es je eine wiederkehrende, nicht beendete
    Überprüfung geben, deren Bereich die Rolle nennt. Zugriffsüberprüfungen erfordern Entra
    ID P2 oder Entra ID Governance.
check-cray-entra-065-risk =
    Administratorrollen sammeln sich an: Menschen wechseln die Stelle, Projekte enden, die
    Rolle bleibt. Jeder unnötige Administrator ist ein weiteres Konto, dessen Übernahme die
    volle Kontrolle bringt.
check-cray-entra-065-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Zugriffsüberprüfungen, Neu.
    2. „Globaler Administrator“ wählen (und in einer zweiten Überprüfung „Administrator für
       privilegierte Rollen“), Zuweisungstyp alle aktiven und berechtigten, Prüfer:
       ausgewählte Benutzer oder die Mitglieder selbst mit einem Ausweichprüfer.
    3. Häufigkeit vierteljährlich (oder monatlich), Dauer wenige Tage; nach Abschluss
       Ergebnisse automatisch anwenden und den Zugriff entfernen, wenn Prüfer nicht
       antworten; starten.
    Graph: POST /identityGovernance/accessReviews/definitions mit einer Bereichsabfrage auf
    /roleManagement/directory/roleAssignmentScheduleInstances, gefiltert nach der
    roleDefinitionId der Rolle, und settings.recurrence.

## CRAY-ENTRA-066

check-cray-entra-066-title = Gäste akzeptieren Nutzungsbedingungen
check-cray-entra-066-description =
    Liest die Nutzungsbedingungen und die Richtlinien für bedingten Zugriff. Die Prüfung
    besteht, wenn eine aktivierte Richtlinie, die für Gäste gilt („Alle Benutzer“,
    GuestsOrExternalUsers oder eine Bedingung für Gast- und externe Benutzer), vorhandene
    Nutzungsbedingungen verlangt. Richtlinien im Nur-Bericht-Modus zählen nicht.
    Nutzungsbedingungen erfordern Entra ID P1.
check-cray-entra-066-risk =
    Ohne akzeptierte Bedingungen haben Gäste den Regeln der Organisation zu Vertraulichkeit
    und Datennutzung nicht zugestimmt; das schwächt die rechtliche Grundlage, wenn ein Gast
    seinen Zugriff missbraucht.
check-cray-entra-066-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Nutzungsbedingungen, Neue
       Bedingungen; das Dokument hochladen (ein PDF je Sprache) und das Aufklappen verlangen.
    2. Schutz, Bedingter Zugriff, Neue Richtlinie: Benutzer, „Gast- oder externe Benutzer“
       einschließen; Zielressourcen „Alle Cloud-Apps“; Gewähren, die neuen
       Nutzungsbedingungen; Richtlinie aktivieren.
    Graph: POST /identityGovernance/termsOfUse/agreements, danach eine Richtlinie für
    bedingten Zugriff mit grantControls.termsOfUse und der ID der Bedingungen.

## CRAY-ENTRA-067

check-cray-entra-067-title = Das Einbinden oder Registrieren eines Geräts verlangt MFA
check-cray-entra-067-description =
    Besteht, wenn die Geräteregistrierungsrichtlinie Multi-Faktor-Authentifizierung verlangt
    oder eine aktivierte Richtlinie für bedingten Zugriff für alle Benutzer bei der
    Benutzeraktion „Geräte registrieren oder einbinden“ MFA verlangt (der von Microsoft
    empfohlene Weg). Ohne die Daten zum bedingten Zugriff zählt nur die Geräteeinstellung;
    das Detail sagt dies.
check-cray-entra-067-risk =
    Ein Gerät, das nur mit einem gestohlenen Kennwort eingebunden oder registriert wird,
    erhält eine Geräteidentität im Mandanten. Angreifer nutzen sie, um ein Primary Refresh
    Token zu erhalten und Richtlinien zu erfüllen, die registrierten Geräten vertrauen.
check-cray-entra-067-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Neue Richtlinie.
    2. Benutzer: „Alle Benutzer“ (die Notfallzugriffskonten ausschließen); Zielressourcen:
       Benutzeraktionen, „Geräte registrieren oder einbinden“.
    3. Gewähren: Authentifizierungsstärke „Multi-Faktor-Authentifizierung“ verlangen;
       Richtlinie aktivieren.
    4. Danach unter Identität, Geräte, Geräteeinstellungen „Zum Registrieren oder Einbinden
       von Geräten ist Multi-Faktor-Authentifizierung erforderlich“ auf „Nein“ stellen, damit
       sich beide Einstellungen nicht widersprechen.
    Graph: POST /identity/conditionalAccess/policies mit
    conditions.applications.includeUserActions auf urn:user:registerdevice.

## CRAY-ENTRA-068

check-cray-entra-068-title = Der Microsoft Entra-Join bleibt unter Kontrolle
check-cray-entra-068-description =
    Liest die Geräteregistrierungsrichtlinie. Schlägt fehl, wenn jeder Benutzer Geräte in
    Microsoft Entra ID einbinden darf, wenn der einbindende Benutzer lokaler Administrator
    des Geräts wird oder wenn Windows LAPS ausgeschaltet ist. Eine Einstellung, deren Art
    nicht lesbar ist, gilt als offen.
check-cray-entra-068-risk =
    Darf jeder Geräte einbinden und ist darauf lokaler Administrator, kann jeder eine
    unverwaltete Maschine ins Verzeichnis bringen und ihre Schutzfunktionen abschalten. Ohne
    LAPS sind lokale Administratorkennwörter geteilt oder ändern sich nie; das hilft
    Angreifern, von Gerät zu Gerät zu wechseln.
check-cray-entra-068-remediation =
    1. Microsoft Entra Admin Center: Identität, Geräte, Alle Geräte, Geräteeinstellungen.
    2. „Benutzer können Geräte in Microsoft Entra einbinden“: „Ausgewählt“, mit einer Gruppe
       der Personen, die Geräte einrichten.
    3. „Registrierender Benutzer wird beim Microsoft Entra-Join als lokaler Administrator
       hinzugefügt“: „Keine“ (oder „Ausgewählt“); lokale Administratoren stattdessen mit
       Intune verwalten.
    4. „Microsoft Entra Local Administrator Password Solution (LAPS) aktivieren“: „Ja“;
       speichern und die LAPS-Richtlinie in Intune konfigurieren.
    Graph (Beta): PUT /beta/policies/deviceRegistrationPolicy mit
    azureADJoin.allowedToJoin, azureADJoin.localAdmins.registeringUsers und
    localAdminPassword.isEnabled.

## CRAY-ENTRA-069

check-cray-entra-069-title = Hybride Mandanten synchronisieren Kennworthashes
check-cray-entra-069-description =
    Für einen Mandanten, der aus Active Directory synchronisiert (onPremisesSyncEnabled der
    Organisation), muss in den Einstellungen der lokalen Synchronisierung die
    Kennworthashsynchronisierung eingeschaltet sein. Ein reiner Cloud-Mandant besteht mit
    einem Hinweis. Nahtloses einmaliges Anmelden ist über Microsoft Graph nicht sichtbar und
    wird nicht geprüft.
check-cray-entra-069-risk =
    Ohne Kennworthashsynchronisierung hängt die Anmeldung vom Verbund oder von
    Passthrough-Agents ab: Ein lokaler Ausfall oder eine lokale Kompromittierung stoppt die
    Anmeldung in der Cloud, und Entra ID Protection kann kompromittierte Anmeldeinformationen
    nicht erkennen.
check-cray-entra-069-remediation =
    1. Auf dem Microsoft Entra Connect-Server: Microsoft Entra Connect starten, Konfigurieren,
       Benutzeranmeldung ändern (oder Synchronisierungsoptionen anpassen).
    2. Kennworthashsynchronisierung wählen (als Anmeldemethode oder als optionale Funktion
       neben dem Verbund); den Assistenten abschließen.
    3. Mit Cloud Sync: Microsoft Entra Admin Center, Hybridverwaltung, Cloudsynchronisierung,
       Konfiguration, Eigenschaften, Kennworthashsynchronisierung: Aktiviert.
    Graph: GET /directory/onPremisesSynchronization zeigt features.passwordSyncEnabled; die
    Einstellung wird in Entra Connect oder Cloud Sync geändert.
