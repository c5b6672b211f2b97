"""Relatives, in every language: the one kin vocabulary the reasons' patterns are built from.

Words are folded (lower case, no accents; "œ" is kept as folding keeps it). A relation names who the
relative is; patterns choose the relations they need: a parent's illness is personal but a spouse's is
often the co-user's own, and a hospital stay after a relative's name is theirs."""

from __future__ import annotations

import re
from collections.abc import Iterable

Relation = str

KIN: dict[str, dict[Relation, tuple[str, ...]]] = {
    "en": {
        "parent": ("mum", "mom", "mother", "dad", "father"),
        "grandparent": ("gran", "granny", "grandma", "grandad", "grandfather", "grandmother"),
        "parent_in_law": ("mother-in-law", "father-in-law"),
        "sibling": ("brother", "sister"),
        "sibling_in_law": ("brother-in-law", "sister-in-law"),
        "spouse": ("wife", "husband"),
        "partner": ("partner", "other half", "girlfriend", "boyfriend"),
        "child": ("son", "daughter"),
        "other": ("uncle", "aunt", "auntie", "cousin", "mate", "friend", "neighbour", "neighbor"),
    },
    "de": {
        "parent": ("vater", "mutter", "mama", "papa"),
        "grandparent": ("oma", "opa"),
        "parent_in_law": ("schwiegermutter", "schwiegervater", "schwiegereltern"),
        "sibling": ("bruder", "schwester"),
        "sibling_in_law": ("schwager", "schwagerin"),
        "spouse": ("frau", "mann"),
        "partner": ("partner", "partnerin", "freundin", "freund"),
        "child": ("sohn", "tochter"),
        "other": ("onkel", "tante", "cousin", "cousine", "kumpel", "nachbar", "nachbarin"),
    },
    "es": {
        "parent": ("madre", "padre", "mama", "papa"),
        "grandparent": ("abuela", "abuelo"),
        "parent_in_law": ("suegra", "suegro"),
        "sibling": ("hermana", "hermano"),
        "sibling_in_law": ("cunada", "cunado"),
        "spouse": ("esposa", "esposo", "marido", "mujer"),
        "partner": ("pareja", "novia", "novio"),
        "child": ("hija", "hijo"),
        "other": ("tia", "tio", "prima", "primo", "amiga", "amigo", "vecina", "vecino"),
    },
    "fr": {
        "parent": ("pere", "mere", "papa", "maman"),
        "grandparent": ("grand-mere", "grand-pere"),
        "parent_in_law": ("belle-mere", "beau-pere"),
        "sibling": ("frere", "soeur", "sœur"),
        "sibling_in_law": ("beau-frere", "belle-soeur", "belle-sœur"),
        "spouse": ("femme", "mari"),
        "partner": ("compagne", "compagnon", "copine", "copain"),
        "child": ("fils", "fille"),
        "other": ("oncle", "tante", "cousin", "cousine", "ami", "amie", "voisin", "voisine"),
    },
    "it": {
        "parent": ("padre", "madre", "papa", "mamma"),
        "grandparent": ("nonna", "nonno"),
        "parent_in_law": ("suocera", "suocero"),
        "sibling": ("fratello", "sorella"),
        "sibling_in_law": ("cognata", "cognato"),
        "spouse": ("moglie", "marito"),
        "partner": ("compagna", "compagno", "ragazza", "ragazzo"),
        "child": ("figlia", "figlio"),
        "other": ("zia", "zio", "cugina", "cugino", "amica", "amico", "vicina", "vicino"),
    },
    "nl": {
        "parent": ("vader", "moeder", "papa", "mama"),
        "grandparent": ("oma", "opa"),
        "parent_in_law": ("schoonmoeder", "schoonvader", "schoonouders"),
        "sibling": ("broer", "zus"),
        "sibling_in_law": ("zwager", "schoonzus"),
        "spouse": ("vrouw", "man"),
        "partner": ("partner", "vriendin", "vriend"),
        "child": ("zoon", "dochter"),
        "other": ("oom", "tante", "neef", "nicht", "buurman", "buurvrouw", "maat"),
    },
    "pt": {
        "parent": ("mae", "pai", "mamae", "papai"),
        "grandparent": ("avo",),
        "parent_in_law": ("sogra", "sogro"),
        "sibling": ("irma", "irmao"),
        "sibling_in_law": ("cunhada", "cunhado"),
        "spouse": ("mulher", "marido", "esposa", "esposo"),
        "partner": ("namorada", "namorado", "companheira", "companheiro"),
        "child": ("filha", "filho"),
        "other": ("tia", "tio", "prima", "primo", "amiga", "amigo", "vizinha", "vizinho"),
    },
}

#: "my" and "our" before a relative, per language (Italian also takes the article alone: "la nonna").
POSSESSIVES: dict[str, tuple[str, ...]] = {
    "en": ("my", "our"),
    "de": ("mein", "meine", "meinem", "meinen", "meiner", "meines", "unser", "unsere", "unserem",
           "unseren", "unserer", "unseres"),
    "es": ("mi", "nuestra", "nuestro"),
    "fr": ("mon", "ma", "notre"),
    "it": ("mio", "mia", "nostro", "nostra"),
    "nl": ("mijn", "onze"),
    "pt": ("a minha", "minha", "o meu", "meu", "a nossa", "nossa", "o nosso", "nosso"),
}
ARTICLES: dict[str, tuple[str, ...]] = {"it": ("la", "il")}

ALL: tuple[Relation, ...] = ("parent", "grandparent", "parent_in_law", "sibling", "sibling_in_law",
                             "spouse", "partner", "child", "other")


def words(*relations: Relation) -> list[str]:
    """Every language's words for these relations."""
    return sorted({word for table in KIN.values() for relation in relations for word in table[relation]})


def alternation(items: Iterable[str]) -> str:
    """One alternation, longest first so that "grand-mere" wins over "mere"."""
    return "|".join(re.escape(item) for item in sorted(set(items), key=lambda s: (-len(s), s)))


def possessed(*relations: Relation, articles: bool = False) -> str:
    """A possessive and a relative of these relations, language by language ("mijn vader", "a minha
    mãe"); with ``articles``, the Italian article alone too ("la nonna")."""
    parts = []
    for lang, table in KIN.items():
        before = POSSESSIVES[lang] + (ARTICLES.get(lang, ()) if articles else ())
        nouns = [word for relation in relations for word in table[relation]]
        parts.append(f"(?:{alternation(before)}) (?:{alternation(nouns)})")
    return "|".join(parts)
