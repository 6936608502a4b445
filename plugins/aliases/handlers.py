"""Redirect pages and the nginx map for every alias of every authored item."""

from plugins.base import urls
from plugins.base.aliases import REDIRECT_MAP

from . import core


def redirects_of(state, only=None) -> list[core.Redirect]:
    """The redirects of the build: each alias of an item leads to that item (of
    the items at the paths `only` names, when given).

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
        if item.generated_from is None and (only is None or item.path in only)
        for alias in core.split_aliases(item.aliases)
    ]


def tag_redirects(state, taken: set[str]) -> list[core.Redirect]:
    """Old tag addresses (a tag's slug as written, before content/tags.toml named
    it) lead to the tag's page now; an address an alias took stays the alias's."""
    redirects = []
    for language in state.languages:
        tags = state.registry.tags_in(language.code)
        for old, new in state.registry.former_tag_slugs(language.code).items():
            path = urls.tag_path(language.prefix, new)
            redirect = core.redirect_to(
                "/" + urls.tag_path(language.prefix, old),
                link=state.address.link(path),
                address=state.address.absolute(path),
                title=tags[new][0].name,
                lang=language.code,
            )
            if redirect.output_path not in taken:
                taken.add(redirect.output_path)
                redirects.append(redirect)
    return redirects


def write_redirects(state, changed=None, quick=False):
    """The multilingual plugin's site_files receiver: redirect pages and the map.

    A build of `changed` items only changes no alias or address, but may change
    their titles, which their redirect pages show: only those pages are made.
    """
    if changed is not None:
        return [
            (redirect.output_path, core.redirect_page(redirect))
            for redirect in redirects_of(state, only=changed)
        ]
    redirects = redirects_of(state)
    redirects += tag_redirects(state, {r.output_path for r in redirects})
    files = [
        (redirect.output_path, core.redirect_page(redirect)) for redirect in redirects
    ]
    return files + [(REDIRECT_MAP, core.nginx_map(redirects))]
