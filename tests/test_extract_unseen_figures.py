"""extract: figure shapes found by reading articles the extractor had never seen: pence,
more currencies, minus signs, temperatures, durations, ranks moved from, hyphenated counts.

Every sentence here is written for the project. Each rule has the case it fixes and a near
miss whose reading must not change.
"""

from __future__ import annotations

from generator.extract import read_sentence


def figures(text: str) -> list[tuple[str, object, str | None]]:
    return [(f.kind, f.value, f.unit) for f in read_sentence(text).figures if f.value is not None]


# --- pence ---------------------------------------------------------------------------------


def test_pence_glued_to_a_number_are_a_sum_in_pence() -> None:
    assert figures("The bakery paid a dividend of 3.15p a share.") == [("quantity", 3.15, "GBp")]
    # With decimals elsewhere in the sentence, or a word of money, a whole number is pence too.
    assert figures("The interim payout was 1.5p, taking the total to 4p.") == [
        ("quantity", 1.5, "GBp"), ("quantity", 4, "GBp")
    ]
    assert figures("A loaf now costs 12p more at the village shop.") == [("quantity", 12, "GBp")]
    assert figures("Cider duty rose by 7 pence a litre.") == [("quantity", 7, "GBp")]


def test_a_glued_p_that_is_no_money_stays_out() -> None:
    # A video mode, and a glued "p" with no money around it.
    assert figures("The ferry camera records 720p video at dawn.") == []
    assert figures("The kiosk sells tickets for 1080p screens at a price of £90.") == [("quantity", 90, "GBP")]
    assert figures("The 4p rule of the rowing club was dropped.") == []
