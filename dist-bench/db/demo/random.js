"use strict";
// Deterministic randomness for the demo data: one small seeded PRNG (mulberry32) and a few helpers.
// Nothing here touches Math.random, so the same seed always yields the same district.
Object.defineProperty(exports, "__esModule", { value: true });
exports.mulberry32 = mulberry32;
exports.mixSeed = mixSeed;
exports.hashString = hashString;
exports.intBetween = intBetween;
exports.pick = pick;
exports.pickWeighted = pickWeighted;
exports.pickSome = pickSome;
exports.chineseName = chineseName;
/** mulberry32: a 32-bit seeded PRNG returning floats in [0, 1). Small, fast, good enough for demo data. */
function mulberry32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Mixes integers into one 32-bit seed (murmur3 finalizer over each input), for per-record generators. */
function mixSeed(...parts) {
    let h = 0x811c9dc5;
    for (const part of parts) {
        // Split values beyond 32 bits so large indices and seeds still mix fully.
        const low = part >>> 0;
        const high = Math.floor(part / 4294967296) >>> 0;
        h = fmix32(h ^ low);
        h = fmix32(h ^ high ^ 0x9e3779b9);
    }
    return h >>> 0;
}
function fmix32(x) {
    let h = x >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a string. */
function hashString(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** An integer in [min, max], both inclusive. */
function intBetween(rng, min, max) {
    return min + Math.floor(rng() * (max - min + 1));
}
function pick(rng, items) {
    return items[Math.floor(rng() * items.length)];
}
/** Picks by weight; entries with weight 0 are never picked. */
function pickWeighted(rng, entries) {
    let total = 0;
    for (const [, weight] of entries)
        total += weight;
    let r = rng() * total;
    for (const [item, weight] of entries) {
        if (weight <= 0)
            continue;
        r -= weight;
        if (r < 0)
            return item;
    }
    // Floating-point edge: the last entry with a positive weight.
    for (let i = entries.length - 1; i >= 0; i--)
        if (entries[i][1] > 0)
            return entries[i][0];
    throw new RangeError('pickWeighted needs at least one positive weight');
}
/** k distinct items (k clamped to the list), in the list's own order. */
function pickSome(rng, items, k) {
    const n = Math.min(k, items.length);
    const chosen = new Set();
    while (chosen.size < n)
        chosen.add(Math.floor(rng() * items.length));
    return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
}
// Surnames, repeated roughly by frequency; 沈、陆、顾、朱、金、钱、姚、施、俞 are common in 金山 and weighted up.
const SURNAMES = [
    ...'张张张王王王李李陈陈沈沈沈朱朱朱陆陆陆顾顾徐徐金金杨周吴黄钱姚施俞蒋孙胡高潘曹卫倪瞿',
    ...'赵刘马郭何林罗郑梁谢宋唐许韩冯邓彭曾肖田董袁于蔡余杜叶程苏魏吕丁任卢姜崔钟谭汪范石',
    ...'廖夏方邹孟秦江薛雷侯史陶贺毛龚邵万严武戴汤',
];
const GIVEN = [
    ...'伟强磊军勇杰涛斌超明华平刚辉建国文俊峰浩宇晨鹏飞林海波健亮彬志永新忠德荣根福宏晶云',
    ...'敏静丽芳娟霞燕玲婷雪琳颖洁慧倩佳怡欣晓春红梅兰英秀丹萍雯蕾璐嘉思子一立卫东明良振锋',
    ...'雨欣泽天逸凯伦安琪瑶诗梦楠悦昊然家豪翔宁',
];
/** A plausible Chinese personal name: a surname and one or two given-name characters. */
function chineseName(rng) {
    const surname = pick(rng, SURNAMES);
    if (rng() < 0.3)
        return surname + pick(rng, GIVEN);
    const first = pick(rng, GIVEN);
    let second = pick(rng, GIVEN);
    while (second === first)
        second = pick(rng, GIVEN);
    return surname + first + second;
}
//# sourceMappingURL=random.js.map