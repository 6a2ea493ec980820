# Belege der Prüfungen: die nicht erfüllte Bedingung jedes Ergebnisses und der Grund, aus dem
# jedes betroffene Objekt zählt. Die Regeln unter checks/ wählen die IDs und übergeben die
# Argumente; Namen aus dem Mandanten kommen als Argumente, Anzahlen als Zahlen. Die IDs folgen
# evidence-<Prüfungs-ID in Kleinbuchstaben>-<Name>; gemeinsame Texte beginnen mit
# evidence-common-. Sätze, die eine Regel an eine andere Meldung anhängt, trennt ein Leerzeichen.

## Gemeinsam

evidence-common-dataset-unusable = Der Datensatz { $dataset } ist nicht verwendbar: { $message }.

# Lücken im Benutzer- und App-Umfang einer Richtlinie für bedingten Zugriff.
evidence-common-gap-not-all-users = Sie schließt nicht alle Benutzer ein.
evidence-common-gap-excluded-users =
    Sie schließt { $count ->
        [one] { $count } Benutzerkonto
       *[other] { $count } Benutzerkonten
    } aus (akzeptiert werden höchstens { $maximum } Notfallzugriffskonten).
evidence-common-gap-plain-groups = Sie schließt Gruppen aus, denen keine Rollen zugewiesen werden können: { $groups }.
evidence-common-gap-too-many-groups = Sie schließt mehr als { $maximum } Gruppen aus.
evidence-common-gap-excluded-roles = Sie schließt Verzeichnisrollen aus.
evidence-common-gap-excluded-guests = Sie schließt Gäste oder externe Benutzer aus.
evidence-common-gap-excludes-all-users = Sie schließt alle Benutzer aus.
evidence-common-gap-excludes-all-guests = Sie schließt alle Gäste und externen Benutzer aus.
evidence-common-gap-user-actions = Sie gilt für Benutzeraktionen statt für Cloud-Apps.
evidence-common-gap-authentication-contexts = Sie gilt für Authentifizierungskontexte statt für Cloud-Apps.
evidence-common-gap-not-all-apps = Sie schließt nicht alle Cloud-Apps ein.
evidence-common-gap-excluded-apps =
    Sie schließt { $count ->
        [one] { $count } Cloud-App
       *[other] { $count } Cloud-Apps
    } aus.
evidence-common-gap-app-filter = Ihr Anwendungsfilter (Modus { $mode }) lässt Apps aus.
evidence-common-gap-narrowing-condition = Ihre Bedingung { $condition } schränkt sie ein.

## CRAY-ENTRA-001

evidence-cray-entra-001-security-defaults = Die Sicherheitsstandards sind eingeschaltet und verlangen MFA.
evidence-cray-entra-001-no-policy = Es gibt keine Richtlinie für bedingten Zugriff, und die Sicherheitsstandards sind ausgeschaltet; daher verlangt keine Anmeldung MFA.
evidence-cray-entra-001-no-candidate = Keine durchgesetzte Richtlinie für bedingten Zugriff verlangt MFA für alle Benutzer und alle Cloud-Apps, und die Sicherheitsstandards sind ausgeschaltet.
evidence-cray-entra-001-near-misses = Keine durchgesetzte Richtlinie für bedingten Zugriff verlangt MFA für alle Benutzer und alle Cloud-Apps, und die Sicherheitsstandards sind ausgeschaltet. Aufgeführt: Richtlinien, die nahe herankommen ({ $count }), mit dem, was ihnen fehlt.
evidence-cray-entra-001-near-miss = Verlangt MFA für alle Benutzer, reicht aber nicht aus.
evidence-cray-entra-001-gap-report-only = Sie steht im Modus „Nur Bericht“ und setzt MFA daher nicht durch.
evidence-cray-entra-001-gap-client-apps = Sie gilt nur für einige Client-App-Typen.

## CRAY-ENTRA-002

evidence-cray-entra-002-security-defaults = Die Sicherheitsstandards sind eingeschaltet und blockieren die Legacy-Authentifizierung.
evidence-cray-entra-002-no-policy = Es gibt keine Richtlinie für bedingten Zugriff, und die Sicherheitsstandards sind ausgeschaltet; daher ist die Legacy-Authentifizierung erlaubt.
evidence-cray-entra-002-no-candidate = Keine durchgesetzte Richtlinie für bedingten Zugriff blockiert Exchange ActiveSync und andere Legacy-Clients für alle Benutzer und alle Cloud-Apps, und die Sicherheitsstandards sind ausgeschaltet.
evidence-cray-entra-002-near-misses = Keine durchgesetzte Richtlinie für bedingten Zugriff blockiert Exchange ActiveSync und andere Legacy-Clients für alle Benutzer und alle Cloud-Apps, und die Sicherheitsstandards sind ausgeschaltet. Aufgeführt: blockierende Richtlinien, die nahe herankommen ({ $count }), mit dem, was ihnen fehlt.
evidence-cray-entra-002-near-miss = Blockiert den Zugriff für alle Benutzer, reicht aber nicht aus.
evidence-cray-entra-002-gap-report-only = Sie steht im Modus „Nur Bericht“ und blockiert daher nichts.
evidence-cray-entra-002-gap-client-apps = Ihren Client-App-Typen fehlt: { $types }.

## CRAY-ENTRA-003

evidence-cray-entra-003-group-holders = Gruppen haben die Rolle „Globaler Administrator“: { $groups }. Gruppenmitglieder werden nicht erfasst, daher ist die Zahl der globalen Administratoren unbekannt; sie beträgt mindestens { $users } Benutzerkonten zuzüglich der Mitglieder dieser Gruppen.
evidence-cray-entra-003-count =
    { $count ->
        [one] { $count } Benutzerkonto hat
       *[other] { $count } Benutzerkonten haben
    } die Rolle „Globaler Administrator“; erwartet werden zwischen { $minimum } und { $maximum }.
evidence-cray-entra-003-disabled-note = Deaktivierte Konten, die die Rolle weiterhin haben und mitzählen: { $names }.
evidence-cray-entra-003-others-note = Dienstprinzipale oder andere Objekte, die die Rolle haben und nicht mitzählen: { $names }.
evidence-cray-entra-003-holder = Hat die Rolle „Globaler Administrator“.
evidence-cray-entra-003-disabled-holder = Hat die Rolle „Globaler Administrator“; das Konto ist deaktiviert, die Zuweisung zählt aber weiterhin.
evidence-cray-entra-003-group-holder = Hat die Rolle „Globaler Administrator“ als Gruppe; ihre Mitglieder werden nicht erfasst und fehlen daher in der Zählung.
evidence-cray-entra-003-other-holder = Hat die Rolle „Globaler Administrator“ als Dienstprinzipal oder anderes Objekt; zählt nicht mit.

## CRAY-ENTRA-004

evidence-cray-entra-004-permanent-holders = Prinzipale mit dauerhafter Rolle „Globaler Administrator“: { $names }.
evidence-cray-entra-004-exempt-note = Als Notfallzugriffskonten ausgenommen (aktivierte reine Cloud-Mitgliedskonten): { $names }.
evidence-cray-entra-004-eligibility-note = PIM-Berechtigungsdaten lagen nicht vor; eine aufgeführte Zuweisung kann daher eine befristete PIM-Aktivierung sein.
evidence-cray-entra-004-permanent = Dauerhafte aktive Zuweisung der Rolle „Globaler Administrator“.
evidence-cray-entra-004-maybe-activation = Aktive Zuweisung der Rolle „Globaler Administrator“; der Prinzipal ist über PIM auch berechtigt, daher kann es sich um eine befristete Aktivierung handeln.
evidence-cray-entra-004-not-exempt = Als Notfallzugriffskonto benannt, aber nicht ausgenommen:
evidence-cray-entra-004-gap-not-member = Es ist kein Mitgliedskonto (userType ist nicht Member).
evidence-cray-entra-004-gap-external = Es ist ein externes Konto.
evidence-cray-entra-004-gap-disabled = Es ist nicht aktiviert.
evidence-cray-entra-004-gap-synchronised = Es wird aus dem lokalen Verzeichnis synchronisiert.

## CRAY-ENTRA-005

evidence-cray-entra-005-permissions-missing = Der Autorisierungsrichtlinie fehlt defaultUserRolePermissions, daher lässt sich nicht bestätigen, dass die Benutzereinwilligung eingeschränkt ist.
evidence-cray-entra-005-permissions-missing-reason = defaultUserRolePermissions fehlt.
evidence-cray-entra-005-legacy = Benutzer dürfen in jede Anwendung einwilligen, die Berechtigungen ohne Administratoreinwilligung anfordert (Richtlinie für Berechtigungserteilung { $policy }).
evidence-cray-entra-005-legacy-reason = Weist der Standardbenutzerrolle { $policy } zu.
evidence-cray-entra-005-self-consent-note = Benutzer dürfen im Rahmen dieser Richtlinien weiterhin einwilligen: { $policies }.

## CRAY-ENTRA-006

evidence-cray-entra-006-restricted = Einladungen sind erlaubt von: { $setting }.
evidence-cray-entra-006-members-invite = Jeder Mitgliedsbenutzer, nicht nur Administratoren und Gasteinladende, darf Gastbenutzer einladen (allowInvitesFrom ist { $setting }).
evidence-cray-entra-006-everyone-invites = Jeder im Mandanten, Gäste eingeschlossen, darf Gastbenutzer einladen (allowInvitesFrom ist { $setting }).
evidence-cray-entra-006-others-invite = Mehr als Administratoren und Gasteinladende dürfen Gastbenutzer einladen (allowInvitesFrom ist { $setting }).
evidence-cray-entra-006-setting = allowInvitesFrom ist { $setting }.

## CRAY-ENTRA-007

evidence-cray-entra-007-report-only = Richtlinien für bedingten Zugriff im Modus „Nur Bericht“, die nichts durchsetzen: { $policies }.
evidence-cray-entra-007-report-only-reason = Nur Bericht: wird ausgewertet und protokolliert, aber nicht durchgesetzt.

## CRAY-ENTRA-008

evidence-cray-entra-008-users-create-apps = Jeder Mitgliedsbenutzer darf Anwendungen registrieren (allowedToCreateApps ist true).
evidence-cray-entra-008-users-create-apps-reason = defaultUserRolePermissions.allowedToCreateApps ist true.

## CRAY-ENTRA-009

evidence-cray-entra-009-member-access = Gastbenutzer haben denselben Verzeichniszugriff wie Mitglieder.
evidence-cray-entra-009-role = guestUserRoleId ist { $role }.
evidence-cray-entra-009-role-missing = Die Zugriffsstufe für Gäste ist nicht gesetzt (guestUserRoleId ist leer), daher lässt sich nicht bestätigen, dass sie eingeschränkt ist.
evidence-cray-entra-009-role-missing-reason = guestUserRoleId ist leer.
evidence-cray-entra-009-limited = Zugriffsstufe für Gäste: eingeschränkter Zugriff.
evidence-cray-entra-009-restricted = Zugriffsstufe für Gäste: stark eingeschränkter Zugriff.
evidence-cray-entra-009-other-level = Zugriffsstufe für Gäste: Rolle { $role }.

## CRAY-ENTRA-010

evidence-cray-entra-010-enabled = Die Authentifizierungsmethode SMS ist aktiviert für: { $targets }.
evidence-cray-entra-010-target =
    SMS aktiviert für { $type ->
        [group] Gruppe
        [user] Benutzer
       *[other] { $type }
    } { $id }.
evidence-cray-entra-010-sign-in-target =
    SMS aktiviert für { $type ->
        [group] Gruppe
        [user] Benutzer
       *[other] { $type }
    } { $id }, auch für die Anmeldung nutzbar.

## CRAY-EXO-001

evidence-cray-exo-001-forwarding-allowed = Externe automatische Weiterleitung ist durch Richtlinien für ausgehenden Spam ({ $policies }) oder Remotedomänen ({ $domains }) erlaubt.
evidence-cray-exo-001-dormant-note = Richtlinien, die Weiterleitung erlauben, aber für niemanden gelten (keine aktivierte Regel): { $policies }.
evidence-cray-exo-001-policy-forwards = Richtlinie für ausgehenden Spam mit AutoForwardingMode { $mode }.
evidence-cray-exo-001-policy-mode-missing = Richtlinie für ausgehenden Spam ohne gemeldeten AutoForwardingMode; cray kann daher nicht bestätigen, dass sie Weiterleitung blockiert.
evidence-cray-exo-001-default-scope = Sie gilt für alle Absender (Standardrichtlinie).
evidence-cray-exo-001-rule-every-sender = Regel { $rule } gilt für jeden Absender.
evidence-cray-exo-001-rule-scope = Regel { $rule } gilt für Absender, die alle diese Bedingungen erfüllen:
evidence-cray-exo-001-condition-senders = Absender: { $values }.
evidence-cray-exo-001-condition-members-of = Mitglieder von: { $values }.
evidence-cray-exo-001-condition-sender-domains = Absenderdomänen: { $values }.
evidence-cray-exo-001-domain-forwards = Remotedomäne { $name } ({ $domain }) hat AutoForwardEnabled true.
