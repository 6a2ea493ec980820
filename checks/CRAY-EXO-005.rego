# SMTP AUTH is off for the organization: TransportConfig SmtpClientAuthenticationDisabled is
# true. Mailboxes can still turn it back on one by one (Set-CASMailbox); NOTE: cray does not
# read CAS mailbox settings, so such exceptions stay unseen.
package cray.checks.exo_005

import data.cray.lib

wanted := [["SmtpClientAuthenticationDisabled", true]]

result := lib.exo_settings_result(input.datasets.exo_transport_config, wanted)
