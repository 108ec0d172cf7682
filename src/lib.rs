//! CareFit: a private self-screening widget that suggests a level of care for
//! addiction and mental health, and explains why and what to expect.
//!
//! It never diagnoses, and no answer ever leaves the browser.
//!
//! - [`engine`]: the questions, the answers model and the policy of
//!   `shared/spec/screening.md`, as pure Rust.
//! - [`content`]: every text the person reads, per language, as data.
//! - [`embed`]: the untrusted `data-*` configuration of an embedding page.
//! - [`flow`]: the questionnaire's navigation (screens, back, change).
//! - `ui` (WebAssembly only): the Yew interface on top.
#![deny(missing_docs)]

pub mod content;
pub mod embed;
pub mod engine;
pub mod flow;

#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The WebAssembly heap: talc instead of Rust's default dlmalloc, about 2 KB
/// smaller. The widget is single-threaded (no `atomics`), which is what
/// this configuration of talc requires.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Entry points called by the page's boot script once the module is loaded.
#[cfg(target_arch = "wasm32")]
mod entry {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Starts the widget on the standalone page, in `#carefit`.
    #[wasm_bindgen]
    pub fn start_standalone() {
        crate::ui::mount_standalone();
    }

    /// Validates a configuration exactly as the widget does, for the embed
    /// builder page: `[name, phone, phone link, contact URL, levels, lang,
    /// accent]` (an empty string where the value is not used), then one
    /// `attribute<TAB>problem` line per warning.
    #[wasm_bindgen]
    pub fn validate_config(
        center_name: Option<String>,
        phone: Option<String>,
        contact_url: Option<String>,
        levels: Option<String>,
        lang: Option<String>,
        accent: Option<String>,
    ) -> Vec<String> {
        let (c, warnings) = crate::embed::Config::parse(&crate::embed::RawConfig {
            center_name,
            phone,
            contact_url,
            levels,
            lang,
            accent,
        });
        let (display, href) = c
            .phone
            .map_or_else(Default::default, |p| (p.display, p.href));
        let levels = c.levels.map_or_else(String::new, |l| {
            l.iter().map(|l| l.id()).collect::<Vec<_>>().join(",")
        });
        let mut out = vec![
            c.center_name.unwrap_or_default(),
            display,
            href,
            c.contact_url.unwrap_or_default(),
            levels,
            c.lang.map_or_else(String::new, |l| l.code().to_string()),
            c.accent.unwrap_or_default(),
        ];
        out.extend(
            warnings
                .iter()
                .map(|w| format!("{}\t{}", w.attribute, w.problem)),
        );
        out
    }

    /// Starts the widget in its isolated frame with the host's raw
    /// `data-*` values, which are validated here.
    #[wasm_bindgen]
    pub fn start_embedded(
        center_name: Option<String>,
        phone: Option<String>,
        contact_url: Option<String>,
        levels: Option<String>,
        lang: Option<String>,
        accent: Option<String>,
    ) {
        crate::ui::mount_embedded(&crate::embed::RawConfig {
            center_name,
            phone,
            contact_url,
            levels,
            lang,
            accent,
        });
    }
}
