from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def index() -> PolicyIndex:
    return PolicyIndex(load_policy(ROOT / "orgs" / "home-start-suffolk" / "policy.md"))
