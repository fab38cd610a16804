"""Several speakers at one cue: "заявили Лавров и Захарова", "Лавров и Захарова заявили",
"заявили в МИД и Минобороны".

A list of names ends with "и" before its last one ("Петров, Смирнова и Козлов"): read after a
cue from its first name on, or before a cue back from its last. Only a plural verb ("заявили")
or "по словам …" (which has no number) opens one, so "сказал Лавров и Захарова кивнула" stays
his alone.
"""

from __future__ import annotations

import re

from store.quotes.ru.cues import Mention, MentionKind, is_head, read_mention

# Between two names of a list: a comma, or "и" before the last one.
_JOIN_AFTER = re.compile(r"\s*,\s*|\s+и\s+")
_JOIN_BEFORE = re.compile(r"(?:,|\s+и)\s*$")
# Where one name of a list ends, reading forward.
_MEMBER_END = re.compile(r"[,.;:!?—–«»„“\"\x01()]|\s(?:что|и|но|а)\s")
MAX_MEMBERS = 5


def listed_after(text: str, first: Mention, cases: tuple[str, ...]) -> list[Mention] | None:
    """The names (of people, or of bodies) of a list that starts with `first`, or None if it
    is no list."""
    members = [first]
    at = first.end
    while len(members) < MAX_MEMBERS:
        join = _JOIN_AFTER.match(text, at)
        if join is None:
            break
        stop = _MEMBER_END.search(text, join.end())
        end = stop.start() if stop else len(text)
        member = read_mention(text[join.end() : end], join.end(), cases)
        if member is None or member.kind != first.kind or member.start != join.end():
            break
        members.append(member)
        at = member.end
        if join.group().strip() == "и":
            return members  # "и" comes before a list's last name
    return None


def listed_before(text: str, last: Mention, clause: int) -> list[Mention] | None:
    """The names of a list that ends with `last` before a cue, read back to the clause's
    start, or None if it is no list."""
    members = [last]
    at = _role_start(text, clause, last.start)
    while len(members) < MAX_MEMBERS:
        join = _JOIN_BEFORE.search(text, clause, at)
        if join is None or (len(members) == 1 and "и" not in join.group()):
            break  # "Лавров, выступая в Думе, заявили": the last join of a list is "и"
        begin = max([clause, *(m.end() for m in _JOIN_AFTER.finditer(text, clause, join.start()))])
        member = read_mention(text[begin : join.start()], begin, ("nomn",))
        if member is None or member.kind not in _MEMBERS:
            break
        if text[member.end : join.start()].strip():
            break
        members.insert(0, member)
        at = member.start
    return members if len(members) > 1 else None


# "Перевозчики и директор МУП «…» Степан Лукашов предупреждают": a group, then a person
# with the role written before the name; the role runs back to the list's "и".
_AND_ROLE = re.compile(r"\s+и\s+(?P<role>[а-яё][^,;:.!?«»„“\"—–]*)$")
_MEMBERS = (MentionKind.NAME, MentionKind.GROUP)


def _role_start(text: str, clause: int, name: int) -> int:
    """Where the role before a list's last name starts, when one stands between it and
    the list's "и"; else the name's own start."""
    found = _AND_ROLE.search(text, clause, name)
    if found is None or not is_head(found["role"].split(" ", 1)[0]):
        return name
    return found.start("role") - 1  # the list's "и" ends right before: _JOIN_BEFORE's


def list_name(names: list[str]) -> str:
    """How a group of speakers is named: "Сергей Лавров и Мария Захарова", "А, Б и В"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]
