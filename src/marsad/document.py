"""The document model: one untouched article text and layers of half-open character spans.

Every annotation carries `start` and `end` into `Document.text`; `Document.span_text(a)` returns
exactly the characters it points at. Layers are plain dataclasses so that stages stay simple and
the JSON output (the output contract, `schema/document.schema.json`) is a direct dump of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from marsad.text.normalize import NormalizedText, normalize

BLOCK_KINDS = ("body", "headline", "dateline", "pull_quote", "credit", "caption")


@dataclass(slots=True)
class Block:
    start: int
    end: int
    kind: str  # one of BLOCK_KINDS


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    kind: str  # the kind of its block
    block: int = 0  # index into Document.blocks
    paragraph: int = 0  # index of the body paragraph (line) it belongs to


@dataclass(slots=True)
class Segment:
    """A clitic segment of a word token: proclitic, stem or enclitic."""

    start: int
    end: int
    kind: str  # "proclitic" | "stem" | "enclitic"
    text: str


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # "word" | "number" | "punct" | "latin"
    norm: str = ""  # matching form of the stem (clitics removed)
    segments: list[Segment] = field(default_factory=list)  # empty for a word without clitics
    sentence: int = -1


@dataclass(slots=True)
class ActorRef:
    """A pointer to an actor mention, used by quotes (speaker) and events (source/target)."""

    canonical: str
    actor_code: str | None
    text: str
    start: int
    end: int
    actor_id: str | None = None
    type: str | None = None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | GPE | LOC
    canonical: str
    actor_code: str | None
    actor_id: str | None = None  # links repeated mentions of one actor
    country: str | None = None  # ISO3 of the actor's country, if any
    role: str | None = None  # CAMEO role (sector) code, e.g. GOV
    how: str = "lexicon"  # lexicon | title | office | coref | metonymy | nisba
    transliteration: str | None = None
    sentence: int = -1

    def ref(self) -> ActorRef:
        return ActorRef(self.canonical, self.actor_code, self.text, self.start, self.end,
                        self.actor_id, self.type)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    cue: str | None
    speaker: ActorRef | None
    cue_start: int | None = None
    cue_end: int | None = None
    addressee: ActorRef | None = None
    reported_by: ActorRef | None = None  # e.g. the agency in نقلت وكالة ... عن
    attribution: str | None = None  # explicit | carried | coref | source
    sentence: int = -1


@dataclass(slots=True)
class DateExpr:
    start: int
    end: int
    text: str
    value: str  # ISO 8601: 2017-11-01, 2015-11, 2015, P2Y, 2017-W44
    granularity: str  # day | week | month | year | decade | duration | vague (PAST_REF …)
    relative: bool = False
    calendar: str = "gregorian"
    sentence: int = -1


@dataclass(slots=True)
class Amount:
    start: int
    end: int
    text: str
    value: float
    unit: str | None  # ISO 4217 currency, or a counted noun in English, or None
    qualifier: str | None = None  # up to | about | more than | less than | at least
    sentence: int = -1
    # a range's two ends on each of its two amounts (بين 10 و20 شخصاً: low 10, high 20; the
    # first amount "at least" 10, the second "up to" 20); None on an amount that is no range's
    # end (and in documents coded before they were recorded)
    low: float | None = None
    high: float | None = None


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    start: int | None = None
    end: int | None = None
    # the place's point (decimal degrees, WGS84) from cities.json / countries.json; None when
    # the dictionary has none for it (GDELT's ActionGeo_Lat/Long)
    lat: float | None = None
    lon: float | None = None
    # the dictionary entry that gave the place (GDELT's ActionGeo_Type / ActionGeo_FeatureID):
    # type "country" (countries.json: feature_id its ISO3), "region" or "city" (cities.json's
    # kind: feature_id the entry's name); None when the place is no dictionary entry
    type: str | None = None
    feature_id: str | None = None
    # how the event got its place (`marsad.events.placing`): sentence | visited | target |
    # meeting_name | party_visit | dateline | source_country | target_country |
    # publication_country; None in documents made before it was recorded
    source: str | None = None
    # the first-level division the text puts the place in (في مدينة زنجبار بمحافظة أبين: Abyan),
    # the division's name as its place has it; None when the text names none
    admin1: str | None = None


@dataclass(slots=True)
class Mention:
    sentence: int
    start: int
    end: int


@dataclass(slots=True)
class Event:
    source: ActorRef
    target: ActorRef | None
    cameo: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: str | None
    modality: str  # asserted | negated | future | intended | threatened | conditional | historical | reported | habitual
    sentence: int
    evidence: dict[str, int]  # {"start":..,"end":..} the trigger
    location: Location | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    date_source: str = "published"  # expression | published | none
    trigger: str = ""
    reported_by: ActorRef | None = None
    mentions: list[Mention] = field(default_factory=list)
    # everyone the article names as telling the event, `reported_by` first: an agency and the
    # speaker whose quote it relays (نقلت الوكالة عن X قوله: «…»), the reporters of the other
    # mentions merged into this one; empty when `reported_by` is None (and in documents coded
    # before it was recorded)
    reporters: list[ActorRef] = field(default_factory=list)


LAYER_TYPES: dict[str, type] = {
    "blocks": Block,
    "sentences": Sentence,
    "tokens": Token,
    "entities": Entity,
    "quotes": Quote,
    "events": Event,
    "dates": DateExpr,
    "amounts": Amount,
}


class Document:
    """An article: its original text, identity, publication date and annotation layers."""

    def __init__(self, text: str, doc_id: str | None = None,
                 published: dt.date | str | None = None, meta: dict[str, Any] | None = None):
        if isinstance(text, (bytes, bytearray)):
            # (the spans are offsets into the text: which text the bytes are is the caller's)
            raise TypeError("Document text must be str, got bytes: decode it first, with "
                            "marsad.io.decode_bytes(data, name) (which reads UTF-8, UTF-16, "
                            "windows-1256 and ISO-8859-6, and names what it cannot read) or "
                            "data.decode(encoding) when the encoding is known")
        if not isinstance(text, str):
            raise TypeError(f"Document text must be str, got {type(text).__name__}")
        self.text = text
        # any id given (an int 0 too) as a string, as the output contract has it
        self.doc_id = _content_id(text) if doc_id in (None, "") else str(doc_id)
        self.published = _as_date(published)
        self.meta: dict[str, Any] = dict(meta or {})
        self.blocks: list[Block] = []
        self.sentences: list[Sentence] = []
        self.tokens: list[Token] = []
        self.entities: list[Entity] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.dates: list[DateExpr] = []
        self.amounts: list[Amount] = []
        # Cross-sentence state kept for later stages (e.g. implicit subjects per sentence).
        self.state: dict[str, Any] = {}
        self._norm: NormalizedText | None = None

    @property
    def norm(self) -> NormalizedText:
        """The matching form of the whole text, computed once."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    def span_text(self, obj: Any) -> str:
        return self.text[obj.start:obj.end]

    def sentence_at(self, pos: int) -> int:
        """Index of the sentence containing original offset `pos`, or -1."""
        import bisect

        starts = self.state.get("_sentence_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = [s.start for s in self.sentences]
            self.state["_sentence_starts"] = starts
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return -1

    # -- serialisation -------------------------------------------------------------------------
    def to_dict(self, include_tokens: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "doc_id": self.doc_id,
            "published": self.published.isoformat() if self.published else None,
            "meta": self.meta,
            "text": self.text,
        }
        for name in LAYER_TYPES:
            if name == "tokens" and not include_tokens:
                continue
            d[name] = [_asdict(x) for x in getattr(self, name)]
        return d

    def to_json(self, include_tokens: bool = False, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(include_tokens), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        doc = cls(d["text"], d.get("doc_id"), d.get("published"), d.get("meta"))
        for name, typ in LAYER_TYPES.items():
            setattr(doc, name, [_fromdict(typ, x) for x in d.get(name, [])])
        return doc

    @classmethod
    def from_json(cls, s: str) -> "Document":
        return cls.from_dict(json.loads(s))

    def __repr__(self) -> str:
        return (f"Document(doc_id={self.doc_id!r}, chars={len(self.text)}, "
                f"sentences={len(self.sentences)}, entities={len(self.entities)}, "
                f"quotes={len(self.quotes)}, events={len(self.events)})")


def _content_id(text: str) -> str:
    """The id of an article given none: the one `marsad ingest`, the web app and the Spark job
    give it (`tables.content_hash`: the text with surrounding white space removed), so coded
    documents join the store's and the exports' rows."""
    import hashlib

    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ValueError(
            f"published date {value!r} is not an ISO date; give it as YYYY-MM-DD") from exc


def _asdict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _asdict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list):
        return [_asdict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _asdict(v) for k, v in obj.items()}
    return obj


def _fromdict(typ: type, data: Any) -> Any:
    """Rebuild a layer dataclass (and its nested dataclasses) from its dict form."""
    if data is None:
        return None
    hints = _field_types(typ)
    kwargs = {}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _coerce(hints[name], value)
    return typ(**kwargs)


def _coerce(hint: str, value: Any) -> Any:
    if value is None:
        return None
    for name, typ in (("ActorRef", ActorRef), ("Location", Location), ("Segment", Segment),
                      ("Mention", Mention)):
        if name in hint:
            if isinstance(value, list):
                return [_fromdict(typ, v) for v in value]
            return _fromdict(typ, value)
    return value


def _field_types(typ: type) -> dict[str, str]:
    return {f.name: str(f.type) for f in dataclasses.fields(typ)}
