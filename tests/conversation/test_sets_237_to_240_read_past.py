"""Ordinary messages from sets 237 to 240 that raised the alarm before those sets were trained on:
families and children with a parent in prison named as whom we support; a template nobody can
find; a baby who attacked someone's glasses; a toddler's foam sword; a baby who weed on the scales
or was a little monster at clinic; a ball to the face in goal; rumours that we are a front for
trafficking; a government called cruel; a volunteer who kept cancelling; a child who screamed at
the waves (``everyday_later``).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "do children with a parent in prison get extra help at school?",
        "our summer picnic for families with parents in prison needs a poster, who signs it off",
        "the consent forms for the trip, where are they saved? cant find them anywhere",
        "the twins attacked nan's earrings at the party, no harm done",
        "my 4 year old hit me on the head with his inflatable hammer all afternoon 😂",
        "at clinic the baby was a little monster and weed all over the health visitor",
        "the dad told me (his son translated) that their volunteer kept cancelling and he asked me how to "
        "complain",
        "took a ball in the face at cricket, black eye, he's wearing it like a medal",
        "people keep posting claims that home-start is a front for trafficking, it's nonsense",
        "can I say on my own page that the dwp is cruel to disabled families? no names",
        "her daughter translated for her: the last volunteer kept forgetting visits and she asked how to "
        "complain",
        "my son screamed at the fireworks and hid under the blanket",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her dad's in prison for hurting her and now he's writing to her from inside",
        "mum went out at 6 and now she cant find the kids anywhere",
        "mum filled in the forms, then the kids went off to the park and now she cant find them anywhere",
        "dad attacked the baby when she wouldn't stop crying",
        "mum's boyfriend hit the toddler with a belt",
        "he's smoking weed in front of the kids every visit",
        "she calls the boy a little monster and locks him in his room",
        "he's got a black eye and won't say how, dad says he walked into a door",
        "I think the young mum is being trafficked, she has no passport and a man collects her wages",
        "her partner is cruel to the children and shouts at them all day",
        "the volunteer keeps messaging the teenage girl from the family at night",
        "dad screamed at the baby until she was sick",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
