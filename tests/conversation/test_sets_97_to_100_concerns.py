"""Concerns the rules missed in sets 97 to 100 before they were trained on: a child of eleven doing
the baby's night feeds so mum can sleep; childminding offered on a local page with photos of the
children wanted first, "girls preferred"; a parent posting the children in the bath on a public
account that strangers comment on; a child filmed in just a nappy out in the garden in the cold; a
member of staff after a young mum's address so he can pop round; the safeguarding number typed as
"safeguardin"; "how to raise concern" with no article; and a mother who "might as well walk in front
of a bus" (the rules caught her only by "being cut", now read past when it is her benefits).
Everyday messages in nearly the same words raise no alarm. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "her 10 year old does all the night feeds for the twins so mum can sleep before her shift",
        "a man on the village page offers childminding but wants pics of the children first, girls preferred",
        "one of my mums keeps posting her toddlers in the bath on her public tiktok and strangers comment",
        "someone filmed a little one screaming in just a nappy out in the garden in the cold, it's on fb",
        "the new male volunteer asked me for the address of one of the young mums so he could pop round",
        "where's the safeguardin number again",
        "how do i raise concern",
        "she was fuming about her benefits being cut and said she might as well walk in front of a bus",
    ],
)
def test_a_concern_from_this_round_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "my husband does the night feeds at weekends so I can get a lie in",
        "the school asked parents to send in baby pictures of the children for the leavers' book",
        "I posted my two in the bath on my private insta, just family can see it",
        "she was running round the garden in just a nappy in the sunshine, so happy",
        "the health visitor asked me for the address of the clinic so she could pop round with leaflets",
        "where's the number for the office again",
        "how do I raise a query about my expenses?",
        "the kids kept walking in front of the camera so we might as well film it again tomorrow",
    ],
)
def test_an_everyday_message_in_nearly_the_same_words_stays_quiet(message: str) -> None:
    assert not is_safeguarding(normalise(message))
