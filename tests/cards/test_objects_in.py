"""objects_in: the one walk over a card that finds buttons, their data and their text."""

from __future__ import annotations

from cards.common import card, execute, objects_in, text


def test_every_object_comes_outermost_first_in_the_order_written() -> None:
    tree = {"a": 1, "b": [{"c": {"d": 2}}, "x", {"e": 3}], "f": {"g": []}}
    assert list(objects_in(tree)) == [tree, {"c": {"d": 2}}, {"d": 2}, {"e": 3}, {"g": []}]


def test_a_key_added_to_an_object_as_it_is_handed_over_is_kept() -> None:
    built = card([text("Hello")], fallback_text="Hello", actions=[execute("Go", "incident.view", {"a": 1})])
    for node in objects_in(built):
        if node.get("type") == "Action.Execute":
            node["marked"] = True
    [button] = [node for node in objects_in(built) if node.get("type") == "Action.Execute"]
    assert button["marked"] is True
    assert list(objects_in("plain text")) == []
