"""A name inside a group's "of"/"for"/"against" phrase is not who speaks (cue27 pattern 5).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(paragraph: str) -> list[tuple[str, str | None, float]]:
    article = Article(title="Vote news", paragraphs=("Carran votes on Sunday.", paragraph))
    quotes = extract_quotes(article).quotes
    return [(q.text, q.speaker, q.confidence) for q in quotes if q.kind == "direct"]


# store.quotes.group_subjects: a deed ("ousting"), an article or a participle may stand
# between the group's "of" and the name; the group speaks, never the mayor at 0.95.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Supporters of ousting Mayor Tam Halloway said they had “more than enough names”.",
        "Critics of the embattled Mayor Tam Halloway said the plan was “a road to nowhere”.",
        "Campaigners against recalling Mayor Tam Halloway said it was “a waste of money”.",
    ],
)
def test_the_group_speaks_not_the_name_it_is_about(paragraph: str) -> None:
    quotes = _direct(paragraph)
    assert quotes
    for _, speaker, _ in quotes:
        assert speaker is not None and speaker != "Tam Halloway"
        assert speaker.split()[0].casefold() in (
            "supporters",
            "critics",
            "campaigners",
            "opponents",
        )


# Look-alikes: the mayor is the subject (or one of them) and still speaks.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Tam Halloway said the plan was “a road to somewhere”.",
        "Supporters of the plan say Mayor Tam Halloway said it was “a road to somewhere”.",
        "Residents of the north side and Mayor Tam Halloway said it was “a road to somewhere”.",
        "Hundreds of residents including Mayor Tam Halloway said it was “a road to somewhere”.",
    ],
)
def test_a_name_outside_the_group_phrase_still_speaks(paragraph: str) -> None:
    assert [speaker for _, speaker, _ in _direct(paragraph)] == ["Tam Halloway"]
