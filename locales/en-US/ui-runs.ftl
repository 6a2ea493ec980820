# Tenants screen columns, several collection runs at once, and the tenant form.

screen-tenants-col-score = Score
screen-tenants-col-assessed-short = Assessed
screen-tenants-col-status = Status

## Run states, short, for the tenants and runs screens

run-state-idle = idle
run-state-collecting = collecting { $percent }%
run-state-cancelling = cancelling…
run-state-evaluating = evaluating
run-state-done = done
run-state-failed = failed
run-state-interrupted = interrupted
run-state-resumable = interrupted ({ $key })
run-interrupted = Cancelled. What was read is kept; press r on the tenants screen to resume.

run-errors = { $errors ->
    [one] 1 failed attempt
   *[other] { $errors } failed attempts
}

screen-runs-title = Collection runs
screen-runs-col-tenant = Tenant
screen-runs-col-state = State
screen-runs-col-datasets = Datasets
screen-runs-col-objects = Objects
screen-runs-col-rate = Req/s
screen-runs-col-throttled = Thr s
screen-runs-col-retries = Retry
screen-runs-col-errors = Err
screen-runs-col-left = Left

## Tenant form

dialog-tenant-title-add = Add tenant
dialog-tenant-title-edit = Edit tenant { $tenant }
dialog-tenant-keys = Tab/↑↓ field · ←→ choose · Enter save · Esc cancel. Secrets are never typed here: name the variable or file that holds them.
dialog-tenant-field-name = Short name
dialog-tenant-field-display_name = Display name
dialog-tenant-field-tenant_id = Tenant id
dialog-tenant-field-client_id = Client id
dialog-tenant-field-cloud = Cloud
dialog-tenant-field-credential = Sign-in
dialog-tenant-source-secret_env = Variable
dialog-tenant-source-secret_file = Secret file
dialog-tenant-source-certificate = Certificate
dialog-tenant-source-device_code = –
dialog-tenant-cloud-global = Global
dialog-tenant-cloud-us_gov = US Gov GCC High
dialog-tenant-cloud-us_gov_dod = US Gov DoD
dialog-tenant-cloud-china = China (21Vianet)
dialog-tenant-credential-secret_env = Client secret in a variable
dialog-tenant-credential-secret_file = Client secret in a file
dialog-tenant-credential-certificate = Certificate file
dialog-tenant-credential-device_code = Device code at each run
dialog-tenant-saving = Saving…
dialog-tenant-invalid = { $field }: { $message }
dialog-tenant-save-failed = Not saved: { $error }

dialog-cancel-run-title = Cancel collection?
dialog-cancel-run-question = Cancel the collection of { $tenant }? What was read is kept, and r on the tenants screen resumes it. y/n

dialog-quit-question-runs = { $count } collections are running. Quit and cancel them? y/n

mode-runs = Runs
mode-tenant_form = Tenant form
mode-confirm_cancel = Cancel collection

action-add_tenant = Add tenant
action-edit_tenant = Edit tenant
action-resume_collection = Resume collection
action-cancel_run = Cancel collection
action-show_runs = Runs
action-view_run = Live view

toast-run-cancelled = Collection of { $tenant } cancelled; press r to resume it.
toast-nothing-to-resume = { $tenant } has no interrupted collection to resume.
toast-no-run = { $tenant } has no collection in this session.
toast-no-runs = No collection was started yet.
toast-demo-not-editable = The demo tenant cannot be edited.
toast-tenant-settings-failed = Reading the settings of { $tenant } failed: { $error }
toast-tenant-save-failed = Saving { $tenant } failed: { $error }
toast-tenant-saved = Tenant { $tenant } saved.
