"""How the router reads the learned layer's judgement: the cases the development sets showed wrong."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

from bot.answers.index import PolicyIndex
from bot.conversation.examples import Example
from bot.conversation.learned import Judgement, Learned, train_learned
from bot.conversation.route import Route, _category, decide
from bot.conversation.thresholds import THRESHOLDS

NONSENSE = "zzqv blorptang wuzzle"  # nothing the rules or the policy index know


@dataclass(frozen=True)
class Fixed(Learned):
    """Trained classifiers whose judgement of every message is fixed by the test."""

    fixed: Judgement | None = None

    def judge(self, message: str) -> Judgement:
        assert self.fixed is not None
        return self.fixed


@pytest.fixture(scope="module")
def toy(index: PolicyIndex) -> Learned:
    examples = [
        Example("our insta was hacked", "report", "hacked_account"),
        Example("kid has bruises", "safeguarding"),
        Example("what can I post", "answer", sections=("2.3",)),
        Example("whats the wifi password", "not_covered"),
    ]
    return train_learned(examples, index.document)


def fixed(toy: Learned, judged: Judgement) -> Fixed:
    return Fixed(**{field.name: getattr(toy, field.name) for field in fields(toy)}, fixed=judged)


def test_the_category_and_section_are_worked_out_only_when_a_route_asks(toy: Learned) -> None:
    asked: list[str] = []

    def categories() -> dict[str, float]:
        asked.append("categories")
        return {"other": 1.0}

    judged = Judgement({"answer": 1.0}, categories, lambda: {"2.3": 1.0})
    assert judged.best("routes") == ("answer", 1.0)
    assert asked == []
    assert judged.best("categories") == ("other", 1.0)
    assert judged.best("categories") == ("other", 1.0)
    assert asked == ["categories"]
    assert toy.judge("our insta got hacked").best("categories")[0] == "hacked_account"


def test_once_the_alarm_is_silent_the_likeliest_other_route_decides(index: PolicyIndex, toy: Learned) -> None:
    # "What's the process if a child discloses something": the route model's likeliest route is a
    # concern, the safeguarding score is below its threshold, so the message is a policy question.
    # (Naive Bayes and the answer-or-not regression agree it is a question the policy answers.)
    judged = Judgement(
        {"safeguarding": 0.5, "answer": 0.3, "not_covered": 0.15, "small_talk": 0.05},
        dict,
        lambda: {"2.4": 0.9},
        concern=0.0,
        answer_odds=4.0,
        answerable=0.8,
    )
    route, probability = judged.best_route_but(Route.SAFEGUARDING)
    assert (route, round(probability, 9)) == ("answer", 0.6)
    got = decide(index, NONSENSE, fixed(toy, judged))
    assert got.route is Route.ANSWER
    assert got.sections == ("2.4",)


@pytest.mark.parametrize(
    ("probability", "route"),
    [(0.05, Route.NOT_COVERED), (0.12, Route.SAFEGUARDING), (0.5, Route.SAFEGUARDING)],
)
def test_the_learned_alarm_needs_both_models(
    index: PolicyIndex, toy: Learned, probability: float, route: Route
) -> None:
    # Naive Bayes sure of a concern, the route regression not: leaving one set out, such alarms
    # were false more often than not.
    routes = {"safeguarding": probability, "not_covered": 1.0 - probability}
    judged = Judgement(routes, dict, dict, concern=6.0)
    assert decide(index, NONSENSE, fixed(toy, judged)).route is route


def test_a_terse_concern_the_regression_half_believes_still_raises_the_alarm(
    index: PolicyIndex, toy: Learned
) -> None:
    # "9yo left minding the baby all day": naive Bayes sure of a concern, the regression's likeliest
    # route small talk and a concern only 0.22; leaving one set out, such messages were concerns.
    routes = {"safeguarding": 0.22, "small_talk": 0.44, "answer": 0.34}
    judged = Judgement(routes, dict, dict, concern=3.0)
    assert decide(index, "9yo left minding the baby all day", fixed(toy, judged)).route is Route.SAFEGUARDING


def test_a_question_the_policy_index_answers_is_not_refused_on_a_weak_hunch(
    index: PolicyIndex, toy: Learned
) -> None:
    # The index found the passage; the regression leans to "not covered" (0.45) but is not sure,
    # and the other models lean a little to an answer: leaving one set out, overruling the index
    # on such a lean refused more answers than it saved.
    question = "who can post on our facebook page?"
    assert not index.answer(question).abstained
    routes = {"not_covered": 0.45, "answer": 0.4, "small_talk": 0.15}
    judged = Judgement(routes, dict, dict, concern=-5.0, answer_odds=1.0, answerable=0.6)
    assert decide(index, question, fixed(toy, judged)).route is Route.ANSWER
    routes = {"not_covered": 0.8, "answer": 0.1, "small_talk": 0.1}
    sure = Judgement(routes, dict, dict, concern=-5.0, answer_odds=-3.0, answerable=0.2)
    assert decide(index, question, fixed(toy, sure)).route is Route.NOT_COVERED


@pytest.mark.parametrize(
    ("probability", "concern", "route"),
    [(0.45, 0.5, Route.SAFEGUARDING), (0.45, -2.0, Route.REPORT), (0.1, 0.5, Route.REPORT)],
)
def test_a_report_shaped_concern_the_regression_believes_goes_to_safeguarding(
    index: PolicyIndex, toy: Learned, probability: float, concern: float, route: Route
) -> None:
    # "I just saw a photo on a public page of a child in the bath": it reads like a report of
    # harmful content, but both models lean to a concern, and the safeguarding card lets them
    # report it too. Leaving one set out, this caught two concerns for no false alarm.
    message = "someone has posted a photo of a child from our group on a public page"
    routes = {"safeguarding": probability, "report": 0.9 - probability, "answer": 0.1}
    judged = Judgement(routes, lambda: {"harmful_content": 1.0}, dict, concern=concern)
    assert decide(index, message, fixed(toy, judged)).route is route


ROUTES = {"answer": 0.45, "not_covered": 0.4, "small_talk": 0.15}


def test_a_half_believed_answer_is_refused_when_the_other_models_say_not_covered(
    index: PolicyIndex, toy: Learned
) -> None:
    # "can volunteers get a parking permit": the index finds nothing, the route regression leans
    # to an answer (0.45), naive Bayes and the answer-or-not regression say not covered. Leaving
    # one set out, answering such messages from the section classifier alone was wrong more often
    # than right; the stacked model weighs all of them.
    doubted = Judgement(ROUTES, dict, lambda: {"2.3": 0.9}, concern=-5.0, answer_odds=-8.0, answerable=0.1)
    assert decide(index, NONSENSE, fixed(toy, doubted)).route is Route.NOT_COVERED
    agreed = Judgement(ROUTES, dict, lambda: {"2.3": 0.9}, concern=-5.0, answer_odds=8.0, answerable=0.9)
    got = decide(index, NONSENSE, fixed(toy, agreed))
    assert (got.route, got.sections) == (Route.ANSWER, ("2.3",))


def test_a_passage_the_index_found_is_kept_when_the_other_models_say_answer(
    index: PolicyIndex, toy: Learned
) -> None:
    # "how do i get access to the facebook page": the index found the passage, the route
    # regression leaned to "not covered" (0.6), naive Bayes and the answer-or-not regression
    # to an answer. The route regression alone refused it.
    question = "who can post on our facebook page?"
    routes = {"not_covered": 0.6, "answer": 0.3, "small_talk": 0.1}
    judged = Judgement(routes, dict, dict, concern=-5.0, answer_odds=5.0, answerable=0.9)
    assert decide(index, question, fixed(toy, judged)).route is Route.ANSWER


def test_the_learned_layer_judges_answer_or_not_from_every_message(toy: Learned) -> None:
    judged = toy.judge("what can I post on facebook")
    assert 0.0 < judged.answerable < 1.0
    assert judged.answerable > toy.judge("whats the wifi password").answerable
    assert judged.answer_odds > toy.judge("whats the wifi password").answer_odds


@pytest.mark.parametrize("keywords", ["leavers", "whistleblowing", "employment handbook"])
def test_a_keyword_search_the_index_answers_is_not_refused(
    index: PolicyIndex, toy: Learned, keywords: str
) -> None:
    # One or two words give the route models little to go on, while the index matched them
    # outright: on the policy question sets such searches were refused (12 of 187 answerable
    # questions) and no conversation set has a not covered message of that shape.
    assert not index.answer(keywords).abstained
    routes = {"not_covered": 0.8, "answer": 0.1, "small_talk": 0.1}
    doubted = Judgement(routes, dict, dict, concern=-5.0, answer_odds=-5.0, answerable=0.1)
    assert decide(index, keywords, fixed(toy, doubted)).route is Route.ANSWER


def test_a_section_the_classifiers_favour_overrules_the_index_once_its_scores_are_weighed_in(
    index: PolicyIndex, toy: Learned
) -> None:
    # The index's passages are all in other sections than §2.3 (its best in §2.7, one's own
    # accounts); the section classifiers favour §2.3, the charity's posting. Weighed with the
    # index's scores (``sections``), 0.6 leaves §2.7 likelier; 0.7 makes §2.3 the likeliest at
    # 0.47, over the 0.4 the fused probabilities need (naive Bayes alone had needed 0.6).
    question = "can we thank the families who came to our picnic on instagram"
    assert index.answer(question).sections[0] == "2.7"
    routes = {"answer": 0.9, "not_covered": 0.1}
    unsure = Judgement(routes, dict, lambda: {"2.3": 0.6, "2.7": 0.3, "2.1": 0.1}, concern=-5.0)
    assert decide(index, question, fixed(toy, unsure)).sections[0] == "2.7"
    leaning = Judgement(routes, dict, lambda: {"2.3": 0.7, "2.7": 0.25, "2.1": 0.05}, concern=-5.0)
    assert decide(index, question, fixed(toy, leaning)).sections[0] == "2.3"


def test_a_fairly_sure_category_classifier_overrules_the_rules_category() -> None:
    """Leaving one set out, the classifier at 0.3 to 0.5 was right more often than the rules."""
    judged = Judgement({"report": 1.0}, lambda: {"crisis": 0.4, "complaint": 0.35, "other": 0.25}, dict)
    assert _category("complaint", judged, THRESHOLDS) == "crisis"
    torn = Judgement({"report": 1.0}, lambda: {"crisis": 0.28, "complaint": 0.26, "other": 0.26}, dict)
    assert _category("complaint", torn, THRESHOLDS) == "complaint"


@dataclass(frozen=True)
class ByMessage(Learned):
    """Trained classifiers whose judgement of each message (or part of one) is fixed by the test."""

    fixed: tuple[tuple[str, Judgement], ...] = ()

    def judge(self, message: str) -> Judgement:
        return dict(self.fixed)[message]


CALM = Judgement({"answer": 0.9, "safeguarding": 0.1}, dict, dict, concern=-8.0)


@pytest.mark.parametrize(("whole", "alarm"), [(0.5, True), (0.15, False)])
def test_a_concern_told_in_passing_in_one_clause_raises_the_alarm(
    index: PolicyIndex, toy: Learned, whole: float, alarm: bool
) -> None:
    # Read whole, the sign-off request outweighs the concern (log-odds -1, the regression 0.5);
    # the clause after "but", read alone, is plainly one. Leaving one set out, judging each part
    # caught concerns the whole message hid; where the regression all but rules a concern out for
    # the whole message, a part alone is not enough. The concern is in words the rules do not flag,
    # so only the judgement of the part can raise the alarm.
    request = "Need the CEO to approve a statement about the viral video"
    concern = "the mum in it says things at home have got a lot worse since he came back"
    message = f"{request} but {concern}"
    routes = {"safeguarding": whole, "approval": 1.0 - whole}
    judged = Judgement(routes, dict, dict, concern=-1.0)
    told = Judgement({"safeguarding": 0.9, "report": 0.1}, dict, dict, concern=6.4)
    cases = ((message, judged), (request, CALM), (concern, told))
    learned = ByMessage(**{field.name: getattr(toy, field.name) for field in fields(toy)}, fixed=cases)
    assert (decide(index, message, learned).route is Route.SAFEGUARDING) is alarm


def test_a_message_of_one_part_is_judged_whole_only(index: PolicyIndex, toy: Learned) -> None:
    message = "my neighbours kids are always out late"
    judged = Judgement({"safeguarding": 0.5, "not_covered": 0.5}, dict, dict, concern=1.0)
    learned = ByMessage(
        **{field.name: getattr(toy, field.name) for field in fields(toy)}, fixed=((message, judged),)
    )
    assert decide(index, message, learned).route is not Route.SAFEGUARDING


@pytest.mark.parametrize(
    ("probability", "concern", "route"), [(0.05, -5.0, "other"), (0.3, -5.0, "safeguarding")]
)
def test_a_rule_alarm_on_a_message_told_laughing_is_set_aside_when_both_models_rule_a_concern_out(
    index: PolicyIndex, toy: Learned, probability: float, concern: float, route: str
) -> None:
    # The rules read a punch; the message is told laughing and both route models rule a concern
    # out. Leaving one set out, no concern the rules caught was told laughing, and four ordinary
    # family messages were (three from a writer the laughter words were not written from).
    message = (
        "the baby 'punched' me with his rattle lol can I use my own phone to take photos at stay and play"
    )
    routes = {"safeguarding": probability, "answer": 1.0 - probability}
    judged = Judgement(routes, dict, lambda: {"2.3": 1.0}, concern=concern, answer_odds=5.0, answerable=0.9)
    got = decide(index, message, fixed(toy, judged)).route
    assert (got is Route.SAFEGUARDING) is (route == "safeguarding")


@pytest.mark.parametrize(
    ("routes", "route"),
    [
        ({"safeguarding": 0.46, "small_talk": 0.39, "answer": 0.15}, Route.SAFEGUARDING),
        ({"safeguarding": 0.39, "small_talk": 0.46, "answer": 0.15}, Route.SMALL_TALK),
    ],
)
def test_a_concern_told_laughing_raises_the_alarm_when_the_regression_ranks_it_first(
    index: PolicyIndex, toy: Learned, routes: dict[str, float], route: Route
) -> None:
    # "ha the eldest was 'babysitting' when I arrived, mum was gone 2 hours lol": told laughing, both
    # naive Bayes models sure of a concern and the route regression ranking one above every other
    # route. In sets 89 to 92 before they were trained on, three concerns the rules missed were told
    # so, and no other message was; five-fold, the regression ranks a concern first on fifteen of the
    # twenty-four cheerful messages with a learned alarm that are not concerns, and second on the rest.
    laughing = f"{NONSENSE} lol"
    judged = Judgement(routes, dict, dict, concern=6.0, answer_odds=-3.0, answerable=0.1)
    assert decide(index, laughing, fixed(toy, judged)).route is route
