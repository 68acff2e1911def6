"""Tests for kg.evaluate: the gold-file scoring rules on tiny hand-made extractions, then the
real extractor end to end (shape only: the extraction rules change, the scorer must not)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import (
    ENTITY_TYPES,
    META_ROW_HEADER,
    OWNERS,
    ROW_HEADER,
    SCORED,
    EvalError,
    EvalReport,
    Gold,
    evaluate,
    explain,
    find_document,
    load_gold,
    measures_overlap,
    meta_rows,
    names_match,
    report_rows,
    report_to_json,
    score_document,
)
from kg.model import DocumentMeta, Entity, Extraction, Relation
from loaders.text import compact

FIXTURES = Path(__file__).parent / "fixtures"
GOLD_FILES = sorted((FIXTURES / "gold").glob("*.json")) + sorted((FIXTURES / "replies" / "gold").glob("*.json"))
SEED_GOLD = FIXTURES / "gold" / "seed.json"


def entity(type_: str, name: str, *aliases: str) -> Entity:
    return Entity(f"{type_}:{name}", type_, name, list(aliases))


def extraction(*entities: Entity, relations: tuple[Relation, ...] = (), **meta: object) -> Extraction:
    return Extraction(DocumentMeta(id="doc", source="doc.txt", sha256="", **meta), list(entities), list(relations))


def owns(owner: Entity, measure: Entity, predicate: str = "owns") -> Relation:
    return Relation(owner.id, predicate, measure.id)


def gold(file: str = "doc.txt", **fields: object) -> Gold:
    return Gold(path=Path("g.json"), file=file, **fields)


def perfect_extraction(g: Gold) -> Extraction:
    """What an extractor that agrees with the annotator would return: built from the gold itself."""
    entities = {f"{t}:{group[0]}": Entity(f"{t}:{group[0]}", t, group[0], group[1:])
                for t in ENTITY_TYPES for group in g.groups(t)}
    measures = {m: Entity(f"Measure:{i}", "Measure", m) for i, (_, m) in enumerate(g.owns)}
    relations = []
    for owner, measure in g.owns:
        owner_entity = next(e for e in entities.values() if e.type in ("Agency", "Organization")
                            and compact(owner) in {compact(n) for n in [e.name, *e.aliases]})
        relations.append(owns(owner_entity, measures[measure]))
    meta = {k: "" if v is None else v for k, v in g.meta.items()}
    meta["issuer"] = meta["issuer"].split("、") if meta.get("issuer") else []
    meta["cc"] = list(meta.get("cc", []))
    return extraction(*entities.values(), *measures.values(), relations=tuple(relations), **meta)


# ------------------------------------------------------------------------------ name matching


def test_names_match_exact_and_ignores_spaces_and_punctuation() -> None:
    assert names_match("上海市科学技术委员会", "上海市科学技术委员会", 0.75)
    assert names_match("关于深入实施城市更新行动 加快推动高质量发展的意见", "关于深入实施城市更新行动加快推动高质量发展的意见", 0.6)
    assert names_match("“宽带进村”攻坚行动", "宽带进村攻坚行动", 0.6)
    assert names_match("中共中央关于进一步全面深化改革、推进中国式现代化的决定", "中共中央关于进一步全面深化改革推进中国式现代化的决定", 0.6)
    assert not names_match("“”", "", 0.6)


def test_containment_needs_the_shorter_name_to_cover_the_ratio() -> None:
    assert names_match("英才计划", "东方英才计划", 0.6)  # 4/6
    assert names_match("技术交易", "技术交易所", 0.6)  # 4/5
    assert names_match("交易所", "技术交易所", 0.6)  # 3/5: exactly 60%
    assert not names_match("计划", "东方英才计划", 0.6)  # 2/6
    assert not names_match("东方计划", "东方英才计划", 0.6)  # not contained


def test_agency_containment_threshold_is_75_percent() -> None:
    g = gold(entities={"Agency": [["上海市财政局"]], "Program": [["上海市财政局"]]})
    short = extraction(entity("Agency", "市财政局"), entity("Program", "市财政局"))  # 4/6 = 67%
    scores = score_document(g, short).judgements
    assert scores["Agency"].score.recall == 0.0
    assert scores["Program"].score.recall == 1.0
    g = gold(entities={"Agency": [["市财政局"]]})
    assert score_document(g, extraction(entity("Agency", "财政局"))).judgements["Agency"].score.recall == 1.0  # 3/4


def test_an_alias_matching_a_gold_name_is_enough() -> None:
    g = gold(entities={"Agency": [["上海市科学技术委员会", "市科委"]]})
    by_alias = extraction(entity("Agency", "上海科委主管部门", "市科委"))
    score = score_document(g, by_alias).judgements["Agency"].score
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_precision_and_recall_per_type() -> None:
    g = gold(entities={"Program": [["探索者计划"], ["东方英才计划"]], "Field": [["元宇宙"]]})
    got = extraction(entity("Program", "探索者计划"), entity("Program", "修缮工程"), entity("Field", "元宇宙"),
                     entity("Organization", "东方英才计划"))  # right name, wrong type: no credit
    judgements = score_document(g, got).judgements
    program = judgements["Program"]
    assert (program.score.precision, program.score.recall) == (0.5, 0.5)
    assert program.score.f1 == pytest.approx(0.5)
    assert (program.false_positives, program.false_negatives) == (["修缮工程"], ["东方英才计划"])
    assert judgements["Organization"].score.precision == 0.0
    assert judgements["Field"].score.f1 == 1.0


def test_optional_names_are_neither_rewarded_nor_penalised() -> None:
    g = gold(entities={"Agency": [["上海市科学技术委员会"]]}, optional=["市政府", "市委"])
    base = score_document(g, extraction(entity("Agency", "上海市科学技术委员会"))).judgements["Agency"].score
    more = score_document(g, extraction(entity("Agency", "上海市科学技术委员会"),
                                        entity("Agency", "上海市人民政府", "市政府"))).judgements["Agency"].score
    assert (base.precision, base.recall) == (more.precision, more.recall) == (1.0, 1.0)
    assert more.gold == base.gold == 1  # 市委 was not extracted and is not missed


def test_a_type_with_no_gold_and_nothing_extracted_is_perfect_but_inventions_cost_precision() -> None:
    g = gold(entities={"Agency": [["上海市财政局"]]})
    assert score_document(g, extraction()).judgements["Field"].score.f1 == 1.0
    invented = score_document(g, extraction(entity("Field", "绿色低碳"))).judgements["Field"].score
    assert (invented.precision, invented.recall, invented.f1) == (0.0, 1.0, 0.0)


# -------------------------------------------------------------------------------------- owners


def test_measure_overlap_is_containment_or_a_long_common_substring() -> None:
    assert measures_overlap("聚焦重点领域开展体系化布局", "一是聚焦重点领域开展体系化布局。")
    assert measures_overlap("强化科技成果转化尽职免责制度建设", "完善科技成果转化尽职免责制度")  # 12 of 14
    assert not measures_overlap("推进国资企业创新发展", "强化创新网络建设")
    assert not measures_overlap("", "强化创新网络建设")


def test_gold_owner_stands_for_its_entity_group_and_co_owners_count() -> None:
    g = gold(
        entities={"Agency": [["上海市科学技术委员会", "市科委"], ["上海市财政局", "市财政局"]]},
        owns=[("市科委", "深化推进基础研究先行区建设"), ("市财政局", "深化推进基础研究先行区建设")],
    )
    kewei, caizheng = entity("Agency", "上海市科学技术委员会"), entity("Agency", "上海市财政局")
    measure = entity("Measure", "深化推进基础研究先行区建设，加快布局")
    got = extraction(kewei, caizheng, measure, relations=(owns(kewei, measure), owns(caizheng, measure, "co_owns")))
    owners = score_document(g, got).judgements[OWNERS].score
    assert (owners.precision, owners.recall, owners.found, owners.extracted) == (1.0, 1.0, 2, 2)


def test_owner_recall_needs_the_right_owner_on_an_overlapping_measure() -> None:
    g = gold(entities={"Agency": [["上海市科学技术委员会", "市科委"], ["上海市国有资产监督管理委员会", "市国资委"]]},
             owns=[("市国资委", "推进国资企业创新发展")])
    kewei, guozi = entity("Agency", "上海市科学技术委员会"), entity("Agency", "上海市国有资产监督管理委员会")
    on_it, elsewhere = entity("Measure", "推进国资企业创新发展"), entity("Measure", "强化创新网络建设")
    wrong_owner = score_document(g, extraction(kewei, guozi, on_it, elsewhere, relations=(
        owns(kewei, on_it), owns(guozi, elsewhere))))
    judgement = wrong_owner.judgements[OWNERS]
    assert judgement.score.recall == 0.0
    assert judgement.false_negatives == ["市国资委 → 推进国资企业创新发展"]
    assert judgement.false_positives == ["上海市科学技术委员会 → 推进国资企业创新发展"]


def test_owner_precision_is_judged_only_on_gold_measures() -> None:
    g = gold(entities={"Agency": [["上海市科学技术委员会", "市科委"]]},
             owns=[("市科委", "聚焦重点领域开展体系化布局")],
             owns_lenient=[("市科委", "进一步激发企业创新活力")])
    kewei, caizheng = entity("Agency", "上海市科学技术委员会"), entity("Agency", "上海市财政局")
    listed, lenient = entity("Measure", "聚焦重点领域开展体系化布局"), entity("Measure", "进一步激发企业创新活力")
    unlisted = entity("Measure", "完善财政资金管理")
    got = extraction(kewei, caizheng, listed, lenient, unlisted, relations=(
        owns(kewei, listed), owns(kewei, lenient), owns(caizheng, unlisted), owns(caizheng, listed, "co_owns")))
    owners = score_document(g, got).judgements[OWNERS]
    assert (owners.score.extracted, owners.score.correct) == (3, 2)  # the unlisted measure is not judged
    assert owners.false_positives == ["上海市财政局 → 聚焦重点领域开展体系化布局"]
    assert owners.score.gold == 1 and owners.score.recall == 1.0  # lenient pairs are never required


def test_owning_relations_must_point_at_measures() -> None:
    g = gold(entities={"Agency": [["上海市科学技术委员会", "市科委"]]}, owns=[("市科委", "探索者计划")])
    kewei, program = entity("Agency", "上海市科学技术委员会"), entity("Program", "探索者计划")
    owners = score_document(g, extraction(kewei, program, relations=(owns(kewei, program),))).judgements[OWNERS]
    assert (owners.score.extracted, owners.score.recall) == (0, 0.0)


# ---------------------------------------------------------------------------------------- meta


def test_metadata_compares_compact_forms_joins_issuers_and_reads_null_as_none_stated() -> None:
    g = gold(meta={"issuer": "上海市发展和改革委员会、上海市粮食和物资储备局", "doc_number": "沪粮仓〔2025〕18号",
                   "date": "2025-02-28", "title": None, "cc": ["市政府办公厅"]})
    got = extraction(issuer=["上海市发展和改革委员会", "上海市粮食和物资储备局"], doc_number="沪粮仓 〔2025〕 18号",
                     date="2025-02-28", title="您的提案收悉", cc=["市政府办公厅"])
    meta = score_document(g, got).meta
    assert (meta.compared, meta.equal) == (5, 4)
    assert meta.differences == {"title": ("", "您的提案收悉")}
    one_issuer = score_document(g, extraction(issuer=["上海市粮食和物资储备局"])).meta
    assert "issuer" in one_issuer.differences


# ------------------------------------------------------------------------------- whole files


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_an_extraction_agreeing_with_the_gold_scores_one_everywhere(gold_path: Path) -> None:
    g = load_gold(gold_path)
    doc = score_document(g, perfect_extraction(g))
    for kind in SCORED:
        score = doc.judgements[kind].score
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), (kind, explain(doc))
    assert doc.meta.accuracy == 1.0, doc.meta.differences


def test_an_empty_extraction_has_zero_recall() -> None:
    g = load_gold(SEED_GOLD)
    doc = score_document(g, extraction())
    for kind in SCORED:
        assert doc.judgements[kind].score.recall == 0.0
        assert doc.judgements[kind].score.f1 == 0.0
    assert explain(doc)["types"]["Agency"]["false_negatives"][0] == "上海市科学技术委员会"


def test_load_gold_makes_bare_names_one_name_groups(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"file": "d.txt", "entities": {"Policy": ["甲办法", ["乙方案", "方案"]]},
                                "owns": [["市科委", "某措施"]]}), encoding="utf-8")
    g = load_gold(path)
    assert g.groups("Policy") == [["甲办法"], ["乙方案", "方案"]]
    assert g.groups("Agency") == []
    assert g.owns == [("市科委", "某措施")] and g.owns_lenient == []


@pytest.mark.parametrize("content", ["{not json", "[]", '{"entities": {}}', '{"file": "d.txt", "owns": [["only one"]]}'])
def test_load_gold_rejects_malformed_files_naming_them(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match="bad.json"):
        load_gold(path)


def test_find_document_looks_beside_the_gold_then_in_docs_folders(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold" / "g.json"
    gold_path.parent.mkdir()
    g = gold(file="doc-under-test.txt")
    with pytest.raises(EvalError, match="doc-under-test.txt.*--docs"):
        find_document(g, gold_path, [])
    deep = tmp_path / "elsewhere" / "national" / "doc-under-test.txt"
    deep.parent.mkdir(parents=True)
    deep.write_text("正文", encoding="utf-8")
    assert find_document(g, gold_path, [tmp_path / "elsewhere"]) == deep
    near = tmp_path / "corpus" / "shanghai" / "doc-under-test.txt"
    near.parent.mkdir(parents=True)
    near.write_text("正文", encoding="utf-8")
    assert find_document(g, gold_path, [tmp_path / "elsewhere"]).resolve() == near.resolve()


def test_report_rows_json_and_explain_cover_every_document_and_type() -> None:
    g = load_gold(SEED_GOLD)
    report = EvalReport([score_document(g, perfect_extraction(g)), score_document(g, extraction())])
    rows = report_rows(report)
    assert all(len(row) == len(ROW_HEADER) for row in rows)
    assert [row[1] for row in rows if row[0] == "overall"] == list(SCORED)
    overall = report_to_json(report)["overall"]
    assert overall["Agency"]["recall"] == 0.5 and overall["Agency"]["precision"] == 1.0
    detailed = report_to_json(report, details=True)
    assert json.loads(json.dumps(detailed, ensure_ascii=False)) == detailed
    assert detailed["documents"][1]["details"]["types"][OWNERS]["false_negatives"]
    assert [len(row) for row in meta_rows(report)] == [len(META_ROW_HEADER)] * 3


# ---------------------------------------------------------------------------------- end to end


def test_evaluate_runs_the_real_extractor_on_the_seed_gold() -> None:
    report = evaluate([SEED_GOLD], [])
    assert [d.gold_path for d in report.documents] == [SEED_GOLD]
    assert report.documents[0].document.name == "000_efadf02fe7c23abc.txt"
    data = report_to_json(report, details=True)
    for scores in (data["overall"], data["documents"][0]["scores"]):
        assert set(scores) == set(SCORED)
        for score in scores.values():
            assert all(0.0 <= score[k] <= 1.0 for k in ("precision", "recall", "f1"))
    assert 0.0 <= data["meta_accuracy"] <= 1.0
