"""Run the whole test suite the way `make test` and CI do.

Browser tests need Debian's Chromium. When it is missing, they are reported as
skipped with the command that installs it; with CI set, a missing browser is a
failure, never a silent skip. pytest's exit status 5 ("no tests ran") fails too.
"""

import os
import shutil
import subprocess
import sys

CHROMIUM_HINT = "apt-get install -y chromium chromium-driver"
NO_TESTS_COLLECTED = 5


def chromium_path() -> str | None:
    """The Chromium binary browser tests use, if installed."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium")


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
    status = subprocess.call([sys.executable, "-m", "pytest", "tests", *args])
    if status == NO_TESTS_COLLECTED:
        print("pytest collected no tests: that is a failure, not a pass.")
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
