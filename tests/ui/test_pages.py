"""Detail pages built from the seeded library, without Qt: content, links, and escaping of document text."""

from __future__ import annotations

import re

from sqlalchemy import select

from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.ui.history import History
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages import economy, render, topic
from desktop_app.ui.pages.base import esc as esc_text
from desktop_app.ui.pages.import_summary import ImportLine, render_import_summary
from desktop_app.ui.urls import parse_url


def test_every_page_kind_renders_in_both_languages(seeded_library: Library) -> None:
    meeting = queries.meetings(seeded_library)[0]
    person = queries.people(seeded_library)[0]
    urls = [
        "telref://welcome", "telref://economy/TW", "telref://topic/5g", "telref://document/2", "telref://section/3",
        f"telref://meeting/{meeting.id}", f"telref://session/{meeting.sessions[0].id}", f"telref://person/{person.id}",
        "telref://bookmarks",
    ]
    for lang in ("zh", "en"):
        for url in urls:
            page = render(seeded_library, url, Strings(lang))
            assert page.url == url and page.title and "<style>" in page.html, url
            assert Strings(lang)("page_not_found") not in page.html, url


def test_meeting_page_has_the_overview(seeded_library: Library) -> None:
    meeting = next(mt for mt in queries.meetings(seeded_library) if "68" in mt.name)
    html = render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en")).html
    for label in ("Dates", "Place", "Chair", "Economies present", "Agenda"):
        assert label in html
    assert 'href="telref://economy/PE"' in html and 'href="telref://session/' in html


def test_unknown_and_foreign_addresses_are_not_found(seeded_library: Library) -> None:
    strings = Strings("zh")
    for url in ("telref://section/999999", "http://example.com/", "file:///etc/passwd", "telref://nope/1"):
        assert render(seeded_library, url, strings).title == strings("page_not_found")
    assert parse_url("http://example.com") is None


def test_document_text_is_escaped_everywhere(seeded_library: Library) -> None:
    hostile = '<script>alert(1)</script><img src="http://x/y.png">'
    with seeded_library.transaction() as session:
        section = session.get(m.Section, 3)
        section.heading = hostile
        section.text = hostile
        section.document.title = hostile
    for url in ("telref://section/3", "telref://document/2" if section.document_id == 2 else "telref://document/1"):
        html = render(seeded_library, url, Strings("zh")).html
        assert "<script>" not in html and "<img" not in html
        assert "&lt;script&gt;" in html


def test_history_goes_back_and_forward_like_a_browser() -> None:
    history = History()
    for url in ("a", "b", "c"):
        history.visit(url)
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b"
    history.visit("d")
    assert not history.can_go_forward() and history.back() == "b"


def test_figure_captions_and_source_notes_are_set_apart_from_body_text() -> None:
    from desktop_app.ui.pages.base import paragraphs

    html = paragraphs("本段正文。\n圖 3：我國代表簡報<政策>\n資料來源：團員拍攝")
    assert html == (
        "<p>本段正文。</p>"
        '<p class="caption">圖 3：我國代表簡報&lt;政策&gt;</p>'
        '<p class="caption">資料來源：團員拍攝</p>'
    )


def test_session_page_lists_updates_by_economy_name_in_the_readers_language(seeded_library) -> None:
    from desktop_app.core import queries
    from desktop_app.ui.i18n import Strings
    from desktop_app.ui.pages import render

    meeting = queries.meetings(seeded_library)[0]
    dpsg = next(s for s in meeting.sessions if s.body == "DPSG")
    english = render(seeded_library, f"telref://session/{dpsg.id}", Strings("en")).html
    chinese = render(seeded_library, f"telref://session/{dpsg.id}", Strings("zh")).html
    for name in ("Australia", "China", "Indonesia", "United States"):
        assert f">{name}</a>" in english
    assert ">澳洲</a>" in chinese and ">澳洲</a> <a class=\"badge\"" not in chinese


def test_next_links_read_a_document_from_its_first_section_to_its_last(seeded_library: Library) -> None:
    strings = Strings("en")
    for document in queries.documents(seeded_library):
        reading_order = [section.id for section in queries.document(seeded_library, document.id).sections]
        visited, section_id = [], reading_order[0]
        while section_id is not None:
            visited.append(section_id)
            html = render(seeded_library, f"telref://section/{section_id}", strings).html
            pager = html[html.index('class="pager"'):] if len(reading_order) > 1 else ""
            previous = re.search(r'Previous: <a href="telref://section/(\d+)"', pager)
            following = re.search(r'Next: <a href="telref://section/(\d+)"', pager)
            assert (int(previous.group(1)) if previous else None) == (visited[-2] if len(visited) > 1 else None)
            section_id = int(following.group(1)) if following else None
        assert visited == reading_order


def test_a_person_page_lists_the_sections_that_name_them_with_the_name_marked(seeded_library: Library) -> None:
    people = {person.name: person for person in queries.people(seeded_library)}
    for name in ("沈信雄", "Hector Urrea"):
        html = render(seeded_library, f"telref://person/{people[name].id}", Strings("en")).html
        mentions = html[html.index("Mentioned in"):]
        assert f'<b class="hit">{name}</b>' in mentions and 'href="telref://section/' in mentions


def test_a_person_page_gives_one_row_per_meeting_with_its_dates_roles_and_where_they_are_found(
    seeded_library: Library,
) -> None:
    people = {person.name: person for person in queries.people(seeded_library)}
    head = people["沈信雄"]  # on the cover's delegation list and named head of delegation in the text
    assert {role.role for role in head.roles} == {"delegate", "head_of_delegation"}
    meeting = head.roles[0].meeting
    html = render(seeded_library, f"telref://person/{head.id}", Strings("en")).html
    roles = html[html.index("<h2>Roles</h2>"):html.index("Mentioned in")]
    assert roles.count(f'href="telref://meeting/{meeting.id}"') == 1
    assert "Delegate, Head of delegation" in roles and "4 May 2024 – 9 May 2024" in roles
    section = next(role.section_id for role in head.roles if role.section_id)
    assert f'href="telref://section/{section}"' in roles
    listed_only = next(
        person for person in people.values() if person.roles and all(role.section_id is None for role in person.roles)
    )
    html = render(seeded_library, f"telref://person/{listed_only.id}", Strings("zh")).html
    roles = html[html.index("<h2>職務</h2>"):]
    assert f'href="telref://document/{meeting.document_id}"' in roles and "出處" in roles


def test_an_economy_s_attendance_gives_each_meeting_s_dates(seeded_library: Library) -> None:
    meeting = queries.meetings(seeded_library)[0]
    html = render(seeded_library, "telref://economy/PE", Strings("zh")).html
    attendance = html[html.index("<h2>出席紀錄</h2>"):html.index("<h2>經濟體國情報告</h2>")]
    row = attendance[attendance.index(f'href="telref://meeting/{meeting.id}"'):]
    assert row.index("2024年5月4日 – 2024年5月9日") < row.index("出席") < row.index("</tr>")


def test_long_topic_and_economy_lists_are_cut_with_a_note_saying_how_many(seeded_library: Library, monkeypatch) -> None:
    strings = Strings("en")
    full = render(seeded_library, "telref://topic/5g", strings).html
    total = full.count("<h3>")
    assert total > 2 and f"Sections ({total})" in full and "newest" not in full
    monkeypatch.setattr(topic, "LISTED_SECTIONS", 2)
    monkeypatch.setattr(economy, "LISTED_SECTIONS", 2)
    cut = render(seeded_library, "telref://topic/5g", strings).html
    assert cut.count("<h3>") == 2 and f"Sections ({total})" in cut and f"The newest 2 of {total} sections" in cut
    mentions = render(seeded_library, "telref://economy/TW", strings).html.split("Mentioned in")[-1]
    assert mentions.count('href="telref://section/') == 2 and "The newest 2 of" in mentions


def test_a_meeting_page_lists_updates_by_economy_session_and_topics_and_the_next_meeting_once(
    seeded_library: Library,
) -> None:
    meeting = queries.meeting_detail(seeded_library, queries.meetings(seeded_library)[0].id)
    html = render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en")).html
    assert meeting.next_meeting in meeting.decisions and html.count(esc_text(meeting.next_meeting)) == 1
    updates = html[html.index("<h2>Economy updates</h2>"):].split("</table>")[0]
    assert "<th>Session</th>" in updates and "<th>Topics</th>" in updates
    korea = next(update for update in meeting.updates if update.economy == "KR")
    assert f'<a href="telref://update/{korea.id}">Korea</a>' in updates and 'class="topic"' in updates


def test_a_meeting_page_lists_each_delegate_once_with_every_role(seeded_library: Library) -> None:
    meeting = queries.meetings(seeded_library)[0]
    html = render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en")).html
    delegation = html[html.index("<h2>Delegation and officers</h2>"):]
    assert delegation.count(">沈信雄</a>") == 1
    row = delegation[delegation.index(">沈信雄</a>"):].split("</tr>")[0]
    assert "Delegate" in row and "Head of delegation" in row


def test_pages_of_things_a_reader_cites_carry_a_reference_line_in_the_reader_s_language(seeded_library: Library) -> None:
    report = next(document for document in queries.documents(seeded_library) if document.kind == "trip_report")
    section = next(section for section in queries.document(seeded_library, report.id).sections if section.path)
    zh = render(seeded_library, f"telref://section/{section.id}", Strings("zh")).reference
    assert zh == f"〈{f'{section.label} {section.heading}'.strip()}〉，《{report.title}》，{' › '.join(section.path)}，2024年5月9日。"
    en = render(seeded_library, f"telref://section/{section.id}", Strings("en")).reference
    assert en.startswith("“") and f"”, {report.title}, " in en and en.endswith(", 9 May 2024.")
    meeting = queries.meetings(seeded_library)[0]
    for url in (f"telref://document/{report.id}", f"telref://meeting/{meeting.id}", f"telref://session/{meeting.sessions[0].id}"):
        assert render(seeded_library, url, Strings("zh")).reference.endswith("。"), url
    assert render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en")).reference.endswith("4 May 2024 – 9 May 2024.")
    for url in ("telref://welcome", "telref://economy/KR", "telref://topic/5g", "telref://bookmarks"):
        assert render(seeded_library, url, Strings("zh")).reference == "", url


def test_an_update_whose_heading_is_its_economy_s_name_is_titled_once(seeded_library: Library) -> None:
    with seeded_library.session() as session:
        update = session.scalars(select(m.CountryUpdate).where(m.CountryUpdate.heading == "韓國")).first()
    assert update is not None
    page = render(seeded_library, f"telref://update/{update.id}", Strings("en"))
    assert page.title == "Korea" and page.reference.startswith("“Korea”, ")
    assert "<h1>Korea</h1>" in page.html, "headed as titled, in the reader's language"
    reported = page.html[page.html.index("Reported in"):].split("</tr>")[0]
    assert f'href="telref://section/{update.section_id}"' in reported
    document_id = queries.country_update(seeded_library, update.id).meeting.document_id
    assert f'href="telref://document/{document_id}"' in reported and "Source document" not in page.html


def test_a_section_lists_an_update_named_by_its_economy_with_one_name(seeded_library: Library) -> None:
    with seeded_library.session() as session:
        update = session.scalars(select(m.CountryUpdate).where(m.CountryUpdate.heading == "韓國")).first()
    assert update is not None and update.section_id is not None
    html = render(seeded_library, f"telref://section/{update.section_id}", Strings("zh")).html
    listed = html[html.index("<h2>經濟體國情報告</h2>"):].split("</ul>")[0]
    assert f'<a href="telref://update/{update.id}">國情報告</a>' in listed
    assert listed.count("韓國") == 1


def test_a_meeting_page_offers_to_search_its_report_on_screen_only(seeded_library: Library) -> None:
    from desktop_app.briefing.page import page_brief

    meeting = queries.meetings(seeded_library)[0]
    page = render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en"))
    assert f'href="telref://search-in-meeting/{meeting.id}">Search this meeting' in page.html
    assert "search-in-meeting" not in page_brief(page.title, page.html).blocks[0].html


def test_the_import_summary_names_documents_of_the_same_title() -> None:
    lines = [ImportLine("v2.txt", "added", "報告", 5, "", namesakes=(2,)), ImportLine("a.txt", "added", "其他", 6, "")]
    html = render_import_summary(lines, False, Strings("en")).html
    assert html.count("Same title as documents already here") == 1 and 'href="telref://document/2">#2</a>' in html


def test_the_import_summary_says_what_each_document_was_read_as() -> None:
    from datetime import date

    from desktop_app.ingest.extracted import Extracted

    lines = [
        ImportLine("r.pdf", "added", "報告", 5, "", extracted=Extracted("trip_report", "APEC TELWG 65", 3, 4, 1)),
        ImportLine("n.html", "added", "新聞", 6, "", extracted=Extracted("news_article", published=date(2024, 5, 15))),
        ImportLine("x.txt", "added", "筆記", 7, "", extracted=Extracted("document")),
    ]
    zh = render_import_summary(lines, False, Strings("zh")).html
    assert "出國報告：APEC TELWG 65 · 3 個議程 · 4 則國情報告 · 1 位人物" in zh
    assert "新聞 · 2024年5月15日" in zh and "文件</span>" in zh
    assert "Trip report: APEC TELWG 65 · 3 agenda sessions · 4 economy updates · 1 person" in render_import_summary(
        lines, False, Strings("en")
    ).html


def test_a_person_page_searches_on_the_librarys_prepared_engine(seeded_library: Library) -> None:
    """The window prepares the library's shared engine; a person page's mentions then read none of the
    library's state again."""
    from desktop_app.search.engine import SearchEngine

    SearchEngine.of(seeded_library).prepare()
    person = next(person for person in queries.people(seeded_library) if person.name == "沈信雄")
    statements: list[str] = []
    reader = seeded_library.reader()
    reader.set_trace_callback(statements.append)
    try:
        html = render(seeded_library, f"telref://person/{person.id}", Strings("en")).html
    finally:
        reader.set_trace_callback(None)
    assert "Mentioned in" in html and any("search_postings" in statement for statement in statements)
    assert not any("FROM documents" in statement or "FROM search_documents" in statement for statement in statements)


def test_a_meeting_page_shows_no_time_column_for_an_agenda_without_times(tmp_path) -> None:
    from pathlib import Path

    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library

    report = Path(__file__).parents[1] / "fixtures" / "telwg65_chapters_report.txt"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [report])
        meeting = queries.meetings(library)[0]
        html = render(library, f"telref://meeting/{meeting.id}", Strings("zh")).html
    finally:
        library.close()
    agenda = html[html.index("議程") :]
    assert "自由化指導分組（LSG）" in agenda and "<th>時間</th>" not in agenda and "<th>議程項目</th>" in agenda


def test_a_meeting_two_agencies_reported_links_each_report_and_counts_attendance_once(
    seeded_library: Library, report_seed, tmp_path
) -> None:
    """Each agency that attends writes its own trip report: a second report of TELWG 68 (another title) gives a
    second meeting, whose page links the first's and the first's it; Peru attended once, not twice."""
    from desktop_app.ingest.pipeline import import_paths

    only = queries.meetings(seeded_library)[0]
    assert "其他報告" not in render(seeded_library, f"telref://meeting/{only.id}", Strings("zh")).html
    text = report_seed.read_text(encoding="utf-8").split("\n", 1)
    second = tmp_path / "ncc_report.txt"
    second.write_text("國家通訊傳播委員會出席 APEC TELWG 第 68 次會議報告\n" + text[1], encoding="utf-8")
    people_before = queries.people_count(seeded_library)
    assert [o.status for o in import_paths(seeded_library, [second])] == ["added"]
    assert queries.people_count(seeded_library) == people_before  # the same delegates, each with a second role
    first, other = sorted((mt for mt in queries.meetings(seeded_library) if mt.number == 68), key=lambda mt: mt.id)
    for shown, linked in ((first, other), (other, first)):
        html = render(seeded_library, f"telref://meeting/{shown.id}", Strings("zh")).html
        assert "其他報告" in html and f'href="telref://meeting/{linked.id}"' in html
    peru = [a for a in queries.economy_attendance(seeded_library, "PE") if a.meeting.number == 68]
    assert [a.status for a in peru] == ["present"]
    alone = render(seeded_library, f"telref://meeting/{first.id}", Strings("en")).html
    assert "Also reported in" in alone
    listed = next(person for person in queries.people(seeded_library) if person.name == "毛胤立")  # on the cover only
    rows = render(seeded_library, f"telref://person/{listed.id}", Strings("zh")).html.split("<tr>")
    meeting_rows = [row for row in rows if 'href="telref://meeting/' in row]
    assert len(meeting_rows) == 1  # one meeting, however many reports name him in it
    assert all(f'href="telref://document/{mt.document_id}"' in meeting_rows[0] for mt in (first, other))


def test_the_english_summary_of_a_meeting_links_its_chinese_trip_report(seeded_library: Library, tmp_path) -> None:
    """APEC's own summary report of TEL68 and Taiwan's trip report on it are the same meeting: each page links
    the other, and the summary's people and updates sit beside the report's."""
    from desktop_app.ingest.pipeline import import_paths

    summary = tmp_path / "2024_tel68_summary.txt"
    summary.write_text(
        "2024/TEL68/SUMMARY\nSummary Report\n68th APEC Telecommunications and Information Working Group Meeting\n"
        "Arequipa, Peru | 4-9 May 2024\n\n"
        "1. The meeting was chaired by Mr Victor Manuel Martinez Vanegas (Mexico).\n"
        "2. The meeting was attended by delegates from Australia; Japan; Korea; Peru and Chinese Taipei.\n"
        "Agenda Item 1: Economy Reports\n3. Korea reported on its 5G private networks.\n"
        "Agenda Item 2: Closing\n4. The Chair closed the meeting.\n",
        encoding="utf-8",
    )
    outcomes = import_paths(seeded_library, [summary])
    assert [o.status for o in outcomes] == ["added"]
    report, record = sorted((mt for mt in queries.meetings(seeded_library) if mt.number == 68), key=lambda mt: mt.id)
    assert queries.document(seeded_library, record.document_id).kind == "meeting_record"
    assert (record.forum, record.start_date) == (report.forum, report.start_date)
    for shown, linked in ((report, record), (record, report)):
        html = render(seeded_library, f"telref://meeting/{shown.id}", Strings("en")).html
        assert "Also reported in" in html and f'href="telref://meeting/{linked.id}"' in html
        title = queries.titles_and_kinds(seeded_library, [linked.document_id])[linked.document_id][0]
        other_updates = html[html.index(f"Economy updates in {title}"):]
        assert all(f'telref://update/{u.id}"' in other_updates for u in queries.meeting_detail(seeded_library, linked.id).updates)
    record_page = render(seeded_library, f"telref://meeting/{record.id}", Strings("en")).html
    own = record_page[record_page.index("<h2>Economy updates</h2>"):].split("</table>")[0]
    assert "Economy Reports" in own, "the record's updates were given in its Economy Reports session"
    from_record = [u for u in queries.economy_updates(seeded_library, "KR") if u.meeting_id == record.id]
    assert [u.text for u in from_record] == ["Korea reported on its 5G private networks."]
    korea = render(seeded_library, "telref://economy/KR", Strings("en")).html
    assert f'href="telref://update/{from_record[0].id}"' in korea
    updates = korea[korea.index("<h2>Economy updates</h2>"):]
    assert updates.count("<h3>") == 1, "one meeting, whichever document reports what Korea said"
    assert updates.index("Trip report · ") < updates.index("Meeting record · "), "the trip report's first"
    on_5g = render(seeded_library, "telref://economy/KR/5g", Strings("en")).html
    assert f'href="telref://update/{from_record[0].id}"' in on_5g
    welcome = render(seeded_library, "telref://welcome", Strings("en")).html
    assert f'href="telref://meeting/{report.id}"' in welcome and f'href="telref://meeting/{record.id}"' not in welcome
    attended = [a for a in queries.economy_attendance(seeded_library, "KR") if a.meeting.number == 68]
    assert [(a.meeting.id, a.status) for a in attended] == [(report.id, "present")], "named by its trip report"


def test_what_an_economy_said_on_a_topic_has_a_page_linked_from_both(seeded_library: Library) -> None:
    """Korea's page offers each topic it is tagged with; Korea on 5G lists only its 5G updates and the 5G
    sections naming it, with a way back to all of Korea; the 5G page offers each economy's."""
    korea = render(seeded_library, "telref://economy/KR", Strings("zh")).html
    assert 'href="telref://economy/KR/5g"' in korea and 'href="telref://economy/KR/spectrum"' in korea
    on_5g = render(seeded_library, "telref://economy/KR/5g", Strings("zh"))
    assert on_5g.title == "韓國 · 5G" and 'href="telref://economy/KR"' in on_5g.html
    updates = [u for u in queries.economy_updates(seeded_library, "KR") if "5g" in u.topics]
    others = [u for u in queries.economy_updates(seeded_library, "KR") if "5g" not in u.topics]
    assert updates and all(f'telref://update/{u.id}"' in on_5g.html for u in updates)
    assert not any(f'telref://update/{u.id}"' in on_5g.html for u in others)
    total = queries.count_sections_for_economy(seeded_library, "KR", "5g")
    assert 0 < total < queries.count_sections_for_economy(seeded_library, "KR") and f"提及段落 ({total})" in on_5g.html
    assert "出席紀錄" not in on_5g.html and "出席紀錄" in korea
    topic = render(seeded_library, "telref://topic/5g", Strings("en")).html
    assert 'href="telref://economy/KR/5g"' in topic and "What each economy said:" in topic
    assert render(seeded_library, "telref://economy/KR/nonsense", Strings("zh")).title != "韓國"


def test_a_listed_section_is_placed_by_what_it_stands_under_without_repeating_its_heading(seeded_library: Library) -> None:
    """A document's opening section is headed by the document's title: its line does not say the title twice.
    Sections headed alike are told apart by the headings above them."""
    for url in ("telref://economy/KR", "telref://economy/CN"):
        html = render(seeded_library, url, Strings("zh")).html
        listed = html[html.index("<h2>提及段落"):].split("</ul>")[0]
        for item in re.findall(r"<li>(.*?)</li>", listed):
            heading = re.search(r">([^<]*)</a>", item).group(1)
            where = item.split("class='muted'>· ")[1] if "class='muted'" in item else ""
            assert heading not in where.split(" › "), item
    section = next(s for s in queries.sections_for_economy(seeded_library, "KR", 200) if s.path)
    assert esc_text(section.path[-1]) in render(seeded_library, "telref://economy/KR", Strings("zh")).html


def test_attendance_two_reports_of_a_meeting_disagree_on_says_so(seeded_library: Library) -> None:
    """The trip report lists Canada absent from TELWG 68, the forum's record present: the economy's page and
    brief say present, and that another report lists it absent; Korea, present in both, is plainly present."""
    from pathlib import Path

    from desktop_app.briefing.build import BriefRequest, build_brief
    from desktop_app.briefing.html import email_html
    from desktop_app.ingest.pipeline import import_paths

    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    canada = [a for a in queries.economy_attendance(seeded_library, "CA") if a.meeting.number == 68]
    korea = [a for a in queries.economy_attendance(seeded_library, "KR") if a.meeting.number == 68]
    assert [(a.status, a.disputed) for a in canada] == [("present", True)]
    assert [(a.status, a.disputed) for a in korea] == [("present", False)]
    assert "Present (another report lists it absent)" in render(seeded_library, "telref://economy/CA", Strings("en")).html
    report = next(mt for mt in queries.meetings(seeded_library) if mt.number == 68 and "次會議" in mt.name)
    page = render(seeded_library, f"telref://meeting/{report.id}", Strings("en")).html
    disputed = page[page.index("Another report lists otherwise"):].split("</tr>")[0]
    assert 'telref://economy/CA"' in disputed and 'telref://economy/KR"' not in disputed
    brief = email_html(build_brief(seeded_library, BriefRequest("economy", "CA", "zh")), "l.sqlite", "2024-05-10")
    assert "出席（另一份報告列為未出席）" in brief


def test_english_pages_punctuate_in_english(seeded_library: Library) -> None:
    """A label's colon and a bracket around an economy's name were the Chinese full-width ones on English pages
    (Next meeting：Peru …, Luke Slattery（Australia）)."""
    from desktop_app.ui.nav_model import NavModel

    meeting = queries.meetings(seeded_library)[0]
    html = render(seeded_library, f"telref://meeting/{meeting.id}", Strings("en")).html
    assert "</b>：" not in html and "Next meeting</b>: " in html
    model = NavModel(seeded_library, Strings("en"))
    people = next(model.index(row, 0) for row in range(model.rowCount()) if model.index(row, 0).data() == "People")
    model.fetchMore(people)
    labels = [model.index(row, 0, people).data() for row in range(model.rowCount(people))]
    assert any(label.endswith(" (Australia)") for label in labels) and not any("（" in label for label in labels)


def test_an_economy_s_updates_are_named_in_the_reader_s_language(seeded_library: Library) -> None:
    html = render(seeded_library, "telref://economy/KR/5g", Strings("en")).html
    update = next(u for u in queries.economy_updates(seeded_library, "KR") if "5g" in u.topics and u.heading == "韓國")
    assert f'href="telref://update/{update.id}">Korea</a>' in html


def test_the_welcome_page_names_documents_an_older_importer_read(seeded_library: Library) -> None:
    """A library keeps what an older TelRef extracted (30 updates where this one finds 28): the welcome page
    says which files to import again; a library this importer read says nothing of it."""
    assert "older importer" not in render(seeded_library, "telref://welcome", Strings("en")).html
    article = next(d for d in queries.documents(seeded_library) if d.kind == "news_article")
    with seeded_library.session() as session:
        session.get(m.Document, article.id).importer_version = None  # as a document imported before it was kept
        session.commit()
    html = render(seeded_library, "telref://welcome", Strings("en")).html
    assert "1 document was read by an older importer" in html and esc_text(article.source) in html


def test_a_topic_page_quotes_a_hard_wrapped_chinese_paragraph_without_spaces_inside_it(tmp_path) -> None:
    """A report wraps its lines mid-word; joining them with a space showed 資通 安全."""
    from desktop_app.core.drafts import DocumentDraft, SectionDraft
    from desktop_app.services import open_library

    wrapped = "我國分享資通\n安全與網路韌性的推動經驗，說明關鍵基礎設施\n防護措施。" * 8
    library = open_library(tmp_path / "library.sqlite")
    try:
        library.add_document(
            DocumentDraft(
                title="出國報告", kind="trip_report", source="wrapped.txt", sha256="e" * 64, text=wrapped,
                sections=[SectionDraft(0, "一、", "資安", wrapped, economies=["TW"], topics=["resilience"])],
            )
        )
        html = render(library, "telref://topic/resilience", Strings("zh")).html
    finally:
        library.close()
    quoted = re.findall(r"<p>([^<]*…)</p>", html)
    assert len(quoted) == 1 and quoted[0].startswith("我國分享資通安全與網路韌性的推動經驗")
    assert not re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", quoted[0])
