"""Plain-text and JSON forms of an answer: for the command line, scripts, and paper copies.

Both are built only from the policy's passages and fixed wording, never from the question, so
nothing a person types can come back out as if the policy had said it.
"""

from __future__ import annotations

from typing import Any

from bot.answers.index import Answer
from bot.answers.vocabulary import ABSTAIN_TEXT


def who_to_ask(ask_title: str) -> str:
    return f"For anything else about the policy, ask the {ask_title}."


def abstain_text(ask_title: str) -> str:
    return f"{ABSTAIN_TEXT} Please ask the {ask_title}."


def render_plain(answer: Answer, ask_title: str) -> str:
    if answer.abstained:
        return abstain_text(ask_title) + "\n"
    parts: list[str] = []
    for match in answer.matches:
        passage = match.passage
        source = f"{passage.label}: {passage.heading}" if passage.heading else passage.label
        quoted = "\n".join(f"  {line}" for line in passage.items)
        parts.append(f"{source}\n{quoted}")
    parts.append(who_to_ask(ask_title))
    return "\n\n".join(parts) + "\n"


def answer_text(answer: Answer, ask_title: str | None = None) -> str:
    """The answer's words alone: the quoted passages, or the fixed "not covered" text."""
    if answer.abstained:
        return abstain_text(ask_title) if ask_title else ABSTAIN_TEXT
    return "\n\n".join(match.passage.text for match in answer.matches)


def answer_to_json(answer: Answer, ask_title: str | None = None) -> dict[str, Any]:
    return {
        "question": answer.question,
        "abstained": answer.abstained,
        "answer": answer_text(answer, ask_title),
        "passages": [
            {
                "section": match.passage.section,
                "title": match.passage.title,
                "heading": match.passage.heading,
                "text": match.passage.text,
                "score": match.score,
            }
            for match in answer.matches
        ],
    }
