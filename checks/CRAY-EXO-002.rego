# No mailbox forwards its mail to an address outside the organization: ForwardingSmtpAddress
# (set by users in Outlook or by administrators) names no domain outside the accepted domains.
# Whether Exchange delivers such forwarding depends on the outbound spam policy that applies to
# the mailbox and on the remote domains (CRAY-EXO-001); a forwarding address is still a finding,
# because attackers set one right after taking over a mailbox and any later policy change
# turns it on. NOTE: ForwardingAddress names a recipient object (often a mail contact whose
# target address cray does not read), so only ForwardingSmtpAddress is judged.
package cray.checks.exo_002

import data.cray.lib

# The address after the "smtp:" prefix Exchange puts in front of it.
target(mailbox) := trim_prefix(trim_prefix(address, "smtp:"), "SMTP:") if {
	address := lib.exo_text(mailbox, "ForwardingSmtpAddress", "")
	address != ""
}

forwarding := [{
	"id": lib.exo_identity(mailbox),
	"display_name": lib.exo_text(mailbox, "DisplayName", lib.exo_name(mailbox)),
	"reason": lib.message(keeps_copy_id(mailbox), {
		"address": target(mailbox),
		"mailbox": lib.exo_text(mailbox, "PrimarySmtpAddress", lib.exo_name(mailbox)),
	}),
} |
	some mailbox in input.datasets.exo_mailboxes
	lib.exo_external(target(mailbox))
]

keeps_copy_id(mailbox) := "evidence-cray-exo-002-forwards-keeps-copy" if {
	lib.exo_is(mailbox, "DeliverToMailboxAndForward", true)
} else := "evidence-cray-exo-002-forwards-only"

# What the outbound spam policies make of it, when they were collected: the Default policy
# blocks external forwarding with Off or Automatic (Automatic means off); another policy
# with On lets the senders its rule selects forward.
policy_notes := array.concat([default_note], other_notes) if {
	input.datasets.exo_outbound_spam_policies
} else := [lib.message("evidence-cray-exo-002-policies-unknown", {})]

default_mode := [lib.exo_shown(policy, "AutoForwardingMode") |
	some policy in input.datasets.exo_outbound_spam_policies
	lib.exo_is(policy, "IsDefault", true)
]

default_note := lib.message("evidence-cray-exo-002-default-blocks", {"mode": default_mode[0]}) if {
	lower(default_mode[0]) in {"off", "automatic"}
} else := lib.message("evidence-cray-exo-002-default-allows", {"mode": concat(", ", default_mode)})

other_notes := [lib.message("evidence-cray-exo-002-other-policies", {"policies": concat(", ", names)}) |
	names := sort([lib.exo_name(policy) |
		some policy in input.datasets.exo_outbound_spam_policies
		not lib.exo_is(policy, "IsDefault", true)
		lib.exo_is(policy, "AutoForwardingMode", "On")
	])
	count(names) > 0
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(forwarding) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-exo-002-forwarding", {"count": lib.digits(count(forwarding)), "names": names}),
		policy_notes,
	),
	"affected": forwarding,
}

names := concat(", ", sort([entry.display_name | some entry in forwarding]))
