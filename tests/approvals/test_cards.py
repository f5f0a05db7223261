"""What the approval cards show and hide, beyond the schema check every example gets."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from bot.approvals.views import APPROVER, card_for, summarise
from bot.config import DEFAULT_ORG_FILE
from bot.org_file import load_org_config
from cards.approval_history import CARD_BUDGET
from cards.verbs import ApprovalVerb
from graph.records.approvals import Outcome
from tests.approvals.flow import verbs
from tests.builders import card_texts
from tests.cards.examples.approvals import ALEX, CEO, Story, examples
from tests.cards.validation import assert_valid_card


def _cards() -> dict[str, dict[str, Any]]:
    return dict(examples())


def test_every_state_is_a_valid_card() -> None:
    for _, card in examples():
        assert_valid_card(card)


def test_buttons_match_who_is_looking() -> None:
    cards = _cards()
    assert verbs(cards["approver"]) == [ApprovalVerb.APPROVE, ApprovalVerb.CHANGES, ApprovalVerb.REJECT]
    assert verbs(cards["requester-pending"]) == [ApprovalVerb.CANCEL]
    assert verbs(cards["requester-changes"]) == [ApprovalVerb.EDIT, ApprovalVerb.CANCEL]
    for state in ("not-an-approver", "approved", "rejected", "cancelled"):
        assert verbs(cards[state]) == []


def test_cards_that_can_change_refresh_per_person_and_final_ones_do_not() -> None:
    cards = _cards()
    refresh = cards["approver"]["refresh"]
    assert refresh["action"]["verb"] == ApprovalVerb.VIEW
    assert refresh["action"]["data"] == {"verb": ApprovalVerb.VIEW, "request_id": "7", "view": "approver"}
    assert refresh["userIds"] == ["29:nestor.wilke", "29:alex.wilber", "29:megan.bowen"]
    for state in ("approved", "rejected", "cancelled"):
        assert "refresh" not in cards[state]


def test_typed_text_is_shown_as_typed() -> None:
    texts = card_texts(_cards()["approver-typed-markup"])
    assert r"New family group in \*Ipswich\* \<b\>" in texts
    assert "<b>" not in texts


def test_outcomes_and_warnings_are_spelled_out() -> None:
    cards = _cards()
    assert "Approved by Alex Wilber on Tue 1 Dec 2026, 11:00" in card_texts(cards["approved"])
    assert "Lovely, go ahead" in card_texts(cards["approved"])
    assert "has not decided in time" in card_texts(cards["approver-revised-board"])
    assert "version 2" in card_texts(cards["approver-revised-board"])
    assert "not arranged yet" in card_texts(cards["approver-no-digital-version"])
    assert "As soon as approved" in card_texts(cards["approver-no-digital-version"])
    assert "Thu 3 Dec 2026, 10:00 (UK time)" in card_texts(cards["approver"])


def _inputs(card: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in card["body"] if str(e.get("type", "")).startswith("Input.")]


def test_form_labels_leave_the_required_marker_to_the_client() -> None:
    """Teams draws its own asterisk for isRequired; a second one in the label reads "Title * *"."""
    inputs = _inputs(_cards()["form"])
    assert all("*" not in field["label"] for field in inputs)
    messages = {field["id"]: field.get("errorMessage") for field in inputs if field.get("isRequired")}
    assert messages["title"] == "Title is required."
    assert messages["text"] == "Draft text is required."
    assert messages["platforms"] == "Choose at least one platform."
    assert messages["kind"] == "Choose what kind of post this is."


def test_cancel_asks_before_it_cancels() -> None:
    [button] = [
        a
        for block in _cards()["requester-pending"]["body"]
        if block.get("type") == "ActionSet"
        for a in block["actions"]
    ]
    assert button["type"] == "Action.ShowCard"
    assert button["title"] == "Cancel request"
    [confirm] = button["card"]["actions"]
    assert (confirm["verb"], confirm["title"]) == (ApprovalVerb.CANCEL, "Yes, cancel it")
    assert "can't be reopened" in card_texts(button["card"])


def test_history_states_show_each_version_newest_first() -> None:
    cards = _cards()
    texts = card_texts(cards["approver-version-3-history"])
    assert texts.index("Version 3 sent by Nestor Wilke") < texts.index("Version 1 sent by Nestor Wilke")
    assert "Changed since version 2: title, draft text." in texts
    assert "“Please say which day.”" in texts
    assert texts.count("Thanks. Say where it meets, too.") == 1  # in the banner, not again below
    approved = card_texts(cards["requester-approved-after-changes"])
    assert "Version 2: approved by Alex Wilber · Tue 1 Dec 2026, 13:00" in approved
    assert "Version 1: changes requested by Alex Wilber · Tue 1 Dec 2026, 11:00" in approved
    form = card_texts(cards["form-resubmit-second-changes"])
    assert form.index("Alex Wilber asked for changes: “Thanks. Say where it meets, too.”") < form.index(
        "Earlier, Alex Wilber asked for changes: “Please say which day.”"
    )


def _long_story(text: str, comment: str, rounds: int) -> tuple[dict[str, Any], int]:
    """The approver's card after ``rounds`` requests for changes, 60 people refreshing it."""
    org = load_org_config(DEFAULT_ORG_FILE)
    story = Story()
    story.request = replace(story.request, draft=replace(story.request.draft, text=text, title=text[:120]))
    for _ in range(rounds):
        story.decide(Outcome.CHANGES_REQUESTED, comment).resubmit(text=text[::-1])
    ids = tuple(f"29:1{'x' * 80}{n}" for n in range(60))
    summary = summarise(story.request, org, ids, trail=story.entries(org))
    card = card_for(summary, story.request, viewer_aad=ALEX.aad_object_id, roles=CEO, audience=APPROVER)
    return card, len(json.dumps(card).encode())


def test_a_long_history_keeps_the_card_within_what_teams_accepts() -> None:
    """Teams refuses messages over about 28 KB: the history takes only the room that is left."""
    ordinary, size = _long_story(
        "We are opening a new group. " * 140, "Please change the second line. " * 30, 6
    )
    assert size <= CARD_BUDGET
    texts = card_texts(ordinary)
    assert "Version 7 sent by Nestor Wilke" in texts
    assert "Version 1 sent by Nestor Wilke" in texts  # six rounds of long comments all fit
    many, size = _long_story("We are opening a new group. " * 140, "Please change the second line. " * 30, 20)
    assert size <= CARD_BUDGET
    texts = card_texts(many)
    assert "Version 21 sent by Nestor Wilke" in texts
    assert "older entries are not shown here; the approvals record keeps them all." in texts
    worst, size = _long_story("*" * 4000, "<" * 1000, 30)  # every character escaped, doubling it
    assert size <= CARD_BUDGET
    assert_valid_card(worst)
