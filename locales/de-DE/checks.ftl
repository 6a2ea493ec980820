# Prüftexte: Titel, Beschreibung, Risiko und schrittweise Behebung je Prüfung sowie die
# Anzeigenamen der Themen. Die IDs folgen check-<Prüf-ID in Kleinbuchstaben>-<Teil>.

## Themen

topic-conditional_access = Bedingter Zugriff
topic-privileged_access = Privilegierter Zugriff
topic-application_consent = Anwendungen und Einwilligung
topic-external_collaboration = Externe Zusammenarbeit
topic-authentication_methods = Authentifizierungsmethoden
topic-exchange_mail_flow = Exchange-Nachrichtenfluss
topic-legacy_auth = Legacy-Authentifizierung
topic-mfa = Mehrstufige Authentifizierung
topic-phishing_resistant_mfa = Phishing-resistente MFA
topic-risk_based_access = Risikobasierter Zugriff
topic-auth_flows = Authentifizierungsflüsse
topic-ca_hygiene = Hygiene des bedingten Zugriffs
topic-pim = Privileged Identity Management
topic-consent = Benutzereinwilligung
topic-default_user_rights = Standardrechte der Benutzer
topic-guest_access = Gast- und mandantenübergreifender Zugriff
topic-access_reviews = Zugriffsüberprüfungen
topic-terms_of_use = Nutzungsbedingungen
topic-auth_methods = Richtlinie für Authentifizierungsmethoden
topic-mfa_registration = MFA-Registrierung
topic-passwords = Kennwörter und Sperrung
topic-group_creation = Gruppenerstellung
topic-applications = Anwendungen und Dienstprinzipale
topic-devices = Geräteregistrierung
topic-hybrid = Hybride Identität
topic-licences = Lizenzen
topic-mail_forwarding = E-Mail-Weiterleitung
topic-email_authentication = E-Mail-Authentifizierung
topic-exchange_auth = Exchange-Authentifizierung
topic-auditing = Überwachung
topic-external_sharing = Externe Freigabe und Kennzeichnung
topic-threat_protection = Bedrohungsschutz
topic-mailbox_hardening = Postfachhärtung

## CRAY-ENTRA-001

check-cray-entra-001-title = MFA ist für alle Benutzer erforderlich
check-cray-entra-001-description =
    Eine aktivierte Richtlinie für bedingten Zugriff verlangt mehrstufige Authentifizierung
    für alle Benutzer und alle Cloud-Apps, oder die Sicherheitsstandards sind eingeschaltet.
    Die Gewährung darf keinen Weg an MFA vorbei lassen: nur „Mehrstufige Authentifizierung
    erforderlich“, MFA zusammen mit anderen Steuerelementen unter „Alle ausgewählten
    Steuerelemente anfordern“ oder eine Authentifizierungsstärke. Richtlinien im Modus „Nur
    Bericht“ und deaktivierte Richtlinien zählen nicht, ebenso wenig eine Richtlinie, die
    durch Plattformen, Standorte, Client-Apps, Geräte oder Risikostufen eingeschränkt ist,
    noch eine, die Cloud-Apps per Ausschluss oder Anwendungsfilter auslässt oder nur
    Benutzeraktionen oder Authentifizierungskontexte betrifft. Alle vier Client-App-Typen
    auszuwählen zählt wie „alle“. Bis zu zwei ausgeschlossene Benutzerkonten und bis zu zwei
    ausgeschlossene, Rollen zuweisbare Gruppen gelten als Ausnahme für
    Notfallzugriffskonten; ausgeschlossene Rollen, Gäste oder externe Benutzer (über die
    Gasteinstellung oder das Schlüsselwort GuestsOrExternalUsers) oder einfache Gruppen
    nicht.
check-cray-entra-001-risk =
    Ohne MFA genügt ein gestohlenes oder erratenes Kennwort für die Anmeldung. Password
    Spraying, Phishing und wiederverwendete Kennwörter aus fremden Datenlecks geben einem
    Angreifer dann ein funktionierendes Konto mit Zugriff auf E-Mail, Dateien und Teams.
check-cray-entra-001-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie
       (oder die in diesem Befund genannte Richtlinie im Modus „Nur Bericht“ öffnen).
    2. Benutzer: Alle Benutzer einschließen; nur die beiden Notfallzugriffskonten oder eine
       Rollen zuweisbare Gruppe mit diesen Konten ausschließen.
    3. Zielressourcen: Alle Cloud-Apps (alle Ressourcen), ohne Ausschlüsse.
    4. Bedingungen: Plattformen, Standorte und Client-Apps nicht konfigurieren.
    5. Gewähren: Authentifizierungsstärke „Mehrstufige Authentifizierung“ erforderlich (oder
       „Mehrstufige Authentifizierung erforderlich“ als einziges Steuerelement).
    6. Zuerst im Modus „Nur Bericht“ starten, die Anmeldeprotokolle einige Tage prüfen und
       dann „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell (Microsoft Graph-Modul): New-MgIdentityConditionalAccessPolicy mit denselben
    Einstellungen, oder Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId
    <ID> -State enabled für eine bestehende Richtlinie im Modus „Nur Bericht“. Graph: PATCH
    /identity/conditionalAccess/policies/<ID> mit state auf enabled.
    Mandanten ohne Entra ID P1 schalten stattdessen die Sicherheitsstandards ein (Identität,
    Übersicht, Eigenschaften, Sicherheitsstandards verwalten).

## CRAY-ENTRA-002

check-cray-entra-002-title = Legacy-Authentifizierung ist blockiert
check-cray-entra-002-description =
    Eine aktivierte Richtlinie für bedingten Zugriff blockiert die Client-App-Typen Exchange
    ActiveSync und „Andere Clients“ für alle Benutzer und alle Cloud-Apps, oder die
    Sicherheitsstandards sind eingeschaltet. Es gelten dieselben Ausnahmen für
    Notfallzugriffskonten und dieselben Regeln für App-Bereich, Anwendungsfilter und
    Client-App-Typen wie bei der MFA-Prüfung.
check-cray-entra-002-risk =
    Ältere Protokolle wie IMAP, POP, SMTP AUTH und alte Office-Clients können keine MFA.
    Angreifer nutzen sie für Password Spraying und melden sich damit mit gestohlenen
    Kennwörtern an, selbst wenn moderne Clients MFA verlangen.
check-cray-entra-002-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Alle Benutzer einschließen; nur die Notfallzugriffskonten ausschließen.
    3. Zielressourcen: Alle Cloud-Apps.
    4. Bedingungen, Client-Apps: Konfigurieren auf „Ja“; nur Exchange ActiveSync-Clients
       und Andere Clients auswählen.
    5. Gewähren: Zugriff blockieren.
    6. Zuerst im Modus „Nur Bericht“ betreiben, in den Anmeldeprotokollen (Filter Client-App)
       verbliebene Legacy-Anmeldungen suchen und dann auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit conditions.clientAppTypes auf
    exchangeActiveSync und other sowie grantControls.builtInControls auf block. Graph: POST
    /identity/conditionalAccess/policies mit demselben Inhalt.

## CRAY-ENTRA-003

check-cray-entra-003-title = Zwei bis vier globale Administratoren
check-cray-entra-003-description =
    Zählt die Benutzerkonten mit aktiver Zuweisung der Rolle „Globaler Administrator“. Zwei
    bis vier bestehen die Prüfung. Deaktivierte Konten behalten die Rolle; sie zählen mit
    und werden markiert. Hält eine Gruppe die Rolle, schlägt die Prüfung fehl und nennt die
    Gruppe: cray erfasst keine Gruppenmitglieder, die tatsächliche Zahl ist also unbekannt,
    und die Mitglieder halten die Rolle unbemerkt. Dienstprinzipale mit dieser Rolle werden
    aufgeführt, aber nicht gezählt.
check-cray-entra-003-risk =
    Ein einziger globaler Administrator ist ein Single Point of Failure: Geht das Konto
    verloren oder wird es gesperrt, kann niemand mehr den Mandanten verwalten. Mehr als vier
    vergrößern die Angriffsfläche, denn jeder von ihnen kann den ganzen Mandanten übernehmen.
check-cray-entra-003-remediation =
    1. Microsoft Entra Admin Center: Identität, Rollen und Administratoren, Globaler
       Administrator, Zuweisungen.
    2. Zu viele: Die Zuweisung bei Konten entfernen, die weniger brauchen, und ihnen eine
       engere Rolle geben (zum Beispiel Benutzeradministrator oder Exchange-Administrator).
    3. Zu wenige: Ein zweites, reines Cloud-Notfallzugriffskonto anlegen.
    4. Eine aufgeführte Gruppe: Ihre Mitglieder prüfen, denn jedes hält die Rolle, und die
       Rolle stattdessen benannten Konten zuweisen. Die Zuweisung bei deaktivierten Konten
       entfernen.
    5. Mit Entra ID P2 die täglich arbeitenden Administratoren in Privileged Identity
       Management berechtigt statt aktiv zuweisen.
    PowerShell: Get-MgRoleManagementDirectoryRoleAssignment -Filter "roleDefinitionId eq
    '62e90394-69f5-4237-9190-012177145e10'" listet die Inhaber;
    Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId <ID> entfernt eine
    Zuweisung.

## CRAY-ENTRA-004

check-cray-entra-004-title = Kein dauerhafter globaler Administrator
check-cray-entra-004-description =
    Führt jeden Prinzipal mit aktiver Zuweisung der Rolle „Globaler Administrator“ auf,
    gelesen aus den Rollenzuweisungen; diese enthalten auch direkte Zuweisungen ohne
    Privileged Identity Management. Nur berechtigte Prinzipale sind nicht dauerhaft.
    Einzige Ausnahme sind Notfallzugriffskonten: aktivierte, reine Cloud-Mitgliedskonten,
    deren Anzeigename oder Anmeldename „Break Glass“ oder „Emergency Access“ enthält, werden
    im Detail des Befunds genannt, lassen die Prüfung aber nicht fehlschlagen. Gast-,
    externe, synchronisierte oder deaktivierte Konten sind nie ausgenommen, wie auch immer
    sie heißen. Ein Prinzipal, der berechtigt und zugleich aktiv ist, wird aufgeführt, da
    die aktive Zuweisung dauerhaft sein kann. Ohne die PIM-Berechtigungsdaten (sie
    erfordern Entra ID P2) läuft die Prüfung auf den Rollenzuweisungen weiter und sagt dies
    im Detail.
check-cray-entra-004-risk =
    Ein dauerhafter globaler Administrator hat jederzeit die volle Kontrolle über den
    Mandanten. Wird das Konto per Phishing übernommen oder sein Token gestohlen, hat der
    Angreifer diese Kontrolle sofort, ohne Genehmigung, Begründung oder Zeitlimit.
check-cray-entra-004-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Rollen, Globaler Administrator.
    2. Für jedes aufgeführte Konto: Zuweisungen hinzufügen, Typ „Berechtigt“, danach die
       aktive Zuweisung entfernen (Zuweisungen, Aktive Zuweisungen, Entfernen).
    3. Einstellungen der Rolle: Bei Aktivierung MFA und Begründung verlangen und die
       Aktivierung auf wenige Stunden begrenzen.
    4. Nur die beiden Notfallzugriffskonten dauerhaft lassen: reine Cloud-Konten, vom
       bedingten Zugriff ausgenommen und überwacht.
    PIM erfordert Entra ID P2. PowerShell:
    New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest mit Aktion adminAssign legt
    die berechtigte Zuweisung an; New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest
    mit Aktion adminRemove beendet die aktive.

## CRAY-ENTRA-005

check-cray-entra-005-title = Benutzereinwilligung für Apps ist eingeschränkt
check-cray-entra-005-description =
    Prüft die Richtlinien für Berechtigungserteilung, die der Standardbenutzerrolle
    zugewiesen sind. Die Legacy-Richtlinie microsoft-user-default-legacy erlaubt jedem
    Benutzer die Einwilligung in jede delegierte Berechtigung ohne Administratorpflicht und
    führt daher zum Fehlschlag. Die Richtlinie microsoft-user-default-low (verifizierte
    Herausgeber, Berechtigungen mit geringer Auswirkung) besteht mit einem Hinweis.
check-cray-entra-005-risk =
    Beim Consent Phishing erteilt ein Benutzer einer bösartigen App Zugriff auf E-Mail und
    Dateien. Die Erteilung übersteht Kennwortänderungen und MFA, weil die App eigene Token
    besitzt.
check-cray-entra-005-remediation =
    1. Microsoft Entra Admin Center: Identität, Anwendungen, Unternehmensanwendungen,
       Einwilligung und Berechtigungen, Einstellungen für die Benutzereinwilligung.
    2. „Benutzereinwilligung nicht zulassen“ wählen oder „Benutzereinwilligung für Apps von
       verifizierten Herausgebern für ausgewählte Berechtigungen zulassen“.
    3. Den Workflow für die Administratoreinwilligung einschalten, damit Benutzer benötigte
       Apps anfragen können.
    PowerShell: Update-MgPolicyAuthorizationPolicy mit
    DefaultUserRolePermissions.PermissionGrantPoliciesAssigned ohne
    ManagePermissionGrantsForSelf.microsoft-user-default-legacy. Graph: PATCH
    /policies/authorizationPolicy mit derselben Eigenschaft.

## CRAY-ENTRA-006

check-cray-entra-006-title = Gasteinladungen sind eingeschränkt
check-cray-entra-006-description =
    Prüft, wer Gastbenutzer einladen darf (allowInvitesFrom in der Autorisierungsrichtlinie).
    Nur „none“ und „adminsAndGuestInviters“ (Administratoren und die Rolle „Gasteinladender“)
    bestehen; „adminsGuestInvitersAndAllMembers“ (jedes Mitglied) und „everyone“ (auch
    Gäste) führen zum Fehlschlag.
check-cray-entra-006-risk =
    Wenn jeder einladen darf, laden Gäste weitere Gäste ein, und externe Konten gelangen ohne
    Prüfung in den Mandanten. Jedes davon kann Verzeichnisdaten lesen und Zugriff auf Teams
    und Dateien erhalten.
check-cray-entra-006-remediation =
    1. Microsoft Entra Admin Center: Identität, Externe Identitäten, Einstellungen für
       externe Zusammenarbeit.
    2. Einstellungen für Gasteinladungen: „Nur Benutzer mit bestimmten Administratorrollen
       können Gastbenutzer einladen“ wählen.
    3. Den Personen, die Partner einladen, die Rolle „Gasteinladender“ zuweisen.
    PowerShell: Update-MgPolicyAuthorizationPolicy -AllowInvitesFrom adminsAndGuestInviters.
    Graph: PATCH /policies/authorizationPolicy mit allowInvitesFrom auf
    adminsAndGuestInviters.

## CRAY-ENTRA-007

check-cray-entra-007-title = Richtlinien im Modus „Nur Bericht“ sind abgeschlossen
check-cray-entra-007-description =
    Führt Richtlinien für bedingten Zugriff im Modus „Nur Bericht“ auf. Sie werden
    ausgewertet und protokolliert, aber nie durchgesetzt; eine solche Richtlinie schützt
    also nicht, wie gut sie auch gebaut ist. Die Prüfung schlägt fehl, solange eine
    Richtlinie in diesem Modus ist.
check-cray-entra-007-risk =
    Eine Richtlinie im Modus „Nur Bericht“ wirkt in Listen und Reviews wie eine
    Durchsetzung. Teams halten die Kontrolle für aktiv, während jede betroffene Anmeldung
    ungeprüft durchgeht.
check-cray-entra-007-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien; nach Status
       „Nur Bericht“ filtern.
    2. Für jede aufgeführte Richtlinie die Auswirkung unter Überwachung, Erkenntnisse und
       Berichterstellung prüfen.
    3. „Richtlinie aktivieren“ auf „Ein“ stellen, oder auf „Aus“, wenn sie nicht mehr
       gebraucht wird.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <ID>
    -State enabled (oder disabled). Graph: PATCH /identity/conditionalAccess/policies/<ID>
    mit state auf enabled.

## CRAY-ENTRA-008

check-cray-entra-008-title = Benutzer können keine Anwendungen registrieren
check-cray-entra-008-description =
    Prüft allowedToCreateApps in den Berechtigungen der Standardbenutzerrolle. Ist der Wert
    true, darf jeder Mitgliedsbenutzer Anwendungen registrieren.
check-cray-entra-008-risk =
    Von normalen Benutzern angelegte App-Registrierungen werden zu Hintertüren: Ein Angreifer
    mit einem Benutzerkonto kann eine App registrieren, Anmeldeinformationen hinzufügen und
    sie für dauerhaften Zugriff oder für Consent Phishing mit scheinbar interner App nutzen.
check-cray-entra-008-remediation =
    1. Microsoft Entra Admin Center: Identität, Benutzer, Benutzereinstellungen.
    2. „Benutzer können Anwendungen registrieren“ auf „Nein“ stellen.
    3. Personen, die Apps registrieren müssen, die Rolle „Anwendungsentwickler“ geben.
    PowerShell: Update-MgPolicyAuthorizationPolicy mit
    DefaultUserRolePermissions.AllowedToCreateApps auf false. Graph: PATCH
    /policies/authorizationPolicy mit defaultUserRolePermissions.allowedToCreateApps auf
    false.

## CRAY-ENTRA-009

check-cray-entra-009-title = Gastzugriff auf das Verzeichnis ist begrenzt
check-cray-entra-009-description =
    Prüft die Zugriffsebene für Gastbenutzer (guestUserRoleId). Gäste mit demselben Zugriff
    wie Mitglieder führen zum Fehlschlag; eingeschränkter und begrenzter Zugriff bestehen.
check-cray-entra-009-risk =
    Gäste mit Mitgliederzugriff können alle Benutzer, Gruppen und deren Mitgliedschaften
    auflisten. Diese Übersicht hilft einem Angreifer mit einem Gastkonto, Ziele für Phishing
    und Rechteausweitung zu wählen.
check-cray-entra-009-remediation =
    1. Microsoft Entra Admin Center: Identität, Externe Identitäten, Einstellungen für
       externe Zusammenarbeit.
    2. Gastbenutzerzugriff: „Der Gastbenutzerzugriff ist auf Eigenschaften und
       Mitgliedschaften eigener Verzeichnisobjekte beschränkt“ wählen.
    PowerShell: Update-MgPolicyAuthorizationPolicy -GuestUserRoleId
    2af84b1e-32c8-42b7-82bc-daa82404023b. Graph: PATCH /policies/authorizationPolicy mit
    guestUserRoleId auf diese ID.

## CRAY-ENTRA-010

check-cray-entra-010-title = SMS ist keine Authentifizierungsmethode
check-cray-entra-010-description =
    Prüft die Methode SMS in der Richtlinie für Authentifizierungsmethoden. Die Prüfung
    schlägt fehl, solange SMS für einen Benutzer oder eine Gruppe aktiviert ist, und nennt,
    ob SMS auch zur Anmeldung ohne Kennwort (SMS-Anmeldung) dienen darf.
check-cray-entra-010-risk =
    SMS-Codes lassen sich über SIM-Swapping, Rufnummernportierung und Echtzeit-Phishing-
    Proxys abfangen. Wo die SMS-Anmeldung erlaubt ist, wird die Telefonnummer allein zum
    Schlüssel für das Konto.
check-cray-entra-010-remediation =
    1. Zuerst sicherstellen, dass Benutzer eine stärkere Methode registriert haben (Microsoft
       Authenticator, Passkeys oder FIDO2-Schlüssel): Schutz, Authentifizierungsmethoden,
       Details zur Benutzerregistrierung.
    2. Microsoft Entra Admin Center: Schutz, Authentifizierungsmethoden, Richtlinien, SMS.
    3. „Aktivieren“ ausschalten oder das Ziel auf eine Gruppe begrenzen, die SMS noch
       braucht, und „Für die Anmeldung verwenden“ ausschalten.
    PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration
    -AuthenticationMethodConfigurationId Sms mit state auf disabled. Graph: PATCH
    /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/Sms mit state
    auf disabled.

## CRAY-EXO-001

check-cray-exo-001-title = Externe E-Mail-Weiterleitung ist blockiert
check-cray-exo-001-description =
    Prüft die beiden Exchange Online-Steuerungen für automatische Weiterleitung an externe
    Empfänger. Jede Richtlinie für ausgehende Spamfilterung, die für jemanden gilt, muss die
    automatische Weiterleitung auf Off oder Automatic stellen (Automatic bedeutet aus). Die
    Standardrichtlinie gilt immer; jede andere gilt über ihre aktivierte Regel, deren
    Geltungsbereich der Befund nennt. Jede Remotedomäne, nicht nur die Standarddomäne, muss
    die automatische Weiterleitung ausschalten. Jede Exchange Online-Organisation hat eine
    Standardrichtlinie für ausgehenden Spam und die Standard-Remotedomäne; ist eine der
    beiden Listen leer, sind die Daten unvollständig und die Prüfung ist nicht bewertbar.
check-cray-exo-001-risk =
    Angreifer, die ein Postfach übernehmen, richten eine Weiterleitung an eine externe
    Adresse ein und lesen weiter mit, nachdem das Kennwort zurückgesetzt wurde. Über
    Weiterleitungen können auch Innentäter unbemerkt Daten aus der Organisation bringen.
check-cray-exo-001-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antispamrichtlinien.
    2. Jede aufgeführte Richtlinie für ausgehende Nachrichten öffnen; unter
       Weiterleitungsregeln „Regeln für die automatische Weiterleitung“ auf „Aus –
       Weiterleitung ist deaktiviert“ stellen. Für eine geschäftliche Ausnahme eine eigene
       Richtlinie auf möglichst wenige Absender begrenzen und dokumentieren.
    3. Exchange Admin Center: Nachrichtenfluss, Remotedomänen. Für jede aufgeführte Domäne
       die Antworttypen bearbeiten und „Automatische Weiterleitung zulassen“ ausschalten.
    PowerShell (Exchange Online): Set-HostedOutboundSpamFilterPolicy -Identity <Name>
    -AutoForwardingMode Off und Set-RemoteDomain -Identity <Name> -AutoForwardEnabled $false.
