"""OData bits the Graph stand-in needs: Graph's error shape, ``$filter``, skip tokens.

Only what our code sends is understood (``eq``/``ne``/``lt``/``le``/``gt``/``ge`` joined
by ``and``); anything else is rejected with a 400 like Graph would, so an unsupported
query fails loudly in tests instead of silently matching everything.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

_CONDITION = re.compile(
    r"\s*(?P<name>(?:fields/)?\w+)\s+(?P<op>eq|ne|lt|le|gt|ge)\s+"
    r"(?P<value>'(?:[^']|'')*'|true|false|null|\d{4}-\d\d-\d\dT[\d:.]+Z?|-?\d+(?:\.\d+)?)\s*"
)
_AND = re.compile(r"and\b", re.IGNORECASE)


@dataclass
class GraphFault(Exception):
    """An error response in Graph's shape."""

    status: int
    code: str
    message: str
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "innerError": {
                    "date": now_iso(),
                    "request-id": str(uuid.uuid4()),
                    "client-request-id": str(uuid.uuid4()),
                },
            }
        }


@dataclass(frozen=True)
class Condition:
    name: str
    op: str
    value: Any

    def matches(self, actual: Any) -> bool:
        if self.op == "eq":
            return bool(actual == self.value)
        if self.op == "ne":
            return bool(actual != self.value)
        if actual is None or self.value is None:
            return False
        ops: dict[str, bool] = {"lt": actual < self.value, "le": actual <= self.value}
        ops.update({"gt": actual > self.value, "ge": actual >= self.value})
        return ops[self.op]


def parse_filter(text: str, *, prefix: str = "") -> list[Condition]:
    """Parse ``A eq 'x' and B lt 3``; ``prefix`` (e.g. ``fields/``) is required on names."""
    conditions: list[Condition] = []
    pos = 0
    while True:
        match = _CONDITION.match(text, pos)
        if match is None or not match["name"].startswith(prefix):
            raise GraphFault(400, "invalidRequest", f"Invalid filter clause: {text[pos:]!r}")
        name = match["name"][len(prefix) :]
        conditions.append(Condition(name, match["op"], _literal(match["value"])))
        pos = match.end()
        if pos >= len(text):
            return conditions
        joined = _AND.match(text, pos)
        if joined is None:
            raise GraphFault(400, "invalidRequest", f"Unsupported filter operator at {text[pos:]!r}")
        pos = joined.end()


def _literal(token: str) -> Any:
    if token.startswith("'"):
        return token[1:-1].replace("''", "'")
    if token in ("true", "false"):
        return token == "true"
    if token == "null":
        return None
    if "T" in token:
        return token
    return float(token) if "." in token else int(token)


def encode_token(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def decode_token(token: str) -> dict[str, Any]:
    try:
        padded = token + "=" * (-len(token) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded))
    except ValueError as exc:
        raise GraphFault(400, "invalidRequest", "Invalid skip or delta token") from exc
    if not isinstance(data, dict):
        raise GraphFault(400, "invalidRequest", "Invalid skip or delta token")
    return data


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_expand_fields(expand: str | None) -> tuple[bool, list[str] | None]:
    """``fields`` / ``fields(select=A,B)`` / ``fields($select=A,B)`` → (expand?, selected)."""
    if not expand:
        return False, None
    match = re.fullmatch(r"fields(?:\(\$?select=([\w,]+)\))?", expand.strip())
    if match is None:
        raise GraphFault(400, "invalidRequest", f"Unsupported $expand: {expand!r}")
    return True, (match[1].split(",") if match[1] else None)
