//! Crisis lines, in a footer on every screen.

use super::CrisisLines;
use crate::content::Lang;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`CrisisFooter`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// In the embedded frame the privacy page opens in a new tab.
    #[prop_or_default]
    pub embedded: bool,
}

/// The footer with the crisis lines.
#[function_component]
pub fn CrisisFooter(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    html! {
        <footer class="cf-crisis" aria-labelledby="cf-crisis-h">
            <h2 id="cf-crisis-h">{ ui.crisis_heading }</h2>
            <CrisisLines lang={props.lang} who={props.who} />
            <p class="cf-privacy">
                <a href="privacy.html" target={props.embedded.then_some("_blank")}
                    rel={props.embedded.then_some("noopener")}>{ ui.privacy_link }</a>
            </p>
        </footer>
    }
}
