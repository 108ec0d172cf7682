//! Browser tests (headless Chromium through wasm-bindgen-test): the view is
//! wired to the flow. What the flow and engine decide is tested on the host.
#![cfg(target_arch = "wasm32")]

use carefit::content::Lang;
use carefit::ui::app::{App, Props};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A freshly mounted widget in its own element.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        Props {
            lang: Some(Lang::En),
            ..Props::default()
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Option<HtmlElement> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.dyn_into().unwrap())
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

async fn click(root: &Element, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .click();
    yew::scheduler::flush().await;
}

async fn submit(root: &Element) {
    click(root, "form button[type=submit]").await;
}

/// Ticks `name=value` options and continues.
async fn answer(root: &Element, name: &str, values: &[&str]) {
    for v in values {
        click(root, &format!("input[name={name}][value={v}]")).await;
    }
    submit(root).await;
}

fn question(root: &Element) -> Option<String> {
    find(root, "form input[name]").map(|i| i.get_attribute("name").unwrap())
}

fn checked(root: &Element, name: &str, value: &str) -> bool {
    let input: web_sys::HtmlInputElement = root
        .query_selector(&format!("input[name={name}][value={value}]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no {name}={value}"))
        .dyn_into()
        .unwrap();
    input.checked()
}

#[wasm_bindgen_test]
async fn the_first_question_follows_the_automation_contract() {
    let root = mount().await;
    assert_eq!(count(&root, "form"), 1, "the start screen is one form");
    submit(&root).await;

    assert_eq!(count(&root, "form"), 1, "one question form at a time");
    let form = root.query_selector("form").unwrap().unwrap();
    assert_eq!(form.query_selector_all("fieldset").unwrap().length(), 1);
    let legend = form.query_selector("fieldset > legend").unwrap().unwrap();
    assert!(!legend.text_content().unwrap().trim().is_empty());
    let inputs = form.query_selector_all("input").unwrap();
    let mut values = Vec::new();
    for i in 0..inputs.length() {
        let input: Element = inputs.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(input.get_attribute("type").as_deref(), Some("radio"));
        assert_eq!(input.get_attribute("name").as_deref(), Some("safety"));
        let label = form
            .query_selector(&format!("label[for='{}']", input.id()))
            .unwrap()
            .expect("every input has a label");
        assert!(!label.text_content().unwrap().trim().is_empty());
        values.push(input.get_attribute("value").unwrap());
    }
    assert_eq!(values, ["no", "thoughts", "plan"]);
    assert_eq!(
        count(&root, "button[type=submit]"),
        1,
        "Continue is the only submit button"
    );

    let footer = root
        .query_selector("footer")
        .unwrap()
        .expect("crisis footer");
    for href in ["tel:988", "sms:988", "tel:911", "tel:+18006624357"] {
        assert!(
            footer
                .query_selector(&format!("a[href='{href}']"))
                .unwrap()
                .is_some(),
            "{href}"
        );
    }
}

#[wasm_bindgen_test]
async fn continue_with_nothing_chosen_shows_the_error_summary() {
    let root = mount().await;
    submit(&root).await;
    submit(&root).await;
    assert_eq!(count(&root, ".cf-error-summary"), 1);
    assert_eq!(question(&root).as_deref(), Some("safety"));
    answer(&root, "safety", &["no"]).await;
    assert_eq!(count(&root, ".cf-error-summary"), 0);
}

#[wasm_bindgen_test]
async fn questions_that_do_not_apply_are_skipped_and_back_returns() {
    let root = mount().await;
    submit(&root).await;
    answer(&root, "safety", &["no"]).await;
    answer(&root, "age", &["adult"]).await;
    answer(&root, "focus", &["unsure"]).await;
    answer(&root, "substances", &["none"]).await;
    assert_eq!(
        question(&root).as_deref(),
        Some("medical"),
        "frequency, withdrawal, impact skipped"
    );
    click(&root, ".cf-back").await;
    assert_eq!(question(&root).as_deref(), Some("substances"));
    assert!(checked(&root, "substances", "none"), "the answer is kept");
}

#[wasm_bindgen_test]
async fn an_exclusive_option_clears_the_others() {
    let root = mount().await;
    submit(&root).await;
    answer(&root, "safety", &["no"]).await;
    answer(&root, "age", &["adult"]).await;
    answer(&root, "focus", &["drugs"]).await;
    click(&root, "input[name=substances][value=alcohol]").await;
    click(&root, "input[name=substances][value=opioids]").await;
    click(&root, "input[name=substances][value=none]").await;
    assert!(!checked(&root, "substances", "alcohol") && !checked(&root, "substances", "opioids"));
    click(&root, "input[name=substances][value=cannabis]").await;
    assert!(!checked(&root, "substances", "none"));
    assert!(checked(&root, "substances", "cannabis"));
}

async fn to_check_page(root: &Element) {
    submit(root).await;
    for (name, value) in [
        ("safety", "no"),
        ("age", "adult"),
        ("focus", "unsure"),
        ("substances", "none"),
        ("medical", "none"),
        ("mental_health", "not_at_all"),
        ("home", "supportive"),
        ("support", "strong"),
        ("history", "none"),
        ("obligations", "no"),
        ("schedule", "yes"),
        ("readiness", "ready"),
    ] {
        answer(root, name, &[value]).await;
    }
    assert_eq!(count(root, ".cf-check"), 1);
}

#[wasm_bindgen_test]
async fn change_from_the_check_page_returns_there_and_the_result_follows() {
    let root = mount().await;
    to_check_page(&root).await;
    // Who the answers are about, then the 12 questions asked.
    assert_eq!(count(&root, ".cf-summary-row"), 13);
    click(&root, ".cf-summary-row:nth-child(11) button").await;
    assert_eq!(question(&root).as_deref(), Some("obligations"));
    answer(&root, "obligations", &["yes"]).await;
    assert_eq!(count(&root, ".cf-check"), 1, "back on the check page");
    submit(&root).await;
    let result = find(&root, "[data-level]").expect("a result");
    assert_eq!(
        result.get_attribute("data-level").as_deref(),
        Some("support")
    );
    assert_eq!(result.get_attribute("data-then"), None);
}

#[wasm_bindgen_test]
async fn start_over_clears_every_answer() {
    let root = mount().await;
    to_check_page(&root).await;
    submit(&root).await;
    click(&root, ".cf-keep button:last-child").await;
    assert_eq!(count(&root, ".cf-start"), 1);
    submit(&root).await;
    assert!(!checked(&root, "safety", "no"));
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_answers() {
    let root = mount().await;
    submit(&root).await;
    answer(&root, "safety", &["no"]).await;
    click(&root, "input[name=age][value=teen]").await;
    click(&root, ".cf-langs button[lang=es]").await;
    assert_eq!(
        find(&root, ".cf").unwrap().get_attribute("lang").as_deref(),
        Some("es")
    );
    assert!(
        checked(&root, "age", "teen"),
        "the unsent choice is kept too"
    );
    let legend = find(&root, "legend").unwrap().text_content().unwrap();
    assert!(legend.contains('¿'), "the question is in Spanish: {legend}");
    click(&root, ".cf-back").await;
    assert!(checked(&root, "safety", "no"));
}
