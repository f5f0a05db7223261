"""Concerns the rules and classifiers missed in sets 205 to 208 before they were trained on, in new
words, most about adults: an older person who lives alone, muddled, giving money to a caller
pretending to be us; intimate photos of a woman shared by her ex; an ex reading her accounts to
know where she goes; a mum who has "made her plans" and says thank you for everything; a child
walloped in a shop; a family the asker thinks is at risk; a boy held out over a balcony.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a man pretending to be from the council keeps ringing my neighbour, she's 87 and lives alone and "
        "has handed over £400 already",
        "her ex put naked pictures of her in the football lads' group chat after she finished with him",
        "the dad keeps getting into mum's facebook and phone, he always knows where she is",
        "she texted me 'I've made my plans now, thank you for everything you did for us'",
        "if I see a toddler being walloped in the park by his mum, do I pass that on?",
        "I think one of my families is at risk, what's the process?",
        "my nephew said his stepdad held him out over the balcony by his feet to scare him",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a man from the council keeps ringing my neighbour, she's 87 and lives alone, about her new bins",
        "her ex put pictures of her wedding dress in the football lads' group chat to sell it",
        "the dad keeps getting into mum's netflix, he always knows what she is watching",
        "she texted me 'I've made my plans for Christmas, thank you for the hamper'",
        "if I see a toddler being walloped by the bouncy castle in the park, do I pass that on?",
        "I think one of my families is at risk of losing their flat, can we help with a fundraiser?",
        "my nephew said his stepdad held the flag out over the balcony for the match",
    ],
)
def test_the_everyday_message_in_the_same_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
