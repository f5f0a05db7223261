"""Actions sets 85 to 88 held that the rules missed before they were trained on, in new words.

A draft in hand ("Draft for the website: …", "wording's agreed", "here it is", "it's written")
with a question about who signs it off, a note that the CEO or the Board needs to see it, "can you
say yes", "is the chair about to approve…" or "need this ok'd" opens the sign-off form; the same
questions with no draft in hand are questions about the rules. Our own account posting dodgy deals
all night is hacked, and so is mail from "my Home-Start address" asking for vouchers. "I'm off at
the end of the month, new job" is a leaver.
"""

from __future__ import annotations

import pytest

from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import OUR_ACCOUNT_ASKING, report_category
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "Draft for the website: 'Sadly our Haverhill group is closing…' who approves this before it goes up?",
        "we're announcing the new chair next week, wording's agreed, who signs it off?",
        "need this ok'd by 3 pls, post announcing our new patron",
        "Radio want our statement on the closure by 4. Here it is. Can you say yes or suggest changes?",
        "Is the chair about to approve the annual report post? It names the big funders",
        "how do I get the CEO to ok our reply to the Star's article? deadline's 5",
        "I've drafted a response to the angry comments and my manager says the CEO has to see it first",
        "It's written. Needs Board sign-off given everything going on.",
    ],
)
def test_a_draft_in_hand_opens_the_sign_off_form(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "who signs off posts about new patrons?",
        "does a post announcing a new chair need the CEO's sign-off?",
        "how do I get the CEO to approve a post, in general?",
        "is the CEO around today? I wanted to say thanks for the flowers",
        "posts like that need Board sign-off, right?",
    ],
)
def test_the_same_question_with_no_draft_in_hand_asks_about_the_rules(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))


def test_our_own_account_posting_dodgy_deals_all_night_is_hacked() -> None:
    message = "our insta's been posting stories all night about cheap phones, how do I stop it"
    assert report_category(normalise(message)) == "hacked_account"


def test_mail_from_my_home_start_address_asking_for_vouchers_is_our_account_asking() -> None:
    message = "three families have had emails from my home-start address asking them to buy vouchers"
    assert OUR_ACCOUNT_ASKING.search(normalise(message))


def test_off_at_the_end_of_the_month_for_a_new_job_is_leaving() -> None:
    leaving = "I'm off at the end of the month, new job at the council. Can I keep helping?"
    assert leavers.leaving(normalise(leaving))
    assert not leavers.leaving(normalise("I'm off to my new job interview tomorrow, wish me luck"))
