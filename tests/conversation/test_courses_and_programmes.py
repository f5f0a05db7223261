"""A course, a programme, a book or a news story about abuse is not abuse: the rules read past
the phrase that names its subject, and still read the rest of the message.

The false alarms come from the ordinary messages of development sets 61 to 64 held before they
were trained on, and (news, radio and case studies) from leaving one set out of 62; campaigns,
awareness weeks and posts, a scene in a film, a training video and what a first aid course teaches
come from sets 73 to 76 before they were trained on. The wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.topics import without_topics
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "booked on the domestic abuse awareness course next month, anyone else going?",
        "the neglect and FGM training on Tuesday was so useful",
        "did anyone see the documentary about county lines on BBC Three? so well made",
        "I'm reading a novel about forced marriage for book club, it's hard going",
        "did you catch the news about the county lines arrests in Ipswich? scary stuff",
        "Radio Suffolk did a piece about forced marriage this morning, really eye opening",
        "saw a thing about sextortion on tiktok, what kids face now is mad",
        "read in the Star about that grooming case in Haverhill, awful",
        "my brain is fried after two hours of FGM and neglect case studies",
        "watched a documentary yesterday about modern slavery, couldn't sleep",
        # Sets 73 to 76 before they were trained on.
        "can we share the shaken baby campaign poster from the hospital on our page?",
        "does the knife crime awareness post with the stabbing figures need the CEO's ok?",
        "someone left a rude comment on our self-harm awareness post, can I delete it?",
        "the movie for the teen mums' film night has a rape scene, is a 15 ok?",
        "that training video on coercive control was heavy going, is there a copy?",
        "paediatric first aid course next week: what to do if a baby is choking or gets a burn",
    ],
)
def test_a_course_or_programme_about_abuse_raises_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "after the domestic abuse course a mum told me her partner hits her when he's been drinking",
        "watched a drama about grooming and it made me think of the 13 year old in my family, "
        "a man online keeps sending her gifts and telling her to keep it secret",
        "dad turned up drunk to the course with the baby in the pram",
        "saw the news about grooming and it made me think, a man keeps messaging the 12yo in my family "
        "and told her to keep it secret",
        "read a news story about neglect and then went to my family, no food in the house again and "
        "the baby in a dirty nappy all day",
        # "Had a thing about" and a diary are not the news.
        "mum had a thing about bruises on the baby, said he bumps into stuff",
        "mum read in the diary about the stepdad coming into her room at night",
        "the 14yo has been watching self harm videos in her room all night and has stopped eating",
        "under our suicide prevention week post a teenager wrote that she's going to end it tonight",
        # Someone's own post about harming herself is not an awareness post.
        "the 15yo put up a self harm post last night and isn't answering",
        "her suicide post is still up on tiktok",
    ],
)
def test_a_concern_told_beside_one_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


def test_only_the_subject_is_masked() -> None:
    text = normalise("the domestic abuse awareness training was good, but mum has a black eye")
    assert without_topics(text).endswith("was good, but mum has a black eye")
