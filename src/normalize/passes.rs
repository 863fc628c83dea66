//! The passes over the folded pieces: separators and look-alikes
//! between characters, and contacts (IDs after 微信, QQ).

use super::*;

/// Drops separators between CJK characters and between digits, folds
/// look-alike letters between digits, and drops pinyin in brackets.
///
/// In place from `from` (the pieces before it stay as they are): it
/// never writes more pieces than it has read, so `p[..w]` is the output
/// so far and `p[i..]` the input still to read.
pub(super) fn join_pass(
    p: &mut Vec<Piece>,
    from: usize,
    text: &str,
    obf: &mut u32,
) {
    let (mut w, mut i) = (from, from);
    while i < p.len() {
        let c = p[i].c;
        let prev = w.checked_sub(1).map(|k| p[k].c);
        // Pinyin in brackets right after a Han character: 烟(yan)台,
        // 三[san].
        if matches!(c, '(' | '[') && prev.is_some_and(is_han) {
            let close = if c == '(' { ')' } else { ']' };
            // Odd separators inside count as nothing, as they will once
            // joined, so that folding twice changes nothing.
            let mut j = i + 1;
            let mut letters = 0;
            while j < p.len() && j - i <= 12 {
                if p[j].c.is_ascii_lowercase() {
                    letters += 1;
                } else if !is_odd_sep(p[j].c) {
                    break;
                }
                j += 1;
            }
            if (2..=6).contains(&letters) && j < p.len() && p[j].c == close {
                p[w - 1].end = p[j].end;
                i = j + 1;
                continue;
            }
        }
        if is_sep(c) {
            // Look past the whole run of separators.
            let mut j = i;
            while j < p.len() && is_sep(p[j].c) {
                j += 1;
            }
            let next = p.get(j).map(|x| x.c);
            let seps = &p[i..j];
            let joins_han =
                prev.is_some_and(is_han) && next.is_some_and(is_han);
            let joins_digits = prev.is_some_and(|c| c.is_ascii_digit())
                && digit_ahead(p, j)
                && !seps.iter().any(|x| matches!(x.c, '.' | '/'));
            // Separators no one types between letters (`a·u·k`), only
            // to break an ID apart.
            // (An arrow points at an ID rather than splitting one.)
            let odd = seps.iter().all(|x| is_odd_sep(x.c) && x.c != '→');
            // A middle dot splits IDs too (`a·u·k`), but between Chinese
            // names it is honest (约翰·史密斯).
            let dotted = seps.iter().all(|x| x.c == '·');
            // (A kana look-alike before a digit is about to be a digit.)
            let next_alnum = next.is_some_and(|c| {
                c.is_ascii_alphanumeric()
                    || (!c.is_ascii()
                        && lookalike_digit(c).is_some()
                        && digit_ahead(p, j + 1))
            });
            let joins_letters = (odd || dotted)
                && prev.is_some_and(|c| c.is_ascii_alphanumeric())
                && next_alnum;
            if joins_han || joins_digits || joins_letters {
                if odd || (dotted && joins_letters) {
                    *obf += 1;
                }
                i = j;
                continue;
            }
        }
        if let Some(d) = lookalike_digit(c) {
            // Latin look-alikes only between digits (`1O2`); those of
            // other scripts also at the start of a number (`ろ002`,
            // Cyrillic `о02`, which reaches here folded to `o`).
            let prev_digit = prev.is_some_and(|c| c.is_ascii_digit());
            let skeleton = lookalike_source(text, &p[i]).is_some();
            let foreign = !c.is_ascii() || skeleton;
            if (prev_digit || foreign) && digit_ahead(p, i + 1) {
                // Skeleton folds are counted at the end, once.
                if !skeleton {
                    *obf += 1;
                }
                p[w] = Piece { c: d, ..p[i] };
                w += 1;
                i += 1;
                continue;
            }
        }
        p[w] = p[i];
        w += 1;
        i += 1;
    }
    p.truncate(w);
}

/// What may stand between a contact word and its ID: a colon, 号, a
/// space, a bracket or an arrow.
pub(super) fn is_id_lead(c: char) -> bool {
    (is_odd_sep(c) && c != '*')
        || matches!(
            c,
            ':' | '号'
                | ' '
                | '['
                | ']'
                | '('
                | ')'
                | '【'
                | '】'
                | '→'
                | '-'
                | '~'
                | '<'
                | '>'
                | '「'
                | '」'
        )
}

/// Whether a digit comes next, past separators and look-alike letters.
pub(super) fn digit_ahead(p: &[Piece], from: usize) -> bool {
    for x in &p[from.min(p.len())..] {
        if x.c.is_ascii_digit() {
            return true;
        }
        if !(is_sep(x.c) && x.c != '.' && x.c != '/')
            && lookalike_digit(x.c).is_none()
        {
            return false;
        }
    }
    false
}

/// Folds the ways of writing 微信 before an ID to 微信; whether it
/// folded any.
///
/// Nearly always there is none: the output is `p[..i]` itself until the
/// first fold, and only then copied out.
pub(super) fn contact_pass(p: &mut Vec<Piece>, obf: &mut u32) -> bool {
    let mut out: Option<Vec<Piece>> = None;
    let mut i = 0;
    while i < p.len() {
        if !matches!(p[i].c, 'v' | 'w' | '十' | '威' | '微') {
            if let Some(o) = &mut out {
                o.push(p[i]);
            }
            i += 1;
            continue;
        }
        let done = out.as_deref().unwrap_or(&p[..i]);
        let plain =
            p[i].c == '微' && p.get(i + 1).is_some_and(|x| x.c == '信');
        // `Win加V` and `Ctrl+V` are keys, not contacts: a letter before
        // the 加 or + means no contact word.
        let prev = done.last().map(|x| x.c);
        let keys = matches!(prev, Some('加' | '+' | '嘉' | '家'))
            && done.len() >= 2
            && done[done.len() - 2].c.is_ascii_alphanumeric();
        let folded =
            if plain || keys { None } else { contact_word(&p[i..], prev) };
        if plain || folded.is_some() {
            let n = folded.unwrap_or(2);
            // The ID that follows is copied as it is: `wx` inside it is
            // not another contact word.
            let mut end = i + n;
            while end < p.len()
                && (is_id_lead(p[end].c)
                    || p[end].c.is_ascii_alphanumeric()
                    || p[end].c == '_')
            {
                end += 1;
            }
            if plain {
                if let Some(o) = &mut out {
                    o.extend_from_slice(&p[i..end]);
                }
            } else {
                *obf += 1;
                let o = out.get_or_insert_with(|| {
                    let mut o = Vec::with_capacity(p.len() + 8);
                    o.extend_from_slice(&p[..i]);
                    o
                });
                let (start, last) = (p[i].start, p[i + n - 1].end);
                o.push(Piece { c: '微', start, end: last });
                o.push(Piece { c: '信', start, end: last });
                o.extend_from_slice(&p[i + n..end]);
            }
            i = end;
            continue;
        }
        if let Some(o) = &mut out {
            o.push(p[i]);
        }
        i += 1;
    }
    match out {
        Some(o) => {
            *p = o;
            true
        }
        None => false,
    }
}

/// Length of a way of writing 微信 at the start of `p`, if one is there.
///
/// `v信`, `vx`, `wx`, `十(v)` and a lone `v` count when an ID follows (a
/// colon, space or 号 and then five or more letters or digits, or digits
/// right away) or when they follow 加. `威信` (prestige) is a real word,
/// so it counts only before an ID.
pub(super) fn contact_word(p: &[Piece], prev: Option<char>) -> Option<usize> {
    #[derive(PartialEq)]
    enum Kind {
        Strong,
        IdOnly,
        Weak,
    }
    // Letters glued before the word make it part of another word (`nvx`).
    if prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let at = |k: usize| p.get(k).map(|x| x.c);
    let (word, kind) = match (at(0)?, at(1)) {
        // 微 or 威 before an ID (薇 and 溦 fold to 微 first).
        ('微' | '威', Some(c)) if c != '信' => (1, Kind::IdOnly),
        // The pinyin: wei信, weixin.
        ('w', Some('e')) if at(2) == Some('i') && at(3) == Some('信') => {
            (4, Kind::Strong)
        }
        ('w', Some('e'))
            if (2..6).map(at).collect::<Option<String>>().as_deref()
                == Some("ixin") =>
        {
            (6, Kind::Strong)
        }
        ('v', Some('信')) => (2, Kind::Strong),
        ('v' | 'w', Some('x')) => (2, Kind::Strong),
        ('威', Some('信')) => (2, Kind::IdOnly),
        ('十', Some('(')) if at(2) == Some('v') && at(3) == Some(')') => {
            (4, Kind::Strong)
        }
        ('v', _) => (1, Kind::Weak),
        _ => return None,
    };
    let rest = &p[word..];
    let mut k = 0;
    while k < 4 && rest.get(k).is_some_and(|x| is_id_lead(x.c)) {
        k += 1;
    }
    let lead = &rest[..k.min(rest.len())];
    // A colon, a bracket or an arrow marks what follows as an ID; a space
    // or a dash may just be the next word (`V-Motion`, `卑微 02-28`).
    let marked = lead.iter().any(|x| !matches!(x.c, ' ' | '-'));
    // The ID, with dashes inside it skipped (`sfci-jt5-617`), and spaces
    // too once it is marked (`（q l h d 8 7）`).
    let mut id: Vec<char> = Vec::new();
    for x in &rest[k.min(rest.len())..] {
        if x.c.is_ascii_alphanumeric() || x.c == '_' {
            id.push(x.c);
        } else if (x.c == '-' || (x.c == ' ' && marked)) && !id.is_empty() {
            continue;
        } else {
            break;
        }
    }
    // 嘉 and 家 sound like 加.
    let after_add = matches!(prev, Some('加' | '+' | '嘉' | '家'));
    let digits = id.iter().filter(|c| c.is_ascii_digit()).count();
    // `vxworks` and `v2.21` are words, but `v信abc123`, `十(v)abc123` and
    // `加微abc123` are not. A lone `v`, 微 or 威 needs a marked ID or a 加
    // before it, and an ID with digits in it.
    let has_id = match kind {
        Kind::Strong => {
            id.len() >= 5
                && (marked
                    || word >= 2 && at(1) != Some('x')
                    || digits == id.len())
        }
        Kind::IdOnly | Kind::Weak => {
            id.len() >= 5 && digits >= 2 && (marked || after_add)
        }
    };
    let next_letter = rest.first().is_some_and(|x| x.c.is_ascii_alphabetic());
    let ok = has_id || (after_add && kind != Kind::IdOnly && !next_letter);
    ok.then_some(word)
}
