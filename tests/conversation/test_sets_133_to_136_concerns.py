"""Concerns the rules missed in sets 133 to 136 before they were trained on, in new words: a family's
refuge address shared online; "d s l number" typed with spaces; a baby who screams when he is lifted
by the arm; a volunteer photographing the children on visits for a Telegram channel; an allegation
about a staff member's conduct towards a child; an adult who "did something stupid with her tablets"; a
volunteer "done with life" who has given her dog away. Read past: a baby sitting up on her own, a
toddler who locked mum out in the garden. Everyday messages in nearly the same words raise no alarm.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her sister shared the new refuge address in the family whatsapp group and now everyone knows",
        "d s l number pls",
        "the baby screams every time dad picks him up by the arm, mum says he's just moody",
        "a parent has told us a volunteer is taking pictures of the kids on her visits and posting them in a "
        "telegram group",
        "the board heard an allegation about a trustee's conduct towards a child at the summer fair",
        "she messaged that she did something stupid with her tablets last night, she's home now",
        "a volunteer messaged to say she's done with life and has given her dog away, and she hasn't come to "
        "her visits",
    ],
)
def test_a_concern_told_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "where's the nearest women's refuge charity shop? I've got bags of baby clothes to drop off",
        "dsl training is next tuesday, is it online?",
        "she screamed with delight when grandad swung her round by the arms",
        "our volunteer took pictures of the kids' paintings and put them in the private staff group",
        "the board heard a complaint about a trustee's conduct at the agm",
        "I did something silly with the pills organiser and put monday's in tuesday's slot",
        "I'm done with life admin for today, tax return finally in!",
        "we've given the cat away to my sister because the baby is allergic",
        "voice note: baby is sitting up on her own now, mum is so proud",
        "the toddler locked mum out in the garden by pressing the door button, I let her back in 😂",
    ],
)
def test_the_everyday_message_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby was left sitting on her own in the bath while mum was downstairs",
        "her partner locked her out in the garden all night",
    ],
)
def test_the_concerns_beside_what_is_read_past_are_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))
