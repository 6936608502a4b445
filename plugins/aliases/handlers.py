"""Redirect pages and the nginx map for every alias of every authored item."""

from plugins.base.aliases import REDIRECT_MAP

from . import core


def redirects_of(state) -> list[core.Redirect]:
    """The redirects of the build: each alias of an item leads to that item.

    Generated Latin copies carry their source's aliases; only the authored item
    claims them.
    """
    return [
        core.redirect_to(
            alias,
            link=state.address.link(item.path),
            address=state.address.absolute(item.path),
            title=item.title,
            lang=item.lang,
        )
        for item in state.registry
        if item.generated_from is None
        for alias in core.split_aliases(item.aliases)
    ]


def write_redirects(state, changed=None):
    """The multilingual plugin's site_files receiver: redirect pages and the map.

    A quick rebuild (`changed` given) changes no alias or address: they stay.
    """
    if changed is not None:
        return []
    redirects = redirects_of(state)
    files = [
        (redirect.output_path, core.redirect_page(redirect)) for redirect in redirects
    ]
    return files + [(REDIRECT_MAP, core.nginx_map(redirects))]
