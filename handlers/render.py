"""One answer, three renderings: plain text (console), JSON (--json), HTML (Telegram)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from handlers.phrases import MONTHS_OF_DAY_RU, MONTHS_RU, Lang
from handlers.records import Answer, Hit
from handlers.sureness import credit, quoted

TELEGRAM_LIMIT = 4096  # characters in one Telegram message
_BLOCK_LIMIT = 1800  # no single quote or snippet takes more than this of a message
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def count(n: int, noun: str, plural: str | None = None) -> str:
    """"1 article", "2 articles": a number with its noun in the right number."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def format_date(published: str | None, lang: Lang = Lang.EN) -> str:
    """ "22 July 2016" from ISO 8601; "22 July" from the year-less "--07-22"; else as given.
    In Russian "22 июля 2016", "22 июля", "июль 2016"."""
    if not published:
        return ""
    of_day, alone = (MONTHS_OF_DAY_RU, MONTHS_RU) if lang == Lang.RU else (_MONTHS, _MONTHS)
    full = re.match(r"^(\d{4})-(\d{2})-(\d{2})", published)
    if full and 1 <= int(full[2]) <= 12:
        return f"{int(full[3])} {of_day[int(full[2]) - 1]} {full[1]}"
    yearless = re.match(r"^--(\d{2})-(\d{2})$", published)
    if yearless and 1 <= int(yearless[1]) <= 12:
        return f"{int(yearless[2])} {of_day[int(yearless[1]) - 1]}"
    month = re.match(r"^(\d{4})-(\d{2})$", published)
    if month and 1 <= int(month[2]) <= 12:
        return f"{alone[int(month[2]) - 1]} {month[1]}"
    return published


def who(hit: Hit) -> str:
    """The speaker with their role, as a person would write it."""
    if not hit.speaker:
        return hit.role or ""
    role = _added_role(hit)
    return f"{hit.speaker}, {role}" if role else hit.speaker


def _added_role(hit: Hit) -> str | None:
    """The role, when it says more than the speaker's name already does."""
    if hit.role and hit.role.casefold() not in (hit.speaker or "").casefold():
        return hit.role
    return None


def source_line(hit: Hit, lang: Lang = Lang.EN) -> str:
    """Source and date: "TASS, 22 July 2016" (in Russian "ТАСС, 22 июля 2016")."""
    when = format_date(hit.article.published, lang)
    return ", ".join(p for p in (hit.article.source, when) if p)


# --- plain text ---------------------------------------------------------------------------


def compose_text(lead: str, hits: Sequence[Hit], lang: Lang = Lang.EN) -> str:
    """The whole plain reply: the lead, then each hit with its source."""
    parts = [lead] if lead else []
    numbered = len(hits) > 1
    parts += [
        _plain_hit(hit, f"{i}. " if numbered else "", lang) for i, hit in enumerate(hits, 1)
    ]
    return "\n\n".join(parts)


def _plain_hit(hit: Hit, number: str, lang: Lang = Lang.EN) -> str:
    lines = []
    if hit.snippet:
        shown = quoted(hit, hit.snippet, lang) if hit.quote else hit.snippet
        lines.append(number + shown)
        if hit.quote:
            lines.append(f"  — {credit(hit, who(hit), lang).text}")
        lines.append(f"  {hit.article.title}")
    else:
        lines.append(number + hit.article.title)
    details = " · ".join(p for p in (source_line(hit, lang), hit.article.url or "") if p)
    if details:
        lines.append(f"  {details}")
    return "\n".join(lines)


def render_text(answer: Answer) -> str:
    """The console rendering: the plain reply."""
    return answer.text


# --- JSON ---------------------------------------------------------------------------------


def render_json(answer: Answer) -> dict[str, object]:
    """The `ask --json` object (DESIGN.md): question, kind, text and hits best first."""
    return {
        "question": answer.question,
        "kind": answer.kind,
        "text": answer.text,
        "hits": [
            {
                "speaker": hit.speaker,
                "quote": hit.quote,
                "kind": hit.kind,
                "how": hit.how,
                "confidence": hit.confidence,
                "namesake": hit.namesake or None,  # who else the credited surname may mean
                "quoting": hit.quoting,  # the words asked are someone else's the speaker quotes
                "snippet": hit.snippet,
                "score": hit.score,
                "article": {
                    "id": hit.article.id,
                    "title": hit.article.title,
                    "source": hit.article.source,
                    "published": hit.article.published,
                    "url": hit.article.url,
                },
            }
            for hit in answer.hits
        ],
    }


# --- Telegram HTML ------------------------------------------------------------------------


def render_html(answer: Answer) -> list[str]:
    """Telegram messages (parse_mode=HTML), each at most 4096 characters."""
    lead = answer.lead if answer.hits else answer.text
    blocks = [_escape_within(block, _BLOCK_LIMIT) for block in _paragraphs(lead)]
    numbered = len(answer.hits) > 1
    lang = answer.lang
    blocks += [
        _html_hit(hit, f"{i}. " if numbered else "", lang) for i, hit in enumerate(answer.hits, 1)
    ]
    return split_messages(blocks)


def _paragraphs(text: str) -> list[str]:
    return [part for part in text.split("\n\n") if part.strip()]


def _html_hit(hit: Hit, number: str, lang: Lang = Lang.EN) -> str:
    lines = []
    if hit.snippet:
        if hit.quote:
            lines.append(number + _html_credit(hit, lang) + ":")
            lines.append(quoted(hit, _escape_within(hit.snippet, _BLOCK_LIMIT), lang))
        else:
            lines.append(number + _escape_within(hit.snippet, _BLOCK_LIMIT))
        lines.append(_html_title(hit))
    else:
        lines.append(number + _html_title(hit))
    details = source_line(hit, lang)
    if details:
        lines.append(f"<i>{_escape_within(details, 200)}</i>")
    return "\n".join(lines)


def _html_credit(hit: Hit, lang: Lang = Lang.EN) -> str:
    """ "<b>Sergey Lavrov</b>, Russian Foreign Minister", hedged as surely as the article is."""
    named = credit(hit, hit.speaker or "", lang)
    if not hit.speaker:
        return named.name[:1].upper() + named.name[1:]
    added = _added_role(hit)
    role = f", {_escape_within(added, 200)}" if added else ""
    before = named.before[:1].upper() + named.before[1:]
    name = f"<b>{_escape_within(named.name, 200)}</b>"
    return f"{html.escape(before, quote=False)}{name}{role}{html.escape(named.after, quote=False)}"


def _html_title(hit: Hit) -> str:
    title = _escape_within(hit.article.title, 400)
    url = hit.article.url or ""
    # Only web links become links: a javascript: or file: URL from a feed stays text.
    if re.match(r"^https?://", url, re.IGNORECASE) and len(url) <= 2000:
        return f'<a href="{html.escape(url, quote=True)}">{title}</a>'
    return f"<b>{title}</b>" if not hit.snippet else f"<i>{title}</i>"


def _escape_within(text: str, limit: int) -> str:
    """text escaped for HTML, cut (with an ellipsis) so the escaped form fits in limit."""
    escaped = html.escape(text, quote=False)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    size = 0
    for char in text:
        piece = html.escape(char, quote=False)
        if size + len(piece) > limit - 1:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out).rstrip() + "…"


def split_messages(blocks: Iterable[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join blocks (each complete HTML) into messages of at most limit characters."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        if len(block) > limit:
            # Blocks are built under the limit; this is the last guard, and it cuts at a
            # line so no tag is broken (every tag opens and closes on one line).
            block = _cut_at_line(block, limit)
        if current and len(current) + 2 + len(block) > limit:
            messages.append(current)
            current = block
        else:
            current = f"{current}\n\n{block}" if current else block
    if current:
        messages.append(current)
    return messages


def _cut_at_line(block: str, limit: int) -> str:
    kept = ""
    for line in block.split("\n"):
        if len(kept) + len(line) + 1 > limit:
            break
        kept = f"{kept}\n{line}" if kept else line
    return kept or html.escape(html.unescape(re.sub(r"<[^>]*>", "", block))[: limit // 6])
