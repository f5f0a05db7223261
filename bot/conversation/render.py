"""A decision as plain text or JSON: ``python -m bot ask`` says what the bot would do in chat.

Like the answer renderers, only fixed wording and the policy's passages are printed, never the
message itself beyond the ``question`` field that echoes the input.
"""

from __future__ import annotations

from typing import Any

from bot.answers.render import answer_to_json, render_plain
from bot.conversation.route import Decision, Route
from cards.conversation import UNREAD, UNREAD_SAFETY
from cards.safety_note import DANGER, WORRIED
from graph.records.incidents import Category

_SAFEGUARDING_STEPS = (
    "If a child or adult is in immediate danger, call 999 now. Follow the safeguarding procedure and tell "
    "the safeguarding lead today; in Teams the card names them and has a button to report it."
)
_LEAD = {
    Route.SAFEGUARDING: f"This sounds like a safeguarding concern. {_SAFEGUARDING_STEPS}",
    Route.LEAVER: "Someone is leaving: their access to our accounts must be removed. Tell the {ask}.",
    Route.APPROVAL: "Sign-off: in Teams, staff and trustees type request approval; others ask staff.",
    Route.SMALL_TALK: "Hello! Ask me anything about the social media policy.",
}
SAFETY_NOTE = f"{WORRIED}; in Teams the reply names them and has a button to report it. {DANGER}"


def decision_to_json(decision: Decision, ask_title: str) -> dict[str, Any]:
    result = answer_to_json(decision.answer, ask_title)
    result["route"] = decision.route.value
    if decision.category:
        result["category"] = decision.category
    result["safety_note"] = decision.safety_note
    return result


def render_decision(decision: Decision, ask_title: str) -> str:
    note = f"\n{SAFETY_NOTE}\n" if decision.safety_note else ""
    if decision.route in (Route.ANSWER, Route.NOT_COVERED):
        return render_plain(decision.answer, ask_title) + note
    if decision.route is Route.REPORT:
        label = Category(decision.category).label.lower()
        lead = f"This sounds like something to report ({label}): type report incident in Teams."
    else:
        lead = _LEAD[decision.route].format(ask=ask_title)
    if decision.unread:
        lead = f"{UNREAD}. {UNREAD_SAFETY} {_SAFEGUARDING_STEPS}"
    if decision.answer.abstained:
        return lead + "\n" + note
    return f"{lead}\n\n{render_plain(decision.answer, ask_title)}{note}"
