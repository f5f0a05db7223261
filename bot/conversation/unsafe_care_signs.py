# ruff: noqa: E501  (regular expressions read best unbroken)
"""A child's health and safety left to chance at home, told as everyday news.

A baby's weigh-ins missed for the third time, told between "he's such a happy little soul"; a
toddler who swallowed something from dad's "stash" and was drowsy, and nobody rang anyone; a baby
taken into bed after a few drinks; a baby of ten months left in the bath while mum answered the
door. Each stays quiet beside the everyday wordings that share its words (a weigh-in the clinic
moved, a grape the GP said had passed, a cuddle in bed after a bath, bath toys left to dry).
``neglect_signs`` holds the rest of a child left without care; these are kept apart only because
that list is full. Like the other lists they are (cue, context) pairs over the normalised message,
read by ``word_rules.is_safeguarding``; they come from sets 157 to 160 before those were trained on,
and from five-fold over one hundred and fifty-eight sets.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.signs import compile_signs

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\b(3rd|third|4th|fourth|5th|fifth|another) (one |appointment |weigh[- ]?in |check |visit )?(missed|in a row)\b",
        r"\b(weigh\w*|clinic|health visitor|hv|jabs|immunis\w*|vaccinations?|check[- ]?ups?|hearing test|dentist|paediatrician)\b"
        r"(?!.{0,40}\b(moved|rebooked|booked again|cancelled by|rearranged)\b)",
    ),
    (
        r"\bswallow\w*( \w+){0,4} (from|out of|off) (dads|mums|his dads|her dads|his mums|her mums|the|their|a) (stash|pills|tablets|"
        r"methadone|baggie|bag of \w+|weed|vape)\b",
        None,
    ),
    (
        r"\b(took|takes|take|taking|brought|brings|had|has) (him|her|the baby|the babby|them)( \w+){0,2} (in|into) (bed|their bed|the bed|"
        r"her bed|his bed)\b.{0,60}\b(after|had|having|on) (a few|some|several|too many|loads of|a couple of|a load of)? ?(drinks|wine|"
        r"beers|cans|vodka|bottles|glasses of wine|pints)\b",
        None,
    ),
    # Five-fold over one hundred and fifty-eight sets: a baby of ten months left in the bath while mum
    # answered the door (never the bath toys left to dry).
    (
        r"\bleft (the|her|his|their|a|my) (\d+ (month|week) old|baby|babby|toddler|little one|twins)( \w+)?( alone| on (his|her) own)? in "
        r"the bath\b",
        None,
    ),
)
UNSAFE_CARE_SIGNS = compile_signs(_SIGNS)
