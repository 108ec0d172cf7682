//! Which text each engine value reads: one place for every language, so
//! a new question, option, level, reason or note fails to compile until it
//! has its texts, and a key missing from a language's file fails the build.
//! The texts themselves are in `texts/<lang>.toml`.

use super::generated::Content;
use super::{o, q, Expect, Fact, LevelText, OptionText, QuestionText, SettingText};
use crate::engine::*;

pub(super) fn question(c: &Content, id: QuestionId) -> QuestionText {
    match id {
        QuestionId::Safety => q(
            c.question_safety_legend,
            Some(c.question_safety_hint),
            c.question_safety_short,
        ),
        QuestionId::Age => q(c.question_age_legend, None, c.question_age_short),
        QuestionId::Focus => q(
            c.question_focus_legend,
            Some(c.question_focus_hint),
            c.question_focus_short,
        ),
        QuestionId::Substances => q(
            c.question_substances_legend,
            Some(c.question_substances_hint),
            c.question_substances_short,
        ),
        QuestionId::Frequency => q(
            c.question_frequency_legend,
            Some(c.question_frequency_hint),
            c.question_frequency_short,
        ),
        QuestionId::Amount => q(
            c.question_amount_legend,
            Some(c.question_amount_hint),
            c.question_amount_short,
        ),
        QuestionId::Withdrawal => q(
            c.question_withdrawal_legend,
            Some(c.question_withdrawal_hint),
            c.question_withdrawal_short,
        ),
        QuestionId::Impact => q(
            c.question_impact_legend,
            Some(c.question_impact_hint),
            c.question_impact_short,
        ),
        QuestionId::Medical => q(
            c.question_medical_legend,
            Some(c.question_medical_hint),
            c.question_medical_short,
        ),
        QuestionId::MentalHealth => q(
            c.question_mental_health_legend,
            None,
            c.question_mental_health_short,
        ),
        QuestionId::Home => q(c.question_home_legend, None, c.question_home_short),
        QuestionId::Support => q(
            c.question_support_legend,
            Some(c.question_support_hint),
            c.question_support_short,
        ),
        QuestionId::History => q(
            c.question_history_legend,
            Some(c.question_history_hint),
            c.question_history_short,
        ),
        QuestionId::Obligations => q(
            c.question_obligations_legend,
            None,
            c.question_obligations_short,
        ),
        QuestionId::Schedule => q(c.question_schedule_legend, None, c.question_schedule_short),
        QuestionId::Readiness => q(
            c.question_readiness_legend,
            None,
            c.question_readiness_short,
        ),
    }
}

/// For a teen, a question worded with school and family instead of work
/// (spec: Teens); `None` where the wording is the same for every age.
pub(super) fn question_teen(c: &Content, id: QuestionId) -> Option<QuestionText> {
    match id {
        QuestionId::Obligations => Some(q(
            c.question_teen_obligations_legend,
            None,
            c.question_teen_obligations_short,
        )),
        _ => None,
    }
}

pub(super) fn option(c: &Content, opt: AnyOption) -> OptionText {
    match opt {
        AnyOption::Safety(Safety::No) => o(c.option_safety_no_label, None),
        AnyOption::Safety(Safety::Thoughts) => o(
            c.option_safety_thoughts_label,
            Some(c.option_safety_thoughts_hint),
        ),
        AnyOption::Safety(Safety::Plan) => {
            o(c.option_safety_plan_label, Some(c.option_safety_plan_hint))
        }
        AnyOption::Age(Age::Teen) => o(c.option_age_teen_label, None),
        AnyOption::Age(Age::Adult) => o(c.option_age_adult_label, None),
        AnyOption::Focus(Focus::Alcohol) => o(c.option_focus_alcohol_label, None),
        AnyOption::Focus(Focus::Drugs) => o(c.option_focus_drugs_label, None),
        AnyOption::Focus(Focus::Both) => o(c.option_focus_both_label, None),
        AnyOption::Focus(Focus::MentalHealth) => o(
            c.option_focus_mental_health_label,
            Some(c.option_focus_mental_health_hint),
        ),
        AnyOption::Focus(Focus::Eating) => o(
            c.option_focus_eating_label,
            Some(c.option_focus_eating_hint),
        ),
        AnyOption::Focus(Focus::Unsure) => o(c.option_focus_unsure_label, None),
        AnyOption::Substances(Substance::Alcohol) => o(c.option_substances_alcohol_label, None),
        AnyOption::Substances(Substance::Opioids) => o(c.option_substances_opioids_label, None),
        AnyOption::Substances(Substance::Sedatives) => o(
            c.option_substances_sedatives_label,
            Some(c.option_substances_sedatives_hint),
        ),
        AnyOption::Substances(Substance::Stimulants) => {
            o(c.option_substances_stimulants_label, None)
        }
        AnyOption::Substances(Substance::Cannabis) => o(c.option_substances_cannabis_label, None),
        AnyOption::Substances(Substance::Other) => o(
            c.option_substances_other_label,
            Some(c.option_substances_other_hint),
        ),
        AnyOption::Substances(Substance::Moud) => o(
            c.option_substances_moud_label,
            Some(c.option_substances_moud_hint),
        ),
        AnyOption::Substances(Substance::None) => o(c.option_substances_none_label, None),
        AnyOption::Frequency(Frequency::NotPastMonth) => {
            o(c.option_frequency_not_past_month_label, None)
        }
        AnyOption::Frequency(Frequency::LessThanWeekly) => {
            o(c.option_frequency_less_than_weekly_label, None)
        }
        AnyOption::Frequency(Frequency::Weekly) => o(c.option_frequency_weekly_label, None),
        AnyOption::Frequency(Frequency::MostDays) => o(
            c.option_frequency_most_days_label,
            Some(c.option_frequency_most_days_hint),
        ),
        AnyOption::Frequency(Frequency::Daily) => o(c.option_frequency_daily_label, None),
        AnyOption::Amount(Amount::D1_2) => o(c.option_amount_d1_2_label, None),
        AnyOption::Amount(Amount::D3_4) => o(c.option_amount_d3_4_label, None),
        AnyOption::Amount(Amount::D5_6) => o(c.option_amount_d5_6_label, None),
        AnyOption::Amount(Amount::D7_9) => o(c.option_amount_d7_9_label, None),
        AnyOption::Amount(Amount::D10Plus) => o(c.option_amount_d10_plus_label, None),
        AnyOption::Withdrawal(Withdrawal::None) => o(c.option_withdrawal_none_label, None),
        AnyOption::Withdrawal(Withdrawal::Mild) => o(c.option_withdrawal_mild_label, None),
        AnyOption::Withdrawal(Withdrawal::Strong) => o(c.option_withdrawal_strong_label, None),
        AnyOption::Withdrawal(Withdrawal::Severe) => o(
            c.option_withdrawal_severe_label,
            Some(c.option_withdrawal_severe_hint),
        ),
        AnyOption::Withdrawal(Withdrawal::NeverStopped) => {
            o(c.option_withdrawal_never_stopped_label, None)
        }
        AnyOption::Withdrawal(Withdrawal::NotSure) => o(
            c.option_withdrawal_not_sure_label,
            Some(c.option_withdrawal_not_sure_hint),
        ),
        AnyOption::Impact(Impact::MoreThanMeant) => o(c.option_impact_more_than_meant_label, None),
        AnyOption::Impact(Impact::CantCutDown) => o(c.option_impact_cant_cut_down_label, None),
        AnyOption::Impact(Impact::TimeSpent) => o(c.option_impact_time_spent_label, None),
        AnyOption::Impact(Impact::Cravings) => o(c.option_impact_cravings_label, None),
        AnyOption::Impact(Impact::Obligations) => o(c.option_impact_obligations_label, None),
        AnyOption::Impact(Impact::Relationships) => o(c.option_impact_relationships_label, None),
        AnyOption::Impact(Impact::GaveUp) => o(c.option_impact_gave_up_label, None),
        AnyOption::Impact(Impact::Risky) => o(
            c.option_impact_risky_label,
            Some(c.option_impact_risky_hint),
        ),
        AnyOption::Impact(Impact::HealthHarm) => o(c.option_impact_health_harm_label, None),
        AnyOption::Impact(Impact::Tolerance) => o(c.option_impact_tolerance_label, None),
        AnyOption::Impact(Impact::None) => o(c.option_impact_none_label, None),
        AnyOption::Medical(Medical::None) => o(c.option_medical_none_label, None),
        AnyOption::Medical(Medical::Managed) => o(c.option_medical_managed_label, None),
        AnyOption::Medical(Medical::Unstable) => o(
            c.option_medical_unstable_label,
            Some(c.option_medical_unstable_hint),
        ),
        AnyOption::Medical(Medical::RecentOverdose) => {
            o(c.option_medical_recent_overdose_label, None)
        }
        AnyOption::Medical(Medical::Pregnant) => o(c.option_medical_pregnant_label, None),
        AnyOption::MentalHealth(MentalHealth::NotAtAll) => {
            o(c.option_mental_health_not_at_all_label, None)
        }
        AnyOption::MentalHealth(MentalHealth::Somewhat) => o(
            c.option_mental_health_somewhat_label,
            Some(c.option_mental_health_somewhat_hint),
        ),
        AnyOption::MentalHealth(MentalHealth::ALot) => o(
            c.option_mental_health_a_lot_label,
            Some(c.option_mental_health_a_lot_hint),
        ),
        AnyOption::MentalHealth(MentalHealth::Overwhelming) => o(
            c.option_mental_health_overwhelming_label,
            Some(c.option_mental_health_overwhelming_hint),
        ),
        AnyOption::Home(Home::Supportive) => o(
            c.option_home_supportive_label,
            Some(c.option_home_supportive_hint),
        ),
        AnyOption::Home(Home::OthersUse) => o(
            c.option_home_others_use_label,
            Some(c.option_home_others_use_hint),
        ),
        AnyOption::Home(Home::Unsafe) => {
            o(c.option_home_unsafe_label, Some(c.option_home_unsafe_hint))
        }
        AnyOption::Support(Support::Strong) => o(
            c.option_support_strong_label,
            Some(c.option_support_strong_hint),
        ),
        AnyOption::Support(Support::Some) => o(c.option_support_some_label, None),
        AnyOption::Support(Support::None) => o(c.option_support_none_label, None),
        AnyOption::History(History::None) => o(c.option_history_none_label, None),
        AnyOption::History(History::SteppingDown) => o(
            c.option_history_stepping_down_label,
            Some(c.option_history_stepping_down_hint),
        ),
        AnyOption::History(History::OutpatientNotEnough) => {
            o(c.option_history_outpatient_not_enough_label, None)
        }
        AnyOption::History(History::Relapsed) => o(
            c.option_history_relapsed_label,
            Some(c.option_history_relapsed_hint),
        ),
        AnyOption::History(History::WithdrawalCare) => {
            o(c.option_history_withdrawal_care_label, None)
        }
        AnyOption::History(History::Other) => o(c.option_history_other_label, None),
        AnyOption::Obligations(Obligations::Yes) => o(c.option_obligations_yes_label, None),
        AnyOption::Obligations(Obligations::No) => o(c.option_obligations_no_label, None),
        AnyOption::Schedule(Schedule::Yes) => o(c.option_schedule_yes_label, None),
        AnyOption::Schedule(Schedule::Evenings) => o(c.option_schedule_evenings_label, None),
        AnyOption::Schedule(Schedule::Hard) => o(c.option_schedule_hard_label, None),
        AnyOption::Readiness(Readiness::Ready) => o(c.option_readiness_ready_label, None),
        AnyOption::Readiness(Readiness::Thinking) => o(c.option_readiness_thinking_label, None),
        AnyOption::Readiness(Readiness::Unsure) => o(c.option_readiness_unsure_label, None),
        AnyOption::Safety(Safety::NotSure) => o(c.option_safety_not_sure_label, None),
    }
}

pub(super) fn level(c: &Content, level: Level) -> LevelText {
    match level {
        Level::Crisis => LevelText {
            name: c.level_crisis_name,
            summary: c.level_crisis_summary,
            hours: c.level_crisis_hours,
            expect: Expect {
                schedule: c.level_crisis_schedule,
                length: c.level_crisis_length,
                services: c.level_crisis_services,
                first_day: c.level_crisis_first_day,
                cost: c.level_crisis_cost,
                telehealth: c.level_crisis_telehealth,
                step_down: c.level_crisis_step_down,
                after: c.level_crisis_after,
            },
        },
        Level::Detox => LevelText {
            name: c.level_detox_name,
            summary: c.level_detox_summary,
            hours: c.level_detox_hours,
            expect: Expect {
                schedule: c.level_detox_schedule,
                length: c.level_detox_length,
                services: c.level_detox_services,
                first_day: c.level_detox_first_day,
                cost: c.level_detox_cost,
                telehealth: c.level_detox_telehealth,
                step_down: c.level_detox_step_down,
                after: c.level_detox_after,
            },
        },
        Level::Inpatient => LevelText {
            name: c.level_inpatient_name,
            summary: c.level_inpatient_summary,
            hours: c.level_inpatient_hours,
            expect: Expect {
                schedule: c.level_inpatient_schedule,
                length: c.level_inpatient_length,
                services: c.level_inpatient_services,
                first_day: c.level_inpatient_first_day,
                cost: c.level_inpatient_cost,
                telehealth: c.level_inpatient_telehealth,
                step_down: c.level_inpatient_step_down,
                after: c.level_common_after_program,
            },
        },
        Level::Php => LevelText {
            name: c.level_php_name,
            summary: c.level_php_summary,
            hours: c.level_php_hours,
            expect: Expect {
                schedule: c.level_php_schedule,
                length: c.level_php_length,
                services: c.level_php_services,
                first_day: c.level_php_first_day,
                cost: c.level_php_cost,
                telehealth: c.level_php_telehealth,
                step_down: c.level_php_step_down,
                after: c.level_common_after_program,
            },
        },
        Level::Iop => LevelText {
            name: c.level_iop_name,
            summary: c.level_iop_summary,
            hours: c.level_iop_hours,
            expect: Expect {
                schedule: c.level_iop_schedule,
                length: c.level_iop_length,
                services: c.level_iop_services,
                first_day: c.level_iop_first_day,
                cost: c.level_iop_cost,
                telehealth: c.level_iop_telehealth,
                step_down: c.level_iop_step_down,
                after: c.level_common_after_program,
            },
        },
        Level::Outpatient => LevelText {
            name: c.level_outpatient_name,
            summary: c.level_outpatient_summary,
            hours: c.level_outpatient_hours,
            expect: Expect {
                schedule: c.level_outpatient_schedule,
                length: c.level_outpatient_length,
                services: c.level_outpatient_services,
                first_day: c.level_outpatient_first_day,
                cost: c.level_outpatient_cost,
                telehealth: c.level_outpatient_telehealth,
                step_down: c.level_outpatient_step_down,
                after: c.level_common_after_program,
            },
        },
        Level::Support => LevelText {
            name: c.level_support_name,
            summary: c.level_support_summary,
            hours: c.level_support_hours,
            expect: Expect {
                schedule: c.level_support_schedule,
                length: c.level_support_length,
                services: c.level_support_services,
                first_day: c.level_support_first_day,
                cost: c.level_support_cost,
                telehealth: c.level_support_telehealth,
                step_down: c.level_support_step_down,
                after: c.level_support_after,
            },
        },
    }
}

/// A reason's own sentence; `None` for the reasons told by the facts they
/// rest on (`Fact`, and the severity): see `parts`.
pub(super) fn reason(c: &Content, r: Reason) -> Option<&'static str> {
    Some(match r {
        Reason::SafetyPlan => c.reason_safety_plan,
        Reason::SevereWithdrawalRegularUse => c.reason_severe_withdrawal_regular_use,
        Reason::DepressantStrongWithdrawal => c.reason_depressant_strong_withdrawal,
        Reason::DepressantOftenWithdrawal => c.reason_depressant_often_withdrawal,
        Reason::DepressantOftenNeverStopped => c.reason_depressant_often_never_stopped,
        Reason::HeavyDrinkingOften => c.reason_heavy_drinking_often,
        Reason::OtherOftenStrongWithdrawal => c.reason_other_often_strong_withdrawal,
        Reason::PregnantDepressantOften => c.reason_pregnant_depressant_often,
        Reason::RecentOverdose => c.reason_recent_overdose,
        Reason::MedicalUnstable => c.reason_medical_unstable,
        Reason::OutpatientNotEnough => c.reason_outpatient_not_enough,
        Reason::PregnantUsingOften => c.reason_pregnant_using_often,
        Reason::PregnantRelapsed => c.reason_pregnant_relapsed,
        Reason::PregnantRecentUse => c.reason_pregnant_recent_use,
        Reason::OpioidsOften => c.reason_opioids_often,
        Reason::DepressantOften => c.reason_depressant_often,
        Reason::MedicineVisits => c.reason_medicine_visits,
        Reason::NothingPointsToProgram => c.reason_nothing_points_to_program,
        Reason::FacilitySevereWithdrawal => c.reason_facility_severe_withdrawal,
        Reason::FacilityPregnant => c.reason_facility_pregnant,
        Reason::FacilityMedicalUnstable => c.reason_facility_medical_unstable,
        Reason::FacilityRecentOverdose => c.reason_facility_recent_overdose,
        Reason::FacilityThoughts => c.reason_facility_thoughts,
        Reason::FacilityMentalHealthOverwhelming => c.reason_facility_mental_health_overwhelming,
        Reason::FacilityHomeUnsafe => c.reason_facility_home_unsafe,
        Reason::FacilityNoSupport => c.reason_facility_no_support,
        Reason::FacilityWithdrawalRisks => c.reason_facility_withdrawal_risks,
        Reason::FacilityThenInpatient => c.reason_facility_then_inpatient,
        Reason::ClinicNothingPointsToFacility => c.reason_clinic_nothing_points_to_facility,
        Reason::MedicineOnMoud => c.reason_medicine_on_moud,
        Reason::MedicineOpioidsOften => c.reason_medicine_opioids_often,
        Reason::MedicineOpioidSeverity => c.reason_medicine_opioid_severity,
        Reason::MedicineRecentOverdose => c.reason_medicine_recent_overdose,
        Reason::MedicineSteppingDown => c.reason_medicine_stepping_down,
        Reason::HomeUnsafe
        | Reason::MentalHealthOverwhelming
        | Reason::ThoughtsNoSupport
        | Reason::ThoughtsHomeNotSupportive
        | Reason::SevereRelapsed
        | Reason::SevereNoSupport
        | Reason::SevereRiskyHome
        | Reason::SafetyThoughts
        | Reason::Severe
        | Reason::MentalHealthALotNoSupport
        | Reason::ModerateRiskyHome
        | Reason::ModerateNoSupport
        | Reason::ModerateRelapsed
        | Reason::Moderate
        | Reason::SevereStableStepDown
        | Reason::SteppingDownWithNeeds
        | Reason::MildNoSupport
        | Reason::MildRiskyHome
        | Reason::Mild
        | Reason::MentalHealthAlone
        | Reason::SteppingDown
        | Reason::Relapsed => return None,
    })
}

pub(super) fn fact(c: &Content, f: Fact) -> &'static str {
    match f {
        Fact::NoSupport => c.fact_no_support,
        Fact::OthersUseAtHome => c.fact_others_use_at_home,
        Fact::HomeUnsafe => c.fact_home_unsafe,
        Fact::Relapsed => c.fact_relapsed,
        Fact::RelapsedSymptoms => c.fact_relapsed_symptoms,
        Fact::SteppingDown => c.fact_stepping_down,
        Fact::SafeHomeAndSupport => c.fact_safe_home_and_support,
        Fact::Thoughts => c.fact_thoughts,
    }
}

pub(super) fn note(c: &Content, n: Note) -> &'static str {
    match n {
        Note::FlexibleSchedules => c.note_flexible_schedules,
        Note::MedicalLeave => c.note_medical_leave,
        Note::WorkDuringClinicDetox => c.note_work_during_clinic_detox,
        Note::Teen => c.note_teen,
        Note::TeenMedicine => c.note_teen_medicine,
        Note::FirstCallCommitsNothing => c.note_first_call_commits_nothing,
        Note::EatingDisorderCare => c.note_eating_disorder_care,
        Note::CoOccurring => c.note_co_occurring,
        Note::Pregnancy => c.note_pregnancy,
        Note::PregnancyOpioids => c.note_pregnancy_opioids,
        Note::DontStopSuddenly => c.note_dont_stop_suddenly,
        Note::SedativeTaper => c.note_sedative_taper,
        Note::PastSevereWithdrawal => c.note_past_severe_withdrawal,
        Note::OverdoseSafety => c.note_overdose_safety,
        Note::MixingRisk => c.note_mixing_risk,
        Note::AskAboutMedication => c.note_ask_about_medication,
        Note::KeepTakingMedicine => c.note_keep_taking_medicine,
        Note::ClinicDetoxSafety => c.note_clinic_detox_safety,
        Note::SoberLiving => c.note_sober_living,
        Note::UnsafeHome => c.note_unsafe_home,
        Note::SeeADoctor => c.note_see_a_doctor,
        Note::CaregiverTalk => c.note_caregiver_talk,
        Note::CaregiverSupport => c.note_caregiver_support,
        Note::CaregiverAdult => c.note_caregiver_adult,
        Note::CaregiverTeen => c.note_caregiver_teen,
        Note::CaregiverNotReady => c.note_caregiver_not_ready,
        Note::CaregiverNaloxone => c.note_caregiver_naloxone,
        Note::TeenSchool => c.note_teen_school,
        Note::TeenPrivacy => c.note_teen_privacy,
    }
}

pub(super) fn asam(c: &Content, a: Asam) -> &'static str {
    match a {
        Asam::Crisis => c.asam_crisis,
        Asam::None => c.asam_none,
        Asam::L1_5 => c.asam_l1_5,
        Asam::L1_7 => c.asam_l1_7,
        Asam::L2_1 => c.asam_l2_1,
        Asam::L2_5 => c.asam_l2_5,
        Asam::L2_7 => c.asam_l2_7,
        Asam::L3_1Or3_5 => c.asam_l3_1_or3_5,
        Asam::L3_7 => c.asam_l3_7,
        Asam::L3_7Or4 => c.asam_l3_7_or4,
    }
}

pub(super) fn setting(c: &Content, s: Setting) -> SettingText {
    match s {
        Setting::Clinic => SettingText {
            name: c.setting_clinic_name,
            expect: c.setting_clinic_expect,
        },
        Setting::Facility => SettingText {
            name: c.setting_facility_name,
            expect: c.setting_facility_expect,
        },
    }
}
