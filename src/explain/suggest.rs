//! "Did you mean": the known name closest to one Python did not recognise.
//!
//! Candidates are the names in scope (or an object's attributes) that the sandbox reported,
//! plus the built-ins every program can use, minus built-ins a beginner is unlikely to have
//! meant (`help` for `hello`). A name counts as close when it differs only in capital
//! letters, or by one typing slip (two for longer names): a letter missing, added, changed,
//! or two letters swapped.
//!
//! The names come from the learner's program, which can define thousands of long ones, so
//! the host's work here is bounded: names longer than [`MAX_NAME`] are never compared, a
//! candidate whose length alone rules it out costs nothing, and the comparisons stop after
//! [`WORK_BUDGET`] cells of distance tables (a few milliseconds on an old PC).
//!
//! Why this is not [`crate::pack::load::did_you_mean`], the suggestion for pack authors: the
//! two answer different questions. Here the candidates come from a learner's program (any
//! number, any length: the work must be bounded) and the slip is a beginner's typing (a
//! letter missing, added, changed or swapped: edit distance). There the candidates are a
//! short, fixed list (field names, constructs, ids in a pack) and an author often writes a
//! near form of a longer word or id (`loops` for `loops-basics`), which Jaro-Winkler's weight
//! on a shared start finds and an edit distance of one or two does not. One function with a
//! switch between the two would share only its name.

/// Names longer than this are not compared (a typing slip in one is unlikely to be helped).
pub const MAX_NAME: usize = 64;
/// The most distance-table cells one suggestion may fill, summed over candidates.
pub const WORK_BUDGET: usize = 1_000_000;

/// The closest candidate to `unknown`, if one is close enough to be a likely slip.
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    never: &[String],
) -> Option<&'a str> {
    closest_counted(unknown, candidates, never).0
}

/// [`closest`], and how many distance-table cells it filled.
fn closest_counted<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    never: &[String],
) -> (Option<&'a str>, usize) {
    let length = unknown.chars().count();
    if length > MAX_NAME {
        return (None, 0);
    }
    let lower = unknown.to_lowercase();
    let allowed = if length >= 6 { 2 } else { 1 };
    let mut work = 0usize;
    let best = candidates
        .into_iter()
        .filter(|c| {
            // Each typing slip changes the length by one at most.
            c.len() <= 4 * MAX_NAME && c.chars().count().abs_diff(length) <= allowed
        })
        .filter(|c| *c != unknown && !c.starts_with("__") && !never.iter().any(|n| n == c))
        .map_while(|c| {
            let cells = length.max(1) * c.chars().count().max(1);
            if work + cells > WORK_BUDGET {
                return None;
            }
            work += cells;
            let lowered = c.to_lowercase();
            let distance = if lowered == lower {
                0
            } else {
                strsim::damerau_levenshtein(&lower, &lowered)
            };
            Some((distance <= allowed).then(|| (c, distance, strsim::jaro_winkler(unknown, c))))
        })
        .flatten()
        // Fewest changes first, then the most similar, then alphabetical for stability.
        .min_by(|a, b| a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)))
        .map(|(c, _, _)| c);
    (best, work)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never() -> Vec<String> {
        vec!["help".into(), "hex".into()]
    }

    #[test]
    fn typing_slips_are_found() {
        let names = ["print", "name", "input", "upper"];
        assert_eq!(closest("pritn", names, &never()), Some("print"));
        assert_eq!(closest("nmae", names, &never()), Some("name"));
        assert_eq!(closest("Print", names, &never()), Some("print"));
        assert_eq!(closest("inpt", names, &never()), Some("input"));
        assert_eq!(closest("uper", names, &never()), Some("upper"));
    }

    #[test]
    fn far_or_hidden_names_are_not_offered() {
        assert_eq!(closest("hello", ["help", "hex", "print"], &never()), None);
        assert_eq!(closest("total", ["print", "name"], &never()), None);
        assert_eq!(closest("x", ["x"], &never()), None);
    }

    #[test]
    fn longer_names_allow_two_slips() {
        assert_eq!(
            closest("lenght_of", ["length_of", "print"], &never()),
            Some("length_of")
        );
    }

    #[test]
    fn a_flood_of_long_names_costs_a_bounded_amount_of_work() {
        // The attack from the security review: thousands of long names, one misspelt.
        let names: Vec<String> = (0..20_000)
            .map(|i| format!("{}{i:05}", "a_long_variable_name_".repeat(2)))
            .collect();
        let unknown = format!("{}0000", "a_long_variable_name_".repeat(2));
        let (found, work) = closest_counted(&unknown, names.iter().map(String::as_str), &[]);
        assert!(work <= WORK_BUDGET, "work {work}");
        assert!(work > 0);
        // Within the budget, the slip is still found.
        assert!(found.is_some_and(|f| f.starts_with(&unknown)));

        let huge: Vec<String> = (0..20_000)
            .map(|i| format!("{i}{}", "x".repeat(5_000)))
            .collect();
        let unknown = "x".repeat(5_000);
        let (found, work) = closest_counted(&unknown, huge.iter().map(String::as_str), &[]);
        assert_eq!((found, work), (None, 0));
    }

    #[test]
    fn names_of_very_different_length_cost_nothing() {
        let names: Vec<String> = (0..1000)
            .map(|i| format!("n{i}{}", "y".repeat(40)))
            .collect();
        let (found, work) = closest_counted("nmae", names.iter().map(String::as_str), &[]);
        assert_eq!((found, work), (None, 0));
    }
}
