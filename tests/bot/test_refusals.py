"""Refusals: one sentence saying who can, and what this person can do instead."""

from __future__ import annotations

from bot.approvals.rules import REQUESTER_ROLES
from bot.config import DEFAULT_ORG_FILE
from bot.nudges.common import STEWARDS
from bot.org import APPROVER_ROLES, Role
from bot.org_file import load_org_config
from bot.refusals import refusal, who_can
from tests.builders import LEE, NESTOR, STRANGER, TeamsClient
from tests.fakes.connector import FakeConnector

ORG = load_org_config(DEFAULT_ORG_FILE)


def test_at_most_two_roles_are_named_and_admins_only_when_alone() -> None:
    assert who_can(ORG, STEWARDS) == "the CEO or the Fundraising & Partnerships Manager"
    assert who_can(ORG, {Role.ADMIN}) == "a Bot administrator (Alex Wilber)"
    assert who_can(ORG, APPROVER_ROLES) == "the CEO or a Board approver"
    assert who_can(ORG, REQUESTER_ROLES) == "staff and trustees"


def test_a_volunteer_is_told_who_can_and_to_ask_their_coordinator() -> None:
    told = refusal(ORG, REQUESTER_ROLES, {Role.VOLUNTEER}, action="ask for sign-off")
    assert told == (
        "Only staff and trustees can ask for sign-off; "
        "ask your coordinator or a staff member to do it for you."
    )
    assert told.count(".") == 1  # one sentence


def test_staff_are_pointed_to_the_people_who_can() -> None:
    told = refusal(ORG, STEWARDS, {Role.STAFF})
    assert told == (
        "Only the CEO or the Fundraising & Partnerships Manager can do that; "
        "please ask them if it needs doing."
    )


def test_someone_with_no_role_is_pointed_to_staff() -> None:
    assert refusal(ORG, APPROVER_ROLES, ()).endswith(
        "ask a member of staff, or type help to see what you can do."
    )


def test_a_callers_own_next_step_replaces_the_default() -> None:
    told = refusal(
        ORG, APPROVER_ROLES, {Role.STAFF}, action="decide", instead="the CEO will decide on its card"
    )
    assert told == "Only the CEO or a Board approver can decide; the CEO will decide on its card."


async def test_typed_commands_refuse_with_the_sentence(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("request approval", user=LEE)
    assert connector.posted[-1].text == (
        "Only staff and trustees can do that; ask your coordinator or a staff member to do it for you."
    )
    await teams.say("register", user=NESTOR)
    assert "please ask them" in connector.posted[-1].text
    await teams.say("register", user=STRANGER)
    assert "ask a member of staff" in connector.posted[-1].text


async def test_a_volunteer_is_never_sent_to_staff_for_what_staff_cannot_do(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    """ "Ask a staff member to do it for you" is untrue of the register, open incidents, the Board report."""
    told = refusal(ORG, STEWARDS, {Role.VOLUNTEER})
    assert told == (
        "Only the CEO or the Fundraising & Partnerships Manager can do that; "
        "ask your coordinator to pass it on if it needs doing."
    )
    for command in ("register", "open incidents", "board report", "pending approvals", "demo nudges"):
        await teams.say(command, user=LEE)
        assert "staff member" not in connector.posted[-1].text, command
        assert connector.posted[-1].text.endswith("ask your coordinator to pass it on if it needs doing.")


def test_only_is_said_only_when_everyone_who_may_is_named() -> None:
    three = {Role.CEO, Role.BOARD, Role.MANAGER, Role.ADMIN}
    told = refusal(ORG, three, {Role.STAFF}, action="send the Board report")
    assert told == "The CEO or a Board approver can send the Board report; please ask them if it needs doing."
    two = {Role.CEO, Role.BOARD}
    assert refusal(ORG, two, {Role.STAFF}, action="decide").startswith("Only the CEO or a Board approver can")
