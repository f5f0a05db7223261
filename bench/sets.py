"""Routing figures for chosen message sets, to look at one writer's set at a time.

Run with ``.venv/bin/python -m bench.sets FILE...`` (paths to JSON Lines sets). Each set is
scored by the router as it ships; ``--held-out`` trains the classifiers without the named sets
first, so a development set gets the figures it would have had from a new writer (the same as
its leave-one-set-out fold). ``--misses`` lists the messages routed wrong, for development sets
only: the evaluation sets in ``tests/data/`` are for figures, never for reading.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.crossval import router_lines, wanted_and_got
from bot.answers.document import load_policy
from bot.answers.index import PolicyIndex
from bot.conversation.classifiers import learned_for
from bot.conversation.evaluation import RouteReport, evaluate_routes, load_labelled
from bot.conversation.examples import development_examples
from bot.conversation.learned import Learned, train_learned

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "orgs" / "home-start-suffolk" / "policy.md"
EVALUATION = ROOT / "tests" / "data"


def _classifiers(index: PolicyIndex, paths: list[Path], held_out: bool) -> Learned:
    if not held_out:
        return learned_for(index)
    names = {path.name for path in paths}
    kept = [e for e in development_examples() if e.source not in names]
    return train_learned(kept, index.document)


def _print(name: str, report: RouteReport) -> None:
    print(f"{name} ({report.total} messages)")
    for label, value in router_lines(report):
        print(f"  {label:<48} {value}")


def _print_misses(report: RouteReport) -> None:
    for miss in report.misses:
        want, got = wanted_and_got(miss)
        print(f"    [{want} -> {got}] {miss.item.message}")


def main(argv: list[str]) -> None:
    paths = [Path(arg).resolve() for arg in argv if not arg.startswith("--")]
    index = PolicyIndex(load_policy(POLICY))
    learned = _classifiers(index, paths, "--held-out" in argv)
    together = RouteReport()
    for path in paths:
        report = evaluate_routes(index, load_labelled(path), learned)
        _print(path.name, report)
        if "--misses" in argv and EVALUATION not in path.parents:
            _print_misses(report)
        together.merge(report)
    if len(paths) > 1:
        _print("all together", together)


if __name__ == "__main__":
    main(sys.argv[1:])
