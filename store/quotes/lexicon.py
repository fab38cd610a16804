"""The newsroom's words: every word list quote extraction reads with, in one place.

Each list is named for what it is used to decide. Where two lists look alike but differ, both
are kept and the comment says why: the extraction figures on PolNeAR were tuned on each as it
is, and one merged list would move them. Regexes are built from these lists where they are
used; a tuple keeps the order a regex alternation was written in. Common first names by sex,
a table rather than a rule, stand in first_names.py beside this; the words reported speech
reads a statement's speaker and clause by, in statement_words.py; the clue words that weigh a
quote's confidence, in clue_words.py.
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


# --- speech verbs -------------------------------------------------------------------------

# Verbs reporters use to attribute words, as bare infinitives; irregular forms are listed below.
SPEECH_VERB_BASES = word_set(
    """
    add admit acknowledge allege announce answer argue ask assert assure blast boast caution
    charge chant claim comment complain concede conclude confirm contend continue counter
    cry declare decry demand deny describe emphasise emphasize exclaim explain insist
    joke lament maintain mock muse note observe plead pledge point post predict proclaim
    promise quip recall recount reiterate remark remind reply report respond retort scoff
    scream shout snap state stress suggest tweet underline urge vow warn wonder yell
    testify concur interject recollect reason press
    echo interrupt gush sigh laugh beam marvel opine reflect repeat tout hail rail chime
    grumble snarl whisper cheer bellow sneer gripe jab slam rebut call dub label
    advise email text message retaliate exhort
    """
)
IRREGULAR_SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
    "read": ("reads",),
    "go on": ("went on", "goes on", "going on"),
    "remember": ("remembered", "remembers", "recalled"),
    "speak": ("spoke", "speaks", "speaking"),
    "shoot back": ("shot back", "shoots back"),
    "fire back": ("fired back", "fires back"),
    "put it": ("puts it",),  # "as Vulture put it, ..."
}
# Verbs that double their last consonant: "admitted", "quipped".
DOUBLING_VERBS = word_set("admit quip snap jab slam rebut commit regret dub")
# Base forms that are far more often nouns ("the post", "a White House press aide").
NOUN_FORMS = word_set(
    """
    post report comment answer state note remark tweet reply claim charge cry counter demand
    promise pledge plead vow joke shout laugh cheer sigh reason mock point press echo beam
    rail chime repeat reflect hail tout quip snap pointing call calls label labels
    email emails text texts message messages
    """
)
# Past forms kept although their base is a noun ("pointed"), or whose base is no cue ("fumed").
EXTRA_SPEECH_FORMS = ("pointed", "pressed", "fumed")
# The particles that make a verb speak: "went on", "shot back", "put it".
SPEECH_PARTICLES = ("on", "back", "it")


def _inflections(verb: str) -> tuple[str, ...]:
    """Base, past, third person and -ing forms of a regular verb."""
    if verb in DOUBLING_VERBS:
        return (verb, verb + verb[-1] + "ed", verb + "s", verb + verb[-1] + "ing")
    consonant_y = verb.endswith("y") and verb[-2] not in "aeiou"
    if verb.endswith("e"):
        past, third, gerund = verb + "d", verb + "s", verb[:-1] + "ing"
    elif consonant_y:
        past, third, gerund = verb[:-1] + "ied", verb[:-1] + "ies", verb + "ing"
    else:
        past, gerund = verb + "ed", verb + "ing"
        third = verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s"
    return (verb, past, third, gerund)


def _speech_forms() -> frozenset[str]:
    """Every form of every cue verb, less the base forms that are mostly nouns."""
    forms = {form for verb in SPEECH_VERB_BASES for form in _inflections(verb)}
    for verb, irregular in IRREGULAR_SPEECH_VERBS.items():
        forms.update((verb, *irregular))
    # Their third person stays although it is also a plural ("his earlier comments"): on
    # PolNeAR dropping it lost more cues ("calls it", "notes that") than it saved.
    forms -= NOUN_FORMS
    forms.update(EXTRA_SPEECH_FORMS)
    return frozenset(forms)


# Every form of a cue verb, particle verbs as "went on".
SPEECH_VERB_FORMS = _speech_forms()

# Verbs that take a reported clause ("X stressed that ...") as well as a direct quote.
# "believes" and "thinks" are no cue verbs: they stay for events a cue did not find.
CLAUSE_VERBS = word_set(
    """
    said says told tells added adds stressed stresses noted notes reminded reminds claimed
    claims argued argues insisted insists warned warns explained explains stated states
    announced announces acknowledged admitted suggested suggests emphasized emphasised
    asserted maintained predicted recalled confirmed conceded contended wrote writes
    pointed reiterated underlined denied promised vowed pledged alleged complained
    believes believed thinks thought
    """
)
# Clause verbs that report without "that" ("Lavrov said Moscow expects ..."); the rest need
# it, or their object would pass for a statement ("acknowledged her backing").
BARE_CLAUSE_VERBS = word_set(
    """
    said says say added adds argued argues claimed claims insisted insists warned warns
    stressed stresses noted notes predicted predicts believes believed thinks thought
    suggested suggests wrote writes explained explains
    """
)
# Verbs that may open a sentence before their speaker: "Said Dorothy Poynter, who ...".
OPENING_VERBS = word_set("said says added adds wrote writes stated declared replied")
# A headline's verb between a name and its claim: "Lavrov says Moscow expects ...". Headlines
# use the present and verbs narration cues never find ("hints", "signals").
HEADLINE_VERBS = (
    "says", "said", "warns", "insists", "claims", "argues", "admits", "vows", "denies",
    "believes", "thinks", "predicts", "promises", "stresses", "suggests", "hints", "signals",
    "concedes",
)
# The verbs a reader asks with: "who said ...", "who tweeted ...", "who uttered ...". Questions
# use fewer and other verbs than narration ("mentioned", "uttered"); with every cue form a
# question like "who asked for a recount" would read as "who said".
QUESTION_VERBS = (
    "said", "says", "say", "told", "tells", "tell", "stated", "states", "claimed", "claims",
    "declared", "announced", "wrote", "remarked", "added", "noted", "argued", "insisted",
    "warned", "asserted", "suggested", "mentioned", "tweeted", "promised", "admitted",
    "explained", "commented", "replied", "responded", "observed", "uttered",
)

# --- people: roles, titles, honorifics, names ---------------------------------------------

# Words of a title or job, lower-cased; a name starts after the last of them.
ROLE_WORDS = word_set(
    """
    president vice minister secretary spokesman spokeswoman spokesperson senator sen. rep.
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
    soldier protester resident witness survivor student teacher doctor nurse physician
    critic leader employee worker farmer pilot economist historian biographer spokesmen
    """
)
# Words that make a role another person's, as the words() tokens of a name: the deputy
# foreign minister is not the foreign minister, nor the former president the president.
# A role asked for matches a speaker's name only if both hold the same of these. "first"
# too: the first deputy is not the deputy, the First Minister not any minister.
ROLE_CHANGERS = word_set("deputy vice former ex acting interim assistant under elect first")
# Honorifics that say a person's sex ("Mrs. Lind").
HONORIFIC_GENDER = {
    "mr.": Gender.MALE, "mr": Gender.MALE, "mrs.": Gender.FEMALE, "mrs": Gender.FEMALE,
    "ms.": Gender.FEMALE, "ms": Gender.FEMALE, "miss": Gender.FEMALE,
}
# Titles written abbreviated, without their full stop, as they open a name ("Sen. Warren").
# The cast's regex of capitalised runs allows exactly these before a name's next word.
ABBREVIATED_TITLES = (
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "prof",
    "rev", "del", "sgt", "capt", "maj", "adm",
)
# Words whose full stop abbreviates inside a mention ("Sen.", "Sens.", "Lt.Gov."): the titles
# above, their plurals and a few more.
ABBREVIATIONS = frozenset(f"{title}." for title in ABBREVIATED_TITLES) | word_set(
    "sens. reps. govs. gens. atty. supt. insp. cmdr. amb. pres. sec. lt.gov. ft. mt."
)
# Abbreviated titles and the words a description uses for them ("the senator" for "Sen.").
TITLE_WORDS = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "pres.": "president", "sec.": "secretary", "dr.": "doctor", "prof.": "professor",
    "congressman": "representative", "congresswoman": "representative",
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
# Words after a role that link it to a body: "a spokesman for the ministry".
JOB_LINKS = word_set("for of at from")

# --- bodies -------------------------------------------------------------------------------

# Words for bodies and documents: a mention with one of them speaks for an organisation.
ORGANISATION_WORDS = word_set(
    """
    department ministry kremlin committee commission party campaign council agency office
    bureau court association institute university college foundation center centre times post
    news journal network corp corp. inc inc. company co. group service police army navy force
    forces administration government parliament congress senate union organization unit
    organisation federation bank fund reserve board club church media channel magazine review
    alliance coalition society guild caucus authority publication outlet tabloid
    tribune herald gazette guardian telegraph reuters tass interfax ap afp cnn nbc abc cbs fox
    msnbc bbc fbi cia nsa nato un eu dnc rnc pentagon house embassy cabinet staff team coastguard
    report statement study poll survey letter email e-mail memo release website site document
    filing lawsuit complaint ruling order decision ad advert advertisement video tweet post
    agreement act partnership treaty plan bill law accord convention conference summit
    blog article editorial book paper analysis data figures spokesperson's ministry's
    newspaper outlet station show program programme broadcast transcript site account page
    organizers officials police authorities prosecutors investigators researchers experts
    critics analysts observers sources residents witnesses voters supporters opponents
    """
)

# --- pronouns and determiners -------------------------------------------------------------

# Pronouns that can speak, with the sex they say.
PRONOUNS = {
    "he": Gender.MALE, "she": Gender.FEMALE, "they": Gender.UNSAID, "it": Gender.UNSAID,
    "we": Gender.UNSAID, "i": Gender.UNSAID, "you": Gender.UNSAID,
    # Object forms speak after "according to": "According to him, ...".
    "him": Gender.MALE, "her": Gender.FEMALE, "them": Gender.UNSAID,
}
# Pronouns the article's cast cannot resolve: the writer, the reader, a group of them.
UNRESOLVED_PRONOUNS = word_set("i you we")
# Plural pronouns: "they said" means the last one who spoke, whoever it was.
PLURAL_PRONOUNS = word_set("they them")
RELATIVE_PRONOUNS = word_set("who which that whom")
ARTICLES = word_set("the a an")
# Indefinite determiners: "a source involved in the talks" names no one known.
INDEFINITE_DETERMINERS = word_set("a an one another")
# Determiners that open a description of a speaker ("the minister", "his aide").
DETERMINERS = word_set("the a an one another his her their its")
# Definite ones: "the foreign minister" means someone named before with that role.
DEFINITE_DETERMINERS = DETERMINERS - INDEFINITE_DETERMINERS
# Determiners and quantifiers a mention's description may open with: "our correspondent",
# "some officials", "two aides". Wider than DETERMINERS, which the speech patterns read.
DESCRIPTION_OPENERS = DETERMINERS | word_set("our some two three several many most this")

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
# Words after a cue-verb form that make it a noun: "his remarks", "Vance's claims".
NOUN_MARKERS = (
    "the", "a", "an", "his", "her", "their", "its", "these", "those", "such", "many", "our",
    "my", "your", "to",
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
    mr mrs ms dr sen rep gov gen lt col maj capt sgt st jr sr prof rev u.s u.n u.k d.c
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ft mt
    """
)

# --- terms: quoted names nobody says -------------------------------------------------------

# Nouns for works, shows and publications: a capitalised quote beside one names it ("the
# streaming thriller “Fjordland”", "the “Late Call” sketch"), it quotes nobody.
WORK_WORDS = word_set(
    """
    show program programme film movie book ad spot song album series thriller drama sitcom
    sketch play documentary podcast segment column novel memoir episode newsletter blog
    miniseries musical opera comedy cartoon hashtag app game
    """
)
# Participles that name a work after its noun ("a play called", "a spot titled"), where other
# speech verbs mean someone speaks of it.
NAMING_PARTICIPLES = word_set("called named titled entitled dubbed nicknamed")

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

# --- layouts (store/quotes/layouts.py, colon_event): transcripts, interviews, excerpt lists ---
# Words before a name ending in a colon that make it no speaker: the medium, language, topic
# or addressee ("later on Television:", "in Latin:", "On Taxes:", "told the paper, to the
# Gazette:"). "From" and "by" stay out: "a statement from X:" is X's.
COLON_OBJECT_PREPOSITIONS = word_set("on in at to for with into onto via about regarding")

# --- reported speech (reported.py) --------------------------------------------------------

# Finite verbs that show a clause has begun after a speech verb with no "that": "Berg said
# Oslo would ...", "said officials had ...". Auxiliaries and modals only: a bare "-s" or "-ed"
# word after a name is as often a noun or a participle.
REPORTED_FINITE_VERBS = word_set(
    """
    would will could can may might must should shall is was are were has had have does did
    do isn't wasn't aren't weren't hasn't hadn't haven't doesn't didn't don't won't wouldn't
    can't couldn't shouldn't
    """
)
# Words that open the writer's own clause inside a reported sentence: "Berg said the quota
# was fair, even though three audits found nothing" is not all Berg's.
WRITER_CLAUSE_OPENERS = (
    "even though", "although", "though", "even as", "even if", "whereas", "while", "despite",
    "in spite of", "according to",
)
# The writer's appositive on a whole statement, after a comma: "..., an admission that ...".
WRITER_APPOSITIVES = (
    "a claim", "a charge", "a statement", "an assertion", "an acknowledgment",
    "an acknowledgement", "an admission", "a remark", "a reference", "a comment", "a sign",
    "a move", "a position", "a view", "a line", "a reversal",
)
# The subjects that make "but" open a new clause ("..., but the ministry has ..."), rather
# than join two halves of the speaker's statement ("costly but necessary").
NEW_CLAUSE_SUBJECTS = word_set(
    "he she they it we i there the a an this these those his her their its no some many"
)
# Words left dangling where a statement is cut: "the talks failed and [Holm said ...]".
DANGLING_JOINERS = word_set("and but or while as so because")
# Cues that report a clause here beside CLAUSE_VERBS: participles after the speaker's own
# clause ("..., saying the quota was unfair") take it bare, like "said".
REPORTED_BARE_PARTICIPLES = word_set(
    "saying adding arguing claiming insisting warning noting stressing suggesting predicting"
    " explaining"
)
# Cue verbs that report a clause only with "that": "Holm tweeted that ...", "replied that".
REPORTED_THAT_VERBS = word_set(
    """
    tweeted tweets declared declares replied replies responded responds observed observes
    cautioned cautions charged charges countered counters boasted boasts joked jokes lamented
    laments testified testifies assured assures
    """
)
# Words that may open a sentence before a reporting speaker: "But Holm says ...".
REPORTED_LEAD_WORDS = word_set("but and yet so still also now then instead meanwhile however")

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

# --- terms without a cue (terms.py), layouts without marks (layouts.py) -------------------
# A speaker's "I" or "you" makes short words in marks speech ("“We’re alive”"); without them
# and a cue, a phrase after a determiner or possessive qualifying a noun is a term ("the
# GOP’s “establishment” candidate"), unless the noun names words said ("his “no” comment").
FIRST_PERSON_WORDS = word_set("i i'm i’m me my we we're we’re us our you your you're you’re")
TERM_DETERMINERS = word_set("the a an this that these those its their his her our your")
SINGULAR_DETERMINERS = word_set("a an this that")  # "a “revolution” draws": -s is a verb
TERM_OPENERS = word_set("so-called self-described self-styled")  # "the so-called “rebels”"
SPEECH_NOUNS = word_set("comment comments remark remarks line lines quote quip phrase slogan")
WORK_PEOPLE = word_set("star stars actor actress creator host author director")  # “X” star
# Capitals before a colon that head a paragraph and name no speaker ("UPDATE: ...").
HEADING_LABELS = word_set(
    "update updated breaking watch read listen related correction clarification note editor's"
    " editor’s exclusive warning advertisement video photos photo live analysis opinion"
)
