/**
 * A person's post and unit, as the text writes them before the name: read from the seed
 * pages through the whole pipeline, so the unit is the page's own full name of the
 * short form written there (街道党工委 in a story of 南关街街道 → 南关街街道党工委).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';
import { attachPersonPosts } from '../../src/extract/entities/personPosts.js';
import type { Entity } from '../../src/extract/types.js';
import { articleOf } from './entity-seed-pages.js';

const SEEDS = join(import.meta.dirname, '../../seeds');

function postsOnSeed(file: string) {
  const page = extractPage(readFileSync(join(SEEDS, file), 'utf8'), { file });
  return Object.fromEntries(page.entities.person.map((p) => [p.name, p.posts ?? []]));
}

/** One story and the page entities written in it, for the reader alone. */
function story(body: string, units: string[], towns: string[] = []) {
  const article = articleOf(body);
  const entity = (type: 'unit' | 'town' | 'person', name: string): Entity => ({
    type,
    name,
    aliases: [],
    mentions: [{ article: 0, text: name, span: { start: 0, end: 0 } }],
  });
  return { article, units: units.map((u) => entity('unit', u)), towns: towns.map((t) => entity('town', t)), entity };
}

describe('person posts', () => {
  it('gives each official of the 郑州 page the post and the unit of the story they are in', () => {
    expect(postsOnSeed('003_e4c7cc7442eff8db.txt')).toEqual({
      // 街道党工委副书记、办事处主任解鑫, in the story of 南曹街道
      解鑫: [
        { post: '副书记', unit: '南曹街道党工委', town: null, article: 1 },
        { post: '主任', unit: '南曹街道办事处', town: null, article: 1 },
      ],
      // 会议由街道党工委书记沙建武主持, in the story of 南关街街道
      沙建武: [{ post: '书记', unit: '南关街街道党工委', town: null, article: 2 }],
      丁朝昔: [{ post: '主任', unit: '南关街街道办事处', town: null, article: 2 }],
      李翔: [{ post: '书记', unit: '东大街街道党工委', town: null, article: 4 }],
    });
  });

  it('reads the employer written before 工作人员 as its full name (辽源供电公司 → 国网辽源供电公司)', () => {
    expect(postsOnSeed('002_2575e84d6e1eb83a.txt')).toEqual({
      王品皓: [{ post: '工作人员', unit: '国网辽源供电公司', town: null, article: 6 }],
    });
  });

  it('takes a town before the post when no unit is written, and generic organ words as part of the post', () => {
    const { article, towns, entity } = story('某某镇镇长王大明讲话。社区党委书记李小红主持。', [], ['某某镇']);
    const persons = [entity('person', '王大明'), entity('person', '李小红')];
    attachPersonPosts([article], persons, [], towns);
    expect(persons.map((p) => p.posts)).toEqual([
      [{ post: '镇长', unit: null, town: '某某镇', article: 0 }],
      [{ post: '社区党委书记', unit: null, town: null, article: 0 }],
    ]);
  });

  it('keeps no post for a name the text gives none, and no one-character word of the word before (城区|居民)', () => {
    const { article, entity } = story('城区居民赵一说,很好。钱二说,也好。', []);
    const persons = [entity('person', '赵一'), entity('person', '钱二')];
    attachPersonPosts([article], persons, [], []);
    expect(persons.map((p) => p.posts)).toEqual([[{ post: '居民', unit: null, town: null, article: 0 }], undefined]);
  });
});
