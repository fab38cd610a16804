"""The newsroom's words: the word lists quote extraction reads people, bodies and sentences by.

Each list is named for what it is used to decide. Where two lists look alike but differ, both
are kept and the comment says why: the extraction figures on PolNeAR were tuned on each as it
is, and one merged list would move them. Regexes are built from these lists where they are
used; a tuple keeps the order a regex alternation was written in. Lists of one concept stand
in modules of their own beside this: the speech verbs and their forms in speech_verbs.py; the
words reported speech reads a statement's clause and speaker by in statement_words.py; the
words that make quoted words a term in term_words.py; common first names by sex, a table
rather than a rule, in first_names.py; the clue words that weigh a quote's confidence in
clue_words.py.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    """The sex a word says of a person; UNSAID (empty, so false) when it says none."""

    MALE = "m"
    FEMALE = "f"
    UNSAID = ""


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as text."""
    return frozenset(text.split())


# --- people: roles, titles, honorifics, names ---------------------------------------------

# Words of a title or job, lower-cased; a name starts after the last of them.
ROLE_WORDS = word_set(
    """
    president pres. vice minister secretary spokesman spokeswoman spokesperson senator sen. rep.
    sens. reps. govs. gens.
    representative congressman congresswoman gov. governor mayor chairman chairwoman chair
    director chief head leader candidate nominee official adviser advisor aide manager
    strategist ambassador envoy general gen. lt. col. maj. capt. sgt. attorney judge justice
    commissioner prosecutor analyst professor prof. dr. economist expert founder ceo executive
    deputy assistant former foreign prime press campaign state defense defence interior
    lawmaker speaker majority minority whip republican republicans democrat democrats
    democratic gop member pastor reverend rev. pope king queen prince sheikh chancellor premier
    host anchor correspondent reporter columnist editor author writer activist lawyer counsel
    researcher scientist fellow staffer operative pollster consultant organizer supporter voter
    officer sheriff captain mr. mrs. ms. miss sir lady lord dame mr mrs ms dr acting interim
    top senior junior chief-of-staff presidential hopeful contender challenger incumbent u.s.
    federal national general-secretary secretary-general commander admiral minister's
    president-elect first co-founder owner partner treasurer cabinet council party leader's
    mr.trump businessman billionaire rival opponent colleague friend mother father son daughter
    wife husband brother sister ex-wife nephew diplomat negotiator delegate legislator
    politician detective investigator inspector regulator banker trader commentator
    soldier protester resident witness survivor student teacher doctor nurse midwife physician
    critic leader employee worker farmer pilot economist historian biographer spokesmen
    constable
    """
) | word_set(
    # Short capitalised titles of one person ("the MP said", "a local GP"): a person's role,
    # never a body's acronym. Not "DA", which is also the "da" of "Lula da Silva".
    """
    mp mep msp mla mpp gp cfo coo cto qc kc pm
    """
)
# Words that make a role another person's, as the words() tokens of a name: the deputy
# foreign minister is not the foreign minister, nor the former president the president.
# A role asked for matches a speaker's name only if both hold the same of these. "first"
# too: the first deputy is not the deputy, the First Minister not any minister.
ROLE_CHANGERS = word_set("deputy vice former ex acting interim assistant under elect first")
# Honorifics that say a person's sex ("Mrs. Lind").
HONORIFIC_GENDER = {
    "mr.": Gender.MALE,
    "mr": Gender.MALE,
    "mrs.": Gender.FEMALE,
    "mrs": Gender.FEMALE,
    "ms.": Gender.FEMALE,
    "ms": Gender.FEMALE,
    "miss": Gender.FEMALE,
}
# French and German honorifics, with the sex they say ("Mme Duval", "Herr Roth"). Apart from
# HONORIFIC_GENDER: they are no role words of a name's run, and "M." is an initial as often
# as a title, so foreign_titles.py reads them only before a surname; "MM." (messieurs) opens
# a list of men, a title of no one person's sex.
FOREIGN_TITLE_GENDER = {
    "m.": Gender.MALE,
    "mm.": Gender.UNSAID,
    "mme": Gender.FEMALE,
    "mme.": Gender.FEMALE,
    "mlle": Gender.FEMALE,
    "mlle.": Gender.FEMALE,
    "herr": Gender.MALE,
    "frau": Gender.FEMALE,
}
# Titles written abbreviated, without their full stop, as they open a name ("Sen. Warren").
# The cast's regex of capitalised runs allows exactly these before a name's next word.
ABBREVIATED_TITLES = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "st",
    "jr",
    "sr",
    "prof",
    "rev",
    "del",
    "sgt",
    "capt",
    "maj",
    "adm",
    "pres",
)
# Words whose full stop abbreviates inside a mention ("Sen.", "Sens.", "Lt.Gov."): the titles
# above, their plurals and a few more.
ABBREVIATIONS = frozenset(f"{title}." for title in ABBREVIATED_TITLES) | word_set(
    "sens. reps. govs. gens. atty. supt. insp. det. cmdr. amb. pres. sec. lt.gov. ft. mt."
)
# Abbreviated titles and the words a description uses for them ("the senator" for "Sen.").
TITLE_WORDS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "pres.": "president",
    "sec.": "secretary",
    "dr.": "doctor",
    "prof.": "professor",
    "congressman": "representative",
    "congresswoman": "representative",
}
# Lower-case words inside a name: "Charles de Gaulle", "Ludwig van Beethoven".
NAME_PARTICLES = word_set("de van von der bin al la le du da del di ibn st. bint abu el")
# The particles the cast's regex lets inside a run of capitalised words. Fewer than above
# ("der", "du", "ibn", "el" end a run), as the cast has always read them.
RUN_PARTICLES = ("de", "van", "von", "bin", "al", "la", "le", "da", "del", "di")
NAME_SUFFIXES = word_set("jr. jr sr. sr ii iii iv")
# What may stand inside the grammatical subject of a sentence between its capitalised words:
# "Secretary of State", "the Department for Education", "Charles de Gaulle".
SUBJECT_JOINERS = word_set("of the for de van von bin al")
# Family relations: "his mother, Ruth Marrow," brings a relative in (kin_bearers.py), and
# each is a noun for a person (person_words.PEOPLE_NOUNS).
KIN_WORDS = word_set(
    """
    mother father son daughter wife husband brother sister grandmother grandfather grandson
    granddaughter aunt uncle niece nephew cousin widow widower mom dad mum stepmother
    stepfather stepson stepdaughter twin
    """
)
# Words after a role that link it to a body: "a spokesman for the ministry".
JOB_LINKS = word_set("for of at from")

# --- bodies -------------------------------------------------------------------------------

# Words for bodies and documents: a mention with one of them speaks for an organisation.
ORGANISATION_WORDS = word_set(
    """
    department ministry kremlin committee commission party campaign council agency office
    bureau court association institute university college foundation center centre times post
    news journal network corp corp. inc inc. company firm co. group service police army navy force
    forces administration government parliament congress senate union organization unit
    organisation federation bank fund reserve board club church media channel magazine review
    alliance coalition society guild caucus authority publication outlet tabloid
    tribune herald gazette guardian telegraph reuters tass interfax ap afp cnn nbc abc cbs fox
    msnbc bbc fbi cia nsa nato un eu dnc rnc pentagon house embassy cabinet staff team coastguard
    report statement study poll survey audit letter email e-mail memo release website site
    document filing lawsuit complaint ruling order decision ad advert advertisement video tweet
    post
    agreement act partnership treaty plan bill law accord convention conference summit
    blog article editorial book paper analysis data figures spokesperson's ministry's
    newspaper outlet station show program programme broadcast transcript site account page
    organizers organisers officials police authorities prosecutors investigators researchers
    experts
    critics analysts observers sources residents witnesses voters supporters opponents
    """
)

# --- pronouns and determiners -------------------------------------------------------------

# Pronouns that can speak, with the sex they say.
PRONOUNS = {
    "he": Gender.MALE,
    "she": Gender.FEMALE,
    "they": Gender.UNSAID,
    "it": Gender.UNSAID,
    "we": Gender.UNSAID,
    "i": Gender.UNSAID,
    "you": Gender.UNSAID,
    # Object forms speak after "according to": "According to him, ...".
    "him": Gender.MALE,
    "her": Gender.FEMALE,
    "them": Gender.UNSAID,
}
# The sex a possessive pronoun says of its owner ("his wife", "her campaign").
POSSESSIVE_SEX = {"his": Gender.MALE, "her": Gender.FEMALE}
# Pronouns the article's cast cannot resolve: the writer, the reader, a group of them.
UNRESOLVED_PRONOUNS = word_set("i you we")
# Plural pronouns: "they said" means the last one who spoke, whoever it was.
PLURAL_PRONOUNS = word_set("they them")
# The relative words, one list ("a man who has worked ...", "the board, which said"); each
# reader takes the part its question needs, as the extraction figures were tuned on it.
RELATIVE_WORDS = word_set("who whom whose which that")
# A relative read as a mention of its own ("Lavrov, who said"); "whose" stands before a noun.
RELATIVE_PRONOUNS = RELATIVE_WORDS - {"whose"}
# The relatives that are never a conjunction or a determiner, as "that" is ("said that",
# "that plan"): each surely opens a relative clause.
WH_RELATIVES = RELATIVE_WORDS - {"that"}
ARTICLES = word_set("the a an")
# Indefinite determiners: "a source involved in the talks" names no one known.
INDEFINITE_DETERMINERS = word_set("a an one another")
# Determiners that open a description of a speaker ("the minister", "his aide").
DETERMINERS = word_set("the a an one another his her their its")
# Definite ones: "the foreign minister" means someone named before with that role.
DEFINITE_DETERMINERS = DETERMINERS - INDEFINITE_DETERMINERS
# Determiners and quantifiers a mention's description may open with: "our correspondent",
# "some officials", "two aides". Wider than DETERMINERS, which the speech patterns read.
DESCRIPTION_OPENERS = DETERMINERS | word_set("our some two three several many most this other")

# --- function words -----------------------------------------------------------------------

# Capitalised words that open a sentence or clause but are never part of a name.
FUNCTION_WORDS = word_set(
    """
    the a an and but or so as when while if after before meanwhile however still yet then
    this that these those there here in on at by for from with of to asked according also
    later earlier now today yesterday last next since because although though instead until
    speaking writing says said told added it its his her their he she they we i you our
    what why how where who which one many some both all each every no not even just only unless
    on monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december mostly perhaps indeed again
    first last next other like unlike despite during via whether afterward afterwards once
    had has have can could would should shall must might did does do is was were are whenever
    """
)
# Words that may stand between a speaker and the verb: "Lavrov also said", "he has said".
ADVERBS = word_set(
    """
    also later then further again previously once recently repeatedly simply quickly finally
    earlier often has have had would will since even flatly angrily bluntly publicly privately
    reportedly now is are was were be been being do does did can could may might should must
    only just
    """
)
# "on Tuesday", "last week": a time phrase between a speaker and the verb.
TIME_OPENERS = word_set("on last this next early late")
# Auxiliaries and modals in their finite forms: one of them after a subject shows its clause
# has a verb ("Berg said Oslo would ...", "the notes were lost", "latest from the front is").
# A bare "-s" or "-ed" word is as often a noun or a participle, so only these are sure.
FINITE_AUXILIARIES = word_set(
    "will would can could may might must shall should is are was were has have had does did do"
)
# The forms of "be" a passive participle follows ("was quoted", "has been cited").
BE_FORMS = word_set("is are was were be been being")
# Verbs that take another verb with "to" between a speaker and the cue: "Quill tried to
# argue", "the mayor went on to say". The speaker is still the subject before them.
CATENATIVE_VERBS = word_set(
    """
    try tried tries want wanted wants seek sought seeks begin began begins continue continued
    continues attempt attempted attempts decide decided decides hope hoped hopes refuse
    refused refuses appear appeared appears seem seemed seems go went goes
    """
)
# Third-person naming verbs that are plural nouns elsewhere ("calls for"), read as cues only
# in a relative clause: "a plan which Quill calls 'a disaster'", "what critics label 'waste'".
RELATIVE_NAMING_VERBS = word_set("calls call labels label terms term")
RELATIVE_OPENERS = word_set("which what that")
# What a speaker issues with words in it: "Quill issued a statement saying ...". The one who
# issued it speaks; the document never does.
DOCUMENT_WORDS = word_set("statement release letter note memo email post tweet message video")
TIME_WORDS = word_set("week month year night morning evening afternoon weekend")
# Every noun for a stretch of time: "that day", "the message of the season".
TIME_SPANS = TIME_WORDS | word_set("day season summer winter spring autumn decade")
# Words that place or time a remark after its owner's description: "one shareholder after
# the vote", "a driver at the scene", "one fan last night".
REMARK_PLACINGS = word_set(
    "after at on in during when as before outside following last this yesterday"
)
# Nouns that say no more than that someone is a person, of a sex or none: "a tired woman"
# tells a reader no more than "she" would.
PLAIN_PERSON_NOUNS = word_set("man woman person guy boy girl lady gentleman")
# Words after a cue-verb form that make it a noun: "his remarks", "Vance's claims".
NOUN_MARKERS = (
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "these",
    "those",
    "such",
    "many",
    "our",
    "my",
    "your",
    "to",
)
# Words an -ing participle takes that mark it as qualifying the subject before it:
# "Fans lining the quay chanted".
PARTICIPLE_OBJECTS = word_set(
    "through to at in on a an the with for from into outside near his her their"
)
# Words that end the speaker after an inverted verb: "said Lavrov on Friday".
AFTER_SPEAKER_STOPS = word_set(
    """
    on in at during from to of who after before when as while last this earlier yesterday
    today tonight and but because said says told adding noting in an via with later since for that
    """
)
# Words that may join a description after an inverted verb: "a person close to the Linds".
DESCRIPTION_JOINS = ("of", "to", "for", "at", "with", "from", "in")
# Words that open a sentence's introductory phrase, skipped to reach its subject.
INTRODUCTORY_WORDS = word_set(
    """
    in on at after when while as during speaking asked following despite before since
    although though if because with without responding addressing writing earlier later like
    """
)
# Prepositions before a mention that make it the object of an -ing verb, not its speaker:
# "Lind answered on Facebook writing ...".
# Not "with": "the campaign denied it, with spokesman X saying ..." is X speaking.
OBJECT_PREPOSITIONS = word_set("on in at to for from into onto via")
# Prepositions before a name that mean it is not its sentence's subject ("in South Carolina").
NON_SUBJECT_PREPOSITIONS = word_set(
    "in of from to at on for with by about against than into over under between like "
    "including after before during toward towards across behind near"
)
# "Orme did not name them, but told his supporters": the clause's subject speaks.
CONJUNCTIONS = word_set("and but then or yet so")
# Lower-case words a title of a work keeps ("Meet the Press", "Face the Nation").
TITLE_MINOR_WORDS = word_set("a an the of on in and or for to at by with from as vs")
# Abbreviations whose full stop does not end a sentence: titles, months, "U.S.", "Inc.".
# Not ABBREVIATIONS: "Del.", "Adm." and the plurals are only there, months and "No." only
# here; sentence splitting and mention reading were each tuned on their own list.
SENTENCE_ABBREVIATIONS = word_set(
    """
    mr mrs ms dr sen rep gov gen lt col maj capt sgt det insp supt cmdr st jr sr prof rev
    u.s u.n u.k d.c jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ft mt
    """
)

# --- speakers: words that cannot head one ---------------------------------------------------

# Endings of adjectives: "the caustic [chant]", "a thunderous [chant]" head no speaker.
ADJECTIVE_ENDINGS = ("ous", "ic", "ful", "less", "ive", "able", "ible", "al", "ary")
# Nouns for people and bodies with those endings ("the conservative", "the hospital"); words of
# ROLE_WORDS and ORGANISATION_WORDS ("the official", "the critic") are nouns already.
PERSON_NOUNS_LIKE_ADJECTIVES = word_set(
    """
    principal individual criminal liberal radical professional conservative relative native
    progressive fugitive cleric mechanic medic skeptic sceptic academic cynic mystic
    intellectual rival missionary emissary dignitary adversary functionary secretary
    detective captive hospital military
    """
)
# Adjectives and ordinals without those endings that open a noun phrase ("The first [taste]",
# "one common [saying]", "The Latest: ..."), and prepositions FUNCTION_WORDS lacks.
NON_HEAD_WORDS = word_set(
    """
    first second third fourth fifth last next final latest former other same whole common
    new old big small great greatest best worst such own entire certain various
    federal national presidential foreign interim acting senior junior top prime vice democratic
    without within among against about above below toward towards across around behind
    beyond upon amid
    """
)
# Capitalised words that open a sentence and run into a name after them ("Besides Lind,
# ...", "Thanks, Sarah"), but FUNCTION_WORDS lacks.
NAME_STOPPERS = word_set(
    """
    besides thanks rather see amid toward towards without within among against about above
    below across around behind beyond upon except alongside beside despite unlike
    """
)
# Plurals without an -s, for "one of the [plural] said" ("one of the men").
IRREGULAR_PLURALS = word_set("men women people children police staff personnel clergy folk")

# --- layouts (layouts.py, colon_event): transcripts, interviews, excerpt lists, headings -
# Words before a name ending in a colon that make it no speaker: the medium, language, topic
# or addressee ("later on Television:", "in Latin:", "On Taxes:", "told the paper, to the
# Gazette:"). "From" and "by" stay out: "a statement from X:" is X's.
COLON_OBJECT_PREPOSITIONS = word_set("on in at to for with into onto via about regarding")
# Capitals before a colon that head a paragraph and name no speaker ("UPDATE: ...").
HEADING_LABELS = word_set(
    "update updated breaking watch read listen related correction clarification note editor's"
    " editor’s exclusive warning advertisement video photos photo live analysis opinion"
)

# --- the cast: relative pronouns, lists of speakers, parts played -------------------------

# Relative pronouns that stand for a person ("Ms. Hale, who said"); "which" and "that" stand
# for a thing or a body, never a person.
PERSONAL_RELATIVES = word_set("who whom")
# What a speaker issues, writes or holds up, whose words are the speaker's and never the
# document's own: "X released an ad saying", "X hoisted a sign that read".
ISSUED_WORDS = DOCUMENT_WORDS | word_set(
    "ad ads advert advertisement spot commercial website site report op-ed column flier mailer "
    "press release statements letters videos sign signs banner placard poster caption shirt"
)
# Words that join the names of several speakers: "Kerr and Dorn said" is both of them.
LIST_JOINS = word_set("and &")
# Words between a person's name and where they come from: "Gov. Ada Kerr of Ohio".
PLACE_LINKS = word_set("of from")
# The particle of a verb that puts out a document: "sent out a release saying".
ISSUING_PARTICLES = word_set("out up off")
# The parts people play in a work or a broadcast: "said the narrator in the ad" is whoever
# narrates, never the ad.
PART_WORDS = word_set("narrator announcer presenter host moderator interviewer voice actor actress")
PART_LINKS = word_set("in on of for at from")
# Words right after an inverted verb that open its object or circumstance, never its
# speaker: "said of the senator", "said in a statement", "told to reporters".
INVERTED_OBJECT_WORDS = word_set("of in on at about to for with from during after before that")
# Credits after a quote: "“...,” was how Ada Kerr, the chief executive, summed up the deal".
CREDIT_VERB_FORMS = frozenset(("sum up", "summed up", "sums up", "summing up"))
CREDIT_PARTICLES = ("up",)
# Who asks an interview's questions ("Ledger writer Mira Holt", "our correspondent"): a
# person described so beside "spoke with" is the interviewer, not the one who answers.
PRESS_WORDS = word_set(
    """
    reporter reporters writer writers journalist journalists correspondent correspondents
    editor editors columnist columnists host anchor interviewer presenter contributor producer
    """
)
