"""Concerns the rules and classifiers missed in sets 145 to 148 before they were trained on, in new
words: a baby dropped right off her weight chart; a dad high as a kite at a visit; a colleague "done
with everything" beside a picture of pills; a dad merry from drink taking the baby into his bed; a
volunteer taking a family's children out on her own and posting them as "my babies"; a fake profile
of a little girl adding other children as friends; a former volunteer let go for inappropriate
messages to children; a volunteer accused of taking photos of children at the park; a family's child
in swimwear on someone's personal page with weird comments.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "the health visitor says the baby has dropped right off his centile chart, mum isn't bothered",
        "dad was high as a kite at the visit, laughing at nothing, baby in the bouncer",
        "my friend from the office posted 'done with everything' with a photo of tablets, not answering",
        "dad had had a few and said he'd take the baby in bed with him tonight",
        "one of our volunteers keeps taking the children out in her car on her own and calls them my babies",
        "someone's made a fake account of a little boy from playgroup and it's adding other kids as friends",
        "she was let go for inappropriate messages to children, now she coaches the under 10s",
        "a post is accusing one of our volunteers of taking pictures of children at the playground",
        "a volunteer posted a pic of one of our families' little girls in swimwear on her own page, "
        "weird comments under it",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "the baby has shot up the chart, the health visitor is thrilled",
        "the kids were high as a kite on birthday cake, total chaos",
        "done with everything on my to-do list, time for a cuppa",
        "mum says she takes the baby in bed with her for the night feeds, is that in our leaflet?",
        "one of our volunteers took the children from the group to the library, all signed off",
        "is there a fake account of our charity page? someone said they saw one",
        "are there rules on messages to children in our groups, like birthday cards?",
        "I was taking photos of the kids at the park for the newsletter, mum signed the consent",
        "the kids in their swimsuits at the splash park, can I post it on the charity page?",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
