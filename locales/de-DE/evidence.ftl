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

## Gemeinsam: Prüfungen des bedingten Zugriffs auf Basis der berechneten Fakten

evidence-common-near-miss = Die Richtlinie kommt nahe, reicht aber nicht aus.
evidence-common-fact-gap = { $gap ->
        [state-report_only] Sie ist im Modus „Nur Bericht“ und setzt nichts durch.
        [state-disabled] Sie ist deaktiviert.
        [users-not_all_users] Sie schließt nicht alle Benutzer ein.
        [users-excluded_guests] Sie schließt Gäste oder externe Benutzer aus.
        [users-excluded_all_users] Sie schließt alle Benutzer aus.
        [users-excluded_roles] Sie schließt Verzeichnisrollen aus.
        [users-unprotected_excluded_groups] Sie schließt Gruppen aus, die nicht Rollen zuweisbar sind.
        [users-excluded_unknown_objects] Sie schließt Objekte aus, die es nicht mehr gibt.
        [apps-not_all_apps] Sie schließt nicht alle Cloud-Apps ein.
        [apps-excluded_apps] Sie schließt Cloud-Apps aus.
        [apps-app_filter] Ihr Anwendungsfilter lässt Apps aus.
        [condition-platforms] Ihre Bedingung für Geräteplattformen schränkt sie ein.
        [condition-locations] Ihre Standortbedingung schränkt sie ein.
        [condition-devices] Ihr Gerätefilter schränkt sie ein.
        [condition-clientAppTypes] Sie gilt nur für einige Client-App-Typen.
        [condition-clientApplications] Ihre Bedingung für Workload-Identitäten schränkt sie ein.
        [condition-signInRiskLevels] Ihre Bedingung für das Anmelderisiko schränkt sie ein.
        [condition-userRiskLevels] Ihre Bedingung für das Benutzerrisiko schränkt sie ein.
        [condition-servicePrincipalRiskLevels] Ihre Bedingung für das Dienstprinzipalrisiko schränkt sie ein.
        [condition-insiderRiskLevels] Ihre Bedingung für das Insiderrisiko schränkt sie ein.
        [condition-authenticationFlows] Ihre Bedingung für Authentifizierungsflüsse schränkt sie ein.
       *[other] Sie ist eingeschränkt: { $gap }.
    }

## CRAY-ENTRA-011

evidence-cray-entra-011-security-defaults = Die Sicherheitsstandards sind aktiviert und verlangen MFA für Administratoren.
evidence-cray-entra-011-fail = { $count ->
        [one] Ein Administrator wird
       *[other] { $count } Administratoren werden
    } von keiner durchgesetzten Richtlinie erreicht, die MFA für alle Cloud-Apps verlangt.
evidence-cray-entra-011-unprotected = Hält { $roles }; keine durchgesetzte Richtlinie, die MFA verlangt, erreicht jede Anmeldung dieses Kontos.

## CRAY-ENTRA-012

evidence-cray-entra-012-fail = { $count ->
        [one] Ein Administrator muss
       *[other] { $count } Administratoren müssen
    } keine Phishing-resistente MFA verwenden.
evidence-cray-entra-012-only-mfa = Eine Richtlinie verlangt MFA, aber ihre Methoden lassen sich phishen (Codes, Push, Telefon).
evidence-cray-entra-012-unprotected = Keine durchgesetzte Richtlinie, die MFA verlangt, erreicht jede Anmeldung dieses Kontos.

## CRAY-ENTRA-013

evidence-cray-entra-013-fail = Keine durchgesetzte Richtlinie für alle Benutzer und alle Cloud-Apps verlangt bei hohem Anmelderisiko MFA oder blockiert. Aufgeführt: Richtlinien, die nahe kommen ({ $count }).

## CRAY-ENTRA-014

evidence-cray-entra-014-fail = Keine durchgesetzte Richtlinie für alle Benutzer und alle Cloud-Apps blockiert Benutzer mit hohem Risiko oder lässt sie nach MFA ihr Kennwort ändern. Aufgeführt: Richtlinien, die nahe kommen ({ $count }).
evidence-cray-entra-014-weak-grant = Ihre Gewährung blockiert weder noch verlangt sie MFA und Kennwortänderung zusammen.

## CRAY-ENTRA-015

evidence-cray-entra-015-fail = Keine durchgesetzte Richtlinie für alle Benutzer und alle Cloud-Apps blockiert den Gerätecodefluss. Aufgeführt: Richtlinien, die nahe kommen ({ $count }).

## CRAY-ENTRA-016

evidence-cray-entra-016-fail = Keine durchgesetzte Richtlinie für alle Benutzer und alle Cloud-Apps blockiert die Authentifizierungsübertragung. Aufgeführt: Richtlinien, die nahe kommen ({ $count }).

## CRAY-ENTRA-017

evidence-cray-entra-017-none = Kein Notfallzugriffskonto gefunden: Kein aktiviertes, reines Cloud-Mitgliedskonto heißt „Break Glass“ oder „Emergency Access“.
evidence-cray-entra-017-pass = { $count ->
        [one] Ein Notfallzugriffskonto ist
       *[other] { $count } Notfallzugriffskonten sind
    } von jeder blockierenden Richtlinie ausgeschlossen.
evidence-cray-entra-017-fail = { $count ->
        [one] Ein Notfallzugriffskonto ist
       *[other] { $count } Notfallzugriffskonten sind
    } nicht von jeder blockierenden Richtlinie ausgeschlossen.
evidence-cray-entra-017-not-excluded = Nicht ausgeschlossen von diesen blockierenden Richtlinien: { $policies }.
evidence-cray-entra-017-membership-unknown = Nicht per ID ausgeschlossen von diesen blockierenden Richtlinien, und die Mitglieder ihrer ausgeschlossenen Gruppen wurden nicht erfasst: { $policies }.

## CRAY-ENTRA-018

evidence-cray-entra-018-fail = { $count ->
        [one] Eine Richtlinie schließt
       *[other] { $count } Richtlinien schließen
    } Objekte aus, die es nicht mehr gibt.
evidence-cray-entra-018-deleted = Schließt IDs aus, die weder Benutzer noch Gruppe des Verzeichnisses sind: { $ids }.

## CRAY-ENTRA-019

evidence-cray-entra-019-fail = { $count ->
        [one] Eine ausgeschlossene Gruppe ist
       *[other] { $count } ausgeschlossene Gruppen sind
    } nicht Rollen zuweisbar.
evidence-cray-entra-019-plain-group = Nicht Rollen zuweisbar und ausgeschlossen von: { $policies }.

## CRAY-ENTRA-020

evidence-cray-entra-020-fail = { $count ->
        [one] Eine „Nur Bericht“-Richtlinie ist
       *[other] { $count } „Nur Bericht“-Richtlinien sind
    } die einzige Richtlinie für alle Benutzer mit diesem Steuerelement.
evidence-cray-entra-020-only-report = { $control ->
        [block] Sie würde den Zugriff blockieren, aber keine durchgesetzte Richtlinie für alle Benutzer blockiert.
       *[mfa] Sie würde MFA verlangen, aber keine durchgesetzte Richtlinie für alle Benutzer verlangt sie.
    }

## CRAY-ENTRA-021

evidence-cray-entra-021-fail = { $count ->
        [one] Ein Administrator wird
       *[other] { $count } Administratoren werden
    } aus dem lokalen Verzeichnis synchronisiert.
evidence-cray-entra-021-synchronised = Aus dem lokalen Active Directory synchronisiert und hält { $roles }.

## CRAY-ENTRA-022

evidence-cray-entra-022-fail = { $count ->
        [one] Ein Prinzipal hält
       *[other] { $count } Prinzipale halten
    } eine privilegierte Rolle dauerhaft.
evidence-cray-entra-022-permanent = Dauerhafte aktive Zuweisung von { $roles }.
evidence-cray-entra-022-maybe-activation = Aktive Zuweisung von { $roles }; Instanzen des Rollenzuweisungszeitplans wurden nicht erfasst, daher ist eine befristete PIM-Aktivierung nicht zu unterscheiden.

## CRAY-ENTRA-023

evidence-cray-entra-023-fail = { $count ->
        [one] Ein Dienstprinzipal hält
       *[other] { $count } Dienstprinzipale halten
    } eine privilegierte Rolle.
evidence-cray-entra-023-holder = Hält { $roles }.

## CRAY-ENTRA-024

evidence-cray-entra-024-fail = { $count ->
        [one] Ein Gast hält
       *[other] { $count } Gäste halten
    } eine Verzeichnisrolle.
evidence-cray-entra-024-guest = Gast- oder externes Konto mit { $roles }.

## CRAY-ENTRA-025

evidence-cray-entra-025-fail = { $count ->
        [one] Ein Administrator hat
       *[other] { $count } Administratoren haben
    } unbegrenzte Sitzungen.
evidence-cray-entra-025-no-frequency = Keine durchgesetzte Richtlinie, die das Konto erreicht, legt eine Anmeldehäufigkeit fest.
evidence-cray-entra-025-persistent = Keine durchgesetzte Richtlinie, die das Konto erreicht, setzt die Browsersitzung auf „Nie beständig“.
