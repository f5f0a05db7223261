"""Card verbs shared by the card builders and the handlers that answer them.

Each feature owns one block; a verb is "<feature>.<what>" so the logs say where a press went.
"""

from __future__ import annotations

from enum import StrEnum


class HelpVerb(StrEnum):
    RUN = "help.run"  # a shortcut button that runs a text command


class AnswerVerb(StrEnum):
    HELPFUL = "answer.helpful"
    UNHELPFUL = "answer.unhelpful"
