"""`python -m tools.devserver` in a child process, read line by line.

The browser measurement of `make bench` (bench/browser.py) and the devserver's
browser test (tests/browser/test_devserver_preview.py) both start one on a free port,
wait for what it prints, and stop it as an editor's Ctrl+C would.
"""

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SERVING = r"^Serving .* at (http://127\.0\.0\.1:\d+/)$"
WATCHING = "^Watching for changes"


class DevserverProcess:
    """A devserver for these settings, content and output, on a free port."""

    def __init__(self, settings: Path, content: Path, output: Path, env=None):
        command = [sys.executable, "-m", "tools.devserver", "--settings", str(settings)]
        command += ["--input", str(content), "--output", str(output), "--port", "0"]
        self.output = output
        self.process = subprocess.Popen(
            command,
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**(env or os.environ), "PYTHONUNBUFFERED": "1"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.said: list[str] = []
        threading.Thread(target=self.read, daemon=True).start()
        try:
            self.base = self.wait_for(SERVING, 60).group(1)
        except BaseException:
            self.stop()
            raise

    def read(self) -> None:
        """Keep every line the devserver prints."""
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern: str, seconds: float) -> re.Match:
        """The first line from now on that matches, within `seconds`; AssertionError
        (with everything the devserver said) when none does."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.said.append(line)
            if found := re.search(pattern, line):
                return found
        raise AssertionError(f"no {pattern!r} in:\n" + "\n".join(self.said))

    def stop(self) -> None:
        """Stop the devserver (Ctrl+C)."""
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
