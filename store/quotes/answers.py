"""A short quote alone in its paragraph, right after someone's question, answers it.

"“Or do we give up?” Kerr asked. ¶ “No!”": the cry is the crowd's or the hearer's reply, not
the asker going on, so the asker is not carried on to it. A long paragraph of quotation
after a question is rather the speaker going on ("“Why? ¶ “Because the port needs it …”"),
so only a word or three, their paragraph holding nothing else, are read as an answer.
"""

from __future__ import annotations

import re

MAX_ANSWER_WORDS = 3
# A question closing a quote: "?”", "?"", maybe a credit after it ("?” Kerr asked.").
_QUESTION_CLOSED = re.compile(r"\?\s*[”\"]")
# A paragraph of nothing but one short quote: “No!”, "Yes, sir."
_LONE_QUOTE = re.compile(r"\s*[“\"](?P<words>[^“”\"]+)[”\"]\s*$")


def answers_question(before: str, text: str) -> bool:
    """True when `text` is a lone short quote and the paragraph `before` ends on a question
    in marks: the quote answers it and carries on no one."""
    lone = _LONE_QUOTE.match(text)
    if lone is None or len(lone["words"].split()) > MAX_ANSWER_WORDS:
        return False
    questions = list(_QUESTION_CLOSED.finditer(before))
    # The question must be the paragraph's last quote: no mark opens after it.
    return bool(questions) and not any(mark in before[questions[-1].end() :] for mark in '“"')
