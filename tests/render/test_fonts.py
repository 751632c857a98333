"""A font that draws Chinese is found before anything prints, and its absence is one plain line."""

from __future__ import annotations

import pytest

from desktop_app.render.fonts import FontMissing, cjk_family, require_cjk_family


def test_the_first_installed_family_that_draws_chinese_wins(qapp) -> None:
    assert cjk_family(("No Such Family", "Noto Sans CJK TC")) == "Noto Sans CJK TC"
    assert cjk_family(("DejaVu Sans",), any_installed=False) is None  # installed, but draws no Chinese


def test_no_chinese_font_is_one_plain_line(qapp) -> None:
    with pytest.raises(FontMissing) as raised:
        require_cjk_family(("No Such Family", "DejaVu Sans"), any_installed=False)
    message = str(raised.value)
    assert "\n" not in message and "no Chinese font found" in message and "fonts-noto-cjk" in message
