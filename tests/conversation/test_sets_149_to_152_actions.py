"""Actions sets 149 to 152 held that the rules missed before they were trained on, in new words.

A website that now redirects to a betting site, or an old admin account that has started posting
loan offers, is a hacked account, even when the only login belongs to someone who left; a site
someone else registered in our name is not ours to have been hacked. Someone who asks, before they
stop volunteering, to stay in the volunteers' WhatsApp is a leaver.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide


@pytest.mark.parametrize(
    "message",
    [
        "our site now redirects to a gambling page, the only login is the old designer's who left last year",
        "the toddler group's old admin account, a volunteer who left, has started posting crypto offers",
    ],
)
def test_a_site_or_account_turned_to_spam_is_hacked(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "hacked_account")


def test_our_own_giveaway_post_is_not_a_hack(index: PolicyIndex) -> None:
    decision = decide(index, "our page is posting the giveaway winners this afternoon, so excited")
    assert decision.category != "hacked_account"


def test_a_site_someone_else_registered_is_not_ours(index: PolicyIndex) -> None:
    decision = decide(index, "someone has registered homestartsuffolk.net and it redirects to a casino site")
    assert (decision.route, decision.category) == (Route.REPORT, "other")


def test_staying_in_the_chat_after_stopping_is_a_leaver(index: PolicyIndex) -> None:
    message = "when I stop volunteering in May can I still be in the volunteers' whatsapp to keep in touch?"
    assert decide(index, message).route is Route.LEAVER
