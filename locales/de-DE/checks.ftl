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

## CRAY-ENTRA-011

check-cray-entra-011-title = MFA ist für jeden Administrator erforderlich
check-cray-entra-011-description =
    Jedes Konto mit einer privilegierten Verzeichnisrolle, aktiv oder berechtigt, direkt
    oder über eine Gruppe, muss bei jeder Anmeldung MFA bestehen: Eine durchgesetzte
    Richtlinie für bedingten Zugriff schließt das Konto ein (alle Benutzer, eine seiner
    Rollen oder das Konto selbst), schließt weder das Konto noch eine seiner Rollen aus,
    gilt für alle Cloud-Apps ohne einschränkende Bedingungen, und ihre Gewährung lässt sich
    nur mit MFA erfüllen. Sicherheitsstandards genügen ebenfalls. Notfallzugriffskonten sind
    ausgenommen; Richtlinien im Modus „Nur Bericht“ und deaktivierte zählen nie.
check-cray-entra-011-risk =
    Ein Administratorkonto, das nur ein Kennwort schützt, ist der kürzeste Weg zum ganzen
    Mandanten: Ein erbeutetes oder erratenes Kennwort gibt Angreifern die Rechte der Rolle
    über alle Benutzer, Richtlinien und Postfächer.
check-cray-entra-011-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Verzeichnisrollen einschließen und jede privilegierte Rolle wählen (oder
       Alle Benutzer); nur die Notfallzugriffskonten ausschließen.
    3. Zielressourcen: Alle Cloud-Apps; Bedingungen: keine.
    4. Gewähren: Authentifizierungsstärke „Mehrstufige Authentifizierung“ erforderlich;
       „Richtlinie aktivieren“ auf „Ein“ stellen.
    5. Die Ausschlüsse entfernen, die die aufgeführten Administratoren auslassen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit conditions.users.includeRoles auf
    den Vorlagen-IDs der Rollen. Graph: POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-012

check-cray-entra-012-title = Administratoren melden sich mit Phishing-resistenter MFA an
check-cray-entra-012-description =
    Jedes Konto mit einer privilegierten Verzeichnisrolle muss von einer durchgesetzten
    Richtlinie für alle Cloud-Apps erreicht werden, die eine Authentifizierungsstärke
    verlangt, deren zulässige Kombinationen alle Phishing widerstehen: FIDO2-Sicherheitsschlüssel,
    Windows Hello for Business, zertifikatbasierte MFA oder gerätegebundene Passkeys. Die
    integrierte Stärke „Mehrstufige Authentifizierung“ und „MFA erforderlich“ erlauben
    Telefoncodes und Push und zählen daher nicht. Notfallzugriffskonten sind ausgenommen.
check-cray-entra-012-risk =
    Adversary-in-the-Middle-Phishing leitet Codes und Push-Bestätigungen in Echtzeit weiter
    und stiehlt die Sitzung. Bei einem Administrator ist das der Mandant; nur an die Website
    oder das Gerät gebundene Methoden verhindern es.
check-cray-entra-012-remediation =
    1. FIDO2-Schlüssel, Passkeys oder Windows Hello for Business für jeden Administrator
       registrieren (Schutz, Authentifizierungsmethoden).
    2. Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie: Benutzer: Verzeichnisrollen
       (jede privilegierte Rolle); Zielressourcen: Alle Cloud-Apps.
    3. Gewähren: Authentifizierungsstärke „Phishing-resistente MFA“ erforderlich;
       „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit
    grantControls.authenticationStrength ID 00000000-0000-0000-0000-000000000004. Graph:
    POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-013

check-cray-entra-013-title = Riskante Anmeldungen werden abgefangen
check-cray-entra-013-description =
    Eine durchgesetzte Richtlinie für bedingten Zugriff für alle Benutzer und alle
    Cloud-Apps schließt das Anmelderisiko „Hoch“ ein und verlangt MFA oder blockiert den
    Zugriff. Außer der Risikobedingung darf nichts die Richtlinie einschränken. Das
    Anmelderisiko braucht Microsoft Entra ID P2; ohne diese Lizenz ist die Prüfung nicht
    lizenziert.
check-cray-entra-013-risk =
    Entra ID Protection markiert Anmeldungen aus Anonymisierungsnetzen, bei unmöglichen
    Reisen oder von bekannter Angriffsinfrastruktur. Ohne Richtlinie ändert die Markierung
    nichts, und die Anmeldung gelingt.
check-cray-entra-013-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Alle Benutzer (Notfallzugriffskonten ausschließen); Zielressourcen: Alle
       Cloud-Apps.
    3. Bedingungen, Anmelderisiko: Hoch (und Mittel, wenn mehr Abfragen akzeptabel sind).
    4. Gewähren: Authentifizierungsstärke „Mehrstufige Authentifizierung“; Sitzung:
       Anmeldehäufigkeit „Jedes Mal“; „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit conditions.signInRiskLevels
    high. Graph: POST /identity/conditionalAccess/policies.

## CRAY-ENTRA-014

check-cray-entra-014-title = Benutzer mit hohem Risiko werden blockiert oder müssen ihr Kennwort ändern
check-cray-entra-014-description =
    Eine durchgesetzte Richtlinie für bedingten Zugriff für alle Benutzer und alle
    Cloud-Apps schließt das Benutzerrisiko „Hoch“ ein und blockiert den Zugriff oder
    verlangt MFA und eine Kennwortänderung zusammen (alle ausgewählten Steuerelemente).
    Außer der Risikobedingung darf nichts die Richtlinie einschränken. Das Benutzerrisiko
    braucht Microsoft Entra ID P2; ohne diese Lizenz ist die Prüfung nicht lizenziert.
check-cray-entra-014-risk =
    Hohes Benutzerrisiko heißt, dass die Anmeldedaten wahrscheinlich anderen bekannt sind,
    etwa aus einem Datenleck. Bis das Kennwort geändert ist, kann sich diese Person weiter
    anmelden.
check-cray-entra-014-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Alle Benutzer (Notfallzugriffskonten ausschließen); Zielressourcen: Alle
       Cloud-Apps; Bedingungen, Benutzerrisiko: Hoch.
    3. Gewähren: „Mehrstufige Authentifizierung erforderlich“ und „Kennwortänderung
       erforderlich“ mit „Alle ausgewählten Steuerelemente erforderlich“; Sitzung:
       Anmeldehäufigkeit „Jedes Mal“; „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit conditions.userRiskLevels
    high und grantControls operator AND, builtInControls ["mfa", "passwordChange"].

## CRAY-ENTRA-015

check-cray-entra-015-title = Der Gerätecodefluss ist blockiert
check-cray-entra-015-description =
    Eine durchgesetzte Richtlinie für bedingten Zugriff für alle Benutzer und alle
    Cloud-Apps blockiert den Authentifizierungsfluss „Gerätecodefluss“. Außer dieser
    Bedingung darf nichts die Richtlinie einschränken.
check-cray-entra-015-risk =
    Beim Gerätecode-Phishing erhält das Opfer eine echte Microsoft-Anmeldeseite mit einem
    Code, den Angreifer angefordert haben; meldet sich das Opfer samt MFA an, hält das Gerät
    der Angreifer die Tokens.
check-cray-entra-015-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Alle Benutzer (Notfallzugriffskonten und Konten, die den Fluss brauchen,
       etwa Besprechungsraumgeräte, über eine Rollen zuweisbare Gruppe ausschließen);
       Zielressourcen: Alle Cloud-Apps.
    3. Bedingungen, Authentifizierungsflüsse: Gerätecodefluss; Gewähren: Zugriff
       blockieren; „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit
    conditions.authenticationFlows.transferMethods "deviceCodeFlow".

## CRAY-ENTRA-016

check-cray-entra-016-title = Die Authentifizierungsübertragung ist blockiert
check-cray-entra-016-description =
    Eine durchgesetzte Richtlinie für bedingten Zugriff für alle Benutzer und alle
    Cloud-Apps blockiert den Authentifizierungsfluss „Authentifizierungsübertragung“, der
    eine angemeldete Sitzung vom Computer auf ein Telefon überträgt. Außer dieser Bedingung
    darf nichts die Richtlinie einschränken.
check-cray-entra-016-risk =
    Die Übertragung erspart dem zweiten Gerät die eigene Anmeldung; eine übernommene Sitzung
    lässt sich so ohne neue MFA-Abfrage auf ein anderes Gerät mitnehmen.
check-cray-entra-016-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Alle Benutzer (Notfallzugriffskonten ausschließen); Zielressourcen: Alle
       Cloud-Apps.
    3. Bedingungen, Authentifizierungsflüsse: Authentifizierungsübertragung; Gewähren:
       Zugriff blockieren; „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit
    conditions.authenticationFlows.transferMethods "authenticationTransfer".

## CRAY-ENTRA-017

check-cray-entra-017-title = Notfallzugriffskonten existieren, und keine blockierende Richtlinie sperrt sie aus
check-cray-entra-017-description =
    Mindestens ein Notfallzugriffskonto („Break Glass“) existiert: ein aktiviertes,
    reines Cloud-Mitgliedskonto, dessen Anzeige- oder Anmeldename „Break Glass“ oder
    „Emergency Access“ enthält. Jedes solche Konto ist direkt oder über eine
    ausgeschlossene Gruppe von jeder durchgesetzten oder „Nur Bericht“-Richtlinie
    ausgeschlossen, die den Zugriff blockiert. Richtlinien für Workload- oder
    Agent-Identitäten, die keine Benutzer auswählen, werden übersprungen.
check-cray-entra-017-risk =
    Eine fehlerhafte blockierende Richtlinie oder ein Ausfall des MFA-Dienstes kann alle
    Administratoren aussperren. Ohne ausgeschlossenes Notfallzugriffskonto öffnet nur ein
    Supportfall bei Microsoft den Mandanten wieder.
check-cray-entra-017-remediation =
    1. Microsoft 365 Admin Center oder Entra Admin Center: zwei reine Cloud-Konten auf der
       onmicrosoft.com-Domäne anlegen, als Notfallzugriffskonten benannt, mit globaler
       Administratorrolle, langen Zufallskennwörtern und FIDO2-Schlüsseln im Tresor.
    2. Sie in eine Rollen zuweisbare Gruppe aufnehmen und diese Gruppe von jeder Richtlinie
       für bedingten Zugriff ausschließen (Schutz, Bedingter Zugriff, Richtlinien, jede
       Richtlinie, Benutzer, Ausschließen).
    3. Bei jeder Anmeldung dieser Konten alarmieren.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <ID>
    mit conditions.users.excludeGroups samt der ID der Gruppe.

## CRAY-ENTRA-018

check-cray-entra-018-title = Bedingter Zugriff schließt keine gelöschten Objekte aus
check-cray-entra-018-description =
    Keine durchgesetzte oder „Nur Bericht“-Richtlinie für bedingten Zugriff schließt eine
    Benutzer- oder Gruppen-ID aus, die es im Verzeichnis nicht mehr gibt. Die IDs werden mit
    den vollständigen Benutzer- und Gruppenlisten der Bewertung verglichen.
check-cray-entra-018-risk =
    Der Ausschluss eines gelöschten Objekts ist eine Ausnahme, die niemand mehr prüfen
    kann. Er verschleiert, was die Richtlinie wirklich abdeckt, und gewöhnt Prüfer daran,
    Ausschlusslisten zu übergehen.
check-cray-entra-018-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien; jede
       aufgeführte Richtlinie öffnen.
    2. Benutzer, Ausschließen: die als unbekannt oder gelöscht angezeigten Einträge (die IDs
       in diesem Befund) entfernen; Speichern.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <ID>
    mit conditions.users.excludeUsers und excludeGroups ohne die aufgeführten IDs. Graph:
    PATCH /identity/conditionalAccess/policies/<ID>.

## CRAY-ENTRA-019

check-cray-entra-019-title = Vom bedingten Zugriff ausgeschlossene Gruppen sind Rollen zuweisbar
check-cray-entra-019-description =
    Jede Gruppe, die eine durchgesetzte oder „Nur Bericht“-Richtlinie für bedingten Zugriff
    ausschließt, ist Rollen zuweisbar, sodass nur Administratoren für privilegierte Rollen
    und globale Administratoren ihre Mitglieder ändern können. „Nur Bericht“-Richtlinien
    zählen, weil sie jederzeit eingeschaltet werden können.
check-cray-entra-019-risk =
    Besitzer einer gewöhnlichen Gruppe, Benutzer- und Gruppenadministratoren können jedes
    Konto hinzufügen und es so der Richtlinie entziehen, samt MFA oder Blockierung.
check-cray-entra-019-remediation =
    1. Microsoft Entra Admin Center: Gruppen, Neue Gruppe, mit „Microsoft Entra-Rollen
       können der Gruppe zugewiesen werden“ auf „Ja“ (bei bestehenden Gruppen nicht
       änderbar).
    2. Die Mitglieder der aufgeführten Gruppe aufnehmen und die aufgeführte Gruppe in jeder
       Richtlinie unter Benutzer, Ausschließen durch die neue ersetzen.
    PowerShell: New-MgGroup -IsAssignableToRole:$true -SecurityEnabled:$true
    -MailEnabled:$false, dann Update-MgIdentityConditionalAccessPolicy.

## CRAY-ENTRA-020

check-cray-entra-020-title = Kein Schutz besteht nur im Modus „Nur Bericht“
check-cray-entra-020-description =
    Eine „Nur Bericht“-Richtlinie für alle Benutzer, die MFA verlangt oder den Zugriff
    blockiert, lässt diese Prüfung fehlschlagen, wenn keine durchgesetzte Richtlinie für
    alle Benutzer dasselbe Steuerelement gewährt. Der Modus „Nur Bericht“ protokolliert nur
    und setzt nichts durch.
check-cray-entra-020-risk =
    Die Richtlinienliste täuscht einen Schutz vor, den es nicht gibt: Jede Anmeldung, die
    die Richtlinie aufhalten würde, geht durch.
check-cray-entra-020-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien; die
       aufgeführte Richtlinie öffnen.
    2. Ihre Ergebnisse im Modus „Nur Bericht“ prüfen (Überwachung, Erkenntnisse und
       Berichterstellung) und „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId <ID>
    -State enabled. Graph: PATCH /identity/conditionalAccess/policies/<ID> mit state auf
    enabled.

## CRAY-ENTRA-021

check-cray-entra-021-title = Administratoren sind reine Cloud-Konten
check-cray-entra-021-description =
    Kein aus dem lokalen Active Directory synchronisiertes Konto hält eine privilegierte
    Verzeichnisrolle, aktiv oder berechtigt, direkt oder über eine Gruppe.
check-cray-entra-021-risk =
    Wer das lokale Verzeichnis beherrscht, kann das Kennwort eines synchronisierten Kontos
    zurücksetzen oder das Konto übernehmen; aus einer Kompromittierung der lokalen Domäne
    wird so eine des Mandanten.
check-cray-entra-021-remediation =
    1. Für jede aufgeführte Person ein reines Cloud-Administratorkonto anlegen (auf der
       onmicrosoft.com-Domäne oder einer Cloud-Domäne), mit Phishing-resistenter MFA.
    2. Microsoft Entra Admin Center: Rollen und Administratoren; die Rollen den neuen Konten
       zuweisen (berechtigt über PIM) und bei den aufgeführten Konten entfernen.
    PowerShell: New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest für das neue
    Konto, Remove-MgRoleManagementDirectoryRoleAssignment für das alte.

## CRAY-ENTRA-022

check-cray-entra-022-title = Privilegierte Rollen werden nicht dauerhaft gehalten
check-cray-entra-022-description =
    Kein Benutzer und keine Gruppe hält eine privilegierte Verzeichnisrolle als dauerhafte
    aktive Zuweisung, außer Notfallzugriffskonten. Aktive Inhaber stammen aus den
    Rollenzuweisungen, die auch direkte Zuweisungen ohne PIM enthalten; eine aktive
    Zuweisung ist nur befristet, wenn eine Instanz des Rollenzuweisungszeitplans eine
    befristete Aktivierung zeigt. Ohne diese Instanzen sagt der Befund, dass eine
    Aktivierung nicht zu unterscheiden ist.
check-cray-entra-022-risk =
    Eine ständige privilegierte Rolle kann jeder jederzeit nutzen, der das Konto übernimmt.
    Berechtigte Zuweisungen brauchen eine Aktivierung mit MFA, Begründung oder Genehmigung,
    gelten befristet und hinterlassen Spuren.
check-cray-entra-022-remediation =
    1. Microsoft Entra Admin Center: Identity Governance, Privileged Identity Management,
       Microsoft Entra-Rollen, Zuweisungen (braucht Entra ID P2).
    2. Für jeden aufgeführten Inhaber eine berechtigte Zuweisung der Rolle anlegen und die
       aktive entfernen.
    3. Rollen, Einstellungen: bei Aktivierung MFA und Begründung verlangen, für globale
       Administratoren eine Genehmigung.
    PowerShell: New-MgRoleManagementDirectoryRoleEligibilityScheduleRequest und
    Remove-MgRoleManagementDirectoryRoleAssignment. Graph: POST
    /roleManagement/directory/roleEligibilityScheduleRequests.

## CRAY-ENTRA-023

check-cray-entra-023-title = Kein Dienstprinzipal hält eine privilegierte Rolle
check-cray-entra-023-description =
    Kein Dienstprinzipal (Anwendung oder verwaltete Identität) hält eine privilegierte
    Verzeichnisrolle, aktiv oder berechtigt.
check-cray-entra-023-risk =
    Eine Anwendung meldet sich mit Geheimnis oder Zertifikat an, ohne MFA und ohne
    bedingten Zugriff für Benutzer. Wer die Anmeldedaten findet, in Code, einer Pipeline
    oder einer Sicherung, hält die Rolle.
check-cray-entra-023-remediation =
    1. Microsoft Entra Admin Center: Rollen und Administratoren; die aufgeführte Rolle und
       die Zuweisung des Dienstprinzipals öffnen.
    2. Die Rolle durch die engste Graph-Anwendungsberechtigung ersetzen, die die App
       braucht, oder durch eine auf eine Verwaltungseinheit begrenzte Rolle; die Zuweisung
       entfernen.
    PowerShell: Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId
    <ID>. Graph: DELETE /roleManagement/directory/roleAssignments/<ID>.

## CRAY-ENTRA-024

check-cray-entra-024-title = Kein Gast hält eine Verzeichnisrolle
check-cray-entra-024-description =
    Kein Gast- oder externes Konto (userType Guest oder #EXT# im Anmeldenamen) hält eine
    Verzeichnisrolle, aktiv oder berechtigt, direkt oder über eine Gruppe.
check-cray-entra-024-risk =
    Kennwort, MFA und Austritt eines Gastes verwaltet eine andere Organisation. Wird das
    Konto übernommen oder verlässt die Person die Organisation, bleibt die Rolle.
check-cray-entra-024-remediation =
    1. Microsoft Entra Admin Center: Benutzer, nach Benutzertyp Gast filtern; jedes
       aufgeführte Konto öffnen, Zugewiesene Rollen.
    2. Die Rollen entfernen; wer sie braucht, erhält ein Mitgliedskonto in diesem Mandanten.
    PowerShell: Remove-MgRoleManagementDirectoryRoleAssignment. Graph: DELETE
    /roleManagement/directory/roleAssignments/<ID>.

## CRAY-ENTRA-025

check-cray-entra-025-title = Administratorsitzungen sind begrenzt
check-cray-entra-025-description =
    Für jeden Inhaber einer privilegierten Verzeichnisrolle legt eine durchgesetzte
    Richtlinie, die das Konto erreicht, eine Anmeldehäufigkeit fest, und eine setzt die
    beständige Browsersitzung auf „Nie beständig“. Notfallzugriffskonten sind ausgenommen.
check-cray-entra-025-risk =
    Langlebige Administratorsitzungen auf geteilten oder verlorenen Geräten und von
    Schadsoftware gestohlene Sitzungscookies halten die Rolle ohne neue Anmeldung nutzbar.
check-cray-entra-025-remediation =
    1. Microsoft Entra Admin Center: Schutz, Bedingter Zugriff, Richtlinien, Neue Richtlinie.
    2. Benutzer: Verzeichnisrollen (jede privilegierte Rolle); Zielressourcen: Alle
       Cloud-Apps.
    3. Sitzung: Anmeldehäufigkeit, etwa 4 Stunden; Beständige Browsersitzung: Nie
       beständig; „Richtlinie aktivieren“ auf „Ein“ stellen.
    PowerShell: New-MgIdentityConditionalAccessPolicy mit sessionControls.signInFrequency
    und sessionControls.persistentBrowser mode "never".
