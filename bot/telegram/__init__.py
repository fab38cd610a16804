"""The Telegram edge: the python-telegram-bot Application, its callbacks and jobs."""
