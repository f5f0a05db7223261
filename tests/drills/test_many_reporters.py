"""A charity's busiest morning: many people report at once through the real turn path.

Sixteen people each press through "report incident", the category card and the form at the same
time, 200 reports in all. Every turn must succeed (no "database is locked", no 500), every
report must get its own reference, and everyone who must be told is told.
"""

from __future__ import annotations

import asyncio
import json
import re

from bot.context import AppContext
from tests.builders import ALEX, TeamsClient, User, _user, settle
from tests.incidents.support import ANSWERS, action_data, card_of

REPORTERS = tuple(_user(f"reporter.{n}", f"Reporter {n}", 200 + n) for n in range(16))
REPORTS = 200


async def report_once(teams: TeamsClient, user: User) -> str:
    """One report, as a person makes it; returns the reference on the reporter's card."""
    status = await teams.say("report incident", user=user)
    assert status in (200, 201), status
    posted = [c for c in teams.connector.posted_to(user.personal_chat) if c.card is not None]
    category_card = posted[-1].card
    assert category_card is not None
    key = action_data(category_card, "incident.start")["report_key"]
    form = card_of(
        await teams.click("incident.start", {"report_key": key, "category": "data_breach"}, user=user)
    )
    data = action_data(form, "incident.submit")
    answer = card_of(await teams.click("incident.submit", {**data, **ANSWERS}, user=user))
    text = json.dumps(answer)
    start = text.index("INC-")
    return text[start : start + len("INC-2026-0000")]


async def many_reporters(teams: TeamsClient, ctx: AppContext, *, reports: int = REPORTS) -> list[str]:
    await teams.say("help", user=ALEX)  # the manager has used the bot, so can be messaged
    for user in REPORTERS:
        teams.connector.members[user.aad_object_id] = user.as_member()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(reports):
        queue.put_nowait(n)
    references: list[str] = []

    async def reporter(user: User) -> None:
        while not queue.empty():
            queue.get_nowait()
            references.append(await report_once(teams, user))

    await asyncio.gather(*(reporter(user) for user in REPORTERS))
    await settle(ctx)  # the follow-ups: the manager's card, the ICO reminders
    return references


async def test_sixteen_people_report_200_incidents_at_once_and_every_turn_succeeds(
    teams: TeamsClient, ctx: AppContext
) -> None:
    references = await many_reporters(teams, ctx)
    assert len(references) == REPORTS
    assert len(set(references)) == REPORTS
    stored = await ctx.stores.incidents.list_open()
    assert sorted(i.reference for i in stored) == sorted(references)
    reminders = await ctx.stores.jobs.pending("incident.ico_reminder")
    assert len({j.payload["reference"] for j in reminders}) == REPORTS
    manager_cards = [c for c in teams.connector.posted_to(ALEX.personal_chat) if c.card is not None]
    told = {found for c in manager_cards for found in re.findall(r"INC-\d{4}-\d{4}", json.dumps(c.card))}
    assert told == set(references)
