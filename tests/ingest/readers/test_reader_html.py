"""Web pages saved from a browser: the article is kept, the site around it dropped, nothing run or fetched."""

from __future__ import annotations

from pathlib import Path

from readers_support import STRUCTURE_KEYS, import_alone, structure

from desktop_app.ingest.readers import read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="big5"><title>台美發布5G共同宣言 | 科技新聞網</title>
<meta property="article:published_time" content="2020-08-27T10:00:00+08:00">
<script>document.write('腳本文字'); fetch('http://example.invalid/track')</script><style>p{color:red}</style></head>
<body class="has-sidebar"><header class="site-header"><nav><a href="/">首頁</a><a href="/news">新聞列表</a></nav>
<div class="login-box">請登入會員以閱讀全文</div></header>
<div class="layout"><article><header class="post-header"><h1>台美發布5G共同宣言</h1></header>
<p>8月26日，台灣正式成為美國
「乾淨網路」計畫夥伴。</p>
<p>雙方共同發表<a href="javascript:alert(1)">「5G安全共同宣言」</a>，提出評估供應商的4大要點。<img src="file:///etc/passwd" alt="機密圖片"></p>
<ul><li>供應商是否受外國政府控制。</li><li>資金來源是否公開。</li></ul>
<table><tr><th>業者</th><th>設備</th></tr><tr><td>中華電信</td><td>諾基亞、愛立信</td></tr></table>
<div class="share-tools">分享到社群</div><form><input name="email"><button>訂閱電子報</button></form>
<footer>延伸閱讀：其他文章</footer></article>
<aside><h2>熱門文章</h2><p>別的新聞標題</p></aside></div>
<footer>&copy; 科技新聞網 版權所有</footer></body></html>"""


def test_article_body_is_found_and_chrome_dropped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp950"))
    paragraphs = read_file(path)[1].text.split("\n\n")
    assert paragraphs == [
        "台美發布5G共同宣言",
        "2020-08-27",
        "8月26日，台灣正式成為美國「乾淨網路」計畫夥伴。",
        "雙方共同發表「5G安全共同宣言」，提出評估供應商的4大要點。",
        "• 供應商是否受外國政府控制。",
        "• 資金來源是否公開。",
        "業者 | 設備",
        "中華電信 | 諾基亞、愛立信",
    ]


def test_page_without_article_element_uses_the_densest_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><body><div id='menu'><p>首頁</p></div><div class='story'><h1>頻譜政策</h1>"
        "<p>第一段說明頻譜拍賣的時程與規則。</p><p>第二段說明業者的回應。</p></div>"
        "<div class='footer'>聯絡我們</div></body></html>",
        encoding="utf-8",
    )
    assert read_file(path)[1].text.split("\n\n") == ["頻譜政策", "第一段說明頻譜拍賣的時程與規則。", "第二段說明業者的回應。"]


def test_imported_page_keeps_only_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp950"))
    stored = import_alone(path, tmp_path / "library.sqlite")
    text = stored["documents"][0]["text"] + "".join(s["text"] + s["heading"] for s in stored["sections"])
    for absent in ("<", "javascript:", "file:", "腳本文字", "example.invalid", "請登入", "訂閱", "分享到", "熱門文章", "版權所有"):
        assert absent not in text
    assert "乾淨網路" in text


def test_a_report_published_as_a_web_page_reads_as_its_text(tmp_path: Path) -> None:
    """A report numbered from 一、 as a page: headings, paragraphs, the delegation in a table, and a <title> that only
    says 報告. It extracts as its text does; the title does not stand above the report's own."""
    fixtures = Path(__file__).parents[2] / "fixtures"
    from_page = import_alone(fixtures / "telwg67_report_page.html", tmp_path / "page.sqlite")
    from_text = import_alone(fixtures / "telwg67_numbered_body_report.txt", tmp_path / "text.sqlite")
    for key in STRUCTURE_KEYS:
        assert structure(from_page)[key] == structure(from_text)[key], key
    assert from_page["documents"][0]["title"] == from_text["documents"][0]["title"] == "參加APEC電信暨資訊工作小組第67次會議報告"


def test_the_page_date_is_read_in_any_shape_a_dateline_takes_and_given_once(tmp_path: Path) -> None:
    """A stamp in English words gives the date line; a body that already writes its date (an ROC year) gets none."""
    english = tmp_path / "english.html"
    english.write_text(
        "<html><head><meta name='date' content='May 4, 2024'></head><body><article><h1>Spectrum auction opens</h1>"
        "<p>The regulator opened the 3.5 GHz auction.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_file(english)[1].text.split("\n\n")[:2] == ["Spectrum auction opens", "May 4, 2024"]
    roc = tmp_path / "roc.html"
    roc.write_text(
        "<html><head><meta name='date' content='2024-05-04'></head><body><article><h1>頻譜釋出公告</h1>"
        "<p>發布日期：民國113年5月4日</p><p>本會公告釋出頻譜。</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_file(roc)[1].text.split("\n\n") == ["頻譜釋出公告", "發布日期：民國113年5月4日", "本會公告釋出頻譜。"]
