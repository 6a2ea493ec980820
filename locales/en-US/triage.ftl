## Triage beyond the decision: resolved findings, object exceptions, severity overrides,
## free notes, the assessment history and the comparison of two assessments.

triage-resolved = Resolved
triage-reopened = Reopened
triage-reopened-expired = Reopened: the decision expired on { $date }.
triage-reopened-still_failing = Reopened: marked resolved, but this assessment still fails.
triage-expires = Valid until { $date }
severity-overridden = { $severity }*

## Detail pane

detail-override = Severity set to { $severity } instead of { $catalogue }: { $reason }
detail-comment = Note
detail-excepted = excepted: { $reason }
detail-fully-excepted = Every affected object is excepted, so the finding counts as an accepted risk.

## Dialogs

dialog-note-title-resolved = Resolved: { $check }
dialog-note-label-resolved = Note (optional): how was it fixed? A later assessment that still fails reopens it.
dialog-note-expires = Valid until (YYYY-MM-DD)
dialog-note-date-invalid = Invalid date "{ $text }": use YYYY-MM-DD, for example 2027-03-31.
dialog-note-date-past = The date { $date } is in the past: give a date from { $today } on.
dialog-note-keys = Tab switch field · Enter save · Esc cancel
dialog-except-title = Except an object: { $check }
dialog-except-object = Object { $index } of { $count }: { $name } ({ $id })
dialog-except-current = Excepted now: { $reason }
dialog-except-label = Reason: why does this object need no fix? The report prints it.
dialog-except-keys = ↑↓ choose object · Enter save · Esc cancel. A blank reason removes an existing exception.
dialog-override-title = Severity of { $check }
dialog-override-severity = Severity: { $severity } (catalogue: { $catalogue })
dialog-override-label = Reason for the change; the report prints it.
dialog-override-keys = ↑↓ change severity · Enter save · Esc cancel. The catalogue's severity removes the override.
dialog-comment-title = Note on { $check }
dialog-comment-label = Free note, kept for this tenant and later assessments; a blank note removes it.
dialog-delete-title = Delete assessment?
dialog-delete-question = Delete the assessment of { $date } with its datasets, results and exported reports? There is no way back. y/n

## History screen

screen-history-title = Assessments of { $tenant } ({ $count })
screen-history-loading = Reading the assessments…
screen-history-empty = No assessments yet.
screen-history-col-started = Started (UTC)
screen-history-col-state = State
screen-history-col-passed = Pass
screen-history-col-failed = Fail
screen-history-col-score = Score
screen-history-marked = ◆
screen-diff-title = Changes
screen-diff-hint = Mark an assessment with Space, select another one and press d to compare them.
screen-diff-loading = Comparing…
assessment-state-collecting = Collecting
assessment-state-interrupted = Interrupted
assessment-state-evaluated = Evaluated
assessment-state-failed = Failed

## Comparison of two assessments (TUI and `cray assessment diff`)

diff-title = Changes in tenant { $tenant } from assessment { $old } to { $new }
diff-nothing = Nothing changed: the same checks fail with the same objects.
diff-section-new = New findings ({ $count })
diff-section-resolved = Resolved findings ({ $count })
diff-section-changed = Changed findings ({ $count })
diff-objects = { $count ->
    [one] 1 object
   *[other] { $count } objects
}
diff-change-status = status: { $before } → { $after }
diff-change-severity = severity: { $before } → { $after }
diff-change-affected = affected objects: { $before } → { $after }

## Keys, modes and notices

action-mark_resolved = Resolved
action-except_object = Except object
action-override_severity = Severity
action-edit_note = Note
action-show_history = History
action-mark_for_diff = Mark for comparison
action-compare_assessments = Compare
action-delete_assessment = Delete assessment
mode-triage_edit = Triage
mode-history = History
mode-confirm_delete = Delete assessment
toast-annotation-saved = Saved for { $check }.
toast-annotation-failed = Saving for { $check } failed: { $error }
toast-except-no-objects = This finding lists no affected objects to except.
toast-history-failed = Reading the assessments of { $tenant } failed: { $error }
toast-diff-failed = Comparing the assessments failed: { $error }
toast-diff-needs-two = Choose two different evaluated assessments: mark one with Space, then select another.
toast-diff-not-evaluated = Only evaluated assessments can be compared.
toast-no-recent-changes = There is nothing to compare yet: the comparison appears after a collection of a tenant with an earlier evaluated assessment. H opens the history.
toast-assessment-deleted = Assessment deleted: { $summary }
toast-assessment-delete-failed = Deleting the assessment failed: { $error }
toast-delete-collecting = A collection of { $tenant } is running; delete after it ends.

## Report

report-affected-excepted = excepted by the consultant: { $reason }
report-severity-overridden = Severity set by the consultant instead of { $catalogue }: { $reason }
report-finding-comment = Consultant's note
