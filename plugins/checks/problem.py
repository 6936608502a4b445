"""One problem found in the content, and the plain-text report editors read."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """A mistake in one content file: where it is, what is wrong, how to fix it."""

    path: str
    line: int
    severity: Severity
    message: str
    fix: str

    def describe(self, root_label: str = "") -> str:
        """Return the problem as one report line: `path:line: severity: message`."""
        path = f"{root_label.rstrip('/')}/{self.path}" if root_label else self.path
        return f"{path}:{self.line}: {self.severity}: {self.message} Fix: {self.fix}"


def error(path: str, line: int, message: str, fix: str) -> Problem:
    """Build an error: the site would be wrong or unsafe."""
    return Problem(path, line, ERROR, message, fix)


def warning(path: str, line: int, message: str, fix: str) -> Problem:
    """Build a warning: the site builds, but probably not as the editor meant."""
    return Problem(path, line, WARNING, message, fix)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def summary_line(problems: Iterable[Problem]) -> str:
    """Return the closing line, e.g. `2 errors, 1 warning in 2 files.`."""
    problems = list(problems)
    if not problems:
        return "No problems found."
    errors = sum(1 for problem in problems if problem.severity == ERROR)
    files = len({problem.path for problem in problems})
    return (
        f"{_count(errors, 'error')}, {_count(len(problems) - errors, 'warning')}"
        f" in {_count(files, 'file')}."
    )


def format_report(problems: Iterable[Problem], root_label: str = "content") -> str:
    """Return every problem on its own line, sorted, then the summary line."""
    problems = sorted(problems)
    lines = [problem.describe(root_label) for problem in problems]
    lines.append(summary_line(problems))
    return "\n".join(lines)
