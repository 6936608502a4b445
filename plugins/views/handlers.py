"""The variants and template helpers the views plugin adds to every language site."""

from urllib.parse import urljoin

from plugins.multilingual.hooks import page_independent
from plugins.multilingual.variants import PageVariant

from . import core
from .text_html import link_addresses, text_version_html

# The same link for the same words on every page.
MAILTO_HREF = page_independent(core.mailto_href)


def site_path(link: str, base_path: str) -> str | None:
    """A root-relative link of this site back to its site-relative path."""
    prefix = base_path + "/"
    return link[len(prefix) :] if link.startswith(prefix) else None


def text_item(state):
    """The item_view of the text variant: images as words, links to text pages."""

    def view(item, language, gettext):
        def image_label(alt: str) -> str:
            return "[" + gettext("Image: %(alt)s") % {"alt": alt} + "]"

        def link_for(link: str) -> str:
            path = site_path(link, state.address.base_path)
            if path is None:
                return link
            target, hash_mark, anchor = path.partition("#")
            return (
                state.address.link(core.text_link_target(target)) + hash_mark + anchor
            )

        return item.with_changes(
            content=text_version_html(item.content, image_label, link_for),
            summary=text_version_html(item.summary, image_label, link_for),
        )

    return view


def print_item(state):
    """The item_view of the print variant: the addresses of its links, absolute."""

    def view(item, language, gettext):
        page = state.address.absolute(item.path)
        links = link_addresses(item.content, lambda href: urljoin(page, href))
        return item.with_changes(extra={**item.extra, "link_addresses": links})

    return view


def page_variants(state):
    """The multilingual plugin's page_variants receiver: text and print versions."""
    return [
        PageVariant(
            name="text",
            applies=lambda spec: core.is_page_path(spec.path),
            path_of=core.text_path,
            link_target=core.text_link_target,
            item_view=text_item(state),
        ),
        PageVariant(
            name="print",
            applies=lambda spec: spec.item is not None,
            path_of=core.print_path,
            template="print.html",
            item_view=print_item(state),
        ),
    ]


def page_helpers(state, language, spec):
    """The page_context receiver: the mailto builder for share links."""
    return {"mailto_href": MAILTO_HREF}
