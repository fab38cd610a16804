"""The words of the tags news writes beside a lawmaker's name: "(R-Ohio)", "(D-N.Y.)"."""

from __future__ import annotations

# The party letter of a tag and the noun a writer uses for it later ("the Ohio Republican").
PARTY_LETTERS = {"R": "Republican", "D": "Democrat", "I": "Independent"}
PARTY_NOUNS = frozenset(noun.casefold() for noun in PARTY_LETTERS.values())
# The party adjectives a description writes where a tag's role has the noun: "the Democratic
# senator" is the "Ohio Democrat Sen." of "(D-Ohio)" ("Republican" is both already; "GOP" is
# as often the party itself, "the GOP", as a member's adjective, so it is left out).
PARTY_ADJECTIVES = {"democratic": "democrat"}

# AP-style state abbreviations as tags write them, and the names a description uses.
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W.Va": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
# Every state's name, for what a lone capitalised word is not ("Michigan was only doing ...").
STATE_NAMES = frozenset(
    name.casefold()
    for name in (*STATE_ABBREVIATIONS.values(), "Alaska", "Hawaii", "Idaho", "Iowa", "Maine")
) | frozenset(("ohio", "utah"))
