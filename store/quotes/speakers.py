"""The article's cast: who is named where, and whom a surname, pronoun or description means.

Reading a paragraph's names into the cast is cast_names.py's; this module resolves them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Literal

from store.models import Speaker, SpeakerKind
from store.quotes.aged_speakers import aged_speaker, roles_allow
from store.quotes.agreement import agreeing_subject, named_body
from store.quotes.antecedents import (
    antecedent_of,
    head_fits,
    head_noun,
    listed_names,
    many_people,
    role_fits,
)
from store.quotes.apposed_subjects import apposed_subject
from store.quotes.body_word_surnames import surname_for_body
from store.quotes.campaign_owners import campaign_of, hinted_campaign, issuing_campaign
from store.quotes.campaign_owners import works_for_campaign as staff
from store.quotes.common_words import clipped
from store.quotes.contracted_has import uncontracted
from store.quotes.described_anaphors import described_anaphor
from store.quotes.described_bodies import described_body
from store.quotes.document_owners import document_owner, issuer_words
from store.quotes.edge_credits import inside_credited
from store.quotes.embedded_speakers import embedded_speaker
from store.quotes.first_names import NOUN_GENDER
from store.quotes.introduced_roles import introduced_holder
from store.quotes.it_referents import it_referent
from store.quotes.joined_roles import first_role, second_holder
from store.quotes.joint_credits import joint_body
from store.quotes.kin_bearers import main_bearer
from store.quotes.later_holders import later_holder
from store.quotes.lede_companies import sole_or_lede_body
from store.quotes.lexicon import (
    ARTICLES,
    DEFINITE_DETERMINERS,
    ISSUED_WORDS,
    PERSONAL_RELATIVES,
    PLURAL_PRONOUNS,
    UNRESOLVED_PRONOUNS,
    Gender,
)
from store.quotes.mentions import Mention, MentionKind
from store.quotes.namesake_policy import bearer_at
from store.quotes.object_names import latest_of_sex
from store.quotes.opening_words import ANONYMOUS_WORDS
from store.quotes.own_subjects import own_subject
from store.quotes.paragraph_people import sole_paragraph_person
from store.quotes.people import PARAGRAPH_STRIDE, paragraphs_back, position, seen_at, titled_alone
from store.quotes.people import Person as Person  # re-exported: the cast hands people out
from store.quotes.person_words import BODY_NOUNS, singular
from store.quotes.plural_referents import plural_speaker
from store.quotes.rank_bodies import rank_body
from store.quotes.role_holders import role_holder
from store.quotes.roles_beside import role_of_what_follows, tagged_person
from store.quotes.salience import name_like
from store.quotes.sentences import sentence_ends, start_of_sentence
from store.quotes.sexed_rivals import sexed_rival
from store.quotes.short_titles import titled_surname
from store.quotes.sole_persons import sole_person
from store.quotes.statement_owners import possessive_owner, statement_owner
from store.quotes.surnames import bearers_of, latest_named
from store.quotes.unnamed_referents import same_sentence, unnamed_since
from store.quotes.unnamed_subjects import unnamed_speaker
from store.quotes.unsexed import sole_unsexed

# Paragraphs back "he said" may reach for the last speaker, before the last person named.
PRONOUN_REACH = 3
DESCRIPTION_REACH = 0
# Members bound once for the loops over every earlier mention: reading an attribute of an
# Enum class costs five plain lookups on Python 3.11, and these loops run millions of times.
_PERSON, _BODY = SpeakerKind.PERSON, SpeakerKind.ORGANISATION
_UNSAID = Gender.UNSAID
# "he, who", "Ms. Hale, who ... , who": what a relative pronoun cannot stand for.
_NOT_ANTECEDENTS = frozenset((MentionKind.PRONOUN, MentionKind.RELATIVE))
_POSSESSIVES = frozenset(("his", "her", "their", "its"))


def _full_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


@dataclass
class Cast:
    """Everyone the article names, and whom each mention resolves to."""

    people: dict[str, Person] = field(default_factory=dict)
    named: list[tuple[int, Person]] = field(default_factory=list)  # narration mentions in order
    spoke: list[tuple[int, Person]] = field(default_factory=list)  # speech events in order
    subjects: list[tuple[int, Person]] = field(default_factory=list)  # sentences' first persons
    # Sentences whose subject is "he" or "she": each carries the person it refers to on to the
    # pronouns after it ("X spoke. He also urged Y ... 'No,' he said" is X).
    referring: list[tuple[int, Gender]] = field(default_factory=list)
    _referents: dict[int, Person | None] = field(default_factory=dict)
    _by_surname: dict[str, list[Person]] = field(default_factory=dict)
    _by_first_name: dict[str, list[Person]] = field(default_factory=dict)
    # Each paragraph's masked narration, for reading what a relative pronoun refers to.
    texts: dict[int, str] = field(default_factory=dict)
    raw_texts: dict[int, str] = field(default_factory=dict)  # the paragraphs, quotes unmasked
    # Positions of speech events inside another person's sentence (see spoke_at).
    _embedded: set[int] = field(default_factory=set)
    # Names narration writes after "in", "at" or "near": places, whatever their shape.
    places: set[str] = field(default_factory=set)
    lower_words: frozenset[str] = frozenset()  # the article's lower-case words (common_words.py)

    def unknown_word(self, word: str) -> bool:
        key = word.casefold()
        known = key in self._by_surname or key in self._by_first_name
        return not known and titled_alone(self.people, word) is None  # "President Halden"

    def person(self, mention: Mention) -> Person:
        """The person or body a name or organisation mention names, registered if new."""
        name = mention.name or mention.text
        key = name.casefold()
        person = self.people.get(key)
        if person is None:
            organisation = mention.kind == MentionKind.ORGANISATION
            kind = SpeakerKind.ORGANISATION if organisation else SpeakerKind.PERSON
            person = Person(name, kind)
            self.people[key] = person
            if kind == SpeakerKind.PERSON and " " in name:
                words = key.split()
                self._by_surname.setdefault(words[-1], []).append(person)
                self._by_first_name.setdefault(words[0], []).append(person)
        if mention.gender and not person.gender:
            person.gender = mention.gender
        if mention.kind == MentionKind.NAME and " " in name:
            person.call(name.split()[-1])
        return person

    def find(self, name: str) -> Person | None:
        """The person or body already known by this name or surname, without registering."""
        known = self.people.get(name.casefold())
        if known is not None or " " in name:
            return known
        return self.expand(name, 0)

    def expand(
        self, word: str, at: int, gender: Gender = _UNSAID, title: str = ""
    ) -> Person | None:
        """The full-named person a lone surname (or first name) means, nearest before `at`, of
        the sex and bearers its title keeps to ("Ms. Lintz", "Judge Lintz": bearers_of)."""
        found = self.bearers(word, gender, title)
        return main_bearer(self.named, found, at, self.texts, self.spoke) if found else None

    def bearers(self, word: str, gender: Gender = _UNSAID, title: str = "") -> list[Person]:
        """The full-named people whose surname (else first name) `word` is, of that sex."""
        return bearers_of(self._by_surname, self._by_first_name, word, gender, title)

    def resolve(self, mention: Mention, at: int, cued: bool = True) -> Person | None:
        """The person a speech event's mention means at reading position `at` (`cued` False
        for narration's own pronoun, whose last-resort guess of a sex is weaker: unsexed.py)."""
        if mention.kind == MentionKind.PRONOUN:
            return self._pronoun(mention, at, cued)
        if mention.kind == MentionKind.RELATIVE:
            return self._relative(mention, at)
        if mention.kind == MentionKind.DESCRIPTION:
            return aged_speaker(self._description(mention, at), mention.text, self, at)
        if mention.kind == MentionKind.NAME and role_of_what_follows(mention):
            return self._holder(at)
        owner = self._owner(mention, at) if mention.kind == MentionKind.ORGANISATION else None
        if owner is not None:
            return owner  # "Dorsey's Facebook post": the words of the man who posted it
        if mention.kind == MentionKind.ORGANISATION and (joint := self._joint(mention, at)):
            return joint  # "Ada Kerr and the Port Board said": both, never the board alone
        mention = titled_surname(mention, self.bearers)  # "Det Sgt Morrow": Kate Morrow
        listed = self._listed(mention, at) if mention.kind == MentionKind.NAME else None
        if listed is not None:
            return listed or None
        if mention.kind == MentionKind.NAME and mention.name and " " not in mention.name:
            bearers = self.bearers(mention.name, mention.gender, mention.role or "")
            if bearers and bearer_at(self.named, bearers, at) is None:
                return None  # "Kerr said" before Ada or Tom Kerr is named: no one can tell
            person = self.expand(mention.name, at, mention.gender, mention.role or "")
            if person is not None:
                person.call(mention.text if mention.text != mention.name else None, mention.name)
                if mention.gender and not person.gender:
                    person.gender = mention.gender
                return person
        if campaign := self._campaign(mention, at):
            return campaign  # "his campaign said": the Bo Renn campaign, never Renn himself
        if issuer := document_owner(mention, self.texts, self.spoke + self.named, at):
            return issuer  # "the statement said" after "X said in a statement": X's words
        mention = statement_owner(mention, self.people) or mention  # "a Nordel statement"
        mention = rank_body(mention, self.texts, at)  # "General Electric", no General
        if mention.kind == MentionKind.ORGANISATION and (
            tagged := tagged_person(mention.text, self.named, at)
        ):
            return tagged  # "the Ohio Republican" after "Ada Kerr (R-Ohio)": a person
        # "the union" after the Hartwell Teachers Union: that body, known by one more name.
        surnamed = surname_for_body(mention, self.expand, at)  # "Law said" after Steven Law
        body = described_body(mention, self.texts, at)  # "the group" after "a group for X"
        # "the company" after Boltmart.com alone: that body.
        sole = None if body is not mention else sole_or_lede_body(mention, self, at)
        person = surnamed or named_body(mention, self.named, at) or sole or self.person(body)
        person.call(mention.role, mention.text if mention.role else None)
        if mention.kind == MentionKind.ORGANISATION and mention.text.casefold().startswith("the "):
            person.call(mention.text)
        return person

    def _campaign(self, mention: Mention, at: int) -> Person | None:
        """The campaign "his campaign" at `at` names, or that sent out the document at `at`
        ("Kerr's campaign sent out an email"), by its owner's full name (campaign_owners)."""
        owner = hinted = hinted_campaign(mention)
        if owner is None and (words := issuer_words(mention, self.texts, at)) is not None:
            owner = issuing_campaign(*words)
            at = owner.offset if owner is not None else at
        if owner is None:
            return None
        if owner.sex:
            pronoun = Mention(owner.word, MentionKind.PRONOUN, gender=owner.sex)
            person = self._pronoun(pronoun, at, cued=True)
        else:
            person = self.find(owner.word) or self.expand(owner.word.split()[-1], at)
        if (
            owner.sex
            and person is not None
            and staff(person.name, person.roles, self.texts.values())
        ):
            return None  # "Vane fired his campaign chief, Bo Renn": Renn owns no campaign
        if person is not None and person.kind == _PERSON:
            name = person.name
        elif owner.sex:
            return None  # "his campaign" with no man to own it: the campaign stays unnamed
        else:
            name = owner.word  # "the Ada Kerr campaign" with no Ada Kerr read: as written
        campaign = self.person(Mention(campaign_of(name), MentionKind.ORGANISATION))
        if hinted:  # known by "his campaign" too: a later "His campaign protested" speaks
            self.people.setdefault(mention.text.casefold(), campaign)
        return campaign

    def _owner(self, mention: Mention, at: int) -> Person | None:
        """The known person whose document a body-like mention names ("Kerr's memoir")."""
        if (owner := possessive_owner(mention)) is None:
            return None
        person = self.people.get(owner.casefold()) or self.expand(owner, at)
        return person if person is not None and person.kind == _PERSON else None

    def _holder(self, at: int) -> Person | None:
        """Who holds a role read with what it is of ("Jo Lee, director of the Center for Trade
        Studies, said"): the name before its comma, never the body or place after the link."""
        paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
        text = self.texts.get(paragraph, "")
        if not text[:offset].rstrip().endswith(","):
            return None  # "Cosby. The Hart Center for Trade said": no holder named before it
        antecedent = antecedent_of(text, offset)
        if antecedent is None or antecedent.kind != MentionKind.NAME:
            return None
        return self.resolve(antecedent, position(paragraph, antecedent.start))

    def _listed(self, mention: Mention, at: int) -> Person | Literal[False] | None:
        """The group a name in a list of speakers stands for ("Kerr, Renn and Dorn said" is all
        three), False for a list with a pronoun in it ("she and Dorn"), else None."""
        paragraph, start = divmod(at, PARAGRAPH_STRIDE)
        end = start + mention.end - mention.start
        group = listed_names(self.texts.get(paragraph, ""), start, end)
        if group is None or group is False:
            return group
        return self.person(Mention(group, MentionKind.ORGANISATION, name=group))

    def _joint(self, mention: Mention, at: int) -> Person | None:
        """The list a body ends after a person's name ("Ada Kerr and the Port Board")."""
        paragraph, start = divmod(at, PARAGRAPH_STRIDE)
        group = joint_body(self.texts.get(paragraph, ""), start, mention.text)
        return None if group is None else self.person(Mention(group, MentionKind.ORGANISATION))

    def _relative(self, mention: Mention, at: int) -> Person | None:
        """Whom "who" or "which" stands for: the words right before it, never the last name
        read ("a question that asked X", "his fans, who" are not X)."""
        paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
        antecedent = antecedent_of(self.texts.get(paragraph, ""), offset)
        if antecedent is None or antecedent.kind in _NOT_ANTECEDENTS:
            return None
        if clipped(antecedent) != antecedent:
            return None  # "Kerr tells voters who": a clause, not the noun "who" stands for
        if uncontracted(mention.text) in PERSONAL_RELATIVES:  # "who", "who’s"
            return self.resolve(antecedent, at)
        # "which", "that": a body ("the ministry, which said"), never a person; a document's
        # words are its issuer's, the sentence's subject ("X released an ad that said").
        if antecedent.text.split()[-1].casefold() in ISSUED_WORDS:
            return self._sentence_subject(paragraph, offset)
        if antecedent.kind == MentionKind.NAME:
            known = self.find(antecedent.name or antecedent.text)
            return known if known is not None and known.kind == _BODY else None
        if antecedent.kind != MentionKind.ORGANISATION:
            return None
        return self.resolve(antecedent, at)

    def _sentence_subject(self, paragraph: int, offset: int) -> Person | None:
        """The person whose name (or "he"/"she") is the subject of the sentence at `offset`."""
        ends = sentence_ends(self.texts.get(paragraph, ""))
        start = position(paragraph, start_of_sentence(ends, offset))
        at = position(paragraph, offset)
        self._settle(at)
        named = [p for seen, p in self.subjects if start <= seen < at]
        carried = [self._referents.get(seen) for seen, _ in self.referring if start <= seen < at]
        return next(iter(named + [p for p in carried if p is not None]), None)

    def _pronoun(self, mention: Mention, at: int, cued: bool) -> Person | None:
        word = mention.text.casefold()
        if word in UNRESOLVED_PRONOUNS or word.split()[0] in ANONYMOUS_WORDS:
            return None  # "we", "one", "one of them": no one we can name
        if word == "it":  # "It said": a body that spoke or was named last, never a person
            return it_referent(self.spoke + self.named, at, self.find)
        if word in PLURAL_PRONOUNS:
            return plural_speaker(self.spoke, at, PRONOUN_REACH, self.texts, self.people)
        reach = paragraphs_back(at, PRONOUN_REACH)
        return self._antecedent(mention.gender, at) or sole_unsexed(
            self.named, at, reach, mention.gender, self._fits, cued
        )

    def _antecedent(self, gender: Gender, at: int) -> Person | None:
        """The person "he" or "she" at `at` refers to: the most recent speaker or sentence
        subject of the right sex, a subject "he" standing for whom it referred to."""
        self._settle(at)
        reach = paragraphs_back(at, PRONOUN_REACH)
        carried = [
            (seen, person)
            for seen, sex in self.referring
            if sex == gender and (person := self._referents.get(seen)) is not None
        ]
        spoke = [pair for pair in self.spoke if pair[0] not in self._embedded]
        if described := unnamed_speaker(spoke, self.subjects, self.texts, self.people, at, gender):
            return described  # "A resident said ... “...,” she said": no one named before
        # Only pairs from `reach` up to `at` are read: the cast holds the whole article's.
        near = [pair for pair in spoke + self.subjects + carried if reach <= pair[0] < at]
        fitting = []
        for seen, person in reversed(sorted(near, key=lambda pair: pair[0])):
            # A description says no sex but its noun's: "a young man" is no "she", and "the
            # host", "a caller" (as often an object, or no person) no more "he" than "she".
            vague = person.described and person.sex != gender
            if self._fits(person, gender) and not vague:
                fitting.append((seen, person))
        if fitting:
            spoken = {id(p) for seen, p in self.spoke if seen < at}
            credible = (
                pair
                for pair in fitting
                if pair[1].sex == gender
                or id(pair[1]) in spoken
                or pair[1].roles
                or _full_name(pair[1].name)
            )
            seen, chosen = sexed_rival(next(credible, fitting[0]), gender, self, at)
            if seen >= (start := paragraphs_back(at, 0)):
                return chosen
            text = self.texts.get(at // PARAGRAPH_STRIDE, "")
            span = (start, at)  # a subject of this paragraph may be meant over the salient
            return (
                agreeing_subject(self.named, text, span, gender, bool(chosen.sex))
                or sole_paragraph_person(self.named, text, span, gender, self._fits, chosen)
                or apposed_subject(text, span, gender, self.named, self.person)
                or chosen
            )
        return latest_of_sex(self.named, self.texts, at, reach, gender)

    def _settle(self, at: int) -> None:
        """Resolve, in reading order, the subject pronouns before `at` not resolved yet."""
        for seen, gender in self.referring:
            if seen >= at:
                break
            if seen not in self._referents:
                self._referents[seen] = self._antecedent(gender, seen)

    def _fits(self, person: Person, gender: Gender) -> bool:
        sex = person.sex
        fits = person.kind == _PERSON and not (gender and sex and gender != sex)
        return fits and (person.described or name_like(person.name)) and not self._place(person)

    def _anyone(self, person: Person) -> bool:
        return self._fits(person, _UNSAID)

    def _place(self, person: Person) -> bool:
        """True for a "person" narration writes as a place ("in Dover Heights"), who has no
        first name, title or role that says otherwise: no "he" or "she"."""
        named = person.given or person.gender or person.roles
        return not named and person.name.casefold() in self.places

    def _description(self, mention: Mention, at: int) -> Person | None:
        words = mention.text.casefold().split()
        definite = words[0] in DEFINITE_DETERMINERS
        whole = " ".join(words[1:]) if words[0] in ARTICLES else " ".join(words)
        role = first_role(whole)  # "the senator and presidential candidate": a senator
        spoke = [pair for pair in self.spoke if pair[0] not in self._embedded]
        if anaphor := described_anaphor(mention.text, spoke, self.subjects, self.texts, at):
            return anaphor  # "said a longtime aide ... “...,” the person added"
        if definite:
            # "the foreign minister": someone named before with that role, else (as
            # reporters write) the person just quoted or just named.
            seen = [p for _, p in self.named[: bisect_left(self.named, at, key=seen_at)]]
            matches = [p for p in seen if any(role_fits(role, r) for r in p.roles)]
            if not matches and head_noun(role) != role:
                # "the narrator in the ad", "the Vermont senator": whoever was named the
                # narrator or "Sen.", unless a role word of the description is not in the role
                # ("the Senate minority leader" is no "Union Leader", a paper).
                head = head_noun(role)
                matches = [p for p in seen if any(head_fits(role, head, r) for r in p.roles)]
            chosen = (
                (
                    role_holder(self.spoke, self.subjects, matches, at, self.raw_texts)
                    or latest_named(self.named, matches, at)
                )
                if matches
                else None
                if many_people(words[-1])  # "his fans", "the crowd": a group
                # "her husband", "his spokesman": someone else than whoever just spoke
                else None
                if words[0] in _POSSESSIVES
                else None
                if singular(words[-1].casefold()) in BODY_NOUNS  # "the airline": never a person
                else self._recent(role, at, NOUN_GENDER.get(words[-1], _UNSAID))
            )
            if matches and chosen is not None:
                # "Vane defends it in an ad: “...,” the senator says": Vane, not Sen. Kerr.
                paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
                own = self._sentence_subject(paragraph, offset)
                text = self.texts.get(paragraph, "")
                chosen = own_subject(own, chosen, self.named, at, text) or chosen
            unsure = matches or many_people(words[-1]) or words[0] in _POSSESSIVES
            if chosen is None and not unsure:
                # "the investor" after "billionaire investor Tom Vane" alone: a role word
                # the lexicon does not know, read in the article's own words.
                chosen = introduced_holder(whole, self.texts, at, self.find) or sole_person(
                    mention.text,
                    at,
                    self.spoke,
                    self.subjects,
                    self.named,
                    self._anyone,
                    self.texts,
                    self.raw_texts,
                )  # "the businessman" after "Ada Kerr said": whom the passage is about
            if chosen is None and not unsure:
                # "the judge" before "Judge Rowe" is named: the article's one judge.
                actors = [p for _, p in self.subjects + self.spoke]
                chosen = later_holder(role, self.people.values(), actors, self.texts)
            if chosen is not None and second_holder(whole, seen, chosen):
                return None  # "the senator and governor" after both were named: two people
            if chosen is not None and not self._unnamed_since(chosen, role, at):
                chosen.call(mention.text)
                return chosen
        return self.people.setdefault(mention.text.casefold(), Person(mention.text))

    def _unnamed_since(self, chosen: Person, role: str, at: int) -> bool:
        """True when "a <role>" was written after `chosen` was last named: the unnamed one."""
        since = max((seen for seen, p in self.named if p is chosen and seen < at), default=at)
        return unnamed_since(self.texts, since, at, head_noun(role))

    def _recent(self, role: str, at: int, sex: Gender) -> Person | None:
        """Who just spoke ("X noted ... the diplomat stressed"), else who was just named unless
        their roles say otherwise (the nominee who met "the Mexican president" is not he), and
        never someone of the other sex than the description's noun ("the man")."""
        reach = paragraphs_back(at, DESCRIPTION_REACH)
        head = head_noun(role)
        spoken = [seen for seen, _ in self.spoke if seen < at]
        if spoken and same_sentence(self.texts, spoken[-1], at):
            return None  # "Renn said as the heckler yelled": someone else than Renn
        # A sentence's subject before any name: "Kerr got in, bashing Renn. “...,” the former
        # mayor said" is Kerr, not the object named last.
        for events, checked in ((self.spoke, False), (self.subjects, True), (self.named, True)):
            for seen, person in reversed(events):
                if seen < reach:
                    break
                if seen >= at or person.kind != _PERSON or " " not in person.name:
                    continue
                if person.described and person.name.casefold().split()[1:] == role.split():
                    continue  # "The judge tapped his pen": the same noun, no one found yet
                if inside_credited(self.texts, seen, at):
                    continue  # "… as Storm Ilsa hit, the grid operator said": not Storm Ilsa
                if self._place(person):
                    continue  # "here in New Mexico": no governor
                if sex and person.sex and person.sex != sex:
                    continue
                fits = roles_allow(head, person.roles)  # an age or a nation is no role
                if fits or not checked:
                    return person
                break
        return None

    def spoke_at(self, person: Person, at: int) -> None:
        """Remember that this person spoke at `at`, for the pronouns that follow."""
        self.spoke.append((at, person))
        if embedded_speaker(self.texts, self.subjects, self.referring, person, at):
            self._embedded.add(at)

    def speakers(self, who: set[str]) -> tuple[Speaker, ...]:
        """The Speaker records of the people named in `who`, in order of appearance."""
        return tuple(
            Speaker(p.name, p.kind, tuple(p.names)) for p in self.people.values() if p.name in who
        )
