"""The register and the reviews list are never stale: Teams redraws them as they stand now.

A "register" card sent before a grant kept saying nobody was registered for Facebook, and a
"reviews" card sent before Done kept the old due date, until the manager typed the command
again. Both now carry a Universal Actions ``refresh`` as the other list cards do.
"""

from __future__ import annotations

from datetime import date

from cards.verbs import NudgeVerb
from tests.builders import ALEX, LEE, TeamsClient
from tests.fakes.connector import FakeConnector
from tests.nudges.steps import shown

ANNUAL = "Annual review of the Digital/Social Media policy and procedure"
JO = {
    "resource": "facebook",
    "email": "jo.bloggs@homestartsuffolk.example",
    "name": "Jo Bloggs",
    "level": "admin",
}


async def _redrawn(teams: TeamsClient, listed: dict[str, object], user: object = ALEX) -> dict[str, object]:
    refresh = listed["refresh"]["action"]  # type: ignore[index]
    return await teams.click(refresh["verb"], refresh["data"], user=user, trigger="automatic")  # type: ignore[arg-type]


async def test_the_register_refreshes_after_a_grant(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("register")
    listed = connector.posted[-1].card
    assert listed is not None
    assert "Jo Bloggs" not in shown(listed)
    await teams.click(NudgeVerb.REGISTER_GRANT_SAVE, JO)
    redrawn = await _redrawn(teams, listed)
    assert "Jo Bloggs" in shown(redrawn["value"])
    assert "refresh" in redrawn["value"]  # type: ignore[operator]


async def test_the_reviews_list_refreshes_after_done(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("reviews")
    listed = connector.posted[-1].card
    assert listed is not None
    assert f"{ANNUAL}\nDue in 121 days · Thu 1 April 2027" in shown(listed)
    await teams.click(NudgeVerb.REVIEW_DONE, {"cycle": "policy", "due": date(2027, 4, 1).isoformat()})
    redrawn = shown((await _redrawn(teams, listed))["value"])
    assert f"{ANNUAL}\nDue in 121 days" not in redrawn
    assert f"{ANNUAL}: done by Alex Wilber" in redrawn  # in the record


async def test_only_stewards_get_the_lists_redrawn(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("reviews")
    listed = connector.posted[-1].card
    assert listed is not None
    refused = await _redrawn(teams, listed, user=LEE)
    assert "can do that" in str(refused["value"])
