"""The national format's table rows and columns, with the record contract's keys beside the printed labels
(shared/spec/report-record.md). Labels are the format's own public wording."""

PART_HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]

APPLICANT_COLUMNS = ["naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other", "total"]
REVIEW_COLUMNS = ["maintained", "corrected", "other", "pending", "total"]
REVIEW_ROWS = ["review", "litigationDirect", "litigationAfterReview"]

# Part 二, per template: (band, header labels, [(row key, label, [column keys])], spans of the value cells).
PROACTIVE = {
    "2021": [
        ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
         [("regulations", "规章", ["issued", "repealed", "inForce"]),
          ("normativeDocuments", "行政规范性文件", ["issued", "repealed", "inForce"])], [1, 1, 1]),
        ("第二十条第（五）项", ["信息内容", "本年处理决定数量"],
         [("licensing", "行政许可", ["decisions"])], [3]),
        ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
         [("penalty", "行政处罚", ["decisions"]), ("coercion", "行政强制", ["decisions"])], [3]),
        ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"],
         [("fees", "行政事业性收费", ["amount"])], [3]),
    ],
    "2019": [
        ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("regulations", "规章", ["made", "published", "totalPublished"]),
          ("normativeDocuments", "规范性文件", ["made", "published", "totalPublished"])], [1, 1, 1]),
        ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("licensing", "行政许可", ["previousItems", "change", "decisions"]),
          ("otherServices", "其他对外管理服务事项", ["previousItems", "change", "decisions"])], [1, 1, 1]),
        ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("penalty", "行政处罚", ["previousItems", "change", "decisions"]),
          ("coercion", "行政强制", ["previousItems", "change", "decisions"])], [1, 1, 1]),
        ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
         [("fees", "行政事业性收费", ["previousItems", "change"])], [1, 2]),
        ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
         [("procurement", "政府集中采购", ["projects", "amount"])], [1, 2]),
    ],
}

# Part 三's outcome groups: (group label or None, [(row key suffix, label)]). A group of one row
# with no suffix is a row label spanning both label columns.
DENIED = ("（三）不予公开", [
    ("stateSecret", "1.属于国家秘密"), ("prohibitedByLaw", "2.其他法律行政法规禁止公开"),
    ("safetyStability", "3.危及“三安全一稳定”"), ("thirdPartyRights", "4.保护第三方合法权益"),
    ("internalAffairs", "5.属于三类内部事务信息"), ("processInformation", "6.属于四类过程性信息"),
    ("enforcementFiles", "7.属于行政执法案卷"), ("queryMatters", "8.属于行政查询事项")])
UNAVAILABLE = ("（四）无法提供", [
    ("notHeld", "1.本机关不掌握相关政府信息"), ("needsCreation", "2.没有现成信息需要另行制作"),
    ("unclear", "3.补正后申请内容仍不明确")])
NOT_PROCESSED = ("（五）不予处理", [
    ("complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"), ("publication", "3.要求提供公开出版物"),
    ("excessive", "4.无正当理由大量反复申请"), ("confirmation", "5.要求行政机关确认或重新出具已获取信息")])
OTHER_HANDLING_ROWS = ("（六）其他处理", [
    ("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("unpaidFee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other", "3.其他")])

PARTIAL_LABEL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def outcome_groups(split_other_handling):
    """The outcome rows of part 三 as (key prefix, group label, [(suffix, label)]); the 2019 format
    (and some 2021 reports) print （六）其他处理 as one row."""
    other = (("otherHandling",) + OTHER_HANDLING_ROWS) if split_other_handling \
        else ("otherHandling", "（六）其他处理", [])
    return [("granted", "（一）予以公开", []), ("partiallyGranted", PARTIAL_LABEL, []),
            ("denied",) + DENIED, ("unavailable",) + UNAVAILABLE, ("notProcessed",) + NOT_PROCESSED,
            other]


def application_rows(split_other_handling):
    """All part 三 row keys in printed order, as flat dotted keys."""
    keys = ["newReceived", "carriedOver"]
    for prefix, _, subs in outcome_groups(split_other_handling):
        keys += [f"{prefix}.{s}" for s, _ in subs] if subs else [prefix]
    return keys + ["total", "carriedForward"]


def outcome_rows(split_other_handling):
    rows = application_rows(split_other_handling)
    return rows[2:rows.index("total")]
