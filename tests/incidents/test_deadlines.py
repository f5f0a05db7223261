"""An ICO deadline that falls at midnight reads as the end of a day, never as "00:00".

A breach someone became aware of on a date with no time starts its 72 hours at the start of
that day, so the deadline is midnight three days on: "Fri 4 Dec 2026, 00:00" was read as the
start of the Friday, a day early or a day late depending on the reader. It is "the end of Thu
3 Dec 2026" on every card that shows it.
"""

from __future__ import annotations

from datetime import timedelta

from bot.clock import ManualClock
from bot.context import AppContext
from bot.incidents.follow import ico_reminder
from graph.records.jobs import Job
from tests.builders import ALEX, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import card_of, report

REF = "INC-2026-0001"
END = "the end of Thu 3 Dec 2026"


async def test_a_midnight_deadline_is_the_end_of_the_day_before(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, clock: ManualClock
) -> None:
    dates_only = {"happened_time": "", "aware_time": ""}
    reporter = card_texts(card_of(await report(teams, "data_breach", answers=dates_only)))
    await settle(ctx)
    manager = card_texts(card_of(await teams.click("incident.view", {"reference": REF})))
    await teams.say("open incidents", user=ALEX)
    listed = card_texts(connector.posted[-1].card)
    for shown in (reporter, manager, listed):
        assert f"ICO deadline: {END}" in shown
        assert "00:00" not in shown
    await clock.advance(timedelta(hours=50))
    await ico_reminder(Job("k", "incident.ico_reminder", clock.now(), {"reference": REF}), ctx)
    await settle(ctx)
    [reminder] = [t for c in connector.posted if c.card and "Decide by" in (t := card_texts(c.card))][-1:]
    assert f"Decide by {END} whether" in reminder
    assert "00:00" not in reminder
