# Nobody signs in to a shared mailbox directly: the Entra ID user behind every shared mailbox
# (Get-Mailbox RecipientTypeDetails SharedMailbox, joined to the user whose id equals the
# mailbox's ExternalDirectoryObjectId) has accountEnabled false. People reach shared
# mailboxes through their own accounts and delegated permissions; an enabled account with a
# password is a way in that nobody owns.
package cray.checks.exo_024

import data.cray.lib

shared := [mailbox |
	some mailbox in input.datasets.exo_mailboxes
	lib.exo_is(mailbox, "RecipientTypeDetails", "sharedmailbox")
]

# facts.users.mailbox_accounts holds the user of each shared mailbox's
# ExternalDirectoryObjectId, keyed in lower case, read once from the users dataset.
users(mailbox) := [user |
	object_id := lib.exo_text(mailbox, "ExternalDirectoryObjectId", "")
	object_id != ""
	user := input.facts.users.mailbox_accounts[lower(object_id)]
]

gap(mailbox) := lib.message("evidence-cray-exo-024-no-user", {"id": lib.exo_shown(mailbox, "ExternalDirectoryObjectId")}) if {
	count(users(mailbox)) == 0
} else := lib.message("evidence-cray-exo-024-sign-in-allowed", {"user": lib.display_name(user)}) if {
	some user in users(mailbox)
	lib.property(user, "accountEnabled") == true
} else := lib.message("evidence-cray-exo-024-state-unknown", {}) if {
	some user in users(mailbox)
	lib.property(user, "accountEnabled") != false
}

open_mailboxes := [{
	"id": lib.exo_text(mailbox, "ExternalDirectoryObjectId", lib.exo_identity(mailbox)),
	"display_name": lib.exo_text(mailbox, "DisplayName", lib.exo_name(mailbox)),
	"reason": lib.followed_by(gap(mailbox), [lib.message("evidence-cray-exo-024-address", {"address": lib.exo_shown(mailbox, "PrimarySmtpAddress")})]),
} |
	some mailbox in shared
	gap(mailbox)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(open_mailboxes) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-024-open", {
		"count": lib.digits(count(open_mailboxes)),
		"names": names,
		"total": lib.digits(count(shared)),
	}),
	"affected": open_mailboxes,
}

names := concat(", ", sort([entry.display_name | some entry in open_mailboxes]))
