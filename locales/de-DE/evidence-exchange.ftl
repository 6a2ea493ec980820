# Evidence texts for the exchange checks CRAY-EXO-002 onwards.

## Gemeinsam für die Exchange-Prüfungen

# Einstellungen kommen als „Eigenschaft: aktuell → empfohlen“, mit den Namen und Werten von
# Exchange Online PowerShell.
evidence-exchange-settings = Zu ändernde Einstellungen (aktuell → empfohlen): { $settings }.
evidence-exchange-policies-fall-short = { $count } Richtlinien, die für Empfänger gelten, erreichen die empfohlenen Einstellungen nicht. Richtlinien: { $names }.
evidence-exchange-dormant = Richtlinien, die für niemanden gelten und daher nicht bewertet wurden: { $policies }.
evidence-exchange-scope-default = Sie ist die Standardrichtlinie und gilt für alle Empfänger, die keine andere Richtlinie abdeckt.
evidence-exchange-scope-built-in = Sie ist die Richtlinie „Integrierter Schutz“ und gilt für alle Empfänger, die keine andere Richtlinie abdeckt.
evidence-exchange-scope-preset = Sie ist eine voreingestellte Richtlinie, eingeschaltet durch die Regel { $rules }.
evidence-exchange-scope-preset-unknown = Sie ist eine voreingestellte Richtlinie; ihre Regeln wurden nicht erfasst, daher zählt cray sie als geltend.
evidence-exchange-scope-custom = Sie ist eine benutzerdefinierte Richtlinie; cray liest ihre Regel nicht und zählt die Richtlinie daher als geltend für die Empfänger, die die Regel auswählt.

## CRAY-EXO-002

evidence-cray-exo-002-forwarding = { $count } Postfächer leiten E-Mails an eine Adresse außerhalb der akzeptierten Domänen weiter. Postfächer: { $names }.
evidence-cray-exo-002-forwards-keeps-copy = Postfach { $mailbox } leitet an { $address } weiter und behält eine Kopie.
evidence-cray-exo-002-forwards-only = Postfach { $mailbox } leitet an { $address } weiter, ohne eine Kopie zu behalten.
evidence-cray-exo-002-default-blocks = Die Standardrichtlinie für ausgehenden Spam blockiert externe Weiterleitung (AutoForwardingMode { $mode }); die Zustellung scheitert daher, sofern keine andere Richtlinie für das Postfach gilt.
evidence-cray-exo-002-default-allows = Die Standardrichtlinie für ausgehenden Spam blockiert externe Weiterleitung nicht (AutoForwardingMode { $mode }); die Weiterleitung funktioniert also.
evidence-cray-exo-002-other-policies = Richtlinien für ausgehenden Spam mit AutoForwardingMode On erlauben den Absendern, die ihre Regeln auswählen, die Weiterleitung: { $policies }.
evidence-cray-exo-002-policies-unknown = Die Richtlinien für ausgehenden Spam wurden nicht erfasst; cray kann daher nicht sagen, ob Exchange die weitergeleiteten E-Mails zustellt.

## CRAY-EXO-003

evidence-cray-exo-003-forwarding = { $count } aktivierte Transportregeln senden E-Mails an Adressen außerhalb der akzeptierten Domänen. Regeln: { $names }.
evidence-cray-exo-003-rule-sends = Die Regel mit Priorität { $priority } sendet E-Mails aus der Organisation hinaus: { $targets }.
evidence-cray-exo-003-inactive = Regeln, die E-Mails aus der Organisation hinaus senden würden, aber deaktiviert oder im Testmodus sind: { $rules }.

## CRAY-EXO-004

evidence-cray-exo-004-unsigned = { $count } von { $total } autoritativen akzeptierten Domänen werden nicht mit DKIM signiert. Domänen: { $names }.
evidence-cray-exo-004-no-config = Die Domäne hat keine DKIM-Signaturkonfiguration.
evidence-cray-exo-004-disabled = Die DKIM-Signaturkonfiguration der Domäne ist nicht aktiviert (Enabled { $enabled }, Status { $status }).

## CRAY-EXO-010

evidence-cray-exo-010-bypassing = { $count } Konten umgehen die Postfachüberwachung. Konten: { $names }.
evidence-cray-exo-010-bypass = AuditBypassEnabled ist { $value }; die Aktionen des Kontos in Postfächern werden daher nicht aufgezeichnet.

## CRAY-EXO-012

evidence-cray-exo-012-sharing = { $count } aktivierte Freigaberichtlinien teilen Kalenderdetails mit jeder externen Domäne oder mit anonymen Benutzern. Richtlinien: { $names }.
evidence-cray-exo-012-policy-shares = Die Richtlinie teilt Kalenderdetails mit allen: { $entries }.

## CRAY-EXO-023

evidence-cray-exo-023-presets-off = { $count } voreingestellte Schutzfunktionen sind nicht eingeschaltet. Voreinstellungen: { $names }.
evidence-cray-exo-023-eop = Voreinstellung von Exchange Online Protection (Antispam, Antiphishing, Antischadsoftware):
evidence-cray-exo-023-atp = Voreinstellung von Defender für Office 365 (sichere Links, sichere Anlagen, Identitätswechsel):
evidence-cray-exo-023-no-rule = Es gibt keine Regel der Voreinstellung; sie wurde also nie eingeschaltet.
evidence-cray-exo-023-rule-off = Die Regel der Voreinstellung ist nicht aktiviert (Status { $state }).
evidence-cray-exo-023-atp-unknown = Die Regeln der Voreinstellungen von Defender für Office 365 wurden nicht erfasst; geprüft wurden nur die Voreinstellungen von Exchange Online Protection.

## CRAY-EXO-024

evidence-cray-exo-024-open = { $count } von { $total } freigegebenen Postfächern haben ein Benutzerkonto, das sich anmelden kann oder dessen Sperre cray nicht bestätigen kann. Postfächer: { $names }.
evidence-cray-exo-024-sign-in-allowed = Sein Benutzerkonto { $user } ist für die Anmeldung aktiviert.
evidence-cray-exo-024-no-user = In den Daten ist kein Entra ID-Benutzer mit der Verzeichnisobjekt-ID des Postfachs ({ $id }); cray kann daher nicht bestätigen, dass die Anmeldung blockiert ist.
evidence-cray-exo-024-state-unknown = Sein Benutzerkonto meldet keinen Wert für accountEnabled; cray kann daher nicht bestätigen, dass die Anmeldung blockiert ist.
evidence-cray-exo-024-address = Adresse: { $address }.

## CRAY-EXO-025

evidence-cray-exo-025-permissive = { $count } verwendete Rollenzuweisungsrichtlinien erlauben Benutzern, Outlook-Add-Ins zu installieren. Richtlinien: { $names }.
evidence-cray-exo-025-roles = Die Richtlinie weist { $roles } zu.
evidence-cray-exo-025-default = Sie ist die Standardrichtlinie, die neue Postfächer erhalten.
evidence-cray-exo-025-assigned = { $count } Postfächer verwenden sie.
evidence-cray-exo-025-mailboxes-unknown = Die Postfächer wurden nicht erfasst; cray zählt die Richtlinie daher als verwendet.

## CRAY-EXO-026

evidence-cray-exo-026-allowlisting = { $count } aktivierte Transportregeln lassen E-Mails benannter Absender an der Spamfilterung vorbei (SCL -1). Regeln: { $names }.
evidence-cray-exo-026-rule-bypasses = Die Regel setzt SCL -1 für Absender, die { $senders } entsprechen.
