"""A person using a card as Teams shows it: open a section, fill fields by label, press a button.

Every step a person takes counts as one interaction (opening a section, choosing or typing one
answer, pressing a button), so a test can say how much work a task is. Pressing a button sends
what Teams would: the button's data with the values of the inputs it can see (those of the card,
and of the section the button is in); a required input left empty stops the press in the client,
as Teams does, and nothing is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tests.builders import ALEX, TeamsClient, User

INPUT_TYPES = ("Input.Text", "Input.Date", "Input.Time", "Input.ChoiceSet", "Input.Number", "Input.Toggle")


def _inputs(elements: list[Any]) -> Iterator[dict[str, Any]]:
    """The inputs among ``elements`` and their containers, not those in a section not open."""
    for element in elements:
        if not isinstance(element, dict):
            continue
        if element.get("type") in INPUT_TYPES:
            yield element
        for key in ("items", "columns"):
            yield from _inputs(element.get(key, []))


def _buttons(card: dict[str, Any]) -> Iterator[dict[str, Any]]:
    def walk(elements: list[Any]) -> Iterator[dict[str, Any]]:
        for element in elements:
            if not isinstance(element, dict):
                continue
            if element.get("type") == "ActionSet":
                yield from element.get("actions", [])
            for key in ("items", "columns"):
                yield from walk(element.get(key, []))

    yield from walk(card.get("body", []))
    yield from card.get("actions", [])


@dataclass
class CardPerson:
    teams: TeamsClient
    card: dict[str, Any]
    user: User = ALEX
    interactions: int = 0
    section: dict[str, Any] | None = None  # the Action.ShowCard section that is open
    typed: dict[str, str] = field(default_factory=dict)
    said: str = ""  # the last plain answer (a refusal), when the reply was not a card
    blocked: list[str] = field(default_factory=list)  # required inputs the client stopped a press on

    def visible_inputs(self) -> list[dict[str, Any]]:
        shown = list(_inputs(self.card.get("body", [])))
        if self.section is not None:
            shown += list(_inputs(self.section.get("body", [])))
        return shown

    def value(self, input_id: str) -> str:
        """What the input shows now: typed by the person, or the value the card came with."""
        for element in self.visible_inputs():
            if element["id"] == input_id:
                return self.typed.get(input_id, str(element.get("value", "")))
        raise AssertionError(f"no input {input_id} on the card")

    def open(self, title: str) -> None:
        for button in _buttons(self.card):
            if button.get("type") == "Action.ShowCard" and button.get("title") == title:
                self.section = button["card"]
                self.interactions += 1
                return
        raise AssertionError(f"no section {title!r} to open")

    def fill(self, label: str, answer: str) -> None:
        """Choose (by the choice's title) or type ``answer`` in the visible input labelled ``label``."""
        matches = [e for e in self.visible_inputs() if e.get("label") == label]
        assert len(matches) == 1, f"{len(matches)} inputs labelled {label!r}"
        element = matches[0]
        if element["type"] == "Input.ChoiceSet":
            values = {c["title"]: c["value"] for c in element["choices"]}
            assert answer in values, f"{answer!r} is not a choice of {label!r}: {list(values)}"
            answer = values[answer]
        self.typed[element["id"]] = answer
        self.interactions += 1

    async def press(self, title: str) -> None:
        self.interactions += 1
        places = [self.card, *([self.section] if self.section is not None else [])]
        found = [b for place in places for b in _buttons(place) if b.get("title") == title]
        found = [b for b in found if b.get("type") == "Action.Execute"]
        assert found, f"no button {title!r}"
        button = found[0]
        values: dict[str, str] = {}
        if button.get("associatedInputs", "auto") != "none":
            values = {e["id"]: self.value(e["id"]) for e in self.visible_inputs()}
            empty = [e["id"] for e in self.visible_inputs() if e.get("isRequired") and not values[e["id"]]]
            if empty:
                self.blocked = empty
                return
        body = await self.teams.click(button["verb"], {**button.get("data", {}), **values}, user=self.user)
        self.blocked = []
        if body.get("type") == "application/vnd.microsoft.card.adaptive":
            self.card, self.section, self.typed, self.said = body["value"], None, {}, ""
        else:
            self.said = str(body.get("value", ""))


def inputs_of(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every input of a card's body by id, those in containers too (not those in closed sections)."""
    return {e["id"]: e for e in _inputs(card.get("body", []))}


def error_under(card: dict[str, Any], input_id: str) -> str:
    """The error shown right under an input: an attention panel with default-coloured text."""
    body = card["body"]
    [at] = [i for i, e in enumerate(body) if e.get("id") == input_id]
    after = body[at + 1] if at + 1 < len(body) else {}
    if after.get("type") != "Container" or after.get("style") != "attention":
        return ""
    return " ".join(t["text"] for t in after["items"] if t.get("type") == "TextBlock")
