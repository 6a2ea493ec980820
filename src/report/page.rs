//! Page furniture: margins and the "page x of y" footer, plus the probe that counts pages.
//!
//! genpdf 0.2 has no footer API and does not know the page total while it renders. The
//! renderer therefore lays the document out twice: a counting pass ends with a
//! [`PageCountProbe`], and the real pass gets the total through [`Footer::new`]. The footer sits
//! in a band of fixed height below the content area, so its text cannot change the layout
//! between the passes.

use std::cell::Cell;
use std::rc::Rc;

use genpdf::elements::Paragraph;
use genpdf::error::{Error, ErrorKind};
use genpdf::render::Area;
use genpdf::style::{Color, Style};
use genpdf::{Alignment, Context, Element, Margins, Mm, PageDecorator, Position, RenderResult};

/// Page margins in millimetres: top, right, bottom, left.
pub(super) const MARGINS: (i32, i32, i32, i32) = (20, 20, 12, 20);

/// Height of the footer band above the bottom margin, in millimetres.
const FOOTER_HEIGHT: i32 = 10;

/// Font size of the footer in points.
const FOOTER_FONT_SIZE: u8 = 8;

/// Page decorator that applies the margins and prints the footer.
pub(super) struct Footer {
    template: String,
    total: Option<usize>,
    pages: Rc<Cell<usize>>,
}

impl Footer {
    /// Creates a footer from a template with `{page}` and `{total}`; `total` is `None` in the
    /// counting pass. `pages` is incremented for every page started.
    pub(super) fn new(template: &str, total: Option<usize>, pages: Rc<Cell<usize>>) -> Self {
        Self {
            template: template.to_owned(),
            total,
            pages,
        }
    }

    fn text(&self, page: usize) -> String {
        let total = self.total.map_or_else(|| "?".to_owned(), |t| t.to_string());
        self.template
            .replace("{page}", &page.to_string())
            .replace("{total}", &total)
    }
}

impl PageDecorator for Footer {
    fn decorate_page<'a>(
        &mut self,
        context: &Context,
        mut area: Area<'a>,
        style: Style,
    ) -> Result<Area<'a>, Error> {
        let page = self.pages.get() + 1;
        self.pages.set(page);

        let (top, right, bottom, left) = MARGINS;
        area.add_margins(Margins::trbl(top, right, bottom, left));
        let content_height = area.size().height - Mm::from(FOOTER_HEIGHT);

        let mut footer_area = area.clone();
        footer_area.add_offset(Position::new(
            0,
            content_height + Mm::from(FOOTER_HEIGHT / 2),
        ));
        let footer_style = style
            .with_font_size(FOOTER_FONT_SIZE)
            .with_color(Color::Greyscale(100));
        let mut footer = Paragraph::new(self.text(page)).aligned(Alignment::Center);
        footer.render(context, footer_area, footer_style)?;

        area.set_height(content_height);
        Ok(area)
    }
}

/// Last element of the counting pass: records the number of pages started so far and stops
/// the render with an error, so genpdf skips serializing the throw-away document.
pub(super) struct PageCountProbe {
    pages: Rc<Cell<usize>>,
    total: Rc<Cell<Option<usize>>>,
}

impl PageCountProbe {
    /// Creates a probe reading the footer's page counter and writing the total into `total`.
    pub(super) fn new(pages: Rc<Cell<usize>>, total: Rc<Cell<Option<usize>>>) -> Self {
        Self { pages, total }
    }
}

impl Element for PageCountProbe {
    fn render(&mut self, _: &Context, _: Area<'_>, _: Style) -> Result<RenderResult, Error> {
        self.total.set(Some(self.pages.get()));
        Err(Error::new("page count taken", ErrorKind::Internal))
    }
}
