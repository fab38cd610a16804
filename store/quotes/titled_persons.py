"""Whether a lone capitalised word is a titled person's name ("Mayor Young", "Dr. Price"):
then it is a person's, whatever the article also writes in lower case ("young voters").

The speech-verb check (nonspeakers.py) asks the cast, which knows the person the word was
resolved to; the last junk check (junk_speakers.py) has no cast, only the article, and reads
the words written before the word. Both evidences are read here; each caller passes what it
has. Asking the text in the speech-verb check as well leaves the PolNeAR and generated
digest as it is (tried at stop 22), but would keep a speaker the cast gave no role on unseen
text: a rule change, left for a measured one.
"""

from __future__ import annotations

from store.quotes.lexicon import ROLE_WORDS
from store.quotes.people import Person
from store.quotes.word_places import WordPlaces


def titled_name(speaker: Person | None = None, places: WordPlaces | None = None) -> bool:
    """True when the cast knows `speaker` by a full name or with a title or role, or when the
    article writes a title or role right before the word of `places`."""
    if speaker is not None and (" " in speaker.name or bool(speaker.roles)):
        return True
    return places is not None and any(
        (name + "." if dot else name).casefold() in ROLE_WORDS
        for name, dot in places.capitals_before()
    )
