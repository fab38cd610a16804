"""Whom an inverted cue names in the appositive after its role: "said the conductor, X".

"said the agency's head, Neil B. Marsh,": the description is the role, the name after
its comma the speaker; a job no word list knows ("the conductor") still describes the name
when "the" or a possessive opens a few plain lower-case words.
"""

from __future__ import annotations

from dataclasses import replace

from store.quotes.job_phrases import unlisted_job
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.partitive_names import is_partitive
from store.quotes.speech import Subject


def named_in_appositive(subject: Subject | None) -> Mention | None:
    """ "said the agency's head, Neil B. Marsh,": the name, the description its role."""
    if subject is None or not subject.appositive:
        return None
    described = read_mention(subject.chunk)
    partitive = is_partitive(subject.chunk)  # "said one of them, Jo Park": Park
    job = unlisted_job(subject.chunk)
    if described is None and not job:
        return None
    # "the duty controller at the agency": the body read is only where the job is held.
    held = job and described is not None and described.start > 0
    kept = partitive or held
    if described is not None and described.kind != MentionKind.DESCRIPTION and not kept:
        return None
    at = subject.start + len(subject.chunk) + 1
    at += len(subject.appositive) - len(subject.appositive.lstrip())
    named = read_mention(subject.appositive.strip(), at)
    if named is None or named.kind != MentionKind.NAME or named.start != at:
        return None
    return replace(named, role=None if partitive else subject.chunk)
