//! Every text the person reads, per language and voice, as compile-time
//! data.
//!
//! The words live in `texts/<lang>.toml`, where translators edit them;
//! `build.rs` turns each file into tables ([`Content`] and [`Ui`], one per
//! language and [`Who`]), failing the build on a missing, extra or empty
//! text or a missing voice. Which engine value reads which text is written
//! once, for every language, in `map.rs`: its `match`es have no catch-all
//! arm, so a question, option, level, reason or note without a text does
//! not compile. Tests check the reading level (grade 8 or below), that
//! Spanish is translated, and that the texts for someone else never speak
//! to the visitor as the one with the problem.

use crate::engine::{
    Age, Answers, AnyOption, Asam, Assessment, Facts, Home, Level, Note, QuestionId, Reason,
    Setting, Severity, Substance, Who,
};
use std::borrow::Cow;

pub mod generated;
mod map;
pub mod readability;

pub use generated::{Content, Ui};

/// A language the widget is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish (US usage, *usted*).
    Es,
}

impl Lang {
    /// Every language.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Es];

    /// The BCP 47 code, for `lang` attributes and configuration.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language for a code such as `en` or `en-US`; `None` if unknown.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.code() == primary)
    }

    /// This language's texts, in the voice for who is answering: the
    /// person themselves, or someone who cares about them.
    pub fn texts(self, who: Who) -> &'static Texts {
        use generated::*;
        static TEXTS: [[Texts; 2]; 2] = [
            [
                Texts::new(&CONTENT_EN_SELF, &UI_EN_SELF),
                Texts::new(&CONTENT_EN_OTHER, &UI_EN_OTHER),
            ],
            [
                Texts::new(&CONTENT_ES_SELF, &UI_ES_SELF),
                Texts::new(&CONTENT_ES_OTHER, &UI_ES_OTHER),
            ],
        ];
        let voice = match who {
            Who::Myself => 0,
            Who::Other => 1,
        };
        &TEXTS[self as usize][voice]
    }
}

/// The texts of one language in one voice.
pub struct Texts {
    content: &'static Content,
    /// Interface words: buttons, headings, panels, crisis lines.
    pub ui: &'static Ui,
}

/// A fact that several reasons rest on. The policy's clauses combine facts
/// ("severe, and nobody supports recovery"); on screen each fact is told
/// once, in one sentence, however many clauses share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// Nobody supports recovery now.
    NoSupport,
    /// Someone at home drinks or uses.
    OthersUseAtHome,
    /// The home is not safe, or there is no stable place to live.
    HomeUnsafe,
    /// Drinking, drug use or symptoms came back after treatment.
    Relapsed,
    /// Symptoms came back after treatment (no substance use).
    RelapsedSymptoms,
    /// Finishing, or just finished, a higher level of care.
    SteppingDown,
    /// A safe home and people who support recovery.
    SafeHomeAndSupport,
    /// Thoughts of ending one's life or of harm, without a plan.
    Thoughts,
}

impl Fact {
    /// Every fact, for the content checks.
    pub const ALL: &'static [Fact] = &[
        Fact::NoSupport,
        Fact::OthersUseAtHome,
        Fact::HomeUnsafe,
        Fact::Relapsed,
        Fact::RelapsedSymptoms,
        Fact::SteppingDown,
        Fact::SafeHomeAndSupport,
        Fact::Thoughts,
    ];
}

/// One bullet under "Why": a reason's own sentence, a shared fact, or how
/// much drinking, drug use or feelings get in the way, naming the answers
/// that counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A reason with its own sentence.
    Reason(Reason),
    /// A fact several reasons share.
    Fact(Fact),
    /// The severity, with its source and the answers that counted.
    Severity,
}

/// What a reason shows on screen, and the points its sentence already
/// covers (so they are not told again).
fn parts(r: Reason, f: &Facts) -> (Vec<Point>, &'static [Point]) {
    use Fact as F;
    use Point::{Fact as P, Severity as S};
    let relapsed = P(if f.used {
        F::Relapsed
    } else {
        F::RelapsedSymptoms
    });
    let home = P(if f.a.home == Some(Home::Unsafe) {
        F::HomeUnsafe
    } else {
        F::OthersUseAtHome
    });
    let own = |covers: &'static [Point]| (vec![Point::Reason(r)], covers);
    match r {
        Reason::SevereWithdrawalRegularUse => own(&[
            Point::Reason(Reason::DepressantStrongWithdrawal),
            Point::Reason(Reason::OtherOftenStrongWithdrawal),
            Point::Reason(Reason::DepressantOften),
        ]),
        Reason::DepressantStrongWithdrawal
        | Reason::DepressantOftenWithdrawal
        | Reason::DepressantOftenNeverStopped
        | Reason::HeavyDrinkingOften => own(&[Point::Reason(Reason::DepressantOften)]),
        Reason::PregnantDepressantOften => own(&[
            Point::Reason(Reason::PregnantUsingOften),
            Point::Reason(Reason::PregnantRelapsed),
            Point::Reason(Reason::PregnantRecentUse),
            Point::Reason(Reason::DepressantOften),
        ]),
        Reason::HomeUnsafe => (vec![P(F::HomeUnsafe)], &[]),
        Reason::MentalHealthOverwhelming | Reason::Severe | Reason::Moderate | Reason::Mild => {
            (vec![S], &[])
        }
        Reason::ThoughtsNoSupport => (vec![P(F::Thoughts), P(F::NoSupport)], &[]),
        Reason::ThoughtsHomeNotSupportive => (vec![P(F::Thoughts), home], &[]),
        Reason::SafetyThoughts => (vec![P(F::Thoughts)], &[]),
        Reason::SevereNoSupport
        | Reason::MentalHealthALotNoSupport
        | Reason::ModerateNoSupport
        | Reason::MildNoSupport => (vec![S, P(F::NoSupport)], &[]),
        Reason::SevereRiskyHome | Reason::ModerateRiskyHome | Reason::MildRiskyHome => {
            (vec![S, P(F::OthersUseAtHome)], &[])
        }
        Reason::SevereRelapsed | Reason::ModerateRelapsed => (vec![S, relapsed], &[]),
        Reason::SevereStableStepDown => {
            (vec![S, P(F::SteppingDown), P(F::SafeHomeAndSupport)], &[])
        }
        Reason::MentalHealthAlone => (vec![S, P(F::SafeHomeAndSupport)], &[]),
        Reason::SteppingDownWithNeeds | Reason::SteppingDown => (vec![P(F::SteppingDown)], &[]),
        Reason::Relapsed => (vec![relapsed], &[]),
        Reason::PregnantUsingOften => own(&[
            Point::Reason(Reason::PregnantRelapsed),
            Point::Reason(Reason::PregnantRecentUse),
        ]),
        Reason::PregnantRelapsed => (
            vec![relapsed, Point::Reason(r)],
            &[Point::Reason(Reason::PregnantRecentUse)],
        ),
        Reason::FacilityThoughts => own(&[P(F::Thoughts)]),
        Reason::FacilityHomeUnsafe => own(&[P(F::HomeUnsafe)]),
        Reason::FacilityNoSupport => own(&[P(F::NoSupport)]),
        Reason::FacilityRecentOverdose => own(&[Point::Reason(Reason::RecentOverdose)]),
        Reason::FacilityMedicalUnstable => own(&[Point::Reason(Reason::MedicalUnstable)]),
        Reason::MedicineOpioidsOften => own(&[Point::Reason(Reason::OpioidsOften)]),
        _ => own(&[]),
    }
}

/// Whether a note keeps the person safe (stopping, overdose, medicine,
/// home, health): those stay in view on the result; the others fold away.
pub fn is_safety_note(n: Note) -> bool {
    match n {
        Note::DontStopSuddenly
        | Note::SedativeTaper
        | Note::PastSevereWithdrawal
        | Note::OverdoseSafety
        | Note::MixingRisk
        | Note::KeepTakingMedicine
        | Note::ClinicDetoxSafety
        | Note::PregnancyOpioids
        | Note::UnsafeHome
        | Note::SeeADoctor
        | Note::CaregiverNaloxone => true,
        Note::FlexibleSchedules
        | Note::MedicalLeave
        | Note::WorkDuringClinicDetox
        | Note::Teen
        | Note::TeenMedicine
        | Note::FirstCallCommitsNothing
        | Note::EatingDisorderCare
        | Note::CoOccurring
        | Note::Pregnancy
        | Note::AskAboutMedication
        | Note::SoberLiving
        | Note::CaregiverTalk
        | Note::CaregiverSupport
        | Note::CaregiverAdult
        | Note::CaregiverTeen
        | Note::CaregiverNotReady
        | Note::TeenSchool
        | Note::TeenPrivacy => false,
    }
}

/// The most deciding points shown before "Also", so they fit the first
/// screen of a phone.
pub const WHY_AT_MOST: usize = 3;

/// The bullets under "Why" for a result, from the reasons the policy gave,
/// each fact told once: the deciding points (at most [`WHY_AT_MOST`]), then
/// the rest ("Also").
pub fn points(result: &Assessment, answers: &Answers) -> (Vec<Point>, Vec<Point>) {
    let f = Facts::derive(answers);
    let mut seen: Vec<Point> = Vec::new();
    let mut covered: Vec<Point> = Vec::new();
    let mut deciding: Vec<Point> = Vec::new();
    let mut also: Vec<Point> = Vec::new();
    for (i, &r) in result.reasons.iter().enumerate() {
        let (shown, covers) = parts(r, &f);
        let out = if i < result.deciding {
            &mut deciding
        } else {
            &mut also
        };
        for p in shown {
            if !seen.contains(&p) && !covered.contains(&p) {
                seen.push(p);
                out.push(p);
            }
        }
        covered.extend_from_slice(covers);
    }
    // "Works best with regular visits" leans on the medicine reason, which
    // names the person's answer: it goes after it.
    if let Some(at) = deciding
        .iter()
        .position(|&p| p == Point::Reason(Reason::MedicineVisits))
    {
        let visits = deciding.remove(at);
        deciding.push(visits);
    }
    if deciding.len() > WHY_AT_MOST {
        let rest = deciding.split_off(WHY_AT_MOST);
        also.splice(0..0, rest);
    }
    (deciding, also)
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

/// Shorthand for a [`QuestionText`] in the language files.
const fn q(legend: &'static str, hint: Option<&'static str>, short: &'static str) -> QuestionText {
    QuestionText {
        legend,
        hint,
        short,
    }
}

/// Shorthand for an [`OptionText`] in the language files.
const fn o(label: &'static str, hint: Option<&'static str>) -> OptionText {
    OptionText { label, hint }
}

/// An option as shown: its label and an optional hint under it.
#[derive(Clone, Copy, Debug)]
pub struct OptionText {
    /// The `<label>`.
    pub label: &'static str,
    /// A short hint under the label.
    pub hint: Option<&'static str>,
}

/// The setting of withdrawal care as shown on a detox result.
#[derive(Clone, Copy, Debug)]
pub struct SettingText {
    /// Its name ("At a clinic, while you live at home").
    pub name: &'static str,
    /// What to expect there.
    pub expect: &'static str,
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
    /// The place of "Cost, insurance and video visits" in [`Expect::groups`].
    pub const COST_GROUP: usize = 2;

    /// The sections in four groups for the result page, each with its
    /// summary: when and how long, what happens, cost, and later on.
    pub fn groups(&self, ui: &Ui) -> [(&'static str, [(&'static str, &'static str); 2]); 4] {
        let [schedule, length, services, first_day, cost, telehealth, step_down, after] =
            self.sections(ui);
        [
            (ui.expect_group_when, [schedule, length]),
            (ui.expect_group_what, [services, first_day]),
            (ui.expect_group_cost, [cost, telehealth]),
            (ui.expect_group_later, [step_down, after]),
        ]
    }

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

impl Texts {
    const fn new(content: &'static Content, ui: &'static Ui) -> Texts {
        Texts { content, ui }
    }

    /// A question's wording.
    pub fn question(&self, id: QuestionId) -> QuestionText {
        map::question(self.content, id)
    }

    /// A question's wording for these answers: for a teen, with school and
    /// family instead of work where that differs.
    pub fn question_for(&self, id: QuestionId, answers: &Answers) -> QuestionText {
        match answers.age {
            Some(Age::Teen) => map::question_teen(self.content, id),
            _ => None,
        }
        .unwrap_or_else(|| self.question(id))
    }

    /// An option's wording.
    pub fn option(&self, opt: AnyOption) -> OptionText {
        map::option(self.content, opt)
    }

    /// A level's name, meaning and what to expect there.
    pub fn level(&self, level: Level) -> LevelText {
        map::level(self.content, level)
    }

    /// A reason's own sentence; `None` for a reason told by the facts it
    /// rests on (see [`Point`] and [`points`]).
    pub fn reason(&self, r: Reason) -> Option<&'static str> {
        map::reason(self.content, r)
    }

    /// A fact that several reasons share, as one sentence on the result.
    pub fn fact(&self, f: Fact) -> &'static str {
        map::fact(self.content, f)
    }

    /// A note on the result.
    pub fn note(&self, n: Note) -> &'static str {
        map::note(self.content, n)
    }

    /// Where withdrawal care happens, on a detox result.
    pub fn setting(&self, s: Setting) -> SettingText {
        map::setting(self.content, s)
    }

    /// The closest ASAM level's short name, for intake staff ("ASAM 2.1").
    pub fn asam(&self, a: Asam) -> &'static str {
        map::asam(self.content, a)
    }

    /// The start screen's label for who the answers are about.
    pub fn who_label(&self, who: Who) -> &'static str {
        match who {
            Who::Myself => self.ui.who_self,
            Who::Other => self.ui.who_other,
        }
    }

    /// The labels of the options chosen for `q`, in the spec's order.
    pub fn answer_labels(&self, answers: &Answers, q: QuestionId) -> Vec<&'static str> {
        let bits = answers.bits(q);
        (0..q.option_ids().len())
            .filter(|i| bits & (1 << i) != 0)
            .filter_map(|i| AnyOption::new(q, i))
            .map(|o| self.option(o).label)
            .collect()
    }

    /// The sentence of one point under "Why".
    pub fn point(&self, p: Point, answers: &Answers) -> Cow<'static, str> {
        match p {
            // Every reason shown by itself has a sentence (a content test).
            Point::Reason(r) => Cow::Borrowed(self.reason(r).unwrap_or_default()),
            Point::Fact(f) => Cow::Borrowed(self.fact(f)),
            Point::Severity => Cow::Owned(self.severity(&Facts::derive(answers))),
        }
    }

    /// The severity point: from drinking or drug use (how many of the ways
    /// were chosen, and whether withdrawal counted), from feelings, or both;
    /// then why it matters. A person who uses nothing reads only about
    /// feelings.
    fn severity(&self, f: &Facts) -> String {
        let ui = self.ui;
        let mut out = String::new();
        let from_use = f.sub >= Severity::Mild;
        if from_use {
            let drugs = [
                Substance::Sedatives,
                Substance::Opioids,
                Substance::Stimulants,
                Substance::Cannabis,
                Substance::Other,
            ]
            .iter()
            .any(|&s| f.a.substances.contains(s));
            let what = match (f.alcohol, drugs) {
                (true, false) => ui.sev_drinking,
                (false, true) => ui.sev_drugs,
                _ => ui.sev_drinking_or_drugs,
            };
            // "You chose" 5 "of the 10 ways" drinking "can get in the way of life".
            let n = f.a.impact.count_real().to_string();
            for part in [ui.sev_sub_chose, &n, ui.sev_sub_of, what, ui.sev_sub_rest] {
                if !out.is_empty() {
                    out += " ";
                }
                out += part;
            }
            if f.w.symptom() >= 1 {
                out += ui.sev_withdrawal;
            }
            out += ". ";
        }
        let feelings = match f.mh {
            Severity::None => None,
            Severity::Mild => Some(ui.sev_mh_somewhat),
            Severity::Moderate => Some(ui.sev_mh_a_lot),
            Severity::Severe => Some(ui.sev_mh_overwhelming),
        };
        if let Some(how) = feelings {
            out += if from_use { ui.sev_mh_also } else { ui.sev_mh };
            out += " ";
            out += how;
            out += ". ";
        }
        out += match f.severity {
            Severity::Severe => ui.sev_why_severe,
            Severity::Moderate => ui.sev_why_moderate,
            _ => ui.sev_why_mild,
        };
        out
    }

    /// The result and the answers as plain text, for "Copy as text": short
    /// enough for an intake counselor to read at a glance.
    pub fn summary(&self, answers: &Answers, result: &Assessment) -> String {
        let ui = self.ui;
        let level = self.level(result.level);
        let mut out = format!(
            "{}\n\n{}: {}\n{}\n",
            ui.title, ui.summary_result, level.name, level.summary
        );
        if let Some(setting) = result.setting {
            out += &format!("{} {}\n", ui.setting_heading, self.setting(setting).name);
        }
        if let Some(then) = result.then {
            out += &format!("{} {}\n", ui.result_then, self.level(then).name);
        }
        if result.medicine.is_some() {
            out += &format!("{}: {}\n", ui.medicine_heading, ui.medicine_body);
        }
        if answers.who == Who::Other {
            out += &format!("{}\n", ui.result_based_on);
        }
        out += &format!("{}\n", self.asam_line(result));
        out += &format!("\n{}\n", ui.why_heading);
        let (why, also) = points(result, answers);
        for p in why.into_iter().chain(also) {
            out += &format!("- {}\n", self.point(p, answers));
        }
        if !result.notes.is_empty() {
            out += &format!("\n{}\n", ui.notes_heading);
            for &n in &result.notes {
                out += &format!("- {}\n", self.note(n));
            }
        }
        out += &format!("\n{}\n", ui.summary_answers);
        out += &format!("- {}: {}\n", ui.who_short, self.who_label(answers.who));
        for q in answers.shown() {
            out += &format!(
                "- {}: {}\n",
                self.question_for(q, answers).short,
                self.answer_labels(answers, q).join("; ")
            );
        }
        out += &format!("\n{}\n", ui.not_a_diagnosis);
        out
    }

    /// The line for intake staff: the closest ASAM level, the setting of
    /// withdrawal care and the medication when set, and that this is not an
    /// ASAM assessment.
    pub fn asam_line(&self, result: &Assessment) -> String {
        let ui = self.ui;
        let mut line = format!("{} {}", ui.asam_label, self.asam(result.asam.level));
        if let Some(setting) = result.setting {
            line += &format!(" ({})", self.setting(setting).name);
        }
        if result.asam.medication {
            line += " ";
            line += ui.asam_medication;
        }
        format!("{line}. {}", ui.asam_not_assessment)
    }

    /// Every text of this language and voice with its key in the texts
    /// file, for checks that cover everything (blank texts, reading level).
    pub fn all(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = self.content.entries();
        out.extend(self.ui.entries());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Choice;

    /// Every language in every voice.
    fn every() -> impl Iterator<Item = (Lang, Who, &'static Texts)> {
        Lang::ALL.iter().flat_map(|&lang| {
            Who::ALL
                .iter()
                .map(move |&who| (lang, who, lang.texts(who)))
        })
    }

    /// `build.rs` refuses blank texts; this checks the tables it made.
    #[test]
    fn every_text_is_present_in_every_language_and_voice() {
        for (lang, who, t) in every() {
            let all = t.all();
            assert!(all.len() > 400, "{lang:?} {who:?} has {} texts", all.len());
            for (place, text) in all {
                assert!(
                    !text.trim().is_empty(),
                    "{lang:?} {who:?}: {place} is blank"
                );
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
        let english = every().filter(|&(lang, ..)| lang == Lang::En);
        let all = english.flat_map(|(_, who, t)| t.all().into_iter().map(move |e| (who, e)));
        for (who, (place, text)) in all {
            if readability::words(text).len() < MIN_WORDS_FOR_GRADE {
                continue;
            }
            checked += 1;
            let grade = readability::flesch_kincaid_grade(text);
            if grade > 8.0 {
                too_hard.push(format!("{place} ({who:?}): grade {grade:.1}: {text}"));
            }
        }
        assert!(
            checked > 500,
            "only {checked} English text blocks were long enough to grade"
        );
        assert!(
            too_hard.is_empty(),
            "too hard to read:\n{}",
            too_hard.join("\n")
        );
    }

    /// Which reasons facts tell is written in `parts` and again, as the
    /// `None` arms, in `map::reason`: the two must agree, for every reason,
    /// so no reason is shown without a sentence and no sentence is written
    /// that is never shown.
    #[test]
    fn a_reason_has_its_own_sentence_exactly_when_it_is_shown_by_itself() {
        let f = Facts::derive(&Answers::default());
        for &r in Reason::ALL {
            let shown_by_itself = parts(r, &f).0.contains(&Point::Reason(r));
            for (lang, who, t) in every() {
                assert_eq!(
                    t.reason(r).is_some(),
                    shown_by_itself,
                    "{lang:?} {who:?}: reason {}",
                    r.id()
                );
            }
        }
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
        for (lang, _, t) in every() {
            // Reasons, the facts they share and the severity's parts.
            let reasons = t.all().into_iter().filter(|(label, _)| {
                label.starts_with("reason.")
                    || label.starts_with("fact.")
                    || label.starts_with("ui.sev_")
            });
            for (label, text) in reasons {
                let text = text.to_lowercase();
                for w in words {
                    assert!(!text.contains(w), "{lang:?} {label} names '{w}': {text}");
                }
            }
        }
    }

    /// Texts about the person, for someone else: everything but the
    /// interface words, plus the interface words that speak about the
    /// person (the severity sentence, the medicine box, the withdrawal
    /// warning, the result's heading and where care happens).
    fn about_the_person(t: &Texts) -> Vec<(&'static str, &'static str)> {
        let ui_about = [
            "ui.sev_",
            "ui.medicine_",
            "ui.panel_withdrawal_",
            "ui.result_",
            "ui.continuum_",
            "ui.questions_to_ask",
        ];
        let mut out = t.content.entries();
        out.extend(
            t.ui.entries()
                .into_iter()
                .filter(|(key, _)| ui_about.iter().any(|p| key.starts_with(p))),
        );
        out
    }

    /// The phrases from `banned` found in `text`, as whole words.
    fn found(text: &str, banned: &[&'static str]) -> Vec<&'static str> {
        let words: String = text
            .to_lowercase()
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let words = format!(" {words} ");
        banned
            .iter()
            .copied()
            .filter(|b| words.contains(&format!(" {b} ")))
            .collect()
    }

    /// For someone else, no text speaks to the visitor as the one who
    /// drinks, uses or struggles.
    fn speaks_about_the_person(lang: Lang, banned: &[&'static str]) {
        let mut wrong = Vec::new();
        for (key, text) in about_the_person(lang.texts(Who::Other)) {
            let hits = found(text, banned);
            if !hits.is_empty() {
                wrong.push(format!("{key}: {hits:?}: {text}"));
            }
        }
        assert!(
            wrong.is_empty(),
            "{lang:?}, answering for someone else, speaks to the visitor as the one with the problem:\n{}",
            wrong.join("\n")
        );
        // The check sees the words it bans in the visitor's own voice.
        let own = about_the_person(lang.texts(Who::Myself));
        assert!(own.iter().any(|(_, t)| !found(t, banned).is_empty()));
    }

    #[test]
    fn english_for_someone_else_speaks_about_the_person() {
        speaks_about_the_person(
            Lang::En,
            &[
                "you drink",
                "you drank",
                "you use",
                "you used",
                "you take",
                "you took",
                "you feel",
                "you have had",
                "you had",
                "you are pregnant",
                "you stop",
                "you stopped",
                "you cut down",
                "you live",
                "you stay",
                "you get",
                "you go",
                "your life",
                "your feelings",
                "your drinking",
                "your drug",
                "your health",
                "your home",
                "your recovery",
                "your use",
                "your body",
                "your baby",
                "your safety",
                "your needs",
                "your medicine",
                "my drinking",
                "my drug",
                "my mental",
                "my insurance",
                "i drank",
                "i have",
                "i am",
                "i had",
                "i get",
                "i kept",
                "i wanted",
                "i needed",
                "i spent",
                "i fell",
                "i gave",
                "i finished",
                "i'm in",
                "i'm ready",
                "i'm thinking",
                "i feel",
                "can i",
                "am i",
                "myself",
            ],
        );
    }

    #[test]
    fn spanish_for_someone_else_speaks_about_the_person() {
        speaks_about_the_person(
            Lang::Es,
            &[
                "mi consumo",
                "mi salud",
                "mi vida",
                "mi seguro",
                "bebí",
                "consumí",
                "tengo",
                "estoy",
                "he tenido",
                "me siento",
                "no pude",
                "quise",
                "necesité",
                "pasé",
                "dejé",
                "terminé",
                "yo",
                "usted bebe",
                "usted consume",
                "usted tiene",
                "usted siente",
                "usted está",
                "usted toma",
                "usted ha",
                "usted vive",
                "usted sabe que bebe",
                "puedo",
                "mí mismo",
                "mí misma",
            ],
        );
    }

    /// A text of three words or more that reads the same as the English one
    /// was not translated.
    #[test]
    fn every_language_is_translated() {
        for (lang, who, t) in every().filter(|&(lang, ..)| lang != Lang::En) {
            let en = Lang::En.texts(who).all();
            let other = t.all();
            assert_eq!(en.len(), other.len(), "{lang:?} has another shape");
            let same: Vec<_> = en
                .iter()
                .zip(&other)
                .filter(|((_, e), (_, o))| e == o && readability::words(e).len() >= 3)
                .map(|((place, text), _)| format!("{place}: {text}"))
                .collect();
            assert!(
                same.is_empty(),
                "{lang:?} not translated:\n{}",
                same.join("\n")
            );
        }
    }

    #[test]
    fn the_text_summary_holds_the_result_reasons_notes_and_every_answer() {
        use crate::engine::{assess, Amount, Choice, Frequency, Set, Substance, Withdrawal};
        let mut a = Answers::default();
        for &q in QuestionId::ALL {
            if q.applies(&a) && !a.is_answered(q) {
                a.answer(q, 1).unwrap();
            }
        }
        a.answer(
            QuestionId::Substances,
            Set::try_from_options(&[Substance::Alcohol]).unwrap().bits(),
        )
        .unwrap();
        a.answer(QuestionId::Frequency, 1 << Frequency::Daily.index())
            .unwrap();
        a.answer(QuestionId::Amount, 1 << Amount::D3_4.index())
            .unwrap();
        a.answer(QuestionId::Withdrawal, 1 << Withdrawal::Strong.index())
            .unwrap();
        a.answer(QuestionId::Impact, 1).unwrap();
        let r = assess(&a).unwrap();
        assert_eq!(r.level, Level::Detox);
        for (lang, _, t) in every() {
            let s = t.summary(&a, &r);
            assert!(s.contains(t.level(Level::Detox).name), "{lang:?}");
            assert!(s.contains(t.level(r.then.unwrap()).name), "{lang:?}");
            let (why, also) = points(&r, &a);
            assert!(!why.is_empty() && !also.is_empty(), "{why:?} {also:?}");
            for p in why.into_iter().chain(also) {
                assert!(s.contains(&*t.point(p, &a)), "{lang:?} {p:?}");
            }
            for &n in &r.notes {
                assert!(s.contains(t.note(n)), "{lang:?}");
            }
            for q in a.shown() {
                assert!(s.contains(t.question_for(q, &a).short), "{lang:?} {q:?}");
            }
            assert!(s.contains(&t.asam_line(&r)), "{lang:?}");
            let setting = r.setting.expect("a detox result has a setting");
            assert!(s.contains(t.setting(setting).name), "{lang:?}");
            assert!(s.contains(t.ui.not_a_diagnosis));
            assert!(s.contains(t.who_label(Who::Myself)), "{lang:?}: who");
            assert!(!s.contains(t.ui.result_based_on), "{lang:?}: for self");
            let mut theirs = a;
            theirs.set_who(Who::Other);
            let s = lang.texts(Who::Other).summary(&theirs, &r);
            assert!(
                s.contains(t.ui.result_based_on),
                "{lang:?}: for someone else"
            );
            assert!(s.contains(t.who_label(Who::Other)), "{lang:?}: who");
        }
    }

    #[test]
    fn the_cost_group_is_where_the_cost_is() {
        for (_, _, t) in every() {
            let groups = t.level(Level::Iop).expect.groups(t.ui);
            let (summary, parts) = groups[Expect::COST_GROUP];
            assert_eq!(summary, t.ui.expect_group_cost);
            assert_eq!(parts[0].0, t.ui.expect_cost);
        }
    }

    /// A teen is asked about school and family, not work (spec: Teens).
    #[test]
    fn a_teen_is_asked_about_school_not_work() {
        let mut teen = Answers::default();
        teen.answer(QuestionId::Age, 1 << Age::Teen.index())
            .unwrap();
        let adult = Answers::default();
        let work = ["work", "trabaj"];
        for (lang, who, t) in every() {
            let q = t.question_for(QuestionId::Obligations, &teen);
            let text = format!("{} {}", q.legend, q.short).to_lowercase();
            assert!(
                !work.iter().any(|w| text.contains(w)),
                "{lang:?} {who:?}: {text}"
            );
            let q = t.question_for(QuestionId::Obligations, &adult);
            assert_eq!(q.legend, t.question(QuestionId::Obligations).legend);
        }
    }

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }
}
