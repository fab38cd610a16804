"""A speaker asked for by a pronoun alone: the pronouns are the extractor's own lists
(store/quotes/lexicon.py, store/quotes/ru/cues.py) and the forms only a question uses."""

from __future__ import annotations

import pytest

from handlers import pronouns
from handlers.pronouns import only_pronouns
from store.quotes.lexicon import PRONOUNS, UNRESOLVED_PRONOUNS
from store.quotes.ru.cues import PRONOUNS as RU_PRONOUNS


@pytest.mark.parametrize(
    ("speaker", "alone"),
    [
        *[(word, True) for word in "he she they him her them it his hers their theirs".split()],
        *[(word, True) for word in "он она они оно его её ее ей ему им ими них нее неё ним нему".split()],
        ("He", True), ("she and he", False), ("him, her", True), ("she она", True),
        # The writer, the reader or a group of them are no one to ask "could be anyone" about.
        ("I", False), ("you", False), ("we", False), ("мы", False), ("я", False),
        ("Kerr", False), ("he Kerr", False), ("Петрова", False), ("", False),
    ],
)  # fmt: skip
def test_only_pronouns(speaker: str, alone: bool) -> None:
    assert only_pronouns(speaker) is alone


def test_the_question_adds_only_forms_the_extractor_lists_lack() -> None:
    store = (set(PRONOUNS) - UNRESOLVED_PRONOUNS) | set(RU_PRONOUNS)
    assert store <= pronouns.personal_pronouns("он")
    assert not pronouns.QUESTION_FORMS & store
