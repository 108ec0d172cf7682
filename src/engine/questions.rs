//! The 16 questions of the spec (v3): their options, the answers model and
//! the "shown when" conditions; and `who`, asked on the start screen.

use super::choice::{choices, Choice, ExclusiveConflict, Set};

choices! {
    /// 0. Who the answers are about, chosen on the start screen: the person
    /// answering, or someone they care about. It changes the wording and the
    /// notes, never the level, `then`, `setting` or `medicine`; it decides
    /// whether `safety` offers `not_sure` (see [`QuestionId::offered`]).
    pub enum Who { Myself = "self", Other = "other" }
}

impl Default for Who {
    /// `self`, the spec's default.
    fn default() -> Who {
        Who::Myself
    }
}

choices! {
    /// 1. Thoughts of harm in the past month: `no`, `thoughts`, `plan` from
    /// least to most urgent, then `not_sure`, which is offered only when
    /// answering for someone else and which the rules read as `no`.
    pub enum Safety { No = "no", Thoughts = "thoughts", Plan = "plan", NotSure = "not_sure" }
}
choices! {
    /// 2. Age group.
    pub enum Age { Teen = "teen", Adult = "adult" }
}
choices! {
    /// 3. What brings the person here; shapes wording and notes only.
    pub enum Focus {
        Alcohol = "alcohol", Drugs = "drugs", Both = "both",
        MentalHealth = "mental_health", Eating = "eating", Unsure = "unsure",
    }
}
choices! {
    /// 4. Substances used in the past 12 months.
    pub enum Substance {
        Alcohol = "alcohol", Opioids = "opioids", Sedatives = "sedatives",
        Stimulants = "stimulants", Cannabis = "cannabis", Other = "other",
        Moud = "moud", None = "none",
    }
    exclusive = None
}
choices! {
    /// 5. How often, in the past 30 days, least to most often.
    pub enum Frequency {
        NotPastMonth = "not_past_month", LessThanWeekly = "less_than_weekly",
        Weekly = "weekly", MostDays = "most_days", Daily = "daily",
    }
}
choices! {
    /// 6. On a day of drinking, how many drinks, fewest first.
    pub enum Amount {
        D1_2 = "d1_2", D3_4 = "d3_4", D5_6 = "d5_6", D7_9 = "d7_9", D10Plus = "d10_plus",
    }
}
choices! {
    /// 7. What happens when the person cuts down or stops. `NotSure` counts
    /// as mild; `NeverStopped` reports no symptom (see
    /// [`WithdrawalLevel`](super::WithdrawalLevel)).
    pub enum Withdrawal {
        None = "none", Mild = "mild", Strong = "strong", Severe = "severe",
        NeverStopped = "never_stopped", NotSure = "not_sure",
    }
}
choices! {
    /// 8. Ways use got in the way, in the past 12 months.
    pub enum Impact {
        MoreThanMeant = "more_than_meant", CantCutDown = "cant_cut_down",
        TimeSpent = "time_spent", Cravings = "cravings", Obligations = "obligations",
        Relationships = "relationships", GaveUp = "gave_up", Risky = "risky",
        HealthHarm = "health_harm", Tolerance = "tolerance", None = "none",
    }
    exclusive = None
}
choices! {
    /// 9. Physical health.
    pub enum Medical {
        None = "none", Managed = "managed", Unstable = "unstable",
        RecentOverdose = "recent_overdose", Pregnant = "pregnant",
    }
    exclusive = None
}
choices! {
    /// 10. How much feelings get in the way, least to most.
    pub enum MentalHealth {
        NotAtAll = "not_at_all", Somewhat = "somewhat", ALot = "a_lot", Overwhelming = "overwhelming",
    }
}
choices! {
    /// 11. Home, safest first.
    pub enum Home { Supportive = "supportive", OthersUse = "others_use", Unsafe = "unsafe" }
}
choices! {
    /// 12. People who support recovery, most support first.
    pub enum Support { Strong = "strong", Some = "some", None = "none" }
}
choices! {
    /// 13. Treatment so far (multi-select since v3).
    pub enum History {
        None = "none", SteppingDown = "stepping_down", OutpatientNotEnough = "outpatient_not_enough",
        Relapsed = "relapsed", WithdrawalCare = "withdrawal_care", Other = "other",
    }
    exclusive = None
}
choices! {
    /// 14. Whether the person must keep working, studying or caring for family.
    pub enum Obligations { Yes = "yes", No = "no" }
}
choices! {
    /// 15. Whether a 3–5 day a week schedule is possible.
    pub enum Schedule { Yes = "yes", Evenings = "evenings", Hard = "hard" }
}
choices! {
    /// 16. Readiness to start.
    pub enum Readiness { Ready = "ready", Thinking = "thinking", Unsure = "unsure" }
}

/// Whether a question takes one option (radio buttons) or several (checkboxes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Radio buttons: exactly one option.
    Single,
    /// Checkboxes: one or more options; an exclusive option stands alone.
    Multi,
}

/// What a question's answer slot is: `Option<T>` for single, [`Set<T>`] for multi.
trait Slot {
    fn bits(&self) -> u16;
    fn set_bits(&mut self, bits: u16) -> Result<(), AnswerError>;
}

impl<T: Choice> Slot for Option<T> {
    fn bits(&self) -> u16 {
        self.map_or(0, |o| 1 << o.index())
    }
    fn set_bits(&mut self, bits: u16) -> Result<(), AnswerError> {
        *self = match bits {
            0 => None,
            b if b.is_power_of_two() => Some(
                *T::ALL
                    .get(b.trailing_zeros() as usize)
                    .ok_or(AnswerError::UnknownOption)?,
            ),
            _ => return Err(AnswerError::OneOptionOnly),
        };
        Ok(())
    }
}

impl<T: Choice> Slot for Set<T> {
    fn bits(&self) -> u16 {
        Set::bits(*self)
    }
    fn set_bits(&mut self, bits: u16) -> Result<(), AnswerError> {
        *self = Set::from_bits(bits).map_err(|ExclusiveConflict| AnswerError::Conflict)?;
        Ok(())
    }
}

/// Why an answer was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// A single-choice question was given several options.
    OneOptionOnly,
    /// An option index outside the question's options.
    UnknownOption,
    /// An option that is not offered for these answers (`safety` `not_sure`
    /// when answering for oneself).
    NotOffered,
    /// The exclusive option was combined with another (or an unknown bit set).
    Conflict,
    /// The question does not apply to the answers given so far.
    NotShown,
}

/// Declares the questions once: the [`QuestionId`] enum, the typed
/// [`Answers`] struct and the generic access by question.
macro_rules! questionnaire {
    ($( $(#[$doc:meta])* $var:ident $field:ident : $kind:ident $ty:ident ),+ $(,)?) => {
        /// A question, by its spec id (its inputs' `name`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum QuestionId { $( $(#[$doc])* $var ),+ }

        impl QuestionId {
            /// Every question, in the spec's order (the order they are asked).
            pub const ALL: &'static [QuestionId] = &[$(QuestionId::$var),+];

            /// The spec's stable id.
            pub fn id(self) -> &'static str {
                match self { $(QuestionId::$var => stringify!($field)),+ }
            }

            /// Radio buttons or checkboxes.
            pub fn kind(self) -> Kind {
                match self { $(QuestionId::$var => questionnaire!(@kind $kind)),+ }
            }

            /// The option ids, in the spec's order (the inputs' `value`s).
            pub fn option_ids(self) -> &'static [&'static str] {
                match self { $(QuestionId::$var => <$ty as Choice>::IDS),+ }
            }

            /// The index of the exclusive option, if the question has one.
            pub fn exclusive(self) -> Option<usize> {
                match self { $(QuestionId::$var => <$ty as Choice>::EXCLUSIVE.map(Choice::index)),+ }
            }
        }

        /// One option of some question, for looking up its text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(missing_docs)]
        pub enum AnyOption { $( $var($ty) ),+ }

        impl AnyOption {
            /// The option at `index` of `question`, if there is one.
            pub fn new(question: QuestionId, index: usize) -> Option<AnyOption> {
                match question {
                    $(QuestionId::$var => <$ty as Choice>::ALL.get(index).map(|&o| AnyOption::$var(o))),+
                }
            }
        }

        /// Everything a person has answered. `None` or an empty set means
        /// "not answered". Field names are the spec's question ids.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(default, deny_unknown_fields)]
        pub struct Answers {
            /// Who the answers are about (question 0, on the start screen):
            /// always set, `self` by default. Change it with
            /// [`Answers::set_who`], which drops a `safety` answer that is no
            /// longer offered.
            pub who: Who,
            $( $(#[$doc])* pub $field: questionnaire!(@slot $kind $ty), )+
        }

        impl Answers {
            fn slot(&self, q: QuestionId) -> &dyn Slot {
                match q { $(QuestionId::$var => &self.$field),+ }
            }
            fn slot_mut(&mut self, q: QuestionId) -> &mut dyn Slot {
                match q { $(QuestionId::$var => &mut self.$field),+ }
            }
        }
    };
    (@kind single) => { Kind::Single };
    (@kind multi) => { Kind::Multi };
    (@slot single $ty:ident) => { Option<$ty> };
    (@slot multi $ty:ident) => { Set<$ty> };
}

questionnaire! {
    /// 1. Thoughts of harming yourself or someone else.
    Safety safety: single Safety,
    /// 2. Age group.
    Age age: single Age,
    /// 3. What brings you here.
    Focus focus: single Focus,
    /// 4. Substances used in the past 12 months.
    Substances substances: multi Substance,
    /// 5. How often in the past 30 days.
    Frequency frequency: single Frequency,
    /// 6. Drinks on a day of drinking.
    Amount amount: single Amount,
    /// 7. What happens when you cut down or stop.
    Withdrawal withdrawal: single Withdrawal,
    /// 8. How use got in the way.
    Impact impact: multi Impact,
    /// 9. Physical health.
    Medical medical: multi Medical,
    /// 10. How much feelings get in the way.
    MentalHealth mental_health: single MentalHealth,
    /// 11. Home.
    Home home: single Home,
    /// 12. Support for recovery.
    Support support: single Support,
    /// 13. Treatment so far.
    History history: multi History,
    /// 14. Keeping up work, study or family care.
    Obligations obligations: single Obligations,
    /// 15. Schedule.
    Schedule schedule: single Schedule,
    /// 16. Readiness.
    Readiness readiness: single Readiness,
}

impl QuestionId {
    /// Looks a question up by its spec id.
    pub fn from_id(id: &str) -> Option<QuestionId> {
        QuestionId::ALL.iter().copied().find(|q| q.id() == id)
    }

    /// The spec's "shown when" column, plus the rule that `safety = plan`
    /// ends the questions at once. Conditions read only earlier questions.
    pub fn applies(self, a: &Answers) -> bool {
        if self != QuestionId::Safety && a.safety == Some(Safety::Plan) {
            return false;
        }
        let used = a.used();
        let recent = used && matches!(a.frequency, Some(f) if f != Frequency::NotPastMonth);
        match self {
            QuestionId::Frequency | QuestionId::Impact => used,
            QuestionId::Withdrawal => recent,
            QuestionId::Amount => recent && a.substances.contains(Substance::Alcohol),
            _ => true,
        }
    }

    /// The options offered for these answers, as a bit mask (bit `i` =
    /// option `i`): every option, except that `safety` offers `not_sure`
    /// only when answering for someone else.
    pub fn offered(self, a: &Answers) -> u16 {
        let all = (1u16 << self.option_ids().len()) - 1;
        match self {
            QuestionId::Safety if a.who != Who::Other => all & !(1 << Safety::NotSure.index()),
            _ => all,
        }
    }
}

impl Answers {
    /// `used`: some substance other than `none` and `moud` (prescribed
    /// methadone or buprenorphine is not use).
    pub fn used(&self) -> bool {
        let not_use = (1 << Substance::None.index()) | (1 << Substance::Moud.index());
        self.substances.bits() & !not_use != 0
    }

    /// The chosen options of a question as a bit mask (bit `i` = option `i`);
    /// 0 when unanswered.
    pub fn bits(&self, q: QuestionId) -> u16 {
        self.slot(q).bits()
    }

    /// Whether the question has an answer.
    pub fn is_answered(&self, q: QuestionId) -> bool {
        self.bits(q) != 0
    }

    /// Records an answer given as a bit mask, then drops the answers to
    /// questions that no longer apply. A mask of 0 clears the answer.
    pub fn answer(&mut self, q: QuestionId, bits: u16) -> Result<(), AnswerError> {
        if !q.applies(self) {
            return Err(AnswerError::NotShown);
        }
        if bits >> q.option_ids().len() != 0 {
            return Err(AnswerError::UnknownOption);
        }
        if bits & !q.offered(self) != 0 {
            return Err(AnswerError::NotOffered);
        }
        self.slot_mut(q).set_bits(bits)?;
        self.prune();
        Ok(())
    }

    /// Drops the answers to questions that do not apply, and options that
    /// are not offered (`safety` `not_sure` when answering for oneself).
    /// Returns whether anything was dropped. One pass in order suffices,
    /// since each question's condition reads only `who` and earlier questions.
    pub fn prune(&mut self) -> bool {
        let mut dropped = false;
        for &q in QuestionId::ALL {
            let bits = self.bits(q);
            let keep = if q.applies(self) {
                bits & q.offered(self)
            } else {
                0
            };
            if keep != bits {
                // Never fails: 0 is valid for every slot, and a single
                // answer loses its one option (a multi-select option set
                // minus some options keeps its exclusive option alone).
                let _ = self.slot_mut(q).set_bits(keep);
                dropped = true;
            }
        }
        dropped
    }

    /// Sets who the answers are about, keeping every answer except those no
    /// longer offered: switching to `self` drops `safety` `not_sure`, so
    /// that question is asked again. Returns whether an answer was dropped.
    pub fn set_who(&mut self, who: Who) -> bool {
        self.who = who;
        self.prune()
    }

    /// A copy with the answers that do not apply dropped.
    pub fn pruned(&self) -> Answers {
        let mut a = *self;
        a.prune();
        a
    }

    /// The questions that apply to these answers, in order.
    pub fn shown(&self) -> impl Iterator<Item = QuestionId> + '_ {
        QuestionId::ALL.iter().copied().filter(|q| q.applies(self))
    }

    /// The first question that applies and has no answer yet (an answer
    /// with no offered option, such as a stale `safety` `not_sure` for
    /// `self`, is none); `None` when the answers are complete.
    pub fn next_unanswered(&self) -> Option<QuestionId> {
        self.shown().find(|&q| self.bits(q) & q.offered(self) == 0)
    }

    /// Whether every question that applies has an answer.
    pub fn is_complete(&self) -> bool {
        self.next_unanswered().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_ids_match_the_spec_table() {
        let ids: Vec<_> = QuestionId::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(
            ids,
            [
                "safety",
                "age",
                "focus",
                "substances",
                "frequency",
                "amount",
                "withdrawal",
                "impact",
                "medical",
                "mental_health",
                "home",
                "support",
                "history",
                "obligations",
                "schedule",
                "readiness"
            ]
        );
        for &q in QuestionId::ALL {
            assert_eq!(QuestionId::from_id(q.id()), Some(q));
        }
    }

    #[test]
    fn multi_questions_and_their_exclusive_options() {
        let multi: Vec<_> = QuestionId::ALL
            .iter()
            .filter(|q| q.kind() == Kind::Multi)
            .map(|q| (q.id(), q.exclusive().map(|i| q.option_ids()[i])))
            .collect();
        assert_eq!(
            multi,
            [
                ("substances", Some("none")),
                ("impact", Some("none")),
                ("medical", Some("none")),
                ("history", Some("none"))
            ]
        );
    }

    #[test]
    fn frequency_impact_and_withdrawal_follow_substances_and_frequency() {
        let mut a = Answers::default();
        assert!(!QuestionId::Frequency.applies(&a));
        a.substances = Set::try_from_options(&[Substance::None]).unwrap();
        assert!(!QuestionId::Frequency.applies(&a) && !QuestionId::Impact.applies(&a));
        a.substances = Set::try_from_options(&[Substance::Cannabis]).unwrap();
        assert!(QuestionId::Frequency.applies(&a) && QuestionId::Impact.applies(&a));
        assert!(!QuestionId::Withdrawal.applies(&a));
        a.frequency = Some(Frequency::NotPastMonth);
        assert!(!QuestionId::Withdrawal.applies(&a));
        a.frequency = Some(Frequency::LessThanWeekly);
        assert!(QuestionId::Withdrawal.applies(&a));
    }

    #[test]
    fn changing_an_answer_drops_answers_that_no_longer_apply() {
        let mut a = Answers::default();
        let bit = |o: usize| 1u16 << o;
        a.answer(QuestionId::Substances, bit(Substance::Alcohol.index()))
            .unwrap();
        a.answer(QuestionId::Frequency, bit(Frequency::Daily.index()))
            .unwrap();
        a.answer(QuestionId::Withdrawal, bit(Withdrawal::Strong.index()))
            .unwrap();
        a.answer(QuestionId::Impact, bit(Impact::Cravings.index()))
            .unwrap();
        a.answer(QuestionId::Frequency, bit(Frequency::NotPastMonth.index()))
            .unwrap();
        assert_eq!(a.withdrawal, None);
        assert!(a.impact.contains(Impact::Cravings));
        a.answer(QuestionId::Substances, bit(Substance::None.index()))
            .unwrap();
        assert_eq!((a.frequency, a.impact.is_empty()), (None, true));
    }

    #[test]
    fn a_plan_ends_the_questions() {
        let mut a = Answers {
            age: Some(Age::Adult),
            home: Some(Home::Unsafe),
            ..Answers::default()
        };
        a.answer(QuestionId::Safety, 1 << Safety::Plan.index())
            .unwrap();
        assert_eq!(a.age, None);
        assert_eq!(a.home, None);
        assert!(a.is_complete());
        assert_eq!(a.answer(QuestionId::Age, 1), Err(AnswerError::NotShown));
    }

    #[test]
    fn bad_answers_are_refused() {
        let mut a = Answers::default();
        assert_eq!(
            a.answer(QuestionId::Age, 0b11),
            Err(AnswerError::OneOptionOnly)
        );
        assert_eq!(
            a.answer(QuestionId::Age, 1 << 5),
            Err(AnswerError::UnknownOption)
        );
        let none_and_alcohol = (1 << Substance::None.index()) | 1;
        assert_eq!(
            a.answer(QuestionId::Substances, none_and_alcohol),
            Err(AnswerError::Conflict)
        );
        assert_eq!(a, Answers::default());
    }

    #[test]
    fn not_sure_is_offered_only_when_answering_for_someone_else() {
        let not_sure = 1 << Safety::NotSure.index();
        let mut a = Answers::default();
        assert_eq!(a.who, Who::Myself, "self is the default");
        assert_eq!(QuestionId::Safety.offered(&a), 0b0111);
        assert_eq!(
            a.answer(QuestionId::Safety, not_sure),
            Err(AnswerError::NotOffered)
        );
        assert_eq!(a, Answers::default());
        assert!(!a.set_who(Who::Other), "nothing to drop");
        assert_eq!(QuestionId::Safety.offered(&a), 0b1111);
        a.answer(QuestionId::Safety, not_sure).unwrap();
        a.age = Some(Age::Teen);
        assert_eq!(a.next_unanswered(), Some(QuestionId::Focus));
        assert!(a.set_who(Who::Myself), "switching to self drops not_sure");
        assert_eq!((a.safety, a.age), (None, Some(Age::Teen)));
        assert_eq!(a.next_unanswered(), Some(QuestionId::Safety));
        // Any other safety answer, and every other answer, stays.
        a.answer(QuestionId::Safety, 1 << Safety::Thoughts.index())
            .unwrap();
        let before = a;
        assert!(!a.set_who(Who::Other));
        assert!(!a.set_who(Who::Myself));
        assert_eq!(a, before);
        // Stale state (not_sure for self written straight in) is no answer.
        a.safety = Some(Safety::NotSure);
        assert_eq!(a.next_unanswered(), Some(QuestionId::Safety));
        assert_eq!(a.pruned().safety, None);
    }

    #[test]
    fn who_uses_the_automation_contract_ids() {
        assert_eq!(Who::IDS, ["self", "other"]);
        assert_eq!(Safety::NotSure.id(), "not_sure");
        assert_eq!(Who::from_id("self"), Some(Who::Myself));
    }

    #[test]
    fn next_unanswered_walks_the_shown_questions_in_order() {
        let mut a = Answers::default();
        assert_eq!(a.next_unanswered(), Some(QuestionId::Safety));
        a.safety = Some(Safety::No);
        a.age = Some(Age::Adult);
        a.focus = Some(Focus::Unsure);
        a.substances = Set::try_from_options(&[Substance::None]).unwrap();
        assert_eq!(a.next_unanswered(), Some(QuestionId::Medical));
    }
}
