//! The reports a collection offers, and finding among them: search by body or region,
//! filter by year and province, newest first. Pure, so it is tested natively and timed at
//! 10,000 reports.

use crate::report::load::{Collection, IndexEntry};

/// A report the collection offers, with its URL resolved against the index.
#[derive(Clone, Debug, PartialEq)]
pub struct CollectionEntry {
    pub url: String,
    pub entry: IndexEntry,
    /// The collection or the entry says the report is made up, for tests and benchmarks.
    pub synthetic: bool,
}

impl CollectionEntry {
    /// The province (or municipality) the region starts with: "江苏省淮安市洪泽区" → "江苏省",
    /// "上海市" → "上海市".
    pub fn province(&self) -> &str {
        province(&self.entry.region)
    }
}

pub fn province(region: &str) -> &str {
    for marker in ["自治区", "省", "市"] {
        if let Some(i) = region.find(marker) {
            return &region[..i + marker.len()];
        }
    }
    region
}

/// The collection, newest first (then by body), with the years and provinces it holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    pub entries: Vec<CollectionEntry>,
    /// Newest first.
    pub years: Vec<u16>,
    pub provinces: Vec<String>,
    /// What a search looks in: each entry's body and region in lower case, one entry a
    /// line, in the order of `entries`; `line_starts` says where each line starts. One text
    /// searched once per word costs a keystroke at 10,000 reports a fraction of searching
    /// each entry's own text (BENCHMARKS.md).
    search_text: String,
    line_starts: Vec<usize>,
}

/// What the visitor is looking for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Search {
    pub text: String,
    pub year: Option<u16>,
    pub province: Option<String>,
}

impl Catalogue {
    /// Resolves each entry's path against the index file's address.
    pub fn new(collection: Collection, index_url: &str) -> Catalogue {
        let base = index_url.rfind('/').map_or("", |i| &index_url[..=i]);
        let whole_is_synthetic = collection.synthetic;
        let mut entries: Vec<CollectionEntry> = collection
            .reports
            .into_iter()
            .map(|entry| CollectionEntry {
                url: format!("{base}{}", entry.path),
                synthetic: whole_is_synthetic || entry.synthetic,
                entry,
            })
            .collect();
        entries.sort_by(|a, b| {
            b.entry
                .year
                .cmp(&a.entry.year)
                .then_with(|| a.entry.body.cmp(&b.entry.body))
        });
        let mut years: Vec<u16> = entries.iter().map(|e| e.entry.year).collect();
        years.dedup();
        let mut provinces: Vec<String> = entries.iter().map(|e| e.province().to_string()).collect();
        provinces.sort();
        provinces.dedup();
        // A search word has no white space in it, so a match never runs from one line into
        // the next, nor from body into region.
        let mut search_text = String::new();
        let mut line_starts = Vec::with_capacity(entries.len());
        for e in &entries {
            line_starts.push(search_text.len());
            let line = format!("{} {}", e.entry.body, e.entry.region).to_lowercase();
            search_text.push_str(&line.replace(char::is_whitespace, " "));
            search_text.push('\n');
        }
        Catalogue {
            entries,
            years,
            provinces,
            search_text,
            line_starts,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries that match, as indices into `entries`, newest first. Every word of the
    /// search text must appear in the body's name or region.
    pub fn find(&self, search: &Search) -> Vec<usize> {
        let words: Vec<String> = search
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let mut found = vec![true; self.entries.len()];
        for (i, e) in self.entries.iter().enumerate() {
            found[i] = search.year.is_none_or(|y| e.entry.year == y)
                && search.province.as_deref().is_none_or(|p| e.province() == p);
        }
        for word in &words {
            let mut has_word = vec![false; self.entries.len()];
            // Matches come in order, so the line each is on is found by moving forward.
            let mut line = 0;
            for (at, _) in self.search_text.match_indices(word.as_str()) {
                while line + 1 < self.line_starts.len() && self.line_starts[line + 1] <= at {
                    line += 1;
                }
                has_word[line] = true;
            }
            for (f, h) in found.iter_mut().zip(has_word) {
                *f &= h;
            }
        }
        found
            .iter()
            .enumerate()
            .filter_map(|(i, &f)| f.then_some(i))
            .collect()
    }

    pub fn by_url(&self, url: &str) -> Option<&CollectionEntry> {
        self.entries.iter().find(|e| e.url == url)
    }

    /// The other years of the body a report is from, oldest first, the report included.
    pub fn years_of(&self, body: &str) -> Vec<&CollectionEntry> {
        let mut years: Vec<&CollectionEntry> = self
            .entries
            .iter()
            .filter(|e| e.entry.body == body)
            .collect();
        years.sort_by_key(|e| e.entry.year);
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::load::parse_collection;

    fn bundled() -> Catalogue {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/reports/index.json"
        ))
        .unwrap();
        Catalogue::new(parse_collection(&bytes).unwrap(), "reports/index.json")
    }

    #[test]
    fn the_bundled_collection_is_newest_first_with_its_years_and_provinces() {
        let c = bundled();
        let listed: Vec<(u16, &str, &str)> = c
            .entries
            .iter()
            .map(|e| (e.entry.year, e.entry.body.as_str(), e.url.as_str()))
            .collect();
        assert_eq!(
            listed,
            vec![
                (2024, "淮安市洪泽区人民政府", "reports/hongze-2024.json"),
                (
                    2019,
                    "上海市人民政府办公厅",
                    "reports/shanghai-gov-office-2019.json"
                ),
                (2015, "东莞市人力资源局", "reports/dongguan-hr-2015.json"),
            ]
        );
        assert_eq!(c.years, vec![2024, 2019, 2015]);
        assert_eq!(c.provinces, vec!["上海市", "广东省", "江苏省"]);
        assert!(c.entries.iter().all(|e| !e.synthetic));
        use crate::report::model::AdministrativeLevel::*;
        assert_eq!(
            c.entries.iter().map(|e| e.entry.level).collect::<Vec<_>>(),
            [Some(County), Some(Provincial), Some(Prefectural)]
        );
    }

    #[test]
    fn search_by_body_or_region_and_filter_by_year_and_province() {
        let c = bundled();
        let find = |text: &str, year: Option<u16>, province: Option<&str>| -> Vec<u16> {
            c.find(&Search {
                text: text.into(),
                year,
                province: province.map(String::from),
            })
            .into_iter()
            .map(|i| c.entries[i].entry.year)
            .collect()
        };
        assert_eq!(find("", None, None), vec![2024, 2019, 2015]);
        assert_eq!(find("洪泽", None, None), vec![2024]);
        assert_eq!(find("东莞 人力", None, None), vec![2015]);
        assert_eq!(find("人民政府", None, None), vec![2024, 2019]);
        assert_eq!(find("", Some(2019), None), vec![2019]);
        assert_eq!(find("", None, Some("广东省")), vec![2015]);
        assert_eq!(find("洪泽", Some(2019), None), Vec::<u16>::new());
        assert_eq!(province("广西壮族自治区南宁市"), "广西壮族自治区");
    }

    /// Entries made to test the search itself: words at the start and end of a line, a
    /// word split between one entry's region and the next entry's body (which no entry
    /// holds), capitals, and a word found many times over.
    #[test]
    fn a_word_is_found_only_within_one_entry() {
        let entry = |body: &str, region: &str, year: u16| {
            format!(
                r#"{{"body": "{body}", "year": {year}, "region": "{region}", "report_format": "free_form", "path": "{body}-{year}.json"}}"#
            )
        };
        let json = format!(
            r#"{{"reports": [{}, {}, {}, {}]}}"#,
            entry("Alpha Office", "North", 2020),
            entry("Beta 局", "South 市", 2021),
            entry("局局局", "East", 2022),
            entry("Gamma", "Northwest", 2019),
        );
        let c = Catalogue::new(parse_collection(json.as_bytes()).unwrap(), "index.json");
        let find = |text: &str| -> Vec<&str> {
            c.find(&Search {
                text: text.into(),
                ..Search::default()
            })
            .into_iter()
            .map(|i| c.entries[i].entry.body.as_str())
            .collect()
        };
        // Newest first: 局局局 2022, Beta 局 2021, Alpha Office 2020, Gamma 2019.
        assert_eq!(find("局"), vec!["局局局", "Beta 局"]);
        assert_eq!(find("north"), vec!["Alpha Office", "Gamma"]);
        assert_eq!(find("NORTHWEST"), vec!["Gamma"]);
        assert_eq!(find("east"), vec!["局局局"]);
        assert_eq!(find("gamma"), vec!["Gamma"]);
        assert_eq!(find("alpha north"), vec!["Alpha Office"]);
        assert_eq!(find("beta east"), Vec::<&str>::new());
        // The end of one entry's line and the start of the next are in no entry.
        assert_eq!(find("市alpha"), Vec::<&str>::new());
        assert_eq!(find("eastbeta"), Vec::<&str>::new());
        assert_eq!(find("局局局"), vec!["局局局"]);
        assert_eq!(find("office north"), vec!["Alpha Office"]);
    }
}
