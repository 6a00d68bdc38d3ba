#!/usr/bin/env python3
"""Expands the team-written labelled replies (qa_labelled.src) into qa_labelled.jsonl with full contexts.

Each source line is `preset|expected kinds (comma-separated, - for none)|lang|reply`. The replies and labels were
written by the Panorama team from docs/policy.md (not generated); this script only attaches the order/conversation
context each preset names, so every JSONL line is self-contained for `panoramactl qa eval`.
Every third line (index % 3 == 2) is in the held-out "test" split: rules are tuned on "dev" only.
"""
import json
import pathlib
import sys

NOW = "2026-03-10T10:00:00+08:00"


def ts(seconds_before):
    from datetime import datetime, timedelta
    t = datetime.fromisoformat(NOW) - timedelta(seconds=seconds_before)
    return t.isoformat()


def delivered(days):
    from datetime import datetime, timedelta
    return (datetime.fromisoformat(NOW) - timedelta(days=days)).isoformat()


OPENED = [
    {"role": "customer", "text": "你好，想咨询一下我的订单", "at": ts(90)},
    {"role": "agent", "text": "您好，很高兴为您服务，请稍等。", "at": ts(80)},
]


def ctx(tier="gold", days=5, category="tops", final_sale=False, status="delivered", ship="delivered",
        messages=None, closed=False, previous=None, channel="chat"):
    c = {
        "now": NOW, "channel": channel, "customer": {"tier": tier},
        "order": {"id": "LL20260301001", "status": status, "category": category, "final_sale": final_sale},
        "shipment": {"state": ship, "tracking": "SF1234567890123"},
        "conversation": {"messages": OPENED if messages is None else messages, "closed": closed},
        "previous_contacts": previous or [],
    }
    if days is not None:
        c["order"]["delivered_at"] = delivered(days)
    return c


PRESETS = {
    # Returns by tier and delivery age (windows: regular 7, silver 15, gold 30, platinum 45 days).
    "R3": ctx("regular", 3), "R10": ctx("regular", 10), "S10": ctx("silver", 10), "S20": ctx("silver", 20),
    "G20": ctx("gold", 20), "G40": ctx("gold", 40), "P40": ctx("platinum", 40), "P50": ctx("platinum", 50),
    # Excluded categories (delivered 3 days ago, gold).
    "UW": ctx("gold", 3, "underwear"), "SWIM": ctx("gold", 3, "swimwear"), "SOCK": ctx("gold", 3, "socks"),
    "CUST": ctx("gold", 3, "customised"), "FS": ctx("gold", 3, "tops", final_sale=True),
    # Shipment states (not delivered yet).
    "TRANSIT": ctx("gold", None, status="shipped", ship="in_transit"),
    "OUT": ctx("gold", None, status="shipped", ship="out_for_delivery"),
    "PENDING": ctx("gold", None, status="paid", ship="pending"),
    "PACKED": ctx("gold", None, status="packed", ship="pending"),
    "EXC": ctx("gold", None, status="shipped", ship="exception"),
    "RPAID": ctx("regular", None, status="paid", ship="pending"),
    "RTRANSIT": ctx("regular", None, status="shipped", ship="in_transit"),
    # Conversation situations.
    "FIRST": ctx("gold", 5, messages=[{"role": "customer", "text": "在吗？我想问下尺码", "at": ts(30)}]),
    "FIRST_EN": ctx("gold", 5, messages=[{"role": "customer", "text": "Hi, I have a question about sizing", "at": ts(30)}]),
    "LATE": ctx("gold", 5, messages=[{"role": "customer", "text": "请问我的包裹到哪了", "at": ts(300)}]),
    "LATE_EN": ctx("gold", 5, messages=[{"role": "customer", "text": "Where is my parcel?", "at": ts(300)}]),
    "CLOSE": ctx("gold", 5, closed=True),
    "ESC": ctx("gold", 5, messages=OPENED + [{"role": "customer", "text": "再不解决我就打12315投诉你们", "at": ts(20)}]),
    "ESC_EN": ctx("gold", 5, messages=OPENED + [{"role": "customer", "text": "Fix this or my lawyer will contact you.", "at": ts(20)}]),
    "CALM": ctx("gold", 5, messages=OPENED + [{"role": "customer", "text": "我不想投诉，只是想换个尺码", "at": ts(20)}]),
    "NEG": ctx("gold", 5, messages=[
        {"role": "customer", "text": "你好，衣服收到了，谢谢", "at": ts(300)},
        {"role": "agent", "text": "您好，感谢您的支持。", "at": ts(290)},
        {"role": "customer", "text": "结果一洗就掉色，太差了，真的很失望", "at": ts(30)}]),
    "NEG_EN": ctx("gold", 5, messages=[
        {"role": "customer", "text": "Hi, got the coat, thanks", "at": ts(300)},
        {"role": "agent", "text": "Hello, glad it arrived.", "at": ts(290)},
        {"role": "customer", "text": "The zip broke on day one. Terrible, I'm really disappointed.", "at": ts(30)}]),
    "HAPPY": ctx("gold", 5, messages=[
        {"role": "customer", "text": "衣服有点问题", "at": ts(300)},
        {"role": "agent", "text": "您好，我来帮您看看。", "at": ts(290)},
        {"role": "customer", "text": "好的，谢谢，换货就很满意了", "at": ts(30)}]),
    "REPEAT": ctx("gold", 5, previous=[{"at": ts(20 * 3600), "order_id": "LL20260301001"}]),
    "REPEAT_OLD": ctx("gold", 5, previous=[{"at": ts(60 * 3600), "order_id": "LL20260301001"}]),
    "REPEAT_OTHER": ctx("gold", 5, previous=[{"at": ts(5 * 3600), "order_id": "LL20260220007"}]),
}

KINDS = {"promise", "phrase", "sensitive", "conversation", "offensive"}


def main():
    here = pathlib.Path(__file__).resolve().parent
    src = here / "qa_labelled.src"
    out = here / "qa_labelled.jsonl"
    lines = []
    n = 0
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("|", 3)
        if len(parts) != 4:
            sys.exit(f"{src}:{lineno}: expected preset|kinds|lang|text")
        preset, kinds, lang, text = (p.strip() for p in parts)
        if preset not in PRESETS:
            sys.exit(f"{src}:{lineno}: unknown preset {preset}")
        expected = [] if kinds == "-" else kinds.split(",")
        if not set(expected) <= KINDS or lang not in ("zh-Hans", "zh-Hant", "en"):
            sys.exit(f"{src}:{lineno}: bad kinds or lang")
        lines.append(json.dumps({"id": f"qa{n:03d}", "split": "test" if n % 3 == 2 else "dev", "lang": lang,
                                 "preset": preset, "text": text, "expected": expected,
                                 "context": PRESETS[preset]}, ensure_ascii=False))
        n += 1
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{n} replies -> {out}")


if __name__ == "__main__":
    main()
