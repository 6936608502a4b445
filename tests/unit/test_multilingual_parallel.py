"""Rendering on several cores: how work is shared out and how failures come back."""

import os
import time

import pytest

from plugins.multilingual.parallel import (
    WorkerFailed,
    run_in_parallel,
    share_out,
    worker_count,
)


@pytest.mark.parametrize(
    ("jobs", "weights", "workers", "expected"),
    [
        (["cs", "lv", "sr", "bg"], [10, 10, 10, 10], 2, [["cs", "sr"], ["lv", "bg"]]),
        (["en", "lv", "bg"], [30, 10, 15], 2, [["en"], ["bg", "lv"]]),
        (["en"], [5], 2, [["en"]]),
        (["a", "b"], [1, 1], 1, [["a", "b"]]),
        ([], [], 2, []),
    ],
)
def test_share_out_balances_weight(jobs, weights, workers, expected):
    assert share_out(jobs, weights, workers) == expected


@pytest.mark.parametrize(
    ("setting", "languages", "expected"),
    [(1, 6, 1), (2, 6, 2), (8, 3, 3), (0, 6, min(6, os.cpu_count() or 1))],
)
def test_worker_count(setting, languages, expected):
    assert worker_count(setting, languages) == expected


def test_results_come_back_from_every_process_in_group_order():
    assert run_in_parallel(lambda n: (n, os.getpid()), [[1, 2], [3], [4]])[0][1] == (
        os.getpid()
    )
    results = run_in_parallel(lambda n: n * n, [[1, 2], [3], [4]])
    assert results == [1, 4, 9, 16]


def test_a_failure_in_a_worker_is_raised_as_itself_with_its_trace():
    def job(n):
        if n == 3:
            raise ValueError("template broke on page 3")
        return n

    with pytest.raises(ValueError, match="template broke on page 3") as raised:
        run_in_parallel(job, [[1], [3]])
    (note,) = raised.value.__notes__
    assert note.startswith("In a rendering process:\nTraceback")
    assert "ValueError: template broke on page 3" in note


class Unpicklable(Exception):
    """An exception the parent could not rebuild from its arguments."""

    def __init__(self, first, second):
        super().__init__(f"{first} and {second}")


def test_an_exception_that_cannot_come_back_is_told_by_its_message():
    def job(n):
        if n == 3:
            raise Unpicklable("one", "two")
        return n

    with pytest.raises(WorkerFailed, match="Unpicklable: one and two"):
        run_in_parallel(job, [[1], [3]])


def test_a_failure_in_this_process_stops_the_workers_first(tmp_path):
    def job(n):
        if n == 1:
            raise ValueError("first group broke")
        time.sleep(0.5)
        (tmp_path / f"late-{n}").write_text("written after the failure")
        return n

    with pytest.raises(ValueError, match="first group broke"):
        run_in_parallel(job, [[1], [2], [3]])
    time.sleep(0.7)
    assert list(tmp_path.iterdir()) == []
