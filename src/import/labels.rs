//! The fixed labels of the standard format: section headings, the rows of tables 1–3, and
//! the column headings that tell the two editions of table 1 apart.

use crate::report::model::{AppealBlock, Table2Row};

use super::Table1Row;

/// The six sections of a standard report, and which table each holds.
pub(crate) const SECTIONS: [(&str, Region); 6] = [
    ("总体情况", Region::Prose),
    ("主动公开政府信息情况", Region::T1),
    ("收到和处理政府信息公开申请情况", Region::T2),
    ("政府信息公开行政复议行政诉讼情况", Region::T3),
    ("存在的主要问题及改进情况", Region::Prose),
    ("其他需要报告的事项", Region::Prose),
];

/// Where a line is: before any heading, in a section of prose, or in the section of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Region {
    /// No heading seen yet: rows are recognised by their labels alone.
    Auto,
    Prose,
    T1,
    T2,
    T3,
}

pub(crate) const T1_ROWS: [(Table1Row, &str); 9] = [
    (Table1Row::Regulations, "规章"),
    (Table1Row::NormativeDocuments, "规范性文件"),
    (Table1Row::NormativeDocuments, "行政规范性文件"),
    (Table1Row::Licensing, "行政许可"),
    (Table1Row::OtherManagementServices, "其他对外管理服务事项"),
    (Table1Row::Penalty, "行政处罚"),
    (Table1Row::Coercion, "行政强制"),
    (Table1Row::Fees, "行政事业性收费"),
    (Table1Row::Procurement, "政府集中采购"),
];

/// Column headings of the 2019 trial edition of table 1 (punctuation left out).
pub(crate) const T1_HEADINGS_2019: [&str; 7] = [
    "新制作数量",
    "新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增减",
    "采购项目数量",
    "采购总金额",
];

/// Column headings of the 2021 edition of table 1.
pub(crate) const T1_HEADINGS_2021: [&str; 5] = [
    "制发件数",
    "废止件数",
    "现行有效件数",
    "本年处理决定数量",
    "收费金额",
];

/// Rows of table 2 under a top-level number (一、二、四、).
pub(crate) const T2_TOP: [(u8, Table2Row, &str); 3] = [
    (1, Table2Row::Received, "本年新收政府信息公开申请数量"),
    (2, Table2Row::CarriedOver, "上年结转政府信息公开申请数量"),
    (4, Table2Row::CarriedForward, "结转下年度继续办理"),
];

/// 三、本年度办理结果: the label over the outcome rows, not a row.
pub(crate) const T2_RESULTS: &str = "本年度办理结果";

/// Rows and groups under （一）…（七）. `None`: a group label over numbered rows.
pub(crate) const T2_GROUPS: [(u8, Option<Table2Row>, &str); 7] = [
    (1, Some(Table2Row::Disclosed), "予以公开"),
    (
        2,
        Some(Table2Row::PartiallyDisclosed),
        "部分公开区分处理的只计这一情形不计其他情形",
    ),
    (3, None, "不予公开"),
    (4, None, "无法提供"),
    (5, None, "不予处理"),
    // One row in 2019 and in many 2021 reports, a group of three in the 2021 format.
    (6, Some(Table2Row::OtherHandling), "其他处理"),
    (7, Some(Table2Row::Total), "总计"),
];

/// Numbered rows within groups （三）–（六）: group, number, row, label.
pub(crate) const T2_SUBS: [(u8, u8, Table2Row, &str); 19] = [
    (3, 1, Table2Row::WithheldStateSecret, "属于国家秘密"),
    (
        3,
        2,
        Table2Row::WithheldProhibitedByLaw,
        "其他法律行政法规禁止公开",
    ),
    (
        3,
        3,
        Table2Row::WithheldThreeSafetiesOneStability,
        "危及三安全一稳定",
    ),
    (
        3,
        4,
        Table2Row::WithheldThirdPartyRights,
        "保护第三方合法权益",
    ),
    (
        3,
        5,
        Table2Row::WithheldInternalAffairs,
        "属于三类内部事务信息",
    ),
    (
        3,
        6,
        Table2Row::WithheldProcessInformation,
        "属于四类过程性信息",
    ),
    (
        3,
        7,
        Table2Row::WithheldEnforcementFiles,
        "属于行政执法案卷",
    ),
    (3, 8, Table2Row::WithheldInquiryMatters, "属于行政查询事项"),
    (
        4,
        1,
        Table2Row::UnavailableNotHeld,
        "本机关不掌握相关政府信息",
    ),
    (
        4,
        2,
        Table2Row::UnavailableNeedsCreation,
        "没有现成信息需要另行制作",
    ),
    (
        4,
        3,
        Table2Row::UnavailableStillUnclear,
        "补正后申请内容仍不明确",
    ),
    (
        5,
        1,
        Table2Row::NotProcessedPetitionsComplaints,
        "信访举报投诉类申请",
    ),
    (5, 2, Table2Row::NotProcessedRepeated, "重复申请"),
    (
        5,
        3,
        Table2Row::NotProcessedPublications,
        "要求提供公开出版物",
    ),
    (
        5,
        4,
        Table2Row::NotProcessedExcessive,
        "无正当理由大量反复申请",
    ),
    (
        5,
        5,
        Table2Row::NotProcessedConfirmation,
        "要求行政机关确认或重新出具已获取信息",
    ),
    (
        6,
        1,
        Table2Row::OtherNoCorrection,
        "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
    ),
    (
        6,
        2,
        Table2Row::OtherUnpaidFees,
        "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
    ),
    (6, 3, Table2Row::OtherOther, "其他"),
];

pub(crate) const T3_BLOCKS: [(AppealBlock, &str); 5] = [
    (AppealBlock::Reconsideration, "行政复议"),
    (AppealBlock::LitigationDirect, "未经复议直接起诉"),
    (AppealBlock::LitigationDirect, "行政诉讼未经复议直接起诉"),
    (AppealBlock::LitigationAfterReconsideration, "复议后起诉"),
    (
        AppealBlock::LitigationAfterReconsideration,
        "行政诉讼复议后起诉",
    ),
];

/// The row of table 2 as the standard prints it, group label included.
pub fn table2_label(row: Table2Row) -> String {
    if let Some((n, _, l)) = T2_TOP.iter().find(|t| t.1 == row) {
        return format!("{}、{l}", cn_numeral(*n));
    }
    if let Some((n, _, _)) = T2_GROUPS.iter().find(|g| g.1 == Some(row)) {
        return group_label(*n);
    }
    match T2_SUBS.iter().find(|s| s.2 == row) {
        Some((g, n, _, _)) => format!("{} {n}.{}", group_label(*g), printed_sub(row)),
        None => format!("{row:?}"),
    }
}

fn group_label(n: u8) -> String {
    let text = match n {
        2 => "部分公开（区分处理的，只计这一情形，不计其他情形）",
        _ => T2_GROUPS
            .iter()
            .find(|g| g.0 == n)
            .map(|g| g.2)
            .unwrap_or(""),
    };
    format!("（{}）{text}", cn_numeral(n))
}

/// The numbered labels with the punctuation the standard prints.
fn printed_sub(row: Table2Row) -> &'static str {
    match row {
        Table2Row::WithheldThreeSafetiesOneStability => "危及“三安全一稳定”",
        Table2Row::OtherNoCorrection => {
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        }
        Table2Row::OtherUnpaidFees => {
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
        }
        _ => T2_SUBS
            .iter()
            .find(|s| s.2 == row)
            .map(|s| s.3)
            .unwrap_or(""),
    }
}

pub(crate) fn cn_numeral(n: u8) -> &'static str {
    [
        "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ]
    .get(n as usize)
    .copied()
    .unwrap_or("?")
}

pub(crate) fn cn_numeral_value(c: char) -> Option<u8> {
    "〇一二三四五六七八九十"
        .chars()
        .position(|x| x == c)
        .map(|p| p as u8)
}

pub fn table1_label(row: Table1Row) -> &'static str {
    match row {
        Table1Row::Regulations => "规章",
        Table1Row::NormativeDocuments => "规范性文件",
        Table1Row::Licensing => "行政许可",
        Table1Row::OtherManagementServices => "其他对外管理服务事项",
        Table1Row::Penalty => "行政处罚",
        Table1Row::Coercion => "行政强制",
        Table1Row::Fees => "行政事业性收费",
        Table1Row::Procurement => "政府集中采购",
    }
}

pub fn table3_label(block: AppealBlock) -> &'static str {
    match block {
        AppealBlock::Reconsideration => "行政复议",
        AppealBlock::LitigationDirect => "行政诉讼 未经复议直接起诉",
        AppealBlock::LitigationAfterReconsideration => "行政诉讼 复议后起诉",
    }
}
