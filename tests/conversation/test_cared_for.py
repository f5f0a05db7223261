"""An everyday accident told with the care that followed it is family news, not a concern.

"A black eye from the swing, mum took him straight to A&E and the nurse was lovely" is the
labelling rules' own example of a harmless family message, and sets 45 to 52 hold many like it;
leaving one set out, the rules' injury words raised the alarm on them. Told with its cause and
its care, and with nothing that turns it (a "but", a story that "mum says", "again", a mark shaped
like a hand), such a message counts as cheerful: the learned alarm is not raised on it and the
rules' alarm is set aside only where both route models rule a concern out (``alarm.laughed_off``).
The wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.alarm import cheerful
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "came off the trampoline with a black eye, mum had him at minor injuries within the hour, all fine",
        "bumped her head on the coffee table, a cuddle and some frozen peas and she's fine",
        "the 6 year old got a bruise on his shin at football, mum put an ice pack on it and he carried on",
        "little one tripped at the park and grazed both knees, mum took her to the pharmacy for plasters",
    ],
)
def test_an_accident_told_with_its_care_is_family_news(message: str) -> None:
    assert cheerful(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "black eye again, mum says he fell off the swing, she took him to A&E",
        "bruise on his cheek shaped like a hand, mum took him to the GP and said he fell at the park",
        "another bruise from the slide, third this month, mum gave him a cuddle",
        "he got a black eye at the park but I'm not sure, mum took him to minor injuries",
        "the 4 month old has a bruise from the coffee table, mum put a cold flannel on it",
    ],
)
def test_an_injury_with_a_story_or_a_doubt_is_not(message: str) -> None:
    assert not cheerful(normalise(message))
