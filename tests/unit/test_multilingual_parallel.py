"""Rendering on several cores: how work is shared out and how failures come back."""

import os

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


def test_a_failure_in_a_worker_is_raised_with_its_message():
    def job(n):
        if n == 3:
            raise ValueError("template broke on page 3")
        return n

    with pytest.raises(WorkerFailed, match="ValueError: template broke on page 3"):
        run_in_parallel(job, [[1], [3]])
