"""Cards a message can lead to: a safeguarding concern, a situation to report, someone who can help."""

from __future__ import annotations

from typing import Any

from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.config import DEFAULT_ORG_FILE
from bot.conversation.feature import APPROVAL_REFUSED, person_for
from bot.conversation.route import decide
from bot.org import Role
from bot.org_file import load_org_config
from cards.answer import build_abstain_card, build_answer_card, build_missing_form
from cards.conversation import build_ask_card, build_report_offer_card, build_safeguarding_card
from cards.safety_note import SafetyNote, build_chat_card
from graph.records.incidents import Category


def examples() -> list[tuple[str, dict[str, Any]]]:
    org = load_org_config(DEFAULT_ORG_FILE)
    index = PolicyIndex(load_policy(org.policy_path))
    lead = person_for(org, Role.SAFEGUARDING_LEAD)
    manager = person_for(org, Role.MANAGER)
    concern = decide(index, "a mum posted a photo of her child with bruises")
    hacked = decide(index, "our instagram has been hacked")
    leaver = decide(index, "a volunteer has resigned and still has access to facebook")
    approval = decide(index, "I need the CEO to approve our announcement")
    answer = [m.passage for m in index.answer("can I add a mum I support on facebook?").matches]
    assert manager is not None
    note = SafetyNote(lead, "k-3")

    def safeguarding(*, urgent: bool, unread: bool = False) -> dict[str, Any]:
        return build_safeguarding_card(
            lead=lead,
            procedure=org.safeguarding_procedure,
            backup=org.safeguarding_backup,
            passages=concern.passages,
            report_key="k-1",
            urgent=urgent,
            office_phone=org.office.phone,
            office_hours=org.office.hours,
            unread=unread,
        )

    return [
        ("safeguarding", safeguarding(urgent=False)),
        ("safeguarding-urgent", safeguarding(urgent=True)),
        ("safeguarding-in-another-language", safeguarding(urgent=False, unread=True)),
        (
            "report-hacked",
            build_report_offer_card(
                category="hacked_account",
                label=Category.HACKED_ACCOUNT.label,
                passages=hacked.passages,
                report_key="k-2",
                ask=manager,
            ),
        ),
        (
            "leaver-tell-the-manager",
            build_ask_card(
                passages=leaver.passages,
                sentence=f"So their access to our accounts is removed, please tell {manager.sentence()}",
            ),
        ),
        ("approval-ask-staff", build_ask_card(passages=approval.passages, sentence=APPROVAL_REFUSED)),
        ("not-covered-named", build_abstain_card(ask_title=manager.title, ask=manager)),
        ("what-was-missing", build_missing_form(answer, question_id="q-1", ask_title=manager.title)),
        # A quiet reply to a message that may hide a concern: the question is not kept.
        (
            "answer-with-safety-note",
            build_answer_card(answer, question_id=None, ask_title=manager.title, ask=manager, note=note),
        ),
        ("not-covered-with-safety-note", build_abstain_card(ask_title=manager.title, ask=manager, note=note)),
        ("chat-with-safety-note", build_chat_card("That one's not for me, I'm afraid.", note)),
    ]
