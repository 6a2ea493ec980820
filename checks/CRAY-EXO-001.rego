# External automatic forwarding is blocked: every outbound spam policy that applies to
# someone has AutoForwardingMode Off or Automatic (Automatic means off), and every remote
# domain has AutoForwardEnabled false. The default policy always applies; any other policy
# applies only through an enabled rule, so a policy without one affects nobody.
package cray.checks.exo_001

import data.cray.lib

blocking_modes := {"off", "automatic"}

# Text properties of Exchange objects, each falling back to a stated placeholder when the
# cmdlet output lacks it, so an incomplete object is still listed rather than dropped.
text(obj, key, fallback) := value if {
	value := lib.property(obj, key)
	is_string(value)
} else := fallback

name(obj) := text(obj, "Name", identity(obj))

identity(obj) := text(obj, "Identity", "(no identity)")

domain_name(domain) := text(domain, "DomainName", name(domain))

# A policy without AutoForwardingMode is treated as allowing forwarding: cray cannot confirm
# that it blocks.
mode(policy) := text(policy, "AutoForwardingMode", "not reported")

rules_for(policy) := [rule |
	some rule in input.datasets.exo_outbound_spam_rules
	lib.property(rule, "HostedOutboundSpamFilterPolicy") in {lib.property(policy, "Name"), lib.property(policy, "Identity")}
]

enabled_rules(policy) := [rule | some rule in rules_for(policy); lib.property(rule, "State") == "Enabled"]

applies(policy) if lib.property(policy, "IsDefault") == true

applies(policy) if count(enabled_rules(policy)) > 0

forwarding_policies := [policy |
	some policy in input.datasets.exo_outbound_spam_policies
	not lower(mode(policy)) in blocking_modes
]

forwarding_domains := [domain |
	some domain in input.datasets.exo_remote_domains
	lib.property(domain, "AutoForwardEnabled") == true
]

scope(policy) := "applies to all senders (default policy)" if {
	lib.property(policy, "IsDefault") == true
} else := concat("; ", [rule_scope(rule) | some rule in enabled_rules(policy)])

rule_scope(rule) := sprintf("rule %s applies to %s", [name(rule), concat(", ", parts)]) if {
	parts := [sprintf("%s %s", [label, concat(", ", [sprintf("%v", [v]) | some v in lib.values(rule, key)])]) |
		some [key, label] in [
			["From", "senders"],
			["FromMemberOf", "members of"],
			["SenderDomainIs", "sender domains"],
		]
		count(lib.values(rule, key)) > 0
	]
	count(parts) > 0
} else := sprintf("rule %s applies to every sender", [name(rule)])

policy_affected := [{"id": identity(policy), "display_name": name(policy), "reason": reason} |
	some policy in forwarding_policies
	applies(policy)
	reason := sprintf("outbound spam policy with AutoForwardingMode %s; %s", [mode(policy), scope(policy)])
]

domain_affected := [{"id": identity(domain), "display_name": domain_name(domain), "reason": reason} |
	some domain in forwarding_domains
	reason := sprintf("remote domain %s (%s) has AutoForwardEnabled true", [name(domain), domain_name(domain)])
]

dormant := sort([name(policy) | some policy in forwarding_policies; not applies(policy)])

dormant_note := "" if {
	count(dormant) == 0
} else := sprintf(
	" Policies that allow forwarding but apply to nobody (no enabled rule): %s.",
	[concat(", ", dormant)],
)

result := {"status": "pass", "detail": trim_space(dormant_note), "affected": []} if {
	count(policy_affected) == 0
	count(domain_affected) == 0
} else := {
	"status": "fail",
	"detail": sprintf(
		"External automatic forwarding is allowed by outbound spam policies (%d) or remote domains (%d).%s",
		[count(policy_affected), count(domain_affected), dormant_note],
	),
	"affected": array.concat(policy_affected, domain_affected),
}
