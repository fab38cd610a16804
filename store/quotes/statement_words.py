"""Words reported speech reads with: where its clause begins and stops, who may report it.

A part of the extraction's lexicon (lexicon.py), kept apart as one concept: reported.py,
reported_cuts.py and plain_speakers.py read these.
"""

from __future__ import annotations

from store.quotes.lexicon import FINITE_AUXILIARIES, RELATIVE_WORDS, word_set

# --- where a reported clause begins and stops (reported.py, reported_cuts.py) --------------

# Finite verbs that show a clause has begun after a speech verb with no "that": "Berg said
# Oslo would ...", "said officials had ...": the lexicon's auxiliaries, and their negatives.
REPORTED_FINITE_VERBS = FINITE_AUXILIARIES | word_set(
    """
    isn't wasn't aren't weren't hasn't hadn't haven't doesn't didn't don't won't wouldn't
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
    laments testified testifies assured assures signalled signaled vented
    """
)
# Words that may open a sentence before a reporting speaker: "But Holm says ...".
REPORTED_LEAD_WORDS = word_set("but and yet so still also now then instead meanwhile however")

# --- who may report a statement (plain_speakers.py) --------------------------------------

# What a statement may be "according to" or "said" by without anyone speaking: a document, a
# count or a page holds words, but only the person or body behind it states them ("according
# to the data", "the report said", "according to its website"). Plurals are read singular.
REPORTED_DOCUMENT_HEADS = word_set(
    """
    report study poll survey letter email e-mail memo memoir release website site document
    filing lawsuit complaint ruling order decision data figure analysis record readout book
    post tweet video ad article editorial page account transcript result count estimate
    statement message note blog review tally projection census map chart table
    agreement act partnership treaty plan bill law accord convention conference summit
    """
)
# Written findings a body publishes, which "found" what they quote (document_findings.py):
# "the inquiry found a “...”". Plurals are read singular.
FINDING_DOCUMENTS = word_set(
    "report review inquiry investigation inspection audit study survey analysis assessment "
    "evaluation inquest"
)
# Single capitalised words that open a sentence and are read as a name there, but that
# name nobody: "Back in May, he said ...", "Reached by phone, ...".
REPORTED_NON_NAME_ENDINGS = ("ing", "ly", "ed")
REPORTED_NON_NAMES = word_set("back elsewhere afterwards afterward overall together later")
# Endings that make a lower-case noun one for people: "the technologists", "a historian",
# "the retirees", "the signatories" (words for things rarely end so).
REPORTED_PERSON_ENDINGS = ("ist", "ian", "ee", "eon", "ary", "ory")
# "the two said", "the three wrote": a number after "the" stands for people named before.
REPORTED_COUNT_WORDS = word_set("two three four five six seven eight nine ten both")
# Nouns for people that neither ROLE_WORDS nor ORGANISATION_WORDS hold, which a lower-case
# description may name a speaker by: "some families said", "one insider said".
REPORTED_PERSON_NOUNS = word_set(
    """
    family ally insider source person people man woman men women resident neighbour neighbor
    parent relative victim customer client patient participant attendee member delegate
    organiser organizer volunteer donor backer fan follower user viewer reader listener
    player coach athlete official spokesperson representative worker employee owner guest
    """
)
# Determiners and pronouns that open a reported clause at once after a bare speech verb:
# "said the talks ...", "said any delay would ...", "said his critics were ...".
REPORTED_CLAUSE_OPENERS = word_set(
    """
    the a an he she they it we i you there this that's these those his her their its our my
    your any every each some no all most many several both few neither either
    """
)
# Words ending the writer's words before a reporting speaker that leave the speaker the subject
# of a clause of its own: "... weeks after Holm told reporters he ...", "... when Berg said".
REPORTED_CLAUSE_SUBORDINATORS = word_set(
    "after when since because as before until although though while once whereas"
)
# The verbs of saying itself, which take a bare clause however it opens ("said the talks
# ..."). Other bare clause verbs often take an object instead ("wrote a check", "noted the
# irony", "stressing the need"), so their clause must show a finite verb first.
REPORTED_SAY_FORMS = word_set("said says say saying")
# Relative words that open a clause of their own inside the reporting words ("told a crowd
# that ...", "officials who ..."); all but "whom", as they were tuned.
REPORTED_RELATIVES = RELATIVE_WORDS - {"whom"}
# The verb of telling, whose object is the one addressed: "told reporters (that) the fleet ...".
REPORTED_TELL_FORMS = word_set("tell told tells telling")
# Words that may stand between a verb and its "that" without being its object: "said on
# Friday that", "noted in a statement that", "insisted repeatedly that". Beside these, an
# addressee may ("warned reporters that", "assured Holm that"); any other noun's "that" is
# a relative pronoun or the noun's own content ("announced plans that ...", "denied the
# report that ...").
REPORTED_THAT_GAP_OPENERS = word_set(
    """
    on in at during to after before late early last this earlier yesterday today tonight
    again also later repeatedly publicly privately firmly flatly once recently previously
    often still then now instead separately simply bluntly angrily only even further
    however though too him her them us me you without following amid throughout ahead outside
    inside
    """
)
# Words after "..., Berg said," that carry on her own sentence, so that the words before the
# cue are her statement: "The talks failed, Berg said, but a deal is close."
REPORTED_CONTINUING_JOINERS = word_set("but and though although")
# Irregular past forms that show a statement has its verb where no "-ed" does ("Kelly met
# with Holm", "the talks took place"): reported.py keeps a statement only when it shows one.
REPORTED_IRREGULAR_PASTS = word_set(
    """
    took met hurt gave made came went got knew thought found felt left began saw won lost ran
    put set kept led held brought became spent paid sent built meant grew fell rose broke
    stood understood sold bought caught fought sought taught wrote spoke chose drove threw
    drew flew shook struck fled withdrew forgot
    sank shrank sprang swam rang sang drank stung swung clung flung dug spun shot fed bled sped
    slept swept wept crept dealt knelt leapt froze woke rode swore tore wore overtook undertook
    forgave arose awoke slid hid bit forbade oversaw withheld upheld heard sat
    """
)# Past forms that are never a participle: with "by" after them still a clause's verb ("said
# prices rose by", not "said prayers offered by"): bare_subjects.py and plural_subjects.py.
REPORTED_PAST_ONLY = word_set("took gave came went knew began saw ran became broke rose fell grew")

# Nouns of an anonymous description, which never stands for a person the article names:
# "the source said", "a source close to the talks said" (plain_speakers.py).
REPORTED_ANONYMOUS_NOUNS = word_set("source sources insider insiders")
# Present forms of the verbs that report a clause with "that" ("Holm concedes that ...",
# "Berg predicts that ..."): CLAUSE_VERBS holds most of them only in the past.
REPORTED_PRESENT_THAT_VERBS = word_set(
    """
    concedes acknowledges contends maintains admits predicts recalls confirms reiterates
    complains promises vows asserts alleges emphasizes emphasises underlines pledges
    announces
    """
)
# Verbs whose clause is what the speaker says is NOT so: "Holm denied that the quota was
# unfair" reported as Holm's statement would say the opposite of what he said.
REPORTED_DENIAL_VERBS = word_set("denied denies deny denying disputed disputes rejected rejects")
# Verbs that take an object as often as a bare clause ("announced plans", "confirmed the
# death of ..."): their clause reports without "that" only when its finite verb comes at once
# after a short subject ("announced the fleet would return", "admitted he was wrong").
REPORTED_OBJECT_OR_CLAUSE_VERBS = word_set(
    """
    announced announces confirmed confirms acknowledged acknowledges admitted admits
    conceded concedes
    """
)
# Participles that report a clause only with "that", beside REPORTED_BARE_PARTICIPLES (which
# take a bare one): "..., asserting that the quota was unfair", "declaring that ...".
# Without "that" they take an object ("declaring it a victory", "recalling her years").
REPORTED_THAT_PARTICIPLES = word_set(
    """
    asserting declaring contending maintaining acknowledging conceding admitting recalling
    complaining promising pledging vowing reasoning alleging emphasizing emphasising boasting
    lamenting charging countering cautioning observing replying announcing confirming
    reiterating responding
    """
)
# Every participle that goes on reporting after a cue, with "that" or without: each ends the
# statement before it ("Kerr said X, asserting that Y" is two statements, not X-asserting-Y).
REPORTING_PARTICIPLES = REPORTED_BARE_PARTICIPLES | REPORTED_THAT_PARTICIPLES
# Verbs that report a bare clause too ("Berg stated the nets were torn", "Holm tweeted the
# quota was a disgrace"), beside the lexicon's BARE_CLAUSE_VERBS, but take an object far more
# often ("maintains a wide lead", "tweeted a photo", "declared the need for ..."): read like
# REPORTED_OBJECT_OR_CLAUSE_VERBS, their clause must open at once with a short subject and
# its finite verb.
REPORTED_MORE_BARE_VERBS = word_set(
    """
    stated states asserted asserts contended contends maintained maintains
    tweeted tweets declared declares replied replies responded responds boasted boasts
    joked jokes lamented laments countered counters
    """
)
