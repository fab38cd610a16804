"""A group's place named in marks: "жители микрорайона «Березовая роща»".

Names in marks are blanked before narration is read (name_marks), so a group's words stop
right before one ("жители микрорайона"); once the article is read, the name the text sets
after a group's written words is put back into the group's name, as name_in_role does for
roles."""

from __future__ import annotations

import re
from dataclasses import replace

from store.models import Quote, SpeakerKind
from store.quotes.ru.cast import Cast

_NAME_AFTER = re.compile(r"\s+(«[^«»„“\n]{1,40}»)")


def named_groups(quotes: list[Quote], cast: Cast, paragraphs: tuple[str, ...]) -> list[Quote]:
    """The quotes with each group whose written words a name in marks follows renamed."""
    renamed: dict[str, str] = {}
    for person in [p for p in cast.people.values() if p.kind == SpeakerKind.GROUP]:
        name = _name_after(person.names or [person.name], paragraphs)
        if name is None:
            continue
        longer = f"{person.name} {name}"
        del cast.people[person.name]
        renamed[person.name], person.name = longer, longer
        person.names = [f"{written} {name}" for written in person.names]
        cast.people[longer] = person
    if not renamed:
        return quotes
    return [replace(q, speaker=renamed[q.speaker]) if q.speaker in renamed else q for q in quotes]


def _name_after(written: list[str], paragraphs: tuple[str, ...]) -> str | None:
    for words in written:
        for paragraph in paragraphs:
            at = paragraph.find(words)
            if at < 0:
                at = paragraph.find(words[:1].upper() + words[1:])
            if at >= 0:
                found = _NAME_AFTER.match(paragraph, at + len(words))
                if found is not None:
                    return found[1]
    return None
