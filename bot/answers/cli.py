"""``python -m bot ask``: the same decisions and answers as in Teams, for admins, scripts and printouts.

``--json`` adds ``route`` (safeguarding, report, leaver, approval, answer, not_covered,
small_talk) and, for a report, ``category`` (the incident category key) to each answer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from bot.answers.document import PolicyFormatError, load_policy
from bot.answers.index import PolicyIndex
from bot.conversation.render import decision_to_json, render_decision
from bot.conversation.route import decide
from bot.log import json_line


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot ask",
        description="Answer a question from the organisation's social media policy.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per question")
    parser.add_argument("question", nargs="+", help='the question, or "-" to read one per line from stdin')
    return parser


def run_ask(
    argv: list[str],
    *,
    policy_path: Path,
    ask_title: str,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO | None = None,
) -> int:
    errors = stderr or sys.stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        index = PolicyIndex(load_policy(policy_path))
    except (OSError, PolicyFormatError) as error:
        print(f"cannot read the policy at {policy_path}: {error}", file=errors)
        return 1
    words: list[str] = args.question
    questions = (line.strip() for line in stdin) if words == ["-"] else iter([" ".join(words)])
    first = True
    for question in questions:
        if not question:
            continue
        decision = decide(index, question)  # the same decision as in chat
        if args.json:
            stdout.write(json_line(decision_to_json(decision, ask_title)) + "\n")
        else:
            stdout.write(("" if first else "\n") + render_decision(decision, ask_title))
        stdout.flush()
        first = False
    return 0
