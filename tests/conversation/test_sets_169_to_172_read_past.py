"""Ordinary messages from sets 169 to 172 that raised the alarm before those sets were trained on:
a domestic abuse charity's campaign or a helpline's poster shared on a volunteer's own page; a new
service for families fleeing domestic abuse, announced; a post on domestic abuse the charity
shared, complained about; "no threats to hurt her"; "we're sorry anyone was made to feel"; "no
child involved"; a black eye from rugby or from the writer's own toddler's head; wanting to
strangle an app; getting home damp from bath time; a baby who weed on dad (topics).

Each guard beside it keeps the concern in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "can I share a domestic violence charity's appeal on my own facebook?",
        "is it ok to put the domestic abuse helpline leaflet on my personal insta story?",
        "we're launching a new domestic abuse support project with the council, who signs off the post?",
        "when we announce the group for mums escaping domestic violence, what's the approval process?",
        "someone complained that we posted a domestic abuse awareness graphic, should we take it down?",
        "he keeps posting about our volunteer, no threats to harm her but it's constant",
        "draft reply: we're so sorry any grandparent was made to feel unwelcome at the fun day",
        "a grown man posted an extremist video in the group, no child involved as far as I know",
        "my son came back with a black eye from football and he's thrilled about it",
        "I got a black eye off my own baby's head at 3am, the joys",
        "mum says she wants to strangle the council website, it logged her out again",
        "bath time with the three kids was carnage, got home damp but smiling",
        "the baby weed all over me at nappy change 😂",
    ],
)
def test_the_ordinary_message_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "mum told me she's been referred to the domestic abuse service, he hit her again",
        "the mum I visit rang the domestic abuse helpline last night, he's back",
        "she's going to a new group for women fleeing domestic abuse, her ex found her",
        "her ex has made threats to hurt her and the kids",
        "the kids are made to feel worthless by their stepdad",
        "a grown man keeps messaging the 13 year old girl I visit",
        "the little boy has a black eye and mum won't say how he got it",
        "he said he'd strangle her if she told anyone",
        "the flat is damp and the baby is coughing all the time",
        "dad smoked weed on the sofa with the baby next to him",
    ],
)
def test_the_concern_in_the_same_words_still_raises_one(message: str) -> None:
    assert is_safeguarding(normalise(message))
