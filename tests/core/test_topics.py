"""The topic taxonomy: the required ids, and tagging by Chinese and English keywords."""

from __future__ import annotations

import pytest

from desktop_app.core.topics import taxonomy

REQUIRED_IDS = (
    "5g", "6g", "ai", "cybersecurity", "spectrum", "connectivity", "resilience", "satellite", "conformity", "iot",
    "cloud", "skills", "fraud", "privacy", "blockchain", "supply_chain", "subsea_cables", "open_ran", "ipv6",
    "digital_government",
)


def test_the_twenty_required_ids_are_there_with_labels_and_keywords() -> None:
    assert set(REQUIRED_IDS) <= set(taxonomy().ids())
    for topic_id in REQUIRED_IDS:
        topic = taxonomy().get(topic_id)
        assert topic is not None and topic.zh and topic.en, topic_id
        assert topic.keywords_zh and topic.keywords_en, topic_id


@pytest.mark.parametrize(
    ("text", "topic_id"),
    [
        ("推動5G專網應用", "5g"),
        ("展望6G技術發展", "6g"),
        ("生成式人工智慧的治理", "ai"),
        ("強化資安防護", "cybersecurity"),
        ("釋出3.5GHz頻段的頻譜", "spectrum"),
        ("偏鄉寬頻建設", "connectivity"),
        ("災害時的網路韌性", "resilience"),
        ("低軌衛星通訊", "satellite"),
        ("電信設備審驗與相互承認", "conformity"),
        ("物聯網裝置", "iot"),
        ("政府雲端服務", "cloud"),
        ("數位人才培訓", "skills"),
        ("打擊詐騙簡訊", "fraud"),
        ("個人資料保護", "privacy"),
        ("區塊鏈應用", "blockchain"),
        ("供應鏈安全", "supply_chain"),
        ("海底電纜中斷", "subsea_cables"),
        ("推動Open RAN", "open_ran"),
        ("IPv6 部署", "ipv6"),
        ("數位政府服務", "digital_government"),
    ],
)
def test_chinese_keywords_tag(text: str, topic_id: str) -> None:
    assert topic_id in taxonomy().tag(text)


@pytest.mark.parametrize(
    ("text", "topic_id"),
    [
        ("artificial intelligence governance", "ai"),
        ("a zero trust cybersecurity model", "cybersecurity"),
        ("Internet of Things devices", "iot"),
        ("submarine cable repair", "subsea_cables"),
        ("mutual recognition arrangement", "conformity"),
        ("scam calls", "fraud"),
        ("personal data protection", "privacy"),
    ],
)
def test_english_keywords_tag_case_insensitively(text: str, topic_id: str) -> None:
    assert topic_id in taxonomy().tag(text)


def test_latin_keywords_match_whole_words_only() -> None:
    assert "ai" not in taxonomy().tag("the chair said")
    assert "iot" not in taxonomy().tag("an idiot proof plan")
    assert taxonomy().tag("") == []


def test_tags_follow_taxonomy_order_without_repeats() -> None:
    tags = taxonomy().tag("海纜與5G以及5G的資安")
    assert tags == [topic_id for topic_id in taxonomy().ids() if topic_id in tags]
    assert len(tags) == len(set(tags))


def test_resolve_by_id_label_or_keyword() -> None:
    assert taxonomy().resolve("subsea_cables") == "subsea_cables"
    assert taxonomy().resolve("海纜") == "subsea_cables"
    assert taxonomy().resolve("Cloud") == "cloud"
    assert taxonomy().resolve("gardening") is None


def test_a_topic_resolves_from_its_label_typed_full_width() -> None:
    assert taxonomy().resolve("ＳＰＥＣＴＲＵＭ") == taxonomy().resolve(" spectrum ") == "spectrum"


def test_a_service_provider_is_no_supply_chain_and_an_equipment_vendor_is() -> None:
    """供應商 alone tagged every section about a service provider (服務供應商) with supply chain."""
    assert "supply_chain" not in taxonomy().tag("要求當地無線網路服務供應商提供災害漫遊")
    assert "supply_chain" in taxonomy().tag("評估網路設備供應商的可信度")
