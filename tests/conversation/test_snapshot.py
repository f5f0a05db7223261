"""The trained classifiers kept on disk: read back, they decide exactly as trained ones do, and a
file that is missing, stale, damaged or foreign is never used (the classifiers train again)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answers.index import PolicyIndex
from bot.config import CLASSIFIER_SNAPSHOT, Settings
from bot.conversation import learned, snapshot
from bot.conversation.examples import EXAMPLE_FILES, development_examples
from bot.conversation.route import decide


@pytest.fixture(scope="module")
def trained(index: PolicyIndex) -> learned.Learned:
    return learned.learned_for(index)


@pytest.fixture
def written(tmp_path: Path, index: PolicyIndex, trained: learned.Learned) -> Path:
    path = tmp_path / "classifiers.bin"
    snapshot.save(trained, path, snapshot.fingerprint(index.document))
    return path


def test_classifiers_read_back_judge_and_decide_as_the_trained_ones(
    index: PolicyIndex, trained: learned.Learned, written: Path
) -> None:
    read = snapshot.load(written, snapshot.fingerprint(index.document))
    assert read is not None
    messages = [example.message for example in development_examples()][::7]
    for message in messages:
        a, b = trained.judge(message), read.judge(message)
        assert (a.routes, a.concern, a.wary, a.answer_odds, a.answerable) == (
            b.routes,
            b.concern,
            b.wary,
            b.answer_odds,
            b.answerable,
        ), message
        assert (a.categories, a.sections) == (b.categories, b.sections), message
    assert all(decide(index, m, trained) == decide(index, m, read) for m in messages[::5])


def test_a_snapshot_of_other_training_is_not_used(index: PolicyIndex, written: Path) -> None:
    assert snapshot.load(written, "another fingerprint") is None


def test_the_fingerprint_follows_the_training_files_and_the_policy(index: PolicyIndex) -> None:
    key = snapshot.fingerprint(index.document)
    assert snapshot.fingerprint(index.document) == key
    assert snapshot.fingerprint(index.document, files=EXAMPLE_FILES[:-1]) != key
    shorter = replace(index.document, passages=index.document.passages[:-1])
    assert snapshot.fingerprint(shorter) != key


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data + b"extra",  # something after it
        lambda data: b"not a snapshot at all",
        lambda data: data[:40],  # the header cut off
        lambda data: b"",
    ],
)
def test_a_damaged_snapshot_is_ignored(
    index: PolicyIndex, written: Path, damage: Callable[[bytes], bytes]
) -> None:
    written.write_bytes(damage(written.read_bytes()))
    assert snapshot.load(written, snapshot.fingerprint(index.document)) is None


def test_a_missing_snapshot_is_ignored(index: PolicyIndex, tmp_path: Path) -> None:
    assert snapshot.load(tmp_path / "nothing.bin", snapshot.fingerprint(index.document)) is None


def test_a_start_reads_the_snapshot_instead_of_training(
    index: PolicyIndex, written: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_training(*_: object) -> learned.Learned:
        raise AssertionError("trained although the snapshot held these classifiers")

    monkeypatch.setattr(learned, "train_learned", no_training)
    assert isinstance(learned._read_or_train(index.document, written), learned.Learned)


def test_a_start_without_a_snapshot_trains_and_writes_one(
    index: PolicyIndex, trained: learned.Learned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "train_learned", lambda *_: trained)  # as trained, without the wait
    path = tmp_path / "data" / CLASSIFIER_SNAPSHOT
    assert learned._read_or_train(index.document, path) is trained
    assert snapshot.load(path, snapshot.fingerprint(index.document)) is not None


def test_a_folder_that_cannot_be_written_costs_only_the_next_training(
    index: PolicyIndex, trained: learned.Learned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "train_learned", lambda *_: trained)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert learned._read_or_train(index.document, blocked / CLASSIFIER_SNAPSHOT) is trained


def test_the_snapshot_is_kept_where_a_restart_does_not_wipe_it(tmp_path: Path) -> None:
    assert (
        Settings(_env_file=None, data_dir=tmp_path / "data").classifier_snapshot
        == tmp_path / "data" / CLASSIFIER_SNAPSHOT
    )
    kept = Settings(_env_file=None, data_dir=tmp_path / "data", data_backup_dir=tmp_path / "home")
    assert kept.classifier_snapshot == tmp_path / "home" / CLASSIFIER_SNAPSHOT
