"""Concerns the rules and classifiers missed in sets 237 to 240 before they were trained on, in new
words: a worry in confidence about a member of staff and a child; a volunteer said to be barred from
working with children; "dm me if you're a kid in care" from an empty profile, and "cute little ones,
dm me" under photos of children; a mother's ex on the register asking to do the school run; a birth
mother posting her adopted son's new name to find him; and a volunteer who has forgotten what to do
if she sees something at a visit.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "can i speak to someone privately, its a worry that involves one of our volunteers and a little girl",
        "nervous to say this but i have a concern about a member of staff and a child at stay and play",
        "someone at the fete said our new helper is barred from working with kids, he was on the tombola",
        "heard one of the coaches is on the barred list, he's doing the holiday club next week",
        "a profile with no picture commented 'message me if you're a teen in care and need a friend'",
        "account with no pic replying 'pm me if ur a girl under 16 x' under the youth club post",
        "pics of the toddlers from stay and play reposted with 'gorgeous little ones, inbox me' by an "
        "account following loads of kids",
        "her ex is on the sex offenders register and wants to babysit while she's at work",
        "dad, on the register and just released, keeps asking to do the school run",
        "the birth dad keeps sharing the boys' new surname online, says he'll find them",
        "a birth dad is sharing the girls' new surname in the local group, says the adopters stole them",
        "forgot what the training said, what should i do if i notice something at a home visit?",
        "what should we do if we notice anything during a visit?",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the rota involves one of our volunteers and a child minder sharing the room on tuesdays",
        "is there a worry about a member of staff and a child both being in the team photo?",
        "does anyone who is barred from working with children show up on the dbs check?",
        "cute little ones at the nativity! dm me for the photos, £2 each to the pta",
        "pm me if ur a volunteer and want a lift to the training",
        "is she on the register for the baby group or do i need to sign her in",
        "she's on the electoral register now so the council letter should come",
        "the adopters asked us to use her new name in the newsletter from now on",
        "a birth mum asked how to send a letterbox letter to her son's adopters",
        "what do i do if i see something wrong on our facebook page",
        "what should i do if i notice a typo on the poster",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
