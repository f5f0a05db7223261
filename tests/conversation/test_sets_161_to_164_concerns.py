"""Concerns the rules and classifiers missed in sets 161 to 164 before they were trained on, in new
words: a young child doing the baby's bedtime, bottles or mornings while a parent is out or in bed;
a baby's weigh-in missed again, all the jabs and checks missed, a baby of months still in newborn
size; thinking of stepping in front of a train; having thought how she would do it; a child with
nothing to eat since the weekend and no money; a toddler drinking dad's cider while dad laughed;
"special games" that are a secret; a co-volunteer who keeps cuddling the children; a baby who fell
and was never taken to a doctor; a baby asleep on the sofa with dad after drinks.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her 8yo does the baby's bottles most nights because mum's in bed all day",
        "the big sister, she's only (10), gets the baby up every morning as mum can't face it",
        "the clinic weigh-in was missed again, that's the fourth time and he's so small",
        "the twins have missed all their jabs and nobody seems bothered",
        "the 10 month old is still in newborn clothes, really worried",
        "tbh some nights I think about walking in front of a bus on the way back",
        "she's been really down and told me she has planned how she'd do it",
        "the boys haven't eaten anything since Saturday, there's no money till Thursday",
        "toddler swigging his dad's lager at the bbq and everyone thought it was funny",
        "she whispered that uncle's special cuddles are their secret",
        "the other volunteer is always hugging the girls at the group, feels a bit odd",
        "he fell off the bunk bed and they didn't take him to the doctor, arm's swollen",
        "found out the baby fell asleep on the settee with mum after she'd had a few drinks",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "dad does the baby's bottles at night so mum can sleep, nice to see",
        "the weigh-in got moved again by the clinic, now it's the third date they've given",
        "he's had all his jabs now, so proud of mum for keeping on top of it",
        "my 8 month old still fits in some newborn socks haha",
        "nearly stepped in front of a bus on my phone, must look up more",
        "we planned how to do it: the raffle first, then the cake sale",
        "I haven't had anything since breakfast myself, no money on me for the canteen",
        "dad spilled his cider at the bbq and the toddler laughed",
        "the surprise party is a secret, the kids have a special game planned",
        "the volunteer's always hugging the mums goodbye, lovely lady",
        "she took the baby to the doctor after he fell and he's fine",
        "the baby fell asleep on the sofa on my lap after his bottle, so cute",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
