"""A role of a place then a name, a firm that owns no family, a relative known by a first name
alone (gen28b probe shapes: "The mayor of X, Y, defended …, telling", "Her husband Anton"
after a firm, "Her son Tobias said").

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _credits(*paragraphs: str) -> list[tuple[str | None, float]]:
    article = Article(title="Weekend round-up", paragraphs=paragraphs)
    return [(q.speaker, float(q.confidence or 0)) for q in extract_quotes(article).quotes]


# store.quotes.role_of_names: a role "of" somewhere, then the name in apposition, is the
# subject a participle cue hangs from.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The governor of Quillan Bay, Ingrid Marrack, defended the new tolls on "
            "Monday, telling skippers “the quay will not repair itself”.",
            "Ingrid Marrack",
        ),
        # Lower-case words inside the place: no name before the comma to stop at either.
        (
            "The deputy treasurer of the canton of Verlo, Henrik Aastad, backed the levy, "
            "telling the chamber “nobody enjoys paying, but the bridges are falling down”.",
            "Henrik Aastad",
        ),
    ],
)
def test_role_of_place_then_name(paragraph: str, speaker: str) -> None:
    assert [found for found, _ in _credits(paragraph)] == [speaker]


# Look-alikes: a place pair after the role ("Quillan Bay, North Tarran,") names no person,
# and a name that goes on into a list ("…, Ingrid Marrack, and the council") is no apposition.
@pytest.mark.parametrize(
    "paragraph",
    [
        "The governor of Quillan Bay, North Tarran, defended the new tolls on Monday, "
        "telling skippers “the quay will not repair itself”.",
        "The governor of Quillan Bay, Ingrid Marrack, and the council defended the tolls, "
        "telling skippers “the quay will not repair itself”.",
    ],
)
def test_role_of_place_keeps_look_alikes(paragraph: str) -> None:
    assert "Ingrid Marrack" not in [found for found, _ in _credits(paragraph)]
    assert "North Tarran" not in [found for found, _ in _credits(paragraph)]


# store.quotes.kin_owners: a firm the cast read as a person lends no surname to "her husband";
# the article's only woman named in full, two paragraphs back, lends hers.
@pytest.mark.parametrize(
    "firm",
    [
        "Tarnwell Agrotek",  # no ending a list knows: the article's "its" says it is a thing
        "Tarnwell Holdings",  # a company's last word
    ],
)
def test_firm_lends_no_surname(firm: str) -> None:
    credits = _credits(
        "Greta Lowry runs a small orchard near Kellby.",
        f"The 58-year-old spent two years writing letters and finally suing {firm}, whose "
        "spray had drifted over her trees.",
        "Her husband Anton, a retired bus driver, says she barely slept. “She read every "
        "report twice,” he says.",
        f"{firm} has always denied that its spray did any harm.",
    )
    assert [found for found, _ in credits] == ["Anton Lowry"]


# The firm beside the person in the same paragraph left two owners for "her": the firm no
# longer counts, so the person lends hers ("Anton Lowry").
def test_firm_beside_owner_leaves_her_surname() -> None:
    credits = _credits(
        "Greta Lowry runs a small orchard near Kellby and has sued Tarnwell Agrotek.",
        "Her husband Anton, a retired bus driver, says she barely slept. “She read every "
        "report twice,” he says.",
        "Tarnwell Agrotek has always denied that its spray did any harm.",
    )
    assert [found for found, _ in credits] == ["Anton Lowry"]


# Negative: "its" after a person with a known first name is no sign of a firm.
def test_person_with_its_still_lends_surname() -> None:
    credits = _credits(
        "Greta Lowry bought the farm and its orchard near Kellby in 1990.",
        "Her husband Anton, a retired bus driver, says she barely slept. “She read every "
        "report twice,” he says.",
    )
    assert [found for found, _ in credits] == ["Anton Lowry"]


# store.quotes.bare_kin: "Her son Tobias said" is Tobias, but not at a sure confidence.
def test_bare_kin_name_is_capped() -> None:
    credits = _credits(
        "Tilda Brenner died on Sunday at her home in Kellby. She was 88.",
        "She kept the town's records for forty years.",
        "Her son Tobias said she had never missed a day. “She loved the old ledgers,” he said.",
    )
    assert [found for found, _ in credits] == ["Tobias", "Tobias"]
    assert all(confidence < 0.9 for _, confidence in credits)


# Negative: a relative the article also names in full keeps the named credit's confidence.
def test_full_named_kin_keeps_confidence() -> None:
    credits = _credits(
        "Tilda Brenner died on Sunday at her home in Kellby. She was 88.",
        "Her son Tobias said she had never missed a day. Tobias Brenner, 61, runs the "
        "family bakery.",
    )
    assert credits and all(confidence >= 0.9 for _, confidence in credits)


_OBITUARY = (
    "Tilda Brenner died on Sunday at her home in Kellby. She was 88.{friend}",
    "She kept the town's records for forty years.",
    "Her son Tobias, who still lives in the town, said she had never missed a day. “She "
    "loved the old ledgers,” he said.",
)


# store.quotes.kin_owners.sole_owner: "her" two paragraphs after the article's only woman
# named in full is hers, so her son speaks as "Tobias Brenner" (still at the lent 0.76);
# a second woman named before leaves "her" unsure and the name alone.
@pytest.mark.parametrize(
    ("friend", "speaker"),
    [
        ("", "Tobias Brenner"),
        (" Her friend Marta Ilves read a poem at the wake.", "Tobias"),
    ],
)
def test_sole_owner_further_back(friend: str, speaker: str) -> None:
    paragraphs = (_OBITUARY[0].format(friend=friend), *_OBITUARY[1:])
    credits = _credits(*paragraphs)
    assert [found for found, _ in credits] == [speaker, speaker]
    assert all(confidence < 0.9 for _, confidence in credits)


_MATCH_REPORT = (
    "{team} Vale beat the leaders 18-16 at Penlow Park on Saturday.",
    "{team} coach Owain Treharne{age} could barely speak afterwards. “I have no words "
    "left,” he said.{other}",
    "“The boys tackled like their lives depended on it,” the {description} added.",
)


# store.quotes.aged_nationals: a nationality (an age before it or not) crediting the next
# paragraph's quote is the man who just spoke, below the sure credits.
# A team whose first word is a man's first name ("Gordon Vale") only qualifies the coach's
# role there ("Gordon coach Owain Treharne"): no second man.
@pytest.mark.parametrize(
    ("team", "description"),
    [("Dunmore", "48-year-old Welshman"), ("Dunmore", "Welshman"), ("Gordon", "Welshman")],
)
def test_nationality_after_speaker(team: str, description: str) -> None:
    first, second, third = _MATCH_REPORT
    paragraphs = (
        first.format(team=team),
        second.format(team=team, age="", other=""),
        third.format(description=description),
    )
    credits = _credits(*paragraphs)
    assert [found for found, _ in credits] == ["Owain Treharne", "Owain Treharne"]
    assert all(confidence < 0.9 for _, confidence in credits)


# Look-alikes: another man named since fits too, the speaker was given another age, or the
# noun is a woman's: the description stays a description.
@pytest.mark.parametrize(
    ("age", "other", "description"),
    [
        ("", " His captain Gareth Pryce agreed.", "48-year-old Welshman"),
        (", 55,", "", "48-year-old Welshman"),
        ("", "", "48-year-old Welshwoman"),
    ],
)
def test_nationality_look_alikes(age: str, other: str, description: str) -> None:
    first, second, third = _MATCH_REPORT
    paragraphs = (
        first.format(team="Dunmore"),
        second.format(team="Dunmore", age=age, other=other),
        third.format(description=description),
    )
    assert [found for found, _ in _credits(*paragraphs)][-1] != "Owain Treharne"
