//! Every text the person reads, per language, as compile-time data.
//!
//! Each language is one module holding a [`Texts`] value. Its functions
//! `match` exhaustively on the engine's enums with no catch-all arm, and
//! [`Ui`] is a plain struct, so a question, option, level, reason or note
//! without a text in some language does not compile. Tests check that no
//! text is blank and that the English reads at about a grade 8 level or
//! below.

use crate::engine::{
    Answers, AnyOption, Asam, Assessment, Facts, Home, Level, Note, QuestionId, Reason, Setting,
    Severity, Substance,
};
use std::borrow::Cow;

mod en;
mod es;
pub mod readability;

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

    /// This language's texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Es => &es::TEXTS,
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
    /// A reason's own sentence; `None` for a reason told by the facts it
    /// rests on (see [`Point`] and [`Texts::points`]).
    pub reason: fn(Reason) -> Option<&'static str>,
    /// A fact that several reasons share, as one sentence on the result.
    pub fact: fn(Fact) -> &'static str,
    /// A note on the result.
    pub note: fn(Note) -> &'static str,
    /// Where withdrawal care happens, on a detox result.
    pub setting: fn(Setting) -> SettingText,
    /// The closest ASAM level's short name, for intake staff ("ASAM 2.1").
    pub asam: fn(Asam) -> &'static str,
    /// Interface words: buttons, headings, crisis lines.
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

/// Declares [`Ui`]: one `&'static str` per interface text, with its doc,
/// and the list of all of them for the content checks.
macro_rules! ui_texts {
    ($( $(#[$doc:meta])+ $field:ident, )+) => {
        /// Interface words: buttons, headings, panels, crisis lines.
        #[derive(Debug)]
        pub struct Ui {
            $( $(#[$doc])+ pub $field: &'static str, )+
            /// Questions to ask a program, on the result page.
            pub questions_to_ask: [&'static str; 6],
        }

        impl Ui {
            /// Every interface text with its field name.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                let mut out = vec![$( (stringify!($field), self.$field) ),+];
                out.extend(self.questions_to_ask.iter().map(|&q| ("questions_to_ask", q)));
                out
            }
        }
    };
}

ui_texts! {
    /// The widget's title.
    title,
    /// The language's own name, on the switch that selects it ("Español").
    lang_name,
    /// Label of the language switch, for screen readers.
    lang_switch_label,
    /// Start screen heading.
    start_heading,
    /// Start screen text: what this is, how long, not a diagnosis, private.
    start_body,
    /// Start screen: nothing leaves your device.
    start_private,
    /// The start button.
    start_button,
    /// The button that submits a question.
    continue_button,
    /// The control that goes back one step.
    back,
    /// "Question {n} of {total}": text before the number.
    progress_question,
    /// "Question {n} of {total}": the word between the numbers.
    progress_of,
    /// Error summary heading.
    error_title,
    /// Error when a single-choice question is left empty.
    error_pick_one,
    /// Error when a multi-choice question is left empty.
    error_pick_any,
    /// Word before an inline error, for screen readers ("Error:").
    error_prefix,
    /// The "or" between the options and an exclusive "none of these".
    or,
    /// Exit this page button.
    exit_button,
    /// How to exit with the keyboard.
    exit_hint,
    /// Panel after safety `thoughts`: heading.
    panel_thoughts_heading,
    /// Panel after safety `thoughts`: 988 any time.
    panel_thoughts_988,
    /// Panel after safety `thoughts`: distance from means.
    panel_thoughts_means,
    /// Panel after safety `thoughts`: 911 if you might hurt someone.
    panel_thoughts_911,
    /// Panel after safety `thoughts`: the questions can go on.
    panel_thoughts_go_on,
    /// Withdrawal warning: heading.
    panel_withdrawal_heading,
    /// Withdrawal warning: text.
    panel_withdrawal_body,
    /// Check page heading.
    check_heading,
    /// Check page: the change link.
    check_change,
    /// Check page: hidden words after "Change" for screen readers ("your answer to:").
    check_change_hidden,
    /// Check page: the submit button.
    check_submit,
    /// Result: the small line above the level name.
    result_kicker,
    /// Result for detox: what usually comes after, before the level name.
    result_then,
    /// Result: heading of the continuum picture.
    continuum_heading,
    /// Continuum: "you live at home".
    continuum_home,
    /// Continuum: "you stay at the center".
    continuum_stay,
    /// Continuum: marks the suggested level.
    continuum_you,
    /// Continuum: marks detox's next level.
    continuum_after_detox,
    /// Result for detox: heading before the setting's name.
    setting_heading,
    /// Result: heading of the medicine box.
    medicine_heading,
    /// Medicine box: what the medicine is and does.
    medicine_body,
    /// Result: the fold that holds how to start medicine.
    medicine_how,
    /// Medicine box: how and where to start.
    medicine_start,
    /// Medicine box: for someone taking it already.
    medicine_on_moud,
    /// Medicine box: a seizure or confusion is not usual opioid withdrawal.
    medicine_warning,
    /// Result: label of the line for intake staff.
    asam_label,
    /// After the ASAM level when medicine is set.
    asam_medication,
    /// The ASAM line is not an assessment.
    asam_not_assessment,
    /// Result: heading of the reasons.
    why_heading,
    /// Result: heading of the reasons that did not decide the level.
    why_also_heading,
    /// Severity from drinking or drug use, in three parts around the count
    /// and the words below: "You chose" 5 "of the 10 ways" drinking "can get
    /// in the way of life" (no final stop).
    sev_sub_chose,
    /// Severity: the part between the count and what was used.
    sev_sub_of,
    /// Severity: the end of the sentence.
    sev_sub_rest,
    /// Severity: what was used, for alcohol only.
    sev_drinking,
    /// Severity: for drugs only.
    sev_drugs,
    /// Severity: for both.
    sev_drinking_or_drugs,
    /// Severity: added when withdrawal counted (starts with a comma).
    sev_withdrawal,
    /// Severity from feelings alone: the start of the sentence.
    sev_mh,
    /// Severity from feelings as well as use: the start of the sentence.
    sev_mh_also,
    /// Severity: feelings get in the way somewhat.
    sev_mh_somewhat,
    /// Severity: feelings get in the way a lot.
    sev_mh_a_lot,
    /// Severity: feelings are overwhelming.
    sev_mh_overwhelming,
    /// Severity: why mild matters.
    sev_why_mild,
    /// Severity: why moderate matters.
    sev_why_moderate,
    /// Severity: why severe matters.
    sev_why_severe,
    /// Result, on the standalone page: heading of the main action.
    find_heading,
    /// The SAMHSA helpline in a few words, beside its button ("finds
    /// treatment; not a crisis line").
    line_samhsa_short,
    /// Result, after thoughts of harm: heading of the 988 box at the top.
    result_988_heading,
    /// Result: heading of what to expect.
    expect_heading,
    /// Result: heading of the notes that keep the person safe.
    notes_safety_heading,
    /// Result: heading of the notes.
    notes_heading,
    /// Result: what to call the center when it gave no name.
    center_fallback_name,
    /// Result: after the center's name, when it offers the suggested care.
    center_offers,
    /// Result: after the center's name, when it does not list the care.
    center_not_offered,
    /// Result: link text to the center's contact page.
    center_contact,
    /// Link text to the page that explains how answers stay private.
    privacy_link,
    /// Result: heading of other levels to ask about.
    other_levels_heading,
    /// Result: the level with more support.
    other_levels_up,
    /// Result: the level with less support.
    other_levels_down,
    /// Result for detox: before the other setting of withdrawal care.
    other_levels_setting,
    /// Result for detox: before the level that follows withdrawal care.
    other_levels_then,
    /// Result: heading of questions to ask a program.
    questions_heading,
    /// "This is not a diagnosis" line on every result.
    not_a_diagnosis,
    /// Result: heading of the keep-it tools.
    keep_heading,
    /// Print or save as PDF button.
    print_button,
    /// Copy as text button.
    copy_button,
    /// Shown after copying.
    copied,
    /// Shown if copying failed.
    copy_failed,
    /// Start over button.
    start_over_button,
    /// What start over does.
    start_over_hint,
    /// Summary heading: your answers.
    summary_answers,
    /// Summary heading: the result.
    summary_result,
    /// Heading of the crisis-lines footer.
    crisis_heading,
    /// 988 Suicide & Crisis Lifeline: name.
    line_988_name,
    /// 988: what it is for.
    line_988_what,
    /// 988 in other languages (in Spanish: press 2, or text AYUDA).
    line_988_language,
    /// Link text to call.
    call,
    /// Link text to text.
    text,
    /// Link text to chat with 988.
    chat,
    /// 911 and emergency rooms: name.
    line_911_name,
    /// 911: what it is for.
    line_911_what,
    /// SAMHSA National Helpline: name.
    line_samhsa_name,
    /// SAMHSA: what it is for (treatment referral, not a crisis line).
    line_samhsa_what,
    /// What-to-expect heading: schedule.
    expect_schedule,
    /// What-to-expect heading: length.
    expect_length,
    /// What-to-expect heading: services.
    expect_services,
    /// What-to-expect heading: first day.
    expect_first_day,
    /// What-to-expect heading: cost and insurance.
    expect_cost,
    /// What-to-expect heading: telehealth.
    expect_telehealth,
    /// What-to-expect heading: stepping down.
    expect_step_down,
    /// What-to-expect heading: afterwards.
    expect_after,
    /// What to expect, grouped: days, hours and how long.
    expect_group_when,
    /// What to expect, grouped: what happens there and the first day.
    expect_group_what,
    /// What to expect, grouped: cost, insurance and video visits.
    expect_group_cost,
    /// What to expect, grouped: stepping down and afterwards.
    expect_group_later,
    /// Start screen: the `who` question ("Who are you answering for?").
    who_legend,
    /// Start screen: `who` `self`.
    who_self,
    /// Start screen: `who` `other`.
    who_other,
    /// Start screen: hint under `who` `other`.
    who_other_hint,
    /// Check page: the short label of `who`.
    who_short,
    /// Panel for the one helping, after safety `thoughts` or `not_sure`: heading.
    panel_helper_heading,
    /// Helper panel: 988 for advice on how to help.
    panel_helper_988,
    /// Helper panel: ask directly and calmly; asking does not plant the idea.
    panel_helper_ask,
    /// Helper panel: keep guns and stored medicines away from them.
    panel_helper_means,
    /// Helper panel: 911 if they might act now.
    panel_helper_911,
    /// Crisis result for the one helping: heading.
    crisis_helper_heading,
    /// Crisis result for the one helping: 911 if they are in danger now.
    crisis_helper_911,
    /// Crisis result for the one helping: 988, also for someone else.
    crisis_helper_988,
    /// Crisis result for the one helping: stay with them if it is safe.
    crisis_helper_stay,
    /// Crisis result for the one helping: remove guns and medicines.
    crisis_helper_means,
}

impl Texts {
    /// The labels of the options chosen for `q`, in the spec's order.
    pub fn answer_labels(&self, answers: &Answers, q: QuestionId) -> Vec<&'static str> {
        let bits = answers.bits(q);
        (0..q.option_ids().len())
            .filter(|i| bits & (1 << i) != 0)
            .filter_map(|i| AnyOption::new(q, i))
            .map(|o| (self.option)(o).label)
            .collect()
    }

    /// The sentence of one point under "Why".
    pub fn point(&self, p: Point, answers: &Answers) -> Cow<'static, str> {
        match p {
            // Every reason shown by itself has a sentence (a content test).
            Point::Reason(r) => Cow::Borrowed((self.reason)(r).unwrap_or_default()),
            Point::Fact(f) => Cow::Borrowed((self.fact)(f)),
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
        let level = (self.level)(result.level);
        let mut out = format!(
            "{}\n\n{}: {}\n{}\n",
            ui.title, ui.summary_result, level.name, level.summary
        );
        if let Some(setting) = result.setting {
            out += &format!("{} {}\n", ui.setting_heading, (self.setting)(setting).name);
        }
        if let Some(then) = result.then {
            out += &format!("{} {}\n", ui.result_then, (self.level)(then).name);
        }
        if result.medicine.is_some() {
            out += &format!("{}: {}\n", ui.medicine_heading, ui.medicine_body);
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
                out += &format!("- {}\n", (self.note)(n));
            }
        }
        out += &format!("\n{}\n", ui.summary_answers);
        for q in answers.shown() {
            out += &format!(
                "- {}: {}\n",
                (self.question)(q).short,
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
        let mut line = format!("{} {}", ui.asam_label, (self.asam)(result.asam.level));
        if let Some(setting) = result.setting {
            line += &format!(" ({})", (self.setting)(setting).name);
        }
        if result.asam.medication {
            line += " ";
            line += ui.asam_medication;
        }
        format!("{line}. {}", ui.asam_not_assessment)
    }

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
        for s in [Setting::Clinic, Setting::Facility] {
            let t = (self.setting)(s);
            out.push((format!("setting {} name", s.id()), t.name));
            out.push((format!("setting {} expect", s.id()), t.expect));
        }
        for &a in Asam::ALL {
            out.push((format!("asam {a:?}"), (self.asam)(a)));
        }
        for &r in Reason::ALL {
            if let Some(text) = (self.reason)(r) {
                out.push((format!("reason {}", r.id()), text));
            }
        }
        for &f in Fact::ALL {
            out.push((format!("fact {f:?}"), (self.fact)(f)));
        }
        for &n in Note::ALL {
            out.push((format!("note {}", n.id()), (self.note)(n)));
        }
        for (name, text) in self.ui.entries() {
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

    /// Which reasons facts tell is written in `parts` and again, as the
    /// `None` arms, in each language: the three must agree, for every
    /// reason, so no reason is shown without a sentence and no sentence is
    /// written that is never shown.
    #[test]
    fn a_reason_has_its_own_sentence_exactly_when_it_is_shown_by_itself() {
        let f = Facts::derive(&Answers::default());
        for &r in Reason::ALL {
            let shown_by_itself = parts(r, &f).0.contains(&Point::Reason(r));
            for &lang in Lang::ALL {
                assert_eq!(
                    (lang.texts().reason)(r).is_some(),
                    shown_by_itself,
                    "{lang:?}: reason {}",
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
        for &lang in Lang::ALL {
            // Reasons, the facts they share and the severity's parts.
            let reasons = lang.texts().all().into_iter().filter(|(label, _)| {
                label.starts_with("reason ")
                    || label.starts_with("fact ")
                    || label.starts_with("ui sev_")
            });
            for (label, text) in reasons {
                let text = text.to_lowercase();
                for w in words {
                    assert!(!text.contains(w), "{lang:?} {label} names '{w}': {text}");
                }
            }
        }
    }

    /// A text of three words or more that reads the same as the English one
    /// was not translated.
    #[test]
    fn every_language_is_translated() {
        let en = Lang::En.texts().all();
        for &lang in &Lang::ALL[1..] {
            let other = lang.texts().all();
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
        for &lang in Lang::ALL {
            let t = lang.texts();
            let s = t.summary(&a, &r);
            assert!(s.contains((t.level)(Level::Detox).name), "{lang:?}");
            assert!(s.contains((t.level)(r.then.unwrap()).name), "{lang:?}");
            let (why, also) = points(&r, &a);
            assert!(!why.is_empty() && !also.is_empty(), "{why:?} {also:?}");
            for p in why.into_iter().chain(also) {
                assert!(s.contains(&*t.point(p, &a)), "{lang:?} {p:?}");
            }
            for &n in &r.notes {
                assert!(s.contains((t.note)(n)), "{lang:?}");
            }
            for q in a.shown() {
                assert!(s.contains((t.question)(q).short), "{lang:?} {q:?}");
            }
            assert!(s.contains(&t.asam_line(&r)), "{lang:?}");
            let setting = r.setting.expect("a detox result has a setting");
            assert!(s.contains((t.setting)(setting).name), "{lang:?}");
            assert!(s.contains(t.ui.not_a_diagnosis));
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
