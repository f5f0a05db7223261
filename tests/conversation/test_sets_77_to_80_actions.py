"""Actions sets 77 to 80 held that the rules missed before they were trained on, in new words.

An order to send, list or change something on the writer's behalf is "not covered" (the bot has
no hands on mail, lists or accounts); asking after the bot's sleep or maker is small talk; a
sign-off request naming a long announcement, or a holding line in hand, opens the form; a sign-in
prompt approved by mistake is a hacked account; "we have a leaver", a last working day, standing
down and a leaver's "if that's ok" are leavers. Beside them, leave asked for and sign-off asked
about for later open no form.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    ("message", "route", "category"),
    [
        ("email all the trustees saying the AGM has moved to Friday", Route.NOT_COVERED, ""),
        ("take down that post for me before anyone sees it", Route.NOT_COVERED, ""),
        ("change the admin email on our facebook to mine", Route.NOT_COVERED, ""),
        ("do you ever get lonely in there?", Route.SMALL_TALK, ""),
        ("who built you then?", Route.SMALL_TALK, ""),
        (
            "How do I get the announcement about the new Felixstowe dads group approved?",
            Route.APPROVAL,
            "",
        ),
        ("we've got a holding line for the story in the paper, who signs it off?", Route.APPROVAL, ""),
        (
            "tapped approve on a login request I didn't make and now the page looks odd",
            Route.REPORT,
            "hacked_account",
        ),
        (
            "We have a leaver: Sam, finishing Friday. The Canva login might be on her own phone",
            Route.LEAVER,
            "",
        ),
        ("I'm leaving Home-Start at Easter but happy to keep posting if that's ok?", Route.LEAVER, ""),
    ],
)
def test_an_action_from_sets_77_to_80_is_routed(
    index: PolicyIndex, message: str, route: Route, category: str
) -> None:
    got = decide(index, message)
    assert (got.route, got.category or "") == (route, category)


@pytest.mark.parametrize(
    "message",
    [
        "can I get the Friday off for a hospital appointment, who approves that?",
        "how would I get a press release approved, just for future reference?",
    ],
)
def test_leave_or_a_question_for_later_is_no_sign_off_request(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is not Route.APPROVAL


@pytest.mark.parametrize(
    "message",
    [
        "the treasurer stood down at the AGM yesterday and still has the page login",
        "her last working day was yesterday and she still has the page login",
    ],
)
def test_standing_down_or_a_last_working_day_is_read_as_leaving(message: str) -> None:
    assert leavers.leaving(normalise(message))
