"""What an old address (`Aliases:`) may be and the file it is written to.

One owner for the content checks (plugins/checks/site_rules.py), which report a bad
alias at file:line, and the aliases plugin, which refuses it again when it writes.
"""

import posixpath
import re
import unicodedata
from urllib.parse import unquote

from plugins.base.characters import shorten

# The map nginx includes (deploy/nginx.conf); a site-relative path in the output.
REDIRECT_MAP = "_redirects.map"
# Top folders of the output the site fills itself: no alias may write there.
SITE_FOLDERS = frozenset({"theme", "images", "pagefind", "feeds", "text"})
# What an alias may end in: a folder ("/" or no extension) or a page.
PAGE_EXTENSIONS = frozenset(
    {".html", ".htm", ".php", ".asp", ".aspx", ".jsp", ".shtml", ".cfm", ".cgi"}
    | {".pl"}
)


def alias_output_path(alias: str) -> str:
    """Return the output file an alias is written to: /lv/old/ -> lv/old/index.html.

    Percent-encoded characters are decoded, as web servers do before they look for
    a file: /old%20news.html -> "old news.html".
    """
    path = unquote(alias.strip()).lstrip("/")
    if not path or path.endswith("/") or "." not in path.rsplit("/", 1)[-1]:
        path = posixpath.join(path, "index.html")
    return posixpath.normpath(path)


def matching_key(output_path: str) -> str:
    """Return the form in which web servers compare paths: ASCII letters lower case.

    nginx matches its redirect map without regard to ASCII case, so two aliases that
    differ only in case are one address, and one that differs from a page only in
    case would capture that page.
    """
    if output_path.isascii():
        return output_path.lower()
    return "".join(char.lower() if char.isascii() else char for char in output_path)


def alias_problem(alias: str) -> str | None:
    """Return why an alias cannot be an old address of this site, or None."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//", alias):
        return f'Alias "{shorten(alias)}" is not a path on this site.'
    if "?" in alias or "#" in alias:
        return (
            f'Alias "{shorten(alias)}" has a query or fragment ("?…" or "#…");'
            " only the path of an old address can be redirected."
        )
    if any(unicodedata.category(char) in ("Cc", "Cf") for char in unquote(alias)):
        return f'Alias "{shorten(alias)}" contains a control or invisible character.'
    if "\\" in unquote(alias):
        return (
            f'Alias "{shorten(alias)}" contains a backslash; folders in an address'
            ' are separated by "/".'
        )
    if alias_output_path(alias).startswith(".."):
        return f'Alias "{shorten(alias)}" points outside the site.'
    return alias_place_problem(alias)


def alias_place_problem(alias: str) -> str | None:
    """Why an alias's file would land where the site or web server must decide
    alone: hidden or "_" names (deploy/nginx.conf includes _redirects.map), the
    site's own folders, files that are not pages."""
    parts = matching_key(alias_output_path(alias)).split("/")
    if any(part.startswith(("_", ".")) for part in parts):
        return (
            f'Alias "{shorten(alias)}" has a name starting with "_" or ".";'
            " the web server treats such files as its own."
        )
    if len(parts) > 1 and parts[0] in SITE_FOLDERS:
        return f'Alias "{shorten(alias)}" is in the site\'s own folder {parts[0]}/.'
    extension = posixpath.splitext(parts[-1])[1]
    if extension not in PAGE_EXTENSIONS:
        return (
            f'Alias "{shorten(alias)}" ends in "{extension}"; only addresses of'
            ' pages (ending in "/", ".html", ".php"…) are redirected.'
        )
    return None
