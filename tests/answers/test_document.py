from __future__ import annotations

import re

import pytest

from bot.answers.document import BULLET, PolicyDocument, PolicyFormatError, parse_policy
from tests.answers.conftest import DATA

SECTIONS = {
    "1.1": "Policy Statement",
    "1.2": "Purpose/Scope",
    "2.1": "How Home-Start in Suffolk Will Use Social Media",
    "2.2": "Moderation and Third-Party Content",
    "2.3": "Oversight and Controls",
    "2.4": "Rules and Compliance",
    "2.5": "Policy Enforcement and Incident Response",
    "2.6": "Monitoring and Accountability",
    "2.7": "Personal Social Media Use",
    "contact": "Contact Information",
}


def _flat(text: str) -> str:
    """The words of a text in order, ignoring bullets and layout whitespace."""
    return " ".join(text.replace(BULLET, " ").replace("•", " ").replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def original() -> str:
    return (DATA / "policy_original.txt").read_text(encoding="utf-8")


def test_every_section_is_there_with_its_title(document: PolicyDocument) -> None:
    for number, title in SECTIONS.items():
        assert document.sections[number] == title
    assert "related" in document.sections
    assert {passage.section for passage in document.passages} == set(document.sections)


def test_passages_quote_the_original_word_for_word(document: PolicyDocument, original: str) -> None:
    flat = _flat(original)
    for passage in document.passages:
        for line in passage.items:
            assert _flat(line) in flat, line
        assert passage.heading == "" or passage.heading in flat
        # The list of related documents has no title in the original; every other one is quoted.
        assert passage.section == "related" or passage.title in flat


def test_no_sentence_of_the_original_is_lost(document: PolicyDocument, original: str) -> None:
    quoted = _flat(" ".join(passage.text for passage in document.passages))
    labels = {passage.heading for passage in document.passages} | set(document.sections.values())
    body = original[original.index("1.1 Policy Statement") :]
    for raw in body.splitlines():
        line = _flat(raw).rstrip(":")
        if len(line.split()) < 6 or line in labels or re.match(r"^\d+(\.\d*)? ", line):
            continue
        assert line in quoted, line


def test_personal_use_rules_are_quoted_one_by_one(document: PolicyDocument) -> None:
    rules = [passage for passage in document.passages if passage.section == "2.7"]
    assert len(rules) == 9
    assert rules[0].label == "§2.7 Personal Social Media Use"
    assert rules[0].scope == "(for all trustee, staff and volunteers)"
    assert all("\n" not in rule.text for rule in rules)


def test_a_list_stays_with_the_paragraph_that_introduces_it(document: PolicyDocument) -> None:
    [platforms] = [passage for passage in document.passages if passage.heading == "Platforms"]
    for name in ("Facebook", "LinkedIn", "Instagram", "SharePoint", "Teams", "Intranet @home"):
        assert f"{BULLET}{name}" in platforms.items or any(name in item for item in platforms.items)
    assert platforms.items[0] == "Home-Start in Suffolk uses the following digital/social media platforms"


def test_unnumbered_sections_are_labelled_by_title(document: PolicyDocument) -> None:
    [contact] = [passage for passage in document.passages if passage.section == "contact"]
    assert contact.label == "Contact Information"
    assert contact.text.endswith("addressed to the Fundraising & Partnership Manager")


def test_another_organisation_can_write_its_own_policy() -> None:
    document = parse_policy(
        "# Our policy\n\n### 1 Posting\n\n#### Who may post:\n\nOnly the comms team posts.\n\n"
        "### Help {#contact}\n\nAsk Sam.\n"
    )
    assert [(p.section, p.heading, p.text) for p in document.passages] == [
        ("1", "Who may post", "Only the comms team posts."),
        ("contact", "", "Ask Sam."),
    ]


def test_a_policy_without_sections_is_refused() -> None:
    with pytest.raises(PolicyFormatError):
        parse_policy("# Title\n\nJust some text.\n")
