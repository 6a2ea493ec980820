# Modern authentication (OAuth 2.0) is on for Outlook and other Exchange clients:
# OrganizationConfig OAuth2ClientProfileEnabled is true.
package cray.checks.exo_006

import data.cray.lib

wanted := [["OAuth2ClientProfileEnabled", true]]

result := lib.exo_settings_result(input.datasets.exo_organization_config, wanted)
