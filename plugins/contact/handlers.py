"""Thin receivers: read the build's SiteState, call the core, hand back."""

from functools import lru_cache

from markupsafe import Markup

from plugins.base import urls
from plugins.base.jsonld import jsonld_script_text
from plugins.base.settings import Declaration
from plugins.base.transliteration.core import to_latin
from plugins.multilingual.hooks import page_independent, rewrites_from

from .core import link_phones_in_html, link_phones_in_text, organization_jsonld
from .core import urgent_help as core_urgent_help
from .settings import DECLARATION


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the CONTACT_ options, validated at start."""
    return DECLARATION


@page_independent
@lru_cache(maxsize=4096)  # the footer's phone is on every page of a language
def phone_links(text: str, region: str) -> Markup:
    """Template helper: plain text with its phone numbers as `tel:` links."""
    return Markup(link_phones_in_text(text or "", region))


@lru_cache(maxsize=64)
def helpline(values: tuple[tuple[str, str], ...], region: str):
    """The UrgentHelp of settings' values, made once per language, not per page."""
    return core_urgent_help(dict(values), region)


def help_values(state, language) -> dict:
    """A language's CONTACT_HELP; a generated language's is its source's, in Latin."""
    values = state.settings["CONTACT_HELP"]
    if language.code in values or not language.generated_from:
        return values.get(language.code, {})
    source = values.get(language.generated_from, {})
    return {key: to_latin(value) for key, value in source.items()}


def is_organization_page(state, language, spec) -> bool:
    """The home page and the contact page carry the organisation's data."""
    if spec.path == urls.home_path(language.prefix):
        return True
    item = spec.item
    return (
        item is not None
        and item.kind == "page"
        and (item.slug == state.settings["CONTACT_PAGE"])
    )


def contact_context(state, language, spec) -> dict:
    """`page_context` receiver: the urgent help, phone helpers and, on the home and
    contact pages, the organisation's JSON-LD."""
    values = tuple(sorted(help_values(state, language).items()))
    urgent = helpline(values, language.country)
    context = {
        "urgent_help": urgent,
        "phone_region": language.country,
        "phone_links": phone_links,
    }
    if is_organization_page(state, language, spec):
        site = state.site_info.get(language.code, {})
        data = organization_jsonld(
            site,
            state.address.absolute(urls.home_path(language.prefix)),
            language.country,
            logo=state.address.absolute(site["emblem"]) if site.get("emblem") else "",
            helpline=urgent,
        )
        context["organization_data"] = jsonld_script_text(data)
    return context


def item_html(generator):
    """`item_html` receiver: phone numbers in item text become `tel:` links."""

    @rewrites_from("contact")  # nothing but its arguments: the language's country
    def rewrite(text: str, language, translations) -> str:
        return link_phones_in_html(text, language.country)

    return rewrite
