"""The routes in Teams, end to end over HTTP: safeguarding, reports, leavers, sign-off, chatter, privacy."""

from __future__ import annotations

from typing import Any

from bot.context import AppContext
from cards.common import objects_in
from cards.verbs import AnswerVerb, ApprovalVerb, IncidentVerb
from tests.builders import ALEX, LEE, NESTOR, TeamsClient, card_texts
from tests.fakes.connector import FakeConnector

BRUISES = "a mum I visit posted a photo of her child with bruises on facebook, what should I do"
CHAT_WITH_ALEX = "https://teams.microsoft.com/l/chat/0/0?users=alex.wilber@homestartsuffolk.example"


def buttons(card: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [
        node
        for node in objects_in(card)
        if (str(node.get("type", "")).startswith("Action.") and "fallback" in node)
        or node.get("type") == "Action.OpenUrl"
    ]


async def test_a_child_at_risk_gets_the_safeguarding_card_and_can_report_it(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say(BRUISES, user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert "safeguarding concern" in shown
    assert "Alex Wilber" in shown  # the named lead, from the organisation file
    assert "01632 960 111" in shown  # and how to reach them now
    assert "01632 960 100" in shown  # the office, for when the lead can't be reached
    assert CHAT_WITH_ALEX in str(card)
    assert "999" in shown
    assert ctx.org.safeguarding_procedure in shown
    assert "bruises" not in shown  # nothing of the concern is repeated
    [report, *_] = buttons(card)
    assert report["verb"] == IncidentVerb.START
    assert report["data"]["category"] == "safeguarding"
    reply = await teams.click(IncidentVerb.START, dict(report["data"]), user=LEE)
    assert "INC-2026-0001" in card_texts(reply["value"])
    # The concern never reaches the questions log.
    assert (await ctx.stores.questions.summary()).asked == 0


async def test_a_message_in_another_language_gets_the_safeguarding_steps_and_says_so(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("Nie wiem co robić, dziecko jest samo w domu od rana a mama nie odbiera", user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert "I can only read English" in shown
    assert "Alex Wilber" in shown
    assert "999" in shown
    assert "dziecko" not in shown  # nothing of the message is repeated
    [report, *_] = buttons(card)
    assert report["data"]["category"] == "safeguarding"
    assert (await ctx.stores.questions.summary()).asked == 0


async def test_a_hacked_account_gets_the_passage_and_a_report_with_its_kind_chosen(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("our instagram has been hacked, it's posting crypto ads", user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert "emergency recovery plan" in shown
    assert "§2.5" in shown
    [report] = [b for b in buttons(card) if b.get("verb") == IncidentVerb.START]
    assert report["title"] == "Report it"
    assert report["data"]["category"] == "hacked_account"
    reply = await teams.click(IncidentVerb.START, dict(report["data"]), user=LEE)
    form = reply["value"]
    assert "Hacked or compromised account" in card_texts(form)
    submit = next(b for b in buttons(form) if b.get("verb") == IncidentVerb.SUBMIT)
    assert submit["data"]["category"] == "hacked_account"


async def test_thanks_and_chatter_get_a_short_kind_reply(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("thanks!", user=LEE)
    assert connector.posted[-1].text == "You're welcome. I'm here whenever you need me."
    await teams.say("what's the weather like", user=LEE)
    reply = connector.posted[-1].text
    assert "policy" in reply
    assert "does not cover" not in reply


async def test_not_covered_names_the_person_to_ask_and_how(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("how do I claim mileage expenses", user=LEE)
    card = connector.posted[-1].card
    shown = card_texts(card)
    assert "does not cover" in shown
    assert "Alex Wilber, our Fundraising & Partnerships Manager" in shown
    assert CHAT_WITH_ALEX in str(card)
    assert "names" in shown  # askers are told to leave names out


async def test_a_leaver_gets_the_checklist_form_for_the_manager_and_one_sentence_for_others(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("a volunteer has resigned and still has access to the facebook page", user=LEE)
    shown = card_texts(connector.posted[-1].card)
    assert "please tell Alex Wilber, our Fundraising & Partnerships Manager" in shown
    assert "Only the" not in shown
    await teams.say("a volunteer has resigned and still has access to the facebook page", user=ALEX)
    assert "leaver" in card_texts(connector.posted[-1].card).lower()


async def test_sign_off_gets_the_form_for_staff_and_one_sentence_for_volunteers(
    teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("I need the CEO to approve our announcement about the new funding", user=NESTOR)
    form = connector.posted[-1].card
    assert any(b.get("verb") == ApprovalVerb.SUBMIT for b in buttons(form))
    await teams.say("I need the CEO to approve our announcement about the new funding", user=LEE)
    shown = card_texts(connector.posted[-1].card)
    assert "please ask your coordinator or a staff member" in shown


async def test_personal_data_is_taken_out_before_a_question_is_kept(
    teams: TeamsClient, ctx: AppContext
) -> None:
    await teams.say(
        "can I add Sarah Jones from 12 Mill Lane, IP1 2AB on facebook? her number is 07700 900123 "
        "and email sarah.j@example.com",
        user=LEE,
    )
    [record] = await ctx.stores.questions.recent()
    for private in ("Sarah", "Jones", "Mill Lane", "IP1 2AB", "07700", "sarah.j@example.com"):
        assert private not in record.text
    assert "facebook" in record.text


async def test_did_not_help_asks_what_was_missing_for_the_review(
    teams: TeamsClient, connector: FakeConnector, ctx: AppContext
) -> None:
    await teams.say("can I add a mum I support on facebook?", user=LEE)
    question_id = next(b for b in buttons(connector.posted[-1].card) if b.get("verb") == AnswerVerb.HELPFUL)[
        "data"
    ]["question_id"]
    reply = await teams.click(AnswerVerb.UNHELPFUL, {"question_id": question_id}, user=LEE)
    assert "What were you looking for?" in card_texts(reply["value"])
    await teams.click(
        AnswerVerb.MISSING,
        {"question_id": question_id, "missing": "what if Karen Smith adds me first"},
        user=LEE,
    )
    record = await ctx.stores.questions.get(question_id)
    assert record is not None
    assert record.helpful is False
    assert record.missing == "what if (name) (name) adds me first"
    await teams.say("policy questions", user=ALEX)
    assert "what if (name) (name) adds me first" in card_texts(connector.posted[-1].card)
