"""classify: field words that name their theme in any article of the field: "FDI" (economy),
"sea ice" and a shark "attack" or "bite" (ocean), and the "satellite record" of measurements
(earth observation, no space news). Invented sentences only, each with a near miss."""

from __future__ import annotations

from tests.classify_helpers import themes_by_value as by_value


def test_fdi_names_the_economy() -> None:
    text = ("FDI into Norland fell 14% to $8.3 billion last year.\n\n"
            "FDI from its neighbours held up. Flows to the capital were stable at $2.6 billion.")
    themes = by_value(text, "Investment flows slow")
    assert themes[14] == themes[8300000000] == themes[2600000000] == "economy"


def test_a_lower_case_fdi_is_no_acronym() -> None:
    # Acronym cues match their capitals only: a made-up lower-case "fdi" names nothing.
    text = "The fdi club grew 14% to 830 members.\n\nIts fdi stall sold 260 pies."
    assert set(by_value(text).values()) == {"general"}


def test_sea_ice_names_the_ocean() -> None:
    text = ("Arctic sea ice shrank to 4.1 million square kilometres in September.\n\n"
            "The sea ice minimum was 300,000 square kilometres below the average. "
            "The melt season lasted 5 days longer.")
    themes = by_value(text, "Arctic ice at its low")
    assert set(themes.values()) == {"ocean"}


def test_sea_level_alone_stays_weak() -> None:
    assert by_value("The new terminal stands 6 metres above sea level.")[6] == "general"


def test_a_shark_attack_is_the_sea_animals() -> None:
    text = ("Beaches recorded 41 shark attacks last year, 7 fewer than before.\n\n"
            "Shark bites were most common among surfers. 3 of them were fatal.")
    themes = by_value(text, "Fewer attacks on swimmers")
    assert set(themes.values()) == {"ocean"}


def test_a_loan_shark_stays_out() -> None:
    text = "Police arrested a loan shark who charged 300% interest.\n\nHe lent to 41 families."
    assert set(by_value(text).values()) == {"general"}


def test_the_satellite_record_is_earth_observation() -> None:
    text = ("Lake ice covered 12% less area than in any year of the satellite record.\n\n"
            "The lake froze 9 days later than usual.")
    assert set(by_value(text, "Lake ice at a low").values()) == {"general"}


def test_a_satellite_in_orbit_stays_space() -> None:
    assert by_value("The satellite reached its orbit 540 km above the Earth.")[540] == "space"
