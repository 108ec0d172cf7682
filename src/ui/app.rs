//! The root component: owns the reducer, lays out the page, and moves
//! focus to each new screen's heading. The browser's side effects live in
//! [`super::browser`], the Shift×3 shortcut in [`super::hooks`].

use std::rc::Rc;

use super::browser;
use super::components::*;
use super::hooks::use_triple_shift;
use super::state::{Action, State};
use crate::content::Lang;
use crate::embed::Config;
use crate::flow::Screen;
use yew::prelude::*;

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
        let lang = initial.unwrap_or_else(|| browser::page_language(embedded));
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
                browser::focus_first(
                    &root,
                    &[".cf-error-summary", ".cf-panel .cf-focus", ".cf-title"],
                );
            }
        });
    }
    // `lang` on the document too, when the widget owns the page.
    use_effect_with(flow.lang, |&lang| browser::set_document_lang(lang));
    {
        let root = root.clone();
        let accent = props.config.accent.clone();
        use_effect_with(accent, move |accent| {
            if let Some(a) = accent {
                browser::set_accent(&root, a);
            }
        });
    }
    use_effect_with(flow.screen == Screen::Exited, move |&exited| {
        if exited {
            browser::exit_page(embedded);
        }
    });
    {
        let state = state.clone();
        use_triple_shift(Callback::from(move |()| state.dispatch(Action::Exit)));
    }

    let lang = flow.lang;
    let who = flow.answers.who;
    let dispatch = |action: Action| {
        let s = state.clone();
        Callback::from(move |()| s.dispatch(action))
    };
    let on_lang = send(&state, Action::SetLang);
    let panel = flow
        .panel
        .map(|panel| html! { <SafetyPanel {lang} {who} {panel} /> });

    let body = match &flow.screen {
        Screen::Start => html! {
            <StartScreen {lang} {who} changing={flow.changing} on_who={send(&state, Action::SetWho)}
                on_submit={dispatch(Action::Submit)} on_back={dispatch(Action::Back)} />
        },
        &Screen::Question(q) => html! {
            <QuestionForm {lang} answers={flow.answers} question={q} selected={flow.draft} offered={flow.offered()} error={flow.error}
                step={flow.progress().unwrap_or((1, 1))} on_pick={send(&state, Action::Pick)}
                on_submit={dispatch(Action::Submit)} on_back={dispatch(Action::Back)} />
        },
        Screen::Check => html! {
            <CheckAnswers {lang} answers={flow.answers} on_change={send(&state, Action::Change)}
                on_change_who={dispatch(Action::ChangeWho)}
                on_submit={dispatch(Action::Submit)} on_back={dispatch(Action::Back)} />
        },
        Screen::Result(result) => {
            let on_copy = {
                let s = state.clone();
                Callback::from(move |text: String| {
                    let d = s.dispatcher();
                    browser::copy_text(&text, move |ok| d.dispatch(Action::Copied(ok)));
                })
            };
            let on_print = Callback::from(|()| browser::print());
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
            <TopBar {lang} {who} {on_lang} on_exit={dispatch(Action::Exit)} />
            <main class="cf-main">{ for panel }{ body }</main>
            <CrisisFooter {lang} {who} embedded={props.embedded} />
        </div>
    }
}

/// A callback that sends the action its value makes (`Action::Pick`).
fn send<T: 'static>(state: &UseReducerHandle<State>, action: fn(T) -> Action) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.dispatch(action(value)))
}
