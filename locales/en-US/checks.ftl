# checks messages
