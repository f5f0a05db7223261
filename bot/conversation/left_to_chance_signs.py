# ruff: noqa: E501  (regular expressions read best unbroken)
"""More of a child's safety left to chance, told as news from a visit: an arm broken for three days
before anyone took her in; a toddler round the pond edge by himself while dad has been drinking
since lunch; a toddler eating crusts off the floor with one tin of beans in the cupboard. Each
stays quiet beside the everyday wording in the same words: my own wrist broken for days before I
went, a dishwasher broken for three days, a paddling pool with dad holding the hose, crisps off the
floor at a party. Read from sets 229 to 232 before they were trained on; sets 233 to 236 added a
baby taken into bed by parents who were drunk, and five-fold over 234 sets a parent smelling of
drink in the morning and a baby's weight dropping while the follow-ups are missed.
``unsafe_care_signs`` holds the rest; these are kept apart only because that list is full.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.conversation.safeguarding import CHILD
from bot.conversation.signs import compile_signs

_ALONE = r"\b(by (him|her|them)sel(f|ves)|on (his|her|their) own|alone|unsupervised|unwatched)\b"
_WATER = r"\b(pond|river|riverbank|canal|lake|pool|quarry|ditch)\b"

_SIGNS: Sequence[tuple[str, str | None]] = (
    (
        r"\b(arm|wrist|leg|ankle|collarbone|collar bone|elbow|finger|foot|toe|hand|bone)s?\b.{0,40}\b(broken|fractured|cracked)\b"
        r".{0,10}\bfor (\d+|two|three|four|five|six|a few|several|a couple of) (days|weeks)\b",
        r"\bbefore (they|she|he|mum|dad|anyone|anybody|someone|somebody|the parents?) (took|take|taken|noticed|got|brought)\b|"
        r"\b(nobody|no one|noone) (noticed|took)\b",
    ),
    (
        rf"{CHILD}.{{0,60}}{_WATER}( edge|side|s edge| bank)?.{{0,30}}{_ALONE}|{CHILD}.{{0,30}}{_ALONE}.{{0,30}}{_WATER}",
        r"\b(drink\w*|drunk|pissed|cans?|beers?|wine|cider|lager|pints?|passed out|stoned|high)\b",
    ),
    (
        r"\b(eating|ate|eats|picking|picked|licking)( up)? (crusts|crumbs|scraps|bits|leftovers|food|chips|crisps)( \w+)? "
        r"(off|from|out of) the (floor|bin|carpet|ground|pavement)\b",
        r"\b(no food|nothing (in|to eat|left)|(cupboards?|fridge) (was |were |is |are )?(bare|empty)|empty (cupboards?|fridge)|"
        r"one tin|payday|skint|no money)\b",
    ),
    # Sets 233 to 236 before they were trained on: a baby taken into bed or onto the sofa by parents
    # who were drunk (never a baby in with tired parents at five in the morning).
    (
        r"\b(baby|newborn|little one|\d+ (day|week|month) old)\b.{0,50}\b(bed|sofa|settee|couch)\b.{0,20}\bwith (him|her|them|"
        r"the parents|mum|dad|both of them)\b",
        r"\b(drunk|hammered|wasted|pissed|plastered|paralytic|legless|smashed|bladdered|sloshed|trolleyed|skinful|stoned|"
        r"off (his|her|their) (face|head)s?|couldnt stand|steaming(?! (about|over|that|because|mad|angry|at)\b))\b",
    ),
    # Five-fold over 234 sets: a parent who smelt of drink in the morning or on the school run (never
    # merry at the Christmas do); a baby's weight dropping while follow-ups are missed (never the
    # first week's dip the health visitor calls normal).
    (
        r"\bsmel(t|led|ls|ling) of (drink|alcohol|booze|wine|vodka|cider|beer|lager|spirits)\b|\b(drinking|bottles|cans)\b.{0,80}"
        r"\bsmel(t|led|ls|ling) of it\b",
        r"\b([5-9]|10|11) ?am\b|\b(in the morning|school run|drop ?off|breakfast|dressed themselves|before school)\b",
    ),
    (
        r"\b(baby|babys|toddler|toddlers|little ones?)\b.{0,20}\bweight (has |had |is |s )?(dropped|dropping|gone down|falling|fallen)\b",
        r"\b(missed|cancelled|not (been )?taken|didnt take|wont take|not attended|didnt attend|no ?show)\b.{0,40}"
        r"\b(appointments?|follow ?ups?|clinic|weigh-?ins?|check ?ups?)\b",
    ),
    # Five-fold over 238 sets: a mother eating every other day, or skipping meals, so the children can
    # eat (never taking turns to cook at her sister's).
    (
        r"\b((eats?|eating|ate) (only )?(every other day|once a day|one meal a day|nothing|hardly anything|on alternate days)|(skips?|"
        r"skipping|skipped|goes without|going without|went without) (meals|food|eating|dinner|lunch|breakfast))\b.{0,30}\bso (the kids|"
        r"the children|they|her kids|the baby|the little ones|the boys|the girls) (can|could|have|get|dont go without) (eat|food|enough)\b",
        None,
    ),
)
LEFT_TO_CHANCE_SIGNS = compile_signs(_SIGNS)

# Five-fold over two hundred and thirty sets, told laughing: a mother too hungover to wake while a
# little one lets the volunteer in and sees to the baby (never a lie-in for everyone); a toddler
# strapped in his high chair for hours, screaming himself hoarse (never happy with a rusk at a
# christening). No laughter sets these aside (``word_rules.never_set_aside``).
LEFT_IN_CHARGE = compile_signs(
    (
        (
            r"\b(hungover|hung over|drunk|wasted|out of it|passed out)\b.{0,30}\b((couldnt|could not|wouldnt|would not|didnt|"
            r"did not|cant|wont) (wake|get up|get out of bed)|to (wake|get up))\b",
            r"\b(let me in|answered the door|opened the door|(making|made|feeding|changing) (the baby|a bottle|the babys|babys)|"
            r"looking after the (baby|little ones?|toddler))\b",
        ),
        (
            r"\b(strapped|stuck|left|sat|kept) in (his|her|their|the) (high ?chair|car ?seat|pushchair|buggy|pram|bouncer)\b.{0,80}"
            r"\b(still (there|in it)|all (day|morning|afternoon)|the whole (visit|time|day|morning|afternoon)|(\d|two|three|four|five|"
            r"six) (hours|hrs))\b",
            r"\b(screaming|crying|sobbing|hoarse|soaked|soaking|filthy|dirty nappy|on (her|his) phone|ignored)\b",
        ),
    )
)
