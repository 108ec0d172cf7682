//! The root component: owns the reducer, lays out the page and moves focus
//! to each new screen's heading.

use super::components::{CrisisFooter, QuestionForm, ResultView};
use super::state::{Action, Screen, State};
use crate::content::Lang;
use crate::engine::assess;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The widget.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer(|| State::new(Lang::En));
    let root = use_node_ref();

    // Focus the new heading whenever the screen changes (not on first load,
    // so a host page's own focus is left alone).
    {
        let root = root.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.screen, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector(".cf-title").ok().flatten())
                .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = h.focus();
            }
        });
    }

    let lang = state.lang;
    let body = match state.screen {
        Screen::Question(q) => {
            let shown: Vec<_> = state.answers.shown().collect();
            let n = shown.iter().position(|&x| x == q).map_or(1, |i| i + 1);
            let on_pick = {
                let s = state.clone();
                Callback::from(move |i| s.dispatch(Action::Pick(i)))
            };
            let on_submit = {
                let s = state.clone();
                Callback::from(move |()| s.dispatch(Action::Submit))
            };
            html! {
                <QuestionForm {lang} question={q} selected={state.draft} error={state.error}
                    step={(n, shown.len())} {on_pick} {on_submit} />
            }
        }
        Screen::Result => match assess(&state.answers) {
            Ok(result) => html! { <ResultView {lang} {result} /> },
            Err(_) => html! {},
        },
    };
    html! {
        <div class="cf" lang={lang.code()} ref={root}>
            <main class="cf-main">{ body }</main>
            <CrisisFooter {lang} />
        </div>
    }
}
