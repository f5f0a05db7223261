"""Asking how to raise a worry about a child is a safeguarding message, and the same words about a
post, a page or a complaint are not; family news with a scare word in it raises no alarm.

The rules are checked on their own (``is_safeguarding``). The kinds of message come from the
development sets' misses (sets 33 to 36, before they were trained on); the wordings here are new.
"""

from __future__ import annotations

import pytest

from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        # How to raise a worry: the safeguarding card says who to call and how, now.
        "whats the procedure if i think a baby is at risk",
        "who do i tell if i suspect a child might be at risk at home",
        "how do i report something i saw at a family's home today",
        "how soon do i have to report a concern, can it wait till monday",
        "is there a way to flag a worry without it getting back to the family",
        "how does safeguarding reporting work if you're a volunteer",
        # An adult's conduct around children is for the lead too.
        "not sure who to talk to about how a coordinator behaves around the kids",
        # Whether a worry is for the lead (read: set 37, before it was trained on).
        "how do i know if it's serious enough to take to the safeguarding lead",
        "is it bad enough to ring the dsl or should i just mention it to my coordinator",
        # In shorthand (missed leaving one set out over seventy sets).
        "got to flag sth about one of my fams, where do i go with it",
    ],
)
def test_asking_how_to_raise_a_worry_gets_the_safeguarding_card(message: str) -> None:
    assert is_safeguarding(normalise(message)), message


@pytest.mark.parametrize(
    "message",
    [
        # The same verbs about the charity's accounts, posts and complaints.
        "how do i report a concern about a post on the charity page",
        "how do i flag a worry about our instagram being hacked",
        "what's the procedure if our facebook gets hacked",
        "how do i report something i saw on the charity's page",
        # Knowing the procedure is a question about the policy (its section on safeguarding).
        "do i need to know how to report a concern if i only do the newsletter",
        "do volunteers have to know the safeguarding procedure",
        # Family news with a scare word in it.
        "so proud of the difference we've made to families this year",
        "santa's beard fell off at the family party and nobody cared",
        "my family are on holiday this week, it feels weird not visiting",
        "is a hacked page serious enough to tell the ceo about",
    ],
)
def test_the_same_words_about_posts_or_family_news_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message)), message
