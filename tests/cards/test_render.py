"""Cards built with the shared helpers pass Microsoft's own renderer and come out as pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from cards.common import action_set, card, choice_set, execute, facts, input_text, text, user_text
from tests.cards.render import RenderedCard, file_name, render_cards


def sample_card() -> dict[str, Any]:
    return card(
        [
            text("Approval needed", heading=True),
            text(f"{user_text('Summer *fun* day [draft]')} needs the CEO's sign-off."),
            facts([("Requested by", "Nestor Wilke"), ("Where", "Facebook, Instagram")]),
            input_text("comment", "Comment", multiline=True, max_length=500),
            choice_set("urgency", "Urgency", [("Normal", "normal"), ("Urgent", "urgent")], required=True),
            action_set([execute("Approve", "approval.approve", {"id": "r1"}, style="positive")]),
        ],
        fallback_text="Approval needed: Summer fun day",
    )


TOO_OLD = {
    "type": "AdaptiveCard",
    "version": "1.2",
    "body": [{"type": "Input.Text", "id": "a", "label": "A"}],
}
NO_ERROR_MESSAGE = {
    "type": "AdaptiveCard",
    "version": "1.5",
    "body": [{"type": "Input.Text", "id": "a", "label": "A", "isRequired": True}],
}


@pytest.fixture(scope="module")
def rendered(card_renderer: None, tmp_path_factory: pytest.TempPathFactory) -> dict[str, RenderedCard]:
    out = tmp_path_factory.mktemp("cards")
    cards = [("sample/approval", sample_card()), ("bad/too-old", TOO_OLD), ("bad/no-error", NO_ERROR_MESSAGE)]
    results = render_cards(cards, out)
    return {r.name: r for r in results}


def test_helper_built_card_has_no_renderer_errors(rendered: dict[str, RenderedCard]) -> None:
    assert rendered["sample/approval"].errors == ()


def test_card_is_saved_as_a_picture(rendered: dict[str, RenderedCard]) -> None:
    result = rendered["sample/approval"]
    assert result.png.name == "sample-approval.png"
    with Image.open(result.png) as picture:
        assert picture.format == "PNG"
        assert picture.width == 440
        assert picture.height > 200


def test_renderer_reports_features_above_the_declared_version(rendered: dict[str, RenderedCard]) -> None:
    assert rendered["bad/too-old"].errors == (
        'Parse/UnsupportedProperty: Property "label" is supported in version 1.3, '
        "but you are using version 1.2.",
    )


def test_renderer_validation_runs(rendered: dict[str, RenderedCard]) -> None:
    assert rendered["bad/no-error"].errors == (
        "Validation/RequiredInputsShouldHaveErrorMessage: Required inputs should have an error message",
    )


def test_without_pictures_the_findings_are_the_same_and_no_file_is_written(
    rendered: dict[str, RenderedCard], tmp_path: Path
) -> None:
    cards = [("sample/approval", sample_card()), ("bad/too-old", TOO_OLD), ("bad/no-error", NO_ERROR_MESSAGE)]
    results = render_cards(cards, tmp_path, pictures=False)
    assert {r.name: r.errors for r in results} == {name: r.errors for name, r in rendered.items()}
    assert list(tmp_path.glob("*.png")) == []


@pytest.mark.parametrize("name", ["../escape", "a b", ""])
def test_unsafe_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="file name"):
        file_name(name)


GOOD_ON_WHITE = {
    "type": "AdaptiveCard",
    "version": "1.5",
    "body": [{"type": "TextBlock", "text": "Saved.", "color": "Good", "wrap": True}],
}
TOO_WIDE = {
    "type": "AdaptiveCard",
    "version": "1.5",
    "body": [{"type": "TextBlock", "text": "x" * 400, "wrap": False}],
}


def test_the_layout_check_finds_low_contrast_and_cut_off_text(card_renderer: None, tmp_path: Path) -> None:
    results = render_cards([("bad/good", GOOD_ON_WHITE), ("bad/wide", TOO_WIDE)], tmp_path, check_layout=True)
    good, wide = results
    assert any("Contrast" in e for e in good.errors)  # Teams' light "good" green on white
    assert any("CutOff" in e for e in wide.errors)
