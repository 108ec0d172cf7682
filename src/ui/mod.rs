//! The Yew interface (WebAssembly only): a thin layer over the engine.
//!
//! [`state`] holds the questionnaire as a reducer; [`components`] render it
//! and dispatch actions. No answer is stored anywhere but in memory.

pub mod app;
pub mod components;
pub mod state;

pub use app::App;

use std::rc::Rc;

use crate::embed::{Config, RawConfig};

fn root() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    document
        .get_element_by_id("carefit")
        .or_else(|| document.body().map(Into::into))
        .expect("a #carefit element or a body")
}

/// Mounts the widget on the standalone page: no host configuration; the
/// language comes from `?lang=` or the browser.
pub fn mount_standalone() {
    yew::Renderer::<App>::with_root(root()).render();
}

/// Mounts the widget in its frame with the host's configuration, after
/// validating it; each value not used gets one console warning.
pub fn mount_embedded(raw: &RawConfig) {
    let (config, warnings) = Config::parse(raw);
    for w in warnings {
        web_sys::console::warn_1(&w.console_line().into());
    }
    let props = app::Props {
        lang: config.lang,
        config: Rc::new(config),
        embedded: true,
    };
    yew::Renderer::<App>::with_root_and_props(root(), props).render();
}
