//! A small Flesch–Kincaid grade estimate for checking that texts stay plain.
//!
//! Syllables are counted by a vowel-group heuristic, good to about one
//! syllable per long word; that is enough to catch a sentence that has grown
//! too long or too technical.

/// The Flesch–Kincaid grade level of `text`:
/// `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
/// Empty text scores 0.
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let words = words(text);
    if words.is_empty() {
        return 0.0;
    }
    let sentences = text
        .split(['.', '!', '?', ';', ':'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let w = words.len() as f64;
    0.39 * (w / sentences as f64) + 11.8 * (syllables as f64 / w) - 15.59
}

/// The words of `text`, as the grade formula counts them: runs of letters or
/// digits between spaces, slashes and dashes ("&" and "—" are not words).
pub fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '—' || c == '–')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Estimated syllables in one word. Numbers and abbreviations count as one.
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if word.chars().any(|c| c.is_ascii_digit()) || word.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouyáéíóúü".contains(c);
    let chars: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let mut count = 0;
    let mut prev_vowel = false;
    for &c in &chars {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    // A silent final "e" ("make"), but not "-le" after a consonant ("table").
    let n = chars.len();
    if n > 2 && chars[n - 1] == 'e' && !is_vowel(chars[n - 2]) {
        let le = chars[n - 2] == 'l' && n > 3 && !is_vowel(chars[n - 3]);
        if !le && count > 1 {
            count -= 1;
        }
    }
    // "-ed" is usually silent after most consonants ("helped", "used").
    if n > 3 && word.ends_with("ed") && !matches!(chars[n - 3], 't' | 'd') && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_heuristic_on_common_words() {
        for (word, n) in [
            ("you", 1),
            ("help", 1),
            ("make", 1),
            ("table", 2),
            ("used", 1),
            ("wanted", 2),
            ("program", 2),
            ("outpatient", 3),
            ("treatment", 2),
            ("medical", 3),
            ("hospitalization", 6),
            ("988", 1),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn plain_text_scores_low_and_dense_text_scores_high() {
        let plain = "You can call or text 988 at any time. Someone will listen.";
        let dense = "Comprehensive multidisciplinary interventions necessitate individualized \
                     psychopharmacological evaluation, documentation and coordination.";
        assert!(flesch_kincaid_grade(plain) < 4.0);
        assert!(flesch_kincaid_grade(dense) > 16.0);
        assert_eq!(flesch_kincaid_grade(""), 0.0);
    }
}
