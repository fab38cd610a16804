"""Quote extraction: who said what in an article, from its text alone (no database)."""
