#!/usr/bin/env python3
"""Generate the labelled snippet corpus for zhclean.

Reads the hand-written pools under ``pools/`` and writes ``spam.jsonl`` and
``ham.jsonl`` next to this script.  Fully deterministic (fixed seed, sorted
pool loading, no dependence on hash order or the clock).

    python3 corpus/snippets/gen.py            # regenerate
    python3 corpus/snippets/gen.py --check    # regenerate into memory, validate, print stats

Only the Python standard library is used.  Nothing here is copied from
third-party data: every sentence, title and vocabulary list in ``pools/`` was
written for this corpus.
"""

import json
import pathlib
import random
import re
import string
import sys
import unicodedata
from collections import Counter

SEED = 20260214
HERE = pathlib.Path(__file__).resolve().parent
POOLS = HERE / "pools"

# ---------------------------------------------------------------------------
# pool loading
# ---------------------------------------------------------------------------


def load_sections(path):
    """Parse a pool file: ``## name`` starts a section, ``#`` lines are comments."""
    sections = {}
    cur = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            cur = line[3:].strip()
            sections.setdefault(cur, [])
            continue
        if line.startswith("#"):
            continue
        if cur is None:
            raise ValueError(f"{path}: text before first section: {line!r}")
        sections[cur].append(line)
    return sections


# ---------------------------------------------------------------------------
# slot values for ham templates (all invented)
# ---------------------------------------------------------------------------

CITIES = (
    "杭州 宁波 温州 绍兴 苏州 无锡 南京 常州 扬州 合肥 芜湖 济南 青岛 烟台 潍坊 郑州 洛阳 "
    "武汉 宜昌 长沙 株洲 南昌 赣州 福州 厦门 泉州 广州 深圳 佛山 东莞 珠海 汕头 南宁 柳州 "
    "桂林 海口 三亚 成都 绵阳 重庆 贵阳 遵义 昆明 大理 西安 宝鸡 兰州 西宁 银川 太原 大同 "
    "石家庄 保定 唐山 天津 北京 上海 沈阳 大连 长春 吉林 哈尔滨 大庆 呼和浩特 包头 乌鲁木齐 "
    "拉萨 嘉兴 湖州 金华 台州 徐州 南通 盐城 淮安 襄阳 岳阳 衡阳 九江 漳州 惠州 中山 江门"
).split()
PROVINCES = (
    "浙江 江苏 安徽 山东 河南 湖北 湖南 江西 福建 广东 广西 海南 四川 贵州 云南 陕西 甘肃 "
    "青海 宁夏 山西 河北 辽宁 吉林 黑龙江 内蒙古 新疆 西藏"
).split()
DISTRICTS = (
    "西湖区 高新区 经开区 鼓楼区 江北区 城东区 城南区 新城区 滨江区 开发区 临港新区 老城区 "
    "天河区 南山区 武侯区 雁塔区 历下区 市南区 思明区 岳麓区 江汉区 金水区 浦口区 姑苏区"
).split()
SURNAMES = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
    "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金"
).split()
GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 建 华 文 辉 玲 红 鹏 宇 "
    "浩 晨 欣 怡 子 涵 博 然 思 雨 嘉 俊 凯 峰 琳 婷 晓 东 海 波 宁 斌 亮 璐 倩 佳 一 鸣 泽 睿"
).split()
COMPANY_HEADS = (
    "华瑞 中科 远航 星河 恒信 瑞丰 蓝海 启明 新元 天宇 云帆 卓越 正泰 鼎新 宏达 中联 泰和 "
    "海纳 博远 长风 凌云 万象 安合 汇通 融信 天际 睿智 鲲鹏 金石 朗行 合力 同创 鸿图 智源"
).split()
COMPANY_TAILS = {
    "auto": ["汽车", "汽车集团", "新能源汽车", "汽车科技"],
    "tech": ["科技", "智能", "电子", "网络", "信息技术", "半导体"],
    "game": ["游戏", "互娱", "网络", "数字娱乐"],
    "finance": ["股份", "集团", "控股", "科技", "实业"],
    "realestate": ["地产", "置业", "建设集团"],
    "default": ["集团", "股份", "科技", "实业"],
}
TYPHOONS = "海葵 杜苏芮 摩羯 玉兔 山竹 烟花 卡努 苏拉 银杏 康妮 贝碧嘉 桑达".split()
CN_DIGITS = "一二三四五六七八九"


class Filler:
    """Fill ``{slot}`` placeholders with fresh random values."""

    def __init__(self, rng):
        self.rng = rng
        self.extra = {}  # slot -> callable, registered by the Builder (e.g. film titles)

    def name(self):
        r = self.rng
        g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
        return r.choice(SURNAMES) + g

    def company(self, topic):
        r = self.rng
        tails = COMPANY_TAILS.get(topic, COMPANY_TAILS["default"])
        return r.choice(COMPANY_HEADS) + r.choice(tails)

    def value(self, slot, topic):
        r = self.rng
        if slot == "city":
            return r.choice(CITIES)
        if slot == "prov":
            return r.choice(PROVINCES)
        if slot == "district":
            return r.choice(DISTRICTS)
        if slot == "name":
            return self.name()
        if slot == "surname":
            return r.choice(SURNAMES)
        if slot == "company":
            return self.company(topic)
        if slot == "univ":
            return r.choice(
                [
                    r.choice(CITIES) + "大学",
                    r.choice(CITIES) + "理工大学",
                    r.choice(PROVINCES) + "师范大学",
                    r.choice(PROVINCES) + "农业大学",
                    r.choice(CITIES) + "科技大学",
                ]
            )
        if slot == "hospital":
            return r.choice(
                [
                    r.choice(CITIES) + "市第" + r.choice(CN_DIGITS) + "人民医院",
                    r.choice(CITIES) + "市中心医院",
                    r.choice(PROVINCES) + "省人民医院",
                    r.choice(CITIES) + "市妇幼保健院",
                ]
            )
        if slot == "typhoon":
            return r.choice(TYPHOONS)
        if slot == "n":
            return str(r.randint(2, 9))
        if slot == "n2":
            return str(r.randint(10, 99))
        if slot == "n3":
            return str(r.randint(100, 999))
        if slot == "n4":
            return str(r.randint(1000, 9999))
        if slot == "pct":
            return f"{r.randint(5, 250) / 10:.1f}"
        if slot == "low":
            return f"{r.randint(1, 30) / 10:.1f}"
        if slot == "gdp":
            return f"{r.randint(30, 68) / 10:.1f}"
        if slot == "month":
            return str(r.randint(1, 12))
        if slot == "day":
            return str(r.randint(1, 28))
        if slot == "cn":
            return r.choice(CN_DIGITS)
        if slot == "year":
            return str(r.choice([2024, 2025, 2026, 2026]))
        if slot in self.extra:
            return self.extra[slot]()
        raise KeyError(slot)

    def fill(self, template, topic="default", overrides=None):
        overrides = overrides or {}

        def rep(m):
            slot = m.group(1)
            if slot in overrides:
                v = overrides[slot]
                return v() if callable(v) else v
            return self.value(slot, topic)

        return re.sub(r"\{(\w+)\}", rep, template)


def has_slots(t):
    return "{" in t


# ---------------------------------------------------------------------------
# obfuscation helpers (spam side)
# ---------------------------------------------------------------------------

FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.ascii_letters + string.digits}
ENCLOSED = {
    "circled": dict(zip("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")),
    "dotted": dict(zip("0123456789", "0⒈⒉⒊⒋⒌⒍⒎⒏⒐")),
    "paren": dict(zip("0123456789", "0⑴⑵⑶⑷⑸⑹⑺⑻⑼")),
    "negative": dict(zip("0123456789", "⓿❶❷❸❹❺❻❼❽❾")),
}
LOOKALIKE = {"0": "Oo〇", "1": "lI丨", "3": "ろ", "4": "ㄐ", "6": "б", "9": "q", "8": "B", "2": "Z"}
SEPARATORS = ["-", "乀", "→", "_", " ", "*", "·", "丶", "－", "—", "~"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
C0_CONTROLS = ["\u001f", "\u001e", "\u0008", "\u0007"]
WX_LABELS = [
    "加微", "加溦", "加薇", "加徴", "加嶶", "加威", "+V", "加V", "加VX", "加v信", "十(V)",
    "微信", "薇信", "溦信", "徴信", "嶶信", "VX", "vx", "wx", "威信", "➕V", "加微信", "家微",
    "嘉薇", "V信", "薇❤", "溦", "嶶", "v", "Ｖ", "ＶＸ", "加微.信", "威❤信", "wei信",
]
QQ_LABELS = ["QQ", "Q", "扣扣", "qq", "Q群", "扣群", "ＱＱ", "q", "加Q", "企鹅号"]
TEL_LABELS = ["电话", "電話", "手机", "Tel", "☎", "📞", "电 话", "联系电话", "電", "热线", "手机号", "call"]
EMOJI = ["✅", "❤️", "🔥", "⭐", "💰", "👉", "🎁", "☀", "✔", "🉐", "💯", "🌹", "🀄", "♠", "🃏", "🎲"]
TRAD_PAIRS = (
    "娛樂 國際 網絡 體育 官網 萬達 鼎盛 線上 開戶 認證 頂級 信譽 遊戲 平臺 專業 熱門 "
    "經典 資訊 優惠 貴賓 會員 龍騰 鳳凰 財富 寶盈 華夏 聯盟 發財 興業 順達"
).split()
TRAD_SINGLES = "萬達鼎盛網絡國際體樂娛會員寶財龍鳳華聯發興順麗雲鑽貴賓壇場館學堂軒閣樓齋".replace("", " ").split()

S2T = dict(
    zip(
        "买卖钱张门国际乐娱网载录体贵宾会组链么购发价获开户册号码联系专业线亲车头进儿们这个为与时实点优详细绍"
        "略荐测评识热独对应长机东场馆蓝额钻万达将斗电话扫领书约视频带务兑现贷单职结资讯稳赚还无游戏设计简台盘"
        "龙鱼输赢边币让说认证顶级誉宝马区运营见觉过经验图装间闻条页传爱两气质属众样问请欢诚惠里筒杠钟镇师页夜缘",
        "買賣錢張門國際樂娛網載錄體貴賓會組鏈麼購發價獲開戶冊號碼聯繫專業線親車頭進兒們這個為與時實點優詳細紹"
        "略薦測評識熱獨對應長機東場館藍額鑽萬達將鬥電話掃領書約視頻帶務兌現貸單職結資訊穩賺還無遊戲設計簡臺盤"
        "龍魚輸贏邊幣讓說認證頂級譽寶馬區運營見覺過經驗圖裝間聞條頁傳愛兩氣質屬眾樣問請歡誠惠裡筒槓鐘鎮師頁夜緣",
    )
)
S2T.update(
    pair
    for pair in (
        "几幾 块塊 办辦 签簽 产產 后後 从從 于於 处處 来來 没沒 当當 动動 种種 学學 关關 题題 脑腦 键鍵 标標 "
        "选選 择擇 击擊 复複 档檔 钮鈕 调調 节節 变變 换換 锅鍋 鸡雞 汤湯 烧燒 盐鹽 酱醬 葱蔥 饭飯 轻輕 续續 "
        "显顯 摄攝 闭閉 启啟 态態 读讀 写寫 园園 湾灣 岛島 丽麗 亚亞 风風 云雲 乡鄉 岁歲 尽盡 导導 览覽 双雙 "
        "该該 费費 银銀 报報 纸紙 笔筆 记記 离離 内內 压壓 湿濕 温溫 软軟 络絡 听聽 声聲 响響 连連 备備 终終 "
        "构構 围圍 统統 维維 护護 损損 坏壞 灯燈 桥橋 楼樓 层層 粮糧 烟煙 镜鏡 拍拍 广廣 厅廳 窗窗 虑慮 脸臉 "
        "净淨 猪豬 蛋蛋 鲜鮮 锁鎖 录錄 级級 备備 准準 确確 历歷 寻尋 帮幫 适適 严嚴 尔爾 虽雖 尝嘗 觉覺"
    ).split()
)
# more pairs for the vocabulary of the platform / lottery / operator / cheat / SEO families
S2T.update(
    pair
    for pair in (
        "佣傭 划劃 奖獎 势勢 扑撲 仪儀 术術 挂掛 辅輔 权權 虫蟲 飞飛 总總 馈饋 礼禮 员員 规規 则則 账帳 "
        "转轉 汇匯 审審 护護 谢謝 谅諒 预預 订訂 详詳 试試 样樣 门門 杀殺 胆膽 队隊 赛賽 庄莊 闲閒 筹籌 "
        "庆慶 红紅 绑綁 众眾 铁鐵 钥鑰 满滿 广廣 换換 级級 费費 荐薦 务務 导導 码碼 优優 惠惠 条條 动動 "
        "润潤 额額 营營 罗羅 绝絕 罚罰 欢歡 乐樂 华華 鸿鴻 鑫鑫 盈盈 丰豐 运運 宝寶 凤鳳 鼎鼎 盛盛 恒恆 "
        "泪淚 弹彈 输輸 赢贏 兴興 皇皇 帅帥 爷爺 龙龍 头頭 领領 冲沖 险險 扩擴 测測 网網 户戶 钮鈕"
    ).split()
)


PINYIN = {
    "牛": "niu", "金": "jin", "花": "hua", "斗": "dou", "拼": "pin", "三": "san", "张": "zhang",
    "公": "gong", "十": "shi", "水": "shui", "推": "tui", "筒": "tong", "子": "zi", "跑": "pao",
    "得": "de", "快": "kuai", "麻": "ma", "将": "jiang", "炸": "zha", "牌": "pai", "九": "jiu",
    "房": "fang", "卡": "ka", "微": "wei", "信": "xin", "群": "qun", "澳": "ao", "门": "men",
    "新": "xin", "葡": "pu", "京": "jing", "沙": "sha", "威": "wei", "尼": "ni", "斯": "si",
    "人": "ren", "太": "tai", "阳": "yang", "城": "cheng", "皇": "huang", "冠": "guan", "永": "yong",
    "利": "li", "银": "yin", "河": "he", "娱": "yu", "乐": "le", "国": "guo", "际": "ji", "博": "bo",
    "彩": "cai", "百": "bai", "家": "jia", "买": "mai", "代": "dai", "理": "li", "充": "chong",
    "值": "zhi", "烟": "yan", "台": "tai", "体": "ti", "育": "yu", "现": "xian", "网": "wang",
    "真": "zhen", "捕": "bu", "鱼": "yu", "官": "guan", "批": "pi", "发": "fa",
}


def to_trad(s):
    s = s.replace("微信群", "微信群組").replace("哪里", "哪裡")
    return "".join(S2T.get(c, c) for c in s)


def pinyin_brackets(s, rng, rate=0.6):
    out = []
    for c in s:
        out.append(c)
        if c in PINYIN and rng.random() < rate:
            lb, rb = rng.choice([("(", ")"), ("(", ")"), ("（", "）"), ("[", "]")])
            out.append(f"{lb}{PINYIN[c]}{rb}")
    return "".join(out)


def insert_invisible(s, rng, rate=None, controls=False):
    rate = rate if rate is not None else rng.uniform(0.15, 0.6)
    chars = ZERO_WIDTH + (C0_CONTROLS if controls else [])
    pick = rng.choice(chars) if rng.random() < 0.5 else None  # one char type, or mixed
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and not c.isspace() and rng.random() < rate:
            out.append(pick or rng.choice(chars))
    return "".join(out)


def split_word(word, rng):
    """``炸金花`` -> ``炸 金花`` / ``炸 金 花``."""
    if len(word) < 2:
        return word
    if rng.random() < 0.5:
        k = rng.randint(1, len(word) - 1)
        return word[:k] + rng.choice([" ", " ", "  ", "\u3000"]) + word[k:]
    return " ".join(word)


def junk_ascii(rng):
    n = rng.randint(2, 8)
    alphabet = string.ascii_letters + string.digits
    tok = "".join(rng.choice(alphabet) for _ in range(n))
    r = rng.random()
    if r < 0.15:
        tok += "."
    elif r < 0.25 and n > 3:
        k = rng.randint(1, n - 2)
        tok = tok[:k] + "." + tok[k:]
    return tok


def junk_tag(rng):
    r = rng.random()
    if r < 0.45:
        body = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(3, 8)))
    else:
        def cjk2():
            if rng.random() < 0.5:
                return rng.choice(TRAD_PAIRS)
            return rng.choice(TRAD_SINGLES) + rng.choice(TRAD_SINGLES)

        latin = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        body = cjk2() + latin + cjk2()
    return f"【{body}】"


def obf_digits(s, rng, style=None):
    style = style or rng.choice(["plain", "plain", "full", "full", "enclosed", "look", "mixed"])
    if style == "plain":
        return s
    if style == "full":
        return "".join(FULLWIDTH.get(c, c) for c in s)
    if style == "enclosed":
        table = ENCLOSED[rng.choice(list(ENCLOSED))]
        return "".join(table.get(c, c) for c in s)
    if style == "look":
        return "".join(rng.choice(LOOKALIKE[c]) if c in LOOKALIKE and rng.random() < 0.5 else c for c in s)
    # mixed: per character
    out = []
    for c in s:
        r = rng.random()
        if c.isdigit() and r < 0.3:
            out.append(ENCLOSED["circled"][c])
        elif c in FULLWIDTH and r < 0.6:
            out.append(FULLWIDTH[c])
        elif c in LOOKALIKE and r < 0.7:
            out.append(rng.choice(LOOKALIKE[c]))
        else:
            out.append(c)
    return "".join(out)


def chunk_with_sep(s, rng):
    if rng.random() < 0.45 or len(s) < 6:
        return s
    sep = rng.choice(SEPARATORS)
    if rng.random() < 0.25:
        return sep.join(s)  # every character
    parts, i = [], 0
    while i < len(s):
        k = rng.randint(2, 4)
        parts.append(s[i : i + k])
        i += k
    return sep.join(parts)


def wechat_id(rng):
    r = rng.random()
    letters = string.ascii_lowercase
    if r < 0.35:
        return "".join(rng.choice(letters) for _ in range(rng.randint(2, 6))) + "".join(
            rng.choice(string.digits) for _ in range(rng.randint(3, 7))
        )
    if r < 0.55:
        return phone_number(rng)
    if r < 0.7:
        return "wx" + "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 9)))
    if r < 0.85:
        return (
            "".join(rng.choice(letters) for _ in range(rng.randint(3, 6)))
            + rng.choice(["_", "-", ""])
            + "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 5)))
        )
    return "".join(rng.choice(string.digits) for _ in range(rng.randint(6, 10)))


def phone_number(rng):
    return "1" + rng.choice("3456789") + "".join(rng.choice(string.digits) for _ in range(9))


def qq_number(rng):
    return rng.choice("123456789") + "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 10)))


BRACKETS = [("：", ""), (":", ""), ("【", "】"), ("(", ")"), ("（", "）"), (" ", ""), ("→", ""), ("", ""),
            ("：【", "】"), ("「", "」"), ("[", "]"), ("：（", "）")]


def contact_block(rng, kind="wx", glyph=0.0):
    """Label + ID. ``glyph`` is the chance that the ID is spelt with look-alikes from other scripts."""
    if kind == "wx":
        label, ident = rng.choice(WX_LABELS), wechat_id(rng)
    elif kind == "qq":
        label, ident = rng.choice(QQ_LABELS), qq_number(rng)
    else:
        label, ident = rng.choice(TEL_LABELS), phone_number(rng)
        if rng.random() < 0.4:
            ident = ident[:3] + rng.choice(["-", " ", ""]) + ident[3:7] + rng.choice(["-", " ", ""]) + ident[7:]
    if glyph and rng.random() < glyph:
        ident = homoglyph(ident, rng)
        if rng.random() < 0.25:
            ident = chunk_with_sep(ident, rng)
    else:
        ident = chunk_with_sep(obf_digits(ident, rng), rng)
    lb, rb = rng.choice(BRACKETS)
    return f"{label}{lb}{ident}{rb}"


def parasite_contact(rng):
    """Contact block repeated around an emoji, the way parasite posts do it."""
    blk = contact_block(rng, "wx")
    e = rng.choice(EMOJI)
    r = rng.random()
    if r < 0.4:
        return f"{blk}{e}{blk}"
    if r < 0.7:
        return f"{e}{blk}{e}"
    return f"{blk} {e} {blk} {e}"


def url(rng):
    host = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 7)))
    if rng.random() < 0.6:
        host += "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 4)))
    tld = rng.choice([".com", ".net", ".cc", ".vip", ".me", ".co", ".top", ".app"])
    return rng.choice(["www.", "", "m.", "https://"]) + host + tld


# ---------------------------------------------------------------------------
# look-alike characters from other scripts (contact IDs, domains, brand abbreviations)
# ---------------------------------------------------------------------------


def _alnum_block(digit0, lower_a=None, upper_a=None):
    table = {str(i): chr(digit0 + i) for i in range(10)} if digit0 else {}
    if lower_a:
        table.update({chr(97 + i): chr(lower_a + i) for i in range(26)})
    if upper_a:
        table.update({chr(65 + i): chr(upper_a + i) for i in range(26)})
    return table


HOMOGLYPHS = {
    "cyrillic": dict(zip("aeopcxyisj036ABEHKMOPCTX", "аеорсхуіѕјозбАВЕНКМОРСТХ")),
    "greek": dict(zip("oivaukt01ABEHIKMNOPTXYZ", "οιναυκτοιΑΒΕΗΙΚΜΝΟΡΤΧΥΖ")),
    "hangul": dict(zip("0oO1lI7L2", "ㅇㅇㅇㅣㅣㅣㄱㄴㄹ")),
    "kana": dict(zip("0o3172tEIn", "ロロろノフこナヨエれ")),
    "bopomofo": dict(zip("4Lucx3TYXh", "ㄐㄥㄩㄈㄨㄋㄒㄚㄨㄏ")),
    "math_bold": _alnum_block(0x1D7CE, 0x1D41A, 0x1D400),
    "math_sans": _alnum_block(0x1D7E2, 0x1D5BA, 0x1D5A0),
    "math_mono": _alnum_block(0x1D7F6, 0x1D68A, 0x1D670),
    "math_double": _alnum_block(0x1D7D8, 0x1D552),
    "enclosed": {**ENCLOSED["circled"], **_alnum_block(None, 0x24D0, 0x24B6)},
    "paren": {**ENCLOSED["paren"], **_alnum_block(None, 0x249C)},
    "fullwidth": FULLWIDTH,
}
HOMO_KEYS = sorted(HOMOGLYPHS)


def homoglyph(s, rng, script=None, rate=None):
    """Replace Latin letters / digits with look-alikes from one script (sometimes two)."""
    script = script or rng.choice(HOMO_KEYS)
    table = HOMOGLYPHS[script]
    second = HOMOGLYPHS[rng.choice(HOMO_KEYS)] if rng.random() < 0.25 else None
    rate = rate if rate is not None else rng.choice([0.35, 0.6, 1.0])
    out = []
    for c in s:
        if c in table and rng.random() < rate:
            out.append(table[c])
        elif second and c in second and rng.random() < 0.4:
            out.append(second[c])
        else:
            out.append(c)
    return "".join(out)


TLDS = [".com", ".net", ".cc", ".vip", ".me", ".co", ".top", ".app", ".xyz", ".org", ".info", ".tv",
        ".io", ".live", ".bet", ".club", ".win", ".site"]


def domain(rng, head=None):
    if head and head.isascii() and head.isalnum():
        host = head.lower()
        if rng.random() < 0.6:
            host += "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 4)))
    else:
        host = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.65:
            host += "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 4)))
    if rng.random() < 0.12:
        host += rng.choice(["-vip", "-app", "-cn", "-888", "-web"])
    return rng.choice(["www.", "", "", "m.", "https://", "http://", "https://www.", "h5."]) + host + rng.choice(TLDS)


def obf_domain(d, rng):
    r = rng.random()
    if r < 0.34:
        return d
    if r < 0.5:
        return homoglyph(d, rng)
    if r < 0.6:
        return d.replace(".", rng.choice(["。", "点", " . ", "．", "·", "[.]", "(点)", "丶"]))
    if r < 0.68:
        return "".join(FULLWIDTH.get(c, c) for c in d)
    if r < 0.8:
        return homoglyph(d, rng, script=rng.choice(["math_bold", "math_sans", "math_mono", "math_double", "enclosed"]), rate=1.0)
    if r < 0.88:
        return " ".join(d) if rng.random() < 0.5 else d.upper()
    return obf_digits(d, rng)


TG_LABELS = ["TG", "TG：", "tg:", "飞机", "纸飞机", "电报", "Telegram", "✈", "飞机号", "飞机：", "TG号", "✈️",
             "飞机联系", "TG联系", "小飞机"]
LINE_LABELS = ["LINE：", "LINE ", "賴：", "加賴", "LINE ID：", "line：", "Line@"]


def handle(rng):
    letters = string.ascii_lowercase
    h = "".join(rng.choice(letters) for _ in range(rng.randint(3, 8)))
    r = rng.random()
    if r < 0.5:
        h += "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 4)))
    elif r < 0.65:
        h += "_" + "".join(rng.choice(letters) for _ in range(rng.randint(2, 4)))
    return h


def tg_block(rng, glyph=0.4):
    h = handle(rng)
    if rng.random() < glyph:
        h = homoglyph(h, rng)
    at = rng.choice(["@", "@", "＠", "@", ""])
    return f"{rng.choice(TG_LABELS)}{rng.choice(['', '', ' '])}{at}{h}"


def line_block(rng):
    h = handle(rng)
    if rng.random() < 0.3:
        h = homoglyph(h, rng)
    return f"{rng.choice(['@', '', ''])}{h}"


def visible_len(s):
    return sum(1 for c in s if unicodedata.category(c) not in ("Cf", "Cc"))


def rand_tag(rng):
    """A random trailing tag: junk 【TAG】, #tag, [abc12], (1234), a bare token, or nothing."""
    r = rng.random()
    if r < 0.35:
        return junk_tag(rng)
    if r < 0.45:
        return "#" + junk_ascii(rng).rstrip(".")
    if r < 0.55:
        return "[" + junk_ascii(rng).rstrip(".") + "]"
    if r < 0.62:
        return f"({rng.randint(100, 99999)})"
    if r < 0.72:
        return junk_ascii(rng)
    if r < 0.8:
        return rng.choice(TRAD_PAIRS) + rng.choice(TRAD_PAIRS)
    return ""


def hexstr(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


# ---------------------------------------------------------------------------
# corpus builder
# ---------------------------------------------------------------------------

HARD_CATS = {"police", "hotel", "gamedev", "lottery", "game_review", "phone_review"}
# trigger words, by the family whose vocabulary they belong to (first match wins, in this order)
VOCAB_FAMILY = [
    ("cheating_device", ["作弊", "外挂", "开挂", "透视", "出千", "千术", "隐形眼镜", "听牌器", "麻将机"]),
    ("blackhat_seo", ["收录", "权重", "站群", "蜘蛛池", "引流", "寄生虫", "黑帽", "SEO", "外推", "留痕"]),
    ("lottery_platform", ["彩票", "彩民", "体彩", "福彩", "大乐透", "双色球", "竞彩", "七星彩", "购彩", "快三",
                          "时时彩", "赛车", "飞艇", "开奖"]),
    ("casino_platform", ["博彩", "百家乐", "澳门", "登录器", "现金网", "娱乐城", "贵宾会", "捕鱼", "赌场"]),
    ("operator_copy", ["返水", "彩金", "上下分", "开户", "佣金", "提款", "返现", "代理", "充值"]),
    ("porn", ["裸聊", "约炮", "色情", "淫秽"]),
    ("fraud", ["套现", "发票", "刷单", "贷款", "兼职", "征信"]),
    ("fangka", ["房卡", "牛牛", "金花", "斗牛", "十三水", "推筒子", "跑得快", "麻将", "棋牌", "扑克", "斗地主",
                "掼蛋", "赌"]),
    ("contact", ["微信", "QQ", "电话", "热线"]),
]
HARD_VOCAB = [w for _, words in VOCAB_FAMILY for w in words]
# hard-negative pool categories written before families existed
DEFAULT_HARD_FAMILY = {"police": "fangka", "hotel": "fangka", "gamedev": "fangka", "game_review": "fangka",
                       "lottery": "lottery_platform"}
NEW_FAMILIES = ["casino_platform", "lottery_platform", "operator_copy", "cheating_device", "blackhat_seo", "stuffing"]
SPAM_FAMILY = {"gambling": "fangka", "casino_brand": "casino_platform", "porn": "porn", "fraud": "fraud",
               "contact": "contact", **{f: f for f in NEW_FAMILIES}}
FAMILIES = ["fangka", *NEW_FAMILIES, "porn", "fraud", "contact"]
FORMS = ["query", "title", "sentence", "list_item", "paragraph"]


def vocab_family(text):
    for fam, words in VOCAB_FAMILY:
        if any(w in text for w in words):
            return fam
    return None


class Builder:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.fill = Filler(self.rng)
        self.spam = []
        self.ham = []
        self.news = {}  # topic -> {"titles": [...], "sentences": [...]}
        for p in sorted((POOLS / "news").glob("*.txt")):
            secs = load_sections(p)
            self.news[p.stem] = {"titles": secs["titles"], "sentences": secs["sentences"]}
        # hard negatives: (category, family) -> kind -> lines; section "## <cat> <kind> [@family]"
        self.hard = {}
        for p in sorted((POOLS / "hard").glob("*.txt")):
            for sec, lines in load_sections(p).items():
                name, _, fam = sec.partition(" @")
                cat, kind = name.rsplit(" ", 1)
                d = self.hard.setdefault((cat, fam), {"titles": [], "sentences": [], "texts": [], "queries": []})
                d[kind].extend(lines)
        self.hard_cats = HARD_CATS | {c for c, _ in self.hard if not c.startswith("news_")}
        self.harmless = {}
        for sec, lines in load_sections(POOLS / "harmless.txt").items():
            cat, kind = sec.rsplit(" ", 1)
            self.harmless.setdefault(cat, {"titles": [], "sentences": []})[kind].extend(lines)
        self.sp = load_sections(POOLS / "spam.txt")
        self.fam = {p.stem: load_sections(p) for p in sorted((POOLS / "families").glob("*.txt"))}
        self.lists = load_sections(POOLS / "lists.txt")
        self.queries = load_sections(POOLS / "queries.txt")
        self.web = {}  # category -> {"titles": [...], "texts": [...]}
        for sec, lines in load_sections(POOLS / "web.txt").items():
            cat, kind = sec.rsplit(" ", 1)
            self.web.setdefault("web_" + cat, {"titles": [], "texts": []})[kind].extend(lines)
        self.harmless_sentences = [s for c in sorted(self.harmless) for s in self.harmless[c]["sentences"]]
        self.fill.extra["film"] = self.film_title
        # news templates naming an organisation (for brands swapped into copied news)
        self.org_templates = [
            (c, kind, s) for c in sorted(self.news) for kind in ("titles", "sentences") for s in self.news[c][kind]
            if any(k in s for k in ("{company}", "{univ}", "{hospital}"))
        ]

    # -- output -------------------------------------------------------------
    def add(self, label, text, category, form, hard=None, family=None):
        text = text.strip(" ")
        if label == "ham":
            if hard is None:
                hard = category in self.hard_cats or any(v in text for v in HARD_VOCAB)
            if not hard:
                family = "news"
            elif family is None:
                family = vocab_family(text) or "news"
        else:
            hard = False
            family = family or SPAM_FAMILY[category]
            if form in ("title", "sentence") and 4 <= visible_len(text) < 8:
                form = "query"  # a short spam line is a search-query form
        rec = {"text": text, "label": label, "category": category, "family": family, "form": form,
               "hard_negative": bool(hard)}
        (self.spam if label == "spam" else self.ham).append(rec)

    # -- ham ------------------------------------------------------------------
    LEADS = [
        "据{city}日报报道，", "记者{month}月{day}日从{city}市有关部门获悉，", "{city}讯 ", "本报讯 ",
        "新华社{city}{month}月{day}日电 ", "（{city}晚报记者 {name}）", "{month}月{day}日，", "另据了解，",
        "中新网{city}{month}月{day}日电 ", "记者注意到，", "近日，", "据央视新闻报道，", "{city}新闻网讯 ",
        "【{city}日报】", "（记者{name} 通讯员{name}）", "据{city}发布消息，", "（来源：微博@{city}发布）",
        "（来源：@{city}交警）", "据微博@{city}消防消息，",
    ]
    TITLE_DECOR = [
        "{t}_{city}新闻网", "{t} - {city}日报", "{t}（图）", "【{city}晚报】{t}", "{t}_新闻频道",
        "{t}|{city}在线", "{t}——{city}新闻", "{t}（组图）", "{t}_手机{city}网", "快讯：{t}",
        "{t}-新闻中心", "{t}_财经头条", "视频｜{t}", "{t}_{prov}网",
    ]
    WEB_DECOR = [
        "{t}_帮助中心", "{t} - 常见问题", "{t}_教程", "{t}（附图解）", "{t}_问答", "{t}|{city}生活网",
        "{t}_站长学院", "{t} - 用户指南", "{t}【详细步骤】", "{t}_经验分享",
    ]
    WEB_PREFIX = ["温馨提示：", "注：", "说明：", "1. ", "2、", "（三）", "※", "重要提示：", "四、", "第{cn}条 ", "小贴士：",
                  "注意：", "答：", "要点："]
    LIST_SEPS = ["...", "...", "...", "…", "……", "... "]

    def topic_of(self, cat):
        return cat[5:] if cat.startswith("news_") else cat

    def sentence_with_lead(self, tpl, topic):
        s = self.fill.fill(tpl, topic)
        leads = self.LEADS
        if s.startswith(("据", "另据", "记者")):
            leads = [x for x in leads if "据" not in x and "记者" not in x]
        lead = self.fill.fill(self.rng.choice(leads))
        if lead.startswith("（") and self.rng.random() < 0.5:
            return s + lead  # byline after the sentence
        return lead + s

    def summary_of(self, s):
        """List summaries are often cut off."""
        r = self.rng
        if len(s) > 30 and r.random() < 0.35:
            return s[: r.randint(22, min(len(s) - 2, 60))] + "..."
        return s

    def title_fragment(self, t):
        """A 4-14 character piece of a headline, the way people type it into a search box."""
        parts = [x for x in re.split(r"[\s：:，,！!？?|｜—“”《》（）()]+", t) if 4 <= visible_len(x) <= 14]
        return self.rng.choice(parts) if parts else None

    def emit_topic(self, cat, titles, sentences, n_list=0, n_para=None, list_cat="list_item",
                   texts=(), queries=(), hard=None, family=None, frag_p=0.0, frag_cat=None):
        r = self.rng
        topic = self.topic_of(cat)
        web = bool(texts) and not sentences
        add = lambda text, c, form: self.add("ham", text, c, form, hard, family)  # noqa: E731
        for t in titles:
            add(self.fill.fill(t, topic), cat, "title")
            if r.random() < frag_p:
                q = self.title_fragment(self.fill.fill(t, topic))
                if q:
                    add(q, frag_cat or cat, "query")
            if has_slots(t) or r.random() < 0.55:
                dec = r.choice(self.WEB_DECOR if web else self.TITLE_DECOR)
                add(self.fill.fill(dec.replace("{t}", self.fill.fill(t, topic))), cat, "title")
        for s in sentences:
            add(self.fill.fill(s, topic), cat, "sentence")
            if r.random() < 0.85:
                add(self.sentence_with_lead(s, topic), cat, "sentence")
        for s in texts:
            add(self.fill.fill(s, topic), cat, "sentence")
            if r.random() < 0.5:
                add(self.fill.fill(r.choice(self.WEB_PREFIX)) + self.fill.fill(s, topic), cat, "sentence")
        for q in queries:
            add(self.fill.fill(q, topic), cat, "query")
            if has_slots(q):
                add(self.fill.fill(q, topic), cat, "query")
        body = list(sentences) + list(texts)
        if not body:
            return
        if n_para is None:
            n_para = max(3, len(body) // 2)
        for _ in range(n_para):
            k = min(len(body), r.choice([2, 2, 3, 3, 4, 5, 6]))
            picked = r.sample(body, k)
            if web and r.random() < 0.4:
                style = r.choice(["{i}. ", "{i}、", "（{i}）", "第{i}条 "])
                txt = "".join(style.format(i=i + 1) + self.fill.fill(s, topic) for i, s in enumerate(picked))
            else:
                txt = "".join(self.fill.fill(s, topic) for s in picked)
            add(txt, cat, "paragraph")
        for _ in range(n_list if titles else 0):
            t = self.fill.fill(r.choice(titles), topic)
            s = self.summary_of(self.fill.fill(r.choice(body), topic))
            if r.random() < 0.12:
                s = f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} " + s
            add(t + r.choice(self.LIST_SEPS) + s, list_cat, "list_item")

    # report-style pools whose headline pieces would read like spam queries without their context
    NO_FRAGMENTS = {"police", "exam", "anticheat", "magic", "lottery", "search_news"}

    def build_ham(self):
        r = self.rng
        for topic in sorted(self.news):
            d = self.news[topic]
            self.emit_topic("news_" + topic, d["titles"], d["sentences"], n_list=50,
                            n_para=max(3, len(d["sentences"]) * 3 // 2), frag_p=0.35)
        for cat, fam in sorted(self.hard):
            d = self.hard[(cat, fam)]
            news_cat = cat.startswith("news_")
            if news_cat:
                n_list, hard, family = 6, None, fam or None
            elif not fam:  # the original hard pools
                n_list, hard, family = 30, True, DEFAULT_HARD_FAMILY[cat]
            else:
                n_list, hard, family = len(d["titles"]) // 2 + 3, True, fam
            list_cat = "list_item" if news_cat else cat
            body = len(d["sentences"]) + len(d["texts"])
            n_para = max(3, body * 3 // 4) if fam and not news_cat else None
            self.emit_topic(cat, d["titles"], d["sentences"], n_list=n_list, list_cat=list_cat, n_para=n_para,
                            texts=d["texts"], queries=d["queries"], hard=hard, family=family,
                            frag_p=0.6 if fam and not news_cat and cat not in self.NO_FRAGMENTS else 0.0,
                            frag_cat="search_query")
        # recycled-style harmless text: standalone sentences, paragraphs and genuine list items
        cat_map = {"phone_review": "phone_review", "recipe": "recipe", "travel": "news_travel", "tutorial": "tutorial"}
        for hc in sorted(self.harmless):
            d = self.harmless[hc]
            cat = cat_map[hc]
            for t in d["titles"]:
                self.add("ham", self.fill.fill(t, "tech"), cat, "title")
            for s in d["sentences"]:
                self.add("ham", s, cat, "sentence")
            for _ in range(len(d["sentences"]) // 3):
                self.add("ham", "".join(r.sample(d["sentences"], r.randint(2, 3))), cat, "paragraph")
            for _ in range(len(d["sentences"]) // 2):
                t = self.fill.fill(r.choice(d["titles"]), "tech")
                self.add("ham", t + r.choice(self.LIST_SEPS) + self.summary_of(r.choice(d["sentences"])),
                         cat, "list_item")
        # ordinary web text: about-us pages, product descriptions, forum answers
        for cat in sorted(self.web):
            d = self.web[cat]
            self.emit_topic(cat, d["titles"], [], n_list=len(d["titles"]) * 2, texts=d["texts"],
                            n_para=len(d["texts"]) * 3)
        # ordinary short queries, so that a short form is not a spam signal by itself
        for topic in sorted(self.queries):
            for q in self.queries[topic]:
                for _ in range(2 if has_slots(q) else 1):
                    self.add("ham", self.fill.fill(q, topic), "news_" + topic, "query")
        self.build_ham_assembled()
        # a few genuine lines carrying a stray BOM / zero-width space (copy-paste residue)
        stray = r.sample([h for h in self.ham if h["form"] in ("sentence", "title")], 40)
        for h in stray:
            t = h["text"]
            if r.random() < 0.5:
                t = "\ufeff" + t
            else:
                k = r.randint(1, len(t) - 1)
                t = t[:k] + "\u200b" + t[k:]
            self.add("ham", t, h["category"], h["form"], h["hard_negative"], h["family"])

    # -- assembled ham: structure that the new spam families share with ordinary pages ---------
    SPORTS_SITES = ["央视体育", "咪咕体育", "腾讯体育", "新浪体育", "搜狐体育", "网易体育", "虎扑", "懂球帝",
                    "直播吧", "体坛周报", "中国体育报", "PP体育", "{city}体育频道", "{prov}体育网", "{city}晚报体育"]
    # (site name, its address if the line may show one)
    LEGIT_LINKS = [("中国政府网", "www.gov.cn"), ("新华网", "www.news.cn"), ("人民网", "www.people.com.cn"),
                   ("央视网", "www.cctv.com"), ("中国新闻网", "www.chinanews.com.cn"), ("国家统计局", "www.stats.gov.cn"),
                   ("中国气象局", "www.cma.gov.cn"), ("中国铁路12306", "www.12306.cn"), ("教育部", "www.moe.gov.cn"),
                   ("国家卫生健康委员会", "www.nhc.gov.cn"), ("中国文明网", "www.wenming.cn"),
                   ("{prov}省人民政府", None), ("{city}市人民政府", None), ("{city}市教育局", None), ("{city}日报", None),
                   ("{prov}政务服务网", None), ("{city}图书馆", None), ("{city}市卫生健康委员会", None),
                   ("国家反诈中心", None), ("{univ}", None)]

    def film_title(self):
        r = self.rng
        return r.choice(self.lists["film first"]) + r.choice(self.lists["film second"])

    def news_title(self):
        r = self.rng
        cat = r.choice(sorted(self.news))
        return self.fill.fill(r.choice(self.news[cat]["titles"]), cat)

    def news_sentence(self):
        r = self.rng
        cat = r.choice(sorted(self.news))
        return self.fill.fill(r.choice(self.news[cat]["sentences"]), cat)

    def build_ham_assembled(self):
        r = self.rng
        L = self.lists
        fill = self.fill.fill
        # 上一篇/下一篇 navigation of ordinary articles (the casino campaign puts brands there)
        for _ in range(110):
            a, b = self.news_title(), self.news_title()
            t = r.choice([f"上一篇：{a}下一篇：{b}", f"上一篇：{a} 下一篇：{b}", f"上一篇：{a}　下一篇：没有了",
                          f"上一条：{a}　下一条：{b}", f"上一篇 {a} 下一篇 {b}", f"« {a} | {b} »",
                          f"上一篇:{a}\u3000下一篇:{b}", f"上一篇：没有了 下一篇：{b}"])
            self.add("ham", t, "nav", "sentence", False)
        # sports headlines with a sports-media site suffix (the shape of the `_XX体育` brand suffix)
        sports = self.news["sports"]["titles"]
        for _ in range(70):
            site = fill(r.choice(self.SPORTS_SITES))
            t = fill(r.choice(sports), "sports")
            t = r.choice([f"{t}_{site}", f"{t}-{site}", f"{t}|{site}", f"【{site}】{t}", f"{t} - {site}"])
            self.add("ham", t, "sports_media", "title", True, "casino_platform")
        # tag clouds and keyword lines of ordinary articles
        for _ in range(80):
            tags = r.sample(L["tags"], r.choice([r.randint(3, 6), r.randint(6, 14), r.randint(14, 35)]))
            sep = r.choice([" ", "  ", "，", "、", " | ", ",", " / "])
            label = r.choice(["标签：", "热门标签：", "TAG标签：", "相关标签：", "Tags: ", "", "热门搜索：", "热词："])
            self.add("ham", label + sep.join(tags), "tag_cloud", "title" if len(tags) < 7 else "paragraph",
                     True, "stuffing")
        for _ in range(80):
            tags = r.sample(L["tags"], r.randint(2, 6))
            sep = r.choice(["；", "，", " ", "、", ","])
            kw = sep.join(tags)
            t = r.choice([f"关键词：{kw}", f"【关键词】{kw}", f"关键字：{kw}", f"本文关键词：{kw}",
                          f"关键词：{kw}　摘要：{self.news_sentence()}", f"{self.news_sentence()}关键词：{kw}",
                          f"【摘要】{self.news_sentence()}【关键词】{kw}", f"关键词 {kw} 责任编辑：{fill('{name}')}"])
            self.add("ham", t, "keywords", "sentence" if "摘要" in t or len(t) > 40 else "title", True, "stuffing")
        # sitemaps, breadcrumbs and friendly-link blocks of legitimate sites
        for _ in range(50):
            items = r.sample(L["sitemap"], r.randint(5, 18))
            sep = r.choice([" | ", "  ", " ", "·", "/", "｜", " - ", "\u3000"])
            head = r.choice(["网站地图 ", "网站导航：", "", "", "快速导航 ", f"{fill('{city}')}市人民政府网 "])
            self.add("ham", head + sep.join(items), "sitemap", "title" if len(items) < 8 else "paragraph",
                     True, "stuffing")
        for _ in range(40):
            show = r.random() < 0.5
            items = []
            for name, addr in r.sample(self.LEGIT_LINKS, r.randint(4, 10)):
                name = fill(name)
                if show and addr:
                    name += " " + r.choice(["", "", "http://", "https://"]) + addr
                items.append(name)
            sep = r.choice([" | ", "  ", " ", "、", "｜"])
            self.add("ham", r.choice(["友情链接：", "相关链接：", "友情链接 ", "政府网站链接："]) + sep.join(items),
                     "link_list", "paragraph", True, "stuffing")
        # product category lists of shops
        for _ in range(45):
            cats = r.sample(L["product categories"], r.randint(5, 16))
            sep = r.choice([" ", " | ", "、", "  ", " / ", "，"])
            head = r.choice(["全部商品分类 ", "商品分类：", "热门分类：", "", "品类导航 "])
            self.add("ham", head + sep.join(cats), "catalog", "title" if len(cats) < 8 else "paragraph",
                     True, "stuffing")
        # film lists in culture news
        for _ in range(40):
            films = [f"《{self.film_title()}》" for _ in range(r.randint(3, 9))]
            sep = r.choice(["", "、", "，", " "])
            t = r.choice([f"本届展映片单：{sep.join(films)}", f"入围影片包括{sep.join(films)}等。",
                          f"周末影院排片：{sep.join(films)}", f"{fill('{city}')}电影资料馆本月放映{sep.join(films)}",
                          f"年度推荐片单 {sep.join(films)}"])
            self.add("ham", t, "film_list", "sentence", True, "stuffing")

    # -- spam -----------------------------------------------------------------
    def pick(self, sec):
        return self.rng.choice(self.sp[sec])

    def game_query(self, split=False):
        r = self.rng
        game = self.pick("games")
        if split:
            game = split_word(game, r)
        prefix = self.pick("game_prefix") if r.random() < 0.55 else ""
        card = self.pick("card")
        q = self.pick("queries")
        form = r.random()
        if form < 0.7:
            return f"{prefix}{game}{card}{q}"
        if form < 0.85:
            return f"{game}{card}{q}{r.choice(['？', '?', ''])}{self.pick('queries')}"
        return f"{self.pick('prices')}{prefix}{game}{card}"

    def brand(self):
        r = self.rng
        b = self.pick("brand heads")
        if r.random() < 0.35:
            b += "".join(r.choice(string.digits) for _ in range(r.choice([2, 3, 4, 4])))
        return b

    def spam_slots(self):
        r = self.rng
        return {
            "gq": lambda: self.game_query(),
            "game": lambda: self.pick("games"),
            "card": lambda: self.pick("card"),
            "query": lambda: self.pick("queries"),
            "price": lambda: self.pick("prices"),
            "pitch": lambda: self.pick("pitch"),
            "pitch_p": lambda: self.pick("pitch_p"),
            "pitch_f": lambda: self.pick("pitch_f"),
            "invoice": lambda: self.pick("invoice"),
            "wxc": lambda: contact_block(r, "wx", glyph=0.12),
            "qqc": lambda: contact_block(r, "qq", glyph=0.12),
            "telc": lambda: contact_block(r, "tel", glyph=0.08),
        }

    def spam_fill(self, tpl):
        out = self.fill.fill(tpl, overrides=self.spam_slots())
        for a, b in (("加加", "加"), ("加+", "+"), ("加➕", "➕"), ("加家微", "家微"), ("加嘉薇", "嘉薇")):
            out = out.replace(a, b)
        return out

    def hype_title(self):
        r = self.rng
        bang = r.choice(["!", "!", "!", "！"])
        return f"{self.pick('hype')}{bang}{self.game_query()}"

    def parasite_title(self):
        r = self.rng
        year = r.choice(["2026", "2026", "2026", "2025", "2026年", "2024", "2026最新"])
        hype = self.pick("hype2026")
        if year.endswith("最新") and hype.startswith("最新"):
            year = year[:-2]
        colon = r.choice(["：", "：", "：", ":", "：", " : "])
        q = self.game_query(split=r.random() < 0.3)
        return f"{year}{hype}{colon}{q}"

    def recycled(self, max_len=140, prefer=None):
        r = self.rng
        pool = self.harmless[prefer]["sentences"] if prefer else self.harmless_sentences
        s = r.choice(pool)
        while len(s) < max_len * 0.7 and r.random() < 0.8:
            nxt = r.choice(pool)
            if len(s) + len(nxt) > max_len:
                break
            s += nxt
        return s

    def list_item(self, title):
        r = self.rng
        summ = junk_ascii(r) + self.recycled(max_len=90)
        if r.random() < 0.35:
            summ = summ[: r.randint(20, min(60, len(summ)))] + "..."
        return title + r.choice(self.LIST_SEPS) + summ

    def casino_title(self):
        r = self.rng
        b, suf = self.brand(), self.pick("brand suffix")
        act, term = self.pick("casino actions"), self.pick("casino terms")
        news_title = self.fill.fill(r.choice(self.news[r.choice(sorted(self.news))]["titles"]))
        pats = [
            lambda: f"{b}{suf}{act}",
            lambda: f"{b}{suf}{act}",
            lambda: f"{b}国际登录器下载",
            lambda: f"{b}娱乐现金网",
            lambda: f"{news_title}_{b}{r.choice(['体育app下载', '娱乐现金网', '国际登录器下载', '官网'])}",
            lambda: f"{news_title}-{b}{suf}{act}",
            lambda: f"{b}贵宾会{act}",
            lambda: f"{b}{suf}{term}{act}，注册送{r.randint(18, 888)}元彩金",
            lambda: f"{b}{suf}【{act}】{term}|{self.pick('casino terms')}|{self.pick('casino terms')}",
            lambda: f"{r.choice(['2026', '2025', '2026年'])}{b}{suf}{act}（{url(r)}）",
            lambda: f"{b}{suf}官方网站入口{url(r)}",
            lambda: f"{b}{suf}_{term}{act}_{self.pick('casino terms')}{self.pick('casino actions')}",
            lambda: f"{r.choice(CITIES)}{term}{act}—{b}{suf}",
            lambda: f"{b}{suf}{r.randint(5, 20)}年信誉老品牌，{term}{act}",
            lambda: f"{term}{act}_{b}{suf}",
            lambda: f"菠菜{b}{suf}，{term}上下分，返水{r.randint(1, 30) / 10}%",
            lambda: f"{b}{suf}{term}上下分{r.choice(['微信群', '群', '代理'])}，{contact_block(r, 'wx')}",
            lambda: f"{b}{suf}-{b}{suf}{act}-{b}{suf}{self.pick('casino actions')}",
            lambda: f"{b}{suf}{act}|{term}首存送{r.randint(10, 100)}%",
            lambda: f"_{b}{suf}app下载",
            lambda: f"{b}{r.choice(['娱乐', '国际'])}{r.choice(['手机版', 'app', '官网'])}下载安装{r.choice(['最新版', '安卓版', '苹果版'])}",
        ]
        t = r.choice(pats)().replace("上下分上下分", "上下分")
        while len(t) < 8:
            t += r.choice(["_", "-", "|", ""]) + self.pick("casino actions")
        return t

    def keywords_block(self):
        r = self.rng
        b, suf = self.brand(), self.pick("brand suffix")
        kws = [f"{b}{suf}", f"{b}{self.pick('casino actions')}", f"{self.pick('casino terms')}{self.pick('casino actions')}",
               f"{b}{self.pick('casino terms')}", self.game_query()]
        r.shuffle(kws)
        sep = r.choice(["，", ",", " ", "|", "、"])
        kw = sep.join(kws[: r.randint(2, 5)])
        news_cat = r.choice(sorted(self.news))
        body = self.fill.fill(r.choice(self.news[news_cat]["sentences"]), news_cat)
        forms = [
            lambda: f"本文关键词：{kw}。本文摘要：{b}{suf}{self.pick('casino actions')}，{body}",
            lambda: f"本文摘要：{body}本文关键词：{kw}",
            lambda: f"【本文关键词】{kw}【本文摘要】{body}",
            lambda: f"本文关键词：{kw}",
            lambda: f"{body}本文关键词：{kw}。本文来源：{b}{suf}",
            lambda: f"本文摘要：{b}{suf}（{url(r)}）{self.pick('casino terms')}{self.pick('casino actions')}。{body}",
            lambda: f"关键词：{kw}　摘要：{body}",
        ]
        return r.choice(forms)()

    def brand_news(self):
        """Copied news with an organisation replaced by (or credited to) a casino brand."""
        r = self.rng
        b = self.brand()
        suf = r.choice(["娱乐", "娱乐城", "贵宾会", "国际娱乐", "真人娱乐", "娱乐场", "体育", "棋牌", "国际"])
        brand_full = f"{b}{suf}"
        if r.random() < 0.3:
            brand_full += r.choice(["现金网", "登录器", "官网", "app"])
        with_company = [(c, s) for c in sorted(self.news) for s in self.news[c]["sentences"] + self.news[c]["titles"] if "{company}" in s]
        if r.random() < 0.5:
            cat, tpl = r.choice(with_company)
            txt = self.fill.fill(tpl, cat, overrides={"company": brand_full})
            if r.random() < 0.4:
                cat2 = r.choice(sorted(self.news))
                txt += self.fill.fill(r.choice(self.news[cat2]["sentences"]), cat2)
            return txt
        cat = r.choice(sorted(self.news))
        s = self.fill.fill(r.choice(self.news[cat]["sentences"]), cat)
        forms = [
            f"据{brand_full}{self.pick('casino actions')}消息，{s}",
            f"{brand_full}讯：{s}",
            f"{s}（来源：{brand_full}{self.pick('casino actions')}）",
            f"{brand_full}（{url(r)}）{r.randint(1, 12)}月{r.randint(1, 28)}日报道，{s}",
            f"{s}——{brand_full}{self.pick('casino terms')}{self.pick('casino actions')}",
        ]
        return r.choice(forms)

    def parasite_paragraph(self):
        r = self.rng
        parts = [self.parasite_title()]
        if r.random() < 0.5:
            parts.append(r.choice(["", "，", "。"]) + self.pick("pitch") + "，" + self.pick("pitch"))
        parts.append(parasite_contact(r))
        parts.append(junk_tag(r))
        body_limit = r.choice([r.randint(40, 120), r.randint(100, 240)])
        body_limit = max(35, min(body_limit, 255 - sum(len(p) for p in parts)))
        parts.append(self.recycled(max_len=body_limit, prefer=r.choice(["tutorial", "tutorial", "phone_review", "recipe", "travel"])))
        if r.random() < 0.3:
            parts.append(parasite_contact(r))
        joiner = r.choice(["", " ", "  "])
        return joiner.join(p for p in parts if p)

    def build_spam(self):
        r = self.rng
        gamb_tpls = self.sp["gambling templates"]
        # 1. hype! list-item titles and list items
        for _ in range(360):
            self.add("spam", self.hype_title(), "gambling", "title")
        for _ in range(440):
            self.add("spam", self.list_item(self.hype_title()), "gambling", "list_item")
        for _ in range(40):
            self.add("spam", self.list_item(f"{self.pick('hype')}{r.choice('!！')}{self.pick('games')}房卡{self.pick('prices')}"), "gambling", "list_item")
        # 2. parasite titles and posts
        for _ in range(290):
            self.add("spam", self.parasite_title(), "gambling", "title")
        for _ in range(230):
            self.add("spam", self.parasite_paragraph(), "gambling", "paragraph")
        # 3. sales pitches with contact blocks / prices
        for _ in range(360):
            self.add("spam", self.spam_fill(r.choice(gamb_tpls)), "gambling", "sentence")
        for _ in range(60):
            t = f"{self.pick('prices')}{r.choice(['，', ' ', '！'])}{self.pick('games')}{self.pick('card')}{self.pick('queries')}"
            self.add("spam", t if len(t) >= 8 else t + "，" + self.pick("pitch"), "gambling", "title")
        # 4. junk tags around short queries
        for _ in range(90):
            q = self.game_query()
            t = r.choice([f"{junk_tag(r)}{q}", f"{q}{junk_tag(r)}", f"{junk_tag(r)}{q}{parasite_contact(r)}"])
            self.add("spam", t, "gambling", "title")
        # 5. pinyin-in-brackets obfuscation
        for _ in range(70):
            base = r.choice([self.game_query(), self.spam_fill(r.choice(gamb_tpls)), self.parasite_title()])
            self.add("spam", pinyin_brackets(base, r), "gambling", "sentence" if "，" in base else "title")
        # 6. casino brands
        for _ in range(230):
            self.add("spam", self.casino_title(), "casino_brand", "title")
        for _ in range(60):
            self.add("spam", self.list_item(self.casino_title()), "casino_brand", "list_item")
        for _ in range(110):
            self.add("spam", self.keywords_block(), "casino_brand", "paragraph")
        for _ in range(100):
            self.add("spam", self.brand_news(), "casino_brand", "paragraph")
        for _ in range(30):
            self.add("spam", pinyin_brackets(self.casino_title(), r, rate=0.8), "casino_brand", "title")
        # 7. porn / fraud / pure contact
        for _ in range(230):
            self.add("spam", self.spam_fill(self.pick("porn templates")), "porn", "sentence")
        for _ in range(280):
            self.add("spam", self.spam_fill(self.pick("fraud templates")), "fraud", "sentence")
        for _ in range(40):
            self.add("spam", self.list_item(self.spam_fill(r.choice(["{invoice}代开" + r.choice(["", "，{pitch_f}"]), "信用卡套现{pitch_f}", "无抵押贷款{pitch_f}", "刷单兼职日结"]))), "fraud", "list_item")
        for _ in range(240):
            self.add("spam", self.spam_fill(self.pick("contact templates")), "contact", "sentence")
        for _ in range(40):
            self.add("spam", f"{self.recycled(max_len=80)}{r.choice(['', ' '])}{parasite_contact(r)}", "contact", "paragraph")
        # 8. invisible characters and traditional script on top of existing spam
        base = [s for s in self.spam if s["category"] in ("gambling", "casino_brand", "contact", "porn", "fraud")]
        for s in r.sample(base, 230):
            self.add("spam", insert_invisible(s["text"], r, controls=r.random() < 0.15), s["category"], s["form"])
        gamb = [s for s in self.spam if s["category"] in ("gambling", "casino_brand") and not any(c in s["text"] for c in ZERO_WIDTH)]
        for s in r.sample(gamb, 190):
            self.add("spam", to_trad(s["text"]), s["category"], s["form"])
        # 9. the other campaign families
        self.build_new_families()

    # -- new campaign families ---------------------------------------------------------------
    def fp(self, fam, sec):
        return self.rng.choice(self.fam[fam][sec])

    def ffill(self, tpl, slots):
        out = self.fill.fill(tpl, overrides=slots)
        for a, b in (("加加", "加"), ("加+", "+"), ("加➕", "➕"), ("加家微", "家微"), ("加嘉薇", "嘉薇")):
            out = out.replace(a, b)
        for w in ("程序", "出租", "平台", "官网", "租用"):
            out = out.replace(w + w, w)
        return out

    def common_slots(self, glyph=0.35):
        r = self.rng
        return {
            "wxc": lambda: contact_block(r, "wx", glyph=glyph),
            "qqc": lambda: contact_block(r, "qq", glyph=glyph),
            "telc": lambda: contact_block(r, "tel", glyph=glyph * 0.7),
            "tg": lambda: tg_block(r),
            "line": lambda: line_block(r),
            "url": lambda: obf_domain(domain(r), r),
            "code": lambda: "".join(r.choice(string.digits) for _ in range(r.randint(4, 8))),
            "news": self.news_title,
            "news2": self.news_title,
        }

    def obf_query(self, q, p=0.3):
        """Light obfuscation for short search-query forms."""
        r = self.rng
        if r.random() >= p:
            return q
        o = r.random()
        if o < 0.35 and any(c.isascii() and c.isalnum() for c in q):
            return homoglyph(q, r)
        if o < 0.6:
            k = r.randint(1, len(q) - 1)
            return q[:k] + r.choice([" ", "\u3000", "-", "·"]) + q[k:]
        if o < 0.8:
            return insert_invisible(q, r, rate=0.3)
        return to_trad(q)

    def short(self, make, lo=4, hi=14):
        for _ in range(50):
            q = make()
            if lo <= visible_len(q) <= hi:
                return q
        return None

    def add_all(self, items, category, default_form):
        r = self.rng
        for it in items:
            if it is None:
                continue
            text, form = it if isinstance(it, tuple) else (it, default_form)
            if form == "sentence" and "\u4e00" <= text[-1] <= "\u9fff" and r.random() < 0.3:
                text += r.choice(["。", "。", "！", "~"])
            self.add("spam", text, category, form)

    def list_item_of(self, title, summaries):
        """title + ... + summary; the summary sometimes starts with an ASCII junk token."""
        r = self.rng
        s = r.choice(summaries)() if callable(summaries[0]) else r.choice(summaries)
        if r.random() < 0.4:
            s = junk_ascii(r) + s
        if len(s) > 40 and r.random() < 0.35:
            s = s[: r.randint(20, min(len(s) - 1, 60))] + "..."
        return title + r.choice(self.LIST_SEPS) + s

    # casino_platform ------------------------------------------------------------------------
    STANDALONE = ("九游会", "华体会", "尊龙凯时", "bet365", "威廉希尔", "利记")

    def cp_brand(self):
        r = self.rng
        P = self.fam["casino_platform"]
        k = r.random()
        if k < 0.45:
            h = r.choice(P["heads"])
        elif k < 0.65:
            h = r.choice(P["latin heads"])
            if r.random() < 0.35:
                h += "".join(r.choice(string.digits) for _ in range(r.randint(2, 3)))
        elif k < 0.8:
            h = r.choice(P["digit heads"])
        else:
            h = r.choice(P["real heads"])
        if h in self.STANDALONE and r.random() < 0.5:
            return h, h
        return h, h + r.choice(P["suffix"])

    def cp_slots(self):
        r = self.rng
        P = self.fam["casino_platform"]
        h, b = self.cp_brand()
        _, b2 = self.cp_brand()
        head = h if h.isascii() and h.isalnum() else None
        if head and r.random() < 0.2:  # Latin brand abbreviation spelt with look-alikes
            b = homoglyph(h, r, rate=1.0) + b[len(h):]
        d = self.common_slots()
        d.update({
            "B": b, "B2": b2, "H": h, "Bt": to_trad(b), "Bt2": to_trad(b2),
            "act": lambda: r.choice(P["act"]), "act2": lambda: r.choice(P["act"]),
            "lic": lambda: r.choice(P["lic"]),
            "co": lambda: r.choice(CITIES) + r.choice(COMPANY_HEADS) + r.choice(P["companies"]),
            "url": lambda: obf_domain(domain(r, head if r.random() < 0.6 else None), r),
        })
        return d

    def cp_query(self):
        r = self.rng
        P = self.fam["casino_platform"]

        def make():
            h, b = self.cp_brand()
            act = r.choice(P["act"])
            f = r.random()
            if f < 0.42:
                q = b + act
            elif f < 0.57:
                q = b + r.choice(P["ask"])
            elif f < 0.67:
                q = h + act
            elif f < 0.75:
                q = b + r.choice([" ", ""]) + act + r.choice(["", " "]) + r.choice(P["act"])
            elif f < 0.83:
                q = r.choice(["2026", "2025", "最新", "正版", "官方"]) + b + act
            elif f < 0.9:
                q = b
            else:
                q = f"{b}{act}{r.choice(['', ' '])}{r.choice(P['ask'])}"
            for w in ("平台", "官网", "体育", "娱乐", "国际", "app"):
                q = q.replace(w + w, w)
            return self.obf_query(q)

        return self.short(make)

    def cp_nav(self):
        r = self.rng
        s = self.cp_slots()
        tpl = r.choice([
            "上一篇：{B}{act}下一篇：{news}", "上一篇：{news} 下一篇：{B}{act}", "上一篇:{B}(中国)官方网站 下一篇:{news}",
            "上一篇：{news}_{B}　下一篇：{news2}_{B}", "上一条：{B}{act}　下一条：{B2}{act2}",
            "上一篇 {B}{act} 下一篇 {B}{act2}", "« {B}{act} | {news} »", "上一篇：{news}下一篇：{B}官网入口({url})",
            "上一篇：没有了 下一篇：{B}{act}", "上一篇：{B}-{news}\u3000下一篇：{B}-{news2}",
        ])
        return self.ffill(tpl, s)

    def cp_swap(self):
        r = self.rng
        s = self.cp_slots()
        b = s["B"]
        if r.random() < 0.6:
            cat, kind, tpl = r.choice(self.org_templates)
            txt = self.fill.fill(tpl, cat, overrides={"company": b, "univ": b, "hospital": b})
            if r.random() < 0.35:
                return txt + self.news_sentence(), "paragraph"
            return txt, "title" if kind == "titles" else "sentence"
        ns = self.news_sentence()
        act = r.choice(self.fam["casino_platform"]["act"])
        txt = r.choice([f"{b}讯 {ns}", f"（{b}{act}）{ns}", f"{ns}本文来源：{b}", f"{ns}【{b}】", f"转载自{b}：{ns}",
                        f"{ns}责任编辑：{b}{act}", f"据{b}报道，{ns}", f"{ns}（{b} {self.ffill('{url}', s)}）"])
        return txt, "paragraph" if len(txt) > 70 else "sentence"

    def cp_about(self):
        r = self.rng
        P = self.fam["casino_platform"]
        s = self.cp_slots()
        idx = sorted(r.sample(range(len(P["about"])), r.randint(3, 6)))
        parts = [self.ffill(P["about"][i], s) for i in idx]
        if r.random() < 0.4:
            parts.append(self.ffill(r.choice(P["pitch"]), s) + "。")
        if r.random() < 0.35:
            parts.append(self.ffill(r.choice(["官方网址：{url}", "{B}官网：{url}", "客服：{wxc}", "备用网址：{url}"]), s))
        if r.random() < 0.3:
            parts.insert(0, self.ffill(r.choice(["关于我们", "【关于{B}】", "{B}简介：", "品牌介绍 "]), s))
        return r.choice(["", "", " "]).join(parts)

    def build_casino_platform(self):
        r = self.rng
        P = self.fam["casino_platform"]
        c = "casino_platform"
        self.add_all([self.cp_query() for _ in range(125)], c, "query")
        self.add_all([self.ffill(r.choice(P["titles"]), self.cp_slots()) for _ in range(130)], c, "title")
        self.add_all([self.cp_nav() for _ in range(40)], c, "sentence")
        self.add_all([self.cp_swap() for _ in range(70)], c, "sentence")
        self.add_all([self.ffill(r.choice(P["pitch"]), self.cp_slots()) for _ in range(85)], c, "sentence")
        self.add_all([self.cp_about() for _ in range(45)], c, "paragraph")
        summaries = [lambda: self.recycled(max_len=80), self.news_sentence,
                     lambda: self.ffill(self.fp(c, "about"), self.cp_slots())]
        self.add_all([self.list_item_of(r.choice([self.cp_query, lambda: self.ffill(r.choice(P["titles"]), self.cp_slots())])(),
                                        summaries) for _ in range(45)], c, "list_item")
        self.add_all([self.ffill(r.choice(P["trad"]), self.cp_slots()) for _ in range(45)], c, "sentence")

    # lottery_platform -----------------------------------------------------------------------
    def lp_brand(self):
        head, tail = self.fp("lottery_platform", "heads"), self.fp("lottery_platform", "tails")
        return head + (tail[1:] if head.endswith("彩") and tail.startswith("彩") else tail)

    def lp_slots(self):
        r = self.rng
        P = self.fam["lottery_platform"]
        games = r.sample(P["games"], 3)
        d = self.common_slots()
        d.update({
            "game": games[0], "game2": games[1], "game3": games[2], "LB": self.lp_brand(),
            "term": r.choice(P["terms"]), "term2": lambda: r.choice(P["terms"]),
            "d5": lambda: r.choice([" ", "", ","]).join(r.sample("0123456789", r.randint(3, 6))),
        })
        return d

    def lp_query(self):
        r = self.rng
        P = self.fam["lottery_platform"]

        def make():
            g, term = r.choice(P["games"]), r.choice(P["terms"])
            f = r.random()
            if f < 0.5:
                q = g + term
            elif f < 0.68:
                q = self.lp_brand() + r.choice(["邀请码", "官网", "平台", "app", "注册", "登录", "下载", "计划", "正规吗"])
            elif f < 0.78:
                q = g + term + r.choice(P["terms"])
            elif f < 0.9:
                q = g + r.choice(["怎么倍投", "稳赚技巧", "必中技巧", "怎么玩", "漏洞", "规律", "怎么赢", "回血"])
            elif f < 0.95:
                q = r.choice(["2026", "最新", "今日"]) + g + term
            else:
                q = self.lp_brand()
            return self.obf_query(q)

        return self.short(make)

    def lp_plan(self, rows=None):
        r = self.rng
        P = self.fam["lottery_platform"]
        s = self.lp_slots()
        game = s["game"]
        rows = rows or r.randint(3, 8)
        base = r.randint(10, 980)
        kind = r.choice(["dw", "gj", "ds", "hz", "lh"])
        span_style = r.choice(["{a}期", "{a}-{b}期", "第{a}期", "{a}~{b}期"])
        out = []
        for i in range(rows):
            a = base + i * (3 if "{b}" in span_style else 1)
            span = span_style.format(a=f"{a:03d}", b=f"{a + 2:03d}")
            if kind == "dw":
                body = f"定位胆【{' '.join(r.sample('0123456789', 5))}】"
            elif kind == "gj":
                body = f"冠军【{' '.join(sorted(r.sample(['01','02','03','04','05','06','07','08','09','10'], 5)))}】"
            elif kind == "ds":
                body = r.choice(["大", "小", "单", "双", "大单", "小双", "大双", "小单"])
            elif kind == "hz":
                lo = r.randint(3, 12)
                body = f"和值{lo}-{lo + r.randint(3, 6)}"
            else:
                body = r.choice(["龙", "虎", "龙虎 龙", "冠亚 虎"])
            status = r.choice(P["plan status"]) if i < rows - 1 else r.choice(["等开", "", "进行中"] + P["plan status"])
            out.append(f"{span} {body} {status}".strip())
        sep = r.choice([" ", "；", "\u3000", "  ", "，", " | "])
        head = self.ffill(r.choice(["{game}人工计划", "【{game}全天计划】", "{LB} {game}精准计划", "{game}计划（{LB}）",
                                    "", "今日{game}免费计划：", "{game}计划 "]), s)
        tail = self.ffill(r.choice(["", "", "{wxc}", "更多计划{wxc}", "平台：{url}", "邀请码{code}", "{qqc}"]), s)
        return " ".join(x for x in (head, sep.join(out), tail) if x)

    def lp_tips(self):
        r = self.rng
        P = self.fam["lottery_platform"]
        s = self.lp_slots()
        idx = r.sample(range(len(P["tips"])), r.randint(3, 7))
        if r.random() < 0.5:
            idx.sort()
        parts = [self.ffill(P["tips"][i], s) for i in idx]
        if r.random() < 0.5:
            parts.append(self.ffill(r.choice(["导师{wxc}", "计划群{qqc}", "平台地址：{url}", "邀请码：{code}"]), s))
        if r.random() < 0.3:
            parts.insert(0, self.ffill(r.choice(P["titles"]), s) + r.choice(["", " ", "："]))
        return "".join(parts)

    def build_lottery_platform(self):
        r = self.rng
        P = self.fam["lottery_platform"]
        c = "lottery_platform"
        self.add_all([self.lp_query() for _ in range(120)], c, "query")
        self.add_all([self.ffill(r.choice(P["titles"]), self.lp_slots()) for _ in range(110)], c, "title")
        self.add_all([self.ffill(r.choice(P["sentences"]), self.lp_slots()) for _ in range(100)], c, "sentence")
        self.add_all([self.lp_plan() for _ in range(35)], c, "paragraph")
        self.add_all([self.lp_plan(rows=r.randint(1, 2)) for _ in range(20)], c, "sentence")
        self.add_all([self.lp_tips() for _ in range(40)], c, "paragraph")
        summaries = [lambda: self.recycled(max_len=80), lambda: self.ffill(self.fp(c, "tips"), self.lp_slots())]
        self.add_all([self.list_item_of(r.choice([self.lp_query, lambda: self.ffill(r.choice(P["titles"]), self.lp_slots())])(),
                                        summaries) for _ in range(35)], c, "list_item")
        self.add_all([self.ffill(r.choice(P["trad"]), self.lp_slots()) for _ in range(25)], c, "sentence")

    # operator_copy --------------------------------------------------------------------------
    def oc_slots(self):
        return self.cp_slots()

    def oc_short(self):
        r = self.rng
        P = self.fam["operator_copy"]
        s = self.oc_slots()
        f = r.random()
        if f < 0.45:
            t = self.ffill(r.choice(P["short"]), s)
        elif f < 0.7:
            items = [self.ffill(x, s) for x in r.sample(P["short"], r.randint(2, 4))]
            t = r.choice([" | ", "，", " ", "｜", "  ", "·", "！"]).join(items)
        elif f < 0.85:
            t = s["B"] + r.choice(["", " ", "：", "|"]) + self.ffill(r.choice(P["short"]), s)
        else:
            lb, rb = r.choice([("【", "】"), ("【", "】"), ("★", "★"), ("◆", ""), ("", "！"), ("【", ""), ("", "★")])
            t = lb + self.ffill(r.choice(P["short"]), s) + rb
        return t

    def oc_menu(self):
        r = self.rng
        P = self.fam["operator_copy"]
        items = r.sample(P["menu"], r.randint(5, 12))
        sep = r.choice([" | ", "  ", " ", "·", "/", "丨", "｜", " - ", "\u3000"])
        t = sep.join(items)
        if r.random() < 0.4:
            t = self.cp_brand()[1] + r.choice([" ", "  ", "\u3000"]) + t
        if r.random() < 0.3:
            t += r.choice([" 登录 注册", " 免费开户", " 立即注册", " 试玩"])
        return t

    def oc_paragraph(self):
        r = self.rng
        P = self.fam["operator_copy"]
        s = self.oc_slots()
        heading = self.ffill(r.choice(["【新会员首存优惠】", "活动内容：", "活动规则：", "优惠详情：", "代理加盟：", "会员条款",
                                       "存款说明：", "提款须知：", "一、总则", "【{B}返水活动】", "温馨提示：", "责任博彩：",
                                       "", "", "申请方式：", "活动对象：全体会员。", "{B}合营计划"]), s)
        picked = [self.ffill(x, s) for x in r.sample(P["sentences"], r.randint(2, 8))]
        style = r.choice(["", "", "{i}.", "{i}、", "（{i}）", "{c}、", "第{c}条 "])
        if style:
            picked = [style.format(i=i + 1, c=CN_DIGITS[i]) + x for i, x in enumerate(picked)]
        body = r.choice(["", "", " "]).join(picked)
        t = (heading + (" " if heading and r.random() < 0.5 else "") + body) if heading else body
        if r.random() < 0.2:
            t += self.ffill(r.choice(["如有疑问请联系在线客服。", "客服{wxc}", "最新网址：{url}"]), s)
        return t

    def build_operator_copy(self):
        r = self.rng
        P = self.fam["operator_copy"]
        c = "operator_copy"

        def short_q():
            t = self.short(self.oc_short)
            return (t, "query") if t else None

        self.add_all([short_q() for _ in range(70)], c, "query")
        self.add_all([self.oc_short() for _ in range(60)], c, "title")
        self.add_all([self.oc_menu() for _ in range(45)], c, "title")
        self.add_all([self.ffill(r.choice(P["sentences"]), self.oc_slots()) for _ in range(135)], c, "sentence")
        self.add_all([self.oc_paragraph() for _ in range(110)], c, "paragraph")
        self.add_all([self.ffill(r.choice(P["notices"]), self.oc_slots()) for _ in range(40)], c, "sentence")
        self.add_all([self.ffill(r.choice(P["trad"]), self.oc_slots()) for _ in range(30)], c, "sentence")
        self.add_all([self.list_item_of(self.oc_short(), [lambda: self.ffill(self.fp(c, "sentences"), self.oc_slots())])
                      for _ in range(25)], c, "list_item")

    # cheating_device ------------------------------------------------------------------------
    def cd_slots(self):
        r = self.rng
        P = self.fam["cheating_device"]
        apps = r.sample(P["apps"], 2)
        devs = r.sample(P["devices"], 3)
        cws = r.sample(P["cheat words"], 2)
        d = self.common_slots(glyph=0.4)
        d.update({"app": apps[0], "app2": apps[1], "dev": devs[0], "dev2": devs[1], "dev3": devs[2],
                  "cw": cws[0], "cw2": cws[1]})
        return d

    def cd_query(self):
        r = self.rng
        P = self.fam["cheating_device"]

        def make():
            app, dev, cw = r.choice(P["apps"]), r.choice(P["devices"]), r.choice(P["cheat words"])
            f = r.random()
            if f < 0.4:
                q = app + cw
            elif f < 0.5:
                q = app + "怎么" + r.choice(["开挂", "透视", "看牌", "赢", "拿好牌", "作弊", "控制输赢"])
            elif f < 0.7:
                q = dev + r.choice(["多少钱", "哪里买", "价格", "批发", "图片", "原理", "厂家", "怎么用", "", "哪里有卖"])
            elif f < 0.78:
                q = r.choice(CITIES) + dev
            elif f < 0.88:
                q = "手机" + r.choice(["麻将", "棋牌", "斗地主", "炸金花", "牛牛"]) + r.choice(["开挂", "辅助", "外挂", "透视", "作弊器", "神器"])
            else:
                q = app + r.choice(["有挂吗", "有没有挂", "是不是有挂", "挂怎么开", "辅助下载"])
            return self.obf_query(q, p=0.25)

        return self.short(make)

    def cd_body(self):
        r = self.rng
        P = self.fam["cheating_device"]
        s = self.cd_slots()
        body = P["body"]
        idx = r.sample(range(len(body)), r.randint(3, 7))
        if r.random() < 0.5:
            idx.sort()
        parts = [self.ffill(body[i], s) for i in idx]
        if r.random() < 0.3:
            parts.insert(0, self.ffill(r.choice(P["titles"]), s) + r.choice(["", " ", "\u3000"]))
        txt = "".join(parts)
        if r.random() < 0.3:  # inserted into a news body
            txt = self.news_sentence() + txt + (self.news_sentence() if r.random() < 0.6 else "")
        return txt

    def build_cheating_device(self):
        r = self.rng
        P = self.fam["cheating_device"]
        c = "cheating_device"
        self.add_all([self.cd_query() for _ in range(95)], c, "query")
        self.add_all([self.ffill(r.choice(P["titles"]), self.cd_slots()) for _ in range(120)], c, "title")
        self.add_all([self.ffill(r.choice(P["sentences"]), self.cd_slots()) for _ in range(110)], c, "sentence")
        self.add_all([self.cd_body() for _ in range(75)], c, "paragraph")
        summaries = [lambda: self.recycled(max_len=80), lambda: self.ffill(self.fp(c, "body"), self.cd_slots())]
        self.add_all([self.list_item_of(self.ffill(r.choice(P["titles"]), self.cd_slots()), summaries)
                      for _ in range(35)], c, "list_item")
        self.add_all([self.ffill(r.choice(P["trad"]), self.cd_slots()) for _ in range(25)], c, "sentence")

    # blackhat_seo ---------------------------------------------------------------------------
    def bh_slots(self):
        r = self.rng
        P = self.fam["blackhat_seo"]
        svcs = r.sample(P["services"], 4)
        kwts = r.sample(P["grey"], 3)
        d = self.common_slots(glyph=0.45)
        d.update({"svc": svcs[0], "svc2": svcs[1], "svc3": svcs[2], "svc4": svcs[3],
                  "kwt": kwts[0], "kwt2": kwts[1], "kwt3": kwts[2], "tag": lambda: rand_tag(r)})
        return d

    def bh_token(self, s):
        r = self.rng
        return r.choice([s["tg"], s["tg"], s["url"], s["wxc"], s["qqc"]])()

    def bh_bracket(self):
        r = self.rng
        P = self.fam["blackhat_seo"]
        s = self.bh_slots()
        pair = r.choice(P["brackets"])
        lb, rb = pair[0], pair[1]
        tok = self.bh_token(s)
        box = f"{lb}{tok}{rb}"
        svcs = [s["svc"], s["svc2"], s["svc3"], s["svc4"]][: r.randint(1, 4)]
        shape = r.random()
        if shape < 0.3:
            t = box.join(svcs) + box
        elif shape < 0.5:
            t = box + "".join(svcs) + box
        elif shape < 0.7:
            t = "".join(f"{x}{box}" for x in svcs)
        elif shape < 0.85:
            t = f"{svcs[0]}{box}" * r.randint(2, 4)
        else:
            t = f"{box}{r.choice(svcs)}{r.choice(P['claims'])}{box}"
            t = self.fill.fill(t)
        if r.random() < 0.3:
            t = t.replace(tok, tok.replace(" ", ""))
        tag = rand_tag(r)
        return t + (r.choice(["", " "]) + tag if tag else "")

    def bh_query(self):
        r = self.rng
        P = self.fam["blackhat_seo"]

        def make():
            svc = r.choice(P["services"])
            f = r.random()
            if f < 0.5:
                q = svc + r.choice(["出租", "程序", "多少钱", "哪家好", "教程", "源码", "价格", "服务", "租用", "搭建", "",
                                    "代做", "外包", "公司"])
            elif f < 0.75:
                q = r.choice(P["grey"]) + r.choice(["", "词"]) + svc
            elif f < 0.9:
                q = svc + r.choice(P["services"])
            else:
                q = r.choice(P["grey"]) + r.choice(["排名", "推广", "引流", "霸屏", "收录"])
            return self.obf_query(q, p=0.2)

        return self.short(make)

    def bh_paragraph(self):
        r = self.rng
        P = self.fam["blackhat_seo"]
        s = self.bh_slots()
        parts = [self.ffill(x, s) for x in r.sample(P["sentences"], r.randint(2, 4))]
        if r.random() < 0.5:
            parts.insert(r.randint(0, len(parts)), "、".join(self.fill.fill(x) for x in r.sample(P["claims"], r.randint(3, 6))))
        if r.random() < 0.5:
            parts.append(self.bh_bracket())
        return r.choice(["。", "，", " ", "！"]).join(parts)

    def build_blackhat_seo(self):
        r = self.rng
        P = self.fam["blackhat_seo"]
        c = "blackhat_seo"
        self.add_all([self.bh_bracket() for _ in range(130)], c, "title")
        self.add_all([self.bh_query() for _ in range(70)], c, "query")
        self.add_all([self.ffill(r.choice(P["titles"]), self.bh_slots()) for _ in range(95)], c, "title")
        self.add_all([self.ffill(r.choice(P["sentences"]) + r.choice(["", "", " {tag}"]), self.bh_slots())
                      for _ in range(105)], c, "sentence")
        self.add_all([self.bh_paragraph() for _ in range(50)], c, "paragraph")
        self.add_all([self.list_item_of(self.ffill(r.choice(P["titles"]), self.bh_slots()),
                                        [lambda: self.recycled(max_len=80), lambda: self.ffill(self.fp(c, "sentences"), self.bh_slots())])
                      for _ in range(25)], c, "list_item")

    # stuffing -------------------------------------------------------------------------------
    def st_code(self):
        r = self.rng
        return "".join(r.choice(string.ascii_uppercase) for _ in range(r.randint(2, 5))) + r.choice(["-", "-", "", "_"]) + str(r.randint(10, 999)).zfill(3)

    def st_film(self):
        r = self.rng
        P = self.fam["stuffing"]
        f = r.random()
        a, b = r.sample(P["film parts"], 2)
        tail = r.choice(P["film tails"])
        if f < 0.5:
            name = a + ("" if tail.startswith("之") else r.choice(["的", "", "之"])) + tail
        else:
            name = a + b + tail
        if r.random() < 0.4:
            name = r.choice([f"{self.st_code()} ", f"[{self.st_code()}]", ""]) + name
        if r.random() < 0.4:
            name += r.choice(P["adult words"])
        return name

    def st_word(self, mode):
        r = self.rng
        P = self.fam["stuffing"]
        if mode == "adult":
            pool = [lambda: r.choice(P["adult"])] * 6 + [self.st_film, self.st_code, lambda: r.choice(P["generic"])]
        elif mode == "gambling":
            pool = [lambda: r.choice(P["gambling words"])] * 4 + [lambda: self.cp_brand()[1]] * 3 + [lambda: r.choice(P["generic"])]
        else:
            pool = [lambda: r.choice(P["adult"]), lambda: r.choice(P["gambling words"]), lambda: self.cp_brand()[1],
                    self.st_film, lambda: r.choice(P["generic"]), lambda: domain(r)]
        return r.choice(pool)()

    def st_run(self, n=None):
        r = self.rng
        mode = r.choice(["adult", "adult", "mixed", "gambling", "mixed"])
        n = n or r.choice([r.randint(3, 6), r.randint(6, 15), r.randint(15, 40), r.randint(40, 70)])
        items = [self.st_word(mode) for _ in range(n)]
        P = self.fam["stuffing"]
        strong = set(P["adult"]) | set(P["gambling words"])
        if not any(x in strong or any(c.isascii() and c.isalnum() for c in x) for x in items):
            items[0] = r.choice(P["adult"])  # a run needs at least one term that is not generic
        if r.random() < 0.2:  # one keyword repeated through the block
            kw = items[0]
            items = [kw if i % r.randint(2, 3) == 0 else x for i, x in enumerate(items)]
        sep = r.choice([" ", " ", ",", "，", "|", "、", "  ", "", "_", " - "])
        return sep.join(items)

    def st_links(self):
        r = self.rng
        f = r.random()
        n = r.randint(3, 25)
        if f < 0.35:
            links = [obf_domain(domain(r), r) if r.random() < 0.25 else domain(r) for _ in range(n)]
        elif f < 0.6:
            links = [f"{self.st_word('mixed')} {domain(r)}" for _ in range(n)]
        elif f < 0.8:
            host = domain(r)
            links = [f"{host}/{r.choice(['html', 'news', 'video', 'play', 'vod', 'a'])}/{r.randint(2020, 2026)}{r.randint(100, 9999)}.html"
                     for _ in range(n)]
        else:
            links = [f"{domain(r)}/?id={r.randint(10, 99999)}" for _ in range(n)]
        sep = r.choice([" ", "  ", " | ", "\u3000", ",", "；"])
        head = r.choice(["", "", "友情链接：", "友情链接 ", "合作网站：", "推荐网站 ", "热门站点："])
        return head + sep.join(links)

    def st_p2p(self):
        r = self.rng
        out = []
        for _ in range(r.randint(1, 5)):
            name = self.st_film() if r.random() < 0.8 else self.st_run(n=r.randint(2, 4)).replace(" ", "_")
            ext = r.choice(["mp4", "avi", "mkv", "rmvb", "wmv"])
            if r.random() < 0.5:
                size = r.randint(100_000_000, 4_000_000_000)
                out.append(f"ed2k://|file|{name}.{ext}|{size}|{hexstr(r, 32, upper=True)}|/")
            else:
                dn = f"&dn={name}" if r.random() < 0.6 else ""
                out.append(f"magnet:?xt=urn:btih:{hexstr(r, 40, upper=r.random() < 0.5)}{dn}")
        if r.random() < 0.3:
            out.insert(0, r.choice(["种子下载：", "磁力链接：", "迅雷下载 ", "高清下载地址 "]))
        return r.choice([" ", "\u3000", "  ", ""]).join(out)

    def st_title(self):
        r = self.rng
        kws = [self.st_word(r.choice(["adult", "mixed"])) for _ in range(r.randint(2, 6))]
        return r.choice(["_", "-", "|", ",", " "]).join(kws) + r.choice(["", "", f"_{self.st_word('adult')}在线观看", "-免费高清"])

    def build_stuffing(self):
        r = self.rng
        c = "stuffing"

        def classify(t):
            n = visible_len(t)
            if n <= 14:
                return "query" if n >= 4 else None
            return "title" if n <= 40 else ("sentence" if n <= 110 else "paragraph")

        def emit(make, k):
            for _ in range(k):
                t = make()
                form = classify(t)
                if form:
                    self.add("spam", t, c, form)

        emit(self.st_run, 190)
        emit(self.st_links, 70)
        emit(self.st_p2p, 65)
        emit(self.st_title, 50)
        emit(lambda: f"{self.st_code()}{r.choice([' ', '', '_'])}{self.st_film()}{r.choice(self.fam[c]['adult words'])}", 30)
        emit(lambda: r.choice(["《", ""]) + f"{self.st_film()}" + r.choice(["》", ""]) + r.choice(["", "在线观看", "迅雷下载", "高清完整版"])
             + " " + " ".join(f"《{self.st_film()}》" for _ in range(r.randint(2, 8))), 30)
        emit(lambda: r.choice(self.fam[c]["adult"]) + r.choice(["", "在线", "免费看", "网站", "网址"]), 45)

    def build_new_families(self):
        self.build_casino_platform()
        self.build_lottery_platform()
        self.build_operator_copy()
        self.build_cheating_device()
        self.build_blackhat_seo()
        self.build_stuffing()
        r = self.rng
        # invisible characters and traditional script on top of the new families
        for fam in NEW_FAMILIES:
            base = [s for s in self.spam if s["category"] == fam and s["form"] != "query"]
            for s in r.sample(base, 25):
                self.add("spam", insert_invisible(s["text"], r, controls=r.random() < 0.15), fam, s["form"])
            if fam in ("casino_platform", "lottery_platform", "operator_copy", "cheating_device"):
                plain = [s for s in base if not any(c in s["text"] for c in ZERO_WIDTH)]
                for s in r.sample(plain, 25):
                    self.add("spam", to_trad(s["text"]), fam, s["form"])

    # -- finalise ---------------------------------------------------------------
    def finalise(self):
        def dedup(recs):
            seen, out = set(), []
            for x in recs:
                if x["text"] in seen or not x["text"]:
                    continue
                seen.add(x["text"])
                out.append(x)
            return out

        self.spam = dedup(self.spam)
        spam_texts = {x["text"] for x in self.spam}
        self.ham = [h for h in dedup(self.ham) if h["text"] not in spam_texts]
        self.rng.shuffle(self.spam)
        self.rng.shuffle(self.ham)


def dumps(rec):
    """json.dumps with invisible format characters written as \\uXXXX escapes."""
    s = json.dumps(rec, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cf", "Cc") else c for c in s)


def validate(paths):
    cats_spam = set(SPAM_FAMILY)
    forms = set(FORMS)
    stats = {}
    texts = {}
    for p in paths:
        label_counts, cat_counts, form_counts, hard, fam_counts = Counter(), Counter(), Counter(), Counter(), Counter()
        lens = []
        seen = set()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            rec = json.loads(line)
            assert set(rec) == {"text", "label", "category", "family", "form", "hard_negative"}, (p, i)
            assert rec["label"] in ("spam", "ham"), (p, i)
            assert rec["form"] in forms, (p, i, rec["form"])
            assert isinstance(rec["hard_negative"], bool), (p, i)
            n = visible_len(rec["text"])
            if rec["form"] == "query":
                assert 4 <= n <= 16, (p, i, "query form must be 4-16 visible characters")
            if rec["label"] == "spam":
                assert rec["category"] in cats_spam, (p, i)
                assert rec["family"] == SPAM_FAMILY[rec["category"]], (p, i, "family does not match category")
                assert not rec["hard_negative"], (p, i)
                assert rec["form"] == "query" or n >= 8, (p, i, "spam shorter than 8 characters")
            else:
                assert rec["category"] not in cats_spam, (p, i)
                assert rec["family"] == "news" or rec["family"] in FAMILIES, (p, i, rec["family"])
                assert rec["family"] == "news" or rec["hard_negative"], (p, i, "ham with a spam family must be hard")
            assert rec["text"] not in seen, (p, i, "duplicate")
            seen.add(rec["text"])
            label_counts[rec["label"]] += 1
            cat_counts[rec["category"]] += 1
            form_counts[rec["form"]] += 1
            fam_counts[(rec["family"], rec["hard_negative"])] += 1
            hard[rec["hard_negative"]] += 1
            lens.append(len(rec["text"]))
        texts[p.name] = seen
        fams = Counter()
        for (f, _), v in fam_counts.items():
            fams[f] += v
        stats[p.name] = dict(lines=len(lens), unique=len(seen), labels=dict(label_counts),
                             categories=dict(sorted(cat_counts.items())), forms=dict(form_counts),
                             families=dict(sorted(fams.items())),
                             hard_by_family=dict(sorted((f, v) for (f, h), v in fam_counts.items() if h)),
                             hard_negative=hard[True], min_len=min(lens), max_len=max(lens),
                             mean_len=round(sum(lens) / len(lens), 1))
    names = list(texts)
    overlap = set.intersection(*texts.values()) if len(names) > 1 else set()
    return stats, len(overlap)


def counts_markdown(paths):
    lines = []
    recs_by = {p.name: [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines()] for p in paths}
    # per family, both files
    lines.append("### Families")
    lines.append("")
    lines.append("| family | spam | ham | ham hard_negative | spam forms |")
    lines.append("| --- | ---: | ---: | ---: | --- |")
    allrecs = [r for p in paths for r in recs_by[p.name]]
    for fam in ["news", *FAMILIES]:
        sp = [r for r in allrecs if r["family"] == fam and r["label"] == "spam"]
        hm = [r for r in allrecs if r["family"] == fam and r["label"] == "ham"]
        fc = Counter(r["form"] for r in sp)
        f = ", ".join(f"{k} {v}" for k, v in sorted(fc.items()))
        lines.append(f"| {fam} | {len(sp)} | {len(hm)} | {sum(r['hard_negative'] for r in hm)} | {f} |")
    lines.append("")
    for p in paths:
        recs = recs_by[p.name]
        cat, hard, forms, fam = Counter(), Counter(), {}, {}
        for r in recs:
            cat[r["category"]] += 1
            hard[r["category"]] += r["hard_negative"]
            forms.setdefault(r["category"], Counter())[r["form"]] += 1
            fam.setdefault(r["category"], Counter())[r["family"]] += 1
        lines.append(f"### {p.name}: {len(recs)} lines, {len({r['text'] for r in recs})} unique, "
                     f"{sum(hard.values())} hard negatives")
        lines.append("")
        lines.append("| category | families | lines | hard_negative | forms |")
        lines.append("| --- | --- | ---: | ---: | --- |")
        for c in sorted(cat):
            f = ", ".join(f"{k} {v}" for k, v in sorted(forms[c].items()))
            fm = ", ".join(f"{k} {v}" if len(fam[c]) > 1 else k for k, v in sorted(fam[c].items()))
            lines.append(f"| {c} | {fm} | {cat[c]} | {hard[c]} | {f} |")
        fc = Counter(r["form"] for r in recs)
        lines.append("")
        lines.append("Forms: " + ", ".join(f"{k} {v}" for k, v in sorted(fc.items())))
        if p.name == "ham.jsonl":
            news = sum(v for k, v in cat.items() if k.startswith("news_"))
            topics = sum(1 for k in cat if k.startswith("news_"))
            lines.append(f"News lines (news_* categories): {news} across {topics} topics.")
        lines.append("")
    return "\n".join(lines)


def update_readme(paths):
    readme = HERE / "README.md"
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start not in text or end not in text:
        return
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{start}\n{counts_markdown(paths)}\n{end}{tail}", encoding="utf-8")


def main():
    b = Builder()
    b.build_spam()
    b.build_ham()
    b.finalise()
    for name, recs in (("spam.jsonl", b.spam), ("ham.jsonl", b.ham)):
        (HERE / name).write_text("".join(dumps(r) + "\n" for r in recs), encoding="utf-8")
    stats, overlap = validate([HERE / "spam.jsonl", HERE / "ham.jsonl"])
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print("lines shared between spam.jsonl and ham.jsonl:", overlap)
    update_readme([HERE / "spam.jsonl", HERE / "ham.jsonl"])
    if "--check" in sys.argv:
        sp, hm = stats["spam.jsonl"], stats["ham.jsonl"]
        assert sp["lines"] >= 2200 and hm["lines"] >= 3200
        assert hm["lines"] >= sp["lines"], "ham must be at least as large as spam"
        assert sp["families"].get("fangka", 0) >= 1500
        for fam in NEW_FAMILIES:
            assert sp["families"].get(fam, 0) >= 400, (fam, "fewer than 400 spam lines")
            assert hm["hard_by_family"].get(fam, 0) >= 250, (fam, "fewer than 250 hard negatives")
        assert overlap == 0
        print("check passed")


if __name__ == "__main__":
    main()
