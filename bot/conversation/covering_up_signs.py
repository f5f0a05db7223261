# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone covering up: harm hidden under the clothes or behind dark glasses.

A teenager who has stopped eating and wears jumpers in July, which his mum calls a phase; a mum in
sunglasses indoors all week who will not take them off; someone who "knows what goes on" in a
family's house, where the children scream every night. They name no harm, so the other lists miss
them (they hear long sleeves in the heat beside marks or a flinch); each stays quiet beside the
everyday wording that shares its words (new hoodies worn in July for a photo, sweets given up for
Lent, sunglasses at an 80s party). Like the other lists they are (cue, context) pairs over the
normalised message, read by ``word_rules.is_safeguarding``; they come from five-fold over one
hundred and fifty-four and one hundred and fifty-eight sets, and from sets 165 to 172 before they
were trained on.
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
    # Five-fold over one hundred and fifty-eight sets: sunglasses indoors all week, never taken off
    # (never for an 80s party).
    (
        r"\b(sunglasses|shades|dark glasses)\b.{0,20}\b(indoors|inside|in the house)\b",
        r"\b(wouldnt|would not|wont|will not|didnt|did not|refused to) take (them|it) off\b|\ball week\b|\bevery visit\b",
    ),
    # Sets 165 to 168 before they were trained on: someone who "knows what goes on" in a family's
    # house, where the kids scream every night.
    (
        r"\b(know|knows|wonder|wondering|everyone knows) (what|whats) goes on (in|at|behind) (that|their|the|those|his|her|one \w+s?) "
        r"(house|home|flat|doors?|family)\b",
        r"\b(kids|children|baby|little ones?|scream\w*|cry\w*|shout\w*)\b",
    ),
    # A child who covers his ears and goes quiet whenever his dad's voice is raised (sets 169 to 172
    # before they were trained on; never ears covered at the fireworks).
    (
        r"\bhands over (his|her|their) ears\b",
        r"\b(dads?|mums?|stepdads?|partners?|boyfriends?)s? (voice|shouting|yelling|gets (loud|angry|cross))|"
        r"\bvoices? (gets?|getting|got) (a bit )?(louder|loud|raised)|\braised voices?\b",
    ),
)
COVERING_UP_SIGNS = compile_signs(_SIGNS)
