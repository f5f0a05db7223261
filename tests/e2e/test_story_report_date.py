"""A volunteer picks a future date on the report form, in the real local Teams client.

Lee Gu reports online abuse and, by a slip, picks a date next year. The client checks the date
against the form's latest date and shows the input's one error message: it used to say "Date it
happened is required." beside a date plainly filled in; it now says what is wrong. With the date
put right the report is logged.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.e2e.harness import Browser, click, fill, wait_card, wait_cards
from tests.e2e.stories import first_waited_cards, open_chat_as, report_incident_form

pytestmark = [pytest.mark.e2e, pytest.mark.persona("volunteer")]

ABUSE = "Online abuse or an abusive message aimed at our people"
WHAT = "A comment on our post called one of our volunteers names."
FUTURE_DATE_MESSAGE = "Give the date (date it happened): today or earlier, not in the future."


def test_a_future_date_is_named_as_such_by_the_client(browser: Browser) -> None:
    next_year = date.today().replace(year=date.today().year + 1, day=1)
    steps = [
        *open_chat_as("Hi Lee!"),
        *report_incident_form(ABUSE, "Facebook", WHAT, happened_on=next_year.isoformat()),
        click("Submit report"),  # the client refuses: nothing is sent
        wait_cards(FUTURE_DATE_MESSAGE, 1),
        fill("Date it happened", date.today().isoformat()),
        click("Submit report"),
        wait_card("Incident logged: INC-"),
    ]
    result = browser.run("story-report-date", steps)

    [refused] = first_waited_cards(result)
    assert "is required" not in refused
    assert result["pageErrors"] == []
