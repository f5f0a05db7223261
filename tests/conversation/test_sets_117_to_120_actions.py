"""Actions sets 117 to 120 held that the rules missed before they were trained on, in new words.

Posts scheduled "without the chair's OK" that went live, a statement that went out "without the
CEO seeing it" and a statement given to a paper "without telling anyone" are breaches to report,
as are posts put up "without running it past anyone" or "without going to the CEO first" (left
over from sets 113 to 116). Someone asking whether they should still be in a group months after
stepping down, a trustee stepping off the board, a last day "the 3rd", and an ex-volunteer still
logging into a shared account are leavers. Their look-alikes are not: asking before posting,
someone who joined, a bus stepped off, an ex-volunteer's comments, and a colleague on leave whose
account sends odd links. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, situations
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "I scheduled the spring appeal posts without getting the chair's OK and they're live now",
        "the statement about the closure went out on our page without the CEO seeing it",
        "I gave a statement to the local paper about the cuts without telling anyone",
        "I put up the post about the gala without going to the CEO first",
    ],
)
def test_a_post_that_went_out_without_sign_off_is_a_breach(index: PolicyIndex, message: str) -> None:
    assert situations.WENT_OUT_UNAPPROVED.search(normalise(message))
    decided = decide(index, message)
    assert (decided.route, decided.category) == (Route.REPORT, "policy_breach")


@pytest.mark.parametrize(
    "message",
    [
        "can I schedule the spring appeal posts without getting the chair's OK?",
        "the chair's OK came through so the posts went live on Monday",
        "I gave the volunteers a quick talk on the new rota without notes",
    ],
)
def test_asking_first_or_having_sign_off_is_not(message: str) -> None:
    assert not situations.WENT_OUT_UNAPPROVED.search(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "am I still supposed to be on the volunteers' whatsapp? I left in January",
        "Priya's stepping off the committee in May and she still owns the instagram",
        "gutted Dan's going, his last day's the 3rd, who does the rota now?",
        "the ex-volunteer keeps logging into our shared dropbox and moving things",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "am I still supposed to be on the volunteers' whatsapp? I joined in January",
        "Priya's stepping off the bus at the hub, can someone meet her?",
        "an ex-volunteer keeps commenting nasty things on our posts",
        "she's on leave in Spain and her Teams account is sending everyone odd links",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))
