"""On several cores, the modules with a slow shared fixture go whole to one worker."""

from __future__ import annotations

from tests.xdist_scheduling import ROOT, WHOLE_MODULES, slow_first, work_unit


def test_a_listed_module_is_one_unit_and_other_tests_go_alone() -> None:
    figures = "tests/conversation/test_figures.py"
    assert work_unit(f"{figures}::test_a[x]") == work_unit(f"{figures}::test_b") == figures
    other = "tests/bot/test_cli.py::test_serve_with_port_flag"
    assert work_unit(other) == other


def test_every_listed_module_exists() -> None:
    """A renamed module would quietly lose its grouping."""
    assert [name for name in sorted(WHOLE_MODULES) if not (ROOT / name).is_file()] == []


def test_the_listed_modules_are_sent_out_first_and_the_rest_keep_their_order() -> None:
    ids = ["tests/a/test_x.py::t1", "tests/conversation/test_figures.py::t", "tests/a/test_x.py::t2"]
    assert sorted(ids, key=slow_first) == [ids[1], ids[0], ids[2]]
