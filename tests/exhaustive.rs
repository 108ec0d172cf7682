//! Exhaustive verification: every combination of the answers the rules read,
//! as far as the shown-when rules and the exclusive options let a person
//! give them, checked against the safety invariants of the foundation issue.
//!
//! Substances are enumerated by the groups the rules tell apart (alcohol or
//! sedatives, opioids, other drugs, any other substance), impact by how many
//! items are ticked, medical by every subset of its options. The answers that
//! only shape wording (age, focus, obligations, schedule, readiness) cycle
//! through all 216 of their combinations across the run.
//!
//! The expectations here are restated from the spec in the test's own words;
//! they do not call into the engine's derived values.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::*;
use std::time::Instant;

const SAFETY: [Safety; 2] = [Safety::No, Safety::Thoughts];
/// Substance groups: bit 0 alcohol or sedatives, 1 opioids, 2 other, 3 cannabis
/// (stands for any substance the rules do not single out). 0 = "none".
const SUBS: usize = 16;
const FREQ: [Frequency; 5] = [
    Frequency::NotPastMonth,
    Frequency::LessThanWeekly,
    Frequency::Weekly,
    Frequency::MostDays,
    Frequency::Daily,
];
const WITHDRAWAL: [Withdrawal; 5] = [
    Withdrawal::None,
    Withdrawal::Mild,
    Withdrawal::NotSure,
    Withdrawal::Strong,
    Withdrawal::Severe,
];
/// Impact items ticked, 0 ("none of these") to all 10.
const IMPACT: usize = 11;
/// Medical: bit 0 managed, 1 unstable, 2 recent overdose, 3 pregnant. 0 = "none".
const MEDICAL: usize = 16;
const MH: [MentalHealth; 4] = [
    MentalHealth::NotAtAll,
    MentalHealth::Somewhat,
    MentalHealth::ALot,
    MentalHealth::Overwhelming,
];
const HOME: [Home; 3] = [Home::Supportive, Home::OthersUse, Home::Unsafe];
const SUPPORT: [Support; 3] = [Support::Strong, Support::Some, Support::None];
const HISTORY: [History; 5] = [
    History::None,
    History::SteppingDown,
    History::OutpatientNotEnough,
    History::Relapsed,
    History::Other,
];

/// One combination, as indices into the tables above.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Combo {
    medical: usize,
    safety: usize,
    subs: usize,
    freq: usize,
    w: usize,
    impact: usize,
    mh: usize,
    home: usize,
    support: usize,
    history: usize,
}

impl Combo {
    fn used(&self) -> bool {
        self.subs != 0
    }
    fn recent(&self) -> bool {
        self.used() && self.freq != 0
    }

    /// Radix of each field, in index order (medical outermost).
    const RADIX: [usize; 10] = [MEDICAL, 2, SUBS, 5, 5, IMPACT, 4, 3, 3, 5];

    fn fields(&self) -> [usize; 10] {
        [
            self.medical,
            self.safety,
            self.subs,
            self.freq,
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
        c.fields()
            .iter()
            .zip(Self::RADIX)
            .fold(0, |acc, (&v, r)| acc * r + v)
    }

    /// Every reachable combination whose medical index is `medical`.
    fn all_with_medical(medical: usize) -> Vec<Combo> {
        let mut out = Vec::new();
        for safety in 0..2 {
            for subs in 0..SUBS {
                let freqs = if subs == 0 { 1 } else { 5 };
                for freq in 0..freqs {
                    let ws = if subs != 0 && freq != 0 { 5 } else { 1 };
                    for w in 0..ws {
                        let impacts = if subs == 0 { 1 } else { IMPACT };
                        for impact in 0..impacts {
                            for mh in 0..4 {
                                for home in 0..3 {
                                    for support in 0..3 {
                                        for history in 0..5 {
                                            out.push(Combo {
                                                medical,
                                                safety,
                                                subs,
                                                freq,
                                                w,
                                                impact,
                                                mh,
                                                home,
                                                support,
                                                history,
                                            });
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        out
    }

    /// The answers a person would give, with wording-only answers number
    /// `wording` of 216.
    fn answers(&self, wording: usize) -> Answers {
        let bit = |o: usize| 1u16 << o;
        let mut subs = 0;
        if self.subs & 1 != 0 {
            // Alternate the two depressants so both are exercised.
            let d = if self.history % 2 == 0 {
                Substance::Alcohol
            } else {
                Substance::Sedatives
            };
            subs |= bit(d.index());
        }
        if self.subs & 2 != 0 {
            subs |= bit(Substance::Opioids.index());
        }
        if self.subs & 4 != 0 {
            subs |= bit(Substance::Other.index());
        }
        if self.subs & 8 != 0 {
            let s = if self.mh % 2 == 0 {
                Substance::Cannabis
            } else {
                Substance::Stimulants
            };
            subs |= bit(s.index());
        }
        if subs == 0 {
            subs = bit(Substance::None.index());
        }
        let impact = if self.impact == 0 {
            bit(Impact::None.index())
        } else {
            // The first `impact` items (none of them the exclusive one).
            Impact::ALL[..self.impact]
                .iter()
                .fold(0, |m, i| m | bit(i.index()))
        };
        let medical_opts = [
            Medical::Managed,
            Medical::Unstable,
            Medical::RecentOverdose,
            Medical::Pregnant,
        ];
        let mut medical = (0..4)
            .filter(|b| self.medical & (1 << b) != 0)
            .fold(0, |m, b| m | bit(medical_opts[b].index()));
        if medical == 0 {
            medical = bit(Medical::None.index());
        }
        let mut w = wording;
        let mut next = |n: usize| {
            let v = w % n;
            w /= n;
            v
        };
        Answers {
            safety: Some(SAFETY[self.safety]),
            age: Some(Age::ALL[next(2)]),
            focus: Some(Focus::ALL[next(6)]),
            substances: Set::from_bits(subs).unwrap(),
            frequency: self.used().then_some(FREQ[self.freq]),
            withdrawal: self.recent().then_some(WITHDRAWAL[self.w]),
            impact: if self.used() {
                Set::from_bits(impact).unwrap()
            } else {
                Set::new()
            },
            medical: Set::from_bits(medical).unwrap(),
            mental_health: Some(MH[self.mh]),
            home: Some(HOME[self.home]),
            support: Some(SUPPORT[self.support]),
            history: Some(HISTORY[self.history]),
            obligations: Some(Obligations::ALL[next(2)]),
            schedule: Some(Schedule::ALL[next(3)]),
            readiness: Some(Readiness::ALL[next(3)]),
        }
    }

    /// The combinations one step worse along one ordered answer, each with a
    /// name for error messages. Revealed questions take each of their values.
    fn worse(&self) -> Vec<(&'static str, Combo)> {
        let mut out = Vec::new();
        let c = *self;
        if c.used() && c.impact + 1 < IMPACT {
            out.push((
                "one more impact item",
                Combo {
                    impact: c.impact + 1,
                    ..c
                },
            ));
        }
        if c.used() && c.freq + 1 < 5 {
            if c.freq == 0 {
                for w in 0..5 {
                    out.push(("use in the past month", Combo { freq: 1, w, ..c }));
                }
            } else {
                out.push((
                    "more frequent use",
                    Combo {
                        freq: c.freq + 1,
                        ..c
                    },
                ));
            }
        }
        if c.recent() {
            // none < mild = not_sure < strong < severe
            let steps: &[usize] = match c.w {
                0 => &[1, 2],
                1 | 2 => &[3],
                3 => &[4],
                _ => &[],
            };
            for &w in steps {
                out.push(("worse withdrawal", Combo { w, ..c }));
            }
        }
        if c.used() {
            for bit in [1, 2, 4, 8] {
                if c.subs & bit == 0 {
                    out.push((
                        "another substance",
                        Combo {
                            subs: c.subs | bit,
                            ..c
                        },
                    ));
                }
            }
        }
        if c.mh + 1 < 4 {
            out.push(("worse mental health", Combo { mh: c.mh + 1, ..c }));
        }
        if c.support + 1 < 3 {
            out.push((
                "less support",
                Combo {
                    support: c.support + 1,
                    ..c
                },
            ));
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
        for bit in [2, 4, 8] {
            if c.medical & bit == 0 {
                out.push((
                    "an added medical risk",
                    Combo {
                        medical: c.medical | bit,
                        ..c
                    },
                ));
            }
        }
        if c.safety == 0 {
            out.push(("safety no -> thoughts", Combo { safety: 1, ..c }));
        }
        out
    }
}

/// A result packed into a byte: level and `then` (7 = none).
fn pack(r: &Assessment) -> u8 {
    (r.level as u8) << 3 | r.then.map_or(7, |t| t as u8)
}

fn unpack(b: u8) -> (Level, Option<Level>) {
    let level = Level::ALL
        .iter()
        .copied()
        .find(|&l| l as u8 == b >> 3)
        .unwrap();
    let then = Level::ALL.iter().copied().find(|&l| l as u8 == b & 7);
    (level, then)
}

/// The level of ongoing care: `then` for detox.
fn care((level, then): (Level, Option<Level>)) -> Level {
    then.unwrap_or(level)
}

/// "Not less intensive": no crisis or detox lost, and no lower ongoing care.
fn at_least(worse: (Level, Option<Level>), base: (Level, Option<Level>)) -> bool {
    let crisis = |r: (Level, _)| r.0 == Level::Crisis;
    let detox = |r: (Level, _)| r.0 == Level::Detox;
    if crisis(base) {
        return crisis(worse);
    }
    if crisis(worse) {
        return true;
    }
    (!detox(base) || detox(worse)) && care(worse) >= care(base)
}

/// Checks one combination's own invariants; returns its packed result.
fn check_one(c: &Combo, wording: usize) -> Result<u8, String> {
    let a = c.answers(wording);
    let r = assess(&a).map_err(|e| format!("{c:?}: incomplete: {e:?}"))?;
    let fail = |what: &str| {
        Err(format!(
            "{what}\n  combo {c:?}\n  answers {a:?}\n  result {r:?}"
        ))
    };

    // Restated from the spec, independently of the engine's derived values.
    let withdrawal = a.withdrawal;
    let w_rank = match withdrawal {
        None | Some(Withdrawal::None) => 0,
        Some(Withdrawal::Mild | Withdrawal::NotSure) => 1,
        Some(Withdrawal::Strong) => 2,
        Some(Withdrawal::Severe) => 3,
    };
    let depressant =
        a.substances.contains(Substance::Alcohol) || a.substances.contains(Substance::Sedatives);
    let weekly_or_more = matches!(
        a.frequency,
        Some(Frequency::Weekly | Frequency::MostDays | Frequency::Daily)
    );
    let sub = a.impact.iter().filter(|&i| i != Impact::None).count() + usize::from(w_rank >= 1);
    let mh_rank = c.mh; // not_at_all, somewhat, a_lot, overwhelming = 0..3
    let mild_or_worse = sub >= 2 || mh_rank >= 1;

    if r.level == Level::Crisis {
        return fail("crisis without a plan");
    }
    let dangerous_withdrawal = (w_rank == 3 && weekly_or_more) || (depressant && w_rank >= 2);
    if dangerous_withdrawal && r.level != Level::Detox {
        return fail("dangerous withdrawal must give detox");
    }
    match (r.level, r.then) {
        (Level::Detox, Some(t)) if ![Level::Crisis, Level::Detox, Level::Support].contains(&t) => {}
        (Level::Detox, _) => return fail("detox needs a then that is a care level"),
        (_, Some(_)) => return fail("only detox has a then"),
        (_, None) => {}
    }
    let care = r.care();
    if (a.medical.contains(Medical::RecentOverdose)
        || a.mental_health == Some(MentalHealth::Overwhelming))
        && care < Level::Inpatient
    {
        return fail("recent overdose or overwhelming mental health must be inpatient or more");
    }
    if (a.home == Some(Home::Unsafe) || a.medical.contains(Medical::Unstable))
        && mild_or_worse
        && care < Level::Inpatient
    {
        return fail("unsafe home or unstable health with some severity must be inpatient or more");
    }
    if a.safety == Some(Safety::Thoughts) && care < Level::Php {
        return fail("thoughts of harm must be PHP or more");
    }
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
    Ok(pack(&r))
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

    // Phase 1: every combination's own invariants, the result kept in `table`.
    // Wording-only answers cycle through their 216 combinations, and each
    // combination is also assessed with fixed wording: the level must agree.
    let counts: Vec<usize> = std::thread::scope(|s| {
        let chunks: Vec<_> = table.chunks_mut(table_len).enumerate().collect();
        let mut per_thread: Vec<Vec<(usize, &mut [u8])>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (i, chunk) in chunks {
            per_thread[i % threads].push((i, chunk));
        }
        let handles: Vec<_> = per_thread
            .into_iter()
            .map(|work| {
                s.spawn(move || {
                    let mut n = 0;
                    for (medical, chunk) in work {
                        for c in Combo::all_with_medical(medical) {
                            let k = c.index();
                            let wording = k % 216;
                            let packed = check_one(&c, wording).unwrap_or_else(|e| panic!("{e}"));
                            let fixed = pack(&assess(&c.answers(0)).unwrap());
                            assert_eq!(
                                unpack(packed),
                                unpack(fixed),
                                "wording-only answers changed the level: {c:?} wording {wording}"
                            );
                            chunk[k - medical * table_len] = packed;
                            n += 1;
                        }
                    }
                    n
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let checked: usize = counts.iter().sum();

    // Phase 2: one step worse along any ordered answer never gives less care.
    let table = &table;
    let comparisons: usize = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    let mut n = 0;
                    for medical in (t..MEDICAL).step_by(threads) {
                        for c in Combo::all_with_medical(medical) {
                            let base = unpack(table[c.index()]);
                            for (what, w) in c.worse() {
                                let worse = unpack(table[w.index()]);
                                assert!(
                                    at_least(worse, base),
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

    // Safety `plan` is crisis, whatever else was answered before it.
    let mut plans = 0;
    for medical in 0..MEDICAL {
        for c in Combo::all_with_medical(medical).into_iter().step_by(97) {
            let mut a = c.answers(c.index() % 216);
            a.safety = Some(Safety::Plan);
            let r = assess(&a).unwrap();
            assert_eq!(
                (r.level, r.then, &r.reasons[..]),
                (Level::Crisis, None, &[Reason::SafetyPlan][..])
            );
            plans += 1;
        }
    }

    println!(
        "exhaustive: {checked} reachable combinations (each also with fixed wording), \
         {comparisons} one-step-worse comparisons, {plans} plan answers, in {:.1?} on {threads} threads",
        started.elapsed()
    );
    assert_eq!(checked, 19_964_160, "the enumeration changed size");
}

#[test]
fn the_enumeration_counts_match_the_question_structure() {
    // Per (medical, safety, mental health, home, support, history): no
    // substance (1) + 15 substance groups × (not in past month: 11 impact
    // counts + 4 recent frequencies × 5 withdrawal answers × 11 impact counts).
    let per = 1 + 15 * (11 + 4 * 5 * 11);
    assert_eq!(per, 3466);
    assert_eq!(Combo::all_with_medical(0).len(), per * 2 * 4 * 3 * 3 * 5);
    let a = Combo {
        subs: 0,
        freq: 3,
        w: 4,
        impact: 7,
        ..Combo::default()
    };
    assert_eq!(
        a.index(),
        Combo::default().index(),
        "hidden answers share a slot"
    );
}

#[test]
fn at_least_is_the_care_order() {
    use Level::*;
    assert!(at_least((Php, None), (Iop, None)));
    assert!(!at_least((Iop, None), (Php, None)));
    assert!(at_least((Detox, Some(Iop)), (Iop, None)));
    assert!(
        !at_least((Inpatient, None), (Detox, Some(Iop))),
        "losing detox is less care"
    );
    assert!(
        !at_least((Detox, Some(Iop)), (Inpatient, None)),
        "detox then IOP is less ongoing care"
    );
    assert!(at_least((Crisis, None), (Detox, Some(Inpatient))));
    assert!(!at_least((Inpatient, None), (Crisis, None)));
}
