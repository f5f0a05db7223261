"""One check for every card the bot can send: the Adaptive Card 1.5 schema plus our house rules.

The schema alone reports a bad fact deep in a card as "… is not valid under any of the given
schemas". So each element is also checked against its own definition, which gives messages
like "FactSet.facts[2].title is missing (at body[3])". The whole-card check still runs as a
safety net, and our rules cover what the schema cannot: Teams and screen readers need
``version`` 1.5, wrapped text, labelled inputs, alt text and a spoken summary; Universal
Actions need an ``Action.Submit`` fallback and at most 60 user-specific views.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft6Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT6

from tests.cards.tree import Node, Problem, walk
from tests.reference_schemas import adaptive_card_schema

AC_URL = "https://adaptivecards.io/schemas/1.5.0/adaptive-card.json"
CARD_VERSION = "1.5"
MAX_REFRESH_USERS = 60
# Teams-only card keys we use: full width and @mention entities. Anything else is a typo.
ALLOWED_MSTEAMS = frozenset({"width", "entities"})


class InvalidCard(AssertionError):
    pass


def _no_network(uri: str) -> Resource[Any]:
    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]  # attrs class mypy cannot see into


@dataclass(frozen=True)
class _Schemas:
    whole: Draft6Validator
    registry: Registry[Any]
    names: frozenset[str]


@cache
def _schemas() -> _Schemas:
    schema = adaptive_card_schema()
    registry: Registry[Any] = Registry(retrieve=_no_network).with_resource(  # type: ignore[call-arg]
        AC_URL, DRAFT6.create_resource(schema)
    )
    return _Schemas(Draft6Validator(schema, registry=registry), registry, frozenset(schema["definitions"]))


@cache
def _definition(kind: str) -> Draft6Validator:
    schemas = _schemas()
    return Draft6Validator({"$ref": f"{AC_URL}#/definitions/{kind}"}, registry=schemas.registry)


def validate_card(card: Mapping[str, Any]) -> list[str]:
    """Every problem with ``card``, as sentences a person can act on; empty when it is fine."""
    data = dict(card)
    errors = _msteams_errors(data.pop("msteams", None))
    errors += _card_rules(data)
    for node in walk(data):
        if isinstance(node, Problem):
            errors.append(node.message)
        else:
            errors += _schema_errors(node)
            errors += _rules(node)
    errors += _duplicate_inputs(data)
    if not errors:
        errors += _whole_card_errors(data)
    return errors


def assert_valid_card(card: Mapping[str, Any]) -> None:
    errors = validate_card(card)
    if errors:
        raise InvalidCard("card is not valid:\n  " + "\n  ".join(errors))


# --- schema --------------------------------------------------------------------------------


def _schema_errors(node: Node) -> list[str]:
    if not node.kind:
        return [f"{node.label} has no type"]
    if node.kind not in _schemas().names:
        return [f"{node.label} has unknown type {node.kind!r}"]
    found = _definition(node.kind).iter_errors(node.value)
    mine = (e for e in found if not _inside_child(tuple(e.absolute_path), node.child_paths))
    return [f"{_describe(node.kind, error)} (at {node.label})" for error in _flatten(mine)]


def _inside_child(path: tuple[str | int, ...], children: tuple[tuple[str | int, ...], ...]) -> bool:
    return any(path[: len(child)] == child for child in children)


def _flatten(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """Definitions nest through ``allOf``; report the innermost errors, once each."""
    seen: set[tuple[str, str]] = set()
    for error in errors:
        for leaf in _leaves(error):
            key = (leaf.json_path, leaf.message)
            if key not in seen:
                seen.add(key)
                yield leaf


def _leaves(error: ValidationError) -> list[ValidationError]:
    if error.validator == "allOf" and error.context:
        return [leaf for child in error.context for leaf in _leaves(child)]
    if error.validator in ("anyOf", "oneOf") and error.context:
        # Of "a string, or an object with these properties", report the branch that fits.
        branches: dict[Any, list[ValidationError]] = {}
        for child in error.context:
            branches.setdefault(child.schema_path[0], []).append(child)
        fitting = [b for b in branches.values() if not any(e.validator == "type" and not e.path for e in b)]
        if len(fitting) == 1:
            return [leaf for child in fitting[0] for leaf in _leaves(child)]
    return [error]


def _describe(kind: str, error: ValidationError) -> str:
    subject = kind + "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        missing = [
            name for name in error.validator_value if name not in instance and repr(name) in error.message
        ]
        return f"{subject}.{missing[0] if missing else '?'} is missing"
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        extra = ", ".join(repr(k) for k in instance if k not in known)
        return f"{subject} has unknown property {extra}"
    if error.validator in ("anyOf", "oneOf") and error.context:
        return f"{subject} is {instance!r}, which is not allowed: {_expected(error)}"
    return f"{subject}: {error.message}"


def _expected(error: ValidationError) -> str:
    """Name the allowed values when an ``anyOf`` hides an enum (sizes, colours, styles)."""
    pending = list(error.context)
    while pending:
        child = pending.pop(0)
        if child.validator == "enum":
            return "expected one of " + ", ".join(map(str, child.validator_value))
        pending.extend(child.context)
    return str(best_match(error.context).message)


def _whole_card_errors(card: dict[str, Any]) -> list[str]:
    error = best_match(_schemas().whole.iter_errors(card))
    if error is None:
        return []
    return [f"card does not match the Adaptive Card 1.5 schema at {error.json_path}: {error.message}"]


# --- house rules ---------------------------------------------------------------------------


def _msteams_errors(msteams: Any) -> list[str]:
    if msteams is None:
        return []
    if not isinstance(msteams, dict):
        return ["msteams should be an object"]
    return [
        f"msteams.{key} is not a Teams card property we use" for key in msteams if key not in ALLOWED_MSTEAMS
    ]


def _card_rules(card: dict[str, Any]) -> list[str]:
    errors = []
    if card.get("version") != CARD_VERSION:
        errors.append(f"card version is {card.get('version')!r}; Teams cards must declare {CARD_VERSION!r}")
    for key in ("fallbackText", "speak"):
        if not _filled(card.get(key)):
            errors.append(f"card has no {key}; clients without card support and screen readers need it")
    user_ids = (card.get("refresh") or {}).get("userIds") or []
    if len(user_ids) > MAX_REFRESH_USERS:
        errors.append(
            f"refresh.userIds lists {len(user_ids)} people; Teams allows at most {MAX_REFRESH_USERS}"
        )
    return errors


def _rules(node: Node) -> list[str]:
    value, at = node.value, f" (at {node.label})"
    if node.kind == "TextBlock" and value.get("wrap") is not True:
        return [f"TextBlock must set wrap: true so long text stays readable on phones{at}"]
    if node.kind == "TextBlock" and str(value.get("color", "")).lower() in ("warning", "good", "attention"):
        return [
            f"TextBlock colour {value['color']} is hard to read on white or dark themes; put default "
            f"text in an 'attention', 'warning' or 'good' container instead{at}"
        ]
    if node.kind.startswith("Input."):
        return [message + at for message in _input_rules(node.kind, value)]
    if node.kind == "Image" and not _filled(value.get("altText")):
        return [f"Image has no altText for screen readers{at}"]
    if node.kind == "Action.Execute":
        return [message + at for message in _execute_rules(node)]
    return []


def _input_rules(kind: str, value: dict[str, Any]) -> Iterator[str]:
    if not _filled(value.get("label")):
        yield f"{kind} {value.get('id', '')!r} has no label"
    if value.get("isRequired") and not _filled(value.get("errorMessage")):
        yield f"{kind} {value.get('id', '')!r} is required but has no errorMessage"
    # Clients show an input's one errorMessage for every failed check, so with a range or a
    # pattern it must speak of that too, not only say the field is required.
    checks = [k for k in ("min", "max", "regex") if k in value]
    message = str(value.get("errorMessage", ""))
    if checks and (not message or message.endswith("is required.")):
        yield (
            f"{kind} {value.get('id', '')!r} checks {', '.join(checks)} but its errorMessage "
            f"{message!r} does not say so"
        )


def _execute_rules(node: Node) -> Iterator[str]:
    action, verb = node.value, node.value.get("verb")
    if not _filled(verb):
        yield "Action.Execute has no verb"
    elif (action.get("data") or {}).get("verb") != verb:
        yield f"Action.Execute data.verb should repeat the verb {verb!r} so the Submit fallback routes alike"
    if "key" in (action.get("data") or {}):
        yield "Action.Execute data has a 'key' property, which the Agents Playground cannot send"
    if node.placement == "refresh":
        return
    if node.placement != "actions":
        yield "Action.Execute must sit in an ActionSet or the card's actions"
    fallback = action.get("fallback")
    if not isinstance(fallback, dict) or fallback.get("type") != "Action.Submit":
        yield "Action.Execute needs an Action.Submit fallback for clients without Universal Actions"
    elif (fallback.get("data") or {}).get("verb") != verb:
        yield f"Action.Execute fallback data.verb should be {verb!r}"


def _duplicate_inputs(card: dict[str, Any]) -> list[str]:
    seen: set[str] = set()
    errors = []
    for node in walk(card):
        if isinstance(node, Node) and node.kind.startswith("Input.") and node.placement != "fallback":
            input_id = node.value.get("id")
            if isinstance(input_id, str) and input_id in seen:
                errors.append(f"input id {input_id!r} is used twice (at {node.label})")
            if isinstance(input_id, str):
                seen.add(input_id)
    return errors


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
