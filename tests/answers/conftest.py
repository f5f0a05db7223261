from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.document import PolicyDocument, load_policy
from bot.answers.index import PolicyIndex

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "orgs" / "home-start-suffolk" / "policy.md"
DATA = ROOT / "tests" / "data"
MANAGER = "Fundraising & Partnerships Manager"


@pytest.fixture(scope="session")
def document() -> PolicyDocument:
    return load_policy(POLICY)


@pytest.fixture(scope="session")
def index(document: PolicyDocument) -> PolicyIndex:
    return PolicyIndex(document)
