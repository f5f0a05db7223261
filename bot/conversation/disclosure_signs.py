# ruff: noqa: E501  (regular expressions read best unbroken)
"""What a child says was done to them, in a child's own words.

"Daddy put my hand on the cooker to teach me": a child telling of harm done as a lesson or a
punishment, passed on by the volunteer who heard it. Each stays quiet beside the everyday wordings
that share its words (a little girl who helped put the pan on the hob, a mum warming her hands near
the fire). Like the other lists they are (cue, context) pairs over the normalised message, read by
``word_rules.is_safeguarding``; they come from five-fold over one hundred and fifty sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_HOT = r"(cooker|hob|oven|stove|iron|fire|kettle|radiator|toaster|candle)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\b(daddy|mummy|dad|mum|mam|my dad|my mum|stepdad|he|she)\b (put|held|pressed|pushed|stuck) (my|her|his) "
        rf"(hands?|arms?|fingers?|foot|feet|face|head) (on|in|under|against|onto) (the |a )?{_HOT}\b",
        None,
    ),
)
DISCLOSURE_SIGNS = compile_signs(_SIGNS)
