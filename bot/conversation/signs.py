"""The shape every safeguarding word list shares (``safeguarding``, ``warning_signs``,
``online_signs``, ``home_signs``, ``carer_signs``, ``neglect_signs``, ``giving_up_signs``,
``interest_signs``, ``control_signs``, ``asking_signs``, ``whereabouts``): a message is a concern
when a cue matches and so does its context (None: the cue alone is enough). Compiled once, when the
lists are first imported, with the strings one of which every match of the cue holds
(``prefilter``), so a cue is searched only in messages that hold one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from bot.conversation.prefilter import needed_strings


class Sign(NamedTuple):
    needs: tuple[str, ...]
    cue: re.Pattern[str]
    context: re.Pattern[str] | None


def compile_signs(signs: Sequence[tuple[str, str | None]]) -> tuple[Sign, ...]:
    return tuple(
        Sign(needed_strings(cue), re.compile(cue), re.compile(context) if context else None)
        for cue, context in signs
    )
