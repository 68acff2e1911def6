"""Task tables (序号 | 重点任务 | 责任单位) in both layouts readers deliver."""

from loaders.tables import is_unit_cell, read_task_tables, table_starts

from .conftest import FIXTURES

TAB_TABLE = (
    "附件\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n行动一：提升\n"
    "1\t推进走马塘片区规划研究\t区规划资源局\t区国资委、市北高新集团\t2024年\n"
    "2\t推进大徐家阁地区规划研究\t区规划资源局\t\t2025年\n"
    "以上任务请认真落实，各单位要加强统筹协调，确保按期完成任务。\n"
)


def _cells(text, row):
    return text[row.task_start : row.task_end], [(h, text[a:b]) for h, a, b in row.units]


def test_tab_rows_give_each_task_its_lead_and_partner_columns():
    rows = read_task_tables(TAB_TABLE)
    assert [_cells(TAB_TABLE, r) for r in rows] == [
        ("推进走马塘片区规划研究", [("牵头单位", "区规划资源局"), ("配合单位", "区国资委、市北高新集团")]),
        ("推进大徐家阁地区规划研究", [("牵头单位", "区规划资源局")]),
    ]
    assert rows[0].group == "行动一：提升"


PIPED_TABLE = (
    "序号 | 目标与任务 | 牵头责任单位 | 责任单位 |\n一、主要预期目标 | |||\n"
    "(1) | 地区生产总值增长6%以上。 | 市发展改革委 | 各县市区政府、 开发区管委会 |\n"
    "(一)加强经济运行调节。 | |||\n1 | 大力提振消费。 | ||\n"
    "(8) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 市工业和信息化局 |\n"
)


def test_piped_rows_give_tasks_their_units_and_a_numbered_row_without_units_heads_the_rows_below():
    rows = read_task_tables(PIPED_TABLE)
    assert [_cells(PIPED_TABLE, r) for r in rows] == [
        ("地区生产总值增长6%以上。", [("牵头责任单位", "市发展改革委"), ("责任单位", "各县市区政府、 开发区管委会")]),
        ("统筹衔接消费券发放与消费品以旧换新行动。", [("牵头责任单位", "市商务局"), ("责任单位", "市财政局 市工业和信息化局")]),
    ]
    assert [r.number for r in rows] == ["1", "8"]
    assert rows[1].group == "大力提振消费。"


def test_a_piped_row_short_of_a_cell_the_row_above_spans_finds_its_units_to_the_left():
    text = ("序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
            "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |\n|\n"
            "2 | 扎实做好疫苗接种信息公开工作 | 疾控处 | 长期推进 |\n|\n")
    rows = read_task_tables(text)
    assert [_cells(text, r)[1] for r in rows] == [[("责任处室", "应急处、疾控处等按职责分工落实")], [("责任处室", "疾控处")]]
    assert is_unit_cell("规划信息处") and not is_unit_cell("好处")  # (a department's divisions in its own ledger)


def test_tab_rows_need_no_group_row():
    text = "序号\t重点任务\t责任单位\n1\t推进走马塘片区规划研究\t区规划资源局\n"
    rows = read_task_tables(text)
    assert [_cells(text, r) for r in rows] == [("推进走马塘片区规划研究", [("责任单位", "区规划资源局")])]
    assert rows[0].group == ""


def test_one_cell_per_line_tables_read_rows_groups_and_merged_unit_cells():
    text = (FIXTURES / "gold" / "024_sh-jingan-2023-13-urban-renewal-action-plan.txt").read_text(encoding="utf-8")
    rows = {r.number: r for r in read_task_tables(text)}
    assert len(rows) == 27
    task, units = _cells(text, rows["2"])
    assert task == "推进走马塘片区规划研究"
    assert units == [("推进单位", "区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团")]
    assert rows["4"].group == "旧区改造"
    # a merged unit cell is written once: 13 shares 12's, and 5 shares 4's across the group cell
    assert _cells(text, rows["13"])[1] == [("推进单位", "区绿化市容局")]
    assert rows["5"].units == rows["4"].units


def test_one_cell_per_line_tables_whose_cells_each_close_with_a_bar_read_as_bare_cells():
    text = ("附件\n2024年《政府工作报告》重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
            "81 |\n保障芜职院现代物流智造学院秋季开学。 |\n陆 明 |\n县教育局 |\n县各有关单位 |\n")
    rows = read_task_tables(text)
    assert [_cells(text, row) for row in rows] == [
        ("加大普惠性托育供给,新增托位数400个以上。", [("牵头责任单位", "县教育局"), ("责任单位", "县各有关单位")]),
        ("保障芜职院现代物流智造学院秋季开学。", [("牵头责任单位", "县教育局"), ("责任单位", "县各有关单位")]),
    ]


def test_a_table_without_a_unit_column_is_not_a_task_table():
    text = "附件\n序号\t所在区\t产业区域名称\t四至范围\n1\t浦东新区\t曹路工业园区\t东至浦东运河\n"
    assert read_task_tables(text) == [] and table_starts(text) == []


def test_unit_cells_are_lists_of_bodies():
    assert is_unit_cell("区“两旧”专班、区房管局、区旧改总办、各相关街镇")
    assert not is_unit_cell("完成架空线入地和杆箱整治约48公里")


def test_a_web_table_with_border_lines_merged_cells_and_a_leader_column_assigns_each_numbered_task():
    text = ("区政府2024年重点工作目标任务分解落实方案\n序号\n|\n项目\n|\n重点工作目标任务\n|\n牵头领导\n|\n责任单位\n|\n"
            "1\n|\n主要预期目标\n|\n1.地区生产总值增长5%以上。\n|\n钱 宇\n|\n★区发改委、统计局\n|\n"
            "2.一般公共预算收入增长6%以上。\n|\n|\n★区财政局、税务局\n|\n||\n"
            "3.主要污染物排放总量削减完成上级下达任务。\n|\n王 嵘\n方 勇\n|\n★生态环境局\n|\n")
    rows = read_task_tables(text)
    tasks = [text[r.task_start : r.task_end] for r in rows]
    assert tasks == ["地区生产总值增长5%以上。", "一般公共预算收入增长6%以上。", "主要污染物排放总量削减完成上级下达任务。"]
    assert [text[s:e] for _, s, e in rows[1].units] == ["★区财政局、税务局"]
    assert [text[s:e] for _, s, e in rows[2].units] == ["★生态环境局"]
    assert rows[0].group == "主要预期目标"


def test_a_task_name_merged_over_rows_is_their_group_and_the_task_content_is_the_task():
    text = ("2024年上海市长宁区政务公开工作要点与责任分工\n\n领域\n\n序号\n\n任务名称\n\n任务内容\n\n责任单位\n\n完成时限\n\n"
            "一、依法规范做实主动公开\n\n1\n\n(一)围绕国家重大战略任务落实做好信息公开\n\n"
            "助力上海加快建设“五个中心”,依法公开有关工作的推进落实情况。\n\n区发改委、区商务委\n\n全年\n\n"
            "2\n\n做好虹桥国际开放枢纽建设信息公开。\n\n区发改委\n\n全年\n")
    rows = read_task_tables(text)
    tasks = [(text[r.task_start : r.task_end], [text[s:e] for _, s, e in r.units], r.group) for r in rows]
    assert tasks[0] == ("助力上海加快建设“五个中心”,依法公开有关工作的推进落实情况。", ["区发改委、区商务委"],
                        "(一)围绕国家重大战略任务落实做好信息公开")
    assert tasks[1][:2] == ("做好虹桥国际开放枢纽建设信息公开。", ["区发改委"])


def test_districts_listed_before_one_government_are_a_unit_cell():
    assert is_unit_cell("黄埔区、南沙区政府") and is_unit_cell("荔湾区、黄埔区政府")
    assert not is_unit_cell("推进黄埔区、南沙区建设")


def test_a_table_with_no_number_column_gives_each_unit_cell_the_task_cell_before_it():
    text = ("2020第三季度政府工作报告重点任务目标执行情况\n\n项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n(一)\n\n经济社会发展主要预期目标\n\n"
            "地区生产总值增长6.5%以上\n\n区发改经信局、区科技工业区管委会、各街道\n\n正常进行中\n\n"
            "全社会R&D经费支出增长15%\n\n区科技局、各街道\n\n坚持开展研发投入统计的面上辅导,做好跟踪服务\n\n"
            "财政收入与经济增长基本同步\n\n区财政局\n\n正常进行中\n")
    rows = read_task_tables(text)
    assert [_cells(text, r) for r in rows] == [
        ("地区生产总值增长6.5%以上", [("责任单位", "区发改经信局、区科技工业区管委会、各街道")]),
        ("全社会R&D经费支出增长15%", [("责任单位", "区科技局、各街道")]),
        ("财政收入与经济增长基本同步", [("责任单位", "区财政局")]),
    ]
    assert table_starts(text) == [text.index("项目名称")]
    assert read_task_tables("项目名称\n\n一个不是表格的段落。\n") == []


def test_a_numberless_tables_progress_notes_signature_and_short_cells_are_no_rows_of_it():
    text = ("重点项目推进情况\n\n项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n区社区卫生服务中心\n\n新建社区卫生服务中心一所\n\n"
            "区卫生健康委\n\n已完成征迁\n\n区社区卫生服务中心\n\n改建门诊楼\n\n区卫生健康委\n\n正常进行中\n\n"
            "请各单位于每月25日前报送工作进展情况\n\n杭州市拱墅区人民政府办公室\n\n2020年10月20日\n")
    rows = read_task_tables(text)
    assert [_cells(text, r)[0] for r in rows] == ["新建社区卫生服务中心一所", "改建门诊楼"]
    short = "项目名称\n\n项目内容\n\n责任单位\n\n修路\n\n修桥\n\n区建管委\n"
    assert [_cells(short, r) for r in read_task_tables(short)] == [("修桥", [("责任单位", "区建管委")])]


def test_a_space_row_under_several_unit_columns_gives_each_its_cell_from_the_right():
    text = ("序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
            "1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量双控行动。 市水利局 市发展改革委、农业局等 各县(市、区)人民政府\n")
    rows = read_task_tables(text)
    assert len(rows) == 1
    units = [(header, text[a:b]) for header, a, b in rows[0].units]
    assert units == [("牵头单位", "市水利局"), ("参与单位", "市发展改革委、农业局等"), ("责任单位", "各县(市、区)人民政府")]
    assert text[rows[0].task_start:rows[0].task_end].endswith("双控行动。")


def test_a_one_cell_a_line_table_with_bracket_numbered_tasks_and_one_helper_a_line_keeps_every_row():
    text = ("序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n"
            "(1)地区生产总值增长5%左右。\n王旭锋\n区发改局\n经开区\n高新区(邹区镇)\n(2)一般公共预算收入保持稳定增长。\n区财政局\n"
            "(3)居民人均可支配收入与经济增长同步。\n(4)安全生产形势平稳向好。\n区应急管理局(安委办)\n")
    rows = {row.number: [text[a:b] for _, a, b in row.units] for row in read_task_tables(text)}
    assert rows["1"] == ["区发改局", "经开区", "高新区(邹区镇)"]
    assert rows["2"] == ["区财政局"]
    assert rows["3"] == ["区财政局"]  # a merged cell, written once
    assert rows["4"] == ["区应急管理局(安委办)"]


def test_an_indicator_table_takes_each_numbered_indicator_as_the_task_and_stacked_units_as_its_owners():
    text = ("表1:上半年主要指标完成情况\n类别\n指标名称\n年度目标\n完成情况\n责任部门\n高质量发展\n1、地区生产总值增长率\n与市保持同步\n9.8%\n区发改委\n"
            "2、四大重点培育产业占区级税收\n比重\n提升4个\n百分点\n提升3.89个百分点\n区科委\n区金融办\n区商务委\n")
    rows = [(text[r.task_start:r.task_end], [text[a:b] for _, a, b in r.units]) for r in read_task_tables(text)]
    assert rows == [("1、地区生产总值增长率", ["区发改委"]), ("2、四大重点培育产业占区级税收", ["区科委", "区金融办", "区商务委"])]


def test_second_review_mends_for_empty_helper_cells_signatures_notes_and_task_cells_that_end_like_units():
    spaced = "序号 工作任务 牵头单位 配合单位\n1 建立河长制工作台账 市河长办\n"
    assert [h for h, _, _ in read_task_tables(spaced)[0].units] == ["牵头单位"]
    signed = "序号\n重点任务\n责任单位\n1\n推进老旧小区改造\n区住建局\n2\n加快建设智慧园区\n区工信局\n常州市钟楼区人民政府办公室\n2024年3月1日\n"
    assert [[signed[a:b] for _, a, b in r.units] for r in read_task_tables(signed)] == [["区住建局"], ["区工信局"]]
    notes = ("序号\n重点任务\n责任单位\n1\n推进老旧小区改造\n区住建局\n2\n优化营商环境\n区发改委\n有关要求\n"
             "(1)各责任单位要于每月5日前报送工作进展情况。\n(2)区督查室将定期开展督查。\n")
    assert len(read_task_tables(notes)) == 2
    stacked = "重点任务\n牵头单位\n配合单位\n推进老城区有机更新\n区建管委\n区房管局、区规划资源局\n建设区域医疗中心\n区卫健委\n"
    rows = [(stacked[r.task_start:r.task_end], [(h, stacked[a:b]) for h, a, b in r.units]) for r in read_task_tables(stacked)]
    assert rows == [("推进老城区有机更新", [("牵头单位", "区建管委"), ("配合单位", "区房管局、区规划资源局")]),
                    ("建设区域医疗中心", [("牵头单位", "区卫健委")])]


def test_a_youth_league_committee_stacked_under_a_rows_lead_helps_it():
    text = "重点任务\n牵头单位\n配合单位\n推进青年就业创业\n区人社局\n团区委\n优化营商环境\n区发改委\n区市场监管局\n"
    rows = [[(h, text[a:b]) for h, a, b in r.units] for r in read_task_tables(text)]
    assert rows[0] == [("牵头单位", "区人社局"), ("配合单位", "团区委")]


def test_a_livelihood_table_stacks_its_units_one_a_line_above_the_time_limit_column():
    text = ("附件\n2016年民生实事目标任务分解表\n序号\n民生实事\n责任单位\n完成时限\n1\n启动建设东柳河城区段综合治理工程。\n"
            "县水务局\n县住建局\n县护城河指挥部\n12月底前\n2\n建成县残疾人综合服务中心。\n县残联\n5月底前动工\n")
    rows = {row.number: (text[row.task_start : row.task_end], [text[a:b] for _, a, b in row.units]) for row in read_task_tables(text)}
    assert rows["1"] == ("启动建设东柳河城区段综合治理工程。", ["县水务局", "县住建局", "县护城河指挥部"])
    assert rows["2"] == ("建成县残疾人综合服务中心。", ["县残联"])


RUN_TABLE = (
    "垃圾分类重点任务责任分工表序号工作内容目标任务责任单位备注1加强宣传发动,引导市民参与。年底前知晓率达90%以上。"
    "市委宣传部、市城管委,各区县政府2完善回收利用体系,优化回收设施布局。建成3个回收中心。市商务局,市住建局、市城管委"
    "3推进有害垃圾处置体系建设。新增就业15000人。省财政厅、省卫生健康委牵头;省民政厅配合;各州(市)党委和政府落实\n"
)


def test_a_table_flattened_into_one_run_parts_rows_at_the_next_number_after_a_unit_cell():
    rows = read_task_tables(RUN_TABLE)
    assert [_cells(RUN_TABLE, r) for r in rows] == [
        ("加强宣传发动,引导市民参与", [("责任单位", "市委宣传部、市城管委,各区县政府")]),
        # 3个 in the task's figures opens no row
        ("完善回收利用体系,优化回收设施布局", [("责任单位", "市商务局,市住建局、市城管委")]),
        # the units cell says who leads and who helps
        ("推进有害垃圾处置体系建设", [("责任单位", "省财政厅、省卫生健康委牵头;省民政厅配合;各州(市)党委和政府落实")]),
    ]


def test_a_flattened_run_whose_leader_and_unit_columns_run_together_gives_no_rows():
    text = "序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给新建学校12个。何海平教育局经开区各街道2促进就业落实就业优先战略。张菁人社局各街道\n"
    assert table_starts(text) == [0]
    assert read_task_tables(text) == []


def test_a_one_cell_a_line_table_whose_task_header_is_letter_spaced_is_read():
    text = ("附件\n2019年度市政府重点工作任务分解表\n序号\n目   标   与   任   务\n牵头责任单位\n责任单位\n      1        \n"
            "增林地、增绿地、增湿地。\n市自然资源和规划局\n各县区政府\n      2        \n扎实推进三大保卫战。\n市生态环境局\n各县区政府\n")
    rows = read_task_tables(text)
    assert [_cells(text, r) for r in rows] == [
        ("增林地、增绿地、增湿地。", [("牵头责任单位", "市自然资源和规划局"), ("责任单位", "各县区政府")]),
        ("扎实推进三大保卫战。", [("牵头责任单位", "市生态环境局"), ("责任单位", "各县区政府")]),
    ]


def test_a_numberless_table_copied_one_barred_cell_a_line_is_read():
    text = ("2021年安康市安全生产专项整治三年行动工作任务清单\n主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n"
            "一、加强安排部署 |\n||||\n(一)制定工作任务清单。 |\n1.制定全市工作任务清单,分解落实到县区、部门。 |\n市安委办 (工作专班办公室) |\n1月20日前 |\n|\n"
            "2.制定行业领域工作任务清单,并报市安委办。 |\n市级各专委会办公室、市生态环境局 |\n2月10日前 |\n|\n")
    rows = read_task_tables(text)
    assert [(text[r.task_start : r.task_end], [text[a:b] for _, a, b in r.units]) for r in rows] == [
        ("1.制定全市工作任务清单,分解落实到县区、部门。", ["市安委办 (工作专班办公室)"]),
        ("2.制定行业领域工作任务清单,并报市安委办。", ["市级各专委会办公室、市生态环境局"]),
    ]
