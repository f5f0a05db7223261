"""Reporting over HTTP, as Teams sends it: each category's triage, validation, privacy."""

from __future__ import annotations

import json
import logging

import pytest

from bot.context import AppContext
from bot.log import QUIET_LOGGERS, JsonFormatter
from graph.records.incidents import Category
from tests.builders import ALEX, LEE, NESTOR, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector
from tests.incidents.support import (
    ANSWERS,
    SUMMARY,
    action_data,
    card_of,
    has_verb,
    message_of,
    reference_in,
    report,
    start_report,
)

SAFER_INTERNET = "https://saferinternet.org.uk/online-issue/reporting"

# category: (words the reporter must see, who gets the incident card)
EXPECTED = {
    "policy_breach": ("may amend or delete", {ALEX}),
    "online_abuse": ("support", {ALEX}),
    "hacked_account": ("Don't post from the account", {ALEX}),
    "harmful_content": (SAFER_INTERNET, {ALEX}),
    "complaint": ("professionally", {ALEX}),
    "data_breach": ("ICO deadline", {ALEX}),
    "crisis": ("communications plan", {ALEX}),
    "other": ("get back to you", {ALEX}),
}


async def test_the_command_offers_every_category(teams: TeamsClient, connector: FakeConnector) -> None:
    await teams.say("report incident", user=LEE)
    [call] = connector.posted
    assert call.conversation_id == LEE.personal_chat
    texts = card_texts(call.card)
    for category in Category:
        assert category.label in texts


@pytest.mark.parametrize("category", sorted(EXPECTED))
async def test_each_category_gets_a_reference_next_steps_and_the_right_people(
    category: str, teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    words, told = EXPECTED[category]
    card = card_of(await report(teams, category))
    assert reference_in(card) == "INC-2026-0001"
    assert words in card_texts(card)
    assert "What to do next" in card_texts(card)
    await settle(ctx)
    incident_cards = [c for c in connector.posted if c.card and "INC-2026-0001: " in card_texts(c.card)]
    assert len(incident_cards) == len(told)
    assert all(c.conversation_id != NESTOR.personal_chat for c in incident_cards)
    manager_card = incident_cards[0].card
    assert SUMMARY in card_texts(manager_card)
    assert "Facebook" in card_texts(manager_card)  # the platform's name, not its key
    assert has_verb(manager_card, "incident.close")


async def test_safeguarding_is_logged_without_a_form_and_keeps_no_details(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    card = card_of(await start_report(teams, "safeguarding", user=LEE))
    texts = card_texts(card)
    assert "Safeguarding concern logged: INC-2026-0001" in texts
    assert ctx.org.safeguarding_procedure in texts
    assert ctx.org.safeguarding_contact in texts
    assert not has_verb(card, "incident.submit")
    incident = await ctx.stores.incidents.get("INC-2026-0001")
    assert incident is not None
    assert not incident.report.has_details
    await settle(ctx)
    [lead_card] = [c.card for c in connector.posted if c.card and "INC-2026-0001: " in card_texts(c.card)]
    assert "Details are not recorded here" in card_texts(lead_card)
    assert "Lee Gu" in card_texts(lead_card)


async def test_a_crafted_safeguarding_submit_still_keeps_no_details(
    teams: TeamsClient, ctx: AppContext
) -> None:
    body = await teams.click(
        "incident.submit", {"report_key": "crafted1", "category": "safeguarding", **ANSWERS}, user=NESTOR
    )
    assert "Safeguarding concern logged" in card_texts(card_of(body))
    await settle(ctx)
    incident = await ctx.stores.incidents.get("INC-2026-0001")
    assert incident is not None
    assert incident.report.summary == ""
    assert incident.report.platform == ""


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ({"summary": ""}, "summary", "Say briefly what happened"),
        ({"link": "javascript:alert(1)"}, "link", "https://"),
        ({"happened_date": "2026-12-25"}, "happened_date", "in the future"),
        ({"aware_date": "2026-11-30"}, "aware_date", "before it happened"),
        ({"platform": "myspace"}, "platform", "Choose where"),
        ({"affected": "the vicar"}, "affected", "Choose from the list"),
        ({"aware_time": "25:99"}, "aware_date", "like 14:30"),
    ],
)
async def test_bad_answers_come_back_on_the_same_form_with_the_problem_under_the_field(
    answers: dict[str, str], field: str, message: str, teams: TeamsClient, ctx: AppContext
) -> None:
    card = card_of(await report(teams, "complaint", answers=answers))
    assert has_verb(card, "incident.submit")
    body = card["body"]
    index = next(i for i, el in enumerate(body) if el.get("id") == field)
    after = " ".join(card_texts(el) for el in body[index + 1 : index + 4])
    assert message in after
    kept = ANSWERS["actions_taken"]
    assert any(el.get("value") == kept for el in body if el.get("id") == "actions_taken")
    assert await ctx.stores.incidents.list_open() == []


async def test_submitting_twice_records_once_and_notifies_once(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    form = card_of(await start_report(teams, "complaint"))
    data = {**action_data(form, "incident.submit"), **ANSWERS}
    first = card_of(await teams.click("incident.submit", data, user=NESTOR))
    second = card_of(await teams.click("incident.submit", data, user=NESTOR))
    assert reference_in(first) == reference_in(second) == "INC-2026-0001"
    await settle(ctx)
    assert len(await ctx.stores.incidents.list_open()) == 1
    assert len([c for c in connector.posted if c.card and "INC-2026-0001: " in card_texts(c.card)]) == 1


@pytest.mark.parametrize("chat", ["channel", "groupChat"])
async def test_in_a_group_the_report_moves_to_a_private_chat(
    chat: str, teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("help", user=LEE)  # the bot knows its way into 1:1 chats once anyone used one
    before = len(connector.posted)
    await teams.say("report incident", user=NESTOR, chat=chat, mention=True)
    calls = connector.posted[before:]
    in_group = [c for c in calls if not c.conversation_id.startswith("a:")]
    private = [c for c in calls if c.conversation_id.startswith("a:")]
    [notice] = in_group
    assert "private message" in notice.text
    assert "1:1" in notice.text
    assert notice.card is None
    [form] = private
    assert has_verb(form.card, "incident.start")
    assert [c.body["members"][0]["aadObjectId"] for c in connector.of_kind("create")] == [
        NESTOR.aad_object_id
    ]


async def test_in_a_group_without_a_way_to_reach_them_privately_they_are_told_how(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("report incident", user=NESTOR, chat="channel", mention=True)
    [notice] = connector.posted
    assert "open Policy Steward" in notice.text


async def test_a_report_sent_from_a_group_is_refused(teams: TeamsClient, ctx: AppContext) -> None:
    from tests.builders import invoke

    payload = invoke(
        "incident.submit",
        {"report_key": "k1", "category": "complaint", **ANSWERS},
        user=NESTOR,
        service_url=teams.connector.url,
    )
    payload["conversation"]["conversationType"] = "groupChat"
    payload["conversation"]["id"] = "19:group@thread.v2"
    status, body = await teams.post(payload)
    assert status == 200
    assert "1:1 chat" in message_of(body)
    assert await ctx.stores.incidents.list_open() == []


async def test_when_the_manager_cannot_be_reached_the_reporter_is_told(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    connector.not_installed.add(ALEX.aad_object_id)
    await report(teams, "complaint")
    await settle(ctx)
    [warning] = [c for c in connector.posted_to(NESTOR.personal_chat) if "couldn't reach" in c.text]
    assert "Fundraising & Partnerships Manager" in warning.text
    assert SUMMARY not in warning.text


async def test_incident_text_never_reaches_the_logs(
    teams: TeamsClient, ctx: AppContext, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)  # as with BOT_LOG_LEVEL=DEBUG, the chattiest setting
    for name in QUIET_LOGGERS:  # what configure_logging does (caplog.set_level would lower the handler)
        logger = logging.getLogger(name)
        monkeypatch.setattr(logger, "level", logger.level)  # restored afterwards
        logger.setLevel(logging.WARNING)
    await report(teams, "data_breach", summary=SUMMARY, actions_taken="Phoned the Smith family")
    await report(teams, "complaint", summary="", link=SUMMARY)  # a rejected form too
    await settle(ctx)
    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in caplog.records]
    assert any("incident_reported" in line for line in lines), lines
    for line in lines:
        assert SUMMARY not in line
        assert "Smith" not in line
        assert "summer fair" not in json.loads(line).get("message", "")


async def test_the_reporters_card_says_who_was_told_once_and_mentions_the_police(teams: TeamsClient) -> None:
    card = card_texts(card_of(await report(teams, "data_breach", harms="people", crime="yes")))
    assert card.count("told") == 1
    assert card.count("CEO") <= 2  # once among those told, once for the serious-incident decision
    assert "police" in card
    card = card_texts(card_of(await report(teams, "online_abuse", crime="yes", report_key="second")))
    assert "police" in card


async def test_a_reporter_follows_their_own_incidents_only(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    ref = reference_in(card_of(await report(teams, "online_abuse", user=NESTOR)))
    await report(teams, "complaint", user=LEE)
    await settle(ctx)
    await teams.say("my incidents", user=NESTOR)
    mine = card_texts(connector.posted[-1].card)
    assert f"{ref}: Online abuse" in mine
    assert "Received, not yet picked up" in mine
    assert "will follow it up" in mine
    assert "Complaint" not in mine  # Lee's report is not Nestor's business
    await teams.click("incident.acknowledge", {"reference": ref}, user=ALEX)
    await teams.say("my incidents", user=NESTOR)
    assert "Being handled" in card_texts(connector.posted[-1].card)
    await teams.say("my incidents", user=ALEX)
    assert "You haven't reported any incidents" in card_texts(connector.posted[-1].card)


async def test_a_too_long_actions_taken_is_sent_back_with_the_text_kept_never_cut(
    teams: TeamsClient, ctx: AppContext
) -> None:
    long_text = "Hid the comment and " + "x" * 1200
    card = card_of(await report(teams, "complaint", answers={"actions_taken": long_text}))
    body = card["body"]
    index = next(i for i, el in enumerate(body) if el.get("id") == "actions_taken")
    assert body[index].get("value") == long_text  # nothing lost: they can shorten it themselves
    after = " ".join(card_texts(el) for el in body[index + 1 : index + 3])
    assert "under 1,000 characters" in after
    assert "1,220" in after
    assert await ctx.stores.incidents.list_open() == []


async def test_a_safeguarding_concern_logged_says_how_to_reach_the_lead_and_the_office(
    teams: TeamsClient, ctx: AppContext
) -> None:
    """A title alone ("the Designated Safeguarding Lead") left a new volunteer looking for a number."""
    shown = card_texts(card_of(await report(teams, "safeguarding")))
    assert "Alex Wilber" in shown  # the lead named in the organisation file
    assert "01632 960 111" in shown  # their phone
    assert "If you can't reach the lead" in shown
    assert "01632 960 100" in shown  # the office's number, for when the lead can't be reached
    assert "office number" not in shown
    await settle(ctx)
