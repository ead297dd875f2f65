"""Boilerplate: the parts of a page that are not the story.

Recognised, on a sentence of its own: bylines ("By Andrew Hayley", "By Northwire staff",
"By our correspondent"), subheads set in capitals ("CLOSER TO CHINA": two to six words,
no sentence punctuation), datelines ("XIAN,
China (Reuters) –"), photo and image credits and captions carrying them ("(Photo Credit:
...)", "Image Credit: ANI", "Photo: ..."), page furniture ("Left Menu", "Home | World |
Business", "Advertisement", "LIVE UPDATES", "Skip to content", "Read more", "Also read",
"Email our newsroom", "Share this article", "Subscribe"), agency credit lines
("(Reporting by ...; Editing by ...)", "Compiled by ..."), standards links ("Our
Standards: ..."), social and newsletter plugs ("Follow us on ...", "Subscribe to our
morning newsletter ..."), editor's notes ("(This story
has been ...)", "(Except for the headline, this story has not been edited ...)"),
copyright lines and the metadata some feeds prepend ("date 2023-05-18"). Bylines, photo
labels and credit lines are also read as German, French, Spanish and Russian web desks set
them ("Von Lena Fischer", "Foto: ...", "Фото: ...", "Información de ..."). A headline in
ordinary case is story, not boilerplate, however short.
"""

from __future__ import annotations

import re

from driftcheck.normalize import tidy

_CAPITALISED = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’\-]*"
_NAME = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|und|et|y|и)\s*{_NAME})*"
"""One to four capitalised words, perhaps several people ("Anna Berg und Tom Hale")."""
_CAPTION_LABELS = "Foto|Fotos|Bild|Bilder|Archivbild|Archivfoto|Imagen|Imágenes|Фото|Фотография"
"""The label of a photo caption or credit in German, French, Spanish and Russian copy."""
_BY = "Von|Par|Por|Автор|Авторы|Текст"
"""The word before a byline's names in German, French, Spanish and Russian copy."""
_CREDIT_WORDS = (
    rf"(?:(?:Información|Reportaje|Redacción|Edición|Texto)\s+de|(?:Rédigé|Édité)\s+par)"
    rf"\s+(?:{_NAMES})(?:\s*;.*)?|(?:Mitarbeit|Bearbeitung|Redaktion|Редактор)\s?:.*"
    rf"|\(Avec\s+(?:{_NAMES}),.*"
)
"""Agency credit lines of German, French, Spanish and Russian desks ("Información de ...;
...", "Mitarbeit: ...", "(Avec Anna Berg, édité par ...)"). A credit ends at its names or
goes on after a semicolon; a sentence that opens with the same words and goes on as a
sentence is story ("Avec Emmanuel Macron à ses côtés, le ministre ...")."""

_PATTERNS = (
    r"By(?:\s+[A-Z][\w.'’\-]*){1,4}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})*"
    r"(?:\s*[,|\-–—]\s*[\w .]{0,40})?",
    r"By\s+(?:our|a|an|the)?\s*(?:[A-Z][\w.'’\-]*\s+){0,3}"
    r"(?:staff(?:\s+(?:writer|reporter)s?)?|correspondents?|reporters?|writers?|desk)",
    r"[A-Z][A-Z'’\-]+(?:\s[A-Z0-9][A-Z0-9'’\-]*){1,5}",
    r"[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}(?:,\s[^()]{1,40}?)?\s?\([^()]{2,40}\)\s?[-–—]*",
    r".*\b(?:Photo|Image|Picture|Video)\s?(?:Credit|Courtesy|Source)s?\s?:.*",
    r"\(?(?:Photo|Photograph|Image|Picture|File photo|Credit)s?\s?:.*",
    # The same lines as the web desks of other languages set them.
    rf"\(?(?:{_CAPTION_LABELS})\s?:.*",
    rf"(?:{_BY})\s?:?\s+{_NAMES}(?:\s*[;,]\s*\w+\s?:\s*{_NAMES})*",
    rf"\(?(?:{_CREDIT_WORDS})",
    r".*\b(?:Left Menu|Right Menu|Skip to (?:main )?content|Email our newsroom)\b.*",
    r"(?:[\w&' ]{1,25}\|){2,}[\w&' ]{1,25}",
    r"(?:Advertisement|Sponsored|LIVE UPDATES?|Live updates?|Read more|READ MORE|Also read"
    r"|ALSO READ|Share this article|Subscribe(?: now)?|Sign up|Follow us|Click here"
    r"|Scroll to continue|Continue reading|Top stories)(?:\s*[:|>»\-–—].{0,120})?",
    r"Our Standards\s?:.*|(?:Follow|Like) us on\b.{0,120}",
    r"(?:Subscribe|Sign up|Register)\b.{0,80}\b(?:newsletter|updates|alerts|podcast)\b.{0,80}",
    r"\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled|Edited|Written)\sby\b.*",
    r"\((?:This story|This article|Except for the headline|Disclaimer)\b.*\)?",
    r"(?:©|\(c\)|Copyright\s?(?:©|\(c\))?\s?\d{4}).*|.*\bAll rights reserved\b.*",
    r"date\s\d{4}-\d{2}-\d{2}\b.*",
)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))


def is_boilerplate(sentence: str) -> bool:
    """True when the sentence is page furniture, a byline, a dateline, a credit or a note."""
    return _BOILERPLATE.fullmatch(tidy(sentence).rstrip(".")) is not None
