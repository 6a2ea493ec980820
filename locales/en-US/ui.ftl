# ui messages: texts of the terminal user interface.

app-name = cray
screen-too-small = The window is { $width }×{ $height }; cray needs at least { $min_width }×{ $min_height }. Enlarge it, or press q to quit.

## Tenants screen

screen-tenants-title = Tenants
screen-tenants-loading = Loading tenants…
screen-tenants-empty = No tenants are registered yet.
screen-tenants-demo-hint = Press { $key } to add the demo tenant: a simulated company to try cray on.
screen-tenants-col-name = Name
screen-tenants-col-display-name = Display name
screen-tenants-col-last-assessed = Last assessed
screen-tenants-never = never
screen-tenants-demo-marker = demo
screen-tenants-legend = Open failed findings: C critical, H high, M medium, L low, I info

severity-short-critical = C
severity-short-high = H
severity-short-medium = M
severity-short-low = L
severity-short-info = I

## Collection screen

screen-collection-title = Collecting { $tenant }
screen-collection-signing-in = Signing in and preparing the run…
screen-collection-totals = Datasets { $handled }/{ $total } · objects { $objects } · throttled waits { $waits } · elapsed { $elapsed }
screen-collection-rate = { $rate } req/s · throttled { $throttled } s · { $retries } retries · left { $left }
dataset-pending = pending
dataset-reading = page { $pages } · { $objects ->
    [one] 1 object
   *[other] { $objects } objects
}
dataset-throttled = throttled, waiting { $seconds } s
dataset-done = { $objects ->
    [one] 1 object
   *[other] { $objects } objects
}
dataset-missing_permission = missing permission { $permission }
dataset-not_licensed = not licensed: { $licence }
dataset-throttled-out = throttled too often
dataset-failed = failed: { $message }
dataset-cancelled = cancelled
run-collecting = Collecting…
run-evaluating = Evaluating checks…
run-done = Done. Press { $key } to open the findings.
run-failed = Failed: { $error }

## Findings screen

screen-findings-title = Findings of { $tenant } ({ $count })
screen-findings-loading = Loading findings…
screen-findings-empty = This assessment has no findings.
screen-findings-changes = Since { $date }: { $new } new, { $resolved } resolved, { $changed } changed — { $key } shows the comparison
screen-findings-no-changes = Since { $date }: nothing changed — { $key } shows the comparison
screen-findings-col-severity = Severity
screen-findings-col-title = Title
screen-findings-col-effort = Effort
screen-findings-col-status = Status
screen-findings-col-triage = Triage
detail-title = Detail
detail-description = Description
detail-risk = Risk
detail-risk-score = likelihood { $likelihood } × impact { $impact } = { $risk } of 25
detail-effort = Effort
detail-remediation = Remediation
detail-failing = Failing condition
detail-not-assessable = Why not assessable
detail-affected = Affected objects ({ $count })
detail-affected-none = No objects are listed.
detail-references = References
reason-missing_permission = The dataset { $dataset } needs the permission { $permission }.
reason-not_licensed = The tenant lacks the licence { $licence }.
reason-not_collected = The dataset { $dataset } was not collected.
reason-rule_error = The rule failed: { $message }

## Dialogs

dialog-note-title-accepted_risk = Accept risk: { $check }
dialog-note-title-false_positive = False positive: { $check }
dialog-note-label = Reason: why does this finding not need a fix? The report prints it.
dialog-note-reason-required = A reason is required: type why, then press Enter.
dialog-export-title = Export report
dialog-export-tenant = Tenant: { $tenant }
dialog-export-language = Language
dialog-export-format = Format
dialog-export-path = Output file
dialog-export-keys = Tab or ↑↓ switch field · ←→ or Space change language or format · Enter export · Esc cancel
dialog-export-running = Writing the report to { $path }…
dialog-export-path-missing = Enter an output file name.
dialog-export-failed = Export failed: { $error }
dialog-quit-title = Quit cray?
dialog-quit-question = A collection is running. Quit and cancel it? y/n
dialog-purge-title = Delete tenant { $tenant }?
dialog-purge-warning = This deletes { $tenant } and all its data: the tenant key, the collected data and the recorded reports. There is no way back.
dialog-purge-prompt = Type { $tenant } and press Enter to delete, or Esc to cancel.
dialog-purge-mismatch = The name does not match.
export-language-en-US = English (en-US)
export-language-de-DE = German (de-DE)
export-format-pdf = PDF
export-format-csv = CSV
export-format-json = JSON
export-format-md = Markdown
dialog-help-title = Keys: { $mode }

mode-tenants = Tenants
mode-collection = Collection
mode-findings = Findings
mode-triage_note = Triage note
mode-export = Export
mode-help = Help
mode-confirm_quit = Quit
mode-confirm_purge = Delete tenant

## Actions: one message per key binding action, shown in the help and the status bar

action-quit = Quit
action-back = Back
action-show_help = Help
action-select_next = Next row
action-select_previous = Previous row
action-select_first = First row
action-select_last = Last row
action-open_findings = Open findings
action-start_collection = Collect
action-add_demo_tenant = Add demo tenant
action-purge_tenant = Delete tenant
action-accept_risk = Accept risk
action-mark_false_positive = False positive
action-reopen = Reopen
action-export_report = Export report
action-scroll_detail_down = Scroll detail down
action-scroll_detail_up = Scroll detail up
action-confirm = Confirm
action-cancel = Cancel
action-next_field = Next field
action-previous_field = Previous field

## Toasts

toast-collection-still-running = The collection is still running.
toast-collection-busy = A collection of { $tenant } is already running.
toast-collection-done = Collection of { $tenant } finished.
toast-collection-failed = Collection of { $tenant } failed: { $error }
toast-export-done = Report written to { $path }.
toast-export-failed = Export failed: { $error }
toast-demo-exists = The demo tenant is already registered.
toast-demo-added = Demo tenant added. Press { $collect_key } to collect it.
toast-demo-failed = Adding the demo tenant failed: { $error }
toast-not-assessed = { $tenant } has no assessment yet. Press { $collect_key } to collect it.
toast-tenants-failed = Reading the tenants failed: { $error }
toast-tenant-unknown = Tenant { $tenant } is not registered.
toast-findings-failed = Reading the findings of { $tenant } failed: { $error }
toast-triage-only-failed = Only failed checks can be triaged.
toast-triage-saved = Triage of { $check } saved.
toast-triage-failed = Saving the triage of { $check } failed: { $error }
toast-purge-done = { $tenant } deleted: { $summary }
toast-purge-failed = Deleting { $tenant } failed: { $error }
toast-purge-collecting = { $tenant } is being collected. Wait for the run to end, then delete it.
toast-notice = { $text }

dialog-key-storage-title = Where should tenant keys be kept?
dialog-key-storage-intro = cray encrypts each customer's data with a key of its own. No keychain answers on this system, so choose where the keys are kept. You can change this later as key_storage in the [security] table of config.toml.
dialog-key-storage-keyfile = k    Key file, mode 0600, in cray's config directory. Anyone who can read your account's files can read it.
dialog-key-storage-passphrase = p    Passphrase: the keys are locked with the passphrase in CRAY_PASSPHRASE.
dialog-key-storage-passphrase-unset = p    Passphrase: CRAY_PASSPHRASE is not set. Quit with q, set CRAY_PASSPHRASE and start cray again.
dialog-key-storage-later = Esc  Decide later: cray uses a key file and warns about it.
dialog-key-storage-refused = CRAY_PASSPHRASE is not set. Quit, set it and start cray again.
mode-choose_key_storage = Key storage
action-use_keyfile = Use key file
action-use_passphrase = Use passphrase
toast-key-storage-set = { $storage ->
    [passphrase] New tenant keys are locked with your passphrase; saved in config.toml.
   *[other] New tenant keys go into key files; saved in config.toml.
}
toast-key-storage-failed = Saving the key storage ({ $storage }) failed: { $error }
toast-key-storage-unknown = Cannot tell where tenant keys go: { $error }
