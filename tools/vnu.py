"""Check built HTML with the Nu HTML Checker (vnu.jar), every file in one Java run.

    python -m tools.vnu OUTPUT [MORE FILES OR FOLDERS…]

Folders are searched for HTML files (other files are skipped); files are checked
whatever their name. Only errors are reported, one line each as
"path:line:column: message"; exit status 1 when there is any.

vnu.jar comes from npm (package.json pins `vnu-jar`; install it with
`npm ci --ignore-scripts`, which also keeps its installer from downloading a Java
runtime), Java from the system (Debian: `apt-get install -y default-jre-headless`).
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA_HINT = "apt-get install -y default-jre-headless"
NPM_HINT = "npm ci --ignore-scripts"
# Language detection only ever gives warnings, which --errors-only drops anyway.
OPTIONS = ("--errors-only", "--skip-non-html", "--no-langdetect")
OPTIONS += ("--format", "json", "--stdout", "--exit-zero-always")
ERROR_TYPES = ("error", "non-document-error")
USAGE = "usage: python -m tools.vnu OUTPUT [MORE FILES OR FOLDERS…]"


@dataclass(frozen=True)
class Finding:
    """One error the checker reported."""

    path: str  # as given, or relative to the folder checked
    line: int  # 0 when the checker gives none
    column: int
    message: str

    def __str__(self) -> str:
        """`path:line:column: message`, the form editors and CI logs link to."""
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


def java_path() -> str | None:
    """The Java the checker runs on: $JAVA, else `java` on the PATH."""
    return shutil.which(os.environ.get("JAVA") or "java")


def missing_tools(java: str | None, jar: Path = JAR) -> list[str]:
    """What is missing to run the checker, each with the command that installs it."""
    problems = []
    if java is None:
        problems.append(f"Java not found. Install: {JAVA_HINT}")
    if not jar.is_file():
        problems.append(f"{jar.relative_to(ROOT)} not found. Install: {NPM_HINT}")
    return problems


def checker_command(java: str, targets: Iterable[Path], jar: Path = JAR) -> list[str]:
    """The one Java command that checks every target."""
    return [java, "-jar", str(jar), *OPTIONS, *map(str, targets)]


def shown_path(url: str, roots: Iterable[Path]) -> str:
    """A checked file's `file:` URL as a path, relative to the folder it is in."""
    path = Path(unquote(urlsplit(url).path))
    for root in roots:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return str(path)


def parse_report(report: str, roots: Iterable[Path] = ()) -> list[Finding]:
    """The errors of the checker's JSON report (its warnings and info are not)."""
    roots = [Path(root).resolve() for root in roots]
    return [
        Finding(
            shown_path(message.get("url", ""), roots),
            message.get("lastLine", message.get("firstLine", 0)),
            message.get("firstColumn", message.get("lastColumn", 0)),
            message.get("message", "").strip(),
        )
        for message in json.loads(report)["messages"]
        if message.get("type") in ERROR_TYPES
    ]


def check_html(targets: Iterable[Path], java: str, jar: Path = JAR) -> list[Finding]:
    """Run the checker once over files and folders; every error it reports."""
    targets = [Path(target).resolve() for target in targets]
    result = subprocess.run(
        checker_command(java, targets, jar),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(
            f"vnu: the checker failed (exit status {result.returncode}): "
            f"{result.stderr.strip() or result.stdout.strip()}"
        )
    folders = [target for target in targets if target.is_dir()]
    return parse_report(result.stdout, folders)


def main(argv=None) -> int:
    """Check the folders and files named on the command line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print(USAGE, file=sys.stderr)
        return 2
    java = java_path()
    problems = missing_tools(java)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    findings = check_html([Path(arg) for arg in args], java)
    for finding in findings:
        print(finding)
    print(f"vnu: {len(findings)} error(s).", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
