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

# Who a policy applies to: the default policy applies to all senders; any other policy to
# the senders its enabled rules select.
scope(policy) := [lib.message("evidence-cray-exo-001-default-scope", {})] if {
	lib.property(policy, "IsDefault") == true
} else := [rule_scope(rule) | some rule in enabled_rules(policy)]

# The conditions of one rule, which a sender must all match.
rule_conditions(rule) := [lib.message(id, {"values": concat(", ", [sprintf("%v", [v]) | some v in lib.values(rule, key)])}) |
	some [key, id] in [
		["From", "evidence-cray-exo-001-condition-senders"],
		["FromMemberOf", "evidence-cray-exo-001-condition-members-of"],
		["SenderDomainIs", "evidence-cray-exo-001-condition-sender-domains"],
	]
	count(lib.values(rule, key)) > 0
]

rule_scope(rule) := lib.followed_by(
	lib.message("evidence-cray-exo-001-rule-scope", {"rule": name(rule)}),
	rule_conditions(rule),
) if {
	count(rule_conditions(rule)) > 0
} else := lib.message("evidence-cray-exo-001-rule-every-sender", {"rule": name(rule)})

policy_affected := [{"id": identity(policy), "display_name": name(policy), "reason": reason} |
	some policy in forwarding_policies
	applies(policy)
	reason := lib.followed_by(mode_message(policy), scope(policy))
]

mode_message(policy) := lib.message("evidence-cray-exo-001-policy-forwards", {"mode": mode}) if {
	mode := lib.property(policy, "AutoForwardingMode")
	is_string(mode)
} else := lib.message("evidence-cray-exo-001-policy-mode-missing", {})

domain_affected := [{"id": identity(domain), "display_name": domain_name(domain), "reason": reason} |
	some domain in forwarding_domains
	reason := lib.message("evidence-cray-exo-001-domain-forwards", {"name": name(domain), "domain": domain_name(domain)})
]

dormant := sort([name(policy) | some policy in forwarding_policies; not applies(policy)])

dormant_notes := [lib.message("evidence-cray-exo-001-dormant-note", {"policies": concat(", ", dormant)}) |
	count(dormant) > 0
]

result := {"status": "pass", "detail": lib.notes_message(dormant_notes), "affected": []} if {
	count(policy_affected) == 0
	count(domain_affected) == 0
} else := {
	"status": "fail",
	"detail": lib.followed_by(
		lib.message("evidence-cray-exo-001-forwarding-allowed", {
			"policies": lib.digits(count(policy_affected)),
			"domains": lib.digits(count(domain_affected)),
		}),
		dormant_notes,
	),
	"affected": array.concat(policy_affected, domain_affected),
}
