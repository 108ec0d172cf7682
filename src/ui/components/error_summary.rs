//! The error summary at the top of a question (GOV.UK pattern).

use crate::content::Lang;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`ErrorSummary`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// The error message.
    pub message: &'static str,
    /// The id of the input the link moves to.
    pub target: String,
}

/// A summary box that links to the field with the problem.
#[function_component]
pub fn ErrorSummary(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    let target = props.target.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&target))
        {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                crate::ui::focus_in_place(&el);
            }
        }
    });
    html! {
        <div class="cf-error-summary cf-focus" role="alert" tabindex="-1" aria-labelledby="cf-error-h">
            <h2 id="cf-error-h">{ ui.error_title }</h2>
            <ul><li><a href={format!("#{}", props.target)} {onclick}>{ props.message }</a></li></ul>
        </div>
    }
}
