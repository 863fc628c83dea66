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


def contact_block(rng, kind="wx"):
    if kind == "wx":
        label, ident = rng.choice(WX_LABELS), wechat_id(rng)
    elif kind == "qq":
        label, ident = rng.choice(QQ_LABELS), qq_number(rng)
    else:
        label, ident = rng.choice(TEL_LABELS), phone_number(rng)
        if rng.random() < 0.4:
            ident = ident[:3] + rng.choice(["-", " ", ""]) + ident[3:7] + rng.choice(["-", " ", ""]) + ident[7:]
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
# corpus builder
# ---------------------------------------------------------------------------

HARD_CATS = {"police", "hotel", "gamedev", "lottery", "game_review", "phone_review"}
HARD_VOCAB = [
    "房卡", "牛牛", "金花", "斗牛", "十三水", "推筒子", "跑得快", "麻将", "棋牌", "赌", "博彩", "百家乐",
    "彩票", "彩民", "体彩", "福彩", "大乐透", "双色球", "竞彩", "七星彩", "微信", "QQ", "登录器", "现金网",
    "套现", "发票", "刷单", "贷款", "澳门", "扑克", "斗地主", "掼蛋", "捕鱼", "返水", "彩金", "上下分",
    "代理", "充值", "裸聊", "约炮", "电话", "热线", "娱乐城", "贵宾会", "兼职", "征信", "购彩",
]


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
        self.hard = {}  # category -> {"titles": [...], "sentences": [...]}
        for p in sorted((POOLS / "hard").glob("*.txt")):
            for sec, lines in load_sections(p).items():
                cat, kind = sec.rsplit(" ", 1)
                self.hard.setdefault(cat, {"titles": [], "sentences": []})[kind].extend(lines)
        self.harmless = {}
        for sec, lines in load_sections(POOLS / "harmless.txt").items():
            cat, kind = sec.rsplit(" ", 1)
            self.harmless.setdefault(cat, {"titles": [], "sentences": []})[kind].extend(lines)
        self.sp = load_sections(POOLS / "spam.txt")
        self.harmless_sentences = [s for c in sorted(self.harmless) for s in self.harmless[c]["sentences"]]

    # -- output -------------------------------------------------------------
    def add(self, label, text, category, form, hard=None):
        text = text.strip(" ")
        if label == "ham":
            if hard is None:
                hard = category in HARD_CATS or any(v in text for v in HARD_VOCAB)
        else:
            hard = False
        rec = {"text": text, "label": label, "category": category, "form": form, "hard_negative": bool(hard)}
        (self.spam if label == "spam" else self.ham).append(rec)

    # -- ham ------------------------------------------------------------------
    LEADS = [
        "据{city}日报报道，", "记者{month}月{day}日从{city}市有关部门获悉，", "{city}讯 ", "本报讯 ",
        "新华社{city}{month}月{day}日电 ", "（{city}晚报记者 {name}）", "{month}月{day}日，", "另据了解，",
        "中新网{city}{month}月{day}日电 ", "记者注意到，", "近日，", "据央视新闻报道，", "{city}新闻网讯 ",
        "【{city}日报】", "（记者{name} 通讯员{name}）", "据{city}发布消息，",
    ]
    TITLE_DECOR = [
        "{t}_{city}新闻网", "{t} - {city}日报", "{t}（图）", "【{city}晚报】{t}", "{t}_新闻频道",
        "{t}|{city}在线", "{t}——{city}新闻", "{t}（组图）", "{t}_手机{city}网", "快讯：{t}",
        "{t}-新闻中心", "{t}_财经头条", "视频｜{t}", "{t}_{prov}网",
    ]
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

    def emit_topic(self, cat, titles, sentences, n_list=0, n_para=None, list_cat="list_item"):
        r = self.rng
        topic = self.topic_of(cat)
        for t in titles:
            self.add("ham", self.fill.fill(t, topic), cat, "title")
            if has_slots(t) or r.random() < 0.55:
                dec = r.choice(self.TITLE_DECOR)
                self.add("ham", self.fill.fill(dec.replace("{t}", self.fill.fill(t, topic))), cat, "title")
        for s in sentences:
            self.add("ham", self.fill.fill(s, topic), cat, "sentence")
            if r.random() < 0.85:
                self.add("ham", self.sentence_with_lead(s, topic), cat, "sentence")
        if n_para is None:
            n_para = max(3, len(sentences) // 2)
        for _ in range(n_para):
            k = min(len(sentences), r.choice([2, 2, 3, 3, 4, 5, 6]))
            picked = r.sample(sentences, k)
            self.add("ham", "".join(self.fill.fill(s, topic) for s in picked), cat, "paragraph")
        for _ in range(n_list):
            t = self.fill.fill(r.choice(titles), topic)
            s = self.summary_of(self.fill.fill(r.choice(sentences), topic))
            if r.random() < 0.12:
                s = f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} " + s
            self.add("ham", t + r.choice(self.LIST_SEPS) + s, list_cat, "list_item")

    def build_ham(self):
        for topic in sorted(self.news):
            d = self.news[topic]
            self.emit_topic("news_" + topic, d["titles"], d["sentences"], n_list=26)
        for cat in sorted(self.hard):
            d = self.hard[cat]
            n_list = 30 if not cat.startswith("news_") else 6
            list_cat = cat if not cat.startswith("news_") else "list_item"
            self.emit_topic(cat, d["titles"], d["sentences"], n_list=n_list, list_cat=list_cat)
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
                self.add("ham", "".join(self.rng.sample(d["sentences"], self.rng.randint(2, 3))), cat, "paragraph")
            for _ in range(len(d["sentences"]) // 2):
                t = self.fill.fill(self.rng.choice(d["titles"]), "tech")
                self.add("ham", t + self.rng.choice(self.LIST_SEPS) + self.summary_of(self.rng.choice(d["sentences"])),
                         cat, "list_item")
        # a few genuine lines carrying a stray BOM / zero-width space (copy-paste residue)
        stray = self.rng.sample([h for h in self.ham if h["form"] in ("sentence", "title")], 30)
        for h in stray:
            t = h["text"]
            if self.rng.random() < 0.5:
                t = "\ufeff" + t
            else:
                k = self.rng.randint(1, len(t) - 1)
                t = t[:k] + "\u200b" + t[k:]
            self.add("ham", t, h["category"], h["form"])

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
            "wxc": lambda: contact_block(r, "wx"),
            "qqc": lambda: contact_block(r, "qq"),
            "telc": lambda: contact_block(r, "tel"),
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
        for _ in range(420):
            self.add("spam", self.hype_title(), "gambling", "title")
        for _ in range(560):
            self.add("spam", self.list_item(self.hype_title()), "gambling", "list_item")
        for _ in range(40):
            self.add("spam", self.list_item(f"{self.pick('hype')}{r.choice('!！')}{self.pick('games')}房卡{self.pick('prices')}"), "gambling", "list_item")
        # 2. parasite titles and posts
        for _ in range(330):
            self.add("spam", self.parasite_title(), "gambling", "title")
        for _ in range(260):
            self.add("spam", self.parasite_paragraph(), "gambling", "paragraph")
        # 3. sales pitches with contact blocks / prices
        for _ in range(420):
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
        for _ in range(380):
            self.add("spam", self.casino_title(), "casino_brand", "title")
        for _ in range(60):
            self.add("spam", self.list_item(self.casino_title()), "casino_brand", "list_item")
        for _ in range(150):
            self.add("spam", self.keywords_block(), "casino_brand", "paragraph")
        for _ in range(140):
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
    cats_spam = {"gambling", "contact", "porn", "fraud", "casino_brand"}
    forms = {"sentence", "title", "list_item", "paragraph"}
    stats = {}
    texts = {}
    for p in paths:
        label_counts, cat_counts, form_counts, hard = Counter(), Counter(), Counter(), Counter()
        lens = []
        seen = set()
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            rec = json.loads(line)
            assert set(rec) == {"text", "label", "category", "form", "hard_negative"}, (p, i)
            assert rec["label"] in ("spam", "ham"), (p, i)
            assert rec["form"] in forms, (p, i, rec["form"])
            assert isinstance(rec["hard_negative"], bool), (p, i)
            if rec["label"] == "spam":
                assert rec["category"] in cats_spam, (p, i)
                assert not rec["hard_negative"], (p, i)
                assert len(rec["text"]) >= 8, (p, i, "spam shorter than 8 characters")
            else:
                assert rec["category"] not in cats_spam, (p, i)
            assert rec["text"] not in seen, (p, i, "duplicate")
            seen.add(rec["text"])
            label_counts[rec["label"]] += 1
            cat_counts[rec["category"]] += 1
            form_counts[rec["form"]] += 1
            hard[rec["hard_negative"]] += 1
            lens.append(len(rec["text"]))
        texts[p.name] = seen
        stats[p.name] = dict(lines=len(lens), unique=len(seen), labels=dict(label_counts),
                             categories=dict(sorted(cat_counts.items())), forms=dict(form_counts),
                             hard_negative=hard[True], min_len=min(lens), max_len=max(lens),
                             mean_len=round(sum(lens) / len(lens), 1))
    names = list(texts)
    overlap = set.intersection(*texts.values()) if len(names) > 1 else set()
    return stats, len(overlap)


def counts_markdown(paths):
    lines = []
    for p in paths:
        recs = [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines()]
        cat, hard, forms = Counter(), Counter(), {}
        for r in recs:
            cat[r["category"]] += 1
            hard[r["category"]] += r["hard_negative"]
            forms.setdefault(r["category"], Counter())[r["form"]] += 1
        lines.append(f"### {p.name}: {len(recs)} lines, {len({r['text'] for r in recs})} unique, "
                     f"{sum(hard.values())} hard negatives")
        lines.append("")
        lines.append("| category | lines | hard_negative | forms |")
        lines.append("| --- | ---: | ---: | --- |")
        for c in sorted(cat):
            f = ", ".join(f"{k} {v}" for k, v in sorted(forms[c].items()))
            lines.append(f"| {c} | {cat[c]} | {hard[c]} | {f} |")
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
        assert stats["spam.jsonl"]["lines"] >= 2200 and stats["ham.jsonl"]["lines"] >= 3200
        assert overlap == 0


if __name__ == "__main__":
    main()
