"""fix28e: review28b's findings (a body's role held by another body's holder, an age read as
any role, a named body's confidence cap, a body's name read as a place, a deputy as a second
holder of the post).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _credits(*paragraphs: str) -> list[tuple[str | None, float]]:
    article = Article(title="Round-up", paragraphs=paragraphs)
    return [
        (q.speaker, float(q.confidence or 0))
        for q in extract_quotes(article).quotes
        if q.kind == "direct"
    ]


def _first(*paragraphs: str) -> str | None:
    return _credits(*paragraphs)[0][0]


# store.quotes.owned_bodies: "the <body>'s <role>" is the holder only when their written role
# is that body's.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # another kind of body than the holder's: the description stays
        (
            (
                "Quarnby Mills chairman Osric Vale announced 200 job cuts on Monday.",
                "“This is a disgrace,” the union's chairman said.",
            ),
            "union's chairman",
        ),
        (
            (
                "Brightwater Line spokeswoman Elin Dask said the ferry would stop in May.",
                "“We were never asked,” the council's spokeswoman said.",
            ),
            "council's spokeswoman",
        ),
        (
            (
                "Director Anselm Roke premiered his film about the mill fire.",
                "“The film twists the facts,” the agency's director said.",
            ),
            "agency's director",
        ),
        # look-alikes that hold: the kind noun in the role, the name tied to the noun, a
        # company called "the company"
        (
            (
                "Harbour Porters Union chairman Abel Kroon called the strike on Monday.",
                "“We will not move,” the union's chairman said.",
            ),
            "Abel Kroon",
        ),
        (
            (
                "Quarnby, the dockers' union, met on Monday. Quarnby chairman Osric Vale spoke.",
                "“We will not move,” the union's chairman said.",
            ),
            "Osric Vale",
        ),
        (
            (
                "Quarnby Mills chief executive Osric Vale announced the new plant.",
                "“We tested nine sites,” the company's chief executive said.",
            ),
            "Osric Vale",
        ),
    ],
)
def test_a_bodys_role_is_that_bodys_holder(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _first(*paragraphs) == speaker


def test_an_untaken_probe_leaves_no_name() -> None:
    article = Article(
        title="Cuts",
        paragraphs=(
            "Quarnby Mills chairman Osric Vale announced 200 job cuts on Monday.",
            "“This is a disgrace,” the union's chairman said.",
            "“We had no choice,” Vale said.",
        ),
    )
    names = {s.name: s.names for s in extract_quotes(article).speakers}
    assert "the chairman" not in names["Osric Vale"]


# store.quotes.roleless_descriptions: someone known only by an age ("Roke, 42,") has no role,
# yet fits no post and no noun the article gave others; other descriptions still fit.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Firefighters lifted Anselm Roke from the wreck on Sunday.",
                "Roke, 42, was taken to hospital. “The car was crushed flat,” the firefighter said.",
            ),
            "the firefighter",
        ),
        (
            (
                "The storm flattened the barn of Wilma Oster on Tuesday.",
                "Oster, 71, lost her herd. “The county left these farms alone,” the mayor said.",
            ),
            "the mayor",
        ),
        # look-alikes: an activity noun no one else was given, a nationality
        (
            (
                "Nadja Pell beat Ilse Korva in the final heat.",
                "Korva, 27, was calm in defeat. “She was stronger,” the swimmer said.",
            ),
            "Ilse Korva",
        ),
        (
            (
                "Nadja Pell beat Ilse Korva in the final heat.",
                "Pell, 24, was in tears. “I dreamt of this,” the Dane said.",
            ),
            "Nadja Pell",
        ),
    ],
)
def test_an_age_is_no_role_nor_every_role(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _first(*paragraphs) == speaker


# store.quotes.named_groups: a capitalised name after the link is a body's own name, held no
# lower than any body's; a person's name or a lower-case word there still describes a group.
@pytest.mark.parametrize(
    ("paragraph", "speaker", "held"),
    [
        ("“The weir will kill the river,” said Friends of the Fens.", "Friends of the Fens", False),
        (
            "“The plaque honours them all,” Veterans of the Haldor Campaign said.",
            "Veterans of the Haldor Campaign",
            False,
        ),
        # look-alikes: whom the group backs, a title, a lower-case word
        ("“We will march again,” supporters of Ada Quell said.", "supporters of Ada Quell", True),
        ("“We will march again,” Critics of Mayor Quell said.", "Critics of Mayor Quell", True),
        (
            "“We will march again,” Supporters of the Quell plan said.",
            "Supporters of the Quell plan",
            True,
        ),
    ],
)
def test_a_named_group_is_a_body(paragraph: str, speaker: str, held: bool) -> None:
    [(found, confidence)] = _credits(paragraph)
    assert found == speaker
    assert (confidence < 0.9) == held


# store.quotes.written_places: "in" before a body's name ("Investors in ...") writes no place;
# a placing word, a region after a comma or a place's own last word does.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Investors in Brandle Ferries lost heavily last year.",
                "The company, Brandle Ferries, said “we will cut two routes”.",
            ),
            "Brandle Ferries",
        ),
        (
            (
                "Shareholders in Osk Mutual were told on Monday.",
                "The company, Osk Mutual, said “we will cut two routes”.",
            ),
            "Osk Mutual",
        ),
        # look-alikes: the name written as a place keeps the description
        (
            (
                "The firm is based in Brandle, by the sea.",
                "The company, Brandle, said “we will cut two routes”.",
            ),
            "The company",
        ),
        (
            (
                "Crowds gathered in Brandle, Westmark, on Monday.",
                "The company, Brandle, said “we will cut two routes”.",
            ),
            "The company",
        ),
        (
            (
                "Floods hit farms in Osk Valley on Monday.",
                "The company, Osk Valley, said “we will cut two routes”.",
            ),
            "The company",
        ),
    ],
)
def test_in_a_body_is_no_place(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _first(*paragraphs) == speaker


# store.quotes.other_posts: a deputy, vice or assistant post is another post, so "the mayor"
# after "Mayor X and deputy mayor Y" is X, and after the deputy alone no one.
_MAYORS = "Mayor Ilsa Dromm and deputy mayor Ferko Lusk presented the budget."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        ((_MAYORS, "It was what the mayor called “a budget for all”."), "Ilsa Dromm"),
        ((_MAYORS, "“It is a budget for all,” the mayor said."), "Ilsa Dromm"),
        (
            (
                "Deputy mayor Ferko Lusk presented the budget.",
                "It was what the mayor called “a budget for all”.",
            ),
            None,
        ),
        (
            (
                "President Ilsa Dromm and Vice President Ferko Lusk toured the dam.",
                "“We will rebuild it,” the president said.",
            ),
            "Ilsa Dromm",
        ),
        # look-alikes: the deputy named as such, an acting mayor holds the post
        ((_MAYORS, "“It is a budget for all,” the deputy mayor said."), "Ferko Lusk"),
        (
            (
                "Acting mayor Ferko Lusk presented the budget.",
                "“It is a budget for all,” the mayor said.",
            ),
            "Ferko Lusk",
        ),
    ],
)
def test_a_deputy_is_another_post(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert _first(*paragraphs) == speaker


# A modifier qualifies the word right after it: a deputy prime minister is no prime minister,
# yet a minister.
@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the prime minister", "Ilsa Dromm"), ("the minister", "Ferko Lusk")],
)
def test_a_deputy_qualifies_the_next_word(description: str, speaker: str) -> None:
    paragraphs = (
        "Prime Minister Ilsa Dromm flew home as Deputy Prime Minister Ferko Lusk spoke.",
        f"“The ports will reopen,” said {description}, who announced the plan.",
    )
    assert _first(*paragraphs) == speaker
