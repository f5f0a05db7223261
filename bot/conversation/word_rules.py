"""The word rules' reading of a message: the message in one spelling (``normalise``) and every
hand-written sign list joined once (``is_safeguarding``).

The lists (``safeguarding``, ``warning_signs``, ``online_signs``, ``home_signs``, ``carer_signs``,
``neglect_signs``, ``giving_up_signs``, ``interest_signs``, ``control_signs``, ``isolation_signs``,
``asking_signs``, ``whereabouts``, ``threat_signs``, ``exploitation_signs``, ``trust_signs``,
``disclosure_signs``, ``covering_up_signs``, ``unsafe_care_signs``, ``allegation_signs``,
``farewell_signs``, ``left_to_chance_signs``, ``weapon_signs``) are each one kind of worry;
``route.decide`` asks them first, before the classifiers, and the rules alone raise the card while
the classifiers are still training (``route.raised_by_rules``).
"""

from __future__ import annotations

import re
import unicodedata

from bot.conversation import (
    allegation_signs,
    asking_signs,
    carer_signs,
    control_signs,
    covering_up_signs,
    disclosure_signs,
    exploitation_signs,
    farewell_signs,
    giving_up_signs,
    home_signs,
    interest_signs,
    isolation_signs,
    left_to_chance_signs,
    neglect_signs,
    online_signs,
    safeguarding,
    threat_signs,
    trust_signs,
    unsafe_care_signs,
    warning_signs,
    weapon_signs,
    whereabouts,
)
from bot.conversation.signs import Sign
from bot.conversation.topics import without_topics

# Apostrophes dropped ("there's" → "theres"); quotation marks read as spaces, so quoted words are
# read as words (she's going to "end it tonight").
_MARKS = str.maketrans({**dict.fromkeys("'’‘`"), **dict.fromkeys('"“”„«»', " ")})


# "Safegaurding", "safe guarding", "safguarding": the one word no rule may miss for a typo.
_SAFEGUARDING_MISSPELT = re.compile(r"\bsa?fe?[ -]?g[aeu]{1,3}r?di?ng\b")


def normalise(message: str) -> str:
    """Lower case, apostrophes dropped ("there's" → "theres"), quotation marks read as spaces, one
    space between words, and "safeguarding" spelt one way."""
    text = unicodedata.normalize("NFKC", message).lower()
    return _SAFEGUARDING_MISSPELT.sub("safeguarding", " ".join(text.translate(_MARKS).split()))


# The trained workers' words, the everyday ones, the online ones, what is seen in a home, a young
# carer, a child left without care, someone giving up, an adult's interest in a child, someone's
# hold over a mother or a child, asking who to tell, harm threatened, someone made to work for
# nothing, a grown-up getting a child alone, a child's own words, someone covering up in the heat,
# a child's health or safety left to chance, one of our own said to have harmed a child and a
# weapon used on someone, joined once, not per message.
SIGNS = (
    *safeguarding.SAFEGUARDING,
    *warning_signs.WARNING_SIGNS,
    *online_signs.ONLINE_SIGNS,
    *home_signs.HOME_SIGNS,
    *carer_signs.CARER_SIGNS,
    *carer_signs.HUNGRY_ALL_WEEK,
    *neglect_signs.NEGLECT_SIGNS,
    *neglect_signs.DAILY_DRINKING,
    *neglect_signs.OUT_IN_THE_COLD,
    *giving_up_signs.GIVING_UP_SIGNS,
    *farewell_signs.FAREWELL_SIGNS,
    *interest_signs.INTEREST_SIGNS,
    *control_signs.CONTROL_SIGNS,
    *control_signs.RESTRAINED,
    *isolation_signs.ISOLATION_SIGNS,
    *asking_signs.ASKING_SIGNS,
    *whereabouts.WHEREABOUTS_SIGNS,
    *threat_signs.THREAT_SIGNS,
    *exploitation_signs.EXPLOITATION_SIGNS,
    *trust_signs.TRUST_SIGNS,
    *disclosure_signs.DISCLOSURE_SIGNS,
    *covering_up_signs.COVERING_UP_SIGNS,
    *unsafe_care_signs.UNSAFE_CARE_SIGNS,
    *left_to_chance_signs.LEFT_TO_CHANCE_SIGNS,
    *left_to_chance_signs.LEFT_IN_CHARGE,
    *allegation_signs.ALLEGATION_SIGNS,
    *weapon_signs.WEAPON_SIGNS,
)


def is_safeguarding(text: str) -> bool:
    return _any_sign(SIGNS, text)


# Where someone in hiding now lives, someone giving up on life or saying goodbye to it, a parent
# drinking most days who can barely get the children up, a child tied to a chair, children fed
# crisps for every meal all week with nothing in the fridge, a parent too hungover to wake while a
# small child sees to the baby, and a toddler strapped in for hours: no good news or laughter sets
# these aside ("haha who needs sleep when you can lie awake planning your own funeral", set 115; no
# development message that is not a concern meets these signs). Joined once, like SIGNS.
_NEVER_SET_ASIDE = (
    *whereabouts.WHEREABOUTS_SIGNS,
    *giving_up_signs.GIVING_UP_SIGNS,
    *farewell_signs.FAREWELL_SIGNS,
    *neglect_signs.DAILY_DRINKING,
    *neglect_signs.OUT_IN_THE_COLD,
    *control_signs.RESTRAINED,
    *carer_signs.HUNGRY_ALL_WEEK,
    *left_to_chance_signs.LEFT_IN_CHARGE,
)


def never_set_aside(text: str) -> bool:
    """Does the message tell where someone in hiding lives (``whereabouts``), of someone giving up
    on life (``giving_up_signs``), of a parent drinking most days who can barely get the children
    up (``neglect_signs.DAILY_DRINKING``), of a child tied to a chair (``control_signs.RESTRAINED``),
    of children fed crisps for every meal all week (``carer_signs.HUNGRY_ALL_WEEK``) or of a small
    child left in charge or strapped in for hours (``left_to_chance_signs.LEFT_IN_CHARGE``), which
    no good news or laughter sets aside?"""
    return _any_sign(_NEVER_SET_ASIDE, text)


def _any_sign(signs: tuple[Sign, ...], text: str) -> bool:
    read = without_topics(text)  # "the domestic abuse course" names a subject, not a happening
    return any(
        any(needed in read for needed in needs)
        and cue.search(read)
        and (context is None or context.search(read))
        for needs, cue, context in signs
    )
