"""What a Russian verb of saying tells of its speaker by its form: "сказала" a woman's words,
"сказал" a man's, "сказали" several people's; "считает" tells none.

One reading for the extractor's cues (events.py) and for a question's verb
(handlers/intent_ru.py: "что сказала Петрова?" asks for her, never for Петров).
"""

from __future__ import annotations

from store.quotes.ru.cues import _VERB_GENDERS, CITING

# A past verb no cue list holds ("написала", "произнёс"), by its ending, longest first.
_PAST_ENDINGS = (
    ("ла", "femn"),
    ("ли", "plur"),
    ("ло", "neut"),
    ("л", "masc"),
    ("ёс", "masc"),
    ("ес", "masc"),
)


def verb_gender(verb: str) -> str | None:
    """The gender ("masc", "femn") or number ("plur", "neut") a verb of saying's form tells
    of its speaker, else None (a present verb, or one citing someone: "цитируют Лаврова")."""
    word = verb.casefold()
    if not word.strip() or word.startswith(CITING):
        return None
    first = word.split()[0]  # "выразила уверенность": the verb tells it
    if first in _VERB_GENDERS:
        return _VERB_GENDERS[first]
    return next((told for ending, told in _PAST_ENDINGS if first.endswith(ending)), None)
