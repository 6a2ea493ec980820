//! The closing sections: accepted risks and false positives, methodology and glossary.

use genpdf::elements::Break;

use super::{Body, body_style, severity_color};
use crate::model::Severity;
use crate::report::model::{Glossary, Methodology, Triaged, TriagedEntry};

impl Body<'_> {
    pub(super) fn triaged(&mut self, triaged: &Triaged) {
        self.section(&triaged.heading);
        self.text(&triaged.intro, body_style());
        if triaged.entries.is_empty() {
            self.push(Break::new(0.5));
            self.text(&triaged.none_text, body_style());
        }
        for entry in &triaged.entries {
            self.triaged_entry(entry, triaged);
        }
    }

    fn triaged_entry(&mut self, entry: &TriagedEntry, triaged: &Triaged) {
        let labels = &triaged.labels;
        self.heading(&format!("{} ({})", entry.title, entry.check_id), 12);
        let decision_style = body_style().with_color(severity_color(entry.severity));
        self.field(&labels.decision, &entry.decision, decision_style);
        self.field(&labels.reason, &entry.reason, body_style().italic());
        self.field(&labels.decided, &entry.decided, body_style());
        let expiry_style = if entry.expired {
            body_style()
                .bold()
                .with_color(severity_color(Severity::High))
        } else {
            body_style()
        };
        self.field(&labels.expires, &entry.expires, expiry_style);
    }

    pub(super) fn methodology(&mut self, methodology: &Methodology) {
        self.section(&methodology.heading);
        for paragraph in &methodology.paragraphs {
            self.label(&paragraph.label);
            self.text(&paragraph.value, body_style());
        }
    }

    pub(super) fn glossary(&mut self, glossary: &Glossary) {
        self.section(&glossary.heading);
        for term in &glossary.terms {
            self.push(Break::new(0.15));
            self.field(&term.label, &term.value, body_style());
        }
    }
}
