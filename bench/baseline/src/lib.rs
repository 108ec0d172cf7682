//! A bare Yew counter, built with CareFit's release profile and wasm-opt
//! settings, so the bench can compare like with like.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p>{ *count }</p>
            <button {onclick}>{ "+1" }</button>
        </main>
    }
}

/// Mounts the counter into the body.
#[wasm_bindgen]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
