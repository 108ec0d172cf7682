//! The spec's "Derived values": what the rules read, computed once from the
//! answers that apply.

use super::questions::*;

/// A severity band: the usual DSM-5 cut-offs for substance use, or the
/// mental-health answer mapped onto the same bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// 0–1 items.
    None,
    /// 2–3 items.
    Mild,
    /// 4–5 items.
    Moderate,
    /// 6 or more items.
    Severe,
}

impl Severity {
    /// The band for a count of substance-use items.
    pub fn from_count(n: usize) -> Severity {
        match n {
            0..=1 => Severity::None,
            2..=3 => Severity::Mild,
            4..=5 => Severity::Moderate,
            _ => Severity::Severe,
        }
    }
}

/// `w`: the withdrawal answer as the rules read it: `not_sure` counted as
/// mild, `none` when the question is not shown. `NeverStopped` stays itself:
/// it reports no symptom, and it is not on the symptom scale `None < Mild <
/// Strong < Severe`, so compare with `>=` only through [`WithdrawalLevel::symptom`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WithdrawalLevel {
    /// No withdrawal, or the question was not shown.
    None,
    /// Mild, or not sure.
    Mild,
    /// Shaking, sweating, vomiting, racing heart.
    Strong,
    /// Seizures, hallucinations or confusion after stopping.
    Severe,
    /// Has never stopped or cut down: no symptom reported, risk unknown.
    NeverStopped,
}

impl WithdrawalLevel {
    /// The rank on the symptom scale: 0 none (and never stopped), 1 mild,
    /// 2 strong, 3 severe.
    pub fn symptom(self) -> u8 {
        match self {
            WithdrawalLevel::None | WithdrawalLevel::NeverStopped => 0,
            WithdrawalLevel::Mild => 1,
            WithdrawalLevel::Strong => 2,
            WithdrawalLevel::Severe => 3,
        }
    }
}

/// `drinks`: the amount answer as the rules read it, `None` when not shown.
pub type Drinks = Option<Amount>;

/// The derived values of the spec, plus the answers the rules read directly.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    /// The answers as the rules read them: those that apply (pruned), with
    /// `safety` `not_sure` (someone else, not known) read as `no`. `who`
    /// is kept for the notes; no rule reads it.
    pub a: Answers,
    /// Some substance other than `none` and `moud` in the past 12 months.
    pub used: bool,
    /// `used` and frequency is not `not_past_month`.
    pub recent: bool,
    /// Frequency is `most_days` or `daily`.
    pub uses_often: bool,
    /// Alcohol among the substances.
    pub alcohol: bool,
    /// Sedatives among the substances.
    pub sedatives: bool,
    /// Alcohol or sedatives among the substances.
    pub depressant: bool,
    /// Opioids among the substances.
    pub opioids: bool,
    /// `other` among the substances.
    pub other: bool,
    /// `moud` ticked: methadone or buprenorphine from a clinic or doctor.
    pub on_moud: bool,
    /// Withdrawal as the rules read it.
    pub w: WithdrawalLevel,
    /// Drinks on a day of drinking, when asked.
    pub drinks: Drinks,
    /// Substance severity.
    pub sub: Severity,
    /// Mental-health severity.
    pub mh: Severity,
    /// The higher of `sub` and `mh`.
    pub severity: Severity,
    /// Someone at home uses, and `sub` is mild or worse.
    pub risky_home: bool,
    /// Stepping down from more intensive care into a stable situation.
    pub stable_step_down: bool,
    /// Mental-health needs with nothing else pointing higher.
    pub mh_alone: bool,
    /// The PAWSS-informed count of withdrawal risks, 0–7.
    pub wm_count: u8,
    // `wm_facility` and `medicine` are the trigger tables beside the policy
    // ([`SETTING`](super::SETTING), [`MEDICINE`](super::MEDICINE)), which
    // also name their reasons: see `Facts::wm_facility` and `Facts::medicine`.
}

impl Facts {
    /// Derives the facts from answers; answers that do not apply are ignored.
    pub fn derive(answers: &Answers) -> Facts {
        let mut a = answers.pruned();
        if a.safety == Some(Safety::NotSure) {
            a.safety = Some(Safety::No);
        }
        let has = |s: Substance| a.substances.contains(s);
        let history = |h: History| a.history.contains(h);
        let used = a.used();
        let recent = used && matches!(a.frequency, Some(f) if f != Frequency::NotPastMonth);
        let uses_often = matches!(a.frequency, Some(Frequency::MostDays | Frequency::Daily));
        let w = match a.withdrawal {
            None | Some(Withdrawal::None) => WithdrawalLevel::None,
            Some(Withdrawal::Mild | Withdrawal::NotSure) => WithdrawalLevel::Mild,
            Some(Withdrawal::Strong) => WithdrawalLevel::Strong,
            Some(Withdrawal::Severe) => WithdrawalLevel::Severe,
            Some(Withdrawal::NeverStopped) => WithdrawalLevel::NeverStopped,
        };
        let sub = Severity::from_count(a.impact.count_real() + usize::from(w.symptom() >= 1));
        let mh = match a.mental_health {
            None | Some(MentalHealth::NotAtAll) => Severity::None,
            Some(MentalHealth::Somewhat) => Severity::Mild,
            Some(MentalHealth::ALot) => Severity::Moderate,
            Some(MentalHealth::Overwhelming) => Severity::Severe,
        };
        let (alcohol, sedatives, opioids) = (
            has(Substance::Alcohol),
            has(Substance::Sedatives),
            has(Substance::Opioids),
        );
        let drinks = a.amount;
        let pregnant = a.medical.contains(Medical::Pregnant);
        let support_some = matches!(a.support, Some(s) if s != Support::None);
        let home_supportive = a.home == Some(Home::Supportive);
        let safety_no = a.safety == Some(Safety::No);
        // One point each, in the spec's order (1)–(7). `never_stopped` counts
        // as "mild or worse" for (3): the reading that gives more care (see
        // docs/rules.md).
        let wm_count = [
            drinks >= Some(Amount::D5_6),
            history(History::WithdrawalCare)
                || history(History::SteppingDown)
                || history(History::Relapsed),
            w != WithdrawalLevel::None || history(History::WithdrawalCare),
            alcohol && sedatives,
            alcohol
                && (opioids
                    || has(Substance::Stimulants)
                    || has(Substance::Cannabis)
                    || has(Substance::Other)),
            drinks == Some(Amount::D10Plus),
            w.symptom() >= 2,
        ]
        .iter()
        .filter(|&&p| p)
        .count() as u8;
        Facts {
            used,
            recent,
            uses_often,
            alcohol,
            sedatives,
            depressant: alcohol || sedatives,
            opioids,
            other: has(Substance::Other),
            on_moud: has(Substance::Moud),
            w,
            drinks,
            sub,
            mh,
            severity: sub.max(mh),
            risky_home: a.home == Some(Home::OthersUse) && sub >= Severity::Mild,
            stable_step_down: history(History::SteppingDown)
                && !history(History::Relapsed)
                && home_supportive
                && support_some
                && safety_no
                && matches!(
                    a.mental_health,
                    Some(MentalHealth::NotAtAll | MentalHealth::Somewhat)
                ),
            mh_alone: a.mental_health == Some(MentalHealth::ALot)
                && sub == Severity::None
                && !(recent && uses_often)
                && !pregnant
                && support_some
                && home_supportive
                && safety_no
                && !history(History::SteppingDown)
                && !history(History::OutpatientNotEnough)
                && !history(History::Relapsed),
            wm_count,
            a,
        }
    }

    /// Whether the medical answer includes `m`.
    pub fn medical(&self, m: Medical) -> bool {
        self.a.medical.contains(m)
    }

    /// Whether the history answer includes `h`.
    pub fn history(&self, h: History) -> bool {
        self.a.history.contains(h)
    }

    /// Whether the substances answer includes `s`.
    pub fn has(&self, s: Substance) -> bool {
        self.a.substances.contains(s)
    }

    /// Whether the frequency is one of `fs`.
    pub fn frequency_in(&self, fs: &[Frequency]) -> bool {
        matches!(self.a.frequency, Some(f) if fs.contains(&f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Set;

    fn using(subs: &[Substance], f: Frequency, w: Withdrawal, impact: &[Impact]) -> Answers {
        Answers {
            safety: Some(Safety::No),
            substances: Set::try_from_options(subs).unwrap(),
            frequency: Some(f),
            withdrawal: Some(w),
            impact: Set::try_from_options(impact).unwrap(),
            ..Answers::default()
        }
    }

    #[test]
    fn severity_cut_offs() {
        let bands: Vec<_> = (0..=10).map(Severity::from_count).collect();
        use Severity::*;
        assert_eq!(
            bands,
            [None, None, Mild, Mild, Moderate, Moderate, Severe, Severe, Severe, Severe, Severe]
        );
    }

    #[test]
    fn not_sure_counts_as_mild_and_adds_one_to_sub() {
        let a = using(
            &[Substance::Alcohol],
            Frequency::Weekly,
            Withdrawal::NotSure,
            &[Impact::Cravings],
        );
        let f = Facts::derive(&a);
        assert_eq!(f.w, WithdrawalLevel::Mild);
        assert_eq!(f.sub, Severity::Mild);
    }

    #[test]
    fn safety_not_sure_is_read_as_no() {
        let mut a = using(
            &[Substance::Alcohol],
            Frequency::Weekly,
            Withdrawal::None,
            &[Impact::None],
        );
        a.who = Who::Other;
        a.safety = Some(Safety::NotSure);
        a.history = Set::try_from_options(&[History::SteppingDown]).unwrap();
        a.home = Some(Home::Supportive);
        a.support = Some(Support::Some);
        a.mental_health = Some(MentalHealth::NotAtAll);
        let f = Facts::derive(&a);
        assert_eq!(f.a.safety, Some(Safety::No));
        assert_eq!(f.a.who, Who::Other);
        assert!(f.stable_step_down, "not_sure reads as no here too");
    }

    #[test]
    fn hidden_withdrawal_counts_as_none() {
        let a = using(
            &[Substance::Alcohol],
            Frequency::NotPastMonth,
            Withdrawal::Severe,
            &[Impact::Cravings],
        );
        let f = Facts::derive(&a);
        assert_eq!(
            (f.w, f.recent, f.used),
            (WithdrawalLevel::None, false, true)
        );
        assert_eq!(f.sub, Severity::None);
    }

    #[test]
    fn risky_home_needs_substance_severity() {
        let mut a = using(
            &[Substance::Cannabis],
            Frequency::Weekly,
            Withdrawal::None,
            &[Impact::Cravings],
        );
        a.home = Some(Home::OthersUse);
        a.mental_health = Some(MentalHealth::Overwhelming);
        assert!(
            !Facts::derive(&a).risky_home,
            "mental health alone does not make home risky"
        );
        a.impact = Set::try_from_options(&[Impact::Cravings, Impact::Risky]).unwrap();
        assert!(Facts::derive(&a).risky_home);
    }

    #[test]
    fn severity_is_the_higher_of_sub_and_mh() {
        let mut a = using(
            &[Substance::Cannabis],
            Frequency::Weekly,
            Withdrawal::Mild,
            &[Impact::Cravings],
        );
        a.mental_health = Some(MentalHealth::ALot);
        let f = Facts::derive(&a);
        assert_eq!(
            (f.sub, f.mh, f.severity),
            (Severity::Mild, Severity::Moderate, Severity::Moderate)
        );
    }

    #[test]
    fn stable_step_down_needs_every_part() {
        let base = Answers {
            safety: Some(Safety::No),
            history: Set::try_from_options(&[History::SteppingDown]).unwrap(),
            home: Some(Home::Supportive),
            support: Some(Support::Some),
            mental_health: Some(MentalHealth::Somewhat),
            ..Answers::default()
        };
        assert!(Facts::derive(&base).stable_step_down);
        let breakers = [
            Answers {
                safety: Some(Safety::Thoughts),
                ..base
            },
            Answers {
                history: Set::try_from_options(&[History::Relapsed]).unwrap(),
                ..base
            },
            Answers {
                home: Some(Home::OthersUse),
                ..base
            },
            Answers {
                support: Some(Support::None),
                ..base
            },
            Answers {
                mental_health: Some(MentalHealth::ALot),
                ..base
            },
        ];
        for b in breakers {
            assert!(!Facts::derive(&b).stable_step_down, "{b:?}");
        }
    }

    #[test]
    fn substance_groups() {
        let a = using(
            &[Substance::Sedatives, Substance::Other],
            Frequency::Daily,
            Withdrawal::None,
            &[Impact::None],
        );
        let f = Facts::derive(&a);
        assert!(f.depressant && f.other && !f.opioids && f.uses_often && f.recent);
    }
}
