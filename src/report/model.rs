//! The report model: one format for free-form reports and the national standard tables.
//! `docs/report-format.md` documents the JSON; this file is its source of truth.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::number::{count, Cell, Decimal, Figure};

/// Reads one field of [`Report`] in a function of its own. Why: serde's derived reader of a
/// struct takes in, inline, the readers of its fields, and the browser compiles a wasm
/// function whole on its first call, on the page's thread; the reader of a whole report as
/// one function kept a cheap phone's page from answering for over 100 ms. As separate
/// functions, each section's reader is compiled when first used (see
/// [`super::load::PreparedReport::rehearse`]).
#[inline(never)]
fn separately<'de, D: Deserializer<'de>, T: Deserialize<'de>>(reader: D) -> Result<T, D::Error> {
    T::deserialize(reader)
}

/// The version of this JSON format that the app reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Version of the project's JSON format; must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Which family of report this is and, for the standard format, which edition.
    pub report_format: ReportFormat,
    pub title: String,
    #[serde(deserialize_with = "separately")]
    pub body: Body,
    /// The calendar year reported on.
    pub year: u16,
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub period: Option<Period>,
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub published: Option<Published>,
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source: Option<Source>,
    #[serde(deserialize_with = "separately", default)]
    pub proactive: Proactive,
    #[serde(deserialize_with = "separately", default)]
    pub requests: Requests,
    #[serde(deserialize_with = "separately", default)]
    pub fees: Fees,
    #[serde(deserialize_with = "separately", default)]
    pub appeals: Appeals,
    /// One-off figures from the text (press releases, service points, ...).
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<NamedFigure>,
    /// Indicator tables such as the 附表 of pre-2019 reports: label, unit, value per column.
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub indicator_tables: Vec<IndicatorTable>,
    /// Free text: overview, problems, plans, other matters, as published.
    #[serde(
        deserialize_with = "separately",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub texts: Vec<TextSection>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// Prose reports (before 2019, and some bodies still).
    FreeForm,
    /// The national standard format, 2019 trial edition. The names are spelled out:
    /// `rename_all = "snake_case"` would give "standard2019".
    #[serde(rename = "standard_2019")]
    Standard2019,
    /// The national standard format, 2021 revision.
    #[serde(rename = "standard_2021")]
    Standard2021,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Body {
    pub name: String,
    pub level: AdministrativeLevel,
    /// Region as the report names it, e.g. "广东省东莞市".
    pub region: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdministrativeLevel {
    /// 国务院部门 and other central bodies.
    National,
    /// 省级.
    Provincial,
    /// 地市级.
    Prefectural,
    /// 县区级.
    County,
    /// 乡镇街道.
    Township,
}

/// A calendar date, written "YYYY-MM-DD" in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0);
        let days = match date.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (date.day >= 1 && date.day <= days).then_some(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor, so that the error is raised while the string is read and the loader
        // locates it at the date itself rather than at the end of the enclosing object.
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).ok_or_else(|| {
                    E::custom(format_args!(
                        "\"{text}\" is not a date written as YYYY-MM-DD"
                    ))
                })
            }
        }
        d.deserialize_str(DateVisitor)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

/// When the report was signed or published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Published {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The date as printed, e.g. "2015年3月23日".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
    /// What the date is: the signature under the report, the portal's 发布日期, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Where the report was published. Shown as a link only if it passes the link policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The publishing body or portal as printed (发文机关).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// 索引号.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index_number: Option<String>,
    /// Anything a reader should know about the source or its transcription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

// ---------------------------------------------------------------------------------------
// Proactive disclosure

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Proactive {
    /// Category breakdowns with a stated total and stated percentages (free-form reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdowns: Vec<Breakdown>,
    /// Table 1 of the standard format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table1: Option<Table1>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Breakdown {
    /// Stable identifier within the report, e.g. "portal_items".
    pub id: String,
    pub title: String,
    /// Unit of the counts, e.g. "条".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The total as stated (合计); absent when the report gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Figure>,
    /// The percentage printed for the total row, usually "100".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_stated_percent: Option<Decimal>,
    pub items: Vec<BreakdownItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BreakdownItem {
    pub label: String,
    pub count: Figure,
    /// The percentage as printed, kept at its printed precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_percent: Option<Decimal>,
}

/// Table 1, in the edition the report uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// One report holds one table 1, so the size difference between the editions costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum Table1 {
    // The names are spelled out: `rename_all = "snake_case"` would give "edition2019".
    #[serde(rename = "edition_2019")]
    Edition2019(Table1Edition2019),
    #[serde(rename = "edition_2021")]
    Edition2021(Table1Edition2021),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table1Edition2019 {
    pub regulations: DocumentsRow2019,
    pub normative_documents: DocumentsRow2019,
    pub licensing: ItemsRow2019,
    pub other_management_services: ItemsRow2019,
    pub penalty: ItemsRow2019,
    pub coercion: ItemsRow2019,
    pub fees: ItemsRow2019,
    pub procurement: Procurement2019,
}

/// 本年新制作数量, 本年新公开数量, 对外公开总数量.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsRow2019 {
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub made: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub published: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub total_public: Cell,
}

/// 上一年项目数量, 本年增/减 (may be negative), 处理决定数量 (absent for 行政事业性收费).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemsRow2019 {
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub previous_items: Cell,
    pub change: Option<Decimal>,
    #[serde(
        default,
        deserialize_with = "count::deserialize_cell",
        skip_serializing_if = "Option::is_none"
    )]
    pub decisions: Cell,
}

/// 采购项目数量, 采购总金额 (with its unit as printed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procurement2019 {
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub projects: Cell,
    pub amount: Option<Figure>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table1Edition2021 {
    pub regulations: DocumentsRow2021,
    pub normative_documents: DocumentsRow2021,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub licensing_decisions: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub penalty_decisions: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub coercion_decisions: Cell,
    /// 本年收费金额, in 万元 as the table prints it.
    pub fees_wan_yuan: Option<Decimal>,
}

/// 本年制发件数, 本年废止件数, 现行有效件数.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsRow2021 {
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub made: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub abolished: Cell,
    #[serde(deserialize_with = "count::deserialize_cell")]
    pub in_force: Cell,
}

// ---------------------------------------------------------------------------------------
// Requests

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Requests {
    /// Requests received this year, as stated in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Figure>,
    /// How requests arrived (网上, 信函, 当面, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<ChannelCount>,
    /// The stated reply rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_rate_percent: Option<Decimal>,
    /// The outcomes a free-form report states; any outcome not listed is not reported.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outcomes: Vec<OutcomeCount>,
    /// Table 2 of the standard format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table2: Option<Table2>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChannelCount {
    pub channel: Channel,
    /// The words the report uses, e.g. "网上申请".
    pub label: String,
    pub count: Figure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    InPerson,
    Fax,
    Email,
    Online,
    Letter,
    Other,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeCount {
    pub outcome: FreeFormOutcome,
    pub label: String,
    pub count: Figure,
}

/// The outcomes free-form reports and their 附表 use (答复总数 and its parts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FreeFormOutcome {
    /// 同意公开.
    Disclosed,
    /// 同意部分公开.
    PartiallyDisclosed,
    /// 否决公开 / 不予公开.
    Refused,
    /// 非政府信息.
    NotGovernmentInformation,
    /// 信息不存在.
    InformationDoesNotExist,
    /// 非本机关信息 / 不属于本行政机关信息.
    NotHeldByThisBody,
    /// Anything else the report names.
    Other,
}

impl FreeFormOutcome {
    pub const ALL: [FreeFormOutcome; 7] = [
        FreeFormOutcome::Disclosed,
        FreeFormOutcome::PartiallyDisclosed,
        FreeFormOutcome::Refused,
        FreeFormOutcome::NotGovernmentInformation,
        FreeFormOutcome::InformationDoesNotExist,
        FreeFormOutcome::NotHeldByThisBody,
        FreeFormOutcome::Other,
    ];
}

/// Table 2: one row of seven cells per row key; see [`Table2Row`] and [`APPLICANT_COLUMNS`].
/// A missing row is not the same as a row of blanks: the checks report it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Table2 {
    pub rows: BTreeMap<Table2Row, [Cell; 7]>,
}

impl<'de> Deserialize<'de> for Table2 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Row7([Cell; 7]);
        impl<'de> Deserialize<'de> for Row7 {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                count::deserialize_row7(d).map(Row7)
            }
        }
        let rows: BTreeMap<Table2Row, Row7> = deserialize_keyed_rows(d)?;
        Ok(Table2 {
            rows: rows.into_iter().map(|(k, v)| (k, v.0)).collect(),
        })
    }
}

/// Reads a row key of table 2 or 3 as text, then as `K`, refusing a key already read.
/// Through text, so that the loader's error path names the key ("requests.table2.received[0]",
/// not "requests.table2.?[0]": serde_path_to_error only sees keys that pass as strings); and
/// in the key, so that a duplicate is located at the key itself.
struct RowKeySeed<'a, K, V>(&'a BTreeMap<K, V>);

impl<'de, K: Deserialize<'de> + Ord, V> de::DeserializeSeed<'de> for RowKeySeed<'_, K, V> {
    type Value = K;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<K, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, K: Deserialize<'de> + Ord, V> Visitor<'de> for RowKeySeed<'_, K, V> {
    type Value = K;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a row name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<K, E> {
        let key = K::deserialize(de::value::StrDeserializer::<E>::new(v))?;
        if self.0.contains_key(&key) {
            return Err(E::custom(format_args!("the row `{v}` is given twice")));
        }
        Ok(key)
    }
}

/// The rows of table 2 or 3: an object with one entry per row key. A key given twice is an
/// error (a plain map would keep the last silently).
fn deserialize_keyed_rows<'de, D, K, V>(d: D) -> Result<BTreeMap<K, V>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de> + Ord,
    V: Deserialize<'de>,
{
    struct RowsVisitor<K, V>(PhantomData<(K, V)>);
    impl<'de, K: Deserialize<'de> + Ord, V: Deserialize<'de>> Visitor<'de> for RowsVisitor<K, V> {
        type Value = BTreeMap<K, V>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object with one entry per row")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut rows = BTreeMap::new();
            while let Some(key) = map.next_key_seed(RowKeySeed(&rows))? {
                let value = map.next_value()?;
                rows.insert(key, value);
            }
            Ok(rows)
        }
    }
    d.deserialize_map(RowsVisitor(PhantomData))
}

/// The columns of table 2, in order.
pub const APPLICANT_COLUMNS: [Applicant; 7] = [
    Applicant::NaturalPerson,
    Applicant::Commercial,
    Applicant::Research,
    Applicant::SocialWelfare,
    Applicant::LegalServices,
    Applicant::OtherOrganisation,
    Applicant::Total,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applicant {
    /// 自然人.
    NaturalPerson,
    /// 法人或其他组织 · 商业企业.
    Commercial,
    /// 科研机构.
    Research,
    /// 社会公益组织.
    SocialWelfare,
    /// 法律服务机构.
    LegalServices,
    /// 其他.
    OtherOrganisation,
    /// 总计.
    Total,
}

/// Rows of table 2, in the order the standard prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Table2Row {
    Received,
    CarriedOver,
    Disclosed,
    PartiallyDisclosed,
    WithheldStateSecret,
    WithheldProhibitedByLaw,
    WithheldThreeSafetiesOneStability,
    WithheldThirdPartyRights,
    WithheldInternalAffairs,
    WithheldProcessInformation,
    WithheldEnforcementFiles,
    WithheldInquiryMatters,
    UnavailableNotHeld,
    UnavailableNeedsCreation,
    UnavailableStillUnclear,
    NotProcessedPetitionsComplaints,
    NotProcessedRepeated,
    NotProcessedPublications,
    NotProcessedExcessive,
    NotProcessedConfirmation,
    /// （六）其他处理 printed as one row.
    OtherHandling,
    /// 2021: 申请人无正当理由逾期不补正.
    OtherNoCorrection,
    /// 2021: 申请人逾期未按收费通知要求缴纳费用.
    OtherUnpaidFees,
    /// 2021: 其他.
    OtherOther,
    Total,
    CarriedForward,
}

/// The outcome groups of table 2 （一）–（六）.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum OutcomeGroup {
    Disclosed,
    PartiallyDisclosed,
    Withheld,
    Unavailable,
    NotProcessed,
    Other,
}

impl OutcomeGroup {
    pub const ALL: [OutcomeGroup; 6] = [
        OutcomeGroup::Disclosed,
        OutcomeGroup::PartiallyDisclosed,
        OutcomeGroup::Withheld,
        OutcomeGroup::Unavailable,
        OutcomeGroup::NotProcessed,
        OutcomeGroup::Other,
    ];
}

impl Table2Row {
    pub const ALL: [Table2Row; 26] = [
        Table2Row::Received,
        Table2Row::CarriedOver,
        Table2Row::Disclosed,
        Table2Row::PartiallyDisclosed,
        Table2Row::WithheldStateSecret,
        Table2Row::WithheldProhibitedByLaw,
        Table2Row::WithheldThreeSafetiesOneStability,
        Table2Row::WithheldThirdPartyRights,
        Table2Row::WithheldInternalAffairs,
        Table2Row::WithheldProcessInformation,
        Table2Row::WithheldEnforcementFiles,
        Table2Row::WithheldInquiryMatters,
        Table2Row::UnavailableNotHeld,
        Table2Row::UnavailableNeedsCreation,
        Table2Row::UnavailableStillUnclear,
        Table2Row::NotProcessedPetitionsComplaints,
        Table2Row::NotProcessedRepeated,
        Table2Row::NotProcessedPublications,
        Table2Row::NotProcessedExcessive,
        Table2Row::NotProcessedConfirmation,
        Table2Row::OtherHandling,
        Table2Row::OtherNoCorrection,
        Table2Row::OtherUnpaidFees,
        Table2Row::OtherOther,
        Table2Row::Total,
        Table2Row::CarriedForward,
    ];

    /// The outcome group of a leaf outcome row; `None` for the other rows.
    pub fn group(self) -> Option<OutcomeGroup> {
        use Table2Row::*;
        Some(match self {
            Disclosed => OutcomeGroup::Disclosed,
            PartiallyDisclosed => OutcomeGroup::PartiallyDisclosed,
            WithheldStateSecret
            | WithheldProhibitedByLaw
            | WithheldThreeSafetiesOneStability
            | WithheldThirdPartyRights
            | WithheldInternalAffairs
            | WithheldProcessInformation
            | WithheldEnforcementFiles
            | WithheldInquiryMatters => OutcomeGroup::Withheld,
            UnavailableNotHeld | UnavailableNeedsCreation | UnavailableStillUnclear => {
                OutcomeGroup::Unavailable
            }
            NotProcessedPetitionsComplaints
            | NotProcessedRepeated
            | NotProcessedPublications
            | NotProcessedExcessive
            | NotProcessedConfirmation => OutcomeGroup::NotProcessed,
            OtherHandling | OtherNoCorrection | OtherUnpaidFees | OtherOther => OutcomeGroup::Other,
            Received | CarriedOver | Total | CarriedForward => return None,
        })
    }

    pub fn is_three_row_other(self) -> bool {
        matches!(
            self,
            Table2Row::OtherNoCorrection | Table2Row::OtherUnpaidFees | Table2Row::OtherOther
        )
    }
}

// ---------------------------------------------------------------------------------------
// Fees, appeals

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fees {
    /// Fees charged for handling requests (信息处理费), with unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charged: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Appeals {
    /// Reconsideration cases as stated in the text (free-form reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconsideration: Option<Figure>,
    /// Litigation cases as stated in the text (free-form reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub litigation: Option<Figure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Table 3 of the standard format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table3: Option<Table3>,
}

/// Table 3: three blocks of five cells (维持, 纠正, 其他, 尚未审结, 总计).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Table3 {
    pub blocks: BTreeMap<AppealBlock, [Cell; 5]>,
}

impl<'de> Deserialize<'de> for Table3 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Row5([Cell; 5]);
        impl<'de> Deserialize<'de> for Row5 {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                count::deserialize_row5(d).map(Row5)
            }
        }
        let blocks: BTreeMap<AppealBlock, Row5> = deserialize_keyed_rows(d)?;
        Ok(Table3 {
            blocks: blocks.into_iter().map(|(k, v)| (k, v.0)).collect(),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealBlock {
    /// 行政复议.
    Reconsideration,
    /// 行政诉讼 · 未经复议直接起诉.
    LitigationDirect,
    /// 行政诉讼 · 复议后起诉.
    LitigationAfterReconsideration,
}

impl AppealBlock {
    pub const ALL: [AppealBlock; 3] = [
        AppealBlock::Reconsideration,
        AppealBlock::LitigationDirect,
        AppealBlock::LitigationAfterReconsideration,
    ];
}

/// The columns of each block of table 3, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppealResult {
    Maintained,
    Corrected,
    Other,
    Pending,
    Total,
}

impl AppealResult {
    pub const ALL: [AppealResult; 5] = [
        AppealResult::Maintained,
        AppealResult::Corrected,
        AppealResult::Other,
        AppealResult::Pending,
        AppealResult::Total,
    ];
}

// ---------------------------------------------------------------------------------------
// Figures and texts

/// A one-off figure from the text, e.g. 新闻通稿 27 篇.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NamedFigure {
    /// Stable identifier within the report, e.g. "press_releases".
    pub id: String,
    pub section: Section,
    /// What is counted, in the report's words.
    pub label: String,
    pub figure: Figure,
    /// A rate stated with the figure, e.g. 按时回复率 100%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<StatedRate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatedRate {
    pub label: String,
    pub percent: Decimal,
}

/// Where a figure or text belongs in the dashboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Overview,
    Proactive,
    Enforcement,
    Press,
    Services,
    Consultations,
    Requests,
    Fees,
    Appeals,
    Problems,
    Plans,
    Other,
}

/// A table of indicators (label, unit, one value per column), such as a pre-2019 附表.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorTable {
    pub id: String,
    pub title: String,
    /// Column headings, e.g. ["本年", "历年累计"].
    pub columns: Vec<String>,
    pub rows: Vec<IndicatorRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// One value per column; `null` where the table is blank.
    pub values: Vec<Option<Figure>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextSection {
    pub section: Section,
    pub title: String,
    /// Paragraphs as published. Plain text: never markup.
    pub paragraphs: Vec<String>,
}
