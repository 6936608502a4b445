"""Debian's nginx with deploy/nginx.conf, serving the built fixture site on loopback."""

import http.client
import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from plugins.aliases.core import nginx_map, redirect_to
from tests.site.conftest import SITEURL, build_site

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
NGINX_HINT = "apt-get install -y nginx"
PRODUCTION_ROOT = "/var/www/site"
PRODUCTION_LISTEN = "    listen 80;\n    listen [::]:80;\n"
# A folder-style old address, as a changed slug leaves one (the fixture's own
# aliases are files: a folder there would count as a page of the site).
OLD_SLUG = redirect_to(
    "/lv/news/old-slug/",
    link="/lv/network-meeting/",
    address=f"{SITEURL}/lv/network-meeting/",
    title="Tīkla sanāksme Rīgā",
    lang="lv",
)


def nginx_binary() -> str:
    """Debian's nginx; skipped with the install command when missing (failed in CI)."""
    candidates = [os.environ.get("NGINX"), shutil.which("nginx"), "/usr/sbin/nginx"]
    for candidate in filter(None, candidates):
        if os.access(candidate, os.X_OK):
            return candidate
    if os.environ.get("CI"):
        pytest.fail(f"nginx is missing and CI is set. Install it: {NGINX_HINT}")
    pytest.skip(f"nginx not found: the deploy tests need it. Install: {NGINX_HINT}")


def site_conf(text: str, root: Path, port: int) -> str:
    """deploy/nginx.conf with the test's root and a loopback port."""
    assert text.count(PRODUCTION_LISTEN) == 1, "deploy/nginx.conf: listen lines moved"
    assert text.count(f"root {PRODUCTION_ROOT};") == 1, "deploy/nginx.conf: no root"
    assert text.count(f"include {PRODUCTION_ROOT}/_redirects*.map;") == 1
    text = text.replace(PRODUCTION_LISTEN, f"    listen 127.0.0.1:{port};\n")
    return text.replace(PRODUCTION_ROOT, str(root))


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(process, port: int, log: Path, seconds: float = 10) -> None:
    """Return once nginx accepts connections; fail with its error log otherwise."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    error_log = log.read_text() if log.exists() else ""
    pytest.fail(f"nginx did not start on port {port}:\n{error_log}")


@dataclass(frozen=True)
class Server:
    """The running nginx and the folder it serves."""

    port: int
    root: Path

    def get(self, path: str, headers=None) -> tuple[int, dict, bytes]:
        """GET a site path (encoded here); status, lower-cased headers and body."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            connection.request("GET", quote(path, safe="/%?=&~"), headers=headers or {})
            response = connection.getresponse()
            found = {name.lower(): value for name, value in response.getheaders()}
            return response.status, found, response.read()
        finally:
            connection.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The fixture site, built with the project's build command."""
    output = tmp_path_factory.mktemp("deploy-site") / "output"
    result = build_site(output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


@pytest.fixture(scope="session")
def served_root(built_site, tmp_path_factory) -> Path:
    """A copy of the built site with what the fixture content lacks."""
    root = tmp_path_factory.mktemp("deploy-root") / "site"
    shutil.copytree(built_site, root)
    (root / "site.webmanifest").write_text('{"name": "Network"}', encoding="utf-8")
    lines = nginx_map([OLD_SLUG]).decode().splitlines()
    entries = "".join(f"{line}\n" for line in lines if not line.startswith("#"))
    redirects = root / "_redirects.map"
    redirects.write_text(redirects.read_text(encoding="utf-8") + entries, "utf-8")
    return root


@contextmanager
def running_nginx(root: Path, prefix: Path):
    """deploy/nginx.conf serving root, run by Debian's nginx; always stopped."""
    binary = nginx_binary()
    port = free_port()
    shutil.copy(DEPLOY / "nginx-test.conf", prefix / "nginx.conf")
    text = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    (prefix / "site.conf").write_text(site_conf(text, root, port), "utf-8")
    log = prefix / "error.log"
    command = [binary, "-p", f"{prefix}/", "-c", str(prefix / "nginx.conf")]
    process = subprocess.Popen(
        [*command, "-e", str(log)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_listening(process, port, log)
        yield Server(port, root)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def nginx(served_root, tmp_path_factory):
    """deploy/nginx.conf run by Debian's nginx in the foreground; always stopped."""
    with running_nginx(served_root, tmp_path_factory.mktemp("nginx")) as server:
        yield server
