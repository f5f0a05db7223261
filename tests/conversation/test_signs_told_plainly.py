"""Concerns told in a worker's shorthand or in passing, and family news that shares their words.

The rules are checked on their own (``is_safeguarding``), so a concern is caught whatever the
learned layer happens to score. The kinds of message come from the development sets' misses
(sets 29 to 32, before they were trained on); the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        # Asking how to raise a concern, or for the form or the lead's details.
        "where do i find the safeguarding form",
        "can someone send me the lead's number, something's not right with a family",
        "i want to raise a concern and have no idea who to go to",
        # Case-note shorthand, and despair spelt out or egged on.
        "visit notes: dad disclosed SI last night, no plan, wife at work",
        "she put a photo up of her cut wrists with no caption",
        "some troll told her to do everyone a favour and end it",
        # A weight lost by someone who has stopped eating.
        "grandad's stopped eating properly and has lost nearly 3 stone since the summer",
        # Secrets a child has been told to keep.
        "the little one said her uncle plays secret games with her",
        "he told me he's not allowed to tell anyone what happens at his dad's",
        # Someone unknown offering to mind children.
        "a fake profile using our volunteer's photo is offering to babysit for families",
        # Caught by the learned layer over thirty sets and lost over thirty-four, leaving one set
        # out: the rules now say them whatever the models learn next.
        "the kids had nothing to eat all day, mum said they'd had a big breakfast",
        "mum posted a naked bath photo of her toddler and strangers are commenting",
        "the 13 year old has a sugar daddy online who sends her money",
        "he put his fist through the door right next to the kids",
        "dad said one day he'd do them all in",
        "mum's new fella is heavy handed with the toddler",
        "the little boy had a split lip and nobody would say how",
        "toddler burnt his hand last week and still hasnt been seen by a doctor",
        "can you give me the lead's contact details please",
    ],
)
def test_a_concern_told_plainly_is_caught_by_the_rules(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "fell off the climbing frame at the park, bruised knee and a very proud face",
        "he's got bruises on his shins from football every week",
        "we read the very hungry caterpillar three times at bedtime",
        "the 4yo cut her own fringe with the kitchen scissors, mum laughed till she cried",
        "the boys fought over the last cookie so mum cut it in half",
        "the baby was kept in overnight for observation after a temperature, home now and fine",
        "the part-time coordinator post is being cut from next year, can we announce it?",
        "who do I raise a concern about the charity's facebook page with?",
        "the kids had nothing to eat at the party except cake, the sandwiches went in minutes",
        "mum was a bit heavy handed with the glitter at craft club, the kids loved it",
        "where do I find our team lead's contact details for the rota?",
    ],
)
def test_family_news_in_the_same_words_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))
