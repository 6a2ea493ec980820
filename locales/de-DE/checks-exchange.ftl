# Check texts for the exchange checks CRAY-EXO-002 onwards.

## CRAY-EXO-002

check-cray-exo-002-title = Kein Postfach leitet E-Mails an eine externe Adresse weiter
check-cray-exo-002-description =
    Listet Postfächer, deren Weiterleitungsadresse (ForwardingSmtpAddress, vom Benutzer in
    Outlook im Web oder von einem Administrator gesetzt) außerhalb der akzeptierten Domänen
    der Organisation liegt. Ob Exchange Online die weitergeleiteten E-Mails zustellt, hängt
    von der Richtlinie für ausgehenden Spam ab, die für das Postfach gilt, und von den
    Remotedomänen (CRAY-EXO-001); der Befund nennt, was die Standardrichtlinie tut.
    Weiterleitungen an ein Empfängerobjekt (ForwardingAddress) werden nicht bewertet, weil
    cray das Ziel von E-Mail-Kontakten nicht liest.
check-cray-exo-002-risk =
    Eine Weiterleitungsadresse zu setzen gehört zu den ersten Schritten von Angreifern in
    einem übernommenen Postfach: Sie erhalten die E-Mails weiter, auch nachdem das Kennwort
    zurückgesetzt wurde. Eine heute blockierte Weiterleitung wirkt, sobald jemand die
    Richtlinie für ausgehende Nachrichten lockert.
check-cray-exo-002-remediation =
    1. Die Inhaber der aufgeführten Postfächer fragen, ob die Weiterleitung gewollt ist; eine
       unbekannte Weiterleitung als Hinweis auf eine Kompromittierung behandeln (Kennwort
       zurücksetzen, Sitzungen widerrufen, Posteingangsregeln prüfen).
    2. Exchange Admin Center: Empfänger, Postfächer, das Postfach auswählen, Einstellungen
       für den Nachrichtenfluss, E-Mail-Weiterleitung, „E-Mail-Weiterleitung verwalten“; die
       Weiterleitung ausschalten.
    3. Externe Weiterleitung in den Richtlinien für ausgehenden Spam blockiert lassen
       (CRAY-EXO-001).
    PowerShell (Exchange Online): Set-Mailbox -Identity <Postfach> -ForwardingSmtpAddress
    $null -DeliverToMailboxAndForward $false.

## CRAY-EXO-003

check-cray-exo-003-title = Keine Transportregel sendet E-Mails an externe Empfänger
check-cray-exo-003-description =
    Listet aktivierte Nachrichtenflussregeln (Transportregeln) im Erzwingungsmodus, die
    Nachrichten umleiten, in Kopie (Bcc oder Cc) senden oder Empfänger hinzufügen, deren
    Adressen außerhalb der akzeptierten Domänen liegen. Transportregeln leiten unabhängig
    von der Richtlinie für ausgehenden Spam weiter und sind daher ein eigener Weg.
    Deaktivierte Regeln und Regeln im Testmodus nennt ein Hinweis, weil sie die
    Weiterleitung starten, sobald jemand sie einschaltet.
check-cray-exo-003-risk =
    Mit einem übernommenen Administratorkonto lässt sich mit einer einzigen Regel still die
    gesamte E-Mail einer Abteilung an ein externes Postfach kopieren. Auch berechtigte
    Regeln dieser Art (externe Prüfer, Archivdienste) geben vertrauliche E-Mails aus der
    Hand der Organisation.
check-cray-exo-003-remediation =
    1. Exchange Admin Center: Nachrichtenfluss, Regeln. Jede aufgeführte Regel öffnen und
       prüfen, wer sie wann und warum angelegt hat.
    2. Regeln löschen, die niemand begründen kann. Für einen echten geschäftlichen Bedarf
       einen vertraglich geregelten Journal- oder Archivconnector vorziehen und die Ausnahme
       dokumentieren.
    3. Ist eine Regel unbekannt, das Konto, das sie angelegt hat (CreatedBy), auf eine
       Kompromittierung untersuchen.
    PowerShell (Exchange Online): Get-TransportRule | Format-List Name,State,RedirectMessageTo,
    BlindCopyTo,CopyTo,AddToRecipients; Remove-TransportRule -Identity <Regel> oder
    Disable-TransportRule -Identity <Regel>.

## CRAY-EXO-004

check-cray-exo-004-title = DKIM-Signatur ist für jede akzeptierte Domäne eingeschaltet
check-cray-exo-004-description =
    Prüft, dass Exchange Online ausgehende E-Mails für jede akzeptierte Domäne, für die es
    autoritativ ist, mit DKIM signiert: Jede solche Domäne braucht eine aktivierte
    DKIM-Signaturkonfiguration. SPF- und DMARC-Einträge stehen im DNS, das cray nicht liest;
    sie gehören daher nicht zu dieser Prüfung. Prüfen Sie sie mit einer DNS-Abfrage.
check-cray-exo-004-risk =
    Ohne DKIM können Empfänger nicht prüfen, ob E-Mails der Domäne wirklich von der
    Organisation stammen. Eine DMARC-Richtlinie lässt sich so nicht durchsetzen, und
    Phishing mit gefälschter Absenderdomäne erreicht eher sein Ziel.
check-cray-exo-004-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Einstellungen für die E-Mail-Authentifizierung, DKIM.
    2. Jede aufgeführte Domäne auswählen. Die beiden CNAME-Einträge (selector1 und
       selector2), die die Seite anzeigt, beim DNS-Anbieter der Domäne veröffentlichen.
    3. Sobald die Einträge aufgelöst werden, „Nachrichten für diese Domäne mit
       DKIM-Signaturen signieren“ einschalten.
    PowerShell (Exchange Online): New-DkimSigningConfig -DomainName <Domäne> -Enabled $false
    erzeugt die Schlüssel; nach dem Veröffentlichen der CNAME-Einträge Set-DkimSigningConfig
    -Identity <Domäne> -Enabled $true.

## CRAY-EXO-005

check-cray-exo-005-title = SMTP AUTH ist für die Organisation ausgeschaltet
check-cray-exo-005-description =
    Prüft, dass authentifizierter SMTP-Versand (SMTP AUTH) für die ganze Organisation
    ausgeschaltet ist: TransportConfig SmtpClientAuthenticationDisabled muss true sein.
    Einzelne Postfächer können ihn wieder einschalten; diese Einstellungen je Postfach liest
    cray nicht.
check-cray-exo-005-risk =
    SMTP AUTH nutzen alte Geräte und Skripte, und es ist ein beliebtes Ziel von Password
    Spraying. Wo es noch Standardauthentifizierung annimmt, können Angreifer gestohlene
    Kennwörter ohne Multi-Faktor-Authentifizierung testen und verwenden.
check-cray-exo-005-remediation =
    1. Ermitteln, welche Geräte und Anwendungen noch mit SMTP AUTH senden (Exchange Admin
       Center, Berichte, Nachrichtenfluss, Bericht „SMTP AUTH-Clients“).
    2. Diese auf OAuth, auf den Versand über Microsoft Graph oder auf einen Connector bzw.
       ein Relay umstellen.
    3. Microsoft 365 Admin Center: Einstellungen, Organisationseinstellungen, Dienste,
       Moderne Authentifizierung; „Authentifiziertes SMTP“ abwählen. Nur für die Postfächer
       zulassen, die es noch brauchen.
    PowerShell (Exchange Online): Set-TransportConfig -SmtpClientAuthenticationDisabled $true;
    für eine Ausnahme Set-CASMailbox -Identity <Postfach> -SmtpClientAuthenticationDisabled
    $false.

## CRAY-EXO-006

check-cray-exo-006-title = Moderne Authentifizierung ist für Exchange Online eingeschaltet
check-cray-exo-006-description =
    Prüft, dass sich Outlook und andere Exchange-Clients mit moderner Authentifizierung
    (OAuth 2.0) anmelden: OrganizationConfig OAuth2ClientProfileEnabled muss true sein.
check-cray-exo-006-risk =
    Ohne moderne Authentifizierung weicht Outlook auf Anmeldeverfahren aus, die weder
    Multi-Faktor-Authentifizierung noch bedingten Zugriff durchsetzen können; ein gestohlenes
    Kennwort genügt dann.
check-cray-exo-006-remediation =
    1. Microsoft 365 Admin Center: Einstellungen, Organisationseinstellungen, Dienste,
       Moderne Authentifizierung.
    2. „Moderne Authentifizierung für Outlook 2013 für Windows und höher aktivieren“
       auswählen und speichern.
    PowerShell (Exchange Online): Set-OrganizationConfig -OAuth2ClientProfileEnabled $true.

## CRAY-EXO-007

check-cray-exo-007-title = Kunden-Lockbox ist eingeschaltet
check-cray-exo-007-description =
    Prüft, dass die Kunden-Lockbox eingeschaltet ist: OrganizationConfig
    CustomerLockboxEnabled muss true sein. Dann erhält ein Microsoft-Techniker, der für einen
    Supportfall Zugriff auf Postfachinhalte braucht, ihn erst nach Genehmigung durch einen
    Administrator der Organisation. Die Prüfung gilt für Mandanten mit einer Lizenz für die
    Kunden-Lockbox.
check-cray-exo-007-risk =
    Ohne Kunden-Lockbox kann Microsoft-Supportpersonal in einem Supportfall Zugriff auf
    Inhalte erhalten, ohne dass die Organisation ausdrücklich zustimmt, und die Organisation
    hat keinen Nachweis über eine Zustimmung.
check-cray-exo-007-remediation =
    1. Microsoft 365 Admin Center: Einstellungen, Organisationseinstellungen, Sicherheit und
       Datenschutz, Kunden-Lockbox.
    2. „Genehmigung für alle Datenzugriffsanforderungen anfordern“ auswählen und speichern.
    3. Den Personen, die über Anfragen entscheiden, die Rolle „Genehmigende Person für den
       Zugriff auf Kunden-Lockbox“ zuweisen.
    PowerShell (Exchange Online): Set-OrganizationConfig -CustomerLockboxEnabled $true.

## CRAY-EXO-008

check-cray-exo-008-title = Das einheitliche Überwachungsprotokoll ist eingeschaltet
check-cray-exo-008-description =
    Prüft, dass Microsoft 365 die Aktivitäten von Benutzern und Administratoren im
    einheitlichen Überwachungsprotokoll aufzeichnet: AdminAuditLogConfig
    UnifiedAuditLogIngestionEnabled muss true sein.
check-cray-exo-008-risk =
    Ohne Überwachungsprotokoll kann eine Untersuchung nicht feststellen, wer E-Mails gelesen,
    weitergeleitet oder gelöscht oder Einstellungen geändert hat. Angreifer schalten es aus,
    um ihre Spuren zu verwischen.
check-cray-exo-008-remediation =
    1. Microsoft Purview-Portal: Lösungen, Überwachung.
    2. Bietet die Seite „Aufzeichnung von Benutzer- und Administratoraktivitäten starten“ an,
       diese Option auswählen. Bis die Aufzeichnung beginnt, kann eine Stunde vergehen.
    PowerShell (Exchange Online): Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled
    $true.

## CRAY-EXO-009

check-cray-exo-009-title = Postfachüberwachung ist standardmäßig eingeschaltet
check-cray-exo-009-description =
    Prüft, dass die Postfachüberwachung für die Organisation eingeschaltet ist:
    OrganizationConfig AuditDisabled muss false sein. Ist der Wert true, zeichnet kein
    Postfach Aktionen von Inhabern, Stellvertretern oder Administratoren auf, gleich was das
    einzelne Postfach angibt.
check-cray-exo-009-risk =
    Ohne Überwachungseinträge der Postfächer lässt sich nicht feststellen, welche Nachrichten
    ein Angreifer oder Stellvertreter geöffnet, gesendet oder gelöscht hat, etwa wenn zu
    entscheiden ist, ob ein Vorfall gemeldet werden muss.
check-cray-exo-009-remediation =
    1. Für die standardmäßige Postfachüberwachung gibt es in den Admin Centern keinen
       Schalter; Exchange Online PowerShell verwenden.
    2. Sie für die Organisation einschalten und danach einige Postfächer mit
       Get-MailboxAuditBypassAssociation und Get-Mailbox | Format-List AuditEnabled prüfen.
    PowerShell (Exchange Online): Set-OrganizationConfig -AuditDisabled $false.

## CRAY-EXO-010

check-cray-exo-010-title = Kein Konto umgeht die Postfachüberwachung
check-cray-exo-010-description =
    Listet Postfächer und Konten mit einer Zuordnung zur Umgehung der Postfachüberwachung
    (AuditBypassEnabled true): Ihre Aktionen in irgendeinem Postfach werden nicht
    aufgezeichnet. Eine Zuordnung ohne gemeldeten Wert für AuditBypassEnabled wird ebenfalls
    aufgeführt, weil cray nicht bestätigen kann, dass sie aus ist.
check-cray-exo-010-risk =
    Ein Konto, das die Überwachung umgeht, kann E-Mails in fremden Postfächern spurlos lesen
    und löschen. Dienstkonten mit dieser Ausnahme sind begehrte Ziele.
check-cray-exo-010-remediation =
    1. Für jedes aufgeführte Konto klären, warum es ausgenommen wurde; Sicherungs- und
       Migrationswerkzeuge verlangen das manchmal.
    2. Die Ausnahme entfernen. Braucht ein Werkzeug sie, ein eigenes Konto dafür verwenden
       und es regelmäßig überprüfen.
    PowerShell (Exchange Online): Set-MailboxAuditBypassAssociation -Identity <Konto>
    -AuditBypassEnabled $false.

## CRAY-EXO-011

check-cray-exo-011-title = Outlook kennzeichnet E-Mails von außerhalb der Organisation
check-cray-exo-011-description =
    Prüft, dass Outlook Nachrichten von außerhalb der Organisation mit dem Hinweis „Extern“
    kennzeichnet: Get-ExternalInOutlook muss Enabled true melden.
check-cray-exo-011-risk =
    Ohne Kennzeichnung wirkt eine Nachricht, die einen Kollegen oder eine Führungskraft
    nachahmt, wie interne Post; Phishing und Zahlungsbetrug werden so leichter.
check-cray-exo-011-remediation =
    1. Die Kennzeichnung lässt sich nur über Exchange Online PowerShell einschalten.
    2. Vertrauenswürdige Partnerdomänen nur dann in die Zulassungsliste aufnehmen, wenn ihre
       E-Mails nicht gekennzeichnet werden dürfen.
    PowerShell (Exchange Online): Set-ExternalInOutlook -Enabled $true.

## CRAY-EXO-012

check-cray-exo-012-title = Kalenderdetails werden nicht mit jeder externen Domäne geteilt
check-cray-exo-012-description =
    Listet aktivierte Freigaberichtlinien, mit denen Benutzer Kalenderdetails (Betreff, Ort
    oder alle Details) mit jeder externen Domäne (*) oder mit anonymen Benutzern teilen
    können. Nur Frei/Gebucht-Zeiten zu teilen ist erlaubt, ebenso Details mit namentlich
    genannten Partnerdomänen.
check-cray-exo-012-risk =
    Kalendereinträge verraten, wer wen trifft, Reisen, Projekte und Einwahldaten. Für alle
    geteilt, helfen sie Angreifern, gezieltes Phishing und Social Engineering zu planen.
check-cray-exo-012-remediation =
    1. Exchange Admin Center: Organisation, Freigabe, Individuelle Freigabe.
    2. Jede aufgeführte Richtlinie öffnen. Für den Eintrag „Freigabe für alle Domänen“ (und
       anonym) die Kalenderinformationen auf „Nur Frei/Gebucht-Informationen mit Uhrzeit“
       stellen oder den Eintrag entfernen. Für weitergehende Freigaben Partnerdomänen
       einzeln hinzufügen.
    PowerShell (Exchange Online): Set-SharingPolicy -Identity <Richtlinie> -Domains
    "*:CalendarSharingFreeBusySimple".

## CRAY-EXO-013

check-cray-exo-013-title = Antiphishingrichtlinien nutzen Spoofingschutz und DMARC
check-cray-exo-013-description =
    Prüft jede Antiphishingrichtlinie, die für jemanden gilt, auf Spoofingintelligenz
    (EnableSpoofIntelligence), die Beachtung der DMARC-Richtlinie der Absenderdomäne
    (HonorDmarcPolicy) und das Fragezeichen für nicht authentifizierte Absender
    (EnableUnauthenticatedSender). Die Standardrichtlinie gilt für alle, die keine andere
    Richtlinie abdeckt; die Voreinstellungen Standard und Strikt gelten über ihre
    aktivierten Regeln; benutzerdefinierte Richtlinien zählen als geltend, weil cray ihre
    Regeln nicht liest.
check-cray-exo-013-risk =
    Ohne diesen Schutz landen E-Mails mit gefälschter Absenderdomäne eines Partners oder der
    eigenen Organisation echt wirkend im Posteingang.
check-cray-exo-013-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antiphishing.
    2. Jede aufgeführte Richtlinie öffnen, „Schutzeinstellungen bearbeiten“ und unter
       Spoofing „Spoofingintelligenz aktivieren“, „DMARC-Eintragsrichtlinie berücksichtigen“
       und „(?) für nicht authentifizierte Absender anzeigen“ einschalten.
    PowerShell (Exchange Online): Set-AntiPhishPolicy -Identity <Richtlinie>
    -EnableSpoofIntelligence $true -HonorDmarcPolicy $true -EnableUnauthenticatedSender $true.

## CRAY-EXO-014

check-cray-exo-014-title = Antiphishingrichtlinien schützen vor Identitätswechsel
check-cray-exo-014-description =
    Prüft jede Antiphishingrichtlinie, die für jemanden gilt, auf den Identitätswechselschutz
    von Defender für Office 365: geschützte Benutzer (mit mindestens einem benannten
    Benutzer), die eigenen Domänen der Organisation sowie Postfachintelligenz mit ihrem
    Schutz; E-Mails, die einen Benutzer oder eine Domäne imitieren, müssen in die Quarantäne.
    Die Prüfung gilt für Mandanten mit Defender für Office 365 Plan 1 oder höher.
check-cray-exo-014-risk =
    Das Imitieren von Führungskräften, Mitarbeitenden der Buchhaltung oder der eigenen
    Domäne ist der Kern von Business E-Mail Compromise; ohne Schutz erreichen solche E-Mails
    den Posteingang.
check-cray-exo-014-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antiphishing.
    2. Jede aufgeführte Richtlinie öffnen, „Schutzeinstellungen bearbeiten“: die am ehesten
       imitierten Personen unter „Benutzer zum Schutz aktivieren“ eintragen, „Domänen, die
       ich besitze, einschließen“, „Postfachintelligenz aktivieren“ und „Intelligenz für
       Identitätswechselschutz aktivieren“ einschalten.
    3. Unter Aktionen für Benutzer- und Domänenidentitätswechsel „Nachricht unter Quarantäne
       stellen“ wählen.
    Die Voreinstellungen Standard und Strikt tun dies für die Empfänger, die sie abdecken.
    PowerShell (Exchange Online): Set-AntiPhishPolicy -Identity <Richtlinie>
    -EnableTargetedUserProtection $true -TargetedUsersToProtect "<Name>;<Adresse>"
    -EnableOrganizationDomainsProtection $true -EnableMailboxIntelligence $true
    -EnableMailboxIntelligenceProtection $true -TargetedUserProtectionAction Quarantine
    -TargetedDomainProtectionAction Quarantine.

## CRAY-EXO-015

check-cray-exo-015-title = Antispamrichtlinien stellen Phishing unter Quarantäne und begrenzen Massen-E-Mails
check-cray-exo-015-description =
    Prüft jede Antispamrichtlinie, die für jemanden gilt: Phishing und Phishing mit hoher
    Zuverlässigkeit gehen in die Quarantäne, die automatische Löschung nach Zustellung
    (Zero-Hour Auto Purge) entfernt Spam und Phishing, und der Schwellenwert für
    Massen-E-Mails liegt wie in der Voreinstellung Standard bei 6 oder darunter. Welche
    Richtlinien gelten, wird wie bei den Antiphishingrichtlinien bestimmt.
check-cray-exo-015-risk =
    Phishing im Junk-E-Mail-Ordner ist nur einen Klick entfernt, und E-Mails, die erst nach
    der Zustellung als schädlich erkannt werden, bleiben ohne automatische Löschung im
    Posteingang.
check-cray-exo-015-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antispamrichtlinien.
    2. Jede aufgeführte Richtlinie für eingehende Nachrichten öffnen, „Aktionen bearbeiten“:
       Phishing und Phishing mit hoher Zuverlässigkeit auf „Nachricht unter Quarantäne
       stellen“ setzen und die automatische Löschung nach Zustellung für Spam und Phishing
       einschalten.
    3. „Schwellenwert für Massen-E-Mails und Spameigenschaften bearbeiten“: den
       Schwellenwert auf 6 oder niedriger setzen.
    PowerShell (Exchange Online): Set-HostedContentFilterPolicy -Identity <Richtlinie>
    -PhishSpamAction Quarantine -HighConfidencePhishAction Quarantine -SpamZapEnabled $true
    -PhishZapEnabled $true -BulkThreshold 6.

## CRAY-EXO-016

check-cray-exo-016-title = Antispamrichtlinien lassen keine Absenderdomänen oder Absender zu
check-cray-exo-016-description =
    Listet Antispamrichtlinien, die für jemanden gelten und benannte Absenderdomänen
    (AllowedSenderDomains) oder Absenderadressen (AllowedSenders) an der Spamfilterung
    vorbeilassen.
check-cray-exo-016-risk =
    Absenderadressen lassen sich leicht fälschen. Eine zugelassene Domäne erlaubt jedem, der
    sie fälscht, Spam und Phishing direkt in den Posteingang zu liefern.
check-cray-exo-016-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antispamrichtlinien.
    2. Jede aufgeführte Richtlinie für eingehende Nachrichten öffnen, „Zulässige und
       blockierte Absender und Domänen“, und die zugelassenen Absender und Domänen
       entfernen.
    3. Fälschlich als Spam erkannte E-Mails an Microsoft melden oder stattdessen die Liste
       zugelassener/blockierter Mandanten verwenden, die die Authentifizierung prüft.
    PowerShell (Exchange Online): Set-HostedContentFilterPolicy -Identity <Richtlinie>
    -AllowedSenderDomains $null -AllowedSenders $null.

## CRAY-EXO-017

check-cray-exo-017-title = Der Verbindungsfilter vertraut keiner Absender-IP-Adresse
check-cray-exo-017-description =
    Prüft die Verbindungsfilterrichtlinie: Ihre IP-Zulassungsliste (IPAllowList) muss leer
    und die sichere Liste von Microsoft (EnableSafeList) ausgeschaltet sein. E-Mails von
    zugelassenen Adressen umgehen die Spamfilterung.
check-cray-exo-017-risk =
    E-Mails von einer zugelassenen IP-Adresse werden nicht auf Spam geprüft; wird dieser
    Server oder Dienst missbraucht oder mit anderen geteilt, kommen deren E-Mails ungeprüft
    an.
check-cray-exo-017-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antispamrichtlinien, Verbindungsfilterrichtlinie (Standard).
    2. „Verbindungsfilterrichtlinie bearbeiten“: alle Adressen unter „Nachrichten von den
       folgenden IP-Adressen oder Adressbereichen immer zulassen“ entfernen und „Sichere
       Liste aktivieren“ abwählen.
    PowerShell (Exchange Online): Set-HostedConnectionFilterPolicy -Identity Default
    -IPAllowList $null -EnableSafeList $false.

## CRAY-EXO-018

check-cray-exo-018-title = Antischadsoftwarerichtlinien blockieren riskante Anhänge und löschen Schadsoftware
check-cray-exo-018-description =
    Prüft jede Antischadsoftwarerichtlinie, die für jemanden gilt, auf den Filter für
    allgemeine Anlagen (EnableFileFilter), der Dateitypen wie ausführbare Dateien und
    Skripte blockiert, und auf die automatische Löschung nach Zustellung (ZapEnabled), die
    nachträglich erkannte Schadsoftware entfernt.
check-cray-exo-018-risk =
    Ausführbare Dateien und Skripte im Anhang sind ein gängiger Weg, Schadsoftware
    einzuschleusen; ohne Filter und nachträgliche Löschung erreicht eine neue Variante, die
    Scanner noch nicht kennen, den Benutzer.
check-cray-exo-018-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antischadsoftware.
    2. Jede aufgeführte Richtlinie öffnen, „Schutzeinstellungen bearbeiten“, „Filter für
       allgemeine Anlagen aktivieren“ und „Automatische Löschung nach Zustellung für
       Schadsoftware aktivieren“ einschalten.
    PowerShell (Exchange Online): Set-MalwareFilterPolicy -Identity <Richtlinie>
    -EnableFileFilter $true -ZapEnabled $true.

## CRAY-EXO-019

check-cray-exo-019-title = Administratoren erfahren, wenn interne Absender Schadsoftware senden
check-cray-exo-019-description =
    Prüft jede Antischadsoftwarerichtlinie, die für jemanden gilt: Benachrichtigungen über
    Schadsoftware von internen Absendern (EnableInternalSenderAdminNotifications) müssen
    eingeschaltet sein und an eine Administratoradresse (InternalSenderAdminAddress) gehen.
check-cray-exo-019-risk =
    Schadsoftware, die aus der Organisation heraus gesendet wird, deutet meist auf ein
    kompromittiertes Konto oder Gerät hin. Ohne Benachrichtigung bemerkt es niemand, bis
    sich der Schaden ausbreitet.
check-cray-exo-019-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Antischadsoftware.
    2. Jede aufgeführte Richtlinie öffnen, „Benachrichtigungseinstellungen bearbeiten“,
       „Administrator über nicht zugestellte Nachrichten von internen Absendern
       benachrichtigen“ einschalten und die Adresse des Sicherheitsteams eintragen.
    PowerShell (Exchange Online): Set-MalwareFilterPolicy -Identity <Richtlinie>
    -EnableInternalSenderAdminNotifications $true -InternalSenderAdminAddress <Adresse>.

## CRAY-EXO-020

check-cray-exo-020-title = Sichere Links schützen E-Mail, Teams und Office-Apps
check-cray-exo-020-description =
    Prüft jede Richtlinie für sichere Links, die für jemanden gilt: Links werden in E-Mails,
    Teams und Office-Apps geprüft und vor der Zustellung gescannt, Klicks werden
    aufgezeichnet, und Benutzer können nicht zu einer als schädlich erkannten Seite
    durchklicken. Die Richtlinie „Integrierter Schutz“ gilt für alle, die keine andere
    Richtlinie abdeckt, und lässt das Durchklicken zu; sie fällt daher durch, außer eine
    Regel der Voreinstellung Standard oder Strikt deckt jede akzeptierte Domäne ab. Die
    Prüfung gilt für Mandanten mit Defender für Office 365 Plan 1 oder höher.
check-cray-exo-020-risk =
    Phishinglinks werden oft erst nach der Zustellung schädlich. Ohne Prüfung beim Klicken,
    oder wenn Durchklicken erlaubt ist, erreicht ein Benutzer die Seite, die Anmeldedaten
    abgreift.
check-cray-exo-020-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Voreingestellte Sicherheitsrichtlinien: die Voreinstellung
       Standard für alle Empfänger einschalten (oder eine Richtlinie für sichere Links
       anlegen, die sie abdeckt).
    2. Für jede aufgeführte benutzerdefinierte Richtlinie unter Sichere Links „Einstellungen
       für URL- und Klickschutz bearbeiten“: den Schutz für E-Mail, Teams und Office-Apps,
       die URL-Prüfung in Echtzeit und die Klickverfolgung einschalten und „Benutzern das
       Durchklicken zur ursprünglichen URL erlauben“ abwählen.
    PowerShell (Exchange Online): Set-SafeLinksPolicy -Identity <Richtlinie>
    -EnableSafeLinksForEmail $true -EnableSafeLinksForTeams $true -EnableSafeLinksForOffice
    $true -ScanUrls $true -TrackClicks $true -AllowClickThrough $false.

## CRAY-EXO-021

check-cray-exo-021-title = Sichere Anlagen blockieren schädliche Anhänge
check-cray-exo-021-description =
    Prüft jede Richtlinie für sichere Anlagen, die für jemanden gilt: Sie ist eingeschaltet
    (Enable) und blockiert schädliche Anhänge (Action Block). Welche Richtlinien gelten, wird
    wie bei den sicheren Links bestimmt. Die Prüfung gilt für Mandanten mit Defender für
    Office 365 Plan 1 oder höher.
check-cray-exo-021-risk =
    Anhänge mit unbekannter Schadsoftware passieren die Signaturprüfung; ohne Ausführung in
    einer Sandbox, oder mit der Aktion „Zulassen“, erreichen sie den Benutzer.
check-cray-exo-021-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Sichere Anlagen.
    2. Jede aufgeführte Richtlinie öffnen, „Einstellungen bearbeiten“ und die Antwort auf
       unbekannte Schadsoftware auf „Blockieren“ stellen.
    PowerShell (Exchange Online): Set-SafeAttachmentPolicy -Identity <Richtlinie> -Enable
    $true -Action Block.

## CRAY-EXO-022

check-cray-exo-022-title = Defender prüft Dateien in SharePoint, OneDrive und Teams
check-cray-exo-022-description =
    Prüft die globalen Einstellungen von Defender für Office 365 (AtpPolicyForO365): Sichere
    Anlagen für SharePoint, OneDrive und Microsoft Teams (EnableATPForSPOTeamsODB) müssen
    eingeschaltet sein. Sichere Dokumente brauchen Microsoft 365 E5 und sind nicht
    verlangt; wo sie eingeschaltet sind, dürfen Benutzer eine markierte Datei nicht öffnen
    können (AllowSafeDocsOpen false).
check-cray-exo-022-risk =
    Eine schädliche Datei, die in ein Team hochgeladen oder aus OneDrive geteilt wird,
    verbreitet sich an alle, die sie öffnen; ohne Prüfung hält sie nichts auf.
check-cray-exo-022-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Sichere Anlagen, Globale Einstellungen.
    2. „Defender für Office 365 für SharePoint, OneDrive und Microsoft Teams aktivieren“
       einschalten. Bei eingeschalteten sicheren Dokumenten „Benutzern das Durchklicken der
       geschützten Ansicht erlauben, auch wenn die Datei als schädlich erkannt wurde“
       abwählen.
    PowerShell (Exchange Online): Set-AtpPolicyForO365 -EnableATPForSPOTeamsODB $true
    -AllowSafeDocsOpen $false.

## CRAY-EXO-023

check-cray-exo-023-title = Die voreingestellten Sicherheitsrichtlinien Standard und Strikt sind eingeschaltet
check-cray-exo-023-description =
    Prüft, dass beide voreingestellten Sicherheitsrichtlinien eingeschaltet sind: Jede hat
    eine aktivierte Regel für Exchange Online Protection und, wo die Regeln der
    Voreinstellungen von Defender für Office 365 erfasst wurden, eine aktivierte
    Defender-Regel. Voreinstellungen bringen die von Microsoft empfohlenen Einstellungen mit
    und folgen ihnen, wenn sie sich ändern. Wen jede Voreinstellung abdeckt, entscheidet die
    Organisation; Strikt ist für besonders gefährdete Personen gedacht.
check-cray-exo-023-risk =
    Selbst gebaute Richtlinien entfernen sich mit der Zeit von den empfohlenen Einstellungen,
    und neue Schutzfunktionen bleiben aus. Ohne Voreinstellungen muss jede Verbesserung von
    Hand gefunden und eingeschaltet werden.
check-cray-exo-023-remediation =
    1. Microsoft Defender-Portal: E-Mail und Zusammenarbeit, Richtlinien und Regeln,
       Bedrohungsrichtlinien, Voreingestellte Sicherheitsrichtlinien.
    2. Unter Standardschutz und Strikter Schutz „Schutzeinstellungen verwalten“ wählen, die
       Empfänger festlegen (Standard für alle, Strikt für Führungskräfte und
       Administratoren) und die Voreinstellung einschalten.
    PowerShell (Exchange Online): Enable-EOPProtectionPolicyRule -Identity "Standard Preset
    Security Policy" und Enable-ATPProtectionPolicyRule -Identity "Standard Preset Security
    Policy"; ebenso für "Strict Preset Security Policy".

## CRAY-EXO-024

check-cray-exo-024-title = Die Anmeldung ist für freigegebene Postfächer blockiert
check-cray-exo-024-description =
    Listet freigegebene Postfächer, deren Entra ID-Benutzerkonto (über die
    ExternalDirectoryObjectId des Postfachs gefunden) sich anmelden kann. Ein freigegebenes
    Postfach ohne passenden Benutzer in den Daten oder mit einem Benutzer ohne gemeldeten
    Anmeldestatus wird ebenfalls aufgeführt, weil cray die Sperre nicht bestätigen kann.
check-cray-exo-024-risk =
    Freigegebene Postfächer öffnen die Mitarbeitenden mit ihren eigenen Konten. Ein
    aktiviertes Konto hinter einem freigegebenen Postfach hat ein Kennwort, das niemandem
    gehört und das niemand wechselt; wer es errät, erhält das Postfach ohne
    Multi-Faktor-Authentifizierung.
check-cray-exo-024-remediation =
    1. Microsoft 365 Admin Center: Benutzer, Aktive Benutzer. Den Benutzer jedes aufgeführten
       freigegebenen Postfachs öffnen und „Anmeldung blockieren“ wählen.
    2. Sicherstellen, dass die Personen, die mit dem Postfach arbeiten, Vollzugriff oder
       „Senden als“ haben statt des Kennworts.
    PowerShell (Microsoft Graph): Update-MgUser -UserId <Objekt-ID> -AccountEnabled:$false.

## CRAY-EXO-025

check-cray-exo-025-title = Benutzer können Outlook-Add-Ins nicht selbst installieren
check-cray-exo-025-description =
    Listet Rollenzuweisungsrichtlinien, die Benutzern das Installieren von Outlook-Add-Ins
    erlauben (Rollen My Custom Apps, My Marketplace Apps oder My ReadWriteMailbox Apps) und
    die für Postfächer gelten: die Standardrichtlinie und jede Richtlinie, die ein Postfach
    verwendet. Ohne die Liste der Postfächer zählt jede Richtlinie.
check-cray-exo-025-risk =
    Add-Ins können E-Mails als der Benutzer lesen und senden. Ein schädliches oder
    unbedacht von einem Benutzer installiertes Add-In gibt seinem Herausgeber dauerhaft
    Zugriff auf das Postfach.
check-cray-exo-025-remediation =
    1. Exchange Admin Center: Rollen, Benutzerrollen. Jede aufgeführte Richtlinie öffnen.
    2. Unter „Andere Rollen“ My Custom Apps, My Marketplace Apps und My ReadWriteMailbox
       Apps abwählen und speichern.
    3. Die Add-Ins, die die Organisation braucht, zentral bereitstellen (Microsoft 365 Admin
       Center, Einstellungen, Integrierte Apps).
    PowerShell (Exchange Online): Get-ManagementRoleAssignment -RoleAssignee <Richtlinie>
    -Role "My Custom Apps" | Remove-ManagementRoleAssignment; ebenso für die beiden anderen
    Rollen.

## CRAY-EXO-026

check-cray-exo-026-title = Keine Transportregel lässt Absenderdomänen an der Spamfilterung vorbei
check-cray-exo-026-description =
    Listet aktivierte Transportregeln, die die Spamvertrauensstufe für nach Domäne oder
    Adresse ausgewählte Absender auf -1 setzen (Spamfilterung umgehen). Regeln, die Absender
    nur nach IP-Adresse auswählen, etwa für ein vorgeschaltetes Filtergateway, werden nicht
    aufgeführt.
check-cray-exo-026-risk =
    Absenderdomänen und -adressen lassen sich leicht fälschen. Eine solche Regel erlaubt
    jedem, der die Domäne fälscht, Phishing an allen Spam- und Phishingfiltern vorbei direkt
    in den Posteingang zu liefern.
check-cray-exo-026-remediation =
    1. Exchange Admin Center: Nachrichtenfluss, Regeln. Jede aufgeführte Regel öffnen.
    2. Die Regel löschen oder auf die sendenden IP-Adressen des Partners eingrenzen und
       verlangen, dass die Nachricht die Authentifizierung besteht. Für Fehlalarme besser
       die Liste zugelassener/blockierter Mandanten verwenden.
    PowerShell (Exchange Online): Remove-TransportRule -Identity <Regel> oder
    Set-TransportRule -Identity <Regel> -SenderIpRanges <Adressen> -SenderDomainIs $null.
