"""Record claims of round 12: forecasts of records. Invented sentences
only, each with near misses that must stay what they were."""

from __future__ import annotations

import pytest

from generator.extract import read_sentence


def records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text).figures if f.kind == "record"]


def title_records(text: str) -> list[str | None]:
    return [f.cue for f in read_sentence(text, is_title=True).figures if f.kind == "record"]


# --- forecasts of records ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The plum harvest would be the heaviest on record, the ministry said.",
    "The new bridge is expected to become the region's longest crossing.",
    "If the count holds, the 2031 herring catch would be the second largest landed.",
    "Ostbank said the sale could top the bank's previous record deal.",
    "The cool spell is not expected to linger, as lakes run close to 2030's record highs.",
])
def test_a_forecast_of_a_record_is_a_claim(text: str) -> None:
    assert records(text)


@pytest.mark.parametrize("text", [
    "The probe could make its first long hop next week.",
    "The agency is expected to approve the first crewed flight in June.",
    "Ostland wasn't expected to become the biggest exporter until 2040.",
    "If the old record falls, it would be by a few seconds.",
    "The firm plans to build the largest plant in the valley.",
])
def test_a_planned_first_a_denied_forecast_or_a_plan_is_no_claim(text: str) -> None:
    assert not records(text)


# --- "to record" --------------------------------------------------------------------------

def test_to_record_before_a_determiner_is_the_verb() -> None:
    assert not records("The choir went on to record an album in the old hall.")
    assert records("Tidal power is expected to record the largest rise of any source.") == ["the largest"]


def test_record_levels_after_to_stay_a_claim() -> None:
    assert records("Grain prices rose to record levels in May.")


def test_a_fresh_peak_is_a_claim_as_a_new_one_is() -> None:
    assert records("Shares rose to 88 crowns, a fresh peak for the bank.") == ["fresh peak"]
    assert not records("Walkers found fresh peaks of snow above 2,000 metres.")


# --- highs and peaks without the word record ---------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Fuel prices hit a high of 3.8 crowns in May.", 3.8),
    ("The river reached a high of 19.5 degrees in August.", 19.5),
    ("A high of 318 tonnes in 2029, a low of 274 tonnes in 2031.", 318),
])
def test_a_high_reached_is_a_claim_on_its_figure(text: str, value: float) -> None:
    figures = read_sentence(text).figures
    assert [f.value for f in figures if f.kind == "record"][:1] == [value]


@pytest.mark.parametrize("text", [
    "Temperatures will reach a high of 30 degrees on Friday.",
    "Sunny, with a high of 25 degrees today.",
    "Prices are set to hit a high of 9 crowns.",
])
def test_a_forecast_or_a_days_weather_high_is_no_claim(text: str) -> None:
    assert not records(text)


def test_above_a_previous_peak_is_a_claim() -> None:
    assert records("Bookings ran 3% above their prior peak, set in 2027.") == ["above their prior peak"]
    assert not records("Bookings were still 3% below their prior peak, set in 2027.")


def test_a_span_high_in_a_headline_needs_no_article() -> None:
    assert title_records("Ferry bookings at 15-year high") == ["15-year high"]
    assert title_records("Shares hit six-year low as exports slow") == ["six-year low"]
    assert not title_records("Town opens 4-year high school for 300 pupils")


def test_the_least_since_a_decade_is_a_claim() -> None:
    assert records("It is the least snow the old pass has seen since the 1950s.")
    assert not records("It has been the least visited town since 2029.")


# --- first place in other words ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ostland topped exports of tin, with 90,000 tonnes.",
    "Kestrel topping sales in the spring surprised 4 analysts.",
])
def test_topping_a_tally_is_first_place(text: str) -> None:
    assert records(text)


def test_topping_a_tally_in_a_headline() -> None:
    assert title_records("Kestrel tops Q2 e-bike sales") == ["tops Q2 e-bike sales"]


@pytest.mark.parametrize("text", [
    "Port cargo tops 4.3 billion tonnes.",
    "Spring sales topped last year's sales by 4%.",
    "The cake was topped with cream and sales rose 5%.",
    "Shares topped expectations and orders rose 5%.",
])
def test_a_level_passed_or_a_topping_is_no_first_place(text: str) -> None:
    assert not records(text)


def test_the_one_top_performer_of_a_group_is_first_place() -> None:
    assert records("The bloc's top performer is the port of Ostby, with 12 new berths.")
    assert records("Kai Berg was the league's top scorer with 31 goals.")


@pytest.mark.parametrize("text", [
    "It puts them among the top performers in 12 tests.",
    "Ostland's top judge praised 400 clerks.",
])
def test_a_group_of_top_performers_or_a_post_is_no_first_place(text: str) -> None:
    assert not records(text)


def test_larger_than_any_other_is_the_largest() -> None:
    assert records("Fuel took 35% of the increase, a much bigger share than any other household cost.")
    assert records("Fuel Took 35% Of The Increase, A Much Bigger Share Than Any Other Household Cost")
    assert not records("Water is more important than any other issue, said 4 mayors.")


# --- firsts of a series --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kestrel has raised $40 million in its first seed round.",
    "It was the first full year of the 3 new mills.",
    "About 67% of pupils got their first dose in 2031.",
    "Graduates earning their first degrees numbered 8,300 this spring.",
    "Fewer applicants won a seat at their first choice college, 58% of them.",
])
def test_a_first_of_a_series_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ostland's crew won its first gold medal in rowing, after 40 years.",
    "The probe returned its first comet dust, 120 grams, to the lab.",
])
def test_a_first_achievement_stays_a_claim(text: str) -> None:
    assert records(text)


# --- leading: one leader, and ranked ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Industry leaders met 40 ministers in Ostia.",
    "Market leaders Kestrel and Ostbank hold 80% of sales.",
    "Drones can lead the way in mapping the coast for 3 councils.",
])
def test_several_leaders_or_a_pioneers_effort_is_no_first_place(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ostland is the market leader, with 50% of sales.",
    "Ostland led the way in housing starts, with 4,000.",
    "Growers from Ostland led the way with 3,260 entries.",
])
def test_one_leader_or_leading_a_measure_stays_first_place(text: str) -> None:
    assert records(text)


# --- a historic figure mark ------------------------------------------------------------------

def test_a_figure_called_a_historic_mark_is_a_claim() -> None:
    assert title_records("Ostland's bank accounts hit historic 50 crore mark")
    assert records("Gold hit a historic $5,000 level on Monday.")


@pytest.mark.parametrize("text", [
    "The ferry line marked a historic milestone, 60 years of sailings.",
    "The historic 1920 mark on the town hall was restored for 40,000 crowns.",
])
def test_an_anniversary_or_a_year_is_no_historic_mark(text: str) -> None:
    assert not records(text)


# --- names and opinions ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ferry lines put their highest priority on punctuality, with 4 audits a year.",
    "Ostland has exceeded the World Rowing Council target of 60%.",
])
def test_a_priority_or_a_world_body_is_no_claim(text: str) -> None:
    assert not records(text)


@pytest.mark.parametrize("text", [
    "Ferry lines showed the highest rate of checks, at 9%.",
    "Ostland's yields exceeded the world average by 12%.",
])
def test_a_measured_superlative_or_the_world_stays_a_claim(text: str) -> None:
    assert records(text)


# --- more of a thing than ever, its clause between ---------------------------------------------

def test_more_of_a_thing_than_ever_with_its_clause_between_is_a_claim() -> None:
    assert records("More walkers crossed the old bridge this spring than ever before.")


@pytest.mark.parametrize("text", [
    "More voters think it is more important than ever, said 4 of the 9 mayors.",
    "More farmers say the weather, not prices, matters more than ever.",
])
def test_an_opinion_than_ever_stays_out(text: str) -> None:
    assert not records(text)


# --- leading with a figure -------------------------------------------------------------------

def test_leading_with_a_figure_is_first_place_at_it() -> None:
    figures = read_sentence("The farmers' party leads with 48.2%, followed by the greens with 20.1%.").figures
    assert [f.value for f in figures if f.kind == "record"] == [48.2]


@pytest.mark.parametrize("text", [
    "The survey was led by the Ost Institute with 40 researchers.",
    "She leads with a smile and 3 jokes a day.",
])
def test_led_by_or_leading_with_no_figure_is_no_first_place(text: str) -> None:
    assert not records(text)
