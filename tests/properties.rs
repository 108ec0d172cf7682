//! Property tests over raw answer sequences, including changes that hide
//! questions: the engine never panics, answers that no longer apply are
//! dropped, and they never affect the result.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::*;
use proptest::prelude::*;

/// One raw step: a question index (any u8) and a raw option mask.
fn step() -> impl Strategy<Value = (u8, u16)> {
    (any::<u8>(), any::<u16>())
}

/// A mask that is usually valid for `q`: one option, or a few for multi.
/// A single option that is not offered for `a` (`safety` `not_sure` when
/// answering for oneself) becomes the first option.
fn plausible(q: QuestionId, a: &Answers, seed: u16) -> u16 {
    let n = q.option_ids().len() as u16;
    match q.kind() {
        Kind::Single if q.offered(a) & (1 << (seed % n)) == 0 => 1,
        Kind::Single => 1 << (seed % n),
        Kind::Multi => {
            let m = seed & ((1 << n) - 1);
            match q.exclusive() {
                Some(ex) if m & (1 << ex) != 0 => 1 << ex,
                _ if m == 0 => 1,
                _ => m,
            }
        }
    }
}

/// Writes an answer straight into its field, bypassing the shown-when
/// checks, as stale state from an older screen might be.
fn set_raw(a: &mut Answers, q: QuestionId, seed: u16) {
    fn one<T: Choice>(seed: u16) -> Option<T> {
        Some(T::ALL[seed as usize % T::ALL.len()])
    }
    let bits = plausible(q, a, seed);
    match q {
        QuestionId::Safety => a.safety = one(seed),
        QuestionId::Age => a.age = one(seed),
        QuestionId::Focus => a.focus = one(seed),
        QuestionId::Substances => a.substances = Set::from_bits(bits).unwrap(),
        QuestionId::Frequency => a.frequency = one(seed),
        QuestionId::Amount => a.amount = one(seed),
        QuestionId::Withdrawal => a.withdrawal = one(seed),
        QuestionId::Impact => a.impact = Set::from_bits(bits).unwrap(),
        QuestionId::Medical => a.medical = Set::from_bits(bits).unwrap(),
        QuestionId::MentalHealth => a.mental_health = one(seed),
        QuestionId::Home => a.home = one(seed),
        QuestionId::Support => a.support = one(seed),
        QuestionId::History => a.history = Set::from_bits(bits).unwrap(),
        QuestionId::Obligations => a.obligations = one(seed),
        QuestionId::Schedule => a.schedule = one(seed),
        QuestionId::Readiness => a.readiness = one(seed),
    }
}

fn who(other: bool) -> Who {
    if other {
        Who::Other
    } else {
        Who::Myself
    }
}

/// The answers a person would have if they gave only the applicable ones,
/// in order, on a fresh form.
fn rebuilt(a: &Answers) -> Answers {
    let mut fresh = Answers {
        who: a.who,
        ..Answers::default()
    };
    for &q in QuestionId::ALL {
        if q.applies(&fresh) && a.is_answered(q) {
            fresh.answer(q, a.bits(q)).expect("a kept answer is valid");
        }
    }
    fresh
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 3000,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::Direct("tests/properties.proptest-regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_sequence_of_answers_is_safe(
        other in any::<bool>(),
        first in proptest::collection::vec(any::<u16>(), 16),
        changes in proptest::collection::vec(step(), 0..40),
        garbage in proptest::collection::vec(any::<u16>(), 16),
    ) {
        let mut a = Answers { who: who(other), ..Answers::default() };
        // A full pass in question order, as a person would answer...
        for (&q, &seed) in QuestionId::ALL.iter().zip(&first) {
            if q.applies(&a) {
                a.answer(q, plausible(q, &a, seed)).unwrap();
            }
        }
        // ...then arbitrary changes, valid or not, some hiding questions.
        for (qi, mask) in changes {
            let q = QuestionId::ALL[qi as usize % QuestionId::ALL.len()];
            let before = a;
            let raw = if qi & 0x80 != 0 { mask } else { plausible(q, &a, mask) };
            match a.answer(q, raw) {
                Ok(()) => prop_assert_eq!(a.bits(q), raw),
                Err(_) => prop_assert_eq!(a, before, "a refused answer changed nothing"),
            }
            prop_assert!(!a.clone().prune(), "answers that no longer apply were kept");
        }

        let result = assess(&a);
        prop_assert_eq!(result.is_ok(), a.is_complete());
        let same = assess(&rebuilt(&a));
        prop_assert_eq!(&result, &same, "dropped answers affected the result");

        // Stale answers left in hidden questions (as if never dropped) are ignored.
        let mut stale = a;
        for (&q, &g) in QuestionId::ALL.iter().zip(&garbage) {
            if !q.applies(&a) {
                set_raw(&mut stale, q, g);
            }
        }
        prop_assert_eq!(assess(&stale), result, "stale hidden answers affected the result");
    }

    #[test]
    fn prune_is_idempotent_and_only_drops(
        other in any::<bool>(),
        raw in proptest::collection::vec(any::<u16>(), 16),
        not_sure in any::<bool>(),
    ) {
        let mut a = Answers { who: who(other), ..Answers::default() };
        for (&q, &seed) in QuestionId::ALL.iter().zip(&raw) {
            set_raw(&mut a, q, seed);
        }
        if not_sure {
            // Stale state: `not_sure` kept after switching to `self`, or given for `other`.
            a.safety = Some(Safety::NotSure);
        }
        let once = a.pruned();
        prop_assert_eq!(once.pruned(), once);
        prop_assert_eq!(assess(&a), assess(&once));
        for &q in QuestionId::ALL {
            prop_assert!(once.bits(q) == a.bits(q) || once.bits(q) == 0, "prune only drops");
            prop_assert!(!once.is_answered(q) || q.applies(&once), "nothing hidden is kept");
            prop_assert!(
                once.is_answered(q) || !q.applies(&once) || !a.is_answered(q)
                    || a.bits(q) & !q.offered(&once) != 0,
                "nothing shown and offered is dropped"
            );
            prop_assert_eq!(once.bits(q) & !q.offered(&once), 0, "nothing not offered is kept");
        }
    }

    /// `who` switched back and forth between answers: answers are kept
    /// except `safety` `not_sure` on the way to `self`; `not_sure` is never
    /// kept for `self`; and flipping `who` on complete answers (with
    /// `not_sure` as `no`) never changes the level, `then`, `setting`,
    /// `medicine` or reasons.
    #[test]
    fn switching_who_keeps_the_answers_and_the_result(
        base in proptest::collection::vec(any::<u16>(), 16),
        flips in proptest::collection::vec((any::<bool>(), any::<u8>(), any::<u16>()), 1..20),
    ) {
        let mut a = Answers { who: Who::Other, ..Answers::default() };
        for (&q, &seed) in QuestionId::ALL.iter().zip(&base) {
            if q.applies(&a) {
                a.answer(q, plausible(q, &a, seed)).unwrap();
            }
        }
        for (other, qi, seed) in flips {
            let before = a;
            let dropped = a.set_who(who(other));
            let lost_not_sure = !other && before.safety == Some(Safety::NotSure);
            prop_assert_eq!(dropped, lost_not_sure);
            if lost_not_sure {
                prop_assert_eq!(a.safety, None);
                prop_assert_eq!(Answers { safety: None, who: a.who, ..before }, a);
            } else {
                prop_assert_eq!(Answers { who: a.who, ..before }, a);
            }
            prop_assert!(a.who == Who::Other || a.safety != Some(Safety::NotSure));
            let q = QuestionId::ALL[qi as usize % QuestionId::ALL.len()];
            if q.applies(&a) {
                let _ = a.answer(q, plausible(q, &a, seed));
            }
            prop_assert!(!a.clone().prune());
        }
        for (&q, &seed) in QuestionId::ALL.iter().zip(&base) {
            if q.applies(&a) && !a.is_answered(q) {
                a.answer(q, plausible(q, &a, seed)).unwrap();
            }
        }
        let r = assess(&a).unwrap();
        let mut b = a;
        if b.safety == Some(Safety::NotSure) {
            b.safety = Some(Safety::No);
            let no = assess(&b).unwrap();
            prop_assert_eq!(&no, &r, "not_sure is read as no");
        }
        b.set_who(if a.who == Who::Other { Who::Myself } else { Who::Other });
        let s = assess(&b).unwrap();
        prop_assert_eq!(
            (s.level, s.then, s.setting, s.medicine, &s.reasons),
            (r.level, r.then, r.setting, r.medicine, &r.reasons)
        );
    }

    /// The v3 answers that move: `amount` hidden and shown again as alcohol
    /// or frequency change, and `history` options switched on and off. The
    /// result always equals that of the same answers given afresh.
    #[test]
    fn hiding_amount_and_switching_history_keep_the_answers_consistent(
        base in proptest::collection::vec(any::<u16>(), 16),
        toggles in proptest::collection::vec((0u8..4, any::<u16>()), 1..30),
    ) {
        let mut a = Answers::default();
        for (&q, &seed) in QuestionId::ALL.iter().zip(&base) {
            if q.applies(&a) {
                a.answer(q, plausible(q, &a, seed)).unwrap();
            }
        }
        for (what, seed) in toggles {
            let (q, bits) = match what {
                // Tick or untick alcohol (keeping the exclusive rule).
                0 => {
                    let mut s = a.substances;
                    s.toggle(Substance::Alcohol);
                    if s.is_empty() { s.toggle(Substance::None); }
                    (QuestionId::Substances, s.bits())
                }
                1 => (QuestionId::Frequency, plausible(QuestionId::Frequency, &a, seed)),
                2 => (QuestionId::Amount, plausible(QuestionId::Amount, &a, seed)),
                _ => {
                    let mut h = a.history;
                    h.toggle(History::ALL[seed as usize % History::ALL.len()]);
                    if h.is_empty() { h.toggle(History::None); }
                    (QuestionId::History, h.bits())
                }
            };
            let _ = a.answer(q, bits);
            prop_assert_eq!(
                a.amount.is_some(),
                QuestionId::Amount.applies(&a) && a.amount.is_some(),
                "a hidden amount was kept"
            );
            if !QuestionId::Amount.applies(&a) {
                prop_assert_eq!(a.amount, None);
            }
            let h = a.history;
            prop_assert!(
                !h.contains(History::None) || h.len() == 1,
                "none of these stands alone"
            );
        }
        // Fill whatever the toggles revealed, then compare with a fresh form.
        for (&q, &seed) in QuestionId::ALL.iter().zip(&base) {
            if q.applies(&a) && !a.is_answered(q) {
                a.answer(q, plausible(q, &a, seed)).unwrap();
            }
        }
        let result = assess(&a);
        prop_assert!(result.is_ok());
        prop_assert_eq!(result, assess(&rebuilt(&a)));
    }
}
