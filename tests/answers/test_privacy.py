"""Personal data is taken out of a question before it is kept; policy words and org names stay."""

from __future__ import annotations

import pytest
from hypothesis import example, given, seed, settings
from hypothesis import strategies as st

from bot.answers.index import PolicyIndex
from bot.answers.privacy import Scrubber


@pytest.fixture(scope="module")
def scrubber(index: PolicyIndex) -> Scrubber:
    return Scrubber(index.known_words, ["Alex Wilber", "Megan Bowen"])


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("can I add Sarah on Facebook?", "can I add (name) on Facebook?"),
        ("Sarah is leaving on Friday", "(name) is leaving on Friday"),
        ("is Alex Wilber the safeguarding lead", "is Alex Wilber the safeguarding lead"),
        ("email me at jo.bloggs@example.co.uk", "email me at (email)"),
        ("ring 07700 900123 or +44 1632 960123", "ring (phone) or (phone)"),
        ("she lives at 12 Mill Lane, IP1 2AB", "she lives at (address), (postcode)"),
        ("a mum called kirsty posted about us", "a mum called (name) posted about us"),
        (
            "Can I post on LinkedIn about our GDPR training?",
            "Can I post on LinkedIn about our GDPR training?",
        ),
        ("What does the policy say about Instagram?", "What does the policy say about Instagram?"),
    ],
)
def test_personal_data_is_replaced(scrubber: Scrubber, typed: str, kept: str) -> None:
    assert scrubber.scrub(typed) == kept


@seed(15)
@settings(max_examples=100, deadline=None)
@given(
    before=st.sampled_from(["can I add", "my number is", "", "tell"]),
    digits=st.text(alphabet="0123456789", min_size=9, max_size=9),
    user=st.from_regex(r"[a-z]{2,8}(\.[a-z]{2,8})?", fullmatch=True),
)
@example(before="", digits="000000000", user="a.b")
def test_no_phone_number_or_email_survives(scrubber: Scrubber, before: str, digits: str, user: str) -> None:
    typed = f"{before} 07{digits} and {user}@mail.example.org please"
    kept = scrubber.scrub(typed)
    assert digits not in kept
    assert "@" not in kept
