"""A message cut into its sentences and clauses, so a concern told in passing is judged on its own.

"Need the CEO to approve a statement about the viral video — but the mum in it says her ex has
found out where she lives and is threatening her": read whole, the sign-off request outweighs the
concern; read alone, the clause after "but" is plainly one. The cuts are where one thought ends
and another starts: the end of a sentence, a new line, and the words that turn a message ("but",
"also", "btw", ", and").
"""

from __future__ import annotations

import re

_CUT = re.compile(
    r"(?<=[.!?;])\s+|\n+|\s+(?:but|however|also|although|though|btw|oh and|and also|anyway|plus)\s+|"
    r",\s+(?:and|but|so)\s+",
    re.IGNORECASE,
)


def parts(message: str) -> list[str]:
    """The message's sentences and clauses in order, or none when it is a single one."""
    found = [part.strip() for part in _CUT.split(message) if part.strip()]
    return found if len(found) > 1 else []
