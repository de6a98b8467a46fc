/**
 * People's names: a surname from the extractor's surname list (the commonest far
 * more often, as in life) and one or two given-name characters. Reporters are a
 * fixed staff per seed, so the same bylines recur across pages and years.
 */
import { surnameRank } from '../extract/text/surnames.js';
import type { Random } from './random.js';

/** Characters common in given names (no place or unit words, so a name never reads as one). */
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞鑫波宁琳晨浩宇欣怡佳雪梅莉丹婷',
  ...'昊然思源子涵梓睿嘉轩雨萱晓峰志刚建国海燕春燕秋菊冬梅丽君文博一鸣天翼瀚博嘉懿雅琪诗琪',
  ...'俊杰凯旭彬辉亮健宏博翔毅峻晗璐瑶蕾薇颖倩婧媛悦慧锐荣昕楠帆森琦鸿骏琛',
];

/** The one-character surnames, most frequent first, read back from the extractor's list. */
function surnames(): string[] {
  const found: [string, number][] = [];
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
    const ch = String.fromCodePoint(cp);
    const rank = surnameRank(ch);
    if (rank !== null) found.push([ch, rank]);
  }
  return found.sort((a, b) => a[1] - b[1]).map(([ch]) => ch);
}

export class NamePool {
  private readonly surnames = surnames().slice(0, 200);
  readonly reporters: string[];

  constructor(random: Random, staff = 160) {
    const seen = new Set<string>();
    const reporters: string[] = [];
    while (reporters.length < staff) {
      const name = this.person(random);
      if (!seen.has(name)) reporters.push(name);
      seen.add(name);
    }
    this.reporters = reporters;
  }

  /** A fresh person's name, two or three characters. */
  person(random: Random): string {
    const surname = random.skewed(this.surnames, 0.9);
    const given = random.chance(0.3) ? random.pick(GIVEN) : random.pick(GIVEN) + random.pick(GIVEN);
    if (given.length === 2 && given[0] === given[1]) return surname + given[0]!;
    return surname + given;
  }

  reporter(random: Random): string {
    return random.skewed(this.reporters, 0.7);
  }
}
