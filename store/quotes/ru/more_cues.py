"""Present-tense cues beyond cues._PRESENT: what a group or a commentator says as news runs.

"жители жалуются: «…»", "синоптики предупреждают, что …", "аналитик указывает, что …": the
present tense reports speech as the past does; the ending tells one speaker (None: he or
she) or several ("plur").
"""

from __future__ import annotations

MORE_PRESENT: dict[str, str | None] = {
    "жалуется": None, "жалуются": "plur", "указывает": None, "указывают": "plur",
    "предупреждает": None, "предупреждают": "plur", "утверждает": None, "утверждают": "plur",
    "заявляют": "plur", "сообщают": "plur", "напоминают": "plur", "рассказывает": None,
    "рассказывают": "plur",
}  # fmt: skip
