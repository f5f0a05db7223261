# ruff: noqa: E501  (regular expressions read best unbroken)
"""Harm threatened rather than done, told in passing.

A boy keeping a list of names beside school-shooting memes who says it is a joke; a mother who says
she will leave the children on the council's doorstep if nobody helps her. Neither has hurt anyone
yet, so the lists of harm done miss them, yet a safeguarding lead would want to hear of both at
once. Each stays quiet beside the everyday wordings that share its words (a list of names for party
invitations, parcels left on the doorstep). Like the other lists they are (cue, context) pairs over
the normalised message, read by ``word_rules.is_safeguarding``; they come from sets 141 to 144
before those were trained on.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A list of names kept beside talk of shootings or killing (never names for party invitations).
    (
        r"\b(list of names|hit ?list|names on a list|kill ?list)\b",
        r"\b(shoot\w*|guns?|kill\w*|bombs?|stab\w*|columbine|massacre|revenge|weapons?)\b",
    ),
    # Children left on a doorstep, said in anger (never parcels left on it).
    (
        r"\b(leave|leaving|dump|dumping|drop|dropping) (them|him|her|the (kids|children|baby|babies|twins|boys|girls)|(my|her|his|their) "
        r"(kids|children|baby|babies))( all)? (on|at) (the |a |their )?(\w+ ){0,2}doorstep\b",
        r"\b(kids|children|baby|babies|twins|council|social services|social workers?|if (nobody|no one|noone) (helps|comes))\b",
    ),
)
THREAT_SIGNS = compile_signs(_SIGNS)
