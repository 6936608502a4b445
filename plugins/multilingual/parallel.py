"""Rendering language sites on several cores.

After the registry and every page plan are made, each language's pages depend only on
that shared, read-only state. Worker processes are forked (they inherit the state,
templates and catalogs without pickling), each renders whole languages into the same
staging folder, and sends back what it wrote so the parent can merge it. Where `fork`
is not available (Windows, macOS by default) everything runs in this process.
"""

import multiprocessing
import os
import pickle
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
        trace = traceback.format_exc()
        try:
            # The exception itself, so the parent tells an editor's error, a full
            # disk or a bug apart, and knows which page it was rendering.
            pickle.loads(pickle.dumps(error))  # what the parent will have to do
            connection.send(("raised", (error, trace)))
        except Exception:  # not picklable: its text will do
            connection.send(("error", f"{type(error).__name__}: {error}\n{trace}"))
    finally:
        connection.close()


class WorkerFailed(RuntimeError):
    """A rendering process failed; the message carries its traceback."""


def reraise(failures: list) -> None:
    """Raise the first failure of the workers: the exception itself if it came back,
    with the worker's traceback as a note, else a WorkerFailed with every message."""
    for status, payload in failures:
        if status == "raised":
            error, trace = payload
            error.add_note(f"In a rendering process:\n{trace}")
            raise error
    raise WorkerFailed("\n".join(payload for _status, payload in failures))


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
    try:
        results = [run(job) for job in groups[0]] if groups else []
    except BaseException:
        # Stop the children before the caller sets their staging folder aside:
        # none may go on writing into it.
        for process, _receiving in children:
            process.kill()
            process.join()
        raise
    failures = []
    for process, receiving in children:
        try:
            status, payload = receiving.recv()
        except (EOFError, pickle.UnpicklingError):
            status, payload = "error", "a rendering process ended without answering"
        process.join()
        if status == "ok":
            results.extend(payload)
        else:
            failures.append((status, payload))
    if failures:
        reraise(failures)
    return results
