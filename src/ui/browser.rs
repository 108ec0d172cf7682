//! The browser's side effects, in one place: the page's language, the
//! document's `lang`, the accent colour, copy, print, focus and Exit. The
//! components and the root stay free of `web_sys` plumbing.

use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::content::Lang;

/// Where "Exit this page" goes: a neutral page, as GOV.UK's component does.
pub const EXIT_URL: &str = "https://www.bbc.com/weather";

/// The language from `?lang=` (the only URL parameter read, and only on the
/// standalone page), else the browser's, else English.
pub fn page_language(embedded: bool) -> Lang {
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

/// Sets `lang` on the document element (the widget owns its document).
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
    }
}

/// The center's accent colour on `root`, through the CSSOM: the frame's
/// CSP forbids style attributes.
pub fn set_accent(root: &NodeRef, accent: &str) {
    if let Some(el) = root.cast::<web_sys::HtmlElement>() {
        let _ = el.style().set_property("--cf-accent", accent);
        let _ = el.style().set_property("--cf-accent-dark", accent);
    }
}

/// Exit: replaces the whole page with a neutral one. In the frame, which
/// may not navigate the host page, the boot script asks the loader to do it
/// (the same fixed address, for every visitor).
pub fn exit_page(embedded: bool) {
    let Some(w) = web_sys::window() else {
        return;
    };
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

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    let Some(w) = web_sys::window() else { return };
    // Every closed section opens first, so the printout holds all of it
    // (the print style does the same for the browser's own Print, where
    // `::details-content` is supported).
    if let Some(doc) = w.document() {
        while let Ok(Some(d)) = doc.query_selector("details:not([open])") {
            if d.set_attribute("open", "").is_err() {
                break;
            }
        }
    }
    let _ = w.print();
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Milliseconds since the page loaded.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Focuses the first element inside `root` matching one of `selectors`,
/// scrolling only this document (see [`super::focus_in_place`]).
pub fn focus_first(root: &NodeRef, selectors: &[&str]) {
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
