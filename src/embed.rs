//! What the widget takes from the page that embeds it: the center's name,
//! phone, contact link, the levels it offers, the language and an accent
//! colour. Every value comes from `data-*` attributes on someone else's page
//! and is treated as untrusted: anything invalid falls back to the default
//! with one warning, and nothing here ever builds markup from a string.
//!
//! ```
//! use carefit::embed::{Config, RawConfig};
//!
//! let (config, warnings) = Config::parse(&RawConfig {
//!     phone: Some("+1 555 010 0000".into()),
//!     contact_url: Some("javascript:alert(1)".into()),
//!     ..RawConfig::default()
//! });
//! assert_eq!(config.phone.unwrap().href, "tel:+15550100000");
//! assert!(config.contact_url.is_none());
//! assert_eq!(warnings.len(), 1);
//! ```

use crate::content::Lang;
use crate::engine::Level;

/// Longest center name shown, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest contact URL accepted, in bytes.
pub const MAX_URL_BYTES: usize = 2048;

/// The raw `data-*` values, exactly as the host page gave them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawConfig {
    /// `data-center-name`.
    pub center_name: Option<String>,
    /// `data-phone`.
    pub phone: Option<String>,
    /// `data-contact-url`.
    pub contact_url: Option<String>,
    /// `data-levels`: level ids separated by commas or spaces.
    pub levels: Option<String>,
    /// `data-lang`: `en` or `es`.
    pub lang: Option<String>,
    /// `data-accent`: `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
}

/// A phone number fit for a `tel:` link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// As the center wrote it (trimmed).
    pub display: String,
    /// `tel:` followed by an optional `+` and the digits.
    pub href: String,
}

/// The validated configuration; `None` means "use the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The center's name, as plain text.
    pub center_name: Option<String>,
    /// The center's phone.
    pub phone: Option<Phone>,
    /// The center's contact page (`https:` only).
    pub contact_url: Option<String>,
    /// The levels the center offers; `None` when it did not say.
    pub levels: Option<Vec<Level>>,
    /// The first language.
    pub lang: Option<Lang>,
    /// An accent colour as `#rrggbb`, dark enough for white text on it.
    pub accent: Option<String>,
}

/// One value that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The attribute, e.g. `data-phone`.
    pub attribute: &'static str,
    /// What was wrong, in plain words.
    pub problem: &'static str,
}

impl Warning {
    /// The console line: `carefit: data-phone ignored: …`.
    pub fn console_line(&self) -> String {
        format!("carefit: {} ignored: {}", self.attribute, self.problem)
    }
}

/// Whether the center offers a level, as the result page says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    /// The center did not list its levels.
    Unknown,
    /// The center lists this level (for detox: detox and the level after).
    Offered,
    /// The center does not list it.
    NotOffered,
}

impl Config {
    /// Validates every value; invalid ones are dropped with one warning each.
    pub fn parse(raw: &RawConfig) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        fn keep<T>(
            warnings: &mut Vec<Warning>,
            attribute: &'static str,
            result: Result<Option<T>, &'static str>,
        ) -> Option<T> {
            result.unwrap_or_else(|problem| {
                warnings.push(Warning { attribute, problem });
                None
            })
        }
        let center_name = raw.center_name.as_deref().and_then(clean_name);
        let phone = keep(
            &mut warnings,
            "data-phone",
            raw.phone.as_deref().map(parse_phone).transpose(),
        );
        let contact_url = keep(
            &mut warnings,
            "data-contact-url",
            raw.contact_url.as_deref().map(parse_url).transpose(),
        );
        let (levels, unknown) = match raw.levels.as_deref() {
            Some(s) => {
                let (known, unknown) = parse_levels(s);
                (Some(known), unknown)
            }
            None => (None, false),
        };
        if unknown {
            keep::<()>(&mut warnings, "data-levels", Err("unknown level ids were skipped (use detox, inpatient, php, iop, outpatient, support)"));
        }
        let lang = keep(
            &mut warnings,
            "data-lang",
            raw.lang
                .as_deref()
                .map(|l| match l.trim() {
                    "en" => Ok(Lang::En),
                    "es" => Ok(Lang::Es),
                    _ => Err("use en or es"),
                })
                .transpose(),
        );
        let accent = keep(
            &mut warnings,
            "data-accent",
            raw.accent.as_deref().map(parse_accent).transpose(),
        );
        (
            Config {
                center_name,
                phone,
                contact_url,
                levels,
                lang,
                accent,
            },
            warnings,
        )
    }

    /// Whether the center offers the care suggested. For detox, both detox
    /// and the level after it must be listed.
    pub fn offers(&self, level: Level, then: Option<Level>) -> Offer {
        let Some(levels) = &self.levels else {
            return Offer::Unknown;
        };
        let all = std::iter::once(level).chain(then);
        if all.into_iter().all(|l| levels.contains(&l)) {
            Offer::Offered
        } else {
            Offer::NotOffered
        }
    }
}

/// Characters that could reorder or hide text around them: controls, the
/// bidirectional marks, embeddings, overrides and isolates (U+200E/F,
/// U+061C, U+202A–202E, U+2066–2069), zero-width and other invisible
/// format characters (U+00AD, U+180E, U+200B–200D, U+2060–2064, U+206A–206F,
/// U+FEFF, U+FFF9–FFFB) and the tag characters (U+E0000–E007F).
pub fn is_invisible_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// Trims, drops control and direction characters, collapses spaces and caps
/// the length. Markup stays literal text: it is only ever shown as text.
fn clean_name(s: &str) -> Option<String> {
    let mut out = String::new();
    for word in s.split(|c: char| c.is_whitespace()) {
        let word: String = word.chars().filter(|&c| !is_invisible_control(c)).collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    if out.chars().count() > MAX_NAME_CHARS {
        out = out
            .chars()
            .take(MAX_NAME_CHARS - 1)
            .collect::<String>()
            .trim_end()
            .to_string();
        out.push('…');
    }
    (!out.is_empty()).then_some(out)
}

/// A phone number: digits with spaces, dots, dashes or brackets, an optional
/// leading `+`, 7 to 15 digits.
fn parse_phone(s: &str) -> Result<Phone, &'static str> {
    let t = s.trim();
    let body = t.strip_prefix('+').unwrap_or(t);
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')');
    if t.len() > 30 || body.is_empty() || !body.chars().all(allowed) {
        return Err("not a phone number (digits, spaces, + - . ( ) only)");
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    if !(7..=15).contains(&digits.len()) {
        return Err("a phone number has 7 to 15 digits");
    }
    let plus = if t.starts_with('+') { "+" } else { "" };
    Ok(Phone {
        display: t.to_string(),
        href: format!("tel:{plus}{digits}"),
    })
}

/// An `https:` URL with a host, no credentials, no spaces or controls.
fn parse_url(s: &str) -> Result<String, &'static str> {
    let t = s.trim();
    let Some(rest) = t
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &t[8..])
    else {
        return Err("only https: links are used");
    };
    if t.len() > MAX_URL_BYTES {
        return Err("the link is too long");
    }
    if t.chars().any(|c| {
        c.is_whitespace() || is_invisible_control(c) || matches!(c, '\\' | '<' | '>' | '"' | '`')
    }) {
        return Err("the link has spaces or characters a link cannot have");
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once(':').map_or(authority, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            authority
        }
    });
    if authority.contains('@') {
        return Err("the link must not carry a user name or password");
    }
    let host_ok = !host.is_empty()
        && host.split('.').all(|l| !l.is_empty())
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    if !host_ok {
        return Err("the link has no valid host name");
    }
    Ok(format!("https://{rest}"))
}

/// Level ids separated by commas or spaces; returns the known ones (in the
/// spec's order, once each) and whether any were unknown.
fn parse_levels(s: &str) -> (Vec<Level>, bool) {
    let mut unknown = false;
    let mut found = Vec::new();
    for id in s
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|id| !id.is_empty())
    {
        match Level::from_id(&id.to_ascii_lowercase()) {
            Some(l) if l != Level::Crisis => found.push(l),
            _ => unknown = true,
        }
    }
    let levels = Level::ALL
        .iter()
        .copied()
        .filter(|l| found.contains(l))
        .collect();
    (levels, unknown)
}

/// `#rgb` or `#rrggbb`, with at least 4.5:1 contrast for white text on it.
fn parse_accent(s: &str) -> Result<String, &'static str> {
    let t = s.trim();
    let hex = t.strip_prefix('#').unwrap_or("");
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err("use a colour like #0b5cad"),
    };
    if !full.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err("use a colour like #0b5cad");
    }
    let channel = |i: usize| {
        u8::from_str_radix(&full[i..i + 2], 16)
            .map(f64::from)
            .unwrap_or(0.0)
    };
    let ratio = contrast_with_white(channel(0), channel(2), channel(4));
    if ratio < 4.5 {
        return Err("too light: white text on it needs a contrast of 4.5:1 or more");
    }
    Ok(format!("#{}", full.to_ascii_lowercase()))
}

/// The widget's colour theme (`data-theme`; `theme` on `<carefit-widget>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on white (the default).
    Light,
    /// Light text on a dark background.
    Dark,
    /// The visitor's `prefers-color-scheme`, light or dark.
    Auto,
}

impl Theme {
    /// The word used in the attribute.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The dark theme's page and panel backgrounds and its text on accent
/// surfaces (`styles/carefit.css`, the dark block at its end).
pub const DARK_BG: [u8; 3] = [0x16, 0x19, 0x1d];
/// The dark theme's panels (`--cf-soft`).
pub const DARK_SOFT: [u8; 3] = [0x22, 0x27, 0x2d];
/// Share of the accent in the dark theme's accent, mixed with white in
/// sRGB: `color-mix(in srgb, accent 40%, #fff)`.
pub const DARK_ACCENT_SHARE: f64 = 0.4;

/// The theme and the accent's fitness for it: the theme used, and one
/// warning for a theme that is not `light`, `dark` or `auto`, or an accent
/// that would not keep 4.5:1 in a theme the widget may show. The accent's
/// own validity is [`Config::parse`]'s concern and not repeated here.
pub fn check_theme(theme: Option<&str>, accent: Option<&str>) -> (Theme, Vec<Warning>) {
    let mut warnings = Vec::new();
    let theme = match theme.map(str::trim) {
        None | Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some("auto") => Theme::Auto,
        Some(_) => {
            warnings.push(Warning {
                attribute: "data-theme",
                problem: "use light, dark or auto",
            });
            Theme::Light
        }
    };
    if let Some(Ok(hex)) = accent.map(parse_accent) {
        if theme != Theme::Light && dark_accent_contrast(&hex) < 4.5 {
            warnings.push(Warning {
                attribute: "data-accent",
                problem: "too dark for the dark theme: its light tint needs 4.5:1 on the dark background",
            });
        }
    }
    (theme, warnings)
}

/// The lowest contrast of the dark theme's accent (the centre's accent
/// mixed with white) against what it meets there: the dark background and
/// panels (links, outlines) and the dark text on accent buttons.
pub fn dark_accent_contrast(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
        f64::from(c) * DARK_ACCENT_SHARE + 255.0 * (1.0 - DARK_ACCENT_SHARE)
    };
    let tint = relative_luminance(channel(1), channel(3), channel(5));
    [DARK_BG, DARK_SOFT]
        .iter()
        .map(|[r, g, b]| {
            let bg = relative_luminance(f64::from(*r), f64::from(*g), f64::from(*b));
            (tint + 0.05) / (bg + 0.05)
        })
        .fold(f64::INFINITY, f64::min)
}

#[cfg(target_arch = "wasm32")]
mod export {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// For the frame and the embed builder: the theme used, then one
    /// `attribute<TAB>problem` line per warning (see [`super::check_theme`]).
    #[wasm_bindgen]
    pub fn validate_theme(theme: Option<String>, accent: Option<String>) -> Vec<String> {
        let (t, warnings) = super::check_theme(theme.as_deref(), accent.as_deref());
        std::iter::once(t.id().to_string())
            .chain(
                warnings
                    .iter()
                    .map(|w| format!("{}\t{}", w.attribute, w.problem)),
            )
            .collect()
    }
}

/// The WCAG contrast ratio of white against an sRGB colour (channels 0–255;
/// others are outside what the formula is for).
pub fn contrast_with_white(r: f64, g: f64, b: f64) -> f64 {
    1.05 / (relative_luminance(r, g, b) + 0.05)
}

/// WCAG relative luminance of an sRGB colour (channels 0–255).
fn relative_luminance(r: f64, g: f64, b: f64) -> f64 {
    let lin = |c: f64| {
        let c = c / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// `x^2.4` for `x` in `(0, 1]`, as `x² · (x²)^(1/5)` with Newton's method for
/// the fifth root. `f64::powf` would bring about 2 KB of libm into the
/// WebAssembly for this one check; this agrees with it to within 1e-14.
fn pow_2_4(x: f64) -> f64 {
    debug_assert!((0.0..=1.0).contains(&x), "pow_2_4 is for (0, 1]: {x}");
    let a = x * x;
    // From 1, Newton's steps fall monotonically onto the root of r⁵ = a.
    let mut r = 1.0_f64;
    for _ in 0..64 {
        let r4 = r * r * r * r;
        let next = (4.0 * r + a / r4) / 5.0;
        if next >= r {
            break;
        }
        r = next;
    }
    a * r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw() -> RawConfig {
        RawConfig::default()
    }

    #[test]
    fn nothing_given_means_defaults_and_no_warnings() {
        assert_eq!(Config::parse(&raw()), (Config::default(), vec![]));
    }

    #[test]
    fn names_are_plain_text_trimmed_and_capped() {
        let (c, w) = Config::parse(&RawConfig {
            center_name: Some("  <b>River\u{202E}side</b>\n  Recovery \u{200B} ".into()),
            ..raw()
        });
        assert_eq!(c.center_name.as_deref(), Some("<b>Riverside</b> Recovery"));
        assert!(w.is_empty());
        let long = "x".repeat(10_000);
        let (c, _) = Config::parse(&RawConfig {
            center_name: Some(long),
            ..raw()
        });
        assert_eq!(c.center_name.unwrap().chars().count(), MAX_NAME_CHARS);
        let (c, _) = Config::parse(&RawConfig {
            center_name: Some(" \u{202D} ".into()),
            ..raw()
        });
        assert_eq!(c.center_name, None);
    }

    #[test]
    fn names_lose_every_invisible_format_character() {
        let hidden = [
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{202E}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{E0001}',
            '\u{E0041}',
            '\u{E007F}',
        ];
        for h in hidden {
            let (c, w) = Config::parse(&RawConfig {
                center_name: Some(format!("River{h}side{h} Clinic")),
                ..raw()
            });
            assert_eq!(
                c.center_name.as_deref(),
                Some("Riverside Clinic"),
                "U+{:04X}",
                h as u32
            );
            assert!(w.is_empty());
            assert!(
                parse_url(&format!("https://example.org/{h}")).is_err(),
                "U+{:04X}",
                h as u32
            );
        }
        // Letters of other scripts stay; only their direction is isolated
        // where the name is shown.
        let (c, _) = Config::parse(&RawConfig {
            center_name: Some("مركز \u{2067}Hope\u{2069}".into()),
            ..raw()
        });
        assert_eq!(c.center_name.as_deref(), Some("مركز Hope"));
    }

    #[test]
    fn phones() {
        let ok = |s: &str| parse_phone(s).map(|p| p.href);
        assert_eq!(ok("+1 555 010 0000"), Ok("tel:+15550100000".into()));
        assert_eq!(ok("(555) 010-0000"), Ok("tel:5550100000".into()));
        assert!(ok("call us").is_err());
        assert!(ok("555-0100 ext 2").is_err());
        assert!(ok("12345").is_err());
        assert!(ok("javascript:alert(1)").is_err());
        assert!(ok("+1 555 010 0000 0000 0000").is_err());
        assert!(ok("++15550100000").is_err());
    }

    #[test]
    fn contact_links_must_be_https() {
        assert_eq!(
            parse_url(" https://example.org/contact?x=1 "),
            Ok("https://example.org/contact?x=1".into())
        );
        assert_eq!(
            parse_url("HTTPS://example.org"),
            Ok("https://example.org".into())
        );
        assert_eq!(
            parse_url("https://example.org:8443/a"),
            Ok("https://example.org:8443/a".into())
        );
        for bad in [
            "http://example.org",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://",
            "https://user:pw@example.org",
            "https://exa mple.org",
            "https://example.org/\u{202E}gro",
            "//example.org",
            "https://example..org",
            "https://<script>",
        ] {
            assert!(parse_url(bad).is_err(), "{bad}");
        }
        assert!(parse_url(&format!("https://example.org/{}", "a".repeat(3000))).is_err());
    }

    #[test]
    fn levels_keep_known_ids_and_warn_once_about_unknown_ones() {
        let (c, w) = Config::parse(&RawConfig {
            levels: Some("PHP, iop outpatient,rehab,crisis,iop".into()),
            ..raw()
        });
        assert_eq!(
            c.levels,
            Some(vec![Level::Php, Level::Iop, Level::Outpatient])
        );
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].attribute, "data-levels");
        assert!(w[0]
            .console_line()
            .starts_with("carefit: data-levels ignored:"));
    }

    #[test]
    fn offers_the_suggestion() {
        let c = Config {
            levels: Some(vec![Level::Detox, Level::Iop]),
            ..Config::default()
        };
        assert_eq!(c.offers(Level::Iop, None), Offer::Offered);
        assert_eq!(c.offers(Level::Php, None), Offer::NotOffered);
        assert_eq!(c.offers(Level::Detox, Some(Level::Iop)), Offer::Offered);
        assert_eq!(c.offers(Level::Detox, Some(Level::Php)), Offer::NotOffered);
        assert_eq!(Config::default().offers(Level::Iop, None), Offer::Unknown);
    }

    #[test]
    fn languages() {
        let lang = |s: &str| {
            Config::parse(&RawConfig {
                lang: Some(s.into()),
                ..raw()
            })
        };
        assert_eq!(lang("es").0.lang, Some(Lang::Es));
        assert_eq!(lang(" en ").0.lang, Some(Lang::En));
        let (c, w) = lang("fr");
        assert_eq!((c.lang, w.len()), (None, 1));
    }

    #[test]
    fn pow_2_4_agrees_with_powf_on_every_channel_value() {
        // The channel values that reach the power: (c/255 + 0.055) / 1.055
        // for every 8-bit c above the linear segment.
        for c in 11..=255u32 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-14, "c={c}: {ours} vs {std}");
        }
    }

    #[test]
    fn accents_need_contrast_for_white_text() {
        assert_eq!(parse_accent("#0B5CAD"), Ok("#0b5cad".into()));
        assert_eq!(parse_accent("#000"), Ok("#000000".into()));
        assert!(parse_accent("#ffff00").is_err(), "yellow is too light");
        assert!(parse_accent("#777777").is_err(), "4.48:1 is not enough");
        assert!(parse_accent("#767676").is_ok(), "4.54:1 is enough");
        for bad in [
            "red",
            "#12345",
            "#gggggg",
            "0b5cad",
            "#0b5cad; background:url(x)",
            "url(https://x)",
        ] {
            assert!(parse_accent(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn themes() {
        assert_eq!(check_theme(None, None), (Theme::Light, vec![]));
        assert_eq!(check_theme(Some(" dark "), None).0, Theme::Dark);
        assert_eq!(
            check_theme(Some("auto"), Some("#0b5cad")),
            (Theme::Auto, vec![])
        );
        let (t, w) = check_theme(Some("purple"), Some("#ffff00"));
        assert_eq!(t, Theme::Light);
        assert_eq!(w.len(), 1, "the bad accent is Config::parse's warning");
        assert!(w[0]
            .console_line()
            .starts_with("carefit: data-theme ignored:"));
    }

    #[test]
    fn every_accepted_accent_keeps_its_contrast_in_the_dark_theme() {
        // Every colour with 4.5:1 for white text (light theme) on a grid of
        // the sRGB cube, and the extremes: its dark-theme tint keeps 4.5:1
        // on the dark background and panels, so the dark theme never has to
        // drop a centre's colour. The check still runs on every value.
        let mut accepted = 0;
        for r in (0..=255u32).step_by(5) {
            for g in (0..=255u32).step_by(5) {
                for b in (0..=255u32).step_by(5) {
                    let hex = format!("#{r:02x}{g:02x}{b:02x}");
                    if parse_accent(&hex).is_ok() {
                        accepted += 1;
                        assert!(dark_accent_contrast(&hex) >= 4.5, "{hex}");
                        assert!(check_theme(Some("dark"), Some(&hex)).1.is_empty());
                    }
                }
            }
        }
        assert!(accepted > 5_000, "{accepted}");
        assert!(dark_accent_contrast("#000000") > 5.0);
    }

    #[test]
    fn each_invalid_value_gives_exactly_one_warning() {
        let (c, w) = Config::parse(&RawConfig {
            center_name: Some("Clinic".into()),
            phone: Some("nope".into()),
            contact_url: Some("http://x.org".into()),
            levels: Some("iop,nope".into()),
            lang: Some("de".into()),
            accent: Some("#fff".into()),
        });
        let attrs: Vec<_> = w.iter().map(|w| w.attribute).collect();
        assert_eq!(
            attrs,
            [
                "data-phone",
                "data-contact-url",
                "data-levels",
                "data-lang",
                "data-accent"
            ]
        );
        assert_eq!(c.center_name.as_deref(), Some("Clinic"));
        assert_eq!(c.levels, Some(vec![Level::Iop]));
    }
}
