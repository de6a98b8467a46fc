import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { AuthError } from '../../services/errors.js';
import type { ApiContext } from '../context.js';
import { IngestResult } from '../types/graph.js';
import { IngestPageArgs } from '../types/inputs.js';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts one page and loads it (one write transaction). Needs `Authorization: Bearer <API_TOKEN>`; refused when the server has no token.',
  })
  async ingestPage(
    @Args(() => IngestPageArgs) { text, source }: IngestPageArgs,
    @Ctx() { services, auth, loaders }: ApiContext,
  ) {
    if (!auth.tokenConfigured)
      throw new AuthError('Mutations are disabled: the server has no API_TOKEN configured', 'FORBIDDEN');
    if (!auth.authenticated)
      throw new AuthError('ingestPage needs the header Authorization: Bearer <API_TOKEN>', 'UNAUTHENTICATED');
    const outcome = await services.ingest.ingest(text, source);
    const u = outcome.updates;
    return {
      status: outcome.status,
      file: outcome.file,
      pageId: outcome.pageKey,
      page: await loaders.nodes.load(outcome.pageKey),
      sameAs: outcome.sameAs ?? null,
      articles: outcome.articles,
      events: outcome.events,
      nodesCreated: u.nodesCreated ?? 0,
      nodesDeleted: u.nodesDeleted ?? 0,
      relationshipsCreated: u.relationshipsCreated ?? 0,
      relationshipsDeleted: u.relationshipsDeleted ?? 0,
      propertiesSet: u.propertiesSet ?? 0,
      warnings: outcome.warnings,
    };
  }
}
