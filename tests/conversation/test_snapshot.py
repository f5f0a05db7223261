"""The trained classifiers kept on disk: read back, they decide exactly as trained ones do, and a
file that is missing, stale, damaged or foreign is never used (the classifiers train again)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answers.index import PolicyIndex
from bot.config import CLASSIFIER_SNAPSHOT, Settings
from bot.conversation import classifiers, learned, snapshot
from bot.conversation.examples import EXAMPLE_FILES, development_examples
from bot.conversation.features import HashedVocabulary, raw_features
from bot.conversation.route import decide


@pytest.fixture(scope="module")
def trained(index: PolicyIndex) -> learned.Learned:
    return classifiers.learned_for(index)


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
    # Every 35th development message: about three thousand, from every set and route, judged twice.
    messages = [example.message for example in development_examples()][::35]
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

    monkeypatch.setattr(classifiers, "train_learned", no_training)
    assert isinstance(classifiers._read_or_train(index.document, written), learned.Learned)


def test_a_start_without_a_snapshot_trains_apart_and_reads_back_what_it_kept(
    index: PolicyIndex, trained: learned.Learned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def kept_apart(_: object, path: Path, key: str) -> bool:  # as the spawned process does, at once
        snapshot.save(trained, path, key)
        return True

    def no_training(*_: object) -> learned.Learned:
        raise AssertionError("trained in the bot's own process")

    monkeypatch.setattr(classifiers, "train_apart", kept_apart)
    monkeypatch.setattr(classifiers, "train_learned", no_training)
    path = tmp_path / "data" / CLASSIFIER_SNAPSHOT
    read = classifiers._read_or_train(index.document, path)
    assert read.judge("our insta got hacked").routes == trained.judge("our insta got hacked").routes


@pytest.mark.parametrize("apart", [True, False], ids=["kept nothing", "failed"])
def test_when_training_apart_fails_or_cannot_keep_them_the_bot_trains_itself(
    index: PolicyIndex, trained: learned.Learned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apart: bool
) -> None:
    monkeypatch.setattr(classifiers, "train_apart", lambda *_: apart)
    monkeypatch.setattr(classifiers, "train_learned", lambda *_: trained)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    assert classifiers._read_or_train(index.document, blocked / CLASSIFIER_SNAPSHOT) is trained


def test_the_process_apart_keeps_the_very_classifiers_and_the_bot_never_loads_numpy(
    index: PolicyIndex, written: Path, tmp_path: Path
) -> None:
    path = tmp_path / CLASSIFIER_SNAPSHOT
    probe = (
        "import sys; from pathlib import Path; from bot.answers.document import load_policy; "
        "from bot.answers.index import PolicyIndex; from bot.conversation.classifiers import learned_for; "
        "from tests.conversation.conftest import ROOT; "
        "index = PolicyIndex(load_policy(ROOT / 'orgs' / 'home-start-suffolk' / 'policy.md')); "
        f"learned_for(index, Path({str(path)!r})).judge('our insta got hacked'); "
        "print('numpy' in sys.modules)"
    )
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False", found.stderr
    assert path.read_bytes() == written.read_bytes()  # trained here, in this test's process


def test_the_snapshot_is_kept_where_a_restart_does_not_wipe_it(tmp_path: Path) -> None:
    assert (
        Settings(_env_file=None, data_dir=tmp_path / "data").classifier_snapshot
        == tmp_path / "data" / CLASSIFIER_SNAPSHOT
    )
    kept = Settings(_env_file=None, data_dir=tmp_path / "data", data_backup_dir=tmp_path / "home")
    assert kept.classifier_snapshot == tmp_path / "home" / CLASSIFIER_SNAPSHOT


def test_the_snapshot_keeps_hashes_of_the_features_never_their_strings(
    index: PolicyIndex, trained: learned.Learned, written: Path
) -> None:
    data = written.read_bytes()
    assert data.startswith(snapshot.MAGIC)
    assert not any(feature in data for feature in (b"w:bruises", b"b:her arm", b" bruis", b" hacke"))
    read = snapshot.load(written, snapshot.fingerprint(index.document))
    assert read is not None
    assert read.categories is not None
    assert read.sections is not None
    vocabulary = read.routes.vectorizer.vocabulary
    assert isinstance(vocabulary, HashedVocabulary)
    assert read.categories.vectorizer.vocabulary is read.sections.vectorizer.vocabulary is vocabulary
    kept = trained.routes.vectorizer.vocabulary
    assert isinstance(kept, HashedVocabulary)  # trained in this process, hashed all the same
    assert vocabulary.hashes == kept.hashes


def _header_end(data: bytes) -> int:
    (length,) = struct.unpack_from("<Q", data, len(snapshot.MAGIC))
    return len(snapshot.MAGIC) + 8 + int(length)


def test_a_snapshot_whose_hashes_are_out_of_order_is_ignored(index: PolicyIndex, written: Path) -> None:
    data = bytearray(written.read_bytes())
    start = _header_end(bytes(data))  # the hashes come first, in ascending order
    data[start : start + 16] = data[start + 8 : start + 16] + data[start : start + 8]
    written.write_bytes(bytes(data))
    assert snapshot.load(written, snapshot.fingerprint(index.document)) is None


def test_an_older_snapshot_of_feature_strings_is_ignored_and_the_classifiers_trained_again(
    index: PolicyIndex, trained: learned.Learned, written: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first format: the same header and arrays, with the feature strings where the hashes are.
    data = written.read_bytes()
    header = json.loads(data[len(snapshot.MAGIC) + 8 : _header_end(data)])
    strings = "\n".join(sorted(raw_features("our insta got hacked"))).encode()
    header["vocabulary"] = ["B", len(strings)]
    encoded = json.dumps(header).encode()
    older = b"policy-steward classifiers 1\n" + struct.pack("<Q", len(encoded)) + encoded + strings
    written.write_bytes(older + data[_header_end(data) + 8 * len(trained.routes.vectorizer.vocabulary) :])
    assert snapshot.load(written, snapshot.fingerprint(index.document)) is None

    def kept_apart(_: object, path: Path, key: str) -> bool:
        snapshot.save(trained, path, key)
        return True

    monkeypatch.setattr(classifiers, "train_apart", kept_apart)
    read = classifiers._read_or_train(index.document, written)
    assert written.read_bytes().startswith(snapshot.MAGIC)
    assert read.judge("our insta got hacked").routes == trained.judge("our insta got hacked").routes
