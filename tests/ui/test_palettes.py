"""Both colour sets meet WCAG: 4.5:1 for every text in the default theme (AA), 7:1 in the high-contrast
theme (AAA), and 3:1 for the focus ring against what it is drawn beside."""

from __future__ import annotations

import pytest

from app.ui.palettes import (
    DEFAULT,
    HIGH_CONTRAST,
    contrast_ratio,
    focus_pairs,
    relative_luminance,
    text_pairs,
)


def test_the_contrast_maths_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic near miss
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError, match="rrggbb"):
        relative_luminance("red")


@pytest.mark.parametrize(("palette", "least"), [(DEFAULT, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_text_is_readable(palette, least) -> None:
    pairs = text_pairs(palette)
    assert len(pairs) >= 20
    weak = {
        what: round(contrast_ratio(*pair), 2) for what, pair in pairs.items() if contrast_ratio(*pair) < least
    }
    assert weak == {}


@pytest.mark.parametrize("palette", [DEFAULT, HIGH_CONTRAST])
def test_the_focus_ring_stands_out(palette) -> None:
    weak = {what: round(contrast_ratio(*pair), 2) for what, pair in focus_pairs(palette).items()}
    assert all(ratio >= 3.0 for ratio in weak.values()), weak


def test_high_contrast_is_black_white_and_yellow_with_thick_borders() -> None:
    assert {HIGH_CONTRAST.paper, HIGH_CONTRAST.ink, HIGH_CONTRAST.primary} == {
        "#000000",
        "#ffffff",
        "#ffff00",
    }
    assert HIGH_CONTRAST.border > DEFAULT.border
