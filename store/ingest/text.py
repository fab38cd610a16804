"""Text into articles: decoding, clean lines, paragraphs, the plain-text news-agency layout."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from lxml import html as lxml_html

from store.errors import SourceError
from store.ingest.datelines import read_dateline
from store.ingest.mojibake import repair_runs
from store.models import Article
from store.quotes.ru.language import Language, detect_language
from store.quotes.ru.layout import byline, is_credit, is_furniture, is_section

# Photo credits: "© Alexandr Sherbak/TASS", "Photo: ...", "Name Surname/AGENCY" at a line's end.
_CREDIT = re.compile(r"^(?:©|\(c\)|photo:|photo by|image:)|\S+/[A-Z][A-Za-z\-]+$", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|small|sub|sup|h[1-6]|ul|ol|li|blockquote|img"
    r"|figure|figcaption|section|article|header|footer|table|tr|td|th|pre|code|hr|iframe"
    r"|script|style|font)(?:\s[^>]*)?/?>",
    re.I,
)
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,7}|#x[0-9a-f]{2,6});", re.I)
# Elements that start a new paragraph, and those whose text is never article text.
_BLOCK_TAGS = frozenset(
    "p div li blockquote h1 h2 h3 h4 h5 h6 ul ol dl dt dd section article header footer "
    "figure table tr pre hr".split()
)
_DROPPED_TAGS = "//script|//style|//noscript|//template|//figcaption"
# Runs of spaces folded to one " ": only runs that change are matched (two or more, or one
# that is not a plain space), since a match per word gap cost clean_line half its time.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]{2,}|[\t\u00a0\u2000-\u200b\u202f]")
# C0/C1 controls, bidi overrides and BOMs; the zero-width joiner stays (emoji need it).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_BLANK_LINES = re.compile(r"\n\s*\n")
MAX_SECTION_WORDS = 3
MAX_HEADER_BLOCKS = 5


UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# UTF-8 read as Windows-1252 and saved again: "CafÃ©", "â€œquotedâ€".
_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf]|â€")
# Controls no text file holds (tab, newlines and form feed aside).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(content: bytes) -> str:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252/Latin-1;
    UTF-8 that was once misread as Windows-1252 is repaired."""
    if content.startswith(UTF16_BOMS):
        try:
            return content.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError("broken UTF-16 text") from None
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            raise SourceError("not UTF-8 text (a binary file?)") from None
        if _BINARY_CONTROLS.search(text):
            raise SourceError("not UTF-8 text (a binary file?)") from None
        return text
    return repair_mojibake(text)


def repair_mojibake(text: str) -> str:
    """The text as first written when all of it is UTF-8 misread as Windows-1252, else with
    each misread piece repaired (mojibake.py)."""
    # Every match holds "Â", "Ã" or "â€": three substring searches rule most text out in a
    # tenth of the pattern's scan (40 µs a Russian article, more than parsing its lines).
    if "Â" not in text and "Ã" not in text and "â€" not in text:
        return text
    if not _MOJIBAKE.search(text):
        return text
    raw = bytearray()
    for char in text:
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return repair_runs(text)
            raw.append(ord(char))  # the five bytes Windows-1252 leaves undefined
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return repair_runs(text)  # sound text with misread pieces: each piece on its own


def clean_line(text: str) -> str:
    """Unicode-normalised text with runs of spaces folded, no control characters, and any
    piece of misread UTF-8 ("BÃ©rard") repaired."""
    text = unicodedata.normalize("NFC", repair_runs(text))
    if text.isprintable():
        # Most lines: no control character, and no space but " " (both are unprintable), so
        # only a double space needs folding; two regex scans a line were half of parsing.
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text: blank-line separated blocks, or lines when there are no blanks."""
    if looks_like_html(text):
        return html_paragraphs(text)
    if _ENTITY.search(text):
        text = html.unescape(text)  # escaped once on its way out of a CMS: "AT&amp;T"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    paragraphs = [clean_line(" ".join(block.split("\n"))) for block in blocks]
    return [p for p in paragraphs if p]


def looks_like_html(text: str) -> bool:
    """True when article text arrives as HTML markup rather than plain text."""
    return _HTML_TAG.search(text[:5000]) is not None


def html_paragraphs(markup: str) -> list[str]:
    """The paragraphs of an HTML fragment: block elements and blank lines (<br><br>) split
    them, a single <br> does not; scripts, styles and captions dropped."""
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    for bad in root.xpath(_DROPPED_TAGS):
        bad.drop_tree()
    for element in root.iter():
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    blocks = _BLANK_LINES.split(root.text_content())
    texts = [clean_line(" ".join(block.split("\n"))) for block in blocks]
    return [text for text in texts if text]


def parse_text(text: str) -> Article:
    """Parse a plain-text article: title first, blank-line paragraphs, agency layout understood."""
    blocks = [
        [line for line in map(clean_line, block.split("\n")) if line]
        for block in _BLANK_LINES.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    ]
    blocks = [block for block in blocks if block]
    if not blocks:
        raise SourceError("empty file")
    # The dateline opens the body right after a short header (section, title, subtitle,
    # captions); one further down is a paragraph quoting another report, not a header's end.
    dateline_at = next(
        (
            i
            for i, block in enumerate(blocks[: MAX_HEADER_BLOCKS + 1])
            if read_dateline(block[0]) and i > 0
        ),
        None,
    )
    if dateline_at is None:
        return _plain_layout(blocks)
    return _agency_layout(blocks[:dateline_at], blocks[dateline_at:])


def _plain_layout(blocks: list[list[str]]) -> Article:
    title, *rest_of_first = blocks[0]
    paragraphs = [" ".join(rest_of_first)] if rest_of_first else []
    paragraphs += [" ".join(block) for block in blocks[1:]]
    if not paragraphs:
        raise SourceError("no body text after the title")
    language = detect_language(title, paragraphs)
    if language == Language.RUSSIAN:
        return _russian_plain_layout(blocks, title, paragraphs)
    return Article(title=title, paragraphs=tuple(paragraphs), language=language)


def _russian_plain_layout(blocks: list[list[str]], title: str, paragraphs: list[str]) -> Article:
    """Russian copy with no dateline (a newspaper's or a business site's): its section line
    above the title, photo credits and the closing byline are no text of the article. English
    plain text is read as before (its figures must not move)."""
    if is_section(blocks) and paragraphs[1:]:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    paragraphs = [p for p in paragraphs if not (is_credit(p) or is_furniture(p))]
    author = byline(paragraphs[-1]) if paragraphs[1:] else None
    if author is not None:
        paragraphs = paragraphs[:-1]
    if not paragraphs:
        raise SourceError("no body text after the title")
    return Article(
        title=title, paragraphs=tuple(paragraphs), author=author, language=Language.RUSSIAN
    )


def _is_credit(line: str, language: Language) -> bool:
    if language == Language.RUSSIAN:
        return bool(is_credit(line) or _CREDIT.search(line))
    return bool(_CREDIT.search(line))


def _agency_layout(header: list[list[str]], body: list[list[str]]) -> Article:
    # A lone short first block ("All news", "World") is the site's section, not the title.
    if len(header) > 1 and len(header[0]) == 1 and len(header[0][0].split()) <= MAX_SECTION_WORDS:
        header = header[1:]
    lines = [line for block in header for line in block]
    title = lines[0]
    first = " ".join(body[0])
    dateline = read_dateline(first)
    assert dateline is not None
    paragraphs = [first[dateline.end :].strip(), *(" ".join(block) for block in body[1:])]
    language = detect_language(title, paragraphs)
    if language == Language.RUSSIAN:
        # A photo's caption or credit between paragraphs is no text of the article.
        paragraphs = [p for p in paragraphs if not (is_credit(p) or is_furniture(p))]
    # After the title comes the subtitle; the rest of the header is captions and credits.
    subtitle = lines[1] if len(lines) > 1 and not _is_credit(lines[1], language) else None
    return Article(
        title=title,
        subtitle=subtitle,
        paragraphs=tuple(p for p in paragraphs if p),
        place=dateline.place,
        published=dateline.published,
        source=dateline.source,
        language=language,
    )
