"""Small, pure building blocks shared by every card.

Teams renders Adaptive Cards up to 1.5, many of our users read them on phones, and some use
screen readers, so every builder goes through these helpers: text always wraps, inputs always
carry a label, cards always carry ``fallbackText`` and ``speak``, and every ``Action.Execute``
has an ``Action.Submit`` fallback for clients without Universal Actions.

Anything a person typed is passed through :func:`user_text` before it reaches a card, so
Markdown, HTML and template syntax are shown as typed instead of being interpreted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

Card = dict[str, Any]
Element = dict[str, Any]

CARD_VERSION = "1.5"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
MAX_REFRESH_USERS = 60

# Characters that reorder or hide text: a name containing them could show an approver
# something other than what is stored.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    # soft hyphen, grapheme joiner, Arabic letter mark, Hangul/Khmer/Mongolian fillers,
    # interlinear annotations and Unicode tags: invisible, and usable to disguise a name
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_WHITESPACE = re.compile(r"[\s\u00a0\u3000]+")
# Characters that can start Markdown, HTML or template syntax anywhere in a line, and the
# markers that only mean something at the start of a line (headings, lists, quotes). Escaping
# only these keeps ordinary punctuation ("Thanks!", "3.5") looking as typed.
_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]<>$~|])")
_LINE_MARKUP = re.compile(r"^(\s*)([#>+\-]|\d+\.)", re.MULTILINE)


def clean(value: str) -> str:
    """Remove control, bidi-override and zero-width characters; keep ordinary line breaks."""
    return _INVISIBLE.sub("", _CONTROL.sub("", value)).replace("\r\n", "\n").replace("\r", "\n")


def one_line(value: str) -> str:
    """Text for a field shown on one line: visible characters, single spaces, nothing else.

    Every kind of line break collapses to a space (``\\s`` covers CR, LF, tab, VT, FF, U+0085,
    U+2028 and U+2029), so nobody can put "Approved by CEO" on a line of its own.
    """
    return _WHITESPACE.sub(" ", clean(_WHITESPACE.sub(" ", value))).strip()


def user_text(value: str) -> str:
    """Make typed text safe to show in a TextBlock: no Markdown, links or template syntax."""
    escaped = _INLINE_MARKUP.sub(r"\\\1", clean(value))
    return _LINE_MARKUP.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\." if marker.endswith(".") else "\\" + marker


def text(
    value: str,
    *,
    weight: str | None = None,
    size: str | None = None,
    color: str | None = None,
    subtle: bool = False,
    heading: bool = False,
    spacing: str | None = None,
    separator: bool = False,
) -> Element:
    block: Element = {"type": "TextBlock", "text": value, "wrap": True}
    if heading:
        block["style"] = "heading"
        block.setdefault("weight", "Bolder")
        block.setdefault("size", "Medium")
    if weight:
        block["weight"] = weight
    if size:
        block["size"] = size
    if color:
        block["color"] = color
    if subtle:
        block["isSubtle"] = True
    if spacing:
        block["spacing"] = spacing
    if separator:
        block["separator"] = True
    return block


def facts(pairs: Iterable[tuple[str, str]]) -> Element:
    return {"type": "FactSet", "facts": [{"title": title, "value": value} for title, value in pairs]}


def container(items: Sequence[Element], *, style: str | None = None, spacing: str | None = None) -> Element:
    block: Element = {"type": "Container", "items": list(items)}
    if style:
        block["style"] = style
    if spacing:
        block["spacing"] = spacing
    return block


def execute(
    title: str,
    verb: str,
    data: Mapping[str, Any] | None = None,
    *,
    style: str | None = None,
    associated_inputs: str | None = None,
) -> Element:
    """An ``Action.Execute`` whose data repeats the verb, with an ``Action.Submit`` fallback.

    The verb travels in ``data`` as well so the Submit fallback (a plain message with a value)
    is routed exactly like the Universal Action invoke.
    """
    payload = {"verb": verb, **(data or {})}
    fallback: Element = {"type": "Action.Submit", "title": title, "data": payload}
    action: Element = {"type": "Action.Execute", "title": title, "verb": verb, "data": payload}
    if style:
        action["style"] = style
        fallback["style"] = style
    if associated_inputs:
        action["associatedInputs"] = associated_inputs
        fallback["associatedInputs"] = associated_inputs
    action["fallback"] = fallback
    return action


def notice(items: str | Sequence[Element], style: str, *, spacing: str | None = None) -> Element:
    """A coloured panel (``attention``, ``warning``, ``good``, ``accent``) holding default-coloured text.

    Teams themes the container styles in light, dark and high contrast so the text on them stays
    readable; a yellow or pale green text colour on white does not.
    """
    body = [text(items)] if isinstance(items, str) else list(items)
    return container(body, style=style, spacing=spacing)


def confirm(title: str, question: str, button: Element) -> Element:
    """A button that asks first: it opens ``question`` and ``button`` (the real action) below it.

    For what cannot be undone from the card (cancelling a request), so a slip of the finger
    changes nothing.
    """
    return {
        "type": "Action.ShowCard",
        "title": title,
        "card": {"type": "AdaptiveCard", "body": [text(question)], "actions": [button]},
    }


def action_set(actions: Sequence[Element], *, spacing: str | None = None) -> Element:
    block: Element = {"type": "ActionSet", "actions": list(actions)}
    if spacing:
        block["spacing"] = spacing
    return block


def input_text(
    input_id: str,
    label: str,
    *,
    required: bool = False,
    multiline: bool = False,
    max_length: int | None = None,
    placeholder: str | None = None,
    value: str | None = None,
    error: str | None = None,
    style: str | None = None,
) -> Element:
    field: Element = {"type": "Input.Text", "id": input_id, "label": label, "isRequired": required}
    if required:
        field["errorMessage"] = error or f"{label} is required."
    if multiline:
        field["isMultiline"] = True
    if max_length:
        field["maxLength"] = max_length
    if placeholder:
        field["placeholder"] = placeholder
    if value:
        field["value"] = value
    if style:
        field["style"] = style
    return field


def choice_set(
    input_id: str,
    label: str,
    choices: Iterable[tuple[str, str]],
    *,
    required: bool = False,
    multi: bool = False,
    expanded: bool = False,
    value: str | None = None,
    error: str | None = None,
) -> Element:
    """A choice input; ``choices`` are ``(title, value)`` pairs."""
    field: Element = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "label": label,
        "isRequired": required,
        "choices": [{"title": title, "value": val} for title, val in choices],
    }
    if required:
        field["errorMessage"] = error or f"Choose {label.lower()}."
    if multi:
        field["isMultiSelect"] = True
    if expanded:
        field["style"] = "expanded"
        field["wrap"] = True  # long titles wrap on a phone instead of being cut off
    if value:
        field["value"] = value
    return field


def field_error(message: str) -> Element:
    """An inline error under a form field, shown when the server rejects a value."""
    return container([text(message, size="Small")], style="attention", spacing="None")


def card(
    body: Sequence[Element],
    *,
    fallback_text: str,
    speak: str | None = None,
    actions: Sequence[Element] = (),
    refresh: Element | None = None,
) -> Card:
    result: Card = {
        "type": "AdaptiveCard",
        "$schema": CARD_SCHEMA,
        "version": CARD_VERSION,
        # Shown in notifications, the chat list and by screen readers, on one line: nothing in
        # them may break the line or reorder it (see cards.sanitise.one_line).
        "fallbackText": one_line(fallback_text),
        "speak": one_line(speak or fallback_text),
        "body": list(body),
    }
    if actions:
        result["actions"] = list(actions)
    if refresh:
        result["refresh"] = refresh
    return result


def refresh_for(verb: str, data: Mapping[str, Any], user_ids: Sequence[str]) -> Element:
    """A ``refresh`` block giving up to 60 people their own view of a shared card.

    Teams caps user-specific views at 60; beyond that the first 60 ids get the live view and
    everyone else sees the base card, which is always a correct read-only state.
    """
    return {
        "action": {
            "type": "Action.Execute",
            "title": "Refresh",
            "verb": verb,
            "data": {"verb": verb, **data},
        },
        "userIds": list(dict.fromkeys(user_ids))[:MAX_REFRESH_USERS],
    }


def refresh_own(verb: str) -> Element:
    """A ``refresh`` for a card in someone's 1:1 chat, such as a list: redrawn as it stands now.

    No ``userIds``: in a 1:1 chat Teams refreshes the card for the person it belongs to whenever
    it shows it again, so a list never goes on saying what was true when it was sent.
    """
    return {"action": {"type": "Action.Execute", "title": "Refresh", "verb": verb, "data": {"verb": verb}}}


def objects_in(node: Any) -> Iterator[Element]:
    """Every JSON object in a card (or any part of one), each before the objects inside it and in
    the order written. One is handed over before its values are read, so a caller may add a key
    to it (a button's data, say) as it goes."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from objects_in(value)
    elif isinstance(node, list):
        for item in node:
            yield from objects_in(item)
