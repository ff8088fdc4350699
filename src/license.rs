//! The licence of a scenario's maps: an SPDX licence expression (`CC-BY-SA-4.0`,
//! `CC0-1.0`, `CC-BY-4.0 OR CC-BY-SA-4.0`), checked against the SPDX licence list, and
//! what the maps' metadata and their Wikimedia Commons pages write for it.
//!
//! The SPDX list gives every licence one short id, so that a scenario names its licence
//! the way software packages do; the `spdx` crate parses the expression and knows the list.
//! Each licence has a URL (Creative Commons' own for its licences, SPDX's page for the
//! others) and, for the licences Commons accepts and spheres knows the tag of, a Commons
//! licence tag.

use spdx::expression::{ExprNode, Operator};
use spdx::{Expression, LicenseItem};

use crate::problem::did_you_mean;

/// A checked SPDX licence expression.
///
/// ```
/// use spheres::license::License;
/// let l = License::parse("CC-BY-SA-4.0").unwrap();
/// assert_eq!(l.urls(), ["https://creativecommons.org/licenses/by-sa/4.0/"]);
/// assert_eq!(l.commons_tags(), Ok(vec!["cc-by-sa-4.0"]));
/// assert!(License::parse("CC-BY-SA-4").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct License {
    /// The expression as written, without the spaces around it.
    expression: String,
    /// The SPDX ids of the licences it names, in the order written, each once.
    ids: Vec<&'static str>,
    /// Whether it offers a choice of whole licences: ids joined by `OR` only, none with
    /// `WITH`, `+` or a `LicenseRef-`. Only such an expression says the same thing as a
    /// list of licence tags (a list of tags on Commons offers the reuser each of them).
    choice: bool,
}

/// Why a text is not an SPDX licence expression.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenseError {
    /// A term that is no licence id of the SPDX list.
    #[error("unknown licence '{term}': not an id of the SPDX licence list")]
    Unknown {
        /// The term.
        term: String,
        /// The expression as it was most likely meant, if one is near.
        suggestion: Option<String>,
    },
    /// An id the SPDX list has deprecated (`GPL-2.0` for `GPL-2.0-only`).
    #[error("licence '{term}' is a deprecated SPDX id")]
    Deprecated {
        /// The id.
        term: String,
        /// The expression with the id the list has now, if it names one.
        suggestion: Option<String>,
    },
    /// Anything else wrong with the expression (parentheses, operators, an empty text).
    #[error("'{expression}' is not an SPDX licence expression: {reason}")]
    Malformed {
        /// The expression.
        expression: String,
        /// What the parser found wrong.
        reason: String,
        /// The expression as it was most likely meant, if one is near.
        suggestion: Option<String>,
    },
}

impl LicenseError {
    /// A hint for the user: the expression most likely meant, or how to write one.
    pub fn hint(&self) -> String {
        let suggestion = match self {
            LicenseError::Unknown { suggestion, .. }
            | LicenseError::Deprecated { suggestion, .. }
            | LicenseError::Malformed { suggestion, .. } => suggestion,
        };
        match suggestion {
            Some(s) => format!("did you mean '{s}'?"),
            None => "write an SPDX licence id (https://spdx.org/licenses/), e.g. \"CC-BY-SA-4.0\", \"CC-BY-4.0\" or \"CC0-1.0\"; join several with OR".into(),
        }
    }
}

impl License {
    /// Parses an SPDX licence expression (strictly: ids as the SPDX list spells them,
    /// operators in capitals, no deprecated id). A mistake comes back with the expression
    /// most likely meant, if one is near.
    pub fn parse(text: &str) -> Result<License, LicenseError> {
        let text = text.trim();
        let expr = Expression::parse(text).map_err(|e| error(text, &e))?;
        let mut ids: Vec<&'static str> = Vec::new();
        let mut choice = true;
        for node in expr.iter() {
            match node {
                ExprNode::Op(Operator::Or) => {}
                ExprNode::Op(Operator::And) => choice = false,
                ExprNode::Req(r) => match &r.req.license {
                    LicenseItem::Spdx { id, or_later } => {
                        choice &= !or_later && r.req.addition.is_none();
                        if !ids.contains(&id.name) {
                            ids.push(id.name);
                        }
                    }
                    LicenseItem::Other(_) => choice = false,
                },
            }
        }
        Ok(License {
            expression: text.to_string(),
            ids,
            choice,
        })
    }

    /// The expression as written.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The SPDX ids of the licences the expression names, in its order.
    pub fn ids(&self) -> &[&'static str] {
        &self.ids
    }

    /// Whether the expression is one licence, or a choice of whole licences (`A OR B`).
    pub fn is_choice(&self) -> bool {
        self.choice
    }

    /// The address of each licence the expression names, in its order: Creative Commons'
    /// page of a CC licence (the URL its RDF and licence tags use), otherwise the licence's
    /// page on the SPDX list.
    pub fn urls(&self) -> Vec<String> {
        self.ids.iter().map(|id| url(id)).collect()
    }

    /// The Wikimedia Commons licence tags (template names) of the licences, in the
    /// expression's order, when Commons can say what the expression says: one licence, or
    /// a choice of licences, each of which Commons accepts with a tag spheres knows.
    pub fn commons_tags(&self) -> Result<Vec<&'static str>, NoCommonsTag> {
        if !self.choice {
            return Err(NoCommonsTag::NotAChoice);
        }
        self.ids
            .iter()
            .map(|&id| match commons_tag(id) {
                Some(tag) => Ok(tag),
                None if refused_by_commons(id) => Err(NoCommonsTag::Refused(id)),
                None => Err(NoCommonsTag::Unknown(id)),
            })
            .collect()
    }
}

/// Why the Commons page cannot tag a licence expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoCommonsTag {
    /// The expression joins licences with `AND` or `WITH`, or widens one with `+`: a list
    /// of Commons tags would say something else (that each applies on its own).
    #[error(
        "it combines licences (AND, WITH or +), which a list of Commons licence tags cannot say"
    )]
    NotAChoice,
    /// A NonCommercial or NoDerivatives licence, which Commons does not accept.
    #[error(
        "{0} is a NonCommercial or NoDerivatives licence, which Wikimedia Commons does not accept"
    )]
    Refused(&'static str),
    /// A licence spheres knows no Commons tag for.
    #[error("spheres knows no Wikimedia Commons licence tag for {0}")]
    Unknown(&'static str),
}

/// The Commons licence tag of an SPDX id, for the licences Commons lists among its
/// commonly used and free licence tags (Commons:Copyright tags): the unported Creative
/// Commons Attribution and Attribution-ShareAlike licences, CC0, Apache 2.0 and the
/// 3-clause BSD licence.
fn commons_tag(id: &str) -> Option<&'static str> {
    Some(match id {
        "CC-BY-1.0" => "cc-by-1.0",
        "CC-BY-2.0" => "cc-by-2.0",
        "CC-BY-2.5" => "cc-by-2.5",
        "CC-BY-3.0" => "cc-by-3.0",
        "CC-BY-4.0" => "cc-by-4.0",
        "CC-BY-SA-1.0" => "cc-by-sa-1.0",
        "CC-BY-SA-2.0" => "cc-by-sa-2.0",
        "CC-BY-SA-2.5" => "cc-by-sa-2.5",
        "CC-BY-SA-3.0" => "cc-by-sa-3.0",
        "CC-BY-SA-4.0" => "cc-by-sa-4.0",
        "CC0-1.0" => "cc-zero",
        "Apache-2.0" => "Apache",
        "BSD-3-Clause" => "BSD",
        _ => return None,
    })
}

/// Whether Commons refuses files under the licence: a Creative Commons licence with
/// NonCommercial or NoDerivatives terms.
fn refused_by_commons(id: &str) -> bool {
    id.starts_with("CC-") && (id.contains("-NC") || id.contains("-ND"))
}

/// The address of a licence: `https://creativecommons.org/licenses/by-sa/4.0/` for
/// `CC-BY-SA-4.0` (a port's country after the version: `…/by/3.0/de/`),
/// `…/publicdomain/zero/1.0/` for CC0, `https://spdx.org/licenses/ID.html` otherwise.
fn url(id: &str) -> String {
    if id == "CC0-1.0" {
        return "https://creativecommons.org/publicdomain/zero/1.0/".into();
    }
    if let Some(rest) = id.strip_prefix("CC-") {
        let parts: Vec<&str> = rest.split('-').collect();
        // Terms (BY, SA, NC, ND), then the version, then a port's country.
        if let Some(v) = parts.iter().position(|p| p.contains('.'))
            && v > 0
            && parts[..v]
                .iter()
                .all(|t| ["BY", "SA", "NC", "ND"].contains(t))
        {
            let terms = parts[..v].join("-").to_lowercase();
            let mut url = format!("https://creativecommons.org/licenses/{terms}/{}/", parts[v]);
            for port in &parts[v + 1..] {
                url.push_str(&port.to_lowercase());
                url.push('/');
            }
            return url;
        }
    }
    format!("https://spdx.org/licenses/{id}.html")
}

/// The error of a text the parser refused, with the expression most likely meant.
fn error(text: &str, e: &spdx::ParseError) -> LicenseError {
    use spdx::error::Reason;
    let term = text.get(e.span.clone()).unwrap_or(text).trim().to_string();
    let suggestion = suggest(text, &term);
    match e.reason {
        Reason::UnknownLicense | Reason::UnknownTerm if !term.is_empty() => {
            LicenseError::Unknown { term, suggestion }
        }
        Reason::DeprecatedLicenseId => LicenseError::Deprecated { term, suggestion },
        ref reason => LicenseError::Malformed {
            expression: text.to_string(),
            reason: reason.to_string(),
            suggestion,
        },
    }
}

/// The expression `text` most likely meant, `term` being the part the parser refused: its
/// canonical form (lowercase operators, `/` for OR, names such as "apache2", deprecated
/// GNU ids), the text with spaces for hyphens ("CC BY-SA 4.0"), the term in the SPDX
/// list's capitals, or the id nearest to the term. Only an expression that parses is
/// suggested.
fn suggest(text: &str, term: &str) -> Option<String> {
    let parses = |s: &str| Expression::parse(s).is_ok().then(|| s.to_string());
    let canonical = Expression::canonicalize(text).ok().flatten();
    if let Some(s) = canonical.as_deref().and_then(parses) {
        return Some(s);
    }
    if let Some(s) = parses(&text.split_whitespace().collect::<Vec<_>>().join("-")) {
        return Some(s);
    }
    if term.is_empty() {
        return None;
    }
    let names = spdx::identifiers::LICENSES
        .iter()
        .filter(|l| l.flags & spdx::flags::IS_DEPRECATED == 0)
        .map(|l| l.name);
    let same_letters = names
        .clone()
        .find(|n| n.eq_ignore_ascii_case(term))
        .map(str::to_string);
    let near = same_letters.or_else(|| did_you_mean(term, names))?;
    parses(&text.replacen(term, &near, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_name_their_licences_in_order() {
        let l = License::parse(" CC-BY-4.0 OR CC-BY-SA-4.0 ").unwrap();
        assert_eq!(l.expression(), "CC-BY-4.0 OR CC-BY-SA-4.0");
        assert_eq!(l.ids(), ["CC-BY-4.0", "CC-BY-SA-4.0"]);
        assert!(l.is_choice());
        assert_eq!(l.commons_tags(), Ok(vec!["cc-by-4.0", "cc-by-sa-4.0"]));
        let both = License::parse("CC-BY-4.0 AND ODbL-1.0").unwrap();
        assert!(!both.is_choice());
        assert_eq!(both.commons_tags(), Err(NoCommonsTag::NotAChoice));
        let later = License::parse("CC-BY-SA-3.0+").unwrap();
        assert_eq!(later.commons_tags(), Err(NoCommonsTag::NotAChoice));
    }

    #[test]
    fn each_licence_has_its_address() {
        let urls = |s: &str| License::parse(s).unwrap().urls();
        assert_eq!(
            urls("CC-BY-4.0"),
            ["https://creativecommons.org/licenses/by/4.0/"]
        );
        assert_eq!(
            urls("CC0-1.0"),
            ["https://creativecommons.org/publicdomain/zero/1.0/"]
        );
        assert_eq!(
            urls("CC-BY-NC-SA-3.0-DE"),
            ["https://creativecommons.org/licenses/by-nc-sa/3.0/de/"]
        );
        assert_eq!(urls("MIT"), ["https://spdx.org/licenses/MIT.html"]);
    }

    #[test]
    fn commons_refuses_nc_and_nd_and_has_no_tag_for_some() {
        let tags = |s: &str| License::parse(s).unwrap().commons_tags();
        assert_eq!(tags("CC0-1.0"), Ok(vec!["cc-zero"]));
        assert_eq!(
            tags("CC-BY-NC-4.0"),
            Err(NoCommonsTag::Refused("CC-BY-NC-4.0"))
        );
        assert_eq!(
            tags("CC-BY-ND-4.0"),
            Err(NoCommonsTag::Refused("CC-BY-ND-4.0"))
        );
        assert_eq!(tags("MIT"), Err(NoCommonsTag::Unknown("MIT")));
        assert_eq!(
            tags("CC-BY-SA-4.0 OR MIT"),
            Err(NoCommonsTag::Unknown("MIT"))
        );
    }

    #[test]
    fn mistakes_come_with_the_expression_meant() {
        let hint = |s: &str| {
            let e = License::parse(s).unwrap_err();
            (e.to_string(), e.hint())
        };
        assert_eq!(
            hint("CC-BY-SA-4"),
            (
                "unknown licence 'CC-BY-SA-4': not an id of the SPDX licence list".into(),
                "did you mean 'CC-BY-SA-4.0'?".into()
            )
        );
        assert_eq!(hint("cc-by-sa-4.0").1, "did you mean 'CC-BY-SA-4.0'?");
        assert_eq!(hint("CC BY-SA 4.0").1, "did you mean 'CC-BY-SA-4.0'?");
        assert_eq!(
            hint("CC-BY-4.0/CC-BY-SA-4.0").1,
            "did you mean 'CC-BY-4.0 OR CC-BY-SA-4.0'?"
        );
        assert_eq!(
            hint("GPL-2.0"),
            (
                "licence 'GPL-2.0' is a deprecated SPDX id".into(),
                "did you mean 'GPL-2.0-only'?".into()
            )
        );
        let (message, hint) = hint("");
        assert!(
            message.contains("not an SPDX licence expression"),
            "{message}"
        );
        assert!(hint.starts_with("write an SPDX licence id"), "{hint}");
        assert!(
            License::parse("Kopyleft Any Way")
                .unwrap_err()
                .hint()
                .starts_with("write an SPDX")
        );
    }
}
