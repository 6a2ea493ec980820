# ui messages
