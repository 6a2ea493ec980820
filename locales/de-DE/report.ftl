# report messages
