"""Live state: the feeds the store follows and polls, and the chats that follow speakers."""
