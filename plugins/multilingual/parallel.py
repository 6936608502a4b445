"""Rendering language sites on several cores.

After the registry and every page plan are made, each language's pages depend only on
that shared, read-only state. Worker processes are forked (they inherit the state,
templates and catalogs without pickling), each renders whole languages into the same
staging folder, and sends back what it wrote so the parent can merge it. Where `fork`
is not available (Windows, macOS by default) everything runs in this process.
"""

import multiprocessing
import os
import traceback
from collections.abc import Callable


def worker_count(setting: int, languages: int) -> int:
    """How many processes to use: the setting, or the cores, never more than jobs."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    wanted = setting if setting > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, languages))


def share_out(jobs: list, weights: list[int], workers: int) -> list[list]:
    """Split jobs into `workers` groups of about equal weight (largest first)."""
    groups: list[list] = [[] for _ in range(workers)]
    loads = [0] * workers
    for weight, job in sorted(zip(weights, jobs, strict=True), key=lambda p: -p[0]):
        lightest = loads.index(min(loads))
        groups[lightest].append(job)
        loads[lightest] += weight
    return [group for group in groups if group]


def _run_group(connection, run: Callable, group: list) -> None:
    """A worker's life: run its jobs, send their results (or the failure) back."""
    try:
        connection.send(("ok", [run(job) for job in group]))
    except BaseException as error:  # the parent re-raises it with the worker's trace
        connection.send(
            ("error", f"{type(error).__name__}: {error}\n" + traceback.format_exc())
        )
    finally:
        connection.close()


class WorkerFailed(RuntimeError):
    """A rendering process failed; the message carries its traceback."""


def run_in_parallel(run: Callable, groups: list[list]) -> list:
    """Run `run(job)` for every job, one forked process per group after the first.

    The first group runs in this process while the others run in children, so two
    groups use two cores with one fork. Results come back in group order.
    """
    context = multiprocessing.get_context("fork")
    children = []
    for group in groups[1:]:
        receiving, sending = context.Pipe(duplex=False)
        process = context.Process(target=_run_group, args=(sending, run, group))
        process.start()
        sending.close()
        children.append((process, receiving))
    results = [run(job) for job in groups[0]] if groups else []
    failures = []
    for process, receiving in children:
        try:
            status, payload = receiving.recv()
        except EOFError:
            status, payload = "error", "a rendering process ended without answering"
        process.join()
        if status == "ok":
            results.extend(payload)
        else:
            failures.append(payload)
    if failures:
        raise WorkerFailed("\n".join(failures))
    return results
