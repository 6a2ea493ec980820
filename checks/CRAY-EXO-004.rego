# Exchange Online signs outgoing mail with DKIM for every accepted domain it is
# authoritative for: each such domain has a DKIM signing configuration with Enabled true.
# NOTE: SPF and DMARC records live in DNS, which cray does not read; checking them needs a
# DNS lookup per domain, so neither is assessed here.
package cray.checks.exo_004

import data.cray.lib

authoritative := [domain |
	some domain in input.datasets.exo_accepted_domains
	lib.exo_is(domain, "DomainType", "Authoritative")
]

configs(name) := [config |
	some config in input.datasets.exo_dkim_signing_config
	lower(lib.exo_text(config, "Domain", lib.exo_name(config))) == lower(name)
]

gap(name) := lib.message("evidence-cray-exo-004-no-config", {}) if {
	count(configs(name)) == 0
} else := lib.message("evidence-cray-exo-004-disabled", {
	"enabled": concat(", ", [lib.exo_shown(config, "Enabled") | some config in configs(name)]),
	"status": concat(", ", [lib.exo_shown(config, "Status") | some config in configs(name)]),
}) if {
	not any_enabled(name)
}

any_enabled(name) if {
	some config in configs(name)
	lib.exo_is(config, "Enabled", true)
}

unsigned := [{"id": name, "display_name": name, "reason": gap(name)} |
	some domain in authoritative
	name := lib.exo_text(domain, "DomainName", lib.exo_name(domain))
	gap(name)
]

result := {"status": "pass", "detail": "", "affected": []} if {
	count(authoritative) > 0
	count(unsigned) == 0
} else := {
	"status": "fail",
	"detail": lib.message("evidence-cray-exo-004-unsigned", {
		"count": lib.digits(count(unsigned)),
		"names": names,
		"total": lib.digits(count(authoritative)),
	}),
	"affected": unsigned,
}

names := concat(", ", sort([entry.display_name | some entry in unsigned]))
