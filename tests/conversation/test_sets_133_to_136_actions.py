"""Actions sets 133 to 136 held that the rules missed before they were trained on, in new words.

Reports: our email asking everyone for vouchers, a recovery number nobody recognises, payments we
did not make, sign-ins from overseas with a forwarding rule (hacked accounts); spam flooding the
contact form and job adverts in the charity's name ("something else"); and a post put out before
the CEO had seen it, told without any other sign that it happened, is still a breach. Sign-off:
"here's what I've written, who approves it?", a drafted post "can it go up?", key messages for the
chair to confirm, and "how do we get sign-off for this?" with the post in hand. Leavers: "take me
off the systems", someone who moved abroad and was never taken off the page, and the leaving drinks
of someone who has run our Facebook for years. Their look-alikes are not. The wordings are new, not
copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off
from bot.conversation.report_cues import report_category
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "category"),
    [
        (
            "my work email password stopped working and the recovery number on it isn't one I recognise",
            "hacked_account",
        ),
        ("our ad account shows £300 of payments we didn't make", "hacked_account"),
        (
            "IT say there were sign-ins to the office mailbox from overseas and a forwarding rule to a gmail",
            "hacked_account",
        ),
        ("the website contact form is flooded with spam in chinese", "other"),
        (
            "someone is posting job adverts in the charity's name asking people to pay for a DBS check",
            "other",
        ),
    ],
)
def test_a_situation_told_this_round_is_reported_in_its_category(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


@pytest.mark.parametrize(
    ("message", "category"),
    [
        ("we didn't order the pizza in the end, the kids had sandwiches", ""),
        ("someone is posting spam links under our posts", "harmful_content"),
    ],
)
def test_their_look_alikes_keep_their_own_reading(message: str, category: str) -> None:
    assert report_category(normalise(message)) == category


def test_a_post_we_made_in_the_charitys_name_is_not_impersonation() -> None:
    message = "I posted in the Felixstowe group in our name asking for cots, without checking with anyone"
    assert report_category(normalise(message)) != "other"


def test_an_announcement_put_out_before_the_board_had_seen_it_is_a_breach(index: PolicyIndex) -> None:
    decision = decide(
        index,
        "The team put the announcement of the new partnership on Facebook before the board had even seen it.",
    )
    assert (decision.route, decision.category) == (Route.REPORT, "policy_breach")


def test_our_email_asking_everyone_for_vouchers_is_hacked(index: PolicyIndex) -> None:
    decision = decide(index, "my homestart email is asking all my contacts for amazon vouchers, it's not me")
    assert (decision.route, decision.category) == (Route.REPORT, "hacked_account")


def test_asking_to_put_it_out_before_the_ceo_has_seen_it_is_no_report(index: PolicyIndex) -> None:
    assert decide(index, "can I put it on instagram before the CEO has seen it?").route is not Route.REPORT


@pytest.mark.parametrize(
    "message",
    [
        "we have to reply to the Mumsnet post today, here's what I've written, who approves it?",
        "I've drafted a pinned post asking people to be kind in the comments. Can it go up?",
        "We're on Radio Suffolk at 5 and I've prepared our key messages, could the chair confirm she's happy "
        "with them?",
        "How do we get sign-off for this? It's the post launching the annual report, with the mayor's photo",
    ],
)
def test_a_draft_in_hand_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "how do we get sign-off for this sort of thing?",
        "do I need approval for this? it's just a thank-you to the bake sale helpers",
        "can it go up on the noticeboard in the hall?",
    ],
)
def test_questions_about_sign_off_in_general_do_not(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "not sure I'm coming back after the summer, best take me off the systems for now",
        "last visit on Friday! don't forget to take me off all the techy stuff 😂",
        "our fundraising volunteer moved to Spain last year and nobody took her off the Facebook page",
        "Sam's leaving drinks are on Friday, she's run our facebook for years so it'll be strange",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "can you take me off the rota for next week, I'm on holiday",
        "the toddler group moved to the church hall, can you take the old times off the page?",
        "the family's leaving do was lovely, mum has run the mums' facebook group for years",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))
