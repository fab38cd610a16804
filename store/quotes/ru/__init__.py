"""Quote extraction for Russian articles: agency layout, quote marks, speech cues, names."""
