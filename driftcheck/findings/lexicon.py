"""Word lists the rules share: function words, titles, organisations, places and their demonyms."""

from __future__ import annotations

import re
from functools import cache

from driftcheck.patterns import STOPWORDS

__all__ = ["STOPWORDS"]  # defined once in driftcheck.patterns, shared with the lexical embedder


def word_list(text: str) -> list[str]:
    """The words of a whitespace-separated list, as a list (keeps long word lists readable)."""
    return text.split()


def phrase_list(text: str) -> list[str]:
    """The phrases of a list separated by "|"."""
    return text.split("|")


CONNECTORS = frozenset(word_list("of for de del der des da di du la le al el bin ibn van von"))
"""Lower-case words that may sit inside a name: Group of Seven, Bank of England."""

TITLES = phrase_list(
    "prime minister|deputy prime minister|vice president|president|president-elect|premier|"
    "chancellor|foreign minister|finance minister|defence minister|defense minister|"
    "interior minister|minister|deputy minister|secretary of state|secretary-general|"
    "secretary general|secretary|attorney general|king|queen|prince|princess|crown prince|"
    "emperor|pope|sheikh|emir|sultan|governor|mayor|senator|congressman|congresswoman|"
    "lawmaker|ambassador|envoy|spokesman|spokeswoman|spokesperson|chairman|chairwoman|"
    "chairperson|chief executive|chief executive officer|ceo|chief financial officer|cfo|"
    "chief economist|economist|chief strategist|analyst|director|director general|"
    "commissioner|general|lieutenant general|major general|admiral|colonel|commander|"
    "army chief|police chief|judge|chief justice|prosecutor|speaker|house speaker|"
    "majority leader|minority leader|opposition leader|supreme leader"
)
"""Titles and roles, longest first when matched, in either case (President, chief economist)."""

TITLE_EQUIVALENTS = {
    "premier": "prime minister",
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "cfo": "chief financial officer",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "secretary general": "secretary-general",
    "defense minister": "defence minister",
}
"""Spellings of a title that mean the same role."""

AGREEMENT_WORDS = frozenset(
    word_list("treaty treaties convention accord accords pact protocol agreement charter")
)
"""Words that end or open the name of an agreement between states (the Paris Agreement,
the Treaty on the Non-Proliferation of Nuclear Weapons): English names read them as
organisation words (not ORGANISATION_WORDS, which findings.xling also reads)."""

ORGANISATION_WORDS = frozenset(
    word_list(
        """
        agency airlines airport airways army association authority bank bancorp board bureau
        cabinet capital centre center club college commission committee company congress corp
        corporation council court department electric energy exchange federation force forces
        foundation fund gas group holdings inc industries institute insurance league limited
        ltd media ministry mining motors network news office oil organisation organization
        parliament partners party petroleum pharma pharmaceuticals police post press railway
        railways reuters senate service shipping society steel systems technologies telecom
        times tribunal union university directorate inspectorate secretariat
        construction engineering logistics manufacturing chemicals utilities
        """
    )
)
"""Words that make a capitalised sequence an organisation (Nordvik Shipping, World Bank)."""

SHORTENED_ORGANISATION_WORDS = frozenset(
    word_list(
        "agency company corp corporation department group holdings inc ltd limited ministry office"
        " university"
    )
)
"""Words a short reference leaves out ("the Treasury" for the Treasury Department)."""

GENERIC_NAME_WORDS = frozenset(
    word_list(
        """
        new north south east west central united great national international republic
        democratic state states
        city island islands kingdom federal islamic saint st upper lower northern southern eastern
        western greater middle people's peoples
        """
    )
)
"""Words of a place name too common to identify it alone (Central in Central Asia)."""

MONTHS = word_list(
    "january february march april may june july august september october november december"
)
WEEKDAYS = word_list("monday tuesday wednesday thursday friday saturday sunday")
HOLIDAYS = re.compile(
    r"\b(?P<new_year>New Year['’]s Day)|(?P<new_year_eve>New Year['’]s Eve)"
    r"|(?P<christmas>Christmas Day)|(?P<christmas_eve>Christmas Eve)|(?P<boxing>Boxing Day)"
    r"|(?P<valentine>(?:St\.? |Saint )?Valentine['’]s Day)|(?P<halloween>Hallowe['’]?en)\b"
)
"""Days of the calendar named for their date in English copy, which state that date."""
HOLIDAY_DATES = {
    "new_year": (1, 1),
    "new_year_eve": (12, 31),
    "christmas": (12, 25),
    "christmas_eve": (12, 24),
    "boxing": (12, 26),
    "valentine": (2, 14),
    "halloween": (10, 31),
}
"""The month and day each of HOLIDAYS names."""

PLACES = frozenset(
    word_list(
        """
        afghanistan albania algeria andorra angola argentina armenia australia austria
        azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
        bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada
        chad chile china colombia comoros congo croatia cuba cyprus czech czechia denmark
        djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
        gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
        hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
        kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
        liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
        malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
        mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria macedonia
        norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
        qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia
        somalia spain lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
        thailand togo tonga trinidad tunisia turkey turkmenistan tuvalu uganda ukraine emirates
        uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
        unitedstates britain england scotland wales europeanunion soviet africa asia europe
        arabia zealand caribbean balkans baltic gaza crimea kashmir tibet xinjiang hong kong
        """
    )
)
"""Countries and regions (one distinctive word each), for telling a place from a name."""

HONORIFICS = frozenset(word_list("mr mrs ms dr mp mps qc sir dame"))
"""Courtesy titles and post-nominals around a name: Mr Alwan is Alwan, Lucy Frazer QC is Lucy
Frazer."""

COMMON_ACRONYMS = frozenset(
    word_list(
        """
        dna cctv gps hiv aids gdp atm atms suv suvs ied ieds icu mri ufo ufos lgbt lgbtq vip
        vips sms id iq pdf usb covid sars ppe cpr ecg dui hgv rpg rpgs mph
        hr pr it ict pe re
        """
    )
)
"""Initialisms of things, not of anyone (DNA, CCTV footage, an SUV), and of the common
nouns for a department's or a school's work (HR, PR, IT; PE and RE lessons): no names."""

COURTESY = frozenset(word_list("mr mrs ms dr"))
"""Courtesy titles, which always open a name: "Yorkshire Mr Scott" is a place and Mr Scott."""

RANKS = frozenset(
    word_list(
        """
        chief officer lieutenant lt captain capt sergeant sgt detective det inspector insp
        constable pc superintendent supt sheriff gov sen rep col gen maj cmdr corporal cpl
        private pte professor prof father rev reverend bishop rabbi imam brigadier
        brigadier-general deputy agent trooper
        """
    )
)
"""Ranks and forms of address that stand before a surname (Chief Newsham, Officer Barney,
Insp Tony Carpenter): a later mention by rank and surname is the same person."""

_PEOPLES = frozenset(
    word_list(
        """
        turk kurd serb croat bosniak slav pashtun uighur uyghur tamil yazidi druze bedouin berber
        tuareg zulu maori inuit roma basque catalan flemish latino latina hispanic brit
        anglican methodist baptist lutheran presbyterian evangelical pentecostal mormon quaker
        amish adventist alawite salafist wahhabi copt coptic maronite
        baloch baluch hazara rohingya yoruba igbo hausa fulani
        soviet nazi roman
        """
    )
)
"""Peoples, churches and movements whose names no place suffix gives (Kurds, Anglicans,
Baloch), and historical adjectives (Soviet, Nazi, Roman)."""

PEOPLE_WORDS = (
    HONORIFICS
    | _PEOPLES
    | frozenset(
        word_list(
            """
            western westerner westerners eastern northern southern muslim muslims christian
            christians jew jews jewish hindu hindus sikh sikhs buddhist buddhists catholic
            catholics protestant protestants shia shiite shiites sunni sunnis arab arabs spaniard
            spaniards germans confederate west east north south american islamist islamists
            orthodox lord lady
            """
        )
    )
)
"""Words for groups of people, compass points and honorifics: capitalised, but no names."""

PAGE_FURNITURE_WORDS = frozenset(word_list("share autoplay caption messenger"))
"""Words of sharing widgets and players inside copy ("Facebook Share", "Autoplay"): no names."""

_DEMONYM_SUFFIXES = ("stani", "istan", "stan", "ians", "ese", "ian", "ans", "ish", "an", "i", "n")
_STEM_ENDINGS = ("a", "e", "o", "y")
_MIN_STEM = 4
_VERB_STEM = 5
"""Letters a word keeps without its -ed for the name it makes a verb of (Tasered);
shorter stems are too often other words (Ahmed, Reed)."""

IRREGULAR_PLACES = {
    "french": "france",
    "frenchman": "france",
    "british": "britain",
    "briton": "britain",
    "britons": "britain",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "filipino": "philippines",
    "greek": "greece",
    "turkish": "turkey",
    "türkiye": "turkey",
    "spanish": "spain",
    "swedish": "sweden",
    "swede": "sweden",
    "danish": "denmark",
    "dane": "denmark",
    "polish": "poland",
    "pole": "poland",
    "finnish": "finland",
    "thai": "thailand",
    "norwegian": "norway",
    "irish": "ireland",
    "scottish": "scotland",
    "scot": "scotland",
    "welsh": "wales",
    "english": "england",
    "afghan": "afghanistan",
    "american": "unitedstates",
    "americans": "unitedstates",
    "america": "unitedstates",
    "usa": "unitedstates",
    "u.s.": "unitedstates",
    "u.s.a.": "unitedstates",
    "uk": "britain",
    "u.k.": "britain",
    "eu": "europeanunion",
    "un": "unitednations",
    "u.n.": "unitednations",
    "ussr": "soviet",
    "g7": "groupofseven",
    "g-7": "groupofseven",
    "g20": "groupoftwenty",
    "g-20": "groupoftwenty",
    "beijing's": "beijing",
}
"""Words whose place is not their stem: French -> France, U.S. -> United States."""

_PHRASES = {
    "united states of america": "unitedstates",
    "united states": "unitedstates",
    "united kingdom": "britain",
    "great britain": "britain",
    "european union": "europeanunion",
    "united nations": "unitednations",
    "soviet union": "soviet",
    "group of seven": "groupofseven",
    "group of 7": "groupofseven",
    "group of twenty": "groupoftwenty",
    "group of 20": "groupoftwenty",
}
_PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")\b"
)
_UPPER_ALIASES = {"US": "u.s.", "USA": "u.s.", "UK": "u.k.", "EU": "eu", "UN": "u.n."}
_UPPER_ALIAS = re.compile(r"\b(?:USA|US|UK|EU|UN)\b")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-]\w+)*")


def base_word(word: str) -> str:
    """The word in lower case with a possessive ('s, ’s, s’) taken off: China's -> china."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def canonical_words(text: str) -> list[str]:
    """Lower-case words, possessives and inner apostrophes off (Xi'an), aliases merged (U.S.)."""
    text = _UPPER_ALIAS.sub(lambda m: _UPPER_ALIASES[m.group()], text)
    lowered = _PHRASE.sub(lambda m: _PHRASES[m.group()], text.lower().replace("’", "'"))
    words = []
    for token in _WORD.findall(lowered):
        word = base_word(token)
        word = IRREGULAR_PLACES.get(word, word)
        words.append(word if "." in word else word.replace("'", ""))
    return words


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)", re.IGNORECASE)
"""The article of an Arabic name (al-Kasasbeh, el-Sisi), which copy writes or leaves out."""


def without_article(word: str) -> str:
    """A name word with its Arabic article off: al-kasasbeh -> kasasbeh."""
    return ARABIC_ARTICLE.sub("", word)


@cache
def stems(word: str) -> frozenset[str]:
    """The forms a place word may share with its demonym: Kazakhstan, Kazakh -> {"kazakh"}."""
    word = IRREGULAR_PLACES.get(word, word)
    found = {word}
    for suffix in _DEMONYM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            found.add(word[: -len(suffix)])
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - 1 >= _MIN_STEM:
            found.add(word[:-1])
    return frozenset(found)


def named_by_verb(word: str) -> str | None:
    """The name a word ending in -ed may make a verb of (Tasered -> taser, Skyped ->
    skyp), or None; stems under `_VERB_STEM` letters are too often other words (Ahmed)."""
    return word[:-2] if word.endswith("ed") and len(word) - 2 >= _VERB_STEM else None


def stem_set(words: list[str]) -> frozenset[str]:
    """Every stem of every word, for asking whether a word or its demonym occurs."""
    return frozenset(stem for word in words for stem in stems(word))


def is_demonym(word: str) -> bool:
    """True for a word naming people of a place or creed, not the place: British, Afghan."""
    if word in PEOPLE_WORDS or (word.endswith("s") and word[:-1] in PEOPLE_WORDS):
        return True
    if word.endswith("s") and len(word) > _MIN_STEM and is_demonym(word[:-1]):
        return True  # Americans, Britons
    if word.endswith("ites") and len(word) > _MIN_STEM + 4:
        return True  # Muscovites, Israelites: people of a place
    return "." not in word and word not in PLACES and word not in _PLACE_NAMES and is_place(word)


def is_place(word: str) -> bool:
    """True for a country or region, or its demonym (Kazakh, Chinese, U.S.)."""
    return related(word, _PLACE_STEMS)


def related(word: str, stem_pool: frozenset[str]) -> bool:
    """True when the word or a form of it (Chinese for China) is in the pool."""
    return not stems(word).isdisjoint(stem_pool)


_PLACE_STEMS = stem_set(sorted(PLACES))
_PLACE_NAMES = frozenset(IRREGULAR_PLACES.values())


_INFLECTIONS = ("ings", "ing", "ers", "ed", "er", "es", "s")
_ROOT_LETTERS = 4


def root(word: str) -> str:
    """A word without its inflection, so a statement reworded keeps its words: killing,
    killed -> kill; targeted, targeting -> target; attackers -> attack."""
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= _ROOT_LETTERS:
            return word[: -len(suffix)]
    return word


def roots(text: str) -> frozenset[str]:
    """The roots of a text's words, with their place stems (see `root`)."""
    words = canonical_words(text)
    return stem_set(words) | frozenset(root(w) for w in words)


def holds(word: str, pool: frozenset[str]) -> bool:
    """True when a pool from `roots` holds the word, a form of it or its root."""
    return related(word, pool) or root(word) in pool
