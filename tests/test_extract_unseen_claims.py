"""extract: record claims in shapes first met in unseen articles (ranks among superlatives,
"as busiest", "a historic first", plural records, "on record", owners such as the planet),
and the speakers of quotations as subjects, each with near misses that must stay what they
were. Sentences are invented for the tests."""

from __future__ import annotations

import pytest

from generator.extract import extract_facts, read_sentence
from generator.extract import records as records_module
from generator.ingest import parse_document


def claims(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


def figures(text: str) -> list[tuple[str, object, str | None]]:
    return [(f.kind, f.value, f.unit) for f in read_sentence(text).figures]


# --- a rank among superlatives: "the second-lowest", "the 4th biggest" -------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pear crop was the second-lowest in two decades.", "the second-lowest"),
        ("The plum crop was still the 3rd biggest of the decade.", "the 3rd biggest"),
        ("It was the region's fifth-largest catch.", "region's fifth-largest"),
    ],
)
def test_a_rank_among_superlatives_is_a_claim_and_keeps_its_rank(text: str, cue: str) -> None:
    assert claims(text) == [cue]
    assert [f.kind for f in read_sentence(text).figures].count("ranking") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The fair opens on the 4th of July.",
        "Sales in the second half were flat.",
        "The firm's second-largest market is Peru.",  # a firm ranks its own markets
    ],
)
def test_ordinals_without_a_superlative_claim_nothing(text: str) -> None:
    assert claims(text) == []


# --- a bare superlative after "as" -------------------------------------------------------------


def test_as_and_a_bare_superlative_is_a_claim() -> None:
    assert claims("The north terminal overtook the south one as busiest in terms of arrivals.") == ["as busiest"]


@pytest.mark.parametrize(
    "text", ["She ran the shop as best she could.", "As most readers know, the ferry runs daily."]
)
def test_as_best_and_as_most_are_no_claims(text: str) -> None:
    assert claims(text) == []


# --- "first" as a noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("In a medical first, the clinic grew a tooth from stem cells.", "a medical first"),
        ("The hydrogen ferry is a first for the harbour.", "a first"),
        ("Landing on the glacier was a first.", "a first"),
    ],
)
def test_first_as_a_noun_is_a_claim(text: str, cue: str) -> None:
    assert claims(text) == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "It was a first step towards a truce.",
        "Sales in a first quarter of trading were slow.",
        "She is a first-time buyer.",
        "At first, the ferry ran empty.",
        "Cases were first reported in May.",
    ],
)
def test_first_as_an_adjective_or_adverb_is_no_claim(text: str) -> None:
    assert claims(text) == []


# --- plural records with a verb of breaking or setting -----------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The rowing club smashed four national records at the regatta.", "national records"),
        ("The rowing club smashed 4 Olympic records at the regatta.", "records"),  # a name between
    ],
)
def test_a_count_of_broken_records_is_a_record_figure(text: str, unit: str) -> None:
    assert figures(text) == [("record", 4, unit)]


def test_a_score_after_broken_records_is_not_what_they_count() -> None:
    # The count sits inside the claim; a score after it is no record.
    found = read_sentence("The rowing club broke two records in their 5-2 win.").figures
    assert [(f.kind, f.value) for f in found if f.kind == "record"] == [("record", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall records were set for three provinces.",
        "Regional heat records have been broken again.",
        "The swimmers have broken records before.",
    ],
)
def test_records_set_or_broken_are_claims(text: str) -> None:
    assert len(claims(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Clinic records were set aside for the audit.",
        "The archive records are set for release in May.",
        "The ledger records were broken into by thieves.",
        "Police records show a fall in thefts.",
        "The inquiry set the records straight.",
        "A set of records was found in the cellar.",
    ],
)
def test_records_as_documents_are_no_claims(text: str) -> None:
    assert claims(text) == []


# --- a superlative "on record" -----------------------------------------------------------------


def test_a_superlative_on_record_is_a_claim_however_far_its_noun() -> None:
    assert claims("Nine of the 12 wettest springs on record fell after 1990.") == ["wettest springs on record"]
    assert claims("The valley had its worst frost on record.") == ["worst frost on record"]


@pytest.mark.parametrize(
    "text", ["The mayor is on record as opposing the toll.", "Most councillors spoke on record about the toll."]
)
def test_on_record_alone_is_no_claim(text: str) -> None:
    assert claims(text) == []


# --- owners of a superlative: the planet, history, towns ----------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The fossil is now called the Earth's oldest flower.", "Earth's oldest"),
        ("It became history's largest airlift.", "history's largest"),
        ("The mill is the town's biggest employer.", "town's biggest"),
    ],
)
def test_places_and_the_world_own_superlatives(text: str, cue: str) -> None:
    assert claims(text) == [cue]


def test_a_company_still_owns_no_superlative_claim() -> None:
    assert claims("The bakery's largest customer is a hotel.") == []


# --- an "if" clause closed before the claim does not hedge it ----------------------------------


def test_a_condition_clause_does_not_hedge_the_main_clause() -> None:
    assert claims("If the crew lands on Friday, it will be the first to reach the crater.") == ["the first"]


@pytest.mark.parametrize(
    "text",
    [
        "If it is the largest dam, engineers will know.",  # the claim inside the "if" clause
        "If funds arrive, the pier could become the longest in the bay.",  # the modal hedges it
        "The pier could become the longest if funds arrive.",
    ],
)
def test_hedged_claims_stay_hedged(text: str) -> None:
    assert claims(text) == []


# --- the lower-case shortcut reads the new shapes as the plain pattern does --------------------


@pytest.mark.parametrize(
    "text",
    [
        "the second-lowest and The 4th Biggest, as busiest, In A Historic First, a first for",
        "History's largest and the Planet's oldest, the town's first and THE COUNTY'S widest",
    ],
)
def test_lower_case_claims_pattern_reads_the_new_shapes(text: str) -> None:
    plain = [(m.span(), m.group("cue")) for m in records_module._CLAIMS.finditer(text)]
    lower = [(m.span(), text[m.start():m.end()]) for m in records_module._CLAIMS_LOWER.finditer(text.lower())]
    assert lower == plain
    assert len(plain) >= 4


# --- the speaker of a direct quotation is not what a figure inside it is about -----------------


def subjects(text: str) -> list[tuple[object, str | None]]:
    doc = parse_document(f"Title\n\nThe ferry ran.\n\n{text}\n", "d", "d.txt", "0")
    return [(f.value, f.subject) for f in extract_facts(doc) if f.value is not None]


@pytest.mark.parametrize(
    "text",
    [
        'Survey leader Mara Quill of the reef team said, "The reef lost 40 percent of its coral in a decade.',
        '"Ferry use on the lake grew 40 percent this year," Dora Venn of the Harbour Board added.',
        "Kestrel Mining expects output to rise, and said “we will ship 40 percent more ore next year.”",
    ],
)
def test_the_speaker_of_a_quotation_is_not_its_figures_subject(text: str) -> None:
    assert subjects(text) == [(40, None)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A name inside the quotation is what the speaker talks about.
        ('"Port Orla handled 5 million boxes," the minister said.', "Port Orla"),
        # Quotation marks without a verb of saying: a phrase, not speech.
        ('Kestrel Mining described its output of "nearly 5 million tonnes" as a milestone.', "Kestrel Mining"),
        # A figure outside the quotation.
        ('Acme Tools called the 5,000 new jobs "a good start".', "Acme Tools"),
    ],
)
def test_names_inside_quotations_and_quoted_phrases_stay_subjects(text: str, subject: str) -> None:
    assert [s for _, s in subjects(text)] == [subject]


def test_as_per_names_a_source_like_according_to() -> None:
    assert subjects("As per the Harbour Board, ferry use rose 40 percent.") == [(40, None)]
    # Near miss: "as per capita" is a measure; the place stays the subject.
    assert subjects("Port Orla spent 40 percent more as per capita income grew.") == [(40, "Port Orla")]
