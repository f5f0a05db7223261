"""Concerns five-fold over ninety sets missed, once sets 89 to 92 joined: a mother with pinprick
pupils nodding off while her toddler cries, a man who rang a volunteer to say he knows which house
she visits and she should keep her nose out, a volunteer said to get too close to the children with
a girl on his knee, a baby with a fever whose mother cannot take him to the doctor, and a mother who
said she would end it if her children were taken; and, leaving one set out over ninety sets, a
grandmother said to be minding the children who has been in hospital all week. Everyday messages
in nearly the same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her pupils were like pinpricks and she kept nodding off while the toddler was crying",
        "a man rang me saying he knows which house I visit on Mondays and I should keep my nose out",
        "anonymous message says a staff member 'gets too close' to children, had a girl on his lap",
        "the little one's had a temperature for days and mum can't take him to the GP",
        "she said 'if social take my kids I'll end it' and then laughed it off",
        "gran's meant to be minding them but she's in hospital, so who's been looking after the kids?",
    ],
)
def test_a_concern_five_fold_missed_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the optician put drops in and my pupils were tiny then huge all afternoon",
        "the new coordinator knows which family I visit on Tuesdays, she's matching me with another",
        "our volunteers get close to the families over the months, is it ok to say goodbye on whatsapp?",
        "I can't take him to the GP on Thursday, can someone swap my visit?",
        "I'll end it there, thanks everyone",
        "I'll end it on a high with the raffle results",
        "who's had the kids' drawings from the fridge? I wanted to scan them",
        "nanny came out of hospital yesterday and has had the kids all day, bless her",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
