"""Quote extraction: who said what in an article (the quotes issue grows this)."""

from __future__ import annotations

import re

from store.models import Article, Attribution, Quote

_DIRECT = re.compile(r"[\"“«„]([^\"”»“]{3,}?)[\"”»“]")


def extract_quotes(article: Article) -> Attribution:
    """Direct quotes in the article's paragraphs."""
    quotes = [
        Quote(match[1], None, None, None, "direct", index, match.start(1), match.end(1))
        for index, paragraph in enumerate(article.paragraphs)
        for match in _DIRECT.finditer(paragraph)
    ]
    return Attribution(quotes=tuple(quotes))
