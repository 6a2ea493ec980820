# Evidence texts for the exchange checks CRAY-EXO-002 onwards.

## Shared by the Exchange checks

# Settings arrive as "Property: current → recommended", in the names and values Exchange
# Online PowerShell uses.
evidence-exchange-settings = Settings to change (current → recommended): { $settings }.
evidence-exchange-policies-fall-short = Policies that apply to recipients and fall short of the recommended settings: { $count } ({ $names }).
evidence-exchange-dormant = Policies that apply to nobody and were left out: { $policies }.
evidence-exchange-scope-default = It is the default policy and applies to every recipient no other policy covers.
evidence-exchange-scope-built-in = It is the Built-In Protection policy and applies to every recipient no other policy covers.
evidence-exchange-scope-preset = It is a preset policy, turned on by the rule { $rules }.
evidence-exchange-scope-preset-unknown = It is a preset policy; its rules were not collected, so cray counts it as applying.
evidence-exchange-scope-custom = It is a custom policy; cray does not read its rule, so it counts the policy as applying to the recipients the rule selects.
evidence-exchange-no-default = The data holds no default or Built-In Protection policy, which every organization has, so it is incomplete; collect again.

## CRAY-EXO-002

evidence-cray-exo-002-forwarding = Mailboxes that forward mail to an address outside the accepted domains: { $count } ({ $names }).
evidence-cray-exo-002-forwards-keeps-copy = Mailbox { $mailbox } forwards to { $address } and keeps a copy.
evidence-cray-exo-002-forwards-only = Mailbox { $mailbox } forwards to { $address } without keeping a copy.
evidence-cray-exo-002-default-blocks = The Default outbound spam policy blocks external forwarding (AutoForwardingMode { $mode }), so delivery fails unless another policy applies to the mailbox.
evidence-cray-exo-002-default-allows = The Default outbound spam policy does not block external forwarding (AutoForwardingMode { $mode }), so the forwarding works.
evidence-cray-exo-002-other-policies = Outbound spam policies with AutoForwardingMode On let the senders their rules select forward: { $policies }.
evidence-cray-exo-002-policies-unknown = The outbound spam policies were not collected, so cray cannot tell whether Exchange delivers the forwarded mail.

## CRAY-EXO-003

evidence-cray-exo-003-forwarding = Enabled transport rules that send mail to addresses outside the accepted domains: { $count } ({ $names }).
evidence-cray-exo-003-rule-sends = Rule with priority { $priority } sends mail outside the organization: { $targets }.
evidence-cray-exo-003-inactive = Rules that would send mail outside the organization but are disabled or in test mode: { $rules }.

## CRAY-EXO-004

evidence-cray-exo-004-unsigned = Authoritative accepted domains not signed with DKIM: { $count } of { $total } ({ $names }).
evidence-cray-exo-004-no-config = The domain has no DKIM signing configuration.
evidence-cray-exo-004-disabled = The domain's DKIM signing configuration is not enabled (Enabled { $enabled }, status { $status }).

## CRAY-EXO-010

evidence-cray-exo-010-bypassing = Accounts that bypass mailbox audit logging: { $count } ({ $names }).
evidence-cray-exo-010-bypass = AuditBypassEnabled is { $value }, so the account's actions in mailboxes are not audited.

## CRAY-EXO-012

evidence-cray-exo-012-sharing = Enabled sharing policies that share calendar details with every external domain or with anonymous users: { $count } ({ $names }).
evidence-cray-exo-012-policy-shares = The policy shares calendar details with everyone: { $entries }.

## CRAY-EXO-023

evidence-cray-exo-023-presets-off = Preset protections that are not turned on: { $count } ({ $names }).
evidence-cray-exo-023-eop = Exchange Online Protection preset (anti-spam, anti-phishing, anti-malware):
evidence-cray-exo-023-atp = Defender for Office 365 preset (Safe Links, Safe Attachments, impersonation):
evidence-cray-exo-023-no-rule = No preset rule exists, so the preset was never turned on.
evidence-cray-exo-023-rule-off = The preset rule is not enabled (state { $state }).
evidence-cray-exo-023-atp-unknown = The Defender for Office 365 preset rules were not collected, so only the Exchange Online Protection presets were checked.

## CRAY-EXO-024

evidence-cray-exo-024-open = Shared mailboxes whose user account can sign in or whose block cray cannot confirm: { $count } of { $total } ({ $names }).
evidence-cray-exo-024-sign-in-allowed = Its user account { $user } is enabled for sign-in.
evidence-cray-exo-024-no-user = No Entra ID user with the mailbox's directory object id ({ $id }) is in the data, so cray cannot confirm that sign-in is blocked.
evidence-cray-exo-024-state-unknown = Its user account reports no accountEnabled value, so cray cannot confirm that sign-in is blocked.
evidence-cray-exo-024-address = Address: { $address }.

## CRAY-EXO-025

evidence-cray-exo-025-permissive = Role assignment policies in use that let users install Outlook add-ins: { $count } ({ $names }).
evidence-cray-exo-025-roles = The policy assigns { $roles }.
evidence-cray-exo-025-default = It is the default policy, which new mailboxes get.
evidence-cray-exo-025-assigned = Mailboxes that use it: { $count }.
evidence-cray-exo-025-mailboxes-unknown = The mailboxes were not collected, so cray counts the policy as in use.

## CRAY-EXO-026

evidence-cray-exo-026-allowlisting = Enabled transport rules that let mail from named senders skip spam filtering (SCL -1): { $count } ({ $names }).
evidence-cray-exo-026-rule-bypasses = The rule sets SCL -1 for senders matching { $senders }.
