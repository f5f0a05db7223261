# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone covering up in the heat while they stop eating: harm hidden under the clothes.

A teenager who has stopped eating and wears jumpers in July, which his mum calls a phase. It names
no harm, so the other lists miss it (they hear long sleeves in the heat beside marks or a flinch);
it stays quiet beside the everyday wording that shares its words (new hoodies worn in July for a
photo, sweets given up for Lent). Like the other lists it is a (cue, context) pair over the
normalised message, read by ``word_rules.is_safeguarding``; it comes from five-fold over one hundred
and fifty-four sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\b(jumpers?|long sleeves|hoodies?|a coat|coats)\b.{0,30}\b(in (july|august|june|(the )?summer|this heat|the heat|a heatwave)|"
        r"all summer|even in (this|the) heat)\b",
        r"\b(stopped eating|not eating|wont eat|will not eat|isnt eating|is not eating|barely eat\w*|hardly eat\w*|skipping meals|"
        r"lost (so much|loads of|a lot of) weight)\b",
    ),
)
COVERING_UP_SIGNS = compile_signs(_SIGNS)
