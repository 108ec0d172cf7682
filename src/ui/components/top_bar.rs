//! The bar on every screen: the language switch and "Exit this page".

use crate::content::Lang;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`TopBar`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// Called with the language chosen.
    pub on_lang: Callback<Lang>,
    /// Called when the person exits.
    pub on_exit: Callback<()>,
}

/// Language switch and exit button.
#[function_component]
pub fn TopBar(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    let others = Lang::ALL
        .iter()
        .copied()
        .filter(|&l| l != props.lang)
        .map(|l| {
            let onclick = props.on_lang.reform(move |_: MouseEvent| l);
            html! {
                <button type="button" class="cf-link-button" lang={l.code()} {onclick}>
                    { l.texts(props.who).ui.lang_name }
                </button>
            }
        });
    let onclick = props.on_exit.reform(|_: MouseEvent| ());
    html! {
        <div class="cf-bar">
            <nav class="cf-langs" aria-label={ui.lang_switch_label}>{ for others }</nav>
            <button type="button" class="cf-exit" {onclick}>{ ui.exit_button }</button>
        </div>
    }
}
