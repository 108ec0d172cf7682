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

    /// The levels of ongoing care, least to most intensive (no crisis or
    /// detox: those come before ongoing care).
    pub const CARE: [Level; 5] = [
        Level::Support,
        Level::Outpatient,
        Level::Iop,
        Level::Php,
        Level::Inpatient,
    ];

    /// The next level of ongoing care with more support; `None` above
    /// inpatient, and for crisis and detox.
    pub fn up(self) -> Option<Level> {
        let i = Level::CARE.iter().position(|&l| l == self)?;
        Level::CARE.get(i + 1).copied()
    }

    /// The next level of ongoing care with less support; `None` below
    /// support, and for crisis and detox.
    pub fn down(self) -> Option<Level> {
        let i = Level::CARE.iter().position(|&l| l == self)?;
        i.checked_sub(1).map(|d| Level::CARE[d])
    }
}

ids! {
    /// One reason on the result: a matched clause of the policy, or why the
    /// `setting` or the `medicine` is what it is. Ids name the answers,
    /// never a level.
    pub enum Reason {
        // 1. crisis
        /// Safety `plan`.
        SafetyPlan = "safety_plan",
        // 2. detox (each also needs `recent`)
        /// 2a. `w` severe, use weekly or more (any substance).
        SevereWithdrawalRegularUse = "severe_withdrawal_regular_use",
        /// 2b. Alcohol or sedatives, `w` strong or severe.
        DepressantStrongWithdrawal = "depressant_strong_withdrawal",
        /// 2c. Alcohol or sedatives most days, mild withdrawal (or not sure).
        DepressantOftenWithdrawal = "depressant_often_withdrawal",
        /// 2d. Alcohol or sedatives most days, never stopped.
        DepressantOftenNeverStopped = "depressant_often_never_stopped",
        /// 2e. Alcohol most days, 10 or more drinks a day.
        HeavyDrinkingOften = "heavy_drinking_often",
        /// 2f. `other` drugs most days, strong withdrawal.
        OtherOftenStrongWithdrawal = "other_often_strong_withdrawal",
        /// 2g. Pregnant, alcohol or sedatives most days.
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
        /// Severe, and nobody supporting recovery.
        SevereNoSupport = "severe_no_support",
        /// Severe, and someone at home uses.
        SevereRiskyHome = "severe_risky_home",
        /// Severe, and use or symptoms came back after treatment (not while
        /// stepping down with no use this month).
        SevereRelapsed = "severe_relapsed",
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
        /// Moderate, not mental-health needs alone.
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
        /// Pregnant and using most days.
        PregnantUsingOften = "pregnant_using_often",
        /// Pregnant, using, and use or symptoms came back after treatment.
        PregnantRelapsed = "pregnant_relapsed",
        // 6. outpatient
        /// Mild.
        Mild = "mild",
        /// Feelings get in the way a lot, with nothing else pointing higher.
        MentalHealthAlone = "mental_health_alone",
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
        /// Medicine for opioid use goes with regular visits.
        MedicineVisits = "medicine_visits",
        // 7. support
        /// No answer pointed to a program now.
        NothingPointsToProgram = "nothing_points_to_program",
        // The setting of withdrawal care (detox only): the first answer that
        // made it a facility, or that none did.
        /// Seizures, hallucinations or confusion after stopping.
        FacilitySevereWithdrawal = "facility_severe_withdrawal",
        /// Pregnant.
        FacilityPregnant = "facility_pregnant",
        /// Health not under control.
        FacilityMedicalUnstable = "facility_medical_unstable",
        /// An overdose in the past month.
        FacilityRecentOverdose = "facility_recent_overdose",
        /// Thoughts of harm.
        FacilityThoughts = "facility_thoughts",
        /// Cannot manage basic needs.
        FacilityMentalHealthOverwhelming = "facility_mental_health_overwhelming",
        /// Home not safe.
        FacilityHomeUnsafe = "facility_home_unsafe",
        /// Nobody supporting recovery.
        FacilityNoSupport = "facility_no_support",
        /// Four or more withdrawal risks (`wm_count`).
        FacilityWithdrawalRisks = "facility_withdrawal_risks",
        /// The care that follows is itself residential.
        FacilityThenInpatient = "facility_then_inpatient",
        /// Nothing pointed to a facility.
        ClinicNothingPointsToFacility = "clinic_nothing_points_to_facility",
        // Medicine for opioid use: the first answer that set it.
        /// Takes methadone or buprenorphine from a clinic or doctor.
        MedicineOnMoud = "medicine_on_moud",
        /// Opioids most days.
        MedicineOpioidsOften = "medicine_opioids_often",
        /// Opioids, with moderate or severe substance-use severity.
        MedicineOpioidSeverity = "medicine_opioid_severity",
        /// Opioids and an overdose in the past month.
        MedicineRecentOverdose = "medicine_recent_overdose",
        /// Opioids, stepping down from more intensive care.
        MedicineSteppingDown = "medicine_stepping_down",
    }
}

/// One clause of a rule: the reason it gives and when it holds.
pub struct Clause {
    /// The reason shown when the clause holds.
    pub reason: Reason,
    /// The clause in words, as in the spec (for `docs/rules.md`). Not in
    /// the WebAssembly build, which never shows it.
    #[cfg(not(target_arch = "wasm32"))]
    pub words: &'static str,
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

#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
const fn clause(reason: Reason, words: &'static str, holds: fn(&Facts) -> bool) -> Clause {
    Clause {
        reason,
        #[cfg(not(target_arch = "wasm32"))]
        words,
        holds,
    }
}

/// The rule number whose level is `detox`; `then` is read from the rules
/// after it.
const DETOX_RULE: u8 = 2;

/// The policy, rules 1–6 in the spec's order; rule 7 (`support`) is
/// "everything else". The first rule with a clause that holds decides.
/// A clause of the spec that says "X and (A or B)" is split into one clause
/// per alternative, so each reason can say exactly which answer it means.
pub static POLICY: [Rule; 6] = [
    Rule {
        number: 1,
        level: Level::Crisis,
        clauses: &[clause(Reason::SafetyPlan, "safety is `plan`", |f| {
            f.a.safety == Some(Safety::Plan)
        })],
    },
    Rule {
        number: DETOX_RULE,
        level: Level::Detox,
        clauses: &[
            clause(
                Reason::SevereWithdrawalRegularUse,
                "a. `recent`, `w` is `severe` and frequency is `weekly`, `most_days` or `daily` (any substance)",
                |f| {
                    f.recent
                        && f.w == W::Severe
                        && f.frequency_in(&[Frequency::Weekly, Frequency::MostDays, Frequency::Daily])
                },
            ),
            clause(
                Reason::DepressantStrongWithdrawal,
                "b. `recent`, `depressant` and `w` is `strong` or `severe`",
                |f| f.recent && f.depressant && f.w.symptom() >= 2,
            ),
            clause(
                Reason::DepressantOftenWithdrawal,
                "c. `recent`, `depressant`, `uses_often` and `w` is `mild` (this includes `not_sure`)",
                |f| f.recent && f.depressant && f.uses_often && f.w == W::Mild,
            ),
            clause(
                Reason::DepressantOftenNeverStopped,
                "d. `recent`, `depressant`, `uses_often` and `w` is `never_stopped`",
                |f| f.recent && f.depressant && f.uses_often && f.w == W::NeverStopped,
            ),
            clause(
                Reason::HeavyDrinkingOften,
                "e. `recent`, alcohol used, `uses_often` and `drinks` is `d10_plus` (whatever the withdrawal answer)",
                |f| f.recent && f.alcohol && f.uses_often && f.drinks == Some(Amount::D10Plus),
            ),
            clause(
                Reason::OtherOftenStrongWithdrawal,
                "f. `recent`, `other` used, `uses_often` and `w` is `strong`",
                |f| f.recent && f.other && f.uses_often && f.w == W::Strong,
            ),
            clause(
                Reason::PregnantDepressantOften,
                "g. `recent`, `pregnant`, `uses_often` and `depressant`",
                |f| f.recent && f.medical(Medical::Pregnant) && f.uses_often && f.depressant,
            ),
        ],
    },
    Rule {
        number: 3,
        level: Level::Inpatient,
        clauses: &[
            clause(Reason::RecentOverdose, "medical `recent_overdose`", |f| {
                f.medical(Medical::RecentOverdose)
            }),
            clause(
                Reason::MedicalUnstable,
                "medical `unstable` and severity `mild` or worse",
                |f| f.medical(Medical::Unstable) && f.severity >= Mild,
            ),
            clause(
                Reason::HomeUnsafe,
                "home `unsafe` and severity `mild` or worse",
                |f| f.a.home == Some(Home::Unsafe) && f.severity >= Mild,
            ),
            clause(
                Reason::MentalHealthOverwhelming,
                "mental_health `overwhelming`",
                |f| f.a.mental_health == Some(MentalHealth::Overwhelming),
            ),
            clause(
                Reason::ThoughtsNoSupport,
                "safety `thoughts` and support `none`",
                |f| f.a.safety == Some(Safety::Thoughts) && f.a.support == Some(Support::None),
            ),
            clause(
                Reason::ThoughtsHomeNotSupportive,
                "safety `thoughts` and home not `supportive`",
                |f| {
                    f.a.safety == Some(Safety::Thoughts)
                        && matches!(f.a.home, Some(h) if h != Home::Supportive)
                },
            ),
            clause(
                Reason::SevereNoSupport,
                "severity `severe` and support `none`",
                |f| f.severity == Severe && f.a.support == Some(Support::None),
            ),
            clause(
                Reason::SevereRiskyHome,
                "severity `severe` and `risky_home`",
                |f| f.severity == Severe && f.risky_home,
            ),
            clause(
                Reason::SevereRelapsed,
                "severity `severe`, `relapsed`, and not (`stepping_down` and not `recent`)",
                |f| {
                    let stepping_down_without_use = f.history(History::SteppingDown) && !f.recent;
                    f.severity == Severe && f.history(History::Relapsed) && !stepping_down_without_use
                },
            ),
        ],
    },
    Rule {
        number: 4,
        level: Level::Php,
        clauses: &[
            clause(Reason::SafetyThoughts, "safety `thoughts`", |f| {
                f.a.safety == Some(Safety::Thoughts)
            }),
            clause(
                Reason::Severe,
                "severity `severe` and not `stable_step_down`",
                |f| f.severity == Severe && !f.stable_step_down,
            ),
            clause(
                Reason::MentalHealthALotNoSupport,
                "mental_health `a_lot` and support `none`",
                |f| {
                    f.a.mental_health == Some(MentalHealth::ALot)
                        && f.a.support == Some(Support::None)
                },
            ),
            clause(
                Reason::ModerateRiskyHome,
                "severity `moderate` and `risky_home`",
                |f| f.severity == Moderate && f.risky_home,
            ),
            clause(
                Reason::ModerateNoSupport,
                "severity `moderate` and support `none`",
                |f| f.severity == Moderate && f.a.support == Some(Support::None),
            ),
            clause(
                Reason::ModerateRelapsed,
                "severity `moderate` and `relapsed`",
                |f| f.severity == Moderate && f.history(History::Relapsed),
            ),
        ],
    },
    Rule {
        number: 5,
        level: Level::Iop,
        clauses: &[
            clause(
                Reason::Moderate,
                "severity `moderate`, unless `mh_alone`",
                |f| f.severity == Moderate && !f.mh_alone,
            ),
            clause(
                Reason::SevereStableStepDown,
                "severity `severe` (a stable step-down)",
                |f| f.severity == Severe && f.stable_step_down,
            ),
            clause(
                Reason::SteppingDownWithNeeds,
                "`stepping_down` and severity `mild` or worse",
                |f| f.history(History::SteppingDown) && f.severity >= Mild,
            ),
            clause(
                Reason::OutpatientNotEnough,
                "`outpatient_not_enough` and severity `mild` or worse",
                |f| f.history(History::OutpatientNotEnough) && f.severity >= Mild,
            ),
            clause(
                Reason::MildNoSupport,
                "severity `mild` and support `none`",
                |f| f.severity == Mild && f.a.support == Some(Support::None),
            ),
            clause(
                Reason::MildRiskyHome,
                "severity `mild` and `risky_home`",
                |f| f.severity == Mild && f.risky_home,
            ),
            clause(
                Reason::PregnantUsingOften,
                "`pregnant`, `recent` and `uses_often`",
                |f| f.medical(Medical::Pregnant) && f.recent && f.uses_often,
            ),
            clause(
                Reason::PregnantRelapsed,
                "`pregnant`, `used` and `relapsed`",
                |f| f.medical(Medical::Pregnant) && f.used && f.history(History::Relapsed),
            ),
        ],
    },
    Rule {
        number: 6,
        level: Level::Outpatient,
        clauses: &[
            clause(Reason::Mild, "severity `mild`", |f| f.severity == Mild),
            clause(Reason::MentalHealthAlone, "`mh_alone`", |f| f.mh_alone),
            clause(Reason::SteppingDown, "`stepping_down`", |f| {
                f.history(History::SteppingDown)
            }),
            clause(Reason::Relapsed, "`relapsed`", |f| {
                f.history(History::Relapsed)
            }),
            clause(
                Reason::PregnantRecentUse,
                "`pregnant` and `recent`",
                |f| f.medical(Medical::Pregnant) && f.recent,
            ),
            clause(
                Reason::OpioidsOften,
                "opioids used and `uses_often`",
                |f| f.opioids && f.uses_often,
            ),
            clause(
                Reason::DepressantOften,
                "`depressant` and `uses_often`",
                |f| f.depressant && f.uses_often,
            ),
            clause(Reason::MedicineVisits, "`medicine` is `opioid`", |f| {
                f.medicine()
            }),
        ],
    },
];

/// The rule number of rule 7, "everything else" (`support`).
pub const SUPPORT_RULE: u8 = 7;

/// Where withdrawal care happens, for a `detox` result.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Setting {
    /// A clinic or doctor's office, living at home (ASAM 1.7 or 2.7).
    #[serde(rename = "clinic")]
    Clinic,
    /// A facility with nurses and doctors day and night (ASAM 3.7 or 4).
    #[serde(rename = "facility")]
    Facility,
}

impl Setting {
    /// The spec's id (the result's `data-setting`).
    pub fn id(self) -> &'static str {
        match self {
            Setting::Clinic => "clinic",
            Setting::Facility => "facility",
        }
    }
}

/// Medicine that goes with any level; not a level itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Medicine {
    /// Buprenorphine or methadone for opioid use.
    #[serde(rename = "opioid")]
    Opioid,
}

impl Medicine {
    /// The spec's id (the result's `data-medicine`).
    pub fn id(self) -> &'static str {
        match self {
            Medicine::Opioid => "opioid",
        }
    }
}

/// The closest ASAM Criteria (4th edition) level, for intake staff. Not an
/// ASAM assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Asam {
    /// Not a level: emergency or crisis services first.
    Crisis,
    /// No treatment level (1.0 remission monitoring for someone in recovery).
    None,
    /// 1.5 outpatient.
    L1_5,
    /// 1.7 medically managed outpatient (office-based medicine, opioid
    /// treatment program, withdrawal care at a clinic).
    L1_7,
    /// 2.1 intensive outpatient.
    L2_1,
    /// 2.5 high-intensity outpatient.
    L2_5,
    /// 2.7 medically managed intensive outpatient.
    L2_7,
    /// 3.1 or 3.5 clinically managed residential.
    L3_1Or3_5,
    /// 3.7 medically managed residential.
    L3_7,
    /// 3.7, or 4 in a hospital.
    L3_7Or4,
}

impl Asam {
    /// A short stable id ("1.7", "3.1-3.5", "none", "crisis"), for tests.
    pub fn id(self) -> &'static str {
        match self {
            Asam::Crisis => "crisis",
            Asam::None => "none",
            Asam::L1_5 => "1.5",
            Asam::L1_7 => "1.7",
            Asam::L2_1 => "2.1",
            Asam::L2_5 => "2.5",
            Asam::L2_7 => "2.7",
            Asam::L3_1Or3_5 => "3.1-3.5",
            Asam::L3_7 => "3.7",
            Asam::L3_7Or4 => "3.7-4",
        }
    }

    /// Every value, least to most intensive (crisis last).
    pub const ALL: &'static [Asam] = &[
        Asam::None,
        Asam::L1_5,
        Asam::L1_7,
        Asam::L2_1,
        Asam::L2_5,
        Asam::L2_7,
        Asam::L3_1Or3_5,
        Asam::L3_7,
        Asam::L3_7Or4,
        Asam::Crisis,
    ];
}

/// The ASAM line of a result: the level, and whether addiction medication
/// (dimension 1) goes with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AsamLine {
    /// The closest level.
    pub level: Asam,
    /// "+ addiction medication (dimension 1)" when `medicine` is set.
    pub medication: bool,
}

ids! {
    /// A note on the result: advice that never changes the level.
    pub enum Note {
        /// Schedule hard or evenings only, with IOP or PHP.
        FlexibleSchedules = "flexible_schedules",
        /// An adult who must keep working or studying, with inpatient, PHP or
        /// withdrawal care in a facility.
        MedicalLeave = "medical_leave",
        /// An adult who must keep working, with withdrawal care at a clinic.
        WorkDuringClinicDetox = "work_during_clinic_detox",
        /// Under 18.
        Teen = "teen",
        /// Under 18, with medicine for opioid use.
        TeenMedicine = "teen_medicine",
        /// Still thinking or unsure.
        FirstCallCommitsNothing = "first_call_commits_nothing",
        /// Eating concerns.
        EatingDisorderCare = "eating_disorder_care",
        /// Substance and mental-health needs together.
        CoOccurring = "co_occurring",
        /// Pregnant.
        Pregnancy = "pregnancy",
        /// Pregnant and using opioids, or taking methadone or buprenorphine.
        PregnancyOpioids = "pregnancy_opioids",
        /// Alcohol or sedatives most days, or 10 or more drinks a day.
        DontStopSuddenly = "dont_stop_suddenly",
        /// Sedatives most days: a slow taper.
        SedativeTaper = "sedative_taper",
        /// Severe withdrawal in the past, using less than weekly now.
        PastSevereWithdrawal = "past_severe_withdrawal",
        /// Opioids, methadone or buprenorphine, or a recent overdose.
        OverdoseSafety = "overdose_safety",
        /// Opioids with alcohol or sedatives.
        MixingRisk = "mixing_risk",
        /// Opioids, and medicine not suggested.
        AskAboutMedication = "ask_about_medication",
        /// Taking methadone or buprenorphine.
        KeepTakingMedicine = "keep_taking_medicine",
        /// Withdrawal care at a clinic, living at home.
        ClinicDetoxSafety = "clinic_detox_safety",
        /// Someone at home uses, with IOP or below, adult.
        SoberLiving = "sober_living",
        /// Home not safe.
        UnsafeHome = "unsafe_home",
        /// Health not under control.
        SeeADoctor = "see_a_doctor",
        // Answering for someone else (`who` `other`), never on a crisis result.
        /// How to talk with the person; CRAFT.
        CaregiverTalk = "caregiver_talk",
        /// Support for the one who cares: Al-Anon, Nar-Anon, SMART Family & Friends.
        CaregiverSupport = "caregiver_support",
        /// The person is an adult: they decide; how to help.
        CaregiverAdult = "caregiver_adult",
        /// The person is a teen: a parent or guardian can arrange care.
        CaregiverTeen = "caregiver_teen",
        /// The person does not want help now, or it is not known.
        CaregiverNotReady = "caregiver_not_ready",
        /// Opioids (also methadone or buprenorphine) or a recent overdose:
        /// overdose signs, naloxone, 911.
        CaregiverNaloxone = "caregiver_naloxone",
        // Teens (answering for themselves or answered for).
        /// A teen who must keep up school, with inpatient, PHP or detox.
        TeenSchool = "teen_school",
        /// A teen answering for themselves: privacy and who can help.
        TeenPrivacy = "teen_privacy",
    }
}

/// The result of the screening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The suggested level.
    pub level: Level,
    /// For `detox`: the level that usually follows. `None` for every other level.
    pub then: Option<Level>,
    /// For `detox`: where withdrawal care happens. `None` for every other level.
    pub setting: Option<Setting>,
    /// Medicine for opioid use, at any level but `crisis`.
    pub medicine: Option<Medicine>,
    /// The deciding rule's clauses, then the setting's and the medicine's
    /// reason, then every other matched clause in rule order; never empty.
    pub reasons: Vec<Reason>,
    /// How many of `reasons` come from the deciding rule (with the setting's
    /// and the medicine's reason): shown first, the rest under "Also".
    pub deciding: usize,
    /// The notes that apply, in the spec's order.
    pub notes: Vec<Note>,
    /// The closest ASAM 4th-edition level, for intake staff.
    pub asam: AsamLine,
}

impl Assessment {
    /// The level of ongoing care ("effective level"): `then` for detox,
    /// else the level.
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
    let matched: Vec<(&Rule, Reason)> = POLICY
        .iter()
        .flat_map(|rule| rule.clauses.iter().map(move |c| (rule, c)))
        .filter(|(_, c)| (c.holds)(&f))
        .map(|(rule, c)| (rule, c.reason))
        .collect();

    // The level of the first matching rule numbered `from` or later.
    let first_from = |from: u8| {
        matched
            .iter()
            .find(|(rule, _)| rule.number >= from)
            .map_or(Level::Support, |(rule, _)| rule.level)
    };
    let level = first_from(1);
    // `then`: the level rules 3–7 give for the same answers, at least outpatient.
    let then = (level == Level::Detox).then(|| first_from(DETOX_RULE + 1).max(Level::Outpatient));
    // The setting: `wm_facility` or `then` inpatient makes it a facility.
    let setting_reason = then.map(|then| {
        first(&SETTING, &f)
            .or((then == Level::Inpatient).then_some(Reason::FacilityThenInpatient))
            .unwrap_or(Reason::ClinicNothingPointsToFacility)
    });
    let setting = setting_reason.map(|r| match r {
        Reason::ClinicNothingPointsToFacility => Setting::Clinic,
        _ => Setting::Facility,
    });
    let medicine_reason = first(&MEDICINE, &f).filter(|_| level != Level::Crisis);
    let medicine = medicine_reason.map(|_| Medicine::Opioid);

    let mut reasons: Vec<Reason> = Vec::with_capacity(matched.len() + 2);
    reasons.extend(
        matched
            .iter()
            .filter(|(rule, _)| rule.level == level)
            .map(|&(_, r)| r),
    );
    if reasons.is_empty() {
        reasons.push(Reason::NothingPointsToProgram);
    }
    reasons.extend(setting_reason);
    reasons.extend(medicine_reason);
    let deciding = reasons.len();
    reasons.extend(
        matched
            .iter()
            .filter(|(rule, _)| rule.level != level)
            .map(|&(_, r)| r),
    );

    Ok(Assessment {
        level,
        then,
        setting,
        medicine,
        reasons,
        deciding,
        notes: notes(&f, level, then, setting, medicine),
        asam: asam(&f, level, then, setting, medicine),
    })
}

/// One predictor of the `setting` or one trigger of `medicine`: the reason
/// shown when it is the first that holds.
pub struct Trigger {
    /// The reason it gives.
    pub reason: Reason,
    /// The predictor in words, as in the spec (for `docs/rules.md`).
    #[cfg(not(target_arch = "wasm32"))]
    pub words: &'static str,
    /// Whether it holds for these facts.
    pub holds: fn(&Facts) -> bool,
}

#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
const fn trigger(reason: Reason, words: &'static str, holds: fn(&Facts) -> bool) -> Trigger {
    Trigger {
        reason,
        #[cfg(not(target_arch = "wasm32"))]
        words,
        holds,
    }
}

/// The setting's predictors: the spec's `wm_facility`, in its order. The
/// first that holds makes withdrawal care a facility and names the reason;
/// after them, `then` inpatient does too ([`Reason::FacilityThenInpatient`]);
/// else the setting is a clinic.
pub static SETTING: [Trigger; 9] = [
    trigger(Reason::FacilitySevereWithdrawal, "`w` is `severe`", |f| {
        f.w == W::Severe
    }),
    trigger(Reason::FacilityPregnant, "`pregnant`", |f| {
        f.medical(Medical::Pregnant)
    }),
    trigger(Reason::FacilityMedicalUnstable, "medical `unstable`", |f| {
        f.medical(Medical::Unstable)
    }),
    trigger(
        Reason::FacilityRecentOverdose,
        "medical `recent_overdose`",
        |f| f.medical(Medical::RecentOverdose),
    ),
    trigger(Reason::FacilityThoughts, "safety `thoughts`", |f| {
        f.a.safety == Some(Safety::Thoughts)
    }),
    trigger(
        Reason::FacilityMentalHealthOverwhelming,
        "mental_health `overwhelming`",
        |f| f.a.mental_health == Some(MentalHealth::Overwhelming),
    ),
    trigger(Reason::FacilityHomeUnsafe, "home `unsafe`", |f| {
        f.a.home == Some(Home::Unsafe)
    }),
    trigger(Reason::FacilityNoSupport, "support `none`", |f| {
        f.a.support == Some(Support::None)
    }),
    trigger(
        Reason::FacilityWithdrawalRisks,
        "`wm_count` is 4 or more",
        |f| f.wm_count >= 4,
    ),
];

/// The medicine's triggers, in the spec's order; the first that holds names
/// the reason.
pub static MEDICINE: [Trigger; 5] = [
    trigger(Reason::MedicineOnMoud, "`moud` ticked", |f| f.on_moud),
    trigger(
        Reason::MedicineOpioidsOften,
        "opioids used and `uses_often`",
        |f| f.opioids && f.uses_often,
    ),
    trigger(
        Reason::MedicineOpioidSeverity,
        "opioids used and `sub` is `moderate` or worse",
        |f| f.opioids && f.sub >= Moderate,
    ),
    trigger(
        Reason::MedicineRecentOverdose,
        "opioids used and medical `recent_overdose`",
        |f| f.opioids && f.medical(Medical::RecentOverdose),
    ),
    trigger(
        Reason::MedicineSteppingDown,
        "opioids used and `stepping_down`",
        |f| f.opioids && f.history(History::SteppingDown),
    ),
];

/// The first trigger that holds.
fn first(triggers: &[Trigger], f: &Facts) -> Option<Reason> {
    triggers.iter().find(|t| (t.holds)(f)).map(|t| t.reason)
}

impl Facts {
    /// `wm_facility`: some answer makes withdrawal care in a facility the
    /// safer setting ([`SETTING`]).
    pub fn wm_facility(&self) -> bool {
        first(&SETTING, self).is_some()
    }

    /// `medicine`: medicine for opioid use is the path ([`MEDICINE`]); never
    /// shown on a crisis result.
    pub fn medicine(&self) -> bool {
        first(&MEDICINE, self).is_some()
    }
}

/// The policy as a document a clinician can read: each rule, each clause
/// in words with its reason id, the setting and the medicine. Generated
/// from the tables the engine runs; `docs/rules.md` is this text, and a
/// test fails when it is stale.
#[cfg(not(target_arch = "wasm32"))]
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# CareFit's rules (spec v3), as the engine runs them\n\n\
         Generated from the policy table in `src/engine/policy.rs` by \
         `CAREFIT_WRITE_RULES=1 cargo test --test rules_doc`; a test fails when this file \
         is stale. The full spec, with the derived values (`recent`, `uses_often`, `sub`, \
         `wm_count`, ...), is `shared/spec/screening.md` (v3).\n\n\
         The first rule with a clause that holds decides the level. Every clause that \
         holds becomes one reason on the result: the deciding rule's first, then the \
         setting's and the medicine's reason, then the others in rule order. A clause of \
         the spec that reads \"X and (A or B)\" is one row per alternative here.\n",
    );
    for rule in &POLICY {
        out += &format!(
            "\n## Rule {}: `{}`\n\n| clause | reason id |\n|---|---|\n",
            rule.number,
            rule.level.id()
        );
        for c in rule.clauses {
            out += &format!("| {} | `{}` |\n", c.words, c.reason.id());
        }
    }
    out += &format!(
        "\n## Rule {SUPPORT_RULE}: `support`\n\nEverything else; its one reason is `{}`.\n",
        Reason::NothingPointsToProgram.id()
    );
    out += "\n## `then`, for a `detox` result\n\nThe level the first matching rule from \
            rule 3 on gives for the same answers (rule 7: `support`), never lower than \
            `outpatient`.\n\n## `setting`, for a `detox` result\n\n`facility` when any \
            of these holds (the first one's reason is shown), else `clinic`.\n\n\
            | predictor | reason id |\n|---|---|\n";
    for t in &SETTING {
        out += &format!("| {} | `{}` |\n", t.words, t.reason.id());
    }
    out += &format!(
        "| `then` is `inpatient` | `{}` |\n",
        Reason::FacilityThenInpatient.id()
    );
    out += &format!(
        "| none of the above: setting `clinic` | `{}` |\n",
        Reason::ClinicNothingPointsToFacility.id()
    );
    out += "\n## `medicine` (`opioid`), at any level but `crisis`\n\nSet when any of these \
            holds; the first one's reason is shown.\n\n| trigger | reason id |\n|---|---|\n";
    for t in &MEDICINE {
        out += &format!("| {} | `{}` |\n", t.words, t.reason.id());
    }
    out += "\n## Answering for someone else\n\n\
            No rule, setting predictor or medicine trigger reads `who`: flipping it with the \
            same answers gives the same level, `then`, `setting`, `medicine` and reasons \
            (only the notes differ). Safety `not_sure`, offered only when `who` is `other`, \
            is read as `no` everywhere above.\n";
    out += "\n## Readings taken where the spec is open\n\n\
            - `wm_count` point (3), \"`w` is `mild` or worse\": `never_stopped` counts \
            (the reading that gives more care; it can only move withdrawal care from a \
            clinic to a facility). Everywhere else `never_stopped` is no symptom: it adds \
            nothing to `sub`.\n";
    out
}

/// The closest ASAM 4th-edition level (the spec's Levels table).
fn asam(
    f: &Facts,
    level: Level,
    then: Option<Level>,
    setting: Option<Setting>,
    medicine: Option<Medicine>,
) -> AsamLine {
    let medical_care = f.medical(Medical::Unstable)
        || f.medical(Medical::RecentOverdose)
        || f.medical(Medical::Pregnant);
    let psychiatric_care = f.a.safety == Some(Safety::Thoughts) || f.mh >= Moderate;
    let asam = match level {
        Level::Crisis => Asam::Crisis,
        Level::Detox => match (setting, then) {
            (Some(Setting::Clinic), Some(Level::Outpatient)) => Asam::L1_7,
            (Some(Setting::Clinic), _) => Asam::L2_7,
            _ if f.medical(Medical::Unstable) || f.w == W::Severe => Asam::L3_7Or4,
            _ => Asam::L3_7,
        },
        Level::Inpatient if medical_care || psychiatric_care => Asam::L3_7,
        Level::Inpatient => Asam::L3_1Or3_5,
        Level::Php if medical_care || psychiatric_care || f.w.symptom() >= 2 => Asam::L2_7,
        Level::Php => Asam::L2_5,
        Level::Iop => Asam::L2_1,
        Level::Outpatient if medicine.is_some() => Asam::L1_7,
        Level::Outpatient => Asam::L1_5,
        Level::Support => Asam::None,
    };
    AsamLine {
        level: asam,
        medication: medicine.is_some(),
    }
}

/// The spec's notes, in its order. A note keyed to levels applies to a detox
/// result when either `detox` or its `then` level is listed.
fn notes(
    f: &Facts,
    level: Level,
    then: Option<Level>,
    setting: Option<Setting>,
    medicine: Option<Medicine>,
) -> Vec<Note> {
    let at =
        |levels: &[Level]| levels.contains(&level) || then.is_some_and(|t| levels.contains(&t));
    let a = &f.a;
    let adult = a.age == Some(Age::Adult);
    let teen = a.age == Some(Age::Teen);
    let obligations = a.obligations == Some(Obligations::Yes);
    let facility = setting == Some(Setting::Facility);
    let clinic = setting == Some(Setting::Clinic);
    let other = a.who == Who::Other && level != Level::Crisis;
    let list = [
        (
            Note::FlexibleSchedules,
            matches!(a.schedule, Some(Schedule::Hard | Schedule::Evenings))
                && at(&[Level::Iop, Level::Php]),
        ),
        (
            Note::MedicalLeave,
            obligations && adult && (at(&[Level::Inpatient, Level::Php]) || facility),
        ),
        (Note::WorkDuringClinicDetox, obligations && adult && clinic),
        (Note::Teen, teen),
        (Note::TeenMedicine, teen && medicine.is_some()),
        (
            Note::FirstCallCommitsNothing,
            matches!(a.readiness, Some(Readiness::Thinking | Readiness::Unsure)),
        ),
        (Note::EatingDisorderCare, a.focus == Some(Focus::Eating)),
        (Note::CoOccurring, f.sub >= Mild && f.mh >= Mild),
        (Note::Pregnancy, f.medical(Medical::Pregnant)),
        (
            Note::PregnancyOpioids,
            f.medical(Medical::Pregnant) && (f.opioids || f.on_moud),
        ),
        (
            Note::DontStopSuddenly,
            (f.depressant && f.uses_often) || f.drinks == Some(Amount::D10Plus),
        ),
        (Note::SedativeTaper, f.sedatives && f.uses_often),
        (
            Note::PastSevereWithdrawal,
            f.w == W::Severe && a.frequency == Some(Frequency::LessThanWeekly),
        ),
        (
            Note::OverdoseSafety,
            f.opioids || f.on_moud || f.medical(Medical::RecentOverdose),
        ),
        (Note::MixingRisk, f.opioids && f.depressant),
        (Note::AskAboutMedication, f.opioids && medicine.is_none()),
        (Note::KeepTakingMedicine, f.on_moud),
        (Note::ClinicDetoxSafety, clinic),
        (
            Note::SoberLiving,
            a.home == Some(Home::OthersUse)
                && adult
                && at(&[Level::Iop, Level::Outpatient, Level::Support]),
        ),
        (Note::UnsafeHome, a.home == Some(Home::Unsafe)),
        (Note::SeeADoctor, f.medical(Medical::Unstable)),
        // "Answering for someone else": a crisis result keeps to the help
        // for right now (its other answers are hidden too), so these
        // "always" notes are for every other result.
        (Note::CaregiverTalk, other),
        (Note::CaregiverSupport, other),
        (Note::CaregiverAdult, other && adult),
        (Note::CaregiverTeen, other && teen),
        (
            Note::CaregiverNotReady,
            other && a.readiness == Some(Readiness::Unsure),
        ),
        // Methadone and buprenorphine are opioids too (their overdose can be
        // reversed with naloxone, and a break makes the old amount deadly):
        // `on_moud` counts as "opioids used" here, the reading with more care.
        (
            Note::CaregiverNaloxone,
            other && (f.opioids || f.on_moud || f.medical(Medical::RecentOverdose)),
        ),
        // "Teens".
        (
            Note::TeenSchool,
            teen && obligations && at(&[Level::Inpatient, Level::Php, Level::Detox]),
        ),
        (Note::TeenPrivacy, teen && a.who == Who::Myself),
    ];
    list.iter().filter(|(_, on)| *on).map(|&(n, _)| n).collect()
}

#[cfg(test)]
mod tests {
    //! Mechanics only: reason order, the `then` floor, the setting, the
    //! medicine and the ASAM line. Behaviour cases (which answers give which
    //! level) live in the scenario corpus, `tests/scenarios/*.toml`.
    use super::{
        assess, Asam, AsamLine, Facts, Incomplete, Level, Medicine, Reason, Setting, DETOX_RULE,
        POLICY,
    };
    use crate::engine::questions::*;
    use crate::engine::{Choice, Set};

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
            history: Set::try_from_options(&[History::None]).unwrap(),
            obligations: Some(Obligations::No),
            schedule: Some(Schedule::Yes),
            readiness: Some(Readiness::Ready),
            ..Answers::default()
        }
    }

    /// `calm()` plus daily drinking: `drinks` and withdrawal as given.
    fn drinking(amount: Amount, w: Withdrawal, impact: usize) -> Answers {
        let items: Vec<Impact> = if impact == 0 {
            vec![Impact::None]
        } else {
            Impact::ALL[..impact].to_vec()
        };
        Answers {
            substances: Set::try_from_options(&[Substance::Alcohol]).unwrap(),
            frequency: Some(Frequency::Daily),
            amount: Some(amount),
            withdrawal: Some(w),
            impact: Set::try_from_options(&items).unwrap(),
            ..calm()
        }
    }

    #[test]
    fn one_level_up_and_down_walk_the_care_levels() {
        assert_eq!(Level::Iop.up(), Some(Level::Php));
        assert_eq!(Level::Iop.down(), Some(Level::Outpatient));
        assert_eq!(Level::Inpatient.up(), None);
        assert_eq!(Level::Support.down(), None);
        assert_eq!((Level::Detox.up(), Level::Crisis.down()), (None, None));
        for w in Level::CARE.windows(2) {
            assert!(w[0] < w[1]);
            assert_eq!((w[0].up(), w[1].down()), (Some(w[1]), Some(w[0])));
        }
    }

    #[test]
    fn the_policy_is_numbered_in_order_and_every_reason_is_used_once() {
        let numbers: Vec<u8> = POLICY.iter().map(|r| r.number).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5, 6]);
        assert_eq!(POLICY[usize::from(DETOX_RULE) - 1].level, Level::Detox);
        let mut seen = std::collections::HashSet::new();
        for c in POLICY.iter().flat_map(|r| r.clauses) {
            assert!(seen.insert(c.reason), "{:?} is used twice", c.reason);
            #[cfg(not(target_arch = "wasm32"))]
            assert!(!c.words.is_empty());
        }
    }

    #[test]
    fn a_plan_gives_crisis_with_one_reason_no_notes_and_no_medicine() {
        let a = Answers {
            safety: Some(Safety::Plan),
            substances: Set::try_from_options(&[Substance::Moud]).unwrap(),
            ..Answers::default()
        };
        let r = assess(&a).unwrap();
        assert_eq!(
            (
                r.level,
                r.then,
                r.setting,
                r.medicine,
                &r.reasons[..],
                &r.notes[..]
            ),
            (
                Level::Crisis,
                None,
                None,
                None,
                &[Reason::SafetyPlan][..],
                &[][..]
            )
        );
        assert_eq!(r.asam.level, Asam::Crisis);
    }

    #[test]
    fn incomplete_answers_are_an_error_naming_the_question() {
        assert_eq!(
            assess(&Answers::default()),
            Err(Incomplete(QuestionId::Safety))
        );
        let a = Answers {
            amount: None,
            ..drinking(Amount::D1_2, Withdrawal::None, 0)
        };
        assert_eq!(assess(&a), Err(Incomplete(QuestionId::Amount)));
    }

    #[test]
    fn reasons_list_the_deciding_rule_first_then_the_others_in_rule_order() {
        let a = Answers {
            safety: Some(Safety::Thoughts),
            support: Some(Support::None),
            mental_health: Some(MentalHealth::ALot),
            ..calm()
        };
        let r = assess(&a).unwrap();
        assert_eq!(r.level, Level::Inpatient);
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
        assert_eq!(r.deciding, 1);
    }

    #[test]
    fn then_is_the_first_later_rule_and_never_below_outpatient() {
        // Mild withdrawal, daily drinking, nothing else: rules 3-5 are quiet,
        // rule 6 (`depressant` and `uses_often`) gives outpatient.
        let r = assess(&drinking(Amount::D3_4, Withdrawal::Mild, 0)).unwrap();
        assert_eq!((r.level, r.then), (Level::Detox, Some(Level::Outpatient)));
        // Severe withdrawal once, weekly cannabis, no other answer: rule 7
        // would say support; the floor lifts it to outpatient.
        let a = Answers {
            substances: Set::try_from_options(&[Substance::Cannabis]).unwrap(),
            frequency: Some(Frequency::Weekly),
            withdrawal: Some(Withdrawal::Severe),
            impact: Set::try_from_options(&[Impact::None]).unwrap(),
            ..calm()
        };
        let r = assess(&a).unwrap();
        assert_eq!((r.level, r.then), (Level::Detox, Some(Level::Outpatient)));
        assert!(!r.reasons.contains(&Reason::NothingPointsToProgram));
        // Seven impact items: severe, so rule 4 gives php.
        let r = assess(&drinking(Amount::D3_4, Withdrawal::Strong, 7)).unwrap();
        assert_eq!((r.level, r.then), (Level::Detox, Some(Level::Php)));
    }

    #[test]
    fn the_setting_reason_follows_the_deciding_clauses_and_names_one_answer() {
        let r = assess(&drinking(Amount::D3_4, Withdrawal::Mild, 0)).unwrap();
        assert_eq!(r.setting, Some(Setting::Clinic));
        assert_eq!(
            r.reasons,
            [
                Reason::DepressantOftenWithdrawal,
                Reason::ClinicNothingPointsToFacility,
                Reason::DepressantOften
            ]
        );
        assert_eq!(r.deciding, 2);
        // Pregnant and unstable: the first predictor in the spec's order names it.
        let a = Answers {
            medical: Set::try_from_options(&[Medical::Unstable, Medical::Pregnant]).unwrap(),
            ..drinking(Amount::D3_4, Withdrawal::Mild, 0)
        };
        let r = assess(&a).unwrap();
        assert_eq!(r.setting, Some(Setting::Facility));
        assert_eq!(r.reasons[r.deciding - 1], Reason::FacilityPregnant);
    }

    #[test]
    fn a_residential_then_makes_the_setting_a_facility() {
        // Moderate severity, then IOP: nothing points to a facility.
        let a = Answers {
            support: Some(Support::Some),
            ..drinking(Amount::D3_4, Withdrawal::Mild, 3)
        };
        let r = assess(&a).unwrap();
        assert_eq!(r.setting, Some(Setting::Clinic), "{r:?}");
        let a = Answers {
            home: Some(Home::OthersUse),
            ..drinking(Amount::D3_4, Withdrawal::Mild, 7)
        };
        let r = assess(&a).unwrap();
        assert_eq!(
            (r.then, r.setting),
            (Some(Level::Inpatient), Some(Setting::Facility))
        );
        assert!(r.reasons.contains(&Reason::FacilityThenInpatient));
    }

    #[test]
    fn withdrawal_risks_count_toward_a_facility_at_four() {
        // (1) 5+ drinks, (3) mild withdrawal, (6) 10+ drinks: three points.
        let three = drinking(Amount::D10Plus, Withdrawal::Mild, 0);
        assert_eq!(Facts::derive(&three).wm_count, 3);
        assert_eq!(assess(&three).unwrap().setting, Some(Setting::Clinic));
        // (7) strong withdrawal adds the fourth.
        let four = drinking(Amount::D10Plus, Withdrawal::Strong, 0);
        assert_eq!(Facts::derive(&four).wm_count, 4);
        let r = assess(&four).unwrap();
        assert_eq!(r.setting, Some(Setting::Facility));
        assert!(r.reasons.contains(&Reason::FacilityWithdrawalRisks));
    }

    #[test]
    fn medicine_goes_with_any_level_and_brings_its_reason() {
        let on_moud = Answers {
            substances: Set::try_from_options(&[Substance::Moud]).unwrap(),
            ..calm()
        };
        let r = assess(&on_moud).unwrap();
        assert_eq!(
            (r.level, r.medicine),
            (Level::Outpatient, Some(Medicine::Opioid))
        );
        assert_eq!(r.reasons, [Reason::MedicineVisits, Reason::MedicineOnMoud]);
        assert_eq!(
            r.asam,
            AsamLine {
                level: Asam::L1_7,
                medication: true
            }
        );
        let overwhelmed = Answers {
            mental_health: Some(MentalHealth::Overwhelming),
            ..on_moud
        };
        let r = assess(&overwhelmed).unwrap();
        assert_eq!(
            (r.level, r.medicine),
            (Level::Inpatient, Some(Medicine::Opioid))
        );
        assert_eq!(
            &r.reasons[..r.deciding],
            [Reason::MentalHealthOverwhelming, Reason::MedicineOnMoud]
        );
    }

    #[test]
    fn the_asam_line_follows_the_levels_table() {
        let asam = |a: &Answers| assess(a).unwrap().asam.level;
        assert_eq!(asam(&calm()), Asam::None);
        let clinic_then_outpatient = drinking(Amount::D3_4, Withdrawal::Mild, 0);
        assert_eq!(asam(&clinic_then_outpatient), Asam::L1_7);
        // Two items and mild withdrawal: severity mild, then outpatient.
        let r = assess(&drinking(Amount::D3_4, Withdrawal::Mild, 2)).unwrap();
        assert_eq!(
            (r.then, r.asam.level),
            (Some(Level::Outpatient), Asam::L1_7)
        );
        // Three items and mild withdrawal: moderate, then IOP.
        let clinic_then_iop = drinking(Amount::D3_4, Withdrawal::Mild, 3);
        let r = assess(&clinic_then_iop).unwrap();
        assert_eq!((r.then, r.asam.level), (Some(Level::Iop), Asam::L2_7));
        let severe = Answers {
            frequency: Some(Frequency::Weekly),
            withdrawal: Some(Withdrawal::Severe),
            ..drinking(Amount::D3_4, Withdrawal::Severe, 0)
        };
        assert_eq!(asam(&severe), Asam::L3_7Or4);
        let iop = Answers {
            mental_health: Some(MentalHealth::ALot),
            support: Some(Support::Some),
            history: Set::try_from_options(&[History::OutpatientNotEnough]).unwrap(),
            ..calm()
        };
        assert_eq!(assess(&iop).unwrap().level, Level::Iop);
        assert_eq!(asam(&iop), Asam::L2_1);
    }
}
