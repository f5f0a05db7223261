"""The trained classifiers kept on disk, so a restart is ready in a moment instead of retraining.

Training takes 15 to 25 s of CPU (in a process apart, ``apart``). Until it is done a message
waits, and a restart (a redeploy, a setting change, the host's maintenance) would make the first
people to write wait that long again. So once trained, the classifiers are written to one file.
At the next start they are read back from it, as long as it was written from the same training
files, the same policy and the same code that trains them (``fingerprint``). Anything else (a
missing, stale, truncated or foreign file) is ignored, and the classifiers are trained again and
the file rewritten.

The file holds no code and no pickled objects: a JSON header that says how the models fit
together, then the raw numbers it points to, the features among them as their 64-bit hashes
(``features.HashedVocabulary``), as the bot holds them, not as strings. Reading it can only ever
yield weights, so whoever could change the file could change which route or section is chosen,
never what the bot says: every reply is still a passage of the policy, word for word, or a fixed
text. The first format kept the feature strings; a file in it is foreign now, so trained again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.answers.document import PolicyDocument
from bot.conversation.accounts import section_features
from bot.conversation.examples import DATA, EXAMPLE_FILES
from bot.conversation.features import HashedVocabulary, Vectorizer, raw_features
from bot.conversation.learned import Learned, Model
from bot.conversation.linear import LinearClassifier

MAGIC = b"policy-steward classifiers 2\n"
_LENGTH = struct.Struct("<Q")
# The modules whose code decides what training produces: a change to any of them retrains.
_SOURCES = ("accounts.py", "examples.py", "features.py", "learned.py", "linear.py", "snapshot.py")
_FEATURES: dict[str, Callable[[str], set[str]]] = {"raw": raw_features, "section": section_features}
log = logging.getLogger(__name__)


def fingerprint(document: PolicyDocument, files: tuple[str, ...] = EXAMPLE_FILES) -> str:
    """What the classifiers were trained from: the training files, the policy, the training code."""
    digest = hashlib.sha256(f"{sys.version_info[:2]} {sys.byteorder}".encode())
    for name in files:
        digest.update(name.encode() + b"\0" + (DATA / name).read_bytes() + b"\0")
    for passage in document.passages:
        digest.update(repr(passage).encode() + b"\0")
    here = Path(__file__).parent
    for name in _SOURCES:
        digest.update((here / name).read_bytes() + b"\0")
    return digest.hexdigest()


def save(learned: Learned, path: Path, key: str) -> None:
    """Write the classifiers to ``path`` in one step (a reader sees the old file or the new one)."""
    writer = _Writer()
    vocabulary = learned.routes.vectorizer.vocabulary
    if not isinstance(vocabulary, HashedVocabulary):  # ``train_learned`` hashes what it trains
        raise TypeError("only classifiers over hashed features are kept")
    header = {
        "key": key,
        "vocabulary": {"salt": vocabulary.salt, "hashes": writer.blob(vocabulary.hashes)},
        "routes": writer.model(learned.routes),
        "categories": writer.model(learned.categories),
        "sections": writer.model(learned.sections),
        "passages": [
            [section, writer.blob(ids), writer.blob(values)] for section, (ids, values) in learned.passages
        ],
        "concerns": writer.classifier(learned.concerns),
        "section_regression": writer.classifier(learned.section_regression),
        "answers": writer.classifier(learned.answers),
        "alarms": writer.classifier(learned.alarms),
    }
    encoded = json.dumps(header).encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    with partial.open("wb") as out:
        out.write(MAGIC + _LENGTH.pack(len(encoded)) + encoded)
        for blob in writer.blobs:
            out.write(blob.tobytes())
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)


def load(path: Path, key: str) -> Learned | None:
    """The classifiers written to ``path`` from the same ``fingerprint``, or None to train them."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _Reader(data).learned(key)
    except (ValueError, KeyError, IndexError, TypeError, struct.error, UnicodeDecodeError) as error:
        log.warning(
            "ignoring the classifiers' snapshot %s (%s): training them again", path, type(error).__name__
        )
        return None


class _Writer:
    """Collects the arrays a header points to, each by its position."""

    def __init__(self) -> None:
        self.blobs: list[array[Any]] = []

    def blob(self, values: array[Any]) -> list[object]:
        self.blobs.append(values)
        return [values.typecode, len(values)]

    def classifier(self, classifier: LinearClassifier | None) -> dict[str, object] | None:
        if classifier is None:
            return None
        rows, bias = classifier.rows()
        return {
            "labels": list(classifier.labels),
            "rows": [self.blob(row) for row in rows],
            "bias": self.blob(array("d", bias)),
        }

    def model(self, model: Model | None) -> dict[str, object] | None:
        if model is None:
            return None
        vectorizer = model.vectorizer
        features = next(name for name, function in _FEATURES.items() if function is vectorizer.features)
        return {
            "features": features,
            "columns": self.blob(vectorizer.columns),
            "idf": self.blob(vectorizer.idf),
            "classifier": self.classifier(model.classifier),
        }


class _Reader:
    """Reads a snapshot back in the order ``save`` wrote it, checking every length on the way."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a snapshot")
        start = len(MAGIC) + _LENGTH.size
        (length,) = _LENGTH.unpack_from(data, len(MAGIC))
        self.header: dict[str, Any] = json.loads(data[start : start + length])
        self.data = data
        self.offset = start + length

    def learned(self, key: str) -> Learned | None:
        header = self.header
        if header["key"] != key:
            return None
        vocabulary = header["vocabulary"]
        self.vocabulary = HashedVocabulary(self.blob(vocabulary["hashes"]), int(vocabulary["salt"]))
        routes = self.model(header["routes"])
        if routes is None:
            raise ValueError("no route model")
        learned = Learned(
            routes,
            self.model(header["categories"]),
            self.model(header["sections"]),
            tuple(
                (str(section), (self.blob(ids), self.blob(values)))
                for section, ids, values in header["passages"]
            ),
            self.classifier(header["concerns"]),
            self.classifier(header["section_regression"]),
            self.classifier(header["answers"]),
            self.classifier(header["alarms"]),
        )
        if self.offset != len(self.data):
            raise ValueError("trailing bytes")
        return learned

    def blob(self, shape: list[Any]) -> array[Any]:
        typecode, count = str(shape[0]), int(shape[1])
        values = array(typecode)
        end = self.offset + count * values.itemsize
        if end > len(self.data):
            raise ValueError("truncated")
        values.frombytes(self.data[self.offset : end])
        self.offset = end
        return values

    def classifier(self, part: dict[str, Any] | None) -> LinearClassifier | None:
        if part is None:
            return None
        rows = [self.blob(row) for row in part["rows"]]
        return LinearClassifier(part["labels"], rows, list(self.blob(part["bias"])))

    def model(self, part: dict[str, Any] | None) -> Model | None:
        if part is None:
            return None
        columns, idf = self.blob(part["columns"]), self.blob(part["idf"])
        if columns.typecode != "i" or len(columns) != len(self.vocabulary):
            raise ValueError("a model's columns do not cover the vocabulary")
        vectorizer = Vectorizer.restore(self.vocabulary, columns, idf, _FEATURES[part["features"]])
        classifier = self.classifier(part["classifier"])
        if classifier is None:
            raise ValueError("a model without a classifier")
        return Model(vectorizer, classifier)
