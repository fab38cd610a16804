"""Data: the SQLite store, ingestion, quote extraction and retrieval."""
