"""The reply parser: metadata, blocks and sentences with offsets into the normalised text."""

from loaders.structure import PARTY_ROLE, Span, _block_starts, _heading_end, _line_date, normalise, parse, split_sentences

from .conftest import SEED


def _reply_header(*lines: str) -> dict[str, str]:
    """The header facts of a short reply: its title line, the given lines, then one item."""
    return parse("关于第12号建议的答复\n" + "".join(f"{line}\n" for line in lines) + "一、加强建设。\n").header


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


def test_sections_numbered_by_enclosed_ideographs_nest_under_their_part_as_sections():
    text = ("关于做好就业工作的实施办法\n各县市人民政府:\n一、全面实施就业优先战略\n"
            "㈠ 强化促进就业主体责任。强化各级政府促进就业的主体责任。(牵头单位:州人社局)\n"
            "㈡ 完善经济发展与就业联动机制。建立评价机制。(牵头单位:州发改委)\n")
    part = parse(text).blocks[0]
    assert [(s.kind, s.label, s.heading) for s in part.children] == [
        ("section", "一", "强化促进就业主体责任"), ("section", "二", "完善经济发展与就业联动机制")]


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


def test_an_item_heading_whose_only_mark_is_its_numbers_comma_is_not_joined_to_the_next_line():
    text = "1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n"
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


# The cases below pin what the fast paths in loaders/structure.py (regex scans, first-character
# dispatch, cheap pre-checks) must keep doing exactly as the character loops they replaced.


def test_sentences_split_inside_a_range_and_drop_outer_whitespace():
    text = "前言\n\u3000 第一句！”）第二句?\n\n  \n尾巴"
    assert [(s.start, s.end, s.text) for s in split_sentences(text)] == [
        (0, 2, "前言"), (5, 11, "第一句！”）"), (11, 15, "第二句?"), (20, 22, "尾巴"),
    ]
    assert [s.text for s in split_sentences(text, 5, 13)] == ["第一句！”）", "第二"]
    assert split_sentences(" \n\u3000\n") == []


def test_sentence_at_between_sentences_returns_the_surrounding_window():
    parsed = parse("第一句。\n\n第二句。")
    assert parsed.sentence_at(0).text == "第一句。"
    assert parsed.sentence_at(6).text == "第二句。"
    gap = parsed.sentence_at(4)  # the blank line between them
    assert (gap.start, gap.text) == (0, parsed.text[:44])


def test_block_markers_by_their_first_character():
    text = "第一章 总则\n第二条 目的\n三、任务\n（四）分项\n(5)细项\n６．全角编号\n7、条目\n一是甲；二是乙；四是丙"
    kinds = [(kind, label) for _, kind, label, _ in _block_starts(text, Span(0, len(text)))]
    assert kinds == [("chapter", "一"), ("article", "二"), ("part", "三"), ("section", "四"), ("subitem", "5"),
                     ("item", "６"), ("item", "7"), ("inline", "一是"), ("inline", "二是")]


def test_heading_ends_at_a_responsibility_note_even_past_the_limit():
    text = "推进建设（牵头单位：市科委）"
    assert _heading_end(text, 0, len(text)) == 4
    assert _heading_end(text, 0, 5) == 4  # the note is recognised although it runs past the limit
    assert _heading_end("推进建设", 0, 4) == 4


def test_line_dates_in_every_form():
    assert _line_date("  2025年8月1日 ") == "2025-08-01"
    assert _line_date("２０２５年８月１日") == "2025-08-01"
    assert _line_date("二〇二五年八月十一日") == "2025-08-11"
    assert _line_date("2025-8-1") == "2025-08-01"
    assert _line_date("2025年8月1日印发") == ""
    assert _line_date("1900年1月1日") == ""


def test_action_plans_number_actions_and_tasks():
    text = ("关于印发行动方案的通知\n\n各区：\n\n一、统筹更新任务\n行动1：加强规划引领与任务统筹\n"
            "——任务1：协同开展专项规划编制工作\n强化规划引领。\n——任务2：推进名城保护规划编制与实施\n加快编制。\n")
    part = parse(text).blocks[0]
    action = part.children[0]
    assert (action.kind, action.heading) == ("section", "加强规划引领与任务统筹")
    assert [(b.kind, b.label, b.heading) for b in action.children] == [
        ("item", "1", "协同开展专项规划编制工作"), ("item", "2", "推进名城保护规划编制与实施")]


def test_the_closing_signature_and_date_are_not_part_of_the_last_block():
    text = "各单位：\n\n（一）加强宣传引导。\n各地区要大力宣传。\n\n国务院办公厅\n2015年5月4日\n"
    parsed = parse(text)
    assert "国务院办公厅" not in parsed.text[parsed.blocks[0].start : parsed.blocks[0].end]


def test_task_table_rows_are_blocks_with_their_unit_cells_and_end_the_prose():
    text = ("各单位：\n\n（一）开展评估考核。\n请各单位落实。\n\n附件\n\n序号\n\n工作任务\n\n推进单位\n\n1\n\n"
            "推进走马塘片区规划研究\n\n区规划资源局、区国资委\n\n2\n\n推进大徐家阁地区规划研究\n\n区商务委\n")
    parsed = parse(text)
    prose, first, second = parsed.blocks
    assert "序号" not in parsed.text[prose.start : prose.end]
    assert (first.heading, second.heading) == ("推进走马塘片区规划研究", "推进大徐家阁地区规划研究")
    assert [parsed.text[a:b] for _, a, b in first.units] == ["区规划资源局、区国资委"]


def test_joint_documents_read_issuers_from_the_title_and_the_date_from_a_signed_line():
    text = ("工业和信息化部 国家发展和改革委员会 科学技术部 财政部 人力资源和社会保障部 中国人民银行国务院国有资产监督管理委员会 "
            "国家市场监督管理总局关于开展“携手行动” 促进大中小企业融通创新（2022-2025年） 的通知\n工信部联企业〔2022〕54号\n"
            "各省、自治区、直辖市中小企业主管部门：\n一、总体要求\n（一）强化宣传引导。总结经验做法。（各有关部门负责）\n"
            "工业和信息化部    国家发展和改革委员会科学技术部财政部中华全国工商业联合会 2022年5月12日\n")
    parsed = parse(text)
    assert parsed.header["title"].endswith("的通知") and parsed.header["date"] == "2022-05-12"
    assert parsed.issuer_names[:3] == ["工业和信息化部", "国家发展和改革委员会", "科学技术部"]
    signature = parsed.text.rfind("工业和信息化部    ")
    assert all(block.end <= signature for block in parsed.all_blocks())


def test_half_width_punctuation_in_chinese_text_reads_full_width_and_is_kept_as_written():
    raw = "一、加强统筹(责任单位:市发展改革委),落实1,000万元,10:30开会。\n"
    parsed = parse(raw)
    assert parsed.text == "一、加强统筹（责任单位：市发展改革委），落实1,000万元，10:30开会。\n"
    assert parsed.written == raw and len(parsed.written) == len(parsed.text)
    assert parsed.as_written("加强统筹（责任单位") == "加强统筹(责任单位"
    plain = parse("一、加强统筹。\n")
    assert plain.written is plain.text  # nothing folded: one text, names need no second look


def test_a_title_broken_over_two_lines_is_joined():
    text = ("对区政协七届三次会议\n第24-105号提案的会办意见\n区教育局:\n沈丹提出的提案收悉,现将会办意见函告如下:\n"
            "一、严格审核确保功能设置\n上海市嘉定区地区工作办公室\n2024年3月29日\n")
    assert parse(text).header["title"] == "对区政协七届三次会议第24-105号提案的会办意见"
    reply = "关于广西壮族自治区在中越边境组织\n第二次排雷问题的复函\n国办函〔1997〕42号\n"
    assert parse(reply).header["title"] == "关于广西壮族自治区在中越边境组织第二次排雷问题的复函"


def test_inline_items_may_each_open_a_line():
    text = ("张晓花代表:\n您提出的建议已收悉,现答复如下:\n一是在小学上下学期间,门前设立临时信号灯。\n"
            "二是在学校两侧100米距离的道路设立提示标志。\n丹东市公安局\n2024年4月17日\n")
    labels = [b.label for b in parse(text).all_blocks()]
    assert labels == ["一是", "二是"]


def test_inline_items_may_open_after_a_comma_when_the_second_follows_a_stop():
    text = ("郑志荣代表:\n你们的建议已转交我局办理,现将办理情况答复如下:\n针对你们提出的建议,我局积极采纳意见,一是积极争取上级专项扶持资金;"
            "二是紧盯政策导向,提前科学规划停车场布局;三是提高土地利用效率。\n元阳县住房和城乡建设局\n")
    assert [b.label for b in parse(text).all_blocks()] == ["一是", "二是", "三是"]
    alone = "郑志荣代表:\n现答复如下:\n我局认为,一是要加强管理,这是当前的重点。\n元阳县住房和城乡建设局\n"
    assert [b.label for b in parse(alone).all_blocks()] == []  # (no 二是 after it: no list)


def test_a_letter_answering_a_suggestion_is_a_reply_and_its_unquoted_topic_is_read():
    parsed = parse("湖南省交通运输厅关于湖南省十四届人大二次会议第0312号代表建议答复的函\n湘交函〔2024〕88号\n李明代表:\n"
                   "您提出的关于加快国省道改造的建议收悉。现答复如下:\n我厅将加快推进改造。\n")
    assert parsed.kind == "Reply"
    assert parsed.header["suggestion_title"] == "关于加快国省道改造的建议"
    assert parse("湖南省交通运输厅关于做好建议答复工作的通知\n各市州交通运输局:\n请做好答复。\n").kind == "Notice"


def test_a_web_copys_source_field_names_a_writer_the_text_calls_only_we():
    parsed = parse("对十四届全国人大二次会议第1234号建议的答复摘要\n发布时间:2024-08-10 来源: 生态环境部网站 作者:佚名\n"
                   "王强代表:\n您提出的关于加强湿地保护的建议收悉。现答复如下:\n我部将加强指导。\n")
    assert parsed.issuer_names == ["生态环境部"]
    news = parse("关于加强湿地保护的报道\n来源: 新华社\n记者从有关方面获悉。\n")
    assert news.issuer_names == []


def test_a_title_broken_after_its_issuer_and_guanyu_runs_to_the_line_that_ends_it():
    parsed = parse("鄂政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的\n重点工作进行责任分解的通知\n"
                   "各镇人民政府:\n现将重点工作责任分解给你们。\n")
    assert parsed.header["title"] == "县人民政府办公室关于对县《政府工作报告》确定的重点工作进行责任分解的通知"
    assert parsed.kind == "Notice"
    unfinished = parse("国务院办公厅关于\n各省、自治区、直辖市人民政府:\n现通知如下。\n")
    assert unfinished.header["title"] == "国务院办公厅关于"  # no line ends it: nothing is joined


def test_copies_sent_up_and_a_signing_date_that_lost_its_characters_are_read():
    parsed = parse("湘阴县交通运输局\n关于县人大第63号建议的答复\n刘明代表:\n您的建议收悉。现答复如下:\n我局将及时维修。\n"
                   "湘阴县交通运输局\n2019821\n抄    报:人大联工委 县政府办     承办单位: 县交通运输局\n")
    assert parsed.header["date"] == "2019-08-21"
    assert parsed.cc == ["人大联工委", "县政府办"]
    assert "date" not in parse("关于县人大第63号建议的答复\n我局将及时维修。\n2019121\n").header  # 1月21日 or 12月1日


def test_a_web_pages_date_after_the_title_is_the_date_not_part_of_the_title():
    parsed = parse("对市十六届人大一次会议第0151号代表建议的答复 ( 2023年05月16日 )\n“关于加装电梯的建议”收悉。现答复如下:\n"
                   "我局将加快推进。\n")
    assert parsed.header["title"] == "对市十六届人大一次会议第0151号代表建议的答复"
    assert parsed.header["date"] == "2023-05-16"


def test_a_web_pages_record_fields_give_publisher_number_and_date_however_the_site_lays_them_out():
    parsed = parse("索引号: 14252495/2020-00157 信息分类: 文化、广电、新闻出版/其他 /\n"
                   "发布机构: 市文化广电和旅游局 发文日期: 2020-07-20\n文号: 连文广旅复〔2020〕75号 主题词:\n"
                   "对市政协十三届四次会议第34351号提案的答复\n孙洪香委员:\n您提出的关于做好旅游文章的提案收悉,现答复如下:\n我局将整合旅游资源。\n")
    assert parsed.issuer_names == ["市文化广电和旅游局"]
    assert parsed.header["doc_number"] == "连文广旅复〔2020〕75号"
    assert parsed.header["date"] == "2020-07-20"
    bulleted = parse("- 发布机构:滕州市住建局\n- 成文时间:2022年07月28日\n- 文 号:无\n关于第50号代表建议的答复\n我局将推进改造。\n")
    assert bulleted.issuer_names == ["滕州市住建局"] and bulleted.header["date"] == "2022-07-28"
    assert "doc_number" not in bulleted.header
    listed = parse("对市政协十四届三次会议第0566号提案的答复 2020-12-29\n李洪远委员:\n提案收悉。现答复如下:\n我委将推进。\n")
    assert listed.header["title"] == "对市政协十四届三次会议第0566号提案的答复" and listed.header["date"] == "2020-12-29"


def test_a_shanghai_records_公开主体_field_with_its_value_below_names_the_writer():
    parsed = parse("对区政协二届一次会议第0061号提案的答复\n\n信息来源:平台发布\n\n发布时间:2022-05-13 00:00\n\n  • 索引号:\n\n"
                   "  • 主题分类:\n\n    -\n\n  • 公开主体:\n\n    上海市崇明区经济委员会\n\n  • 发文字号:\n\n  • 发布日期:\n\n"
                   "    2022-05-13\n\n仇忠伟委员:\n\n提案收悉,现答复如下:\n\n我委将加快站点建设。\n")
    assert parsed.issuer_names == ["上海市崇明区经济委员会"]


def test_a_signature_and_date_run_onto_the_last_prose_line_after_spaces_sign_the_reply():
    parsed = parse("对政协普洱市四届四次会议第128号提案的答复函\n杨屹林委员: 您提出的提案收悉,现答复如下:\n"
                   "一、我局将规范自动售药机管理。 感谢您的关心和支持。 联系人及电话:王海春 0879—2202316 普洱市市场监督管理局 "
                   "2021 年8月25日 (此件公开发布)\n|\n||||||\n")
    assert parsed.issuer_names == ["普洱市市场监督管理局"]
    assert parsed.header["date"] == "2021-08-25"
    cut = parse("对政协第3号提案的答复\n杨竑代表: 感谢您们的关心。我区将加快整治。 最后,再次感谢您的关注和支持。 "
                "玉溪市江川区人民政府 2019年10月14日 (联系人及电话:张金")
    assert cut.issuer_names == ["玉溪市江川区人民政府"] and cut.header["date"] == "2019-10-14"


def test_a_title_naming_its_writer_replying_with_others_before_the_suggestions_title_names_the_writer():
    parsed = parse("国家矿山安全监察局会同有关部门答复关于彻底治理地下煤层自燃的提案\n\n洪洋委员:\n\n您提出的提案收悉。现答复如下:\n\n"
                   "一、关于开展课题攻关\n\n我们将组织开展研究。\n")
    assert parsed.issuer_names == ["国家矿山安全监察局"]


def test_a_pages_stamp_line_below_its_title_is_not_joined_to_it_and_its_source_division_names_the_writer():
    title = "关于广东省第十二届人大四次会议第1114号、1435号、1603号、1764号代表建议的办理情况"
    parsed = parse(f"{title}\n\n时间:2016-08-15 10:23 来源:广东省农业厅政策法规处\n  \n\n{title}\n\n  魏乐珊等代表在会议上提出了"
                   "《关于进一步完善政策性农业保险的建议》。我厅认真办理答复。主要情况如下:\n\n  一、我省的工作举措\n\n  近年来,我厅扩大保险险种。\n")
    assert parsed.header["title"] == title
    assert parsed.issuer_names == ["广东省农业厅"]


def test_a_record_of_one_glued_field_a_line_gives_publisher_and_date():
    parsed = parse("发文机关国务院\n发文日期2008年01月11日\n时效性现行有效\n发文字号国函〔2008〕2号\n发展改革委:\n"
                   "你委的请示收悉。现批复如下:\n同意建立联席会议制度。\n")
    assert parsed.issuer_names == ["国务院"]
    assert parsed.header["date"] == "2008-01-11"


def test_a_record_of_bulleted_glued_fields_gives_the_date_and_yields_its_short_publisher_to_the_titles_writer():
    parsed = parse("- 索引号000014348/2020-04273\n- 发布机构弥勒市工商信局\n- 文号弥工商信函〔2020〕01号\n- 发布日期2020-12-01\n"
                   "- 有效性有效\n弥勒市工业商务和信息化局对市第二届人大第五次会议第40号建议的答复\n陈艳代表:\n"
                   "你们提出的建议收悉,现答复如下:\n我局将推进。\n")
    assert parsed.header["date"] == "2020-12-01"
    assert parsed.issuer_names == ["弥勒市工业商务和信息化局"]


def test_a_records_公文生成日期_field_dates_the_document():
    parsed = parse("- 发布机构: 将乐县人民政府办公室\n- 公文生成日期: 2022-02-22\n各乡(镇)人民政府:\n现印发给你们,请认真抓好贯彻落实。\n"
                   "将乐县人民政府办公室\n")
    assert parsed.header["date"] == "2022-02-22"


def test_a_handling_class_as_a_分类_field_a_bracketed_line_or_a_bracket_after_the_number_is_the_result():
    opening = "关于县政协第40号提案的答复\n{}\n王芳委员:\n您提出的提案收悉,现答复如下:\n我局将加快建设。\n"
    assert parse(opening.format("分类:A\n庐住建议字〔2025〕8号")).header["result"] == "A"
    assert parse(opening.format("分类标识【D】\n是否同意公开【主动公开】")).header["result"] == "D"
    assert parse(opening.format("〔A〕\n〔公开〕")).header["result"] == "A"
    assert parse(opening.format("[2016]洞政复函 3号(A类)")).header["result"] == "A类"
    assert "result" not in parse(opening.format("主题分类: 综合政务")).header


def test_the_deputies_are_named_without_the_words_around_their_names():
    reply = "关于县人大第18号建议的答复\n{}:\n您提出的建议收悉,现答复如下:\n我局将加快建设。\n"
    assert parse(reply.format("尊敬袁大金代表")).header["deputy"] == "袁大金"
    assert parse(reply.format("信丰县代表团刘东海代表")).header["deputy"] == "刘东海"
    assert parse(reply.format("刘殿权 、严尔力代表")).header["deputy"] == "刘殿权、严尔力"
    assert parse(reply.format("尊敬的李名余领衔代表")).header["deputy"] == "李名余"
    assert parse(reply.format("鲁建忠、陈奕明、王迎春三位代表")).header["deputy"] == "鲁建忠、陈奕明、王迎春"


def test_a_proposal_number_keeps_its_delegations_sign_or_its_class_and_year():
    zhejiang = parse("关于省十三届人大一次会议台52号建议的答复\n王芳代表:\n您提出的建议收悉,现答复如下:\n我厅将加快建设。\n")
    assert zhejiang.header["proposal_number"] == "台52"
    bracketed = parse("王芳代表:\n您提出的《关于加快建设的建议》(温171号)收悉,现答复如下:\n我厅将加快建设。\n")
    assert bracketed.header["proposal_number"] == "温171"
    classed = parse("对市十五届人大二次会议第B(2019)331号建议的答复\n王芳代表:\n您提出的建议收悉,现答复如下:\n我局将加快建设。\n")
    assert classed.header["proposal_number"] == "B(2019)331"


def test_a_number_whose_closing_bracket_and_号_the_copy_lost_or_that_opens_with_its_year_is_kept_as_written():
    parsed = parse("对市政协第112号提案的答复\n舞教〔2022106                    签发人:魏红涛\n王芳委员:\n"
                   "您提出的提案收悉,现答复如下:\n我局将加快建设。\n")
    assert parsed.header["doc_number"] == "舞教〔2022106"
    assert "doc_number" not in parse("王芳委员:\n您提出的提案收悉,现答复如下:\n2022年我局将加快建设。\n").header
    year_first = parse("(2015)安经管函字第1号(B类)\n王芳委员:\n您提出的提案收悉,现答复如下:\n我局将加快建设。\n")
    assert year_first.header["doc_number"].replace("）", ")") == "(2015)安经管函字第1号"  # (the text's brackets folded for matching)


def test_a_suggestions_title_in_marks_with_its_kind_inside_and_the_receipt_after_is_read_without_关于():
    reply = "关于第26号建议的答复\n省政府发展研究中心:\n{}现将我厅意见函告如下。\n一、我厅将支持县域经济。\n"
    assert parse(reply.format("曾伯怡代表提出的《支持县域经济发展的建议》收悉。")).header["suggestion_title"] == "支持县域经济发展的建议"
    handed = parse(reply.format("您提出的《关于加强电动车综合治理》提案(第10030043号)已交我局研究办理。"))
    assert handed.header["suggestion_title"] == "关于加强电动车综合治理"


def test_a_record_line_or_a_closing_that_says_答复_is_no_title():
    recorded = parse("索引号 000014349/2021-3225216 信息分类 人大代表建议答复\n发布机构 发布日期\n"
                     "黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见\n王芳代表:\n"
                     "您提出的建议收悉,现答复如下:\n我州将加快建设。\n")
    assert recorded.header["title"] == "黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见"
    closed = parse("来源:永泰县农业农村局 时间:2021-08-04 17:47\n永泰县高速公路指挥部办公室:\n"
                   "您单位主办的建议收悉,我局提出协办意见如下:\n一、我局将加快建设。\n专此答复\n")
    assert closed.header.get("title", "") != "专此答复"


def test_a_handling_class_after_the_title_is_the_result_and_no_part_of_the_title():
    parsed = parse("关于伊犁哈萨克自治州十四届人大一次会议第193号建议的答复函 B\n\n2017-12-15 00:00:00 行政公署办公室\n\n"
                   "《关于加大对巴什拜羊品牌建设问题的建议》经转地区畜牧局研究办理,现答复如下:\n我署将加快建设。\n")
    assert parsed.header["title"] == "关于伊犁哈萨克自治州十四届人大一次会议第193号建议的答复函"
    assert parsed.header["result"] == "B"


def test_a_pages_stamp_or_a_number_in_lenticular_brackets_after_the_title_is_no_part_of_it():
    stamped = parse("上海市人民政府办公厅关于对市十五届人大五次会议第0331号代表建议的答复的函 2021-06-21 来源:市政府办公厅建议提案处\n\n"
                    "沈丽娟代表:\n您提出的建议收悉,现答复如下:\n我办将加快推进。\n")
    assert stamped.header["title"] == "上海市人民政府办公厅关于对市十五届人大五次会议第0331号代表建议的答复的函"
    assert stamped.header["date"] == "2021-06-21"
    numbered = parse("广州市林业和园林局关于对广州市十四届人大三次会议闭会期间代表建议第3017号的答复【穗林业园林提[2013]63号】\n"
                     "吕传兴等代表:\n你们提出的建议收悉,现答复如下:\n我局将加快绿化。\n")
    assert numbered.header["title"].endswith("第3017号的答复")
    assert numbered.header["doc_number"].startswith("穗林业园林提")


def test_a_pages_date_after_its_source_or_in_a_制发日期_or_公开日期_field_dates_an_undated_reply():
    reply = "关于第1106号代表建议的答复\n{}\n王芳代表:\n您提出的建议收悉,现答复如下:\n我委将加快建设。\n"
    assert parse(reply.format("来源:上海市交通委员会 2021-12-25")).header["date"] == "2021-12-25"
    assert parse(reply.format("来源:君山区政府门户网站   日期: 2021-08-23")).header["date"] == "2021-08-23"
    assert parse(reply.format("主办单位: 国家能源局\n制发日期: 2022-09-01")).header["date"] == "2022-09-01"
    assert parse(reply.format("来   源 | 玉溪市水利局 | 公开日期 | 2023-11-06 |")).header["date"] == "2023-11-06"
    assert parse(reply.format("【信息时间:2021-09-17 】【字号 】【我要打印】")).header["date"] == "2021-09-17"
    assert parse(reply.format("•【制定机关】国家发展和改革委员会\n•【公布日期】2021.07.05\n•【文号】")).header["date"] == "2021-07-05"


def test_a_record_field_ends_where_the_next_fields_spaced_out_name_begins():
    parsed = parse("大姚县公安局关于对政协第10030043号提案的答复\n\n索 引 号:dyx006-/2024-0805005 发文机构:大姚县公安局 "
                   "主 题 词: 发布日期:2024年08月05日 文  号:大公复字〔2024〕9号 标  题:大姚县公安局关于对政协第10030043号提案的答复\n\n"
                   "尊敬的杨陈新委员:\n您提出的提案收悉。现将办理情况答复如下:\n我局将加强整治。\n")
    assert parsed.header["date"] == "2024-08-05"
    assert parsed.header["doc_number"] == "大公复字〔2024〕9号"


def test_a_bulleted_issuing_body_field_and_a_result_sharing_its_line_with_the_signer():
    parsed = parse("对区政协第十五届四次会议第097号提案的答复\n  • 发文机构:上海市长宁区体育局\n  • 发文字号:长体〔2025〕41号\n"
                   "办理结果:解决或采纳                  签发人:程遐梁\n倪量委员:\n提案收悉,现答复如下:\n区体育局将推广路跑。\n")
    assert parsed.issuer_names == ["上海市长宁区体育局"]
    assert parsed.header["result"] == "解决或采纳"
    assert parse("办理结果:A类 公开属性:主动公开\n我局将推进。\n").header["result"] == "A类"


def test_a_long_web_record_is_no_part_of_the_body_and_its_generated_and_published_times_are_dates():
    record = ("索引号: 11341723556342452T/202211-00009 组配分类: 政协委员提案办理\n发布机构: 市教体局 主题分类: 科技、教育\n"
              "名称: 关于对市政协一届一次会议第68号提案的答复函 文号:\n生成日期: 2022-11-23 发布日期: 2022-11-23\n"
              "索引号: 11341723556342452T/202211-00009\n组配分类: 政协委员提案办理\n发布机构: 市教体局\n主题分类: 科技、教育\n"
              "名称: 关于对市政协一届一次会议第68号提案的答复函\n文号:\n生成日期: 2022-11-23\n发布日期: 2022-11-23\n")
    parsed = parse(record + "关于对市政协一届一次会议第68号提案的答复函\n发布时间:2022-11-23 09:55 来源:市教体局 浏览次数:\n"
                   "王学珍委员:\n你提出的提案收悉。现答复如下:\n我市将推进校区建设。\n")
    assert parsed.text[parsed.body.start :].startswith("王学珍委员")
    assert parse("生成日期: 2022-11-23\n我局将推进。\n").header["date"] == "2022-11-23"


def test_a_results_table_flattened_one_cell_per_line_names_its_writer_deputy_and_reply_by_its_header_row():
    parsed = parse("一、市十届人大六次会议代表建议办理情况\n建议序号 |\n建议代表 |\n建议内容 |\n建议类别 |\n办理单位 |\n回复意见 |\n"
                   "第7号 |\n华红兵 |\n关于建立社区便民食堂的建议 |\nA |\n市民政局 |\n"
                   "您建议在社区开办社区便民食堂。下面结合我市实际,答复如下: 我们将积极推进社区食堂建设。\n")
    assert parsed.issuer_names == ["市民政局"]
    assert parsed.header["deputy"] == "华红兵" and parsed.header["proposal_number"] == "7"
    assert parsed.header["suggestion_title"] == "关于建立社区便民食堂的建议"
    assert parsed.text[parsed.body.start :].startswith("您建议在社区开办")


def test_a_short_heading_is_ended_by_its_line_but_a_heading_running_into_prose_is_joined():
    parsed = parse("一、发展海洋特色旅游，促进文旅产业高质量发展\n滨海新区将海洋特色旅游纳入攻坚行动。\n")
    assert parsed.blocks[0].heading == "发展海洋特色旅游，促进文旅产业高质量发展"
    broken = parse("（二）持续强化科技成果转化体系建设。一是积极推动科技\n\n成果完全赋权。自2023年起推进试点。\n")
    assert "积极推动科技成果完全赋权" in broken.text


def test_a_wrapped_numbered_item_is_joined_though_short():
    parsed = parse("一、重点任务\n1.区住建局会同区规划资源局、区财政局，加快推进老旧\n小区改造，年内完成30个小区改造任务。\n")
    assert "加快推进老旧小区改造" in parsed.text


def test_a_text_that_opens_with_its_first_part_has_no_title_and_no_writer_from_it():
    parsed = parse("近日,工信部答复了第2524号提案。\n以下是回复全文:\n一、关于从“产能过剩”向“弹性产能”的转变\n"
                   "工业和信息化部积极贯彻落实决策部署。\n")
    assert parsed.header["title"] == ""
    assert "一、" not in parsed.issuer_names


def test_a_title_naming_an_office_of_the_publisher_names_the_writer():
    parsed = parse("新密市人民政府办公室 关于认真做好重点工作任务落实的通知\n  • 发布机构:新密市人民政府\n  • 文号:新密政办〔2021〕6号\n"
                   "各乡镇人民政府:\n现将有关事项通知如下。\n")
    assert parsed.issuer_names == ["新密市人民政府办公室"]


def test_a_records_fields_kept_apart_by_spaces_give_writer_and_date_and_stay_out_of_the_title():
    text = ("索引号 113302060029553023/2023-186790\n组配分类 2023 发布机构 市生态环境局北仑分局\n"
            "成文日期 2023-06-07 公开方式 主动公开\n公开范围 面向全社会 主题分类 环境监测、保护与治理\n"
            "关于区十届人大二次会议第86号建议的答复\n\n邵虹代表:\n您提出的建议已收悉,现答复如下:\n一是全面推行湾(滩)长制。\n")
    parsed = parse(text)
    assert parsed.header["title"] == "关于区十届人大二次会议第86号建议的答复"
    assert parsed.issuer_names == ["市生态环境局北仑分局"]
    assert parsed.header["date"] == "2023-06-07"
    assert parsed.text.count("\n") == text.count("\n")  # (no record line joined to the next as broken prose)
    titled = ("索引号 11330922090963010M/2023-31395\n 组配分类 政府工作报告执行  发布机构 嵊泗县人民政府办公室\n"
              " 生成日期 2023-02-22  公开方式 主动公开\n2023年政府工作报告重点工作责任分解\n一、杨松县长牵头重点工作\n"
              "1.一般公共预算收入与经济增长基本同步。\n责任单位:县财政局\n")
    assert parse(titled).header["title"] == "2023年政府工作报告重点工作责任分解"  # (a field's value naming a report is no title)
    cells = parse("索引号 | 15262660-/2021-0702001 | 发布机构 | 龙陵县文化和旅游局 |\n杨世国代表:\n您的建议收悉,现答复如下:\n我局将推进。\n")
    assert cells.issuer_names == ["龙陵县文化和旅游局"]  # (a record's cells: the field's value is no "|")
    colons = parse("关于对市五届人大五次会议第072号建议的答复\n索引号 : MB1961735/2021-34055 文  号 :\n主题分类: 旅游 发文单位: 咸宁市文化和旅游局\n"
                   "秦凤仙代表:\n您的建议收悉,现答复如下:\n我局将推进。\n")
    assert "doc_number" not in colons.header  # (文  号 : with nothing after it is an empty field)


def test_a_records_square_bracketed_labels_with_their_values_in_cells_give_the_writer():
    text = ("[ 索引号 ] | 11500000MB1907069L/2025-00092 | [ 发文字号 ] | |\n[ 发布机构 ] | 重庆市应急管理局 | ||\n"
            "[ 成文日期 ] | 2025-04-28 | [ 发布日期 ] | 2025-04-30 |\n关于市六届人大三次会议第0931号代表建议办理情况的答复函\n杨颂代表:\n"
            "您提出的建议收悉,现将办理情况答复如下。\n我局将加快推进基地建设。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["重庆市应急管理局"]
    assert parsed.header["date"] == "2025-04-28"


def test_a_records_square_bracketed_field_names_with_their_values_on_the_line_below_give_the_writer():
    text = ("[ 索引号 ]\n11500112450530121M/2020-00034\n[ 发文字号 ]\n渝北林函〔2020〕97号\n[ 发布机构 ]\n渝北区林业局\n"
            "[ 生成日期 ]\n2020-09-07\n\n关于区政协第十五届四次会议第254号提案办理情况的复函\n\n蒋文峰委员:\n"
            "您提出的提案收悉,现将办理情况回复如下:\n我局立即组织召开座谈会。\n")
    assert parse(text).issuer_names == ["渝北区林业局"]


def test_a_records_field_names_in_square_brackets_give_writer_and_date_even_with_an_empty_field_between():
    text = ("对县政协十一届三次会议第43号提案的答复\n[ 索  引  号 ] tanchengcgj/2024-0000159 [ 文       号 ] [ 发布机构 ] 郯城县综合行政执法局\n"
            "[ 成文日期 ] 2024-11-22 [ 公开日期 ] 2024-11-22 [ 有  效  性 ] 有效中\n\n吴连群委员:\n您提出的建议已收悉,现答复如下:\n"
            "近年来,我局不断加大城区停车场的建设和管理力度。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["郯城县综合行政执法局"]
    assert parsed.header["date"] == "2024-11-22"
    assert "doc_number" not in parsed.header  # ([ 文       号 ] [ 发布机构 ]: an empty field, not the next one's name)


def test_a_pages_publication_date_under_its_field_name_gives_way_to_the_signatures_date():
    text = ("  • 发布机构\n    元阳县住房和城乡建设局\n  • 发布日期\n    2024-11-29\n\n元阳县住房和城乡建设局对县第十六届人大第四次会议第78号建议答复的函\n\n"
            "郑志荣代表:\n你们的建议已转交我局办理,现将办理情况答复如下:\n我局将规划建设停车场。\n\n元阳县住房和城乡建设局\n\n2024年8月28日\n")
    assert parse(text).header["date"] == "2024-08-28"
    written = "成文日期:\n\n2014年02月23日\n\n国务院办公厅关于落实农村改革政策措施的分工意见\n各省人民政府:\n现将分工意见印发给你们。\n"
    assert parse(written).header["date"] == "2014-02-23"  # (the date it was written, under its field: the document's)


def test_an_unsigned_replys_writer_may_open_its_first_paragraph_after_a_purpose_and_a_year():
    text = ("尊敬的周华代表:\n您提出的《关于在农村建设村级公益性集中安葬点的建议》(第14020361号建议)收悉。经认真研究,答复如下:\n"
            "农村地区公益性安葬设施较少一直是短板。为加快推进农村地区公益性安葬设施建设,2020年,四川省民政厅联合6个省级部门出台了通知。\n"
            "下一步,我们将从以下几个方面重点用力。\n(一)加快推进公益性安葬设施建设。\n")
    assert parse(text).issuer_names == ["四川省民政厅"]


def test_an_unsigned_replys_writer_may_open_its_first_part_saying_it_pushes_work_forward():
    text = ("高立新委员:\n您在政协内蒙古自治区第十三届委员会第一次会议《关于大力推进地震灾害风险普查的提案》已收悉。经认真研究,现答复如下:\n"
            "一、深入推进地震灾害风险普查成果应用\n"
            "内蒙古自治区地震局深入推进地震灾害风险普查成果的应用推广,印发了工作方案。\n")
    assert parse(text).issuer_names == ["内蒙古自治区地震局"]


def test_a_replys_writer_is_named_by_its_own_title_bracketed_after_the_page_title():
    text = ("南港镇2023年人大代表建议办理答复(舒城县水利局关于县十八届人大二次会议第14号代表建议办理的函)\n\n"
            "发布时间:2023-10-07 09:50 信息来源:舒城县南港镇\n夏文三代表:\n您提出的建议收悉,现答复如下:\n我局将加强管网建设。\n")
    assert parse(text).issuer_names == ["舒城县水利局"]


def test_a_replys_writer_named_alone_in_a_bracket_closing_its_title_writes_it_not_the_office_that_posted_it():
    text = ("关于对县十六届人大二次会议第8号议事原案的答复(水利局)\n\n"
            "发布日期:2013-08-02 0:0    作者:xksh     来源:人大办公室    阅读:次\n\n王玉书代表:\n"
            "你们提出的议事原案收悉。现答复如下:\n已将4个村列入上阳水厂管网延伸工程。\n")
    assert parse(text).issuer_names == ["水利局"]
    assert parse(text.replace("(水利局)", "(摘要)")).issuer_names != ["摘要"]


def test_a_handling_records_one_unit_is_the_writer_but_a_list_of_handlers_signed_below_is_not():
    record = ("建议标题:《关于道路修建的建议》\n建议内容(摘要):路口村地段道路修建。\n承办单位:泸西县交通运输局\n"
              "督办领导:泸西县交通运输局副局长白艳\n办理复文(摘要):下一步我局将积极协调项目资金给予修建。\n办结时间:2021年10月30日\n")
    assert parse(record).issuer_names == ["泸西县交通运输局"]
    signed = ("王芳代表:\n您提出的建议收悉,现答复如下:\n我旗将加强管护。\n\n2023年9月4日\n\n单位负责人盖章:\n\n"
              "承办单位:代钦塔拉苏木人民政府、退役军人事务局、文旅体局\n")
    assert parse(signed).issuer_names != ["代钦塔拉苏木人民政府、退役军人事务局、文旅体局"]


def test_a_sites_name_over_its_column_at_the_top_of_an_unsigned_reply_is_its_writer():
    text = ("国家中医药管理局 工作动态\n对十三届全国人大一次会议第5764号建议的答复\n时间:2018-09-25 16:56:33\n\n孙伟代表:\n"
            "您提出的建议收悉,现答复如下:\n我局高度重视基层中医药人才队伍建设。\n")
    assert parse(text).issuer_names == ["国家中医药管理局"]


def test_a_signature_and_date_with_the_pages_source_run_on_after_them_still_sign_the_reply():
    text = ("关于巢湖市政协第十届第四次会议第56号提案的答复函\n王芳委员:\n您提出的提案收悉,现答复如下:\n我们将加强公园维保。\n"
            "办复类别:B类\n联系单位:安徽巢湖经开区建设发展局\n联系电话:82363015\n"
            "安徽巢湖经济开发区管委会2025年3月12日来源:安徽巢湖经济开发区\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["安徽巢湖经济开发区管委会"] and parsed.header["date"] == "2025-03-12"


def test_an_unsigned_replys_writer_is_the_body_its_opening_says_regards_the_deputys_point_highly():
    text = ("尊敬的文维委员:\n首先,感谢您的关心与支持。您提出的《关于完善深圳应急避难场所体系建设的提案》收悉。"
            "该提案由市应急管理局与市规划和自然资源局分办。市应急管理局对您提出的建议高度重视,组织专题研究,现答复如下:\n"
            "一、我局将推进应急避难场所建设。\n")
    assert parse(text).issuer_names == ["市应急管理局"]


def test_an_unsigned_replys_writer_is_the_body_its_opening_says_studied_the_suggestion():
    text = ("在市人大七届一次会议上,人大代表苗方杰提出《关于加大力度治理学校周边环境》(99号)建议,并列举出一系列问题。"
            "针对这些问题,市公安局领导班子组织人员认真研究,并拿出了可行性方案。现答复如下:\n首先感谢您对我局工作的关心和支持!\n"
            "一、近段时间,我局已对市城区各大队警力作出重大调整。\n")
    assert parse(text).issuer_names == ["市公安局"]


def test_an_unsigned_replys_writer_may_open_its_first_paragraph_after_what_it_addresses_saying_it_will_help():
    text = ("信平城管〔2022〕118号 签发人:蔡 俊\n对区人大六届一次会议\n第003号建议的答复\n陈星代表:\n您们提出的建议收悉,现答复如下:\n"
            "针对平桥中心城区背街小巷内车辆乱停乱放等问题,平桥区城市管理局将配合辖区办事处共同采取多项措施,扎实开展停车秩序规范整治。\n"
            "一是加强多元共治。\n")
    assert parse(text).issuer_names == ["平桥区城市管理局"]


def test_a_title_naming_the_publisher_in_full_names_the_writer():
    text = ("索引号 11330902737759839Y/2022-66573\n 组配分类 人大建议议案  发布机构 区综合行政执法局\n\n"
            "舟山市定海区综合行政执法局关于对区十八届人大一次会议第31号建议的复函\n\n李明华代表:\n您提出的建议收悉。现答复如下:\n我局将推进。\n")
    assert parse(text).issuer_names == ["舟山市定海区综合行政执法局"]


def test_a_reply_flattened_onto_one_line_splits_at_its_salutation_opening_date_and_copies():
    text = ("对《加大对青云镇工业园区基础配套设施建设扶持力度的建议》的答复\n2022-07-01\n"
            "沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的加大对青云镇工业园区基础配套设施建设扶持力度的建议已收悉,"
            "现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视,近年来,先后投入资金建设了青云高速出口道路工程,老省道城北段改造工程,"
            "亿龙路建设等多项工程,改善了园区交通运输条件。 同时根据县政府工作部署,"
            "拟在青云工业园区建设第三污水处理厂,资金通过国开行贷款解决。 下一步,我们将根据工作实际情况,积极通过加大资金投入等方式支持园区建设,"
            "促进园区的发展。 感谢您对财政工作的关心和支持! 2022年7月1日 联系科室、人员及电话:经建科6211754 抄送:县政府办公室、县人大常委会人代工委")
    parsed = parse(text)
    assert parsed.header["deputy"] == "李晓林、周志勋"
    assert parsed.header["suggestion_title"] == "加大对青云镇工业园区基础配套设施建设扶持力度的建议"
    assert parsed.cc == ["县政府办公室", "县人大常委会人代工委"]
    assert parsed.issuer_names == ["财政局"]  # (the body that opens the reply regarding the matter highly)
    titled = parse("对《关于加快乡村道路建设的建议》的答复\n王芳代表:\n您的建议收悉。现答复如下:\n我局将推进。\n")
    assert titled.header["suggestion_title"] == "关于加快乡村道路建设的建议"
    marked = parse("对《加快乡村道路建设的建议》的答复\n王芳代表:\n您好。现答复如下:\n我局将推进。\n")
    assert marked.header["suggestion_title"] == "加快乡村道路建设的建议"


def test_a_plan_flattened_onto_one_line_splits_before_its_parts_and_sections():
    body = ("为深入贯彻党的二十大精神,推进闵行区城市治理现代化,制定本行动计划。 一、打造便捷温馨家园,提升人居环境品质 (一)推进居住环境品质提升。"
            "深入实施“两旧一村”改造,完成旧住房成套改造6万平方米,启动城中村改造项目5个,升级“美丽家园”建设,完成无卫生设施旧住房提升改造47户,"
            "开展“拎马桶”问题治理;配合市级部门推进居民住宅二次加压调蓄供水设施移交接管;强化物业服务行业监管,落实物业服务企业责任。"
            "(牵头单位:区建设管理委、区房屋管理局) (二)提升公共空间和交通服务品质。加强薄弱环节、薄弱区域环境综合整治,开展旧改征收基地沿街外墙整治,"
            "强化轨道交通站点、医院等区域周边非机动车停放的综合治理,开展“内部道路”和撤制镇域市容环境治理。")
    parsed = parse("闵行区城市管理精细化三年行动计划 (2024—2026年)\n" + body + "\n")
    headings = [b.heading for root in parsed.blocks for b in root.walk()]
    assert headings == ["打造便捷温馨家园，提升人居环境品质", "推进居住环境品质提升", "提升公共空间和交通服务品质"]  # (punctuation folded)


def test_a_parts_short_heading_with_its_text_after_a_space_on_one_line_is_the_parts_heading():
    text = ("关于第28号提案的答复\n张全昊委员: 您提出的关于解决商业步行街上下学时段交通拥堵的提案已收悉,现答复如下: 首先感谢您们对商业步行街"
            "上下学时段交通拥堵的关注和重视。现将我们开展的工作汇报如下: 一、加强领导 根据《临沂市学校周边交通拥堵治理工作方案》,"
            "县教体局成立工作专班,召开城区学校有关人员会议,研究制定解决学校交通拥堵工作措施,要求各学校根据季节特点分时间段错时放学。"
            " 二、开展校园及周边综合治理 2月27日,县教体局联合县公安局、县市场监管局对城区38所学校开展校园及周边综合治理,"
            "对学校门口乱摆乱放的小摊小贩进行劝离,缓解了学校门口的交通压力。 三、完善设施 在学校门口施划停车位,设置护栏、减速带和警示标志,方便家长接送学生。\n")
    assert [b.heading for b in parse(text).all_blocks()] == ["加强领导", "开展校园及周边综合治理", "完善设施"]
    # figures letter-spaced after a short run are one sentence, not a heading and its text
    lines = normalise("2.对实际投资 2 亿元或年纳税总额 5000 万元以上的招商项目，给予人才指标 1名。\n").split("\n")
    assert lines[0].startswith("2.对实际投资 2 亿元")


def test_a_plan_flattened_onto_one_line_splits_after_its_opening_colon_and_before_numbered_items():
    body = ("各县(市、区)人民政府,市政府各部门: 为贯彻落实国务院《关于进一步做好新形势下就业创业工作的意见》(国发〔2015〕23号)等文件精神,"
            "进一步做好我市新形势下就业创业工作,现提出以下意见: 一、深入实施就业优先战略 1.坚持就业优先发展战略。各级政府制定的经济社会"
            "发展规划、经济调控和产业发展政策,要把稳定和扩大就业作为优先选项予以充分考虑和评估,促进就业与产业转型升级、新型城镇化、"
            "信息化等发展战略的良性互动、深度融合。(市发展改革委、市人力资源社会保障局牵头,市财政局参加) 2.发挥小微企业就业主渠道作用。"
            "扶持发展小微企业,落实小微企业税收优惠政策,以及金融机构与小型微型企业签订借款合同免征印花税等税收政策。")
    parsed = parse("济宁市人民政府 关于进一步做好新形势下就业创业工作的意见\n" + body + "\n")
    headings = [b.heading for root in parsed.blocks for b in root.walk()]
    assert headings == ["深入实施就业优先战略", "坚持就业优先发展战略", "发挥小微企业就业主渠道作用"]


def test_a_plan_flattened_with_no_spaces_splits_before_each_part_that_follows_the_note_closing_the_one_before():
    body = ("为进一步促进文化展演、体育赛事等活动快速复苏,制定以下措施。一、持续承办好国家、省级文化体育活动赛事。积极向上级部门争取更多品牌赛事活动"
            "落户本市,承办好“四季村晚”、沙滩运动嘉年华等活动。(责任单位:市旅游和文化广电体育局、市财政局)二、办好本市特色精品文体赛事活动。"
            "办好排球节、排球联赛、时尚运动季、椰子文化节等系列活动,持续打造本市知名文化赛事品牌。(责任单位:市旅游和文化广电体育局、市委宣传部)三、设立文体赛事活动专项支持资金。"
            "鼓励支持企业和社会力量在我市举办文化展演和体育赛事活动,重点支持排球、帆船帆板、射箭、马术、跑步等特色体育赛事活动和音乐节、"
            "乡村文化节等文艺展演活动。(责任单位:市财政局)")
    assert len(body) > 300  # (a line so long, split only by its markers)
    parsed = parse("关于促进文体会展活动恢复振兴的若干措施\n" + body + "\n")
    assert [b.heading for b in parsed.blocks] == [
        "持续承办好国家、省级文化体育活动赛事", "办好本市特色精品文体赛事活动", "设立文体赛事活动专项支持资金"]


def test_a_document_number_beside_a_record_field_on_its_line_is_the_documents_number():
    tail = "\n王芳代表:\n您的建议收悉,现答复如下:\n我局将推进。\n宁陕县交通运输局\n2020年6月1日\n"
    for line, number in (("宁交函〔2020〕94号                  签发人:姜涛", "宁交函〔2020〕94号"),
                         ("类别  A类                     杨政工函﹝2023﹞72号", "杨政工函﹝2023﹞72号"),
                         ("发文机构:  发文文号:  铜政办发〔2020〕14号", "铜政办发〔2020〕14号"),
                         ("文号 〔2021〕人社案字第21号 关键词", "〔2021〕人社案字第21号"),
                         ("成文日期:2018-05-17文号:静府督复〔2018〕1号索取号:JA0300000-2018-072发布机构:区政府", "静府督复〔2018〕1号")):
        text = "对宁陕县第十八届人大五次会议第6号建议的复函\n\n类别:B\n\n作者:交通局 来源:交通局\n\n" + line + tail
        assert parse(text).header.get("doc_number") == number, line


def test_a_document_number_whose_year_is_bracketed_in_lenticular_brackets_is_the_documents_number():
    text = ("潼关县民政局\n关于对政协十届三次会议第52号提案的答复\n潼关县民政局文件\n签发人:杨宏亮\n潼民发【2024】275号\n\n"
            "马青委员:\n您提出的建议,现答复如下:\n我局将推进。\n潼关县民政局\n2024年6月27日\n")
    assert parse(text).header.get("doc_number") == "潼民发【2024】275号"


def test_a_letter_answering_a_members_opinions_is_a_reply():
    text = ("汨规办提[2015]1号\n汨罗市规划局\n关于答复市政协九届三次会议委员意见的函\n闵玉霞委员:\n"
            "您提出的意见已由市人民政府批转我局收悉,现就意见中的相关情况答复如下:\n我局将推进。\n汨罗市规划局\n2015年6月12日\n")
    assert parse(text).kind == "Reply"


def test_a_supporting_units_letter_on_how_a_suggestion_was_handled_is_a_reply():
    text = ("市文化和旅游局:\n现将市第四届人大第六次会议第22号建议提出的有关建议办理(落实)情况函告如下,请综合后一并答复代表。\n"
            "大洪山一直积极促进全民健身。\n随州市大洪山风景名胜区管理委员会\n2021年5月7日\n")
    assert parse(text).kind == "Reply"


def test_an_unsigned_replys_body_of_its_own_kind_leading_a_joint_task_anywhere_is_the_writer_and_its_partner_is_not():
    text = ("对自治区政协十三届二次会议第0479号提案的答复\n农工党内蒙古区委:\n提案由我委负责分办,现答复如下:\n我委高度重视预制菜产业发展。\n"
            "一、参与标准制定\n我委组织收集专家组意见。\n二、开展风险监测\n2024年4月7日,自治区卫生健康委会同自治区市场监督管理局联合下发《监测方案》。\n")
    assert parse(text).issuer_names == ["自治区卫生健康委"]
    partnered = text.replace("我委", "我局").replace("自治区卫生健康委会同自治区市场监督管理局联合", "我局积极争取,和市财政局联合")
    assert parse(partnered).issuer_names == []


def test_a_date_line_with_a_mirrors_note_mark_is_the_date_and_signs_the_letter_spaced_writer_above_it():
    text = "对第20号提案的答复\n罗金山委员:\n您的提案收悉。现答复如下:\n一、加强工作。\n\n赤 水 市 农 业 局\n\n二OO七年六月三十日[1]\n"
    parsed = parse(text)
    assert (parsed.issuer_names, parsed.header["date"]) == (["赤水市农业局"], "2007-06-30")


def test_a_supporting_units_opinion_on_a_proposal_titled_as_a_letter_is_a_reply():
    text = ("重庆市渝北区城市管理局关于区政协十六届第一次会议第201号提案协办意见的函\n双龙湖街道:\n"
            "《关于打造一碗水特色游园的建议》已转由我局协办。现将协办情况函复如下:\n我局绿化中心已与贵单位开展了沟通。\n")
    assert parse(text).kind == "Reply"


def test_a_number_in_brackets_after_the_suggestions_title_is_its_number_without_号_but_a_year_is_not():
    text = "余红梅等代表:\n您提出的《关于批准宣威市增加经营性公墓的建议》(0641),已交我们研究办理,现答复如下。\n我厅将研究。\n"
    assert parse(text).header["proposal_number"] == "0641"
    dated = text.replace("(0641)", "(2019)")
    assert parse(dated).header.get("proposal_number", "") != "2019"


def test_an_unsigned_letters_printing_office_at_its_foot_names_its_writer():
    text = ("余红梅等代表:\n您提出的《关于批准宣威市增加经营性公墓的建议》(0641),已交我们研究办理,现答复如下。\n"
            "目前,宣威市白塔山公墓满足安葬需求。\n2019年5月29日\n抄送:省人大常委会选举联络工作委员会。\n云南省民政厅办公室 2019年5月29日印发\n")
    assert parse(text).issuer_names == ["云南省民政厅"]


def test_the_subject_field_of_a_suggestions_record_above_the_reply_is_the_suggestions_title_as_filed():
    text = ("案  由: 关于改造低产槟榔园的建议\n提 案 者: 九三学社海南省委会\n承办单位及答复\n省农业农村厅\n"
            "九三学社海南省委会:\n贵委提出的关于“改造低产槟榔园的建议”的提案收悉。现答复如下。\n一、加强建设。\n")
    assert parse(text).header["suggestion_title"] == "关于改造低产槟榔园的建议"
    marked = "题  目: 《关于要求由省政府主办三月三国际文化艺术节的建议》 陈楷等10名代表\n领衔代表: 代 表 团:\n" + text.split("\n", 2)[2]
    assert parse(marked).header["suggestion_title"] == "关于要求由省政府主办三月三国际文化艺术节的建议"


def test_a_writer_named_before_对_in_the_title_writes_the_reply_even_with_a_space_between():
    text = ("南宫市交通运输局 对南宫市第九届人民代表大会第二次会议的第46号建议的答复\n秦振兴代表:\n"
            "您提出的关于“乡间路维护的建议”收悉,现答复如下:\n我局将加大对乡村道路养护的督导力度。\n2018年6月28日\n")
    assert parse(text).issuer_names == ["南宫市交通运输局"]


def test_a_democratic_party_named_in_the_opening_as_proposing_is_the_deputy():
    text = ("市卫生健康委员会:\n市九三学社提出《关于海口打造康养旅居产业目的地的建议》\n(第 168号)已收悉。经研究,会办意见如下:\n"
            "一、我委将积极配合市卫健委加快项目建设。\n")
    header = parse(text).header
    assert (header["deputy"], header["deputy_role"]) == ("市九三学社", PARTY_ROLE)
    bare = parse("市市场监督管理局:\n经研究,现对九三学社提出的关于《关于加强基层食品安全监管的提案》提出如下协办意见:\n一、加强监管。\n").header
    assert bare["deputy"] == "九三学社"


def test_a_joint_letterhead_at_the_top_names_both_writers_but_a_tables_cell_of_units_does_not():
    text = ("伊金霍洛旗公开征集2024年民生实事建议项目\n伊金霍洛旗委办公室  旗人民政府办公室\n关于征集2024年民生实事建议项目的通告\n"
            "伊党办字〔2023〕23号\n为深入践行以人民为中心的发展思想,决定面向社会公开征集。\n一、征集时间\n自本通告发布之日起。\n")
    assert parse(text).issuer_names == ["伊金霍洛旗委办公室", "旗人民政府办公室"]
    row = "具体任务\n全面落实疫情防控措施。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n"
    assert parse(row).issuer_names == []


def test_the_body_an_unsigned_reply_closes_by_naming_as_its_contact_writes_it_not_the_portals_office():
    text = ("关于加强校园周边流动摊点管理建议的答复\n发布时间:2020-08-12 14:45   来源:政府办公室\n宫惠委员:\n"
            "您提出的建议收悉。经认真研究,答复如下:\n我们将继续加大工作力度。\n"
            "特此函复。如有不同意见,请与同江市城市管理综合行政执法大队联系。\n")
    assert parse(text).issuer_names == ["同江市城市管理综合行政执法大队"]


def test_a_company_named_before_对_in_a_replys_title_writes_it():
    text = ("国网上海嘉定供电公司对区七届人大第三次会议第7-3-046号建议的答复\n发布日期:2023-04-30\n印祖泉代表\n"
            "您提出的关于提升农村水电基础设施的建议已收悉,经研究,现将办理情况函告如下:\n一、公司不断加强农村电网建设。\n")
    assert parse(text).issuer_names == ["国网上海嘉定供电公司"]


def test_a_suggestions_number_after_its_kind_or_before_the_replys_words_is_the_proposal_number():
    tail = "\n王芳代表:\n您的建议收悉,现答复如下:\n我局将推进。\n建水县林业和草原局\n2019年6月1日\n"
    for title, number in (("建水县林业和草原局对县人大代表建议第168号的答复", "168"), ("关于市政协六届四次会议第A204号政协提案办理情况的函", "A204"),
                          ("关于对区一届人大三次会议第(J027)号建议的答复", "J027"), ("关于市十一届人大一次会议代表建议 第106号的答复", "106")):
        assert parse(title + tail).header.get("proposal_number") == number, title
    opening = "关于解决塘子村缺水问题建议的答复\n康志洋代表:\n你提出的《关于解决塘子村缺水问题建议》(建议第41号)收悉,现答复如下:\n我局将推进。\n"
    assert parse(opening).header.get("proposal_number") == "41"
    report = "2016年办理情况报告\n" + "区政府认真办理代表建议。" * 30 + "如黎淑玲等代表提出的《关于加快雅瑶水道综合整治的议案》(议案第9号)已办结。\n"
    assert not parse(report).header.get("proposal_number")  # (an example a report gives deep in its text, no number of its own)


def test_unnumbered_tasks_each_closed_by_a_note_line_are_items_the_lead_in_before_them_is_not():
    text = ("近日\n广东省人民政府印发工作任务分工方案\n今年省农业农村厅都有哪些重点工作任务?\n一起来看看吧~\n粮食产量1268万吨以上\n"
            "部门分工:省农业农村厅牵头,各地、各部门配合。\n大力推进20个战略性产业集群建设 工作措施:完成政策文件的中期评估及修订工作。"
            "出台未来产业集群专项行动计划。 部门分工:省工业和信息化厅牵头,省发展改革委、科技厅等配合。\n")
    parsed = parse(text)
    assert [b.heading for b in parsed.blocks] == ["粮食产量1268万吨以上", "大力推进20个战略性产业集群建设"]


def test_an_unsigned_reply_thanking_the_deputy_for_regard_for_a_named_body_is_that_bodys():
    text = ("关于对周村区第十八届人民代表大会\n第四次会议第44号代表建议、批评和意见的答复\n张秀霞代表:\n您提的《关于院墙西移的建议》收悉,现答复如下:\n"
            "首先,感谢您对城北路街道经济社会发展的关注和关心。城北路街道根据建议内容到实地调研查看,该处已纳入街道绿化工程项目。\n"
            "再次感谢您对城北路街道办事处经济和社会事业发展的关心和支持,希望您以后多提宝贵意见。\n")
    assert parse(text).issuer_names == ["城北路街道办事处"]
    place = text.replace("城北路街道办事处经济和社会事业", "我区经济和社会事业")
    assert parse(place).issuer_names == []


def test_an_unsigned_reply_naming_once_a_body_of_the_kind_it_calls_itself_acting_is_that_bodys():
    text = ("对省十四届人大一次会议第860号建议的答复\n\n贺新义代表:\n\n  您所提的《关于乡村旅游发展提质升级的建议》收悉,经认真研究,现答复如下。\n\n"
            "  近年来,我厅持续将乡村旅游作为乡村振兴的有力抓手。2020年,河南省人民政府办公厅《关于加快乡村旅游发展的意见》实施以来,"
            "省文化和旅游厅充分发挥政策引领作用,以乡村旅游为抓手推动乡村振兴。\n\n  一是强化顶层设计。\n")
    assert parse(text).issuer_names == ["省文化和旅游厅"]
    partner = text.replace("省文化和旅游厅充分发挥", "省财政厅、省文化和旅游厅充分发挥")
    assert parse(partner).issuer_names == []
    # (我局…积极与省乡村振兴局等厅局主动沟通: a list of the bodies it works with)
    listed = text.replace("我厅", "我局").replace("省文化和旅游厅充分发挥政策引领作用", "积极与省乡村振兴局等厅局主动沟通对接")
    assert parse(listed).issuer_names == []


def test_an_unsigned_replys_first_paragraph_names_its_writer_after_whose_support_it_had():
    text = ("申莉萍委员:\n您好,您提出的《关于出台山西省地方戏曲保护条例的建议》收悉,经研究,现答复如下:\n"
            "近年来,在省委、省政府的坚强领导与文化和旅游部的大力支持下,省文化和旅游厅不断完善山西戏曲保护传承工作体系。\n一、加强政策保障\n")
    assert parse(text).issuer_names == ["省文化和旅游厅"]  # (和 inside one body's name joins no two bodies)


def test_a_proposal_records_handler_cell_names_the_writer_of_an_unsigned_reply():
    text = ("关于在小中坝老城区增加户外体育设施的建议 |\n编 号:第〔27〕号 | 所属类别:委员提案 |\n提案人:姚盛兵 | |\n"
            "督办单位:区委目标绩效办 区政府办公室 | 牵头领导:孙玉娟 |\n主办单位:区体育中心 | 协办单位:区文旅体局 区教科局 |\n"
            "关于政协广元市朝天区六届六次会议第27号提案的回复 |\n尊敬的姚盛兵委员: 您提出的建议已收悉,现回复如下: 一是我们积极争取项目资金。\n")
    assert parse(text).issuer_names == ["区体育中心"]


def test_a_records_title_field_titles_a_reply_whose_text_has_no_title_line():
    text = ("索引号:000014349/2022-76604 | |\n发文字号: | 发文时间:2022-09-09 |\n发文机关:长子县文化和旅游局 | 主题词: |\n"
            "标题:关于对县政协十届二次会议第119号提案的答复 | |\n主题分类:文物 | 发布日期:2022-09-09 |\n尊敬的张宏飞、李昕委员:\n"
            "您提出的提案收悉,现将办理结果答复如下:\n一、我中心对全县文物保护单位配备了文保员。\n")
    assert parse(text).header["title"] == "关于对县政协十届二次会议第119号提案的答复"


def test_a_sites_column_name_before_a_titles_关于_is_no_writer():
    text = (" 哈尔滨市木兰县人民政府 政策文件 关于印发《木兰县优化营商环境工作方案》的通知\n索引号: 主题分类:\n\n"
            "各乡镇党委、政府:\n现将《木兰县优化营商环境工作方案》印发给你们,请认真贯彻执行。\n")
    assert "政策文件" not in parse(text).issuer_names


def test_a_records_field_name_run_into_the_number_it_labels_is_no_part_of_it():
    text = "弥勒市工业商务和信息化局对市第二届人大第五次会议第40号建议的答复\n- 文号弥工商信函〔2020〕01号\n陈艳代表:\n您提出的建议收悉,现答复如下:\n"
    assert parse(text).header["doc_number"] == "弥工商信函〔2020〕01号"


def test_a_records_信息名称_field_labels_the_title_with_or_without_a_colon():
    for line in ("信息名称  2020年临沂市政府工作报告责任分工-市交通运输局", "信息名称:2020年临沂市政府工作报告责任分工-市交通运输局"):
        text = f" 索 引 号  1440153660/jtysj/2020-0000137  发布机构  临沂市交通运输局\n {line}\n\n28.加快农村公路提档升级。\n\n牵头单位:市交通运输局\n"
        assert parse(text).header["title"] == "2020年临沂市政府工作报告责任分工-市交通运输局"
        assert parse(text).issuer_names == ["临沂市交通运输局"]  # (索 引 号 … 发布机构  临沂市交通运输局: spaced fields)


def test_a_number_and_result_code_bracketed_before_a_replys_title_are_no_part_of_it():
    text = ("(湘水提〔2017〕046号A类)对省十二届人大七次会议 第1746号建议的答复\n- 发布机构: 省水利厅\n陈建教代表:\n"
            "您提出的建议收悉,现答复如下:\n一、加强治理。\n")
    header = parse(text).header
    assert header["title"] == "对省十二届人大七次会议 第1746号建议的答复" and header["result"] == "A类"
    broken = "关于政协十三届全国委员会第二次会议第3838号\n(资源环境类224号)提案答复的函\n您的提案收悉,现答复如下:\n"
    assert "资源环境类224号" in parse(broken).header["title"]


def test_a_proposal_record_copied_one_cell_per_line_gives_its_number_date_and_title():
    text = ("关于“打造齐鲁智谷 ”的建议\n\n发布时间:2021-11-24\n\n代表提案者\n\n邹振儒\n\n建议提案标题\n\n关于“打造齐鲁智谷 ”的建议\n\n"
            "建议提案编号\n\n20200420\n\n承办单位\n\n区教育和体育局\n\n答复时间\n\n2020-07-20\n\n答复内容\n\n邹振儒 代表:\n\n"
            "您提出的建议收悉,现答复如下:\n一是加强合作。\n")
    header = parse(text).header
    assert (header["title"], header["proposal_number"], header["date"]) == ("关于“打造齐鲁智谷 ”的建议", "20200420", "2020-07-20")


def test_a_reply_pages_result_lines_stay_out_of_its_dated_title_and_a_fire_detachment_writes_it():
    text = ("杨浦区消防救援支队关于对区第十七届人大第五次会议 第D-013号代表建议、批评和意见的答复 2024-08-06\n"
            "办理结果:解决采纳\n公开属性:主动公开\n杨浦区消防救援支队关于对区第十七届人大第五次会议第D-013号代表建议、批评和意见的答复\n"
            "王舜玲代表:\n您提出的D-013号“关于在老旧社区周边建设电动自行车充电桩”的代表建议收悉,现将办理情况答复如下:\n我们将推进。\n")
    parsed = parse(text)
    assert parsed.header["title"] == "杨浦区消防救援支队关于对区第十七届人大第五次会议 第D-013号代表建议、批评和意见的答复"
    assert parsed.header["result"] == "解决采纳"
    assert parsed.issuer_names == ["杨浦区消防救援支队"]
    assert parsed.header["suggestion_title"] == "关于在老旧社区周边建设电动自行车充电桩"


def test_a_pages_title_drops_its_column_and_site_and_a_letter_answering_a_suggestion_is_a_reply():
    parsed = parse("区滨江委关于宝山区人大2025年160意见的答复_区级建议结果公开_上海市宝山区人民政府门户网站\n\n"
                   "信息来源: 区滨江委 发布时间 2025-07-04\n陆伟群代表:\n您的建议收悉,现答复如下:\n我委将推进。\n")
    assert parsed.header["title"] == "区滨江委关于宝山区人大2025年160意见的答复"
    letter = parse("泰顺县水利局关于答复县十七届人大三次会议第413号代表建议的函\n吴春华代表:\n您的建议收悉,我局高度重视。\n一、加强饮用水水源地保护。\n")
    assert letter.kind == "Reply"


def test_a_bulleted_record_with_values_below_names_the_writer_and_a_department_publishing_for_its_ministry_does_not():
    record = ("  • 公文名称:\n\n    对十三届全国人大五次会议第6724号建议的答复\n\n  • 索 引 号:\n\n    000013338/2022-00681\n\n"
              "  • 发文单位:\n\n     住房和城乡建设部\n\n  • 文  号:\n\n    建建复字〔2022〕75号\n\n  • 实施日期:\n\n  • 分  类:\n\n"
              "    城市建设\n\n  • 发文日期:\n\n    2022-07-14\n\n  • 主 题 词:\n\n  • 废止日期:\n\n对十三届全国人大五次会议\n"
              "第6724号建议的答复\n\n发布时间:2022-12-30 17:36:01\n\n袁伟霞代表:\n\n  您提出的建议收悉,现答复如下:\n\n"
              "  近年来,我部认真贯彻落实党中央、国务院决策部署,会同相关部门指导各地推进既有住宅加装电梯。\n\n  一、已开展的工作\n")
    assert parse(record).issuer_names == ["住房和城乡建设部"]
    department = ("题:\n文化和旅游部对十四届全国人大一次会议第6390号建议的答复\n发布机构:\n非物质文化遗产司\n"
                  "文化和旅游部对十四届全国人大一次会议第6390号建议的答复\n刘莉莉代表:\n您的建议收悉,现答复如下:\n我部将加大培训力度。\n")
    assert parse(department).issuer_names == ["文化和旅游部"]
    # (- 发文机构 / - 隆阳区住建局: a dashed list, the value without its dash)
    dashed = ("- 索引号\n- 01525727-1-/2021-0824007\n- 发文机构\n- 隆阳区住建局\n- 日期\n- 2021-08-24\n"
              "关于对政协隆阳区五届五次会议第55068号提案的答复\n杨金喜委员:\n你们提出的提案已收悉,现答复如下:\n一、工作开展情况\n")
    assert parse(dashed).issuer_names == ["隆阳区住建局"]
    # (发布机构: / 有效 / 区文化广电旅游局: a validity field's value, then the publisher)
    validity = ("索 引 号: 730175419/2025-62631\n文  号: 组配分类: 政协提案\n发布机构:\n有效\n区文化广电旅游局\n主题分类: 旅游\n"
                "关于区政协六届四次会议第38号提案的答复\n尊敬的龚红波委员:\n您提出的提案收悉,现答复如下:\n一、加强扶持\n")
    assert parse(validity).issuer_names == ["区文化广电旅游局"]


def test_review_of_the_eleventh_sessions_header_rules_misfires_stay_mended():
    record = parse("关于加强服务的答复\n发布日期 2023-06-07 浏览次数 235\n文号 静教〔2023〕15号 来源 区教育局\n王芳代表:\n您的建议收悉,现答复如下:\n我局将推进。\n")
    assert record.header["date"] == "2023-06-07" and record.header["doc_number"] == "静教〔2023〕15号"
    judged = parse("关于加强服务的建议的答复\n王芳代表：\n您提出的非常具有针对性的建议已收悉，现答复如下：\n我局将推进。\n")
    assert "suggestion_title" not in judged.header
    attached = parse("王芳代表:\n您的建议收悉,现答复如下:\n我局将推进。\n某某区教育局\n2023年6月7日\n相关附件：关于印发行动方案的通知.pdf\n")
    assert not attached.header["title"].startswith(("相关附件", "关于印发"))
    assert attached.kind == "Reply"
    paragraphs = parse("关于道路建设建议的答复\n王芳代表：\n您的建议收悉，现答复如下：\n"
                       "  该路段已列入改造计划。该项目由县公路养护中心负责；责任人为李明。\n"
                       "  我局将积极向上争取资金。该工作由县财政局负责，责任人为王强。\n")
    assert paragraphs.blocks == []  # (a reply's paragraphs report the writer's work: no owned items)


def test_an_issuer_line_above_a_title_broken_in_three_opens_it_and_a_publishers_short_form_yields_to_the_title():
    broken = parse("旺苍县文化旅游和体育局\n关于对县政协第十届第四次会议第32号\n提案答复的函\n李勇委员:\n您提出的提案收悉,现答复如下:\n我局将推进。\n")
    assert broken.header["title"] == "旺苍县文化旅游和体育局关于对县政协第十届第四次会议第32号提案答复的函"
    short = parse("索引号 002489479/2023-00203 公开方式 主动公开\n发布单位 市建委 主题分类 城乡建设\n"
                  "杭州市城乡建设委员会关于市政协十二届二次会议第88号提案的答复\n您提出的建议收悉。现答复如下:\n我委将推进。\n")
    assert short.issuer_names == ["杭州市城乡建设委员会"]
    # (发布机构 市滨海新区管委会: the level standing for the city the title writes without it, 瑞安)
    level = parse("组配分类 | 人大代表建议办理结果 | 发布机构 | 市滨海新区管委会 |\n"
                  "瑞安滨海新区管委会关于市十七届人大三次会议第101号代表建议的答复函 |\n叶志勇等代表: 你们提出的建议已收悉。答复如下: 我委将推进。\n")
    assert level.issuer_names == ["瑞安滨海新区管委会"]


def test_a_suggestions_handling_opinion_without_的_or_a_report_answering_it_is_a_reply():
    record = parse("莒南县十七届人大二次会议第45号建议《关于加大农村社区公共卫生基础建设投入的建议》已办结。现将办理情况公告如下:\n"
                   "关于加大农村社区公共卫生基础建设投入的建议办理意见\n1、全县共有乡镇卫生院16处。\n莒南县卫生和计划生育局\n2018年7月15日\n")
    assert (record.kind, record.header["proposal_number"]) == ("Reply", "45")  # (the number, its kind, then the title)
    report = parse("关于县政协十一届三次会议第120号提案答复的报告\n吴杰委员:\n您提出的提案收悉,现将办理情况答复如下:\n我委将推进建设。\n")
    assert report.kind == "Reply"  # (a report answering a proposal)


def test_a_proposals_co_handling_opinion_in_a_letter_is_a_reply():
    letter = parse("省文化和旅游厅关于省政协十三届二次会议第20240349号提案会办意见的函\n省自然资源厅:\n张建国委员提出的提案收悉。我单位会办意见如下:\n一是打造旅游品牌。\n")
    assert letter.kind == "Reply"


def test_second_review_of_the_eleventh_sessions_header_rules_misfires_stay_mended():
    notice = parse("关于做好2024年人大代表建议和政协委员提案会办意见反馈工作的通知\n各单位：\n请按要求反馈。\n")
    assert notice.kind != "Reply"
    empty = parse("关于开展自查的通知\n文号：\n\n请各乡镇于5月底前完成自查。\n发布单位:\n\n各乡镇人民政府：\n现将有关事项通知如下。\n")
    assert "doc_number" not in empty.header and "各乡镇人民政府：" not in empty.issuer_names


def test_an_unsigned_replys_writer_may_open_it_carrying_out_the_centres_line():
    text = ("尊敬的王素梅委员:\n您提出的“关于深化产教融合提升人力资源质量的提案”已收悉,经过认真调查研究,现答复如下:\n"
            "首先感谢您对职业教育产教融合工作的关心关注。近年来,郑州市教育局深入贯彻落实习近平总书记关于职业教育的重要指示精神。\n"
            "一、持续加大政策支持力度\n")
    assert parse(text).issuer_names == ["郑州市教育局"]


def test_a_heading_run_into_its_body_ends_where_the_body_opens_with_a_year():
    parsed = parse("关于第5号提案的答复\n刘艳委员:\n你们的提案已收悉。现答复如下:\n"
                   "(一)关于建议将职业教育发展纳入产业发展规划2021年以来,市发改委牵头制定规划纲要。\n"
                   "(二)到2025年底前建成产教融合实训基地。\n")
    headings = [b.heading for root in parsed.blocks for b in root.walk()]
    assert headings == ["关于建议将职业教育发展纳入产业发展规划", "到2025年底前建成产教融合实训基地"]


def test_a_letter_on_how_a_suggestion_was_handled_is_a_reply():
    parsed = parse("深圳市罗湖区人民政府关于深圳市六届人大八次会议代表建议第20200296号办理情况的函\n尊敬的张永清等代表:\n"
                   "您提出的建议收悉。\n我区对推进城市大学落地筹建工作进行了多次研究和论证。\n")
    assert parsed.kind == "Reply"


def test_a_news_page_quoting_a_reply_is_a_reply_written_by_the_body_its_lead_names():
    text = ("近日,工信部在答复政协十三届全国委员会第三次会议第2524号提案表示,将纳入“十四五”国家专项规划。\n"
            "以下是回复全文:\n一、关于产能\n我部积极贯彻落实决策部署。\n")
    parsed = parse(text)
    assert parsed.kind == "Reply"
    assert parsed.issuer_names == ["工信部"]


def test_an_unsigned_reply_names_its_writer_where_the_opening_says_it_took_up_the_suggestion():
    text = ("对市政协十三届三次会议第0010号提案的答复\n发布日期(2020-07-11)\n骆山鹰委员\n"
            "您提出的“关于进一步改善上海夜间经济运营的建议”的提案收悉,现将办理情况答复如下:\n"
            "一、办理概述\n市商务委收到您的提案后高度重视,我们认真研究您的提案内容。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["市商务委"]
    assert parsed.header["deputy"] == "骆山鹰" and parsed.header["date"] == "2020-07-11"
    led = parse("对第0776号代表建议的答复\n您的建议收悉。市农业农村委领导高度重视您的建议,我委会同市规划资源局进行了商研。\n")
    assert led.issuer_names == ["市农业农村委"]


def test_a_records_发布机关_field_names_the_writer():
    text = ("  • 发布机关 :国家新闻出版广电总局\n  • 名        称 :对十二届全国人大五次会议第1085号建议的答复\n\n"
            "对十二届全国人大五次会议第1085号建议的答复\n\n姚晓英代表:\n您提出的建议收悉。现答复如下:\n我局将加大支持。\n")
    assert parse(text).issuer_names == ["国家新闻出版广电总局"]


def test_a_body_named_alone_above_the_title_is_the_writer_before_the_pages_source_field():
    text = ("四川省市场监督管理局 \n对省第十三届人大五次会议第735号 \n建议答复的函\n\n2022年06月22日 15:15\n\n"
            "来源:省局办公室\n\n 川市监函〔2022〕262号\n\n何通知代表:\n您提出的建议收悉。现答复如下:\n我局将持续推进。\n")
    assert parse(text).issuer_names == ["四川省市场监督管理局"]


def test_a_page_flattened_into_one_line_is_read_by_the_runs_of_spaces_that_kept_its_lines_apart():
    cells = ["上海市普陀区人民政府办公室关于印发工作任务清单的通知", "普府办〔2025〕27号", "各街道办事处、镇政府:",
             "现将工作任务清单印发给你们,请认真贯彻执行。", "上海市普陀区人民政府办公室", "2025年5月12日",
             "工作任务清单", "序号", "工作任务", "责任单位", "一、优化营商环境", "1",
             "加快建设企业服务数字应用,完善登记注册申请表单智能预填、申请材料智能生成、申请条件智能预检等功能。", "区市场监管局",
             "2", "深化注册资本认缴登记制度改革,切实推动注册资本异常判定、出资期限豁免调整、另册管理制度细化落实。", "区市场监管局",
             "3", "完善企业名称登记规范,深化不含行政区划企业名称登记管理,提升名称登记便利度和规范化。", "区市场监管局"]
    parsed = parse("   ".join(cells) + "\n")
    assert parsed.header["doc_number"] == "普府办〔2025〕27号"
    assert parsed.issuer_names == ["上海市普陀区人民政府办公室"]
    assert "\n一、优化营商环境\n" in parsed.text
    one_line = "区政府   将继续推进   工作。"  # a short line with gaps is left as written
    assert parse(one_line).text.count("\n") == 0


def test_a_pages_time_stamp_near_the_top_dates_an_unsigned_reply_and_a_category_number_does_not_hide_the_proposals():
    text = ("关于政协十三届全国委员会第四次会议第0867号(资源环境类086号)提案答复的函\n\n2021-08-17 来源:生态环境部\n\n"
            "黄莉新等25位委员:\n你们提出的提案收悉,答复如下:\n我部将继续推进。\n")
    header = parse(text).header
    assert header["date"] == "2021-08-17" and header["proposal_number"] == "0867"
    stamped = parse("对省人大第735号建议答复的函\n2022年06月22日 15:15\n何通知代表:\n您提出的建议收悉。\n我局将推进。\n")
    assert stamped.header["date"] == "2022-06-22"


def test_a_deputy_written_with_等_and_no_count_and_a_cc_units_copy_count_are_read_without_them():
    text = ("关于第1916号建议的答复\n胡扬帆等代表:\n你们提出的建议收悉,现答复如下:\n我厅将加强指导。\n湖南省环境保护厅\n2016年5月10日\n"
            "抄 送:省政府办公厅建议提案办理处(1)\n")
    parsed = parse(text)
    assert parsed.header["deputy"] == "胡扬帆"
    assert parsed.cc == ["省政府办公厅建议提案办理处"]


def test_a_record_with_bullets_and_values_on_the_next_line_gives_the_title_and_date():
    text = ("  • 生成日期:\n  • 2021-08-02\n  • 文  号:\n  • 名  称:\n  • 省卫生健康委关于省政协十二届四次会议第4143号提案的答复\n"
            "省卫生健康委关于省政协十二届四次会议第4143号提案的答复\n\n冉霞委员:\n您提出的建议收悉。现答复如下:\n我委将加强指导。\n")
    parsed = parse(text)
    assert parsed.header["title"] == "省卫生健康委关于省政协十二届四次会议第4143号提案的答复"
    assert parsed.header["date"] == "2021-08-02" and parsed.issuer_names == ["省卫生健康委"]


def test_a_reply_handed_to_its_writer_names_it_and_a_bracketed_number_after_the_suggestion_is_its_number():
    text = ("省十三届人大三次会议《关于改善我省营商环境的建议》(0267号)的答复\n赵秀岩代表:\n"
            "按照省政府的要求,您提出的“关于改善我省营商环境的建议”已交由省营商环境建设局办理,局领导高度重视。\n一、工作推进情况\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["省营商环境建设局"]  # not 省十三届人大三次会议《, the words before 关于
    assert parsed.header["proposal_number"] == "0267"
    tabled = parse("[ 发布机构 ] | 大足区经济信息委 | [ 发布日期 ] | 2022-06-10 |\n关于第37号提案的复函\n陈治伟委员:\n"
                   "您提出的《关于加快新能源汽车产业规划布局的建议》(第37号)收悉。\n")
    assert tabled.header["date"] == "2022-06-10" and tabled.header["proposal_number"] == "37"


def test_a_record_copied_as_cells_without_colons_gives_writer_number_title_date_and_result():
    text = ("发布机构 | 厦门市商务局 | 文 号 | 厦商务函〔2024〕110号 |\n生成日期 | 2024-07-29 | ||\n"
            "标 题: | 厦门市商务局关于市政协十四届三次会议第20241050号提案办理情况答复的函 | ||\n答复类别:A类\n市工信局:\n"
            "《关于探索“工业上楼”专业园区开发模式的建议》提案(第20241050)收悉,现将会办意见答复如下:\n一、办理背景\n")
    parsed = parse(text)
    assert parsed.kind == "Reply" and parsed.issuer_names == ["厦门市商务局"]
    assert parsed.header["doc_number"] == "厦商务函〔2024〕110号" and parsed.header["date"] == "2024-07-29"
    assert parsed.header["title"].startswith("厦门市商务局关于") and parsed.header["result"] == "A类"


def test_a_title_broken_after_its_writers_name_and_a_serial_written_with_第_are_read():
    text = "教育部对十二届全国人大五次会议\n第7508号建议的答复\n\n教建议〔2017〕第39号\n\n你们提出的建议收悉,现答复如下:\n我部将加强指导。\n"
    parsed = parse(text)
    assert parsed.header["title"] == "教育部对十二届全国人大五次会议第7508号建议的答复"
    assert parsed.header["doc_number"] == "教建议〔2017〕第39号" and parsed.issuer_names == ["教育部"]


def test_deputies_named_where_the_reply_opens_and_a_stamp_run_into_its_source_are_read():
    text = ("关于开展南大支路交通整治的建议的答复\n\n信息来源: 大场镇 发布时间 2025-05-30\n  • 机构名称: 大场镇\n\n"
            "新区政协陈志洪、王蓉委员提出的关于开展南大支路交通整治的建议已收悉,现形成办理意见如下:\n我镇将持续跟进监管。\n")
    parsed = parse(text)
    assert parsed.header["deputy"] == "陈志洪、王蓉" and parsed.issuer_names == ["大场镇"]
    assert parsed.header["title"] == "关于开展南大支路交通整治的建议的答复"
    stamped = parse("对8718号建议的答复\n2020-12-09 18:47来源:救灾和物资保障司\n丁烈云代表:\n您提出的建议收悉。\n")
    assert stamped.header["date"] == "2020-12-09"


def test_bodies_that_hand_a_suggestion_on_or_only_regard_it_are_never_an_unsigned_replys_writer():
    for opening in ("区人大常委会收到您的提案后，交由我局办理。", "区委区政府高度重视，多次专题研究。",
                    "市政府办公厅收到您的提案后，转交我委办理。", "该建议由我局会同区公安分局办理。",
                    "您的提案由市交通委主办，我局会办。", "您的建议已移交市公安局办理。"):
        assert parse(f"关于第1号提案的答复\n张三委员:\n{opening}我局将加强管理。\n").issuer_names == [], opening
    assert parse("关于开展申报的通知\n网上申报由市企业服务中心办理。\n").issuer_names == []


def test_deputies_counted_or_unnamed_in_the_opening_and_a_listed_bodys_机构名称_are_read_for_what_they_are():
    counted = parse("关于第1号提案的答复\n张华等五位委员提出的关于加强管理的建议已收悉,现答复如下:\n我局将加强管理。\n")
    assert counted.header["deputy"] == "张华"
    assert "deputy" not in parse("关于第1号提案的答复\n部分委员提出的关于加强管理的建议已收悉,现答复如下:\n我局将加强管理。\n").header
    notice = parse("上海市静安区民政局关于养老机构设立备案信息的公示\n机构名称：上海市静安区康乐养老院\n地址：某路1号\n")
    assert notice.issuer_names == ["上海市静安区民政局"]


def test_an_unsigned_replys_writer_is_the_one_body_that_opens_its_first_paragraph_acting():
    text = ("对市政协十三届四次会议第0905号提案的答复\n\n索取号 AC6120200-2021-036\n产生日期 2021-06-10\n\n陈俊等委员\n\n"
            "你们提出的“关于发挥上海在长三角营商环境联建中引领作用的建议”提案收悉。经研究,现将办理情况答复如下\n\n"
            "近年来,上海市市场监管局会同江苏、浙江、安徽省市场监管部门,协同推进营商环境联建。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["上海市市场监管局"]
    assert parsed.header["deputy"] == "陈俊" and parsed.header["date"] == "2021-06-10"
    proposer = parse("关于第0132号提案的答复\n台盟上海市委:\n你们提出的提案收悉。现答复如下:\n"
                     "九三学社上海市委、民建上海市委也提出了建议。我们将推进两岸交流。\n")
    assert proposer.issuer_names == []
    stamped = parse("对第2923号建议的答复\n\n   2021-10-18 国家市场监督管理总局10870\n王新春代表:\n您提出的建议收悉,现答复如下:\n"
                    "市场监管总局等部门高度重视,通过强化监管推进工作。\n")
    assert stamped.header["date"] == "2021-10-18" and stamped.issuer_names == ["市场监管总局"]


def test_an_unsigned_replys_writer_regarding_the_suggestion_is_read_though_its_sentence_later_names_what_was_proposed():
    text = ("高筱芳代表:\n您提出的《关于以长期护理保险制度助力养老事业发展的建议》(第205号)交我们办理,现答复如下:\n一、办理工作开展情况\n"
            "省医保局高度重视代表建议办理工作,认真组织研究,针对您提出的建议,结合医保职能认真分析,提出如下答复意见。\n"
            "二、关于建议内容的逐条答复\n我们将推进试点。\n")
    assert parse(text).issuer_names == ["省医保局"]


def test_an_unsigned_replys_writer_opening_its_first_paragraph_with_more_verbs_of_its_own_work_is_read():
    opening = "王芳委员:\n您提出的提案收悉,现答复如下:\n"
    for first, writer in (("近年来,商务厅党组深入贯彻落实中央关于兴边富民的决策部署。", "商务厅"),
                          ("一、已完成的工作\n市富硒产业办紧紧围绕千亿产业目标定位,加快发展。", "市富硒产业办"),
                          ("朝阳市公安局利用反诈骗中心公众号开展宣传。", "朝阳市公安局")):
        assert parse(opening + first + "\n我们将继续推进。\n").issuer_names == [writer], first
    charged = "一、关于开通边境旅游线路的事宜。旗政府已责成旗旅游局通过市旅游局向自治区旅游局申请。"
    assert parse(opening + charged + "\n").issuer_names == []  # (one body charging another: no one writer)


def test_a_replys_record_lines_name_the_deputy_and_an_empty_result_field_takes_no_sentence():
    text = ("区政协十届二次会议提案回复--9号\n\n杨陵区工业和信息化局\n\n关于区政协十届二次会议第9号委员提案办理情况的复函\n\n"
            "委员姓名:楚文娟\n\n建议内容:关于支持夜间经济发展建议\n\n办理结果:\n\n您们提出的关于支持夜间经济发展的建议提案收悉,现答复如下:\n")
    header = parse(text).header
    assert header["deputy"] == "楚文娟" and header["proposal_number"] == "9"
    assert "result" not in header


def test_a_suggestions_回复意见_is_a_reply():
    assert parse("省农业厅对省十三届人大一次会议第2018421号建议的回复意见\n许强代表:\n您的建议非常好。\n").kind == "Reply"


def test_an_empty_record_field_takes_no_value_and_a_bracketed_number_opens_the_title():
    text = ("索引号: 主题分类: 2020年\n发布机构: 发布日期: 2020-11-24 15:53\n\n"
            "(东文旅发〔2020〕29号)关于对政协昆明市东川区第五届委员会第四次会议第77号提案的答复\n\n九三学社东川区委员会:\n"
            "您们提出的建议已交我局研究办理,现答复如下:\n")
    parsed = parse(text)
    assert parsed.header["doc_number"] == "东文旅发〔2020〕29号"
    assert parsed.header["title"].startswith("关于对政协昆明市东川区")
    assert not any("发布日期" in name for name in parsed.issuer_names)


def test_a_notices_attached_plan_with_short_items_stays_in_its_body_but_an_attachment_list_does_not():
    plan = ("北京市通州区人民政府办公室关于印发任务分工方案的通知\n通政办发〔2021〕8号\n各街道办事处:\n现将方案印发给你们。\n"
            "北京市通州区人民政府办公室\n2021年8月9日\n任务分工方案\n一、主要指标\n1.北运河水质达到Ⅳ类。\n\n牵头单位:区水务局\n\n"
            "2.森林覆盖率达到36.5%。\n\n牵头单位:区园林绿化局\n")
    parsed = parse(plan)
    assert parsed.body.end > plan.index("森林覆盖率")
    listed = parse("关于开展申报的通知\n一、工作要求\n各单位要认真组织申报工作，按时报送材料。\n附件:\n"
                   "1.申报条件\n2.申报书格式\n上海市科学技术委员会\n2024年1月2日\n")
    assert listed.body.end <= listed.text.index("附件")


def test_review_mends_for_openings_flattened_fields_footers_results_and_stamps():
    for opening in ("目前，市住房城乡建设管理委、市规划资源局等部门正在研究。我区将积极配合。",
                    "三是区交通局、区公安局等单位要加强管理。", "经与自治区发展和改革委员会、自治区交通运输厅沟通，项目已列入规划。",
                    "社区卫生服务中心高度重视。"):
        assert parse(f"关于区十七届人大第12号建议的答复\n王代表:\n您的建议收悉,现答复如下:\n{opening}\n").issuer_names == [], opening
    national = parse("关于省十三届人大第12号建议的答复\n王代表:\n您的建议收悉,现答复如下:\n近年来，教育部高度重视，会同有关部门推进。\n")
    assert national.issuer_names == []
    flat = " ".join(["索引号：", "11341800/2022-00123", "发布机构：", "广德市教育体育局", "主题分类：", "教育", "关于政协第12号提案的答复",
                     "张明委员：", "您提出的关于加强校园安全的提案收悉。现答复如下：", "一、加强校园安保力量配备。",
                     "我局已为全市中小学配备专职保安。", "二、完善校园周边交通设施。", "我局会同市公安局设置校园周边减速带。",
                     "三、加强安全教育。", "我局每学期开展安全教育活动。"])
    assert parse(flat).issuer_names == ["广德市教育体育局"]
    footer = parse("杨浦区人民政府办公室关于印发工作要点的通知\n一、重点任务\n3.完成既有多层住宅加装电梯100台。\n"
                   "杨浦区人民政府办公室\n2023年3月15日\n联系单位：区民政局，联系人：王某\n")
    assert footer.body.end <= footer.text.index("杨浦区人民政府办公室\n2023")
    result = parse("关于第3号提案的答复\n办理结果：B类（所提问题正在解决或者已列入计划准备解决的）\n王委员:\n您的提案收悉。\n")
    assert result.header["result"].startswith("B类")
    assert "date" not in parse("关于开展专项行动的实施方案\n2023年3月1日 至3月31日为动员部署阶段。\n一、工作任务\n").header
    assert parse("关于做好2023年人大代表建议和政协提案的回复意见征集工作的通知\n各区：\n请做好征集工作。\n").kind != "Reply"


def test_a_pages_date_field_dates_an_unsigned_reply_and_a_stray_mark_before_the_salutation_is_no_part_of_it():
    parsed = parse("重庆市发展和改革委员会关于第0924号代表建议办理情况的答复函\n\n日期:2025-05-29\n\n?易先勇代表:\n\n"
                   "您提出的建议收悉。现答复如下:\n\n一是争取国家支持。\n")
    assert parsed.header["date"] == "2025-05-29"
    assert parsed.header["deputy"] == "易先勇"


def test_a_titles_fuller_copy_below_the_number_is_the_title_and_an_empty_number_cell_gives_no_number():
    parsed = parse("市政府关于做好就业创业工作的意见\n\n沪府发〔2017〕76号\n\n上海市人民政府关于做好就业创业工作的意见\n\n"
                   "各区人民政府:\n\n一、总体要求\n")
    assert parsed.header["title"] == "上海市人民政府关于做好就业创业工作的意见"
    record = parse("索引号 | 15262660-/2021-0702001 | 发布机构 | 龙陵县文化和旅游局 |\n文号 | 浏览量 |\n杨世国代表:\n您的建议收悉,现答复如下:\n")
    assert "doc_number" not in record.header


def test_a_records_field_names_alone_on_their_lines_take_the_next_line_as_value():
    parsed = parse("关于第4087号提案答复的函\n\n发文字号\n\n自然资协提复字〔2018〕第48号\n\n发布机构\n\n自然资源部\n\n生成日期\n\n2018年08月29日\n\n"
                   "郑建闽委员:\n\n您的提案收悉,我部进行了认真研究,答复如下:\n\n一是,加快推进空间规划立法。\n")
    assert parsed.header["doc_number"] == "自然资协提复字〔2018〕第48号"
    assert parsed.issuer_names == ["自然资源部"]


def test_a_records_empty_field_leaves_the_next_field_alone_on_the_line_below_it():
    parsed = parse("索 引 号:\n640501011/2024-00646\n文  号:\n发布机构:\n中卫市自然资源局\n生成日期:\n2024年09月23日\n"
                   "对市政协五届三次会议第126号提案的答复\n温旭茹委员\n您提出的提案收悉,现答复如下:\n一是加大宣传力度。\n")
    assert parsed.issuer_names == ["中卫市自然资源局"]


def test_a_long_list_of_members_and_a_result_code_with_its_meaning_on_its_line_are_read():
    members = "、".join(["冯培辅", "王清峰", "马永明", "安丰海", "韩军", "陈思宇", "刘成国", "刘克涛", "吴成刚", "李娜", "曹淑云", "相其祝",
                        "吴世磊", "刘好贞", "李世明"])
    parsed = parse(f"关于解决老旧小区物业管理问题的建议的提案答复\nB:正在解决\n{members}委员:\n"
                   "您提出的《关于解决老旧小区物业管理问题的建议的提案》收悉,现答复如下:\n一、加强管理。\n")
    assert parsed.header["deputy"] == members
    assert parsed.header["result"] == "正在解决"


def test_a_result_given_only_as_its_code_is_read():
    for head, code in (("[办理结果标注(A1)]\n", "A1"), ("(复文分类:B)\n", "B"), ("类别:A\n", "A")):
        parsed = parse(head + "关于第36号建议的答复\n初广作代表:\n您提出的建议收悉,现答复如下:\n1.推进种业振兴行动。\n")
        assert parsed.header["result"] == code
    assert "result" not in parse("项目类别:A类项目\n关于第36号建议的答复\n").header


def test_round_19_headers_session_numbers_reply_titles_name_fields_dated_numbers_and_signing_departments():
    reply = parse("关于加大老旧小区改造的建议\n对区十七届人大第五次会议第B(2025)93号建议的回复\n\n尊敬的郭文雅代表:\n\n"
                  "您提出的建议已收悉,我中心高度重视,现答复如下:\n\n一、基本情况\n")
    assert reply.header["title"] == "对区十七届人大第五次会议第B(2025)93号建议的回复"
    assert "doc_number" not in reply.header
    record = parse("主题分类:建议提案答复 | |\n名 称:对十三届全国人大四次会议第8147号建议的协办意见 | |\n交通运输部办公厅:\n"
                   "经研究,我局对第8147号建议提出如下协办意见:\n我局积极支持民航基础设施建设。\n中国民用航空局综合司\n2021年5月20日\n")
    assert record.header["title"] == "对十三届全国人大四次会议第8147号建议的协办意见"
    assert record.issuer_names == ["中国民用航空局"]
    notice = parse("四川省人民政府办公厅\n关于印发责任分工方案的通知\n川办函〔2017〕113号 2017年6月2日\n各市(州)人民政府:\n")
    assert notice.header["date"] == "2017-06-02"
    heading = parse("杨世国代表:\n您的建议收悉,现答复如下:\n一、关于规划的问题\n二、对代表所提两条对策建议的针对性答复\n")
    assert heading.header["title"] == ""
    assert parse("池州市贵池区2020年食品安全重点工作安排\n一、年度重点任务\n").kind == "Plan"


def test_second_review_mends_for_meeting_times_proposal_records_and_empty_record_fields():
    meeting = parse("关于召开全区安全生产工作会议的通知\n各街道:\n现将有关事项通知如下:\n时间：2024年1月18日（星期四）上午9:00\n")
    assert "date" not in meeting.header
    record = parse("提案号：20230117    提案人：王芳    时间：2023-01-10\n关于加强社区养老服务的提案的答复\n王芳委员：\n您的提案收悉,现答复如下:\n")
    assert "date" not in record.header
    empty = parse("标题\n关于第1234号提案答复的函\n发布机构\n\n发布日期\n2019-08-01\n张三委员:\n您的提案收悉,现答复如下:\n")
    assert empty.issuer_names != ["发布日期"]


def test_third_review_mends_for_signing_departments_minutes_numbers_report_kinds_name_columns_and_page_dates():
    ndrc = parse("关于第1234号建议的答复\n张三代表:\n您的建议收悉,现答复如下:\n一是我委将完善价格机制。\n国家发展和改革委员会价格司\n2021年7月1日\n")
    assert ndrc.issuer_names == ["国家发展和改革委员会"]
    rail = parse("关于第0456号建议的答复\n李四代表:\n您的建议收悉,现答复如下:\n我局集团公司将适时增开列车。\n中国铁路上海局集团有限公司\n2022年6月20日\n")
    assert rail.issuer_names != ["中国铁路上海局"]
    assert parse("市政府常务会议纪要〔2023〕5号\n关于研究城市更新等工作的会议纪要\n").header["doc_number"] == "市政府常务会议纪要〔2023〕5号"
    assert parse("关于2023年全市政务公开工作要点落实情况的通报\n各区:\n现将落实情况通报如下:\n").kind != "Plan"
    table = parse("附件1\n\n2024年市级重点民生实事项目表\n\n序号\n名称\n主要内容\n牵头单位\n1\n老旧小区改造\n完成改造100个\n市住建局\n")
    assert table.header.get("title", "") != "主要内容"
    for top in ("日期：2023-07-18 来源：宁波市住房和城乡建设局 字号：大 中 小",
                "首页 > 政务公开 > 建议提案办理 > " + "人大代表建议答复" * 12 + " 来源：宁波市住建局 时间：2023-07-18 16:00 浏览次数：256"):
        assert parse(top + "\n李四代表:\n您的建议收悉,现答复如下:\n一是加快加装电梯。\n").header["date"] == "2023-07-18"
    office = parse("国务院办公厅秘书局关于印发分工的通知\n各部门:\n现印发给你们。\n国务院办公厅秘书局\n2023年6月1日\n")
    assert office.issuer_names == ["国务院办公厅秘书局"]


def test_a_regulations_or_rules_title_line_is_the_title_but_a_bracketed_note_above_a_title_is_not():
    regulation = "广东省自主创新促进条例\n第一章 总 则\n第一条 为了提高自主创新能力，制定本条例。\n"
    assert parse(regulation).header["title"] == "广东省自主创新促进条例"
    rules = "国防科技工业技术基础科研奖励性后补助实施细则(试行)\n第一条 为规范管理，制定本细则。\n"
    assert parse(rules).header["title"] == "国防科技工业技术基础科研奖励性后补助实施细则（试行）"
    noted = "(此公告业经卫生部会签)\n附件：射线装置分类办法\n\n二○○六年五月三十日\n"
    assert not parse(noted).header.get("title", "").startswith("（")


def test_a_proposals_handling_opinion_with_its_number_in_brackets_is_a_reply_with_that_number():
    text = ("广州市应急管理局关于《关于强化应急能力建设的建议》提案(第1006号)的办理意见\n致公党广州市委员会：\n"
            "你们提出的提案收悉，现答复如下：\n一、加强组织领导\n我局牵头办理。\n广州市应急管理局\n2019年8月21日\n")
    parsed = parse(text)
    assert parsed.kind == "Reply" and parsed.header["proposal_number"] == "1006"


def test_a_proposals_handling_opinion_with_its_topic_in_brackets_is_a_reply_and_a_bare_bracketed_number_is_read():
    bracketed = "关于区政协第0456号提案（关于加强养老服务的建议）的办理意见\n王建国委员：\n您的提案收悉，现答复如下：\n一、加强管理。\n"
    assert parse(bracketed).kind == "Reply"
    bare = "关于加强养老服务的提案（第0123号）的办理意见\n王建国委员：\n您的提案收悉，现答复如下：\n一、加强管理。\n"
    assert parse(bare).header["proposal_number"] == "0123"


def test_a_suggestions_title_is_read_in_marks_with_quotes_inside_or_unquoted_and_its_kind_once():
    cases = {
        "您提出关于加快建设大巴山生态博物馆的建议》收悉。现答复如下：": "关于加快建设大巴山生态博物馆的建议",
        "您提出的关于在南阳建设“中国中医药文明复兴先行试点市”的建议收悉，现答复如下：": "关于在南阳建设“中国中医药文明复兴先行试点市”的建议",
        "你们提出的《关于“扩建竹下路至建峰段”保障运输畅通的建议》(第19号)收悉，现答复如下：": "关于“扩建竹下路至建峰段”保障运输畅通的建议",
        "您提出的“关于新郑市新港产业集聚区基础设施改造”的建议收悉。现答复如下：": "关于新郑市新港产业集聚区基础设施改造",
        "您提出的关于“推广引进新型农业产业”的建议收悉，现答复如下：": "推广引进新型农业产业",
        "周元祝提出的关于本区重点地区和“苏河之冠”发展建议的提案收悉，现答复如下：": "关于本区重点地区和“苏河之冠”发展建议",
    }
    for opening, title in cases.items():
        assert _reply_header("王芳代表：", opening).get("suggestion_title") == title


def test_a_titles_year_below_it_is_part_of_it_and_a_page_date_or_number_after_it_is_not():
    plan = "上海市普陀区人民政府办公室\n2026年1月4日\n普陀区推进建设一流营商环境行动方案\n(2026年)\n2026年是开局之年。\n一、建设服务环境\n"
    assert parse(plan).header["title"] == "普陀区推进建设一流营商环境行动方案（2026年）"
    numbered = "关于省十三届人大一次会议温36号建议的答复[浙交建〔2018〕101号]\n蓝德云代表:\n您的建议收悉。经研究,现答复如下:\n"
    header = parse(numbered).header
    assert header["title"] == "关于省十三届人大一次会议温36号建议的答复" and header["doc_number"] == "浙交建〔2018〕101号"
    dated = "对市政协十三届五次会议第1016号提案的答复 ( 2022-07-29 )\n王委员:\n您的提案收悉,现答复如下:\n"
    assert parse(dated).header["title"] == "对市政协十三届五次会议第1016号提案的答复"


def test_a_proposal_number_keeps_its_letters_and_session_prefix():
    for number in ("A-078", "T014", "24-105", "B128", "JY100012050700", "1310"):
        text = f"对区政协七届三次会议第{number}号提案的会办意见\n区教育局:\n沈丹提出的提案收悉,现将会办意见函告如下:\n一、严格审核\n"
        assert parse(text).header["proposal_number"] == number


def test_the_proposer_is_read_from_the_openings_clause_a_greeting_or_a_count_of_deputies():
    cases = {
        "在年初召开的区十五届政协五次会议上,夏海萍委员提出的提案,经研究答复如下:": "夏海萍",
        "区政协陈金新委员在区政协第五届委员会第二次会议期间所提的第07号提案收悉。": "陈金新",
        "提案人常洁提出的关于《打造工业设计“嘉定名片”》的提案收悉,现将会办意见函告如下:": "常洁",
        "马军运代表: 您好,您提出的“关于将单位宿舍纳入老旧小区的改造范围的建议”收悉。": "马军运",
        "范吉军等13位人大代表:": "范吉军",
        "孙立国代表:第一次会议第1192号建议办理情况的答复": "孙立国",  # (the copy's title run on after the salutation)
    }
    for opening, deputy in cases.items():
        assert _reply_header(opening).get("deputy") == deputy
    for opening in ("经研究，市政府提出的关于加强管理的意见如下：", "专家提出的关于加强管理的意见如下："):
        assert not _reply_header(opening).get("deputy")


def test_a_signatures_date_run_onto_other_words_is_the_documents_date():
    for tail in ("一览表 .docx 工业和信息化部2020年12月9日", "国务院2016年7月28日（此件公开发布）“十三五”国家科技创新规划",
                 "工业和信息化部办公厅\n     2021年8月31日附件：名单"):
        text = f"工信厅科函〔2021〕216号\n各有关单位：\n现开展工作。\n{tail}\n"
        assert parse(text).header.get("date") in ("2020-12-09", "2016-07-28", "2021-08-31")
    assert not parse("工信厅科函〔2021〕216号\n各有关单位：\n自2021年8月31日起施行。\n").header.get("date")


def test_fourth_review_mends_dates_deputies_and_suggestion_titles_in_texts_that_are_no_replies():
    for text in ("通知\n各单位：\n贯彻落实省政府2022年6月1日印发的《办法》。\n", "通知\n各单位：\n经市委常委会2023年5月8日会议审议通过。\n",
                 "通知\n会议时间：\n2023年6月1日（星期四）上午9:00\n"):
        assert not parse(text).header.get("date")
    assert not parse("尊敬的政协委员：您好！\n您提出的提案收悉，现答复如下：\n一、加强。\n").header.get("deputy")
    assert not parse("会议纪要\n会上，王刚委员提出的意见如下。\n").header.get("deputy")
    assert not parse("关于第12号建议的答复\n您好，多位委员提出的提案收悉，现答复如下：\n一、加强。\n").header.get("deputy")
    notice = "通知\n各单位对《随州市城市绿化管理办法（征求意见稿）》的建议请于6月10日前报送我局，逾期未收到视为无意见。\n"
    assert not parse(notice).header.get("suggestion_title")


def test_a_replys_result_code_is_read_after_a_spaced_or_prefixed_label_alone_on_a_line_or_after_its_number():
    cases = {"类别:B类": "B类", "办复类别:B类": "B类", "类 别:B": "B", "A类": "A类", "湘阴交函议复字〔2019〕6号(A)": "A"}
    for line, code in cases.items():
        assert _reply_header(line, "王芳代表：", "您提出的建议收悉，现答复如下：").get("result") == code
    assert not parse("通知\nA类\n各单位：\n一、加强建设。\n").header.get("result")


def test_a_ministry_pages_footer_and_a_signature_run_onto_its_date_close_the_body():
    text = ("工信部原函〔2020〕263号\n各省工业和信息化主管部门：\n一、加强管理。\n二、请各级工业和信息化主管部门做好宣传引导。\n"
            "工业和信息化部2020年10月24日\n（联系电话：010-68205592）\n"
            "中国政府网 网站地图主办单位：中华人民共和国工业和信息化部地址： 中国北京西长安街13号版权所有：中华人民共和国工业和信息化部\n")
    parsed = parse(text)
    assert "工业和信息化部2020" not in parsed.text[parsed.body.start : parsed.body.end]
    assert parsed.blocks[-1].end <= parsed.text.find("工业和信息化部2020")


def test_a_publisher_field_naming_the_sites_account_names_no_writer():
    text = ("索 引 号 : 主题分类:\n发布机构: 铁岭县管理员 成文日期:\n标  题: 对县十九届人大一次会议第41号建议的答复\n"
            "发文字号: 发布日期: 2022-12-08\n\n对县十九届人大一次会议第41号建议的答复\n\n宋丽娜等5名代表:\n"
            "  您提出的《关于秸秆综合利用的建议》已收悉。答复如下:我局争取专项资金700万元。\n")
    assert "铁岭县管理员" not in parse(text).issuer_names


def test_a_brigade_signing_above_a_damaged_date_and_its_handlers_contact_lines_is_the_writer():
    text = ("关于汨罗市政协十一届二次会议第12号提案的答复\n\n胡敏委员:\n您提出的提案已收悉,现将办理情况回复如下:\n"
            "该提案由市城管局主办,我大队会办。我大队将积极配合。\n\n                         汨罗市公安局交通警察大队\n\n"
            "                           2023518\n\n \n\n承办负责人:杨毅  1370740****\n\n承办人及联系电话:杨毅   0730-5182231\n\n委员反馈意见:")
    assert parse(text).issuer_names == ["汨罗市公安局交通警察大队"]
    six = ("  • 发文机关:州政府办公室\n  • 发布日期:2020-06-09\n鲁建忠代表:\n你们的建议会后由州政府研究后转交我局办理,现就办理情况答复如下:\n"
           "今年以来我局加大争取力度。\n\n甘南州文化广电和旅游局\n\n202062\n")
    parsed = parse(six)  # (six digits that can be no year and month: 2020年6月2日, under its signature)
    assert parsed.header["date"] == "2020-06-02" and parsed.issuer_names == ["甘南州文化广电和旅游局"]
    assert parse("关于某建议的答复\n张三代表:\n你的建议收悉,现答复如下:\n我局加强管理。\n\n某市交通运输局\n\n202112\n").header.get("date") != "2021-01-12"


def test_two_bodies_signing_one_line_above_a_half_damaged_date_and_a_contact_unit_line_both_wrote():
    text = ("关于退伍军人免费乘坐公共交通工具的建议\n\n张英刚代表:\n您好,您提出的建议收悉,现答复如下:\n下一步,我们将积极对接。\n\n"
            "凤县退役军人事务局 凤县交通运输局\n\n2023年816\n\n联系单位及联系人:凤县退役军人事务局 白滢滢\n\n联系电话:4763617")
    parsed = parse(text)
    assert parsed.issuer_names == ["凤县退役军人事务局", "凤县交通运输局"]
    assert parsed.header["date"] == "2023-08-16"
    day_kept = "关于某建议的答复\n张三代表:\n你的建议收悉,现答复如下:\n我局加强管理。\n\n蓬溪县交通运输局\n\n2021716日\n"
    assert parse(day_kept).header["date"] == "2021-07-16"


def test_a_delegation_a_federation_or_a_partys_provincial_committee_addressed_is_the_proposer():
    delegation = ("海南省发展和改革委员会关于海南省五届\n    人大五次会议代表建议、批评和意见\n    第552093号办理情况的答复\n   \n"
                  "    保亭代表团:\n    贵团提出的关于“促进大三亚旅游经济圈协调发展”的建议(第552093号)收悉。现答复如下:\n    一、加快交通建设\n")
    assert parse(delegation).header["deputy"] == "保亭代表团"
    federation = "内蒙古自治区工商业联合会:\n贵会提出的《关于落实退耕还林还草政策的提案》收悉。现答复如下:\n一、关于补助标准\n"
    assert parse(federation).header["deputy"] == "内蒙古自治区工商业联合会"
    party = "九三学社海南省委会:\n贵委提出的关于“改造低产槟榔园的建议”的提案收悉。现答复如下。\n一、关于统计面积\n"
    assert parse(party).header["deputy"] == "九三学社海南省委会"


def test_a_suggestions_title_unquoted_before_its_number_or_a_comma_or_in_marks_without_的_is_read():
    numbered = "张华代表:\n您提出的关于加快云南农业特色产业规模化发展的建议》(第0210号)已交由我厅研究办理答复如下:\n一、关于规模化\n"
    assert parse(numbered).header["suggestion_title"] == "关于加快云南农业特色产业规模化发展的建议"
    comma = "李明代表:\n您提出的关于加快贺兰山生态一体化修复的建议,全国人大交我委研究办理。现答复如下:\n一、关于修复\n"
    assert parse(comma).header["suggestion_title"] == "关于加快贺兰山生态一体化修复的建议"
    marked = "康志洋代表:\n您在区五届人大五次会议上提出的《关于解决侧岭乡塘子村缺水问题建议》(建议第41号)收悉,现答复如下:\n一、关于水源\n"
    assert parse(marked).header["suggestion_title"] == "关于解决侧岭乡塘子村缺水问题建议"
    half = "郭洪海委员:\n您提出的关于加大对秸秆综合利用的扶持力度”的提案收悉,现答复如下:\n一、关于利用\n"
    assert parse(half).header["suggestion_title"] == "关于加大对秸秆综合利用的扶持力度"  # (its opening quote lost)
    called = parse("仙桃市住房和城市更新局对市十届三次会议人大第16号意见的答复\n熊勇代表:\n您提出的关于加快实施毛嘴镇镇区雨污分流管网建设的建议意见收悉建议很好!"
                   "对您提出的建议,现答复如下:\n一是启动管网建设。\n")
    assert called.header["suggestion_title"] == "关于加快实施毛嘴镇镇区雨污分流管网建设的建议"
    assert called.header["proposal_number"] == "16"  # (第16号意见的答复: the suggestion called an opinion)
    unclosed = "奉泽军代表:\n您提出《关于加快城市污水管网更新换代的建议(第24号建议)收悉,现答复如下:\n一是铺设管网。\n"
    assert parse(unclosed).header["suggestion_title"] == "关于加快城市污水管网更新换代的建议"  # (its closing mark lost)


def test_a_result_code_after_the_number_alone_on_its_line_after_the_title_or_as_答复类型_is_read():
    def result(head):
        return parse(head + "\n张华代表:\n您提出的《关于加快发展的建议》收悉,现答复如下:\n一、关于发展\n").header.get("result")
    assert result("岳文旅广字〔2019〕38号B类 同意公开") == "B类"
    assert result(" 临自然资字〔2023〕5号 B1类 同意公开") == "B1类"
    assert result("(B类)") == "B类"
    assert result("A 类") == "A 类"  # (as written, the letter spaced from its 类)
    assert result("                 A") == "A"
    assert result("信息标题 关于对和静县第十八届人民代表大会第三次会议第010号议案的答复(A) 文件编号") == "A"
    assert result("   答复类型:A类") == "A类"


def test_a_title_is_read_past_a_bulleted_field_name_a_breadcrumb_a_trailing_number_and_a_dashed_site_name():
    def title(head):
        return parse(head + "\n张华代表:\n您提出的《关于加快发展的建议》收悉,现答复如下:\n一、关于发展\n").header.get("title")
    assert title("- 文号: 闽林函〔2025〕74号\n- 标题: 福建省林业局关于省十四届人大三次会议第1071号建议的答复") == \
        "福建省林业局关于省十四届人大三次会议第1071号建议的答复"
    assert title("当前位置:首页\n> 政府信息公开 > 市级部门 > 人大代表建议答复\n\n关于对温岭市十七届人大五次会议第1108号建议的答复") == \
        "关于对温岭市十七届人大五次会议第1108号建议的答复"
    notice = parse("拱墅区人民政府办公室关于印发大气污染防治2018年实施计划的通知 拱政办发〔2018〕42号\n各街道办事处:\n现将计划印发给你们。\n")
    assert notice.header["title"] == "拱墅区人民政府办公室关于印发大气污染防治2018年实施计划的通知"
    assert notice.header["doc_number"] == "拱政办发〔2018〕42号"
    assert parse("湖南省人民政府关于落实重点工作部门分工的意见-湖南省人民政府门户网站\n\n各市州人民政府:\n现提出如下意见。\n"
                 ).header["title"] == "湖南省人民政府关于落实重点工作部门分工的意见"


def test_a_pages_posting_stamp_gives_the_date_of_an_undated_reply():
    def date(head):
        return parse(head + "\n张华代表:\n您提出的《关于加快发展的建议》收悉,现答复如下:\n一、关于发展\n").header.get("date")
    assert date("关于加快发展的建议的答复\n   时间:2021-07-15 11:36") == "2021-07-15"
    assert date("关于加快发展的建议的答复\n发布日期: 2021- 10- 08 10: 45 浏览次数: 字体:[ ] 信息来源: 市住房和城乡建设局") == "2021-10-08"
    assert date("关于加快发展的建议的答复\n来源:农业农村厅发展规划处       2020-08-27 16:07:22 【字体:") == "2020-08-27"


def test_a_reply_records_cells_name_its_handler_date_proposer_and_number_past_an_empty_field():
    text = ("建议/提案提出者: | 吴杨 | 建议/提案号: | 29 | |\n标题: | 关于加大对农业龙头企业扶持力度的建议 | |||\n"
            "承办单位: | 主办: | 农业农村局 | 协办: | 东社镇 |\n答复日期: | 2021-07-08 | |||\n"
            "答复内容: | 吴杨委员: 你们提出的提案已收悉,现答复如下: 东社镇在通州区农业发展中作用重要,我局将扶持通州区龙头企业。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["农业农村局"]
    assert (parsed.header["date"], parsed.header["deputy"], parsed.header["proposal_number"]) == ("2021-07-08", "吴杨", "29")


def test_a_number_bracketed_after_a_title_is_the_documents_number_and_a_task_list_is_a_plan():
    numbered = parse("池州市人民政府关于创优“四最”营商环境的实施意见(池政〔2017〕101号)\n为贯彻落实有关意见，现提出如下实施意见。\n")
    assert (numbered.header["doc_number"], numbered.header["title"]) == ("池政〔2017〕101号", "池州市人民政府关于创优“四最”营商环境的实施意见")
    listed = parse("发布机构 金乡县农业农村局\n2021年全县乡村振兴工作重点任务清单\n发布日期:2021-04-20\n2021年全县乡村振兴工作总的要求是:坚持…。\n")
    assert (listed.header["title"], listed.kind) == ("2021年全县乡村振兴工作重点任务清单", "Plan")


def test_a_record_name_opened_by_the_number_and_a_dash_gives_both_number_and_title():
    header = parse("名 称: | 德教议复字〔2022〕25号——德江县教育局关于县第十八届人大一次会议第46号建议的答复 | ||\n"
                   "谢雅慧代表:\n您提出的建议收悉,现答复如下:\n我局已对该教学楼进行了维修加固。\n").header
    assert (header["doc_number"], header["title"]) == ("德教议复字〔2022〕25号", "德江县教育局关于县第十八届人大一次会议第46号建议的答复")


def test_a_handling_forms_title_and_its_field_of_deputies_name_the_suggestion_and_all_who_made_it():
    header = parse("阿左旗第十六届人民代表大会第二次会议第23号建议办理单\n新编号:第23号\n代表姓名:色尔道、陶力德、胡达兰太\n"
                   "主办单位:阿拉善左旗交通运输局\n事    由:关于加强乡村道路建设的建议\n色尔道等代表:\n"
                   "您提出的《关于加强乡村道路建设的建议》收悉。经研究现答复如下:\n1.该公路已实施,现已完工。\n").header
    assert header["title"] == "阿左旗第十六届人民代表大会第二次会议第23号建议办理单"
    assert header["deputy"] == "色尔道、陶力德、胡达兰太"


def test_a_records_file_number_field_and_its_title_cell_closed_by_a_bar_give_number_and_title():
    header = parse("索引号: | 113304240025561412/2022-69894 | 成文日期: | 2022-04-18 |\n文件编号: | 盐政办发〔2022〕16号 | 组配分类: | 政府工作报告 |\n"
                   "发布机构: | 县政府办公室 | 有效性: |\n海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n||\n"
                   "各镇人民政府(街道办事处):\n现印发给你们,请认真贯彻执行。\n").header
    assert header["doc_number"] == "盐政办发〔2022〕16号"
    assert header["title"] == "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知"


def test_a_suggestions_number_before_its_word_or_its_quoted_title_is_its_number():
    assert parse("对省十三届人大六次会议关于扩大内需(第1485号)建议的答复\n杨代表:\n您的建议收悉,现答复如下:\n一、加强改革。\n").header["proposal_number"] == "1485"
    quoted = parse("关于市政协七届五次会议第181号《关于增设急救专用通道的建议》办理情况的答复\n民革天水市委员会:\n您的提案收悉。\n")
    assert quoted.header["proposal_number"] == "181"


def test_a_records_发文字号_is_its_number_in_cells_and_an_empty_one_leaves_the_next_field_alone():
    piped = parse("索引号 | 620722059/2021-00538 | 发文字号 | 民农字〔2021〕184号 |\n尊敬的夏泽主席:\n您提出的提案收悉,现将提案办理情况答复如下:\n").header
    assert piped["doc_number"] == "民农字〔2021〕184号"
    empty = parse("标  题: 对县十九届人大一次会议第41号建议的答复\n发文字号: 发布日期: 2022-12-08\n王代表:\n您的建议收悉,现答复如下:\n").header
    assert empty["date"] == "2022-12-08"


def test_the_next_tasks_heading_run_onto_a_note_starts_a_line_of_its_own():
    text = ("大力推进产业集群建设 工作措施:完成政策文件的中期评估。 部门分工:省工业和信息化厅牵头,省发展改革委等配合。"
            " 促进数字经济和实体经济深度融合 工作措施:贯彻实施条例。 部门分工:省工业和信息化厅牵头,省委网信办配合。\n")
    lines = normalise(text).split("\n")
    assert any(line.startswith("促进数字经济和实体经济深度融合 工作措施:") for line in lines)


def test_a_salutation_with_a_bracketed_count_or_unit_or_the_reply_run_on_names_the_deputy():
    for line, deputy in (("姜欣(等10位)代表:", "姜欣"), ("苏璇委员(区应急管理局):", "苏璇"), ("刘保存委员:您提出的关于发展特色农业的提案收悉。", "刘保存"),
                         ("黄丽珍、王伟芳委员: 你们提出的提案收悉。", "黄丽珍、王伟芳"), ("尊敬的陈思源(等13位)代表:《关于深入保护非遗的建议》收悉。", "陈思源")):
        header = parse(f"关于第12号提案的答复\n{line}\n您提出的提案收悉,现答复如下:\n一、加强建设。\n").header
        assert header["deputy"] == deputy, line


def test_a_salutation_naming_the_members_congress_or_conference_by_its_level_names_only_the_members():
    for line, deputy in (("邓碧蓉、蒲文常、杜林等县政协委员:", "邓碧蓉、蒲文常、杜林"), ("王建国市人大代表:", "王建国"), ("陈源松及各位委员:", "陈源松")):
        header = parse(f"关于第46号提案答复的函\n{line}\n你们提出的提案已转交我们办理,现将办理情况复函如下:\n一、加强建设。\n").header
        assert header["deputy"] == deputy, line


def test_a_sites_validity_and_region_tags_are_no_part_of_a_title():
    assert parse("北京市顺义区人民政府关于印发顺义区奥运场馆外围保障工作实施方案的通知[失效]\n各镇人民政府:\n现印发给你们。\n").header["title"] \
        == "北京市顺义区人民政府关于印发顺义区奥运场馆外围保障工作实施方案的通知"
    assert parse("(湖北省)武汉市2023年《政府工作报告》目标任务责任分解方案\n一、经济发展\n").header["title"] \
        == "武汉市2023年《政府工作报告》目标任务责任分解方案"


def test_a_helping_bureaus_opinion_on_a_suggestion_already_received_is_a_reply_and_names_no_deputy_代表():
    parsed = parse("区林业局:\n代表提出的“关于山林生态系统保护工作的建议”已收悉。现提出协办意见如下:\n1.做好山林资源普查。\n")
    assert parsed.kind == "Reply"
    assert "deputy" not in parsed.header


def test_a_reply_titled_twice_takes_the_suggestions_number_from_its_own_title_below_the_pages():
    header = parse("关于“疏通南桑园沟”的建议答复\n关于县人大十五届三次会议第144号建议的答复\n席守力代表:\n您提出的建议已收悉。现答复如下:\n").header
    assert header["proposal_number"] == "144"


def test_a_record_without_field_names_gives_its_publisher_and_date_after_its_index_number():
    parsed = parse("• 00529508X/2023-00092\n  • 中牟县水利局\n  • 人大建议,提案\n  • 2023-09-25\n  • 2023-09-26\n"
                   "关于县人大十五届三次会议第144号建议的答复\n席守力代表:\n您提出的建议已收悉。现答复如下:\n")
    assert parsed.header["date"] == "2023-09-25"
    assert parsed.issuer_names == ["中牟县水利局"]


def test_a_pages_title_and_signature_in_lone_layout_cells_lose_their_bars_where_a_records_fields_keep_them():
    parsed = parse("| 天水市交通运输局关于对人大第七届四次会议第177号建议的答复 | ||||||||\n| 2019-12-26 阅读: | ||||\n"
                   "王宗杰代表: 你提出的《关于延长公交线路的建议》收悉,现答复如下。 一、我局将积极推进规划落地。\n天水市交通运输局 2019年7月18日 |\n||||||\n")
    assert parsed.header["title"] == "天水市交通运输局关于对人大第七届四次会议第177号建议的答复"
    assert parsed.issuer_names == ["天水市交通运输局"]
    assert parsed.header["date"] == "2019-07-18"
    record = parse("一、市十届人大六次会议代表建议办理情况\n建议序号 |\n建议代表 |\n建议内容 |\n建议类别 |\n办理单位 |\n回复意见 |\n"
                   "第7号 |\n华红兵 |\n关于建立社区便民食堂的建议 |\nA |\n市民政局 |\n您建议在社区开办便民食堂,我局将加强建设。\n").header
    assert record["deputy"] == "华红兵"


def test_a_document_viewers_numbered_pieces_of_one_run_are_joined_without_their_numbers():
    first = "1、分工表序号工作内容责任单位1完善回收利用体系,优化社区回收设施布局" + "。推进循环经济发展" * 30 + "。市商务局,市"
    lines = normalise(f"{first}\n2、住建局、市城管委2推进有害垃圾处置。市生态环境局\n").split("\n")
    assert lines[0] == first[2:] + "住建局、市城管委2推进有害垃圾处置。市生态环境局"
    # a list's short items, each a sentence, stay apart
    assert normalise("1、加强宣传。\n2、完善体系。\n").split("\n")[:2] == ["1、加强宣传。", "2、完善体系。"]


def test_a_page_flattened_with_no_spaces_is_parted_before_its_numbered_parts():
    text = ("江门市人民政府办公室关于印发实施方案的通知\n为深入贯彻落实有关精神,进一步夯实我市实体经济发展基础" + ",支持我市实体经济发展" * 25
            + ",制定实施方案如下:一、工作目标全面落实政策措施。二、主要任务(一)降低税收负担。1.严格执行规定的税额标准。"
            "[责任单位:市财政局、市税务局]2.执行全省统一的印花税核定征收办法。\n")
    lines = normalise(text).split("\n")
    assert "一、工作目标全面落实政策措施。" in lines and "二、主要任务" in lines and "(一)降低税收负担。" in lines
    assert "1.严格执行规定的税额标准。[责任单位:市财政局、市税务局]" in lines
    # one part after a sentence and one section after its part's heading are two
    once = normalise("嘉兴市实施方案为深入贯彻决策部署" + ",激发民营经济发展活力" * 30 + ",制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。"
                     "依规加大减税降费力度。(市税务局、市财政局,列第一位的为牵头单位)\n").split("\n")
    assert "一、加强民营经济资源要素支持" in once and "(一)强化财税政策保障。依规加大减税降费力度。(市税务局、市财政局,列第一位的为牵头单位)" in once


def test_a_letter_on_a_proposals_handling_with_its_result_code_in_the_title_is_a_reply():
    parsed = parse("达州市达川区综合行政执法局 关于区政协三届三次会议第028号提案办理情况(A)的函\n谯凤鸣委员:\n"
                   "您提出的《关于科学解决达川区停车难建议》(第28号提案)收悉,现将办理情况函告如下:\n下一步,我们将继续聚焦停车供需矛盾化解。\n")
    assert parsed.kind == "Reply"


def test_a_reply_titled_as_the_suggestions_复文_is_a_reply_numbered_after_its_year():
    parsed = parse("“关于加大甘肃省林下经济发展支持力度的建议”复文(2022年第7755号)\n2023-02-01   来源:办公室\n"
                   "一、关于国家给予林下经济发展专项资金支持的问题\n下一步,我局将积极协调配合财政部,研究完善扶持政策。\n")
    assert parsed.kind == "Reply"
    assert parsed.header["proposal_number"] == "7755"


def test_a_salutation_styled_as_a_list_bullet_names_the_deputy():
    header = parse("对天津市滨海新区第三届人大第八次会议第137号建议的答复\n  • 胡长安代表:\n    首先感谢您的关心,经研究答复如下:\n    一、改善营商环境\n").header
    assert header["deputy"] == "胡长安"


def test_points_after_a_space_a_flattened_page_left_for_a_line_break_are_items():
    text = ("关于第12号提案的答复\n郑忠民委员: 您提出的提案收悉,现答复如下: 一、工作现状 鲁桥镇已申请路灯30盏。 二、下一步计划 一是结合整体规划,制定道路亮化规划。"
            "二是加大资金投入,推进路灯建设。三是建立长效管护机制。\n")
    labels = [b.label for b in parse(text).all_blocks()]
    assert ["一是", "二是", "三是"] == [label for label in labels if label.endswith("是")]


def test_a_portals_government_office_is_no_writer_of_a_reply_that_speaks_as_a_bureau():
    text = ("发布机构: 同江市人民政府办公室\n关于打造同江市地方特色地摊经济建议的答复\n马超代表:\n您提出的建议收悉,现答复如下:\n"
            "一、我局着重打造亮点夜市。\n")
    assert parse(text).issuer_names == []
    bracketed = ("发布机构: 泾县人民政府(办公室) 主题分类: 综合政务\n对县政协十一届一次会议第58号提案的复函\n"
                 "发布时间:2022-05-25 16:32 来源:泾县市场监督管理局 浏览次数:\n丁小伍委员:\n您提出的提案我局已收悉,现答复如下:\n一、加强监管。\n")
    assert parse(bracketed).issuer_names == ["泾县市场监督管理局"]


def test_a_reply_a_citys_portal_office_published_is_written_by_the_body_its_title_names():
    parsed = parse("- 发文机关: 天水市人民政府办公室\n- 发布时间: 2025-08-07\n- 标题: 天水市交通运输局关于对市八届人大五次会议第144号建议的答复\n"
                   "天水市交通运输局关于对市八届人大五次会议第144号建议的答复\n马创成代表:\n你提出的建议收悉,现答复如下。\n我局积极汇报衔接。\n")
    assert parsed.issuer_names == ["天水市交通运输局"]
    # a title naming its writer by level alone keeps the publisher's placed name
    office = parse("名 称: 区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 "
                   "发布机构: 下陆区政府办公室\n区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n各新区:\n一、加强建设。\n")
    assert office.issuer_names == ["下陆区政府办公室"]


def test_an_unsigned_reply_is_written_by_the_body_the_proposal_went_to():
    parsed = parse("关于自治区政协十二届五次会议第20220140号提案的答复\n韦菊艳委员:\n"
                   "您提出的《关于“三月三”期间实行系列优惠政策的建议》提案收悉。提案由自治区文化和旅游厅主办,自治区发展改革委会办。现答复如下:\n"
                   "一、关于门票减半的建议\n目前,按照有关规定,现阶段暂时还无法实现。\n")
    assert parsed.issuer_names == ["自治区文化和旅游厅"]


def test_a_record_naming_the_website_as_its_publisher_leaves_the_signature_to_name_the_writer():
    parsed = parse("发文机关: 塔城市人民政府网 发布日期: 2019-12-04\n关于对塔城市政协第九届四次会议第24号委员提案办理情况的答复\n"
                   "卓勇委员:\n您提出的提案收悉,现答复如下:\n我局将加快地埋式垃圾箱建设。\n承办人:刘**\n联系电话:189******6664\n"
                   "塔城市住房和城乡建设局\n")
    assert parsed.issuer_names == ["塔城市住房和城乡建设局"]


def test_a_title_broken_before_its_last_word_spaced_out_is_read_whole():
    text = ("临林字〔2024〕7号B1类同意公开\n对临湘市政协十届三次会议第81号提案的\n答 复\n沈国齐委员:\n"
            "你们提出的《关于加快推进森林防火阻隔系统建设的建议》已收悉。现答复如下:\n一、两年行动建设。\n")
    assert parse(text).header["title"] == "对临湘市政协十届三次会议第81号提案的答复"


def test_a_point_glued_to_the_one_before_without_a_mark_opens_in_the_points_order():
    text = ("对市政协五届三次会议第126号提案的答复\n温旭茹委员\n您提出的提案收悉,现答复如下:\n"
            "1条建议办理情况:一是加大宣传力度,严控火种上山二是加强检疫工作,防止外来有害生物的入侵。三是实施退化林修复三期项目。\n")
    parsed = parse(text)
    assert [b.heading[:6] for b in parsed.all_blocks() if b.kind == "inline"] == ["加大宣传力度", "加强检疫工作", "实施退化林修"]
    unordered = parse("答复如下:\n一是加大宣传力度。全县十二是重点村,分清第二是非问题。\n")
    assert [b.heading[:4] for b in unordered.all_blocks() if b.kind == "inline"] == ["加大宣传"]


def test_a_reply_record_in_cells_names_its_handling_department_signing_date_class_and_answer():
    text = ("关于建设集镇社区公共停车场的建议\n名称 | 关于建设集镇社区公共停车场的建议 | ||||||\n办理部门 | 漩涡镇人民政府 | 处理状态 | 已办结 | ||||\n"
            "签发人 | 沈俭 | 签发日期 | 2023-07-06 | 发布日期 | 2023-07-07 | 类别 | B |\n正文 |\n吴小勇代表提出的《关于建设集镇社区公共停车场的建议》。\n|\n"
            "回复 |\n对于您提出的建议,现给予答复。我镇已在积极解决,一是已在过境路沿线规划停车位。 |\n")
    parsed = parse(text)
    assert parsed.kind == "Reply" and parsed.issuer_names == ["漩涡镇人民政府"]
    assert parsed.header["date"] == "2023-07-06" and parsed.header["result"] == "B"


def test_an_item_number_followed_by_a_year_opens_an_item_and_a_decimal_does_not():
    text = ("忻州市促进服务业领域困难行业恢复发展相关配套措施\n一、服务业普惠性纾困扶持措施\n"
            "1.延续服务业增值税加计抵减政策。(责任单位:市税务局)\n2.2022年至2024年扩大六税两费适用范围。(责任单位:市财政局、市税务局)\n"
            "3.2017-2021年安排上级专项资金共计454万元。\n4.5万元以下的项目免于审批。\n")
    items = [b.heading[:6] for b in parse(text).all_blocks() if b.kind == "item"]
    assert items == ["延续服务业增", "2022年至", "2017-2"]


def test_a_writer_given_with_its_second_name_in_brackets_is_the_first_name():
    text = ("索引号: 11341723003253900J/202208-00027 组配分类: 人大代表建议办理\n发布机构: 市发改委(市粮储局) 主题分类: 综合政务\n"
            "关于对市一届人大一次会议第20号建议的答复函\n陈桂平等代表:\n你们提出的建议收悉。现答复如下:\n一是加强顶层设计。\n")
    assert parse(text).issuer_names == ["市发改委"]


def test_a_federation_speaking_as_we_under_a_portals_government_wrote_the_reply_it_is_thanked_for():
    text = ("嵩明县人民政府 www.kmsm.gov.cn\n\n索引号: 015126183-201811-113825 主题分类: 建议提案办理\n"
            "发布机构:  嵩明县人民政府 发布日期: 2018-11-21 16:48\n\n关于对县十六届人大二次会议第23号建议的答复\n\n尊敬的杨世勋代表:\n\n"
            "感谢您对嵩明县总工会工作的关心和支持。你在县人大十六届二次会议上提出的第23号建议已交我会研究办理,现答复如下:\n\n"
            "一、 基本情况\n\n2017年,嵩明县总工会共投资17.5万元,建立户外劳动者“爱心驿站”10个。\n")
    assert parse(text).issuer_names == ["嵩明县总工会"]


def test_a_proposals_handling_answer_opinion_is_a_replys_title_and_each_members_role_leaves_their_names():
    text = ("关于对市政协第五届委员会第201号提案\n办理情况的答复意见\n尚小豆委员、田海军委员:\n"
            "您提出的《关于加强急救知识普及在公共场所配置除颤仪的提案》已收悉,现答复如下:\n一、加大资金投入。\n")
    parsed = parse(text)
    assert parsed.kind == "Reply" and parsed.header["deputy"] == "尚小豆、田海军"
    # (the opening naming them, each with a role: 王凤华委员、乌兰托雅委员提出的…收悉)
    opening = parse("关于对政协十二届五次会议第0530号提案的答复\n王凤华委员、乌兰托雅委员提出的《关于补齐学前教育短板的提案》收悉,现答复如下:\n我办将推进。\n")
    assert opening.header["deputy"] == "王凤华、乌兰托雅"


def test_a_salutation_in_a_records_answer_field_names_the_deputy():
    text = ("案  由: 关于启动石湾镇养老服务项目的建议\n提 案 者: 杨飞宫\n承办单位: 民政局\n2016-06-13 08:56:04\n"
            "办理情况: 杨飞宫代表:\n您提出的《关于启动石湾镇养老服务项目的建议》(第19号)收悉。现答复如下:\n我局计划建设一所区域敬老院。\n")
    assert parse(text).header["deputy"] == "杨飞宫"


def test_a_title_naming_a_proposals_answer_opinion_is_a_replys():
    text = ("天津市宁河区人民政府关于市政协十三届五次会议第798号提案答复意见\n\n来源:  天津市宁河区人民政府 发布时间: 2017-04-17 17:08\n\n"
            "孙世圃委员:\n\n  您提出的“关于天津市博物馆建设发展的建议”收悉,我区高度重视,现答复如下:\n一是计划修缮于方舟故居。\n")
    assert parse(text).kind == "Reply"


def test_a_records_owning_body_field_among_spaced_fields_names_the_writer():
    text = ("关于自治区政协十二届三次会议第188号提案答复的函\n\n索引号 000014349640000031/2025-00086 生成日期 2025-08-24\n"
            "发文字号 宁应急函〔2025〕88号 公开形式 主动公开\n所属机构 自治区应急管理厅 责任部门 自治区应急管理厅\n\n"
            "您提出的《关于进一步加强应急避难场所建设的提案》收悉,现答复如下。\n一、主要工作\n(一)进行了总体部署。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["自治区应急管理厅"]
    assert parsed.header["doc_number"] == "宁应急函〔2025〕88号"


def test_a_task_ledger_is_a_plan_and_an_empty_number_field_takes_no_caption_below_it():
    text = ("发布机构: 广东省卫生健康委员会\n名 称: 广东省卫生健康委2021年政务公开工作重点任务台账\n发文日期: 2021年03月16日\n文 号:\n"
            "2021 年政务公开工作重点任务台账 |\n序号 | 工作任务 | 责任处室 | 完成时限 |\n1 | 做好疫情防控信息发布 | 疾控处 | 长期推进 |\n")
    parsed = parse(text)
    assert parsed.kind == "Plan"
    assert "doc_number" not in parsed.header


def test_a_proposal_records_host_and_reply_date_fields_give_the_writer_and_date():
    text = ("对区政协十四届二次会议第142074号提案的答复(关于提高水质水压、保障健康用水的建议)\n区政协十四届二次会议\n142074\n"
            "建议人: 王凡晓\n主办单位: 周村区水利局\n答复时间: 2023-07-18\n\n王凡晓委员:\n您提的提案收悉,现答复如下:\n一、基本情况\n")
    parsed = parse(text)
    assert (parsed.issuer_names, parsed.header["date"]) == (["周村区水利局"], "2023-07-18")


def test_a_records_fields_kept_apart_by_single_spaces_give_the_title_writer_result_and_date():
    text = ("汉阴县农业农村局关于办理县十八届人大五次会议第118号建议的函\n\n名称 汉阴县农业农村局关于办理县十八届人大五次会议第118号建议的函\n"
            "办理部门 汉阴县农业农村局 处理状态 已办结\n签发人 蒋孝军 签发日期 2021-10-12 发布日期 2021-10-15 类别 A\n正文\n\n"
            "沈兰才等代表提出的《关于解决非贫困村产业建设的建议》。\n\n回复   我县创新推行产业模式,大力发展茶叶产业。\n")
    parsed = parse(text)
    assert parsed.header["title"] == "汉阴县农业农村局关于办理县十八届人大五次会议第118号建议的函"
    assert parsed.kind == "Reply"  # (关于办理…建议的函: a letter answering it)
    assert parsed.issuer_names == ["汉阴县农业农村局"]
    assert (parsed.header["result"], parsed.header["date"]) == ("A", "2021-10-12")
    # a page's bulleted record lines are its record, no tasks of the reply
    bulleted = ("  • 索引号 11500114009130039C/2020-06814\n  • 发文字号 黔江财政函〔2019〕111号\n  • 主题分类 其他\n"
                "  • 体裁分类 人大建议办理\n  • 成文日期 2019-07-03\n  • 发布日期 2020-08-04\n"
                "  • 文件标题 重庆市黔江区财政局关于区四届人大三次会议第21号建议的 答复函\n  • 发布机构 黔江区人民政府\n  • 有效性\n\n"
                "重庆市黔江区财政局关于区四届人大三次会议第21号建议的 答复函\n\n黔江财政函〔2019〕111号\n\n\n重庆市黔江区财政局\n\n"
                "关于区四届人大三次会议第21号建议的答复函\n\n龚凤琼代表:\n\n您提出的建议收悉。现答复如下:\n\n区财政局积极筹措资金。\n")
    record = parse(bulleted)
    assert "发布日期" not in record.text[record.body.start : record.body.end]


def test_a_records_fields_glued_to_their_values_give_the_writer_and_date():
    text = ("索引号000014349/2025-28452 成文日期2025-11-10\n发文机关平顺县教育局 发布日期2025-11-10\n发文字号 主题词\n\n"
            "关于何刚委员《关于加强学生食品安全的提案》的回复\n\n 时间:2017-08-20  来源:长治日报\n\n尊敬的何刚委员:\n\n"
            "您提出的关于加强学生食品安全的提案已收悉,现将办理情况答复如下:\n一、加强管理。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["平顺县教育局"]
    assert parsed.header["date"] == "2025-11-10"


def test_a_copy_that_lost_its_title_is_a_reply_where_it_tells_whose_numbered_suggestion_it_answers():
    text = ("市六届人大二次会议上,陈茹、杨一帆等代表提出的《关于支持郧阳革命烈士陵园改扩建项目的建议》(第24号),"
            "市退役军人事务局党组高度重视,认真研究。\n压实责任抓落实。根据《十四五时期社会服务设施兜底线工程实施方案》,我局积极争取资金。\n")
    assert parse(text).kind == "Reply"


def test_a_handling_opinion_whose_suggestion_is_numbered_in_brackets_before_收悉_is_a_reply():
    text = ("省文旅厅:\n马建荣委员提出的《关于大力发展乡村民宿产业的建议》(20211252号)收悉,我厅的办理意见如下:\n"
            "近年来,我厅配合开展《福建省民宿管理暂行办法(草案)》制订工作。\n一、积极调研,推动立法\n我厅将配合推动立法。\n")
    assert parse(text).kind == "Reply"


def test_a_pages_editor_field_naming_a_bodys_staff_names_the_writer():
    text = ("省政协十二届二次会议《关于扶持稀有性民族民俗项目的建议》(0484号)答复\n\n  • 发布时间:2019年08月27日\n"
            "  • 编辑:文化旅游厅信息员\n  • 来源:\n\n乌春委员:\n  您提出的建议已收悉。现答复如下:\n一、开展资源普查工作\n辽宁省将开展普查。\n")
    assert parse(text).issuer_names == ["文化旅游厅"]


def test_a_record_value_ends_where_the_next_fields_name_is_glued_to_it():
    text = ("  • 索引号:11370100MB28696235/2025-00333公开方式:主动公开\n  • 发布机构:济南市市场监督管理局组配分类:政协委员提案办理\n"
            "  • 发布日期:2025-04-20成文日期:2025-04-20\n\n邵洁委员:\n您提出的提案收悉,现答复如下:\n一、加强监管\n我局将加强监管。\n")
    parsed = parse(text)
    assert parsed.issuer_names == ["济南市市场监督管理局"]
    assert parsed.header["date"] == "2025-04-20"


def test_a_long_piped_table_row_with_numbered_points_in_a_cell_stays_one_row():
    progress = " ".join(f"{n}.完成第{n}批乡村博物馆建设,组织市级专家赴各县(市、区)开展建设指导,完成市级初验。" for n in range(1, 10))
    text = ("重点工作完成情况汇总表\n序号 | 工作任务 | 进展情况 | 存在问题和下步计划 | 责任单位 |\n"
            f"71 | 提高公共文化服务水平,加快推进市图书馆新馆建设。 | {progress} | 下步计划: 严格按照建设标准推进。 | 牵头单位:市文广旅游局 |\n")
    blocks = parse(text).all_blocks()
    assert [b.heading for b in blocks] == ["提高公共文化服务水平，加快推进市图书馆新馆建设。"]


def test_paragraphs_each_closed_by_a_responsibility_note_are_items_of_their_own():
    text = ("建设国家卫生城市督察通报\n\n现将8月17日督察问题通报如下：\n\n"
            "新六大街西侧待建工地内散在垃圾整改不彻底，围墙多处破损。(责任单位:市国土局,责任人:王功传)\n\n"
            "新华西路橡胶厂家属院，院内卫生保洁不到位，有卫生死角。(责任单位:浉河区工信委,责任人:杨明)\n\n"
            "现对以上问题的责任单位给予通报批评。\n\n市国家卫生城市建设工作指挥部办公室\n\n2017年8月18日")
    headings = [b.heading for b in parse(text).all_blocks()]
    assert len(headings) == 2 and headings[0].startswith("新六大街西侧") and headings[1].startswith("新华西路橡胶厂家属院")


def test_points_numbered_in_brackets_that_run_on_after_a_heading_are_items():
    text = ("福州市司法局关于市政协十四届二次会议20233106号提案的答复\n何华龙委员:\n您的建议收悉,现答复如下:\n"
            "一、进一步拓宽线上普法课程。(1)积极沟通协调市教育局,开设了“普法小课堂”栏目。(2)积极协同市教育局组织学生参与网络普法教育活动。\n"
            "二、加强线下普法。我局将组织普法讲座。\n福州市司法局\n2023年4月7日\n")
    kinds = [(b.kind, b.label) for b in parse(text).all_blocks()]
    assert ("item", "1") in kinds and ("item", "2") in kinds


def test_a_leaders_musts_one_after_a_comma_the_next_on_lines_of_their_own_are_points():
    text = ("政府县长高巍主持召开全县“三区三线”划定工作推进会\n时间:2022-05-19\n"
            "5月18日上午,县长主持召开推进会。就进一步做好划定工作,高巍强调,一要提高政治站位。各级各部门要深刻领会划定工作的重大意义。\n"
            "二要强化时间概念。由相关县领导牵头,县自然资源和规划局负责,加快推进。\n三要坚持因地制宜。各乡镇要结合实际。\n")
    labels = [b.label for b in parse(text).all_blocks() if b.kind == "inline"]
    assert labels == ["一要", "二要", "三要"]


def test_a_proposal_record_one_field_a_line_gives_its_fields_and_only_its_answer_field_is_the_body():
    text = ("关于在新建中小学规划中设置食堂的提案的答复\n\n提案编号\n\n143073\n\n标题\n\n关于在新建中小学规划中设置食堂的建议\n\n"
            "办理状态\n\n已解决\n\n提案者\n\n王晓璇\n\n承办单位\n\n桓台县市场监督管理局\n\n提案内容\n\n"
            "一是教育部门把食堂列入规划。二是开展“现代化智能厨房建设”试点工作。\n\n答复情况\n\n"
            "我局将加强对学校食堂的监管力度。同时，大力推广学校食堂“互联网+明厨亮灶”建设。\n\n反馈意见\n\n满意\n\n"
            "一是教育部门把食堂列入规划。二是开展“现代化智能厨房建设”试点工作。\n")
    parsed = parse(text)
    assert parsed.header["proposal_number"] == "143073"
    assert parsed.header["deputy"] == "王晓璇"
    assert parsed.header["suggestion_title"] == "关于在新建中小学规划中设置食堂的建议"
    assert parsed.header["result"] == "已解决"
    body = parsed.text[parsed.body.start : parsed.body.end]
    assert "我局将加强对学校食堂的监管力度" in body and "智能厨房" not in body


def test_a_record_line_with_a_time_and_letter_spaced_field_names_gives_its_publisher_and_number():
    text = ("关于对自治州政协十三届五次会议委员第42号提案的答复函\n\n索  引  号 ATS001-2021-000092 主题分类\n"
            "发布机构 阿图什市人民政府 发布日期 2021-07-05 17:27\n文        号 阿政提字〔2021〕9号 主  题  词 自治州 第42 答复\n"
            "来        源 阿图什市人民政府\n\n张委员:\n\n您提出的提案已收悉,现答复如下:\n\n今年4月已对火车站左侧空地实施了地面硬化。\n\n2021年7月5日\n")
    parsed = parse(text)
    assert parsed.header["doc_number"] == "阿政提字〔2021〕9号"
    assert parsed.issuer_names == ["阿图什市人民政府"]


def test_an_unsigned_reply_speaking_as_a_department_is_written_by_the_one_whose_documents_a_sentence_opens_on_making():
    text = ("骆春玲委员:\n《关于加强大学生婚恋观教育的提案》收悉,现答复如下:\n近年来,我厅着力打造“山盟海誓”品牌。\n"
            "一是制定措施抓好落实。制定了《福建省民政厅关于印发全省开展婚俗改革试点工作实施方案的通知》等文件。\n"
            "二是推动国务院办公厅印发《国务院办公厅关于加强婚姻登记工作的意见》。\n")
    assert parse(text).issuer_names == ["福建省民政厅"]


def test_an_unsigned_reply_speaking_as_a_bureau_is_written_by_the_bureau_the_suggestion_asks_to_act():
    text = ("建议/提案提出者: 朱少云 建议/提案号: 11\n标题: 关于横河绿化带加装路灯的建议\n建议/提案内容:\n"
            "该绿化带夜晚无路灯,建议住建局能为周边居民着想,在该绿化带加装路灯。\n答复内容:\n朱少云代表:\n"
            "您提出的建议收悉。区园林中心已对有此类缺陷的小游园开展普查。\n感谢您对我局路灯工作的关心、理解和支持!\n")
    assert parse(text).issuer_names == ["住建局"]


def test_an_unsigned_reply_speaking_as_a_bureau_is_written_by_the_bureau_its_pages_breadcrumb_names():
    text = ("您当前所在位置: 首页>部门信息公开目录>市交通运输局>回应关切\n【人大建议】关于对市二届人大三次会议第11号建议的答复\n"
            "吴石代表:\n你们提出的建议收悉。现答复如下:\n我局继续加大对我市农村公路建设改造力度。\n")
    assert parse(text).issuer_names == ["市交通运输局"]
