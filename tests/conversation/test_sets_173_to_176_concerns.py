"""Concerns the rules and classifiers missed in sets 173 to 176 before they were trained on, in new
words: a video of a small child shoved over by an adult; a comment "I wish I wasn't here anymore";
a volunteer driving children to the seaside without their parents; "I know where that kid lives";
a photographer who wants time alone with the children; a boy of fourteen who gets the little ones
up and to school while mum is in bed till the afternoon; a newborn asleep on dad's chest on the
sofa after the match, dad "smashed"; children not fed; co-sleeping after a skinful; the
safeguarding lead asked for in two words, or as "dee ess el".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "someone shared a clip in the group of a little boy being pushed over by a man, it's not a joke",
        "a teen commented under our post 'i wish i wasnt around anymore'",
        "a volunteer keeps taking the kids from his families out in his car without the parents knowing",
        "a comment under the photo says 'we know where that little girl lives'",
        "a man offered to photograph the children at group if he can have time alone with them",
        "the 12 year old does the school run for the little ones, mum sleeps till 2pm most days",
        "dad was hammered last night and the baby fell asleep on his chest on the sofa",
        "she hasnt fed them kids since yesterday by the look of it",
        "she co-slept with the baby after a few drinks",
        "dee ess el number please",
        "safeguarding lead?",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the toddler was dragged round the shops by a woman with a trolley of bargains lol",
        "I wish I wasn't here, I'd rather be on a beach in Spain lol",
        "can volunteers take their families out in the car? asking before the summer trip",
        "I know where the toddler group is, I'll meet you there",
        "the photographer at the fun day took lovely shots of the children with their mums",
        "I was in bed till lunchtime on Sunday, bliss",
        "absolutely smashed it at the quiz last night, we won!",
        "have you fed the office fish? nobody has since Friday",
        "what does the policy say about co-sleeping leaflets on our page?",
        "safeguarding training dates please",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
