//! The stages [`Cleaner::clean`](crate::Cleaner::clean) runs, one by one,
//! for tools that want to look between them: [`decode`] (bytes to text)
//! → [`bound`] and [`parse`] (text to a [`Dom`]) → [`Blocks`] (the DOM
//! cut into paragraph-level blocks) → [`extract`] (the [`Article`] and a
//! role for every block). Spam judging runs on top and stays inside the
//! [`Cleaner`](crate::Cleaner).
//!
//! The DOM is opaque: no type of the HTML parser is part of this API.
//!
//! # Examples
//!
//! ```
//! use zhclean::stages::{decode, extract, parse, Blocks};
//! let page = decode("<meta charset=gbk><h1>标题</h1>\
//!     <div class=content><p>第一段正文，有足够的标点。内容如此。</p></div>"
//!     .as_bytes());
//! let blocks = Blocks::from_dom(&parse(&page.text));
//! let article = extract(&blocks);
//! assert_eq!(article.title.as_deref(), Some("标题"));
//! assert_eq!(article.body(&blocks), ["第一段正文，有足够的标点。内容如此。"]);
//! ```

pub use crate::blocks::{Block, Blocks, Elem, Head};
pub use crate::decode::{decode, Decoded, EncodingSource};
pub use crate::extract::{extract, Article};
pub use crate::parse::{bound, parse, Dom};
