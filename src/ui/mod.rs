//! The Yew interface (WebAssembly only): a thin layer over the engine.
//!
//! [`state`] holds the questionnaire as a reducer; [`components`] render it
//! and dispatch actions. No answer is stored anywhere but in memory.

pub mod app;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod state;

pub use app::App;

use std::rc::Rc;

use crate::embed::{Config, RawConfig};

/// Moves focus to `el` and scrolls this document's own viewport to the top
/// of the widget, so each new step opens with its progress line, "Exit this
/// page" and heading in view (or to `el` itself, should it lie more than a
/// screen below). `focus()` alone would also scroll every ancestor scroller
/// up to the host page, so the host could read from its scroll position
/// which screen the visitor is on; `preventScroll` stops that, and
/// `window.scrollTo` moves only the frame's (or the standalone page's) own
/// viewport.
pub(crate) fn focus_in_place(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    if let Some(w) = web_sys::window() {
        let y = w.scroll_y().unwrap_or(0.0);
        let page_top = |e: &web_sys::Element| e.get_bounding_client_rect().top() + y;
        let widget = page_top(&root());
        let target = page_top(el);
        let screen = w
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let top = if target - widget < screen * 0.75 {
            widget
        } else {
            target - 16.0
        };
        w.scroll_to_with_x_and_y(0.0, top.max(0.0));
    }
}

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
