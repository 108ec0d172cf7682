//! The spec's policy: levels, the ordered rules with their named clauses, the
//! reasons and the notes. Read it beside `shared/spec/screening.md`,
//! "Policy", "Reasons" and "Notes": same order, same words.

use super::facts::{Facts, Severity::*, WithdrawalLevel as W};
use super::questions::*;

/// Declares a plain id enum with the spec's ids and a list of all values.
macro_rules! ids {
    ($(#[$meta:meta])* pub enum $name:ident { $( $(#[$vmeta:meta])* $var:ident = $id:literal ),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$vmeta])* #[serde(rename = $id)] $var ),+ }

        impl $name {
            /// Every value, in the spec's order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];

            /// The stable id.
            pub fn id(self) -> &'static str {
                match self { $($name::$var => $id),+ }
            }

            /// Looks a value up by its id.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }
    };
}

/// A level of care. Declared from least to most intensive, so `Ord` compares
/// the care levels `support` < … < `inpatient`; `detox` and `crisis` sort
/// above them, but compare a detox result by its `then` (see
/// [`Assessment::care`]).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Level {
    /// Support and check-in: no program suggested now.
    #[serde(rename = "support")]
    Support,
    /// Outpatient counseling, 1–2 sessions a week.
    #[serde(rename = "outpatient")]
    Outpatient,
    /// Intensive outpatient program.
    #[serde(rename = "iop")]
    Iop,
    /// Partial hospitalization.
    #[serde(rename = "php")]
    Php,
    /// Inpatient or residential treatment.
    #[serde(rename = "inpatient")]
    Inpatient,
    /// Medically supervised detox first.
    #[serde(rename = "detox")]
    Detox,
    /// Get help now.
    #[serde(rename = "crisis")]
    Crisis,
}

impl Level {
    /// Every level, most intensive first (the spec's table order).
    pub const ALL: &'static [Level] = &[
        Level::Crisis,
        Level::Detox,
        Level::Inpatient,
        Level::Php,
        Level::Iop,
        Level::Outpatient,
        Level::Support,
    ];

    /// The spec's id (the result's `data-level`).
    pub fn id(self) -> &'static str {
        match self {
            Level::Crisis => "crisis",
            Level::Detox => "detox",
            Level::Inpatient => "inpatient",
            Level::Php => "php",
            Level::Iop => "iop",
            Level::Outpatient => "outpatient",
            Level::Support => "support",
        }
    }

    /// Looks a level up by its id.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.iter().copied().find(|l| l.id() == id)
    }
}

ids! {
    /// One matched clause of the policy, shown as one reason. Ids name the
    /// answers, never a level.
    pub enum Reason {
        // 1. crisis
        /// Safety `plan`.
        SafetyPlan = "safety_plan",
        // 2. detox
        /// 2a. `w` severe, use weekly or more.
        SevereWithdrawalRegularUse = "severe_withdrawal_regular_use",
        /// 2b. Alcohol or sedatives, `w` strong or severe.
        DepressantStrongWithdrawal = "depressant_strong_withdrawal",
        /// 2c. Alcohol or sedatives most days, with withdrawal.
        DepressantOftenWithdrawal = "depressant_often_withdrawal",
        /// 2d. Opioids or other drugs most days, strong withdrawal.
        OpioidOftenStrongWithdrawal = "opioid_often_strong_withdrawal",
        /// 2e. Pregnant, alcohol or sedatives most days.
        PregnantDepressantOften = "pregnant_depressant_often",
        // 3. inpatient
        /// Overdose in the past month.
        RecentOverdose = "recent_overdose",
        /// Health not under control, with a substance or mental-health problem.
        MedicalUnstable = "medical_unstable",
        /// Home not safe, with a substance or mental-health problem.
        HomeUnsafe = "home_unsafe",
        /// Cannot manage basic needs.
        MentalHealthOverwhelming = "mental_health_overwhelming",
        /// Thoughts of harm and nobody supporting recovery.
        ThoughtsNoSupport = "thoughts_no_support",
        /// Thoughts of harm and a home that is not fully supportive.
        ThoughtsHomeNotSupportive = "thoughts_home_not_supportive",
        /// Severe, and use or symptoms came back after treatment.
        SevereRelapsed = "severe_relapsed",
        /// Severe, and nobody supporting recovery.
        SevereNoSupport = "severe_no_support",
        /// Severe, and someone at home uses.
        SevereRiskyHome = "severe_risky_home",
        // 4. php
        /// Thoughts of harm in the past month.
        SafetyThoughts = "safety_thoughts",
        /// Severe, not a stable step-down.
        Severe = "severe",
        /// Feelings get in the way a lot, and no support.
        MentalHealthALotNoSupport = "mental_health_a_lot_no_support",
        /// Moderate, and someone at home uses.
        ModerateRiskyHome = "moderate_risky_home",
        /// Moderate, and nobody supporting recovery.
        ModerateNoSupport = "moderate_no_support",
        /// Moderate, and use or symptoms came back after treatment.
        ModerateRelapsed = "moderate_relapsed",
        // 5. iop
        /// Moderate.
        Moderate = "moderate",
        /// Severe, stepping down from more care into a stable situation.
        SevereStableStepDown = "severe_stable_step_down",
        /// Stepping down, with some problem.
        SteppingDownWithNeeds = "stepping_down_with_needs",
        /// Weekly therapy not enough, with some problem.
        OutpatientNotEnough = "outpatient_not_enough",
        /// Mild, and nobody supporting recovery.
        MildNoSupport = "mild_no_support",
        /// Mild, and someone at home uses.
        MildRiskyHome = "mild_risky_home",
        /// Mild, and use or symptoms came back after treatment.
        MildRelapsed = "mild_relapsed",
        /// Pregnant and using most days.
        PregnantUsingOften = "pregnant_using_often",
        // 6. outpatient
        /// Mild.
        Mild = "mild",
        /// Finishing more intensive care.
        SteppingDown = "stepping_down",
        /// Use or symptoms came back after treatment.
        Relapsed = "relapsed",
        /// Pregnant and using in the past month.
        PregnantRecentUse = "pregnant_recent_use",
        /// Opioids most days.
        OpioidsOften = "opioids_often",
        /// Alcohol or sedatives most days.
        DepressantOften = "depressant_often",
        // 7. support
        /// No answer pointed to a program now.
        NothingPointsToProgram = "nothing_points_to_program",
    }
}

/// One clause of a rule: the reason it gives and when it holds.
pub struct Clause {
    /// The reason shown when the clause holds.
    pub reason: Reason,
    /// Whether the clause holds for these facts.
    pub holds: fn(&Facts) -> bool,
}

/// One rule of the policy: a level and the clauses that decide it ("any of").
pub struct Rule {
    /// The spec's rule number.
    pub number: u8,
    /// The level the rule gives.
    pub level: Level,
    /// The clauses, in the spec's order; the rule matches when any holds.
    pub clauses: &'static [Clause],
}

const fn clause(reason: Reason, holds: fn(&Facts) -> bool) -> Clause {
    Clause { reason, holds }
}

/// The policy, rules 1–6 in the spec's order; rule 7 (`support`) is
/// "everything else". The first rule with a clause that holds decides.
/// A clause of the spec that says "X and (A or B)" is split into one clause
/// per alternative, so each reason can say exactly which answer it means.
pub static POLICY: [Rule; 6] = [
    Rule {
        number: 1,
        level: Level::Crisis,
        clauses: &[clause(Reason::SafetyPlan, |f| {
            f.a.safety == Some(Safety::Plan)
        })],
    },
    Rule {
        number: 2,
        level: Level::Detox,
        clauses: &[
            // `recent` and any of:
            // a. `w` is `severe` and frequency is `weekly`, `most_days` or `daily`;
            clause(Reason::SevereWithdrawalRegularUse, |f| {
                f.recent
                    && f.w == W::Severe
                    && f.frequency_in(&[Frequency::Weekly, Frequency::MostDays, Frequency::Daily])
            }),
            // b. `depressant` and `w` is `strong` or `severe`;
            clause(Reason::DepressantStrongWithdrawal, |f| {
                f.recent && f.depressant && f.w >= W::Strong
            }),
            // c. `depressant` and `uses_often` and `w` is `mild` or worse;
            clause(Reason::DepressantOftenWithdrawal, |f| {
                f.recent && f.depressant && f.uses_often && f.w >= W::Mild
            }),
            // d. opioids or `other` used, `uses_often`, and `w` is `strong`;
            clause(Reason::OpioidOftenStrongWithdrawal, |f| {
                f.recent && (f.opioids || f.other) && f.uses_often && f.w == W::Strong
            }),
            // e. `pregnant` and `uses_often` and `depressant`.
            clause(Reason::PregnantDepressantOften, |f| {
                f.recent && f.medical(Medical::Pregnant) && f.uses_often && f.depressant
            }),
        ],
    },
    Rule {
        number: 3,
        level: Level::Inpatient,
        clauses: &[
            clause(Reason::RecentOverdose, |f| {
                f.medical(Medical::RecentOverdose)
            }),
            clause(Reason::MedicalUnstable, |f| {
                f.medical(Medical::Unstable) && f.severity >= Mild
            }),
            clause(Reason::HomeUnsafe, |f| {
                f.a.home == Some(Home::Unsafe) && f.severity >= Mild
            }),
            clause(Reason::MentalHealthOverwhelming, |f| {
                f.a.mental_health == Some(MentalHealth::Overwhelming)
            }),
            // safety `thoughts` and (support `none` or home not `supportive`)
            clause(Reason::ThoughtsNoSupport, |f| {
                f.a.safety == Some(Safety::Thoughts) && f.a.support == Some(Support::None)
            }),
            clause(Reason::ThoughtsHomeNotSupportive, |f| {
                f.a.safety == Some(Safety::Thoughts)
                    && matches!(f.a.home, Some(h) if h != Home::Supportive)
            }),
            // severity `severe` and (history `relapsed` or support `none` or `risky_home`)
            clause(Reason::SevereRelapsed, |f| {
                f.severity == Severe && f.a.history == Some(History::Relapsed)
            }),
            clause(Reason::SevereNoSupport, |f| {
                f.severity == Severe && f.a.support == Some(Support::None)
            }),
            clause(Reason::SevereRiskyHome, |f| {
                f.severity == Severe && f.risky_home
            }),
        ],
    },
    Rule {
        number: 4,
        level: Level::Php,
        clauses: &[
            clause(Reason::SafetyThoughts, |f| {
                f.a.safety == Some(Safety::Thoughts)
            }),
            clause(Reason::Severe, |f| {
                f.severity == Severe && !f.stable_step_down
            }),
            clause(Reason::MentalHealthALotNoSupport, |f| {
                f.a.mental_health == Some(MentalHealth::ALot) && f.a.support == Some(Support::None)
            }),
            // severity `moderate` and (`risky_home` or support `none` or history `relapsed`)
            clause(Reason::ModerateRiskyHome, |f| {
                f.severity == Moderate && f.risky_home
            }),
            clause(Reason::ModerateNoSupport, |f| {
                f.severity == Moderate && f.a.support == Some(Support::None)
            }),
            clause(Reason::ModerateRelapsed, |f| {
                f.severity == Moderate && f.a.history == Some(History::Relapsed)
            }),
        ],
    },
    Rule {
        number: 5,
        level: Level::Iop,
        clauses: &[
            clause(Reason::Moderate, |f| f.severity == Moderate),
            clause(Reason::SevereStableStepDown, |f| {
                f.severity == Severe && f.stable_step_down
            }),
            // history is `stepping_down` or `outpatient_not_enough`, and severity is `mild` or worse
            clause(Reason::SteppingDownWithNeeds, |f| {
                f.a.history == Some(History::SteppingDown) && f.severity >= Mild
            }),
            clause(Reason::OutpatientNotEnough, |f| {
                f.a.history == Some(History::OutpatientNotEnough) && f.severity >= Mild
            }),
            // severity `mild` and (support `none` or `risky_home` or history `relapsed`)
            clause(Reason::MildNoSupport, |f| {
                f.severity == Mild && f.a.support == Some(Support::None)
            }),
            clause(Reason::MildRiskyHome, |f| {
                f.severity == Mild && f.risky_home
            }),
            clause(Reason::MildRelapsed, |f| {
                f.severity == Mild && f.a.history == Some(History::Relapsed)
            }),
            clause(Reason::PregnantUsingOften, |f| {
                f.medical(Medical::Pregnant) && f.recent && f.uses_often
            }),
        ],
    },
    Rule {
        number: 6,
        level: Level::Outpatient,
        clauses: &[
            clause(Reason::Mild, |f| f.severity == Mild),
            // history `stepping_down` or `relapsed`
            clause(Reason::SteppingDown, |f| {
                f.a.history == Some(History::SteppingDown)
            }),
            clause(Reason::Relapsed, |f| f.a.history == Some(History::Relapsed)),
            clause(Reason::PregnantRecentUse, |f| {
                f.medical(Medical::Pregnant) && f.recent
            }),
            clause(Reason::OpioidsOften, |f| f.opioids && f.uses_often),
            clause(Reason::DepressantOften, |f| f.depressant && f.uses_often),
        ],
    },
];

ids! {
    /// A note on the result: advice that never changes the level.
    pub enum Note {
        /// Schedule hard or evenings only, with IOP or PHP.
        FlexibleSchedules = "flexible_schedules",
        /// Must keep working or studying, with inpatient, PHP or detox.
        MedicalLeave = "medical_leave",
        /// Under 18.
        Teen = "teen",
        /// Still thinking or unsure.
        FirstCallCommitsNothing = "first_call_commits_nothing",
        /// Eating concerns.
        EatingDisorderCare = "eating_disorder_care",
        /// Substance and mental-health needs together.
        CoOccurring = "co_occurring",
        /// Pregnant.
        Pregnancy = "pregnancy",
        /// Pregnant and using opioids.
        PregnancyOpioids = "pregnancy_opioids",
        /// Alcohol or sedatives most days.
        DontStopSuddenly = "dont_stop_suddenly",
        /// Severe withdrawal in the past, using less than weekly now.
        PastSevereWithdrawal = "past_severe_withdrawal",
        /// Opioids or a recent overdose.
        OverdoseSafety = "overdose_safety",
        /// Opioids with alcohol or sedatives.
        MixingRisk = "mixing_risk",
        /// Opioids.
        AskAboutMedication = "ask_about_medication",
        /// Someone at home uses, with IOP or below.
        SoberLiving = "sober_living",
        /// Home not safe.
        UnsafeHome = "unsafe_home",
        /// Health not under control.
        SeeADoctor = "see_a_doctor",
    }
}

/// The result of the screening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The suggested level.
    pub level: Level,
    /// For `detox`: the level that usually follows. `None` for every other level.
    pub then: Option<Level>,
    /// Every matched clause, the deciding rule's first, then the others in
    /// rule order; never empty.
    pub reasons: Vec<Reason>,
    /// The notes that apply, in the spec's order.
    pub notes: Vec<Note>,
}

impl Assessment {
    /// The level of ongoing care: `then` for detox, else the level.
    pub fn care(&self) -> Level {
        self.then.unwrap_or(self.level)
    }
}

/// The answers are not complete: this question still needs an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Incomplete(pub QuestionId);

/// Applies the policy to the answers. Answers to questions that do not apply
/// are ignored; an unanswered question that applies is an error, so no
/// result is ever given from partial answers.
pub fn assess(answers: &Answers) -> Result<Assessment, Incomplete> {
    if let Some(q) = answers.next_unanswered() {
        return Err(Incomplete(q));
    }
    let f = Facts::derive(answers);
    let matched: Vec<(usize, Reason)> = POLICY
        .iter()
        .enumerate()
        .flat_map(|(i, rule)| rule.clauses.iter().map(move |c| (i, c)))
        .filter(|(_, c)| (c.holds)(&f))
        .map(|(i, c)| (i, c.reason))
        .collect();

    let first_from = |from: usize| {
        matched
            .iter()
            .find(|(i, _)| *i >= from)
            .map_or(Level::Support, |(i, _)| POLICY[*i].level)
    };
    let level = first_from(0);
    // `then`: the level rules 3–7 give for the same answers, at least outpatient.
    let then = (level == Level::Detox).then(|| first_from(2).max(Level::Outpatient));

    let mut reasons: Vec<Reason> = Vec::with_capacity(matched.len().max(1));
    reasons.extend(
        matched
            .iter()
            .filter(|(i, _)| POLICY[*i].level == level)
            .map(|&(_, r)| r),
    );
    reasons.extend(
        matched
            .iter()
            .filter(|(i, _)| POLICY[*i].level != level)
            .map(|&(_, r)| r),
    );
    if reasons.is_empty() {
        reasons.push(Reason::NothingPointsToProgram);
    }

    let notes = notes(&f, level, then);
    Ok(Assessment {
        level,
        then,
        reasons,
        notes,
    })
}

/// The spec's notes, in its order. A note keyed to levels applies to a detox
/// result when either `detox` or its `then` level is listed.
fn notes(f: &Facts, level: Level, then: Option<Level>) -> Vec<Note> {
    let at =
        |levels: &[Level]| levels.contains(&level) || then.is_some_and(|t| levels.contains(&t));
    let a = &f.a;
    let has = |s: Substance| a.substances.contains(s);
    let iop_or_below = [Level::Iop, Level::Outpatient, Level::Support];
    let list = [
        (
            Note::FlexibleSchedules,
            matches!(a.schedule, Some(Schedule::Hard | Schedule::Evenings))
                && at(&[Level::Iop, Level::Php]),
        ),
        (
            Note::MedicalLeave,
            a.obligations == Some(Obligations::Yes)
                && at(&[Level::Inpatient, Level::Php, Level::Detox]),
        ),
        (Note::Teen, a.age == Some(Age::Teen)),
        (
            Note::FirstCallCommitsNothing,
            matches!(a.readiness, Some(Readiness::Thinking | Readiness::Unsure)),
        ),
        (Note::EatingDisorderCare, a.focus == Some(Focus::Eating)),
        (Note::CoOccurring, f.sub >= Mild && f.mh >= Mild),
        (Note::Pregnancy, f.medical(Medical::Pregnant)),
        (
            Note::PregnancyOpioids,
            f.medical(Medical::Pregnant) && has(Substance::Opioids),
        ),
        (Note::DontStopSuddenly, f.depressant && f.uses_often),
        (
            Note::PastSevereWithdrawal,
            f.w == W::Severe && a.frequency == Some(Frequency::LessThanWeekly),
        ),
        (
            Note::OverdoseSafety,
            has(Substance::Opioids) || f.medical(Medical::RecentOverdose),
        ),
        (Note::MixingRisk, has(Substance::Opioids) && f.depressant),
        (Note::AskAboutMedication, has(Substance::Opioids)),
        (
            Note::SoberLiving,
            a.home == Some(Home::OthersUse) && at(&iop_or_below),
        ),
        (Note::UnsafeHome, a.home == Some(Home::Unsafe)),
        (Note::SeeADoctor, f.medical(Medical::Unstable)),
    ];
    list.iter().filter(|(_, on)| *on).map(|&(n, _)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::{assess, Level, Note, Reason};
    use crate::engine::questions::*;
    use crate::engine::{Choice, Set};
    use Level::{Crisis, Detox, Inpatient, Iop, Outpatient, Php};

    /// Nothing points anywhere: no substance, no symptoms, a safe home.
    fn calm() -> Answers {
        Answers {
            safety: Some(Safety::No),
            age: Some(Age::Adult),
            focus: Some(Focus::Unsure),
            substances: Set::try_from_options(&[Substance::None]).unwrap(),
            medical: Set::try_from_options(&[Medical::None]).unwrap(),
            mental_health: Some(MentalHealth::NotAtAll),
            home: Some(Home::Supportive),
            support: Some(Support::Strong),
            history: Some(History::None),
            obligations: Some(Obligations::No),
            schedule: Some(Schedule::Yes),
            readiness: Some(Readiness::Ready),
            ..Answers::default()
        }
    }

    /// `calm()` plus substance use: `impact` items ticked (0 = "none").
    fn using(subs: &[Substance], f: Frequency, w: Withdrawal, impact: usize) -> Answers {
        let items: Vec<Impact> = if impact == 0 {
            vec![Impact::None]
        } else {
            Impact::ALL[..impact].to_vec()
        };
        Answers {
            substances: Set::try_from_options(subs).unwrap(),
            frequency: Some(f),
            withdrawal: (f != Frequency::NotPastMonth).then_some(w),
            impact: Set::try_from_options(&items).unwrap(),
            ..calm()
        }
    }

    fn medical(a: Answers, m: &[Medical]) -> Answers {
        Answers {
            medical: Set::try_from_options(m).unwrap(),
            ..a
        }
    }

    /// Severity from mental health alone: somewhat = mild, a_lot = moderate,
    /// overwhelming = severe.
    fn feeling(mh: MentalHealth) -> Answers {
        Answers {
            mental_health: Some(mh),
            ..calm()
        }
    }

    fn check(name: &str, a: Answers, level: Level, then: Option<Level>, first: Reason) {
        let r = assess(&a).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!((r.level, r.then), (level, then), "{name}: {r:?}");
        assert_eq!(r.reasons[0], first, "{name}: {r:?}");
    }

    use Frequency::*;
    use MentalHealth as Mh;
    use Substance as S;
    use Withdrawal as Wd;

    #[test]
    fn rule_1_crisis() {
        let a = Answers {
            safety: Some(Safety::Plan),
            ..Answers::default()
        };
        check("plan", a, Crisis, None, Reason::SafetyPlan);
        assert_eq!(assess(&a).unwrap().notes, []);
    }

    #[test]
    fn rule_2_detox_each_clause_alone() {
        check(
            "2a severe withdrawal, weekly cannabis",
            using(&[S::Cannabis], Weekly, Wd::Severe, 0),
            Detox,
            Some(Outpatient),
            Reason::SevereWithdrawalRegularUse,
        );
        check(
            "2b alcohol, strong withdrawal, less than weekly",
            using(&[S::Alcohol], LessThanWeekly, Wd::Strong, 0),
            Detox,
            Some(Outpatient),
            Reason::DepressantStrongWithdrawal,
        );
        check(
            "2c sedatives most days, not sure",
            using(&[S::Sedatives], MostDays, Wd::NotSure, 0),
            Detox,
            Some(Outpatient),
            Reason::DepressantOftenWithdrawal,
        );
        check(
            "2d opioids daily, strong withdrawal",
            using(&[S::Opioids], Daily, Wd::Strong, 0),
            Detox,
            Some(Outpatient),
            Reason::OpioidOftenStrongWithdrawal,
        );
        check(
            "2e pregnant, drinking most days, no withdrawal",
            medical(
                using(&[S::Alcohol], MostDays, Wd::None, 0),
                &[Medical::Pregnant],
            ),
            Detox,
            Some(Iop),
            Reason::PregnantDepressantOften,
        );
    }

    #[test]
    fn rule_2_near_misses_are_not_detox() {
        for (name, a) in [
            (
                "2a needs weekly use",
                using(&[S::Cannabis], LessThanWeekly, Wd::Severe, 0),
            ),
            (
                "2c needs most days",
                using(&[S::Alcohol], Weekly, Wd::Mild, 0),
            ),
            (
                "2d needs strong, not mild",
                using(&[S::Opioids], Daily, Wd::Mild, 0),
            ),
            (
                "pregnancy with opioids is not a detox trigger",
                medical(
                    using(&[S::Opioids], Daily, Wd::None, 0),
                    &[Medical::Pregnant],
                ),
            ),
            (
                "withdrawal hidden when not used this month",
                using(&[S::Alcohol], NotPastMonth, Wd::Severe, 0),
            ),
        ] {
            assert_ne!(assess(&a).unwrap().level, Detox, "{name}");
        }
    }

    #[test]
    fn detox_then_is_the_next_rule_and_at_least_outpatient() {
        let a = using(&[S::Alcohol], Daily, Wd::Strong, 7);
        check(
            "then inpatient",
            Answers {
                support: Some(Support::None),
                ..a
            },
            Detox,
            Some(Inpatient),
            Reason::DepressantStrongWithdrawal,
        );
        check(
            "then php",
            a,
            Detox,
            Some(Php),
            Reason::DepressantStrongWithdrawal,
        );
        check(
            "then iop",
            using(&[S::Alcohol], Daily, Wd::Strong, 3),
            Detox,
            Some(Iop),
            Reason::DepressantStrongWithdrawal,
        );
    }

    #[test]
    fn rule_3_inpatient_each_clause_alone() {
        let mild = feeling(Mh::Somewhat);
        check(
            "overdose",
            medical(calm(), &[Medical::RecentOverdose]),
            Inpatient,
            None,
            Reason::RecentOverdose,
        );
        check(
            "unstable, mild",
            medical(mild, &[Medical::Unstable]),
            Inpatient,
            None,
            Reason::MedicalUnstable,
        );
        check(
            "unsafe home, mild",
            Answers {
                home: Some(Home::Unsafe),
                ..mild
            },
            Inpatient,
            None,
            Reason::HomeUnsafe,
        );
        check(
            "overwhelming",
            feeling(Mh::Overwhelming),
            Inpatient,
            None,
            Reason::MentalHealthOverwhelming,
        );
        let thoughts = Answers {
            safety: Some(Safety::Thoughts),
            ..calm()
        };
        check(
            "thoughts, no support",
            Answers {
                support: Some(Support::None),
                ..thoughts
            },
            Inpatient,
            None,
            Reason::ThoughtsNoSupport,
        );
        check(
            "thoughts, others use",
            Answers {
                home: Some(Home::OthersUse),
                ..thoughts
            },
            Inpatient,
            None,
            Reason::ThoughtsHomeNotSupportive,
        );
        let severe = using(&[S::Stimulants], Weekly, Wd::None, 6);
        check(
            "severe, relapsed",
            Answers {
                history: Some(History::Relapsed),
                ..severe
            },
            Inpatient,
            None,
            Reason::SevereRelapsed,
        );
        check(
            "severe, no support",
            Answers {
                support: Some(Support::None),
                ..severe
            },
            Inpatient,
            None,
            Reason::SevereNoSupport,
        );
        check(
            "severe, others use",
            Answers {
                home: Some(Home::OthersUse),
                ..severe
            },
            Inpatient,
            None,
            Reason::SevereRiskyHome,
        );
    }

    #[test]
    fn unstable_health_or_unsafe_home_without_severity_is_not_inpatient() {
        assert_eq!(
            assess(&medical(calm(), &[Medical::Unstable]))
                .unwrap()
                .level,
            Level::Support
        );
        assert_eq!(
            assess(&Answers {
                home: Some(Home::Unsafe),
                ..calm()
            })
            .unwrap()
            .level,
            Level::Support
        );
    }

    #[test]
    fn rule_4_php_each_clause_alone() {
        check(
            "thoughts",
            Answers {
                safety: Some(Safety::Thoughts),
                ..calm()
            },
            Php,
            None,
            Reason::SafetyThoughts,
        );
        check(
            "severe",
            using(&[S::Cannabis], Weekly, Wd::None, 6),
            Php,
            None,
            Reason::Severe,
        );
        check(
            "a lot, no support",
            Answers {
                support: Some(Support::None),
                ..feeling(Mh::ALot)
            },
            Php,
            None,
            Reason::MentalHealthALotNoSupport,
        );
        let moderate = using(&[S::Cannabis], Weekly, Wd::None, 4);
        check(
            "moderate, others use",
            Answers {
                home: Some(Home::OthersUse),
                ..moderate
            },
            Php,
            None,
            Reason::ModerateRiskyHome,
        );
        check(
            "moderate, no support",
            Answers {
                support: Some(Support::None),
                ..moderate
            },
            Php,
            None,
            Reason::ModerateNoSupport,
        );
        check(
            "moderate, relapsed",
            Answers {
                history: Some(History::Relapsed),
                ..moderate
            },
            Php,
            None,
            Reason::ModerateRelapsed,
        );
    }

    #[test]
    fn rule_5_iop_each_clause_alone() {
        check("moderate", feeling(Mh::ALot), Iop, None, Reason::Moderate);
        let step_down = Answers {
            history: Some(History::SteppingDown),
            ..calm()
        };
        check(
            "severe stable step-down",
            Answers {
                ..using(&[S::Cannabis], Weekly, Wd::None, 6)
            }
            .with_history(History::SteppingDown),
            Iop,
            None,
            Reason::SevereStableStepDown,
        );
        check(
            "stepping down, mild",
            Answers {
                mental_health: Some(Mh::Somewhat),
                ..step_down
            },
            Iop,
            None,
            Reason::SteppingDownWithNeeds,
        );
        check(
            "outpatient not enough, mild",
            Answers {
                history: Some(History::OutpatientNotEnough),
                ..feeling(Mh::Somewhat)
            },
            Iop,
            None,
            Reason::OutpatientNotEnough,
        );
        let mild = using(&[S::Cannabis], Weekly, Wd::None, 2);
        check(
            "mild, no support",
            Answers {
                support: Some(Support::None),
                ..mild
            },
            Iop,
            None,
            Reason::MildNoSupport,
        );
        check(
            "mild, others use",
            Answers {
                home: Some(Home::OthersUse),
                ..mild
            },
            Iop,
            None,
            Reason::MildRiskyHome,
        );
        check(
            "mild, relapsed",
            Answers {
                history: Some(History::Relapsed),
                ..mild
            },
            Iop,
            None,
            Reason::MildRelapsed,
        );
        check(
            "pregnant, opioids daily",
            medical(
                using(&[S::Opioids], Daily, Wd::None, 0),
                &[Medical::Pregnant],
            ),
            Iop,
            None,
            Reason::PregnantUsingOften,
        );
    }

    #[test]
    fn rule_6_outpatient_each_clause_alone() {
        check(
            "mild",
            feeling(Mh::Somewhat),
            Outpatient,
            None,
            Reason::Mild,
        );
        check(
            "stepping down",
            calm().with_history(History::SteppingDown),
            Outpatient,
            None,
            Reason::SteppingDown,
        );
        check(
            "relapsed",
            calm().with_history(History::Relapsed),
            Outpatient,
            None,
            Reason::Relapsed,
        );
        check(
            "pregnant, used this month",
            medical(
                using(&[S::Cannabis], LessThanWeekly, Wd::None, 0),
                &[Medical::Pregnant],
            ),
            Outpatient,
            None,
            Reason::PregnantRecentUse,
        );
        check(
            "opioids most days",
            using(&[S::Opioids], MostDays, Wd::None, 0),
            Outpatient,
            None,
            Reason::OpioidsOften,
        );
        check(
            "alcohol most days",
            using(&[S::Alcohol], MostDays, Wd::None, 0),
            Outpatient,
            None,
            Reason::DepressantOften,
        );
    }

    #[test]
    fn rule_7_support() {
        let r = assess(&calm()).unwrap();
        assert_eq!(
            (r.level, r.reasons),
            (Level::Support, vec![Reason::NothingPointsToProgram])
        );
        let r = assess(&using(&[S::Cannabis], Weekly, Wd::None, 1)).unwrap();
        assert_eq!(r.level, Level::Support, "one impact item is severity none");
    }

    #[test]
    fn reasons_list_the_deciding_rule_first_then_the_others_in_order() {
        let a = Answers {
            safety: Some(Safety::Thoughts),
            support: Some(Support::None),
            ..feeling(Mh::ALot)
        };
        let r = assess(&a).unwrap();
        assert_eq!(
            r.reasons,
            [
                Reason::ThoughtsNoSupport,
                Reason::SafetyThoughts,
                Reason::MentalHealthALotNoSupport,
                Reason::ModerateNoSupport,
                Reason::Moderate,
            ]
        );
    }

    fn notes_for(a: Answers) -> Vec<Note> {
        assess(&a).unwrap().notes
    }

    #[test]
    fn each_note_and_its_condition() {
        let iop = feeling(Mh::ALot);
        let php = Answers {
            safety: Some(Safety::Thoughts),
            ..calm()
        };
        assert!(notes_for(Answers {
            schedule: Some(Schedule::Hard),
            ..iop
        })
        .contains(&Note::FlexibleSchedules));
        assert!(notes_for(Answers {
            schedule: Some(Schedule::Evenings),
            ..php
        })
        .contains(&Note::FlexibleSchedules));
        assert!(!notes_for(Answers {
            schedule: Some(Schedule::Hard),
            ..feeling(Mh::Somewhat)
        })
        .contains(&Note::FlexibleSchedules));
        assert!(notes_for(Answers {
            obligations: Some(Obligations::Yes),
            ..php
        })
        .contains(&Note::MedicalLeave));
        assert!(!notes_for(Answers {
            obligations: Some(Obligations::Yes),
            ..iop
        })
        .contains(&Note::MedicalLeave));
        let detox = using(&[S::Alcohol], Daily, Wd::Strong, 0);
        assert!(notes_for(Answers {
            obligations: Some(Obligations::Yes),
            ..detox
        })
        .contains(&Note::MedicalLeave));
        assert_eq!(
            notes_for(Answers {
                age: Some(Age::Teen),
                ..calm()
            }),
            [Note::Teen]
        );
        assert_eq!(
            notes_for(Answers {
                readiness: Some(Readiness::Thinking),
                ..calm()
            }),
            [Note::FirstCallCommitsNothing]
        );
        assert_eq!(
            notes_for(Answers {
                readiness: Some(Readiness::Unsure),
                ..calm()
            }),
            [Note::FirstCallCommitsNothing]
        );
        assert_eq!(
            notes_for(Answers {
                focus: Some(Focus::Eating),
                ..calm()
            }),
            [Note::EatingDisorderCare]
        );
        let both = Answers {
            mental_health: Some(Mh::Somewhat),
            ..using(&[S::Cannabis], Weekly, Wd::None, 2)
        };
        assert_eq!(notes_for(both), [Note::CoOccurring]);
        assert_eq!(
            notes_for(medical(calm(), &[Medical::Pregnant])),
            [Note::Pregnancy]
        );
        let pregnant_opioids = medical(
            using(&[S::Opioids], Weekly, Wd::None, 0),
            &[Medical::Pregnant],
        );
        assert_eq!(
            notes_for(pregnant_opioids),
            [
                Note::Pregnancy,
                Note::PregnancyOpioids,
                Note::OverdoseSafety,
                Note::AskAboutMedication
            ]
        );
        assert_eq!(
            notes_for(using(&[S::Alcohol], MostDays, Wd::None, 0)),
            [Note::DontStopSuddenly]
        );
        assert!(
            notes_for(using(&[S::Cannabis], LessThanWeekly, Wd::Severe, 0))
                .contains(&Note::PastSevereWithdrawal)
        );
        assert_eq!(
            notes_for(medical(feeling(Mh::Somewhat), &[Medical::RecentOverdose])),
            [Note::OverdoseSafety]
        );
        assert_eq!(
            notes_for(using(&[S::Opioids, S::Sedatives], Weekly, Wd::None, 0)),
            [
                Note::OverdoseSafety,
                Note::MixingRisk,
                Note::AskAboutMedication
            ]
        );
        assert_eq!(
            notes_for(Answers {
                home: Some(Home::OthersUse),
                ..calm()
            }),
            [Note::SoberLiving]
        );
        assert!(!notes_for(Answers {
            home: Some(Home::OthersUse),
            ..php
        })
        .contains(&Note::SoberLiving));
        let detox_then_iop = Answers {
            home: Some(Home::OthersUse),
            ..using(&[S::Alcohol], Daily, Wd::Strong, 2)
        };
        assert!(notes_for(detox_then_iop).contains(&Note::SoberLiving));
        assert_eq!(
            notes_for(Answers {
                home: Some(Home::Unsafe),
                ..calm()
            }),
            [Note::UnsafeHome]
        );
        assert_eq!(
            notes_for(medical(calm(), &[Medical::Unstable])),
            [Note::SeeADoctor]
        );
    }

    impl Answers {
        fn with_history(self, h: History) -> Answers {
            Answers {
                history: Some(h),
                ..self
            }
        }
    }
}
