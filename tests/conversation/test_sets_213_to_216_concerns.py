"""Concerns the rules and classifiers missed in sets 213 to 216 before they were trained on, in new
words: a child of five who climbs out of his window at night while his parents sleep; who the
designated lead is, or who leads on child protection; something bad to tell someone; a disclosure
of domestic violence, in three words; a man offering teenagers cash and messaging them; a man
offering mums to pay their bills if they meet him; someone very low who says she has a plan; "I
won't be here for his first birthday".

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "ha so funny, little Rosa (4) showed me how she climbs out the window onto the porch roof at night",
        "who is the designated lead?",
        "who leads on child protection?",
        "I need to tell someone something bad",
        "DV disclosure this morning",
        "a man on the town page is offering the teenagers cash for odd jobs and messaging them privately",
        "a bloke keeps messaging our mums offering to pay their rent if they'll come round to his",
        "one of my volunteers is really low after her miscarriage and said she has 'a plan'",
        "mum said 'I won't be here for her first Christmas' and then talked about nappies",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "ha so funny, our cat showed me how she climbs out the window onto the porch roof",
        "who is the lead for the summer fair?",
        "who leads on the social media policy?",
        "I need to tell someone something funny from today",
        "where's the DV disclosure scheme leaflet for the noticeboard?",
        "a man on the town page is offering the teenagers cash for their old bikes at the car boot",
        "a company keeps emailing our office offering to pay our bills by direct debit",
        "one of my volunteers is really excited about the fun day and said she has a plan for the games",
        "mum said 'I won't be here for her first Christmas, we're away in Spain' so we'll do presents early",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
