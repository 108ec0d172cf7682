//! Reusable behaviour for the components, as Yew hooks.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on_exit` when Shift is pressed three times in a row within 2
/// seconds (GOV.UK's "Exit this page" shortcut). The listener is removed
/// when the component goes.
#[hook]
pub fn use_triple_shift(on_exit: Callback<()>) {
    use_effect_with((), move |_| {
        let presses = Rc::new(Cell::new((0u8, 0.0f64)));
        let on_key =
            Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                if e.repeat() {
                    return;
                }
                if e.key() != "Shift" {
                    presses.set((0, 0.0));
                    return;
                }
                let now = super::browser::now();
                let (n, since) = presses.get();
                let n = if n > 0 && now - since < 2000.0 {
                    n + 1
                } else {
                    1
                };
                presses.set((n, if n == 1 { now } else { since }));
                if n >= 3 {
                    presses.set((0, 0.0));
                    on_exit.emit(());
                }
            });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback(
                    "keydown",
                    on_key.as_ref().unchecked_ref(),
                );
            }
        }
    });
}
