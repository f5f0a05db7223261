"""A request's history on every copy of its card, and the comments being answered on the edit form,
driven through the bot as the requester and the approvers would."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.clock import ManualClock
from bot.context import AppContext
from cards.verbs import ApprovalVerb
from tests.approvals.flow import FORM, approver_cards, card_of, data_of, request, verbs
from tests.builders import ALEX, MEGAN, NESTOR, STRANGER, TeamsClient, card_texts, settle
from tests.fakes.connector import FakeConnector

SECOND = "We are opening a new group for families on Tuesdays at 10am."
THIRD = "We are opening a new group for families on Tuesdays at 10am, in Ipswich library."


def history(card: dict[str, Any] | None) -> list[str]:
    """The history section's lines in the order drawn, hidden ones included."""
    assert card is not None
    found: list[str] = []

    def walk(node: Any, inside: bool) -> None:
        if isinstance(node, dict):
            inside = inside or node.get("id") == "history"
            if inside and node.get("type") == "TextBlock":
                found.append(node["text"])
            for value in node.values():
                walk(value, inside)
        elif isinstance(node, list):
            for item in node:
                walk(item, inside)

    walk(card, False)
    return found


def latest(connector: FakeConnector, chat: str) -> dict[str, Any]:
    card = [c for c in connector.updates if c.conversation_id == chat][-1].card
    assert card is not None
    return card


async def _sent_back(
    teams: TeamsClient, ctx: AppContext, approver_card: dict[str, Any] | None, by: Any, comment: str
) -> None:
    """An hour after the last step, so each entry of the history has its own time."""
    assert approver_card is not None
    await _later(ctx)
    data = data_of(approver_card, ApprovalVerb.CHANGES)
    await teams.click(ApprovalVerb.CHANGES, {**data, "comment": comment}, user=by)
    await settle(ctx)


async def _asked_for_changes(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector, comment: str
) -> None:
    """Nestor's request, sent back once by Alex (the CEO, after an hour) with ``comment``."""
    await teams.say("help", user=ALEX)
    await request(teams, ctx, connector)
    [asked] = approver_cards(connector, ALEX.personal_chat)
    await _sent_back(teams, ctx, asked.card, ALEX, comment)


async def _later(ctx: AppContext) -> None:
    assert isinstance(ctx.clock, ManualClock)
    await ctx.clock.advance(timedelta(hours=1))


async def _edit(teams: TeamsClient, connector: FakeConnector) -> dict[str, Any]:
    mine = latest(connector, NESTOR.personal_chat)
    return card_of(await teams.click(ApprovalVerb.EDIT, data_of(mine, ApprovalVerb.EDIT), user=NESTOR))


async def _resubmit(teams: TeamsClient, ctx: AppContext, form: dict[str, Any], text: str) -> dict[str, Any]:
    again = data_of(form, ApprovalVerb.RESUBMIT)
    await _later(ctx)
    body = await teams.click(ApprovalVerb.RESUBMIT, {**again, **FORM, "text": text}, user=NESTOR)
    await settle(ctx)
    return card_of(body)


async def test_two_rounds_of_changes_show_on_every_copy_newest_first(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await _asked_for_changes(teams, ctx, connector, "Say which day")
    await _resubmit(teams, ctx, await _edit(teams, connector), SECOND)
    await _sent_back(teams, ctx, latest(connector, ALEX.personal_chat), ALEX, "Say where, too")

    form = await _edit(teams, connector)
    texts = card_texts(form)
    assert "Alex Wilber asked for changes: “Say where, too”" in texts  # the one being answered
    assert "Earlier, Alex Wilber asked for changes: “Say which day”" in texts
    assert texts.index("Say where, too") < texts.index("Say which day")
    assert "On version 2, Tue 1 Dec 2026, 13:00" in texts
    assert "On version 1, Tue 1 Dec 2026, 11:00" in texts

    mine = await _resubmit(teams, ctx, form, THIRD)
    expected = [
        "Version 3 sent by Nestor Wilke · Tue 1 Dec 2026, 14:00",
        "Changed since version 2: draft text.",
        "Version 2: changes requested by Alex Wilber · Tue 1 Dec 2026, 13:00",
        "Version 2 sent by Nestor Wilke · Tue 1 Dec 2026, 12:00",
        "Changed since version 1: draft text.",
        "Version 1: changes requested by Alex Wilber · Tue 1 Dec 2026, 11:00",
        "“Say which day”",
        "Version 1 sent by Nestor Wilke · Tue 1 Dec 2026, 10:00",
    ]
    toggle = "Show earlier history (2)"
    approvers = latest(connector, ALEX.personal_chat)
    refreshed = card_of(
        await teams.click(ApprovalVerb.VIEW, data_of_refresh(approvers), user=ALEX, trigger="automatic")
    )
    for copy in (mine, approvers, latest(connector, NESTOR.personal_chat), refreshed):
        lines = history(copy)
        assert [line for line in lines if line != toggle and line != "History"] == expected
        assert "Version 2: Changes requested by Alex Wilber" in card_texts(copy)  # the banner
        assert "Say where, too" in card_texts(copy)  # once, in the banner: not repeated below
        assert card_texts(copy).count("Say where, too") == 1
    assert ApprovalVerb.APPROVE in verbs(approvers)
    sent = [f["value"] for e in approvers["body"] if e["type"] == "FactSet" for f in e["facts"]]
    assert "Tue 1 Dec 2026, 14:00 (version 3; first sent Tue 1 Dec 2026, 10:00)" in sent

    approved = data_of(approvers, ApprovalVerb.APPROVE)
    done = card_of(await teams.click(ApprovalVerb.APPROVE, {**approved, "comment": "Thanks"}, user=ALEX))
    await settle(ctx)
    for copy in (done, latest(connector, NESTOR.personal_chat), latest(connector, ALEX.personal_chat)):
        lines = history(copy)
        assert lines[1] == "Version 3: approved by Alex Wilber · Tue 1 Dec 2026, 14:00"
        assert "“Say where, too”" in lines
        assert "“Say which day”" in lines
        assert "Thanks" not in "\n".join(lines)  # in the banner above, not twice


def data_of_refresh(card: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = card["refresh"]["action"]["data"]
    return {k: v for k, v in data.items() if k != "verb"}


async def test_older_entries_are_collapsed_behind_a_toggle(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await _asked_for_changes(teams, ctx, connector, "Say which day")
    mine = await _resubmit(teams, ctx, await _edit(teams, connector), SECOND)
    [section] = [e for e in mine["body"] if e.get("id") == "history"]
    assert section["items"][0]["text"] == "History"
    older = [e for e in section["items"] if e.get("id") == "history-older"]
    assert older == []  # three entries: all in view, no toggle
    await _sent_back(teams, ctx, latest(connector, ALEX.personal_chat), ALEX, "Say where, too")
    mine = await _resubmit(teams, ctx, await _edit(teams, connector), THIRD)
    [section] = [e for e in mine["body"] if e.get("id") == "history"]
    [older] = [e for e in section["items"] if e.get("id") == "history-older"]
    assert older["isVisible"] is False
    [toggle_set] = [e for e in section["items"] if e.get("type") == "ActionSet"]
    [toggle] = toggle_set["actions"]
    assert toggle == {
        "type": "Action.ToggleVisibility",
        "title": "Show earlier history (2)",
        "targetElements": ["history-older"],
    }


async def test_a_single_version_needs_no_history_section(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """Sent and decided once: the banner and "Sent" already say it all, so the card stays short."""
    await teams.say("help", user=ALEX)
    mine = await request(teams, ctx, connector)
    assert history(mine) == []
    [asked] = approver_cards(connector, ALEX.personal_chat)
    assert asked.card is not None
    await teams.click(ApprovalVerb.APPROVE, data_of(asked.card, ApprovalVerb.APPROVE), user=ALEX)
    await settle(ctx)
    assert history(latest(connector, NESTOR.personal_chat)) == []


async def test_the_boards_copy_shows_the_history_too(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    connector.not_installed.add(ALEX.aad_object_id)  # so the Board is asked at once
    await teams.say("help", user=MEGAN)
    await request(teams, ctx, connector)
    [megan] = [c for c in connector.posted if c.card and ApprovalVerb.APPROVE in verbs(c.card)]
    await _sent_back(teams, ctx, megan.card, MEGAN, "Say which day")
    await _resubmit(teams, ctx, await _edit(teams, connector), SECOND)
    board = latest(connector, megan.conversation_id)
    lines = history(board)
    assert "Version 1: changes requested by Megan Bowen · Tue 1 Dec 2026, 11:00" in lines
    assert any(line.startswith("Version 1: offered to the Board approvers") for line in lines)
    assert ApprovalVerb.APPROVE in verbs(board)


async def test_a_cancelled_request_does_not_show_an_old_comment_as_the_cancellations(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await _asked_for_changes(teams, ctx, connector, "Say which day")
    mine = latest(connector, NESTOR.personal_chat)
    cancelled = card_of(
        await teams.click(ApprovalVerb.CANCEL, data_of(mine, ApprovalVerb.CANCEL), user=NESTOR)
    )
    banner = next(e for e in cancelled["body"] if e.get("type") == "Container")
    assert "Say which day" not in card_texts(banner)
    assert "“Say which day”" in history(cancelled)


async def test_history_lines_are_single_lines_shown_as_typed(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    """A comment cannot fake an entry on a line of its own, reorder text or add Markdown."""
    forged = "Fix it\n\nVersion 1: approved by Alex Wilber\u2028**now** \u202eedoc\u202c"
    await _asked_for_changes(teams, ctx, connector, forged)
    form = await _edit(teams, connector)
    mine = await _resubmit(teams, ctx, form, SECOND)
    banner = [t for t in card_texts(mine).split("\n") if "Fix it" in t]
    approvers = latest(connector, ALEX.personal_chat)
    await teams.click(ApprovalVerb.APPROVE, data_of(approvers, ApprovalVerb.APPROVE), user=ALEX)
    await settle(ctx)
    shown = [line for line in history(latest(connector, NESTOR.personal_chat)) if "Fix it" in line]
    answered = [t for t in card_texts(form).split("\n") if "Fix it" in t]
    assert len(shown) == len(banner) == len(answered) == 1
    for line in [*shown, *banner, *answered]:
        assert "Fix it Version 1: approved by Alex Wilber \\*\\*now\\*\\* edoc" in line
        assert "\n" not in line
        assert "\u2028" not in line
        assert "\u202e" not in line


async def test_someone_who_may_not_see_the_request_gets_no_history(
    teams: TeamsClient, ctx: AppContext, connector: FakeConnector
) -> None:
    await _asked_for_changes(teams, ctx, connector, "Say which day")
    await _resubmit(teams, ctx, await _edit(teams, connector), SECOND)
    card = latest(connector, ALEX.personal_chat)
    for view in ("shared", "requester", "approver"):
        data = {**data_of_refresh(card), "view": view}
        body = await teams.click(ApprovalVerb.VIEW, data, user=STRANGER, trigger="automatic")
        assert body.get("type") != "application/vnd.microsoft.card.adaptive"
        assert "Say which day" not in str(body)
