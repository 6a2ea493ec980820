# External automatic forwarding is blocked: every outbound spam policy that applies to
# someone has AutoForwardingMode Off or Automatic (Automatic means off), and every remote
# domain has AutoForwardEnabled false. The default policy always applies; any other policy
# applies only through an enabled rule, so a policy without one affects nobody.
package cray.checks.exo_001

import data.cray.lib

blocking_modes := {"off", "automatic"}

rules_for(policy) := [rule |
	some rule in input.datasets.exo_outbound_spam_rules
	rule.HostedOutboundSpamFilterPolicy in {policy.Name, policy.Identity}
]

enabled_rules(policy) := [rule | some rule in rules_for(policy); rule.State == "Enabled"]

applies(policy) if policy.IsDefault == true

applies(policy) if count(enabled_rules(policy)) > 0

forwarding_policies := [policy |
	some policy in input.datasets.exo_outbound_spam_policies
	not lower(object.get(policy, "AutoForwardingMode", "")) in blocking_modes
]

forwarding_domains := [domain |
	some domain in input.datasets.exo_remote_domains
	domain.AutoForwardEnabled == true
]

scope(policy) := "applies to all senders (default policy)" if {
	policy.IsDefault == true
} else := concat("; ", [rule_scope(rule) | some rule in enabled_rules(policy)])

rule_scope(rule) := sprintf("rule %s applies to %s", [rule.Name, concat(", ", parts)]) if {
	parts := [sprintf("%s %s", [label, concat(", ", lib.values(rule, key))]) |
		some [key, label] in [
			["From", "senders"],
			["FromMemberOf", "members of"],
			["SenderDomainIs", "sender domains"],
		]
		count(lib.values(rule, key)) > 0
	]
	count(parts) > 0
} else := sprintf("rule %s applies to every sender", [rule.Name])

policy_affected := [{"id": policy.Identity, "display_name": policy.Name, "reason": reason} |
	some policy in forwarding_policies
	applies(policy)
	reason := sprintf("outbound spam policy with AutoForwardingMode %s; %s", [policy.AutoForwardingMode, scope(policy)])
]

domain_affected := [{"id": domain.Identity, "display_name": domain.DomainName, "reason": reason} |
	some domain in forwarding_domains
	reason := sprintf("remote domain %s (%s) has AutoForwardEnabled true", [domain.Name, domain.DomainName])
]

dormant := sort([policy.Name | some policy in forwarding_policies; not applies(policy)])

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
