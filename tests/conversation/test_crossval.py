"""Cross-validation: each writer's set held out whole, and folds run side by side in processes of
their own without changing a figure."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.index import PolicyIndex
from bot.conversation.crossval import RULES_ONLY, CrossValidation, _JudgedOnce, by_set, cross_validate
from bot.conversation.examples import Example
from bot.conversation.learned import train_learned
from bot.conversation.thresholds import THRESHOLDS


def _examples() -> list[Example]:
    return [
        Example(message, route, category, source=source)
        for source in ("first.jsonl", "second.jsonl", "third.jsonl")
        for message, route, category in (
            (f"our insta was hacked again {source}", "report", "hacked_account"),
            (f"the kid has bruises on his arm {source}", "safeguarding", ""),
            (f"whats the wifi password {source}", "not_covered", ""),
            (f"someone keeps posting horrible comments about me {source}", "report", "online_abuse"),
            (f"thanks so much {source}", "small_talk", ""),
        )
    ]


def _without_timings(result: CrossValidation) -> CrossValidation:
    """The figures, without how long each message took (which differs from run to run)."""
    routers = {name: replace(report, latencies_ms=[]) for name, report in result.routers.items()}
    return replace(result, routers=routers)


def test_the_figures_are_the_same_however_many_processes_score_the_folds(index: PolicyIndex) -> None:
    for leave_set_out in (False, True):
        apart, together = (
            cross_validate(
                index,
                _examples(),
                (THRESHOLDS, RULES_ONLY),
                folds=3,
                leave_set_out=leave_set_out,
                processes=processes,
            )
            for processes in (2, 1)
        )
        assert [_without_timings(r) for r in apart] == [_without_timings(r) for r in together]
        assert [r.router.total for r in apart] == [len(_examples())] * 2
        assert apart[0].folds == 3


def test_leaving_one_set_out_holds_out_each_writer_whole(index: PolicyIndex) -> None:
    assert by_set(["a", "b", "a", "c", "b"]) == [[0, 2], [1, 4], [3]]
    examples = _examples()
    result = cross_validate(index, examples, leave_set_out=True)[0]
    assert result.folds == 3
    assert sorted(result.routers) == ["first.jsonl", "second.jsonl", "third.jsonl"]
    assert all(report.total == 5 for report in result.routers.values())
    assert result.alone.total == len(examples)


def test_a_fold_judges_each_message_as_its_classifiers_do(index: PolicyIndex) -> None:
    # The fold keeps the judgement of the last message it judged, for the router to ask again.
    trained = train_learned(_examples(), index.document)
    kept = _JudgedOnce.of(trained)
    for message in ("our insta was hacked", "the kid has bruises", "our insta was hacked", "thanks"):
        plain, once = trained.judge(message), kept.judge(message)
        assert (once.routes, once.concern, once.wary, once.answerable) == (
            plain.routes,
            plain.concern,
            plain.wary,
            plain.answerable,
        )
        assert kept.judge(message) is once
