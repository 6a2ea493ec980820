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

## CRAY-ENTRA-035

evidence-cray-entra-035-enabled = Die Methode { $method } ist aktiviert für: { $targets }.
evidence-cray-entra-035-targets = Aktiviert für: { $targets }.

## CRAY-ENTRA-036

evidence-cray-entra-036-enabled = Die Einmalpasscode-Methode { $method } ist aktiviert für: { $targets }.
evidence-cray-entra-036-targets = Aktiviert für: { $targets }.

## CRAY-ENTRA-037

evidence-cray-entra-037-missing = Microsoft Authenticator zeigt diesen Kontext nicht allen Benutzern an: { $settings }.
evidence-cray-entra-037-state = Der Status der Einstellung ist { $state }, nicht enabled.
evidence-cray-entra-037-not-all-users = Die Einstellung ist nur für { $target } aktiviert, nicht für alle Benutzer.

## CRAY-ENTRA-038

evidence-cray-entra-038-off = { $policy } lässt Benutzer keine Passkeys registrieren.
evidence-cray-entra-038-absent = Die Richtlinie hat keine Fido2-Konfiguration.
evidence-cray-entra-038-no-targets = Die Methode Fido2 ist aktiviert, hat aber kein Einschlussziel.
evidence-cray-entra-038-state = Der Status der Methode Fido2 ist { $state }.

## CRAY-ENTRA-039

evidence-cray-entra-039-off = Die Registrierungskampagne von { $policy } läuft nicht.
evidence-cray-entra-039-no-targets = Die Kampagne ist aktiviert, hat aber kein Einschlussziel.
evidence-cray-entra-039-state = Der Status der Kampagne ist { $state }.
evidence-cray-entra-039-microsoft-managed = Die Kampagne wird von Microsoft verwaltet (default): Sie fordert Benutzer von SMS oder Sprachanruf auf, Microsoft Authenticator einzurichten.

## CRAY-ENTRA-040

evidence-cray-entra-040-incomplete = Die Migration von { $policy } ist nicht abgeschlossen.
evidence-cray-entra-040-state = policyMigrationState ist { $state }.

## CRAY-ENTRA-041

evidence-cray-entra-041-expiring = Kennwörter laufen auf diesen verifizierten Domänen ab: { $domains }.
evidence-cray-entra-041-days = Kennwörter laufen nach { $days } Tagen ab.
evidence-cray-entra-041-unknown = Die Domäne meldet keine Gültigkeitsdauer für Kennwörter.

## CRAY-ENTRA-042

evidence-cray-entra-042-weak = Die intelligente Sperrung in { $setting } ist schwächer als empfohlen:
evidence-cray-entra-042-threshold = LockoutThreshold ist { $value }; zulässig sind 1 bis 10.
evidence-cray-entra-042-duration = LockoutDurationInSeconds ist { $value }; zulässig sind 60 oder mehr.
evidence-cray-entra-042-defaults = Es gibt keine „Password Rule Settings“, daher gelten die Entra-Vorgaben: 10 Versuche und 60 Sekunden.

## CRAY-ENTRA-043

evidence-cray-entra-043-no-setting = Es gibt keine { $setting }, daher wird keine benutzerdefinierte Liste gesperrter Kennwörter erzwungen.
evidence-cray-entra-043-not-enforced = { $setting } erzwingen keine benutzerdefinierte Liste gesperrter Kennwörter:
evidence-cray-entra-043-check-off = EnableBannedPasswordCheck ist „{ $value }“, nicht True.
evidence-cray-entra-043-empty-list = BannedPasswordList ist leer.
evidence-cray-entra-043-count = Die benutzerdefinierte Liste gesperrter Kennwörter enthält { $count } Einträge.

## CRAY-ENTRA-044

evidence-cray-entra-044-open = { $setting } erlaubt jedem Benutzer, Microsoft 365-Gruppen zu erstellen.
evidence-cray-entra-044-no-setting = Die Einstellung „Group.Unified“ existiert nicht, daher gilt die Entra-Vorgabe (jeder darf Gruppen erstellen).
evidence-cray-entra-044-enabled = EnableGroupCreation ist „{ $value }“, nicht false.
evidence-cray-entra-044-allowed-group = Mitglieder der Gruppe { $group } dürfen weiterhin Microsoft 365-Gruppen erstellen.

## CRAY-ENTRA-045

evidence-cray-entra-045-holders = Dienstprinzipale mit Anwendungsberechtigungen zur Übernahme des Mandanten: { $names }.
evidence-cray-entra-045-roles = Besitzt { $roles }.

## CRAY-ENTRA-046

evidence-cray-entra-046-apps = App-Registrierungen mit geheimen Clientschlüsseln: { $names }.
evidence-cray-entra-046-secrets = Hat { $count } geheime(n) Clientschlüssel.

## CRAY-ENTRA-047

evidence-cray-entra-047-apps = App-Registrierungen mit abgelaufenen oder bald ablaufenden Anmeldeinformationen: { $names }.
evidence-cray-entra-047-expired = Anmeldeinformation { $credential } ist am { $date } abgelaufen.
evidence-cray-entra-047-expiring = Anmeldeinformation { $credential } läuft am { $date } ab.
evidence-cray-entra-047-unreadable = Anmeldeinformation { $credential } hat kein lesbares Enddatum.

## CRAY-ENTRA-048

evidence-cray-entra-048-apps = App-Registrierungen mit Anmeldeinformationen, die länger als ein Jahr gelten: { $names }.
evidence-cray-entra-048-long = Anmeldeinformation { $credential } gilt { $days } Tage.
evidence-cray-entra-048-unreadable = Anmeldeinformation { $credential } hat kein lesbares Beginn- oder Enddatum.

## CRAY-ENTRA-049

evidence-cray-entra-049-apps = App-Registrierungen ohne Besitzer aus der Organisation: { $names }.
evidence-cray-entra-049-no-owner = Die App hat keinen Besitzer.
evidence-cray-entra-049-guest-owners = Gäste als Besitzer: { $names }.

## CRAY-ENTRA-050

evidence-cray-entra-050-clients = Apps mit mandantenweiter Einwilligung in delegierte Berechtigungen mit hohen Rechten: { $names }.
evidence-cray-entra-050-scopes = Für alle Benutzer erteilt: { $scopes }.

## CRAY-ENTRA-051

evidence-cray-entra-051-holders = Apps anderer Organisationen mit sensiblen Anwendungsberechtigungen: { $names }.
evidence-cray-entra-051-roles = Gehört dem Mandanten { $owner }; besitzt { $roles }.

## CRAY-ENTRA-052

evidence-cray-entra-052-apps = Apps anderer Organisationen von unverifizierten Herausgebern besitzen Berechtigungen: { $names }.
evidence-cray-entra-052-unverified = Gehört dem Mandanten { $owner }; der Herausgeber ist nicht verifiziert.

## CRAY-ENTRA-053

evidence-cray-entra-053-apps = App-Registrierungen, die Anmeldungen von außerhalb der Organisation annehmen: { $names }.
evidence-cray-entra-053-audience = signInAudience ist { $audience }.

## CRAY-ENTRA-054

evidence-cray-entra-054-roles = Aktivierung ohne MFA oder Begründung: { $roles }.
evidence-cray-entra-054-no-policy = Für die Rolle wurden keine PIM-Einstellungen gefunden.
evidence-cray-entra-054-no-mfa = Die Aktivierung verlangt weder MFA noch einen Authentifizierungskontext.
evidence-cray-entra-054-no-justification = Die Aktivierung verlangt keine Begründung.

## CRAY-ENTRA-055

evidence-cray-entra-055-roles = Aktivierung ohne Genehmigung: { $roles }.
evidence-cray-entra-055-no-policy = Für die Rolle wurden keine PIM-Einstellungen gefunden.
evidence-cray-entra-055-no-approval = Die Aktivierung muss nicht genehmigt werden.
evidence-cray-entra-055-no-approvers = Eine Genehmigung ist erforderlich, aber kein Genehmigender ist benannt.

## CRAY-ENTRA-056

evidence-cray-entra-056-roles = Die Aktivierung kann länger als acht Stunden dauern: { $roles }.
evidence-cray-entra-056-no-policy = Für die Rolle wurden keine PIM-Einstellungen gefunden.
evidence-cray-entra-056-unreadable = Die maximale Aktivierungsdauer „{ $duration }“ ist nicht lesbar.
evidence-cray-entra-056-too-long = Die maximale Aktivierungsdauer ist { $duration }.

## CRAY-ENTRA-057

evidence-cray-entra-057-roles = Die Aktivierung benachrichtigt keinen Administrator: { $roles }.
evidence-cray-entra-057-no-policy = Für die Rolle wurden keine PIM-Einstellungen gefunden.
evidence-cray-entra-057-nobody = Die Administratorbenachrichtigung für Aktivierungen hat keinen Empfänger.

## CRAY-ENTRA-058

evidence-cray-entra-058-members = { $count } Mitgliedsbenutzer ohne registrierte MFA-Methode: { $names }.
evidence-cray-entra-058-unregistered = { $upn } hat keine MFA-Methode registriert.
evidence-cray-entra-058-more = { $count } weitere werden hier nicht genannt.
evidence-cray-entra-058-disabled-unknown = Die Benutzerliste lag nicht vor; darunter können daher deaktivierte Konten sein.

## CRAY-ENTRA-059

evidence-cray-entra-059-admins = Administratoren ohne registrierte MFA-Methode: { $names }.
evidence-cray-entra-059-unregistered = { $upn } ist Administrator ohne registrierte MFA-Methode.

## CRAY-ENTRA-060

evidence-cray-entra-060-users = Systembevorzugte MFA gilt nicht für { $count } Benutzer: { $names }.
evidence-cray-entra-060-off = Systembevorzugte MFA ist für diesen Benutzer ausgeschaltet.
evidence-cray-entra-060-unknown = Der Bericht zeigt nicht, ob systembevorzugte MFA gilt.
evidence-cray-entra-060-more = { $count } weitere werden hier nicht genannt.

## CRAY-ENTRA-061

evidence-cray-entra-061-trusted = Die Standardeinstellungen für den mandantenübergreifenden Zugriff vertrauen Geräteansprüchen jedes Mandanten: { $claims }.
evidence-cray-entra-061-reason = Das eingehende Vertrauen akzeptiert { $claims }.

## CRAY-ENTRA-062

evidence-cray-entra-062-open = Die mandantenübergreifenden Zugriffseinstellungen { $policy } sind offen:
evidence-cray-entra-062-direct-connect = Der Zugriff { $direction } ist { $access }, nicht blocked.
evidence-cray-entra-062-redemption = Die automatische Einlösung ist erlaubt ({ $setting }).

## CRAY-ENTRA-063

evidence-cray-entra-063-partners = Partnermandanten mit Gerätevertrauen oder automatischer Einlösung: { $tenants }.
evidence-cray-entra-063-device-trust = Das eingehende Vertrauen akzeptiert { $claim }.
evidence-cray-entra-063-redemption = Eingehende Einladungen werden automatisch eingelöst.

## CRAY-ENTRA-064

evidence-cray-entra-064-reviews = Wiederkehrende Überprüfungen von Gästen: { $names }.
evidence-cray-entra-064-none = Keine der { $count } Definitionen von Zugriffsüberprüfungen ist eine wiederkehrende, nicht beendete Überprüfung von Gastbenutzern.

## CRAY-ENTRA-065

evidence-cray-entra-065-roles = Rollen ohne wiederkehrende Zugriffsüberprüfung: { $roles }.
evidence-cray-entra-065-unreviewed = Keine wiederkehrende, nicht beendete Zugriffsüberprüfung nennt diese Rolle.

## CRAY-ENTRA-066

evidence-cray-entra-066-policies = Nutzungsbedingungen für Gäste verlangt: { $names }.
evidence-cray-entra-066-none = Keine aktivierte Richtlinie für bedingten Zugriff verlangt Nutzungsbedingungen für Gäste ({ $count } Bedingungen vorhanden).

## CRAY-ENTRA-067

evidence-cray-entra-067-no-mfa = { $policy } lässt Benutzer Geräte ohne MFA einbinden oder registrieren.
evidence-cray-entra-067-setting = multiFactorAuthConfiguration ist { $value }, und keine aktivierte Richtlinie für bedingten Zugriff für alle Benutzer verlangt MFA zum Registrieren oder Einbinden von Geräten.
evidence-cray-entra-067-ca-unknown = Die Richtlinien für bedingten Zugriff lagen nicht vor; eine Richtlinie für die Benutzeraktion wurde daher nicht geprüft.
evidence-cray-entra-067-ca = MFA zum Registrieren oder Einbinden von Geräten verlangt: { $names }.

## CRAY-ENTRA-068

evidence-cray-entra-068-open = { $policy } lässt den Microsoft Entra-Join offen:
evidence-cray-entra-068-anyone-joins = Jeder Benutzer darf Geräte einbinden (allowedToJoin ist { $kind }).
evidence-cray-entra-068-local-admin = Der einbindende Benutzer wird lokaler Administrator (registeringUsers ist { $kind }).
evidence-cray-entra-068-no-laps = Windows LAPS ist ausgeschaltet (localAdminPassword.isEnabled ist nicht true).

## CRAY-ENTRA-069

evidence-cray-entra-069-no-hash-sync = { $tenant } synchronisiert aus Active Directory ohne Kennworthashsynchronisierung.
evidence-cray-entra-069-off = features.passwordSyncEnabled ist { $value }.
evidence-cray-entra-069-no-settings = Die Einstellungen der lokalen Synchronisierung sind leer; die Kennworthashsynchronisierung lässt sich daher nicht bestätigen.
evidence-cray-entra-069-cloud-only = Der Mandant synchronisiert nicht aus Active Directory.
