"""Actions sets 145 to 148 held that the rules missed before they were trained on, in new words.

Someone leaving who asks to stay in the volunteers' group or chat afterwards is a leaver (the
checklist, or who to tell). A photo of a family who withdrew consent, opted out or changed their
mind is a breach to report, whoever noticed it. The words around those reports raised the alarm:
consent "withdrawn", a clip "cut together", views that "doubled overnight", a photo "grabbed from the
shared drive", a mum who "never checks her emails". Each guard beside them keeps the concern.
"""

from __future__ import annotations

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.route import Route, decide
from bot.conversation.word_rules import is_safeguarding, normalise


@pytest.mark.parametrize(
    "message",
    [
        "I finish at the end of the month, can I still be in the volunteers' WhatsApp after that?",
        "when I leave in March am I allowed to stay in the staff and volunteer facebook groups?",
        "I'm leaving after six years, will I still be able to post in the coordinators' group afterwards?",
    ],
)
def test_staying_in_the_groups_after_leaving_is_a_leaver(index: PolicyIndex, message: str) -> None:
    assert decide(index, message).route is Route.LEAVER


@pytest.mark.parametrize(
    "message",
    [
        "please take the photo of the triplets off the website, their dad has withdrawn consent",
        "the boy in the red hat on our christmas post, his mum opted out of photos and it's been up all week",
        "a mum has changed her mind about the picture of her son at the fun day, it's still on instagram",
        "mum asked me after group to get the photo of her twins taken down from fb, she's changed her mind",
    ],
)
def test_a_photo_after_consent_is_withdrawn_is_a_breach(index: PolicyIndex, message: str) -> None:
    decision = decide(index, message)
    assert (decision.route, decision.category) == (Route.REPORT, "data_breach")


@pytest.mark.parametrize(
    "message",
    [
        "two families who'd withdrawn their consent are in the group photo on the website",
        "someone cut together a clip of our volunteer talking about her kids and it's doing the rounds",
        "the comments on the post about our families doubled overnight",
        "the designer grabbed the photo from the shared drive, it's one of our families",
        "I messaged the mum on whatsapp because she never checks her emails",
    ],
)
def test_the_words_around_the_report_raise_no_alarm(message: str) -> None:
    assert not is_safeguarding(normalise(message))


@pytest.mark.parametrize(
    "message",
    [
        "her little girl has become really withdrawn and flinches when dad comes in",
        "the kids were left on their own overnight again",
        "he grabbed her by the arm and dragged her to the car, the children saw it",
        "he checks her emails and her phone every night and she's not allowed to see her friends",
    ],
)
def test_the_concern_beside_them_keeps_the_alarm(message: str) -> None:
    assert is_safeguarding(normalise(message))
