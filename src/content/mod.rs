//! Every text the person reads, per language, as compile-time data.
//!
//! Each language is one module holding a [`Texts`] value. Its functions
//! `match` exhaustively on the engine's enums with no catch-all arm, and
//! [`Ui`] is a plain struct, so a question, option, level, reason or note
//! without a text in some language does not compile. Tests check that no
//! text is blank and that the English reads at about a grade 8 level or
//! below.

use crate::engine::{AnyOption, Level, Note, QuestionId, Reason};

mod en;
pub mod readability;

/// A language the widget is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Every language.
    pub const ALL: &'static [Lang] = &[Lang::En];

    /// The BCP 47 code, for `lang` attributes and configuration.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// The language for a code such as `en` or `en-US`; `None` if unknown.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// This language's texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
        }
    }
}

/// The texts of one language.
pub struct Texts {
    /// A question's wording.
    pub question: fn(QuestionId) -> QuestionText,
    /// An option's wording.
    pub option: fn(AnyOption) -> OptionText,
    /// A level's name, meaning and what to expect there.
    pub level: fn(Level) -> LevelText,
    /// A reason on the result.
    pub reason: fn(Reason) -> &'static str,
    /// A note on the result.
    pub note: fn(Note) -> &'static str,
    /// Interface words: buttons, headings, crisis lines.
    pub ui: &'static Ui,
}

/// A question as shown: the `<legend>` and an optional hint under it.
#[derive(Clone, Copy, Debug)]
pub struct QuestionText {
    /// The question itself (the page heading).
    pub legend: &'static str,
    /// A short hint under the question.
    pub hint: Option<&'static str>,
    /// The short label on the "check your answers" page.
    pub short: &'static str,
}

/// An option as shown: its label and an optional hint under it.
#[derive(Clone, Copy, Debug)]
pub struct OptionText {
    /// The `<label>`.
    pub label: &'static str,
    /// A short hint under the label.
    pub hint: Option<&'static str>,
}

/// A level as shown on the result.
#[derive(Clone, Copy, Debug)]
pub struct LevelText {
    /// The name on screen, e.g. "Intensive outpatient program (IOP)".
    pub name: &'static str,
    /// What it means, in one line.
    pub summary: &'static str,
    /// Typical time per week, for the continuum picture ("9–20 hours a week").
    pub hours: &'static str,
    /// What to expect there.
    pub expect: Expect,
}

/// What to expect at a level, from the spec and the seed documents.
#[derive(Clone, Copy, Debug)]
pub struct Expect {
    /// Days and hours.
    pub schedule: &'static str,
    /// How long it usually lasts.
    pub length: &'static str,
    /// What happens there.
    pub services: &'static str,
    /// The first day or first contact.
    pub first_day: &'static str,
    /// Cost and insurance.
    pub cost: &'static str,
    /// Video or phone options.
    pub telehealth: &'static str,
    /// How care steps down as you get better.
    pub step_down: &'static str,
    /// What comes after.
    pub after: &'static str,
}

impl Expect {
    /// The sections with their headings, in reading order.
    pub fn sections(&self, ui: &Ui) -> [(&'static str, &'static str); 8] {
        [
            (ui.expect_schedule, self.schedule),
            (ui.expect_length, self.length),
            (ui.expect_services, self.services),
            (ui.expect_first_day, self.first_day),
            (ui.expect_cost, self.cost),
            (ui.expect_telehealth, self.telehealth),
            (ui.expect_step_down, self.step_down),
            (ui.expect_after, self.after),
        ]
    }
}

/// A crisis line as shown in the footer and on the crisis result.
#[derive(Clone, Copy, Debug)]
pub struct CrisisLine {
    /// The line's name.
    pub name: &'static str,
    /// What it is for (crisis, emergency, or finding treatment).
    pub what: &'static str,
}

/// Interface words.
#[derive(Debug)]
pub struct Ui {
    /// The widget's title.
    pub title: &'static str,
    /// The button that submits a question.
    pub continue_button: &'static str,
    /// The control that goes back one step.
    pub back: &'static str,
    /// "Question {n} of {total}": text before the number.
    pub progress_question: &'static str,
    /// "Question {n} of {total}": the word between the numbers.
    pub progress_of: &'static str,
    /// Heading of the crisis-lines footer.
    pub crisis_heading: &'static str,
    /// 988 Suicide & Crisis Lifeline.
    pub line_988: CrisisLine,
    /// Link text to call 988.
    pub call: &'static str,
    /// Link text to text 988.
    pub text: &'static str,
    /// Link text to chat with 988.
    pub chat: &'static str,
    /// 911 and emergency rooms.
    pub line_911: CrisisLine,
    /// SAMHSA National Helpline (treatment referral, not a crisis line).
    pub line_samhsa: CrisisLine,
    /// "This is not a diagnosis" line on every result.
    pub not_a_diagnosis: &'static str,
    /// What-to-expect heading: schedule.
    pub expect_schedule: &'static str,
    /// What-to-expect heading: length.
    pub expect_length: &'static str,
    /// What-to-expect heading: services.
    pub expect_services: &'static str,
    /// What-to-expect heading: first day.
    pub expect_first_day: &'static str,
    /// What-to-expect heading: cost and insurance.
    pub expect_cost: &'static str,
    /// What-to-expect heading: telehealth.
    pub expect_telehealth: &'static str,
    /// What-to-expect heading: stepping down.
    pub expect_step_down: &'static str,
    /// What-to-expect heading: afterwards.
    pub expect_after: &'static str,
}

impl Texts {
    /// Every text of this language with a label saying where it is used, for
    /// checks that cover everything (blank texts, reading level).
    pub fn all(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for &q in QuestionId::ALL {
            let t = (self.question)(q);
            out.push((format!("question {}", q.id()), t.legend));
            out.push((format!("question {} short", q.id()), t.short));
            if let Some(h) = t.hint {
                out.push((format!("question {} hint", q.id()), h));
            }
            for (i, id) in q.option_ids().iter().enumerate() {
                let o = AnyOption::new(q, i).expect("option ids and options agree");
                let t = (self.option)(o);
                out.push((format!("option {}={id}", q.id()), t.label));
                if let Some(h) = t.hint {
                    out.push((format!("option {}={id} hint", q.id()), h));
                }
            }
        }
        for &l in Level::ALL {
            let t = (self.level)(l);
            let id = l.id();
            out.push((format!("level {id} name"), t.name));
            out.push((format!("level {id} summary"), t.summary));
            out.push((format!("level {id} hours"), t.hours));
            for (heading, body) in t.expect.sections(self.ui) {
                out.push((format!("level {id} expect {heading}"), body));
            }
        }
        for &r in Reason::ALL {
            out.push((format!("reason {}", r.id()), (self.reason)(r)));
        }
        for &n in Note::ALL {
            out.push((format!("note {}", n.id()), (self.note)(n)));
        }
        let ui = self.ui;
        for (name, text) in [
            ("title", ui.title),
            ("continue", ui.continue_button),
            ("back", ui.back),
            ("progress question", ui.progress_question),
            ("progress of", ui.progress_of),
            ("crisis heading", ui.crisis_heading),
            ("988 name", ui.line_988.name),
            ("988 what", ui.line_988.what),
            ("call", ui.call),
            ("text", ui.text),
            ("chat", ui.chat),
            ("911 name", ui.line_911.name),
            ("911 what", ui.line_911.what),
            ("samhsa name", ui.line_samhsa.name),
            ("samhsa what", ui.line_samhsa.what),
            ("not a diagnosis", ui.not_a_diagnosis),
            ("expect schedule", ui.expect_schedule),
            ("expect length", ui.expect_length),
            ("expect services", ui.expect_services),
            ("expect first day", ui.expect_first_day),
            ("expect cost", ui.expect_cost),
            ("expect telehealth", ui.expect_telehealth),
            ("expect step down", ui.expect_step_down),
            ("expect after", ui.expect_after),
        ] {
            out.push((format!("ui {name}"), text));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_present_in_every_language() {
        for &lang in Lang::ALL {
            let all = lang.texts().all();
            assert!(all.len() > 150, "{lang:?} has {} texts", all.len());
            for (place, text) in all {
                assert!(!text.trim().is_empty(), "{lang:?}: {place} is blank");
                assert_eq!(text, text.trim(), "{lang:?}: {place} has stray spaces");
            }
        }
    }

    /// The grade formula measures prose; on a name or a label of a few
    /// words it only measures word length ("Outpatient counseling" scores 20).
    /// Names the spec fixes are such labels, so blocks under 5 words are skipped.
    const MIN_WORDS_FOR_GRADE: usize = 5;

    #[test]
    fn english_reads_at_grade_8_or_below() {
        let mut too_hard = Vec::new();
        let mut checked = 0;
        for (place, text) in Lang::En.texts().all() {
            if readability::words(text).len() < MIN_WORDS_FOR_GRADE {
                continue;
            }
            checked += 1;
            let grade = readability::flesch_kincaid_grade(text);
            if grade > 8.0 {
                too_hard.push(format!("{place}: grade {grade:.1}: {text}"));
            }
        }
        assert!(
            checked > 150,
            "only {checked} English text blocks were long enough to grade"
        );
        assert!(
            too_hard.is_empty(),
            "too hard to read:\n{}",
            too_hard.join("\n")
        );
    }

    #[test]
    fn reasons_never_name_a_level() {
        let words = [
            "crisis",
            "detox",
            "inpatient",
            "residential",
            "hospital",
            "php",
            "iop",
            "intensive",
            "outpatient",
        ];
        for &lang in Lang::ALL {
            let t = lang.texts();
            for &r in Reason::ALL {
                let text = (t.reason)(r).to_lowercase();
                for w in words {
                    assert!(
                        !text.contains(w),
                        "{lang:?} reason {} names '{w}': {text}",
                        r.id()
                    );
                }
            }
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }
}
