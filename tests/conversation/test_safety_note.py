"""A quiet reply to a message that may still hide a concern says who to tell, and offers the report.

The alarms miss some concerns; each miss gets an answer, "not covered" or a chat reply. When the
route regression leans towards a concern without raising the alarm (``Thresholds.safety_note``),
or an alarm was set aside as laughter, that reply carries one line naming the safeguarding lead,
999, and the safeguarding report's button, and the question is not kept in the questions log.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace
from typing import Any

from bot.answers.cli import run_ask
from bot.answers.index import PolicyIndex
from bot.context import AppContext
from bot.conversation.evaluation import evaluate_routes
from bot.conversation.examples import Example
from bot.conversation.feature import SMALL_TALK
from bot.conversation.route import Chat, Route, decide
from bot.conversation.thresholds import THRESHOLDS
from cards.common import objects_in
from cards.verbs import IncidentVerb
from tests.answers.conftest import MANAGER, POLICY
from tests.builders import LEE, TeamsClient, card_texts
from tests.fakes.connector import FakeConnector

LEANED = "one of the kids asked if I could be her friend on tiktok"  # an answer the regression doubts
LAUGHED = "the baby punched me in the face with his rattle lol"  # the rules' alarm, laughed off
ORDINARY = ["can I share the poster for our summer fair", "how do I claim mileage expenses", "thanks!"]
NOTE = "Worried about someone's safety?"


def test_a_reply_the_regression_doubts_carries_the_note(index: PolicyIndex) -> None:
    decided = decide(index, LEANED)
    assert decided.route is Route.ANSWER
    assert decided.safety_note
    unmoved = decide(index, LEANED, limits=replace(THRESHOLDS, safety_note=1.01))
    assert (unmoved.route, unmoved.safety_note) == (Route.ANSWER, False)


def test_an_alarm_set_aside_as_laughter_leaves_the_note(index: PolicyIndex) -> None:
    decided = decide(index, LAUGHED)
    assert decided.route is Route.SMALL_TALK
    assert decided.safety_note


def test_ordinary_messages_and_concerns_carry_no_note(index: PolicyIndex) -> None:
    assert not any(decide(index, message).safety_note for message in ORDINARY)
    concern = decide(index, "a mum I visit posted a photo of her child with bruises on facebook")
    assert concern.route is Route.SAFEGUARDING  # the whole card, not a note
    assert not concern.safety_note


def test_ask_json_says_whether_the_reply_carries_the_note() -> None:
    out = io.StringIO()
    code = run_ask(
        ["--json", "-"],
        policy_path=POLICY,
        ask_title=MANAGER,
        stdin=io.StringIO(f"{LEANED}\n{ORDINARY[0]}\n"),
        stdout=out,
        stderr=io.StringIO(),
    )
    assert code == 0
    assert [json.loads(line)["safety_note"] for line in out.getvalue().splitlines()] == [True, False]


def test_the_figures_count_notes_on_missed_concerns_and_on_other_replies(index: PolicyIndex) -> None:
    """As if the leaned-to message were a concern the alarms missed: its reply still says who to tell."""
    items = [Example(LEANED, "safeguarding"), Example(LAUGHED, "small_talk"), Example(ORDINARY[0], "answer")]
    report = evaluate_routes(index, items)
    assert (report.missed_noted, report.quiet, report.quiet_noted) == (1, 2, 1)


def _report_button(card: dict[str, Any] | None) -> dict[str, Any]:
    [button] = [n for n in objects_in(card) if n.get("verb") == IncidentVerb.START and "fallback" in n]
    return button


async def test_in_teams_the_answer_names_the_lead_offers_the_report_and_keeps_nothing(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say(LEANED, user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert "From our social media policy" in shown  # the answer is still given
    assert NOTE in shown
    assert "Alex Wilber" in shown  # the lead…
    assert "01632 960 111" in shown  # …and how to reach them now
    assert "999" in shown
    assert "Did this help?" not in shown  # nothing was kept to say it to
    assert (await ctx.stores.questions.summary()).asked == 0
    button = _report_button(card)
    assert button["data"]["category"] == "safeguarding"
    reply = await teams.click(IncidentVerb.START, dict(button["data"]), user=LEE)
    assert "INC-2026-0001" in card_texts(reply["value"])


async def test_in_teams_a_chat_reply_with_the_note_is_a_card(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say(LAUGHED, user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert SMALL_TALK[Chat.OTHER] in shown
    assert NOTE in shown
    assert "punched" not in shown  # nothing of the message is repeated
    assert _report_button(card)
    await teams.say(ORDINARY[2], user=LEE)
    assert connector.posted[-1].text == SMALL_TALK[Chat.THANKS]  # an ordinary chat reply stays text
