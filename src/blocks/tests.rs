use super::*;

fn blocks(html: &str) -> Blocks {
    Blocks::from_dom(&crate::parse(html))
}

#[test]
fn br_runs_are_blocks() {
    let b = blocks("<td>第一行文字<br>第二行文字<br><br>第三行</td>");
    let t: Vec<_> = b.blocks().iter().map(|b| b.text.as_str()).collect();
    assert_eq!(t, ["第一行文字", "第二行文字", "第三行"]);
}

#[test]
fn scripts_and_styles_are_skipped() {
    let b =
        blocks("<p>正文<script>var x='脚本';</script></p><style>p{}</style>");
    assert_eq!(b.blocks().len(), 1);
    assert_eq!(b.blocks()[0].text, "正文");
}

#[test]
fn hidden_inline_is_its_own_block() {
    let b = blocks(
        "<p>可见文字<span style='display: none'>隐藏链接</span>继续</p>",
    );
    let t: Vec<_> =
        b.blocks().iter().map(|b| (b.text.as_str(), b.hidden)).collect();
    assert_eq!(t, [("可见文字", false), ("隐藏链接", true), ("继续", false)]);
}

#[test]
fn offscreen_is_hidden() {
    let b = blocks("<div style='position:absolute; left:-9999px'>外链</div>");
    assert!(b.blocks()[0].hidden);
}

#[test]
fn hints_from_class_and_pinyin() {
    let b = blocks(
        "<div class='xgxw'><p>甲</p></div><div id='relatedNews'><p>乙</p>\
         </div><div class='photo'><p>丙</p></div>",
    );
    let h: Vec<_> = b
        .blocks()
        .iter()
        .map(|x| {
            let mut e = x.elem;
            let mut h = 0;
            while e != u32::MAX {
                h |= b.elems()[e as usize].hints;
                e = b.elems()[e as usize].parent;
            }
            h & hint::RELATED != 0
        })
        .collect();
    assert_eq!(h, [true, true, false]);
}

#[test]
fn cjk_line_breaks_are_not_spaces() {
    let b = blocks("<p>中文\n  换行 and English\n words 标题 空格</p>");
    assert_eq!(b.blocks()[0].text, "中文换行 and English words 标题 空格");
}

#[test]
fn dl_with_many_items_groups_each_dt() {
    let b = blocks(
        "<dl><dt>标题一</dt><dd>摘要一</dd><dt>标题二</dt><dd>摘要二</dd></dl>",
    );
    let g: Vec<_> = b.blocks().iter().map(|x| x.group).collect();
    assert_eq!(g[0], g[1]);
    assert_eq!(g[2], g[3]);
    assert_ne!(g[1], g[2]);
}
