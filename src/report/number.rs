//! Exact decimal numbers and the figures a report states.
//!
//! Stated percentages and money amounts are kept as decimals with the precision the report
//! printed ("24.43" has two places), because a check must compare at that precision, and a
//! float would lose trailing zeros and invite rounding surprises.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// Largest magnitude accepted for any figure: a count or amount beyond a trillion is a typo,
/// not a report, and keeping it below 2^53 means every figure survives a trip through
/// JavaScript unchanged.
pub const MAX_FIGURE: u64 = 1_000_000_000_000;

/// A decimal number `units / 10^scale`, e.g. 24.43 = 2443 / 10^2.
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    units: i128,
    scale: u8,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal { units: 0, scale: 0 };

    pub fn from_int(n: i64) -> Self {
        Decimal {
            units: n as i128,
            scale: 0,
        }
    }

    /// Number of digits printed after the decimal point.
    pub fn scale(&self) -> u8 {
        self.scale
    }

    pub fn is_zero(&self) -> bool {
        self.units == 0
    }

    pub fn is_negative(&self) -> bool {
        self.units < 0
    }

    /// The value as a whole number, if it is one.
    pub fn as_integer(&self) -> Option<i64> {
        let p = 10i128.pow(self.scale as u32);
        (self.units % p == 0).then(|| (self.units / p) as i64)
    }

    pub fn to_f64(&self) -> f64 {
        self.units as f64 / 10f64.powi(self.scale as i32)
    }

    /// The value of `numerator / denominator * 100`, rounded half away from zero to `scale`
    /// places. `None` when the denominator is zero (there is no percentage of nothing).
    pub fn percentage(numerator: i64, denominator: i64, scale: u8) -> Option<Decimal> {
        if denominator == 0 {
            return None;
        }
        let p = 10i128.pow(scale as u32);
        let num = numerator as i128 * 100 * p;
        let den = denominator as i128;
        let q = num / den;
        let r = num % den;
        let units = if (r * 2).abs() >= den.abs() {
            q + num.signum() * den.signum()
        } else {
            q
        };
        Some(Decimal { units, scale })
    }

    fn rescaled_units(&self, scale: u8) -> i128 {
        self.units * 10i128.pow((scale - self.scale.min(scale)) as u32)
    }

    /// Parses "24.43", "-3", "0.5"; rejects exponents, signs other than a leading minus,
    /// and more than 6 decimal places.
    pub fn parse(text: &str) -> Option<Decimal> {
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int_part, frac_part) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if int_part.is_empty()
            || int_part.len() > 15
            || frac_part.len() > 6
            || !all_digits(int_part)
            || !all_digits(frac_part)
            || (digits.contains('.') && frac_part.is_empty())
        {
            return None;
        }
        let mut units: i128 = 0;
        for b in int_part.bytes().chain(frac_part.bytes()) {
            units = units * 10 + (b - b'0') as i128;
        }
        if negative {
            units = -units;
        }
        Some(Decimal {
            units,
            scale: frac_part.len() as u8,
        })
    }

    fn from_f64(value: f64) -> Option<Decimal> {
        if !value.is_finite() {
            return None;
        }
        // Rust prints the shortest text that reads back as the same float: 24.43 → "24.43".
        Decimal::parse(&format!("{value}"))
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        self.rescaled_units(scale).cmp(&other.rescaled_units(scale))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = 10i128.pow(self.scale as u32);
        let sign = if self.units < 0 { "-" } else { "" };
        let abs = self.units.abs();
        if self.scale == 0 {
            write!(f, "{sign}{abs}")
        } else {
            write!(
                f,
                "{sign}{}.{:0width$}",
                abs / p,
                abs % p,
                width = self.scale as usize
            )
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, or a decimal written as a string such as \"24.43\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        if v > MAX_FIGURE {
            return Err(E::custom(format_args!(
                "the number {v} is too large (the largest accepted is {MAX_FIGURE})"
            )));
        }
        Ok(Decimal::from_int(v as i64))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        if v.unsigned_abs() > MAX_FIGURE {
            return Err(E::custom(format_args!(
                "the number {v} is too large (the largest accepted is {MAX_FIGURE})"
            )));
        }
        Ok(Decimal::from_int(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if v.abs() > MAX_FIGURE as f64 {
            return Err(E::custom(format_args!(
                "the number {} is too large (the largest accepted is {MAX_FIGURE})",
                show_f64(v)
            )));
        }
        // Within the magnitude limit, only more than 6 decimal places fail to convert.
        Decimal::from_f64(v).ok_or_else(|| {
            E::custom(format_args!(
                "the number {v} has more than 6 decimal places"
            ))
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        let d = Decimal::parse(v).ok_or_else(|| {
            E::custom(format_args!(
                "\"{v}\" is not a decimal number (write digits only, such as \"24.43\", without units)"
            ))
        })?;
        if d.units.unsigned_abs() / 10u128.pow(d.scale as u32) > MAX_FIGURE as u128 {
            return Err(E::custom(format_args!(
                "the number {v} is too large (the largest accepted is {MAX_FIGURE})"
            )));
        }
        Ok(d)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }
}

/// A float as an author would recognise it: `1e30` rather than thirty-one digits.
fn show_f64(v: f64) -> String {
    if v.abs() >= 1e16 {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// A table cell: `None` is a cell the report left blank, which is not the same as zero.
pub type Cell = Option<u64>;

/// Deserializes a count: a whole number from 0 to [`MAX_FIGURE`], or `null` for a blank.
pub mod count {
    use super::*;

    struct CountVisitor;

    impl Visitor<'_> for CountVisitor {
        type Value = u64;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a whole number of 0 or more")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
            if v > MAX_FIGURE {
                return Err(E::custom(format_args!(
                    "the count {v} is too large (the largest accepted is {MAX_FIGURE})"
                )));
            }
            Ok(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
            if v < 0 {
                Err(E::custom(format_args!(
                    "a count cannot be negative, found {v}"
                )))
            } else {
                self.visit_u64(v as u64)
            }
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
            // 1e30 is not a whole number to serde_json but is too large before anything.
            if v.abs() > MAX_FIGURE as f64 {
                return Err(E::custom(format_args!(
                    "the count {} is too large (the largest accepted is {MAX_FIGURE})",
                    show_f64(v)
                )));
            }
            // `{v:?}` writes 14.0 as "14.0": "found 14" would puzzle the author.
            Err(E::custom(format_args!(
                "a count must be a whole number, found {v:?}"
            )))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<u64, E> {
            // "14件" → suggest 14; text without leading digits gets no suggestion.
            let digits: String = v.chars().take_while(|c| c.is_ascii_digit()).collect();
            if digits.is_empty() {
                Err(E::custom(format_args!(
                    "a count must be a number, not the text \"{v}\""
                )))
            } else {
                Err(E::custom(format_args!(
                    "a count must be a number, not the text \"{v}\" (write {digits}, not \"{v}\")"
                )))
            }
        }
    }

    pub struct Count(pub u64);

    impl<'de> Deserialize<'de> for Count {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(CountVisitor).map(Count)
        }
    }

    /// For `Option<u64>` fields and cells: `null` is a blank.
    pub fn deserialize_cell<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
        Ok(Option::<Count>::deserialize(d)?.map(|c| c.0))
    }

    /// A table row of exactly `N` cells. Serde's own arrays let extra elements through to
    /// serde_json, which then reports them as a JSON syntax error ("trailing characters");
    /// this visitor reads them and reports the row's length instead.
    struct RowVisitor<const N: usize>;

    impl<'de, const N: usize> Visitor<'de> for RowVisitor<N> {
        type Value = [Option<u64>; N];

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "a row of {N} cells, each a whole number or null")
        }

        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut cells = [None; N];
            for (i, cell) in cells.iter_mut().enumerate() {
                match seq.next_element::<Option<Count>>()? {
                    Some(c) => *cell = c.map(|c| c.0),
                    None => return Err(de::Error::invalid_length(i, &self)),
                }
            }
            let mut extra = 0;
            while seq.next_element::<de::IgnoredAny>()?.is_some() {
                extra += 1;
            }
            if extra > 0 {
                return Err(de::Error::invalid_length(N + extra, &self));
            }
            Ok(cells)
        }
    }

    pub fn deserialize_row7<'de, D: Deserializer<'de>>(d: D) -> Result<[Option<u64>; 7], D::Error> {
        d.deserialize_seq(RowVisitor::<7>)
    }

    pub fn deserialize_row5<'de, D: Deserializer<'de>>(d: D) -> Result<[Option<u64>; 5], D::Error> {
        d.deserialize_seq(RowVisitor::<5>)
    }
}

/// How exact a stated figure is: "300多场次" is more than 300, not 300.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// 多, 余, 以上: more than the value.
    MoreThan,
    /// 约, 左右: about the value.
    About,
    /// 不足, 以下: fewer than the value.
    LessThan,
}

/// A figure stated in a report: a value, how exact it is, its unit, and the words the report
/// printed for it. In JSON either a bare number (exact, no unit) or an object.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    pub value: Decimal,
    #[serde(skip_serializing_if = "is_exact")]
    pub qualifier: Qualifier,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The figure as printed, e.g. "40多万份", shown beside the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printed: Option<String>,
}

fn is_exact(q: &Qualifier) -> bool {
    *q == Qualifier::Exact
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FigureFields {
    value: Decimal,
    #[serde(default)]
    qualifier: Qualifier,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    printed: Option<String>,
}

struct FigureVisitor;

impl<'de> Visitor<'de> for FigureVisitor {
    type Value = Figure;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, or an object with \"value\" and optionally \"qualifier\", \"unit\", \"printed\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Figure, E> {
        Ok(Figure::exact(DecimalVisitor.visit_u64(v)?))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Figure, E> {
        Ok(Figure::exact(DecimalVisitor.visit_i64(v)?))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Figure, E> {
        Ok(Figure::exact(DecimalVisitor.visit_f64(v)?))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Figure, E> {
        Err(E::custom(format_args!(
            "a figure must be a number or an object, not the text \"{v}\" (put the unit in \"unit\")"
        )))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Figure, A::Error> {
        let f = FigureFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        Ok(Figure {
            value: f.value,
            qualifier: f.qualifier,
            unit: f.unit,
            printed: f.printed,
        })
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FigureVisitor)
    }
}

impl Figure {
    pub fn exact(value: Decimal) -> Self {
        Figure {
            value,
            qualifier: Qualifier::Exact,
            unit: None,
            printed: None,
        }
    }

    /// The value as a whole count when it is exact and whole; approximate figures are never
    /// used in sums.
    pub fn exact_count(&self) -> Option<i64> {
        (self.qualifier == Qualifier::Exact)
            .then(|| self.value.as_integer())
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_keeps_printed_precision_and_compares_by_value() {
        let d = Decimal::parse("24.40").unwrap();
        assert_eq!(d.to_string(), "24.40");
        assert_eq!(d.scale(), 2);
        assert_eq!(d, Decimal::parse("24.4").unwrap());
        assert!(Decimal::parse("1e5").is_none());
        assert!(Decimal::parse("14件").is_none());
        assert!(Decimal::parse(".5").is_none());
        assert!(Decimal::parse("5.").is_none());
    }

    #[test]
    fn percentage_rounds_half_away_from_zero() {
        assert_eq!(
            Decimal::percentage(691, 2828, 2).unwrap().to_string(),
            "24.43"
        );
        assert_eq!(
            Decimal::percentage(98, 2828, 2).unwrap().to_string(),
            "3.47"
        );
        assert_eq!(Decimal::percentage(1, 8, 1).unwrap().to_string(), "12.5");
        assert_eq!(Decimal::percentage(1, 16, 1).unwrap().to_string(), "6.3");
        assert!(Decimal::percentage(1, 0, 2).is_none());
    }
}
