# ruff: noqa: E501  (regular expressions read best unbroken)
"""A child left without care, seen on a visit or a video call: safeguarding first, however it is told.

A nappy left on all morning or never changed, a baby put outside and left crying in the rain, a
baby left crying or alone for hours, a baby alone in a pram or kept in a car seat all day, nits and
sores nobody treats, a baby eating out of the dog's bowl, and a toddler with no adult in the room.
Each is a kind of situation, with the everyday wordings that must stay quiet beside it (nappy rash
clearing up, children left for hours at a holiday club, a hamper of dog food won in a raffle). Like
``warning_signs`` they are (cue, context) pairs over the normalised message. The first five were
read with the other signs of ``home_signs``, where they lived until it grew too long; the last two
from set 75 before it was trained on.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import AT_RISK, CHILD
from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    # A nappy left for hours, or not changed.
    (
        r"\b(same|soaked|soaking|sodden|filthy|soiled|dirty|full|leaking) napp(y|ies)\b.{0,60}\b(all (day|morning|afternoon)|for hours|"
        r"since (this morning|yesterday|last night)|till i left|when i arrived)\b|"
        r"\b(wouldnt|would not|didnt|did not|never|refused to|wont|will not) change (him|her|them|the baby|his napp\w*|"
        r"her napp\w*|the napp\w*)\b(?! for\b)",
        r"\bnapp(y|ies)\b",
    ),
    # A baby or child put outside and left there, crying, in the rain or the cold.
    (
        r"\b(left|leaves|leave) (him|her|them|the (baby|toddler|kids|children|little one))\b.{0,40}\b(outside|in the garden|"
        r"out the back|on the doorstep|in the yard)\b|\b(outside|in the garden|out the back)\b.{0,40}\bleft (him|her|them) there\b",
        r"\b(rain\w*|pouring|freezing|snow\w*|over an hour|for hours|scream\w* (himself|herself|themselves) out|"
        r"cry (it|himself|herself) out|screaming|crying)\b",
    ),
    # A baby or child left crying or alone for hours.
    (
        r"\b(left|leaves|leave)( \w+){0,2} (crying|screaming|alone|on (his|her|their) own|in (his|her|the) cot)\b.{0,20}\bfor hours\b|"
        r"\b(left|leaves) (him|her|them|the (baby|kids|children|toddler))\b(?! (with|at) ).{0,30}\bfor hours\b",
        r"\b(cry\w*|cried|scream\w*|earplugs|alone|on (his|her|their) own|cot|never there|nobody|no one)\b",
    ),
    # A baby or toddler alone in a pram outside, or strapped in a car seat all day.
    (
        r"\b(baby|toddler|little one) (left )?(alone|on (his|her|its|their) own) in (a|the|her|his) (pram|buggy|pushchair)\b|"
        r"\bin (his|her|the|their) car ?seat (most of|all) (the )?day\b",
        None,
    ),
    # Nits and sores nobody treats (leaving one set out over sixty-six sets).
    (
        r"\b(nits|head lice|lice|sores|scabies|impetigo)\b.{0,60}\b(months|not bothered|aint bothered|isnt bothered|"
        r"doesnt care|dont care|untreated|not treated|never treated)\b",
        AT_RISK + r"|\blil (one|un|man|lad)\b",
    ),
    # A baby eating out of the pet's bowl; a toddler with no adult in the room (set 75).
    (
        r"\beating (out of|from|off) the (dogs?|cats?) (bowl|dish|food)\b|\beating (dog|cat) food\b",
        None,
    ),
    (
        r"\bno (adults?|grown ?ups?)( at all)? (in the room|around|in sight|with (him|her|them)|watching (him|her|them))\b",
        CHILD,
    ),
)
NEGLECT_SIGNS = compile_signs(_SIGNS)
