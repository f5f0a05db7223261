"""The passage of the policy that speaks to each situation the router acts on.

A report, a leaver, a sign-off request or a safeguarding concern shows the policy's own words for
it: the index's answer when it already lands in that section, else the passage written for it.
"""

from __future__ import annotations

from bot.answers.index import Answer, Match, PolicyIndex

# The passage that speaks to each situation: (section, the start of its sub-heading).
SITUATION_PASSAGES: dict[str, tuple[str, str]] = {
    "safeguarding": ("2.4", "Interactions with Children"),
    "hacked_account": ("2.5", "Emergency Recovery Plan"),
    "online_abuse": ("2.5", "Complaints and Abusive Messages"),
    "complaint": ("2.5", "Complaints and Abusive Messages"),
    "crisis": ("2.5", "Social Media Crisis Management"),
    "harmful_content": ("2.2", "Moderation of Third-Party Content"),
    "data_breach": ("2.7", "Engaging in personal"),
    "policy_breach": ("2.5", "Policy Adherence"),
    "other": ("2.5", "Responding to Incidents"),
    "leaver": ("2.6", "Oversight"),
    "approval": ("2.3", "Additional Approval"),
    "posting": ("2.3", "Day-to-Day Content Posting"),
    "personal_posting": ("2.7", "Engaging in personal"),
    "platforms": ("2.1", "Platforms"),
    "access": ("2.6", "Oversight"),
}
# Within a section, the passage whose text says it (the confidentiality rule of §2.7).
_PASSAGE_WORDS = {"data_breach": "confidential"}


def situation_answer(index: PolicyIndex, message: str, key: str, found: Answer) -> Answer:
    """The index's own answer when it lands in the situation's section, else that section's passage."""
    section, heading = SITUATION_PASSAGES[key]
    if not found.abstained and found.sections[0] == section:
        return found
    word = _PASSAGE_WORDS.get(key, "")
    for passage in index.document.passages:
        if (
            passage.section == section
            and passage.heading.startswith(heading)
            and word in passage.text.lower()
        ):
            return Answer(message, (Match(passage, 0.0),))
    return found
