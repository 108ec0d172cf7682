//! The root component: owns the reducer, lays out the page, moves focus to
//! each new screen's heading, and wires the browser-only actions (print,
//! copy, exit and its Shift×3 shortcut).

use std::cell::Cell;
use std::rc::Rc;

use super::components::*;
use super::state::{Action, State};
use crate::content::Lang;
use crate::embed::Config;
use crate::flow::Screen;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where "Exit this page" goes: a neutral page, as GOV.UK's component does.
pub const EXIT_URL: &str = "https://www.bbc.com/weather";

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct Props {
    /// The first language; `None` picks from the page (`?lang=`) or browser.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// The embedding center's validated configuration.
    #[prop_or_default]
    pub config: Rc<Config>,
    /// Running in the isolated frame on a host page.
    #[prop_or_default]
    pub embedded: bool,
}

/// The widget.
#[function_component]
pub fn App(props: &Props) -> Html {
    let initial = props.lang;
    let embedded = props.embedded;
    let state = use_reducer(move || {
        let lang = initial.unwrap_or_else(|| page_language(embedded));
        State::new(lang)
    });
    let root = use_node_ref();
    let flow = &state.flow;

    // Focus the new screen's heading (or the panel or error summary above
    // it) whenever the screen changes or an error appears. Not on first
    // load, so the host page's own focus is left alone.
    {
        let root = root.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((flow.screen.clone(), flow.error, flow.panel), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                focus_first(
                    &root,
                    &[".cf-error-summary", ".cf-panel .cf-focus", ".cf-title"],
                );
            }
        });
    }
    // `lang` on the document too, when the widget owns the page.
    use_effect_with(flow.lang, |lang| {
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    // The center's accent colour, through the CSSOM: the frame's CSP
    // forbids style attributes.
    {
        let root = root.clone();
        let accent = props.config.accent.clone();
        use_effect_with(accent, move |accent| {
            if let (Some(a), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
                let _ = el.style().set_property("--cf-accent", a);
                let _ = el.style().set_property("--cf-accent-dark", a);
            }
        });
    }
    // Exit: clear, then replace the whole page with a neutral one. In the
    // frame, which may not navigate the host page, the boot script asks the
    // loader to do it (the same fixed address, for every visitor).
    use_effect_with(flow.screen == Screen::Exited, move |&exited| {
        if exited {
            if let Some(w) = web_sys::window() {
                if let Some(d) = w.document() {
                    d.set_title("Weather");
                }
                if embedded {
                    if let Ok(e) = web_sys::Event::new("carefit-exit") {
                        let _ = w.dispatch_event(&e);
                    }
                } else {
                    let _ = w.location().replace(EXIT_URL);
                }
            }
        }
    });
    // Shift pressed three times in a row, within 2 seconds: exit.
    {
        let state = state.clone();
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
                    let now = js_sys_now();
                    let (n, since) = presses.get();
                    let n = if n > 0 && now - since < 2000.0 {
                        n + 1
                    } else {
                        1
                    };
                    presses.set((n, if n == 1 { now } else { since }));
                    if n >= 3 {
                        presses.set((0, 0.0));
                        state.dispatch(Action::Exit);
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
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

    let lang = flow.lang;
    let dispatch = |action: Action| {
        let s = state.clone();
        Callback::from(move |()| s.dispatch(action))
    };
    let on_lang = {
        let s = state.clone();
        Callback::from(move |l| s.dispatch(Action::SetLang(l)))
    };
    let panel = flow
        .panel
        .map(|panel| html! { <SafetyPanel {lang} {panel} /> });

    let body = match &flow.screen {
        Screen::Start => html! { <StartScreen {lang} on_submit={dispatch(Action::Submit)} /> },
        &Screen::Question(q) => {
            let on_pick = {
                let s = state.clone();
                Callback::from(move |i| s.dispatch(Action::Pick(i)))
            };
            html! {
                <QuestionForm {lang} question={q} selected={flow.draft} error={flow.error}
                    step={flow.progress().unwrap_or((1, 1))} {on_pick}
                    on_submit={dispatch(Action::Submit)} on_back={dispatch(Action::Back)} />
            }
        }
        Screen::Check => {
            let on_change = {
                let s = state.clone();
                Callback::from(move |q| s.dispatch(Action::Change(q)))
            };
            html! {
                <CheckAnswers {lang} answers={flow.answers} {on_change}
                    on_submit={dispatch(Action::Submit)} on_back={dispatch(Action::Back)} />
            }
        }
        Screen::Result(result) => {
            let on_copy = {
                let s = state.clone();
                Callback::from(move |text: String| copy_text(&text, s.dispatcher()))
            };
            let on_print = Callback::from(|()| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
            html! {
                <ResultPage {lang} answers={flow.answers} result={result.clone()} {on_print} {on_copy}
                    config={props.config.clone()}
                    copied={state.copied} on_start_over={dispatch(Action::StartOver)}
                    on_back={dispatch(Action::Back)} />
            }
        }
        Screen::Exited => return html! { <div class="cf" ref={root}></div> },
    };
    html! {
        <div class="cf" lang={lang.code()} ref={root}>
            <TopBar {lang} {on_lang} on_exit={dispatch(Action::Exit)} />
            <main class="cf-main">{ for panel }{ body }</main>
            <CrisisFooter {lang} embedded={props.embedded} />
        </div>
    }
}

/// Focuses the first element inside `root` matching one of `selectors`,
/// scrolling only this document (see [`super::focus_in_place`]).
fn focus_first(root: &NodeRef, selectors: &[&str]) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    for sel in selectors {
        if let Some(el) = root
            .query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            super::focus_in_place(&el);
            return;
        }
    }
}

/// The language from `?lang=` (the only URL parameter read, and only on the
/// standalone page), else the browser's, else English.
fn page_language(embedded: bool) -> Lang {
    let Some(w) = web_sys::window() else {
        return Lang::En;
    };
    let search = if embedded {
        None
    } else {
        w.location().search().ok()
    };
    let from_url = search.and_then(|s| {
        s.trim_start_matches('?')
            .split('&')
            .find_map(|kv| kv.strip_prefix("lang="))
            .and_then(Lang::from_code)
    });
    from_url
        .or_else(|| {
            w.navigator()
                .language()
                .as_deref()
                .and_then(Lang::from_code)
        })
        .unwrap_or(Lang::En)
}

fn js_sys_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Copies `text` to the clipboard and reports whether it worked.
fn copy_text(text: &str, dispatch: UseReducerDispatcher<State>) {
    let Some(w) = web_sys::window() else {
        dispatch.dispatch(Action::Copied(false));
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        dispatch.dispatch(Action::Copied(ok));
    });
}
