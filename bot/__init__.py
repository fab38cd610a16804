"""The newsbot process: settings, command line, Telegram application, local console."""
