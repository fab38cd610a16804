"""Stop-27 layout and cue modules that fired too far (fix28c): a post two people hold, a
headline reporting someone else's speech, an apposed person or place, a post in a joint
owner, and a described group at a sure confidence.

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.extract import extract_quotes

_TWO_MAYORS = "Mayor Ilsa Brecht of Dunmarrow met Mayor Tomas Oakridge of Velling on Tuesday."
_ONE_MAYOR = "Mayor Ilsa Brecht of Dunmarrow met the harbour board on Tuesday."
_TERMED = "The harbour plan was shelved in what the mayor termed “a shameful retreat”."


def _quotes(title: str, *paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes)


def _body(text: str, *paragraphs: str) -> tuple[str | None, float]:
    found = [q for q in _quotes("Plan", *paragraphs) if q.paragraph is not None and q.text == text]
    assert found, text
    return found[0].speaker, found[0].confidence


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # Two mayors named before: "the mayor" names neither.
        ((_TWO_MAYORS, _TERMED), None),
        # The same with a naming verb that is also a verb of saying (read as a speech event).
        ((_TWO_MAYORS, _TERMED.replace("termed", "dubbed")), None),
        ((_TWO_MAYORS, _TERMED.replace("termed", "called")), None),
        # The second mayor named in the quote's own paragraph: the salient one.
        (
            (
                "Mayor Ilsa Brecht of Dunmarrow opened the fair.",
                "Mayor Tomas Oakridge of Velling came later. " + _TERMED,
            ),
            "Tomas Oakridge",
        ),
        # Negatives: one mayor, or a mayor and a minister, keep the post's one holder.
        ((_ONE_MAYOR, _TERMED), "Ilsa Brecht"),
        (
            ("Mayor Ilsa Brecht of Dunmarrow met Finance Minister Tomas Oakridge.", _TERMED),
            "Ilsa Brecht",
        ),
    ],
)
def test_post_two_people_hold_names_neither(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = [q for q in _quotes("Plan", *paragraphs) if q.text == "a shameful retreat"]
    assert (found[0].speaker if found else None) == speaker
    assert all(q.confidence < 0.9 for q in found)


_TRIAL = ("A witness told the court in Pellham that Arno Dorn had been angry.", "It continues.")


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # Speech reported inside the claim: the inner speaker's words, whom the body names.
        ("Witness says Dorn shouted ‘get out’", "Arno Dorn"),
        ("Witness says Arno Dorn told her to ‘get out’", "Arno Dorn"),
        # A full name the headline writes is known as one; a common noun is nobody.
        ("Witness says Orla Vinn shouted ‘get out’", "Orla Vinn"),
        ("Witness says guard shouted ‘get out’", None),
        # Negatives: no inner speech verb keeps the headline's own subject.
        ("Witness vows ‘the whole truth’ at Pellham trial", "Witness"),
        ("Witness says Dorn ‘was angry’", "Witness"),
    ],
)
def test_headline_reported_speech_is_the_inner_speakers(title: str, speaker: str | None) -> None:
    heads = [q for q in _quotes(title, *_TRIAL) if q.paragraph is None]
    assert (heads[0].speaker if heads else None) == speaker
    assert all(q.confidence < 0.9 for q in heads)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A person with a role word in apposition speaks for the club, not as a body.
        (("The club, Manager Ivo Sarn, said “we will appeal the decision”.",), "The club"),
        # A place the article writes as one ("in Carran") is where the company is.
        (
            (
                "The firm has its offices in Carran, by the river.",
                "The company, Carran, said “we will appeal the decision”.",
            ),
            "The company",
        ),
        # Negatives: a body's name in apposition is still the body, even one written after
        # "at" ("staff at ..."), which a body follows as often as a place.
        (
            (
                "Staff at Talbridge Line heard of the cuts on Monday.",
                "The company, Talbridge Line, said “we will appeal the decision”.",
            ),
            "Talbridge Line",
        ),
        (("The company, Talbridge Line, said “we will appeal the decision”.",), "Talbridge Line"),
        (
            (
                "The firm has its offices in Pellham, by the river.",
                "The company, Carran Works, said “we will appeal the decision”.",
            ),
            "Carran Works",
        ),
    ],
)
def test_apposed_name_must_be_a_body(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _body("we will appeal the decision", *paragraphs)[0] == speaker


_VANE = "Councillor Oda Vane met the mayor of Dunmarrow on Friday."


@pytest.mark.parametrize(
    ("paragraph", "speaker", "sure"),
    [
        # A post is no owner's name: "Mayor and Vane" is no one; Vane is one of two owners.
        ("“We will fix the roads,” read the Mayor and Vane statement.", "Oda Vane", False),
        ("The Mayor and Vane statement said “we will fix the roads”.", "Oda Vane", False),
        # Negatives: two names keep their joint owner, surely.
        ("“We will fix the roads,” read the Kerr and Vane statement.", "Kerr and Vane", True),
        ("A Kerr and Vane statement said “we will fix the roads”.", "Kerr and Vane", True),
    ],
)
def test_joint_owner_needs_two_names(paragraph: str, speaker: str, sure: bool) -> None:
    found = [q for q in _quotes("Roads", _VANE, paragraph) if q.text.casefold().startswith("we")]
    assert found[0].speaker == speaker
    assert (found[0].confidence >= 0.9) == sure


_PLAN = "Ada Kerr unveiled her plan for Dunmarrow."


@pytest.mark.parametrize(
    ("paragraph", "speaker", "sure"),
    [
        # A group described by whom it backs or opposes: right, but never sure.
        ("Supporters of Ada Kerr said “she has our backing”.", "Supporters of Ada Kerr", False),
        (
            "Residents opposing Ada Kerr's plan said “she has our backing”.",
            "Residents opposing Ada Kerr's plan",
            False,
        ),
        ("Lawyers for Ada Kerr said “she has our backing”.", "Lawyers for Ada Kerr", False),
        # Negatives: a body's name made of a people word stays sure.
        ("The Teachers Union said “she has our backing”.", "Teachers Union", True),
    ],
)
def test_described_group_is_below_sure(paragraph: str, speaker: str, sure: bool) -> None:
    found, confidence = _body("she has our backing", _PLAN, paragraph)
    assert found == speaker
    assert (confidence >= 0.9) == sure
