"""The second to sixty-third conversation evaluation sets keep their format.

Only each file's shape is checked here (fields, allowed values, sections that exist in the
policy, the minimum counts it was written to), never the engine's results on it: the third to
sixty-third sets are frozen and measured, not tuned on. The second was retired into the
development data when the third was frozen (it lives beside the other training files now) and
keeps its format all the same. The allowed values are written out rather than imported from the
engine so a change in the engine cannot quietly widen what the set may contain.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.data_format.eval_sets import EVAL_SETS, EvalSet

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "orgs" / "home-start-suffolk" / "policy.md"

FIELDS = {"id", "voice", "text", "route", "category", "section", "family_context", "note"}
VOICES = {"volunteer", "staff", "trustee", "manager", "ceo"}
ROUTES = {"safeguarding", "report", "leaver", "approval", "answer", "not_covered", "small_talk"}
CATEGORIES = {
    "hacked_account",
    "online_abuse",
    "harmful_content",
    "data_breach",
    "policy_breach",
    "complaint",
    "crisis",
    "other",
}


BY_NAME = pytest.mark.parametrize("eval_set", EVAL_SETS, ids=lambda eval_set: eval_set.name)


def policy_sections(text: str) -> set[str]:
    """Numbered sections (`### 2.7 …`) and the unnumbered ones by their anchor (`{#contact}`)."""
    numbered = set(re.findall(r"^### (\d+\.\d+)\b", text, flags=re.MULTILINE))
    anchored = set(re.findall(r"^### .*\{#([a-z]+)\}\s*$", text, flags=re.MULTILINE))
    return numbered | anchored


def load(path: Path) -> list[dict[str, Any]]:
    """Every line is one JSON object; a blank line is an error, not a separator."""
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert isinstance(row, dict), f"line {number} is not an object"
        rows.append(row)
    return rows


def problems(row: dict[str, Any], sections: set[str], prefix: str = "f") -> list[str]:
    """What is wrong with one message's labels (empty when it is well formed)."""
    found: list[str] = []
    unknown = set(row) - FIELDS
    if unknown:
        found.append(f"unknown fields {sorted(unknown)}")
    if not re.fullmatch(rf"{prefix}\d{{3}}", str(row.get("id", ""))):
        found.append(f"id is not {prefix} followed by three digits")
    if row.get("voice") not in VOICES:
        found.append(f"voice {row.get('voice')!r}")
    if not isinstance(row.get("text"), str) or not row["text"].strip():
        found.append("empty text")
    route = row.get("route")
    if route not in ROUTES:
        found.append(f"route {route!r}")
    if route == "report":
        if row.get("category") not in CATEGORIES:
            found.append(f"report category {row.get('category')!r}")
    elif "category" in row:
        found.append("category on a message that is not a report")
    if route == "answer" and "section" not in row:
        found.append("answer without a section")
    if route in {"safeguarding", "not_covered", "small_talk"} and "section" in row:
        found.append(f"section on a {route} message")
    if "section" in row and row["section"] not in sections:
        found.append(f"section {row['section']!r} is not in the policy")
    if "family_context" in row and row["family_context"] is not True:
        found.append("family_context is only ever true")
    if route == "safeguarding" and row.get("family_context"):
        found.append("family_context on a safeguarding message")
    if "note" in row and (not isinstance(row["note"], str) or not row["note"].strip()):
        found.append("empty note")
    return found


def test_policy_sections_are_read_from_the_policy() -> None:
    sections = policy_sections(POLICY.read_text(encoding="utf-8"))
    assert {"1.1", "2.7", "contact", "related"} <= sections
    assert "3.1" not in sections


@BY_NAME
def test_every_message_is_well_formed(eval_set: EvalSet) -> None:
    sections = policy_sections(POLICY.read_text(encoding="utf-8"))
    bad = {
        row.get("id"): found
        for row in load(eval_set.path)
        if (found := problems(row, sections, eval_set.prefix))
    }
    assert bad == {}


@BY_NAME
def test_ids_are_in_order_and_ids_and_texts_unique(eval_set: EvalSet) -> None:
    rows = load(eval_set.path)
    expected = [f"{eval_set.prefix}{n:03d}" for n in range(1, len(rows) + 1)]
    assert [row["id"] for row in rows] == expected
    texts = Counter(row["text"].strip().lower() for row in rows)
    assert [text for text, count in texts.items() if count > 1] == []


@BY_NAME
def test_counts_stay_at_or_above_what_the_set_was_written_to(eval_set: EvalSet) -> None:
    rows = load(eval_set.path)
    routes = Counter(row["route"] for row in rows)
    categories = Counter(row["category"] for row in rows if row["route"] == "report")
    minimums = eval_set.minimum_routes
    assert len(rows) >= eval_set.minimum_total
    assert {route: routes[route] for route in minimums} == {
        route: max(routes[route], minimum) for route, minimum in minimums.items()
    }
    assert sum(1 for row in rows if row.get("family_context")) >= eval_set.minimum_family_context
    assert all(categories[category] >= eval_set.minimum_per_category for category in CATEGORIES)


def test_the_id_prefix_is_checked() -> None:
    row = {"id": "f001", "voice": "staff", "text": "hi", "route": "small_talk"}
    assert problems(row, set(), "g") == ["id is not g followed by three digits"]
    assert problems({**row, "id": "g001"}, set(), "g") == []


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"id": "f001", "voice": "staff", "text": "hi", "route": "small_talk"}, []),
        (
            {"id": "f002", "voice": "staff", "text": "x", "route": "report", "category": "spam"},
            ["report category 'spam'"],
        ),
        (
            {"id": "f003", "voice": "staff", "text": "x", "route": "answer", "section": "9.9"},
            ["section '9.9' is not in the policy"],
        ),
        (
            {"id": "f004", "voice": "robot", "text": "x", "route": "answer"},
            ["voice 'robot'", "answer without a section"],
        ),
        (
            {"id": "f005", "voice": "staff", "text": "x", "route": "leaver", "category": "other"},
            ["category on a message that is not a report"],
        ),
    ],
)
def test_a_wrong_label_is_caught(row: dict[str, Any], expected: list[str]) -> None:
    assert problems(row, {"2.7", "contact"}) == expected
