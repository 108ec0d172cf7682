//! The Yew interface (WebAssembly only): a thin layer over the engine.
//!
//! [`state`] holds the questionnaire as a reducer; [`components`] render it
//! and dispatch actions. No answer is stored anywhere but in memory.

pub mod app;
pub mod components;
pub mod state;

pub use app::App;

/// Mounts the widget into the element with id `carefit`, or the body.
pub fn mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let root = document
        .get_element_by_id("carefit")
        .or_else(|| document.body().map(Into::into))
        .expect("a #carefit element or a body");
    yew::Renderer::<App>::with_root(root).render();
}
