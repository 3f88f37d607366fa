// Mutation.ingestArticle: article text in, anchored candidate claims out.
import { ingestArticle as ingestArticleUseCase } from '../../../app/ingest-article.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const ingestArticle: MutationResolvers['ingestArticle'] = (_parent, { input }, { app, actor }) => ingestArticleUseCase(app, input, actor);
