"""Concerns the rules and classifiers missed in sets 197 to 200 before they were trained on, in new
words: strangers using our name to reach children (a "volunteer" offering free childcare, a "talent
scout" wanting a child alone on a video call, our logo asking a child for a selfie, a man asking
members' children to message him, a child called a stunner and asked for her Snapchat); one of our
own people said to have harmed a child (the police looking into a volunteer, a claim that one is on
the sex offenders register, a volunteer accused of touching a child, one "too interested in the
kids"); threats (a husband at the office saying he'd kill her, a dad threatening to put the
volunteer through the wall); terse neglect (a baby eating from the bin, a boy's ribs showing with
crisps for tea, a little one shivering with no coat or shoes); and the procedure or form asked for
with something to report.

Each stays quiet beside the everyday message in the same words.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "a woman on the village page says she's a Home-Start volunteer, will mind kids at her flat for free",
        "a Home-Start 'talent scout' wants a video chat with my neighbour's 11 year old, without mum",
        "an account with our logo messaged my 13 yr old asking for a selfie to enter a prize draw",
        "some bloke on our fb asking members' kids to pm him",
        "someone wrote 'what a stunner' under the photo of the 12 year old and asked for her snapchat",
        "the police are looking into one of our volunteers over something to do with a child, keep it quiet",
        "a reporter asked if it's true one of our volunteers is on the sex offenders register",
        "a mum has posted that our volunteer touched her daughter at a visit",
        "an anonymous message says one of our volunteers is too interested in the kids and needs looking at",
        "her husband came to the office yelling that he'd kill her, she says she's fine",
        "the dad said he'd put me through the wall if I came back",
        "the baby was eating food out of the bin again when I got there",
        "you can see the lad's ribs, tea was a packet of crisps again",
        "the little one was shivering, no coat and no shoes in this weather, not the first time",
        "I need the safeguarding procedure today, I have something to report",
        "where's the form for a concern?",
    ],
)
def test_what_the_new_sets_missed_is_a_concern(message: str) -> None:
    assert is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "a new volunteer says she will help at the creche at the fun day for free",
        "a recruiter wants a video chat with me about the coordinator job, on Teams",
        "an account with our logo asked for photos of the fun day to enter the calendar draw",
        "some bloke on our fb asking members' questions about the fun day",
        "someone wrote 'what a stunner' under the photo of the sunset from the fun day",
        "the police are looking into the break-in at the office, keep the back door locked",
        "a reporter asked if it's true we are opening a new office in Bury",
        "trolls keep calling our trustees nonces and paedo protectors in the comments",
        "a mum has posted that our volunteer touched her heart with how kind she was",
        "an anonymous message says one of our volunteers is brilliant with the kids",
        "her husband came to the office with her lunch, she says he's a keeper",
        "the dad said he'd put the kettle on if I came back",
        "a post on the village page: if that home start woman comes again I'll put her through the window",
        "the toddler threw his sock in the bin at the visit, so funny",
        "you can see the lad's new teeth in the photo, tea was spaghetti everywhere",
        "the little one refused her coat and shoes again this morning, typical toddler",
        "I need the expenses procedure today, I have receipts to claim",
        "where's the form for a mileage claim?",
    ],
)
def test_the_everyday_message_in_those_words_is_not(message: str) -> None:
    assert not is_safeguarding(normalise(message))
