"""Walk an Adaptive Card as a list of typed nodes, each with a readable location.

Validation needs every element and action on its own (to check it against its own schema
definition and to apply our rules), plus where it sits: an ``Action.Execute`` is fine in an
``ActionSet`` or the card's ``actions`` but not as a ``selectAction``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Category = Literal["element", "action", "card", "typed"]
Placement = Literal["body", "actions", "select", "refresh", "fallback", "inline", "card", "part"]

# Where each type keeps its children: key -> (category, implicit type for untyped children).
_CHILDREN: dict[str, dict[str, tuple[Category, str]]] = {
    "AdaptiveCard": {"body": ("element", ""), "actions": ("action", ""), "selectAction": ("action", "")},
    "Container": {"items": ("element", ""), "selectAction": ("action", "")},
    "Column": {"items": ("element", ""), "selectAction": ("action", "")},
    "ColumnSet": {"columns": ("typed", "Column"), "selectAction": ("action", "")},
    "ActionSet": {"actions": ("action", "")},
    "ImageSet": {"images": ("typed", "Image")},
    "Image": {"selectAction": ("action", "")},
    "Table": {"rows": ("typed", "TableRow")},
    "TableRow": {"cells": ("typed", "TableCell")},
    "TableCell": {"items": ("element", ""), "selectAction": ("action", "")},
    "Input.Text": {"inlineAction": ("action", "")},
    "RichTextBlock": {"inlines": ("typed", "TextRun")},
    "TextRun": {"selectAction": ("action", "")},
    "Action.ShowCard": {"card": ("card", "AdaptiveCard")},
}
_PLACEMENT: dict[str, Placement] = {
    "body": "body",
    "items": "body",
    "actions": "actions",
    "selectAction": "select",
    "inlineAction": "inline",
    "card": "card",
}


@dataclass(frozen=True)
class Node:
    where: str  # e.g. "body[3].items[0]"; "" for the card itself
    kind: str  # the schema definition name, e.g. "TextBlock"; "" when it has no type
    value: dict[str, Any]
    placement: Placement
    child_paths: tuple[tuple[str | int, ...], ...]  # relative paths of children walked separately

    @property
    def label(self) -> str:
        return self.where or "card"


@dataclass(frozen=True)
class Problem:
    """Something in the tree that is not even an object; reported as-is."""

    where: str
    message: str


def join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def walk(card: dict[str, Any]) -> Iterator[Node | Problem]:
    yield from _visit(card, "", "AdaptiveCard", "card")


def _visit(value: Any, where: str, kind: str, placement: Placement) -> Iterator[Node | Problem]:
    if not isinstance(value, dict):
        yield Problem(where or "card", f"{where or 'card'} should be an object, not {type(value).__name__}")
        return
    children = list(_children(value, kind))
    yield Node(where, kind, value, placement, tuple(path for path, *_ in children))
    for path, child, child_kind, child_placement in children:
        child_where = where
        for key in path:
            child_where = join(child_where, key)
        yield from _visit(child, child_where, child_kind, child_placement)


def _children(
    value: dict[str, Any], kind: str
) -> Iterator[tuple[tuple[str | int, ...], Any, str, Placement]]:
    for key, (_category, implicit) in _CHILDREN.get(kind, {}).items():
        placement: Placement = _PLACEMENT.get(key, "part")
        child = value.get(key)
        if isinstance(child, list):
            for index, item in enumerate(child):
                if not (key == "inlines" and isinstance(item, str)):  # plain text is a valid inline
                    yield (key, index), item, _kind(item, implicit), placement
        elif child is not None:
            yield (key,), child, _kind(child, implicit), placement
    fallback = value.get("fallback")
    if isinstance(fallback, dict) and kind != "AdaptiveCard":
        yield ("fallback",), fallback, _kind(fallback, ""), "fallback"
    refresh = value.get("refresh") if kind == "AdaptiveCard" else None
    if isinstance(refresh, dict) and "action" in refresh:
        yield ("refresh", "action"), refresh["action"], _kind(refresh["action"], ""), "refresh"


def _kind(value: Any, implicit: str) -> str:
    if isinstance(value, dict) and isinstance(value.get("type"), str):
        return str(value["type"])
    return implicit
