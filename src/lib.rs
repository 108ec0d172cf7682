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
