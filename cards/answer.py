"""Cards for policy answers: the quoted passages, the "not covered" reply, and the review log.

An answer card shows the policy's own words and where they come from, and nothing of the
question: whatever someone types, the card can only ever quote the policy. The feedback
buttons carry an opaque question id, never the person who asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from cards.common import (
    Card,
    Element,
    action_set,
    card,
    clean,
    container,
    execute,
    facts,
    input_text,
    notice,
    text,
    user_text,
)
from cards.contact import Contact, open_url
from cards.safety_note import SafetyNote, safety_elements
from cards.verbs import AnswerVerb
from graph.records.questions import QuestionRecord, QuestionSummary

HELPFUL = AnswerVerb.HELPFUL
UNHELPFUL = AnswerVerb.UNHELPFUL
NOT_COVERED = "The policy does not cover this."
NO_NAMES = (
    "Please leave out people's names: questions are kept, without your name, for the annual policy review."
)
MISSING = "missing"  # the optional "what was missing?" box after "Did this help? No"
MISSING_LIMIT = 500


class QuotedPassage(Protocol):
    """What a card needs of a passage (``bot.answers.document.Passage`` fits)."""

    @property
    def label(self) -> str: ...

    @property
    def heading(self) -> str: ...

    @property
    def text(self) -> str: ...


def quote(passage: QuotedPassage, *, first: bool) -> Element:
    # The policy is the organisation's own trusted text: quoted as written, only cleaned.
    items: list[Element] = [text(clean(passage.label), weight="Bolder", separator=not first)]
    if passage.heading:
        items.append(text(clean(passage.heading), subtle=True, spacing="None"))
    items.extend(text(clean(line), spacing="Small") for line in passage.text.split("\n"))
    return container(items, style="emphasis" if first else None)


def _who(ask_title: str, ask: Contact | None, *, markdown: bool) -> str:
    """Who to ask for more: the named person and how to reach them when the organisation file says."""
    if ask is None:
        return f"the {user_text(ask_title) if markdown else ask_title}"
    return ask.sentence().rstrip(".") if markdown else ask.plain()


def _plain(passages: Sequence[QuotedPassage], ask_title: str, ask: Contact | None = None) -> str:
    quoted = [
        f"{p.label}{': ' + p.heading if p.heading else ''}. {' '.join(p.text.split())}" for p in passages
    ]
    return " ".join(
        [*quoted, f"For anything else about the policy, ask {_who(ask_title, ask, markdown=False)}."]
    )


def _answer_body(
    passages: Sequence[QuotedPassage], ask_title: str, ask: Contact | None = None
) -> list[Element]:
    body: list[Element] = [text("From our social media policy", subtle=True, size="Small")]
    body.extend(quote(passage, first=index == 0) for index, passage in enumerate(passages))
    line = f"For anything else about the policy, ask {_who(ask_title, ask, markdown=True)}."
    body.append(text(line, subtle=True, separator=True))
    return body


def build_answer_card(
    passages: Sequence[QuotedPassage],
    *,
    question_id: str | None,
    ask_title: str,
    ask: Contact | None = None,
    note: SafetyNote | None = None,
) -> Card:
    """The best passage(s) word for word, where they come from, who to ask, and "Did this help?".

    With a safety note the question was not kept, so there is nothing to say "Did this help?" to.
    """
    body = _answer_body(passages, ask_title, ask)
    if question_id is not None:
        data = {"question_id": question_id}
        body.append(text("Did this help?", weight="Bolder", spacing="Medium"))
        body.append(action_set([execute("Yes", HELPFUL, data), execute("No", UNHELPFUL, data)]))
    if note is not None:
        body.extend(safety_elements(note))
    plain = _plain(passages, ask_title, ask)
    return card(body, fallback_text=f"{plain} {note.plain()}" if note else plain)


def build_abstain_card(*, ask_title: str, ask: Contact | None = None, note: SafetyNote | None = None) -> Card:
    """The honest reply when no part of the policy answers the question, naming who to ask and how.

    With a safety note the question was not kept, so askers are not told how kept questions are.
    """
    if ask is not None:
        line = f"Please ask {ask.sentence()}"
        plain = f"Please ask {ask.plain()}."
    else:
        line = plain = f"Please ask the {user_text(ask_title)}."
    body = [
        text(NOT_COVERED, weight="Bolder"),
        text(line),
        text("I only answer from the policy, quoting it, so I can't help with this one.", subtle=True),
    ]
    if note is None:
        body.append(text(NO_NAMES, subtle=True, size="Small"))
    actions = [open_url(f"Chat with {clean(ask.name)}", ask.chat_link)] if ask and ask.chat_link else []
    if actions:
        body.append(action_set(actions))
    if note is not None:
        body.extend(safety_elements(note))
        plain = f"{plain} {note.plain()}"
    return card(body, fallback_text=f"{NOT_COVERED} {plain}")


def build_missing_form(
    passages: Sequence[QuotedPassage], *, question_id: str, ask_title: str, ask: Contact | None = None
) -> Card:
    """After "Did this help? No": what was missing, optionally, for the manager's annual review."""
    body = _answer_body(passages, ask_title, ask)
    body.append(text("Sorry it didn't help. What were you looking for? (optional)", weight="Bolder"))
    body.append(
        input_text(
            MISSING,
            "What was missing",
            placeholder="For example: what to do when a post is shared without consent",
            multiline=True,
            max_length=MISSING_LIMIT,
        )
    )
    body.append(text(NO_NAMES, subtle=True, size="Small"))
    data = {"question_id": question_id}
    body.append(
        action_set(
            [
                execute("Send", AnswerVerb.MISSING, data, style="positive"),
                execute("Skip", AnswerVerb.SKIP, data),
            ]
        )
    )
    return card(body, fallback_text=_plain(passages, ask_title, ask))


def build_feedback_thanks_card(
    passages: Sequence[QuotedPassage], *, helpful: bool, ask_title: str, ask: Contact | None = None
) -> Card:
    """What the answer card becomes once someone has said whether it helped."""
    body = _answer_body(passages, ask_title, ask)
    thanks = (
        "Thanks, glad it helped."
        if helpful
        else f"Thanks for saying. If you still need an answer, ask {_who(ask_title, ask, markdown=True)}."
    )
    body.append(notice(thanks, "good", spacing="Medium") if helpful else text(thanks, spacing="Medium"))
    return card(body, fallback_text=_plain(passages, ask_title, ask))


def _entry(record: QuestionRecord) -> Element:
    when = record.asked_at.strftime("%d %b %Y")
    if not record.answered:
        note = "not covered"
    else:
        sections = ", ".join(f"§{s}" if s[:1].isdigit() else s for s in record.sections)
        vote = {True: "helped", False: "did not help", None: "no feedback"}[record.helpful]
        note = f"{sections}, {vote}"
    items = [
        text(user_text(record.text)),
        text(f"{when} · {user_text(note)}", subtle=True, size="Small", spacing="None"),
    ]
    if record.missing:
        items.append(text(f"What was missing: {user_text(record.missing)}", size="Small", spacing="None"))
    return container(items, spacing="Small")


def build_questions_log_card(
    entries: Sequence[QuestionRecord],
    summary: QuestionSummary,
    *,
    period: str = "so far",
    kept_months: int = 13,
) -> Card:
    """For the manager: what people asked, what the policy did not cover, and what did not help."""
    busiest = ", ".join(
        f"§{section} ({count})" if section[:1].isdigit() else f"{section} ({count})"
        for section, count in summary.by_section[:3]
    )
    pairs = [
        ("Questions asked", str(summary.asked)),
        ("Answered from the policy", str(summary.answered)),
        ("Not covered by the policy", str(summary.unanswered)),
        ("Answers that helped", str(summary.helpful)),
        ("Answers that did not help", str(summary.unhelpful)),
    ]
    if busiest:
        pairs.append(("Most asked about", busiest))
    body: list[Element] = [
        text("Policy questions", heading=True),
        text(
            f"What people asked the bot {user_text(period)}. Who asked is never kept; names, addresses, "
            f"phone numbers and emails are taken out, and questions are deleted after {kept_months} months.",
            subtle=True,
        ),
        facts(pairs),
    ]
    review = [entry for entry in entries if not entry.answered or entry.helpful is False]
    body.append(text("Not covered, or not helpful", weight="Bolder", separator=True))
    if review:
        body.extend(_entry(entry) for entry in review)
    else:
        body.append(text("Nothing to review.", subtle=True))
    fallback = (
        f"Policy questions {period}: {summary.asked} asked, {summary.answered} answered, "
        f"{summary.unanswered} not covered, {summary.helpful} helped, {summary.unhelpful} did not help."
    )
    return card(body, fallback_text=fallback)
