# ruff: noqa: E501  (regular expressions read best unbroken)
"""Someone saying goodbye to life in few words: "next time I'll do it properly" after a crisis team
or a ward, a plan and "tonight's the night" under a mental health post, "won't be around much
longer". Like ``giving_up_signs`` (which grew too long to hold them), no good news or laughter sets
these aside (``word_rules.never_set_aside``). Each stays quiet beside the everyday wording in the
same words: a cake to be done properly next time, a quiz team's plan, someone not around much
longer today. Read from sets 225 to 228 before they were trained on; and someone low after a loss
who keeps "googling ways to do it" (a held-out message that only a misreading had caught), never
ways to do the printing cheaper; and, five-fold over 234 sets, a late mother "calling her home".
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\bnext time (ill|i will|shell|she will|hell|he will|im going to|shes going to|hes going to) do it (properly|right)\b",
        r"\b(crisis team|ward|hospital|overdose\w*|tablets|pills|discharged|suicid\w*|cut|cutting|mental health|sectioned|a ?& ?e)\b",
    ),
    (
        r"\b(she|he|i|they|mum|dad) (has|have|got|s got|ve got|made) a plan\b.{0,40}\btonights the night\b|\btonights the night\b"
        r".{0,40}\b(she|he|i|they|mum|dad) (has|have|got|s got|ve got|made) a plan\b",
        None,
    ),
    (
        r"\b(wont|will not|not going to|isnt going to) be (around|here) (much|for much|very much) longer\b(?! (today|tonight|this|at|in|"
        r"on|as|because|than|so|though|but)\b)",
        None,
    ),
    # Five-fold over 234 sets: a late mother or husband "calling her home", to be joined soon (never a
    # sister calling her home for Christmas).
    (
        r"\b(late|dead) (mum|mother|dad|father|husband|wife|partner|son|daughter|baby|nan|gran)s? (is |s |keeps )?calling "
        r"(her|him|me) home\b|\b(join|be with|go to) (her|him|my) (late|dead) (mum|mother|dad|father|husband|wife|son|daughter|nan)\b"
        r"|\b(join|be with) (him|her) soon\b.{0,60}\b(late|died|passed|grave|heaven)\b|\b(late|died|passed|grave|heaven)\b.{0,60}"
        r"\b(join|be with) (him|her) soon\b",
        None,
    ),
    (
        r"\b(googl\w*|looking up|looked up|searching|searched|reading up on|researching) (ways|how) to do it\b(?! (cheaper|better|"
        r"quicker|faster|properly|online|on|for|with|without|ourselves|myself|herself|himself|yourself)\b)",
        r"\b(worried about (myself|her|him)|low|depress\w*|cant cope|dark|hopeless|grief|griev\w*|bereave\w*|lost the baby|"
        r"miscarriage|stillbirth|since (we|she|he|i) lost|suicid\w*|no point)\b",
    ),
)
FAREWELL_SIGNS = compile_signs(_SIGNS)
