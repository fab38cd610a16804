"""fix27c: lent kin surnames only when the family's owner is sure (review27c)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.kin_surnames import LENT_CONFIDENCE


def _direct(paragraphs: tuple[str, ...], text: str) -> tuple[str | None, float]:
    result = extract_quotes(Article(title="Local news", paragraphs=paragraphs))
    for quote in result.quotes:
        if quote.text.startswith(text):
            return quote.speaker, quote.confidence
    raise AssertionError(f"no quote {text!r}")


KIN_CASES = [
    # (paragraphs, quote start, speaker wanted)
    (
        (
            "Sam Ortiz was held by constable Dale Munro on Friday.",
            "His mother, Rosa, said her son was innocent. “He was at home,” she said.",
        ),
        "He was at home",
        "Rosa",
    ),
    (
        (
            "Aron Pekka was sentenced by Judge Colm Varro on Friday.",
            "His wife, Ilse, said: “He is innocent.”",
        ),
        "He is innocent",
        "Ilse",
    ),
    (
        (
            "Anselm Hale Jr. and his wife, Lena, opened the shop in 1990.",
            "“It was a dream,” Lena said.",
        ),
        "It was a dream",
        "Lena Hale",
    ),
    (
        (
            "Ana Reis and her husband, Tomas, lost their home in the flood.",
            "Across the river, the Kelso family was luckier.",
            "Mira Kelso said the water stopped. Her husband said: “We were very lucky.”",
        ),
        "We were very lucky",
        "Her husband",
    ),
    (
        (
            "Tom Bale and his wife, Lena, were evacuated. So were Karl Pike and his wife.",
            "“We lost everything,” his wife said.",
        ),
        "We lost everything",
        "his wife",
    ),
    # negatives: one sure owner still lends the surname
    (("Tom Bale died in May. His widow, Lena, said: “He was kind.”",), "He was kind", "Lena Bale"),
    (
        ("Ana Reis and her husband, Tomas, lost their home. “It is all gone,” Tomas said.",),
        "It is all gone",
        "Tomas Reis",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), KIN_CASES)
def test_kin_surname_only_from_a_sure_owner(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    got, confidence = _direct(paragraphs, text)
    assert got == speaker
    if speaker in ("Lena Hale", "Lena Bale", "Tomas Reis"):  # lent: a guess, never "sure"
        assert confidence <= LENT_CONFIDENCE


DESCRIBED_CASES = [
    # a doer's ending on a thing is no person; two people fitting one role is neither
    (
        (
            "“We cleared the road,” said fire chief Aldo Brenn. Brenn said driver Kasimir Volt "
            "had escaped unhurt.",
            "The tanker was towed away on Tuesday. “It could have been far worse,” he said.",
        ),
        "It could have been far worse",
        "Aldo Brenn",
    ),
    (
        (
            "Manager Ross Dunning named striker Ivo Renn and striker Tam Okoro in his side. "
            "“Both are sharp,” Dunning said.",
            "The striker was quizzed about his fitness. “I feel fine,” he said.",
        ),
        "I feel fine",
        "!Tam Okoro",  # not the last striker named: either striker may be meant
    ),
    # negative: one person holding the role is still the one described
    (
        (
            "“We got lucky,” said coach Fenn Calloway. Calloway said winger Jory Trask had been ill.",
            "The winger was asked about it. “I am fine,” he said.",
        ),
        "I am fine",
        "Jory Trask",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), DESCRIBED_CASES)
def test_a_description_stands_only_for_one_person(
    paragraphs: tuple[str, ...], text: str, speaker: str
) -> None:
    got = _direct(paragraphs, text)[0]
    if speaker.startswith("!"):
        assert got != speaker[1:]
    else:
        assert got == speaker
