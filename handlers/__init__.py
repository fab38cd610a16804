"""Conversation: what a message means and what we answer, independent of Telegram."""
