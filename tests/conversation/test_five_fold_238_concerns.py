"""Concerns five-fold over two hundred and thirty-eight sets missed: one of ours calling a fifteen-
year-old "hot" under her family's photo; a mother's new man, around a week, offering to bath her
little girl every night; a weird man messaging teenagers; a mother eating every other day so the
children can eat; a grandmother who "sorted out" a six-year-old with a belt; a coach who added a
ten-year-old online and messages her; one of ours recognised from a story about being barred from
working with children; the safeguarding lead asked for with a letter missing.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "one of our volunteers commented that the 14 year old from the family looks fit now, on mum's post",
        "a trustee wrote under the family photo that their girl is looking hot these days, she's only 15",
        "mum's boyfriend of two weeks has offered to do bath time for her little girl every night",
        "some weird bloke dming teenagers on tiktok",
        "strange man messaging kids",
        "mum eats once a day so the kids can eat",
        "mum says she skips meals so the kids can eat and she's been dizzy",
        "her nan sorted him out with a belt, says he won't be cheeky again, he's 6",
        "the swimming coach added our family's 11yo on snapchat from his own account and keeps messaging her",
        "a mum recognised one of our volunteers from court, said he's not allowed to work with children",
        "is the safeguardin lead in today?",
    ],
)
def test_what_five_fold_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "one of our volunteers commented that the photo of the 14 year old's team looks fit for the paper",
        "the kids are looking hot and sweaty after sports day, can I post the photo?",
        "a volunteer commented 'gorgeous boy!' under the photo of the family's son",
        "grandad has offered to do bath time every night while mum's in hospital, bless him",
        "a man messaging the group about the football fixtures",
        "mum eats every other day at her sister's, they take turns cooking",
        "she sorted out the wardrobe with a belt rack, tidy at last",
        "the coach added our page on insta and keeps messaging about the fundraiser",
        "a mum recognised one of our volunteers from the school run",
        "is the safeguarding training in today or tomorrow?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
