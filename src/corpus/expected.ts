/**
 * What the generator wrote on one page, in the gold's JSON shape
 * (`docs/annotation-guidelines.md`), so `npm run eval` scores extraction on it.
 */
import type { DocArticle, DocEntity, DocRelation, PageDocument } from '../eval/document.js';
import { ENTITY_TYPES, emptyHeader, type EntityType, type PageHeader } from '../extract/types.js';

export class PageGold {
  private readonly entities = new Map<EntityType, Map<string, Set<string>>>();
  private readonly relations = new Map<string, DocRelation>();
  readonly articles: DocArticle[] = [];
  page: PageHeader = emptyHeader();

  constructor(readonly file: string) {
    for (const type of ENTITY_TYPES) this.entities.set(type, new Map());
  }

  /** Records an entity once per page; a second mention may bring more aliases. */
  entity(type: EntityType, name: string, aliases: readonly string[] = []): void {
    const byName = this.entities.get(type)!;
    const known = byName.get(name) ?? new Set<string>();
    for (const a of aliases) if (a !== name) known.add(a);
    byName.set(name, known);
  }

  relation(type: string, from: string, to: string): void {
    this.relations.set(`${type}\u0000${from}\u0000${to}`, { type, from, to });
  }

  /** Names of one type, for tests and checks. */
  names(type: EntityType): string[] {
    return [...this.entities.get(type)!.keys()];
  }

  document(): PageDocument {
    const entities = {} as Record<EntityType, DocEntity[]>;
    for (const type of ENTITY_TYPES) {
      entities[type] = [...this.entities.get(type)!].map(([name, aliases]) =>
        aliases.size > 0 ? { name, aliases: [...aliases] } : { name },
      );
    }
    return {
      file: this.file,
      page: this.page,
      articles: this.articles,
      entities,
      relations: [...this.relations.values()],
    };
  }
}
