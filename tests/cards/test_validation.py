"""The card check itself: it passes good cards and names each kind of mistake clearly."""

from __future__ import annotations

import copy
import hashlib
from typing import Any

import pytest

from cards.common import action_set, card, choice_set, execute, facts, input_text, refresh_for, text
from tests import reference_schemas
from tests.cards.validation import InvalidCard, assert_valid_card, validate_card


def good_card() -> dict[str, Any]:
    """One of everything our cards use, built with the shared helpers."""
    return card(
        [
            text("Approve this post?", heading=True),
            facts([("Platform", "Facebook"), ("Author", "Lee Gu"), ("Due", "Friday")]),
            input_text("reason", "Reason", required=True, multiline=True),
            choice_set("platform", "Platform", [("Facebook", "facebook")], required=True),
            {"type": "Image", "url": "https://example.org/logo.png", "altText": "Charity logo"},
            action_set([execute("Approve", "approval.approve", {"id": 7})]),
        ],
        fallback_text="A post is waiting for approval",
        actions=[execute("Reject", "approval.reject", {"id": 7})],
        refresh=refresh_for("approval.refresh", {"id": 7}, ["29:a", "29:b"]),
    )


def errors_after(change: Any) -> list[str]:
    subject = good_card()
    change(subject)
    return validate_card(subject)


def test_good_card_passes() -> None:
    assert validate_card(good_card()) == []
    assert_valid_card(good_card())


def test_allowed_teams_keys_pass() -> None:
    assert errors_after(lambda c: c.update(msteams={"width": "Full"})) == []


def test_unknown_property_is_named() -> None:
    errors = errors_after(lambda c: c["body"][0].update(colour="Good"))
    assert errors == ["TextBlock has unknown property 'colour' (at body[0])"]


def test_unknown_card_property_is_named() -> None:
    assert errors_after(lambda c: c.update(originator="x")) == [
        "AdaptiveCard has unknown property 'originator' (at card)"
    ]


def test_missing_version() -> None:
    errors = errors_after(lambda c: c.pop("version"))
    assert errors == ["card version is None; Teams cards must declare '1.5'"]


def test_old_version() -> None:
    assert "card version is '1.2'" in errors_after(lambda c: c.update(version="1.2"))[0]


def test_execute_without_fallback() -> None:
    errors = errors_after(lambda c: c["actions"][0].pop("fallback"))
    assert errors == [
        "Action.Execute needs an Action.Submit fallback for clients without Universal Actions (at actions[0])"
    ]


def test_execute_outside_an_action_set() -> None:
    errors = errors_after(lambda c: c.update(selectAction=execute("Open", "approval.open")))
    assert errors == ["Action.Execute must sit in an ActionSet or the card's actions (at selectAction)"]


def test_execute_verb_must_travel_in_data() -> None:
    errors = errors_after(lambda c: c["actions"][0].update(data={"verb": "approval.other"}))
    assert errors == [
        "Action.Execute data.verb should repeat the verb 'approval.reject' so the Submit fallback "
        "routes alike (at actions[0])"
    ]


def test_execute_data_without_a_key_property() -> None:
    errors = errors_after(lambda c: c["actions"][0]["data"].update(key="k1"))
    assert errors == [
        "Action.Execute data has a 'key' property, which the Agents Playground cannot send (at actions[0])"
    ]


def test_too_many_refresh_users() -> None:
    ids = [f"29:{n}" for n in range(61)]
    errors = errors_after(lambda c: c["refresh"].update(userIds=ids))
    assert errors == ["refresh.userIds lists 61 people; Teams allows at most 60"]


def test_sixty_refresh_users_are_fine() -> None:
    assert errors_after(lambda c: c["refresh"].update(userIds=[f"29:{n}" for n in range(60)])) == []


def test_text_without_wrap() -> None:
    errors = errors_after(lambda c: c["body"][0].pop("wrap"))
    assert errors == ["TextBlock must set wrap: true so long text stays readable on phones (at body[0])"]


def test_unlabelled_input() -> None:
    errors = errors_after(lambda c: c["body"][2].pop("label"))
    assert errors == ["Input.Text 'reason' has no label (at body[2])"]


def test_required_input_without_error_message() -> None:
    errors = errors_after(lambda c: c["body"][3].pop("errorMessage"))
    assert errors == ["Input.ChoiceSet 'platform' is required but has no errorMessage (at body[3])"]


def test_fact_without_title_reads_clearly() -> None:
    errors = errors_after(lambda c: c["body"][1]["facts"][2].pop("title"))
    assert errors == ["FactSet.facts[2].title is missing (at body[1])"]


def test_image_without_alt_text() -> None:
    errors = errors_after(lambda c: c["body"][4].pop("altText"))
    assert errors == ["Image has no altText for screen readers (at body[4])"]


def test_card_without_fallback_text_or_speak() -> None:
    errors = errors_after(lambda c: (c.pop("fallbackText"), c.pop("speak")))
    assert errors == [
        "card has no fallbackText; clients without card support and screen readers need it",
        "card has no speak; clients without card support and screen readers need it",
    ]


def test_unknown_teams_key() -> None:
    assert errors_after(lambda c: c.update(msteams={"widht": "Full"})) == [
        "msteams.widht is not a Teams card property we use"
    ]


def test_bad_enum_names_the_allowed_values() -> None:
    [error] = errors_after(lambda c: c["body"][0].update(size="Huge"))
    assert error.startswith("TextBlock.size is 'Huge', which is not allowed: expected one of default, small")
    assert error.endswith("(at body[0])")


def test_nested_elements_are_located() -> None:
    nested = {"type": "Container", "items": [{"type": "TextBlock", "wrap": True}, {"type": "Frob"}]}
    errors = errors_after(lambda c: c["body"].append(nested))
    assert errors == [
        "TextBlock.text is missing (at body[6].items[0])",
        "body[6].items[1] has unknown type 'Frob'",
    ]


def test_duplicate_input_ids() -> None:
    errors = errors_after(lambda c: c["body"].append(input_text("reason", "Another reason")))
    assert errors == ["input id 'reason' is used twice (at body[6])"]


def test_show_card_contents_are_checked() -> None:
    inner = card([text("More")], fallback_text="More")
    del inner["body"][0]["wrap"]
    show = {"type": "Action.ShowCard", "title": "More", "card": inner}
    errors = errors_after(lambda c: c["actions"].append(show))
    assert errors == [
        "TextBlock must set wrap: true so long text stays readable on phones (at actions[1].card.body[0])"
    ]


def test_assert_valid_card_lists_every_error() -> None:
    broken = copy.deepcopy(good_card())
    del broken["version"], broken["body"][0]["wrap"]
    with pytest.raises(InvalidCard) as raised:
        assert_valid_card(broken)
    assert "card version" in str(raised.value)
    assert "wrap: true" in str(raised.value)


def test_missing_schemas_fail_loudly(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setattr(reference_schemas, "MANIFEST_SCHEMAS", tmp_path / "nowhere")
    reference_schemas.manifest_schema_file.cache_clear()
    try:
        with pytest.raises(reference_schemas.SchemaMissing, match="npm ci"):
            reference_schemas.manifest_schema_file("1.30")
    finally:
        reference_schemas.manifest_schema_file.cache_clear()


def test_kept_card_schema_is_the_published_file() -> None:
    """The copy kept in the repository is byte for byte the file its README names."""
    kept = reference_schemas.KEPT_SCHEMAS / "adaptive-card" / "1.5.0" / "adaptive-card.json"
    readme = (reference_schemas.KEPT_SCHEMAS / "README.md").read_text(encoding="utf-8")
    assert hashlib.sha256(kept.read_bytes()).hexdigest() in readme


def test_less_common_elements_pass() -> None:
    """Columns without a type, tables, plain-text inlines, toggles and show-cards are all valid."""
    more = card(
        [
            {
                "type": "ColumnSet",
                "columns": [
                    {"type": "Column", "width": "auto", "items": [text("Platform")]},
                    {
                        "width": "stretch",
                        "items": [{"type": "Image", "url": "https://x.org/a.png", "altText": "A"}],
                    },
                ],
            },
            {
                "type": "Table",
                "columns": [{"width": 1}],
                "rows": [{"type": "TableRow", "cells": [{"type": "TableCell", "items": [text("Cell")]}]}],
            },
            {"type": "Input.Toggle", "id": "agree", "title": "I agree", "label": "Agreement"},
            {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": "Bold"}, "plain"]},
            {"type": "Container", "id": "more", "isVisible": False, "items": [text("Hidden")]},
            action_set([{"type": "Action.ToggleVisibility", "title": "More", "targetElements": ["more"]}]),
        ],
        fallback_text="More",
        actions=[
            {
                "type": "Action.ShowCard",
                "title": "Reply",
                "card": {
                    "type": "AdaptiveCard",
                    "body": [input_text("reply", "Reply")],
                    "actions": [execute("Send", "answer.reply")],
                },
            }
        ],
    )
    assert validate_card(more) == []


def test_text_run_errors_read_clearly() -> None:
    inlines = [{"type": "TextRun"}, {"type": "TextRun", "text": "y", "colr": "Good"}]
    errors = errors_after(lambda c: c["body"].append({"type": "RichTextBlock", "inlines": inlines}))
    assert errors == [
        "TextRun.text is missing (at body[6].inlines[0])",
        "TextRun has unknown property 'colr' (at body[6].inlines[1])",
    ]
