"""Concerns the rules and classifiers missed in sets 149 to 152 before they were trained on, in new
words: a former volunteer let go over how she treated a child now offering families babysitting; a
colleague "going to the woods and not coming back", "this is my last post, sorry", goodbye posts not
like her; a husband who rings to say she "doesn't need to speak to us" any more; a partner who "only
lets her out" for the school run; a safeguarding contact for adults asked for; grown men leaving
weird comments on a child's photos.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a volunteer was let go after worries about how he treated a toddler, now offering mums childcare",
        "my colleague wrote on facebook she's off into the woods and won't be coming back, phone's off",
        "my friend put 'this is my last post, I'm sorry for everything' on her story, not picking up",
        "a volunteer has been putting up goodbye type posts all week, it's not like her, I'm worried",
        "her partner phoned to say she's stopping and doesn't need to talk to us, her phone's dead",
        "mum laughed that her fella only lets her go out to the shop and back",
        "is there a safeguarding adults contact, or is it the same person?",
        "mum shares her son's photos in a group and adult men comment weird stuff on them",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "our old volunteer was let go last year after a row about expenses, she now runs a baby group",
        "we're going to the woods on Saturday and not coming back till it's dark, can't wait",
        "this is my last post as the page admin, Jo takes over from Monday",
        "can we do goodbye posts for the volunteers who are leaving this summer?",
        "her partner phoned to say she's poorly and won't make her visit today",
        "mum only lets him out in the garden when it's dry, he's two",
        "he only lets her go on the ipad for an hour after school",
        "who do I ask about safeguarding training for the new volunteers?",
        "men from the rugby club left lovely comments on our fun run post",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
