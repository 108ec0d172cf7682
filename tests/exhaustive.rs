//! Exhaustive verification of spec v3's safety invariants I1–I11: every
//! combination of the values the rules read, as far as the shown-when rules
//! and the exclusive options let a person give them.
//!
//! Answers are enumerated by the groups the rules tell apart:
//! - substances: alcohol, sedatives, opioids, `other`, "any other drug"
//!   (cannabis or stimulants, which no rule tells apart; the two alternate),
//!   and `moud`, in every subset (none = "none of these");
//! - frequency: not in the past month, less than weekly, weekly, and most
//!   days or daily (no rule tells those two apart; they alternate);
//! - drinks a day: 1–4, 5–9 and 10 or more (the cut-offs of `wm_count` and
//!   rule 2e; the values inside a group alternate);
//! - withdrawal: none, mild or not sure (alternating: read alike), strong,
//!   severe, never stopped;
//! - impact: how many items are ticked, 0 ("none of these") to 6 (6 or more
//!   are all severe, even without a withdrawal point);
//! - medical: every subset of unstable, recent overdose and pregnant
//!   (`managed` is read by no rule; it alternates with `none`);
//! - history: every subset of stepping down, weekly therapy not enough,
//!   relapsed and withdrawal care (`none` and `other` are read by no rule;
//!   they alternate for the empty subset);
//! - mental health, home, support and safety (`no`, `thoughts`) in full;
//!   safety `plan` ends the questions and is checked on its own.
//!
//! The answers that only shape wording (age, focus, obligations, schedule,
//! readiness) and `who` (`self`, `other`; with `other`, safety `no` is given
//! as `not_sure` every other time) cycle through their 864 combinations
//! across the run, so every invariant is also checked for answers given
//! for someone else and for `not_sure`. A sample of combinations (one in
//! 17) is assessed again with fixed wording, `who` `self` and safety `no`:
//! the level, `then`, `setting` and `medicine` must not change. Another
//! sample (one in 17) flips only `who` (and `not_sure` to `no`): the whole
//! result but the notes that depend on `who` must stay the same, and
//! `not_sure` must give exactly the result of `no`. The engine reads `who`
//! only in its notes, so a sample is enough to catch a rule that reads it;
//! flipping every combination would double the run.
//!
//! The one-step-worse check: one step worse along an ordered answer never
//! gives less care (no crisis or detox lost, no facility lost, no medicine
//! lost, no lower ongoing care). Ordered: more impact items, more frequent
//! use (the first step reveals withdrawal and drinks, taken at every value),
//! more drinks a day, worse withdrawal (none < mild < strong < severe), one
//! more substance among the five that are used (alcohol, sedatives, opioids,
//! `other`, another drug), worse mental health, less support, a less safe
//! home, an added medical risk, and safety `no` → `thoughts`. Not ordered:
//! `never_stopped` (it reports no symptom, so it is neither better nor worse
//! than `mild`, though for alcohol and sedatives used most days the rules
//! treat it as a risk), `moud` (being on medicine is treatment, not a worse
//! state), and `history` (finishing a higher level of care is good news and
//! can rightly lower the suggestion; a relapse is a different story, not a
//! step on one scale).
//!
//! The expectations are restated from the spec in the test's own words;
//! they do not call into the engine's derived values.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::*;
use std::time::Instant;

const SAFETY: [Safety; 2] = [Safety::No, Safety::Thoughts];
/// Substance bits, in this order.
const SUB_BITS: [Substance; 6] = [
    Substance::Alcohol,
    Substance::Sedatives,
    Substance::Opioids,
    Substance::Other,
    Substance::Cannabis, // or stimulants, alternating
    Substance::Moud,
];
const ALCOHOL: usize = 1;
const SEDATIVES: usize = 2;
const OPIOIDS: usize = 4;
const OTHER: usize = 8;
const MOUD: usize = 32;
const SUBS: usize = 64;
/// Frequency groups: not past month, less than weekly, weekly, often.
const FREQ: usize = 4;
/// Drinks groups: 1–4, 5–9, 10+.
const AMOUNT: usize = 3;
/// Withdrawal: none, mild or not sure, strong, severe, never stopped.
const W: usize = 5;
const W_NEVER: usize = 4;
/// Impact items ticked, 0 ("none of these") to 6.
const IMPACT: usize = 7;
/// Medical bits: unstable, recent overdose, pregnant.
const MEDICAL: usize = 8;
const MH: [MentalHealth; 4] = [
    MentalHealth::NotAtAll,
    MentalHealth::Somewhat,
    MentalHealth::ALot,
    MentalHealth::Overwhelming,
];
const HOME: [Home; 3] = [Home::Supportive, Home::OthersUse, Home::Unsafe];
const SUPPORT: [Support; 3] = [Support::Strong, Support::Some, Support::None];
/// History bits: stepping down, outpatient not enough, relapsed, withdrawal care.
const HISTORY: usize = 16;

/// One combination, as indices into the groups above.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Combo {
    medical: usize,
    safety: usize,
    subs: usize,
    freq: usize,
    amount: usize,
    w: usize,
    impact: usize,
    mh: usize,
    home: usize,
    support: usize,
    history: usize,
}

impl Combo {
    fn used(&self) -> bool {
        self.subs & !MOUD != 0
    }
    fn recent(&self) -> bool {
        self.used() && self.freq != 0
    }
    fn drinks_shown(&self) -> bool {
        self.recent() && self.subs & ALCOHOL != 0
    }

    /// Radix of each field, in index order (medical outermost).
    const RADIX: [usize; 11] = [MEDICAL, 2, SUBS, FREQ, AMOUNT, W, IMPACT, 4, 3, 3, HISTORY];

    fn fields(&self) -> [usize; 11] {
        [
            self.medical,
            self.safety,
            self.subs,
            self.freq,
            self.amount,
            self.w,
            self.impact,
            self.mh,
            self.home,
            self.support,
            self.history,
        ]
    }

    /// Position in the result table. Hidden questions take index 0, so each
    /// reachable combination has exactly one slot.
    fn index(&self) -> usize {
        let mut c = *self;
        if !c.used() {
            c.freq = 0;
            c.impact = 0;
        }
        if !c.recent() {
            c.w = 0;
        }
        if !c.drinks_shown() {
            c.amount = 0;
        }
        c.fields()
            .iter()
            .zip(Self::RADIX)
            .fold(0, |acc, (&v, r)| acc * r + v)
    }

    /// Every reachable combination whose medical index is `medical`.
    fn all_with_medical(medical: usize) -> impl Iterator<Item = Combo> {
        let subs = (0..2).flat_map(move |safety| {
            (0..SUBS).flat_map(move |subs| {
                let probe = Combo {
                    subs,
                    ..Combo::default()
                };
                let freqs = if probe.used() { FREQ } else { 1 };
                (0..freqs).flat_map(move |freq| {
                    let c = Combo {
                        medical,
                        safety,
                        subs,
                        freq,
                        ..Combo::default()
                    };
                    let amounts = if c.drinks_shown() { AMOUNT } else { 1 };
                    let ws = if c.recent() { W } else { 1 };
                    let impacts = if c.used() { IMPACT } else { 1 };
                    (0..amounts).flat_map(move |amount| {
                        (0..ws).flat_map(move |w| {
                            (0..impacts).map(move |impact| Combo {
                                amount,
                                w,
                                impact,
                                ..c
                            })
                        })
                    })
                })
            })
        });
        subs.flat_map(|c| {
            (0..4).flat_map(move |mh| {
                (0..3).flat_map(move |home| {
                    (0..3).flat_map(move |support| {
                        (0..HISTORY).map(move |history| Combo {
                            mh,
                            home,
                            support,
                            history,
                            ..c
                        })
                    })
                })
            })
        })
    }

    /// The answers a person would give, with wording-only answers (and
    /// `who`) number `wording` of 864 (it also picks between the values of a
    /// group).
    fn answers(&self, wording: usize) -> Answers {
        let bit = |o: usize| 1u16 << o;
        let alt = wording % 2 == 1;
        let mut subs = 0;
        for (i, s) in SUB_BITS.iter().enumerate() {
            if self.subs & (1 << i) != 0 {
                let s = match s {
                    Substance::Cannabis if alt => Substance::Stimulants,
                    &s => s,
                };
                subs |= bit(s.index());
            }
        }
        if subs == 0 {
            subs = bit(Substance::None.index());
        }
        let impact = if self.impact == 0 {
            bit(Impact::None.index())
        } else {
            // `impact` items (none of them the exclusive one), shifted by
            // the wording so different items are exercised.
            (0..self.impact).fold(0, |m, i| m | bit((i + wording) % 10))
        };
        let medical_opts = [
            Medical::Unstable,
            Medical::RecentOverdose,
            Medical::Pregnant,
        ];
        let mut medical = (0..3)
            .filter(|b| self.medical & (1 << b) != 0)
            .fold(0, |m, b| m | bit(medical_opts[b].index()));
        if alt {
            medical |= bit(Medical::Managed.index());
        }
        if medical == 0 {
            medical = bit(Medical::None.index());
        }
        let history_opts = [
            History::SteppingDown,
            History::OutpatientNotEnough,
            History::Relapsed,
            History::WithdrawalCare,
        ];
        let mut history = (0..4)
            .filter(|b| self.history & (1 << b) != 0)
            .fold(0, |m, b| m | bit(history_opts[b].index()));
        if history == 0 {
            let h = if alt { History::Other } else { History::None };
            history = bit(h.index());
        } else if alt {
            history |= bit(History::Other.index());
        }
        let frequency = [
            Frequency::NotPastMonth,
            Frequency::LessThanWeekly,
            Frequency::Weekly,
            if alt {
                Frequency::Daily
            } else {
                Frequency::MostDays
            },
        ][self.freq];
        let amount = [
            if alt { Amount::D3_4 } else { Amount::D1_2 },
            if alt { Amount::D7_9 } else { Amount::D5_6 },
            Amount::D10Plus,
        ][self.amount];
        let withdrawal = [
            Withdrawal::None,
            if alt {
                Withdrawal::NotSure
            } else {
                Withdrawal::Mild
            },
            Withdrawal::Strong,
            Withdrawal::Severe,
            Withdrawal::NeverStopped,
        ][self.w];
        let mut w = wording;
        let mut next = |n: usize| {
            let v = w % n;
            w /= n;
            v
        };
        let (age, focus) = (Age::ALL[next(2)], Focus::ALL[next(6)]);
        let (obligations, schedule, readiness) = (
            Obligations::ALL[next(2)],
            Schedule::ALL[next(3)],
            Readiness::ALL[next(3)],
        );
        let who = Who::ALL[next(2)];
        let not_sure = next(2) == 1 && who == Who::Other;
        let safety = match SAFETY[self.safety] {
            Safety::No if not_sure => Safety::NotSure,
            s => s,
        };
        Answers {
            who,
            safety: Some(safety),
            age: Some(age),
            focus: Some(focus),
            substances: Set::from_bits(subs).unwrap(),
            frequency: self.used().then_some(frequency),
            amount: self.drinks_shown().then_some(amount),
            withdrawal: self.recent().then_some(withdrawal),
            impact: if self.used() {
                Set::from_bits(impact).unwrap()
            } else {
                Set::new()
            },
            medical: Set::from_bits(medical).unwrap(),
            mental_health: Some(MH[self.mh]),
            home: Some(HOME[self.home]),
            support: Some(SUPPORT[self.support]),
            history: Set::from_bits(history).unwrap(),
            obligations: Some(obligations),
            schedule: Some(schedule),
            readiness: Some(readiness),
        }
    }

    /// The combinations one step worse along one ordered answer, each with a
    /// name for error messages, into `out` (cleared first; reused, since this
    /// runs for every combination). Revealed questions take each of their
    /// values.
    fn worse(&self, out: &mut Vec<(&'static str, Combo)>) {
        out.clear();
        let c = *self;
        if c.used() && c.impact + 1 < IMPACT {
            let impact = c.impact + 1;
            out.push(("one more impact item", Combo { impact, ..c }));
        }
        if c.used() && c.freq + 1 < FREQ {
            let freq = c.freq + 1;
            if c.freq == 0 {
                for w in 0..W {
                    for amount in 0..AMOUNT {
                        let n = Combo {
                            freq,
                            w,
                            amount,
                            ..c
                        };
                        out.push(("use in the past month", n));
                    }
                }
            } else {
                out.push(("more frequent use", Combo { freq, ..c }));
            }
        }
        if c.drinks_shown() && c.amount + 1 < AMOUNT {
            let amount = c.amount + 1;
            out.push(("more drinks a day", Combo { amount, ..c }));
        }
        if c.recent() && c.w != W_NEVER && c.w + 1 < W_NEVER {
            out.push(("worse withdrawal", Combo { w: c.w + 1, ..c }));
        }
        for bit in [ALCOHOL, SEDATIVES, OPIOIDS, OTHER, 16] {
            if c.subs & bit != 0 {
                continue;
            }
            let subs = c.subs | bit;
            let n = Combo { subs, ..c };
            if !c.used() {
                // The first substance reveals frequency, withdrawal, drinks
                // and impact: every value of them.
                for freq in 0..FREQ {
                    for w in 0..W {
                        for amount in 0..AMOUNT {
                            for impact in 0..IMPACT {
                                let r = Combo {
                                    freq,
                                    w,
                                    amount,
                                    impact,
                                    ..n
                                };
                                out.push(("a first substance", r));
                            }
                        }
                    }
                }
            } else if bit == ALCOHOL && c.recent() {
                for amount in 0..AMOUNT {
                    out.push(("alcohol as well", Combo { amount, ..n }));
                }
            } else {
                out.push(("another substance", n));
            }
        }
        if c.mh + 1 < 4 {
            out.push(("worse mental health", Combo { mh: c.mh + 1, ..c }));
        }
        if c.support + 1 < 3 {
            let support = c.support + 1;
            out.push(("less support", Combo { support, ..c }));
        }
        if c.home + 1 < 3 {
            out.push((
                "a less safe home",
                Combo {
                    home: c.home + 1,
                    ..c
                },
            ));
        }
        for bit in [1, 2, 4] {
            if c.medical & bit == 0 {
                let medical = c.medical | bit;
                out.push(("an added medical risk", Combo { medical, ..c }));
            }
        }
        if c.safety == 0 {
            out.push(("safety no -> thoughts", Combo { safety: 1, ..c }));
        }
    }
}

/// How many combinations of the wording-only answers and `who` (with
/// `not_sure` for `no` half the time when `other`) the run cycles through.
const WORDING: usize = 216 * 2 * 2;

/// The notes that depend on `who`: the caregiver notes, and privacy for a
/// teen answering for themselves.
fn depends_on_who(n: Note) -> bool {
    n.id().starts_with("caregiver_") || n.id() == "teen_privacy"
}

/// `who` flipped (and `not_sure`, which `self` does not offer, as `no`)
/// changes nothing but the notes that depend on `who`; `not_sure` gives
/// exactly the result of `no`.
fn check_who_flip(a: &Answers, r: &Assessment) {
    let mut b = *a;
    if a.safety == Some(Safety::NotSure) {
        b.safety = Some(Safety::No);
        assert_eq!(&assess(&b).unwrap(), r, "not_sure is not read as no: {a:?}");
    }
    b.set_who(match a.who {
        Who::Myself => Who::Other,
        Who::Other => Who::Myself,
    });
    let s = assess(&b).unwrap();
    let common = |x: &Assessment| {
        let notes: Vec<Note> = x
            .notes
            .iter()
            .copied()
            .filter(|&n| !depends_on_who(n))
            .collect();
        (
            x.level,
            x.then,
            x.setting,
            x.medicine,
            x.reasons.clone(),
            x.deciding,
            x.asam,
            notes,
        )
    };
    assert_eq!(common(&s), common(r), "who changed the result: {a:?}");
}

/// A result as the invariants read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Outcome {
    level: Level,
    then: Option<Level>,
    facility: bool,
    medicine: bool,
}

impl Outcome {
    fn of(r: &Assessment) -> Outcome {
        Outcome {
            level: r.level,
            then: r.then,
            facility: r.setting == Some(Setting::Facility),
            medicine: r.medicine.is_some(),
        }
    }

    /// Level (3 bits), `then` (3 bits, 7 = none), facility, medicine. Never
    /// 0xFF: no level is 7.
    fn pack(self) -> u8 {
        (self.level as u8) << 5
            | self.then.map_or(7, |t| t as u8) << 2
            | u8::from(self.facility) << 1
            | u8::from(self.medicine)
    }

    fn unpack(b: u8) -> Outcome {
        let level_of = |n: u8| Level::ALL.iter().copied().find(|&l| l as u8 == n);
        Outcome {
            level: level_of(b >> 5).expect("a packed level"),
            then: level_of((b >> 2) & 7),
            facility: b & 2 != 0,
            medicine: b & 1 != 0,
        }
    }

    /// The effective level: `then` for detox.
    fn care(self) -> Level {
        self.then.unwrap_or(self.level)
    }

    /// "Not less care": no crisis, detox, facility or medicine lost, and no
    /// lower ongoing care.
    fn at_least(self, base: Outcome) -> bool {
        let crisis = |o: Outcome| o.level == Level::Crisis;
        let detox = |o: Outcome| o.level == Level::Detox;
        if crisis(base) {
            return crisis(self);
        }
        if crisis(self) {
            return true;
        }
        (!detox(base) || detox(self))
            && (!base.facility || self.facility)
            && (!base.medicine || self.medicine)
            && self.care() >= base.care()
    }
}

/// v2's rule 2 (detox), restated: which clauses held, for I10. v3's
/// `never_stopped` was part of v2's `not_sure`, which counted as mild.
fn v2_detox(a: &Answers) -> (bool, bool) {
    let has = |s: Substance| a.substances.contains(s);
    let used = a
        .substances
        .iter()
        .any(|s| s != Substance::None && s != Substance::Moud);
    let recent = used && !matches!(a.frequency, None | Some(Frequency::NotPastMonth));
    let often = matches!(a.frequency, Some(Frequency::MostDays | Frequency::Daily));
    let weekly_plus = often || a.frequency == Some(Frequency::Weekly);
    let w = match a.withdrawal {
        None | Some(Withdrawal::None) => 0,
        Some(Withdrawal::Mild | Withdrawal::NotSure | Withdrawal::NeverStopped) => 1,
        Some(Withdrawal::Strong) => 2,
        Some(Withdrawal::Severe) => 3,
    };
    let depressant = has(Substance::Alcohol) || has(Substance::Sedatives);
    let pregnant = a.medical.contains(Medical::Pregnant);
    let others = recent
        && ((w == 3 && weekly_plus)
            || (depressant && w >= 2)
            || (depressant && often && w >= 1)
            || (has(Substance::Other) && often && w == 2)
            || (pregnant && often && depressant));
    let opioid_2d = recent && has(Substance::Opioids) && often && w == 2;
    (others, opioid_2d)
}

/// Checks one combination's own invariants; returns its outcome, and its
/// answers and result when `keep` (for the `who` flip).
fn check_one(
    c: &Combo,
    wording: usize,
    keep: bool,
) -> Result<(Outcome, Option<(Answers, Assessment)>), String> {
    let a = c.answers(wording);
    let r = assess(&a).map_err(|e| format!("{c:?}: incomplete: {e:?}"))?;
    let o = Outcome::of(&r);
    let fail = |what: &str| {
        Err(format!(
            "{what}\n  combo {c:?}\n  answers {a:?}\n  result {r:?}"
        ))
    };

    // Restated from the spec, independently of the engine's derived values.
    let has = |s: Substance| a.substances.contains(s);
    let recent = c.recent();
    let often = matches!(a.frequency, Some(Frequency::MostDays | Frequency::Daily));
    let weekly_plus = often || a.frequency == Some(Frequency::Weekly);
    let depressant = has(Substance::Alcohol) || has(Substance::Sedatives);
    let wd = a.withdrawal;
    let strong_or_severe = matches!(wd, Some(Withdrawal::Strong | Withdrawal::Severe));
    let severe = wd == Some(Withdrawal::Severe);
    let mild_or_never = matches!(
        wd,
        Some(Withdrawal::Mild | Withdrawal::NotSure | Withdrawal::NeverStopped)
    );
    let pregnant = a.medical.contains(Medical::Pregnant);
    let overdose = a.medical.contains(Medical::RecentOverdose);
    let unstable = a.medical.contains(Medical::Unstable);
    // `not_sure` (someone else, not known) is read as `no`: not thoughts.
    let thoughts = a.safety == Some(Safety::Thoughts);
    let opioids = has(Substance::Opioids);
    let moud = has(Substance::Moud);
    let care = o.care();
    let detox = r.level == Level::Detox;

    // Structure: only detox has `then` and `setting`; crisis needs a plan.
    if r.level == Level::Crisis {
        return fail("crisis without a plan");
    }
    match (r.level, r.then, r.setting) {
        (Level::Detox, Some(t), Some(_)) if t >= Level::Outpatient && t <= Level::Inpatient => {}
        (Level::Detox, _, _) => return fail("I9: detox needs a then of outpatient or higher"),
        (_, None, None) => {}
        _ => return fail("only detox has a then and a setting"),
    }
    // I2
    if recent && depressant && (strong_or_severe || (often && mild_or_never)) && !detox {
        return fail("I2: alcohol or sedatives with risky withdrawal must give detox");
    }
    if recent && has(Substance::Alcohol) && often && a.amount == Some(Amount::D10Plus) && !detox {
        return fail("I2: 10 or more drinks most days must give detox");
    }
    // I3
    if recent && severe && weekly_plus && !(detox && o.facility) {
        return fail("I3: severe withdrawal with weekly use must give detox in a facility");
    }
    // I4
    let hard_predictor = severe
        || pregnant
        || unstable
        || overdose
        || thoughts
        || a.mental_health == Some(MentalHealth::Overwhelming)
        || a.home == Some(Home::Unsafe)
        || a.support == Some(Support::None)
        || r.then == Some(Level::Inpatient);
    if detox && hard_predictor && !o.facility {
        return fail("I4: a hard predictor must make withdrawal care a facility");
    }
    // I5
    if thoughts && care < Level::Php {
        return fail("I5: thoughts of harm must be PHP or more");
    }
    if thoughts
        && (a.support == Some(Support::None) || a.home != Some(Home::Supportive))
        && care < Level::Inpatient
    {
        return fail("I5: thoughts with no support or a home not supportive must be inpatient");
    }
    // I6
    if overdose && care < Level::Inpatient {
        return fail("I6: a recent overdose must be inpatient or more");
    }
    if overdose && opioids && !o.medicine {
        return fail("I6: a recent overdose with opioids must give medicine");
    }
    // I7
    if pregnant && recent && care < Level::Outpatient {
        return fail("I7: pregnancy with recent use must be outpatient or more");
    }
    if pregnant && recent && often && care < Level::Iop {
        return fail("I7: pregnancy with use most days must be IOP or more");
    }
    if pregnant && recent && often && depressant && !(detox && o.facility) {
        return fail("I7: pregnancy with alcohol or sedatives most days: detox in a facility");
    }
    // I7, I8: opioids most days => medicine.
    if opioids && often && !o.medicine {
        return fail("I7/I8: opioids most days must give medicine");
    }
    // I8
    if !depressant && !has(Substance::Other) && detox && !severe {
        return fail("I8: no detox without alcohol, sedatives or other drugs, unless severe");
    }
    // I10
    let (v2_other, v2_opioid) = v2_detox(&a);
    if v2_other && !detox {
        return fail("I10: v2 gave detox; v3 must too");
    }
    if v2_opioid && !v2_other && !(o.medicine && care >= Level::Outpatient) {
        return fail("I10: v2's opioid-only detox must be medicine and outpatient or more");
    }
    // I11
    if moud && !(o.medicine && care >= Level::Outpatient) {
        return fail("I11: methadone or buprenorphine must give medicine and outpatient or more");
    }
    // Reasons: the first comes from the deciding rule.
    let Some(&first) = r.reasons.first() else {
        return fail("no reason");
    };
    let deciding = POLICY
        .iter()
        .find(|rule| rule.clauses.iter().any(|cl| cl.reason == first));
    match deciding {
        Some(rule) if rule.level == r.level => {}
        None if r.level == Level::Support && r.reasons == [Reason::NothingPointsToProgram] => {}
        _ => return fail("the first reason must come from the deciding rule"),
    }
    Ok((o, keep.then_some((a, r))))
}

#[test]
fn every_reachable_combination_keeps_the_safety_invariants() {
    let started = Instant::now();
    let size = Combo::RADIX.iter().product::<usize>();
    let table_len = size / MEDICAL;
    let mut table = vec![u8::MAX; size];
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);

    // Phase 1: every combination's own invariants, the outcome kept in
    // `table`. Wording-only answers and `who` cycle through their 864
    // combinations; one combination in 17 is also assessed with fixed
    // wording (`who` `self`, safety `no`), another one in 17 with only `who`
    // flipped.
    let counts: Vec<(usize, usize, usize)> = std::thread::scope(|s| {
        let mut per_thread: Vec<Vec<(usize, &mut [u8])>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (i, chunk) in table.chunks_mut(table_len).enumerate() {
            per_thread[i % threads].push((i, chunk));
        }
        let handles: Vec<_> = per_thread
            .into_iter()
            .map(|work| {
                s.spawn(move || {
                    let (mut n, mut fixed, mut flipped) = (0, 0, 0);
                    for (medical, chunk) in work {
                        for c in Combo::all_with_medical(medical) {
                            let k = c.index();
                            let wording = k % WORDING;
                            let flip = k % 17 == 8;
                            let (o, kept) =
                                check_one(&c, wording, flip).unwrap_or_else(|e| panic!("{e}"));
                            if k % 17 == 0 {
                                let other = Outcome::of(&assess(&c.answers(0)).unwrap());
                                assert_eq!(
                                    o, other,
                                    "wording-only answers changed the result: {c:?} wording {wording}"
                                );
                                fixed += 1;
                            } else if let Some((a, r)) = kept {
                                check_who_flip(&a, &r);
                                flipped += 1;
                            }
                            let slot = &mut chunk[k - medical * table_len];
                            assert_eq!(*slot, u8::MAX, "two combinations share a slot: {c:?}");
                            *slot = o.pack();
                            n += 1;
                        }
                    }
                    (n, fixed, flipped)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let checked: usize = counts.iter().map(|c| c.0).sum();
    let fixed: usize = counts.iter().map(|c| c.1).sum();
    let flipped: usize = counts.iter().map(|c| c.2).sum();
    let phase1 = started.elapsed();

    // Phase 2: one step worse along any ordered answer never gives less care.
    let table = &table;
    let comparisons: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let mut n = 0;
                    let mut steps = Vec::with_capacity(4096);
                    for medical in (t..MEDICAL).step_by(threads) {
                        for c in Combo::all_with_medical(medical) {
                            let base = Outcome::unpack(table[c.index()]);
                            c.worse(&mut steps);
                            for &(what, w) in &steps {
                                let worse = Outcome::unpack(table[w.index()]);
                                assert!(
                                    worse.at_least(base),
                                    "{what} gave less care: {base:?} -> {worse:?}\n  from {c:?}\n  to   {w:?}"
                                );
                                n += 1;
                            }
                        }
                    }
                    n
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });

    // I1: safety `plan` is crisis, whatever else was answered before it.
    let mut plans = 0;
    for medical in 0..MEDICAL {
        for c in Combo::all_with_medical(medical).step_by(997) {
            let mut a = c.answers(c.index() % WORDING);
            a.safety = Some(Safety::Plan);
            let r = assess(&a).unwrap();
            assert_eq!(
                (r.level, r.then, r.setting, r.medicine, &r.reasons[..]),
                (Level::Crisis, None, None, None, &[Reason::SafetyPlan][..]),
                "I1"
            );
            plans += 1;
        }
    }

    println!(
        "exhaustive (spec v3, I1-I11): {checked} reachable combinations ({fixed} also with fixed \
         wording, {flipped} with who flipped) in {phase1:.1?}, {comparisons} one-step-worse \
         comparisons, {plans} plan answers, in {:.1?} on {threads} threads",
        started.elapsed()
    );
    assert_eq!(checked, expected_count(), "the enumeration changed size");
}

/// The count the question structure gives, worked out by hand.
fn expected_count() -> usize {
    // Substances: none, or moud alone: nothing more is asked (2).
    // With alcohol (32 subsets): not in the past month: 7 impact counts;
    // 3 recent frequencies x 5 withdrawal x 3 drinks x 7 impact = 315.
    // Used without alcohol (30 subsets): 7 + 3 x 5 x 7 = 112.
    let per_substances = 2 + 32 * (7 + 315) + 30 * (7 + 105);
    assert_eq!(per_substances, 13_666);
    // x medical 8 x safety 2 x mental health 4 x home 3 x support 3 x history 16.
    per_substances * 8 * 2 * 4 * 3 * 3 * 16
}

#[test]
fn the_enumeration_counts_match_the_question_structure() {
    assert_eq!(
        Combo::all_with_medical(0).count() * MEDICAL,
        expected_count()
    );
    let hidden = Combo {
        subs: MOUD,
        freq: 3,
        w: 4,
        amount: 2,
        impact: 6,
        ..Combo::default()
    };
    assert_eq!(
        hidden.index(),
        Combo {
            subs: MOUD,
            ..Combo::default()
        }
        .index(),
        "hidden answers share a slot"
    );
    let o = Outcome {
        level: Level::Detox,
        then: Some(Level::Php),
        facility: true,
        medicine: true,
    };
    assert_eq!(Outcome::unpack(o.pack()), o);
    assert_ne!(o.pack(), u8::MAX);
}

#[test]
fn at_least_is_the_care_order() {
    use Level::*;
    let o = |level, then, facility, medicine| Outcome {
        level,
        then,
        facility,
        medicine,
    };
    assert!(o(Php, None, false, false).at_least(o(Iop, None, false, false)));
    assert!(!o(Iop, None, false, false).at_least(o(Php, None, false, false)));
    assert!(o(Detox, Some(Iop), false, false).at_least(o(Iop, None, false, false)));
    assert!(
        !o(Inpatient, None, false, false).at_least(o(Detox, Some(Iop), false, false)),
        "losing detox is less care"
    );
    assert!(
        !o(Detox, Some(Iop), false, false).at_least(o(Detox, Some(Iop), true, false)),
        "losing the facility is less care"
    );
    assert!(
        !o(Iop, None, false, false).at_least(o(Iop, None, false, true)),
        "losing medicine is less care"
    );
    assert!(o(Crisis, None, false, false).at_least(o(Detox, Some(Inpatient), true, true)));
    assert!(!o(Inpatient, None, false, false).at_least(o(Crisis, None, false, false)));
}
