//! The tables `build.rs` makes from `texts/<lang>.toml`: [`Content`] and
//! [`Ui`], one `static` of each per language and voice.

include!(concat!(env!("OUT_DIR"), "/texts.rs"));
