"""A course, a programme or a book about abuse is not abuse: the rules read past the phrase that
names its subject, and still read the rest of the message.

The false alarms come from the ordinary messages of development sets 61 to 64 held before they
were trained on; the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.route import is_safeguarding, normalise
from bot.conversation.topics import without_topics


@pytest.mark.parametrize(
    "message",
    [
        "booked on the domestic abuse awareness course next month, anyone else going?",
        "the neglect and FGM training on Tuesday was so useful",
        "did anyone see the documentary about county lines on BBC Three? so well made",
        "I'm reading a novel about forced marriage for book club, it's hard going",
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
    ],
)
def test_a_concern_told_beside_one_is_still_caught(message: str) -> None:
    assert is_safeguarding(normalise(message))


def test_only_the_subject_is_masked() -> None:
    text = normalise("the domestic abuse awareness training was good, but mum has a black eye")
    assert without_topics(text).endswith("was good, but mum has a black eye")
