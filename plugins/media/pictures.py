"""Processing every picture of the site, from the cache where possible, on all cores.

Pure: no Pelican. The caller lists the pictures (content-relative labels); what
comes back says which ones had to be processed, so a rebuild can prove it did none.
"""

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .images import ImageError, Plan, render_picture
from .store import DIGEST_LENGTH, Picture, PictureCache, entry_key


@dataclass(frozen=True)
class Job:
    """One picture to process: where it is and what its cache entry is called."""

    label: str  # content-relative path: images/meeting.jpg
    path: str
    key: str

    @property
    def stem(self) -> str:
        """The file name without its extension: meeting."""
        return PurePosixPath(self.label).stem

    @property
    def digest(self) -> str:
        """The content hash written into the published names."""
        return self.key[:DIGEST_LENGTH]


@dataclass
class Outcome:
    """Every picture of a build, which ones were processed and what failed."""

    pictures: dict[str, Picture] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)  # label -> cache entry
    processed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def process_job(job: Job, plan: Plan, cache_folder: str) -> Picture | str:
    """Process one picture into the cache; its Picture, or why it failed."""
    try:
        data = Path(job.path).read_bytes()
        variants, files, (width, height) = render_picture(
            data, job.stem, job.digest, plan
        )
    except (ImageError, OSError) as error:
        return f"{job.label}: error: The picture cannot be published: {error}."
    picture = Picture(job.label, width, height, job.digest, tuple(variants))
    PictureCache(Path(cache_folder)).save(job.key, picture, files)
    return picture


def worker_count(setting: int, jobs: int) -> int:
    """Processes to use: the setting, or every core; one where fork is missing."""
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    wanted = setting if setting > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, jobs))


def run_jobs(jobs: list[Job], plan: Plan, cache_folder: str, workers: int) -> list:
    """Results of the jobs in order, in worker processes when there are several."""
    if workers == 1:
        return [process_job(job, plan, cache_folder) for job in jobs]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures = [pool.submit(process_job, job, plan, cache_folder) for job in jobs]
        return [future.result() for future in futures]


def process_pictures(
    root: Path,
    labels: Iterable[str],
    plan: Plan,
    cache: PictureCache,
    processes: int = 0,
) -> Outcome:
    """Every picture's variants: cached ones as they are, the others processed."""
    outcome, jobs = Outcome(), []
    fingerprint = plan.fingerprint()
    for label in labels:
        path = Path(root) / label
        key = entry_key(
            cache.source_digest(path, label), fingerprint, PurePosixPath(label).stem
        )
        outcome.keys[label] = key
        cached = cache.load(key, label)
        if cached is None:
            jobs.append(Job(label, str(path), key))
        else:
            outcome.pictures[label] = cached
    workers = worker_count(processes, len(jobs))
    for job, result in zip(
        jobs, run_jobs(jobs, plan, str(cache.folder), workers), strict=True
    ):
        if isinstance(result, str):
            outcome.problems.append(result)
        else:
            outcome.pictures[job.label] = result
            outcome.processed.append(job.label)
    cache.save_index()
    return outcome
