//! The result: the level, why, and what to expect.

use crate::content::Lang;
use crate::engine::Assessment;
use yew::prelude::*;

/// Props of [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// The engine's result.
    pub result: Assessment,
}

/// The result page. Its root carries `data-level` (and `data-then` for detox).
#[function_component]
pub fn ResultView(props: &Props) -> Html {
    let texts = props.lang.texts();
    let r = &props.result;
    let lt = (texts.level)(r.level);
    html! {
        <section class="cf-result" data-level={r.level.id()} data-then={r.then.map(|t| t.id())}>
            <h1 class="cf-title" tabindex="-1">{ lt.name }</h1>
            <p class="cf-lead">{ lt.summary }</p>
            <ul class="cf-reasons">
                { for r.reasons.iter().map(|&x| html! { <li>{ (texts.reason)(x) }</li> }) }
            </ul>
            <p class="cf-note">{ texts.ui.not_a_diagnosis }</p>
        </section>
    }
}
