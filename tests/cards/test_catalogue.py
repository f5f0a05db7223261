"""Every card the bot can send, in every state, passes the shared card check."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.cards.catalogue import all_examples, feature_modules, main
from tests.cards.validation import assert_valid_card


@pytest.mark.parametrize(("name", "card"), all_examples(), ids=[name for name, _ in all_examples()])
def test_card_is_valid(name: str, card: dict[str, Any]) -> None:
    assert_valid_card(card)


def test_every_feature_module_contributes() -> None:
    features = {name.split("/")[0] for name, _ in all_examples()}
    assert features == set(feature_modules())
    assert "help" in features


def test_help_states_are_all_there() -> None:
    names = {name for name, _ in all_examples()}
    assert {"help/welcome", "help/volunteer", "help/ceo"} <= names


def test_examples_are_built_fresh_each_time() -> None:
    """A test that edits a card must not change what the next test sees."""
    first = all_examples()
    first[0][1]["body"].clear()
    assert all_examples()[0][1]["body"]


def test_catalogue_prints_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main() == 0
    printed = json.loads(capsys.readouterr().out)
    assert list(printed) == [name for name, _ in all_examples()]
    assert printed["help/welcome"]["type"] == "AdaptiveCard"
