"""Policy answers and routing: accuracy, abstention, routes, false alarms, latency, start-up, memory.

Run with ``.venv/bin/python -m bench.answers`` (``--dev`` leaves out the evaluation set). Figures
only; the floors that fail CI are in ``tests/answers/test_index.py`` and
``tests/conversation/test_figures.py``.

Development sets were written alongside the engine and it was tuned on them. The evaluation sets
(``tests/data/conversation_eval_3.jsonl`` to ``_63.jsonl``) were written by people who never saw
the engine's word lists, committed before the engine changed, and are never tuned on: their
figures are reported as they come out. The first and second evaluation sets were written the
same way and held out until the third was frozen; they are development sets now
(``bot/conversation/training/``) and their figures are labelled so. The conversation classifiers
are trained on all the development sets, so the development figures printed here are on their
own training messages; the cross-validated figures (``bench/crossval.py``) are the ones that say
how the learned layer does on messages it has not seen.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from bench.crossval import print_cross_validation, wanted_and_got
from bot.answers.document import load_policy
from bot.answers.evaluation import Report, evaluate, load_questions
from bot.answers.index import PolicyIndex
from bot.conversation.evaluation import ACTIONS, RouteReport, evaluate_routes, load_labelled
from bot.conversation.examples import DATA as TRAINING
from bot.conversation.examples import ROUTE_FILES
from bot.conversation.route import Route

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "orgs" / "home-start-suffolk" / "policy.md"
SETS = {
    "development": TRAINING / "policy_questions.jsonl",
    "held-out": TRAINING / "policy_questions_holdout.jsonl",
}
# The development sets by file name (in training order), then the held-out evaluation sets.
ROUTE_SETS = {name: TRAINING / name for name in ROUTE_FILES} | {
    f"{ordinal} evaluation": ROOT / "tests" / "data" / f"conversation_eval_{number}.jsonl"
    for ordinal, number in (
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twentieth", 20),
        ("twenty-first", 21),
        ("twenty-second", 22),
        ("twenty-third", 23),
        ("twenty-fourth", 24),
        ("twenty-fifth", 25),
        ("twenty-sixth", 26),
        ("twenty-seventh", 27),
        ("twenty-eighth", 28),
        ("twenty-ninth", 29),
        ("thirtieth", 30),
        ("thirty-first", 31),
        ("thirty-second", 32),
        ("thirty-third", 33),
        ("thirty-fourth", 34),
        ("thirty-fifth", 35),
        ("thirty-sixth", 36),
        ("thirty-seventh", 37),
        ("thirty-eighth", 38),
        ("thirty-ninth", 39),
        ("fortieth", 40),
        ("forty-first", 41),
        ("forty-second", 42),
        ("forty-third", 43),
        ("forty-fourth", 44),
        ("forty-fifth", 45),
        ("forty-sixth", 46),
        ("forty-seventh", 47),
        ("forty-eighth", 48),
        ("forty-ninth", 49),
        ("fiftieth", 50),
        ("fifty-first", 51),
        ("fifty-second", 52),
        ("fifty-third", 53),
        ("fifty-fourth", 54),
        ("fifty-fifth", 55),
        ("fifty-sixth", 56),
        ("fifty-seventh", 57),
        ("fifty-eighth", 58),
        ("fifty-ninth", 59),
        ("sixtieth", 60),
        ("sixty-first", 61),
        ("sixty-second", 62),
        ("sixty-third", 63),
    )
}
ROUNDS = 20

# Run in a fresh interpreter so the figures are those of a process that only built the index.
_FRESH = """
import json, time
started = time.perf_counter()
from pathlib import Path
from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.conversation.evaluation import ACTIONS, RouteReport, evaluate_routes, load_labelled
from bot.conversation.examples import DATA as TRAINING
from bot.conversation.route import Route
from bot.conversation.classifiers import learned_for
from bot.conversation.route import decide
def rss():
    status = Path("/proc/self/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
index = PolicyIndex(load_policy(Path({policy!r})))
index.answer("can I add a mum I support on facebook?")
ready = time.perf_counter() - started
before = rss()
cpu, wall = time.process_time(), time.perf_counter()
learned_for(index)
trained_cpu, trained_s = time.process_time() - cpu, time.perf_counter() - wall
decide(index, "can I add a mum I support on facebook?")
print(json.dumps({{"ready_s": ready, "rss_kb": before, "trained_s": trained_s, "trained_cpu_s": trained_cpu,
                  "trained_rss_kb": rss()}}))
"""
_BARE = """
import json
from pathlib import Path
status = Path("/proc/self/status").read_text()
print(json.dumps({"rss_kb": next(int(l.split()[1]) for l in status.splitlines() if l.startswith("VmRSS:"))}))
"""


def _fresh(code: str) -> dict[str, float]:
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, float] = json.loads(output)
    result["wall_s"] = time.perf_counter() - started
    return result


def _report(name: str, report: Report) -> None:
    print(f"{name}: {report.answerable} answerable, {report.unanswerable} unanswerable")
    print(f"  top-1 section accuracy   {report.top1:7.1%}  (goal >= 95%)")
    print(f"  correct abstention       {report.abstention_rate:7.1%}  (goal >= 90%)")
    print(f"  false abstention         {report.false_abstention_rate:7.1%}  (goal <= 5%)")
    for miss in report.misses:
        wanted = ", ".join(miss.question.sections) or "abstain"
        print(
            f"    miss: {miss.question.question!r}: wanted {wanted}, got {', '.join(miss.got) or 'abstain'}"
        )


def _routes(name: str, report: RouteReport, *, show_misses: bool) -> None:
    print(f"routes, {name} set: {report.total} messages")
    for route in Route:
        if report.expected[route]:
            print(
                f"  {route.value:<13} {report.rate(route):7.1%}"
                f"  ({report.routed[route]}/{report.expected[route]})"
            )
    sg = report.rate(Route.SAFEGUARDING)
    print(f"  safeguarding concerns routed to safeguarding {sg:7.1%}  (goal 100%)")
    print(
        f"  false safeguarding alarms  {report.false_alarms}/{report.not_safeguarding}"
        f" ({report.false_alarm_rate:.1%}); on ordinary messages about children or families"
        f" {report.family_alarms}/{report.family}  (goal 0)"
    )
    expected = sum(report.expected[r] for r in ACTIONS)
    print(
        f"  reports (right category), leavers, approvals {report.actions:7.1%} of {expected}  (goal >= 90%)"
    )
    print(f"  report category right    {report.categories_right}/{report.expected[Route.REPORT]}")
    if report.with_section:
        print(f"  relevant section shown for actions {report.section_shown}/{report.with_section}")
    print(f"  top-1 section (answers)  {report.top1:7.1%}  (goal >= 92%)")
    print(f"  correct abstention       {report.abstention_rate:7.1%}  (goal >= 90%)")
    print(f"  false abstention         {report.false_abstention_rate:7.1%}  (goal <= 5%)")
    print(f"  all routes right         {report.accuracy:7.1%}")
    if show_misses:
        for miss in report.misses:
            want, got = wanted_and_got(miss)
            print(f"    miss: {miss.item.message!r}: wanted {want}, got {got}")


def main() -> None:
    started = time.perf_counter()
    document = load_policy(POLICY)
    index = PolicyIndex(document)
    build_ms = (time.perf_counter() - started) * 1000
    print(f"index: {len(document.passages)} passages, built in {build_ms:.1f} ms")
    latencies: list[float] = []
    for name, path in SETS.items():
        questions = load_questions(path)
        _report(name, evaluate(index, questions))
        for _ in range(ROUNDS):
            latencies.extend(evaluate(index, questions).latencies_ms)
    timing = Report(0, 0, 0, 0, 0, tuple(latencies))
    print(f"latency per question over {len(latencies)} answers, in-process:")
    p50, p99 = timing.latency_percentile(50), timing.latency_percentile(99)
    print(f"  p50 {p50:.3f} ms  p99 {p99:.3f} ms  (goal p50 <= 5 ms)")
    decisions: list[float] = []
    for name, path in ROUTE_SETS.items():
        development = path.parent == TRAINING
        if not development and "--dev" in sys.argv:
            continue
        items = load_labelled(path)
        # Misses are listed for the development sets only: the evaluation set is not for reading.
        # The classifiers learned from the development sets: those figures are on their training data.
        label = f"{name} (the classifiers' own training messages)" if development else name
        _routes(label, evaluate_routes(index, items), show_misses=development)
        for _ in range(ROUNDS):
            decisions.extend(evaluate_routes(index, items).latencies_ms)
    timing = Report(0, 0, 0, 0, 0, tuple(decisions))
    print(f"latency per message over {len(decisions)} decisions (route and answer), in-process:")
    p50, p99 = timing.latency_percentile(50), timing.latency_percentile(99)
    print(f"  p50 {p50:.3f} ms  p99 {p99:.3f} ms  (goal p50 <= 5 ms)")
    fresh, bare = _fresh(_FRESH.format(policy=str(POLICY))), _fresh(_BARE)
    print("fresh process that loads the policy and builds the index:")
    print(f"  ready after {fresh['ready_s'] * 1000:.0f} ms (imports + parse + index + first answer)")
    print(f"  whole process {fresh['wall_s'] * 1000:.0f} ms including interpreter start-up")
    print(f"  RSS {fresh['rss_kb'] / 1024:.1f} MB (bare interpreter {bare['rss_kb'] / 1024:.1f} MB)")
    print(
        f"  then training the conversation classifiers: {fresh['trained_s'] * 1000:.0f} ms"
        f" ({fresh['trained_cpu_s'] * 1000:.0f} ms of CPU), RSS {fresh['trained_rss_kb'] / 1024:.1f} MB after"
    )
    print_cross_validation(index)


if __name__ == "__main__":
    main()
