//! Words the dashboard and `report-check` show, in Chinese (the default) and English.
//! Report content is never translated: it stays as published.

use crate::report::checks::{Check, CheckResult, Place, Quantity, Relation, Status};
use crate::report::load::LoadError;
use crate::report::model::{
    AdministrativeLevel, AppealBlock, AppealResult, Date, FreeFormOutcome, OutcomeGroup, Report,
    Section, Table2Row,
};
use crate::report::number::{Decimal, Figure, Qualifier};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Picks the Chinese or English text.
    pub fn pick(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// The colon between a label and its figures: "：" in Chinese, ": " in English.
pub fn colon(lang: Lang) -> &'static str {
    lang.pick("：", ": ")
}

/// Separators between items of a list, and between clauses.
pub fn list_separator(lang: Lang) -> &'static str {
    lang.pick("，", ", ")
}

pub fn clause_separator(lang: Lang) -> &'static str {
    lang.pick("；", "; ")
}

/// Groups digits: 1,112 in English; Chinese government tables print digits plainly.
pub fn format_count(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let grouped = match lang {
        Lang::Zh => digits,
        Lang::En => {
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(',');
                }
                out.push(c);
            }
            out
        }
    };
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

pub fn format_decimal(lang: Lang, d: Decimal) -> String {
    match d.as_integer() {
        Some(n) if d.scale() == 0 => format_count(lang, n),
        _ => d.to_string(),
    }
}

pub fn format_date(lang: Lang, d: Date) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", d.year, d.month, d.day),
        Lang::En => d.to_string(),
    }
}

pub fn format_percent(d: Decimal) -> String {
    format!("{d}%")
}

/// A unit of count in English; `None` for a unit with no natural English word (个, 家),
/// which English writes without one.
pub fn unit_in_english(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "条" => "items",
        "件" => "items",
        "宗" => "cases",
        "篇" => "articles",
        "场" | "场次" => "events",
        "份" => "copies",
        "期" => "issues",
        "次" => "times",
        "项" => "items",
        "人" | "人次" => "people",
        "%" => "%",
        _ => return None,
    })
}

/// Is this a Chinese character or CJK punctuation (what a page in English must mark as
/// Chinese)?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x201C | 0x201D)
}

/// Splits text into runs of CJK and other characters: `(is_cjk, run)`.
pub fn cjk_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        match current {
            Some(kind) if kind != cjk => {
                runs.push((kind, &text[start..i]));
                start = i;
                current = Some(cjk);
            }
            None => current = Some(cjk),
            _ => {}
        }
    }
    if let Some(kind) = current {
        runs.push((kind, &text[start..]));
    }
    runs
}

/// Trims a float to at most `places` decimals, without trailing zeros.
fn trimmed(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Money as a reader of the language expects it: 万元 in Chinese for amounts of ten
/// thousand yuan and more, whole yuan with digit groups in English.
fn format_money(lang: Lang, f: &Figure, wan_units: bool) -> String {
    let yuan = f.value.to_f64() * if wan_units { 10_000.0 } else { 1.0 };
    let qualifier = |number: String| match (lang, f.qualifier) {
        (_, Qualifier::Exact) => number,
        (Lang::Zh, Qualifier::MoreThan) => format!("{number}多"),
        (Lang::Zh, Qualifier::About) => format!("约{number}"),
        (Lang::Zh, Qualifier::LessThan) => format!("不足{number}"),
        (Lang::En, Qualifier::MoreThan) => format!("more than {number}"),
        (Lang::En, Qualifier::About) => format!("about {number}"),
        (Lang::En, Qualifier::LessThan) => format!("less than {number}"),
    };
    match lang {
        Lang::Zh if yuan >= 10_000.0 => format!("{}万元", qualifier(trimmed(yuan / 10_000.0, 4))),
        Lang::Zh => format!("{}元", qualifier(trimmed(yuan, 2))),
        Lang::En => {
            let whole = yuan.trunc() as i64;
            let cents = yuan - yuan.trunc();
            let mut number = format_count(lang, whole);
            if cents.abs() >= 0.005 {
                number.push_str(&trimmed(cents, 2)[1..]);
            }
            format!("{} yuan", qualifier(number))
        }
    }
}

/// A stated figure with its qualifier and unit, as a reader of the language writes it:
/// "300多场次", "40多万份", "25.1万元" / "more than 300 events", "more than 400,000 copies",
/// "251,000 yuan". Units English has no word for are left out; unknown units are kept.
pub fn format_figure(lang: Lang, f: &Figure) -> String {
    figure_words(lang, f, false)
}

/// A count of cases (requests, reconsiderations, lawsuits), as `format_figure` writes it but
/// with 件 as "cases" in English: the reports count cases in 件 or 宗, and 件 elsewhere
/// counts documents and items.
pub fn format_cases(lang: Lang, f: &Figure) -> String {
    figure_words(lang, f, true)
}

fn figure_words(lang: Lang, f: &Figure, cases: bool) -> String {
    let unit = f.unit.as_deref().unwrap_or("");
    if unit == "元" || unit == "万元" {
        return format_money(lang, f, unit == "万元");
    }
    match lang {
        Lang::Zh => {
            // Round figures of a hundred thousand and more read in 万, as the reports print them.
            let wan = f
                .value
                .as_integer()
                .filter(|n| *n >= 100_000 && n % 10_000 == 0)
                .map(|n| n / 10_000);
            let number = match (wan, f.qualifier) {
                (Some(w), Qualifier::Exact) => format!("{w}万"),
                (Some(w), Qualifier::MoreThan) => format!("{w}多万"),
                (Some(w), Qualifier::About) => format!("约{w}万"),
                (Some(w), Qualifier::LessThan) => format!("不足{w}万"),
                (None, Qualifier::Exact) => format_decimal(lang, f.value),
                (None, Qualifier::MoreThan) => format!("{}多", format_decimal(lang, f.value)),
                (None, Qualifier::About) => format!("约{}", format_decimal(lang, f.value)),
                (None, Qualifier::LessThan) => format!("不足{}", format_decimal(lang, f.value)),
            };
            format!("{number}{unit}")
        }
        Lang::En => {
            let value = format_decimal(lang, f.value);
            let number = match f.qualifier {
                Qualifier::Exact => value,
                Qualifier::MoreThan => format!("more than {value}"),
                Qualifier::About => format!("about {value}"),
                Qualifier::LessThan => format!("fewer than {value}"),
            };
            let unit = match unit_in_english(unit) {
                Some(_) if cases && unit == "件" => "cases",
                Some(u) => u,
                None if ["个", "家"].contains(&unit) => "",
                None => unit,
            };
            match unit {
                "" => number,
                "%" => format!("{number}%"),
                u => format!("{number} {u}"),
            }
        }
    }
}

pub fn not_reported(lang: Lang) -> &'static str {
    lang.pick("未报告", "not reported")
}

pub fn level_name(lang: Lang, level: AdministrativeLevel) -> &'static str {
    use AdministrativeLevel::*;
    match level {
        National => lang.pick("国家级", "national"),
        Provincial => lang.pick("省级", "provincial"),
        Prefectural => lang.pick("地市级", "prefecture"),
        County => lang.pick("县区级", "county"),
        Township => lang.pick("乡镇街道", "township"),
    }
}

pub fn section_name(lang: Lang, section: Section) -> &'static str {
    use Section::*;
    match section {
        Overview => lang.pick("概述", "Overview"),
        Proactive => lang.pick("主动公开", "Proactive disclosure"),
        Enforcement => lang.pick("执法信息公开", "Enforcement disclosure"),
        Press => lang.pick("新闻宣传与普法", "Press and publicity"),
        Services => lang.pick("服务平台", "Services"),
        Consultations => lang.pick("咨询、投诉与建议提案", "Consultations and proposals"),
        Requests => lang.pick("依申请公开", "Requests"),
        Fees => lang.pick("收费", "Fees"),
        Appeals => lang.pick("行政复议与行政诉讼", "Reconsideration and litigation"),
        Problems => lang.pick("存在的问题", "Problems"),
        Plans => lang.pick("工作计划", "Plans"),
        Other => lang.pick("其他", "Other"),
    }
}

pub fn free_form_outcome_name(lang: Lang, o: FreeFormOutcome) -> &'static str {
    use FreeFormOutcome::*;
    match o {
        Disclosed => lang.pick("同意公开", "Disclosed"),
        PartiallyDisclosed => lang.pick("同意部分公开", "Partly disclosed"),
        Refused => lang.pick("不予公开", "Refused"),
        NotGovernmentInformation => lang.pick("非政府信息", "Not government information"),
        InformationDoesNotExist => lang.pick("信息不存在", "Information does not exist"),
        NotHeldByThisBody => lang.pick("非本机关信息", "Not held by this body"),
        Other => lang.pick("其他", "Other"),
    }
}

pub fn applicant_name(lang: Lang, column: usize) -> &'static str {
    match column {
        0 => lang.pick("自然人", "Natural persons"),
        1 => lang.pick("商业企业", "Businesses"),
        2 => lang.pick("科研机构", "Research institutions"),
        3 => lang.pick("社会公益组织", "Public-interest organisations"),
        4 => lang.pick("法律服务机构", "Legal service providers"),
        5 => lang.pick("其他", "Other organisations"),
        _ => lang.pick("总计", "Total"),
    }
}

pub fn outcome_group_name(lang: Lang, g: OutcomeGroup) -> &'static str {
    use OutcomeGroup::*;
    match g {
        Disclosed => lang.pick("（一）予以公开", "Disclosed"),
        PartiallyDisclosed => lang.pick("（二）部分公开", "Partly disclosed"),
        Withheld => lang.pick("（三）不予公开", "Withheld"),
        Unavailable => lang.pick("（四）无法提供", "Cannot be provided"),
        NotProcessed => lang.pick("（五）不予处理", "Not processed"),
        Other => lang.pick("（六）其他处理", "Other handling"),
    }
}

pub fn table2_row_name(lang: Lang, row: Table2Row) -> &'static str {
    use Table2Row::*;
    match row {
        Received => lang.pick("一、本年新收政府信息公开申请数量", "I. Requests received this year"),
        CarriedOver => lang.pick("二、上年结转政府信息公开申请数量", "II. Carried over from last year"),
        Disclosed => lang.pick("（一）予以公开", "(1) Disclosed"),
        PartiallyDisclosed => lang.pick(
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "(2) Partly disclosed",
        ),
        WithheldStateSecret => lang.pick("（三）不予公开 1.属于国家秘密", "(3) Withheld: 1. state secret"),
        WithheldProhibitedByLaw => lang.pick(
            "（三）不予公开 2.其他法律行政法规禁止公开",
            "(3) Withheld: 2. prohibited by other laws",
        ),
        WithheldThreeSafetiesOneStability => lang.pick(
            "（三）不予公开 3.危及“三安全一稳定”",
            "(3) Withheld: 3. endangers security or stability",
        ),
        WithheldThirdPartyRights => lang.pick(
            "（三）不予公开 4.保护第三方合法权益",
            "(3) Withheld: 4. third-party rights",
        ),
        WithheldInternalAffairs => lang.pick(
            "（三）不予公开 5.属于三类内部事务信息",
            "(3) Withheld: 5. internal affairs",
        ),
        WithheldProcessInformation => lang.pick(
            "（三）不予公开 6.属于四类过程性信息",
            "(3) Withheld: 6. process information",
        ),
        WithheldEnforcementFiles => lang.pick(
            "（三）不予公开 7.属于行政执法案卷",
            "(3) Withheld: 7. enforcement case files",
        ),
        WithheldInquiryMatters => lang.pick(
            "（三）不予公开 8.属于行政查询事项",
            "(3) Withheld: 8. administrative inquiry matters",
        ),
        UnavailableNotHeld => lang.pick(
            "（四）无法提供 1.本机关不掌握相关政府信息",
            "(4) Cannot provide: 1. not held by this body",
        ),
        UnavailableNeedsCreation => lang.pick(
            "（四）无法提供 2.没有现成信息需要另行制作",
            "(4) Cannot provide: 2. would have to be created",
        ),
        UnavailableStillUnclear => lang.pick(
            "（四）无法提供 3.补正后申请内容仍不明确",
            "(4) Cannot provide: 3. still unclear after correction",
        ),
        NotProcessedPetitionsComplaints => lang.pick(
            "（五）不予处理 1.信访举报投诉类申请",
            "(5) Not processed: 1. petitions, reports, complaints",
        ),
        NotProcessedRepeated => lang.pick("（五）不予处理 2.重复申请", "(5) Not processed: 2. repeated requests"),
        NotProcessedPublications => lang.pick(
            "（五）不予处理 3.要求提供公开出版物",
            "(5) Not processed: 3. published materials",
        ),
        NotProcessedExcessive => lang.pick(
            "（五）不予处理 4.无正当理由大量反复申请",
            "(5) Not processed: 4. excessive repeated requests",
        ),
        NotProcessedConfirmation => lang.pick(
            "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
            "(5) Not processed: 5. confirmation of information already obtained",
        ),
        OtherHandling => lang.pick("（六）其他处理", "(6) Other handling"),
        OtherNoCorrection => lang.pick(
            "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "(6) Other: 1. applicant did not correct the request in time",
        ),
        OtherUnpaidFees => lang.pick(
            "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "(6) Other: 2. applicant did not pay the fee in time",
        ),
        OtherOther => lang.pick("（六）其他处理 3.其他", "(6) Other: 3. other"),
        Total => lang.pick("（七）总计", "(7) Total handled"),
        CarriedForward => lang.pick("四、结转下年度继续办理", "IV. Carried forward to next year"),
    }
}

pub fn appeal_block_name(lang: Lang, b: AppealBlock) -> &'static str {
    match b {
        AppealBlock::Reconsideration => lang.pick("行政复议", "Administrative reconsideration"),
        AppealBlock::LitigationDirect => lang.pick(
            "行政诉讼（未经复议直接起诉）",
            "Litigation without prior reconsideration",
        ),
        AppealBlock::LitigationAfterReconsideration => {
            lang.pick("行政诉讼（复议后起诉）", "Litigation after reconsideration")
        }
    }
}

pub fn appeal_result_name(lang: Lang, r: AppealResult) -> &'static str {
    match r {
        AppealResult::Maintained => lang.pick("结果维持", "Upheld"),
        AppealResult::Corrected => lang.pick("结果纠正", "Corrected"),
        AppealResult::Other => lang.pick("其他结果", "Other result"),
        AppealResult::Pending => lang.pick("尚未审结", "Pending"),
        AppealResult::Total => lang.pick("总计", "Total"),
    }
}

pub fn check_name(lang: Lang, check: Check) -> &'static str {
    match check {
        Check::RequestBalance => lang.pick(
            "新收 + 上年结转 = 办理总计 + 结转下年度",
            "received + carried over = handled + carried forward",
        ),
        Check::OutcomesSumToTotal => lang.pick(
            "各项办理结果之和 = 总计",
            "outcome rows add up to the total handled",
        ),
        Check::ApplicantsSumToTotal => lang.pick(
            "各类申请人之和 = 总计",
            "applicant columns add up to the total",
        ),
        Check::AppealsSumToTotal => lang.pick(
            "维持 + 纠正 + 其他 + 尚未审结 = 总计",
            "upheld + corrected + other + pending = total",
        ),
        Check::CarriedOverMatchesLastYear => lang.pick(
            "上年结转 = 上一年报告的结转下年度",
            "carried over = last year's carried forward",
        ),
        Check::DocumentsInForceFollowLastYear => lang.pick(
            "现行有效 = 上年现行有效 + 本年制发 − 本年废止",
            "in force = last year's in force + made − abolished",
        ),
        Check::RowPresent => lang.pick("表格行齐全", "every row of the table is present"),
        Check::PartsSumToTotal => lang.pick("各项之和 = 合计", "parts add up to the stated total"),
        Check::StatedPercentMatchesCount => lang.pick(
            "所列百分比与数量相符",
            "stated percentage matches the count",
        ),
        Check::ChannelsSumToReceived => lang.pick(
            "各渠道申请之和 = 受理总数",
            "requests by channel add up to requests received",
        ),
        Check::OutcomesWithinReceived => lang.pick(
            "所列办理结果不超过受理数",
            "stated outcomes do not exceed requests received",
        ),
        Check::DatedAfterPeriod => lang.pick(
            "报告日期不早于报告期末",
            "the report is not dated before the end of its period",
        ),
    }
}

pub fn place_name(lang: Lang, place: &Place, report: &Report) -> String {
    match place {
        Place::Table2 { row, column } => {
            let table = lang.pick("表二", "Table 2");
            match column {
                Some(c) => format!(
                    "{table} · {} · {}",
                    table2_row_name(lang, *row),
                    applicant_name(lang, *c)
                ),
                None => format!("{table} · {}", table2_row_name(lang, *row)),
            }
        }
        Place::Table2Column { column } => format!(
            "{} · {}{}",
            lang.pick("表二", "Table 2"),
            lang.pick("列：", "column: "),
            applicant_name(lang, *column)
        ),
        Place::Table3 { block } => format!(
            "{} · {}",
            lang.pick("表三", "Table 3"),
            appeal_block_name(lang, *block)
        ),
        Place::Table1Documents { row } => format!(
            "{} · {}",
            lang.pick("表一", "Table 1"),
            if *row == "regulations" {
                lang.pick("规章", "rules")
            } else {
                lang.pick("行政规范性文件", "normative documents")
            }
        ),
        Place::Breakdown { index, item } => {
            let b = report.proactive.breakdowns.get(*index);
            let title = b.map_or("", |b| b.title.as_str());
            match item.and_then(|i| b.and_then(|b| b.items.get(i))) {
                Some(it) => format!("{title} · {}", it.label),
                None => format!("{title} · {}", lang.pick("合计", "total")),
            }
        }
        Place::RequestChannels => lang
            .pick("依申请公开 · 申请渠道", "Requests · channels")
            .into(),
        Place::RequestOutcomes => lang
            .pick("依申请公开 · 办理结果", "Requests · outcomes")
            .into(),
        Place::PublicationDate => lang.pick("报告日期", "Report date").into(),
    }
}

fn quantity(lang: Lang, q: &Quantity) -> String {
    match q {
        Quantity::Count(n) => format_count(lang, *n),
        Quantity::Percent(p) => format_percent(*p),
        Quantity::Date(d) => format_date(lang, *d),
    }
}

/// The status of a check in words: "成立", or what was expected and what was found.
pub fn status_text(lang: Lang, status: &Status) -> String {
    match status {
        Status::Holds => lang.pick("成立", "holds").into(),
        Status::Fails {
            relation,
            expected,
            found,
        } => {
            let (e, f) = (quantity(lang, expected), quantity(lang, found));
            match (lang, relation) {
                (Lang::Zh, Relation::Equal) => format!("应为 {e}，实为 {f}"),
                (Lang::Zh, Relation::AtMost) => format!("应不超过 {e}，实为 {f}"),
                (Lang::Zh, Relation::After) => format!("应不早于 {e}，实为 {f}"),
                (Lang::En, Relation::Equal) => format!("expected {e}, found {f}"),
                (Lang::En, Relation::AtMost) => format!("expected at most {e}, found {f}"),
                (Lang::En, Relation::After) => format!("expected on or after {e}, found {f}"),
            }
        }
        Status::RowMissing => lang.pick("缺少此行", "row missing").into(),
        Status::AllBlank => lang
            .pick("均为空白，无从核对", "all cells blank, nothing to check")
            .into(),
        Status::TotalComputed => lang
            .pick(
                "报告未填总计，已按各项计算",
                "total left blank, computed from the parts",
            )
            .into(),
    }
}

/// One line describing a check result, as the page and `report-check` print it.
pub fn describe_result(lang: Lang, r: &CheckResult, report: &Report) -> String {
    let id = r
        .check
        .identity()
        .map(|i| format!("{i} "))
        .unwrap_or_default();
    let blanks = if r.blanks_taken_as_zero {
        lang.pick("（空白按 0 计）", " (blanks taken as 0)")
    } else {
        ""
    };
    let (place, status, rule) = (
        place_name(lang, &r.place, report),
        status_text(lang, &r.status),
        check_name(lang, r.check),
    );
    // The place and what was found first; the rule after, so a failure never reads as if
    // the rule were the finding.
    match lang {
        Lang::Zh => format!("{id}{place}：{status}{blanks}（规则：{rule}）"),
        Lang::En => format!("{id}{place}: {status}{blanks} (rule: {rule})"),
    }
}

/// A load error in the visitor's language, with its location. The JSON path is shown as
/// written in the file (never capitalised), so the author can search for it.
pub fn describe_load_error(lang: Lang, e: &LoadError) -> String {
    match (lang, e) {
        (Lang::En, LoadError::Empty) => "The file is empty.".into(),
        (Lang::En, LoadError::TooLarge { bytes, limit }) => {
            format!("The file is {bytes} bytes, above the limit of {limit} bytes; it was not read.")
        }
        (Lang::En, LoadError::NotUtf8 { line, column }) => format!(
            "The file is not UTF-8 text (first bad byte at line {line}, column {column}); save it as UTF-8."
        ),
        (Lang::En, LoadError::NotJson { line, column, detail }) => {
            format!("The file is not valid JSON: line {line}, column {column}: {detail}.")
        }
        (Lang::En, LoadError::Invalid { path, line, column, detail }) => format!(
            "{} (line {line}, column {column}): {detail}.",
            field_name(lang, path)
        ),
        (Lang::En, LoadError::UnsupportedVersion { found, supported }) => format!(
            "Field format_version: version {found} is not supported (this dashboard reads version {supported})."
        ),
        (Lang::En, LoadError::Inconsistent { path, detail }) => {
            format!("{}: {detail}.", field_name(lang, path))
        }
        (Lang::Zh, LoadError::Empty) => "文件是空的。".into(),
        (Lang::Zh, LoadError::TooLarge { bytes, limit }) => {
            format!("文件大小为 {bytes} 字节，超过上限 {limit} 字节，未予读取。")
        }
        (Lang::Zh, LoadError::NotUtf8 { line, column }) => format!(
            "文件不是 UTF-8 编码（第 {line} 行第 {column} 列起无法识别），请另存为 UTF-8。"
        ),
        (Lang::Zh, LoadError::NotJson { line, column, detail }) => {
            format!("文件不是有效的 JSON：第 {line} 行第 {column} 列，{}。", zh_detail(detail))
        }
        (Lang::Zh, LoadError::Invalid { path, line, column, detail }) => format!(
            "{}（第 {line} 行第 {column} 列）：{}。",
            field_name(lang, path),
            zh_detail(detail)
        ),
        (Lang::Zh, LoadError::UnsupportedVersion { found, supported }) => format!(
            "字段 format_version：版本 {found} 不受支持，本看板只读取版本 {supported}。"
        ),
        (Lang::Zh, LoadError::Inconsistent { path, detail }) => {
            let zh = match zh_inconsistent(detail) {
                // Not one of its rules: a value rule worded as zh_detail knows it.
                same if same == *detail && detail.is_ascii() => zh_detail(detail),
                zh => zh,
            };
            format!("{}：{zh}。", field_name(lang, path))
        }
    }
}

/// "字段 requests.table2.received[0]", or the top level of the file.
fn field_name(lang: Lang, path: &str) -> String {
    match (lang, path) {
        (Lang::Zh, "(top level)") => "文件顶层".into(),
        (Lang::En, "(top level)") => "Top level of the file".into(),
        (Lang::Zh, p) => format!("字段 {p}"),
        (Lang::En, p) => format!("Field {p}"),
    }
}

/// Puts the parser's and the model's messages into Chinese; anything else is kept as it is,
/// after a Chinese lead-in, rather than guessed at.
fn zh_detail(detail: &str) -> String {
    // Messages of the JSON syntax, and of the model's own checks (number.rs, model.rs).
    let exact: [(&str, &str); 20] = [
        (
            "EOF while parsing a string",
            "文件在中途结束：字符串没有结束（缺少引号）",
        ),
        (
            "EOF while parsing a list",
            "文件在中途结束：数组没有结束（缺少 ]）",
        ),
        (
            "EOF while parsing an object",
            "文件在中途结束：对象没有结束（缺少 }）",
        ),
        ("EOF while parsing a value", "文件在中途结束：缺少一个值"),
        ("expected value", "此处应为一个值"),
        ("expected ident", "无法识别的词（应为 true、false 或 null）"),
        ("trailing characters", "JSON 结束后还有多余字符"),
        ("trailing comma", "多余的逗号"),
        ("key must be a string", "键名必须是带引号的字符串"),
        ("expected `,` or `}`", "缺少逗号或右花括号"),
        ("expected `,` or `]`", "缺少逗号或右方括号"),
        ("expected `:`", "缺少冒号"),
        ("invalid escape", "字符串中的转义序列无效"),
        ("invalid number", "数字无效"),
        ("number out of range", "数字超出范围"),
        ("recursion limit exceeded", "数组和对象嵌套层数过多"),
        (
            "this is a web page (HTML), not a JSON report file",
            "这是网页（HTML），不是 JSON 格式的报告文件",
        ),
        ("invalid unicode code point", "字符串中的 Unicode 码位无效"),
        (
            "lone leading surrogate in hex escape",
            "字符串中的 \\u 转义是不成对的代理项",
        ),
        ("unexpected end of hex escape", "字符串中的 \\u 转义不完整"),
    ];
    if let Some((_, zh)) = exact.iter().find(|(en, _)| detail == *en) {
        return (*zh).into();
    }
    if detail.starts_with("control character") {
        return "字符串中有控制字符（例如未转义的换行）".into();
    }
    if let Some(zh) = zh_detail_structure(detail) {
        return zh;
    }
    if let Some(rest) = detail.strip_prefix("missing field ") {
        return format!("缺少必填字段 {rest}");
    }
    if let Some(rest) = detail.strip_prefix("duplicate field ") {
        return format!("字段 {rest} 出现了两次");
    }
    if let Some(rest) = detail
        .strip_prefix("the row ")
        .and_then(|r| r.strip_suffix(" is given twice"))
    {
        return format!("行 {rest} 出现了两次");
    }
    for (en, zh) in [("unknown variant ", "取值"), ("unknown field ", "未知字段")] {
        if let Some(rest) = detail.strip_prefix(en) {
            return match rest.split_once(", expected ") {
                Some((found, allowed)) => {
                    let allowed = allowed
                        .strip_prefix("one of ")
                        .unwrap_or(allowed)
                        .replace(" or ", "、");
                    let lead = if en == "unknown variant " {
                        format!("{zh} {found} 不在允许范围内")
                    } else {
                        format!("{zh} {found}")
                    };
                    format!("{lead}，应为以下之一：{allowed}")
                }
                None => format!("{zh} {rest}"),
            };
        }
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        return match rest.split_once(", expected ") {
            Some((found, expected)) => format!(
                "类型不对：应为{}，实为{}",
                zh_expected(expected),
                zh_found(found)
            ),
            None => format!("类型不对（{rest}）"),
        };
    }
    if let Some(rest) = detail.strip_prefix("invalid value: ") {
        return match rest.split_once(", expected ") {
            Some((found, expected)) => format!(
                "取值不对：应为{}，实为{}",
                zh_expected(expected),
                zh_found(found)
            ),
            None => format!("取值不对（{rest}）"),
        };
    }
    if let Some(rest) = detail.strip_prefix("invalid length ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!("元素个数不对：有 {found} 个，应为{}", zh_expected(expected));
        }
        return format!("元素个数不对（{rest}）");
    }
    if let Some(found) = detail.strip_prefix("a count cannot be negative, found ") {
        return format!("数量不能为负数，实为 {found}");
    }
    if let Some(found) = detail.strip_prefix("a count must be a whole number, found ") {
        return format!("数量必须是整数，实为 {found}");
    }
    if let Some(rest) = detail.strip_prefix("a count must be a number, not the text ") {
        return match rest.split_once(" (write ") {
            Some((text, hint)) => {
                let digits = hint.split(',').next().unwrap_or(hint);
                format!("数量必须写成数字，不能写成文字 {text}（应写 {digits}）")
            }
            None => format!("数量必须写成数字，不能写成文字 {rest}"),
        };
    }
    if let Some(rest) = detail.strip_prefix("a figure must be a number or an object, not the text ")
    {
        let text = rest.split(" (put").next().unwrap_or(rest);
        return format!("数值必须是数字或对象，不能写成文字 {text}（单位写在 \"unit\" 中）");
    }
    if let Some(text) = detail.strip_suffix(
        " is not a decimal number (write digits only, such as \"24.43\", without units)",
    ) {
        return format!("{text} 不是小数（只写数字，如 \"24.43\"，不带单位）");
    }
    if let Some(text) = detail.strip_suffix(" is not a date written as YYYY-MM-DD") {
        return format!("{text} 不是写成 YYYY-MM-DD 的日期");
    }
    for (en, zh) in [("the count ", "数量"), ("the number ", "数字")] {
        if let Some((n, limit)) = detail
            .strip_prefix(en)
            .and_then(|r| r.split_once(" is too large (the largest accepted is "))
        {
            return format!("{zh} {n} 过大（上限为 {}）", limit.trim_end_matches(')'));
        }
    }
    format!("内容不符合格式（{detail}）")
}

/// The loader's own words about the file's structure (load.rs), in Chinese.
fn zh_detail_structure(detail: &str) -> Option<String> {
    if let Some(depth) = detail
        .strip_prefix("arrays and objects are nested more than ")
        .and_then(|r| r.strip_suffix(" levels deep"))
    {
        return Some(format!("数组和对象嵌套超过 {depth} 层"));
    }
    if let Some((key, first)) = detail
        .strip_prefix("the key ")
        .and_then(|r| r.split_once(" is given twice (first at line "))
    {
        let first = first.trim_end_matches(')');
        if let Some((line, column)) = first.split_once(", column ") {
            return Some(format!(
                "键 {key} 出现了两次（第一次在第 {line} 行第 {column} 列）"
            ));
        }
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ") {
        if let Some(found) =
            rest.strip_suffix(", expected one JSON object { … } holding the report")
        {
            return Some(format!(
                "类型不对：报告文件应为一个 JSON 对象 {{ … }}，实为{}",
                zh_found(found)
            ));
        }
        if let Some(found) = rest.strip_suffix(", expected an object { … }") {
            return Some(format!(
                "类型不对：应为对象 {{ … }}，实为{}",
                zh_found(found)
            ));
        }
    }
    if let Some(rest) = detail
        .strip_prefix("the number ")
        .and_then(|r| r.strip_suffix(" has more than 6 decimal places"))
    {
        return Some(format!("数字 {rest} 的小数位超过 6 位"));
    }
    None
}

/// What serde says it expected, for the types of this format.
fn zh_expected(expected: &str) -> String {
    if let Some(n) = expected
        .strip_prefix("a row of ")
        .and_then(|r| r.strip_suffix(" cells, each a whole number or null"))
    {
        return format!(" {n} 格的数组（每格为整数或 null）");
    }
    let zh = match expected {
        "a string" => "文字（带引号的字符串）",
        "a whole number of 0 or more" => " 0 或以上的整数",
        "u8" | "u16" | "u32" | "u64" => "整数",
        "a sequence" => "数组",
        "a boolean" => "true 或 false",
        "an object with one entry per row" => "对象（每行一项）",
        "a row name" => "行名",
        e if e.starts_with("struct ") || e == "a map" => "对象",
        e if e.starts_with("a number, or a decimal") => "数字或写成字符串的小数（如 \"24.43\"）",
        e if e.starts_with("a number, or an object") => "数字或对象（含 \"value\"）",
        e => return format!(" {e}"),
    };
    zh.into()
}

/// What serde says it found: "integer `5`", "string \"x\"", "null", ...
fn zh_found(found: &str) -> String {
    let kinds = [
        ("integer ", "整数 "),
        ("floating point ", "小数 "),
        ("string ", "文字 "),
        ("boolean ", "布尔值 "),
    ];
    for (en, zh) in kinds {
        if let Some(rest) = found.strip_prefix(en) {
            return format!("{zh}{rest}");
        }
    }
    match found {
        "null" => " null".into(),
        "map" => "对象".into(),
        "sequence" => "数组".into(),
        f => format!(" {f}"),
    }
}

/// The loader's consistency rules (load.rs `validate`), in Chinese.
fn zh_inconsistent(detail: &str) -> String {
    if let Some(year) = detail.strip_suffix(" is not a plausible report year") {
        return format!("{year} 不是合理的报告年度");
    }
    if let Some((start, end)) = detail
        .strip_prefix("the period starts (")
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split_once(") after it ends ("))
    {
        return format!("报告期的开始日期（{start}）晚于结束日期（{end}）");
    }
    match detail {
        "the edition of table 1 does not match report_format" => {
            "表一的版本与 report_format 不一致".into()
        }
        "a free_form report has no standard table 1; set report_format" => {
            "free_form（非标准格式）的报告没有标准表一；请设置 report_format".into()
        }
        "a breakdown needs at least one item" => "分类统计至少要有一项".into(),
        d if d.starts_with("其他处理 is given both as one row") => {
            "（六）其他处理既填了一行（other_handling），又填了三行；只保留一种形式".into()
        }
        d => d.into(),
    }
}
