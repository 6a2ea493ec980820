# Evidence texts for the exchange checks CRAY-EXO-002 onwards.

## Gemeinsam für die Exchange-Prüfungen

# Einstellungen kommen als „Eigenschaft: aktuell → empfohlen“, mit den Namen und Werten von
# Exchange Online PowerShell.
evidence-exchange-settings = Zu ändernde Einstellungen (aktuell → empfohlen): { $settings }.
evidence-exchange-policies-fall-short = Richtlinien, die für Empfänger gelten und die empfohlenen Einstellungen nicht erreichen: { $count } ({ $names }).
evidence-exchange-dormant = Richtlinien, die für niemanden gelten und daher nicht bewertet wurden: { $policies }.
evidence-exchange-scope-default = Sie ist die Standardrichtlinie und gilt für alle Empfänger, die keine andere Richtlinie abdeckt.
evidence-exchange-scope-built-in = Sie ist die Richtlinie „Integrierter Schutz“ und gilt für alle Empfänger, die keine andere Richtlinie abdeckt.
evidence-exchange-scope-preset = Sie ist eine voreingestellte Richtlinie, eingeschaltet durch die Regel { $rules }.
evidence-exchange-scope-preset-unknown = Sie ist eine voreingestellte Richtlinie; ihre Regeln wurden nicht erfasst, daher zählt cray sie als geltend.
evidence-exchange-scope-custom = Sie ist eine benutzerdefinierte Richtlinie; cray liest ihre Regel nicht und zählt die Richtlinie daher als geltend für die Empfänger, die die Regel auswählt.
evidence-exchange-no-default = Die Daten enthalten keine Standardrichtlinie und keine Richtlinie „Integrierter Schutz“, die jede Organisation hat; sie sind daher unvollständig. Erfassen Sie erneut.

## CRAY-EXO-002

evidence-cray-exo-002-forwarding = Postfächer, die E-Mails an eine Adresse außerhalb der akzeptierten Domänen weiterleiten: { $count } ({ $names }).
evidence-cray-exo-002-forwards-keeps-copy = Postfach { $mailbox } leitet an { $address } weiter und behält eine Kopie.
evidence-cray-exo-002-forwards-only = Postfach { $mailbox } leitet an { $address } weiter, ohne eine Kopie zu behalten.
evidence-cray-exo-002-default-blocks = Die Standardrichtlinie für ausgehenden Spam blockiert externe Weiterleitung (AutoForwardingMode { $mode }); die Zustellung scheitert daher, sofern keine andere Richtlinie für das Postfach gilt.
evidence-cray-exo-002-default-allows = Die Standardrichtlinie für ausgehenden Spam blockiert externe Weiterleitung nicht (AutoForwardingMode { $mode }); die Weiterleitung funktioniert also.
evidence-cray-exo-002-other-policies = Richtlinien für ausgehenden Spam mit AutoForwardingMode On erlauben den Absendern, die ihre Regeln auswählen, die Weiterleitung: { $policies }.
evidence-cray-exo-002-policies-unknown = Die Richtlinien für ausgehenden Spam wurden nicht erfasst; cray kann daher nicht sagen, ob Exchange die weitergeleiteten E-Mails zustellt.

## CRAY-EXO-003

evidence-cray-exo-003-forwarding = Aktivierte Transportregeln, die E-Mails an Adressen außerhalb der akzeptierten Domänen senden: { $count } ({ $names }).
evidence-cray-exo-003-rule-sends = Die Regel mit Priorität { $priority } sendet E-Mails aus der Organisation hinaus: { $targets }.
evidence-cray-exo-003-inactive = Regeln, die E-Mails aus der Organisation hinaus senden würden, aber deaktiviert oder im Testmodus sind: { $rules }.

## CRAY-EXO-004

evidence-cray-exo-004-unsigned = Autoritative akzeptierte Domänen ohne DKIM-Signatur: { $count } von { $total } ({ $names }).
evidence-cray-exo-004-no-config = Die Domäne hat keine DKIM-Signaturkonfiguration.
evidence-cray-exo-004-disabled = Die DKIM-Signaturkonfiguration der Domäne ist nicht aktiviert (Enabled { $enabled }, Status { $status }).

## CRAY-EXO-010

evidence-cray-exo-010-bypassing = Konten, die die Postfachüberwachung umgehen: { $count } ({ $names }).
evidence-cray-exo-010-bypass = AuditBypassEnabled ist { $value }; die Aktionen des Kontos in Postfächern werden daher nicht aufgezeichnet.

## CRAY-EXO-012

evidence-cray-exo-012-sharing = Aktivierte Freigaberichtlinien, die Kalenderdetails mit jeder externen Domäne oder mit anonymen Benutzern teilen: { $count } ({ $names }).
evidence-cray-exo-012-policy-shares = Die Richtlinie teilt Kalenderdetails mit allen: { $entries }.

## CRAY-EXO-023

evidence-cray-exo-023-presets-off = Nicht eingeschaltete voreingestellte Schutzfunktionen: { $count } ({ $names }).
evidence-cray-exo-023-eop = Voreinstellung von Exchange Online Protection (Antispam, Antiphishing, Antischadsoftware):
evidence-cray-exo-023-atp = Voreinstellung von Defender für Office 365 (sichere Links, sichere Anlagen, Identitätswechsel):
evidence-cray-exo-023-no-rule = Es gibt keine Regel der Voreinstellung; sie wurde also nie eingeschaltet.
evidence-cray-exo-023-rule-off = Die Regel der Voreinstellung ist nicht aktiviert (Status { $state }).
evidence-cray-exo-023-atp-unknown = Die Regeln der Voreinstellungen von Defender für Office 365 wurden nicht erfasst; geprüft wurden nur die Voreinstellungen von Exchange Online Protection.

## CRAY-EXO-024

evidence-cray-exo-024-open = Freigegebene Postfächer, deren Benutzerkonto sich anmelden kann oder deren Sperre cray nicht bestätigen kann: { $count } von { $total } ({ $names }).
evidence-cray-exo-024-sign-in-allowed = Sein Benutzerkonto { $user } ist für die Anmeldung aktiviert.
evidence-cray-exo-024-no-user = In den Daten ist kein Entra ID-Benutzer mit der Verzeichnisobjekt-ID des Postfachs ({ $id }); cray kann daher nicht bestätigen, dass die Anmeldung blockiert ist.
evidence-cray-exo-024-state-unknown = Sein Benutzerkonto meldet keinen Wert für accountEnabled; cray kann daher nicht bestätigen, dass die Anmeldung blockiert ist.
evidence-cray-exo-024-address = Adresse: { $address }.

## CRAY-EXO-025

evidence-cray-exo-025-permissive = Verwendete Rollenzuweisungsrichtlinien, die Benutzern das Installieren von Outlook-Add-Ins erlauben: { $count } ({ $names }).
evidence-cray-exo-025-roles = Die Richtlinie weist { $roles } zu.
evidence-cray-exo-025-default = Sie ist die Standardrichtlinie, die neue Postfächer erhalten.
evidence-cray-exo-025-assigned = Postfächer, die sie verwenden: { $count }.
evidence-cray-exo-025-mailboxes-unknown = Die Postfächer wurden nicht erfasst; cray zählt die Richtlinie daher als verwendet.

## CRAY-EXO-026

evidence-cray-exo-026-allowlisting = Aktivierte Transportregeln, die E-Mails benannter Absender an der Spamfilterung vorbeilassen (SCL -1): { $count } ({ $names }).
evidence-cray-exo-026-rule-bypasses = Die Regel setzt SCL -1 für Absender, die { $senders } entsprechen.
