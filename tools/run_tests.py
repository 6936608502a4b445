"""Run the whole test suite the way `make test` and CI do.

Browser tests need Debian's Chromium; the accessibility and HTML checks also need
the npm packages of package-lock.json and Java. When one is missing, its tests are
reported as skipped with the command that installs it; with CI set, a missing tool
is a failure, never a silent skip. pytest's exit status 5 ("no tests ran") fails too.
"""

import os
import shutil
import subprocess
import sys

from tools import vnu

CHROMIUM_HINT = "apt-get install -y chromium chromium-driver"
AXE_SCRIPT = vnu.ROOT / "node_modules" / "axe-core" / "axe.min.js"
NO_TESTS_COLLECTED = 5


def chromium_path() -> str | None:
    """The Chromium binary browser tests use, if installed."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


def missing_quality_tools() -> list[str]:
    """What the accessibility and HTML checks lack, each with its install command."""
    problems = vnu.missing_tools(vnu.java_path())
    if not AXE_SCRIPT.is_file():
        problems.append(f"axe-core not found. Install: {vnu.NPM_HINT}")
    return problems


def main(argv=None) -> int:
    """Run pytest over tests/ and translate its exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if chromium_path() is None:
        if os.environ.get("CI"):
            print(f"Chromium is missing and CI is set. Install it: {CHROMIUM_HINT}")
            return 1
        print(
            f"Chromium not found: browser tests are skipped. Install: {CHROMIUM_HINT}"
        )
    missing = missing_quality_tools()
    for problem in missing:
        print(
            f"{problem} (CI is set, so this is a failure)"
            if os.environ.get("CI")
            else f"{problem} The tests that need it are skipped."
        )
    if missing and os.environ.get("CI"):
        return 1
    status = subprocess.call([sys.executable, "-m", "pytest", "tests", *args])
    if status == NO_TESTS_COLLECTED:
        print("pytest collected no tests: that is a failure, not a pass.")
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
