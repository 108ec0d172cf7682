//! Options of a question as typed values, and sets of them for multi-select.

use core::fmt;
use core::marker::PhantomData;

/// The options of one question: a small `Copy` enum whose variants are the
/// spec's option ids, in the spec's order.
///
/// Implemented by the [`choices!`] macro, which also derives serde with the
/// spec's ids as names.
pub trait Choice: Copy + Eq + fmt::Debug + 'static {
    /// Every option, in the spec's order; `ALL[o.index()] == o`.
    const ALL: &'static [Self];
    /// The spec's id of every option, in the same order as [`Choice::ALL`].
    const IDS: &'static [&'static str];
    /// The option that clears every other one ("none of these"), if any.
    const EXCLUSIVE: Option<Self> = None;

    /// The option's position in [`Choice::ALL`].
    fn index(self) -> usize;

    /// The spec's stable id of the option (an input's `value`).
    fn id(self) -> &'static str {
        Self::IDS[self.index()]
    }

    /// Looks an option up by its spec id.
    fn from_id(id: &str) -> Option<Self> {
        Self::IDS
            .iter()
            .position(|&known| known == id)
            .map(|i| Self::ALL[i])
    }
}

/// Declares an option enum with its ids. The declaration order is the spec's
/// order; for ordered questions it runs from least to most concerning.
macro_rules! choices {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $var:ident = $id:literal ),+ $(,)? }
        $(exclusive = $ex:ident)?
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[doc = concat!("The option `", $id, "`.")] #[serde(rename = $id)] $var, )+
        }

        impl $crate::engine::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$var),+];
            const IDS: &'static [&'static str] = &[$($id),+];
            $(const EXCLUSIVE: Option<Self> = Some(Self::$ex);)?

            fn index(self) -> usize {
                self as usize
            }
        }
    };
}
pub(crate) use choices;

/// A set of options of one multi-select question, with the question's
/// exclusive option kept exclusive: it is never stored beside another one.
///
/// An empty set means the question has not been answered; "none of these" is
/// an explicit answer.
pub struct Set<T> {
    bits: u16,
    _of: PhantomData<T>,
}

impl<T: Choice> Set<T> {
    /// The empty set (not answered).
    pub const fn new() -> Self {
        Set {
            bits: 0,
            _of: PhantomData,
        }
    }

    /// Builds a set from options, refusing the exclusive option beside others.
    pub fn try_from_options(options: &[T]) -> Result<Self, ExclusiveConflict> {
        let mut set = Self::new();
        for &o in options {
            set.bits |= 1 << o.index();
        }
        Self::from_bits(set.bits)
    }

    /// Builds a set from a bit mask (bit `i` = `T::ALL[i]`), refusing unknown
    /// bits and the exclusive option beside others.
    pub fn from_bits(bits: u16) -> Result<Self, ExclusiveConflict> {
        let known = if T::ALL.len() >= 16 {
            u16::MAX
        } else {
            (1u16 << T::ALL.len()) - 1
        };
        if bits & !known != 0 {
            return Err(ExclusiveConflict);
        }
        if let Some(ex) = T::EXCLUSIVE {
            let ex_bit = 1 << ex.index();
            if bits & ex_bit != 0 && bits != ex_bit {
                return Err(ExclusiveConflict);
            }
        }
        Ok(Set {
            bits,
            _of: PhantomData,
        })
    }

    /// The bit mask (bit `i` = `T::ALL[i]`).
    pub fn bits(self) -> u16 {
        self.bits
    }

    /// Whether the option is in the set.
    pub fn contains(self, option: T) -> bool {
        self.bits & (1 << option.index()) != 0
    }

    /// Whether nothing is chosen (the question is unanswered).
    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// How many options are chosen, the exclusive one included.
    pub fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The bits of the options other than the exclusive one.
    fn real_bits(self) -> u16 {
        match T::EXCLUSIVE {
            Some(ex) => self.bits & !(1 << ex.index()),
            None => self.bits,
        }
    }

    /// How many options other than the exclusive one are chosen.
    pub fn count_real(self) -> usize {
        self.real_bits().count_ones() as usize
    }

    /// Whether some option other than the exclusive one is chosen.
    pub fn any_real(self) -> bool {
        self.real_bits() != 0
    }

    /// Ticks or unticks an option as a checkbox would, keeping the exclusive
    /// option exclusive: ticking it clears the others, ticking another clears it.
    pub fn toggle(&mut self, option: T) {
        let bit = 1 << option.index();
        if self.bits & bit != 0 {
            self.bits &= !bit;
            return;
        }
        match T::EXCLUSIVE {
            Some(ex) if ex == option => self.bits = bit,
            Some(ex) => self.bits = (self.bits & !(1 << ex.index())) | bit,
            None => self.bits |= bit,
        }
    }

    /// The chosen options in the spec's order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |&o| self.contains(o))
    }
}

/// The exclusive option was combined with another one, or an unknown option
/// was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExclusiveConflict;

impl fmt::Display for ExclusiveConflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an exclusive option was combined with another option")
    }
}

// Manual impls: derives would put bounds on `T` that `PhantomData` does not need.
impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Set<T> {}
impl<T> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for Set<T> {}
impl<T: Choice> Default for Set<T> {
    fn default() -> Self {
        Self::new()
    }
}
impl<T: Choice> fmt::Debug for Set<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter().map(Choice::id)).finish()
    }
}

impl<T: Choice + serde::Serialize> serde::Serialize for Set<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de, T: Choice + serde::Deserialize<'de>> serde::Deserialize<'de> for Set<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T>(PhantomData<T>);
        impl<'de, T: Choice + serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = Set<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of option ids")
            }
            fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<Set<T>, E> {
                // Spec v2's single-choice `history` (and any other single id
                // where a list is due): refused, with the way to write it.
                Err(E::custom(format_args!(
                    "expected a list of option ids, such as [\"{id}\"]: this question is multi-select (since spec v3 also `history`)"
                )))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Set<T>, A::Error> {
                let mut bits = 0u16;
                while let Some(o) = seq.next_element::<T>()? {
                    let bit = 1 << o.index();
                    if bits & bit != 0 {
                        return Err(serde::de::Error::custom("an option is listed twice"));
                    }
                    bits |= bit;
                }
                Set::from_bits(bits).map_err(serde::de::Error::custom)
            }
        }
        d.deserialize_seq(Visit(PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    choices! {
        pub enum Fruit { Apple = "apple", Pear = "pear", Nothing = "none" }
        exclusive = Nothing
    }

    #[test]
    fn ids_round_trip() {
        for &f in Fruit::ALL {
            assert_eq!(Fruit::from_id(f.id()), Some(f));
        }
        assert_eq!(Fruit::from_id("plum"), None);
    }

    #[test]
    fn exclusive_option_clears_others_and_is_cleared_by_them() {
        let mut s = Set::<Fruit>::new();
        s.toggle(Fruit::Apple);
        s.toggle(Fruit::Pear);
        assert_eq!(s.len(), 2);
        s.toggle(Fruit::Nothing);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![Fruit::Nothing]);
        s.toggle(Fruit::Pear);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![Fruit::Pear]);
        s.toggle(Fruit::Pear);
        assert!(s.is_empty());
    }

    #[test]
    fn conflicting_or_unknown_bits_are_refused() {
        assert_eq!(
            Set::try_from_options(&[Fruit::Apple, Fruit::Nothing]),
            Err(ExclusiveConflict)
        );
        assert_eq!(Set::<Fruit>::from_bits(1 << 5), Err(ExclusiveConflict));
        let s = Set::try_from_options(&[Fruit::Apple, Fruit::Pear]).unwrap();
        assert_eq!(s.count_real(), 2);
        let n = Set::try_from_options(&[Fruit::Nothing]).unwrap();
        assert_eq!(
            (n.count_real(), n.any_real(), n.is_empty()),
            (0, false, false)
        );
    }
}
