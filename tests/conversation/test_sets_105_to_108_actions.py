"""Actions sets 105 to 108 held that the rules missed before they were trained on, in new words.

"Is this ok to go out Friday?", "can this go up tonight?" and "is this wording alright" ask for
sign-off, and a draft pasted in ("Draft reply to the paper: …") is one to sign off unless it
announces a leaver. "I resign", someone who "came off the board" still on an account, "won't be
renewing my agreement", asking to hang on to a login "when I go", and a volunteer the charity "had
to let go" are leavers. Their look-alikes are not. The wordings are new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation import leavers, sign_off
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import normalise


@pytest.mark.parametrize(
    "message",
    [
        "is this ok to go out on friday? it's our post about the new family hub",
        "can this go up tonight? it's the thank-you post for the fun run",
        "is this wording alright for the post about the office move?",
    ],
)
def test_asking_if_a_post_may_go_out_asks_for_sign_off(message: str) -> None:
    assert sign_off.wants_sign_off(normalise(message))


@pytest.mark.parametrize(
    "message",
    ["is it ok to go out on visits in the snow?", "can this go in the recycling or is it confidential?"],
)
def test_going_out_that_is_no_post_is_not(message: str) -> None:
    assert not sign_off.wants_sign_off(normalise(message))


def test_a_pasted_draft_is_one_to_sign_off_unless_it_announces_a_leaver(index: PolicyIndex) -> None:
    draft = (
        "Draft reply to the Evening Star: 'We are aware of the comments about our funding and want to "
        "reassure families'"
    )
    assert decide(index, draft).route is Route.APPROVAL
    farewell = (
        "Draft for the newsletter: 'We say goodbye to Jo, who retires this month after running our instagram "
        "for six years' - she still has the login"
    )
    assert decide(index, farewell).route is Route.LEAVER
    for asked in ("draft me a facebook post about the fun day", "Draft minutes, Board of Trustees, 4 March"):
        assert not sign_off.PASTED_DRAFT.match(normalise(asked))


@pytest.mark.parametrize(
    "message",
    [
        "i resign. will hand my lanyard in on friday",
        "can we take Priya off the instagram admins? she came off the board in june",
        "won't be renewing my volunteering agreement in april, new job",
        "when I go in March can I hang on to the canva login?",
        "we've had to let a volunteer go after a complaint, she still has the teams login",
    ],
)
def test_someone_going_is_a_leaver(message: str) -> None:
    assert leavers.leaving(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "i quit sugar for lent and i'm so grumpy",
        "when I go to group on tuesday can I use the canva login to make the poster?",
        "we let the volunteers go home early because of the snow",
        "we had to let the volunteer go home early, she was poorly",
    ],
)
def test_their_look_alikes_are_not(message: str) -> None:
    assert not leavers.leaving(normalise(message))
