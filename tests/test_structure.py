"""The reply parser: metadata, blocks and sentences with offsets into the normalised text."""

from loaders.structure import normalise, parse, split_sentences

from .conftest import SEED


def test_reply_header_metadata_is_read():
    parsed = parse(SEED.read_text(encoding="utf-8"))
    header = parsed.header
    assert parsed.kind == "Reply"
    assert header["doc_number"] == "沪科建复〔2025〕40号"
    assert header["title"] == "对市十六届人大三次会议 第1310号代表建议的答复"
    assert header["session"] == "市十六届人大三次会议"
    assert header["proposal_number"] == "1310"
    assert header["deputy"] == "贺仁龙"
    assert header["suggestion_title"] == "关于强化科技创新策源功能、推动上海产业高端化发展的建议"
    assert header["result"] == "解决采纳"
    assert header["publicity"] == "主动公开·全文"
    assert header["date"] == "2025-08-01"
    assert parsed.issuer_names == ["上海市科学技术委员会"]
    assert parsed.cc == ["市政府办公厅建议提案处", "市人大常委会代表工委"]
    assert parsed.contact["联系人姓名"] == "陆文斌"


def test_parts_sections_and_inline_items_nest():
    parsed = parse(SEED.read_text(encoding="utf-8"))
    parts = parsed.blocks
    assert [p.heading for p in parts] == ["近年相关工作情况", "对相关建议的答复"]
    first_section = parts[0].children[0]
    assert first_section.kind == "section"
    assert [i.heading for i in first_section.children] == [
        "聚焦重点领域开展体系化布局", "深化推进基础研究先行区建设", "强化产业需求导向的科研攻关机制",
        "深化推进科技人才分类评价改革综合试点工作",
    ]
    assert [s.heading for s in parts[1].children][0] == "积极开展“非共识”选题机制探索实践"


def test_markdown_bold_is_layout_not_text():
    parsed = parse(SEED.read_text(encoding="utf-8"))
    assert "**" not in parsed.text
    headings = [b.heading for b in parsed.all_blocks()]
    assert "强化上海技术交易所功能建设" in headings


def test_lines_broken_inside_a_sentence_are_joined():
    text = "一、情况\n\n（一）持续强化科技成果转化体系建设。一是积极推动科技\n\n成果完全赋权。自 2023 年起推进。\n"
    assert "积极推动科技成果完全赋权" in normalise(text)


def test_headings_and_titles_are_not_joined_to_the_next_line():
    text = "上海市科学技术委员会\n\n沪科建复〔2025〕40号\n\n对市十六届人大三次会议 第1310号代表建议的答复\n\n贺仁龙代表：\n"
    assert normalise(text) == text


def test_sentence_offsets_slice_the_text():
    parsed = parse(SEED.read_text(encoding="utf-8"))
    assert parsed.sentences
    for sentence in parsed.sentences:
        assert parsed.text[sentence.start : sentence.end] == sentence.text
    for block in parsed.all_blocks():
        assert parsed.text[block.heading_start : block.heading_end].strip() == block.heading


def test_sentences_keep_closing_quotes():
    sentences = split_sentences("他说：“好。”然后走了。")
    assert [s.text for s in sentences] == ["他说：“好。”", "然后走了。"]


def test_numbered_items_with_responsibility_notes():
    text = "各单位：\n\n一、任务\n\n（一）更新行动\n\n1.完成旧住房修缮更新60万平方米。（牵头单位：区住房保障房屋管理局）\n\n2.推进5个“美丽街区”建设。（牵头单位：区绿化市容局，支撑单位：相关街镇）\n"
    parsed = parse(text)
    items = [b for b in parsed.all_blocks() if b.kind == "item"]
    assert [i.heading for i in items] == ["完成旧住房修缮更新60万平方米", "推进5个“美丽街区”建设"]
