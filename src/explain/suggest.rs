//! "Did you mean": the known name closest to one Python did not recognise.
//!
//! Candidates are the names in scope (or an object's attributes) that the sandbox reported,
//! plus the built-ins every program can use, minus built-ins a beginner is unlikely to have
//! meant (`help` for `hello`). A name counts as close when it differs only in capital
//! letters, or by one typing slip (two for longer names): a letter missing, added, changed,
//! or two letters swapped.

/// The closest candidate to `unknown`, if one is close enough to be a likely slip.
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    never: &[String],
) -> Option<&'a str> {
    let lower = unknown.to_lowercase();
    let allowed = if unknown.chars().count() >= 6 { 2 } else { 1 };
    candidates
        .into_iter()
        .filter(|c| *c != unknown && !c.starts_with("__") && !never.iter().any(|n| n == c))
        .filter_map(|c| {
            let distance = if c.to_lowercase() == lower {
                0
            } else {
                strsim::damerau_levenshtein(&lower, &c.to_lowercase())
            };
            (distance <= allowed).then(|| (c, distance, strsim::jaro_winkler(unknown, c)))
        })
        // Fewest changes first, then the most similar, then alphabetical for stability.
        .min_by(|a, b| a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)))
        .map(|(c, _, _)| c)
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
}
