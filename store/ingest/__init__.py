"""Ingestion: sources (files, folders, URLs, feeds) read, parsed into articles and stored."""
