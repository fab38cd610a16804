"""Reading a paragraph's names into the article's cast: each full name narration writes, with
its title, roles beside it, sex and whether it stands as its sentence's subject."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from store.models import SpeakerKind
from store.quotes.body_word_surnames import personal_body_name
from store.quotes.common_words import people_named
from store.quotes.described_subjects import described_subjects
from store.quotes.group_words import after_quantifier
from store.quotes.kin_counts import after_kin_count
from store.quotes.kin_names import kin_name
from store.quotes.lexicon import Gender
from store.quotes.linked_names import linked_name
from store.quotes.listed_jobs import read_listed
from store.quotes.lone_names import lone_surname, quoted_cue_vote
from store.quotes.mentions import MentionKind
from store.quotes.name_words import NAME_RUN, title_case_heading
from store.quotes.people import position, titled_alone
from store.quotes.roles_beside import CONTEXT, appositive_roles, role_of_what_follows
from store.quotes.salience import (
    first_name_gender,
    gender_vote,
    names_the_subject,
    pronoun_subjects,
)
from store.quotes.sentences import sentence_ends
from store.quotes.short_titles import titled_surname
from store.quotes.speakers import Cast
from store.quotes.stance_subjects import stance_subject
from store.quotes.thing_names import names_thing
from store.quotes.work_titles import titles_work

_CONTEXT_WORDS = 7  # the words before a capitalised run that may hold its title or role
_PLACED = (" in ", " at ", "near ")  # before a place's name
# Members bound once: reading an attribute of an Enum class costs five plain lookups.
_PERSON, _NAME = SpeakerKind.PERSON, MentionKind.NAME
_NAMED = frozenset((MentionKind.NAME, MentionKind.ORGANISATION))
_UNSAID = Gender.UNSAID


def read_names(
    cast: Cast, paragraph: int | None, masked_text: str, unblanked: str = "", raw: str = ""
) -> None:
    """Register every full name narration uses in one paragraph (quotes masked out; tags
    and ages beside names read from `unblanked`, the text before narration blanked them;
    `raw`, with its quotes, for the words a role holder's quote says of him)."""
    cast.texts[-1 if paragraph is None else paragraph] = masked_text
    cast.raw_texts[-1 if paragraph is None else paragraph] = raw or masked_text
    ends = sentence_ends(masked_text)
    sentences_with_subject: set[int] = set()
    for sentence, at, gender in pronoun_subjects(masked_text, ends):
        # "He also urged Senate leader Y ...": the sentence's subject is the pronoun.
        sentences_with_subject.add(sentence)
        cast.referring.append((position(paragraph, at), gender))
    heading, lower = title_case_heading(masked_text), cast.lower_words
    for match in NAME_RUN.finditer(masked_text):
        word, start, end = match[0], match.start(), match.end()  # once: runs per capital
        if masked_text[max(0, start - 4) : start].endswith(_PLACED) or (
            after_quantifier(masked_text, start) and not after_kin_count(masked_text, start)
        ):  # "in Dover Heights", "many more Latinos": no "he" or "she"; "mother of three X" is
            cast.places.add(word.casefold())
        lone = " " not in word and cast.unknown_word(word)
        kin = kin_name(masked_text, start, end) if lone else _UNSAID  # "his wife, Jane,"
        if lone and not kin and not lone_surname(masked_text, start, end, ends, lower):
            continue  # "The", "Moscow", "CNN": one word that names no one known yet
        before = masked_text[max(0, start - CONTEXT) : start].rsplit(None, _CONTEXT_WORDS)
        chunk = " ".join([*before[-_CONTEXT_WORDS:], word])
        listed = read_listed(chunk, word, masked_text, end)  # "Nurses Jo Lee and"
        mention = linked_name(personal_body_name(listed, masked_text, end), word)
        mention = replace(mention, gender=kin) if kin and mention else mention
        if mention is None or mention.kind not in _NAMED:
            continue
        if titles_work(masked_text, start, end):
            continue  # "In her book, Living Proof, she ...": a title, no one
        if mention.kind == _NAME and names_thing(masked_text, start, end):
            continue  # "whose new film Salt Road opens": a film, no one "she" may mean
        if people_named(mention.name or mention.text):
            continue  # "Young Danes and Dutch students, who ...": a group, no one
        if heading and not first_name_gender((mention.name or mention.text).split()[0]):
            continue  # "1 Ada Kerr On How Town History Makes Us Feel": a heading's capitals
        if role_of_what_follows(mention):
            # "governor of New Jersey", "campaign for Ada Kerr": the role belongs to someone
            # else and the words after it name a place, body or person it is of: a person
            # only when known or opening with a first name ("chairman of Ada Kerr's firm").
            name = mention.name or ""
            if cast.find(name) is None and not first_name_gender(name.split()[0]):
                continue
            mention = replace(mention, role=None)
        mention = titled_surname(mention, cast.bearers)  # "Councillor Hartley": Ann Hartley
        full_name = mention.kind == _NAME and " " in (mention.name or "")
        if paragraph is None and not full_name:
            continue  # a headline lends the cast full names only, never its labels
        at = position(paragraph, start)
        if mention.kind == _NAME and mention.name and " " not in mention.name:
            person = cast.expand(mention.name, at, mention.gender, mention.role or "")
            person = person or titled_alone(cast.people, mention.name)
            if person is None and not (mention.role or mention.gender or lone):
                continue  # a lone capitalised word names no one yet ("Moscow", "Iowa")
            # "President Halden", "Mr. Lavrov": a title makes a lone surname a person.
            person = person or cast.person(mention)
        else:
            person = cast.person(mention)
        if mention.kind == _NAME and mention.name:
            person.call(mention.role, mention.text if mention.role else None)
            if mention.role and mention.role not in person.roles:
                person.roles.append(mention.role)
            for role in appositive_roles(masked_text, start, end, mention.role, unblanked):
                # "Mary Jones, a senator from Ohio, ...", "The agency's director, Elena
                # Soto, ...": a role set off by commas beside the name.
                person.call(role)
                person.roles.append(role)
        sentence = bisect_right(ends, start)
        # The first person a sentence names, where subjects stand, is most often what its
        # pronouns refer to.
        sentence_start = ends[sentence - 1] if sentence else 0
        taken = sentence in sentences_with_subject
        subject = person.kind == _PERSON and names_the_subject(
            masked_text, start, end, sentence_start, taken
        )
        if subject:
            sentences_with_subject.add(sentence)
            vote = gender_vote(masked_text, end, ends, sentence)
            if not vote and lone:  # a lone surname's first pronoun may be a quote's cue's
                vote = quoted_cue_vote(masked_text, end, ends, sentence)
            person.votes += vote
        cast.named.append((at, person))
        if subject or (person.kind == _PERSON and stance_subject(masked_text, start, end)):
            cast.subjects.append((at, person))  # "..., but Halloran disagreed": a later one
    if paragraph is not None:  # "The seasoned goalkeeper was quizzed": the person just named
        described_subjects(cast, paragraph, masked_text, ends)
