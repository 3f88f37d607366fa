// The per-request GraphQL context: the app's use-case context, fresh DataLoaders, and who is calling.
import type { Actor, AppContext } from '../app/context.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface RequestContext {
  app: AppContext;
  loaders: Loaders;
  actor: Actor;
}

export function createRequestContext(app: AppContext, actor: Actor): RequestContext {
  return { app, loaders: createLoaders(app.store), actor };
}
