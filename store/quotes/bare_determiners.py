"""A speaker that is a determiner alone ("Another", "One", "Some") names no one.

"Another who travelled from Dunmore said ... “...,” the man said" or "Another wrote: “...”"
in a list of readers' posts: the description's head was cut away, and what is left shows in
"who said" answers as a speaker called "Another". The quote keeps no speaker (junk_speakers
runs this over every speaker, whichever rule found it). Quantifiers of a group ("Others",
"Several", "Many") stay their descriptions.
"""

from __future__ import annotations

_BARE = frozenset("a an one another some".split())


def bare_determiner(name: str) -> bool:
    """True for a speaker's name that is one determiner and nothing else."""
    return name.strip().casefold() in _BARE
