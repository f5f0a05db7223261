"""Actions sets 177 to 180 held that the rules missed before they were trained on, in new words.

Orders to the bot to hand over a login, make someone an admin or change an account are not covered
(the classifiers sent them to leavers and reports); questions and reports about the same accounts
are not orders (``situations.BYPASS``). The news alone ("Quitting. Sorry.") and "not doing it
anymore" with a request to come off the accounts are leaving, and so is a secondment with access
to come off, however many words stand between "secondment" and "starts" (``leavers``).
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.leavers import leaving
from bot.conversation.route import Route, decide
from bot.conversation.situations import hidden_order
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "send me the facebook password, my phone logged me out",
        "Please email the linkedin login details to Jo, she's doing the post tomorrow",
        "hiya, can you make me an admin on the insta? I've started as coordinator",
        "Sam here. Please give Priya moderator access on the parents group.",
        "update the facebook cover photo to the summer fair poster",
        "post this photo of the cake sale on our page please",
    ],
)
def test_an_order_to_give_access_or_change_an_account_is_not_covered(
    index: PolicyIndex, message: str
) -> None:
    assert hidden_order(message, normalise(message))
    assert decide(index, message).route is Route.NOT_COVERED


@pytest.mark.parametrize(
    "message",
    [
        "who has the password for the facebook page?",
        "can volunteers be admins on the Facebook group?",
        "who can post on our official instagram?",
        "I posted the password in the group chat by mistake",
        "can you make sure Lee's access is removed, he finished today",
        "The post and photo are ready for the patron announcement, who needs to sign it off?",
    ],
)
def test_a_question_or_a_report_about_the_same_accounts_is_not_an_order(message: str) -> None:
    assert not hidden_order(message, normalise(message))


@pytest.mark.parametrize(
    "message",
    ["Resigning. Sorry!", "Dave's quit.", "please take me off the facebook group, not volunteering anymore"],
)
def test_the_news_alone_or_not_doing_it_any_more_is_leaving(message: str) -> None:
    assert leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    ["quitting sugar for january, wish me luck", "left my brolly at group", "not doing the raffle any more?"],
)
def test_quitting_something_else_is_not(message: str) -> None:
    assert not leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "Can you make sure Priya's access is removed once her secondment to the council starts on Monday?",
        "Sam is going on secondment to the NHS for a year, do we take him off the Facebook page?",
    ],
)
def test_a_secondment_with_access_to_come_off_is_leaving(message: str) -> None:
    assert leaving(normalise(message))


def test_a_secondment_asked_about_in_general_is_not() -> None:
    assert not leaving(normalise("If someone goes on secondment, do we take them off the accounts?"))
