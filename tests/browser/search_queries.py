"""Queries over the demo content (content/) that the word-form search must answer.

Mostly inflected forms that no page holds ("obětem" is on pages, "ministerstvem"
on none); Serbian in both scripts on both Serbian sites. A page is expected when
one of its words has the query's lemma (simplemma); the test checks what the real
search page lists against that.
"""

QUERIES = {
    "cs": (
        "obětem zprávami inspektorem kontaktech informacemi republikou ministerstvem"
        " partnerem linkami organizacemi poradcem policiemi Prahou pracovnímu jazyky"
    ),
    "lv": (
        "upuris upuru cilvēkam darbiem informācijai tirdzniecībai ministrijai"
        " Latvijai dienām tīkliem grupām speciālistam gadījumiem Serbijai"
    ),
    "bg": (
        "жертва контакта информациите мрежите борбите работите организацията"
        " помощи линиите експлоатацията групите механизма трудови социалната"
    ),
    "sr": (
        "мрежом Србијом контактима информацијама канцеларијама жртвом трговином"
        " министарствима линијом земљи годинама borbom policijom organizaciji"
        " mehanizmom"
    ),
    "sr-latn": (
        "žrtvom mrežama Srbijom kontaktima informacijama ministarstvom linijama"
        " kancelarijom jezikom podacima земљом годинама полицијом"
    ),
    "en": (
        "networking contacted publishes partnered offering supports children"
        " ministries countries placing languages"
    ),
}


def queries() -> list[tuple[str, str]]:
    """(site prefix, query) pairs, in the table's order."""
    return [
        (prefix, word) for prefix, words in QUERIES.items() for word in words.split()
    ]
