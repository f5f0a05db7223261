# ruff: noqa: E501  (regular expressions read best unbroken)
"""A weapon used on someone, or held to them: "he attacked his little sister with a knife", "dad
went for mum with a hammer", "her dad attacks her with his belt". The lists of injuries read the
harm a message names, and a knife or a belt names none, so a child attacked with one was answered
as small talk (noticed while reading the guards of sets 233 to 236). Each stays quiet beside the
everyday wordings in the same words: a foam bat, a plastic sword, a bat hit by accident at rounders.
Five-fold over 238 sets added a six-year-old "sorted out" with a belt (never a wardrobe sorted out
with a belt rack).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_PERSON = (
    r"(him|her|them|me|us|(his|her|their|my|the|a|our) (\w+ )?(sister|brother|mum|mother|dad|father|son|daughter|wife|husband|"
    r"partner|girlfriend|boyfriend|kids?|child|children|baby|toddler|nan|gran|grandma|sibling|cousin|neighbour|volunteer)s?)"
)
_WEAPON = r"(knife|knives|blade|machete|hammer|baseball bat|bat|belt|screwdriver|scissors|broken bottle|poker|axe|golf club|crowbar|brick)"
_PLAY = r"(foam|toy|plastic|inflatable|pretend|nerf|balloon|rubber|cardboard|paper|sponge|play|pool)"

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        rf"(?<!accidentally )\b(attack\w*|went for|goes for|going for|came at|comes at|coming at|threaten\w*|hit|hits|hitting|beat|"
        rf"beats|beating|beaten|chased|chases|stabbed|slashed|whacked|whacks|belted|hurt|hurts|sorted( out)?|sorts( out)?) {_PERSON}\b( \w+){{0,3}} with "
        rf"(a|an|the|his|her|their|my) (?!{_PLAY}\b)(\w+ )?{_WEAPON}s?\b(?!.{{0,30}}\b(cricket|rounders|baseball|by accident|game)\b)",
        None,
    ),
)
WEAPON_SIGNS = compile_signs(_SIGNS)
