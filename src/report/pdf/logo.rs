//! The company logo on the cover: a PNG file, decoded and flattened onto white.
//!
//! genpdf 0.2 rejects images with an alpha channel, and most logos have one, so the logo is
//! composited onto a white background first. It is scaled to fit a box of
//! [`MAX_WIDTH`] × [`MAX_HEIGHT`] millimetres, keeping its aspect ratio.

use std::fs;
use std::path::{Path, PathBuf};

use genpdf::Alignment;
use genpdf::elements::Image;
use genpdf::error::Error;
use image::{DynamicImage, ImageFormat, Rgb, RgbImage};

/// Maximum width of the logo on the cover in millimetres.
const MAX_WIDTH: f64 = 60.0;

/// Maximum height of the logo on the cover in millimetres.
const MAX_HEIGHT: f64 = 25.0;

/// Millimetres per inch.
const MM_PER_INCH: f64 = 25.4;

/// Error raised when the logo file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LogoError {
    /// The file cannot be read.
    #[error("cannot read logo {}; check the path in the config file", path.display())]
    Read {
        /// Path of the logo.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a PNG image that the decoder accepts.
    #[error("logo {} is not a valid PNG image; export the logo as PNG", path.display())]
    Decode {
        /// Path of the logo.
        path: PathBuf,
        /// The decoder's error.
        #[source]
        source: image::ImageError,
    },
}

/// A decoded logo, ready to be placed on the cover.
#[derive(Clone)]
pub(super) struct Logo {
    image: RgbImage,
}

impl Logo {
    /// Reads and decodes the PNG at `path`.
    pub(super) fn load(path: &Path) -> Result<Self, LogoError> {
        let bytes = fs::read(path).map_err(|source| LogoError::Read {
            path: path.to_owned(),
            source,
        })?;
        let decoded =
            image::load_from_memory_with_format(&bytes, ImageFormat::Png).map_err(|source| {
                LogoError::Decode {
                    path: path.to_owned(),
                    source,
                }
            })?;
        Ok(Self {
            image: flatten(&decoded),
        })
    }

    /// Returns the genpdf element: right-aligned, scaled to fit the logo box.
    pub(super) fn element(self) -> Result<Image, Error> {
        let (width, height) = self.image.dimensions();
        let dpi = fitting_dpi(width, height);
        let image = Image::from_dynamic_image(DynamicImage::ImageRgb8(self.image))?;
        Ok(image.with_dpi(dpi).with_alignment(Alignment::Right))
    }
}

/// Composites the image onto white and drops the alpha channel.
fn flatten(image: &DynamicImage) -> RgbImage {
    let rgba = image.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let blend = |channel: u8| {
            let value = u16::from(channel) * u16::from(a) + 255 * (255 - u16::from(a));
            // value / 255 is at most 255, so the cast keeps every bit.
            (value / 255) as u8
        };
        Rgb([blend(r), blend(g), blend(b)])
    })
}

/// Returns the resolution at which `width` × `height` pixels fill the logo box.
fn fitting_dpi(width: u32, height: u32) -> f64 {
    let by_width = f64::from(width.max(1)) * MM_PER_INCH / MAX_WIDTH;
    let by_height = f64::from(height.max(1)) * MM_PER_INCH / MAX_HEIGHT;
    by_width.max(by_height)
}

#[cfg(test)]
mod tests {
    use image::{Rgba, RgbaImage};

    use super::*;

    #[test]
    fn transparent_pixels_become_white() {
        let image = DynamicImage::ImageRgba8(RgbaImage::from_pixel(2, 2, Rgba([0, 0, 0, 0])));
        assert_eq!(flatten(&image).get_pixel(0, 0).0, [255, 255, 255]);
    }

    #[test]
    fn opaque_pixels_keep_colour() {
        let image = DynamicImage::ImageRgba8(RgbaImage::from_pixel(1, 1, Rgba([20, 60, 110, 255])));
        assert_eq!(flatten(&image).get_pixel(0, 0).0, [20, 60, 110]);
    }

    #[test]
    fn wide_logo_fits_width() {
        let dpi = fitting_dpi(600, 100);
        let width_mm = 600.0 / dpi * MM_PER_INCH;
        assert!((width_mm - MAX_WIDTH).abs() < 0.01, "{width_mm}");
    }

    #[test]
    fn tall_logo_fits_height() {
        let dpi = fitting_dpi(100, 400);
        let height_mm = 400.0 / dpi * MM_PER_INCH;
        assert!((height_mm - MAX_HEIGHT).abs() < 0.01, "{height_mm}");
    }

    #[test]
    fn text_file_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logo.png");
        fs::write(&path, "not a png").unwrap();
        assert!(matches!(Logo::load(&path), Err(LogoError::Decode { .. })));
    }
}
